"""The server under pipelining, acks=0, long polls, hostile clients, limits and shutdown."""

from __future__ import annotations

import asyncio
import logging
import os
import struct
from pathlib import Path
from typing import Any

import pytest

from tests.kafkapy.harness import RawClient, batch, broker_running, new_topic
from wire.headers import RequestHeader
from wire.messages import (
    ApiVersionsRequest,
    ApiVersionsResponse,
    FetchRequest,
    FindCoordinatorRequest,
    MetadataRequest,
    ProduceRequest,
)


def _produce(topic: str, records: bytes, acks: int = 1) -> ProduceRequest:
    return ProduceRequest(
        acks=acks,
        timeout_ms=1000,
        topic_data=[
            ProduceRequest.TopicProduceData(
                name=topic, partition_data=[ProduceRequest.PartitionProduceData(index=0, records=records)]
            )
        ],
    )


def _fetch(topic: str, offset: int, max_wait_ms: int, min_bytes: int = 1, max_bytes: int = 1 << 20) -> FetchRequest:
    return FetchRequest(
        max_wait_ms=max_wait_ms,
        min_bytes=min_bytes,
        max_bytes=max_bytes,
        topics=[
            FetchRequest.FetchTopic(
                topic=topic,
                partitions=[FetchRequest.FetchPartition(partition=0, fetch_offset=offset, partition_max_bytes=max_bytes)],
            )
        ],
    )


def run(coro: Any) -> Any:
    return asyncio.run(asyncio.wait_for(coro, 60))


def test_responses_leave_in_request_order_and_appends_wake_long_polls(tmp_path: Path) -> None:
    async def go() -> None:
        async with broker_running(tmp_path) as broker:
            await new_topic(broker, "t", 1)
            a = await RawClient.connect(broker)
            b = await RawClient.connect(broker)
            fetch_cid = await a.send(1, 12, _fetch("t", 0, max_wait_ms=30000))
            meta_cid = await a.send(3, 12, MetadataRequest(topics=None))
            await asyncio.sleep(0.2)  # the Metadata is answered by now, but must wait
            await b.call(0, 9, _produce("t", batch(3)))
            cid, fetched = await a.read_response(1, 12)
            assert cid == fetch_cid
            pd = fetched.responses[0].partitions[0]
            assert pd.error_code == 0 and pd.high_watermark == 3 and len(bytes(pd.records)) > 0
            cid, meta = await a.read_response(3, 12)
            assert cid == meta_cid and [t.name for t in meta.topics] == ["t"]
            await a.close()
            await b.close()

    run(go())


def test_long_poll_times_out_with_empty_records(tmp_path: Path) -> None:
    async def go() -> None:
        async with broker_running(tmp_path) as broker:
            await new_topic(broker, "t", 1)
            c = await RawClient.connect(broker)
            r = await c.call(1, 12, _fetch("t", 0, max_wait_ms=100))
            pd = r.responses[0].partitions[0]
            assert pd.error_code == 0 and pd.records == b"" and r.session_id == 0
            assert pd.preferred_read_replica == -1
            await c.close()

    run(go())


def test_acks_zero_gets_no_response(tmp_path: Path) -> None:
    async def go() -> None:
        async with broker_running(tmp_path) as broker:
            await new_topic(broker, "t", 1)
            c = await RawClient.connect(broker)
            await c.send(0, 9, _produce("t", batch(2), acks=0))
            cid = await c.send(18, 3, ApiVersionsRequest(client_software_name="t", client_software_version="1"))
            got, _ = await c.read_response(18, 3)
            assert got == cid
            assert broker.partitions[("t", 0)].log.log_end_offset == 2
            # an acks=0 produce that fails closes the connection (Kafka's only signal)
            await c.send(0, 9, _produce("unknown-topic", batch(1), acks=0))
            assert await asyncio.wait_for(c.reader.read(), 10) == b""
            await c.close()

    run(go())


