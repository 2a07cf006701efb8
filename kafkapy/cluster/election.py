"""Leader election rules (Kafka's `PartitionLeaderElectionAlgorithms`). Pure.

Each returns the new `(leader, isr)` or None when no replica may lead. Order matters:
candidates are taken in assignment order, so the preferred replica wins whenever it can.
"""

from __future__ import annotations

from collections.abc import Collection


def offline_election(
    assignment: list[int], isr: list[int], live: Collection[int], unclean: bool
) -> tuple[int, list[int]] | None:
    """A partition without a live leader (broker death, or a new partition).

    Clean: the first assigned replica that is live and in the ISR; the ISR keeps only
    its live members. Unclean (`unclean.leader.election.enable`): any live assigned
    replica, with an ISR of just itself — acknowledged messages may be lost.
    """
    for replica in assignment:
        if replica in live and replica in isr:
            return replica, [r for r in isr if r in live]
    if unclean:
        for replica in assignment:
            if replica in live:
                return replica, [replica]
    return None


def preferred_election(
    assignment: list[int], isr: list[int], live: Collection[int]
) -> tuple[int, list[int]] | None:
    """Move leadership to the first assigned replica if it is live and in sync."""
    if not assignment:
        return None
    preferred = assignment[0]
    if preferred in live and preferred in isr:
        return preferred, list(isr)
    return None


def remove_from_isr(leader: int, isr: list[int], replica: int) -> tuple[int, list[int]]:
    """A replica went offline (Kafka's `removeReplicasFromIsr`): it leaves the ISR, unless
    it is the last member (the ISR never becomes empty, so that the last in-sync replica
    can lead again when it returns). A removed leader leaves the partition leaderless."""
    new_leader = -1 if leader == replica else leader
    if isr == [replica]:
        return new_leader, list(isr)
    return new_leader, [r for r in isr if r != replica]
