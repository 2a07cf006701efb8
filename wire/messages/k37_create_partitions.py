"""API key 37: CreatePartitions.

GENERATED - DO NOT EDIT. Written by ``python -m wire.generator`` from Apache Kafka 4.1.1's
message definitions (CreatePartitionsRequest.json, CreatePartitionsResponse.json).
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


_S_h = struct.Struct('>h')
_S_i = struct.Struct('>i')
_S_io = struct.Struct('>i?')
_S_ii = struct.Struct('>ii')


@dataclass(slots=True)
class CreatePartitionsRequest:
    """CreatePartitionsRequest (API key 37, versions 0-3).

    Generated from CreatePartitionsRequest.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = 37
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 3
    LATEST_VERSION: ClassVar[int] = 3
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
    FLEXIBLE_MIN: ClassVar[int | None] = 2
    #: Who serves this request in Kafka (empty for responses).
    LISTENERS: ClassVar[tuple[str, ...]] = ('broker', 'controller')
    FIELDS: ClassVar[tuple[FieldInfo, ...]]

    @dataclass(slots=True)
    class CreatePartitionsTopic:
        FIELDS: ClassVar[tuple[FieldInfo, ...]]

        @dataclass(slots=True)
        class CreatePartitionsAssignment:
            FIELDS: ClassVar[tuple[FieldInfo, ...]]

            #: The assigned broker IDs.
            broker_ids: list[int] = field(default_factory=list)
            #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
            unknown_tagged_fields: list[tuple[int, bytes]] | None = None

        #: The topic name.
        name: str = ''
        #: The new partition count.
        count: int = 0
        #: The new partition assignments.
        assignments: list[CreatePartitionsRequest.CreatePartitionsTopic.CreatePartitionsAssignment] | None = field(default_factory=list)
        #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
        unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    CreatePartitionsAssignment = CreatePartitionsTopic.CreatePartitionsAssignment
    #: Each topic that we want to create new partitions inside.
    topics: list[CreatePartitionsRequest.CreatePartitionsTopic] = field(default_factory=list)
    #: The time in ms to wait for the partitions to be created.
    timeout_ms: int = 0
    #: If true, then validate the request, but don't actually increase the number of partitions.
    validate_only: bool = False
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> CreatePartitionsRequest:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_CreatePartitionsRequest, data, version, 'CreatePartitionsRequest', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_CreatePartitionsRequest, self, version, 'CreatePartitionsRequest')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_CreatePartitionsRequest, self, version, 'CreatePartitionsRequest')


