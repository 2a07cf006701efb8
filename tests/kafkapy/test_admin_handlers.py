"""Admin handlers (CreateTopics, DeleteTopics, CreatePartitions, DescribeConfigs, AlterConfigs,
IncrementalAlterConfigs) over a real LocalMetadataStore and KafkaConfig, at every advertised version.

Every request is encoded and decoded at the version under test, and so is every response, so a
field that a version cannot carry fails here rather than in a client.
"""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from kafkapy.config.alter import DynamicBrokerConfig
from kafkapy.config.defs import ConfigSource
from kafkapy.config.kafka_config import KafkaConfig
from kafkapy.handlers import (
    k19_create_topics,
    k20_delete_topics,
    k32_describe_configs,
    k33_alter_configs,
    k37_create_partitions,
    k44_incremental_alter_configs,
)
from kafkapy.metadata.local import LocalMetadataStore
from wire.errors import ErrorCode
from wire.messages.k19_create_topics import CreateTopicsRequest
from wire.messages.k20_delete_topics import DeleteTopicsRequest
from wire.messages.k32_describe_configs import DescribeConfigsRequest
from wire.messages.k33_alter_configs import AlterConfigsRequest
from wire.messages.k37_create_partitions import CreatePartitionsRequest
from wire.messages.k44_incremental_alter_configs import IncrementalAlterConfigsRequest
from wire.primitives import ZERO_UUID

CT = CreateTopicsRequest
TOPIC, BROKER, LOGGER = 2, 4, 8


class Broker(SimpleNamespace):
    config: KafkaConfig
    metadata: LocalMetadataStore


def started_store(tmp_path: Path, cfg: KafkaConfig) -> LocalMetadataStore:
    """The store as the broker builds it: dynamic broker configs applied to `cfg`."""
    metadata = LocalMetadataStore(tmp_path, 1)
    metadata.add_entity_listener(DynamicBrokerConfig(cfg, lambda: None))
    asyncio.run(metadata.start())
    return metadata


@pytest.fixture
def broker(tmp_path: Path) -> Broker:
    cfg = KafkaConfig.load(None, [f"log.dirs={tmp_path}", "node.id=1", "num.partitions=2"])
    return Broker(config=cfg, metadata=started_store(tmp_path, cfg))


def call(module: Any, broker: Broker, request: Any, version: int) -> Any:
    req = type(request).decode(request.encode(version), version)
    header = SimpleNamespace(api_version=version, client_id="test", correlation_id=1)
    ctx = SimpleNamespace(broker=broker, header=header, api_version=version, client_id="test",
                          connection=None)
    response = asyncio.run(module.handle(ctx, req))
    return type(response).decode(response.encode(version), version)


def create(broker: Broker, version: int = 7, validate_only: bool = False,
           **topics: dict[str, Any]) -> dict[str, Any]:
    reqs = []
    for name, spec in topics.items():
        reqs.append(CT.CreatableTopic(
            name=name,
            num_partitions=spec.get("partitions", -1),
            replication_factor=spec.get("rf", -1),
            assignments=[CT.CreatableReplicaAssignment(partition_index=p, broker_ids=b)
                         for p, b in spec.get("assignments", {}).items()],
            configs=[CT.CreatableTopicConfig(name=k, value=v)
                     for k, v in spec.get("configs", {}).items()],
        ))
    resp = call(k19_create_topics, broker, CT(topics=reqs, validate_only=validate_only), version)
    return {r.name: r for r in resp.topics}


@pytest.mark.parametrize("version", range(2, 8))
def test_create_topics_every_version(broker: Broker, version: int) -> None:
    out = create(broker, version, t1={"partitions": 3, "configs": {"retention.ms": "1000"}},
                 t2={})
    assert out["t1"].error_code == ErrorCode.NONE
    assert broker.metadata.get("t1").num_partitions == 3
    assert broker.metadata.get("t1").configs == {"retention.ms": "1000"}
    assert broker.metadata.get("t2").num_partitions == 2  # num.partitions
    if version >= 5:
        assert out["t1"].num_partitions == 3 and out["t1"].replication_factor == 1
        configs = {c.name: c for c in out["t1"].configs}
        assert configs["retention.ms"].value == "1000"
        assert configs["retention.ms"].config_source == ConfigSource.DYNAMIC_TOPIC_CONFIG
        assert configs["segment.bytes"].config_source == ConfigSource.DEFAULT_CONFIG
    if version >= 7:
        assert out["t1"].topic_id == broker.metadata.get("t1").topic_id != ZERO_UUID


