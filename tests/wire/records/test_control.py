"""Control batches (transaction markers), cross-checked with kafka-python's ``ControlRecord``."""

from __future__ import annotations

import pytest
from kafka.record.default_records import ControlRecord, DefaultRecordBatch

from wire.records import (
    ControlRecordType,
    RecordBatchBuilder,
    RecordDecodeError,
    build_end_transaction_marker,
    control_key,
    iter_batches,
    parse_control_key,
    parse_end_transaction_marker,
    read_records,
)


@pytest.mark.parametrize("kind", [ControlRecordType.ABORT, ControlRecordType.COMMIT])
def test_marker_round_trip_and_kafka_python(kind: ControlRecordType) -> None:
    raw = build_end_transaction_marker(
        kind, producer_id=31, producer_epoch=2, coordinator_epoch=9, timestamp=1234,
        base_offset=40, partition_leader_epoch=5,
    )
    [(header, batch)] = list(iter_batches(raw))
    assert header.is_control and header.is_transactional
    assert (header.producer_id, header.producer_epoch, header.base_sequence) == (31, 2, -1)
    assert (header.base_offset, header.partition_leader_epoch) == (40, 5)
    [record] = read_records(batch)
    assert record.offset == 40 and record.timestamp == 1234
    assert parse_control_key(record.key) is kind
    marker = parse_end_transaction_marker(record.key, record.value)
    assert marker.control_type is kind and marker.coordinator_epoch == 9

    ref = DefaultRecordBatch(bytearray(raw))
    assert ref.validate_crc() and ref.is_control_batch and ref.is_transactional
    [ref_record] = list(ref)
    assert isinstance(ref_record, ControlRecord)
    assert ref_record.type == kind and ref_record.version == 0


def test_unknown_control_type_and_newer_key_version() -> None:
    assert parse_control_key(b"\x00\x00\x00\x63") is ControlRecordType.UNKNOWN
    # Kafka reads the type even from a key version it does not know
    assert parse_control_key(b"\x00\x07\x00\x01") is ControlRecordType.COMMIT
    assert control_key(ControlRecordType.LEADER_CHANGE) == b"\x00\x00\x00\x02"


@pytest.mark.parametrize(
    ("key", "value"),
    [(None, b"\x00\x00\x00\x00\x00\x00"), (b"\x00", b""), (b"\x00\x00\x00\x01", None),
     (b"\x00\x00\x00\x01", b"\x00\x00\x00"), (b"\x00\x00\x00\x02", b"\x00" * 6)],
)
def test_bad_markers(key: bytes | None, value: bytes | None) -> None:
    with pytest.raises(RecordDecodeError):
        parse_end_transaction_marker(key, value)


def test_builder_flags_without_helper() -> None:
    builder = RecordBatchBuilder(is_control=True, is_transactional=True, producer_id=1,
                                 producer_epoch=0)
    builder.append(b"\x00\x00\x00\x00\x00\x00", control_key(ControlRecordType.ABORT))
    header = next(iter_batches(builder.build()))[0]
    assert header.is_control and header.is_transactional and not header.has_delete_horizon


def test_marker_helper_refuses_non_marker_types() -> None:
    with pytest.raises(ValueError):
        build_end_transaction_marker(ControlRecordType.LEADER_CHANGE, producer_id=1,
                                     producer_epoch=0, coordinator_epoch=0, timestamp=0)
