"""The authorizer: Kafka's ``StandardAuthorizer`` semantics over an indexed ACL set.

Decision for (principal, host, operation, resource) — ``StandardAuthorizerData.authorize``:

1. a principal named in ``super.users`` is allowed everything;
2. the ACLs that apply are those on the LITERAL name, on the LITERAL ``*`` wildcard and on
   every PREFIXED pattern that is a prefix of the name, for the principal itself or
   ``User:*``, from host ``*`` or the client's exact address;
3. an applying DENY wins over any ALLOW; an ALLOW for READ, WRITE, DELETE or ALTER also
   allows DESCRIBE, an ALLOW for ALTER_CONFIGS also allows DESCRIBE_CONFIGS, and ALL
   (allow or deny) covers every operation — implications never widen a DENY;
4. without any applying ACL: allowed only when the resource has no ACL at all (for anyone)
   and ``allow.everyone.if.no.acl.found`` is true.

Lookups never scan the ACL set: literal names are a dict, and prefixed patterns are found by
probing the dict with the name cut at each distinct prefix length in use for that resource
type. Owned by the event-loop thread (mutations come from the ACL store's notifications on
that thread); ``authorize`` does not block.
"""

from __future__ import annotations

import ipaddress
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from kafkapy.security.acl import (
    WILDCARD,
    WILDCARD_PRINCIPAL,
    AccessControlEntry,
    AclBinding,
    AclBindingFilter,
    AclOperation,
    AclPermissionType,
    PatternType,
    ResourcePattern,
    ResourceType,
)
from kafkapy.security.principal import KafkaPrincipal

__all__ = [
    "SUPPORTED_OPERATIONS",
    "StandardAuthorizer",
    "java_host_address",
    "operations_bitfield",
]

_IMPLIES_DESCRIBE = frozenset(
    {AclOperation.DESCRIBE, AclOperation.READ, AclOperation.WRITE, AclOperation.DELETE,
     AclOperation.ALTER}
)
_IMPLIES_DESCRIBE_CONFIGS = frozenset({AclOperation.DESCRIBE_CONFIGS, AclOperation.ALTER_CONFIGS})

#: The operations each resource type supports (``AclEntry.supportedOperations``): what the
#: *_authorized_operations fields of Metadata/DescribeGroups/DescribeCluster report on.
SUPPORTED_OPERATIONS: dict[ResourceType, tuple[AclOperation, ...]] = {
    ResourceType.TOPIC: (
        AclOperation.READ, AclOperation.WRITE, AclOperation.CREATE, AclOperation.DESCRIBE,
        AclOperation.DELETE, AclOperation.ALTER, AclOperation.DESCRIBE_CONFIGS,
        AclOperation.ALTER_CONFIGS,
    ),
    ResourceType.GROUP: (
        AclOperation.READ, AclOperation.DESCRIBE, AclOperation.DELETE,
        AclOperation.DESCRIBE_CONFIGS, AclOperation.ALTER_CONFIGS,
    ),
    ResourceType.CLUSTER: (
        AclOperation.CREATE, AclOperation.CLUSTER_ACTION, AclOperation.DESCRIBE_CONFIGS,
        AclOperation.ALTER_CONFIGS, AclOperation.IDEMPOTENT_WRITE, AclOperation.ALTER,
        AclOperation.DESCRIBE,
    ),
    ResourceType.TRANSACTIONAL_ID: (
        AclOperation.DESCRIBE, AclOperation.WRITE, AclOperation.TWO_PHASE_COMMIT,
    ),
    ResourceType.DELEGATION_TOKEN: (AclOperation.DESCRIBE,),
    ResourceType.USER: (AclOperation.CREATE_TOKENS, AclOperation.DESCRIBE_TOKENS),
}


def operations_bitfield(operations: Iterable[AclOperation]) -> int:
    """``Utils.to32BitField``: bit ``code`` set for each operation."""
    bits = 0
    for op in operations:
        bits |= 1 << int(op)
    return bits


def java_host_address(ip: str) -> str:
    """The client address as Java's ``InetAddress.getHostAddress()`` prints it.

    ACL hosts are compared to that text: IPv6 as eight uncompressed groups without leading
    zeros (``0:0:0:0:0:0:0:1``), IPv4-mapped IPv6 as the IPv4 address.
    """
    address = ipaddress.ip_address(ip.split("%", 1)[0])
    if isinstance(address, ipaddress.IPv6Address):
        if address.ipv4_mapped is not None:
            return str(address.ipv4_mapped)
        return ":".join(f"{int(g, 16):x}" for g in address.exploded.split(":"))
    return str(address)


