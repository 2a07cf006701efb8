"""`python -m bench` (`make bench`): kafkapy beside Tansu on loopback, same loads, alternating.

    python -m bench                      # full run (about 20-30 minutes on 2 cores)
    python -m bench --quick              # smoke run: short and small
    python -m bench --only produce,consume --brokers tansu
    python -m bench --biglog-gb 20       # the issue's 20 GB log (Tansu is capped: RAM)

Prints the table, writes JSON to bench/results/ and PNG plots to docs/benchmarks/.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from bench import report, runner
from bench.settings import GB, WORKLOADS, Settings

HERE = Path(__file__).resolve().parent
RESULTS_DIR = HERE / "results"
PLOTS_DIR = HERE.parent / "docs" / "benchmarks"
DOC_PATH = HERE.parent / "docs" / "benchmarks.md"


def parse_args(argv: list[str] | None) -> tuple[Settings, argparse.Namespace]:
    p = argparse.ArgumentParser(prog="python -m bench", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--quick", action="store_true", help="short smoke run with small sizes")
    p.add_argument("--only", default=",".join(WORKLOADS),
                   help=f"comma-separated subset of: {','.join(WORKLOADS)}")
    p.add_argument("--brokers", default="kafkapy,tansu", help="comma-separated: kafkapy,tansu")
    p.add_argument("--rounds", type=int, help="repeat the produce/consume cases, report medians")
    p.add_argument("--producers", type=int, help="producer processes per throughput case")
    p.add_argument("--consumers", type=int, help="librdkafka consumer processes per consume case")
    p.add_argument("--raw-producers", type=int,
                   help="raw Produce client processes for the 100 B cases (0: skip that pass)")
    p.add_argument("--raw-consumers", type=int,
                   help="raw Fetch client processes per consume case (0: skip that pass)")
    p.add_argument("--duration", type=float, help="seconds per produce throughput case")
    p.add_argument("--consume-gb", type=float, help="log size for the consume workload")
    p.add_argument("--biglog-gb", type=float, help="log size for the large-log workload")
    p.add_argument("--tansu-max-gb", type=float, help="cap on data held by in-memory Tansu")
    p.add_argument("--partitions", type=int, help="partition count for the scale workload")
    p.add_argument("--connections", type=int, help="concurrent connections for the scale load")
    p.add_argument("--limits-s", type=float, help="seconds per raw-limit measurement")
    p.add_argument("--no-strace", action="store_true", help="skip the sendfile strace proof")
    p.add_argument("--no-plots", action="store_true", help="do not write docs/benchmarks/*.png")
    p.add_argument("--write-doc", action="store_true",
                   help="replace the generated section of docs/benchmarks.md with this run")
    p.add_argument("--from-json", type=Path, help="re-render a saved run instead of running")
    p.add_argument("--results-dir", type=Path, default=RESULTS_DIR)
    p.add_argument("--plots-dir", type=Path, default=PLOTS_DIR)
    a = p.parse_args(argv)
    s = Settings.quick_preset() if a.quick else Settings()
    only = tuple(w.strip() for w in a.only.split(",") if w.strip())
    unknown = set(only) - set(WORKLOADS)
    if unknown:
        p.error(f"unknown workloads: {sorted(unknown)}")
    s.only = only
    s.brokers = tuple(b.strip() for b in a.brokers.split(",") if b.strip())
    for name in s.brokers:
        if name not in ("kafkapy", "tansu"):
            p.error(f"unknown broker {name!r}")
    if a.rounds:
        s.rounds = a.rounds
    if a.producers:
        s.producers = a.producers
    if a.consumers:
        s.consumers = a.consumers
    if a.raw_producers is not None:
        s.raw_producers = a.raw_producers
    if a.raw_consumers is not None:
        s.raw_consumers = a.raw_consumers
    if a.duration:
        s.produce_s = a.duration
    if a.consume_gb:
        s.consume_bytes = int(a.consume_gb * GB)
    if a.biglog_gb:
        s.biglog_bytes = int(a.biglog_gb * GB)
    if a.tansu_max_gb:
        s.tansu_max_bytes = int(a.tansu_max_gb * GB)
    if a.partitions:
        s.partitions = a.partitions
    if a.connections:
        s.connections = a.connections
    if a.limits_s:
        s.limits_s = a.limits_s
    if a.no_strace:
        s.strace = False
    return s, a


def main(argv: list[str] | None = None) -> int:
    s, a = parse_args(argv)
    if a.from_json:
        results = json.loads(a.from_json.read_text())
    else:
        results = runner.run(s)
        path = report.write_json(results, a.results_dir)
        print(f"results: {path}")
    print(report.render_table(results))
    a.results_dir.mkdir(parents=True, exist_ok=True)
    (a.results_dir / "latest.md").write_text(report.render_markdown(results) + "\n")
    if a.write_doc:
        report.write_doc(results, DOC_PATH)
        print(f"doc: {DOC_PATH}")
    if not a.no_plots:
        for plot in report.write_plots(results, a.plots_dir):
            print(f"plot: {plot}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
