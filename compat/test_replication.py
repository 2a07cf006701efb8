"""Replication end to end: ZooKeeper and three `kafkapy serve` processes on loopback
(`compat/cluster.py`), real clients (confluent-kafka / librdkafka).

- leader kill -9 under a steady acks=all idempotent load (RF 3, min.insync.replicas=2):
  every acknowledged message is read back exactly once, in order (3 kills by default,
  20 under `-m slow`); the old leaders' divergent tails are truncated and the three
  replicas' segment files end up byte-identical;
- a SIGSTOPped follower leaves the ISR, producing goes on, it rejoins after SIGCONT;
- the controller's ZooKeeper session expires (SIGSTOP past the session timeout): another
  broker becomes controller and the cluster keeps serving.
"""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Self

import pytest

from compat.cluster import Cluster, zookeeper_available

# slow: in some runs on this 2-core machine topic creation stalls for 30-60 s (seen once
# past the 30 s CreateTopics timeout); until that is understood these process-level chaos
# tests run with `make test-slow`, and the in-process cluster tests run by default.
pytestmark = [pytest.mark.skipif(not zookeeper_available(),
                                 reason="Debian's zookeeper package is not installed"),
              pytest.mark.slow]

TOPIC = "replicated"
OVERRIDES = {
    "zookeeper.session.timeout.ms": "4000",
    "replica.lag.time.max.ms": "3000",
    "replica.fetch.wait.max.ms": "200",
    "min.insync.replicas": "2",
    "default.replication.factor": "3",
    "auto.leader.rebalance.enable": "false",
}


@pytest.fixture
def cluster(tmp_path: Path) -> Iterator[Cluster]:
    c = Cluster(tmp_path, 3, OVERRIDES)
    c.start()
    try:
        yield c
    finally:
        c.stop()


def admin(c: Cluster) -> Any:
    from confluent_kafka.admin import AdminClient

    return AdminClient({"bootstrap.servers": c.bootstrap})


def partition_meta(c: Cluster, topic: str = TOPIC) -> Any:
    md = admin(c).list_topics(topic, timeout=10)
    return md.topics[topic].partitions[0]


def wait_for(pred: Any, timeout: float = 60.0, what: str = "") -> Any:
    deadline = time.monotonic() + timeout
    last_exc: Exception | None = None
    while time.monotonic() < deadline:
        try:
            got = pred()
            if got:
                return got
        except Exception as exc:  # noqa: BLE001 - brokers come and go
            last_exc = exc
        time.sleep(0.2)
    raise AssertionError(f"timed out waiting for {what} (last error: {last_exc!r})")


def create_topic(c: Cluster) -> None:
    from confluent_kafka.admin import NewTopic

    client = admin(c)  # keep it alive until the future resolves
    futures = client.create_topics([NewTopic(TOPIC, 1, 3)])
    futures[TOPIC].result(30)
    wait_for(lambda: partition_meta(c).leader >= 0 and len(partition_meta(c).isrs) == 3,
             what="leader and full ISR")


class Load:
    """An idempotent acks=all producer sending sequence numbers as fast as it can."""

    def __init__(self, bootstrap: str) -> None:
        from confluent_kafka import Producer

        self.producer = Producer({
            "bootstrap.servers": bootstrap, "enable.idempotence": True, "acks": "all",
            "linger.ms": 5, "message.timeout.ms": 120000, "retry.backoff.ms": 100,
            "topic.metadata.refresh.interval.ms": 1000,
        })
        self.acked: list[int] = []
        self.errors: list[str] = []
        self.next = 0
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)

    def _cb(self, err: Any, msg: Any) -> None:
        if err is None:
            self.acked.append(int(msg.value()))
        else:
            self.errors.append(str(err))

    def _run(self) -> None:
        while not self.stop.is_set():
            try:
                self.producer.produce(TOPIC, str(self.next).encode(), partition=0,
                                      on_delivery=self._cb)
                self.next += 1
            except BufferError:
                pass
            self.producer.poll(0.002)

    def __enter__(self) -> Self:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop.set()
        self.thread.join(10)

    def finish(self) -> None:
        self.stop.set()
        self.thread.join(10)
        assert self.producer.flush(120) == 0


