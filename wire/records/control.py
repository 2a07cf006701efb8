"""Control batches: transaction markers written by the transaction coordinator (KIP-98).

A control batch has the control and transactional attribute bits set and holds one record:

- key:   version int16 (0), type int16 (ControlRecordType);
- value: for ABORT/COMMIT, Kafka's ``EndTransactionMarker``: version int16 (0),
  coordinator_epoch int32.

Kafka's ``ControlRecordType.parse`` reads the type even from a key version it does not know
and maps unknown types to UNKNOWN; we do the same (``ControlRecordType.UNKNOWN``).
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from enum import IntEnum

from wire.records.batch import (
    NO_PARTITION_LEADER_EPOCH,
    NO_SEQUENCE,
    TimestampType,
)
from wire.records.builder import RecordBatchBuilder
from wire.records.errors import RecordDecodeError

_KEY = struct.Struct(">hh")
_END_TXN_MARKER = struct.Struct(">hi")
CONTROL_KEY_VERSION = 0
END_TXN_MARKER_VERSION = 0


class ControlRecordType(IntEnum):
    """Kafka's ``ControlRecordType`` (types 2.. belong to KRaft's metadata log)."""

    UNKNOWN = -1
    ABORT = 0
    COMMIT = 1
    LEADER_CHANGE = 2
    SNAPSHOT_HEADER = 3
    SNAPSHOT_FOOTER = 4
    KRAFT_VERSION = 5
    KRAFT_VOTERS = 6


@dataclass(frozen=True, slots=True)
class EndTransactionMarker:
    control_type: ControlRecordType
    coordinator_epoch: int


def parse_control_key(key: bytes | None) -> ControlRecordType:
    if key is None or len(key) < _KEY.size:
        raise RecordDecodeError(f"control record key too short: {key!r}")
    _version, type_id = _KEY.unpack_from(key)
    try:
        return ControlRecordType(type_id)
    except ValueError:
        return ControlRecordType.UNKNOWN


def parse_end_transaction_marker(key: bytes | None, value: bytes | None) -> EndTransactionMarker:
    """The marker of an ABORT/COMMIT control record (Kafka's ``EndTransactionMarker``)."""
    control_type = parse_control_key(key)
    if control_type not in (ControlRecordType.ABORT, ControlRecordType.COMMIT):
        raise RecordDecodeError(f"control record type {control_type.name} is not a transaction marker")
    if value is None or len(value) < _END_TXN_MARKER.size:
        raise RecordDecodeError(f"end transaction marker value too short: {value!r}")
    _version, coordinator_epoch = _END_TXN_MARKER.unpack_from(value)
    return EndTransactionMarker(control_type, coordinator_epoch)


def control_key(control_type: ControlRecordType) -> bytes:
    return _KEY.pack(CONTROL_KEY_VERSION, control_type)


def build_end_transaction_marker(
    control_type: ControlRecordType,
    *,
    producer_id: int,
    producer_epoch: int,
    coordinator_epoch: int,
    timestamp: int,
    base_offset: int = 0,
    partition_leader_epoch: int = NO_PARTITION_LEADER_EPOCH,
) -> bytes:
    """A COMMIT or ABORT control batch as the transaction coordinator's WriteTxnMarkers writes."""
    if control_type not in (ControlRecordType.ABORT, ControlRecordType.COMMIT):
        raise ValueError(f"{control_type.name} is not a transaction marker")
    builder = RecordBatchBuilder(
        base_offset=base_offset,
        partition_leader_epoch=partition_leader_epoch,
        producer_id=producer_id,
        producer_epoch=producer_epoch,
        base_sequence=NO_SEQUENCE,
        is_transactional=True,
        is_control=True,
        timestamp_type=TimestampType.CREATE_TIME,
    )
    value = _END_TXN_MARKER.pack(END_TXN_MARKER_VERSION, coordinator_epoch)
    builder.append(value, control_key(control_type), timestamp=timestamp)
    return builder.build()
