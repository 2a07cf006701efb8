"""Checkpoint files, partition.metadata, leader-epoch-checkpoint, LogConfig, dir names."""

from __future__ import annotations

import os
import uuid

import pytest

from storage.checkpoint_file import (
    OffsetCheckpointFile,
    PartitionMetadataFile,
    topic_id_from_str,
    topic_id_to_str,
)
from storage.leader_epoch_cache import LeaderEpochFileCache
from storage.log_config import LogConfig
from storage.topic_partition import TopicPartition, is_delete_dir, parse_dir_name


def test_offset_checkpoint_format(tmp_path: object) -> None:
    path = os.path.join(str(tmp_path), "recovery-point-offset-checkpoint")
    cp = OffsetCheckpointFile(path)
    cp.write({TopicPartition("b-topic", 1): 17, TopicPartition("a", 0): 42})
    with open(path) as f:
        assert f.read() == "0\n2\na 0 42\nb-topic 1 17\n"
    assert cp.read() == {TopicPartition("a", 0): 42, TopicPartition("b-topic", 1): 17}
    assert not os.path.exists(path + ".tmp")


@pytest.mark.parametrize("content", ["", "1\n0\n", "0\n3\na 0 1\n", "0\n1\na zero 1\n"])
def test_offset_checkpoint_malformed_reads_empty(tmp_path: object, content: str) -> None:
    path = os.path.join(str(tmp_path), "cp")
    with open(path, "w") as f:
        f.write(content)
    assert OffsetCheckpointFile(path).read() == {}


def test_missing_checkpoint_reads_empty(tmp_path: object) -> None:
    assert OffsetCheckpointFile(os.path.join(str(tmp_path), "nope")).read() == {}


def test_partition_metadata(tmp_path: object) -> None:
    topic_id = uuid.uuid4()
    f = PartitionMetadataFile(str(tmp_path))
    assert f.read() is None
    f.write(topic_id)
    with open(f.path) as fh:
        text = fh.read()
    assert text == f"version: 0\ntopic_id: {topic_id_to_str(topic_id)}\n"
    assert f.read() == topic_id
    assert len(topic_id_to_str(topic_id)) == 22
    assert topic_id_from_str(topic_id_to_str(topic_id)) == topic_id


def test_leader_epoch_cache(tmp_path: object) -> None:
    d = str(tmp_path)
    cache = LeaderEpochFileCache(d)
    assert cache.latest_epoch is None
    assert cache.end_offset_for(0, 10) == (-1, -1)
    cache.assign(0, 0)
    cache.assign(0, 5)  # same epoch: no-op
    cache.assign(2, 10)
    cache.assign(5, 30)
    with open(os.path.join(d, "leader-epoch-checkpoint")) as f:
        assert f.read() == "0\n3\n0 0\n2 10\n5 30\n"
    assert cache.end_offset_for(5, 44) == (5, 44)
    assert cache.end_offset_for(0, 44) == (0, 10)
    assert cache.end_offset_for(1, 44) == (0, 10)
    assert cache.end_offset_for(3, 44) == (2, 30)
    assert cache.end_offset_for(9, 44) == (-1, -1)
    assert cache.epoch_for_offset(9) == 0
    assert cache.epoch_for_offset(10) == 2
    assert cache.epoch_for_offset(100) == 5
    cache.truncate_from_end(30)
    assert cache.latest_epoch == 2
    cache.truncate_from_start(12)
    assert cache.entries == [(2, 12)]
    reloaded = LeaderEpochFileCache(d)
    assert reloaded.entries == [(2, 12)]
    reloaded.assign(1, 20)  # lower epoch replaces the entries it contradicts
    assert reloaded.entries == [(1, 20)]
    reloaded.clear()
    assert LeaderEpochFileCache(d).entries == []


def test_leader_epoch_cache_malformed_file(tmp_path: object) -> None:
    with open(os.path.join(str(tmp_path), "leader-epoch-checkpoint"), "w") as f:
        f.write("0\n2\n0 0\ngarbage\n")
    assert LeaderEpochFileCache(str(tmp_path)).entries == []


def test_log_config_names_and_defaults() -> None:
    c = LogConfig()
    assert c.segment_bytes == 1 << 30 and c.index_interval_bytes == 4096
    assert c.retention_ms == 604_800_000 and c.retention_bytes == -1
    assert c.flush_messages == 2**63 - 1 and c.max_message_bytes == 1_048_588
    topic = LogConfig.from_properties({"segment.bytes": "1000", "retention.ms": 5,
                                       "cleanup.policy": "compact", "unknown.key": "x"})
    assert (topic.segment_bytes, topic.retention_ms, topic.delete_enabled) == (1000, 5, False)
    broker = LogConfig.from_broker_properties(
        {"log.retention.hours": "1", "log.roll.ms": "77", "message.max.bytes": "99",
         "log.retention.bytes": "-1"})
    assert (broker.retention_ms, broker.segment_ms, broker.max_message_bytes) == (3_600_000, 77, 99)
    assert LogConfig.from_broker_properties({"log.retention.hours": "-1"}).retention_ms == -1
    assert topic.to_properties()["segment.bytes"] == "1000"
    with pytest.raises(ValueError):
        LogConfig(message_timestamp_type="Bogus")
    with pytest.raises(ValueError):
        LogConfig.from_properties({"segment.bytes": "lots"})


def test_dir_names() -> None:
    assert parse_dir_name("my-topic-12") == TopicPartition("my-topic", 12)
    assert parse_dir_name("__consumer_offsets-3") == TopicPartition("__consumer_offsets", 3)
    assert parse_dir_name("nopartition") is None
    assert parse_dir_name("t-x") is None
    name = TopicPartition("a-b", 3).delete_dir_name()
    assert name.startswith("a-b-3.") and name.endswith("-delete")
    assert is_delete_dir(name) and parse_dir_name(name) is None
