"""All partition logs under ``log.dirs`` (Kafka's ``LogManager``).

Each log dir holds ``<topic>-<partition>/`` directories and:

- ``recovery-point-offset-checkpoint``: per partition, the offset below which the log is
  fsynced (recovery starts there after a crash);
- ``replication-offset-checkpoint``: per partition, the high watermark;
- ``log-start-offset-checkpoint``: per partition, the log start offset (DeleteRecords);
- ``.kafka_cleanshutdown``: written last by ``shutdown``, deleted by ``startup`` once the logs
  are loaded. Present at start-up = every log was flushed and closed: no recovery needed.

Deleting a partition renames its directory to ``<topic>-<partition>.<uuid>-delete`` and removes
it after ``file.delete.delay.ms`` (Kafka's asynchronous delete).

No threads, no asyncio: the broker calls ``run_periodic_tasks(now_ms)`` on a timer, on the
thread that owns the logs. With a ``background`` (``storage.background``), the blocking part of
that work (fsyncs, checkpoint files, unlinks, directory removal) runs in a worker thread and
its result is applied on the owner thread; checkpoint contents are taken on the owner thread
when the pass runs. ``shutdown`` does everything synchronously (the owner must first let the
background jobs finish).
"""

from __future__ import annotations

import concurrent.futures
import json
import logging
import os
import shutil
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from storage.background import INLINE, Background
from storage.checkpoint_file import OffsetCheckpointFile, atomic_write, fsync_dir
from storage.log_cleaner import LogCleaner
from storage.log_config import LogConfig
from storage.topic_partition import TopicPartition, is_delete_dir, parse_dir_name
from storage.unified_log import UnifiedLog

logger = logging.getLogger("storage.log_manager")

CLEAN_SHUTDOWN_FILE = ".kafka_cleanshutdown"
RECOVERY_POINT_CHECKPOINT_FILE = "recovery-point-offset-checkpoint"
HIGH_WATERMARK_CHECKPOINT_FILE = "replication-offset-checkpoint"
LOG_START_OFFSET_CHECKPOINT_FILE = "log-start-offset-checkpoint"


@dataclass(frozen=True, slots=True)
class LogManagerConfig:
    """Broker-level settings, Kafka's names and defaults."""

    log_dirs: list[str]
    #: ``log.flush.offset.checkpoint.interval.ms``
    recovery_point_checkpoint_interval_ms: int = 60_000
    #: ``log.flush.start.offset.checkpoint.interval.ms``
    log_start_offset_checkpoint_interval_ms: int = 60_000
    #: ``replica.high.watermark.checkpoint.interval.ms``
    high_watermark_checkpoint_interval_ms: int = 5_000
    #: ``log.retention.check.interval.ms``
    retention_check_interval_ms: int = 300_000
    #: ``producer.id.expiration.ms`` / ``producer.id.expiration.check.interval.ms``
    producer_id_expiration_ms: int = 86_400_000
    producer_id_expiration_check_interval_ms: int = 600_000
    #: ``log.cleaner.enable`` / ``log.cleaner.backoff.ms``: compaction of compacted topics
    cleaner_enable: bool = True
    cleaner_backoff_ms: int = 15_000


@dataclass(slots=True)
class _Timers:
    recovery_point: int = 0
    log_start: int = 0
    high_watermark: int = 0
    retention: int = 0
    producer_expiration: int = 0
    cleaner: int = 0
    deleted_dirs: list[tuple[int, str]] = field(default_factory=list)


def _now_ms() -> int:
    return int(time.time() * 1000)


