"""The batch-header hot path: parse, CRC, walk, stamp, LogAppendTime.

Batches come from kafka-python's independent ``DefaultRecordBatchBuilder`` so the parser is never
checked only against itself.
"""

from __future__ import annotations

import struct

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from kafka.record.default_records import DefaultRecordBatch, DefaultRecordBatchBuilder

from wire.records import (
    Compression,
    CorruptRecordError,
    CrcMismatchError,
    InvalidRecordError,
    RecordBatchHeader,
    RecordError,
    TimestampType,
    TruncatedBatchError,
    UnsupportedMagicError,
    compute_crc,
    increment_sequence,
    iter_batches,
    read_offset_and_length,
    read_records,
    set_log_append_time,
    stamp,
    stamp_base_offset,
    stamp_partition_leader_epoch,
    verify_crc,
)


def kp_batch(
    n: int = 3,
    *,
    codec: int = 0,
    transactional: bool = False,
    producer_id: int = -1,
    producer_epoch: int = -1,
    base_sequence: int = -1,
    base_ts: int = 1_700_000_000_000,
) -> bytes:
    builder = DefaultRecordBatchBuilder(
        2, codec, transactional, producer_id, producer_epoch, base_sequence, 1 << 20
    )
    for i in range(n):
        builder.append(i, base_ts + i, f"k{i}".encode(), f"v{i}".encode(), [])
    return bytes(builder.build())


def test_parse_matches_kafka_python() -> None:
    raw = kp_batch(5, transactional=True, producer_id=77, producer_epoch=3, base_sequence=10)
    header = RecordBatchHeader.parse(raw)
    ref = DefaultRecordBatch(bytearray(raw))
    assert header.base_offset == ref.base_offset == 0
    assert header.size_in_bytes == len(raw) == ref.size_in_bytes
    assert header.magic == 2
    assert header.crc == ref.crc
    assert header.last_offset_delta == ref.last_offset_delta == 4
    assert header.records_count == 5
    assert header.producer_id == 77 and header.producer_epoch == 3
    assert header.base_sequence == 10 and header.last_sequence == 14 == ref.last_sequence
    assert header.is_transactional and not header.is_control
    assert header.compression is Compression.NONE
    assert header.timestamp_type is TimestampType.CREATE_TIME
    assert header.base_timestamp == 1_700_000_000_000
    assert header.max_timestamp == 1_700_000_000_004 == ref.max_timestamp
    assert header.has_producer_id
    assert header.next_offset == 5
    verify_crc(header, raw)
    assert compute_crc(raw) == header.crc


@pytest.mark.parametrize("codec", [1, 2, 3, 4])
def test_attributes_codec(codec: int) -> None:
    # the header path never decompresses: set the codec bits and re-CRC
    buf = bytearray(kp_batch())
    buf[22] |= codec
    struct.pack_into(">I", buf, 17, compute_crc(buf))
    [(header, _)] = list(iter_batches(buf))
    assert header.compression == Compression(codec)


@pytest.mark.parametrize(
    ("bits", "name"),
    [(0x10, "is_transactional"), (0x20, "is_control"), (0x40, "has_delete_horizon")],
)
def test_attribute_flags(bits: int, name: str) -> None:
    buf = bytearray(kp_batch())
    buf[22] |= bits
    header = RecordBatchHeader.parse(buf)
    flags = {n: getattr(header, n) for n in ("is_transactional", "is_control", "has_delete_horizon")}
    assert flags == {n: n == name for n in flags}


def test_iter_batches_walks_several_zero_copy() -> None:
    raws = [kp_batch(n) for n in (1, 2, 3)]
    buf = bytearray(b"".join(raws))
    seen = list(iter_batches(buf))
    assert [h.records_count for h, _ in seen] == [1, 2, 3]
    assert [bytes(b) for _, b in seen] == raws
    # the views alias the buffer: stamping through a view changes ``buf``
    _, view = seen[1]
    stamp(view, 100, 9)
    assert read_offset_and_length(buf, len(raws[0]))[0] == 100


def test_empty_records_yields_nothing() -> None:
    assert list(iter_batches(b"")) == []


