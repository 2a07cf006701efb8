"""OffsetIndex and TimeIndex: Kafka's bytes, lookups, truncation, sanity checks on load."""

from __future__ import annotations

import os
import struct

from storage.offset_index import OffsetIndex
from storage.time_index import TimeIndex


def test_offset_index_bytes_are_kafkas(tmp_path: object) -> None:
    path = os.path.join(str(tmp_path), "00000000000000000100.index")
    index = OffsetIndex(path, 100, 1024)
    index.append(105, 0)
    index.append(120, 4200)
    index.flush_pending()
    with open(path, "rb") as f:
        assert f.read() == struct.pack(">iiii", 5, 0, 20, 4200)


def test_offset_index_lookup_floor(tmp_path: object) -> None:
    index = OffsetIndex(os.path.join(str(tmp_path), "x.index"), 100, 1024)
    for rel, pos in [(5, 100), (20, 4200), (33, 9000)]:
        index.append(100 + rel, pos)
    assert index.lookup(99) == (100, 0)
    assert index.lookup(104) == (100, 0)
    assert index.lookup(105) == (105, 100)
    assert index.lookup(119) == (105, 100)
    assert index.lookup(1000) == (133, 9000)
    assert index.lookup_by_position(4199) == (105, 100)
    assert index.lookup_by_position(4200) == (120, 4200)


def test_offset_index_ignores_non_increasing_entries(tmp_path: object) -> None:
    index = OffsetIndex(os.path.join(str(tmp_path), "x.index"), 0, 1024)
    index.append(10, 100)
    index.append(10, 200)
    index.append(9, 300)
    assert len(index) == 1


def test_offset_index_truncate_and_reload(tmp_path: object) -> None:
    path = os.path.join(str(tmp_path), "x.index")
    index = OffsetIndex(path, 0, 1024)
    for i in range(1, 6):
        index.append(i * 10, i * 1000)
    index.flush_pending()
    index.truncate_to(30)
    assert len(index) == 2
    assert os.path.getsize(path) == 16
    index.append(35, 3500)
    index.close()
    loaded = OffsetIndex.load(path, 0, 1024, log_size=10_000)
    assert loaded is not None
    assert [loaded.entry(i) for i in range(len(loaded))] == [(10, 1000), (20, 2000), (35, 3500)]


def test_offset_index_full(tmp_path: object) -> None:
    index = OffsetIndex(os.path.join(str(tmp_path), "x.index"), 0, 24)
    for i in range(3):
        assert not index.is_full
        index.append(i + 1, i + 1)
    assert index.is_full


def test_offset_index_load_rejects_damage(tmp_path: object) -> None:
    path = os.path.join(str(tmp_path), "x.index")
    assert OffsetIndex.load(path, 0, 1024, 100) is None  # missing
    with open(path, "wb") as f:
        f.write(struct.pack(">ii", 1, 10) + b"\x00\x00\x00")  # torn entry
    assert OffsetIndex.load(path, 0, 1024, 100) is None
    with open(path, "wb") as f:
        f.write(struct.pack(">iiii", 5, 10, 3, 20))  # offsets go back
    assert OffsetIndex.load(path, 0, 1024, 100) is None
    with open(path, "wb") as f:
        f.write(struct.pack(">ii", 5, 500))  # position past the log
    assert OffsetIndex.load(path, 0, 1024, 100) is None
    with open(path, "wb") as f:
        f.write(struct.pack(">iiii", 5, 10, 9, 50))
    assert OffsetIndex.load(path, 0, 1024, 100) is not None


def test_time_index_bytes_lookup_and_truncate(tmp_path: object) -> None:
    path = os.path.join(str(tmp_path), "00000000000000000050.timeindex")
    index = TimeIndex(path, 50, 1200)
    index.maybe_append(1000, 55)
    index.maybe_append(1000, 56)  # not a new maximum
    index.maybe_append(999, 57)
    index.maybe_append(2000, 60)
    index.maybe_append(3000, 70)
    index.flush_pending()
    with open(path, "rb") as f:
        assert f.read() == struct.pack(">qiqiqi", 1000, 5, 2000, 10, 3000, 20)
    assert index.last_entry == (3000, 70)
    assert index.lookup_before(500) == 50
    assert index.lookup_before(1000) == 50
    assert index.lookup_before(1001) == 56
    assert index.lookup_before(2500) == 61
    assert index.lookup_before(10_000) == 71
    index.truncate_to(60)
    assert index.last_entry == (1000, 55)
    assert os.path.getsize(path) == 12


def test_time_index_load_rejects_damage(tmp_path: object) -> None:
    path = os.path.join(str(tmp_path), "x.timeindex")
    with open(path, "wb") as f:
        f.write(struct.pack(">qiqi", 2000, 5, 1000, 6))  # timestamps go back
    assert TimeIndex.load(path, 0, 1200) is None
    with open(path, "wb") as f:
        f.write(struct.pack(">qi", 2000, 5)[:7])
    assert TimeIndex.load(path, 0, 1200) is None
    with open(path, "wb") as f:
        f.write(struct.pack(">qi", 2000, 50))
    assert TimeIndex.load(path, 0, 1200, next_offset=40) is None
    loaded = TimeIndex.load(path, 0, 1200, next_offset=51)
    assert loaded is not None and loaded.last_entry == (2000, 50)


def test_time_index_bulk_codec_matches_struct() -> None:
    import random

    from storage.time_index import _join_entries, _split_entries

    rng = random.Random(3)
    data = b"".join(struct.pack(">qi", rng.randrange(-2**63, 2**63), rng.randrange(-2**31, 2**31))
                    for _ in range(500))
    timestamps, offsets = _split_entries(data)
    assert list(zip(timestamps, offsets)) == list(struct.iter_unpack(">qi", data))
    assert _join_entries(timestamps, offsets) == data


def test_large_time_index_round_trip(tmp_path: object) -> None:
    path = os.path.join(str(tmp_path), "x.timeindex")
    index = TimeIndex(path, 0, 12 * 1000)
    for i in range(1000):
        index.maybe_append(10_000 + 3 * i, 2 * i)
    index.write_all()
    loaded = TimeIndex.load(path, 0, 12 * 1000)
    assert loaded is not None and len(loaded) == 1000 and loaded.last_entry == (12_997, 1998)
    assert loaded.lookup_before(10_004) == 3