class LogManager:
    def __init__(
        self,
        config: LogManagerConfig,
        default_log_config: LogConfig | None = None,
        config_for: Callable[[str], LogConfig] | None = None,
        background: Background = INLINE,
    ) -> None:
        """``config_for(topic)`` gives a topic's ``LogConfig`` (broker defaults plus topic
        overrides); without it every log uses ``default_log_config``. ``background`` runs the
        periodic pass's blocking work (default: inline)."""
        self.config = config
        self.background = background
        self.default_log_config = default_log_config or LogConfig()
        self._config_for = config_for
        self.logs: dict[TopicPartition, UnifiedLog] = {}
        self._log_dir_of: dict[TopicPartition, str] = {}
        self._log_counts: dict[str, int] = {}
        self._timers = _Timers()
        self._started = False
        self.cleaner = LogCleaner()
        #: logs with periodic work pending (they add themselves on append, roll, delete)
        self._active: set[UnifiedLog] = set()
        #: log dirs with new partition directories not yet fsynced (one fsync per batch)
        self._dirs_to_sync: set[str] = set()
        #: last checkpoint written per file: an unchanged checkpoint is not rewritten
        self._last_checkpoint: dict[str, dict[TopicPartition, int]] = {}

    def log_config_for(self, topic: str) -> LogConfig:
        return self._config_for(topic) if self._config_for else self.default_log_config

    # --- start-up ---

    def startup(self, now_ms: int | None = None) -> None:
        """Load every log of every log dir (recovering after an unclean shutdown)."""
        now = now_ms if now_ms is not None else _now_ms()
        self._timers = _Timers(now, now, now, now, now, now)
        for log_dir in self.config.log_dirs:
            os.makedirs(log_dir, exist_ok=True)
            self._load_dir(log_dir, now)
        self._started = True

    def _load_dir(self, log_dir: str, now: int) -> None:
        marker = os.path.join(log_dir, CLEAN_SHUTDOWN_FILE)
        clean = os.path.exists(marker)
        if not clean:
            logger.warning("%s: no clean-shutdown marker: recovering unflushed segments", log_dir)
        recovery_points = OffsetCheckpointFile(
            os.path.join(log_dir, RECOVERY_POINT_CHECKPOINT_FILE)).read()
        high_watermarks = OffsetCheckpointFile(
            os.path.join(log_dir, HIGH_WATERMARK_CHECKPOINT_FILE)).read()
        log_starts = OffsetCheckpointFile(
            os.path.join(log_dir, LOG_START_OFFSET_CHECKPOINT_FILE)).read()
        for name in sorted(os.listdir(log_dir)):
            path = os.path.join(log_dir, name)
            if not os.path.isdir(path):
                continue
            if is_delete_dir(name):
                self._timers.deleted_dirs.append((now, path))
                continue
            tp = parse_dir_name(name)
            if tp is None:
                logger.warning("%s: ignoring directory %s", log_dir, name)
                continue
            if tp in self.logs:
                raise RuntimeError(f"duplicate log directories for {tp}: {path} and "
                                   f"{self._log_dir_of[tp]}")
            started = time.monotonic()
            log = UnifiedLog.open(
                path, self.log_config_for(tp.topic),
                recovery_point=recovery_points.get(tp, 0),
                log_start_offset=log_starts.get(tp, 0),
                high_watermark=high_watermarks.get(tp),
                had_clean_shutdown=clean and tp in recovery_points,
                now_ms=now,
                producer_id_expiration_ms=self.config.producer_id_expiration_ms,
            )
            logger.debug("%s: loaded %s in %.3f s", log_dir, log, time.monotonic() - started)
            self._add(tp, log, log_dir)
        logger.info("%s: loaded %d logs", log_dir, self._log_counts.get(log_dir, 0))
        if clean:
            os.unlink(marker)

    # --- logs ---

    def get_log(self, tp: TopicPartition) -> UnifiedLog | None:
        return self.logs.get(tp)

    def get_or_create_log(
        self,
        tp: TopicPartition,
        config: LogConfig | None = None,
        topic_id: uuid.UUID | None = None,
    ) -> UnifiedLog:
        """The partition's log, created empty (in the log dir with the fewest logs) if new.
        With ``topic_id``, ``partition.metadata`` is written when missing."""
        log = self.logs.get(tp)
        if log is None:
            # counted per call over every log, this was O(n) per creation: 10 % of creating
            # 10,000 partitions
            log_dir = min(self.config.log_dirs, key=lambda d: self._log_counts.get(d, 0))
            log = UnifiedLog.open(
                os.path.join(log_dir, tp.dir_name),
                config or self.log_config_for(tp.topic),
                had_clean_shutdown=True,
                producer_id_expiration_ms=self.config.producer_id_expiration_ms,
            )
            # Kafka does not fsync at log creation either: the new directory entries are
            # fsynced by the next periodic pass, once per log dir for a whole batch.
            self._dirs_to_sync.add(log_dir)
            self._add(tp, log, log_dir)
            logger.debug("created log %s in %s", tp, log_dir)
            if topic_id is not None:
                # Not fsynced: the broker rewrites it from its metadata if a crash loses it.
                log.write_topic_id(topic_id, durable=False)
        if topic_id is not None and log.read_topic_id() != topic_id:
            log.write_topic_id(topic_id)
        return log

    def _add(self, tp: TopicPartition, log: UnifiedLog, log_dir: str) -> None:
        self.logs[tp] = log
        self._log_dir_of[tp] = log_dir
        self._log_counts[log_dir] = self._log_counts.get(log_dir, 0) + 1
        log.activity = self._active
        self._active.add(log)  # the first pass looks at every new or loaded log once

    def delete_log(self, tp: TopicPartition, now_ms: int | None = None) -> bool:
        """Rename the directory to ``<topic>-<partition>.<uuid>-delete``; it is removed by
        ``run_periodic_tasks`` after ``file.delete.delay.ms``. False if there is no such log."""
        log = self.logs.pop(tp, None)
        if log is None:
            return False
        log_dir = self._log_dir_of.pop(tp)
        self._log_counts[log_dir] -= 1
        self._active.discard(log)
        log.activity = None
        self.cleaner.forget(log)
        now = now_ms if now_ms is not None else _now_ms()
        target = os.path.join(log_dir, tp.delete_dir_name())
        log.rename_dir(target)
        log.close_handlers()
        self._timers.deleted_dirs.append((now + log.config.file_delete_delay_ms, target))
        logger.info("log %s scheduled for deletion as %s", tp, target)
        for checkpoint in self._checkpoint_writers(log_dir):
            checkpoint(self.background)
        return True

    def update_topic_config(self, topic: str, config: LogConfig) -> None:
        for tp, log in self.logs.items():
            if tp.topic == topic:
                log.update_config(config)

    # --- periodic work ---

    def run_periodic_tasks(self, now_ms: int | None = None) -> None:
        """Retention (every ``log.retention.check.interval.ms``), compaction of compacted logs
        (every ``log.cleaner.backoff.ms``), flushes (``flush.ms`` and rolled segments), removal
        of ``.deleted`` files and ``-delete`` directories, producer id expiration, and the
        checkpoints at their intervals."""
        now = now_ms if now_ms is not None else _now_ms()
        t, c = self._timers, self.config
        run_retention = now - t.retention >= c.retention_check_interval_ms
        expire = now - t.producer_expiration >= c.producer_id_expiration_check_interval_ms
        clean = c.cleaner_enable and now - t.cleaner >= c.cleaner_backoff_ms
        if run_retention or expire or clean:
            for log in list(self.logs.values()):
                if run_retention:
                    log.delete_old_segments(now)
                if clean and log.config.compact_enabled:
                    self.cleaner.maybe_clean(log, now)
                if expire:
                    log.producer_state.remove_expired_producers(now)
        # Flushes and delayed file removal: only logs appended to, rolled or trimmed since
        # the last pass (or still waiting), never a walk over every idle log.
        active = list(self._active)
        self._active.clear()
        background = self.background
        for log in active:
            log.maybe_flush(now, background)
            log.delete_expired_files(now, background)
            if log.local_log.periodic_work_pending:
                self._active.add(log)
        self._sync_new_dirs(background)
        if run_retention:
            t.retention = now
        if expire:
            t.producer_expiration = now
        if clean:
            t.cleaner = now
        self._remove_deleted_dirs(now, background)
        if now - t.recovery_point >= c.recovery_point_checkpoint_interval_ms:
            self.checkpoint_recovery_points(background)
            t.recovery_point = now
        if now - t.log_start >= c.log_start_offset_checkpoint_interval_ms:
            self.checkpoint_log_start_offsets(background)
            t.log_start = now
        if now - t.high_watermark >= c.high_watermark_checkpoint_interval_ms:
            self.checkpoint_high_watermarks(background)
            t.high_watermark = now

    def _sync_new_dirs(self, background: Background = INLINE) -> None:
        if not self._dirs_to_sync:
            return
        dirs = sorted(self._dirs_to_sync)
        self._dirs_to_sync.clear()

        def done(future: concurrent.futures.Future[Any]) -> None:
            if future.exception() is not None:
                logger.error("fsync of new log directories failed: %s", future.exception())
                self._dirs_to_sync.update(dirs)  # retried by the next pass

        def sync() -> None:
            for d in dirs:
                fsync_dir(d)

        background.run(sync, done)

    def _remove_deleted_dirs(self, now: int, background: Background = INLINE) -> None:
        keep: list[tuple[int, str]] = []
        paths: list[str] = []
        for when, path in self._timers.deleted_dirs:
            if when <= now:
                paths.append(path)
            else:
                keep.append((when, path))
        self._timers.deleted_dirs = keep
        if not paths:
            return

        def remove() -> None:
            for path in paths:
                shutil.rmtree(path, ignore_errors=True)

        def done(future: concurrent.futures.Future[Any]) -> None:
            for path in paths:
                logger.info("removed deleted log directory %s", path)

        background.run(remove, done)

    # --- checkpoints ---

    def _by_dir(self, value: Callable[[UnifiedLog], int]) -> dict[str, dict[TopicPartition, int]]:
        result: dict[str, dict[TopicPartition, int]] = {d: {} for d in self.config.log_dirs}
        for tp, log in self.logs.items():
            result[self._log_dir_of[tp]][tp] = value(log)
        return result

    def checkpoint_recovery_points(self, background: Background = INLINE) -> None:
        for d, offsets in self._by_dir(lambda log: log.recovery_point).items():
            self._write_checkpoint(os.path.join(d, RECOVERY_POINT_CHECKPOINT_FILE), offsets,
                                   background)

    def checkpoint_high_watermarks(self, background: Background = INLINE) -> None:
        for d, offsets in self._by_dir(lambda log: log.high_watermark).items():
            self._write_checkpoint(os.path.join(d, HIGH_WATERMARK_CHECKPOINT_FILE), offsets,
                                   background)

    def checkpoint_log_start_offsets(self, background: Background = INLINE) -> None:
        for d, offsets in self._by_dir(lambda log: log.log_start_offset).items():
            self._write_checkpoint(os.path.join(d, LOG_START_OFFSET_CHECKPOINT_FILE), offsets,
                                   background)

    def _write_checkpoint(self, path: str, offsets: dict[TopicPartition, int],
                          background: Background = INLINE) -> None:
        """Write unless the file already holds exactly these offsets (an idle broker with
        10,000 partitions rewrites nothing every ``replica.high.watermark.checkpoint``).
        The offsets are taken now; the file is written through ``background`` (jobs run in
        order, so a later checkpoint of the same file never lands before an earlier one)."""
        if self._last_checkpoint.get(path) == offsets:
            return
        # Marked written at once: a pass before the job ends must not queue the same write.
        self._last_checkpoint[path] = offsets

        def done(future: concurrent.futures.Future[Any]) -> None:
            if future.exception() is not None:
                logger.error("writing checkpoint %s failed: %s", path, future.exception())
                if self._last_checkpoint.get(path) is offsets:
                    del self._last_checkpoint[path]  # rewritten by the next pass

        background.run(lambda: OffsetCheckpointFile(path).write(offsets), done)

    def _checkpoint_writers(self, log_dir: str) -> list[Callable[[Background], None]]:
        return [self.checkpoint_recovery_points, self.checkpoint_high_watermarks,
                self.checkpoint_log_start_offsets]

    # --- shutdown ---

    def shutdown(self) -> None:
        """Flush and close every log, write the checkpoints, then the clean-shutdown marker
        (last: its presence promises that everything before it is on disk)."""
        for log in self.logs.values():
            log.flush()
            log.close()
        self.checkpoint_recovery_points()
        self.checkpoint_high_watermarks()
        self.checkpoint_log_start_offsets()
        self._sync_new_dirs()
        for log_dir in self.config.log_dirs:
            atomic_write(os.path.join(log_dir, CLEAN_SHUTDOWN_FILE),
                         json.dumps({"version": 0, "brokerEpoch": -1}).encode())
        self.logs.clear()
        self._log_dir_of.clear()
        self._log_counts.clear()
        self._active.clear()
        logger.info("log manager shut down cleanly")
