"""Shared fixtures: a real `kafkapy serve` process on 127.0.0.1, a random port, a temp dir.

Fixtures (names are stable; other suites rely on them):

- `broker`: a started `BrokerProcess`; stopped (SIGTERM, then SIGKILL) after the test.
  Extra settings: `@pytest.mark.broker_overrides({"message.max.bytes": "20000000"})`.
- `module_broker`: one broker shared by a test module (distinct topic names per test).
- `broker_factory`: `broker_factory(overrides=None) -> BrokerProcess` for tests that need
  several brokers or settings chosen at run time; every one is stopped after the test.

`BrokerProcess` has `.bootstrap` ("127.0.0.1:PORT"), `.port`, `.data_dir`, `.log_path`,
`.overrides`, `.restart()` (SIGTERM, wait, start again on the same port and data dir),
`.kill()` (SIGKILL, no clean shutdown), `.stop()`, `.start()`, `.log_lines()` (the JSON
log records, parsed) and `.requests()` (the per-request debug lines: client_id, api,
version). The broker logs JSON at DEBUG into `log_path`, so `docs/compatibility.md`
can be rebuilt from what the clients really sent.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parent.parent
START_TIMEOUT_S = 90.0
STOP_TIMEOUT_S = 20.0


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "broker_overrides(dict): extra --override settings for the broker fixture"
    )


def _kafkapy_command() -> list[str]:
    return [sys.executable, "-m", "kafkapy"]


class BrokerProcess:
    def __init__(self, data_dir: Path, overrides: dict[str, str] | None = None) -> None:
        self.data_dir = data_dir
        self.log_dir = data_dir / "logs"
        self.log_path = data_dir / "broker.log"
        self.overrides = dict(overrides or {})
        self.port = 0
        self.proc: subprocess.Popen[bytes] | None = None
        self._log_offset = 0

    @property
    def bootstrap(self) -> str:
        return f"127.0.0.1:{self.port}"

    def start(self) -> None:
        """Start the broker; on first start the OS picks the port (listeners port 0)."""
        settings = {
            "node.id": "1",
            "listeners": f"PLAINTEXT://127.0.0.1:{self.port}",
            "log.dirs": str(self.log_dir),
            "num.partitions": "1",
            "offsets.topic.replication.factor": "1",
            "group.initial.rebalance.delay.ms": "0",
            **self.overrides,
        }
        cmd = [*_kafkapy_command(), "serve", "--log-level", "DEBUG"]
        for key, value in settings.items():
            cmd += ["--override", f"{key}={value}"]
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self._log_offset = self.log_path.stat().st_size if self.log_path.exists() else 0
        log_file = open(self.log_path, "ab")  # noqa: SIM115 - owned by the child
        env = {**os.environ, "PYTHONUNBUFFERED": "1"}
        self.proc = subprocess.Popen(
            cmd, stdout=log_file, stderr=log_file, cwd=REPO, env=env, start_new_session=True
        )
        log_file.close()
        self._wait_started()

    def _wait_started(self) -> None:
        deadline = time.monotonic() + START_TIMEOUT_S
        while time.monotonic() < deadline:
            assert self.proc is not None
            if self.proc.poll() is not None:
                raise RuntimeError(
                    f"broker exited with {self.proc.returncode}:\n{self._tail()}"
                )
            for rec in self._records(self._log_offset):
                if rec.get("message") == "listening" and not self.port:
                    self.port = int(rec["port"])
                if rec.get("message") == "broker started":
                    self._wait_port()
                    return
            time.sleep(0.05)
        self.kill()
        raise RuntimeError(f"broker did not start within {START_TIMEOUT_S}s:\n{self._tail()}")

    def _wait_port(self) -> None:
        with socket.create_connection(("127.0.0.1", self.port), timeout=5):
            pass

    def stop(self, timeout: float = STOP_TIMEOUT_S) -> int | None:
        """SIGTERM and wait (graceful shutdown); SIGKILL if it does not exit in time."""
        proc, self.proc = self.proc, None
        if proc is None or proc.poll() is not None:
            return proc.returncode if proc else None
        proc.send_signal(signal.SIGTERM)
        try:
            return proc.wait(timeout)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(5)
            raise RuntimeError(f"broker ignored SIGTERM for {timeout}s") from None

    def kill(self) -> None:
        """SIGKILL: no clean-shutdown marker, no checkpoints (crash recovery on restart)."""
        proc, self.proc = self.proc, None
        if proc is not None and proc.poll() is None:
            proc.kill()
            proc.wait(10)

    def restart(self, *, hard: bool = False) -> None:
        """Stop (SIGTERM, or SIGKILL with `hard`) and start again on the same port and dir."""
        if hard:
            self.kill()
        else:
            self.stop()
        self.start()

    @property
    def running(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    # -- log access ----------------------------------------------------------------
    def _records(self, offset: int = 0) -> list[dict[str, Any]]:
        if not self.log_path.exists():
            return []
        out = []
        with open(self.log_path, "rb") as f:
            f.seek(offset)
            for line in f:
                try:
                    out.append(json.loads(line))
                except ValueError:
                    continue
        return out

    def log_lines(self) -> list[dict[str, Any]]:
        """Every JSON record the broker logged (all its runs in this test)."""
        return self._records(0)

    def requests(self) -> list[dict[str, Any]]:
        """The per-request debug records (client_id, api, version, latency_ms...)."""
        return [r for r in self._records(0) if r.get("logger") == "kafkapy.request"]

    def _tail(self, n: int = 40) -> str:
        if not self.log_path.exists():
            return "(no log)"
        return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-n:])


@pytest.fixture
def broker_factory(tmp_path: Path) -> Iterator[Callable[..., BrokerProcess]]:
    started: list[BrokerProcess] = []

    def make(overrides: dict[str, str] | None = None, name: str | None = None) -> BrokerProcess:
        b = BrokerProcess(tmp_path / (name or f"broker{len(started)}"), overrides)
        started.append(b)
        b.start()
        return b

    yield make
    for b in started:
        try:
            b.stop()
        finally:
            b.kill()


@pytest.fixture(scope="module")
def module_broker(tmp_path_factory: pytest.TempPathFactory) -> Iterator[BrokerProcess]:
    """One broker for a whole test module (tests must use distinct topic names)."""
    b = BrokerProcess(tmp_path_factory.mktemp("module-broker"))
    b.start()
    yield b
    try:
        b.stop()
    finally:
        b.kill()


@pytest.fixture
def broker(request: pytest.FixtureRequest, broker_factory: Callable[..., BrokerProcess]) -> BrokerProcess:
    marker = request.node.get_closest_marker("broker_overrides")
    overrides = dict(marker.args[0]) if marker and marker.args else {}
    return broker_factory(overrides)
