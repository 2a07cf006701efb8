"""What the transaction coordinator answers: plain values the handlers copy into responses."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from kafkapy.txn.metadata import NO_PRODUCER_EPOCH, NO_PRODUCER_ID
from wire.errors import ErrorCode


@dataclass(frozen=True, slots=True)
class InitProducerIdResult:
    error: ErrorCode
    producer_id: int = NO_PRODUCER_ID
    producer_epoch: int = NO_PRODUCER_EPOCH


@dataclass(frozen=True, slots=True)
class EndTxnResult:
    """EndTxn v5+ carries the producer id and epoch for the next transaction (KIP-890)."""

    error: ErrorCode
    producer_id: int = NO_PRODUCER_ID
    producer_epoch: int = NO_PRODUCER_EPOCH


@dataclass(frozen=True, slots=True)
class TransactionDescription:
    """One DescribeTransactions entry (`topics`: topic -> partitions still in the
    transaction; while it completes, those whose marker is not written yet)."""

    transactional_id: str
    error: ErrorCode
    state: str = ""
    producer_id: int = NO_PRODUCER_ID
    producer_epoch: int = NO_PRODUCER_EPOCH
    transaction_timeout_ms: int = 0
    transaction_start_time_ms: int = -1
    topics: dict[str, list[int]] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class TransactionListing:
    transactional_id: str
    producer_id: int
    state: str


@dataclass(frozen=True, slots=True)
class ListTransactionsResult:
    error: ErrorCode
    unknown_state_filters: list[str] = field(default_factory=list)
    transactions: list[TransactionListing] = field(default_factory=list)


InitProducerIdCallback = Callable[[InitProducerIdResult], None]
ErrorCallback = Callable[[ErrorCode], None]
EndTxnCallback = Callable[[EndTxnResult], None]


def fenced_error_for(error: ErrorCode, request_version: int, first_fenced_version: int) -> ErrorCode:
    """Clients older than PRODUCER_FENCED (InitProducerId v4, AddPartitionsToTxn v2,
    AddOffsetsToTxn v2, EndTxn v2) are told INVALID_PRODUCER_EPOCH instead, as Kafka's
    KafkaApis does."""
    if error == ErrorCode.PRODUCER_FENCED and request_version < first_fenced_version:
        return ErrorCode.INVALID_PRODUCER_EPOCH
    return error
