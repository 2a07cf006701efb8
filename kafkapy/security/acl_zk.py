"""ACLs in ZooKeeper, as Kafka 3.x (``AclAuthorizer``, ``ZkData.scala``) stored them. Pure.

A LITERAL pattern's ACLs live in ``/kafka-acl/<ResourceType>/<name>``, a PREFIXED one's in
``/kafka-acl-extended/prefixed/<ResourceType>/<name>`` (``Topic``, ``Group``, ``Cluster``,
``TransactionalId``, ``DelegationToken``, ``User``), each znode holding
``{"version":1,"acls":[{"principal":"User:alice","permissionType":"Allow",
"operation":"Read","host":"*"}]}``; a pattern left without ACLs has its znode deleted.
Every change also creates a sequential znode telling brokers which pattern to re-read:
``/kafka-acl-changes/acl_changes_<seq>`` containing ``TOPIC:name`` for LITERAL patterns, and
``/kafka-acl-extended-changes/acl_changes_<seq>`` containing
``{"version":1,"resourceType":"TOPIC","name":"foo","patternType":"PREFIXED"}`` for others.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from kafkapy.security.acl import (
    AccessControlEntry,
    AclOperation,
    AclPermissionType,
    PatternType,
    ResourcePattern,
    ResourceType,
)

__all__ = [
    "CHANGE_SEQUENCE_PREFIX",
    "EXTENDED_ACL_CHANGES",
    "EXTENDED_ACL_ROOT",
    "LITERAL_ACL_CHANGES",
    "LITERAL_ACL_ROOT",
    "acl_path",
    "change_node",
    "decode_acls",
    "decode_change",
    "encode_acls",
    "pattern_from_path",
]

LITERAL_ACL_ROOT = "/kafka-acl"
EXTENDED_ACL_ROOT = "/kafka-acl-extended"
LITERAL_ACL_CHANGES = "/kafka-acl-changes"
EXTENDED_ACL_CHANGES = "/kafka-acl-extended-changes"
CHANGE_SEQUENCE_PREFIX = "acl_changes_"
_VERSION = 1

_BY_PASCAL_TYPE = {t.pascal_name: t for t in ResourceType}
_BY_PASCAL_OP = {o.pascal_name: o for o in AclOperation}
_BY_PASCAL_PERMISSION = {p.pascal_name: p for p in AclPermissionType}


def _store_root(pattern_type: PatternType) -> str:
    if pattern_type is PatternType.LITERAL:
        return LITERAL_ACL_ROOT
    if pattern_type is PatternType.PREFIXED:
        return f"{EXTENDED_ACL_ROOT}/prefixed"
    raise ValueError(f"Invalid pattern type: {pattern_type.name}")


def acl_path(pattern: ResourcePattern) -> str:
    """The znode holding ``pattern``'s ACLs."""
    root = _store_root(pattern.pattern_type)
    return f"{root}/{pattern.resource_type.pascal_name}/{pattern.name}"


def pattern_from_path(path: str) -> ResourcePattern:
    """Inverse of :func:`acl_path`; ``ValueError`` for a path outside the ACL trees."""
    for pattern_type in (PatternType.PREFIXED, PatternType.LITERAL):
        root = _store_root(pattern_type) + "/"
        if path.startswith(root):
            type_name, sep, name = path[len(root) :].partition("/")
            resource_type = _BY_PASCAL_TYPE.get(type_name)
            if sep and name and resource_type is not None:
                return ResourcePattern(resource_type, name, pattern_type)
    raise ValueError(f"not an ACL znode path: {path}")


def encode_acls(entries: Iterable[AccessControlEntry]) -> bytes:
    """A pattern's ACL znode data (sorted, so equal sets encode equally)."""
    acls = [
        {
            "principal": e.principal,
            "permissionType": e.permission_type.pascal_name,
            "operation": e.operation.pascal_name,
            "host": e.host,
        }
        for e in entries
    ]
    acls.sort(key=lambda a: (a["principal"], a["host"], a["operation"], a["permissionType"]))
    return json.dumps({"version": _VERSION, "acls": acls}, separators=(",", ":")).encode()


def decode_acls(data: bytes) -> set[AccessControlEntry]:
    """ACL znode data -> entries; empty data is no ACLs. ``ValueError`` when malformed."""
    if not data:
        return set()
    doc = json.loads(data)
    match doc:
        case {"acls": list() as acls}:
            pass
        case _:
            raise ValueError(f"not an ACL document: {data[:200]!r}")
    entries = set()
    for item in acls:
        operation = _BY_PASCAL_OP.get(item.get("operation"), AclOperation.UNKNOWN)
        permission = _BY_PASCAL_PERMISSION.get(item.get("permissionType"),
                                               AclPermissionType.UNKNOWN)
        principal, host = item.get("principal"), item.get("host")
        if not isinstance(principal, str) or ":" not in principal or not isinstance(host, str):
            raise ValueError(f"malformed ACL entry: {item}")
        if operation is AclOperation.UNKNOWN or permission is AclPermissionType.UNKNOWN:
            raise ValueError(f"unknown operation or permission type in ACL entry: {item}")
        entries.add(AccessControlEntry(principal, host, operation, permission))
    return entries


def change_node(pattern: ResourcePattern) -> tuple[str, bytes]:
    """(path prefix for a sequential znode, data) announcing a change to ``pattern``."""
    if pattern.pattern_type is PatternType.LITERAL:
        data = f"{pattern.resource_type.name}:{pattern.name}".encode()
        return f"{LITERAL_ACL_CHANGES}/{CHANGE_SEQUENCE_PREFIX}", data
    _store_root(pattern.pattern_type)
    event = {
        "version": _VERSION,
        "resourceType": pattern.resource_type.name,
        "name": pattern.name,
        "patternType": pattern.pattern_type.name,
    }
    data = json.dumps(event, separators=(",", ":")).encode()
    return f"{EXTENDED_ACL_CHANGES}/{CHANGE_SEQUENCE_PREFIX}", data


def _resource_type(text: str) -> ResourceType:
    try:
        return ResourceType[text.upper()]
    except KeyError:
        raise ValueError(f"unknown resource type {text!r}") from None


def decode_change(changes_root: str, data: bytes) -> ResourcePattern:
    """The pattern a change znode under ``changes_root`` names. ``ValueError`` if malformed."""
    text = data.decode()
    if changes_root == LITERAL_ACL_CHANGES:
        type_name, sep, name = text.partition(":")
        if not sep:
            raise ValueError(
                f"expected a string in format ResourceType:ResourceName but got {text}"
            )
        return ResourcePattern(_resource_type(type_name), name, PatternType.LITERAL)
    if changes_root != EXTENDED_ACL_CHANGES:
        raise ValueError(f"not an ACL change root: {changes_root}")
    event = json.loads(text)
    if event.get("version", 0) > _VERSION:
        raise ValueError(f"Acl change event received for unsupported version: {event['version']}")
    try:
        pattern_type = PatternType[str(event["patternType"]).upper()]
        return ResourcePattern(_resource_type(str(event["resourceType"])), str(event["name"]),
                               pattern_type)
    except KeyError as e:
        raise ValueError(f"Failed to convert ACL change event to resource: {text}") from e
