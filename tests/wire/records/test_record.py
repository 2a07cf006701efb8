"""Record iteration and the builder: round trips, timestamps, offsets, and malformed records."""

from __future__ import annotations

import struct

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wire.records import (
    Compression,
    Record,
    RecordBatchBuilder,
    RecordDecodeError,
    RecordError,
    TimestampType,
    build_batch,
    compute_crc,
    iter_batches,
    read_records,
    set_log_append_time,
)
from wire.records.varint import read_varint, read_varlong, size_of_varint, write_varint

TS = 1_700_000_000_000

maybe_bytes = st.none() | st.binary(max_size=64)
headers_st = st.lists(st.tuples(st.text(max_size=8), maybe_bytes), max_size=3)
record_st = st.tuples(maybe_bytes, maybe_bytes, headers_st, st.integers(-(2**40), 2**40))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    records=st.lists(record_st, min_size=1, max_size=8),
    codec=st.sampled_from(list(Compression)),
    base_offset=st.integers(0, 2**62),
)
def test_round_trip(
    records: list[tuple[bytes | None, bytes | None, list[tuple[str, bytes | None]], int]],
    codec: Compression,
    base_offset: int,
) -> None:
    builder = RecordBatchBuilder(codec, base_offset=base_offset)
    for key, value, headers, ts_delta in records:
        builder.append(value, key, timestamp=TS + ts_delta, headers=headers)
    raw = builder.build()
    [(header, batch)] = list(iter_batches(raw))
    assert header.records_count == len(records)
    assert header.base_timestamp == TS + records[0][3]
    assert header.max_timestamp == max(TS + r[3] for r in records)
    assert read_records(batch) == [
        Record(base_offset + i, TS + d, k, v, tuple(h)) for i, (k, v, h, d) in enumerate(records)
    ]


def test_offset_delta_gaps_like_a_compacted_batch() -> None:
    builder = RecordBatchBuilder(base_offset=100)
    for delta in (0, 3, 9):
        builder.append(b"v", b"k", timestamp=TS, offset_delta=delta)
    raw = builder.build()
    # records_count 3 but last_offset_delta 9: only legal when reading a log back
    with pytest.raises(RecordError):
        list(iter_batches(raw))
    [(header, batch)] = list(iter_batches(raw, validate_counts=False))
    assert header.last_offset == 109
    assert [r.offset for r in read_records(batch)] == [100, 103, 109]
    with pytest.raises(ValueError, match="does not follow"):
        builder.append(b"v", offset_delta=9)


def test_log_append_time_records_report_max_timestamp() -> None:
    raw = bytearray(build_batch([(b"a", b"1"), (b"b", b"2")], timestamp=TS))
    set_log_append_time(raw, TS + 999)
    assert {r.timestamp for r in read_records(raw)} == {TS + 999}
    built = RecordBatchBuilder(timestamp_type=TimestampType.LOG_APPEND_TIME)
    built.append(b"x", timestamp=TS)
    header = next(iter_batches(built.build()))[0]
    assert header.timestamp_type is TimestampType.LOG_APPEND_TIME


def test_delete_horizon() -> None:
    builder = RecordBatchBuilder(delete_horizon_ms=TS + 86_400_000)
    builder.append(None, b"tombstone", timestamp=TS)
    [(header, batch)] = list(iter_batches(builder.build()))
    assert header.has_delete_horizon and header.base_timestamp == TS + 86_400_000
    [record] = read_records(batch)
    assert record.timestamp == TS and record.value is None


def test_empty_builder_refuses() -> None:
    with pytest.raises(ValueError):
        RecordBatchBuilder().build()


def _with_records_section(section: bytes, count: int) -> bytes:
    """A batch whose records section is ``section``, with a valid CRC."""
    raw = bytearray(build_batch([(b"k", b"v")], timestamp=TS))
    del raw[61:]
    raw += section
    struct.pack_into(">i", raw, 8, len(raw) - 12)
    struct.pack_into(">i", raw, 23, count - 1)
    struct.pack_into(">i", raw, 57, count)
    struct.pack_into(">I", raw, 17, compute_crc(raw))
    return bytes(raw)


