"""API key 19: CreateTopics.

GENERATED - DO NOT EDIT. Written by ``python -m wire.generator`` from Apache Kafka 4.1.1's
message definitions (CreateTopicsRequest.json, CreateTopicsResponse.json).
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


_S_obo = struct.Struct('>?b?')
_S_h = struct.Struct('>h')
_S_i = struct.Struct('>i')
_S_io = struct.Struct('>i?')
_S_ih = struct.Struct('>ih')
_S_ihi = struct.Struct('>ihi')
_S_ii = struct.Struct('>ii')


@dataclass(slots=True)
class CreateTopicsRequest:
    """CreateTopicsRequest (API key 19, versions 2-7).

    Generated from CreateTopicsRequest.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = 19
    MIN_VERSION: ClassVar[int] = 2
    MAX_VERSION: ClassVar[int] = 7
    LATEST_VERSION: ClassVar[int] = 7
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
    FLEXIBLE_MIN: ClassVar[int | None] = 5
    #: Who serves this request in Kafka (empty for responses).
    LISTENERS: ClassVar[tuple[str, ...]] = ('broker', 'controller')
    FIELDS: ClassVar[tuple[FieldInfo, ...]]

    @dataclass(slots=True)
    class CreatableTopic:
        FIELDS: ClassVar[tuple[FieldInfo, ...]]

        @dataclass(slots=True)
        class CreatableReplicaAssignment:
            FIELDS: ClassVar[tuple[FieldInfo, ...]]

            #: The partition index.
            partition_index: int = 0
            #: The brokers to place the partition on.
            broker_ids: list[int] = field(default_factory=list)
            #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
            unknown_tagged_fields: list[tuple[int, bytes]] | None = None

        @dataclass(slots=True)
        class CreatableTopicConfig:
            FIELDS: ClassVar[tuple[FieldInfo, ...]]

            #: The configuration name.
            name: str = ''
            #: The configuration value.
            value: str | None = ''
            #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
            unknown_tagged_fields: list[tuple[int, bytes]] | None = None

        #: The topic name.
        name: str = ''
        #: The number of partitions to create in the topic, or -1 if we are either specifying a manual partition assignment or using the default partitions.
        num_partitions: int = 0
        #: The number of replicas to create for each partition in the topic, or -1 if we are either specifying a manual partition assignment or using the default replication factor.
        replication_factor: int = 0
        #: The manual partition assignment, or the empty array if we are using automatic assignment.
        assignments: list[CreateTopicsRequest.CreatableTopic.CreatableReplicaAssignment] = field(default_factory=list)
        #: The custom topic configurations to set.
        configs: list[CreateTopicsRequest.CreatableTopic.CreatableTopicConfig] = field(default_factory=list)
        #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
        unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    CreatableReplicaAssignment = CreatableTopic.CreatableReplicaAssignment
    CreatableTopicConfig = CreatableTopic.CreatableTopicConfig
    #: The topics to create.
    topics: list[CreateTopicsRequest.CreatableTopic] = field(default_factory=list)
    #: How long to wait in milliseconds before timing out the request.
    timeout_ms: int = 60000
    #: If true, check that the topics can be created as specified, but don't create anything.
    validate_only: bool = False
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> CreateTopicsRequest:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_CreateTopicsRequest, data, version, 'CreateTopicsRequest', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_CreateTopicsRequest, self, version, 'CreateTopicsRequest')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_CreateTopicsRequest, self, version, 'CreateTopicsRequest')


