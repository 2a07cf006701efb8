"""Produce validation, idempotence, LogAppendTime, Fetch limits (KIP-74) and deletion, in process."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

from kafkapy.producer_ids import BLOCK_SIZE, ProducerIdManager
from tests.kafkapy.harness import RawClient, batch, broker_running, delete_topic, new_topic
from wire.messages import FetchRequest, ProduceRequest
from wire.records import RecordBatchHeader

V = 9  # a flexible Produce version; every version is covered in test_handler_versions


def produce(topic: str, records: bytes, acks: int = -1, partition: int = 0) -> ProduceRequest:
    return ProduceRequest(
        acks=acks,
        timeout_ms=1000,
        topic_data=[
            ProduceRequest.TopicProduceData(
                name=topic,
                partition_data=[ProduceRequest.PartitionProduceData(index=partition, records=records)],
            )
        ],
    )


def fetch(parts: list[tuple[str, int, int, int]], max_bytes: int, min_bytes: int = 1, wait: int = 0) -> FetchRequest:
    return FetchRequest(
        max_wait_ms=wait,
        min_bytes=min_bytes,
        max_bytes=max_bytes,
        topics=[
            FetchRequest.FetchTopic(
                topic=t,
                partitions=[FetchRequest.FetchPartition(partition=p, fetch_offset=o, partition_max_bytes=m)],
            )
            for t, p, o, m in parts
        ],
    )


async def _part(c: RawClient, req: ProduceRequest) -> Any:
    r = await c.call(0, V, req)
    return r.responses[0].partition_responses[0]


def test_corrupt_and_too_large_batches_write_nothing(tmp_path: Path) -> None:
    async def go() -> None:
        async with broker_running(tmp_path) as broker:
            await new_topic(broker, "t", 1, {"max.message.bytes": "2000"})
            c = await RawClient.connect(broker)
            good = batch(2)
            bad = bytearray(good)
            bad[-1] ^= 0xFF  # breaks the CRC-32C
            p = await _part(c, produce("t", good + bytes(bad)))
            assert p.error_code == 2 and p.base_offset == -1  # CORRUPT_MESSAGE, nothing written
            p = await _part(c, produce("t", good[:-3]))
            assert p.error_code == 2
            p = await _part(c, produce("t", batch(1, prefix=b"x" * 5000)))
            assert p.error_code == 10  # MESSAGE_TOO_LARGE (topic max.message.bytes)
            assert broker.partitions[("t", 0)].log.log_end_offset == 0
            p = await _part(c, produce("t", good))
            assert (p.error_code, p.base_offset) == (0, 0)
            r = await c.call(0, V, produce("t", good, acks=2))
            assert r.responses[0].partition_responses[0].error_code == 21
            r = await c.call(0, V, produce("nope", good))
            assert r.responses[0].partition_responses[0].error_code == 3
            await new_topic(broker, "__internal", 1, internal=True)
            r = await c.call(0, V, produce("__internal", good))
            assert r.responses[0].partition_responses[0].error_code == 17
            await c.close()

    asyncio.run(go())


def test_idempotent_duplicates_and_gaps(tmp_path: Path) -> None:
    async def go() -> None:
        async with broker_running(tmp_path) as broker:
            await new_topic(broker, "i", 1)
            c = await RawClient.connect(broker)
            pid = broker.producer_ids.generate()

            def idem(seq: int, n: int = 2) -> bytes:
                return batch(n, producer_id=pid, producer_epoch=0, base_sequence=seq)

            assert (await _part(c, produce("i", idem(0)))).base_offset == 0
            assert (await _part(c, produce("i", idem(2)))).base_offset == 2
            dup = await _part(c, produce("i", idem(0)))
            assert (dup.error_code, dup.base_offset) == (0, 0)  # answered with the original offset
            gap = await _part(c, produce("i", idem(9)))
            assert gap.error_code == 45  # OUT_OF_ORDER_SEQUENCE_NUMBER
            assert broker.partitions[("i", 0)].log.log_end_offset == 4
            await c.close()
        # the producer state survives a restart
        async with broker_running(tmp_path) as broker:
            c = await RawClient.connect(broker)
            dup = await _part(c, produce("i", batch(2, producer_id=pid, producer_epoch=0, base_sequence=2)))
            assert (dup.error_code, dup.base_offset) == (0, 2)
            nxt = await _part(c, produce("i", batch(2, producer_id=pid, producer_epoch=0, base_sequence=4)))
            assert (nxt.error_code, nxt.base_offset) == (0, 4)
            await c.close()

    asyncio.run(go())


def test_log_append_time_topic(tmp_path: Path) -> None:
    async def go() -> None:
        async with broker_running(tmp_path) as broker:
            await new_topic(broker, "lat", 1, {"message.timestamp.type": "LogAppendTime"})
            c = await RawClient.connect(broker)
            p = await _part(c, produce("lat", batch(3, timestamp=1000)))
            assert p.error_code == 0 and p.log_append_time_ms > 1_600_000_000_000
            r = await c.call(1, 12, fetch([("lat", 0, 0, 1 << 20)], 1 << 20))
            h = RecordBatchHeader.parse(bytes(r.responses[0].partitions[0].records))
            assert h.max_timestamp == p.log_append_time_ms and h.timestamp_type == 1
            await c.close()

    asyncio.run(go())


def test_fetch_kip74_and_exact_partitions(tmp_path: Path) -> None:
    async def go() -> None:
        async with broker_running(tmp_path) as broker:
            await new_topic(broker, "a", 2)
            c = await RawClient.connect(broker)
            big = batch(1, prefix=b"y" * 3000)
            for part in (0, 1):
                await _part(c, produce("a", big, partition=part))
            # max_bytes far below one batch: the first partition still gets its batch whole
            r = await c.call(1, 12, fetch([("a", 0, 0, 100), ("a", 1, 0, 100)], max_bytes=10))
            p0, p1 = (t.partitions[0] for t in r.responses)
            assert len(bytes(p0.records)) == len(big) and bytes(p1.records) == b""
            assert (p0.partition_index, p1.partition_index) == (0, 1)
            assert p1.high_watermark == 1
            await c.close()

    asyncio.run(go())


def test_fetch_waiting_on_a_deleted_topic_answers(tmp_path: Path) -> None:
    async def go() -> None:
        async with broker_running(tmp_path) as broker:
            await new_topic(broker, "d", 1)
            c = await RawClient.connect(broker)
            cid = await c.send(1, 12, fetch([("d", 0, 0, 1000)], 1000, wait=20000))
            await asyncio.sleep(0.1)
            await delete_topic(broker, "d")
            got, r = await asyncio.wait_for(c.read_response(1, 12), 10)
            assert got == cid and r.responses[0].partitions[0].error_code == 3
            await c.close()

    asyncio.run(go())


def test_producer_ids_never_reused_across_restarts(tmp_path: Path) -> None:
    first = ProducerIdManager(tmp_path)
    ids = [first.generate() for _ in range(3)]
    second = ProducerIdManager(tmp_path)  # a restart: the rest of the block is skipped
    assert second.generate() == BLOCK_SIZE
    third = ProducerIdManager(tmp_path)
    more = [third.generate() for _ in range(BLOCK_SIZE + 1)]
    assert len(set(ids + more)) == len(ids) + len(more)
    assert min(more) == 2 * BLOCK_SIZE


def test_list_offsets_by_time_max_timestamp_and_specials(tmp_path: Path) -> None:
    from wire.messages import ListOffsetsRequest

    async def go() -> None:
        async with broker_running(tmp_path) as broker:
            await new_topic(broker, "ts", 1)
            c = await RawClient.connect(broker)
            for ts in (1000, 5000, 3000):  # offsets 0-1, 2-3, 4-5
                await _part(c, produce("ts", batch(2, timestamp=ts)))

            async def lo(timestamp: int, version: int = 9) -> tuple[int, int, int]:
                lt = ListOffsetsRequest.ListOffsetsTopic(
                    name="ts",
                    partitions=[ListOffsetsRequest.ListOffsetsPartition(partition_index=0, timestamp=timestamp)],
                )
                r = await c.call(2, version, ListOffsetsRequest(replica_id=-1, topics=[lt]))
                p = r.topics[0].partitions[0]
                return p.error_code, p.offset, p.timestamp

            assert await lo(-2) == (0, 0, -1)
            assert await lo(-1) == (0, 6, -1)
            assert await lo(-4) == (0, 0, -1)
            assert await lo(-3) == (0, 2, 5000)  # first record with the max timestamp (KAFKA-16310)
            assert await lo(2000) == (0, 2, 5000)
            assert await lo(5000) == (0, 2, 5000)
            assert await lo(9999) == (0, -1, -1)
            assert await lo(-1, version=1) == (0, 6, -1)
            await c.close()

    asyncio.run(go())


def test_huge_topic_opens_in_chunks_and_metadata_says_leader_not_available(
    tmp_path: Path, monkeypatch: Any
) -> None:
    import kafkapy.broker as broker_mod
    from kafkapy.context import RequestContext
    from kafkapy.handlers import k03_metadata
    from wire.headers import RequestHeader
    from wire.messages import MetadataRequest

    monkeypatch.setattr(broker_mod, "SYNC_OPEN_MAX_PARTITIONS", 4)
    monkeypatch.setattr(broker_mod, "OPEN_CHUNK", 3)
    broker: Any = None

    class AtCreation:
        """A metadata listener after the broker's: sees the moment the topic exists."""

        opened: list[tuple[str, int]] | None = None
        first: Any = None

        def on_partitions_created(self, topic: Any, partitions: Any) -> None:
            if topic.name != "huge" or self.opened is not None:
                return
            self.opened = [k for k in broker.partitions if k[0] == "huge"]
            ctx = RequestContext(broker, RequestHeader(3, 12, 1, "t"), None, 0.0)
            coro = k03_metadata.handle(ctx, MetadataRequest(topics=None))
            try:
                coro.send(None)
            except StopIteration as stop:
                self.first = stop.value

        def on_topic_deleted(self, topic: Any) -> None:
            pass

        def on_topic_configs_changed(self, topic: Any) -> None:
            pass

    async def go() -> None:
        nonlocal broker
        async with broker_running(tmp_path) as broker:
            probe = AtCreation()
            broker.metadata.add_listener(probe)
            await new_topic(broker, "huge", 10)
            assert probe.opened == []  # nothing opened yet
            first = probe.first
            (t,) = first.topics
            assert {p.error_code for p in t.partitions} == {5} and {p.leader_id for p in t.partitions} == {-1}
            while sum(1 for name, _ in broker.partitions if name == "huge") < 10:
                await asyncio.sleep(0.01)
            c = await RawClient.connect(broker)
            r = await c.call(3, 12, MetadataRequest(topics=None))
            assert {p.error_code for p in r.topics[0].partitions} == {0}
            assert (await _part(c, produce("huge", batch(1), partition=9))).error_code == 0
            # deleting while a second huge topic is still opening stops the opener
            await new_topic(broker, "huge2", 10)
            await delete_topic(broker, "huge2")
            await asyncio.sleep(0.1)
            assert not any(name == "huge2" for name, _ in broker.partitions)
            await c.close()

    asyncio.run(go())
