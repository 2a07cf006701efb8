"""LeaveGroup (key 13), versions 0-5.

v0-2: one `member_id`; its error is the top-level error. v3+ (KIP-345): a batch of
members, each by `member_id` and/or `group_instance_id` (an admin may remove static
members by instance id alone), each answered with its own error (UNKNOWN_MEMBER_ID,
FENCED_INSTANCE_ID). v5+: `reason` (KIP-800). A member that leaves a Stable or
CompletingRebalance group triggers a rebalance; the last one leaves it Empty.
"""

from __future__ import annotations

import logging

from kafkapy.context import RequestContext
from kafkapy.group import api
from kafkapy.group import service as _service  # noqa: F401  (registers the service)
from kafkapy.handlers.registry import register
from wire.errors import ErrorCode
from wire.messages import LeaveGroupRequest, LeaveGroupResponse

log = logging.getLogger("kafkapy.group")


@register(13, LeaveGroupRequest, LeaveGroupResponse, LeaveGroupRequest.MIN_VERSION,
          LeaveGroupRequest.MAX_VERSION)
async def handle(ctx: RequestContext, request: LeaveGroupRequest) -> LeaveGroupResponse:
    version = ctx.api_version
    if version >= 3:
        leaving = [(m.member_id, m.group_instance_id) for m in request.members]
        for m in request.members:
            if m.reason:  # KIP-800 (v5+)
                log.debug("member %r leaves group %s: %s", m.member_id, request.group_id, m.reason)
    else:
        leaving = [(request.member_id, None)]
    coordinator, error = api.coordinator_for(ctx, request.group_id)
    member_errors: list[ErrorCode] = []
    if coordinator is not None:
        error, member_errors = coordinator.leave_group(request.group_id, leaving)
    if version < 3:
        if error == ErrorCode.NONE and member_errors:
            error = member_errors[0]
        return LeaveGroupResponse(throttle_time_ms=0, error_code=int(error))
    members = []
    if error == ErrorCode.NONE:
        members = [
            LeaveGroupResponse.MemberResponse(
                member_id=member_id, group_instance_id=instance_id, error_code=int(e)
            )
            for (member_id, instance_id), e in zip(leaving, member_errors, strict=True)
        ]
    return LeaveGroupResponse(throttle_time_ms=0, error_code=int(error), members=members)
