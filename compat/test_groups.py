"""Consumer groups with confluent-kafka (librdkafka) against a real broker process:
partition split, members leaving and dying, cooperative-sticky, static membership,
and committed offsets surviving kill -9."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable, Iterable
from typing import Any

import pytest
from confluent_kafka import Consumer, KafkaError, Producer, TopicPartition
from confluent_kafka.admin import AdminClient, NewTopic

from compat.conftest import BrokerProcess

DEADLINE_S = 40.0


def create_topic(bootstrap: str, name: str, partitions: int) -> None:
    admin = AdminClient({"bootstrap.servers": bootstrap})
    for future in admin.create_topics([NewTopic(name, partitions, 1)]).values():
        future.result(15)


def produce(bootstrap: str, topic: str, count: int, partitions: int) -> None:
    producer = Producer({"bootstrap.servers": bootstrap, "linger.ms": 5})
    for i in range(count):
        producer.produce(topic, value=str(i).encode(), key=str(i).encode(), partition=i % partitions)
    assert producer.flush(15) == 0


def consumer(bootstrap: str, group: str, **extra: Any) -> Consumer:
    conf = {
        "bootstrap.servers": bootstrap,
        "group.id": group,
        "auto.offset.reset": "earliest",
        "session.timeout.ms": 6000,
        "heartbeat.interval.ms": 500,
        "topic.metadata.refresh.interval.ms": 2000,
        **extra,
    }
    return Consumer(conf)


def poll_until(
    consumers: Iterable[Consumer],
    done: Callable[[], bool],
    deadline_s: float = DEADLINE_S,
    sink: list[Any] | None = None,
) -> None:
    """Poll every consumer in turn (rebalance callbacks run inside poll) until `done()`."""
    consumers = list(consumers)
    end = time.monotonic() + deadline_s
    while time.monotonic() < end:
        for c in consumers:
            msg = c.poll(0.05)
            if msg is not None and not msg.error() and sink is not None:
                sink.append((msg.topic(), msg.partition(), msg.offset(), msg.value()))
            elif msg is not None and msg.error() and msg.error().code() != KafkaError._PARTITION_EOF:
                raise AssertionError(f"consumer error: {msg.error()}")
        if done():
            return
    raise AssertionError("condition not reached within the deadline")


def assignments(consumers: Iterable[Consumer]) -> list[set[int]]:
    return [{tp.partition for tp in c.assignment()} for c in consumers]


def split_evenly(consumers: list[Consumer], partitions: int) -> Callable[[], bool]:
    """Disjoint, non-empty sets, sizes within one of each other, that together cover every
    partition. Evenness matters for cooperative rebalancing: between its two rounds a disjoint
    cover can be lopsided ([1, 2, 3]) while a revoked partition is still on its way."""

    def check() -> bool:
        sets = assignments(consumers)
        union = set().union(*sets)
        sizes = [len(s) for s in sets]
        return (
            all(sets)
            and sum(sizes) == partitions
            and union == set(range(partitions))
            and max(sizes) - min(sizes) <= 1
        )

    return check


def rebalances(broker: BrokerProcess, group: str) -> int:
    return sum(
        1 for r in broker.log_lines()
        if r.get("logger") == "kafkapy.group"
        and str(r.get("message", "")).startswith(f"preparing to rebalance group {group} ")
    )


def test_three_consumers_split_six_partitions(broker: BrokerProcess) -> None:
    create_topic(broker.bootstrap, "split6", 6)
    cs = [consumer(broker.bootstrap, "split") for _ in range(3)]
    try:
        for c in cs:
            c.subscribe(["split6"])
        poll_until(cs, split_evenly(cs, 6))
        assert sorted(len(s) for s in assignments(cs)) == [2, 2, 2]
    finally:
        for c in cs:
            c.close()


KILLABLE = textwrap.dedent("""
    import sys, time
    from confluent_kafka import Consumer
    c = Consumer({"bootstrap.servers": sys.argv[1], "group.id": sys.argv[2],
                  "session.timeout.ms": 6000, "heartbeat.interval.ms": 500,
                  "auto.offset.reset": "earliest"})
    c.subscribe([sys.argv[3]])
    while True:
        c.poll(0.1)
