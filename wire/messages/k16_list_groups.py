"""API key 16: ListGroups.

GENERATED - DO NOT EDIT. Written by ``python -m wire.generator`` from Apache Kafka 4.1.1's
message definitions (ListGroupsRequest.json, ListGroupsResponse.json).
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


_S_hi = struct.Struct('>hi')
_S_ih = struct.Struct('>ih')
_S_ihi = struct.Struct('>ihi')


@dataclass(slots=True)
class ListGroupsRequest:
    """ListGroupsRequest (API key 16, versions 0-5).

    Generated from ListGroupsRequest.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = 16
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 5
    LATEST_VERSION: ClassVar[int] = 5
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
    FLEXIBLE_MIN: ClassVar[int | None] = 3
    #: Who serves this request in Kafka (empty for responses).
    LISTENERS: ClassVar[tuple[str, ...]] = ('broker',)
    FIELDS: ClassVar[tuple[FieldInfo, ...]]

    #: The states of the groups we want to list. If empty, all groups are returned with their state.
    states_filter: list[str] = field(default_factory=list)
    #: The types of the groups we want to list. If empty, all groups are returned with their type.
    types_filter: list[str] = field(default_factory=list)
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> ListGroupsRequest:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_ListGroupsRequest, data, version, 'ListGroupsRequest', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_ListGroupsRequest, self, version, 'ListGroupsRequest')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_ListGroupsRequest, self, version, 'ListGroupsRequest')


