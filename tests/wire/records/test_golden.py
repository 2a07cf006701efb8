"""Golden bytes: Produce requests captured from librdkafka, kafka-python and aiokafka
(fixtures/README.md).

The request is walked by hand (header, then the Produce body down to the ``records`` field), so
most of this file depends on nothing but ``wire.records``; one test checks that the generated
``wire.messages.ProduceRequest`` finds the same bytes. The batch inside must validate (CRC, counts),
decompress, and hold exactly what the client was told to send (fixtures/messages.json).
"""

from __future__ import annotations

import json
import struct
from pathlib import Path
from typing import Any

import pytest

from wire.records import (
    Compression,
    RecordError,
    iter_batches,
    read_records,
    stamp,
)
from wire.records.compression import XERIAL_MAGIC

FIXTURES = Path(__file__).parent / "fixtures"
SPEC: dict[str, Any] = json.loads((FIXTURES / "messages.json").read_text())
CASES = [
    (client, codec)
    for client in ("librdkafka", "kafka-python", "aiokafka")
    for codec in ("gzip", "snappy", "lz4", "zstd")
]
FLEXIBLE_PRODUCE_MIN = 9  # Produce v9+ uses compact encodings and tagged fields


class _Reader:
    """Just enough of Kafka's primitives to reach the records field of a Produce request."""

    def __init__(self, data: bytes) -> None:
        self.data, self.pos = memoryview(data), 0

    def take(self, n: int) -> memoryview:
        assert 0 <= n <= len(self.data) - self.pos
        self.pos += n
        return self.data[self.pos - n : self.pos]

    def num(self, fmt: str) -> int:
        size = struct.calcsize(fmt)
        return int(struct.unpack(fmt, self.take(size))[0])

    def uvarint(self) -> int:
        value = shift = 0
        while True:
            byte = self.take(1)[0]
            value |= (byte & 0x7F) << shift
            if not byte & 0x80:
                return value
            shift += 7

    def skip_tagged_fields(self) -> None:
        for _ in range(self.uvarint()):
            self.uvarint()
            self.take(self.uvarint())

    def string(self, flexible: bool) -> str | None:
        n = self.uvarint() - 1 if flexible else self.num(">h")
        return None if n < 0 else bytes(self.take(n)).decode()

    def array_len(self, flexible: bool) -> int:
        return self.uvarint() - 1 if flexible else self.num(">i")


def produce_records(frame: bytes) -> list[tuple[str, int, memoryview]]:
    """``(topic, partition, records)`` of a Produce v3..v12 request (header included); v3-v8 are
    classic encodings (aiokafka sends v7), v9+ flexible (librdkafka v10, kafka-python v9)."""
    r = _Reader(frame)
    api_key, version = r.num(">h"), r.num(">h")
    assert api_key == 0 and 3 <= version <= 12
    flexible = version >= FLEXIBLE_PRODUCE_MIN
    r.num(">i")  # correlation id
    r.string(flexible=False)  # client id: never compact
    if flexible:
        r.skip_tagged_fields()
    r.string(flexible)  # transactional id
    r.num(">h")  # acks
    r.num(">i")  # timeout
    found = []
    for _ in range(r.array_len(flexible)):
        topic = r.string(flexible)
        assert topic is not None
        for _ in range(r.array_len(flexible)):
            partition = r.num(">i")
            size = r.uvarint() - 1 if flexible else r.num(">i")
            found.append((topic, partition, r.take(size)))
            if flexible:
                r.skip_tagged_fields()
        if flexible:
            r.skip_tagged_fields()
    if flexible:
        r.skip_tagged_fields()
    assert r.pos == len(frame), "trailing bytes after the Produce body"
    return found


def _expected() -> list[tuple[int, int, bytes | None, bytes | None, list[tuple[str, bytes | None]]]]:
    def b(text: str | None) -> bytes | None:
        return None if text is None else text.encode()

    return [
        (i, SPEC["timestamp_base"] + i, b(rec["key"]), b(rec["value"]),
         [(k, b(v)) for k, v in rec["headers"]])
        for i, rec in enumerate(SPEC["records"])
    ]


