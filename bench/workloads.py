"""The issue's workloads, each run against one broker and bounded in time.

Every function returns a list of result rows (`row(...)`); the runner calls it for each broker in
turn. Topic names carry a fresh suffix so that runs never see each other's data.
"""

from __future__ import annotations

import os
import uuid
from typing import Any

from bench import loadgen as lg
from bench.admin import create_topics, delete_topics
from bench.brokers import Broker
from bench.rawfetch import raw_consume_worker
from bench.rawproduce import raw_produce_worker
from bench.settings import MB, Settings


def row(workload: str, case: str, metric: str, value: float, unit: str, better: str,
        **extra: Any) -> dict[str, Any]:
    return {"workload": workload, "case": case, "metric": metric, "value": value,
            "unit": unit, "better": better, **extra}


def fresh(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:8]}"


def load() -> list[float]:
    return [round(x, 2) for x in os.getloadavg()]


def _tpcase(size: int, acks: str, parts: int) -> str:
    return f"{'1KiB' if size == 1024 else f'{size}B'} acks={acks} p={parts}"


RAW_TAG = " raw fetch"  # metric suffix of the raw Fetch client's rows (bench/rawfetch.py)
RAW_PRODUCE_TAG = " raw produce"  # and of the raw Produce client's (bench/rawproduce.py)

PRODUCE_CASES = [(size, acks, parts) for size in (1024, 100) for acks in ("1", "all")
                 for parts in (1, 8)]


