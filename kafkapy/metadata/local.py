"""`LocalMetadataStore`: the single node's `MetadataStore`, one JSON file in the first log dir.

Every partition is led by this node; a leader epoch starts at 0 and moves on by one at
each start (a new leadership, as a KRaft controller would record). Topics, their ids,
partitions, config overrides and entity configs (broker dynamic configs, and what the
security and quota features add) live in `log_dir/METADATA_FILE`, rewritten whole at each
change: temp file, fsync, rename, fsync of the directory, in a worker thread. The file is
owner-only (it holds dynamic PASSWORD values as given).

One change at a time (an asyncio lock): it is checked against the image, the new document
is written, and only then is the image changed and are the listeners told, so a reader
never sees a change that a crash could take back.

Start-up (`start`): the file is read; broker dynamic configs still in the file an older
kafkapy kept them in (`kafkapy-dynamic-broker-config.json`) move into it; every leader
epoch is bumped; entity listeners hear every entity.
"""

from __future__ import annotations

import asyncio
import dataclasses
import json
import logging
import os
import uuid
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from kafkapy.metadata.entities import ConfigEntity
from kafkapy.metadata.image import MetadataImage
from kafkapy.metadata.model import (
    AliveBroker,
    MetadataError,
    NewPartitions,
    NewTopic,
    PartitionInfo,
    TopicInfo,
    not_hosted,
    topic_exists,
    unknown_topic,
    validate_topic_name,
)
from kafkapy.metadata.store import TopicOutcome
from wire.errors import ErrorCode

log = logging.getLogger("kafkapy.metadata")

METADATA_FILE = "kafkapy-cluster-metadata.json"
# Where kafkapy kept AlterConfigs on BROKER resources before they became entity configs.
LEGACY_DYNAMIC_CONFIG_FILE = "kafkapy-dynamic-broker-config.json"
FORMAT_VERSION = 1


