"""LocalMetadataStore: creation rules, listeners, persistence across a reload, entity configs,
and the faults: a write that fails changes nothing, a cancelled caller's change completes."""

from __future__ import annotations

import asyncio
import json
import os
from collections.abc import Awaitable, Mapping
from pathlib import Path

import pytest

from kafkapy.config.alter import DynamicBrokerConfig
from kafkapy.config.kafka_config import KafkaConfig
from kafkapy.metadata import (
    ConfigEntity,
    EntityType,
    MetadataError,
    NewPartitions,
    NewTopic,
    PartitionInfo,
    TopicInfo,
    create_topic,
)
from kafkapy.metadata.local import LEGACY_DYNAMIC_CONFIG_FILE, METADATA_FILE, LocalMetadataStore
from wire.errors import ErrorCode


class Recorder:
    def __init__(self) -> None:
        self.events: list[tuple[str, str, list[int]]] = []
        self.entities: list[tuple[str, dict[str, str]]] = []

    def on_partitions_created(self, topic: TopicInfo, partitions: list[PartitionInfo]) -> None:
        self.events.append(("created", topic.name, [p.partition for p in partitions]))

    def on_topic_deleted(self, topic: TopicInfo) -> None:
        self.events.append(("deleted", topic.name, []))

    def on_topic_configs_changed(self, topic: TopicInfo) -> None:
        self.events.append(("configs", topic.name, []))

    def on_entity_configs_changed(self, entity: ConfigEntity, configs: Mapping[str, str]) -> None:
        self.entities.append((entity.path, dict(configs)))


async def _code(change: Awaitable[object]) -> int:
    with pytest.raises(MetadataError) as exc:
        await change
    return exc.value.error_code


async def _grow(md: LocalMetadataStore, name: str, total: int,
                assignments: list[list[int]] | None = None) -> TopicInfo:
    [outcome] = await md.create_partitions([NewPartitions(name, total, assignments)])
    if isinstance(outcome, MetadataError):
        raise outcome
    return outcome


async def _delete(md: LocalMetadataStore, name: str) -> TopicInfo:
    [outcome] = await md.delete_topics([name])
    if isinstance(outcome, MetadataError):
        raise outcome
    return outcome


def test_create_grow_delete_and_reload(tmp_path: Path) -> None:
    async def body() -> None:
        md = LocalMetadataStore(tmp_path, node_id=1)
        rec = Recorder()
        md.add_listener(rec)
        t = await create_topic(md, NewTopic("orders", 3, configs={"retention.ms": "1000"}))
        assert [p.leader for p in t.partitions] == [1, 1, 1]
        await _grow(md, "orders", 5)
        await md.alter_topic_configs("orders", {"cleanup.policy": "compact"})
        await create_topic(md, NewTopic("gone", 1))
        await _delete(md, "gone")
        assert rec.events == [
            ("created", "orders", [0, 1, 2]),
            ("created", "orders", [3, 4]),
            ("configs", "orders", []),
            ("created", "gone", [0]),
            ("deleted", "gone", []),
        ]
        again = LocalMetadataStore(tmp_path, node_id=1)
        again.load()
        assert list(again.topics) == ["orders"]
        o = again.topics["orders"]
        assert o.topic_id == t.topic_id and o.num_partitions == 5
        assert o.configs == {"cleanup.policy": "compact"}
        assert again.get_by_id(t.topic_id) is o
        await again.bump_leader_epochs()
        assert {p.leader_epoch for p in o.partitions} == {1}
        restarted = LocalMetadataStore(tmp_path, node_id=1)
        await restarted.start()  # a start is a new leadership too
        assert {p.leader_epoch for p in restarted.topics["orders"].partitions} == {2}

    asyncio.run(body())


@pytest.mark.parametrize("name", ["", ".", "..", "a" * 250, "bad/name", "sp ace", "é"])
def test_illegal_topic_names(tmp_path: Path, name: str) -> None:
    md = LocalMetadataStore(tmp_path, 1)
    code = asyncio.run(_code(create_topic(md, NewTopic(name, 1))))
    assert code == ErrorCode.INVALID_TOPIC_EXCEPTION
    assert md.topics == {}


