"""`ZkMetadataCache`: a broker's view of the cluster, kept current by ZooKeeper watches.

Kafka 2.x brokers learned leadership from the controller's LeaderAndIsr and
UpdateMetadata requests. kafkapy brokers watch the znodes instead (the controller writes
them anyway): live brokers (`/brokers/ids`), the controller (`/controller`), topic
assignments (`/brokers/topics/<t>`), topic configs (`/config/topics/<t>`) and every
partition's state (`.../partitions/<p>/state`). Watch callbacks run on the event loop
(`AsyncZk`), so this cache has one owner and no locks.

A watch can deliver a state older than one this broker just wrote itself (its own ISR
compare-and-set): states are ordered by znode version and an older one is ignored.

Listeners (`CacheListener`) hear each change after the cache is updated.
"""

from __future__ import annotations

import asyncio
import functools
import logging
from collections.abc import Callable
from typing import Any, Protocol

from kafkapy.cluster import zk_data as zd
from kafkapy.cluster.zk_client import AsyncZk, WatchHandle

log = logging.getLogger("kafkapy.cluster.cache")

LOAD_RETRY_S = 60.0


class CacheListener(Protocol):
    def on_brokers_changed(self, live: set[int]) -> None: ...
    def on_topic_changed(self, topic: str, assignment: zd.TopicAssignment) -> None: ...
    def on_topic_deleted(self, topic: str) -> None: ...
    def on_topic_config_changed(self, topic: str, configs: dict[str, str]) -> None: ...
    def on_partition_state(self, topic: str, partition: int, state: zd.LeaderAndIsr) -> None: ...


