"""A local cluster on loopback: one ZooKeeper server and N `kafkapy serve` processes.

- `ZooKeeperServer(data_dir)`: Debian's `zookeeper` package (the server jar in
  /usr/share/java), standalone, a generated `zoo.cfg` on a free 127.0.0.1 port and a temp
  `dataDir`. `start()` waits for `ruok` -> `imok`; `stop()`; `kill()`; `pause()`/`resume()`.
- `Cluster(base_dir, size, overrides)`: ZooKeeper plus brokers 1..N (`BrokerProcess` from
  `compat/conftest.py`, with `zookeeper.connect`), `.bootstrap` lists them all.

`python -m compat.cluster [--brokers 3] [--dir DIR]` (what `make cluster` runs) starts
one and keeps it up until Ctrl-C, printing the bootstrap servers.
"""

from __future__ import annotations

import argparse
import contextlib
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from compat.conftest import BrokerProcess

JAVA_DIR = Path("/usr/share/java")
# The server and what it needs at run time (the netty jars serve the optional Netty
# connection factory; kept so either factory works). slf4j-nop silences the server log.
ZK_JARS = (
    "zookeeper.jar", "zookeeper-jute.jar", "slf4j-api.jar", "slf4j-nop.jar",
    "netty-handler.jar", "netty-common.jar", "netty-buffer.jar", "netty-transport.jar",
    "netty-codec.jar", "netty-resolver.jar", "netty-transport-native-epoll.jar",
    "netty-transport-native-unix-common.jar", "metrics-core.jar",
)
ZK_MAIN = "org.apache.zookeeper.server.quorum.QuorumPeerMain"
ZK_START_TIMEOUT_S = 30.0
# tickTime bounds the session timeouts ZooKeeper grants: [2, 20] x tickTime by default;
# both ends are set explicitly so that tests may use short sessions.
ZK_TICK_MS = 200


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def zookeeper_available() -> bool:
    return shutil.which("java") is not None and (JAVA_DIR / "zookeeper.jar").exists()


class ZooKeeperServer:
    def __init__(self, data_dir: Path, port: int = 0) -> None:
        self.data_dir = data_dir
        self.port = port or free_port()
        self.proc: subprocess.Popen[bytes] | None = None

    @property
    def connect(self) -> str:
        return f"127.0.0.1:{self.port}"

    def start(self) -> None:
        self.data_dir.mkdir(parents=True, exist_ok=True)
        cfg = self.data_dir / "zoo.cfg"
        cfg.write_text(
            f"tickTime={ZK_TICK_MS}\n"
            f"dataDir={self.data_dir / 'data'}\n"
            f"clientPort={self.port}\n"
            "clientPortAddress=127.0.0.1\n"
            "maxClientCnxns=0\n"
            f"minSessionTimeout={2 * ZK_TICK_MS}\n"
            "maxSessionTimeout=60000\n"
            "admin.enableServer=false\n"
            "4lw.commands.whitelist=ruok,stat,srvr\n"
        )
        classpath = ":".join(str(JAVA_DIR / j) for j in ZK_JARS if (JAVA_DIR / j).exists())
        cmd = ["java", "-Xmx128m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
               "-cp", classpath, ZK_MAIN, str(cfg)]
        log = open(self.data_dir / "zookeeper.log", "ab")  # noqa: SIM115 - owned by the child
        self.proc = subprocess.Popen(cmd, stdout=log, stderr=log, start_new_session=True)
        log.close()
        deadline = time.monotonic() + ZK_START_TIMEOUT_S
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"zookeeper exited with {self.proc.returncode}")
            if self.ruok():
                return
            time.sleep(0.1)
        self.kill()
        raise RuntimeError(f"zookeeper did not answer ruok within {ZK_START_TIMEOUT_S}s")

    def ruok(self) -> bool:
        try:
            with socket.create_connection(("127.0.0.1", self.port), timeout=1) as s:
                s.sendall(b"ruok")
                return s.recv(4) == b"imok"
        except OSError:
            return False

    def stop(self) -> None:
        proc, self.proc = self.proc, None
        if proc is None or proc.poll() is not None:
            return
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(5)

    def kill(self) -> None:
        proc, self.proc = self.proc, None
        if proc is not None and proc.poll() is None:
            proc.kill()
            proc.wait(5)

    def pause(self) -> None:
        """SIGSTOP: the server stops answering (clients time out, sessions may expire)."""
        if self.proc is not None:
            self.proc.send_signal(signal.SIGSTOP)

    def resume(self) -> None:
        if self.proc is not None:
            self.proc.send_signal(signal.SIGCONT)


