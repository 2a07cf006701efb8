"""kafkapy.config.describe: DescribeConfigs values, sources and synonyms as Kafka reports them."""

from __future__ import annotations

from kafkapy.config.defs import TOPIC_KEYS, ConfigSource, ConfigType
from kafkapy.config.describe import (
    describe_broker,
    describe_broker_default,
    describe_topic,
)
from kafkapy.config.kafka_config import KafkaConfig

S = ConfigSource


def by_name(entries: list) -> dict:  # type: ignore[type-arg]
    return {e.name: e for e in entries}


def test_topic_default_comes_from_default_config() -> None:
    entry = by_name(describe_topic(KafkaConfig({}), {}, include_synonyms=True))["retention.ms"]
    assert entry.value == "604800000"
    assert entry.source is S.DEFAULT_CONFIG
    assert [(s.name, s.value, s.source) for s in entry.synonyms] == [
        ("log.retention.hours", "168", S.DEFAULT_CONFIG)
    ]
    assert entry.read_only is False and entry.sensitive is False
    assert entry.type is ConfigType.LONG


def test_topic_synonyms_are_source_major_in_kafka_order() -> None:
    cfg = KafkaConfig({"log.retention.minutes": "10", "log.retention.hours": "5"})
    cfg.set_dynamic(default={"log.retention.ms": "777"})
    entry = by_name(describe_topic(cfg, {"retention.ms": "1000"}, ["retention.ms"],
                                   include_synonyms=True))["retention.ms"]
    assert entry.value == "1000" and entry.source is S.DYNAMIC_TOPIC_CONFIG
    assert [(s.name, s.value, s.source) for s in entry.synonyms] == [
        ("retention.ms", "1000", S.DYNAMIC_TOPIC_CONFIG),
        ("log.retention.ms", "777", S.DYNAMIC_DEFAULT_BROKER_CONFIG),
        ("log.retention.minutes", "10", S.STATIC_BROKER_CONFIG),
        ("log.retention.hours", "5", S.STATIC_BROKER_CONFIG),
        ("log.retention.hours", "168", S.DEFAULT_CONFIG),
    ]
    # Without the topic override the dynamic default decides, and says so.
    plain = describe_topic(cfg, {}, ["retention.ms"], include_synonyms=False)[0]
    assert plain.value == "777" and plain.source is S.DYNAMIC_DEFAULT_BROKER_CONFIG
    assert plain.synonyms == []


def test_topic_static_broker_setting_is_the_source() -> None:
    cfg = KafkaConfig({"log.cleanup.policy": "compact"})
    entry = describe_topic(cfg, {}, ["cleanup.policy"])[0]
    assert entry.value == "compact" and entry.source is S.STATIC_BROKER_CONFIG


def test_topic_describe_lists_every_key_and_skips_unknown_names() -> None:
    assert {e.name for e in describe_topic(KafkaConfig({}), {})} == set(TOPIC_KEYS)
    assert describe_topic(KafkaConfig({}), {}, ["no.such", "segment.bytes"])[0].name == (
        "segment.bytes")


def test_documentation_only_when_asked() -> None:
    entry = describe_topic(KafkaConfig({}), {}, ["segment.bytes"], include_documentation=True)[0]
    assert entry.documentation
    assert describe_topic(KafkaConfig({}), {}, ["segment.bytes"])[0].documentation is None


def test_broker_entries_read_only_and_values() -> None:
    cfg = KafkaConfig({"num.partitions": "3", "log.retention.hours": "2"})
    entries = by_name(describe_broker(cfg, include_synonyms=True))
    assert entries["num.partitions"].value == "3"
    assert entries["num.partitions"].source is S.STATIC_BROKER_CONFIG
    assert entries["num.partitions"].read_only is False  # dynamic in Kafka
    assert entries["listeners"].read_only is True
    assert entries["log.segment.bytes"].source is S.DEFAULT_CONFIG
    # log.retention.ms is unset (null) yet its source is its first set synonym's.
    ms = entries["log.retention.ms"]
    assert ms.value is None and ms.source is S.STATIC_BROKER_CONFIG
    assert ms.synonyms[0].name == "log.retention.hours"
    assert entries["log.cleanup.policy"].value == "delete"
    assert entries["auto.create.topics.enable"].value == "true"


def test_broker_default_resource_shows_only_dynamic_defaults() -> None:
    cfg = KafkaConfig({})
    assert describe_broker_default(cfg) == []
    cfg.set_dynamic(default={"log.segment.bytes": "2097152"})
    [entry] = describe_broker_default(cfg)
    assert (entry.name, entry.value, entry.source) == (
        "log.segment.bytes", "2097152", S.DYNAMIC_DEFAULT_BROKER_CONFIG)


def test_password_values_are_never_described() -> None:
    cfg = KafkaConfig({"ssl.keystore.password": "hunter2"})
    cfg.set_dynamic(broker={"ssl.key.password": "secret"})
    entries = by_name(describe_broker(cfg, ["ssl.keystore.password", "ssl.key.password"],
                                      include_synonyms=True))
    for name in ("ssl.keystore.password", "ssl.key.password"):
        entry = entries[name]
        assert entry.sensitive and entry.value is None, entry
        assert entry.synonyms and all(s.value is None for s in entry.synonyms)
    assert entries["ssl.keystore.password"].source is S.STATIC_BROKER_CONFIG
    assert entries["ssl.key.password"].source is S.DYNAMIC_BROKER_CONFIG
    assert "hunter2" not in repr(describe_broker(cfg, include_synonyms=True))
