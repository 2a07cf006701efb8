"""All four clients producing at once into one topic (a partition each) while a consumer
long-polls every partition: nothing lost, nothing duplicated, order kept per partition."""

from __future__ import annotations

import threading

from compat import clients
from compat.conftest import BrokerProcess

N = 2000


def _msgs(tag: str) -> list[tuple[bytes | None, bytes | None]]:
    return [(b"%s-%d" % (tag.encode(), i), b"%s-value-%d" % (tag.encode(), i)) for i in range(N)]


def test_four_clients_at_once(broker: BrokerProcess) -> None:
    from confluent_kafka import Consumer, TopicPartition
    from confluent_kafka.admin import AdminClient, NewTopic

    admin = AdminClient({"bootstrap.servers": broker.bootstrap})
    admin.create_topics([NewTopic("mixed", 4, 1)])["mixed"].result(30)
    got: dict[int, list[bytes]] = {p: [] for p in range(4)}
    done = threading.Event()
    errors: list[BaseException] = []

    def consume() -> None:
        c = Consumer({"bootstrap.servers": broker.bootstrap, "group.id": "mixed", "fetch.wait.max.ms": 200})
        c.assign([TopicPartition("mixed", p, 0) for p in range(4)])
        try:
            while sum(len(v) for v in got.values()) < 4 * N and not done.is_set():
                m = c.poll(0.5)
                if m is not None and m.error() is None:
                    got[m.partition()].append(m.value())
        finally:
            c.close()

    producers = [
        lambda: clients.kafka_python_produce(broker.bootstrap, "mixed", _msgs("kp"), partition=0, linger_ms=2),
        lambda: clients.aiokafka_produce(broker.bootstrap, "mixed", _msgs("aio"), partition=1, linger_ms=2),
        lambda: clients.confluent_produce(broker.bootstrap, "mixed", _msgs("ck"), partition=2, **{"linger.ms": 2}),
        lambda: clients.kcat("-b", broker.bootstrap, "-P", "-t", "mixed", "-p", "3", "-K", "|",
                             data=b"".join(b"%s|%s\n" % m for m in _msgs("kcat"))),
    ]

    def guard(fn: object) -> None:
        try:
            fn()  # type: ignore[operator]
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    consumer = threading.Thread(target=guard, args=(consume,))
    consumer.start()
    threads = [threading.Thread(target=guard, args=(p,)) for p in producers]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    consumer.join(120)
    done.set()
    assert errors == []
    for p, tag in enumerate(("kp", "aio", "ck", "kcat")):
        assert got[p] == [v for _, v in _msgs(tag)], f"partition {p}"
