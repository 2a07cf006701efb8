"""The hot path: large Produce writes in a worker thread, Fetch regions through os.sendfile
straight to the socket (and loop.sendfile once the socket is full), byte-exact and in order;
empty Produce records rejected with a log line. No timing assertions."""

from __future__ import annotations

import asyncio
import concurrent.futures
import logging
import os
import threading
from pathlib import Path
from typing import Any

import pytest

from kafkapy.handlers import k00_produce
from tests.kafkapy.harness import RawClient, batch, broker_running, new_topic
from wire.messages import FetchRequest, MetadataRequest, ProduceRequest
from wire.records import iter_batches
from wire.records.record import iter_records


def run(coro: Any) -> Any:
    return asyncio.run(asyncio.wait_for(coro, 120))


def _produce(topic: str, parts: dict[int, bytes], acks: int = 1) -> ProduceRequest:
    return ProduceRequest(
        acks=acks,
        timeout_ms=5000,
        topic_data=[
            ProduceRequest.TopicProduceData(
                name=topic,
                partition_data=[ProduceRequest.PartitionProduceData(index=i, records=r)
                                for i, r in parts.items()],
            )
        ],
    )


def _fetch(topic: str, partitions: list[int], max_bytes: int,
           partition_max_bytes: int) -> FetchRequest:
    return FetchRequest(
        max_wait_ms=0,
        min_bytes=1,
        max_bytes=max_bytes,
        topics=[FetchRequest.FetchTopic(topic=topic, partitions=[
            FetchRequest.FetchPartition(partition=p, fetch_offset=0,
                                        partition_max_bytes=partition_max_bytes)
            for p in partitions])],
    )


def _values(records: bytes | memoryview) -> list[bytes]:
    out = []
    for _, b in iter_batches(memoryview(records), verify_crcs=True):
        out += [bytes(r.value or b"") for r in iter_records(b)]
    return out


N = 70  # records per partition per request: 560 KiB, above the background threshold


def _payload(partition: int, request: int, n: int = N) -> bytes:
    # ~8 KiB values of random bytes: each partition's records are above the
    # background-write threshold and the sendfile threshold.
    return batch(n, prefix=b"%d:%d:" % (partition, request) + os.urandom(8000))