def test_create_topics_errors_per_topic(broker: Broker) -> None:
    create(broker, existing={}, **{"a.b": {}})
    out = create(
        broker,
        existing={},
        bad_cfg={"configs": {"retention.ms": "soon"}},
        unknown_cfg={"configs": {"no.such.config": "1"}},
        zero_parts={"partitions": 0},
        rf3={"rf": 3},
        rf0={"rf": 0},
        both={"partitions": 1, "assignments": {0: [1]}},
        gap={"assignments": {0: [1], 2: [1]}},
        other_broker={"assignments": {0: [7]}},
        ok_assigned={"assignments": {0: [1], 1: [1]}},
        **{"bad/name": {}, "": {}, "a_b": {}, "x" * 250: {}},
    )
    codes = {name: r.error_code for name, r in out.items()}
    assert codes == {
        "existing": ErrorCode.TOPIC_ALREADY_EXISTS,
        "bad_cfg": ErrorCode.INVALID_CONFIG,
        "unknown_cfg": ErrorCode.INVALID_CONFIG,
        "zero_parts": ErrorCode.INVALID_PARTITIONS,
        "rf3": ErrorCode.INVALID_REPLICATION_FACTOR,
        "rf0": ErrorCode.INVALID_REPLICATION_FACTOR,
        "both": ErrorCode.INVALID_REQUEST,
        "gap": ErrorCode.INVALID_REPLICA_ASSIGNMENT,
        "other_broker": ErrorCode.INVALID_REPLICA_ASSIGNMENT,
        "ok_assigned": ErrorCode.NONE,
        "bad/name": ErrorCode.INVALID_TOPIC_EXCEPTION,
        "": ErrorCode.INVALID_TOPIC_EXCEPTION,
        "a_b": ErrorCode.INVALID_TOPIC_EXCEPTION,  # collides with a.b
        "x" * 250: ErrorCode.INVALID_TOPIC_EXCEPTION,
    }
    assert all(r.error_message for n, r in out.items() if r.error_code)
    assert broker.metadata.get("ok_assigned").num_partitions == 2
    assert broker.metadata.get("bad_cfg") is None


def test_create_topics_validate_only_and_duplicates(broker: Broker) -> None:
    out = create(broker, validate_only=True, v={"partitions": 4, "configs": {"segment.ms": "9"}})
    assert out["v"].error_code == ErrorCode.NONE and out["v"].num_partitions == 4
    assert broker.metadata.get("v") is None
    req = CT(topics=[CT.CreatableTopic(name="d", num_partitions=1, replication_factor=1)] * 2)
    resp = call(k19_create_topics, broker, req, 7)
    assert [r.error_code for r in resp.topics] == [ErrorCode.INVALID_REQUEST] * 2
    assert broker.metadata.get("d") is None


@pytest.mark.parametrize("version", range(1, 7))
def test_delete_topics_every_version(broker: Broker, version: int) -> None:
    create(broker, gone={}, other={})
    if version >= 6:
        tid = broker.metadata.get("other").topic_id
        req = DeleteTopicsRequest(topics=[
            DeleteTopicsRequest.DeleteTopicState(name="gone"),
            DeleteTopicsRequest.DeleteTopicState(name=None, topic_id=tid),
            DeleteTopicsRequest.DeleteTopicState(name="missing"),
            DeleteTopicsRequest.DeleteTopicState(name=None, topic_id=ZERO_UUID),
        ], timeout_ms=1000)
    else:
        req = DeleteTopicsRequest(topic_names=["gone", "other", "missing"], timeout_ms=1000)
    resp = call(k20_delete_topics, broker, req, version)
    codes = [r.error_code for r in resp.responses]
    assert codes[:3] == [ErrorCode.NONE, ErrorCode.NONE, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION]
    assert broker.metadata.topics == {}
    if version >= 6:
        assert resp.responses[1].name == "other"  # found by id, answered with its name
        assert codes[3] == ErrorCode.INVALID_REQUEST


