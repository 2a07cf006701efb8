"""A raw Fetch client: the consume side's second generator, with almost no client-side cost.

librdkafka (bench/loadgen.py `consume_worker`) is the real client: it parses every record and
hands each one to Python as a `Message`, which costs about one core per 0.5 GB/s on this
machine, so two of its processes cannot read as fast as a broker serves with `sendfile`. This
client measures what the broker itself can serve. It speaks Fetch v4 (the first version with
record batch v2, which every broker under test supports), reads each response with `recv_into`
into one reused buffer, and walks only the record-batch *headers*: base offset, length, magic,
attributes, last offset delta and record count (one `unpack_from` per batch, ~1 MB each).

What it does not do, and says so wherever its figures appear: it never decodes the records
inside a batch, and it does not check CRCs (librdkafka's `check.crcs` is off by default too).
Value bytes are counted as records x the bench's fixed value size, which holds because every
bench log is written with values of one size; the batch bytes received are counted as well.
Fetch offsets advance exactly as a consumer's: past the last offset of the last whole batch;
a partial batch at the end of a partition's data (a broker may cut one at its size limit) is
ignored and fetched again, and records below the fetch offset (a batch that starts earlier) are
not counted.
"""

from __future__ import annotations

import socket
import struct
import time
from typing import Any

FETCH_KEY, FETCH_VERSION = 1, 4
MAGIC_V2 = 2
CONTROL_FLAG = 0x20
_HEAD = struct.Struct(">qi")  # base offset, batch length
_BATCH_TAIL = struct.Struct(">bihi")  # at +16: magic, crc, attributes; then +23 last delta
_COUNT_AT = 57  # records count: after producer id, epoch and base sequence
_PART = struct.Struct(">ihqq")  # partition, error, high watermark, last stable offset


class FetchError(RuntimeError):
    pass


def fetch_request(correlation_id: int, topic: str, offsets: dict[int, int], max_wait_ms: int,
                  max_bytes: int, partition_max_bytes: int) -> bytes:
    client = b"bench-raw"
    name = topic.encode()
    body = bytearray(struct.pack(">hhih", FETCH_KEY, FETCH_VERSION, correlation_id, len(client)))
    body += client
    body += struct.pack(">iiiibi", -1, max_wait_ms, 1, max_bytes, 0, 1)
    body += struct.pack(">h", len(name)) + name + struct.pack(">i", len(offsets))
    for partition, offset in offsets.items():
        body += struct.pack(">iqi", partition, offset, partition_max_bytes)
    return struct.pack(">i", len(body)) + body


def walk_batches(buf: memoryview, pos: int, end: int, fetch_offset: int) -> tuple[int, int, int]:
    """(records at or past `fetch_offset`, bytes of whole batches, next fetch offset) of the
    record batches in buf[pos:end]; a trailing partial batch is left for the next fetch."""
    records = whole = 0
    next_offset = fetch_offset
    while end - pos >= 61:
        base, length = _HEAD.unpack_from(buf, pos)
        size = 12 + length
        if pos + size > end:
            break
        magic, _crc, attributes, last_delta = _BATCH_TAIL.unpack_from(buf, pos + 16)
        if magic != MAGIC_V2:
            raise FetchError(f"record batch magic {magic} at offset {base}: v2 only")
        last = base + last_delta
        if not attributes & CONTROL_FLAG and last >= fetch_offset:
            (count,) = struct.unpack_from(">i", buf, pos + _COUNT_AT)
            # Offsets are dense in the bench's logs (no compaction): skip those below the
            # fetch offset when the batch starts before it.
            records += min(count, last + 1 - max(base, fetch_offset))
        next_offset = max(next_offset, last + 1)
        whole += size
        pos += size
    return records, whole, next_offset


