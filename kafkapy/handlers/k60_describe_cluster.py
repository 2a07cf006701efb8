"""DescribeCluster (API key 60), versions 0-2 (every version Kafka 4.1 serves; KIP-700, KIP-919).

Answers the cluster id (from `meta.properties`), the controller id (this node: in the single-node
broker it is its own controller) and the live brokers (this node, with the advertised endpoint of
the listener the request came in on, as Metadata does, and `broker.rack`). `endpoint_type` 2
(controllers, KIP-919) is UNSUPPORTED_ENDPOINT_TYPE on a broker endpoint, as in Kafka. With
`include_cluster_authorized_operations`, every cluster operation is allowed (no authorizer is
configured, so Kafka reports all supported CLUSTER operations); otherwise INT32_MIN.
"""

from __future__ import annotations

from typing import Any

from kafkapy.handlers.k03_metadata import _listener_for
from kafkapy.handlers.registry import register
from wire.errors import ErrorCode
from wire.messages.k60_describe_cluster import DescribeClusterRequest, DescribeClusterResponse

ENDPOINT_BROKERS = 1
AUTHORIZED_OPERATIONS_OMITTED = -(2**31)
# Kafka's AclOperation codes supported on the CLUSTER resource: CREATE, ALTER, DESCRIBE,
# CLUSTER_ACTION, DESCRIBE_CONFIGS, ALTER_CONFIGS, IDEMPOTENT_WRITE.
CLUSTER_OPERATIONS = sum(1 << op for op in (5, 7, 8, 9, 10, 11, 12))


@register(60, DescribeClusterRequest, DescribeClusterResponse, 0, 2)
async def handle(ctx: Any, request: DescribeClusterRequest) -> DescribeClusterResponse:
    broker = ctx.broker
    response = DescribeClusterResponse(throttle_time_ms=0, endpoint_type=request.endpoint_type,
                                       cluster_id=broker.cluster_id)
    if ctx.api_version >= 1 and request.endpoint_type != ENDPOINT_BROKERS:
        response.error_code = ErrorCode.UNSUPPORTED_ENDPOINT_TYPE
        response.error_message = ("The request was sent to an endpoint of type BROKER, but we "
                                  f"wanted an endpoint of type {request.endpoint_type}")
        return response
    host, port = _listener_for(ctx)
    response.controller_id = broker.node_id
    response.brokers = [DescribeClusterResponse.DescribeClusterBroker(
        broker_id=broker.node_id, host=host, port=port, rack=broker.config.get("broker.rack"),
        is_fenced=False)]
    if request.include_cluster_authorized_operations:
        response.cluster_authorized_operations = CLUSTER_OPERATIONS
    else:
        response.cluster_authorized_operations = AUTHORIZED_OPERATIONS_OMITTED
    return response
