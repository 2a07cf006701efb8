"""Static membership (KIP-345): group.instance.id."""

from __future__ import annotations

from kafkapy.group.state import GroupState
from wire.errors import ErrorCode

from .harness import DELAY, SESSION, Harness


def _stable_static(h: Harness, n: int) -> list:
    boxes = [h.join(instance=f"i{k}", client_id=f"c{k}") for k in range(n)]
    h.settle(boxes)
    results = [b.value for b in boxes]
    leader = next(r for r in results if r.leader == r.member_id)
    for r in results:
        if r is not leader:
            h.sync(r, instance=f"i{results.index(r)}")
    h.sync(leader, assignments={r.member_id: f"A{i}".encode() for i, r in enumerate(results)},
           instance=f"i{results.index(leader)}")
    assert h.group().state == GroupState.STABLE
    return results


def test_static_member_joins_without_member_id_required() -> None:
    h = Harness()
    box = h.join(instance="i0")
    h.clock.advance(DELAY)
    assert box.value.error == ErrorCode.NONE
    assert box.value.member_id.startswith("i0-")


def test_restart_within_session_timeout_does_not_rebalance() -> None:
    h = Harness()
    r0, r1 = _stable_static(h, 2)
    follower = r1 if r0.leader == r0.member_id else r0
    idx = [r0, r1].index(follower)
    h.clock.advance(SESSION // 2)  # the process restarts; no LeaveGroup (KIP-345)
    back = h.join(instance=f"i{idx}").value
    assert back.error == ErrorCode.NONE
    assert back.generation_id == 1 and back.member_id != follower.member_id
    assert h.group().state == GroupState.STABLE
    s = h.sync(back, instance=f"i{idx}").value
    assert s.assignment == f"A{idx}".encode()
    # The old incarnation is fenced.
    assert h.heartbeat(follower, instance=f"i{idx}") == ErrorCode.FENCED_INSTANCE_ID
    assert h.heartbeat(back, instance=f"i{idx}") == ErrorCode.NONE


def test_static_leader_rejoin_skips_assignment() -> None:
    h = Harness()
    results = _stable_static(h, 2)
    leader = next(r for r in results if r.leader == r.member_id)
    idx = results.index(leader)
    back = h.join(instance=f"i{idx}").value
    assert back.leader == back.member_id and back.skip_assignment
    assert h.group().state == GroupState.STABLE


def test_static_member_gone_past_session_timeout_is_removed() -> None:
    h = Harness()
    r0, r1 = _stable_static(h, 2)
    for _ in range(3):
        h.clock.advance(SESSION // 2)
        h.heartbeat(r0, instance="i0")
    assert r1.member_id not in h.group().members
    assert h.group().state == GroupState.PREPARING_REBALANCE


def test_fenced_instance_on_join_sync_commit_and_leave() -> None:
    h = Harness()
    r0, _ = _stable_static(h, 2)
    assert h.join(member_id="bogus", instance="i0").value.error == ErrorCode.FENCED_INSTANCE_ID
    assert h.coord.heartbeat("g", 1, "bogus", "i0") == ErrorCode.FENCED_INSTANCE_ID
    box = h.commit("g", "bogus", 1, {("t", 0): 1}, instance="i0")
    assert box.value == {("t", 0): ErrorCode.FENCED_INSTANCE_ID}
    assert h.coord.leave_group("g", [("bogus", "i0")]) == (ErrorCode.NONE, [ErrorCode.FENCED_INSTANCE_ID])
    # A batched leave by instance id alone (v3+, e.g. an admin removing members).
    assert h.coord.leave_group("g", [("", "i0"), ("", "i9")]) == (
        ErrorCode.NONE, [ErrorCode.NONE, ErrorCode.UNKNOWN_MEMBER_ID])
    assert r0.member_id not in h.group().members
