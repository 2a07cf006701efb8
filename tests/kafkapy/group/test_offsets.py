"""Committed offsets, replay, retention, DeleteGroups and OffsetDelete."""

from __future__ import annotations

import struct

from kafkapy.group import records as rec
from kafkapy.group.log import MemoryCoordinatorLog
from kafkapy.group.state import GroupState
from wire.errors import ErrorCode

from .harness import Box, Harness

TP = ("t", 0)


def test_simple_consumer_commits_with_generation_minus_one() -> None:
    h = Harness()
    assert h.commit("simple", "", -1, {TP: 42}).value == {TP: ErrorCode.NONE}
    got = h.coord.fetch_offsets("simple", [TP, ("t", 1)])
    assert got[TP].offset == 42 and got[("t", 1)].offset == -1
    assert h.coord.fetch_offsets("simple", None) == {TP: got[TP]}
    assert h.group("simple").state == GroupState.EMPTY
    assert h.coord.describe_group("simple").state == "Empty"


def test_member_commit_checks_generation_and_membership() -> None:
    h = Harness()
    a, _ = h.stable_group(2)
    assert h.commit("g", a.member_id, 1, {TP: 1}).value == {TP: ErrorCode.NONE}
    assert h.commit("g", a.member_id, 7, {TP: 1}).value == {TP: ErrorCode.ILLEGAL_GENERATION}
    assert h.commit("g", "ghost", 1, {TP: 1}).value == {TP: ErrorCode.UNKNOWN_MEMBER_ID}
    assert h.commit("g", "", -1, {TP: 1}).value == {TP: ErrorCode.UNKNOWN_MEMBER_ID}
    assert h.commit("nogroup", "m", 3, {TP: 1}).value == {TP: ErrorCode.ILLEGAL_GENERATION}


def test_commit_in_completing_rebalance_is_rejected() -> None:
    h = Harness()
    box = h.new_member()
    h.clock.advance(200)
    r = box.value
    assert h.commit("g", r.member_id, 1, {TP: 1}).value == {TP: ErrorCode.REBALANCE_IN_PROGRESS}


def test_metadata_too_large_is_per_partition() -> None:
    h = Harness(offset_metadata_max_bytes=4)
    box = Box()
    h.coord.commit_offsets("s", "", None, -1, {("t", 0): (1, -1, "abcde"), ("t", 1): (1, -1, "ab")}, box)
    assert box.value == {("t", 0): ErrorCode.OFFSET_METADATA_TOO_LARGE, ("t", 1): ErrorCode.NONE}


def test_commit_is_acknowledged_only_after_the_append() -> None:
    h = Harness()
    h.log.defer = True
    box = h.commit("s", "", -1, {TP: 9})
    assert not box.done
    assert h.coord.fetch_offsets("s", [TP])[TP].offset == -1
    h.log.complete_deferred()
    assert box.value == {TP: ErrorCode.NONE}
    assert h.coord.fetch_offsets("s", [TP])[TP].offset == 9


def test_failed_append_is_not_applied() -> None:
    h = Harness()
    h.log.fail_with = ErrorCode.KAFKA_STORAGE_ERROR
    assert h.commit("s", "", -1, {TP: 9}).value == {TP: ErrorCode.NOT_COORDINATOR}
    assert h.coord.fetch_offsets("s", [TP])[TP].offset == -1


def test_replay_restores_offsets_and_a_stable_group() -> None:
    h = Harness()
    a, b = h.stable_group(2)
    h.commit("g", a.member_id, 1, {TP: 5, ("t", 1): 6})
    h.commit("g", b.member_id, 1, {TP: 7}, metadata="m")
    h.commit("simple", "", -1, {("u", 3): 1})
    h2 = Harness(log=h.log)
    assert h2.coord.fetch_offsets("g", [TP, ("t", 1)]) == h.coord.fetch_offsets("g", [TP, ("t", 1)])
    assert h2.coord.fetch_offsets("g", [TP])[TP].metadata == "m"
    g = h2.group("g")
    assert g.state == GroupState.STABLE and g.generation_id == 1
    assert set(g.members) == {a.member_id, b.member_id}
    # Members carry on after a coordinator restart: same generation, same assignment.
    assert h2.heartbeat(a) == ErrorCode.NONE
    assert h2.sync(b).value.assignment == b.member_id.encode()
    assert h2.coord.fetch_offsets("simple", [("u", 3)])[("u", 3)].offset == 1


