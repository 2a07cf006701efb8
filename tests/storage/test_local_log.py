"""LocalLog: roll, reads at every offset, truncation, flushes, directory rename and delete,
and what a closed log does. Driven directly, with batches stamped here as UnifiedLog would."""

from __future__ import annotations

import os
import random
import shutil
import time

import pytest

from storage import LogConfig, UnifiedLog
from storage.errors import KafkaStorageError, OffsetOutOfRangeError
from storage.local_log import LocalLog
from storage.log_config import LONG_MAX
from storage.log_segment import LogSegment
from storage.log_segments import LogSegments
from tests.storage.conftest import headers_of, make_batch
from tests.storage.test_background import Deferred
from wire.records import Compression, RecordBatchHeader, iter_batches, stamp
from wire.records.builder import RecordBatchBuilder
from wire.records.record import iter_records

SMALL = LogConfig(segment_bytes=4096, index_interval_bytes=256)


def new_local(path: str, config: LogConfig | None = None) -> LocalLog:
    """An empty log in a new directory: one empty segment at offset 0."""
    config = config or LogConfig()
    os.makedirs(path)
    segments = LogSegments()
    segments.add(LogSegment.create(path, 0, config))
    return LocalLog(path, config, segments, recovery_point=0)


def append(local: LocalLog, data: bytearray, now: int | None = None) -> list[RecordBatchHeader]:
    """Stamp ``data``'s batches from the log end offset, then roll if needed and write them
    with one ``append`` (UnifiedLog's order)."""
    offset, position = local.log_end_offset, 0
    for header in headers_of(data):
        stamp(data, offset, 0, position)
        offset += header.last_offset_delta + 1
        position += header.size_in_bytes
    headers = headers_of(data)
    last_offsets = [h.last_offset for h in headers]
    max_timestamps = [h.max_timestamp for h in headers]
    local.maybe_roll(len(data), max(max_timestamps), last_offsets[-1],
                     now if now is not None else int(time.time() * 1000))
    local.append(memoryview(data), last_offsets, max_timestamps,
                 [h.size_in_bytes for h in headers], sum(h.records_count for h in headers))
    return headers


def read_bytes(local: LocalLog, offset: int, max_bytes: int,
               max_offset: int | None = None) -> bytes:
    info = local.read(offset, max_bytes, max_offset)
    return b"".join(os.pread(r.fd, r.length, r.position) for r in info.regions)


def all_headers(local: LocalLog) -> list[RecordBatchHeader]:
    return headers_of(read_bytes(local, local.segments.first.base_offset, 10**9))  # type: ignore[union-attr]


def open_fds_under(path: str) -> list[str]:
    """This process's descriptors on files under ``path``."""
    found = []
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            continue
        if target.startswith(path + os.sep):
            found.append(target)
    return found


def build_mixed(path: str, seed: int = 3) -> tuple[LocalLog, list[bytes]]:
    """A multi-segment log of batches of 1-20 records, some compressed; returns the log and
    every offset's value."""
    rng = random.Random(seed)
    local = new_local(path, SMALL)
    values: list[bytes] = []
    for _ in range(80):
        codec = rng.choice([Compression.NONE, Compression.NONE, Compression.GZIP,
                            Compression.LZ4, Compression.ZSTD])
        builder = RecordBatchBuilder(codec)
        for _ in range(rng.randint(1, 20)):
            value = os.urandom(rng.randint(1, 150))
            values.append(value)
            builder.append(value, None, timestamp=1000 + len(values))
        append(local, bytearray(builder.build()))
    return local, values


# --- roll ---


def test_roll_on_size_time_and_full_index(log_dir: str) -> None:
    local = new_local(log_dir, LogConfig(segment_bytes=1000))
    for _ in range(10):
        append(local, make_batch(1, value_size=300))
    assert all(s.size <= 1000 for s in local.segments) and len(local.segments) >= 4
    names = sorted(os.listdir(log_dir))
    assert "00000000000000000000.log" in names and "00000000000000000002.log" in names

    timed = new_local(log_dir + "-t", LogConfig(segment_ms=1000))
    append(timed, make_batch(1, timestamp=5000))
    append(timed, make_batch(1, timestamp=5999))
    assert len(timed.segments) == 1
    append(timed, make_batch(1, timestamp=6001))
    assert [s.base_offset for s in timed.segments] == [0, 2]

    indexed = new_local(log_dir + "-i", LogConfig(segment_index_bytes=24, index_interval_bytes=0))
    for _ in range(8):
        append(indexed, make_batch(1))
    assert len(indexed.segments) >= 2
    assert all(len(s.offset_index) <= 3 for s in indexed.segments)


