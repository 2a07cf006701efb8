"""The broker's transaction coordinators: one `TransactionCoordinator` per
`__transaction_state` partition this broker leads, and the routing from transactional id
to coordinator (Kafka's `TransactionCoordinator` + `TransactionStateManager` partition map).

A transactional id belongs to partition `Utils.abs(String.hashCode(id)) %
transaction.state.log.num.partitions` (the group partitioner's function; the count is fixed
once the topic exists). `on_became_leader(partition, log, leader_epoch)` installs a
coordinator whose coordinator epoch is the leader epoch (it replays the partition);
`on_resigned(partition)` unloads it. Requests for an id whose partition is not led here get
NOT_COORDINATOR; while it loads, COORDINATOR_LOAD_IN_PROGRESS.

The handlers call the manager: it validates what Kafka's KafkaApis validates before the
coordinator (the InitProducerId producer id/epoch pair), hands out producer ids to
idempotent producers, and merges ListTransactions over every partition.

Owned by the event-loop thread; no locks.
"""

from __future__ import annotations

import logging
import re

from kafkapy.group.clock import Scheduler
from kafkapy.group.log import CoordinatorLog
from kafkapy.group.partitioner import partition_for
from kafkapy.txn.config import TransactionConfig
from kafkapy.txn.coordinator import TransactionCoordinator
from kafkapy.txn.markers import MarkerWriter
from kafkapy.txn.metadata import NO_PRODUCER_EPOCH, NO_PRODUCER_ID, TransactionVersion
from kafkapy.txn.producer_ids import ProducerIdGenerator, ProducerIdsUnavailable
from kafkapy.txn.results import (
    InitProducerIdCallback,
    InitProducerIdResult,
    ListTransactionsResult,
    TransactionDescription,
)
from kafkapy.txn.state import TransactionState
from kafkapy.txn.state_manager import ListFilters
from wire.errors import ErrorCode

log = logging.getLogger("kafkapy.txn")


