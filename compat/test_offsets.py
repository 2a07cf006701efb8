"""Seek, offsets-for-times (ListOffsets by timestamp), earliest/latest, with each client."""

from __future__ import annotations

import asyncio

from compat.conftest import BrokerProcess

BASE_TS = 1_600_000_000_000
N = 30


def _produce_timestamped(bootstrap: str, topic: str) -> None:
    from kafka import KafkaProducer

    p = KafkaProducer(bootstrap_servers=bootstrap, linger_ms=0, batch_size=1)
    for i in range(N):
        p.send(topic, key=b"k%d" % i, value=b"v%d" % i, timestamp_ms=BASE_TS + i * 1000, partition=0)
        p.flush()
    p.close()


def test_kafka_python_offsets_for_times_and_seek(module_broker: BrokerProcess) -> None:
    from kafka import KafkaConsumer, TopicPartition

    topic = "kp-times"
    _produce_timestamped(module_broker.bootstrap, topic)
    c = KafkaConsumer(bootstrap_servers=module_broker.bootstrap, consumer_timeout_ms=5000)
    tp = TopicPartition(topic, 0)
    c.assign([tp])
    found = c.offsets_for_times({tp: BASE_TS + 10_500})
    assert found[tp].offset == 11 and found[tp].timestamp == BASE_TS + 11_000
    assert c.offsets_for_times({tp: BASE_TS + 10 * N * 1000})[tp] is None
    assert c.beginning_offsets([tp])[tp] == 0 and c.end_offsets([tp])[tp] == N
    c.seek(tp, 25)
    got = [m.offset for m in c]
    assert got == list(range(25, N))
    c.close()


def test_aiokafka_offsets_for_times_and_seek(module_broker: BrokerProcess) -> None:
    from aiokafka import AIOKafkaConsumer, TopicPartition

    topic = "aio-times"
    _produce_timestamped(module_broker.bootstrap, topic)

    async def run() -> None:
        c = AIOKafkaConsumer(bootstrap_servers=module_broker.bootstrap)
        await c.start()
        try:
            tp = TopicPartition(topic, 0)
            c.assign([tp])
            found = await c.offsets_for_times({tp: BASE_TS + 4_000})
            assert found[tp].offset == 4 and found[tp].timestamp == BASE_TS + 4_000
            assert (await c.end_offsets([tp]))[tp] == N
            c.seek(tp, 7)
            m = await asyncio.wait_for(c.getone(), 10)
            assert (m.offset, m.key) == (7, b"k7")
        finally:
            await c.stop()

    asyncio.run(run())


def test_confluent_offsets_for_times_and_seek(module_broker: BrokerProcess) -> None:
    from confluent_kafka import Consumer, TopicPartition

    topic = "ck-times"
    _produce_timestamped(module_broker.bootstrap, topic)
    c = Consumer({"bootstrap.servers": module_broker.bootstrap, "group.id": "ck-times", "enable.auto.commit": False})
    try:
        (found,) = c.offsets_for_times([TopicPartition(topic, 0, BASE_TS + 20_001)], timeout=10)
        assert found.offset == 21
        lo, hi = c.get_watermark_offsets(TopicPartition(topic, 0), timeout=10)
        assert (lo, hi) == (0, N)
        c.assign([TopicPartition(topic, 0, 28)])
        m = c.poll(10)
        assert m is not None and m.error() is None and m.offset() == 28
        c.seek(TopicPartition(topic, 0, 3))
        m = c.poll(10)
        assert m is not None and m.offset() == 3 and m.value() == b"v3"
    finally:
        c.close()


def test_kcat_offsets(module_broker: BrokerProcess) -> None:
    from compat.clients import kcat

    topic = "kcat-times"
    _produce_timestamped(module_broker.bootstrap, topic)
    out = kcat("-b", module_broker.bootstrap, "-C", "-t", topic, "-o", "-3", "-e", "-f", "%o\n")
    assert out.decode().split() == ["27", "28", "29"]
    out = kcat("-b", module_broker.bootstrap, "-C", "-t", topic, "-o", f"s@{BASE_TS + 27_000}", "-e", "-f", "%o\n")
    assert out.decode().split() == ["27", "28", "29"]
