"""OffsetForLeaderEpoch (API key 23), versions 2-4 (every version Kafka 4.1 serves).

For each partition: the largest leader epoch <= the requested one and the end offset of that
epoch (the start offset of the next epoch, or the log end offset for the latest epoch), from the
partition's `leader-epoch-checkpoint` (`LeaderEpochFileCache.end_offset_for`, KIP-101/KIP-279).
Consumers use it after a leader change to detect truncation (KIP-320); followers to truncate.
- `current_leader_epoch` (-1: unchecked) older than the partition's: FENCED_LEADER_EPOCH; newer:
  UNKNOWN_LEADER_EPOCH (Kafka's `Partition.lastOffsetForLeaderEpoch`);
- unknown topic or partition: UNKNOWN_TOPIC_OR_PARTITION;
- an epoch the cache does not know: NONE with epoch -1 and end offset -1 (Kafka's answer).
`replica_id` (v3+) is -1 for consumers and a broker id for followers; on one node both get the
same answer.
"""

from __future__ import annotations

from typing import Any

from kafkapy.handlers.registry import register
from wire.errors import ErrorCode
from wire.messages.k23_offset_for_leader_epoch import (
    OffsetForLeaderEpochRequest,
    OffsetForLeaderEpochResponse,
)

TopicResult = OffsetForLeaderEpochResponse.OffsetForLeaderTopicResult
EpochEndOffset = TopicResult.EpochEndOffset
UNDEFINED = -1


def _end_offset(partition: Any, current_leader_epoch: int, leader_epoch: int) -> EpochEndOffset:
    out = EpochEndOffset(partition=partition.index, leader_epoch=UNDEFINED, end_offset=UNDEFINED)
    if current_leader_epoch != UNDEFINED:
        if current_leader_epoch < partition.leader_epoch:
            out.error_code = ErrorCode.FENCED_LEADER_EPOCH
            return out
        if current_leader_epoch > partition.leader_epoch:
            out.error_code = ErrorCode.UNKNOWN_LEADER_EPOCH
            return out
    epoch, end_offset = partition.log.end_offset_for_epoch(leader_epoch)
    if end_offset != UNDEFINED:
        out.leader_epoch, out.end_offset = epoch, end_offset
    return out


@register(23, OffsetForLeaderEpochRequest, OffsetForLeaderEpochResponse, 2, 4)
async def handle(ctx: Any, request: OffsetForLeaderEpochRequest) -> OffsetForLeaderEpochResponse:
    broker = ctx.broker
    topics = []
    for t in request.topics:
        parts = []
        for p in t.partitions:
            partition = broker.partitions.get((t.topic, p.partition))
            if partition is None:
                parts.append(EpochEndOffset(
                    error_code=ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, partition=p.partition,
                    leader_epoch=UNDEFINED, end_offset=UNDEFINED))
                continue
            parts.append(_end_offset(partition, p.current_leader_epoch, p.leader_epoch))
        topics.append(TopicResult(topic=t.topic, partitions=parts))
    return OffsetForLeaderEpochResponse(throttle_time_ms=0, topics=topics)
