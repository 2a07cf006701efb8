"""DescribeLogDirs (API key 35), versions 1-4 (every version Kafka 4.1 serves; KIP-113).

One result per `log.dirs` entry (absolute path): each partition log in it with its size in bytes
(all segments), `offset_lag` max(0, high watermark - log end offset) (0 for a leader) and
`is_future_key` false (kafkapy never moves logs between directories). `topics` null describes
every partition; otherwise only the named partitions that exist (others are left out, as in
Kafka). v4 adds each directory's total and usable bytes (`statvfs`); v3+ a top-level error code.
A directory that cannot be read answers KAFKA_STORAGE_ERROR for that directory only.
"""

from __future__ import annotations

import os
from collections import defaultdict
from pathlib import Path
from typing import Any

from kafkapy.handlers.registry import register
from wire.errors import ErrorCode
from wire.messages.k35_describe_log_dirs import DescribeLogDirsRequest, DescribeLogDirsResponse

Result = DescribeLogDirsResponse.DescribeLogDirsResult
TopicResult = Result.DescribeLogDirsTopic
PartResult = TopicResult.DescribeLogDirsPartition


def _wanted(request: DescribeLogDirsRequest) -> set[tuple[str, int]] | None:
    if request.topics is None:
        return None
    return {(t.topic, p) for t in request.topics for p in t.partitions}


def _size(ulog: Any) -> int:
    # UnifiedLog.size_in_bytes; the broker's interim single-segment log only has `size`.
    size = getattr(ulog, "size_in_bytes", None)
    return int(size if size is not None else getattr(ulog, "size", 0))


def _dir_result(log_dir: Path, partitions: list[tuple[str, int, Any]]) -> Result:
    by_topic: dict[str, list[PartResult]] = defaultdict(list)
    for topic, index, ulog in sorted(partitions, key=lambda x: (x[0], x[1])):
        lag = max(0, ulog.high_watermark - ulog.log_end_offset)
        by_topic[topic].append(PartResult(partition_index=index,
                                          partition_size=_size(ulog),
                                          offset_lag=lag, is_future_key=False))
    result = Result(error_code=ErrorCode.NONE, log_dir=str(log_dir.resolve()),
                    topics=[TopicResult(name=n, partitions=p) for n, p in by_topic.items()])
    try:
        st = os.statvfs(log_dir)
        result.total_bytes = st.f_blocks * st.f_frsize
        result.usable_bytes = st.f_bavail * st.f_frsize
    except OSError:
        result.error_code = ErrorCode.KAFKA_STORAGE_ERROR
        result.topics = []
    return result


@register(35, DescribeLogDirsRequest, DescribeLogDirsResponse, 1, 4)
async def handle(ctx: Any, request: DescribeLogDirsRequest) -> DescribeLogDirsResponse:
    broker = ctx.broker
    wanted = _wanted(request)
    dirs = [Path(d).resolve() for d in broker.log_dirs]
    placed: dict[Path, list[tuple[str, int, Any]]] = {d: [] for d in dirs}
    for (topic, index), partition in list(broker.partitions.items()):
        if wanted is not None and (topic, index) not in wanted:
            continue
        parent = Path(partition.log.dir).resolve().parent
        placed.setdefault(parent, []).append((topic, index, partition.log))
    results = [_dir_result(d, placed.get(d, [])) for d in dirs]
    version = ctx.api_version
    for r in results:
        if version < 4:
            r.total_bytes = r.usable_bytes = -1
    return DescribeLogDirsResponse(throttle_time_ms=0, error_code=ErrorCode.NONE, results=results)
