"""ProducerStateManager: duplicates, sequence gaps, epoch fencing, wrap, snapshots."""

from __future__ import annotations

import os

import pytest

from storage.errors import InvalidProducerEpochError, OutOfOrderSequenceError
from storage.producer_state import ProducerStateManager, in_sequence, snapshot_path
from wire.records import RecordBatchHeader

INT32_MAX = 2**31 - 1


def header(pid: int = 7, epoch: int = 0, seq: int = 0, count: int = 1, base_offset: int = 0,
           control: bool = False, ts: int = 1000) -> RecordBatchHeader:
    attributes = 0x20 if control else 0
    return RecordBatchHeader(base_offset, 100, 0, 2, 0, attributes, count - 1, ts, ts,
                             pid, epoch, seq, count)


def apply(ps: ProducerStateManager, h: RecordBatchHeader) -> None:
    assert ps.validate([h]) is None
    ps.update(h)


def test_in_sequence_wraps() -> None:
    assert in_sequence(4, 5) and in_sequence(INT32_MAX, 0)
    assert not in_sequence(4, 6) and not in_sequence(INT32_MAX, 1)


def test_duplicates_of_last_five_batches(tmp_path: object) -> None:
    ps = ProducerStateManager(str(tmp_path))
    offset = 0
    for i in range(7):
        apply(ps, header(seq=i * 3, count=3, base_offset=offset))
        offset += 3
    # the last five batches (sequences 6..20) are remembered with their offsets
    for i in range(2, 7):
        dup = ps.validate([header(seq=i * 3, count=3)])
        assert dup is not None and (dup.first_offset, dup.last_offset) == (i * 3, i * 3 + 2)
    # older ones are not duplicates any more: they are out of order
    with pytest.raises(OutOfOrderSequenceError):
        ps.validate([header(seq=3, count=3)])
    # a batch matching the first sequence but not the last is not a duplicate
    with pytest.raises(OutOfOrderSequenceError):
        ps.validate([header(seq=18, count=2)])


def test_gap_is_out_of_order(tmp_path: object) -> None:
    ps = ProducerStateManager(str(tmp_path))
    apply(ps, header(seq=0, count=2))
    with pytest.raises(OutOfOrderSequenceError):
        ps.validate([header(seq=3)])
    assert ps.validate([header(seq=2)]) is None


def test_unknown_producer_any_sequence(tmp_path: object) -> None:
    ps = ProducerStateManager(str(tmp_path))
    assert ps.validate([header(pid=9, seq=42)]) is None


def test_epoch_fencing_and_new_epoch(tmp_path: object) -> None:
    ps = ProducerStateManager(str(tmp_path))
    apply(ps, header(epoch=3, seq=0, count=5))
    with pytest.raises(InvalidProducerEpochError):
        ps.validate([header(epoch=2, seq=5)])
    with pytest.raises(OutOfOrderSequenceError):
        ps.validate([header(epoch=4, seq=5)])  # a new epoch starts at 0
    apply(ps, header(epoch=4, seq=0))
    assert ps.producers[7].producer_epoch == 4 and len(ps.producers[7].batches) == 1


def test_sequence_wrap_at_int32_max(tmp_path: object) -> None:
    ps = ProducerStateManager(str(tmp_path))
    apply(ps, header(seq=INT32_MAX - 1, count=2))
    assert ps.producers[7].last_seq == INT32_MAX
    apply(ps, header(seq=0, count=3, base_offset=2))
    apply(ps, header(seq=3, count=1, base_offset=5))
    # a batch that wraps inside itself: sequences MAX-1, MAX, 0, 1
    ps2 = ProducerStateManager(str(tmp_path))
    apply(ps2, header(seq=INT32_MAX - 5, count=4))
    wrapping = header(seq=INT32_MAX - 1, count=4, base_offset=4)
    assert wrapping.last_sequence == 1
    apply(ps2, wrapping)
    dup = ps2.validate([header(seq=INT32_MAX - 1, count=4)])
    assert dup is not None and dup.first_offset == 4
    apply(ps2, header(seq=2, base_offset=8))


def test_batches_of_one_append_checked_against_each_other(tmp_path: object) -> None:
    ps = ProducerStateManager(str(tmp_path))
    assert ps.validate([header(seq=0, count=2), header(seq=2)]) is None
    with pytest.raises(OutOfOrderSequenceError):
        ps.validate([header(seq=0, count=2), header(seq=3)])


def test_control_batch_bumps_nothing_but_epoch(tmp_path: object) -> None:
    ps = ProducerStateManager(str(tmp_path))
    apply(ps, header(seq=0, count=2))
    apply(ps, header(seq=-1, control=True, base_offset=2))
    assert ps.validate([header(seq=2, base_offset=3)]) is None


def test_snapshot_round_trip_and_damage(tmp_path: object) -> None:
    d = str(tmp_path)
    ps = ProducerStateManager(d)
    for pid in (1, 2):
        for i in range(6):
            apply(ps, header(pid=pid, seq=i, base_offset=pid * 100 + i))
    ps.map_end_offset = 300
    ps.take_snapshot()
    assert os.path.exists(snapshot_path(d, 300))
    other = ProducerStateManager(d)
    assert other.load_latest_snapshot(0, 300) == 300
    assert {p: list(e.batches) for p, e in other.producers.items()} == \
        {p: list(e.batches) for p, e in ps.producers.items()}
    dup = other.validate([header(pid=2, seq=3)])
    assert dup is not None and dup.first_offset == 203
    # a flipped bit fails the CRC: the snapshot is ignored
    with open(snapshot_path(d, 300), "r+b") as f:
        f.seek(20)
        byte = f.read(1)
        f.seek(20)
        f.write(bytes([byte[0] ^ 1]))
    third = ProducerStateManager(d)
    assert third.load_latest_snapshot(0, 300) == 0 and not third.producers
    # snapshots past the log end are deleted
    ps.map_end_offset = 400
    ps.take_snapshot()
    assert ProducerStateManager(d).load_latest_snapshot(0, 350) == 0
    assert not os.path.exists(snapshot_path(d, 400))


def test_expiration(tmp_path: object) -> None:
    ps = ProducerStateManager(str(tmp_path), producer_id_expiration_ms=1000)
    apply(ps, header(pid=1, ts=5000))
    apply(ps, header(pid=2, ts=9000))
    assert ps.remove_expired_producers(now_ms=7000) == 1
    assert list(ps.producers) == [2]


def test_only_the_newest_snapshots_are_kept(tmp_path: object) -> None:
    ps = ProducerStateManager(str(tmp_path))
    for offset in (10, 20, 30, 40, 50):
        ps.map_end_offset = offset
        ps.take_snapshot()
    assert ps.snapshot_offsets() == [30, 40, 50]
