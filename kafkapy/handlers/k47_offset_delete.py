"""OffsetDelete (key 47), version 0 (KIP-496).

Deletes a group's committed offsets for the given partitions with tombstones in
`__consumer_offsets`. GROUP_ID_NOT_FOUND for an unknown group; per partition,
GROUP_SUBSCRIBED_TO_TOPIC while a live consumer-protocol member subscribes to the topic,
UNKNOWN_TOPIC_OR_PARTITION for a partition that does not exist; NON_EMPTY_GROUP for a
non-empty group whose subscriptions cannot be read (not the consumer protocol).
"""

from __future__ import annotations

from kafkapy.context import RequestContext
from kafkapy.group import api
from kafkapy.group import service as _service  # noqa: F401  (registers the service)
from kafkapy.handlers.registry import register
from wire.errors import ErrorCode
from wire.messages import OffsetDeleteRequest, OffsetDeleteResponse

Topic = OffsetDeleteResponse.OffsetDeleteResponseTopic
Partition = Topic.OffsetDeleteResponsePartition
TopicPartition = tuple[str, int]


@register(47, OffsetDeleteRequest, OffsetDeleteResponse, OffsetDeleteRequest.MIN_VERSION,
          OffsetDeleteRequest.MAX_VERSION)
async def handle(ctx: RequestContext, request: OffsetDeleteRequest) -> OffsetDeleteResponse:
    errors: dict[TopicPartition, ErrorCode] = {}
    wanted: list[TopicPartition] = []
    for t in request.topics:
        for p in t.partitions:
            tp = (t.name, p.partition_index)
            if api.topic_partition_exists(ctx, t.name, p.partition_index):
                wanted.append(tp)
            else:
                errors[tp] = ErrorCode.UNKNOWN_TOPIC_OR_PARTITION
    coordinator, error = api.coordinator_for(ctx, request.group_id)
    if coordinator is not None:
        outcome: tuple[ErrorCode, dict[TopicPartition, ErrorCode]] = await api.answer(
            lambda respond: coordinator.delete_offsets(
                request.group_id, wanted, lambda e, parts: respond((e, parts))
            )
        )
        error, result = outcome
        errors.update(result)
    if error != ErrorCode.NONE:
        return OffsetDeleteResponse(error_code=int(error), throttle_time_ms=0, topics=[])
    topics = [
        Topic(name=t.name, partitions=[
            Partition(partition_index=p.partition_index,
                      error_code=int(errors.get((t.name, p.partition_index), ErrorCode.NONE)))
            for p in t.partitions
        ])
        for t in request.topics
    ]
    return OffsetDeleteResponse(error_code=0, throttle_time_ms=0, topics=topics)
