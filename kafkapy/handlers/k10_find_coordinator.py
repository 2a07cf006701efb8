"""FindCoordinator (key 10), versions 0-6.

- Key type 0 (group): the coordinator is the leader of partition
  `abs(hash(group_id)) % offsets.topic.num.partitions` of `__consumer_offsets`; the topic
  is created on the first lookup, as Kafka does. On one node that is always this broker,
  answered with the advertised listener the request came in on.
- Key type 1 (transaction): this broker too (the only node).
- Other key types (2, share groups, v6): INVALID_REQUEST.
- v4+ batches keys (KIP-699): `coordinator_keys` in, one `Coordinator` per key out;
  v0-3 carry one key and answer at the top level (`error_message` from v1).
- COORDINATOR_NOT_AVAILABLE while `__consumer_offsets` cannot be created or loaded:
  clients retry.
"""

from __future__ import annotations

from kafkapy.context import RequestContext
from kafkapy.group import api
from kafkapy.group import service as _service  # noqa: F401  (registers the service)
from kafkapy.group.errors import Errors
from kafkapy.handlers.registry import register
from wire.messages import FindCoordinatorRequest, FindCoordinatorResponse

GROUP_KEY, TRANSACTION_KEY = 0, 1


def _lookup(ctx: RequestContext, key: str, key_type: int) -> tuple[Errors, str | None]:
    if key_type == TRANSACTION_KEY:
        return Errors.NONE, None
    if key_type != GROUP_KEY:
        return Errors.INVALID_REQUEST, f"unsupported key type {key_type}"
    svc = api.service(ctx)
    if svc is None:
        return Errors.COORDINATOR_NOT_AVAILABLE, "the group coordinator is not running"
    error = svc.ensure_offsets_topic()
    if error == Errors.NONE:
        _, error = svc.coordinator_for(key)
        if error == Errors.NOT_COORDINATOR:  # this node does not lead the partition
            error = Errors.COORDINATOR_NOT_AVAILABLE
    if error != Errors.NONE:
        return error, error.name
    return Errors.NONE, None


@register(
    10,
    FindCoordinatorRequest,
    FindCoordinatorResponse,
    FindCoordinatorRequest.MIN_VERSION,
    FindCoordinatorRequest.MAX_VERSION,
)
async def handle(ctx: RequestContext, request: FindCoordinatorRequest) -> FindCoordinatorResponse:
    node_id, host, port = api.advertised_endpoint(ctx)
    if ctx.api_version >= 4:
        coordinators = []
        for key in request.coordinator_keys:
            error, message = _lookup(ctx, key, request.key_type)
            ok = error == Errors.NONE
            coordinators.append(FindCoordinatorResponse.Coordinator(
                key=key, node_id=node_id if ok else -1, host=host if ok else "",
                port=port if ok else -1, error_code=int(error), error_message=message,
            ))
        return FindCoordinatorResponse(throttle_time_ms=0, coordinators=coordinators)
    error, message = _lookup(ctx, request.key, request.key_type)
    ok = error == Errors.NONE
    return FindCoordinatorResponse(
        throttle_time_ms=0, error_code=int(error), error_message=message,
        node_id=node_id if ok else -1, host=host if ok else "", port=port if ok else -1,
    )
