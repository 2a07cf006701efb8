"""Every advertised version of the core handlers, through a real socket, decoded back with
the generated classes (an encoder that refuses a field in a version fails here)."""

from __future__ import annotations

import asyncio
import uuid
from pathlib import Path

import pytest

from kafkapy.handlers.registry import REGISTRY
from tests.kafkapy.harness import RawClient, batch, broker_running, new_topic
from wire.messages import (
    ApiVersionsRequest,
    FetchRequest,
    InitProducerIdRequest,
    ListOffsetsRequest,
    MetadataRequest,
    ProduceRequest,
)

CORE = (0, 1, 2, 3, 18, 22)


def _versions(key: int) -> range:
    reg = REGISTRY[key]
    return range(reg.min_version, reg.max_version + 1)


def test_api_versions_never_advertises_telemetry_or_unstable() -> None:
    assert 71 not in REGISTRY and 72 not in REGISTRY
    for reg in REGISTRY.values():
        assert reg.max_version <= reg.request_cls.MAX_VERSION
    assert REGISTRY[0].advertised_min_version == 0 and REGISTRY[0].min_version == 3


def test_every_version(tmp_path: Path) -> None:
    asyncio.run(_every_version(tmp_path))


async def _every_version(tmp_path: Path) -> None:
    async with broker_running(tmp_path) as broker:
        c = await RawClient.connect(broker)
        for v in _versions(18):
            r = await c.call(18, v, ApiVersionsRequest(client_software_name="t", client_software_version="1"))
            assert r.error_code == 0
            keys = {k.api_key: (k.min_version, k.max_version) for k in r.api_keys}
            assert keys[0] == (0, 13) and keys[1] == (4, 18) and keys[3] == (0, 13)
            assert 71 not in keys and 72 not in keys
        topic_id = None
        for v in _versions(3):
            name = f"auto-{v}"
            req = MetadataRequest(topics=[MetadataRequest.MetadataRequestTopic(name=name)])
            r = await c.call(3, v, req)
            (t,) = r.topics
            assert t.error_code == 0 and t.name == name and len(t.partitions) == 1
            p = t.partitions[0]
            assert p.leader_id == broker.node_id and p.replica_nodes == [broker.node_id]
            if v >= 7:
                assert p.leader_epoch == broker.partitions[(name, 0)].leader_epoch
            if v >= 10:
                assert t.topic_id == broker.metadata.get(name).topic_id != uuid.UUID(int=0)
                topic_id = t.topic_id
            if v >= 1:
                assert r.controller_id == broker.node_id
            if v >= 2:
                assert r.cluster_id == broker.cluster_id
            assert r.brokers[0].port == broker.advertised[0].port
        assert topic_id is not None
        # Produce every version into one topic, then fetch it back at every version.
        offsets = []
        for v in _versions(0):
            td = ProduceRequest.TopicProduceData(
                name="auto-3" if v < 13 else "",
                topic_id=broker.metadata.get("auto-3").topic_id if v >= 13 else uuid.UUID(int=0),
                partition_data=[ProduceRequest.PartitionProduceData(index=0, records=batch(2))],
            )
            r = await c.call(0, v, ProduceRequest(acks=-1, timeout_ms=1000, topic_data=[td]))
            pr = r.responses[0].partition_responses[0]
            assert pr.error_code == 0, (v, pr)
            offsets.append(pr.base_offset)
        assert offsets == list(range(0, 2 * len(offsets), 2))
        tid = broker.metadata.get("auto-3").topic_id
        for v in _versions(1):
            ft = FetchRequest.FetchTopic(
                topic="auto-3" if v < 13 else "",
                topic_id=tid if v >= 13 else uuid.UUID(int=0),
                partitions=[FetchRequest.FetchPartition(partition=0, fetch_offset=3, partition_max_bytes=1 << 20)],
            )
            r = await c.call(1, v, FetchRequest(max_wait_ms=0, min_bytes=1, max_bytes=1 << 20, topics=[ft]))
            pd = r.responses[0].partitions[0]
            assert pd.error_code == 0, (v, pd)
            assert pd.high_watermark == 2 * len(offsets)
            assert pd.last_stable_offset == pd.high_watermark
            # offset 3 is inside the batch at 2: the whole batch comes back
            assert bytes(pd.records)[:8] == (2).to_bytes(8, "big")
        for v in _versions(2):
            lt = ListOffsetsRequest.ListOffsetsTopic(
                name="auto-3",
                partitions=[ListOffsetsRequest.ListOffsetsPartition(partition_index=0, timestamp=-1)],
            )
            r = await c.call(2, v, ListOffsetsRequest(replica_id=-1, topics=[lt]))
            lp = r.topics[0].partitions[0]
            assert (lp.error_code, lp.offset) == (0, 2 * len(offsets))
        seen = set()
        for v in _versions(22):
            r = await c.call(22, v, InitProducerIdRequest(transactional_id=None, transaction_timeout_ms=60000))
            assert r.error_code == 0 and r.producer_epoch == 0
            seen.add(r.producer_id)
            r = await c.call(22, v, InitProducerIdRequest(transactional_id="tx", transaction_timeout_ms=60000))
            assert r.error_code == 53
        assert len(seen) == len(_versions(22))
        await c.close()


