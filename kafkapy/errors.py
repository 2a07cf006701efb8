"""The one boundary where storage and record exceptions become Kafka error codes."""

from __future__ import annotations

from storage import errors as se
from wire.errors import ErrorCode
from wire.records import errors as re_

# Kafka's codes, by name, from the one table in wire.errors (never retyped here).
NONE = int(ErrorCode.NONE)
UNKNOWN_SERVER_ERROR = int(ErrorCode.UNKNOWN_SERVER_ERROR)
OFFSET_OUT_OF_RANGE = int(ErrorCode.OFFSET_OUT_OF_RANGE)
CORRUPT_MESSAGE = int(ErrorCode.CORRUPT_MESSAGE)
UNKNOWN_TOPIC_OR_PARTITION = int(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION)
MESSAGE_TOO_LARGE = int(ErrorCode.MESSAGE_TOO_LARGE)
INVALID_TOPIC_EXCEPTION = int(ErrorCode.INVALID_TOPIC_EXCEPTION)
RECORD_LIST_TOO_LARGE = int(ErrorCode.RECORD_LIST_TOO_LARGE)
NOT_ENOUGH_REPLICAS = int(ErrorCode.NOT_ENOUGH_REPLICAS)
INVALID_REQUIRED_ACKS = int(ErrorCode.INVALID_REQUIRED_ACKS)
INVALID_TIMESTAMP = int(ErrorCode.INVALID_TIMESTAMP)
UNSUPPORTED_VERSION = int(ErrorCode.UNSUPPORTED_VERSION)
INVALID_REQUEST = int(ErrorCode.INVALID_REQUEST)
UNSUPPORTED_FOR_MESSAGE_FORMAT = int(ErrorCode.UNSUPPORTED_FOR_MESSAGE_FORMAT)
OUT_OF_ORDER_SEQUENCE_NUMBER = int(ErrorCode.OUT_OF_ORDER_SEQUENCE_NUMBER)
INVALID_PRODUCER_EPOCH = int(ErrorCode.INVALID_PRODUCER_EPOCH)
TRANSACTIONAL_ID_AUTHORIZATION_FAILED = int(ErrorCode.TRANSACTIONAL_ID_AUTHORIZATION_FAILED)
KAFKA_STORAGE_ERROR = int(ErrorCode.KAFKA_STORAGE_ERROR)
UNKNOWN_PRODUCER_ID = int(ErrorCode.UNKNOWN_PRODUCER_ID)
FENCED_LEADER_EPOCH = int(ErrorCode.FENCED_LEADER_EPOCH)
UNKNOWN_LEADER_EPOCH = int(ErrorCode.UNKNOWN_LEADER_EPOCH)
INVALID_RECORD = int(ErrorCode.INVALID_RECORD)
UNKNOWN_TOPIC_ID = int(ErrorCode.UNKNOWN_TOPIC_ID)

_MAP: list[tuple[type[BaseException], int]] = [
    (se.OffsetOutOfRangeError, OFFSET_OUT_OF_RANGE),
    (se.RecordTooLargeError, MESSAGE_TOO_LARGE),
    (se.RecordBatchTooLargeError, RECORD_LIST_TOO_LARGE),
    (se.OutOfOrderSequenceError, OUT_OF_ORDER_SEQUENCE_NUMBER),
    (se.InvalidProducerEpochError, INVALID_PRODUCER_EPOCH),
    (se.KafkaStorageError, KAFKA_STORAGE_ERROR),
    (re_.CorruptRecordError, CORRUPT_MESSAGE),
    (re_.InvalidRecordError, INVALID_RECORD),
]


def error_code_for(exc: BaseException) -> int | None:
    """Kafka's code for a storage/record exception; None for a bug (let it propagate)."""
    for cls, code in _MAP:
        if isinstance(exc, cls):
            return code
    name = type(exc).__name__
    if name == "UnknownProducerIdError":
        return UNKNOWN_PRODUCER_ID
    if name == "InvalidTimestampError":
        return INVALID_TIMESTAMP
    return None
