"""Individual records inside a v2 batch: for tools, tests and internal topics, never the hot path.

Record layout (Kafka's ``DefaultRecord``; varints are zig-zag)::

    length          varint   bytes that follow
    attributes      int8     unused, 0
    timestampDelta  varlong  against the batch's base_timestamp
    offsetDelta     varint   against the batch's base_offset
    keyLength       varint   -1 = null key
    key             bytes
    valueLength     varint   -1 = null value
    value           bytes
    headersCount    varint
    headers         [headerKeyLength varint (>= 0), headerKey utf-8,
                     headerValueLength varint (-1 = null), headerValue]
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from wire.records.batch import (
    RECORD_BATCH_OVERHEAD,
    Buffer,
    RecordBatchHeader,
    TimestampType,
)
from wire.records.compression import DEFAULT_MAX_DECOMPRESSED_SIZE, decompress
from wire.records.errors import CorruptRecordError, RecordDecodeError
from wire.records.varint import read_varint, read_varlong

Header = tuple[str, bytes | None]


@dataclass(frozen=True, slots=True)
class Record:
    """One record with absolute offset and timestamp (the batch's deltas applied)."""

    offset: int
    timestamp: int
    key: bytes | None
    value: bytes | None
    headers: tuple[Header, ...] = ()


def iter_records(
    batch: Buffer, *, max_decompressed_size: int = DEFAULT_MAX_DECOMPRESSED_SIZE
) -> Iterator[Record]:
    """Decode the records of one whole batch (as yielded by ``iter_batches``).

    The CRC is not checked here (``iter_batches`` does that). Raises ``CorruptRecordError``
    subclasses: ``RecordDecodeError`` for malformed records or a records count that disagrees with
    the bytes, ``DecompressionError`` for bad or oversized compressed data.
    For LogAppendTime batches every record reports ``max_timestamp``, as Kafka's consumers do.
    """
    view = batch if isinstance(batch, memoryview) else memoryview(batch)
    header = RecordBatchHeader.parse(view)
    size = header.size_in_bytes
    if size < RECORD_BATCH_OVERHEAD or size > len(view):
        raise CorruptRecordError(f"batch length {header.batch_length} does not fit the buffer")
    if header.records_count < 0:
        raise RecordDecodeError(f"negative records count {header.records_count}")
    body: Buffer = view[RECORD_BATCH_OVERHEAD:size]
    if header.compression:
        body = decompress(header.compression, body, max_decompressed_size)
    log_append_time = header.timestamp_type == TimestampType.LOG_APPEND_TIME
    position, end = 0, len(body)
    for _ in range(header.records_count):
        record, position = _read_record(body, position, end, header, log_append_time)
        yield record
    if position != end:
        raise RecordDecodeError(
            f"{end - position} bytes remain after the {header.records_count} records the batch "
            f"declares"
        )


def read_records(
    batch: Buffer, *, max_decompressed_size: int = DEFAULT_MAX_DECOMPRESSED_SIZE
) -> list[Record]:
    return list(iter_records(batch, max_decompressed_size=max_decompressed_size))


def _read_record(
    buf: Buffer, position: int, end: int, header: RecordBatchHeader, log_append_time: bool
) -> tuple[Record, int]:
    length, position = read_varint(buf, position, end)
    if length < 0 or length > end - position:
        raise RecordDecodeError(
            f"record length {length} at byte {position} exceeds the {end - position} bytes left"
        )
    record_end = position + length
    if length < 1:
        raise RecordDecodeError(f"record at byte {position} has no attributes byte")
    position += 1  # attributes: unused by every Kafka version so far
    timestamp_delta, position = read_varlong(buf, position, record_end)
    offset_delta, position = read_varint(buf, position, record_end)
    key, position = _read_bytes(buf, position, record_end, "key")
    value, position = _read_bytes(buf, position, record_end, "value")
    count, position = read_varint(buf, position, record_end)
    if count < 0:
        raise RecordDecodeError(f"invalid number of record headers {count}")
    headers: list[Header] = []
    for _ in range(count):
        name, position = _read_bytes(buf, position, record_end, "header key")
        if name is None:
            raise RecordDecodeError("null header key")
        header_value, position = _read_bytes(buf, position, record_end, "header value")
        headers.append((name.decode("utf-8", "replace"), header_value))
    if position != record_end:
        raise RecordDecodeError(
            f"record declares {length} bytes but its fields take {length - (record_end - position)}"
        )
    timestamp = header.max_timestamp if log_append_time else header.base_timestamp + timestamp_delta
    record = Record(header.base_offset + offset_delta, timestamp, key, value, tuple(headers))
    return record, position


def _read_bytes(buf: Buffer, position: int, end: int, what: str) -> tuple[bytes | None, int]:
    length, position = read_varint(buf, position, end)
    if length == -1:
        return None, position
    if length < 0 or length > end - position:
        raise RecordDecodeError(f"{what} length {length} at byte {position} is out of range")
    return bytes(buf[position : position + length]), position + length
