"""API key 75: DescribeTopicPartitions.

GENERATED - DO NOT EDIT. Written by ``python -m wire.generator`` from Apache Kafka 4.1.1's
message definitions (DescribeTopicPartitionsRequest.json, DescribeTopicPartitionsResponse.json).
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
_S_h = struct.Struct('>h')
_S_hiii = struct.Struct('>hiii')
_S_i = struct.Struct('>i')


@dataclass(slots=True)
class DescribeTopicPartitionsRequest:
    """DescribeTopicPartitionsRequest (API key 75, versions 0-0).

    Generated from DescribeTopicPartitionsRequest.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = 75
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    LATEST_VERSION: ClassVar[int] = 0
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
    FLEXIBLE_MIN: ClassVar[int | None] = 0
    #: Who serves this request in Kafka (empty for responses).
    LISTENERS: ClassVar[tuple[str, ...]] = ('broker',)
    FIELDS: ClassVar[tuple[FieldInfo, ...]]

    @dataclass(slots=True)
    class TopicRequest:
        FIELDS: ClassVar[tuple[FieldInfo, ...]]

        #: The topic name.
        name: str = ''
        #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
        unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @dataclass(slots=True)
    class Cursor:
        FIELDS: ClassVar[tuple[FieldInfo, ...]]

        #: The name for the first topic to process.
        topic_name: str = ''
        #: The partition index to start with.
        partition_index: int = 0
        #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
        unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    #: The topics to fetch details for.
    topics: list[DescribeTopicPartitionsRequest.TopicRequest] = field(default_factory=list)
    #: The maximum number of partitions included in the response.
    response_partition_limit: int = 2000
    #: The first topic and partition index to fetch details for.
    cursor: DescribeTopicPartitionsRequest.Cursor | None = None
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> DescribeTopicPartitionsRequest:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_DescribeTopicPartitionsRequest, data, version, 'DescribeTopicPartitionsRequest', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_DescribeTopicPartitionsRequest, self, version, 'DescribeTopicPartitionsRequest')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_DescribeTopicPartitionsRequest, self, version, 'DescribeTopicPartitionsRequest')


