"""Fetch (key 1), versions 4-18 (Kafka 4.1's stable range).

- Reads whole batches from the segment files as `FileRegion`s; the connection sends them
  with `sendfile` (DESIGN.md §4). A fetch offset inside a batch returns that whole batch.
- Byte limits: `partition_max_bytes` per partition and `max_bytes` (v3+) for the whole
  response, except that the first non-empty partition always returns at least one batch
  even when larger (KIP-74), as Kafka's `ReplicaManager.readFromLog` does.
- Long poll: when fewer than `min_bytes` are available, one future is registered on every
  requested partition; an append wakes it, `max_wait_ms` bounds it (no polling loop).
  An error on any partition answers at once (Kafka's DelayedFetch does the same).
- `high_watermark` = log end on one node; `last_stable_offset` = high watermark (no
  transactions); `preferred_read_replica` -1 (v11+, KIP-392); `aborted_transactions`
  null for read_uncommitted, empty for read_committed.
- Topics by id from v13 (KIP-516): an unknown id is UNKNOWN_TOPIC_ID.
- `current_leader_epoch` (v9+, KIP-320): older than ours is FENCED_LEADER_EPOCH, newer is
  UNKNOWN_LEADER_EPOCH.
- Sessions (KIP-227): none; `session_id` 0 answers every request as a full fetch, so
  the response lists exactly the requested partitions, in request order.
- Empty records are empty bytes, never null.
"""

from __future__ import annotations

import asyncio
from typing import Any

from kafkapy.context import RequestContext, request_logging
from kafkapy.errors import error_code_for
from kafkapy.handlers.registry import register
from kafkapy.partition import Partition
from wire.errors import ErrorCode
from wire.file_region import FileRegion
from wire.messages import FetchRequest, FetchResponse

TopicResp = FetchResponse.FetchableTopicResponse
PartData = FetchResponse.FetchableTopicResponse.PartitionData
INT32_MAX = 0x7FFFFFFF
READ_COMMITTED = 1

# One requested partition: its response entry, the partition (None: unknown), request.
_Entry = tuple[Any, Partition | None, Any]


def _plan(ctx: RequestContext, request: FetchRequest) -> tuple[list[Any], list[_Entry]]:
    broker = ctx.broker
    by_id = ctx.api_version >= 13
    topics: list[Any] = []
    entries: list[_Entry] = []
    for ft in request.topics:
        if by_id:
            info = broker.metadata.get_by_id(ft.topic_id)
            name = info.name if info is not None else None
            missing = ErrorCode.UNKNOWN_TOPIC_ID if info is None else ErrorCode.UNKNOWN_TOPIC_OR_PARTITION
        else:
            name = ft.topic
            missing = ErrorCode.UNKNOWN_TOPIC_OR_PARTITION
        parts = []
        for fp in ft.partitions:
            pd = PartData(partition_index=fp.partition, records=b"")
            partition = broker.partitions.get((name, fp.partition)) if name is not None else None
            if partition is None:
                _set_error(pd, _not_here(broker, name, fp.partition, missing))
            parts.append(pd)
            entries.append((pd, partition, fp))
        topics.append(TopicResp(topic=ft.topic, topic_id=ft.topic_id, partitions=parts))
    return topics, entries


def _not_here(broker: Any, name: str | None, index: int, missing: int) -> int:
    """Cluster mode: a partition of a known topic led elsewhere is NOT_LEADER_OR_FOLLOWER
    (clients refresh their metadata); on one node every known partition is here."""
    if broker.cluster_mode and name is not None:
        topic = broker.metadata.get(name)
        if topic is not None and 0 <= index < len(topic.partitions):
            return int(ErrorCode.NOT_LEADER_OR_FOLLOWER)
    return missing


def _set_error(pd: Any, code: int) -> None:
    pd.error_code = code
    pd.high_watermark = -1
    pd.last_stable_offset = -1
    pd.log_start_offset = -1
    pd.records = b""


