"""`MetadataImage`: the in-memory half both stores share (Kafka's `MetadataImage` role).

Topics by name and id, entity configs, the listeners, and the queries of the
`MetadataStore` contract. A store subclasses it and changes the image only once a change
is durable, then tells the listeners. Owned by the event-loop thread.
"""

from __future__ import annotations

import asyncio
import logging
import uuid
from collections.abc import Callable, Coroutine, Mapping
from typing import Any, TypeVar

from kafkapy.metadata.entities import ConfigEntity, EntityConfigListener, EntityType
from kafkapy.metadata.model import MetadataListener, PartitionInfo, TopicInfo

log = logging.getLogger("kafkapy.metadata")

T = TypeVar("T")


class MetadataImage:
    def __init__(self, node_id: int) -> None:
        self.node_id = node_id
        self._topics: dict[str, TopicInfo] = {}
        self._by_id: dict[uuid.UUID, TopicInfo] = {}
        self._entities: dict[ConfigEntity, dict[str, str]] = {}
        self._listeners: list[MetadataListener] = []
        self._entity_listeners: list[EntityConfigListener] = []
        self._changes: set[asyncio.Task[Any]] = set()

    # -- queries --------------------------------------------------------------------------
    @property
    def topics(self) -> Mapping[str, TopicInfo]:
        return self._topics

    def get(self, name: str) -> TopicInfo | None:
        return self._topics.get(name)

    def get_by_id(self, topic_id: uuid.UUID) -> TopicInfo | None:
        return self._by_id.get(topic_id)

    def partition(self, name: str, index: int) -> PartitionInfo | None:
        topic = self._topics.get(name)
        if topic is None or not 0 <= index < len(topic.partitions):
            return None
        return topic.partitions[index]

    def describe_entity_configs(self, entity: ConfigEntity) -> dict[str, str]:
        return dict(self._entities.get(entity, {}))

    def entity_configs(
        self, entity_type: EntityType | None = None
    ) -> dict[ConfigEntity, dict[str, str]]:
        return {e: dict(c) for e, c in sorted(self._entities.items())
                if entity_type is None or e.type is entity_type}

    # -- listeners ------------------------------------------------------------------------
    def add_listener(self, listener: MetadataListener) -> None:
        self._listeners.append(listener)

    def add_entity_listener(self, listener: EntityConfigListener) -> None:
        self._entity_listeners.append(listener)

    def _notify(self, call: Callable[[MetadataListener], None]) -> None:
        # The change is durable already: a failing listener is logged, the others still hear.
        for listener in list(self._listeners):
            try:
                call(listener)
            except Exception:
                log.exception("metadata listener failed")

    def _announce_partitions(self, topic: TopicInfo, partitions: list[PartitionInfo]) -> None:
        self._notify(lambda lst: lst.on_partitions_created(topic, partitions))

    def _announce_deleted(self, topic: TopicInfo) -> None:
        self._notify(lambda lst: lst.on_topic_deleted(topic))

    def _announce_configs(self, topic: TopicInfo) -> None:
        self._notify(lambda lst: lst.on_topic_configs_changed(topic))

    # -- changes of the image (after durability) ---------------------------------------------
    def _put_topic(self, topic: TopicInfo) -> None:
        old = self._topics.get(topic.name)
        if old is not None:
            self._by_id.pop(old.topic_id, None)
        self._topics[topic.name] = topic
        self._by_id[topic.topic_id] = topic

    def _pop_topic(self, name: str) -> TopicInfo | None:
        topic = self._topics.pop(name, None)
        if topic is not None:
            self._by_id.pop(topic.topic_id, None)
        return topic

    def _set_entity(self, entity: ConfigEntity, configs: Mapping[str, str]) -> None:
        """Record an entity's configs; listeners hear it when they changed."""
        new = dict(configs)
        if self._entities.get(entity, {}) == new:
            return
        if new:
            self._entities[entity] = new
        else:
            self._entities.pop(entity, None)
        self._tell_entity_listeners(entity, new)

    def _tell_entity_listeners(self, entity: ConfigEntity, configs: Mapping[str, str]) -> None:
        for listener in list(self._entity_listeners):
            try:
                listener.on_entity_configs_changed(entity, dict(configs))
            except Exception:
                log.exception("entity config listener failed", extra={"entity": entity.path})

    async def _complete(self, change: Coroutine[Any, Any, T]) -> T:
        """Run `change` to its end even if the caller is cancelled (a half-applied change
        would leave the image and the durable state apart)."""
        task = asyncio.get_running_loop().create_task(change)
        self._changes.add(task)
        task.add_done_callback(self._changes.discard)
        # Nobody may await it any more (a cancelled caller): retrieve its exception.
        task.add_done_callback(lambda t: t.cancelled() or t.exception())
        return await asyncio.shield(task)
