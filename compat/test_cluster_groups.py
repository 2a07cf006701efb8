"""Consumer groups in a cluster: ZooKeeper and three `kafkapy serve` processes on loopback
(`compat/cluster.py`), real clients (confluent-kafka / librdkafka and kafka-python).

One group of three members (two confluent-kafka, one kafka-python) on a 3-partition RF-3
topic whose partitions are led by three different brokers; every member commits
synchronously after each batch it processed. The test then

- (a) consumes a first batch of records: each one exactly once;
- (b) kill -9s the group's coordinator (the leader of the group's `__consumer_offsets`
  partition, found with DescribeGroups): the members find the new coordinator, which
  reloaded the group and its committed offsets from its replica of `__consumer_offsets`
  (OffsetFetch answers exactly what was committed before the kill); a member leaves, the
  group rebalances on the new coordinator; consumption goes on;
- (c) restarts the killed broker and moves the coordinator back by a preferred-leader
  election (`/admin/preferred_replica_election`); a new member joins, the group rebalances
  on the restored coordinator; consumption goes on.

At the end every record was delivered; a record delivered twice was first delivered to a
member that never got a commit covering it acknowledged (the uncommitted tail), and the
committed offsets are the log end offsets.
"""

from __future__ import annotations

import json
import signal
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from compat.cluster import Cluster, zookeeper_available
from compat.test_groups_clients import Member as ClientThread
from kafkapy.group.partitioner import partition_for

pytestmark = pytest.mark.skipif(not zookeeper_available(),
                                reason="Debian's zookeeper package is not installed")

TOPIC, GROUP = "orders", "billing"
PARTITIONS = 3
OFFSETS_PARTITIONS = 10
DEADLINE_S = 60.0
OVERRIDES = {
    # A kill -9'd broker is noticed when its ZooKeeper session expires.
    "zookeeper.session.timeout.ms": "4000",
    "replica.lag.time.max.ms": "3000",
    "replica.fetch.wait.max.ms": "200",
    # The test moves leaderships itself (preferred election), nothing else may.
    "auto.leader.rebalance.enable": "false",
    # No client may create the topic behind the test's back (see create_topic).
    "auto.create.topics.enable": "false",
    "offsets.topic.num.partitions": str(OFFSETS_PARTITIONS),
    "offsets.topic.replication.factor": "3",
}


@pytest.fixture
def cluster(tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Cluster]:
    """Overrides on top of OVERRIDES come from indirect parametrization."""
    c = Cluster(tmp_path, 3, {**OVERRIDES, **getattr(request, "param", {})})
    c.start()
    try:
        yield c
    finally:
        c.stop()


def wait_for(pred: Callable[[], Any], what: str, members: list[Member] | None = None,
             timeout: float = DEADLINE_S) -> Any:
    deadline = time.monotonic() + timeout
    last: Exception | None = None
    while time.monotonic() < deadline:
        for m in members or []:
            if m.error is not None:
                raise AssertionError(f"{m.name} failed: {m.error!r}")
        try:
            got = pred()
            if got:
                return got
        except Exception as exc:  # noqa: BLE001 - brokers come and go
            last = exc
        time.sleep(0.1)
    state = {m.name: (sorted(m.assigned), len(m.events)) for m in members or []}
    raise AssertionError(f"timed out waiting for {what} (last error: {last!r}; members: {state})")


def admin(bootstrap: str) -> Any:
    """A fresh AdminClient: one kept across a kill or a pause keeps asking the broker it
    knows, and each call times out. Callers hold it until its future resolves (a client
    collected before that never answers)."""
    from confluent_kafka.admin import AdminClient

    return AdminClient({"bootstrap.servers": bootstrap})


def topic_partitions(bootstrap: str, topic: str) -> dict[int, Any]:
    return dict(admin(bootstrap).list_topics(topic, timeout=5).topics[topic].partitions)


def fully_replicated(c: Cluster, topic: str, count: int) -> bool:
    """Every running broker reports `count` partitions, each with a leader and a full ISR."""
    for b in c.brokers.values():
        if not b.running:
            continue
        parts = topic_partitions(b.bootstrap, topic)
        if len(parts) != count or any(p.leader < 0 or len(p.isrs) != c.size
                                      for p in parts.values()):
            return False
    return True


