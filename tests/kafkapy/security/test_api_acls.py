"""The per-API authorization table covers every API kafkapy serves."""

from __future__ import annotations

from kafkapy.handlers.registry import REGISTRY, load_all
from kafkapy.security.acl import AclOperation, ResourceType
from kafkapy.security.api_acls import API_ACLS, CLUSTER_NAME, Denial
from kafkapy.security.authorizer import SUPPORTED_OPERATIONS
from wire.errors import ErrorCode


def test_every_served_api_has_an_entry() -> None:
    load_all()
    served = set(REGISTRY)
    assert served, "the handler registry is empty"
    assert served - set(API_ACLS) == set()


def test_checks_are_consistent() -> None:
    for acls in API_ACLS.values():
        for check in acls.checks:
            while check is not None:
                assert check.operation in SUPPORTED_OPERATIONS[check.resource_type], acls
                if check.resource_type is ResourceType.CLUSTER:
                    assert check.source == CLUSTER_NAME
                assert (check.error is None) == (check.denial is Denial.FILTER)
                check = check.otherwise  # type: ignore[assignment]


def test_headline_rules() -> None:
    produce = API_ACLS[0].checks
    assert [(c.resource_type, c.operation) for c in produce] == [
        (ResourceType.TRANSACTIONAL_ID, AclOperation.WRITE), (ResourceType.TOPIC, AclOperation.WRITE)]
    assert produce[0].error is ErrorCode.TRANSACTIONAL_ID_AUTHORIZATION_FAILED
    commit = API_ACLS[8].checks
    assert commit[0].error is ErrorCode.GROUP_AUTHORIZATION_FAILED
    assert commit[1].error is ErrorCode.TOPIC_AUTHORIZATION_FAILED
    create = API_ACLS[19].checks[0]
    assert create.resource_type is ResourceType.CLUSTER and create.otherwise is not None
    assert create.otherwise.resource_type is ResourceType.TOPIC
    assert API_ACLS[18].checks == () and API_ACLS[17].checks == () and API_ACLS[36].checks == ()
    assert API_ACLS[51].checks[0].error is ErrorCode.CLUSTER_AUTHORIZATION_FAILED
