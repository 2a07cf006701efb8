"""A discarding Kafka sink and an in-memory source: the load generator's own ceiling.

A minimal fake broker that answers ApiVersions, Metadata, Produce and Fetch, stores nothing and
reads nothing from disk, so the producer and consumer processes run against a peer that costs
almost nothing. The responses are hand-encoded for one version of each API (advertised as that
version's range, so librdkafka picks it): ApiVersions v0, Metadata v1, Produce v3 (the first with
record batch v2), Fetch v4 (the first with record batch v2), FindCoordinator v0 (always
COORDINATOR_NOT_AVAILABLE: the bench consumers `assign()` and never commit, but librdkafka asks
for a coordinator whenever `group.id` is set). An ApiVersions request of another version is
answered in v0 layout with UNSUPPORTED_VERSION (35) and the list, as Kafka does, and the client
falls back to v0.

Fetch serves a log built from one template record batch (`FetchLog`): every partition holds
`messages` records of `value_size` bytes in batches of `per_batch` records, copies of the template
whose base offsets are stamped 0, per_batch, ... (the base offset is outside the batch CRC), kept
in an in-memory file and sent with `sendfile` (see `FetchSource`). The consumers therefore decode
exactly the record layout a real broker's log holds, and the source costs what a broker's
`sendfile` from the page cache costs, without the broker's own work.
"""

from __future__ import annotations

import asyncio
import collections
import os
import socket
import struct
import time
from dataclasses import dataclass
from typing import Any

API_PRODUCE, API_FETCH, API_METADATA, API_FIND_COORDINATOR, API_VERSIONS = 0, 1, 3, 10, 18
ADVERTISED = ((API_PRODUCE, 3, 3), (API_FETCH, 4, 4), (API_METADATA, 1, 1),
              (API_FIND_COORDINATOR, 0, 0), (API_VERSIONS, 0, 0))
NODE_ID = 1
MAX_FRAME = 100 * 1024 * 1024
COORDINATOR_NOT_AVAILABLE = 15
OFFSET_OUT_OF_RANGE = 1


@dataclass(frozen=True)
class FetchLog:
    """The log every partition of the source holds (see the module docstring)."""

    value_size: int = 1024
    messages: int = 1_000_000  # per partition; a multiple of per_batch is served exactly
    per_batch: int = 1000  # librdkafka's producer writes ~1 MB batches of 1 KiB values

    def template(self) -> bytes:
        from wire.records.builder import build_batch

        value = os.urandom(self.value_size)
        return build_batch([(None, value)] * self.per_batch, timestamp=int(time.time() * 1000))


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


Region = tuple[int, int, int]  # (file descriptor, offset, byte count): sent with os.sendfile
Piece = bytes | memoryview | Region


