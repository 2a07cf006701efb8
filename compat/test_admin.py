"""Admin APIs through real clients against a real `kafkapy serve` process.

confluent-kafka's AdminClient, kafka-python's KafkaAdminClient and aiokafka's AIOKafkaAdminClient
each: create topics (with configs, validate_only, and the errors Kafka gives), describe topics
and configs (values and sources), alter configs (incremental and legacy), create partitions,
delete records (then read from the new start), describe the cluster and log dirs, and delete
topics. kcat -L lists what was created. Each test drives one client at its newest versions.
"""

from __future__ import annotations

import asyncio
import json
import shutil
import subprocess
import time
from typing import Any

import pytest

from compat.conftest import BrokerProcess
from wire.errors import ErrorCode as E

SOURCE_TOPIC, SOURCE_DYNAMIC_BROKER, SOURCE_DYNAMIC_DEFAULT, SOURCE_STATIC, SOURCE_DEFAULT = (
    1, 2, 3, 4, 5)


def wait_until(predicate: Any, what: str, attempts: int = 100) -> None:
    """Poll a condition the broker reaches asynchronously (metadata seen by a client)."""
    for _ in range(attempts):
        if predicate():
            return
        time.sleep(0.1)
    raise AssertionError(f"never happened: {what}")


def produce(broker: BrokerProcess, topic: str, n: int, partition: int = 0) -> None:
    from confluent_kafka import Producer

    p = Producer({"bootstrap.servers": broker.bootstrap})
    for i in range(n):
        p.produce(topic, value=b"v%d" % i, partition=partition)
    assert p.flush(30) == 0


def consume_offsets(broker: BrokerProcess, topic: str, partition: int = 0) -> list[int]:
    """Offsets readable from the beginning of the partition (after DeleteRecords)."""
    from kafka import KafkaConsumer, TopicPartition

    c = KafkaConsumer(bootstrap_servers=broker.bootstrap, consumer_timeout_ms=3000)
    tp = TopicPartition(topic, partition)
    c.assign([tp])
    c.seek_to_beginning(tp)
    offsets = [m.offset for m in c]
    c.close()
    return offsets


# -------------------------------------------------------------------------- confluent-kafka


