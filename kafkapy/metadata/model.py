"""The values a `MetadataStore` holds and answers with: topics, partitions, requested changes.

`TopicInfo` / `PartitionInfo` are the store's live records: a store updates them in place
(leader, epoch, ISR, configs, new partitions), so a holder (a `Partition`) always sees the
current state. Only the store changes them, on the event-loop thread.

`MetadataError` carries the Kafka error code a handler answers with (TOPIC_ALREADY_EXISTS,
INVALID_TOPIC_EXCEPTION, INVALID_PARTITIONS, NOT_CONTROLLER, REQUEST_TIMED_OUT, ...).
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, field
from typing import Protocol

from wire.errors import ErrorCode

# Kafka's org.apache.kafka.common.internals.Topic rules.
MAX_TOPIC_NAME_LENGTH = 249
_LEGAL_TOPIC = re.compile(r"^[a-zA-Z0-9._-]+$")


class MetadataError(Exception):
    """A change the store cannot apply; `error_code` is Kafka's code for it."""

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


@dataclass(frozen=True, slots=True)
class NewTopic:
    """One topic to create. `replication_factor` None: the store's default for this topic
    (1 on one node; `default.replication.factor`, or `offsets.topic.replication.factor` for
    `__consumer_offsets`, in a cluster). `assignments` (partition -> replicas) replace
    `num_partitions` and `replication_factor` when given."""

    name: str
    num_partitions: int
    replication_factor: int | None = None
    assignments: dict[int, list[int]] | None = None
    configs: dict[str, str] = field(default_factory=dict)
    internal: bool = False


@dataclass(frozen=True, slots=True)
class NewPartitions:
    """Grow `name` to `total` partitions; `assignments`: the new partitions' replicas."""

    name: str
    total: int
    assignments: list[list[int]] | None = None


@dataclass(frozen=True, slots=True)
class AliveBroker:
    """A live broker as the store knows it: its endpoints by listener name."""

    node_id: int
    rack: str | None
    endpoints: dict[str, tuple[str, int]]


class MetadataListener(Protocol):
    """Hears each topic change after it is durable, on the event-loop thread."""

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


def topic_exists(name: str) -> MetadataError:
    return MetadataError(ErrorCode.TOPIC_ALREADY_EXISTS, f"Topic '{name}' already exists.")


def unknown_topic(name: str) -> MetadataError:
    return MetadataError(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, f"The topic '{name}' does not exist.")


def not_hosted() -> MetadataError:
    """DeleteTopics' answer for an unknown name (Kafka's wording)."""
    return MetadataError(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION,
                         "This server does not host this topic-partition.")