@pytest.mark.parametrize("version", [0, 4, 9, 12])
def test_metadata_null_vs_empty_topics(tmp_path: Path, version: int) -> None:
    async def run() -> None:
        async with broker_running(tmp_path) as broker:
            await new_topic(broker, "a", 2)
            c = await RawClient.connect(broker)
            r = await c.call(3, version, MetadataRequest(topics=[]))
            # v0: an empty list means all topics; later versions: none
            assert [t.name for t in r.topics] == (["a"] if version == 0 else [])
            if version >= 1:
                r = await c.call(3, version, MetadataRequest(topics=None))
                assert [t.name for t in r.topics] == ["a"]
            await c.close()

    asyncio.run(run())


def test_metadata_auto_create_disabled_and_invalid_name(tmp_path: Path) -> None:
    async def run() -> None:
        async with broker_running(tmp_path, auto_create_topics_enable="false") as broker:
            c = await RawClient.connect(broker)
            req = MetadataRequest(
                topics=[MetadataRequest.MetadataRequestTopic(name=n) for n in ("nope", "bad name")]
            )
            r = await c.call(3, 12, req)
            assert [(t.name, t.error_code) for t in r.topics] == [("nope", 3), ("bad name", 17)]
            unknown = uuid.uuid4()
            r = await c.call(3, 12, MetadataRequest(topics=[MetadataRequest.MetadataRequestTopic(name=None, topic_id=unknown)]))
            assert r.topics[0].error_code == 100
            await c.close()

    asyncio.run(run())


@pytest.mark.parametrize("version", range(9, 19))
def test_fetch_and_list_offsets_leader_epoch_checks(tmp_path: Path, version: int) -> None:
    async def run() -> None:
        async with broker_running(tmp_path) as broker:
            topic = await new_topic(broker, "e", 1)
            await broker.metadata.bump_leader_epochs()
            epoch = broker.partitions[("e", 0)].leader_epoch
            c = await RawClient.connect(broker)
            for sent, expected in ((epoch, 0), (epoch - 1, 74), (epoch + 1, 75)):
                ft = FetchRequest.FetchTopic(
                    topic="e" if version < 13 else "",
                    topic_id=topic.topic_id if version >= 13 else uuid.UUID(int=0),
                    partitions=[FetchRequest.FetchPartition(partition=0, fetch_offset=0, partition_max_bytes=100, current_leader_epoch=sent)],
                )
                r = await c.call(1, version, FetchRequest(max_wait_ms=0, min_bytes=0, max_bytes=100, topics=[ft]))
                assert r.responses[0].partitions[0].error_code == expected
                if version <= 10:
                    lt = ListOffsetsRequest.ListOffsetsTopic(
                        name="e",
                        partitions=[ListOffsetsRequest.ListOffsetsPartition(partition_index=0, timestamp=-2, current_leader_epoch=sent)],
                    )
                    r = await c.call(2, max(version - 4, 4), ListOffsetsRequest(replica_id=-1, topics=[lt]))
                    assert r.topics[0].partitions[0].error_code == expected
            await c.close()

    asyncio.run(run())


