"""DeleteRecords (API key 21), versions 0-2 (every version Kafka 4.1 serves; KIP-107).

Per partition: moves the log start offset up to `offset` (-1: the high watermark) and answers
the new `low_watermark` (the log start offset). Whole segments below it are deleted by storage
(`UnifiedLog.delete_records_before`); consumers then see OFFSET_OUT_OF_RANGE below it.
- unknown topic or partition: UNKNOWN_TOPIC_OR_PARTITION; one led by another broker:
  NOT_LEADER_OR_FOLLOWER (the client refreshes its metadata and goes to the leader);
- an offset above the high watermark, or negative other than -1: OFFSET_OUT_OF_RANGE;
- a topic whose `cleanup.policy` lacks `delete` (compacted only): POLICY_VIOLATION, as Kafka;
- an offset below the current log start offset changes nothing and answers the current one;
- a partition named twice: INVALID_REQUEST.
On one node there are no followers to wait for, so `timeout_ms` never expires.
"""

from __future__ import annotations

import logging
from typing import Any

from kafkapy.handlers.registry import register
from storage.errors import OffsetOutOfRangeError, StorageError
from wire.errors import ErrorCode
from wire.messages.k21_delete_records import DeleteRecordsRequest, DeleteRecordsResponse

log = logging.getLogger("kafkapy.admin")

TopicResult = DeleteRecordsResponse.DeleteRecordsTopicResult
PartResult = TopicResult.DeleteRecordsPartitionResult
HIGH_WATERMARK = -1


def _delete(partition: Any, offset: int) -> tuple[int, int]:
    """(error_code, low_watermark) for one partition."""
    ulog = partition.log
    if "delete" not in ulog.config.cleanup_policy.split(","):
        return ErrorCode.POLICY_VIOLATION, -1
    target = ulog.high_watermark if offset == HIGH_WATERMARK else offset
    if target < 0 or target > ulog.high_watermark:
        return ErrorCode.OFFSET_OUT_OF_RANGE, -1
    try:
        low = ulog.delete_records_before(target)
    except OffsetOutOfRangeError:
        return ErrorCode.OFFSET_OUT_OF_RANGE, -1
    except (StorageError, OSError):
        log.exception("DeleteRecords failed", extra={"topic_partition": str(ulog.dir)})
        return ErrorCode.KAFKA_STORAGE_ERROR, -1
    return ErrorCode.NONE, low


def _not_here(broker: Any, topic: str, index: int) -> int:
    """A partition this broker does not lead: unknown, or led elsewhere (clients re-route)."""
    if broker.metadata.partition(topic, index) is not None:
        return ErrorCode.NOT_LEADER_OR_FOLLOWER
    return ErrorCode.UNKNOWN_TOPIC_OR_PARTITION


@register(21, DeleteRecordsRequest, DeleteRecordsResponse, 0, 2)
async def handle(ctx: Any, request: DeleteRecordsRequest) -> DeleteRecordsResponse:
    broker = ctx.broker
    seen: set[tuple[str, int]] = set()
    topics = []
    for t in request.topics:
        parts = []
        for p in t.partitions:
            key = (t.name, p.partition_index)
            partition = broker.partitions.get(key)
            code: int
            if key in seen:
                code, low = ErrorCode.INVALID_REQUEST, -1
            elif partition is None:
                code, low = _not_here(broker, t.name, p.partition_index), -1
            else:
                code, low = _delete(partition, p.offset)
                if code == ErrorCode.NONE:
                    log.info("records deleted", extra={
                        "topic_partition": f"{t.name}-{p.partition_index}",
                        "log_start_offset": low})
            seen.add(key)
            parts.append(PartResult(partition_index=p.partition_index, low_watermark=low,
                                    error_code=code))
        topics.append(TopicResult(name=t.name, partitions=parts))
    return DeleteRecordsResponse(throttle_time_ms=0, topics=topics)
