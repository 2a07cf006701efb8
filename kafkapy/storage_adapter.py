"""`LogStore`: the broker's one door to `storage.LogManager` (open, create, delete, close).

It maps broker settings to `LogManagerConfig` (Kafka's names), gives each topic its
`LogConfig` (broker defaults + topic overrides, via `kafkapy.config.kafka_config.build_log_config`),
removes stray logs (on disk, unknown to the cluster metadata: Kafka's "stray" partitions),
and runs the manager's periodic work (retention, flushes, checkpoints, deleted
directories) from one loop timer.

Blocking disk work leaves the event loop (DESIGN.md section 1) through `LoopBackground`,
storage's `Background` contract: housekeeping (fsyncs of rolled segments and `flush.ms`,
checkpoint files, directory fsyncs, unlinks, directory removal) runs in one `kafkapy-io`
thread, in submission order, and its result is applied by a callback on the loop; large
Produce writes run in `kafkapy-append` threads (`submit`, awaited by `Partition`). State
stays the loop's: a job only sees descriptors, paths and bytes handed to it.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import dataclasses
import logging
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from storage.background import Done, Job
from storage.log_config import LogConfig
from storage.log_manager import LogManager, LogManagerConfig
from storage.topic_partition import TopicPartition
from storage.unified_log import UnifiedLog

log = logging.getLogger("kafkapy.storage")

APPEND_THREADS = 2


class LoopBackground:
    """storage's `Background` on an asyncio loop: jobs in worker threads, `done` back on
    the loop thread."""

    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        self.loop = loop
        self._io = concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix="kafkapy-io")
        self._append = concurrent.futures.ThreadPoolExecutor(
            APPEND_THREADS, thread_name_prefix="kafkapy-append")

    def run(self, job: Job, done: Done) -> None:
        future = self._io.submit(job)
        future.add_done_callback(lambda f: self._post(done, f))

    def submit(self, job: Job) -> concurrent.futures.Future[Any]:
        return self._append.submit(job)

    def _post(self, done: Done, future: concurrent.futures.Future[Any]) -> None:
        try:
            self.loop.call_soon_threadsafe(self._done, done, future)
        except RuntimeError:  # the loop is closed: the broker is gone
            pass

    @staticmethod
    def _done(done: Done, future: concurrent.futures.Future[Any]) -> None:
        try:
            done(future)
        except Exception:
            log.exception("storage background callback failed")

    def drain(self) -> None:
        """Wait for every job (shutdown: storage then works synchronously)."""
        self._append.shutdown(wait=True)
        self._io.shutdown(wait=True)


class LogStore:
    def __init__(
        self, config: Any, log_dirs: list[Path], config_for: Callable[[str], LogConfig]
    ) -> None:
        def get(name: str, default: int = 60000) -> int:
            try:
                return int(config.get(name))
            except KeyError:
                return default

        settings = {
            "recovery_point_checkpoint_interval_ms": get("log.flush.offset.checkpoint.interval.ms"),
            "log_start_offset_checkpoint_interval_ms": get(
                "log.flush.start.offset.checkpoint.interval.ms"
            ),
            "high_watermark_checkpoint_interval_ms": get(
                "replica.high.watermark.checkpoint.interval.ms"
            ),
            "retention_check_interval_ms": get("log.retention.check.interval.ms"),
            "producer_id_expiration_ms": get("producer.id.expiration.ms"),
            "producer_id_expiration_check_interval_ms": get(
                "producer.id.expiration.check.interval.ms"
            ),
            "file_delete_delay_ms": get("log.segment.delete.delay.ms"),
        }
        # Only the settings this storage version knows (its config grows over time).
        known = {f.name for f in dataclasses.fields(LogManagerConfig)}
        self.background = LoopBackground(asyncio.get_running_loop())
        self.manager = LogManager(
            LogManagerConfig(
                log_dirs=[str(d) for d in log_dirs],
                **{k: v for k, v in settings.items() if k in known},
            ),
            config_for=config_for,
            background=self.background,
        )

    def load(self) -> None:
        """Open every log on disk (recovering after an unclean shutdown)."""
        self.manager.startup()

    def remove_strays(self, known: set[TopicPartition]) -> None:
        for tp in list(self.manager.logs):
            if tp not in known:
                log.warning("deleting stray log unknown to the cluster metadata", extra={"topic_partition": str(tp)})
                self.manager.delete_log(tp)

    def get_or_create(self, tp: TopicPartition, log_config: LogConfig, topic_id: uuid.UUID) -> UnifiedLog:
        ulog = self.manager.get_log(tp)
        if ulog is not None:
            if ulog.config != log_config:
                ulog.update_config(log_config)
            if ulog.read_topic_id() != topic_id:
                ulog.write_topic_id(topic_id)
            return ulog
        return self.manager.get_or_create_log(tp, log_config, topic_id)

    def delete(self, tp: TopicPartition) -> None:
        self.manager.delete_log(tp)

    def update_config(self, ulog: UnifiedLog, log_config: LogConfig) -> None:
        ulog.update_config(log_config)

    def run_periodic_tasks(self) -> None:
        self.manager.run_periodic_tasks()

    def shutdown(self) -> None:
        self.background.drain()
        self.manager.shutdown()
