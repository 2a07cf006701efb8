"""A 10 MB message with raised limits (and MESSAGE_TOO_LARGE without), 1,000 partitions."""

from __future__ import annotations

import os

import pytest

from compat import clients
from compat.conftest import BrokerProcess

BIG = 10 * 1024 * 1024
RAISED = {"message.max.bytes": str(BIG + 1024 * 1024)}


@pytest.mark.broker_overrides(RAISED)
def test_ten_megabyte_message_every_client(broker: BrokerProcess) -> None:
    value = os.urandom(BIG)
    limit = BIG + 1024 * 1024
    clients.kafka_python_produce(broker.bootstrap, "big-kp", [(b"k", value)], max_request_size=limit)
    clients.aiokafka_produce(broker.bootstrap, "big-aio", [(b"k", value)], max_request_size=limit)
    clients.confluent_produce(broker.bootstrap, "big-ck", [(b"k", value)], **{"message.max.bytes": limit})
    for topic in ("big-kp", "big-aio", "big-ck"):
        # Consumers keep their default fetch sizes (1 MB per partition): KIP-74 still
        # returns the first batch whole.
        assert clients.kafka_python_consume(broker.bootstrap, topic, 1) == [(0, b"k", value)]
        assert clients.confluent_consume(broker.bootstrap, topic, 1) == [(0, b"k", value)]
    assert clients.aiokafka_consume(broker.bootstrap, "big-ck", 1) == [(0, b"k", value)]


def test_message_too_large_without_raised_limits(broker: BrokerProcess) -> None:
    from kafka import KafkaProducer
    from kafka.errors import MessageSizeTooLargeError

    p = KafkaProducer(bootstrap_servers=broker.bootstrap, max_request_size=BIG * 2, retries=0)
    fut = p.send("too-big", value=os.urandom(2 * 1024 * 1024))
    with pytest.raises(MessageSizeTooLargeError):
        fut.get(30)
    p.close()
    # the partition is untouched and still usable
    clients.kafka_python_produce(broker.bootstrap, "too-big", [(None, b"small")])
    assert clients.kafka_python_consume(broker.bootstrap, "too-big", 1) == [(0, None, b"small")]


def test_thousand_partitions(broker: BrokerProcess) -> None:
    from confluent_kafka import Consumer, TopicPartition
    from confluent_kafka.admin import AdminClient, NewTopic

    admin = AdminClient({"bootstrap.servers": broker.bootstrap})
    admin.create_topics([NewTopic("wide", num_partitions=1000, replication_factor=1)])["wide"].result(60)
    md = admin.list_topics("wide", timeout=30)
    assert len(md.topics["wide"].partitions) == 1000
    from confluent_kafka import Producer

    p = Producer({"bootstrap.servers": broker.bootstrap, "linger.ms": 50})
    for i in range(1000):
        p.produce("wide", value=b"p%d" % i, partition=i)
    assert p.flush(60) == 0
    c = Consumer({"bootstrap.servers": broker.bootstrap, "group.id": "wide", "enable.auto.commit": False})
    c.assign([TopicPartition("wide", i, 0) for i in range(1000)])
    seen: dict[int, bytes] = {}
    while len(seen) < 1000:
        m = c.poll(20)
        assert m is not None, f"timed out with {len(seen)} partitions read"
        assert m.error() is None, m.error()
        seen[m.partition()] = m.value()
    c.close()
    assert seen == {i: b"p%d" % i for i in range(1000)}
    broker.restart()
    md = AdminClient({"bootstrap.servers": broker.bootstrap}).list_topics("wide", timeout=30)
    assert len(md.topics["wide"].partitions) == 1000
    assert clients.kafka_python_consume(broker.bootstrap, "wide", 1, partition=999) == [(0, None, b"p999")]
