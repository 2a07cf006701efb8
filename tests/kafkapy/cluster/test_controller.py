"""Controller, registration and metadata cache against a real ZooKeeper server.

Three `ClusterNode`s run in one event loop, each with its own ZooKeeper session, so a
broker "dies" when its session closes (its ephemeral znodes vanish, as on kill -9 once
the session times out) and a session is expired the way ZooKeeper's own tests do it:
a second client attaches to the same session id and password and closes it.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import pytest
from kazoo.client import KazooClient

from kafkapy.cluster import zk_data as zd
from kafkapy.cluster.controller import ControllerMovedError, ControllerSettings
from kafkapy.cluster.node import ClusterError, ClusterNode, ClusterSettings
from tests.kafkapy.cluster.conftest import run, wait_until

SESSION_MS = 4000


def make_node(connect: str, broker_id: int, rack: str | None = None,
              unclean: bool = False, rebalance: bool = False) -> ClusterNode:
    settings = ClusterSettings(
        connect, SESSION_MS, 10000, default_replication_factor=3,
        controller=ControllerSettings(unclean, rebalance, 0.3),
    )
    return ClusterNode(broker_id, [zd.Endpoint("PLAINTEXT", "127.0.0.1", 9000 + broker_id)],
                       rack, settings)


@asynccontextmanager
async def cluster(connect: str, n: int = 3, **kw: bool) -> AsyncIterator[dict[int, ClusterNode]]:
    nodes = {i: make_node(connect, i, **kw) for i in range(1, n + 1)}  # type: ignore[arg-type]
    started: list[ClusterNode] = []
    try:
        for node in nodes.values():
            await node.start("test-cluster")
            started.append(node)
        await wait_until(lambda: all(len(x.cache.brokers) == n for x in started),  # type: ignore[union-attr]
                         what="every node sees every broker")
        await wait_until(lambda: sum(x.controller.active for x in started) == 1,  # type: ignore[union-attr]
                         what="one controller")
        yield nodes
    finally:
        for node in [*started, *nodes.values()]:
            await node.stop()


def controller_of(nodes: dict[int, ClusterNode]) -> ClusterNode:
    active = [n for n in nodes.values() if n.controller and n.controller.active]
    assert len(active) == 1, active
    return active[0]


async def expire_session(connect: str, node: ClusterNode) -> None:
    """ZooKeeper's test trick: attach to the session with its id and password, close it."""
    assert node.zk is not None
    session = node.zk.client.client_id
    servers = connect.split("/", 1)[0]

    def _expire() -> None:
        other = KazooClient(hosts=servers, client_id=session)
        other.start(timeout=10)
        other.stop()
        other.close()

    await asyncio.get_running_loop().run_in_executor(None, _expire)


def states(node: ClusterNode, topic: str) -> dict[int, zd.LeaderAndIsr]:
    assert node.cache is not None
    return {p: s for (t, p), s in node.cache.states.items() if t == topic}


def test_registration_controller_and_cluster_id(zk_connect: str) -> None:
    async def body() -> None:
        async with cluster(zk_connect) as nodes:
            ctl = controller_of(nodes)
            zk = nodes[1].zk
            assert zk is not None
            data, _ = await zk.get(zd.CONTROLLER_PATH)
            assert json.loads(data)["brokerid"] == ctl.broker_id
            epoch, _ = await zk.get(zd.CONTROLLER_EPOCH_PATH)
            assert int(epoch) == ctl.controller.epoch >= 1  # type: ignore[union-attr]
            reg, stat = await zk.get(zd.broker_path(2))
            assert json.loads(reg)["endpoints"] == ["PLAINTEXT://127.0.0.1:9002"]
            assert stat.ephemeralOwner == nodes[2].zk.session_id  # type: ignore[union-attr]
            assert {n.cluster_id for n in nodes.values()} == {"test-cluster"}
            assert all(n.cache.controller_id == ctl.broker_id  # type: ignore[union-attr]
                       for n in nodes.values())

    run(body())


def test_new_topic_gets_leaders_and_every_broker_sees_them(zk_connect: str) -> None:
    async def body() -> None:
        async with cluster(zk_connect) as nodes:
            a = await nodes[2].create_topic("t", 6, configs={"min.insync.replicas": "2"})
            for node in nodes.values():
                await wait_until(lambda n=node: len(states(n, "t")) == 6, what="states")
            for p, replicas in a.partitions.items():
                s = states(nodes[3], "t")[p]
                assert (s.leader, s.isr, s.leader_epoch) == (replicas[0], replicas, 0)
            assert nodes[1].cache.topic_configs["t"] == {"min.insync.replicas": "2"}  # type: ignore[union-attr]
            assert nodes[1].cache.topics["t"].topic_id == a.topic_id  # type: ignore[union-attr]
            with pytest.raises(ClusterError) as e:
                await nodes[1].create_topic("t", 1)
            assert e.value.error_code == 36
            grown = await nodes[1].add_partitions("t", 8)
            assert len(grown.partitions) == 8
            await wait_until(lambda: len(states(nodes[1], "t")) == 8, what="new partitions")

    run(body())


