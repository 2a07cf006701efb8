"""API key 12: Heartbeat.

GENERATED - DO NOT EDIT. Written by ``python -m wire.generator`` from Apache Kafka 4.1.1's
message definitions (HeartbeatRequest.json, HeartbeatResponse.json).
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
_S_ih = struct.Struct('>ih')


@dataclass(slots=True)
class HeartbeatRequest:
    """HeartbeatRequest (API key 12, versions 0-4).

    Generated from HeartbeatRequest.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = 12
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 4
    LATEST_VERSION: ClassVar[int] = 4
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
    FLEXIBLE_MIN: ClassVar[int | None] = 4
    #: Who serves this request in Kafka (empty for responses).
    LISTENERS: ClassVar[tuple[str, ...]] = ('broker',)
    FIELDS: ClassVar[tuple[FieldInfo, ...]]

    #: The group id.
    group_id: str = ''
    #: The generation of the group.
    generation_id: int = 0
    #: The member ID.
    member_id: str = ''
    #: The unique identifier of the consumer instance provided by end user.
    group_instance_id: str | None = None
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> HeartbeatRequest:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_HeartbeatRequest, data, version, 'HeartbeatRequest', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_HeartbeatRequest, self, version, 'HeartbeatRequest')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_HeartbeatRequest, self, version, 'HeartbeatRequest')


