"""The transactional ids of ONE `__transaction_state` partition and their writes (Kafka's
`TransactionStateManager`, reduced to one partition: a broker holds one per partition it
leads, so a coordinator epoch change is a new instance).

Writes follow Kafka's `appendTransactionToLog`: the pending transition is appended as one
record (key = transactional id, value = the new state); when the append is acknowledged the
cached metadata completes the transition, on an error the pending state is dropped (unless
the caller will retry the same write) and the mapped error is passed on. Answers for a
coordinator that was unloaded meanwhile are NOT_COORDINATOR and change nothing.

Loading replays the partition (last value per id wins, tombstones remove); transactions found
in PrepareCommit/PrepareAbort are handed back by `finish_load` so their markers are written
again and they complete (Kafka's `loadTransactionsForTxnTopicPartition`).

Owned by the event-loop thread; no locks.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from kafkapy.group.clock import Scheduler
from kafkapy.group.log import CoordinatorLog, Record
from kafkapy.txn import records as rec
from kafkapy.txn.config import TransactionConfig
from kafkapy.txn.metadata import (
    TransactionMetadata,
    TransactionResult,
    TransactionVersion,
    TxnTransitMetadata,
)
from kafkapy.txn.results import TransactionListing
from kafkapy.txn.state import TransactionState
from wire.errors import ErrorCode
from wire.primitives import DecodeError

log = logging.getLogger("kafkapy.txn")

_S = TransactionState

# Kafka's TransactionStateManager: log append errors -> what a transactional client is told.
_APPEND_ERRORS = {
    ErrorCode.UNKNOWN_TOPIC_OR_PARTITION: ErrorCode.COORDINATOR_NOT_AVAILABLE,
    ErrorCode.NOT_ENOUGH_REPLICAS: ErrorCode.COORDINATOR_NOT_AVAILABLE,
    ErrorCode.NOT_ENOUGH_REPLICAS_AFTER_APPEND: ErrorCode.COORDINATOR_NOT_AVAILABLE,
    ErrorCode.REQUEST_TIMED_OUT: ErrorCode.COORDINATOR_NOT_AVAILABLE,
    ErrorCode.NOT_LEADER_OR_FOLLOWER: ErrorCode.NOT_COORDINATOR,
    ErrorCode.KAFKA_STORAGE_ERROR: ErrorCode.NOT_COORDINATOR,
    ErrorCode.MESSAGE_TOO_LARGE: ErrorCode.UNKNOWN_SERVER_ERROR,
    ErrorCode.RECORD_LIST_TOO_LARGE: ErrorCode.UNKNOWN_SERVER_ERROR,
}
# Bytes a tombstone record adds to a batch besides its key (length, attributes, deltas,
# key/value lengths, headers: DefaultRecord's worst case) and the batch header.
_RECORD_OVERHEAD = 21
_BATCH_OVERHEAD = 61


def txn_append_error(error: ErrorCode) -> ErrorCode:
    return _APPEND_ERRORS.get(error, error)


@dataclass(frozen=True, slots=True)
class PendingCompletion:
    """A transaction found half-completed at load: its markers must be written again."""

    transactional_id: str
    result: TransactionResult
    metadata: TransactionMetadata
    transit: TxnTransitMetadata


@dataclass(frozen=True, slots=True)
class ListFilters:
    """ListTransactions' filters, already parsed (empty = no filter)."""

    states: frozenset[TransactionState] = frozenset()
    producer_ids: frozenset[int] = frozenset()
    duration_ms: int = -1
    pattern: re.Pattern[str] | None = None


