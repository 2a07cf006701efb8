"""API key 31: DeleteAcls.

GENERATED - DO NOT EDIT. Written by ``python -m wire.generator`` from Apache Kafka 4.1.1's
message definitions (DeleteAclsRequest.json, DeleteAclsResponse.json).
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
class DeleteAclsRequest:
    """DeleteAclsRequest (API key 31, versions 1-3).

    Generated from DeleteAclsRequest.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = 31
    MIN_VERSION: ClassVar[int] = 1
    MAX_VERSION: ClassVar[int] = 3
    LATEST_VERSION: ClassVar[int] = 3
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
    FLEXIBLE_MIN: ClassVar[int | None] = 2
    #: Who serves this request in Kafka (empty for responses).
    LISTENERS: ClassVar[tuple[str, ...]] = ('broker', 'controller')
    FIELDS: ClassVar[tuple[FieldInfo, ...]]

    @dataclass(slots=True)
    class DeleteAclsFilter:
        FIELDS: ClassVar[tuple[FieldInfo, ...]]

        #: The resource type.
        resource_type_filter: int = 0
        #: The resource name.
        resource_name_filter: str | None = ''
        #: The pattern type.
        pattern_type_filter: int = 3
        #: The principal filter, or null to accept all principals.
        principal_filter: str | None = ''
        #: The host filter, or null to accept all hosts.
        host_filter: str | None = ''
        #: The ACL operation.
        operation: int = 0
        #: The permission type.
        permission_type: int = 0
        #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
        unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    #: The filters to use when deleting ACLs.
    filters: list[DeleteAclsRequest.DeleteAclsFilter] = field(default_factory=list)
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> DeleteAclsRequest:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_DeleteAclsRequest, data, version, 'DeleteAclsRequest', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_DeleteAclsRequest, self, version, 'DeleteAclsRequest')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_DeleteAclsRequest, self, version, 'DeleteAclsRequest')