def consume_all(bootstrap: str, expected: int) -> list[int]:
    from confluent_kafka import Consumer, TopicPartition

    c = Consumer({"bootstrap.servers": bootstrap, "group.id": "verify",
                  "enable.auto.commit": False, "auto.offset.reset": "earliest"})
    try:
        c.assign([TopicPartition(TOPIC, 0, 0)])
        out: list[int] = []
        deadline = time.monotonic() + 60
        while len(out) < expected and time.monotonic() < deadline:
            for m in c.consume(1000, 1.0):
                if m.error() is None:
                    out.append(int(m.value()))
        return out
    finally:
        c.close()


def run_leader_kills(c: Cluster, kills: int) -> None:
    create_topic(c)
    load = Load(c.bootstrap)
    started = time.monotonic()
    with load:
        for _ in range(kills):
            wait_for(lambda: len(load.acked) > 0, what="some acks")
            before = len(load.acked)
            leader = partition_meta(c).leader
            c.brokers[leader].kill()
            wait_for(lambda old=leader: partition_meta(c).leader not in (-1, old),
                     what="new leader")
            c.brokers[leader].start()
            wait_for(lambda: len(partition_meta(c).isrs) >= 2, what="ISR of 2")
            wait_for(lambda n=before: len(load.acked) > n + 100, what="acks after the failover")
        load.finish()
    print(f"load ran {time.monotonic() - started:.1f} s")
    assert not load.errors, load.errors[:5]
    acked = load.acked
    got = consume_all(c.bootstrap, len(acked))
    assert len(got) == len(set(got)), "a message was read twice"
    assert set(acked) <= set(got), f"{len(set(acked) - set(got))} acknowledged messages lost"
    assert got == sorted(got), "out of order"
    # Killed leaders left divergent tails behind; once every replica is back in the ISR
    # and caught up, the three logs are byte-identical.
    wait_for(lambda: len(partition_meta(c).isrs) == 3, what="full ISR")
    wait_for(lambda: len({segment_bytes(b.log_dir) for b in c.brokers.values()}) == 1,
             what="byte-identical replicas")
    assert len(segment_bytes(c.brokers[1].log_dir)) > 0
    print(f"leader kills: {kills}, acknowledged: {len(acked)}, read: {len(got)}")


def segment_bytes(log_dir: Path) -> bytes:
    part = log_dir / f"{TOPIC}-0"
    return b"".join(f.read_bytes() for f in sorted(part.glob("*.log")))


def test_leader_kills_lose_no_acknowledged_message(cluster: Cluster) -> None:
    run_leader_kills(cluster, 3)


@pytest.mark.slow
def test_twenty_leader_kills(cluster: Cluster) -> None:
    run_leader_kills(cluster, 20)


def test_stopped_follower_leaves_and_rejoins_the_isr(cluster: Cluster) -> None:
    create_topic(cluster)
    meta = partition_meta(cluster)
    follower = next(r for r in meta.replicas if r != meta.leader)
    proc = cluster.brokers[follower].proc
    assert proc is not None
    load = Load(cluster.bootstrap)
    with load:
        proc.send_signal(signal.SIGSTOP)
        try:
            wait_for(lambda: follower not in partition_meta(cluster).isrs, what="ISR shrink")
            before = len(load.acked)
            wait_for(lambda: len(load.acked) > before + 200, what="acks with 2 in the ISR")
        finally:
            proc.send_signal(signal.SIGCONT)
        wait_for(lambda: follower in partition_meta(cluster).isrs, what="ISR expand")
        load.finish()
    assert not load.errors, load.errors[:5]


def test_controller_session_loss_elects_another_controller(cluster: Cluster) -> None:
    from kazoo.client import KazooClient

    create_topic(cluster)
    zk = KazooClient(hosts=cluster.zookeeper.connect)
    zk.start(10)
    try:
        import json

        old = json.loads(zk.get("/controller")[0])["brokerid"]
        proc = cluster.brokers[old].proc
        assert proc is not None
        proc.send_signal(signal.SIGSTOP)
        try:
            new = wait_for(lambda: (json.loads(zk.get("/controller")[0])["brokerid"]
                                    if zk.exists("/controller") else None) not in (None, old)
                           and json.loads(zk.get("/controller")[0])["brokerid"],
                           what="a new controller")
        finally:
            proc.send_signal(signal.SIGCONT)
        assert new != old
        # The old controller comes back as a plain broker, registered again.
        wait_for(lambda: str(old) in zk.get_children("/brokers/ids"), what="re-registration")
        assert json.loads(zk.get("/controller")[0])["brokerid"] == new
        load = Load(cluster.bootstrap)
        with load:
            wait_for(lambda: len(load.acked) > 100, what="produce after the move")
            load.finish()
        assert not load.errors
    finally:
        zk.stop()
        zk.close()
