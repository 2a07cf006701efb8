"""The replica fetcher against a real (in-process, single-node) kafkapy leader.

The follower's log is a separate `UnifiedLog` in its own directory; the fetcher talks to
the leader over TCP with Fetch / OffsetForLeaderEpoch / ListOffsets carrying its replica
id, exactly as it does in a cluster. Convergence is checked on the segment bytes.
"""

from __future__ import annotations

import asyncio
import uuid
from pathlib import Path

from kafkapy.broker import Broker
from kafkapy.cluster.leader_state import FollowerTracker
from kafkapy.cluster.replica_fetcher import FetcherSettings, FollowedPartition, ReplicaFetcher
from storage import UnifiedLog
from tests.kafkapy.cluster.conftest import run, wait_until
from tests.kafkapy.harness import broker_running, new_topic
from wire.records.builder import RecordBatchBuilder


def batch(tag: str, n: int = 3, epoch: int = -1, base_offset: int = 0) -> memoryview:
    b = RecordBatchBuilder(base_offset=base_offset, partition_leader_epoch=epoch)
    for i in range(n):
        b.append(f"{tag}-{i}".encode(), b"k", timestamp=1_700_000_000_000 + i)
    return memoryview(bytearray(b.build()))


def segment_bytes(ulog: UnifiedLog) -> bytes:
    return b"".join(Path(s.log_path).read_bytes() for s in ulog.segments)


def leader_log(broker: Broker) -> UnifiedLog:
    return broker.partitions[("t", 0)].log  # type: ignore[no-any-return]


def fetcher_for(broker: Broker, **kw: int) -> ReplicaFetcher:
    settings = FetcherSettings(replica_id=2, fetch_max_wait_ms=100, backoff_ms=20, **kw)
    return ReplicaFetcher("127.0.0.1", broker.advertised[0].port, broker.node_id, settings)


def follow(ulog: UnifiedLog, epoch: int) -> FollowedPartition:
    return FollowedPartition("t", 0, uuid.uuid4(), ulog, epoch)


def test_follower_replicates_byte_for_byte_with_high_watermark(tmp_path: Path) -> None:
    async def body() -> None:
        async with broker_running(tmp_path / "leader") as broker:
            await new_topic(broker, "t", 1)
            part = broker.partitions[("t", 0)]
            for i in range(20):
                part.append(batch(f"a{i}"))
            follower = UnifiedLog.open(str(tmp_path / "follower" / "t-0"))
            fetcher = fetcher_for(broker, fetch_max_bytes=200)  # several rounds
            fetcher.add_partition(follow(follower, part.leader_epoch))
            fetcher.start()
            try:
                await wait_until(lambda: follower.log_end_offset == 60, what="caught up")
                part.append(batch("late"))  # wakes the long-polling replica fetch
                await wait_until(lambda: follower.log_end_offset == 63, what="late batch")
                assert segment_bytes(follower) == segment_bytes(leader_log(broker))
                assert follower.high_watermark == leader_log(broker).high_watermark
                assert follower.latest_epoch == part.leader_epoch
                assert fetcher.fetches >= 3
            finally:
                await fetcher.stop()
                follower.close()

    run(body())


def test_divergent_follower_truncates_to_the_leader_epoch_end(tmp_path: Path) -> None:
    """The follower led epoch E and wrote a tail nobody else has; the leader (epoch E+1)
    wrote different batches from the same offset. OffsetForLeaderEpoch finds the end of
    E on the leader, the follower cuts its tail there and converges byte for byte."""

    async def body() -> None:
        data = tmp_path / "leader"
        follower = UnifiedLog.open(str(tmp_path / "follower" / "t-0"))
        async with broker_running(data) as broker:
            await new_topic(broker, "t", 1)
            part = broker.partitions[("t", 0)]
            old_epoch = part.leader_epoch
            for i in range(5):
                part.append(batch(f"a{i}"))
            follower.append_as_follower(segment_bytes(leader_log(broker)))
        # The follower, leading epoch E alone, appended a tail of 2 batches.
        follower.append_as_follower(batch("divergent0", epoch=old_epoch, base_offset=15))
        follower.append_as_follower(batch("divergent1", epoch=old_epoch, base_offset=18))
        async with broker_running(data) as broker:  # a restart is a new epoch (E+1)
            part = broker.partitions[("t", 0)]
            assert part.leader_epoch > old_epoch
            for i in range(3):
                part.append(batch(f"b{i}", n=2))
            fetcher = fetcher_for(broker)
            fetcher.add_partition(follow(follower, part.leader_epoch))
            fetcher.start()
            try:
                leo = leader_log(broker).log_end_offset
                await wait_until(lambda: follower.log_end_offset == leo
                                 and follower.latest_epoch == part.leader_epoch, what="converged")
                assert segment_bytes(follower) == segment_bytes(leader_log(broker))
                assert follower.end_offset_for_epoch(old_epoch) == (old_epoch, 15)
            finally:
                await fetcher.stop()
                follower.close()

    run(body())


