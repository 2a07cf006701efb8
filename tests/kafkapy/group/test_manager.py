"""Coordinators follow `__consumer_offsets` partition leadership: load replays, resign
answers pending requests with NOT_COORDINATOR, and a new leader carries on."""

from __future__ import annotations

from kafkapy.group.clock import ManualScheduler
from kafkapy.group.config import GroupConfig
from kafkapy.group.log import MemoryCoordinatorLog
from kafkapy.group.manager import GroupCoordinatorManager
from kafkapy.group.partitioner import partition_for
from wire.errors import ErrorCode

from .harness import Box


def test_routing_and_leadership_moves() -> None:
    clock = ManualScheduler()
    manager = GroupCoordinatorManager(GroupConfig(offsets_topic_num_partitions=3), clock)
    logs = {p: MemoryCoordinatorLog() for p in range(3)}
    p = partition_for("grp", 3)
    assert manager.coordinator_for("grp") == (None, ErrorCode.NOT_COORDINATOR)
    manager.on_became_leader(p, logs[p])
    coord, error = manager.coordinator_for("grp")
    assert coord is not None and error == ErrorCode.NONE and coord.partition == p
    box = Box()
    coord.commit_offsets("grp", "", None, -1, {("t", 0): (11, -1, None)}, box)
    assert box.value == {("t", 0): ErrorCode.NONE}
    waiting = Box()
    coord.join_group("grp", "", None, False, "c", "/h", 10_000, 10_000, "consumer",
                     [("range", b"")], waiting)
    manager.on_resigned(p)  # leadership moved away
    assert waiting.value.error == ErrorCode.NOT_COORDINATOR
    assert manager.coordinator_for("grp") == (None, ErrorCode.NOT_COORDINATOR)
    manager.on_became_leader(p, logs[p])  # and back: replayed from the partition
    coord2, _ = manager.coordinator_for("grp")
    assert coord2 is not None and coord2 is not coord
    assert coord2.fetch_offsets("grp", [("t", 0)])[("t", 0)].offset == 11
    manager.shutdown()
    assert manager.all_coordinators() == []


def test_group_config_from_the_broker_config() -> None:
    from kafkapy.config.kafka_config import KafkaConfig
    from kafkapy.group.service import group_config

    config = KafkaConfig.load(None, [
        "group.initial.rebalance.delay.ms=5", "offsets.topic.num.partitions=7",
        "offsets.retention.minutes=3", "group.min.session.timeout.ms=1000",
    ])
    got = group_config(config)
    assert (got.group_initial_rebalance_delay_ms, got.offsets_topic_num_partitions,
            got.offsets_retention_ms, got.group_min_session_timeout_ms) == (5, 7, 180_000, 1000)
    assert got.group_max_session_timeout_ms == 1_800_000  # Kafka's default
