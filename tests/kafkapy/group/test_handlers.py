"""The group handlers at every version they register: requests go through the generated
codec at that version (so per-version fields behave as on the wire), answers are encoded
and decoded back at that version."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from types import SimpleNamespace
from typing import Any

import pytest

from kafkapy.group.clock import LoopScheduler
from kafkapy.group.config import GroupConfig
from kafkapy.group.log import MemoryCoordinatorLog
from kafkapy.group.manager import GroupCoordinatorManager
from kafkapy.handlers import (
    k08_offset_commit,
    k09_offset_fetch,
    k10_find_coordinator,
    k11_join_group,
    k12_heartbeat,
    k13_leave_group,
    k14_sync_group,
    k15_describe_groups,
    k16_list_groups,
    k42_delete_groups,
    k47_offset_delete,
)
from wire import messages as m
from wire.errors import ErrorCode


class FakeService:
    """The broker's group_coordinator service over in-memory logs, on its own loop."""

    def __init__(self, partitions: int = 5) -> None:
        config = GroupConfig(group_initial_rebalance_delay_ms=0,
                             offsets_topic_num_partitions=partitions)
        self.loop = asyncio.new_event_loop()
        self.manager = GroupCoordinatorManager(config, LoopScheduler(self.loop))
        self.logs = {p: MemoryCoordinatorLog() for p in range(partitions)}
        for p, log in self.logs.items():
            self.manager.on_became_leader(p, log)

    async def ensure_offsets_topic(self) -> ErrorCode:
        return ErrorCode.NONE

    def coordinator_for(self, group_id: str) -> Any:
        return self.manager.coordinator_for(group_id)


@pytest.fixture
def svc() -> Iterator[FakeService]:
    service = FakeService()
    yield service
    service.manager.shutdown()
    service.loop.close()


def make_ctx(version: int, service: FakeService | None) -> Any:
    topics = {"t": SimpleNamespace(partitions=[0, 1, 2])}
    broker = SimpleNamespace(
        node_id=7,
        advertised=[SimpleNamespace(host="127.0.0.1", port=9092)],
        metadata=SimpleNamespace(get=topics.get),
        group_coordinator=service,
    )
    return SimpleNamespace(
        broker=broker, api_version=version, client_id="cli",
        connection=SimpleNamespace(peer="127.0.0.1:5555"),
    )


def run(svc: FakeService, coro: Any) -> Any:
    return svc.loop.run_until_complete(coro)


def call(module: Any, request: Any, version: int, service: FakeService | None) -> Any:
    wire_request = type(request).decode(request.encode(version), version)
    coro = module.handle(make_ctx(version, service), wire_request)
    response = run(service, coro) if service is not None else asyncio.run(coro)
    return type(response).decode(response.encode(version), version)


async def acall(module: Any, request: Any, version: int, service: FakeService) -> Any:
    wire_request = type(request).decode(request.encode(version), version)
    response = await module.handle(make_ctx(version, service), wire_request)
    return type(response).decode(response.encode(version), version)


def versions(cls: Any) -> range:
    return range(cls.MIN_VERSION, cls.MAX_VERSION + 1)


@pytest.mark.parametrize("version", versions(m.FindCoordinatorRequest))
def test_find_coordinator(version: int, svc: FakeService) -> None:
    if version >= 4:
        req = m.FindCoordinatorRequest(key_type=0, coordinator_keys=["a", "b"])
        resp = call(k10_find_coordinator, req, version, svc)
        assert [(c.key, c.node_id, c.host, c.port, c.error_code) for c in resp.coordinators] == [
            ("a", 7, "127.0.0.1", 9092, 0), ("b", 7, "127.0.0.1", 9092, 0)]
    else:
        resp = call(k10_find_coordinator, m.FindCoordinatorRequest(key="a"), version, svc)
        assert (resp.error_code, resp.node_id, resp.host, resp.port) == (0, 7, "127.0.0.1", 9092)
        none = call(k10_find_coordinator, m.FindCoordinatorRequest(key="a"), version, None)
        assert none.error_code == ErrorCode.COORDINATOR_NOT_AVAILABLE and none.node_id == -1


