"""`BrokerConnection`: one broker-to-broker connection (the replica fetcher's).

Sequential request/response over asyncio streams with the generated message classes and
`wire.headers`; a frame larger than `MAX_RESPONSE_BYTES`, a correlation id that does not
match, or a timeout closes it (`BrokerConnectionError`). The caller reconnects.
"""

from __future__ import annotations

import asyncio
import contextlib
import struct
from typing import Any

from wire.headers import RequestHeader, ResponseHeader, response_header_version

# A fetch answer is bounded by replica.fetch.response.max.bytes (10 MiB) plus one batch
# that may exceed it (KIP-74): allow message.max.bytes on top, and a margin.
MAX_RESPONSE_BYTES = 256 * 1024 * 1024
_SIZE = struct.Struct(">i")


class BrokerConnectionError(Exception):
    pass


class BrokerConnection:
    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter,
                 client_id: str) -> None:
        self.reader, self.writer = reader, writer
        self.client_id = client_id
        self.correlation_id = 0

    @classmethod
    async def open(cls, host: str, port: int, client_id: str, timeout_s: float) -> BrokerConnection:
        try:
            reader, writer = await asyncio.wait_for(asyncio.open_connection(host, port), timeout_s)
        except (OSError, TimeoutError) as exc:
            raise BrokerConnectionError(f"cannot connect to {host}:{port}: {exc}") from exc
        return cls(reader, writer, client_id)

    async def call(self, request: Any, version: int, timeout_s: float) -> Any:
        """Send `request` (a generated message) at `version`; return the decoded response."""
        self.correlation_id = (self.correlation_id + 1) & 0x7FFFFFFF
        api_key = request.API_KEY
        header = RequestHeader(api_key, version, self.correlation_id, self.client_id).encode()
        body = header + request.encode(version)
        try:
            self.writer.write(_SIZE.pack(len(body)) + body)
            await self.writer.drain()
            data = await asyncio.wait_for(self._read_frame(), timeout_s)
        except (OSError, TimeoutError, asyncio.IncompleteReadError) as exc:
            await self.close()
            raise BrokerConnectionError(f"request {api_key} v{version} failed: {exc!r}") from exc
        resp_header, pos = ResponseHeader.decode(data, response_header_version(api_key, version))
        if resp_header.correlation_id != self.correlation_id:
            await self.close()
            raise BrokerConnectionError("correlation id mismatch")
        from kafkapy.handlers.registry import REGISTRY

        response_cls: Any = REGISTRY[api_key].response_cls
        return response_cls.decode(memoryview(data)[pos:], version)

    async def _read_frame(self) -> bytes:
        (size,) = _SIZE.unpack(await self.reader.readexactly(4))
        if not 4 <= size <= MAX_RESPONSE_BYTES:
            raise OSError(f"bad response size {size}")
        return await self.reader.readexactly(size)

    async def close(self) -> None:
        self.writer.close()
        with contextlib.suppress(Exception):
            await self.writer.wait_closed()
