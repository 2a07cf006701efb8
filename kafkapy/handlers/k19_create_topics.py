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
DescribeConfigs reports them); v7 the topic id.

The topics that pass are created together by the metadata store (`MetadataStore.create_topics`):
the answer comes once they are durable (a failed write is that topic's error) and, with
`timeout_ms` > 0, once every partition has a leader, else REQUEST_TIMED_OUT (the topic exists
all the same), as Kafka 2.x answered. On one node the leader is this broker at once.
"""

from __future__ import annotations

import dataclasses
import logging
import uuid
from collections.abc import Collection
from typing import TYPE_CHECKING

from kafkapy.config.describe import describe_topic
from kafkapy.config.kafka_config import KafkaConfig, validate_topic_configs
from kafkapy.config.parse import ConfigError
from kafkapy.context import RequestContext
from kafkapy.handlers.registry import register
from kafkapy.metadata import MetadataError, MetadataStore, NewTopic, validate_topic_name
from wire.errors import ErrorCode
from wire.messages.k19_create_topics import CreateTopicsRequest, CreateTopicsResponse
from wire.primitives import ZERO_UUID

if TYPE_CHECKING:
    from kafkapy.broker import Broker

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


def _check_topic(cfg: KafkaConfig, store: MetadataStore,
                 topic: CreateTopicsRequest.CreatableTopic, accepted: Collection[str]) -> NewTopic:
    """The topic to create (-1 resolved to the broker defaults), or MetadataError.
    `accepted`: the topics of this request that passed already."""
    validate_topic_name(topic.name)
    if store.get(topic.name) is not None:
        raise MetadataError(ErrorCode.TOPIC_ALREADY_EXISTS, f"Topic '{topic.name}' already exists.")
    key = _collision_key(topic.name)
    for existing in (*store.topics, *accepted):
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
            num_partitions = cfg.get_int("num.partitions")
        elif num_partitions <= 0:
            raise MetadataError(ErrorCode.INVALID_PARTITIONS,
                                "Number of partitions was set to an invalid non-positive value.")
        if replication_factor == -1:
            replication_factor = cfg.get_int("default.replication.factor")
        elif replication_factor <= 0:
            raise MetadataError(ErrorCode.INVALID_REPLICATION_FACTOR,
                                "Replication factor must be larger than 0, or -1 to use the "
                                "default value.")
    spec = NewTopic(topic.name, num_partitions, replication_factor, assignments)
    store.check_new_topic(spec)
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
    return dataclasses.replace(spec, configs=configs)


def _success(cfg: KafkaConfig, spec: NewTopic, topic_id: uuid.UUID) -> Result:
    described = describe_topic(cfg, spec.configs)
    assert spec.replication_factor is not None  # resolved by _check_topic
    return Result(
        name=spec.name,
        topic_id=topic_id,
        error_code=ErrorCode.NONE,
        error_message=None,
        num_partitions=spec.num_partitions,
        replication_factor=spec.replication_factor,
        configs=[
            Result.CreatableTopicConfigs(
                name=d.name, value=d.value, read_only=d.read_only,
                config_source=int(d.source), is_sensitive=d.sensitive,
            )
            for d in described
        ],
    )


@register(19, CreateTopicsRequest, CreateTopicsResponse, 2, 7)
async def handle(ctx: RequestContext, request: CreateTopicsRequest) -> CreateTopicsResponse:
    broker: Broker = ctx.broker
    cfg, store = broker.config, broker.metadata
    names = [t.name for t in request.topics]
    if _requested_partitions(request, cfg.get_int("num.partitions")) > (
            MAX_PARTITIONS_PER_REQUEST):
        return CreateTopicsResponse(throttle_time_ms=0, topics=[
            _error(name, ErrorCode.POLICY_VIOLATION, TOO_MANY_PARTITIONS) for name in names])
    results: list[Result] = []
    creating: list[tuple[int, NewTopic]] = []  # (result index, topic)
    for topic in request.topics:
        if names.count(topic.name) > 1:
            results.append(_error(topic.name, ErrorCode.INVALID_REQUEST,
                                  "Create topics request from client contains multiple entries "
                                  f"for the following topics: {topic.name}"))
            continue
        try:
            spec = _check_topic(cfg, store, topic, [s.name for _, s in creating])
        except MetadataError as exc:
            results.append(_error(topic.name, exc.error_code, exc.message))
            continue
        if request.validate_only:
            results.append(_success(cfg, spec, ZERO_UUID))
            continue
        creating.append((len(results), spec))
        results.append(_error(topic.name, ErrorCode.NONE, None))  # the outcome replaces it
    outcomes = await store.create_topics([spec for _, spec in creating], request.timeout_ms)
    for (i, spec), outcome in zip(creating, outcomes, strict=True):
        if isinstance(outcome, MetadataError):
            results[i] = _error(spec.name, outcome.error_code, outcome.message)
            continue
        log.info("topic created", extra={"topic": spec.name, "partitions": spec.num_partitions,
                                         "configs": spec.configs, "client_id": ctx.client_id})
        results[i] = _success(cfg, spec, outcome.topic_id)
    return CreateTopicsResponse(throttle_time_ms=0, topics=results)