class TransactionCoordinatorManager:
    def __init__(self, config: TransactionConfig, scheduler: Scheduler,
                 producer_ids: ProducerIdGenerator, marker_writer: MarkerWriter,
                 transaction_version: TransactionVersion = TransactionVersion.TV_2) -> None:
        self.config = config
        self.scheduler = scheduler
        self.producer_ids = producer_ids
        self.marker_writer = marker_writer
        self.transaction_version = transaction_version
        self.coordinators: dict[int, TransactionCoordinator] = {}
        # Fixed by the topic once it exists (a later config change must not move ids).
        self.num_partitions = config.transaction_state_log_num_partitions
        self.active = True

    def partition_for(self, transactional_id: str) -> int:
        return partition_for(transactional_id, self.num_partitions)

    # ---------------------------------------------------------------- leadership

    def install(self, partition: int, coordinator_log: CoordinatorLog,
                leader_epoch: int) -> TransactionCoordinator | None:
        """A new, not yet loaded coordinator for `partition` at coordinator epoch
        `leader_epoch` (the previous one unloaded first); None when that epoch is already
        served (an ISR change is not a leadership change) or is older than it."""
        current = self.coordinators.get(partition)
        if current is not None and current.coordinator_epoch >= leader_epoch:
            return None
        self.on_resigned(partition)
        coordinator = TransactionCoordinator(
            partition, leader_epoch, self.config, self.scheduler, coordinator_log,
            self.producer_ids, self.marker_writer, self.transaction_version)
        self.coordinators[partition] = coordinator
        log.info("loading __transaction_state-%d (coordinator epoch %d)", partition, leader_epoch)
        return coordinator

    def on_became_leader(self, partition: int, coordinator_log: CoordinatorLog,
                         leader_epoch: int) -> None:
        """Load the partition's transactional ids (replay, at once) and serve them."""
        coordinator = self.install(partition, coordinator_log, leader_epoch)
        if coordinator is not None:
            coordinator.load()

    def on_resigned(self, partition: int) -> None:
        coordinator = self.coordinators.pop(partition, None)
        if coordinator is not None:
            coordinator.unload()
            log.info("unloaded __transaction_state-%d", partition)

    def shutdown(self) -> None:
        self.active = False
        for partition in list(self.coordinators):
            self.on_resigned(partition)

    def coordinator_for(self, transactional_id: str
                        ) -> tuple[TransactionCoordinator | None, ErrorCode]:
        """The coordinator of the id's partition, or NOT_COORDINATOR (not led here) /
        COORDINATOR_LOAD_IN_PROGRESS (still replaying)."""
        coordinator = self.coordinators.get(self.partition_for(transactional_id))
        if coordinator is None:
            return None, ErrorCode.NOT_COORDINATOR
        if not coordinator.loaded:
            return None, ErrorCode.COORDINATOR_LOAD_IN_PROGRESS
        return coordinator, ErrorCode.NONE

    # ---------------------------------------------------------------- requests

    def init_producer_id(self, transactional_id: str | None, transaction_timeout_ms: int,
                         producer_id: int, producer_epoch: int,
                         respond: InitProducerIdCallback) -> None:
        """InitProducerId as KafkaApis and the coordinator answer it: no transactional id: a
        new producer id at epoch 0 (idempotent producer); the producer id/epoch pair (v3+)
        must be both -1 or both set (INVALID_REQUEST); then the id's coordinator."""
        if (producer_id == NO_PRODUCER_ID) != (producer_epoch == NO_PRODUCER_EPOCH):
            respond(InitProducerIdResult(ErrorCode.INVALID_REQUEST))
            return
        expected = None if producer_id == NO_PRODUCER_ID else (producer_id, producer_epoch)
        if transactional_id is None:
            try:
                respond(InitProducerIdResult(ErrorCode.NONE,
                                             self.producer_ids.generate_producer_id(), 0))
            except ProducerIdsUnavailable:
                respond(InitProducerIdResult(ErrorCode.COORDINATOR_LOAD_IN_PROGRESS))
            return
        if not transactional_id:
            respond(InitProducerIdResult(ErrorCode.INVALID_REQUEST))
            return
        if not 0 < transaction_timeout_ms <= self.config.transaction_max_timeout_ms:
            respond(InitProducerIdResult(ErrorCode.INVALID_TRANSACTION_TIMEOUT))
            return
        coordinator, error = self.coordinator_for(transactional_id)
        if coordinator is None:
            respond(InitProducerIdResult(error))
            return
        coordinator.init_producer_id(transactional_id, transaction_timeout_ms, expected, respond)

    def describe_transactions(self, transactional_ids: list[str]
                              ) -> list[TransactionDescription]:
        """DescribeTransactions: one entry per id, in request order."""
        out = []
        for txn_id in transactional_ids:
            if not self.active:
                out.append(TransactionDescription(txn_id, ErrorCode.COORDINATOR_NOT_AVAILABLE))
                continue
            if not txn_id:
                out.append(TransactionDescription(txn_id, ErrorCode.INVALID_REQUEST))
                continue
            coordinator, error = self.coordinator_for(txn_id)
            out.append(coordinator.describe_transaction(txn_id) if coordinator is not None
                       else TransactionDescription(txn_id, error))
        return out

    def list_transactions(self, state_filters: list[str], producer_id_filters: list[int],
                          duration_filter_ms: int = -1,
                          transactional_id_pattern: str | None = None
                          ) -> ListTransactionsResult:
        """ListTransactions over every partition led here (KIP-664; v1 duration filter,
        KIP-994; v2 transactional id pattern, KIP-1152, a Java regex matched in full).
        COORDINATOR_LOAD_IN_PROGRESS while any partition loads; unknown state names are
        reported back and match nothing."""
        if not self.active:
            return ListTransactionsResult(ErrorCode.COORDINATOR_NOT_AVAILABLE)
        if any(not c.loaded for c in self.coordinators.values()):
            return ListTransactionsResult(ErrorCode.COORDINATOR_LOAD_IN_PROGRESS)
        states, unknown = set(), []
        for name in state_filters:
            state = TransactionState.from_name(name)
            if state is None:
                unknown.append(name)
            else:
                states.add(state)
        if state_filters and not states:  # only unknown states: nothing can match
            return ListTransactionsResult(ErrorCode.NONE, unknown)
        pattern = None
        if transactional_id_pattern:
            try:
                pattern = re.compile(transactional_id_pattern)
            except re.error:
                return ListTransactionsResult(ErrorCode.INVALID_REGULAR_EXPRESSION, unknown)
        filters = ListFilters(frozenset(states), frozenset(producer_id_filters),
                              duration_filter_ms, pattern)
        listed = [t for p in sorted(self.coordinators)
                  for t in self.coordinators[p].state.list_transactions(filters)]
        return ListTransactionsResult(ErrorCode.NONE, unknown, listed)
