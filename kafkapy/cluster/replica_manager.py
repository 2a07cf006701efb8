"""`ReplicaManager`: a cluster-mode broker's partitions follow ZooKeeper's partition states
(Kafka's `ReplicaManager.becomeLeaderOrFollower`, fed by watches instead of LeaderAndIsr).

It listens to the `ZkMetadataCache` after the metadata store (`ZkMetadataStore`, which
mirrors topics, partitions, leaders, ISRs and configs into `broker.metadata`) and keeps the
broker's partitions current:
- **leader** of a partition: its log is opened, it sits in `broker.partitions` (so Produce
  and Fetch reach it), a `FollowerTracker` starts with each new leader epoch, and the epoch
  is recorded in `leader-epoch-checkpoint` at the log end (Kafka's `makeLeader`);
- **follower**: it leaves `broker.partitions` (clients get NOT_LEADER_OR_FOLLOWER), and a
  `ReplicaFetcher` towards the leader's broker (one per source broker) replicates it;
- `__consumer_offsets`: the group coordinator loads a partition when this broker becomes
  its leader and unloads it when it stops being the leader.

On the leader, `on_follower_fetch` (called by the Fetch handler for `replica_id` >= 0)
records the follower's log end offset, moves the high watermark to the minimum over the
ISR, wakes waiting fetches and acks=all produces, and expands the ISR when a follower has
caught up. A timer shrinks the ISR of followers lagging more than
`replica.lag.time.max.ms`. ISR changes are compare-and-set on the partition-state znode.

One owner: the event loop. Nothing here blocks.
"""

from __future__ import annotations

import asyncio
import logging
import time
import uuid
from typing import Any

from kafkapy.cluster import zk_data as zd
from kafkapy.cluster.leader_state import FollowerTracker
from kafkapy.cluster.node import ClusterNode
from kafkapy.cluster.replica_fetcher import (
    STOP_TIMEOUT_S,
    FetcherSettings,
    FollowedPartition,
    ReplicaFetcher,
)

log = logging.getLogger("kafkapy.cluster.replicas")

OFFSETS_TOPIC = "__consumer_offsets"


def _get_int(cfg: Any, key: str, default: int) -> int:
    """A config value that this broker's config table may not define (yet)."""
    try:
        value = cfg.get(key)
    except KeyError:
        return default
    return default if value is None else int(value)


def _now_ms() -> int:
    return int(time.time() * 1000)


