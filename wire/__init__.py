"""The Kafka binary protocol, sans-IO: bytes in, typed values out, and back.

No sockets, no asyncio. See docs/wire.md.
"""
