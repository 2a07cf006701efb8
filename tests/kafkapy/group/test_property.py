"""Random interleavings of joins, syncs, heartbeats, leaves, commits and time: the
coordinator never raises (no illegal transition), answers every request exactly once,
never moves a generation backwards, and a Stable group's members all hold the generation's
assignment."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kafkapy.group.state import GroupState
from wire.errors import ErrorCode

from .harness import Box, Harness

MEMBERS = 4
Op = tuple[str, int, int]

ops = st.lists(
    st.tuples(
        st.sampled_from(["join", "rejoin", "static", "sync", "syncall", "syncall", "heartbeat",
                         "leave", "commit", "advance", "advance", "change"]),
        st.integers(0, MEMBERS - 1),
        st.sampled_from([0, 100, 100, 500, 3_000, 11_000, 31_000]),
    ),
    min_size=10,
    max_size=80,
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ops)
def test_random_interleavings(sequence: list[Op]) -> None:
    h = Harness(group_initial_rebalance_delay_ms=100)
    ids: dict[int, str] = {}
    generations: dict[int, int] = {}
    boxes: list[Box] = []
    last_generation = 0

    joins: list[tuple[int, Box]] = []
    learned: set[int] = set()

    def learn() -> None:
        """Members remember the id and generation of their latest answered JoinGroup."""
        for idx, box in joins:
            if id(box) in learned or not box.values:
                continue
            learned.add(id(box))
            r = box.values[0]
            if r.error in (ErrorCode.NONE, ErrorCode.MEMBER_ID_REQUIRED):
                ids[idx] = r.member_id
            if r.error == ErrorCode.NONE:
                generations[idx] = r.generation_id

    for op, idx, ms in sequence:
        member = ids.get(idx, "")
        if op in ("join", "rejoin", "change"):
            meta = b"changed" if op == "change" else b"m"
            box = h.join(member_id=member if op != "join" else "", protocols=[("range", meta)],
                         client_id=f"c{idx}")
            joins.append((idx, box))
        elif op == "static":
            box = h.join(instance=f"i{idx}", client_id=f"c{idx}")
            joins.append((idx, box))
        elif op == "sync":
            box = Box()
            h.coord.sync_group("g", generations.get(idx, -1), member, None, None, None,
                               {m: m.encode() for m in ids.values()}, box)
        elif op == "syncall":  # every known member syncs (the leader among them)
            for i, m in ids.items():
                box = Box()
                h.coord.sync_group("g", generations.get(i, -1), m, None, None, None,
                                   {x: x.encode() for x in ids.values()}, box)
                boxes.append(box)
            continue
        elif op == "heartbeat":
            h.coord.heartbeat("g", generations.get(idx, -1), member, None)
            continue
        elif op == "leave":
            h.coord.leave_group("g", [(member, None)])
            continue
        elif op == "commit":
            box = h.commit("g", member, generations.get(idx, -1), {("t", idx): ms})
        else:
            h.clock.advance(ms)
            assert all(len(b.values) <= 1 for b in boxes)
            learn()
            continue
        boxes.append(box)
        for b in boxes:
            assert len(b.values) <= 1, b.values
        learn()
        group = h.coord.groups.get("g")
        if group is not None:
            assert group.generation_id >= last_generation
            last_generation = group.generation_id
            if group.state == GroupState.STABLE:
                assert not any(m.await_join for m in group.members.values())

    # Everyone leaves; time passes: every request has been answered exactly once.
    group = h.coord.groups.get("g")
    if group is not None:
        h.coord.leave_group("g", [(m, None) for m in list(group.members)])
    h.clock.advance(120_000)
    for b in boxes:
        assert len(b.values) == 1, b.values
    group = h.coord.groups.get("g")
    assert group is None or group.state in (GroupState.EMPTY, GroupState.DEAD)
