"""API key 13: LeaveGroup.

GENERATED - DO NOT EDIT. Written by ``python -m wire.generator`` from Apache Kafka 4.1.1's
message definitions (LeaveGroupRequest.json, LeaveGroupResponse.json).
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
_S_ihi = struct.Struct('>ihi')


@dataclass(slots=True)
class LeaveGroupRequest:
    """LeaveGroupRequest (API key 13, versions 0-5).

    Generated from LeaveGroupRequest.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = 13
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 5
    LATEST_VERSION: ClassVar[int] = 5
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
    FLEXIBLE_MIN: ClassVar[int | None] = 4
    #: Who serves this request in Kafka (empty for responses).
    LISTENERS: ClassVar[tuple[str, ...]] = ('broker',)
    FIELDS: ClassVar[tuple[FieldInfo, ...]]

    @dataclass(slots=True)
    class MemberIdentity:
        FIELDS: ClassVar[tuple[FieldInfo, ...]]

        #: The member ID to remove from the group.
        member_id: str = ''
        #: The group instance ID to remove from the group.
        group_instance_id: str | None = None
        #: The reason why the member left the group.
        reason: str | None = None
        #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
        unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    #: The ID of the group to leave.
    group_id: str = ''
    #: The member ID to remove from the group.
    member_id: str = ''
    #: List of leaving member identities.
    members: list[LeaveGroupRequest.MemberIdentity] = field(default_factory=list)
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> LeaveGroupRequest:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_LeaveGroupRequest, data, version, 'LeaveGroupRequest', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_LeaveGroupRequest, self, version, 'LeaveGroupRequest')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_LeaveGroupRequest, self, version, 'LeaveGroupRequest')


