"""JoinGroup / SyncGroup / Heartbeat / LeaveGroup on the pure coordinator."""

from __future__ import annotations

from kafkapy.group.state import GroupState
from wire.errors import ErrorCode

from .harness import DELAY, REBALANCE, SESSION, Harness


def test_member_id_required_then_first_generation() -> None:
    h = Harness()
    first = h.join().value
    assert first.error == ErrorCode.MEMBER_ID_REQUIRED
    assert first.member_id.startswith("c-")
    box = h.join(member_id=first.member_id)
    assert not box.done  # waits out group.initial.rebalance.delay.ms
    assert h.group().state == GroupState.PREPARING_REBALANCE
    h.clock.advance(DELAY)
    r = box.value
    assert r.error == ErrorCode.NONE and r.generation_id == 1
    assert r.leader == r.member_id == first.member_id
    assert [m.member_id for m in r.members] == [r.member_id]
    assert r.members[0].metadata == b"m"
    assert (r.protocol_type, r.protocol_name) == ("consumer", "range")
    assert h.group().state == GroupState.COMPLETING_REBALANCE
    s = h.sync(r, assignments={r.member_id: b"A"}).value
    assert (s.error, s.assignment, s.protocol_name) == (ErrorCode.NONE, b"A", "range")
    assert h.group().state == GroupState.STABLE
    assert len(h.log.records) == 1  # the group record carrying the assignment


def test_unknown_member_id_before_v4_joins_directly() -> None:
    h = Harness()
    box = h.join(require_known=False)
    h.clock.advance(DELAY)
    assert box.value.error == ErrorCode.NONE and box.value.generation_id == 1


def test_three_members_share_a_generation_and_the_leader_sees_all() -> None:
    h = Harness()
    results = h.stable_group(3)
    assert {r.generation_id for r in results} == {1}
    assert len(results[0].members) == 3
    assert all(r.members == () for r in results[1:])
    assert {r.leader for r in results} == {results[0].member_id}


def test_initial_delay_extends_while_members_keep_arriving() -> None:
    h = Harness(group_initial_rebalance_delay_ms=1_000)
    a = h.new_member()
    h.clock.advance(900)
    b = h.new_member()
    h.clock.advance(200)  # first delay over, but a member arrived during it: extend
    assert not a.done and not b.done
    h.clock.advance(1_000)
    assert a.value.generation_id == b.value.generation_id == 1


def test_protocol_selection_by_votes() -> None:
    h = Harness()
    h.new_member(protocols=[("roundrobin", b"1"), ("range", b"1")])
    h.new_member(protocols=[("roundrobin", b"2"), ("range", b"2")])
    c = h.new_member(protocols=[("range", b"3"), ("roundrobin", b"3")])
    h.settle([c])
    assert c.value.protocol_name == "roundrobin"


def test_protocol_selection_only_among_protocols_everyone_supports() -> None:
    h = Harness()
    h.new_member(protocols=[("cooperative-sticky", b""), ("range", b"")])
    b = h.new_member(protocols=[("range", b"")])
    h.settle([b])
    assert b.value.protocol_name == "range"


def test_inconsistent_group_protocol() -> None:
    h = Harness()
    h.stable_group(1)
    assert h.join(protocols=[("roundrobin", b"")]).value.error == ErrorCode.INCONSISTENT_GROUP_PROTOCOL
    assert h.join(protocol_type="connect").value.error == ErrorCode.INCONSISTENT_GROUP_PROTOCOL
    assert h.join(group="other", protocols=[]).value.error == ErrorCode.INCONSISTENT_GROUP_PROTOCOL


def test_join_validation_errors() -> None:
    h = Harness()
    assert h.join(group="").value.error == ErrorCode.INVALID_GROUP_ID
    assert h.join(session=1).value.error == ErrorCode.INVALID_SESSION_TIMEOUT
    assert h.join(member_id="ghost").value.error == ErrorCode.UNKNOWN_MEMBER_ID


def test_new_member_triggers_rebalance_and_heartbeats_say_so() -> None:
    h = Harness()
    a, b = h.stable_group(2)
    assert h.heartbeat(a) == ErrorCode.NONE
    c = h.new_member()
    assert h.group().state == GroupState.PREPARING_REBALANCE
    assert h.heartbeat(a) == ErrorCode.REBALANCE_IN_PROGRESS
    assert h.heartbeat(b) == ErrorCode.REBALANCE_IN_PROGRESS
    a2 = h.join(member_id=a.member_id)
    assert not c.done
    b2 = h.join(member_id=b.member_id)
    # Every known member rejoined: the join completes without waiting for the timeout.
    assert {x.value.generation_id for x in (a2, b2, c)} == {2}
    assert h.sync(a, assignments={}).value.error == ErrorCode.ILLEGAL_GENERATION
    assert h.heartbeat(a) == ErrorCode.ILLEGAL_GENERATION


