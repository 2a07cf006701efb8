"""API key 15: DescribeGroups.

GENERATED - DO NOT EDIT. Written by ``python -m wire.generator`` from Apache Kafka 4.1.1's
message definitions (DescribeGroupsRequest.json, DescribeGroupsResponse.json).
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
_S_h = struct.Struct('>h')
_S_i = struct.Struct('>i')
_S_ii = struct.Struct('>ii')


@dataclass(slots=True)
class DescribeGroupsRequest:
    """DescribeGroupsRequest (API key 15, versions 0-6).

    Generated from DescribeGroupsRequest.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = 15
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 6
    LATEST_VERSION: ClassVar[int] = 6
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
    FLEXIBLE_MIN: ClassVar[int | None] = 5
    #: Who serves this request in Kafka (empty for responses).
    LISTENERS: ClassVar[tuple[str, ...]] = ('broker',)
    FIELDS: ClassVar[tuple[FieldInfo, ...]]

    #: The names of the groups to describe.
    groups: list[str] = field(default_factory=list)
    #: Whether to include authorized operations.
    include_authorized_operations: bool = False
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> DescribeGroupsRequest:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_DescribeGroupsRequest, data, version, 'DescribeGroupsRequest', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_DescribeGroupsRequest, self, version, 'DescribeGroupsRequest')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_DescribeGroupsRequest, self, version, 'DescribeGroupsRequest')


