"""Replica assignment for new topics and partitions (Kafka's `AdminUtils.assignReplicasToBrokers`).

Pure. The first replica of each partition is its preferred leader. Leaders are spread
round-robin from a random start; followers are shifted so that no two partitions share
the same replica list more than necessary. When every broker has a rack, the broker list
alternates racks and a partition takes at most one replica per rack until every rack has
one (rack-aware placement, KIP-36). Brokers without a rack among brokers with one: the
racks are ignored (Kafka refuses unless `--disable-rack-aware`; we pick the lenient path).
"""

from __future__ import annotations

import random
from collections.abc import Mapping

from wire.errors import ErrorCode


class AssignmentError(Exception):
    def __init__(self, error_code: int, message: str) -> None:
        super().__init__(message)
        self.error_code = error_code
        self.message = message


def _replica_index(first: int, second_shift: int, replica: int, n: int) -> int:
    shift = 1 + (second_shift + replica) % (n - 1)
    return (first + shift) % n


def rack_alternated(racks: Mapping[int, str]) -> list[int]:
    """Brokers ordered rack by rack in turn: r1b1, r2b2, r3b3, r1b4, ... (Kafka's
    `getRackAlternatedBrokerList`)."""
    by_rack: dict[str, list[int]] = {}
    for broker, rack in sorted(racks.items()):
        by_rack.setdefault(rack, []).append(broker)
    columns = [by_rack[r] for r in sorted(by_rack)]
    out: list[int] = []
    for i in range(max(len(c) for c in columns)):
        out.extend(c[i] for c in columns if i < len(c))
    return out


def assign_replicas(
    brokers: Mapping[int, str | None],
    num_partitions: int,
    replication_factor: int,
    start_partition: int = 0,
    rng: random.Random | None = None,
) -> dict[int, list[int]]:
    """`brokers`: live broker id -> rack (or None). Returns partition -> replica list."""
    if num_partitions <= 0:
        raise AssignmentError(ErrorCode.INVALID_PARTITIONS, "Number of partitions must be larger than 0.")
    if replication_factor <= 0:
        raise AssignmentError(
            ErrorCode.INVALID_REPLICATION_FACTOR, "Replication factor must be larger than 0."
        )
    if replication_factor > len(brokers):
        raise AssignmentError(
            ErrorCode.INVALID_REPLICATION_FACTOR,
            f"Unable to replicate the partition {replication_factor} time(s): The target "
            f"replication factor of {replication_factor} cannot be reached because only "
            f"{len(brokers)} broker(s) are registered.",
        )
    rng = rng or random.Random()
    racks = {b: r for b, r in brokers.items() if r is not None}
    if racks and len(racks) == len(brokers):
        arranged = rack_alternated(racks)
    else:
        arranged = sorted(brokers)
        racks = {}
    n = len(arranged)
    start = rng.randrange(n)
    shift = rng.randrange(n)
    num_racks = len(set(racks.values()))
    out: dict[int, list[int]] = {}
    for p in range(start_partition, start_partition + num_partitions):
        if p > 0 and p % n == 0:
            shift += 1
        first = (p + start) % n
        replicas = [arranged[first]]
        if not racks:
            replicas += [
                arranged[_replica_index(first, shift, j, n)] for j in range(replication_factor - 1)
            ]
        else:
            replicas = _rack_aware_followers(arranged, racks, first, shift, num_racks,
                                             replication_factor)
        out[p] = replicas
    return out


def _rack_aware_followers(
    arranged: list[int], racks: Mapping[int, str], first: int, shift: int, num_racks: int,
    replication_factor: int,
) -> list[int]:
    n = len(arranged)
    leader = arranged[first]
    replicas = [leader]
    used_racks = {racks[leader]}
    used_brokers = {leader}
    k = 0
    while len(replicas) < replication_factor:
        broker = arranged[_replica_index(first, shift * num_racks, k, n)]
        rack = racks[broker]
        if (rack not in used_racks or len(used_racks) == num_racks) and (
            broker not in used_brokers or len(used_brokers) == n
        ):
            replicas.append(broker)
            used_racks.add(rack)
            used_brokers.add(broker)
        k += 1
    return replicas
