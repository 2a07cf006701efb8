"""API key 45: AlterPartitionReassignments.

GENERATED - DO NOT EDIT. Written by ``python -m wire.generator`` from Apache Kafka 4.1.1's
message definitions (AlterPartitionReassignmentsRequest.json, AlterPartitionReassignmentsResponse.json).
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


_S_i = struct.Struct('>i')
_S_io = struct.Struct('>i?')
_S_ioh = struct.Struct('>i?h')
_S_ih = struct.Struct('>ih')


@dataclass(slots=True)
class AlterPartitionReassignmentsRequest:
    """AlterPartitionReassignmentsRequest (API key 45, versions 0-1).

    Generated from AlterPartitionReassignmentsRequest.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = 45
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 1
    LATEST_VERSION: ClassVar[int] = 1
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
    FLEXIBLE_MIN: ClassVar[int | None] = 0
    #: Who serves this request in Kafka (empty for responses).
    LISTENERS: ClassVar[tuple[str, ...]] = ('broker', 'controller')
    FIELDS: ClassVar[tuple[FieldInfo, ...]]

    @dataclass(slots=True)
    class ReassignableTopic:
        FIELDS: ClassVar[tuple[FieldInfo, ...]]

        @dataclass(slots=True)
        class ReassignablePartition:
            FIELDS: ClassVar[tuple[FieldInfo, ...]]

            #: The partition index.
            partition_index: int = 0
            #: The replicas to place the partitions on, or null to cancel a pending reassignment for this partition.
            replicas: list[int] | None = None
            #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
            unknown_tagged_fields: list[tuple[int, bytes]] | None = None

        #: The topic name.
        name: str = ''
        #: The partitions to reassign.
        partitions: list[AlterPartitionReassignmentsRequest.ReassignableTopic.ReassignablePartition] = field(default_factory=list)
        #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
        unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    ReassignablePartition = ReassignableTopic.ReassignablePartition
    #: The time in ms to wait for the request to complete.
    timeout_ms: int = 60000
    #: The option indicating whether changing the replication factor of any given partition as part of this request is a valid move.
    allow_replication_factor_change: bool = True
    #: The topics to reassign.
    topics: list[AlterPartitionReassignmentsRequest.ReassignableTopic] = field(default_factory=list)
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> AlterPartitionReassignmentsRequest:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_AlterPartitionReassignmentsRequest, data, version, 'AlterPartitionReassignmentsRequest', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_AlterPartitionReassignmentsRequest, self, version, 'AlterPartitionReassignmentsRequest')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_AlterPartitionReassignmentsRequest, self, version, 'AlterPartitionReassignmentsRequest')