def test_stamp_keeps_crc_valid() -> None:
    buf = bytearray(kp_batch(4))
    stamp(buf, 1234567890123, 42)
    [(header, _)] = list(iter_batches(buf))
    assert header.base_offset == 1234567890123
    assert header.partition_leader_epoch == 42
    assert header.last_offset == 1234567890126
    stamp_base_offset(buf, 7)
    stamp_partition_leader_epoch(buf, 8)
    ref = DefaultRecordBatch(buf)
    assert ref.base_offset == 7 and ref.leader_epoch == 8 and ref.validate_crc()


def test_stamp_at_position_in_larger_buffer() -> None:
    a, b = kp_batch(1), kp_batch(2)
    buf = bytearray(a + b)
    stamp(buf, 10, 1, position=0)
    stamp(buf, 11, 1, position=len(a))
    assert [h.base_offset for h, _ in iter_batches(buf)] == [10, 11]


def test_stamp_read_only_raises_type_error() -> None:
    with pytest.raises(TypeError):
        stamp(memoryview(kp_batch()), 1, 1)
    with pytest.raises(TypeError):
        stamp(bytes(kp_batch()), 1, 1)  # type: ignore[arg-type]


def test_log_append_time_rewrites_crc() -> None:
    buf = bytearray(kp_batch(3))
    before = RecordBatchHeader.parse(buf)
    set_log_append_time(buf, 1_800_000_000_000)
    [(after, _)] = list(iter_batches(buf))
    assert after.timestamp_type is TimestampType.LOG_APPEND_TIME
    assert after.max_timestamp == 1_800_000_000_000
    assert after.base_timestamp == before.base_timestamp
    assert after.crc != before.crc
    ref = DefaultRecordBatch(buf)
    assert ref.validate_crc() and ref.timestamp_type == 1
    # every record now reports the log-append time (kafka-python honours the batch type)
    assert {r.timestamp for r in ref} == {1_800_000_000_000}


def test_log_append_time_noop_keeps_bytes() -> None:
    buf = bytearray(kp_batch(3))
    set_log_append_time(buf, 5)
    snapshot = bytes(buf)
    set_log_append_time(buf, 5)
    assert bytes(buf) == snapshot


def test_log_append_time_on_view_in_larger_buffer() -> None:
    a, b = kp_batch(1), kp_batch(2)
    buf = bytearray(a + b)
    views = [v for _, v in iter_batches(buf)]
    set_log_append_time(views[0], 99)
    headers = [h for h, _ in iter_batches(buf)]
    assert headers[0].max_timestamp == 99 and headers[1].max_timestamp != 99


def test_crc_mismatch() -> None:
    buf = bytearray(kp_batch(3))
    buf[-1] ^= 0x01
    with pytest.raises(CrcMismatchError) as info:
        list(iter_batches(buf))
    assert info.value.position == 0
    assert info.value.stored != info.value.computed
    # the CRC check can be skipped (e.g. a follower that trusts its leader)
    assert len(list(iter_batches(buf, verify_crcs=False))) == 1


def test_error_position_points_at_bad_batch() -> None:
    a, b = kp_batch(1), bytearray(kp_batch(2))
    b[30] ^= 0xFF
    with pytest.raises(CrcMismatchError) as info:
        list(iter_batches(bytes(a) + bytes(b)))
    assert info.value.position == len(a)


@pytest.mark.parametrize("magic", [0, 1])
def test_legacy_magic_is_distinct(magic: int) -> None:
    # a minimal legacy message: offset, size, crc, magic, attributes, key=-1, value=-1 (+ts for v1)
    body = struct.pack(">Ibb", 0, magic, 0) + (struct.pack(">q", 0) if magic else b"")
    body += struct.pack(">ii", -1, -1)
    legacy = struct.pack(">qi", 0, len(body)) + body
    with pytest.raises(UnsupportedMagicError) as info:
        list(iter_batches(legacy))
    assert info.value.magic == magic
    assert isinstance(info.value, InvalidRecordError)
    assert "legacy" in str(info.value)


