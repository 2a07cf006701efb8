"""The broker's `group_coordinator` service (registered with `kafkapy.services`):
creates `__consumer_offsets` on first use, loads a coordinator for each of its partitions
this broker leads (replaying the partition), and unloads them at shutdown.

Kafka creates `__consumer_offsets` lazily, on the first FindCoordinator for a group
(`offsets.topic.num.partitions`, compacted, internal); so do we. Once created its
partition count is fixed: a changed config does not move groups.

On one node every partition is loaded at start-up (before the listeners open). In a
cluster (`zookeeper.connect`) the replica manager calls `on_became_leader` /
`on_resigned` as leadership moves; a new leader replays its partition in the background,
in slices of `LOAD_SLICE_RECORDS` records with the event loop served in between (Kafka
loads on its scheduler thread), and answers COORDINATOR_LOAD_IN_PROGRESS meanwhile.
"""

from __future__ import annotations

import asyncio
import itertools
import logging
from typing import Any

from kafkapy.group.clock import LoopScheduler
from kafkapy.group.config import GroupConfig
from kafkapy.group.coordinator import GroupCoordinator
from kafkapy.group.manager import GroupCoordinatorManager
from kafkapy.group.partitioner import OFFSETS_TOPIC
from kafkapy.group.storage_log import PartitionCoordinatorLog
from kafkapy.metadata import MetadataError
from kafkapy.services import SERVICES, register_service
from wire.errors import ErrorCode

log = logging.getLogger("kafkapy.group")

