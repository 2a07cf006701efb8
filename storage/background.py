"""How storage hands blocking work to worker threads (DESIGN.md section 1).

Storage has no threads and no event loop of its own. Work that can block for long (the
``write`` of a large append, ``fsync``/``fdatasync``, checkpoint files, unlinking deleted
segments, removing deleted directories) is prepared on the owner thread (the broker's event
loop), runs through a ``Background`` while the owner keeps serving, and its result is applied
on the owner thread again. A job touches only what was handed to it (duplicated descriptors,
paths, bytes computed beforehand), never a log's mutable state.

``INLINE`` runs each job at once on the calling thread: storage's synchronous behaviour, used
by tests, tools and the shutdown path.
"""

from __future__ import annotations

import concurrent.futures
from collections.abc import Callable
from typing import Any, Protocol

Job = Callable[[], Any]
Done = Callable[["concurrent.futures.Future[Any]"], None]


class Background(Protocol):
    def run(self, job: Job, done: Done) -> None:
        """Run ``job`` in a worker thread; later call ``done(future)`` on the owner thread
        (the future holds the job's result or exception). Jobs run in submission order."""
        ...

    def submit(self, job: Job) -> concurrent.futures.Future[Any]:
        """Run ``job`` in a worker thread (append writes); the owner waits for the future."""
        ...


def completed(job: Job) -> concurrent.futures.Future[Any]:
    """``job`` run now; its result or exception in a finished future."""
    future: concurrent.futures.Future[Any] = concurrent.futures.Future()
    try:
        future.set_result(job())
    except Exception as e:  # noqa: BLE001 - handed to the caller through the future
        future.set_exception(e)
    return future


class _Inline:
    def run(self, job: Job, done: Done) -> None:
        done(completed(job))

    def submit(self, job: Job) -> concurrent.futures.Future[Any]:
        return completed(job)


INLINE: Background = _Inline()
