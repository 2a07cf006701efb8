"""A broker restart between produce and consume loses nothing: graceful (SIGTERM) and
hard (SIGKILL, crash recovery), topics, ids, offsets and idempotent producer state."""

from __future__ import annotations

import time

import pytest

from compat import clients
from compat.conftest import BrokerProcess

MSGS = [(b"k%d" % i, b"v%d" % i) for i in range(100)]
EXPECTED = [(i, k, v) for i, (k, v) in enumerate(MSGS)]


def _topic_ids(bootstrap: str) -> dict[str, str]:
    """Topic ids as kafka-python's metadata (Metadata v10+) reports them."""
    from kafka import KafkaConsumer

    c = KafkaConsumer(bootstrap_servers=bootstrap)
    try:
        c.topics()
        return {name: str(tid) for name, tid in c._client.cluster._topic_ids.items()}
    finally:
        c.close()


def test_graceful_restart_between_produce_and_consume(broker: BrokerProcess) -> None:
    clients.kafka_python_produce(broker.bootstrap, "r-kp", MSGS, acks="all")
    clients.aiokafka_produce(broker.bootstrap, "r-aio", MSGS, acks="all")
    clients.confluent_produce(broker.bootstrap, "r-ck", MSGS, acks="all")
    clients.kcat("-b", broker.bootstrap, "-P", "-t", "r-kcat", "-K", "|",
                 data=b"".join(b"%s|%s\n" % m for m in MSGS))
    ids = _topic_ids(broker.bootstrap)
    assert set(ids) >= {"r-kp", "r-aio", "r-ck", "r-kcat"}
    assert "00000000-0000-0000-0000-000000000000" not in ids.values()
    broker.restart()
    assert _topic_ids(broker.bootstrap) == ids
    assert clients.kafka_python_consume(broker.bootstrap, "r-ck", 100) == EXPECTED
    assert clients.aiokafka_consume(broker.bootstrap, "r-kp", 100) == EXPECTED
    assert clients.confluent_consume(broker.bootstrap, "r-aio", 100) == EXPECTED
    assert clients.confluent_consume(broker.bootstrap, "r-kcat", 100) == EXPECTED
    assert any(r.get("message") == "log manager shut down cleanly" for r in broker.log_lines())


def test_hard_kill_between_produce_and_consume(broker: BrokerProcess) -> None:
    clients.confluent_produce(broker.bootstrap, "k-ck", MSGS, acks="all")
    broker.restart(hard=True)
    assert clients.confluent_consume(broker.bootstrap, "k-ck", 100) == EXPECTED
    clients.confluent_produce(broker.bootstrap, "k-ck", [(b"after", b"crash")], acks="all")
    assert clients.kafka_python_consume(broker.bootstrap, "k-ck", 101)[-1] == (100, b"after", b"crash")


def test_idempotent_producer_continues_across_restart(broker: BrokerProcess) -> None:
    from confluent_kafka import Producer

    errors: list[object] = []
    p = Producer({
        "bootstrap.servers": broker.bootstrap,
        "enable.idempotence": True,
        "message.timeout.ms": 60000,
    })

    def cb(err: object, _msg: object) -> None:
        if err:
            errors.append(err)

    for i in range(50):
        p.produce("idem-restart", value=b"m%d" % i, partition=0, on_delivery=cb)
    assert p.flush(30) == 0
    broker.restart()
    for i in range(50, 100):
        p.produce("idem-restart", value=b"m%d" % i, partition=0, on_delivery=cb)
        p.poll(0)
    deadline = time.monotonic() + 60
    while len(p) and time.monotonic() < deadline:
        p.poll(0.1)
    assert len(p) == 0 and errors == []
    got = clients.confluent_consume(broker.bootstrap, "idem-restart", 100)
    assert [v for _, _, v in got] == [b"m%d" % i for i in range(100)]


