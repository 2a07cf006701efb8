"""`Controller`: Kafka 2.x's `KafkaController`, elected through ZooKeeper.

Every broker runs one; exactly one is active: the broker whose ephemeral `/controller`
znode exists. Winning writes `/controller` and increments `/controller_epoch` in one
ZooKeeper transaction, and every later state write is a transaction that first checks
`/controller_epoch`'s znode version: a controller that lost its session (a zombie) can
never overwrite the state its successor writes (Kafka's `checkControllerAndUpdate` multi).

The active controller:
- watches `/brokers/ids`, `/brokers/topics` (and each topic, for new partitions),
  `/admin/preferred_replica_election` and `/admin/delete_topics`;
- on any change runs one **reconcile pass** over every partition, reading ZooKeeper
  fresh (no cache to go stale): a partition without a state gets its first leader (the
  first live assigned replica, ISR = live assigned replicas, leader epoch 0); a leader
  that is gone, or whose broker re-registered (a bounce: new registration `czxid`), is
  replaced by `election.offline_election` (the ISR, in assignment order; out of the ISR
  only with `unclean.leader.election.enable`); when no replica may lead, the leader
  becomes -1 and the ISR is left as it was, so any of its members can lead on return;
  followers that are gone leave the ISR;
- every leader change bumps the leader epoch (KIP-101);
- preferred-leader election on request (`/admin/preferred_replica_election`) and, with
  `auto.leader.rebalance.enable`, every `leader.imbalance.check.interval.seconds`;
- topic deletion: removes the topic's znodes (brokers watching them delete their logs).

Leadership reaches the brokers through their watches on the partition-state znodes
(`ZkMetadataCache`); Kafka 2.x sent LeaderAndIsr requests instead. The controller's work
runs in one task, one event at a time (Kafka's `ControllerEventManager`).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from kafkapy.cluster import zk_data as zd
from kafkapy.cluster.election import offline_election, preferred_election
from kafkapy.cluster.zk_client import AsyncZk, WatchHandle, kazoo_exceptions

log = logging.getLogger("kafkapy.cluster.controller")

# Attempts at one partition's compare-and-set before the pass gives up on it (the next
# event retries); a version clash means a leader changed the ISR in between.
STATE_WRITE_ATTEMPTS = 5
DELETE_TOPICS_PATH = "/admin/delete_topics"


@dataclass(slots=True)
class ControllerSettings:
    unclean_leader_election_enable: bool = False
    auto_leader_rebalance_enable: bool = True
    leader_imbalance_check_interval_s: float = 300.0


class ControllerMovedError(Exception):
    """This broker's controller epoch is no longer the current one."""


