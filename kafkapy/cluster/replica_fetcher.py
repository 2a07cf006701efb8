"""`ReplicaFetcher`: a follower's fetch loop towards one leader broker (Kafka's
`ReplicaFetcherThread`, one per source broker; `num.replica.fetchers` = 1).

For every partition it follows from that broker:
1. **Truncate first** (KIP-101, KIP-279): ask the leader, with OffsetForLeaderEpoch
   (`replica_id` = this broker), for the end offset of this log's latest leader epoch. If
   the leader knows that epoch, truncate to min(its end offset, our log end). If it
   answers an older epoch, truncate to min(its end offset, our own end offset for that
   epoch). If it knows no epoch at all, truncate to our high watermark (pre-KIP-101).
2. **Fetch** (`replica_id` set, `current_leader_epoch` set, `max_wait_ms` =
   `replica.fetch.wait.max.ms`): append the batches as they are
   (`UnifiedLog.append_as_follower` keeps the leader's offsets and epochs) and move the
   local high watermark to min(leader's, our log end).
3. Errors: FENCED_LEADER_EPOCH parks the partition until its state changes
   (`add_partition` again with the new epoch);
   NOT_LEADER_OR_FOLLOWER / UNKNOWN_TOPIC_OR_PARTITION / UNKNOWN_LEADER_EPOCH (the leader
   has not applied the new state yet: brokers learn it from ZooKeeper watches at slightly
   different times) retry that partition after a short delay (`NOT_YET_FIRST_MS`, doubling
   per consecutive error up to `replica.fetch.backoff.ms`), not the full backoff;
   OFFSET_OUT_OF_RANGE below the leader's log start restarts the log there
   (`truncate_fully_and_start_at`), otherwise truncates again.
   Connection failures back off exponentially with jitter
   (`replica.fetch.backoff.ms` doubled up to `BACKOFF_MAX_S`, at least half of it).
   A Fetch answered well before `max_wait_ms` with no error and nothing appended (the
   leader did not long-poll: it is stopping, or `replica.fetch.min.bytes` is 0) backs off
   the same way instead of re-fetching at once.

One loop task per source broker: a slow leader never stalls fetching from another one,
and the leader side never waits for a follower (HW moves on fetches only).
"""

from __future__ import annotations

import asyncio
import logging
import random
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from kafkapy.cluster.replica_client import BrokerConnection, BrokerConnectionError
from wire.errors import ErrorCode
from wire.messages import FetchRequest, ListOffsetsRequest
from wire.messages.k23_offset_for_leader_epoch import OffsetForLeaderEpochRequest

log = logging.getLogger("kafkapy.cluster.fetcher")

FETCH_VERSION = 12  # topic names, replica_id field, current_leader_epoch (KIP-320)
OFFSET_FOR_LEADER_EPOCH_VERSION = 3  # replica_id field
LIST_OFFSETS_VERSION = 4
BACKOFF_MAX_S = 5.0
NOT_YET_FIRST_MS = 50  # first retry of a partition whose leader has not applied its state
STOP_TIMEOUT_S = 2.0  # per fetcher, on shutdown
EARLIEST = -2
UNDEFINED = -1



@dataclass(slots=True)
class FetcherSettings:
    replica_id: int
    fetch_max_wait_ms: int = 500
    fetch_min_bytes: int = 1
    fetch_max_bytes: int = 1048576
    response_max_bytes: int = 10485760
    socket_timeout_ms: int = 30000
    backoff_ms: int = 1000


@dataclass(slots=True)
class FollowedPartition:
    topic: str
    partition: int
    topic_id: uuid.UUID
    log: Any  # storage.UnifiedLog
    leader_epoch: int
    truncated: bool = False
    parked: bool = False
    retry_at: float = 0.0  # loop time before which this partition is not fetched
    not_yet: int = 0  # consecutive "not (yet) leader / unknown epoch" answers
    not_yet_total: int = 0  # all of them, for tests and diagnostics
    retry_delay_s: float = 0.0  # the last retry delay scheduled for a partition error