def test_explicit_roll_and_activity(log_dir: str) -> None:
    local = new_local(log_dir)
    calls: list[int] = []
    local.on_activity = lambda: calls.append(local.log_end_offset)
    empty = local.active_segment
    assert local.roll() is empty and len(local.segments) == 1  # nothing to roll
    append(local, make_batch(3))
    assert calls == [3]
    assert local.maybe_roll(10, 1000, 3, 0) == (empty, False)  # room left: no roll
    new = local.roll()
    assert new.base_offset == 3 and [s.base_offset for s in local.segments] == [0, 3]
    assert os.path.exists(new.log_path) and calls == [3, 3]
    assert local.periodic_work_pending  # the rolled segment awaits its fsync
    local.maybe_flush(now_ms=0)
    assert local.recovery_point == 3 and not local.periodic_work_pending


# --- read ---


def test_read_at_every_offset_including_inside_batches(log_dir: str) -> None:
    local, values = build_mixed(log_dir)
    end = local.log_end_offset
    assert end == len(values) and len(local.segments) > 5
    rng = random.Random(4)
    for offset in range(end):
        max_bytes = rng.choice([1, 200, 1500, 5000, 10**6])
        info = local.read(offset, max_bytes)
        assert len(info.regions) <= len(local.segments)
        data = b"".join(os.pread(r.fd, r.length, r.position) for r in info.regions)
        batches = list(iter_batches(data, validate_counts=False))  # whole batches only
        first = batches[0][0]
        assert first.base_offset <= offset <= first.last_offset, offset
        assert len(data) <= max_bytes or len(batches) == 1
        expected = first.base_offset
        for header, batch in batches:
            assert header.base_offset == expected
            for record in iter_records(batch):
                assert record.value == values[record.offset]
            expected = header.next_offset
        if max_bytes == 10**6:
            assert expected == end  # a large read reaches the log end across segments
        bounded = headers_of(read_bytes(local, offset, 10**6, max_offset=offset + 25))
        assert all(h.last_offset < offset + 25 for h in bounded)
        assert not bounded or bounded[0].base_offset <= offset
    assert local.read(end, 100).regions == []
    with pytest.raises(OffsetOutOfRangeError):
        local.read(end + 1, 100)


def test_read_bounds(log_dir: str) -> None:
    local = new_local(log_dir, SMALL)
    for _ in range(5):
        append(local, make_batch(10, value_size=200))  # ~2.2 KB each
    size = headers_of(read_bytes(local, 0, 1))[0].size_in_bytes
    # KIP-74: the first batch whole even when larger than max_bytes
    assert local.read(0, 1).size == size
    assert local.read(0, 1, min_one_message=False).regions == []
    assert local.read(0, size * 2 + 10).size == size * 2
    # the upper bound: batches entirely below max_offset only
    assert local.read(0, 10**6, max_offset=25).size == size * 2
    assert local.read(10, 10**6, max_offset=25).size == size
    assert local.read(20, 10**6, max_offset=25).regions == []
    assert local.read(25, 10**6, max_offset=25).regions == []
    assert local.read(0, 10**6, max_offset=5).regions == []  # max_offset inside the first batch
    assert local.read(50, 100).regions == []  # at the log end
    with pytest.raises(OffsetOutOfRangeError):
        local.read(51, 100)
    with pytest.raises(OffsetOutOfRangeError):
        local.read(-1, 100)


# --- truncation ---


def test_truncate_to(log_dir: str) -> None:
    local = new_local(log_dir, LogConfig(segment_bytes=1000, file_delete_delay_ms=100))
    for _ in range(12):
        append(local, make_batch(2, value_size=150))
    local.flush()
    assert local.recovery_point == 24 and len(local.segments) > 3
    with pytest.raises(ValueError):
        local.truncate_to(-1)
    assert not local.truncate_to(24) and not local.truncate_to(30)
    assert local.truncate_to(9)  # inside the batch 8..9: the whole batch goes
    assert local.log_end_offset == local.recovery_point == 8
    assert [h.base_offset for h in all_headers(local)] == [0, 2, 4, 6]
    deleted = [n for n in os.listdir(log_dir) if n.endswith(".deleted")]
    assert deleted and all(int(n[:20]) > 8 for n in deleted)
    assert append(local, make_batch(1))[0].base_offset == 8  # the log continues at the cut
    assert local.truncate_to(2)  # at a batch boundary
    assert [h.base_offset for h in all_headers(local)] == [0]
    assert local.log_end_offset == 2


def test_truncate_fully_and_start_at(log_dir: str) -> None:
    local = new_local(log_dir, LogConfig(segment_bytes=1000, file_delete_delay_ms=100))
    for _ in range(8):
        append(local, make_batch(2, value_size=150))
    local.flush()
    local.truncate_fully_and_start_at(100)
    assert [s.base_offset for s in local.segments] == [100]
    assert local.log_end_offset == local.recovery_point == 100
    assert local.read(100, 100).regions == []
    with pytest.raises(OffsetOutOfRangeError):
        local.read(99, 100)
    assert append(local, make_batch(1))[0].base_offset == 100
    now = int(time.time() * 1000)
    assert local.delete_expired_files(now + 100) >= 1
    assert sorted(os.listdir(log_dir)) == [f"{100:020d}{s}" for s in (".index", ".log",
                                                                       ".timeindex")]
    # below the first segment, truncate_to starts over too
    assert local.truncate_to(50)
    assert [s.base_offset for s in local.segments] == [50] and local.log_end_offset == 50


