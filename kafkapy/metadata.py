"""Cluster metadata: topics, their ids, partitions, leaders and config overrides.

`ClusterMetadata` is the single owner of "which topics exist". It is pure state
plus persistence (one JSON file in the first log dir, written temp + fsync +
rename), owned by the broker's event-loop thread: no locks. The broker listens
to changes (`add_listener`) to create, grow and delete the partition logs; the
admin handlers (CreateTopics, DeleteTopics, CreatePartitions, AlterConfigs) call
`create_topic`, `delete_topic`, `add_partitions` and `set_topic_configs`.

Errors are `MetadataError` carrying the Kafka error code the handler should
return (TOPIC_ALREADY_EXISTS, INVALID_TOPIC_EXCEPTION, INVALID_PARTITIONS, ...).
On one node every partition is led by this node; the leader epoch starts at 0
and is bumped each time the broker (re)starts leading it, as a KRaft controller
would on a leader election.
"""

from __future__ import annotations

import json
import os
import re
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from wire.errors import ErrorCode

METADATA_FILE = "kafkapy-cluster-metadata.json"
FORMAT_VERSION = 1

# Kafka's org.apache.kafka.common.internals.Topic rules.
MAX_TOPIC_NAME_LENGTH = 249
_LEGAL_TOPIC = re.compile(r"^[a-zA-Z0-9._-]+$")


class MetadataError(Exception):
    """A request the metadata cannot apply; `error_code` is Kafka's code for it."""

    def __init__(self, error_code: int, message: str) -> None:
        super().__init__(message)
        self.error_code = error_code
        self.message = message


@dataclass(slots=True)
class PartitionInfo:
    partition: int
    replicas: list[int]
    leader: int
    leader_epoch: int = 0
    isr: list[int] = field(default_factory=list)


@dataclass(slots=True)
class TopicInfo:
    name: str
    topic_id: uuid.UUID
    partitions: list[PartitionInfo]
    configs: dict[str, str] = field(default_factory=dict)
    internal: bool = False

    @property
    def num_partitions(self) -> int:
        return len(self.partitions)


class MetadataListener(Protocol):
    def on_partitions_created(self, topic: TopicInfo, partitions: list[PartitionInfo]) -> None: ...
    def on_topic_deleted(self, topic: TopicInfo) -> None: ...
    def on_topic_configs_changed(self, topic: TopicInfo) -> None: ...


def validate_topic_name(name: str) -> None:
    """Raise INVALID_TOPIC_EXCEPTION for a name Kafka would refuse."""
    if not name:
        raise MetadataError(ErrorCode.INVALID_TOPIC_EXCEPTION, "Topic name is illegal, it can't be empty")
    if name in (".", ".."):
        raise MetadataError(ErrorCode.INVALID_TOPIC_EXCEPTION, "Topic name cannot be \".\" or \"..\"")
    if len(name) > MAX_TOPIC_NAME_LENGTH:
        raise MetadataError(
            ErrorCode.INVALID_TOPIC_EXCEPTION,
            f"Topic name is illegal, it can't be longer than {MAX_TOPIC_NAME_LENGTH} characters",
        )
    if not _LEGAL_TOPIC.match(name):
        raise MetadataError(
            ErrorCode.INVALID_TOPIC_EXCEPTION,
            f"Topic name \"{name}\" is illegal, it contains a character other than "
            "ASCII alphanumerics, '.', '_' and '-'",
        )


