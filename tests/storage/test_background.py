"""Blocking work handed to a ``Background`` (DESIGN.md section 1): appends written in a worker,
fsyncs, checkpoints and unlinks applied only when their job is done, state owned by the caller.

``Deferred`` holds jobs until the test runs them (the moment a worker thread would), and then
calls ``done`` like the owner's loop would: so each test controls exactly what happens between
"prepared" and "applied". ``Threads`` runs them in real threads.
"""

from __future__ import annotations

import concurrent.futures
import errno
import os
from typing import Any

import pytest

from storage import LogConfig, UnifiedLog
from storage.background import Done, Job, completed
from storage.errors import KafkaStorageError, OutOfOrderSequenceError
from storage.log_manager import (
    HIGH_WATERMARK_CHECKPOINT_FILE,
    LogManager,
    LogManagerConfig,
)
from storage.topic_partition import TopicPartition
from storage.unified_log import LogAppendInfo, PendingAppend
from tests.storage.conftest import make_batch, open_log


class Deferred:
    """A Background whose jobs wait for ``run_all`` (the worker), then ``done`` (the loop)."""

    def __init__(self) -> None:
        self.jobs: list[tuple[Job, Done | None, concurrent.futures.Future[Any]]] = []

    def run(self, job: Job, done: Done) -> None:
        self.jobs.append((job, done, concurrent.futures.Future()))

    def submit(self, job: Job) -> concurrent.futures.Future[Any]:
        future: concurrent.futures.Future[Any] = concurrent.futures.Future()
        self.jobs.append((job, None, future))
        return future

    def run_all(self) -> None:
        jobs, self.jobs = self.jobs, []
        for job, done, future in jobs:
            result = completed(job)
            if result.exception() is not None:
                future.set_exception(result.exception())  # type: ignore[arg-type]
            else:
                future.set_result(result.result())
            if done is not None:
                done(future)


class Threads:
    def __init__(self) -> None:
        self.pool = concurrent.futures.ThreadPoolExecutor(2)

    def run(self, job: Job, done: Done) -> None:
        future = self.pool.submit(job)
        concurrent.futures.wait([future])
        done(future)

    def submit(self, job: Job) -> concurrent.futures.Future[Any]:
        return self.pool.submit(job)


def _start(log: UnifiedLog, batch: bytearray, bg: Any) -> PendingAppend:
    pending = log.start_append_as_leader(batch, 0, background=bg)
    assert isinstance(pending, PendingAppend)
    return pending


def test_append_is_invisible_until_written_and_completed(log_dir: str) -> None:
    log = open_log(log_dir)
    log.append_as_leader(make_batch(2), 0)
    bg = Deferred()
    pending = _start(log, make_batch(3, tag=1), bg)
    # Prepared (offsets stamped from 2), not written: nothing of it is visible.
    assert log.log_end_offset == 2
    assert log.active_segment.size == os.fstat(log.active_segment.fd).st_size
    assert not log.read(2, 1 << 20).regions
    bg.run_all()
    info = pending.complete()
    assert (info.first_offset, info.last_offset, log.log_end_offset) == (2, 4, 5)
    assert log.read(2, 1 << 20).regions


def test_next_append_waits_for_the_pending_one_in_order(log_dir: str) -> None:
    log = open_log(log_dir)
    pending = _start(log, make_batch(2, producer_id=7, producer_epoch=0, base_sequence=0),
                     Threads())
    # An idempotent continuation appended while the first write runs: the log settles the
    # first one before validating the second, so its sequence follows.
    info = log.append_as_leader(make_batch(3, producer_id=7, producer_epoch=0,
                                           base_sequence=2), 0)
    assert (info.first_offset, info.last_offset) == (2, 4)
    first = pending.complete()
    assert (first.first_offset, first.last_offset) == (0, 1)
    # The same first batch again is a duplicate with its original offsets.
    dup = log.append_as_leader(make_batch(2, producer_id=7, producer_epoch=0,
                                          base_sequence=0), 0)
    assert dup.duplicate and (dup.first_offset, dup.last_offset) == (0, 1)
    with pytest.raises(OutOfOrderSequenceError):
        log.append_as_leader(make_batch(1, producer_id=7, producer_epoch=0,
                                        base_sequence=9), 0)


def test_small_append_is_written_inline(log_dir: str) -> None:
    log = open_log(log_dir)
    bg = Deferred()
    info = log.start_append_as_leader(make_batch(2), 0, background=bg,
                                      background_min_bytes=1 << 20)
    assert isinstance(info, LogAppendInfo) and log.log_end_offset == 2 and not bg.jobs


