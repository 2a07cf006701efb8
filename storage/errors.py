"""Typed storage errors; the broker maps each to a Kafka error code at one boundary.

``CorruptRecordError`` and ``InvalidRecordError`` are re-exported from ``wire.records`` so a
caller catches one class whichever layer found the damage.

| error                          | Kafka error code                        |
|--------------------------------|-----------------------------------------|
| ``CorruptRecordError``         | CORRUPT_MESSAGE (2)                     |
| ``InvalidRecordError``         | INVALID_RECORD (87)                     |
| ``OffsetOutOfRangeError``      | OFFSET_OUT_OF_RANGE (1)                 |
| ``RecordTooLargeError``        | MESSAGE_TOO_LARGE (10)                  |
| ``RecordBatchTooLargeError``   | RECORD_LIST_TOO_LARGE (18)              |
| ``OutOfOrderSequenceError``    | OUT_OF_ORDER_SEQUENCE_NUMBER (45)       |
| ``InvalidProducerEpochError``  | INVALID_PRODUCER_EPOCH (47)             |
| ``UnexpectedAppendOffsetError``| UNKNOWN_SERVER_ERROR (-1) (follower bug)|
| ``KafkaStorageError``          | KAFKA_STORAGE_ERROR (56)                |
"""

from __future__ import annotations

from wire.records.errors import CorruptRecordError, InvalidRecordError

__all__ = [
    "CorruptRecordError",
    "InvalidProducerEpochError",
    "InvalidRecordError",
    "KafkaStorageError",
    "OffsetOutOfRangeError",
    "OutOfOrderSequenceError",
    "RecordBatchTooLargeError",
    "RecordTooLargeError",
    "StorageError",
    "UnexpectedAppendOffsetError",
]


class StorageError(Exception):
    """Base of the errors defined here (the two re-exported record errors are ValueErrors)."""


class OffsetOutOfRangeError(StorageError):
    """A fetch offset below ``log_start_offset`` or above ``log_end_offset``."""

    def __init__(self, offset: int, log_start_offset: int, log_end_offset: int) -> None:
        super().__init__(
            f"offset {offset} is out of range [{log_start_offset}, {log_end_offset}]"
        )
        self.offset = offset
        self.log_start_offset = log_start_offset
        self.log_end_offset = log_end_offset


class RecordTooLargeError(StorageError):
    """One batch is larger than ``max.message.bytes``."""


class RecordBatchTooLargeError(StorageError):
    """The batches of one append are larger than ``segment.bytes`` (they must fit a segment)."""


class OutOfOrderSequenceError(StorageError):
    """An idempotent producer's sequence is not the next one expected."""


class InvalidProducerEpochError(StorageError):
    """An idempotent producer's epoch is older than the latest seen (the producer is fenced)."""


class UnexpectedAppendOffsetError(StorageError):
    """A follower append whose first offset is below the log end offset."""

    def __init__(self, message: str, first_offset: int, log_end_offset: int) -> None:
        super().__init__(message)
        self.first_offset = first_offset
        self.log_end_offset = log_end_offset


class KafkaStorageError(StorageError):
    """The disk failed (write, fsync, rename): the log is no longer usable as is."""