def create_topic(c: Cluster) -> dict[int, int]:
    """Create TOPIC and wait until every broker sees its leaders and full ISRs.
    auto.create.topics.enable is off so that the test does not depend on how a broker that
    has not seen the new topic yet handles a client's auto-creation of the same name (it
    once won with one partition: the first cut's "1 of 3 partitions", docs/groups.md)."""
    from confluent_kafka.admin import NewTopic

    client = admin(c.bootstrap)
    client.create_topics([NewTopic(TOPIC, PARTITIONS, 3)])[TOPIC].result(30)
    # Creation in a fresh cluster has been seen to stall for 30-60 s (docs/replication.md):
    # the wait is for the leaders, as long as that takes.
    wait_for(lambda: fully_replicated(c, TOPIC, PARTITIONS), "leaders and full ISRs",
             timeout=90)
    return {p: m.leader for p, m in topic_partitions(c.bootstrap, TOPIC).items()}


def described(c: Cluster) -> Any:
    client = admin(c.bootstrap)
    return client.describe_consumer_groups([GROUP])[GROUP].result(5)


def coordinator(c: Cluster) -> int:
    return int(described(c).coordinator.id)


def committed(c: Cluster) -> dict[int, int]:
    """OffsetFetch through the group's coordinator (FindCoordinator first)."""
    from confluent_kafka import ConsumerGroupTopicPartitions

    client = admin(c.bootstrap)
    fut = client.list_consumer_group_offsets([ConsumerGroupTopicPartitions(GROUP)])
    return {tp.partition: tp.offset for tp in fut[GROUP].result(5).topic_partitions}


def groups_by_broker(c: Cluster) -> dict[int, list[str]]:
    """ListGroups sent to each running broker: each lists the groups it coordinates."""
    from kafka.admin import KafkaAdminClient

    client = KafkaAdminClient(bootstrap_servers=c.bootstrap)
    try:
        return {b: sorted(g["group_id"] for g in client.list_groups(broker_ids=[b]))
                for b, proc in c.brokers.items() if proc.running}
    finally:
        client.close()


def offsets_leader(c: Cluster) -> tuple[int, list[int]]:
    parts = topic_partitions(c.bootstrap, "__consumer_offsets")
    p = parts[partition_for(GROUP, len(parts))]
    return p.leader, list(p.isrs)


def elect_preferred_leaders(c: Cluster, partitions: list[tuple[str, int]]) -> None:
    """What `kafka-preferred-replica-election.sh --zookeeper` does."""
    from kazoo.client import KazooClient

    zk = KazooClient(hosts=c.zookeeper.connect)
    zk.start(10)
    try:
        data = {"version": 1, "partitions": [{"topic": t, "partition": p} for t, p in partitions]}
        zk.create("/admin/preferred_replica_election", json.dumps(data).encode(),
                  makepath=True)
    finally:
        zk.stop()
        zk.close()


# -- the members ------------------------------------------------------------------------------
Event = tuple[str, Any]  # ("msg", (partition, offset, value)) | ("commit", {partition: pos})


class Member(ClientThread):
    """One client's consumer loop: poll, record, commit synchronously, repeat (the thread,
    `assigned`, `stop` and `error` are the single-node groups tests' `Member`)."""

    def __init__(self, name: str, bootstrap: str) -> None:
        super().__init__(name)
        self.bootstrap = bootstrap
        self.events: list[Event] = []
        self.commit_errors = 0

    def close(self) -> None:
        self.stop.set()
        self.join(30)
        assert not self.is_alive(), f"{self.name} did not stop"
        if self.error is not None:
            raise AssertionError(f"{self.name} failed: {self.error!r}")


class ConfluentMember(Member):
    def consume(self) -> None:
        from confluent_kafka import Consumer, KafkaException

        c = Consumer({
            "bootstrap.servers": self.bootstrap, "group.id": GROUP, "client.id": self.name,
            "enable.auto.commit": False, "auto.offset.reset": "earliest",
            "session.timeout.ms": 10000, "heartbeat.interval.ms": 500,
            "topic.metadata.refresh.interval.ms": 1000,
        })
        c.subscribe([TOPIC])
        pending = False
        try:
            while not self.stop.is_set():
                for m in c.consume(100, 0.1):
                    if m.error() is None:
                        self.events.append(("msg", (m.partition(), m.offset(),
                                                    int(m.value()))))
                        pending = True
                self.assigned = {tp.partition for tp in c.assignment()}
                if pending:
                    try:
                        done = c.commit(asynchronous=False)
                    except KafkaException:
                        self.commit_errors += 1  # coordinator moving: the next one covers it
                        continue
                    ok = {tp.partition: tp.offset for tp in done or [] if tp.error is None}
                    self.events.append(("commit", ok))
                    pending = False
        finally:
            c.close()


