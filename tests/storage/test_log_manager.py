"""LogManager: start-up, checkpoints, clean-shutdown marker, delete, periodic work."""

from __future__ import annotations

import logging
import os
import uuid

import pytest

from storage import LogConfig, LogManager, LogManagerConfig, TopicPartition
from storage.checkpoint_file import OffsetCheckpointFile
from storage.log_manager import CLEAN_SHUTDOWN_FILE
from tests.storage.conftest import make_batch

TP = TopicPartition("orders", 0)


def manager(dirs: list[str], **kwargs: object) -> LogManager:
    m = LogManager(LogManagerConfig(log_dirs=dirs, **kwargs),  # type: ignore[arg-type]
                   LogConfig(segment_bytes=1000, retention_ms=60_000,
                             file_delete_delay_ms=1000))
    m.startup(now_ms=0)
    return m


def test_clean_shutdown_and_restart(tmp_path: object, caplog: pytest.LogCaptureFixture) -> None:
    d = str(tmp_path)
    m = manager([d])
    topic_id = uuid.uuid4()
    log = m.get_or_create_log(TP, topic_id=topic_id)
    for _ in range(6):
        log.append_as_leader(make_batch(2, value_size=300), 0)
    log.update_high_watermark(10)
    log.update_high_watermark(log.high_watermark)
    log.delete_records_before(3)
    m.shutdown()
    assert os.path.exists(os.path.join(d, CLEAN_SHUTDOWN_FILE))
    with open(os.path.join(d, "recovery-point-offset-checkpoint")) as f:
        assert f.read() == "0\n1\norders 0 12\n"
    assert OffsetCheckpointFile(os.path.join(d, "replication-offset-checkpoint")).read() == \
        {TP: 10}
    assert OffsetCheckpointFile(os.path.join(d, "log-start-offset-checkpoint")).read() == {TP: 3}
    caplog.clear()
    with caplog.at_level(logging.INFO, logger="storage"):
        m = manager([d])
    assert not any("recovering" in r.message for r in caplog.records)
    assert not os.path.exists(os.path.join(d, CLEAN_SHUTDOWN_FILE))
    log2 = m.get_log(TP)
    assert log2 is not None
    assert (log2.log_start_offset, log2.high_watermark, log2.log_end_offset) == (3, 10, 12)
    assert log2.read_topic_id() == topic_id
    assert m.get_or_create_log(TP) is log2


def test_unclean_restart_recovers(tmp_path: object, caplog: pytest.LogCaptureFixture) -> None:
    d = str(tmp_path)
    m = manager([d])
    log = m.get_or_create_log(TP)
    for _ in range(6):
        log.append_as_leader(make_batch(2, value_size=300), 0)
    segment = log.active_segment
    with open(segment.log_path, "ab") as f:
        f.write(b"\x00" * 100)  # and then the broker dies: no shutdown, no marker
    log.close_handlers()
    caplog.clear()
    with caplog.at_level(logging.INFO, logger="storage"):
        m = manager([d])
    messages = [r.message for r in caplog.records]
    assert any("no clean-shutdown marker" in msg for msg in messages)
    assert any("cutting 100 bytes" in msg for msg in messages)
    log2 = m.get_log(TP)
    assert log2 is not None and log2.log_end_offset == 12


def test_delete_log_renames_then_removes(tmp_path: object) -> None:
    d = str(tmp_path)
    m = manager([d])
    m.get_or_create_log(TP).append_as_leader(make_batch(1), 0)
    m.get_or_create_log(TopicPartition("other", 1))
    assert m.delete_log(TP, now_ms=10_000)
    assert not m.delete_log(TP)
    names = os.listdir(d)
    deleting = [n for n in names if n.endswith("-delete")]
    assert len(deleting) == 1 and deleting[0].startswith("orders-0.")
    assert "orders-0" not in names
    assert TP not in OffsetCheckpointFile(os.path.join(d, "recovery-point-offset-checkpoint")).read()
    m.run_periodic_tasks(now_ms=10_500)
    assert deleting[0] in os.listdir(d)
    m.run_periodic_tasks(now_ms=11_000)
    assert deleting[0] not in os.listdir(d)
    # a new log of the same partition starts empty
    assert m.get_or_create_log(TP).log_end_offset == 0


def test_leftover_delete_dirs_and_strays_at_startup(tmp_path: object) -> None:
    d = str(tmp_path)
    leftover = os.path.join(d, TP.delete_dir_name())
    os.makedirs(leftover)
    os.makedirs(os.path.join(d, "not_a_partition"))
    with open(os.path.join(d, "stray-file"), "w") as f:
        f.write("x")
    m = manager([d])
    assert m.logs == {}
    m.run_periodic_tasks(now_ms=1)
    assert not os.path.exists(leftover)


def test_periodic_retention_flush_and_checkpoints(tmp_path: object) -> None:
    d = str(tmp_path)
    m = manager([d], retention_check_interval_ms=100)
    log = m.get_or_create_log(TP)
    for i in range(8):
        log.append_as_leader(make_batch(1, value_size=300, timestamp=i), 0)
    log.update_high_watermark(log.log_end_offset)
    segments = len(log.segments)
    m.run_periodic_tasks(now_ms=50)  # before the retention interval: nothing
    assert len(log.segments) == segments
    assert log.recovery_point == log.active_segment.base_offset  # rolled segments fsynced
    m.run_periodic_tasks(now_ms=100_000)  # every record is older than retention.ms
    assert log.log_start_offset == log.log_end_offset == 8
    assert any(n.endswith(".deleted") for n in os.listdir(log.dir))
    m.run_periodic_tasks(now_ms=101_000)
    assert not any(n.endswith(".deleted") for n in os.listdir(log.dir))
    assert OffsetCheckpointFile(os.path.join(d, "log-start-offset-checkpoint")).read() == {TP: 8}
    assert OffsetCheckpointFile(os.path.join(d, "replication-offset-checkpoint")).read() == {TP: 8}


def test_several_log_dirs(tmp_path: object) -> None:
    dirs = [os.path.join(str(tmp_path), n) for n in ("a", "b")]
    m = manager(dirs)
    for p in range(4):
        m.get_or_create_log(TopicPartition("t", p)).append_as_leader(make_batch(p + 1), 0)
    assert {len(os.listdir(d)) for d in dirs} == {2}
    m.shutdown()
    m = manager(dirs)
    assert sorted(m.logs) == [TopicPartition("t", p) for p in range(4)]
    assert [m.logs[TopicPartition("t", p)].log_end_offset for p in range(4)] == [1, 2, 3, 4]
    m.update_topic_config("t", LogConfig(segment_bytes=5000))
    assert m.logs[TopicPartition("t", 0)].config.segment_bytes == 5000
