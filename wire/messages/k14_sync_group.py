"""API key 14: SyncGroup.

GENERATED - DO NOT EDIT. Written by ``python -m wire.generator`` from Apache Kafka 4.1.1's
message definitions (SyncGroupRequest.json, SyncGroupResponse.json).
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
class SyncGroupRequest:
    """SyncGroupRequest (API key 14, versions 0-5).

    Generated from SyncGroupRequest.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = 14
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 5
    LATEST_VERSION: ClassVar[int] = 5
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
    FLEXIBLE_MIN: ClassVar[int | None] = 4
    #: Who serves this request in Kafka (empty for responses).
    LISTENERS: ClassVar[tuple[str, ...]] = ('broker',)
    FIELDS: ClassVar[tuple[FieldInfo, ...]]

    @dataclass(slots=True)
    class SyncGroupRequestAssignment:
        FIELDS: ClassVar[tuple[FieldInfo, ...]]

        #: The ID of the member to assign.
        member_id: str = ''
        #: The member assignment.
        assignment: bytes | memoryview = b''
        #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
        unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    #: The unique group identifier.
    group_id: str = ''
    #: The generation of the group.
    generation_id: int = 0
    #: The member ID assigned by the group.
    member_id: str = ''
    #: The unique identifier of the consumer instance provided by end user.
    group_instance_id: str | None = None
    #: The group protocol type.
    protocol_type: str | None = None
    #: The group protocol name.
    protocol_name: str | None = None
    #: Each assignment.
    assignments: list[SyncGroupRequest.SyncGroupRequestAssignment] = field(default_factory=list)
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> SyncGroupRequest:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_SyncGroupRequest, data, version, 'SyncGroupRequest', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_SyncGroupRequest, self, version, 'SyncGroupRequest')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_SyncGroupRequest, self, version, 'SyncGroupRequest')


