"""Replica placement (AdminUtils) and leader election rules."""

from __future__ import annotations

import random
from collections import Counter

import pytest

from kafkapy.cluster.assignment import AssignmentError, assign_replicas, rack_alternated
from kafkapy.cluster.election import offline_election, preferred_election, remove_from_isr


@pytest.mark.parametrize("seed", range(20))
@pytest.mark.parametrize(("brokers", "rf"), [(3, 3), (5, 3), (6, 2), (1, 1), (4, 1)])
def test_replicas_distinct_and_leaders_balanced(seed: int, brokers: int, rf: int) -> None:
    ids = {b: None for b in range(1, brokers + 1)}
    out = assign_replicas(ids, brokers * 4, rf, rng=random.Random(seed))
    assert sorted(out) == list(range(brokers * 4))
    for replicas in out.values():
        assert len(replicas) == rf == len(set(replicas))
        assert set(replicas) <= set(ids)
    leaders = Counter(r[0] for r in out.values())
    assert set(leaders.values()) == {4}  # each broker leads exactly 4 of them


def test_start_partition_continues_the_round_robin() -> None:
    out = assign_replicas({1: None, 2: None, 3: None}, 2, 2, start_partition=5,
                          rng=random.Random(1))
    assert sorted(out) == [5, 6]


@pytest.mark.parametrize("seed", range(20))
def test_rack_aware_one_replica_per_rack(seed: int) -> None:
    racks = {1: "a", 2: "a", 3: "b", 4: "b", 5: "c", 6: "c"}
    out = assign_replicas(racks, 12, 3, rng=random.Random(seed))
    for replicas in out.values():
        assert len({racks[r] for r in replicas}) == 3
        assert len(set(replicas)) == 3
    assert set(Counter(r[0] for r in out.values()).values()) == {2}


def test_rack_alternated_order() -> None:
    assert rack_alternated({1: "a", 2: "a", 3: "b", 4: "c", 5: "c"}) == [1, 3, 4, 2, 5]


def test_rack_aware_with_more_replicas_than_racks() -> None:
    racks = {1: "a", 2: "a", 3: "b", 4: "b"}
    for replicas in assign_replicas(racks, 8, 3, rng=random.Random(3)).values():
        assert len(set(replicas)) == 3
        assert {racks[r] for r in replicas} == {"a", "b"}


def test_assignment_errors_carry_kafka_codes() -> None:
    with pytest.raises(AssignmentError) as e:
        assign_replicas({1: None, 2: None}, 1, 3)
    assert e.value.error_code == 38 and "only 2 broker(s) are registered" in e.value.message
    with pytest.raises(AssignmentError) as e:
        assign_replicas({1: None}, 0, 1)
    assert e.value.error_code == 37
    with pytest.raises(AssignmentError) as e:
        assign_replicas({1: None}, 1, 0)
    assert e.value.error_code == 38


def test_offline_election_prefers_assignment_order_within_live_isr() -> None:
    assert offline_election([1, 2, 3], [1, 2, 3], {2, 3}, False) == (2, [2, 3])
    assert offline_election([1, 2, 3], [3, 1], {2, 3}, False) == (3, [3])
    # Only an out-of-sync replica is alive: clean election refuses, unclean takes it.
    assert offline_election([1, 2, 3], [1], {2, 3}, False) is None
    assert offline_election([1, 2, 3], [1], {3, 2}, True) == (2, [2])
    assert offline_election([1, 2, 3], [1], set(), True) is None


def test_preferred_election_needs_the_first_replica_live_and_in_sync() -> None:
    assert preferred_election([1, 2, 3], [2, 3, 1], {1, 2, 3}) == (1, [2, 3, 1])
    assert preferred_election([1, 2, 3], [2, 3], {1, 2, 3}) is None
    assert preferred_election([1, 2, 3], [1, 2], {2, 3}) is None
    assert preferred_election([], [1], {1}) is None


def test_remove_from_isr_never_empties_it() -> None:
    assert remove_from_isr(1, [1, 2, 3], 2) == (1, [1, 3])
    assert remove_from_isr(1, [1, 2], 1) == (-1, [2])
    assert remove_from_isr(1, [1], 1) == (-1, [1])