class ReplicaManager:
    def __init__(self, broker: Any, node: ClusterNode) -> None:
        self.broker = broker
        self.node = node
        self.node_id = int(broker.node_id)
        cfg = broker.config
        self.lag_max_ms = int(cfg.get("replica.lag.time.max.ms"))
        self.listener_name = self._inter_broker_listener()
        self.fetcher_settings = FetcherSettings(
            replica_id=self.node_id,
            fetch_max_wait_ms=int(cfg.get("replica.fetch.wait.max.ms")),
            fetch_min_bytes=int(cfg.get("replica.fetch.min.bytes")),
            fetch_max_bytes=int(cfg.get("replica.fetch.max.bytes")),
            response_max_bytes=int(cfg.get("replica.fetch.response.max.bytes")),
            socket_timeout_ms=int(cfg.get("replica.socket.timeout.ms")),
            backoff_ms=_get_int(cfg, "replica.fetch.backoff.ms", 1000),
        )
        self.fetchers: dict[int, ReplicaFetcher] = {}
        self.following: dict[tuple[str, int], int] = {}  # partition -> leader broker
        self.trackers: dict[tuple[str, int], FollowerTracker] = {}
        # The last state handled per partition: (topic id, leader, leader epoch).
        self._handled: dict[tuple[str, int], tuple[uuid.UUID, int, int]] = {}
        self._isr_inflight: set[tuple[str, int]] = set()
        self._timer: asyncio.TimerHandle | None = None
        self._tasks: set[asyncio.Task[Any]] = set()
        self.isr_shrinks = 0
        self._stopping = False  # set by stop(): no new fetchers, no new ISR checks
        self.isr_expands = 0

    def _inter_broker_listener(self) -> str:
        cfg = self.broker.config
        name = cfg.get("inter.broker.listener.name")
        return str(name) if name else str(cfg.advertised_listeners[0].name)

    # -- lifecycle -------------------------------------------------------------------------
    def start(self) -> None:
        cache = self.node.cache
        assert cache is not None
        cache.listeners.append(self)
        for topic, assignment in list(cache.topics.items()):
            self.on_topic_changed(topic, assignment)
        for (topic, p), state in list(cache.states.items()):
            self.on_partition_state(topic, p, state)
        self._schedule_isr_check()

    async def stop(self) -> None:
        """Fetchers first (all at once, each bounded: a churning fetcher cannot hold the
        shutdown), then the ISR writes in flight; what does not stop is logged."""
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        self._stopping = True
        fetchers = list(self.fetchers.values())
        self.fetchers.clear()
        self.following.clear()
        if fetchers:
            await asyncio.gather(*(f.stop() for f in fetchers), return_exceptions=True)
        tasks = list(self._tasks)
        for t in tasks:
            t.cancel()
        if tasks:
            _, pending = await asyncio.wait(tasks, timeout=STOP_TIMEOUT_S)
            if pending:
                log.warning("replica manager tasks did not stop", extra={"count": len(pending)})

    def _spawn(self, coro: Any) -> None:
        task = asyncio.get_running_loop().create_task(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    # -- CacheListener ---------------------------------------------------------------------
    def on_brokers_changed(self, live: set[int]) -> None:
        """Follow partitions whose leader was not known yet (registrations and partition
        states arrive through different watches, in any order); drop fetchers of brokers
        that are gone (their partitions get a new leader through the controller)."""
        for leader in [b for b in self.fetchers if b not in live]:
            fetcher = self.fetchers.pop(leader)
            for key in list(fetcher.partitions):
                self.following.pop(key, None)
            self._spawn(fetcher.stop())
        for info in list(self.broker.metadata.topics.values()):
            for pinfo in info.partitions:
                key = (info.name, pinfo.partition)
                if (self.node_id in pinfo.replicas and pinfo.leader in live
                        and pinfo.leader != self.node_id and key not in self.following):
                    self._become_follower(info, pinfo)

    def on_topic_changed(self, topic: str, assignment: zd.TopicAssignment) -> None:
        # The metadata store (an earlier cache listener) has applied the assignment to
        # its image: replay the states it knows, new replicas may concern this broker.
        cache = self.node.cache
        info = self.broker.metadata.get(topic)
        if info is None or cache is None:
            return
        for pinfo in info.partitions:
            state = cache.state(topic, pinfo.partition)
            if state is not None:
                self.on_partition_state(topic, pinfo.partition, state)

    def on_topic_config_changed(self, topic: str, configs: dict[str, str]) -> None:
        pass  # the metadata store tells its listeners (the broker applies LogConfigs)

    def on_topic_deleted(self, topic: str) -> None:
        """The store has forgotten `topic` and its listeners removed the partitions this
        broker led; stop following the others and delete their logs too."""
        for key in [k for k in self._handled if k[0] == topic]:
            del self._handled[key]
            self._stop_following(key)
            self.trackers.pop(key, None)
            if topic == OFFSETS_TOPIC:
                self._group_resigned(key[1])
        for tp in [tp for tp in self.broker.logs.manager.logs if tp.topic == topic]:
            self.broker.logs.delete(tp)

    # -- leadership ------------------------------------------------------------------------
    def on_partition_state(self, topic: str, partition: int, state: zd.LeaderAndIsr) -> None:
        info = self.broker.metadata.get(topic)
        if info is None or partition >= len(info.partitions):
            return  # the assignment arrives first; it replays the state
        pinfo = info.partitions[partition]  # the store has applied `state` to it
        key = (topic, partition)
        old_id, old_leader, old_epoch = self._handled.get(key, (None, -1, -1))
        self._handled[key] = (info.topic_id, state.leader, state.leader_epoch)
        if self.node_id not in pinfo.replicas:
            return
        if state.leader == self.node_id:
            self._become_leader(info, pinfo, new_epoch=(key not in self.trackers
                                                        or old_id != info.topic_id
                                                        or old_epoch != state.leader_epoch
                                                        or old_leader != self.node_id))
        else:
            self._become_follower(info, pinfo)

    def _become_leader(self, info: Any, pinfo: Any, new_epoch: bool) -> None:
        from kafkapy.config.kafka_config import build_log_config
        from kafkapy.partition import Partition
        from storage.topic_partition import TopicPartition

        key = (info.name, pinfo.partition)
        self._stop_following(key)
        broker = self.broker
        partition = broker.partitions.get(key)
        if partition is None:
            tp = TopicPartition(info.name, pinfo.partition)
            ulog = broker.logs.get_or_create(tp, build_log_config(broker.config, info.configs),
                                             info.topic_id)
            partition = Partition(info, pinfo, ulog)
            partition.min_insync_replicas = broker._min_insync_replicas(info)
            broker.partitions[key] = partition
        ulog = partition.log
        if new_epoch:
            self.trackers[key] = FollowerTracker(self.node_id, pinfo.replicas, _now_ms())
            ulog.leader_epoch_cache.assign(pinfo.leader_epoch, ulog.log_end_offset)
            log.info("became leader", extra={
                "topic_partition": f"{info.name}-{pinfo.partition}",
                "leader_epoch": pinfo.leader_epoch, "isr": pinfo.isr,
                "log_end_offset": ulog.log_end_offset})
        else:
            self.trackers[key].set_replicas(pinfo.replicas, _now_ms())
        self._maybe_advance_high_watermark(partition)
        partition.wake()
        if info.name == OFFSETS_TOPIC:
            self._group_became_leader(pinfo.partition, partition)

    def _become_follower(self, info: Any, pinfo: Any) -> None:
        from kafkapy.config.kafka_config import build_log_config
        from storage.topic_partition import TopicPartition

        key = (info.name, pinfo.partition)
        broker = self.broker
        fetcher = self.fetchers.get(pinfo.leader)
        followed = fetcher.partitions.get(key) if fetcher is not None else None
        if (self.following.get(key) == pinfo.leader and followed is not None
                and followed.leader_epoch == pinfo.leader_epoch and key not in broker.partitions):
            # Same leader, same epoch (an ISR change, a replayed state): keep the fetch state
            # as Kafka's makeFollower does; re-adding would truncate again and reset the
            # partition's error backoff.
            return
        self.trackers.pop(key, None)
        partition = broker.partitions.pop(key, None)
        if partition is not None:
            partition.wake()  # waiting fetches and produces re-check and fail over
            if info.name == OFFSETS_TOPIC:
                self._group_resigned(pinfo.partition)
        tp = TopicPartition(info.name, pinfo.partition)
        ulog = broker.logs.get_or_create(tp, build_log_config(broker.config, info.configs),
                                         info.topic_id)
        self._stop_following(key)
        if pinfo.leader < 0:
            return
        fetcher = self._fetcher_for(pinfo.leader)
        if fetcher is None:
            return
        fetcher.add_partition(FollowedPartition(info.name, pinfo.partition, info.topic_id, ulog,
                                                pinfo.leader_epoch))
        self.following[key] = pinfo.leader
        log.info("became follower", extra={
            "topic_partition": f"{info.name}-{pinfo.partition}", "leader": pinfo.leader,
            "leader_epoch": pinfo.leader_epoch, "log_end_offset": ulog.log_end_offset})

    def _stop_following(self, key: tuple[str, int]) -> None:
        leader = self.following.pop(key, None)
        if leader is not None and leader in self.fetchers:
            self.fetchers[leader].remove_partition(*key)

    def _fetcher_for(self, leader: int) -> ReplicaFetcher | None:
        fetcher = self.fetchers.get(leader)
        if fetcher is not None or self._stopping:
            return fetcher
        cache = self.node.cache
        reg = cache.brokers.get(leader) if cache else None
        if reg is None:
            return None
        endpoint = reg.endpoint(self.listener_name) or (reg.endpoints[0] if reg.endpoints
                                                        else None)
        if endpoint is None:
            return None
        fetcher = ReplicaFetcher(endpoint.host, endpoint.port, leader, self.fetcher_settings)
        self.fetchers[leader] = fetcher
        fetcher.start()
        return fetcher

    # -- the leader's side of replication --------------------------------------------------
    def on_follower_fetch(self, partition: Any, replica_id: int, fetch_offset: int) -> None:
        """A follower fetched `partition` from `fetch_offset` (so it has everything below)."""
        key = (partition.name, partition.index)
        tracker = self.trackers.get(key)
        if tracker is None:
            return
        now = _now_ms()
        if not tracker.on_fetch(replica_id, fetch_offset, partition.log.log_end_offset, now):
            return
        self._maybe_advance_high_watermark(partition)
        self._maybe_expand_isr(partition, tracker, replica_id)

    def _maybe_advance_high_watermark(self, partition: Any) -> None:
        key = (partition.name, partition.index)
        tracker = self.trackers.get(key)
        ulog = partition.log
        isr = partition.info.isr
        if tracker is None:
            return
        hw = ulog.log_end_offset if isr == [self.node_id] else tracker.high_watermark(
            isr, ulog.log_end_offset)
        if hw > ulog.high_watermark:
            ulog.update_high_watermark(hw)
            partition.wake()

    def _maybe_expand_isr(self, partition: Any, tracker: FollowerTracker, replica_id: int) -> None:
        isr = partition.info.isr
        cache_epoch_start = partition.log.leader_epoch_cache.entries
        start = 0
        for entry in cache_epoch_start:
            if entry.epoch == partition.leader_epoch:
                start = entry.start_offset
        joining = tracker.caught_up(isr, partition.log.high_watermark, start, replica_id)
        if joining:
            self._change_isr(partition, [*isr, *joining], "expand")

    def _schedule_isr_check(self) -> None:
        delay = max(self.lag_max_ms / 2000, 0.05)
        self._timer = asyncio.get_running_loop().call_later(delay, self._check_isr)

    def _check_isr(self) -> None:
        try:
            now = _now_ms()
            for key, tracker in list(self.trackers.items()):
                partition = self.broker.partitions.get(key)
                if partition is None or len(partition.info.isr) <= 1:
                    continue
                lagging = tracker.out_of_sync(partition.info.isr, now, self.lag_max_ms)
                if lagging:
                    self._change_isr(partition, [r for r in partition.info.isr
                                                 if r not in lagging], "shrink")
        finally:
            if not self._stopping:
                self._schedule_isr_check()

    def _change_isr(self, partition: Any, isr: list[int], why: str) -> None:
        key = (partition.name, partition.index)
        cache = self.node.cache
        state = cache.state(*key) if cache else None
        if key in self._isr_inflight or state is None or state.leader != self.node_id:
            return
        if state.leader_epoch != partition.leader_epoch:
            return
        self._isr_inflight.add(key)
        self._spawn(self._write_isr(partition, state, isr, why))

    async def _write_isr(self, partition: Any, state: zd.LeaderAndIsr, isr: list[int],
                         why: str) -> None:
        key = (partition.name, partition.index)
        try:
            new = await self.node.update_isr(partition.name, partition.index, state, isr)
        except Exception:
            log.exception("ISR update failed", extra={"topic_partition": f"{key[0]}-{key[1]}"})
            return
        finally:
            self._isr_inflight.discard(key)
        if new is None:
            return  # the state moved on (a new epoch?): the watch brings it
        if why == "shrink":
            self.isr_shrinks += 1
        else:
            self.isr_expands += 1
        log.info(f"ISR {why}", extra={"topic_partition": f"{key[0]}-{key[1]}",
                                       "isr": new.isr, "leader_epoch": new.leader_epoch})
        live = self.broker.partitions.get(key)
        if live is not None:
            self._maybe_advance_high_watermark(live)

    # -- group coordinator ------------------------------------------------------------------
    # The group coordinator service decides (kafkapy/group/service.py): a new leader epoch
    # loads the partition's groups in the background; the same epoch (an ISR change) is
    # a no-op; resigning answers what is pending with NOT_COORDINATOR.
    def _group_became_leader(self, index: int, partition: Any) -> None:
        svc = getattr(self.broker, "group_coordinator", None)
        if svc is not None:
            svc.on_became_leader(index, partition)

    def _group_resigned(self, index: int) -> None:
        svc = getattr(self.broker, "group_coordinator", None)
        if svc is not None:
            svc.on_resigned(index)