def _load(client: str, codec: str) -> tuple[str, memoryview]:
    [(topic, partition, records)] = produce_records((FIXTURES / f"{client}-produce-{codec}.bin")
                                                    .read_bytes())
    assert partition == 0
    return topic, records


@pytest.mark.parametrize(("client", "codec"), CASES)
def test_captured_batch_validates_and_decodes(client: str, codec: str) -> None:
    topic, records = _load(client, codec)
    assert topic == f"golden-{client}-{codec}"
    [(header, batch)] = list(iter_batches(records))  # CRC-32C, sizes, counts
    assert header.compression == Compression[codec.upper()]
    assert header.records_count == len(SPEC["records"])
    got = [(r.offset, r.timestamp, r.key, r.value, list(r.headers)) for r in read_records(batch)]
    assert got == _expected()


@pytest.mark.parametrize(("client", "codec"), CASES)
def test_stamping_captured_batch_keeps_it_valid(client: str, codec: str) -> None:
    _, records = _load(client, codec)
    buf = bytearray(records)
    stamp(buf, 5000, 3)
    [(header, batch)] = list(iter_batches(buf))
    assert (header.base_offset, header.partition_leader_epoch) == (5000, 3)
    assert [r.offset for r in read_records(batch)] == list(range(5000, 5000 + 12))


@pytest.mark.parametrize(("client", "codec"), CASES)
def test_captured_batch_every_truncation_and_bit_flip(client: str, codec: str) -> None:
    _, records = _load(client, codec)
    raw = bytes(records)
    for cut in range(len(raw)):
        with pytest.raises(RecordError):
            list(iter_batches(raw[:cut] or b"\x00"))
    for i in range(16, len(raw)):  # every byte the CRC or the magic covers
        buf = bytearray(raw)
        buf[i] ^= 0x20
        with pytest.raises(RecordError):
            list(iter_batches(buf))


def test_framings_real_clients_send() -> None:
    """What the captures show, and docs/records.md states."""
    body = {case: bytes(_load(*case)[1][61:]) for case in CASES}
    # snappy: librdkafka sends raw snappy, the Python clients the xerial (snappy-java) framing
    assert not body["librdkafka", "snappy"].startswith(XERIAL_MAGIC)
    assert body["kafka-python", "snappy"].startswith(XERIAL_MAGIC)
    assert body["aiokafka", "snappy"].startswith(XERIAL_MAGIC)
    for client in ("librdkafka", "kafka-python", "aiokafka"):
        lz4 = body[client, "lz4"]
        assert lz4[:4] == b"\x04\x22\x4d\x18"  # LZ4 frame magic
        assert lz4[4] & 0x20, "independent blocks (Java's reader needs them)"
        assert body[client, "gzip"][:2] == b"\x1f\x8b"
        assert body[client, "zstd"][:4] == b"\x28\xb5\x2f\xfd"


@pytest.mark.parametrize(("client", "codec"), CASES)
def test_generated_produce_request_finds_the_same_records(client: str, codec: str) -> None:
    """The generated codec (wire.messages) must hand out the same records bytes, zero-copy."""
    from wire.headers import RequestHeader
    from wire.messages import ProduceRequest

    frame = (FIXTURES / f"{client}-produce-{codec}.bin").read_bytes()
    header, body_at = RequestHeader.decode(frame)
    request = ProduceRequest.decode(memoryview(frame)[body_at:], header.api_version)
    [topic] = request.topic_data
    [partition] = topic.partition_data
    assert topic.name == f"golden-{client}-{codec}" and partition.index == 0
    assert isinstance(partition.records, memoryview)
    assert bytes(partition.records) == bytes(_load(client, codec)[1])
    [(batch_header, _)] = list(iter_batches(partition.records))
    assert batch_header.records_count == len(SPEC["records"])