def _join_req(version: int, member_id: str = "", instance: str | None = None) -> Any:
    P = m.JoinGroupRequest.JoinGroupRequestProtocol
    return m.JoinGroupRequest(
        group_id="g", session_timeout_ms=10_000, rebalance_timeout_ms=10_000,
        member_id=member_id, group_instance_id=instance if version >= 5 else None,
        protocol_type="consumer", protocols=[P(name="range", metadata=b"meta")],
    )


async def _join_sync(version: int, sync_version: int, svc: FakeService) -> tuple[Any, Any]:
    resp = await acall(k11_join_group, _join_req(version), version, svc)
    if version >= 4:
        assert resp.error_code == ErrorCode.MEMBER_ID_REQUIRED
        resp = await acall(k11_join_group, _join_req(version, resp.member_id), version, svc)
    assert resp.error_code == 0 and resp.generation_id == 1 and resp.leader == resp.member_id
    assert [(x.member_id, bytes(x.metadata)) for x in resp.members] == [(resp.member_id, b"meta")]
    assert resp.protocol_name == "range"
    assert resp.protocol_type == ("consumer" if version >= 7 else None)
    A = m.SyncGroupRequest.SyncGroupRequestAssignment
    sync = m.SyncGroupRequest(
        group_id="g", generation_id=1, member_id=resp.member_id,
        protocol_type="consumer" if sync_version >= 5 else None,
        protocol_name="range" if sync_version >= 5 else None,
        assignments=[A(member_id=resp.member_id, assignment=b"assigned")],
    )
    sresp = await acall(k14_sync_group, sync, sync_version, svc)
    assert sresp.error_code == 0 and bytes(sresp.assignment) == b"assigned"
    return resp, sresp


@pytest.mark.parametrize("version", versions(m.JoinGroupRequest))
def test_join_sync_heartbeat_leave_every_join_version(version: int, svc: FakeService) -> None:
    sync_v = min(version, m.SyncGroupRequest.MAX_VERSION)
    hb_v = min(version, m.HeartbeatRequest.MAX_VERSION)
    leave_v = min(version, m.LeaveGroupRequest.MAX_VERSION)

    async def flow() -> None:
        joined, _ = await _join_sync(version, sync_v, svc)
        hb = m.HeartbeatRequest(group_id="g", generation_id=1, member_id=joined.member_id)
        assert (await acall(k12_heartbeat, hb, hb_v, svc)).error_code == 0
        hb.generation_id = 5
        assert (await acall(k12_heartbeat, hb, hb_v, svc)).error_code == ErrorCode.ILLEGAL_GENERATION
        if leave_v >= 3:
            M = m.LeaveGroupRequest.MemberIdentity
            leave = m.LeaveGroupRequest(group_id="g", members=[
                M(member_id=joined.member_id), M(member_id="ghost")])
            lresp = await acall(k13_leave_group, leave, leave_v, svc)
            assert [x.error_code for x in lresp.members] == [0, ErrorCode.UNKNOWN_MEMBER_ID]
        else:
            leave = m.LeaveGroupRequest(group_id="g", member_id=joined.member_id)
            assert (await acall(k13_leave_group, leave, leave_v, svc)).error_code == 0
            again = await acall(k13_leave_group, leave, leave_v, svc)
            assert again.error_code == ErrorCode.UNKNOWN_MEMBER_ID

    run(svc, flow())


@pytest.mark.parametrize("version", range(5, m.JoinGroupRequest.MAX_VERSION + 1))
def test_static_leader_rejoins_stable_group_at_every_version(version: int, svc: FakeService) -> None:
    async def flow() -> Any:
        first = await acall(k11_join_group, _join_req(version, instance="i"), version, svc)
        A = m.SyncGroupRequest.SyncGroupRequestAssignment
        sync = m.SyncGroupRequest(group_id="g", generation_id=1, member_id=first.member_id,
                                  group_instance_id="i",
                                  assignments=[A(member_id=first.member_id, assignment=b"x")])
        assert (await acall(k14_sync_group, sync, 3, svc)).error_code == 0
        # The process restarts: same instance id, no member id, no LeaveGroup before.
        return first, await acall(k11_join_group, _join_req(version, instance="i"), version, svc)

    first, again = run(svc, flow())
    assert again.error_code == 0 and again.generation_id == 1
    assert again.member_id != first.member_id and again.leader == again.member_id
    assert again.skip_assignment == (version >= 9)
    assert [x.group_instance_id for x in again.members] == ["i"]


