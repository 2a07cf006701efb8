"""A follower whose leader has not applied its leadership yet retries soon, not after the
full `replica.fetch.backoff.ms`.

Every broker learns a new partition state from its own ZooKeeper watch, so a follower's
first Fetch can reach the new leader before the leader made itself leader: the answer is
NOT_LEADER_OR_FOLLOWER (or UNKNOWN_TOPIC_OR_PARTITION / UNKNOWN_LEADER_EPOCH). Waiting the
full backoff (1 s by default) then held the first acks=all produce to a new RF-3 topic
for ~1 s. Count bounds only: the retry delays the fetcher scheduled, and how many such
answers came before replication started.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

from kafkapy.broker import Broker
from kafkapy.cluster.replica_fetcher import (
    NOT_YET_FIRST_MS,
    FetcherSettings,
    FollowedPartition,
    ReplicaFetcher,
)
from storage import UnifiedLog
from tests.kafkapy.cluster.conftest import run, wait_until
from tests.kafkapy.cluster.test_replica_fetcher import batch, follow, segment_bytes
from tests.kafkapy.harness import RawClient, broker_running, new_topic
from tests.kafkapy.harness import batch as raw_batch
from wire.messages import ProduceRequest


def test_not_yet_errors_retry_short_then_double_up_to_the_backoff(tmp_path: Path) -> None:
    """The leader does not know the partition yet (UNKNOWN_TOPIC_OR_PARTITION on a single
    node) retries at 50, 100, 200 ms... capped at the backoff; the count resets once the
    leader answers; FENCED_LEADER_EPOCH still parks."""
    async def body() -> None:
        async with broker_running(tmp_path / "leader") as broker:
            follower = UnifiedLog.open(str(tmp_path / "f" / "t-0"))
            backoff_ms = 4 * NOT_YET_FIRST_MS
            settings = FetcherSettings(replica_id=2, fetch_max_wait_ms=100, backoff_ms=backoff_ms)
            fetcher = ReplicaFetcher("127.0.0.1", broker.advertised[0].port, 1, settings)
            fp = follow(follower, 0)
            fetcher.add_partition(fp)
            fetcher.start()
            try:
                seen: dict[int, float] = {}
                while len(seen) < 5:  # errors 1..5: 50, 100, 200, 200 (cap), 200
                    await wait_until(lambda: fp.not_yet_total > len(seen), what="an error")
                    seen[fp.not_yet_total] = fp.retry_delay_s  # read together, no await
                for n, delay in seen.items():
                    assert delay == min(NOT_YET_FIRST_MS * 2 ** (n - 1), backoff_ms) / 1000, seen
                assert fetcher.fetches >= 5 and not fp.parked
                await new_topic(broker, "t", 1)
                part = broker.partitions[("t", 0)]
                part.append(batch("x"))
                await wait_until(lambda: follower.log_end_offset == 3, what="replicated")
                assert fp.not_yet == 0  # the next "not yet" starts short again
                errors = fp.not_yet_total
                part.append(batch("y"))
                await wait_until(lambda: follower.log_end_offset == 6, what="y replicated")
                assert fp.not_yet_total == errors
                assert segment_bytes(follower) == segment_bytes(part.log)
            finally:
                await fetcher.stop()
            follower.close()

    run(body())


@contextlib.asynccontextmanager
async def three(tmp: Path, connect: str) -> AsyncIterator[list[Broker]]:
    """Three real brokers with `zookeeper.connect`; `replica.fetch.backoff.ms` is left at
    Kafka's default (1000), the case the report was about."""
    async with contextlib.AsyncExitStack() as stack:
        out = []
        for i in (1, 2, 3):
            out.append(await stack.enter_async_context(broker_running(
                tmp / f"b{i}", node_id=str(i), broker_id=str(i), zookeeper_connect=connect,
                zookeeper_session_timeout_ms="6000", default_replication_factor="3",
                offsets_topic_replication_factor="3", replica_fetch_wait_max_ms="100")))
        await wait_until(lambda: all(len(b.cluster_node.cache.brokers) == 3
                                     and b.cluster_node.cache.controller_id > 0 for b in out),
                         what="every broker sees the cluster")
        yield out


def test_leader_applying_its_leadership_late_costs_short_retries(tmp_path: Path,
                                                                 zk_connect: str) -> None:
    """The new leader (broker 1) applies the state of t-0 only after both followers' first
    Fetch was refused (held back here; in the report it was a few ms of watch skew). The
    followers retry with the short delay, the leader's ISR fills and an acks=all produce
    succeeds; the refusals before replication started stay few (each retry doubles, so
    reaching the full backoff would take 5 of them)."""
    async def body() -> None:
        async with three(tmp_path, zk_connect) as (b1, b2, b3):
            rm = b1.replica_manager
            assert rm is not None
            apply = rm.on_partition_state
            held: list[Any] = []

            def hold(topic: str, partition: int, state: Any) -> None:
                if topic == "t" and not released:
                    held.append(state)
                else:
                    apply(topic, partition, state)

            released = False
            rm.on_partition_state = hold  # type: ignore[method-assign]
            await b1.cluster_node.create_topic("t", 1, assignments={0: [1, 2, 3]})

            def followed(b: Broker) -> FollowedPartition | None:
                f = b.replica_manager.fetchers.get(1) if b.replica_manager else None
                return f.partitions.get(("t", 0)) if f is not None else None

            await wait_until(lambda: all((fp := followed(b)) is not None and fp.not_yet_total >= 1
                                         for b in (b2, b3)), what="both followers refused")
            assert held and ("t", 0) not in b1.partitions
            released = True
            state = b1.cluster_node.cache.state("t", 0)
            assert state is not None and state.leader == 1
            apply("t", 0, state)
            part = b1.partitions[("t", 0)]
            assert part.info.isr == [1, 2, 3]
            client = await RawClient.connect(b1)
            try:
                td = ProduceRequest.TopicProduceData(name="t", partition_data=[
                    ProduceRequest.PartitionProduceData(index=0, records=raw_batch(3))])
                resp = await asyncio.wait_for(client.call(0, 9, ProduceRequest(
                    acks=-1, timeout_ms=30000, topic_data=[td])), 60)
            finally:
                await client.close()
            pr = resp.responses[0].partition_responses[0]
            assert (pr.error_code, pr.base_offset) == (0, 0), pr
            assert part.log.high_watermark == 3  # acks=all: both followers have it
            for b in (b2, b3):
                fp = followed(b)
                assert fp is not None and fp.not_yet == 0 and not fp.parked
                # Every retry was scheduled short: fewer than the 5 doublings to the backoff.
                assert 1 <= fp.not_yet_total < 5, fp.not_yet_total
                assert fp.retry_delay_s < b.replica_manager.fetcher_settings.backoff_ms / 1000  # type: ignore[union-attr]
                assert b.replica_manager.fetcher_settings.backoff_ms == 1000  # type: ignore[union-attr]

    run(body(), timeout=90)
