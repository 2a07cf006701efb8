"""The load generator: librdkafka (confluent-kafka) in spawned worker processes.

Workers are spawned, never forked: the parent holds librdkafka threads (AdminClient), and a fork
of a threaded process is unsafe. All workers wait for a shared monotonic start instant
(CLOCK_MONOTONIC is system-wide on Linux, so instants compare across processes).

Throughput counts value bytes acknowledged by the broker (the record framing is not counted).
"""

from __future__ import annotations

import collections
import itertools
import multiprocessing as mp
import os
import queue
import struct
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import Any

SPAWN = mp.get_context("spawn")
JOIN_GRACE_S = 60.0
START_DELAY_S = 1.5  # enough for spawned workers to import confluent_kafka and connect


@dataclass
class ProduceSpec:
    bootstrap: str
    topic: str
    partitions: int
    value_size: int
    acks: str = "1"
    duration_s: float = 10.0
    max_bytes: int = 1 << 40
    linger_ms: int = 5
    batch_size: int = 1_000_000
    rate_bytes_s: float = 0.0  # > 0: paced (latency runs); 0: as fast as possible
    chunk: int = 10_000  # values per C-driven produce() burst between polls
    round_robin: bool = False  # name each value's partition from a Python loop (slower)
    extra: dict[str, Any] = field(default_factory=dict)


def producer_config(spec: ProduceSpec) -> dict[str, Any]:
    return {
        "bootstrap.servers": spec.bootstrap,
        "acks": spec.acks,
        "linger.ms": spec.linger_ms,
        "batch.size": spec.batch_size,
        "batch.num.messages": 1_000_000,
        "compression.type": "none",
        "enable.idempotence": False,
        "queue.buffering.max.kbytes": 256 * 1024,
        "queue.buffering.max.messages": 2_000_000,
        "message.timeout.ms": 60_000,
        **spec.extra,
    }


def _wait_until(instant: float) -> None:
    delay = instant - time.monotonic()
    if delay > 0:
        time.sleep(delay)


