"""Log compaction: the last record per key survives, offsets never change, tombstones expire,
an interrupted swap is completed on start-up."""

from __future__ import annotations

import os
import random

import pytest

from storage import LogConfig, UnifiedLog
from storage.log_cleaner import LogCleaner
from tests.storage.conftest import open_log
from wire.records import Compression, iter_batches
from wire.records.builder import RecordBatchBuilder
from wire.records.record import iter_records

CONFIG = LogConfig(cleanup_policy="compact", segment_bytes=2000, file_delete_delay_ms=0,
                   delete_retention_ms=1000)


def fill(log: UnifiedLog, rounds: int, keys: int = 10, seed: int = 1) -> dict[bytes, tuple[int, bytes | None]]:
    """Keyed batches; returns key -> (offset, value) of the last record of each key."""
    rng = random.Random(seed)
    last: dict[bytes, tuple[int, bytes | None]] = {}
    for i in range(rounds):
        b = RecordBatchBuilder(rng.choice([Compression.NONE, Compression.LZ4]))
        offset = log.log_end_offset
        for _ in range(rng.randint(1, 5)):
            key = b"k%d" % rng.randrange(keys)
            value = None if rng.random() < 0.1 else b"v%d-" % offset + rng.randbytes(40)
            b.append(value, key, timestamp=1000 + i)
            last[key] = (offset, value)
            offset += 1
        log.append_as_leader(bytearray(b.build()), 0)
    log.update_high_watermark(log.log_end_offset)
    return last


def all_records(log: UnifiedLog) -> list[tuple[int, bytes | None, bytes | None]]:
    data = log.read_bytes(log.log_start_offset, 10**9)
    return [(r.offset, r.key, r.value) for _, batch in iter_batches(data, validate_counts=False)
            for r in iter_records(batch)]


