"""`ChangeNotifications`: Kafka's `ZkNodeChangeNotificationListener`.

A writer changes some znodes, then creates a persistent sequential znode
`<path>/<prefix><10-digit sequence>` naming what changed. Every broker watches `<path>`,
hands each notification to `on_change` once, in sequence order, and deletes the ones older
than `CHANGE_EXPIRATION_MS` (Kafka's 15 minutes) as it goes. Entity configs use
`/config/changes/config_change_`; ACL changes (`/kafka-acl-changes/acl_changes_`) are meant
to use it the same way.

The first children event calls `on_start` instead (a full read of everything the
notifications may name) and counts the notifications present then as processed: a change
made before the full read is in it, one made after comes as a new notification. Everything
runs in one task, one read at a time (two versions of a znode are never applied out of
order), retried through connection losses for as long as it takes: the watch fires once
per change and would not repeat a lost read. Owned by the event-loop thread.
"""

from __future__ import annotations

import asyncio
import functools
import logging
import time
from collections.abc import Awaitable, Callable

from kafkapy.cluster.zk_client import AsyncZk, WatchHandle, kazoo_exceptions

log = logging.getLogger("kafkapy.cluster.notifications")

CHANGE_EXPIRATION_MS = 15 * 60 * 1000
RETRY_S = 60.0
BACKOFF_MAX_S = 30.0


class ChangeNotifications:
    def __init__(self, zk: AsyncZk, path: str, prefix: str,
                 on_change: Callable[[bytes], Awaitable[None]],
                 on_start: Callable[[], Awaitable[None]]) -> None:
        self.zk = zk
        self.path = path
        self.prefix = prefix
        self.on_change = on_change
        self.on_start = on_start
        self.started = False  # `on_start` has run
        self.last_sequence = -1
        self._latest: list[str] | None = None
        self._wakeup = asyncio.Event()
        self._watch: WatchHandle | None = None
        self._task: asyncio.Task[None] | None = None

    def start(self) -> None:
        self._task = asyncio.get_running_loop().create_task(self._run())
        self._watch = self.zk.watch_children(self.path, self._on_children)

    async def stop(self) -> None:
        if self._watch is not None:
            self._watch.cancel()
        if self._task is not None:
            self._task.cancel()
            await asyncio.gather(self._task, return_exceptions=True)

    def _on_children(self, children: list[str]) -> None:
        self._latest = children  # only the newest list matters
        self._wakeup.set()

    async def _run(self) -> None:
        while True:
            await self._wakeup.wait()
            self._wakeup.clear()
            backoff_s = 1.0
            while True:
                try:
                    await self.zk.retry(functools.partial(self._process, self._latest or []),
                                        RETRY_S)
                    break
                except Exception as exc:  # noqa: BLE001 - logged, retried
                    log.warning("change notifications not processed, retrying",
                                extra={"path": self.path, "error": repr(exc)})
                await asyncio.sleep(backoff_s)
                backoff_s = min(backoff_s * 2, BACKOFF_MAX_S)

    async def _process(self, children: list[str]) -> None:
        numbered = sorted((seq, name) for name in children
                          if (seq := self._sequence(name)) is not None)
        if not self.started:
            await self.on_start()
            self.started = True
            self.last_sequence = max(self.last_sequence, numbered[-1][0] if numbered else -1)
        for seq, name in numbered:
            if seq <= self.last_sequence:
                continue
            got = await self.zk.get_or_none(f"{self.path}/{name}")
            if got is not None:
                try:
                    await self.on_change(got[0])
                except ValueError as exc:
                    log.warning("unreadable change notification",
                                extra={"znode": f"{self.path}/{name}", "error": str(exc)})
            self.last_sequence = seq
        await self._purge([name for _, name in numbered])

    async def _purge(self, names: list[str]) -> None:
        now_ms = time.time() * 1000
        for name in names:
            path = f"{self.path}/{name}"
            stat = await self.zk.exists(path)
            if stat is None or now_ms - stat.ctime <= CHANGE_EXPIRATION_MS:
                continue
            try:
                await self.zk.delete(path)
            except kazoo_exceptions().NoNodeError:
                pass  # another broker purged it first

    def _sequence(self, name: str) -> int | None:
        digits = name[len(self.prefix):]
        return int(digits) if name.startswith(self.prefix) and digits.isdigit() else None