@dataclass(slots=True)
class AlterPartitionReassignmentsResponse:
    """AlterPartitionReassignmentsResponse (API key 45, versions 0-1).

    Generated from AlterPartitionReassignmentsResponse.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = 45
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 1
    LATEST_VERSION: ClassVar[int] = 1
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
    FLEXIBLE_MIN: ClassVar[int | None] = 0
    #: Who serves this request in Kafka (empty for responses).
    LISTENERS: ClassVar[tuple[str, ...]] = ()
    FIELDS: ClassVar[tuple[FieldInfo, ...]]

    @dataclass(slots=True)
    class ReassignableTopicResponse:
        FIELDS: ClassVar[tuple[FieldInfo, ...]]

        @dataclass(slots=True)
        class ReassignablePartitionResponse:
            FIELDS: ClassVar[tuple[FieldInfo, ...]]

            #: The partition index.
            partition_index: int = 0
            #: The error code for this partition, or 0 if there was no error.
            error_code: int = 0
            #: The error message for this partition, or null if there was no error.
            error_message: str | None = ''
            #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
            unknown_tagged_fields: list[tuple[int, bytes]] | None = None

        #: The topic name.
        name: str = ''
        #: The responses to partitions to reassign.
        partitions: list[AlterPartitionReassignmentsResponse.ReassignableTopicResponse.ReassignablePartitionResponse] = field(default_factory=list)
        #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
        unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    ReassignablePartitionResponse = ReassignableTopicResponse.ReassignablePartitionResponse
    #: The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    throttle_time_ms: int = 0
    #: The option indicating whether changing the replication factor of any given partition as part of the request was allowed.
    allow_replication_factor_change: bool = True
    #: The top-level error code, or 0 if there was no error.
    error_code: int = 0
    #: The top-level error message, or null if there was no error.
    error_message: str | None = ''
    #: The responses to topics to reassign.
    responses: list[AlterPartitionReassignmentsResponse.ReassignableTopicResponse] = field(default_factory=list)
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> AlterPartitionReassignmentsResponse:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_AlterPartitionReassignmentsResponse, data, version, 'AlterPartitionReassignmentsResponse', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_AlterPartitionReassignmentsResponse, self, version, 'AlterPartitionReassignmentsResponse')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_AlterPartitionReassignmentsResponse, self, version, 'AlterPartitionReassignmentsResponse')

def _d_AlterPartitionReassignmentsRequest_ReassignableTopic_ReassignablePartition_v0(B: memoryview, P: int) -> tuple[AlterPartitionReassignmentsRequest.ReassignableTopic.ReassignablePartition, int]:
    (f0,) = _S_i.unpack_from(B, P)
    P += 4
    n_f1 = B[P]
    if n_f1 < 0x80:
        P += 1
    else:
        n_f1, P = read_uvarint(B, P)
    n_f1 -= 1
    f1: list[int] | None
    if n_f1 < 0:
        if n_f1 != -1:
            raise DecodeError(f'negative array length {n_f1}')
        f1 = None
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
    return _C_AlterPartitionReassignmentsRequest_ReassignableTopic_ReassignablePartition(f0, f1, tf), P


def _d_AlterPartitionReassignmentsRequest_ReassignableTopic_v0(B: memoryview, P: int) -> tuple[AlterPartitionReassignmentsRequest.ReassignableTopic, int]:
    f0, P = read_compact_string(B, P)
    n_f1 = B[P]
    if n_f1 < 0x80:
        P += 1
    else:
        n_f1, P = read_uvarint(B, P)
    n_f1 -= 1
    f1: list[AlterPartitionReassignmentsRequest.ReassignableTopic.ReassignablePartition]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Partitions has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_AlterPartitionReassignmentsRequest_ReassignableTopic_ReassignablePartition_v0(B, P)
            f1.append(e_f1)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_AlterPartitionReassignmentsRequest_ReassignableTopic(f0, f1, tf), P


def _d_AlterPartitionReassignmentsRequest_v0(B: memoryview, P: int) -> tuple[AlterPartitionReassignmentsRequest, int]:
    (f0,) = _S_i.unpack_from(B, P)
    P += 4
    n_f2 = B[P]
    if n_f2 < 0x80:
        P += 1
    else:
        n_f2, P = read_uvarint(B, P)
    n_f2 -= 1
    f2: list[AlterPartitionReassignmentsRequest.ReassignableTopic]
    if n_f2 < 0:
        raise DecodeError(f'non-nullable array Topics has length {n_f2}')
    else:
        if n_f2 > len(B) - P:
            raise DecodeError(f'array length {n_f2} exceeds the buffer')
        f2 = []
        for _ in range(n_f2):
            e_f2, P = _d_AlterPartitionReassignmentsRequest_ReassignableTopic_v0(B, P)
            f2.append(e_f2)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_AlterPartitionReassignmentsRequest(f0, True, f2, tf), P


def _d_AlterPartitionReassignmentsRequest_v1(B: memoryview, P: int) -> tuple[AlterPartitionReassignmentsRequest, int]:
    (f0, f1,) = _S_io.unpack_from(B, P)
    P += 5
    n_f2 = B[P]
    if n_f2 < 0x80:
        P += 1
    else:
        n_f2, P = read_uvarint(B, P)
    n_f2 -= 1
    f2: list[AlterPartitionReassignmentsRequest.ReassignableTopic]
    if n_f2 < 0:
        raise DecodeError(f'non-nullable array Topics has length {n_f2}')
    else:
        if n_f2 > len(B) - P:
            raise DecodeError(f'array length {n_f2} exceeds the buffer')
        f2 = []
        for _ in range(n_f2):
            e_f2, P = _d_AlterPartitionReassignmentsRequest_ReassignableTopic_v0(B, P)
            f2.append(e_f2)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_AlterPartitionReassignmentsRequest(f0, f1, f2, tf), P


def _e_AlterPartitionReassignmentsRequest_ReassignableTopic_ReassignablePartition_v0(o: AlterPartitionReassignmentsRequest.ReassignableTopic.ReassignablePartition, O: bytearray) -> None:
    O += _S_i.pack(o.partition_index)
    a1 = o.replicas
    if a1 is None:
        O.append(0)
    else:
        write_uvarint(O, len(a1) + 1)
        O += struct.pack('>%di' % len(a1), *a1)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_AlterPartitionReassignmentsRequest_ReassignableTopic_v0(o: AlterPartitionReassignmentsRequest.ReassignableTopic, O: bytearray) -> None:
    write_compact_string(O, o.name)
    a1 = o.partitions
    if a1 is None:
        raise EncodeError('non-nullable array Partitions is None')
    write_uvarint(O, len(a1) + 1)
    for e_a1 in a1:
        _e_AlterPartitionReassignmentsRequest_ReassignableTopic_ReassignablePartition_v0(e_a1, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_AlterPartitionReassignmentsRequest_v0(o: AlterPartitionReassignmentsRequest, O: bytearray) -> None:
    if o.allow_replication_factor_change != True:
        raise EncodeError('AlterPartitionReassignmentsRequest.AllowReplicationFactorChange is not supported in version 0')
    O += _S_i.pack(o.timeout_ms)
    a1 = o.topics
    if a1 is None:
        raise EncodeError('non-nullable array Topics is None')
    write_uvarint(O, len(a1) + 1)
    for e_a1 in a1:
        _e_AlterPartitionReassignmentsRequest_ReassignableTopic_v0(e_a1, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_AlterPartitionReassignmentsRequest_v1(o: AlterPartitionReassignmentsRequest, O: bytearray) -> None:
    O += _S_io.pack(o.timeout_ms, o.allow_replication_factor_change)
    a2 = o.topics
    if a2 is None:
        raise EncodeError('non-nullable array Topics is None')
    write_uvarint(O, len(a2) + 1)
    for e_a2 in a2:
        _e_AlterPartitionReassignmentsRequest_ReassignableTopic_v0(e_a2, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _d_AlterPartitionReassignmentsResponse_ReassignableTopicResponse_ReassignablePartitionResponse_v0(B: memoryview, P: int) -> tuple[AlterPartitionReassignmentsResponse.ReassignableTopicResponse.ReassignablePartitionResponse, int]:
    (f0, f1,) = _S_ih.unpack_from(B, P)
    P += 6
    f2, P = read_compact_nullable_string(B, P)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_AlterPartitionReassignmentsResponse_ReassignableTopicResponse_ReassignablePartitionResponse(f0, f1, f2, tf), P


def _d_AlterPartitionReassignmentsResponse_ReassignableTopicResponse_v0(B: memoryview, P: int) -> tuple[AlterPartitionReassignmentsResponse.ReassignableTopicResponse, int]:
    f0, P = read_compact_string(B, P)
    n_f1 = B[P]
    if n_f1 < 0x80:
        P += 1
    else:
        n_f1, P = read_uvarint(B, P)
    n_f1 -= 1
    f1: list[AlterPartitionReassignmentsResponse.ReassignableTopicResponse.ReassignablePartitionResponse]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Partitions has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_AlterPartitionReassignmentsResponse_ReassignableTopicResponse_ReassignablePartitionResponse_v0(B, P)
            f1.append(e_f1)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_AlterPartitionReassignmentsResponse_ReassignableTopicResponse(f0, f1, tf), P


def _d_AlterPartitionReassignmentsResponse_v0(B: memoryview, P: int) -> tuple[AlterPartitionReassignmentsResponse, int]:
    (f0, f2,) = _S_ih.unpack_from(B, P)
    P += 6
    f3, P = read_compact_nullable_string(B, P)
    n_f4 = B[P]
    if n_f4 < 0x80:
        P += 1
    else:
        n_f4, P = read_uvarint(B, P)
    n_f4 -= 1
    f4: list[AlterPartitionReassignmentsResponse.ReassignableTopicResponse]
    if n_f4 < 0:
        raise DecodeError(f'non-nullable array Responses has length {n_f4}')
    else:
        if n_f4 > len(B) - P:
            raise DecodeError(f'array length {n_f4} exceeds the buffer')
        f4 = []
        for _ in range(n_f4):
            e_f4, P = _d_AlterPartitionReassignmentsResponse_ReassignableTopicResponse_v0(B, P)
            f4.append(e_f4)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_AlterPartitionReassignmentsResponse(f0, True, f2, f3, f4, tf), P


def _d_AlterPartitionReassignmentsResponse_v1(B: memoryview, P: int) -> tuple[AlterPartitionReassignmentsResponse, int]:
    (f0, f1, f2,) = _S_ioh.unpack_from(B, P)
    P += 7
    f3, P = read_compact_nullable_string(B, P)
    n_f4 = B[P]
    if n_f4 < 0x80:
        P += 1
    else:
        n_f4, P = read_uvarint(B, P)
    n_f4 -= 1
    f4: list[AlterPartitionReassignmentsResponse.ReassignableTopicResponse]
    if n_f4 < 0:
        raise DecodeError(f'non-nullable array Responses has length {n_f4}')
    else:
        if n_f4 > len(B) - P:
            raise DecodeError(f'array length {n_f4} exceeds the buffer')
        f4 = []
        for _ in range(n_f4):
            e_f4, P = _d_AlterPartitionReassignmentsResponse_ReassignableTopicResponse_v0(B, P)
            f4.append(e_f4)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_AlterPartitionReassignmentsResponse(f0, f1, f2, f3, f4, tf), P


def _e_AlterPartitionReassignmentsResponse_ReassignableTopicResponse_ReassignablePartitionResponse_v0(o: AlterPartitionReassignmentsResponse.ReassignableTopicResponse.ReassignablePartitionResponse, O: bytearray) -> None:
    O += _S_ih.pack(o.partition_index, o.error_code)
    write_compact_nullable_string(O, o.error_message)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_AlterPartitionReassignmentsResponse_ReassignableTopicResponse_v0(o: AlterPartitionReassignmentsResponse.ReassignableTopicResponse, O: bytearray) -> None:
    write_compact_string(O, o.name)
    a1 = o.partitions
    if a1 is None:
        raise EncodeError('non-nullable array Partitions is None')
    write_uvarint(O, len(a1) + 1)
    for e_a1 in a1:
        _e_AlterPartitionReassignmentsResponse_ReassignableTopicResponse_ReassignablePartitionResponse_v0(e_a1, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_AlterPartitionReassignmentsResponse_v0(o: AlterPartitionReassignmentsResponse, O: bytearray) -> None:
    O += _S_ih.pack(o.throttle_time_ms, o.error_code)
    write_compact_nullable_string(O, o.error_message)
    a3 = o.responses
    if a3 is None:
        raise EncodeError('non-nullable array Responses is None')
    write_uvarint(O, len(a3) + 1)
    for e_a3 in a3:
        _e_AlterPartitionReassignmentsResponse_ReassignableTopicResponse_v0(e_a3, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_AlterPartitionReassignmentsResponse_v1(o: AlterPartitionReassignmentsResponse, O: bytearray) -> None:
    O += _S_ioh.pack(o.throttle_time_ms, o.allow_replication_factor_change, o.error_code)
    write_compact_nullable_string(O, o.error_message)
    a4 = o.responses
    if a4 is None:
        raise EncodeError('non-nullable array Responses is None')
    write_uvarint(O, len(a4) + 1)
    for e_a4 in a4:
        _e_AlterPartitionReassignmentsResponse_ReassignableTopicResponse_v0(e_a4, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


_C_AlterPartitionReassignmentsRequest = AlterPartitionReassignmentsRequest
_C_AlterPartitionReassignmentsRequest_ReassignableTopic = AlterPartitionReassignmentsRequest.ReassignableTopic
_C_AlterPartitionReassignmentsRequest_ReassignableTopic_ReassignablePartition = AlterPartitionReassignmentsRequest.ReassignableTopic.ReassignablePartition
_DEF_C_AlterPartitionReassignmentsRequest_ReassignableTopic = _C_AlterPartitionReassignmentsRequest_ReassignableTopic()
_DEF_C_AlterPartitionReassignmentsRequest_ReassignableTopic_ReassignablePartition = _C_AlterPartitionReassignmentsRequest_ReassignableTopic_ReassignablePartition()
_DEC_AlterPartitionReassignmentsRequest: dict[int, Decoder[AlterPartitionReassignmentsRequest]] = {
    0: _d_AlterPartitionReassignmentsRequest_v0,
    1: _d_AlterPartitionReassignmentsRequest_v1,
}
_ENC_AlterPartitionReassignmentsRequest: dict[int, Encoder[AlterPartitionReassignmentsRequest]] = {
    0: _e_AlterPartitionReassignmentsRequest_v0,
    1: _e_AlterPartitionReassignmentsRequest_v1,
}
AlterPartitionReassignmentsRequest.FIELDS = (
    FieldInfo('TimeoutMs', 'timeout_ms', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('AllowReplicationFactorChange', 'allow_replication_factor_change', 'bool', (1, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Topics', 'topics', '[]ReassignableTopic', (0, OPEN), None, None, None, False, None, None, _C_AlterPartitionReassignmentsRequest_ReassignableTopic),
)
AlterPartitionReassignmentsRequest.ReassignableTopic.FIELDS = (
    FieldInfo('Name', 'name', 'string', (0, OPEN), None, None, None, False, 'topicName', None, None),
    FieldInfo('Partitions', 'partitions', '[]ReassignablePartition', (0, OPEN), None, None, None, False, None, None, _C_AlterPartitionReassignmentsRequest_ReassignableTopic_ReassignablePartition),
)
AlterPartitionReassignmentsRequest.ReassignableTopic.ReassignablePartition.FIELDS = (
    FieldInfo('PartitionIndex', 'partition_index', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Replicas', 'replicas', '[]int32', (0, OPEN), (0, OPEN), None, None, False, 'brokerId', None, None),
)

_C_AlterPartitionReassignmentsResponse = AlterPartitionReassignmentsResponse
_C_AlterPartitionReassignmentsResponse_ReassignableTopicResponse = AlterPartitionReassignmentsResponse.ReassignableTopicResponse
_C_AlterPartitionReassignmentsResponse_ReassignableTopicResponse_ReassignablePartitionResponse = AlterPartitionReassignmentsResponse.ReassignableTopicResponse.ReassignablePartitionResponse
_DEF_C_AlterPartitionReassignmentsResponse_ReassignableTopicResponse = _C_AlterPartitionReassignmentsResponse_ReassignableTopicResponse()
_DEF_C_AlterPartitionReassignmentsResponse_ReassignableTopicResponse_ReassignablePartitionResponse = _C_AlterPartitionReassignmentsResponse_ReassignableTopicResponse_ReassignablePartitionResponse()
_DEC_AlterPartitionReassignmentsResponse: dict[int, Decoder[AlterPartitionReassignmentsResponse]] = {
    0: _d_AlterPartitionReassignmentsResponse_v0,
    1: _d_AlterPartitionReassignmentsResponse_v1,
}
_ENC_AlterPartitionReassignmentsResponse: dict[int, Encoder[AlterPartitionReassignmentsResponse]] = {
    0: _e_AlterPartitionReassignmentsResponse_v0,
    1: _e_AlterPartitionReassignmentsResponse_v1,
}
AlterPartitionReassignmentsResponse.FIELDS = (
    FieldInfo('ThrottleTimeMs', 'throttle_time_ms', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('AllowReplicationFactorChange', 'allow_replication_factor_change', 'bool', (1, OPEN), None, None, None, True, None, None, None),
    FieldInfo('ErrorCode', 'error_code', 'int16', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('ErrorMessage', 'error_message', 'string', (0, OPEN), (0, OPEN), None, None, False, None, None, None),
    FieldInfo('Responses', 'responses', '[]ReassignableTopicResponse', (0, OPEN), None, None, None, False, None, None, _C_AlterPartitionReassignmentsResponse_ReassignableTopicResponse),
)
AlterPartitionReassignmentsResponse.ReassignableTopicResponse.FIELDS = (
    FieldInfo('Name', 'name', 'string', (0, OPEN), None, None, None, False, 'topicName', None, None),
    FieldInfo('Partitions', 'partitions', '[]ReassignablePartitionResponse', (0, OPEN), None, None, None, False, None, None, _C_AlterPartitionReassignmentsResponse_ReassignableTopicResponse_ReassignablePartitionResponse),
)
AlterPartitionReassignmentsResponse.ReassignableTopicResponse.ReassignablePartitionResponse.FIELDS = (
    FieldInfo('PartitionIndex', 'partition_index', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('ErrorCode', 'error_code', 'int16', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('ErrorMessage', 'error_message', 'string', (0, OPEN), (0, OPEN), None, None, False, None, None, None),
)
