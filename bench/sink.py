"""A discarding Kafka sink: the load generator's own ceiling.

A minimal fake broker that answers ApiVersions, Metadata and Produce and stores nothing, so the
producer processes run against a peer that costs almost nothing. The responses are hand-encoded
for one version of each API (advertised as that version's range, so librdkafka picks it):
ApiVersions v0, Metadata v1, Produce v3 (the first with record batch v2). An ApiVersions request
of another version is answered in v0 layout with UNSUPPORTED_VERSION (35) and the list, as Kafka
does, and the client falls back to v0.
"""

from __future__ import annotations

import asyncio
import socket
import struct
from typing import Any

API_PRODUCE, API_METADATA, API_VERSIONS = 0, 3, 18
ADVERTISED = ((API_PRODUCE, 3, 3), (API_METADATA, 1, 1), (API_VERSIONS, 0, 0))
NODE_ID = 1
MAX_FRAME = 100 * 1024 * 1024


def _str(s: str) -> bytes:
    b = s.encode()
    return struct.pack(">h", len(b)) + b


class _Reader:
    def __init__(self, buf: memoryview, pos: int) -> None:
        self.buf, self.pos = buf, pos

    def i16(self) -> int:
        (v,) = struct.unpack_from(">h", self.buf, self.pos)
        self.pos += 2
        return int(v)

    def i32(self) -> int:
        (v,) = struct.unpack_from(">i", self.buf, self.pos)
        self.pos += 4
        return int(v)

    def string(self) -> str | None:
        n = self.i16()
        if n < 0:
            return None
        s = bytes(self.buf[self.pos:self.pos + n]).decode()
        self.pos += n
        return s


def api_versions_response(version: int) -> bytes:
    error = 0 if version == 0 else 35
    body = struct.pack(">hi", error, len(ADVERTISED))
    for key, lo, hi in ADVERTISED:
        body += struct.pack(">hhh", key, lo, hi)
    return body


def metadata_response(req: _Reader, port: int, partitions: int) -> bytes:
    n = req.i32()
    topics = [req.string() or "" for _ in range(max(n, 0))]
    out = struct.pack(">i", 1) + struct.pack(">i", NODE_ID) + _str("127.0.0.1")
    out += struct.pack(">ih", port, -1)  # port, rack = null
    out += struct.pack(">ii", NODE_ID, len(topics))  # controller id, topics
    for t in topics:
        out += struct.pack(">h", 0) + _str(t) + b"\x00" + struct.pack(">i", partitions)
        for p in range(partitions):
            out += struct.pack(">hiiiiii", 0, p, NODE_ID, 1, NODE_ID, 1, NODE_ID)
    return out


def produce_response(req: _Reader) -> tuple[int, bytes]:
    """Returns (acks, response body); the records are skipped by their length, never read."""
    req.string()  # transactional_id
    acks = req.i16()
    req.i32()  # timeout
    out = bytearray(struct.pack(">i", req.i32()))
    for _ in range(struct.unpack_from(">i", out, 0)[0]):
        topic = req.string() or ""
        nparts = req.i32()
        out += _str(topic) + struct.pack(">i", nparts)
        for _ in range(nparts):
            index = req.i32()
            size = req.i32()
            req.pos += max(size, 0)
            out += struct.pack(">ihqq", index, 0, 0, -1)
    out += struct.pack(">i", 0)  # throttle_time_ms
    return acks, bytes(out)


class SinkProtocol(asyncio.BufferedProtocol):
    """Reads each frame straight into a reused buffer of the frame's size: the size prefix
    first, then the body (as kafkapy's FrameReader does), so a 1 MB Produce costs one copy,
    the kernel's, and the sink is never slower than the broker it stands in for."""

    def __init__(self, port: int, partitions: int, counters: dict[str, int]) -> None:
        self.port, self.partitions, self.counters = port, partitions, counters
        self.transport: asyncio.Transport | None = None
        self.size_buf = bytearray(4)
        self.frame_buf = bytearray(1 << 20)
        self.target = memoryview(self.size_buf)
        self.filled = 0
        self.in_frame = False

    def connection_made(self, transport: Any) -> None:
        self.transport = transport

    def get_buffer(self, sizehint: int) -> memoryview:
        return self.target[self.filled:]

    def buffer_updated(self, nbytes: int) -> None:
        self.counters["bytes_in"] += nbytes
        self.filled += nbytes
        if self.filled < len(self.target):
            return
        self.filled = 0
        if self.in_frame:
            self.in_frame = False
            frame, self.target = self.target, memoryview(self.size_buf)
            self.handle(frame)
            return
        size = int.from_bytes(self.size_buf, "big", signed=True)
        if size < 8 or size > MAX_FRAME:
            assert self.transport is not None
            self.transport.close()
            return
        if size > len(self.frame_buf):
            self.frame_buf = bytearray(size)
        self.target = memoryview(self.frame_buf)[:size]
        self.in_frame = True

    def handle(self, frame: memoryview) -> None:
        key, version, correlation_id = struct.unpack_from(">hhi", frame, 0)
        req = _Reader(frame, 8)
        if key == API_VERSIONS:
            body = api_versions_response(version)
        else:
            req.string()  # client_id (request header v1)
            if key == API_METADATA:
                body = metadata_response(req, self.port, self.partitions)
            elif key == API_PRODUCE:
                self.counters["produce_requests"] += 1
                acks, body = produce_response(req)
                if acks == 0:
                    return
            else:
                assert self.transport is not None
                self.transport.close()
                return
        assert self.transport is not None
        self.transport.write(struct.pack(">ii", len(body) + 4, correlation_id) + body)


def serve(partitions: int, ready: Any, stop: Any) -> None:
    """Process entry: bind a free loopback port, report it on `ready`, serve until `stop` is set."""

    async def main() -> None:
        sock = socket.socket()
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
        counters = {"bytes_in": 0, "produce_requests": 0}
        loop = asyncio.get_running_loop()
        server = await loop.create_server(lambda: SinkProtocol(port, partitions, counters),
                                          sock=sock)
        ready.put(port)
        while not stop.is_set():
            await asyncio.sleep(0.1)
        server.close()
        ready.put(counters)

    asyncio.run(main())
