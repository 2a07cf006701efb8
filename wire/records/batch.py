"""Record batch v2 header: parse, validate, stamp in place.

The hot path of Produce and log recovery. Only the 61-byte header is read (one
``struct.unpack_from``) and the CRC-32C runs in C over the batch bytes; no record is decoded here.

Layout (big-endian; Kafka's ``DefaultRecordBatch``)::

    offset  size  field
         0     8  base_offset                 \
         8     4  batch_length                 |  not covered by the CRC
        12     4  partition_leader_epoch       |
        16     1  magic (2)                   /
        17     4  crc (uint32, CRC-32C of bytes 21..end)
        21     2  attributes
        23     4  last_offset_delta
        27     8  base_timestamp
        35     8  max_timestamp
        43     8  producer_id
        51     2  producer_epoch
        53     4  base_sequence
        57     4  records_count
        61     -  records (compressed as one stream when the codec is not NONE)

``batch_length`` counts the bytes after itself: the whole batch is ``batch_length + 12`` bytes.
"""

from __future__ import annotations

import struct
from collections.abc import Iterator
from enum import IntEnum
from typing import NamedTuple

from crc32c import crc32c

from wire.records.errors import (
    CorruptRecordError,
    CrcMismatchError,
    InvalidRecordError,
    TruncatedBatchError,
    UnsupportedMagicError,
)

# --- layout -------------------------------------------------------------------------------------

BASE_OFFSET_OFFSET = 0
BATCH_LENGTH_OFFSET = 8
PARTITION_LEADER_EPOCH_OFFSET = 12
MAGIC_OFFSET = 16
CRC_OFFSET = 17
ATTRIBUTES_OFFSET = 21
LAST_OFFSET_DELTA_OFFSET = 23
BASE_TIMESTAMP_OFFSET = 27
MAX_TIMESTAMP_OFFSET = 35
PRODUCER_ID_OFFSET = 43
PRODUCER_EPOCH_OFFSET = 51
BASE_SEQUENCE_OFFSET = 53
RECORDS_COUNT_OFFSET = 57
RECORDS_OFFSET = 61

#: base_offset + batch_length: the prefix shared by every message format (Kafka's LOG_OVERHEAD).
LOG_OVERHEAD = 12
#: The size of an empty v2 batch (Kafka's RECORD_BATCH_OVERHEAD).
RECORD_BATCH_OVERHEAD = RECORDS_OFFSET
#: The smallest legacy (magic 0) message after LOG_OVERHEAD (Kafka's RECORD_OVERHEAD_V0).
LEGACY_RECORD_OVERHEAD_V0 = 14

MAGIC_V2 = 2

NO_PRODUCER_ID = -1
NO_PRODUCER_EPOCH = -1
NO_SEQUENCE = -1
NO_PARTITION_LEADER_EPOCH = -1
NO_TIMESTAMP = -1

_INT32_MAX = 0x7FFFFFFF

#: The whole v2 header, in field order (see the table above).
HEADER_STRUCT = struct.Struct(">qiibIhiqqqhii")
_HEADER = HEADER_STRUCT
assert _HEADER.size == RECORD_BATCH_OVERHEAD
_INT64 = struct.Struct(">q")
_INT32 = struct.Struct(">i")
_UINT32 = struct.Struct(">I")
_INT16 = struct.Struct(">h")
_OFFSET_AND_LENGTH = struct.Struct(">qi")
_OFFSET_LENGTH_EPOCH = struct.Struct(">qii")

# --- attributes ---------------------------------------------------------------------------------

COMPRESSION_CODEC_MASK = 0x07
TIMESTAMP_TYPE_MASK = 0x08
TRANSACTIONAL_FLAG_MASK = 0x10
CONTROL_FLAG_MASK = 0x20
DELETE_HORIZON_FLAG_MASK = 0x40


class Compression(IntEnum):
    """Codec ids of the attributes' low three bits (Kafka's ``CompressionType``)."""

    NONE = 0
    GZIP = 1
    SNAPPY = 2
    LZ4 = 3
    ZSTD = 4


class TimestampType(IntEnum):
    """Attribute bit 3 (Kafka's ``TimestampType``)."""

    CREATE_TIME = 0
    LOG_APPEND_TIME = 1


Buffer = bytes | bytearray | memoryview


