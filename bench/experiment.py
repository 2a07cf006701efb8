"""A/B one change to how kafkapy runs (environment or config overrides), alternating rounds.

    python -m bench.experiment --env MALLOC_MMAP_THRESHOLD_=8388608 --rounds 3
    python -m bench.experiment --override log.segment.bytes=1073741824 --case consume
    python -m bench.experiment --env X=1 --case consume-raw      # the raw Fetch client's figure

Both variants run at once on loopback; each round runs the case on the baseline then on the
variant (order swapped every round), and the medians and their ratio are printed. This is how
an optimisation's measured effect is recorded in docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import tempfile
from pathlib import Path
from typing import Any

from bench import workloads as wl
from bench.brokers import Broker, make_broker
from bench.settings import GB, MB, Settings


def _measure(b: Broker, case: str, s: Settings) -> float:
    if case == "produce":
        return float(wl.produce_throughput(b, s, 1024, "1", 8)[0]["value"])
    if case in ("produce100", "produce100-raw"):
        rows = wl.produce_throughput(b, s, 100, "1", 8)
        metric = "MB/s" + wl.RAW_PRODUCE_TAG if case.endswith("-raw") else "MB/s"
        return float(next(r["value"] for r in rows if r["metric"] == metric))
    if case == "latency50":
        rows = wl.produce_latency(b, s, 50 * MB)
        return float(next(r["value"] for r in rows if r["metric"] == "produce p99 ms"))
    rows, topic, _ = wl.consume_throughput(b, s, s.consume_bytes)
    wl.delete_topics(b.bootstrap, [topic])
    metric = "MB/s" + wl.RAW_TAG if case == "consume-raw" else "MB/s"
    return float(next(r["value"] for r in rows if r["metric"] == metric))


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.experiment", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--env", action="append", default=[], metavar="KEY=VALUE")
    p.add_argument("--override", action="append", default=[], metavar="key=value")
    p.add_argument("--case", default="produce",
                   choices=("produce", "produce100", "produce100-raw", "consume", "consume-raw",
                            "latency50"))
    p.add_argument("--rounds", type=int, default=3)
    p.add_argument("--duration", type=float, default=8.0)
    p.add_argument("--consume-gb", type=float, default=0.5)
    a = p.parse_args(argv)
    s = Settings(produce_s=a.duration, latency_s=a.duration,
                 consume_bytes=int(a.consume_gb * GB))
    # Only the pass the case reads: the raw clients' passes cost time otherwise.
    if a.case != "produce100-raw":
        s.raw_produce_sizes = ()
    if a.case != "consume-raw":
        s.raw_consumers = 0
    root = Path(tempfile.mkdtemp(prefix="kafkapy-experiment-"))
    env = dict(kv.split("=", 1) for kv in a.env)
    base = make_broker("kafkapy", root)
    variant = make_broker("kafkapy", root, overrides=a.override, env_extra=env)
    figures: dict[str, list[float]] = {"baseline": [], "variant": []}
    loads: list[list[float]] = []
    try:
        base.start()
        variant.start()
        for i in range(a.rounds):
            pairs = [("baseline", base), ("variant", variant)]
            for name, b in pairs if i % 2 == 0 else pairs[::-1]:
                loads.append(wl.load())
                figures[name].append(_measure(b, a.case, s))
                print(f"round {i + 1} {name}: {figures[name][-1]:.1f}", flush=True)
    finally:
        base.stop()
        variant.stop()
        shutil.rmtree(root, ignore_errors=True)
    med = {k: statistics.median(v) for k, v in figures.items()}
    out: dict[str, Any] = {"case": a.case, "env": env, "overrides": a.override,
                           "figures": figures, "median": med,
                           "ratio": med["variant"] / med["baseline"], "load": loads}
    print(json.dumps(out, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
