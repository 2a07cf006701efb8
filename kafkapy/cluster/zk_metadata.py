"""`ZkTopicWriter`: `ClusterMetadata`'s changes in cluster mode (Kafka 2.x's `AdminZkClient`).

`ClusterMetadata.create_topic / check_new_topic / add_partitions / delete_topic /
set_topic_configs` delegate here when `zookeeper.connect` is set. They stay synchronous for
their callers (CreateTopics, Metadata auto-creation, the group coordinator): the replica
assignment is computed from the live brokers this broker knows, a new topic appears at once
in the local mirror (leaders -1 until the controller elects them, so clients see
LEADER_NOT_AVAILABLE and retry, as with Kafka), and the ZooKeeper write runs on the loop,
retried through connection losses (`ClusterNode` makes each write safe to repeat).

The admin handlers (CreateTopics, DeleteTopics, CreatePartitions) answer as Kafka 2.x did:
after the ZooKeeper write (`write_result`: its error, if any), then, with `timeout_ms` > 0,
once every partition has a leader (or the topic is gone), else REQUEST_TIMED_OUT
(`wait_for`). A failed creation is removed from the local mirror again, so no broker keeps
a topic ZooKeeper never heard of.
"""

from __future__ import annotations

import asyncio
import logging
import uuid
from collections.abc import Callable
from typing import Any

from kafkapy.cluster import zk_data as zd
from kafkapy.cluster.assignment import AssignmentError, assign_replicas
from kafkapy.cluster.zk_client import is_connection_error
from wire.errors import ErrorCode

log = logging.getLogger("kafkapy.cluster.topics")

OFFSETS_TOPIC = "__consumer_offsets"