@pytest.mark.parametrize("version", versions(m.SyncGroupRequest))
def test_sync_every_version(version: int, svc: FakeService) -> None:
    run(svc, _join_sync(min(9, max(version, 0)), version, svc))


def _commit_req(version: int, generation: int = -1, member_id: str = "") -> Any:
    T = m.OffsetCommitRequest.OffsetCommitRequestTopic
    P = T.OffsetCommitRequestPartition
    return m.OffsetCommitRequest(
        group_id="simple", generation_id_or_member_epoch=generation, member_id=member_id,
        topics=[
            T(name="t", partitions=[P(partition_index=1, committed_offset=42,
                                      committed_leader_epoch=3, committed_metadata="md")]),
            T(name="nope", partitions=[P(partition_index=0, committed_offset=1)]),
        ],
    )


@pytest.mark.parametrize("version", versions(m.OffsetCommitRequest))
def test_offset_commit_every_version(version: int, svc: FakeService) -> None:
    resp = call(k08_offset_commit, _commit_req(version), version, svc)
    errors = {(t.name, p.partition_index): p.error_code for t in resp.topics for p in t.partitions}
    assert errors == {("t", 1): 0, ("nope", 0): ErrorCode.UNKNOWN_TOPIC_OR_PARTITION}
    coordinator, _ = svc.coordinator_for("simple")
    got = coordinator.fetch_offsets("simple", [("t", 1)])[("t", 1)]
    assert (got.offset, got.metadata, got.leader_epoch) == (42, "md", 3 if version >= 6 else -1)
    bad = call(k08_offset_commit, _commit_req(version, generation=3, member_id="x"), version, svc)
    assert bad.topics[0].partitions[0].error_code == ErrorCode.UNKNOWN_MEMBER_ID


@pytest.mark.parametrize("version", versions(m.OffsetFetchRequest))
def test_offset_fetch_every_version(version: int, svc: FakeService) -> None:
    call(k08_offset_commit, _commit_req(7), 7, svc)
    if version >= 8:
        G = m.OffsetFetchRequest.OffsetFetchRequestGroup
        T = G.OffsetFetchRequestTopics
        req = m.OffsetFetchRequest(groups=[
            G(group_id="simple", topics=[T(name="t", partition_indexes=[1, 2])]),
            G(group_id="simple", topics=None),
            G(group_id="other", topics=[T(name="t", partition_indexes=[0])]),
        ])
        resp = call(k09_offset_fetch, req, version, svc)
        parts = [[(t.name, p.partition_index, p.committed_offset, p.metadata)
                  for t in g.topics for p in t.partitions] for g in resp.groups]
        assert parts == [[("t", 1, 42, "md"), ("t", 2, -1, "")], [("t", 1, 42, "md")],
                         [("t", 0, -1, "")]]
        assert resp.groups[0].topics[0].partitions[0].committed_leader_epoch == 3
        return
    T1 = m.OffsetFetchRequest.OffsetFetchRequestTopic
    req = m.OffsetFetchRequest(group_id="simple", topics=[T1(name="t", partition_indexes=[1, 2])])
    resp = call(k09_offset_fetch, req, version, svc)
    got = [(p.partition_index, p.committed_offset, p.metadata, p.error_code)
           for t in resp.topics for p in t.partitions]
    assert got == [(1, 42, "md", 0), (2, -1, "", 0)]
    if version >= 5:
        assert resp.topics[0].partitions[0].committed_leader_epoch == 3
    if version >= 2:
        everything = call(k09_offset_fetch, m.OffsetFetchRequest(group_id="simple", topics=None),
                          version, svc)
        assert [(t.name, [p.partition_index for p in t.partitions]) for t in everything.topics] \
            == [("t", [1])]
        missing = call(k09_offset_fetch, req, version, None)
        assert missing.error_code == ErrorCode.COORDINATOR_NOT_AVAILABLE
    else:
        missing = call(k09_offset_fetch, req, version, None)
        assert {p.error_code for p in missing.topics[0].partitions} == {
            ErrorCode.COORDINATOR_NOT_AVAILABLE}