class KafkaPythonMember(Member):
    def consume(self) -> None:
        from kafka import KafkaConsumer
        from kafka.errors import KafkaError

        c = KafkaConsumer(
            bootstrap_servers=self.bootstrap, group_id=GROUP, client_id=self.name,
            enable_auto_commit=False, auto_offset_reset="earliest",
            session_timeout_ms=10000, heartbeat_interval_ms=500, metadata_max_age_ms=1000,
        )
        try:
            # Subscribed before it has the topic's metadata, kafka-python leads a first
            # generation with nothing to assign and rejoins at once; once in six runs that
            # quick rejoin left it silent (no heartbeat, no fetch) for good: a client-side
            # stall. Knowing the partitions first avoids that path.
            assert c.partitions_for_topic(TOPIC)
            c.subscribe([TOPIC])
            while not self.stop.is_set():
                polled = c.poll(timeout_ms=100)
                for records in polled.values():
                    self.events.extend(("msg", (r.partition, r.offset, int(r.value)))
                                       for r in records)
                self.assigned = {tp.partition for tp in c.assignment()}
                if polled:
                    positions = {tp.partition: c.position(tp) for tp in c.assignment()}
                    try:
                        c.commit()  # retries until a coordinator answers
                    except KafkaError:
                        self.commit_errors += 1
                        continue
                    self.events.append(("commit", positions))
        finally:
            c.close()


def delivered(members: list[Member]) -> list[int]:
    return [e[2] for m in members for kind, e in m.events if kind == "msg"]


def check_redeliveries(members: list[Member]) -> int:
    """A record delivered twice must first have gone to a member that never had a commit
    acknowledged covering it (the uncommitted tail). Returns how many were redelivered."""
    covered: set[int] = set()
    for m in members:
        seen: list[tuple[int, int, int]] = []
        for kind, e in m.events:
            if kind == "msg":
                seen.append(e)
            else:
                covered.update(v for p, o, v in seen if p in e and e[p] > o)
    counts = Counter(delivered(members))
    twice = {v for v, n in counts.items() if n > 1}
    assert not twice & covered, f"committed records delivered again: {sorted(twice & covered)[:10]}"
    return len(twice)


class Feeder(threading.Thread):
    """An idempotent acks=all producer writing the integers 0, 1, 2... round-robin over the
    partitions: `send(n)` writes n more at once; `start()` keeps writing about
    `rate` a second in the background until `finish()`."""

    def __init__(self, c: Cluster, rate: int = 200) -> None:
        from confluent_kafka import Producer

        super().__init__(name="feeder", daemon=True)
        self.producer = Producer({
            "bootstrap.servers": c.bootstrap, "acks": "all", "enable.idempotence": True,
            "linger.ms": 5, "message.timeout.ms": 90000,
            "topic.metadata.refresh.interval.ms": 1000,
        })
        self.next = 0
        self.rate = rate
        self.failed: list[str] = []
        self.halt = threading.Event()

    def _cb(self, err: Any, _msg: Any) -> None:
        if err is not None:
            self.failed.append(str(err))

    def _one(self) -> None:
        i = self.next
        self.producer.produce(TOPIC, str(i).encode(), partition=i % PARTITIONS,
                              on_delivery=self._cb)
        self.next += 1

    def send(self, n: int) -> int:
        for _ in range(n):
            self._one()
        self.flush()
        return self.next

    def flush(self) -> None:
        assert self.producer.flush(90) == 0
        assert not self.failed, self.failed[:3]

    def run(self) -> None:
        while not self.halt.is_set():
            self._one()
            self.producer.poll(1 / self.rate)

    def finish(self) -> int:
        self.halt.set()
        self.join(10)
        self.flush()
        return self.next