def produce_throughput(b: Broker, s: Settings, size: int, acks: str, parts: int,
                       ) -> list[dict[str, Any]]:
    """librdkafka producers; then, for the sizes in `s.raw_produce_sizes`, the raw Produce
    client (bench/rawproduce.py) on the same topic: the broker's ingest without the client's
    per-message cost."""
    topic = fresh("tp")
    create_topics(b.bootstrap, {topic: parts})
    case = _tpcase(size, acks, parts)
    passes = [(lg.throughput_worker, s.producers, s.produce_s, "")]
    if size in s.raw_produce_sizes and s.raw_producers:
        passes.append((raw_produce_worker, s.raw_producers, s.raw_produce_s, RAW_PRODUCE_TAG))
    rows = []
    for worker, n, duration, tag in passes:
        spec = lg.ProduceSpec(b.bootstrap, topic, parts, size, acks=acks, duration_s=duration,
                              max_bytes=s.produce_max_bytes // n)
        before, cpu0 = load(), b.stat().cpu_s
        results = lg.run_workers(worker, [spec] * n, duration)
        res = lg.summarize_throughput(results)
        cpu = (b.stat().cpu_s - cpu0) / res["elapsed_s"]
        gen = sum(r.get("cpu_s", 0.0) for r in results) / res["elapsed_s"]
        rows += [row("produce", case, f"MB/s{tag}", res["mb_s"], "MB/s", "higher",
                     msgs_s=res["msgs_s"], errors=res["errors"], first_error=res["first_error"],
                     broker_cpu=cpu, generator_cpu=gen, load_before=before, load_after=load(),
                     producers=n, client="raw" if tag else "librdkafka"),
                 row("produce", case, f"broker CPU (cores){tag}", cpu, "cores", "lower")]
    delete_topics(b.bootstrap, [topic])
    return rows


def _write_log(b: Broker, topic: str, parts: int, nbytes: int, budget_s: float) -> list[int]:
    """Fill `topic` with `nbytes` of 1 KiB values (acks=1); returns each partition's record
    count. The values go round-robin over the partitions, so the counts follow from the
    total acknowledged. (ListOffsets is not used: Tansu 0.6's latest offset was short of the
    records it had acknowledged and served, by about one batch per partition.)"""
    spec = lg.ProduceSpec(b.bootstrap, topic, parts, 1024, acks="1", duration_s=budget_s,
                          max_bytes=nbytes, round_robin=True)
    res = lg.summarize_throughput(lg.run_workers(lg.throughput_worker, [spec], budget_s))
    if res["errors"]:
        raise RuntimeError(f"writing the log failed: {res['first_error']}")
    n = res["messages"]
    return [n // parts + (1 if p < n % parts else 0) for p in range(parts)]


def consume_topic(b: Broker | str, topic: str, ends: list[int], consumers: int,
                  budget_s: float, raw: bool = False, repeat: bool = False) -> dict[str, Any]:
    """Read every partition from offset 0 to its end offset (`ends`) with `consumers`
    processes, each assigned every `consumers`-th partition: librdkafka, or the raw Fetch
    client (bench/rawfetch.py)."""
    bootstrap = b if isinstance(b, str) else b.bootstrap
    groups = [list(range(i, len(ends), consumers)) for i in range(consumers)]
    specs = [lg.ConsumeSpec(bootstrap, topic, g, expected=sum(ends[p] for p in g),
                            duration_s=budget_s, repeat=repeat) for g in groups if g]
    worker = raw_consume_worker if raw else lg.consume_worker
    results = lg.run_workers(worker, specs, budget_s)
    start = min(r["start"] for r in results)
    end = max(r["end"] for r in results)
    total = sum(r["bytes"] for r in results)
    msgs = sum(r["messages"] for r in results)
    cpu = sum(r.get("cpu_s", 0.0) for r in results)
    return {"mb_s": total / (end - start) / 1e6, "bytes": total, "messages": msgs,
            "complete": msgs >= sum(ends), "errors": sum(r["errors"] for r in results),
            "elapsed_s": end - start, "generator_cpu": cpu / (end - start)}


def consume_throughput(b: Broker, s: Settings, nbytes: int, workload: str = "consume",
                       parts: int = 8) -> tuple[list[dict[str, Any]], str, list[int]]:
    topic = fresh("cons")
    create_topics(b.bootstrap, {topic: parts})
    ends = _write_log(b, topic, parts, nbytes, budget_s=max(60.0, nbytes / (20 * MB)))
    n = sum(ends)
    budget = max(30.0, nbytes / (20 * MB))
    case = f"{n * 1024 / 1e9:.2f} GB 1KiB p={parts} from offset 0"
    rows = []
    # librdkafka first (the real client), then the raw Fetch client on the same log: what the
    # broker serves when the client's per-record cost is taken away.
    for raw, consumers, tag in ((False, s.consumers, ""),
                                (True, s.raw_consumers, RAW_TAG)):
        if raw and not s.raw_consumers:
            continue
        before, cpu0 = load(), b.stat().cpu_s
        # The raw clients read a 1 GB log in well under a second: they re-read it from offset
        # 0 for `raw_consume_s`, so that their figure is a rate, not a start-up transient.
        res = consume_topic(b, topic, ends, consumers, budget_s=s.raw_consume_s if raw
                            else budget, raw=raw, repeat=raw)
        cpu = (b.stat().cpu_s - cpu0) / res["elapsed_s"]
        rows += [row(workload, case, f"MB/s{tag}", res["mb_s"], "MB/s", "higher",
                     complete=res["complete"], messages=res["messages"], broker_cpu=cpu,
                     passes=round(res["messages"] / n, 2),
                     generator_cpu=res["generator_cpu"], load_before=before,
                     load_after=load(), consumers=consumers,
                     client="raw" if raw else "librdkafka"),
                 row(workload, case, f"broker CPU (cores){tag}", cpu, "cores", "lower")]
    return rows, topic, ends


def produce_latency(b: Broker, s: Settings, rate: float) -> list[dict[str, Any]]:
    topic = fresh("lat")
    create_topics(b.bootstrap, {topic: 1})
    spec = lg.ProduceSpec(b.bootstrap, topic, 1, 1024, acks="1", duration_s=s.latency_s,
                          linger_ms=0, rate_bytes_s=rate)
    before = load()
    [res] = lg.run_workers(lg.paced_latency_worker, [spec], s.latency_s)
    delete_topics(b.bootstrap, [topic])
    achieved = res["bytes"] / (res["end"] - res["start"]) / 1e6
    pct = lg.percentiles(res["latencies_s"])
    case = f"{rate / MB:g} MB/s 1KiB acks=1 p=1"
    return [row("latency", case, f"produce {k} ms", v * 1000, "ms", "lower",
                achieved_mb_s=achieved, errors=res["errors"], samples=len(res["latencies_s"]),
                load_before=before, load_after=load()) for k, v in pct.items()]


def end_to_end(b: Broker, s: Settings) -> list[dict[str, Any]]:
    topic = fresh("e2e")
    create_topics(b.bootstrap, {topic: 1})
    prod = lg.ProduceSpec(b.bootstrap, topic, 1, 1024, acks="1", duration_s=s.e2e_s,
                          linger_ms=0, rate_bytes_s=s.e2e_rate)
    expected = int(s.e2e_rate * s.e2e_s / 1024)
    cons = lg.ConsumeSpec(b.bootstrap, topic, [0], expected=expected, duration_s=s.e2e_s + 5,
                          extra={"fetch.wait.max.ms": 500, "fetch.min.bytes": 1})
    before = load()
    results = lg.run_jobs([(lg.e2e_consumer_worker, cons), (lg.stamped_producer_worker, prod)],
                          s.e2e_s + 5)
    delete_topics(b.bootstrap, [topic])
    lat = results[0]["latencies_s"]
    pct = lg.percentiles(lat)
    case = f"{s.e2e_rate / MB:g} MB/s 1KiB p=1 fetch.wait.max.ms=500"
    return [row("e2e", case, f"end-to-end {k} ms", v * 1000, "ms", "lower", samples=len(lat),
                sent=results[1]["sent"], received=results[0]["messages"],
                load_before=before, load_after=load()) for k, v in pct.items()]
