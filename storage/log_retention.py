"""Which segments retention deletes (the predicates of Kafka's ``UnifiedLog.deleteOldSegments``).

A pure decision over a log's segments: ``UnifiedLog.delete_old_segments`` acts on it (rolls the
active segment when it must go, hands the segments to ``LocalLog.delete_segments``, moves the
log start offset).
"""

from __future__ import annotations

from storage.log_config import LogConfig
from storage.log_segment import LogSegment


def deletable_segments(
    segments: list[LogSegment],
    config: LogConfig,
    now: int,
    *,
    retention: bool,
    log_start_offset: int,
    high_watermark: int,
    log_end_offset: int,
) -> list[tuple[LogSegment, str]]:
    """The oldest segments, in order, that go, each with the reason: entirely below the log
    start offset, or (``retention`` and ``cleanup.policy`` delete) past ``retention.ms`` or
    beyond ``retention.bytes`` (the log's size less the segments already chosen). The walk
    stops at the first segment that stays, at the first one not entirely below the high
    watermark, and at an empty active segment: the same segments as Kafka's three passes
    (log start offset, then size, then time), in one walk."""
    use_retention = retention and config.delete_enabled
    excess = sum(s.size for s in segments) - config.retention_bytes
    deletable: list[tuple[LogSegment, str]] = []
    for i, segment in enumerate(segments):
        nxt = segments[i + 1] if i + 1 < len(segments) else None
        upper = nxt.base_offset if nxt is not None else log_end_offset
        if high_watermark < upper or (nxt is None and segment.size == 0):
            break
        reason = ""
        if nxt is not None and nxt.base_offset <= log_start_offset:
            reason = f"below the log start offset {log_start_offset}"
        elif use_retention and config.retention_ms >= 0 and \
                now - _segment_timestamp(segment) > config.retention_ms:
            reason = f"older than retention.ms {config.retention_ms}"
        elif use_retention and config.retention_bytes >= 0 and excess - segment.size >= 0:
            reason = f"beyond retention.bytes {config.retention_bytes}"
        if not reason:
            break
        # every deleted segment counts against retention.bytes, whatever the reason: Kafka
        # measures the log for its size pass after the log-start-offset pass
        excess -= segment.size
        deletable.append((segment, reason))
    return deletable


def _segment_timestamp(segment: LogSegment) -> int:
    """The largest timestamp in the segment, or its file's mtime when it has none."""
    ts = segment.largest_timestamp
    return ts if ts >= 0 else segment.last_modified_ms()