def end_offsets(total: int) -> dict[int, int]:
    return {p: len(range(p, total, PARTITIONS)) for p in range(PARTITIONS)}


def assignment_settled(members: list[Member]) -> bool:
    owned = [p for m in members for p in m.assigned]
    return all(m.assigned for m in members) and sorted(owned) == list(range(PARTITIONS))


def all_committed(c: Cluster, total: int, members: list[Member]) -> None:
    wait_for(lambda: committed(c) == end_offsets(total), f"offsets of {total} records committed",
             members)


def check_delivery(members: list[Member], total: int) -> int:
    for m in members:
        assert m.error is None, f"{m.name} failed: {m.error!r}"
    got = delivered(members)
    missing = set(range(total)) - set(got)
    assert not missing, f"{len(missing)} records never delivered, e.g. {sorted(missing)[:5]}"
    assert set(got) <= set(range(total))
    return check_redeliveries(members)


def stop_members(members: list[Member]) -> None:
    for m in members:
        m.stop.set()
    for m in members:
        m.join(30)


def test_group_follows_its_coordinator_across_a_kill_and_a_move_back(cluster: Cluster) -> None:
    c = cluster
    leaders = create_topic(c)
    assert sorted(leaders.values()) == [1, 2, 3], f"leaders not spread: {leaders}"
    feeder = Feeder(c)

    # (a) three members from two client libraries; each record exactly once.
    members: list[Member] = [ConfluentMember("confluent-1", c.bootstrap),
                             ConfluentMember("confluent-2", c.bootstrap),
                             KafkaPythonMember("kafka-python", c.bootstrap)]
    for m in members:
        m.start()
    try:
        wait_for(lambda: assignment_settled(members), "three members, one partition each",
                 members)
        wait_for(lambda: fully_replicated(c, "__consumer_offsets", OFFSETS_PARTITIONS),
                 "__consumer_offsets with RF 3")
        total = feeder.send(300)
        all_committed(c, total, members)
        assert sorted(delivered(members)) == list(range(total)), "not exactly once"

        # (b) kill -9 the coordinator; its successor replayed the group and the offsets.
        old = wait_for(lambda: coordinator(c), "the coordinator", members)
        leader, isr = offsets_leader(c)
        assert leader == old and sorted(isr) == [1, 2, 3]
        before = wait_for(lambda: committed(c), "OffsetFetch")
        c.brokers[old].kill()
        killed_at = time.monotonic()
        new = wait_for(lambda: (n := coordinator(c)) != old and n, "a new coordinator")
        failover_s = time.monotonic() - killed_at
        # Nothing was produced since: these offsets can only come from the replay.
        assert wait_for(lambda: committed(c), "OffsetFetch on the new coordinator") == before
        desc = wait_for(lambda: (d := described(c)).coordinator.id == new and d, "describe")
        assert len(desc.members) == 3, desc.members
        total = feeder.send(300)
        all_committed(c, total, members)
        # A member leaves: the new coordinator rebalances the group.
        members[2].close()
        live = members[:2]
        wait_for(lambda: assignment_settled(live), "two members share three partitions", live)
        total = feeder.send(150)
        all_committed(c, total, live)

        # (c) the killed broker returns and takes its leaderships back, under load: the
        # coordinator resigns with commits in flight, moves back and reloads what its
        # successor wrote meanwhile; a new member joins there.
        c.brokers[old].start()
        wait_for(lambda: old in offsets_leader(c)[1], "the restarted broker in the ISR")
        wait_for(lambda: fully_replicated(c, TOPIC, PARTITIONS), "the topic's full ISRs")
        feeder.start()
        elect_preferred_leaders(c, [("__consumer_offsets", partition_for(GROUP, OFFSETS_PARTITIONS))]
                                + [(TOPIC, p) for p in range(PARTITIONS)])
        elected_at = time.monotonic()
        wait_for(lambda: coordinator(c) == old, "the coordinator back on the restarted broker")
        move_back_s = time.monotonic() - elected_at
        joining = ConfluentMember("confluent-3", c.bootstrap)
        members.append(joining)
        joining.start()
        live = [*live, joining]
        wait_for(lambda: assignment_settled(live) and len(described(c).members) == 3,
                 "three members again", live)
        # Only the coordinator lists the group: the interim one unloaded it. (Retried:
        # a broker still loading a partition answers COORDINATOR_LOAD_IN_PROGRESS.)
        expected = {b: [GROUP] if b == old else [] for b in c.brokers}
        wait_for(lambda: groups_by_broker(c) == expected, f"ListGroups per broker: {expected}")
        total = feeder.finish()
        all_committed(c, total, live)
    finally:
        stop_members(members)
    redelivered = check_delivery(members, total)
    print(f"records: {total}, redelivered (uncommitted tail): {redelivered}, "
          f"failed commits: {sum(m.commit_errors for m in members)}, "
          f"new coordinator {failover_s:.1f} s after the kill, back {move_back_s:.1f} s "
          "after the preferred election")


