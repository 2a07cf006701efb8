"""API key 11: JoinGroup.

GENERATED - DO NOT EDIT. Written by ``python -m wire.generator`` from Apache Kafka 4.1.1's
message definitions (JoinGroupRequest.json, JoinGroupResponse.json).
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
_S_hi = struct.Struct('>hi')
_S_i = struct.Struct('>i')
_S_ihi = struct.Struct('>ihi')
_S_ii = struct.Struct('>ii')


@dataclass(slots=True)
class JoinGroupRequest:
    """JoinGroupRequest (API key 11, versions 0-9).

    Generated from JoinGroupRequest.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = 11
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 9
    LATEST_VERSION: ClassVar[int] = 9
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
    FLEXIBLE_MIN: ClassVar[int | None] = 6
    #: Who serves this request in Kafka (empty for responses).
    LISTENERS: ClassVar[tuple[str, ...]] = ('broker',)
    FIELDS: ClassVar[tuple[FieldInfo, ...]]

    @dataclass(slots=True)
    class JoinGroupRequestProtocol:
        FIELDS: ClassVar[tuple[FieldInfo, ...]]

        #: The protocol name.
        name: str = ''
        #: The protocol metadata.
        metadata: bytes | memoryview = b''
        #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
        unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    #: The group identifier.
    group_id: str = ''
    #: The coordinator considers the consumer dead if it receives no heartbeat after this timeout in milliseconds.
    session_timeout_ms: int = 0
    #: The maximum time in milliseconds that the coordinator will wait for each member to rejoin when rebalancing the group.
    rebalance_timeout_ms: int = -1
    #: The member id assigned by the group coordinator.
    member_id: str = ''
    #: The unique identifier of the consumer instance provided by end user.
    group_instance_id: str | None = None
    #: The unique name the for class of protocols implemented by the group we want to join.
    protocol_type: str = ''
    #: The list of protocols that the member supports.
    protocols: list[JoinGroupRequest.JoinGroupRequestProtocol] = field(default_factory=list)
    #: The reason why the member (re-)joins the group.
    reason: str | None = None
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> JoinGroupRequest:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_JoinGroupRequest, data, version, 'JoinGroupRequest', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_JoinGroupRequest, self, version, 'JoinGroupRequest')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_JoinGroupRequest, self, version, 'JoinGroupRequest')


