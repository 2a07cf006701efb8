"""Group administration with real admin clients: ListGroups (state filter), DescribeGroups
(assignments parsed by librdkafka), OffsetFetch/OffsetCommit through the admin API,
DeleteGroups, OffsetDelete and batched LeaveGroup by instance id (kafka-python)."""

from __future__ import annotations

from typing import Any

from confluent_kafka import ConsumerGroupState, ConsumerGroupTopicPartitions, TopicPartition
from confluent_kafka.admin import AdminClient

from compat.conftest import BrokerProcess
from compat.test_groups import assignments, consumer, create_topic, poll_until, split_evenly


def _result(futures: dict[Any, Any]) -> dict[Any, Any]:
    out = {}
    for key, future in futures.items():
        try:
            out[key] = future.result(15)
        except Exception as exc:  # noqa: BLE001 - the per-group error is the result here
            out[key] = exc
    return out


def test_admin_apis(broker: BrokerProcess) -> None:
    create_topic(broker.bootstrap, "adm", 2)
    create_topic(broker.bootstrap, "other", 1)
    admin = AdminClient({"bootstrap.servers": broker.bootstrap})
    # A simple consumer's offsets through the admin API (OffsetCommit, generation -1).
    simple = ConsumerGroupTopicPartitions("adm-simple", [TopicPartition("adm", 0, 17)])
    _result(admin.alter_consumer_group_offsets([simple]))
    live = consumer(broker.bootstrap, "adm-live", **{"group.instance.id": "inst-1"})
    live.subscribe(["adm"])
    try:
        poll_until([live], split_evenly([live], 2))
        live.commit(offsets=[TopicPartition("adm", 1, 5)], asynchronous=False)

        listed = admin.list_consumer_groups().result(15)
        states = {g.group_id: g.state for g in listed.valid}
        assert states == {"adm-live": ConsumerGroupState.STABLE,
                          "adm-simple": ConsumerGroupState.EMPTY}
        stable = admin.list_consumer_groups(states={ConsumerGroupState.STABLE}).result(15)
        assert [g.group_id for g in stable.valid] == ["adm-live"]

        described = _result(admin.describe_consumer_groups(["adm-live"]))["adm-live"]
        assert described.state == ConsumerGroupState.STABLE
        assert described.partition_assignor == "range"
        (member,) = described.members
        assert member.group_instance_id == "inst-1"
        assert member.host == "/127.0.0.1"
        assert {(tp.topic, tp.partition) for tp in member.assignment.topic_partitions} == {
            ("adm", p) for p in assignments([live])[0]}

        fetched = _result(admin.list_consumer_group_offsets([
            ConsumerGroupTopicPartitions("adm-simple")]))["adm-simple"]
        assert [(tp.topic, tp.partition, tp.offset) for tp in fetched.topic_partitions] == [
            ("adm", 0, 17)]

        deleted = _result(admin.delete_consumer_groups(["adm-live", "adm-simple"]))
        assert deleted["adm-simple"] is None
        assert "NON_EMPTY_GROUP" in str(deleted["adm-live"])
        remaining = {g.group_id for g in admin.list_consumer_groups().result(15).valid}
        assert remaining == {"adm-live"}
        _kafka_python_admin(broker, live)
    finally:
        live.close()


def _kafka_python_admin(broker: BrokerProcess, live: Any) -> None:
    from kafka import KafkaAdminClient
    from kafka import TopicPartition as KTP
    from kafka.admin import MemberToRemove

    admin = KafkaAdminClient(bootstrap_servers=broker.bootstrap)
    try:
        offsets = admin.list_group_offsets({"adm-live": None})
        assert {(tp.topic, tp.partition): om.offset for tp, om in offsets["adm-live"].items()} \
            == {("adm", 1): 5}
        # OffsetDelete: refused for the topic the live member subscribes to (KIP-496).
        result = admin.delete_group_offsets("adm-live", [KTP("adm", 1)])
        assert [e.__name__ for e in result.values()] == ["GroupSubscribedToTopicError"]
        # Batched LeaveGroup by instance id (v3+): the static member is removed.
        removed = admin.remove_group_members("adm-live", [MemberToRemove(group_instance_id="inst-1")])
        assert [e.__name__ for e in removed.values()] == ["NoError"]
        described = admin.describe_groups(["adm-live"])["adm-live"]
        assert (described["group_state"], described["members"]) == ("Empty", [])
    finally:
        admin.close()