def test_fetch_unknown_topic_id_and_offset_out_of_range(tmp_path: Path) -> None:
    async def run() -> None:
        async with broker_running(tmp_path) as broker:
            topic = await new_topic(broker, "o", 1)
            c = await RawClient.connect(broker)
            ft = [
                FetchRequest.FetchTopic(topic_id=uuid.uuid4(), partitions=[FetchRequest.FetchPartition(partition=0, partition_max_bytes=100)]),
                FetchRequest.FetchTopic(topic_id=topic.topic_id, partitions=[
                    FetchRequest.FetchPartition(partition=0, fetch_offset=5, partition_max_bytes=100),
                    FetchRequest.FetchPartition(partition=7, fetch_offset=0, partition_max_bytes=100),
                ]),
            ]
            r = await c.call(1, 17, FetchRequest(max_wait_ms=5000, min_bytes=1, max_bytes=100, topics=ft))
            codes = [[p.error_code for p in t.partitions] for t in r.responses]
            assert codes == [[100], [1, 3]]
            await c.close()

    asyncio.run(run())


def test_error_answers_encode_at_every_version(tmp_path: Path) -> None:
    """Every error path of the core handlers, at every version: answered, never a close."""

    async def run() -> None:
        async with broker_running(tmp_path) as broker:
            t = await new_topic(broker, "err", 1)
            await broker.metadata.bump_leader_epochs()
            c = await RawClient.connect(broker)
            zero = uuid.UUID(int=0)
            corrupt = bytearray(batch(1))
            corrupt[-1] ^= 1
            for v in _versions(0):
                tds = [
                    ProduceRequest.TopicProduceData(
                        name="nope" if v < 13 else "", topic_id=uuid.uuid4() if v >= 13 else zero,
                        partition_data=[ProduceRequest.PartitionProduceData(index=0, records=batch(1))]),
                    ProduceRequest.TopicProduceData(
                        name="err" if v < 13 else "", topic_id=t.topic_id if v >= 13 else zero,
                        partition_data=[
                            ProduceRequest.PartitionProduceData(index=0, records=bytes(corrupt)),
                            ProduceRequest.PartitionProduceData(index=5, records=batch(1)),
                        ]),
                ]
                r = await c.call(0, v, ProduceRequest(acks=1, timeout_ms=10, topic_data=tds))
                codes = [[p.error_code for p in x.partition_responses] for x in r.responses]
                assert codes == [[3 if v < 13 else 100], [2, 3]], (v, codes)
            for v in _versions(1):
                fts = [
                    FetchRequest.FetchTopic(
                        topic="nope" if v < 13 else "", topic_id=uuid.uuid4() if v >= 13 else zero,
                        partitions=[FetchRequest.FetchPartition(partition=0, partition_max_bytes=10)]),
                    FetchRequest.FetchTopic(
                        topic="err" if v < 13 else "", topic_id=t.topic_id if v >= 13 else zero,
                        partitions=[
                            FetchRequest.FetchPartition(partition=0, fetch_offset=99, partition_max_bytes=10),
                            FetchRequest.FetchPartition(
                                partition=0, fetch_offset=0, partition_max_bytes=10,
                                current_leader_epoch=0 if v >= 9 else -1),
                        ]),
                ]
                r = await c.call(1, v, FetchRequest(max_wait_ms=0, min_bytes=1, max_bytes=10, topics=fts))
                codes = [[p.error_code for p in x.partitions] for x in r.responses]
                assert codes == [[3 if v < 13 else 100], [1, 74 if v >= 9 else 0]], (v, codes)
            for v in _versions(2):
                lts = [
                    ListOffsetsRequest.ListOffsetsTopic(name="nope", partitions=[
                        ListOffsetsRequest.ListOffsetsPartition(partition_index=0, timestamp=-1)]),
                    ListOffsetsRequest.ListOffsetsTopic(name="err", partitions=[
                        ListOffsetsRequest.ListOffsetsPartition(partition_index=0, timestamp=-1),
                        ListOffsetsRequest.ListOffsetsPartition(partition_index=0, timestamp=-2),
                    ]),
                ]
                r = await c.call(2, v, ListOffsetsRequest(replica_id=-1, topics=lts))
                codes = [[p.error_code for p in x.partitions] for x in r.topics]
                assert codes == [[3], [0, 42]], (v, codes)
            await c.close()

    asyncio.run(run())
