"""Orchestration: raw limits, the generator's ceiling, then every case against each broker in
alternating order, then the strace and py-spy passes. Failures are recorded, never fatal."""

from __future__ import annotations

import datetime as dt
import platform
import queue
import shutil
import subprocess
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench import limits, machine, proofs, scale, sink
from bench import loadgen as lg
from bench import workloads as wl
from bench.brokers import Broker, KafkapyBroker, make_broker
from bench.rawproduce import raw_produce_worker
from bench.settings import GB, MB, Settings

Case = tuple[str, str, Callable[[Broker], list[dict[str, Any]]]]


def log(msg: str) -> None:
    print(f"[bench {dt.datetime.now(dt.UTC):%H:%M:%S}] {msg}", flush=True)


def _sh(cmd: list[str]) -> str:
    try:
        return subprocess.run(cmd, check=False, capture_output=True, text=True, timeout=10).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return ""


def environment(root: Path) -> dict[str, Any]:
    import confluent_kafka  # type: ignore[import-untyped]

    lscpu = dict(line.split(":", 1) for line in _sh(["lscpu"]).splitlines() if ":" in line)
    mem_kb = next((int(line.split()[1]) for line in Path("/proc/meminfo").read_text().splitlines()
                   if line.startswith("MemTotal")), 0)
    return {
        "date_utc": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "cpu": lscpu.get("Model name", "?").strip(),
        "cpus": lscpu.get("CPU(s)", "?").strip(),
        "hypervisor": lscpu.get("Hypervisor vendor", "").strip(),
        "memory_gb": round(mem_kb / 1024 / 1024, 1),
        "disk": _sh(["df", "-h", "--output=source,fstype,size,avail", str(root)]),
        "block_devices": _sh(["lsblk", "-d", "-o", "NAME,ROTA,SIZE,MODEL"]),
        "kernel": platform.release(),
        "python": platform.python_version(),
        "confluent_kafka": confluent_kafka.__version__,
        "librdkafka": confluent_kafka.libversion()[0],
        "git": _sh(["git", "-C", str(Path(__file__).parent), "log", "-1", "--format=%h %cI"]),
    }