def throughput_worker(spec: ProduceSpec, index: int, start_at: float, out: Any) -> None:
    """Produce fixed-size values as fast as librdkafka takes them.

    The produce() loop runs in C: `map(produce, repeat(topic), repeat(value))` drained by a
    zero-length deque, in chunks that fit the producer's queue (so no chunk can raise
    BufferError half-way), with `poll(0)` between chunks for error reports. At 100 B a Python
    `for` loop around produce() cost about as much as produce() itself. Values carry no key
    and no partition, so librdkafka's sticky partitioner spreads whole batches over the
    partitions (a real keyless application does the same); `spec.round_robin` instead names
    the partition of each value from a Python loop (the former generator, kept for A/B runs).
    """
    from confluent_kafka import Producer  # type: ignore[import-untyped]

    errors: list[str] = []

    def on_error(err: Any, msg: Any) -> None:
        if err is not None and len(errors) < 1_000_000:
            errors.append(str(err))

    cfg = producer_config(spec)
    cfg["delivery.report.only.error"] = True
    cfg["on_delivery"] = on_error
    producer = Producer(cfg)
    producer.list_topics(spec.topic, timeout=30)
    value = os.urandom(spec.value_size)
    topic, parts = spec.topic, spec.partitions
    budget = max(1, spec.max_bytes // spec.value_size)
    # Room in librdkafka's queue (messages and bytes), with a margin: a chunk is produced only
    # when all of it fits, so `sent` is exact.
    room = int(0.9 * min(cfg["queue.buffering.max.messages"],
                         cfg["queue.buffering.max.kbytes"] * 1024 // spec.value_size))
    chunk = max(1, min(spec.chunk, room // 2))
    part = index % parts
    sent = 0
    short_chunks = 0
    _wait_until(start_at)
    t0 = time.monotonic()
    cpu0 = time.process_time()
    deadline = t0 + spec.duration_s
    produce, poll = producer.produce, producer.poll
    while sent < budget and time.monotonic() < deadline:
        k = min(chunk, budget - sent)
        if spec.round_robin:
            for _ in range(k):
                try:
                    produce(topic, value, partition=part)
                except BufferError:
                    poll(0.005)
                    continue
                part = part + 1 if part + 1 < parts else 0
                sent += 1
        elif len(producer) + k <= room:
            try:
                collections.deque(map(produce, itertools.repeat(topic, k),
                                      itertools.repeat(value, k)), maxlen=0)
                sent += k
            except BufferError:  # not expected (room was checked): this chunk is not counted
                short_chunks += 1
                poll(0.005)
        else:
            poll(0.005)  # queue full: let librdkafka deliver
            continue
        poll(0)
    t_sent = time.monotonic()
    left = producer.flush(JOIN_GRACE_S)
    t1 = time.monotonic()
    out.put({"index": index, "sent": sent, "errors": len(errors),
             "first_error": errors[0] if errors else None, "unflushed": left,
             "bytes": (sent - left - len(errors)) * spec.value_size,
             "start": t0, "sent_at": t_sent, "end": t1, "cpu_s": time.process_time() - cpu0,
             "uncounted_chunks": short_chunks})


def paced_latency_worker(spec: ProduceSpec, index: int, start_at: float, out: Any) -> None:
    """Produce at `spec.rate_bytes_s`, recording librdkafka's produce->ack latency per message.

    `Message.latency()` is measured inside librdkafka, so the Python poll loop's delay is not
    counted. The first second is warm-up and is discarded.
    """
    from confluent_kafka import Producer

    lat: list[float] = []
    errors = [0]
    warm_until = [0.0]

    def on_delivery(err: Any, msg: Any) -> None:
        if err is not None:
            errors[0] += 1
        elif time.monotonic() > warm_until[0]:
            lat.append(msg.latency())

    cfg = producer_config(spec)
    cfg["on_delivery"] = on_delivery
    producer = Producer(cfg)
    producer.list_topics(spec.topic, timeout=30)
    value = os.urandom(spec.value_size)
    per_s = spec.rate_bytes_s / spec.value_size
    parts = spec.partitions
    _wait_until(start_at)
    t0 = time.monotonic()
    warm_until[0] = t0 + 1.0
    deadline = t0 + spec.duration_s
    sent = 0
    part = 0
    while True:
        now = time.monotonic()
        if now >= deadline:
            break
        due = int((now - t0) * per_s)
        while sent < due:
            try:
                producer.produce(spec.topic, value, partition=part)
            except BufferError:
                break
            part = part + 1 if part + 1 < parts else 0
            sent += 1
        producer.poll(0)
        time.sleep(0.0005)
    producer.flush(JOIN_GRACE_S)
    t1 = time.monotonic()
    out.put({"index": index, "sent": sent, "errors": errors[0], "latencies_s": lat,
             "start": t0, "end": t1, "bytes": sent * spec.value_size})


def run_workers(target: Callable[..., None], specs: list[Any], timeout_s: float) -> list[dict]:
    """Spawn one process per spec, start them together, collect one result dict from each."""
    return run_jobs([(target, s) for s in specs], timeout_s)


def run_jobs(jobs: list[tuple[Callable[..., None], Any]], timeout_s: float) -> list[dict]:
    """Spawn one process per (target, spec); results come back in completion order."""
    out = SPAWN.Queue()
    start_at = time.monotonic() + START_DELAY_S
    procs = [SPAWN.Process(target=t, args=(s, i, start_at, out), daemon=True)
             for i, (t, s) in enumerate(jobs)]
    for p in procs:
        p.start()
    results: list[dict] = []
    deadline = start_at + timeout_s + JOIN_GRACE_S
    try:
        while len(results) < len(procs):
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise TimeoutError(f"load workers: {len(results)}/{len(procs)} finished")
            try:
                results.append(out.get(timeout=min(remaining, 1.0)))
            except queue.Empty:
                if all(not p.is_alive() for p in procs) and out.empty():
                    raise RuntimeError(f"load workers died: {[p.exitcode for p in procs]}"
                                       ) from None
    finally:
        for p in procs:
            p.join(5)
            if p.is_alive():
                p.kill()
                p.join()
    return sorted(results, key=lambda r: r["index"])


def summarize_throughput(results: list[dict]) -> dict[str, Any]:
    start = min(r["start"] for r in results)
    end = max(r["end"] for r in results)
    total = sum(r["bytes"] for r in results)
    msgs = sum(r["sent"] for r in results)
    errors = sum(r["errors"] + r["unflushed"] for r in results)
    elapsed = end - start
    return {"mb_s": total / elapsed / 1e6, "bytes": total, "messages": msgs,
            "msgs_s": msgs / elapsed, "elapsed_s": elapsed, "errors": errors,
            "first_error": next((r["first_error"] for r in results if r["first_error"]), None)}


def percentiles(values: list[float], ps: tuple[float, ...] = (50, 99, 99.9)) -> dict[str, float]:
    if not values:
        return {f"p{p:g}": float("nan") for p in ps}
    s = sorted(values)
    return {f"p{p:g}": s[min(len(s) - 1, int(len(s) * p / 100))] for p in ps}


# ---- consumers ---------------------------------------------------------------------------

@dataclass
class ConsumeSpec:
    bootstrap: str
    topic: str
    partitions: list[int]
    expected: int  # messages to read before stopping
    duration_s: float = 60.0
    value_size: int = 1024  # the raw Fetch client counts value bytes as records x this
    repeat: bool = False  # read the partitions again from offset 0 until duration_s (profiles)
    extra: dict[str, Any] = field(default_factory=dict)


def consumer_config(spec: ConsumeSpec, group: str) -> dict[str, Any]:
    return {
        "bootstrap.servers": spec.bootstrap,
        "group.id": group,
        "enable.auto.commit": False,
        "auto.offset.reset": "earliest",
        "fetch.max.bytes": 64 * 1024 * 1024,
        "max.partition.fetch.bytes": 16 * 1024 * 1024,
        "fetch.wait.max.ms": 100,
        "queued.max.messages.kbytes": 256 * 1024,
        "enable.partition.eof": False,
        **spec.extra,
    }


def consume_worker(spec: ConsumeSpec, index: int, start_at: float, out: Any) -> None:
    """Read the assigned partitions from offset 0 until `expected` messages have arrived."""
    from confluent_kafka import Consumer, TopicPartition

    consumer = Consumer(consumer_config(spec, f"bench-{os.getpid()}"))
    consumer.assign([TopicPartition(spec.topic, p, 0) for p in spec.partitions])
    _wait_until(start_at)
    t0 = time.monotonic()
    deadline = t0 + spec.duration_s
    n = 0
    nbytes = 0
    consume = consumer.consume
    cpu0 = time.process_time()
    target = spec.expected
    while time.monotonic() < deadline:
        if n >= target:
            if not spec.repeat:
                break
            consumer.assign([TopicPartition(spec.topic, p, 0) for p in spec.partitions])
            target += spec.expected
        batch = consume(num_messages=20000, timeout=0.2)
        # No per-message Python loop: error events carry no value, so a value byte count
        # short of expected * value size shows them; len() of a Message is its value's size.
        n += len(batch)
        nbytes += sum(map(len, batch))
    errors = 0
    t1 = time.monotonic()
    cpu = time.process_time() - cpu0  # every thread of the process: librdkafka's too
    consumer.close()
    out.put({"index": index, "messages": n, "bytes": nbytes, "errors": errors,
             "start": t0, "end": t1, "cpu_s": cpu, "complete": n >= spec.expected})


def e2e_consumer_worker(spec: ConsumeSpec, index: int, start_at: float, out: Any) -> None:
    """Long-poll consumer: latency = now - the monotonic ns stamped in the value's first 8 bytes."""
    from confluent_kafka import Consumer, TopicPartition

    consumer = Consumer(consumer_config(spec, f"bench-e2e-{os.getpid()}"))
    consumer.assign([TopicPartition(spec.topic, p, 0) for p in spec.partitions])
    lat: list[float] = []
    n = 0
    t0 = time.monotonic()
    deadline = start_at + spec.duration_s
    warm = start_at + 1.0
    poll = consumer.poll
    while n < spec.expected and time.monotonic() < deadline:
        # poll() returns as soon as one message is there; consume(num_messages=N) would wait
        # for N messages or its timeout and add that wait to every latency.
        m = poll(0.1)
        if m is None or m.error() is not None:
            continue
        now = time.monotonic_ns()
        n += 1
        (stamp,) = struct.unpack_from(">q", m.value())
        if stamp / 1e9 > warm:
            lat.append((now - stamp) / 1e9)
    consumer.close()
    out.put({"index": index, "messages": n, "latencies_s": lat, "start": t0,
             "end": time.monotonic(), "bytes": 0})


def stamped_producer_worker(spec: ProduceSpec, index: int, start_at: float, out: Any) -> None:
    """Paced producer whose values start with time.monotonic_ns() at produce time."""
    from confluent_kafka import Producer

    producer = Producer(producer_config(spec))
    producer.list_topics(spec.topic, timeout=30)
    pad = os.urandom(spec.value_size - 8)
    per_s = spec.rate_bytes_s / spec.value_size
    _wait_until(start_at)
    t0 = time.monotonic()
    deadline = t0 + spec.duration_s
    sent = 0
    pack = struct.Struct(">q").pack
    while True:
        now = time.monotonic()
        if now >= deadline:
            break
        due = int((now - t0) * per_s)
        while sent < due:
            try:
                producer.produce(spec.topic, pack(time.monotonic_ns()) + pad, partition=0)
            except BufferError:
                break
            sent += 1
        producer.poll(0)
        time.sleep(0.0005)
    producer.flush(JOIN_GRACE_S)
    out.put({"index": index, "sent": sent, "start": t0, "end": time.monotonic(),
             "bytes": sent * spec.value_size})


def as_dict(obj: Any) -> dict[str, Any]:
    return asdict(obj)
