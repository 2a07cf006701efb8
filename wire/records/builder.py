"""Build v2 batches: for ``__consumer_offsets``, control markers and tests.

Pure: no clock. Timestamps are whatever the caller passes (Kafka's producer uses wall-clock
milliseconds). Mirrors Kafka's ``MemoryRecordsBuilder``: ``base_timestamp`` is the first record's
timestamp, ``max_timestamp`` the largest, offset deltas count up from 0 unless given.
"""

from __future__ import annotations

import struct
from collections.abc import Iterable, Sequence
from typing import Any

from wire.records.batch import (
    CONTROL_FLAG_MASK,
    CRC_OFFSET,
    DELETE_HORIZON_FLAG_MASK,
    HEADER_STRUCT,
    LOG_OVERHEAD,
    MAGIC_V2,
    NO_PARTITION_LEADER_EPOCH,
    NO_PRODUCER_EPOCH,
    NO_PRODUCER_ID,
    NO_SEQUENCE,
    NO_TIMESTAMP,
    RECORD_BATCH_OVERHEAD,
    TIMESTAMP_TYPE_MASK,
    TRANSACTIONAL_FLAG_MASK,
    Compression,
    TimestampType,
    compute_crc,
)
from wire.records.compression import compress
from wire.records.record import Header
from wire.records.varint import write_varint

HeaderInput = tuple[str | bytes, bytes | None]


class RecordBatchBuilder:
    """Collect records, then ``build()`` one batch (bytes, CRC set)."""

    def __init__(
        self,
        compression: Compression = Compression.NONE,
        *,
        base_offset: int = 0,
        partition_leader_epoch: int = NO_PARTITION_LEADER_EPOCH,
        producer_id: int = NO_PRODUCER_ID,
        producer_epoch: int = NO_PRODUCER_EPOCH,
        base_sequence: int = NO_SEQUENCE,
        is_transactional: bool = False,
        is_control: bool = False,
        timestamp_type: TimestampType = TimestampType.CREATE_TIME,
        delete_horizon_ms: int | None = None,
    ) -> None:
        self.compression = Compression(compression)
        self.base_offset = base_offset
        self.partition_leader_epoch = partition_leader_epoch
        self.producer_id = producer_id
        self.producer_epoch = producer_epoch
        self.base_sequence = base_sequence
        self.is_transactional = is_transactional
        self.is_control = is_control
        self.timestamp_type = timestamp_type
        self.delete_horizon_ms = delete_horizon_ms
        self._records: list[tuple[int, int, bytes | None, bytes | None, Sequence[HeaderInput]]] = []

    def __len__(self) -> int:
        return len(self._records)

    def append(
        self,
        value: bytes | None,
        key: bytes | None = None,
        *,
        timestamp: int = NO_TIMESTAMP,
        headers: Iterable[HeaderInput] = (),
        offset_delta: int | None = None,
    ) -> int:
        """Add one record; return its offset delta. Deltas must increase (gaps are allowed,
        as in compacted batches)."""
        last = self._records[-1][0] if self._records else -1
        delta = last + 1 if offset_delta is None else offset_delta
        if delta <= last:
            raise ValueError(f"offset delta {delta} does not follow {last}")
        self._records.append((delta, timestamp, key, value, tuple(headers)))
        return delta

    def build(self) -> bytes:
        if not self._records:
            raise ValueError("a batch needs at least one record")
        if self.delete_horizon_ms is not None:
            base_timestamp = self.delete_horizon_ms
        else:
            base_timestamp = self._records[0][1]
        max_timestamp = max(r[1] for r in self._records)
        body = bytearray()
        for delta, timestamp, key, value, headers in self._records:
            _write_record(body, delta, timestamp - base_timestamp, key, value, headers)
        section = compress(self.compression, body) if self.compression else bytes(body)
        batch = bytearray(RECORD_BATCH_OVERHEAD + len(section))
        HEADER_STRUCT.pack_into(
            batch,
            0,
            self.base_offset,
            len(batch) - LOG_OVERHEAD,
            self.partition_leader_epoch,
            MAGIC_V2,
            0,
            self._attributes(),
            self._records[-1][0],
            base_timestamp,
            max_timestamp,
            self.producer_id,
            self.producer_epoch,
            self.base_sequence,
            len(self._records),
        )
        batch[RECORD_BATCH_OVERHEAD:] = section
        struct.pack_into(">I", batch, CRC_OFFSET, compute_crc(batch))
        return bytes(batch)

    def _attributes(self) -> int:
        attributes = int(self.compression)
        if self.timestamp_type == TimestampType.LOG_APPEND_TIME:
            attributes |= TIMESTAMP_TYPE_MASK
        if self.is_transactional:
            attributes |= TRANSACTIONAL_FLAG_MASK
        if self.is_control:
            attributes |= CONTROL_FLAG_MASK
        if self.delete_horizon_ms is not None:
            attributes |= DELETE_HORIZON_FLAG_MASK
        return attributes


def build_batch(
    records: Iterable[tuple[bytes | None, bytes | None]],
    compression: Compression = Compression.NONE,
    *,
    timestamp: int = NO_TIMESTAMP,
    headers: Sequence[Header] = (),
    **options: Any,
) -> bytes:
    """One batch of ``(key, value)`` pairs, all with ``timestamp`` and ``headers``."""
    builder = RecordBatchBuilder(compression, **options)
    for key, value in records:
        builder.append(value, key, timestamp=timestamp, headers=headers)
    return builder.build()


def _write_record(
    out: bytearray,
    offset_delta: int,
    timestamp_delta: int,
    key: bytes | None,
    value: bytes | None,
    headers: Sequence[HeaderInput],
) -> None:
    body = bytearray(b"\x00")  # attributes
    write_varint(body, timestamp_delta)
    write_varint(body, offset_delta)
    _write_bytes(body, key)
    _write_bytes(body, value)
    write_varint(body, len(headers))
    for name, header_value in headers:
        _write_bytes(body, name.encode() if isinstance(name, str) else name)
        _write_bytes(body, header_value)
    write_varint(out, len(body))
    out += body


def _write_bytes(out: bytearray, data: bytes | None) -> None:
    if data is None:
        write_varint(out, -1)
    else:
        write_varint(out, len(data))
        out += data
