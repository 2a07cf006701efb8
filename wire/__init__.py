"""The Kafka binary protocol, sans-IO: bytes in, typed values out, and back.

No sockets, no asyncio. ``wire.messages`` (generated from Kafka 4.1.1's JSON definitions) holds
every request and response; ``wire.primitives``, ``wire.headers``, ``wire.errors``,
``wire.api_keys``, ``wire.framing`` and ``wire.records`` are hand-written. See docs/wire.md.
"""