@dataclass(slots=True)
class DescribeTopicPartitionsResponse:
    """DescribeTopicPartitionsResponse (API key 75, versions 0-0).

    Generated from DescribeTopicPartitionsResponse.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = 75
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    LATEST_VERSION: ClassVar[int] = 0
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
    FLEXIBLE_MIN: ClassVar[int | None] = 0
    #: Who serves this request in Kafka (empty for responses).
    LISTENERS: ClassVar[tuple[str, ...]] = ()
    FIELDS: ClassVar[tuple[FieldInfo, ...]]

    @dataclass(slots=True)
    class DescribeTopicPartitionsResponseTopic:
        FIELDS: ClassVar[tuple[FieldInfo, ...]]

        @dataclass(slots=True)
        class DescribeTopicPartitionsResponsePartition:
            FIELDS: ClassVar[tuple[FieldInfo, ...]]

            #: The partition error, or 0 if there was no error.
            error_code: int = 0
            #: The partition index.
            partition_index: int = 0
            #: The ID of the leader broker.
            leader_id: int = 0
            #: The leader epoch of this partition.
            leader_epoch: int = -1
            #: The set of all nodes that host this partition.
            replica_nodes: list[int] = field(default_factory=list)
            #: The set of nodes that are in sync with the leader for this partition.
            isr_nodes: list[int] = field(default_factory=list)
            #: The new eligible leader replicas otherwise.
            eligible_leader_replicas: list[int] | None = None
            #: The last known ELR.
            last_known_elr: list[int] | None = None
            #: The set of offline replicas of this partition.
            offline_replicas: list[int] = field(default_factory=list)
            #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
            unknown_tagged_fields: list[tuple[int, bytes]] | None = None

        #: The topic error, or 0 if there was no error.
        error_code: int = 0
        #: The topic name.
        name: str | None = ''
        #: The topic id.
        topic_id: UUID = ZERO_UUID
        #: True if the topic is internal.
        is_internal: bool = False
        #: Each partition in the topic.
        partitions: list[DescribeTopicPartitionsResponse.DescribeTopicPartitionsResponseTopic.DescribeTopicPartitionsResponsePartition] = field(default_factory=list)
        #: 32-bit bitfield to represent authorized operations for this topic.
        topic_authorized_operations: int = -2147483648
        #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
        unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @dataclass(slots=True)
    class Cursor:
        FIELDS: ClassVar[tuple[FieldInfo, ...]]

        #: The name for the first topic to process.
        topic_name: str = ''
        #: The partition index to start with.
        partition_index: int = 0
        #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
        unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    DescribeTopicPartitionsResponsePartition = DescribeTopicPartitionsResponseTopic.DescribeTopicPartitionsResponsePartition
    #: The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    throttle_time_ms: int = 0
    #: Each topic in the response.
    topics: list[DescribeTopicPartitionsResponse.DescribeTopicPartitionsResponseTopic] = field(default_factory=list)
    #: The next topic and partition index to fetch details for.
    next_cursor: DescribeTopicPartitionsResponse.Cursor | None = None
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> DescribeTopicPartitionsResponse:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_DescribeTopicPartitionsResponse, data, version, 'DescribeTopicPartitionsResponse', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_DescribeTopicPartitionsResponse, self, version, 'DescribeTopicPartitionsResponse')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_DescribeTopicPartitionsResponse, self, version, 'DescribeTopicPartitionsResponse')

def _d_DescribeTopicPartitionsRequest_TopicRequest_v0(B: memoryview, P: int) -> tuple[DescribeTopicPartitionsRequest.TopicRequest, int]:
    f0, P = read_compact_string(B, P)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_DescribeTopicPartitionsRequest_TopicRequest(f0, tf), P


def _d_DescribeTopicPartitionsRequest_Cursor_v0(B: memoryview, P: int) -> tuple[DescribeTopicPartitionsRequest.Cursor, int]:
    f0, P = read_compact_string(B, P)
    (f1,) = _S_i.unpack_from(B, P)
    P += 4
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_DescribeTopicPartitionsRequest_Cursor(f0, f1, tf), P


def _d_DescribeTopicPartitionsRequest_v0(B: memoryview, P: int) -> tuple[DescribeTopicPartitionsRequest, int]:
    n_f0 = B[P]
    if n_f0 < 0x80:
        P += 1
    else:
        n_f0, P = read_uvarint(B, P)
    n_f0 -= 1
    f0: list[DescribeTopicPartitionsRequest.TopicRequest]
    if n_f0 < 0:
        raise DecodeError(f'non-nullable array Topics has length {n_f0}')
    else:
        if n_f0 > len(B) - P:
            raise DecodeError(f'array length {n_f0} exceeds the buffer')
        f0 = []
        for _ in range(n_f0):
            e_f0, P = _d_DescribeTopicPartitionsRequest_TopicRequest_v0(B, P)
            f0.append(e_f0)
    (f1,) = _S_i.unpack_from(B, P)
    P += 4
    if B[P] >= 0x80:
        f2 = None
        P += 1
    else:
        f2, P = _d_DescribeTopicPartitionsRequest_Cursor_v0(B, P + 1)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_DescribeTopicPartitionsRequest(f0, f1, f2, tf), P


def _e_DescribeTopicPartitionsRequest_TopicRequest_v0(o: DescribeTopicPartitionsRequest.TopicRequest, O: bytearray) -> None:
    write_compact_string(O, o.name)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_DescribeTopicPartitionsRequest_Cursor_v0(o: DescribeTopicPartitionsRequest.Cursor, O: bytearray) -> None:
    write_compact_string(O, o.topic_name)
    O += _S_i.pack(o.partition_index)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_DescribeTopicPartitionsRequest_v0(o: DescribeTopicPartitionsRequest, O: bytearray) -> None:
    a0 = o.topics
    if a0 is None:
        raise EncodeError('non-nullable array Topics is None')
    write_uvarint(O, len(a0) + 1)
    for e_a0 in a0:
        _e_DescribeTopicPartitionsRequest_TopicRequest_v0(e_a0, O)
    O += _S_i.pack(o.response_partition_limit)
    a2 = o.cursor
    if a2 is None:
        O.append(0xFF)
    else:
        O.append(1)
        _e_DescribeTopicPartitionsRequest_Cursor_v0(a2, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _d_DescribeTopicPartitionsResponse_DescribeTopicPartitionsResponseTopic_DescribeTopicPartitionsResponsePartition_v0(B: memoryview, P: int) -> tuple[DescribeTopicPartitionsResponse.DescribeTopicPartitionsResponseTopic.DescribeTopicPartitionsResponsePartition, int]:
    (f0, f1, f2, f3,) = _S_hiii.unpack_from(B, P)
    P += 14
    n_f4 = B[P]
    if n_f4 < 0x80:
        P += 1
    else:
        n_f4, P = read_uvarint(B, P)
    n_f4 -= 1
    f4: list[int]
    if n_f4 < 0:
        raise DecodeError(f'non-nullable array ReplicaNodes has length {n_f4}')
    else:
        check_count(n_f4, B, P)
        f4 = list(struct.unpack_from('>%di' % n_f4, B, P))
        P += n_f4 * 4
    n_f5 = B[P]
    if n_f5 < 0x80:
        P += 1
    else:
        n_f5, P = read_uvarint(B, P)
    n_f5 -= 1
    f5: list[int]
    if n_f5 < 0:
        raise DecodeError(f'non-nullable array IsrNodes has length {n_f5}')
    else:
        check_count(n_f5, B, P)
        f5 = list(struct.unpack_from('>%di' % n_f5, B, P))
        P += n_f5 * 4
    n_f6 = B[P]
    if n_f6 < 0x80:
        P += 1
    else:
        n_f6, P = read_uvarint(B, P)
    n_f6 -= 1
    f6: list[int] | None
    if n_f6 < 0:
        if n_f6 != -1:
            raise DecodeError(f'negative array length {n_f6}')
        f6 = None
    else:
        check_count(n_f6, B, P)
        f6 = list(struct.unpack_from('>%di' % n_f6, B, P))
        P += n_f6 * 4
    n_f7 = B[P]
    if n_f7 < 0x80:
        P += 1
    else:
        n_f7, P = read_uvarint(B, P)
    n_f7 -= 1
    f7: list[int] | None
    if n_f7 < 0:
        if n_f7 != -1:
            raise DecodeError(f'negative array length {n_f7}')
        f7 = None
    else:
        check_count(n_f7, B, P)
        f7 = list(struct.unpack_from('>%di' % n_f7, B, P))
        P += n_f7 * 4
    n_f8 = B[P]
    if n_f8 < 0x80:
        P += 1
    else:
        n_f8, P = read_uvarint(B, P)
    n_f8 -= 1
    f8: list[int]
    if n_f8 < 0:
        raise DecodeError(f'non-nullable array OfflineReplicas has length {n_f8}')
    else:
        check_count(n_f8, B, P)
        f8 = list(struct.unpack_from('>%di' % n_f8, B, P))
        P += n_f8 * 4
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_DescribeTopicPartitionsResponse_DescribeTopicPartitionsResponseTopic_DescribeTopicPartitionsResponsePartition(f0, f1, f2, f3, f4, f5, f6, f7, f8, tf), P


def _d_DescribeTopicPartitionsResponse_DescribeTopicPartitionsResponseTopic_v0(B: memoryview, P: int) -> tuple[DescribeTopicPartitionsResponse.DescribeTopicPartitionsResponseTopic, int]:
    (f0,) = _S_h.unpack_from(B, P)
    P += 2
    f1, P = read_compact_nullable_string(B, P)
    f2, P = read_uuid(B, P)
    (f3,) = _S_o.unpack_from(B, P)
    P += 1
    n_f4 = B[P]
    if n_f4 < 0x80:
        P += 1
    else:
        n_f4, P = read_uvarint(B, P)
    n_f4 -= 1
    f4: list[DescribeTopicPartitionsResponse.DescribeTopicPartitionsResponseTopic.DescribeTopicPartitionsResponsePartition]
    if n_f4 < 0:
        raise DecodeError(f'non-nullable array Partitions has length {n_f4}')
    else:
        if n_f4 > len(B) - P:
            raise DecodeError(f'array length {n_f4} exceeds the buffer')
        f4 = []
        for _ in range(n_f4):
            e_f4, P = _d_DescribeTopicPartitionsResponse_DescribeTopicPartitionsResponseTopic_DescribeTopicPartitionsResponsePartition_v0(B, P)
            f4.append(e_f4)
    (f5,) = _S_i.unpack_from(B, P)
    P += 4
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_DescribeTopicPartitionsResponse_DescribeTopicPartitionsResponseTopic(f0, f1, f2, f3, f4, f5, tf), P


def _d_DescribeTopicPartitionsResponse_Cursor_v0(B: memoryview, P: int) -> tuple[DescribeTopicPartitionsResponse.Cursor, int]:
    f0, P = read_compact_string(B, P)
    (f1,) = _S_i.unpack_from(B, P)
    P += 4
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_DescribeTopicPartitionsResponse_Cursor(f0, f1, tf), P


def _d_DescribeTopicPartitionsResponse_v0(B: memoryview, P: int) -> tuple[DescribeTopicPartitionsResponse, int]:
    (f0,) = _S_i.unpack_from(B, P)
    P += 4
    n_f1 = B[P]
    if n_f1 < 0x80:
        P += 1
    else:
        n_f1, P = read_uvarint(B, P)
    n_f1 -= 1
    f1: list[DescribeTopicPartitionsResponse.DescribeTopicPartitionsResponseTopic]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Topics has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_DescribeTopicPartitionsResponse_DescribeTopicPartitionsResponseTopic_v0(B, P)
            f1.append(e_f1)
    if B[P] >= 0x80:
        f2 = None
        P += 1
    else:
        f2, P = _d_DescribeTopicPartitionsResponse_Cursor_v0(B, P + 1)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_DescribeTopicPartitionsResponse(f0, f1, f2, tf), P


def _e_DescribeTopicPartitionsResponse_DescribeTopicPartitionsResponseTopic_DescribeTopicPartitionsResponsePartition_v0(o: DescribeTopicPartitionsResponse.DescribeTopicPartitionsResponseTopic.DescribeTopicPartitionsResponsePartition, O: bytearray) -> None:
    O += _S_hiii.pack(o.error_code, o.partition_index, o.leader_id, o.leader_epoch)
    a4 = o.replica_nodes
    if a4 is None:
        raise EncodeError('non-nullable array ReplicaNodes is None')
    write_uvarint(O, len(a4) + 1)
    O += struct.pack('>%di' % len(a4), *a4)
    a5 = o.isr_nodes
    if a5 is None:
        raise EncodeError('non-nullable array IsrNodes is None')
    write_uvarint(O, len(a5) + 1)
    O += struct.pack('>%di' % len(a5), *a5)
    a6 = o.eligible_leader_replicas
    if a6 is None:
        O.append(0)
    else:
        write_uvarint(O, len(a6) + 1)
        O += struct.pack('>%di' % len(a6), *a6)
    a7 = o.last_known_elr
    if a7 is None:
        O.append(0)
    else:
        write_uvarint(O, len(a7) + 1)
        O += struct.pack('>%di' % len(a7), *a7)
    a8 = o.offline_replicas
    if a8 is None:
        raise EncodeError('non-nullable array OfflineReplicas is None')
    write_uvarint(O, len(a8) + 1)
    O += struct.pack('>%di' % len(a8), *a8)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_DescribeTopicPartitionsResponse_DescribeTopicPartitionsResponseTopic_v0(o: DescribeTopicPartitionsResponse.DescribeTopicPartitionsResponseTopic, O: bytearray) -> None:
    O += _S_h.pack(o.error_code)
    write_compact_nullable_string(O, o.name)
    write_uuid(O, o.topic_id)
    O += _S_o.pack(o.is_internal)
    a4 = o.partitions
    if a4 is None:
        raise EncodeError('non-nullable array Partitions is None')
    write_uvarint(O, len(a4) + 1)
    for e_a4 in a4:
        _e_DescribeTopicPartitionsResponse_DescribeTopicPartitionsResponseTopic_DescribeTopicPartitionsResponsePartition_v0(e_a4, O)
    O += _S_i.pack(o.topic_authorized_operations)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_DescribeTopicPartitionsResponse_Cursor_v0(o: DescribeTopicPartitionsResponse.Cursor, O: bytearray) -> None:
    write_compact_string(O, o.topic_name)
    O += _S_i.pack(o.partition_index)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_DescribeTopicPartitionsResponse_v0(o: DescribeTopicPartitionsResponse, O: bytearray) -> None:
    O += _S_i.pack(o.throttle_time_ms)
    a1 = o.topics
    if a1 is None:
        raise EncodeError('non-nullable array Topics is None')
    write_uvarint(O, len(a1) + 1)
    for e_a1 in a1:
        _e_DescribeTopicPartitionsResponse_DescribeTopicPartitionsResponseTopic_v0(e_a1, O)
    a2 = o.next_cursor
    if a2 is None:
        O.append(0xFF)
    else:
        O.append(1)
        _e_DescribeTopicPartitionsResponse_Cursor_v0(a2, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


_C_DescribeTopicPartitionsRequest = DescribeTopicPartitionsRequest
_C_DescribeTopicPartitionsRequest_TopicRequest = DescribeTopicPartitionsRequest.TopicRequest
_C_DescribeTopicPartitionsRequest_Cursor = DescribeTopicPartitionsRequest.Cursor
_DEF_C_DescribeTopicPartitionsRequest_TopicRequest = _C_DescribeTopicPartitionsRequest_TopicRequest()
_DEF_C_DescribeTopicPartitionsRequest_Cursor = _C_DescribeTopicPartitionsRequest_Cursor()
_DEC_DescribeTopicPartitionsRequest: dict[int, Decoder[DescribeTopicPartitionsRequest]] = {
    0: _d_DescribeTopicPartitionsRequest_v0,
}
_ENC_DescribeTopicPartitionsRequest: dict[int, Encoder[DescribeTopicPartitionsRequest]] = {
    0: _e_DescribeTopicPartitionsRequest_v0,
}
DescribeTopicPartitionsRequest.FIELDS = (
    FieldInfo('Topics', 'topics', '[]TopicRequest', (0, OPEN), None, None, None, False, None, None, _C_DescribeTopicPartitionsRequest_TopicRequest),
    FieldInfo('ResponsePartitionLimit', 'response_partition_limit', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Cursor', 'cursor', 'Cursor', (0, OPEN), (0, OPEN), None, None, False, None, None, _C_DescribeTopicPartitionsRequest_Cursor),
)
DescribeTopicPartitionsRequest.TopicRequest.FIELDS = (
    FieldInfo('Name', 'name', 'string', (0, OPEN), None, None, None, False, 'topicName', None, None),
)
DescribeTopicPartitionsRequest.Cursor.FIELDS = (
    FieldInfo('TopicName', 'topic_name', 'string', (0, OPEN), None, None, None, False, 'topicName', None, None),
    FieldInfo('PartitionIndex', 'partition_index', 'int32', (0, OPEN), None, None, None, False, None, None, None),
)

_C_DescribeTopicPartitionsResponse = DescribeTopicPartitionsResponse
_C_DescribeTopicPartitionsResponse_DescribeTopicPartitionsResponseTopic = DescribeTopicPartitionsResponse.DescribeTopicPartitionsResponseTopic
_C_DescribeTopicPartitionsResponse_DescribeTopicPartitionsResponseTopic_DescribeTopicPartitionsResponsePartition = DescribeTopicPartitionsResponse.DescribeTopicPartitionsResponseTopic.DescribeTopicPartitionsResponsePartition
_C_DescribeTopicPartitionsResponse_Cursor = DescribeTopicPartitionsResponse.Cursor
_DEF_C_DescribeTopicPartitionsResponse_DescribeTopicPartitionsResponseTopic = _C_DescribeTopicPartitionsResponse_DescribeTopicPartitionsResponseTopic()
_DEF_C_DescribeTopicPartitionsResponse_DescribeTopicPartitionsResponseTopic_DescribeTopicPartitionsResponsePartition = _C_DescribeTopicPartitionsResponse_DescribeTopicPartitionsResponseTopic_DescribeTopicPartitionsResponsePartition()
_DEF_C_DescribeTopicPartitionsResponse_Cursor = _C_DescribeTopicPartitionsResponse_Cursor()
_DEC_DescribeTopicPartitionsResponse: dict[int, Decoder[DescribeTopicPartitionsResponse]] = {
    0: _d_DescribeTopicPartitionsResponse_v0,
}
_ENC_DescribeTopicPartitionsResponse: dict[int, Encoder[DescribeTopicPartitionsResponse]] = {
    0: _e_DescribeTopicPartitionsResponse_v0,
}
DescribeTopicPartitionsResponse.FIELDS = (
    FieldInfo('ThrottleTimeMs', 'throttle_time_ms', 'int32', (0, OPEN), None, None, None, True, None, None, None),
    FieldInfo('Topics', 'topics', '[]DescribeTopicPartitionsResponseTopic', (0, OPEN), None, None, None, False, None, None, _C_DescribeTopicPartitionsResponse_DescribeTopicPartitionsResponseTopic),
    FieldInfo('NextCursor', 'next_cursor', 'Cursor', (0, OPEN), (0, OPEN), None, None, False, None, None, _C_DescribeTopicPartitionsResponse_Cursor),
)
DescribeTopicPartitionsResponse.DescribeTopicPartitionsResponseTopic.FIELDS = (
    FieldInfo('ErrorCode', 'error_code', 'int16', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Name', 'name', 'string', (0, OPEN), (0, OPEN), None, None, False, 'topicName', None, None),
    FieldInfo('TopicId', 'topic_id', 'uuid', (0, OPEN), None, None, None, True, None, None, None),
    FieldInfo('IsInternal', 'is_internal', 'bool', (0, OPEN), None, None, None, True, None, None, None),
    FieldInfo('Partitions', 'partitions', '[]DescribeTopicPartitionsResponsePartition', (0, OPEN), None, None, None, False, None, None, _C_DescribeTopicPartitionsResponse_DescribeTopicPartitionsResponseTopic_DescribeTopicPartitionsResponsePartition),
    FieldInfo('TopicAuthorizedOperations', 'topic_authorized_operations', 'int32', (0, OPEN), None, None, None, False, None, None, None),
)
DescribeTopicPartitionsResponse.DescribeTopicPartitionsResponseTopic.DescribeTopicPartitionsResponsePartition.FIELDS = (
    FieldInfo('ErrorCode', 'error_code', 'int16', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('PartitionIndex', 'partition_index', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('LeaderId', 'leader_id', 'int32', (0, OPEN), None, None, None, False, 'brokerId', None, None),
    FieldInfo('LeaderEpoch', 'leader_epoch', 'int32', (0, OPEN), None, None, None, True, None, None, None),
    FieldInfo('ReplicaNodes', 'replica_nodes', '[]int32', (0, OPEN), None, None, None, False, 'brokerId', None, None),
    FieldInfo('IsrNodes', 'isr_nodes', '[]int32', (0, OPEN), None, None, None, False, 'brokerId', None, None),
    FieldInfo('EligibleLeaderReplicas', 'eligible_leader_replicas', '[]int32', (0, OPEN), (0, OPEN), None, None, False, 'brokerId', None, None),
    FieldInfo('LastKnownElr', 'last_known_elr', '[]int32', (0, OPEN), (0, OPEN), None, None, False, 'brokerId', None, None),
    FieldInfo('OfflineReplicas', 'offline_replicas', '[]int32', (0, OPEN), None, None, None, True, 'brokerId', None, None),
)
DescribeTopicPartitionsResponse.Cursor.FIELDS = (
    FieldInfo('TopicName', 'topic_name', 'string', (0, OPEN), None, None, None, False, 'topicName', None, None),
    FieldInfo('PartitionIndex', 'partition_index', 'int32', (0, OPEN), None, None, None, False, None, None, None),
)
