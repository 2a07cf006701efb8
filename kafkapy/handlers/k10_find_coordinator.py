"""FindCoordinator (key 10), versions 0-6.

- Key type 0 (group): the coordinator is the leader of partition
  `abs(hash(group_id)) % offsets.topic.num.partitions` of `__consumer_offsets`; the topic
  is created on the first lookup, as Kafka does. On one node that is always this broker,
  answered with the advertised listener the request came in on.
- Key type 1 (transaction): this broker too (the only node).
- Other key types (2, share groups, v6): INVALID_REQUEST.
- v4+ batches keys (KIP-699): `coordinator_keys` in, one `Coordinator` per key out;
  v0-3 carry one key and answer at the top level (`error_message` from v1).
- Cluster mode (`zookeeper.connect`): the answer is the live leader of the group's
  `__consumer_offsets` partition as ZooKeeper's partition state says (this broker or
  another), on the listener of the same name (Kafka's `KafkaApis.getCoordinator`). No
  leader, or a leader whose registration is gone (killed, its session not expired yet
  on ZooKeeper's side or already), is COORDINATOR_NOT_AVAILABLE. Like Kafka, the
  answer does not wait for the leader to finish loading: the group requests themselves
  get COORDINATOR_LOAD_IN_PROGRESS meanwhile.
- COORDINATOR_NOT_AVAILABLE while `__consumer_offsets` cannot be created or loaded:
  clients retry.
"""

from __future__ import annotations

from kafkapy.context import RequestContext
from kafkapy.group import api
from kafkapy.group import service as _service  # noqa: F401  (registers the service)
from kafkapy.handlers.registry import register
from wire.errors import ErrorCode
from wire.messages import FindCoordinatorRequest, FindCoordinatorResponse

GROUP_KEY, TRANSACTION_KEY = 0, 1
OFFSETS_TOPIC = "__consumer_offsets"


Endpoint = tuple[int, str, int]


async def _lookup(ctx: RequestContext, key: str, key_type: int
                  ) -> tuple[ErrorCode, str | None, Endpoint]:
    here = api.advertised_endpoint(ctx)
    if key_type == TRANSACTION_KEY:
        return ErrorCode.NONE, None, here
    if key_type != GROUP_KEY:
        return ErrorCode.INVALID_REQUEST, f"unsupported key type {key_type}", here
    svc = api.service(ctx)
    if svc is None:
        return ErrorCode.COORDINATOR_NOT_AVAILABLE, "the group coordinator is not running", here
    error = await svc.ensure_offsets_topic()
    if error == ErrorCode.NONE and getattr(ctx.broker, "cluster_mode", False):
        leader = _live_leader(ctx, svc.manager.partition_for(key), here)
        if leader is not None:
            return ErrorCode.NONE, None, leader
        error = ErrorCode.COORDINATOR_NOT_AVAILABLE
    elif error == ErrorCode.NONE:
        _, error = svc.coordinator_for(key)
    if error != ErrorCode.NONE:
        return error, error.name, here
    return ErrorCode.NONE, None, here


def _live_leader(ctx: RequestContext, partition: int, here: Endpoint) -> Endpoint | None:
    """The live leader of `__consumer_offsets`-`partition` in cluster mode, on the listener
    the request came in on; None while the partition has no live leader."""
    node = getattr(ctx.broker, "cluster_node", None)
    cache = node.cache if node is not None else None
    if cache is None:
        return None
    state = cache.state(OFFSETS_TOPIC, partition)
    if state is None or state.leader < 0 or state.leader not in cache.live_brokers:
        return None
    reg = cache.brokers.get(state.leader)
    listener = next((a.name for a in ctx.broker.advertised
                     if (a.host, a.port) == (here[1], here[2])), None)
    ep = reg.endpoint(listener) if reg is not None and listener is not None else None
    return None if ep is None else (state.leader, ep.host, ep.port)


@register(
    10,
    FindCoordinatorRequest,
    FindCoordinatorResponse,
    FindCoordinatorRequest.MIN_VERSION,
    FindCoordinatorRequest.MAX_VERSION,
)
async def handle(ctx: RequestContext, request: FindCoordinatorRequest) -> FindCoordinatorResponse:
    if ctx.api_version >= 4:
        coordinators = []
        for key in request.coordinator_keys:
            error, message, (node_id, host, port) = await _lookup(ctx, key, request.key_type)
            ok = error == ErrorCode.NONE
            coordinators.append(FindCoordinatorResponse.Coordinator(
                key=key, node_id=node_id if ok else -1, host=host if ok else "",
                port=port if ok else -1, error_code=int(error), error_message=message,
            ))
        return FindCoordinatorResponse(throttle_time_ms=0, coordinators=coordinators)
    error, message, (node_id, host, port) = await _lookup(ctx, request.key, request.key_type)
    ok = error == ErrorCode.NONE
    return FindCoordinatorResponse(
        throttle_time_ms=0, error_code=int(error), error_message=message,
        node_id=node_id if ok else -1, host=host if ok else "", port=port if ok else -1,
    )