@dataclass(slots=True)
class JoinGroupResponse:
    """JoinGroupResponse (API key 11, versions 0-9).

    Generated from JoinGroupResponse.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = 11
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 9
    LATEST_VERSION: ClassVar[int] = 9
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
    FLEXIBLE_MIN: ClassVar[int | None] = 6
    #: Who serves this request in Kafka (empty for responses).
    LISTENERS: ClassVar[tuple[str, ...]] = ()
    FIELDS: ClassVar[tuple[FieldInfo, ...]]

    @dataclass(slots=True)
    class JoinGroupResponseMember:
        FIELDS: ClassVar[tuple[FieldInfo, ...]]

        #: The group member ID.
        member_id: str = ''
        #: The unique identifier of the consumer instance provided by end user.
        group_instance_id: str | None = None
        #: The group member metadata.
        metadata: bytes | memoryview = b''
        #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
        unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    #: The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    throttle_time_ms: int = 0
    #: The error code, or 0 if there was no error.
    error_code: int = 0
    #: The generation ID of the group.
    generation_id: int = -1
    #: The group protocol name.
    protocol_type: str | None = None
    #: The group protocol selected by the coordinator.
    protocol_name: str | None = ''
    #: The leader of the group.
    leader: str = ''
    #: True if the leader must skip running the assignment.
    skip_assignment: bool = False
    #: The member ID assigned by the group coordinator.
    member_id: str = ''
    #: The group members.
    members: list[JoinGroupResponse.JoinGroupResponseMember] = field(default_factory=list)
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> JoinGroupResponse:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_JoinGroupResponse, data, version, 'JoinGroupResponse', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_JoinGroupResponse, self, version, 'JoinGroupResponse')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_JoinGroupResponse, self, version, 'JoinGroupResponse')

def _d_JoinGroupRequest_JoinGroupRequestProtocol_v0(B: memoryview, P: int) -> tuple[JoinGroupRequest.JoinGroupRequestProtocol, int]:
    f0, P = read_string(B, P)
    f1, P = read_bytes(B, P)
    return _C_JoinGroupRequest_JoinGroupRequestProtocol(f0, f1, None), P


def _d_JoinGroupRequest_v0(B: memoryview, P: int) -> tuple[JoinGroupRequest, int]:
    f0, P = read_string(B, P)
    (f1,) = _S_i.unpack_from(B, P)
    P += 4
    f3, P = read_string(B, P)
    f5, P = read_string(B, P)
    (n_f6,) = _S_i.unpack_from(B, P)
    P += 4
    f6: list[JoinGroupRequest.JoinGroupRequestProtocol]
    if n_f6 < 0:
        raise DecodeError(f'non-nullable array Protocols has length {n_f6}')
    else:
        if n_f6 > len(B) - P:
            raise DecodeError(f'array length {n_f6} exceeds the buffer')
        f6 = []
        for _ in range(n_f6):
            e_f6, P = _d_JoinGroupRequest_JoinGroupRequestProtocol_v0(B, P)
            f6.append(e_f6)
    return _C_JoinGroupRequest(f0, f1, -1, f3, None, f5, f6, None, None), P


def _d_JoinGroupRequest_v1(B: memoryview, P: int) -> tuple[JoinGroupRequest, int]:
    f0, P = read_string(B, P)
    (f1, f2,) = _S_ii.unpack_from(B, P)
    P += 8
    f3, P = read_string(B, P)
    f5, P = read_string(B, P)
    (n_f6,) = _S_i.unpack_from(B, P)
    P += 4
    f6: list[JoinGroupRequest.JoinGroupRequestProtocol]
    if n_f6 < 0:
        raise DecodeError(f'non-nullable array Protocols has length {n_f6}')
    else:
        if n_f6 > len(B) - P:
            raise DecodeError(f'array length {n_f6} exceeds the buffer')
        f6 = []
        for _ in range(n_f6):
            e_f6, P = _d_JoinGroupRequest_JoinGroupRequestProtocol_v0(B, P)
            f6.append(e_f6)
    return _C_JoinGroupRequest(f0, f1, f2, f3, None, f5, f6, None, None), P


def _d_JoinGroupRequest_v5(B: memoryview, P: int) -> tuple[JoinGroupRequest, int]:
    f0, P = read_string(B, P)
    (f1, f2,) = _S_ii.unpack_from(B, P)
    P += 8
    f3, P = read_string(B, P)
    f4, P = read_nullable_string(B, P)
    f5, P = read_string(B, P)
    (n_f6,) = _S_i.unpack_from(B, P)
    P += 4
    f6: list[JoinGroupRequest.JoinGroupRequestProtocol]
    if n_f6 < 0:
        raise DecodeError(f'non-nullable array Protocols has length {n_f6}')
    else:
        if n_f6 > len(B) - P:
            raise DecodeError(f'array length {n_f6} exceeds the buffer')
        f6 = []
        for _ in range(n_f6):
            e_f6, P = _d_JoinGroupRequest_JoinGroupRequestProtocol_v0(B, P)
            f6.append(e_f6)
    return _C_JoinGroupRequest(f0, f1, f2, f3, f4, f5, f6, None, None), P


def _d_JoinGroupRequest_JoinGroupRequestProtocol_v6(B: memoryview, P: int) -> tuple[JoinGroupRequest.JoinGroupRequestProtocol, int]:
    f0, P = read_compact_string(B, P)
    f1, P = read_compact_bytes(B, P)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_JoinGroupRequest_JoinGroupRequestProtocol(f0, f1, tf), P


def _d_JoinGroupRequest_v6(B: memoryview, P: int) -> tuple[JoinGroupRequest, int]:
    f0, P = read_compact_string(B, P)
    (f1, f2,) = _S_ii.unpack_from(B, P)
    P += 8
    f3, P = read_compact_string(B, P)
    f4, P = read_compact_nullable_string(B, P)
    f5, P = read_compact_string(B, P)
    n_f6 = B[P]
    if n_f6 < 0x80:
        P += 1
    else:
        n_f6, P = read_uvarint(B, P)
    n_f6 -= 1
    f6: list[JoinGroupRequest.JoinGroupRequestProtocol]
    if n_f6 < 0:
        raise DecodeError(f'non-nullable array Protocols has length {n_f6}')
    else:
        if n_f6 > len(B) - P:
            raise DecodeError(f'array length {n_f6} exceeds the buffer')
        f6 = []
        for _ in range(n_f6):
            e_f6, P = _d_JoinGroupRequest_JoinGroupRequestProtocol_v6(B, P)
            f6.append(e_f6)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_JoinGroupRequest(f0, f1, f2, f3, f4, f5, f6, None, tf), P


def _d_JoinGroupRequest_v8(B: memoryview, P: int) -> tuple[JoinGroupRequest, int]:
    f0, P = read_compact_string(B, P)
    (f1, f2,) = _S_ii.unpack_from(B, P)
    P += 8
    f3, P = read_compact_string(B, P)
    f4, P = read_compact_nullable_string(B, P)
    f5, P = read_compact_string(B, P)
    n_f6 = B[P]
    if n_f6 < 0x80:
        P += 1
    else:
        n_f6, P = read_uvarint(B, P)
    n_f6 -= 1
    f6: list[JoinGroupRequest.JoinGroupRequestProtocol]
    if n_f6 < 0:
        raise DecodeError(f'non-nullable array Protocols has length {n_f6}')
    else:
        if n_f6 > len(B) - P:
            raise DecodeError(f'array length {n_f6} exceeds the buffer')
        f6 = []
        for _ in range(n_f6):
            e_f6, P = _d_JoinGroupRequest_JoinGroupRequestProtocol_v6(B, P)
            f6.append(e_f6)
    f7, P = read_compact_nullable_string(B, P)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_JoinGroupRequest(f0, f1, f2, f3, f4, f5, f6, f7, tf), P


def _e_JoinGroupRequest_JoinGroupRequestProtocol_v0(o: JoinGroupRequest.JoinGroupRequestProtocol, O: bytearray) -> None:
    write_string(O, o.name)
    write_bytes(O, o.metadata)


def _e_JoinGroupRequest_v0(o: JoinGroupRequest, O: bytearray) -> None:
    if o.group_instance_id is not None:
        raise EncodeError('JoinGroupRequest.GroupInstanceId is not supported in version 0')
    write_string(O, o.group_id)
    O += _S_i.pack(o.session_timeout_ms)
    write_string(O, o.member_id)
    write_string(O, o.protocol_type)
    a4 = o.protocols
    if a4 is None:
        raise EncodeError('non-nullable array Protocols is None')
    O += _S_i.pack(len(a4))
    for e_a4 in a4:
        _e_JoinGroupRequest_JoinGroupRequestProtocol_v0(e_a4, O)


def _e_JoinGroupRequest_v1(o: JoinGroupRequest, O: bytearray) -> None:
    if o.group_instance_id is not None:
        raise EncodeError('JoinGroupRequest.GroupInstanceId is not supported in version 1')
    write_string(O, o.group_id)
    O += _S_ii.pack(o.session_timeout_ms, o.rebalance_timeout_ms)
    write_string(O, o.member_id)
    write_string(O, o.protocol_type)
    a5 = o.protocols
    if a5 is None:
        raise EncodeError('non-nullable array Protocols is None')
    O += _S_i.pack(len(a5))
    for e_a5 in a5:
        _e_JoinGroupRequest_JoinGroupRequestProtocol_v0(e_a5, O)


def _e_JoinGroupRequest_v2(o: JoinGroupRequest, O: bytearray) -> None:
    if o.group_instance_id is not None:
        raise EncodeError('JoinGroupRequest.GroupInstanceId is not supported in version 2')
    write_string(O, o.group_id)
    O += _S_ii.pack(o.session_timeout_ms, o.rebalance_timeout_ms)
    write_string(O, o.member_id)
    write_string(O, o.protocol_type)
    a5 = o.protocols
    if a5 is None:
        raise EncodeError('non-nullable array Protocols is None')
    O += _S_i.pack(len(a5))
    for e_a5 in a5:
        _e_JoinGroupRequest_JoinGroupRequestProtocol_v0(e_a5, O)


def _e_JoinGroupRequest_v3(o: JoinGroupRequest, O: bytearray) -> None:
    if o.group_instance_id is not None:
        raise EncodeError('JoinGroupRequest.GroupInstanceId is not supported in version 3')
    write_string(O, o.group_id)
    O += _S_ii.pack(o.session_timeout_ms, o.rebalance_timeout_ms)
    write_string(O, o.member_id)
    write_string(O, o.protocol_type)
    a5 = o.protocols
    if a5 is None:
        raise EncodeError('non-nullable array Protocols is None')
    O += _S_i.pack(len(a5))
    for e_a5 in a5:
        _e_JoinGroupRequest_JoinGroupRequestProtocol_v0(e_a5, O)


def _e_JoinGroupRequest_v4(o: JoinGroupRequest, O: bytearray) -> None:
    if o.group_instance_id is not None:
        raise EncodeError('JoinGroupRequest.GroupInstanceId is not supported in version 4')
    write_string(O, o.group_id)
    O += _S_ii.pack(o.session_timeout_ms, o.rebalance_timeout_ms)
    write_string(O, o.member_id)
    write_string(O, o.protocol_type)
    a5 = o.protocols
    if a5 is None:
        raise EncodeError('non-nullable array Protocols is None')
    O += _S_i.pack(len(a5))
    for e_a5 in a5:
        _e_JoinGroupRequest_JoinGroupRequestProtocol_v0(e_a5, O)


def _e_JoinGroupRequest_v5(o: JoinGroupRequest, O: bytearray) -> None:
    write_string(O, o.group_id)
    O += _S_ii.pack(o.session_timeout_ms, o.rebalance_timeout_ms)
    write_string(O, o.member_id)
    write_nullable_string(O, o.group_instance_id)
    write_string(O, o.protocol_type)
    a6 = o.protocols
    if a6 is None:
        raise EncodeError('non-nullable array Protocols is None')
    O += _S_i.pack(len(a6))
    for e_a6 in a6:
        _e_JoinGroupRequest_JoinGroupRequestProtocol_v0(e_a6, O)


def _e_JoinGroupRequest_JoinGroupRequestProtocol_v6(o: JoinGroupRequest.JoinGroupRequestProtocol, O: bytearray) -> None:
    write_compact_string(O, o.name)
    write_compact_bytes(O, o.metadata)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_JoinGroupRequest_v6(o: JoinGroupRequest, O: bytearray) -> None:
    write_compact_string(O, o.group_id)
    O += _S_ii.pack(o.session_timeout_ms, o.rebalance_timeout_ms)
    write_compact_string(O, o.member_id)
    write_compact_nullable_string(O, o.group_instance_id)
    write_compact_string(O, o.protocol_type)
    a6 = o.protocols
    if a6 is None:
        raise EncodeError('non-nullable array Protocols is None')
    write_uvarint(O, len(a6) + 1)
    for e_a6 in a6:
        _e_JoinGroupRequest_JoinGroupRequestProtocol_v6(e_a6, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_JoinGroupRequest_v8(o: JoinGroupRequest, O: bytearray) -> None:
    write_compact_string(O, o.group_id)
    O += _S_ii.pack(o.session_timeout_ms, o.rebalance_timeout_ms)
    write_compact_string(O, o.member_id)
    write_compact_nullable_string(O, o.group_instance_id)
    write_compact_string(O, o.protocol_type)
    a6 = o.protocols
    if a6 is None:
        raise EncodeError('non-nullable array Protocols is None')
    write_uvarint(O, len(a6) + 1)
    for e_a6 in a6:
        _e_JoinGroupRequest_JoinGroupRequestProtocol_v6(e_a6, O)
    write_compact_nullable_string(O, o.reason)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _d_JoinGroupResponse_JoinGroupResponseMember_v0(B: memoryview, P: int) -> tuple[JoinGroupResponse.JoinGroupResponseMember, int]:
    f0, P = read_string(B, P)
    f2, P = read_bytes(B, P)
    return _C_JoinGroupResponse_JoinGroupResponseMember(f0, None, f2, None), P


def _d_JoinGroupResponse_v0(B: memoryview, P: int) -> tuple[JoinGroupResponse, int]:
    (f1, f2,) = _S_hi.unpack_from(B, P)
    P += 6
    f4, P = read_string(B, P)
    f5, P = read_string(B, P)
    f7, P = read_string(B, P)
    (n_f8,) = _S_i.unpack_from(B, P)
    P += 4
    f8: list[JoinGroupResponse.JoinGroupResponseMember]
    if n_f8 < 0:
        raise DecodeError(f'non-nullable array Members has length {n_f8}')
    else:
        if n_f8 > len(B) - P:
            raise DecodeError(f'array length {n_f8} exceeds the buffer')
        f8 = []
        for _ in range(n_f8):
            e_f8, P = _d_JoinGroupResponse_JoinGroupResponseMember_v0(B, P)
            f8.append(e_f8)
    return _C_JoinGroupResponse(0, f1, f2, None, f4, f5, False, f7, f8, None), P


def _d_JoinGroupResponse_v2(B: memoryview, P: int) -> tuple[JoinGroupResponse, int]:
    (f0, f1, f2,) = _S_ihi.unpack_from(B, P)
    P += 10
    f4, P = read_string(B, P)
    f5, P = read_string(B, P)
    f7, P = read_string(B, P)
    (n_f8,) = _S_i.unpack_from(B, P)
    P += 4
    f8: list[JoinGroupResponse.JoinGroupResponseMember]
    if n_f8 < 0:
        raise DecodeError(f'non-nullable array Members has length {n_f8}')
    else:
        if n_f8 > len(B) - P:
            raise DecodeError(f'array length {n_f8} exceeds the buffer')
        f8 = []
        for _ in range(n_f8):
            e_f8, P = _d_JoinGroupResponse_JoinGroupResponseMember_v0(B, P)
            f8.append(e_f8)
    return _C_JoinGroupResponse(f0, f1, f2, None, f4, f5, False, f7, f8, None), P


def _d_JoinGroupResponse_JoinGroupResponseMember_v5(B: memoryview, P: int) -> tuple[JoinGroupResponse.JoinGroupResponseMember, int]:
    f0, P = read_string(B, P)
    f1, P = read_nullable_string(B, P)
    f2, P = read_bytes(B, P)
    return _C_JoinGroupResponse_JoinGroupResponseMember(f0, f1, f2, None), P


def _d_JoinGroupResponse_v5(B: memoryview, P: int) -> tuple[JoinGroupResponse, int]:
    (f0, f1, f2,) = _S_ihi.unpack_from(B, P)
    P += 10
    f4, P = read_string(B, P)
    f5, P = read_string(B, P)
    f7, P = read_string(B, P)
    (n_f8,) = _S_i.unpack_from(B, P)
    P += 4
    f8: list[JoinGroupResponse.JoinGroupResponseMember]
    if n_f8 < 0:
        raise DecodeError(f'non-nullable array Members has length {n_f8}')
    else:
        if n_f8 > len(B) - P:
            raise DecodeError(f'array length {n_f8} exceeds the buffer')
        f8 = []
        for _ in range(n_f8):
            e_f8, P = _d_JoinGroupResponse_JoinGroupResponseMember_v5(B, P)
            f8.append(e_f8)
    return _C_JoinGroupResponse(f0, f1, f2, None, f4, f5, False, f7, f8, None), P


def _d_JoinGroupResponse_JoinGroupResponseMember_v6(B: memoryview, P: int) -> tuple[JoinGroupResponse.JoinGroupResponseMember, int]:
    f0, P = read_compact_string(B, P)
    f1, P = read_compact_nullable_string(B, P)
    f2, P = read_compact_bytes(B, P)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_JoinGroupResponse_JoinGroupResponseMember(f0, f1, f2, tf), P


def _d_JoinGroupResponse_v6(B: memoryview, P: int) -> tuple[JoinGroupResponse, int]:
    (f0, f1, f2,) = _S_ihi.unpack_from(B, P)
    P += 10
    f4, P = read_compact_string(B, P)
    f5, P = read_compact_string(B, P)
    f7, P = read_compact_string(B, P)
    n_f8 = B[P]
    if n_f8 < 0x80:
        P += 1
    else:
        n_f8, P = read_uvarint(B, P)
    n_f8 -= 1
    f8: list[JoinGroupResponse.JoinGroupResponseMember]
    if n_f8 < 0:
        raise DecodeError(f'non-nullable array Members has length {n_f8}')
    else:
        if n_f8 > len(B) - P:
            raise DecodeError(f'array length {n_f8} exceeds the buffer')
        f8 = []
        for _ in range(n_f8):
            e_f8, P = _d_JoinGroupResponse_JoinGroupResponseMember_v6(B, P)
            f8.append(e_f8)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_JoinGroupResponse(f0, f1, f2, None, f4, f5, False, f7, f8, tf), P


def _d_JoinGroupResponse_v7(B: memoryview, P: int) -> tuple[JoinGroupResponse, int]:
    (f0, f1, f2,) = _S_ihi.unpack_from(B, P)
    P += 10
    f3, P = read_compact_nullable_string(B, P)
    f4, P = read_compact_nullable_string(B, P)
    f5, P = read_compact_string(B, P)
    f7, P = read_compact_string(B, P)
    n_f8 = B[P]
    if n_f8 < 0x80:
        P += 1
    else:
        n_f8, P = read_uvarint(B, P)
    n_f8 -= 1
    f8: list[JoinGroupResponse.JoinGroupResponseMember]
    if n_f8 < 0:
        raise DecodeError(f'non-nullable array Members has length {n_f8}')
    else:
        if n_f8 > len(B) - P:
            raise DecodeError(f'array length {n_f8} exceeds the buffer')
        f8 = []
        for _ in range(n_f8):
            e_f8, P = _d_JoinGroupResponse_JoinGroupResponseMember_v6(B, P)
            f8.append(e_f8)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_JoinGroupResponse(f0, f1, f2, f3, f4, f5, False, f7, f8, tf), P


def _d_JoinGroupResponse_v9(B: memoryview, P: int) -> tuple[JoinGroupResponse, int]:
    (f0, f1, f2,) = _S_ihi.unpack_from(B, P)
    P += 10
    f3, P = read_compact_nullable_string(B, P)
    f4, P = read_compact_nullable_string(B, P)
    f5, P = read_compact_string(B, P)
    (f6,) = _S_o.unpack_from(B, P)
    P += 1
    f7, P = read_compact_string(B, P)
    n_f8 = B[P]
    if n_f8 < 0x80:
        P += 1
    else:
        n_f8, P = read_uvarint(B, P)
    n_f8 -= 1
    f8: list[JoinGroupResponse.JoinGroupResponseMember]
    if n_f8 < 0:
        raise DecodeError(f'non-nullable array Members has length {n_f8}')
    else:
        if n_f8 > len(B) - P:
            raise DecodeError(f'array length {n_f8} exceeds the buffer')
        f8 = []
        for _ in range(n_f8):
            e_f8, P = _d_JoinGroupResponse_JoinGroupResponseMember_v6(B, P)
            f8.append(e_f8)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_JoinGroupResponse(f0, f1, f2, f3, f4, f5, f6, f7, f8, tf), P


def _e_JoinGroupResponse_JoinGroupResponseMember_v0(o: JoinGroupResponse.JoinGroupResponseMember, O: bytearray) -> None:
    write_string(O, o.member_id)
    write_bytes(O, o.metadata)


def _e_JoinGroupResponse_v0(o: JoinGroupResponse, O: bytearray) -> None:
    if o.skip_assignment != False:
        raise EncodeError('JoinGroupResponse.SkipAssignment is not supported in version 0')
    O += _S_hi.pack(o.error_code, o.generation_id)
    write_string(O, o.protocol_name)
    write_string(O, o.leader)
    write_string(O, o.member_id)
    a5 = o.members
    if a5 is None:
        raise EncodeError('non-nullable array Members is None')
    O += _S_i.pack(len(a5))
    for e_a5 in a5:
        _e_JoinGroupResponse_JoinGroupResponseMember_v0(e_a5, O)


def _e_JoinGroupResponse_v1(o: JoinGroupResponse, O: bytearray) -> None:
    if o.skip_assignment != False:
        raise EncodeError('JoinGroupResponse.SkipAssignment is not supported in version 1')
    O += _S_hi.pack(o.error_code, o.generation_id)
    write_string(O, o.protocol_name)
    write_string(O, o.leader)
    write_string(O, o.member_id)
    a5 = o.members
    if a5 is None:
        raise EncodeError('non-nullable array Members is None')
    O += _S_i.pack(len(a5))
    for e_a5 in a5:
        _e_JoinGroupResponse_JoinGroupResponseMember_v0(e_a5, O)


def _e_JoinGroupResponse_v2(o: JoinGroupResponse, O: bytearray) -> None:
    if o.skip_assignment != False:
        raise EncodeError('JoinGroupResponse.SkipAssignment is not supported in version 2')
    O += _S_ihi.pack(o.throttle_time_ms, o.error_code, o.generation_id)
    write_string(O, o.protocol_name)
    write_string(O, o.leader)
    write_string(O, o.member_id)
    a6 = o.members
    if a6 is None:
        raise EncodeError('non-nullable array Members is None')
    O += _S_i.pack(len(a6))
    for e_a6 in a6:
        _e_JoinGroupResponse_JoinGroupResponseMember_v0(e_a6, O)


def _e_JoinGroupResponse_v3(o: JoinGroupResponse, O: bytearray) -> None:
    if o.skip_assignment != False:
        raise EncodeError('JoinGroupResponse.SkipAssignment is not supported in version 3')
    O += _S_ihi.pack(o.throttle_time_ms, o.error_code, o.generation_id)
    write_string(O, o.protocol_name)
    write_string(O, o.leader)
    write_string(O, o.member_id)
    a6 = o.members
    if a6 is None:
        raise EncodeError('non-nullable array Members is None')
    O += _S_i.pack(len(a6))
    for e_a6 in a6:
        _e_JoinGroupResponse_JoinGroupResponseMember_v0(e_a6, O)


def _e_JoinGroupResponse_v4(o: JoinGroupResponse, O: bytearray) -> None:
    if o.skip_assignment != False:
        raise EncodeError('JoinGroupResponse.SkipAssignment is not supported in version 4')
    O += _S_ihi.pack(o.throttle_time_ms, o.error_code, o.generation_id)
    write_string(O, o.protocol_name)
    write_string(O, o.leader)
    write_string(O, o.member_id)
    a6 = o.members
    if a6 is None:
        raise EncodeError('non-nullable array Members is None')
    O += _S_i.pack(len(a6))
    for e_a6 in a6:
        _e_JoinGroupResponse_JoinGroupResponseMember_v0(e_a6, O)


def _e_JoinGroupResponse_JoinGroupResponseMember_v5(o: JoinGroupResponse.JoinGroupResponseMember, O: bytearray) -> None:
    write_string(O, o.member_id)
    write_nullable_string(O, o.group_instance_id)
    write_bytes(O, o.metadata)


def _e_JoinGroupResponse_v5(o: JoinGroupResponse, O: bytearray) -> None:
    if o.skip_assignment != False:
        raise EncodeError('JoinGroupResponse.SkipAssignment is not supported in version 5')
    O += _S_ihi.pack(o.throttle_time_ms, o.error_code, o.generation_id)
    write_string(O, o.protocol_name)
    write_string(O, o.leader)
    write_string(O, o.member_id)
    a6 = o.members
    if a6 is None:
        raise EncodeError('non-nullable array Members is None')
    O += _S_i.pack(len(a6))
    for e_a6 in a6:
        _e_JoinGroupResponse_JoinGroupResponseMember_v5(e_a6, O)


def _e_JoinGroupResponse_JoinGroupResponseMember_v6(o: JoinGroupResponse.JoinGroupResponseMember, O: bytearray) -> None:
    write_compact_string(O, o.member_id)
    write_compact_nullable_string(O, o.group_instance_id)
    write_compact_bytes(O, o.metadata)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_JoinGroupResponse_v6(o: JoinGroupResponse, O: bytearray) -> None:
    if o.skip_assignment != False:
        raise EncodeError('JoinGroupResponse.SkipAssignment is not supported in version 6')
    O += _S_ihi.pack(o.throttle_time_ms, o.error_code, o.generation_id)
    write_compact_string(O, o.protocol_name)
    write_compact_string(O, o.leader)
    write_compact_string(O, o.member_id)
    a6 = o.members
    if a6 is None:
        raise EncodeError('non-nullable array Members is None')
    write_uvarint(O, len(a6) + 1)
    for e_a6 in a6:
        _e_JoinGroupResponse_JoinGroupResponseMember_v6(e_a6, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_JoinGroupResponse_v7(o: JoinGroupResponse, O: bytearray) -> None:
    if o.skip_assignment != False:
        raise EncodeError('JoinGroupResponse.SkipAssignment is not supported in version 7')
    O += _S_ihi.pack(o.throttle_time_ms, o.error_code, o.generation_id)
    write_compact_nullable_string(O, o.protocol_type)
    write_compact_nullable_string(O, o.protocol_name)
    write_compact_string(O, o.leader)
    write_compact_string(O, o.member_id)
    a7 = o.members
    if a7 is None:
        raise EncodeError('non-nullable array Members is None')
    write_uvarint(O, len(a7) + 1)
    for e_a7 in a7:
        _e_JoinGroupResponse_JoinGroupResponseMember_v6(e_a7, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_JoinGroupResponse_v8(o: JoinGroupResponse, O: bytearray) -> None:
    if o.skip_assignment != False:
        raise EncodeError('JoinGroupResponse.SkipAssignment is not supported in version 8')
    O += _S_ihi.pack(o.throttle_time_ms, o.error_code, o.generation_id)
    write_compact_nullable_string(O, o.protocol_type)
    write_compact_nullable_string(O, o.protocol_name)
    write_compact_string(O, o.leader)
    write_compact_string(O, o.member_id)
    a7 = o.members
    if a7 is None:
        raise EncodeError('non-nullable array Members is None')
    write_uvarint(O, len(a7) + 1)
    for e_a7 in a7:
        _e_JoinGroupResponse_JoinGroupResponseMember_v6(e_a7, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_JoinGroupResponse_v9(o: JoinGroupResponse, O: bytearray) -> None:
    O += _S_ihi.pack(o.throttle_time_ms, o.error_code, o.generation_id)
    write_compact_nullable_string(O, o.protocol_type)
    write_compact_nullable_string(O, o.protocol_name)
    write_compact_string(O, o.leader)
    O += _S_o.pack(o.skip_assignment)
    write_compact_string(O, o.member_id)
    a8 = o.members
    if a8 is None:
        raise EncodeError('non-nullable array Members is None')
    write_uvarint(O, len(a8) + 1)
    for e_a8 in a8:
        _e_JoinGroupResponse_JoinGroupResponseMember_v6(e_a8, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


_C_JoinGroupRequest = JoinGroupRequest
_C_JoinGroupRequest_JoinGroupRequestProtocol = JoinGroupRequest.JoinGroupRequestProtocol
_DEF_C_JoinGroupRequest_JoinGroupRequestProtocol = _C_JoinGroupRequest_JoinGroupRequestProtocol()
_DEC_JoinGroupRequest: dict[int, Decoder[JoinGroupRequest]] = {
    0: _d_JoinGroupRequest_v0,
    1: _d_JoinGroupRequest_v1,
    2: _d_JoinGroupRequest_v1,
    3: _d_JoinGroupRequest_v1,
    4: _d_JoinGroupRequest_v1,
    5: _d_JoinGroupRequest_v5,
    6: _d_JoinGroupRequest_v6,
    7: _d_JoinGroupRequest_v6,
    8: _d_JoinGroupRequest_v8,
    9: _d_JoinGroupRequest_v8,
}
_ENC_JoinGroupRequest: dict[int, Encoder[JoinGroupRequest]] = {
    0: _e_JoinGroupRequest_v0,
    1: _e_JoinGroupRequest_v1,
    2: _e_JoinGroupRequest_v2,
    3: _e_JoinGroupRequest_v3,
    4: _e_JoinGroupRequest_v4,
    5: _e_JoinGroupRequest_v5,
    6: _e_JoinGroupRequest_v6,
    7: _e_JoinGroupRequest_v6,
    8: _e_JoinGroupRequest_v8,
    9: _e_JoinGroupRequest_v8,
}
JoinGroupRequest.FIELDS = (
    FieldInfo('GroupId', 'group_id', 'string', (0, OPEN), None, None, None, False, 'groupId', None, None),
    FieldInfo('SessionTimeoutMs', 'session_timeout_ms', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('RebalanceTimeoutMs', 'rebalance_timeout_ms', 'int32', (1, OPEN), None, None, None, True, None, None, None),
    FieldInfo('MemberId', 'member_id', 'string', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('GroupInstanceId', 'group_instance_id', 'string', (5, OPEN), (5, OPEN), None, None, False, None, None, None),
    FieldInfo('ProtocolType', 'protocol_type', 'string', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Protocols', 'protocols', '[]JoinGroupRequestProtocol', (0, OPEN), None, None, None, False, None, None, _C_JoinGroupRequest_JoinGroupRequestProtocol),
    FieldInfo('Reason', 'reason', 'string', (8, OPEN), (8, OPEN), None, None, True, None, None, None),
)
JoinGroupRequest.JoinGroupRequestProtocol.FIELDS = (
    FieldInfo('Name', 'name', 'string', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Metadata', 'metadata', 'bytes', (0, OPEN), None, None, None, False, None, None, None),
)

_C_JoinGroupResponse = JoinGroupResponse
_C_JoinGroupResponse_JoinGroupResponseMember = JoinGroupResponse.JoinGroupResponseMember
_DEF_C_JoinGroupResponse_JoinGroupResponseMember = _C_JoinGroupResponse_JoinGroupResponseMember()
_DEC_JoinGroupResponse: dict[int, Decoder[JoinGroupResponse]] = {
    0: _d_JoinGroupResponse_v0,
    1: _d_JoinGroupResponse_v0,
    2: _d_JoinGroupResponse_v2,
    3: _d_JoinGroupResponse_v2,
    4: _d_JoinGroupResponse_v2,
    5: _d_JoinGroupResponse_v5,
    6: _d_JoinGroupResponse_v6,
    7: _d_JoinGroupResponse_v7,
    8: _d_JoinGroupResponse_v7,
    9: _d_JoinGroupResponse_v9,
}
_ENC_JoinGroupResponse: dict[int, Encoder[JoinGroupResponse]] = {
    0: _e_JoinGroupResponse_v0,
    1: _e_JoinGroupResponse_v1,
    2: _e_JoinGroupResponse_v2,
    3: _e_JoinGroupResponse_v3,
    4: _e_JoinGroupResponse_v4,
    5: _e_JoinGroupResponse_v5,
    6: _e_JoinGroupResponse_v6,
    7: _e_JoinGroupResponse_v7,
    8: _e_JoinGroupResponse_v8,
    9: _e_JoinGroupResponse_v9,
}
JoinGroupResponse.FIELDS = (
    FieldInfo('ThrottleTimeMs', 'throttle_time_ms', 'int32', (2, OPEN), None, None, None, True, None, None, None),
    FieldInfo('ErrorCode', 'error_code', 'int16', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('GenerationId', 'generation_id', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('ProtocolType', 'protocol_type', 'string', (7, OPEN), (7, OPEN), None, None, True, None, None, None),
    FieldInfo('ProtocolName', 'protocol_name', 'string', (0, OPEN), (7, OPEN), None, None, False, None, None, None),
    FieldInfo('Leader', 'leader', 'string', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('SkipAssignment', 'skip_assignment', 'bool', (9, OPEN), None, None, None, False, None, None, None),
    FieldInfo('MemberId', 'member_id', 'string', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Members', 'members', '[]JoinGroupResponseMember', (0, OPEN), None, None, None, False, None, None, _C_JoinGroupResponse_JoinGroupResponseMember),
)
JoinGroupResponse.JoinGroupResponseMember.FIELDS = (
    FieldInfo('MemberId', 'member_id', 'string', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('GroupInstanceId', 'group_instance_id', 'string', (5, OPEN), (5, OPEN), None, None, True, None, None, None),
    FieldInfo('Metadata', 'metadata', 'bytes', (0, OPEN), None, None, None, False, None, None, None),
)
