"""Admin changes reach the live logs and survive restarts; OffsetForLeaderEpoch across leader
epochs; DeleteRecords and DescribeLogDirs against data really written. Real broker process, raw
protocol where a client library hides the answer (OffsetForLeaderEpoch), real clients otherwise.
"""

from __future__ import annotations

from typing import Any

from compat.conftest import BrokerProcess
from compat.test_fuzz import RawClient, produce_request
from wire.errors import ErrorCode as E
from wire.messages.k00_produce import ProduceResponse
from wire.messages.k19_create_topics import CreateTopicsRequest, CreateTopicsResponse
from wire.messages.k21_delete_records import DeleteRecordsRequest, DeleteRecordsResponse
from wire.messages.k23_offset_for_leader_epoch import (
    OffsetForLeaderEpochRequest,
    OffsetForLeaderEpochResponse,
)
from wire.messages.k32_describe_configs import DescribeConfigsRequest, DescribeConfigsResponse
from wire.messages.k35_describe_log_dirs import DescribeLogDirsRequest, DescribeLogDirsResponse
from wire.messages.k44_incremental_alter_configs import (
    IncrementalAlterConfigsRequest,
    IncrementalAlterConfigsResponse,
)
from wire.records import build_batch

TOPIC, BROKER = 2, 4


def create(client: RawClient, name: str, configs: dict[str, str] | None = None,
           partitions: int = 1) -> None:
    C = CreateTopicsRequest
    resp = client.request(C(topics=[C.CreatableTopic(
        name=name, num_partitions=partitions, replication_factor=1,
        configs=[C.CreatableTopicConfig(name=k, value=v) for k, v in (configs or {}).items()])]),
        7, CreateTopicsResponse)
    assert resp.topics[0].error_code == 0, resp.topics[0]


def produce(client: RawClient, topic: str, values: list[bytes]) -> Any:
    # Keyed: a compacted topic refuses records without a key, as Kafka does.
    batch = build_batch([(b"key-%d" % i, v) for i, v in enumerate(values)])
    resp = client.request(produce_request(batch, topic), 9, ProduceResponse)
    return resp.responses[0].partition_responses[0]


def alter(client: RawClient, rtype: int, name: str, key: str, value: str | None,
          op: int = 0) -> int:
    I = IncrementalAlterConfigsRequest
    resp = client.request(I(resources=[I.AlterConfigsResource(
        resource_type=rtype, resource_name=name,
        configs=[I.AlterableConfig(name=key, config_operation=op, value=value)])]), 1,
        IncrementalAlterConfigsResponse)
    return int(resp.responses[0].error_code)


def describe(client: RawClient, rtype: int, name: str, key: str) -> Any:
    D = DescribeConfigsRequest
    resp = client.request(D(resources=[D.DescribeConfigsResource(
        resource_type=rtype, resource_name=name, configuration_keys=[key])]), 4,
        DescribeConfigsResponse)
    [entry] = resp.results[0].configs
    return entry


def test_topic_and_broker_configs_apply_to_live_logs_and_survive_restart(
        broker: BrokerProcess) -> None:
    client = RawClient(broker.port)
    create(client, "live")
    create(client, "plain")
    big = [b"x" * 3000]
    assert produce(client, "live", big).error_code == 0
    # A topic override is enforced at once on the existing log...
    assert alter(client, TOPIC, "live", "max.message.bytes", "2000") == 0
    assert produce(client, "live", big).error_code == E.MESSAGE_TOO_LARGE
    # ...and a dynamic broker default on topics without an override.
    assert produce(client, "plain", big).error_code == 0
    assert alter(client, BROKER, "1", "message.max.bytes", "2500") == 0
    assert produce(client, "plain", big).error_code == E.MESSAGE_TOO_LARGE
    assert alter(client, BROKER, "1", "log.dirs", "/elsewhere") == E.INVALID_CONFIG
    client.close()

    broker.restart()
    client = RawClient(broker.port)
    entry = describe(client, TOPIC, "live", "max.message.bytes")
    assert (entry.value, entry.config_source) == ("2000", 1)  # DYNAMIC_TOPIC_CONFIG
    entry = describe(client, TOPIC, "plain", "max.message.bytes")
    assert (entry.value, entry.config_source) == ("2500", 2)  # DYNAMIC_BROKER_CONFIG
    assert produce(client, "live", big).error_code == E.MESSAGE_TOO_LARGE
    assert produce(client, "plain", big).error_code == E.MESSAGE_TOO_LARGE
    # DELETE returns both to Kafka's default (1048588).
    assert alter(client, TOPIC, "live", "max.message.bytes", None, op=1) == 0
    assert alter(client, BROKER, "1", "message.max.bytes", None, op=1) == 0
    assert produce(client, "live", big).error_code == 0
    assert produce(client, "plain", big).error_code == 0
    client.close()


