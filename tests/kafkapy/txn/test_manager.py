"""Routing transactional ids to coordinators, leadership, and the broker-wide requests
(InitProducerId without a transactional id, DescribeTransactions, ListTransactions)."""

from __future__ import annotations

from kafkapy.group.clock import ManualScheduler
from kafkapy.group.log import MemoryCoordinatorLog
from kafkapy.txn.config import TransactionConfig
from kafkapy.txn.manager import TransactionCoordinatorManager
from kafkapy.txn.metadata import TransactionVersion
from kafkapy.txn.producer_ids import SequentialProducerIds
from kafkapy.txn.results import InitProducerIdResult, fenced_error_for
from storage.topic_partition import TopicPartition
from wire.errors import ErrorCode

from .harness import TIMEOUT, Box, FakeMarkerWriter

TP = TopicPartition("t", 0)


def manager(partitions: int = 3, load: bool = True) -> tuple[TransactionCoordinatorManager,
                                                           ManualScheduler]:
    clock = ManualScheduler()
    m = TransactionCoordinatorManager(
        TransactionConfig(transaction_state_log_num_partitions=partitions), clock,
        SequentialProducerIds(), FakeMarkerWriter([]))
    for p in range(partitions):
        if load:
            m.on_became_leader(p, MemoryCoordinatorLog(), leader_epoch=0)
        else:
            m.install(p, MemoryCoordinatorLog(), leader_epoch=0)
    return m, clock


def init(m: TransactionCoordinatorManager, txn: str | None, timeout: int = TIMEOUT,
         pid: int = -1, epoch: int = -1) -> InitProducerIdResult:
    box = Box()
    m.init_producer_id(txn, timeout, pid, epoch, box)
    result: InitProducerIdResult = box.value
    return result


def test_partition_for_is_kafkas() -> None:
    m, _ = manager(50, load=False)
    # Utils.abs("hello".hashCode()) % 50 = 99162322 % 50
    assert m.partition_for("hello") == 22
    assert m.partition_for("") == 0


def test_idempotent_producers_get_fresh_ids_at_epoch_zero() -> None:
    m, _ = manager()
    first, second = init(m, None), init(m, None)
    assert (first.error, first.producer_epoch) == (ErrorCode.NONE, 0)
    assert second.producer_id == first.producer_id + 1
    assert init(m, None, pid=5).error == ErrorCode.INVALID_REQUEST  # epoch missing
    assert init(m, None, epoch=5).error == ErrorCode.INVALID_REQUEST
    assert isinstance(m.producer_ids, SequentialProducerIds)
    m.producer_ids.unavailable = True
    assert init(m, None).error == ErrorCode.COORDINATOR_LOAD_IN_PROGRESS


def test_routing_and_errors() -> None:
    m, _ = manager()
    r = init(m, "txn")
    assert r.error == ErrorCode.NONE
    partition = m.partition_for("txn")
    assert "txn" in m.coordinators[partition].state.transactions
    assert init(m, "").error == ErrorCode.INVALID_REQUEST
    assert init(m, "txn", timeout=-1).error == ErrorCode.INVALID_TRANSACTION_TIMEOUT
    m.on_resigned(partition)
    assert init(m, "txn").error == ErrorCode.NOT_COORDINATOR
    assert m.coordinator_for("txn") == (None, ErrorCode.NOT_COORDINATOR)
    m.install(partition, MemoryCoordinatorLog(), leader_epoch=1)
    assert init(m, "txn").error == ErrorCode.COORDINATOR_LOAD_IN_PROGRESS


def test_same_or_older_leader_epoch_keeps_the_coordinator() -> None:
    m, _ = manager(1)
    coordinator = m.coordinators[0]
    assert m.install(0, MemoryCoordinatorLog(), leader_epoch=0) is None
    assert m.coordinators[0] is coordinator
    newer = m.install(0, MemoryCoordinatorLog(), leader_epoch=2)
    assert newer is not None and newer.coordinator_epoch == 2
    assert not coordinator.state.active  # the old one was unloaded


def test_describe_transactions() -> None:
    m, _ = manager()
    init(m, "a")
    out = m.describe_transactions(["a", "missing", ""])
    assert [d.error for d in out] == [ErrorCode.NONE, ErrorCode.TRANSACTIONAL_ID_NOT_FOUND,
                                      ErrorCode.INVALID_REQUEST]
    assert out[0].state == "Empty" and out[0].producer_epoch == 0
    m.shutdown()
    assert m.describe_transactions(["a"])[0].error == ErrorCode.COORDINATOR_NOT_AVAILABLE


def _ongoing(m: TransactionCoordinatorManager, txn: str) -> int:
    r = init(m, txn)
    coordinator, _ = m.coordinator_for(txn)
    assert coordinator is not None
    box = Box()
    coordinator.add_partitions_to_txn(txn, r.producer_id, 0, [TP], TransactionVersion.TV_0,
                                      box)
    assert box.value == ErrorCode.NONE
    return r.producer_id


def test_list_transactions_filters() -> None:
    m, clock = manager()
    pid_a = _ongoing(m, "app-a")
    clock.advance(5_000)
    _ongoing(m, "app-b")
    init(m, "other")

    def names(states: list[str], pids: list[int], duration: int = -1,
              pattern: str | None = None) -> list[str]:
        result = m.list_transactions(states, pids, duration, pattern)
        assert result.error == ErrorCode.NONE, result
        return sorted(t.transactional_id for t in result.transactions)

    assert names([], []) == ["app-a", "app-b", "other"]
    assert names(["Ongoing"], []) == ["app-a", "app-b"]
    assert names([], [pid_a]) == ["app-a"]
    # KIP-994: only transactions running longer than the duration
    assert names(["Ongoing"], [], duration=1_000) == ["app-a"]
    # KIP-1152: the whole id must match
    assert names([], [], pattern="app-.") == ["app-a", "app-b"]
    assert names([], [], pattern="app") == []
    unknown = m.list_transactions(["Bogus", "Empty"], [])
    assert unknown.unknown_state_filters == ["Bogus"]
    assert [t.transactional_id for t in unknown.transactions] == ["other"]
    only_unknown = m.list_transactions(["Bogus"], [])
    assert (only_unknown.error, only_unknown.transactions) == (ErrorCode.NONE, [])
    bad = m.list_transactions([], [], transactional_id_pattern="(")
    assert bad.error == ErrorCode.INVALID_REGULAR_EXPRESSION


def test_list_while_loading_and_after_shutdown() -> None:
    m, _ = manager(load=False)
    assert m.list_transactions([], []).error == ErrorCode.COORDINATOR_LOAD_IN_PROGRESS
    for c in m.coordinators.values():
        c.load()
    assert m.list_transactions([], []).error == ErrorCode.NONE
    m.shutdown()
    assert m.list_transactions([], []).error == ErrorCode.COORDINATOR_NOT_AVAILABLE


def test_fenced_error_for_old_clients() -> None:
    assert fenced_error_for(ErrorCode.PRODUCER_FENCED, 3, 4) == ErrorCode.INVALID_PRODUCER_EPOCH
    assert fenced_error_for(ErrorCode.PRODUCER_FENCED, 4, 4) == ErrorCode.PRODUCER_FENCED
    assert fenced_error_for(ErrorCode.NONE, 0, 4) == ErrorCode.NONE
