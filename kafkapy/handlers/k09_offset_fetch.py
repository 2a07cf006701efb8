"""OffsetFetch (key 9), versions 1-9 (Kafka 4.1's stable range).

- v1-7: one group; `topics` null (v2+) asks for every committed partition. A partition
  without a committed offset answers offset -1, metadata "" and no error.
- v2+: a top-level error code (v1 puts group errors on every partition).
- v5+: `committed_leader_epoch`. v7+: `require_stable` (there are no pending
  transactional offsets here, so nothing is ever unstable).
- v8+ (KIP-709): several groups per request, each answered with its own error.
- v9 `member_id`/`member_epoch` belong to KIP-848 consumer groups; classic groups
  ignore them.
Group errors: NOT_COORDINATOR, COORDINATOR_LOAD_IN_PROGRESS, COORDINATOR_NOT_AVAILABLE.
"""

from __future__ import annotations

from kafkapy.context import RequestContext
from kafkapy.group import api
from kafkapy.group import service as _service  # noqa: F401  (registers the service)
from kafkapy.group.results import CommittedOffset
from kafkapy.handlers.registry import register
from wire.errors import ErrorCode
from wire.messages import OffsetFetchRequest, OffsetFetchResponse

Resp = OffsetFetchResponse
TopicPartition = tuple[str, int]
Wanted = list[tuple[str, list[int]]] | None


def _fetch(
    ctx: RequestContext, group_id: str, wanted: Wanted
) -> tuple[ErrorCode, dict[TopicPartition, CommittedOffset]]:
    coordinator, error = api.coordinator_for(ctx, group_id)
    if coordinator is None:
        return error, {}
    partitions = None
    if wanted is not None:
        partitions = [(name, p) for name, indexes in wanted for p in indexes]
    return ErrorCode.NONE, coordinator.fetch_offsets(group_id, partitions)


def _by_topic(
    wanted: Wanted, found: dict[TopicPartition, CommittedOffset], error: ErrorCode
) -> dict[str, list[tuple[int, CommittedOffset]]]:
    """Topic -> [(partition, offset)], in request order (or sorted when all were asked)."""
    out: dict[str, list[tuple[int, CommittedOffset]]] = {}
    if wanted is None:
        for (topic, p), committed in sorted(found.items()):
            out.setdefault(topic, []).append((p, committed))
        return out
    for topic, indexes in wanted:
        for p in indexes:
            committed = found.get((topic, p), CommittedOffset(-1, -1, "", error))
            out.setdefault(topic, []).append((p, committed))
    return out


def _single(ctx: RequestContext, request: OffsetFetchRequest) -> OffsetFetchResponse:
    version = ctx.api_version
    wanted: Wanted = None
    if request.topics is not None:
        wanted = [(t.name, list(t.partition_indexes)) for t in request.topics]
    error, found = _fetch(ctx, request.group_id, wanted)
    # v1 has no top-level error: a group error goes on every partition.
    per_partition_error = error if version < 2 else ErrorCode.NONE
    if error != ErrorCode.NONE and version >= 2:
        wanted = []
    topics = [
        Resp.OffsetFetchResponseTopic(
            name=topic,
            partitions=[
                Resp.OffsetFetchResponseTopic.OffsetFetchResponsePartition(
                    partition_index=p, committed_offset=c.offset,
                    committed_leader_epoch=c.leader_epoch, metadata=c.metadata,
                    error_code=int(c.error if c.error != ErrorCode.NONE else per_partition_error),
                )
                for p, c in parts
            ],
        )
        for topic, parts in _by_topic(wanted, found, per_partition_error).items()
    ]
    return OffsetFetchResponse(throttle_time_ms=0, topics=topics, error_code=int(error))


def _multi(ctx: RequestContext, request: OffsetFetchRequest) -> OffsetFetchResponse:
    G = Resp.OffsetFetchResponseGroup
    groups = []
    for g in request.groups:
        wanted: Wanted = None
        if g.topics is not None:
            wanted = [(t.name, list(t.partition_indexes)) for t in g.topics]
        error, found = _fetch(ctx, g.group_id, wanted)
        if error != ErrorCode.NONE:
            groups.append(G(group_id=g.group_id, topics=[], error_code=int(error)))
            continue
        topics = [
            G.OffsetFetchResponseTopics(
                name=topic,
                partitions=[
                    G.OffsetFetchResponseTopics.OffsetFetchResponsePartitions(
                        partition_index=p, committed_offset=c.offset,
                        committed_leader_epoch=c.leader_epoch, metadata=c.metadata,
                        error_code=int(c.error),
                    )
                    for p, c in parts
                ],
            )
            for topic, parts in _by_topic(wanted, found, ErrorCode.NONE).items()
        ]
        groups.append(G(group_id=g.group_id, topics=topics, error_code=0))
    return OffsetFetchResponse(throttle_time_ms=0, groups=groups)


@register(9, OffsetFetchRequest, OffsetFetchResponse, OffsetFetchRequest.MIN_VERSION,
          OffsetFetchRequest.MAX_VERSION)
async def handle(ctx: RequestContext, request: OffsetFetchRequest) -> OffsetFetchResponse:
    if ctx.api_version >= 8:
        return _multi(ctx, request)
    return _single(ctx, request)
