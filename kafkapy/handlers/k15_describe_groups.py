"""DescribeGroups (key 15), versions 0-6.

Per group: state (Kafka's names: Empty, PreparingRebalance, CompletingRebalance, Stable,
Dead), protocol type, and, when Stable, the chosen protocol and each member's metadata
and assignment bytes (empty otherwise, as Kafka). v3+: `authorized_operations` when asked
(no authorizer: READ, DELETE, DESCRIBE), else INT32_MIN. v4+: `group_instance_id`.
An unknown group is Dead with no error before v6, GROUP_ID_NOT_FOUND from v6 (KIP-1043).
"""

from __future__ import annotations

from kafkapy.context import RequestContext
from kafkapy.group import api
from kafkapy.group import service as _service  # noqa: F401  (registers the service)
from kafkapy.handlers.registry import register
from wire.errors import ErrorCode
from wire.messages import DescribeGroupsRequest, DescribeGroupsResponse

Group = DescribeGroupsResponse.DescribedGroup
OPERATIONS_OMITTED = -2147483648
GROUP_OPERATIONS = sum(1 << op for op in (3, 6, 8))  # READ, DELETE, DESCRIBE


def _describe(ctx: RequestContext, group_id: str, include_ops: bool) -> Group:
    ops = GROUP_OPERATIONS if include_ops else OPERATIONS_OMITTED
    coordinator, error = api.coordinator_for(ctx, group_id)
    if coordinator is None:
        return Group(error_code=int(error), group_id=group_id, group_state="",
                     protocol_type="", protocol_data="", members=[], authorized_operations=ops)
    d = coordinator.describe_group(group_id)
    if d.state == "Dead" and ctx.api_version >= 6:
        return Group(error_code=int(ErrorCode.GROUP_ID_NOT_FOUND),
                     error_message=f"Group {group_id} not found.", group_id=group_id,
                     group_state="Dead", protocol_type="", protocol_data="", members=[],
                     authorized_operations=ops)
    members = [
        Group.DescribedGroupMember(
            member_id=m.member_id, group_instance_id=m.group_instance_id, client_id=m.client_id,
            client_host=m.client_host, member_metadata=m.metadata, member_assignment=m.assignment,
        )
        for m in d.members
    ]
    return Group(error_code=int(d.error), group_id=group_id, group_state=d.state,
                 protocol_type=d.protocol_type, protocol_data=d.protocol, members=members,
                 authorized_operations=ops)


@register(15, DescribeGroupsRequest, DescribeGroupsResponse, DescribeGroupsRequest.MIN_VERSION,
          DescribeGroupsRequest.MAX_VERSION)
async def handle(ctx: RequestContext, request: DescribeGroupsRequest) -> DescribeGroupsResponse:
    include_ops = ctx.api_version >= 3 and request.include_authorized_operations
    return DescribeGroupsResponse(
        throttle_time_ms=0,
        groups=[_describe(ctx, gid, include_ops) for gid in request.groups],
    )
