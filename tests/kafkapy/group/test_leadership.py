"""The coordinator follows `__consumer_offsets` leadership in a cluster: a new leader epoch
reloads (in the background, COORDINATOR_LOAD_IN_PROGRESS meanwhile), the same epoch (an
ISR change) keeps what serves, resigning answers NOT_COORDINATOR; FindCoordinator routes
by the partition's live leader and refuses to create an under-replicated topic."""

from __future__ import annotations

import asyncio
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from kafkapy.group.clock import ManualScheduler
from kafkapy.group.config import GroupConfig
from kafkapy.group.coordinator import GroupCoordinator
from kafkapy.group.log import MemoryCoordinatorLog
from kafkapy.group.manager import GroupCoordinatorManager
from kafkapy.group.service import LOAD_SLICE_RECORDS, GroupCoordinatorService
from kafkapy.group.storage_log import PartitionCoordinatorLog
from kafkapy.handlers import k10_find_coordinator, k11_join_group, k16_list_groups
from kafkapy.partition import Partition
from storage.unified_log import UnifiedLog
from wire import messages as m
from wire.errors import ErrorCode

from .harness import Box

JOIN_ARGS = ("c", "/h", 10_000, 10_000, "consumer", [("range", b"")])


def _park_a_join(coord: GroupCoordinator, group: str = "grp") -> Box:
    """A JoinGroup of a v0 member, parked in the initial rebalance delay."""
    box = Box()
    coord.join_group(group, "", None, False, *JOIN_ARGS, box)
    assert not box.done
    return box


def test_an_isr_change_keeps_the_coordinator_a_new_epoch_reloads() -> None:
    clock = ManualScheduler()
    manager = GroupCoordinatorManager(
        GroupConfig(offsets_topic_num_partitions=1, group_initial_rebalance_delay_ms=1000), clock)
    log = MemoryCoordinatorLog()
    manager.on_became_leader(0, log, leader_epoch=3)
    coord, _ = manager.coordinator_for("grp")
    assert coord is not None
    commit = Box()
    coord.commit_offsets("grp", "", None, -1, {("t", 0): (5, -1, None)}, commit)
    assert commit.value == {("t", 0): ErrorCode.NONE}
    waiting = _park_a_join(coord)
    manager.on_became_leader(0, log, leader_epoch=3)  # the ISR shrank or grew
    assert manager.coordinator_for("grp") == (coord, ErrorCode.NONE)
    assert not waiting.done, "an ISR change must not unload the coordinator"
    manager.on_became_leader(0, log, leader_epoch=5)  # lost it and won it back
    assert waiting.value.error == ErrorCode.NOT_COORDINATOR
    coord2, error = manager.coordinator_for("grp")
    assert error == ErrorCode.NONE and coord2 is not None and coord2 is not coord
    assert coord2.fetch_offsets("grp", [("t", 0)])[("t", 0)].offset == 5
    manager.on_resigned(0)
    assert manager.coordinator_for("grp") == (None, ErrorCode.NOT_COORDINATOR)
    manager.on_resigned(0)  # twice is harmless


class FakePartition:
    """What the service and the adapter use of `kafkapy.partition.Partition`."""

    def __init__(self, log: UnifiedLog, leader_epoch: int = 0) -> None:
        self.log = log
        self.index = 0
        self.leader_epoch = leader_epoch
        self.topic = SimpleNamespace(partitions=[0])  # one __consumer_offsets partition

    def append(self, records: memoryview) -> Any:
        info = self.log.append_as_leader(records, 0)
        self.log.update_high_watermark(self.log.log_end_offset)
        return info


def _broker(live: int = 3, **config: str) -> Any:
    cache = SimpleNamespace(live_brokers=set(range(1, live + 1)))
    return SimpleNamespace(config=config, cluster_mode=True,
                           cluster_node=SimpleNamespace(cache=cache),
                           metadata=SimpleNamespace(get=lambda name: None))


