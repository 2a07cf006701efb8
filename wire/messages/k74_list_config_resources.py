"""API key 74: ListConfigResources.

GENERATED - DO NOT EDIT. Written by ``python -m wire.generator`` from Apache Kafka 4.1.1's
message definitions (ListConfigResourcesRequest.json, ListConfigResourcesResponse.json).
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
_S_ih = struct.Struct('>ih')


@dataclass(slots=True)
class ListConfigResourcesRequest:
    """ListConfigResourcesRequest (API key 74, versions 0-1).

    Generated from ListConfigResourcesRequest.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = 74
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 1
    LATEST_VERSION: ClassVar[int] = 1
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
    FLEXIBLE_MIN: ClassVar[int | None] = 0
    #: Who serves this request in Kafka (empty for responses).
    LISTENERS: ClassVar[tuple[str, ...]] = ('broker',)
    FIELDS: ClassVar[tuple[FieldInfo, ...]]

    #: The list of resource type. If the list is empty, it uses default supported config resource types.
    resource_types: list[int] = field(default_factory=list)
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> ListConfigResourcesRequest:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_ListConfigResourcesRequest, data, version, 'ListConfigResourcesRequest', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_ListConfigResourcesRequest, self, version, 'ListConfigResourcesRequest')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_ListConfigResourcesRequest, self, version, 'ListConfigResourcesRequest')