def test_confluent_admin(broker: BrokerProcess) -> None:
    from confluent_kafka import KafkaException, TopicCollection, TopicPartition
    from confluent_kafka.admin import (
        AdminClient,
        AlterConfigOpType,
        ConfigEntry,
        ConfigResource,
        NewPartitions,
        NewTopic,
        ResourceType,
    )

    admin = AdminClient({"bootstrap.servers": broker.bootstrap, "client.id": "ck-admin"})

    def result(futures: dict[Any, Any]) -> dict[Any, Any]:
        out = {}
        for key, f in futures.items():
            try:
                out[key] = f.result(30)
            except KafkaException as exc:
                out[key] = exc.args[0]
        return out

    # validate_only creates nothing; real creation honours configs; errors are per topic.
    assert result(admin.create_topics([NewTopic("ck-v", 3, 1)], validate_only=True)) == {
        "ck-v": None}
    created = result(admin.create_topics([
        NewTopic("ck-a", 2, 1, config={"retention.ms": "3600000", "cleanup.policy": "delete"}),
        NewTopic("ck-b", 1, 1),
        NewTopic("ck-bad-config", 1, 1, config={"retention.ms": "soon"}),
        NewTopic("ck-bad-rf", 1, 3),
        NewTopic("bad/name", 1, 1),
    ]))
    assert created["ck-a"] is None and created["ck-b"] is None
    assert created["ck-bad-config"].code() == E.INVALID_CONFIG
    assert created["ck-bad-rf"].code() == E.INVALID_REPLICATION_FACTOR
    assert created["bad/name"].code() == E.INVALID_TOPIC_EXCEPTION
    again = result(admin.create_topics([NewTopic("ck-a", 1, 1)]))
    assert again["ck-a"].code() == E.TOPIC_ALREADY_EXISTS
    # list_topics() asks for every topic (librdkafka sends its null topic array wrongly at
    # Metadata v9+, confluentinc/librdkafka#5049, which the broker tolerates as Kafka does);
    # describe_topics asks for named topics without auto-creation.
    listed = admin.list_topics(timeout=10).topics
    assert {"ck-a", "ck-b"} <= set(listed) and "ck-v" not in listed
    assert len(listed["ck-a"].partitions) == 2
    described = result(admin.describe_topics(TopicCollection(["ck-a", "ck-b", "ck-v"])))
    assert described["ck-a"].name == "ck-a" and len(described["ck-a"].partitions) == 2
    assert described["ck-a"].topic_id is not None
    assert len(described["ck-b"].partitions) == 1
    assert described["ck-v"].code() == E.UNKNOWN_TOPIC_OR_PARTITION

    def partitions(topic: str) -> int:
        found = result(admin.describe_topics(TopicCollection([topic])))[topic]
        return len(found.partitions) if hasattr(found, "partitions") else -1

    def topic_configs(name: str) -> dict[str, Any]:
        [configs] = result(admin.describe_configs(
            [ConfigResource(ResourceType.TOPIC, name)])).values()
        return configs  # type: ignore[no-any-return]

    configs = topic_configs("ck-a")
    assert configs["retention.ms"].value == "3600000"
    assert configs["retention.ms"].source == SOURCE_TOPIC
    assert configs["segment.bytes"].value == "1073741824"
    assert configs["segment.bytes"].source == SOURCE_DEFAULT
    assert configs["cleanup.policy"].value == "delete"

    # Incremental: SET, APPEND to a list, DELETE back to the default.
    res = ConfigResource(ResourceType.TOPIC, "ck-a", incremental_configs=[
        ConfigEntry("segment.ms", "600000", incremental_operation=AlterConfigOpType.SET),
        ConfigEntry("cleanup.policy", "compact", incremental_operation=AlterConfigOpType.APPEND),
        ConfigEntry("retention.ms", None, incremental_operation=AlterConfigOpType.DELETE),
    ])
    assert list(result(admin.incremental_alter_configs([res])).values()) == [None]
    configs = topic_configs("ck-a")
    assert configs["segment.ms"].value == "600000"
    assert configs["cleanup.policy"].value == "delete,compact"
    assert configs["retention.ms"].value == "604800000"
    assert configs["retention.ms"].source == SOURCE_DEFAULT
    bad = ConfigResource(ResourceType.TOPIC, "ck-a", incremental_configs=[
        ConfigEntry("segment.bytes", "10", incremental_operation=AlterConfigOpType.SET)])
    [err] = result(admin.incremental_alter_configs([bad])).values()
    assert err.code() == E.INVALID_CONFIG

    # Legacy AlterConfigs replaces every override of the topic.
    legacy = ConfigResource(ResourceType.TOPIC, "ck-a", set_config={"retention.bytes": "1000000"})
    assert list(result(admin.alter_configs([legacy])).values()) == [None]
    configs = topic_configs("ck-a")
    assert configs["retention.bytes"].value == "1000000"
    assert configs["segment.ms"].source == SOURCE_DEFAULT  # replaced away

    # Broker configs: static from the command line, read-only flags, a dynamic change.
    [broker_cfg] = result(admin.describe_configs(
        [ConfigResource(ResourceType.BROKER, "1")])).values()
    assert broker_cfg["num.partitions"].value == "1"
    assert broker_cfg["num.partitions"].source == SOURCE_STATIC
    assert broker_cfg["listeners"].is_read_only
    dyn = ConfigResource(ResourceType.BROKER, "1", incremental_configs=[ConfigEntry(
        "log.retention.ms", "7200000", incremental_operation=AlterConfigOpType.SET)])
    assert list(result(admin.incremental_alter_configs([dyn])).values()) == [None]
    configs = topic_configs("ck-b")
    assert configs["retention.ms"].value == "7200000"
    assert configs["retention.ms"].source == SOURCE_DYNAMIC_BROKER
    ro = ConfigResource(ResourceType.BROKER, "1", incremental_configs=[ConfigEntry(
        "listeners", "PLAINTEXT://:1", incremental_operation=AlterConfigOpType.SET)])
    [err] = result(admin.incremental_alter_configs([ro])).values()
    assert err.code() == E.INVALID_CONFIG

    # Partitions grow; records go; the cluster describes itself.
    assert list(result(admin.create_partitions([NewPartitions("ck-a", 4)])).values()) == [None]
    assert partitions("ck-a") == 4
    [err] = result(admin.create_partitions([NewPartitions("ck-a", 2)])).values()
    assert err.code() == E.INVALID_PARTITIONS
    produce(broker, "ck-b", 10)
    [deleted] = result(admin.delete_records([TopicPartition("ck-b", 0, 6)])).values()
    assert deleted.low_watermark == 6
    assert consume_offsets(broker, "ck-b") == [6, 7, 8, 9]
    cluster = admin.describe_cluster(include_authorized_operations=True).result(30)
    assert cluster.controller.id == 1 and [n.id for n in cluster.nodes] == [1]
    assert cluster.cluster_id and cluster.authorized_operations

    assert list(result(admin.delete_topics(["ck-a"])).values()) == [None]
    [err] = result(admin.delete_topics(["ck-missing"])).values()
    assert err.code() == E.UNKNOWN_TOPIC_OR_PARTITION
    assert partitions("ck-a") == -1