@pytest.fixture
def offsets_log(tmp_path: Path) -> Any:
    """A partition holding more than two load slices of commits of group `grp`."""
    ulog = UnifiedLog.open(str(tmp_path / "__consumer_offsets-0"))
    clock = ManualScheduler()
    writer = GroupCoordinator(0, GroupConfig(), clock,
                              PartitionCoordinatorLog(FakePartition(ulog), clock.now_ms))
    writer.load()
    count = 2 * LOAD_SLICE_RECORDS + 500
    for i in range(count):
        box = Box()
        writer.commit_offsets("grp", "", None, -1, {("t", i % 7): (i, -1, None)}, box)
        assert box.value == {("t", i % 7): ErrorCode.NONE}
    yield ulog, count
    ulog.close()


def test_a_new_leader_loads_in_the_background(offsets_log: Any) -> None:
    ulog, count = offsets_log

    async def scenario() -> None:
        svc = GroupCoordinatorService(_broker())
        await svc.start()
        partition = FakePartition(ulog, leader_epoch=1)
        svc.on_became_leader(0, partition)
        assert svc.coordinator_for("grp") == (None, ErrorCode.COORDINATOR_LOAD_IN_PROGRESS)
        ctx = SimpleNamespace(broker=SimpleNamespace(group_coordinator=svc), api_version=7,
                              client_id="c", connection=None)
        P = m.JoinGroupRequest.JoinGroupRequestProtocol
        join = await k11_join_group.handle(ctx, m.JoinGroupRequest(
            group_id="grp", session_timeout_ms=10_000, rebalance_timeout_ms=10_000,
            member_id="", protocol_type="consumer", protocols=[P(name="range", metadata=b"")]))
        assert join.error_code == ErrorCode.COORDINATOR_LOAD_IN_PROGRESS
        listed = await k16_list_groups.handle(ctx, m.ListGroupsRequest())
        assert (listed.error_code, listed.groups) == (ErrorCode.COORDINATOR_LOAD_IN_PROGRESS, [])
        task = svc._loading[0]
        await asyncio.sleep(0)  # one slice replayed, the loop served in between
        assert svc.coordinator_for("grp") == (None, ErrorCode.COORDINATOR_LOAD_IN_PROGRESS)
        svc.on_became_leader(0, partition)  # same epoch: the load goes on
        assert svc._loading[0] is task
        await task
        coord, error = svc.coordinator_for("grp")
        assert error == ErrorCode.NONE and coord is not None
        assert coord.fetch_offsets("grp", [("t", 6)])[("t", 6)].offset == count - 1 - (
            (count - 1 - 6) % 7)
        assert svc._loading == {}
        listed = await k16_list_groups.handle(ctx, m.ListGroupsRequest())
        assert listed.error_code == 0 and [g.group_id for g in listed.groups] == ["grp"]
        await svc.stop()

    asyncio.run(scenario())


def test_resigning_while_loading_stops_the_load(offsets_log: Any) -> None:
    ulog, _ = offsets_log

    async def scenario() -> None:
        svc = GroupCoordinatorService(_broker())
        await svc.start()
        svc.on_became_leader(0, FakePartition(ulog, leader_epoch=1))
        task = svc._loading[0]
        await asyncio.sleep(0)
        svc.on_resigned(0)
        assert svc.coordinator_for("grp") == (None, ErrorCode.NOT_COORDINATOR)
        with pytest.raises(asyncio.CancelledError):
            await task
        assert svc._loading == {} and svc.manager.coordinators == {}
        # Leader again in a later epoch: loaded from the start.
        svc.on_became_leader(0, FakePartition(ulog, leader_epoch=2))
        await svc._loading[0]
        assert svc.coordinator_for("grp")[1] == ErrorCode.NONE
        await svc.stop()
        assert svc.coordinator_for("grp") == (None, ErrorCode.NOT_COORDINATOR)

    asyncio.run(scenario())


