"""Build docs/compatibility.md's matrix from the broker's own request log.

    .venv/bin/python -m compat.record_versions > /tmp/matrix.md

Starts a broker, drives each client through produce (idempotent where the client supports
it), consume in a group with commits, metadata and offsets lookups, then prints which API
versions each client actually sent (client x API x version), from the debug request lines.
"""

from __future__ import annotations

import asyncio
import subprocess
import sys
import tempfile
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

from compat.conftest import BrokerProcess

MSGS = [(b"k%d" % i, b"v%d" % i) for i in range(10)]


def kafka_python(bootstrap: str) -> None:
    from kafka import KafkaConsumer, KafkaProducer
    from kafka.admin import KafkaAdminClient, NewTopic

    admin = KafkaAdminClient(bootstrap_servers=bootstrap, client_id="kafka-python")
    admin.create_topics([NewTopic("m-kp", 1, 1)])
    admin.close()
    p = KafkaProducer(bootstrap_servers=bootstrap, client_id="kafka-python", enable_idempotence=True)
    for k, v in MSGS:
        p.send("m-kp", key=k, value=v)
    p.flush()
    p.close()
    c = KafkaConsumer("m-kp", bootstrap_servers=bootstrap, client_id="kafka-python", group_id="m-kp",
                      auto_offset_reset="earliest", consumer_timeout_ms=4000)
    n = sum(1 for _ in c)
    c.commit()
    c.close()
    assert n == len(MSGS)


def aiokafka(bootstrap: str) -> None:
    from aiokafka import AIOKafkaConsumer, AIOKafkaProducer

    async def run() -> None:
        p = AIOKafkaProducer(bootstrap_servers=bootstrap, client_id="aiokafka", enable_idempotence=True)
        await p.start()
        for k, v in MSGS:
            await p.send_and_wait("m-aio", v, key=k)
        await p.stop()
        c = AIOKafkaConsumer("m-aio", bootstrap_servers=bootstrap, client_id="aiokafka", group_id="m-aio",
                             auto_offset_reset="earliest")
        await c.start()
        for _ in MSGS:
            await asyncio.wait_for(c.getone(), 20)
        await c.commit()
        await c.stop()

    asyncio.run(run())


def confluent(bootstrap: str) -> None:
    from confluent_kafka import Consumer, Producer
    from confluent_kafka.admin import AdminClient, NewTopic

    admin = AdminClient({"bootstrap.servers": bootstrap, "client.id": "confluent-kafka"})
    admin.create_topics([NewTopic("m-ck", 1, 1)])["m-ck"].result(20)
    admin.list_topics(timeout=10)
    p = Producer({"bootstrap.servers": bootstrap, "client.id": "confluent-kafka", "enable.idempotence": True})
    for k, v in MSGS:
        p.produce("m-ck", key=k, value=v)
    assert p.flush(20) == 0
    c = Consumer({"bootstrap.servers": bootstrap, "client.id": "confluent-kafka", "group.id": "m-ck",
                  "auto.offset.reset": "earliest"})
    c.subscribe(["m-ck"])
    got = 0
    while got < len(MSGS):
        m = c.poll(20)
        assert m is not None and m.error() is None
        got += 1
    c.commit(asynchronous=False)
    c.close()


def kcat(bootstrap: str) -> None:
    x = ["-X", "client.id=kcat"]
    subprocess.run(["kcat", "-b", bootstrap, *x, "-P", "-t", "m-kcat", "-K", "|"],
                   input=b"".join(b"%s|%s\n" % m for m in MSGS), check=True, timeout=30)
    subprocess.run(["kcat", "-b", bootstrap, *x, "-C", "-t", "m-kcat", "-o", "beginning", "-e"],
                   check=True, timeout=30, capture_output=True)
    subprocess.run(["kcat", "-b", bootstrap, *x, "-G", "m-kcat", "m-kcat", "-e", "-o", "beginning"],
                   check=False, timeout=60, capture_output=True)
    subprocess.run(["kcat", "-b", bootstrap, *x, "-L"], check=True, timeout=30, capture_output=True)