@pytest.mark.slow
@pytest.mark.parametrize("cluster", [{"offsets.topic.num.partitions": "50"}],  # Kafka's
                         indirect=True, ids=["50-offsets-partitions"])  # default
def test_repeated_coordinator_kills_under_load(cluster: Cluster) -> None:
    """Five kill -9s of whichever broker coordinates the group, each followed by a restart,
    while a producer writes and three members consume and commit throughout."""
    c = cluster
    create_topic(c)
    members: list[Member] = [ConfluentMember("confluent-1", c.bootstrap),
                             ConfluentMember("confluent-2", c.bootstrap),
                             KafkaPythonMember("kafka-python", c.bootstrap)]
    for m in members:
        m.start()
    feeder = Feeder(c)
    try:
        wait_for(lambda: assignment_settled(members), "three members", members)
        feeder.start()
        for _ in range(5):
            old = wait_for(lambda: coordinator(c), "the coordinator", members)
            before = len(delivered(members))
            c.brokers[old].kill()
            wait_for(lambda o=old: coordinator(c) != o, "a new coordinator", members)
            wait_for(lambda n=before: len(delivered(members)) > n + 200,
                     "consumption after the move", members)
            c.brokers[old].start()
            wait_for(lambda o=old: o in offsets_leader(c)[1] and fully_replicated(
                c, TOPIC, PARTITIONS), "the restarted broker in sync", members)
        total = feeder.finish()
        all_committed(c, total, members)
    finally:
        feeder.halt.set()
        stop_members(members)
    redelivered = check_delivery(members, total)
    print(f"records: {total}, redelivered (uncommitted tail): {redelivered}, "
          f"failed commits: {sum(m.commit_errors for m in members)}")


@pytest.mark.slow
def test_a_paused_coordinator_loses_the_group_and_gives_it_up(cluster: Cluster) -> None:
    """SIGSTOP the coordinator past its ZooKeeper session (a long GC pause): another broker
    takes the partition and the group; after SIGCONT the old one resigns (its commits could
    not be acknowledged meanwhile: they wait for a high watermark its followers no longer
    move), and the group goes on with the new coordinator."""
    c = cluster
    create_topic(c)
    members: list[Member] = [ConfluentMember("confluent-1", c.bootstrap),
                             ConfluentMember("confluent-2", c.bootstrap),
                             KafkaPythonMember("kafka-python", c.bootstrap)]
    for m in members:
        m.start()
    feeder = Feeder(c)
    try:
        wait_for(lambda: assignment_settled(members), "three members", members)
        feeder.start()
        old = wait_for(lambda: coordinator(c), "the coordinator", members)
        proc = c.brokers[old].proc
        assert proc is not None
        proc.send_signal(signal.SIGSTOP)
        try:
            new = wait_for(lambda: (n := coordinator(c)) != old and n, "a new coordinator")
        finally:
            proc.send_signal(signal.SIGCONT)
        wait_for(lambda: old in offsets_leader(c)[1], "the paused broker back in the ISR",
                 members)
        before = len(delivered(members))
        wait_for(lambda: len(delivered(members)) > before + 500, "consumption goes on",
                 members)
        assert wait_for(lambda: coordinator(c), "the coordinator", members) == new
        total = feeder.finish()
        all_committed(c, total, members)
    finally:
        feeder.halt.set()
        stop_members(members)
    redelivered = check_delivery(members, total)
    print(f"records: {total}, redelivered (uncommitted tail): {redelivered}, "
          f"failed commits: {sum(m.commit_errors for m in members)}")