_ALL_OPERATIONS = frozenset(AclOperation)


def _covered_operations(operation: AclOperation, allow: bool) -> frozenset[AclOperation]:
    """The operations an ACL entry decides (``findResult``): implications for ALLOW only."""
    if operation is AclOperation.ALL:
        return _ALL_OPERATIONS
    covered = {operation}
    if allow and operation in _IMPLIES_DESCRIBE:
        covered.add(AclOperation.DESCRIBE)
    if allow and operation in _IMPLIES_DESCRIBE_CONFIGS:
        covered.add(AclOperation.DESCRIBE_CONFIGS)
    return frozenset(covered)


@dataclass(frozen=True, slots=True)
class _Entry:
    host: str
    operations: frozenset[AclOperation]
    allow: bool
    binding: AclBinding


# One resource pattern's ACLs, bucketed by principal string.
_Bucket = dict[str, list[_Entry]]


@dataclass(slots=True)
class _Index:
    literal: dict[tuple[ResourceType, str], _Bucket] = field(default_factory=dict)
    prefixed: dict[tuple[ResourceType, str], _Bucket] = field(default_factory=dict)
    prefix_lengths: dict[ResourceType, list[int]] = field(default_factory=dict)
    length_counts: dict[tuple[ResourceType, int], int] = field(
        default_factory=lambda: defaultdict(int)
    )


