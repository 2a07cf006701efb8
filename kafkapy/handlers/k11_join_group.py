"""JoinGroup (key 11), versions 0-9: the classic group protocol's first phase.

- The answer waits for the rebalance (up to the largest member rebalance timeout; the
  first generation of an empty group also waits `group.initial.rebalance.delay.ms`,
  KIP-134). Only the leader receives the member list with each member's metadata for
  the chosen protocol; metadata and protocols are opaque bytes, passed through.
- v0 has no rebalance timeout: the session timeout stands in for it.
- v4+: an unknown member first gets MEMBER_ID_REQUIRED with its id (KIP-394).
- v5+: `group_instance_id`, static membership (KIP-345): a known instance rejoining a
  stable group gets its assignment back without a rebalance; the older incarnation is
  FENCED_INSTANCE_ID.
- v7+: `protocol_type` echoed and `protocol_name` nullable; v8+: `reason` (KIP-800, logged);
  v9+: `skip_assignment` for a static leader that rejoins a stable group.
- Errors: INVALID_GROUP_ID, INVALID_SESSION_TIMEOUT, INCONSISTENT_GROUP_PROTOCOL,
  UNKNOWN_MEMBER_ID, FENCED_INSTANCE_ID, NOT_COORDINATOR, COORDINATOR_NOT_AVAILABLE.
"""

from __future__ import annotations

from kafkapy.context import RequestContext
from kafkapy.group import api
from kafkapy.group import service as _service  # noqa: F401  (registers the service)
from kafkapy.group.results import JoinResult
from kafkapy.handlers.registry import register
from wire.messages import JoinGroupRequest, JoinGroupResponse


def _response(version: int, r: JoinResult) -> JoinGroupResponse:
    protocol_name = r.protocol_name
    if version < 7 and protocol_name is None:
        protocol_name = ""  # not nullable before v7
    return JoinGroupResponse(
        throttle_time_ms=0,
        error_code=int(r.error),
        generation_id=r.generation_id,
        protocol_type=r.protocol_type,
        protocol_name=protocol_name,
        leader=r.leader,
        # v9+ only; an older static leader gets the members, runs its assignor, and its
        # SyncGroup in the Stable group is answered with the stored assignment.
        skip_assignment=r.skip_assignment and version >= 9,
        member_id=r.member_id,
        members=[
            JoinGroupResponse.JoinGroupResponseMember(
                member_id=m.member_id, group_instance_id=m.group_instance_id, metadata=m.metadata
            )
            for m in r.members
        ],
    )


@register(11, JoinGroupRequest, JoinGroupResponse, JoinGroupRequest.MIN_VERSION,
          JoinGroupRequest.MAX_VERSION)
async def handle(ctx: RequestContext, request: JoinGroupRequest) -> JoinGroupResponse:
    version = ctx.api_version
    coordinator, error = api.coordinator_for(ctx, request.group_id)
    if coordinator is None:
        return _response(version, JoinResult(error, member_id=request.member_id))
    protocols = [(p.name, bytes(p.metadata)) for p in request.protocols]
    result: JoinResult = await api.answer(lambda respond: coordinator.join_group(
        request.group_id,
        request.member_id,
        request.group_instance_id if version >= 5 else None,
        version >= 4,
        ctx.client_id or "",
        api.client_host(ctx),
        request.rebalance_timeout_ms if version >= 1 else -1,
        request.session_timeout_ms,
        request.protocol_type,
        protocols,
        respond,
        request.reason,
    ))
    api.log_error("JoinGroup", request.group_id, request.member_id, result.error)
    return _response(version, result)
