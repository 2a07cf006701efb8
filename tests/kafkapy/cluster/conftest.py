"""Helpers of the cluster tests. The real ZooKeeper server (Debian's `zookeeper`, one per
session, a fresh chroot per test) and the leak check are fixtures of tests/kafkapy/conftest.py,
shared with the metadata store's tests."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest


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
