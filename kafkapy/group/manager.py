"""The broker's `group_coordinator`: one `GroupCoordinator` per `__consumer_offsets`
partition this broker leads, and the routing from group id to coordinator.

On one node this broker leads every partition. In a cluster the replica manager calls the
service's `on_became_leader` / `on_resigned` as leadership moves, and the coordinator
moves with it (Kafka's GroupCoordinator.onElection / onResignation): a new leader epoch
installs a fresh coordinator that replays the partition; a state change within the same
epoch (the ISR shrank or grew) keeps the one that serves.
"""

from __future__ import annotations

import logging

from kafkapy.group.clock import Scheduler
from kafkapy.group.config import GroupConfig
from kafkapy.group.coordinator import GroupCoordinator
from kafkapy.group.log import CoordinatorLog
from kafkapy.group.partitioner import partition_for
from wire.errors import ErrorCode

log = logging.getLogger("kafkapy.group")


class GroupCoordinatorManager:
    def __init__(self, config: GroupConfig, scheduler: Scheduler) -> None:
        self.config = config
        self.scheduler = scheduler
        self.coordinators: dict[int, GroupCoordinator] = {}
        # The leader epoch each coordinator was installed for (None: one node, no epochs).
        self.leader_epochs: dict[int, int | None] = {}
        # Fixed by the topic once it exists (a later config change must not move groups).
        self.num_partitions = config.offsets_topic_num_partitions

    def partition_for(self, group_id: str) -> int:
        return partition_for(group_id, self.num_partitions)

    def install(self, partition: int, coordinator_log: CoordinatorLog,
                leader_epoch: int | None = None) -> GroupCoordinator | None:
        """A new, not yet loaded coordinator for `partition` (requests for its groups get
        COORDINATOR_LOAD_IN_PROGRESS until it is loaded); the previous one, if any, is
        unloaded first. None when the partition is already served in `leader_epoch`: an
        ISR change is not a leadership change, and reloading would answer every parked
        JoinGroup/SyncGroup with NOT_COORDINATOR for nothing."""
        if (leader_epoch is not None and partition in self.coordinators
                and self.leader_epochs.get(partition) == leader_epoch):
            return None
        self.on_resigned(partition)
        coordinator = GroupCoordinator(partition, self.config, self.scheduler, coordinator_log)
        self.coordinators[partition] = coordinator
        self.leader_epochs[partition] = leader_epoch
        log.info("loading groups of __consumer_offsets-%d (leader epoch %s)", partition,
                 leader_epoch)
        return coordinator

    def on_became_leader(self, partition: int, coordinator_log: CoordinatorLog,
                         leader_epoch: int | None = None) -> None:
        """Load the partition's groups (replay, at once) and start serving them."""
        coordinator = self.install(partition, coordinator_log, leader_epoch)
        if coordinator is not None:
            coordinator.load()

    def on_resigned(self, partition: int) -> None:
        """Leadership moved away: answer everything pending with NOT_COORDINATOR and
        forget the partition's groups (the new leader replays them)."""
        coordinator = self.coordinators.pop(partition, None)
        self.leader_epochs.pop(partition, None)
        if coordinator is not None:
            coordinator.unload()
            log.info("unloaded groups of __consumer_offsets-%d", partition)

    def shutdown(self) -> None:
        for partition in list(self.coordinators):
            self.on_resigned(partition)

    def coordinator_for(self, group_id: str) -> tuple[GroupCoordinator | None, ErrorCode]:
        """The coordinator of the group's partition, or the error to answer with:
        NOT_COORDINATOR when this broker does not lead that partition,
        COORDINATOR_LOAD_IN_PROGRESS while it replays it."""
        coordinator = self.coordinators.get(self.partition_for(group_id))
        if coordinator is None:
            return None, ErrorCode.NOT_COORDINATOR
        if not coordinator.loaded:
            return None, ErrorCode.COORDINATOR_LOAD_IN_PROGRESS
        return coordinator, ErrorCode.NONE

    def all_coordinators(self) -> list[GroupCoordinator]:
        return [c for c in self.coordinators.values() if c.loaded]
