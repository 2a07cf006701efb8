"""API key 89: StreamsGroupDescribe.

GENERATED - DO NOT EDIT. Written by ``python -m wire.generator`` from Apache Kafka 4.1.1's
message definitions (StreamsGroupDescribeRequest.json, StreamsGroupDescribeResponse.json).
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
_S_h = struct.Struct('>h')
_S_i = struct.Struct('>i')
_S_ih = struct.Struct('>ih')
_S_ii = struct.Struct('>ii')
_S_iq = struct.Struct('>iq')


@dataclass(slots=True)
class StreamsGroupDescribeRequest:
    """StreamsGroupDescribeRequest (API key 89, versions 0-0).

    Generated from StreamsGroupDescribeRequest.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = 89
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = -1
    LATEST_VERSION: ClassVar[int] = 0
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = True
    FLEXIBLE_MIN: ClassVar[int | None] = 0
    #: Who serves this request in Kafka (empty for responses).
    LISTENERS: ClassVar[tuple[str, ...]] = ('broker',)
    FIELDS: ClassVar[tuple[FieldInfo, ...]]

    #: The ids of the groups to describe
    group_ids: list[str] = field(default_factory=list)
    #: Whether to include authorized operations.
    include_authorized_operations: bool = False
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> StreamsGroupDescribeRequest:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_StreamsGroupDescribeRequest, data, version, 'StreamsGroupDescribeRequest', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_StreamsGroupDescribeRequest, self, version, 'StreamsGroupDescribeRequest')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_StreamsGroupDescribeRequest, self, version, 'StreamsGroupDescribeRequest')


