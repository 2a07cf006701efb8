"""`MetadataStore`: every piece of durable cluster state, behind one contract.

Two implementations, chosen once by `Broker` at start-up: `LocalMetadataStore` (one node:
a JSON file in the first log dir) and `ZkMetadataStore` (`zookeeper.connect`: Kafka 2.x's
znodes, mirrored by ZooKeeper watches). Single-node and cluster mode differ only in which
store is built; callers never ask which one they have.

Thread ownership: the event-loop thread owns a store. Queries are synchronous and served
from memory; changes are coroutines whose blocking part (a file write, a ZooKeeper request)
never runs on the loop.

- Queries: `topics`, `get`, `get_by_id`, `partition`, `controller_id`, `alive_brokers`,
  `joining`, `describe_entity_configs`, `entity_configs`; `check_new_topic` and
  `check_new_partitions` raise the `MetadataError` the change would fail with (for
  `validate_only`), changing nothing.
- Changes: `create_topics`, `create_partitions`, `delete_topics` take a batch and return one
  outcome per item, in order: the `TopicInfo` or the `MetadataError` of that item. They
  return once the change is durable (local: the file written, fsynced and renamed;
  ZooKeeper: the write acknowledged) and, with `timeout_ms` > 0, once it took effect in
  this broker's view (every partition has a leader; the topic is gone), else that item is
  REQUEST_TIMED_OUT (the change stands, as in Kafka). `alter_topic_configs` and
  `alter_entity_configs` return once durable. A change whose caller is cancelled still
  completes.
- Events: `MetadataListener`s hear topic changes and `EntityConfigListener`s entity config
  changes, after they are durable, whoever made them (this broker, another broker).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping, Sequence
from typing import Protocol

from kafkapy.metadata.entities import ConfigEntity, EntityConfigListener, EntityType
from kafkapy.metadata.model import (
    AliveBroker,
    MetadataError,
    MetadataListener,
    NewPartitions,
    NewTopic,
    PartitionInfo,
    TopicInfo,
)

TopicOutcome = TopicInfo | MetadataError


class MetadataStore(Protocol):
    # -- queries (synchronous, from memory) ---------------------------------------------
    @property
    def topics(self) -> Mapping[str, TopicInfo]: ...
    def get(self, name: str) -> TopicInfo | None: ...
    def get_by_id(self, topic_id: uuid.UUID) -> TopicInfo | None: ...
    def partition(self, name: str, index: int) -> PartitionInfo | None: ...

    @property
    def joining(self) -> bool:
        """True while this broker cannot speak for the cluster yet (ZooKeeper: between
        binding the listeners and registering). Changes then fail with NOT_CONTROLLER."""
        ...

    def controller_id(self) -> int: ...
    def alive_brokers(self) -> list[AliveBroker]:
        """The live brokers' registrations; empty on one node (the broker is its own)."""
        ...

    def describe_entity_configs(self, entity: ConfigEntity) -> dict[str, str]: ...
    def entity_configs(
        self, entity_type: EntityType | None = None
    ) -> dict[ConfigEntity, dict[str, str]]: ...
    def check_new_topic(self, topic: NewTopic) -> None: ...
    def check_new_partitions(self, change: NewPartitions) -> None: ...

    # -- listeners ------------------------------------------------------------------------
    def add_listener(self, listener: MetadataListener) -> None: ...
    def add_entity_listener(self, listener: EntityConfigListener) -> None: ...

    # -- lifecycle and changes ----------------------------------------------------------
    async def start(self) -> None: ...
    async def stop(self) -> None: ...
    async def create_topics(self, topics: Sequence[NewTopic],
                            timeout_ms: int = 0) -> list[TopicOutcome]: ...
    async def create_partitions(self, changes: Sequence[NewPartitions],
                                timeout_ms: int = 0) -> list[TopicOutcome]: ...
    async def delete_topics(self, names: Sequence[str],
                            timeout_ms: int = 0) -> list[TopicOutcome]: ...
    async def alter_topic_configs(self, name: str, configs: Mapping[str, str]) -> TopicInfo:
        """Replace the topic's overrides (validated by the caller)."""
        ...

    async def alter_entity_configs(self, entity: ConfigEntity, updates: Mapping[str, str],
                                   deletions: Iterable[str] = ()) -> dict[str, str]:
        """Set `updates`, remove `deletions`; returns the entity's configs now."""
        ...


async def create_topic(store: MetadataStore, topic: NewTopic, timeout_ms: int = 0) -> TopicInfo:
    """One topic through `create_topics`; raises its `MetadataError`."""
    [outcome] = await store.create_topics([topic], timeout_ms)
    if isinstance(outcome, MetadataError):
        raise outcome
    return outcome
