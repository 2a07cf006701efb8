"""OffsetCommit (key 8), versions 2-9 (Kafka 4.1's stable range; v0-1 were removed in 4.0).

- Members commit with their generation (`generation_id_or_member_epoch`) and member id:
  ILLEGAL_GENERATION, UNKNOWN_MEMBER_ID, REBALANCE_IN_PROGRESS (CompletingRebalance),
  FENCED_INSTANCE_ID (v7+ `group_instance_id`).
- Simple consumers commit with generation -1 and no membership to an Empty (or new) group.
- v2-4 `retention_time_ms` other than -1 sets an explicit expiry (OffsetCommitValue v1);
  otherwise `offsets.retention.minutes` applies once the group is empty (KIP-211).
- v6+ `committed_leader_epoch` is stored and returned by OffsetFetch v5+.
- Per partition: UNKNOWN_TOPIC_OR_PARTITION for a partition that does not exist,
  OFFSET_METADATA_TOO_LARGE above `offset.metadata.max.bytes`.
- The answer leaves only after the records are appended to `__consumer_offsets`.
"""

from __future__ import annotations

from kafkapy.context import RequestContext
from kafkapy.group import api
from kafkapy.group import service as _service  # noqa: F401  (registers the service)
from kafkapy.handlers.registry import register
from wire.errors import ErrorCode
from wire.messages import OffsetCommitRequest, OffsetCommitResponse

Resp = OffsetCommitResponse
TopicPartition = tuple[str, int]


def _response(
    request: OffsetCommitRequest, errors: dict[TopicPartition, ErrorCode]
) -> OffsetCommitResponse:
    topics = [
        Resp.OffsetCommitResponseTopic(
            name=t.name,
            partitions=[
                Resp.OffsetCommitResponseTopic.OffsetCommitResponsePartition(
                    partition_index=p.partition_index,
                    error_code=int(errors.get((t.name, p.partition_index), ErrorCode.NONE)),
                )
                for p in t.partitions
            ],
        )
        for t in request.topics
    ]
    return OffsetCommitResponse(throttle_time_ms=0, topics=topics)


@register(8, OffsetCommitRequest, OffsetCommitResponse, OffsetCommitRequest.MIN_VERSION,
          OffsetCommitRequest.MAX_VERSION)
async def handle(ctx: RequestContext, request: OffsetCommitRequest) -> OffsetCommitResponse:
    version = ctx.api_version
    errors: dict[TopicPartition, ErrorCode] = {}
    offsets: dict[TopicPartition, tuple[int, int, str | None]] = {}
    for t in request.topics:
        for p in t.partitions:
            tp = (t.name, p.partition_index)
            if not api.topic_partition_exists(ctx, t.name, p.partition_index):
                errors[tp] = ErrorCode.UNKNOWN_TOPIC_OR_PARTITION
            else:
                epoch = p.committed_leader_epoch if version >= 6 else -1
                offsets[tp] = (p.committed_offset, epoch, p.committed_metadata)
    coordinator, error = api.coordinator_for(ctx, request.group_id)
    if coordinator is None:
        errors.update({tp: error for tp in offsets})
        return _response(request, errors)
    if not offsets:
        return _response(request, errors)
    expire = -1
    if 2 <= version <= 4 and request.retention_time_ms != -1:
        expire = coordinator.scheduler.now_ms() + request.retention_time_ms
    result: dict[TopicPartition, ErrorCode] = await api.answer(
        lambda respond: coordinator.commit_offsets(
            request.group_id,
            request.member_id,
            request.group_instance_id if version >= 7 else None,
            request.generation_id_or_member_epoch,
            offsets,
            respond,
            expire,
        )
    )
    errors.update(result)
    for e in set(result.values()):
        api.log_error("OffsetCommit", request.group_id, request.member_id, e)
    return _response(request, errors)
