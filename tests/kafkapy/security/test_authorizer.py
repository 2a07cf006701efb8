"""StandardAuthorizer semantics: the cases of Kafka's authorization docs and StandardAuthorizerTest."""

from __future__ import annotations

import pytest

from kafkapy.security.acl import (
    AccessControlEntry,
    AclBinding,
    AclBindingFilter,
    AclOperation,
    AclPermissionType,
    PatternType,
    ResourcePattern,
    ResourcePatternFilter,
    ResourceType,
)
from kafkapy.security.authorizer import (
    SUPPORTED_OPERATIONS,
    StandardAuthorizer,
    java_host_address,
    operations_bitfield,
)
from kafkapy.security.principal import KafkaPrincipal

Op = AclOperation
T = ResourceType
ALICE = KafkaPrincipal("User", "alice")
BOB = KafkaPrincipal("User", "bob")
HOST = "10.0.0.1"


def acl(
    name: str,
    op: AclOperation,
    allow: bool = True,
    principal: str = "User:alice",
    host: str = "*",
    pattern: PatternType = PatternType.LITERAL,
    rtype: ResourceType = T.TOPIC,
) -> AclBinding:
    perm = AclPermissionType.ALLOW if allow else AclPermissionType.DENY
    return AclBinding(ResourcePattern(rtype, name, pattern), AccessControlEntry(principal, host, op, perm))


def authorizer(*bindings: AclBinding, **kw: object) -> StandardAuthorizer:
    a = StandardAuthorizer(**kw)  # type: ignore[arg-type]
    a.load(bindings)
    return a


def can(a: StandardAuthorizer, op: AclOperation, name: str = "orders",
        who: KafkaPrincipal = ALICE, host: str = HOST, rtype: ResourceType = T.TOPIC) -> bool:
    return a.authorize(who, host, op, rtype, name)


def test_no_acls_denies_unless_allow_everyone() -> None:
    assert not can(authorizer(), Op.READ)
    assert can(authorizer(allow_everyone_if_no_acl_found=True), Op.READ)


def test_allow_everyone_only_where_the_resource_has_no_acls() -> None:
    a = authorizer(acl("orders", Op.READ, principal="User:bob"), allow_everyone_if_no_acl_found=True)
    assert not can(a, Op.READ)  # orders has ACLs (for bob): alice is denied
    assert can(a, Op.READ, "other")


def test_super_user_beats_deny() -> None:
    a = authorizer(acl("orders", Op.ALL, allow=False), super_users=["User:alice"])
    assert can(a, Op.WRITE)
    assert a.is_super_user(ALICE)


def test_deny_beats_allow() -> None:
    a = authorizer(acl("orders", Op.READ), acl("orders", Op.READ, allow=False, principal="User:*"))
    assert not can(a, Op.READ)


def test_deny_on_prefix_beats_literal_allow() -> None:
    a = authorizer(acl("orders", Op.WRITE), acl("ord", Op.WRITE, allow=False, pattern=PatternType.PREFIXED))
    assert not can(a, Op.WRITE)


def test_deny_on_wildcard_resource() -> None:
    a = authorizer(acl("orders", Op.READ), acl("*", Op.READ, allow=False))
    assert not can(a, Op.READ)
    assert not can(a, Op.READ, "x")


@pytest.mark.parametrize(
    ("granted", "asked", "allowed"),
    [
        (Op.READ, Op.DESCRIBE, True),
        (Op.WRITE, Op.DESCRIBE, True),
        (Op.DELETE, Op.DESCRIBE, True),
        (Op.ALTER, Op.DESCRIBE, True),
        (Op.CREATE, Op.DESCRIBE, False),
        (Op.ALTER_CONFIGS, Op.DESCRIBE_CONFIGS, True),
        (Op.ALTER_CONFIGS, Op.ALTER, False),
        (Op.DESCRIBE, Op.READ, False),
        (Op.ALL, Op.ALTER_CONFIGS, True),
        (Op.ALL, Op.READ, True),
    ],
)
def test_implied_operations(granted: AclOperation, asked: AclOperation, allowed: bool) -> None:
    assert can(authorizer(acl("orders", granted)), asked) is allowed


def test_implication_does_not_widen_deny() -> None:
    # A DENY on READ does not deny DESCRIBE; a DENY on ALL denies everything.
    a = authorizer(acl("orders", Op.DESCRIBE), acl("orders", Op.READ, allow=False))
    assert can(a, Op.DESCRIBE)
    assert not can(a, Op.READ)
    assert not can(authorizer(acl("orders", Op.DESCRIBE), acl("orders", Op.ALL, allow=False)),
                   Op.DESCRIBE)


def test_prefixed_and_wildcard_resources() -> None:
    a = authorizer(
        acl("fin-", Op.READ, pattern=PatternType.PREFIXED),
        acl("*", Op.WRITE),
    )
    assert can(a, Op.READ, "fin-ledger")
    assert can(a, Op.READ, "fin-")
    assert not can(a, Op.READ, "fi")
    assert not can(a, Op.READ, "other")
    assert can(a, Op.WRITE, "anything")


