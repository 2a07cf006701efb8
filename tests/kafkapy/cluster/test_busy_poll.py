"""The busy loops of docs/replication.md's open bug (followers polling a restarted broker
~700 times a second, partition states re-applied several times a second, SIGTERM
ignored), each pinned by a count bound derived from the backoff or the lag window."""

from __future__ import annotations

import asyncio
import contextlib
from pathlib import Path

from kafkapy.cluster.replica_fetcher import FetcherSettings, ReplicaFetcher
from storage import UnifiedLog
from tests.kafkapy.cluster.conftest import run, wait_until
from tests.kafkapy.cluster.test_replica_fetcher import batch, follow, segment_bytes
from tests.kafkapy.cluster.test_replica_manager import led, three
from tests.kafkapy.harness import broker_running, new_topic

BACKOFF_MS = 200
WINDOW_S = 1.0


def test_leader_answering_at_once_with_nothing_is_not_polled_in_a_loop(tmp_path: Path) -> None:
    """A leader that does not long-poll (here: `replica.fetch.min.bytes` 0, then a leader
    that is stopping) answers every Fetch at once, empty and without error. The follower
    backs off (at least half of `replica.fetch.backoff.ms` each time) instead of
    re-fetching at once."""
    async def body() -> None:
        async with broker_running(tmp_path / "leader") as broker:
            await new_topic(broker, "t", 1)
            part = broker.partitions[("t", 0)]
            part.append(batch("x"))
            follower = UnifiedLog.open(str(tmp_path / "f" / "t-0"))
            settings = FetcherSettings(replica_id=2, fetch_max_wait_ms=500, fetch_min_bytes=0,
                                       backoff_ms=BACKOFF_MS)
            fetcher = ReplicaFetcher("127.0.0.1", broker.advertised[0].port, 1, settings)
            fetcher.add_partition(follow(follower, part.leader_epoch))
            fetcher.start()
            try:
                await wait_until(lambda: follower.log_end_offset == 3, what="caught up")
                before = fetcher.fetches
                await asyncio.sleep(WINDOW_S)
                # One fetch per backoff of >= BACKOFF_MS / 2 (plus the one in flight).
                bound = int(WINDOW_S * 1000 / (BACKOFF_MS / 2)) + 1
                assert 1 <= fetcher.fetches - before <= bound, fetcher.fetches - before
                # Data still flows: the backoff ends when an answer carries records.
                part.append(batch("y"))
                await wait_until(lambda: follower.log_end_offset == 6, what="y replicated")
            finally:
                await fetcher.stop()
            # A stopping leader answers a waiting replica fetch at once, too.
            settings = FetcherSettings(replica_id=2, fetch_max_wait_ms=500, backoff_ms=BACKOFF_MS)
            fetcher = ReplicaFetcher("127.0.0.1", broker.advertised[0].port, 1, settings)
            fetcher.add_partition(follow(follower, part.leader_epoch))
            broker.stopping = True
            fetcher.start()
            try:
                await wait_until(lambda: fetcher.fetches >= 1, what="a fetch")
                before = fetcher.fetches
                await asyncio.sleep(WINDOW_S)
                bound = int(WINDOW_S * 1000 / (BACKOFF_MS / 2)) + 1
                assert fetcher.fetches - before <= bound, fetcher.fetches - before
                assert fetcher.early_empty >= 1
            finally:
                broker.stopping = False
                await fetcher.stop()
            assert segment_bytes(follower) == segment_bytes(part.log)
            follower.close()

    run(body())


def test_silent_follower_does_not_flap_in_and_out_of_the_isr(tmp_path: Path,
                                                             zk_connect: str) -> None:
    """Broker 3 stops fetching with nothing new to fetch (its last log end offset equals
    the high watermark). After the lag window it leaves the ISR once; broker 2's fetches
    must not re-add it (Kafka expands the ISR only with the follower that is fetching),
    else the ISR flaps once per lag check and every flap is a ZooKeeper write that all
    brokers re-apply."""
    async def body() -> None:
        lag_ms = 600
        async with three(tmp_path, zk_connect, lag_ms=lag_ms) as m:
            await m[1].node.create_topic("t", 1, assignments={0: [1, 2, 3]})
            await wait_until(lambda: led(m[1]) is not None, what="1 leads")
            part = led(m[1])
            part.append(batch("x"))
            await wait_until(lambda: part.log.high_watermark == 3, what="all replicated")
            await m[3].rm.fetchers[1].stop()
            await wait_until(lambda: part.info.isr == [1, 2], what="3 shrunk out")
            state = m[1].node.cache.state("t", 0)  # type: ignore[union-attr]
            assert state is not None
            version = state.zk_version
            shrinks, expands = m[1].rm.isr_shrinks, m[1].rm.isr_expands
            fetches = m[2].rm.fetchers[1].fetches
            await asyncio.sleep(4 * lag_ms / 1000)  # four lag windows: ~3 flaps before the fix
            assert m[2].rm.fetchers[1].fetches > fetches  # 2 kept fetching meanwhile
            assert (m[1].rm.isr_shrinks, m[1].rm.isr_expands) == (shrinks, expands)
            now = m[2].node.cache.state("t", 0)  # type: ignore[union-attr]
            assert now is not None and now.zk_version == version and now.isr == [1, 2]

    run(body(), timeout=90)


def test_fetcher_stop_is_bounded_and_says_what_did_not_stop(tmp_path: Path) -> None:
    async def body() -> None:
        fetcher = ReplicaFetcher("127.0.0.1", 9, 1, FetcherSettings(2))

        async def stubborn() -> None:
            # A loop that swallows its cancellation once (the shape of a hang at shutdown).
            try:
                await asyncio.sleep(30)
            except asyncio.CancelledError:
                await asyncio.sleep(30)

        task = asyncio.get_running_loop().create_task(stubborn())
        await asyncio.sleep(0)
        fetcher._task = task
        try:
            assert await fetcher.stop(timeout=0.2) is False
        finally:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
        # A normal fetcher (retrying an unreachable leader) stops within the bound.
        fetcher = ReplicaFetcher("127.0.0.1", 9, 1, FetcherSettings(2, backoff_ms=10))
        ulog = UnifiedLog.open(str(tmp_path / "f" / "t-0"))
        fetcher.add_partition(follow(ulog, 0))
        fetcher.start()
        await wait_until(lambda: fetcher._failures >= 2, what="retrying")
        assert await fetcher.stop(timeout=5) is True
        ulog.close()

    run(body())
