"""API key 48: DescribeClientQuotas.

GENERATED - DO NOT EDIT. Written by ``python -m wire.generator`` from Apache Kafka 4.1.1's
message definitions (DescribeClientQuotasRequest.json, DescribeClientQuotasResponse.json).
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
_S_d = struct.Struct('>d')
_S_i = struct.Struct('>i')
_S_ih = struct.Struct('>ih')


@dataclass(slots=True)
class DescribeClientQuotasRequest:
    """DescribeClientQuotasRequest (API key 48, versions 0-1).

    Generated from DescribeClientQuotasRequest.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = 48
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 1
    LATEST_VERSION: ClassVar[int] = 1
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
    FLEXIBLE_MIN: ClassVar[int | None] = 1
    #: Who serves this request in Kafka (empty for responses).
    LISTENERS: ClassVar[tuple[str, ...]] = ('broker',)
    FIELDS: ClassVar[tuple[FieldInfo, ...]]

    @dataclass(slots=True)
    class ComponentData:
        FIELDS: ClassVar[tuple[FieldInfo, ...]]

        #: The entity type that the filter component applies to.
        entity_type: str = ''
        #: How to match the entity {0 = exact name, 1 = default name, 2 = any specified name}.
        match_type: int = 0
        #: The string to match against, or null if unused for the match type.
        match: str | None = ''
        #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
        unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    #: Filter components to apply to quota entities.
    components: list[DescribeClientQuotasRequest.ComponentData] = field(default_factory=list)
    #: Whether the match is strict, i.e. should exclude entities with unspecified entity types.
    strict: bool = False
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> DescribeClientQuotasRequest:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_DescribeClientQuotasRequest, data, version, 'DescribeClientQuotasRequest', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_DescribeClientQuotasRequest, self, version, 'DescribeClientQuotasRequest')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_DescribeClientQuotasRequest, self, version, 'DescribeClientQuotasRequest')