@dataclass(slots=True)
class ListConfigResourcesResponse:
    """ListConfigResourcesResponse (API key 74, versions 0-1).

    Generated from ListConfigResourcesResponse.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = 74
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 1
    LATEST_VERSION: ClassVar[int] = 1
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
    FLEXIBLE_MIN: ClassVar[int | None] = 0
    #: Who serves this request in Kafka (empty for responses).
    LISTENERS: ClassVar[tuple[str, ...]] = ()
    FIELDS: ClassVar[tuple[FieldInfo, ...]]

    @dataclass(slots=True)
    class ConfigResource:
        FIELDS: ClassVar[tuple[FieldInfo, ...]]

        #: The resource name.
        resource_name: str = ''
        #: The resource type.
        resource_type: int = 16
        #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
        unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    #: The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    throttle_time_ms: int = 0
    #: The error code, or 0 if there was no error.
    error_code: int = 0
    #: Each config resource in the response.
    config_resources: list[ListConfigResourcesResponse.ConfigResource] = field(default_factory=list)
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> ListConfigResourcesResponse:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_ListConfigResourcesResponse, data, version, 'ListConfigResourcesResponse', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_ListConfigResourcesResponse, self, version, 'ListConfigResourcesResponse')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_ListConfigResourcesResponse, self, version, 'ListConfigResourcesResponse')

def _d_ListConfigResourcesRequest_v0(B: memoryview, P: int) -> tuple[ListConfigResourcesRequest, int]:
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_ListConfigResourcesRequest([], tf), P


def _d_ListConfigResourcesRequest_v1(B: memoryview, P: int) -> tuple[ListConfigResourcesRequest, int]:
    n_f0 = B[P]
    if n_f0 < 0x80:
        P += 1
    else:
        n_f0, P = read_uvarint(B, P)
    n_f0 -= 1
    f0: list[int]
    if n_f0 < 0:
        raise DecodeError(f'non-nullable array ResourceTypes has length {n_f0}')
    else:
        check_count(n_f0, B, P)
        f0 = list(struct.unpack_from('>%db' % n_f0, B, P))
        P += n_f0 * 1
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_ListConfigResourcesRequest(f0, tf), P


def _e_ListConfigResourcesRequest_v0(o: ListConfigResourcesRequest, O: bytearray) -> None:
    if bool(o.resource_types):
        raise EncodeError('ListConfigResourcesRequest.ResourceTypes is not supported in version 0')
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_ListConfigResourcesRequest_v1(o: ListConfigResourcesRequest, O: bytearray) -> None:
    a0 = o.resource_types
    if a0 is None:
        raise EncodeError('non-nullable array ResourceTypes is None')
    write_uvarint(O, len(a0) + 1)
    O += struct.pack('>%db' % len(a0), *a0)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _d_ListConfigResourcesResponse_ConfigResource_v0(B: memoryview, P: int) -> tuple[ListConfigResourcesResponse.ConfigResource, int]:
    f0, P = read_compact_string(B, P)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_ListConfigResourcesResponse_ConfigResource(f0, 16, tf), P


def _d_ListConfigResourcesResponse_v0(B: memoryview, P: int) -> tuple[ListConfigResourcesResponse, int]:
    (f0, f1,) = _S_ih.unpack_from(B, P)
    P += 6
    n_f2 = B[P]
    if n_f2 < 0x80:
        P += 1
    else:
        n_f2, P = read_uvarint(B, P)
    n_f2 -= 1
    f2: list[ListConfigResourcesResponse.ConfigResource]
    if n_f2 < 0:
        raise DecodeError(f'non-nullable array ConfigResources has length {n_f2}')
    else:
        if n_f2 > len(B) - P:
            raise DecodeError(f'array length {n_f2} exceeds the buffer')
        f2 = []
        for _ in range(n_f2):
            e_f2, P = _d_ListConfigResourcesResponse_ConfigResource_v0(B, P)
            f2.append(e_f2)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_ListConfigResourcesResponse(f0, f1, f2, tf), P


def _d_ListConfigResourcesResponse_ConfigResource_v1(B: memoryview, P: int) -> tuple[ListConfigResourcesResponse.ConfigResource, int]:
    f0, P = read_compact_string(B, P)
    (f1,) = _S_b.unpack_from(B, P)
    P += 1
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_ListConfigResourcesResponse_ConfigResource(f0, f1, tf), P


def _d_ListConfigResourcesResponse_v1(B: memoryview, P: int) -> tuple[ListConfigResourcesResponse, int]:
    (f0, f1,) = _S_ih.unpack_from(B, P)
    P += 6
    n_f2 = B[P]
    if n_f2 < 0x80:
        P += 1
    else:
        n_f2, P = read_uvarint(B, P)
    n_f2 -= 1
    f2: list[ListConfigResourcesResponse.ConfigResource]
    if n_f2 < 0:
        raise DecodeError(f'non-nullable array ConfigResources has length {n_f2}')
    else:
        if n_f2 > len(B) - P:
            raise DecodeError(f'array length {n_f2} exceeds the buffer')
        f2 = []
        for _ in range(n_f2):
            e_f2, P = _d_ListConfigResourcesResponse_ConfigResource_v1(B, P)
            f2.append(e_f2)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_ListConfigResourcesResponse(f0, f1, f2, tf), P


def _e_ListConfigResourcesResponse_ConfigResource_v0(o: ListConfigResourcesResponse.ConfigResource, O: bytearray) -> None:
    write_compact_string(O, o.resource_name)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_ListConfigResourcesResponse_v0(o: ListConfigResourcesResponse, O: bytearray) -> None:
    O += _S_ih.pack(o.throttle_time_ms, o.error_code)
    a2 = o.config_resources
    if a2 is None:
        raise EncodeError('non-nullable array ConfigResources is None')
    write_uvarint(O, len(a2) + 1)
    for e_a2 in a2:
        _e_ListConfigResourcesResponse_ConfigResource_v0(e_a2, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_ListConfigResourcesResponse_ConfigResource_v1(o: ListConfigResourcesResponse.ConfigResource, O: bytearray) -> None:
    write_compact_string(O, o.resource_name)
    O += _S_b.pack(o.resource_type)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_ListConfigResourcesResponse_v1(o: ListConfigResourcesResponse, O: bytearray) -> None:
    O += _S_ih.pack(o.throttle_time_ms, o.error_code)
    a2 = o.config_resources
    if a2 is None:
        raise EncodeError('non-nullable array ConfigResources is None')
    write_uvarint(O, len(a2) + 1)
    for e_a2 in a2:
        _e_ListConfigResourcesResponse_ConfigResource_v1(e_a2, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


_C_ListConfigResourcesRequest = ListConfigResourcesRequest
_DEC_ListConfigResourcesRequest: dict[int, Decoder[ListConfigResourcesRequest]] = {
    0: _d_ListConfigResourcesRequest_v0,
    1: _d_ListConfigResourcesRequest_v1,
}
_ENC_ListConfigResourcesRequest: dict[int, Encoder[ListConfigResourcesRequest]] = {
    0: _e_ListConfigResourcesRequest_v0,
    1: _e_ListConfigResourcesRequest_v1,
}
ListConfigResourcesRequest.FIELDS = (
    FieldInfo('ResourceTypes', 'resource_types', '[]int8', (1, OPEN), None, None, None, False, None, None, None),
)

_C_ListConfigResourcesResponse = ListConfigResourcesResponse
_C_ListConfigResourcesResponse_ConfigResource = ListConfigResourcesResponse.ConfigResource
_DEF_C_ListConfigResourcesResponse_ConfigResource = _C_ListConfigResourcesResponse_ConfigResource()
_DEC_ListConfigResourcesResponse: dict[int, Decoder[ListConfigResourcesResponse]] = {
    0: _d_ListConfigResourcesResponse_v0,
    1: _d_ListConfigResourcesResponse_v1,
}
_ENC_ListConfigResourcesResponse: dict[int, Encoder[ListConfigResourcesResponse]] = {
    0: _e_ListConfigResourcesResponse_v0,
    1: _e_ListConfigResourcesResponse_v1,
}
ListConfigResourcesResponse.FIELDS = (
    FieldInfo('ThrottleTimeMs', 'throttle_time_ms', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('ErrorCode', 'error_code', 'int16', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('ConfigResources', 'config_resources', '[]ConfigResource', (0, OPEN), None, None, None, False, None, None, _C_ListConfigResourcesResponse_ConfigResource),
)
ListConfigResourcesResponse.ConfigResource.FIELDS = (
    FieldInfo('ResourceName', 'resource_name', 'string', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('ResourceType', 'resource_type', 'int8', (1, OPEN), None, None, None, True, None, None, None),
)
