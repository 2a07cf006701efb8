"""Replication end to end: ZooKeeper and three `kafkapy serve` processes on loopback
(`compat/cluster.py`), real clients (confluent-kafka / librdkafka).

- leader kill -9 under a steady acks=all idempotent load (RF 3, min.insync.replicas=2):
  every acknowledged message is read back exactly once, in order (3 kills by default,
  20 under `-m slow`); the old leaders' divergent tails are truncated and the three
  replicas' segment files end up byte-identical;
- a SIGSTOPped follower leaves the ISR, producing goes on, it rejoins after SIGCONT;
- the controller's ZooKeeper session expires (SIGSTOP past the session timeout): another
  broker becomes controller and the cluster keeps serving;
- a divergent follower: the leader takes writes its followers never fetched (acks=1, the
  followers SIGSTOPped), freezes, loses its session and leadership, and returns as a
  follower: it truncates its unreplicated tail (OffsetForLeaderEpoch) and the three logs end
  byte-identical; every acks=all message is there once, none of the lost tail.

Everything but `test_twenty_leader_kills` (`-m slow`) runs by default: about 60-70 s in all.
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

pytestmark = [pytest.mark.skipif(not zookeeper_available(),
                                 reason="Debian's zookeeper package is not installed"),
              # kafka-python's schema loading (the verifying reader), not ours.
              pytest.mark.filterwarnings("ignore:read_text is deprecated:DeprecationWarning"),
              pytest.mark.filterwarnings("ignore:open_text is deprecated:DeprecationWarning")]

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
def cluster(tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Cluster]:
    # A test may change settings: `@pytest.mark.parametrize("cluster", [{...}], indirect=True)`.
    extra = getattr(request, "param", {})
    c = Cluster(tmp_path, 3, {**OVERRIDES, **extra})
    c.start()
    try:
        yield c
    finally:
        c.stop()


def admin(c: Cluster, bootstrap: str | None = None) -> Any:
    from confluent_kafka.admin import AdminClient

    return AdminClient({"bootstrap.servers": bootstrap or c.bootstrap})


def partition_meta(c: Cluster, topic: str = TOPIC, bootstrap: str | None = None) -> Any:
    md = admin(c, bootstrap).list_topics(topic, timeout=10)
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
            # Brokers are frozen on purpose: give up on a silent one sooner than 60 s.
            "socket.timeout.ms": 10000,
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


def read_raw(bootstrap: str, expected: int) -> list[bytes]:
    """Every value of partition 0 from offset 0 (kafka-python, no group: reading must not
    create `__consumer_offsets`, 50 partitions of 3 replicas, in the middle of a test)."""
    from kafka import KafkaConsumer, TopicPartition

    c = KafkaConsumer(bootstrap_servers=bootstrap.split(","), group_id=None,
                      enable_auto_commit=False, auto_offset_reset="earliest",
                      request_timeout_ms=30000, metadata_max_age_ms=1000)
    try:
        tp = TopicPartition(TOPIC, 0)
        c.assign([tp])
        c.seek(tp, 0)
        out: list[bytes] = []
        deadline = time.monotonic() + 60
        quiet_until = None
        while time.monotonic() < deadline:
            got = c.poll(timeout_ms=500, max_records=5000).get(tp, [])
            out.extend(m.value for m in got)
            if len(out) >= expected:
                # Anything past `expected` (a message read twice, a lost tail) shows too.
                quiet_until = quiet_until or time.monotonic() + 1.0
                if time.monotonic() >= quiet_until:
                    break
        return out
    finally:
        c.close()


def consume_all(bootstrap: str, expected: int) -> list[int]:
    return [int(v) for v in read_raw(bootstrap, expected)]


def run_leader_kills(c: Cluster, kills: int) -> None:
    create_topic(c)
    load = Load(c.bootstrap)
    started = time.monotonic()
    with load:
        for _ in range(kills):
            wait_for(lambda: len(load.acked) > 0, what="some acks")
            before = len(load.acked)
            leader = wait_for(lambda: max(partition_meta(c).leader, 0), what="the leader")
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
    # Only the leader's view counts: a stopped broker answers Metadata from its stale
    # view the moment it resumes.
    leader = cluster.brokers[meta.leader].bootstrap
    proc = cluster.brokers[follower].proc
    assert proc is not None
    load = Load(cluster.bootstrap)
    with load:
        # The producer has its id and connections before the follower freezes (a request
        # in flight to a frozen broker waits for the client's socket timeout).
        wait_for(lambda: len(load.acked) > 100, what="acks with 3 in the ISR")
        proc.send_signal(signal.SIGSTOP)
        try:
            wait_for(lambda: follower not in partition_meta(cluster, bootstrap=leader).isrs,
                     what="ISR shrink")
            before = len(load.acked)
            wait_for(lambda: len(load.acked) > before + 200, what="acks with 2 in the ISR")
        finally:
            proc.send_signal(signal.SIGCONT)
        wait_for(lambda: follower in partition_meta(cluster, bootstrap=leader).isrs,
                 what="ISR expand")
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


def produce(bootstrap: str, values: list[str], acks: str) -> None:
    """Send `values` to partition 0 and wait until each one is acknowledged."""
    from confluent_kafka import Producer

    p = Producer({"bootstrap.servers": bootstrap, "acks": acks, "linger.ms": 0,
                  "message.timeout.ms": 60000, "retry.backoff.ms": 100,
                  "socket.timeout.ms": 10000})
    failed: list[str] = []
    for v in values:
        p.produce(TOPIC, v.encode(), partition=0,
                  on_delivery=lambda err, msg: err is None or failed.append(str(err)))
    assert p.flush(90) == 0
    assert not failed, failed[:3]


def read_values(bootstrap: str, expected: int) -> list[str]:
    return [v.decode() for v in read_raw(bootstrap, expected)]


# Followers are stopped while the leader takes the tail: they must not leave the ISR then
# (or the tail would become committed), so the lag limit is far above the few seconds used.
@pytest.mark.parametrize("cluster", [{"replica.lag.time.max.ms": "20000"}], indirect=True)
def test_divergent_old_leader_truncates_and_replicas_converge(cluster: Cluster) -> None:
    create_topic(cluster)
    produce(cluster.bootstrap, [f"a{i}" for i in range(200)], "all")
    meta = partition_meta(cluster)
    old = meta.leader
    followers = [r for r in meta.replicas if r != old]
    procs = {b: cluster.brokers[b].proc for b in meta.replicas}
    assert all(p is not None for p in procs.values())
    for f in followers:
        procs[f].send_signal(signal.SIGSTOP)  # type: ignore[union-attr]
    try:
        # A fetch the followers sent before they stopped is answered into their socket
        # buffers within replica.fetch.wait.max.ms: let that pass before the tail is written,
        # or they would read the tail when they resume.
        time.sleep(1.0)
        # acks=1: the leader alone has these; the high watermark cannot pass them.
        produce(cluster.brokers[old].bootstrap, [f"tail{i}" for i in range(50)], "1")
        procs[old].send_signal(signal.SIGSTOP)  # type: ignore[union-attr]
    finally:
        for f in followers:
            procs[f].send_signal(signal.SIGCONT)  # type: ignore[union-attr]
    rest = ",".join(cluster.brokers[f].bootstrap for f in followers)
    try:
        # The frozen leader's session expires; a follower (in the ISR) takes over.
        new = wait_for(lambda: partition_meta(cluster, bootstrap=rest).leader in followers
                       and partition_meta(cluster, bootstrap=rest).leader, what="a new leader")
        produce(rest, [f"b{i}" for i in range(200)], "all")
    finally:
        procs[old].send_signal(signal.SIGCONT)  # type: ignore[union-attr]
    # The old leader comes back as a follower, truncates the tail and catches up. (Right
    # after SIGCONT it still answers Metadata with its stale view: ask the others.)
    wait_for(lambda: (m := partition_meta(cluster, bootstrap=rest)).leader == new
             and len(m.isrs) == 3, what="full ISR under the new leader")
    wait_for(lambda: len({segment_bytes(b.log_dir) for b in cluster.brokers.values()}) == 1,
             what="byte-identical replicas")
    assert any(r.get("message") == "follower truncates"
               for r in cluster.brokers[old].log_lines()), "the old leader never truncated"
    got = read_values(cluster.bootstrap, 400)
    assert got == [f"a{i}" for i in range(200)] + [f"b{i}" for i in range(200)]
