"""Metadata (key 3), versions 0-13 (Kafka 4.1's stable range).

- Brokers: this node with its advertised listener (the listener the request came in on
  when several are configured, as Kafka does), then every other live broker the metadata
  store knows (on the listener of the same name); `controller_id` from the store (this
  node on one node, KRaft combined mode); `cluster_id` from `meta.properties` (v2+).
  While the store is `joining` (a cluster broker between binding its listeners and
  registering): LEADER_NOT_AVAILABLE for every named topic (no auto-creation).
- Topics: a null list (v1+) or an empty list at v0 means every topic; an empty list at
  v1+ means none. v10+ may name topics by id (KIP-516): an unknown id is UNKNOWN_TOPIC_ID,
  a null name with a zero id is INVALID_REQUEST. Internal topics are flagged (v1+).
- Partitions: leader, replicas, isr, a real `leader_epoch` (v7+), no offline replicas.
- A partition whose log is still being opened (a topic of thousands of partitions just
  created) is LEADER_NOT_AVAILABLE with leader -1 until it is served.
- Auto-creation: when `auto.create.topics.enable` is true and the request allows it
  (always below v4, `allow_auto_topic_creation` from v4), an unknown, valid name is
  created with `num.partitions` partitions (`Broker.auto_create_topic`, once durable) and
  answered in this very response: served at once on one node (Kafka answers
  LEADER_NOT_AVAILABLE first; serving it saves clients a retry); in a cluster its
  partitions are LEADER_NOT_AVAILABLE until the controller elected their leaders.
- Authorized operations (v8+): with no authorizer every operation is allowed, so the
  bitfields list every operation Kafka defines for topics and the cluster.
"""

from __future__ import annotations

import uuid
from collections.abc import Container
from typing import TYPE_CHECKING

from kafkapy.context import RequestContext
from kafkapy.handlers.registry import register
from kafkapy.metadata import MetadataError, TopicInfo, validate_topic_name
from wire.errors import ErrorCode
from wire.messages import MetadataRequest, MetadataResponse

if TYPE_CHECKING:
    from kafkapy.broker import Broker

ZERO_UUID = uuid.UUID(int=0)
AUTHORIZED_OPERATIONS_OMITTED = -2147483648
# AclOperation codes: READ 3, WRITE 4, CREATE 5, DELETE 6, ALTER 7, DESCRIBE 8,
# CLUSTER_ACTION 9, DESCRIBE_CONFIGS 10, ALTER_CONFIGS 11, IDEMPOTENT_WRITE 12.
TOPIC_OPERATIONS = sum(1 << op for op in (3, 4, 5, 6, 7, 8, 10, 11))
CLUSTER_OPERATIONS = sum(1 << op for op in (5, 7, 8, 9, 10, 11, 12))

Resp = MetadataResponse


def _topic_response(
    topic: TopicInfo, include_ops: bool, opened: Container[tuple[str, int]], node_id: int
) -> MetadataResponse.MetadataResponseTopic:
    name = topic.name
    partitions = [
        Resp.MetadataResponsePartition(
            error_code=ErrorCode.NONE,
            partition_index=p.partition,
            leader_id=p.leader,
            leader_epoch=p.leader_epoch,
            replica_nodes=list(p.replicas),
            isr_nodes=list(p.isr),
            offline_replicas=[],
        )
        if p.leader >= 0 and (p.leader != node_id or (name, p.partition) in opened)
        # Log still being opened (a huge new topic): no leader yet, clients retry.
        else Resp.MetadataResponsePartition(
            error_code=ErrorCode.LEADER_NOT_AVAILABLE,
            partition_index=p.partition,
            leader_id=-1,
            leader_epoch=p.leader_epoch,
            replica_nodes=list(p.replicas),
            isr_nodes=list(p.isr),
            offline_replicas=[],
        )
        for p in topic.partitions
    ]
    return Resp.MetadataResponseTopic(
        error_code=ErrorCode.NONE,
        name=topic.name,
        topic_id=topic.topic_id,
        is_internal=topic.internal,
        partitions=partitions,
        topic_authorized_operations=TOPIC_OPERATIONS if include_ops else AUTHORIZED_OPERATIONS_OMITTED,
    )


def _error_topic(
    code: int, name: str | None, topic_id: uuid.UUID = ZERO_UUID
) -> MetadataResponse.MetadataResponseTopic:
    return Resp.MetadataResponseTopic(
        error_code=code, name=name, topic_id=topic_id, is_internal=False, partitions=[]
    )