def test_unknown_magic_is_corrupt() -> None:
    buf = bytearray(kp_batch())
    buf[16] = 3
    with pytest.raises(CorruptRecordError, match="magic"):
        list(iter_batches(buf))


def test_unknown_codec_is_invalid() -> None:
    buf = bytearray(kp_batch())
    buf[22] |= 0x07
    struct.pack_into(">I", buf, 17, compute_crc(buf))
    with pytest.raises(InvalidRecordError, match="codec"):
        list(iter_batches(buf))
    with pytest.raises(InvalidRecordError):
        RecordBatchHeader.parse(buf).compression  # noqa: B018


def test_inconsistent_last_offset_delta() -> None:
    buf = bytearray(kp_batch(3))
    struct.pack_into(">i", buf, 23, 5)
    struct.pack_into(">I", buf, 17, compute_crc(buf))
    with pytest.raises(InvalidRecordError, match="inconsistent"):
        list(iter_batches(buf))
    assert len(list(iter_batches(buf, validate_counts=False))) == 1


def test_zero_records_count_is_invalid_for_append() -> None:
    buf = bytearray(kp_batch(1))
    struct.pack_into(">i", buf, 57, 0)
    struct.pack_into(">I", buf, 17, compute_crc(buf))
    with pytest.raises(InvalidRecordError, match="count"):
        list(iter_batches(buf))


def test_truncation_at_every_byte() -> None:
    raw = kp_batch(3)
    for cut in range(1, len(raw)):
        with pytest.raises(TruncatedBatchError) as info:
            list(iter_batches(raw[:cut]))
        assert info.value.position == 0


@pytest.mark.parametrize("length", [-(2**31), -1, 0, 13, 14, 48])
def test_small_lengths_are_corrupt(length: int) -> None:
    buf = bytearray(kp_batch())
    struct.pack_into(">i", buf, 8, length)
    with pytest.raises(CorruptRecordError):
        list(iter_batches(buf))


def test_absurd_length_is_truncation_not_allocation() -> None:
    buf = bytearray(kp_batch())
    struct.pack_into(">i", buf, 8, 2**31 - 1)
    with pytest.raises(TruncatedBatchError):
        list(iter_batches(buf))


def test_bit_flips_raise_only_record_errors() -> None:
    raw = kp_batch(2)
    for i in range(len(raw)):
        for bit in range(8):
            buf = bytearray(raw)
            buf[i] ^= 1 << bit
            try:
                list(iter_batches(buf))
            except RecordError:
                pass
            else:
                # only the fields outside the CRC may change undetected
                assert i < 16 and i not in range(8, 12)


def test_increment_sequence_wraps() -> None:
    assert increment_sequence(5, 3) == 8
    assert increment_sequence(2**31 - 1, 1) == 0
    assert increment_sequence(2**31 - 2, 3) == 1


def test_trailing_partial_batch_reports_its_position() -> None:
    raw = kp_batch(2)
    for tail in (b"\x00", raw[:12], raw[:17], raw[:-1]):
        with pytest.raises(TruncatedBatchError) as info:
            list(iter_batches(raw + tail))
        assert info.value.position == len(raw)


def test_parse_short_buffer() -> None:
    with pytest.raises(TruncatedBatchError):
        RecordBatchHeader.parse(kp_batch()[:60])
    with pytest.raises(TruncatedBatchError):
        RecordBatchHeader.parse(kp_batch(), position=-1)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=200), st.integers(0, 3))
def test_arbitrary_bytes_raise_only_record_errors(data: bytes, prefix_batches: int) -> None:
    buf = kp_batch(1) * prefix_batches + data
    try:
        for _, batch in iter_batches(buf):
            read_records(batch)
    except RecordError:
        pass


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_mutated_header_raises_only_record_errors(data: st.DataObject) -> None:
    buf = bytearray(kp_batch(2, codec=1))
    for _ in range(data.draw(st.integers(1, 4))):
        buf[data.draw(st.integers(0, 60))] = data.draw(st.integers(0, 255))
    try:
        for _, batch in iter_batches(buf, verify_crcs=data.draw(st.booleans())):
            read_records(batch)
    except RecordError:
        pass