class TransactionStateManager:
    def __init__(self, partition: int, coordinator_epoch: int, config: TransactionConfig,
                 scheduler: Scheduler, coordinator_log: CoordinatorLog,
                 log_level: TransactionVersion) -> None:
        self.partition = partition
        self.coordinator_epoch = coordinator_epoch
        self.config = config
        self.scheduler = scheduler
        self.log = coordinator_log
        self.log_level = log_level  # the cluster's transaction.version: the value version
        self.transactions: dict[str, TransactionMetadata] = {}
        self.loaded = False  # replay finished: requests are served
        self.active = True  # False once unloaded: late completions change nothing

    def unavailable(self) -> ErrorCode | None:
        """Why requests cannot be served now: NOT_COORDINATOR once unloaded,
        COORDINATOR_LOAD_IN_PROGRESS while replaying; None when serving."""
        if not self.active:
            return ErrorCode.NOT_COORDINATOR
        if not self.loaded:
            return ErrorCode.COORDINATOR_LOAD_IN_PROGRESS
        return None

    def get(self, transactional_id: str) -> TransactionMetadata | None:
        return self.transactions.get(transactional_id) if self.active else None

    def put_if_absent(self, metadata: TransactionMetadata) -> TransactionMetadata:
        return self.transactions.setdefault(metadata.transactional_id, metadata)

    # ---------------------------------------------------------------- writes

    def append_transition(
        self,
        transactional_id: str,
        transit: TxnTransitMetadata,
        done: Callable[[ErrorCode], None],
        retry_on_error: Callable[[ErrorCode], bool] = lambda _: False,
    ) -> None:
        """Write `transit` (pending on the id's metadata); `done(error)` once acknowledged
        (the transition completed) or failed (the pending state dropped, unless
        `retry_on_error(error)`: the caller will write the same transition again)."""
        if not self.active:
            done(ErrorCode.NOT_COORDINATOR)
            return
        record = (rec.encode_key(transactional_id), rec.encode_transit(transit, self.log_level))

        def appended(raw: ErrorCode) -> None:
            error = txn_append_error(raw)
            metadata = self.get(transactional_id)
            if error == ErrorCode.NONE:
                if metadata is None:
                    error = ErrorCode.NOT_COORDINATOR  # unloaded (or expired) meanwhile
                else:
                    metadata.complete_transition_to(transit)
            elif metadata is not None and not retry_on_error(error):
                metadata.pending_state = None
            if error != ErrorCode.NONE:
                log.info("writing %s of %r to __transaction_state-%d failed: %s",
                         transit.state.state_name, transactional_id, self.partition, error.name)
            done(error)

        self.log.append([record], appended)

    def remove_expired_transactional_ids(self) -> int:
        """transactional.id.expiration.ms: ids idle that long with no open transaction are
        removed with tombstones (batches of at most `message.max.bytes`); an id leaves the
        cache only if its tombstone was written and nothing touched it meanwhile.
        Returns how many tombstones were appended (their acknowledgement may follow)."""
        if not self.loaded or not self.active:
            return 0
        now = self.scheduler.now_ms()
        cutoff = now - self.config.transactional_id_expiration_ms
        batch: list[tuple[TransactionMetadata, TxnTransitMetadata, bytes]] = []
        size = _BATCH_OVERHEAD
        written = 0
        for metadata in list(self.transactions.values()):
            if (metadata.pending_state is not None or not metadata.state.expiration_allowed
                    or metadata.txn_last_update_timestamp > cutoff):
                continue
            key = rec.encode_key(metadata.transactional_id)
            if batch and size + len(key) + _RECORD_OVERHEAD > self.config.message_max_bytes:
                written += self._write_tombstones(batch)
                batch, size = [], _BATCH_OVERHEAD
            batch.append((metadata, metadata.prepare_dead(), key))
            size += len(key) + _RECORD_OVERHEAD
        if batch:
            written += self._write_tombstones(batch)
        return written

    def _write_tombstones(
        self, batch: list[tuple[TransactionMetadata, TxnTransitMetadata, bytes]]
    ) -> int:
        records: list[Record] = [(key, None) for _, _, key in batch]

        def appended(raw: ErrorCode) -> None:
            error = txn_append_error(raw)
            for metadata, transit, _ in batch:
                current = self.get(metadata.transactional_id)
                if (error == ErrorCode.NONE and current is metadata
                        and metadata.pending_state is _S.DEAD
                        and metadata.producer_epoch == transit.producer_epoch):
                    del self.transactions[metadata.transactional_id]
                else:
                    if error != ErrorCode.NONE:
                        log.warning("expiring %r failed: %s", metadata.transactional_id,
                                    error.name)
                    metadata.pending_state = None
            log.info("expired %d transactional ids of __transaction_state-%d",
                     len(batch) if error == ErrorCode.NONE else 0, self.partition)

        self.log.append(records, appended)
        return len(records)

    # ---------------------------------------------------------------- load / unload

    def replay_records(self, records: Iterable[Record]) -> None:
        """Apply records read from the partition, in offset order (a load may feed them in
        slices); records that are not transaction records or do not decode are skipped."""
        for key_bytes, value_bytes in records:
            try:
                transactional_id = rec.decode_key(key_bytes)
                if transactional_id is None:
                    log.warning("skipping a record of unknown key version in "
                                "__transaction_state-%d", self.partition)
                    continue
                if value_bytes is None:
                    self.transactions.pop(transactional_id, None)
                    continue
                metadata = rec.metadata_from_value(transactional_id,
                                                   rec.decode_value(value_bytes))
            except DecodeError as exc:
                log.warning("skipping a bad __transaction_state-%d record: %s",
                            self.partition, exc)
                continue
            if metadata.state in (_S.DEAD, _S.PREPARE_EPOCH_FENCE):
                # Kafka never writes these states; a record claiming one is not trusted.
                log.warning("skipping %r: a %s state is never written", transactional_id,
                            metadata.state.state_name)
                continue
            self.transactions[transactional_id] = metadata

    def finish_load(self) -> list[PendingCompletion]:
        """Every record applied: serve, and return the transactions whose markers must be
        written again (PrepareCommit / PrepareAbort), their completion already pending."""
        self.loaded = True
        pending: list[PendingCompletion] = []
        now = self.scheduler.now_ms()
        for txn_id, metadata in self.transactions.items():
            if metadata.state is _S.PREPARE_COMMIT:
                result = TransactionResult.COMMIT
            elif metadata.state is _S.PREPARE_ABORT:
                result = TransactionResult.ABORT
            else:
                continue
            pending.append(PendingCompletion(txn_id, result, metadata,
                                             metadata.prepare_complete(now)))
        log.info("loaded %d transactional ids from __transaction_state-%d (coordinator epoch "
                 "%d), %d to complete", len(self.transactions), self.partition,
                 self.coordinator_epoch, len(pending))
        return pending

    def unload(self) -> None:
        self.active = False
        self.loaded = False
        self.transactions.clear()

    # ---------------------------------------------------------------- queries

    def timed_out_transactions(self) -> list[tuple[str, int, int]]:
        """(transactional id, producer id, epoch) of Ongoing transactions older than their
        timeout with nothing pending (Kafka's timedOutTransactions)."""
        now = self.scheduler.now_ms()
        return [
            (txn_id, m.producer_id, m.producer_epoch)
            for txn_id, m in self.transactions.items()
            if m.pending_state is None and m.state is _S.ONGOING
            and m.txn_start_timestamp + m.txn_timeout_ms < now
        ]

    def list_transactions(self, filters: ListFilters) -> list[TransactionListing]:
        """Kafka's listTransactionStates for this partition (Dead ids are being removed and
        are never listed; the duration filter keeps transactions running longer than it)."""
        now = self.scheduler.now_ms()
        out = []
        for txn_id, m in self.transactions.items():
            if m.state is _S.DEAD:
                continue
            if filters.producer_ids and m.producer_id not in filters.producer_ids:
                continue
            if filters.states and m.state not in filters.states:
                continue
            if filters.duration_ms >= 0 and now - m.txn_start_timestamp <= filters.duration_ms:
                continue
            if filters.pattern is not None and not filters.pattern.fullmatch(txn_id):
                continue
            out.append(TransactionListing(txn_id, m.producer_id, m.state.state_name))
        return out
