"""Three in-process brokers replicating through ZooKeeper (real server, real TCP fetches).

Each broker is a normal `Broker` plus a `ClusterNode`, a `ZkMetadataStore` (in place of its
single-node store) and a `ReplicaManager` attached by the test (what `Broker.start` does when
`zookeeper.connect` is set), so the test can reach into every broker. The leader learns its followers' offsets from their Fetch requests.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

from kafkapy.broker import Broker
from kafkapy.cluster import zk_data as zd
from kafkapy.cluster.controller import ControllerSettings
from kafkapy.cluster.node import ClusterNode, ClusterSettings
from kafkapy.cluster.replica_manager import ReplicaManager
from kafkapy.metadata.zookeeper import ZkMetadataStore
from tests.kafkapy.cluster.conftest import run, wait_until
from tests.kafkapy.cluster.test_replica_fetcher import batch, segment_bytes
from tests.kafkapy.harness import broker_running


@dataclasses.dataclass
class Member:
    broker: Broker
    node: ClusterNode
    rm: ReplicaManager
    stack: contextlib.AsyncExitStack
    store: ZkMetadataStore

    async def stop(self) -> None:
        try:
            await self.rm.stop()
            await self.store.stop()
        finally:
            try:
                await self.node.stop()
            finally:
                await self.stack.aclose()


async def start_member(tmp: Path, connect: str, node_id: int, lag_ms: int) -> Member:
    stack = contextlib.AsyncExitStack()
    broker = await stack.enter_async_context(broker_running(
        tmp / f"b{node_id}", node_id=str(node_id), replica_lag_time_max_ms=str(lag_ms),
        replica_fetch_wait_max_ms="100", replica_fetch_backoff_ms="50"))
    settings = ClusterSettings(connect, 4000, 10000, 3, ControllerSettings(False, False, 300))
    node = ClusterNode(node_id, [zd.Endpoint("PLAINTEXT", "127.0.0.1",
                                             broker.advertised[0].port)], None, settings)
    await node.start()
    store = ZkMetadataStore(broker.config, node_id)
    store.add_listener(broker)
    broker.metadata = store
    rm = ReplicaManager(broker, node)
    store.join(node)  # the mirror first, then leadership
    rm.start()
    broker.replica_manager = rm
    return Member(broker, node, rm, stack, store)


@contextlib.asynccontextmanager
async def three(tmp: Path, connect: str, lag_ms: int = 30000) -> AsyncIterator[dict[int, Member]]:
    members: dict[int, Member] = {}
    try:
        for i in (1, 2, 3):
            members[i] = await start_member(tmp, connect, i, lag_ms)
        yield members
    finally:
        for m in members.values():
            with contextlib.suppress(Exception):
                await m.stop()


def led(m: Member) -> Any:
    return m.broker.partitions.get(("t", 0))


def test_replication_failover_and_identical_logs(tmp_path: Path, zk_connect: str) -> None:
    async def body() -> None:
        async with three(tmp_path, zk_connect) as m:
            await m[1].node.create_topic("t", 1, assignments={0: [1, 2, 3]},
                                         configs={"min.insync.replicas": "2"})
            await wait_until(lambda: led(m[1]) is not None, what="1 leads")
            part = led(m[1])
            assert part.info.isr == [1, 2, 3] and part.min_insync_replicas == 2
            for i in range(10):
                part.append(batch(f"a{i}"))
            logs = {i: m[i].broker.logs.manager.get_log(_tp()) for i in (1, 2, 3)}
            await wait_until(lambda: all(lg.log_end_offset == 30 for lg in logs.values())
                             and logs[1].high_watermark == 30, what="replicated, HW 30")
            await wait_until(lambda: all(lg.high_watermark == 30 for lg in logs.values()),
                             what="followers learn the HW")
            assert segment_bytes(logs[2]) == segment_bytes(logs[1]) == segment_bytes(logs[3])
            # Every broker's metadata shows the cluster's view.
            for i in (1, 2, 3):
                pinfo = m[i].broker.metadata.topics["t"].partitions[0]
                assert (pinfo.leader, pinfo.leader_epoch, pinfo.replicas) == (1, 0, [1, 2, 3])
                assert m[i].broker.metadata.topics["t"].configs["min.insync.replicas"] == "2"
            assert led(m[2]) is None and led(m[3]) is None
            # The leader dies: broker 2 (first in the ISR) leads with epoch 1.
            await m.pop(1).stop()
            await wait_until(lambda: led(m[2]) is not None, what="2 leads")
            new = led(m[2])
            assert new.leader_epoch == 1 and sorted(new.info.isr) == [2, 3]
            assert logs[2].log_end_offset == 30
            for i in range(5):
                new.append(batch(f"b{i}"))
            await wait_until(lambda: logs[3].log_end_offset == 45 and logs[2].high_watermark == 45,
                             what="3 follows 2")
            assert segment_bytes(logs[3]) == segment_bytes(logs[2])
            assert logs[3].latest_epoch == 1
            # Broker 1 comes back as a follower, truncates nothing, catches up, rejoins the ISR.
            m[1] = await start_member(tmp_path, zk_connect, 1, 30000)
            await wait_until(lambda: sorted(led(m[2]).info.isr) == [1, 2, 3], what="1 rejoins")
            logs[1] = m[1].broker.logs.manager.get_log(_tp())
            assert segment_bytes(logs[1]) == segment_bytes(logs[2])

    run(body(), timeout=90)


def test_stalled_follower_leaves_and_rejoins_the_isr(tmp_path: Path, zk_connect: str) -> None:
    async def body() -> None:
        async with three(tmp_path, zk_connect, lag_ms=1000) as m:
            await m[1].node.create_topic("t", 1, assignments={0: [1, 2, 3]})
            await wait_until(lambda: led(m[1]) is not None)
            part = led(m[1])
            part.append(batch("x"))
            # Both followers fetching (so broker 3's fetcher exists) before 3 stalls.
            await wait_until(lambda: part.log.high_watermark == 3, what="x replicated")
            # Broker 3 stops fetching (as if SIGSTOPped): out of the ISR after the lag.
            fetcher = m[3].rm.fetchers[1]
            await fetcher.stop()
            part.append(batch("y"))
            await wait_until(lambda: part.info.isr == [1, 2], what="3 shrunk out")
            assert m[1].rm.isr_shrinks >= 1
            await wait_until(lambda: part.log.high_watermark == 6, what="HW moves without 3")
            # It fetches again: caught up, back in the ISR.
            fetcher.start()
            await wait_until(lambda: sorted(part.info.isr) == [1, 2, 3], what="3 rejoins")
            assert m[1].rm.isr_expands >= 1
            state = m[2].node.cache.state("t", 0)  # type: ignore[union-attr]
            assert state is not None and sorted(state.isr) == [1, 2, 3] and state.leader_epoch == 0

    run(body(), timeout=90)


def test_isr_change_keeps_the_followers_fetch_state(tmp_path: Path, zk_connect: str) -> None:
    """A new state with the same leader and epoch (here an ISR shrink and the expansion
    that follows) must not restart following: no second truncation, no reset backoff."""
    async def body() -> None:
        async with three(tmp_path, zk_connect) as m:
            await m[1].node.create_topic("t", 1, assignments={0: [1, 2, 3]})
            await wait_until(lambda: led(m[1]) is not None, what="1 leads")
            await wait_until(lambda: 1 in m[2].rm.fetchers
                             and ("t", 0) in m[2].rm.fetchers[1].partitions, what="2 follows 1")
            followed = m[2].rm.fetchers[1].partitions[("t", 0)]
            state = m[1].node.cache.state("t", 0)  # type: ignore[union-attr]
            assert state is not None
            shrunk = await m[1].node.update_isr("t", 0, state, [1, 3])
            assert shrunk is not None
            # 2 sees the shrink, then (caught up) the leader adds it back: two more states.
            await wait_until(lambda: (m[2].node.cache.state("t", 0).zk_version  # type: ignore[union-attr]
                                      >= shrunk.zk_version + 1), what="2 sees both states")
            assert m[2].rm.fetchers[1].partitions[("t", 0)] is followed

    run(body(), timeout=90)


def _tp() -> Any:
    from storage.topic_partition import TopicPartition

    return TopicPartition("t", 0)


del asyncio
