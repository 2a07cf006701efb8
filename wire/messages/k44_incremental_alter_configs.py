"""API key 44: IncrementalAlterConfigs.

GENERATED - DO NOT EDIT. Written by ``python -m wire.generator`` from Apache Kafka 4.1.1's
message definitions (IncrementalAlterConfigsRequest.json, IncrementalAlterConfigsResponse.json).
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
_S_b = struct.Struct('>b')
_S_h = struct.Struct('>h')
_S_i = struct.Struct('>i')
_S_ii = struct.Struct('>ii')


@dataclass(slots=True)
class IncrementalAlterConfigsRequest:
    """IncrementalAlterConfigsRequest (API key 44, versions 0-1).

    Generated from IncrementalAlterConfigsRequest.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = 44
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 1
    LATEST_VERSION: ClassVar[int] = 1
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
    FLEXIBLE_MIN: ClassVar[int | None] = 1
    #: Who serves this request in Kafka (empty for responses).
    LISTENERS: ClassVar[tuple[str, ...]] = ('broker', 'controller')
    FIELDS: ClassVar[tuple[FieldInfo, ...]]

    @dataclass(slots=True)
    class AlterConfigsResource:
        FIELDS: ClassVar[tuple[FieldInfo, ...]]

        @dataclass(slots=True)
        class AlterableConfig:
            FIELDS: ClassVar[tuple[FieldInfo, ...]]

            #: The configuration key name.
            name: str = ''
            #: The type (Set, Delete, Append, Subtract) of operation.
            config_operation: int = 0
            #: The value to set for the configuration key.
            value: str | None = ''
            #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
            unknown_tagged_fields: list[tuple[int, bytes]] | None = None

        #: The resource type.
        resource_type: int = 0
        #: The resource name.
        resource_name: str = ''
        #: The configurations.
        configs: list[IncrementalAlterConfigsRequest.AlterConfigsResource.AlterableConfig] = field(default_factory=list)
        #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
        unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    AlterableConfig = AlterConfigsResource.AlterableConfig
    #: The incremental updates for each resource.
    resources: list[IncrementalAlterConfigsRequest.AlterConfigsResource] = field(default_factory=list)
    #: True if we should validate the request, but not change the configurations.
    validate_only: bool = False
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> IncrementalAlterConfigsRequest:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_IncrementalAlterConfigsRequest, data, version, 'IncrementalAlterConfigsRequest', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_IncrementalAlterConfigsRequest, self, version, 'IncrementalAlterConfigsRequest')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_IncrementalAlterConfigsRequest, self, version, 'IncrementalAlterConfigsRequest')


