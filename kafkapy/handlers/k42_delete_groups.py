"""DeleteGroups (key 42), versions 0-2.

Per group: GROUP_ID_NOT_FOUND when unknown, NON_EMPTY_GROUP while it has members;
otherwise tombstones for every committed offset and the group record are appended to
`__consumer_offsets` and the group becomes Dead (answered after the append).
"""

from __future__ import annotations

import functools

from kafkapy.context import RequestContext
from kafkapy.group import api
from kafkapy.group import service as _service  # noqa: F401  (registers the service)
from kafkapy.handlers.registry import register
from wire.errors import ErrorCode
from wire.messages import DeleteGroupsRequest, DeleteGroupsResponse


@register(42, DeleteGroupsRequest, DeleteGroupsResponse, DeleteGroupsRequest.MIN_VERSION,
          DeleteGroupsRequest.MAX_VERSION)
async def handle(ctx: RequestContext, request: DeleteGroupsRequest) -> DeleteGroupsResponse:
    results: dict[str, ErrorCode] = {}
    for group_id in request.groups_names:
        coordinator, error = api.coordinator_for(ctx, group_id)
        if coordinator is None:
            results[group_id] = error
            continue
        answer: dict[str, ErrorCode] = await api.answer(
            functools.partial(coordinator.delete_groups, [group_id])
        )
        results[group_id] = answer[group_id]
    return DeleteGroupsResponse(
        throttle_time_ms=0,
        results=[
            DeleteGroupsResponse.DeletableGroupResult(group_id=g, error_code=int(e))
            for g, e in results.items()
        ],
    )
