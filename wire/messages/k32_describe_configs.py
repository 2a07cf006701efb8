"""API key 32: DescribeConfigs.

GENERATED - DO NOT EDIT. Written by ``python -m wire.generator`` from Apache Kafka 4.1.1's
message definitions (DescribeConfigsRequest.json, DescribeConfigsResponse.json).
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
_S_obo = struct.Struct('>?b?')
_S_oboi = struct.Struct('>?b?i')
_S_b = struct.Struct('>b')
_S_h = struct.Struct('>h')
_S_i = struct.Struct('>i')
_S_ii = struct.Struct('>ii')


@dataclass(slots=True)
class DescribeConfigsRequest:
    """DescribeConfigsRequest (API key 32, versions 1-4).

    Generated from DescribeConfigsRequest.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = 32
    MIN_VERSION: ClassVar[int] = 1
    MAX_VERSION: ClassVar[int] = 4
    LATEST_VERSION: ClassVar[int] = 4
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
    FLEXIBLE_MIN: ClassVar[int | None] = 4
    #: Who serves this request in Kafka (empty for responses).
    LISTENERS: ClassVar[tuple[str, ...]] = ('broker', 'controller')
    FIELDS: ClassVar[tuple[FieldInfo, ...]]

    @dataclass(slots=True)
    class DescribeConfigsResource:
        FIELDS: ClassVar[tuple[FieldInfo, ...]]

        #: The resource type.
        resource_type: int = 0
        #: The resource name.
        resource_name: str = ''
        #: The configuration keys to list, or null to list all configuration keys.
        configuration_keys: list[str] | None = field(default_factory=list)
        #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
        unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    #: The resources whose configurations we want to describe.
    resources: list[DescribeConfigsRequest.DescribeConfigsResource] = field(default_factory=list)
    #: True if we should include all synonyms.
    include_synonyms: bool = False
    #: True if we should include configuration documentation.
    include_documentation: bool = False
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> DescribeConfigsRequest:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_DescribeConfigsRequest, data, version, 'DescribeConfigsRequest', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_DescribeConfigsRequest, self, version, 'DescribeConfigsRequest')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_DescribeConfigsRequest, self, version, 'DescribeConfigsRequest')


