"""API key 49: AlterClientQuotas.

GENERATED - DO NOT EDIT. Written by ``python -m wire.generator`` from Apache Kafka 4.1.1's
message definitions (AlterClientQuotasRequest.json, AlterClientQuotasResponse.json).
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
_S_do = struct.Struct('>d?')
_S_h = struct.Struct('>h')
_S_i = struct.Struct('>i')
_S_ii = struct.Struct('>ii')


@dataclass(slots=True)
class AlterClientQuotasRequest:
    """AlterClientQuotasRequest (API key 49, versions 0-1).

    Generated from AlterClientQuotasRequest.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = 49
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 1
    LATEST_VERSION: ClassVar[int] = 1
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
    FLEXIBLE_MIN: ClassVar[int | None] = 1
    #: Who serves this request in Kafka (empty for responses).
    LISTENERS: ClassVar[tuple[str, ...]] = ('broker', 'controller')
    FIELDS: ClassVar[tuple[FieldInfo, ...]]

    @dataclass(slots=True)
    class EntryData:
        FIELDS: ClassVar[tuple[FieldInfo, ...]]

        @dataclass(slots=True)
        class EntityData:
            FIELDS: ClassVar[tuple[FieldInfo, ...]]

            #: The entity type.
            entity_type: str = ''
            #: The name of the entity, or null if the default.
            entity_name: str | None = ''
            #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
            unknown_tagged_fields: list[tuple[int, bytes]] | None = None

        @dataclass(slots=True)
        class OpData:
            FIELDS: ClassVar[tuple[FieldInfo, ...]]

            #: The quota configuration key.
            key: str = ''
            #: The value to set, otherwise ignored if the value is to be removed.
            value: float = 0.0
            #: Whether the quota configuration value should be removed, otherwise set.
            remove: bool = False
            #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
            unknown_tagged_fields: list[tuple[int, bytes]] | None = None

        #: The quota entity to alter.
        entity: list[AlterClientQuotasRequest.EntryData.EntityData] = field(default_factory=list)
        #: An individual quota configuration entry to alter.
        ops: list[AlterClientQuotasRequest.EntryData.OpData] = field(default_factory=list)
        #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
        unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    EntityData = EntryData.EntityData
    OpData = EntryData.OpData
    #: The quota configuration entries to alter.
    entries: list[AlterClientQuotasRequest.EntryData] = field(default_factory=list)
    #: Whether the alteration should be validated, but not performed.
    validate_only: bool = False
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> AlterClientQuotasRequest:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_AlterClientQuotasRequest, data, version, 'AlterClientQuotasRequest', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_AlterClientQuotasRequest, self, version, 'AlterClientQuotasRequest')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_AlterClientQuotasRequest, self, version, 'AlterClientQuotasRequest')