def test_member_that_does_not_rejoin_is_dropped_at_the_rebalance_timeout() -> None:
    h = Harness()
    a, b = h.stable_group(2)
    c = h.new_member()
    a2 = h.join(member_id=a.member_id)
    # b keeps heartbeating (it is alive) but never rejoins: it loses its membership.
    for _ in range(REBALANCE // 1000 - 1):
        h.clock.advance(1000)
        assert h.heartbeat(b) == ErrorCode.REBALANCE_IN_PROGRESS
    assert not a2.done
    h.clock.advance(1000)
    assert a2.value.generation_id == c.value.generation_id == 2
    assert b.member_id not in h.group().members
    assert h.heartbeat(b) == ErrorCode.UNKNOWN_MEMBER_ID


def test_session_timeout_removes_member_and_rebalances() -> None:
    h = Harness()
    a, b = h.stable_group(2)
    h.clock.advance(SESSION - 1)
    assert h.heartbeat(a) == ErrorCode.NONE
    assert b.member_id in h.group().members
    h.clock.advance(1)
    assert h.heartbeat(a) == ErrorCode.REBALANCE_IN_PROGRESS  # b expired
    assert b.member_id not in h.group().members
    r = h.join(member_id=a.member_id).value
    assert r.generation_id == 2 and [m.member_id for m in r.members] == [a.member_id]


def test_leave_group_rebalances_and_empties() -> None:
    h = Harness()
    a, b = h.stable_group(2)
    assert h.coord.leave_group("g", [(b.member_id, None)]) == (ErrorCode.NONE, [ErrorCode.NONE])
    assert h.group().state == GroupState.PREPARING_REBALANCE
    r = h.join(member_id=a.member_id).value
    assert r.generation_id == 2
    assert h.coord.leave_group("g", [(a.member_id, None), ("ghost", None)]) == (
        ErrorCode.NONE, [ErrorCode.NONE, ErrorCode.UNKNOWN_MEMBER_ID])
    # The last member left: the group is Empty at the next generation, persisted.
    assert h.group().state == GroupState.EMPTY
    assert h.group().generation_id == 3


def test_leave_unknown_group() -> None:
    h = Harness()
    assert h.coord.leave_group("nope", [("x", None)]) == (ErrorCode.NONE, [ErrorCode.UNKNOWN_MEMBER_ID])


def test_leader_sync_failure_propagates_and_rebalances() -> None:
    h = Harness()
    boxes = [h.new_member(client_id=f"c{i}") for i in range(2)]
    h.settle(boxes)
    leader, follower = sorted((b.value for b in boxes), key=lambda r: r.leader != r.member_id)
    fbox = h.sync(follower)
    h.log.fail_with = ErrorCode.KAFKA_STORAGE_ERROR
    lbox = h.sync(leader, assignments={leader.member_id: b"x"})
    assert lbox.value.error == ErrorCode.NOT_COORDINATOR
    assert fbox.value.error == ErrorCode.NOT_COORDINATOR
    assert h.group().state == GroupState.PREPARING_REBALANCE


def test_sync_in_preparing_rebalance_and_unknown_member() -> None:
    h = Harness()
    a, _b = h.stable_group(2)
    h.new_member()
    assert h.sync(a).value.error == ErrorCode.REBALANCE_IN_PROGRESS
    assert h.coord.heartbeat("g", 1, "ghost", None) == ErrorCode.UNKNOWN_MEMBER_ID


def test_follower_that_never_syncs_is_removed() -> None:
    h = Harness()
    boxes = [h.new_member(client_id=f"c{i}") for i in range(2)]
    h.settle(boxes)
    leader, follower = sorted((b.value for b in boxes), key=lambda r: r.leader != r.member_id)
    assert h.sync(leader, assignments={}).value.error == ErrorCode.NONE
    assert h.group().state == GroupState.STABLE
    # The follower heartbeats (it is alive) but never sends SyncGroup.
    for _ in range(REBALANCE // 1000 - 1):
        h.clock.advance(1000)
        assert h.heartbeat(leader) == h.heartbeat(follower) == ErrorCode.NONE
    h.clock.advance(1000)
    assert follower.member_id not in h.group().members
    assert h.group().state == GroupState.PREPARING_REBALANCE


def test_follower_rejoin_with_same_metadata_in_stable_is_not_a_rebalance() -> None:
    h = Harness()
    _a, b = h.stable_group(2)
    r = h.join(member_id=b.member_id).value
    assert r.error == ErrorCode.NONE and r.generation_id == 1 and r.members == ()
    assert h.group().state == GroupState.STABLE
    # New metadata (a cooperative member's owned partitions changed) does rebalance.
    h.join(member_id=b.member_id, protocols=[("range", b"changed")])
    assert h.group().state == GroupState.PREPARING_REBALANCE


def test_duplicate_join_answers_the_older_request() -> None:
    h = Harness()
    a, b = h.stable_group(2)
    first = h.join(member_id=a.member_id)
    second = h.join(member_id=a.member_id)
    assert first.value.error == ErrorCode.REBALANCE_IN_PROGRESS
    h.join(member_id=b.member_id)
    assert second.value.generation_id == 2


def test_illegal_transition_raises() -> None:
    import pytest

    from kafkapy.group.state import IllegalStateTransition

    h = Harness()
    h.stable_group(1)
    with pytest.raises(IllegalStateTransition):
        h.group().transition_to(GroupState.EMPTY, 0)


def test_unload_answers_pending_requests_with_not_coordinator() -> None:
    h = Harness()
    box = h.new_member()
    h.coord.unload()
    assert box.value.error == ErrorCode.NOT_COORDINATOR
    assert h.clock.pending() == 0 or not h.coord.groups
    h.clock.advance(REBALANCE * 2)  # stale timers fire harmlessly
    assert box.values == [box.value]
