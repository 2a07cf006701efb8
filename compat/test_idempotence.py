"""Idempotent producers across injected connection drops: every message exactly once, in order.

A proxy loses the broker's responses several times while the producer sends; the producer
reconnects and retries batches the broker already wrote, which the broker answers with the
original offsets (5-batch window) instead of writing them again.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator

import pytest

from compat import clients
from compat.conftest import BrokerProcess
from compat.proxy import DroppingProxy

N = 300


@pytest.fixture
def proxied(broker_factory: Callable[..., BrokerProcess]) -> Iterator[tuple[BrokerProcess, DroppingProxy]]:
    proxy = DroppingProxy()
    broker = broker_factory({"advertised.listeners": f"PLAINTEXT://127.0.0.1:{proxy.port}"})
    proxy.target_port = broker.port
    yield broker, proxy
    proxy.close()


def _check_exactly_once(broker: BrokerProcess, topic: str) -> None:
    # Read straight from the broker: its advertised listener is the proxy's port.
    got = clients.confluent_consume(f"127.0.0.1:{broker.port}", topic, N)
    assert [v for _, _, v in got] == [b"m%d" % i for i in range(N)]
    # nothing after the N messages either
    from confluent_kafka import Consumer, TopicPartition

    c = Consumer({"bootstrap.servers": f"127.0.0.1:{broker.port}", "group.id": "x"})
    lo, hi = c.get_watermark_offsets(TopicPartition(topic, 0), timeout=10)
    c.close()
    assert (lo, hi) == (0, N)


def _dropper(proxy: DroppingProxy, times: int) -> None:
    import threading

    def run() -> None:
        for _ in range(times):
            time.sleep(0.15)
            proxy.drop_next_response()

    threading.Thread(target=run, daemon=True).start()


def test_confluent_idempotent_producer(proxied: tuple[BrokerProcess, DroppingProxy]) -> None:
    broker, proxy = proxied
    from confluent_kafka import Producer

    topic = "idem-ck"
    p = Producer({
        "bootstrap.servers": f"127.0.0.1:{proxy.port}",
        "enable.idempotence": True,
        "linger.ms": 5,
        "batch.num.messages": 10,
        "message.timeout.ms": 60000,
    })
    errors: list[object] = []
    _dropper(proxy, 5)
    for i in range(N):
        p.produce(topic, value=b"m%d" % i, partition=0, on_delivery=lambda e, _m: errors.append(e) if e else None)
        p.poll(0)
        time.sleep(0.003)
    assert p.flush(60) == 0 and errors == []
    assert proxy.drops >= 1
    _check_exactly_once(broker, topic)


def test_kafka_python_idempotent_producer(proxied: tuple[BrokerProcess, DroppingProxy]) -> None:
    broker, proxy = proxied
    from kafka import KafkaProducer

    topic = "idem-kp"
    p = KafkaProducer(
        bootstrap_servers=f"127.0.0.1:{proxy.port}", enable_idempotence=True, acks="all",
        linger_ms=5, retries=100, request_timeout_ms=5000,
    )
    _dropper(proxy, 5)
    futures = []
    for i in range(N):
        futures.append(p.send(topic, value=b"m%d" % i, partition=0))
        time.sleep(0.003)
    p.flush(60)
    for f in futures:
        f.get(30)
    p.close()
    assert proxy.drops >= 1
    _check_exactly_once(broker, topic)


def test_aiokafka_idempotent_producer(proxied: tuple[BrokerProcess, DroppingProxy]) -> None:
    import asyncio

    from aiokafka import AIOKafkaProducer

    broker, proxy = proxied
    topic = "idem-aio"

    async def run() -> None:
        p = AIOKafkaProducer(
            bootstrap_servers=f"127.0.0.1:{proxy.port}", enable_idempotence=True,
            linger_ms=5, request_timeout_ms=5000, retry_backoff_ms=50,
        )
        await p.start()
        try:
            futures = []
            for i in range(N):
                futures.append(await p.send(topic, b"m%d" % i, partition=0))
                await asyncio.sleep(0.003)
            await asyncio.gather(*futures)
        finally:
            await p.stop()

    _dropper(proxy, 5)
    asyncio.run(run())
    assert proxy.drops >= 1
    _check_exactly_once(broker, topic)
