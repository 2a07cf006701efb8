"""API key 29: DescribeAcls.

GENERATED - DO NOT EDIT. Written by ``python -m wire.generator`` from Apache Kafka 4.1.1's
message definitions (DescribeAclsRequest.json, DescribeAclsResponse.json).
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
_S_bi = struct.Struct('>bi')
_S_i = struct.Struct('>i')
_S_ih = struct.Struct('>ih')


@dataclass(slots=True)
class DescribeAclsRequest:
    """DescribeAclsRequest (API key 29, versions 1-3).

    Generated from DescribeAclsRequest.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = 29
    MIN_VERSION: ClassVar[int] = 1
    MAX_VERSION: ClassVar[int] = 3
    LATEST_VERSION: ClassVar[int] = 3
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
    FLEXIBLE_MIN: ClassVar[int | None] = 2
    #: Who serves this request in Kafka (empty for responses).
    LISTENERS: ClassVar[tuple[str, ...]] = ('broker', 'controller')
    FIELDS: ClassVar[tuple[FieldInfo, ...]]

    #: The resource type.
    resource_type_filter: int = 0
    #: The resource name, or null to match any resource name.
    resource_name_filter: str | None = ''
    #: The resource pattern to match.
    pattern_type_filter: int = 3
    #: The principal to match, or null to match any principal.
    principal_filter: str | None = ''
    #: The host to match, or null to match any host.
    host_filter: str | None = ''
    #: The operation to match.
    operation: int = 0
    #: The permission type to match.
    permission_type: int = 0
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> DescribeAclsRequest:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_DescribeAclsRequest, data, version, 'DescribeAclsRequest', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_DescribeAclsRequest, self, version, 'DescribeAclsRequest')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_DescribeAclsRequest, self, version, 'DescribeAclsRequest')


