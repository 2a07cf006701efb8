"""Subscription metadata as Kafka's ConsumerProtocol reads it: every version written by
kafka-python 3's independent encoder, a hand-checked golden, newer versions read as our
newest, and faults (negative version, every truncation, hostile counts)."""

from __future__ import annotations

import warnings

import pytest

from kafkapy.group.consumer_protocol import decode_subscription, subscription_topics
from wire.primitives import DecodeError

with warnings.catch_warnings():
    warnings.simplefilter("ignore", DeprecationWarning)
    from kafka.protocol.consumer.metadata import ConsumerProtocolSubscription as KpSubscription

# v0: version 0, topics ["a", "bb"], user_data "ud"
V0_GOLDEN = bytes.fromhex("0000" "00000002" "0001" "61" "0002" "6262" "00000002" "7564")


def kafka_python_subscription(version: int) -> bytes:
    owned = [KpSubscription.TopicPartition(topic="a", partitions=[0, 1])] if version else []
    sub = KpSubscription(topics=["a", "bb"], user_data=b"ud", owned_partitions=owned,
                         generation_id=7, rack_id="r1", version=version)
    data: bytes = sub.encode()
    return data


@pytest.mark.parametrize("version", range(4))
def test_every_version_from_kafka_python(version: int) -> None:
    sub = decode_subscription(kafka_python_subscription(version))
    assert sub.topics == ["a", "bb"]
    assert sub.user_data == b"ud"
    if version >= 1:
        assert [(tp.topic, tp.partitions) for tp in sub.owned_partitions] == [("a", [0, 1])]
    assert sub.generation_id == (7 if version >= 2 else -1)
    assert sub.rack_id == ("r1" if version >= 3 else None)
    assert subscription_topics(kafka_python_subscription(version)) == {"a", "bb"}


def test_v0_golden() -> None:
    assert kafka_python_subscription(0) == V0_GOLDEN
    assert subscription_topics(V0_GOLDEN) == {"a", "bb"}
    assert subscription_topics(memoryview(V0_GOLDEN)) == {"a", "bb"}


def test_newer_versions_read_as_the_newest_and_trailing_bytes_are_ignored() -> None:
    # Kafka's ConsumerProtocol reads a version above its newest as its newest: newer
    # versions only append fields, and whatever follows the known ones is ignored.
    newer = b"\x00\x09" + kafka_python_subscription(3)[2:] + b"\x00\x00\x00\x2a"
    sub = decode_subscription(newer)
    assert (sub.topics, sub.rack_id) == (["a", "bb"], "r1")
    assert subscription_topics(V0_GOLDEN + b"junk") == {"a", "bb"}


def test_negative_version_is_an_error() -> None:
    with pytest.raises(DecodeError):
        subscription_topics(b"\xff\xff" + V0_GOLDEN[2:])


@pytest.mark.parametrize("version", range(4))
def test_every_truncation_is_an_error(version: int) -> None:
    data = kafka_python_subscription(version)
    for cut in range(len(data)):
        with pytest.raises(DecodeError):
            subscription_topics(data[:cut])


def test_hostile_counts_and_bad_utf8() -> None:
    with pytest.raises(DecodeError):
        subscription_topics(bytes.fromhex("0000" "7fffffff" "0001" "61"))
    with pytest.raises(DecodeError):
        subscription_topics(bytes.fromhex("0000" "00000001" "0001" "ff" "ffffffff"))
    assert isinstance(DecodeError("x"), ValueError)  # what the group's callers catch