class ReplicaFetcher:
    def __init__(self, host: str, port: int, leader_id: int, settings: FetcherSettings,
                 on_appended: Callable[[FollowedPartition], None] | None = None) -> None:
        self.host, self.port, self.leader_id = host, port, leader_id
        self.settings = settings
        self.partitions: dict[tuple[str, int], FollowedPartition] = {}
        self.on_appended = on_appended
        self._conn: BrokerConnection | None = None
        self._task: asyncio.Task[None] | None = None
        self._changed = asyncio.Event()
        self._failures = 0
        self.fetches = 0
        self.early_empty = 0  # answers that came back early with nothing (backed off)

    # -- partitions ------------------------------------------------------------------------
    def add_partition(self, fp: FollowedPartition) -> None:
        """Follow (or re-follow, with a new epoch): truncation runs again first."""
        self.partitions[(fp.topic, fp.partition)] = fp
        self._changed.set()

    def remove_partition(self, topic: str, partition: int) -> FollowedPartition | None:
        return self.partitions.pop((topic, partition), None)

    # -- lifecycle -------------------------------------------------------------------------
    def start(self) -> None:
        self._task = asyncio.get_running_loop().create_task(self._run())

    async def stop(self, timeout: float = STOP_TIMEOUT_S) -> bool:
        """Cancel the loop and close the connection, waiting at most `timeout` for each;
        False (logged) when something did not finish in time: shutdown goes on anyway."""
        stopped = True
        if self._task is not None:
            self._task.cancel()
            done, _ = await asyncio.wait({self._task}, timeout=timeout)
            if not done:
                log.warning("replica fetcher did not stop", extra={"leader": self.leader_id})
                stopped = False
            elif not self._task.cancelled() and self._task.exception() is not None:
                log.warning("replica fetcher had failed", extra={"leader": self.leader_id},
                            exc_info=self._task.exception())
        if self._conn is not None:
            conn, self._conn = self._conn, None
            try:
                await asyncio.wait_for(conn.close(), timeout)
            except TimeoutError:
                log.warning("replica fetcher connection did not close",
                            extra={"leader": self.leader_id})
                stopped = False
        return stopped

    async def _run(self) -> None:
        loop = asyncio.get_running_loop()
        while True:
            now = loop.time()
            waiting = [p for p in self.partitions.values() if not p.parked]
            active = [p for p in waiting if p.retry_at <= now]
            if not active:
                self._changed.clear()
                timeout = min(p.retry_at for p in waiting) - now if waiting else None
                try:
                    await asyncio.wait_for(self._changed.wait(), timeout)
                except TimeoutError:
                    pass
                continue
            try:
                conn = await self._connection()
                for fp in active:
                    if not fp.truncated:
                        await self._truncate(conn, fp)
                started = loop.time()
                progress = await self._fetch(conn, [p for p in active if p.truncated
                                                    and not p.parked])
                if progress is False and (loop.time() - started) * 1000 < (
                        self.settings.fetch_max_wait_ms / 2):
                    # The leader answered at once with nothing we could append and no
                    # error (it is stopping, or a bug): it did not long-poll, so we must
                    # not re-fetch at once either (this was a ~700 Fetch/s busy loop).
                    self.early_empty += 1
                    await self._backoff("empty answer before max_wait_ms")
                    continue
                self._failures = 0
            except asyncio.CancelledError:
                raise
            except BrokerConnectionError as exc:
                self._conn = None
                await self._backoff(f"leader {self.leader_id} unreachable: {exc}")
            except Exception:
                log.exception("replica fetcher failed", extra={"leader": self.leader_id})
                await self._backoff("unexpected error")

    async def _backoff(self, why: str) -> None:
        """Exponential backoff with full jitter, capped at BACKOFF_MAX_S."""
        self._failures += 1
        base = min(self.settings.backoff_ms / 1000 * (2 ** min(self._failures - 1, 10)),
                   BACKOFF_MAX_S)
        # "Equal" jitter: at least half the base, so the retry rate stays bounded by
        # 2 / replica.fetch.backoff.ms (full jitter can draw ~0 several times in a row).
        delay = base / 2 + random.uniform(0, base / 2)
        log.debug("replica fetcher backs off", extra={"leader": self.leader_id, "why": why,
                                                      "delay_s": round(delay, 3)})
        await asyncio.sleep(delay)

    async def _connection(self) -> BrokerConnection:
        if self._conn is None:
            self._conn = await BrokerConnection.open(
                self.host, self.port, f"replica-fetcher-{self.settings.replica_id}",
                self.settings.socket_timeout_ms / 1000)
        return self._conn

    # -- truncation ------------------------------------------------------------------------
    async def _truncate(self, conn: BrokerConnection, fp: FollowedPartition) -> None:
        ulog = fp.log
        latest = ulog.latest_epoch
        if latest is None:
            # No epoch known: everything past the high watermark may be divergent.
            self._truncate_to(fp, ulog.high_watermark, "no leader epoch")
            fp.truncated = True
            return
        P = OffsetForLeaderEpochRequest.OffsetForLeaderTopic.OffsetForLeaderPartition
        request = OffsetForLeaderEpochRequest(
            replica_id=self.settings.replica_id,
            topics=[OffsetForLeaderEpochRequest.OffsetForLeaderTopic(
                topic=fp.topic, partitions=[P(partition=fp.partition,
                                              current_leader_epoch=fp.leader_epoch,
                                              leader_epoch=latest)])],
        )
        resp = await conn.call(request, OFFSET_FOR_LEADER_EPOCH_VERSION, self._timeout())
        answer = resp.topics[0].partitions[0]
        if answer.error_code != ErrorCode.NONE:
            self._on_partition_error(fp, answer.error_code)
            return
        fp.not_yet = 0
        if answer.leader_epoch == UNDEFINED or answer.end_offset == UNDEFINED:
            target = ulog.high_watermark
        elif answer.leader_epoch == latest:
            target = answer.end_offset
        else:
            _, own_end = ulog.end_offset_for_epoch(answer.leader_epoch)
            target = min(answer.end_offset, own_end) if own_end >= 0 else answer.end_offset
        self._truncate_to(fp, target, f"leader epoch {answer.leader_epoch}")
        fp.truncated = True

    def _truncate_to(self, fp: FollowedPartition, offset: int, why: str) -> None:
        ulog = fp.log
        if offset < ulog.log_end_offset:
            log.info("follower truncates", extra={
                "topic_partition": f"{fp.topic}-{fp.partition}", "offset": offset,
                "log_end_offset": ulog.log_end_offset, "why": why})
            ulog.truncate_to(max(offset, 0))

    # -- fetch -----------------------------------------------------------------------------
    async def _fetch(self, conn: BrokerConnection, parts: list[FollowedPartition]) -> bool | None:
        """One Fetch round. True: something was appended; False: no error and nothing
        appended; None: no request sent, or a partition error (handled per partition)."""
        if not parts:
            return None
        s = self.settings
        by_topic: dict[str, list[FetchRequest.FetchTopic.FetchPartition]] = {}
        for fp in parts:
            by_topic.setdefault(fp.topic, []).append(FetchRequest.FetchTopic.FetchPartition(
                partition=fp.partition, current_leader_epoch=fp.leader_epoch,
                fetch_offset=fp.log.log_end_offset, log_start_offset=fp.log.log_start_offset,
                partition_max_bytes=s.fetch_max_bytes))
        request = FetchRequest(
            replica_id=s.replica_id, max_wait_ms=s.fetch_max_wait_ms, min_bytes=s.fetch_min_bytes,
            max_bytes=s.response_max_bytes, isolation_level=0, session_id=0, session_epoch=-1,
            topics=[FetchRequest.FetchTopic(topic=t, partitions=ps) for t, ps in by_topic.items()],
        )
        resp = await conn.call(request, FETCH_VERSION, self._timeout())
        self.fetches += 1
        asked = {id(p) for p in parts}
        progress: bool | None = False
        for topic_resp in resp.responses:
            for pd in topic_resp.partitions:
                got = self.partitions.get((topic_resp.topic, pd.partition_index))
                if got is None or id(got) not in asked:
                    progress = None  # removed (or re-added) while the fetch was in flight
                    continue
                if pd.error_code != ErrorCode.NONE:
                    await self._on_fetch_error(conn, got, pd.error_code)
                    progress = None
                    continue
                got.not_yet = 0
                before = got.log.log_end_offset
                self._append(got, pd)
                if progress is False and got.log.log_end_offset > before:
                    progress = True
        return progress

    def _append(self, fp: FollowedPartition, pd: Any) -> None:
        ulog = fp.log
        records = pd.records
        if records is not None and len(records):
            ulog.append_as_follower(_whole_batches(memoryview(records)))
        ulog.update_high_watermark(min(pd.high_watermark, ulog.log_end_offset))
        if self.on_appended is not None:
            self.on_appended(fp)

    async def _on_fetch_error(self, conn: BrokerConnection, fp: FollowedPartition,
                              code: int) -> None:
        if code == ErrorCode.OFFSET_OUT_OF_RANGE:
            start = await self._leader_log_start(conn, fp)
            if start is not None and fp.log.log_end_offset < start:
                log.info("follower restarts its log at the leader's log start", extra={
                    "topic_partition": f"{fp.topic}-{fp.partition}", "offset": start})
                fp.log.truncate_fully_and_start_at(start)
            else:
                fp.truncated = False  # past the leader's end: find the divergence again
            return
        self._on_partition_error(fp, code)

    def _on_partition_error(self, fp: FollowedPartition, code: int) -> None:
        """FENCED_LEADER_EPOCH: our state is older than the leader's; a newer one arrives
        through ZooKeeper (`add_partition`), so the partition waits for it.
        NOT_LEADER_OR_FOLLOWER, UNKNOWN_TOPIC_OR_PARTITION, UNKNOWN_LEADER_EPOCH: the
        leader has (most likely) not applied its new state yet; every broker learns it from
        its own ZooKeeper watch, so a follower's first Fetch often arrives a few ms early.
        Waiting the full `replica.fetch.backoff.ms` then stalled the first acks=all produce
        to a new topic for ~1 s; the retry starts short and doubles up to the backoff (a
        stale follower state still settles at one retry per backoff). Anything else waits
        the full backoff."""
        if code == ErrorCode.FENCED_LEADER_EPOCH:
            log.info("follower parks partition", extra={
                "topic_partition": f"{fp.topic}-{fp.partition}", "error_code": code,
                "leader": self.leader_id, "leader_epoch": fp.leader_epoch})
            fp.parked = True
            return
        backoff_s = self.settings.backoff_ms / 1000
        if code in (ErrorCode.NOT_LEADER_OR_FOLLOWER, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, ErrorCode.UNKNOWN_LEADER_EPOCH):
            delay = min(NOT_YET_FIRST_MS / 1000 * 2 ** min(fp.not_yet, 16), backoff_s)
            fp.not_yet += 1
            fp.not_yet_total += 1
        else:
            delay = backoff_s
        fp.retry_delay_s = delay
        fp.retry_at = asyncio.get_running_loop().time() + delay

    async def _leader_log_start(self, conn: BrokerConnection, fp: FollowedPartition) -> int | None:
        T = ListOffsetsRequest.ListOffsetsTopic
        request = ListOffsetsRequest(
            replica_id=self.settings.replica_id,
            topics=[T(name=fp.topic, partitions=[T.ListOffsetsPartition(
                partition_index=fp.partition, current_leader_epoch=fp.leader_epoch,
                timestamp=EARLIEST)])],
        )
        resp = await conn.call(request, LIST_OFFSETS_VERSION, self._timeout())
        answer = resp.topics[0].partitions[0]
        return int(answer.offset) if answer.error_code == ErrorCode.NONE else None

    def _timeout(self) -> float:
        return (self.settings.socket_timeout_ms + self.settings.fetch_max_wait_ms) / 1000


def _whole_batches(view: memoryview) -> memoryview:
    """Drop a partial batch at the end (a fetch may cut the last one, as Kafka's may)."""
    pos = 0
    n = len(view)
    while pos + 12 <= n:
        size = int.from_bytes(view[pos + 8:pos + 12], "big", signed=True)
        if size <= 0 or pos + 12 + size > n:
            break
        pos += 12 + size
    return view[:pos]
