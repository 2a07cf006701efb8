"""The benchmark harness: a short quick run against Tansu only, and its parsers.

No timing assertions: the figures are only checked to be present and positive.
"""

from __future__ import annotations

import json
import math
import subprocess
import sys
from pathlib import Path

import pytest

from bench import loadgen as lg
from bench import proofs, sink

REPO = Path(__file__).resolve().parents[2]


def test_parse_strace_sums_bytes_per_syscall_including_resumed_calls() -> None:
    text = (
        "101 sendfile(12, 15, [0] => [65536], 65536) = 65536\n"
        '102 writev(7, [{iov_base="ab", iov_len=2}], 1 <unfinished ...>\n'
        "101 sendfile(12, 15, [65536] => [65540], 4) = 4\n"
        "102 <... writev resumed>) = 2\n"
        '101 sendto(9, "x", 1, 0, NULL, 0) = -1 EAGAIN (Resource temporarily unavailable)\n'
        "garbage line\n"
    )
    out = proofs.parse_strace(text)
    assert out["sendfile"] == {"calls": 2, "bytes": 65540}
    assert out["writev"] == {"calls": 1, "bytes": 2}
    assert out["sendto"] == {"calls": 1, "bytes": 0}


def test_summarize_collapsed_counts_self_and_inclusive_shares() -> None:
    text = "main (a.py:1);loop (a.py:5);append (b.py:9) 30\nmain (a.py:1);loop (a.py:5) 10\n"
    out = proofs.summarize_collapsed(text)
    assert out["samples"] == 40
    assert out["self"][0] == ("append (b.py:9)", 75.0)
    assert ("main (a.py:1)", 100.0) in out["inclusive"]


def test_percentiles_of_empty_and_sorted_samples() -> None:
    assert all(math.isnan(v) for v in lg.percentiles([]).values())  # nothing measured
    p = lg.percentiles([float(i) for i in range(1000)])
    assert p["p50"] == 500.0 and p["p99"] == 990.0 and p["p99.9"] == 999.0


def test_discarding_sink_acknowledges_a_real_librdkafka_producer() -> None:
    from confluent_kafka import Producer

    ready, stop = lg.SPAWN.Queue(), lg.SPAWN.Event()
    proc = lg.SPAWN.Process(target=sink.serve, args=(4, ready, stop), daemon=True)
    proc.start()
    try:
        port = ready.get(timeout=20)
        delivered: list[object] = []
        p = Producer({"bootstrap.servers": f"127.0.0.1:{port}", "linger.ms": 5,
                      "message.timeout.ms": 10000})
        for i in range(1000):
            p.produce("t", b"x" * 100, partition=i % 4,
                      on_delivery=lambda err, msg: delivered.append(err))
        assert p.flush(15) == 0
        assert len(delivered) == 1000 and all(e is None for e in delivered)
    finally:
        stop.set()
        counters = ready.get(timeout=10)
        proc.join(10)
    assert counters["produce_requests"] >= 1 and counters["bytes_in"] > 100_000


@pytest.mark.timeout(120)
def test_quick_run_against_tansu_writes_table_json_and_plot(tmp_path: Path) -> None:
    cmd = [sys.executable, "-m", "bench", "--quick", "--brokers", "tansu",
           "--only", "limits,consume,connections", "--consume-gb", "0.02",
           "--connections", "50", "--limits-s", "0.3", "--no-strace",
           "--results-dir", str(tmp_path / "results"), "--plots-dir", str(tmp_path / "plots")]
    out = subprocess.run(cmd, cwd=REPO, capture_output=True, text=True, timeout=110,
                         check=False)
    assert out.returncode == 0, out.stderr[-3000:]
    assert "loopback TCP" in out.stdout and "k/t" in out.stdout
    results = json.loads((tmp_path / "results" / "latest.json").read_text())
    assert results["errors"] == []
    assert set(results["limits"]) == {"loopback_tcp", "disk_append", "sendfile_loopback"}
    assert all(v["mb_s"] > 0 for v in results["limits"].values())
    by = {(r["workload"], r["metric"]): r for r in results["rows"]}
    assert by[("consume", "MB/s")]["broker"] == "tansu" and by[("consume", "MB/s")]["value"] > 0
    assert by[("consume", "MB/s")]["complete"] is True
    assert by[("connections", "connected")]["value"] == 50
    assert len(by[("consume", "MB/s")]["load_before"]) == 3
    assert (tmp_path / "plots" / "consume_throughput.png").stat().st_size > 1000
    assert results["env"]["cpus"] and results["env"]["librdkafka"]
