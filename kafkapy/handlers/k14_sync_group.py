"""SyncGroup (key 14), versions 0-5: the classic protocol's second phase.

The leader sends every member's assignment (opaque bytes); each member's SyncGroup waits
until the leader's assignment has been appended to `__consumer_offsets` (the group record
carries it), then receives its own. A member in a Stable group gets its current assignment
at once. Errors: UNKNOWN_MEMBER_ID, ILLEGAL_GENERATION, REBALANCE_IN_PROGRESS,
FENCED_INSTANCE_ID (v3+ `group_instance_id`), INCONSISTENT_GROUP_PROTOCOL (v5+ checks
`protocol_type`/`protocol_name`, which the response echoes).
"""

from __future__ import annotations

from kafkapy.context import RequestContext
from kafkapy.group import api
from kafkapy.group import service as _service  # noqa: F401  (registers the service)
from kafkapy.group.results import SyncResult
from kafkapy.handlers.registry import register
from wire.messages import SyncGroupRequest, SyncGroupResponse


def _response(r: SyncResult) -> SyncGroupResponse:
    return SyncGroupResponse(
        throttle_time_ms=0, error_code=int(r.error), protocol_type=r.protocol_type,
        protocol_name=r.protocol_name, assignment=r.assignment,
    )


@register(14, SyncGroupRequest, SyncGroupResponse, SyncGroupRequest.MIN_VERSION,
          SyncGroupRequest.MAX_VERSION)
async def handle(ctx: RequestContext, request: SyncGroupRequest) -> SyncGroupResponse:
    version = ctx.api_version
    coordinator, error = api.coordinator_for(ctx, request.group_id)
    if coordinator is None:
        return _response(SyncResult(error))
    assignments = {a.member_id: bytes(a.assignment) for a in request.assignments}
    result: SyncResult = await api.answer(lambda respond: coordinator.sync_group(
        request.group_id,
        request.generation_id,
        request.member_id,
        request.group_instance_id if version >= 3 else None,
        request.protocol_type if version >= 5 else None,
        request.protocol_name if version >= 5 else None,
        assignments,
        respond,
    ))
    api.log_error("SyncGroup", request.group_id, request.member_id, result.error)
    return _response(result)
