"""ListOffsets (key 2), versions 1-10 (Kafka 4.1's stable range; v0 was removed in 4.0).

Per partition, by `timestamp`:
- -2 EARLIEST: the log start offset; -4 EARLIEST_LOCAL (KIP-405): the same, nothing is tiered.
- -1 LATEST: the high watermark (= last stable offset, no transactions), for either
  isolation level; -5 LATEST_TIERED (KIP-1005): -1, nothing is tiered.
- -3 MAX_TIMESTAMP (KIP-734, v7+): the offset and timestamp of the record with the
  largest timestamp.
- t >= 0: the first offset whose timestamp is >= t, with that timestamp; none: -1/-1.
Special offsets answer timestamp -1. `current_leader_epoch` (v4+) is checked like Fetch
(FENCED_LEADER_EPOCH / UNKNOWN_LEADER_EPOCH); a partition listed twice is INVALID_REQUEST.
`leader_epoch` in the answer is the epoch of the batch holding the offset when known,
else the current leader epoch.
"""

from __future__ import annotations

from typing import Any

from kafkapy.context import RequestContext
from kafkapy.handlers.registry import register
from wire.errors import ErrorCode
from wire.messages import ListOffsetsRequest, ListOffsetsResponse

TopicResp = ListOffsetsResponse.ListOffsetsTopicResponse
PartResp = ListOffsetsResponse.ListOffsetsTopicResponse.ListOffsetsPartitionResponse

LATEST = -1
EARLIEST = -2
MAX_TIMESTAMP = -3
EARLIEST_LOCAL = -4
LATEST_TIERED = -5


@register(
    2,
    ListOffsetsRequest,
    ListOffsetsResponse,
    ListOffsetsRequest.MIN_VERSION,
    ListOffsetsRequest.MAX_VERSION,
)
async def handle(ctx: RequestContext, request: ListOffsetsRequest) -> ListOffsetsResponse:
    broker = ctx.broker
    seen: set[tuple[str, int]] = set()
    topics = []
    for lt in request.topics:
        parts = []
        for lp in lt.partitions:
            key = (lt.name, lp.partition_index)
            if key in seen:
                parts.append(_error(lp.partition_index, ErrorCode.INVALID_REQUEST))
                continue
            seen.add(key)
            partition = broker.partitions.get(key)
            if partition is None:
                parts.append(_error(lp.partition_index, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION))
                continue
            parts.append(_one(partition, lp, ctx.api_version))
        topics.append(TopicResp(name=lt.name, partitions=parts))
    return ListOffsetsResponse(throttle_time_ms=0, topics=topics)


def _error(index: int, code: int) -> Any:
    return PartResp(partition_index=index, error_code=code, timestamp=-1, offset=-1, leader_epoch=-1)


def _epoch_of(ulog: Any, offset: int, default: int) -> int:
    cache = getattr(ulog, "leader_epoch_cache", None)
    if cache is None or offset < 0:
        return default
    try:
        epoch = cache.epoch_for_offset(offset)
    except Exception:  # noqa: BLE001 - the epoch is advisory
        return default
    return default if epoch is None else int(epoch)


def _one(partition: Any, lp: Any, version: int) -> Any:
    epoch = lp.current_leader_epoch
    if epoch >= 0 and epoch != partition.leader_epoch:
        code = ErrorCode.FENCED_LEADER_EPOCH if epoch < partition.leader_epoch else ErrorCode.UNKNOWN_LEADER_EPOCH
        return _error(lp.partition_index, code)
    ulog = partition.log
    current = partition.leader_epoch
    ts = lp.timestamp
    if ts in (EARLIEST, EARLIEST_LOCAL):
        offset, found_ts = ulog.log_start_offset, -1
    elif ts == LATEST:
        offset, found_ts = ulog.high_watermark, -1
    elif ts == LATEST_TIERED:
        offset, found_ts = -1, -1
    elif ts == MAX_TIMESTAMP:
        found = ulog.fetch_offset_by_timestamp(MAX_TIMESTAMP)
        if found is None:
            offset, found_ts = -1, -1
        else:
            found_ts, offset = _pair(found)
    elif ts < 0:
        return _error(lp.partition_index, ErrorCode.INVALID_REQUEST)
    else:
        found = ulog.fetch_offset_by_timestamp(ts)
        if found is None:
            offset, found_ts = -1, -1
        else:
            found_ts, offset = _pair(found)
    return PartResp(
        partition_index=lp.partition_index,
        error_code=ErrorCode.NONE,
        timestamp=found_ts,
        offset=offset,
        # Not ignorable before v4: the encoder refuses a non-default value there.
        leader_epoch=_epoch_of(ulog, offset, current) if offset >= 0 and version >= 4 else -1,
    )


def _pair(found: Any) -> tuple[int, int]:
    """(timestamp, offset) from storage's answer (a tuple or an object with both)."""
    if isinstance(found, tuple):
        return int(found[0]), int(found[1])
    return int(found.timestamp), int(found.offset)