@dataclass(slots=True)
class CreatePartitionsResponse:
    """CreatePartitionsResponse (API key 37, versions 0-3).

    Generated from CreatePartitionsResponse.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = 37
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 3
    LATEST_VERSION: ClassVar[int] = 3
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
    FLEXIBLE_MIN: ClassVar[int | None] = 2
    #: Who serves this request in Kafka (empty for responses).
    LISTENERS: ClassVar[tuple[str, ...]] = ()
    FIELDS: ClassVar[tuple[FieldInfo, ...]]

    @dataclass(slots=True)
    class CreatePartitionsTopicResult:
        FIELDS: ClassVar[tuple[FieldInfo, ...]]

        #: The topic name.
        name: str = ''
        #: The result error, or zero if there was no error.
        error_code: int = 0
        #: The result message, or null if there was no error.
        error_message: str | None = None
        #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
        unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    #: The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    throttle_time_ms: int = 0
    #: The partition creation results for each topic.
    results: list[CreatePartitionsResponse.CreatePartitionsTopicResult] = field(default_factory=list)
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> CreatePartitionsResponse:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_CreatePartitionsResponse, data, version, 'CreatePartitionsResponse', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_CreatePartitionsResponse, self, version, 'CreatePartitionsResponse')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_CreatePartitionsResponse, self, version, 'CreatePartitionsResponse')

def _d_CreatePartitionsRequest_CreatePartitionsTopic_CreatePartitionsAssignment_v0(B: memoryview, P: int) -> tuple[CreatePartitionsRequest.CreatePartitionsTopic.CreatePartitionsAssignment, int]:
    (n_f0,) = _S_i.unpack_from(B, P)
    P += 4
    f0: list[int]
    if n_f0 < 0:
        raise DecodeError(f'non-nullable array BrokerIds has length {n_f0}')
    else:
        check_count(n_f0, B, P)
        f0 = list(struct.unpack_from('>%di' % n_f0, B, P))
        P += n_f0 * 4
    return _C_CreatePartitionsRequest_CreatePartitionsTopic_CreatePartitionsAssignment(f0, None), P


def _d_CreatePartitionsRequest_CreatePartitionsTopic_v0(B: memoryview, P: int) -> tuple[CreatePartitionsRequest.CreatePartitionsTopic, int]:
    f0, P = read_string(B, P)
    (f1, n_f2,) = _S_ii.unpack_from(B, P)
    P += 8
    f2: list[CreatePartitionsRequest.CreatePartitionsTopic.CreatePartitionsAssignment] | None
    if n_f2 < 0:
        if n_f2 != -1:
            raise DecodeError(f'negative array length {n_f2}')
        f2 = None
    else:
        if n_f2 > len(B) - P:
            raise DecodeError(f'array length {n_f2} exceeds the buffer')
        f2 = []
        for _ in range(n_f2):
            e_f2, P = _d_CreatePartitionsRequest_CreatePartitionsTopic_CreatePartitionsAssignment_v0(B, P)
            f2.append(e_f2)
    return _C_CreatePartitionsRequest_CreatePartitionsTopic(f0, f1, f2, None), P


def _d_CreatePartitionsRequest_v0(B: memoryview, P: int) -> tuple[CreatePartitionsRequest, int]:
    (n_f0,) = _S_i.unpack_from(B, P)
    P += 4
    f0: list[CreatePartitionsRequest.CreatePartitionsTopic]
    if n_f0 < 0:
        raise DecodeError(f'non-nullable array Topics has length {n_f0}')
    else:
        if n_f0 > len(B) - P:
            raise DecodeError(f'array length {n_f0} exceeds the buffer')
        f0 = []
        for _ in range(n_f0):
            e_f0, P = _d_CreatePartitionsRequest_CreatePartitionsTopic_v0(B, P)
            f0.append(e_f0)
    (f1, f2,) = _S_io.unpack_from(B, P)
    P += 5
    return _C_CreatePartitionsRequest(f0, f1, f2, None), P


def _d_CreatePartitionsRequest_CreatePartitionsTopic_CreatePartitionsAssignment_v2(B: memoryview, P: int) -> tuple[CreatePartitionsRequest.CreatePartitionsTopic.CreatePartitionsAssignment, int]:
    n_f0 = B[P]
    if n_f0 < 0x80:
        P += 1
    else:
        n_f0, P = read_uvarint(B, P)
    n_f0 -= 1
    f0: list[int]
    if n_f0 < 0:
        raise DecodeError(f'non-nullable array BrokerIds has length {n_f0}')
    else:
        check_count(n_f0, B, P)
        f0 = list(struct.unpack_from('>%di' % n_f0, B, P))
        P += n_f0 * 4
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_CreatePartitionsRequest_CreatePartitionsTopic_CreatePartitionsAssignment(f0, tf), P


def _d_CreatePartitionsRequest_CreatePartitionsTopic_v2(B: memoryview, P: int) -> tuple[CreatePartitionsRequest.CreatePartitionsTopic, int]:
    f0, P = read_compact_string(B, P)
    (f1,) = _S_i.unpack_from(B, P)
    P += 4
    n_f2 = B[P]
    if n_f2 < 0x80:
        P += 1
    else:
        n_f2, P = read_uvarint(B, P)
    n_f2 -= 1
    f2: list[CreatePartitionsRequest.CreatePartitionsTopic.CreatePartitionsAssignment] | None
    if n_f2 < 0:
        if n_f2 != -1:
            raise DecodeError(f'negative array length {n_f2}')
        f2 = None
    else:
        if n_f2 > len(B) - P:
            raise DecodeError(f'array length {n_f2} exceeds the buffer')
        f2 = []
        for _ in range(n_f2):
            e_f2, P = _d_CreatePartitionsRequest_CreatePartitionsTopic_CreatePartitionsAssignment_v2(B, P)
            f2.append(e_f2)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_CreatePartitionsRequest_CreatePartitionsTopic(f0, f1, f2, tf), P


def _d_CreatePartitionsRequest_v2(B: memoryview, P: int) -> tuple[CreatePartitionsRequest, int]:
    n_f0 = B[P]
    if n_f0 < 0x80:
        P += 1
    else:
        n_f0, P = read_uvarint(B, P)
    n_f0 -= 1
    f0: list[CreatePartitionsRequest.CreatePartitionsTopic]
    if n_f0 < 0:
        raise DecodeError(f'non-nullable array Topics has length {n_f0}')
    else:
        if n_f0 > len(B) - P:
            raise DecodeError(f'array length {n_f0} exceeds the buffer')
        f0 = []
        for _ in range(n_f0):
            e_f0, P = _d_CreatePartitionsRequest_CreatePartitionsTopic_v2(B, P)
            f0.append(e_f0)
    (f1, f2,) = _S_io.unpack_from(B, P)
    P += 5
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_CreatePartitionsRequest(f0, f1, f2, tf), P


def _e_CreatePartitionsRequest_CreatePartitionsTopic_CreatePartitionsAssignment_v0(o: CreatePartitionsRequest.CreatePartitionsTopic.CreatePartitionsAssignment, O: bytearray) -> None:
    a0 = o.broker_ids
    if a0 is None:
        raise EncodeError('non-nullable array BrokerIds is None')
    O += _S_i.pack(len(a0))
    O += struct.pack('>%di' % len(a0), *a0)


def _e_CreatePartitionsRequest_CreatePartitionsTopic_v0(o: CreatePartitionsRequest.CreatePartitionsTopic, O: bytearray) -> None:
    write_string(O, o.name)
    O += _S_i.pack(o.count)
    a2 = o.assignments
    if a2 is None:
        O += b'\xff\xff\xff\xff'
    else:
        O += INT32.pack(len(a2))
        for e_a2 in a2:
            _e_CreatePartitionsRequest_CreatePartitionsTopic_CreatePartitionsAssignment_v0(e_a2, O)


def _e_CreatePartitionsRequest_v0(o: CreatePartitionsRequest, O: bytearray) -> None:
    a0 = o.topics
    if a0 is None:
        raise EncodeError('non-nullable array Topics is None')
    O += _S_i.pack(len(a0))
    for e_a0 in a0:
        _e_CreatePartitionsRequest_CreatePartitionsTopic_v0(e_a0, O)
    O += _S_io.pack(o.timeout_ms, o.validate_only)


def _e_CreatePartitionsRequest_CreatePartitionsTopic_CreatePartitionsAssignment_v2(o: CreatePartitionsRequest.CreatePartitionsTopic.CreatePartitionsAssignment, O: bytearray) -> None:
    a0 = o.broker_ids
    if a0 is None:
        raise EncodeError('non-nullable array BrokerIds is None')
    write_uvarint(O, len(a0) + 1)
    O += struct.pack('>%di' % len(a0), *a0)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_CreatePartitionsRequest_CreatePartitionsTopic_v2(o: CreatePartitionsRequest.CreatePartitionsTopic, O: bytearray) -> None:
    write_compact_string(O, o.name)
    O += _S_i.pack(o.count)
    a2 = o.assignments
    if a2 is None:
        O.append(0)
    else:
        write_uvarint(O, len(a2) + 1)
        for e_a2 in a2:
            _e_CreatePartitionsRequest_CreatePartitionsTopic_CreatePartitionsAssignment_v2(e_a2, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_CreatePartitionsRequest_v2(o: CreatePartitionsRequest, O: bytearray) -> None:
    a0 = o.topics
    if a0 is None:
        raise EncodeError('non-nullable array Topics is None')
    write_uvarint(O, len(a0) + 1)
    for e_a0 in a0:
        _e_CreatePartitionsRequest_CreatePartitionsTopic_v2(e_a0, O)
    O += _S_io.pack(o.timeout_ms, o.validate_only)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _d_CreatePartitionsResponse_CreatePartitionsTopicResult_v0(B: memoryview, P: int) -> tuple[CreatePartitionsResponse.CreatePartitionsTopicResult, int]:
    f0, P = read_string(B, P)
    (f1,) = _S_h.unpack_from(B, P)
    P += 2
    f2, P = read_nullable_string(B, P)
    return _C_CreatePartitionsResponse_CreatePartitionsTopicResult(f0, f1, f2, None), P


def _d_CreatePartitionsResponse_v0(B: memoryview, P: int) -> tuple[CreatePartitionsResponse, int]:
    (f0, n_f1,) = _S_ii.unpack_from(B, P)
    P += 8
    f1: list[CreatePartitionsResponse.CreatePartitionsTopicResult]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Results has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_CreatePartitionsResponse_CreatePartitionsTopicResult_v0(B, P)
            f1.append(e_f1)
    return _C_CreatePartitionsResponse(f0, f1, None), P


def _d_CreatePartitionsResponse_CreatePartitionsTopicResult_v2(B: memoryview, P: int) -> tuple[CreatePartitionsResponse.CreatePartitionsTopicResult, int]:
    f0, P = read_compact_string(B, P)
    (f1,) = _S_h.unpack_from(B, P)
    P += 2
    f2, P = read_compact_nullable_string(B, P)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_CreatePartitionsResponse_CreatePartitionsTopicResult(f0, f1, f2, tf), P


def _d_CreatePartitionsResponse_v2(B: memoryview, P: int) -> tuple[CreatePartitionsResponse, int]:
    (f0,) = _S_i.unpack_from(B, P)
    P += 4
    n_f1 = B[P]
    if n_f1 < 0x80:
        P += 1
    else:
        n_f1, P = read_uvarint(B, P)
    n_f1 -= 1
    f1: list[CreatePartitionsResponse.CreatePartitionsTopicResult]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Results has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_CreatePartitionsResponse_CreatePartitionsTopicResult_v2(B, P)
            f1.append(e_f1)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_CreatePartitionsResponse(f0, f1, tf), P


def _e_CreatePartitionsResponse_CreatePartitionsTopicResult_v0(o: CreatePartitionsResponse.CreatePartitionsTopicResult, O: bytearray) -> None:
    write_string(O, o.name)
    O += _S_h.pack(o.error_code)
    write_nullable_string(O, o.error_message)


def _e_CreatePartitionsResponse_v0(o: CreatePartitionsResponse, O: bytearray) -> None:
    a1 = o.results
    if a1 is None:
        raise EncodeError('non-nullable array Results is None')
    O += _S_ii.pack(o.throttle_time_ms, len(a1))
    for e_a1 in a1:
        _e_CreatePartitionsResponse_CreatePartitionsTopicResult_v0(e_a1, O)


def _e_CreatePartitionsResponse_CreatePartitionsTopicResult_v2(o: CreatePartitionsResponse.CreatePartitionsTopicResult, O: bytearray) -> None:
    write_compact_string(O, o.name)
    O += _S_h.pack(o.error_code)
    write_compact_nullable_string(O, o.error_message)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_CreatePartitionsResponse_v2(o: CreatePartitionsResponse, O: bytearray) -> None:
    O += _S_i.pack(o.throttle_time_ms)
    a1 = o.results
    if a1 is None:
        raise EncodeError('non-nullable array Results is None')
    write_uvarint(O, len(a1) + 1)
    for e_a1 in a1:
        _e_CreatePartitionsResponse_CreatePartitionsTopicResult_v2(e_a1, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


_C_CreatePartitionsRequest = CreatePartitionsRequest
_C_CreatePartitionsRequest_CreatePartitionsTopic = CreatePartitionsRequest.CreatePartitionsTopic
_C_CreatePartitionsRequest_CreatePartitionsTopic_CreatePartitionsAssignment = CreatePartitionsRequest.CreatePartitionsTopic.CreatePartitionsAssignment
_DEF_C_CreatePartitionsRequest_CreatePartitionsTopic = _C_CreatePartitionsRequest_CreatePartitionsTopic()
_DEF_C_CreatePartitionsRequest_CreatePartitionsTopic_CreatePartitionsAssignment = _C_CreatePartitionsRequest_CreatePartitionsTopic_CreatePartitionsAssignment()
_DEC_CreatePartitionsRequest: dict[int, Decoder[CreatePartitionsRequest]] = {
    0: _d_CreatePartitionsRequest_v0,
    1: _d_CreatePartitionsRequest_v0,
    2: _d_CreatePartitionsRequest_v2,
    3: _d_CreatePartitionsRequest_v2,
}
_ENC_CreatePartitionsRequest: dict[int, Encoder[CreatePartitionsRequest]] = {
    0: _e_CreatePartitionsRequest_v0,
    1: _e_CreatePartitionsRequest_v0,
    2: _e_CreatePartitionsRequest_v2,
    3: _e_CreatePartitionsRequest_v2,
}
CreatePartitionsRequest.FIELDS = (
    FieldInfo('Topics', 'topics', '[]CreatePartitionsTopic', (0, OPEN), None, None, None, False, None, None, _C_CreatePartitionsRequest_CreatePartitionsTopic),
    FieldInfo('TimeoutMs', 'timeout_ms', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('ValidateOnly', 'validate_only', 'bool', (0, OPEN), None, None, None, False, None, None, None),
)
CreatePartitionsRequest.CreatePartitionsTopic.FIELDS = (
    FieldInfo('Name', 'name', 'string', (0, OPEN), None, None, None, False, 'topicName', None, None),
    FieldInfo('Count', 'count', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Assignments', 'assignments', '[]CreatePartitionsAssignment', (0, OPEN), (0, OPEN), None, None, False, None, None, _C_CreatePartitionsRequest_CreatePartitionsTopic_CreatePartitionsAssignment),
)
CreatePartitionsRequest.CreatePartitionsTopic.CreatePartitionsAssignment.FIELDS = (
    FieldInfo('BrokerIds', 'broker_ids', '[]int32', (0, OPEN), None, None, None, False, 'brokerId', None, None),
)

_C_CreatePartitionsResponse = CreatePartitionsResponse
_C_CreatePartitionsResponse_CreatePartitionsTopicResult = CreatePartitionsResponse.CreatePartitionsTopicResult
_DEF_C_CreatePartitionsResponse_CreatePartitionsTopicResult = _C_CreatePartitionsResponse_CreatePartitionsTopicResult()
_DEC_CreatePartitionsResponse: dict[int, Decoder[CreatePartitionsResponse]] = {
    0: _d_CreatePartitionsResponse_v0,
    1: _d_CreatePartitionsResponse_v0,
    2: _d_CreatePartitionsResponse_v2,
    3: _d_CreatePartitionsResponse_v2,
}
_ENC_CreatePartitionsResponse: dict[int, Encoder[CreatePartitionsResponse]] = {
    0: _e_CreatePartitionsResponse_v0,
    1: _e_CreatePartitionsResponse_v0,
    2: _e_CreatePartitionsResponse_v2,
    3: _e_CreatePartitionsResponse_v2,
}
CreatePartitionsResponse.FIELDS = (
    FieldInfo('ThrottleTimeMs', 'throttle_time_ms', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Results', 'results', '[]CreatePartitionsTopicResult', (0, OPEN), None, None, None, False, None, None, _C_CreatePartitionsResponse_CreatePartitionsTopicResult),
)
CreatePartitionsResponse.CreatePartitionsTopicResult.FIELDS = (
    FieldInfo('Name', 'name', 'string', (0, OPEN), None, None, None, False, 'topicName', None, None),
    FieldInfo('ErrorCode', 'error_code', 'int16', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('ErrorMessage', 'error_message', 'string', (0, OPEN), (0, OPEN), None, None, False, None, None, None),
)
