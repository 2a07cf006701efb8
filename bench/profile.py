"""`python -m bench.profile`: py-spy on the kafkapy broker during one chosen workload.

    python -m bench.profile produce              # 1 KiB acks=1, 8 partitions, 10 s
    python -m bench.profile produce100 consume --duration 15
    python -m bench.profile produce100-raw consume-raw   # the raw clients: the broker is the limit
    python -m bench.profile consume-raw --pid 1234 --bootstrap 127.0.0.1:9092   # a running broker

Starts kafkapy (the same way `python -m bench` does) unless --pid/--bootstrap name a running
one, runs the workload while `py-spy record --nonblocking --rate 200 --format raw` samples the
broker, and writes to bench/results/ (gitignored):

    profile-<time>-<workload>.txt   py-spy's collapsed stacks (input for other tools)
    profile-<time>-<workload>.svg   a flame graph drawn from them (bench/flamegraph.py)
    profile-<time>-<workload>.json  the summary: top self/inclusive frames, the workload's
                                    MB/s under the profiler, broker CPU, load average

and prints the top frames, so each optimisation's effect on the profile can be compared.
Figures taken under the profiler are lower than unprofiled ones (py-spy stops nothing with
--nonblocking, but it takes CPU from the same two cores).

Tansu is not profiled: py-spy samples Python stacks only and Tansu is a Rust binary (that would
take `perf record` and its debug symbols). `--broker tansu` says so and exits with status 2.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench import flamegraph, proofs
from bench import loadgen as lg
from bench import workloads as wl
from bench.brokers import make_broker, proc_stat
from bench.rawproduce import raw_produce_worker
from bench.settings import MB, Settings

RESULTS_DIR = Path(__file__).resolve().parent / "results"
WORKLOADS = ("produce", "produce100", "produce100-raw", "consume", "consume-raw", "latency50",
             "e2e")
TANSU_NOTE = ("Tansu is not profiled: py-spy samples Python stacks and Tansu is a Rust binary "
              "(profiling it would take perf and its symbols).")


def _prepare_log(bootstrap: str, s: Settings) -> tuple[str, list[int]]:
    """A 8-partition log of ~`s.consume_bytes` 1 KiB values for the consume workloads."""
    topic = wl.fresh("prof")
    wl.create_topics(bootstrap, {topic: 8})
    spec = lg.ProduceSpec(bootstrap, topic, 8, 1024, acks="1", duration_s=120,
                          max_bytes=s.consume_bytes, round_robin=True)
    n = lg.summarize_throughput(lg.run_workers(lg.throughput_worker, [spec], 120))["messages"]
    return topic, [n // 8 + (1 if p < n % 8 else 0) for p in range(8)]


def workload_action(name: str, bootstrap: str, s: Settings) -> tuple[Callable[[], Any], str]:
    """(the load to run under the profiler, returning a dict with `mb_s`; its topic)."""
    topic = wl.fresh("prof")
    if name in ("produce", "produce100", "produce100-raw"):
        wl.create_topics(bootstrap, {topic: 8})
        size = 1024 if name == "produce" else 100
        spec = lg.ProduceSpec(bootstrap, topic, 8, size, acks="1", duration_s=s.profile_s)
        worker = raw_produce_worker if name.endswith("-raw") else lg.throughput_worker
        return (lambda: lg.summarize_throughput(
            lg.run_workers(worker, [spec] * s.producers, s.profile_s)), topic)
    if name in ("consume", "consume-raw"):
        topic, ends = _prepare_log(bootstrap, s)
        n = s.raw_consumers if name == "consume-raw" else s.consumers
        # The log is re-read from offset 0 until the profile's duration is over.
        return (lambda: wl.consume_topic(bootstrap, topic, ends, n, budget_s=s.profile_s,
                                         raw=name == "consume-raw", repeat=True), topic)
    wl.create_topics(bootstrap, {topic: 1})
    if name == "latency50":
        spec = lg.ProduceSpec(bootstrap, topic, 1, 1024, acks="1", duration_s=s.profile_s,
                              linger_ms=0, rate_bytes_s=50 * MB)

        def latency() -> dict[str, Any]:
            [res] = lg.run_workers(lg.paced_latency_worker, [spec], s.profile_s)
            pct = lg.percentiles(res["latencies_s"])
            return {"mb_s": res["bytes"] / (res["end"] - res["start"]) / 1e6,
                    **{f"{k}_ms": v * 1000 for k, v in pct.items()}}
        return latency, topic
    prod = lg.ProduceSpec(bootstrap, topic, 1, 1024, acks="1", duration_s=s.profile_s,
                          linger_ms=0, rate_bytes_s=s.e2e_rate)
    cons = lg.ConsumeSpec(bootstrap, topic, [0], expected=int(s.e2e_rate * s.profile_s / 1024),
                          duration_s=s.profile_s + 5,
                          extra={"fetch.wait.max.ms": 500, "fetch.min.bytes": 1})

    def e2e() -> dict[str, Any]:
        res = lg.run_jobs([(lg.e2e_consumer_worker, cons), (lg.stamped_producer_worker, prod)],
                          s.profile_s + 5)
        pct = lg.percentiles(res[0]["latencies_s"])
        return {"mb_s": res[1]["bytes"] / (res[1]["end"] - res[1]["start"]) / 1e6,
                **{f"e2e_{k}_ms": v * 1000 for k, v in pct.items()}}
    return e2e, topic


def profile_one(name: str, pid: int, bootstrap: str, s: Settings, out_dir: Path,
                stamp: str) -> dict[str, Any]:
    action, topic = workload_action(name, bootstrap, s)
    base = out_dir / f"profile-{stamp}-{name}"
    raw_path = base.with_suffix(".txt")
    load_before, cpu0, t0 = wl.load(), proc_stat(pid).cpu_s, time.monotonic()
    res, summary = proofs.pyspy_during(pid, raw_path, s.profile_s, action)
    cpu = (proc_stat(pid).cpu_s - cpu0) / (time.monotonic() - t0)
    wl.delete_topics(bootstrap, [topic])
    files = {"collapsed": str(raw_path)}
    out: dict[str, Any] = {
        "workload": name, "pid": pid, "duration_s": s.profile_s, "load_before": load_before,
        "load_after": wl.load(), "broker_cpu_cores": cpu,
        "result": {k: v for k, v in res.items() if isinstance(v, (int, float, bool))},
        "profile": summary, "files": files}
    if raw_path.exists():
        svg = base.with_suffix(".svg")
        svg.write_text(flamegraph.render_svg(
            raw_path.read_text(errors="replace"),
            f"kafkapy under {name}, {res.get('mb_s', 0):.0f} MB/s, {stamp}"))
        files["flamegraph"] = str(svg)
    files["summary"] = str(base.with_suffix(".json"))
    base.with_suffix(".json").write_text(json.dumps(out, indent=1))
    return out


def render(out: dict[str, Any], top: int = 15) -> str:
    prof = out["profile"]
    lines = [(f"{out['workload']}: {out['result'].get('mb_s', 0):.1f} MB/s under py-spy, broker "
             f"{out['broker_cpu_cores']:.2f} cores, load {out['load_before']} -> "
             f"{out['load_after']}")]
    if prof.get("error"):
        return "\n".join([*lines, f"  py-spy failed: {prof['error']}"])
    lines.append(f"  {prof['samples']} samples; self time:")
    lines += [f"    {pct:5.1f}%  {frame}" for frame, pct in prof["self"][:top]]
    lines += [f"  files: {', '.join(out['files'].values())}"]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.profile", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("workloads", nargs="*", default=["produce"], help=", ".join(WORKLOADS))
    p.add_argument("--broker", default="kafkapy", help="kafkapy (tansu: not profiled)")
    p.add_argument("--duration", type=float, default=10.0, help="seconds under the profiler")
    p.add_argument("--producers", type=int, default=1)
    p.add_argument("--consumers", type=int, default=4)
    p.add_argument("--consume-gb", type=float, default=0.5)
    p.add_argument("--override", action="append", default=[], metavar="key=value",
                   help="kafkapy config override for the broker it starts")
    p.add_argument("--pid", type=int, help="profile this running broker instead")
    p.add_argument("--bootstrap", help="its listener, host:port (with --pid)")
    p.add_argument("--out-dir", type=Path, default=RESULTS_DIR)
    a = p.parse_args(argv)
    if a.broker == "tansu":
        print(TANSU_NOTE, file=sys.stderr)
        return 2
    if a.broker != "kafkapy":
        p.error(f"unknown broker {a.broker!r}")
    unknown = set(a.workloads) - set(WORKLOADS)
    if unknown:
        p.error(f"unknown workloads {sorted(unknown)}; choose from {', '.join(WORKLOADS)}")
    if (a.pid is None) != (a.bootstrap is None):
        p.error("--pid and --bootstrap go together")
    s = Settings(profile_s=a.duration, producers=a.producers, consumers=a.consumers,
                 raw_consumers=a.consumers, consume_bytes=int(a.consume_gb * 1e9))
    a.out_dir.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S")
    root = None
    broker = None
    try:
        if a.pid is not None:
            pid, bootstrap = a.pid, a.bootstrap
        else:
            root = Path(tempfile.mkdtemp(prefix="kafkapy-profile-"))
            broker = make_broker("kafkapy", root, overrides=a.override)
            broker.start()
            pid, bootstrap = broker.pid, broker.bootstrap
        for name in a.workloads:
            print(render(profile_one(name, pid, bootstrap, s, a.out_dir, stamp)), flush=True)
    finally:
        if broker is not None:
            broker.stop()
        if root is not None:
            shutil.rmtree(root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