def test_compaction_keeps_the_last_record_per_key(log_dir: str,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("storage.log_cleaner.WRITE_CHUNK", 300)  # several writes per segment
    config = LogConfig(cleanup_policy="compact", segment_bytes=2000, file_delete_delay_ms=0,
                       delete_retention_ms=10**9)
    log = open_log(log_dir, config)
    last = fill(log, 150)
    before = all_records(log)
    end = log.log_end_offset
    active_base = log.active_segment.base_offset
    cleaner = LogCleaner()
    assert cleaner.needs_cleaning(log, now_ms=10_000)
    result = cleaner.clean(log, now_ms=10_000)
    assert result.segments_rewritten > 0 and result.records_removed > 0
    after = all_records(log)
    assert log.log_end_offset == end
    # below the active segment: only each key's last record (tombstones young: kept)
    cleaned = [r for r in after if r[0] < active_base]
    last_in_range: dict[bytes | None, int] = {}
    for offset, key, _ in before:
        if offset < active_base:
            last_in_range[key] = offset
    assert sorted(r[0] for r in cleaned) == sorted(last_in_range.values())
    # offsets and values unchanged; the active segment untouched
    by_offset = {r[0]: r for r in before}
    assert all(by_offset[r[0]] == r for r in after)
    assert [r for r in after if r[0] >= active_base] == [r for r in before if r[0] >= active_base]
    for key, (offset, value) in last.items():
        assert (offset, key, value) in after
    # reads at every offset still work (an offset removed by compaction reads the next batch)
    for offset in range(log.log_start_offset, end):
        data = log.read_bytes(offset, 1)
        header = next(iter(iter_batches(data, validate_counts=False)))[0]
        assert header.last_offset >= offset
    assert not cleaner.needs_cleaning(log, now_ms=10_000)  # nothing dirty any more
    # and the compacted log survives a restart, clean or not
    log.close_handlers()
    reopened = open_log(log_dir, config, recovery_point=0)
    assert all_records(reopened) == after


def test_tombstones_expire_after_delete_retention(log_dir: str) -> None:
    log = open_log(log_dir, CONFIG)
    for i in range(40):
        b = RecordBatchBuilder()
        b.append(b"x" * 100, b"k%d" % (i % 4), timestamp=1000)
        log.append_as_leader(bytearray(b.build()), 0)
    tomb = RecordBatchBuilder()
    tomb.append(None, b"k0", timestamp=1000)
    log.append_as_leader(bytearray(tomb.build()), 0)
    for i in range(40):
        b = RecordBatchBuilder()
        b.append(b"y" * 100, b"other%d" % i, timestamp=1000)
        log.append_as_leader(bytearray(b.build()), 0)
    log.update_high_watermark(log.log_end_offset)
    cleaner = LogCleaner()
    cleaner.clean(log, now_ms=1500)
    keys = [(k, v) for _, k, v in all_records(log)]
    assert (b"k0", None) in keys
    cleaner.clean(log, now_ms=5000)  # past delete.retention.ms
    keys = [k for _, k, _ in all_records(log)]
    assert b"k0" not in keys and {b"k1", b"k2", b"k3"} <= set(keys)


def test_nothing_above_the_high_watermark_or_in_delete_logs(log_dir: str) -> None:
    log = open_log(log_dir, CONFIG)
    fill(log, 100)
    log.update_high_watermark(0)
    assert not LogCleaner().needs_cleaning(log, now_ms=10**6)
    plain = open_log(log_dir + "-d", LogConfig(segment_bytes=2000))
    fill(plain, 100)
    assert not LogCleaner().needs_cleaning(plain, now_ms=10**6)


def test_interrupted_swap_is_completed(log_dir: str) -> None:
    log = open_log(log_dir, CONFIG)
    fill(log, 150)
    first = log.segments.first
    assert first is not None
    expected = all_records(log)
    # a crash right after the cleaned file became .swap: the .swap (here: a copy) wins
    with open(first.log_path, "rb") as f:
        data = f.read()
    with open(first.log_path + ".swap", "wb") as f:
        f.write(data)
    with open(os.path.join(log_dir, "00000000000000000000.log.cleaned"), "wb") as f:
        f.write(b"half-written")
    log.close_handlers()
    reopened = open_log(log_dir, CONFIG, recovery_point=0)
    names = os.listdir(log_dir)
    assert not any(n.endswith((".swap", ".cleaned")) for n in names)
    assert all_records(reopened) == expected


def test_log_manager_runs_the_cleaner(tmp_path: object) -> None:
    from storage import LogManager, LogManagerConfig, TopicPartition

    m = LogManager(LogManagerConfig(log_dirs=[str(tmp_path)], cleaner_backoff_ms=100), CONFIG)
    m.startup(now_ms=0)
    log = m.get_or_create_log(TopicPartition("__consumer_offsets", 0))
    fill(log, 150, keys=3)
    size = log.size_in_bytes
    m.run_periodic_tasks(now_ms=50)
    assert log.size_in_bytes == size
    m.run_periodic_tasks(now_ms=1100)
    assert log.size_in_bytes < size


def test_random_appends_cleans_and_restarts(log_dir: str) -> None:
    """Whatever the interleaving, every record left is unchanged, and every key's latest
    record is there."""
    rng = random.Random(7)
    config = LogConfig(cleanup_policy="compact", segment_bytes=1500, file_delete_delay_ms=0,
                       delete_retention_ms=10**9, min_cleanable_dirty_ratio=0.1)
    log = open_log(log_dir, config)
    values: dict[int, tuple[bytes, bytes | None]] = {}
    latest: dict[bytes, int] = {}
    cleaner = LogCleaner()
    now = 10_000
    for step in range(150):
        op = rng.random()
        if op < 0.8:
            b = RecordBatchBuilder(rng.choice(list(Compression)))
            offset = log.log_end_offset
            for _ in range(rng.randint(1, 6)):
                key = b"key%d" % rng.randrange(8)
                value = None if rng.random() < 0.1 else rng.randbytes(rng.randint(1, 60))
                b.append(value, key, timestamp=step)
                values[offset] = (key, value)
                latest[key] = offset
                offset += 1
            log.append_as_leader(bytearray(b.build()), 0)
            log.update_high_watermark(log.log_end_offset)
        elif op < 0.93:
            cleaner.maybe_clean(log, now)
            log.delete_expired_files(now)
        else:
            log.close_handlers()
            cleaner.forget(log)
            log = open_log(log_dir, config, recovery_point=0,
                           high_watermark=log.log_end_offset)
        records = all_records(log)
        present = {offset for offset, _, _ in records}
        for offset, key, value in records:
            assert values[offset] == (key, value)
        assert set(latest.values()) <= present
    assert len(all_records(log)) < len(values)  # something was compacted away
