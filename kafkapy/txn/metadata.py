"""One transactional id's state (Kafka's `TransactionMetadata` and `TxnTransitMetadata`).

A transition is two steps, as in Kafka: a `prepare_*` method computes the new state as a
`TxnTransitMetadata` and marks it pending (`pending_state`), the coordinator appends it to
`__transaction_state`, and only when the append is acknowledged `complete_transition_to`
applies it. While a transition is pending every other request for the id is answered
CONCURRENT_TRANSACTIONS, so at most one write per id is in flight.

Epochs (KIP-360, KIP-890): `producer_epoch` is the epoch the producer uses;
`last_producer_epoch` the one before the latest bump (lets a retried InitProducerId or
EndTxn be recognised); an epoch reaching 32766 (Short.MAX_VALUE - 1) is exhausted: the next
InitProducerId rotates to a new producer id (`previous_producer_id` remembers the old one),
and with transaction version 2 the EndTxn that exhausts it writes `next_producer_id`, which
the completed transaction switches to (epoch 0).

Owned by the coordinator's event-loop thread; no locks.
"""

from __future__ import annotations

import enum
import logging
from dataclasses import dataclass, replace
from typing import NoReturn

from kafkapy.txn.state import IllegalStateTransition, TransactionState, check_transition
from storage.topic_partition import TopicPartition
from wire.errors import ErrorCode

log = logging.getLogger("kafkapy.txn")

NO_PRODUCER_ID = -1
NO_PRODUCER_EPOCH = -1
MAX_PRODUCER_EPOCH = 32767  # Short.MAX_VALUE

_S = TransactionState


class TransactionVersion(enum.IntEnum):
    """The `transaction.version` feature (KIP-890). The cluster's finalized level picks the
    `__transaction_state` value version; the client's level, derived from its request
    versions, picks the EndTxn rules."""

    TV_0 = 0
    TV_1 = 1  # flexible __transaction_state values
    TV_2 = 2  # an epoch bump on every EndTxn

    @property
    def supports_epoch_bump(self) -> bool:
        return self >= TransactionVersion.TV_2

    @property
    def log_value_version(self) -> int:
        return 1 if self >= TransactionVersion.TV_1 else 0

    @classmethod
    def for_end_txn(cls, request_version: int) -> TransactionVersion:
        """EndTxn v5+ comes from transaction-version-2 clients (Kafka's
        `TransactionVersion.transactionVersionForEndTxn`)."""
        return cls.TV_2 if request_version > 4 else cls.TV_0

    @classmethod
    def for_add_partitions_to_txn(cls, request_version: int) -> TransactionVersion:
        """AddPartitionsToTxn v4+ comes from brokers adding partitions for a Produce or a
        TxnOffsetCommit of a transaction-version-2 client
        (`transactionVersionForAddPartitionsToTxn`)."""
        return cls.TV_2 if request_version > 3 else cls.TV_0

    @classmethod
    def from_level(cls, level: int) -> TransactionVersion:
        """A level read from a record; levels above the newest known are the newest."""
        return cls(min(max(level, 0), cls.TV_2))


class TransactionResult(enum.IntEnum):
    """The marker type: the WriteTxnMarkers boolean and the control record type id."""

    ABORT = 0
    COMMIT = 1


def is_epoch_exhausted(producer_epoch: int) -> bool:
    """Kafka keeps Short.MAX_VALUE in reserve so that a fence can always bump once more."""
    return producer_epoch >= MAX_PRODUCER_EPOCH - 1


@dataclass(frozen=True, slots=True)
class TxnTransitMetadata:
    """The state a pending transition writes (the `__transaction_state` value's content)."""

    producer_id: int
    previous_producer_id: int
    next_producer_id: int
    producer_epoch: int
    last_producer_epoch: int
    txn_timeout_ms: int
    state: TransactionState
    partitions: frozenset[TopicPartition]
    txn_start_timestamp: int
    txn_last_update_timestamp: int
    client_transaction_version: TransactionVersion


