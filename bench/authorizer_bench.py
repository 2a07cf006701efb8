"""Microbenchmark of ``StandardAuthorizer.authorize`` over a large ACL set.

``python -m bench.authorizer_bench [--acls 10000] [--calls 200000]`` loads N ACLs shaped like
a multi-tenant cluster (per-user literal topic ACLs, per-team prefixed ACLs of many prefix
lengths, group ACLs, a few wildcards) and prints the mean microseconds per decision for
allowed, denied and prefix-matched lookups (best of five runs, as other load on the machine
inflates a run).
"""

from __future__ import annotations

import argparse
import random
import time

from kafkapy.security.acl import (
    AccessControlEntry,
    AclBinding,
    AclOperation,
    AclPermissionType,
    PatternType,
    ResourcePattern,
    ResourceType,
)
from kafkapy.security.authorizer import StandardAuthorizer
from kafkapy.security.principal import KafkaPrincipal

ALLOW = AclPermissionType.ALLOW


def build(n: int, rng: random.Random) -> list[AclBinding]:
    bindings = []
    for i in range(n):
        user = f"User:u{i % 500}"
        kind = i % 10
        if kind < 6:
            pattern = ResourcePattern(ResourceType.TOPIC, f"topic-{i}")
            op = AclOperation.WRITE if i % 2 else AclOperation.READ
        elif kind < 9:
            prefix = f"team{i % 97}-" + "x" * rng.randrange(0, 12)
            pattern = ResourcePattern(ResourceType.TOPIC, prefix, PatternType.PREFIXED)
            op = AclOperation.READ
        else:
            pattern = ResourcePattern(ResourceType.GROUP, f"group-{i}")
            op = AclOperation.READ
        bindings.append(AclBinding(pattern, AccessControlEntry(user, "*", op, ALLOW)))
    bindings.append(AclBinding(ResourcePattern(ResourceType.TOPIC, "*"),
                               AccessControlEntry("User:auditor", "*", AclOperation.DESCRIBE, ALLOW)))
    return bindings


def measure(authz: StandardAuthorizer, cases: list[tuple[KafkaPrincipal, str]], calls: int) -> float:
    host = "10.0.0.1"
    op, topic = AclOperation.READ, ResourceType.TOPIC
    authorize = authz.authorize
    start = time.perf_counter()
    for i in range(calls):
        principal, name = cases[i % len(cases)]
        authorize(principal, host, op, topic, name)
    return (time.perf_counter() - start) / calls * 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--acls", type=int, default=10_000)
    parser.add_argument("--calls", type=int, default=200_000)
    args = parser.parse_args()
    rng = random.Random(7)
    authz = StandardAuthorizer()
    t0 = time.perf_counter()
    authz.load(build(args.acls, rng))
    load_ms = (time.perf_counter() - t0) * 1e3
    allowed = [(KafkaPrincipal("User", f"u{i % 500}"), f"topic-{i}") for i in range(0, 6000, 2)]
    denied = [(KafkaPrincipal("User", "stranger"), f"topic-{i}") for i in range(0, 6000, 7)]
    prefixed = [(KafkaPrincipal("User", f"u{i % 500}"), f"team{i % 97}-xxxxxxxxxxxx-data")
                for i in range(6, 10000, 10)]
    print(f"{len(authz)} ACLs loaded in {load_ms:.0f} ms")
    for label, cases in (("allowed literal", allowed), ("denied", denied), ("prefixed", prefixed)):
        best = min(measure(authz, cases, args.calls) for _ in range(5))
        print(f"{label:16s} {best:6.2f} us/call (best of 5 runs)")


if __name__ == "__main__":
    main()
