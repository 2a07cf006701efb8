"""The segments of one partition's log in its directory (Kafka's ``LocalLog``).

``LocalLog`` owns the ``LogSegments``, the directory and everything that is only about files:
roll, the write and bookkeeping of an append's bytes, reads (file regions for ``sendfile``),
truncation, delayed deletion of segments (``.deleted``, ``file.delete.delay.ms``), renaming the
directory, flushes and the recovery point they move. It knows nothing of offsets' meaning
beyond the segments' own: the log start offset, the high watermark, producer state and leader
epochs are ``UnifiedLog``'s, which is built on one ``LocalLog`` and is its only caller in the
broker.

Not thread-safe: one owner (the broker's event loop) calls every method. The only work that
leaves the owner thread is a ``_FlushJob`` (fsyncs on duplicated descriptors) and the unlinks
of ``delete_expired_files``, both through a ``storage.background.Background``; their effect on
this object (the recovery point) is applied on the owner thread afterwards.

After ``close()`` or ``close_handlers()`` the descriptors are gone: reads, appends, rolls,
truncations and flushes raise ``KafkaStorageError``; periodic work (``maybe_flush``,
``delete_expired_files``) does nothing; closing again does nothing.
"""

from __future__ import annotations

import concurrent.futures
import contextlib
import logging
import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from storage.background import INLINE, Background
from storage.checkpoint_file import fsync_dir
from storage.errors import KafkaStorageError, OffsetOutOfRangeError
from storage.log_config import LONG_MAX, LogConfig
from storage.log_segment import DELETED_SUFFIX, LogSegment
from storage.log_segments import LogSegments
from storage.topic_partition import TopicPartition, parse_dir_name
from wire.file_region import FileRegion
from wire.records.record import iter_records

logger = logging.getLogger("storage.local_log")


def _now_ms() -> int:
    return int(time.time() * 1000)


def no_activity() -> None:
    """The default ``LocalLog.on_activity``: nobody to tell."""


@dataclass(slots=True)
class FetchDataInfo:
    """Whole batches from the one containing ``fetch_offset``: ``regions`` in log order
    (at most one per segment). Empty when nothing is readable yet."""

    fetch_offset: int
    regions: list[FileRegion] = field(default_factory=list)

    @property
    def size(self) -> int:
        return sum(r.length for r in self.regions)


@dataclass(slots=True)
class FlushJob:
    """fsyncs prepared on the owner thread: ``run`` may go to a worker thread; the recovery
    point moves to ``target`` only after it returned (``LocalLog.mark_flushed``)."""

    fds: list[int]  # duplicated segment descriptors (fdatasync), closed by ``run``
    index_paths: list[str]  # indexes of rolled segments (fsync; gone if deleted meanwhile)
    dir_path: str | None  # the partition directory, when it has new entries
    target: int
    generation: int

    def run(self) -> None:
        try:
            for fd in self.fds:
                os.fdatasync(fd)
            for path in self.index_paths:
                with contextlib.suppress(FileNotFoundError):
                    fd = os.open(path, os.O_RDONLY)
                    try:
                        os.fsync(fd)
                    finally:
                        os.close(fd)
            if self.dir_path is not None:
                fsync_dir(self.dir_path)
        except OSError as e:
            raise KafkaStorageError(f"fsync in {self.dir_path or '?'} failed: {e}") from e
        finally:
            self.discard()

    def discard(self) -> None:
        """Release the duplicated descriptors (once: a number may be reused after)."""
        fds, self.fds = self.fds, []
        for fd in fds:
            with contextlib.suppress(OSError):
                os.close(fd)