@dataclass(slots=True)
class CreateTopicsResponse:
    """CreateTopicsResponse (API key 19, versions 2-7).

    Generated from CreateTopicsResponse.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = 19
    MIN_VERSION: ClassVar[int] = 2
    MAX_VERSION: ClassVar[int] = 7
    LATEST_VERSION: ClassVar[int] = 7
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
    FLEXIBLE_MIN: ClassVar[int | None] = 5
    #: Who serves this request in Kafka (empty for responses).
    LISTENERS: ClassVar[tuple[str, ...]] = ()
    FIELDS: ClassVar[tuple[FieldInfo, ...]]

    @dataclass(slots=True)
    class CreatableTopicResult:
        FIELDS: ClassVar[tuple[FieldInfo, ...]]

        @dataclass(slots=True)
        class CreatableTopicConfigs:
            FIELDS: ClassVar[tuple[FieldInfo, ...]]

            #: The configuration name.
            name: str = ''
            #: The configuration value.
            value: str | None = ''
            #: True if the configuration is read-only.
            read_only: bool = False
            #: The configuration source.
            config_source: int = -1
            #: True if this configuration is sensitive.
            is_sensitive: bool = False
            #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
            unknown_tagged_fields: list[tuple[int, bytes]] | None = None

        #: The topic name.
        name: str = ''
        #: The unique topic ID.
        topic_id: UUID = ZERO_UUID
        #: The error code, or 0 if there was no error.
        error_code: int = 0
        #: The error message, or null if there was no error.
        error_message: str | None = ''
        #: Optional topic config error returned if configs are not returned in the response.
        topic_config_error_code: int = 0
        #: Number of partitions of the topic.
        num_partitions: int = -1
        #: Replication factor of the topic.
        replication_factor: int = -1
        #: Configuration of the topic.
        configs: list[CreateTopicsResponse.CreatableTopicResult.CreatableTopicConfigs] | None = field(default_factory=list)
        #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
        unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    CreatableTopicConfigs = CreatableTopicResult.CreatableTopicConfigs
    #: The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    throttle_time_ms: int = 0
    #: Results for each topic we tried to create.
    topics: list[CreateTopicsResponse.CreatableTopicResult] = field(default_factory=list)
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> CreateTopicsResponse:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_CreateTopicsResponse, data, version, 'CreateTopicsResponse', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_CreateTopicsResponse, self, version, 'CreateTopicsResponse')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_CreateTopicsResponse, self, version, 'CreateTopicsResponse')

def _d_CreateTopicsRequest_CreatableTopic_CreatableReplicaAssignment_v2(B: memoryview, P: int) -> tuple[CreateTopicsRequest.CreatableTopic.CreatableReplicaAssignment, int]:
    (f0, n_f1,) = _S_ii.unpack_from(B, P)
    P += 8
    f1: list[int]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array BrokerIds has length {n_f1}')
    else:
        check_count(n_f1, B, P)
        f1 = list(struct.unpack_from('>%di' % n_f1, B, P))
        P += n_f1 * 4
    return _C_CreateTopicsRequest_CreatableTopic_CreatableReplicaAssignment(f0, f1, None), P


def _d_CreateTopicsRequest_CreatableTopic_CreatableTopicConfig_v2(B: memoryview, P: int) -> tuple[CreateTopicsRequest.CreatableTopic.CreatableTopicConfig, int]:
    f0, P = read_string(B, P)
    f1, P = read_nullable_string(B, P)
    return _C_CreateTopicsRequest_CreatableTopic_CreatableTopicConfig(f0, f1, None), P


def _d_CreateTopicsRequest_CreatableTopic_v2(B: memoryview, P: int) -> tuple[CreateTopicsRequest.CreatableTopic, int]:
    f0, P = read_string(B, P)
    (f1, f2, n_f3,) = _S_ihi.unpack_from(B, P)
    P += 10
    f3: list[CreateTopicsRequest.CreatableTopic.CreatableReplicaAssignment]
    if n_f3 < 0:
        raise DecodeError(f'non-nullable array Assignments has length {n_f3}')
    else:
        if n_f3 > len(B) - P:
            raise DecodeError(f'array length {n_f3} exceeds the buffer')
        f3 = []
        for _ in range(n_f3):
            e_f3, P = _d_CreateTopicsRequest_CreatableTopic_CreatableReplicaAssignment_v2(B, P)
            f3.append(e_f3)
    (n_f4,) = _S_i.unpack_from(B, P)
    P += 4
    f4: list[CreateTopicsRequest.CreatableTopic.CreatableTopicConfig]
    if n_f4 < 0:
        raise DecodeError(f'non-nullable array Configs has length {n_f4}')
    else:
        if n_f4 > len(B) - P:
            raise DecodeError(f'array length {n_f4} exceeds the buffer')
        f4 = []
        for _ in range(n_f4):
            e_f4, P = _d_CreateTopicsRequest_CreatableTopic_CreatableTopicConfig_v2(B, P)
            f4.append(e_f4)
    return _C_CreateTopicsRequest_CreatableTopic(f0, f1, f2, f3, f4, None), P


def _d_CreateTopicsRequest_v2(B: memoryview, P: int) -> tuple[CreateTopicsRequest, int]:
    (n_f0,) = _S_i.unpack_from(B, P)
    P += 4
    f0: list[CreateTopicsRequest.CreatableTopic]
    if n_f0 < 0:
        raise DecodeError(f'non-nullable array Topics has length {n_f0}')
    else:
        if n_f0 > len(B) - P:
            raise DecodeError(f'array length {n_f0} exceeds the buffer')
        f0 = []
        for _ in range(n_f0):
            e_f0, P = _d_CreateTopicsRequest_CreatableTopic_v2(B, P)
            f0.append(e_f0)
    (f1, f2,) = _S_io.unpack_from(B, P)
    P += 5
    return _C_CreateTopicsRequest(f0, f1, f2, None), P


def _d_CreateTopicsRequest_CreatableTopic_CreatableReplicaAssignment_v5(B: memoryview, P: int) -> tuple[CreateTopicsRequest.CreatableTopic.CreatableReplicaAssignment, int]:
    (f0,) = _S_i.unpack_from(B, P)
    P += 4
    n_f1 = B[P]
    if n_f1 < 0x80:
        P += 1
    else:
        n_f1, P = read_uvarint(B, P)
    n_f1 -= 1
    f1: list[int]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array BrokerIds has length {n_f1}')
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
    return _C_CreateTopicsRequest_CreatableTopic_CreatableReplicaAssignment(f0, f1, tf), P


def _d_CreateTopicsRequest_CreatableTopic_CreatableTopicConfig_v5(B: memoryview, P: int) -> tuple[CreateTopicsRequest.CreatableTopic.CreatableTopicConfig, int]:
    f0, P = read_compact_string(B, P)
    f1, P = read_compact_nullable_string(B, P)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_CreateTopicsRequest_CreatableTopic_CreatableTopicConfig(f0, f1, tf), P


def _d_CreateTopicsRequest_CreatableTopic_v5(B: memoryview, P: int) -> tuple[CreateTopicsRequest.CreatableTopic, int]:
    f0, P = read_compact_string(B, P)
    (f1, f2,) = _S_ih.unpack_from(B, P)
    P += 6
    n_f3 = B[P]
    if n_f3 < 0x80:
        P += 1
    else:
        n_f3, P = read_uvarint(B, P)
    n_f3 -= 1
    f3: list[CreateTopicsRequest.CreatableTopic.CreatableReplicaAssignment]
    if n_f3 < 0:
        raise DecodeError(f'non-nullable array Assignments has length {n_f3}')
    else:
        if n_f3 > len(B) - P:
            raise DecodeError(f'array length {n_f3} exceeds the buffer')
        f3 = []
        for _ in range(n_f3):
            e_f3, P = _d_CreateTopicsRequest_CreatableTopic_CreatableReplicaAssignment_v5(B, P)
            f3.append(e_f3)
    n_f4 = B[P]
    if n_f4 < 0x80:
        P += 1
    else:
        n_f4, P = read_uvarint(B, P)
    n_f4 -= 1
    f4: list[CreateTopicsRequest.CreatableTopic.CreatableTopicConfig]
    if n_f4 < 0:
        raise DecodeError(f'non-nullable array Configs has length {n_f4}')
    else:
        if n_f4 > len(B) - P:
            raise DecodeError(f'array length {n_f4} exceeds the buffer')
        f4 = []
        for _ in range(n_f4):
            e_f4, P = _d_CreateTopicsRequest_CreatableTopic_CreatableTopicConfig_v5(B, P)
            f4.append(e_f4)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_CreateTopicsRequest_CreatableTopic(f0, f1, f2, f3, f4, tf), P


def _d_CreateTopicsRequest_v5(B: memoryview, P: int) -> tuple[CreateTopicsRequest, int]:
    n_f0 = B[P]
    if n_f0 < 0x80:
        P += 1
    else:
        n_f0, P = read_uvarint(B, P)
    n_f0 -= 1
    f0: list[CreateTopicsRequest.CreatableTopic]
    if n_f0 < 0:
        raise DecodeError(f'non-nullable array Topics has length {n_f0}')
    else:
        if n_f0 > len(B) - P:
            raise DecodeError(f'array length {n_f0} exceeds the buffer')
        f0 = []
        for _ in range(n_f0):
            e_f0, P = _d_CreateTopicsRequest_CreatableTopic_v5(B, P)
            f0.append(e_f0)
    (f1, f2,) = _S_io.unpack_from(B, P)
    P += 5
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_CreateTopicsRequest(f0, f1, f2, tf), P


def _e_CreateTopicsRequest_CreatableTopic_CreatableReplicaAssignment_v2(o: CreateTopicsRequest.CreatableTopic.CreatableReplicaAssignment, O: bytearray) -> None:
    a1 = o.broker_ids
    if a1 is None:
        raise EncodeError('non-nullable array BrokerIds is None')
    O += _S_ii.pack(o.partition_index, len(a1))
    O += struct.pack('>%di' % len(a1), *a1)


def _e_CreateTopicsRequest_CreatableTopic_CreatableTopicConfig_v2(o: CreateTopicsRequest.CreatableTopic.CreatableTopicConfig, O: bytearray) -> None:
    write_string(O, o.name)
    write_nullable_string(O, o.value)


def _e_CreateTopicsRequest_CreatableTopic_v2(o: CreateTopicsRequest.CreatableTopic, O: bytearray) -> None:
    write_string(O, o.name)
    a3 = o.assignments
    if a3 is None:
        raise EncodeError('non-nullable array Assignments is None')
    O += _S_ihi.pack(o.num_partitions, o.replication_factor, len(a3))
    for e_a3 in a3:
        _e_CreateTopicsRequest_CreatableTopic_CreatableReplicaAssignment_v2(e_a3, O)
    a4 = o.configs
    if a4 is None:
        raise EncodeError('non-nullable array Configs is None')
    O += _S_i.pack(len(a4))
    for e_a4 in a4:
        _e_CreateTopicsRequest_CreatableTopic_CreatableTopicConfig_v2(e_a4, O)


def _e_CreateTopicsRequest_v2(o: CreateTopicsRequest, O: bytearray) -> None:
    a0 = o.topics
    if a0 is None:
        raise EncodeError('non-nullable array Topics is None')
    O += _S_i.pack(len(a0))
    for e_a0 in a0:
        _e_CreateTopicsRequest_CreatableTopic_v2(e_a0, O)
    O += _S_io.pack(o.timeout_ms, o.validate_only)


def _e_CreateTopicsRequest_CreatableTopic_CreatableReplicaAssignment_v5(o: CreateTopicsRequest.CreatableTopic.CreatableReplicaAssignment, O: bytearray) -> None:
    O += _S_i.pack(o.partition_index)
    a1 = o.broker_ids
    if a1 is None:
        raise EncodeError('non-nullable array BrokerIds is None')
    write_uvarint(O, len(a1) + 1)
    O += struct.pack('>%di' % len(a1), *a1)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_CreateTopicsRequest_CreatableTopic_CreatableTopicConfig_v5(o: CreateTopicsRequest.CreatableTopic.CreatableTopicConfig, O: bytearray) -> None:
    write_compact_string(O, o.name)
    write_compact_nullable_string(O, o.value)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_CreateTopicsRequest_CreatableTopic_v5(o: CreateTopicsRequest.CreatableTopic, O: bytearray) -> None:
    write_compact_string(O, o.name)
    O += _S_ih.pack(o.num_partitions, o.replication_factor)
    a3 = o.assignments
    if a3 is None:
        raise EncodeError('non-nullable array Assignments is None')
    write_uvarint(O, len(a3) + 1)
    for e_a3 in a3:
        _e_CreateTopicsRequest_CreatableTopic_CreatableReplicaAssignment_v5(e_a3, O)
    a4 = o.configs
    if a4 is None:
        raise EncodeError('non-nullable array Configs is None')
    write_uvarint(O, len(a4) + 1)
    for e_a4 in a4:
        _e_CreateTopicsRequest_CreatableTopic_CreatableTopicConfig_v5(e_a4, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_CreateTopicsRequest_v5(o: CreateTopicsRequest, O: bytearray) -> None:
    a0 = o.topics
    if a0 is None:
        raise EncodeError('non-nullable array Topics is None')
    write_uvarint(O, len(a0) + 1)
    for e_a0 in a0:
        _e_CreateTopicsRequest_CreatableTopic_v5(e_a0, O)
    O += _S_io.pack(o.timeout_ms, o.validate_only)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _d_CreateTopicsResponse_CreatableTopicResult_v2(B: memoryview, P: int) -> tuple[CreateTopicsResponse.CreatableTopicResult, int]:
    f0, P = read_string(B, P)
    (f2,) = _S_h.unpack_from(B, P)
    P += 2
    f3, P = read_nullable_string(B, P)
    return _C_CreateTopicsResponse_CreatableTopicResult(f0, ZERO_UUID, f2, f3, 0, -1, -1, [], None), P


def _d_CreateTopicsResponse_v2(B: memoryview, P: int) -> tuple[CreateTopicsResponse, int]:
    (f0, n_f1,) = _S_ii.unpack_from(B, P)
    P += 8
    f1: list[CreateTopicsResponse.CreatableTopicResult]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Topics has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_CreateTopicsResponse_CreatableTopicResult_v2(B, P)
            f1.append(e_f1)
    return _C_CreateTopicsResponse(f0, f1, None), P


def _d_CreateTopicsResponse_CreatableTopicResult_CreatableTopicConfigs_v5(B: memoryview, P: int) -> tuple[CreateTopicsResponse.CreatableTopicResult.CreatableTopicConfigs, int]:
    f0, P = read_compact_string(B, P)
    f1, P = read_compact_nullable_string(B, P)
    (f2, f3, f4,) = _S_obo.unpack_from(B, P)
    P += 3
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_CreateTopicsResponse_CreatableTopicResult_CreatableTopicConfigs(f0, f1, f2, f3, f4, tf), P


def _d_CreateTopicsResponse_CreatableTopicResult_v5(B: memoryview, P: int) -> tuple[CreateTopicsResponse.CreatableTopicResult, int]:
    f0, P = read_compact_string(B, P)
    (f2,) = _S_h.unpack_from(B, P)
    P += 2
    f3, P = read_compact_nullable_string(B, P)
    (f5, f6,) = _S_ih.unpack_from(B, P)
    P += 6
    n_f7 = B[P]
    if n_f7 < 0x80:
        P += 1
    else:
        n_f7, P = read_uvarint(B, P)
    n_f7 -= 1
    f7: list[CreateTopicsResponse.CreatableTopicResult.CreatableTopicConfigs] | None
    if n_f7 < 0:
        if n_f7 != -1:
            raise DecodeError(f'negative array length {n_f7}')
        f7 = None
    else:
        if n_f7 > len(B) - P:
            raise DecodeError(f'array length {n_f7} exceeds the buffer')
        f7 = []
        for _ in range(n_f7):
            e_f7, P = _d_CreateTopicsResponse_CreatableTopicResult_CreatableTopicConfigs_v5(B, P)
            f7.append(e_f7)
    tf: list[tuple[int, bytes]] | None = None
    f4: int = 0
    nt = B[P]
    if nt < 0x80:
        P += 1
    else:
        nt, P = read_uvarint(B, P)
    if nt:
        check_count(nt, B, P, 'tagged field count')
        for _ in range(nt):
            tag, end, P = read_tag_header(B, P)
            if tag == 0:
                sb = B[:end]
                p2 = P
                (f4,) = _S_h.unpack_from(sb, p2)
                p2 += 2
                if p2 != end:
                    raise DecodeError('tagged field TopicConfigErrorCode has the wrong size')
            else:
                if tf is None:
                    tf = []
                tf.append((tag, bytes(B[P:end])))
            P = end
    return _C_CreateTopicsResponse_CreatableTopicResult(f0, ZERO_UUID, f2, f3, f4, f5, f6, f7, tf), P


def _d_CreateTopicsResponse_v5(B: memoryview, P: int) -> tuple[CreateTopicsResponse, int]:
    (f0,) = _S_i.unpack_from(B, P)
    P += 4
    n_f1 = B[P]
    if n_f1 < 0x80:
        P += 1
    else:
        n_f1, P = read_uvarint(B, P)
    n_f1 -= 1
    f1: list[CreateTopicsResponse.CreatableTopicResult]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Topics has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_CreateTopicsResponse_CreatableTopicResult_v5(B, P)
            f1.append(e_f1)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_CreateTopicsResponse(f0, f1, tf), P


def _d_CreateTopicsResponse_CreatableTopicResult_v7(B: memoryview, P: int) -> tuple[CreateTopicsResponse.CreatableTopicResult, int]:
    f0, P = read_compact_string(B, P)
    f1, P = read_uuid(B, P)
    (f2,) = _S_h.unpack_from(B, P)
    P += 2
    f3, P = read_compact_nullable_string(B, P)
    (f5, f6,) = _S_ih.unpack_from(B, P)
    P += 6
    n_f7 = B[P]
    if n_f7 < 0x80:
        P += 1
    else:
        n_f7, P = read_uvarint(B, P)
    n_f7 -= 1
    f7: list[CreateTopicsResponse.CreatableTopicResult.CreatableTopicConfigs] | None
    if n_f7 < 0:
        if n_f7 != -1:
            raise DecodeError(f'negative array length {n_f7}')
        f7 = None
    else:
        if n_f7 > len(B) - P:
            raise DecodeError(f'array length {n_f7} exceeds the buffer')
        f7 = []
        for _ in range(n_f7):
            e_f7, P = _d_CreateTopicsResponse_CreatableTopicResult_CreatableTopicConfigs_v5(B, P)
            f7.append(e_f7)
    tf: list[tuple[int, bytes]] | None = None
    f4: int = 0
    nt = B[P]
    if nt < 0x80:
        P += 1
    else:
        nt, P = read_uvarint(B, P)
    if nt:
        check_count(nt, B, P, 'tagged field count')
        for _ in range(nt):
            tag, end, P = read_tag_header(B, P)
            if tag == 0:
                sb = B[:end]
                p2 = P
                (f4,) = _S_h.unpack_from(sb, p2)
                p2 += 2
                if p2 != end:
                    raise DecodeError('tagged field TopicConfigErrorCode has the wrong size')
            else:
                if tf is None:
                    tf = []
                tf.append((tag, bytes(B[P:end])))
            P = end
    return _C_CreateTopicsResponse_CreatableTopicResult(f0, f1, f2, f3, f4, f5, f6, f7, tf), P


def _d_CreateTopicsResponse_v7(B: memoryview, P: int) -> tuple[CreateTopicsResponse, int]:
    (f0,) = _S_i.unpack_from(B, P)
    P += 4
    n_f1 = B[P]
    if n_f1 < 0x80:
        P += 1
    else:
        n_f1, P = read_uvarint(B, P)
    n_f1 -= 1
    f1: list[CreateTopicsResponse.CreatableTopicResult]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Topics has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_CreateTopicsResponse_CreatableTopicResult_v7(B, P)
            f1.append(e_f1)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_CreateTopicsResponse(f0, f1, tf), P


def _e_CreateTopicsResponse_CreatableTopicResult_v2(o: CreateTopicsResponse.CreatableTopicResult, O: bytearray) -> None:
    write_string(O, o.name)
    O += _S_h.pack(o.error_code)
    write_nullable_string(O, o.error_message)


def _e_CreateTopicsResponse_v2(o: CreateTopicsResponse, O: bytearray) -> None:
    a1 = o.topics
    if a1 is None:
        raise EncodeError('non-nullable array Topics is None')
    O += _S_ii.pack(o.throttle_time_ms, len(a1))
    for e_a1 in a1:
        _e_CreateTopicsResponse_CreatableTopicResult_v2(e_a1, O)


def _e_CreateTopicsResponse_CreatableTopicResult_CreatableTopicConfigs_v5(o: CreateTopicsResponse.CreatableTopicResult.CreatableTopicConfigs, O: bytearray) -> None:
    write_compact_string(O, o.name)
    write_compact_nullable_string(O, o.value)
    O += _S_obo.pack(o.read_only, o.config_source, o.is_sensitive)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_CreateTopicsResponse_CreatableTopicResult_v5(o: CreateTopicsResponse.CreatableTopicResult, O: bytearray) -> None:
    write_compact_string(O, o.name)
    O += _S_h.pack(o.error_code)
    write_compact_nullable_string(O, o.error_message)
    O += _S_ih.pack(o.num_partitions, o.replication_factor)
    a5 = o.configs
    if a5 is None:
        O.append(0)
    else:
        write_uvarint(O, len(a5) + 1)
        for e_a5 in a5:
            _e_CreateTopicsResponse_CreatableTopicResult_CreatableTopicConfigs_v5(e_a5, O)
    tg: list[tuple[int, bytes | bytearray | memoryview]] | None = None
    t0 = o.topic_config_error_code
    if t0 != 0:
        tb = bytearray()
        tb += _S_h.pack(t0)
        if tg is None:
            tg = []
        tg.append((0, tb))
    if tg is not None or o.unknown_tagged_fields:
        write_tagged_fields(O, tg, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_CreateTopicsResponse_v5(o: CreateTopicsResponse, O: bytearray) -> None:
    O += _S_i.pack(o.throttle_time_ms)
    a1 = o.topics
    if a1 is None:
        raise EncodeError('non-nullable array Topics is None')
    write_uvarint(O, len(a1) + 1)
    for e_a1 in a1:
        _e_CreateTopicsResponse_CreatableTopicResult_v5(e_a1, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_CreateTopicsResponse_CreatableTopicResult_v7(o: CreateTopicsResponse.CreatableTopicResult, O: bytearray) -> None:
    write_compact_string(O, o.name)
    write_uuid(O, o.topic_id)
    O += _S_h.pack(o.error_code)
    write_compact_nullable_string(O, o.error_message)
    O += _S_ih.pack(o.num_partitions, o.replication_factor)
    a6 = o.configs
    if a6 is None:
        O.append(0)
    else:
        write_uvarint(O, len(a6) + 1)
        for e_a6 in a6:
            _e_CreateTopicsResponse_CreatableTopicResult_CreatableTopicConfigs_v5(e_a6, O)
    tg: list[tuple[int, bytes | bytearray | memoryview]] | None = None
    t0 = o.topic_config_error_code
    if t0 != 0:
        tb = bytearray()
        tb += _S_h.pack(t0)
        if tg is None:
            tg = []
        tg.append((0, tb))
    if tg is not None or o.unknown_tagged_fields:
        write_tagged_fields(O, tg, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_CreateTopicsResponse_v7(o: CreateTopicsResponse, O: bytearray) -> None:
    O += _S_i.pack(o.throttle_time_ms)
    a1 = o.topics
    if a1 is None:
        raise EncodeError('non-nullable array Topics is None')
    write_uvarint(O, len(a1) + 1)
    for e_a1 in a1:
        _e_CreateTopicsResponse_CreatableTopicResult_v7(e_a1, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


_C_CreateTopicsRequest = CreateTopicsRequest
_C_CreateTopicsRequest_CreatableTopic = CreateTopicsRequest.CreatableTopic
_C_CreateTopicsRequest_CreatableTopic_CreatableReplicaAssignment = CreateTopicsRequest.CreatableTopic.CreatableReplicaAssignment
_C_CreateTopicsRequest_CreatableTopic_CreatableTopicConfig = CreateTopicsRequest.CreatableTopic.CreatableTopicConfig
_DEF_C_CreateTopicsRequest_CreatableTopic = _C_CreateTopicsRequest_CreatableTopic()
_DEF_C_CreateTopicsRequest_CreatableTopic_CreatableReplicaAssignment = _C_CreateTopicsRequest_CreatableTopic_CreatableReplicaAssignment()
_DEF_C_CreateTopicsRequest_CreatableTopic_CreatableTopicConfig = _C_CreateTopicsRequest_CreatableTopic_CreatableTopicConfig()
_DEC_CreateTopicsRequest: dict[int, Decoder[CreateTopicsRequest]] = {
    2: _d_CreateTopicsRequest_v2,
    3: _d_CreateTopicsRequest_v2,
    4: _d_CreateTopicsRequest_v2,
    5: _d_CreateTopicsRequest_v5,
    6: _d_CreateTopicsRequest_v5,
    7: _d_CreateTopicsRequest_v5,
}
_ENC_CreateTopicsRequest: dict[int, Encoder[CreateTopicsRequest]] = {
    2: _e_CreateTopicsRequest_v2,
    3: _e_CreateTopicsRequest_v2,
    4: _e_CreateTopicsRequest_v2,
    5: _e_CreateTopicsRequest_v5,
    6: _e_CreateTopicsRequest_v5,
    7: _e_CreateTopicsRequest_v5,
}
CreateTopicsRequest.FIELDS = (
    FieldInfo('Topics', 'topics', '[]CreatableTopic', (0, OPEN), None, None, None, False, None, None, _C_CreateTopicsRequest_CreatableTopic),
    FieldInfo('timeoutMs', 'timeout_ms', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('validateOnly', 'validate_only', 'bool', (1, OPEN), None, None, None, False, None, None, None),
)
CreateTopicsRequest.CreatableTopic.FIELDS = (
    FieldInfo('Name', 'name', 'string', (0, OPEN), None, None, None, False, 'topicName', None, None),
    FieldInfo('NumPartitions', 'num_partitions', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('ReplicationFactor', 'replication_factor', 'int16', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Assignments', 'assignments', '[]CreatableReplicaAssignment', (0, OPEN), None, None, None, False, None, None, _C_CreateTopicsRequest_CreatableTopic_CreatableReplicaAssignment),
    FieldInfo('Configs', 'configs', '[]CreatableTopicConfig', (0, OPEN), None, None, None, False, None, None, _C_CreateTopicsRequest_CreatableTopic_CreatableTopicConfig),
)
CreateTopicsRequest.CreatableTopic.CreatableReplicaAssignment.FIELDS = (
    FieldInfo('PartitionIndex', 'partition_index', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('BrokerIds', 'broker_ids', '[]int32', (0, OPEN), None, None, None, False, 'brokerId', None, None),
)
CreateTopicsRequest.CreatableTopic.CreatableTopicConfig.FIELDS = (
    FieldInfo('Name', 'name', 'string', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Value', 'value', 'string', (0, OPEN), (0, OPEN), None, None, False, None, None, None),
)

_C_CreateTopicsResponse = CreateTopicsResponse
_C_CreateTopicsResponse_CreatableTopicResult = CreateTopicsResponse.CreatableTopicResult
_C_CreateTopicsResponse_CreatableTopicResult_CreatableTopicConfigs = CreateTopicsResponse.CreatableTopicResult.CreatableTopicConfigs
_DEF_C_CreateTopicsResponse_CreatableTopicResult = _C_CreateTopicsResponse_CreatableTopicResult()
_DEF_C_CreateTopicsResponse_CreatableTopicResult_CreatableTopicConfigs = _C_CreateTopicsResponse_CreatableTopicResult_CreatableTopicConfigs()
_DEC_CreateTopicsResponse: dict[int, Decoder[CreateTopicsResponse]] = {
    2: _d_CreateTopicsResponse_v2,
    3: _d_CreateTopicsResponse_v2,
    4: _d_CreateTopicsResponse_v2,
    5: _d_CreateTopicsResponse_v5,
    6: _d_CreateTopicsResponse_v5,
    7: _d_CreateTopicsResponse_v7,
}
_ENC_CreateTopicsResponse: dict[int, Encoder[CreateTopicsResponse]] = {
    2: _e_CreateTopicsResponse_v2,
    3: _e_CreateTopicsResponse_v2,
    4: _e_CreateTopicsResponse_v2,
    5: _e_CreateTopicsResponse_v5,
    6: _e_CreateTopicsResponse_v5,
    7: _e_CreateTopicsResponse_v7,
}
CreateTopicsResponse.FIELDS = (
    FieldInfo('ThrottleTimeMs', 'throttle_time_ms', 'int32', (2, OPEN), None, None, None, True, None, None, None),
    FieldInfo('Topics', 'topics', '[]CreatableTopicResult', (0, OPEN), None, None, None, False, None, None, _C_CreateTopicsResponse_CreatableTopicResult),
)
CreateTopicsResponse.CreatableTopicResult.FIELDS = (
    FieldInfo('Name', 'name', 'string', (0, OPEN), None, None, None, False, 'topicName', None, None),
    FieldInfo('TopicId', 'topic_id', 'uuid', (7, OPEN), None, None, None, True, None, None, None),
    FieldInfo('ErrorCode', 'error_code', 'int16', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('ErrorMessage', 'error_message', 'string', (1, OPEN), (0, OPEN), None, None, True, None, None, None),
    FieldInfo('TopicConfigErrorCode', 'topic_config_error_code', 'int16', (5, OPEN), None, (5, OPEN), 0, True, None, None, None),
    FieldInfo('NumPartitions', 'num_partitions', 'int32', (5, OPEN), None, None, None, True, None, None, None),
    FieldInfo('ReplicationFactor', 'replication_factor', 'int16', (5, OPEN), None, None, None, True, None, None, None),
    FieldInfo('Configs', 'configs', '[]CreatableTopicConfigs', (5, OPEN), (5, OPEN), None, None, True, None, None, _C_CreateTopicsResponse_CreatableTopicResult_CreatableTopicConfigs),
)
CreateTopicsResponse.CreatableTopicResult.CreatableTopicConfigs.FIELDS = (
    FieldInfo('Name', 'name', 'string', (5, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Value', 'value', 'string', (5, OPEN), (5, OPEN), None, None, False, None, None, None),
    FieldInfo('ReadOnly', 'read_only', 'bool', (5, OPEN), None, None, None, False, None, None, None),
    FieldInfo('ConfigSource', 'config_source', 'int8', (5, OPEN), None, None, None, True, None, None, None),
    FieldInfo('IsSensitive', 'is_sensitive', 'bool', (5, OPEN), None, None, None, False, None, None, None),
)