@dataclass(slots=True)
class DescribeConfigsResponse:
    """DescribeConfigsResponse (API key 32, versions 1-4).

    Generated from DescribeConfigsResponse.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = 32
    MIN_VERSION: ClassVar[int] = 1
    MAX_VERSION: ClassVar[int] = 4
    LATEST_VERSION: ClassVar[int] = 4
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
    FLEXIBLE_MIN: ClassVar[int | None] = 4
    #: Who serves this request in Kafka (empty for responses).
    LISTENERS: ClassVar[tuple[str, ...]] = ()
    FIELDS: ClassVar[tuple[FieldInfo, ...]]

    @dataclass(slots=True)
    class DescribeConfigsResult:
        FIELDS: ClassVar[tuple[FieldInfo, ...]]

        @dataclass(slots=True)
        class DescribeConfigsResourceResult:
            FIELDS: ClassVar[tuple[FieldInfo, ...]]

            @dataclass(slots=True)
            class DescribeConfigsSynonym:
                FIELDS: ClassVar[tuple[FieldInfo, ...]]

                #: The synonym name.
                name: str = ''
                #: The synonym value.
                value: str | None = ''
                #: The synonym source.
                source: int = 0
                #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
                unknown_tagged_fields: list[tuple[int, bytes]] | None = None

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
            #: The synonyms for this configuration key.
            synonyms: list[DescribeConfigsResponse.DescribeConfigsResult.DescribeConfigsResourceResult.DescribeConfigsSynonym] = field(default_factory=list)
            #: The configuration data type. Type can be one of the following values - BOOLEAN, STRING, INT, SHORT, LONG, DOUBLE, LIST, CLASS, PASSWORD.
            config_type: int = 0
            #: The configuration documentation.
            documentation: str | None = ''
            #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
            unknown_tagged_fields: list[tuple[int, bytes]] | None = None

        #: The error code, or 0 if we were able to successfully describe the configurations.
        error_code: int = 0
        #: The error message, or null if we were able to successfully describe the configurations.
        error_message: str | None = ''
        #: The resource type.
        resource_type: int = 0
        #: The resource name.
        resource_name: str = ''
        #: Each listed configuration.
        configs: list[DescribeConfigsResponse.DescribeConfigsResult.DescribeConfigsResourceResult] = field(default_factory=list)
        #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
        unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    DescribeConfigsSynonym = DescribeConfigsResult.DescribeConfigsResourceResult.DescribeConfigsSynonym
    DescribeConfigsResourceResult = DescribeConfigsResult.DescribeConfigsResourceResult
    #: The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    throttle_time_ms: int = 0
    #: The results for each resource.
    results: list[DescribeConfigsResponse.DescribeConfigsResult] = field(default_factory=list)
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> DescribeConfigsResponse:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_DescribeConfigsResponse, data, version, 'DescribeConfigsResponse', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_DescribeConfigsResponse, self, version, 'DescribeConfigsResponse')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_DescribeConfigsResponse, self, version, 'DescribeConfigsResponse')

def _d_DescribeConfigsRequest_DescribeConfigsResource_v1(B: memoryview, P: int) -> tuple[DescribeConfigsRequest.DescribeConfigsResource, int]:
    (f0,) = _S_b.unpack_from(B, P)
    P += 1
    f1, P = read_string(B, P)
    (n_f2,) = _S_i.unpack_from(B, P)
    P += 4
    f2: list[str] | None
    if n_f2 < 0:
        if n_f2 != -1:
            raise DecodeError(f'negative array length {n_f2}')
        f2 = None
    else:
        if n_f2 > len(B) - P:
            raise DecodeError(f'array length {n_f2} exceeds the buffer')
        f2 = []
        for _ in range(n_f2):
            e_f2, P = read_string(B, P)
            f2.append(e_f2)
    return _C_DescribeConfigsRequest_DescribeConfigsResource(f0, f1, f2, None), P


def _d_DescribeConfigsRequest_v1(B: memoryview, P: int) -> tuple[DescribeConfigsRequest, int]:
    (n_f0,) = _S_i.unpack_from(B, P)
    P += 4
    f0: list[DescribeConfigsRequest.DescribeConfigsResource]
    if n_f0 < 0:
        raise DecodeError(f'non-nullable array Resources has length {n_f0}')
    else:
        if n_f0 > len(B) - P:
            raise DecodeError(f'array length {n_f0} exceeds the buffer')
        f0 = []
        for _ in range(n_f0):
            e_f0, P = _d_DescribeConfigsRequest_DescribeConfigsResource_v1(B, P)
            f0.append(e_f0)
    (f1,) = _S_o.unpack_from(B, P)
    P += 1
    return _C_DescribeConfigsRequest(f0, f1, False, None), P


def _d_DescribeConfigsRequest_v3(B: memoryview, P: int) -> tuple[DescribeConfigsRequest, int]:
    (n_f0,) = _S_i.unpack_from(B, P)
    P += 4
    f0: list[DescribeConfigsRequest.DescribeConfigsResource]
    if n_f0 < 0:
        raise DecodeError(f'non-nullable array Resources has length {n_f0}')
    else:
        if n_f0 > len(B) - P:
            raise DecodeError(f'array length {n_f0} exceeds the buffer')
        f0 = []
        for _ in range(n_f0):
            e_f0, P = _d_DescribeConfigsRequest_DescribeConfigsResource_v1(B, P)
            f0.append(e_f0)
    (f1, f2,) = _S_oo.unpack_from(B, P)
    P += 2
    return _C_DescribeConfigsRequest(f0, f1, f2, None), P


def _d_DescribeConfigsRequest_DescribeConfigsResource_v4(B: memoryview, P: int) -> tuple[DescribeConfigsRequest.DescribeConfigsResource, int]:
    (f0,) = _S_b.unpack_from(B, P)
    P += 1
    f1, P = read_compact_string(B, P)
    n_f2 = B[P]
    if n_f2 < 0x80:
        P += 1
    else:
        n_f2, P = read_uvarint(B, P)
    n_f2 -= 1
    f2: list[str] | None
    if n_f2 < 0:
        if n_f2 != -1:
            raise DecodeError(f'negative array length {n_f2}')
        f2 = None
    else:
        if n_f2 > len(B) - P:
            raise DecodeError(f'array length {n_f2} exceeds the buffer')
        f2 = []
        for _ in range(n_f2):
            e_f2, P = read_compact_string(B, P)
            f2.append(e_f2)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_DescribeConfigsRequest_DescribeConfigsResource(f0, f1, f2, tf), P


def _d_DescribeConfigsRequest_v4(B: memoryview, P: int) -> tuple[DescribeConfigsRequest, int]:
    n_f0 = B[P]
    if n_f0 < 0x80:
        P += 1
    else:
        n_f0, P = read_uvarint(B, P)
    n_f0 -= 1
    f0: list[DescribeConfigsRequest.DescribeConfigsResource]
    if n_f0 < 0:
        raise DecodeError(f'non-nullable array Resources has length {n_f0}')
    else:
        if n_f0 > len(B) - P:
            raise DecodeError(f'array length {n_f0} exceeds the buffer')
        f0 = []
        for _ in range(n_f0):
            e_f0, P = _d_DescribeConfigsRequest_DescribeConfigsResource_v4(B, P)
            f0.append(e_f0)
    (f1, f2,) = _S_oo.unpack_from(B, P)
    P += 2
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_DescribeConfigsRequest(f0, f1, f2, tf), P


def _e_DescribeConfigsRequest_DescribeConfigsResource_v1(o: DescribeConfigsRequest.DescribeConfigsResource, O: bytearray) -> None:
    O += _S_b.pack(o.resource_type)
    write_string(O, o.resource_name)
    a2 = o.configuration_keys
    if a2 is None:
        O += b'\xff\xff\xff\xff'
    else:
        O += INT32.pack(len(a2))
        for e_a2 in a2:
            write_string(O, e_a2)


def _e_DescribeConfigsRequest_v1(o: DescribeConfigsRequest, O: bytearray) -> None:
    if o.include_documentation != False:
        raise EncodeError('DescribeConfigsRequest.IncludeDocumentation is not supported in version 1')
    a0 = o.resources
    if a0 is None:
        raise EncodeError('non-nullable array Resources is None')
    O += _S_i.pack(len(a0))
    for e_a0 in a0:
        _e_DescribeConfigsRequest_DescribeConfigsResource_v1(e_a0, O)
    O += _S_o.pack(o.include_synonyms)


def _e_DescribeConfigsRequest_v2(o: DescribeConfigsRequest, O: bytearray) -> None:
    if o.include_documentation != False:
        raise EncodeError('DescribeConfigsRequest.IncludeDocumentation is not supported in version 2')
    a0 = o.resources
    if a0 is None:
        raise EncodeError('non-nullable array Resources is None')
    O += _S_i.pack(len(a0))
    for e_a0 in a0:
        _e_DescribeConfigsRequest_DescribeConfigsResource_v1(e_a0, O)
    O += _S_o.pack(o.include_synonyms)


def _e_DescribeConfigsRequest_v3(o: DescribeConfigsRequest, O: bytearray) -> None:
    a0 = o.resources
    if a0 is None:
        raise EncodeError('non-nullable array Resources is None')
    O += _S_i.pack(len(a0))
    for e_a0 in a0:
        _e_DescribeConfigsRequest_DescribeConfigsResource_v1(e_a0, O)
    O += _S_oo.pack(o.include_synonyms, o.include_documentation)


def _e_DescribeConfigsRequest_DescribeConfigsResource_v4(o: DescribeConfigsRequest.DescribeConfigsResource, O: bytearray) -> None:
    O += _S_b.pack(o.resource_type)
    write_compact_string(O, o.resource_name)
    a2 = o.configuration_keys
    if a2 is None:
        O.append(0)
    else:
        write_uvarint(O, len(a2) + 1)
        for e_a2 in a2:
            write_compact_string(O, e_a2)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_DescribeConfigsRequest_v4(o: DescribeConfigsRequest, O: bytearray) -> None:
    a0 = o.resources
    if a0 is None:
        raise EncodeError('non-nullable array Resources is None')
    write_uvarint(O, len(a0) + 1)
    for e_a0 in a0:
        _e_DescribeConfigsRequest_DescribeConfigsResource_v4(e_a0, O)
    O += _S_oo.pack(o.include_synonyms, o.include_documentation)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _d_DescribeConfigsResponse_DescribeConfigsResult_DescribeConfigsResourceResult_DescribeConfigsSynonym_v1(B: memoryview, P: int) -> tuple[DescribeConfigsResponse.DescribeConfigsResult.DescribeConfigsResourceResult.DescribeConfigsSynonym, int]:
    f0, P = read_string(B, P)
    f1, P = read_nullable_string(B, P)
    (f2,) = _S_b.unpack_from(B, P)
    P += 1
    return _C_DescribeConfigsResponse_DescribeConfigsResult_DescribeConfigsResourceResult_DescribeConfigsSynonym(f0, f1, f2, None), P


def _d_DescribeConfigsResponse_DescribeConfigsResult_DescribeConfigsResourceResult_v1(B: memoryview, P: int) -> tuple[DescribeConfigsResponse.DescribeConfigsResult.DescribeConfigsResourceResult, int]:
    f0, P = read_string(B, P)
    f1, P = read_nullable_string(B, P)
    (f2, f3, f4, n_f5,) = _S_oboi.unpack_from(B, P)
    P += 7
    f5: list[DescribeConfigsResponse.DescribeConfigsResult.DescribeConfigsResourceResult.DescribeConfigsSynonym]
    if n_f5 < 0:
        raise DecodeError(f'non-nullable array Synonyms has length {n_f5}')
    else:
        if n_f5 > len(B) - P:
            raise DecodeError(f'array length {n_f5} exceeds the buffer')
        f5 = []
        for _ in range(n_f5):
            e_f5, P = _d_DescribeConfigsResponse_DescribeConfigsResult_DescribeConfigsResourceResult_DescribeConfigsSynonym_v1(B, P)
            f5.append(e_f5)
    return _C_DescribeConfigsResponse_DescribeConfigsResult_DescribeConfigsResourceResult(f0, f1, f2, f3, f4, f5, 0, '', None), P


def _d_DescribeConfigsResponse_DescribeConfigsResult_v1(B: memoryview, P: int) -> tuple[DescribeConfigsResponse.DescribeConfigsResult, int]:
    (f0,) = _S_h.unpack_from(B, P)
    P += 2
    f1, P = read_nullable_string(B, P)
    (f2,) = _S_b.unpack_from(B, P)
    P += 1
    f3, P = read_string(B, P)
    (n_f4,) = _S_i.unpack_from(B, P)
    P += 4
    f4: list[DescribeConfigsResponse.DescribeConfigsResult.DescribeConfigsResourceResult]
    if n_f4 < 0:
        raise DecodeError(f'non-nullable array Configs has length {n_f4}')
    else:
        if n_f4 > len(B) - P:
            raise DecodeError(f'array length {n_f4} exceeds the buffer')
        f4 = []
        for _ in range(n_f4):
            e_f4, P = _d_DescribeConfigsResponse_DescribeConfigsResult_DescribeConfigsResourceResult_v1(B, P)
            f4.append(e_f4)
    return _C_DescribeConfigsResponse_DescribeConfigsResult(f0, f1, f2, f3, f4, None), P


def _d_DescribeConfigsResponse_v1(B: memoryview, P: int) -> tuple[DescribeConfigsResponse, int]:
    (f0, n_f1,) = _S_ii.unpack_from(B, P)
    P += 8
    f1: list[DescribeConfigsResponse.DescribeConfigsResult]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Results has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_DescribeConfigsResponse_DescribeConfigsResult_v1(B, P)
            f1.append(e_f1)
    return _C_DescribeConfigsResponse(f0, f1, None), P


def _d_DescribeConfigsResponse_DescribeConfigsResult_DescribeConfigsResourceResult_v3(B: memoryview, P: int) -> tuple[DescribeConfigsResponse.DescribeConfigsResult.DescribeConfigsResourceResult, int]:
    f0, P = read_string(B, P)
    f1, P = read_nullable_string(B, P)
    (f2, f3, f4, n_f5,) = _S_oboi.unpack_from(B, P)
    P += 7
    f5: list[DescribeConfigsResponse.DescribeConfigsResult.DescribeConfigsResourceResult.DescribeConfigsSynonym]
    if n_f5 < 0:
        raise DecodeError(f'non-nullable array Synonyms has length {n_f5}')
    else:
        if n_f5 > len(B) - P:
            raise DecodeError(f'array length {n_f5} exceeds the buffer')
        f5 = []
        for _ in range(n_f5):
            e_f5, P = _d_DescribeConfigsResponse_DescribeConfigsResult_DescribeConfigsResourceResult_DescribeConfigsSynonym_v1(B, P)
            f5.append(e_f5)
    (f6,) = _S_b.unpack_from(B, P)
    P += 1
    f7, P = read_nullable_string(B, P)
    return _C_DescribeConfigsResponse_DescribeConfigsResult_DescribeConfigsResourceResult(f0, f1, f2, f3, f4, f5, f6, f7, None), P


def _d_DescribeConfigsResponse_DescribeConfigsResult_v3(B: memoryview, P: int) -> tuple[DescribeConfigsResponse.DescribeConfigsResult, int]:
    (f0,) = _S_h.unpack_from(B, P)
    P += 2
    f1, P = read_nullable_string(B, P)
    (f2,) = _S_b.unpack_from(B, P)
    P += 1
    f3, P = read_string(B, P)
    (n_f4,) = _S_i.unpack_from(B, P)
    P += 4
    f4: list[DescribeConfigsResponse.DescribeConfigsResult.DescribeConfigsResourceResult]
    if n_f4 < 0:
        raise DecodeError(f'non-nullable array Configs has length {n_f4}')
    else:
        if n_f4 > len(B) - P:
            raise DecodeError(f'array length {n_f4} exceeds the buffer')
        f4 = []
        for _ in range(n_f4):
            e_f4, P = _d_DescribeConfigsResponse_DescribeConfigsResult_DescribeConfigsResourceResult_v3(B, P)
            f4.append(e_f4)
    return _C_DescribeConfigsResponse_DescribeConfigsResult(f0, f1, f2, f3, f4, None), P


def _d_DescribeConfigsResponse_v3(B: memoryview, P: int) -> tuple[DescribeConfigsResponse, int]:
    (f0, n_f1,) = _S_ii.unpack_from(B, P)
    P += 8
    f1: list[DescribeConfigsResponse.DescribeConfigsResult]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Results has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_DescribeConfigsResponse_DescribeConfigsResult_v3(B, P)
            f1.append(e_f1)
    return _C_DescribeConfigsResponse(f0, f1, None), P


def _d_DescribeConfigsResponse_DescribeConfigsResult_DescribeConfigsResourceResult_DescribeConfigsSynonym_v4(B: memoryview, P: int) -> tuple[DescribeConfigsResponse.DescribeConfigsResult.DescribeConfigsResourceResult.DescribeConfigsSynonym, int]:
    f0, P = read_compact_string(B, P)
    f1, P = read_compact_nullable_string(B, P)
    (f2,) = _S_b.unpack_from(B, P)
    P += 1
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_DescribeConfigsResponse_DescribeConfigsResult_DescribeConfigsResourceResult_DescribeConfigsSynonym(f0, f1, f2, tf), P


def _d_DescribeConfigsResponse_DescribeConfigsResult_DescribeConfigsResourceResult_v4(B: memoryview, P: int) -> tuple[DescribeConfigsResponse.DescribeConfigsResult.DescribeConfigsResourceResult, int]:
    f0, P = read_compact_string(B, P)
    f1, P = read_compact_nullable_string(B, P)
    (f2, f3, f4,) = _S_obo.unpack_from(B, P)
    P += 3
    n_f5 = B[P]
    if n_f5 < 0x80:
        P += 1
    else:
        n_f5, P = read_uvarint(B, P)
    n_f5 -= 1
    f5: list[DescribeConfigsResponse.DescribeConfigsResult.DescribeConfigsResourceResult.DescribeConfigsSynonym]
    if n_f5 < 0:
        raise DecodeError(f'non-nullable array Synonyms has length {n_f5}')
    else:
        if n_f5 > len(B) - P:
            raise DecodeError(f'array length {n_f5} exceeds the buffer')
        f5 = []
        for _ in range(n_f5):
            e_f5, P = _d_DescribeConfigsResponse_DescribeConfigsResult_DescribeConfigsResourceResult_DescribeConfigsSynonym_v4(B, P)
            f5.append(e_f5)
    (f6,) = _S_b.unpack_from(B, P)
    P += 1
    f7, P = read_compact_nullable_string(B, P)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_DescribeConfigsResponse_DescribeConfigsResult_DescribeConfigsResourceResult(f0, f1, f2, f3, f4, f5, f6, f7, tf), P


def _d_DescribeConfigsResponse_DescribeConfigsResult_v4(B: memoryview, P: int) -> tuple[DescribeConfigsResponse.DescribeConfigsResult, int]:
    (f0,) = _S_h.unpack_from(B, P)
    P += 2
    f1, P = read_compact_nullable_string(B, P)
    (f2,) = _S_b.unpack_from(B, P)
    P += 1
    f3, P = read_compact_string(B, P)
    n_f4 = B[P]
    if n_f4 < 0x80:
        P += 1
    else:
        n_f4, P = read_uvarint(B, P)
    n_f4 -= 1
    f4: list[DescribeConfigsResponse.DescribeConfigsResult.DescribeConfigsResourceResult]
    if n_f4 < 0:
        raise DecodeError(f'non-nullable array Configs has length {n_f4}')
    else:
        if n_f4 > len(B) - P:
            raise DecodeError(f'array length {n_f4} exceeds the buffer')
        f4 = []
        for _ in range(n_f4):
            e_f4, P = _d_DescribeConfigsResponse_DescribeConfigsResult_DescribeConfigsResourceResult_v4(B, P)
            f4.append(e_f4)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_DescribeConfigsResponse_DescribeConfigsResult(f0, f1, f2, f3, f4, tf), P


def _d_DescribeConfigsResponse_v4(B: memoryview, P: int) -> tuple[DescribeConfigsResponse, int]:
    (f0,) = _S_i.unpack_from(B, P)
    P += 4
    n_f1 = B[P]
    if n_f1 < 0x80:
        P += 1
    else:
        n_f1, P = read_uvarint(B, P)
    n_f1 -= 1
    f1: list[DescribeConfigsResponse.DescribeConfigsResult]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Results has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_DescribeConfigsResponse_DescribeConfigsResult_v4(B, P)
            f1.append(e_f1)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_DescribeConfigsResponse(f0, f1, tf), P


def _e_DescribeConfigsResponse_DescribeConfigsResult_DescribeConfigsResourceResult_DescribeConfigsSynonym_v1(o: DescribeConfigsResponse.DescribeConfigsResult.DescribeConfigsResourceResult.DescribeConfigsSynonym, O: bytearray) -> None:
    write_string(O, o.name)
    write_nullable_string(O, o.value)
    O += _S_b.pack(o.source)


def _e_DescribeConfigsResponse_DescribeConfigsResult_DescribeConfigsResourceResult_v1(o: DescribeConfigsResponse.DescribeConfigsResult.DescribeConfigsResourceResult, O: bytearray) -> None:
    write_string(O, o.name)
    write_nullable_string(O, o.value)
    a5 = o.synonyms
    if a5 is None:
        raise EncodeError('non-nullable array Synonyms is None')
    O += _S_oboi.pack(o.read_only, o.config_source, o.is_sensitive, len(a5))
    for e_a5 in a5:
        _e_DescribeConfigsResponse_DescribeConfigsResult_DescribeConfigsResourceResult_DescribeConfigsSynonym_v1(e_a5, O)


def _e_DescribeConfigsResponse_DescribeConfigsResult_v1(o: DescribeConfigsResponse.DescribeConfigsResult, O: bytearray) -> None:
    O += _S_h.pack(o.error_code)
    write_nullable_string(O, o.error_message)
    O += _S_b.pack(o.resource_type)
    write_string(O, o.resource_name)
    a4 = o.configs
    if a4 is None:
        raise EncodeError('non-nullable array Configs is None')
    O += _S_i.pack(len(a4))
    for e_a4 in a4:
        _e_DescribeConfigsResponse_DescribeConfigsResult_DescribeConfigsResourceResult_v1(e_a4, O)


def _e_DescribeConfigsResponse_v1(o: DescribeConfigsResponse, O: bytearray) -> None:
    a1 = o.results
    if a1 is None:
        raise EncodeError('non-nullable array Results is None')
    O += _S_ii.pack(o.throttle_time_ms, len(a1))
    for e_a1 in a1:
        _e_DescribeConfigsResponse_DescribeConfigsResult_v1(e_a1, O)


def _e_DescribeConfigsResponse_DescribeConfigsResult_DescribeConfigsResourceResult_v3(o: DescribeConfigsResponse.DescribeConfigsResult.DescribeConfigsResourceResult, O: bytearray) -> None:
    write_string(O, o.name)
    write_nullable_string(O, o.value)
    a5 = o.synonyms
    if a5 is None:
        raise EncodeError('non-nullable array Synonyms is None')
    O += _S_oboi.pack(o.read_only, o.config_source, o.is_sensitive, len(a5))
    for e_a5 in a5:
        _e_DescribeConfigsResponse_DescribeConfigsResult_DescribeConfigsResourceResult_DescribeConfigsSynonym_v1(e_a5, O)
    O += _S_b.pack(o.config_type)
    write_nullable_string(O, o.documentation)


def _e_DescribeConfigsResponse_DescribeConfigsResult_v3(o: DescribeConfigsResponse.DescribeConfigsResult, O: bytearray) -> None:
    O += _S_h.pack(o.error_code)
    write_nullable_string(O, o.error_message)
    O += _S_b.pack(o.resource_type)
    write_string(O, o.resource_name)
    a4 = o.configs
    if a4 is None:
        raise EncodeError('non-nullable array Configs is None')
    O += _S_i.pack(len(a4))
    for e_a4 in a4:
        _e_DescribeConfigsResponse_DescribeConfigsResult_DescribeConfigsResourceResult_v3(e_a4, O)


def _e_DescribeConfigsResponse_v3(o: DescribeConfigsResponse, O: bytearray) -> None:
    a1 = o.results
    if a1 is None:
        raise EncodeError('non-nullable array Results is None')
    O += _S_ii.pack(o.throttle_time_ms, len(a1))
    for e_a1 in a1:
        _e_DescribeConfigsResponse_DescribeConfigsResult_v3(e_a1, O)


def _e_DescribeConfigsResponse_DescribeConfigsResult_DescribeConfigsResourceResult_DescribeConfigsSynonym_v4(o: DescribeConfigsResponse.DescribeConfigsResult.DescribeConfigsResourceResult.DescribeConfigsSynonym, O: bytearray) -> None:
    write_compact_string(O, o.name)
    write_compact_nullable_string(O, o.value)
    O += _S_b.pack(o.source)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_DescribeConfigsResponse_DescribeConfigsResult_DescribeConfigsResourceResult_v4(o: DescribeConfigsResponse.DescribeConfigsResult.DescribeConfigsResourceResult, O: bytearray) -> None:
    write_compact_string(O, o.name)
    write_compact_nullable_string(O, o.value)
    O += _S_obo.pack(o.read_only, o.config_source, o.is_sensitive)
    a5 = o.synonyms
    if a5 is None:
        raise EncodeError('non-nullable array Synonyms is None')
    write_uvarint(O, len(a5) + 1)
    for e_a5 in a5:
        _e_DescribeConfigsResponse_DescribeConfigsResult_DescribeConfigsResourceResult_DescribeConfigsSynonym_v4(e_a5, O)
    O += _S_b.pack(o.config_type)
    write_compact_nullable_string(O, o.documentation)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_DescribeConfigsResponse_DescribeConfigsResult_v4(o: DescribeConfigsResponse.DescribeConfigsResult, O: bytearray) -> None:
    O += _S_h.pack(o.error_code)
    write_compact_nullable_string(O, o.error_message)
    O += _S_b.pack(o.resource_type)
    write_compact_string(O, o.resource_name)
    a4 = o.configs
    if a4 is None:
        raise EncodeError('non-nullable array Configs is None')
    write_uvarint(O, len(a4) + 1)
    for e_a4 in a4:
        _e_DescribeConfigsResponse_DescribeConfigsResult_DescribeConfigsResourceResult_v4(e_a4, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_DescribeConfigsResponse_v4(o: DescribeConfigsResponse, O: bytearray) -> None:
    O += _S_i.pack(o.throttle_time_ms)
    a1 = o.results
    if a1 is None:
        raise EncodeError('non-nullable array Results is None')
    write_uvarint(O, len(a1) + 1)
    for e_a1 in a1:
        _e_DescribeConfigsResponse_DescribeConfigsResult_v4(e_a1, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


_C_DescribeConfigsRequest = DescribeConfigsRequest
_C_DescribeConfigsRequest_DescribeConfigsResource = DescribeConfigsRequest.DescribeConfigsResource
_DEF_C_DescribeConfigsRequest_DescribeConfigsResource = _C_DescribeConfigsRequest_DescribeConfigsResource()
_DEC_DescribeConfigsRequest: dict[int, Decoder[DescribeConfigsRequest]] = {
    1: _d_DescribeConfigsRequest_v1,
    2: _d_DescribeConfigsRequest_v1,
    3: _d_DescribeConfigsRequest_v3,
    4: _d_DescribeConfigsRequest_v4,
}
_ENC_DescribeConfigsRequest: dict[int, Encoder[DescribeConfigsRequest]] = {
    1: _e_DescribeConfigsRequest_v1,
    2: _e_DescribeConfigsRequest_v2,
    3: _e_DescribeConfigsRequest_v3,
    4: _e_DescribeConfigsRequest_v4,
}
DescribeConfigsRequest.FIELDS = (
    FieldInfo('Resources', 'resources', '[]DescribeConfigsResource', (0, OPEN), None, None, None, False, None, None, _C_DescribeConfigsRequest_DescribeConfigsResource),
    FieldInfo('IncludeSynonyms', 'include_synonyms', 'bool', (1, OPEN), None, None, None, False, None, None, None),
    FieldInfo('IncludeDocumentation', 'include_documentation', 'bool', (3, OPEN), None, None, None, False, None, None, None),
)
DescribeConfigsRequest.DescribeConfigsResource.FIELDS = (
    FieldInfo('ResourceType', 'resource_type', 'int8', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('ResourceName', 'resource_name', 'string', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('ConfigurationKeys', 'configuration_keys', '[]string', (0, OPEN), (0, OPEN), None, None, False, None, None, None),
)

_C_DescribeConfigsResponse = DescribeConfigsResponse
_C_DescribeConfigsResponse_DescribeConfigsResult = DescribeConfigsResponse.DescribeConfigsResult
_C_DescribeConfigsResponse_DescribeConfigsResult_DescribeConfigsResourceResult = DescribeConfigsResponse.DescribeConfigsResult.DescribeConfigsResourceResult
_C_DescribeConfigsResponse_DescribeConfigsResult_DescribeConfigsResourceResult_DescribeConfigsSynonym = DescribeConfigsResponse.DescribeConfigsResult.DescribeConfigsResourceResult.DescribeConfigsSynonym
_DEF_C_DescribeConfigsResponse_DescribeConfigsResult = _C_DescribeConfigsResponse_DescribeConfigsResult()
_DEF_C_DescribeConfigsResponse_DescribeConfigsResult_DescribeConfigsResourceResult = _C_DescribeConfigsResponse_DescribeConfigsResult_DescribeConfigsResourceResult()
_DEF_C_DescribeConfigsResponse_DescribeConfigsResult_DescribeConfigsResourceResult_DescribeConfigsSynonym = _C_DescribeConfigsResponse_DescribeConfigsResult_DescribeConfigsResourceResult_DescribeConfigsSynonym()
_DEC_DescribeConfigsResponse: dict[int, Decoder[DescribeConfigsResponse]] = {
    1: _d_DescribeConfigsResponse_v1,
    2: _d_DescribeConfigsResponse_v1,
    3: _d_DescribeConfigsResponse_v3,
    4: _d_DescribeConfigsResponse_v4,
}
_ENC_DescribeConfigsResponse: dict[int, Encoder[DescribeConfigsResponse]] = {
    1: _e_DescribeConfigsResponse_v1,
    2: _e_DescribeConfigsResponse_v1,
    3: _e_DescribeConfigsResponse_v3,
    4: _e_DescribeConfigsResponse_v4,
}
DescribeConfigsResponse.FIELDS = (
    FieldInfo('ThrottleTimeMs', 'throttle_time_ms', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Results', 'results', '[]DescribeConfigsResult', (0, OPEN), None, None, None, False, None, None, _C_DescribeConfigsResponse_DescribeConfigsResult),
)
DescribeConfigsResponse.DescribeConfigsResult.FIELDS = (
    FieldInfo('ErrorCode', 'error_code', 'int16', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('ErrorMessage', 'error_message', 'string', (0, OPEN), (0, OPEN), None, None, False, None, None, None),
    FieldInfo('ResourceType', 'resource_type', 'int8', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('ResourceName', 'resource_name', 'string', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Configs', 'configs', '[]DescribeConfigsResourceResult', (0, OPEN), None, None, None, False, None, None, _C_DescribeConfigsResponse_DescribeConfigsResult_DescribeConfigsResourceResult),
)
DescribeConfigsResponse.DescribeConfigsResult.DescribeConfigsResourceResult.FIELDS = (
    FieldInfo('Name', 'name', 'string', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Value', 'value', 'string', (0, OPEN), (0, OPEN), None, None, False, None, None, None),
    FieldInfo('ReadOnly', 'read_only', 'bool', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('ConfigSource', 'config_source', 'int8', (1, OPEN), None, None, None, True, None, None, None),
    FieldInfo('IsSensitive', 'is_sensitive', 'bool', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Synonyms', 'synonyms', '[]DescribeConfigsSynonym', (1, OPEN), None, None, None, True, None, None, _C_DescribeConfigsResponse_DescribeConfigsResult_DescribeConfigsResourceResult_DescribeConfigsSynonym),
    FieldInfo('ConfigType', 'config_type', 'int8', (3, OPEN), None, None, None, True, None, None, None),
    FieldInfo('Documentation', 'documentation', 'string', (3, OPEN), (0, OPEN), None, None, True, None, None, None),
)
DescribeConfigsResponse.DescribeConfigsResult.DescribeConfigsResourceResult.DescribeConfigsSynonym.FIELDS = (
    FieldInfo('Name', 'name', 'string', (1, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Value', 'value', 'string', (1, OPEN), (0, OPEN), None, None, False, None, None, None),
    FieldInfo('Source', 'source', 'int8', (1, OPEN), None, None, None, False, None, None, None),
)