class LocalLog:
    """The segments of one log (see the module docstring for the ownership rules).

    ``recovery_point``: every offset below it is on disk (fsynced); it only moves forward,
    except when truncation removes offsets. ``on_activity`` is called whenever periodic work
    (a flush, the removal of ``.deleted`` files) becomes due, so an owner can visit only the
    logs that have some (``periodic_work_pending``).
    """

    def __init__(
        self,
        log_dir: str,
        config: LogConfig,
        segments: LogSegments,
        *,
        recovery_point: int,
        on_activity: Callable[[], None] = no_activity,
    ) -> None:
        assert segments, "a log always has an active segment"
        self.dir = log_dir
        self.config = config
        self.segments = segments
        self.recovery_point = recovery_point
        self.on_activity = on_activity
        tp = parse_dir_name(os.path.basename(log_dir))
        self.topic_partition = tp if tp is not None else TopicPartition(
            os.path.basename(log_dir), 0)
        #: records appended since the last flush (``flush.messages``)
        self.unflushed_messages = 0
        self.last_flush_ms = _now_ms()
        #: the base offset of the newest rolled segment: the next ``maybe_flush`` makes the
        #: segments below it durable
        self._roll_flush_offset = recovery_point
        self._flush_inflight = False
        #: bumped by truncation: a flush prepared before it must not move the recovery point
        self._generation = 0
        #: segments renamed to ``.deleted``, removed at the due time (``file.delete.delay.ms``)
        self._pending_deletes: list[tuple[int, LogSegment]] = []
        self._closed = False
        self._dir_dirty = True

    # --- state ---

    @property
    def active_segment(self) -> LogSegment:
        segment = self.segments.last
        assert segment is not None, "a log always has an active segment"
        return segment

    @property
    def log_end_offset(self) -> int:
        return self.active_segment.next_offset

    @property
    def size_in_bytes(self) -> int:
        return self.segments.size_in_bytes

    @property
    def closed(self) -> bool:
        return self._closed

    def _check_open(self, action: str) -> None:
        if self._closed:
            raise KafkaStorageError(f"{self.topic_partition}: cannot {action}, the log is closed")

    def update_config(self, config: LogConfig) -> None:
        self.config = config
        for segment in self.segments:
            segment.config = config

    @property
    def periodic_work_pending(self) -> bool:
        """``maybe_flush``/``delete_expired_files`` have something to do now or later."""
        if self._closed:
            return False
        return bool(self._pending_deletes) or self._roll_flush_offset > self.recovery_point \
            or (self.config.flush_ms != LONG_MAX and self.unflushed_messages > 0)

    # --- roll and append ---

    def roll(self, now_ms: int | None = None) -> LogSegment:
        """Start a new active segment at the log end offset and return it (the active segment
        itself when it is empty: nothing to roll). The old segment gets its final time index
        entry; it is fsynced by the next ``maybe_flush`` (Kafka flushes it asynchronously)."""
        self._check_open("roll")
        now = now_ms if now_ms is not None else _now_ms()
        old = self.active_segment
        if old.size == 0:
            return old
        base = old.next_offset
        old.on_become_inactive()
        segment = LogSegment.create(self.dir, base, self.config, now)
        self.segments.add(segment)
        self._roll_flush_offset = base
        self._dir_dirty = True
        self.on_activity()
        logger.info("%s: rolled segment %d", self.topic_partition, base)
        return segment

    def maybe_roll(self, size: int, max_timestamp: int, last_offset: int,
                   now: int) -> tuple[LogSegment, bool]:
        """The segment an append of ``size`` bytes goes to, and whether it was just rolled:
        the active segment, rolled first when it cannot take batches of that size, largest
        timestamp and last offset (``LogSegment.should_roll``: size, ``segment.ms``, a full
        index, relative offsets)."""
        segment = self.active_segment
        if segment.should_roll(size, max_timestamp, last_offset, now):
            return self.roll(now), True
        return segment, False

    def replace_empty_active(self, base_offset: int, now: int) -> LogSegment:
        """A follower's first batch jumps past an empty active segment: restart it at
        ``base_offset`` so the segment's base offset is its first batch's offset."""
        old = self.active_segment
        assert old.size == 0 and base_offset > old.base_offset
        self.segments.remove(old.base_offset)
        old.delete_files()
        segment = LogSegment.create(self.dir, base_offset, self.config, now)
        self.segments.add(segment)
        self._dir_dirty = True
        return segment

    def append(self, data: memoryview | bytes, last_offsets: list[int],
               max_timestamps: list[int], sizes: list[int], records: int) -> None:
        """Write whole batches (offsets already stamped, the first at or after the log end
        offset) to the active segment with one ``write``, then ``commit_append``."""
        if self._closed:
            self._check_open("append")
        segment = self.active_segment
        position = segment.size
        segment.write_at(position, data)
        self.commit_append(segment, position, len(data), last_offsets, max_timestamps, sizes,
                           records)

    def commit_append(self, segment: LogSegment, position: int, length: int,
                      last_offsets: list[int], max_timestamps: list[int], sizes: list[int],
                      records: int) -> None:
        """Owner thread, after ``segment.write_at(position, ...)`` returned (possibly in a
        worker): the segment's indexes and size and the log end offset cover the batches."""
        segment.commit_append(position, last_offsets[-1], length, last_offsets, max_timestamps,
                              sizes)
        self.unflushed_messages += records
        self.on_activity()

    # --- read ---

    def read(self, fetch_offset: int, max_bytes: int, max_offset: int | None = None,
             min_one_message: bool = True) -> FetchDataInfo:
        """Whole batches from the batch containing ``fetch_offset``, at most ``max_bytes``
        (the first batch whole even if larger when ``min_one_message``, KIP-74), only batches
        entirely below ``max_offset`` (default the log end offset). Raises
        ``OffsetOutOfRangeError`` outside ``[first segment's base offset, log end offset]``.
        The regions stay readable until the segment's ``.deleted`` files are removed."""
        if self._closed:
            self._check_open("read")
        end = self.log_end_offset
        segments = self.segments
        first = segments.first
        assert first is not None
        if fetch_offset > end or fetch_offset < first.base_offset:
            raise OffsetOutOfRangeError(fetch_offset, first.base_offset, end)
        upper = end if max_offset is None else min(max_offset, end)
        info = FetchDataInfo(fetch_offset)
        if fetch_offset >= upper:
            return info
        remaining, min_one, offset = max_bytes, min_one_message, fetch_offset
        for segment in segments.from_index(segments.floor_index(fetch_offset)):
            if segment.base_offset >= upper:
                break
            found = segment.read(offset, max(remaining, 0), upper, min_one)
            if found is None:
                continue
            position, length = found
            if length == 0:
                break
            info.regions.append(FileRegion(segment.fd, position, length))
            remaining -= length
            min_one = False
            if remaining <= 0 or position + length < segment.size:
                break
            offset = segment.next_offset
        return info

    def find_offset_by_timestamp(self, timestamp: int,
                                 start_offset: int) -> tuple[int, int] | None:
        """``(timestamp, offset)`` of the first record at or after ``start_offset`` whose
        timestamp is >= ``timestamp`` (the time indexes, then the batches); None if none."""
        for segment in self.segments:
            if segment.largest_timestamp >= timestamp:
                found = segment.find_offset_by_timestamp(timestamp, start_offset,
                                                         _first_record_at_or_after)
                if found is not None:
                    return found
        return None

    def find_max_timestamp(self, start_offset: int) -> tuple[int, int] | None:
        """``(timestamp, offset)`` of the first record carrying the largest timestamp of the
        log (searched in the segment holding it), None when no record has one."""
        best = max(self.segments, key=lambda s: s.largest_timestamp)
        if best.largest_timestamp < 0:
            return None
        return best.find_offset_by_timestamp(best.largest_timestamp, start_offset,
                                             _first_record_at_or_after)

    # --- flush ---

    def flush(self, up_to: int | None = None) -> None:
        """fsync the segments holding offsets below ``up_to`` (default: all) and move the
        recovery point there (now, on the calling thread)."""
        self._check_open("flush")
        end = self.log_end_offset
        target = end if up_to is None else min(up_to, end)
        job = self.flush_job(target)
        if job is not None:
            job.run()
            self.recovery_point = max(self.recovery_point, target)
        if target >= end:
            self.unflushed_messages = 0
        self.last_flush_ms = _now_ms()

    def flush_job(self, target: int, written: LogSegment | None = None) -> FlushJob | None:
        """The fsyncs that make offsets below ``target`` durable, on duplicated descriptors
        (the job may run in a worker thread while the owner rolls, deletes or closes);
        ``written`` is the segment an append is about to write (included even though its
        bytes are not there yet: the job runs after the write). None when nothing to do."""
        if target <= self.recovery_point:
            return None
        fds: list[int] = []
        index_paths: list[str] = []
        active = self.active_segment
        first = max(self.segments.floor_index(self.recovery_point), 0)
        for segment in self.segments.from_index(first):
            if segment.base_offset >= target:
                break
            if segment.size == 0 and segment is not written:
                continue
            fds.append(os.dup(segment.fd))
            if segment is not active:
                # a rolled segment's indexes are complete: make them durable with it
                segment.offset_index.flush_pending()
                segment.time_index.flush_pending()
                index_paths += [segment.offset_index.path, segment.time_index.path]
        dir_path = None
        if self._dir_dirty:
            # new segment files: their directory entries must be durable too
            dir_path, self._dir_dirty = self.dir, False
        return FlushJob(fds, index_paths, dir_path, target, self._generation)

    def mark_flushed(self, job: FlushJob, now_ms: int) -> None:
        """Owner thread: ``job`` (prepared with an append's records counted) ran."""
        self.recovery_point = max(self.recovery_point, job.target)
        self.unflushed_messages = 0
        self.last_flush_ms = now_ms

    def flush_failed(self, job: FlushJob) -> None:
        """Owner thread: ``job`` failed or never ran; its directory fsync is still owed."""
        self._dir_dirty = self._dir_dirty or job.dir_path is not None

    def maybe_flush(self, now_ms: int, background: Background = INLINE) -> None:
        """Periodic: ``flush.ms`` elapsed, or segments rolled since the last flush. The
        fsyncs run through ``background``; the recovery point moves when they are done.
        One flush at a time per log."""
        if self._flush_inflight or self._closed:
            return
        end = self.log_end_offset
        if self.config.flush_ms != LONG_MAX and self.unflushed_messages and \
                now_ms - self.last_flush_ms >= self.config.flush_ms:
            target = end
        elif self._roll_flush_offset > self.recovery_point:
            target = min(self._roll_flush_offset, end)
        else:
            return
        job = self.flush_job(target)
        if target >= end:
            self.unflushed_messages = 0
        self.last_flush_ms = now_ms
        if job is None:
            return
        self._flush_inflight = True
        background.run(job.run, lambda future: self._flush_done(job, future))

    def _flush_done(self, job: FlushJob, future: concurrent.futures.Future[Any]) -> None:
        """Owner thread: a background flush finished."""
        self._flush_inflight = False
        error = future.exception()
        if error is not None:
            logger.error("%s: flush failed: %s", self.topic_partition, error)
            self.flush_failed(job)
            self.on_activity()
            return
        if self._closed or job.generation != self._generation:
            return  # truncated meanwhile: the next flush starts from the new recovery point
        self.recovery_point = max(self.recovery_point, min(job.target, self.log_end_offset))

    # --- deletion of segments ---

    def delete_segments(self, segments: list[LogSegment], now: int) -> None:
        """Asynchronous delete (Kafka's ``removeAndDeleteSegments``): out of the log now,
        renamed ``.deleted`` now (descriptors stay open for reads in flight), files removed by
        ``delete_expired_files`` after ``file.delete.delay.ms``."""
        due = now + self.config.file_delete_delay_ms
        for segment in segments:
            self.segments.remove(segment.base_offset)
            segment.change_file_suffixes(DELETED_SUFFIX)
            self._pending_deletes.append((due, segment))
        self.on_activity()

    def replace_segment(self, old: LogSegment, new: LogSegment, now_ms: int) -> None:
        """The log cleaner swapped in a rewritten segment with the same base offset; ``old``'s
        files are already renamed ``.deleted`` and are removed after the delay."""
        self.segments.add(new)
        self._pending_deletes.append((now_ms + self.config.file_delete_delay_ms, old))
        self.on_activity()
        self._dir_dirty = True

    def delete_expired_files(self, now_ms: int | None = None,
                             background: Background = INLINE) -> int:
        """Remove the ``.deleted`` files whose delay has passed; returns how many segments.
        Descriptors are closed here; the unlinks run through ``background``."""
        now = now_ms if now_ms is not None else _now_ms()
        if not self._pending_deletes:
            return 0
        due = [s for t, s in self._pending_deletes if t <= now]
        if not due:
            return 0
        self._pending_deletes = [(t, s) for t, s in self._pending_deletes if t > now]
        paths: list[str] = []
        for segment in due:
            segment.close_handlers()
            paths += segment.file_paths()
        background.run(lambda: _unlink_all(paths), _log_unlink_error)
        return len(due)

    # --- truncation ---

    def truncate_to(self, offset: int) -> bool:
        """Remove everything from the batch containing ``offset`` on (later segments go the
        ``.deleted`` way); False when ``offset`` is at or past the log end offset. Below the
        first segment, this is ``truncate_fully_and_start_at(offset)``."""
        if offset < 0:
            raise ValueError(f"cannot truncate to negative offset {offset}")
        self._check_open("truncate")
        if offset >= self.log_end_offset:
            return False
        first = self.segments.first
        assert first is not None
        if offset < first.base_offset:
            self.truncate_fully_and_start_at(offset)
            return True
        self._generation += 1
        later = [s for s in self.segments if s.base_offset > offset]
        self.delete_segments(later, _now_ms())
        cut = self.active_segment.truncate_to(offset)
        end = self.log_end_offset
        logger.info("%s: truncated to %d (log end offset %d, %d bytes cut in the last "
                    "segment, %d segments deleted)", self.topic_partition, offset, end, cut,
                    len(later))
        self.recovery_point = min(self.recovery_point, end)
        self._roll_flush_offset = min(self._roll_flush_offset, end)
        return True

    def truncate_fully_and_start_at(self, offset: int) -> None:
        """Delete every segment and restart empty at ``offset`` (the recovery point too)."""
        self._check_open("truncate")
        self._generation += 1
        now = _now_ms()
        self.delete_segments(self.segments.values(), now)
        self.segments.add(LogSegment.create(self.dir, offset, self.config, now))
        self._dir_dirty = True
        self.recovery_point = self._roll_flush_offset = offset
        logger.info("%s: truncated fully, restarting at %d", self.topic_partition, offset)

    # --- directory and lifecycle ---

    def rename_dir(self, new_dir: str) -> None:
        """Move the whole partition directory (``os.replace``: ``new_dir`` must not hold
        files); open descriptors and regions already read stay valid."""
        os.replace(self.dir, new_dir)
        self.dir = new_dir
        for segment in self.segments:
            segment.move_to_dir(new_dir)
        for _, segment in self._pending_deletes:
            segment.move_to_dir(new_dir)

    def close(self) -> None:
        """Clean close: final time index entries, descriptors released; ``.deleted`` files
        are removed now (nobody reads them after close)."""
        if self._closed:
            return
        for segment in self.segments:
            segment.close()
        self.delete_expired_files(LONG_MAX)
        self._closed = True

    def close_handlers(self) -> None:
        """Release every descriptor without writing anything (a log being deleted: its
        ``.deleted`` files go with the directory)."""
        self._closed = True
        for segment in self.segments:
            segment.close_handlers()
        for _, segment in self._pending_deletes:
            segment.close_handlers()
        self._pending_deletes = []

    def __repr__(self) -> str:
        return (f"LocalLog({self.topic_partition}, segments={len(self.segments)}, "
                f"end={self.log_end_offset}, recovery_point={self.recovery_point})")


def _unlink_all(paths: list[str]) -> None:
    for path in paths:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(path)


def _log_unlink_error(future: concurrent.futures.Future[Any]) -> None:
    error = future.exception()
    if error is not None:
        logger.error("removing deleted segment files failed: %s", error)


def _first_record_at_or_after(batch: memoryview, timestamp: int) -> tuple[int, int] | None:
    for record in iter_records(batch):
        if record.timestamp >= timestamp:
            return record.timestamp, record.offset
    return None