@dataclass(slots=True)
class DeleteAclsResponse:
    """DeleteAclsResponse (API key 31, versions 1-3).

    Generated from DeleteAclsResponse.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = 31
    MIN_VERSION: ClassVar[int] = 1
    MAX_VERSION: ClassVar[int] = 3
    LATEST_VERSION: ClassVar[int] = 3
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
    FLEXIBLE_MIN: ClassVar[int | None] = 2
    #: Who serves this request in Kafka (empty for responses).
    LISTENERS: ClassVar[tuple[str, ...]] = ()
    FIELDS: ClassVar[tuple[FieldInfo, ...]]

    @dataclass(slots=True)
    class DeleteAclsFilterResult:
        FIELDS: ClassVar[tuple[FieldInfo, ...]]

        @dataclass(slots=True)
        class DeleteAclsMatchingAcl:
            FIELDS: ClassVar[tuple[FieldInfo, ...]]

            #: The deletion error code, or 0 if the deletion succeeded.
            error_code: int = 0
            #: The deletion error message, or null if the deletion succeeded.
            error_message: str | None = ''
            #: The ACL resource type.
            resource_type: int = 0
            #: The ACL resource name.
            resource_name: str = ''
            #: The ACL resource pattern type.
            pattern_type: int = 3
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

        #: The error code, or 0 if the filter succeeded.
        error_code: int = 0
        #: The error message, or null if the filter succeeded.
        error_message: str | None = ''
        #: The ACLs which matched this filter.
        matching_acls: list[DeleteAclsResponse.DeleteAclsFilterResult.DeleteAclsMatchingAcl] = field(default_factory=list)
        #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
        unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    DeleteAclsMatchingAcl = DeleteAclsFilterResult.DeleteAclsMatchingAcl
    #: The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    throttle_time_ms: int = 0
    #: The results for each filter.
    filter_results: list[DeleteAclsResponse.DeleteAclsFilterResult] = field(default_factory=list)
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> DeleteAclsResponse:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_DeleteAclsResponse, data, version, 'DeleteAclsResponse', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_DeleteAclsResponse, self, version, 'DeleteAclsResponse')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_DeleteAclsResponse, self, version, 'DeleteAclsResponse')

def _d_DeleteAclsRequest_DeleteAclsFilter_v1(B: memoryview, P: int) -> tuple[DeleteAclsRequest.DeleteAclsFilter, int]:
    (f0,) = _S_b.unpack_from(B, P)
    P += 1
    f1, P = read_nullable_string(B, P)
    (f2,) = _S_b.unpack_from(B, P)
    P += 1
    f3, P = read_nullable_string(B, P)
    f4, P = read_nullable_string(B, P)
    (f5, f6,) = _S_bb.unpack_from(B, P)
    P += 2
    return _C_DeleteAclsRequest_DeleteAclsFilter(f0, f1, f2, f3, f4, f5, f6, None), P


def _d_DeleteAclsRequest_v1(B: memoryview, P: int) -> tuple[DeleteAclsRequest, int]:
    (n_f0,) = _S_i.unpack_from(B, P)
    P += 4
    f0: list[DeleteAclsRequest.DeleteAclsFilter]
    if n_f0 < 0:
        raise DecodeError(f'non-nullable array Filters has length {n_f0}')
    else:
        if n_f0 > len(B) - P:
            raise DecodeError(f'array length {n_f0} exceeds the buffer')
        f0 = []
        for _ in range(n_f0):
            e_f0, P = _d_DeleteAclsRequest_DeleteAclsFilter_v1(B, P)
            f0.append(e_f0)
    return _C_DeleteAclsRequest(f0, None), P


def _d_DeleteAclsRequest_DeleteAclsFilter_v2(B: memoryview, P: int) -> tuple[DeleteAclsRequest.DeleteAclsFilter, int]:
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
    return _C_DeleteAclsRequest_DeleteAclsFilter(f0, f1, f2, f3, f4, f5, f6, tf), P


def _d_DeleteAclsRequest_v2(B: memoryview, P: int) -> tuple[DeleteAclsRequest, int]:
    n_f0 = B[P]
    if n_f0 < 0x80:
        P += 1
    else:
        n_f0, P = read_uvarint(B, P)
    n_f0 -= 1
    f0: list[DeleteAclsRequest.DeleteAclsFilter]
    if n_f0 < 0:
        raise DecodeError(f'non-nullable array Filters has length {n_f0}')
    else:
        if n_f0 > len(B) - P:
            raise DecodeError(f'array length {n_f0} exceeds the buffer')
        f0 = []
        for _ in range(n_f0):
            e_f0, P = _d_DeleteAclsRequest_DeleteAclsFilter_v2(B, P)
            f0.append(e_f0)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_DeleteAclsRequest(f0, tf), P


def _e_DeleteAclsRequest_DeleteAclsFilter_v1(o: DeleteAclsRequest.DeleteAclsFilter, O: bytearray) -> None:
    O += _S_b.pack(o.resource_type_filter)
    write_nullable_string(O, o.resource_name_filter)
    O += _S_b.pack(o.pattern_type_filter)
    write_nullable_string(O, o.principal_filter)
    write_nullable_string(O, o.host_filter)
    O += _S_bb.pack(o.operation, o.permission_type)


def _e_DeleteAclsRequest_v1(o: DeleteAclsRequest, O: bytearray) -> None:
    a0 = o.filters
    if a0 is None:
        raise EncodeError('non-nullable array Filters is None')
    O += _S_i.pack(len(a0))
    for e_a0 in a0:
        _e_DeleteAclsRequest_DeleteAclsFilter_v1(e_a0, O)


def _e_DeleteAclsRequest_DeleteAclsFilter_v2(o: DeleteAclsRequest.DeleteAclsFilter, O: bytearray) -> None:
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


def _e_DeleteAclsRequest_v2(o: DeleteAclsRequest, O: bytearray) -> None:
    a0 = o.filters
    if a0 is None:
        raise EncodeError('non-nullable array Filters is None')
    write_uvarint(O, len(a0) + 1)
    for e_a0 in a0:
        _e_DeleteAclsRequest_DeleteAclsFilter_v2(e_a0, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _d_DeleteAclsResponse_DeleteAclsFilterResult_DeleteAclsMatchingAcl_v1(B: memoryview, P: int) -> tuple[DeleteAclsResponse.DeleteAclsFilterResult.DeleteAclsMatchingAcl, int]:
    (f0,) = _S_h.unpack_from(B, P)
    P += 2
    f1, P = read_nullable_string(B, P)
    (f2,) = _S_b.unpack_from(B, P)
    P += 1
    f3, P = read_string(B, P)
    (f4,) = _S_b.unpack_from(B, P)
    P += 1
    f5, P = read_string(B, P)
    f6, P = read_string(B, P)
    (f7, f8,) = _S_bb.unpack_from(B, P)
    P += 2
    return _C_DeleteAclsResponse_DeleteAclsFilterResult_DeleteAclsMatchingAcl(f0, f1, f2, f3, f4, f5, f6, f7, f8, None), P


def _d_DeleteAclsResponse_DeleteAclsFilterResult_v1(B: memoryview, P: int) -> tuple[DeleteAclsResponse.DeleteAclsFilterResult, int]:
    (f0,) = _S_h.unpack_from(B, P)
    P += 2
    f1, P = read_nullable_string(B, P)
    (n_f2,) = _S_i.unpack_from(B, P)
    P += 4
    f2: list[DeleteAclsResponse.DeleteAclsFilterResult.DeleteAclsMatchingAcl]
    if n_f2 < 0:
        raise DecodeError(f'non-nullable array MatchingAcls has length {n_f2}')
    else:
        if n_f2 > len(B) - P:
            raise DecodeError(f'array length {n_f2} exceeds the buffer')
        f2 = []
        for _ in range(n_f2):
            e_f2, P = _d_DeleteAclsResponse_DeleteAclsFilterResult_DeleteAclsMatchingAcl_v1(B, P)
            f2.append(e_f2)
    return _C_DeleteAclsResponse_DeleteAclsFilterResult(f0, f1, f2, None), P


def _d_DeleteAclsResponse_v1(B: memoryview, P: int) -> tuple[DeleteAclsResponse, int]:
    (f0, n_f1,) = _S_ii.unpack_from(B, P)
    P += 8
    f1: list[DeleteAclsResponse.DeleteAclsFilterResult]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array FilterResults has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_DeleteAclsResponse_DeleteAclsFilterResult_v1(B, P)
            f1.append(e_f1)
    return _C_DeleteAclsResponse(f0, f1, None), P


def _d_DeleteAclsResponse_DeleteAclsFilterResult_DeleteAclsMatchingAcl_v2(B: memoryview, P: int) -> tuple[DeleteAclsResponse.DeleteAclsFilterResult.DeleteAclsMatchingAcl, int]:
    (f0,) = _S_h.unpack_from(B, P)
    P += 2
    f1, P = read_compact_nullable_string(B, P)
    (f2,) = _S_b.unpack_from(B, P)
    P += 1
    f3, P = read_compact_string(B, P)
    (f4,) = _S_b.unpack_from(B, P)
    P += 1
    f5, P = read_compact_string(B, P)
    f6, P = read_compact_string(B, P)
    (f7, f8,) = _S_bb.unpack_from(B, P)
    P += 2
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_DeleteAclsResponse_DeleteAclsFilterResult_DeleteAclsMatchingAcl(f0, f1, f2, f3, f4, f5, f6, f7, f8, tf), P


def _d_DeleteAclsResponse_DeleteAclsFilterResult_v2(B: memoryview, P: int) -> tuple[DeleteAclsResponse.DeleteAclsFilterResult, int]:
    (f0,) = _S_h.unpack_from(B, P)
    P += 2
    f1, P = read_compact_nullable_string(B, P)
    n_f2 = B[P]
    if n_f2 < 0x80:
        P += 1
    else:
        n_f2, P = read_uvarint(B, P)
    n_f2 -= 1
    f2: list[DeleteAclsResponse.DeleteAclsFilterResult.DeleteAclsMatchingAcl]
    if n_f2 < 0:
        raise DecodeError(f'non-nullable array MatchingAcls has length {n_f2}')
    else:
        if n_f2 > len(B) - P:
            raise DecodeError(f'array length {n_f2} exceeds the buffer')
        f2 = []
        for _ in range(n_f2):
            e_f2, P = _d_DeleteAclsResponse_DeleteAclsFilterResult_DeleteAclsMatchingAcl_v2(B, P)
            f2.append(e_f2)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_DeleteAclsResponse_DeleteAclsFilterResult(f0, f1, f2, tf), P


def _d_DeleteAclsResponse_v2(B: memoryview, P: int) -> tuple[DeleteAclsResponse, int]:
    (f0,) = _S_i.unpack_from(B, P)
    P += 4
    n_f1 = B[P]
    if n_f1 < 0x80:
        P += 1
    else:
        n_f1, P = read_uvarint(B, P)
    n_f1 -= 1
    f1: list[DeleteAclsResponse.DeleteAclsFilterResult]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array FilterResults has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_DeleteAclsResponse_DeleteAclsFilterResult_v2(B, P)
            f1.append(e_f1)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_DeleteAclsResponse(f0, f1, tf), P


def _e_DeleteAclsResponse_DeleteAclsFilterResult_DeleteAclsMatchingAcl_v1(o: DeleteAclsResponse.DeleteAclsFilterResult.DeleteAclsMatchingAcl, O: bytearray) -> None:
    O += _S_h.pack(o.error_code)
    write_nullable_string(O, o.error_message)
    O += _S_b.pack(o.resource_type)
    write_string(O, o.resource_name)
    O += _S_b.pack(o.pattern_type)
    write_string(O, o.principal)
    write_string(O, o.host)
    O += _S_bb.pack(o.operation, o.permission_type)


def _e_DeleteAclsResponse_DeleteAclsFilterResult_v1(o: DeleteAclsResponse.DeleteAclsFilterResult, O: bytearray) -> None:
    O += _S_h.pack(o.error_code)
    write_nullable_string(O, o.error_message)
    a2 = o.matching_acls
    if a2 is None:
        raise EncodeError('non-nullable array MatchingAcls is None')
    O += _S_i.pack(len(a2))
    for e_a2 in a2:
        _e_DeleteAclsResponse_DeleteAclsFilterResult_DeleteAclsMatchingAcl_v1(e_a2, O)


def _e_DeleteAclsResponse_v1(o: DeleteAclsResponse, O: bytearray) -> None:
    a1 = o.filter_results
    if a1 is None:
        raise EncodeError('non-nullable array FilterResults is None')
    O += _S_ii.pack(o.throttle_time_ms, len(a1))
    for e_a1 in a1:
        _e_DeleteAclsResponse_DeleteAclsFilterResult_v1(e_a1, O)


def _e_DeleteAclsResponse_DeleteAclsFilterResult_DeleteAclsMatchingAcl_v2(o: DeleteAclsResponse.DeleteAclsFilterResult.DeleteAclsMatchingAcl, O: bytearray) -> None:
    O += _S_h.pack(o.error_code)
    write_compact_nullable_string(O, o.error_message)
    O += _S_b.pack(o.resource_type)
    write_compact_string(O, o.resource_name)
    O += _S_b.pack(o.pattern_type)
    write_compact_string(O, o.principal)
    write_compact_string(O, o.host)
    O += _S_bb.pack(o.operation, o.permission_type)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_DeleteAclsResponse_DeleteAclsFilterResult_v2(o: DeleteAclsResponse.DeleteAclsFilterResult, O: bytearray) -> None:
    O += _S_h.pack(o.error_code)
    write_compact_nullable_string(O, o.error_message)
    a2 = o.matching_acls
    if a2 is None:
        raise EncodeError('non-nullable array MatchingAcls is None')
    write_uvarint(O, len(a2) + 1)
    for e_a2 in a2:
        _e_DeleteAclsResponse_DeleteAclsFilterResult_DeleteAclsMatchingAcl_v2(e_a2, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_DeleteAclsResponse_v2(o: DeleteAclsResponse, O: bytearray) -> None:
    O += _S_i.pack(o.throttle_time_ms)
    a1 = o.filter_results
    if a1 is None:
        raise EncodeError('non-nullable array FilterResults is None')
    write_uvarint(O, len(a1) + 1)
    for e_a1 in a1:
        _e_DeleteAclsResponse_DeleteAclsFilterResult_v2(e_a1, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


_C_DeleteAclsRequest = DeleteAclsRequest
_C_DeleteAclsRequest_DeleteAclsFilter = DeleteAclsRequest.DeleteAclsFilter
_DEF_C_DeleteAclsRequest_DeleteAclsFilter = _C_DeleteAclsRequest_DeleteAclsFilter()
_DEC_DeleteAclsRequest: dict[int, Decoder[DeleteAclsRequest]] = {
    1: _d_DeleteAclsRequest_v1,
    2: _d_DeleteAclsRequest_v2,
    3: _d_DeleteAclsRequest_v2,
}
_ENC_DeleteAclsRequest: dict[int, Encoder[DeleteAclsRequest]] = {
    1: _e_DeleteAclsRequest_v1,
    2: _e_DeleteAclsRequest_v2,
    3: _e_DeleteAclsRequest_v2,
}
DeleteAclsRequest.FIELDS = (
    FieldInfo('Filters', 'filters', '[]DeleteAclsFilter', (0, OPEN), None, None, None, False, None, None, _C_DeleteAclsRequest_DeleteAclsFilter),
)
DeleteAclsRequest.DeleteAclsFilter.FIELDS = (
    FieldInfo('ResourceTypeFilter', 'resource_type_filter', 'int8', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('ResourceNameFilter', 'resource_name_filter', 'string', (0, OPEN), (0, OPEN), None, None, False, None, None, None),
    FieldInfo('PatternTypeFilter', 'pattern_type_filter', 'int8', (1, OPEN), None, None, None, False, None, None, None),
    FieldInfo('PrincipalFilter', 'principal_filter', 'string', (0, OPEN), (0, OPEN), None, None, False, None, None, None),
    FieldInfo('HostFilter', 'host_filter', 'string', (0, OPEN), (0, OPEN), None, None, False, None, None, None),
    FieldInfo('Operation', 'operation', 'int8', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('PermissionType', 'permission_type', 'int8', (0, OPEN), None, None, None, False, None, None, None),
)

_C_DeleteAclsResponse = DeleteAclsResponse
_C_DeleteAclsResponse_DeleteAclsFilterResult = DeleteAclsResponse.DeleteAclsFilterResult
_C_DeleteAclsResponse_DeleteAclsFilterResult_DeleteAclsMatchingAcl = DeleteAclsResponse.DeleteAclsFilterResult.DeleteAclsMatchingAcl
_DEF_C_DeleteAclsResponse_DeleteAclsFilterResult = _C_DeleteAclsResponse_DeleteAclsFilterResult()
_DEF_C_DeleteAclsResponse_DeleteAclsFilterResult_DeleteAclsMatchingAcl = _C_DeleteAclsResponse_DeleteAclsFilterResult_DeleteAclsMatchingAcl()
_DEC_DeleteAclsResponse: dict[int, Decoder[DeleteAclsResponse]] = {
    1: _d_DeleteAclsResponse_v1,
    2: _d_DeleteAclsResponse_v2,
    3: _d_DeleteAclsResponse_v2,
}
_ENC_DeleteAclsResponse: dict[int, Encoder[DeleteAclsResponse]] = {
    1: _e_DeleteAclsResponse_v1,
    2: _e_DeleteAclsResponse_v2,
    3: _e_DeleteAclsResponse_v2,
}
DeleteAclsResponse.FIELDS = (
    FieldInfo('ThrottleTimeMs', 'throttle_time_ms', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('FilterResults', 'filter_results', '[]DeleteAclsFilterResult', (0, OPEN), None, None, None, False, None, None, _C_DeleteAclsResponse_DeleteAclsFilterResult),
)
DeleteAclsResponse.DeleteAclsFilterResult.FIELDS = (
    FieldInfo('ErrorCode', 'error_code', 'int16', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('ErrorMessage', 'error_message', 'string', (0, OPEN), (0, OPEN), None, None, False, None, None, None),
    FieldInfo('MatchingAcls', 'matching_acls', '[]DeleteAclsMatchingAcl', (0, OPEN), None, None, None, False, None, None, _C_DeleteAclsResponse_DeleteAclsFilterResult_DeleteAclsMatchingAcl),
)
DeleteAclsResponse.DeleteAclsFilterResult.DeleteAclsMatchingAcl.FIELDS = (
    FieldInfo('ErrorCode', 'error_code', 'int16', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('ErrorMessage', 'error_message', 'string', (0, OPEN), (0, OPEN), None, None, False, None, None, None),
    FieldInfo('ResourceType', 'resource_type', 'int8', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('ResourceName', 'resource_name', 'string', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('PatternType', 'pattern_type', 'int8', (1, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Principal', 'principal', 'string', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Host', 'host', 'string', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Operation', 'operation', 'int8', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('PermissionType', 'permission_type', 'int8', (0, OPEN), None, None, None, False, None, None, None),
)