@dataclass(slots=True)
class AlterClientQuotasResponse:
    """AlterClientQuotasResponse (API key 49, versions 0-1).

    Generated from AlterClientQuotasResponse.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = 49
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
            #: The name of the entity, or null if the default.
            entity_name: str | None = ''
            #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
            unknown_tagged_fields: list[tuple[int, bytes]] | None = None

        #: The error code, or `0` if the quota alteration succeeded.
        error_code: int = 0
        #: The error message, or `null` if the quota alteration succeeded.
        error_message: str | None = ''
        #: The quota entity to alter.
        entity: list[AlterClientQuotasResponse.EntryData.EntityData] = field(default_factory=list)
        #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
        unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    EntityData = EntryData.EntityData
    #: The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    throttle_time_ms: int = 0
    #: The quota configuration entries to alter.
    entries: list[AlterClientQuotasResponse.EntryData] = field(default_factory=list)
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> AlterClientQuotasResponse:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_AlterClientQuotasResponse, data, version, 'AlterClientQuotasResponse', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_AlterClientQuotasResponse, self, version, 'AlterClientQuotasResponse')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_AlterClientQuotasResponse, self, version, 'AlterClientQuotasResponse')

def _d_AlterClientQuotasRequest_EntryData_EntityData_v0(B: memoryview, P: int) -> tuple[AlterClientQuotasRequest.EntryData.EntityData, int]:
    f0, P = read_string(B, P)
    f1, P = read_nullable_string(B, P)
    return _C_AlterClientQuotasRequest_EntryData_EntityData(f0, f1, None), P


def _d_AlterClientQuotasRequest_EntryData_OpData_v0(B: memoryview, P: int) -> tuple[AlterClientQuotasRequest.EntryData.OpData, int]:
    f0, P = read_string(B, P)
    (f1, f2,) = _S_do.unpack_from(B, P)
    P += 9
    return _C_AlterClientQuotasRequest_EntryData_OpData(f0, f1, f2, None), P


def _d_AlterClientQuotasRequest_EntryData_v0(B: memoryview, P: int) -> tuple[AlterClientQuotasRequest.EntryData, int]:
    (n_f0,) = _S_i.unpack_from(B, P)
    P += 4
    f0: list[AlterClientQuotasRequest.EntryData.EntityData]
    if n_f0 < 0:
        raise DecodeError(f'non-nullable array Entity has length {n_f0}')
    else:
        if n_f0 > len(B) - P:
            raise DecodeError(f'array length {n_f0} exceeds the buffer')
        f0 = []
        for _ in range(n_f0):
            e_f0, P = _d_AlterClientQuotasRequest_EntryData_EntityData_v0(B, P)
            f0.append(e_f0)
    (n_f1,) = _S_i.unpack_from(B, P)
    P += 4
    f1: list[AlterClientQuotasRequest.EntryData.OpData]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Ops has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_AlterClientQuotasRequest_EntryData_OpData_v0(B, P)
            f1.append(e_f1)
    return _C_AlterClientQuotasRequest_EntryData(f0, f1, None), P


def _d_AlterClientQuotasRequest_v0(B: memoryview, P: int) -> tuple[AlterClientQuotasRequest, int]:
    (n_f0,) = _S_i.unpack_from(B, P)
    P += 4
    f0: list[AlterClientQuotasRequest.EntryData]
    if n_f0 < 0:
        raise DecodeError(f'non-nullable array Entries has length {n_f0}')
    else:
        if n_f0 > len(B) - P:
            raise DecodeError(f'array length {n_f0} exceeds the buffer')
        f0 = []
        for _ in range(n_f0):
            e_f0, P = _d_AlterClientQuotasRequest_EntryData_v0(B, P)
            f0.append(e_f0)
    (f1,) = _S_o.unpack_from(B, P)
    P += 1
    return _C_AlterClientQuotasRequest(f0, f1, None), P


def _d_AlterClientQuotasRequest_EntryData_EntityData_v1(B: memoryview, P: int) -> tuple[AlterClientQuotasRequest.EntryData.EntityData, int]:
    f0, P = read_compact_string(B, P)
    f1, P = read_compact_nullable_string(B, P)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_AlterClientQuotasRequest_EntryData_EntityData(f0, f1, tf), P


def _d_AlterClientQuotasRequest_EntryData_OpData_v1(B: memoryview, P: int) -> tuple[AlterClientQuotasRequest.EntryData.OpData, int]:
    f0, P = read_compact_string(B, P)
    (f1, f2,) = _S_do.unpack_from(B, P)
    P += 9
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_AlterClientQuotasRequest_EntryData_OpData(f0, f1, f2, tf), P


def _d_AlterClientQuotasRequest_EntryData_v1(B: memoryview, P: int) -> tuple[AlterClientQuotasRequest.EntryData, int]:
    n_f0 = B[P]
    if n_f0 < 0x80:
        P += 1
    else:
        n_f0, P = read_uvarint(B, P)
    n_f0 -= 1
    f0: list[AlterClientQuotasRequest.EntryData.EntityData]
    if n_f0 < 0:
        raise DecodeError(f'non-nullable array Entity has length {n_f0}')
    else:
        if n_f0 > len(B) - P:
            raise DecodeError(f'array length {n_f0} exceeds the buffer')
        f0 = []
        for _ in range(n_f0):
            e_f0, P = _d_AlterClientQuotasRequest_EntryData_EntityData_v1(B, P)
            f0.append(e_f0)
    n_f1 = B[P]
    if n_f1 < 0x80:
        P += 1
    else:
        n_f1, P = read_uvarint(B, P)
    n_f1 -= 1
    f1: list[AlterClientQuotasRequest.EntryData.OpData]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Ops has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_AlterClientQuotasRequest_EntryData_OpData_v1(B, P)
            f1.append(e_f1)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_AlterClientQuotasRequest_EntryData(f0, f1, tf), P


def _d_AlterClientQuotasRequest_v1(B: memoryview, P: int) -> tuple[AlterClientQuotasRequest, int]:
    n_f0 = B[P]
    if n_f0 < 0x80:
        P += 1
    else:
        n_f0, P = read_uvarint(B, P)
    n_f0 -= 1
    f0: list[AlterClientQuotasRequest.EntryData]
    if n_f0 < 0:
        raise DecodeError(f'non-nullable array Entries has length {n_f0}')
    else:
        if n_f0 > len(B) - P:
            raise DecodeError(f'array length {n_f0} exceeds the buffer')
        f0 = []
        for _ in range(n_f0):
            e_f0, P = _d_AlterClientQuotasRequest_EntryData_v1(B, P)
            f0.append(e_f0)
    (f1,) = _S_o.unpack_from(B, P)
    P += 1
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_AlterClientQuotasRequest(f0, f1, tf), P


def _e_AlterClientQuotasRequest_EntryData_EntityData_v0(o: AlterClientQuotasRequest.EntryData.EntityData, O: bytearray) -> None:
    write_string(O, o.entity_type)
    write_nullable_string(O, o.entity_name)


def _e_AlterClientQuotasRequest_EntryData_OpData_v0(o: AlterClientQuotasRequest.EntryData.OpData, O: bytearray) -> None:
    write_string(O, o.key)
    O += _S_do.pack(o.value, o.remove)


def _e_AlterClientQuotasRequest_EntryData_v0(o: AlterClientQuotasRequest.EntryData, O: bytearray) -> None:
    a0 = o.entity
    if a0 is None:
        raise EncodeError('non-nullable array Entity is None')
    O += _S_i.pack(len(a0))
    for e_a0 in a0:
        _e_AlterClientQuotasRequest_EntryData_EntityData_v0(e_a0, O)
    a1 = o.ops
    if a1 is None:
        raise EncodeError('non-nullable array Ops is None')
    O += _S_i.pack(len(a1))
    for e_a1 in a1:
        _e_AlterClientQuotasRequest_EntryData_OpData_v0(e_a1, O)


def _e_AlterClientQuotasRequest_v0(o: AlterClientQuotasRequest, O: bytearray) -> None:
    a0 = o.entries
    if a0 is None:
        raise EncodeError('non-nullable array Entries is None')
    O += _S_i.pack(len(a0))
    for e_a0 in a0:
        _e_AlterClientQuotasRequest_EntryData_v0(e_a0, O)
    O += _S_o.pack(o.validate_only)


def _e_AlterClientQuotasRequest_EntryData_EntityData_v1(o: AlterClientQuotasRequest.EntryData.EntityData, O: bytearray) -> None:
    write_compact_string(O, o.entity_type)
    write_compact_nullable_string(O, o.entity_name)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_AlterClientQuotasRequest_EntryData_OpData_v1(o: AlterClientQuotasRequest.EntryData.OpData, O: bytearray) -> None:
    write_compact_string(O, o.key)
    O += _S_do.pack(o.value, o.remove)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_AlterClientQuotasRequest_EntryData_v1(o: AlterClientQuotasRequest.EntryData, O: bytearray) -> None:
    a0 = o.entity
    if a0 is None:
        raise EncodeError('non-nullable array Entity is None')
    write_uvarint(O, len(a0) + 1)
    for e_a0 in a0:
        _e_AlterClientQuotasRequest_EntryData_EntityData_v1(e_a0, O)
    a1 = o.ops
    if a1 is None:
        raise EncodeError('non-nullable array Ops is None')
    write_uvarint(O, len(a1) + 1)
    for e_a1 in a1:
        _e_AlterClientQuotasRequest_EntryData_OpData_v1(e_a1, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_AlterClientQuotasRequest_v1(o: AlterClientQuotasRequest, O: bytearray) -> None:
    a0 = o.entries
    if a0 is None:
        raise EncodeError('non-nullable array Entries is None')
    write_uvarint(O, len(a0) + 1)
    for e_a0 in a0:
        _e_AlterClientQuotasRequest_EntryData_v1(e_a0, O)
    O += _S_o.pack(o.validate_only)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _d_AlterClientQuotasResponse_EntryData_EntityData_v0(B: memoryview, P: int) -> tuple[AlterClientQuotasResponse.EntryData.EntityData, int]:
    f0, P = read_string(B, P)
    f1, P = read_nullable_string(B, P)
    return _C_AlterClientQuotasResponse_EntryData_EntityData(f0, f1, None), P


def _d_AlterClientQuotasResponse_EntryData_v0(B: memoryview, P: int) -> tuple[AlterClientQuotasResponse.EntryData, int]:
    (f0,) = _S_h.unpack_from(B, P)
    P += 2
    f1, P = read_nullable_string(B, P)
    (n_f2,) = _S_i.unpack_from(B, P)
    P += 4
    f2: list[AlterClientQuotasResponse.EntryData.EntityData]
    if n_f2 < 0:
        raise DecodeError(f'non-nullable array Entity has length {n_f2}')
    else:
        if n_f2 > len(B) - P:
            raise DecodeError(f'array length {n_f2} exceeds the buffer')
        f2 = []
        for _ in range(n_f2):
            e_f2, P = _d_AlterClientQuotasResponse_EntryData_EntityData_v0(B, P)
            f2.append(e_f2)
    return _C_AlterClientQuotasResponse_EntryData(f0, f1, f2, None), P


def _d_AlterClientQuotasResponse_v0(B: memoryview, P: int) -> tuple[AlterClientQuotasResponse, int]:
    (f0, n_f1,) = _S_ii.unpack_from(B, P)
    P += 8
    f1: list[AlterClientQuotasResponse.EntryData]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Entries has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_AlterClientQuotasResponse_EntryData_v0(B, P)
            f1.append(e_f1)
    return _C_AlterClientQuotasResponse(f0, f1, None), P


def _d_AlterClientQuotasResponse_EntryData_EntityData_v1(B: memoryview, P: int) -> tuple[AlterClientQuotasResponse.EntryData.EntityData, int]:
    f0, P = read_compact_string(B, P)
    f1, P = read_compact_nullable_string(B, P)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_AlterClientQuotasResponse_EntryData_EntityData(f0, f1, tf), P


def _d_AlterClientQuotasResponse_EntryData_v1(B: memoryview, P: int) -> tuple[AlterClientQuotasResponse.EntryData, int]:
    (f0,) = _S_h.unpack_from(B, P)
    P += 2
    f1, P = read_compact_nullable_string(B, P)
    n_f2 = B[P]
    if n_f2 < 0x80:
        P += 1
    else:
        n_f2, P = read_uvarint(B, P)
    n_f2 -= 1
    f2: list[AlterClientQuotasResponse.EntryData.EntityData]
    if n_f2 < 0:
        raise DecodeError(f'non-nullable array Entity has length {n_f2}')
    else:
        if n_f2 > len(B) - P:
            raise DecodeError(f'array length {n_f2} exceeds the buffer')
        f2 = []
        for _ in range(n_f2):
            e_f2, P = _d_AlterClientQuotasResponse_EntryData_EntityData_v1(B, P)
            f2.append(e_f2)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_AlterClientQuotasResponse_EntryData(f0, f1, f2, tf), P


def _d_AlterClientQuotasResponse_v1(B: memoryview, P: int) -> tuple[AlterClientQuotasResponse, int]:
    (f0,) = _S_i.unpack_from(B, P)
    P += 4
    n_f1 = B[P]
    if n_f1 < 0x80:
        P += 1
    else:
        n_f1, P = read_uvarint(B, P)
    n_f1 -= 1
    f1: list[AlterClientQuotasResponse.EntryData]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Entries has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_AlterClientQuotasResponse_EntryData_v1(B, P)
            f1.append(e_f1)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_AlterClientQuotasResponse(f0, f1, tf), P


def _e_AlterClientQuotasResponse_EntryData_EntityData_v0(o: AlterClientQuotasResponse.EntryData.EntityData, O: bytearray) -> None:
    write_string(O, o.entity_type)
    write_nullable_string(O, o.entity_name)


def _e_AlterClientQuotasResponse_EntryData_v0(o: AlterClientQuotasResponse.EntryData, O: bytearray) -> None:
    O += _S_h.pack(o.error_code)
    write_nullable_string(O, o.error_message)
    a2 = o.entity
    if a2 is None:
        raise EncodeError('non-nullable array Entity is None')
    O += _S_i.pack(len(a2))
    for e_a2 in a2:
        _e_AlterClientQuotasResponse_EntryData_EntityData_v0(e_a2, O)


def _e_AlterClientQuotasResponse_v0(o: AlterClientQuotasResponse, O: bytearray) -> None:
    a1 = o.entries
    if a1 is None:
        raise EncodeError('non-nullable array Entries is None')
    O += _S_ii.pack(o.throttle_time_ms, len(a1))
    for e_a1 in a1:
        _e_AlterClientQuotasResponse_EntryData_v0(e_a1, O)


def _e_AlterClientQuotasResponse_EntryData_EntityData_v1(o: AlterClientQuotasResponse.EntryData.EntityData, O: bytearray) -> None:
    write_compact_string(O, o.entity_type)
    write_compact_nullable_string(O, o.entity_name)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_AlterClientQuotasResponse_EntryData_v1(o: AlterClientQuotasResponse.EntryData, O: bytearray) -> None:
    O += _S_h.pack(o.error_code)
    write_compact_nullable_string(O, o.error_message)
    a2 = o.entity
    if a2 is None:
        raise EncodeError('non-nullable array Entity is None')
    write_uvarint(O, len(a2) + 1)
    for e_a2 in a2:
        _e_AlterClientQuotasResponse_EntryData_EntityData_v1(e_a2, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_AlterClientQuotasResponse_v1(o: AlterClientQuotasResponse, O: bytearray) -> None:
    O += _S_i.pack(o.throttle_time_ms)
    a1 = o.entries
    if a1 is None:
        raise EncodeError('non-nullable array Entries is None')
    write_uvarint(O, len(a1) + 1)
    for e_a1 in a1:
        _e_AlterClientQuotasResponse_EntryData_v1(e_a1, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


_C_AlterClientQuotasRequest = AlterClientQuotasRequest
_C_AlterClientQuotasRequest_EntryData = AlterClientQuotasRequest.EntryData
_C_AlterClientQuotasRequest_EntryData_EntityData = AlterClientQuotasRequest.EntryData.EntityData
_C_AlterClientQuotasRequest_EntryData_OpData = AlterClientQuotasRequest.EntryData.OpData
_DEF_C_AlterClientQuotasRequest_EntryData = _C_AlterClientQuotasRequest_EntryData()
_DEF_C_AlterClientQuotasRequest_EntryData_EntityData = _C_AlterClientQuotasRequest_EntryData_EntityData()
_DEF_C_AlterClientQuotasRequest_EntryData_OpData = _C_AlterClientQuotasRequest_EntryData_OpData()
_DEC_AlterClientQuotasRequest: dict[int, Decoder[AlterClientQuotasRequest]] = {
    0: _d_AlterClientQuotasRequest_v0,
    1: _d_AlterClientQuotasRequest_v1,
}
_ENC_AlterClientQuotasRequest: dict[int, Encoder[AlterClientQuotasRequest]] = {
    0: _e_AlterClientQuotasRequest_v0,
    1: _e_AlterClientQuotasRequest_v1,
}
AlterClientQuotasRequest.FIELDS = (
    FieldInfo('Entries', 'entries', '[]EntryData', (0, OPEN), None, None, None, False, None, None, _C_AlterClientQuotasRequest_EntryData),
    FieldInfo('ValidateOnly', 'validate_only', 'bool', (0, OPEN), None, None, None, False, None, None, None),
)
AlterClientQuotasRequest.EntryData.FIELDS = (
    FieldInfo('Entity', 'entity', '[]EntityData', (0, OPEN), None, None, None, False, None, None, _C_AlterClientQuotasRequest_EntryData_EntityData),
    FieldInfo('Ops', 'ops', '[]OpData', (0, OPEN), None, None, None, False, None, None, _C_AlterClientQuotasRequest_EntryData_OpData),
)
AlterClientQuotasRequest.EntryData.EntityData.FIELDS = (
    FieldInfo('EntityType', 'entity_type', 'string', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('EntityName', 'entity_name', 'string', (0, OPEN), (0, OPEN), None, None, False, None, None, None),
)
AlterClientQuotasRequest.EntryData.OpData.FIELDS = (
    FieldInfo('Key', 'key', 'string', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Value', 'value', 'float64', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Remove', 'remove', 'bool', (0, OPEN), None, None, None, False, None, None, None),
)

_C_AlterClientQuotasResponse = AlterClientQuotasResponse
_C_AlterClientQuotasResponse_EntryData = AlterClientQuotasResponse.EntryData
_C_AlterClientQuotasResponse_EntryData_EntityData = AlterClientQuotasResponse.EntryData.EntityData
_DEF_C_AlterClientQuotasResponse_EntryData = _C_AlterClientQuotasResponse_EntryData()
_DEF_C_AlterClientQuotasResponse_EntryData_EntityData = _C_AlterClientQuotasResponse_EntryData_EntityData()
_DEC_AlterClientQuotasResponse: dict[int, Decoder[AlterClientQuotasResponse]] = {
    0: _d_AlterClientQuotasResponse_v0,
    1: _d_AlterClientQuotasResponse_v1,
}
_ENC_AlterClientQuotasResponse: dict[int, Encoder[AlterClientQuotasResponse]] = {
    0: _e_AlterClientQuotasResponse_v0,
    1: _e_AlterClientQuotasResponse_v1,
}
AlterClientQuotasResponse.FIELDS = (
    FieldInfo('ThrottleTimeMs', 'throttle_time_ms', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Entries', 'entries', '[]EntryData', (0, OPEN), None, None, None, False, None, None, _C_AlterClientQuotasResponse_EntryData),
)
AlterClientQuotasResponse.EntryData.FIELDS = (
    FieldInfo('ErrorCode', 'error_code', 'int16', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('ErrorMessage', 'error_message', 'string', (0, OPEN), (0, OPEN), None, None, False, None, None, None),
    FieldInfo('Entity', 'entity', '[]EntityData', (0, OPEN), None, None, None, False, None, None, _C_AlterClientQuotasResponse_EntryData_EntityData),
)
AlterClientQuotasResponse.EntryData.EntityData.FIELDS = (
    FieldInfo('EntityType', 'entity_type', 'string', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('EntityName', 'entity_name', 'string', (0, OPEN), (0, OPEN), None, None, False, None, None, None),
)
