"""API key 88: StreamsGroupHeartbeat.

GENERATED - DO NOT EDIT. Written by ``python -m wire.generator`` from Apache Kafka 4.1.1's
message definitions (StreamsGroupHeartbeatRequest.json, StreamsGroupHeartbeatResponse.json).
"""

# ruff: noqa
from __future__ import annotations

import struct
from dataclasses import dataclass, field
from typing import ClassVar
from uuid import UUID

from wire.file_region import FileRegion
from wire.messages._base import (
    OPEN,
    Decoder,
    Encoder,
    FieldInfo,
    RegionEncoder,
    Regions,
    decode_body,
    encode_body,
    encode_plain_chunks,
    encode_region_body,
    encode_region_chunks,
    write_compact_records,
    write_records,
)
from wire.primitives import (
    INT32,
    ZERO_UUID,
    DecodeError,
    EncodeError,
    check_count,
    read_array_len,
    read_bytes,
    read_compact_array_len,
    read_compact_bytes,
    read_compact_nullable_bytes,
    read_compact_nullable_bytes_view,
    read_compact_nullable_string,
    read_compact_string,
    read_nullable_bytes,
    read_nullable_bytes_view,
    read_nullable_string,
    read_string,
    read_tag_header,
    read_uuid,
    read_uvarint,
    skip_tagged_fields,
    write_bytes,
    write_compact_bytes,
    write_compact_nullable_bytes,
    write_compact_nullable_string,
    write_compact_string,
    write_nullable_bytes,
    write_nullable_string,
    write_string,
    write_tagged_fields,
    write_uuid,
    write_uvarint,
)


_S_o = struct.Struct('>?')
_S_H = struct.Struct('>H')
_S_b = struct.Struct('>b')
_S_i = struct.Struct('>i')
_S_ih = struct.Struct('>ih')
_S_ii = struct.Struct('>ii')
_S_iiii = struct.Struct('>iiii')
_S_iq = struct.Struct('>iq')


