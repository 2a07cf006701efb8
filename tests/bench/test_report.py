"""The report's load accounting: rows above the load threshold are flagged in the tables and in
the targets, the raw generators' rows get their own ratios, old JSON without the new fields
still renders."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bench import machine, report


def _results(load: float) -> dict[str, Any]:
    def r(workload: str, case: str, metric: str, broker: str, value: float,
          **extra: Any) -> dict[str, Any]:
        return {"workload": workload, "case": case, "metric": metric, "value": value,
                "unit": "", "better": "higher", "broker": broker, **extra}

    quiet = {"load_before": [load, 1, 1], "load_after": [0.5, 1, 1], "other_cpu": 0.25}
    rows = [r("ceiling", "produce 100B p=8 raw produce producers=1", "MB/s", "sink", 900.0,
              generator_cpu=0.3, **quiet)]
    for broker, k in (("kafkapy", 1.0), ("tansu", 2.0)):
        rows += [r("latency", "50 MB/s 1KiB acks=1 p=1", "produce p99 ms", broker, k, **quiet),
                 r("produce", "100B acks=1 p=8", "MB/s", broker, 50 * k, **quiet),
                 r("produce", "100B acks=1 p=8", "MB/s raw produce", broker, 300 / k, **quiet),
                 r("consume", "1.00 GB 1KiB p=8 from offset 0", "MB/s raw fetch", broker,
                   1000 / k, **quiet)]
    return {"env": {"date_utc": "2026-11-27T00:00:00+00:00", "cpu": "x", "cpus": "2",
                    "memory_gb": 1, "disk": "", "kernel": "k", "python": "3.11",
                    "confluent_kafka": "2", "librdkafka": "2"},
            "settings": {"quick": True, "rounds": 1, "producers": 1, "consumers": 4,
                         "raw_consumers": 4, "partitions": 10},
            "versions": {}, "rows": rows, "load_start": [load, 1, 1], "load_end": [1, 1, 1],
            "errors": []}


def test_rows_above_the_load_threshold_are_flagged_everywhere() -> None:
    res = _results(load=3.2)
    md = report.render_markdown(res)
    assert "3.20→0.50 other 0.25 ⚠" in md
    assert report.LOAD_NOTE in md and "9 of 9 rows ran at a 1-minute load above 1.5 (⚠)" in md
    p99 = next(line for line in md.splitlines() if line.startswith("| p99 produce"))
    assert "not a quiet-machine figure" in p99
    assert "⚠" in report.render_table(res)


def test_a_quiet_run_has_no_warning_and_reports_the_raw_ratios() -> None:
    md = report.render_markdown(_results(load=0.4))
    assert "⚠" not in md and report.LOAD_NOTE not in md
    assert "100 B, raw Produce client: 2.00x" in md  # 300 / 150
    assert "raw Fetch client: 2.00x" in md


def test_flagged_reads_the_one_minute_load_before_or_after() -> None:
    assert machine.flagged({"load_before": [1.6, 0, 0]})
    assert machine.flagged({"load_before": [0.2, 0, 0], "load_after": [1.51, 0, 0]})
    assert not machine.flagged({"load_before": [1.5, 9, 9], "load_after": [0.1, 9, 9]})
    assert not machine.flagged({})


def test_quiet_fields_measure_load_and_other_processes_cpu() -> None:
    snap = machine.snapshot()
    sum(i * i for i in range(200_000))  # our own CPU: not counted as other processes'
    q = machine.quiet_fields(snap)
    assert len(q["load_before"]) == 3 and len(q["load_after"]) == 3  # type: ignore[arg-type]
    assert q["other_cpu"] >= 0  # type: ignore[operator]


def test_rows_without_load_fields_still_render() -> None:
    res = _results(load=0.4)
    for row in res["rows"]:
        for key in ("load_before", "load_after", "other_cpu"):
            row.pop(key)
    md = report.render_markdown(res)
    assert "0 of 0 rows" in md and "| produce | 100B acks=1 p=8 | MB/s |" in md


def test_profiles_become_flame_graphs_beside_the_plots(tmp_path: Path) -> None:
    res = _results(load=0.4)
    res["profiles"] = {"produce": {"samples": 40, "self": [("append (b.py:9)", 75.0)],
                                   "mb_s_under_profiler": 10.0,
                                   "collapsed": "main (a.py:1);append (b.py:9) 30\n"
                                                "main (a.py:1) 10\n"}}
    written = report.write_plots(res, tmp_path)
    assert tmp_path / "flame_produce.svg" in written
    assert "append (b.py:9): 30 samples (75.0%)" in (tmp_path / "flame_produce.svg").read_text()
    assert "benchmarks/flame_produce.svg" in report.render_markdown(res)