@dataclass(slots=True)
class IncrementalAlterConfigsResponse:
    """IncrementalAlterConfigsResponse (API key 44, versions 0-1).

    Generated from IncrementalAlterConfigsResponse.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = 44
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 1
    LATEST_VERSION: ClassVar[int] = 1
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
    FLEXIBLE_MIN: ClassVar[int | None] = 1
    #: Who serves this request in Kafka (empty for responses).
    LISTENERS: ClassVar[tuple[str, ...]] = ()
    FIELDS: ClassVar[tuple[FieldInfo, ...]]

    @dataclass(slots=True)
    class AlterConfigsResourceResponse:
        FIELDS: ClassVar[tuple[FieldInfo, ...]]

        #: The resource error code.
        error_code: int = 0
        #: The resource error message, or null if there was no error.
        error_message: str | None = ''
        #: The resource type.
        resource_type: int = 0
        #: The resource name.
        resource_name: str = ''
        #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
        unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    #: Duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    throttle_time_ms: int = 0
    #: The responses for each resource.
    responses: list[IncrementalAlterConfigsResponse.AlterConfigsResourceResponse] = field(default_factory=list)
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> IncrementalAlterConfigsResponse:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_IncrementalAlterConfigsResponse, data, version, 'IncrementalAlterConfigsResponse', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_IncrementalAlterConfigsResponse, self, version, 'IncrementalAlterConfigsResponse')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_IncrementalAlterConfigsResponse, self, version, 'IncrementalAlterConfigsResponse')

def _d_IncrementalAlterConfigsRequest_AlterConfigsResource_AlterableConfig_v0(B: memoryview, P: int) -> tuple[IncrementalAlterConfigsRequest.AlterConfigsResource.AlterableConfig, int]:
    f0, P = read_string(B, P)
    (f1,) = _S_b.unpack_from(B, P)
    P += 1
    f2, P = read_nullable_string(B, P)
    return _C_IncrementalAlterConfigsRequest_AlterConfigsResource_AlterableConfig(f0, f1, f2, None), P


def _d_IncrementalAlterConfigsRequest_AlterConfigsResource_v0(B: memoryview, P: int) -> tuple[IncrementalAlterConfigsRequest.AlterConfigsResource, int]:
    (f0,) = _S_b.unpack_from(B, P)
    P += 1
    f1, P = read_string(B, P)
    (n_f2,) = _S_i.unpack_from(B, P)
    P += 4
    f2: list[IncrementalAlterConfigsRequest.AlterConfigsResource.AlterableConfig]
    if n_f2 < 0:
        raise DecodeError(f'non-nullable array Configs has length {n_f2}')
    else:
        if n_f2 > len(B) - P:
            raise DecodeError(f'array length {n_f2} exceeds the buffer')
        f2 = []
        for _ in range(n_f2):
            e_f2, P = _d_IncrementalAlterConfigsRequest_AlterConfigsResource_AlterableConfig_v0(B, P)
            f2.append(e_f2)
    return _C_IncrementalAlterConfigsRequest_AlterConfigsResource(f0, f1, f2, None), P


def _d_IncrementalAlterConfigsRequest_v0(B: memoryview, P: int) -> tuple[IncrementalAlterConfigsRequest, int]:
    (n_f0,) = _S_i.unpack_from(B, P)
    P += 4
    f0: list[IncrementalAlterConfigsRequest.AlterConfigsResource]
    if n_f0 < 0:
        raise DecodeError(f'non-nullable array Resources has length {n_f0}')
    else:
        if n_f0 > len(B) - P:
            raise DecodeError(f'array length {n_f0} exceeds the buffer')
        f0 = []
        for _ in range(n_f0):
            e_f0, P = _d_IncrementalAlterConfigsRequest_AlterConfigsResource_v0(B, P)
            f0.append(e_f0)
    (f1,) = _S_o.unpack_from(B, P)
    P += 1
    return _C_IncrementalAlterConfigsRequest(f0, f1, None), P


def _d_IncrementalAlterConfigsRequest_AlterConfigsResource_AlterableConfig_v1(B: memoryview, P: int) -> tuple[IncrementalAlterConfigsRequest.AlterConfigsResource.AlterableConfig, int]:
    f0, P = read_compact_string(B, P)
    (f1,) = _S_b.unpack_from(B, P)
    P += 1
    f2, P = read_compact_nullable_string(B, P)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_IncrementalAlterConfigsRequest_AlterConfigsResource_AlterableConfig(f0, f1, f2, tf), P


def _d_IncrementalAlterConfigsRequest_AlterConfigsResource_v1(B: memoryview, P: int) -> tuple[IncrementalAlterConfigsRequest.AlterConfigsResource, int]:
    (f0,) = _S_b.unpack_from(B, P)
    P += 1
    f1, P = read_compact_string(B, P)
    n_f2 = B[P]
    if n_f2 < 0x80:
        P += 1
    else:
        n_f2, P = read_uvarint(B, P)
    n_f2 -= 1
    f2: list[IncrementalAlterConfigsRequest.AlterConfigsResource.AlterableConfig]
    if n_f2 < 0:
        raise DecodeError(f'non-nullable array Configs has length {n_f2}')
    else:
        if n_f2 > len(B) - P:
            raise DecodeError(f'array length {n_f2} exceeds the buffer')
        f2 = []
        for _ in range(n_f2):
            e_f2, P = _d_IncrementalAlterConfigsRequest_AlterConfigsResource_AlterableConfig_v1(B, P)
            f2.append(e_f2)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_IncrementalAlterConfigsRequest_AlterConfigsResource(f0, f1, f2, tf), P


def _d_IncrementalAlterConfigsRequest_v1(B: memoryview, P: int) -> tuple[IncrementalAlterConfigsRequest, int]:
    n_f0 = B[P]
    if n_f0 < 0x80:
        P += 1
    else:
        n_f0, P = read_uvarint(B, P)
    n_f0 -= 1
    f0: list[IncrementalAlterConfigsRequest.AlterConfigsResource]
    if n_f0 < 0:
        raise DecodeError(f'non-nullable array Resources has length {n_f0}')
    else:
        if n_f0 > len(B) - P:
            raise DecodeError(f'array length {n_f0} exceeds the buffer')
        f0 = []
        for _ in range(n_f0):
            e_f0, P = _d_IncrementalAlterConfigsRequest_AlterConfigsResource_v1(B, P)
            f0.append(e_f0)
    (f1,) = _S_o.unpack_from(B, P)
    P += 1
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_IncrementalAlterConfigsRequest(f0, f1, tf), P


def _e_IncrementalAlterConfigsRequest_AlterConfigsResource_AlterableConfig_v0(o: IncrementalAlterConfigsRequest.AlterConfigsResource.AlterableConfig, O: bytearray) -> None:
    write_string(O, o.name)
    O += _S_b.pack(o.config_operation)
    write_nullable_string(O, o.value)


def _e_IncrementalAlterConfigsRequest_AlterConfigsResource_v0(o: IncrementalAlterConfigsRequest.AlterConfigsResource, O: bytearray) -> None:
    O += _S_b.pack(o.resource_type)
    write_string(O, o.resource_name)
    a2 = o.configs
    if a2 is None:
        raise EncodeError('non-nullable array Configs is None')
    O += _S_i.pack(len(a2))
    for e_a2 in a2:
        _e_IncrementalAlterConfigsRequest_AlterConfigsResource_AlterableConfig_v0(e_a2, O)


def _e_IncrementalAlterConfigsRequest_v0(o: IncrementalAlterConfigsRequest, O: bytearray) -> None:
    a0 = o.resources
    if a0 is None:
        raise EncodeError('non-nullable array Resources is None')
    O += _S_i.pack(len(a0))
    for e_a0 in a0:
        _e_IncrementalAlterConfigsRequest_AlterConfigsResource_v0(e_a0, O)
    O += _S_o.pack(o.validate_only)


def _e_IncrementalAlterConfigsRequest_AlterConfigsResource_AlterableConfig_v1(o: IncrementalAlterConfigsRequest.AlterConfigsResource.AlterableConfig, O: bytearray) -> None:
    write_compact_string(O, o.name)
    O += _S_b.pack(o.config_operation)
    write_compact_nullable_string(O, o.value)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_IncrementalAlterConfigsRequest_AlterConfigsResource_v1(o: IncrementalAlterConfigsRequest.AlterConfigsResource, O: bytearray) -> None:
    O += _S_b.pack(o.resource_type)
    write_compact_string(O, o.resource_name)
    a2 = o.configs
    if a2 is None:
        raise EncodeError('non-nullable array Configs is None')
    write_uvarint(O, len(a2) + 1)
    for e_a2 in a2:
        _e_IncrementalAlterConfigsRequest_AlterConfigsResource_AlterableConfig_v1(e_a2, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_IncrementalAlterConfigsRequest_v1(o: IncrementalAlterConfigsRequest, O: bytearray) -> None:
    a0 = o.resources
    if a0 is None:
        raise EncodeError('non-nullable array Resources is None')
    write_uvarint(O, len(a0) + 1)
    for e_a0 in a0:
        _e_IncrementalAlterConfigsRequest_AlterConfigsResource_v1(e_a0, O)
    O += _S_o.pack(o.validate_only)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _d_IncrementalAlterConfigsResponse_AlterConfigsResourceResponse_v0(B: memoryview, P: int) -> tuple[IncrementalAlterConfigsResponse.AlterConfigsResourceResponse, int]:
    (f0,) = _S_h.unpack_from(B, P)
    P += 2
    f1, P = read_nullable_string(B, P)
    (f2,) = _S_b.unpack_from(B, P)
    P += 1
    f3, P = read_string(B, P)
    return _C_IncrementalAlterConfigsResponse_AlterConfigsResourceResponse(f0, f1, f2, f3, None), P


def _d_IncrementalAlterConfigsResponse_v0(B: memoryview, P: int) -> tuple[IncrementalAlterConfigsResponse, int]:
    (f0, n_f1,) = _S_ii.unpack_from(B, P)
    P += 8
    f1: list[IncrementalAlterConfigsResponse.AlterConfigsResourceResponse]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Responses has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_IncrementalAlterConfigsResponse_AlterConfigsResourceResponse_v0(B, P)
            f1.append(e_f1)
    return _C_IncrementalAlterConfigsResponse(f0, f1, None), P


def _d_IncrementalAlterConfigsResponse_AlterConfigsResourceResponse_v1(B: memoryview, P: int) -> tuple[IncrementalAlterConfigsResponse.AlterConfigsResourceResponse, int]:
    (f0,) = _S_h.unpack_from(B, P)
    P += 2
    f1, P = read_compact_nullable_string(B, P)
    (f2,) = _S_b.unpack_from(B, P)
    P += 1
    f3, P = read_compact_string(B, P)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_IncrementalAlterConfigsResponse_AlterConfigsResourceResponse(f0, f1, f2, f3, tf), P


def _d_IncrementalAlterConfigsResponse_v1(B: memoryview, P: int) -> tuple[IncrementalAlterConfigsResponse, int]:
    (f0,) = _S_i.unpack_from(B, P)
    P += 4
    n_f1 = B[P]
    if n_f1 < 0x80:
        P += 1
    else:
        n_f1, P = read_uvarint(B, P)
    n_f1 -= 1
    f1: list[IncrementalAlterConfigsResponse.AlterConfigsResourceResponse]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Responses has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_IncrementalAlterConfigsResponse_AlterConfigsResourceResponse_v1(B, P)
            f1.append(e_f1)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_IncrementalAlterConfigsResponse(f0, f1, tf), P


def _e_IncrementalAlterConfigsResponse_AlterConfigsResourceResponse_v0(o: IncrementalAlterConfigsResponse.AlterConfigsResourceResponse, O: bytearray) -> None:
    O += _S_h.pack(o.error_code)
    write_nullable_string(O, o.error_message)
    O += _S_b.pack(o.resource_type)
    write_string(O, o.resource_name)


def _e_IncrementalAlterConfigsResponse_v0(o: IncrementalAlterConfigsResponse, O: bytearray) -> None:
    a1 = o.responses
    if a1 is None:
        raise EncodeError('non-nullable array Responses is None')
    O += _S_ii.pack(o.throttle_time_ms, len(a1))
    for e_a1 in a1:
        _e_IncrementalAlterConfigsResponse_AlterConfigsResourceResponse_v0(e_a1, O)


def _e_IncrementalAlterConfigsResponse_AlterConfigsResourceResponse_v1(o: IncrementalAlterConfigsResponse.AlterConfigsResourceResponse, O: bytearray) -> None:
    O += _S_h.pack(o.error_code)
    write_compact_nullable_string(O, o.error_message)
    O += _S_b.pack(o.resource_type)
    write_compact_string(O, o.resource_name)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_IncrementalAlterConfigsResponse_v1(o: IncrementalAlterConfigsResponse, O: bytearray) -> None:
    O += _S_i.pack(o.throttle_time_ms)
    a1 = o.responses
    if a1 is None:
        raise EncodeError('non-nullable array Responses is None')
    write_uvarint(O, len(a1) + 1)
    for e_a1 in a1:
        _e_IncrementalAlterConfigsResponse_AlterConfigsResourceResponse_v1(e_a1, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


_C_IncrementalAlterConfigsRequest = IncrementalAlterConfigsRequest
_C_IncrementalAlterConfigsRequest_AlterConfigsResource = IncrementalAlterConfigsRequest.AlterConfigsResource
_C_IncrementalAlterConfigsRequest_AlterConfigsResource_AlterableConfig = IncrementalAlterConfigsRequest.AlterConfigsResource.AlterableConfig
_DEF_C_IncrementalAlterConfigsRequest_AlterConfigsResource = _C_IncrementalAlterConfigsRequest_AlterConfigsResource()
_DEF_C_IncrementalAlterConfigsRequest_AlterConfigsResource_AlterableConfig = _C_IncrementalAlterConfigsRequest_AlterConfigsResource_AlterableConfig()
_DEC_IncrementalAlterConfigsRequest: dict[int, Decoder[IncrementalAlterConfigsRequest]] = {
    0: _d_IncrementalAlterConfigsRequest_v0,
    1: _d_IncrementalAlterConfigsRequest_v1,
}
_ENC_IncrementalAlterConfigsRequest: dict[int, Encoder[IncrementalAlterConfigsRequest]] = {
    0: _e_IncrementalAlterConfigsRequest_v0,
    1: _e_IncrementalAlterConfigsRequest_v1,
}
IncrementalAlterConfigsRequest.FIELDS = (
    FieldInfo('Resources', 'resources', '[]AlterConfigsResource', (0, OPEN), None, None, None, False, None, None, _C_IncrementalAlterConfigsRequest_AlterConfigsResource),
    FieldInfo('ValidateOnly', 'validate_only', 'bool', (0, OPEN), None, None, None, False, None, None, None),
)
IncrementalAlterConfigsRequest.AlterConfigsResource.FIELDS = (
    FieldInfo('ResourceType', 'resource_type', 'int8', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('ResourceName', 'resource_name', 'string', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Configs', 'configs', '[]AlterableConfig', (0, OPEN), None, None, None, False, None, None, _C_IncrementalAlterConfigsRequest_AlterConfigsResource_AlterableConfig),
)
IncrementalAlterConfigsRequest.AlterConfigsResource.AlterableConfig.FIELDS = (
    FieldInfo('Name', 'name', 'string', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('ConfigOperation', 'config_operation', 'int8', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Value', 'value', 'string', (0, OPEN), (0, OPEN), None, None, False, None, None, None),
)

_C_IncrementalAlterConfigsResponse = IncrementalAlterConfigsResponse
_C_IncrementalAlterConfigsResponse_AlterConfigsResourceResponse = IncrementalAlterConfigsResponse.AlterConfigsResourceResponse
_DEF_C_IncrementalAlterConfigsResponse_AlterConfigsResourceResponse = _C_IncrementalAlterConfigsResponse_AlterConfigsResourceResponse()
_DEC_IncrementalAlterConfigsResponse: dict[int, Decoder[IncrementalAlterConfigsResponse]] = {
    0: _d_IncrementalAlterConfigsResponse_v0,
    1: _d_IncrementalAlterConfigsResponse_v1,
}
_ENC_IncrementalAlterConfigsResponse: dict[int, Encoder[IncrementalAlterConfigsResponse]] = {
    0: _e_IncrementalAlterConfigsResponse_v0,
    1: _e_IncrementalAlterConfigsResponse_v1,
}
IncrementalAlterConfigsResponse.FIELDS = (
    FieldInfo('ThrottleTimeMs', 'throttle_time_ms', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Responses', 'responses', '[]AlterConfigsResourceResponse', (0, OPEN), None, None, None, False, None, None, _C_IncrementalAlterConfigsResponse_AlterConfigsResourceResponse),
)
IncrementalAlterConfigsResponse.AlterConfigsResourceResponse.FIELDS = (
    FieldInfo('ErrorCode', 'error_code', 'int16', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('ErrorMessage', 'error_message', 'string', (0, OPEN), (0, OPEN), None, None, False, None, None, None),
    FieldInfo('ResourceType', 'resource_type', 'int8', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('ResourceName', 'resource_name', 'string', (0, OPEN), None, None, None, False, None, None, None),
)