@dataclass(slots=True)
class StreamsGroupHeartbeatRequest:
    """StreamsGroupHeartbeatRequest (API key 88, versions 0-0).

    Generated from StreamsGroupHeartbeatRequest.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = 88
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = -1
    LATEST_VERSION: ClassVar[int] = 0
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = True
    FLEXIBLE_MIN: ClassVar[int | None] = 0
    #: Who serves this request in Kafka (empty for responses).
    LISTENERS: ClassVar[tuple[str, ...]] = ('broker',)
    FIELDS: ClassVar[tuple[FieldInfo, ...]]

    @dataclass(slots=True)
    class KeyValue:
        FIELDS: ClassVar[tuple[FieldInfo, ...]]

        #: key of the config
        key: str = ''
        #: value of the config
        value: str = ''
        #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
        unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @dataclass(slots=True)
    class TopicInfo:
        FIELDS: ClassVar[tuple[FieldInfo, ...]]

        #: The name of the topic.
        name: str = ''
        #: The number of partitions in the topic. Can be 0 if no specific number of partitions is enforced. Always 0 for changelog topics.
        partitions: int = 0
        #: The replication factor of the topic. Can be 0 if the default replication factor should be used.
        replication_factor: int = 0
        #: Topic-level configurations as key-value pairs.
        topic_configs: list[StreamsGroupHeartbeatRequest.KeyValue] = field(default_factory=list)
        #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
        unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @dataclass(slots=True)
    class Endpoint:
        FIELDS: ClassVar[tuple[FieldInfo, ...]]

        #: host of the endpoint
        host: str = ''
        #: port of the endpoint
        port: int = 0
        #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
        unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @dataclass(slots=True)
    class TaskOffset:
        FIELDS: ClassVar[tuple[FieldInfo, ...]]

        #: The subtopology identifier.
        subtopology_id: str = ''
        #: The partition.
        partition: int = 0
        #: The offset.
        offset: int = 0
        #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
        unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @dataclass(slots=True)
    class TaskIds:
        FIELDS: ClassVar[tuple[FieldInfo, ...]]

        #: The subtopology identifier.
        subtopology_id: str = ''
        #: The partitions of the input topics processed by this member.
        partitions: list[int] = field(default_factory=list)
        #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
        unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @dataclass(slots=True)
    class Topology:
        FIELDS: ClassVar[tuple[FieldInfo, ...]]

        @dataclass(slots=True)
        class Subtopology:
            FIELDS: ClassVar[tuple[FieldInfo, ...]]

            @dataclass(slots=True)
            class CopartitionGroup:
                FIELDS: ClassVar[tuple[FieldInfo, ...]]

                #: The topics the topology reads from. Index into the array on the subtopology level.
                source_topics: list[int] = field(default_factory=list)
                #: Regular expressions identifying topics the subtopology reads from. Index into the array on the subtopology level.
                source_topic_regex: list[int] = field(default_factory=list)
                #: The set of source topics that are internally created repartition topics. Index into the array on the subtopology level.
                repartition_source_topics: list[int] = field(default_factory=list)
                #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
                unknown_tagged_fields: list[tuple[int, bytes]] | None = None

            #: String to uniquely identify the subtopology. Deterministically generated from the topology
            subtopology_id: str = ''
            #: The topics the topology reads from.
            source_topics: list[str] = field(default_factory=list)
            #: The regular expressions identifying topics the subtopology reads from.
            source_topic_regex: list[str] = field(default_factory=list)
            #: The set of state changelog topics associated with this subtopology. Created automatically.
            state_changelog_topics: list[StreamsGroupHeartbeatRequest.TopicInfo] = field(default_factory=list)
            #: The repartition topics the subtopology writes to.
            repartition_sink_topics: list[str] = field(default_factory=list)
            #: The set of source topics that are internally created repartition topics. Created automatically.
            repartition_source_topics: list[StreamsGroupHeartbeatRequest.TopicInfo] = field(default_factory=list)
            #: A subset of source topics that must be copartitioned.
            copartition_groups: list[StreamsGroupHeartbeatRequest.Topology.Subtopology.CopartitionGroup] = field(default_factory=list)
            #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
            unknown_tagged_fields: list[tuple[int, bytes]] | None = None

        #: The epoch of the topology. Used to check if the topology corresponds to the topology initialized on the brokers.
        epoch: int = 0
        #: The sub-topologies of the streams application.
        subtopologies: list[StreamsGroupHeartbeatRequest.Topology.Subtopology] = field(default_factory=list)
        #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
        unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    CopartitionGroup = Topology.Subtopology.CopartitionGroup
    Subtopology = Topology.Subtopology
    #: The group identifier.
    group_id: str = ''
    #: The member ID generated by the streams consumer. The member ID must be kept during the entire lifetime of the streams consumer process.
    member_id: str = ''
    #: The current member epoch; 0 to join the group; -1 to leave the group; -2 to indicate that the static member will rejoin.
    member_epoch: int = 0
    #: The current endpoint epoch of this client, represents the latest endpoint epoch this client received
    endpoint_information_epoch: int = 0
    #: null if not provided or if it didn't change since the last heartbeat; the instance ID for static membership otherwise.
    instance_id: str | None = None
    #: null if not provided or if it didn't change since the last heartbeat; the rack ID of the member otherwise.
    rack_id: str | None = None
    #: -1 if it didn't change since the last heartbeat; the maximum time in milliseconds that the coordinator will wait on the member to revoke its tasks otherwise.
    rebalance_timeout_ms: int = -1
    #: The topology metadata of the streams application. Used to initialize the topology of the group and to check if the topology corresponds to the topology initialized for the group. Only sent when memberEpoch = 0, must be non-empty. Null otherwise.
    topology: StreamsGroupHeartbeatRequest.Topology | None = None
    #: Currently owned active tasks for this client. Null if unchanged since last heartbeat.
    active_tasks: list[StreamsGroupHeartbeatRequest.TaskIds] | None = None
    #: Currently owned standby tasks for this client. Null if unchanged since last heartbeat.
    standby_tasks: list[StreamsGroupHeartbeatRequest.TaskIds] | None = None
    #: Currently owned warm-up tasks for this client. Null if unchanged since last heartbeat.
    warmup_tasks: list[StreamsGroupHeartbeatRequest.TaskIds] | None = None
    #: Identity of the streams instance that may have multiple consumers. Null if unchanged since last heartbeat.
    process_id: str | None = None
    #: User-defined endpoint for Interactive Queries. Null if unchanged since last heartbeat, or if not defined on the client.
    user_endpoint: StreamsGroupHeartbeatRequest.Endpoint | None = None
    #: Used for rack-aware assignment algorithm. Null if unchanged since last heartbeat.
    client_tags: list[StreamsGroupHeartbeatRequest.KeyValue] | None = None
    #: Cumulative changelog offsets for tasks. Only updated when a warm-up task has caught up, and according to the task offset interval. Null if unchanged since last heartbeat.
    task_offsets: list[StreamsGroupHeartbeatRequest.TaskOffset] | None = None
    #: Cumulative changelog end-offsets for tasks. Only updated when a warm-up task has caught up, and according to the task offset interval. Null if unchanged since last heartbeat.
    task_end_offsets: list[StreamsGroupHeartbeatRequest.TaskOffset] | None = None
    #: Whether all Streams clients in the group should shut down.
    shutdown_application: bool = False
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> StreamsGroupHeartbeatRequest:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_StreamsGroupHeartbeatRequest, data, version, 'StreamsGroupHeartbeatRequest', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_StreamsGroupHeartbeatRequest, self, version, 'StreamsGroupHeartbeatRequest')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_StreamsGroupHeartbeatRequest, self, version, 'StreamsGroupHeartbeatRequest')


@dataclass(slots=True)
class StreamsGroupHeartbeatResponse:
    """StreamsGroupHeartbeatResponse (API key 88, versions 0-0).

    Generated from StreamsGroupHeartbeatResponse.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = 88
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    LATEST_VERSION: ClassVar[int] = 0
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
    FLEXIBLE_MIN: ClassVar[int | None] = 0
    #: Who serves this request in Kafka (empty for responses).
    LISTENERS: ClassVar[tuple[str, ...]] = ()
    FIELDS: ClassVar[tuple[FieldInfo, ...]]

    @dataclass(slots=True)
    class Status:
        FIELDS: ClassVar[tuple[FieldInfo, ...]]

        #: A code to indicate that a particular status is active for the group membership
        status_code: int = 0
        #: A string representation of the status.
        status_detail: str = ''
        #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
        unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @dataclass(slots=True)
    class TopicPartition:
        FIELDS: ClassVar[tuple[FieldInfo, ...]]

        #: topic name
        topic: str = ''
        #: partitions
        partitions: list[int] = field(default_factory=list)
        #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
        unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @dataclass(slots=True)
    class TaskIds:
        FIELDS: ClassVar[tuple[FieldInfo, ...]]

        #: The subtopology identifier.
        subtopology_id: str = ''
        #: The partitions of the input topics processed by this member.
        partitions: list[int] = field(default_factory=list)
        #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
        unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @dataclass(slots=True)
    class Endpoint:
        FIELDS: ClassVar[tuple[FieldInfo, ...]]

        #: host of the endpoint
        host: str = ''
        #: port of the endpoint
        port: int = 0
        #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
        unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @dataclass(slots=True)
    class EndpointToPartitions:
        FIELDS: ClassVar[tuple[FieldInfo, ...]]

        #: User-defined endpoint to connect to the node
        user_endpoint: StreamsGroupHeartbeatResponse.Endpoint = field(default_factory=lambda: _C_StreamsGroupHeartbeatResponse_Endpoint())
        #: All topic partitions materialized by active tasks on the node
        active_partitions: list[StreamsGroupHeartbeatResponse.TopicPartition] = field(default_factory=list)
        #: All topic partitions materialized by standby tasks on the node
        standby_partitions: list[StreamsGroupHeartbeatResponse.TopicPartition] = field(default_factory=list)
        #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
        unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    #: The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    throttle_time_ms: int = 0
    #: The top-level error code, or 0 if there was no error
    error_code: int = 0
    #: The top-level error message, or null if there was no error.
    error_message: str | None = None
    #: The member id is always generated by the streams consumer.
    member_id: str = ''
    #: The member epoch.
    member_epoch: int = 0
    #: The heartbeat interval in milliseconds.
    heartbeat_interval_ms: int = 0
    #: The maximal lag a warm-up task can have to be considered caught-up.
    acceptable_recovery_lag: int = 0
    #: The interval in which the task changelog offsets on a client are updated on the broker. The offsets are sent with the next heartbeat after this time has passed.
    task_offset_interval_ms: int = 0
    #: Indicate zero or more status for the group.  Null if unchanged since last heartbeat.
    status: list[StreamsGroupHeartbeatResponse.Status] | None = None
    #: Assigned active tasks for this client. Null if unchanged since last heartbeat.
    active_tasks: list[StreamsGroupHeartbeatResponse.TaskIds] | None = None
    #: Assigned standby tasks for this client. Null if unchanged since last heartbeat.
    standby_tasks: list[StreamsGroupHeartbeatResponse.TaskIds] | None = None
    #: Assigned warm-up tasks for this client. Null if unchanged since last heartbeat.
    warmup_tasks: list[StreamsGroupHeartbeatResponse.TaskIds] | None = None
    #: The endpoint epoch set in the response
    endpoint_information_epoch: int = 0
    #: Global assignment information used for IQ. Null if unchanged since last heartbeat.
    partitions_by_user_endpoint: list[StreamsGroupHeartbeatResponse.EndpointToPartitions] | None = None
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> StreamsGroupHeartbeatResponse:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_StreamsGroupHeartbeatResponse, data, version, 'StreamsGroupHeartbeatResponse', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_StreamsGroupHeartbeatResponse, self, version, 'StreamsGroupHeartbeatResponse')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_StreamsGroupHeartbeatResponse, self, version, 'StreamsGroupHeartbeatResponse')

def _d_StreamsGroupHeartbeatRequest_KeyValue_v0(B: memoryview, P: int) -> tuple[StreamsGroupHeartbeatRequest.KeyValue, int]:
    f0, P = read_compact_string(B, P)
    f1, P = read_compact_string(B, P)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_StreamsGroupHeartbeatRequest_KeyValue(f0, f1, tf), P


def _d_StreamsGroupHeartbeatRequest_TopicInfo_v0(B: memoryview, P: int) -> tuple[StreamsGroupHeartbeatRequest.TopicInfo, int]:
    f0, P = read_compact_string(B, P)
    (f1, f2,) = _S_ih.unpack_from(B, P)
    P += 6
    n_f3 = B[P]
    if n_f3 < 0x80:
        P += 1
    else:
        n_f3, P = read_uvarint(B, P)
    n_f3 -= 1
    f3: list[StreamsGroupHeartbeatRequest.KeyValue]
    if n_f3 < 0:
        raise DecodeError(f'non-nullable array TopicConfigs has length {n_f3}')
    else:
        if n_f3 > len(B) - P:
            raise DecodeError(f'array length {n_f3} exceeds the buffer')
        f3 = []
        for _ in range(n_f3):
            e_f3, P = _d_StreamsGroupHeartbeatRequest_KeyValue_v0(B, P)
            f3.append(e_f3)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_StreamsGroupHeartbeatRequest_TopicInfo(f0, f1, f2, f3, tf), P


