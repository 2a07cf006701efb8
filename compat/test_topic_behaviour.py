"""LogAppendTime topics and the clear refusal of transactions, seen from real clients."""

from __future__ import annotations

import time

import pytest

from compat.conftest import BrokerProcess


def test_log_append_time_topic(module_broker: BrokerProcess) -> None:
    from confluent_kafka import TIMESTAMP_LOG_APPEND_TIME, Consumer, Producer, TopicPartition
    from confluent_kafka.admin import AdminClient, NewTopic

    admin = AdminClient({"bootstrap.servers": module_broker.bootstrap})
    topic = NewTopic("lat", 1, 1, config={"message.timestamp.type": "LogAppendTime"})
    admin.create_topics([topic])["lat"].result(30)
    before = int(time.time() * 1000)
    p = Producer({"bootstrap.servers": module_broker.bootstrap})
    p.produce("lat", value=b"old", timestamp=1_000_000)
    assert p.flush(30) == 0
    c = Consumer({"bootstrap.servers": module_broker.bootstrap, "group.id": "lat"})
    c.assign([TopicPartition("lat", 0, 0)])
    m = c.poll(15)
    c.close()
    assert m is not None and m.error() is None
    ts_type, ts = m.timestamp()
    assert ts_type == TIMESTAMP_LOG_APPEND_TIME and ts >= before

    from kafka import KafkaConsumer
    from kafka import TopicPartition as KTP

    kc = KafkaConsumer(bootstrap_servers=module_broker.bootstrap, consumer_timeout_ms=5000)
    kc.assign([KTP("lat", 0)])
    kc.seek(KTP("lat", 0), 0)
    (km,) = [next(iter(kc))]
    kc.close()
    assert km.timestamp_type == 1 and km.timestamp == ts


def test_transactional_producer_gets_a_clear_error(module_broker: BrokerProcess) -> None:
    from confluent_kafka import KafkaException, Producer

    p = Producer({"bootstrap.servers": module_broker.bootstrap, "transactional.id": "tx-1"})
    with pytest.raises(KafkaException) as exc:
        p.init_transactions(20)
    assert "TRANSACTIONAL_ID_AUTHORIZATION_FAILED" in str(exc.value) or "authoriz" in str(exc.value).lower()

    from kafka import KafkaProducer
    from kafka.errors import KafkaError

    with pytest.raises(KafkaError):
        kp = KafkaProducer(bootstrap_servers=module_broker.bootstrap, transactional_id="tx-2")
        try:
            kp.init_transactions()
        finally:
            kp.close(timeout=5)
