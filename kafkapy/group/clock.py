"""Time for the coordinator: wall-clock milliseconds and one-shot timers.

Production uses the event loop's timers (`loop.call_later`): the loop that owns the
coordinator's state also fires its timeouts, so no lock is ever needed. Tests use
`ManualScheduler`, which only moves when told to, so every timeout is deterministic.
"""

from __future__ import annotations

import asyncio
import heapq
import itertools
import time
from collections.abc import Callable
from typing import Protocol


class TimerHandle(Protocol):
    def cancel(self) -> None: ...


class Scheduler(Protocol):
    def now_ms(self) -> int:
        """Wall-clock milliseconds (commit timestamps, state timestamps, expiry)."""
        ...

    def call_later(self, delay_ms: int, fn: Callable[[], None]) -> TimerHandle: ...


class LoopScheduler:
    """Timers on a running asyncio loop; must be used from that loop's thread."""

    def __init__(self, loop: asyncio.AbstractEventLoop | None = None) -> None:
        self._loop = loop

    def now_ms(self) -> int:
        return int(time.time() * 1000)

    def call_later(self, delay_ms: int, fn: Callable[[], None]) -> TimerHandle:
        loop = self._loop or asyncio.get_running_loop()
        return loop.call_later(max(delay_ms, 0) / 1000.0, fn)


class _ManualTimer:
    __slots__ = ("cancelled",)

    def __init__(self) -> None:
        self.cancelled = False

    def cancel(self) -> None:
        self.cancelled = True


class ManualScheduler:
    """A clock that advances only in `advance(ms)`, firing due timers in deadline order."""

    def __init__(self, start_ms: int = 1_700_000_000_000) -> None:
        self._now = start_ms
        self._seq = itertools.count()
        self._heap: list[tuple[int, int, _ManualTimer, Callable[[], None]]] = []

    def now_ms(self) -> int:
        return self._now

    def call_later(self, delay_ms: int, fn: Callable[[], None]) -> TimerHandle:
        timer = _ManualTimer()
        heapq.heappush(self._heap, (self._now + max(delay_ms, 0), next(self._seq), timer, fn))
        return timer

    def advance(self, ms: int) -> None:
        target = self._now + ms
        while self._heap and self._heap[0][0] <= target:
            deadline, _, timer, fn = heapq.heappop(self._heap)
            self._now = max(self._now, deadline)
            if not timer.cancelled:
                fn()
        self._now = target

    def pending(self) -> int:
        return sum(1 for entry in self._heap if not entry[2].cancelled)