def test_broker_death_moves_leadership_within_the_isr(zk_connect: str) -> None:
    async def body() -> None:
        async with cluster(zk_connect) as nodes:
            await nodes[1].create_topic("t", 3, assignments={0: [1, 2, 3], 1: [2, 3, 1],
                                                             2: [3, 1, 2]})
            await wait_until(lambda: len(states(nodes[2], "t")) == 3)
            victim = next(n for n in nodes.values() if not n.controller.active)  # type: ignore[union-attr]
            await victim.stop()
            survivor = next(n for i, n in nodes.items() if n is not victim)
            await wait_until(lambda: all(victim.broker_id not in s.isr and s.leader != victim.broker_id
                                         for s in states(survivor, "t").values()),
                             what="victim out of every ISR")
            for p, s in states(survivor, "t").items():
                replicas = {0: [1, 2, 3], 1: [2, 3, 1], 2: [3, 1, 2]}[p]
                expected = [r for r in replicas if r != victim.broker_id]
                if replicas[0] == victim.broker_id:
                    assert (s.leader, s.leader_epoch) == (expected[0], 1)
                else:  # a follower left: same leader, same epoch
                    assert (s.leader, s.leader_epoch) == (replicas[0], 0)
                assert sorted(s.isr) == sorted(expected)

    run(body())


def test_no_clean_leader_leaves_partition_leaderless_until_isr_member_returns(
        zk_connect: str) -> None:
    async def body() -> None:
        async with cluster(zk_connect) as nodes:
            await nodes[1].create_topic("t", 1, assignments={0: [3, 2]})
            # Node 3 acts on the state below: wait for its own watch, not only node 1's.
            await wait_until(lambda: all(0 in states(nodes[n], "t") for n in (1, 3)))
            # The leader shrinks the ISR to itself (its follower fell behind) ...
            s = states(nodes[3], "t")[0]
            shrunk = await nodes[3].update_isr("t", 0, s, [3])
            assert shrunk is not None and shrunk.isr == [3]
            # ... a stale compare-and-set is refused ...
            assert await nodes[3].update_isr("t", 0, s, [3, 2]) is None
            # ... then dies: broker 2 is alive but out of sync, so no clean leader.
            assert controller_of(nodes).broker_id == 1  # the first to start wins
            await nodes[3].stop()
            await wait_until(lambda: states(nodes[1], "t")[0].leader == -1, what="leaderless")
            s = states(nodes[1], "t")[0]
            assert (s.isr, s.leader_epoch) == ([3], 1)
            # Broker 3 comes back (a new process, a new session): it leads again.
            nodes[3] = make_node(zk_connect, 3)
            await nodes[3].start()
            await wait_until(lambda: states(nodes[1], "t")[0].leader == 3, what="re-elected")
            assert states(nodes[1], "t")[0].leader_epoch == 2

    run(body())


def test_unclean_election_takes_an_out_of_sync_replica(zk_connect: str) -> None:
    async def body() -> None:
        async with cluster(zk_connect, unclean=True) as nodes:
            await nodes[1].create_topic("t", 1, assignments={0: [3, 2]})
            await wait_until(lambda: all(0 in states(nodes[n], "t") for n in (1, 3)))
            s = states(nodes[3], "t")[0]
            assert await nodes[3].update_isr("t", 0, s, [3]) is not None
            await nodes[3].stop()
            await wait_until(lambda: states(nodes[1], "t")[0].leader == 2, what="unclean leader")
            assert states(nodes[1], "t")[0].isr == [2]

    run(body())


def test_controller_session_expiry_elects_a_new_controller(zk_connect: str) -> None:
    async def body() -> None:
        async with cluster(zk_connect) as nodes:
            old = controller_of(nodes)
            old_epoch = old.controller.epoch  # type: ignore[union-attr]
            stale_version = old.controller._epoch_zk_version  # type: ignore[union-attr]
            await expire_session(zk_connect, old)
            await wait_until(lambda: not old.controller.active, what="old controller resigns")  # type: ignore[union-attr]
            await wait_until(
                lambda: sum(n.controller.active for n in nodes.values()) == 1,  # type: ignore[union-attr]
                what="a controller again")
            new = controller_of(nodes)
            assert new.controller.epoch > old_epoch  # type: ignore[union-attr]
            # The old broker got a new session and registered again.
            await wait_until(lambda: old.broker_id in new.cache.brokers, what="re-registered")  # type: ignore[union-attr]
            # A zombie's write (the old epoch's znode version) is fenced.
            await nodes[1].create_topic("z", 1, assignments={0: [1]})
            await wait_until(lambda: 0 in states(nodes[1], "z"))
            zombie = old.controller
            assert zombie is not None
            zombie._epoch_zk_version = stale_version
            s = states(nodes[1], "z")[0]
            with pytest.raises(ControllerMovedError):
                await zombie._write_state("z", 0, s.new_leader(-1, [1], old_epoch), s)

    run(body())