# --- flush ---


def test_flush_up_to_and_flush_ms(log_dir: str) -> None:
    local = new_local(log_dir, LogConfig(flush_ms=1000))
    append(local, make_batch(2))
    start = local.last_flush_ms
    local.maybe_flush(now_ms=start + 999)
    assert local.recovery_point == 0
    local.maybe_flush(now_ms=start + 1000)
    assert local.recovery_point == 2
    append(local, make_batch(3))
    local.flush(up_to=4)
    assert local.recovery_point == 4 and local.unflushed_messages == 3  # not all flushed
    local.flush()
    assert local.recovery_point == 5 and local.unflushed_messages == 0


def test_roll_flushes_old_segment_later(log_dir: str) -> None:
    local = new_local(log_dir, LogConfig(segment_bytes=600))
    for _ in range(4):
        append(local, make_batch(1, value_size=300))
    assert local.recovery_point == 0
    local.maybe_flush(now_ms=0)
    assert local.recovery_point == local.active_segment.base_offset


# --- the directory ---


def test_rename_then_delete_the_directory(tmp_path: object) -> None:
    path = os.path.join(str(tmp_path), "t-0")
    local = new_local(path, LogConfig(segment_bytes=1000, file_delete_delay_ms=10**9))
    for _ in range(6):
        append(local, make_batch(2, value_size=150))
    assert [s.base_offset for s in local.segments] == [0, 4, 8]
    before = local.read(0, 10**6).regions
    contents = [os.pread(r.fd, r.length, r.position) for r in before]
    local.truncate_to(4)  # the segment at 8 waits as .deleted, the one at 4 is emptied
    target = os.path.join(str(tmp_path), "t-0.0123-delete")
    local.rename_dir(target)
    assert not os.path.exists(path) and local.dir == target
    # the descriptors did not change: regions read before stay readable (a fetch in flight),
    # the .deleted segment's too
    for i in (0, 2):
        assert os.pread(before[i].fd, before[i].length, before[i].position) == contents[i]
    assert all(s.log_path.startswith(target + os.sep) for s in local.segments)
    append(local, make_batch(1))
    local.roll()
    assert os.path.exists(os.path.join(target, f"{local.log_end_offset:020d}.log"))
    assert any(n.endswith(".deleted") for n in os.listdir(target))
    assert local.delete_expired_files(LONG_MAX) >= 1  # the .deleted files followed the move
    assert not any(n.endswith(".deleted") for n in os.listdir(target))
    assert open_fds_under(target)
    local.close_handlers()
    assert open_fds_under(target) == [] and local.closed
    assert not local.periodic_work_pending
    shutil.rmtree(target)  # what LogManager does after file.delete.delay.ms
    local.close_handlers()  # again: nothing left to release


# --- after close ---


def test_closed_log_refuses_work_and_keeps_its_files(log_dir: str) -> None:
    local = new_local(log_dir, LogConfig(segment_bytes=1000, file_delete_delay_ms=10**9))
    for _ in range(6):
        append(local, make_batch(2, value_size=150))
    local.truncate_to(6)  # the segment at 8 waits as .deleted
    bg = Deferred()
    local.maybe_flush(now_ms=0, background=bg)  # a flush in flight across the close
    assert len(bg.jobs) == 1
    local.close()
    assert local.closed
    assert not any(n.endswith(".deleted") for n in os.listdir(log_dir))  # removed at close
    assert len(open_fds_under(log_dir)) == 2  # only the job's duplicated descriptors
    bg.run_all()
    assert local.recovery_point == 0  # a flush finishing after close moves nothing
    assert open_fds_under(log_dir) == []
    files = sorted(os.listdir(log_dir))
    refused = [
        lambda: local.read(0, 100),
        lambda: local.append(memoryview(make_batch(1)), [6], [1000], [80], 1),
        local.roll,
        local.flush,
        lambda: local.truncate_to(2),
        lambda: local.truncate_fully_and_start_at(5),
    ]
    for call in refused:
        with pytest.raises(KafkaStorageError):
            call()
    local.maybe_flush(now_ms=10**12, background=bg)
    assert bg.jobs == [] and local.delete_expired_files(LONG_MAX) == 0
    assert not local.periodic_work_pending
    local.close()
    local.close_handlers()
    assert sorted(os.listdir(log_dir)) == files  # nothing created, nothing removed
    reopened = UnifiedLog.open(log_dir, had_clean_shutdown=True, recovery_point=6)
    assert reopened.log_end_offset == 6
    assert [h.base_offset for h in headers_of(reopened.read_bytes(0, 10**6))] == [0, 2, 4]
