"""The one boundary where storage and record exceptions become Kafka error codes."""

from __future__ import annotations

from storage import errors as se
from wire.errors import ErrorCode
from wire.records import errors as re_

_MAP: list[tuple[type[BaseException], ErrorCode]] = [
    (se.OffsetOutOfRangeError, ErrorCode.OFFSET_OUT_OF_RANGE),
    (se.RecordTooLargeError, ErrorCode.MESSAGE_TOO_LARGE),
    (se.RecordBatchTooLargeError, ErrorCode.RECORD_LIST_TOO_LARGE),
    (se.OutOfOrderSequenceError, ErrorCode.OUT_OF_ORDER_SEQUENCE_NUMBER),
    (se.InvalidProducerEpochError, ErrorCode.INVALID_PRODUCER_EPOCH),
    (se.KafkaStorageError, ErrorCode.KAFKA_STORAGE_ERROR),
    (re_.CorruptRecordError, ErrorCode.CORRUPT_MESSAGE),
    (re_.InvalidRecordError, ErrorCode.INVALID_RECORD),
]


def error_code_for(exc: BaseException) -> ErrorCode | None:
    """Kafka's code for a storage/record exception; None for a bug (let it propagate)."""
    for cls, code in _MAP:
        if isinstance(exc, cls):
            return code
    name = type(exc).__name__
    if name == "UnknownProducerIdError":
        return ErrorCode.UNKNOWN_PRODUCER_ID
    if name == "InvalidTimestampError":
        return ErrorCode.INVALID_TIMESTAMP
    return None