def test_large_produce_writes_in_a_worker_in_order_and_fetches_intact(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Off by default (docs/broker.md, "Hot path"); the machinery must still be right.
    monkeypatch.setattr(k00_produce, "BACKGROUND_APPEND_MIN_BYTES", 512 * 1024)
    writers: set[str] = set()
    real_write = os.write

    def recording_write(fd: int, data: Any) -> int:
        if len(data) >= 512 * 1024:
            writers.add(threading.current_thread().name)
        return real_write(fd, data)

    monkeypatch.setattr(os, "write", recording_write)
    waited: list[int] = []
    real_loop_sendfile = asyncio.BaseEventLoop.sendfile

    async def recording_loop_sendfile(self: Any, transport: Any, file: Any, offset: int = 0,
                                      count: int | None = None, **kw: Any) -> int:
        waited.append(count or 0)
        return await real_loop_sendfile(self, transport, file, offset, count, **kw)

    monkeypatch.setattr(asyncio.BaseEventLoop, "sendfile", recording_loop_sendfile)

    async def go() -> None:
        async with broker_running(tmp_path) as broker:
            await new_topic(broker, "big", 4)
            c = await RawClient.connect(broker)
            expected: dict[int, list[bytes]] = {p: [] for p in range(4)}
            # Pipelined: 6 requests of 4 partitions each in flight at once; offsets must
            # follow request order in every partition.
            cids = []
            for r in range(6):
                parts = {p: _payload(p, r) for p in range(4)}
                for p, data in parts.items():
                    expected[p] += _values(data)
                cids.append(await c.send(0, 9, _produce("big", parts)))
            for r, cid in enumerate(cids):
                got, resp = await asyncio.wait_for(c.read_response(0, 9), 30)
                assert got == cid
                for part in resp.responses[0].partition_responses:
                    assert part.error_code == 0
                    assert part.base_offset == N * r
            assert any(name.startswith("kafkapy-append") for name in writers)
            for p in range(4):
                assert broker.partitions[("big", p)].log.high_watermark == 6 * N
            before = broker.metrics.sendfile_bytes
            # One response of ~13 MiB: the client reads slowly (StreamReader's limit), so
            # the socket fills and the rest goes through loop.sendfile; then a Metadata
            # pipelined behind it must arrive after it, whole.
            fid = await c.send(1, 12, _fetch("big", [0, 1, 2, 3], 64 << 20, 16 << 20))
            mid = await c.send(3, 1, MetadataRequest(topics=None))
            await asyncio.sleep(0.2)
            got, fetched = await asyncio.wait_for(c.read_response(1, 12), 30)
            assert got == fid
            total = 0
            for part in fetched.responses[0].partitions:
                assert part.error_code == 0
                assert _values(part.records) == expected[part.partition_index]
                total += len(part.records)
            got, _ = await asyncio.wait_for(c.read_response(3, 1), 10)
            assert got == mid
            # The counter counts exactly the region bytes sendfile carried; the socket
            # filled up at least once (more than its buffers hold), so part of it was
            # sent after waiting for writability.
            assert broker.metrics.sendfile_bytes - before == total
            assert waited
            await c.close()

    run(go())


def test_small_regions_in_one_fetch_each_arrive_in_order(tmp_path: Path) -> None:
    async def go() -> None:
        async with broker_running(tmp_path) as broker:
            await new_topic(broker, "t", 8)
            c = await RawClient.connect(broker)
            expected = {p: _payload(p, 0, n=4) for p in range(8)}  # ~32 KiB each
            resp = await c.call(0, 9, _produce("t", expected))
            assert all(p.error_code == 0 for p in resp.responses[0].partition_responses)
            for _ in range(3):
                fetched = await c.call(1, 12, _fetch("t", list(range(8)), 64 << 20, 1 << 20))
                parts = fetched.responses[0].partitions
                assert [p.partition_index for p in parts] == list(range(8))
                for part in parts:
                    assert _values(part.records) == _values(expected[part.partition_index])
            await c.close()

    run(go())


def test_empty_produce_records_are_corrupt_message_with_a_log_line(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    async def go() -> None:
        async with broker_running(tmp_path) as broker:
            await new_topic(broker, "t", 1)
            c = await RawClient.connect(broker)
            with caplog.at_level(logging.INFO, logger="kafkapy.produce"):
                resp = await c.call(0, 9, _produce("t", {0: b""}))
            part = resp.responses[0].partition_responses[0]
            assert part.error_code == 2  # CORRUPT_MESSAGE
            assert broker.partitions[("t", 0)].log.log_end_offset == 0
            await c.close()

    run(go())
    lines = [r for r in caplog.records if "no record batches" in r.getMessage()]
    assert lines and getattr(lines[0], "topic_partition", None) == "t-0"


def test_failed_background_write_fails_the_partition_and_writes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(k00_produce, "BACKGROUND_APPEND_MIN_BYTES", 512 * 1024)
    real_write = os.write

    def failing_write(fd: int, data: Any) -> int:
        if threading.current_thread().name.startswith("kafkapy-append"):
            raise OSError(28, "No space left on device")
        return real_write(fd, data)

    async def go() -> None:
        async with broker_running(tmp_path) as broker:
            await new_topic(broker, "t", 1)
            c = await RawClient.connect(broker)
            first = await c.call(0, 9, _produce("t", {0: _payload(0, 0)}))
            assert first.responses[0].partition_responses[0].error_code == 0
            log = broker.partitions[("t", 0)].log
            size = log.active_segment.size
            monkeypatch.setattr(os, "write", failing_write)
            bad = await c.call(0, 9, _produce("t", {0: _payload(0, 1)}))
            monkeypatch.setattr(os, "write", real_write)
            part = bad.responses[0].partition_responses[0]
            assert part.error_code == 56  # KAFKA_STORAGE_ERROR
            assert (log.log_end_offset, log.high_watermark, log.active_segment.size) == \
                (N, N, size)
            assert os.fstat(log.active_segment.fd).st_size == size
            again = await c.call(0, 9, _produce("t", {0: _payload(0, 2)}))
            assert again.responses[0].partition_responses[0].base_offset == N
            await c.close()

    run(go())


def test_flush_messages_fsyncs_in_a_worker_before_the_answer(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    syncers: list[str] = []
    real = os.fdatasync

    def recording(fd: int) -> None:
        syncers.append(threading.current_thread().name)
        real(fd)

    monkeypatch.setattr(os, "fdatasync", recording)

    async def go() -> None:
        async with broker_running(tmp_path) as broker:
            await new_topic(broker, "durable", 2, configs={"flush.messages": "1"})
            c = await RawClient.connect(broker)
            cids = [await c.send(0, 9, _produce("durable", {0: batch(3), 1: batch(2)}))
                    for _ in range(4)]
            for r, cid in enumerate(cids):
                got, resp = await asyncio.wait_for(c.read_response(0, 9), 30)
                assert got == cid
                offsets = [p.base_offset for p in resp.responses[0].partition_responses]
                assert offsets == [3 * r, 2 * r]
            # Answered only after the fsync: the recovery point is the log end.
            for p, n in ((0, 12), (1, 8)):
                log = broker.partitions[("durable", p)].log
                assert log.log_end_offset == log.recovery_point == log.high_watermark == n
            await c.close()

    run(go())
    assert syncers and all(name.startswith("kafkapy-append") for name in syncers[:8])


def test_cancelled_background_append_is_still_applied(tmp_path: Path) -> None:
    """A request cancelled while its write runs (the client went away): the write is not
    cancelled, and once it is done the log end, high watermark and waiters move."""
    gate = threading.Event()

    class Gated:
        def __init__(self) -> None:
            self.pool = concurrent.futures.ThreadPoolExecutor(1)

        def submit(self, job: Any) -> concurrent.futures.Future[Any]:
            return self.pool.submit(lambda: (gate.wait(30), job())[1])

    async def go() -> None:
        async with broker_running(tmp_path) as broker:
            await new_topic(broker, "t", 1)
            partition = broker.partitions[("t", 0)]
            waiter: asyncio.Future[None] = asyncio.get_running_loop().create_future()
            partition.add_waiter(waiter)
            gated = Gated()
            task = asyncio.ensure_future(
                partition.append_async(memoryview(bytearray(batch(5))), gated, 0))
            await asyncio.sleep(0)
            assert partition.appending and partition.log.log_end_offset == 0
            assert not waiter.done()
            threading.Timer(0.1, gate.set).start()
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task
            log = partition.log
            assert (log.log_end_offset, log.high_watermark) == (5, 5)
            assert waiter.done() and not partition.appending
            gated.pool.shutdown()

    run(go())