@dataclass(slots=True)
class DescribeClientQuotasResponse:
    """DescribeClientQuotasResponse (API key 48, versions 0-1).

    Generated from DescribeClientQuotasResponse.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = 48
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 1
    LATEST_VERSION: ClassVar[int] = 1
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
    FLEXIBLE_MIN: ClassVar[int | None] = 1
    #: Who serves this request in Kafka (empty for responses).
    LISTENERS: ClassVar[tuple[str, ...]] = ()
    FIELDS: ClassVar[tuple[FieldInfo, ...]]

    @dataclass(slots=True)
    class EntryData:
        FIELDS: ClassVar[tuple[FieldInfo, ...]]

        @dataclass(slots=True)
        class EntityData:
            FIELDS: ClassVar[tuple[FieldInfo, ...]]

            #: The entity type.
            entity_type: str = ''
            #: The entity name, or null if the default.
            entity_name: str | None = ''
            #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
            unknown_tagged_fields: list[tuple[int, bytes]] | None = None

        @dataclass(slots=True)
        class ValueData:
            FIELDS: ClassVar[tuple[FieldInfo, ...]]

            #: The quota configuration key.
            key: str = ''
            #: The quota configuration value.
            value: float = 0.0
            #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
            unknown_tagged_fields: list[tuple[int, bytes]] | None = None

        #: The quota entity description.
        entity: list[DescribeClientQuotasResponse.EntryData.EntityData] = field(default_factory=list)
        #: The quota values for the entity.
        values: list[DescribeClientQuotasResponse.EntryData.ValueData] = field(default_factory=list)
        #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
        unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    EntityData = EntryData.EntityData
    ValueData = EntryData.ValueData
    #: The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    throttle_time_ms: int = 0
    #: The error code, or `0` if the quota description succeeded.
    error_code: int = 0
    #: The error message, or `null` if the quota description succeeded.
    error_message: str | None = ''
    #: A result entry.
    entries: list[DescribeClientQuotasResponse.EntryData] | None = field(default_factory=list)
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> DescribeClientQuotasResponse:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_DescribeClientQuotasResponse, data, version, 'DescribeClientQuotasResponse', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_DescribeClientQuotasResponse, self, version, 'DescribeClientQuotasResponse')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_DescribeClientQuotasResponse, self, version, 'DescribeClientQuotasResponse')

def _d_DescribeClientQuotasRequest_ComponentData_v0(B: memoryview, P: int) -> tuple[DescribeClientQuotasRequest.ComponentData, int]:
    f0, P = read_string(B, P)
    (f1,) = _S_b.unpack_from(B, P)
    P += 1
    f2, P = read_nullable_string(B, P)
    return _C_DescribeClientQuotasRequest_ComponentData(f0, f1, f2, None), P


def _d_DescribeClientQuotasRequest_v0(B: memoryview, P: int) -> tuple[DescribeClientQuotasRequest, int]:
    (n_f0,) = _S_i.unpack_from(B, P)
    P += 4
    f0: list[DescribeClientQuotasRequest.ComponentData]
    if n_f0 < 0:
        raise DecodeError(f'non-nullable array Components has length {n_f0}')
    else:
        if n_f0 > len(B) - P:
            raise DecodeError(f'array length {n_f0} exceeds the buffer')
        f0 = []
        for _ in range(n_f0):
            e_f0, P = _d_DescribeClientQuotasRequest_ComponentData_v0(B, P)
            f0.append(e_f0)
    (f1,) = _S_o.unpack_from(B, P)
    P += 1
    return _C_DescribeClientQuotasRequest(f0, f1, None), P


def _d_DescribeClientQuotasRequest_ComponentData_v1(B: memoryview, P: int) -> tuple[DescribeClientQuotasRequest.ComponentData, int]:
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
    return _C_DescribeClientQuotasRequest_ComponentData(f0, f1, f2, tf), P


def _d_DescribeClientQuotasRequest_v1(B: memoryview, P: int) -> tuple[DescribeClientQuotasRequest, int]:
    n_f0 = B[P]
    if n_f0 < 0x80:
        P += 1
    else:
        n_f0, P = read_uvarint(B, P)
    n_f0 -= 1
    f0: list[DescribeClientQuotasRequest.ComponentData]
    if n_f0 < 0:
        raise DecodeError(f'non-nullable array Components has length {n_f0}')
    else:
        if n_f0 > len(B) - P:
            raise DecodeError(f'array length {n_f0} exceeds the buffer')
        f0 = []
        for _ in range(n_f0):
            e_f0, P = _d_DescribeClientQuotasRequest_ComponentData_v1(B, P)
            f0.append(e_f0)
    (f1,) = _S_o.unpack_from(B, P)
    P += 1
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_DescribeClientQuotasRequest(f0, f1, tf), P


def _e_DescribeClientQuotasRequest_ComponentData_v0(o: DescribeClientQuotasRequest.ComponentData, O: bytearray) -> None:
    write_string(O, o.entity_type)
    O += _S_b.pack(o.match_type)
    write_nullable_string(O, o.match)


def _e_DescribeClientQuotasRequest_v0(o: DescribeClientQuotasRequest, O: bytearray) -> None:
    a0 = o.components
    if a0 is None:
        raise EncodeError('non-nullable array Components is None')
    O += _S_i.pack(len(a0))
    for e_a0 in a0:
        _e_DescribeClientQuotasRequest_ComponentData_v0(e_a0, O)
    O += _S_o.pack(o.strict)


def _e_DescribeClientQuotasRequest_ComponentData_v1(o: DescribeClientQuotasRequest.ComponentData, O: bytearray) -> None:
    write_compact_string(O, o.entity_type)
    O += _S_b.pack(o.match_type)
    write_compact_nullable_string(O, o.match)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_DescribeClientQuotasRequest_v1(o: DescribeClientQuotasRequest, O: bytearray) -> None:
    a0 = o.components
    if a0 is None:
        raise EncodeError('non-nullable array Components is None')
    write_uvarint(O, len(a0) + 1)
    for e_a0 in a0:
        _e_DescribeClientQuotasRequest_ComponentData_v1(e_a0, O)
    O += _S_o.pack(o.strict)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _d_DescribeClientQuotasResponse_EntryData_EntityData_v0(B: memoryview, P: int) -> tuple[DescribeClientQuotasResponse.EntryData.EntityData, int]:
    f0, P = read_string(B, P)
    f1, P = read_nullable_string(B, P)
    return _C_DescribeClientQuotasResponse_EntryData_EntityData(f0, f1, None), P


def _d_DescribeClientQuotasResponse_EntryData_ValueData_v0(B: memoryview, P: int) -> tuple[DescribeClientQuotasResponse.EntryData.ValueData, int]:
    f0, P = read_string(B, P)
    (f1,) = _S_d.unpack_from(B, P)
    P += 8
    return _C_DescribeClientQuotasResponse_EntryData_ValueData(f0, f1, None), P


def _d_DescribeClientQuotasResponse_EntryData_v0(B: memoryview, P: int) -> tuple[DescribeClientQuotasResponse.EntryData, int]:
    (n_f0,) = _S_i.unpack_from(B, P)
    P += 4
    f0: list[DescribeClientQuotasResponse.EntryData.EntityData]
    if n_f0 < 0:
        raise DecodeError(f'non-nullable array Entity has length {n_f0}')
    else:
        if n_f0 > len(B) - P:
            raise DecodeError(f'array length {n_f0} exceeds the buffer')
        f0 = []
        for _ in range(n_f0):
            e_f0, P = _d_DescribeClientQuotasResponse_EntryData_EntityData_v0(B, P)
            f0.append(e_f0)
    (n_f1,) = _S_i.unpack_from(B, P)
    P += 4
    f1: list[DescribeClientQuotasResponse.EntryData.ValueData]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Values has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_DescribeClientQuotasResponse_EntryData_ValueData_v0(B, P)
            f1.append(e_f1)
    return _C_DescribeClientQuotasResponse_EntryData(f0, f1, None), P


def _d_DescribeClientQuotasResponse_v0(B: memoryview, P: int) -> tuple[DescribeClientQuotasResponse, int]:
    (f0, f1,) = _S_ih.unpack_from(B, P)
    P += 6
    f2, P = read_nullable_string(B, P)
    (n_f3,) = _S_i.unpack_from(B, P)
    P += 4
    f3: list[DescribeClientQuotasResponse.EntryData] | None
    if n_f3 < 0:
        if n_f3 != -1:
            raise DecodeError(f'negative array length {n_f3}')
        f3 = None
    else:
        if n_f3 > len(B) - P:
            raise DecodeError(f'array length {n_f3} exceeds the buffer')
        f3 = []
        for _ in range(n_f3):
            e_f3, P = _d_DescribeClientQuotasResponse_EntryData_v0(B, P)
            f3.append(e_f3)
    return _C_DescribeClientQuotasResponse(f0, f1, f2, f3, None), P


def _d_DescribeClientQuotasResponse_EntryData_EntityData_v1(B: memoryview, P: int) -> tuple[DescribeClientQuotasResponse.EntryData.EntityData, int]:
    f0, P = read_compact_string(B, P)
    f1, P = read_compact_nullable_string(B, P)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_DescribeClientQuotasResponse_EntryData_EntityData(f0, f1, tf), P


def _d_DescribeClientQuotasResponse_EntryData_ValueData_v1(B: memoryview, P: int) -> tuple[DescribeClientQuotasResponse.EntryData.ValueData, int]:
    f0, P = read_compact_string(B, P)
    (f1,) = _S_d.unpack_from(B, P)
    P += 8
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_DescribeClientQuotasResponse_EntryData_ValueData(f0, f1, tf), P


def _d_DescribeClientQuotasResponse_EntryData_v1(B: memoryview, P: int) -> tuple[DescribeClientQuotasResponse.EntryData, int]:
    n_f0 = B[P]
    if n_f0 < 0x80:
        P += 1
    else:
        n_f0, P = read_uvarint(B, P)
    n_f0 -= 1
    f0: list[DescribeClientQuotasResponse.EntryData.EntityData]
    if n_f0 < 0:
        raise DecodeError(f'non-nullable array Entity has length {n_f0}')
    else:
        if n_f0 > len(B) - P:
            raise DecodeError(f'array length {n_f0} exceeds the buffer')
        f0 = []
        for _ in range(n_f0):
            e_f0, P = _d_DescribeClientQuotasResponse_EntryData_EntityData_v1(B, P)
            f0.append(e_f0)
    n_f1 = B[P]
    if n_f1 < 0x80:
        P += 1
    else:
        n_f1, P = read_uvarint(B, P)
    n_f1 -= 1
    f1: list[DescribeClientQuotasResponse.EntryData.ValueData]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Values has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_DescribeClientQuotasResponse_EntryData_ValueData_v1(B, P)
            f1.append(e_f1)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_DescribeClientQuotasResponse_EntryData(f0, f1, tf), P


def _d_DescribeClientQuotasResponse_v1(B: memoryview, P: int) -> tuple[DescribeClientQuotasResponse, int]:
    (f0, f1,) = _S_ih.unpack_from(B, P)
    P += 6
    f2, P = read_compact_nullable_string(B, P)
    n_f3 = B[P]
    if n_f3 < 0x80:
        P += 1
    else:
        n_f3, P = read_uvarint(B, P)
    n_f3 -= 1
    f3: list[DescribeClientQuotasResponse.EntryData] | None
    if n_f3 < 0:
        if n_f3 != -1:
            raise DecodeError(f'negative array length {n_f3}')
        f3 = None
    else:
        if n_f3 > len(B) - P:
            raise DecodeError(f'array length {n_f3} exceeds the buffer')
        f3 = []
        for _ in range(n_f3):
            e_f3, P = _d_DescribeClientQuotasResponse_EntryData_v1(B, P)
            f3.append(e_f3)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_DescribeClientQuotasResponse(f0, f1, f2, f3, tf), P


def _e_DescribeClientQuotasResponse_EntryData_EntityData_v0(o: DescribeClientQuotasResponse.EntryData.EntityData, O: bytearray) -> None:
    write_string(O, o.entity_type)
    write_nullable_string(O, o.entity_name)


def _e_DescribeClientQuotasResponse_EntryData_ValueData_v0(o: DescribeClientQuotasResponse.EntryData.ValueData, O: bytearray) -> None:
    write_string(O, o.key)
    O += _S_d.pack(o.value)


def _e_DescribeClientQuotasResponse_EntryData_v0(o: DescribeClientQuotasResponse.EntryData, O: bytearray) -> None:
    a0 = o.entity
    if a0 is None:
        raise EncodeError('non-nullable array Entity is None')
    O += _S_i.pack(len(a0))
    for e_a0 in a0:
        _e_DescribeClientQuotasResponse_EntryData_EntityData_v0(e_a0, O)
    a1 = o.values
    if a1 is None:
        raise EncodeError('non-nullable array Values is None')
    O += _S_i.pack(len(a1))
    for e_a1 in a1:
        _e_DescribeClientQuotasResponse_EntryData_ValueData_v0(e_a1, O)


def _e_DescribeClientQuotasResponse_v0(o: DescribeClientQuotasResponse, O: bytearray) -> None:
    O += _S_ih.pack(o.throttle_time_ms, o.error_code)
    write_nullable_string(O, o.error_message)
    a3 = o.entries
    if a3 is None:
        O += b'\xff\xff\xff\xff'
    else:
        O += INT32.pack(len(a3))
        for e_a3 in a3:
            _e_DescribeClientQuotasResponse_EntryData_v0(e_a3, O)


def _e_DescribeClientQuotasResponse_EntryData_EntityData_v1(o: DescribeClientQuotasResponse.EntryData.EntityData, O: bytearray) -> None:
    write_compact_string(O, o.entity_type)
    write_compact_nullable_string(O, o.entity_name)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_DescribeClientQuotasResponse_EntryData_ValueData_v1(o: DescribeClientQuotasResponse.EntryData.ValueData, O: bytearray) -> None:
    write_compact_string(O, o.key)
    O += _S_d.pack(o.value)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_DescribeClientQuotasResponse_EntryData_v1(o: DescribeClientQuotasResponse.EntryData, O: bytearray) -> None:
    a0 = o.entity
    if a0 is None:
        raise EncodeError('non-nullable array Entity is None')
    write_uvarint(O, len(a0) + 1)
    for e_a0 in a0:
        _e_DescribeClientQuotasResponse_EntryData_EntityData_v1(e_a0, O)
    a1 = o.values
    if a1 is None:
        raise EncodeError('non-nullable array Values is None')
    write_uvarint(O, len(a1) + 1)
    for e_a1 in a1:
        _e_DescribeClientQuotasResponse_EntryData_ValueData_v1(e_a1, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_DescribeClientQuotasResponse_v1(o: DescribeClientQuotasResponse, O: bytearray) -> None:
    O += _S_ih.pack(o.throttle_time_ms, o.error_code)
    write_compact_nullable_string(O, o.error_message)
    a3 = o.entries
    if a3 is None:
        O.append(0)
    else:
        write_uvarint(O, len(a3) + 1)
        for e_a3 in a3:
            _e_DescribeClientQuotasResponse_EntryData_v1(e_a3, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


_C_DescribeClientQuotasRequest = DescribeClientQuotasRequest
_C_DescribeClientQuotasRequest_ComponentData = DescribeClientQuotasRequest.ComponentData
_DEF_C_DescribeClientQuotasRequest_ComponentData = _C_DescribeClientQuotasRequest_ComponentData()
_DEC_DescribeClientQuotasRequest: dict[int, Decoder[DescribeClientQuotasRequest]] = {
    0: _d_DescribeClientQuotasRequest_v0,
    1: _d_DescribeClientQuotasRequest_v1,
}
_ENC_DescribeClientQuotasRequest: dict[int, Encoder[DescribeClientQuotasRequest]] = {
    0: _e_DescribeClientQuotasRequest_v0,
    1: _e_DescribeClientQuotasRequest_v1,
}
DescribeClientQuotasRequest.FIELDS = (
    FieldInfo('Components', 'components', '[]ComponentData', (0, OPEN), None, None, None, False, None, None, _C_DescribeClientQuotasRequest_ComponentData),
    FieldInfo('Strict', 'strict', 'bool', (0, OPEN), None, None, None, False, None, None, None),
)
DescribeClientQuotasRequest.ComponentData.FIELDS = (
    FieldInfo('EntityType', 'entity_type', 'string', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('MatchType', 'match_type', 'int8', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Match', 'match', 'string', (0, OPEN), (0, OPEN), None, None, False, None, None, None),
)

_C_DescribeClientQuotasResponse = DescribeClientQuotasResponse
_C_DescribeClientQuotasResponse_EntryData = DescribeClientQuotasResponse.EntryData
_C_DescribeClientQuotasResponse_EntryData_EntityData = DescribeClientQuotasResponse.EntryData.EntityData
_C_DescribeClientQuotasResponse_EntryData_ValueData = DescribeClientQuotasResponse.EntryData.ValueData
_DEF_C_DescribeClientQuotasResponse_EntryData = _C_DescribeClientQuotasResponse_EntryData()
_DEF_C_DescribeClientQuotasResponse_EntryData_EntityData = _C_DescribeClientQuotasResponse_EntryData_EntityData()
_DEF_C_DescribeClientQuotasResponse_EntryData_ValueData = _C_DescribeClientQuotasResponse_EntryData_ValueData()
_DEC_DescribeClientQuotasResponse: dict[int, Decoder[DescribeClientQuotasResponse]] = {
    0: _d_DescribeClientQuotasResponse_v0,
    1: _d_DescribeClientQuotasResponse_v1,
}
_ENC_DescribeClientQuotasResponse: dict[int, Encoder[DescribeClientQuotasResponse]] = {
    0: _e_DescribeClientQuotasResponse_v0,
    1: _e_DescribeClientQuotasResponse_v1,
}
DescribeClientQuotasResponse.FIELDS = (
    FieldInfo('ThrottleTimeMs', 'throttle_time_ms', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('ErrorCode', 'error_code', 'int16', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('ErrorMessage', 'error_message', 'string', (0, OPEN), (0, OPEN), None, None, False, None, None, None),
    FieldInfo('Entries', 'entries', '[]EntryData', (0, OPEN), (0, OPEN), None, None, False, None, None, _C_DescribeClientQuotasResponse_EntryData),
)
DescribeClientQuotasResponse.EntryData.FIELDS = (
    FieldInfo('Entity', 'entity', '[]EntityData', (0, OPEN), None, None, None, False, None, None, _C_DescribeClientQuotasResponse_EntryData_EntityData),
    FieldInfo('Values', 'values', '[]ValueData', (0, OPEN), None, None, None, False, None, None, _C_DescribeClientQuotasResponse_EntryData_ValueData),
)
DescribeClientQuotasResponse.EntryData.EntityData.FIELDS = (
    FieldInfo('EntityType', 'entity_type', 'string', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('EntityName', 'entity_name', 'string', (0, OPEN), (0, OPEN), None, None, False, None, None, None),
)
DescribeClientQuotasResponse.EntryData.ValueData.FIELDS = (
    FieldInfo('Key', 'key', 'string', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Value', 'value', 'float64', (0, OPEN), None, None, None, False, None, None, None),
)