def test_failed_background_write_applies_nothing(log_dir: str,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    log = open_log(log_dir)
    log.append_as_leader(make_batch(2), 0)
    size = log.active_segment.size
    bg = Deferred()
    pending = _start(log, make_batch(3), bg)

    def full_disk(fd: int, data: Any) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "write", full_disk)
    bg.run_all()
    monkeypatch.undo()
    with pytest.raises(KafkaStorageError):
        pending.complete()
    assert log.log_end_offset == 2 and log.active_segment.size == size
    assert os.fstat(log.active_segment.fd).st_size == size
    info = log.append_as_leader(make_batch(1), 0)
    assert (info.first_offset, log.log_end_offset) == (2, 3)


def test_flush_messages_fsyncs_in_the_worker_before_the_recovery_point_moves(
    log_dir: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    log = open_log(log_dir, LogConfig(flush_messages=1))
    bg = Deferred()
    synced: list[int] = []
    real = os.fdatasync
    monkeypatch.setattr(os, "fdatasync", lambda fd: (synced.append(fd), real(fd))[1])
    pending = log.start_append_as_leader(make_batch(3), 0, background=bg,
                                         background_min_bytes=1 << 20)
    assert isinstance(pending, PendingAppend)  # a due flush goes to the worker however small
    assert not synced and log.recovery_point == 0
    bg.run_all()
    assert synced
    pending.complete()
    assert log.recovery_point == 3


def test_periodic_flush_moves_recovery_point_only_when_done(log_dir: str) -> None:
    log = open_log(log_dir, LogConfig(segment_bytes=600))
    for _ in range(4):
        log.append_as_leader(make_batch(1, value_size=300), 0)
    rolled_to = log.active_segment.base_offset
    assert rolled_to > 0
    bg = Deferred()
    log.maybe_flush(0, bg)
    assert log.recovery_point == 0 and len(bg.jobs) == 1
    log.maybe_flush(0, bg)
    assert len(bg.jobs) == 1  # one flush at a time per log
    log.append_as_leader(make_batch(1, value_size=300), 0)  # the loop keeps appending
    bg.run_all()
    assert log.recovery_point == rolled_to


def test_flush_finished_after_truncation_does_not_move_recovery_point(log_dir: str) -> None:
    log = open_log(log_dir, LogConfig(segment_bytes=600))
    for _ in range(4):
        log.append_as_leader(make_batch(1, value_size=300), 0)
    bg = Deferred()
    log.maybe_flush(0, bg)
    log.truncate_to(1)
    log.append_as_leader(make_batch(1, value_size=300), 0)
    bg.run_all()
    assert log.recovery_point <= 1


def test_truncation_and_close_wait_for_the_pending_write(log_dir: str) -> None:
    log = open_log(log_dir)
    log.append_as_leader(make_batch(1), 0)
    pending = _start(log, make_batch(3), Threads())
    log.truncate_to(1)
    assert log.log_end_offset == 1
    assert pending.complete().last_offset == 3  # written and applied before the cut
    second = _start(log, make_batch(2), Threads())
    log.close()
    assert second.complete().first_offset == 1
    reopened = UnifiedLog.open(log_dir, recovery_point=0)
    assert reopened.log_end_offset == 3


def test_checkpoints_hold_the_offsets_of_the_pass(tmp_path: Any) -> None:
    d = str(tmp_path)
    bg = Deferred()
    manager = LogManager(LogManagerConfig([d], high_watermark_checkpoint_interval_ms=0),
                         background=bg)
    manager.startup(now_ms=0)
    log = manager.get_or_create_log(TopicPartition("t", 0))
    log.append_as_leader(make_batch(2), 0)
    log.update_high_watermark(2)
    manager.run_periodic_tasks(now_ms=1)
    path = os.path.join(d, HIGH_WATERMARK_CHECKPOINT_FILE)
    assert not os.path.exists(path)  # queued, not written by the pass itself
    log.append_as_leader(make_batch(3), 0)
    log.update_high_watermark(5)
    bg.run_all()
    with open(path) as f:
        assert f.read().splitlines()[2] == "t 0 2"
    manager.run_periodic_tasks(now_ms=2)
    bg.run_all()
    with open(path) as f:
        assert f.read().splitlines()[2] == "t 0 5"
    manager.shutdown()


def test_deleted_segment_files_are_unlinked_by_the_job(log_dir: str) -> None:
    log = open_log(log_dir, LogConfig(segment_bytes=600, retention_bytes=0,
                                      file_delete_delay_ms=0))
    for _ in range(4):
        log.append_as_leader(make_batch(1, value_size=300), 0)
    log.update_high_watermark(log.log_end_offset)
    assert log.delete_old_segments(now_ms=0) > 0
    deleted = [n for n in os.listdir(log_dir) if n.endswith(".deleted")]
    assert deleted
    bg = Deferred()
    assert log.delete_expired_files(1, bg) > 0
    assert sorted(n for n in os.listdir(log_dir) if n.endswith(".deleted")) == sorted(deleted)
    bg.run_all()
    assert not [n for n in os.listdir(log_dir) if n.endswith(".deleted")]
