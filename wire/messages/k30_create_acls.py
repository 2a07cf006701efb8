"""API key 30: CreateAcls.

GENERATED - DO NOT EDIT. Written by ``python -m wire.generator`` from Apache Kafka 4.1.1's
message definitions (CreateAclsRequest.json, CreateAclsResponse.json).
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


_S_b = struct.Struct('>b')
_S_bb = struct.Struct('>bb')
_S_h = struct.Struct('>h')
_S_i = struct.Struct('>i')
_S_ii = struct.Struct('>ii')


@dataclass(slots=True)
class CreateAclsRequest:
    """CreateAclsRequest (API key 30, versions 1-3).

    Generated from CreateAclsRequest.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = 30
    MIN_VERSION: ClassVar[int] = 1
    MAX_VERSION: ClassVar[int] = 3
    LATEST_VERSION: ClassVar[int] = 3
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
    FLEXIBLE_MIN: ClassVar[int | None] = 2
    #: Who serves this request in Kafka (empty for responses).
    LISTENERS: ClassVar[tuple[str, ...]] = ('broker', 'controller')
    FIELDS: ClassVar[tuple[FieldInfo, ...]]

    @dataclass(slots=True)
    class AclCreation:
        FIELDS: ClassVar[tuple[FieldInfo, ...]]

        #: The type of the resource.
        resource_type: int = 0
        #: The resource name for the ACL.
        resource_name: str = ''
        #: The pattern type for the ACL.
        resource_pattern_type: int = 3
        #: The principal for the ACL.
        principal: str = ''
        #: The host for the ACL.
        host: str = ''
        #: The operation type for the ACL (read, write, etc.).
        operation: int = 0
        #: The permission type for the ACL (allow, deny, etc.).
        permission_type: int = 0
        #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
        unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    #: The ACLs that we want to create.
    creations: list[CreateAclsRequest.AclCreation] = field(default_factory=list)
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> CreateAclsRequest:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_CreateAclsRequest, data, version, 'CreateAclsRequest', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_CreateAclsRequest, self, version, 'CreateAclsRequest')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_CreateAclsRequest, self, version, 'CreateAclsRequest')


