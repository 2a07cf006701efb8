"""Every client produces keyed messages with headers and timestamps, then consumes them
back and compares exactly (key, value, headers, timestamp, offset)."""

from __future__ import annotations

import asyncio
import subprocess

from compat.conftest import BrokerProcess

N = 20
BASE_TS = 1_700_000_000_000


def _expected(topic: str) -> list[tuple[bytes, bytes, list[tuple[str, bytes]], int]]:
    return [
        (f"key-{i}".encode(), f"{topic}-value-{i}".encode() * (i + 1), [("h1", b"a%d" % i), ("h2", b"")], BASE_TS + i)
        for i in range(N)
    ]


def test_kafka_python_roundtrip(broker: BrokerProcess) -> None:
    from kafka import KafkaConsumer, KafkaProducer, TopicPartition

    topic = "kp-roundtrip"
    producer = KafkaProducer(bootstrap_servers=broker.bootstrap, acks="all")
    for key, value, headers, ts in _expected(topic):
        producer.send(topic, key=key, value=value, headers=headers, timestamp_ms=ts)
    producer.flush()
    producer.close()
    consumer = KafkaConsumer(bootstrap_servers=broker.bootstrap, consumer_timeout_ms=5000)
    tp = TopicPartition(topic, 0)
    consumer.assign([tp])
    consumer.seek_to_beginning(tp)
    got = []
    for m in consumer:
        got.append((m.key, m.value, list(m.headers), m.timestamp, m.offset))
        if len(got) == N:
            break
    consumer.close()
    assert got == [(k, v, h, ts, i) for i, (k, v, h, ts) in enumerate(_expected(topic))]
    # one debug line per request, with the API, its version and the partitions touched
    lines = broker.requests()
    assert any(r["api"] == "Produce" and r["topic_partition"] == f"{topic}-0" for r in lines)
    assert any(r["api"] == "Fetch" and f"{topic}-0" in r["topic_partition"] for r in lines)
    assert all({"client_id", "version", "latency_ms"} <= r.keys() for r in lines)


def test_aiokafka_roundtrip(broker: BrokerProcess) -> None:
    from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition

    topic = "aio-roundtrip"

    async def run() -> list[tuple[bytes, bytes, list[tuple[str, bytes]], int, int]]:
        producer = AIOKafkaProducer(bootstrap_servers=broker.bootstrap, acks="all")
        await producer.start()
        try:
            for key, value, headers, ts in _expected(topic):
                await producer.send_and_wait(topic, value, key=key, headers=headers, timestamp_ms=ts)
        finally:
            await producer.stop()
        consumer = AIOKafkaConsumer(bootstrap_servers=broker.bootstrap, auto_offset_reset="earliest")
        await consumer.start()
        got = []
        try:
            tp = TopicPartition(topic, 0)
            consumer.assign([tp])
            await consumer.seek_to_beginning(tp)
            while len(got) < N:
                m = await asyncio.wait_for(consumer.getone(), 10)
                got.append((m.key, m.value, list(m.headers), m.timestamp, m.offset))
        finally:
            await consumer.stop()
        return got

    got = asyncio.run(run())
    assert got == [(k, v, h, ts, i) for i, (k, v, h, ts) in enumerate(_expected(topic))]


def test_confluent_kafka_roundtrip(broker: BrokerProcess) -> None:
    from confluent_kafka import Consumer, Producer, TopicPartition

    topic = "ck-roundtrip"
    producer = Producer({"bootstrap.servers": broker.bootstrap, "acks": "all", "linger.ms": 5})
    for key, value, headers, ts in _expected(topic):
        producer.produce(topic, value=value, key=key, headers=headers, timestamp=ts)
    assert producer.flush(15) == 0
    consumer = Consumer(
        {"bootstrap.servers": broker.bootstrap, "group.id": "unused", "enable.auto.commit": False}
    )
    consumer.assign([TopicPartition(topic, 0, 0)])
    got = []
    try:
        while len(got) < N:
            m = consumer.poll(10)
            assert m is not None, "timed out"
            assert m.error() is None, m.error()
            got.append((m.key(), m.value(), [(k, v or b"") for k, v in m.headers()], m.timestamp()[1], m.offset()))
    finally:
        consumer.close()
    assert got == [(k, v, h, ts, i) for i, (k, v, h, ts) in enumerate(_expected(topic))]


def test_kcat_roundtrip(broker: BrokerProcess) -> None:
    topic = "kcat-roundtrip"
    lines = "".join(f"key-{i}\tvalue-{i}\n" for i in range(N))
    subprocess.run(
        ["kcat", "-b", broker.bootstrap, "-P", "-t", topic, "-K", "\t", "-H", "h1=x"],
        input=lines.encode(), check=True, timeout=30,
    )
    out = subprocess.run(
        ["kcat", "-b", broker.bootstrap, "-C", "-t", topic, "-o", "beginning", "-e",
         "-f", "%k|%s|%o|%h\n"],
        capture_output=True, check=True, timeout=30,
    ).stdout.decode()
    assert out.splitlines() == [f"key-{i}|value-{i}|{i}|h1=x" for i in range(N)]