class StandardAuthorizer:
    """ACL decisions with ``StandardAuthorizer``'s semantics (see the module docstring).

    ``super_users`` are ``User:name`` strings (``super.users``, split on ``;``);
    ``allow_everyone_if_no_acl_found`` is ``allow.everyone.if.no.acl.found`` (default false).
    The ACL set is replaced by :meth:`load` and changed by :meth:`add` / :meth:`remove`,
    which the ACL store's notifications drive.
    """

    def __init__(
        self, super_users: Iterable[str] = (), allow_everyone_if_no_acl_found: bool = False
    ) -> None:
        self.super_users = frozenset(s.strip() for s in super_users if s.strip())
        self.allow_everyone_if_no_acl_found = allow_everyone_if_no_acl_found
        self._index = _Index()
        self._bindings: set[AclBinding] = set()

    # --- the ACL set --------------------------------------------------------------------

    def load(self, bindings: Iterable[AclBinding]) -> None:
        """Replace every ACL (start-up, or a store reload)."""
        self._index = _Index()
        self._bindings = set()
        for binding in bindings:
            self.add(binding)

    def add(self, binding: AclBinding) -> bool:
        """Add one ACL; False if it was already there. Only LITERAL/PREFIXED patterns."""
        if binding in self._bindings:
            return False
        table, key = self._slot(binding.pattern)
        e = binding.entry
        allow = e.permission_type is AclPermissionType.ALLOW
        entry = _Entry(e.host, _covered_operations(e.operation, allow), allow, binding)
        bucket = table.setdefault(key, {})
        bucket.setdefault(e.principal, []).append(entry)
        self._bindings.add(binding)
        if table is self._index.prefixed:
            self._count_prefix(key[0], len(key[1]), +1)
        return True

    def remove(self, binding: AclBinding) -> bool:
        """Remove one ACL; False if it was not there."""
        if binding not in self._bindings:
            return False
        table, key = self._slot(binding.pattern)
        bucket = table[key]
        entries = bucket[binding.entry.principal]
        entries[:] = [x for x in entries if x.binding != binding]
        if not entries:
            del bucket[binding.entry.principal]
        if not bucket:
            del table[key]
        self._bindings.discard(binding)
        if table is self._index.prefixed:
            self._count_prefix(key[0], len(key[1]), -1)
        return True

    def replace_resource(self, pattern: ResourcePattern, entries: Iterable[AccessControlEntry]) -> None:
        """Make ``entries`` the pattern's complete ACL set (an ``AclChange`` from the store)."""
        wanted = {AclBinding(pattern, e) for e in entries}
        table, key = self._slot(pattern)
        current = {x.binding for bucket in table.get(key, {}).values() for x in bucket}
        for binding in current - wanted:
            self.remove(binding)
        for binding in wanted:
            self.add(binding)

    def acls(self, binding_filter: AclBindingFilter) -> list[AclBinding]:
        """Every ACL the filter matches (DescribeAcls, DeleteAcls)."""
        return [b for b in self._bindings if binding_filter.matches(b)]

    def __len__(self) -> int:
        return len(self._bindings)

    def __iter__(self) -> Iterator[AclBinding]:
        return iter(self._bindings)

    def _slot(self, pattern: ResourcePattern) -> tuple[dict[tuple[ResourceType, str], _Bucket],
                                                       tuple[ResourceType, str]]:
        if pattern.pattern_type is PatternType.LITERAL:
            return self._index.literal, (pattern.resource_type, pattern.name)
        if pattern.pattern_type is PatternType.PREFIXED:
            return self._index.prefixed, (pattern.resource_type, pattern.name)
        raise ValueError(f"only LITERAL and PREFIXED ACLs can be stored, not {pattern}")

    def _count_prefix(self, resource_type: ResourceType, length: int, delta: int) -> None:
        counts = self._index.length_counts
        counts[(resource_type, length)] += delta
        lengths = {n for (t, n), c in counts.items() if t == resource_type and c > 0}
        self._index.prefix_lengths[resource_type] = sorted(lengths)

    # --- decisions ----------------------------------------------------------------------

    def is_super_user(self, principal: KafkaPrincipal) -> bool:
        return str(principal) in self.super_users

    def authorize(
        self,
        principal: KafkaPrincipal,
        host: str,
        operation: AclOperation,
        resource_type: ResourceType,
        name: str,
    ) -> bool:
        """May ``principal`` connected from ``host`` do ``operation`` on the named resource?

        ``host`` is the client address as :func:`java_host_address` prints it.
        """
        principal_key = str(principal)
        if principal_key in self.super_users:
            return True
        index = self._index
        buckets = [index.literal.get((resource_type, name)),
                   index.literal.get((resource_type, WILDCARD)) if name != WILDCARD else None]
        prefixed = index.prefixed
        for length in index.prefix_lengths.get(resource_type, ()):
            if length > len(name):
                break
            buckets.append(prefixed.get((resource_type, name[:length])))
        allowed = False
        has_resource_acls = False
        for bucket in buckets:
            if not bucket:
                continue
            has_resource_acls = True
            for key in (principal_key, WILDCARD_PRINCIPAL):
                for entry in bucket.get(key, ()):
                    if operation in entry.operations and entry.host in (WILDCARD, host):
                        if not entry.allow:
                            return False
                        allowed = True
        if allowed:
            return True
        return not has_resource_acls and self.allow_everyone_if_no_acl_found

    def authorized_operations(
        self, principal: KafkaPrincipal, host: str, resource_type: ResourceType, name: str
    ) -> int:
        """The *_authorized_operations bitfield for one resource (``AuthHelper``)."""
        return operations_bitfield(
            op
            for op in SUPPORTED_OPERATIONS.get(resource_type, ())
            if self.authorize(principal, host, op, resource_type, name)
        )

    def authorize_by_resource_type(
        self, principal: KafkaPrincipal, host: str, operation: AclOperation,
        resource_type: ResourceType,
    ) -> bool:
        """May the principal do ``operation`` on *some* resource of the type?

        Kafka's ``Authorizer.authorizeByResourceType`` (e.g. InitProducerId without a
        transactional id: IDEMPOTENT_WRITE on the cluster or WRITE on any topic). True if a
        resource nobody has ACLs on would be allowed (super user, or allow-if-no-ACL), if a
        ``*`` ALLOW applies and no ``*`` DENY, or if some ALLOW pattern is not shadowed by
        a DENY on the same literal name or on a prefix of it. Implied operations are not
        considered, as in Kafka.
        """
        if self.authorize(principal, host, operation, resource_type, "hardcode"):
            return True
        deny_literal: set[str] = set()
        deny_prefixed: set[str] = set()
        allow: list[tuple[PatternType, str]] = []
        wildcard_allow = False
        for binding in self._bindings:
            p, e = binding.pattern, binding.entry
            if p.resource_type != resource_type:
                continue
            if e.host not in (host, WILDCARD) or e.principal not in (str(principal),
                                                                     WILDCARD_PRINCIPAL):
                continue
            if e.operation not in (operation, AclOperation.ALL):
                continue
            literal = p.pattern_type is PatternType.LITERAL
            if e.permission_type is AclPermissionType.DENY:
                if literal and p.name == WILDCARD:
                    return False
                (deny_literal if literal else deny_prefixed).add(p.name)
            elif literal and p.name == WILDCARD:
                wildcard_allow = True
            else:
                allow.append((p.pattern_type, p.name))
        if wildcard_allow:
            return True
        for pattern_type, name in allow:
            if pattern_type is PatternType.LITERAL and name in deny_literal:
                continue
            if not any(name[:i] in deny_prefixed for i in range(1, len(name) + 1)):
                return True
        return False