def test_a_failed_load_starts_over(offsets_log: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """A read error mid-load: LOAD_IN_PROGRESS meanwhile, then a fresh replay from the
    start (nothing of the failed attempt survives), still under the same leadership."""
    from kafkapy.group import service as service_module

    ulog, count = offsets_log
    monkeypatch.setattr(service_module, "LOAD_RETRY_BACKOFF_S", 0.01)
    failures = [2]  # the first two attempts fail after their first slice
    original = PartitionCoordinatorLog.replay

    def flaky_replay(self: PartitionCoordinatorLog) -> Any:
        for n, record in enumerate(original(self)):
            if failures[0] and n == LOAD_SLICE_RECORDS + 1:
                failures[0] -= 1
                raise OSError("segment gone")
            yield record

    monkeypatch.setattr(PartitionCoordinatorLog, "replay", flaky_replay)

    async def scenario() -> None:
        svc = GroupCoordinatorService(_broker())
        await svc.start()
        svc.on_became_leader(0, FakePartition(ulog, leader_epoch=1))
        task = svc._loading[0]
        for _ in range(3):
            await asyncio.sleep(0)
        assert svc.coordinator_for("grp") == (None, ErrorCode.COORDINATOR_LOAD_IN_PROGRESS)
        await task
        assert failures == [0]
        coord, error = svc.coordinator_for("grp")
        assert error == ErrorCode.NONE and coord is not None
        assert coord.fetch_offsets("grp", [("t", 0)])[("t", 0)].offset == count - 1 - (
            (count - 1) % 7)
        await svc.stop()

    asyncio.run(scenario())


def test_no_offsets_topic_with_fewer_live_brokers_than_its_replication_factor() -> None:
    created: list[str] = []
    broker = _broker(live=2, **{"offsets.topic.replication.factor": "3"})

    async def create_internal_topic(name: str, *_: object) -> None:
        created.append(name)

    broker.create_internal_topic = create_internal_topic
    svc = GroupCoordinatorService(broker)
    assert asyncio.run(svc.ensure_offsets_topic()) == ErrorCode.COORDINATOR_NOT_AVAILABLE
    assert created == []
    broker.cluster_node.cache.live_brokers = {1, 2, 3}
    assert asyncio.run(svc.ensure_offsets_topic()) == ErrorCode.NONE
    assert created == ["__consumer_offsets"]


# -- FindCoordinator in cluster mode ----------------------------------------------------------
class Registration:
    def __init__(self, node: int) -> None:
        self.node = node

    def endpoint(self, listener: str) -> Any:
        assert listener == "PLAINTEXT"
        return SimpleNamespace(host=f"10.0.0.{self.node}", port=9000 + self.node)


def _find(leader: int, live: set[int], loaded: bool = True) -> tuple[int, int, str, int]:
    manager = GroupCoordinatorManager(GroupConfig(offsets_topic_num_partitions=4),
                                      ManualScheduler())
    coord = manager.install(manager.partition_for("g"), MemoryCoordinatorLog(), 0)
    assert coord is not None
    if loaded:
        coord.load()
    async def ensure_offsets_topic() -> ErrorCode:
        return ErrorCode.NONE

    svc = SimpleNamespace(manager=manager, ensure_offsets_topic=ensure_offsets_topic,
                          coordinator_for=manager.coordinator_for)
    cache = SimpleNamespace(
        state=lambda topic, p: SimpleNamespace(leader=leader) if leader != -2 else None,
        live_brokers=live, brokers={b: Registration(b) for b in live})
    broker = SimpleNamespace(
        node_id=1, cluster_mode=True, cluster_node=SimpleNamespace(cache=cache),
        advertised=[SimpleNamespace(name="PLAINTEXT", host="10.0.0.1", port=9001)],
        group_coordinator=svc)
    ctx = SimpleNamespace(broker=broker, api_version=3, client_id="c", connection=None)
    resp = asyncio.run(k10_find_coordinator.handle(ctx, m.FindCoordinatorRequest(key="g")))
    return resp.error_code, resp.node_id, resp.host, resp.port


def test_find_coordinator_answers_the_live_leader() -> None:
    assert _find(2, {1, 2, 3}) == (0, 2, "10.0.0.2", 9002)
    # This broker leads and is still loading: the answer is this broker all the same
    # (its group requests answer COORDINATOR_LOAD_IN_PROGRESS meanwhile, as Kafka's).
    assert _find(1, {1, 2, 3}, loaded=False) == (0, 1, "10.0.0.1", 9001)
    not_available = int(ErrorCode.COORDINATOR_NOT_AVAILABLE)
    assert _find(-1, {1, 2, 3})[:2] == (not_available, -1)  # no leader (being elected)
    assert _find(3, {1, 2})[:2] == (not_available, -1)  # its registration is gone
    assert _find(-2, {1, 2, 3})[:2] == (not_available, -1)  # no state yet


# -- commits wait for the high watermark (ISR > 1) --------------------------------------------
class ReplicatedPartition(FakePartition):
    """A leader with two in-sync replicas: appends move the log end, not the HW."""

    def __init__(self, log: UnifiedLog) -> None:
        super().__init__(log)
        self.info = SimpleNamespace(leader=1, leader_epoch=0, isr=[1, 2])
        self.deleted = False
        self.waiters: list[asyncio.Future[None]] = []

    def append(self, records: memoryview) -> Any:
        return self.log.append_as_leader(records, 0)

    def add_waiter(self, fut: asyncio.Future[None]) -> None:
        self.waiters.append(fut)

    def remove_waiter(self, fut: asyncio.Future[None]) -> None:
        if fut in self.waiters:
            self.waiters.remove(fut)

    def wake(self) -> None:
        for fut in self.waiters:
            if not fut.done():
                fut.set_result(None)

    # The broker's own wait (over the waiters above), not a copy of it.
    wait_for_high_watermark = Partition.wait_for_high_watermark


def _replicated_commit(tmp_path: Path, move: Any, timeout_s: float = 5.0) -> tuple[Any, Any]:
    """Commit offset 9 of `grp` on a replicated partition, `move(partition)` while it
    waits; returns (the client's answer, what the coordinator then fetches)."""
    ulog = UnifiedLog.open(str(tmp_path / "__consumer_offsets-0"))
    partition = ReplicatedPartition(ulog)

    async def scenario() -> tuple[Any, Any]:
        clock = ManualScheduler()
        log = PartitionCoordinatorLog(partition, clock.now_ms, timeout_s)
        coord = GroupCoordinator(0, GroupConfig(), clock, log)
        coord.load()
        box = Box()
        coord.commit_offsets("grp", "", None, -1, {("t", 0): (9, -1, None)}, box)
        await asyncio.sleep(0)
        assert not box.done, "answered before the followers have it"
        move(partition)
        for _ in range(100):
            if box.done:
                break
            await asyncio.sleep(0.01)
        return box.value, coord.fetch_offsets("grp", [("t", 0)])[("t", 0)].offset

    try:
        return asyncio.run(scenario())
    finally:
        ulog.close()


def test_a_commit_is_answered_once_the_high_watermark_passes_it(tmp_path: Path) -> None:
    def replicated(p: ReplicatedPartition) -> None:
        p.log.update_high_watermark(p.log.log_end_offset)  # the follower fetched it
        p.wake()

    assert _replicated_commit(tmp_path, replicated) == ({("t", 0): ErrorCode.NONE}, 9)


def test_a_commit_waiting_when_the_leadership_moves_is_not_coordinator(tmp_path: Path) -> None:
    def moved(p: ReplicatedPartition) -> None:
        p.info.leader, p.info.leader_epoch = 2, 1
        p.wake()

    answer, offset = _replicated_commit(tmp_path, moved)
    assert answer == {("t", 0): ErrorCode.NOT_COORDINATOR} and offset == -1


def test_a_commit_never_replicated_times_out(tmp_path: Path) -> None:
    answer, offset = _replicated_commit(tmp_path, lambda p: None, timeout_s=0.05)
    assert answer == {("t", 0): ErrorCode.COORDINATOR_NOT_AVAILABLE} and offset == -1