@pytest.mark.parametrize("version", versions(m.DescribeGroupsRequest))
def test_describe_groups_every_version(version: int, svc: FakeService) -> None:

    async def flow() -> Any:
        await _join_sync(5, 3, svc)
        req = m.DescribeGroupsRequest(groups=["g", "missing"], include_authorized_operations=version >= 3)
        return await acall(k15_describe_groups, req, version, svc)

    resp = run(svc, flow())
    g, missing = resp.groups
    assert (g.error_code, g.group_state, g.protocol_type, g.protocol_data) == (
        0, "Stable", "consumer", "range")
    assert [(bytes(x.member_metadata), bytes(x.member_assignment), x.client_id, x.client_host)
            for x in g.members] == [(b"meta", b"assigned", "cli", "/127.0.0.1")]
    if version >= 3:
        assert g.authorized_operations != -2147483648
    if version >= 6:
        assert missing.error_code == ErrorCode.GROUP_ID_NOT_FOUND
    else:
        assert (missing.error_code, missing.group_state) == (0, "Dead")


@pytest.mark.parametrize("version", versions(m.ListGroupsRequest))
def test_list_groups_every_version(version: int, svc: FakeService) -> None:

    async def flow() -> tuple[Any, Any]:
        await _join_sync(5, 3, svc)
        await acall(k08_offset_commit, _commit_req(8), 8, svc)
        everything = await acall(k16_list_groups, m.ListGroupsRequest(), version, svc)
        filtered = m.ListGroupsRequest(states_filter=["STABLE"] if version >= 4 else [])
        stable = await acall(k16_list_groups, filtered, version, svc)
        return everything, stable

    everything, stable = run(svc, flow())
    assert [(g.group_id, g.protocol_type) for g in everything.groups] == [
        ("g", "consumer"), ("simple", "")]
    if version >= 4:
        assert [g.group_state for g in everything.groups] == ["Stable", "Empty"]
        assert [g.group_id for g in stable.groups] == ["g"]
    if version >= 5:
        assert {g.group_type for g in everything.groups} == {"classic"}


@pytest.mark.parametrize("version", versions(m.DeleteGroupsRequest))
def test_delete_groups_every_version(version: int, svc: FakeService) -> None:

    async def flow() -> Any:
        await _join_sync(5, 3, svc)
        await acall(k08_offset_commit, _commit_req(8), 8, svc)
        req = m.DeleteGroupsRequest(groups_names=["g", "simple", "missing"])
        return await acall(k42_delete_groups, req, version, svc)

    resp = run(svc, flow())
    assert [(r.group_id, r.error_code) for r in resp.results] == [
        ("g", ErrorCode.NON_EMPTY_GROUP), ("simple", 0), ("missing", ErrorCode.GROUP_ID_NOT_FOUND)]


def test_offset_delete(svc: FakeService) -> None:
    call(k08_offset_commit, _commit_req(8), 8, svc)
    T = m.OffsetDeleteRequest.OffsetDeleteRequestTopic
    P = T.OffsetDeleteRequestPartition
    req = m.OffsetDeleteRequest(group_id="simple", topics=[
        T(name="t", partitions=[P(partition_index=1)]),
        T(name="nope", partitions=[P(partition_index=0)])])
    resp = call(k47_offset_delete, req, 0, svc)
    assert resp.error_code == 0
    assert [(t.name, p.error_code) for t in resp.topics for p in t.partitions] == [
        ("t", 0), ("nope", ErrorCode.UNKNOWN_TOPIC_OR_PARTITION)]
    coordinator, _ = svc.coordinator_for("simple")
    assert coordinator.fetch_offsets("simple", [("t", 1)])[("t", 1)].offset == -1
    gone = call(k47_offset_delete, m.OffsetDeleteRequest(group_id="zz", topics=[]), 0, svc)
    assert gone.error_code == ErrorCode.GROUP_ID_NOT_FOUND