@dataclass(slots=True)
class DescribeGroupsResponse:
    """DescribeGroupsResponse (API key 15, versions 0-6).

    Generated from DescribeGroupsResponse.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = 15
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 6
    LATEST_VERSION: ClassVar[int] = 6
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
    FLEXIBLE_MIN: ClassVar[int | None] = 5
    #: Who serves this request in Kafka (empty for responses).
    LISTENERS: ClassVar[tuple[str, ...]] = ()
    FIELDS: ClassVar[tuple[FieldInfo, ...]]

    @dataclass(slots=True)
    class DescribedGroup:
        FIELDS: ClassVar[tuple[FieldInfo, ...]]

        @dataclass(slots=True)
        class DescribedGroupMember:
            FIELDS: ClassVar[tuple[FieldInfo, ...]]

            #: The member id.
            member_id: str = ''
            #: The unique identifier of the consumer instance provided by end user.
            group_instance_id: str | None = None
            #: The client ID used in the member's latest join group request.
            client_id: str = ''
            #: The client host.
            client_host: str = ''
            #: The metadata corresponding to the current group protocol in use.
            member_metadata: bytes | memoryview = b''
            #: The current assignment provided by the group leader.
            member_assignment: bytes | memoryview = b''
            #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
            unknown_tagged_fields: list[tuple[int, bytes]] | None = None

        #: The describe error, or 0 if there was no error.
        error_code: int = 0
        #: The describe error message, or null if there was no error.
        error_message: str | None = None
        #: The group ID string.
        group_id: str = ''
        #: The group state string, or the empty string.
        group_state: str = ''
        #: The group protocol type, or the empty string.
        protocol_type: str = ''
        #: The group protocol data, or the empty string.
        protocol_data: str = ''
        #: The group members.
        members: list[DescribeGroupsResponse.DescribedGroup.DescribedGroupMember] = field(default_factory=list)
        #: 32-bit bitfield to represent authorized operations for this group.
        authorized_operations: int = -2147483648
        #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
        unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    DescribedGroupMember = DescribedGroup.DescribedGroupMember
    #: The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    throttle_time_ms: int = 0
    #: Each described group.
    groups: list[DescribeGroupsResponse.DescribedGroup] = field(default_factory=list)
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> DescribeGroupsResponse:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_DescribeGroupsResponse, data, version, 'DescribeGroupsResponse', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_DescribeGroupsResponse, self, version, 'DescribeGroupsResponse')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_DescribeGroupsResponse, self, version, 'DescribeGroupsResponse')

def _d_DescribeGroupsRequest_v0(B: memoryview, P: int) -> tuple[DescribeGroupsRequest, int]:
    (n_f0,) = _S_i.unpack_from(B, P)
    P += 4
    f0: list[str]
    if n_f0 < 0:
        raise DecodeError(f'non-nullable array Groups has length {n_f0}')
    else:
        if n_f0 > len(B) - P:
            raise DecodeError(f'array length {n_f0} exceeds the buffer')
        f0 = []
        for _ in range(n_f0):
            e_f0, P = read_string(B, P)
            f0.append(e_f0)
    return _C_DescribeGroupsRequest(f0, False, None), P


def _d_DescribeGroupsRequest_v3(B: memoryview, P: int) -> tuple[DescribeGroupsRequest, int]:
    (n_f0,) = _S_i.unpack_from(B, P)
    P += 4
    f0: list[str]
    if n_f0 < 0:
        raise DecodeError(f'non-nullable array Groups has length {n_f0}')
    else:
        if n_f0 > len(B) - P:
            raise DecodeError(f'array length {n_f0} exceeds the buffer')
        f0 = []
        for _ in range(n_f0):
            e_f0, P = read_string(B, P)
            f0.append(e_f0)
    (f1,) = _S_o.unpack_from(B, P)
    P += 1
    return _C_DescribeGroupsRequest(f0, f1, None), P


def _d_DescribeGroupsRequest_v5(B: memoryview, P: int) -> tuple[DescribeGroupsRequest, int]:
    n_f0 = B[P]
    if n_f0 < 0x80:
        P += 1
    else:
        n_f0, P = read_uvarint(B, P)
    n_f0 -= 1
    f0: list[str]
    if n_f0 < 0:
        raise DecodeError(f'non-nullable array Groups has length {n_f0}')
    else:
        if n_f0 > len(B) - P:
            raise DecodeError(f'array length {n_f0} exceeds the buffer')
        f0 = []
        for _ in range(n_f0):
            e_f0, P = read_compact_string(B, P)
            f0.append(e_f0)
    (f1,) = _S_o.unpack_from(B, P)
    P += 1
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_DescribeGroupsRequest(f0, f1, tf), P


def _e_DescribeGroupsRequest_v0(o: DescribeGroupsRequest, O: bytearray) -> None:
    if o.include_authorized_operations != False:
        raise EncodeError('DescribeGroupsRequest.IncludeAuthorizedOperations is not supported in version 0')
    a0 = o.groups
    if a0 is None:
        raise EncodeError('non-nullable array Groups is None')
    O += _S_i.pack(len(a0))
    for e_a0 in a0:
        write_string(O, e_a0)


def _e_DescribeGroupsRequest_v1(o: DescribeGroupsRequest, O: bytearray) -> None:
    if o.include_authorized_operations != False:
        raise EncodeError('DescribeGroupsRequest.IncludeAuthorizedOperations is not supported in version 1')
    a0 = o.groups
    if a0 is None:
        raise EncodeError('non-nullable array Groups is None')
    O += _S_i.pack(len(a0))
    for e_a0 in a0:
        write_string(O, e_a0)


def _e_DescribeGroupsRequest_v2(o: DescribeGroupsRequest, O: bytearray) -> None:
    if o.include_authorized_operations != False:
        raise EncodeError('DescribeGroupsRequest.IncludeAuthorizedOperations is not supported in version 2')
    a0 = o.groups
    if a0 is None:
        raise EncodeError('non-nullable array Groups is None')
    O += _S_i.pack(len(a0))
    for e_a0 in a0:
        write_string(O, e_a0)


def _e_DescribeGroupsRequest_v3(o: DescribeGroupsRequest, O: bytearray) -> None:
    a0 = o.groups
    if a0 is None:
        raise EncodeError('non-nullable array Groups is None')
    O += _S_i.pack(len(a0))
    for e_a0 in a0:
        write_string(O, e_a0)
    O += _S_o.pack(o.include_authorized_operations)


def _e_DescribeGroupsRequest_v5(o: DescribeGroupsRequest, O: bytearray) -> None:
    a0 = o.groups
    if a0 is None:
        raise EncodeError('non-nullable array Groups is None')
    write_uvarint(O, len(a0) + 1)
    for e_a0 in a0:
        write_compact_string(O, e_a0)
    O += _S_o.pack(o.include_authorized_operations)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _d_DescribeGroupsResponse_DescribedGroup_DescribedGroupMember_v0(B: memoryview, P: int) -> tuple[DescribeGroupsResponse.DescribedGroup.DescribedGroupMember, int]:
    f0, P = read_string(B, P)
    f2, P = read_string(B, P)
    f3, P = read_string(B, P)
    f4, P = read_bytes(B, P)
    f5, P = read_bytes(B, P)
    return _C_DescribeGroupsResponse_DescribedGroup_DescribedGroupMember(f0, None, f2, f3, f4, f5, None), P


def _d_DescribeGroupsResponse_DescribedGroup_v0(B: memoryview, P: int) -> tuple[DescribeGroupsResponse.DescribedGroup, int]:
    (f0,) = _S_h.unpack_from(B, P)
    P += 2
    f2, P = read_string(B, P)
    f3, P = read_string(B, P)
    f4, P = read_string(B, P)
    f5, P = read_string(B, P)
    (n_f6,) = _S_i.unpack_from(B, P)
    P += 4
    f6: list[DescribeGroupsResponse.DescribedGroup.DescribedGroupMember]
    if n_f6 < 0:
        raise DecodeError(f'non-nullable array Members has length {n_f6}')
    else:
        if n_f6 > len(B) - P:
            raise DecodeError(f'array length {n_f6} exceeds the buffer')
        f6 = []
        for _ in range(n_f6):
            e_f6, P = _d_DescribeGroupsResponse_DescribedGroup_DescribedGroupMember_v0(B, P)
            f6.append(e_f6)
    return _C_DescribeGroupsResponse_DescribedGroup(f0, None, f2, f3, f4, f5, f6, -2147483648, None), P


def _d_DescribeGroupsResponse_v0(B: memoryview, P: int) -> tuple[DescribeGroupsResponse, int]:
    (n_f1,) = _S_i.unpack_from(B, P)
    P += 4
    f1: list[DescribeGroupsResponse.DescribedGroup]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Groups has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_DescribeGroupsResponse_DescribedGroup_v0(B, P)
            f1.append(e_f1)
    return _C_DescribeGroupsResponse(0, f1, None), P


def _d_DescribeGroupsResponse_v1(B: memoryview, P: int) -> tuple[DescribeGroupsResponse, int]:
    (f0, n_f1,) = _S_ii.unpack_from(B, P)
    P += 8
    f1: list[DescribeGroupsResponse.DescribedGroup]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Groups has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_DescribeGroupsResponse_DescribedGroup_v0(B, P)
            f1.append(e_f1)
    return _C_DescribeGroupsResponse(f0, f1, None), P


def _d_DescribeGroupsResponse_DescribedGroup_v3(B: memoryview, P: int) -> tuple[DescribeGroupsResponse.DescribedGroup, int]:
    (f0,) = _S_h.unpack_from(B, P)
    P += 2
    f2, P = read_string(B, P)
    f3, P = read_string(B, P)
    f4, P = read_string(B, P)
    f5, P = read_string(B, P)
    (n_f6,) = _S_i.unpack_from(B, P)
    P += 4
    f6: list[DescribeGroupsResponse.DescribedGroup.DescribedGroupMember]
    if n_f6 < 0:
        raise DecodeError(f'non-nullable array Members has length {n_f6}')
    else:
        if n_f6 > len(B) - P:
            raise DecodeError(f'array length {n_f6} exceeds the buffer')
        f6 = []
        for _ in range(n_f6):
            e_f6, P = _d_DescribeGroupsResponse_DescribedGroup_DescribedGroupMember_v0(B, P)
            f6.append(e_f6)
    (f7,) = _S_i.unpack_from(B, P)
    P += 4
    return _C_DescribeGroupsResponse_DescribedGroup(f0, None, f2, f3, f4, f5, f6, f7, None), P


def _d_DescribeGroupsResponse_v3(B: memoryview, P: int) -> tuple[DescribeGroupsResponse, int]:
    (f0, n_f1,) = _S_ii.unpack_from(B, P)
    P += 8
    f1: list[DescribeGroupsResponse.DescribedGroup]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Groups has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_DescribeGroupsResponse_DescribedGroup_v3(B, P)
            f1.append(e_f1)
    return _C_DescribeGroupsResponse(f0, f1, None), P


def _d_DescribeGroupsResponse_DescribedGroup_DescribedGroupMember_v4(B: memoryview, P: int) -> tuple[DescribeGroupsResponse.DescribedGroup.DescribedGroupMember, int]:
    f0, P = read_string(B, P)
    f1, P = read_nullable_string(B, P)
    f2, P = read_string(B, P)
    f3, P = read_string(B, P)
    f4, P = read_bytes(B, P)
    f5, P = read_bytes(B, P)
    return _C_DescribeGroupsResponse_DescribedGroup_DescribedGroupMember(f0, f1, f2, f3, f4, f5, None), P


def _d_DescribeGroupsResponse_DescribedGroup_v4(B: memoryview, P: int) -> tuple[DescribeGroupsResponse.DescribedGroup, int]:
    (f0,) = _S_h.unpack_from(B, P)
    P += 2
    f2, P = read_string(B, P)
    f3, P = read_string(B, P)
    f4, P = read_string(B, P)
    f5, P = read_string(B, P)
    (n_f6,) = _S_i.unpack_from(B, P)
    P += 4
    f6: list[DescribeGroupsResponse.DescribedGroup.DescribedGroupMember]
    if n_f6 < 0:
        raise DecodeError(f'non-nullable array Members has length {n_f6}')
    else:
        if n_f6 > len(B) - P:
            raise DecodeError(f'array length {n_f6} exceeds the buffer')
        f6 = []
        for _ in range(n_f6):
            e_f6, P = _d_DescribeGroupsResponse_DescribedGroup_DescribedGroupMember_v4(B, P)
            f6.append(e_f6)
    (f7,) = _S_i.unpack_from(B, P)
    P += 4
    return _C_DescribeGroupsResponse_DescribedGroup(f0, None, f2, f3, f4, f5, f6, f7, None), P


def _d_DescribeGroupsResponse_v4(B: memoryview, P: int) -> tuple[DescribeGroupsResponse, int]:
    (f0, n_f1,) = _S_ii.unpack_from(B, P)
    P += 8
    f1: list[DescribeGroupsResponse.DescribedGroup]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Groups has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_DescribeGroupsResponse_DescribedGroup_v4(B, P)
            f1.append(e_f1)
    return _C_DescribeGroupsResponse(f0, f1, None), P


def _d_DescribeGroupsResponse_DescribedGroup_DescribedGroupMember_v5(B: memoryview, P: int) -> tuple[DescribeGroupsResponse.DescribedGroup.DescribedGroupMember, int]:
    f0, P = read_compact_string(B, P)
    f1, P = read_compact_nullable_string(B, P)
    f2, P = read_compact_string(B, P)
    f3, P = read_compact_string(B, P)
    f4, P = read_compact_bytes(B, P)
    f5, P = read_compact_bytes(B, P)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_DescribeGroupsResponse_DescribedGroup_DescribedGroupMember(f0, f1, f2, f3, f4, f5, tf), P


def _d_DescribeGroupsResponse_DescribedGroup_v5(B: memoryview, P: int) -> tuple[DescribeGroupsResponse.DescribedGroup, int]:
    (f0,) = _S_h.unpack_from(B, P)
    P += 2
    f2, P = read_compact_string(B, P)
    f3, P = read_compact_string(B, P)
    f4, P = read_compact_string(B, P)
    f5, P = read_compact_string(B, P)
    n_f6 = B[P]
    if n_f6 < 0x80:
        P += 1
    else:
        n_f6, P = read_uvarint(B, P)
    n_f6 -= 1
    f6: list[DescribeGroupsResponse.DescribedGroup.DescribedGroupMember]
    if n_f6 < 0:
        raise DecodeError(f'non-nullable array Members has length {n_f6}')
    else:
        if n_f6 > len(B) - P:
            raise DecodeError(f'array length {n_f6} exceeds the buffer')
        f6 = []
        for _ in range(n_f6):
            e_f6, P = _d_DescribeGroupsResponse_DescribedGroup_DescribedGroupMember_v5(B, P)
            f6.append(e_f6)
    (f7,) = _S_i.unpack_from(B, P)
    P += 4
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_DescribeGroupsResponse_DescribedGroup(f0, None, f2, f3, f4, f5, f6, f7, tf), P


def _d_DescribeGroupsResponse_v5(B: memoryview, P: int) -> tuple[DescribeGroupsResponse, int]:
    (f0,) = _S_i.unpack_from(B, P)
    P += 4
    n_f1 = B[P]
    if n_f1 < 0x80:
        P += 1
    else:
        n_f1, P = read_uvarint(B, P)
    n_f1 -= 1
    f1: list[DescribeGroupsResponse.DescribedGroup]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Groups has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_DescribeGroupsResponse_DescribedGroup_v5(B, P)
            f1.append(e_f1)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_DescribeGroupsResponse(f0, f1, tf), P


def _d_DescribeGroupsResponse_DescribedGroup_v6(B: memoryview, P: int) -> tuple[DescribeGroupsResponse.DescribedGroup, int]:
    (f0,) = _S_h.unpack_from(B, P)
    P += 2
    f1, P = read_compact_nullable_string(B, P)
    f2, P = read_compact_string(B, P)
    f3, P = read_compact_string(B, P)
    f4, P = read_compact_string(B, P)
    f5, P = read_compact_string(B, P)
    n_f6 = B[P]
    if n_f6 < 0x80:
        P += 1
    else:
        n_f6, P = read_uvarint(B, P)
    n_f6 -= 1
    f6: list[DescribeGroupsResponse.DescribedGroup.DescribedGroupMember]
    if n_f6 < 0:
        raise DecodeError(f'non-nullable array Members has length {n_f6}')
    else:
        if n_f6 > len(B) - P:
            raise DecodeError(f'array length {n_f6} exceeds the buffer')
        f6 = []
        for _ in range(n_f6):
            e_f6, P = _d_DescribeGroupsResponse_DescribedGroup_DescribedGroupMember_v5(B, P)
            f6.append(e_f6)
    (f7,) = _S_i.unpack_from(B, P)
    P += 4
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_DescribeGroupsResponse_DescribedGroup(f0, f1, f2, f3, f4, f5, f6, f7, tf), P


def _d_DescribeGroupsResponse_v6(B: memoryview, P: int) -> tuple[DescribeGroupsResponse, int]:
    (f0,) = _S_i.unpack_from(B, P)
    P += 4
    n_f1 = B[P]
    if n_f1 < 0x80:
        P += 1
    else:
        n_f1, P = read_uvarint(B, P)
    n_f1 -= 1
    f1: list[DescribeGroupsResponse.DescribedGroup]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Groups has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_DescribeGroupsResponse_DescribedGroup_v6(B, P)
            f1.append(e_f1)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_DescribeGroupsResponse(f0, f1, tf), P


def _e_DescribeGroupsResponse_DescribedGroup_DescribedGroupMember_v0(o: DescribeGroupsResponse.DescribedGroup.DescribedGroupMember, O: bytearray) -> None:
    write_string(O, o.member_id)
    write_string(O, o.client_id)
    write_string(O, o.client_host)
    write_bytes(O, o.member_metadata)
    write_bytes(O, o.member_assignment)


def _e_DescribeGroupsResponse_DescribedGroup_v0(o: DescribeGroupsResponse.DescribedGroup, O: bytearray) -> None:
    if o.error_message is not None:
        raise EncodeError('DescribeGroupsResponse.ErrorMessage is not supported in version 0')
    if o.authorized_operations != -2147483648:
        raise EncodeError('DescribeGroupsResponse.AuthorizedOperations is not supported in version 0')
    O += _S_h.pack(o.error_code)
    write_string(O, o.group_id)
    write_string(O, o.group_state)
    write_string(O, o.protocol_type)
    write_string(O, o.protocol_data)
    a5 = o.members
    if a5 is None:
        raise EncodeError('non-nullable array Members is None')
    O += _S_i.pack(len(a5))
    for e_a5 in a5:
        _e_DescribeGroupsResponse_DescribedGroup_DescribedGroupMember_v0(e_a5, O)


def _e_DescribeGroupsResponse_v0(o: DescribeGroupsResponse, O: bytearray) -> None:
    a0 = o.groups
    if a0 is None:
        raise EncodeError('non-nullable array Groups is None')
    O += _S_i.pack(len(a0))
    for e_a0 in a0:
        _e_DescribeGroupsResponse_DescribedGroup_v0(e_a0, O)


def _e_DescribeGroupsResponse_DescribedGroup_v1(o: DescribeGroupsResponse.DescribedGroup, O: bytearray) -> None:
    if o.error_message is not None:
        raise EncodeError('DescribeGroupsResponse.ErrorMessage is not supported in version 1')
    if o.authorized_operations != -2147483648:
        raise EncodeError('DescribeGroupsResponse.AuthorizedOperations is not supported in version 1')
    O += _S_h.pack(o.error_code)
    write_string(O, o.group_id)
    write_string(O, o.group_state)
    write_string(O, o.protocol_type)
    write_string(O, o.protocol_data)
    a5 = o.members
    if a5 is None:
        raise EncodeError('non-nullable array Members is None')
    O += _S_i.pack(len(a5))
    for e_a5 in a5:
        _e_DescribeGroupsResponse_DescribedGroup_DescribedGroupMember_v0(e_a5, O)


def _e_DescribeGroupsResponse_v1(o: DescribeGroupsResponse, O: bytearray) -> None:
    a1 = o.groups
    if a1 is None:
        raise EncodeError('non-nullable array Groups is None')
    O += _S_ii.pack(o.throttle_time_ms, len(a1))
    for e_a1 in a1:
        _e_DescribeGroupsResponse_DescribedGroup_v1(e_a1, O)


def _e_DescribeGroupsResponse_DescribedGroup_v2(o: DescribeGroupsResponse.DescribedGroup, O: bytearray) -> None:
    if o.error_message is not None:
        raise EncodeError('DescribeGroupsResponse.ErrorMessage is not supported in version 2')
    if o.authorized_operations != -2147483648:
        raise EncodeError('DescribeGroupsResponse.AuthorizedOperations is not supported in version 2')
    O += _S_h.pack(o.error_code)
    write_string(O, o.group_id)
    write_string(O, o.group_state)
    write_string(O, o.protocol_type)
    write_string(O, o.protocol_data)
    a5 = o.members
    if a5 is None:
        raise EncodeError('non-nullable array Members is None')
    O += _S_i.pack(len(a5))
    for e_a5 in a5:
        _e_DescribeGroupsResponse_DescribedGroup_DescribedGroupMember_v0(e_a5, O)


def _e_DescribeGroupsResponse_v2(o: DescribeGroupsResponse, O: bytearray) -> None:
    a1 = o.groups
    if a1 is None:
        raise EncodeError('non-nullable array Groups is None')
    O += _S_ii.pack(o.throttle_time_ms, len(a1))
    for e_a1 in a1:
        _e_DescribeGroupsResponse_DescribedGroup_v2(e_a1, O)


def _e_DescribeGroupsResponse_DescribedGroup_v3(o: DescribeGroupsResponse.DescribedGroup, O: bytearray) -> None:
    if o.error_message is not None:
        raise EncodeError('DescribeGroupsResponse.ErrorMessage is not supported in version 3')
    O += _S_h.pack(o.error_code)
    write_string(O, o.group_id)
    write_string(O, o.group_state)
    write_string(O, o.protocol_type)
    write_string(O, o.protocol_data)
    a5 = o.members
    if a5 is None:
        raise EncodeError('non-nullable array Members is None')
    O += _S_i.pack(len(a5))
    for e_a5 in a5:
        _e_DescribeGroupsResponse_DescribedGroup_DescribedGroupMember_v0(e_a5, O)
    O += _S_i.pack(o.authorized_operations)


def _e_DescribeGroupsResponse_v3(o: DescribeGroupsResponse, O: bytearray) -> None:
    a1 = o.groups
    if a1 is None:
        raise EncodeError('non-nullable array Groups is None')
    O += _S_ii.pack(o.throttle_time_ms, len(a1))
    for e_a1 in a1:
        _e_DescribeGroupsResponse_DescribedGroup_v3(e_a1, O)


def _e_DescribeGroupsResponse_DescribedGroup_DescribedGroupMember_v4(o: DescribeGroupsResponse.DescribedGroup.DescribedGroupMember, O: bytearray) -> None:
    write_string(O, o.member_id)
    write_nullable_string(O, o.group_instance_id)
    write_string(O, o.client_id)
    write_string(O, o.client_host)
    write_bytes(O, o.member_metadata)
    write_bytes(O, o.member_assignment)


def _e_DescribeGroupsResponse_DescribedGroup_v4(o: DescribeGroupsResponse.DescribedGroup, O: bytearray) -> None:
    if o.error_message is not None:
        raise EncodeError('DescribeGroupsResponse.ErrorMessage is not supported in version 4')
    O += _S_h.pack(o.error_code)
    write_string(O, o.group_id)
    write_string(O, o.group_state)
    write_string(O, o.protocol_type)
    write_string(O, o.protocol_data)
    a5 = o.members
    if a5 is None:
        raise EncodeError('non-nullable array Members is None')
    O += _S_i.pack(len(a5))
    for e_a5 in a5:
        _e_DescribeGroupsResponse_DescribedGroup_DescribedGroupMember_v4(e_a5, O)
    O += _S_i.pack(o.authorized_operations)


def _e_DescribeGroupsResponse_v4(o: DescribeGroupsResponse, O: bytearray) -> None:
    a1 = o.groups
    if a1 is None:
        raise EncodeError('non-nullable array Groups is None')
    O += _S_ii.pack(o.throttle_time_ms, len(a1))
    for e_a1 in a1:
        _e_DescribeGroupsResponse_DescribedGroup_v4(e_a1, O)


def _e_DescribeGroupsResponse_DescribedGroup_DescribedGroupMember_v5(o: DescribeGroupsResponse.DescribedGroup.DescribedGroupMember, O: bytearray) -> None:
    write_compact_string(O, o.member_id)
    write_compact_nullable_string(O, o.group_instance_id)
    write_compact_string(O, o.client_id)
    write_compact_string(O, o.client_host)
    write_compact_bytes(O, o.member_metadata)
    write_compact_bytes(O, o.member_assignment)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_DescribeGroupsResponse_DescribedGroup_v5(o: DescribeGroupsResponse.DescribedGroup, O: bytearray) -> None:
    if o.error_message is not None:
        raise EncodeError('DescribeGroupsResponse.ErrorMessage is not supported in version 5')
    O += _S_h.pack(o.error_code)
    write_compact_string(O, o.group_id)
    write_compact_string(O, o.group_state)
    write_compact_string(O, o.protocol_type)
    write_compact_string(O, o.protocol_data)
    a5 = o.members
    if a5 is None:
        raise EncodeError('non-nullable array Members is None')
    write_uvarint(O, len(a5) + 1)
    for e_a5 in a5:
        _e_DescribeGroupsResponse_DescribedGroup_DescribedGroupMember_v5(e_a5, O)
    O += _S_i.pack(o.authorized_operations)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_DescribeGroupsResponse_v5(o: DescribeGroupsResponse, O: bytearray) -> None:
    O += _S_i.pack(o.throttle_time_ms)
    a1 = o.groups
    if a1 is None:
        raise EncodeError('non-nullable array Groups is None')
    write_uvarint(O, len(a1) + 1)
    for e_a1 in a1:
        _e_DescribeGroupsResponse_DescribedGroup_v5(e_a1, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_DescribeGroupsResponse_DescribedGroup_v6(o: DescribeGroupsResponse.DescribedGroup, O: bytearray) -> None:
    O += _S_h.pack(o.error_code)
    write_compact_nullable_string(O, o.error_message)
    write_compact_string(O, o.group_id)
    write_compact_string(O, o.group_state)
    write_compact_string(O, o.protocol_type)
    write_compact_string(O, o.protocol_data)
    a6 = o.members
    if a6 is None:
        raise EncodeError('non-nullable array Members is None')
    write_uvarint(O, len(a6) + 1)
    for e_a6 in a6:
        _e_DescribeGroupsResponse_DescribedGroup_DescribedGroupMember_v5(e_a6, O)
    O += _S_i.pack(o.authorized_operations)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_DescribeGroupsResponse_v6(o: DescribeGroupsResponse, O: bytearray) -> None:
    O += _S_i.pack(o.throttle_time_ms)
    a1 = o.groups
    if a1 is None:
        raise EncodeError('non-nullable array Groups is None')
    write_uvarint(O, len(a1) + 1)
    for e_a1 in a1:
        _e_DescribeGroupsResponse_DescribedGroup_v6(e_a1, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


_C_DescribeGroupsRequest = DescribeGroupsRequest
_DEC_DescribeGroupsRequest: dict[int, Decoder[DescribeGroupsRequest]] = {
    0: _d_DescribeGroupsRequest_v0,
    1: _d_DescribeGroupsRequest_v0,
    2: _d_DescribeGroupsRequest_v0,
    3: _d_DescribeGroupsRequest_v3,
    4: _d_DescribeGroupsRequest_v3,
    5: _d_DescribeGroupsRequest_v5,
    6: _d_DescribeGroupsRequest_v5,
}
_ENC_DescribeGroupsRequest: dict[int, Encoder[DescribeGroupsRequest]] = {
    0: _e_DescribeGroupsRequest_v0,
    1: _e_DescribeGroupsRequest_v1,
    2: _e_DescribeGroupsRequest_v2,
    3: _e_DescribeGroupsRequest_v3,
    4: _e_DescribeGroupsRequest_v3,
    5: _e_DescribeGroupsRequest_v5,
    6: _e_DescribeGroupsRequest_v5,
}
DescribeGroupsRequest.FIELDS = (
    FieldInfo('Groups', 'groups', '[]string', (0, OPEN), None, None, None, False, 'groupId', None, None),
    FieldInfo('IncludeAuthorizedOperations', 'include_authorized_operations', 'bool', (3, OPEN), None, None, None, False, None, None, None),
)

_C_DescribeGroupsResponse = DescribeGroupsResponse
_C_DescribeGroupsResponse_DescribedGroup = DescribeGroupsResponse.DescribedGroup
_C_DescribeGroupsResponse_DescribedGroup_DescribedGroupMember = DescribeGroupsResponse.DescribedGroup.DescribedGroupMember
_DEF_C_DescribeGroupsResponse_DescribedGroup = _C_DescribeGroupsResponse_DescribedGroup()
_DEF_C_DescribeGroupsResponse_DescribedGroup_DescribedGroupMember = _C_DescribeGroupsResponse_DescribedGroup_DescribedGroupMember()
_DEC_DescribeGroupsResponse: dict[int, Decoder[DescribeGroupsResponse]] = {
    0: _d_DescribeGroupsResponse_v0,
    1: _d_DescribeGroupsResponse_v1,
    2: _d_DescribeGroupsResponse_v1,
    3: _d_DescribeGroupsResponse_v3,
    4: _d_DescribeGroupsResponse_v4,
    5: _d_DescribeGroupsResponse_v5,
    6: _d_DescribeGroupsResponse_v6,
}
_ENC_DescribeGroupsResponse: dict[int, Encoder[DescribeGroupsResponse]] = {
    0: _e_DescribeGroupsResponse_v0,
    1: _e_DescribeGroupsResponse_v1,
    2: _e_DescribeGroupsResponse_v2,
    3: _e_DescribeGroupsResponse_v3,
    4: _e_DescribeGroupsResponse_v4,
    5: _e_DescribeGroupsResponse_v5,
    6: _e_DescribeGroupsResponse_v6,
}
DescribeGroupsResponse.FIELDS = (
    FieldInfo('ThrottleTimeMs', 'throttle_time_ms', 'int32', (1, OPEN), None, None, None, True, None, None, None),
    FieldInfo('Groups', 'groups', '[]DescribedGroup', (0, OPEN), None, None, None, False, None, None, _C_DescribeGroupsResponse_DescribedGroup),
)
DescribeGroupsResponse.DescribedGroup.FIELDS = (
    FieldInfo('ErrorCode', 'error_code', 'int16', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('ErrorMessage', 'error_message', 'string', (6, OPEN), (6, OPEN), None, None, False, None, None, None),
    FieldInfo('GroupId', 'group_id', 'string', (0, OPEN), None, None, None, False, 'groupId', None, None),
    FieldInfo('GroupState', 'group_state', 'string', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('ProtocolType', 'protocol_type', 'string', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('ProtocolData', 'protocol_data', 'string', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Members', 'members', '[]DescribedGroupMember', (0, OPEN), None, None, None, False, None, None, _C_DescribeGroupsResponse_DescribedGroup_DescribedGroupMember),
    FieldInfo('AuthorizedOperations', 'authorized_operations', 'int32', (3, OPEN), None, None, None, False, None, None, None),
)
DescribeGroupsResponse.DescribedGroup.DescribedGroupMember.FIELDS = (
    FieldInfo('MemberId', 'member_id', 'string', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('GroupInstanceId', 'group_instance_id', 'string', (4, OPEN), (4, OPEN), None, None, True, None, None, None),
    FieldInfo('ClientId', 'client_id', 'string', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('ClientHost', 'client_host', 'string', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('MemberMetadata', 'member_metadata', 'bytes', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('MemberAssignment', 'member_assignment', 'bytes', (0, OPEN), None, None, None, False, None, None, None),
)
