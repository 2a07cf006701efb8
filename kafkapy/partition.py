"""`Partition`: one topic-partition this broker leads: its log, leader epoch and waiters.

Fetch long polls register a future with `add_waiter`; every append (and anything else
that moves the high watermark) resolves all of them at once (franz-go kfake's watchers,
Kafka's DelayedFetch purgatory). No polling loop anywhere.

Owned by the event-loop thread.
"""

from __future__ import annotations

import asyncio
from typing import Any

from kafkapy.metadata import PartitionInfo, TopicInfo


class Partition:
    __slots__ = ("_waiters", "deleted", "index", "info", "log", "min_insync_replicas", "topic")

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