def _d_StreamsGroupHeartbeatRequest_Topology_Subtopology_CopartitionGroup_v0(B: memoryview, P: int) -> tuple[StreamsGroupHeartbeatRequest.Topology.Subtopology.CopartitionGroup, int]:
    n_f0 = B[P]
    if n_f0 < 0x80:
        P += 1
    else:
        n_f0, P = read_uvarint(B, P)
    n_f0 -= 1
    f0: list[int]
    if n_f0 < 0:
        raise DecodeError(f'non-nullable array SourceTopics has length {n_f0}')
    else:
        check_count(n_f0, B, P)
        f0 = list(struct.unpack_from('>%dh' % n_f0, B, P))
        P += n_f0 * 2
    n_f1 = B[P]
    if n_f1 < 0x80:
        P += 1
    else:
        n_f1, P = read_uvarint(B, P)
    n_f1 -= 1
    f1: list[int]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array SourceTopicRegex has length {n_f1}')
    else:
        check_count(n_f1, B, P)
        f1 = list(struct.unpack_from('>%dh' % n_f1, B, P))
        P += n_f1 * 2
    n_f2 = B[P]
    if n_f2 < 0x80:
        P += 1
    else:
        n_f2, P = read_uvarint(B, P)
    n_f2 -= 1
    f2: list[int]
    if n_f2 < 0:
        raise DecodeError(f'non-nullable array RepartitionSourceTopics has length {n_f2}')
    else:
        check_count(n_f2, B, P)
        f2 = list(struct.unpack_from('>%dh' % n_f2, B, P))
        P += n_f2 * 2
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_StreamsGroupHeartbeatRequest_Topology_Subtopology_CopartitionGroup(f0, f1, f2, tf), P


def _d_StreamsGroupHeartbeatRequest_Topology_Subtopology_v0(B: memoryview, P: int) -> tuple[StreamsGroupHeartbeatRequest.Topology.Subtopology, int]:
    f0, P = read_compact_string(B, P)
    n_f1 = B[P]
    if n_f1 < 0x80:
        P += 1
    else:
        n_f1, P = read_uvarint(B, P)
    n_f1 -= 1
    f1: list[str]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array SourceTopics has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = read_compact_string(B, P)
            f1.append(e_f1)
    n_f2 = B[P]
    if n_f2 < 0x80:
        P += 1
    else:
        n_f2, P = read_uvarint(B, P)
    n_f2 -= 1
    f2: list[str]
    if n_f2 < 0:
        raise DecodeError(f'non-nullable array SourceTopicRegex has length {n_f2}')
    else:
        if n_f2 > len(B) - P:
            raise DecodeError(f'array length {n_f2} exceeds the buffer')
        f2 = []
        for _ in range(n_f2):
            e_f2, P = read_compact_string(B, P)
            f2.append(e_f2)
    n_f3 = B[P]
    if n_f3 < 0x80:
        P += 1
    else:
        n_f3, P = read_uvarint(B, P)
    n_f3 -= 1
    f3: list[StreamsGroupHeartbeatRequest.TopicInfo]
    if n_f3 < 0:
        raise DecodeError(f'non-nullable array StateChangelogTopics has length {n_f3}')
    else:
        if n_f3 > len(B) - P:
            raise DecodeError(f'array length {n_f3} exceeds the buffer')
        f3 = []
        for _ in range(n_f3):
            e_f3, P = _d_StreamsGroupHeartbeatRequest_TopicInfo_v0(B, P)
            f3.append(e_f3)
    n_f4 = B[P]
    if n_f4 < 0x80:
        P += 1
    else:
        n_f4, P = read_uvarint(B, P)
    n_f4 -= 1
    f4: list[str]
    if n_f4 < 0:
        raise DecodeError(f'non-nullable array RepartitionSinkTopics has length {n_f4}')
    else:
        if n_f4 > len(B) - P:
            raise DecodeError(f'array length {n_f4} exceeds the buffer')
        f4 = []
        for _ in range(n_f4):
            e_f4, P = read_compact_string(B, P)
            f4.append(e_f4)
    n_f5 = B[P]
    if n_f5 < 0x80:
        P += 1
    else:
        n_f5, P = read_uvarint(B, P)
    n_f5 -= 1
    f5: list[StreamsGroupHeartbeatRequest.TopicInfo]
    if n_f5 < 0:
        raise DecodeError(f'non-nullable array RepartitionSourceTopics has length {n_f5}')
    else:
        if n_f5 > len(B) - P:
            raise DecodeError(f'array length {n_f5} exceeds the buffer')
        f5 = []
        for _ in range(n_f5):
            e_f5, P = _d_StreamsGroupHeartbeatRequest_TopicInfo_v0(B, P)
            f5.append(e_f5)
    n_f6 = B[P]
    if n_f6 < 0x80:
        P += 1
    else:
        n_f6, P = read_uvarint(B, P)
    n_f6 -= 1
    f6: list[StreamsGroupHeartbeatRequest.Topology.Subtopology.CopartitionGroup]
    if n_f6 < 0:
        raise DecodeError(f'non-nullable array CopartitionGroups has length {n_f6}')
    else:
        if n_f6 > len(B) - P:
            raise DecodeError(f'array length {n_f6} exceeds the buffer')
        f6 = []
        for _ in range(n_f6):
            e_f6, P = _d_StreamsGroupHeartbeatRequest_Topology_Subtopology_CopartitionGroup_v0(B, P)
            f6.append(e_f6)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_StreamsGroupHeartbeatRequest_Topology_Subtopology(f0, f1, f2, f3, f4, f5, f6, tf), P


def _d_StreamsGroupHeartbeatRequest_Topology_v0(B: memoryview, P: int) -> tuple[StreamsGroupHeartbeatRequest.Topology, int]:
    (f0,) = _S_i.unpack_from(B, P)
    P += 4
    n_f1 = B[P]
    if n_f1 < 0x80:
        P += 1
    else:
        n_f1, P = read_uvarint(B, P)
    n_f1 -= 1
    f1: list[StreamsGroupHeartbeatRequest.Topology.Subtopology]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Subtopologies has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_StreamsGroupHeartbeatRequest_Topology_Subtopology_v0(B, P)
            f1.append(e_f1)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_StreamsGroupHeartbeatRequest_Topology(f0, f1, tf), P


def _d_StreamsGroupHeartbeatRequest_TaskIds_v0(B: memoryview, P: int) -> tuple[StreamsGroupHeartbeatRequest.TaskIds, int]:
    f0, P = read_compact_string(B, P)
    n_f1 = B[P]
    if n_f1 < 0x80:
        P += 1
    else:
        n_f1, P = read_uvarint(B, P)
    n_f1 -= 1
    f1: list[int]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Partitions has length {n_f1}')
    else:
        check_count(n_f1, B, P)
        f1 = list(struct.unpack_from('>%di' % n_f1, B, P))
        P += n_f1 * 4
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_StreamsGroupHeartbeatRequest_TaskIds(f0, f1, tf), P


def _d_StreamsGroupHeartbeatRequest_Endpoint_v0(B: memoryview, P: int) -> tuple[StreamsGroupHeartbeatRequest.Endpoint, int]:
    f0, P = read_compact_string(B, P)
    (f1,) = _S_H.unpack_from(B, P)
    P += 2
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_StreamsGroupHeartbeatRequest_Endpoint(f0, f1, tf), P


def _d_StreamsGroupHeartbeatRequest_TaskOffset_v0(B: memoryview, P: int) -> tuple[StreamsGroupHeartbeatRequest.TaskOffset, int]:
    f0, P = read_compact_string(B, P)
    (f1, f2,) = _S_iq.unpack_from(B, P)
    P += 12
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_StreamsGroupHeartbeatRequest_TaskOffset(f0, f1, f2, tf), P