def test_literal_name_is_not_a_prefix() -> None:
    a = authorizer(acl("orders", Op.READ))
    assert not can(a, Op.READ, "orders-eu")


def test_wildcard_principal_and_other_types() -> None:
    a = authorizer(acl("orders", Op.READ, principal="User:*"))
    assert can(a, Op.READ, who=BOB)
    # User:* matches every principal: the authorizer adds it to the session's own principal.
    assert not authorizer(acl("orders", Op.READ, principal="Group:*")).authorize(
        KafkaPrincipal("Group", "x"), HOST, Op.READ, T.TOPIC, "orders")


def test_host_matching() -> None:
    a = authorizer(acl("orders", Op.READ, host="10.0.0.1"))
    assert can(a, Op.READ, host="10.0.0.1")
    assert not can(a, Op.READ, host="10.0.0.2")


def test_resource_types_are_separate() -> None:
    a = authorizer(acl("orders", Op.READ, rtype=T.GROUP))
    assert can(a, Op.READ, rtype=T.GROUP)
    assert not can(a, Op.READ)


def test_add_remove_and_replace_resource() -> None:
    a = authorizer()
    b = acl("ord", Op.READ, pattern=PatternType.PREFIXED)
    assert a.add(b) and not a.add(b)
    assert can(a, Op.READ)
    assert a.remove(b) and not a.remove(b)
    assert not can(a, Op.READ) and len(a) == 0
    pattern = ResourcePattern(T.TOPIC, "orders")
    a.replace_resource(pattern, [acl("orders", Op.WRITE).entry])
    assert can(a, Op.WRITE)
    a.replace_resource(pattern, [])
    assert not can(a, Op.WRITE) and len(a) == 0


def test_acls_by_filter() -> None:
    bindings = [acl("orders", Op.READ), acl("ord", Op.WRITE, pattern=PatternType.PREFIXED),
                acl("*", Op.DESCRIBE), acl("g", Op.READ, rtype=T.GROUP)]
    a = authorizer(*bindings)
    match = AclBindingFilter(ResourcePatternFilter(T.TOPIC, "orders", PatternType.MATCH))
    assert set(a.acls(match)) == set(bindings[:3])
    assert len(a.acls(AclBindingFilter())) == 4


def test_authorized_operations_bitfield() -> None:
    a = authorizer(acl("orders", Op.READ))
    bits = a.authorized_operations(ALICE, HOST, T.TOPIC, "orders")
    assert bits == operations_bitfield([Op.READ, Op.DESCRIBE]) == (1 << 3) | (1 << 8)
    assert a.authorized_operations(BOB, HOST, T.TOPIC, "orders") == 0
    assert set(SUPPORTED_OPERATIONS) == set(T) - {T.UNKNOWN, T.ANY}


def test_authorize_by_resource_type() -> None:
    by_type = StandardAuthorizer.authorize_by_resource_type
    assert not by_type(authorizer(), ALICE, HOST, Op.WRITE, T.TOPIC)
    assert by_type(authorizer(allow_everyone_if_no_acl_found=True), ALICE, HOST, Op.WRITE, T.TOPIC)
    assert by_type(authorizer(acl("orders", Op.WRITE)), ALICE, HOST, Op.WRITE, T.TOPIC)
    # The allow is shadowed by a prefix deny covering it.
    shadowed = authorizer(acl("orders", Op.WRITE), acl("or", Op.WRITE, allow=False,
                                                       pattern=PatternType.PREFIXED))
    assert not by_type(shadowed, ALICE, HOST, Op.WRITE, T.TOPIC)
    assert not by_type(authorizer(acl("orders", Op.WRITE), acl("*", Op.WRITE, allow=False)),
                       ALICE, HOST, Op.WRITE, T.TOPIC)
    assert by_type(authorizer(acl("*", Op.ALL)), ALICE, HOST, Op.WRITE, T.TOPIC)
    assert not by_type(authorizer(acl("orders", Op.READ)), ALICE, HOST, Op.WRITE, T.TOPIC)


@pytest.mark.parametrize(
    ("ip", "java"),
    [("10.1.2.3", "10.1.2.3"), ("::1", "0:0:0:0:0:0:0:1"), ("::ffff:10.0.0.1", "10.0.0.1"),
     ("fe80::1%eth0", "fe80:0:0:0:0:0:0:1"), ("2001:db8::ab:1", "2001:db8:0:0:0:0:ab:1")],
)
def test_java_host_address(ip: str, java: str) -> None:
    assert java_host_address(ip) == java


def test_storing_a_filter_pattern_is_refused() -> None:
    with pytest.raises(ValueError, match="only LITERAL and PREFIXED"):
        authorizer(acl("x", Op.READ, pattern=PatternType.MATCH))
