"""ListGroups (key 16), versions 0-5.

Every group of every loaded coordinator on this broker (Dead ones excluded).
v4+: `states_filter` (KIP-518, case-insensitive; empty means all) and `group_state` in
the answer. v5+: `types_filter` (KIP-848: every group here is "classic") and `group_type`.
A group that only stores offsets (simple consumers) has protocol type "".
While a `__consumer_offsets` partition of this broker is still loading (a new leader, in
a cluster), the answer lists what is loaded with COORDINATOR_LOAD_IN_PROGRESS, as Kafka's
`handleListGroups` does: the list is incomplete and clients retry.
"""

from __future__ import annotations

from kafkapy.context import RequestContext
from kafkapy.group import api
from kafkapy.group import service as _service  # noqa: F401  (registers the service)
from kafkapy.group.state import GroupState, parse_state
from kafkapy.handlers.registry import register
from wire.errors import ErrorCode
from wire.messages import ListGroupsRequest, ListGroupsResponse


@register(16, ListGroupsRequest, ListGroupsResponse, ListGroupsRequest.MIN_VERSION,
          ListGroupsRequest.MAX_VERSION)
async def handle(ctx: RequestContext, request: ListGroupsRequest) -> ListGroupsResponse:
    version = ctx.api_version
    states: set[GroupState] | None = None
    if version >= 4 and request.states_filter:
        states = {s for s in map(parse_state, request.states_filter) if s is not None}
        if not states:  # only unknown state names: nothing matches
            return ListGroupsResponse(throttle_time_ms=0, error_code=0, groups=[])
    types: set[str] | None = None
    if version >= 5 and request.types_filter:
        types = {t.lower() for t in request.types_filter}
    svc = api.service(ctx)
    listings = []
    error = ErrorCode.NONE
    if svc is not None:
        for coordinator in svc.manager.all_coordinators():
            listings.extend(coordinator.list_groups(states, types))
        if any(not c.loaded for c in svc.manager.coordinators.values()):
            error = ErrorCode.COORDINATOR_LOAD_IN_PROGRESS
    groups = [
        ListGroupsResponse.ListedGroup(
            group_id=g.group_id, protocol_type=g.protocol_type, group_state=g.state,
            group_type="classic",
        )
        for g in sorted(listings, key=lambda g: g.group_id)
    ]
    return ListGroupsResponse(throttle_time_ms=0, error_code=int(error), groups=groups)