def _record(body: bytes) -> bytes:
    out = bytearray()
    write_varint(out, len(body))
    return bytes(out) + body


GOOD = b"\x00\x00\x00\x02k\x02v\x00"  # attrs, ts 0, offset 0, key "k", value "v", no headers


@pytest.mark.parametrize(
    ("section", "count", "match"),
    [
        (_record(GOOD) * 2, 1, "remain"),
        (_record(GOOD), 2, "truncated|length"),
        (b"", 1, "truncated"),
        (_record(GOOD[:-1]), 1, "truncated"),
        (_record(GOOD + b"\x00"), 1, "declares"),
        (b"\x7f" + GOOD, 1, "length"),  # record length 63 > bytes left
        (b"\x01" + GOOD, 1, "length"),  # negative record length
        (_record(b""), 1, "attributes"),
        (_record(b"\x00\x00\x00\x05k\x02v\x00"), 1, "key length"),  # key -3
        (_record(b"\x00\x00\x00\x02k\x40v\x00"), 1, "value length"),
        (_record(b"\x00\x00\x00\x02k\x02v\x01"), 1, "headers"),  # -1 headers
        (_record(b"\x00\x00\x00\x02k\x02v\x02\x01\x00"), 1, "null header key"),
        (_record(b"\x00\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\x00"), 1, "varint"),
    ],
)
def test_malformed_records(section: bytes, count: int, match: str) -> None:
    raw = _with_records_section(section, count)
    [(_, batch)] = list(iter_batches(raw))
    with pytest.raises(RecordDecodeError, match=match):
        read_records(batch)


@pytest.mark.parametrize("codec", list(Compression), ids=[c.name for c in Compression])
def test_every_byte_mutation_raises_only_record_errors(codec: Compression) -> None:
    """Mutate each byte of the records section, fix the CRC: decoding either succeeds or raises
    a RecordError, never IndexError/struct.error/MemoryError/UnicodeError."""
    raw = build_batch(
        [(b"key", b"value" * 8), (None, b"v2")],
        codec,
        timestamp=TS,
        headers=[("h", b"x"), ("n", None)],
    )
    for i in range(61, len(raw)):
        for flip in (0x01, 0x80, 0xFF):
            buf = bytearray(raw)
            buf[i] ^= flip
            struct.pack_into(">I", buf, 17, compute_crc(buf))
            try:
                read_records(buf)
            except RecordError:
                pass


def test_records_count_absurd_is_bounded() -> None:
    raw = bytearray(build_batch([(b"k", b"v")], timestamp=TS))
    struct.pack_into(">i", raw, 57, 2**31 - 1)
    with pytest.raises(RecordDecodeError):
        read_records(raw)
    struct.pack_into(">i", raw, 57, -5)
    with pytest.raises(RecordDecodeError):
        read_records(raw)


@given(st.integers(-(2**63), 2**63 - 1))
def test_varlong_round_trip(value: int) -> None:
    out = bytearray()
    write_varint(out, value)
    assert len(out) == size_of_varint(value)
    assert read_varlong(out, 0, len(out)) == (value, len(out))
    if -(2**31) <= value < 2**31:
        assert read_varint(out, 0, len(out)) == (value, len(out))
    else:
        with pytest.raises(RecordDecodeError):
            read_varint(out, 0, len(out))


def test_varint_truncated_and_too_long() -> None:
    with pytest.raises(RecordDecodeError, match="truncated"):
        read_varint(b"\x80\x80", 0, 2)
    with pytest.raises(RecordDecodeError, match="longer"):
        read_varint(b"\x80" * 6, 0, 6)
    with pytest.raises(RecordDecodeError):
        read_varlong(b"\xff" * 9 + b"\x02", 0, 10)
