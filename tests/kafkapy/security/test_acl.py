"""ACL enums, filters (ResourcePatternFilter / AccessControlEntryFilter) and validation."""

from __future__ import annotations

import pytest

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
    binding_from_creation,
    filter_from_request,
    validate_filter,
    validate_new_acl,
)
from wire.errors import ErrorCode
from wire.messages.k29_describe_acls import DescribeAclsRequest
from wire.messages.k30_create_acls import CreateAclsRequest

T, P = ResourceType, PatternType
LIT = ResourcePattern(T.TOPIC, "foo", P.LITERAL)
WILD = ResourcePattern(T.TOPIC, "*", P.LITERAL)
PRE = ResourcePattern(T.TOPIC, "fo", P.PREFIXED)
OTHER = ResourcePattern(T.TOPIC, "bar", P.PREFIXED)


def test_wire_codes_are_kafkas() -> None:
    assert [int(t) for t in T] == list(range(8))
    assert (P.ANY, P.MATCH, P.LITERAL, P.PREFIXED) == (1, 2, 3, 4)
    assert (AclOperation.ALL, AclOperation.IDEMPOTENT_WRITE, AclOperation.TWO_PHASE_COMMIT) == (2, 12, 15)
    assert (AclPermissionType.DENY, AclPermissionType.ALLOW) == (2, 3)
    assert T.from_code(42) is T.UNKNOWN and AclOperation.from_code(-1) is AclOperation.UNKNOWN
    assert AclOperation.DESCRIBE_CONFIGS.pascal_name == "DescribeConfigs"


@pytest.mark.parametrize(
    ("flt", "matches"),
    [
        (ResourcePatternFilter(T.TOPIC, "foo", P.MATCH), {LIT, WILD, PRE}),
        (ResourcePatternFilter(T.TOPIC, "foo", P.LITERAL), {LIT}),
        (ResourcePatternFilter(T.TOPIC, "fo", P.PREFIXED), {PRE}),
        (ResourcePatternFilter(T.TOPIC, "foo", P.ANY), {LIT}),
        (ResourcePatternFilter(T.TOPIC, None, P.ANY), {LIT, WILD, PRE, OTHER}),
        (ResourcePatternFilter(T.TOPIC, "*", P.LITERAL), {WILD}),
        (ResourcePatternFilter(T.ANY, None, P.PREFIXED), {PRE, OTHER}),
        (ResourcePatternFilter(T.GROUP, None, P.ANY), set()),
    ],
)
def test_resource_pattern_filter(flt: ResourcePatternFilter, matches: set[ResourcePattern]) -> None:
    assert {p for p in (LIT, WILD, PRE, OTHER) if flt.matches(p)} == matches


def test_entry_filter() -> None:
    entry = AccessControlEntry("User:a", "*", AclOperation.READ, AclPermissionType.ALLOW)
    assert AccessControlEntryFilter().matches(entry)
    assert AccessControlEntryFilter("User:a", "*", AclOperation.READ, AclPermissionType.ALLOW).matches(entry)
    assert not AccessControlEntryFilter("User:*").matches(entry)  # exact, no wildcard semantics
    assert not AccessControlEntryFilter(host="1.2.3.4").matches(entry)
    assert not AccessControlEntryFilter(operation=AclOperation.WRITE).matches(entry)
    assert not AccessControlEntryFilter(permission_type=AclPermissionType.DENY).matches(entry)


@pytest.mark.parametrize(
    ("binding", "message"),
    [
        (AclBinding(ResourcePattern(T.ANY, "x"), AccessControlEntry("User:a", "*", AclOperation.READ, AclPermissionType.ALLOW)), "Invalid resourceType ANY"),
        (AclBinding(ResourcePattern(T.TOPIC, "x", P.MATCH), AccessControlEntry("User:a", "*", AclOperation.READ, AclPermissionType.ALLOW)), "Invalid patternType MATCH"),
        (AclBinding(ResourcePattern(T.TOPIC, "x"), AccessControlEntry("User:a", "*", AclOperation.ANY, AclPermissionType.ALLOW)), "Invalid operation ANY"),
        (AclBinding(ResourcePattern(T.TOPIC, "x"), AccessControlEntry("User:a", "*", AclOperation.READ, AclPermissionType.ANY)), "Invalid permissionType ANY"),
        (AclBinding(ResourcePattern(T.TOPIC, ""), AccessControlEntry("User:a", "*", AclOperation.READ, AclPermissionType.ALLOW)), "Resource name should not be empty"),
        (AclBinding(ResourcePattern(T.TOPIC, "x"), AccessControlEntry("alice", "*", AclOperation.READ, AclPermissionType.ALLOW)), "Could not parse principal from `alice`"),
    ],
)
def test_validate_new_acl(binding: AclBinding, message: str) -> None:
    error = validate_new_acl(binding)
    assert error is not None and error.code is ErrorCode.INVALID_REQUEST
    assert error.message.startswith(message)


def test_validate_filter() -> None:
    assert validate_filter(AclBindingFilter()) is None
    unknown = AclBindingFilter(ResourcePatternFilter(T.UNKNOWN))
    assert validate_filter(unknown).message == "Unknown patternFilter."  # type: ignore[union-attr]
    bad_entry = AclBindingFilter(entry=AccessControlEntryFilter(operation=AclOperation.UNKNOWN))
    assert validate_filter(bad_entry).message == "Unknown entryFilter."  # type: ignore[union-attr]


def test_from_wire_messages() -> None:
    creation = CreateAclsRequest.AclCreation(2, "orders", 4, "User:a", "*", 3, 3)
    assert binding_from_creation(creation) == AclBinding(
        ResourcePattern(T.TOPIC, "orders", P.PREFIXED),
        AccessControlEntry("User:a", "*", AclOperation.READ, AclPermissionType.ALLOW),
    )
    request = DescribeAclsRequest(1, None, 1, None, None, 1, 1)
    assert filter_from_request(request) == AclBindingFilter()