def test_delete_topics_unknown_id_and_disabled(broker: Broker, tmp_path: Path) -> None:
    import uuid

    req = DeleteTopicsRequest(topics=[DeleteTopicsRequest.DeleteTopicState(
        name=None, topic_id=uuid.uuid4())])
    resp = call(k20_delete_topics, broker, req, 6)
    assert resp.responses[0].error_code == ErrorCode.UNKNOWN_TOPIC_ID
    create(broker, keep={})
    broker.config = KafkaConfig.load(None, [f"log.dirs={tmp_path}", "delete.topic.enable=false"])
    resp = call(k20_delete_topics, broker, DeleteTopicsRequest(topic_names=["keep"]), 5)
    assert resp.responses[0].error_code == ErrorCode.TOPIC_DELETION_DISABLED
    assert broker.metadata.get("keep") is not None


@pytest.mark.parametrize("version", range(4))
def test_create_partitions_every_version(broker: Broker, version: int) -> None:
    create(broker, grow={"partitions": 1})
    P = CreatePartitionsRequest
    req = P(topics=[
        P.CreatePartitionsTopic(name="grow", count=3, assignments=None),
        P.CreatePartitionsTopic(name="nope", count=3, assignments=None),
    ], timeout_ms=1000)
    resp = call(k37_create_partitions, broker, req, version)
    assert [r.error_code for r in resp.results] == [
        ErrorCode.NONE, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION]
    assert broker.metadata.get("grow").num_partitions == 3
    shrink = P(topics=[P.CreatePartitionsTopic(name="grow", count=2, assignments=None)])
    assert call(k37_create_partitions, broker, shrink, version).results[0].error_code == (
        ErrorCode.INVALID_PARTITIONS)
    check = P(topics=[P.CreatePartitionsTopic(
        name="grow", count=5, assignments=[P.CreatePartitionsAssignment(broker_ids=[1])] * 2)],
        validate_only=True)
    assert call(k37_create_partitions, broker, check, version).results[0].error_code == 0
    assert broker.metadata.get("grow").num_partitions == 3


def describe(broker: Broker, rtype: int, name: str, keys: list[str] | None = None,
             version: int = 4, synonyms: bool = True) -> Any:
    D = DescribeConfigsRequest
    req = D(resources=[D.DescribeConfigsResource(resource_type=rtype, resource_name=name,
                                                 configuration_keys=keys)],
            include_synonyms=synonyms, include_documentation=version >= 3)
    return call(k32_describe_configs, broker, req, version).results[0]


@pytest.mark.parametrize("version", range(1, 5))
def test_describe_configs_every_version(broker: Broker, version: int) -> None:
    create(broker, t={"configs": {"cleanup.policy": "compact"}})
    res = describe(broker, TOPIC, "t", version=version)
    assert res.error_code == 0
    entries = {c.name: c for c in res.configs}
    assert entries["cleanup.policy"].value == "compact"
    assert entries["cleanup.policy"].config_source == ConfigSource.DYNAMIC_TOPIC_CONFIG
    assert entries["retention.ms"].synonyms[0].name == "log.retention.hours"
    if version >= 3:
        assert entries["retention.ms"].documentation
        assert entries["retention.ms"].config_type == 5  # LONG
    res = describe(broker, BROKER, "1", ["num.partitions", "listeners"], version=version)
    entries = {c.name: c for c in res.configs}
    assert entries["num.partitions"].value == "2"
    assert entries["num.partitions"].config_source == ConfigSource.STATIC_BROKER_CONFIG
    assert entries["listeners"].read_only is True


