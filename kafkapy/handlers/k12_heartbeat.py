"""Heartbeat (key 12), versions 0-4.

Keeps a member's session alive (`session.timeout.ms`) and tells it about rebalances:
REBALANCE_IN_PROGRESS while the group prepares one (the member must rejoin),
ILLEGAL_GENERATION for a stale generation, UNKNOWN_MEMBER_ID for a member the group has
dropped, FENCED_INSTANCE_ID (v3+ `group_instance_id`) for a replaced static member.
"""

from __future__ import annotations

from kafkapy.context import RequestContext
from kafkapy.group import api
from kafkapy.group import service as _service  # noqa: F401  (registers the service)
from kafkapy.handlers.registry import register
from wire.messages import HeartbeatRequest, HeartbeatResponse


@register(12, HeartbeatRequest, HeartbeatResponse, HeartbeatRequest.MIN_VERSION,
          HeartbeatRequest.MAX_VERSION)
async def handle(ctx: RequestContext, request: HeartbeatRequest) -> HeartbeatResponse:
    coordinator, error = api.coordinator_for(ctx, request.group_id)
    if coordinator is not None:
        error = coordinator.heartbeat(
            request.group_id, request.generation_id, request.member_id,
            request.group_instance_id if ctx.api_version >= 3 else None,
        )
    api.log_error("Heartbeat", request.group_id, request.member_id, error)
    return HeartbeatResponse(throttle_time_ms=0, error_code=int(error))
