"""Scale probe: N partitions on one kafkapy broker — creation, start-up, idle CPU, RSS.

    python -m bench.scale_probe --partitions 10000 [--topics 20] [--idle-s 30]

Starts ``kafkapy serve`` on a temp dir and a free port, creates the partitions with
confluent-kafka's AdminClient, waits until Metadata shows every partition led, stops the broker
(SIGTERM: clean shutdown), restarts it and measures the time to the first Metadata that lists
every partition, then samples idle CPU (``/proc/<pid>/stat`` utime+stime over ``--idle-s``)
and RSS (``VmRSS``, ``RssAnon`` from ``/proc/<pid>/status``: page cache is not in either for a
process that reads with ``read``/``sendfile``). Prints one JSON line of figures.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from confluent_kafka.admin import AdminClient, NewTopic  # type: ignore[import-untyped]

CLK_TCK = os.sysconf("SC_CLK_TCK")
READY_TIMEOUT_S = 600.0


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def cpu_seconds(pid: int) -> float:
    after_comm = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(after_comm[11]) + int(after_comm[12])) / CLK_TCK


def status_kib(pid: int, name: str) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(name + ":"):
            return int(line.split()[1])
    return 0


def start(data: Path, port: int, log: Path) -> subprocess.Popen[bytes]:
    overrides = [
        "node.id=1",
        f"listeners=PLAINTEXT://127.0.0.1:{port}",
        f"advertised.listeners=PLAINTEXT://127.0.0.1:{port}",
        f"log.dirs={data}",
        "offsets.topic.replication.factor=1",
    ]
    cmd = [sys.executable, "-m", "kafkapy", "serve"]
    for o in overrides:
        cmd += ["--override", o]
    with open(log, "ab") as out:
        return subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT)


def stop(proc: subprocess.Popen[bytes]) -> float:
    t0 = time.monotonic()
    proc.send_signal(signal.SIGTERM)
    try:
        proc.wait(timeout=300)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
    return time.monotonic() - t0


def led_partitions(admin: AdminClient, topics: list[str]) -> int:
    """Partitions of ``topics`` with a leader, or -1 while the broker does not answer."""
    try:
        md = admin.list_topics(timeout=5)
    except Exception:  # noqa: BLE001 - not up yet
        return -1
    return sum(1 for t in topics if t in md.topics
               for p in md.topics[t].partitions.values() if p.leader >= 0)


def wait_served(bootstrap: str, topics: list[str], n: int, proc: subprocess.Popen[bytes],
                t0: float) -> float:
    admin = AdminClient({"bootstrap.servers": bootstrap, "socket.timeout.ms": 5000})
    while time.monotonic() - t0 < READY_TIMEOUT_S:
        if proc.poll() is not None:
            raise RuntimeError(f"broker exited with {proc.returncode}")
        if led_partitions(admin, topics) >= n:
            return time.monotonic() - t0
        time.sleep(0.05)
    raise RuntimeError("timed out waiting for the partitions")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--partitions", type=int, default=10_000)
    ap.add_argument("--topics", type=int, default=20)
    ap.add_argument("--idle-s", type=float, default=30.0)
    ap.add_argument("--keep", action="store_true", help="keep the temp dir")
    args = ap.parse_args()
    per_topic = max(1, args.partitions // args.topics)
    topics = [f"scale-{i}" for i in range(args.topics)]
    n = per_topic * len(topics)
    root = Path(tempfile.mkdtemp(prefix="scale-probe-"))
    port = free_port()
    bootstrap = f"127.0.0.1:{port}"
    log = root / "broker.log"
    result: dict[str, object] = {"partitions": n, "topics": len(topics)}
    proc = start(root / "data", port, log)
    try:
        t0 = time.monotonic()
        wait_served(bootstrap, [], 0, proc, t0)
        result["first_start_s"] = round(time.monotonic() - t0, 2)
        admin = AdminClient({"bootstrap.servers": bootstrap})
        t0 = time.monotonic()
        futures = admin.create_topics([NewTopic(t, per_topic, 1) for t in topics],
                                      operation_timeout=300, request_timeout=300)
        for f in futures.values():
            f.result()
        wait_served(bootstrap, topics, n, proc, t0)
        result["create_s"] = round(time.monotonic() - t0, 2)
        result["stop_s"] = round(stop(proc), 2)
        proc = start(root / "data", port, log)
        t0 = time.monotonic()
        result["restart_to_all_served_s"] = round(wait_served(bootstrap, topics, n, proc, t0), 2)
        time.sleep(2.0)  # let start-up work settle
        c0, w0 = cpu_seconds(proc.pid), time.monotonic()
        time.sleep(args.idle_s)
        c1, w1 = cpu_seconds(proc.pid), time.monotonic()
        result["idle_cpu_pct"] = round((c1 - c0) / (w1 - w0) * 100, 2)
        result["rss_mb"] = round(status_kib(proc.pid, "VmRSS") / 1024, 1)
        result["rss_anon_mb"] = round(status_kib(proc.pid, "RssAnon") / 1024, 1)
        result["rss_file_mb"] = round(status_kib(proc.pid, "RssFile") / 1024, 1)
        result["open_fds"] = len(os.listdir(f"/proc/{proc.pid}/fd"))
    finally:
        if proc.poll() is None:
            stop(proc)
        if not args.keep:
            shutil.rmtree(root, ignore_errors=True)
        else:
            result["dir"] = str(root)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
