"""Producer ids in cluster mode come from blocks claimed in ZooKeeper
(`/latest_producer_id_block`, Kafka's `ZkProducerIdManager`), so no two brokers ever hand
out the same id. Real brokers (`zookeeper.connect` set), a real ZooKeeper, InitProducerId
over TCP.

Faults: brokers claiming blocks at the same time (compare-and-set races), another writer
moving the znode on behind a broker's back, a broker restart, a corrupt znode, a broker
whose listeners are up before it joined ZooKeeper.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
from collections.abc import AsyncIterator
from pathlib import Path
from types import SimpleNamespace

import pytest

from kafkapy.broker import Broker
from kafkapy.cluster import zk_data as zd
from kafkapy.producer_ids import BLOCK_SIZE, ProducerIdManager, ProducerIdsUnavailable
from tests.kafkapy.cluster.conftest import run, wait_until
from tests.kafkapy.harness import RawClient, broker_running
from wire.messages.k22_init_producer_id import InitProducerIdRequest

NONE, COORDINATOR_LOAD_IN_PROGRESS = 0, 14


def start(tmp: Path, connect: str, i: int) -> contextlib.AbstractAsyncContextManager[Broker]:
    return broker_running(tmp / f"b{i}", node_id=str(i), broker_id=str(i),
                          zookeeper_connect=connect, zookeeper_session_timeout_ms="6000",
                          default_replication_factor="1", offsets_topic_replication_factor="1")


@contextlib.asynccontextmanager
async def brokers(tmp: Path, connect: str, n: int) -> AsyncIterator[list[Broker]]:
    async with contextlib.AsyncExitStack() as stack:
        out = [await stack.enter_async_context(start(tmp, connect, i)) for i in range(1, n + 1)]
        await wait_until(lambda: all(len(b.cluster_node.cache.brokers) == n for b in out),
                         what="every broker sees the cluster")
        yield out


async def init_producer_ids(broker: Broker, count: int, version: int = 4) -> list[int]:
    """`count` InitProducerId requests pipelined on one connection; the ids answered."""
    client = await RawClient.connect(broker)
    try:
        request = InitProducerIdRequest(transactional_id=None, transaction_timeout_ms=60000)
        cids = [await client.send(22, version, request) for _ in range(count)]
        ids = []
        for cid in cids:
            got, resp = await asyncio.wait_for(client.read_response(22, version), 60)
            assert got == cid
            assert resp.error_code == NONE and resp.producer_epoch == 0
            ids.append(resp.producer_id)
        return ids
    finally:
        await client.close()


async def znode(broker: Broker) -> dict[str, object]:
    data, _ = await broker.cluster_node.zk.get(zd.PRODUCER_ID_BLOCK_PATH)
    doc = json.loads(data)
    assert isinstance(doc, dict)
    return doc


def test_brokers_allocating_concurrently_never_overlap(tmp_path: Path, zk_connect: str) -> None:
    async def body() -> None:
        async with brokers(tmp_path, zk_connect, 3) as bs:
            # Over the wire: every broker answers at the same time.
            wire = await asyncio.gather(*(init_producer_ids(b, 150) for b in bs))
            # Straight at the allocators, enough to claim several blocks each, all racing
            # for the same znode.
            direct = await asyncio.gather(*(
                asyncio.gather(*(b.producer_ids.next_id(b) for _ in range(2 * BLOCK_SIZE + 100)))
                for b in bs))
            per_broker = [set(w) | set(d) for w, d in zip(wire, direct, strict=True)]
            for w, d, ids in zip(wire, direct, per_broker, strict=True):
                assert len(ids) == len(w) + len(d)  # no id twice from one broker
            everything = set().union(*per_broker)
            assert len(everything) == sum(len(ids) for ids in per_broker)  # nor across them
            # Each broker's ids lie in blocks of 1000 that start on block boundaries.
            for ids in per_broker:
                assert all(pid >= 0 for pid in ids)
            blocks = [{pid // BLOCK_SIZE for pid in ids} for ids in per_broker]
            assert sum(len(b) for b in blocks) == len(set().union(*blocks))
            # The znode holds the last block claimed, in Kafka's format.
            doc = await znode(bs[0])
            assert set(doc) == {"version", "broker", "block_start", "block_end"}
            assert doc["version"] == 1 and doc["broker"] in (1, 2, 3)
            assert isinstance(doc["block_start"], str) and isinstance(doc["block_end"], str)
            start, end = int(doc["block_start"]), int(doc["block_end"])
            assert end == start + BLOCK_SIZE - 1 and start % BLOCK_SIZE == 0
            assert end == max(everything) // BLOCK_SIZE * BLOCK_SIZE + BLOCK_SIZE - 1

    run(body(), timeout=120)


def test_restart_continues_past_the_old_block(tmp_path: Path, zk_connect: str) -> None:
    async def body() -> None:
        async with start(tmp_path, zk_connect, 1) as b1:
            first = await init_producer_ids(b1, 5)
            assert first == [0, 1, 2, 3, 4]
        async with start(tmp_path, zk_connect, 1) as b1:
            again = await init_producer_ids(b1, 3)
            # The rest of the old block is skipped, as in Kafka: ids are never reused.
            assert again == [BLOCK_SIZE, BLOCK_SIZE + 1, BLOCK_SIZE + 2]
            assert await znode(b1) == {"version": 1, "broker": 1,
                                       "block_start": str(BLOCK_SIZE),
                                       "block_end": str(2 * BLOCK_SIZE - 1)}

    run(body())


def test_a_block_claimed_elsewhere_is_skipped(tmp_path: Path, zk_connect: str) -> None:
    """Another writer (a Kafka broker, an operator) moved the znode on: the next claim
    starts after its block, and a corrupt znode is an error, not id 0 again."""
    async def body() -> None:
        async with start(tmp_path, zk_connect, 1) as b1:
            await init_producer_ids(b1, 1)
            zk = b1.cluster_node.zk
            other = zd.ProducerIdBlock(broker=7, block_start=41_000, block_end=41_999)
            await zk.set(zd.PRODUCER_ID_BLOCK_PATH, other.encode())
            ids = [await b1.producer_ids.next_id(b1) for _ in range(BLOCK_SIZE)]
            assert ids[: BLOCK_SIZE - 1] == list(range(1, BLOCK_SIZE))  # the current block
            assert ids[-1] == 42_000  # then the block after the other writer's
            assert zd.ProducerIdBlock.decode((await zk.get(zd.PRODUCER_ID_BLOCK_PATH))[0]) == \
                zd.ProducerIdBlock(1, 42_000, 42_999)

            await zk.set(zd.PRODUCER_ID_BLOCK_PATH, b"not json")
            fresh = ProducerIdManager(tmp_path / "other")  # nothing claimed yet
            with pytest.raises(ProducerIdsUnavailable):
                await fresh.next_id(b1)
            # Over the wire the failure is retriable.
            client = await RawClient.connect(b1)
            try:
                b1.producer_ids._zk_blocks = None  # forget the current block: must claim
                resp = await client.call(22, 4, InitProducerIdRequest(
                    transactional_id=None, transaction_timeout_ms=60000))
                assert resp.error_code == COORDINATOR_LOAD_IN_PROGRESS and resp.producer_id == -1
            finally:
                await client.close()

    run(body())


def test_not_joined_yet_is_retriable(tmp_path: Path) -> None:
    ids = ProducerIdManager(tmp_path)
    joining = SimpleNamespace(cluster_mode=True, cluster_node=None)
    with pytest.raises(ProducerIdsUnavailable):
        asyncio.run(ids.next_id(joining))
    assert not (tmp_path / "kafkapy-producer-id-block").exists()  # no local id taken
    single = SimpleNamespace(cluster_mode=False, cluster_node=None)
    assert asyncio.run(ids.next_id(single)) == 0


def test_znode_round_trip_and_bad_content() -> None:
    block = zd.ProducerIdBlock(3, 2000, 2999)
    assert json.loads(block.encode()) == {"version": 1, "broker": 3,
                                          "block_start": "2000", "block_end": "2999"}
    assert zd.ProducerIdBlock.decode(block.encode()) == block
    # Numbers instead of strings are read too (a hand-written znode).
    assert zd.ProducerIdBlock.decode(
        b'{"version":1,"broker":3,"block_start":2000,"block_end":2999}') == block
    for bad in (b"", b"[]", b'{"version":1}', b'{"broker":1,"block_start":"x","block_end":"1"}',
                b'{"broker":1,"block_start":"5","block_end":"1"}'):
        with pytest.raises(ValueError):
            zd.ProducerIdBlock.decode(bad)
