"""`ZkTopicWriter`: `ClusterMetadata`'s changes in cluster mode (Kafka 2.x's `AdminZkClient`).

`ClusterMetadata.create_topic / check_new_topic / add_partitions / delete_topic /
set_topic_configs` delegate here when `zookeeper.connect` is set. They stay synchronous for
their callers (CreateTopics, Metadata auto-creation, the group coordinator): the replica
assignment is computed from the live brokers this broker knows, the topic appears at once
in the local mirror (leaders -1 until the controller elects them, so clients see
LEADER_NOT_AVAILABLE and retry, as with Kafka), and the ZooKeeper write runs on the loop.
If it fails (another broker created the same topic first), the watch replaces the local
mirror with the real topic.
"""

from __future__ import annotations

import asyncio
import logging
import uuid
from typing import Any

from kafkapy.cluster import zk_data as zd
from kafkapy.cluster.assignment import AssignmentError, assign_replicas

log = logging.getLogger("kafkapy.cluster.topics")

OFFSETS_TOPIC = "__consumer_offsets"


class ZkTopicWriter:
    def __init__(self, broker: Any, replica_manager: Any) -> None:
        self.broker = broker
        self.rm = replica_manager
        self.node = replica_manager.node
        self._tasks: set[asyncio.Task[Any]] = set()

    def _spawn(self, coro: Any, what: str) -> None:
        async def guarded() -> None:
            try:
                await coro
            except Exception as exc:  # noqa: BLE001 - logged; the watch restores the truth
                log.warning("cluster metadata write failed", extra={"what": what,
                                                                    "error": repr(exc)})

        task = asyncio.get_running_loop().create_task(guarded())
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    def _racks(self) -> dict[int, str | None]:
        cache = self.node.cache
        return cache.racks() if cache is not None else {}

    def _default_rf(self, name: str) -> int:
        cfg = self.broker.config
        if name == OFFSETS_TOPIC:
            # Kafka refuses to create it with fewer brokers; we cap (a 1-broker cluster works).
            return max(1, min(int(cfg.get("offsets.topic.replication.factor")),
                              len(self._racks()) or 1))
        return int(cfg.get("default.replication.factor"))

    def _assign(self, name: str, num_partitions: int, rf: int | None,
                start: int = 0) -> dict[int, list[int]]:
        from kafkapy.metadata import MetadataError

        try:
            return assign_replicas(self._racks(), num_partitions, rf or self._default_rf(name),
                                   start_partition=start)
        except AssignmentError as exc:
            raise MetadataError(exc.error_code, exc.message) from None

    def check_new_topic(self, name: str, num_partitions: int, replication_factor: int | None,
                        assignments: dict[int, list[int]] | None) -> None:
        from kafkapy.metadata import (
            INVALID_REPLICA_ASSIGNMENT,
            TOPIC_ALREADY_EXISTS,
            MetadataError,
            validate_topic_name,
        )

        validate_topic_name(name)
        if name in self.broker.metadata.topics:
            raise MetadataError(TOPIC_ALREADY_EXISTS, f"Topic '{name}' already exists.")
        if assignments:
            live = self._racks()
            for p, replicas in assignments.items():
                unknown = [r for r in replicas if r not in live]
                if not replicas or len(set(replicas)) != len(replicas) or unknown:
                    raise MetadataError(INVALID_REPLICA_ASSIGNMENT,
                                        f"Bad replica assignment {replicas} for partition {p}.")
            return
        self._assign(name, num_partitions, replication_factor)

    def create_topic(self, name: str, num_partitions: int, configs: dict[str, str] | None,
                     assignments: dict[int, list[int]] | None, replication_factor: int | None,
                     topic_id: uuid.UUID | None) -> Any:
        self.check_new_topic(name, num_partitions, replication_factor, assignments)
        assignments = assignments or self._assign(name, num_partitions, replication_factor)
        topic_id = topic_id or uuid.uuid4()
        cache = self.node.cache
        if cache is not None:
            cache.topic_configs[name] = dict(configs or {})
        self.rm.on_topic_changed(name, zd.TopicAssignment(topic_id, assignments))
        self._spawn(self.node.create_topic(name, len(assignments), configs=dict(configs or {}),
                                           assignments=assignments, topic_id=topic_id),
                    f"create {name}")
        return self.broker.metadata.topics[name]

    def add_partitions(self, name: str, new_total: int, assignments: list[list[int]] | None,
                       validate_only: bool) -> Any:
        from kafkapy.metadata import INVALID_PARTITIONS, UNKNOWN_TOPIC_OR_PARTITION, MetadataError

        topic = self.broker.metadata.topics.get(name)
        if topic is None:
            raise MetadataError(UNKNOWN_TOPIC_OR_PARTITION, f"The topic '{name}' does not exist.")
        current = len(topic.partitions)
        if new_total <= current:
            raise MetadataError(INVALID_PARTITIONS,
                                f"Topic currently has {current} partitions, which is higher "
                                f"than or equal to the requested {new_total}.")
        rf = len(topic.partitions[0].replicas) if topic.partitions else None
        added = (dict(enumerate(assignments, current)) if assignments
                 else self._assign(name, new_total - current, rf, start=current))
        if validate_only:
            return topic
        self._spawn(self.node.add_partitions(name, new_total, list(added.values())),
                    f"grow {name}")
        return topic

    def delete_topic(self, name: str) -> Any:
        from kafkapy.metadata import UNKNOWN_TOPIC_OR_PARTITION, MetadataError

        topic = self.broker.metadata.topics.get(name)
        if topic is None:
            raise MetadataError(UNKNOWN_TOPIC_OR_PARTITION,
                                "This server does not host this topic-partition.")
        self._spawn(self.node.delete_topic(name), f"delete {name}")
        return topic

    def set_topic_configs(self, name: str, configs: dict[str, str]) -> Any:
        topic = self.broker.metadata.topics.get(name)
        zk = self.node.zk
        if zk is not None:
            self._spawn(zk.set(zd.topic_config_path(name), zd.encode_topic_config(configs)),
                        f"configs of {name}")
        return topic