@dataclass(slots=True)
class CreateAclsResponse:
    """CreateAclsResponse (API key 30, versions 1-3).

    Generated from CreateAclsResponse.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = 30
    MIN_VERSION: ClassVar[int] = 1
    MAX_VERSION: ClassVar[int] = 3
    LATEST_VERSION: ClassVar[int] = 3
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
    FLEXIBLE_MIN: ClassVar[int | None] = 2
    #: Who serves this request in Kafka (empty for responses).
    LISTENERS: ClassVar[tuple[str, ...]] = ()
    FIELDS: ClassVar[tuple[FieldInfo, ...]]

    @dataclass(slots=True)
    class AclCreationResult:
        FIELDS: ClassVar[tuple[FieldInfo, ...]]

        #: The result error, or zero if there was no error.
        error_code: int = 0
        #: The result message, or null if there was no error.
        error_message: str | None = ''
        #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
        unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    #: The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    throttle_time_ms: int = 0
    #: The results for each ACL creation.
    results: list[CreateAclsResponse.AclCreationResult] = field(default_factory=list)
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> CreateAclsResponse:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_CreateAclsResponse, data, version, 'CreateAclsResponse', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_CreateAclsResponse, self, version, 'CreateAclsResponse')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_CreateAclsResponse, self, version, 'CreateAclsResponse')

def _d_CreateAclsRequest_AclCreation_v1(B: memoryview, P: int) -> tuple[CreateAclsRequest.AclCreation, int]:
    (f0,) = _S_b.unpack_from(B, P)
    P += 1
    f1, P = read_string(B, P)
    (f2,) = _S_b.unpack_from(B, P)
    P += 1
    f3, P = read_string(B, P)
    f4, P = read_string(B, P)
    (f5, f6,) = _S_bb.unpack_from(B, P)
    P += 2
    return _C_CreateAclsRequest_AclCreation(f0, f1, f2, f3, f4, f5, f6, None), P


def _d_CreateAclsRequest_v1(B: memoryview, P: int) -> tuple[CreateAclsRequest, int]:
    (n_f0,) = _S_i.unpack_from(B, P)
    P += 4
    f0: list[CreateAclsRequest.AclCreation]
    if n_f0 < 0:
        raise DecodeError(f'non-nullable array Creations has length {n_f0}')
    else:
        if n_f0 > len(B) - P:
            raise DecodeError(f'array length {n_f0} exceeds the buffer')
        f0 = []
        for _ in range(n_f0):
            e_f0, P = _d_CreateAclsRequest_AclCreation_v1(B, P)
            f0.append(e_f0)
    return _C_CreateAclsRequest(f0, None), P


def _d_CreateAclsRequest_AclCreation_v2(B: memoryview, P: int) -> tuple[CreateAclsRequest.AclCreation, int]:
    (f0,) = _S_b.unpack_from(B, P)
    P += 1
    f1, P = read_compact_string(B, P)
    (f2,) = _S_b.unpack_from(B, P)
    P += 1
    f3, P = read_compact_string(B, P)
    f4, P = read_compact_string(B, P)
    (f5, f6,) = _S_bb.unpack_from(B, P)
    P += 2
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_CreateAclsRequest_AclCreation(f0, f1, f2, f3, f4, f5, f6, tf), P


def _d_CreateAclsRequest_v2(B: memoryview, P: int) -> tuple[CreateAclsRequest, int]:
    n_f0 = B[P]
    if n_f0 < 0x80:
        P += 1
    else:
        n_f0, P = read_uvarint(B, P)
    n_f0 -= 1
    f0: list[CreateAclsRequest.AclCreation]
    if n_f0 < 0:
        raise DecodeError(f'non-nullable array Creations has length {n_f0}')
    else:
        if n_f0 > len(B) - P:
            raise DecodeError(f'array length {n_f0} exceeds the buffer')
        f0 = []
        for _ in range(n_f0):
            e_f0, P = _d_CreateAclsRequest_AclCreation_v2(B, P)
            f0.append(e_f0)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_CreateAclsRequest(f0, tf), P


def _e_CreateAclsRequest_AclCreation_v1(o: CreateAclsRequest.AclCreation, O: bytearray) -> None:
    O += _S_b.pack(o.resource_type)
    write_string(O, o.resource_name)
    O += _S_b.pack(o.resource_pattern_type)
    write_string(O, o.principal)
    write_string(O, o.host)
    O += _S_bb.pack(o.operation, o.permission_type)


def _e_CreateAclsRequest_v1(o: CreateAclsRequest, O: bytearray) -> None:
    a0 = o.creations
    if a0 is None:
        raise EncodeError('non-nullable array Creations is None')
    O += _S_i.pack(len(a0))
    for e_a0 in a0:
        _e_CreateAclsRequest_AclCreation_v1(e_a0, O)


def _e_CreateAclsRequest_AclCreation_v2(o: CreateAclsRequest.AclCreation, O: bytearray) -> None:
    O += _S_b.pack(o.resource_type)
    write_compact_string(O, o.resource_name)
    O += _S_b.pack(o.resource_pattern_type)
    write_compact_string(O, o.principal)
    write_compact_string(O, o.host)
    O += _S_bb.pack(o.operation, o.permission_type)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_CreateAclsRequest_v2(o: CreateAclsRequest, O: bytearray) -> None:
    a0 = o.creations
    if a0 is None:
        raise EncodeError('non-nullable array Creations is None')
    write_uvarint(O, len(a0) + 1)
    for e_a0 in a0:
        _e_CreateAclsRequest_AclCreation_v2(e_a0, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _d_CreateAclsResponse_AclCreationResult_v1(B: memoryview, P: int) -> tuple[CreateAclsResponse.AclCreationResult, int]:
    (f0,) = _S_h.unpack_from(B, P)
    P += 2
    f1, P = read_nullable_string(B, P)
    return _C_CreateAclsResponse_AclCreationResult(f0, f1, None), P


def _d_CreateAclsResponse_v1(B: memoryview, P: int) -> tuple[CreateAclsResponse, int]:
    (f0, n_f1,) = _S_ii.unpack_from(B, P)
    P += 8
    f1: list[CreateAclsResponse.AclCreationResult]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Results has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_CreateAclsResponse_AclCreationResult_v1(B, P)
            f1.append(e_f1)
    return _C_CreateAclsResponse(f0, f1, None), P


def _d_CreateAclsResponse_AclCreationResult_v2(B: memoryview, P: int) -> tuple[CreateAclsResponse.AclCreationResult, int]:
    (f0,) = _S_h.unpack_from(B, P)
    P += 2
    f1, P = read_compact_nullable_string(B, P)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_CreateAclsResponse_AclCreationResult(f0, f1, tf), P


def _d_CreateAclsResponse_v2(B: memoryview, P: int) -> tuple[CreateAclsResponse, int]:
    (f0,) = _S_i.unpack_from(B, P)
    P += 4
    n_f1 = B[P]
    if n_f1 < 0x80:
        P += 1
    else:
        n_f1, P = read_uvarint(B, P)
    n_f1 -= 1
    f1: list[CreateAclsResponse.AclCreationResult]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Results has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_CreateAclsResponse_AclCreationResult_v2(B, P)
            f1.append(e_f1)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_CreateAclsResponse(f0, f1, tf), P


def _e_CreateAclsResponse_AclCreationResult_v1(o: CreateAclsResponse.AclCreationResult, O: bytearray) -> None:
    O += _S_h.pack(o.error_code)
    write_nullable_string(O, o.error_message)


def _e_CreateAclsResponse_v1(o: CreateAclsResponse, O: bytearray) -> None:
    a1 = o.results
    if a1 is None:
        raise EncodeError('non-nullable array Results is None')
    O += _S_ii.pack(o.throttle_time_ms, len(a1))
    for e_a1 in a1:
        _e_CreateAclsResponse_AclCreationResult_v1(e_a1, O)


def _e_CreateAclsResponse_AclCreationResult_v2(o: CreateAclsResponse.AclCreationResult, O: bytearray) -> None:
    O += _S_h.pack(o.error_code)
    write_compact_nullable_string(O, o.error_message)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_CreateAclsResponse_v2(o: CreateAclsResponse, O: bytearray) -> None:
    O += _S_i.pack(o.throttle_time_ms)
    a1 = o.results
    if a1 is None:
        raise EncodeError('non-nullable array Results is None')
    write_uvarint(O, len(a1) + 1)
    for e_a1 in a1:
        _e_CreateAclsResponse_AclCreationResult_v2(e_a1, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


_C_CreateAclsRequest = CreateAclsRequest
_C_CreateAclsRequest_AclCreation = CreateAclsRequest.AclCreation
_DEF_C_CreateAclsRequest_AclCreation = _C_CreateAclsRequest_AclCreation()
_DEC_CreateAclsRequest: dict[int, Decoder[CreateAclsRequest]] = {
    1: _d_CreateAclsRequest_v1,
    2: _d_CreateAclsRequest_v2,
    3: _d_CreateAclsRequest_v2,
}
_ENC_CreateAclsRequest: dict[int, Encoder[CreateAclsRequest]] = {
    1: _e_CreateAclsRequest_v1,
    2: _e_CreateAclsRequest_v2,
    3: _e_CreateAclsRequest_v2,
}
CreateAclsRequest.FIELDS = (
    FieldInfo('Creations', 'creations', '[]AclCreation', (0, OPEN), None, None, None, False, None, None, _C_CreateAclsRequest_AclCreation),
)
CreateAclsRequest.AclCreation.FIELDS = (
    FieldInfo('ResourceType', 'resource_type', 'int8', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('ResourceName', 'resource_name', 'string', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('ResourcePatternType', 'resource_pattern_type', 'int8', (1, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Principal', 'principal', 'string', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Host', 'host', 'string', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Operation', 'operation', 'int8', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('PermissionType', 'permission_type', 'int8', (0, OPEN), None, None, None, False, None, None, None),
)

_C_CreateAclsResponse = CreateAclsResponse
_C_CreateAclsResponse_AclCreationResult = CreateAclsResponse.AclCreationResult
_DEF_C_CreateAclsResponse_AclCreationResult = _C_CreateAclsResponse_AclCreationResult()
_DEC_CreateAclsResponse: dict[int, Decoder[CreateAclsResponse]] = {
    1: _d_CreateAclsResponse_v1,
    2: _d_CreateAclsResponse_v2,
    3: _d_CreateAclsResponse_v2,
}
_ENC_CreateAclsResponse: dict[int, Encoder[CreateAclsResponse]] = {
    1: _e_CreateAclsResponse_v1,
    2: _e_CreateAclsResponse_v2,
    3: _e_CreateAclsResponse_v2,
}
CreateAclsResponse.FIELDS = (
    FieldInfo('ThrottleTimeMs', 'throttle_time_ms', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Results', 'results', '[]AclCreationResult', (0, OPEN), None, None, None, False, None, None, _C_CreateAclsResponse_AclCreationResult),
)
CreateAclsResponse.AclCreationResult.FIELDS = (
    FieldInfo('ErrorCode', 'error_code', 'int16', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('ErrorMessage', 'error_message', 'string', (0, OPEN), (0, OPEN), None, None, False, None, None, None),
)
