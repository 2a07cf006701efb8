"""Eager coroutine start: run a coroutine's first step at once, make a Task only if it waits.

Most requests never wait (a Metadata, a Produce with acks=1 appended inline), so the broker
runs each handler's first step in the caller's frame and pays for a Task only when the
coroutine suspends -- what Python 3.12's eager task factory does, available on 3.11 and
for one call site instead of the whole loop. The connection starts handlers this way
(`start_eager`) and handlers fan out over partitions with `eager_gather`.

This is an asyncio helper, not a network one: it lives beside the packages that use it
(`kafkapy.net` and `kafkapy.handlers`) so that handlers never import the network layer.
Everything here runs on the event-loop thread.
"""

from __future__ import annotations

import asyncio
from collections.abc import Coroutine, Generator
from types import TracebackType
from typing import Any, TypeVar, cast

T = TypeVar("T")

# What a coroutine yields to its Task when it suspends (a Future, or None for a bare
# `sleep(0)`); opaque to us, handed to the Task unchanged.
_Yielded = Any


def start_eager(
    loop: asyncio.AbstractEventLoop, coro: Coroutine[Any, Any, None]
) -> asyncio.Task[None] | None:
    """Run `coro` up to its first suspension now. Returns None when it finished without
    suspending, else the Task that continues it. An exception raised by the first step
    propagates to the caller (no Task exists to hold it)."""
    try:
        first = coro.send(None)
    except StopIteration:
        return None
    return loop.create_task(_Resumed(coro, first))


async def eager_gather(coros: list[Coroutine[Any, Any, T]]) -> list[T]:
    """`asyncio.gather` of coroutines, each started at once (eager, like the handlers): a
    coroutine that finishes without suspending costs no Task. Results in order.

    If a coroutine's first step raises, the coroutines not yet started are closed, those
    already waiting are cancelled, and the exception propagates."""
    results: list[T | None] = [None] * len(coros)
    waiting: list[tuple[int, asyncio.Task[T]]] = []
    loop = asyncio.get_running_loop()
    for i, coro in enumerate(coros):
        try:
            first = coro.send(None)
        except StopIteration as stop:
            results[i] = stop.value
            continue
        except BaseException:
            for later in coros[i + 1 :]:
                later.close()
            for _, task in waiting:
                task.cancel()
            raise
        waiting.append((i, loop.create_task(_Resumed(coro, first))))
    if waiting:
        done = await asyncio.gather(*(task for _, task in waiting))
        for (i, _), value in zip(waiting, done):
            results[i] = value
    return cast(list[T], results)  # every slot was filled above


class _Resumed(Coroutine[_Yielded, None, T]):
    """The rest of a coroutine whose first step already ran and yielded `first`, as a Task's
    coroutine. The Task's first `send` gets `first` back (the Task then waits on it as if
    the coroutine had just yielded it); everything after goes straight to the coroutine.
    A `throw` before that first `send` (the Task was cancelled before it ever ran) goes to
    the coroutine too, so cancellation always reaches the handler's own code."""

    __slots__ = ("_coro", "_first", "_started")

    def __init__(self, coro: Coroutine[Any, Any, T], first: _Yielded) -> None:
        self._coro = coro
        self._first = first
        self._started = False

    def send(self, value: None) -> _Yielded:
        if not self._started:
            self._started = True
            first, self._first = self._first, None
            return first
        return self._coro.send(value)

    def throw(  # the one-argument form (asyncio's) and the three-argument one
        self,
        typ: type[BaseException] | BaseException,
        val: object = None,
        tb: TracebackType | None = None,
    ) -> _Yielded:
        self._started = True
        self._first = None
        if val is None and tb is None:
            return self._coro.throw(typ)
        return self._coro.throw(typ, val, tb)  # type: ignore[arg-type]  # typ is a type here

    def close(self) -> None:
        self._coro.close()

    def __await__(self) -> Generator[_Yielded, None, T]:
        raise TypeError("a resumed coroutine is driven by its Task, never awaited")