def kafka_python_admin(bootstrap: str) -> None:
    from kafka import TopicPartition
    from kafka.admin import (
        ConfigResource,
        ConfigResourceType,
        KafkaAdminClient,
        NewPartitions,
        NewTopic,
    )

    admin = KafkaAdminClient(bootstrap_servers=bootstrap, client_id="kafka-python")
    _try(lambda: admin.describe_configs([ConfigResource(ConfigResourceType.TOPIC, "m-kp")]))
    _try(lambda: admin.list_groups())
    _try(lambda: admin.describe_groups(["m-kp"]))
    _try(lambda: admin.list_group_offsets("m-kp"))
    _try(lambda: admin.delete_records({TopicPartition("m-kp", 0): 2}))
    _try(lambda: admin.create_partitions({"m-kp": NewPartitions(2)}))
    _try(lambda: admin.describe_cluster())
    _try(lambda: admin.create_topics([NewTopic("m-kp-del", 1, 1)]))
    _try(lambda: admin.delete_topics(["m-kp-del"]))
    admin.close()


def aiokafka_admin(bootstrap: str) -> None:
    from aiokafka.admin import AIOKafkaAdminClient, NewTopic
    from aiokafka.admin.config_resource import ConfigResource, ConfigResourceType

    async def run() -> None:
        admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap, client_id="aiokafka")
        await admin.start()
        try:
            for coro in (
                lambda: admin.create_topics([NewTopic("m-aio-2", 1, 1)]),
                lambda: admin.describe_configs([ConfigResource(ConfigResourceType.TOPIC, "m-aio")]),
                lambda: admin.list_consumer_groups(),
                lambda: admin.describe_consumer_groups(["m-aio"]),
                lambda: admin.delete_topics(["m-aio-2"]),
            ):
                try:
                    await coro()
                except Exception as exc:  # noqa: BLE001 - a matrix, not a test
                    print(f"aiokafka admin: {exc!r}", file=sys.stderr)
        finally:
            await admin.close()

    asyncio.run(run())


def confluent_admin(bootstrap: str) -> None:
    from confluent_kafka import TopicPartition
    from confluent_kafka.admin import (
        AdminClient,
        AlterConfigOpType,
        ConfigEntry,
        ConfigResource,
        NewPartitions,
        NewTopic,
    )

    admin = AdminClient({"bootstrap.servers": bootstrap, "client.id": "confluent-kafka"})
    res = ConfigResource("topic", "m-ck")
    _try(lambda: admin.describe_configs([res])[res].result(20))
    res2 = ConfigResource("topic", "m-ck", incremental_configs=[
        ConfigEntry("retention.ms", "86400000", incremental_operation=AlterConfigOpType.SET)])
    _try(lambda: admin.incremental_alter_configs([res2])[res2].result(20))
    _try(lambda: admin.list_consumer_groups().result(20))
    _try(lambda: admin.describe_consumer_groups(["m-ck"])["m-ck"].result(20))
    _try(lambda: admin.describe_cluster().result(20))
    _try(lambda: next(iter(admin.delete_records([TopicPartition("m-ck", 0, 2)]).values())).result(20))
    _try(lambda: admin.create_partitions([NewPartitions("m-ck", 2)])["m-ck"].result(20))
    _try(lambda: admin.create_topics([NewTopic("m-ck-del", 1, 1)])["m-ck-del"].result(20))
    _try(lambda: admin.delete_topics(["m-ck-del"])["m-ck-del"].result(20))


def kcat_queries(bootstrap: str) -> None:
    subprocess.run(["kcat", "-b", bootstrap, "-X", "client.id=kcat", "-Q", "-t", "m-kcat:0:1"],
                   check=False, timeout=30, capture_output=True)


def _try(fn: Callable[[], object]) -> None:
    try:
        fn()
    except Exception as exc:  # noqa: BLE001 - a matrix, not a test
        print(f"{fn}: {exc!r}", file=sys.stderr)


WORKLOADS = [kafka_python, aiokafka, confluent, kcat, kafka_python_admin, aiokafka_admin,
             confluent_admin, kcat_queries]

CLIENTS = {
    "kafka-python": kafka_python,
    "aiokafka": aiokafka,
    "confluent-kafka": confluent,
    "kcat": kcat,
}


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        broker = BrokerProcess(Path(tmp))
        broker.start()
        try:
            for fn in WORKLOADS:
                fn(broker.bootstrap)
        finally:
            broker.stop()
        used: dict[str, dict[str, set[int]]] = defaultdict(lambda: defaultdict(set))
        for r in broker.requests():
            if r.get("client_id") in CLIENTS:
                used[r["api"]][r["client_id"]].add(int(r["version"]))
    names = list(CLIENTS)
    print("| API | " + " | ".join(names) + " |")
    print("|---|" + "---|" * len(names))
    for api in sorted(used):
        cells = [",".join(str(v) for v in sorted(used[api].get(n, ()))) or "-" for n in names]
        print(f"| {api} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
