"""kafkapy.aio: eager start (no Task unless the coroutine waits), cancellation reaching the
coroutine, eager_gather's order and its cleanup when a coroutine fails at once."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from kafkapy.aio import eager_gather, start_eager


def run(coro: Any) -> Any:
    return asyncio.run(asyncio.wait_for(coro, 30))


def test_a_coroutine_that_never_waits_runs_at_once_without_a_task() -> None:
    async def go() -> None:
        steps: list[str] = []

        async def quick() -> None:
            steps.append("ran")

        before = len(asyncio.all_tasks())
        assert start_eager(asyncio.get_running_loop(), quick()) is None
        assert steps == ["ran"] and len(asyncio.all_tasks()) == before

    run(go())


def test_a_waiting_coroutine_continues_in_a_task_from_where_it_stopped() -> None:
    async def go() -> None:
        loop = asyncio.get_running_loop()
        gate: asyncio.Future[int] = loop.create_future()
        steps: list[object] = []

        async def slow() -> None:
            steps.append("first step")
            steps.append(await gate)
            await asyncio.sleep(0)
            steps.append("done")

        task = start_eager(loop, slow())
        assert task is not None and steps == ["first step"]
        gate.set_result(7)
        await task
        assert steps == ["first step", 7, "done"]

    run(go())


def test_cancelling_the_task_raises_inside_the_coroutine() -> None:
    async def go() -> None:
        loop = asyncio.get_running_loop()
        seen: list[str] = []

        async def waits_forever() -> None:
            try:
                await loop.create_future()
            except asyncio.CancelledError:
                seen.append("cancelled")
                raise

        task = start_eager(loop, waits_forever())
        assert task is not None
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        assert seen == ["cancelled"]

    run(go())


def test_an_exception_after_the_first_step_reaches_the_task() -> None:
    async def go() -> None:
        async def fails_later() -> None:
            await asyncio.sleep(0)
            raise ValueError("late")

        task = start_eager(asyncio.get_running_loop(), fails_later())
        assert task is not None
        with pytest.raises(ValueError, match="late"):
            await task

    run(go())


def test_eager_gather_keeps_order_across_quick_and_slow_coroutines() -> None:
    async def go() -> None:
        async def quick(n: int) -> int:
            return n

        async def slow(n: int) -> int:
            await asyncio.sleep(0)
            return n

        assert await eager_gather([slow(0), quick(1), slow(2), quick(3)]) == [0, 1, 2, 3]
        assert await eager_gather([]) == []

    run(go())


def test_eager_gather_first_step_failure_closes_later_and_cancels_waiting() -> None:
    async def go() -> None:
        loop = asyncio.get_running_loop()
        cancelled: list[int] = []

        async def waiting(n: int) -> int:
            try:
                await loop.create_future()
            except asyncio.CancelledError:
                cancelled.append(n)
                raise
            return n

        async def boom() -> int:
            raise RuntimeError("at once")

        later = waiting(2)
        with pytest.raises(RuntimeError, match="at once"):
            await eager_gather([waiting(0), boom(), later])
        assert later.cr_frame is None  # closed, never started: no "never awaited" warning
        await asyncio.sleep(0)
        assert cancelled == [0]

    run(go())
