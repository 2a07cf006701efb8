"""Fixtures shared by the broker tests that need a real ZooKeeper (tests/kafkapy/cluster,
tests/kafkapy/metadata): Debian's `zookeeper`, one server per session; every test gets its
own chroot so tests never see each other's znodes."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest

from compat.cluster import ZooKeeperServer


@pytest.fixture(scope="session")
def zookeeper(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ZooKeeperServer]:
    zk = ZooKeeperServer(tmp_path_factory.mktemp("zookeeper"))
    zk.start()
    yield zk
    zk.stop()


@pytest.fixture(autouse=True)
def no_leaked_zookeeper_clients() -> Iterator[None]:
    """Every test closes the ZooKeeper clients it opened (kazoo's atexit would hang on a
    client left running after the server is gone)."""
    from kafkapy.cluster.zk_client import AsyncZk

    before = set(AsyncZk.open_clients)
    yield
    leaked = AsyncZk.open_clients - before
    for zk in leaked:
        zk.close_sync()
    assert not leaked, f"{len(leaked)} ZooKeeper client(s) left open"


@pytest.fixture
def zk_connect(zookeeper: ZooKeeperServer) -> str:
    """A connect string with a fresh chroot."""
    return f"{zookeeper.connect}/t-{uuid.uuid4().hex[:12]}"