class Cluster:
    """ZooKeeper and brokers 1..size on loopback; every process is stopped by `stop()`."""

    def __init__(self, base_dir: Path, size: int = 3,
                 overrides: dict[str, str] | None = None) -> None:
        self.base_dir = base_dir
        self.zookeeper = ZooKeeperServer(base_dir / "zookeeper")
        self.overrides = dict(overrides or {})
        self.brokers: dict[int, BrokerProcess] = {}
        self.size = size

    def start(self) -> None:
        self.zookeeper.start()
        try:
            for node in range(1, self.size + 1):
                b = BrokerProcess(self.base_dir / f"broker{node}", self.broker_settings(node))
                self.brokers[node] = b
                b.start()
            self.wait_for_brokers()
        except BaseException:
            self.stop()
            raise

    def wait_for_brokers(self, timeout: float = 60.0) -> None:
        """Until every broker's Metadata lists all live brokers and a controller: before
        that, a replicated CreateTopics can race broker registration."""
        from confluent_kafka.admin import AdminClient

        deadline = time.monotonic() + timeout
        for b in self.brokers.values():
            client = AdminClient({"bootstrap.servers": b.bootstrap})
            while True:
                with contextlib.suppress(Exception):  # still starting
                    md = client.list_topics(timeout=5)
                    if len(md.brokers) == self.size and md.controller_id >= 0:
                        break
                if time.monotonic() > deadline:
                    raise RuntimeError(f"cluster of {self.size} not ready in {timeout:.0f} s")
                time.sleep(0.2)

    def broker_settings(self, node: int) -> dict[str, str]:
        return {
            "node.id": str(node),
            "broker.id": str(node),
            "zookeeper.connect": self.zookeeper.connect,
            "zookeeper.session.timeout.ms": "6000",
            "default.replication.factor": str(min(3, self.size)),
            "offsets.topic.replication.factor": str(min(3, self.size)),
            "min.insync.replicas": "1",
            **self.overrides,
        }

    @property
    def bootstrap(self) -> str:
        return ",".join(b.bootstrap for b in self.brokers.values() if b.running)

    def stop(self) -> None:
        for b in self.brokers.values():
            with contextlib.suppress(Exception):
                b.stop()
            b.kill()
        self.zookeeper.stop()


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m compat.cluster",
                                description="ZooKeeper and N kafkapy brokers on 127.0.0.1")
    p.add_argument("--brokers", type=int, default=3)
    p.add_argument("--dir", type=Path, default=None, help="data dir (default: a temp dir)")
    args = p.parse_args(argv)
    base = args.dir or Path(tempfile.mkdtemp(prefix="kafkapy-cluster-"))
    cluster = Cluster(base, args.brokers)
    cluster.start()
    print(f"zookeeper.connect={cluster.zookeeper.connect}")
    print(f"bootstrap.servers={cluster.bootstrap}")
    print(f"data and logs under {base}; Ctrl-C stops everything", flush=True)
    stop = False

    def _stop(*_: object) -> None:
        nonlocal stop
        stop = True

    signal.signal(signal.SIGINT, _stop)
    signal.signal(signal.SIGTERM, _stop)
    try:
        while not stop:
            time.sleep(0.5)
    finally:
        cluster.stop()
    return 0


@contextlib.contextmanager
def zookeeper_running(data_dir: Path) -> Iterator[ZooKeeperServer]:
    zk = ZooKeeperServer(data_dir)
    zk.start()
    try:
        yield zk
    finally:
        zk.stop()


if __name__ == "__main__":
    sys.exit(main())
