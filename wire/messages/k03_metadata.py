"""API key 3: Metadata.

GENERATED - DO NOT EDIT. Written by ``python -m wire.generator`` from Apache Kafka 4.1.1's
message definitions (MetadataRequest.json, MetadataResponse.json).
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
_S_oo = struct.Struct('>??')
_S_ooo = struct.Struct('>???')
_S_oi = struct.Struct('>?i')
_S_h = struct.Struct('>h')
_S_hiii = struct.Struct('>hiii')
_S_hiiii = struct.Struct('>hiiii')
_S_i = struct.Struct('>i')
_S_ii = struct.Struct('>ii')


@dataclass(slots=True)
class MetadataRequest:
    """MetadataRequest (API key 3, versions 0-13).

    Generated from MetadataRequest.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = 3
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 13
    LATEST_VERSION: ClassVar[int] = 13
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
    FLEXIBLE_MIN: ClassVar[int | None] = 9
    #: Who serves this request in Kafka (empty for responses).
    LISTENERS: ClassVar[tuple[str, ...]] = ('broker',)
    FIELDS: ClassVar[tuple[FieldInfo, ...]]

    @dataclass(slots=True)
    class MetadataRequestTopic:
        FIELDS: ClassVar[tuple[FieldInfo, ...]]

        #: The topic id.
        topic_id: UUID = ZERO_UUID
        #: The topic name.
        name: str | None = ''
        #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
        unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    #: The topics to fetch metadata for.
    topics: list[MetadataRequest.MetadataRequestTopic] | None = field(default_factory=list)
    #: If this is true, the broker may auto-create topics that we requested which do not already exist, if it is configured to do so.
    allow_auto_topic_creation: bool = True
    #: Whether to include cluster authorized operations.
    include_cluster_authorized_operations: bool = False
    #: Whether to include topic authorized operations.
    include_topic_authorized_operations: bool = False
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> MetadataRequest:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_MetadataRequest, data, version, 'MetadataRequest', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_MetadataRequest, self, version, 'MetadataRequest')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_MetadataRequest, self, version, 'MetadataRequest')