""")


def test_leaving_and_killed_members_trigger_rebalances(broker: BrokerProcess) -> None:
    create_topic(broker.bootstrap, "moves", 6)
    assigned = [0, 0]

    def counter(i: int) -> Callable[[Consumer, list[TopicPartition]], None]:
        def on_assign(_c: Consumer, _parts: list[TopicPartition]) -> None:
            assigned[i] += 1
        return on_assign

    stayers = [consumer(broker.bootstrap, "moves-g") for _ in range(2)]
    leaver = consumer(broker.bootstrap, "moves-g")
    victim = subprocess.Popen(
        [sys.executable, "-c", KILLABLE, broker.bootstrap, "moves-g", "moves"],
        stdout=subprocess.DEVNULL, start_new_session=True,
    )
    try:
        for i, c in enumerate(stayers):
            c.subscribe(["moves"], on_assign=counter(i))
        leaver.subscribe(["moves"])
        all4 = [*stayers, leaver]

        def four_way() -> bool:
            sets = assignments(all4)
            union = set().union(*sets)
            # Disjoint, each holds some, and the victim process holds the rest.
            return all(sets) and len(union) == sum(len(s) for s in sets) < 6

        poll_until(all4, four_way)
        seen = list(assigned)
        before = rebalances(broker, "moves-g")
        leaver.close()  # LeaveGroup: the group rebalances at once, 3 members x 2 partitions

        def three_way() -> bool:
            sets = assignments(stayers)
            return all(a > b for a, b in zip(assigned, seen)) and [len(x) for x in sets] == [2, 2] \
                and not sets[0] & sets[1]

        poll_until(stayers, three_way)
        assert rebalances(broker, "moves-g") > before
        before = rebalances(broker, "moves-g")
        victim.send_signal(signal.SIGKILL)  # no LeaveGroup: the session timeout notices
        victim.wait(10)
        poll_until(stayers, split_evenly(stayers, 6))
        assert rebalances(broker, "moves-g") > before
        assert any(
            "session timeout" in str(r.get("message")) for r in broker.log_lines()
            if r.get("logger") == "kafkapy.group"
        )
    finally:
        if victim.poll() is None:
            os.killpg(victim.pid, signal.SIGKILL)
            victim.wait(10)
        for c in stayers:
            c.close()


def test_cooperative_sticky(broker: BrokerProcess) -> None:
    create_topic(broker.bootstrap, "coop", 6)
    coop = {"partition.assignment.strategy": "cooperative-sticky"}
    revoked: list[list[int]] = []

    def on_revoke(_c: Consumer, parts: list[TopicPartition]) -> None:
        revoked.append([p.partition for p in parts])

    first = consumer(broker.bootstrap, "coop-g", **coop)
    first.subscribe(["coop"], on_revoke=on_revoke)
    cs = [first]
    try:
        poll_until(cs, split_evenly(cs, 6))
        for _ in range(2):
            c = consumer(broker.bootstrap, "coop-g", **coop)
            c.subscribe(["coop"], on_revoke=on_revoke)
            cs.append(c)
            poll_until(cs, split_evenly(cs, 6))
        assert sorted(len(s) for s in assignments(cs)) == [2, 2, 2]
        # Incremental: the first member only ever gave partitions away; it never lost all.
        assert all(len(r) < 6 for r in revoked)
        settled = rebalances(broker, "coop-g")
        end = time.monotonic() + 4
        while time.monotonic() < end:  # a quiet group stays quiet: no revocation storm
            for c in cs:
                c.poll(0.05)
        assert rebalances(broker, "coop-g") == settled
        assert settled <= 6
        generations = [str(r.get("message")) for r in broker.log_lines()
                       if str(r.get("message", "")).startswith("group coop-g: generation")]
        assert generations and all("protocol cooperative-sticky" in g for g in generations)
    finally:
        for c in cs:
            c.close()


def test_static_member_restarts_without_rebalance(broker: BrokerProcess) -> None:
    create_topic(broker.bootstrap, "static", 4)
    static = {"session.timeout.ms": 30000}

    def member(instance: str) -> Consumer:
        c = consumer(broker.bootstrap, "static-g", **{"group.instance.id": instance, **static})
        c.subscribe(["static"])
        return c

    cs = {"a": member("a"), "b": member("b")}
    try:
        poll_until(cs.values(), split_evenly(list(cs.values()), 4))
        before = {name: assignments([c])[0] for name, c in cs.items()}
        settled = rebalances(broker, "static-g")
        # Restart each in turn (one of them is the leader): static members do not send
        # LeaveGroup on close (KIP-345), and come back to their own partitions.
        for name in ("a", "b"):
            cs[name].close()
            cs[name] = member(name)
            poll_until(cs.values(), split_evenly(list(cs.values()), 4))
            assert {n: assignments([c])[0] for n, c in cs.items()} == before
            assert rebalances(broker, "static-g") == settled
        assert sum(
            1 for r in broker.log_lines()
            if "rejoined as" in str(r.get("message")) and "without rebalance" in str(r.get("message"))
        ) == 2
    finally:
        for c in cs.values():
            c.close()


def test_committed_offsets_survive_kill_9(broker: BrokerProcess) -> None:
    create_topic(broker.bootstrap, "durable", 3)
    produce(broker.bootstrap, "durable", 90, 3)  # 30 per partition, offsets 0..29
    manual = {"enable.auto.commit": False}
    c = consumer(broker.bootstrap, "durable-g", **manual)
    c.subscribe(["durable"])
    first: list[Any] = []
    try:
        poll_until([c], lambda: len(first) >= 45, sink=first)
        position: dict[int, int] = {p: 0 for p in range(3)}
        for _, p, off, _ in first:
            position[p] = max(position[p], off + 1)
        c.commit(offsets=[TopicPartition("durable", p, o) for p, o in position.items() if o],
                 asynchronous=False)
    finally:
        c.close()
    broker.restart(hard=True)  # SIGKILL: no clean shutdown, then replay on start-up
    c = consumer(broker.bootstrap, "durable-g", **manual)
    rest: list[Any] = []
    try:
        committed = c.committed([TopicPartition("durable", p) for p in range(3)], timeout=15)
        assert {tp.partition: max(tp.offset, 0) for tp in committed} == position
        c.subscribe(["durable"])
        expected = 90 - sum(position.values())
        poll_until([c], lambda: len(rest) >= expected, sink=rest)
    finally:
        c.close()
    for p in range(3):
        # Resumes exactly at the committed offset: no gap, no duplicate, nothing missing.
        assert sorted(off for _, q, off, _ in rest if q == p) == list(range(position[p], 30))
    committed_values = {int(v) for _, p, off, v in first if off < position[p]}
    assert committed_values | {int(v) for *_, v in rest} == set(range(90))


@pytest.mark.broker_overrides({"offsets.topic.num.partitions": "7"})
def test_offsets_topic_partition_count_and_group_routing(broker: BrokerProcess) -> None:
    create_topic(broker.bootstrap, "route", 1)
    produce(broker.bootstrap, "route", 5, 1)
    c = consumer(broker.bootstrap, "polygenelubricants", **{"enable.auto.commit": False})
    try:
        c.subscribe(["route"])
        got: list[Any] = []
        poll_until([c], lambda: len(got) >= 5, sink=got)
        c.commit(asynchronous=False)
    finally:
        c.close()
    dirs = sorted(d.name for d in broker.log_dir.iterdir() if d.name.startswith("__consumer_offsets-"))
    assert dirs == sorted(f"__consumer_offsets-{p}" for p in range(7))
    # hash("polygenelubricants") is Integer.MIN_VALUE: Utils.abs makes it partition 0,
    # so that partition's log holds the group's records.
    part0 = broker.log_dir / "__consumer_offsets-0"
    assert any(f.suffix == ".log" and f.stat().st_size > 0 for f in part0.iterdir())


def test_live_group_survives_broker_kill_9(broker: BrokerProcess) -> None:
    """Group metadata is durable too: members that keep running across a crash and restart
    carry on in the same generation, with no rebalance, and read what is produced next."""
    create_topic(broker.bootstrap, "crash", 4)
    cs = [consumer(broker.bootstrap, "crash-g") for _ in range(2)]
    try:
        for c in cs:
            c.subscribe(["crash"])
        poll_until(cs, split_evenly(cs, 4))
        before = assignments(cs)
        settled = rebalances(broker, "crash-g")
        broker.restart(hard=True)
        produce(broker.bootstrap, "crash", 40, 4)
        got: list[Any] = []
        poll_until(cs, lambda: len(got) >= 40, sink=got)
        assert sorted(int(v) for *_, v in got) == list(range(40))
        assert assignments(cs) == before
        assert rebalances(broker, "crash-g") == settled
    finally:
        for c in cs:
            c.close()