class RecordBatchHeader(NamedTuple):
    """The 61-byte v2 header, as stored. A NamedTuple: cheap to build on the hot path."""

    base_offset: int
    batch_length: int
    partition_leader_epoch: int
    magic: int
    crc: int
    attributes: int
    last_offset_delta: int
    base_timestamp: int
    max_timestamp: int
    producer_id: int
    producer_epoch: int
    base_sequence: int
    records_count: int

    @classmethod
    def parse(cls, buf: Buffer, position: int = 0) -> RecordBatchHeader:
        """Unpack the header at ``position``; checks nothing but that 61 bytes are there."""
        if len(buf) - position < RECORD_BATCH_OVERHEAD or position < 0:
            raise TruncatedBatchError(
                f"need {RECORD_BATCH_OVERHEAD} bytes for a batch header, "
                f"have {max(0, len(buf) - position)}",
                position,
            )
        return cls._make(_HEADER.unpack_from(buf, position))

    # --- attributes ---

    @property
    def compression(self) -> Compression:
        """The codec; raises ``InvalidRecordError`` for ids 5-7 (``iter_batches`` rejects them)."""
        codec = self.attributes & COMPRESSION_CODEC_MASK
        if codec > Compression.ZSTD:
            raise InvalidRecordError(f"unknown compression codec id {codec}")
        return Compression(codec)

    @property
    def timestamp_type(self) -> TimestampType:
        return TimestampType((self.attributes & TIMESTAMP_TYPE_MASK) >> 3)

    @property
    def is_transactional(self) -> bool:
        return bool(self.attributes & TRANSACTIONAL_FLAG_MASK)

    @property
    def is_control(self) -> bool:
        return bool(self.attributes & CONTROL_FLAG_MASK)

    @property
    def has_delete_horizon(self) -> bool:
        """KIP-534: ``base_timestamp`` holds the delete horizon set by the log cleaner."""
        return bool(self.attributes & DELETE_HORIZON_FLAG_MASK)

    # --- derived ---

    @property
    def size_in_bytes(self) -> int:
        """The whole batch on the wire and on disk: ``batch_length + LOG_OVERHEAD``."""
        return self.batch_length + LOG_OVERHEAD

    @property
    def last_offset(self) -> int:
        return self.base_offset + self.last_offset_delta

    @property
    def next_offset(self) -> int:
        return self.base_offset + self.last_offset_delta + 1

    @property
    def has_producer_id(self) -> bool:
        return self.producer_id > NO_PRODUCER_ID

    @property
    def last_sequence(self) -> int:
        """Sequence of the last record; sequences wrap from int32 max to 0 (Kafka's
        ``DefaultRecordBatch.incrementSequence``). ``NO_SEQUENCE`` stays ``NO_SEQUENCE``."""
        if self.base_sequence == NO_SEQUENCE:
            return NO_SEQUENCE
        return increment_sequence(self.base_sequence, self.last_offset_delta)

    @property
    def timestamp(self) -> int:
        """The batch timestamp Kafka reports: ``max_timestamp`` (for both timestamp types)."""
        return self.max_timestamp


def increment_sequence(sequence: int, increment: int) -> int:
    """``sequence + increment`` wrapping past int32 max to 0, as Kafka's producer does."""
    if sequence > _INT32_MAX - increment:
        return increment - (_INT32_MAX - sequence) - 1
    return sequence + increment


# --- CRC ----------------------------------------------------------------------------------------


def compute_crc(batch: Buffer) -> int:
    """CRC-32C of ``attributes`` .. end of ``batch`` (one whole batch starting at byte 0)."""
    view = batch if isinstance(batch, memoryview) else memoryview(batch)
    return int(crc32c(view[ATTRIBUTES_OFFSET:]))


def verify_crc(header: RecordBatchHeader, batch: Buffer, position: int = 0) -> None:
    """Raise ``CrcMismatchError`` unless ``batch`` (exactly one batch) matches ``header.crc``."""
    computed = compute_crc(batch)
    if computed != header.crc:
        raise CrcMismatchError(
            f"record batch at position {position} is corrupt: stored CRC {header.crc:#010x}, "
            f"computed {computed:#010x}",
            position,
            header.crc,
            computed,
        )


# --- walking a records buffer -------------------------------------------------------------------