@dataclass(slots=True)
class MetadataResponse:
    """MetadataResponse (API key 3, versions 0-13).

    Generated from MetadataResponse.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = 3
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 13
    LATEST_VERSION: ClassVar[int] = 13
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
    FLEXIBLE_MIN: ClassVar[int | None] = 9
    #: Who serves this request in Kafka (empty for responses).
    LISTENERS: ClassVar[tuple[str, ...]] = ()
    FIELDS: ClassVar[tuple[FieldInfo, ...]]

    @dataclass(slots=True)
    class MetadataResponseBroker:
        FIELDS: ClassVar[tuple[FieldInfo, ...]]

        #: The broker ID.
        node_id: int = 0
        #: The broker hostname.
        host: str = ''
        #: The broker port.
        port: int = 0
        #: The rack of the broker, or null if it has not been assigned to a rack.
        rack: str | None = None
        #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
        unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @dataclass(slots=True)
    class MetadataResponseTopic:
        FIELDS: ClassVar[tuple[FieldInfo, ...]]

        @dataclass(slots=True)
        class MetadataResponsePartition:
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
            #: The set of offline replicas of this partition.
            offline_replicas: list[int] = field(default_factory=list)
            #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
            unknown_tagged_fields: list[tuple[int, bytes]] | None = None

        #: The topic error, or 0 if there was no error.
        error_code: int = 0
        #: The topic name. Null for non-existing topics queried by ID. This is never null when ErrorCode is zero. One of Name and TopicId is always populated.
        name: str | None = ''
        #: The topic id. Zero for non-existing topics queried by name. This is never zero when ErrorCode is zero. One of Name and TopicId is always populated.
        topic_id: UUID = ZERO_UUID
        #: True if the topic is internal.
        is_internal: bool = False
        #: Each partition in the topic.
        partitions: list[MetadataResponse.MetadataResponseTopic.MetadataResponsePartition] = field(default_factory=list)
        #: 32-bit bitfield to represent authorized operations for this topic.
        topic_authorized_operations: int = -2147483648
        #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
        unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    MetadataResponsePartition = MetadataResponseTopic.MetadataResponsePartition
    #: The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    throttle_time_ms: int = 0
    #: A list of brokers present in the cluster.
    brokers: list[MetadataResponse.MetadataResponseBroker] = field(default_factory=list)
    #: The cluster ID that responding broker belongs to.
    cluster_id: str | None = None
    #: The ID of the controller broker.
    controller_id: int = -1
    #: Each topic in the response.
    topics: list[MetadataResponse.MetadataResponseTopic] = field(default_factory=list)
    #: 32-bit bitfield to represent authorized operations for this cluster.
    cluster_authorized_operations: int = -2147483648
    #: The top-level error code, or 0 if there was no error.
    error_code: int = 0
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> MetadataResponse:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_MetadataResponse, data, version, 'MetadataResponse', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_MetadataResponse, self, version, 'MetadataResponse')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_MetadataResponse, self, version, 'MetadataResponse')

def _d_MetadataRequest_MetadataRequestTopic_v0(B: memoryview, P: int) -> tuple[MetadataRequest.MetadataRequestTopic, int]:
    f1, P = read_string(B, P)
    return _C_MetadataRequest_MetadataRequestTopic(ZERO_UUID, f1, None), P


def _d_MetadataRequest_v0(B: memoryview, P: int) -> tuple[MetadataRequest, int]:
    (n_f0,) = _S_i.unpack_from(B, P)
    P += 4
    f0: list[MetadataRequest.MetadataRequestTopic] | None
    if n_f0 < 0:
        raise DecodeError(f'non-nullable array Topics has length {n_f0}')
    else:
        if n_f0 > len(B) - P:
            raise DecodeError(f'array length {n_f0} exceeds the buffer')
        f0 = []
        for _ in range(n_f0):
            e_f0, P = _d_MetadataRequest_MetadataRequestTopic_v0(B, P)
            f0.append(e_f0)
    return _C_MetadataRequest(f0, True, False, False, None), P


def _d_MetadataRequest_v1(B: memoryview, P: int) -> tuple[MetadataRequest, int]:
    (n_f0,) = _S_i.unpack_from(B, P)
    P += 4
    f0: list[MetadataRequest.MetadataRequestTopic] | None
    if n_f0 < 0:
        if n_f0 != -1:
            raise DecodeError(f'negative array length {n_f0}')
        f0 = None
    else:
        if n_f0 > len(B) - P:
            raise DecodeError(f'array length {n_f0} exceeds the buffer')
        f0 = []
        for _ in range(n_f0):
            e_f0, P = _d_MetadataRequest_MetadataRequestTopic_v0(B, P)
            f0.append(e_f0)
    return _C_MetadataRequest(f0, True, False, False, None), P


def _d_MetadataRequest_v4(B: memoryview, P: int) -> tuple[MetadataRequest, int]:
    (n_f0,) = _S_i.unpack_from(B, P)
    P += 4
    f0: list[MetadataRequest.MetadataRequestTopic] | None
    if n_f0 < 0:
        if n_f0 != -1:
            raise DecodeError(f'negative array length {n_f0}')
        f0 = None
    else:
        if n_f0 > len(B) - P:
            raise DecodeError(f'array length {n_f0} exceeds the buffer')
        f0 = []
        for _ in range(n_f0):
            e_f0, P = _d_MetadataRequest_MetadataRequestTopic_v0(B, P)
            f0.append(e_f0)
    (f1,) = _S_o.unpack_from(B, P)
    P += 1
    return _C_MetadataRequest(f0, f1, False, False, None), P


def _d_MetadataRequest_v8(B: memoryview, P: int) -> tuple[MetadataRequest, int]:
    (n_f0,) = _S_i.unpack_from(B, P)
    P += 4
    f0: list[MetadataRequest.MetadataRequestTopic] | None
    if n_f0 < 0:
        if n_f0 != -1:
            raise DecodeError(f'negative array length {n_f0}')
        f0 = None
    else:
        if n_f0 > len(B) - P:
            raise DecodeError(f'array length {n_f0} exceeds the buffer')
        f0 = []
        for _ in range(n_f0):
            e_f0, P = _d_MetadataRequest_MetadataRequestTopic_v0(B, P)
            f0.append(e_f0)
    (f1, f2, f3,) = _S_ooo.unpack_from(B, P)
    P += 3
    return _C_MetadataRequest(f0, f1, f2, f3, None), P


def _d_MetadataRequest_MetadataRequestTopic_v9(B: memoryview, P: int) -> tuple[MetadataRequest.MetadataRequestTopic, int]:
    f1, P = read_compact_string(B, P)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_MetadataRequest_MetadataRequestTopic(ZERO_UUID, f1, tf), P


def _d_MetadataRequest_v9(B: memoryview, P: int) -> tuple[MetadataRequest, int]:
    n_f0 = B[P]
    if n_f0 < 0x80:
        P += 1
    else:
        n_f0, P = read_uvarint(B, P)
    n_f0 -= 1
    f0: list[MetadataRequest.MetadataRequestTopic] | None
    if n_f0 < 0:
        if n_f0 != -1:
            raise DecodeError(f'negative array length {n_f0}')
        f0 = None
    else:
        if n_f0 > len(B) - P:
            raise DecodeError(f'array length {n_f0} exceeds the buffer')
        f0 = []
        for _ in range(n_f0):
            e_f0, P = _d_MetadataRequest_MetadataRequestTopic_v9(B, P)
            f0.append(e_f0)
    (f1, f2, f3,) = _S_ooo.unpack_from(B, P)
    P += 3
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_MetadataRequest(f0, f1, f2, f3, tf), P


def _d_MetadataRequest_MetadataRequestTopic_v10(B: memoryview, P: int) -> tuple[MetadataRequest.MetadataRequestTopic, int]:
    f0, P = read_uuid(B, P)
    f1, P = read_compact_nullable_string(B, P)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_MetadataRequest_MetadataRequestTopic(f0, f1, tf), P


def _d_MetadataRequest_v10(B: memoryview, P: int) -> tuple[MetadataRequest, int]:
    n_f0 = B[P]
    if n_f0 < 0x80:
        P += 1
    else:
        n_f0, P = read_uvarint(B, P)
    n_f0 -= 1
    f0: list[MetadataRequest.MetadataRequestTopic] | None
    if n_f0 < 0:
        if n_f0 != -1:
            raise DecodeError(f'negative array length {n_f0}')
        f0 = None
    else:
        if n_f0 > len(B) - P:
            raise DecodeError(f'array length {n_f0} exceeds the buffer')
        f0 = []
        for _ in range(n_f0):
            e_f0, P = _d_MetadataRequest_MetadataRequestTopic_v10(B, P)
            f0.append(e_f0)
    (f1, f2, f3,) = _S_ooo.unpack_from(B, P)
    P += 3
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_MetadataRequest(f0, f1, f2, f3, tf), P


def _d_MetadataRequest_v11(B: memoryview, P: int) -> tuple[MetadataRequest, int]:
    n_f0 = B[P]
    if n_f0 < 0x80:
        P += 1
    else:
        n_f0, P = read_uvarint(B, P)
    n_f0 -= 1
    f0: list[MetadataRequest.MetadataRequestTopic] | None
    if n_f0 < 0:
        if n_f0 != -1:
            raise DecodeError(f'negative array length {n_f0}')
        f0 = None
    else:
        if n_f0 > len(B) - P:
            raise DecodeError(f'array length {n_f0} exceeds the buffer')
        f0 = []
        for _ in range(n_f0):
            e_f0, P = _d_MetadataRequest_MetadataRequestTopic_v10(B, P)
            f0.append(e_f0)
    (f1, f3,) = _S_oo.unpack_from(B, P)
    P += 2
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_MetadataRequest(f0, f1, False, f3, tf), P


def _e_MetadataRequest_MetadataRequestTopic_v0(o: MetadataRequest.MetadataRequestTopic, O: bytearray) -> None:
    write_string(O, o.name)


def _e_MetadataRequest_v0(o: MetadataRequest, O: bytearray) -> None:
    if o.allow_auto_topic_creation != True:
        raise EncodeError('MetadataRequest.AllowAutoTopicCreation is not supported in version 0')
    if o.include_cluster_authorized_operations != False:
        raise EncodeError('MetadataRequest.IncludeClusterAuthorizedOperations is not supported in version 0')
    if o.include_topic_authorized_operations != False:
        raise EncodeError('MetadataRequest.IncludeTopicAuthorizedOperations is not supported in version 0')
    a0 = o.topics
    if a0 is None:
        raise EncodeError('non-nullable array Topics is None')
    O += _S_i.pack(len(a0))
    for e_a0 in a0:
        _e_MetadataRequest_MetadataRequestTopic_v0(e_a0, O)


def _e_MetadataRequest_v1(o: MetadataRequest, O: bytearray) -> None:
    if o.allow_auto_topic_creation != True:
        raise EncodeError('MetadataRequest.AllowAutoTopicCreation is not supported in version 1')
    if o.include_cluster_authorized_operations != False:
        raise EncodeError('MetadataRequest.IncludeClusterAuthorizedOperations is not supported in version 1')
    if o.include_topic_authorized_operations != False:
        raise EncodeError('MetadataRequest.IncludeTopicAuthorizedOperations is not supported in version 1')
    a0 = o.topics
    if a0 is None:
        O += b'\xff\xff\xff\xff'
    else:
        O += INT32.pack(len(a0))
        for e_a0 in a0:
            _e_MetadataRequest_MetadataRequestTopic_v0(e_a0, O)


def _e_MetadataRequest_v2(o: MetadataRequest, O: bytearray) -> None:
    if o.allow_auto_topic_creation != True:
        raise EncodeError('MetadataRequest.AllowAutoTopicCreation is not supported in version 2')
    if o.include_cluster_authorized_operations != False:
        raise EncodeError('MetadataRequest.IncludeClusterAuthorizedOperations is not supported in version 2')
    if o.include_topic_authorized_operations != False:
        raise EncodeError('MetadataRequest.IncludeTopicAuthorizedOperations is not supported in version 2')
    a0 = o.topics
    if a0 is None:
        O += b'\xff\xff\xff\xff'
    else:
        O += INT32.pack(len(a0))
        for e_a0 in a0:
            _e_MetadataRequest_MetadataRequestTopic_v0(e_a0, O)


def _e_MetadataRequest_v3(o: MetadataRequest, O: bytearray) -> None:
    if o.allow_auto_topic_creation != True:
        raise EncodeError('MetadataRequest.AllowAutoTopicCreation is not supported in version 3')
    if o.include_cluster_authorized_operations != False:
        raise EncodeError('MetadataRequest.IncludeClusterAuthorizedOperations is not supported in version 3')
    if o.include_topic_authorized_operations != False:
        raise EncodeError('MetadataRequest.IncludeTopicAuthorizedOperations is not supported in version 3')
    a0 = o.topics
    if a0 is None:
        O += b'\xff\xff\xff\xff'
    else:
        O += INT32.pack(len(a0))
        for e_a0 in a0:
            _e_MetadataRequest_MetadataRequestTopic_v0(e_a0, O)


def _e_MetadataRequest_v4(o: MetadataRequest, O: bytearray) -> None:
    if o.include_cluster_authorized_operations != False:
        raise EncodeError('MetadataRequest.IncludeClusterAuthorizedOperations is not supported in version 4')
    if o.include_topic_authorized_operations != False:
        raise EncodeError('MetadataRequest.IncludeTopicAuthorizedOperations is not supported in version 4')
    a0 = o.topics
    if a0 is None:
        O += b'\xff\xff\xff\xff'
    else:
        O += INT32.pack(len(a0))
        for e_a0 in a0:
            _e_MetadataRequest_MetadataRequestTopic_v0(e_a0, O)
    O += _S_o.pack(o.allow_auto_topic_creation)


def _e_MetadataRequest_v5(o: MetadataRequest, O: bytearray) -> None:
    if o.include_cluster_authorized_operations != False:
        raise EncodeError('MetadataRequest.IncludeClusterAuthorizedOperations is not supported in version 5')
    if o.include_topic_authorized_operations != False:
        raise EncodeError('MetadataRequest.IncludeTopicAuthorizedOperations is not supported in version 5')
    a0 = o.topics
    if a0 is None:
        O += b'\xff\xff\xff\xff'
    else:
        O += INT32.pack(len(a0))
        for e_a0 in a0:
            _e_MetadataRequest_MetadataRequestTopic_v0(e_a0, O)
    O += _S_o.pack(o.allow_auto_topic_creation)


def _e_MetadataRequest_v6(o: MetadataRequest, O: bytearray) -> None:
    if o.include_cluster_authorized_operations != False:
        raise EncodeError('MetadataRequest.IncludeClusterAuthorizedOperations is not supported in version 6')
    if o.include_topic_authorized_operations != False:
        raise EncodeError('MetadataRequest.IncludeTopicAuthorizedOperations is not supported in version 6')
    a0 = o.topics
    if a0 is None:
        O += b'\xff\xff\xff\xff'
    else:
        O += INT32.pack(len(a0))
        for e_a0 in a0:
            _e_MetadataRequest_MetadataRequestTopic_v0(e_a0, O)
    O += _S_o.pack(o.allow_auto_topic_creation)


def _e_MetadataRequest_v7(o: MetadataRequest, O: bytearray) -> None:
    if o.include_cluster_authorized_operations != False:
        raise EncodeError('MetadataRequest.IncludeClusterAuthorizedOperations is not supported in version 7')
    if o.include_topic_authorized_operations != False:
        raise EncodeError('MetadataRequest.IncludeTopicAuthorizedOperations is not supported in version 7')
    a0 = o.topics
    if a0 is None:
        O += b'\xff\xff\xff\xff'
    else:
        O += INT32.pack(len(a0))
        for e_a0 in a0:
            _e_MetadataRequest_MetadataRequestTopic_v0(e_a0, O)
    O += _S_o.pack(o.allow_auto_topic_creation)


def _e_MetadataRequest_v8(o: MetadataRequest, O: bytearray) -> None:
    a0 = o.topics
    if a0 is None:
        O += b'\xff\xff\xff\xff'
    else:
        O += INT32.pack(len(a0))
        for e_a0 in a0:
            _e_MetadataRequest_MetadataRequestTopic_v0(e_a0, O)
    O += _S_ooo.pack(o.allow_auto_topic_creation, o.include_cluster_authorized_operations, o.include_topic_authorized_operations)


def _e_MetadataRequest_MetadataRequestTopic_v9(o: MetadataRequest.MetadataRequestTopic, O: bytearray) -> None:
    write_compact_string(O, o.name)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_MetadataRequest_v9(o: MetadataRequest, O: bytearray) -> None:
    a0 = o.topics
    if a0 is None:
        O.append(0)
    else:
        write_uvarint(O, len(a0) + 1)
        for e_a0 in a0:
            _e_MetadataRequest_MetadataRequestTopic_v9(e_a0, O)
    O += _S_ooo.pack(o.allow_auto_topic_creation, o.include_cluster_authorized_operations, o.include_topic_authorized_operations)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_MetadataRequest_MetadataRequestTopic_v10(o: MetadataRequest.MetadataRequestTopic, O: bytearray) -> None:
    write_uuid(O, o.topic_id)
    write_compact_nullable_string(O, o.name)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_MetadataRequest_v10(o: MetadataRequest, O: bytearray) -> None:
    a0 = o.topics
    if a0 is None:
        O.append(0)
    else:
        write_uvarint(O, len(a0) + 1)
        for e_a0 in a0:
            _e_MetadataRequest_MetadataRequestTopic_v10(e_a0, O)
    O += _S_ooo.pack(o.allow_auto_topic_creation, o.include_cluster_authorized_operations, o.include_topic_authorized_operations)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_MetadataRequest_v11(o: MetadataRequest, O: bytearray) -> None:
    if o.include_cluster_authorized_operations != False:
        raise EncodeError('MetadataRequest.IncludeClusterAuthorizedOperations is not supported in version 11')
    a0 = o.topics
    if a0 is None:
        O.append(0)
    else:
        write_uvarint(O, len(a0) + 1)
        for e_a0 in a0:
            _e_MetadataRequest_MetadataRequestTopic_v10(e_a0, O)
    O += _S_oo.pack(o.allow_auto_topic_creation, o.include_topic_authorized_operations)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_MetadataRequest_v12(o: MetadataRequest, O: bytearray) -> None:
    if o.include_cluster_authorized_operations != False:
        raise EncodeError('MetadataRequest.IncludeClusterAuthorizedOperations is not supported in version 12')
    a0 = o.topics
    if a0 is None:
        O.append(0)
    else:
        write_uvarint(O, len(a0) + 1)
        for e_a0 in a0:
            _e_MetadataRequest_MetadataRequestTopic_v10(e_a0, O)
    O += _S_oo.pack(o.allow_auto_topic_creation, o.include_topic_authorized_operations)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_MetadataRequest_v13(o: MetadataRequest, O: bytearray) -> None:
    if o.include_cluster_authorized_operations != False:
        raise EncodeError('MetadataRequest.IncludeClusterAuthorizedOperations is not supported in version 13')
    a0 = o.topics
    if a0 is None:
        O.append(0)
    else:
        write_uvarint(O, len(a0) + 1)
        for e_a0 in a0:
            _e_MetadataRequest_MetadataRequestTopic_v10(e_a0, O)
    O += _S_oo.pack(o.allow_auto_topic_creation, o.include_topic_authorized_operations)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _d_MetadataResponse_MetadataResponseBroker_v0(B: memoryview, P: int) -> tuple[MetadataResponse.MetadataResponseBroker, int]:
    (f0,) = _S_i.unpack_from(B, P)
    P += 4
    f1, P = read_string(B, P)
    (f2,) = _S_i.unpack_from(B, P)
    P += 4
    return _C_MetadataResponse_MetadataResponseBroker(f0, f1, f2, None, None), P


def _d_MetadataResponse_MetadataResponseTopic_MetadataResponsePartition_v0(B: memoryview, P: int) -> tuple[MetadataResponse.MetadataResponseTopic.MetadataResponsePartition, int]:
    (f0, f1, f2, n_f4,) = _S_hiii.unpack_from(B, P)
    P += 14
    f4: list[int]
    if n_f4 < 0:
        raise DecodeError(f'non-nullable array ReplicaNodes has length {n_f4}')
    else:
        check_count(n_f4, B, P)
        f4 = list(struct.unpack_from('>%di' % n_f4, B, P))
        P += n_f4 * 4
    (n_f5,) = _S_i.unpack_from(B, P)
    P += 4
    f5: list[int]
    if n_f5 < 0:
        raise DecodeError(f'non-nullable array IsrNodes has length {n_f5}')
    else:
        check_count(n_f5, B, P)
        f5 = list(struct.unpack_from('>%di' % n_f5, B, P))
        P += n_f5 * 4
    return _C_MetadataResponse_MetadataResponseTopic_MetadataResponsePartition(f0, f1, f2, -1, f4, f5, [], None), P


def _d_MetadataResponse_MetadataResponseTopic_v0(B: memoryview, P: int) -> tuple[MetadataResponse.MetadataResponseTopic, int]:
    (f0,) = _S_h.unpack_from(B, P)
    P += 2
    f1, P = read_string(B, P)
    (n_f4,) = _S_i.unpack_from(B, P)
    P += 4
    f4: list[MetadataResponse.MetadataResponseTopic.MetadataResponsePartition]
    if n_f4 < 0:
        raise DecodeError(f'non-nullable array Partitions has length {n_f4}')
    else:
        if n_f4 > len(B) - P:
            raise DecodeError(f'array length {n_f4} exceeds the buffer')
        f4 = []
        for _ in range(n_f4):
            e_f4, P = _d_MetadataResponse_MetadataResponseTopic_MetadataResponsePartition_v0(B, P)
            f4.append(e_f4)
    return _C_MetadataResponse_MetadataResponseTopic(f0, f1, ZERO_UUID, False, f4, -2147483648, None), P


def _d_MetadataResponse_v0(B: memoryview, P: int) -> tuple[MetadataResponse, int]:
    (n_f1,) = _S_i.unpack_from(B, P)
    P += 4
    f1: list[MetadataResponse.MetadataResponseBroker]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Brokers has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_MetadataResponse_MetadataResponseBroker_v0(B, P)
            f1.append(e_f1)
    (n_f4,) = _S_i.unpack_from(B, P)
    P += 4
    f4: list[MetadataResponse.MetadataResponseTopic]
    if n_f4 < 0:
        raise DecodeError(f'non-nullable array Topics has length {n_f4}')
    else:
        if n_f4 > len(B) - P:
            raise DecodeError(f'array length {n_f4} exceeds the buffer')
        f4 = []
        for _ in range(n_f4):
            e_f4, P = _d_MetadataResponse_MetadataResponseTopic_v0(B, P)
            f4.append(e_f4)
    return _C_MetadataResponse(0, f1, None, -1, f4, -2147483648, 0, None), P


def _d_MetadataResponse_MetadataResponseBroker_v1(B: memoryview, P: int) -> tuple[MetadataResponse.MetadataResponseBroker, int]:
    (f0,) = _S_i.unpack_from(B, P)
    P += 4
    f1, P = read_string(B, P)
    (f2,) = _S_i.unpack_from(B, P)
    P += 4
    f3, P = read_nullable_string(B, P)
    return _C_MetadataResponse_MetadataResponseBroker(f0, f1, f2, f3, None), P


def _d_MetadataResponse_MetadataResponseTopic_v1(B: memoryview, P: int) -> tuple[MetadataResponse.MetadataResponseTopic, int]:
    (f0,) = _S_h.unpack_from(B, P)
    P += 2
    f1, P = read_string(B, P)
    (f3, n_f4,) = _S_oi.unpack_from(B, P)
    P += 5
    f4: list[MetadataResponse.MetadataResponseTopic.MetadataResponsePartition]
    if n_f4 < 0:
        raise DecodeError(f'non-nullable array Partitions has length {n_f4}')
    else:
        if n_f4 > len(B) - P:
            raise DecodeError(f'array length {n_f4} exceeds the buffer')
        f4 = []
        for _ in range(n_f4):
            e_f4, P = _d_MetadataResponse_MetadataResponseTopic_MetadataResponsePartition_v0(B, P)
            f4.append(e_f4)
    return _C_MetadataResponse_MetadataResponseTopic(f0, f1, ZERO_UUID, f3, f4, -2147483648, None), P


def _d_MetadataResponse_v1(B: memoryview, P: int) -> tuple[MetadataResponse, int]:
    (n_f1,) = _S_i.unpack_from(B, P)
    P += 4
    f1: list[MetadataResponse.MetadataResponseBroker]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Brokers has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_MetadataResponse_MetadataResponseBroker_v1(B, P)
            f1.append(e_f1)
    (f3, n_f4,) = _S_ii.unpack_from(B, P)
    P += 8
    f4: list[MetadataResponse.MetadataResponseTopic]
    if n_f4 < 0:
        raise DecodeError(f'non-nullable array Topics has length {n_f4}')
    else:
        if n_f4 > len(B) - P:
            raise DecodeError(f'array length {n_f4} exceeds the buffer')
        f4 = []
        for _ in range(n_f4):
            e_f4, P = _d_MetadataResponse_MetadataResponseTopic_v1(B, P)
            f4.append(e_f4)
    return _C_MetadataResponse(0, f1, None, f3, f4, -2147483648, 0, None), P


def _d_MetadataResponse_v2(B: memoryview, P: int) -> tuple[MetadataResponse, int]:
    (n_f1,) = _S_i.unpack_from(B, P)
    P += 4
    f1: list[MetadataResponse.MetadataResponseBroker]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Brokers has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_MetadataResponse_MetadataResponseBroker_v1(B, P)
            f1.append(e_f1)
    f2, P = read_nullable_string(B, P)
    (f3, n_f4,) = _S_ii.unpack_from(B, P)
    P += 8
    f4: list[MetadataResponse.MetadataResponseTopic]
    if n_f4 < 0:
        raise DecodeError(f'non-nullable array Topics has length {n_f4}')
    else:
        if n_f4 > len(B) - P:
            raise DecodeError(f'array length {n_f4} exceeds the buffer')
        f4 = []
        for _ in range(n_f4):
            e_f4, P = _d_MetadataResponse_MetadataResponseTopic_v1(B, P)
            f4.append(e_f4)
    return _C_MetadataResponse(0, f1, f2, f3, f4, -2147483648, 0, None), P


def _d_MetadataResponse_v3(B: memoryview, P: int) -> tuple[MetadataResponse, int]:
    (f0, n_f1,) = _S_ii.unpack_from(B, P)
    P += 8
    f1: list[MetadataResponse.MetadataResponseBroker]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Brokers has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_MetadataResponse_MetadataResponseBroker_v1(B, P)
            f1.append(e_f1)
    f2, P = read_nullable_string(B, P)
    (f3, n_f4,) = _S_ii.unpack_from(B, P)
    P += 8
    f4: list[MetadataResponse.MetadataResponseTopic]
    if n_f4 < 0:
        raise DecodeError(f'non-nullable array Topics has length {n_f4}')
    else:
        if n_f4 > len(B) - P:
            raise DecodeError(f'array length {n_f4} exceeds the buffer')
        f4 = []
        for _ in range(n_f4):
            e_f4, P = _d_MetadataResponse_MetadataResponseTopic_v1(B, P)
            f4.append(e_f4)
    return _C_MetadataResponse(f0, f1, f2, f3, f4, -2147483648, 0, None), P


def _d_MetadataResponse_MetadataResponseTopic_MetadataResponsePartition_v5(B: memoryview, P: int) -> tuple[MetadataResponse.MetadataResponseTopic.MetadataResponsePartition, int]:
    (f0, f1, f2, n_f4,) = _S_hiii.unpack_from(B, P)
    P += 14
    f4: list[int]
    if n_f4 < 0:
        raise DecodeError(f'non-nullable array ReplicaNodes has length {n_f4}')
    else:
        check_count(n_f4, B, P)
        f4 = list(struct.unpack_from('>%di' % n_f4, B, P))
        P += n_f4 * 4
    (n_f5,) = _S_i.unpack_from(B, P)
    P += 4
    f5: list[int]
    if n_f5 < 0:
        raise DecodeError(f'non-nullable array IsrNodes has length {n_f5}')
    else:
        check_count(n_f5, B, P)
        f5 = list(struct.unpack_from('>%di' % n_f5, B, P))
        P += n_f5 * 4
    (n_f6,) = _S_i.unpack_from(B, P)
    P += 4
    f6: list[int]
    if n_f6 < 0:
        raise DecodeError(f'non-nullable array OfflineReplicas has length {n_f6}')
    else:
        check_count(n_f6, B, P)
        f6 = list(struct.unpack_from('>%di' % n_f6, B, P))
        P += n_f6 * 4
    return _C_MetadataResponse_MetadataResponseTopic_MetadataResponsePartition(f0, f1, f2, -1, f4, f5, f6, None), P


def _d_MetadataResponse_MetadataResponseTopic_v5(B: memoryview, P: int) -> tuple[MetadataResponse.MetadataResponseTopic, int]:
    (f0,) = _S_h.unpack_from(B, P)
    P += 2
    f1, P = read_string(B, P)
    (f3, n_f4,) = _S_oi.unpack_from(B, P)
    P += 5
    f4: list[MetadataResponse.MetadataResponseTopic.MetadataResponsePartition]
    if n_f4 < 0:
        raise DecodeError(f'non-nullable array Partitions has length {n_f4}')
    else:
        if n_f4 > len(B) - P:
            raise DecodeError(f'array length {n_f4} exceeds the buffer')
        f4 = []
        for _ in range(n_f4):
            e_f4, P = _d_MetadataResponse_MetadataResponseTopic_MetadataResponsePartition_v5(B, P)
            f4.append(e_f4)
    return _C_MetadataResponse_MetadataResponseTopic(f0, f1, ZERO_UUID, f3, f4, -2147483648, None), P


def _d_MetadataResponse_v5(B: memoryview, P: int) -> tuple[MetadataResponse, int]:
    (f0, n_f1,) = _S_ii.unpack_from(B, P)
    P += 8
    f1: list[MetadataResponse.MetadataResponseBroker]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Brokers has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_MetadataResponse_MetadataResponseBroker_v1(B, P)
            f1.append(e_f1)
    f2, P = read_nullable_string(B, P)
    (f3, n_f4,) = _S_ii.unpack_from(B, P)
    P += 8
    f4: list[MetadataResponse.MetadataResponseTopic]
    if n_f4 < 0:
        raise DecodeError(f'non-nullable array Topics has length {n_f4}')
    else:
        if n_f4 > len(B) - P:
            raise DecodeError(f'array length {n_f4} exceeds the buffer')
        f4 = []
        for _ in range(n_f4):
            e_f4, P = _d_MetadataResponse_MetadataResponseTopic_v5(B, P)
            f4.append(e_f4)
    return _C_MetadataResponse(f0, f1, f2, f3, f4, -2147483648, 0, None), P


def _d_MetadataResponse_MetadataResponseTopic_MetadataResponsePartition_v7(B: memoryview, P: int) -> tuple[MetadataResponse.MetadataResponseTopic.MetadataResponsePartition, int]:
    (f0, f1, f2, f3, n_f4,) = _S_hiiii.unpack_from(B, P)
    P += 18
    f4: list[int]
    if n_f4 < 0:
        raise DecodeError(f'non-nullable array ReplicaNodes has length {n_f4}')
    else:
        check_count(n_f4, B, P)
        f4 = list(struct.unpack_from('>%di' % n_f4, B, P))
        P += n_f4 * 4
    (n_f5,) = _S_i.unpack_from(B, P)
    P += 4
    f5: list[int]
    if n_f5 < 0:
        raise DecodeError(f'non-nullable array IsrNodes has length {n_f5}')
    else:
        check_count(n_f5, B, P)
        f5 = list(struct.unpack_from('>%di' % n_f5, B, P))
        P += n_f5 * 4
    (n_f6,) = _S_i.unpack_from(B, P)
    P += 4
    f6: list[int]
    if n_f6 < 0:
        raise DecodeError(f'non-nullable array OfflineReplicas has length {n_f6}')
    else:
        check_count(n_f6, B, P)
        f6 = list(struct.unpack_from('>%di' % n_f6, B, P))
        P += n_f6 * 4
    return _C_MetadataResponse_MetadataResponseTopic_MetadataResponsePartition(f0, f1, f2, f3, f4, f5, f6, None), P


def _d_MetadataResponse_MetadataResponseTopic_v7(B: memoryview, P: int) -> tuple[MetadataResponse.MetadataResponseTopic, int]:
    (f0,) = _S_h.unpack_from(B, P)
    P += 2
    f1, P = read_string(B, P)
    (f3, n_f4,) = _S_oi.unpack_from(B, P)
    P += 5
    f4: list[MetadataResponse.MetadataResponseTopic.MetadataResponsePartition]
    if n_f4 < 0:
        raise DecodeError(f'non-nullable array Partitions has length {n_f4}')
    else:
        if n_f4 > len(B) - P:
            raise DecodeError(f'array length {n_f4} exceeds the buffer')
        f4 = []
        for _ in range(n_f4):
            e_f4, P = _d_MetadataResponse_MetadataResponseTopic_MetadataResponsePartition_v7(B, P)
            f4.append(e_f4)
    return _C_MetadataResponse_MetadataResponseTopic(f0, f1, ZERO_UUID, f3, f4, -2147483648, None), P


def _d_MetadataResponse_v7(B: memoryview, P: int) -> tuple[MetadataResponse, int]:
    (f0, n_f1,) = _S_ii.unpack_from(B, P)
    P += 8
    f1: list[MetadataResponse.MetadataResponseBroker]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Brokers has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_MetadataResponse_MetadataResponseBroker_v1(B, P)
            f1.append(e_f1)
    f2, P = read_nullable_string(B, P)
    (f3, n_f4,) = _S_ii.unpack_from(B, P)
    P += 8
    f4: list[MetadataResponse.MetadataResponseTopic]
    if n_f4 < 0:
        raise DecodeError(f'non-nullable array Topics has length {n_f4}')
    else:
        if n_f4 > len(B) - P:
            raise DecodeError(f'array length {n_f4} exceeds the buffer')
        f4 = []
        for _ in range(n_f4):
            e_f4, P = _d_MetadataResponse_MetadataResponseTopic_v7(B, P)
            f4.append(e_f4)
    return _C_MetadataResponse(f0, f1, f2, f3, f4, -2147483648, 0, None), P


def _d_MetadataResponse_MetadataResponseTopic_v8(B: memoryview, P: int) -> tuple[MetadataResponse.MetadataResponseTopic, int]:
    (f0,) = _S_h.unpack_from(B, P)
    P += 2
    f1, P = read_string(B, P)
    (f3, n_f4,) = _S_oi.unpack_from(B, P)
    P += 5
    f4: list[MetadataResponse.MetadataResponseTopic.MetadataResponsePartition]
    if n_f4 < 0:
        raise DecodeError(f'non-nullable array Partitions has length {n_f4}')
    else:
        if n_f4 > len(B) - P:
            raise DecodeError(f'array length {n_f4} exceeds the buffer')
        f4 = []
        for _ in range(n_f4):
            e_f4, P = _d_MetadataResponse_MetadataResponseTopic_MetadataResponsePartition_v7(B, P)
            f4.append(e_f4)
    (f5,) = _S_i.unpack_from(B, P)
    P += 4
    return _C_MetadataResponse_MetadataResponseTopic(f0, f1, ZERO_UUID, f3, f4, f5, None), P


def _d_MetadataResponse_v8(B: memoryview, P: int) -> tuple[MetadataResponse, int]:
    (f0, n_f1,) = _S_ii.unpack_from(B, P)
    P += 8
    f1: list[MetadataResponse.MetadataResponseBroker]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Brokers has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_MetadataResponse_MetadataResponseBroker_v1(B, P)
            f1.append(e_f1)
    f2, P = read_nullable_string(B, P)
    (f3, n_f4,) = _S_ii.unpack_from(B, P)
    P += 8
    f4: list[MetadataResponse.MetadataResponseTopic]
    if n_f4 < 0:
        raise DecodeError(f'non-nullable array Topics has length {n_f4}')
    else:
        if n_f4 > len(B) - P:
            raise DecodeError(f'array length {n_f4} exceeds the buffer')
        f4 = []
        for _ in range(n_f4):
            e_f4, P = _d_MetadataResponse_MetadataResponseTopic_v8(B, P)
            f4.append(e_f4)
    (f5,) = _S_i.unpack_from(B, P)
    P += 4
    return _C_MetadataResponse(f0, f1, f2, f3, f4, f5, 0, None), P


def _d_MetadataResponse_MetadataResponseBroker_v9(B: memoryview, P: int) -> tuple[MetadataResponse.MetadataResponseBroker, int]:
    (f0,) = _S_i.unpack_from(B, P)
    P += 4
    f1, P = read_compact_string(B, P)
    (f2,) = _S_i.unpack_from(B, P)
    P += 4
    f3, P = read_compact_nullable_string(B, P)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_MetadataResponse_MetadataResponseBroker(f0, f1, f2, f3, tf), P


def _d_MetadataResponse_MetadataResponseTopic_MetadataResponsePartition_v9(B: memoryview, P: int) -> tuple[MetadataResponse.MetadataResponseTopic.MetadataResponsePartition, int]:
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
    f6: list[int]
    if n_f6 < 0:
        raise DecodeError(f'non-nullable array OfflineReplicas has length {n_f6}')
    else:
        check_count(n_f6, B, P)
        f6 = list(struct.unpack_from('>%di' % n_f6, B, P))
        P += n_f6 * 4
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_MetadataResponse_MetadataResponseTopic_MetadataResponsePartition(f0, f1, f2, f3, f4, f5, f6, tf), P


def _d_MetadataResponse_MetadataResponseTopic_v9(B: memoryview, P: int) -> tuple[MetadataResponse.MetadataResponseTopic, int]:
    (f0,) = _S_h.unpack_from(B, P)
    P += 2
    f1, P = read_compact_string(B, P)
    (f3,) = _S_o.unpack_from(B, P)
    P += 1
    n_f4 = B[P]
    if n_f4 < 0x80:
        P += 1
    else:
        n_f4, P = read_uvarint(B, P)
    n_f4 -= 1
    f4: list[MetadataResponse.MetadataResponseTopic.MetadataResponsePartition]
    if n_f4 < 0:
        raise DecodeError(f'non-nullable array Partitions has length {n_f4}')
    else:
        if n_f4 > len(B) - P:
            raise DecodeError(f'array length {n_f4} exceeds the buffer')
        f4 = []
        for _ in range(n_f4):
            e_f4, P = _d_MetadataResponse_MetadataResponseTopic_MetadataResponsePartition_v9(B, P)
            f4.append(e_f4)
    (f5,) = _S_i.unpack_from(B, P)
    P += 4
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_MetadataResponse_MetadataResponseTopic(f0, f1, ZERO_UUID, f3, f4, f5, tf), P


def _d_MetadataResponse_v9(B: memoryview, P: int) -> tuple[MetadataResponse, int]:
    (f0,) = _S_i.unpack_from(B, P)
    P += 4
    n_f1 = B[P]
    if n_f1 < 0x80:
        P += 1
    else:
        n_f1, P = read_uvarint(B, P)
    n_f1 -= 1
    f1: list[MetadataResponse.MetadataResponseBroker]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Brokers has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_MetadataResponse_MetadataResponseBroker_v9(B, P)
            f1.append(e_f1)
    f2, P = read_compact_nullable_string(B, P)
    (f3,) = _S_i.unpack_from(B, P)
    P += 4
    n_f4 = B[P]
    if n_f4 < 0x80:
        P += 1
    else:
        n_f4, P = read_uvarint(B, P)
    n_f4 -= 1
    f4: list[MetadataResponse.MetadataResponseTopic]
    if n_f4 < 0:
        raise DecodeError(f'non-nullable array Topics has length {n_f4}')
    else:
        if n_f4 > len(B) - P:
            raise DecodeError(f'array length {n_f4} exceeds the buffer')
        f4 = []
        for _ in range(n_f4):
            e_f4, P = _d_MetadataResponse_MetadataResponseTopic_v9(B, P)
            f4.append(e_f4)
    (f5,) = _S_i.unpack_from(B, P)
    P += 4
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_MetadataResponse(f0, f1, f2, f3, f4, f5, 0, tf), P


def _d_MetadataResponse_MetadataResponseTopic_v10(B: memoryview, P: int) -> tuple[MetadataResponse.MetadataResponseTopic, int]:
    (f0,) = _S_h.unpack_from(B, P)
    P += 2
    f1, P = read_compact_string(B, P)
    f2, P = read_uuid(B, P)
    (f3,) = _S_o.unpack_from(B, P)
    P += 1
    n_f4 = B[P]
    if n_f4 < 0x80:
        P += 1
    else:
        n_f4, P = read_uvarint(B, P)
    n_f4 -= 1
    f4: list[MetadataResponse.MetadataResponseTopic.MetadataResponsePartition]
    if n_f4 < 0:
        raise DecodeError(f'non-nullable array Partitions has length {n_f4}')
    else:
        if n_f4 > len(B) - P:
            raise DecodeError(f'array length {n_f4} exceeds the buffer')
        f4 = []
        for _ in range(n_f4):
            e_f4, P = _d_MetadataResponse_MetadataResponseTopic_MetadataResponsePartition_v9(B, P)
            f4.append(e_f4)
    (f5,) = _S_i.unpack_from(B, P)
    P += 4
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_MetadataResponse_MetadataResponseTopic(f0, f1, f2, f3, f4, f5, tf), P


def _d_MetadataResponse_v10(B: memoryview, P: int) -> tuple[MetadataResponse, int]:
    (f0,) = _S_i.unpack_from(B, P)
    P += 4
    n_f1 = B[P]
    if n_f1 < 0x80:
        P += 1
    else:
        n_f1, P = read_uvarint(B, P)
    n_f1 -= 1
    f1: list[MetadataResponse.MetadataResponseBroker]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Brokers has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_MetadataResponse_MetadataResponseBroker_v9(B, P)
            f1.append(e_f1)
    f2, P = read_compact_nullable_string(B, P)
    (f3,) = _S_i.unpack_from(B, P)
    P += 4
    n_f4 = B[P]
    if n_f4 < 0x80:
        P += 1
    else:
        n_f4, P = read_uvarint(B, P)
    n_f4 -= 1
    f4: list[MetadataResponse.MetadataResponseTopic]
    if n_f4 < 0:
        raise DecodeError(f'non-nullable array Topics has length {n_f4}')
    else:
        if n_f4 > len(B) - P:
            raise DecodeError(f'array length {n_f4} exceeds the buffer')
        f4 = []
        for _ in range(n_f4):
            e_f4, P = _d_MetadataResponse_MetadataResponseTopic_v10(B, P)
            f4.append(e_f4)
    (f5,) = _S_i.unpack_from(B, P)
    P += 4
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_MetadataResponse(f0, f1, f2, f3, f4, f5, 0, tf), P


def _d_MetadataResponse_v11(B: memoryview, P: int) -> tuple[MetadataResponse, int]:
    (f0,) = _S_i.unpack_from(B, P)
    P += 4
    n_f1 = B[P]
    if n_f1 < 0x80:
        P += 1
    else:
        n_f1, P = read_uvarint(B, P)
    n_f1 -= 1
    f1: list[MetadataResponse.MetadataResponseBroker]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Brokers has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_MetadataResponse_MetadataResponseBroker_v9(B, P)
            f1.append(e_f1)
    f2, P = read_compact_nullable_string(B, P)
    (f3,) = _S_i.unpack_from(B, P)
    P += 4
    n_f4 = B[P]
    if n_f4 < 0x80:
        P += 1
    else:
        n_f4, P = read_uvarint(B, P)
    n_f4 -= 1
    f4: list[MetadataResponse.MetadataResponseTopic]
    if n_f4 < 0:
        raise DecodeError(f'non-nullable array Topics has length {n_f4}')
    else:
        if n_f4 > len(B) - P:
            raise DecodeError(f'array length {n_f4} exceeds the buffer')
        f4 = []
        for _ in range(n_f4):
            e_f4, P = _d_MetadataResponse_MetadataResponseTopic_v10(B, P)
            f4.append(e_f4)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_MetadataResponse(f0, f1, f2, f3, f4, -2147483648, 0, tf), P


def _d_MetadataResponse_MetadataResponseTopic_v12(B: memoryview, P: int) -> tuple[MetadataResponse.MetadataResponseTopic, int]:
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
    f4: list[MetadataResponse.MetadataResponseTopic.MetadataResponsePartition]
    if n_f4 < 0:
        raise DecodeError(f'non-nullable array Partitions has length {n_f4}')
    else:
        if n_f4 > len(B) - P:
            raise DecodeError(f'array length {n_f4} exceeds the buffer')
        f4 = []
        for _ in range(n_f4):
            e_f4, P = _d_MetadataResponse_MetadataResponseTopic_MetadataResponsePartition_v9(B, P)
            f4.append(e_f4)
    (f5,) = _S_i.unpack_from(B, P)
    P += 4
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_MetadataResponse_MetadataResponseTopic(f0, f1, f2, f3, f4, f5, tf), P


def _d_MetadataResponse_v12(B: memoryview, P: int) -> tuple[MetadataResponse, int]:
    (f0,) = _S_i.unpack_from(B, P)
    P += 4
    n_f1 = B[P]
    if n_f1 < 0x80:
        P += 1
    else:
        n_f1, P = read_uvarint(B, P)
    n_f1 -= 1
    f1: list[MetadataResponse.MetadataResponseBroker]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Brokers has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_MetadataResponse_MetadataResponseBroker_v9(B, P)
            f1.append(e_f1)
    f2, P = read_compact_nullable_string(B, P)
    (f3,) = _S_i.unpack_from(B, P)
    P += 4
    n_f4 = B[P]
    if n_f4 < 0x80:
        P += 1
    else:
        n_f4, P = read_uvarint(B, P)
    n_f4 -= 1
    f4: list[MetadataResponse.MetadataResponseTopic]
    if n_f4 < 0:
        raise DecodeError(f'non-nullable array Topics has length {n_f4}')
    else:
        if n_f4 > len(B) - P:
            raise DecodeError(f'array length {n_f4} exceeds the buffer')
        f4 = []
        for _ in range(n_f4):
            e_f4, P = _d_MetadataResponse_MetadataResponseTopic_v12(B, P)
            f4.append(e_f4)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_MetadataResponse(f0, f1, f2, f3, f4, -2147483648, 0, tf), P


def _d_MetadataResponse_v13(B: memoryview, P: int) -> tuple[MetadataResponse, int]:
    (f0,) = _S_i.unpack_from(B, P)
    P += 4
    n_f1 = B[P]
    if n_f1 < 0x80:
        P += 1
    else:
        n_f1, P = read_uvarint(B, P)
    n_f1 -= 1
    f1: list[MetadataResponse.MetadataResponseBroker]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Brokers has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_MetadataResponse_MetadataResponseBroker_v9(B, P)
            f1.append(e_f1)
    f2, P = read_compact_nullable_string(B, P)
    (f3,) = _S_i.unpack_from(B, P)
    P += 4
    n_f4 = B[P]
    if n_f4 < 0x80:
        P += 1
    else:
        n_f4, P = read_uvarint(B, P)
    n_f4 -= 1
    f4: list[MetadataResponse.MetadataResponseTopic]
    if n_f4 < 0:
        raise DecodeError(f'non-nullable array Topics has length {n_f4}')
    else:
        if n_f4 > len(B) - P:
            raise DecodeError(f'array length {n_f4} exceeds the buffer')
        f4 = []
        for _ in range(n_f4):
            e_f4, P = _d_MetadataResponse_MetadataResponseTopic_v12(B, P)
            f4.append(e_f4)
    (f6,) = _S_h.unpack_from(B, P)
    P += 2
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_MetadataResponse(f0, f1, f2, f3, f4, -2147483648, f6, tf), P


def _e_MetadataResponse_MetadataResponseBroker_v0(o: MetadataResponse.MetadataResponseBroker, O: bytearray) -> None:
    O += _S_i.pack(o.node_id)
    write_string(O, o.host)
    O += _S_i.pack(o.port)


def _e_MetadataResponse_MetadataResponseTopic_MetadataResponsePartition_v0(o: MetadataResponse.MetadataResponseTopic.MetadataResponsePartition, O: bytearray) -> None:
    a3 = o.replica_nodes
    if a3 is None:
        raise EncodeError('non-nullable array ReplicaNodes is None')
    O += _S_hiii.pack(o.error_code, o.partition_index, o.leader_id, len(a3))
    O += struct.pack('>%di' % len(a3), *a3)
    a4 = o.isr_nodes
    if a4 is None:
        raise EncodeError('non-nullable array IsrNodes is None')
    O += _S_i.pack(len(a4))
    O += struct.pack('>%di' % len(a4), *a4)


def _e_MetadataResponse_MetadataResponseTopic_v0(o: MetadataResponse.MetadataResponseTopic, O: bytearray) -> None:
    if o.topic_authorized_operations != -2147483648:
        raise EncodeError('MetadataResponse.TopicAuthorizedOperations is not supported in version 0')
    O += _S_h.pack(o.error_code)
    write_string(O, o.name)
    a2 = o.partitions
    if a2 is None:
        raise EncodeError('non-nullable array Partitions is None')
    O += _S_i.pack(len(a2))
    for e_a2 in a2:
        _e_MetadataResponse_MetadataResponseTopic_MetadataResponsePartition_v0(e_a2, O)


def _e_MetadataResponse_v0(o: MetadataResponse, O: bytearray) -> None:
    if o.cluster_authorized_operations != -2147483648:
        raise EncodeError('MetadataResponse.ClusterAuthorizedOperations is not supported in version 0')
    a0 = o.brokers
    if a0 is None:
        raise EncodeError('non-nullable array Brokers is None')
    O += _S_i.pack(len(a0))
    for e_a0 in a0:
        _e_MetadataResponse_MetadataResponseBroker_v0(e_a0, O)
    a1 = o.topics
    if a1 is None:
        raise EncodeError('non-nullable array Topics is None')
    O += _S_i.pack(len(a1))
    for e_a1 in a1:
        _e_MetadataResponse_MetadataResponseTopic_v0(e_a1, O)


def _e_MetadataResponse_MetadataResponseBroker_v1(o: MetadataResponse.MetadataResponseBroker, O: bytearray) -> None:
    O += _S_i.pack(o.node_id)
    write_string(O, o.host)
    O += _S_i.pack(o.port)
    write_nullable_string(O, o.rack)


def _e_MetadataResponse_MetadataResponseTopic_v1(o: MetadataResponse.MetadataResponseTopic, O: bytearray) -> None:
    if o.topic_authorized_operations != -2147483648:
        raise EncodeError('MetadataResponse.TopicAuthorizedOperations is not supported in version 1')
    O += _S_h.pack(o.error_code)
    write_string(O, o.name)
    a3 = o.partitions
    if a3 is None:
        raise EncodeError('non-nullable array Partitions is None')
    O += _S_oi.pack(o.is_internal, len(a3))
    for e_a3 in a3:
        _e_MetadataResponse_MetadataResponseTopic_MetadataResponsePartition_v0(e_a3, O)


def _e_MetadataResponse_v1(o: MetadataResponse, O: bytearray) -> None:
    if o.cluster_authorized_operations != -2147483648:
        raise EncodeError('MetadataResponse.ClusterAuthorizedOperations is not supported in version 1')
    a0 = o.brokers
    if a0 is None:
        raise EncodeError('non-nullable array Brokers is None')
    O += _S_i.pack(len(a0))
    for e_a0 in a0:
        _e_MetadataResponse_MetadataResponseBroker_v1(e_a0, O)
    a2 = o.topics
    if a2 is None:
        raise EncodeError('non-nullable array Topics is None')
    O += _S_ii.pack(o.controller_id, len(a2))
    for e_a2 in a2:
        _e_MetadataResponse_MetadataResponseTopic_v1(e_a2, O)


def _e_MetadataResponse_MetadataResponseTopic_v2(o: MetadataResponse.MetadataResponseTopic, O: bytearray) -> None:
    if o.topic_authorized_operations != -2147483648:
        raise EncodeError('MetadataResponse.TopicAuthorizedOperations is not supported in version 2')
    O += _S_h.pack(o.error_code)
    write_string(O, o.name)
    a3 = o.partitions
    if a3 is None:
        raise EncodeError('non-nullable array Partitions is None')
    O += _S_oi.pack(o.is_internal, len(a3))
    for e_a3 in a3:
        _e_MetadataResponse_MetadataResponseTopic_MetadataResponsePartition_v0(e_a3, O)


def _e_MetadataResponse_v2(o: MetadataResponse, O: bytearray) -> None:
    if o.cluster_authorized_operations != -2147483648:
        raise EncodeError('MetadataResponse.ClusterAuthorizedOperations is not supported in version 2')
    a0 = o.brokers
    if a0 is None:
        raise EncodeError('non-nullable array Brokers is None')
    O += _S_i.pack(len(a0))
    for e_a0 in a0:
        _e_MetadataResponse_MetadataResponseBroker_v1(e_a0, O)
    write_nullable_string(O, o.cluster_id)
    a3 = o.topics
    if a3 is None:
        raise EncodeError('non-nullable array Topics is None')
    O += _S_ii.pack(o.controller_id, len(a3))
    for e_a3 in a3:
        _e_MetadataResponse_MetadataResponseTopic_v2(e_a3, O)


def _e_MetadataResponse_MetadataResponseTopic_v3(o: MetadataResponse.MetadataResponseTopic, O: bytearray) -> None:
    if o.topic_authorized_operations != -2147483648:
        raise EncodeError('MetadataResponse.TopicAuthorizedOperations is not supported in version 3')
    O += _S_h.pack(o.error_code)
    write_string(O, o.name)
    a3 = o.partitions
    if a3 is None:
        raise EncodeError('non-nullable array Partitions is None')
    O += _S_oi.pack(o.is_internal, len(a3))
    for e_a3 in a3:
        _e_MetadataResponse_MetadataResponseTopic_MetadataResponsePartition_v0(e_a3, O)


def _e_MetadataResponse_v3(o: MetadataResponse, O: bytearray) -> None:
    if o.cluster_authorized_operations != -2147483648:
        raise EncodeError('MetadataResponse.ClusterAuthorizedOperations is not supported in version 3')
    a1 = o.brokers
    if a1 is None:
        raise EncodeError('non-nullable array Brokers is None')
    O += _S_ii.pack(o.throttle_time_ms, len(a1))
    for e_a1 in a1:
        _e_MetadataResponse_MetadataResponseBroker_v1(e_a1, O)
    write_nullable_string(O, o.cluster_id)
    a4 = o.topics
    if a4 is None:
        raise EncodeError('non-nullable array Topics is None')
    O += _S_ii.pack(o.controller_id, len(a4))
    for e_a4 in a4:
        _e_MetadataResponse_MetadataResponseTopic_v3(e_a4, O)


def _e_MetadataResponse_MetadataResponseTopic_v4(o: MetadataResponse.MetadataResponseTopic, O: bytearray) -> None:
    if o.topic_authorized_operations != -2147483648:
        raise EncodeError('MetadataResponse.TopicAuthorizedOperations is not supported in version 4')
    O += _S_h.pack(o.error_code)
    write_string(O, o.name)
    a3 = o.partitions
    if a3 is None:
        raise EncodeError('non-nullable array Partitions is None')
    O += _S_oi.pack(o.is_internal, len(a3))
    for e_a3 in a3:
        _e_MetadataResponse_MetadataResponseTopic_MetadataResponsePartition_v0(e_a3, O)


def _e_MetadataResponse_v4(o: MetadataResponse, O: bytearray) -> None:
    if o.cluster_authorized_operations != -2147483648:
        raise EncodeError('MetadataResponse.ClusterAuthorizedOperations is not supported in version 4')
    a1 = o.brokers
    if a1 is None:
        raise EncodeError('non-nullable array Brokers is None')
    O += _S_ii.pack(o.throttle_time_ms, len(a1))
    for e_a1 in a1:
        _e_MetadataResponse_MetadataResponseBroker_v1(e_a1, O)
    write_nullable_string(O, o.cluster_id)
    a4 = o.topics
    if a4 is None:
        raise EncodeError('non-nullable array Topics is None')
    O += _S_ii.pack(o.controller_id, len(a4))
    for e_a4 in a4:
        _e_MetadataResponse_MetadataResponseTopic_v4(e_a4, O)


def _e_MetadataResponse_MetadataResponseTopic_MetadataResponsePartition_v5(o: MetadataResponse.MetadataResponseTopic.MetadataResponsePartition, O: bytearray) -> None:
    a3 = o.replica_nodes
    if a3 is None:
        raise EncodeError('non-nullable array ReplicaNodes is None')
    O += _S_hiii.pack(o.error_code, o.partition_index, o.leader_id, len(a3))
    O += struct.pack('>%di' % len(a3), *a3)
    a4 = o.isr_nodes
    if a4 is None:
        raise EncodeError('non-nullable array IsrNodes is None')
    O += _S_i.pack(len(a4))
    O += struct.pack('>%di' % len(a4), *a4)
    a5 = o.offline_replicas
    if a5 is None:
        raise EncodeError('non-nullable array OfflineReplicas is None')
    O += _S_i.pack(len(a5))
    O += struct.pack('>%di' % len(a5), *a5)


def _e_MetadataResponse_MetadataResponseTopic_v5(o: MetadataResponse.MetadataResponseTopic, O: bytearray) -> None:
    if o.topic_authorized_operations != -2147483648:
        raise EncodeError('MetadataResponse.TopicAuthorizedOperations is not supported in version 5')
    O += _S_h.pack(o.error_code)
    write_string(O, o.name)
    a3 = o.partitions
    if a3 is None:
        raise EncodeError('non-nullable array Partitions is None')
    O += _S_oi.pack(o.is_internal, len(a3))
    for e_a3 in a3:
        _e_MetadataResponse_MetadataResponseTopic_MetadataResponsePartition_v5(e_a3, O)


def _e_MetadataResponse_v5(o: MetadataResponse, O: bytearray) -> None:
    if o.cluster_authorized_operations != -2147483648:
        raise EncodeError('MetadataResponse.ClusterAuthorizedOperations is not supported in version 5')
    a1 = o.brokers
    if a1 is None:
        raise EncodeError('non-nullable array Brokers is None')
    O += _S_ii.pack(o.throttle_time_ms, len(a1))
    for e_a1 in a1:
        _e_MetadataResponse_MetadataResponseBroker_v1(e_a1, O)
    write_nullable_string(O, o.cluster_id)
    a4 = o.topics
    if a4 is None:
        raise EncodeError('non-nullable array Topics is None')
    O += _S_ii.pack(o.controller_id, len(a4))
    for e_a4 in a4:
        _e_MetadataResponse_MetadataResponseTopic_v5(e_a4, O)


def _e_MetadataResponse_MetadataResponseTopic_v6(o: MetadataResponse.MetadataResponseTopic, O: bytearray) -> None:
    if o.topic_authorized_operations != -2147483648:
        raise EncodeError('MetadataResponse.TopicAuthorizedOperations is not supported in version 6')
    O += _S_h.pack(o.error_code)
    write_string(O, o.name)
    a3 = o.partitions
    if a3 is None:
        raise EncodeError('non-nullable array Partitions is None')
    O += _S_oi.pack(o.is_internal, len(a3))
    for e_a3 in a3:
        _e_MetadataResponse_MetadataResponseTopic_MetadataResponsePartition_v5(e_a3, O)


def _e_MetadataResponse_v6(o: MetadataResponse, O: bytearray) -> None:
    if o.cluster_authorized_operations != -2147483648:
        raise EncodeError('MetadataResponse.ClusterAuthorizedOperations is not supported in version 6')
    a1 = o.brokers
    if a1 is None:
        raise EncodeError('non-nullable array Brokers is None')
    O += _S_ii.pack(o.throttle_time_ms, len(a1))
    for e_a1 in a1:
        _e_MetadataResponse_MetadataResponseBroker_v1(e_a1, O)
    write_nullable_string(O, o.cluster_id)
    a4 = o.topics
    if a4 is None:
        raise EncodeError('non-nullable array Topics is None')
    O += _S_ii.pack(o.controller_id, len(a4))
    for e_a4 in a4:
        _e_MetadataResponse_MetadataResponseTopic_v6(e_a4, O)


def _e_MetadataResponse_MetadataResponseTopic_MetadataResponsePartition_v7(o: MetadataResponse.MetadataResponseTopic.MetadataResponsePartition, O: bytearray) -> None:
    a4 = o.replica_nodes
    if a4 is None:
        raise EncodeError('non-nullable array ReplicaNodes is None')
    O += _S_hiiii.pack(o.error_code, o.partition_index, o.leader_id, o.leader_epoch, len(a4))
    O += struct.pack('>%di' % len(a4), *a4)
    a5 = o.isr_nodes
    if a5 is None:
        raise EncodeError('non-nullable array IsrNodes is None')
    O += _S_i.pack(len(a5))
    O += struct.pack('>%di' % len(a5), *a5)
    a6 = o.offline_replicas
    if a6 is None:
        raise EncodeError('non-nullable array OfflineReplicas is None')
    O += _S_i.pack(len(a6))
    O += struct.pack('>%di' % len(a6), *a6)


def _e_MetadataResponse_MetadataResponseTopic_v7(o: MetadataResponse.MetadataResponseTopic, O: bytearray) -> None:
    if o.topic_authorized_operations != -2147483648:
        raise EncodeError('MetadataResponse.TopicAuthorizedOperations is not supported in version 7')
    O += _S_h.pack(o.error_code)
    write_string(O, o.name)
    a3 = o.partitions
    if a3 is None:
        raise EncodeError('non-nullable array Partitions is None')
    O += _S_oi.pack(o.is_internal, len(a3))
    for e_a3 in a3:
        _e_MetadataResponse_MetadataResponseTopic_MetadataResponsePartition_v7(e_a3, O)


def _e_MetadataResponse_v7(o: MetadataResponse, O: bytearray) -> None:
    if o.cluster_authorized_operations != -2147483648:
        raise EncodeError('MetadataResponse.ClusterAuthorizedOperations is not supported in version 7')
    a1 = o.brokers
    if a1 is None:
        raise EncodeError('non-nullable array Brokers is None')
    O += _S_ii.pack(o.throttle_time_ms, len(a1))
    for e_a1 in a1:
        _e_MetadataResponse_MetadataResponseBroker_v1(e_a1, O)
    write_nullable_string(O, o.cluster_id)
    a4 = o.topics
    if a4 is None:
        raise EncodeError('non-nullable array Topics is None')
    O += _S_ii.pack(o.controller_id, len(a4))
    for e_a4 in a4:
        _e_MetadataResponse_MetadataResponseTopic_v7(e_a4, O)


def _e_MetadataResponse_MetadataResponseTopic_v8(o: MetadataResponse.MetadataResponseTopic, O: bytearray) -> None:
    O += _S_h.pack(o.error_code)
    write_string(O, o.name)
    a3 = o.partitions
    if a3 is None:
        raise EncodeError('non-nullable array Partitions is None')
    O += _S_oi.pack(o.is_internal, len(a3))
    for e_a3 in a3:
        _e_MetadataResponse_MetadataResponseTopic_MetadataResponsePartition_v7(e_a3, O)
    O += _S_i.pack(o.topic_authorized_operations)


def _e_MetadataResponse_v8(o: MetadataResponse, O: bytearray) -> None:
    a1 = o.brokers
    if a1 is None:
        raise EncodeError('non-nullable array Brokers is None')
    O += _S_ii.pack(o.throttle_time_ms, len(a1))
    for e_a1 in a1:
        _e_MetadataResponse_MetadataResponseBroker_v1(e_a1, O)
    write_nullable_string(O, o.cluster_id)
    a4 = o.topics
    if a4 is None:
        raise EncodeError('non-nullable array Topics is None')
    O += _S_ii.pack(o.controller_id, len(a4))
    for e_a4 in a4:
        _e_MetadataResponse_MetadataResponseTopic_v8(e_a4, O)
    O += _S_i.pack(o.cluster_authorized_operations)


def _e_MetadataResponse_MetadataResponseBroker_v9(o: MetadataResponse.MetadataResponseBroker, O: bytearray) -> None:
    O += _S_i.pack(o.node_id)
    write_compact_string(O, o.host)
    O += _S_i.pack(o.port)
    write_compact_nullable_string(O, o.rack)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_MetadataResponse_MetadataResponseTopic_MetadataResponsePartition_v9(o: MetadataResponse.MetadataResponseTopic.MetadataResponsePartition, O: bytearray) -> None:
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
    a6 = o.offline_replicas
    if a6 is None:
        raise EncodeError('non-nullable array OfflineReplicas is None')
    write_uvarint(O, len(a6) + 1)
    O += struct.pack('>%di' % len(a6), *a6)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_MetadataResponse_MetadataResponseTopic_v9(o: MetadataResponse.MetadataResponseTopic, O: bytearray) -> None:
    O += _S_h.pack(o.error_code)
    write_compact_string(O, o.name)
    O += _S_o.pack(o.is_internal)
    a3 = o.partitions
    if a3 is None:
        raise EncodeError('non-nullable array Partitions is None')
    write_uvarint(O, len(a3) + 1)
    for e_a3 in a3:
        _e_MetadataResponse_MetadataResponseTopic_MetadataResponsePartition_v9(e_a3, O)
    O += _S_i.pack(o.topic_authorized_operations)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_MetadataResponse_v9(o: MetadataResponse, O: bytearray) -> None:
    O += _S_i.pack(o.throttle_time_ms)
    a1 = o.brokers
    if a1 is None:
        raise EncodeError('non-nullable array Brokers is None')
    write_uvarint(O, len(a1) + 1)
    for e_a1 in a1:
        _e_MetadataResponse_MetadataResponseBroker_v9(e_a1, O)
    write_compact_nullable_string(O, o.cluster_id)
    O += _S_i.pack(o.controller_id)
    a4 = o.topics
    if a4 is None:
        raise EncodeError('non-nullable array Topics is None')
    write_uvarint(O, len(a4) + 1)
    for e_a4 in a4:
        _e_MetadataResponse_MetadataResponseTopic_v9(e_a4, O)
    O += _S_i.pack(o.cluster_authorized_operations)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_MetadataResponse_MetadataResponseTopic_v10(o: MetadataResponse.MetadataResponseTopic, O: bytearray) -> None:
    O += _S_h.pack(o.error_code)
    write_compact_string(O, o.name)
    write_uuid(O, o.topic_id)
    O += _S_o.pack(o.is_internal)
    a4 = o.partitions
    if a4 is None:
        raise EncodeError('non-nullable array Partitions is None')
    write_uvarint(O, len(a4) + 1)
    for e_a4 in a4:
        _e_MetadataResponse_MetadataResponseTopic_MetadataResponsePartition_v9(e_a4, O)
    O += _S_i.pack(o.topic_authorized_operations)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_MetadataResponse_v10(o: MetadataResponse, O: bytearray) -> None:
    O += _S_i.pack(o.throttle_time_ms)
    a1 = o.brokers
    if a1 is None:
        raise EncodeError('non-nullable array Brokers is None')
    write_uvarint(O, len(a1) + 1)
    for e_a1 in a1:
        _e_MetadataResponse_MetadataResponseBroker_v9(e_a1, O)
    write_compact_nullable_string(O, o.cluster_id)
    O += _S_i.pack(o.controller_id)
    a4 = o.topics
    if a4 is None:
        raise EncodeError('non-nullable array Topics is None')
    write_uvarint(O, len(a4) + 1)
    for e_a4 in a4:
        _e_MetadataResponse_MetadataResponseTopic_v10(e_a4, O)
    O += _S_i.pack(o.cluster_authorized_operations)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_MetadataResponse_v11(o: MetadataResponse, O: bytearray) -> None:
    if o.cluster_authorized_operations != -2147483648:
        raise EncodeError('MetadataResponse.ClusterAuthorizedOperations is not supported in version 11')
    O += _S_i.pack(o.throttle_time_ms)
    a1 = o.brokers
    if a1 is None:
        raise EncodeError('non-nullable array Brokers is None')
    write_uvarint(O, len(a1) + 1)
    for e_a1 in a1:
        _e_MetadataResponse_MetadataResponseBroker_v9(e_a1, O)
    write_compact_nullable_string(O, o.cluster_id)
    O += _S_i.pack(o.controller_id)
    a4 = o.topics
    if a4 is None:
        raise EncodeError('non-nullable array Topics is None')
    write_uvarint(O, len(a4) + 1)
    for e_a4 in a4:
        _e_MetadataResponse_MetadataResponseTopic_v10(e_a4, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_MetadataResponse_MetadataResponseTopic_v12(o: MetadataResponse.MetadataResponseTopic, O: bytearray) -> None:
    O += _S_h.pack(o.error_code)
    write_compact_nullable_string(O, o.name)
    write_uuid(O, o.topic_id)
    O += _S_o.pack(o.is_internal)
    a4 = o.partitions
    if a4 is None:
        raise EncodeError('non-nullable array Partitions is None')
    write_uvarint(O, len(a4) + 1)
    for e_a4 in a4:
        _e_MetadataResponse_MetadataResponseTopic_MetadataResponsePartition_v9(e_a4, O)
    O += _S_i.pack(o.topic_authorized_operations)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_MetadataResponse_v12(o: MetadataResponse, O: bytearray) -> None:
    if o.cluster_authorized_operations != -2147483648:
        raise EncodeError('MetadataResponse.ClusterAuthorizedOperations is not supported in version 12')
    O += _S_i.pack(o.throttle_time_ms)
    a1 = o.brokers
    if a1 is None:
        raise EncodeError('non-nullable array Brokers is None')
    write_uvarint(O, len(a1) + 1)
    for e_a1 in a1:
        _e_MetadataResponse_MetadataResponseBroker_v9(e_a1, O)
    write_compact_nullable_string(O, o.cluster_id)
    O += _S_i.pack(o.controller_id)
    a4 = o.topics
    if a4 is None:
        raise EncodeError('non-nullable array Topics is None')
    write_uvarint(O, len(a4) + 1)
    for e_a4 in a4:
        _e_MetadataResponse_MetadataResponseTopic_v12(e_a4, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_MetadataResponse_v13(o: MetadataResponse, O: bytearray) -> None:
    if o.cluster_authorized_operations != -2147483648:
        raise EncodeError('MetadataResponse.ClusterAuthorizedOperations is not supported in version 13')
    O += _S_i.pack(o.throttle_time_ms)
    a1 = o.brokers
    if a1 is None:
        raise EncodeError('non-nullable array Brokers is None')
    write_uvarint(O, len(a1) + 1)
    for e_a1 in a1:
        _e_MetadataResponse_MetadataResponseBroker_v9(e_a1, O)
    write_compact_nullable_string(O, o.cluster_id)
    O += _S_i.pack(o.controller_id)
    a4 = o.topics
    if a4 is None:
        raise EncodeError('non-nullable array Topics is None')
    write_uvarint(O, len(a4) + 1)
    for e_a4 in a4:
        _e_MetadataResponse_MetadataResponseTopic_v12(e_a4, O)
    O += _S_h.pack(o.error_code)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


_C_MetadataRequest = MetadataRequest
_C_MetadataRequest_MetadataRequestTopic = MetadataRequest.MetadataRequestTopic
_DEF_C_MetadataRequest_MetadataRequestTopic = _C_MetadataRequest_MetadataRequestTopic()
_DEC_MetadataRequest: dict[int, Decoder[MetadataRequest]] = {
    0: _d_MetadataRequest_v0,
    1: _d_MetadataRequest_v1,
    2: _d_MetadataRequest_v1,
    3: _d_MetadataRequest_v1,
    4: _d_MetadataRequest_v4,
    5: _d_MetadataRequest_v4,
    6: _d_MetadataRequest_v4,
    7: _d_MetadataRequest_v4,
    8: _d_MetadataRequest_v8,
    9: _d_MetadataRequest_v9,
    10: _d_MetadataRequest_v10,
    11: _d_MetadataRequest_v11,
    12: _d_MetadataRequest_v11,
    13: _d_MetadataRequest_v11,
}
_ENC_MetadataRequest: dict[int, Encoder[MetadataRequest]] = {
    0: _e_MetadataRequest_v0,
    1: _e_MetadataRequest_v1,
    2: _e_MetadataRequest_v2,
    3: _e_MetadataRequest_v3,
    4: _e_MetadataRequest_v4,
    5: _e_MetadataRequest_v5,
    6: _e_MetadataRequest_v6,
    7: _e_MetadataRequest_v7,
    8: _e_MetadataRequest_v8,
    9: _e_MetadataRequest_v9,
    10: _e_MetadataRequest_v10,
    11: _e_MetadataRequest_v11,
    12: _e_MetadataRequest_v12,
    13: _e_MetadataRequest_v13,
}
MetadataRequest.FIELDS = (
    FieldInfo('Topics', 'topics', '[]MetadataRequestTopic', (0, OPEN), (1, OPEN), None, None, False, None, None, _C_MetadataRequest_MetadataRequestTopic),
    FieldInfo('AllowAutoTopicCreation', 'allow_auto_topic_creation', 'bool', (4, OPEN), None, None, None, False, None, None, None),
    FieldInfo('IncludeClusterAuthorizedOperations', 'include_cluster_authorized_operations', 'bool', (8, 10), None, None, None, False, None, None, None),
    FieldInfo('IncludeTopicAuthorizedOperations', 'include_topic_authorized_operations', 'bool', (8, OPEN), None, None, None, False, None, None, None),
)
MetadataRequest.MetadataRequestTopic.FIELDS = (
    FieldInfo('TopicId', 'topic_id', 'uuid', (10, OPEN), None, None, None, True, None, None, None),
    FieldInfo('Name', 'name', 'string', (0, OPEN), (10, OPEN), None, None, False, 'topicName', None, None),
)

_C_MetadataResponse = MetadataResponse
_C_MetadataResponse_MetadataResponseBroker = MetadataResponse.MetadataResponseBroker
_C_MetadataResponse_MetadataResponseTopic = MetadataResponse.MetadataResponseTopic
_C_MetadataResponse_MetadataResponseTopic_MetadataResponsePartition = MetadataResponse.MetadataResponseTopic.MetadataResponsePartition
_DEF_C_MetadataResponse_MetadataResponseBroker = _C_MetadataResponse_MetadataResponseBroker()
_DEF_C_MetadataResponse_MetadataResponseTopic = _C_MetadataResponse_MetadataResponseTopic()
_DEF_C_MetadataResponse_MetadataResponseTopic_MetadataResponsePartition = _C_MetadataResponse_MetadataResponseTopic_MetadataResponsePartition()
_DEC_MetadataResponse: dict[int, Decoder[MetadataResponse]] = {
    0: _d_MetadataResponse_v0,
    1: _d_MetadataResponse_v1,
    2: _d_MetadataResponse_v2,
    3: _d_MetadataResponse_v3,
    4: _d_MetadataResponse_v3,
    5: _d_MetadataResponse_v5,
    6: _d_MetadataResponse_v5,
    7: _d_MetadataResponse_v7,
    8: _d_MetadataResponse_v8,
    9: _d_MetadataResponse_v9,
    10: _d_MetadataResponse_v10,
    11: _d_MetadataResponse_v11,
    12: _d_MetadataResponse_v12,
    13: _d_MetadataResponse_v13,
}
_ENC_MetadataResponse: dict[int, Encoder[MetadataResponse]] = {
    0: _e_MetadataResponse_v0,
    1: _e_MetadataResponse_v1,
    2: _e_MetadataResponse_v2,
    3: _e_MetadataResponse_v3,
    4: _e_MetadataResponse_v4,
    5: _e_MetadataResponse_v5,
    6: _e_MetadataResponse_v6,
    7: _e_MetadataResponse_v7,
    8: _e_MetadataResponse_v8,
    9: _e_MetadataResponse_v9,
    10: _e_MetadataResponse_v10,
    11: _e_MetadataResponse_v11,
    12: _e_MetadataResponse_v12,
    13: _e_MetadataResponse_v13,
}
MetadataResponse.FIELDS = (
    FieldInfo('ThrottleTimeMs', 'throttle_time_ms', 'int32', (3, OPEN), None, None, None, True, None, None, None),
    FieldInfo('Brokers', 'brokers', '[]MetadataResponseBroker', (0, OPEN), None, None, None, False, None, None, _C_MetadataResponse_MetadataResponseBroker),
    FieldInfo('ClusterId', 'cluster_id', 'string', (2, OPEN), (2, OPEN), None, None, True, None, None, None),
    FieldInfo('ControllerId', 'controller_id', 'int32', (1, OPEN), None, None, None, True, 'brokerId', None, None),
    FieldInfo('Topics', 'topics', '[]MetadataResponseTopic', (0, OPEN), None, None, None, False, None, None, _C_MetadataResponse_MetadataResponseTopic),
    FieldInfo('ClusterAuthorizedOperations', 'cluster_authorized_operations', 'int32', (8, 10), None, None, None, False, None, None, None),
    FieldInfo('ErrorCode', 'error_code', 'int16', (13, OPEN), None, None, None, True, None, None, None),
)
MetadataResponse.MetadataResponseBroker.FIELDS = (
    FieldInfo('NodeId', 'node_id', 'int32', (0, OPEN), None, None, None, False, 'brokerId', None, None),
    FieldInfo('Host', 'host', 'string', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Port', 'port', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Rack', 'rack', 'string', (1, OPEN), (1, OPEN), None, None, True, None, None, None),
)
MetadataResponse.MetadataResponseTopic.FIELDS = (
    FieldInfo('ErrorCode', 'error_code', 'int16', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Name', 'name', 'string', (0, OPEN), (12, OPEN), None, None, False, 'topicName', None, None),
    FieldInfo('TopicId', 'topic_id', 'uuid', (10, OPEN), None, None, None, True, None, None, None),
    FieldInfo('IsInternal', 'is_internal', 'bool', (1, OPEN), None, None, None, True, None, None, None),
    FieldInfo('Partitions', 'partitions', '[]MetadataResponsePartition', (0, OPEN), None, None, None, False, None, None, _C_MetadataResponse_MetadataResponseTopic_MetadataResponsePartition),
    FieldInfo('TopicAuthorizedOperations', 'topic_authorized_operations', 'int32', (8, OPEN), None, None, None, False, None, None, None),
)
MetadataResponse.MetadataResponseTopic.MetadataResponsePartition.FIELDS = (
    FieldInfo('ErrorCode', 'error_code', 'int16', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('PartitionIndex', 'partition_index', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('LeaderId', 'leader_id', 'int32', (0, OPEN), None, None, None, False, 'brokerId', None, None),
    FieldInfo('LeaderEpoch', 'leader_epoch', 'int32', (7, OPEN), None, None, None, True, None, None, None),
    FieldInfo('ReplicaNodes', 'replica_nodes', '[]int32', (0, OPEN), None, None, None, False, 'brokerId', None, None),
    FieldInfo('IsrNodes', 'isr_nodes', '[]int32', (0, OPEN), None, None, None, False, 'brokerId', None, None),
    FieldInfo('OfflineReplicas', 'offline_replicas', '[]int32', (5, OPEN), None, None, None, True, 'brokerId', None, None),
)
