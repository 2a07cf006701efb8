"""LogSegment and LogSegments on their own: append, translate, read bounds, truncate,
recover, rename; the base-offset map."""

from __future__ import annotations

import os

from storage.log_config import LogConfig
from storage.log_segment import DELETED_SUFFIX, LogSegment
from storage.log_segments import LogSegments
from tests.storage.conftest import headers_of, make_batch
from wire.records import stamp

CONFIG = LogConfig(index_interval_bytes=100)


def filled_segment(d: str, base: int = 100, batches: int = 10) -> tuple[LogSegment, list[int]]:
    """Batches of 3 records (offsets base, base+3, ...); returns the segment and positions."""
    segment = LogSegment.create(d, base, CONFIG, now_ms=0)
    positions = []
    offset = base
    for i in range(batches):
        data = make_batch(3, timestamp=1000 + 10 * i, value_size=60)
        stamp(data, offset, 0)
        positions.append(segment.size)
        segment.append(offset + 2, data, [offset + 2], [1002 + 10 * i], [len(data)])
        offset += 3
    return segment, positions


def test_create_names_and_append(tmp_path: object) -> None:
    d = str(tmp_path)
    segment, positions = filled_segment(d)
    assert sorted(os.listdir(d)) == ["00000000000000000100.index", "00000000000000000100.log",
                                     "00000000000000000100.timeindex"]
    assert segment.next_offset == 130 and segment.size == os.path.getsize(segment.log_path)
    assert len(segment.offset_index) >= 4
    assert segment.max_timestamp_so_far == 1092 and segment.offset_of_max_timestamp == 129
    for offset in range(100, 130):
        found = segment.translate_offset(offset)
        assert found is not None and found.position == positions[(offset - 100) // 3]
    assert segment.translate_offset(130) is None
    assert segment.translate_offset(0) is not None  # below the base: the first batch


def test_read_bounds(tmp_path: object) -> None:
    segment, positions = filled_segment(str(tmp_path))
    size = positions[1]
    assert segment.read(100, 10**6, 10**6, True) == (0, segment.size)
    assert segment.read(104, 1, 10**6, True) == (positions[1], size)  # KIP-74
    assert segment.read(104, 1, 10**6, False) == (positions[1], 0)
    assert segment.read(104, 2 * size + 5, 10**6, True) == (positions[1], 2 * size)
    assert segment.read(100, 10**6, 109, True) == (0, 3 * size)  # batches below offset 109
    assert segment.read(100, 10**6, 110, True) == (0, 3 * size)
    assert segment.read(100, 10**6, 111, True) == (0, 3 * size)
    assert segment.read(100, 10**6, 112, True) == (0, 4 * size)
    assert segment.read(130, 10**6, 10**6, True) is None


def test_truncate_to(tmp_path: object) -> None:
    segment, positions = filled_segment(str(tmp_path))
    assert segment.truncate_to(200) == 0
    cut = segment.truncate_to(113)  # inside the batch 112..114
    assert segment.size == positions[4] and cut == positions[-1] + positions[1] - positions[4]
    assert segment.next_offset == 112
    assert os.path.getsize(segment.log_path) == positions[4]
    assert all(segment.offset_index.entry(i)[1] < positions[4]
               for i in range(len(segment.offset_index)))
    last = segment.time_index.last_entry
    assert last is not None and last[1] < 112
    segment.truncate_to(100)
    assert (segment.size, segment.next_offset) == (0, 100)


def test_recover_rebuilds_indexes_and_cuts(tmp_path: object) -> None:
    d = str(tmp_path)
    segment, _ = filled_segment(d)
    entries = [segment.offset_index.entry(i) for i in range(len(segment.offset_index))]
    with open(segment.log_path, "ab") as f:
        f.write(b"\x00" * 30)
    segment.close_handlers()
    reopened = LogSegment.open(d, 100, CONFIG)
    seen: list[int] = []
    assert reopened.recover(lambda h: seen.append(h.base_offset)) == 30
    assert seen == list(range(100, 130, 3))
    assert [reopened.offset_index.entry(i) for i in range(len(reopened.offset_index))] == entries
    assert reopened.next_offset == 130 and reopened.max_timestamp_so_far == 1092
    again = LogSegment.open(d, 100, CONFIG)
    assert again.load_indexes() and again.next_offset == 130


def test_load_indexes_detects_index_that_does_not_match_log(tmp_path: object) -> None:
    d = str(tmp_path)
    segment, _ = filled_segment(d)
    segment.close()
    with open(os.path.join(d, "00000000000000000100.index"), "r+b") as f:
        f.seek(-8, os.SEEK_END)
        f.write((1).to_bytes(4, "big") + (0).to_bytes(4, "big"))  # increasing, but wrong
    reopened = LogSegment.open(d, 100, CONFIG)
    assert not reopened.load_indexes()


def test_rename_to_deleted_keeps_descriptor(tmp_path: object) -> None:
    d = str(tmp_path)
    segment, _ = filled_segment(d)
    segment.change_file_suffixes(DELETED_SUFFIX)
    assert sorted(os.listdir(d)) == ["00000000000000000100.index.deleted",
                                     "00000000000000000100.log.deleted",
                                     "00000000000000000100.timeindex.deleted"]
    data = os.pread(segment.fd, segment.size, 0)
    assert [h.base_offset for h in headers_of(data)] == list(range(100, 130, 3))
    segment.delete_files()
    assert os.listdir(d) == []


def test_should_roll(tmp_path: object) -> None:
    segment, _ = filled_segment(str(tmp_path))
    config = LogConfig(segment_bytes=segment.size + 100, segment_ms=1000)
    segment.config = config
    assert not segment.should_roll(50, 1500, 200, now_ms=0)
    assert segment.should_roll(150, 1500, 200, now_ms=0)  # size
    assert not segment.should_roll(50, 2002, 200, now_ms=0)  # first batch at 1002
    assert segment.should_roll(50, 2003, 200, now_ms=0)  # record time past segment.ms
    assert segment.should_roll(50, 1500, 100 + 2**31, now_ms=0)  # relative offset overflow
    empty = LogSegment.create(str(tmp_path), 500, config, now_ms=0)
    assert not empty.should_roll(10**9, 10**9, 10**12, now_ms=10**9)


def test_log_segments_map(tmp_path: object) -> None:
    d = str(tmp_path)
    segments = LogSegments()
    for base in (50, 0, 100):
        segments.add(LogSegment.create(d, base, CONFIG, now_ms=0))
    assert [s.base_offset for s in segments] == [0, 50, 100]
    assert segments.floor(-1) is None
    floor = segments.floor(75)
    assert floor is not None and floor.base_offset == 50
    higher = segments.higher(50)
    assert higher is not None and higher.base_offset == 100
    assert segments.higher(100) is None
    assert segments.floor_index(100) == 2 and segments.floor_index(-5) == -1
    removed = segments.remove(50)
    assert removed is not None and segments.remove(50) is None
    assert [s.base_offset for s in segments.from_index(1)] == [100]
    assert len(segments.clear()) == 2 and not segments