@dataclass(slots=True)
class HeartbeatResponse:
    """HeartbeatResponse (API key 12, versions 0-4).

    Generated from HeartbeatResponse.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = 12
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 4
    LATEST_VERSION: ClassVar[int] = 4
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
    FLEXIBLE_MIN: ClassVar[int | None] = 4
    #: Who serves this request in Kafka (empty for responses).
    LISTENERS: ClassVar[tuple[str, ...]] = ()
    FIELDS: ClassVar[tuple[FieldInfo, ...]]

    #: The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    throttle_time_ms: int = 0
    #: The error code, or 0 if there was no error.
    error_code: int = 0
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> HeartbeatResponse:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_HeartbeatResponse, data, version, 'HeartbeatResponse', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_HeartbeatResponse, self, version, 'HeartbeatResponse')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_HeartbeatResponse, self, version, 'HeartbeatResponse')

def _d_HeartbeatRequest_v0(B: memoryview, P: int) -> tuple[HeartbeatRequest, int]:
    f0, P = read_string(B, P)
    (f1,) = _S_i.unpack_from(B, P)
    P += 4
    f2, P = read_string(B, P)
    return _C_HeartbeatRequest(f0, f1, f2, None, None), P


def _d_HeartbeatRequest_v3(B: memoryview, P: int) -> tuple[HeartbeatRequest, int]:
    f0, P = read_string(B, P)
    (f1,) = _S_i.unpack_from(B, P)
    P += 4
    f2, P = read_string(B, P)
    f3, P = read_nullable_string(B, P)
    return _C_HeartbeatRequest(f0, f1, f2, f3, None), P


def _d_HeartbeatRequest_v4(B: memoryview, P: int) -> tuple[HeartbeatRequest, int]:
    f0, P = read_compact_string(B, P)
    (f1,) = _S_i.unpack_from(B, P)
    P += 4
    f2, P = read_compact_string(B, P)
    f3, P = read_compact_nullable_string(B, P)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_HeartbeatRequest(f0, f1, f2, f3, tf), P


def _e_HeartbeatRequest_v0(o: HeartbeatRequest, O: bytearray) -> None:
    if o.group_instance_id is not None:
        raise EncodeError('HeartbeatRequest.GroupInstanceId is not supported in version 0')
    write_string(O, o.group_id)
    O += _S_i.pack(o.generation_id)
    write_string(O, o.member_id)


def _e_HeartbeatRequest_v1(o: HeartbeatRequest, O: bytearray) -> None:
    if o.group_instance_id is not None:
        raise EncodeError('HeartbeatRequest.GroupInstanceId is not supported in version 1')
    write_string(O, o.group_id)
    O += _S_i.pack(o.generation_id)
    write_string(O, o.member_id)


def _e_HeartbeatRequest_v2(o: HeartbeatRequest, O: bytearray) -> None:
    if o.group_instance_id is not None:
        raise EncodeError('HeartbeatRequest.GroupInstanceId is not supported in version 2')
    write_string(O, o.group_id)
    O += _S_i.pack(o.generation_id)
    write_string(O, o.member_id)


def _e_HeartbeatRequest_v3(o: HeartbeatRequest, O: bytearray) -> None:
    write_string(O, o.group_id)
    O += _S_i.pack(o.generation_id)
    write_string(O, o.member_id)
    write_nullable_string(O, o.group_instance_id)


def _e_HeartbeatRequest_v4(o: HeartbeatRequest, O: bytearray) -> None:
    write_compact_string(O, o.group_id)
    O += _S_i.pack(o.generation_id)
    write_compact_string(O, o.member_id)
    write_compact_nullable_string(O, o.group_instance_id)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _d_HeartbeatResponse_v0(B: memoryview, P: int) -> tuple[HeartbeatResponse, int]:
    (f1,) = _S_h.unpack_from(B, P)
    P += 2
    return _C_HeartbeatResponse(0, f1, None), P


def _d_HeartbeatResponse_v1(B: memoryview, P: int) -> tuple[HeartbeatResponse, int]:
    (f0, f1,) = _S_ih.unpack_from(B, P)
    P += 6
    return _C_HeartbeatResponse(f0, f1, None), P


def _d_HeartbeatResponse_v4(B: memoryview, P: int) -> tuple[HeartbeatResponse, int]:
    (f0, f1,) = _S_ih.unpack_from(B, P)
    P += 6
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_HeartbeatResponse(f0, f1, tf), P


def _e_HeartbeatResponse_v0(o: HeartbeatResponse, O: bytearray) -> None:
    O += _S_h.pack(o.error_code)


def _e_HeartbeatResponse_v1(o: HeartbeatResponse, O: bytearray) -> None:
    O += _S_ih.pack(o.throttle_time_ms, o.error_code)


def _e_HeartbeatResponse_v4(o: HeartbeatResponse, O: bytearray) -> None:
    O += _S_ih.pack(o.throttle_time_ms, o.error_code)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


_C_HeartbeatRequest = HeartbeatRequest
_DEC_HeartbeatRequest: dict[int, Decoder[HeartbeatRequest]] = {
    0: _d_HeartbeatRequest_v0,
    1: _d_HeartbeatRequest_v0,
    2: _d_HeartbeatRequest_v0,
    3: _d_HeartbeatRequest_v3,
    4: _d_HeartbeatRequest_v4,
}
_ENC_HeartbeatRequest: dict[int, Encoder[HeartbeatRequest]] = {
    0: _e_HeartbeatRequest_v0,
    1: _e_HeartbeatRequest_v1,
    2: _e_HeartbeatRequest_v2,
    3: _e_HeartbeatRequest_v3,
    4: _e_HeartbeatRequest_v4,
}
HeartbeatRequest.FIELDS = (
    FieldInfo('GroupId', 'group_id', 'string', (0, OPEN), None, None, None, False, 'groupId', None, None),
    FieldInfo('GenerationId', 'generation_id', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('MemberId', 'member_id', 'string', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('GroupInstanceId', 'group_instance_id', 'string', (3, OPEN), (3, OPEN), None, None, False, None, None, None),
)

_C_HeartbeatResponse = HeartbeatResponse
_DEC_HeartbeatResponse: dict[int, Decoder[HeartbeatResponse]] = {
    0: _d_HeartbeatResponse_v0,
    1: _d_HeartbeatResponse_v1,
    2: _d_HeartbeatResponse_v1,
    3: _d_HeartbeatResponse_v1,
    4: _d_HeartbeatResponse_v4,
}
_ENC_HeartbeatResponse: dict[int, Encoder[HeartbeatResponse]] = {
    0: _e_HeartbeatResponse_v0,
    1: _e_HeartbeatResponse_v1,
    2: _e_HeartbeatResponse_v1,
    3: _e_HeartbeatResponse_v1,
    4: _e_HeartbeatResponse_v4,
}
HeartbeatResponse.FIELDS = (
    FieldInfo('ThrottleTimeMs', 'throttle_time_ms', 'int32', (1, OPEN), None, None, None, True, None, None, None),
    FieldInfo('ErrorCode', 'error_code', 'int16', (0, OPEN), None, None, None, False, None, None, None),
)