@dataclass(slots=True)
class DescribeAclsResponse:
    """DescribeAclsResponse (API key 29, versions 1-3).

    Generated from DescribeAclsResponse.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = 29
    MIN_VERSION: ClassVar[int] = 1
    MAX_VERSION: ClassVar[int] = 3
    LATEST_VERSION: ClassVar[int] = 3
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
    FLEXIBLE_MIN: ClassVar[int | None] = 2
    #: Who serves this request in Kafka (empty for responses).
    LISTENERS: ClassVar[tuple[str, ...]] = ()
    FIELDS: ClassVar[tuple[FieldInfo, ...]]

    @dataclass(slots=True)
    class DescribeAclsResource:
        FIELDS: ClassVar[tuple[FieldInfo, ...]]

        @dataclass(slots=True)
        class AclDescription:
            FIELDS: ClassVar[tuple[FieldInfo, ...]]

            #: The ACL principal.
            principal: str = ''
            #: The ACL host.
            host: str = ''
            #: The ACL operation.
            operation: int = 0
            #: The ACL permission type.
            permission_type: int = 0
            #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
            unknown_tagged_fields: list[tuple[int, bytes]] | None = None

        #: The resource type.
        resource_type: int = 0
        #: The resource name.
        resource_name: str = ''
        #: The resource pattern type.
        pattern_type: int = 3
        #: The ACLs.
        acls: list[DescribeAclsResponse.DescribeAclsResource.AclDescription] = field(default_factory=list)
        #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
        unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    AclDescription = DescribeAclsResource.AclDescription
    #: The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    throttle_time_ms: int = 0
    #: The error code, or 0 if there was no error.
    error_code: int = 0
    #: The error message, or null if there was no error.
    error_message: str | None = ''
    #: Each Resource that is referenced in an ACL.
    resources: list[DescribeAclsResponse.DescribeAclsResource] = field(default_factory=list)
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> DescribeAclsResponse:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_DescribeAclsResponse, data, version, 'DescribeAclsResponse', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_DescribeAclsResponse, self, version, 'DescribeAclsResponse')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_DescribeAclsResponse, self, version, 'DescribeAclsResponse')

def _d_DescribeAclsRequest_v1(B: memoryview, P: int) -> tuple[DescribeAclsRequest, int]:
    (f0,) = _S_b.unpack_from(B, P)
    P += 1
    f1, P = read_nullable_string(B, P)
    (f2,) = _S_b.unpack_from(B, P)
    P += 1
    f3, P = read_nullable_string(B, P)
    f4, P = read_nullable_string(B, P)
    (f5, f6,) = _S_bb.unpack_from(B, P)
    P += 2
    return _C_DescribeAclsRequest(f0, f1, f2, f3, f4, f5, f6, None), P


def _d_DescribeAclsRequest_v2(B: memoryview, P: int) -> tuple[DescribeAclsRequest, int]:
    (f0,) = _S_b.unpack_from(B, P)
    P += 1
    f1, P = read_compact_nullable_string(B, P)
    (f2,) = _S_b.unpack_from(B, P)
    P += 1
    f3, P = read_compact_nullable_string(B, P)
    f4, P = read_compact_nullable_string(B, P)
    (f5, f6,) = _S_bb.unpack_from(B, P)
    P += 2
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_DescribeAclsRequest(f0, f1, f2, f3, f4, f5, f6, tf), P


def _e_DescribeAclsRequest_v1(o: DescribeAclsRequest, O: bytearray) -> None:
    O += _S_b.pack(o.resource_type_filter)
    write_nullable_string(O, o.resource_name_filter)
    O += _S_b.pack(o.pattern_type_filter)
    write_nullable_string(O, o.principal_filter)
    write_nullable_string(O, o.host_filter)
    O += _S_bb.pack(o.operation, o.permission_type)


def _e_DescribeAclsRequest_v2(o: DescribeAclsRequest, O: bytearray) -> None:
    O += _S_b.pack(o.resource_type_filter)
    write_compact_nullable_string(O, o.resource_name_filter)
    O += _S_b.pack(o.pattern_type_filter)
    write_compact_nullable_string(O, o.principal_filter)
    write_compact_nullable_string(O, o.host_filter)
    O += _S_bb.pack(o.operation, o.permission_type)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _d_DescribeAclsResponse_DescribeAclsResource_AclDescription_v1(B: memoryview, P: int) -> tuple[DescribeAclsResponse.DescribeAclsResource.AclDescription, int]:
    f0, P = read_string(B, P)
    f1, P = read_string(B, P)
    (f2, f3,) = _S_bb.unpack_from(B, P)
    P += 2
    return _C_DescribeAclsResponse_DescribeAclsResource_AclDescription(f0, f1, f2, f3, None), P


def _d_DescribeAclsResponse_DescribeAclsResource_v1(B: memoryview, P: int) -> tuple[DescribeAclsResponse.DescribeAclsResource, int]:
    (f0,) = _S_b.unpack_from(B, P)
    P += 1
    f1, P = read_string(B, P)
    (f2, n_f3,) = _S_bi.unpack_from(B, P)
    P += 5
    f3: list[DescribeAclsResponse.DescribeAclsResource.AclDescription]
    if n_f3 < 0:
        raise DecodeError(f'non-nullable array Acls has length {n_f3}')
    else:
        if n_f3 > len(B) - P:
            raise DecodeError(f'array length {n_f3} exceeds the buffer')
        f3 = []
        for _ in range(n_f3):
            e_f3, P = _d_DescribeAclsResponse_DescribeAclsResource_AclDescription_v1(B, P)
            f3.append(e_f3)
    return _C_DescribeAclsResponse_DescribeAclsResource(f0, f1, f2, f3, None), P


def _d_DescribeAclsResponse_v1(B: memoryview, P: int) -> tuple[DescribeAclsResponse, int]:
    (f0, f1,) = _S_ih.unpack_from(B, P)
    P += 6
    f2, P = read_nullable_string(B, P)
    (n_f3,) = _S_i.unpack_from(B, P)
    P += 4
    f3: list[DescribeAclsResponse.DescribeAclsResource]
    if n_f3 < 0:
        raise DecodeError(f'non-nullable array Resources has length {n_f3}')
    else:
        if n_f3 > len(B) - P:
            raise DecodeError(f'array length {n_f3} exceeds the buffer')
        f3 = []
        for _ in range(n_f3):
            e_f3, P = _d_DescribeAclsResponse_DescribeAclsResource_v1(B, P)
            f3.append(e_f3)
    return _C_DescribeAclsResponse(f0, f1, f2, f3, None), P


def _d_DescribeAclsResponse_DescribeAclsResource_AclDescription_v2(B: memoryview, P: int) -> tuple[DescribeAclsResponse.DescribeAclsResource.AclDescription, int]:
    f0, P = read_compact_string(B, P)
    f1, P = read_compact_string(B, P)
    (f2, f3,) = _S_bb.unpack_from(B, P)
    P += 2
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_DescribeAclsResponse_DescribeAclsResource_AclDescription(f0, f1, f2, f3, tf), P


def _d_DescribeAclsResponse_DescribeAclsResource_v2(B: memoryview, P: int) -> tuple[DescribeAclsResponse.DescribeAclsResource, int]:
    (f0,) = _S_b.unpack_from(B, P)
    P += 1
    f1, P = read_compact_string(B, P)
    (f2,) = _S_b.unpack_from(B, P)
    P += 1
    n_f3 = B[P]
    if n_f3 < 0x80:
        P += 1
    else:
        n_f3, P = read_uvarint(B, P)
    n_f3 -= 1
    f3: list[DescribeAclsResponse.DescribeAclsResource.AclDescription]
    if n_f3 < 0:
        raise DecodeError(f'non-nullable array Acls has length {n_f3}')
    else:
        if n_f3 > len(B) - P:
            raise DecodeError(f'array length {n_f3} exceeds the buffer')
        f3 = []
        for _ in range(n_f3):
            e_f3, P = _d_DescribeAclsResponse_DescribeAclsResource_AclDescription_v2(B, P)
            f3.append(e_f3)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_DescribeAclsResponse_DescribeAclsResource(f0, f1, f2, f3, tf), P


def _d_DescribeAclsResponse_v2(B: memoryview, P: int) -> tuple[DescribeAclsResponse, int]:
    (f0, f1,) = _S_ih.unpack_from(B, P)
    P += 6
    f2, P = read_compact_nullable_string(B, P)
    n_f3 = B[P]
    if n_f3 < 0x80:
        P += 1
    else:
        n_f3, P = read_uvarint(B, P)
    n_f3 -= 1
    f3: list[DescribeAclsResponse.DescribeAclsResource]
    if n_f3 < 0:
        raise DecodeError(f'non-nullable array Resources has length {n_f3}')
    else:
        if n_f3 > len(B) - P:
            raise DecodeError(f'array length {n_f3} exceeds the buffer')
        f3 = []
        for _ in range(n_f3):
            e_f3, P = _d_DescribeAclsResponse_DescribeAclsResource_v2(B, P)
            f3.append(e_f3)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_DescribeAclsResponse(f0, f1, f2, f3, tf), P


def _e_DescribeAclsResponse_DescribeAclsResource_AclDescription_v1(o: DescribeAclsResponse.DescribeAclsResource.AclDescription, O: bytearray) -> None:
    write_string(O, o.principal)
    write_string(O, o.host)
    O += _S_bb.pack(o.operation, o.permission_type)


def _e_DescribeAclsResponse_DescribeAclsResource_v1(o: DescribeAclsResponse.DescribeAclsResource, O: bytearray) -> None:
    O += _S_b.pack(o.resource_type)
    write_string(O, o.resource_name)
    a3 = o.acls
    if a3 is None:
        raise EncodeError('non-nullable array Acls is None')
    O += _S_bi.pack(o.pattern_type, len(a3))
    for e_a3 in a3:
        _e_DescribeAclsResponse_DescribeAclsResource_AclDescription_v1(e_a3, O)


def _e_DescribeAclsResponse_v1(o: DescribeAclsResponse, O: bytearray) -> None:
    O += _S_ih.pack(o.throttle_time_ms, o.error_code)
    write_nullable_string(O, o.error_message)
    a3 = o.resources
    if a3 is None:
        raise EncodeError('non-nullable array Resources is None')
    O += _S_i.pack(len(a3))
    for e_a3 in a3:
        _e_DescribeAclsResponse_DescribeAclsResource_v1(e_a3, O)


def _e_DescribeAclsResponse_DescribeAclsResource_AclDescription_v2(o: DescribeAclsResponse.DescribeAclsResource.AclDescription, O: bytearray) -> None:
    write_compact_string(O, o.principal)
    write_compact_string(O, o.host)
    O += _S_bb.pack(o.operation, o.permission_type)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_DescribeAclsResponse_DescribeAclsResource_v2(o: DescribeAclsResponse.DescribeAclsResource, O: bytearray) -> None:
    O += _S_b.pack(o.resource_type)
    write_compact_string(O, o.resource_name)
    O += _S_b.pack(o.pattern_type)
    a3 = o.acls
    if a3 is None:
        raise EncodeError('non-nullable array Acls is None')
    write_uvarint(O, len(a3) + 1)
    for e_a3 in a3:
        _e_DescribeAclsResponse_DescribeAclsResource_AclDescription_v2(e_a3, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_DescribeAclsResponse_v2(o: DescribeAclsResponse, O: bytearray) -> None:
    O += _S_ih.pack(o.throttle_time_ms, o.error_code)
    write_compact_nullable_string(O, o.error_message)
    a3 = o.resources
    if a3 is None:
        raise EncodeError('non-nullable array Resources is None')
    write_uvarint(O, len(a3) + 1)
    for e_a3 in a3:
        _e_DescribeAclsResponse_DescribeAclsResource_v2(e_a3, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


_C_DescribeAclsRequest = DescribeAclsRequest
_DEC_DescribeAclsRequest: dict[int, Decoder[DescribeAclsRequest]] = {
    1: _d_DescribeAclsRequest_v1,
    2: _d_DescribeAclsRequest_v2,
    3: _d_DescribeAclsRequest_v2,
}
_ENC_DescribeAclsRequest: dict[int, Encoder[DescribeAclsRequest]] = {
    1: _e_DescribeAclsRequest_v1,
    2: _e_DescribeAclsRequest_v2,
    3: _e_DescribeAclsRequest_v2,
}
DescribeAclsRequest.FIELDS = (
    FieldInfo('ResourceTypeFilter', 'resource_type_filter', 'int8', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('ResourceNameFilter', 'resource_name_filter', 'string', (0, OPEN), (0, OPEN), None, None, False, None, None, None),
    FieldInfo('PatternTypeFilter', 'pattern_type_filter', 'int8', (1, OPEN), None, None, None, False, None, None, None),
    FieldInfo('PrincipalFilter', 'principal_filter', 'string', (0, OPEN), (0, OPEN), None, None, False, None, None, None),
    FieldInfo('HostFilter', 'host_filter', 'string', (0, OPEN), (0, OPEN), None, None, False, None, None, None),
    FieldInfo('Operation', 'operation', 'int8', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('PermissionType', 'permission_type', 'int8', (0, OPEN), None, None, None, False, None, None, None),
)

_C_DescribeAclsResponse = DescribeAclsResponse
_C_DescribeAclsResponse_DescribeAclsResource = DescribeAclsResponse.DescribeAclsResource
_C_DescribeAclsResponse_DescribeAclsResource_AclDescription = DescribeAclsResponse.DescribeAclsResource.AclDescription
_DEF_C_DescribeAclsResponse_DescribeAclsResource = _C_DescribeAclsResponse_DescribeAclsResource()
_DEF_C_DescribeAclsResponse_DescribeAclsResource_AclDescription = _C_DescribeAclsResponse_DescribeAclsResource_AclDescription()
_DEC_DescribeAclsResponse: dict[int, Decoder[DescribeAclsResponse]] = {
    1: _d_DescribeAclsResponse_v1,
    2: _d_DescribeAclsResponse_v2,
    3: _d_DescribeAclsResponse_v2,
}
_ENC_DescribeAclsResponse: dict[int, Encoder[DescribeAclsResponse]] = {
    1: _e_DescribeAclsResponse_v1,
    2: _e_DescribeAclsResponse_v2,
    3: _e_DescribeAclsResponse_v2,
}
DescribeAclsResponse.FIELDS = (
    FieldInfo('ThrottleTimeMs', 'throttle_time_ms', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('ErrorCode', 'error_code', 'int16', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('ErrorMessage', 'error_message', 'string', (0, OPEN), (0, OPEN), None, None, False, None, None, None),
    FieldInfo('Resources', 'resources', '[]DescribeAclsResource', (0, OPEN), None, None, None, False, None, None, _C_DescribeAclsResponse_DescribeAclsResource),
)
DescribeAclsResponse.DescribeAclsResource.FIELDS = (
    FieldInfo('ResourceType', 'resource_type', 'int8', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('ResourceName', 'resource_name', 'string', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('PatternType', 'pattern_type', 'int8', (1, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Acls', 'acls', '[]AclDescription', (0, OPEN), None, None, None, False, None, None, _C_DescribeAclsResponse_DescribeAclsResource_AclDescription),
)
DescribeAclsResponse.DescribeAclsResource.AclDescription.FIELDS = (
    FieldInfo('Principal', 'principal', 'string', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Host', 'host', 'string', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Operation', 'operation', 'int8', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('PermissionType', 'permission_type', 'int8', (0, OPEN), None, None, None, False, None, None, None),
)
