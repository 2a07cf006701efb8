"""The broker's `group_coordinator`: one `GroupCoordinator` per `__consumer_offsets`
partition this broker leads, and the routing from group id to coordinator.

Today one node leads every partition; when replication arrives, the replica manager calls
`on_became_leader(partition, log)` / `on_resigned(partition)` as leadership moves, and the
coordinator moves with it (Kafka's onElection/onResignation).
"""

from __future__ import annotations

import logging

from kafkapy.group.clock import Scheduler
from kafkapy.group.config import GroupConfig
from kafkapy.group.coordinator import GroupCoordinator
from kafkapy.group.errors import Errors
from kafkapy.group.log import CoordinatorLog
from kafkapy.group.partitioner import partition_for

log = logging.getLogger("kafkapy.group")


class GroupCoordinatorManager:
    def __init__(self, config: GroupConfig, scheduler: Scheduler) -> None:
        self.config = config
        self.scheduler = scheduler
        self.coordinators: dict[int, GroupCoordinator] = {}
        # Fixed by the topic once it exists (a later config change must not move groups).
        self.num_partitions = config.offsets_topic_num_partitions

    def partition_for(self, group_id: str) -> int:
        return partition_for(group_id, self.num_partitions)

    def on_became_leader(self, partition: int, coordinator_log: CoordinatorLog) -> None:
        """Load the partition's groups (replay) and start serving them."""
        self.on_resigned(partition)
        coordinator = GroupCoordinator(partition, self.config, self.scheduler, coordinator_log)
        log.info("loading groups of __consumer_offsets-%d", partition)
        coordinator.load()
        self.coordinators[partition] = coordinator

    def on_resigned(self, partition: int) -> None:
        coordinator = self.coordinators.pop(partition, None)
        if coordinator is not None:
            coordinator.unload()

    def shutdown(self) -> None:
        for partition in list(self.coordinators):
            self.on_resigned(partition)

    def coordinator_for(self, group_id: str) -> tuple[GroupCoordinator | None, Errors]:
        """The coordinator of the group's partition, or the error to answer with:
        NOT_COORDINATOR when this broker does not lead that partition."""
        coordinator = self.coordinators.get(self.partition_for(group_id))
        if coordinator is None:
            return None, Errors.NOT_COORDINATOR
        if not coordinator.loaded:
            return None, Errors.COORDINATOR_LOAD_IN_PROGRESS
        return coordinator, Errors.NONE

    def all_coordinators(self) -> list[GroupCoordinator]:
        return [c for c in self.coordinators.values() if c.loaded]