def test_live_clients_ride_through_a_restart(broker: BrokerProcess) -> None:
    """Producer and consumer objects created before the restart keep working after it
    (reconnect, FENCED_LEADER_EPOCH on the bumped leader epoch, metadata refresh)."""
    from confluent_kafka import Consumer, Producer, TopicPartition
    from kafka import KafkaConsumer
    from kafka import TopicPartition as KTP

    p = Producer({"bootstrap.servers": broker.bootstrap, "enable.idempotence": True})
    for i in range(10):
        p.produce("live", value=b"a%d" % i, partition=0)
    assert p.flush(30) == 0
    c = Consumer({"bootstrap.servers": broker.bootstrap, "group.id": "live", "enable.auto.commit": False})
    c.assign([TopicPartition("live", 0, 0)])
    kc = KafkaConsumer(bootstrap_servers=broker.bootstrap, consumer_timeout_ms=20000)
    kc.assign([KTP("live", 0)])
    kc.seek(KTP("live", 0), 0)

    def read_ck(n: int) -> list[bytes]:
        out: list[bytes] = []
        deadline = time.monotonic() + 60
        while len(out) < n and time.monotonic() < deadline:
            m = c.poll(1)
            if m is not None and m.error() is None:
                out.append(m.value())
        return out

    def read_kp(n: int) -> list[bytes]:
        out: list[bytes] = []
        for m in kc:
            out.append(m.value)
            if len(out) == n:
                break
        return out

    assert read_ck(10) == [b"a%d" % i for i in range(10)]
    assert read_kp(10) == [b"a%d" % i for i in range(10)]
    broker.restart()
    for i in range(10):
        p.produce("live", value=b"b%d" % i, partition=0)
    assert p.flush(60) == 0
    assert read_ck(10) == [b"b%d" % i for i in range(10)]
    assert read_kp(10) == [b"b%d" % i for i in range(10)]
    c.close()
    kc.close()


def test_live_aiokafka_clients_ride_through_a_restart(broker: BrokerProcess) -> None:
    import asyncio

    from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition

    async def run() -> tuple[list[bytes], list[bytes]]:
        p = AIOKafkaProducer(bootstrap_servers=broker.bootstrap, enable_idempotence=True)
        await p.start()
        c = AIOKafkaConsumer(bootstrap_servers=broker.bootstrap)
        await c.start()
        try:
            for i in range(5):
                await p.send_and_wait("live-aio", b"a%d" % i, partition=0)
            tp = TopicPartition("live-aio", 0)
            c.assign([tp])
            await c.seek_to_beginning(tp)
            before = [(await asyncio.wait_for(c.getone(), 20)).value for _ in range(5)]
            await asyncio.get_running_loop().run_in_executor(None, broker.restart)
            for i in range(5):
                await asyncio.wait_for(p.send_and_wait("live-aio", b"b%d" % i, partition=0), 60)
            after = [(await asyncio.wait_for(c.getone(), 60)).value for _ in range(5)]
        finally:
            await c.stop()
            await p.stop()
        return before, after

    before, after = asyncio.run(run())
    assert before == [b"a%d" % i for i in range(5)] and after == [b"b%d" % i for i in range(5)]


@pytest.mark.broker_overrides({"replica.high.watermark.checkpoint.interval.ms": "1000"})
def test_hard_kill_after_a_high_watermark_checkpoint(broker: BrokerProcess) -> None:
    """Appends acknowledged after the last high-watermark checkpoint are visible after a
    crash: a sole in-sync replica moves its high watermark to the log end on start-up."""
    clients.confluent_produce(broker.bootstrap, "hw-ck", MSGS, acks=1)
    time.sleep(2.5)  # a checkpoint now holds high watermark 100
    clients.confluent_produce(broker.bootstrap, "hw-ck", MSGS, acks=1)
    broker.restart(hard=True)
    got = clients.kafka_python_consume(broker.bootstrap, "hw-ck", 200)
    assert [o for o, _, _ in got] == list(range(200))