def iter_batches(
    records: Buffer,
    *,
    verify_crcs: bool = True,
    validate_counts: bool = True,
) -> Iterator[tuple[RecordBatchHeader, memoryview]]:
    """Yield ``(header, batch)`` for each batch in ``records``; ``batch`` is a zero-copy
    memoryview of the whole batch (header included), writable when ``records`` is.

    Raises, for the first bad batch (``position`` = its byte offset in ``records``):

    - ``TruncatedBatchError``: the buffer ends inside a batch;
    - ``CorruptRecordError``: ``batch_length`` too small, magic not 0, 1 or 2;
    - ``UnsupportedMagicError``: a legacy message set (magic 0 or 1);
    - ``CrcMismatchError`` (when ``verify_crcs``);
    - ``InvalidRecordError``: unknown codec id; with ``validate_counts`` (Kafka's leader-append
      rules in ``LogValidator``), ``records_count <= 0`` or
      ``last_offset_delta != records_count - 1``. Pass ``validate_counts=False`` when reading a
      log back: the cleaner leaves empty batches whose ``last_offset_delta`` is kept.

    An empty ``records`` yields nothing (whether that is allowed is the caller's rule).
    """
    view = records if isinstance(records, memoryview) else memoryview(records)
    if view.ndim != 1 or view.itemsize != 1:
        view = view.cast("B")
    end = len(view)
    position = 0
    # Hot path: one unpack per batch and only integer compares; any failed check hands over to
    # the slow functions, which find and raise the precise error.
    unpack = _HEADER.unpack_from
    make = tuple.__new__
    while position < end:
        if end - position < RECORD_BATCH_OVERHEAD:
            check_batch_bounds(view, position)
        fields = unpack(view, position)
        size = fields[1] + LOG_OVERHEAD
        if fields[3] != MAGIC_V2 or size < RECORD_BATCH_OVERHEAD or size > end - position:
            check_batch_bounds(view, position)
        header: RecordBatchHeader = make(RecordBatchHeader, fields)
        batch = view[position : position + size]
        if verify_crcs and crc32c(batch[ATTRIBUTES_OFFSET:]) != fields[4]:
            verify_crc(header, batch, position)
        if fields[5] & COMPRESSION_CODEC_MASK > Compression.ZSTD:
            raise InvalidRecordError(
                f"record batch at position {position} has unknown compression codec id "
                f"{fields[5] & COMPRESSION_CODEC_MASK}",
                position,
            )
        if validate_counts and (fields[12] <= 0 or fields[6] != fields[12] - 1):
            validate_offset_range(header, position)
        yield header, batch
        position += size


def check_batch_bounds(view: memoryview, position: int) -> int:
    """Check the size and magic of the batch at ``position``; return its size in bytes, or raise
    the precise error (``iter_batches`` calls it only once its fast checks have failed).

    The order follows Kafka's ``ByteBufferLogInputStream.nextBatch``: a size too small for any
    format is corruption; a legacy magic is reported as such even when the rest is missing.
    """
    remaining = len(view) - position
    if remaining < LOG_OVERHEAD:
        raise TruncatedBatchError(
            f"record batch at position {position} is truncated: {remaining} bytes, "
            f"need at least {LOG_OVERHEAD} for offset and length",
            position,
        )
    batch_length: int = _INT32.unpack_from(view, position + BATCH_LENGTH_OFFSET)[0]
    if batch_length < LEGACY_RECORD_OVERHEAD_V0:
        raise CorruptRecordError(
            f"record batch at position {position} has invalid length {batch_length}", position
        )
    if remaining <= MAGIC_OFFSET:
        raise TruncatedBatchError(
            f"record batch at position {position} is truncated before its magic byte", position
        )
    magic = view[position + MAGIC_OFFSET]
    if magic != MAGIC_V2:
        if magic in (0, 1):
            raise UnsupportedMagicError(
                f"legacy message set (magic {magic}) at position {position}: only record "
                f"batch v2 (magic 2, Kafka >= 0.11) is supported",
                position,
                magic,
            )
        raise CorruptRecordError(
            f"record batch at position {position} has unknown magic {magic}", position
        )
    size = batch_length + LOG_OVERHEAD
    if size < RECORD_BATCH_OVERHEAD:
        raise CorruptRecordError(
            f"record batch at position {position} has length {batch_length}, below the "
            f"{RECORD_BATCH_OVERHEAD - LOG_OVERHEAD}-byte minimum of a v2 batch",
            position,
        )
    if size > remaining:
        raise TruncatedBatchError(
            f"record batch at position {position} is truncated: length says {size} bytes, "
            f"{remaining} remain",
            position,
        )
    return size