@dataclass(slots=True)
class StreamsGroupDescribeResponse:
    """StreamsGroupDescribeResponse (API key 89, versions 0-0).

    Generated from StreamsGroupDescribeResponse.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = 89
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    LATEST_VERSION: ClassVar[int] = 0
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
    FLEXIBLE_MIN: ClassVar[int | None] = 0
    #: Who serves this request in Kafka (empty for responses).
    LISTENERS: ClassVar[tuple[str, ...]] = ()
    FIELDS: ClassVar[tuple[FieldInfo, ...]]

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
    class TopicPartitions:
        FIELDS: ClassVar[tuple[FieldInfo, ...]]

        #: The topic ID.
        topic_id: UUID = ZERO_UUID
        #: The topic name.
        topic_name: str = ''
        #: The partitions.
        partitions: list[int] = field(default_factory=list)
        #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
        unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @dataclass(slots=True)
    class Assignment:
        FIELDS: ClassVar[tuple[FieldInfo, ...]]

        #: Active tasks for this client.
        active_tasks: list[StreamsGroupDescribeResponse.TaskIds] = field(default_factory=list)
        #: Standby tasks for this client.
        standby_tasks: list[StreamsGroupDescribeResponse.TaskIds] = field(default_factory=list)
        #: Warm-up tasks for this client.
        warmup_tasks: list[StreamsGroupDescribeResponse.TaskIds] = field(default_factory=list)
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
        topic_configs: list[StreamsGroupDescribeResponse.KeyValue] = field(default_factory=list)
        #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
        unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @dataclass(slots=True)
    class DescribedGroup:
        FIELDS: ClassVar[tuple[FieldInfo, ...]]

        @dataclass(slots=True)
        class Topology:
            FIELDS: ClassVar[tuple[FieldInfo, ...]]

            @dataclass(slots=True)
            class Subtopology:
                FIELDS: ClassVar[tuple[FieldInfo, ...]]

                #: String to uniquely identify the subtopology.
                subtopology_id: str = ''
                #: The topics the subtopology reads from.
                source_topics: list[str] = field(default_factory=list)
                #: The repartition topics the subtopology writes to.
                repartition_sink_topics: list[str] = field(default_factory=list)
                #: The set of state changelog topics associated with this subtopology. Created automatically.
                state_changelog_topics: list[StreamsGroupDescribeResponse.TopicInfo] = field(default_factory=list)
                #: The set of source topics that are internally created repartition topics. Created automatically.
                repartition_source_topics: list[StreamsGroupDescribeResponse.TopicInfo] = field(default_factory=list)
                #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
                unknown_tagged_fields: list[tuple[int, bytes]] | None = None

            #: The epoch of the currently initialized topology for this group.
            epoch: int = 0
            #: The subtopologies of the streams application. This contains the configured subtopologies, where the number of partitions are set and any regular expressions are resolved to actual topics. Null if the group is uninitialized, source topics are missing or incorrectly partitioned.
            subtopologies: list[StreamsGroupDescribeResponse.DescribedGroup.Topology.Subtopology] | None = None
            #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
            unknown_tagged_fields: list[tuple[int, bytes]] | None = None

        @dataclass(slots=True)
        class Member:
            FIELDS: ClassVar[tuple[FieldInfo, ...]]

            #: The member ID.
            member_id: str = ''
            #: The member epoch.
            member_epoch: int = 0
            #: The member instance ID for static membership.
            instance_id: str | None = None
            #: The rack ID.
            rack_id: str | None = None
            #: The client ID.
            client_id: str = ''
            #: The client host.
            client_host: str = ''
            #: The epoch of the topology on the client.
            topology_epoch: int = 0
            #: Identity of the streams instance that may have multiple clients.
            process_id: str = ''
            #: User-defined endpoint for Interactive Queries. Null if not defined for this client.
            user_endpoint: StreamsGroupDescribeResponse.Endpoint | None = None
            #: Used for rack-aware assignment algorithm.
            client_tags: list[StreamsGroupDescribeResponse.KeyValue] = field(default_factory=list)
            #: Cumulative changelog offsets for tasks.
            task_offsets: list[StreamsGroupDescribeResponse.TaskOffset] = field(default_factory=list)
            #: Cumulative changelog end offsets for tasks.
            task_end_offsets: list[StreamsGroupDescribeResponse.TaskOffset] = field(default_factory=list)
            #: The current assignment.
            assignment: StreamsGroupDescribeResponse.Assignment = field(default_factory=lambda: _C_StreamsGroupDescribeResponse_Assignment())
            #: The target assignment.
            target_assignment: StreamsGroupDescribeResponse.Assignment = field(default_factory=lambda: _C_StreamsGroupDescribeResponse_Assignment())
            #: True for classic members that have not been upgraded yet.
            is_classic: bool = False
            #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
            unknown_tagged_fields: list[tuple[int, bytes]] | None = None

        #: The describe error, or 0 if there was no error.
        error_code: int = 0
        #: The top-level error message, or null if there was no error.
        error_message: str | None = None
        #: The group ID string.
        group_id: str = ''
        #: The group state string, or the empty string.
        group_state: str = ''
        #: The group epoch.
        group_epoch: int = 0
        #: The assignment epoch.
        assignment_epoch: int = 0
        #: The topology metadata currently initialized for the streams application. Can be null in case of a describe error.
        topology: StreamsGroupDescribeResponse.DescribedGroup.Topology | None = None
        #: The members.
        members: list[StreamsGroupDescribeResponse.DescribedGroup.Member] = field(default_factory=list)
        #: 32-bit bitfield to represent authorized operations for this group.
        authorized_operations: int = -2147483648
        #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
        unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    Subtopology = DescribedGroup.Topology.Subtopology
    Topology = DescribedGroup.Topology
    Member = DescribedGroup.Member
    #: The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    throttle_time_ms: int = 0
    #: Each described group.
    groups: list[StreamsGroupDescribeResponse.DescribedGroup] = field(default_factory=list)
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> StreamsGroupDescribeResponse:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_StreamsGroupDescribeResponse, data, version, 'StreamsGroupDescribeResponse', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_StreamsGroupDescribeResponse, self, version, 'StreamsGroupDescribeResponse')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_StreamsGroupDescribeResponse, self, version, 'StreamsGroupDescribeResponse')

def _d_StreamsGroupDescribeRequest_v0(B: memoryview, P: int) -> tuple[StreamsGroupDescribeRequest, int]:
    n_f0 = B[P]
    if n_f0 < 0x80:
        P += 1
    else:
        n_f0, P = read_uvarint(B, P)
    n_f0 -= 1
    f0: list[str]
    if n_f0 < 0:
        raise DecodeError(f'non-nullable array GroupIds has length {n_f0}')
    else:
        if n_f0 > len(B) - P:
            raise DecodeError(f'array length {n_f0} exceeds the buffer')
        f0 = []
        for _ in range(n_f0):
            e_f0, P = read_compact_string(B, P)
            f0.append(e_f0)
    (f1,) = _S_o.unpack_from(B, P)
    P += 1
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_StreamsGroupDescribeRequest(f0, f1, tf), P


def _e_StreamsGroupDescribeRequest_v0(o: StreamsGroupDescribeRequest, O: bytearray) -> None:
    a0 = o.group_ids
    if a0 is None:
        raise EncodeError('non-nullable array GroupIds is None')
    write_uvarint(O, len(a0) + 1)
    for e_a0 in a0:
        write_compact_string(O, e_a0)
    O += _S_o.pack(o.include_authorized_operations)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _d_StreamsGroupDescribeResponse_KeyValue_v0(B: memoryview, P: int) -> tuple[StreamsGroupDescribeResponse.KeyValue, int]:
    f0, P = read_compact_string(B, P)
    f1, P = read_compact_string(B, P)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_StreamsGroupDescribeResponse_KeyValue(f0, f1, tf), P


def _d_StreamsGroupDescribeResponse_TopicInfo_v0(B: memoryview, P: int) -> tuple[StreamsGroupDescribeResponse.TopicInfo, int]:
    f0, P = read_compact_string(B, P)
    (f1, f2,) = _S_ih.unpack_from(B, P)
    P += 6
    n_f3 = B[P]
    if n_f3 < 0x80:
        P += 1
    else:
        n_f3, P = read_uvarint(B, P)
    n_f3 -= 1
    f3: list[StreamsGroupDescribeResponse.KeyValue]
    if n_f3 < 0:
        raise DecodeError(f'non-nullable array TopicConfigs has length {n_f3}')
    else:
        if n_f3 > len(B) - P:
            raise DecodeError(f'array length {n_f3} exceeds the buffer')
        f3 = []
        for _ in range(n_f3):
            e_f3, P = _d_StreamsGroupDescribeResponse_KeyValue_v0(B, P)
            f3.append(e_f3)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_StreamsGroupDescribeResponse_TopicInfo(f0, f1, f2, f3, tf), P


def _d_StreamsGroupDescribeResponse_DescribedGroup_Topology_Subtopology_v0(B: memoryview, P: int) -> tuple[StreamsGroupDescribeResponse.DescribedGroup.Topology.Subtopology, int]:
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
        raise DecodeError(f'non-nullable array RepartitionSinkTopics has length {n_f2}')
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
    f3: list[StreamsGroupDescribeResponse.TopicInfo]
    if n_f3 < 0:
        raise DecodeError(f'non-nullable array StateChangelogTopics has length {n_f3}')
    else:
        if n_f3 > len(B) - P:
            raise DecodeError(f'array length {n_f3} exceeds the buffer')
        f3 = []
        for _ in range(n_f3):
            e_f3, P = _d_StreamsGroupDescribeResponse_TopicInfo_v0(B, P)
            f3.append(e_f3)
    n_f4 = B[P]
    if n_f4 < 0x80:
        P += 1
    else:
        n_f4, P = read_uvarint(B, P)
    n_f4 -= 1
    f4: list[StreamsGroupDescribeResponse.TopicInfo]
    if n_f4 < 0:
        raise DecodeError(f'non-nullable array RepartitionSourceTopics has length {n_f4}')
    else:
        if n_f4 > len(B) - P:
            raise DecodeError(f'array length {n_f4} exceeds the buffer')
        f4 = []
        for _ in range(n_f4):
            e_f4, P = _d_StreamsGroupDescribeResponse_TopicInfo_v0(B, P)
            f4.append(e_f4)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_StreamsGroupDescribeResponse_DescribedGroup_Topology_Subtopology(f0, f1, f2, f3, f4, tf), P


def _d_StreamsGroupDescribeResponse_DescribedGroup_Topology_v0(B: memoryview, P: int) -> tuple[StreamsGroupDescribeResponse.DescribedGroup.Topology, int]:
    (f0,) = _S_i.unpack_from(B, P)
    P += 4
    n_f1 = B[P]
    if n_f1 < 0x80:
        P += 1
    else:
        n_f1, P = read_uvarint(B, P)
    n_f1 -= 1
    f1: list[StreamsGroupDescribeResponse.DescribedGroup.Topology.Subtopology] | None
    if n_f1 < 0:
        if n_f1 != -1:
            raise DecodeError(f'negative array length {n_f1}')
        f1 = None
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_StreamsGroupDescribeResponse_DescribedGroup_Topology_Subtopology_v0(B, P)
            f1.append(e_f1)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_StreamsGroupDescribeResponse_DescribedGroup_Topology(f0, f1, tf), P


def _d_StreamsGroupDescribeResponse_Endpoint_v0(B: memoryview, P: int) -> tuple[StreamsGroupDescribeResponse.Endpoint, int]:
    f0, P = read_compact_string(B, P)
    (f1,) = _S_H.unpack_from(B, P)
    P += 2
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_StreamsGroupDescribeResponse_Endpoint(f0, f1, tf), P


def _d_StreamsGroupDescribeResponse_TaskOffset_v0(B: memoryview, P: int) -> tuple[StreamsGroupDescribeResponse.TaskOffset, int]:
    f0, P = read_compact_string(B, P)
    (f1, f2,) = _S_iq.unpack_from(B, P)
    P += 12
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_StreamsGroupDescribeResponse_TaskOffset(f0, f1, f2, tf), P


def _d_StreamsGroupDescribeResponse_TaskIds_v0(B: memoryview, P: int) -> tuple[StreamsGroupDescribeResponse.TaskIds, int]:
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
    return _C_StreamsGroupDescribeResponse_TaskIds(f0, f1, tf), P


def _d_StreamsGroupDescribeResponse_Assignment_v0(B: memoryview, P: int) -> tuple[StreamsGroupDescribeResponse.Assignment, int]:
    n_f0 = B[P]
    if n_f0 < 0x80:
        P += 1
    else:
        n_f0, P = read_uvarint(B, P)
    n_f0 -= 1
    f0: list[StreamsGroupDescribeResponse.TaskIds]
    if n_f0 < 0:
        raise DecodeError(f'non-nullable array ActiveTasks has length {n_f0}')
    else:
        if n_f0 > len(B) - P:
            raise DecodeError(f'array length {n_f0} exceeds the buffer')
        f0 = []
        for _ in range(n_f0):
            e_f0, P = _d_StreamsGroupDescribeResponse_TaskIds_v0(B, P)
            f0.append(e_f0)
    n_f1 = B[P]
    if n_f1 < 0x80:
        P += 1
    else:
        n_f1, P = read_uvarint(B, P)
    n_f1 -= 1
    f1: list[StreamsGroupDescribeResponse.TaskIds]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array StandbyTasks has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_StreamsGroupDescribeResponse_TaskIds_v0(B, P)
            f1.append(e_f1)
    n_f2 = B[P]
    if n_f2 < 0x80:
        P += 1
    else:
        n_f2, P = read_uvarint(B, P)
    n_f2 -= 1
    f2: list[StreamsGroupDescribeResponse.TaskIds]
    if n_f2 < 0:
        raise DecodeError(f'non-nullable array WarmupTasks has length {n_f2}')
    else:
        if n_f2 > len(B) - P:
            raise DecodeError(f'array length {n_f2} exceeds the buffer')
        f2 = []
        for _ in range(n_f2):
            e_f2, P = _d_StreamsGroupDescribeResponse_TaskIds_v0(B, P)
            f2.append(e_f2)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_StreamsGroupDescribeResponse_Assignment(f0, f1, f2, tf), P


def _d_StreamsGroupDescribeResponse_DescribedGroup_Member_v0(B: memoryview, P: int) -> tuple[StreamsGroupDescribeResponse.DescribedGroup.Member, int]:
    f0, P = read_compact_string(B, P)
    (f1,) = _S_i.unpack_from(B, P)
    P += 4
    f2, P = read_compact_nullable_string(B, P)
    f3, P = read_compact_nullable_string(B, P)
    f4, P = read_compact_string(B, P)
    f5, P = read_compact_string(B, P)
    (f6,) = _S_i.unpack_from(B, P)
    P += 4
    f7, P = read_compact_string(B, P)
    if B[P] >= 0x80:
        f8 = None
        P += 1
    else:
        f8, P = _d_StreamsGroupDescribeResponse_Endpoint_v0(B, P + 1)
    n_f9 = B[P]
    if n_f9 < 0x80:
        P += 1
    else:
        n_f9, P = read_uvarint(B, P)
    n_f9 -= 1
    f9: list[StreamsGroupDescribeResponse.KeyValue]
    if n_f9 < 0:
        raise DecodeError(f'non-nullable array ClientTags has length {n_f9}')
    else:
        if n_f9 > len(B) - P:
            raise DecodeError(f'array length {n_f9} exceeds the buffer')
        f9 = []
        for _ in range(n_f9):
            e_f9, P = _d_StreamsGroupDescribeResponse_KeyValue_v0(B, P)
            f9.append(e_f9)
    n_f10 = B[P]
    if n_f10 < 0x80:
        P += 1
    else:
        n_f10, P = read_uvarint(B, P)
    n_f10 -= 1
    f10: list[StreamsGroupDescribeResponse.TaskOffset]
    if n_f10 < 0:
        raise DecodeError(f'non-nullable array TaskOffsets has length {n_f10}')
    else:
        if n_f10 > len(B) - P:
            raise DecodeError(f'array length {n_f10} exceeds the buffer')
        f10 = []
        for _ in range(n_f10):
            e_f10, P = _d_StreamsGroupDescribeResponse_TaskOffset_v0(B, P)
            f10.append(e_f10)
    n_f11 = B[P]
    if n_f11 < 0x80:
        P += 1
    else:
        n_f11, P = read_uvarint(B, P)
    n_f11 -= 1
    f11: list[StreamsGroupDescribeResponse.TaskOffset]
    if n_f11 < 0:
        raise DecodeError(f'non-nullable array TaskEndOffsets has length {n_f11}')
    else:
        if n_f11 > len(B) - P:
            raise DecodeError(f'array length {n_f11} exceeds the buffer')
        f11 = []
        for _ in range(n_f11):
            e_f11, P = _d_StreamsGroupDescribeResponse_TaskOffset_v0(B, P)
            f11.append(e_f11)
    f12, P = _d_StreamsGroupDescribeResponse_Assignment_v0(B, P)
    f13, P = _d_StreamsGroupDescribeResponse_Assignment_v0(B, P)
    (f14,) = _S_o.unpack_from(B, P)
    P += 1
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_StreamsGroupDescribeResponse_DescribedGroup_Member(f0, f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11, f12, f13, f14, tf), P


def _d_StreamsGroupDescribeResponse_DescribedGroup_v0(B: memoryview, P: int) -> tuple[StreamsGroupDescribeResponse.DescribedGroup, int]:
    (f0,) = _S_h.unpack_from(B, P)
    P += 2
    f1, P = read_compact_nullable_string(B, P)
    f2, P = read_compact_string(B, P)
    f3, P = read_compact_string(B, P)
    (f4, f5,) = _S_ii.unpack_from(B, P)
    P += 8
    if B[P] >= 0x80:
        f6 = None
        P += 1
    else:
        f6, P = _d_StreamsGroupDescribeResponse_DescribedGroup_Topology_v0(B, P + 1)
    n_f7 = B[P]
    if n_f7 < 0x80:
        P += 1
    else:
        n_f7, P = read_uvarint(B, P)
    n_f7 -= 1
    f7: list[StreamsGroupDescribeResponse.DescribedGroup.Member]
    if n_f7 < 0:
        raise DecodeError(f'non-nullable array Members has length {n_f7}')
    else:
        if n_f7 > len(B) - P:
            raise DecodeError(f'array length {n_f7} exceeds the buffer')
        f7 = []
        for _ in range(n_f7):
            e_f7, P = _d_StreamsGroupDescribeResponse_DescribedGroup_Member_v0(B, P)
            f7.append(e_f7)
    (f8,) = _S_i.unpack_from(B, P)
    P += 4
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_StreamsGroupDescribeResponse_DescribedGroup(f0, f1, f2, f3, f4, f5, f6, f7, f8, tf), P


def _d_StreamsGroupDescribeResponse_v0(B: memoryview, P: int) -> tuple[StreamsGroupDescribeResponse, int]:
    (f0,) = _S_i.unpack_from(B, P)
    P += 4
    n_f1 = B[P]
    if n_f1 < 0x80:
        P += 1
    else:
        n_f1, P = read_uvarint(B, P)
    n_f1 -= 1
    f1: list[StreamsGroupDescribeResponse.DescribedGroup]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Groups has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_StreamsGroupDescribeResponse_DescribedGroup_v0(B, P)
            f1.append(e_f1)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_StreamsGroupDescribeResponse(f0, f1, tf), P


def _e_StreamsGroupDescribeResponse_KeyValue_v0(o: StreamsGroupDescribeResponse.KeyValue, O: bytearray) -> None:
    write_compact_string(O, o.key)
    write_compact_string(O, o.value)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_StreamsGroupDescribeResponse_TopicInfo_v0(o: StreamsGroupDescribeResponse.TopicInfo, O: bytearray) -> None:
    write_compact_string(O, o.name)
    O += _S_ih.pack(o.partitions, o.replication_factor)
    a3 = o.topic_configs
    if a3 is None:
        raise EncodeError('non-nullable array TopicConfigs is None')
    write_uvarint(O, len(a3) + 1)
    for e_a3 in a3:
        _e_StreamsGroupDescribeResponse_KeyValue_v0(e_a3, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_StreamsGroupDescribeResponse_DescribedGroup_Topology_Subtopology_v0(o: StreamsGroupDescribeResponse.DescribedGroup.Topology.Subtopology, O: bytearray) -> None:
    write_compact_string(O, o.subtopology_id)
    a1 = o.source_topics
    if a1 is None:
        raise EncodeError('non-nullable array SourceTopics is None')
    write_uvarint(O, len(a1) + 1)
    for e_a1 in a1:
        write_compact_string(O, e_a1)
    a2 = o.repartition_sink_topics
    if a2 is None:
        raise EncodeError('non-nullable array RepartitionSinkTopics is None')
    write_uvarint(O, len(a2) + 1)
    for e_a2 in a2:
        write_compact_string(O, e_a2)
    a3 = o.state_changelog_topics
    if a3 is None:
        raise EncodeError('non-nullable array StateChangelogTopics is None')
    write_uvarint(O, len(a3) + 1)
    for e_a3 in a3:
        _e_StreamsGroupDescribeResponse_TopicInfo_v0(e_a3, O)
    a4 = o.repartition_source_topics
    if a4 is None:
        raise EncodeError('non-nullable array RepartitionSourceTopics is None')
    write_uvarint(O, len(a4) + 1)
    for e_a4 in a4:
        _e_StreamsGroupDescribeResponse_TopicInfo_v0(e_a4, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_StreamsGroupDescribeResponse_DescribedGroup_Topology_v0(o: StreamsGroupDescribeResponse.DescribedGroup.Topology, O: bytearray) -> None:
    O += _S_i.pack(o.epoch)
    a1 = o.subtopologies
    if a1 is None:
        O.append(0)
    else:
        write_uvarint(O, len(a1) + 1)
        for e_a1 in a1:
            _e_StreamsGroupDescribeResponse_DescribedGroup_Topology_Subtopology_v0(e_a1, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_StreamsGroupDescribeResponse_Endpoint_v0(o: StreamsGroupDescribeResponse.Endpoint, O: bytearray) -> None:
    write_compact_string(O, o.host)
    O += _S_H.pack(o.port)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_StreamsGroupDescribeResponse_TaskOffset_v0(o: StreamsGroupDescribeResponse.TaskOffset, O: bytearray) -> None:
    write_compact_string(O, o.subtopology_id)
    O += _S_iq.pack(o.partition, o.offset)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_StreamsGroupDescribeResponse_TaskIds_v0(o: StreamsGroupDescribeResponse.TaskIds, O: bytearray) -> None:
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


def _e_StreamsGroupDescribeResponse_Assignment_v0(o: StreamsGroupDescribeResponse.Assignment, O: bytearray) -> None:
    a0 = o.active_tasks
    if a0 is None:
        raise EncodeError('non-nullable array ActiveTasks is None')
    write_uvarint(O, len(a0) + 1)
    for e_a0 in a0:
        _e_StreamsGroupDescribeResponse_TaskIds_v0(e_a0, O)
    a1 = o.standby_tasks
    if a1 is None:
        raise EncodeError('non-nullable array StandbyTasks is None')
    write_uvarint(O, len(a1) + 1)
    for e_a1 in a1:
        _e_StreamsGroupDescribeResponse_TaskIds_v0(e_a1, O)
    a2 = o.warmup_tasks
    if a2 is None:
        raise EncodeError('non-nullable array WarmupTasks is None')
    write_uvarint(O, len(a2) + 1)
    for e_a2 in a2:
        _e_StreamsGroupDescribeResponse_TaskIds_v0(e_a2, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_StreamsGroupDescribeResponse_DescribedGroup_Member_v0(o: StreamsGroupDescribeResponse.DescribedGroup.Member, O: bytearray) -> None:
    write_compact_string(O, o.member_id)
    O += _S_i.pack(o.member_epoch)
    write_compact_nullable_string(O, o.instance_id)
    write_compact_nullable_string(O, o.rack_id)
    write_compact_string(O, o.client_id)
    write_compact_string(O, o.client_host)
    O += _S_i.pack(o.topology_epoch)
    write_compact_string(O, o.process_id)
    a8 = o.user_endpoint
    if a8 is None:
        O.append(0xFF)
    else:
        O.append(1)
        _e_StreamsGroupDescribeResponse_Endpoint_v0(a8, O)
    a9 = o.client_tags
    if a9 is None:
        raise EncodeError('non-nullable array ClientTags is None')
    write_uvarint(O, len(a9) + 1)
    for e_a9 in a9:
        _e_StreamsGroupDescribeResponse_KeyValue_v0(e_a9, O)
    a10 = o.task_offsets
    if a10 is None:
        raise EncodeError('non-nullable array TaskOffsets is None')
    write_uvarint(O, len(a10) + 1)
    for e_a10 in a10:
        _e_StreamsGroupDescribeResponse_TaskOffset_v0(e_a10, O)
    a11 = o.task_end_offsets
    if a11 is None:
        raise EncodeError('non-nullable array TaskEndOffsets is None')
    write_uvarint(O, len(a11) + 1)
    for e_a11 in a11:
        _e_StreamsGroupDescribeResponse_TaskOffset_v0(e_a11, O)
    a12 = o.assignment
    if a12 is None:
        raise EncodeError('non-nullable struct Assignment is None')
    _e_StreamsGroupDescribeResponse_Assignment_v0(a12, O)
    a13 = o.target_assignment
    if a13 is None:
        raise EncodeError('non-nullable struct TargetAssignment is None')
    _e_StreamsGroupDescribeResponse_Assignment_v0(a13, O)
    O += _S_o.pack(o.is_classic)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_StreamsGroupDescribeResponse_DescribedGroup_v0(o: StreamsGroupDescribeResponse.DescribedGroup, O: bytearray) -> None:
    O += _S_h.pack(o.error_code)
    write_compact_nullable_string(O, o.error_message)
    write_compact_string(O, o.group_id)
    write_compact_string(O, o.group_state)
    O += _S_ii.pack(o.group_epoch, o.assignment_epoch)
    a6 = o.topology
    if a6 is None:
        O.append(0xFF)
    else:
        O.append(1)
        _e_StreamsGroupDescribeResponse_DescribedGroup_Topology_v0(a6, O)
    a7 = o.members
    if a7 is None:
        raise EncodeError('non-nullable array Members is None')
    write_uvarint(O, len(a7) + 1)
    for e_a7 in a7:
        _e_StreamsGroupDescribeResponse_DescribedGroup_Member_v0(e_a7, O)
    O += _S_i.pack(o.authorized_operations)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_StreamsGroupDescribeResponse_v0(o: StreamsGroupDescribeResponse, O: bytearray) -> None:
    O += _S_i.pack(o.throttle_time_ms)
    a1 = o.groups
    if a1 is None:
        raise EncodeError('non-nullable array Groups is None')
    write_uvarint(O, len(a1) + 1)
    for e_a1 in a1:
        _e_StreamsGroupDescribeResponse_DescribedGroup_v0(e_a1, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


_C_StreamsGroupDescribeRequest = StreamsGroupDescribeRequest
_DEC_StreamsGroupDescribeRequest: dict[int, Decoder[StreamsGroupDescribeRequest]] = {
    0: _d_StreamsGroupDescribeRequest_v0,
}
_ENC_StreamsGroupDescribeRequest: dict[int, Encoder[StreamsGroupDescribeRequest]] = {
    0: _e_StreamsGroupDescribeRequest_v0,
}
StreamsGroupDescribeRequest.FIELDS = (
    FieldInfo('GroupIds', 'group_ids', '[]string', (0, OPEN), None, None, None, False, 'groupId', None, None),
    FieldInfo('IncludeAuthorizedOperations', 'include_authorized_operations', 'bool', (0, OPEN), None, None, None, False, None, None, None),
)

_C_StreamsGroupDescribeResponse = StreamsGroupDescribeResponse
_C_StreamsGroupDescribeResponse_Endpoint = StreamsGroupDescribeResponse.Endpoint
_C_StreamsGroupDescribeResponse_TaskOffset = StreamsGroupDescribeResponse.TaskOffset
_C_StreamsGroupDescribeResponse_TopicPartitions = StreamsGroupDescribeResponse.TopicPartitions
_C_StreamsGroupDescribeResponse_Assignment = StreamsGroupDescribeResponse.Assignment
_C_StreamsGroupDescribeResponse_TaskIds = StreamsGroupDescribeResponse.TaskIds
_C_StreamsGroupDescribeResponse_KeyValue = StreamsGroupDescribeResponse.KeyValue
_C_StreamsGroupDescribeResponse_TopicInfo = StreamsGroupDescribeResponse.TopicInfo
_C_StreamsGroupDescribeResponse_DescribedGroup = StreamsGroupDescribeResponse.DescribedGroup
_C_StreamsGroupDescribeResponse_DescribedGroup_Topology = StreamsGroupDescribeResponse.DescribedGroup.Topology
_C_StreamsGroupDescribeResponse_DescribedGroup_Topology_Subtopology = StreamsGroupDescribeResponse.DescribedGroup.Topology.Subtopology
_C_StreamsGroupDescribeResponse_DescribedGroup_Member = StreamsGroupDescribeResponse.DescribedGroup.Member
_DEF_C_StreamsGroupDescribeResponse_Endpoint = _C_StreamsGroupDescribeResponse_Endpoint()
_DEF_C_StreamsGroupDescribeResponse_TaskOffset = _C_StreamsGroupDescribeResponse_TaskOffset()
_DEF_C_StreamsGroupDescribeResponse_TopicPartitions = _C_StreamsGroupDescribeResponse_TopicPartitions()
_DEF_C_StreamsGroupDescribeResponse_Assignment = _C_StreamsGroupDescribeResponse_Assignment()
_DEF_C_StreamsGroupDescribeResponse_TaskIds = _C_StreamsGroupDescribeResponse_TaskIds()
_DEF_C_StreamsGroupDescribeResponse_KeyValue = _C_StreamsGroupDescribeResponse_KeyValue()
_DEF_C_StreamsGroupDescribeResponse_TopicInfo = _C_StreamsGroupDescribeResponse_TopicInfo()
_DEF_C_StreamsGroupDescribeResponse_DescribedGroup = _C_StreamsGroupDescribeResponse_DescribedGroup()
_DEF_C_StreamsGroupDescribeResponse_DescribedGroup_Topology = _C_StreamsGroupDescribeResponse_DescribedGroup_Topology()
_DEF_C_StreamsGroupDescribeResponse_DescribedGroup_Topology_Subtopology = _C_StreamsGroupDescribeResponse_DescribedGroup_Topology_Subtopology()
_DEF_C_StreamsGroupDescribeResponse_DescribedGroup_Member = _C_StreamsGroupDescribeResponse_DescribedGroup_Member()
_DEC_StreamsGroupDescribeResponse: dict[int, Decoder[StreamsGroupDescribeResponse]] = {
    0: _d_StreamsGroupDescribeResponse_v0,
}
_ENC_StreamsGroupDescribeResponse: dict[int, Encoder[StreamsGroupDescribeResponse]] = {
    0: _e_StreamsGroupDescribeResponse_v0,
}
StreamsGroupDescribeResponse.FIELDS = (
    FieldInfo('ThrottleTimeMs', 'throttle_time_ms', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Groups', 'groups', '[]DescribedGroup', (0, OPEN), None, None, None, False, None, None, _C_StreamsGroupDescribeResponse_DescribedGroup),
)
StreamsGroupDescribeResponse.Endpoint.FIELDS = (
    FieldInfo('Host', 'host', 'string', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Port', 'port', 'uint16', (0, OPEN), None, None, None, False, None, None, None),
)
StreamsGroupDescribeResponse.TaskOffset.FIELDS = (
    FieldInfo('SubtopologyId', 'subtopology_id', 'string', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Partition', 'partition', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Offset', 'offset', 'int64', (0, OPEN), None, None, None, False, None, None, None),
)
StreamsGroupDescribeResponse.TopicPartitions.FIELDS = (
    FieldInfo('TopicId', 'topic_id', 'uuid', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('TopicName', 'topic_name', 'string', (0, OPEN), None, None, None, False, 'topicName', None, None),
    FieldInfo('Partitions', 'partitions', '[]int32', (0, OPEN), None, None, None, False, None, None, None),
)
StreamsGroupDescribeResponse.Assignment.FIELDS = (
    FieldInfo('ActiveTasks', 'active_tasks', '[]TaskIds', (0, OPEN), None, None, None, False, None, None, _C_StreamsGroupDescribeResponse_TaskIds),
    FieldInfo('StandbyTasks', 'standby_tasks', '[]TaskIds', (0, OPEN), None, None, None, False, None, None, _C_StreamsGroupDescribeResponse_TaskIds),
    FieldInfo('WarmupTasks', 'warmup_tasks', '[]TaskIds', (0, OPEN), None, None, None, False, None, None, _C_StreamsGroupDescribeResponse_TaskIds),
)
StreamsGroupDescribeResponse.TaskIds.FIELDS = (
    FieldInfo('SubtopologyId', 'subtopology_id', 'string', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Partitions', 'partitions', '[]int32', (0, OPEN), None, None, None, False, None, None, None),
)
StreamsGroupDescribeResponse.KeyValue.FIELDS = (
    FieldInfo('Key', 'key', 'string', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Value', 'value', 'string', (0, OPEN), None, None, None, False, None, None, None),
)
StreamsGroupDescribeResponse.TopicInfo.FIELDS = (
    FieldInfo('Name', 'name', 'string', (0, OPEN), None, None, None, False, 'topicName', None, None),
    FieldInfo('Partitions', 'partitions', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('ReplicationFactor', 'replication_factor', 'int16', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('TopicConfigs', 'topic_configs', '[]KeyValue', (0, OPEN), None, None, None, False, None, None, _C_StreamsGroupDescribeResponse_KeyValue),
)
StreamsGroupDescribeResponse.DescribedGroup.FIELDS = (
    FieldInfo('ErrorCode', 'error_code', 'int16', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('ErrorMessage', 'error_message', 'string', (0, OPEN), (0, OPEN), None, None, False, None, None, None),
    FieldInfo('GroupId', 'group_id', 'string', (0, OPEN), None, None, None, False, 'groupId', None, None),
    FieldInfo('GroupState', 'group_state', 'string', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('GroupEpoch', 'group_epoch', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('AssignmentEpoch', 'assignment_epoch', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Topology', 'topology', 'Topology', (0, OPEN), (0, OPEN), None, None, False, None, None, _C_StreamsGroupDescribeResponse_DescribedGroup_Topology),
    FieldInfo('Members', 'members', '[]Member', (0, OPEN), None, None, None, False, None, None, _C_StreamsGroupDescribeResponse_DescribedGroup_Member),
    FieldInfo('AuthorizedOperations', 'authorized_operations', 'int32', (0, OPEN), None, None, None, False, None, None, None),
)
StreamsGroupDescribeResponse.DescribedGroup.Topology.FIELDS = (
    FieldInfo('Epoch', 'epoch', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Subtopologies', 'subtopologies', '[]Subtopology', (0, OPEN), (0, OPEN), None, None, False, None, None, _C_StreamsGroupDescribeResponse_DescribedGroup_Topology_Subtopology),
)
StreamsGroupDescribeResponse.DescribedGroup.Topology.Subtopology.FIELDS = (
    FieldInfo('SubtopologyId', 'subtopology_id', 'string', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('SourceTopics', 'source_topics', '[]string', (0, OPEN), None, None, None, False, 'topicName', None, None),
    FieldInfo('RepartitionSinkTopics', 'repartition_sink_topics', '[]string', (0, OPEN), None, None, None, False, 'topicName', None, None),
    FieldInfo('StateChangelogTopics', 'state_changelog_topics', '[]TopicInfo', (0, OPEN), None, None, None, False, None, None, _C_StreamsGroupDescribeResponse_TopicInfo),
    FieldInfo('RepartitionSourceTopics', 'repartition_source_topics', '[]TopicInfo', (0, OPEN), None, None, None, False, None, None, _C_StreamsGroupDescribeResponse_TopicInfo),
)
StreamsGroupDescribeResponse.DescribedGroup.Member.FIELDS = (
    FieldInfo('MemberId', 'member_id', 'string', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('MemberEpoch', 'member_epoch', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('InstanceId', 'instance_id', 'string', (0, OPEN), (0, OPEN), None, None, False, None, None, None),
    FieldInfo('RackId', 'rack_id', 'string', (0, OPEN), (0, OPEN), None, None, False, None, None, None),
    FieldInfo('ClientId', 'client_id', 'string', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('ClientHost', 'client_host', 'string', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('TopologyEpoch', 'topology_epoch', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('ProcessId', 'process_id', 'string', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('UserEndpoint', 'user_endpoint', 'Endpoint', (0, OPEN), (0, OPEN), None, None, False, None, None, _C_StreamsGroupDescribeResponse_Endpoint),
    FieldInfo('ClientTags', 'client_tags', '[]KeyValue', (0, OPEN), None, None, None, False, None, None, _C_StreamsGroupDescribeResponse_KeyValue),
    FieldInfo('TaskOffsets', 'task_offsets', '[]TaskOffset', (0, OPEN), None, None, None, False, None, None, _C_StreamsGroupDescribeResponse_TaskOffset),
    FieldInfo('TaskEndOffsets', 'task_end_offsets', '[]TaskOffset', (0, OPEN), None, None, None, False, None, None, _C_StreamsGroupDescribeResponse_TaskOffset),
    FieldInfo('Assignment', 'assignment', 'Assignment', (0, OPEN), None, None, None, False, None, None, _C_StreamsGroupDescribeResponse_Assignment),
    FieldInfo('TargetAssignment', 'target_assignment', 'Assignment', (0, OPEN), None, None, None, False, None, None, _C_StreamsGroupDescribeResponse_Assignment),
    FieldInfo('IsClassic', 'is_classic', 'bool', (0, OPEN), None, None, None, False, None, None, None),
)
