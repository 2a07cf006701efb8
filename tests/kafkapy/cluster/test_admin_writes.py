"""CreateTopics / DeleteTopics / CreatePartitions in cluster mode answer as Kafka 2.x did:
after the ZooKeeper write, and with `timeout_ms` > 0 after the change took effect (leaders
elected, topic gone), else REQUEST_TIMED_OUT. Real brokers (`zookeeper.connect` set),
a real ZooKeeper, requests over TCP.

Faults: ZooKeeper paused past the client's read timeout while a topic is created (the write
is retried through the connection loss; before the fix the answer came first and the lost
write left a topic only this broker believed in), a controller that does not act, a dead
ZooKeeper session, and a broker that has not joined ZooKeeper yet.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

from compat.cluster import ZooKeeperServer
from kafkapy.broker import Broker
from kafkapy.cluster import zk_data as zd
from kafkapy.config.kafka_config import KafkaConfig
from tests.kafkapy.cluster.conftest import run, wait_until
from tests.kafkapy.harness import RawClient, broker_running
from wire.messages import MetadataRequest
from wire.messages.k19_create_topics import CreateTopicsRequest
from wire.messages.k20_delete_topics import DeleteTopicsRequest
from wire.messages.k37_create_partitions import CreatePartitionsRequest

NONE, LEADER_NOT_AVAILABLE, REQUEST_TIMED_OUT, NOT_CONTROLLER = 0, 5, 7, 41


@contextlib.asynccontextmanager
async def brokers(tmp: Path, connect: str, n: int = 2,
                  session_ms: int = 6000) -> AsyncIterator[list[Broker]]:
    async with contextlib.AsyncExitStack() as stack:
        out = []
        for i in range(1, n + 1):
            out.append(await stack.enter_async_context(broker_running(
                tmp / f"b{i}", node_id=str(i), broker_id=str(i), zookeeper_connect=connect,
                zookeeper_session_timeout_ms=str(session_ms), default_replication_factor=str(n),
                offsets_topic_replication_factor=str(n), replica_fetch_wait_max_ms="100")))
        await wait_until(lambda: all(len(b.cluster_node.cache.brokers) == n
                                     and b.cluster_node.cache.controller_id > 0 for b in out),
                         what="every broker sees the cluster")
        yield out


def create(name: str, partitions: int, timeout_ms: int, rf: int = -1) -> CreateTopicsRequest:
    T = CreateTopicsRequest.CreatableTopic
    return CreateTopicsRequest(topics=[T(name=name, num_partitions=partitions,
                                         replication_factor=rf, assignments=[], configs=[])],
                               timeout_ms=timeout_ms, validate_only=False)


async def call(broker: Broker, key: int, version: int, request: Any) -> Any:
    client = await RawClient.connect(broker)
    try:
        cid = await client.send(key, version, request)
        got, resp = await asyncio.wait_for(client.read_response(key, version), 60)
        assert got == cid
        return resp
    finally:
        await client.close()


def leaders(broker: Broker, name: str) -> list[int]:
    topic = broker.metadata.topics.get(name)
    return [p.leader for p in topic.partitions] if topic else []


def test_create_topics_waits_for_leaders(tmp_path: Path, zk_connect: str) -> None:
    async def body() -> None:
        async with brokers(tmp_path, zk_connect) as (b1, b2):
            resp = await call(b2, 19, 7, create("t", 3, 20000))
            assert resp.topics[0].error_code == NONE, resp.topics[0].error_message
            # Answered only once every partition has a leader, in this broker's view.
            assert len(leaders(b2, "t")) == 3 and min(leaders(b2, "t")) > 0
            got = await b1.cluster_node.zk.get_or_none(zd.topic_path("t"))
            assert got is not None
            assert zd.TopicAssignment.decode(got[0]).topic_id == resp.topics[0].topic_id

            # timeout_ms 0: answered after the ZooKeeper write, leaders or not.
            resp = await call(b1, 19, 7, create("u", 2, 0))
            assert resp.topics[0].error_code == NONE
            assert await b2.cluster_node.zk.exists(zd.topic_path("u")) is not None

            # CreatePartitions: the new partitions have leaders when it answers.
            P = CreatePartitionsRequest.CreatePartitionsTopic
            resp = await call(b1, 37, 3, CreatePartitionsRequest(
                topics=[P(name="t", count=5, assignments=None)], timeout_ms=20000,
                validate_only=False))
            assert resp.results[0].error_code == NONE, resp.results[0].error_message
            assert len(leaders(b1, "t")) == 5 and min(leaders(b1, "t")) > 0

            # DeleteTopics: gone from this broker's metadata when it answers.
            resp = await call(b2, 20, 6, DeleteTopicsRequest(
                topics=[DeleteTopicsRequest.DeleteTopicState(name="t")], timeout_ms=20000))
            assert resp.responses[0].error_code == NONE, resp.responses[0].error_message
            assert "t" not in b2.metadata.topics
            assert await b2.cluster_node.zk.exists(zd.topic_path("t")) is None

    run(body(), 120)


def test_create_topics_times_out_without_a_controller(tmp_path: Path, zk_connect: str) -> None:
    async def body() -> None:
        async with brokers(tmp_path, zk_connect) as bs:
            # The controller stops acting (its session and `/controller` stay): nobody
            # elects leaders, so the request expires; the topic exists all the same.
            holder = bs[0].cluster_node.cache.controller_id
            await next(b for b in bs if b.node_id == holder).cluster_node.controller.stop()
            resp = await call(bs[0], 19, 7, create("t", 1, 300))
            assert resp.topics[0].error_code == REQUEST_TIMED_OUT
            assert await bs[0].cluster_node.zk.exists(zd.topic_path("t")) is not None
            assert leaders(bs[0], "t") == [-1]
            P = CreatePartitionsRequest.CreatePartitionsTopic
            resp = await call(bs[1], 37, 3, CreatePartitionsRequest(
                topics=[P(name="t", count=2, assignments=None)], timeout_ms=300,
                validate_only=False))
            assert resp.results[0].error_code == REQUEST_TIMED_OUT
            resp = await call(bs[1], 20, 6, DeleteTopicsRequest(
                topics=[DeleteTopicsRequest.DeleteTopicState(name="t")], timeout_ms=300))
            assert resp.responses[0].error_code == REQUEST_TIMED_OUT
            assert await bs[1].cluster_node.zk.exists("/admin/delete_topics/t") is not None

    run(body(), 120)


def test_failed_write_is_the_answer_and_leaves_no_phantom(tmp_path: Path,
                                                          zk_connect: str) -> None:
    async def body() -> None:
        async with brokers(tmp_path, zk_connect, n=1) as (b1,):
            await b1.cluster_node.zk.close()  # the session is gone for good
            resp = await call(b1, 19, 7, create("t", 1, 5000))
            assert resp.topics[0].error_code == REQUEST_TIMED_OUT
            assert "t" not in b1.metadata.topics  # no topic that ZooKeeper never heard of

    run(body(), 60)


def test_create_topic_through_a_zookeeper_pause(tmp_path: Path, zookeeper: ZooKeeperServer,
                                                zk_connect: str) -> None:
    """ZooKeeper stops answering for longer than the client's read timeout (2/3 of the
    session timeout): the connection drops and the topic's write is retried after the
    reconnect; the answer waits for it, and the topic gets its leaders."""
    async def body() -> None:
        async with brokers(tmp_path, zk_connect, session_ms=7500) as (b1, b2):
            zookeeper.pause()
            try:
                pending = asyncio.ensure_future(call(b1, 19, 7, create("t", 2, 30000)))
                await asyncio.sleep(6.5)
                assert not pending.done()  # nothing is answered before the write
            finally:
                zookeeper.resume()
            resp = await pending
            assert resp.topics[0].error_code == NONE, resp.topics[0].error_message
            assert min(leaders(b1, "t")) > 0
            await wait_until(lambda: len(leaders(b2, "t")) == 2 and min(leaders(b2, "t")) > 0,
                             30, "the other broker sees the leaders")

    run(body(), 120)


def test_a_broker_not_joined_yet_creates_nothing(tmp_path: Path, zookeeper: ZooKeeperServer,
                                                 zk_connect: str) -> None:
    """ZooKeeper does not answer while the broker starts: its listeners are bound, it has
    not registered. It creates nothing (NOT_CONTROLLER) and knows no topic and no
    controller; once ZooKeeper is back it joins and creates."""
    async def body() -> None:
        config = KafkaConfig.load(None, [
            "listeners=PLAINTEXT://127.0.0.1:0", f"log.dirs={tmp_path / 'data'}",
            f"zookeeper.connect={zk_connect}", "zookeeper.session.timeout.ms=6000",
            "zookeeper.connection.timeout.ms=60000", "default.replication.factor=1"])
        b = Broker(config)
        zookeeper.pause()
        start = asyncio.ensure_future(b.start())
        try:
            try:
                await wait_until(lambda: bool(b.advertised), 30, "the listeners are bound")
                assert b.metadata.joining
                resp = await call(b, 19, 7, create("t", 1, 0, rf=1))
                assert resp.topics[0].error_code == NOT_CONTROLLER
                assert "t" not in b.metadata.topics
                md = await call(b, 3, 12, MetadataRequest(
                    topics=[MetadataRequest.MetadataRequestTopic(name="t")],
                    allow_auto_topic_creation=True))
                assert md.controller_id == -1
                assert md.topics[0].error_code == LEADER_NOT_AVAILABLE
                assert "t" not in b.metadata.topics  # no auto-creation either
            finally:
                zookeeper.resume()
            await start
            assert not b.metadata.joining
            await wait_until(lambda: bool(b.metadata.alive_brokers()), what="registered")
            resp = await call(b, 19, 7, create("t", 1, 20000, rf=1))
            assert resp.topics[0].error_code == NONE, resp.topics[0].error_message
        finally:
            await b.stop()

    run(body(), 120)
