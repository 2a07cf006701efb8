"""Checks and stamping of a leader append (Kafka's ``LogValidator``), in one pass over the
batch headers: the hot path of Produce.

Per batch: ``wire.records.iter_batches`` (length, magic 2, CRC-32C, codec id,
``last_offset_delta == records_count - 1``), ``max.message.bytes``, no control batches from
clients, then ``baseOffset`` and ``partitionLeaderEpoch`` stamped in place (both outside the
CRC) and, for ``LogAppendTime`` topics, ``maxTimestamp`` and the CRC rewritten. For the whole
append: at most ``segment.bytes``; for compacted topics, a key on every record (the only check
that decodes records).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from storage.errors import InvalidRecordError, RecordBatchTooLargeError, RecordTooLargeError
from storage.log_config import LogConfig
from wire.records import LOG_OVERHEAD, RecordBatchHeader, iter_batches, set_log_append_time, stamp
from wire.records.batch import CONTROL_FLAG_MASK
from wire.records.record import iter_records


@dataclass(slots=True)
class ValidatedBatches:
    """The batches of one leader append, in order (headers as received, before stamping)."""

    headers: list[RecordBatchHeader] = field(default_factory=list)
    last_offsets: list[int] = field(default_factory=list)
    max_timestamps: list[int] = field(default_factory=list)
    sizes: list[int] = field(default_factory=list)
    records: int = 0
    has_producer: bool = False

    def producer_headers(self, leader_epoch: int) -> Iterator[RecordBatchHeader]:
        """The headers of the batches with a producer id, as stamped and written (offsets,
        leader epoch, maximum timestamp): what ``ProducerStateManager.update`` records."""
        for header, last, ts in zip(self.headers, self.last_offsets, self.max_timestamps):
            if header.producer_id >= 0:
                yield header._replace(base_offset=last - header.last_offset_delta,
                                      partition_leader_epoch=leader_epoch, max_timestamp=ts)


def validate_and_stamp(view: memoryview, first_offset: int, leader_epoch: int,
                       config: LogConfig, name: str, allow_control: bool,
                       now: int) -> ValidatedBatches:
    """Validate every batch of ``view`` and stamp it, the first at ``first_offset``.
    Raises ``CorruptRecordError``/``InvalidRecordError``, ``RecordTooLargeError``,
    ``RecordBatchTooLargeError``; a batch may be stamped even then (the caller writes nothing)."""
    batches = ValidatedBatches()
    headers, last_offsets = batches.headers, batches.last_offsets
    max_timestamps, sizes = batches.max_timestamps, batches.sizes
    position = records = 0
    offset = first_offset
    max_size = config.max_message_bytes
    log_append = config.log_append_time
    for header, batch in iter_batches(view, verify_crcs=True, validate_counts=True):
        size = header.batch_length + LOG_OVERHEAD
        if size > max_size:
            raise RecordTooLargeError(
                f"{name}: batch of {size} bytes exceeds max.message.bytes {max_size}"
            )
        if header.attributes & CONTROL_FLAG_MASK and not allow_control:
            raise InvalidRecordError(f"{name}: clients may not write control batches", position)
        if header.producer_id >= 0:
            batches.has_producer = True
        stamp(view, offset, leader_epoch, position)
        if log_append:
            set_log_append_time(batch, now)
            max_timestamps.append(now)
        else:
            max_timestamps.append(header.max_timestamp)
        offset += header.last_offset_delta + 1
        headers.append(header)
        last_offsets.append(offset - 1)
        sizes.append(size)
        records += header.records_count
        position += size
    if config.compact_enabled:
        check_keys(headers, view, name)
    if position > config.segment_bytes:
        raise RecordBatchTooLargeError(
            f"{name}: {position} bytes of batches exceed segment.bytes {config.segment_bytes}"
        )
    batches.records = records
    return batches


def check_keys(headers: list[RecordBatchHeader], view: memoryview, name: str) -> None:
    """Compacted topics need a key on every record (Kafka's ``LogValidator``)."""
    position = 0
    for header in headers:
        size = header.batch_length + LOG_OVERHEAD
        if not header.attributes & CONTROL_FLAG_MASK:
            for record in iter_records(view[position : position + size]):
                if record.key is None:
                    raise InvalidRecordError(
                        f"{name}: compacted topic cannot accept a record without a key "
                        f"(offset delta {record.offset - header.base_offset})",
                        position,
                    )
        position += size


def writable_view(records: memoryview | bytes | bytearray) -> memoryview:
    """A writable byte view of ``records`` (a copy only if it is read-only)."""
    view = records if isinstance(records, memoryview) else memoryview(records)
    if view.ndim != 1 or view.itemsize != 1:
        view = view.cast("B")
    if view.readonly:
        view = memoryview(bytearray(view))
    return view