LOAD_SLICE_RECORDS = 1000
LOAD_RETRY_BACKOFF_S = 0.5
LOAD_RETRY_BACKOFF_MAX_S = 10.0


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
        self.cluster_mode = bool(getattr(broker, "cluster_mode", False))
        self.commit_timeout_s = _commit_timeout_s(broker.config)
        self._loading: dict[int, asyncio.Task[None]] = {}

    async def start(self) -> None:
        self.scheduler = LoopScheduler(asyncio.get_running_loop())
        self.manager.scheduler = self.scheduler
        if not self.cluster_mode and self.broker.metadata.get(OFFSETS_TOPIC) is not None:
            self._load_partitions()

    async def stop(self) -> None:
        for task in self._loading.values():
            task.cancel()
        self._loading.clear()
        self.manager.shutdown()

    # ------------------------------------------------------------------ leadership (cluster)

    def on_became_leader(self, index: int, partition: Any) -> None:
        """This broker leads `__consumer_offsets`-`index` (maybe again, after an ISR
        change in the same leader epoch: then nothing happens)."""
        self.manager.num_partitions = len(partition.topic.partitions)
        coordinator_log = PartitionCoordinatorLog(partition, self.scheduler.now_ms,
                                                  self.commit_timeout_s)
        coordinator = self.manager.install(index, coordinator_log, partition.leader_epoch)
        if coordinator is None:
            return
        old = self._loading.pop(index, None)
        if old is not None:
            old.cancel()
        task = asyncio.get_running_loop().create_task(
            self._load(index, coordinator, coordinator_log, partition.leader_epoch))
        self._loading[index] = task

    def on_resigned(self, index: int) -> None:
        """Another broker leads the partition now (or nobody does)."""
        task = self._loading.pop(index, None)
        if task is not None:
            task.cancel()
        self.manager.on_resigned(index)

    async def _load(self, index: int, coordinator: GroupCoordinator,
                    coordinator_log: PartitionCoordinatorLog, leader_epoch: int) -> None:
        """Replay in slices until loaded. A read that fails (an I/O error, segments
        swapped under the reader) starts over with a fresh coordinator after a backoff:
        clients keep getting COORDINATOR_LOAD_IN_PROGRESS and retrying, where resigning
        would send them back here with NOT_COORDINATOR while this broker stays leader."""
        backoff_s = LOAD_RETRY_BACKOFF_S
        try:
            while True:
                try:
                    records = coordinator.log.replay()
                    while chunk := list(itertools.islice(records, LOAD_SLICE_RECORDS)):
                        coordinator.replay_records(chunk)
                        await asyncio.sleep(0)  # heartbeats and fetches go on meanwhile
                    coordinator.finish_load()
                    return
                except Exception:  # a broken partition must not stop the broker
                    log.exception("loading __consumer_offsets-%d failed; retrying in %.1f s",
                                  index, backoff_s)
                await asyncio.sleep(backoff_s)
                backoff_s = min(backoff_s * 2, LOAD_RETRY_BACKOFF_MAX_S)
                self.manager.on_resigned(index)
                fresh = self.manager.install(index, coordinator_log, leader_epoch)
                assert fresh is not None  # just resigned
                coordinator = fresh
        finally:
            if self._loading.get(index) is asyncio.current_task():
                del self._loading[index]

    # ------------------------------------------------------------------ topic

    async def ensure_offsets_topic(self) -> ErrorCode:
        """Create `__consumer_offsets` unless it exists, and load its partitions.
        COORDINATOR_NOT_AVAILABLE when that fails (clients retry). In a cluster, Kafka
        does not create it while fewer brokers are alive than
        `offsets.topic.replication.factor` (it would stay under-replicated for good)."""
        if self.broker.metadata.get(OFFSETS_TOPIC) is None:
            if self.cluster_mode and self._live_brokers() < self.config.offsets_topic_replication_factor:
                log.info("not creating %s yet: %d live brokers, replication factor %d",
                         OFFSETS_TOPIC, self._live_brokers(),
                         self.config.offsets_topic_replication_factor)
                return ErrorCode.COORDINATOR_NOT_AVAILABLE
            configs = {
                "cleanup.policy": "compact",
                "compression.type": "producer",
                "segment.bytes": str(self.config.offsets_topic_segment_bytes),
            }
            try:
                await self.broker.create_internal_topic(
                    OFFSETS_TOPIC, self.config.offsets_topic_num_partitions, configs
                )
            except MetadataError as exc:
                log.error("cannot create %s: %s", OFFSETS_TOPIC, exc)
                return ErrorCode.COORDINATOR_NOT_AVAILABLE
            log.info("created %s with %d partitions", OFFSETS_TOPIC,
                     self.config.offsets_topic_num_partitions)
        if not self.cluster_mode and not self.manager.coordinators:
            self._load_partitions()
        return ErrorCode.NONE

    def _live_brokers(self) -> int:
        node = getattr(self.broker, "cluster_node", None)
        cache = node.cache if node is not None else None
        return len(cache.live_brokers) if cache is not None else 0

    def _load_partitions(self) -> None:
        """One node: load every partition this broker has (all of them), at once."""
        topic = self.broker.metadata.get(OFFSETS_TOPIC)
        self.manager.num_partitions = len(topic.partitions)
        for info in topic.partitions:
            partition = self.broker.partitions.get((OFFSETS_TOPIC, info.partition))
            if partition is None or info.partition in self.manager.coordinators:
                continue
            coordinator_log = PartitionCoordinatorLog(partition, self.scheduler.now_ms,
                                                      self.commit_timeout_s)
            self.manager.on_became_leader(info.partition, coordinator_log)

    # ------------------------------------------------------------------ routing

    def coordinator_for(self, group_id: str) -> tuple[GroupCoordinator | None, ErrorCode]:
        if not self.cluster_mode and not self.manager.coordinators:
            if self.broker.metadata.get(OFFSETS_TOPIC) is None:
                return None, ErrorCode.COORDINATOR_NOT_AVAILABLE
            self._load_partitions()
        return self.manager.coordinator_for(group_id)


def _commit_timeout_s(broker_config: Any) -> float:
    try:
        return int(broker_config.get("offsets.commit.timeout.ms")) / 1000
    except (KeyError, TypeError, ValueError):
        return 5.0


if "group_coordinator" not in SERVICES:
    register_service("group_coordinator", GroupCoordinatorService)
