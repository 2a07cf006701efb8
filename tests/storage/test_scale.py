"""Many idle logs: the periodic pass looks only at logs with work, unchanged checkpoints are
not rewritten, the topic id is read once, and a torn ``partition.metadata`` is rewritten."""

from __future__ import annotations

import os
import uuid

from storage import LogConfig, LogManager, LogManagerConfig, TopicPartition
from tests.storage.conftest import make_batch


def manager(d: str) -> LogManager:
    m = LogManager(LogManagerConfig(log_dirs=[d], high_watermark_checkpoint_interval_ms=0),
                   LogConfig(segment_bytes=1000, file_delete_delay_ms=1000))
    m.startup(now_ms=0)
    return m


def test_periodic_pass_visits_only_logs_with_work(tmp_path: object) -> None:
    m = manager(str(tmp_path))
    logs = [m.get_or_create_log(TopicPartition("t", p)) for p in range(50)]
    m.run_periodic_tasks(1)
    assert not m._active  # every new log looked at once, none has work left
    busy = logs[7]
    for _ in range(5):  # 5 x ~350 bytes with 1000-byte segments: rolls
        busy.append_as_leader(make_batch(1, value_size=300), 0)
    assert m._active == {busy}
    assert busy.recovery_point == 0
    m.run_periodic_tasks(2)
    # the rolled segments were fsynced: the recovery point moved to the last roll
    assert busy.recovery_point == busy.segments.last.base_offset > 0  # type: ignore[union-attr]
    assert not m._active
    busy.update_high_watermark(busy.log_end_offset)
    busy.delete_records_before(busy.log_end_offset, now_ms=3)
    busy.delete_old_segments(3)
    assert m._active == {busy}  # .deleted files wait for file.delete.delay.ms
    m.run_periodic_tasks(4)
    assert m._active == {busy}
    m.run_periodic_tasks(2000)
    assert not m._active
    assert not [n for n in os.listdir(busy.dir) if n.endswith(".deleted")]


def test_unchanged_checkpoint_is_not_rewritten(tmp_path: object) -> None:
    d = str(tmp_path)
    m = manager(d)
    log = m.get_or_create_log(TopicPartition("t", 0))
    path = os.path.join(d, "replication-offset-checkpoint")
    m.run_periodic_tasks(1)
    first = os.stat(path).st_ino
    m.run_periodic_tasks(2)
    assert os.stat(path).st_ino == first  # atomic rewrites make a new inode
    log.append_as_leader(make_batch(3), 0)
    log.update_high_watermark(3)
    m.run_periodic_tasks(3)
    assert os.stat(path).st_ino != first
    with open(path) as f:
        assert f.read() == "0\n1\nt 0 3\n"


def test_topic_id_cached_and_torn_file_rewritten(tmp_path: object) -> None:
    d = str(tmp_path)
    topic_id = uuid.uuid4()
    m = manager(d)
    log = m.get_or_create_log(TopicPartition("t", 0), topic_id=topic_id)
    meta = os.path.join(log.dir, "partition.metadata")
    assert log.read_topic_id() == topic_id
    os.unlink(meta)
    assert log.read_topic_id() == topic_id  # cached: no file read per call
    m.shutdown()
    with open(meta, "w"):
        pass  # what a crash may leave of a file written without fsync
    m = manager(d)
    log = m.get_or_create_log(TopicPartition("t", 0), topic_id=topic_id)
    assert log.read_topic_id() == topic_id
    m2 = LogManager(LogManagerConfig(log_dirs=[d]))
    m.shutdown()
    m2.startup()
    assert m2.logs[TopicPartition("t", 0)].read_topic_id() == topic_id
    m2.shutdown()


def test_idle_close_keeps_its_producer_snapshot(tmp_path: object) -> None:
    d = str(tmp_path)
    m = manager(d)
    empty = m.get_or_create_log(TopicPartition("t", 0))
    busy = m.get_or_create_log(TopicPartition("t", 1))
    busy.append_as_leader(make_batch(3, producer_id=7, producer_epoch=0, base_sequence=0), 0)
    m.shutdown()
    assert not [n for n in os.listdir(empty.dir) if n.endswith(".snapshot")]  # nothing to keep
    snapshot = os.path.join(busy.dir, f"{3:020d}.snapshot")
    inode = os.stat(snapshot).st_ino
    m = manager(d)
    m.shutdown()  # nothing appended: Kafka's takeSnapshot skips an unchanged log too
    assert os.stat(snapshot).st_ino == inode
    m = manager(d)
    log = m.logs[TopicPartition("t", 1)]
    assert log.producer_state.producers[7].last_seq == 2
    log.append_as_leader(make_batch(2, producer_id=7, producer_epoch=0, base_sequence=3), 0)
    m.shutdown()
    assert os.path.exists(os.path.join(busy.dir, f"{5:020d}.snapshot"))