# ----------------------------------------------------------------------------- kafka-python


def test_kafka_python_admin(broker: BrokerProcess) -> None:
    from kafka import TopicPartition
    from kafka.admin import (
        ConfigResource,
        ConfigResourceType,
        KafkaAdminClient,
        NewPartitions,
        NewTopic,
    )
    from kafka.errors import (
        InvalidConfigurationError,
        InvalidPartitionsError,
        TopicAlreadyExistsError,
    )

    admin = KafkaAdminClient(bootstrap_servers=broker.bootstrap, client_id="kp-admin")
    try:
        admin.create_topics([NewTopic("kp-v", 2, 1)], validate_only=True)
        admin.create_topics([NewTopic("kp-a", 2, 1, topic_configs={"retention.ms": "3600000"}),
                             NewTopic("kp-b", 1, 1)])
        assert "kp-v" not in admin.list_topics()
        assert {"kp-a", "kp-b"} <= set(admin.list_topics())
        with pytest.raises(TopicAlreadyExistsError):
            admin.create_topics([NewTopic("kp-a", 1, 1)])
        with pytest.raises(InvalidConfigurationError):
            admin.create_topics([NewTopic("kp-bad", 1, 1, topic_configs={"segment.bytes": "1"})])

        def topic_configs(name: str) -> dict[str, Any]:
            out = admin.describe_configs([ConfigResource(ConfigResourceType.TOPIC, name)],
                                         config_filter="all")
            return _kp_configs(out, name)

        configs = topic_configs("kp-a")
        assert configs["retention.ms"]["value"] == "3600000"
        assert configs["retention.ms"]["config_source"] == "DYNAMIC_TOPIC_CONFIG"
        assert configs["segment.bytes"]["value"] == "1073741824"
        assert configs["segment.bytes"]["config_source"] == "DEFAULT_CONFIG"

        admin.alter_configs([ConfigResource(ConfigResourceType.TOPIC, "kp-a",
                                            configs={"segment.ms": "600000"})], incremental=True)
        configs = topic_configs("kp-a")
        assert configs["segment.ms"]["value"] == "600000"
        assert configs["retention.ms"]["value"] == "3600000"  # incremental keeps the rest
        admin.alter_configs([ConfigResource(ConfigResourceType.TOPIC, "kp-a",
                                            configs={"retention.bytes": "1000"})],
                            incremental=False)
        configs = topic_configs("kp-a")
        assert configs["retention.bytes"]["value"] == "1000"
        # kafka-python re-sends the other overrides itself, since AlterConfigs replaces them.
        assert configs["retention.ms"]["value"] == "3600000"
        assert configs["segment.ms"]["value"] == "600000"

        broker_configs = _kp_configs(admin.describe_configs(
            [ConfigResource(ConfigResourceType.BROKER, "1")], config_filter="all"), "1")
        assert broker_configs["auto.create.topics.enable"]["value"] == "true"
        admin.alter_configs([ConfigResource(ConfigResourceType.BROKER, "1",
                                            configs={"log.segment.bytes": "2097152"})])
        broker_configs = _kp_configs(admin.describe_configs(
            [ConfigResource(ConfigResourceType.BROKER, "1")]), "1")  # "modified" only
        assert broker_configs["log.segment.bytes"]["value"] == "2097152"
        assert broker_configs["log.segment.bytes"]["config_source"] == "DYNAMIC_BROKER_CONFIG"
        assert topic_configs("kp-b")["segment.bytes"]["value"] == "2097152"

        admin.create_partitions({"kp-a": NewPartitions(3)})
        with pytest.raises(InvalidPartitionsError):
            admin.create_partitions({"kp-a": NewPartitions(3)})
        produce(broker, "kp-b", 5)
        deleted = admin.delete_records({TopicPartition("kp-b", 0): 3})
        assert _field(deleted[TopicPartition("kp-b", 0)], "low_watermark") == 3
        assert consume_offsets(broker, "kp-b") == [3, 4]

        cluster = admin.describe_cluster()
        assert cluster["controller_id"] == 1
        assert [(b["broker_id"], b["port"]) for b in cluster["brokers"]] == [(1, broker.port)]
        dirs = admin.describe_log_dirs()
        parts = {(t["name"], p["partition_index"]) for d in dirs for ld in d["log_dirs"]
                 for t in ld["topics"] for p in t["partitions"]}
        assert {("kp-a", 0), ("kp-a", 2), ("kp-b", 0)} <= parts

        admin.delete_topics(["kp-a"])
        wait_until(lambda: "kp-a" not in admin.list_topics(), "kp-a deleted")
    finally:
        admin.close()