class FetchSource:
    """Answers Fetch v4 from an in-memory file (memfd) that holds one partition's log: the
    template batch repeated with base offsets 0, per_batch, 2 x per_batch, ... Every partition
    has the same log, so one file serves them all, and the records go out with `os.sendfile`
    from it, as a broker sends its page-cached segments (no copy in the sender)."""

    def __init__(self, log: FetchLog, counters: dict[str, int]) -> None:
        self.log, self.counters = log, counters
        self.batch = log.template()
        self.batches = -(-log.messages // log.per_batch)
        self.fd = os.memfd_create("bench-sink-log")
        stamped = bytearray(self.batch)
        for i in range(self.batches):
            struct.pack_into(">q", stamped, 0, i * log.per_batch)
            os.write(self.fd, stamped)

    def close(self) -> None:
        os.close(self.fd)

    def response(self, req: _Reader) -> tuple[list[Piece], int, int]:
        """(pieces of the response body, their total size, ms to hold it back: the long poll
        when nothing was served)."""
        req.i32()  # replica_id
        max_wait_ms = req.i32()
        req.i32()  # min_bytes
        max_bytes = req.i32()
        req.pos += 1  # isolation_level
        size, per_batch = len(self.batch), self.log.per_batch
        room = max_bytes
        n_topics = req.i32()
        pieces: list[Piece] = [struct.pack(">ii", 0, n_topics)]
        total = 8
        served = 0
        for _ in range(n_topics):
            topic = _str(req.string() or "")
            n_parts = req.i32()
            pieces.append(topic + struct.pack(">i", n_parts))
            total += len(topic) + 4
            for _ in range(n_parts):
                index, offset, part_max = struct.unpack_from(">iqi", req.buf, req.pos)
                req.pos += 16
                hw = self.log.messages
                error = OFFSET_OUT_OF_RANGE if offset < 0 or offset > hw else 0
                # From the batch that holds `offset`: at least one batch when there is data
                # (Kafka's rule for the first partition), then whole batches while they fit
                # the partition's and the response's limits.
                first = offset // per_batch
                n = 0 if error else self.batches - first
                n = min(n, min(part_max, room) // size) or min(n, int(served == 0))
                room -= n * size
                pieces.append(struct.pack(">ihqqii", index, error, hw, hw, 0, n * size))
                total += 30 + n * size
                if n:
                    pieces.append((self.fd, first * size, n * size))
                    served += min(hw, (first + n) * per_batch) - offset
        self.counters["fetch_requests"] += 1
        self.counters["records_out"] += served
        return pieces, total, 0 if served else max(0, max_wait_ms)


class Writer:
    """Sends queued pieces in order on a duplicate of the connection's socket: buffers with
    `sendmsg` (scatter-gather), file regions with `os.sendfile`, never copying in Python.
    (asyncio's transport would copy every unsent byte into its own buffer first.) Every
    response of the connection goes through it."""

    IOV_MAX = 512

    def __init__(self, fd: int) -> None:
        self.sock = socket.socket(fileno=os.dup(fd))
        self.sock.setblocking(False)
        self.queue: collections.deque[Piece] = collections.deque()
        self.waiting = False

    def write(self, pieces: list[Piece]) -> None:
        self.queue.extend(pieces)
        if not self.waiting:
            self.flush()

    def flush(self) -> None:
        queue = self.queue
        while queue:
            try:
                short = self._send_region() if isinstance(queue[0], tuple) else \
                    self._send_buffers()
            except OSError:  # the client went away
                queue.clear()
                break
            if short:  # the socket's buffer is full: wait until it drains
                if not self.waiting:
                    asyncio.get_running_loop().add_writer(self.sock.fileno(), self.flush)
                    self.waiting = True
                return
        if self.waiting:
            asyncio.get_running_loop().remove_writer(self.sock.fileno())
            self.waiting = False

    def _send_region(self) -> bool:
        fd, offset, count = self.queue[0]  # type: ignore[misc]
        try:
            sent = os.sendfile(self.sock.fileno(), fd, offset, count)
        except BlockingIOError:
            return True
        if sent == 0:
            raise OSError("sendfile sent nothing: region past the end of the file")
        if sent < count:
            self.queue[0] = (fd, offset + sent, count - sent)
            return True
        self.queue.popleft()
        return False

    def _send_buffers(self) -> bool:
        queue = self.queue
        offered: list[bytes | memoryview] = []
        for piece in queue:
            if isinstance(piece, tuple) or len(offered) == self.IOV_MAX:
                break
            offered.append(piece)
        try:
            sent = self.sock.sendmsg(offered)
        except BlockingIOError:
            return True
        short = sent < sum(map(len, offered))
        while sent:
            head = queue[0]
            assert not isinstance(head, tuple)
            if len(head) <= sent:
                sent -= len(head)
                queue.popleft()
            else:
                queue[0] = memoryview(head)[sent:]
                sent = 0
        return short

    def close(self) -> None:
        if self.waiting:
            asyncio.get_running_loop().remove_writer(self.sock.fileno())
        self.sock.close()


class SinkProtocol(asyncio.BufferedProtocol):
    """Reads each frame straight into a reused buffer of the frame's size: the size prefix
    first, then the body (as kafkapy's FrameReader does), so a 1 MB Produce costs one copy,
    the kernel's, and the sink is never slower than the broker it stands in for."""

    def __init__(self, port: int, partitions: int, counters: dict[str, int],
                 source: FetchSource | None = None) -> None:
        self.port, self.partitions, self.counters = port, partitions, counters
        self.source = source
        self.held: list[list[Piece]] | None = None  # responses queued behind a long poll
        self.transport: asyncio.Transport | None = None
        self.size_buf = bytearray(4)
        self.frame_buf = bytearray(1 << 20)
        self.target = memoryview(self.size_buf)
        self.filled = 0
        self.in_frame = False

    def connection_made(self, transport: Any) -> None:
        self.transport = transport
        self.out = Writer(transport.get_extra_info("socket").fileno())

    def connection_lost(self, exc: Exception | None) -> None:
        self.out.close()

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
            elif key == API_FETCH and self.source is not None:
                self.fetch(req, correlation_id)
                return
            elif key == API_FIND_COORDINATOR:
                body = struct.pack(">hi", COORDINATOR_NOT_AVAILABLE, -1) + _str("") + \
                    struct.pack(">i", -1)
            else:
                assert self.transport is not None
                self.transport.close()
                return
        self._send([struct.pack(">ii", len(body) + 4, correlation_id) + body])

    def _send(self, pieces: list[Piece]) -> None:
        if self.held is not None:  # behind a long poll: responses leave in request order
            self.held.append(pieces)
        else:
            self.out.write(pieces)

    def fetch(self, req: _Reader, correlation_id: int) -> None:
        assert self.source is not None
        pieces, total, delay_ms = self.source.response(req)
        pieces.insert(0, struct.pack(">ii", total + 4, correlation_id))
        self.counters["bytes_out"] += total + 8
        if not delay_ms or self.held is not None:
            self._send(pieces)
        else:  # past the end of the log: a long poll that times out, as a broker answers it
            self.held = []
            asyncio.get_running_loop().call_later(delay_ms / 1000, self._release, pieces)

    def _release(self, pieces: list[Piece]) -> None:
        held, self.held = self.held or [], None
        if self.transport is None or self.transport.is_closing():
            return
        for p in [pieces, *held]:
            self.out.write(p)


def serve(partitions: int, ready: Any, stop: Any, fetch_log: FetchLog | None = None) -> None:
    """Process entry: bind a free loopback port, report it on `ready`, serve until `stop` is set."""

    async def main() -> None:
        sock = socket.socket()
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
        counters = {"bytes_in": 0, "produce_requests": 0, "fetch_requests": 0,
                    "records_out": 0, "bytes_out": 0}
        source = FetchSource(fetch_log, counters) if fetch_log is not None else None
        loop = asyncio.get_running_loop()
        server = await loop.create_server(
            lambda: SinkProtocol(port, partitions, counters, source), sock=sock)
        ready.put(port)
        cpu0 = time.process_time()
        while not stop.is_set():
            await asyncio.sleep(0.1)
        server.close()
        counters["cpu_ms"] = int((time.process_time() - cpu0) * 1000)  # is the sink the limit?
        ready.put(counters)

    asyncio.run(main())
