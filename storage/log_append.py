"""What an append returns (Kafka's ``LogAppendInfo``) and a leader append whose write may
still be running in a worker thread (``PendingAppend``). ``UnifiedLog`` builds both."""

from __future__ import annotations

import concurrent.futures
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from storage.errors import KafkaStorageError
from storage.local_log import FlushJob
from storage.log_segment import LogSegment
from storage.log_validator import ValidatedBatches
from storage.producer_state import BatchMetadata


@dataclass(slots=True)
class LogAppendInfo:
    """Result of an append. For a duplicate idempotent batch (``duplicate``), the offsets are
    those of the original append and nothing was written."""

    first_offset: int
    last_offset: int
    max_timestamp: int = -1
    offset_of_max_timestamp: int = -1
    log_append_time: int = -1
    log_start_offset: int = 0
    record_count: int = 0
    valid_bytes: int = 0
    duplicate: bool = False

    @classmethod
    def of_batches(cls, first_offset: int, last_offsets: list[int], max_timestamps: list[int],
                   records: int, size: int, log_start_offset: int) -> LogAppendInfo:
        """Batches appended from ``first_offset`` (``size`` bytes, ``records`` records)."""
        max_ts = max(max_timestamps)
        return cls(
            first_offset, last_offsets[-1], max_timestamp=max_ts,
            offset_of_max_timestamp=last_offsets[max_timestamps.index(max_ts)],
            log_start_offset=log_start_offset, record_count=records, valid_bytes=size,
        )

    @classmethod
    def of_duplicate(cls, original: BatchMetadata, log_start_offset: int) -> LogAppendInfo:
        """A resent idempotent append: ``original`` is what was appended the first time."""
        return cls(
            original.first_offset, original.last_offset,
            max_timestamp=original.timestamp, offset_of_max_timestamp=original.last_offset,
            log_start_offset=log_start_offset,
            record_count=original.last_offset - original.first_offset + 1, duplicate=True,
        )


class PendingAppend:
    """A leader append whose write may still be running in a worker thread. Wait for
    ``future`` (the worker's write), then call ``complete()`` on the owner thread.

    Everything but ``run`` belongs to the owner thread. ``settle`` is the owning log's way
    to apply its pending append; the log clears it once this one is applied."""

    __slots__ = ("batches", "error", "first_offset", "flush", "flush_error", "info",
                 "leader_epoch", "now", "position", "segment", "settle", "view",
                 "worker")

    def __init__(self, settle: Callable[[], None], segment: LogSegment, view: memoryview,
                 first_offset: int, leader_epoch: int, batches: ValidatedBatches, now: int,
                 flush: FlushJob | None) -> None:
        self.settle: Callable[[], None] | None = settle
        self.segment = segment
        self.position = segment.size
        self.view = view
        self.first_offset = first_offset
        self.leader_epoch = leader_epoch
        self.batches = batches
        self.now = now
        self.flush = flush
        #: the write submitted to a worker; None while it runs (or ran) on the owner thread
        self.worker: concurrent.futures.Future[Any] | None = None
        self.info: LogAppendInfo | None = None
        self.error: Exception | None = None
        self.flush_error: Exception | None = None

    @property
    def future(self) -> concurrent.futures.Future[Any]:
        """The write running in a worker: set on every ``PendingAppend`` that
        ``UnifiedLog.start_append_as_leader`` returns."""
        assert self.worker is not None, "written inline: there is nothing to wait for"
        return self.worker

    def run(self) -> None:
        """The write (and, when ``flush.messages`` is reached, the fsyncs): worker thread."""
        self.segment.write_at(self.position, self.view)
        if self.flush is not None:
            try:
                self.flush.run()
            except KafkaStorageError as e:
                self.flush_error = e  # written, not durable: applied, then reported

    def run_inline(self) -> None:
        """``run`` on the owner thread; a failed write is recorded like a worker's."""
        try:
            self.run()
        except KafkaStorageError as e:
            self.error = e

    def wait(self, log_name: object) -> None:
        """Owner thread: wait for the worker's ``run``; its failure becomes ``error`` (always
        a ``KafkaStorageError``: ``log_name`` says which log)."""
        try:
            self.future.result()
        except KafkaStorageError as e:
            self.error = e
        except Exception as e:  # noqa: BLE001 - reported to the appender, nothing applied
            self.error = KafkaStorageError(f"append to {log_name} failed: {e}")

    def complete(self) -> LogAppendInfo:
        """Owner thread: apply the append (offsets, indexes, producer state) and return its
        info; raises ``KafkaStorageError`` when the write failed (nothing was applied)."""
        if self.settle is not None:
            self.settle()
        if self.error is not None:
            raise self.error
        assert self.info is not None
        return self.info