def test_creation_errors(tmp_path: Path) -> None:
    async def body() -> None:
        md = LocalMetadataStore(tmp_path, 1)
        await create_topic(md, NewTopic("t", 1))

        def new(name: str, n: int, **kw: object) -> Awaitable[TopicInfo]:
            return create_topic(md, NewTopic(name, n, **kw))  # type: ignore[arg-type]

        assert await _code(new("t", 1)) == ErrorCode.TOPIC_ALREADY_EXISTS
        assert await _code(new("u", 0)) == ErrorCode.INVALID_PARTITIONS
        assert await _code(new("u", 1, replication_factor=3)) == (
            ErrorCode.INVALID_REPLICATION_FACTOR)
        assert await _code(new("u", 1, assignments={0: [2]})) == (
            ErrorCode.INVALID_REPLICA_ASSIGNMENT)
        assert await _code(new("u", 1, assignments={1: [1]})) == (
            ErrorCode.INVALID_REPLICA_ASSIGNMENT)
        assert await _code(_grow(md, "t", 1)) == ErrorCode.INVALID_PARTITIONS
        assert await _code(_grow(md, "nope", 2)) == ErrorCode.UNKNOWN_TOPIC_OR_PARTITION
        assert await _code(_grow(md, "t", 3, [[1]])) == ErrorCode.INVALID_REPLICA_ASSIGNMENT
        assert await _code(_delete(md, "nope")) == ErrorCode.UNKNOWN_TOPIC_OR_PARTITION
        md.check_new_partitions(NewPartitions("t", 4))  # validate_only: checks, changes nothing
        assert md.get("t").num_partitions == 1  # type: ignore[union-attr]
        assert (await new("u", 0, assignments={0: [1], 1: [1]})).num_partitions == 2

    asyncio.run(body())


def test_a_batch_answers_per_item_in_order(tmp_path: Path) -> None:
    async def body() -> None:
        md = LocalMetadataStore(tmp_path, 1)
        out = await md.create_topics([NewTopic("a", 1), NewTopic("a", 2), NewTopic("", 1),
                                      NewTopic("b", 2)])
        assert isinstance(out[0], TopicInfo) and isinstance(out[3], TopicInfo)
        assert [getattr(o, "error_code", 0) for o in out] == [
            0, ErrorCode.TOPIC_ALREADY_EXISTS, ErrorCode.INVALID_TOPIC_EXCEPTION, 0]
        out = await md.delete_topics(["a", "a", "zz"])
        assert [getattr(o, "error_code", 0) for o in out] == [
            0, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION]
        assert list(md.topics) == ["b"]

    asyncio.run(body())


def test_a_failed_write_changes_nothing(tmp_path: Path) -> None:
    """The metadata file cannot be replaced (its name is taken by a directory): every
    change answers KAFKA_STORAGE_ERROR and neither the image nor the listeners saw it."""
    async def body() -> None:
        md = LocalMetadataStore(tmp_path, 1)
        rec = Recorder()
        md.add_listener(rec)
        md.add_entity_listener(rec)
        await create_topic(md, NewTopic("t", 1))
        (tmp_path / METADATA_FILE).unlink()
        (tmp_path / METADATA_FILE).mkdir()
        [out] = await md.create_topics([NewTopic("u", 1)])
        assert isinstance(out, MetadataError) and out.error_code == ErrorCode.KAFKA_STORAGE_ERROR
        assert await _code(_grow(md, "t", 2)) == ErrorCode.KAFKA_STORAGE_ERROR
        assert await _code(_delete(md, "t")) == ErrorCode.KAFKA_STORAGE_ERROR
        assert await _code(md.alter_topic_configs("t", {"retention.ms": "1"})) == (
            ErrorCode.KAFKA_STORAGE_ERROR)
        assert await _code(md.alter_entity_configs(ConfigEntity.user("alice"), {"a": "1"})) == (
            ErrorCode.KAFKA_STORAGE_ERROR)
        assert list(md.topics) == ["t"] and md.get("t").num_partitions == 1  # type: ignore[union-attr]
        assert md.get("t").configs == {}  # type: ignore[union-attr]
        assert md.entity_configs() == {}
        assert rec.events == [("created", "t", [0])] and rec.entities == []

    asyncio.run(body())


def test_a_cancelled_caller_does_not_cut_a_change_in_half(tmp_path: Path) -> None:
    async def body() -> None:
        md = LocalMetadataStore(tmp_path, 1)
        change = asyncio.ensure_future(md.create_topics([NewTopic("t", 1)]))
        await asyncio.sleep(0)  # the write is in its worker thread now
        change.cancel()
        with pytest.raises(asyncio.CancelledError):
            await change
        await md.stop()  # waits for the change in flight
        assert md.get("t") is not None
        again = LocalMetadataStore(tmp_path, 1)
        again.load()
        assert again.get("t") is not None

    asyncio.run(body())