def test_stale_epoch_parks_and_unreachable_leader_backs_off(tmp_path: Path) -> None:
    async def body() -> None:
        async with broker_running(tmp_path / "leader") as broker:
            await new_topic(broker, "t", 1)
            part = broker.partitions[("t", 0)]
            part.append(batch("x"))
            follower = UnifiedLog.open(str(tmp_path / "f" / "t-0"))
            follower.append_as_follower(segment_bytes(leader_log(broker)))
            fetcher = fetcher_for(broker)
            stale = follow(follower, part.leader_epoch)
            part.info.leader_epoch += 1  # the leader moved on: the follower's epoch is stale
            fetcher.add_partition(stale)
            fetcher.start()
            try:
                await wait_until(lambda: stale.parked, what="parked on FENCED_LEADER_EPOCH")
                # Re-following with the current epoch resumes.
                part.append(batch("y"))
                fetcher.add_partition(follow(follower, part.leader_epoch))
                await wait_until(lambda: follower.log_end_offset == 6, what="resumed")
                assert segment_bytes(follower) == segment_bytes(leader_log(broker))
            finally:
                await fetcher.stop()
            port = broker.advertised[0].port
        # Nobody listens on the port now: the fetcher keeps retrying, never raises.
        fetcher = ReplicaFetcher("127.0.0.1", port, 1, FetcherSettings(2, backoff_ms=10))
        fetcher.add_partition(follow(follower, 99))
        fetcher.start()
        try:
            await wait_until(lambda: fetcher._failures >= 3, what="several backoffs")
            assert fetcher._task is not None and not fetcher._task.done()
        finally:
            await fetcher.stop()
            follower.close()

    run(body())


def test_follower_tracker_high_watermark_and_isr_rules() -> None:
    t = FollowerTracker(1, [1, 2, 3], now_ms=0)
    assert t.high_watermark([1, 2, 3], leader_leo=10) == 0  # nobody fetched yet
    t.on_fetch(2, 10, leader_leo=10, now_ms=100)
    t.on_fetch(3, 4, leader_leo=10, now_ms=100)
    assert t.high_watermark([1, 2, 3], 10) == 4
    assert t.high_watermark([1, 2], 10) == 10
    # 3 keeps fetching but never reaches the end: out of sync after the lag window.
    t.on_fetch(3, 8, leader_leo=12, now_ms=20_000)
    t.on_fetch(2, 12, leader_leo=12, now_ms=20_000)
    assert t.out_of_sync([1, 2, 3], now_ms=30_001, lag_max_ms=30_000) == [3]
    # A fetch at the leader's end as of the previous fetch counts as caught up then.
    t.on_fetch(3, 12, leader_leo=15, now_ms=31_000)
    assert t.out_of_sync([1, 2, 3], now_ms=50_000, lag_max_ms=30_000) == []
    assert t.caught_up([1, 2], high_watermark=12, epoch_start_offset=0) == [3]
    assert t.caught_up([1, 2], high_watermark=13, epoch_start_offset=0) == []
    assert not t.on_fetch(9, 0, 0, 0)
    t.set_replicas([1, 2], now_ms=0)
    assert list(t.followers) == [2]


def test_follower_tracker_new_leader_gives_a_full_lag_window() -> None:
    t = FollowerTracker(2, [1, 2, 3], now_ms=1_000)
    assert t.out_of_sync([2, 1, 3], now_ms=30_000, lag_max_ms=30_000) == []
    assert t.out_of_sync([2, 1, 3], now_ms=31_001, lag_max_ms=30_000) == [1, 3]


del asyncio
