"""`Partition`: one topic-partition this broker leads: its log, leader epoch and waiters.

Fetch long polls register a future with `add_waiter`; every append (and anything else
that moves the high watermark) resolves all of them at once (franz-go kfake's watchers,
Kafka's DelayedFetch purgatory). No polling loop anywhere.

Owned by the event-loop thread.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

from kafkapy.metadata import PartitionInfo, TopicInfo
from storage.unified_log import PendingAppend
from wire.errors import ErrorCode


class Partition:
    __slots__ = ("_append_lock", "_waiters", "deleted", "index", "info", "log",
                 "min_insync_replicas", "topic")

    def __init__(self, topic: TopicInfo, info: PartitionInfo, log: Any) -> None:
        self.topic = topic
        self.index = info.partition
        self.info = info
        self.log = log
        # Topic-level `min.insync.replicas` (acks=all); the broker keeps it current.
        self.min_insync_replicas = 1
        # Set when the topic is deleted: waiting fetches wake and answer an error
        # instead of reading a closed log.
        self.deleted = False
        self._waiters: list[asyncio.Future[None]] = []
        # Produce appends of this partition, one write in flight, in request order.
        self._append_lock = asyncio.Lock()

    @property
    def name(self) -> str:
        return self.topic.name

    @property
    def leader_epoch(self) -> int:
        return self.info.leader_epoch

    def append(self, records: memoryview) -> Any:
        """Append as leader (one write); wake every waiting fetch. Storage errors propagate."""
        ulog = self.log
        info = ulog.append_as_leader(records, self.info.leader_epoch)
        if len(self.info.isr) <= 1:
            # The only in-sync replica is this one: the high watermark is the log end.
            ulog.update_high_watermark(ulog.log_end_offset)
        self.wake()
        return info

    @property
    def appending(self) -> bool:
        """A Produce write of this partition is in flight (or queued): later appends must
        queue behind it (`append_async`) to keep request order."""
        return self._append_lock.locked()

    async def append_async(self, records: memoryview, background: Any, min_bytes: int) -> Any:
        """`append` whose write runs in a worker thread (storage's `start_append_as_leader`
        with `background`) when `records` holds at least `min_bytes` or the append reaches
        `flush.messages` (then the fsync runs there too): the loop serves other connections
        meanwhile. Appends stay in request order (one write in flight per
        partition); the high watermark moves and waiters wake only once the bytes are
        written. Storage errors propagate (nothing of a failed write is applied)."""
        async with self._append_lock:
            ulog = self.log
            started = ulog.start_append_as_leader(
                records, self.info.leader_epoch, background=background,
                background_min_bytes=min_bytes)
            try:
                if not isinstance(started, PendingAppend):
                    return started  # written inline (small), a duplicate, or empty
                try:
                    # Shielded: a cancelled request (client gone) must not cancel the write.
                    await asyncio.shield(asyncio.wrap_future(started.future))
                finally:
                    # Even when cancelled: apply the write (waiting for it), so the log
                    # end, high watermark and waiters never lag the file.
                    info = started.complete()
                return info
            finally:
                if len(self.info.isr) <= 1:
                    ulog.update_high_watermark(ulog.log_end_offset)
                self.wake()

    async def wait_for_high_watermark(
        self, required: int, timeout_s: float, still_leader: Callable[[], bool],
        give_up: Callable[[], bool] = lambda: False,
    ) -> int:
        """Kafka's DelayedProduce wait, for acks=all produces and coordinator appends: NONE
        once the high watermark reaches `required`; NOT_LEADER_OR_FOLLOWER as soon as
        `still_leader()` is false; REQUEST_TIMED_OUT after `timeout_s` or when `give_up()`.
        Woken by `wake` (every high-watermark move), never by polling."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + max(timeout_s, 0.0)
        while True:
            if not still_leader():
                return int(ErrorCode.NOT_LEADER_OR_FOLLOWER)
            if self.log.high_watermark >= required:
                return int(ErrorCode.NONE)
            remaining = deadline - loop.time()
            if remaining <= 0 or give_up():
                return int(ErrorCode.REQUEST_TIMED_OUT)
            fut: asyncio.Future[None] = loop.create_future()
            self.add_waiter(fut)
            try:
                await asyncio.wait_for(fut, remaining)
            except TimeoutError:
                pass
            finally:
                self.remove_waiter(fut)

    def add_waiter(self, fut: asyncio.Future[None]) -> None:
        self._waiters.append(fut)

    def remove_waiter(self, fut: asyncio.Future[None]) -> None:
        try:
            self._waiters.remove(fut)
        except ValueError:
            pass

    def wake(self) -> None:
        waiters, self._waiters = self._waiters, []
        for fut in waiters:
            if not fut.done():
                fut.set_result(None)
