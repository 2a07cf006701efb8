"""Record batch v2 (magic 2): the bytes inside every Produce/Fetch ``records`` field and on disk.

- ``batch``: the 61-byte header, CRC-32C, walking a buffer batch by batch, in-place stamping
  (the hot path: headers only, never individual records).
- ``record``: decoding individual records (tools, tests, internal topics).
- ``builder``: building batches; ``control``: transaction markers.
- ``compression``: gzip, snappy (xerial and raw), lz4 (frame), zstd; bounded decompression.
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
from wire.records.builder import RecordBatchBuilder, build_batch
from wire.records.compression import DEFAULT_MAX_DECOMPRESSED_SIZE, compress, decompress
from wire.records.control import (
    ControlRecordType,
    EndTransactionMarker,
    build_end_transaction_marker,
    control_key,
    parse_control_key,
    parse_end_transaction_marker,
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
from wire.records.record import Header, Record, iter_records, read_records

__all__ = [
    "DEFAULT_MAX_DECOMPRESSED_SIZE",
    "LOG_OVERHEAD",
    "MAGIC_V2",
    "NO_PARTITION_LEADER_EPOCH",
    "NO_PRODUCER_EPOCH",
    "NO_PRODUCER_ID",
    "NO_SEQUENCE",
    "NO_TIMESTAMP",
    "RECORD_BATCH_OVERHEAD",
    "Compression",
    "ControlRecordType",
    "CorruptRecordError",
    "CrcMismatchError",
    "DecompressionError",
    "EndTransactionMarker",
    "Header",
    "InvalidRecordError",
    "Record",
    "RecordBatchBuilder",
    "RecordBatchHeader",
    "RecordDecodeError",
    "RecordError",
    "TimestampType",
    "TruncatedBatchError",
    "UnsupportedMagicError",
    "build_batch",
    "build_end_transaction_marker",
    "compress",
    "compute_crc",
    "control_key",
    "decompress",
    "increment_sequence",
    "iter_batches",
    "iter_records",
    "parse_control_key",
    "parse_end_transaction_marker",
    "read_offset_and_length",
    "read_records",
    "set_log_append_time",
    "set_max_timestamp",
    "stamp",
    "stamp_base_offset",
    "stamp_partition_leader_epoch",
    "validate_offset_range",
    "verify_crc",
]
