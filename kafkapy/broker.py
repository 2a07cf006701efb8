"""`Broker`: the one object that owns all broker state, on the event-loop thread.

- `config` (`KafkaConfig`), `metadata` (the `MetadataStore`: topics, ids, partitions,
  entity configs; `LocalMetadataStore`, or `ZkMetadataStore` with `zookeeper.connect`),
  `log_manager` (storage), `partitions` ((topic, index) -> `Partition`),
  `producer_ids`, `metrics`, `server`, and services registered by other packages
  (`kafkapy.services`, e.g. `group_coordinator`).
- Start-up: log dirs and `meta.properties` (cluster id), the metadata store (one node:
  its file read, leader epochs bumped - a restart is a new leadership, as in KRaft - and
  the dynamic broker configs applied), the logs of every known partition (recovery is
  storage's), services, then the listeners.
- Shutdown (`stop`): listeners closed and in-flight requests answered first, then
  services, then the logs (checkpoints and the clean-shutdown marker are storage's).

The broker is a `MetadataListener`: topic creation, growth, deletion and config changes
made through `metadata` (by Metadata auto-create or the admin handlers) reach the logs here.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import logging
import time
import uuid
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kafkapy.config.alter import DynamicBrokerConfig
from kafkapy.config.kafka_config import KafkaConfig, build_log_config, topic_config_values
from kafkapy.context import RequestContext
from kafkapy.metadata import (
    MetadataError,
    MetadataStore,
    NewTopic,
    PartitionInfo,
    TopicInfo,
    create_topic,
)
from kafkapy.metadata.local import LocalMetadataStore
from kafkapy.metrics import Metrics
from kafkapy.net.limits import ServerLimits
from kafkapy.net.server import BoundListener, Server
from kafkapy.partition import Partition
from kafkapy.producer_ids import ProducerIdManager
from kafkapy.services import SERVICES
from kafkapy.storage_adapter import LogStore
from storage.topic_partition import TopicPartition
from wire.errors import ErrorCode

if TYPE_CHECKING:
    from kafkapy.metadata.zookeeper import ZkMetadataStore

log = logging.getLogger("kafkapy.broker")

META_PROPERTIES = "meta.properties"
# A topic created (or grown) by more partitions than this while serving has its logs
# opened OPEN_CHUNK per loop turn, so one huge CreateTopics (each new log costs a few
# fsyncs) never stalls the other connections; Metadata answers LEADER_NOT_AVAILABLE for
# a partition until its log is open, as Kafka does while a new leader starts.
SYNC_OPEN_MAX_PARTITIONS = 256
OPEN_CHUNK = 32
CLUSTER_STOP_TIMEOUT_S = 5.0  # per cluster step of the shutdown (fetchers, ZooKeeper)
# How often storage's periodic work is offered a turn; it keeps its own intervals
# (log.retention.check.interval.ms, checkpoint intervals, flush.ms).
PERIODIC_TASKS_INTERVAL_S = 1.0


def _kafka_uuid() -> str:
    """Kafka's `Uuid.randomUuid().toString()`: URL-safe base64 of 16 bytes, no padding."""
    return base64.urlsafe_b64encode(uuid.uuid4().bytes).decode().rstrip("=")


