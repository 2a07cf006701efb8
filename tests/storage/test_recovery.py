"""Damage: bit flips, torn batches, zero-filled tails, bad or missing indexes, garbage files.

Every test damages files of a closed log, reopens it (as after a crash unless said otherwise)
and checks that the log is a valid prefix and that every offset reads back correctly.
"""

from __future__ import annotations

import logging
import os

import pytest

from storage import LogConfig, UnifiedLog
from tests.storage.conftest import headers_of, log_headers, make_batch, open_log
from wire.records import iter_batches
from wire.records.record import iter_records

CONFIG = LogConfig(segment_bytes=3000, index_interval_bytes=200)


def build(log_dir: str, batches: int = 40) -> list[bytes]:
    """A closed multi-segment log; returns the value of every offset."""
    log = open_log(log_dir, CONFIG)
    values: list[bytes] = []
    for i in range(batches):
        count = 1 + i % 4
        log.append_as_leader(make_batch(count, timestamp=1000 + 10 * i, tag=i, value_size=80), 0)
        values.extend(f"{i}:{j}:".encode() for j in range(count))
    log.close()
    return values


def verify(log: UnifiedLog, values: list[bytes]) -> None:
    """The log holds a prefix of ``values`` and every offset reads back."""
    end = log.log_end_offset
    assert end <= len(values)
    for offset in range(log.log_start_offset, end):
        data = log.read_bytes(offset, 1)
        header, batch = next(iter_batches(data, validate_counts=False))
        assert header.base_offset <= offset <= header.last_offset
        for record in iter_records(batch):
            assert record.value is not None and record.value.startswith(values[record.offset])
    assert [h.base_offset for h in log_headers(log)] == sorted(
        {h.base_offset for h in log_headers(log)})


def segment_files(log_dir: str, suffix: str) -> list[str]:
    return sorted(os.path.join(log_dir, n) for n in os.listdir(log_dir) if n.endswith(suffix))


def last_batch_position(path: str) -> int:
    with open(path, "rb") as f:
        data = f.read()
    position = 0
    for header, _ in iter_batches(data, validate_counts=False):
        last = position
        position += header.size_in_bytes
    return last


def reopen(log_dir: str, clean: bool = False) -> UnifiedLog:
    return open_log(log_dir, CONFIG, had_clean_shutdown=clean, recovery_point=0)


def test_bit_flip_in_tail(log_dir: str, caplog: pytest.LogCaptureFixture) -> None:
    values = build(log_dir)
    last = segment_files(log_dir, ".log")[-1]
    position = last_batch_position(last)
    with open(last, "r+b") as f:
        f.seek(position + 70)
        byte = f.read(1)
        f.seek(position + 70)
        f.write(bytes([byte[0] ^ 0x10]))
    with caplog.at_level(logging.WARNING, logger="storage"):
        log = reopen(log_dir)
    assert log.log_end_offset < len(values)
    assert os.path.getsize(last) == position
    assert any("cutting" in r.message and "CRC" in r.message for r in caplog.records)
    verify(log, values)
    assert log.append_as_leader(make_batch(1), 0).first_offset == log.log_end_offset - 1


def test_bit_flip_in_middle_segment_deletes_later_segments(
    log_dir: str, caplog: pytest.LogCaptureFixture
) -> None:
    values = build(log_dir)
    logs = segment_files(log_dir, ".log")
    assert len(logs) >= 4
    with open(logs[1], "r+b") as f:
        f.seek(100)
        byte = f.read(1)
        f.seek(100)
        f.write(bytes([byte[0] ^ 0x01]))
    with caplog.at_level(logging.WARNING, logger="storage"):
        log = reopen(log_dir)
    assert len(log.segments) == 2
    assert segment_files(log_dir, ".log") == logs[:2]
    assert any("deleting segment" in r.message for r in caplog.records)
    verify(log, values)


def test_torn_last_batch(log_dir: str) -> None:
    values = build(log_dir)
    last = segment_files(log_dir, ".log")[-1]
    position = last_batch_position(last)
    os.truncate(last, os.path.getsize(last) - 5)
    log = reopen(log_dir)
    assert os.path.getsize(last) == position
    assert log.log_end_offset == len(values) - (1 + 39 % 4)
    verify(log, values)


@pytest.mark.parametrize("tail", [b"\x00" * 4096, b"\x00" * 7, b"\xff" * 100])
def test_zero_filled_or_garbage_tail(log_dir: str, tail: bytes) -> None:
    values = build(log_dir)
    last = segment_files(log_dir, ".log")[-1]
    size = os.path.getsize(last)
    with open(last, "ab") as f:
        f.write(tail)
    log = reopen(log_dir)
    assert os.path.getsize(last) == size
    assert log.log_end_offset == len(values)
    verify(log, values)


@pytest.mark.parametrize("clean", [True, False])
@pytest.mark.parametrize("damage", ["truncated", "cut-entries", "missing", "garbage",
                                    "missing-timeindex", "truncated-timeindex"])
