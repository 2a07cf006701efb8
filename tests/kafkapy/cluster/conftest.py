"""A real ZooKeeper server (Debian's `zookeeper`) for the cluster tests, one per session;
every test gets its own chroot so tests never see each other's znodes."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

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


def run(coro: Any, timeout: float = 60) -> Any:
    return asyncio.run(asyncio.wait_for(coro, timeout))


async def wait_until(pred: Callable[[], bool], timeout: float = 15.0, what: str = "") -> None:
    """Poll a condition on the loop (watches deliver asynchronously)."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not pred():
        if loop.time() > deadline:
            raise AssertionError(f"timed out waiting for {what or pred}")
        await asyncio.sleep(0.02)


@pytest.fixture
def tmp_dir(tmp_path: Path) -> Path:
    return tmp_path