def validate_offset_range(header: RecordBatchHeader, position: int = 0) -> None:
    """Kafka's ``LogValidator.validateBatch`` count rules for a batch appended as leader."""
    if header.records_count <= 0:
        raise InvalidRecordError(
            f"record batch at position {position} has invalid record count "
            f"{header.records_count}",
            position,
        )
    if header.last_offset_delta != header.records_count - 1:
        raise InvalidRecordError(
            f"record batch at position {position} has last_offset_delta "
            f"{header.last_offset_delta} inconsistent with record count {header.records_count}",
            position,
        )


def read_offset_and_length(buf: Buffer, position: int = 0) -> tuple[int, int]:
    """``(base_offset, batch_length)`` from the 12-byte prefix: for index scans over a log."""
    if position < 0 or len(buf) - position < LOG_OVERHEAD:
        raise TruncatedBatchError(
            f"need {LOG_OVERHEAD} bytes at position {position}", max(0, position)
        )
    base_offset, batch_length = _OFFSET_AND_LENGTH.unpack_from(buf, position)
    return int(base_offset), int(batch_length)


# --- in-place edits -----------------------------------------------------------------------------


def stamp(
    buf: bytearray | memoryview,
    base_offset: int,
    partition_leader_epoch: int,
    position: int = 0,
) -> None:
    """Write ``base_offset`` and ``partition_leader_epoch`` into the batch at ``position``.

    Both fields lie before the CRC'd range, so the CRC stays valid. ``buf`` must be writable
    (a ``bytearray`` or a memoryview of one); a read-only buffer raises ``TypeError``.
    """
    _require_writable(buf)
    batch_length = _INT32.unpack_from(buf, position + BATCH_LENGTH_OFFSET)[0]
    _OFFSET_LENGTH_EPOCH.pack_into(buf, position, base_offset, batch_length, partition_leader_epoch)


def stamp_base_offset(buf: bytearray | memoryview, base_offset: int, position: int = 0) -> None:
    _require_writable(buf)
    _INT64.pack_into(buf, position + BASE_OFFSET_OFFSET, base_offset)


def stamp_partition_leader_epoch(
    buf: bytearray | memoryview, partition_leader_epoch: int, position: int = 0
) -> None:
    _require_writable(buf)
    _INT32.pack_into(buf, position + PARTITION_LEADER_EPOCH_OFFSET, partition_leader_epoch)


def set_max_timestamp(
    batch: bytearray | memoryview,
    timestamp_type: TimestampType,
    max_timestamp: int,
) -> None:
    """Rewrite ``max_timestamp`` and the timestamp-type bit, then the CRC, of the one batch in
    ``batch`` (Kafka's ``DefaultRecordBatch.setMaxTimestamp``; used for LogAppendTime topics).

    A no-op when both already hold, as in Kafka, so the CRC is recomputed only when needed.
    """
    _require_writable(batch)
    if len(batch) < RECORD_BATCH_OVERHEAD:
        raise TruncatedBatchError("batch shorter than its header", 0)
    size = _INT32.unpack_from(batch, BATCH_LENGTH_OFFSET)[0] + LOG_OVERHEAD
    if not RECORD_BATCH_OVERHEAD <= size <= len(batch):
        raise CorruptRecordError(f"batch length {size} does not fit the {len(batch)}-byte buffer")
    attributes = _INT16.unpack_from(batch, ATTRIBUTES_OFFSET)[0]
    current_type = (attributes & TIMESTAMP_TYPE_MASK) >> 3
    current_max = _INT64.unpack_from(batch, MAX_TIMESTAMP_OFFSET)[0]
    if current_type == timestamp_type and current_max == max_timestamp:
        return
    if timestamp_type == TimestampType.LOG_APPEND_TIME:
        attributes |= TIMESTAMP_TYPE_MASK
    else:
        attributes &= ~TIMESTAMP_TYPE_MASK
    _INT16.pack_into(batch, ATTRIBUTES_OFFSET, attributes)
    _INT64.pack_into(batch, MAX_TIMESTAMP_OFFSET, max_timestamp)
    view = batch if isinstance(batch, memoryview) else memoryview(batch)
    _UINT32.pack_into(batch, CRC_OFFSET, compute_crc(view[:size]))


def set_log_append_time(batch: bytearray | memoryview, now_ms: int) -> None:
    """LogAppendTime topics: ``max_timestamp = now_ms``, timestamp type LOG_APPEND_TIME, new CRC."""
    set_max_timestamp(batch, TimestampType.LOG_APPEND_TIME, now_ms)


def _require_writable(buf: bytearray | memoryview) -> None:
    if isinstance(buf, memoryview) and buf.readonly:
        raise TypeError("cannot stamp a read-only buffer: pass a bytearray or a view of one")
