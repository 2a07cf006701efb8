"""What each Kafka API requires of the authorizer: one table the handlers consult.

Transcribed from Kafka 4.1's ``KafkaApis`` / ``AuthHelper`` (and the ZooKeeper-era broker
APIs kafkapy's cluster mode uses). Each :class:`AclCheck` says which operation on which
resource is needed, where the resource name comes from in the request, and what a denial
does: fail the whole request (:attr:`Denial.REQUEST`), fail that resource's entry
(:attr:`Denial.RESOURCE`), or leave the resource out silently (:attr:`Denial.FILTER`).
``otherwise`` is the check tried when the first one is denied (CreateTopics: CREATE on the
cluster, else CREATE on each topic). An API with no checks needs no authorization.

The handler's call is ``ctx.authorize(check.operation, check.resource_type, name)``;
the table is also what the tests walk to prove every served API is covered.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from kafkapy.security.acl import AclOperation as Op
from kafkapy.security.acl import ResourceType as Res
from wire.api_keys import ApiKey
from wire.errors import ErrorCode

__all__ = ["API_ACLS", "CLUSTER_NAME", "DENIAL_ERRORS", "AclCheck", "ApiAcls", "Denial"]

#: The one CLUSTER resource's name (``Resource.CLUSTER_NAME``).
CLUSTER_NAME = "kafka-cluster"

#: The authorization error of each resource type.
DENIAL_ERRORS: dict[Res, ErrorCode] = {
    Res.TOPIC: ErrorCode.TOPIC_AUTHORIZATION_FAILED,
    Res.GROUP: ErrorCode.GROUP_AUTHORIZATION_FAILED,
    Res.CLUSTER: ErrorCode.CLUSTER_AUTHORIZATION_FAILED,
    Res.TRANSACTIONAL_ID: ErrorCode.TRANSACTIONAL_ID_AUTHORIZATION_FAILED,
    Res.DELEGATION_TOKEN: ErrorCode.DELEGATION_TOKEN_AUTHORIZATION_FAILED,
    Res.USER: ErrorCode.DELEGATION_TOKEN_AUTHORIZATION_FAILED,
}


class Denial(Enum):
    REQUEST = "request"
    RESOURCE = "resource"
    FILTER = "filter"


@dataclass(frozen=True, slots=True)
class AclCheck:
    resource_type: Res
    operation: Op
    source: str
    denial: Denial
    when: str = ""
    otherwise: AclCheck | None = None

    @property
    def error(self) -> ErrorCode | None:
        """The error a denial reports; None when denied resources are filtered out."""
        return None if self.denial is Denial.FILTER else DENIAL_ERRORS[self.resource_type]


@dataclass(frozen=True, slots=True)
class ApiAcls:
    api_key: ApiKey
    checks: tuple[AclCheck, ...]
    note: str = ""


def _cluster(op: Op, when: str = "", denial: Denial = Denial.REQUEST) -> AclCheck:
    return AclCheck(Res.CLUSTER, op, CLUSTER_NAME, denial, when)


_TXN_WRITE = AclCheck(Res.TRANSACTIONAL_ID, Op.WRITE, "transactional_id", Denial.REQUEST)
_GROUP_READ = AclCheck(Res.GROUP, Op.READ, "group_id", Denial.REQUEST)
_TOPICS = "topics[].name"

_TABLE: tuple[ApiAcls, ...] = (
    ApiAcls(ApiKey.PRODUCE, (
        AclCheck(Res.TRANSACTIONAL_ID, Op.WRITE, "transactional_id", Denial.REQUEST,
                 "the records are transactional"),
        AclCheck(Res.TOPIC, Op.WRITE, _TOPICS, Denial.RESOURCE),
    ), "Before KIP-679 (Kafka < 3.0) idempotent records also needed IDEMPOTENT_WRITE on the "
       "cluster (CLUSTER_AUTHORIZATION_FAILED); Kafka 3+ and kafkapy do not ask for it."),
    ApiAcls(ApiKey.FETCH, (
        _cluster(Op.CLUSTER_ACTION, "replica_id >= 0 (a follower)", Denial.RESOURCE),
        AclCheck(Res.TOPIC, Op.READ, _TOPICS, Denial.RESOURCE, "a consumer"),
    ), "A follower denied CLUSTER_ACTION gets TOPIC_AUTHORIZATION_FAILED on every partition."),
    ApiAcls(ApiKey.LIST_OFFSETS, (AclCheck(Res.TOPIC, Op.DESCRIBE, _TOPICS, Denial.RESOURCE),)),
    ApiAcls(ApiKey.METADATA, (
        AclCheck(Res.TOPIC, Op.DESCRIBE, _TOPICS, Denial.RESOURCE, "topics are named"),
        AclCheck(Res.TOPIC, Op.DESCRIBE, "every topic", Denial.FILTER, "all topics asked"),
        AclCheck(Res.CLUSTER, Op.CREATE, CLUSTER_NAME, Denial.RESOURCE,
                 "auto-creating a missing topic",
                 AclCheck(Res.TOPIC, Op.CREATE, _TOPICS, Denial.RESOURCE)),
    ), "Authorized-operations fields: DESCRIBE on the cluster/topic gates the bitfield."),
    ApiAcls(ApiKey.LEADER_AND_ISR, (_cluster(Op.CLUSTER_ACTION),)),
    ApiAcls(ApiKey.STOP_REPLICA, (_cluster(Op.CLUSTER_ACTION),)),
    ApiAcls(ApiKey.UPDATE_METADATA, (_cluster(Op.CLUSTER_ACTION),)),
    ApiAcls(ApiKey.CONTROLLED_SHUTDOWN, (_cluster(Op.CLUSTER_ACTION),)),
    ApiAcls(ApiKey.OFFSET_COMMIT, (
        _GROUP_READ, AclCheck(Res.TOPIC, Op.READ, _TOPICS, Denial.RESOURCE),
    )),
    ApiAcls(ApiKey.OFFSET_FETCH, (
        AclCheck(Res.GROUP, Op.DESCRIBE, "groups[].group_id", Denial.RESOURCE),
        AclCheck(Res.TOPIC, Op.DESCRIBE, _TOPICS, Denial.RESOURCE, "topics are named"),
        AclCheck(Res.TOPIC, Op.DESCRIBE, "committed topics", Denial.FILTER, "all topics asked"),
    )),
    ApiAcls(ApiKey.FIND_COORDINATOR, (
        AclCheck(Res.GROUP, Op.DESCRIBE, "key", Denial.RESOURCE, "key_type GROUP or SHARE"),
        AclCheck(Res.TRANSACTIONAL_ID, Op.DESCRIBE, "key", Denial.RESOURCE,
                 "key_type TRANSACTION"),
    )),
    ApiAcls(ApiKey.JOIN_GROUP, (_GROUP_READ,)),
    ApiAcls(ApiKey.HEARTBEAT, (_GROUP_READ,)),
    ApiAcls(ApiKey.LEAVE_GROUP, (_GROUP_READ,)),
    ApiAcls(ApiKey.SYNC_GROUP, (_GROUP_READ,)),
    ApiAcls(ApiKey.DESCRIBE_GROUPS, (
        AclCheck(Res.GROUP, Op.DESCRIBE, "groups[]", Denial.RESOURCE),
    )),
    ApiAcls(ApiKey.LIST_GROUPS, (
        _cluster(Op.DESCRIBE, "lists every group", Denial.FILTER),
    ), "Without DESCRIBE on the cluster, only groups the principal may DESCRIBE are listed."),
    ApiAcls(ApiKey.SASL_HANDSHAKE, ()),
    ApiAcls(ApiKey.API_VERSIONS, ()),
    ApiAcls(ApiKey.CREATE_TOPICS, (
        AclCheck(Res.CLUSTER, Op.CREATE, CLUSTER_NAME, Denial.RESOURCE, "",
                 AclCheck(Res.TOPIC, Op.CREATE, _TOPICS, Denial.RESOURCE)),
        AclCheck(Res.TOPIC, Op.DESCRIBE_CONFIGS, _TOPICS, Denial.RESOURCE,
                 "returning the created topic's configs (topic_config_error_code)"),
    )),
    ApiAcls(ApiKey.DELETE_TOPICS, (AclCheck(Res.TOPIC, Op.DELETE, _TOPICS, Denial.RESOURCE),),
            "A topic named by id needs DESCRIBE to be resolved."),
    ApiAcls(ApiKey.DELETE_RECORDS, (AclCheck(Res.TOPIC, Op.DELETE, _TOPICS, Denial.RESOURCE),)),
    ApiAcls(ApiKey.INIT_PRODUCER_ID, (
        AclCheck(Res.TRANSACTIONAL_ID, Op.WRITE, "transactional_id", Denial.REQUEST,
                 "transactional_id is set"),
        _cluster(Op.IDEMPOTENT_WRITE, "no transactional_id"),
    ), "Without a transactional id: IDEMPOTENT_WRITE on the cluster, or WRITE on any topic "
       "(authorize_by_resource_type), else CLUSTER_AUTHORIZATION_FAILED."),
    ApiAcls(ApiKey.OFFSET_FOR_LEADER_EPOCH, (
        _cluster(Op.CLUSTER_ACTION, "replica_id >= 0 (a follower)"),
        AclCheck(Res.TOPIC, Op.DESCRIBE, _TOPICS, Denial.RESOURCE, "a consumer"),
    )),
    ApiAcls(ApiKey.ADD_PARTITIONS_TO_TXN, (
        _TXN_WRITE, AclCheck(Res.TOPIC, Op.WRITE, _TOPICS, Denial.RESOURCE),
    ), "v4+ batched requests from brokers need CLUSTER_ACTION on the cluster; a denied topic "
       "fails its partitions and the others get OPERATION_NOT_ATTEMPTED."),
    ApiAcls(ApiKey.ADD_OFFSETS_TO_TXN, (_TXN_WRITE, _GROUP_READ)),
    ApiAcls(ApiKey.END_TXN, (_TXN_WRITE,)),
    ApiAcls(ApiKey.WRITE_TXN_MARKERS, (_cluster(Op.CLUSTER_ACTION),)),
    ApiAcls(ApiKey.TXN_OFFSET_COMMIT, (
        _TXN_WRITE, _GROUP_READ, AclCheck(Res.TOPIC, Op.READ, _TOPICS, Denial.RESOURCE),
    )),
    ApiAcls(ApiKey.DESCRIBE_ACLS, (_cluster(Op.DESCRIBE),)),
    ApiAcls(ApiKey.CREATE_ACLS, (_cluster(Op.ALTER),)),
    ApiAcls(ApiKey.DELETE_ACLS, (_cluster(Op.ALTER),)),
    ApiAcls(ApiKey.DESCRIBE_CONFIGS, (
        AclCheck(Res.TOPIC, Op.DESCRIBE_CONFIGS, "resources[] (TOPIC)", Denial.RESOURCE),
        AclCheck(Res.GROUP, Op.DESCRIBE_CONFIGS, "resources[] (GROUP)", Denial.RESOURCE),
        _cluster(Op.DESCRIBE_CONFIGS, "BROKER, BROKER_LOGGER, CLIENT_METRICS", Denial.RESOURCE),
    )),
    ApiAcls(ApiKey.ALTER_CONFIGS, (
        AclCheck(Res.TOPIC, Op.ALTER_CONFIGS, "resources[] (TOPIC)", Denial.RESOURCE),
        AclCheck(Res.GROUP, Op.ALTER_CONFIGS, "resources[] (GROUP)", Denial.RESOURCE),
        _cluster(Op.ALTER_CONFIGS, "BROKER, BROKER_LOGGER, CLIENT_METRICS", Denial.RESOURCE),
    )),
    ApiAcls(ApiKey.ALTER_REPLICA_LOG_DIRS, (_cluster(Op.ALTER, "", Denial.RESOURCE),)),
    ApiAcls(ApiKey.DESCRIBE_LOG_DIRS, (_cluster(Op.DESCRIBE),)),
    ApiAcls(ApiKey.SASL_AUTHENTICATE, ()),
    ApiAcls(ApiKey.CREATE_PARTITIONS, (
        AclCheck(Res.TOPIC, Op.ALTER, _TOPICS, Denial.RESOURCE),
    )),
    ApiAcls(ApiKey.CREATE_DELEGATION_TOKEN, (
        AclCheck(Res.USER, Op.CREATE_TOKENS, "owner_principal_name", Denial.REQUEST,
                 "the owner is not the requester"),
    ), "Refused with DELEGATION_TOKEN_REQUEST_NOT_ALLOWED on a token-authenticated or "
       "unauthenticated connection."),
    ApiAcls(ApiKey.RENEW_DELEGATION_TOKEN, (), "Only the owner or a renewer "
            "(DELEGATION_TOKEN_OWNER_MISMATCH)."),
    ApiAcls(ApiKey.EXPIRE_DELEGATION_TOKEN, (), "Only the owner or a renewer "
            "(DELEGATION_TOKEN_OWNER_MISMATCH)."),
    ApiAcls(ApiKey.DESCRIBE_DELEGATION_TOKEN, (
        AclCheck(Res.DELEGATION_TOKEN, Op.DESCRIBE, "token id", Denial.FILTER,
                 "not the owner or a renewer",
                 AclCheck(Res.USER, Op.DESCRIBE_TOKENS, "token owner", Denial.FILTER)),
    )),
    ApiAcls(ApiKey.DELETE_GROUPS, (AclCheck(Res.GROUP, Op.DELETE, "groups_names[]",
                                            Denial.RESOURCE),)),
    ApiAcls(ApiKey.ELECT_LEADERS, (_cluster(Op.ALTER),)),
    ApiAcls(ApiKey.INCREMENTAL_ALTER_CONFIGS, (
        AclCheck(Res.TOPIC, Op.ALTER_CONFIGS, "resources[] (TOPIC)", Denial.RESOURCE),
        AclCheck(Res.GROUP, Op.ALTER_CONFIGS, "resources[] (GROUP)", Denial.RESOURCE),
        _cluster(Op.ALTER_CONFIGS, "BROKER, BROKER_LOGGER, CLIENT_METRICS", Denial.RESOURCE),
    )),
    ApiAcls(ApiKey.ALTER_PARTITION_REASSIGNMENTS, (_cluster(Op.ALTER),)),
    ApiAcls(ApiKey.LIST_PARTITION_REASSIGNMENTS, (_cluster(Op.DESCRIBE),)),
    ApiAcls(ApiKey.OFFSET_DELETE, (
        AclCheck(Res.GROUP, Op.DELETE, "group_id", Denial.REQUEST),
        AclCheck(Res.TOPIC, Op.READ, _TOPICS, Denial.RESOURCE),
    )),
    ApiAcls(ApiKey.DESCRIBE_CLIENT_QUOTAS, (_cluster(Op.DESCRIBE_CONFIGS),)),
    ApiAcls(ApiKey.ALTER_CLIENT_QUOTAS, (_cluster(Op.ALTER_CONFIGS),)),
    ApiAcls(ApiKey.DESCRIBE_USER_SCRAM_CREDENTIALS, (_cluster(Op.DESCRIBE),)),
    ApiAcls(ApiKey.ALTER_USER_SCRAM_CREDENTIALS, (_cluster(Op.ALTER),)),
    ApiAcls(ApiKey.DESCRIBE_QUORUM, (_cluster(Op.DESCRIBE),)),
    ApiAcls(ApiKey.ALTER_PARTITION, (_cluster(Op.CLUSTER_ACTION),)),
    ApiAcls(ApiKey.UPDATE_FEATURES, (_cluster(Op.ALTER),)),
    ApiAcls(ApiKey.DESCRIBE_CLUSTER, (
        _cluster(Op.DESCRIBE, "include_cluster_authorized_operations", Denial.FILTER),
    ), "Never denied; without DESCRIBE the authorized-operations bitfield is empty."),
    ApiAcls(ApiKey.DESCRIBE_PRODUCERS, (AclCheck(Res.TOPIC, Op.READ, _TOPICS, Denial.RESOURCE),)),
    ApiAcls(ApiKey.DESCRIBE_TRANSACTIONS, (
        AclCheck(Res.TRANSACTIONAL_ID, Op.DESCRIBE, "transactional_ids[]", Denial.RESOURCE),
    )),
    ApiAcls(ApiKey.LIST_TRANSACTIONS, (
        AclCheck(Res.TRANSACTIONAL_ID, Op.DESCRIBE, "every transactional id", Denial.FILTER),
    )),
    ApiAcls(ApiKey.CONSUMER_GROUP_HEARTBEAT, (
        _GROUP_READ,
        AclCheck(Res.TOPIC, Op.DESCRIBE, "subscribed_topic_names[]", Denial.REQUEST),
    )),
    ApiAcls(ApiKey.CONSUMER_GROUP_DESCRIBE, (
        AclCheck(Res.GROUP, Op.DESCRIBE, "group_ids[]", Denial.RESOURCE),
    )),
    ApiAcls(ApiKey.GET_TELEMETRY_SUBSCRIPTIONS, ()),
    ApiAcls(ApiKey.PUSH_TELEMETRY, ()),
    ApiAcls(ApiKey.DESCRIBE_TOPIC_PARTITIONS, (
        AclCheck(Res.TOPIC, Op.DESCRIBE, _TOPICS, Denial.RESOURCE),
    )),
)

#: API key -> its authorization requirements.
API_ACLS: dict[int, ApiAcls] = {a.api_key: a for a in _TABLE}
