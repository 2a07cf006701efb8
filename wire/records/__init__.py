"""Record batch v2 (magic 2): the bytes inside every Produce/Fetch ``records`` field and on disk.

- ``batch``: the 61-byte header, CRC-32C, walking a buffer batch by batch, in-place stamping
  (the hot path: headers only, never individual records).
- ``errors``: ``CorruptRecordError`` (-> CORRUPT_MESSAGE) and ``InvalidRecordError``
  (-> INVALID_RECORD) and their subclasses.

See docs/records.md.
"""

from wire.records.batch import (
    LOG_OVERHEAD,
    MAGIC_V2,
    NO_PARTITION_LEADER_EPOCH,
    NO_PRODUCER_EPOCH,
    NO_PRODUCER_ID,
    NO_SEQUENCE,
    NO_TIMESTAMP,
    RECORD_BATCH_OVERHEAD,
    Compression,
    RecordBatchHeader,
    TimestampType,
    compute_crc,
    increment_sequence,
    iter_batches,
    read_offset_and_length,
    set_log_append_time,
    set_max_timestamp,
    stamp,
    stamp_base_offset,
    stamp_partition_leader_epoch,
    validate_offset_range,
    verify_crc,
)
from wire.records.errors import (
    CorruptRecordError,
    CrcMismatchError,
    DecompressionError,
    InvalidRecordError,
    RecordDecodeError,
    RecordError,
    TruncatedBatchError,
    UnsupportedMagicError,
)

__all__ = [
    "LOG_OVERHEAD",
    "MAGIC_V2",
    "NO_PARTITION_LEADER_EPOCH",
    "NO_PRODUCER_EPOCH",
    "NO_PRODUCER_ID",
    "NO_SEQUENCE",
    "NO_TIMESTAMP",
    "RECORD_BATCH_OVERHEAD",
    "Compression",
    "CorruptRecordError",
    "CrcMismatchError",
    "DecompressionError",
    "InvalidRecordError",
    "RecordBatchHeader",
    "RecordDecodeError",
    "RecordError",
    "TimestampType",
    "TruncatedBatchError",
    "UnsupportedMagicError",
    "compute_crc",
    "increment_sequence",
    "iter_batches",
    "read_offset_and_length",
    "set_log_append_time",
    "set_max_timestamp",
    "stamp",
    "stamp_base_offset",
    "stamp_partition_leader_epoch",
    "validate_offset_range",
    "verify_crc",
]