def test_preferred_leader_election_on_request(zk_connect: str) -> None:
    async def body() -> None:
        async with cluster(zk_connect) as nodes:
            await nodes[1].create_topic("t", 1, assignments={0: [3, 1, 2]})
            await wait_until(lambda: states(nodes[1], "t").get(0) is not None)
            await nodes[3].stop()
            await wait_until(lambda: states(nodes[1], "t")[0].leader == 1, what="moved to 1")
            nodes[3] = make_node(zk_connect, 3)
            await nodes[3].start()
            # Back in the ISR (a leader would expand it once broker 3 caught up).
            s = states(nodes[1], "t")[0]
            assert await nodes[1].update_isr("t", 0, s, [1, 2, 3]) is not None
            await nodes[2].request_preferred_election([("t", 0)])
            await wait_until(lambda: states(nodes[2], "t")[0].leader == 3, what="preferred")
            s = states(nodes[2], "t")[0]
            assert s.leader_epoch == 2 and sorted(s.isr) == [1, 2, 3]
            zk = nodes[2].zk
            assert zk is not None
            for _ in range(100):
                if await zk.exists(zd.PREFERRED_ELECTION_PATH) is None:
                    break
                await asyncio.sleep(0.05)
            assert await zk.exists(zd.PREFERRED_ELECTION_PATH) is None

    run(body())


def test_auto_leader_rebalance(zk_connect: str) -> None:
    async def body() -> None:
        async with cluster(zk_connect, rebalance=True) as nodes:
            await nodes[1].create_topic("t", 1, assignments={0: [2, 1]})
            await wait_until(lambda: states(nodes[1], "t").get(0) is not None)
            await nodes[2].stop()
            await wait_until(lambda: states(nodes[1], "t")[0].leader == 1)
            nodes[2] = make_node(zk_connect, 2, rebalance=True)
            await nodes[2].start()
            s = states(nodes[1], "t")[0]
            assert await nodes[1].update_isr("t", 0, s, [1, 2]) is not None
            await wait_until(lambda: states(nodes[1], "t")[0].leader == 2, what="rebalanced")

    run(body())


def test_bounced_broker_loses_leadership(zk_connect: str) -> None:
    """A broker that re-registers (a restart) lost its in-memory state: the controller
    moves its leaderships as for a death, even if it never saw the znode missing."""
    async def body() -> None:
        async with cluster(zk_connect) as nodes:
            await nodes[1].create_topic("t", 1, assignments={0: [3, 1, 2]})
            await wait_until(lambda: states(nodes[1], "t").get(0) is not None)
            zk3 = nodes[3].zk
            assert zk3 is not None
            # Delete and re-create the registration inside one transaction: the children
            # watch may never show it missing; only the new czxid tells.
            path = zd.broker_path(3)
            data, _ = await zk3.get(path)

            def build(tx: object) -> None:
                tx.delete(path)  # type: ignore[attr-defined]
                tx.create(path, data, ephemeral=True)  # type: ignore[attr-defined]

            await zk3.commit(build)
            ctl = controller_of(nodes).controller
            assert ctl is not None
            ctl._dirty()
            await wait_until(lambda: states(nodes[1], "t")[0].leader == 1, what="moved off 3")
            await wait_until(lambda: 3 not in states(nodes[1], "t")[0].isr, what="3 out of ISR")

    run(body())


def test_topic_deletion_reaches_every_cache(zk_connect: str) -> None:
    async def body() -> None:
        async with cluster(zk_connect) as nodes:
            await nodes[1].create_topic("gone", 2)
            await wait_until(lambda: len(states(nodes[3], "gone")) == 2)
            await nodes[3].delete_topic("gone")
            await wait_until(lambda: "gone" not in nodes[2].cache.topics, what="deleted")  # type: ignore[union-attr]
            assert states(nodes[2], "gone") == {}
            with pytest.raises(ClusterError):
                await nodes[1].delete_topic("gone")

    run(body())


def test_rack_aware_creation_across_registered_racks(zk_connect: str) -> None:
    async def body() -> None:
        nodes = [make_node(zk_connect, i, rack=r) for i, r in ((1, "a"), (2, "b"), (3, "a"),
                                                               (4, "b"))]
        try:
            for n in nodes:
                await n.start()
            await wait_until(lambda: len(nodes[0].cache.brokers) == 4)  # type: ignore[union-attr]
            a = await nodes[0].create_topic("r", 8, replication_factor=2)
            racks = {1: "a", 2: "b", 3: "a", 4: "b"}
            assert all({racks[x] for x in r} == {"a", "b"} for r in a.partitions.values())
        finally:
            for n in nodes:
                await n.stop()

    run(body())