def _read_all(entries: list[_Entry], request: FetchRequest, version: int, replica: bool) -> tuple[int, bool]:
    """Fill every entry's records; returns (bytes read, any error)."""
    remaining = request.max_bytes if version >= 3 else INT32_MAX
    total = 0
    error = False
    min_one = True
    committed = request.isolation_level == READ_COMMITTED
    for pd, partition, fp in entries:
        if partition is None:
            error = True
            continue
        if partition.deleted:
            _set_error(pd, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION)
            error = True
            continue
        epoch = fp.current_leader_epoch
        if epoch >= 0 and epoch != partition.leader_epoch:
            _set_error(pd, ErrorCode.FENCED_LEADER_EPOCH if epoch < partition.leader_epoch else ErrorCode.UNKNOWN_LEADER_EPOCH)
            if version >= 12:  # a tagged field from v12 (KIP-951)
                pd.current_leader.leader_id = partition.info.leader
                pd.current_leader.leader_epoch = partition.leader_epoch
            error = True
            continue
        ulog = partition.log
        hw = ulog.high_watermark
        max_offset = ulog.log_end_offset if replica else hw
        limit = min(fp.partition_max_bytes, remaining)
        try:
            info = ulog.read(fp.fetch_offset, max(limit, 0), max_offset, min_one)
        except Exception as exc:
            code = error_code_for(exc)
            if code is None:
                raise
            _set_error(pd, code)
            error = True
            continue
        pd.error_code = ErrorCode.NONE
        pd.high_watermark = hw
        pd.last_stable_offset = hw
        pd.log_start_offset = ulog.log_start_offset
        pd.aborted_transactions = [] if committed else None
        size = _attach_records(pd, info.regions)
        if size:
            min_one = False
            remaining -= size
            total += size
    return total, error


def _attach_records(pd: Any, regions: list[FileRegion]) -> int:
    if not regions:
        pd.records = b""
        return 0
    # One region: batches of one segment, as Kafka returns; the client fetches the
    # next segment's batches with its next request.
    pd.records = regions[0]
    return regions[0].length


@register(1, FetchRequest, FetchResponse, FetchRequest.MIN_VERSION, FetchRequest.MAX_VERSION)
async def handle(ctx: RequestContext, request: FetchRequest) -> FetchResponse:
    version = ctx.api_version
    replica_id = request.replica_state.replica_id if version >= 15 else request.replica_id
    replica = replica_id >= 0
    topics, entries = _plan(ctx, request)
    rm = ctx.broker.replica_manager
    if replica and rm is not None:
        # A follower's fetch offset is its log end offset: the leader's high watermark and
        # ISR move on it (Kafka's `Partition.updateFollowerFetchState`), before the read.
        for _, partition, fp in entries:
            if partition is not None:
                rm.on_follower_fetch(partition, replica_id, fp.fetch_offset)
    loop = asyncio.get_running_loop()
    deadline = loop.time() + max(request.max_wait_ms, 0) / 1000
    while True:
        total, error = _read_all(entries, request, version, replica)
        if error or total >= request.min_bytes or loop.time() >= deadline or ctx.broker.stopping:
            break
        if not await _wait(loop, entries, deadline) or ctx.broker.stopping:
            # Timed out: answer with what the last read found (Kafka re-reads too).
            _read_all(entries, request, version, replica)
            break
    if request_logging():
        ctx.log_extra = {
            "topic_partition": ",".join(
                f"{p.name if p is not None else '?'}-{fp.partition}" for _, p, fp in entries
            )
        }
    return FetchResponse(throttle_time_ms=0, error_code=ErrorCode.NONE, session_id=0, responses=topics)


async def _wait(loop: asyncio.AbstractEventLoop, entries: list[_Entry], deadline: float) -> bool:
    """Sleep until an append to one of the partitions (True) or the deadline (False)."""
    fut: asyncio.Future[None] = loop.create_future()
    partitions = {id(p): p for _, p, _ in entries if p is not None}.values()
    for p in partitions:
        p.add_waiter(fut)
    timer = loop.call_at(deadline, _timeout, fut)
    try:
        await fut
        return fut.result() is None
    finally:
        timer.cancel()
        for p in partitions:
            p.remove_waiter(fut)


def _timeout(fut: asyncio.Future[None]) -> None:
    if not fut.done():
        fut.set_result(False)  # type: ignore[arg-type]