class ClusterMetadata:
    """Topics and partitions of the cluster, persisted in `log_dir/METADATA_FILE`."""

    def __init__(self, log_dir: Path, node_id: int) -> None:
        self.path = Path(log_dir) / METADATA_FILE
        self.node_id = node_id
        self.topics: dict[str, TopicInfo] = {}
        self.topics_by_id: dict[uuid.UUID, TopicInfo] = {}
        self._listeners: list[MetadataListener] = []
        # Cluster mode (`zookeeper.connect`): a `kafkapy.cluster.zk_metadata.ZkTopicWriter`
        # that the changes below are delegated to; topics then mirror ZooKeeper and are
        # not saved in the metadata file. None on the embedded single node.
        self.cluster: Any = None
        # Cluster mode, between binding the listeners and joining ZooKeeper: this broker
        # knows nothing of the cluster yet and must not create anything on its own.
        self.joining = False

    # -- listeners ---------------------------------------------------------
    def add_listener(self, listener: MetadataListener) -> None:
        self._listeners.append(listener)

    # -- queries -----------------------------------------------------------
    def get(self, name: str) -> TopicInfo | None:
        return self.topics.get(name)

    def get_by_id(self, topic_id: uuid.UUID) -> TopicInfo | None:
        return self.topics_by_id.get(topic_id)

    def partition(self, name: str, partition: int) -> PartitionInfo | None:
        topic = self.topics.get(name)
        if topic is None or not 0 <= partition < len(topic.partitions):
            return None
        return topic.partitions[partition]

    # -- changes -----------------------------------------------------------
    def _refuse_while_joining(self) -> None:
        if self.joining:
            # Kafka 2.x's answer from a broker that is not (yet) the controller: clients
            # look the controller up again and retry.
            raise MetadataError(ErrorCode.NOT_CONTROLLER, "This broker has not joined the cluster yet.")

    def check_new_topic(
        self,
        name: str,
        num_partitions: int,
        replication_factor: int = 1,
        assignments: dict[int, list[int]] | None = None,
    ) -> None:
        """Everything `create_topic` checks, without changing anything (validate_only)."""
        self._refuse_while_joining()
        if self.cluster is not None:
            self.cluster.check_new_topic(name, num_partitions, replication_factor, assignments)
            return
        validate_topic_name(name)
        if name in self.topics:
            raise MetadataError(ErrorCode.TOPIC_ALREADY_EXISTS, f"Topic '{name}' already exists.")
        if assignments:
            self._check_assignments(assignments, 0)
            return
        if num_partitions <= 0:
            raise MetadataError(ErrorCode.INVALID_PARTITIONS, "Number of partitions must be larger than 0.")
        if replication_factor <= 0:
            raise MetadataError(
                ErrorCode.INVALID_REPLICATION_FACTOR, "Replication factor must be larger than 0."
            )
        if replication_factor > 1:
            raise MetadataError(
                ErrorCode.INVALID_REPLICATION_FACTOR,
                f"Unable to replicate the partition {replication_factor} time(s): "
                "The target replication factor of "
                f"{replication_factor} cannot be reached because only 1 broker(s) are registered.",
            )

    def create_topic(
        self,
        name: str,
        num_partitions: int,
        configs: dict[str, str] | None = None,
        assignments: dict[int, list[int]] | None = None,
        replication_factor: int = 1,
        internal: bool = False,
        topic_id: uuid.UUID | None = None,
    ) -> TopicInfo:
        """Create a topic and its partitions (listeners create the logs), then persist."""
        self._refuse_while_joining()
        if self.cluster is not None:
            return self.cluster.create_topic(  # type: ignore[no-any-return]
                name, num_partitions, configs, assignments, replication_factor, topic_id)
        self.check_new_topic(name, num_partitions, replication_factor, assignments)
        if assignments:
            num_partitions = len(assignments)
        parts = [self._new_partition(p, (assignments or {}).get(p)) for p in range(num_partitions)]
        topic = TopicInfo(name, topic_id or uuid.uuid4(), parts, dict(configs or {}), internal)
        self.topics[name] = topic
        self.topics_by_id[topic.topic_id] = topic
        self.save()
        for listener in self._listeners:
            listener.on_partitions_created(topic, parts)
        return topic

    def add_partitions(
        self,
        name: str,
        new_total: int,
        assignments: list[list[int]] | None = None,
        validate_only: bool = False,
    ) -> TopicInfo:
        """Grow `name` to `new_total` partitions (CreatePartitions semantics)."""
        self._refuse_while_joining()
        if self.cluster is not None:
            return self.cluster.add_partitions(  # type: ignore[no-any-return]
                name, new_total, assignments, validate_only)
        topic = self.topics.get(name)
        if topic is None:
            raise MetadataError(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, f"The topic '{name}' does not exist.")
        current = len(topic.partitions)
        if new_total < current:
            raise MetadataError(
                ErrorCode.INVALID_PARTITIONS,
                f"Topic currently has {current} partitions, which is higher than the requested "
                f"{new_total}.",
            )
        if new_total == current:
            raise MetadataError(
                ErrorCode.INVALID_PARTITIONS, f"Topic already has {current} partitions."
            )
        if assignments is not None and len(assignments) != new_total - current:
            raise MetadataError(
                ErrorCode.INVALID_REPLICA_ASSIGNMENT,
                f"Attempted to add {new_total - current} additional partition(s), but only "
                f"{len(assignments)} assignment(s) were specified.",
            )
        if assignments:
            self._check_assignments(dict(enumerate(assignments, current)), current)
        if validate_only:
            return topic
        parts = [
            self._new_partition(p, assignments[p - current] if assignments else None)
            for p in range(current, new_total)
        ]
        topic.partitions.extend(parts)
        self.save()
        for listener in self._listeners:
            listener.on_partitions_created(topic, parts)
        return topic

    def delete_topic(self, name: str) -> TopicInfo:
        """Forget `name`; listeners remove its logs (asynchronously, as Kafka does)."""
        self._refuse_while_joining()
        if self.cluster is not None:
            return self.cluster.delete_topic(name)  # type: ignore[no-any-return]
        topic = self.topics.pop(name, None)
        if topic is None:
            raise MetadataError(
                ErrorCode.UNKNOWN_TOPIC_OR_PARTITION,
                "This server does not host this topic-partition.",
            )
        self.topics_by_id.pop(topic.topic_id, None)
        self.save()
        for listener in self._listeners:
            listener.on_topic_deleted(topic)
        return topic

    def set_topic_configs(self, name: str, configs: dict[str, str]) -> TopicInfo:
        """Replace the topic's config overrides (already validated by the caller)."""
        topic = self.topics.get(name)
        if topic is None:
            raise MetadataError(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, f"The topic '{name}' does not exist.")
        topic.configs = dict(configs)
        if self.cluster is not None:
            self.cluster.set_topic_configs(name, topic.configs)
        self.save()
        for listener in self._listeners:
            listener.on_topic_configs_changed(topic)
        return topic

    def bump_leader_epochs(self) -> None:
        """A (re)start makes this node leader anew: every leader epoch moves on by one."""
        for topic in self.topics.values():
            for p in topic.partitions:
                if p.leader == self.node_id:
                    p.leader_epoch += 1
        self.save()

    # -- helpers -------------------------------------------------------------
    def _new_partition(self, partition: int, replicas: list[int] | None) -> PartitionInfo:
        replicas = list(replicas) if replicas else [self.node_id]
        return PartitionInfo(partition, replicas, replicas[0], 0, list(replicas))

    def _check_assignments(self, assignments: dict[int, list[int]], first: int) -> None:
        expected = list(range(first, first + len(assignments)))
        if sorted(assignments) != expected:
            raise MetadataError(
                ErrorCode.INVALID_REPLICA_ASSIGNMENT,
                "Partitions should be a consecutive 0-based integer sequence",
            )
        for p, replicas in assignments.items():
            if not replicas:
                raise MetadataError(
                    ErrorCode.INVALID_REPLICA_ASSIGNMENT, f"Empty replica assignment for partition {p}."
                )
            if len(set(replicas)) != len(replicas):
                raise MetadataError(
                    ErrorCode.INVALID_REPLICA_ASSIGNMENT,
                    f"Duplicate brokers not allowed in replica assignment: {replicas}.",
                )
            unknown = [r for r in replicas if r != self.node_id]
            if unknown:
                raise MetadataError(
                    ErrorCode.INVALID_REPLICA_ASSIGNMENT,
                    f"Unknown broker(s) {unknown} in replica assignment of partition {p}.",
                )

    # -- persistence -----------------------------------------------------------
    def load(self) -> None:
        """Read the metadata file if there is one (a fresh log dir has none)."""
        if not self.path.exists():
            return
        doc = json.loads(self.path.read_text())
        for t in doc["topics"]:
            parts = [PartitionInfo(**p) for p in t["partitions"]]
            topic = TopicInfo(
                t["name"], uuid.UUID(t["topic_id"]), parts, dict(t["configs"]), t["internal"]
            )
            self.topics[topic.name] = topic
            self.topics_by_id[topic.topic_id] = topic

    def save(self) -> None:
        if self.cluster is not None:
            return  # cluster mode: ZooKeeper holds the metadata
        doc: dict[str, Any] = {
            "version": FORMAT_VERSION,
            "topics": [
                {
                    "name": t.name,
                    "topic_id": str(t.topic_id),
                    "configs": t.configs,
                    "internal": t.internal,
                    "partitions": [
                        {
                            "partition": p.partition,
                            "replicas": p.replicas,
                            "leader": p.leader,
                            "leader_epoch": p.leader_epoch,
                            "isr": p.isr,
                        }
                        for p in t.partitions
                    ],
                }
                for t in self.topics.values()
            ],
        }
        atomic_write(self.path, json.dumps(doc, separators=(",", ":")).encode())


def atomic_write(path: Path, data: bytes) -> None:
    """Write temp file, fsync, rename, fsync the directory (Kafka's checkpoint discipline)."""
    tmp = path.with_name(path.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    try:
        os.write(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(tmp, path)
    dfd = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(dfd)
    finally:
        os.close(dfd)

