"""kafkapy.config.kafka_config: Kafka's names, defaults, precedence rules and one-line errors."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from kafkapy.config.defs import BROKER_KEYS, LONG_MAX, TOPIC_KEYS
from kafkapy.config.kafka_config import KafkaConfig, topic_config_values, validate_topic_configs
from kafkapy.config.parse import ConfigError, parse_overrides, read_properties


def cfg(**props: str) -> KafkaConfig:
    return KafkaConfig({k.replace("_", "."): v for k, v in props.items()})


def test_kafka_defaults() -> None:
    c = KafkaConfig({})
    assert c.get("num.partitions") == 1
    assert c.get("log.segment.bytes") == 1073741824
    assert c.message_max_bytes == 1048588
    assert c.socket_request_max_bytes == 104857600
    assert c.queued_max_requests == 500
    assert c.connections_max_idle_ms == 600000
    assert c.offsets_topic_num_partitions == 50
    assert c.group_initial_rebalance_delay_ms == 3000
    assert c.auto_create_topics_enable is True
    assert c.log_cleanup_policy == ["delete"]
    assert c.log_retention_ms == 168 * 3_600_000
    assert c.log_roll_ms == 168 * 3_600_000
    assert c.log_flush_interval_ms == LONG_MAX
    assert c.log_dirs == ["/tmp/kafka-logs"]
    assert [str(x) for x in c.listeners] == ["PLAINTEXT://:9092"]
    assert c.node_id == 1


def test_retention_precedence_ms_over_minutes_over_hours() -> None:
    assert cfg(log_retention_hours="2").log_retention_ms == 7_200_000
    assert cfg(log_retention_hours="2", log_retention_minutes="3").log_retention_ms == 180_000
    c = cfg(log_retention_hours="2", log_retention_minutes="3", log_retention_ms="1234")
    assert c.log_retention_ms == 1234
    # Kafka: any negative result means no time limit, reported as -1.
    assert cfg(log_retention_minutes="-1").log_retention_ms == -1
    assert cfg(log_retention_ms="-1").log_retention_ms == -1


def test_roll_and_flush_precedence() -> None:
    assert cfg(log_roll_hours="1").log_roll_ms == 3_600_000
    assert cfg(log_roll_hours="1", log_roll_ms="5000").log_roll_ms == 5000
    assert cfg(log_roll_jitter_hours="1").log_roll_jitter_ms == 3_600_000
    assert cfg(log_flush_scheduler_interval_ms="700").log_flush_interval_ms == 700
    c = cfg(log_flush_scheduler_interval_ms="700", log_flush_interval_ms="50")
    assert c.log_flush_interval_ms == 50


def test_node_id_and_broker_id() -> None:
    assert cfg(node_id="3").node_id == 3
    assert cfg(broker_id="4").node_id == 4
    assert cfg(node_id="5", broker_id="5").node_id == 5
    with pytest.raises(ConfigError) as exc:
        cfg(node_id="5", broker_id="6")
    assert exc.value.name == "node.id"


def test_log_dirs_over_log_dir() -> None:
    assert cfg(log_dir="/a").log_dirs == ["/a"]
    assert cfg(log_dir="/a", log_dirs="/b, /c").log_dirs == ["/b", "/c"]


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("log.segment.bytes", "abc"),
        ("log.segment.bytes", "1000"),  # Kafka 4.0: at least 1 MiB
        ("log.segment.bytes", "99999999999"),  # not an INT
        ("num.partitions", "0"),
        ("auto.create.topics.enable", "yes"),
        ("log.cleanup.policy", "delete,shred"),
        ("log.message.timestamp.type", "WallClock"),
        ("log.cleaner.min.cleanable.ratio", "1.5"),
        ("queued.max.requests", "0"),
        ("listeners", "PLAINTEXT://host-without-port"),
        ("listeners", "SSL://127.0.0.1:9093"),
        ("listeners", "PLAINTEXT://127.0.0.1:70000"),
        ("listeners", "PLAINTEXT://a:1,PLAINTEXT://b:2"),
        ("listeners", "FOO://127.0.0.1:1"),
    ],
)
def test_bad_value_is_one_line_naming_the_key(key: str, value: str) -> None:
    with pytest.raises(ConfigError) as exc:
        KafkaConfig({key: value})
    assert exc.value.name == key
    message = str(exc.value)
    assert "\n" not in message and key in message


def test_advertised_listeners_rules() -> None:
    c = cfg(listeners="PLAINTEXT://0.0.0.0:9092,INTERNAL://127.0.0.1:9093",
            listener_security_protocol_map="PLAINTEXT:PLAINTEXT,INTERNAL:PLAINTEXT",
            advertised_listeners="PLAINTEXT://example.com:19092")
    assert [str(x) for x in c.listeners] == [
        "PLAINTEXT://0.0.0.0:9092", "INTERNAL://127.0.0.1:9093"]
    assert [str(x) for x in c.advertised_listeners] == ["PLAINTEXT://example.com:19092"]
    # Unset advertised host: the broker's own name, never an unroutable address.
    unset = cfg(listeners="PLAINTEXT://:9092")
    assert unset.advertised_listeners[0].host not in ("", "0.0.0.0")
    with pytest.raises(ConfigError, match="0.0.0.0"):
        cfg(listeners="PLAINTEXT://:9092", advertised_listeners="PLAINTEXT://0.0.0.0:9092")
    with pytest.raises(ConfigError) as exc:
        cfg(listeners="PLAINTEXT://:9092", advertised_listeners="OTHER://h:1",
            listener_security_protocol_map="PLAINTEXT:PLAINTEXT,OTHER:PLAINTEXT")
    assert exc.value.name == "advertised.listeners"
    ipv6 = cfg(listeners="PLAINTEXT://[::1]:9092")
    assert ipv6.listeners[0].host == "::1" and str(ipv6.listeners[0]) == "PLAINTEXT://[::1]:9092"


def test_unknown_key_warns_and_is_kept(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="kafkapy.config"):
        c = KafkaConfig({"no.such.key": "1", "num.partitions": "3"})
    assert c.unknown_keys == ["no.such.key"]
    assert any("no.such.key" in r.getMessage() for r in caplog.records)
    assert c.num_partitions == 3


def test_attribute_access_rejects_undefined_keys() -> None:
    with pytest.raises(AttributeError):
        _ = KafkaConfig({}).no_such_key


def test_read_properties_java_syntax() -> None:
    text = (
        "# comment\n! also a comment\n\n"
        "a=1\n"
        "b : two\n"
        "c three\n"
        "  d = spaced value  \n"
        "e=first,\\\n    second\n"
        "f=tab\\there\\u0041\n"
        "g=\n"
        "key\\=with\\:seps=x\n"
    )
    props = read_properties(text)
    assert props == {
        "a": "1", "b": "two", "c": "three", "d": "spaced value  ", "e": "first,second",
        "f": "tab\thereA", "g": "", "key=with:seps": "x",
    }


def test_load_file_then_overrides(tmp_path: Path) -> None:
    path = tmp_path / "server.properties"
    path.write_text(f"num.partitions=3\nlog.dirs={tmp_path / 'data'}\nlog.retention.hours=1\n")
    c = KafkaConfig.load(path, ["num.partitions=7", "log.retention.ms=99"])
    assert c.num_partitions == 7
    assert c.log_retention_ms == 99
    assert c.static["num.partitions"] == "7"


def test_load_errors_are_config_errors(tmp_path: Path) -> None:
    with pytest.raises(ConfigError):
        KafkaConfig.load(tmp_path / "missing.properties")
    with pytest.raises(ConfigError):
        parse_overrides(["no-equals-sign"])
    path = tmp_path / "server.properties"
    path.write_text("log.segment.bytes=12\n")
    with pytest.raises(ConfigError) as exc:
        KafkaConfig.load(path)
    assert exc.value.name == "log.segment.bytes"


def test_dynamic_layers_precedence(tmp_path: Path) -> None:
    c = KafkaConfig.load(None, [f"log.dirs={tmp_path}", "log.retention.hours=5"])
    c.set_dynamic(default={"log.retention.ms": "1000"})
    assert c.log_retention_ms == 1000
    c.set_dynamic(broker={"log.retention.ms": "2000", "num.partitions": "4"})
    assert c.log_retention_ms == 2000 and c.num_partitions == 4
    with pytest.raises(ConfigError, match="dynamically"):
        c.set_dynamic(broker={"listeners": "PLAINTEXT://:1"})
    with pytest.raises(ConfigError):
        c.set_dynamic(broker={"num.partitions": "0"})
    assert c.num_partitions == 4  # a failed update changes nothing
    # Persistence is the metadata store's: tests/kafkapy/metadata/test_local.py
    # (test_dynamic_broker_configs_persist_and_apply_at_start) reloads these very layers.


def test_topic_configs_validate() -> None:
    assert validate_topic_configs({"retention.ms": "100", "cleanup.policy": "compact,delete"}) == {
        "retention.ms": 100, "cleanup.policy": ["compact", "delete"]}
    for bad in ({"retention.ms": "x"}, {"segment.bytes": "100"}, {"no.such": "1"},
                {"cleanup.policy": "nope"}, {"remote.storage.enable": "true"},
                {"min.insync.replicas": "0"}, {"retention.ms": "-5"}):
        with pytest.raises(ConfigError) as exc:
            validate_topic_configs(bad)
        assert exc.value.name == next(iter(bad))


def test_topic_values_come_from_broker_synonyms() -> None:
    c = cfg(log_retention_minutes="10", log_segment_bytes="2097152", message_max_bytes="5000",
            log_roll_hours="2", log_message_timestamp_type="LogAppendTime")
    values = topic_config_values(c, {"max.message.bytes": "777"})
    assert values["retention.ms"] == 600_000
    assert values["segment.bytes"] == 2097152
    assert values["segment.ms"] == 7_200_000
    assert values["max.message.bytes"] == 777
    assert values["message.timestamp.type"] == "LogAppendTime"
    assert set(values) == set(TOPIC_KEYS)


def test_every_topic_synonym_is_a_broker_key() -> None:
    for key in TOPIC_KEYS.values():
        for syn in key.synonyms:
            assert syn in BROKER_KEYS, (key.name, syn)
    for key in BROKER_KEYS.values():
        if key.default is not None and key.validator is not None:
            assert key.validator.check(key.default) is None, key.name


def test_build_log_config_from_broker_defaults_and_overrides() -> None:
    from kafkapy.config.kafka_config import build_log_config

    c = cfg(log_retention_hours="1", log_segment_bytes="2097152", log_cleanup_policy="compact")
    lc = build_log_config(c, {"segment.ms": "60000", "cleanup.policy": "compact,delete",
                              "max.message.bytes": "10"})
    assert lc.retention_ms == 3_600_000
    assert lc.segment_bytes == 2097152
    assert lc.segment_ms == 60000
    assert lc.cleanup_policies == ["compact", "delete"]
    assert lc.max_message_bytes == 10
    assert build_log_config(c, {}).cleanup_policy == "compact"


def test_invalid_stored_override_falls_back_to_the_default() -> None:
    from kafkapy.config.kafka_config import build_log_config

    c = cfg()
    values = topic_config_values(c, {"segment.bytes": "1000", "retention.ms": "5"})
    assert values["segment.bytes"] == 1073741824 and values["retention.ms"] == 5
    assert build_log_config(c, {"segment.bytes": "junk"}).segment_bytes == 1073741824


def test_inter_broker_listener_must_be_advertised() -> None:
    two = {"listeners": "PLAINTEXT://127.0.0.1:9092,REPL://127.0.0.1:9093",
           "listener.security.protocol.map": "PLAINTEXT:PLAINTEXT,REPL:PLAINTEXT"}
    assert KafkaConfig({**two, "inter.broker.listener.name": "REPL"}).get(
        "inter.broker.listener.name") == "REPL"
    for bad in ({"inter.broker.listener.name": "OTHER"},
                {"inter.broker.listener.name": "REPL", "security.inter.broker.protocol": "SSL"}):
        with pytest.raises(ConfigError) as exc:
            KafkaConfig({**two, **bad})
        assert exc.value.name == "inter.broker.listener.name"


def test_typed_getters_return_the_keys_type_and_refuse_another() -> None:
    c = cfg(num_partitions="3", auto_create_topics_enable="false", log_cleanup_policy="compact")
    assert c.get_int("num.partitions") == 3
    assert c.get_bool("auto.create.topics.enable") is False
    assert c.get_list("log.cleanup.policy") == ["compact"]
    assert c.get_str("broker.rack") is None and c.get_str("listeners") == "PLAINTEXT://:9092"
    assert c.get_float("log.cleaner.min.cleanable.ratio") == 0.5
    with pytest.raises(TypeError, match="num.partitions is int, not str"):
        c.get_str("num.partitions")
    with pytest.raises(TypeError, match="listeners is str, not list"):
        c.get_list("listeners")
    with pytest.raises(KeyError):
        c.get_int("no.such.key")
    c.get_list("log.cleanup.policy").append("delete")  # a copy: the config is unchanged
    assert c.get_list("log.cleanup.policy") == ["compact"]


def test_server_limits_come_from_kafkas_socket_keys() -> None:
    from kafkapy.net.limits import ServerLimits

    limits = ServerLimits.from_config(cfg(socket_request_max_bytes="1000", queued_max_requests="7",
                                          connections_max_idle_ms="-1"))
    assert limits == ServerLimits(1000, 7, -1)
    assert ServerLimits.from_config(cfg()) == ServerLimits()  # the same defaults as Kafka's
