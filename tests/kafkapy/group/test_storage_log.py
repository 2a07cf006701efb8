"""The coordinator over a real `storage.UnifiedLog`: appends become v2 batches in the
partition's segments, and a fresh coordinator replays them (also in small chunks, and
after an unclean close)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from kafkapy.group import storage_log
from kafkapy.group.clock import ManualScheduler
from kafkapy.group.config import GroupConfig
from kafkapy.group.coordinator import GroupCoordinator
from kafkapy.group.state import GroupState
from storage.unified_log import UnifiedLog
from wire.errors import ErrorCode

from .harness import Box


class FakePartition:
    """The two things the adapter uses of `kafkapy.partition.Partition`."""

    def __init__(self, log: UnifiedLog) -> None:
        self.log = log
        self.index = 0

    def append(self, records: memoryview) -> Any:
        info = self.log.append_as_leader(records, 0)
        self.log.update_high_watermark(self.log.log_end_offset)  # a sole replica
        return info


def _coordinator(path: Path, clock: ManualScheduler) -> tuple[GroupCoordinator, UnifiedLog]:
    ulog = UnifiedLog.open(str(path))
    log = storage_log.PartitionCoordinatorLog(FakePartition(ulog), clock.now_ms)
    coord = GroupCoordinator(0, GroupConfig(group_initial_rebalance_delay_ms=0), clock, log)
    coord.load()
    return coord, ulog


def _populate(coord: GroupCoordinator, clock: ManualScheduler) -> str:
    join = Box()
    coord.join_group("g", "", None, False, "c", "/h", 10_000, 10_000, "consumer",
                     [("range", b"sub")], join)
    clock.advance(0)
    member = join.value.member_id
    sync = Box()
    coord.sync_group("g", 1, member, None, None, None, {member: b"assignment"}, sync)
    assert sync.value.error == ErrorCode.NONE
    for i in range(40):
        box = Box()
        coord.commit_offsets("g", member, None, 1, {("t", i % 4): (i, 2, f"m{i}")}, box)
        assert box.value == {("t", i % 4): ErrorCode.NONE}
    simple = Box()
    coord.commit_offsets("s", "", None, -1, {("u", 0): (7, -1, None)}, simple)
    gone = Box()
    coord.commit_offsets("gone", "", None, -1, {("u", 1): (1, -1, None)}, gone)
    deleted = Box()
    coord.delete_groups(["gone"], deleted)
    assert deleted.value == {"gone": ErrorCode.NONE}
    return member


@pytest.mark.parametrize("chunk", [storage_log.REPLAY_CHUNK_BYTES, 100])
def test_replay_from_segments(tmp_path: Path, chunk: int, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(storage_log, "REPLAY_CHUNK_BYTES", chunk)
    clock = ManualScheduler()
    path = tmp_path / "__consumer_offsets-0"
    coord, ulog = _coordinator(path, clock)
    member = _populate(coord, clock)
    assert ulog.log_end_offset == 1 + 40 + 1 + 1 + 2  # one record per key written
    ulog.close()

    again, ulog2 = _coordinator(path, clock)  # no clean-shutdown marker: recovery runs
    try:
        g = again.groups["g"]
        assert g.state == GroupState.STABLE and g.generation_id == 1
        assert g.members[member].assignment == b"assignment"
        got = again.fetch_offsets("g", [("t", p) for p in range(4)])
        assert [(c.offset, c.leader_epoch, c.metadata) for c in got.values()] == [
            (36, 2, "m36"), (37, 2, "m37"), (38, 2, "m38"), (39, 2, "m39")]
        assert again.fetch_offsets("s", [("u", 0)])[("u", 0)].offset == 7
        assert "gone" not in again.groups
        assert again.heartbeat("g", 1, member, None) == ErrorCode.NONE
    finally:
        ulog2.close()


def test_append_failure_is_an_error_not_an_exception(tmp_path: Path) -> None:
    clock = ManualScheduler()
    coord, ulog = _coordinator(tmp_path / "__consumer_offsets-0", clock)
    ulog.close()  # every further write fails
    box = Box()
    coord.commit_offsets("s", "", None, -1, {("t", 0): (1, -1, None)}, box)
    assert box.value == {("t", 0): ErrorCode.NOT_COORDINATOR}
    assert coord.fetch_offsets("s", [("t", 0)])[("t", 0)].offset == -1


def test_replay_after_compaction(tmp_path: Path) -> None:
    """The log cleaner keeps the last record per key (and drops old tombstones): replaying
    the compacted partition gives the same groups and offsets."""
    from storage.log_cleaner import LogCleaner
    from storage.log_config import LogConfig

    clock = ManualScheduler()
    path = tmp_path / "__consumer_offsets-0"
    config = LogConfig(segment_bytes=600, cleanup_policy="compact", delete_retention_ms=0)
    ulog = UnifiedLog.open(str(path), config)
    log = storage_log.PartitionCoordinatorLog(FakePartition(ulog), clock.now_ms)
    coord = GroupCoordinator(0, GroupConfig(group_initial_rebalance_delay_ms=0), clock, log)
    coord.load()
    member = _populate(coord, clock)
    for _ in range(10):  # roll segments so that most of the log is cleanable
        box = Box()
        coord.commit_offsets("s", "", None, -1, {("u", 0): (8, -1, None)}, box)
    before = ulog.log_end_offset
    result = LogCleaner().clean(ulog, clock.now_ms() + 1)
    assert result.records_removed > 0
    assert ulog.log_end_offset == before
    again = GroupCoordinator(0, GroupConfig(), clock, log)
    again.load()
    try:
        assert again.groups["g"].members[member].assignment == b"assignment"
        assert again.fetch_offsets("g", None) == coord.fetch_offsets("g", None)
        assert again.fetch_offsets("s", None)[("u", 0)].offset == 8
        assert "gone" not in again.groups
    finally:
        ulog.close()
