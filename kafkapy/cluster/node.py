"""`ClusterNode`: one broker's membership of a ZooKeeper-coordinated cluster.

Owns the broker's ZooKeeper session (`AsyncZk`), its registration (ephemeral
`/brokers/ids/<id>`), its view of the cluster (`ZkMetadataCache`), its `Controller`
candidacy, and the writes any broker may make (Kafka 2.x's `AdminZkClient`): topic
creation and growth (replica assignment, `/brokers/topics/<t>` + `/config/topics/<t>` in
one transaction), deletion requests, preferred-election requests, and the leader's ISR
compare-and-set.

Session loss (`LOST`): the ephemeral znodes are gone; the controller resigns at once.
When kazoo has a new session (`CONNECTED` after `LOST`) the broker registers again and
stands for controller again. A broker restarted within the session timeout finds its
previous session's registration still there: it waits for ZooKeeper to expire it, as
the other brokers must see the old incarnation die.

Everything runs on the event loop; kazoo's threads never touch this state.
"""

from __future__ import annotations

import asyncio
import logging
import time
import uuid
from dataclasses import dataclass, field
from typing import Any

from kafkapy.cluster import zk_data as zd
from kafkapy.cluster.assignment import AssignmentError, assign_replicas
from kafkapy.cluster.controller import DELETE_TOPICS_PATH, Controller, ControllerSettings
from kafkapy.cluster.metadata_cache import ZkMetadataCache
from kafkapy.cluster.zk_client import (
    CONNECTED,
    LOST,
    AsyncZk,
    is_connection_error,
    kazoo_exceptions,
)
from wire.errors import ErrorCode

log = logging.getLogger("kafkapy.cluster")

# Error codes (wire.errors.ErrorCode values).


class ClusterError(Exception):
    def __init__(self, error_code: int, message: str) -> None:
        super().__init__(message)
        self.error_code = error_code
        self.message = message


@dataclass(slots=True)
class ClusterSettings:
    zookeeper_connect: str
    session_timeout_ms: int = 18000
    connection_timeout_ms: int | None = None
    default_replication_factor: int = 1
    controller: ControllerSettings = field(default_factory=ControllerSettings)

    @classmethod
    def from_config(cls, config: Any) -> ClusterSettings:
        """From a `KafkaConfig` (Kafka's key names)."""
        return cls(
            zookeeper_connect=str(config.get("zookeeper.connect")),
            session_timeout_ms=int(config.get("zookeeper.session.timeout.ms")),
            connection_timeout_ms=config.get("zookeeper.connection.timeout.ms"),
            default_replication_factor=int(config.get("default.replication.factor")),
            controller=ControllerSettings(
                unclean_leader_election_enable=bool(
                    config.get("unclean.leader.election.enable")),
                auto_leader_rebalance_enable=bool(config.get("auto.leader.rebalance.enable")),
                leader_imbalance_check_interval_s=float(
                    config.get("leader.imbalance.check.interval.seconds")),
            ),
        )


