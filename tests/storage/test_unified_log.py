"""UnifiedLog: append, read, timestamps, roll, retention, DeleteRecords, truncation, idempotence."""

from __future__ import annotations

import os
import random

import pytest

from storage import EARLIEST_TIMESTAMP, LATEST_TIMESTAMP, MAX_TIMESTAMP, LogConfig, UnifiedLog
from storage.errors import (
    CorruptRecordError,
    InvalidProducerEpochError,
    InvalidRecordError,
    OffsetOutOfRangeError,
    OutOfOrderSequenceError,
    RecordBatchTooLargeError,
    RecordTooLargeError,
    UnexpectedAppendOffsetError,
)
from tests.storage.conftest import headers_of, log_headers, make_batch, open_log
from wire.records import Compression, RecordBatchHeader, iter_batches
from wire.records.builder import RecordBatchBuilder
from wire.records.record import iter_records

SMALL = LogConfig(segment_bytes=4096, index_interval_bytes=256)


def test_append_stamps_offsets_and_epoch_with_one_write(
    log_dir: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    log = open_log(log_dir)
    log.append_as_leader(make_batch(2), 0)
    data = make_batch(3) + make_batch(1, compression=Compression.GZIP) + make_batch(4)
    writes: list[int] = []
    real_write = os.write

    def counting_write(fd: int, buf: bytes | memoryview) -> int:
        if fd == log.active_segment.fd:
            writes.append(len(buf))
        return real_write(fd, buf)

    monkeypatch.setattr(os, "write", counting_write)
    info = log.append_as_leader(memoryview(data), 7)
    assert writes == [len(data)]
    assert (info.first_offset, info.last_offset, info.record_count) == (2, 9, 8)
    assert not info.duplicate and info.valid_bytes == len(data)
    assert log.log_end_offset == 10
    headers = headers_of(data)  # stamped in place, CRCs still valid
    assert [(h.base_offset, h.partition_leader_epoch) for h in headers] == [(2, 7), (5, 7), (6, 7)]
    assert [h.base_offset for h in log_headers(log)] == [0, 2, 5, 6]
    assert log.leader_epoch_cache.entries == [(0, 0), (7, 2)]


def test_read_only_input_is_copied(log_dir: str) -> None:
    log = open_log(log_dir)
    info = log.append_as_leader(bytes(make_batch(3)), 0)
    assert info.last_offset == 2


def build_mixed_log(log_dir: str, seed: int = 1) -> tuple[UnifiedLog, list[bytes]]:
    """A multi-segment log of batches of 1-30 records, some compressed; returns the log and
    the expected value of every offset."""
    rng = random.Random(seed)
    log = open_log(log_dir, SMALL)
    values: list[bytes] = []
    ts = 10_000
    for _ in range(60):
        data = bytearray()
        for _ in range(rng.randint(1, 3)):
            count = rng.randint(1, 30)
            codec = rng.choice([Compression.NONE, Compression.NONE, Compression.GZIP,
                                Compression.SNAPPY, Compression.LZ4, Compression.ZSTD])
            b = RecordBatchBuilder(codec)
            for i in range(count):
                value = os.urandom(rng.randint(1, 120)) if rng.random() < 0.5 else b"v" * i
                values.append(value)
                b.append(value, None, timestamp=ts)
                ts += 1
            data += b.build()
        log.append_as_leader(data, 1)
    log.update_high_watermark(log.log_end_offset)
    return log, values


def test_read_at_every_offset_of_a_mixed_multi_segment_log(log_dir: str) -> None:
    log, values = build_mixed_log(log_dir)
    assert len(log.segments) > 5
    rng = random.Random(2)
    end = log.log_end_offset
    assert end == len(values)
    for offset in range(end):
        max_bytes = rng.choice([1, 100, 700, 3000, 20_000])
        info = log.read(offset, max_bytes)
        data = b"".join(os.pread(r.fd, r.length, r.position) for r in info.regions)
        batches = list(iter_batches(data, validate_counts=False))  # whole batches only
        first = batches[0][0]
        assert first.base_offset <= offset <= first.last_offset
        assert len(data) <= max_bytes or len(batches) == 1
        expected = first.base_offset
        for header, batch in batches:
            assert header.base_offset == expected
            for record in iter_records(batch):
                assert record.value == values[record.offset]
            expected = header.next_offset
    # one read of everything crosses every segment
    everything = log.read_bytes(0, 10**9)
    assert [h.base_offset for h in headers_of(everything)] == \
        [h.base_offset for h in log_headers(log)]


def test_fetch_offset_by_timestamp(log_dir: str) -> None:
    log = open_log(log_dir, SMALL)
    for i in range(20):
        codec = Compression.LZ4 if i % 3 else Compression.NONE
        log.append_as_leader(make_batch(5, timestamp=1000 + i * 10, compression=codec,
                                        value_size=100), i // 10)
    assert len(log.segments) > 1
    assert log.fetch_offset_by_timestamp(EARLIEST_TIMESTAMP) == (-1, 0, 0)
    assert log.fetch_offset_by_timestamp(LATEST_TIMESTAMP) == (-1, 100, 1)
    assert log.fetch_offset_by_timestamp(MAX_TIMESTAMP) == (1194, 99, 1)
    for target, expected in [(0, (1000, 0)), (1000, (1000, 0)), (1003, (1003, 3)),
                             (1005, (1010, 5)), (1042, (1042, 22)), (1194, (1194, 99))]:
        found = log.fetch_offset_by_timestamp(target)
        assert found is not None and (found.timestamp, found.offset) == expected, target
    assert log.fetch_offset_by_timestamp(1195) is None
    # after a restart, the indexes come from disk
    log.close()
    log = open_log(log_dir, SMALL, had_clean_shutdown=True, recovery_point=100)
    assert log.fetch_offset_by_timestamp(MAX_TIMESTAMP) == (1194, 99, 1)
    found = log.fetch_offset_by_timestamp(1042)
    assert found is not None and found.offset == 22


def test_retention_by_time_and_size(log_dir: str) -> None:
    config = LogConfig(segment_bytes=1000, retention_ms=10_000, file_delete_delay_ms=100)
    log = open_log(log_dir, config)
    for i in range(12):
        log.append_as_leader(make_batch(1, value_size=300, timestamp=1000 + i * 1000), 0)
    segments_before = len(log.segments)
    # nothing goes above the high watermark
    assert log.delete_old_segments(now_ms=100_000) == 0
    log.update_high_watermark(log.log_end_offset)
    deleted = log.delete_old_segments(now_ms=16_500)  # records older than 6_500 expire
    assert deleted >= 1 and len(log.segments) == segments_before - deleted
    first = log.segments.first
    assert first is not None and log.log_start_offset == first.base_offset
    assert any(n.endswith(".deleted") for n in os.listdir(log_dir))
    with pytest.raises(OffsetOutOfRangeError):
        log.read(0, 100)
    assert log.delete_expired_files(now_ms=16_550) == 0
    assert log.delete_expired_files(now_ms=16_600) == deleted
    assert not any(n.endswith(".deleted") for n in os.listdir(log_dir))
    # everything expired: the active segment is rolled and deleted too
    assert log.delete_old_segments(now_ms=10**9) >= 1
    assert log.log_start_offset == log.log_end_offset == 12 and log.size_in_bytes == 0
    log.append_as_leader(make_batch(1), 0)
    assert log.read_bytes(12, 1000)

    sized = open_log(log_dir + "-s", LogConfig(segment_bytes=1000, retention_bytes=1500))
    for i in range(12):
        sized.append_as_leader(make_batch(1, value_size=300), 0)
    sized.update_high_watermark(sized.log_end_offset)
    sized.delete_old_segments(now_ms=2000)
    assert 1500 - 1000 < sized.size_in_bytes <= 1500 + 1000
    compact = open_log(log_dir + "-c", LogConfig(segment_bytes=1000, retention_ms=1,
                                                 cleanup_policy="compact"))
    for i in range(5):
        compact.append_as_leader(make_batch(1, value_size=300), 0)
    compact.update_high_watermark(compact.log_end_offset)
    assert compact.delete_old_segments(now_ms=10**12) == 0


def test_delete_records(log_dir: str) -> None:
    log = open_log(log_dir, LogConfig(segment_bytes=1000))
    for _ in range(12):
        log.append_as_leader(make_batch(2, value_size=150), 3)
    with pytest.raises(OffsetOutOfRangeError):
        log.delete_records_before(5)  # above the high watermark
    log.update_high_watermark(20)
    assert log.delete_records_before(9) == 9
    assert log.log_start_offset == 9
    with pytest.raises(OffsetOutOfRangeError):
        log.read(8, 100)
    first = log.segments.first
    assert first is not None and first.base_offset <= 9
    assert headers_of(log.read_bytes(9, 1))[0].base_offset == 8  # the batch holding 9
    assert log.fetch_offset_by_timestamp(EARLIEST_TIMESTAMP) == (-1, 9, 3)
    assert log.delete_records_before(4) == 9  # never backwards


def test_truncate_to_and_fully(log_dir: str) -> None:
    log = open_log(log_dir, LogConfig(segment_bytes=1000))
    for i in range(12):
        log.append_as_leader(make_batch(2, value_size=150), i // 4)
    log.update_high_watermark(24)
    assert len(log.segments) > 3
    assert not log.truncate_to(24)
    assert log.truncate_to(9)  # inside the batch 8..9: the whole batch goes
    assert log.log_end_offset == 8 and log.high_watermark == 8
    assert [h.base_offset for h in log_headers(log)] == [0, 2, 4, 6]
    assert log.leader_epoch_cache.entries == [(0, 0)]
    info = log.append_as_leader(make_batch(1), 5)
    assert info.first_offset == 8
    assert log.leader_epoch_cache.entries == [(0, 0), (5, 8)]
    log.truncate_fully_and_start_at(100)
    assert (log.log_start_offset, log.log_end_offset, log.high_watermark) == (100, 100, 100)
    assert log.append_as_leader(make_batch(1), 6).first_offset == 100
    assert [s.base_offset for s in log.segments] == [100]


def test_idempotent_producer(log_dir: str) -> None:
    log = open_log(log_dir)
    log.append_as_leader(make_batch(2), 0)
    info = log.append_as_leader(make_batch(3, producer_id=9, producer_epoch=1, base_sequence=0), 0)
    assert (info.first_offset, info.last_offset) == (2, 4)
    end = log.log_end_offset
    dup = log.append_as_leader(make_batch(3, producer_id=9, producer_epoch=1, base_sequence=0), 0)
    assert dup.duplicate and (dup.first_offset, dup.last_offset) == (2, 4)
    assert log.log_end_offset == end
    with pytest.raises(OutOfOrderSequenceError):
        log.append_as_leader(make_batch(1, producer_id=9, producer_epoch=1, base_sequence=5), 0)
    with pytest.raises(InvalidProducerEpochError):
        log.append_as_leader(make_batch(1, producer_id=9, producer_epoch=0, base_sequence=3), 0)
    assert log.log_end_offset == end
    log.append_as_leader(make_batch(1, producer_id=9, producer_epoch=1, base_sequence=3), 0)
    # clean restart: from the snapshot; unclean restart: rebuilt from the log
    log.close()
    for clean in (True, False):
        log = open_log(log_dir, had_clean_shutdown=clean, recovery_point=6)
        dup = log.append_as_leader(
            make_batch(3, producer_id=9, producer_epoch=1, base_sequence=0), 0)
        assert dup.duplicate and dup.first_offset == 2, clean
        with pytest.raises(OutOfOrderSequenceError):
            log.append_as_leader(
                make_batch(1, producer_id=9, producer_epoch=1, base_sequence=9), 0)
        log.close()
        for name in os.listdir(log_dir):
            if name.endswith(".snapshot"):
                os.unlink(os.path.join(log_dir, name))


def test_producer_state_follows_truncation(log_dir: str) -> None:
    log = open_log(log_dir, LogConfig(segment_bytes=500))
    for seq in range(10):
        log.append_as_leader(make_batch(1, producer_id=4, producer_epoch=0, base_sequence=seq,
                                        value_size=200), 0)
    assert len(log.segments) > 2
    log.truncate_to(5)
    assert log.producer_state.producers[4].last_seq == 4
    assert log.append_as_leader(
        make_batch(1, producer_id=4, producer_epoch=0, base_sequence=5), 0).first_offset == 5


def test_invalid_appends_write_nothing(log_dir: str) -> None:
    log = open_log(log_dir, LogConfig(max_message_bytes=500, segment_bytes=2000))
    good = make_batch(1)
    corrupt = make_batch(2)
    corrupt[-1] ^= 0xFF
    with pytest.raises(CorruptRecordError):
        log.append_as_leader(good + corrupt, 0)
    with pytest.raises(RecordTooLargeError):
        log.append_as_leader(make_batch(1, value_size=600), 0)
    with pytest.raises(RecordBatchTooLargeError):
        log.append_as_leader(b"".join(make_batch(1, value_size=300) for _ in range(7)), 0)
    control = RecordBatchBuilder(is_control=True, producer_id=1, producer_epoch=0)
    control.append(b"\x00\x00\x00\x00\x00\x00", b"\x00\x00\x00\x00")
    with pytest.raises(InvalidRecordError):
        log.append_as_leader(bytearray(control.build()), 0)
    with pytest.raises(CorruptRecordError):
        log.append_as_leader(make_batch(1)[:-3], 0)
    assert log.log_end_offset == 0 and log.size_in_bytes == 0
    assert log.append_as_leader(b"", 0).first_offset == -1


def test_log_append_time(log_dir: str) -> None:
    log = open_log(log_dir, LogConfig(message_timestamp_type="LogAppendTime"))
    info = log.append_as_leader(make_batch(2, timestamp=5), 0, now_ms=123_456)
    assert info.log_append_time == 123_456 and info.max_timestamp == 123_456
    (header,) = headers_of(log.read_bytes(0, 10_000))  # CRC recomputed
    assert header.max_timestamp == 123_456 and header.timestamp_type == 1


def test_follower_append(log_dir: str) -> None:
    log = open_log(log_dir)
    data = bytearray()
    for base, epoch in [(0, 1), (3, 1), (5, 4)]:
        b = RecordBatchBuilder(base_offset=base, partition_leader_epoch=epoch)
        for _ in range(3 if base == 0 else 2):
            b.append(b"v", timestamp=1)
        data += b.build()
    info = log.append_as_follower(data)
    assert (info.first_offset, info.last_offset) == (0, 6)
    assert log.leader_epoch_cache.entries == [(1, 0), (4, 5)]
    with pytest.raises(UnexpectedAppendOffsetError):
        log.append_as_follower(_batch_at(3))
    empty = open_log(log_dir + "-2")
    empty.append_as_follower(_batch_at(50))
    assert [s.base_offset for s in empty.segments] == [50] and empty.log_end_offset == 51
    assert empty.log_start_offset == 50


def _batch_at(offset: int) -> bytes:
    b = RecordBatchBuilder(base_offset=offset, partition_leader_epoch=0)
    b.append(b"x", timestamp=1)
    return b.build()


def test_flush_messages_moves_recovery_point(log_dir: str) -> None:
    log = open_log(log_dir, LogConfig(flush_messages=1))
    log.append_as_leader(make_batch(3), 0)
    assert log.recovery_point == 3
    lazy = open_log(log_dir + "-2")
    lazy.append_as_leader(make_batch(3), 0)
    assert lazy.recovery_point == 0
    lazy.flush()
    assert lazy.recovery_point == 3


def test_roll_snapshots_producer_state_at_the_new_segment(log_dir: str) -> None:
    log = open_log(log_dir, LogConfig(segment_bytes=600))
    for seq in range(3):
        log.append_as_leader(make_batch(1, producer_id=7, producer_epoch=0, base_sequence=seq,
                                        value_size=300), 0)
    bases = [s.base_offset for s in log.segments]
    assert bases == [0, 1, 2]  # rolled by size, inside an append
    snapshots = sorted(n for n in os.listdir(log_dir) if n.endswith(".snapshot"))
    assert snapshots == [f"{1:020d}.snapshot", f"{2:020d}.snapshot"]
    assert log.roll() is log.active_segment and log.active_segment.base_offset == 3
    assert os.path.exists(os.path.join(log_dir, f"{3:020d}.snapshot"))
    assert log.roll().base_offset == 3  # the active segment is empty: no roll, no snapshot
    assert len(log.segments) == 4 and log.segments is log.local_log.segments
    # an unclean restart replays from the newest snapshot: the producer continues
    log.close_handlers()
    reopened = open_log(log_dir, LogConfig(segment_bytes=600))
    assert reopened.producer_state.producers[7].last_seq == 2


def test_header_type_is_wire_records() -> None:
    assert RecordBatchHeader.__module__ == "wire.records.batch"


def test_last_stable_offset_follows_open_transactions(log_dir: str) -> None:
    log = open_log(log_dir)
    log.append_as_leader(make_batch(2), 0)
    txn = RecordBatchBuilder(producer_id=5, producer_epoch=0, base_sequence=0,
                             is_transactional=True)
    txn.append(b"in a transaction", timestamp=1)
    log.append_as_leader(bytearray(txn.build()), 0)
    log.append_as_leader(make_batch(2), 0)
    log.update_high_watermark(log.log_end_offset)
    assert (log.high_watermark, log.last_stable_offset) == (5, 2)
    marker = RecordBatchBuilder(producer_id=5, producer_epoch=0, is_transactional=True,
                                is_control=True)
    marker.append(b"\x00\x00\x00\x00\x00\x00", b"\x00\x00\x00\x01", timestamp=2)  # COMMIT
    log.append_as_leader(bytearray(marker.build()), 0, allow_control=True)
    log.update_high_watermark(log.log_end_offset)
    assert log.last_stable_offset == log.high_watermark == 6


def test_compacted_topic_needs_keys(log_dir: str) -> None:
    log = open_log(log_dir, LogConfig(cleanup_policy="compact"))
    log.append_as_leader(make_batch(3, compression=Compression.GZIP), 0)  # keyed
    keyless = RecordBatchBuilder()
    keyless.append(b"value", None, timestamp=1)
    with pytest.raises(InvalidRecordError):
        log.append_as_leader(bytearray(keyless.build()), 0)
    assert log.log_end_offset == 3
    plain = open_log(log_dir + "-d")
    assert plain.append_as_leader(bytearray(keyless.build()), 0).first_offset == 0
