"""`ZkMetadataStore`: the cluster's `MetadataStore` (`zookeeper.connect`), over `ClusterNode`.

The image mirrors ZooKeeper: the store is the first listener of the `ZkMetadataCache`
(topic assignments, topic configs, partition states, deletions arrive through its watches)
and keeps `TopicInfo` / `PartitionInfo` current in place; `ReplicaManager` listens after
it and acts on leadership. Topic events reach `MetadataListener`s: new partitions (with
leader -1: leaders arrive as partition states), deleted topics, changed configs.

Changes are Kafka 2.x's `AdminZkClient` writes, made by whichever broker took the request:
topic creation (replica assignment from the live brokers this broker knows, assignment and
config in one transaction), growth (compare-and-set), deletion requests
(`/admin/delete_topics/<t>`, carried out by the controller), `/config/topics/<t>`, and
entity configs (`ZkEntityConfigs`). Each write is retried through connection losses
(`ClusterNode` makes it safe to repeat); a failure is that item's `MetadataError`
(REQUEST_TIMED_OUT when ZooKeeper stayed unreachable). A write applies its result to the
image as soon as ZooKeeper acknowledged it (the watch brings the same later), so the broker
that took a request reads its own change at once, and nothing is in the image that
ZooKeeper never heard of.

Joining: from construction until `join` (the listeners are bound before the broker can
register), the broker knows nothing of the cluster: changes fail with NOT_CONTROLLER,
`controller_id` is -1, `joining` is True.
"""

from __future__ import annotations

import asyncio
import logging
import uuid
from collections.abc import Awaitable, Callable, Collection, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, TypeVar

from kafkapy.cluster import zk_data as zd
from kafkapy.cluster.assignment import AssignmentError, assign_replicas
from kafkapy.cluster.metadata_cache import ZkMetadataCache
from kafkapy.cluster.node import ClusterNode
from kafkapy.cluster.zk_client import is_connection_error
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
from kafkapy.metadata.zk_entities import ZkEntityConfigs
from wire.errors import ErrorCode

if TYPE_CHECKING:
    from kafkapy.config.kafka_config import KafkaConfig

log = logging.getLogger("kafkapy.cluster.topics")

OFFSETS_TOPIC = "__consumer_offsets"
T = TypeVar("T")