def epoch_end(client: RawClient, topic: str, leader_epoch: int,
              current_leader_epoch: int = -1) -> tuple[int, int, int]:
    O = OffsetForLeaderEpochRequest
    resp = client.request(O(replica_id=-1, topics=[O.OffsetForLeaderTopic(
        topic=topic, partitions=[O.OffsetForLeaderPartition(
            partition=0, current_leader_epoch=current_leader_epoch,
            leader_epoch=leader_epoch)])]), 4, OffsetForLeaderEpochResponse)
    p = resp.topics[0].partitions[0]
    return int(p.error_code), int(p.leader_epoch), int(p.end_offset)


def test_offset_for_leader_epoch_across_restarts(broker: BrokerProcess) -> None:
    client = RawClient(broker.port)
    create(client, "epochs")
    assert produce(client, "epochs", [b"a", b"b", b"c"]).base_offset == 0
    e0 = describe_leader_epoch(client, "epochs")
    assert epoch_end(client, "epochs", e0) == (0, e0, 3)
    client.close()

    broker.restart()  # a new leadership: the leader epoch moves on
    client = RawClient(broker.port)
    e1 = describe_leader_epoch(client, "epochs")
    assert e1 > e0
    # The new epoch starts at the log end offset even before anything is appended in it.
    assert epoch_end(client, "epochs", e1) == (0, e1, 3)
    assert produce(client, "epochs", [b"d", b"e"]).base_offset == 3
    assert epoch_end(client, "epochs", e0) == (0, e0, 3)  # where the old epoch ended
    assert epoch_end(client, "epochs", e1) == (0, e1, 5)  # the latest ends at the LEO
    assert epoch_end(client, "epochs", e1 + 5) == (0, -1, -1)  # unknown epoch
    assert epoch_end(client, "epochs", e0, current_leader_epoch=e0)[0] == (
        E.FENCED_LEADER_EPOCH)
    assert epoch_end(client, "epochs", e1, current_leader_epoch=e1 + 1)[0] == (
        E.UNKNOWN_LEADER_EPOCH)
    assert epoch_end(client, "nope", 0)[0] == E.UNKNOWN_TOPIC_OR_PARTITION
    client.close()


def describe_leader_epoch(client: RawClient, topic: str) -> int:
    from wire.messages.k03_metadata import MetadataRequest, MetadataResponse

    M = MetadataRequest
    meta = client.request(M(topics=[M.MetadataRequestTopic(name=topic)]), 12, MetadataResponse)
    return int(meta.topics[0].partitions[0].leader_epoch)


def test_delete_records_and_log_dirs_on_written_data(broker: BrokerProcess) -> None:
    client = RawClient(broker.port)
    create(client, "dr")
    create(client, "compacted", {"cleanup.policy": "compact"})
    for _ in range(4):
        produce(client, "dr", [b"v" * 100] * 5)
    assert produce(client, "compacted", [b"k"]).error_code == 0

    def delete(topic: str, offset: int) -> tuple[int, int]:
        D = DeleteRecordsRequest
        resp = client.request(D(topics=[D.DeleteRecordsTopic(name=topic, partitions=[
            D.DeleteRecordsPartition(partition_index=0, offset=offset)])], timeout_ms=5000), 2,
            DeleteRecordsResponse)
        p = resp.topics[0].partitions[0]
        return int(p.error_code), int(p.low_watermark)

    assert delete("dr", 7) == (0, 7)
    assert delete("dr", 3) == (0, 7)  # never backwards
    assert delete("dr", 21)[0] == E.OFFSET_OUT_OF_RANGE  # past the high watermark
    assert delete("dr", -1) == (0, 20)  # -1: up to the high watermark
    assert delete("compacted", 1)[0] == E.POLICY_VIOLATION
    assert delete("missing", 0)[0] == E.UNKNOWN_TOPIC_OR_PARTITION

    resp = client.request(DescribeLogDirsRequest(topics=None), 4, DescribeLogDirsResponse)
    [result] = resp.results
    assert result.error_code == 0 and result.log_dir == str(broker.log_dir.resolve())
    assert result.total_bytes > 0 and 0 <= result.usable_bytes <= result.total_bytes
    sizes = {(t.name, p.partition_index): p.partition_size
             for t in result.topics for p in t.partitions}
    assert sizes[("compacted", 0)] > 0
    client.close()


