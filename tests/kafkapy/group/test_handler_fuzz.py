"""Misbehaving clients: random (decodable) group requests at random versions against one
broker-side coordinator. No handler may raise, every answer must encode at its version,
and every parked JoinGroup/SyncGroup is answered when the coordinator unloads."""

from __future__ import annotations

import asyncio
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

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

from .test_handlers import FakeService, make_ctx

names = st.sampled_from(["", "g", "h", "t", "nope", "é"])
ids = st.sampled_from(["", "m1", "c-1", "g-x"])
instances = st.none() | st.sampled_from(["i", "j"])
ints = st.sampled_from([-1, 0, 1, 2, 7, 2**31 - 1, -(2**31)])
timeouts = st.sampled_from([-1, 0, 10, 6_000, 10_000, 3_000_000])
blobs = st.binary(max_size=8)


def _join(v: int) -> Any:
    P = m.JoinGroupRequest.JoinGroupRequestProtocol
    return st.builds(
        m.JoinGroupRequest, group_id=names, session_timeout_ms=timeouts,
        rebalance_timeout_ms=timeouts if v >= 1 else st.just(-1), member_id=ids,
        group_instance_id=instances if v >= 5 else st.none(),
        protocol_type=st.sampled_from(["consumer", "", "connect"]),
        protocols=st.lists(st.builds(P, name=st.sampled_from(["range", "rr", ""]), metadata=blobs),
                           max_size=3),
    )


def _sync(v: int) -> Any:
    A = m.SyncGroupRequest.SyncGroupRequestAssignment
    return st.builds(
        m.SyncGroupRequest, group_id=names, generation_id=ints, member_id=ids,
        group_instance_id=instances if v >= 3 else st.none(),
        protocol_type=st.none() | st.just("consumer") if v >= 5 else st.none(),
        protocol_name=st.none() | st.just("range") if v >= 5 else st.none(),
        assignments=st.lists(st.builds(A, member_id=ids, assignment=blobs), max_size=3),
    )


def _commit(v: int) -> Any:
    T = m.OffsetCommitRequest.OffsetCommitRequestTopic
    P = T.OffsetCommitRequestPartition
    part = st.builds(P, partition_index=ints, committed_offset=ints,
                     committed_leader_epoch=ints if v >= 6 else st.just(-1),
                     committed_metadata=st.none() | st.text(max_size=5))
    return st.builds(
        m.OffsetCommitRequest, group_id=names, generation_id_or_member_epoch=ints, member_id=ids,
        group_instance_id=instances if v >= 7 else st.none(),
        retention_time_ms=ints if v <= 4 else st.just(-1),
        topics=st.lists(st.builds(T, name=names, partitions=st.lists(part, max_size=3)),
                        max_size=3),
    )


def _fetch(v: int) -> Any:
    if v >= 8:
        G = m.OffsetFetchRequest.OffsetFetchRequestGroup
        T = G.OffsetFetchRequestTopics
        topics = st.none() | st.lists(st.builds(T, name=names, partition_indexes=st.lists(ints,
                                                                                       max_size=3)))
        return st.builds(m.OffsetFetchRequest, groups=st.lists(
            st.builds(G, group_id=names, topics=topics), max_size=3))
    T1 = m.OffsetFetchRequest.OffsetFetchRequestTopic
    topics1 = st.lists(st.builds(T1, name=names, partition_indexes=st.lists(ints, max_size=3)),
                       max_size=3)
    return st.builds(m.OffsetFetchRequest, group_id=names,
                     topics=(st.none() | topics1) if v >= 2 else topics1)


def _leave(v: int) -> Any:
    if v >= 3:
        M = m.LeaveGroupRequest.MemberIdentity
        return st.builds(m.LeaveGroupRequest, group_id=names, members=st.lists(
            st.builds(M, member_id=ids, group_instance_id=instances), max_size=3))
    return st.builds(m.LeaveGroupRequest, group_id=names, member_id=ids)


def _others(v: int, module: Any) -> Any:
    if module is k12_heartbeat:
        return st.builds(m.HeartbeatRequest, group_id=names, generation_id=ints, member_id=ids,
                         group_instance_id=instances if v >= 3 else st.none())
    if module is k15_describe_groups:
        return st.builds(m.DescribeGroupsRequest, groups=st.lists(names, max_size=3))
    if module is k16_list_groups:
        return st.builds(m.ListGroupsRequest, states_filter=st.lists(
            st.sampled_from(["Stable", "empty", "bogus"]), max_size=2) if v >= 4 else st.just([]))
    if module is k42_delete_groups:
        return st.builds(m.DeleteGroupsRequest, groups_names=st.lists(names, max_size=3))
    if module is k47_offset_delete:
        T = m.OffsetDeleteRequest.OffsetDeleteRequestTopic
        P = T.OffsetDeleteRequestPartition
        return st.builds(m.OffsetDeleteRequest, group_id=names, topics=st.lists(st.builds(
            T, name=names, partitions=st.lists(st.builds(P, partition_index=ints), max_size=2)),
            max_size=2))
    if v >= 4:
        return st.builds(m.FindCoordinatorRequest, key_type=st.sampled_from([0, 1, 2]),
                         coordinator_keys=st.lists(names, max_size=3))
    return st.builds(m.FindCoordinatorRequest, key=names,
                     key_type=st.sampled_from([0, 1, 2]) if v >= 1 else st.just(0))


MODULES = [
    (k11_join_group, m.JoinGroupRequest, _join), (k14_sync_group, m.SyncGroupRequest, _sync),
    (k08_offset_commit, m.OffsetCommitRequest, _commit),
    (k09_offset_fetch, m.OffsetFetchRequest, _fetch), (k13_leave_group, m.LeaveGroupRequest, _leave),
    *[(mod, cls, None) for mod, cls in [
        (k12_heartbeat, m.HeartbeatRequest), (k15_describe_groups, m.DescribeGroupsRequest),
        (k16_list_groups, m.ListGroupsRequest), (k42_delete_groups, m.DeleteGroupsRequest),
        (k47_offset_delete, m.OffsetDeleteRequest),
        (k10_find_coordinator, m.FindCoordinatorRequest)]],
]


@st.composite
def requests(draw: Any) -> tuple[Any, int, Any]:
    module, cls, strategy = draw(st.sampled_from(MODULES))
    version = draw(st.integers(cls.MIN_VERSION, cls.MAX_VERSION))
    build = strategy(version) if strategy is not None else _others(version, module)
    return module, version, draw(build)


@settings(max_examples=100, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.lists(requests(), min_size=1, max_size=25))
def test_random_group_requests(batch: list[tuple[Any, int, Any]]) -> None:
    svc = FakeService()
    try:
        svc.loop.run_until_complete(_drive(svc, batch))
    finally:
        svc.loop.close()


async def _drive(svc: FakeService, batch: list[tuple[Any, int, Any]]) -> None:
    tasks = []
    for module, version, request in batch:
        wire_request = type(request).decode(request.encode(version), version)
        task = asyncio.ensure_future(module.handle(make_ctx(version, svc), wire_request))
        tasks.append((version, task))
        await asyncio.wait({task}, timeout=0.001)  # let it answer or park
    svc.manager.shutdown()  # parked JoinGroup/SyncGroup answers: NOT_COORDINATOR
    for version, task in tasks:
        response = await asyncio.wait_for(task, 5)
        type(response).decode(response.encode(version), version)