def test_entity_configs_persist_and_reach_listeners(tmp_path: Path) -> None:
    async def body() -> None:
        md = LocalMetadataStore(tmp_path, 1)
        rec = Recorder()
        md.add_entity_listener(rec)
        alice = ConfigEntity.user("alice")
        client = ConfigEntity.user("bob/ops*", "c 1")
        got = await md.alter_entity_configs(alice, {"producer_byte_rate": "1024",
                                                    "SCRAM-SHA-256": "x"})
        assert got == {"producer_byte_rate": "1024", "SCRAM-SHA-256": "x"}
        await md.alter_entity_configs(alice, {"consumer_byte_rate": "2"}, ["SCRAM-SHA-256"])
        await md.alter_entity_configs(client, {"request_percentage": "50"})
        await md.alter_entity_configs(ConfigEntity(EntityType.CLIENTS, "gone"), {"a": "1"})
        await md.alter_entity_configs(ConfigEntity(EntityType.CLIENTS, "gone"), {}, ["a"])
        assert md.describe_entity_configs(alice) == {"producer_byte_rate": "1024",
                                                     "consumer_byte_rate": "2"}
        assert rec.entities[-1] == ("clients/gone", {})  # its last config removed
        assert client.path == "users/bob%2Fops%2A/clients/c%201"  # Kafka's sanitized path
        assert (tmp_path / METADATA_FILE).stat().st_mode & 0o077 == 0  # owner-only

        again = LocalMetadataStore(tmp_path, 1)
        heard = Recorder()
        again.add_entity_listener(heard)
        await again.start()
        assert again.entity_configs(EntityType.USERS) == {
            alice: {"producer_byte_rate": "1024", "consumer_byte_rate": "2"},
            client: {"request_percentage": "50"},
        }
        assert again.entity_configs(EntityType.CLIENTS) == {}
        assert sorted(heard.entities) == sorted([
            ("users/alice", {"producer_byte_rate": "1024", "consumer_byte_rate": "2"}),
            ("users/bob%2Fops%2A/clients/c%201", {"request_percentage": "50"}),
        ])

    asyncio.run(body())


def test_dynamic_broker_configs_persist_and_apply_at_start(tmp_path: Path) -> None:
    """What KafkaConfig once persisted itself: the dynamic layers survive a restart."""
    async def body() -> None:
        md = LocalMetadataStore(tmp_path, 1)
        cfg = KafkaConfig.load(None, [f"log.dirs={tmp_path}", "log.retention.hours=5"])
        md.add_entity_listener(DynamicBrokerConfig(cfg, lambda: None))
        await md.alter_entity_configs(ConfigEntity.broker(None), {"log.retention.ms": "1000"})
        await md.alter_entity_configs(ConfigEntity.broker(1), {"log.retention.ms": "2000",
                                                               "num.partitions": "4"})
        assert cfg.log_retention_ms == 2000 and cfg.num_partitions == 4
        # Another broker's entity, and a value this broker cannot apply: ignored.
        await md.alter_entity_configs(ConfigEntity.broker(7), {"num.partitions": "9"})
        await md.alter_entity_configs(ConfigEntity.broker(None), {"listeners": "x"})
        assert cfg.num_partitions == 4 and cfg.dynamic_default == {"log.retention.ms": "1000"}
        await md.alter_entity_configs(ConfigEntity.broker(None), {}, ["listeners"])

        again = KafkaConfig.load(None, [f"log.dirs={tmp_path}", "log.retention.hours=5"])
        reconfigured: list[int] = []
        store = LocalMetadataStore(tmp_path, 1)
        store.add_entity_listener(DynamicBrokerConfig(again, lambda: reconfigured.append(1)))
        await store.start()
        assert again.log_retention_ms == 2000 and again.num_partitions == 4
        assert again.dynamic_default == {"log.retention.ms": "1000"}
        assert reconfigured  # what derives from the broker config was rebuilt

    asyncio.run(body())


def test_legacy_dynamic_config_file_moves_into_the_store(tmp_path: Path) -> None:
    legacy = tmp_path / LEGACY_DYNAMIC_CONFIG_FILE
    legacy.write_text(json.dumps({"default": {"log.retention.ms": "1000"},
                                  "broker": {"num.partitions": "4"}}))

    async def body() -> None:
        md = LocalMetadataStore(tmp_path, 1)
        await md.start()
        assert md.describe_entity_configs(ConfigEntity.broker(None)) == {
            "log.retention.ms": "1000"}
        assert md.describe_entity_configs(ConfigEntity.broker(1)) == {"num.partitions": "4"}
        assert not legacy.exists()  # moved once: a later removal must not come back
        again = LocalMetadataStore(tmp_path, 1)
        again.load()
        assert again.describe_entity_configs(ConfigEntity.broker(1)) == {"num.partitions": "4"}

    asyncio.run(body())
    assert os.stat(tmp_path / METADATA_FILE).st_mode & 0o077 == 0


@pytest.mark.parametrize("entity", [
    ConfigEntity.broker(None), ConfigEntity.broker(3), ConfigEntity.user("<default>"),
    ConfigEntity.user("CN=x,O=y", "<default>"), ConfigEntity(EntityType.CLIENTS, "a~b é"),
    ConfigEntity(EntityType.IPS, "::1"),
])
def test_entity_paths_round_trip(entity: ConfigEntity) -> None:
    assert ConfigEntity.from_path(entity.path) == entity


@pytest.mark.parametrize("path", ["topics/t", "users", "users/a/clients", "users/a/x/b",
                                  "brokers/", "nope/x"])
def test_bad_entity_paths(path: str) -> None:
    with pytest.raises(ValueError):
        ConfigEntity.from_path(path)
