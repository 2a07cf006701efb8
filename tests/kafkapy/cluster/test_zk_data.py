"""znode bytes: Kafka's JSON layout, round trips, and corrupt znodes."""

from __future__ import annotations

import json
import uuid

import pytest

from kafkapy.cluster import zk_data as zd

# What a Kafka 2.8 broker writes at /brokers/ids/1 (BrokerIdZNode v5).
KAFKA_BROKER_ZNODE = (
    b'{"listener_security_protocol_map":{"PLAINTEXT":"PLAINTEXT"},'
    b'"endpoints":["PLAINTEXT://127.0.0.1:9092"],"jmx_port":-1,"features":{},'
    b'"host":"127.0.0.1","timestamp":"1700000000000","port":9092,"version":5,"rack":"r1"}'
)
KAFKA_STATE_ZNODE = b'{"controller_epoch":3,"leader":2,"version":1,"leader_epoch":7,"isr":[2,3,1]}'
KAFKA_TOPIC_ZNODE = (
    b'{"version":3,"topic_id":"yvzQn5vjQPeNWEoEUlw8Yw","partitions":{"0":[1,2,3],"1":[2,3,1]},'
    b'"adding_replicas":{},"removing_replicas":{}}'
)


def test_broker_registration_reads_kafka_bytes_and_writes_them_back() -> None:
    reg = zd.BrokerRegistration.decode(1, KAFKA_BROKER_ZNODE)
    assert reg.endpoints == (zd.Endpoint("PLAINTEXT", "127.0.0.1", 9092),)
    assert reg.rack == "r1"
    assert json.loads(reg.encode()) == json.loads(KAFKA_BROKER_ZNODE)


def test_broker_registration_without_rack_or_plaintext() -> None:
    reg = zd.BrokerRegistration(2, (zd.Endpoint("INTERNAL", "::1", 9093, "SSL"),))
    doc = json.loads(reg.encode())
    assert "rack" not in doc
    assert doc["host"] is None and doc["port"] == -1
    assert doc["listener_security_protocol_map"] == {"INTERNAL": "SSL"}
    back = zd.BrokerRegistration.decode(2, reg.encode())
    assert back.endpoints == reg.endpoints


def test_partition_state_round_trip_and_kafka_bytes() -> None:
    s = zd.LeaderAndIsr.decode(KAFKA_STATE_ZNODE, zk_version=4)
    assert (s.leader, s.leader_epoch, s.isr, s.controller_epoch, s.zk_version) == (2, 7, [2, 3, 1],
                                                                                    3, 4)
    assert json.loads(s.encode()) == json.loads(KAFKA_STATE_ZNODE)
    moved = s.new_leader(3, [3, 1], controller_epoch=4)
    assert (moved.leader, moved.leader_epoch, moved.isr, moved.zk_version) == (3, 8, [3, 1], 4)
    shrunk = s.with_isr([2])
    assert (shrunk.leader, shrunk.leader_epoch, shrunk.isr) == (2, 7, [2])


def test_topic_assignment_round_trip() -> None:
    a = zd.TopicAssignment.decode(KAFKA_TOPIC_ZNODE)
    assert a.partitions == {0: [1, 2, 3], 1: [2, 3, 1]}
    assert zd.kafka_uuid_text(a.topic_id) == "yvzQn5vjQPeNWEoEUlw8Yw"
    assert json.loads(a.encode()) == json.loads(KAFKA_TOPIC_ZNODE)
    # Topics written by Kafka < 2.8 have no topic id.
    old = zd.TopicAssignment.decode(b'{"version":1,"partitions":{"0":[1]}}')
    assert old.topic_id == uuid.UUID(int=0)


def test_small_znodes() -> None:
    assert zd.decode_controller(zd.encode_controller(5)) == 5
    assert zd.decode_controller_epoch(zd.encode_controller_epoch(12)) == 12
    assert zd.decode_cluster_id(zd.encode_cluster_id("abc")) == "abc"
    assert zd.decode_topic_config(zd.encode_topic_config({"min.insync.replicas": "2"})) == {
        "min.insync.replicas": "2"}
    parts = [("a", 0), ("b", 3)]
    assert zd.decode_preferred_election(zd.encode_preferred_election(parts)) == parts
    assert zd.partition_state_path("t", 4) == "/brokers/topics/t/partitions/4/state"


@pytest.mark.parametrize(
    "decode",
    [
        lambda b: zd.BrokerRegistration.decode(1, b),
        zd.LeaderAndIsr.decode,
        zd.TopicAssignment.decode,
        zd.decode_controller,
        zd.decode_preferred_election,
    ],
)
@pytest.mark.parametrize(
    "data", [b"", b"\xff\xfe", b"[1,2]", b"{", b'{"partitions":7}', b'{"endpoints":["nope"]}']
)
def test_corrupt_znodes_are_value_errors(decode: object, data: bytes) -> None:
    with pytest.raises(ValueError):
        decode(data)  # type: ignore[operator]


def test_bad_controller_epoch_and_topic_id() -> None:
    with pytest.raises(ValueError):
        zd.decode_controller_epoch(b"x1")
    with pytest.raises(ValueError):
        zd.parse_kafka_uuid("short")
