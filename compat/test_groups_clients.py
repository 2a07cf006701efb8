"""One group, three client libraries (kafka-python, aiokafka, confluent-kafka) agreeing on
roundrobin; and kcat's balanced consumer (-G)."""

from __future__ import annotations

import asyncio
import subprocess
import threading
import time
from typing import Any

from compat.conftest import BrokerProcess
from compat.test_groups import create_topic, produce

TOPIC = "mixed"
PARTITIONS = 6
COUNT = 300
DEADLINE_S = 60.0


class Member(threading.Thread):
    """Runs one client's consumer loop in a thread; records assignment and messages."""

    def __init__(self, name: str) -> None:
        super().__init__(name=name, daemon=True)
        self.assigned: set[int] = set()
        self.messages: list[tuple[int, int, bytes]] = []
        self.stop = threading.Event()
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            self.consume()
        except Exception as exc:  # noqa: BLE001 - reported by the test thread
            self.error = exc

    def consume(self) -> None:
        raise NotImplementedError


class KafkaPythonMember(Member):
    def __init__(self, bootstrap: str) -> None:
        super().__init__("kafka-python")
        self.bootstrap = bootstrap

    def consume(self) -> None:
        from kafka import KafkaConsumer
        from kafka.coordinator.assignors.roundrobin import RoundRobinPartitionAssignor

        c = KafkaConsumer(
            TOPIC, bootstrap_servers=self.bootstrap, group_id="mixed-g",
            auto_offset_reset="earliest", partition_assignment_strategy=[RoundRobinPartitionAssignor],
            session_timeout_ms=10000, heartbeat_interval_ms=500, client_id="kafka-python",
        )
        try:
            while not self.stop.is_set():
                for records in c.poll(timeout_ms=100).values():
                    self.messages.extend((r.partition, r.offset, r.value) for r in records)
                self.assigned = {tp.partition for tp in c.assignment()}
        finally:
            c.close()


class AiokafkaMember(Member):
    def __init__(self, bootstrap: str) -> None:
        super().__init__("aiokafka")
        self.bootstrap = bootstrap

    def consume(self) -> None:
        asyncio.run(self._consume())

    async def _consume(self) -> None:
        from aiokafka import AIOKafkaConsumer
        from aiokafka.coordinator.assignors.roundrobin import RoundRobinPartitionAssignor

        c = AIOKafkaConsumer(
            TOPIC, bootstrap_servers=self.bootstrap, group_id="mixed-g",
            auto_offset_reset="earliest", partition_assignment_strategy=[RoundRobinPartitionAssignor],
            session_timeout_ms=10000, heartbeat_interval_ms=500, client_id="aiokafka",
        )
        await c.start()
        try:
            while not self.stop.is_set():
                batches = await c.getmany(timeout_ms=100)
                for records in batches.values():
                    self.messages.extend((r.partition, r.offset, r.value) for r in records)
                self.assigned = {tp.partition for tp in c.assignment()}
        finally:
            await c.stop()


class ConfluentMember(Member):
    def __init__(self, bootstrap: str) -> None:
        super().__init__("confluent-kafka")
        self.bootstrap = bootstrap

    def consume(self) -> None:
        from confluent_kafka import Consumer

        c = Consumer({
            "bootstrap.servers": self.bootstrap, "group.id": "mixed-g",
            "auto.offset.reset": "earliest", "partition.assignment.strategy": "roundrobin",
            "session.timeout.ms": 10000, "heartbeat.interval.ms": 500,
            "client.id": "confluent-kafka",
        })
        c.subscribe([TOPIC])
        try:
            while not self.stop.is_set():
                msg = c.poll(0.1)
                if msg is not None and not msg.error():
                    self.messages.append((msg.partition(), msg.offset(), msg.value()))
                self.assigned = {tp.partition for tp in c.assignment()}
        finally:
            c.close()


def _wait(cond: Any, members: list[Member], what: str) -> None:
    end = time.monotonic() + DEADLINE_S
    while time.monotonic() < end:
        for m in members:
            if m.error is not None:
                raise AssertionError(f"{m.name} failed: {m.error!r}")
        if cond():
            return
        time.sleep(0.1)
    state = {m.name: (sorted(m.assigned), len(m.messages)) for m in members}
    raise AssertionError(f"{what} not reached: {state}")


def test_mixed_clients_roundrobin_exactly_once(broker: BrokerProcess) -> None:
    create_topic(broker.bootstrap, TOPIC, PARTITIONS)
    members: list[Member] = [
        KafkaPythonMember(broker.bootstrap),
        AiokafkaMember(broker.bootstrap),
        ConfluentMember(broker.bootstrap),
    ]
    for m in members:
        m.start()
    try:
        def split() -> bool:
            sets = [m.assigned for m in members]
            return all(len(s) == 2 for s in sets) and set().union(*sets) == set(range(PARTITIONS))

        _wait(split, members, "a roundrobin split 2/2/2")
        produce(broker.bootstrap, TOPIC, COUNT, PARTITIONS)
        _wait(lambda: sum(len(m.messages) for m in members) >= COUNT, members, "all messages")
        time.sleep(1)  # a duplicate delivery would show up now
    finally:
        for m in members:
            m.stop.set()
        for m in members:
            m.join(30)
    every = [v for m in members for _, _, v in m.messages]
    assert sorted(int(v) for v in every) == list(range(COUNT)), "each message exactly once"
    for m in members:  # each member read exactly its own partitions
        assert {p for p, _, _ in m.messages} <= m.assigned
    protocols = {
        str(r.get("message"))
        for r in broker.log_lines()
        if r.get("logger") == "kafkapy.group" and "mixed-g: generation" in str(r.get("message"))
    }
    assert protocols and all("protocol roundrobin" in p for p in protocols)


def test_kcat_balanced_consumer(broker: BrokerProcess) -> None:
    create_topic(broker.bootstrap, "kcat-g-topic", 3)
    produce(broker.bootstrap, "kcat-g-topic", 30, 3)
    cmd = [
        "kcat", "-b", broker.bootstrap, "-G", "kcat-group", "-e", "-q",
        "-f", "%p:%o:%s\n", "-X", "session.timeout.ms=6000", "kcat-g-topic",
    ]
    # -o beginning makes kcat seek on every assignment: only the first run uses it.
    first = cmd[:5] + ["-o", "beginning"] + cmd[5:]
    out = subprocess.run(first, check=False, capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    lines = [line.split(":") for line in out.stdout.splitlines() if line]
    assert sorted(int(v) for _, _, v in lines) == list(range(30))
    # kcat committed as it went (enable.auto.commit): a second run resumes from the
    # committed offsets and finds nothing new; new messages are read exactly once.
    produce(broker.bootstrap, "kcat-g-topic", 3, 3)
    again = subprocess.run(cmd, check=False, capture_output=True, text=True, timeout=60)
    assert again.returncode == 0, again.stderr
    assert sorted(line.split(":")[2] for line in again.stdout.split()) == ["0", "1", "2"]