@dataclass(slots=True)
class SyncGroupResponse:
    """SyncGroupResponse (API key 14, versions 0-5).

    Generated from SyncGroupResponse.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = 14
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 5
    LATEST_VERSION: ClassVar[int] = 5
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
    FLEXIBLE_MIN: ClassVar[int | None] = 4
    #: Who serves this request in Kafka (empty for responses).
    LISTENERS: ClassVar[tuple[str, ...]] = ()
    FIELDS: ClassVar[tuple[FieldInfo, ...]]

    #: The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    throttle_time_ms: int = 0
    #: The error code, or 0 if there was no error.
    error_code: int = 0
    #: The group protocol type.
    protocol_type: str | None = None
    #: The group protocol name.
    protocol_name: str | None = None
    #: The member assignment.
    assignment: bytes | memoryview = b''
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> SyncGroupResponse:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_SyncGroupResponse, data, version, 'SyncGroupResponse', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_SyncGroupResponse, self, version, 'SyncGroupResponse')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_SyncGroupResponse, self, version, 'SyncGroupResponse')

def _d_SyncGroupRequest_SyncGroupRequestAssignment_v0(B: memoryview, P: int) -> tuple[SyncGroupRequest.SyncGroupRequestAssignment, int]:
    f0, P = read_string(B, P)
    f1, P = read_bytes(B, P)
    return _C_SyncGroupRequest_SyncGroupRequestAssignment(f0, f1, None), P


def _d_SyncGroupRequest_v0(B: memoryview, P: int) -> tuple[SyncGroupRequest, int]:
    f0, P = read_string(B, P)
    (f1,) = _S_i.unpack_from(B, P)
    P += 4
    f2, P = read_string(B, P)
    (n_f6,) = _S_i.unpack_from(B, P)
    P += 4
    f6: list[SyncGroupRequest.SyncGroupRequestAssignment]
    if n_f6 < 0:
        raise DecodeError(f'non-nullable array Assignments has length {n_f6}')
    else:
        if n_f6 > len(B) - P:
            raise DecodeError(f'array length {n_f6} exceeds the buffer')
        f6 = []
        for _ in range(n_f6):
            e_f6, P = _d_SyncGroupRequest_SyncGroupRequestAssignment_v0(B, P)
            f6.append(e_f6)
    return _C_SyncGroupRequest(f0, f1, f2, None, None, None, f6, None), P


def _d_SyncGroupRequest_v3(B: memoryview, P: int) -> tuple[SyncGroupRequest, int]:
    f0, P = read_string(B, P)
    (f1,) = _S_i.unpack_from(B, P)
    P += 4
    f2, P = read_string(B, P)
    f3, P = read_nullable_string(B, P)
    (n_f6,) = _S_i.unpack_from(B, P)
    P += 4
    f6: list[SyncGroupRequest.SyncGroupRequestAssignment]
    if n_f6 < 0:
        raise DecodeError(f'non-nullable array Assignments has length {n_f6}')
    else:
        if n_f6 > len(B) - P:
            raise DecodeError(f'array length {n_f6} exceeds the buffer')
        f6 = []
        for _ in range(n_f6):
            e_f6, P = _d_SyncGroupRequest_SyncGroupRequestAssignment_v0(B, P)
            f6.append(e_f6)
    return _C_SyncGroupRequest(f0, f1, f2, f3, None, None, f6, None), P


def _d_SyncGroupRequest_SyncGroupRequestAssignment_v4(B: memoryview, P: int) -> tuple[SyncGroupRequest.SyncGroupRequestAssignment, int]:
    f0, P = read_compact_string(B, P)
    f1, P = read_compact_bytes(B, P)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_SyncGroupRequest_SyncGroupRequestAssignment(f0, f1, tf), P


def _d_SyncGroupRequest_v4(B: memoryview, P: int) -> tuple[SyncGroupRequest, int]:
    f0, P = read_compact_string(B, P)
    (f1,) = _S_i.unpack_from(B, P)
    P += 4
    f2, P = read_compact_string(B, P)
    f3, P = read_compact_nullable_string(B, P)
    n_f6 = B[P]
    if n_f6 < 0x80:
        P += 1
    else:
        n_f6, P = read_uvarint(B, P)
    n_f6 -= 1
    f6: list[SyncGroupRequest.SyncGroupRequestAssignment]
    if n_f6 < 0:
        raise DecodeError(f'non-nullable array Assignments has length {n_f6}')
    else:
        if n_f6 > len(B) - P:
            raise DecodeError(f'array length {n_f6} exceeds the buffer')
        f6 = []
        for _ in range(n_f6):
            e_f6, P = _d_SyncGroupRequest_SyncGroupRequestAssignment_v4(B, P)
            f6.append(e_f6)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_SyncGroupRequest(f0, f1, f2, f3, None, None, f6, tf), P


def _d_SyncGroupRequest_v5(B: memoryview, P: int) -> tuple[SyncGroupRequest, int]:
    f0, P = read_compact_string(B, P)
    (f1,) = _S_i.unpack_from(B, P)
    P += 4
    f2, P = read_compact_string(B, P)
    f3, P = read_compact_nullable_string(B, P)
    f4, P = read_compact_nullable_string(B, P)
    f5, P = read_compact_nullable_string(B, P)
    n_f6 = B[P]
    if n_f6 < 0x80:
        P += 1
    else:
        n_f6, P = read_uvarint(B, P)
    n_f6 -= 1
    f6: list[SyncGroupRequest.SyncGroupRequestAssignment]
    if n_f6 < 0:
        raise DecodeError(f'non-nullable array Assignments has length {n_f6}')
    else:
        if n_f6 > len(B) - P:
            raise DecodeError(f'array length {n_f6} exceeds the buffer')
        f6 = []
        for _ in range(n_f6):
            e_f6, P = _d_SyncGroupRequest_SyncGroupRequestAssignment_v4(B, P)
            f6.append(e_f6)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_SyncGroupRequest(f0, f1, f2, f3, f4, f5, f6, tf), P


def _e_SyncGroupRequest_SyncGroupRequestAssignment_v0(o: SyncGroupRequest.SyncGroupRequestAssignment, O: bytearray) -> None:
    write_string(O, o.member_id)
    write_bytes(O, o.assignment)


def _e_SyncGroupRequest_v0(o: SyncGroupRequest, O: bytearray) -> None:
    if o.group_instance_id is not None:
        raise EncodeError('SyncGroupRequest.GroupInstanceId is not supported in version 0')
    write_string(O, o.group_id)
    O += _S_i.pack(o.generation_id)
    write_string(O, o.member_id)
    a3 = o.assignments
    if a3 is None:
        raise EncodeError('non-nullable array Assignments is None')
    O += _S_i.pack(len(a3))
    for e_a3 in a3:
        _e_SyncGroupRequest_SyncGroupRequestAssignment_v0(e_a3, O)


def _e_SyncGroupRequest_v1(o: SyncGroupRequest, O: bytearray) -> None:
    if o.group_instance_id is not None:
        raise EncodeError('SyncGroupRequest.GroupInstanceId is not supported in version 1')
    write_string(O, o.group_id)
    O += _S_i.pack(o.generation_id)
    write_string(O, o.member_id)
    a3 = o.assignments
    if a3 is None:
        raise EncodeError('non-nullable array Assignments is None')
    O += _S_i.pack(len(a3))
    for e_a3 in a3:
        _e_SyncGroupRequest_SyncGroupRequestAssignment_v0(e_a3, O)


def _e_SyncGroupRequest_v2(o: SyncGroupRequest, O: bytearray) -> None:
    if o.group_instance_id is not None:
        raise EncodeError('SyncGroupRequest.GroupInstanceId is not supported in version 2')
    write_string(O, o.group_id)
    O += _S_i.pack(o.generation_id)
    write_string(O, o.member_id)
    a3 = o.assignments
    if a3 is None:
        raise EncodeError('non-nullable array Assignments is None')
    O += _S_i.pack(len(a3))
    for e_a3 in a3:
        _e_SyncGroupRequest_SyncGroupRequestAssignment_v0(e_a3, O)


def _e_SyncGroupRequest_v3(o: SyncGroupRequest, O: bytearray) -> None:
    write_string(O, o.group_id)
    O += _S_i.pack(o.generation_id)
    write_string(O, o.member_id)
    write_nullable_string(O, o.group_instance_id)
    a4 = o.assignments
    if a4 is None:
        raise EncodeError('non-nullable array Assignments is None')
    O += _S_i.pack(len(a4))
    for e_a4 in a4:
        _e_SyncGroupRequest_SyncGroupRequestAssignment_v0(e_a4, O)


def _e_SyncGroupRequest_SyncGroupRequestAssignment_v4(o: SyncGroupRequest.SyncGroupRequestAssignment, O: bytearray) -> None:
    write_compact_string(O, o.member_id)
    write_compact_bytes(O, o.assignment)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_SyncGroupRequest_v4(o: SyncGroupRequest, O: bytearray) -> None:
    write_compact_string(O, o.group_id)
    O += _S_i.pack(o.generation_id)
    write_compact_string(O, o.member_id)
    write_compact_nullable_string(O, o.group_instance_id)
    a4 = o.assignments
    if a4 is None:
        raise EncodeError('non-nullable array Assignments is None')
    write_uvarint(O, len(a4) + 1)
    for e_a4 in a4:
        _e_SyncGroupRequest_SyncGroupRequestAssignment_v4(e_a4, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_SyncGroupRequest_v5(o: SyncGroupRequest, O: bytearray) -> None:
    write_compact_string(O, o.group_id)
    O += _S_i.pack(o.generation_id)
    write_compact_string(O, o.member_id)
    write_compact_nullable_string(O, o.group_instance_id)
    write_compact_nullable_string(O, o.protocol_type)
    write_compact_nullable_string(O, o.protocol_name)
    a6 = o.assignments
    if a6 is None:
        raise EncodeError('non-nullable array Assignments is None')
    write_uvarint(O, len(a6) + 1)
    for e_a6 in a6:
        _e_SyncGroupRequest_SyncGroupRequestAssignment_v4(e_a6, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _d_SyncGroupResponse_v0(B: memoryview, P: int) -> tuple[SyncGroupResponse, int]:
    (f1,) = _S_h.unpack_from(B, P)
    P += 2
    f4, P = read_bytes(B, P)
    return _C_SyncGroupResponse(0, f1, None, None, f4, None), P


def _d_SyncGroupResponse_v1(B: memoryview, P: int) -> tuple[SyncGroupResponse, int]:
    (f0, f1,) = _S_ih.unpack_from(B, P)
    P += 6
    f4, P = read_bytes(B, P)
    return _C_SyncGroupResponse(f0, f1, None, None, f4, None), P


def _d_SyncGroupResponse_v4(B: memoryview, P: int) -> tuple[SyncGroupResponse, int]:
    (f0, f1,) = _S_ih.unpack_from(B, P)
    P += 6
    f4, P = read_compact_bytes(B, P)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_SyncGroupResponse(f0, f1, None, None, f4, tf), P


def _d_SyncGroupResponse_v5(B: memoryview, P: int) -> tuple[SyncGroupResponse, int]:
    (f0, f1,) = _S_ih.unpack_from(B, P)
    P += 6
    f2, P = read_compact_nullable_string(B, P)
    f3, P = read_compact_nullable_string(B, P)
    f4, P = read_compact_bytes(B, P)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_SyncGroupResponse(f0, f1, f2, f3, f4, tf), P


def _e_SyncGroupResponse_v0(o: SyncGroupResponse, O: bytearray) -> None:
    O += _S_h.pack(o.error_code)
    write_bytes(O, o.assignment)


def _e_SyncGroupResponse_v1(o: SyncGroupResponse, O: bytearray) -> None:
    O += _S_ih.pack(o.throttle_time_ms, o.error_code)
    write_bytes(O, o.assignment)


def _e_SyncGroupResponse_v4(o: SyncGroupResponse, O: bytearray) -> None:
    O += _S_ih.pack(o.throttle_time_ms, o.error_code)
    write_compact_bytes(O, o.assignment)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_SyncGroupResponse_v5(o: SyncGroupResponse, O: bytearray) -> None:
    O += _S_ih.pack(o.throttle_time_ms, o.error_code)
    write_compact_nullable_string(O, o.protocol_type)
    write_compact_nullable_string(O, o.protocol_name)
    write_compact_bytes(O, o.assignment)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


_C_SyncGroupRequest = SyncGroupRequest
_C_SyncGroupRequest_SyncGroupRequestAssignment = SyncGroupRequest.SyncGroupRequestAssignment
_DEF_C_SyncGroupRequest_SyncGroupRequestAssignment = _C_SyncGroupRequest_SyncGroupRequestAssignment()
_DEC_SyncGroupRequest: dict[int, Decoder[SyncGroupRequest]] = {
    0: _d_SyncGroupRequest_v0,
    1: _d_SyncGroupRequest_v0,
    2: _d_SyncGroupRequest_v0,
    3: _d_SyncGroupRequest_v3,
    4: _d_SyncGroupRequest_v4,
    5: _d_SyncGroupRequest_v5,
}
_ENC_SyncGroupRequest: dict[int, Encoder[SyncGroupRequest]] = {
    0: _e_SyncGroupRequest_v0,
    1: _e_SyncGroupRequest_v1,
    2: _e_SyncGroupRequest_v2,
    3: _e_SyncGroupRequest_v3,
    4: _e_SyncGroupRequest_v4,
    5: _e_SyncGroupRequest_v5,
}
SyncGroupRequest.FIELDS = (
    FieldInfo('GroupId', 'group_id', 'string', (0, OPEN), None, None, None, False, 'groupId', None, None),
    FieldInfo('GenerationId', 'generation_id', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('MemberId', 'member_id', 'string', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('GroupInstanceId', 'group_instance_id', 'string', (3, OPEN), (3, OPEN), None, None, False, None, None, None),
    FieldInfo('ProtocolType', 'protocol_type', 'string', (5, OPEN), (5, OPEN), None, None, True, None, None, None),
    FieldInfo('ProtocolName', 'protocol_name', 'string', (5, OPEN), (5, OPEN), None, None, True, None, None, None),
    FieldInfo('Assignments', 'assignments', '[]SyncGroupRequestAssignment', (0, OPEN), None, None, None, False, None, None, _C_SyncGroupRequest_SyncGroupRequestAssignment),
)
SyncGroupRequest.SyncGroupRequestAssignment.FIELDS = (
    FieldInfo('MemberId', 'member_id', 'string', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Assignment', 'assignment', 'bytes', (0, OPEN), None, None, None, False, None, None, None),
)

_C_SyncGroupResponse = SyncGroupResponse
_DEC_SyncGroupResponse: dict[int, Decoder[SyncGroupResponse]] = {
    0: _d_SyncGroupResponse_v0,
    1: _d_SyncGroupResponse_v1,
    2: _d_SyncGroupResponse_v1,
    3: _d_SyncGroupResponse_v1,
    4: _d_SyncGroupResponse_v4,
    5: _d_SyncGroupResponse_v5,
}
_ENC_SyncGroupResponse: dict[int, Encoder[SyncGroupResponse]] = {
    0: _e_SyncGroupResponse_v0,
    1: _e_SyncGroupResponse_v1,
    2: _e_SyncGroupResponse_v1,
    3: _e_SyncGroupResponse_v1,
    4: _e_SyncGroupResponse_v4,
    5: _e_SyncGroupResponse_v5,
}
SyncGroupResponse.FIELDS = (
    FieldInfo('ThrottleTimeMs', 'throttle_time_ms', 'int32', (1, OPEN), None, None, None, True, None, None, None),
    FieldInfo('ErrorCode', 'error_code', 'int16', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('ProtocolType', 'protocol_type', 'string', (5, OPEN), (5, OPEN), None, None, True, None, None, None),
    FieldInfo('ProtocolName', 'protocol_name', 'string', (5, OPEN), (5, OPEN), None, None, True, None, None, None),
    FieldInfo('Assignment', 'assignment', 'bytes', (0, OPEN), None, None, None, False, None, None, None),
)
