"""`kafkapy serve` as a process: bad config exits 1 with one line, SIGTERM is graceful."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def _serve(*args: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "kafkapy", "serve", *args],
        cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )


def test_bad_value_stops_start_up_with_one_line(tmp_path: Path) -> None:
    p = _serve("--override", f"log.dirs={tmp_path}", "--override", "num.partitions=many")
    _, err = p.communicate(timeout=60)
    assert p.returncode == 1
    lines = [line for line in err.decode().splitlines() if line.startswith("kafkapy:")]
    assert len(lines) == 1 and "num.partitions" in lines[0]


def test_usage_error() -> None:
    p = subprocess.run([sys.executable, "-m", "kafkapy", "launch"], check=False, cwd=REPO, capture_output=True, timeout=60)
    assert p.returncode == 2


def test_sigterm_is_graceful_and_logs_are_json(tmp_path: Path) -> None:
    props = tmp_path / "server.properties"
    props.write_text(
        f"listeners=PLAINTEXT://127.0.0.1:0\nlog.dirs={tmp_path / 'data'}\nno.such.key=1\n"
    )
    p = _serve(str(props))
    assert p.stderr is not None
    records = []
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        line = p.stderr.readline()
        if not line:
            break
        records.append(json.loads(line))
        if records[-1]["message"] == "broker started":
            break
    assert any(r["level"] == "WARNING" and "no.such.key" in r["message"] for r in records)
    p.send_signal(signal.SIGTERM)
    _, rest = p.communicate(timeout=60)
    assert p.returncode == 0
    messages = [json.loads(line)["message"] for line in rest.decode().splitlines()]
    assert "server stopped" in messages and "broker stopped" in messages
    assert (tmp_path / "data" / ".kafka_cleanshutdown").exists()
    assert (tmp_path / "data" / "meta.properties").read_text().count("cluster.id=") == 1


def test_text_log_format(tmp_path: Path) -> None:
    p = _serve("--override", "listeners=PLAINTEXT://127.0.0.1:0", "--override", f"log.dirs={tmp_path}",
               "--log-format", "text")
    assert p.stderr is not None
    deadline = time.monotonic() + 60
    line = b""
    while time.monotonic() < deadline:
        line = p.stderr.readline()
        if b"broker started" in line or not line:
            break
    p.send_signal(signal.SIGINT)
    p.communicate(timeout=60)
    assert b" INFO  kafkapy.broker: broker started node_id=1" in line
    assert p.returncode == 0


def test_port_in_use_exits_1_and_closes_logs_cleanly(tmp_path: Path) -> None:
    import socket

    taken = socket.create_server(("127.0.0.1", 0))
    port = taken.getsockname()[1]
    try:
        p = _serve("--override", f"listeners=PLAINTEXT://127.0.0.1:{port}", "--override", f"log.dirs={tmp_path}")
        _, err = p.communicate(timeout=60)
    finally:
        taken.close()
    assert p.returncode == 1
    assert b"cannot start" in err
    assert (tmp_path / ".kafka_cleanshutdown").exists()