class ZkMetadataStore(MetadataImage):
    def __init__(self, config: KafkaConfig, node_id: int) -> None:
        super().__init__(node_id)
        self.config = config
        self._node: ClusterNode | None = None
        self._cache: ZkMetadataCache | None = None
        self._entity_configs: ZkEntityConfigs | None = None
        self._waiters: set[asyncio.Future[None]] = set()

    # -- lifecycle --------------------------------------------------------------------------
    async def start(self) -> None:
        """Nothing to read yet: the cluster is known from `join` on."""

    def join(self, node: ClusterNode) -> None:
        """The broker registered: mirror the cluster from now on (before anyone else
        listening to the cache), and follow entity configs."""
        assert node.cache is not None, "ClusterNode not started"
        self._node, self._cache = node, node.cache
        node.cache.listeners.append(self)
        for topic, assignment in list(node.cache.topics.items()):
            self.on_topic_changed(topic, assignment)
        self._entity_configs = ZkEntityConfigs(node.zk_(), node.write_timeout_s,
                                               self._set_entity)
        self._entity_configs.start()

    async def stop(self) -> None:
        if self._entity_configs is not None:
            await self._entity_configs.stop()
        if self._changes:
            await asyncio.gather(*self._changes, return_exceptions=True)

    # -- queries ----------------------------------------------------------------------------
    @property
    def joining(self) -> bool:
        return self._node is None

    def controller_id(self) -> int:
        return self._cache.controller_id if self._cache is not None else -1

    def alive_brokers(self) -> list[AliveBroker]:
        if self._cache is None:
            return []
        return [AliveBroker(b, reg.rack, {e.listener: (e.host, e.port) for e in reg.endpoints})
                for b, reg in sorted(self._cache.brokers.items())]

    def check_new_topic(self, topic: NewTopic) -> None:
        self._plan_topic(topic, ())

    def check_new_partitions(self, change: NewPartitions) -> None:
        self._plan_partitions(change)

    # -- changes ----------------------------------------------------------------------------
    async def create_topics(self, topics: Sequence[NewTopic],
                            timeout_ms: int = 0) -> list[TopicOutcome]:
        taken: set[str] = set()
        counts: dict[int, int] = {}

        def start(i: int) -> Awaitable[TopicInfo]:
            assignments = self._plan_topic(topics[i], taken)
            taken.add(topics[i].name)
            counts[i] = len(assignments)
            return self._complete(self._create(topics[i], assignments))

        return await self._batch(
            len(topics), start, timeout_ms,
            lambda i, t: self._has_leaders(t.name, t.topic_id, counts[i]),
            "Timed out waiting for the partitions to have leaders.")

    async def create_partitions(self, changes: Sequence[NewPartitions],
                                timeout_ms: int = 0) -> list[TopicOutcome]:
        def start(i: int) -> Awaitable[TopicInfo]:
            added = self._plan_partitions(changes[i])
            return self._complete(self._grow(changes[i], added))

        return await self._batch(
            len(changes), start, timeout_ms,
            lambda i, t: self._has_leaders(t.name, None, changes[i].total),
            "Timed out waiting for the new partitions' leaders.")

    async def delete_topics(self, names: Sequence[str],
                            timeout_ms: int = 0) -> list[TopicOutcome]:
        def start(i: int) -> Awaitable[TopicInfo]:
            self._joined()
            topic = self._topics.get(names[i])
            if topic is None or names[i] in names[:i]:
                raise not_hosted()
            return self._complete(self._delete(topic))

        return await self._batch(
            len(names), start, timeout_ms, lambda i, t: self._is_gone(t.name, t.topic_id),
            "Timed out waiting for the topic's deletion.")

    async def alter_topic_configs(self, name: str, configs: Mapping[str, str]) -> TopicInfo:
        topic = self._topics.get(name)
        if topic is None:
            raise unknown_topic(name)
        node = self._joined()
        zk, new = node.zk_(), dict(configs)
        path, data = zd.topic_config_path(name), zd.encode_topic_config(new)
        await self._complete(self._write(
            f"configs {name}", zk.retry(lambda: zk.set(path, data), node.write_timeout_s)))
        if self._topics.get(name) is topic and topic.configs != new:
            topic.configs = new
            self._announce_configs(topic)
        return topic

    async def alter_entity_configs(self, entity: ConfigEntity, updates: Mapping[str, str],
                                   deletions: Iterable[str] = ()) -> dict[str, str]:
        self._joined()
        assert self._entity_configs is not None
        return await self._complete(self._write(
            f"configs {entity.path}", self._entity_configs.alter(entity, updates, deletions)))

    # -- the writes ---------------------------------------------------------------------------
    async def _create(self, spec: NewTopic, assignments: dict[int, list[int]]) -> TopicInfo:
        written = await self._write(f"create {spec.name}", self._joined().create_topic(
            spec.name, len(assignments), configs=dict(spec.configs), assignments=assignments,
            topic_id=uuid.uuid4(), check_brokers=False))
        return self._apply_assignment(spec.name, written, spec.configs)

    async def _grow(self, change: NewPartitions, added: dict[int, list[int]]) -> TopicInfo:
        grown = await self._write(f"grow {change.name}", self._joined().add_partitions(
            change.name, change.total, list(added.values())))
        return self._apply_assignment(change.name, grown, None)

    async def _delete(self, topic: TopicInfo) -> TopicInfo:
        await self._write(f"delete {topic.name}", self._joined().delete_topic(topic.name))
        return topic

    @staticmethod
    async def _write(what: str, write: Awaitable[T]) -> T:
        """Await a ZooKeeper write; its failure as the `MetadataError` to answer with."""
        try:
            return await write
        except MetadataError:
            raise
        except Exception as exc:  # noqa: BLE001 - every failure is the answer
            log.warning("cluster metadata write failed", extra={"what": what,
                                                               "error": repr(exc)})
            code = getattr(exc, "error_code", None)
            if is_connection_error(exc) or not isinstance(code, int) or code < 0:
                raise MetadataError(ErrorCode.REQUEST_TIMED_OUT,
                                    f"ZooKeeper write failed: {exc!r}") from None
            raise MetadataError(code, getattr(exc, "message", str(exc))) from None

    async def _batch(self, count: int, start: Callable[[int], Awaitable[TopicInfo]],
                     timeout_ms: int, ready: Callable[[int, TopicInfo], bool],
                     message: str) -> list[TopicOutcome]:
        """Item by item, `start(i)` checks (raising the item's `MetadataError`) and starts
        its write; the writes run together; then `_await_effect`."""
        outcomes: dict[int, TopicOutcome] = {}
        writes: dict[int, Awaitable[TopicInfo]] = {}
        for i in range(count):
            try:
                writes[i] = start(i)
            except MetadataError as exc:
                outcomes[i] = exc
        done = await asyncio.gather(*writes.values(), return_exceptions=True)
        written = []
        for i, result in zip(writes, done, strict=True):
            if isinstance(result, BaseException) and not isinstance(result, MetadataError):
                raise result
            outcomes[i] = result
            if isinstance(result, TopicInfo):
                written.append(i)
        await self._await_effect(outcomes, written, timeout_ms, ready, message)
        return [outcomes[i] for i in range(count)]

    async def _await_effect(self, outcomes: dict[int, TopicOutcome], written: list[int],
                            timeout_ms: int, ready: Callable[[int, TopicInfo], bool],
                            message: str) -> None:
        """Kafka 2.x's admin answers with `timeout_ms` > 0: wait until each written item
        took effect in this broker's view, else REQUEST_TIMED_OUT (the change stands)."""
        if timeout_ms <= 0 or not written:
            return
        topics = {i: outcomes[i] for i in written}

        def effective(i: int) -> bool:
            topic = topics[i]
            return isinstance(topic, TopicInfo) and ready(i, topic)

        await self._wait_until(lambda: all(effective(i) for i in written), timeout_ms / 1000)
        for i in written:
            if not effective(i):
                outcomes[i] = MetadataError(ErrorCode.REQUEST_TIMED_OUT, message)

    async def _wait_until(self, ready: Callable[[], bool], timeout_s: float) -> bool:
        """Until `ready()` holds (re-checked after each change this store applies) or
        `timeout_s` passes; returns `ready()`."""
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

    def _wake(self) -> None:
        for fut in list(self._waiters):
            if not fut.done():
                fut.set_result(None)

    def _has_leaders(self, name: str, topic_id: uuid.UUID | None, partitions: int) -> bool:
        """`name` (that incarnation) has `partitions` partitions, each with a leader."""
        topic = self._topics.get(name)
        return (topic is not None and (topic_id is None or topic.topic_id == topic_id)
                and len(topic.partitions) >= partitions
                and all(p.leader >= 0 for p in topic.partitions))

    def _is_gone(self, name: str, topic_id: uuid.UUID) -> bool:
        topic = self._topics.get(name)
        return topic is None or topic.topic_id != topic_id

    # -- plans (the checks of a change) ----------------------------------------------------
    def _joined(self) -> ClusterNode:
        if self._node is None:
            # Kafka 2.x's answer from a broker that is not (yet) the controller: clients
            # look the controller up again and retry.
            raise MetadataError(ErrorCode.NOT_CONTROLLER,
                                "This broker has not joined the cluster yet.")
        return self._node

    def _plan_topic(self, topic: NewTopic, taken: Collection[str]) -> dict[int, list[int]]:
        self._joined()
        validate_topic_name(topic.name)
        if topic.name in self._topics or topic.name in taken:
            raise topic_exists(topic.name)
        if topic.assignments:
            live = self._racks()
            for p, replicas in topic.assignments.items():
                unknown = [r for r in replicas if r not in live]
                if not replicas or len(set(replicas)) != len(replicas) or unknown:
                    raise MetadataError(ErrorCode.INVALID_REPLICA_ASSIGNMENT,
                                        f"Bad replica assignment {replicas} for partition {p}.")
            return topic.assignments
        return self._assign(topic.name, topic.num_partitions, topic.replication_factor)

    def _plan_partitions(self, change: NewPartitions) -> dict[int, list[int]]:
        self._joined()
        topic = self._topics.get(change.name)
        if topic is None:
            raise unknown_topic(change.name)
        current = len(topic.partitions)
        if change.total <= current:
            raise MetadataError(ErrorCode.INVALID_PARTITIONS,
                                f"Topic currently has {current} partitions, which is higher "
                                f"than or equal to the requested {change.total}.")
        if change.assignments:
            return dict(enumerate(change.assignments, current))
        rf = len(topic.partitions[0].replicas) if topic.partitions else None
        return self._assign(change.name, change.total - current, rf, start=current)

    def _racks(self) -> dict[int, str | None]:
        return self._cache.racks() if self._cache is not None else {}

    def _default_rf(self, name: str) -> int:
        cfg = self.config
        if name == OFFSETS_TOPIC:
            # Kafka refuses to create it with fewer brokers; we cap (a 1-broker cluster works).
            return max(1, min(cfg.get_int("offsets.topic.replication.factor"),
                              len(self._racks()) or 1))
        return cfg.get_int("default.replication.factor")

    def _assign(self, name: str, num_partitions: int, rf: int | None,
                start: int = 0) -> dict[int, list[int]]:
        try:
            return assign_replicas(self._racks(), num_partitions,
                                   rf if rf is not None else self._default_rf(name),
                                   start_partition=start)
        except AssignmentError as exc:
            raise MetadataError(exc.error_code, exc.message) from None

    # -- the mirror: CacheListener (ZkMetadataCache calls these on the loop) -----------------
    def on_brokers_changed(self, live: set[int]) -> None:
        pass

    def on_topic_changed(self, topic: str, assignment: zd.TopicAssignment) -> None:
        self._apply_assignment(topic, assignment, None)

    def on_topic_deleted(self, topic: str) -> None:
        info = self._pop_topic(topic)
        if info is not None:
            self._announce_deleted(info)
        self._wake()

    def on_topic_config_changed(self, topic: str, configs: dict[str, str]) -> None:
        info = self._topics.get(topic)
        if info is None or info.configs == configs:
            return
        info.configs = dict(configs)
        self._announce_configs(info)

    def on_partition_state(self, topic: str, partition: int, state: zd.LeaderAndIsr) -> None:
        pinfo = self.partition(topic, partition)
        if pinfo is not None:
            pinfo.leader, pinfo.leader_epoch, pinfo.isr = (state.leader, state.leader_epoch,
                                                           list(state.isr))
            self._wake()

    def _apply_assignment(self, name: str, assignment: zd.TopicAssignment,
                          configs: Mapping[str, str] | None) -> TopicInfo:
        """The topic as `assignment` says (a new incarnation replaces the old one); new
        partitions are announced leaderless, then the known states are applied."""
        cache = self._cache
        info = self._topics.get(name)
        if info is None or info.topic_id != assignment.topic_id:
            if configs is None:
                configs = cache.topic_configs.get(name, {}) if cache is not None else {}
            info = TopicInfo(name, assignment.topic_id, [], dict(configs), name == OFFSETS_TOPIC)
            self._put_topic(info)
        new = [PartitionInfo(p, list(assignment.partitions.get(p, [])), -1, 0, [])
               for p in range(len(info.partitions), len(assignment.partitions))]
        info.partitions.extend(new)
        for pinfo in info.partitions:
            pinfo.replicas = list(assignment.partitions.get(pinfo.partition, pinfo.replicas))
        if new:
            self._announce_partitions(info, new)
        for pinfo in info.partitions:
            state = cache.state(name, pinfo.partition) if cache is not None else None
            if state is not None:
                self.on_partition_state(name, pinfo.partition, state)
        self._wake()
        return info