class Broker:
    def __init__(self, config: KafkaConfig) -> None:
        self.config = config
        self.node_id = config.node_id
        self.log_dirs = [Path(d) for d in config.log_dirs]
        self.metrics = Metrics()
        self.partitions: dict[tuple[str, int], Partition] = {}
        self.cluster_id = ""
        self.logs: LogStore | None = None
        self.producer_ids: ProducerIdManager | None = None
        self.server: Server | None = None
        self.advertised: list[BoundListener] = []
        self.services: dict[str, Any] = {}
        self._periodic: asyncio.TimerHandle | None = None
        self._opening: set[asyncio.Task[None]] = set()
        # `--metrics-port`: None disables the Prometheus endpoint.
        self.metrics_port: int | None = None
        self.metrics_server: Any = None
        self.started_at = time.time()
        self.stopped = asyncio.Event()
        self.stopping = False
        # Cluster mode (`zookeeper.connect`, docs/replication.md): the ZooKeeper membership
        # and the replica manager; both None on the embedded single node.
        self.cluster_mode = bool(config.get("zookeeper.connect"))
        self.cluster_node: Any = None
        self.replica_manager: Any = None
        # The one place that knows the mode: which store holds the metadata. The cluster's
        # joins ZooKeeper after the listeners are bound (the registration carries the bound
        # ports); until then it is `joining` and serves no cluster state.
        self._zk_metadata: ZkMetadataStore | None = None
        self.metadata: MetadataStore
        if self.cluster_mode:
            from kafkapy.metadata.zookeeper import ZkMetadataStore

            self.metadata = self._zk_metadata = ZkMetadataStore(config, self.node_id)
        else:
            self.metadata = LocalMetadataStore(self.log_dirs[0], self.node_id)
        self.metadata.add_entity_listener(DynamicBrokerConfig(config, self._reconfigure_logs))

    # -- lifecycle -------------------------------------------------------------------
    async def start(self) -> None:
        for d in self.log_dirs:
            d.mkdir(parents=True, exist_ok=True)
        self.cluster_id = self._load_meta_properties()
        await self.metadata.start()
        self.logs = LogStore(self.config, self.log_dirs, self._log_config_for)
        self.logs.load()
        if not self.cluster_mode:
            # In cluster mode the logs follow ZooKeeper's states (ReplicaManager).
            self.logs.remove_strays(
                {
                    TopicPartition(t.name, p.partition)
                    for t in self.metadata.topics.values()
                    for p in t.partitions
                    if p.leader == self.node_id
                }
            )
            for topic in self.metadata.topics.values():
                self._open_partitions(topic, topic.partitions)
        self.metadata.add_listener(self)
        self.producer_ids = ProducerIdManager(self.log_dirs[0])
        self._periodic = asyncio.get_running_loop().call_later(
            PERIODIC_TASKS_INTERVAL_S, self._run_periodic_tasks
        )
        for name, factory in SERVICES.items():
            svc = factory(self)
            self.services[name] = svc
            setattr(self, name, svc)
            if hasattr(svc, "start"):
                await svc.start()
        self.server = Server(
            partial(RequestContext, self),
            ServerLimits.from_config(self.config),
            self.metrics,
            asyncio.get_running_loop(),
        )
        bound = await self.server.start(self.config.listeners)
        self.advertised = self._advertised(bound)
        if self.cluster_mode:
            await self._join_cluster()
        if self.metrics_port is not None:
            from kafkapy.metrics_http import MetricsServer

            self.metrics_server = MetricsServer(self, "127.0.0.1", self.metrics_port)
            await self.metrics_server.start()
        log.info(
            "broker started",
            extra={
                "node_id": self.node_id,
                "cluster_id": self.cluster_id,
                "advertised": [f"{a.name}://{a.host}:{a.port}" for a in self.advertised],
                "topics": len(self.metadata.topics),
            },
        )

    async def _join_cluster(self) -> None:
        """Register in ZooKeeper (with the bound ports), stand for controller, and let the
        replica manager open, lead and follow partitions as ZooKeeper says."""
        from kafkapy.cluster import zk_data
        from kafkapy.cluster.node import ClusterNode, ClusterSettings
        from kafkapy.cluster.replica_manager import ReplicaManager

        endpoints = [zk_data.Endpoint(a.name, a.host, a.port) for a in self.advertised]
        node = ClusterNode(self.node_id, endpoints, self.config.get("broker.rack"),
                           ClusterSettings.from_config(self.config))
        await node.start(self.cluster_id)
        self.cluster_node = node
        self.cluster_id = node.cluster_id
        self.replica_manager = ReplicaManager(self, node)
        assert self._zk_metadata is not None
        self._zk_metadata.join(node)  # the first cache listener: the mirror, then leadership
        self.replica_manager.start()

    def _run_periodic_tasks(self) -> None:
        """Storage housekeeping (retention, flush.ms, checkpoints, deleted dirs)."""
        try:
            if self.logs is not None:
                self.logs.run_periodic_tasks()
        except Exception:
            log.exception("periodic log tasks failed")
        self._periodic = asyncio.get_running_loop().call_later(
            PERIODIC_TASKS_INTERVAL_S, self._run_periodic_tasks
        )

    async def stop(self) -> None:
        # Long-polling fetches answer now with what they have, instead of holding the
        # shutdown for up to their max_wait_ms.
        self.stopping = True
        for task in list(self._opening):
            task.cancel()
        # Cluster mode: replica fetchers first, then leave ZooKeeper; each step bounded and
        # what did not finish is logged, so SIGTERM stops the broker even while fetchers
        # or watches churn (a broker once ignored SIGTERM for 20 s, docs/replication.md).
        if self.replica_manager is not None:
            await self._bounded(self.replica_manager.stop(), "replica manager")
        await self._bounded(self.metadata.stop(), "metadata store")
        if self.cluster_node is not None:
            # Leaving ZooKeeper first lets the controller move leaderships at once.
            await self._bounded(self.cluster_node.stop(), "cluster node")
        for p in self.partitions.values():
            p.wake()
        if self._periodic is not None:
            self._periodic.cancel()
        if self.metrics_server is not None:
            await self.metrics_server.stop()
        # Services stop before the listeners drain: a JoinGroup parked in a rebalance is
        # answered NOT_COORDINATOR at once instead of holding the shutdown until its timeout.
        for name, svc in reversed(list(self.services.items())):
            if hasattr(svc, "stop"):
                try:
                    await svc.stop()
                except Exception:
                    log.exception("service %s failed to stop", name)
        if self.server is not None:
            await self.server.stop()
        for p in self.partitions.values():
            p.wake()
        if self.logs is not None:
            self.logs.shutdown()
        log.info("broker stopped", extra={"node_id": self.node_id})
        self.stopped.set()

    def _advertised(self, bound: list[BoundListener]) -> list[BoundListener]:
        by_name = {b.name: b for b in bound}
        out = []
        for adv in self.config.advertised_listeners:
            real = by_name.get(adv.name)
            port = adv.port if adv.port != 0 or real is None else real.port
            out.append(BoundListener(adv.name, adv.host, port))
        return out

    def _load_meta_properties(self) -> str:
        """Read (or write, on a fresh dir) Kafka's `meta.properties` in every log dir."""
        cluster_id = None
        for d in self.log_dirs:
            path = d / META_PROPERTIES
            if path.exists():
                props = dict(
                    line.split("=", 1)
                    for line in path.read_text().splitlines()
                    if "=" in line and not line.startswith("#")
                )
                node = int(props.get("node.id", props.get("broker.id", self.node_id)))
                if node != self.node_id:
                    raise SystemExit(
                        f"kafkapy: {path} belongs to node {node}, not node.id {self.node_id}"
                    )
                cluster_id = cluster_id or props.get("cluster.id")
        cluster_id = cluster_id or _kafka_uuid()
        for d in self.log_dirs:
            path = d / META_PROPERTIES
            if not path.exists():
                path.write_text(
                    "#\n#" + time.strftime("%a %b %d %H:%M:%S UTC %Y", time.gmtime()) + "\n"
                    f"cluster.id={cluster_id}\ndirectory.id={_kafka_uuid()}\n"
                    f"node.id={self.node_id}\nversion=1\n"
                )
        return cluster_id

    # -- partitions ------------------------------------------------------------------
    def partition(self, topic: str, index: int) -> Partition | None:
        return self.partitions.get((topic, index))

    def _open_partitions(self, topic: TopicInfo, parts: list[PartitionInfo]) -> None:
        assert self.logs is not None
        config = build_log_config(self.config, topic.configs)
        min_isr = self._min_insync_replicas(topic)
        for info in parts:
            # Not led here, or led already (in a cluster the ReplicaManager opens leaders as
            # their states arrive, possibly before a chunked opening gets to them).
            if info.leader != self.node_id or (topic.name, info.partition) in self.partitions:
                continue
            tp = TopicPartition(topic.name, info.partition)
            ulog = self.logs.get_or_create(tp, config, topic.topic_id)
            if len(info.isr) <= 1:
                # Sole in-sync replica: everything in the log is committed.
                ulog.update_high_watermark(ulog.log_end_offset)
            partition = Partition(topic, info, ulog)
            partition.min_insync_replicas = min_isr
            self.partitions[(topic.name, info.partition)] = partition

    def _log_config_for(self, topic: str) -> Any:
        info = self.metadata.get(topic)
        return build_log_config(self.config, info.configs if info is not None else {})

    def _min_insync_replicas(self, topic: TopicInfo) -> int:
        min_isr = topic_config_values(self.config, topic.configs).get("min.insync.replicas")
        return min_isr if isinstance(min_isr, int) and min_isr else 1

    def on_partitions_created(self, topic: TopicInfo, partitions: list[PartitionInfo]) -> None:
        if len(partitions) <= SYNC_OPEN_MAX_PARTITIONS or self.server is None:
            self._open_partitions(topic, partitions)
            return
        task = asyncio.get_running_loop().create_task(self._open_in_chunks(topic, partitions))
        self._opening.add(task)
        task.add_done_callback(self._opening.discard)

    async def _open_in_chunks(self, topic: TopicInfo, parts: list[PartitionInfo]) -> None:
        started = time.monotonic()
        for i in range(0, len(parts), OPEN_CHUNK):
            if self.stopping or self.metadata.get(topic.name) is not topic:
                return  # deleted meanwhile, or shutting down
            self._open_partitions(topic, parts[i : i + OPEN_CHUNK])
            await asyncio.sleep(0)
        log.info(
            "partition logs opened",
            extra={"topic": topic.name, "partitions": len(parts),
                   "seconds": round(time.monotonic() - started, 3)},
        )

    def on_topic_deleted(self, topic: TopicInfo) -> None:
        assert self.logs is not None
        for info in topic.partitions:
            p = self.partitions.pop((topic.name, info.partition), None)
            if p is not None:
                p.deleted = True
                p.wake()
                self.logs.delete(TopicPartition(topic.name, info.partition))

    def on_topic_configs_changed(self, topic: TopicInfo) -> None:
        assert self.logs is not None
        config = build_log_config(self.config, topic.configs)
        min_isr = self._min_insync_replicas(topic)
        for info in topic.partitions:
            p = self.partitions.get((topic.name, info.partition))
            if p is not None:
                p.min_insync_replicas = min_isr
                self.logs.update_config(p.log, config)

    def _reconfigure_logs(self) -> None:
        """The broker defaults changed (dynamic configs): every topic's LogConfig and
        `min.insync.replicas` derive from them."""
        if self.logs is None:
            return  # not started: the logs open with the current config
        for topic in list(self.metadata.topics.values()):
            self.on_topic_configs_changed(topic)

    async def auto_create_topic(self, name: str) -> TopicInfo:
        """Metadata's auto-creation (`auto.create.topics.enable`): `num.partitions`, the
        store's default replication factor; returns once durable. Created meanwhile by
        another request: the topic as it is, or (a cluster, not seen here yet)
        LEADER_NOT_AVAILABLE, as Kafka answers."""
        try:
            topic = await create_topic(self.metadata,
                                       NewTopic(name, self.config.get_int("num.partitions")))
        except MetadataError as exc:
            return self._created_meanwhile(name, exc)
        log.info(
            "auto-created topic",
            extra={"topic": name, "partitions": topic.num_partitions},
        )
        return topic

    async def create_internal_topic(self, name: str, num_partitions: int,
                                    configs: dict[str, str]) -> TopicInfo:
        """For services (`__consumer_offsets`): create unless it exists; internal=True."""
        topic = self.metadata.get(name)
        if topic is not None:
            return topic
        try:
            return await create_topic(self.metadata, NewTopic(
                name, num_partitions, configs=dict(configs), internal=True))
        except MetadataError as exc:
            return self._created_meanwhile(name, exc)

    def _created_meanwhile(self, name: str, exc: MetadataError) -> TopicInfo:
        if exc.error_code != ErrorCode.TOPIC_ALREADY_EXISTS:
            raise exc
        topic = self.metadata.get(name)
        if topic is None:
            raise MetadataError(ErrorCode.LEADER_NOT_AVAILABLE,
                                f"Topic '{name}' is being created.") from exc
        return topic

    async def _bounded(self, step: Any, what: str) -> None:
        try:
            await asyncio.wait_for(step, CLUSTER_STOP_TIMEOUT_S)
        except TimeoutError:
            log.warning("%s did not stop within %.0f s; shutdown goes on", what,
                        CLUSTER_STOP_TIMEOUT_S)
        except Exception:
            log.exception("%s failed to stop", what)

    # -- run -----------------------------------------------------------------------------
    async def run_until_stopped(self, stop_signal: asyncio.Event) -> None:
        try:
            await self.start()
            await stop_signal.wait()
        finally:
            # Also after a failed start (port taken): close what was opened, cleanly.
            with contextlib.suppress(Exception):
                await self.stop()