@dataclass(slots=True)
class ListGroupsResponse:
    """ListGroupsResponse (API key 16, versions 0-5).

    Generated from ListGroupsResponse.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = 16
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 5
    LATEST_VERSION: ClassVar[int] = 5
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
    FLEXIBLE_MIN: ClassVar[int | None] = 3
    #: Who serves this request in Kafka (empty for responses).
    LISTENERS: ClassVar[tuple[str, ...]] = ()
    FIELDS: ClassVar[tuple[FieldInfo, ...]]

    @dataclass(slots=True)
    class ListedGroup:
        FIELDS: ClassVar[tuple[FieldInfo, ...]]

        #: The group ID.
        group_id: str = ''
        #: The group protocol type.
        protocol_type: str = ''
        #: The group state name.
        group_state: str = ''
        #: The group type name.
        group_type: str = ''
        #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
        unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    #: The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    throttle_time_ms: int = 0
    #: The error code, or 0 if there was no error.
    error_code: int = 0
    #: Each group in the response.
    groups: list[ListGroupsResponse.ListedGroup] = field(default_factory=list)
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> ListGroupsResponse:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_ListGroupsResponse, data, version, 'ListGroupsResponse', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_ListGroupsResponse, self, version, 'ListGroupsResponse')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_ListGroupsResponse, self, version, 'ListGroupsResponse')

def _d_ListGroupsRequest_v0(B: memoryview, P: int) -> tuple[ListGroupsRequest, int]:
    return _C_ListGroupsRequest([], [], None), P


def _d_ListGroupsRequest_v3(B: memoryview, P: int) -> tuple[ListGroupsRequest, int]:
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_ListGroupsRequest([], [], tf), P


def _d_ListGroupsRequest_v4(B: memoryview, P: int) -> tuple[ListGroupsRequest, int]:
    n_f0 = B[P]
    if n_f0 < 0x80:
        P += 1
    else:
        n_f0, P = read_uvarint(B, P)
    n_f0 -= 1
    f0: list[str]
    if n_f0 < 0:
        raise DecodeError(f'non-nullable array StatesFilter has length {n_f0}')
    else:
        if n_f0 > len(B) - P:
            raise DecodeError(f'array length {n_f0} exceeds the buffer')
        f0 = []
        for _ in range(n_f0):
            e_f0, P = read_compact_string(B, P)
            f0.append(e_f0)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_ListGroupsRequest(f0, [], tf), P


def _d_ListGroupsRequest_v5(B: memoryview, P: int) -> tuple[ListGroupsRequest, int]:
    n_f0 = B[P]
    if n_f0 < 0x80:
        P += 1
    else:
        n_f0, P = read_uvarint(B, P)
    n_f0 -= 1
    f0: list[str]
    if n_f0 < 0:
        raise DecodeError(f'non-nullable array StatesFilter has length {n_f0}')
    else:
        if n_f0 > len(B) - P:
            raise DecodeError(f'array length {n_f0} exceeds the buffer')
        f0 = []
        for _ in range(n_f0):
            e_f0, P = read_compact_string(B, P)
            f0.append(e_f0)
    n_f1 = B[P]
    if n_f1 < 0x80:
        P += 1
    else:
        n_f1, P = read_uvarint(B, P)
    n_f1 -= 1
    f1: list[str]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array TypesFilter has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = read_compact_string(B, P)
            f1.append(e_f1)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_ListGroupsRequest(f0, f1, tf), P


def _e_ListGroupsRequest_v0(o: ListGroupsRequest, O: bytearray) -> None:
    if bool(o.states_filter):
        raise EncodeError('ListGroupsRequest.StatesFilter is not supported in version 0')
    if bool(o.types_filter):
        raise EncodeError('ListGroupsRequest.TypesFilter is not supported in version 0')


def _e_ListGroupsRequest_v1(o: ListGroupsRequest, O: bytearray) -> None:
    if bool(o.states_filter):
        raise EncodeError('ListGroupsRequest.StatesFilter is not supported in version 1')
    if bool(o.types_filter):
        raise EncodeError('ListGroupsRequest.TypesFilter is not supported in version 1')


def _e_ListGroupsRequest_v2(o: ListGroupsRequest, O: bytearray) -> None:
    if bool(o.states_filter):
        raise EncodeError('ListGroupsRequest.StatesFilter is not supported in version 2')
    if bool(o.types_filter):
        raise EncodeError('ListGroupsRequest.TypesFilter is not supported in version 2')


def _e_ListGroupsRequest_v3(o: ListGroupsRequest, O: bytearray) -> None:
    if bool(o.states_filter):
        raise EncodeError('ListGroupsRequest.StatesFilter is not supported in version 3')
    if bool(o.types_filter):
        raise EncodeError('ListGroupsRequest.TypesFilter is not supported in version 3')
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_ListGroupsRequest_v4(o: ListGroupsRequest, O: bytearray) -> None:
    if bool(o.types_filter):
        raise EncodeError('ListGroupsRequest.TypesFilter is not supported in version 4')
    a0 = o.states_filter
    if a0 is None:
        raise EncodeError('non-nullable array StatesFilter is None')
    write_uvarint(O, len(a0) + 1)
    for e_a0 in a0:
        write_compact_string(O, e_a0)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_ListGroupsRequest_v5(o: ListGroupsRequest, O: bytearray) -> None:
    a0 = o.states_filter
    if a0 is None:
        raise EncodeError('non-nullable array StatesFilter is None')
    write_uvarint(O, len(a0) + 1)
    for e_a0 in a0:
        write_compact_string(O, e_a0)
    a1 = o.types_filter
    if a1 is None:
        raise EncodeError('non-nullable array TypesFilter is None')
    write_uvarint(O, len(a1) + 1)
    for e_a1 in a1:
        write_compact_string(O, e_a1)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _d_ListGroupsResponse_ListedGroup_v0(B: memoryview, P: int) -> tuple[ListGroupsResponse.ListedGroup, int]:
    f0, P = read_string(B, P)
    f1, P = read_string(B, P)
    return _C_ListGroupsResponse_ListedGroup(f0, f1, '', '', None), P


def _d_ListGroupsResponse_v0(B: memoryview, P: int) -> tuple[ListGroupsResponse, int]:
    (f1, n_f2,) = _S_hi.unpack_from(B, P)
    P += 6
    f2: list[ListGroupsResponse.ListedGroup]
    if n_f2 < 0:
        raise DecodeError(f'non-nullable array Groups has length {n_f2}')
    else:
        if n_f2 > len(B) - P:
            raise DecodeError(f'array length {n_f2} exceeds the buffer')
        f2 = []
        for _ in range(n_f2):
            e_f2, P = _d_ListGroupsResponse_ListedGroup_v0(B, P)
            f2.append(e_f2)
    return _C_ListGroupsResponse(0, f1, f2, None), P


def _d_ListGroupsResponse_v1(B: memoryview, P: int) -> tuple[ListGroupsResponse, int]:
    (f0, f1, n_f2,) = _S_ihi.unpack_from(B, P)
    P += 10
    f2: list[ListGroupsResponse.ListedGroup]
    if n_f2 < 0:
        raise DecodeError(f'non-nullable array Groups has length {n_f2}')
    else:
        if n_f2 > len(B) - P:
            raise DecodeError(f'array length {n_f2} exceeds the buffer')
        f2 = []
        for _ in range(n_f2):
            e_f2, P = _d_ListGroupsResponse_ListedGroup_v0(B, P)
            f2.append(e_f2)
    return _C_ListGroupsResponse(f0, f1, f2, None), P


def _d_ListGroupsResponse_ListedGroup_v3(B: memoryview, P: int) -> tuple[ListGroupsResponse.ListedGroup, int]:
    f0, P = read_compact_string(B, P)
    f1, P = read_compact_string(B, P)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_ListGroupsResponse_ListedGroup(f0, f1, '', '', tf), P


def _d_ListGroupsResponse_v3(B: memoryview, P: int) -> tuple[ListGroupsResponse, int]:
    (f0, f1,) = _S_ih.unpack_from(B, P)
    P += 6
    n_f2 = B[P]
    if n_f2 < 0x80:
        P += 1
    else:
        n_f2, P = read_uvarint(B, P)
    n_f2 -= 1
    f2: list[ListGroupsResponse.ListedGroup]
    if n_f2 < 0:
        raise DecodeError(f'non-nullable array Groups has length {n_f2}')
    else:
        if n_f2 > len(B) - P:
            raise DecodeError(f'array length {n_f2} exceeds the buffer')
        f2 = []
        for _ in range(n_f2):
            e_f2, P = _d_ListGroupsResponse_ListedGroup_v3(B, P)
            f2.append(e_f2)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_ListGroupsResponse(f0, f1, f2, tf), P


def _d_ListGroupsResponse_ListedGroup_v4(B: memoryview, P: int) -> tuple[ListGroupsResponse.ListedGroup, int]:
    f0, P = read_compact_string(B, P)
    f1, P = read_compact_string(B, P)
    f2, P = read_compact_string(B, P)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_ListGroupsResponse_ListedGroup(f0, f1, f2, '', tf), P


def _d_ListGroupsResponse_v4(B: memoryview, P: int) -> tuple[ListGroupsResponse, int]:
    (f0, f1,) = _S_ih.unpack_from(B, P)
    P += 6
    n_f2 = B[P]
    if n_f2 < 0x80:
        P += 1
    else:
        n_f2, P = read_uvarint(B, P)
    n_f2 -= 1
    f2: list[ListGroupsResponse.ListedGroup]
    if n_f2 < 0:
        raise DecodeError(f'non-nullable array Groups has length {n_f2}')
    else:
        if n_f2 > len(B) - P:
            raise DecodeError(f'array length {n_f2} exceeds the buffer')
        f2 = []
        for _ in range(n_f2):
            e_f2, P = _d_ListGroupsResponse_ListedGroup_v4(B, P)
            f2.append(e_f2)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_ListGroupsResponse(f0, f1, f2, tf), P


def _d_ListGroupsResponse_ListedGroup_v5(B: memoryview, P: int) -> tuple[ListGroupsResponse.ListedGroup, int]:
    f0, P = read_compact_string(B, P)
    f1, P = read_compact_string(B, P)
    f2, P = read_compact_string(B, P)
    f3, P = read_compact_string(B, P)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_ListGroupsResponse_ListedGroup(f0, f1, f2, f3, tf), P


def _d_ListGroupsResponse_v5(B: memoryview, P: int) -> tuple[ListGroupsResponse, int]:
    (f0, f1,) = _S_ih.unpack_from(B, P)
    P += 6
    n_f2 = B[P]
    if n_f2 < 0x80:
        P += 1
    else:
        n_f2, P = read_uvarint(B, P)
    n_f2 -= 1
    f2: list[ListGroupsResponse.ListedGroup]
    if n_f2 < 0:
        raise DecodeError(f'non-nullable array Groups has length {n_f2}')
    else:
        if n_f2 > len(B) - P:
            raise DecodeError(f'array length {n_f2} exceeds the buffer')
        f2 = []
        for _ in range(n_f2):
            e_f2, P = _d_ListGroupsResponse_ListedGroup_v5(B, P)
            f2.append(e_f2)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_ListGroupsResponse(f0, f1, f2, tf), P


def _e_ListGroupsResponse_ListedGroup_v0(o: ListGroupsResponse.ListedGroup, O: bytearray) -> None:
    write_string(O, o.group_id)
    write_string(O, o.protocol_type)


def _e_ListGroupsResponse_v0(o: ListGroupsResponse, O: bytearray) -> None:
    a1 = o.groups
    if a1 is None:
        raise EncodeError('non-nullable array Groups is None')
    O += _S_hi.pack(o.error_code, len(a1))
    for e_a1 in a1:
        _e_ListGroupsResponse_ListedGroup_v0(e_a1, O)


def _e_ListGroupsResponse_v1(o: ListGroupsResponse, O: bytearray) -> None:
    a2 = o.groups
    if a2 is None:
        raise EncodeError('non-nullable array Groups is None')
    O += _S_ihi.pack(o.throttle_time_ms, o.error_code, len(a2))
    for e_a2 in a2:
        _e_ListGroupsResponse_ListedGroup_v0(e_a2, O)


def _e_ListGroupsResponse_ListedGroup_v3(o: ListGroupsResponse.ListedGroup, O: bytearray) -> None:
    write_compact_string(O, o.group_id)
    write_compact_string(O, o.protocol_type)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_ListGroupsResponse_v3(o: ListGroupsResponse, O: bytearray) -> None:
    O += _S_ih.pack(o.throttle_time_ms, o.error_code)
    a2 = o.groups
    if a2 is None:
        raise EncodeError('non-nullable array Groups is None')
    write_uvarint(O, len(a2) + 1)
    for e_a2 in a2:
        _e_ListGroupsResponse_ListedGroup_v3(e_a2, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_ListGroupsResponse_ListedGroup_v4(o: ListGroupsResponse.ListedGroup, O: bytearray) -> None:
    write_compact_string(O, o.group_id)
    write_compact_string(O, o.protocol_type)
    write_compact_string(O, o.group_state)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_ListGroupsResponse_v4(o: ListGroupsResponse, O: bytearray) -> None:
    O += _S_ih.pack(o.throttle_time_ms, o.error_code)
    a2 = o.groups
    if a2 is None:
        raise EncodeError('non-nullable array Groups is None')
    write_uvarint(O, len(a2) + 1)
    for e_a2 in a2:
        _e_ListGroupsResponse_ListedGroup_v4(e_a2, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_ListGroupsResponse_ListedGroup_v5(o: ListGroupsResponse.ListedGroup, O: bytearray) -> None:
    write_compact_string(O, o.group_id)
    write_compact_string(O, o.protocol_type)
    write_compact_string(O, o.group_state)
    write_compact_string(O, o.group_type)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_ListGroupsResponse_v5(o: ListGroupsResponse, O: bytearray) -> None:
    O += _S_ih.pack(o.throttle_time_ms, o.error_code)
    a2 = o.groups
    if a2 is None:
        raise EncodeError('non-nullable array Groups is None')
    write_uvarint(O, len(a2) + 1)
    for e_a2 in a2:
        _e_ListGroupsResponse_ListedGroup_v5(e_a2, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


_C_ListGroupsRequest = ListGroupsRequest
_DEC_ListGroupsRequest: dict[int, Decoder[ListGroupsRequest]] = {
    0: _d_ListGroupsRequest_v0,
    1: _d_ListGroupsRequest_v0,
    2: _d_ListGroupsRequest_v0,
    3: _d_ListGroupsRequest_v3,
    4: _d_ListGroupsRequest_v4,
    5: _d_ListGroupsRequest_v5,
}
_ENC_ListGroupsRequest: dict[int, Encoder[ListGroupsRequest]] = {
    0: _e_ListGroupsRequest_v0,
    1: _e_ListGroupsRequest_v1,
    2: _e_ListGroupsRequest_v2,
    3: _e_ListGroupsRequest_v3,
    4: _e_ListGroupsRequest_v4,
    5: _e_ListGroupsRequest_v5,
}
ListGroupsRequest.FIELDS = (
    FieldInfo('StatesFilter', 'states_filter', '[]string', (4, OPEN), None, None, None, False, None, None, None),
    FieldInfo('TypesFilter', 'types_filter', '[]string', (5, OPEN), None, None, None, False, None, None, None),
)

_C_ListGroupsResponse = ListGroupsResponse
_C_ListGroupsResponse_ListedGroup = ListGroupsResponse.ListedGroup
_DEF_C_ListGroupsResponse_ListedGroup = _C_ListGroupsResponse_ListedGroup()
_DEC_ListGroupsResponse: dict[int, Decoder[ListGroupsResponse]] = {
    0: _d_ListGroupsResponse_v0,
    1: _d_ListGroupsResponse_v1,
    2: _d_ListGroupsResponse_v1,
    3: _d_ListGroupsResponse_v3,
    4: _d_ListGroupsResponse_v4,
    5: _d_ListGroupsResponse_v5,
}
_ENC_ListGroupsResponse: dict[int, Encoder[ListGroupsResponse]] = {
    0: _e_ListGroupsResponse_v0,
    1: _e_ListGroupsResponse_v1,
    2: _e_ListGroupsResponse_v1,
    3: _e_ListGroupsResponse_v3,
    4: _e_ListGroupsResponse_v4,
    5: _e_ListGroupsResponse_v5,
}
ListGroupsResponse.FIELDS = (
    FieldInfo('ThrottleTimeMs', 'throttle_time_ms', 'int32', (1, OPEN), None, None, None, True, None, None, None),
    FieldInfo('ErrorCode', 'error_code', 'int16', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Groups', 'groups', '[]ListedGroup', (0, OPEN), None, None, None, False, None, None, _C_ListGroupsResponse_ListedGroup),
)
ListGroupsResponse.ListedGroup.FIELDS = (
    FieldInfo('GroupId', 'group_id', 'string', (0, OPEN), None, None, None, False, 'groupId', None, None),
    FieldInfo('ProtocolType', 'protocol_type', 'string', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('GroupState', 'group_state', 'string', (4, OPEN), None, None, None, True, None, None, None),
    FieldInfo('GroupType', 'group_type', 'string', (5, OPEN), None, None, None, True, None, None, None),
)
