"""CreateAcls/DeleteAcls planning and the store -> authorizer change flow."""

from __future__ import annotations

from kafkapy.security.acl import (
    AccessControlEntry,
    AccessControlEntryFilter,
    AclBinding,
    AclBindingFilter,
    AclOperation,
    AclPermissionType,
    PatternType,
    ResourcePattern,
    ResourcePatternFilter,
    ResourceType,
)
from kafkapy.security.acl_store import InMemoryAclStore, plan_create, plan_delete
from kafkapy.security.authorizer import StandardAuthorizer
from kafkapy.security.principal import KafkaPrincipal
from wire.errors import ErrorCode


def binding(name: str, op: AclOperation = AclOperation.READ,
            pattern: PatternType = PatternType.LITERAL) -> AclBinding:
    return AclBinding(
        ResourcePattern(ResourceType.TOPIC, name, pattern),
        AccessControlEntry("User:alice", "*", op, AclPermissionType.ALLOW),
    )


def test_plan_create_validates_and_dedupes() -> None:
    good, dup = binding("a"), binding("b")
    bad = AclBinding(ResourcePattern(ResourceType.TOPIC, ""), good.entry)
    results, to_add = plan_create([good, bad, dup, good], existing=[dup])
    assert results[0] is None and results[2] is None and results[3] is None
    assert results[1] is not None and results[1].code is ErrorCode.INVALID_REQUEST
    assert to_add == [good]


def test_plan_delete_per_filter() -> None:
    a, b = binding("orders"), binding("ord", pattern=PatternType.PREFIXED)
    everything = AclBindingFilter()
    match = AclBindingFilter(ResourcePatternFilter(ResourceType.TOPIC, "orders", PatternType.MATCH))
    unknown = AclBindingFilter(entry=AccessControlEntryFilter(permission_type=AclPermissionType.UNKNOWN))
    results, to_remove = plan_delete([match, unknown, everything], existing=[a, b])
    assert set(results[0].matched) == {a, b}
    assert results[1].error is not None and results[1].error.code is ErrorCode.INVALID_REQUEST
    assert set(results[2].matched) == {a, b}
    assert sorted(to_remove, key=str) == sorted([a, b], key=str)  # each once


def test_store_notifications_drive_the_authorizer() -> None:
    store = InMemoryAclStore()
    authz = StandardAuthorizer()
    authz.load(store.load())
    store.subscribe(lambda change: authz.replace_resource(change.pattern, change.entries))
    alice = KafkaPrincipal("User", "alice")
    store.add([binding("orders"), binding("orders", AclOperation.WRITE)])
    assert authz.authorize(alice, "1.1.1.1", AclOperation.WRITE, ResourceType.TOPIC, "orders")
    store.remove([binding("orders", AclOperation.WRITE)])
    assert not authz.authorize(alice, "1.1.1.1", AclOperation.WRITE, ResourceType.TOPIC, "orders")
    assert authz.authorize(alice, "1.1.1.1", AclOperation.READ, ResourceType.TOPIC, "orders")
    store.remove([binding("orders")])
    assert len(authz) == 0 and store.load() == []