def generator_ceiling(s: Settings) -> list[dict[str, Any]]:
    """The load generators against bench/sink.py (discards produce, serves fetches from memory):
    what the producers and consumers can offer, with the generator's own CPU beside it."""
    per_partition = max(1, s.consume_bytes // 1024 // 8 // 1000) * 1000
    ready, stop = lg.SPAWN.Queue(), lg.SPAWN.Event()
    proc = lg.SPAWN.Process(target=sink.serve, args=(8, ready, stop,
                                                     sink.FetchLog(1024, per_partition, 1000)),
                            daemon=True)
    proc.start()
    rows: list[dict[str, Any]] = []
    try:
        port = ready.get(timeout=30)
        bootstrap = f"127.0.0.1:{port}"
        pids = [proc.pid] if proc.pid else []
        # The ceilings of the generators the run uses (both when only `ceiling` was asked for).
        kinds = {"produce", "consume"} & set(s.only)
        if not kinds and "ceiling" in s.only:
            kinds = {"produce", "consume"}
        if "produce" in kinds:
            for size in (1024, 100):
                for producers in sorted({1, 2, s.producers}):
                    rows.append(_quiet(pids, lambda n=producers, z=size:
                                       _produce_ceiling(s, bootstrap, z, n)))
                if size in s.raw_produce_sizes and s.raw_producers:
                    rows.append(_quiet(pids, lambda z=size: _produce_ceiling(
                        s, bootstrap, z, s.raw_producers, raw=True)))
        if "consume" in kinds:
            for raw, consumers in [(False, n) for n in sorted({2, s.consumers})] + \
                    ([(True, s.raw_consumers)] if s.raw_consumers else []):
                rows.append(_quiet(pids, lambda r=raw, n=consumers:
                                   _consume_ceiling(s, bootstrap, per_partition * 8, r, n)))
        if "latency" in s.only:
            for rate in s.latency_rates:
                spec = lg.ProduceSpec(bootstrap, "sink", 1, 1024, acks="1",
                                      duration_s=s.latency_s, linger_ms=0, rate_bytes_s=rate)
                snap = machine.snapshot(pids)
                [res] = lg.run_workers(lg.paced_latency_worker, [spec], s.latency_s)
                quiet = machine.quiet_fields(snap, pids)
                for k, v in lg.percentiles(res["latencies_s"]).items():
                    rows.append(wl.row("ceiling", f"latency {rate / MB:g} MB/s 1KiB p=1",
                                       f"produce {k} ms", v * 1000, "ms", "lower",
                                       broker="sink", msgs_s=res["sent"] / s.latency_s,
                                       errors=res["errors"], **quiet))
    finally:
        stop.set()
        try:
            counters = ready.get(timeout=10)
            log(f"  sink counters: {counters}")
        except queue.Empty:
            pass
        proc.join(10)
        if proc.is_alive():
            proc.kill()
    return rows


def _quiet(pids: list[int], fn: Callable[[], dict[str, Any]]) -> dict[str, Any]:
    snap = machine.snapshot(pids)
    r = fn()
    return {**r, **machine.quiet_fields(snap, pids)}


def _produce_ceiling(s: Settings, bootstrap: str, size: int, producers: int,
                     raw: bool = False) -> dict[str, Any]:
    duration = s.raw_produce_s if raw else s.produce_s
    spec = lg.ProduceSpec(bootstrap, "sink", 8, size, acks="1", duration_s=duration,
                          max_bytes=s.produce_max_bytes // producers)
    worker = raw_produce_worker if raw else lg.throughput_worker
    results = lg.run_workers(worker, [spec] * producers, duration)
    res = lg.summarize_throughput(results)
    gen = sum(r.get("cpu_s", 0.0) for r in results) / res["elapsed_s"]
    client = "raw produce" if raw else "librdkafka"
    log(f"  ceiling produce {size} B {client} x{producers}: {res['mb_s']:.0f} MB/s, "
        f"generator {gen:.2f} cores")
    return wl.row("ceiling", f"produce {'1KiB' if size == 1024 else f'{size}B'} p=8 "
                  f"{client} producers={producers}", "MB/s", res["mb_s"], "MB/s", "higher",
                  broker="sink", msgs_s=res["msgs_s"], errors=res["errors"],
                  generator_cpu=gen)


def _consume_ceiling(s: Settings, bootstrap: str, messages: int, raw: bool,
                     consumers: int) -> dict[str, Any]:
    res = wl.consume_topic(bootstrap, "sink", [messages // 8] * 8, consumers,
                           budget_s=s.raw_consume_s if raw else max(30.0, messages * 1024 /
                                                                    (20 * MB)),
                           raw=raw, repeat=raw)
    client = "raw fetch" if raw else "librdkafka"
    log(f"  ceiling consume {client} x{consumers}: {res['mb_s']:.0f} MB/s, "
        f"generator {res['generator_cpu']:.2f} cores")
    return wl.row("ceiling", f"consume 1KiB p=8 {client} consumers={consumers}", "MB/s",
                  res["mb_s"], "MB/s", "higher", broker="sink", complete=res["complete"],
                  generator_cpu=res["generator_cpu"])


def cases(s: Settings) -> list[Case]:
    out: list[Case] = []
    # Latency first: it is the most sensitive to what earlier cases leave behind (dirty pages
    # under writeback, a Tansu holding GBs in memory).
    if "latency" in s.only:
        for rate in s.latency_rates:
            out.append(("latency", f"{rate / MB:g} MB/s",
                        lambda b, r=rate: wl.produce_latency(b, s, r)))
    if "e2e" in s.only:
        out.append(("e2e", "e2e", lambda b: wl.end_to_end(b, s)))
    for rnd in range(s.rounds):  # the headline throughput cases, repeated: medians reported
        if "produce" in s.only:
            for size, acks, parts in wl.PRODUCE_CASES:
                out.append(("produce", f"{wl._tpcase(size, acks, parts)} round {rnd + 1}",
                            lambda b, a=(size, acks, parts): wl.produce_throughput(b, s, *a)))
        if "consume" in s.only:
            out.append(("consume", f"consume round {rnd + 1}",
                        lambda b, r=rnd: _consume_with_proof(b, s, proof=r == 0)))
    if "partitions" in s.only:
        out.append(("partitions", "partitions", lambda b: scale.many_partitions(b, s)))
    if "connections" in s.only:
        out.append(("connections", "connections", lambda b: scale.many_connections(b, s)))
    if "biglog" in s.only:
        out.append(("biglog", "biglog", lambda b: scale.big_log(b, s)))
    return out


PROOFS: dict[str, Any] = {}


def _consume_with_proof(b: Broker, s: Settings, proof: bool) -> list[dict[str, Any]]:
    rows, topic, ends = wl.consume_throughput(b, s, s.consume_bytes)
    if s.strace and proof:
        # A second, untimed read of the same log under strace: which syscall carried the bytes.
        path = b.workdir / "strace-consume.txt"
        res, counts = proofs.strace_during(
            b.pid, path, lambda: wl.consume_topic(b, topic, ends, 1, budget_s=60.0))
        PROOFS[b.name] = {"consumed_bytes": res["bytes"], "syscalls": counts}
    wl.delete_topics(b.bootstrap, [topic])
    return rows


def _reset_rows(b: Broker) -> list[dict[str, Any]]:
    scale.reset(b)
    return []


def _guard(b: Broker, s: Settings, errors: list[dict[str, Any]]) -> None:
    if not b.alive():
        errors.append({"broker": b.name, "error": "broker had exited; restarted",
                       "log": b.tail_log()})
        b.start()
    elif b.name == "tansu" and b.stat().rss > s.tansu_restart_rss:
        b.restart()  # its memory store keeps every byte produced so far


def profiles(b: Broker, s: Settings) -> dict[str, Any]:
    out: dict[str, Any] = {}
    topic = wl.fresh("prof")
    wl.create_topics(b.bootstrap, {topic: 8})
    spec = lg.ProduceSpec(b.bootstrap, topic, 8, 1024, acks="1", duration_s=s.profile_s,
                          round_robin=True)
    res, out["produce"] = proofs.pyspy_during(
        b.pid, b.workdir / "pyspy-produce.txt", s.profile_s,
        lambda: lg.summarize_throughput(lg.run_workers(lg.throughput_worker, [spec],
                                                       s.profile_s)))
    out["produce"]["mb_s_under_profiler"] = res["mb_s"]
    n = res["messages"]  # round_robin: partition p holds n // 8, plus one for the first n % 8
    ends = [n // 8 + (1 if p < n % 8 else 0) for p in range(8)]
    res, out["consume"] = proofs.pyspy_during(
        b.pid, b.workdir / "pyspy-consume.txt", s.profile_s,
        lambda: wl.consume_topic(b, topic, ends, s.consumers, budget_s=s.profile_s + 30))
    out["consume"]["mb_s_under_profiler"] = res["mb_s"]
    for phase in ("produce", "consume"):  # kept for the flame graphs (report.write_plots)
        path = b.workdir / f"pyspy-{phase}.txt"
        if path.exists():
            out[phase]["collapsed"] = path.read_text(errors="replace")
    wl.delete_topics(b.bootstrap, [topic])
    return out


def run(s: Settings) -> dict[str, Any]:
    root = Path(tempfile.mkdtemp(prefix="kafkapy-bench-"))
    results: dict[str, Any] = {"settings": _settings_dict(s), "env": environment(root),
                               "load_start": wl.load(), "rows": [], "errors": [],
                               "limits": {}, "versions": {}, "startup_s": {}}
    t_start = time.monotonic()
    log(f"{'quick' if s.quick else 'full'} preset: produce {s.produce_s:g} s/case x "
        f"{s.rounds} round(s), consume {s.consume_bytes / GB:g} GB, large log "
        f"{s.biglog_bytes / GB:g} GB (Tansu capped at {s.tansu_max_bytes / GB:g} GB; the issue's "
        f"target is 20 GB: --biglog-gb 20), {s.partitions} partitions, "
        f"{s.connections} connections; load average {wl.load()}")
    brokers: list[Broker] = []
    try:
        if "limits" in s.only:
            log("raw limits: loopback TCP, disk append, sendfile")
            results["limits"] = limits.measure_all(root, s.limits_s, 4 * GB)
        if "ceiling" in s.only or {"produce", "consume", "latency"} & set(s.only):
            log("generator ceiling against the sink (discards produce, serves fetch from memory)")
            results["rows"] += _safe(lambda: generator_ceiling(s), "sink", results["errors"])
        for name in s.brokers:
            b = make_broker(name, root)
            try:
                results["startup_s"][name] = b.start()
                results["versions"][name] = b.version()
                brokers.append(b)
            except Exception as exc:  # noqa: BLE001 - a broker that cannot start is a result
                results["errors"].append({"broker": name, "error": f"start failed: {exc}"})
                b.stop()
        for i, (workload, label, fn) in enumerate(cases(s)):
            order = brokers if i % 2 == 0 else brokers[::-1]
            for b in order:
                log(f"{workload} {label} on {b.name}")
                _guard(b, s, results["errors"])
                n_errors = len(results["errors"])
                pids = [x.pid for x in brokers if x.alive()]
                snap = machine.snapshot(pids)
                rows = _safe(lambda fn=fn, b=b: fn(b), b.name, results["errors"], workload)
                quiet = machine.quiet_fields(snap, pids)
                for r in rows:
                    # a workload's own finer before/after (around the timed part) is kept
                    r.setdefault("load_before", quiet["load_before"])
                    r.setdefault("load_after", quiet["load_after"])
                    r["other_cpu"] = quiet["other_cpu"]
                if rows and machine.flagged(rows[0]):
                    log(f"  load average {quiet['load_before']} -> {quiet['load_after']} "
                        f"(warn above {machine.LOAD_WARN}); other processes "
                        f"{quiet['other_cpu']:.2f} cores")
                if len(results["errors"]) > n_errors:
                    # A failed case may leave the broker busy (a huge CreateTopics still
                    # running): start the next case from an empty, idle broker.
                    _safe(lambda b=b: _reset_rows(b), b.name, results["errors"], "reset")
                for r in rows:
                    r["broker"] = b.name
                results["rows"] += rows
        results["sendfile_proof"] = dict(PROOFS)
        if "profile" in s.only:
            for b in brokers:
                if b.name == "kafkapy":
                    log("py-spy profiles of kafkapy (produce, consume)")
                    _guard(b, s, results["errors"])
                    results["profiles"] = _safe_dict(lambda b=b: profiles(b, s), results["errors"])
    finally:
        for b in brokers:
            b.stop()
            if isinstance(b, KafkapyBroker):
                results["kafkapy_counters"] = b.shutdown_counters()
        shutil.rmtree(root, ignore_errors=True)
    results["load_end"] = wl.load()
    results["elapsed_s"] = time.monotonic() - t_start
    return results


def _safe(fn: Callable[[], list[dict[str, Any]]], broker: str, errors: list[dict[str, Any]],
          workload: str = "") -> list[dict[str, Any]]:
    try:
        return fn()
    except Exception as exc:  # noqa: BLE001 - one failed case must not lose the run
        errors.append({"broker": broker, "workload": workload, "error": repr(exc),
                       "trace": traceback.format_exc()[-2000:]})
        log(f"  FAILED: {exc!r}")
        return []


def _safe_dict(fn: Callable[[], dict[str, Any]], errors: list[dict[str, Any]]) -> dict[str, Any]:
    try:
        return fn()
    except Exception as exc:  # noqa: BLE001
        errors.append({"broker": "kafkapy", "workload": "profile", "error": repr(exc)})
        return {}


def _settings_dict(s: Settings) -> dict[str, Any]:
    from dataclasses import asdict

    return asdict(s)