def test_replay_skips_foreign_and_corrupt_records() -> None:
    log = MemoryCoordinatorLog()
    log.records.append((struct.pack(">h", 11) + b"xx", b"whatever"))  # a KIP-848 record type
    log.records.append((rec.encode_key(rec.OffsetCommitKey("g", "t", 0)), b"\x00"))
    log.records.append((rec.encode_key(rec.OffsetCommitKey("g", "t", 1)),
                        rec.encode_offset_value(rec.OffsetCommitValue(
                            offset=3, metadata="", commit_timestamp=1))))
    h = Harness(log=log)
    assert h.coord.fetch_offsets("g", None) == {("t", 1): h.coord.fetch_offsets("g", [("t", 1)])[("t", 1)]}


def test_empty_group_offsets_expire_after_retention() -> None:
    h = Harness(offsets_retention_minutes=1, offsets_retention_check_interval_ms=10_000)
    a, = h.stable_group(1)
    h.commit("g", a.member_id, 1, {TP: 5})
    h.commit("simple", "", -1, {TP: 1})
    for _ in range(24):  # two minutes of a live member: its group keeps its offsets
        h.clock.advance(5_000)
        assert h.heartbeat(a) == ErrorCode.NONE
    assert h.coord.fetch_offsets("g", [TP])[TP].offset == 5
    assert "simple" not in h.coord.groups  # expired one minute after its commit
    h.coord.leave_group("g", [(a.member_id, None)])
    assert h.group().state == GroupState.EMPTY
    h.clock.advance(50_000)
    assert h.coord.fetch_offsets("g", [TP])[TP].offset == 5
    h.clock.advance(20_000)
    assert "g" not in h.coord.groups
    h2 = Harness(log=h.log)
    assert h2.coord.groups == {}


def test_delete_groups() -> None:
    h = Harness()
    h.stable_group(1, group="busy")
    h.commit("idle", "", -1, {TP: 1})
    box = Box()
    h.coord.delete_groups(["busy", "idle", "none"], box)
    assert box.value == {"busy": ErrorCode.NON_EMPTY_GROUP, "idle": ErrorCode.NONE,
                         "none": ErrorCode.GROUP_ID_NOT_FOUND}
    assert "idle" not in h.coord.groups
    assert "idle" not in Harness(log=h.log).coord.groups


def test_offset_delete_refuses_subscribed_topics() -> None:
    h = Harness()
    sub = struct.pack(">hi", 0, 1) + struct.pack(">h", 1) + b"t" + struct.pack(">i", -1)
    box = h.new_member(protocols=[("range", sub)])
    h.clock.advance(200)
    r = box.value
    h.sync(r, assignments={r.member_id: b""})
    h.commit("g", r.member_id, 1, {TP: 1, ("other", 0): 2})
    out = Box()
    h.coord.delete_offsets("g", [TP, ("other", 0)], lambda e, p: out((e, p)))
    err, parts = out.value
    assert err == ErrorCode.NONE
    assert parts == {TP: ErrorCode.GROUP_SUBSCRIBED_TO_TOPIC, ("other", 0): ErrorCode.NONE}
    assert h.coord.fetch_offsets("g", [("other", 0)])[("other", 0)].offset == -1
    assert h.coord.fetch_offsets("g", [TP])[TP].offset == 1
    missing = Box()
    h.coord.delete_offsets("nope", [TP], lambda e, p: missing(e))
    assert missing.value == ErrorCode.GROUP_ID_NOT_FOUND