class ZkTopicWriter:
    def __init__(self, broker: Any, replica_manager: Any) -> None:
        self.broker = broker
        self.rm = replica_manager
        self.node = replica_manager.node
        self._tasks: set[asyncio.Task[Any]] = set()
        # The latest write per (kind, topic), for the admin handlers to await.
        self._writes: dict[tuple[str, str], asyncio.Task[None]] = {}
        self._waiters: set[asyncio.Future[None]] = set()
        if self.node.cache is not None:
            self.node.cache.listeners.append(self)

    def _spawn(self, coro: Any, kind: str, name: str,
               on_failure: Callable[[], None] | None = None) -> None:
        async def guarded() -> None:
            from kafkapy.metadata import MetadataError

            try:
                await coro
            except Exception as exc:  # noqa: BLE001 - every failure is the answer
                log.warning("cluster metadata write failed", extra={
                    "what": f"{kind} {name}", "error": repr(exc)})
                if on_failure is not None:
                    on_failure()
                code = getattr(exc, "error_code", None)
                if is_connection_error(exc) or not isinstance(code, int) or code < 0:
                    raise MetadataError(ErrorCode.REQUEST_TIMED_OUT,
                                        f"ZooKeeper write failed: {exc!r}") from None
                raise MetadataError(code, getattr(exc, "message", str(exc))) from None

        task = asyncio.get_running_loop().create_task(guarded())
        # Nobody may await it (auto-creation): retrieve the exception so it is not reported.
        task.add_done_callback(lambda t: t.cancelled() or t.exception())
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        key = (kind, name)
        self._writes[key] = task

        def _forget(done: asyncio.Task[None]) -> None:
            if self._writes.get(key) is done:
                del self._writes[key]

        task.add_done_callback(_forget)

    # -- for the admin handlers ------------------------------------------------------------
    def write_task(self, kind: str, name: str) -> asyncio.Task[None] | None:
        """The pending ZooKeeper write of `kind` ("create", "grow", "delete") for `name`;
        take it right after the synchronous call that started it."""
        return self._writes.get((kind, name))

    @staticmethod
    async def write_result(task: asyncio.Task[None] | None) -> None:
        """Wait for a write; raises `MetadataError` when it failed."""
        if task is not None:
            await asyncio.shield(task)

    async def wait_for(self, ready: Callable[[], bool], timeout_s: float) -> bool:
        """Until `ready()` holds (re-checked after each ZooKeeper change this broker
        applies) or `timeout_s` passes; returns `ready()`."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout_s
        while not ready():
            left = deadline - loop.time()
            if left <= 0:
                return False
            fut: asyncio.Future[None] = loop.create_future()
            self._waiters.add(fut)
            try:
                await asyncio.wait_for(fut, left)
            except TimeoutError:
                pass
            finally:
                self._waiters.discard(fut)
        return True

    def has_leaders(self, name: str, topic_id: uuid.UUID | None, partitions: int) -> bool:
        """`name` (that incarnation) has `partitions` partitions, each with a leader."""
        topic = self.broker.metadata.topics.get(name)
        return (topic is not None and (topic_id is None or topic.topic_id == topic_id)
                and len(topic.partitions) >= partitions
                and all(p.leader >= 0 for p in topic.partitions))

    def is_gone(self, name: str, topic_id: uuid.UUID) -> bool:
        topic = self.broker.metadata.topics.get(name)
        return topic is None or topic.topic_id != topic_id

    def _wake(self) -> None:
        for fut in list(self._waiters):
            if not fut.done():
                fut.set_result(None)

    # -- CacheListener: any change may be what a handler waits for ----------------------
    def on_brokers_changed(self, live: set[int]) -> None:
        pass

    def on_topic_changed(self, topic: str, assignment: zd.TopicAssignment) -> None:
        self._wake()

    def on_topic_deleted(self, topic: str) -> None:
        self._wake()

    def on_topic_config_changed(self, topic: str, configs: dict[str, str]) -> None:
        pass

    def on_partition_state(self, topic: str, partition: int, state: zd.LeaderAndIsr) -> None:
        self._wake()

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
        from kafkapy.metadata import MetadataError, validate_topic_name

        validate_topic_name(name)
        if name in self.broker.metadata.topics:
            raise MetadataError(ErrorCode.TOPIC_ALREADY_EXISTS, f"Topic '{name}' already exists.")
        if assignments:
            live = self._racks()
            for p, replicas in assignments.items():
                unknown = [r for r in replicas if r not in live]
                if not replicas or len(set(replicas)) != len(replicas) or unknown:
                    raise MetadataError(ErrorCode.INVALID_REPLICA_ASSIGNMENT,
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
                                           assignments=assignments, topic_id=topic_id,
                                           check_brokers=False),
                    "create", name, lambda: self._forget_phantom(name, topic_id))
        return self.broker.metadata.topics[name]

    def _forget_phantom(self, name: str, topic_id: uuid.UUID) -> None:
        """The creation failed: unless ZooKeeper has this very topic after all, drop it
        from the local mirror (no state ever came, so no log was opened for it)."""
        cache = self.node.cache
        known = cache.topics.get(name) if cache is not None else None
        if known is not None and known.topic_id == topic_id:
            return
        md = self.broker.metadata
        info = md.topics.get(name)
        if info is not None and info.topic_id == topic_id:
            del md.topics[name]
            md.topics_by_id.pop(topic_id, None)
        if cache is not None and known is None:
            cache.topic_configs.pop(name, None)

    def add_partitions(self, name: str, new_total: int, assignments: list[list[int]] | None,
                       validate_only: bool) -> Any:
        from kafkapy.metadata import MetadataError

        topic = self.broker.metadata.topics.get(name)
        if topic is None:
            raise MetadataError(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, f"The topic '{name}' does not exist.")
        current = len(topic.partitions)
        if new_total <= current:
            raise MetadataError(ErrorCode.INVALID_PARTITIONS,
                                f"Topic currently has {current} partitions, which is higher "
                                f"than or equal to the requested {new_total}.")
        rf = len(topic.partitions[0].replicas) if topic.partitions else None
        added = (dict(enumerate(assignments, current)) if assignments
                 else self._assign(name, new_total - current, rf, start=current))
        if validate_only:
            return topic
        self._spawn(self.node.add_partitions(name, new_total, list(added.values())),
                    "grow", name)
        return topic

    def delete_topic(self, name: str) -> Any:
        from kafkapy.metadata import MetadataError

        topic = self.broker.metadata.topics.get(name)
        if topic is None:
            raise MetadataError(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION,
                                "This server does not host this topic-partition.")
        self._spawn(self.node.delete_topic(name), "delete", name)
        return topic

    def set_topic_configs(self, name: str, configs: dict[str, str]) -> Any:
        topic = self.broker.metadata.topics.get(name)
        zk = self.node.zk
        if zk is not None:
            path, data = zd.topic_config_path(name), zd.encode_topic_config(configs)
            self._spawn(zk.retry(lambda: zk.set(path, data), self.node.write_timeout_s),
                        "configs", name)
        return topic