class ZkMetadataCache:
    def __init__(self, zk: AsyncZk) -> None:
        self.zk = zk
        self.brokers: dict[int, zd.BrokerRegistration] = {}
        self.controller_id = -1
        self.topics: dict[str, zd.TopicAssignment] = {}
        self.topic_configs: dict[str, dict[str, str]] = {}
        self.states: dict[tuple[str, int], zd.LeaderAndIsr] = {}
        self.listeners: list[CacheListener] = []
        self._topic_watches: dict[str, list[WatchHandle]] = {}
        self._state_watches: dict[tuple[str, int], WatchHandle] = {}
        self._watches: list[WatchHandle] = []
        self._tasks: set[asyncio.Task[Any]] = set()
        self._brokers_generation = 0
        self._closed = False

    # -- lifecycle ------------------------------------------------------------------------
    def start(self) -> None:
        self._watches.append(self.zk.watch_children(zd.BROKER_IDS_PATH, self._on_broker_ids))
        self._watches.append(self.zk.watch_data(zd.CONTROLLER_PATH, self._on_controller))
        self._watches.append(self.zk.watch_children(zd.BROKER_TOPICS_PATH, self._on_topics))

    def stop(self) -> None:
        self._closed = True
        for h in self._watches:
            h.cancel()
        for hs in self._topic_watches.values():
            for h in hs:
                h.cancel()
        for h in self._state_watches.values():
            h.cancel()
        for t in self._tasks:
            t.cancel()

    def _spawn(self, coro: Any) -> None:
        task = asyncio.get_running_loop().create_task(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    def _notify(self, call: Callable[[CacheListener], None]) -> None:
        for listener in list(self.listeners):
            try:
                call(listener)
            except Exception:
                log.exception("metadata cache listener failed")

    # -- queries --------------------------------------------------------------------------
    @property
    def live_brokers(self) -> set[int]:
        return set(self.brokers)

    def racks(self) -> dict[int, str | None]:
        return {b: r.rack for b, r in self.brokers.items()}

    def state(self, topic: str, partition: int) -> zd.LeaderAndIsr | None:
        return self.states.get((topic, partition))

    # -- brokers --------------------------------------------------------------------------
    def _on_broker_ids(self, children: list[str]) -> None:
        self._brokers_generation += 1
        self._spawn(self._load_brokers([int(c) for c in children if c.lstrip("-").isdigit()],
                                       self._brokers_generation))

    async def _load_brokers(self, ids: list[int], generation: int) -> None:
        # The children watch has fired (and is re-armed): if these reads were lost, no
        # event would repeat them, and a registration would stay unknown here.
        try:
            found = await self.zk.retry(lambda: self._read_brokers(ids), LOAD_RETRY_S)
        except Exception:
            log.exception("broker registrations unreadable")
            return
        if self._closed or generation != self._brokers_generation:
            return  # a newer list is being read
        self.brokers = found
        live = set(found)
        self._notify(lambda lst: lst.on_brokers_changed(live))

    async def _read_brokers(self, ids: list[int]) -> dict[int, zd.BrokerRegistration]:
        found: dict[int, zd.BrokerRegistration] = {}
        for broker_id in ids:
            got = await self.zk.get_or_none(zd.broker_path(broker_id))
            if got is None:
                continue
            try:
                found[broker_id] = zd.BrokerRegistration.decode(broker_id, got[0])
            except ValueError:
                log.warning("unreadable broker registration", extra={"broker": broker_id})
        return found

    def _on_controller(self, data: bytes | None, stat: Any) -> None:
        try:
            self.controller_id = zd.decode_controller(data) if data else -1
        except ValueError:
            self.controller_id = -1

    # -- topics ---------------------------------------------------------------------------
    def _on_topics(self, children: list[str]) -> None:
        current = set(children)
        for gone in set(self._topic_watches) - current:
            for h in self._topic_watches.pop(gone):
                h.cancel()
            for key in [k for k in self._state_watches if k[0] == gone]:
                self._state_watches.pop(key).cancel()
                self.states.pop(key, None)
            self.topic_configs.pop(gone, None)
            if self.topics.pop(gone, None) is not None:
                self._notify(functools.partial(_topic_deleted, gone))
        for topic in sorted(current - set(self._topic_watches)):
            self._topic_watches[topic] = [
                self.zk.watch_data(zd.topic_config_path(topic),
                                   functools.partial(self._on_config, topic)),
                self.zk.watch_data(zd.topic_path(topic),
                                   functools.partial(self._on_assignment, topic)),
            ]

    def _on_config(self, topic: str, data: bytes | None, stat: Any) -> None:
        try:
            configs = zd.decode_topic_config(data) if data else {}
        except ValueError:
            log.warning("unreadable topic config", extra={"topic": topic})
            return
        self.topic_configs[topic] = configs
        if topic in self.topics:
            self._notify(lambda lst: lst.on_topic_config_changed(topic, configs))

    def _on_assignment(self, topic: str, data: bytes | None, stat: Any) -> None:
        if data is None or topic not in self._topic_watches:
            return  # deleted: the children watch cleans up
        try:
            assignment = zd.TopicAssignment.decode(data)
        except ValueError:
            log.warning("unreadable topic assignment", extra={"topic": topic})
            return
        self.topics[topic] = assignment
        self.topic_configs.setdefault(topic, {})
        self._notify(lambda lst: lst.on_topic_changed(topic, assignment))
        for p in assignment.partitions:
            key = (topic, p)
            if key not in self._state_watches:
                self._state_watches[key] = self.zk.watch_data(
                    zd.partition_state_path(topic, p), functools.partial(self._on_state, key)
                )

    def _on_state(self, key: tuple[str, int], data: bytes | None, stat: Any) -> None:
        if data is None or key not in self._state_watches:
            return
        try:
            state = zd.LeaderAndIsr.decode(data, stat.version)
        except ValueError:
            log.warning("unreadable partition state", extra={"topic": key[0], "partition": key[1]})
            return
        self.apply_state(key[0], key[1], state)

    def apply_state(self, topic: str, partition: int, state: zd.LeaderAndIsr) -> None:
        """Record `state` unless a newer znode version is known; tell the listeners."""
        old = self.states.get((topic, partition))
        if old is not None and old.zk_version >= state.zk_version:
            return
        self.states[(topic, partition)] = state
        self._notify(lambda lst: lst.on_partition_state(topic, partition, state))


def _topic_deleted(topic: str, listener: CacheListener) -> None:
    listener.on_topic_deleted(topic)