def test_list_and_describe() -> None:
    h = Harness()
    a, b = h.stable_group(2)
    h.commit("s", "", -1, {TP: 1})
    listing = {g.group_id: g for g in h.coord.list_groups()}
    assert listing["g"].state == "Stable" and listing["g"].protocol_type == "consumer"
    assert listing["s"].state == "Empty" and listing["s"].protocol_type == ""
    assert [g.group_id for g in h.coord.list_groups({GroupState.STABLE})] == ["g"]
    assert h.coord.list_groups(types={"consumer"}) == []
    d = h.coord.describe_group("g")
    assert d.state == "Stable" and d.protocol == "range"
    assert {m.member_id: m.assignment for m in d.members} == {
        a.member_id: a.member_id.encode(), b.member_id: b.member_id.encode()}
    assert h.coord.describe_group("missing").state == "Dead"


def test_stable_group_expires_only_offsets_of_topics_it_no_longer_consumes() -> None:
    h = Harness(offsets_retention_minutes=1, offsets_retention_check_interval_ms=10_000)
    sub = struct.pack(">hi", 0, 1) + struct.pack(">h", 1) + b"t" + struct.pack(">i", -1)
    box = h.new_member(protocols=[("range", sub)])
    h.settle([box])
    r = box.value
    h.sync(r, assignments={r.member_id: b""})
    h.commit("g", r.member_id, 1, {TP: 1, ("old", 0): 2})
    for _ in range(30):  # 2.5 minutes of a live member
        h.clock.advance(5_000)
        assert h.heartbeat(r) == ErrorCode.NONE
    got = h.coord.fetch_offsets("g", [TP, ("old", 0)])
    assert (got[TP].offset, got[("old", 0)].offset) == (1, -1)
    assert h.group().state == GroupState.STABLE


def test_explicit_expire_timestamp_wins() -> None:
    h = Harness(offsets_retention_check_interval_ms=1_000)
    box = Box()
    now = h.clock.now_ms()
    h.coord.commit_offsets("s", "", None, -1, {TP: (4, -1, None)}, box, expire_timestamp=now + 3_000)
    assert box.value == {TP: ErrorCode.NONE}
    value = rec.decode_offset_value(h.log.records[-1][1] or b"")
    assert value.expire_timestamp == now + 3_000  # written as OffsetCommitValue v1
    h.clock.advance(2_000)
    assert h.coord.fetch_offsets("s", [TP])[TP].offset == 4
    h.clock.advance(1_000)
    assert "s" not in h.coord.groups


def test_empty_group_without_offsets_is_removed_at_the_next_check() -> None:
    h = Harness(offsets_retention_check_interval_ms=1_000)
    assert h.join(group="nothing", protocols=[]).value.error == ErrorCode.INCONSISTENT_GROUP_PROTOCOL
    assert "nothing" not in h.coord.groups  # a bad join creates no group
    a, = h.stable_group(1, group="left")
    h.coord.leave_group("left", [(a.member_id, None)])
    assert h.group("left").state == GroupState.EMPTY
    pending = h.join(group="pending").value
    assert pending.error == ErrorCode.MEMBER_ID_REQUIRED
    h.clock.advance(1_000)
    assert "left" not in h.coord.groups
    assert "pending" in h.coord.groups  # its member may still come back


def test_append_error_mapping_is_kafkas() -> None:
    from kafkapy.group.log import append_error

    assert append_error(ErrorCode.NONE) == ErrorCode.NONE
    assert append_error(ErrorCode.NOT_ENOUGH_REPLICAS) == ErrorCode.COORDINATOR_NOT_AVAILABLE
    assert append_error(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION) == ErrorCode.COORDINATOR_NOT_AVAILABLE
    assert append_error(ErrorCode.KAFKA_STORAGE_ERROR) == ErrorCode.NOT_COORDINATOR
    assert append_error(ErrorCode.NOT_LEADER_OR_FOLLOWER) == ErrorCode.NOT_COORDINATOR
    assert append_error(ErrorCode.RECORD_LIST_TOO_LARGE) == ErrorCode.UNKNOWN_SERVER_ERROR
    assert append_error(ErrorCode.MESSAGE_TOO_LARGE, commit=True) == ErrorCode.INVALID_COMMIT_OFFSET_SIZE