class TransactionMetadata:
    """The cached state of one transactional id."""

    def __init__(
        self,
        transactional_id: str,
        producer_id: int,
        previous_producer_id: int = NO_PRODUCER_ID,
        next_producer_id: int = NO_PRODUCER_ID,
        producer_epoch: int = NO_PRODUCER_EPOCH,
        last_producer_epoch: int = NO_PRODUCER_EPOCH,
        txn_timeout_ms: int = 60_000,
        state: TransactionState = _S.EMPTY,
        partitions: set[TopicPartition] | frozenset[TopicPartition] = frozenset(),
        txn_start_timestamp: int = -1,
        txn_last_update_timestamp: int = -1,
        client_transaction_version: TransactionVersion = TransactionVersion.TV_0,
    ) -> None:
        self.transactional_id = transactional_id
        self.producer_id = producer_id
        self.previous_producer_id = previous_producer_id
        self.next_producer_id = next_producer_id
        self.producer_epoch = producer_epoch
        self.last_producer_epoch = last_producer_epoch
        self.txn_timeout_ms = txn_timeout_ms
        self.state = state
        self.partitions: set[TopicPartition] = set(partitions)
        self.txn_start_timestamp = txn_start_timestamp
        self.txn_last_update_timestamp = txn_last_update_timestamp
        self.client_transaction_version = client_transaction_version
        self.pending_state: TransactionState | None = None
        # A fence whose write failed already bumped the epoch in memory: do not bump twice.
        self.has_failed_epoch_fence = False

    def __repr__(self) -> str:
        return (f"TransactionMetadata({self.transactional_id!r}, pid={self.producer_id}, "
                f"epoch={self.producer_epoch}, state={self.state.state_name}, "
                f"pending={self.pending_state and self.pending_state.state_name}, "
                f"partitions={sorted(self.partitions)})")

    @property
    def pending_transition_in_progress(self) -> bool:
        return self.pending_state is not None

    @property
    def is_producer_epoch_exhausted(self) -> bool:
        return is_epoch_exhausted(self.producer_epoch)

    def remove_partition(self, tp: TopicPartition) -> None:
        """A marker was written to `tp`: it no longer waits for one."""
        if self.state not in (_S.PREPARE_COMMIT, _S.PREPARE_ABORT):
            raise IllegalStateTransition(
                f"{self!r}: removing a partition whose marker was written in state "
                f"{self.state.state_name}")
        self.partitions.discard(tp)

    # ---------------------------------------------------------------- prepare

    def _current(self, state: TransactionState) -> TxnTransitMetadata:
        """The transit that changes nothing but the state (callers `replace` fields);
        `previous_producer_id` is always the producer id before the transition."""
        return TxnTransitMetadata(
            self.producer_id, self.producer_id, self.next_producer_id, self.producer_epoch,
            self.last_producer_epoch, self.txn_timeout_ms, state, frozenset(self.partitions),
            self.txn_start_timestamp, self.txn_last_update_timestamp,
            self.client_transaction_version,
        )

    def _prepare(self, transit: TxnTransitMetadata) -> TxnTransitMetadata:
        """Kafka's prepareTransitionTo: check `transit` and mark its state pending."""
        if self.pending_state is not None:
            raise IllegalStateTransition(
                f"{self!r}: preparing {transit.state.state_name} while "
                f"{self.pending_state.state_name} is pending")
        if transit.producer_id < 0:
            raise IllegalStateTransition(f"{self!r}: illegal producer id {transit.producer_id}")
        if transit.state is not _S.DEAD and transit.producer_epoch < 0:
            raise IllegalStateTransition(
                f"{self!r}: illegal producer epoch {transit.producer_epoch}")
        check_transition(self.transactional_id, self.state, transit.state)
        self.pending_state = transit.state
        return transit

    def prepare_fence_producer_epoch(self) -> TxnTransitMetadata:
        """Ongoing -> PrepareEpochFence: bump the epoch to fence the current producer before
        aborting its transaction (never bumped twice after a failed fence, never past max)."""
        if self.producer_epoch == MAX_PRODUCER_EPOCH:
            log.error("fencing %r with an epoch at Short.MAX_VALUE: a bug", self)
        bump = not self.has_failed_epoch_fence and self.producer_epoch < MAX_PRODUCER_EPOCH
        epoch = self.producer_epoch + 1 if bump else self.producer_epoch
        return self._prepare(replace(self._current(_S.PREPARE_EPOCH_FENCE), producer_epoch=epoch))

    def prepare_increment_producer_epoch(
        self, txn_timeout_ms: int, expected_epoch: int | None, now_ms: int
    ) -> TxnTransitMetadata | ErrorCode:
        """InitProducerId: -> Empty with the next epoch. With an expected epoch (KIP-360): the
        current one bumps; the previous one is a retry of a bump that succeeded (same
        epoch again); anything else is PRODUCER_FENCED."""
        if self.is_producer_epoch_exhausted:
            raise IllegalStateTransition(f"{self!r}: producer epochs exhausted")
        bumped = self.producer_epoch + 1
        if expected_epoch is None:
            epoch, last = bumped, NO_PRODUCER_EPOCH
        elif self.producer_epoch == NO_PRODUCER_EPOCH or expected_epoch == self.producer_epoch:
            epoch, last = bumped, self.producer_epoch
        elif expected_epoch == self.last_producer_epoch:
            epoch, last = self.producer_epoch, self.last_producer_epoch
        else:
            log.info("%r: expected epoch %d is neither the current nor the previous one",
                     self, expected_epoch)
            return ErrorCode.PRODUCER_FENCED
        return self._prepare(replace(
            self._current(_S.EMPTY), producer_epoch=epoch, last_producer_epoch=last,
            txn_timeout_ms=txn_timeout_ms, partitions=frozenset(), txn_start_timestamp=-1,
            txn_last_update_timestamp=now_ms,
        ))

    def prepare_producer_id_rotation(self, new_producer_id: int, txn_timeout_ms: int,
                                     now_ms: int, record_last_epoch: bool) -> TxnTransitMetadata:
        """InitProducerId with the epoch exhausted: -> Empty under a new producer id, epoch 0."""
        if self.state in (_S.ONGOING, _S.PREPARE_COMMIT, _S.PREPARE_ABORT):
            raise IllegalStateTransition(f"{self!r}: rotating the producer id mid-transaction")
        return self._prepare(replace(
            self._current(_S.EMPTY), producer_id=new_producer_id, producer_epoch=0,
            last_producer_epoch=self.producer_epoch if record_last_epoch else NO_PRODUCER_EPOCH,
            txn_timeout_ms=txn_timeout_ms, partitions=frozenset(), txn_start_timestamp=-1,
            txn_last_update_timestamp=now_ms,
        ))

    def prepare_add_partitions(self, added: set[TopicPartition] | frozenset[TopicPartition],
                               now_ms: int,
                               client_version: TransactionVersion) -> TxnTransitMetadata:
        """-> Ongoing with `added` included; a new transaction starts its clock now."""
        start = (now_ms if self.state in (_S.EMPTY, _S.COMPLETE_ABORT, _S.COMPLETE_COMMIT)
                 else self.txn_start_timestamp)
        return self._prepare(replace(
            self._current(_S.ONGOING), partitions=frozenset(self.partitions | set(added)),
            txn_start_timestamp=start, txn_last_update_timestamp=now_ms,
            client_transaction_version=client_version,
        ))

    def prepare_abort_or_commit(self, new_state: TransactionState,
                                client_version: TransactionVersion, next_producer_id: int,
                                now_ms: int, no_partition_added: bool) -> TxnTransitMetadata:
        """EndTxn: -> PrepareCommit / PrepareAbort. Transaction version 2 bumps the epoch
        (KIP-890 part 2), except an abort at Short.MAX_VALUE, which must still go through."""
        epoch, last = self.producer_epoch, self.last_producer_epoch
        if client_version.supports_epoch_bump:
            if self.producer_epoch == MAX_PRODUCER_EPOCH and new_state is _S.PREPARE_ABORT:
                log.error("aborting %r with an epoch at Short.MAX_VALUE: a bug", self)
            else:
                epoch = self.producer_epoch + 1
            last = self.producer_epoch
        # TV2 may abort with no partition added: the start time is then the abort's.
        start = now_ms if no_partition_added else self.txn_start_timestamp
        return self._prepare(replace(
            self._current(new_state), producer_epoch=epoch, last_producer_epoch=last,
            txn_start_timestamp=start, next_producer_id=next_producer_id,
            txn_last_update_timestamp=now_ms, client_transaction_version=client_version,
        ))

    def prepare_complete(self, now_ms: int) -> TxnTransitMetadata:
        """Every marker written: PrepareCommit/PrepareAbort -> CompleteCommit/CompleteAbort.
        An epoch overflow (TV2) switches to `next_producer_id` at epoch 0; the last epoch
        stays the one the client saw last (Short.MAX_VALUE - 1)."""
        self.has_failed_epoch_fence = False
        target = _S.COMPLETE_COMMIT if self.state is _S.PREPARE_COMMIT else _S.COMPLETE_ABORT
        pid, epoch = self.producer_id, self.producer_epoch
        if (self.client_transaction_version.supports_epoch_bump
                and self.next_producer_id != NO_PRODUCER_ID):
            pid, epoch = self.next_producer_id, 0
        return self._prepare(replace(
            self._current(target), producer_id=pid, producer_epoch=epoch,
            next_producer_id=NO_PRODUCER_ID, partitions=frozenset(),
            txn_last_update_timestamp=now_ms,
        ))

    def prepare_dead(self) -> TxnTransitMetadata:
        """transactional.id.expiration.ms: the id is about to be removed (a tombstone)."""
        return self._prepare(replace(self._current(_S.DEAD), partitions=frozenset()))

    # ---------------------------------------------------------------- complete

    def complete_transition_to(self, transit: TxnTransitMetadata) -> None:
        """The pending transition was written: apply it, after Kafka's consistency checks
        (a failure is a coordinator bug: IllegalStateTransition)."""
        target = self.pending_state
        if target is None or target is not transit.state:
            self._fail(transit, "it is not the pending state")
        if target is _S.EMPTY:
            epoch_ok = (self.producer_epoch == transit.producer_epoch
                        or self._valid_epoch_bump(transit))
            if not epoch_ok or transit.partitions or transit.txn_start_timestamp != -1:
                self._fail(transit, "bad InitProducerId transition")
        elif target is _S.ONGOING:
            if (not self._valid_producer_epoch(transit)
                    or not transit.partitions >= self.partitions
                    or self.txn_timeout_ms != transit.txn_timeout_ms):
                self._fail(transit, "bad AddPartitions transition")
        elif target in (_S.PREPARE_COMMIT, _S.PREPARE_ABORT):
            empty_abort = (target is _S.PREPARE_ABORT
                           and transit.client_transaction_version.supports_epoch_bump
                           and self.state in (_S.EMPTY, _S.COMPLETE_COMMIT, _S.COMPLETE_ABORT))
            if (not self._valid_producer_epoch(transit)
                    or self.partitions != set(transit.partitions)
                    or self.txn_timeout_ms != transit.txn_timeout_ms
                    or not (self.txn_start_timestamp == transit.txn_start_timestamp
                            or empty_abort)):
                self._fail(transit, "bad EndTxn transition")
        elif target in (_S.COMPLETE_COMMIT, _S.COMPLETE_ABORT):
            if (not self._valid_producer_epoch(transit)
                    or self.txn_timeout_ms != transit.txn_timeout_ms
                    or transit.txn_start_timestamp == -1):
                self._fail(transit, "bad marker completion")
        else:  # PrepareEpochFence and Dead are never written as such
            self._fail(transit, "this state is never completed")
        self.producer_id = transit.producer_id
        self.previous_producer_id = transit.previous_producer_id
        self.next_producer_id = transit.next_producer_id
        self.producer_epoch = transit.producer_epoch
        self.last_producer_epoch = transit.last_producer_epoch
        self.txn_timeout_ms = transit.txn_timeout_ms
        self.partitions = set(transit.partitions)
        self.txn_start_timestamp = transit.txn_start_timestamp
        self.txn_last_update_timestamp = transit.txn_last_update_timestamp
        self.client_transaction_version = transit.client_transaction_version
        self.pending_state = None
        self.state = target

    def _valid_producer_epoch(self, transit: TxnTransitMetadata) -> bool:
        """Kafka's validProducerEpoch: with TV2 a Prepare* bumped the epoch (its last epoch
        is our epoch) and an overflowing Complete* moved to epoch 0 of a new producer id."""
        tv2 = transit.client_transaction_version.supports_epoch_bump
        if (tv2 and transit.state in (_S.COMPLETE_COMMIT, _S.COMPLETE_ABORT)
                and transit.producer_epoch == 0):
            return (transit.last_producer_epoch == self.last_producer_epoch
                    and transit.previous_producer_id == self.producer_id)
        if tv2 and transit.state in (_S.PREPARE_COMMIT, _S.PREPARE_ABORT):
            return (transit.last_producer_epoch == self.producer_epoch
                    and transit.producer_id == self.producer_id)
        return (transit.producer_epoch == self.producer_epoch
                and transit.producer_id == self.producer_id)

    def _valid_epoch_bump(self, transit: TxnTransitMetadata) -> bool:
        return (transit.producer_epoch == self.producer_epoch + 1
                or (transit.producer_epoch == 0 and transit.producer_id != self.producer_id))

    def _fail(self, transit: TxnTransitMetadata, why: str) -> NoReturn:
        log.critical("%r: cannot complete the transition to %r: %s", self, transit, why)
        raise IllegalStateTransition(f"{self!r}: failed transition to {transit!r} ({why})")