def test_deleted_topic_files_go_asynchronously_and_the_name_is_free(
        broker: BrokerProcess) -> None:
    import time

    from wire.messages.k20_delete_topics import DeleteTopicsRequest, DeleteTopicsResponse

    client = RawClient(broker.port)
    create(client, "doomed", {"file.delete.delay.ms": "0"}, partitions=2)
    assert produce(client, "doomed", [b"old"] * 10).error_code == 0
    resp = client.request(DeleteTopicsRequest(topics=[DeleteTopicsRequest.DeleteTopicState(
        name="doomed")], timeout_ms=5000), 6, DeleteTopicsResponse)
    assert resp.responses[0].error_code == 0
    # At once: the partition directories are renamed away (Kafka's "-delete" suffix)...
    assert not (broker.log_dir / "doomed-0").exists()
    # ...the name is free again, with a new, empty log...
    create(client, "doomed")
    assert produce(client, "doomed", [b"new"]).base_offset == 0
    # ...and the old files are removed by the broker's periodic task, not by the request.
    for _ in range(200):
        leftovers = [p.name for p in broker.log_dir.iterdir() if p.name.endswith("-delete")]
        if not leftovers:
            break
        time.sleep(0.1)
    assert leftovers == []
    client.close()


def test_librdkafka_validates_its_position_after_a_leader_epoch_bump(
        broker: BrokerProcess) -> None:
    """KIP-320: after the restart librdkafka sees a new leader epoch in Metadata, asks
    OffsetForLeaderEpoch where its last epoch ended, finds no truncation and carries on."""
    import time

    from confluent_kafka import Consumer, Producer, TopicPartition
    from confluent_kafka.admin import AdminClient, NewTopic

    admin = AdminClient({"bootstrap.servers": broker.bootstrap})  # kept alive for its futures
    for f in admin.create_topics([NewTopic("kip320", 1, 1)]).values():
        f.result(30)

    def produce_values(prefix: str, n: int) -> None:
        p = Producer({"bootstrap.servers": broker.bootstrap})
        for i in range(n):
            p.produce("kip320", value=f"{prefix}{i}".encode(), partition=0)
        assert p.flush(30) == 0

    consumer = Consumer({"bootstrap.servers": broker.bootstrap, "group.id": "kip320",
                         "enable.auto.commit": False})
    consumer.assign([TopicPartition("kip320", 0, 0)])
    got: list[tuple[int, int, bytes]] = []

    def consume_until(n: int) -> None:
        deadline = time.monotonic() + 60
        while len(got) < n and time.monotonic() < deadline:
            m = consumer.poll(1)
            if m is None:
                continue
            assert m.error() is None, m.error()
            got.append((m.offset(), m.leader_epoch(), m.value()))

    produce_values("a", 5)
    consume_until(5)
    broker.restart()
    produce_values("b", 3)
    consume_until(8)
    consumer.close()
    assert [o for o, _, _ in got] == list(range(8))  # no reset, no gap, no duplicate
    assert [v for _, _, v in got] == [b"a0", b"a1", b"a2", b"a3", b"a4", b"b0", b"b1", b"b2"]
    assert got[4][1] < got[5][1]  # the records after the restart carry the new epoch
    used = {(r.get("client_id"), r.get("version")) for r in broker.requests()
            if r.get("api") == "OffsetForLeaderEpoch"}
    assert used, "librdkafka never validated its position"
