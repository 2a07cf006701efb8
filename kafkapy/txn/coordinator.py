"""The transaction coordinator for ONE `__transaction_state` partition (Kafka's
`TransactionCoordinator`, KIP-98, KIP-360, KIP-447, KIP-890).

A synchronous state machine: every call runs to completion on the broker's event loop,
answers go out through callbacks (after the `__transaction_state` write they depend on),
timers come from the injected `Scheduler`, producer ids from a `ProducerIdGenerator`,
markers go out through a `MarkerWriter`. A broker holds one instance per partition it leads
(`TransactionCoordinatorManager`), created with the partition's leader epoch as its
coordinator epoch: `load()` replays the partition and resumes half-completed transactions,
`unload()` forgets everything (late answers become NOT_COORDINATOR).

EndTxn lives in `EndTxnMixin` (end_txn.py); the cache and its writes in
`TransactionStateManager`; markers in `TransactionMarkerChannel`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from functools import partial

from kafkapy.group.clock import Scheduler, TimerHandle
from kafkapy.group.log import CoordinatorLog, Record
from kafkapy.group.partitioner import OFFSETS_TOPIC
from kafkapy.txn.config import TransactionConfig
from kafkapy.txn.end_txn import EndTxnMixin
from kafkapy.txn.markers import MarkerWriter, TransactionMarkerChannel
from kafkapy.txn.metadata import (
    NO_PRODUCER_EPOCH,
    TransactionMetadata,
    TransactionResult,
    TransactionVersion,
    TxnTransitMetadata,
    is_epoch_exhausted,
)
from kafkapy.txn.producer_ids import ProducerIdGenerator, ProducerIdsUnavailable
from kafkapy.txn.results import (
    EndTxnResult,
    ErrorCallback,
    InitProducerIdCallback,
    InitProducerIdResult,
    TransactionDescription,
)
from kafkapy.txn.state import TransactionState
from kafkapy.txn.state_manager import TransactionStateManager
from storage.topic_partition import TopicPartition
from wire.errors import ErrorCode

log = logging.getLogger("kafkapy.txn")

_S = TransactionState


class TransactionCoordinator(EndTxnMixin):
    def __init__(
        self,
        partition: int,
        coordinator_epoch: int,
        config: TransactionConfig,
        scheduler: Scheduler,
        coordinator_log: CoordinatorLog,
        producer_ids: ProducerIdGenerator,
        marker_writer: MarkerWriter,
        transaction_version: TransactionVersion = TransactionVersion.TV_2,
    ) -> None:
        """`transaction_version`: the cluster's finalized `transaction.version` (the value
        version written, and the rules of the coordinator's own aborts)."""
        self.partition = partition
        self.config = config
        self.scheduler = scheduler
        self.producer_ids = producer_ids
        self.transaction_version = transaction_version
        self.state = TransactionStateManager(partition, coordinator_epoch, config, scheduler,
                                             coordinator_log, transaction_version)
        self.markers = TransactionMarkerChannel(self.state, marker_writer, scheduler)
        self._timers: dict[Callable[[], object], TimerHandle] = {}

    @property
    def loaded(self) -> bool:
        return self.state.loaded

    @property
    def coordinator_epoch(self) -> int:
        return self.state.coordinator_epoch

    # ================================================================ InitProducerId

    def init_producer_id(self, transactional_id: str, transaction_timeout_ms: int,
                         expected: tuple[int, int] | None,
                         respond: InitProducerIdCallback) -> None:
        """InitProducerId with a transactional id (the manager answers those without one).
        `expected`: the (producer id, epoch) the producer holds (v3+, KIP-360), or None.
        Answers the new producer id and epoch once written; CONCURRENT_TRANSACTIONS while an
        ongoing transaction of the id is aborted first (the producer retries)."""
        def fail(error: ErrorCode) -> None:
            respond(InitProducerIdResult(error))

        if not transactional_id:
            return fail(ErrorCode.INVALID_REQUEST)
        if not 0 < transaction_timeout_ms <= self.config.transaction_max_timeout_ms:
            return fail(ErrorCode.INVALID_TRANSACTION_TIMEOUT)
        unavailable = self.state.unavailable()
        if unavailable is not None:
            return fail(unavailable)
        metadata = self.state.get(transactional_id)
        if metadata is None:
            try:
                producer_id = self.producer_ids.generate_producer_id()
            except ProducerIdsUnavailable:
                return fail(ErrorCode.COORDINATOR_LOAD_IN_PROGRESS)
            # Cached before the write, as Kafka does: a failed write leaves an Empty id with
            # no epoch, which the retry picks up.
            metadata = self.state.put_if_absent(TransactionMetadata(
                transactional_id, producer_id, txn_timeout_ms=transaction_timeout_ms,
                txn_last_update_timestamp=self.scheduler.now_ms()))
        transit = self._prepare_init(metadata, transaction_timeout_ms, expected)
        if isinstance(transit, ErrorCode):
            return fail(transit)
        if transit.state is _S.PREPARE_EPOCH_FENCE:
            def aborted(result: EndTxnResult) -> None:
                fail(result.error if result.error != ErrorCode.NONE
                     else ErrorCode.CONCURRENT_TRANSACTIONS)

            self._end_transaction(transactional_id, transit.producer_id, transit.producer_epoch,
                                  TransactionResult.ABORT, False, self.transaction_version,
                                  aborted)
            return

        def written(error: ErrorCode) -> None:
            if error != ErrorCode.NONE:
                return fail(error)
            log.info("initialized %r: producer id %d epoch %d", transactional_id,
                     transit.producer_id, transit.producer_epoch)
            respond(InitProducerIdResult(ErrorCode.NONE, transit.producer_id,
                                         transit.producer_epoch))

        self.state.append_transition(transactional_id, transit, written)

    def _prepare_init(self, m: TransactionMetadata, timeout_ms: int,
                      expected: tuple[int, int] | None) -> TxnTransitMetadata | ErrorCode:
        """Kafka's prepareInitProducerIdTransit."""
        if m.pending_transition_in_progress:
            return ErrorCode.CONCURRENT_TRANSACTIONS
        if expected is not None:
            # Accept a brand-new id (the producer recovers from UNKNOWN_PRODUCER_ID), the
            # current producer id, or the previous one at an exhausted epoch (a retried bump).
            pid, epoch = expected
            if not (m.producer_epoch == NO_PRODUCER_EPOCH or pid == m.producer_id
                    or (pid == m.previous_producer_id and is_epoch_exhausted(epoch))):
                return ErrorCode.PRODUCER_FENCED
        if m.state in (_S.PREPARE_ABORT, _S.PREPARE_COMMIT):
            return ErrorCode.CONCURRENT_TRANSACTIONS
        if m.state is _S.ONGOING:
            # Fence the current producer and abort its transaction first; this epoch is never
            # returned: the client retries and is bumped once more (or rotated).
            return m.prepare_fence_producer_epoch()
        now = self.scheduler.now_ms()
        if m.is_producer_epoch_exhausted:
            if expected is not None and expected[1] != m.producer_epoch:
                # Kafka fails here too (IllegalStateException -> UNKNOWN_SERVER_ERROR).
                log.error("%r: no epoch left to bump for expected epoch %d", m, expected[1])
                return ErrorCode.UNKNOWN_SERVER_ERROR
            try:
                new_pid = self.producer_ids.generate_producer_id()
            except ProducerIdsUnavailable:
                return ErrorCode.COORDINATOR_LOAD_IN_PROGRESS
            return m.prepare_producer_id_rotation(new_pid, timeout_ms, now, expected is not None)
        return m.prepare_increment_producer_epoch(
            timeout_ms, None if expected is None else expected[1], now)

    # ================================================================ AddPartitionsToTxn

    def add_partitions_to_txn(self, transactional_id: str, producer_id: int,
                              producer_epoch: int, partitions: Iterable[TopicPartition],
                              client_version: TransactionVersion, respond: ErrorCallback) -> None:
        """AddPartitionsToTxn (v0-3 from clients; v4+ `verify_only=false` from brokers for a
        transaction-version-2 Produce or TxnOffsetCommit: `client_version` =
        `TransactionVersion.for_add_partitions_to_txn(version)`). One error for the whole
        transaction; NONE once the partitions are in it (written)."""
        if not transactional_id:
            return respond(ErrorCode.INVALID_REQUEST)
        unavailable = self.state.unavailable()
        if unavailable is not None:
            return respond(unavailable)
        added = frozenset(partitions)
        m = self.state.get(transactional_id)
        if m is None:
            return respond(ErrorCode.INVALID_PRODUCER_ID_MAPPING)
        # Pending first: with TV2 the producer may already use the producer id of an
        # epoch overflow that is still being written.
        if m.pending_transition_in_progress:
            return respond(ErrorCode.CONCURRENT_TRANSACTIONS)
        if m.producer_id != producer_id:
            return respond(ErrorCode.INVALID_PRODUCER_ID_MAPPING)
        if m.producer_epoch != producer_epoch:
            return respond(ErrorCode.PRODUCER_FENCED)
        if m.state in (_S.PREPARE_COMMIT, _S.PREPARE_ABORT):
            return respond(ErrorCode.CONCURRENT_TRANSACTIONS)
        if m.state is _S.ONGOING and added <= m.partitions:
            return respond(ErrorCode.NONE)  # nothing new: no write
        transit = m.prepare_add_partitions(added, self.scheduler.now_ms(), client_version)
        self.state.append_transition(transactional_id, transit, respond)

    def verify_partitions_in_txn(self, transactional_id: str, producer_id: int,
                                 producer_epoch: int, partitions: Iterable[TopicPartition]
                                 ) -> dict[TopicPartition, ErrorCode]:
        """AddPartitionsToTxn v4+ with `verify_only` (KIP-890 part 1): a partition leader asks
        whether a transactional Produce may write. Per partition: NONE if it is in the
        transaction, TRANSACTION_ABORTABLE if not; one error for all when the producer does
        not own the id. Nothing is written."""
        tps = list(partitions)
        if not transactional_id:
            return dict.fromkeys(tps, ErrorCode.INVALID_REQUEST)
        unavailable = self.state.unavailable()
        if unavailable is not None:
            return dict.fromkeys(tps, unavailable)
        m = self.state.get(transactional_id)
        if m is None or m.producer_id != producer_id:
            return dict.fromkeys(tps, ErrorCode.INVALID_PRODUCER_ID_MAPPING)
        if m.producer_epoch != producer_epoch:
            return dict.fromkeys(tps, ErrorCode.PRODUCER_FENCED)
        if m.state in (_S.PREPARE_COMMIT, _S.PREPARE_ABORT):
            return dict.fromkeys(tps, ErrorCode.CONCURRENT_TRANSACTIONS)
        return {tp: ErrorCode.NONE if tp in m.partitions else ErrorCode.TRANSACTION_ABORTABLE
                for tp in tps}

    def add_offsets_to_txn(self, transactional_id: str, producer_id: int, producer_epoch: int,
                           offsets_partition: int, respond: ErrorCallback) -> None:
        """AddOffsetsToTxn (KIP-98/447): the group's `__consumer_offsets` partition
        (`offsets_partition`, from the group coordinator's partitioner) joins the
        transaction, so TxnOffsetCommit may write there and the markers reach it."""
        tp = TopicPartition(OFFSETS_TOPIC, offsets_partition)
        self.add_partitions_to_txn(transactional_id, producer_id, producer_epoch, [tp],
                                   TransactionVersion.TV_0, respond)

    # ================================================================ describe

    def describe_transaction(self, transactional_id: str) -> TransactionDescription:
        """DescribeTransactions for one id of this partition."""
        def error(code: ErrorCode) -> TransactionDescription:
            return TransactionDescription(transactional_id, code)

        if not transactional_id:
            return error(ErrorCode.INVALID_REQUEST)
        unavailable = self.state.unavailable()
        if unavailable is not None:
            return error(unavailable)
        m = self.state.get(transactional_id)
        if m is None or m.state is _S.DEAD:
            return error(ErrorCode.TRANSACTIONAL_ID_NOT_FOUND)
        topics: dict[str, list[int]] = {}
        for tp in sorted(m.partitions):
            topics.setdefault(tp.topic, []).append(tp.partition)
        return TransactionDescription(
            transactional_id, ErrorCode.NONE, m.state.state_name, m.producer_id,
            m.producer_epoch, m.txn_timeout_ms, m.txn_start_timestamp, topics)

    # ================================================================ timers

    def abort_timed_out_transactions(self) -> int:
        """Fence and abort every Ongoing transaction older than its timeout (Kafka's
        abortTimedOutTransactions): the silent producer's next request is PRODUCER_FENCED
        and read_committed consumers move past its records. Returns how many."""
        count = 0
        for txn_id, producer_id, _ in self.state.timed_out_transactions():
            m = self.state.get(txn_id)
            if m is None or m.producer_id != producer_id or m.pending_transition_in_progress:
                continue
            fence = m.prepare_fence_producer_epoch()
            log.info("aborting %r: its transaction timed out after %d ms", txn_id,
                     m.txn_timeout_ms)
            self._end_transaction(txn_id, fence.producer_id, fence.producer_epoch,
                                  TransactionResult.ABORT, False, self.transaction_version,
                                  partial(_log_timeout_abort, txn_id))
            count += 1
        return count

    def _every(self, interval_ms: int, task: Callable[[], object]) -> None:
        """Run `task` every `interval_ms` while this coordinator is loaded."""
        def run() -> None:
            if self.state.loaded:
                task()
                self._timers[task] = self.scheduler.call_later(interval_ms, run)

        self._timers[task] = self.scheduler.call_later(interval_ms, run)

    # ================================================================ load / unload

    def load(self, records: Iterable[Record] | None = None) -> None:
        """Replay the partition (the injected log's, or `records`) and start serving."""
        self.replay_records(self.state.log.replay() if records is None else records)
        self.finish_load()

    def replay_records(self, records: Iterable[Record]) -> None:
        """Apply records in offset order (a load may feed them in slices)."""
        self.state.replay_records(records)

    def finish_load(self) -> None:
        """Serve (until now requests got COORDINATOR_LOAD_IN_PROGRESS); write the markers of
        transactions found in PrepareCommit/PrepareAbort; start the periodic expirations."""
        for pending in self.state.finish_load():
            self.markers.add_txn_markers_to_send(pending.result, pending.metadata,
                                                 pending.transit)
        cfg = self.config
        self._every(cfg.transaction_abort_timed_out_transaction_cleanup_interval_ms,
                    self.abort_timed_out_transactions)
        self._every(cfg.transaction_remove_expired_transaction_cleanup_interval_ms,
                    self.state.remove_expired_transactional_ids)

    def unload(self) -> None:
        """Leadership moved: stop timers and markers, forget every transactional id (the new
        leader replays them). Answers still due become NOT_COORDINATOR."""
        for timer in self._timers.values():
            timer.cancel()
        self._timers.clear()
        self.markers.shutdown()
        self.state.unload()


def _log_timeout_abort(transactional_id: str, result: EndTxnResult) -> None:
    if result.error == ErrorCode.NONE:
        log.info("rolled back the timed-out transaction of %r", transactional_id)
    elif result.error in (ErrorCode.INVALID_PRODUCER_ID_MAPPING, ErrorCode.PRODUCER_FENCED,
                          ErrorCode.CONCURRENT_TRANSACTIONS):
        log.debug("rollback of %r cancelled: %s", transactional_id, result.error.name)
    else:
        log.warning("rollback of %r failed: %s", transactional_id, result.error.name)
