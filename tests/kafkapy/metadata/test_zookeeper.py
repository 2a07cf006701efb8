"""ZkMetadataStore with real brokers (`zookeeper.connect`) and a real ZooKeeper: entity
configs in Kafka's znode layout, written on one broker and applied by every broker through
`/config/changes`; broker dynamic configs cluster-wide; auto-creation that answers
LEADER_NOT_AVAILABLE until the controller elected leaders.

Faults: a broker started after the writes (it reads every entity at join), notifications
in Kafka's other format or naming topics, a failed entity write (no ZooKeeper session),
old notifications purged.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Mapping
from pathlib import Path

import pytest

from kafkapy.cluster import change_notifications
from kafkapy.cluster import zk_data as zd
from kafkapy.config.defs import ConfigSource
from kafkapy.metadata import ConfigEntity, EntityType, MetadataError
from tests.kafkapy.cluster.conftest import run, wait_until
from tests.kafkapy.cluster.test_admin_writes import brokers, call
from tests.kafkapy.harness import broker_running
from wire.errors import ErrorCode
from wire.messages import MetadataRequest
from wire.messages.k32_describe_configs import DescribeConfigsRequest as D
from wire.messages.k33_alter_configs import AlterConfigsRequest as A

BROKER = 4


class Heard:
    def __init__(self) -> None:
        self.changes: list[tuple[str, dict[str, str]]] = []

    def on_entity_configs_changed(self, entity: ConfigEntity, configs: Mapping[str, str]) -> None:
        self.changes.append((entity.path, dict(configs)))


def test_entity_configs_written_on_one_broker_are_applied_by_the_other(
        tmp_path: Path, zk_connect: str) -> None:
    async def body() -> None:
        async with brokers(tmp_path, zk_connect) as (b1, b2):
            heard = Heard()
            b2.metadata.add_entity_listener(heard)
            alice = ConfigEntity.user("alice")
            app = ConfigEntity.user("CN=bob,O=x", "app 1")
            got = await b1.metadata.alter_entity_configs(
                alice, {"producer_byte_rate": "1024", "SCRAM-SHA-256": "s"})
            assert got == {"producer_byte_rate": "1024", "SCRAM-SHA-256": "s"}
            assert b1.metadata.describe_entity_configs(alice) == got  # read your writes
            await b1.metadata.alter_entity_configs(app, {"request_percentage": "50"})
            # Kafka's layout and JSON, a notification naming the entity path.
            zk = b1.cluster_node.zk
            data, _ = await zk.get("/config/users/alice")
            assert json.loads(data) == {"version": 1, "config": {
                "producer_byte_rate": "1024", "SCRAM-SHA-256": "s"}}
            data, _ = await zk.get("/config/users/CN%3Dbob%2CO%3Dx/clients/app%201")
            assert json.loads(data)["config"] == {"request_percentage": "50"}
            notes = await zk.get_children(zd.CONFIG_CHANGES_PATH)
            paths = {json.loads((await zk.get(f"{zd.CONFIG_CHANGES_PATH}/{n}"))[0])["entity_path"]
                     for n in notes}
            assert paths == {"users/alice", "users/CN%3Dbob%2CO%3Dx/clients/app%201"}
            assert all(n.startswith("config_change_") for n in notes)

            await wait_until(lambda: b2.metadata.describe_entity_configs(app) == {
                "request_percentage": "50"}, what="broker 2 applies both")
            assert b2.metadata.describe_entity_configs(alice) == got
            await b2.metadata.alter_entity_configs(alice, {}, ["SCRAM-SHA-256"])
            await wait_until(lambda: b1.metadata.describe_entity_configs(alice) == {
                "producer_byte_rate": "1024"}, what="broker 1 applies the removal")
            assert b1.metadata.entity_configs(EntityType.USERS) == {
                alice: {"producer_byte_rate": "1024"}, app: {"request_percentage": "50"}}
            assert ("users/alice", {"producer_byte_rate": "1024"}) in heard.changes

    run(body(), 90)


def test_dynamic_broker_configs_are_cluster_wide(tmp_path: Path, zk_connect: str) -> None:
    """AlterConfigs BROKER "" on broker 1 changes every broker's default, as Kafka's
    `/config/brokers/<default>`; BROKER "2" on broker 2 only broker 2."""
    async def body() -> None:
        async with brokers(tmp_path, zk_connect) as (b1, b2):
            def alter(name: str, configs: dict[str, str]) -> A:
                return A(resources=[A.AlterConfigsResource(
                    resource_type=BROKER, resource_name=name,
                    configs=[A.AlterableConfig(name=k, value=v) for k, v in configs.items()])],
                    validate_only=False)

            resp = await call(b1, 33, 2, alter("", {"log.retention.ms": "5000"}))
            assert resp.responses[0].error_code == 0, resp.responses[0].error_message
            assert b1.config.log_retention_ms == 5000
            await wait_until(lambda: b2.config.log_retention_ms == 5000, what="broker 2")
            data, _ = await b1.cluster_node.zk.get("/config/brokers/<default>")
            assert zd.decode_entity_config(data) == {"log.retention.ms": "5000"}
            resp = await call(b2, 33, 2, alter("2", {"log.retention.ms": "7000"}))
            assert resp.responses[0].error_code == 0, resp.responses[0].error_message
            assert b2.config.log_retention_ms == 7000
            described = await call(b2, 32, 4, D(resources=[D.DescribeConfigsResource(
                resource_type=BROKER, resource_name="2",
                configuration_keys=["log.retention.ms"])], include_synonyms=True))
            entry = described.results[0].configs[0]
            assert (entry.value, entry.config_source) == (
                "7000", ConfigSource.DYNAMIC_BROKER_CONFIG)
            assert b1.config.log_retention_ms == 5000  # broker 2's own layer is its own
            # Broker 1 may not change broker 2's layer (Kafka: only its own id or "").
            resp = await call(b1, 33, 2, alter("2", {"log.retention.ms": "1"}))
            assert resp.responses[0].error_code == ErrorCode.INVALID_REQUEST

    run(body(), 90)


def test_a_broker_joining_later_reads_every_entity(tmp_path: Path, zk_connect: str) -> None:
    """Entity configs written before a broker joined (one by Kafka tooling: no notification
    at all) are in its image once it has joined; a notification in Kafka's version-1 format
    and one naming a topic are applied or skipped without harm."""
    async def body() -> None:
        async with brokers(tmp_path, zk_connect, n=1) as (b1,):
            await b1.metadata.alter_entity_configs(ConfigEntity(EntityType.CLIENTS, "c1"),
                                                   {"producer_byte_rate": "1"})
            zk = b1.cluster_node.zk
            await zk.create("/config/ips/10.0.0.1", zd.encode_entity_config(
                {"connection_creation_rate": "5"}))
            async with broker_running(tmp_path / "b2", node_id="2", broker_id="2",
                                      zookeeper_connect=zk_connect) as b2:
                await wait_until(lambda: not b2.metadata.joining, what="joined")
                await wait_until(lambda: len(b2.metadata.entity_configs()) == 2, what="loaded")
                assert b2.metadata.entity_configs() == {
                    ConfigEntity(EntityType.CLIENTS, "c1"): {"producer_byte_rate": "1"},
                    ConfigEntity(EntityType.IPS, "10.0.0.1"): {"connection_creation_rate": "5"},
                }
                await zk.set("/config/ips/10.0.0.1", zd.encode_entity_config(
                    {"connection_creation_rate": "9"}))
                prefix = f"{zd.CONFIG_CHANGES_PATH}/{zd.CONFIG_CHANGE_PREFIX}"
                await zk.create(prefix, b'{"version":2,"entity_path":"topics/t"}', sequence=True)
                await zk.create(prefix, b"not json", sequence=True)
                await zk.create(prefix, json.dumps({"version": 1, "entity_type": "ips",
                                                    "entity_name": "10.0.0.1"}).encode(),
                                sequence=True)
                ip = ConfigEntity(EntityType.IPS, "10.0.0.1")
                await wait_until(lambda: b2.metadata.describe_entity_configs(ip) == {
                    "connection_creation_rate": "9"}, what="the version-1 notification")
                await wait_until(lambda: b1.metadata.describe_entity_configs(ip) == {
                    "connection_creation_rate": "9"}, what="broker 1 too")

    run(body(), 90)


def test_an_entity_write_without_zookeeper_fails_and_changes_nothing(
        tmp_path: Path, zk_connect: str) -> None:
    async def body() -> None:
        async with brokers(tmp_path, zk_connect, n=1, session_ms=2000) as (b1,):
            await b1.cluster_node.zk.close()  # the session is gone for good
            with pytest.raises(MetadataError) as exc:
                await b1.metadata.alter_entity_configs(ConfigEntity.user("u"), {"a": "1"})
            assert exc.value.error_code == ErrorCode.REQUEST_TIMED_OUT
            assert b1.metadata.entity_configs() == {}

    run(body(), 60)


def test_old_notifications_are_purged(tmp_path: Path, zk_connect: str,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(change_notifications, "CHANGE_EXPIRATION_MS", 0)

    async def body() -> None:
        async with brokers(tmp_path, zk_connect, n=1) as (b1,):
            zk = b1.cluster_node.zk
            for i in range(3):
                await b1.metadata.alter_entity_configs(ConfigEntity.user("u"), {"n": str(i)})
            # Each notification this broker processed is past the (zero) expiration.
            await wait_until(lambda: b1.metadata.describe_entity_configs(
                ConfigEntity.user("u")) == {"n": "2"}, what="applied")
            for _ in range(500):  # deleting is a children event too: poll ZooKeeper
                if not await zk.get_children(zd.CONFIG_CHANGES_PATH):
                    break
                await asyncio.sleep(0.02)
            assert await zk.get_children(zd.CONFIG_CHANGES_PATH) == []
            assert b1.metadata.describe_entity_configs(ConfigEntity.user("u")) == {"n": "2"}

    run(body(), 60)


def test_auto_creation_answers_leader_not_available_until_leaders_exist(
        tmp_path: Path, zk_connect: str) -> None:
    async def body() -> None:
        async with brokers(tmp_path, zk_connect) as bs:
            holder = bs[0].cluster_node.cache.controller_id
            await next(b for b in bs if b.node_id == holder).cluster_node.controller.stop()
            md = await call(bs[0], 3, 12, MetadataRequest(
                topics=[MetadataRequest.MetadataRequestTopic(name="auto")],
                allow_auto_topic_creation=True))
            (topic,) = md.topics
            assert topic.error_code == 0 and len(topic.partitions) == 1
            assert [(p.error_code, p.leader_id) for p in topic.partitions] == [
                (ErrorCode.LEADER_NOT_AVAILABLE, -1)]
            assert await bs[1].cluster_node.zk.exists(zd.topic_path("auto")) is not None

    run(body(), 90)
