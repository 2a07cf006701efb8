"""ZooKeeper ACL znodes and change notifications in Kafka 3.x's format."""

from __future__ import annotations

import json

import pytest

from kafkapy.security.acl import (
    AccessControlEntry,
    AclOperation,
    AclPermissionType,
    PatternType,
    ResourcePattern,
    ResourceType,
)
from kafkapy.security.acl_zk import (
    EXTENDED_ACL_CHANGES,
    LITERAL_ACL_CHANGES,
    acl_path,
    change_node,
    decode_acls,
    decode_change,
    encode_acls,
    pattern_from_path,
)

T, P = ResourceType, PatternType


@pytest.mark.parametrize(
    ("pattern", "path"),
    [
        (ResourcePattern(T.TOPIC, "orders"), "/kafka-acl/Topic/orders"),
        (ResourcePattern(T.CLUSTER, "kafka-cluster"), "/kafka-acl/Cluster/kafka-cluster"),
        (ResourcePattern(T.TRANSACTIONAL_ID, "tx"), "/kafka-acl/TransactionalId/tx"),
        (ResourcePattern(T.DELEGATION_TOKEN, "*"), "/kafka-acl/DelegationToken/*"),
        (ResourcePattern(T.GROUP, "app-", P.PREFIXED), "/kafka-acl-extended/prefixed/Group/app-"),
    ],
)
def test_paths(pattern: ResourcePattern, path: str) -> None:
    assert acl_path(pattern) == path
    assert pattern_from_path(path) == pattern


def test_bad_paths() -> None:
    for path in ("/kafka-acl/Nope/x", "/kafka-acl/Topic", "/brokers/ids/1"):
        with pytest.raises(ValueError):
            pattern_from_path(path)
    with pytest.raises(ValueError):
        acl_path(ResourcePattern(T.TOPIC, "x", P.MATCH))


def test_kafka_documented_acl_document() -> None:
    # The document Kafka's AclAuthorizer writes (ZkData ResourceZNode / AclEntry JSON).
    data = (b'{"version":1,"acls":[{"principal":"User:alice","permissionType":"Allow",'
            b'"operation":"Read","host":"*"},{"principal":"User:bob","permissionType":"Deny",'
            b'"operation":"DescribeConfigs","host":"10.0.0.1"}]}')
    entries = decode_acls(data)
    assert entries == {
        AccessControlEntry("User:alice", "*", AclOperation.READ, AclPermissionType.ALLOW),
        AccessControlEntry("User:bob", "10.0.0.1", AclOperation.DESCRIBE_CONFIGS,
                           AclPermissionType.DENY),
    }
    assert decode_acls(encode_acls(entries)) == entries
    assert json.loads(encode_acls(entries))["version"] == 1
    assert encode_acls(entries) == encode_acls(sorted(entries, key=str, reverse=True))
    assert decode_acls(b"") == set()


@pytest.mark.parametrize(
    "data",
    [
        b"[]",
        b'{"version":1}',
        (b'{"acls":[{"principal":"alice","permissionType":"Allow",'
         b'"operation":"Read","host":"*"}]}'),
        (b'{"acls":[{"principal":"User:a","permissionType":'
         b'"Maybe","operation":"Read","host":"*"}]}'),
        b"not json",
    ],
)
def test_malformed_documents(data: bytes) -> None:
    with pytest.raises(ValueError):
        decode_acls(data)


def test_change_notifications() -> None:
    literal = ResourcePattern(T.TOPIC, "orders")
    path, data = change_node(literal)
    assert (path, data) == ("/kafka-acl-changes/acl_changes_", b"TOPIC:orders")
    assert decode_change(LITERAL_ACL_CHANGES, data) == literal
    assert decode_change(LITERAL_ACL_CHANGES, b"Topic:a:b") == ResourcePattern(T.TOPIC, "a:b")
    prefixed = ResourcePattern(T.TOPIC, "foo", P.PREFIXED)
    path, data = change_node(prefixed)
    assert path == "/kafka-acl-extended-changes/acl_changes_"
    assert json.loads(data) == {"version": 1, "resourceType": "TOPIC", "name": "foo",
                                "patternType": "PREFIXED"}
    assert decode_change(EXTENDED_ACL_CHANGES, data) == prefixed
    for bad in (b"no-colon", b"Nope:x"):
        with pytest.raises(ValueError):
            decode_change(LITERAL_ACL_CHANGES, bad)
    with pytest.raises(ValueError, match="unsupported version"):
        decode_change(EXTENDED_ACL_CHANGES, b'{"version":2,"resourceType":"TOPIC","name":"x",'
                                            b'"patternType":"PREFIXED"}')