def test_index_damage_is_rebuilt(log_dir: str, damage: str, clean: bool) -> None:
    values = build(log_dir)
    indexes = segment_files(log_dir, ".index")
    time_indexes = segment_files(log_dir, ".timeindex")
    assert all(os.path.getsize(p) >= 16 for p in indexes[:-1])
    for path, tpath in zip(indexes, time_indexes):
        if damage == "truncated":
            os.truncate(path, max(0, os.path.getsize(path) - 3))
        elif damage == "cut-entries":
            os.truncate(path, min(8, os.path.getsize(path)))  # fewer entries: still a valid sparse index
        elif damage == "missing":
            os.unlink(path)
        elif damage == "garbage":
            with open(path, "r+b") as f:
                f.write(os.urandom(16))
        elif damage == "missing-timeindex":
            os.unlink(tpath)
        else:
            os.truncate(tpath, os.path.getsize(tpath) - 1)
    log = reopen(log_dir, clean=clean)
    assert log.log_end_offset == len(values)
    verify(log, values)
    assert len(segment_files(log_dir, ".index")) == len(indexes)
    assert len(segment_files(log_dir, ".timeindex")) == len(indexes)
    found = log.fetch_offset_by_timestamp(1000 + 10 * 20)
    assert found is not None and found.offset == sum(1 + i % 4 for i in range(20))


def test_garbage_files_in_directory(log_dir: str, caplog: pytest.LogCaptureFixture) -> None:
    values = build(log_dir)
    junk = {
        "notes.txt": b"hello",
        "00000000000000099999.index": b"\x00" * 8,  # orphan
        "00000000000000099999.timeindex": b"",
        "00000000000000000000.log.deleted": b"old",
        "00000000000000000000.index.tmp": b"x",
        "recovery.tmp": b"",
        "00000000000000000000.log.swap": b"",
        "abc.log": b"not a segment",
    }
    for name, data in junk.items():
        with open(os.path.join(log_dir, name), "wb") as f:
            f.write(data)
    with caplog.at_level(logging.INFO, logger="storage"):
        log = reopen(log_dir)
    names = set(os.listdir(log_dir))
    assert "notes.txt" in names and "abc.log" in names  # unknown: left alone, logged
    for removed in ("00000000000000099999.index", "00000000000000099999.timeindex",
                    "00000000000000000000.log.deleted", "00000000000000000000.index.tmp",
                    "recovery.tmp", "00000000000000000000.log.swap"):
        assert removed not in names
    assert any("orphaned index" in r.message for r in caplog.records)
    assert log.log_end_offset == len(values)
    verify(log, values)


def test_empty_segment_file_and_log_start_checkpoint(log_dir: str) -> None:
    os.makedirs(log_dir)
    log = open_log(log_dir, CONFIG, log_start_offset=500)
    assert (log.log_start_offset, log.log_end_offset) == (500, 500)
    assert log.append_as_leader(make_batch(2), 0).first_offset == 500
    log.close()
    log = reopen(log_dir)
    assert (log.log_start_offset, log.log_end_offset) == (500, 502)


def test_whole_segment_of_zeros(log_dir: str) -> None:
    values = build(log_dir)
    logs = segment_files(log_dir, ".log")
    with open(logs[-1], "r+b") as f:
        size = os.path.getsize(logs[-1])
        f.write(b"\x00" * size)  # a crash after the size grew but before data landed
    log = reopen(log_dir)
    first_of_last = int(os.path.basename(logs[-1])[:20])
    assert log.log_end_offset == first_of_last
    verify(log, values)
    assert headers_of(log.read_bytes(0, 1))[0].base_offset == 0


@pytest.mark.parametrize("seed", range(int(os.environ.get("DAMAGE_SEEDS", "20"))))
@pytest.mark.parametrize("clean", [True, False])
def test_random_damage_never_breaks_opening(log_dir: str, seed: int, clean: bool) -> None:
    """Random byte flips, cuts and garbage in random files of a closed log: opening never
    fails, and what is left reads back as a valid prefix."""
    import random

    rng = random.Random(seed)
    values = build(log_dir, batches=25)
    files = sorted(os.listdir(log_dir))
    for _ in range(rng.randint(1, 4)):
        path = os.path.join(log_dir, rng.choice(files))
        size = os.path.getsize(path)
        action = rng.choice(["flip", "cut", "append", "zero"])
        if action == "flip" and size:
            with open(path, "r+b") as f:
                at = rng.randrange(size)
                f.seek(at)
                byte = f.read(1)
                f.seek(at)
                f.write(bytes([byte[0] ^ (1 << rng.randrange(8))]))
        elif action == "cut":
            os.truncate(path, rng.randint(0, size))
        elif action == "append":
            with open(path, "ab") as f:
                f.write(rng.randbytes(rng.randint(1, 300)))
        else:
            with open(path, "r+b") as f:
                f.write(b"\x00" * min(size, rng.randint(1, 500)))
    log = open_log(log_dir, CONFIG, had_clean_shutdown=clean, recovery_point=0 if not clean
                   else 10**9)
    if clean:
        # a clean start trusts the .log files (as Kafka does); only the indexes are checked,
        # so only check that the offsets are consistent and the log is usable
        assert log.log_end_offset >= log.log_start_offset
    else:
        verify(log, values)
    info = log.append_as_leader(make_batch(2), 0)
    assert info.first_offset == log.log_end_offset - 2