def _listener_for(ctx: RequestContext) -> tuple[str, int]:
    broker: Broker = ctx.broker
    advertised = broker.advertised
    if len(advertised) > 1 and ctx.connection is not None:
        for adv in advertised:
            if adv.name == ctx.connection.listener:
                return adv.host, adv.port
    return advertised[0].host, advertised[0].port


@register(
    3, MetadataRequest, MetadataResponse, MetadataRequest.MIN_VERSION, MetadataRequest.MAX_VERSION
)
async def handle(ctx: RequestContext, request: MetadataRequest) -> MetadataResponse:
    broker: Broker = ctx.broker
    version = ctx.api_version
    include_ops = version >= 8 and request.include_topic_authorized_operations
    host, port = _listener_for(ctx)
    topics: list[MetadataResponse.MetadataResponseTopic] = []
    wanted = request.topics
    if wanted is None or (version == 0 and not wanted):
        topics = [_topic_response(t, include_ops, broker.partitions, broker.node_id)
                  for t in list(broker.metadata.topics.values())]
    else:
        allow_create = (version < 4 or request.allow_auto_topic_creation) and (
            broker.config.get_bool("auto.create.topics.enable"))
        for wanted_topic in wanted:
            topics.append(await _one_topic(ctx, broker, wanted_topic, allow_create, include_ops))
    cluster_ops = (
        CLUSTER_OPERATIONS
        if 8 <= version <= 10 and request.include_cluster_authorized_operations
        else AUTHORIZED_OPERATIONS_OMITTED
    )
    return MetadataResponse(
        throttle_time_ms=0,
        brokers=_brokers(broker, host, port),
        cluster_id=broker.cluster_id,
        controller_id=broker.metadata.controller_id(),
        topics=topics,
        cluster_authorized_operations=cluster_ops,
        error_code=ErrorCode.NONE,
    )


def _brokers(broker: Broker, host: str, port: int) -> list[MetadataResponse.MetadataResponseBroker]:
    """This node on the listener the request came in on, then every other live broker on
    the listener of the same name (Kafka's MetadataCache.getAliveBrokerNodes)."""
    me = Resp.MetadataResponseBroker(node_id=broker.node_id, host=host, port=port,
                                     rack=broker.config.get_str("broker.rack"))
    listener = next((a.name for a in broker.advertised if (a.host, a.port) == (host, port)),
                    broker.advertised[0].name if broker.advertised else "PLAINTEXT")
    out = [me]
    for other in broker.metadata.alive_brokers():
        endpoint = other.endpoints.get(listener)
        if other.node_id != broker.node_id and endpoint is not None:
            out.append(Resp.MetadataResponseBroker(node_id=other.node_id, host=endpoint[0],
                                                   port=endpoint[1], rack=other.rack))
    return out


async def _one_topic(
    ctx: RequestContext,
    broker: Broker,
    wanted: MetadataRequest.MetadataRequestTopic,
    allow_create: bool,
    include_ops: bool,
) -> MetadataResponse.MetadataResponseTopic:
    metadata = broker.metadata
    name = wanted.name
    if ctx.api_version >= 10 and name is None:
        if wanted.topic_id == ZERO_UUID:
            return _error_topic(ErrorCode.INVALID_REQUEST, None, ZERO_UUID)
        topic = metadata.get_by_id(wanted.topic_id)
        if topic is None:
            return _error_topic(ErrorCode.UNKNOWN_TOPIC_ID, None, wanted.topic_id)
        return _topic_response(topic, include_ops, broker.partitions, broker.node_id)
    assert name is not None
    if metadata.joining:
        # A cluster broker not registered yet: nothing known yet, ask again soon.
        return _error_topic(ErrorCode.LEADER_NOT_AVAILABLE, name)
    topic = metadata.get(name)
    if topic is not None:
        return _topic_response(topic, include_ops, broker.partitions, broker.node_id)
    try:
        validate_topic_name(name)
    except MetadataError:
        return _error_topic(ErrorCode.INVALID_TOPIC_EXCEPTION, name)
    if not allow_create:
        return _error_topic(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, name)
    try:
        topic = await broker.auto_create_topic(name)
    except MetadataError as exc:
        return _error_topic(exc.error_code, name)
    return _topic_response(topic, include_ops, broker.partitions, broker.node_id)