def _kp_configs(result: dict[str, Any], name: str) -> dict[str, dict[str, Any]]:
    """kafka-python 3's describe_configs result: {resource type: {name: {config: entry}}}."""
    [by_name] = result.values()
    return by_name[name]  # type: ignore[no-any-return]


def _field(struct: Any, name: str) -> Any:
    """A response struct's field, whether kafka-python hands out an object or a dict."""
    return struct[name] if isinstance(struct, dict) else getattr(struct, name)


# --------------------------------------------------------------------------------- aiokafka


def test_aiokafka_admin(broker: BrokerProcess) -> None:
    from aiokafka.admin import AIOKafkaAdminClient, NewPartitions, NewTopic
    from aiokafka.admin.config_resource import ConfigResource, ConfigResourceType
    from aiokafka.admin.records_to_delete import RecordsToDelete
    from aiokafka.structs import TopicPartition

    async def run() -> None:
        admin = AIOKafkaAdminClient(bootstrap_servers=broker.bootstrap, client_id="aio-admin")
        await admin.start()
        try:
            resp = await admin.create_topics([NewTopic("aio-v", 2, 1)], validate_only=True)
            assert [t[1] for t in resp.topic_errors] == [0]
            resp = await admin.create_topics([
                NewTopic("aio-a", 2, 1, topic_configs={"cleanup.policy": "compact"}),
                NewTopic("aio-b", 1, 1)])
            assert [t[1] for t in resp.topic_errors] == [0, 0]
            # The same name twice in one request: INVALID_REQUEST for each copy, as Kafka.
            resp = await admin.create_topics([NewTopic("aio-dup", 1, 1), NewTopic("aio-dup", 2, 1),
                                              NewTopic("aio-a", 1, 1)])
            assert [t[1] for t in resp.topic_errors] == [E.INVALID_REQUEST, E.INVALID_REQUEST,
                                                         E.TOPIC_ALREADY_EXISTS]
            topics = await admin.list_topics()
            assert {"aio-b"} <= set(topics) and "aio-v" not in topics

            [described] = await admin.describe_configs(
                [ConfigResource(ConfigResourceType.TOPIC, "aio-b")], include_synonyms=True)
            entries = {e[0]: e for r in described.resources for e in r[4]}
            assert entries["retention.ms"][1] == "604800000"
            await admin.alter_configs([ConfigResource(
                ConfigResourceType.TOPIC, "aio-b", {"retention.ms": "1000000"})])
            [described] = await admin.describe_configs(
                [ConfigResource(ConfigResourceType.TOPIC, "aio-b")])
            entries = {e[0]: e for r in described.resources for e in r[4]}
            assert entries["retention.ms"][1] == "1000000"

            resp = await admin.create_partitions({"aio-b": NewPartitions(3)})
            assert [r[1] for r in resp.topic_errors] == [0]
            produce(broker, "aio-b", 4)
            lows = await admin.delete_records(
                {TopicPartition("aio-b", 0): RecordsToDelete(before_offset=2)})
            assert lows == {TopicPartition("aio-b", 0): 2}
            cluster = await admin.describe_cluster()
            assert cluster["controller_id"] == 1
            resp = await admin.delete_topics(["aio-b"])
            assert [t[1] for t in resp.topic_error_codes] == [0]
        finally:
            await admin.close()

    asyncio.run(run())
    assert consume_offsets(broker, "aio-a") == []


# ------------------------------------------------------------------------------------- kcat


@pytest.mark.skipif(shutil.which("kcat") is None, reason="Debian's kcat is not installed")
def test_kcat_lists_topics(broker: BrokerProcess) -> None:
    from confluent_kafka.admin import AdminClient, NewTopic

    admin = AdminClient({"bootstrap.servers": broker.bootstrap})
    for f in admin.create_topics([NewTopic("kcat-a", 3, 1), NewTopic("kcat-b", 1, 1)]).values():
        f.result(30)
    out = subprocess.run(["kcat", "-b", broker.bootstrap, "-L", "-J"], capture_output=True,
                         text=True, timeout=60, check=True)
    meta = json.loads(out.stdout)
    topics = {t["topic"]: len(t["partitions"]) for t in meta["topics"]}
    assert topics["kcat-a"] == 3 and topics["kcat-b"] == 1
    assert [b["id"] for b in meta["brokers"]] == [1]
    assert meta["brokers"][0]["name"] == f"127.0.0.1:{broker.port}"
    assert all(p["leader"] == 1 for t in meta["topics"] for p in t["partitions"])
