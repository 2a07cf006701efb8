"""The one boundary where storage and record exceptions become Kafka error codes."""

from __future__ import annotations

from storage import errors as se
from wire.records import errors as re_

NONE = 0
UNKNOWN_SERVER_ERROR = -1
OFFSET_OUT_OF_RANGE = 1
CORRUPT_MESSAGE = 2
UNKNOWN_TOPIC_OR_PARTITION = 3
MESSAGE_TOO_LARGE = 10
INVALID_TOPIC_EXCEPTION = 17
RECORD_LIST_TOO_LARGE = 18
NOT_ENOUGH_REPLICAS = 19
INVALID_REQUIRED_ACKS = 21
INVALID_TIMESTAMP = 32
UNSUPPORTED_VERSION = 35
INVALID_REQUEST = 42
UNSUPPORTED_FOR_MESSAGE_FORMAT = 43
OUT_OF_ORDER_SEQUENCE_NUMBER = 45
INVALID_PRODUCER_EPOCH = 47
TRANSACTIONAL_ID_AUTHORIZATION_FAILED = 53
KAFKA_STORAGE_ERROR = 56
UNKNOWN_PRODUCER_ID = 59
FENCED_LEADER_EPOCH = 74
UNKNOWN_LEADER_EPOCH = 76
INVALID_RECORD = 87
UNKNOWN_TOPIC_ID = 100

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