class Controller:
    def __init__(self, zk: AsyncZk, broker_id: int, settings: ControllerSettings) -> None:
        self.zk = zk
        self.broker_id = broker_id
        self.settings = settings
        self.active = False
        self.epoch = -1
        self._epoch_zk_version = -1
        self._broker_epochs: dict[int, int] = {}
        self._watches: list[WatchHandle] = []
        self._topic_watches: dict[str, WatchHandle] = {}
        self._wakeup = asyncio.Event()
        self._want_elect = False
        self._want_reconcile = False
        self._want_preferred: set[tuple[str, int]] | None = None
        self._preferred_all = False
        self._task: asyncio.Task[None] | None = None
        self._rebalance: asyncio.TimerHandle | None = None
        self._controller_watch: WatchHandle | None = None
        # Called (on the loop) when this broker becomes or stops being the controller.
        self.on_change: Callable[[bool], None] | None = None

    # -- lifecycle ------------------------------------------------------------------------
    def start(self) -> None:
        self._task = asyncio.get_running_loop().create_task(self._run())
        self._controller_watch = self.zk.watch_data(zd.CONTROLLER_PATH, self._on_controller)

    async def stop(self) -> None:
        if self._controller_watch is not None:
            self._controller_watch.cancel()
        self._resign("shutdown")
        if self._task is not None:
            self._task.cancel()
            try:
                await self._task
            except asyncio.CancelledError:
                pass

    def session_lost(self) -> None:
        """The ZooKeeper session expired: `/controller` is gone with it; stop at once."""
        self._resign("ZooKeeper session lost")

    def session_restored(self) -> None:
        self._want_elect = True
        self._wakeup.set()

    def request_preferred_election(self, partitions: set[tuple[str, int]] | None) -> None:
        """Queue a preferred-leader election (None: every partition)."""
        if partitions is None:
            self._preferred_all = True
        else:
            self._want_preferred = (self._want_preferred or set()) | partitions
        self._wakeup.set()

    # -- events ---------------------------------------------------------------------------
    def _on_controller(self, data: bytes | None, stat: Any) -> None:
        if data is None:
            if self.active:
                self._resign("/controller znode deleted")
            self._want_elect = True
            self._wakeup.set()
        else:
            try:
                holder = zd.decode_controller(data)
            except ValueError:
                holder = -1
            if self.active and holder != self.broker_id:
                self._resign(f"controller moved to {holder}")
            elif not self.active and holder == self.broker_id:
                # Maybe our own election, its answer lost with the connection: `_elect`
                # adopts it if this session owns the znode.
                self._want_elect = True
                self._wakeup.set()

    def _dirty(self, *_: Any) -> None:
        if self.active:
            self._want_reconcile = True
            self._wakeup.set()

    async def _run(self) -> None:
        while True:
            await self._wakeup.wait()
            self._wakeup.clear()
            try:
                if self._want_elect:
                    self._want_elect = False
                    await self._elect()
                if not self.active:
                    continue
                if self._want_reconcile:
                    self._want_reconcile = False
                    await self._reconcile()
                if self._preferred_all or self._want_preferred:
                    wanted, self._want_preferred = self._want_preferred, None
                    everything, self._preferred_all = self._preferred_all, False
                    await self._preferred(None if everything else wanted)
            except ControllerMovedError:
                self._resign("controller epoch moved on")
            except asyncio.CancelledError:
                raise
            except Exception as exc:
                ke = kazoo_exceptions()
                if isinstance(exc, (ke.ConnectionLoss, ke.OperationTimeoutError,
                                    ke.SessionExpiredError)):
                    # ZooKeeper unreachable for now: whatever was interrupted (the election
                    # or a pass) runs again when it is back. A lost election that was in
                    # fact applied is adopted by `_elect`.
                    if self.active:
                        self._want_reconcile = True
                    else:
                        self._want_elect = True
                    await asyncio.sleep(0.5)
                    self._wakeup.set()
                else:
                    log.exception("controller event failed")

    # -- election -------------------------------------------------------------------------
    async def _elect(self) -> None:
        if self.active:
            return
        ke = kazoo_exceptions()
        holder = await self.zk.get_or_none(zd.CONTROLLER_PATH)
        if holder is not None:
            session = self.zk.session_id
            if session and holder[1].ephemeralOwner == session:
                # Ours: the transaction below was applied but its answer was lost. Nobody
                # else can have bumped the epoch since (that takes `/controller`).
                data, stat = await self.zk.get(zd.CONTROLLER_EPOCH_PATH)
                self.epoch = zd.decode_controller_epoch(data)
                self._epoch_zk_version = stat.version
                self._become_active()
            return
        try:
            await self.zk.create(zd.CONTROLLER_EPOCH_PATH,
                                 zd.encode_controller_epoch(zd.INITIAL_CONTROLLER_EPOCH))
        except ke.NodeExistsError:
            pass
        data, stat = await self.zk.get(zd.CONTROLLER_EPOCH_PATH)
        epoch = zd.decode_controller_epoch(data) + 1

        def build(tx: Any) -> None:
            tx.create(zd.CONTROLLER_PATH, zd.encode_controller(self.broker_id), ephemeral=True)
            tx.set_data(zd.CONTROLLER_EPOCH_PATH, zd.encode_controller_epoch(epoch),
                        stat.version)

        results = await self.zk.commit(build)
        if any(isinstance(r, Exception) for r in results):
            return  # another broker won (NodeExists) or bumped the epoch first
        self.epoch = epoch
        self._epoch_zk_version = stat.version + 1
        self._become_active()

    def _become_active(self) -> None:
        self.active = True
        self._broker_epochs = {}
        log.info("became controller", extra={"broker": self.broker_id, "epoch": self.epoch})
        zk = self.zk
        self._watches = [
            zk.watch_children(zd.BROKER_IDS_PATH, self._dirty),
            zk.watch_children(zd.BROKER_TOPICS_PATH, self._on_topics),
            zk.watch_children(DELETE_TOPICS_PATH, self._dirty),
            zk.watch_data(zd.PREFERRED_ELECTION_PATH, self._on_preferred_request),
        ]
        self._want_reconcile = True
        self._wakeup.set()
        self._schedule_rebalance()
        if self.on_change is not None:
            self.on_change(True)

    def _resign(self, why: str) -> None:
        for h in self._watches:
            h.cancel()
        for h in self._topic_watches.values():
            h.cancel()
        self._watches, self._topic_watches = [], {}
        if self._rebalance is not None:
            self._rebalance.cancel()
            self._rebalance = None
        if self.active:
            self.active = False
            log.info("resigned as controller", extra={"broker": self.broker_id, "why": why})
            if self.on_change is not None:
                self.on_change(False)

    def _on_topics(self, children: list[str]) -> None:
        for topic in children:
            if topic not in self._topic_watches:
                # New partitions of an existing topic change its znode, not the children.
                self._topic_watches[topic] = self.zk.watch_data(zd.topic_path(topic), self._dirty)
        for gone in set(self._topic_watches) - set(children):
            self._topic_watches.pop(gone).cancel()
        self._dirty()

    def _on_preferred_request(self, data: bytes | None, stat: Any) -> None:
        if data is None or not self.active:
            return
        try:
            wanted = set(zd.decode_preferred_election(data))
        except ValueError:
            log.warning("unreadable preferred replica election request")
            wanted = set()
        self.request_preferred_election(wanted)
        asyncio.get_running_loop().create_task(self._delete_quietly(zd.PREFERRED_ELECTION_PATH))

    async def _delete_quietly(self, path: str) -> None:
        try:
            await self.zk.delete(path)
        except kazoo_exceptions().KazooException as exc:
            log.debug("delete failed", extra={"path": path, "error": repr(exc)})

    def _schedule_rebalance(self) -> None:
        if not self.settings.auto_leader_rebalance_enable:
            return

        def _tick() -> None:
            self._rebalance = None
            if self.active:
                self.request_preferred_election(None)
                self._schedule_rebalance()

        self._rebalance = asyncio.get_running_loop().call_later(
            self.settings.leader_imbalance_check_interval_s, _tick
        )

    # -- reads ----------------------------------------------------------------------------
    async def _live_brokers(self) -> tuple[set[int], set[int]]:
        """(live broker ids, bounced ids: re-registered since the last pass)."""
        live: set[int] = set()
        bounced: set[int] = set()
        epochs: dict[int, int] = {}
        for child in await self.zk.get_children(zd.BROKER_IDS_PATH):
            if not child.lstrip("-").isdigit():
                continue
            stat = await self.zk.exists(zd.broker_path(int(child)))
            if stat is None:
                continue
            broker = int(child)
            live.add(broker)
            epochs[broker] = stat.czxid
            old = self._broker_epochs.get(broker)
            if old is not None and old != stat.czxid:
                bounced.add(broker)
        self._broker_epochs = epochs
        return live, bounced

    async def _assignments(self) -> dict[str, zd.TopicAssignment]:
        out: dict[str, zd.TopicAssignment] = {}
        for topic in await self.zk.get_children(zd.BROKER_TOPICS_PATH):
            got = await self.zk.get_or_none(zd.topic_path(topic))
            if got is None:
                continue
            try:
                out[topic] = zd.TopicAssignment.decode(got[0])
            except ValueError:
                log.warning("unreadable topic assignment", extra={"topic": topic})
        return out

    async def _read_state(self, topic: str, partition: int) -> zd.LeaderAndIsr | None:
        got = await self.zk.get_or_none(zd.partition_state_path(topic, partition))
        if got is None:
            return None
        return zd.LeaderAndIsr.decode(got[0], got[1].version)

    async def _unclean_allowed(self, topic: str) -> bool:
        got = await self.zk.get_or_none(zd.topic_config_path(topic))
        configs = zd.decode_topic_config(got[0]) if got else {}
        raw = configs.get("unclean.leader.election.enable")
        if raw is None:
            return self.settings.unclean_leader_election_enable
        return raw.strip().lower() == "true"

    # -- writes ---------------------------------------------------------------------------
    async def _write_state(self, topic: str, partition: int, new: zd.LeaderAndIsr,
                           old: zd.LeaderAndIsr | None) -> bool:
        """Fenced compare-and-set. False: the state moved (re-read and decide again).
        Raises `ControllerMovedError` when this controller's epoch is stale."""
        path = zd.partition_state_path(topic, partition)
        data = new.encode()
        if old is None:
            await self.zk.ensure_path(path.rsplit("/", 1)[0])

        def build(tx: Any) -> None:
            tx.check(zd.CONTROLLER_EPOCH_PATH, self._epoch_zk_version)
            if old is None:
                tx.create(path, data)
            else:
                tx.set_data(path, data, old.zk_version)

        results = await self.zk.commit(build)
        if isinstance(results[0], Exception) and not isinstance(
            results[0], kazoo_exceptions().RolledBackError
        ):
            raise ControllerMovedError()
        return not any(isinstance(r, Exception) for r in results)

    # -- the reconcile pass -------------------------------------------------------------
    async def _reconcile(self) -> None:
        live, bounced = await self._live_brokers()
        await self._delete_requested_topics()
        for topic, assignment in (await self._assignments()).items():
            unclean: bool | None = None
            for partition, replicas in sorted(assignment.partitions.items()):
                for _ in range(STATE_WRITE_ATTEMPTS):
                    old = await self._read_state(topic, partition)
                    if old is not None and old.leader not in live | {-1} and unclean is None:
                        unclean = await self._unclean_allowed(topic)
                    new = self._next_state(replicas, old, live, bounced, bool(unclean))
                    if new is None or await self._write_state(topic, partition, new, old):
                        if new is not None:
                            log.info("partition state", extra={
                                "topic": topic, "partition": partition, "leader": new.leader,
                                "leader_epoch": new.leader_epoch, "isr": new.isr})
                        break
        if bounced:
            # The bounced brokers are live again: the next pass may elect them.
            self._want_reconcile = True
            self._wakeup.set()

    def _next_state(self, replicas: list[int], old: zd.LeaderAndIsr | None, live: set[int],
                    bounced: set[int], unclean: bool) -> zd.LeaderAndIsr | None:
        """The state this partition should move to, or None when it is fine as it is."""
        if old is None:
            alive = [r for r in replicas if r in live]
            if not alive:
                return None  # Kafka's NewPartition: waits for a replica to register
            return zd.LeaderAndIsr(alive[0], 0, alive, self.epoch)
        # A bounced broker lost its in-memory state: for this pass it counts as gone.
        usable = live - bounced
        if old.leader not in usable:
            elected = offline_election(replicas, old.isr, usable, unclean)
            if elected is not None:
                return old.new_leader(elected[0], elected[1], self.epoch)
            if old.leader == -1:
                return None
            # Nobody may lead: leaderless, ISR kept, epoch bumped to fence the old leader.
            return old.new_leader(-1, list(old.isr), self.epoch)
        isr = [r for r in old.isr if r in usable]
        if isr != old.isr:
            return zd.LeaderAndIsr(old.leader, old.leader_epoch, isr, self.epoch, old.zk_version)
        return None

    async def _preferred(self, wanted: set[tuple[str, int]] | None) -> None:
        live, _ = await self._live_brokers()
        for topic, assignment in (await self._assignments()).items():
            for partition, replicas in sorted(assignment.partitions.items()):
                if wanted is not None and (topic, partition) not in wanted:
                    continue
                old = await self._read_state(topic, partition)
                if old is None or not replicas or old.leader == replicas[0]:
                    continue
                elected = preferred_election(replicas, old.isr, live)
                if elected is None:
                    continue
                new = old.new_leader(elected[0], elected[1], self.epoch)
                if await self._write_state(topic, partition, new, old):
                    log.info("preferred leader elected", extra={
                        "topic": topic, "partition": partition, "leader": new.leader,
                        "leader_epoch": new.leader_epoch})

    async def _delete_requested_topics(self) -> None:
        ke = kazoo_exceptions()
        for topic in await self.zk.get_children(DELETE_TOPICS_PATH):
            for path in (zd.topic_path(topic), zd.topic_config_path(topic)):
                try:
                    await self.zk.delete(path, recursive=True)
                except ke.NoNodeError:
                    pass
            await self._delete_quietly(f"{DELETE_TOPICS_PATH}/{topic}")
            log.info("topic deleted", extra={"topic": topic})