class ClusterNode:
    def __init__(
        self,
        broker_id: int,
        endpoints: list[zd.Endpoint],
        rack: str | None,
        settings: ClusterSettings,
    ) -> None:
        self.broker_id = broker_id
        self.endpoints = list(endpoints)
        self.rack = rack
        self.settings = settings
        self.cluster_id = ""
        self.zk: AsyncZk | None = None
        self.cache: ZkMetadataCache | None = None
        self.controller: Controller | None = None
        self._session_lost = False
        self._tasks: set[asyncio.Task[Any]] = set()

    # -- lifecycle ------------------------------------------------------------------------
    async def start(self, proposed_cluster_id: str = "") -> None:
        s = self.settings
        self.zk = zk = AsyncZk(s.zookeeper_connect, s.session_timeout_ms, s.connection_timeout_ms)
        await zk.start()
        for path in zd.PERSISTENT_PATHS:
            await zk.ensure_path(path)
        self.cluster_id = await self._cluster_id(proposed_cluster_id or _new_cluster_id())
        await self.register()
        self.cache = ZkMetadataCache(zk)
        self.cache.start()
        self.controller = Controller(zk, self.broker_id, s.controller)
        self.controller.start()
        zk.add_listener(self._on_session)
        log.info("joined cluster", extra={"broker": self.broker_id, "cluster_id": self.cluster_id,
                                          "zookeeper": s.zookeeper_connect})

    async def stop(self) -> None:
        """Leave the cluster: resign, close the session (idempotent)."""
        for t in self._tasks:
            t.cancel()
        controller, cache, zk = self.controller, self.cache, self.zk
        self.controller = self.cache = self.zk = None
        if controller is not None:
            await controller.stop()
        if cache is not None:
            cache.stop()
        if zk is not None:
            await zk.close()

    def _spawn(self, coro: Any) -> None:
        task = asyncio.get_running_loop().create_task(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    def _on_session(self, state: str) -> None:
        if state == LOST:
            self._session_lost = True
            log.warning("ZooKeeper session lost", extra={"broker": self.broker_id})
            if self.controller is not None:
                self.controller.session_lost()
        elif state == CONNECTED and self._session_lost:
            self._session_lost = False
            self._spawn(self._rejoin())

    async def _rejoin(self) -> None:
        while self.zk is not None:
            try:
                await self.register()
                break
            except Exception as exc:  # noqa: BLE001 - logged, retried
                # Never give up: a broker that is not registered is dead to the cluster.
                log.warning("re-registration failed, retrying", extra={"error": repr(exc)})
                await asyncio.sleep(1.0)
        if self.controller is not None:
            self.controller.session_restored()

    async def _cluster_id(self, proposed: str) -> str:
        ke = kazoo_exceptions()
        try:
            await self.zk_().create(zd.CLUSTER_ID_PATH, zd.encode_cluster_id(proposed))
            return proposed
        except ke.NodeExistsError:
            data, _ = await self.zk_().get(zd.CLUSTER_ID_PATH)
            return zd.decode_cluster_id(data)

    def zk_(self) -> AsyncZk:
        assert self.zk is not None, "ClusterNode not started"
        return self.zk

    # -- registration --------------------------------------------------------------------
    async def register(self) -> None:
        """Create `/brokers/ids/<id>`; wait out a previous session's registration."""
        zk = self.zk_()
        ke = kazoo_exceptions()
        path = zd.broker_path(self.broker_id)
        reg = zd.BrokerRegistration(self.broker_id, tuple(self.endpoints), self.rack,
                                    zd.now_ms_text())
        deadline = time.monotonic() + 2 * self.settings.session_timeout_ms / 1000 + 5
        while True:
            try:
                await zk.create(path, reg.encode(), ephemeral=True)
                log.info("registered", extra={"broker": self.broker_id, "path": path})
                return
            except ke.NodeExistsError:
                stat = await zk.retry(lambda: zk.exists(path), self.write_timeout_s)
                if stat is not None and stat.ephemeralOwner == zk.session_id:
                    return  # ours already (a create whose answer was lost)
                if time.monotonic() > deadline:
                    raise ClusterError(
                        -1, f"broker id {self.broker_id} is registered by another session"
                    ) from None
            except Exception as exc:
                if not is_connection_error(exc) or time.monotonic() > deadline:
                    raise
            await asyncio.sleep(0.25)

    @property
    def write_timeout_s(self) -> float:
        """How long an admin write retries through connection losses: past twice the
        session timeout, ZooKeeper is really gone and the caller hears about it."""
        return 2 * self.settings.session_timeout_ms / 1000

    # -- admin writes (any broker) ---------------------------------------------------------
    async def create_topic(
        self,
        name: str,
        num_partitions: int,
        replication_factor: int | None = None,
        configs: dict[str, str] | None = None,
        assignments: dict[int, list[int]] | None = None,
        topic_id: uuid.UUID | None = None,
        validate_only: bool = False,
        check_brokers: bool = True,
    ) -> zd.TopicAssignment:
        """Write the assignment and the config in one transaction; the controller
        elects the leaders. Raises `ClusterError` / `AssignmentError`. `check_brokers`
        False: `assignments` were checked against the live brokers already (by the caller's
        cache; after a session loss the registrations may be back only later)."""
        zk = self.zk_()
        if assignments is None:
            rf = replication_factor or self.settings.default_replication_factor
            live = await zk.retry(self._live_racks, self.write_timeout_s)
            assignments = assign_replicas(live, num_partitions, rf)
        elif check_brokers:
            live = await zk.retry(self._live_racks, self.write_timeout_s)
            self._check_assignments(assignments, 0, live)
        assignment = zd.TopicAssignment(topic_id or uuid.uuid4(), assignments)

        def build(tx: Any) -> None:
            tx.create(zd.topic_config_path(name), zd.encode_topic_config(configs or {}))
            tx.create(zd.topic_path(name), assignment.encode())

        async def attempt() -> zd.TopicAssignment:
            got = await zk.get_or_none(zd.topic_path(name))
            if got is None and not validate_only:
                results = await zk.commit(build)
                if not any(isinstance(r, Exception) for r in results):
                    return assignment
                got = await zk.get_or_none(zd.topic_path(name))
            if got is None:
                return assignment  # validate_only (or deleted again at once)
            # There already: ours when an earlier attempt was applied but its answer lost.
            if zd.TopicAssignment.decode(got[0]).topic_id == assignment.topic_id:
                return assignment
            raise ClusterError(ErrorCode.TOPIC_ALREADY_EXISTS, f"Topic '{name}' already exists.")

        return await zk.retry(attempt, self.write_timeout_s)

    async def add_partitions(
        self, name: str, new_total: int, assignments: list[list[int]] | None = None
    ) -> zd.TopicAssignment:
        """Grow a topic (compare-and-set on its znode); the controller elects leaders."""
        zk = self.zk_()
        return await zk.retry(lambda: self._add_partitions(name, new_total, assignments),
                              self.write_timeout_s)

    async def _add_partitions(self, name: str, new_total: int,
                              assignments: list[list[int]] | None) -> zd.TopicAssignment:
        zk = self.zk_()
        got = await zk.get_or_none(zd.topic_path(name))
        if got is None:
            raise ClusterError(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, f"The topic '{name}' does not exist.")
        current = zd.TopicAssignment.decode(got[0])
        if (assignments is not None and len(current.partitions) == new_total
                and [current.partitions[p] for p in range(new_total - len(assignments),
                                                          new_total)] == assignments):
            return current  # an earlier attempt was applied, its answer lost
        have = len(current.partitions)
        if new_total <= have:
            raise ClusterError(ErrorCode.INVALID_PARTITIONS,
                               f"Topic currently has {have} partitions, which is higher than "
                               f"or equal to the requested {new_total}.")
        live = await self._live_racks()
        if assignments is None:
            rf = len(current.partitions[0]) if current.partitions else 1
            added = assign_replicas(live, new_total - have, rf, start_partition=have)
        else:
            added = dict(enumerate(assignments, have))
            self._check_assignments(added, have, live)
        grown = zd.TopicAssignment(current.topic_id, {**current.partitions, **added})
        try:
            await zk.set(zd.topic_path(name), grown.encode(), got[1].version)
        except kazoo_exceptions().BadVersionError:
            # Changed meanwhile (another broker's CreatePartitions): decide again on it.
            return await self._add_partitions(name, new_total, assignments)
        return grown

    async def delete_topic(self, name: str) -> None:
        """Ask the controller to delete `name` (`/admin/delete_topics/<name>`)."""
        zk = self.zk_()

        async def attempt() -> None:
            if await zk.exists(zd.topic_path(name)) is None:
                raise ClusterError(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION,
                                   "This server does not host this topic-partition.")
            try:
                await zk.create(f"{DELETE_TOPICS_PATH}/{name}")
            except kazoo_exceptions().NodeExistsError:
                pass  # requested already (maybe by an attempt whose answer was lost)

        await zk.retry(attempt, self.write_timeout_s)

    async def request_preferred_election(self, partitions: list[tuple[str, int]]) -> None:
        """Kafka's `kafka-preferred-replica-election.sh`: one znode the controller consumes."""
        try:
            await self.zk_().create(zd.PREFERRED_ELECTION_PATH,
                                    zd.encode_preferred_election(partitions))
        except kazoo_exceptions().NodeExistsError:
            raise ClusterError(-1, "a preferred replica election is already in progress") from None

    async def update_isr(self, topic: str, partition: int, current: zd.LeaderAndIsr,
                         isr: list[int]) -> zd.LeaderAndIsr | None:
        """The leader's ISR shrink/expand: compare-and-set on `current.zk_version`.
        Returns the new state, or None when the znode moved on (re-read: maybe a new
        leader epoch, and this broker is no longer the leader)."""
        new = current.with_isr(isr)
        try:
            stat = await self.zk_().set(zd.partition_state_path(topic, partition), new.encode(),
                                        current.zk_version)
        except kazoo_exceptions().BadVersionError:
            return None
        updated = zd.LeaderAndIsr(new.leader, new.leader_epoch, new.isr, new.controller_epoch,
                                  stat.version)
        if self.cache is not None:
            self.cache.apply_state(topic, partition, updated)
        return updated

    # -- helpers -------------------------------------------------------------------------
    async def _live_racks(self) -> dict[int, str | None]:
        zk = self.zk_()
        out: dict[int, str | None] = {}
        for child in await zk.get_children(zd.BROKER_IDS_PATH):
            got = await zk.get_or_none(zd.broker_path(int(child)))
            if got is not None:
                out[int(child)] = zd.BrokerRegistration.decode(int(child), got[0]).rack
        return out

    @staticmethod
    def _check_assignments(assignments: dict[int, list[int]], first: int,
                           live: dict[int, str | None]) -> None:
        if sorted(assignments) != list(range(first, first + len(assignments))):
            raise ClusterError(ErrorCode.INVALID_REPLICA_ASSIGNMENT,
                               "Partitions should be a consecutive 0-based integer sequence")
        for p, replicas in assignments.items():
            if not replicas or len(set(replicas)) != len(replicas):
                raise ClusterError(ErrorCode.INVALID_REPLICA_ASSIGNMENT,
                                   f"Bad replica assignment {replicas} for partition {p}.")
            unknown = [r for r in replicas if r not in live]
            if unknown:
                raise ClusterError(ErrorCode.INVALID_REPLICA_ASSIGNMENT,
                                   f"Unknown broker(s) {unknown} in replica assignment of "
                                   f"partition {p}.")


def _new_cluster_id() -> str:
    return zd.kafka_uuid_text(uuid.uuid4())


__all__ = ["AssignmentError", "ClusterError", "ClusterNode", "ClusterSettings"]