class LocalMetadataStore(MetadataImage):
    def __init__(self, log_dir: Path, node_id: int) -> None:
        super().__init__(node_id)
        self.path = Path(log_dir) / METADATA_FILE
        self._lock = asyncio.Lock()

    # -- queries the single node answers for itself ---------------------------------------
    @property
    def joining(self) -> bool:
        return False

    def controller_id(self) -> int:
        return self.node_id  # KRaft combined mode on one node

    def alive_brokers(self) -> list[AliveBroker]:
        return []

    # -- lifecycle --------------------------------------------------------------------------
    async def start(self) -> None:
        legacy = self.path.with_name(LEGACY_DYNAMIC_CONFIG_FILE)
        doc, saved = await asyncio.to_thread(lambda: (_read_json(self.path), _read_json(legacy)))
        self._apply_document(doc)
        if saved is not None:
            self._adopt_legacy_dynamic_configs(saved)
        await self.bump_leader_epochs()
        if saved is not None:
            legacy.unlink()
            log.info("dynamic broker configs moved into the metadata file",
                     extra={"from": str(legacy)})
        for entity, configs in self.entity_configs().items():
            self._tell_entity_listeners(entity, configs)

    async def stop(self) -> None:
        if self._changes:
            await asyncio.gather(*self._changes, return_exceptions=True)

    def load(self) -> None:
        """Read the metadata file if there is one (a fresh log dir has none). Blocking:
        `start` does it in a worker thread."""
        self._apply_document(_read_json(self.path))

    def _apply_document(self, doc: dict[str, Any] | None) -> None:
        if doc is None:
            return
        for t in doc["topics"]:
            parts = [PartitionInfo(**p) for p in t["partitions"]]
            self._put_topic(TopicInfo(t["name"], uuid.UUID(t["topic_id"]), parts,
                                      dict(t["configs"]), t["internal"]))
        for path, configs in doc.get("entities", {}).items():
            self._entities[ConfigEntity.from_path(path)] = {str(k): str(v)
                                                           for k, v in configs.items()}

    def _adopt_legacy_dynamic_configs(self, saved: dict[str, Any]) -> None:
        for layer, entity in (("default", ConfigEntity.broker(None)),
                              ("broker", ConfigEntity.broker(self.node_id))):
            configs = saved.get(layer) or {}
            if configs and entity not in self._entities:
                self._entities[entity] = {str(k): str(v) for k, v in configs.items()}

    async def bump_leader_epochs(self) -> None:
        """A (re)start makes this node leader anew: every leader epoch moves on by one."""
        async with self._lock:
            for topic in self._topics.values():
                for p in topic.partitions:
                    if p.leader == self.node_id:
                        p.leader_epoch += 1
            await self._write(self._topics.values(), self._entities)

    # -- checks -----------------------------------------------------------------------------
    def check_new_topic(self, topic: NewTopic) -> None:
        self._check_new_topic(topic, ())

    def _check_new_topic(self, topic: NewTopic, taken: Collection[str]) -> None:
        validate_topic_name(topic.name)
        if topic.name in self._topics or topic.name in taken:
            raise topic_exists(topic.name)
        if topic.assignments:
            self._check_assignments(topic.assignments, 0)
            return
        if topic.num_partitions <= 0:
            raise MetadataError(ErrorCode.INVALID_PARTITIONS, "Number of partitions must be larger than 0.")
        rf = 1 if topic.replication_factor is None else topic.replication_factor
        if rf <= 0:
            raise MetadataError(
                ErrorCode.INVALID_REPLICATION_FACTOR, "Replication factor must be larger than 0."
            )
        if rf > 1:
            raise MetadataError(
                ErrorCode.INVALID_REPLICATION_FACTOR,
                f"Unable to replicate the partition {rf} time(s): "
                "The target replication factor of "
                f"{rf} cannot be reached because only 1 broker(s) are registered.",
            )

    def check_new_partitions(self, change: NewPartitions) -> None:
        self._check_new_partitions(change, 0)

    def _check_new_partitions(self, change: NewPartitions, planned: int) -> TopicInfo:
        topic = self._topics.get(change.name)
        if topic is None:
            raise unknown_topic(change.name)
        current, new_total, assignments = len(topic.partitions) + planned, change.total, change.assignments
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
        return topic

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

    def _new_partition(self, partition: int, replicas: list[int] | None) -> PartitionInfo:
        replicas = list(replicas) if replicas else [self.node_id]
        return PartitionInfo(partition, replicas, replicas[0], 0, list(replicas))

    # -- changes ----------------------------------------------------------------------------
    async def create_topics(self, topics: Sequence[NewTopic],
                            timeout_ms: int = 0) -> list[TopicOutcome]:
        # timeout_ms: a new partition has its leader (this node) at once.
        return await self._complete(self._create_topics(list(topics)))

    async def _create_topics(self, topics: list[NewTopic]) -> list[TopicOutcome]:
        async with self._lock:
            outcomes: list[TopicOutcome] = []
            created: list[TopicInfo] = []
            for spec in topics:
                try:
                    self._check_new_topic(spec, {t.name for t in created})
                except MetadataError as exc:
                    outcomes.append(exc)
                    continue
                count = len(spec.assignments) if spec.assignments else spec.num_partitions
                parts = [self._new_partition(p, (spec.assignments or {}).get(p))
                         for p in range(count)]
                topic = TopicInfo(spec.name, uuid.uuid4(), parts, dict(spec.configs),
                                  spec.internal)
                created.append(topic)
                outcomes.append(topic)

            def apply() -> None:
                for topic in created:
                    self._put_topic(topic)
                    self._announce_partitions(topic, topic.partitions)

            return await self._commit(outcomes, [*self._topics.values(), *created]
                                      if created else None, apply)

    async def create_partitions(self, changes: Sequence[NewPartitions],
                                timeout_ms: int = 0) -> list[TopicOutcome]:
        return await self._complete(self._create_partitions(list(changes)))

    async def _create_partitions(self, changes: list[NewPartitions]) -> list[TopicOutcome]:
        async with self._lock:
            outcomes: list[TopicOutcome] = []
            added: dict[str, list[PartitionInfo]] = {}
            for change in changes:
                new = added.setdefault(change.name, [])
                try:
                    topic = self._check_new_partitions(change, len(new))
                except MetadataError as exc:
                    outcomes.append(exc)
                    continue
                first = len(topic.partitions) + len(new)
                new.extend(self._new_partition(p, change.assignments[p - first]
                                               if change.assignments else None)
                           for p in range(first, change.total))
                outcomes.append(topic)
            grown = {name: parts for name, parts in added.items() if parts}

            def apply() -> None:
                for name, parts in grown.items():
                    topic = self._topics[name]
                    topic.partitions.extend(parts)
                    self._announce_partitions(topic, parts)

            return await self._commit(outcomes, [
                dataclasses.replace(t, partitions=t.partitions + grown[t.name])
                if t.name in grown else t for t in self._topics.values()
            ] if grown else None, apply)

    async def delete_topics(self, names: Sequence[str],
                            timeout_ms: int = 0) -> list[TopicOutcome]:
        return await self._complete(self._delete_topics(list(names)))

    async def _delete_topics(self, names: list[str]) -> list[TopicOutcome]:
        async with self._lock:
            outcomes: list[TopicOutcome] = []
            doomed: dict[str, TopicInfo] = {}
            for name in names:
                topic = self._topics.get(name)
                if topic is None or name in doomed:
                    outcomes.append(not_hosted())
                    continue
                doomed[name] = topic
                outcomes.append(topic)

            def apply() -> None:
                for topic in doomed.values():
                    self._pop_topic(topic.name)
                    self._announce_deleted(topic)

            return await self._commit(outcomes, [
                t for t in self._topics.values() if t.name not in doomed
            ] if doomed else None, apply)

    async def _commit(self, outcomes: list[TopicOutcome], topics: list[TopicInfo] | None,
                      apply: Callable[[], None]) -> list[TopicOutcome]:
        """Write the document with `topics` (None: nothing changes), then `apply` the
        change to the image; a failed write is the error of every item it carried."""
        if topics is None:
            return outcomes
        try:
            await self._write(topics, self._entities)
        except MetadataError as exc:
            return [exc if isinstance(o, TopicInfo) else o for o in outcomes]
        apply()
        return outcomes

    async def alter_topic_configs(self, name: str, configs: Mapping[str, str]) -> TopicInfo:
        return await self._complete(self._alter_topic_configs(name, dict(configs)))

    async def _alter_topic_configs(self, name: str, configs: dict[str, str]) -> TopicInfo:
        async with self._lock:
            topic = self._topics.get(name)
            if topic is None:
                raise unknown_topic(name)
            await self._write([dataclasses.replace(t, configs=configs) if t is topic else t
                               for t in self._topics.values()], self._entities)
            topic.configs = configs
            self._announce_configs(topic)
            return topic

    async def alter_entity_configs(self, entity: ConfigEntity, updates: Mapping[str, str],
                                   deletions: Iterable[str] = ()) -> dict[str, str]:
        return await self._complete(self._alter_entity(entity, dict(updates), set(deletions)))

    async def _alter_entity(self, entity: ConfigEntity, updates: dict[str, str],
                            deletions: set[str]) -> dict[str, str]:
        async with self._lock:
            new = {k: v for k, v in self._entities.get(entity, {}).items() if k not in deletions}
            new.update(updates)
            entities = {e: c for e, c in self._entities.items() if e != entity}
            if new:
                entities[entity] = new
            await self._write(self._topics.values(), entities)
            self._set_entity(entity, new)
            return new

    # -- persistence ------------------------------------------------------------------------
    async def _write(self, topics: Iterable[TopicInfo],
                     entities: Mapping[ConfigEntity, Mapping[str, str]]) -> None:
        data = _document(topics, entities)
        try:
            await asyncio.get_running_loop().run_in_executor(
                None, atomic_write, self.path, data, 0o600)
        except OSError as exc:
            log.error("cluster metadata not written", extra={"path": str(self.path),
                                                            "error": repr(exc)})
            raise MetadataError(ErrorCode.KAFKA_STORAGE_ERROR,
                                f"Cannot write the cluster metadata: {exc}") from None


def _read_json(path: Path) -> dict[str, Any] | None:
    if not path.exists():
        return None
    doc = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(doc, dict):
        raise ValueError(f"{path}: not a JSON object")  # noqa: TRY004 - bad data, not a bad call
    return doc


def _document(topics: Iterable[TopicInfo],
              entities: Mapping[ConfigEntity, Mapping[str, str]]) -> bytes:
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
            for t in topics
        ],
        "entities": {e.path: dict(c) for e, c in sorted(entities.items())},
    }
    return json.dumps(doc, separators=(",", ":")).encode()


def atomic_write(path: Path, data: bytes, mode: int = 0o644) -> None:
    """Write temp file, fsync, rename, fsync the directory (Kafka's checkpoint discipline).
    Blocking: call it from a worker thread once the broker serves."""
    tmp = path.with_name(path.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, mode)
    try:
        os.fchmod(fd, mode)  # a temp file left by a crash keeps its old mode otherwise
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view):]
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(tmp, path)
    dfd = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(dfd)
    finally:
        os.close(dfd)