def test_describe_configs_errors(broker: Broker) -> None:
    assert describe(broker, TOPIC, "missing").error_code == ErrorCode.UNKNOWN_TOPIC_OR_PARTITION
    assert describe(broker, TOPIC, "bad/name").error_code == ErrorCode.INVALID_TOPIC_EXCEPTION
    assert describe(broker, BROKER, "99").error_code == ErrorCode.INVALID_REQUEST
    for name in ("\u00b2", "\u0661", "1 ", "0x1", "1" * 40):  # superscript/Arabic digits...
        assert describe(broker, BROKER, name).error_code == ErrorCode.INVALID_REQUEST, name
    assert describe(broker, 3, "group").error_code == ErrorCode.INVALID_REQUEST
    assert describe(broker, BROKER, "").configs == []  # no dynamic defaults yet
    loggers = {c.name: c.value for c in describe(broker, LOGGER, "1").configs}
    assert loggers["root"] in ("INFO", "WARN", "DEBUG", "ERROR")


def alter(broker: Broker, rtype: int, name: str, configs: dict[str, str | None],
          version: int = 2, validate_only: bool = False) -> Any:
    A = AlterConfigsRequest
    req = A(resources=[A.AlterConfigsResource(
        resource_type=rtype, resource_name=name,
        configs=[A.AlterableConfig(name=k, value=v) for k, v in configs.items()])],
        validate_only=validate_only)
    return call(k33_alter_configs, broker, req, version).responses[0]


@pytest.mark.parametrize("version", range(3))
def test_alter_configs_replaces_overrides(broker: Broker, version: int) -> None:
    create(broker, t={"configs": {"retention.ms": "1000", "segment.ms": "5000"}})
    assert alter(broker, TOPIC, "t", {"retention.ms": "2000"}, version).error_code == 0
    assert broker.metadata.get("t").configs == {"retention.ms": "2000"}  # segment.ms reset
    bad = alter(broker, TOPIC, "t", {"retention.ms": "x"}, version)
    assert bad.error_code == ErrorCode.INVALID_CONFIG and "retention.ms" in bad.error_message
    assert alter(broker, TOPIC, "t", {"retention.ms": None}, version).error_code == (
        ErrorCode.INVALID_REQUEST)
    assert alter(broker, TOPIC, "t", {}, version, validate_only=True).error_code == 0
    assert broker.metadata.get("t").configs == {"retention.ms": "2000"}
    assert alter(broker, TOPIC, "nope", {}, version).error_code == (
        ErrorCode.UNKNOWN_TOPIC_OR_PARTITION)


def test_alter_broker_configs_dynamic_only_and_persisted(broker: Broker, tmp_path: Path) -> None:
    res = alter(broker, BROKER, "1", {"listeners": "PLAINTEXT://:1"})
    assert res.error_code == ErrorCode.INVALID_CONFIG and "dynamically" in res.error_message
    assert alter(broker, BROKER, "7", {"num.partitions": "3"}).error_code == (
        ErrorCode.INVALID_REQUEST)
    assert alter(broker, BROKER, "", {"log.retention.ms": "5000"}).error_code == 0
    assert broker.config.log_retention_ms == 5000
    entry = {c.name: c for c in describe(broker, BROKER, "", ["log.retention.ms"]).configs}
    assert entry["log.retention.ms"].config_source == ConfigSource.DYNAMIC_DEFAULT_BROKER_CONFIG
    create(broker, t={})
    topic_entry = {c.name: c for c in describe(broker, TOPIC, "t").configs}["retention.ms"]
    assert topic_entry.value == "5000"
    assert topic_entry.config_source == ConfigSource.DYNAMIC_DEFAULT_BROKER_CONFIG
    reloaded = KafkaConfig.load(None, [f"log.dirs={tmp_path}"])
    started_store(tmp_path, reloaded)  # a restart: the store applies what it kept
    assert reloaded.log_retention_ms == 5000


def incremental(broker: Broker, rtype: int, name: str, ops: list[tuple[str, int, str | None]],
                version: int = 1, validate_only: bool = False) -> Any:
    I = IncrementalAlterConfigsRequest
    req = I(resources=[I.AlterConfigsResource(
        resource_type=rtype, resource_name=name,
        configs=[I.AlterableConfig(name=n, config_operation=op, value=v) for n, op, v in ops])],
        validate_only=validate_only)
    return call(k44_incremental_alter_configs, broker, req, version).responses[0]