def _d_StreamsGroupHeartbeatRequest_v0(B: memoryview, P: int) -> tuple[StreamsGroupHeartbeatRequest, int]:
    f0, P = read_compact_string(B, P)
    f1, P = read_compact_string(B, P)
    (f2, f3,) = _S_ii.unpack_from(B, P)
    P += 8
    f4, P = read_compact_nullable_string(B, P)
    f5, P = read_compact_nullable_string(B, P)
    (f6,) = _S_i.unpack_from(B, P)
    P += 4
    if B[P] >= 0x80:
        f7 = None
        P += 1
    else:
        f7, P = _d_StreamsGroupHeartbeatRequest_Topology_v0(B, P + 1)
    n_f8 = B[P]
    if n_f8 < 0x80:
        P += 1
    else:
        n_f8, P = read_uvarint(B, P)
    n_f8 -= 1
    f8: list[StreamsGroupHeartbeatRequest.TaskIds] | None
    if n_f8 < 0:
        if n_f8 != -1:
            raise DecodeError(f'negative array length {n_f8}')
        f8 = None
    else:
        if n_f8 > len(B) - P:
            raise DecodeError(f'array length {n_f8} exceeds the buffer')
        f8 = []
        for _ in range(n_f8):
            e_f8, P = _d_StreamsGroupHeartbeatRequest_TaskIds_v0(B, P)
            f8.append(e_f8)
    n_f9 = B[P]
    if n_f9 < 0x80:
        P += 1
    else:
        n_f9, P = read_uvarint(B, P)
    n_f9 -= 1
    f9: list[StreamsGroupHeartbeatRequest.TaskIds] | None
    if n_f9 < 0:
        if n_f9 != -1:
            raise DecodeError(f'negative array length {n_f9}')
        f9 = None
    else:
        if n_f9 > len(B) - P:
            raise DecodeError(f'array length {n_f9} exceeds the buffer')
        f9 = []
        for _ in range(n_f9):
            e_f9, P = _d_StreamsGroupHeartbeatRequest_TaskIds_v0(B, P)
            f9.append(e_f9)
    n_f10 = B[P]
    if n_f10 < 0x80:
        P += 1
    else:
        n_f10, P = read_uvarint(B, P)
    n_f10 -= 1
    f10: list[StreamsGroupHeartbeatRequest.TaskIds] | None
    if n_f10 < 0:
        if n_f10 != -1:
            raise DecodeError(f'negative array length {n_f10}')
        f10 = None
    else:
        if n_f10 > len(B) - P:
            raise DecodeError(f'array length {n_f10} exceeds the buffer')
        f10 = []
        for _ in range(n_f10):
            e_f10, P = _d_StreamsGroupHeartbeatRequest_TaskIds_v0(B, P)
            f10.append(e_f10)
    f11, P = read_compact_nullable_string(B, P)
    if B[P] >= 0x80:
        f12 = None
        P += 1
    else:
        f12, P = _d_StreamsGroupHeartbeatRequest_Endpoint_v0(B, P + 1)
    n_f13 = B[P]
    if n_f13 < 0x80:
        P += 1
    else:
        n_f13, P = read_uvarint(B, P)
    n_f13 -= 1
    f13: list[StreamsGroupHeartbeatRequest.KeyValue] | None
    if n_f13 < 0:
        if n_f13 != -1:
            raise DecodeError(f'negative array length {n_f13}')
        f13 = None
    else:
        if n_f13 > len(B) - P:
            raise DecodeError(f'array length {n_f13} exceeds the buffer')
        f13 = []
        for _ in range(n_f13):
            e_f13, P = _d_StreamsGroupHeartbeatRequest_KeyValue_v0(B, P)
            f13.append(e_f13)
    n_f14 = B[P]
    if n_f14 < 0x80:
        P += 1
    else:
        n_f14, P = read_uvarint(B, P)
    n_f14 -= 1
    f14: list[StreamsGroupHeartbeatRequest.TaskOffset] | None
    if n_f14 < 0:
        if n_f14 != -1:
            raise DecodeError(f'negative array length {n_f14}')
        f14 = None
    else:
        if n_f14 > len(B) - P:
            raise DecodeError(f'array length {n_f14} exceeds the buffer')
        f14 = []
        for _ in range(n_f14):
            e_f14, P = _d_StreamsGroupHeartbeatRequest_TaskOffset_v0(B, P)
            f14.append(e_f14)
    n_f15 = B[P]
    if n_f15 < 0x80:
        P += 1
    else:
        n_f15, P = read_uvarint(B, P)
    n_f15 -= 1
    f15: list[StreamsGroupHeartbeatRequest.TaskOffset] | None
    if n_f15 < 0:
        if n_f15 != -1:
            raise DecodeError(f'negative array length {n_f15}')
        f15 = None
    else:
        if n_f15 > len(B) - P:
            raise DecodeError(f'array length {n_f15} exceeds the buffer')
        f15 = []
        for _ in range(n_f15):
            e_f15, P = _d_StreamsGroupHeartbeatRequest_TaskOffset_v0(B, P)
            f15.append(e_f15)
    (f16,) = _S_o.unpack_from(B, P)
    P += 1
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_StreamsGroupHeartbeatRequest(f0, f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11, f12, f13, f14, f15, f16, tf), P