@dataclass(slots=True)
class LeaveGroupResponse:
    """LeaveGroupResponse (API key 13, versions 0-5).

    Generated from LeaveGroupResponse.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = 13
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 5
    LATEST_VERSION: ClassVar[int] = 5
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
    FLEXIBLE_MIN: ClassVar[int | None] = 4
    #: Who serves this request in Kafka (empty for responses).
    LISTENERS: ClassVar[tuple[str, ...]] = ()
    FIELDS: ClassVar[tuple[FieldInfo, ...]]

    @dataclass(slots=True)
    class MemberResponse:
        FIELDS: ClassVar[tuple[FieldInfo, ...]]

        #: The member ID to remove from the group.
        member_id: str = ''
        #: The group instance ID to remove from the group.
        group_instance_id: str | None = ''
        #: The error code, or 0 if there was no error.
        error_code: int = 0
        #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
        unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    #: The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    throttle_time_ms: int = 0
    #: The error code, or 0 if there was no error.
    error_code: int = 0
    #: List of leaving member responses.
    members: list[LeaveGroupResponse.MemberResponse] = field(default_factory=list)
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> LeaveGroupResponse:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_LeaveGroupResponse, data, version, 'LeaveGroupResponse', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_LeaveGroupResponse, self, version, 'LeaveGroupResponse')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_LeaveGroupResponse, self, version, 'LeaveGroupResponse')

def _d_LeaveGroupRequest_v0(B: memoryview, P: int) -> tuple[LeaveGroupRequest, int]:
    f0, P = read_string(B, P)
    f1, P = read_string(B, P)
    return _C_LeaveGroupRequest(f0, f1, [], None), P


def _d_LeaveGroupRequest_MemberIdentity_v3(B: memoryview, P: int) -> tuple[LeaveGroupRequest.MemberIdentity, int]:
    f0, P = read_string(B, P)
    f1, P = read_nullable_string(B, P)
    return _C_LeaveGroupRequest_MemberIdentity(f0, f1, None, None), P


def _d_LeaveGroupRequest_v3(B: memoryview, P: int) -> tuple[LeaveGroupRequest, int]:
    f0, P = read_string(B, P)
    (n_f2,) = _S_i.unpack_from(B, P)
    P += 4
    f2: list[LeaveGroupRequest.MemberIdentity]
    if n_f2 < 0:
        raise DecodeError(f'non-nullable array Members has length {n_f2}')
    else:
        if n_f2 > len(B) - P:
            raise DecodeError(f'array length {n_f2} exceeds the buffer')
        f2 = []
        for _ in range(n_f2):
            e_f2, P = _d_LeaveGroupRequest_MemberIdentity_v3(B, P)
            f2.append(e_f2)
    return _C_LeaveGroupRequest(f0, '', f2, None), P


def _d_LeaveGroupRequest_MemberIdentity_v4(B: memoryview, P: int) -> tuple[LeaveGroupRequest.MemberIdentity, int]:
    f0, P = read_compact_string(B, P)
    f1, P = read_compact_nullable_string(B, P)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_LeaveGroupRequest_MemberIdentity(f0, f1, None, tf), P


def _d_LeaveGroupRequest_v4(B: memoryview, P: int) -> tuple[LeaveGroupRequest, int]:
    f0, P = read_compact_string(B, P)
    n_f2 = B[P]
    if n_f2 < 0x80:
        P += 1
    else:
        n_f2, P = read_uvarint(B, P)
    n_f2 -= 1
    f2: list[LeaveGroupRequest.MemberIdentity]
    if n_f2 < 0:
        raise DecodeError(f'non-nullable array Members has length {n_f2}')
    else:
        if n_f2 > len(B) - P:
            raise DecodeError(f'array length {n_f2} exceeds the buffer')
        f2 = []
        for _ in range(n_f2):
            e_f2, P = _d_LeaveGroupRequest_MemberIdentity_v4(B, P)
            f2.append(e_f2)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_LeaveGroupRequest(f0, '', f2, tf), P


def _d_LeaveGroupRequest_MemberIdentity_v5(B: memoryview, P: int) -> tuple[LeaveGroupRequest.MemberIdentity, int]:
    f0, P = read_compact_string(B, P)
    f1, P = read_compact_nullable_string(B, P)
    f2, P = read_compact_nullable_string(B, P)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_LeaveGroupRequest_MemberIdentity(f0, f1, f2, tf), P


def _d_LeaveGroupRequest_v5(B: memoryview, P: int) -> tuple[LeaveGroupRequest, int]:
    f0, P = read_compact_string(B, P)
    n_f2 = B[P]
    if n_f2 < 0x80:
        P += 1
    else:
        n_f2, P = read_uvarint(B, P)
    n_f2 -= 1
    f2: list[LeaveGroupRequest.MemberIdentity]
    if n_f2 < 0:
        raise DecodeError(f'non-nullable array Members has length {n_f2}')
    else:
        if n_f2 > len(B) - P:
            raise DecodeError(f'array length {n_f2} exceeds the buffer')
        f2 = []
        for _ in range(n_f2):
            e_f2, P = _d_LeaveGroupRequest_MemberIdentity_v5(B, P)
            f2.append(e_f2)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_LeaveGroupRequest(f0, '', f2, tf), P


def _e_LeaveGroupRequest_v0(o: LeaveGroupRequest, O: bytearray) -> None:
    if bool(o.members):
        raise EncodeError('LeaveGroupRequest.Members is not supported in version 0')
    write_string(O, o.group_id)
    write_string(O, o.member_id)


def _e_LeaveGroupRequest_v1(o: LeaveGroupRequest, O: bytearray) -> None:
    if bool(o.members):
        raise EncodeError('LeaveGroupRequest.Members is not supported in version 1')
    write_string(O, o.group_id)
    write_string(O, o.member_id)


def _e_LeaveGroupRequest_v2(o: LeaveGroupRequest, O: bytearray) -> None:
    if bool(o.members):
        raise EncodeError('LeaveGroupRequest.Members is not supported in version 2')
    write_string(O, o.group_id)
    write_string(O, o.member_id)


def _e_LeaveGroupRequest_MemberIdentity_v3(o: LeaveGroupRequest.MemberIdentity, O: bytearray) -> None:
    write_string(O, o.member_id)
    write_nullable_string(O, o.group_instance_id)


def _e_LeaveGroupRequest_v3(o: LeaveGroupRequest, O: bytearray) -> None:
    if o.member_id != '':
        raise EncodeError('LeaveGroupRequest.MemberId is not supported in version 3')
    write_string(O, o.group_id)
    a1 = o.members
    if a1 is None:
        raise EncodeError('non-nullable array Members is None')
    O += _S_i.pack(len(a1))
    for e_a1 in a1:
        _e_LeaveGroupRequest_MemberIdentity_v3(e_a1, O)


def _e_LeaveGroupRequest_MemberIdentity_v4(o: LeaveGroupRequest.MemberIdentity, O: bytearray) -> None:
    write_compact_string(O, o.member_id)
    write_compact_nullable_string(O, o.group_instance_id)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_LeaveGroupRequest_v4(o: LeaveGroupRequest, O: bytearray) -> None:
    if o.member_id != '':
        raise EncodeError('LeaveGroupRequest.MemberId is not supported in version 4')
    write_compact_string(O, o.group_id)
    a1 = o.members
    if a1 is None:
        raise EncodeError('non-nullable array Members is None')
    write_uvarint(O, len(a1) + 1)
    for e_a1 in a1:
        _e_LeaveGroupRequest_MemberIdentity_v4(e_a1, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_LeaveGroupRequest_MemberIdentity_v5(o: LeaveGroupRequest.MemberIdentity, O: bytearray) -> None:
    write_compact_string(O, o.member_id)
    write_compact_nullable_string(O, o.group_instance_id)
    write_compact_nullable_string(O, o.reason)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_LeaveGroupRequest_v5(o: LeaveGroupRequest, O: bytearray) -> None:
    if o.member_id != '':
        raise EncodeError('LeaveGroupRequest.MemberId is not supported in version 5')
    write_compact_string(O, o.group_id)
    a1 = o.members
    if a1 is None:
        raise EncodeError('non-nullable array Members is None')
    write_uvarint(O, len(a1) + 1)
    for e_a1 in a1:
        _e_LeaveGroupRequest_MemberIdentity_v5(e_a1, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _d_LeaveGroupResponse_v0(B: memoryview, P: int) -> tuple[LeaveGroupResponse, int]:
    (f1,) = _S_h.unpack_from(B, P)
    P += 2
    return _C_LeaveGroupResponse(0, f1, [], None), P


def _d_LeaveGroupResponse_v1(B: memoryview, P: int) -> tuple[LeaveGroupResponse, int]:
    (f0, f1,) = _S_ih.unpack_from(B, P)
    P += 6
    return _C_LeaveGroupResponse(f0, f1, [], None), P


def _d_LeaveGroupResponse_MemberResponse_v3(B: memoryview, P: int) -> tuple[LeaveGroupResponse.MemberResponse, int]:
    f0, P = read_string(B, P)
    f1, P = read_nullable_string(B, P)
    (f2,) = _S_h.unpack_from(B, P)
    P += 2
    return _C_LeaveGroupResponse_MemberResponse(f0, f1, f2, None), P


def _d_LeaveGroupResponse_v3(B: memoryview, P: int) -> tuple[LeaveGroupResponse, int]:
    (f0, f1, n_f2,) = _S_ihi.unpack_from(B, P)
    P += 10
    f2: list[LeaveGroupResponse.MemberResponse]
    if n_f2 < 0:
        raise DecodeError(f'non-nullable array Members has length {n_f2}')
    else:
        if n_f2 > len(B) - P:
            raise DecodeError(f'array length {n_f2} exceeds the buffer')
        f2 = []
        for _ in range(n_f2):
            e_f2, P = _d_LeaveGroupResponse_MemberResponse_v3(B, P)
            f2.append(e_f2)
    return _C_LeaveGroupResponse(f0, f1, f2, None), P


def _d_LeaveGroupResponse_MemberResponse_v4(B: memoryview, P: int) -> tuple[LeaveGroupResponse.MemberResponse, int]:
    f0, P = read_compact_string(B, P)
    f1, P = read_compact_nullable_string(B, P)
    (f2,) = _S_h.unpack_from(B, P)
    P += 2
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_LeaveGroupResponse_MemberResponse(f0, f1, f2, tf), P


def _d_LeaveGroupResponse_v4(B: memoryview, P: int) -> tuple[LeaveGroupResponse, int]:
    (f0, f1,) = _S_ih.unpack_from(B, P)
    P += 6
    n_f2 = B[P]
    if n_f2 < 0x80:
        P += 1
    else:
        n_f2, P = read_uvarint(B, P)
    n_f2 -= 1
    f2: list[LeaveGroupResponse.MemberResponse]
    if n_f2 < 0:
        raise DecodeError(f'non-nullable array Members has length {n_f2}')
    else:
        if n_f2 > len(B) - P:
            raise DecodeError(f'array length {n_f2} exceeds the buffer')
        f2 = []
        for _ in range(n_f2):
            e_f2, P = _d_LeaveGroupResponse_MemberResponse_v4(B, P)
            f2.append(e_f2)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_LeaveGroupResponse(f0, f1, f2, tf), P


def _e_LeaveGroupResponse_v0(o: LeaveGroupResponse, O: bytearray) -> None:
    if bool(o.members):
        raise EncodeError('LeaveGroupResponse.Members is not supported in version 0')
    O += _S_h.pack(o.error_code)


def _e_LeaveGroupResponse_v1(o: LeaveGroupResponse, O: bytearray) -> None:
    if bool(o.members):
        raise EncodeError('LeaveGroupResponse.Members is not supported in version 1')
    O += _S_ih.pack(o.throttle_time_ms, o.error_code)


def _e_LeaveGroupResponse_v2(o: LeaveGroupResponse, O: bytearray) -> None:
    if bool(o.members):
        raise EncodeError('LeaveGroupResponse.Members is not supported in version 2')
    O += _S_ih.pack(o.throttle_time_ms, o.error_code)


def _e_LeaveGroupResponse_MemberResponse_v3(o: LeaveGroupResponse.MemberResponse, O: bytearray) -> None:
    write_string(O, o.member_id)
    write_nullable_string(O, o.group_instance_id)
    O += _S_h.pack(o.error_code)


def _e_LeaveGroupResponse_v3(o: LeaveGroupResponse, O: bytearray) -> None:
    a2 = o.members
    if a2 is None:
        raise EncodeError('non-nullable array Members is None')
    O += _S_ihi.pack(o.throttle_time_ms, o.error_code, len(a2))
    for e_a2 in a2:
        _e_LeaveGroupResponse_MemberResponse_v3(e_a2, O)


def _e_LeaveGroupResponse_MemberResponse_v4(o: LeaveGroupResponse.MemberResponse, O: bytearray) -> None:
    write_compact_string(O, o.member_id)
    write_compact_nullable_string(O, o.group_instance_id)
    O += _S_h.pack(o.error_code)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_LeaveGroupResponse_v4(o: LeaveGroupResponse, O: bytearray) -> None:
    O += _S_ih.pack(o.throttle_time_ms, o.error_code)
    a2 = o.members
    if a2 is None:
        raise EncodeError('non-nullable array Members is None')
    write_uvarint(O, len(a2) + 1)
    for e_a2 in a2:
        _e_LeaveGroupResponse_MemberResponse_v4(e_a2, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


_C_LeaveGroupRequest = LeaveGroupRequest
_C_LeaveGroupRequest_MemberIdentity = LeaveGroupRequest.MemberIdentity
_DEF_C_LeaveGroupRequest_MemberIdentity = _C_LeaveGroupRequest_MemberIdentity()
_DEC_LeaveGroupRequest: dict[int, Decoder[LeaveGroupRequest]] = {
    0: _d_LeaveGroupRequest_v0,
    1: _d_LeaveGroupRequest_v0,
    2: _d_LeaveGroupRequest_v0,
    3: _d_LeaveGroupRequest_v3,
    4: _d_LeaveGroupRequest_v4,
    5: _d_LeaveGroupRequest_v5,
}
_ENC_LeaveGroupRequest: dict[int, Encoder[LeaveGroupRequest]] = {
    0: _e_LeaveGroupRequest_v0,
    1: _e_LeaveGroupRequest_v1,
    2: _e_LeaveGroupRequest_v2,
    3: _e_LeaveGroupRequest_v3,
    4: _e_LeaveGroupRequest_v4,
    5: _e_LeaveGroupRequest_v5,
}
LeaveGroupRequest.FIELDS = (
    FieldInfo('GroupId', 'group_id', 'string', (0, OPEN), None, None, None, False, 'groupId', None, None),
    FieldInfo('MemberId', 'member_id', 'string', (0, 2), None, None, None, False, None, None, None),
    FieldInfo('Members', 'members', '[]MemberIdentity', (3, OPEN), None, None, None, False, None, None, _C_LeaveGroupRequest_MemberIdentity),
)
LeaveGroupRequest.MemberIdentity.FIELDS = (
    FieldInfo('MemberId', 'member_id', 'string', (3, OPEN), None, None, None, False, None, None, None),
    FieldInfo('GroupInstanceId', 'group_instance_id', 'string', (3, OPEN), (3, OPEN), None, None, False, None, None, None),
    FieldInfo('Reason', 'reason', 'string', (5, OPEN), (5, OPEN), None, None, True, None, None, None),
)

_C_LeaveGroupResponse = LeaveGroupResponse
_C_LeaveGroupResponse_MemberResponse = LeaveGroupResponse.MemberResponse
_DEF_C_LeaveGroupResponse_MemberResponse = _C_LeaveGroupResponse_MemberResponse()
_DEC_LeaveGroupResponse: dict[int, Decoder[LeaveGroupResponse]] = {
    0: _d_LeaveGroupResponse_v0,
    1: _d_LeaveGroupResponse_v1,
    2: _d_LeaveGroupResponse_v1,
    3: _d_LeaveGroupResponse_v3,
    4: _d_LeaveGroupResponse_v4,
    5: _d_LeaveGroupResponse_v4,
}
_ENC_LeaveGroupResponse: dict[int, Encoder[LeaveGroupResponse]] = {
    0: _e_LeaveGroupResponse_v0,
    1: _e_LeaveGroupResponse_v1,
    2: _e_LeaveGroupResponse_v2,
    3: _e_LeaveGroupResponse_v3,
    4: _e_LeaveGroupResponse_v4,
    5: _e_LeaveGroupResponse_v4,
}
LeaveGroupResponse.FIELDS = (
    FieldInfo('ThrottleTimeMs', 'throttle_time_ms', 'int32', (1, OPEN), None, None, None, True, None, None, None),
    FieldInfo('ErrorCode', 'error_code', 'int16', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Members', 'members', '[]MemberResponse', (3, OPEN), None, None, None, False, None, None, _C_LeaveGroupResponse_MemberResponse),
)
LeaveGroupResponse.MemberResponse.FIELDS = (
    FieldInfo('MemberId', 'member_id', 'string', (3, OPEN), None, None, None, False, None, None, None),
    FieldInfo('GroupInstanceId', 'group_instance_id', 'string', (3, OPEN), (3, OPEN), None, None, False, None, None, None),
    FieldInfo('ErrorCode', 'error_code', 'int16', (3, OPEN), None, None, None, False, None, None, None),
)