class RawFetchConsumer:
    """One connection, one topic, Fetch v4 over the given partitions from their offsets."""

    def __init__(self, bootstrap: str, topic: str, partitions: list[int],
                 max_bytes: int = 64 << 20, partition_max_bytes: int = 16 << 20,
                 max_wait_ms: int = 100) -> None:
        host, port = bootstrap.rsplit(":", 1)
        self.sock = socket.create_connection((host, int(port)), timeout=30)
        self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.topic = topic
        self.offsets = dict.fromkeys(partitions, 0)
        self.max_bytes, self.part_max = max_bytes, partition_max_bytes
        self.max_wait_ms = max_wait_ms
        self.buf = bytearray(max_bytes + (1 << 20))  # reused for every response
        self.view = memoryview(self.buf)
        self.correlation_id = 0
        self.records = 0
        self.batch_bytes = 0
        self.fetches = 0

    def close(self) -> None:
        self.sock.close()

    def _recv_exact(self, n: int) -> memoryview:
        if n > len(self.buf):
            self.buf = bytearray(n)
            self.view = memoryview(self.buf)
        got = 0
        while got < n:
            k = self.sock.recv_into(self.view[got:n])
            if k == 0:
                raise FetchError("broker closed the connection")
            got += k
        return self.view[:n]

    def fetch_once(self) -> int:
        """Send one Fetch, read the response, advance the offsets; returns records counted."""
        self.correlation_id += 1
        self.sock.sendall(fetch_request(self.correlation_id, self.topic, self.offsets,
                                        self.max_wait_ms, self.max_bytes, self.part_max))
        (size,) = struct.unpack(">i", self._recv_exact(4))
        buf = self._recv_exact(size)
        correlation_id, _throttle, n_topics = struct.unpack_from(">iii", buf, 0)
        if correlation_id != self.correlation_id:
            raise FetchError(f"correlation id {correlation_id} != {self.correlation_id}")
        pos = 12
        counted = 0
        for _ in range(n_topics):
            (name_len,) = struct.unpack_from(">h", buf, pos)
            pos += 2 + name_len
            (n_parts,) = struct.unpack_from(">i", buf, pos)
            pos += 4
            for _ in range(n_parts):
                partition, error, _hw, _lso = _PART.unpack_from(buf, pos)
                pos += _PART.size
                (n_aborted,) = struct.unpack_from(">i", buf, pos)
                pos += 4 + 16 * max(n_aborted, 0)
                (records_size,) = struct.unpack_from(">i", buf, pos)
                pos += 4
                if error:
                    raise FetchError(f"partition {partition}: error code {error}")
                if records_size > 0:
                    records, whole, nxt = walk_batches(buf, pos, pos + records_size,
                                                       self.offsets[partition])
                    self.offsets[partition] = nxt
                    counted += records
                    self.batch_bytes += whole
                    pos += records_size
        self.records += counted
        self.fetches += 1
        return counted


def raw_consume_worker(spec: Any, index: int, start_at: float, out: Any) -> None:
    """`run_jobs` entry (spec: loadgen.ConsumeSpec): read until `expected` records arrived."""
    from bench.loadgen import _wait_until

    consumer = RawFetchConsumer(spec.bootstrap, spec.topic, spec.partitions)
    _wait_until(start_at)
    t0 = time.monotonic()
    cpu0 = time.process_time()
    deadline = t0 + spec.duration_s
    target = spec.expected
    try:
        while time.monotonic() < deadline:
            if consumer.records >= target:
                if not spec.repeat:
                    break
                consumer.offsets = dict.fromkeys(consumer.offsets, 0)
                target += spec.expected
            consumer.fetch_once()
    finally:
        consumer.close()
    t1 = time.monotonic()
    out.put({"index": index, "messages": consumer.records,
             "bytes": consumer.records * spec.value_size, "batch_bytes": consumer.batch_bytes,
             "fetches": consumer.fetches, "errors": 0, "start": t0, "end": t1,
             "cpu_s": time.process_time() - cpu0,
             "complete": consumer.records >= spec.expected})
