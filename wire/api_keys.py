"""Kafka's API keys and, for each, its generated request/response classes and versions.

``API_REGISTRY`` is derived from the generator's version table, so it always agrees with the
codec; the message classes themselves are imported on first use.
Which APIs a broker *serves* is the broker's business (``kafkapy.handlers.registry``): this
table says what the codec can encode and decode.
"""

from __future__ import annotations

from enum import IntEnum
from typing import Any, NamedTuple

import wire.messages as _messages

__all__ = ["API_REGISTRY", "PRODUCE_API_VERSIONS_RESPONSE_MIN_VERSION", "ApiKey", "ApiSpec"]


class ApiKey(IntEnum):
    """Kafka's ``ApiKeys``. 4-7 were removed in Kafka 4.0 (``validVersions: "none"``): named for
    log lines, absent from :data:`API_REGISTRY`."""

    PRODUCE = 0
    FETCH = 1
    LIST_OFFSETS = 2
    METADATA = 3
    LEADER_AND_ISR = 4
    STOP_REPLICA = 5
    UPDATE_METADATA = 6
    CONTROLLED_SHUTDOWN = 7
    OFFSET_COMMIT = 8
    OFFSET_FETCH = 9
    FIND_COORDINATOR = 10
    JOIN_GROUP = 11
    HEARTBEAT = 12
    LEAVE_GROUP = 13
    SYNC_GROUP = 14
    DESCRIBE_GROUPS = 15
    LIST_GROUPS = 16
    SASL_HANDSHAKE = 17
    API_VERSIONS = 18
    CREATE_TOPICS = 19
    DELETE_TOPICS = 20
    DELETE_RECORDS = 21
    INIT_PRODUCER_ID = 22
    OFFSET_FOR_LEADER_EPOCH = 23
    ADD_PARTITIONS_TO_TXN = 24
    ADD_OFFSETS_TO_TXN = 25
    END_TXN = 26
    WRITE_TXN_MARKERS = 27
    TXN_OFFSET_COMMIT = 28
    DESCRIBE_ACLS = 29
    CREATE_ACLS = 30
    DELETE_ACLS = 31
    DESCRIBE_CONFIGS = 32
    ALTER_CONFIGS = 33
    ALTER_REPLICA_LOG_DIRS = 34
    DESCRIBE_LOG_DIRS = 35
    SASL_AUTHENTICATE = 36
    CREATE_PARTITIONS = 37
    CREATE_DELEGATION_TOKEN = 38
    RENEW_DELEGATION_TOKEN = 39
    EXPIRE_DELEGATION_TOKEN = 40
    DESCRIBE_DELEGATION_TOKEN = 41
    DELETE_GROUPS = 42
    ELECT_LEADERS = 43
    INCREMENTAL_ALTER_CONFIGS = 44
    ALTER_PARTITION_REASSIGNMENTS = 45
    LIST_PARTITION_REASSIGNMENTS = 46
    OFFSET_DELETE = 47
    DESCRIBE_CLIENT_QUOTAS = 48
    ALTER_CLIENT_QUOTAS = 49
    DESCRIBE_USER_SCRAM_CREDENTIALS = 50
    ALTER_USER_SCRAM_CREDENTIALS = 51
    VOTE = 52
    BEGIN_QUORUM_EPOCH = 53
    END_QUORUM_EPOCH = 54
    DESCRIBE_QUORUM = 55
    ALTER_PARTITION = 56
    UPDATE_FEATURES = 57
    ENVELOPE = 58
    FETCH_SNAPSHOT = 59
    DESCRIBE_CLUSTER = 60
    DESCRIBE_PRODUCERS = 61
    BROKER_REGISTRATION = 62
    BROKER_HEARTBEAT = 63
    UNREGISTER_BROKER = 64
    DESCRIBE_TRANSACTIONS = 65
    LIST_TRANSACTIONS = 66
    ALLOCATE_PRODUCER_IDS = 67
    CONSUMER_GROUP_HEARTBEAT = 68
    CONSUMER_GROUP_DESCRIBE = 69
    CONTROLLER_REGISTRATION = 70
    GET_TELEMETRY_SUBSCRIPTIONS = 71
    PUSH_TELEMETRY = 72
    ASSIGN_REPLICAS_TO_DIRS = 73
    LIST_CONFIG_RESOURCES = 74
    DESCRIBE_TOPIC_PARTITIONS = 75
    SHARE_GROUP_HEARTBEAT = 76
    SHARE_GROUP_DESCRIBE = 77
    SHARE_FETCH = 78
    SHARE_ACKNOWLEDGE = 79
    ADD_RAFT_VOTER = 80
    REMOVE_RAFT_VOTER = 81
    UPDATE_RAFT_VOTER = 82
    INITIALIZE_SHARE_GROUP_STATE = 83
    READ_SHARE_GROUP_STATE = 84
    WRITE_SHARE_GROUP_STATE = 85
    DELETE_SHARE_GROUP_STATE = 86
    READ_SHARE_GROUP_STATE_SUMMARY = 87
    STREAMS_GROUP_HEARTBEAT = 88
    STREAMS_GROUP_DESCRIBE = 89
    DESCRIBE_SHARE_GROUP_OFFSETS = 90
    ALTER_SHARE_GROUP_OFFSETS = 91
    DELETE_SHARE_GROUP_OFFSETS = 92


# Kafka 4.0 rejects Produce v0-2 but still advertises v0 in ApiVersions because old librdkafka
# refuses brokers that don't (KAFKA-18659, ``ApiKeys.PRODUCE_API_VERSIONS_RESPONSE_MIN_VERSION``).
PRODUCE_API_VERSIONS_RESPONSE_MIN_VERSION = 0


class ApiSpec(NamedTuple):
    """One API's versions, and its generated classes imported on first use (``request_cls``,
    ``response_cls``): a broker that serves 30 APIs does not build the other 60's classes."""

    request_name: str
    response_name: str
    min_version: int
    #: Newest stable version: never advertise ``latest_version`` when it is unstable.
    max_version: int
    #: First flexible version (request header v2, response header v1), or None.
    flexible_min: int | None
    latest_version_unstable: bool
    #: Newest version the codec implements (== max_version unless latest_version_unstable).
    latest_version: int
    #: Where Kafka serves it: "broker", "controller" (KRaft-internal APIs).
    listeners: tuple[str, ...]

    @property
    def request_cls(self) -> type[Any]:
        cls: type[Any] = getattr(_messages, self.request_name)
        return cls

    @property
    def response_cls(self) -> type[Any]:
        cls: type[Any] = getattr(_messages, self.response_name)
        return cls


#: api_key -> ApiSpec for every API with valid versions in Kafka 4.1.1 (from the generator's
#: table, so it always agrees with the generated classes; ``tests/wire`` checks that too).
API_REGISTRY: dict[int, ApiSpec] = {
    key: ApiSpec(*info) for key, info in sorted(_messages.API_VERSIONS.items())
}