def test_unsupported_api_versions_version_answers_v0_with_the_list(tmp_path: Path) -> None:
    async def go() -> None:
        async with broker_running(tmp_path) as broker:
            c = await RawClient.connect(broker)
            body = RequestHeader(18, 77, 9, "future").encode() + b"\x00\x00\x00"
            c.writer.write(struct.pack(">i", len(body)) + body)
            size = struct.unpack(">i", await c.reader.readexactly(4))[0]
            data = await c.reader.readexactly(size)
            assert struct.unpack_from(">i", data)[0] == 9
            r = ApiVersionsResponse.decode(data[4:], 0)
            assert r.error_code == 35 and {k.api_key for k in r.api_keys} >= {0, 1, 2, 3, 18, 22}
            # the connection stays usable
            r = await c.call(18, 0, ApiVersionsRequest())
            assert r.error_code == 0
            await c.close()

    run(go())


@pytest.mark.parametrize(
    "garbage",
    [
        struct.pack(">i", 2**31 - 1),  # huge size prefix
        struct.pack(">i", -7),
        struct.pack(">i", 3) + b"abc",  # truncated header
        struct.pack(">i", 12) + struct.pack(">hhih", 999, 0, 1, -1) + b"\x00\x00",  # unknown key
        struct.pack(">i", 10) + struct.pack(">hhih", 3, 99, 1, -1),  # unknown version
        struct.pack(">i", 14) + struct.pack(">hhih", 3, 4, 1, -1) + struct.pack(">i", 1000),  # lying array
    ],
)
def test_misbehaving_connection_is_closed_others_unaffected(
    tmp_path: Path, garbage: bytes, caplog: pytest.LogCaptureFixture
) -> None:
    async def go() -> None:
        async with broker_running(tmp_path) as broker:
            good = await RawClient.connect(broker)
            bad = await RawClient.connect(broker)
            with caplog.at_level(logging.WARNING, logger="kafkapy.connection"):
                bad.writer.write(garbage)
                assert await asyncio.wait_for(bad.reader.read(), 5) == b""
            assert any("closing connection" in r.getMessage() for r in caplog.records)
            r = await good.call(3, 12, MetadataRequest(topics=None))
            assert r.brokers[0].node_id == broker.node_id
            await good.close()
            await bad.close()

    run(go())


def test_queued_max_requests_bounds_but_answers_everything_in_order(tmp_path: Path) -> None:
    async def go() -> None:
        async with broker_running(tmp_path, queued_max_requests="2") as broker:
            c = await RawClient.connect(broker)
            frames = [c.frame(3, 12, MetadataRequest(topics=None)) for _ in range(200)]
            c.writer.write(b"".join(f for _, f in frames))
            for cid, _ in frames:
                got, _ = await c.read_response(3, 12)
                assert got == cid
            await c.close()

    run(go())


def test_idle_connections_are_closed(tmp_path: Path) -> None:
    async def go() -> None:
        async with broker_running(tmp_path, connections_max_idle_ms="200") as broker:
            c = await RawClient.connect(broker)
            await c.call(18, 0, ApiVersionsRequest())
            assert await asyncio.wait_for(c.reader.read(), 10) == b""
            await c.close()

    run(go())


