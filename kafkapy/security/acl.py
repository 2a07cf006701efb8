"""ACL vocabulary: resource patterns, entries, bindings and the filters that select them.

The enums carry Kafka's wire codes (``org.apache.kafka.common.resource.ResourceType``,
``PatternType``, ``org.apache.kafka.common.acl.AclOperation``, ``AclPermissionType``); a
code Kafka does not know decodes to ``UNKNOWN`` as in Kafka. Filters follow
``ResourcePatternFilter`` / ``AccessControlEntryFilter``: ``None`` and the ``ANY`` values
match everything, and ``PatternType.MATCH`` selects every pattern that would apply to a
name (the literal name, the ``*`` wildcard, and every prefix of it).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum
from typing import Protocol, Self

from wire.errors import ErrorCode

__all__ = [
    "WILDCARD",
    "WILDCARD_PRINCIPAL",
    "AccessControlEntry",
    "AccessControlEntryFilter",
    "AclBinding",
    "AclBindingFilter",
    "AclError",
    "AclOperation",
    "AclPermissionType",
    "PatternType",
    "ResourcePattern",
    "ResourcePatternFilter",
    "ResourceType",
    "binding_from_creation",
    "filter_from_request",
    "validate_filter",
    "validate_new_acl",
]

WILDCARD = "*"
WILDCARD_PRINCIPAL = "User:*"


class _Coded(IntEnum):
    @classmethod
    def from_code(cls, code: int) -> Self:
        try:
            return cls(code)
        except ValueError:
            return cls(0)  # UNKNOWN

    @property
    def pascal_name(self) -> str:
        """``TRANSACTIONAL_ID`` -> ``TransactionalId`` (``SecurityUtils.toPascalCase``)."""
        return "".join(part.capitalize() for part in self.name.split("_"))


class ResourceType(_Coded):
    UNKNOWN = 0
    ANY = 1
    TOPIC = 2
    GROUP = 3
    CLUSTER = 4
    TRANSACTIONAL_ID = 5
    DELEGATION_TOKEN = 6
    USER = 7


class PatternType(_Coded):
    UNKNOWN = 0
    ANY = 1
    MATCH = 2
    LITERAL = 3
    PREFIXED = 4


class AclOperation(_Coded):
    UNKNOWN = 0
    ANY = 1
    ALL = 2
    READ = 3
    WRITE = 4
    CREATE = 5
    DELETE = 6
    ALTER = 7
    DESCRIBE = 8
    CLUSTER_ACTION = 9
    DESCRIBE_CONFIGS = 10
    ALTER_CONFIGS = 11
    IDEMPOTENT_WRITE = 12
    CREATE_TOKENS = 13
    DESCRIBE_TOKENS = 14
    TWO_PHASE_COMMIT = 15


class AclPermissionType(_Coded):
    UNKNOWN = 0
    ANY = 1
    DENY = 2
    ALLOW = 3


@dataclass(frozen=True, slots=True)
class ResourcePattern:
    """A resource (``TOPIC``, ``orders``) under a LITERAL or PREFIXED pattern."""

    resource_type: ResourceType
    name: str
    pattern_type: PatternType = PatternType.LITERAL


@dataclass(frozen=True, slots=True)
class AccessControlEntry:
    """Who (``User:alice`` or ``User:*``), from where (an IP or ``*``), what, allow or deny."""

    principal: str
    host: str
    operation: AclOperation
    permission_type: AclPermissionType


@dataclass(frozen=True, slots=True)
class AclBinding:
    pattern: ResourcePattern
    entry: AccessControlEntry


@dataclass(frozen=True, slots=True)
class ResourcePatternFilter:
    resource_type: ResourceType = ResourceType.ANY
    name: str | None = None
    pattern_type: PatternType = PatternType.ANY

    def is_unknown(self) -> bool:
        return self.resource_type is ResourceType.UNKNOWN or self.pattern_type is PatternType.UNKNOWN

    def matches(self, pattern: ResourcePattern) -> bool:
        if self.resource_type is not ResourceType.ANY and self.resource_type != pattern.resource_type:
            return False
        specific = self.pattern_type not in (PatternType.ANY, PatternType.MATCH)
        if specific and self.pattern_type != pattern.pattern_type:
            return False
        if self.name is None:
            return True
        if self.pattern_type is PatternType.ANY or self.pattern_type == pattern.pattern_type:
            return self.name == pattern.name
        # MATCH: every pattern that would apply to a resource called `name`.
        if pattern.pattern_type is PatternType.LITERAL:
            return self.name == pattern.name or pattern.name == WILDCARD
        if pattern.pattern_type is PatternType.PREFIXED:
            return self.name.startswith(pattern.name)
        return False


@dataclass(frozen=True, slots=True)
class AccessControlEntryFilter:
    principal: str | None = None
    host: str | None = None
    operation: AclOperation = AclOperation.ANY
    permission_type: AclPermissionType = AclPermissionType.ANY

    def is_unknown(self) -> bool:
        return (
            self.operation is AclOperation.UNKNOWN
            or self.permission_type is AclPermissionType.UNKNOWN
        )

    def matches(self, entry: AccessControlEntry) -> bool:
        if self.principal is not None and self.principal != entry.principal:
            return False
        if self.host is not None and self.host != entry.host:
            return False
        if self.operation is not AclOperation.ANY and self.operation != entry.operation:
            return False
        return (
            self.permission_type is AclPermissionType.ANY
            or self.permission_type == entry.permission_type
        )


@dataclass(frozen=True, slots=True)
class AclBindingFilter:
    pattern: ResourcePatternFilter = ResourcePatternFilter()
    entry: AccessControlEntryFilter = AccessControlEntryFilter()

    def matches(self, binding: AclBinding) -> bool:
        return self.pattern.matches(binding.pattern) and self.entry.matches(binding.entry)


ANY_BINDING = AclBindingFilter()


@dataclass(frozen=True, slots=True)
class AclError:
    """A per-ACL failure for the CreateAcls/DeleteAcls result lists."""

    code: ErrorCode
    message: str


def validate_new_acl(binding: AclBinding) -> AclError | None:
    """``AclControlManager.validateNewAcl``: None when the binding may be created."""
    p, e = binding.pattern, binding.entry
    if p.resource_type in (ResourceType.UNKNOWN, ResourceType.ANY):
        return _invalid(f"Invalid resourceType {p.resource_type.name}")
    if p.pattern_type not in (PatternType.LITERAL, PatternType.PREFIXED):
        return _invalid(f"Invalid patternType {p.pattern_type.name}")
    if e.operation in (AclOperation.UNKNOWN, AclOperation.ANY):
        return _invalid(f"Invalid operation {e.operation.name}")
    if e.permission_type not in (AclPermissionType.DENY, AclPermissionType.ALLOW):
        return _invalid(f"Invalid permissionType {e.permission_type.name}")
    if not p.name:
        return _invalid("Resource name should not be empty")
    if ":" not in e.principal:
        return _invalid(
            f"Could not parse principal from `{e.principal}` (no colon is present separating "
            "the principal type from the principal name)"
        )
    return None


def validate_filter(binding_filter: AclBindingFilter) -> AclError | None:
    """``AclControlManager.validateFilter`` for DeleteAcls (and DescribeAcls)."""
    if binding_filter.pattern.is_unknown():
        return _invalid("Unknown patternFilter.")
    if binding_filter.entry.is_unknown():
        return _invalid("Unknown entryFilter.")
    return None


def _invalid(message: str) -> AclError:
    return AclError(ErrorCode.INVALID_REQUEST, message)


class AclCreationFields(Protocol):
    """What CreateAclsRequest.AclCreation carries (the wire message, duck-typed)."""

    resource_type: int
    resource_name: str
    resource_pattern_type: int
    principal: str
    host: str
    operation: int
    permission_type: int


class AclFilterFields(Protocol):
    """What DescribeAclsRequest and DeleteAclsRequest.DeleteAclsFilter carry."""

    resource_type_filter: int
    resource_name_filter: str | None
    pattern_type_filter: int
    principal_filter: str | None
    host_filter: str | None
    operation: int
    permission_type: int


def binding_from_creation(c: AclCreationFields) -> AclBinding:
    return AclBinding(
        ResourcePattern(
            ResourceType.from_code(c.resource_type),
            c.resource_name,
            PatternType.from_code(c.resource_pattern_type),
        ),
        AccessControlEntry(
            c.principal,
            c.host,
            AclOperation.from_code(c.operation),
            AclPermissionType.from_code(c.permission_type),
        ),
    )


def filter_from_request(f: AclFilterFields) -> AclBindingFilter:
    return AclBindingFilter(
        ResourcePatternFilter(
            ResourceType.from_code(f.resource_type_filter),
            f.resource_name_filter,
            PatternType.from_code(f.pattern_type_filter),
        ),
        AccessControlEntryFilter(
            f.principal_filter,
            f.host_filter,
            AclOperation.from_code(f.operation),
            AclPermissionType.from_code(f.permission_type),
        ),
    )
