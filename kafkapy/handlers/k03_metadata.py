"""Metadata (key 3), versions 0-13 (Kafka 4.1's stable range).

- Brokers: this node with its advertised listener (the listener the request came in on
  when several are configured, as Kafka does), `controller_id` = this node (KRaft
  combined mode on one node), `cluster_id` from `meta.properties` (v2+). Cluster mode
  (`zookeeper.connect`): every live broker and ZooKeeper's controller; between binding the
  listeners and joining ZooKeeper, controller -1 and LEADER_NOT_AVAILABLE for every
  named topic (no auto-creation).
- Topics: a null list (v1+) or an empty list at v0 means every topic; an empty list at
  v1+ means none. v10+ may name topics by id (KIP-516): an unknown id is UNKNOWN_TOPIC_ID,
  a null name with a zero id is INVALID_REQUEST. Internal topics are flagged (v1+).
- Partitions: leader, replicas, isr, a real `leader_epoch` (v7+), no offline replicas.
- A partition whose log is still being opened (a topic of thousands of partitions just
  created) is LEADER_NOT_AVAILABLE with leader -1 until it is served.
- Auto-creation: when `auto.create.topics.enable` is true and the request allows it
  (always below v4, `allow_auto_topic_creation` from v4), an unknown, valid name is
  created with `num.partitions` partitions and served in this very response (Kafka
  answers LEADER_NOT_AVAILABLE first; serving it at once saves clients a retry).
- Authorized operations (v8+): with no authorizer every operation is allowed, so the
  bitfields list every operation Kafka defines for topics and the cluster.
"""

from __future__ import annotations

import uuid
from typing import Any

from kafkapy.context import RequestContext
from kafkapy.handlers.registry import register
from kafkapy.metadata import MetadataError, TopicInfo, validate_topic_name
from wire.errors import ErrorCode
from wire.messages import MetadataRequest, MetadataResponse

ZERO_UUID = uuid.UUID(int=0)
AUTHORIZED_OPERATIONS_OMITTED = -2147483648
# AclOperation codes: READ 3, WRITE 4, CREATE 5, DELETE 6, ALTER 7, DESCRIBE 8,
# CLUSTER_ACTION 9, DESCRIBE_CONFIGS 10, ALTER_CONFIGS 11, IDEMPOTENT_WRITE 12.
TOPIC_OPERATIONS = sum(1 << op for op in (3, 4, 5, 6, 7, 8, 10, 11))
CLUSTER_OPERATIONS = sum(1 << op for op in (5, 7, 8, 9, 10, 11, 12))

Resp = MetadataResponse


def _topic_response(
    topic: TopicInfo, include_ops: bool, opened: dict[tuple[str, int], Any], node_id: int
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
    advertised = ctx.broker.advertised
    if len(advertised) > 1 and ctx.connection is not None:
        for adv in advertised:
            if adv.name == ctx.connection.listener:
                return adv.host, adv.port
    return advertised[0].host, advertised[0].port


@register(
    3, MetadataRequest, MetadataResponse, MetadataRequest.MIN_VERSION, MetadataRequest.MAX_VERSION
)
async def handle(ctx: RequestContext, request: MetadataRequest) -> MetadataResponse:
    broker = ctx.broker
    version = ctx.api_version
    include_ops = version >= 8 and request.include_topic_authorized_operations
    host, port = _listener_for(ctx)
    topics: list[MetadataResponse.MetadataResponseTopic] = []
    wanted = request.topics
    if wanted is None or (version == 0 and not wanted):
        topics = [_topic_response(t, include_ops, broker.partitions, broker.node_id) for t in list(broker.metadata.topics.values())]
    else:
        allow_create = (version < 4 or request.allow_auto_topic_creation) and broker.config.get(
            "auto.create.topics.enable"
        )
        for wanted_topic in wanted:
            topics.append(_one_topic(ctx, wanted_topic, allow_create, include_ops))
    cluster_ops = (
        CLUSTER_OPERATIONS
        if 8 <= version <= 10 and request.include_cluster_authorized_operations
        else AUTHORIZED_OPERATIONS_OMITTED
    )
    return MetadataResponse(
        throttle_time_ms=0,
        brokers=_brokers(broker, host, port),
        cluster_id=broker.cluster_id,
        controller_id=_controller_id(broker),
        topics=topics,
        cluster_authorized_operations=cluster_ops,
        error_code=ErrorCode.NONE,
    )


def _brokers(broker: Any, host: str, port: int) -> list[MetadataResponse.MetadataResponseBroker]:
    """This node on the listener the request came in on; in cluster mode every live broker
    too, on the listener of the same name (Kafka's MetadataCache.getAliveBrokerNodes)."""
    me = Resp.MetadataResponseBroker(node_id=broker.node_id, host=host, port=port,
                                     rack=broker.config.get("broker.rack"))
    node = broker.cluster_node
    cache = node.cache if node is not None else None
    if cache is None:
        return [me]
    listener = next((a.name for a in broker.advertised if (a.host, a.port) == (host, port)),
                    broker.advertised[0].name if broker.advertised else "PLAINTEXT")
    out = [me]
    for other_id, reg in sorted(cache.brokers.items()):
        if other_id == broker.node_id:
            continue
        ep = reg.endpoint(listener)
        if ep is not None:
            out.append(Resp.MetadataResponseBroker(node_id=other_id, host=ep.host, port=ep.port,
                                                   rack=reg.rack))
    return out


def _controller_id(broker: Any) -> int:
    node = broker.cluster_node
    if node is not None and node.cache is not None:
        return int(node.cache.controller_id)
    return -1 if broker.cluster_mode else int(broker.node_id)


def _one_topic(
    ctx: RequestContext,
    wanted: MetadataRequest.MetadataRequestTopic,
    allow_create: bool,
    include_ops: bool,
) -> MetadataResponse.MetadataResponseTopic:
    metadata = ctx.broker.metadata
    name = wanted.name
    if ctx.api_version >= 10 and name is None:
        if wanted.topic_id == ZERO_UUID:
            return _error_topic(ErrorCode.INVALID_REQUEST, None, ZERO_UUID)
        topic = metadata.get_by_id(wanted.topic_id)
        if topic is None:
            return _error_topic(ErrorCode.UNKNOWN_TOPIC_ID, None, wanted.topic_id)
        return _topic_response(topic, include_ops, ctx.broker.partitions, ctx.broker.node_id)
    assert name is not None
    if metadata.joining:
        # Cluster mode before ZooKeeper is joined: nothing known yet, ask again soon.
        return _error_topic(ErrorCode.LEADER_NOT_AVAILABLE, name)
    topic = metadata.get(name)
    if topic is not None:
        return _topic_response(topic, include_ops, ctx.broker.partitions, ctx.broker.node_id)
    try:
        validate_topic_name(name)
    except MetadataError:
        return _error_topic(ErrorCode.INVALID_TOPIC_EXCEPTION, name)
    if not allow_create:
        return _error_topic(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, name)
    try:
        topic = ctx.broker.auto_create_topic(name)
    except MetadataError as exc:
        return _error_topic(exc.error_code, name)
    return _topic_response(topic, include_ops, ctx.broker.partitions, ctx.broker.node_id)
