"""CreateTopics (API key 19), versions 2-7 (every version Kafka 4.1 serves).

Per topic, in Kafka's order of checks (`ReplicationControlManager.createTopics`):
- a name given twice in one request: INVALID_REQUEST for each copy;
- an illegal name (empty, `.`/`..`, over 249 chars, other than `[a-zA-Z0-9._-]`) or one that
  collides with an existing topic once `.` and `_` are treated alike: INVALID_TOPIC_EXCEPTION;
- an existing topic: TOPIC_ALREADY_EXISTS;
- both explicit assignments and a partition count / replication factor: INVALID_REQUEST;
  -1 means `num.partitions` / `default.replication.factor`; other values <= 0:
  INVALID_PARTITIONS / INVALID_REPLICATION_FACTOR; more replicas than live brokers (one):
  INVALID_REPLICATION_FACTOR; bad explicit assignments: INVALID_REPLICA_ASSIGNMENT;
- configs validated as topic-level configs
  (`kafkapy.config.kafka_config.validate_topic_configs`), a null value or a bad one is
  INVALID_CONFIG.

More than 10,000 partitions in one request (counting -1 as `num.partitions`): POLICY_VIOLATION
for every topic, "Excessively large number of partitions per request." (KAFKA-17870, Kafka 4.0).

`validate_only` runs every check and creates nothing. v5+ results carry the partition count,
replication factor and the topic's configs (value, source, read-only, sensitive, as
DescribeConfigs reports them); v7 the topic id. Creating is synchronous on one node (the metadata
listeners create the logs before this returns), so `timeout_ms` never expires.

Cluster mode (`zookeeper.connect`), as Kafka 2.x: the answer comes after the ZooKeeper write
(its failure is the topic's error); with `timeout_ms` > 0 it also waits, up to `timeout_ms`,
until every partition has a leader, else REQUEST_TIMED_OUT (the topic exists all the same).
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from kafkapy.config.describe import describe_topic
from kafkapy.config.kafka_config import validate_topic_configs
from kafkapy.config.parse import ConfigError
from kafkapy.handlers.registry import register
from kafkapy.metadata import MetadataError, validate_topic_name
from wire.errors import ErrorCode
from wire.messages.k19_create_topics import CreateTopicsRequest, CreateTopicsResponse
from wire.primitives import ZERO_UUID

log = logging.getLogger("kafkapy.admin")

Result = CreateTopicsResponse.CreatableTopicResult
# Kafka's ReplicationControlManager.MAX_PARTITIONS_PER_BATCH.
MAX_PARTITIONS_PER_REQUEST = 10_000
TOO_MANY_PARTITIONS = "Excessively large number of partitions per request."


def _requested_partitions(request: CreateTopicsRequest, default: int) -> int:
    total = 0
    for topic in request.topics:
        if topic.assignments:
            total += len(topic.assignments)
        elif topic.num_partitions == -1:
            total += default
        else:
            total += max(topic.num_partitions, 0)
    return total


def _collision_key(name: str) -> str:
    # Kafka: "." and "_" collide in metric names, so topics differing only there may not coexist.
    return name.replace(".", "_")


def _error(name: str, code: int, message: str | None) -> Result:
    return Result(name=name, error_code=code, error_message=message)


def _check_topic(
    broker: Any, topic: CreateTopicsRequest.CreatableTopic
) -> tuple[int, int, dict[int, list[int]] | None, dict[str, str]]:
    """(num_partitions, replication_factor, assignments, configs) or MetadataError."""
    cfg, metadata = broker.config, broker.metadata
    validate_topic_name(topic.name)
    if metadata.get(topic.name) is not None:
        raise MetadataError(ErrorCode.TOPIC_ALREADY_EXISTS, f"Topic '{topic.name}' already exists.")
    key = _collision_key(topic.name)
    for existing in metadata.topics:
        if _collision_key(existing) == key:
            raise MetadataError(ErrorCode.INVALID_TOPIC_EXCEPTION,
                                f"Topic '{topic.name}' collides with existing topic: {existing}")
    assignments: dict[int, list[int]] | None = None
    num_partitions, replication_factor = topic.num_partitions, topic.replication_factor
    if topic.assignments:
        if num_partitions != -1 or replication_factor != -1:
            raise MetadataError(ErrorCode.INVALID_REQUEST,
                                "Both numPartitions or replicationFactor and replicasAssignments "
                                "were set. Both cannot be used at the same time.")
        assignments = {a.partition_index: list(a.broker_ids) for a in topic.assignments}
        if len(assignments) != len(topic.assignments):
            raise MetadataError(ErrorCode.INVALID_REPLICA_ASSIGNMENT,
                                "Partitions should be a consecutive 0-based integer sequence")
        num_partitions = len(assignments)
        replication_factor = len(next(iter(assignments.values())))
        if any(len(r) != replication_factor for r in assignments.values()):
            raise MetadataError(ErrorCode.INVALID_REPLICA_ASSIGNMENT,
                                "All partitions should have the same number of replicas")
    else:
        if num_partitions == -1:
            num_partitions = cfg.get("num.partitions")
        elif num_partitions <= 0:
            raise MetadataError(ErrorCode.INVALID_PARTITIONS,
                                "Number of partitions was set to an invalid non-positive value.")
        if replication_factor == -1:
            replication_factor = cfg.get("default.replication.factor")
        elif replication_factor <= 0:
            raise MetadataError(ErrorCode.INVALID_REPLICATION_FACTOR,
                                "Replication factor must be larger than 0, or -1 to use the "
                                "default value.")
    metadata.check_new_topic(topic.name, num_partitions, replication_factor, assignments)
    configs: dict[str, str] = {}
    for c in topic.configs:
        if c.value is None:
            raise MetadataError(ErrorCode.INVALID_CONFIG,
                                f"Null value not supported for topic configs: {c.name}")
        configs[c.name] = c.value
    try:
        validate_topic_configs(configs)
    except ConfigError as exc:
        raise MetadataError(ErrorCode.INVALID_CONFIG, exc.message) from None
    return num_partitions, replication_factor, assignments, configs


def _success(broker: Any, name: str, num_partitions: int, replication_factor: int,
             configs: dict[str, str], topic_id: Any) -> Result:
    described = describe_topic(broker.config, configs)
    return Result(
        name=name,
        topic_id=topic_id,
        error_code=ErrorCode.NONE,
        error_message=None,
        num_partitions=num_partitions,
        replication_factor=replication_factor,
        configs=[
            Result.CreatableTopicConfigs(
                name=d.name, value=d.value, read_only=d.read_only,
                config_source=int(d.source), is_sensitive=d.sensitive,
            )
            for d in described
        ],
    )


@register(19, CreateTopicsRequest, CreateTopicsResponse, 2, 7)
async def handle(ctx: Any, request: CreateTopicsRequest) -> CreateTopicsResponse:
    broker = ctx.broker
    names = [t.name for t in request.topics]
    if _requested_partitions(request, broker.config.get("num.partitions")) > (
            MAX_PARTITIONS_PER_REQUEST):
        return CreateTopicsResponse(throttle_time_ms=0, topics=[
            _error(name, ErrorCode.POLICY_VIOLATION, TOO_MANY_PARTITIONS) for name in names])
    results: list[Result] = []
    writes: list[tuple[int, Any, int]] = []  # cluster mode: (result index, write, partitions)
    cluster = broker.metadata.cluster
    for topic in request.topics:
        if names.count(topic.name) > 1:
            results.append(_error(topic.name, ErrorCode.INVALID_REQUEST,
                                  "Create topics request from client contains multiple entries "
                                  f"for the following topics: {topic.name}"))
            continue
        try:
            num_partitions, rf, assignments, configs = _check_topic(broker, topic)
        except MetadataError as exc:
            results.append(_error(topic.name, exc.error_code, exc.message))
            continue
        if request.validate_only:
            results.append(_success(broker, topic.name, num_partitions, rf, configs, ZERO_UUID))
            continue
        try:
            created = broker.metadata.create_topic(
                topic.name, num_partitions, configs=configs, assignments=assignments,
                replication_factor=rf,
            )
        except MetadataError as exc:
            results.append(_error(topic.name, exc.error_code, exc.message))
            continue
        log.info("topic created", extra={"topic": topic.name, "partitions": num_partitions,
                                         "configs": configs, "client_id": ctx.client_id})
        if cluster is not None:
            writes.append((len(results), cluster.write_task("create", topic.name),
                           num_partitions))
        results.append(_success(broker, topic.name, num_partitions, rf, configs,
                                created.topic_id))
    if writes:
        await _settle(cluster, results, writes, request.timeout_ms)
    return CreateTopicsResponse(throttle_time_ms=0, topics=results)


async def _settle(cluster: Any, results: list[Result], writes: list[tuple[int, Any, int]],
                  timeout_ms: int) -> None:
    """Cluster mode: each topic's ZooKeeper write, then (timeout_ms > 0) its leaders."""
    outcomes = await asyncio.gather(*(cluster.write_result(task) for _, task, _ in writes),
                                    return_exceptions=True)
    written: list[tuple[int, int]] = []
    for (i, _, partitions), outcome in zip(writes, outcomes, strict=True):
        if isinstance(outcome, MetadataError):
            results[i] = _error(results[i].name, outcome.error_code, outcome.message)
        elif isinstance(outcome, BaseException):
            raise outcome
        else:
            written.append((i, partitions))
    if timeout_ms <= 0 or not written:
        return

    def ready(i: int, partitions: int) -> bool:
        return bool(cluster.has_leaders(results[i].name, results[i].topic_id, partitions))

    await cluster.wait_for(lambda: all(ready(i, n) for i, n in written), timeout_ms / 1000)
    for i, partitions in written:
        if not ready(i, partitions):
            results[i] = _error(results[i].name, ErrorCode.REQUEST_TIMED_OUT,
                                "Timed out waiting for the partitions to have leaders.")
