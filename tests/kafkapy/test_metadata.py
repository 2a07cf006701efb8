"""ClusterMetadata: creation rules, listeners, persistence across a reload."""

from __future__ import annotations

from pathlib import Path

import pytest

from kafkapy.metadata import (
    ClusterMetadata,
    MetadataError,
    PartitionInfo,
    TopicInfo,
)
from wire.errors import ErrorCode


class Recorder:
    def __init__(self) -> None:
        self.events: list[tuple[str, str, list[int]]] = []

    def on_partitions_created(self, topic: TopicInfo, partitions: list[PartitionInfo]) -> None:
        self.events.append(("created", topic.name, [p.partition for p in partitions]))

    def on_topic_deleted(self, topic: TopicInfo) -> None:
        self.events.append(("deleted", topic.name, []))

    def on_topic_configs_changed(self, topic: TopicInfo) -> None:
        self.events.append(("configs", topic.name, []))


def _code(fn: object, *args: object, **kw: object) -> int:
    with pytest.raises(MetadataError) as exc:
        fn(*args, **kw)  # type: ignore[operator]
    return exc.value.error_code


def test_create_grow_delete_and_reload(tmp_path: Path) -> None:
    md = ClusterMetadata(tmp_path, node_id=1)
    rec = Recorder()
    md.add_listener(rec)
    t = md.create_topic("orders", 3, {"retention.ms": "1000"})
    assert [p.leader for p in t.partitions] == [1, 1, 1]
    md.add_partitions("orders", 5)
    md.set_topic_configs("orders", {"cleanup.policy": "compact"})
    md.create_topic("gone", 1)
    md.delete_topic("gone")
    assert rec.events == [
        ("created", "orders", [0, 1, 2]),
        ("created", "orders", [3, 4]),
        ("configs", "orders", []),
        ("created", "gone", [0]),
        ("deleted", "gone", []),
    ]
    again = ClusterMetadata(tmp_path, node_id=1)
    again.load()
    assert list(again.topics) == ["orders"]
    o = again.topics["orders"]
    assert o.topic_id == t.topic_id and o.num_partitions == 5
    assert o.configs == {"cleanup.policy": "compact"}
    assert again.get_by_id(t.topic_id) is o
    again.bump_leader_epochs()
    assert {p.leader_epoch for p in o.partitions} == {1}


@pytest.mark.parametrize("name", ["", ".", "..", "a" * 250, "bad/name", "sp ace", "é"])
def test_illegal_topic_names(tmp_path: Path, name: str) -> None:
    md = ClusterMetadata(tmp_path, 1)
    assert _code(md.create_topic, name, 1) == ErrorCode.INVALID_TOPIC_EXCEPTION
    assert md.topics == {}


def test_creation_errors(tmp_path: Path) -> None:
    md = ClusterMetadata(tmp_path, 1)
    md.create_topic("t", 1)
    assert _code(md.create_topic, "t", 1) == ErrorCode.TOPIC_ALREADY_EXISTS
    assert _code(md.create_topic, "u", 0) == ErrorCode.INVALID_PARTITIONS
    assert _code(md.create_topic, "u", 1, replication_factor=3) == ErrorCode.INVALID_REPLICATION_FACTOR
    assert _code(md.create_topic, "u", 1, assignments={0: [2]}) == ErrorCode.INVALID_REPLICA_ASSIGNMENT
    assert _code(md.create_topic, "u", 1, assignments={1: [1]}) == ErrorCode.INVALID_REPLICA_ASSIGNMENT
    assert _code(md.add_partitions, "t", 1) == ErrorCode.INVALID_PARTITIONS
    assert _code(md.add_partitions, "nope", 2) == ErrorCode.UNKNOWN_TOPIC_OR_PARTITION
    assert _code(md.add_partitions, "t", 3, [[1]]) == ErrorCode.INVALID_REPLICA_ASSIGNMENT
    assert _code(md.delete_topic, "nope") == ErrorCode.UNKNOWN_TOPIC_OR_PARTITION
    assert md.add_partitions("t", 4, validate_only=True).num_partitions == 1
    assert md.create_topic("u", 0, assignments={0: [1], 1: [1]}).num_partitions == 2