def test_large_fetch_goes_through_os_sendfile(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []
    real = os.sendfile

    def counting(out_fd: int, in_fd: int, offset: int | None, count: int) -> int:
        n = real(out_fd, in_fd, offset, count)
        calls.append(n)
        return n

    monkeypatch.setattr(os, "sendfile", counting)

    async def go() -> None:
        async with broker_running(tmp_path) as broker:
            await new_topic(broker, "big", 1)
            c = await RawClient.connect(broker)
            big = batch(50, prefix=os.urandom(4000))
            await c.call(0, 9, _produce("big", big))
            r = await c.call(1, 12, _fetch("big", 0, max_wait_ms=0))
            records = bytes(r.responses[0].partitions[0].records)
            assert records[16:] == big[16:]  # all but the stamped offset and leader epoch
            assert sum(calls) >= len(big) and broker.metrics.sendfile_bytes >= len(big)
            await c.close()

    run(go())


def test_shutdown_answers_in_flight_long_poll(tmp_path: Path) -> None:
    async def go() -> None:
        async with broker_running(tmp_path) as broker:
            await new_topic(broker, "t", 1)
            c = await RawClient.connect(broker)
            cid = await c.send(1, 12, _fetch("t", 0, max_wait_ms=600000))
            await asyncio.sleep(0.1)
            stopping = asyncio.ensure_future(broker.stop())
            got, r = await c.read_response(1, 12)
            assert got == cid and r.responses[0].partitions[0].error_code == 0
            await stopping
            assert (Path(broker.log_dirs[0]) / ".kafka_cleanshutdown").exists()
            await c.close()
            broker.stop = _noop  # type: ignore[method-assign]

    run(go())


async def _noop() -> None:
    return None


def test_prometheus_metrics_endpoint(tmp_path: Path) -> None:
    async def go() -> None:
        from kafkapy.metrics_http import MetricsServer

        async with broker_running(tmp_path) as broker:
            await new_topic(broker, "m", 1)
            c = await RawClient.connect(broker)
            await c.call(0, 9, _produce("m", batch(4)))
            ms = MetricsServer(broker, "127.0.0.1", 0)
            port = await ms.start()
            r, w = await asyncio.open_connection("127.0.0.1", port)
            w.write(b"GET /metrics HTTP/1.0\r\n\r\n")
            text = (await r.read()).decode()
            assert text.startswith("HTTP/1.0 200 OK")
            assert 'kafkapy_log_end_offset{topic="m",partition="0"} 4' in text
            assert 'kafkapy_requests_total{api="Produce"} 1' in text
            r, w = await asyncio.open_connection("127.0.0.1", port)
            w.write(b"GET /nope HTTP/1.0\r\n\r\n")
            assert (await r.read()).startswith(b"HTTP/1.0 404")
            await ms.stop()
            await c.close()

    run(go())


def test_each_listener_advertises_itself(tmp_path: Path) -> None:
    """Metadata and FindCoordinator answer with the advertised endpoint of the listener the
    request came in on, even when advertised.listeners lists them in another order."""

    async def go() -> None:
        async with broker_running(
            tmp_path,
            listeners="PLAINTEXT://127.0.0.1:0,INTERNAL://127.0.0.1:0",
            listener_security_protocol_map="PLAINTEXT:PLAINTEXT,INTERNAL:PLAINTEXT",
            advertised_listeners="INTERNAL://localhost:0,PLAINTEXT://127.0.0.1:0",
        ) as broker:
            bound = {b.name: b.port for b in broker.server.bound}
            for name, host in (("PLAINTEXT", "127.0.0.1"), ("INTERNAL", "localhost")):
                r, w = await asyncio.open_connection("127.0.0.1", bound[name])
                c = RawClient(r, w)
                meta = await c.call(3, 12, MetadataRequest(topics=None))
                assert (meta.brokers[0].host, meta.brokers[0].port) == (host, bound[name])
                coordinator = await _find_coordinator(c, "g")
                assert (coordinator.host, coordinator.port) == (host, bound[name])
                await c.close()

    run(go())


async def _find_coordinator(c: RawClient, group: str) -> Any:
    for _ in range(100):  # COORDINATOR_NOT_AVAILABLE while __consumer_offsets loads
        r = await c.call(10, 2, FindCoordinatorRequest(key=group, key_type=0))
        if r.error_code == 0:
            return r
        await asyncio.sleep(0.1)
    raise AssertionError(f"FindCoordinator kept failing: {r}")


def test_half_closed_client_still_gets_every_answer(tmp_path: Path) -> None:
    async def go() -> None:
        async with broker_running(tmp_path, queued_max_requests="2") as broker:
            c = await RawClient.connect(broker)
            frames = [c.frame(3, 12, MetadataRequest(topics=None)) for _ in range(100)]
            c.writer.write(b"".join(f for _, f in frames))
            c.writer.write_eof()
            for cid, _ in frames:
                got, _ = await c.read_response(3, 12)
                assert got == cid
            assert await asyncio.wait_for(c.reader.read(), 10) == b""
            await c.close()

    run(go())