@pytest.mark.parametrize("version", range(2))
def test_incremental_alter_topic(broker: Broker, version: int) -> None:
    create(broker, t={"configs": {"retention.ms": "1000"}})
    SET, DELETE, APPEND, SUBTRACT = 0, 1, 2, 3
    assert incremental(broker, TOPIC, "t", [("segment.ms", SET, "7000")], version).error_code == 0
    assert broker.metadata.get("t").configs == {"retention.ms": "1000", "segment.ms": "7000"}
    res = incremental(broker, TOPIC, "t", [("retention.ms", DELETE, None)], version)
    assert res.error_code == 0
    assert broker.metadata.get("t").configs == {"segment.ms": "7000"}
    assert incremental(broker, TOPIC, "t", [("cleanup.policy", APPEND, "compact")],
                       version).error_code == 0
    assert broker.metadata.get("t").configs["cleanup.policy"] == "delete,compact"
    assert incremental(broker, TOPIC, "t", [("cleanup.policy", SUBTRACT, "delete")],
                       version).error_code == 0
    assert broker.metadata.get("t").configs["cleanup.policy"] == "compact"
    res = incremental(broker, TOPIC, "t", [("segment.ms", APPEND, "1")], version)
    assert res.error_code == ErrorCode.INVALID_CONFIG
    res = incremental(broker, TOPIC, "t", [("segment.ms", SET, "1"), ("segment.ms", DELETE, None)])
    assert res.error_code == ErrorCode.INVALID_REQUEST
    res = incremental(broker, TOPIC, "t", [("segment.bytes", SET, "10")])
    assert res.error_code == ErrorCode.INVALID_CONFIG
    assert incremental(broker, TOPIC, "t", [("segment.ms", SET, "1")], validate_only=True
                       ).error_code == 0
    assert broker.metadata.get("t").configs["segment.ms"] == "7000"


def test_incremental_alter_broker_and_logger(broker: Broker) -> None:
    assert incremental(broker, BROKER, "1", [("log.segment.bytes", 0, "2097152")]).error_code == 0
    assert broker.config.log_segment_bytes == 2097152
    assert incremental(broker, BROKER, "1", [("log.segment.bytes", 1, None)]).error_code == 0
    assert broker.config.log_segment_bytes == 1073741824
    assert incremental(broker, BROKER, "1", [("num.io.threads", 0, "zero")]).error_code == (
        ErrorCode.INVALID_CONFIG)
    logger = logging.getLogger("kafkapy.admin.test")
    assert incremental(broker, LOGGER, "1", [("kafkapy.admin.test", 0, "DEBUG")]).error_code == 0
    assert logger.level == logging.DEBUG
    assert incremental(broker, LOGGER, "1", [("kafkapy.admin.test", 0, "LOUD")]).error_code == (
        ErrorCode.INVALID_CONFIG)
    assert incremental(broker, LOGGER, "1", [("kafkapy.admin.test", 1, None)]).error_code == 0
    assert logger.level == logging.NOTSET
    res = incremental(broker, LOGGER, "1", [("no.such.logger.anywhere", 0, "DEBUG")])
    assert res.error_code == ErrorCode.INVALID_CONFIG
    assert "no.such.logger.anywhere" not in logging.root.manager.loggerDict


def test_partition_count_limit_per_request(broker: Broker) -> None:
    out = create(broker, huge={"partitions": 2**31 - 1}, small={"partitions": 1})
    assert {r.error_code for r in out.values()} == {ErrorCode.POLICY_VIOLATION}
    assert broker.metadata.topics == {}
    out = create(broker, a={"partitions": 5000}, b={"partitions": 5001})
    assert {r.error_code for r in out.values()} == {ErrorCode.POLICY_VIOLATION}
    create(broker, grow={"partitions": 1})
    P = CreatePartitionsRequest
    req = P(topics=[P.CreatePartitionsTopic(name="grow", count=2**31 - 1, assignments=None)])
    resp = call(k37_create_partitions, broker, req, 3)
    assert resp.results[0].error_code == ErrorCode.POLICY_VIOLATION
    assert broker.metadata.get("grow").num_partitions == 1
