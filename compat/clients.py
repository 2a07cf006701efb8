"""Small helpers that drive each real client the same way (used by several compat suites)."""

from __future__ import annotations

import asyncio
import subprocess
from typing import Any

Msg = tuple[bytes | None, bytes | None]  # key, value


def kafka_python_produce(bootstrap: str, topic: str, msgs: list[Msg], partition: int | None = None, **cfg: Any) -> None:
    from kafka import KafkaProducer

    p = KafkaProducer(bootstrap_servers=bootstrap, **cfg)
    try:
        for k, v in msgs:
            p.send(topic, key=k, value=v, partition=partition)
        p.flush(30)
    finally:
        p.close(10)


def kafka_python_consume(bootstrap: str, topic: str, n: int, partition: int = 0, **cfg: Any) -> list[tuple[int, bytes | None, bytes | None]]:
    from kafka import KafkaConsumer, TopicPartition

    c = KafkaConsumer(bootstrap_servers=bootstrap, consumer_timeout_ms=10000, **cfg)
    try:
        tp = TopicPartition(topic, partition)
        c.assign([tp])
        c.seek_to_beginning(tp)
        out = []
        for m in c:
            out.append((m.offset, m.key, m.value))
            if len(out) >= n:
                break
        return out
    finally:
        c.close()


def aiokafka_produce(bootstrap: str, topic: str, msgs: list[Msg], partition: int | None = None, **cfg: Any) -> None:
    from aiokafka import AIOKafkaProducer

    async def run() -> None:
        p = AIOKafkaProducer(bootstrap_servers=bootstrap, **cfg)
        await p.start()
        try:
            futs = [await p.send(topic, v, key=k, partition=partition) for k, v in msgs]
            await asyncio.gather(*futs)
        finally:
            await p.stop()

    asyncio.run(run())


def aiokafka_consume(bootstrap: str, topic: str, n: int, partition: int = 0, **cfg: Any) -> list[tuple[int, bytes | None, bytes | None]]:
    from aiokafka import AIOKafkaConsumer, TopicPartition

    async def run() -> list[tuple[int, bytes | None, bytes | None]]:
        c = AIOKafkaConsumer(bootstrap_servers=bootstrap, **cfg)
        await c.start()
        out = []
        try:
            tp = TopicPartition(topic, partition)
            c.assign([tp])
            await c.seek_to_beginning(tp)
            while len(out) < n:
                m = await asyncio.wait_for(c.getone(), 15)
                out.append((m.offset, m.key, m.value))
        finally:
            await c.stop()
        return out

    return asyncio.run(run())


def confluent_produce(bootstrap: str, topic: str, msgs: list[Msg], partition: int | None = None, **cfg: Any) -> None:
    from confluent_kafka import Producer

    p = Producer({"bootstrap.servers": bootstrap, **cfg})
    errors: list[Any] = []
    for k, v in msgs:
        kwargs: dict[str, Any] = {"key": k, "value": v, "on_delivery": lambda err, _m: errors.append(err) if err else None}
        if partition is not None:
            kwargs["partition"] = partition
        while True:
            try:
                p.produce(topic, **kwargs)
                break
            except BufferError:
                p.poll(0.1)
    assert p.flush(60) == 0
    assert errors == [], errors


def confluent_consume(bootstrap: str, topic: str, n: int, partition: int = 0, **cfg: Any) -> list[tuple[int, bytes | None, bytes | None]]:
    from confluent_kafka import Consumer, TopicPartition

    c = Consumer({"bootstrap.servers": bootstrap, "group.id": "compat-unused", "enable.auto.commit": False, **cfg})
    out = []
    try:
        c.assign([TopicPartition(topic, partition, 0)])
        while len(out) < n:
            m = c.poll(15)
            assert m is not None, f"timed out after {len(out)} messages"
            assert m.error() is None, m.error()
            out.append((m.offset(), m.key(), m.value()))
    finally:
        c.close()
    return out


def kcat(*args: str, data: bytes | None = None, timeout: float = 60) -> bytes:
    return subprocess.run(["kcat", *args], input=data, capture_output=True, check=True, timeout=timeout).stdout