def _e_StreamsGroupHeartbeatRequest_KeyValue_v0(o: StreamsGroupHeartbeatRequest.KeyValue, O: bytearray) -> None:
    write_compact_string(O, o.key)
    write_compact_string(O, o.value)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_StreamsGroupHeartbeatRequest_TopicInfo_v0(o: StreamsGroupHeartbeatRequest.TopicInfo, O: bytearray) -> None:
    write_compact_string(O, o.name)
    O += _S_ih.pack(o.partitions, o.replication_factor)
    a3 = o.topic_configs
    if a3 is None:
        raise EncodeError('non-nullable array TopicConfigs is None')
    write_uvarint(O, len(a3) + 1)
    for e_a3 in a3:
        _e_StreamsGroupHeartbeatRequest_KeyValue_v0(e_a3, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_StreamsGroupHeartbeatRequest_Topology_Subtopology_CopartitionGroup_v0(o: StreamsGroupHeartbeatRequest.Topology.Subtopology.CopartitionGroup, O: bytearray) -> None:
    a0 = o.source_topics
    if a0 is None:
        raise EncodeError('non-nullable array SourceTopics is None')
    write_uvarint(O, len(a0) + 1)
    O += struct.pack('>%dh' % len(a0), *a0)
    a1 = o.source_topic_regex
    if a1 is None:
        raise EncodeError('non-nullable array SourceTopicRegex is None')
    write_uvarint(O, len(a1) + 1)
    O += struct.pack('>%dh' % len(a1), *a1)
    a2 = o.repartition_source_topics
    if a2 is None:
        raise EncodeError('non-nullable array RepartitionSourceTopics is None')
    write_uvarint(O, len(a2) + 1)
    O += struct.pack('>%dh' % len(a2), *a2)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_StreamsGroupHeartbeatRequest_Topology_Subtopology_v0(o: StreamsGroupHeartbeatRequest.Topology.Subtopology, O: bytearray) -> None:
    write_compact_string(O, o.subtopology_id)
    a1 = o.source_topics
    if a1 is None:
        raise EncodeError('non-nullable array SourceTopics is None')
    write_uvarint(O, len(a1) + 1)
    for e_a1 in a1:
        write_compact_string(O, e_a1)
    a2 = o.source_topic_regex
    if a2 is None:
        raise EncodeError('non-nullable array SourceTopicRegex is None')
    write_uvarint(O, len(a2) + 1)
    for e_a2 in a2:
        write_compact_string(O, e_a2)
    a3 = o.state_changelog_topics
    if a3 is None:
        raise EncodeError('non-nullable array StateChangelogTopics is None')
    write_uvarint(O, len(a3) + 1)
    for e_a3 in a3:
        _e_StreamsGroupHeartbeatRequest_TopicInfo_v0(e_a3, O)
    a4 = o.repartition_sink_topics
    if a4 is None:
        raise EncodeError('non-nullable array RepartitionSinkTopics is None')
    write_uvarint(O, len(a4) + 1)
    for e_a4 in a4:
        write_compact_string(O, e_a4)
    a5 = o.repartition_source_topics
    if a5 is None:
        raise EncodeError('non-nullable array RepartitionSourceTopics is None')
    write_uvarint(O, len(a5) + 1)
    for e_a5 in a5:
        _e_StreamsGroupHeartbeatRequest_TopicInfo_v0(e_a5, O)
    a6 = o.copartition_groups
    if a6 is None:
        raise EncodeError('non-nullable array CopartitionGroups is None')
    write_uvarint(O, len(a6) + 1)
    for e_a6 in a6:
        _e_StreamsGroupHeartbeatRequest_Topology_Subtopology_CopartitionGroup_v0(e_a6, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_StreamsGroupHeartbeatRequest_Topology_v0(o: StreamsGroupHeartbeatRequest.Topology, O: bytearray) -> None:
    O += _S_i.pack(o.epoch)
    a1 = o.subtopologies
    if a1 is None:
        raise EncodeError('non-nullable array Subtopologies is None')
    write_uvarint(O, len(a1) + 1)
    for e_a1 in a1:
        _e_StreamsGroupHeartbeatRequest_Topology_Subtopology_v0(e_a1, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_StreamsGroupHeartbeatRequest_TaskIds_v0(o: StreamsGroupHeartbeatRequest.TaskIds, O: bytearray) -> None:
    write_compact_string(O, o.subtopology_id)
    a1 = o.partitions
    if a1 is None:
        raise EncodeError('non-nullable array Partitions is None')
    write_uvarint(O, len(a1) + 1)
    O += struct.pack('>%di' % len(a1), *a1)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_StreamsGroupHeartbeatRequest_Endpoint_v0(o: StreamsGroupHeartbeatRequest.Endpoint, O: bytearray) -> None:
    write_compact_string(O, o.host)
    O += _S_H.pack(o.port)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_StreamsGroupHeartbeatRequest_TaskOffset_v0(o: StreamsGroupHeartbeatRequest.TaskOffset, O: bytearray) -> None:
    write_compact_string(O, o.subtopology_id)
    O += _S_iq.pack(o.partition, o.offset)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_StreamsGroupHeartbeatRequest_v0(o: StreamsGroupHeartbeatRequest, O: bytearray) -> None:
    write_compact_string(O, o.group_id)
    write_compact_string(O, o.member_id)
    O += _S_ii.pack(o.member_epoch, o.endpoint_information_epoch)
    write_compact_nullable_string(O, o.instance_id)
    write_compact_nullable_string(O, o.rack_id)
    O += _S_i.pack(o.rebalance_timeout_ms)
    a7 = o.topology
    if a7 is None:
        O.append(0xFF)
    else:
        O.append(1)
        _e_StreamsGroupHeartbeatRequest_Topology_v0(a7, O)
    a8 = o.active_tasks
    if a8 is None:
        O.append(0)
    else:
        write_uvarint(O, len(a8) + 1)
        for e_a8 in a8:
            _e_StreamsGroupHeartbeatRequest_TaskIds_v0(e_a8, O)
    a9 = o.standby_tasks
    if a9 is None:
        O.append(0)
    else:
        write_uvarint(O, len(a9) + 1)
        for e_a9 in a9:
            _e_StreamsGroupHeartbeatRequest_TaskIds_v0(e_a9, O)
    a10 = o.warmup_tasks
    if a10 is None:
        O.append(0)
    else:
        write_uvarint(O, len(a10) + 1)
        for e_a10 in a10:
            _e_StreamsGroupHeartbeatRequest_TaskIds_v0(e_a10, O)
    write_compact_nullable_string(O, o.process_id)
    a12 = o.user_endpoint
    if a12 is None:
        O.append(0xFF)
    else:
        O.append(1)
        _e_StreamsGroupHeartbeatRequest_Endpoint_v0(a12, O)
    a13 = o.client_tags
    if a13 is None:
        O.append(0)
    else:
        write_uvarint(O, len(a13) + 1)
        for e_a13 in a13:
            _e_StreamsGroupHeartbeatRequest_KeyValue_v0(e_a13, O)
    a14 = o.task_offsets
    if a14 is None:
        O.append(0)
    else:
        write_uvarint(O, len(a14) + 1)
        for e_a14 in a14:
            _e_StreamsGroupHeartbeatRequest_TaskOffset_v0(e_a14, O)
    a15 = o.task_end_offsets
    if a15 is None:
        O.append(0)
    else:
        write_uvarint(O, len(a15) + 1)
        for e_a15 in a15:
            _e_StreamsGroupHeartbeatRequest_TaskOffset_v0(e_a15, O)
    O += _S_o.pack(o.shutdown_application)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _d_StreamsGroupHeartbeatResponse_Status_v0(B: memoryview, P: int) -> tuple[StreamsGroupHeartbeatResponse.Status, int]:
    (f0,) = _S_b.unpack_from(B, P)
    P += 1
    f1, P = read_compact_string(B, P)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_StreamsGroupHeartbeatResponse_Status(f0, f1, tf), P


def _d_StreamsGroupHeartbeatResponse_TaskIds_v0(B: memoryview, P: int) -> tuple[StreamsGroupHeartbeatResponse.TaskIds, int]:
    f0, P = read_compact_string(B, P)
    n_f1 = B[P]
    if n_f1 < 0x80:
        P += 1
    else:
        n_f1, P = read_uvarint(B, P)
    n_f1 -= 1
    f1: list[int]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Partitions has length {n_f1}')
    else:
        check_count(n_f1, B, P)
        f1 = list(struct.unpack_from('>%di' % n_f1, B, P))
        P += n_f1 * 4
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_StreamsGroupHeartbeatResponse_TaskIds(f0, f1, tf), P


def _d_StreamsGroupHeartbeatResponse_Endpoint_v0(B: memoryview, P: int) -> tuple[StreamsGroupHeartbeatResponse.Endpoint, int]:
    f0, P = read_compact_string(B, P)
    (f1,) = _S_H.unpack_from(B, P)
    P += 2
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_StreamsGroupHeartbeatResponse_Endpoint(f0, f1, tf), P


def _d_StreamsGroupHeartbeatResponse_TopicPartition_v0(B: memoryview, P: int) -> tuple[StreamsGroupHeartbeatResponse.TopicPartition, int]:
    f0, P = read_compact_string(B, P)
    n_f1 = B[P]
    if n_f1 < 0x80:
        P += 1
    else:
        n_f1, P = read_uvarint(B, P)
    n_f1 -= 1
    f1: list[int]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Partitions has length {n_f1}')
    else:
        check_count(n_f1, B, P)
        f1 = list(struct.unpack_from('>%di' % n_f1, B, P))
        P += n_f1 * 4
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_StreamsGroupHeartbeatResponse_TopicPartition(f0, f1, tf), P


def _d_StreamsGroupHeartbeatResponse_EndpointToPartitions_v0(B: memoryview, P: int) -> tuple[StreamsGroupHeartbeatResponse.EndpointToPartitions, int]:
    f0, P = _d_StreamsGroupHeartbeatResponse_Endpoint_v0(B, P)
    n_f1 = B[P]
    if n_f1 < 0x80:
        P += 1
    else:
        n_f1, P = read_uvarint(B, P)
    n_f1 -= 1
    f1: list[StreamsGroupHeartbeatResponse.TopicPartition]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array ActivePartitions has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_StreamsGroupHeartbeatResponse_TopicPartition_v0(B, P)
            f1.append(e_f1)
    n_f2 = B[P]
    if n_f2 < 0x80:
        P += 1
    else:
        n_f2, P = read_uvarint(B, P)
    n_f2 -= 1
    f2: list[StreamsGroupHeartbeatResponse.TopicPartition]
    if n_f2 < 0:
        raise DecodeError(f'non-nullable array StandbyPartitions has length {n_f2}')
    else:
        if n_f2 > len(B) - P:
            raise DecodeError(f'array length {n_f2} exceeds the buffer')
        f2 = []
        for _ in range(n_f2):
            e_f2, P = _d_StreamsGroupHeartbeatResponse_TopicPartition_v0(B, P)
            f2.append(e_f2)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_StreamsGroupHeartbeatResponse_EndpointToPartitions(f0, f1, f2, tf), P


def _d_StreamsGroupHeartbeatResponse_v0(B: memoryview, P: int) -> tuple[StreamsGroupHeartbeatResponse, int]:
    (f0, f1,) = _S_ih.unpack_from(B, P)
    P += 6
    f2, P = read_compact_nullable_string(B, P)
    f3, P = read_compact_string(B, P)
    (f4, f5, f6, f7,) = _S_iiii.unpack_from(B, P)
    P += 16
    n_f8 = B[P]
    if n_f8 < 0x80:
        P += 1
    else:
        n_f8, P = read_uvarint(B, P)
    n_f8 -= 1
    f8: list[StreamsGroupHeartbeatResponse.Status] | None
    if n_f8 < 0:
        if n_f8 != -1:
            raise DecodeError(f'negative array length {n_f8}')
        f8 = None
    else:
        if n_f8 > len(B) - P:
            raise DecodeError(f'array length {n_f8} exceeds the buffer')
        f8 = []
        for _ in range(n_f8):
            e_f8, P = _d_StreamsGroupHeartbeatResponse_Status_v0(B, P)
            f8.append(e_f8)
    n_f9 = B[P]
    if n_f9 < 0x80:
        P += 1
    else:
        n_f9, P = read_uvarint(B, P)
    n_f9 -= 1
    f9: list[StreamsGroupHeartbeatResponse.TaskIds] | None
    if n_f9 < 0:
        if n_f9 != -1:
            raise DecodeError(f'negative array length {n_f9}')
        f9 = None
    else:
        if n_f9 > len(B) - P:
            raise DecodeError(f'array length {n_f9} exceeds the buffer')
        f9 = []
        for _ in range(n_f9):
            e_f9, P = _d_StreamsGroupHeartbeatResponse_TaskIds_v0(B, P)
            f9.append(e_f9)
    n_f10 = B[P]
    if n_f10 < 0x80:
        P += 1
    else:
        n_f10, P = read_uvarint(B, P)
    n_f10 -= 1
    f10: list[StreamsGroupHeartbeatResponse.TaskIds] | None
    if n_f10 < 0:
        if n_f10 != -1:
            raise DecodeError(f'negative array length {n_f10}')
        f10 = None
    else:
        if n_f10 > len(B) - P:
            raise DecodeError(f'array length {n_f10} exceeds the buffer')
        f10 = []
        for _ in range(n_f10):
            e_f10, P = _d_StreamsGroupHeartbeatResponse_TaskIds_v0(B, P)
            f10.append(e_f10)
    n_f11 = B[P]
    if n_f11 < 0x80:
        P += 1
    else:
        n_f11, P = read_uvarint(B, P)
    n_f11 -= 1
    f11: list[StreamsGroupHeartbeatResponse.TaskIds] | None
    if n_f11 < 0:
        if n_f11 != -1:
            raise DecodeError(f'negative array length {n_f11}')
        f11 = None
    else:
        if n_f11 > len(B) - P:
            raise DecodeError(f'array length {n_f11} exceeds the buffer')
        f11 = []
        for _ in range(n_f11):
            e_f11, P = _d_StreamsGroupHeartbeatResponse_TaskIds_v0(B, P)
            f11.append(e_f11)
    (f12,) = _S_i.unpack_from(B, P)
    P += 4
    n_f13 = B[P]
    if n_f13 < 0x80:
        P += 1
    else:
        n_f13, P = read_uvarint(B, P)
    n_f13 -= 1
    f13: list[StreamsGroupHeartbeatResponse.EndpointToPartitions] | None
    if n_f13 < 0:
        if n_f13 != -1:
            raise DecodeError(f'negative array length {n_f13}')
        f13 = None
    else:
        if n_f13 > len(B) - P:
            raise DecodeError(f'array length {n_f13} exceeds the buffer')
        f13 = []
        for _ in range(n_f13):
            e_f13, P = _d_StreamsGroupHeartbeatResponse_EndpointToPartitions_v0(B, P)
            f13.append(e_f13)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_StreamsGroupHeartbeatResponse(f0, f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11, f12, f13, tf), P


def _e_StreamsGroupHeartbeatResponse_Status_v0(o: StreamsGroupHeartbeatResponse.Status, O: bytearray) -> None:
    O += _S_b.pack(o.status_code)
    write_compact_string(O, o.status_detail)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_StreamsGroupHeartbeatResponse_TaskIds_v0(o: StreamsGroupHeartbeatResponse.TaskIds, O: bytearray) -> None:
    write_compact_string(O, o.subtopology_id)
    a1 = o.partitions
    if a1 is None:
        raise EncodeError('non-nullable array Partitions is None')
    write_uvarint(O, len(a1) + 1)
    O += struct.pack('>%di' % len(a1), *a1)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_StreamsGroupHeartbeatResponse_Endpoint_v0(o: StreamsGroupHeartbeatResponse.Endpoint, O: bytearray) -> None:
    write_compact_string(O, o.host)
    O += _S_H.pack(o.port)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_StreamsGroupHeartbeatResponse_TopicPartition_v0(o: StreamsGroupHeartbeatResponse.TopicPartition, O: bytearray) -> None:
    write_compact_string(O, o.topic)
    a1 = o.partitions
    if a1 is None:
        raise EncodeError('non-nullable array Partitions is None')
    write_uvarint(O, len(a1) + 1)
    O += struct.pack('>%di' % len(a1), *a1)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_StreamsGroupHeartbeatResponse_EndpointToPartitions_v0(o: StreamsGroupHeartbeatResponse.EndpointToPartitions, O: bytearray) -> None:
    a0 = o.user_endpoint
    if a0 is None:
        raise EncodeError('non-nullable struct UserEndpoint is None')
    _e_StreamsGroupHeartbeatResponse_Endpoint_v0(a0, O)
    a1 = o.active_partitions
    if a1 is None:
        raise EncodeError('non-nullable array ActivePartitions is None')
    write_uvarint(O, len(a1) + 1)
    for e_a1 in a1:
        _e_StreamsGroupHeartbeatResponse_TopicPartition_v0(e_a1, O)
    a2 = o.standby_partitions
    if a2 is None:
        raise EncodeError('non-nullable array StandbyPartitions is None')
    write_uvarint(O, len(a2) + 1)
    for e_a2 in a2:
        _e_StreamsGroupHeartbeatResponse_TopicPartition_v0(e_a2, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_StreamsGroupHeartbeatResponse_v0(o: StreamsGroupHeartbeatResponse, O: bytearray) -> None:
    O += _S_ih.pack(o.throttle_time_ms, o.error_code)
    write_compact_nullable_string(O, o.error_message)
    write_compact_string(O, o.member_id)
    O += _S_iiii.pack(o.member_epoch, o.heartbeat_interval_ms, o.acceptable_recovery_lag, o.task_offset_interval_ms)
    a8 = o.status
    if a8 is None:
        O.append(0)
    else:
        write_uvarint(O, len(a8) + 1)
        for e_a8 in a8:
            _e_StreamsGroupHeartbeatResponse_Status_v0(e_a8, O)
    a9 = o.active_tasks
    if a9 is None:
        O.append(0)
    else:
        write_uvarint(O, len(a9) + 1)
        for e_a9 in a9:
            _e_StreamsGroupHeartbeatResponse_TaskIds_v0(e_a9, O)
    a10 = o.standby_tasks
    if a10 is None:
        O.append(0)
    else:
        write_uvarint(O, len(a10) + 1)
        for e_a10 in a10:
            _e_StreamsGroupHeartbeatResponse_TaskIds_v0(e_a10, O)
    a11 = o.warmup_tasks
    if a11 is None:
        O.append(0)
    else:
        write_uvarint(O, len(a11) + 1)
        for e_a11 in a11:
            _e_StreamsGroupHeartbeatResponse_TaskIds_v0(e_a11, O)
    O += _S_i.pack(o.endpoint_information_epoch)
    a13 = o.partitions_by_user_endpoint
    if a13 is None:
        O.append(0)
    else:
        write_uvarint(O, len(a13) + 1)
        for e_a13 in a13:
            _e_StreamsGroupHeartbeatResponse_EndpointToPartitions_v0(e_a13, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


_C_StreamsGroupHeartbeatRequest = StreamsGroupHeartbeatRequest
_C_StreamsGroupHeartbeatRequest_KeyValue = StreamsGroupHeartbeatRequest.KeyValue
_C_StreamsGroupHeartbeatRequest_TopicInfo = StreamsGroupHeartbeatRequest.TopicInfo
_C_StreamsGroupHeartbeatRequest_Endpoint = StreamsGroupHeartbeatRequest.Endpoint
_C_StreamsGroupHeartbeatRequest_TaskOffset = StreamsGroupHeartbeatRequest.TaskOffset
_C_StreamsGroupHeartbeatRequest_TaskIds = StreamsGroupHeartbeatRequest.TaskIds
_C_StreamsGroupHeartbeatRequest_Topology = StreamsGroupHeartbeatRequest.Topology
_C_StreamsGroupHeartbeatRequest_Topology_Subtopology = StreamsGroupHeartbeatRequest.Topology.Subtopology
_C_StreamsGroupHeartbeatRequest_Topology_Subtopology_CopartitionGroup = StreamsGroupHeartbeatRequest.Topology.Subtopology.CopartitionGroup
_DEF_C_StreamsGroupHeartbeatRequest_KeyValue = _C_StreamsGroupHeartbeatRequest_KeyValue()
_DEF_C_StreamsGroupHeartbeatRequest_TopicInfo = _C_StreamsGroupHeartbeatRequest_TopicInfo()
_DEF_C_StreamsGroupHeartbeatRequest_Endpoint = _C_StreamsGroupHeartbeatRequest_Endpoint()
_DEF_C_StreamsGroupHeartbeatRequest_TaskOffset = _C_StreamsGroupHeartbeatRequest_TaskOffset()
_DEF_C_StreamsGroupHeartbeatRequest_TaskIds = _C_StreamsGroupHeartbeatRequest_TaskIds()
_DEF_C_StreamsGroupHeartbeatRequest_Topology = _C_StreamsGroupHeartbeatRequest_Topology()
_DEF_C_StreamsGroupHeartbeatRequest_Topology_Subtopology = _C_StreamsGroupHeartbeatRequest_Topology_Subtopology()
_DEF_C_StreamsGroupHeartbeatRequest_Topology_Subtopology_CopartitionGroup = _C_StreamsGroupHeartbeatRequest_Topology_Subtopology_CopartitionGroup()
_DEC_StreamsGroupHeartbeatRequest: dict[int, Decoder[StreamsGroupHeartbeatRequest]] = {
    0: _d_StreamsGroupHeartbeatRequest_v0,
}
_ENC_StreamsGroupHeartbeatRequest: dict[int, Encoder[StreamsGroupHeartbeatRequest]] = {
    0: _e_StreamsGroupHeartbeatRequest_v0,
}
StreamsGroupHeartbeatRequest.FIELDS = (
    FieldInfo('GroupId', 'group_id', 'string', (0, OPEN), None, None, None, False, 'groupId', None, None),
    FieldInfo('MemberId', 'member_id', 'string', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('MemberEpoch', 'member_epoch', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('EndpointInformationEpoch', 'endpoint_information_epoch', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('InstanceId', 'instance_id', 'string', (0, OPEN), (0, OPEN), None, None, False, None, None, None),
    FieldInfo('RackId', 'rack_id', 'string', (0, OPEN), (0, OPEN), None, None, False, None, None, None),
    FieldInfo('RebalanceTimeoutMs', 'rebalance_timeout_ms', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Topology', 'topology', 'Topology', (0, OPEN), (0, OPEN), None, None, False, None, None, _C_StreamsGroupHeartbeatRequest_Topology),
    FieldInfo('ActiveTasks', 'active_tasks', '[]TaskIds', (0, OPEN), (0, OPEN), None, None, False, None, None, _C_StreamsGroupHeartbeatRequest_TaskIds),
    FieldInfo('StandbyTasks', 'standby_tasks', '[]TaskIds', (0, OPEN), (0, OPEN), None, None, False, None, None, _C_StreamsGroupHeartbeatRequest_TaskIds),
    FieldInfo('WarmupTasks', 'warmup_tasks', '[]TaskIds', (0, OPEN), (0, OPEN), None, None, False, None, None, _C_StreamsGroupHeartbeatRequest_TaskIds),
    FieldInfo('ProcessId', 'process_id', 'string', (0, OPEN), (0, OPEN), None, None, False, None, None, None),
    FieldInfo('UserEndpoint', 'user_endpoint', 'Endpoint', (0, OPEN), (0, OPEN), None, None, False, None, None, _C_StreamsGroupHeartbeatRequest_Endpoint),
    FieldInfo('ClientTags', 'client_tags', '[]KeyValue', (0, OPEN), (0, OPEN), None, None, False, None, None, _C_StreamsGroupHeartbeatRequest_KeyValue),
    FieldInfo('TaskOffsets', 'task_offsets', '[]TaskOffset', (0, OPEN), (0, OPEN), None, None, False, None, None, _C_StreamsGroupHeartbeatRequest_TaskOffset),
    FieldInfo('TaskEndOffsets', 'task_end_offsets', '[]TaskOffset', (0, OPEN), (0, OPEN), None, None, False, None, None, _C_StreamsGroupHeartbeatRequest_TaskOffset),
    FieldInfo('ShutdownApplication', 'shutdown_application', 'bool', (0, OPEN), None, None, None, False, None, None, None),
)
StreamsGroupHeartbeatRequest.KeyValue.FIELDS = (
    FieldInfo('Key', 'key', 'string', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Value', 'value', 'string', (0, OPEN), None, None, None, False, None, None, None),
)
StreamsGroupHeartbeatRequest.TopicInfo.FIELDS = (
    FieldInfo('Name', 'name', 'string', (0, OPEN), None, None, None, False, 'topicName', None, None),
    FieldInfo('Partitions', 'partitions', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('ReplicationFactor', 'replication_factor', 'int16', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('TopicConfigs', 'topic_configs', '[]KeyValue', (0, OPEN), None, None, None, False, None, None, _C_StreamsGroupHeartbeatRequest_KeyValue),
)
StreamsGroupHeartbeatRequest.Endpoint.FIELDS = (
    FieldInfo('Host', 'host', 'string', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Port', 'port', 'uint16', (0, OPEN), None, None, None, False, None, None, None),
)
StreamsGroupHeartbeatRequest.TaskOffset.FIELDS = (
    FieldInfo('SubtopologyId', 'subtopology_id', 'string', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Partition', 'partition', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Offset', 'offset', 'int64', (0, OPEN), None, None, None, False, None, None, None),
)
StreamsGroupHeartbeatRequest.TaskIds.FIELDS = (
    FieldInfo('SubtopologyId', 'subtopology_id', 'string', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Partitions', 'partitions', '[]int32', (0, OPEN), None, None, None, False, None, None, None),
)
StreamsGroupHeartbeatRequest.Topology.FIELDS = (
    FieldInfo('Epoch', 'epoch', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Subtopologies', 'subtopologies', '[]Subtopology', (0, OPEN), None, None, None, False, None, None, _C_StreamsGroupHeartbeatRequest_Topology_Subtopology),
)
StreamsGroupHeartbeatRequest.Topology.Subtopology.FIELDS = (
    FieldInfo('SubtopologyId', 'subtopology_id', 'string', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('SourceTopics', 'source_topics', '[]string', (0, OPEN), None, None, None, False, 'topicName', None, None),
    FieldInfo('SourceTopicRegex', 'source_topic_regex', '[]string', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('StateChangelogTopics', 'state_changelog_topics', '[]TopicInfo', (0, OPEN), None, None, None, False, None, None, _C_StreamsGroupHeartbeatRequest_TopicInfo),
    FieldInfo('RepartitionSinkTopics', 'repartition_sink_topics', '[]string', (0, OPEN), None, None, None, False, 'topicName', None, None),
    FieldInfo('RepartitionSourceTopics', 'repartition_source_topics', '[]TopicInfo', (0, OPEN), None, None, None, False, None, None, _C_StreamsGroupHeartbeatRequest_TopicInfo),
    FieldInfo('CopartitionGroups', 'copartition_groups', '[]CopartitionGroup', (0, OPEN), None, None, None, False, None, None, _C_StreamsGroupHeartbeatRequest_Topology_Subtopology_CopartitionGroup),
)
StreamsGroupHeartbeatRequest.Topology.Subtopology.CopartitionGroup.FIELDS = (
    FieldInfo('SourceTopics', 'source_topics', '[]int16', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('SourceTopicRegex', 'source_topic_regex', '[]int16', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('RepartitionSourceTopics', 'repartition_source_topics', '[]int16', (0, OPEN), None, None, None, False, None, None, None),
)

_C_StreamsGroupHeartbeatResponse = StreamsGroupHeartbeatResponse
_C_StreamsGroupHeartbeatResponse_Status = StreamsGroupHeartbeatResponse.Status
_C_StreamsGroupHeartbeatResponse_TopicPartition = StreamsGroupHeartbeatResponse.TopicPartition
_C_StreamsGroupHeartbeatResponse_TaskIds = StreamsGroupHeartbeatResponse.TaskIds
_C_StreamsGroupHeartbeatResponse_Endpoint = StreamsGroupHeartbeatResponse.Endpoint
_C_StreamsGroupHeartbeatResponse_EndpointToPartitions = StreamsGroupHeartbeatResponse.EndpointToPartitions
_DEF_C_StreamsGroupHeartbeatResponse_Status = _C_StreamsGroupHeartbeatResponse_Status()
_DEF_C_StreamsGroupHeartbeatResponse_TopicPartition = _C_StreamsGroupHeartbeatResponse_TopicPartition()
_DEF_C_StreamsGroupHeartbeatResponse_TaskIds = _C_StreamsGroupHeartbeatResponse_TaskIds()
_DEF_C_StreamsGroupHeartbeatResponse_Endpoint = _C_StreamsGroupHeartbeatResponse_Endpoint()
_DEF_C_StreamsGroupHeartbeatResponse_EndpointToPartitions = _C_StreamsGroupHeartbeatResponse_EndpointToPartitions()
_DEC_StreamsGroupHeartbeatResponse: dict[int, Decoder[StreamsGroupHeartbeatResponse]] = {
    0: _d_StreamsGroupHeartbeatResponse_v0,
}
_ENC_StreamsGroupHeartbeatResponse: dict[int, Encoder[StreamsGroupHeartbeatResponse]] = {
    0: _e_StreamsGroupHeartbeatResponse_v0,
}
StreamsGroupHeartbeatResponse.FIELDS = (
    FieldInfo('ThrottleTimeMs', 'throttle_time_ms', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('ErrorCode', 'error_code', 'int16', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('ErrorMessage', 'error_message', 'string', (0, OPEN), (0, OPEN), None, None, False, None, None, None),
    FieldInfo('MemberId', 'member_id', 'string', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('MemberEpoch', 'member_epoch', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('HeartbeatIntervalMs', 'heartbeat_interval_ms', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('AcceptableRecoveryLag', 'acceptable_recovery_lag', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('TaskOffsetIntervalMs', 'task_offset_interval_ms', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Status', 'status', '[]Status', (0, OPEN), (0, OPEN), None, None, False, None, None, _C_StreamsGroupHeartbeatResponse_Status),
    FieldInfo('ActiveTasks', 'active_tasks', '[]TaskIds', (0, OPEN), (0, OPEN), None, None, False, None, None, _C_StreamsGroupHeartbeatResponse_TaskIds),
    FieldInfo('StandbyTasks', 'standby_tasks', '[]TaskIds', (0, OPEN), (0, OPEN), None, None, False, None, None, _C_StreamsGroupHeartbeatResponse_TaskIds),
    FieldInfo('WarmupTasks', 'warmup_tasks', '[]TaskIds', (0, OPEN), (0, OPEN), None, None, False, None, None, _C_StreamsGroupHeartbeatResponse_TaskIds),
    FieldInfo('EndpointInformationEpoch', 'endpoint_information_epoch', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('PartitionsByUserEndpoint', 'partitions_by_user_endpoint', '[]EndpointToPartitions', (0, OPEN), (0, OPEN), None, None, False, None, None, _C_StreamsGroupHeartbeatResponse_EndpointToPartitions),
)
StreamsGroupHeartbeatResponse.Status.FIELDS = (
    FieldInfo('StatusCode', 'status_code', 'int8', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('StatusDetail', 'status_detail', 'string', (0, OPEN), None, None, None, False, None, None, None),
)
StreamsGroupHeartbeatResponse.TopicPartition.FIELDS = (
    FieldInfo('Topic', 'topic', 'string', (0, OPEN), None, None, None, False, 'topicName', None, None),
    FieldInfo('Partitions', 'partitions', '[]int32', (0, OPEN), None, None, None, False, None, None, None),
)
StreamsGroupHeartbeatResponse.TaskIds.FIELDS = (
    FieldInfo('SubtopologyId', 'subtopology_id', 'string', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Partitions', 'partitions', '[]int32', (0, OPEN), None, None, None, False, None, None, None),
)
StreamsGroupHeartbeatResponse.Endpoint.FIELDS = (
    FieldInfo('Host', 'host', 'string', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Port', 'port', 'uint16', (0, OPEN), None, None, None, False, None, None, None),
)
StreamsGroupHeartbeatResponse.EndpointToPartitions.FIELDS = (
    FieldInfo('UserEndpoint', 'user_endpoint', 'Endpoint', (0, OPEN), None, None, None, False, None, None, _C_StreamsGroupHeartbeatResponse_Endpoint),
    FieldInfo('ActivePartitions', 'active_partitions', '[]TopicPartition', (0, OPEN), None, None, None, False, None, None, _C_StreamsGroupHeartbeatResponse_TopicPartition),
    FieldInfo('StandbyPartitions', 'standby_partitions', '[]TopicPartition', (0, OPEN), None, None, None, False, None, None, _C_StreamsGroupHeartbeatResponse_TopicPartition),
)
