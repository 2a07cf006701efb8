"""A raw Produce client: the produce side's second generator, for small values.

At 100 B, librdkafka's cost per message (about 1 core-microsecond: allocate, queue, copy into
a batch) bounds the producer process near 1 M values/s, so the 100 B figures of both brokers
are partly the generator's. This client measures what a broker can take when the batches are
already built. It sends Produce v3 (record batch v2) requests carrying one pre-built batch of
`per_batch` records each, rotating over the partitions, with up to `in_flight` requests
pipelined on one connection (librdkafka pipelines too), and counts the records of every
request acknowledged without error.

What it does not do, and says so wherever its figures appear: it does not build a batch per
request. The same batch bytes (valid CRC, base offset 0, no producer id: not idempotent) go
out every time, straight from one buffer with `sendmsg`; the broker validates and appends
them exactly as a client's. Its figure is the broker's ingest rate for ~1 MB batches of small
records, not what an application producing one value at a time would see.
"""

from __future__ import annotations

import socket
import struct
import time
from collections import deque
from typing import Any

PRODUCE_KEY, PRODUCE_VERSION = 0, 3
ACKS = {"0": 0, "1": 1, "all": -1, "-1": -1}


class ProduceError(RuntimeError):
    pass


def make_batch(value_size: int, per_batch: int) -> bytes:
    import os

    from wire.records.builder import build_batch

    value = os.urandom(value_size)
    return build_batch([(None, value)] * per_batch, timestamp=int(time.time() * 1000))


def request_head(correlation_id: int, topic: str, partition: int, acks: int, batch_len: int,
                 timeout_ms: int = 30_000) -> bytes:
    """Everything of a one-partition Produce v3 request up to its records (which follow)."""
    client, name = b"bench-raw", topic.encode()
    body = struct.pack(">hhih", PRODUCE_KEY, PRODUCE_VERSION, correlation_id, len(client))
    body += client + struct.pack(">hhii", -1, acks, timeout_ms, 1)  # null transactional id
    body += struct.pack(">h", len(name)) + name
    body += struct.pack(">iii", 1, partition, batch_len)
    return struct.pack(">i", len(body) + batch_len) + body


def parse_response(buf: bytes) -> tuple[int, list[tuple[int, int]]]:
    """(correlation id, [(partition, error code)]) of a Produce v3 response."""
    correlation_id, n_topics = struct.unpack_from(">ii", buf, 0)
    pos, out = 8, []
    for _ in range(n_topics):
        (name_len,) = struct.unpack_from(">h", buf, pos)
        pos += 2 + name_len
        (n_parts,) = struct.unpack_from(">i", buf, pos)
        pos += 4
        for _ in range(n_parts):
            partition, error = struct.unpack_from(">ih", buf, pos)
            pos += 4 + 2 + 8 + 8  # base offset, log append time
            out.append((partition, error))
    return correlation_id, out


class RawProducer:
    def __init__(self, bootstrap: str, topic: str, partitions: int, value_size: int,
                 acks: str = "1", per_batch: int = 0, in_flight: int = 8) -> None:
        host, port = bootstrap.rsplit(":", 1)
        self.sock = socket.create_connection((host, int(port)), timeout=60)
        self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.topic, self.partitions, self.acks = topic, partitions, ACKS[acks]
        # ~1 MB batches, like librdkafka's at batch.size=1000000
        self.per_batch = per_batch or max(1, 1_000_000 // (value_size + 10))
        self.batch = make_batch(value_size, self.per_batch)
        self.in_flight = in_flight
        self.pending: deque[int] = deque()  # correlation ids awaiting a response
        self.correlation_id = 0
        self.partition = 0
        self.acked_records = 0
        self.rbuf = bytearray(4)

    def close(self) -> None:
        self.sock.close()

    def send_one(self) -> None:
        self.correlation_id += 1
        head = request_head(self.correlation_id, self.topic, self.partition, self.acks,
                            len(self.batch))
        sent = self.sock.sendmsg([head, self.batch])
        if sent < len(head) + len(self.batch):  # a blocking send cut short by a signal
            self.sock.sendall((head + self.batch)[sent:])
        self.partition = (self.partition + 1) % self.partitions
        self.pending.append(self.correlation_id)

    def _recv_exact(self, n: int) -> memoryview:
        if len(self.rbuf) < n:
            self.rbuf = bytearray(n)
        view = memoryview(self.rbuf)[:n]
        got = 0
        while got < n:
            k = self.sock.recv_into(view[got:])
            if k == 0:
                raise ProduceError("broker closed the connection")
            got += k
        return view

    def read_one(self) -> None:
        (size,) = struct.unpack(">i", self._recv_exact(4))
        correlation_id, parts = parse_response(bytes(self._recv_exact(size)))
        expected = self.pending.popleft()
        if correlation_id != expected:
            raise ProduceError(f"correlation id {correlation_id} != {expected}")
        for partition, error in parts:
            if error:
                raise ProduceError(f"partition {partition}: error code {error}")
            self.acked_records += self.per_batch

    def run(self, deadline: float, max_records: int) -> None:
        sent = 0
        while time.monotonic() < deadline and sent < max_records:
            while len(self.pending) >= self.in_flight:
                self.read_one()
            self.send_one()
            sent += self.per_batch
        while self.pending:
            self.read_one()


def raw_produce_worker(spec: Any, index: int, start_at: float, out: Any) -> None:
    """`run_jobs` entry (spec: loadgen.ProduceSpec); result fields as `throughput_worker`'s."""
    from bench.loadgen import _wait_until

    p = RawProducer(spec.bootstrap, spec.topic, spec.partitions, spec.value_size, spec.acks)
    p.partition = index % spec.partitions
    _wait_until(start_at)
    t0 = time.monotonic()
    cpu0 = time.process_time()
    error = None
    try:
        p.run(t0 + spec.duration_s, max(1, spec.max_bytes // spec.value_size))
    except (ProduceError, OSError) as exc:
        error = repr(exc)
    finally:
        p.close()
    t1 = time.monotonic()
    out.put({"index": index, "sent": p.acked_records, "errors": int(error is not None),
             "first_error": error, "unflushed": 0, "bytes": p.acked_records * spec.value_size,
             "start": t0, "sent_at": t1, "end": t1, "cpu_s": time.process_time() - cpu0,
             "per_batch": p.per_batch})
