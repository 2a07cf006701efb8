"""API key 42: DeleteGroups.

GENERATED - DO NOT EDIT. Written by ``python -m wire.generator`` from Apache Kafka 4.1.1's
message definitions (DeleteGroupsRequest.json, DeleteGroupsResponse.json).
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
_S_ii = struct.Struct('>ii')


@dataclass(slots=True)
class DeleteGroupsRequest:
    """DeleteGroupsRequest (API key 42, versions 0-2).

    Generated from DeleteGroupsRequest.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = 42
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 2
    LATEST_VERSION: ClassVar[int] = 2
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
    FLEXIBLE_MIN: ClassVar[int | None] = 2
    #: Who serves this request in Kafka (empty for responses).
    LISTENERS: ClassVar[tuple[str, ...]] = ('broker',)
    FIELDS: ClassVar[tuple[FieldInfo, ...]]

    #: The group names to delete.
    groups_names: list[str] = field(default_factory=list)
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> DeleteGroupsRequest:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_DeleteGroupsRequest, data, version, 'DeleteGroupsRequest', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_DeleteGroupsRequest, self, version, 'DeleteGroupsRequest')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_DeleteGroupsRequest, self, version, 'DeleteGroupsRequest')


@dataclass(slots=True)
class DeleteGroupsResponse:
    """DeleteGroupsResponse (API key 42, versions 0-2).

    Generated from DeleteGroupsResponse.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = 42
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 2
    LATEST_VERSION: ClassVar[int] = 2
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
    FLEXIBLE_MIN: ClassVar[int | None] = 2
    #: Who serves this request in Kafka (empty for responses).
    LISTENERS: ClassVar[tuple[str, ...]] = ()
    FIELDS: ClassVar[tuple[FieldInfo, ...]]

    @dataclass(slots=True)
    class DeletableGroupResult:
        FIELDS: ClassVar[tuple[FieldInfo, ...]]

        #: The group id.
        group_id: str = ''
        #: The deletion error, or 0 if the deletion succeeded.
        error_code: int = 0
        #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
        unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    #: The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    throttle_time_ms: int = 0
    #: The deletion results.
    results: list[DeleteGroupsResponse.DeletableGroupResult] = field(default_factory=list)
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> DeleteGroupsResponse:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_DeleteGroupsResponse, data, version, 'DeleteGroupsResponse', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_DeleteGroupsResponse, self, version, 'DeleteGroupsResponse')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_DeleteGroupsResponse, self, version, 'DeleteGroupsResponse')

def _d_DeleteGroupsRequest_v0(B: memoryview, P: int) -> tuple[DeleteGroupsRequest, int]:
    (n_f0,) = _S_i.unpack_from(B, P)
    P += 4
    f0: list[str]
    if n_f0 < 0:
        raise DecodeError(f'non-nullable array GroupsNames has length {n_f0}')
    else:
        if n_f0 > len(B) - P:
            raise DecodeError(f'array length {n_f0} exceeds the buffer')
        f0 = []
        for _ in range(n_f0):
            e_f0, P = read_string(B, P)
            f0.append(e_f0)
    return _C_DeleteGroupsRequest(f0, None), P


def _d_DeleteGroupsRequest_v2(B: memoryview, P: int) -> tuple[DeleteGroupsRequest, int]:
    n_f0 = B[P]
    if n_f0 < 0x80:
        P += 1
    else:
        n_f0, P = read_uvarint(B, P)
    n_f0 -= 1
    f0: list[str]
    if n_f0 < 0:
        raise DecodeError(f'non-nullable array GroupsNames has length {n_f0}')
    else:
        if n_f0 > len(B) - P:
            raise DecodeError(f'array length {n_f0} exceeds the buffer')
        f0 = []
        for _ in range(n_f0):
            e_f0, P = read_compact_string(B, P)
            f0.append(e_f0)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_DeleteGroupsRequest(f0, tf), P


def _e_DeleteGroupsRequest_v0(o: DeleteGroupsRequest, O: bytearray) -> None:
    a0 = o.groups_names
    if a0 is None:
        raise EncodeError('non-nullable array GroupsNames is None')
    O += _S_i.pack(len(a0))
    for e_a0 in a0:
        write_string(O, e_a0)


def _e_DeleteGroupsRequest_v2(o: DeleteGroupsRequest, O: bytearray) -> None:
    a0 = o.groups_names
    if a0 is None:
        raise EncodeError('non-nullable array GroupsNames is None')
    write_uvarint(O, len(a0) + 1)
    for e_a0 in a0:
        write_compact_string(O, e_a0)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _d_DeleteGroupsResponse_DeletableGroupResult_v0(B: memoryview, P: int) -> tuple[DeleteGroupsResponse.DeletableGroupResult, int]:
    f0, P = read_string(B, P)
    (f1,) = _S_h.unpack_from(B, P)
    P += 2
    return _C_DeleteGroupsResponse_DeletableGroupResult(f0, f1, None), P


def _d_DeleteGroupsResponse_v0(B: memoryview, P: int) -> tuple[DeleteGroupsResponse, int]:
    (f0, n_f1,) = _S_ii.unpack_from(B, P)
    P += 8
    f1: list[DeleteGroupsResponse.DeletableGroupResult]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Results has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_DeleteGroupsResponse_DeletableGroupResult_v0(B, P)
            f1.append(e_f1)
    return _C_DeleteGroupsResponse(f0, f1, None), P


def _d_DeleteGroupsResponse_DeletableGroupResult_v2(B: memoryview, P: int) -> tuple[DeleteGroupsResponse.DeletableGroupResult, int]:
    f0, P = read_compact_string(B, P)
    (f1,) = _S_h.unpack_from(B, P)
    P += 2
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_DeleteGroupsResponse_DeletableGroupResult(f0, f1, tf), P


def _d_DeleteGroupsResponse_v2(B: memoryview, P: int) -> tuple[DeleteGroupsResponse, int]:
    (f0,) = _S_i.unpack_from(B, P)
    P += 4
    n_f1 = B[P]
    if n_f1 < 0x80:
        P += 1
    else:
        n_f1, P = read_uvarint(B, P)
    n_f1 -= 1
    f1: list[DeleteGroupsResponse.DeletableGroupResult]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Results has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_DeleteGroupsResponse_DeletableGroupResult_v2(B, P)
            f1.append(e_f1)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_DeleteGroupsResponse(f0, f1, tf), P


def _e_DeleteGroupsResponse_DeletableGroupResult_v0(o: DeleteGroupsResponse.DeletableGroupResult, O: bytearray) -> None:
    write_string(O, o.group_id)
    O += _S_h.pack(o.error_code)


def _e_DeleteGroupsResponse_v0(o: DeleteGroupsResponse, O: bytearray) -> None:
    a1 = o.results
    if a1 is None:
        raise EncodeError('non-nullable array Results is None')
    O += _S_ii.pack(o.throttle_time_ms, len(a1))
    for e_a1 in a1:
        _e_DeleteGroupsResponse_DeletableGroupResult_v0(e_a1, O)


def _e_DeleteGroupsResponse_DeletableGroupResult_v2(o: DeleteGroupsResponse.DeletableGroupResult, O: bytearray) -> None:
    write_compact_string(O, o.group_id)
    O += _S_h.pack(o.error_code)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_DeleteGroupsResponse_v2(o: DeleteGroupsResponse, O: bytearray) -> None:
    O += _S_i.pack(o.throttle_time_ms)
    a1 = o.results
    if a1 is None:
        raise EncodeError('non-nullable array Results is None')
    write_uvarint(O, len(a1) + 1)
    for e_a1 in a1:
        _e_DeleteGroupsResponse_DeletableGroupResult_v2(e_a1, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


_C_DeleteGroupsRequest = DeleteGroupsRequest
_DEC_DeleteGroupsRequest: dict[int, Decoder[DeleteGroupsRequest]] = {
    0: _d_DeleteGroupsRequest_v0,
    1: _d_DeleteGroupsRequest_v0,
    2: _d_DeleteGroupsRequest_v2,
}
_ENC_DeleteGroupsRequest: dict[int, Encoder[DeleteGroupsRequest]] = {
    0: _e_DeleteGroupsRequest_v0,
    1: _e_DeleteGroupsRequest_v0,
    2: _e_DeleteGroupsRequest_v2,
}
DeleteGroupsRequest.FIELDS = (
    FieldInfo('GroupsNames', 'groups_names', '[]string', (0, OPEN), None, None, None, False, 'groupId', None, None),
)

_C_DeleteGroupsResponse = DeleteGroupsResponse
_C_DeleteGroupsResponse_DeletableGroupResult = DeleteGroupsResponse.DeletableGroupResult
_DEF_C_DeleteGroupsResponse_DeletableGroupResult = _C_DeleteGroupsResponse_DeletableGroupResult()
_DEC_DeleteGroupsResponse: dict[int, Decoder[DeleteGroupsResponse]] = {
    0: _d_DeleteGroupsResponse_v0,
    1: _d_DeleteGroupsResponse_v0,
    2: _d_DeleteGroupsResponse_v2,
}
_ENC_DeleteGroupsResponse: dict[int, Encoder[DeleteGroupsResponse]] = {
    0: _e_DeleteGroupsResponse_v0,
    1: _e_DeleteGroupsResponse_v0,
    2: _e_DeleteGroupsResponse_v2,
}
DeleteGroupsResponse.FIELDS = (
    FieldInfo('ThrottleTimeMs', 'throttle_time_ms', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Results', 'results', '[]DeletableGroupResult', (0, OPEN), None, None, None, False, None, None, _C_DeleteGroupsResponse_DeletableGroupResult),
)
DeleteGroupsResponse.DeletableGroupResult.FIELDS = (
    FieldInfo('GroupId', 'group_id', 'string', (0, OPEN), None, None, None, False, 'groupId', None, None),
    FieldInfo('ErrorCode', 'error_code', 'int16', (0, OPEN), None, None, None, False, None, None, None),
)
