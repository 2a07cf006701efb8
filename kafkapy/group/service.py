"""The broker service `group_coordinator` (registered with `kafkapy.services`):
creates `__consumer_offsets` on first use, loads a coordinator for each of its partitions
this broker leads (replaying the partition), and unloads them at shutdown.

Kafka creates `__consumer_offsets` lazily, on the first FindCoordinator for a group
(`offsets.topic.num.partitions`, compacted, internal); so do we. Once created its
partition count is fixed: a changed config does not move groups.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from kafkapy.group.clock import LoopScheduler
from kafkapy.group.config import GroupConfig
from kafkapy.group.coordinator import GroupCoordinator
from kafkapy.group.errors import Errors
from kafkapy.group.manager import GroupCoordinatorManager
from kafkapy.group.partitioner import OFFSETS_TOPIC
from kafkapy.group.storage_log import PartitionCoordinatorLog
from kafkapy.metadata import MetadataError
from kafkapy.services import SERVICES, register_service

log = logging.getLogger("kafkapy.group")


def group_config(broker_config: Any) -> GroupConfig:
    """GroupConfig from the broker's KafkaConfig (Kafka's key names)."""
    values: dict[str, int] = {}
    for name in GroupConfig.__dataclass_fields__:
        try:
            values[name] = int(broker_config.get(name.replace("_", ".")))
        except (KeyError, TypeError, ValueError):
            continue
    return GroupConfig(**values)


class GroupCoordinatorService:
    def __init__(self, broker: Any) -> None:
        self.broker = broker
        self.config = group_config(broker.config)
        self.scheduler = LoopScheduler()
        self.manager = GroupCoordinatorManager(self.config, self.scheduler)

    async def start(self) -> None:
        self.scheduler = LoopScheduler(asyncio.get_running_loop())
        self.manager.scheduler = self.scheduler
        if self.broker.metadata.get(OFFSETS_TOPIC) is not None:
            self._load_partitions()

    async def stop(self) -> None:
        self.manager.shutdown()

    # ------------------------------------------------------------------ topic

    def ensure_offsets_topic(self) -> Errors:
        """Create `__consumer_offsets` unless it exists, and load its partitions.
        COORDINATOR_NOT_AVAILABLE when that fails (clients retry)."""
        if self.broker.metadata.get(OFFSETS_TOPIC) is None:
            configs = {
                "cleanup.policy": "compact",
                "compression.type": "producer",
                "segment.bytes": str(self.config.offsets_topic_segment_bytes),
            }
            try:
                self.broker.create_internal_topic(
                    OFFSETS_TOPIC, self.config.offsets_topic_num_partitions, configs
                )
            except MetadataError as exc:
                log.error("cannot create %s: %s", OFFSETS_TOPIC, exc)
                return Errors.COORDINATOR_NOT_AVAILABLE
            log.info("created %s with %d partitions", OFFSETS_TOPIC,
                     self.config.offsets_topic_num_partitions)
        if not self.manager.coordinators:
            self._load_partitions()
        return Errors.NONE

    def _load_partitions(self) -> None:
        topic = self.broker.metadata.get(OFFSETS_TOPIC)
        self.manager.num_partitions = len(topic.partitions)
        for info in topic.partitions:
            partition = self.broker.partitions.get((OFFSETS_TOPIC, info.partition))
            if partition is None or info.partition in self.manager.coordinators:
                continue
            coordinator_log = PartitionCoordinatorLog(partition, self.scheduler.now_ms)
            self.manager.on_became_leader(info.partition, coordinator_log)

    # ------------------------------------------------------------------ routing

    def coordinator_for(self, group_id: str) -> tuple[GroupCoordinator | None, Errors]:
        if not self.manager.coordinators:
            if self.broker.metadata.get(OFFSETS_TOPIC) is None:
                return None, Errors.COORDINATOR_NOT_AVAILABLE
            self._load_partitions()
        return self.manager.coordinator_for(group_id)


if "group_coordinator" not in SERVICES:
    register_service("group_coordinator", GroupCoordinatorService)
