"""OffsetForLeaderEpoch (API key 23), versions 2-4 (every version Kafka 4.1 serves).

For each partition: the largest leader epoch <= the requested one and the end offset of that
epoch (the start offset of the next epoch, or the log end offset for the latest epoch), from the
partition's `leader-epoch-checkpoint` (`LeaderEpochFileCache.end_offset_for`, KIP-101/KIP-279).
Consumers use it after a leader change to detect truncation (KIP-320); followers to truncate.
- `current_leader_epoch` (-1: unchecked) older than the partition's: FENCED_LEADER_EPOCH; newer:
  UNKNOWN_LEADER_EPOCH (Kafka's `Partition.lastOffsetForLeaderEpoch`);
- unknown topic or partition: UNKNOWN_TOPIC_OR_PARTITION; led by another broker:
  NOT_LEADER_OR_FOLLOWER;
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
    epoch, end_offset = _end_offset_for(partition, leader_epoch)
    if end_offset != UNDEFINED:
        out.leader_epoch, out.end_offset = epoch, end_offset
    return out


def _end_offset_for(partition: Any, leader_epoch: int) -> tuple[int, int]:
    """The cache's answer, as if the current leader epoch had an entry at the log end offset.

    Kafka assigns the new epoch in the cache when a replica becomes leader
    (`Partition.makeLeader`); kafkapy's cache learns an epoch at its first append. Until then
    the current epoch (and any epoch between the cache's latest and it) is answered here."""
    ulog = partition.log
    current = partition.leader_epoch
    latest = ulog.leader_epoch_cache.latest_epoch
    if leader_epoch < 0 or leader_epoch > current or (latest is not None and latest >= current):
        return ulog.end_offset_for_epoch(leader_epoch)  # type: ignore[no-any-return]
    if latest is not None and leader_epoch < latest:
        return ulog.end_offset_for_epoch(leader_epoch)  # type: ignore[no-any-return]
    if leader_epoch == current or latest is None:
        return leader_epoch, ulog.log_end_offset
    return latest, ulog.log_end_offset


@register(23, OffsetForLeaderEpochRequest, OffsetForLeaderEpochResponse, 2, 4)
async def handle(ctx: Any, request: OffsetForLeaderEpochRequest) -> OffsetForLeaderEpochResponse:
    broker = ctx.broker
    topics = []
    for t in request.topics:
        parts = []
        for p in t.partitions:
            partition = broker.partitions.get((t.topic, p.partition))
            if partition is None:
                known = broker.metadata.partition(t.topic, p.partition) is not None
                parts.append(EpochEndOffset(
                    error_code=ErrorCode.NOT_LEADER_OR_FOLLOWER if known
                    else ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, partition=p.partition,
                    leader_epoch=UNDEFINED, end_offset=UNDEFINED))
                continue
            parts.append(_end_offset(partition, p.current_leader_epoch, p.leader_epoch))
        topics.append(TopicResult(topic=t.topic, partitions=parts))
    return OffsetForLeaderEpochResponse(throttle_time_ms=0, topics=topics)
