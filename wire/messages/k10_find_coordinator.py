"""API key 10: FindCoordinator.

GENERATED - DO NOT EDIT. Written by ``python -m wire.generator`` from Apache Kafka 4.1.1's
message definitions (FindCoordinatorRequest.json, FindCoordinatorResponse.json).
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


_S_b = struct.Struct('>b')
_S_hi = struct.Struct('>hi')
_S_i = struct.Struct('>i')
_S_ih = struct.Struct('>ih')


@dataclass(slots=True)
class FindCoordinatorRequest:
    """FindCoordinatorRequest (API key 10, versions 0-6).

    Generated from FindCoordinatorRequest.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = 10
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 6
    LATEST_VERSION: ClassVar[int] = 6
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
    FLEXIBLE_MIN: ClassVar[int | None] = 3
    #: Who serves this request in Kafka (empty for responses).
    LISTENERS: ClassVar[tuple[str, ...]] = ('broker',)
    FIELDS: ClassVar[tuple[FieldInfo, ...]]

    #: The coordinator key.
    key: str = ''
    #: The coordinator key type. (group, transaction, share).
    key_type: int = 0
    #: The coordinator keys.
    coordinator_keys: list[str] = field(default_factory=list)
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> FindCoordinatorRequest:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_FindCoordinatorRequest, data, version, 'FindCoordinatorRequest', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_FindCoordinatorRequest, self, version, 'FindCoordinatorRequest')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_FindCoordinatorRequest, self, version, 'FindCoordinatorRequest')


@dataclass(slots=True)
class FindCoordinatorResponse:
    """FindCoordinatorResponse (API key 10, versions 0-6).

    Generated from FindCoordinatorResponse.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = 10
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 6
    LATEST_VERSION: ClassVar[int] = 6
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
    FLEXIBLE_MIN: ClassVar[int | None] = 3
    #: Who serves this request in Kafka (empty for responses).
    LISTENERS: ClassVar[tuple[str, ...]] = ()
    FIELDS: ClassVar[tuple[FieldInfo, ...]]

    @dataclass(slots=True)
    class Coordinator:
        FIELDS: ClassVar[tuple[FieldInfo, ...]]

        #: The coordinator key.
        key: str = ''
        #: The node id.
        node_id: int = 0
        #: The host name.
        host: str = ''
        #: The port.
        port: int = 0
        #: The error code, or 0 if there was no error.
        error_code: int = 0
        #: The error message, or null if there was no error.
        error_message: str | None = ''
        #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
        unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    #: The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    throttle_time_ms: int = 0
    #: The error code, or 0 if there was no error.
    error_code: int = 0
    #: The error message, or null if there was no error.
    error_message: str | None = ''
    #: The node id.
    node_id: int = 0
    #: The host name.
    host: str = ''
    #: The port.
    port: int = 0
    #: Each coordinator result in the response.
    coordinators: list[FindCoordinatorResponse.Coordinator] = field(default_factory=list)
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> FindCoordinatorResponse:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_FindCoordinatorResponse, data, version, 'FindCoordinatorResponse', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_FindCoordinatorResponse, self, version, 'FindCoordinatorResponse')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_FindCoordinatorResponse, self, version, 'FindCoordinatorResponse')

def _d_FindCoordinatorRequest_v0(B: memoryview, P: int) -> tuple[FindCoordinatorRequest, int]:
    f0, P = read_string(B, P)
    return _C_FindCoordinatorRequest(f0, 0, [], None), P


def _d_FindCoordinatorRequest_v1(B: memoryview, P: int) -> tuple[FindCoordinatorRequest, int]:
    f0, P = read_string(B, P)
    (f1,) = _S_b.unpack_from(B, P)
    P += 1
    return _C_FindCoordinatorRequest(f0, f1, [], None), P


def _d_FindCoordinatorRequest_v3(B: memoryview, P: int) -> tuple[FindCoordinatorRequest, int]:
    f0, P = read_compact_string(B, P)
    (f1,) = _S_b.unpack_from(B, P)
    P += 1
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_FindCoordinatorRequest(f0, f1, [], tf), P


def _d_FindCoordinatorRequest_v4(B: memoryview, P: int) -> tuple[FindCoordinatorRequest, int]:
    (f1,) = _S_b.unpack_from(B, P)
    P += 1
    n_f2 = B[P]
    if n_f2 < 0x80:
        P += 1
    else:
        n_f2, P = read_uvarint(B, P)
    n_f2 -= 1
    f2: list[str]
    if n_f2 < 0:
        raise DecodeError(f'non-nullable array CoordinatorKeys has length {n_f2}')
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
    return _C_FindCoordinatorRequest('', f1, f2, tf), P


def _e_FindCoordinatorRequest_v0(o: FindCoordinatorRequest, O: bytearray) -> None:
    if o.key_type != 0:
        raise EncodeError('FindCoordinatorRequest.KeyType is not supported in version 0')
    if bool(o.coordinator_keys):
        raise EncodeError('FindCoordinatorRequest.CoordinatorKeys is not supported in version 0')
    write_string(O, o.key)


def _e_FindCoordinatorRequest_v1(o: FindCoordinatorRequest, O: bytearray) -> None:
    if bool(o.coordinator_keys):
        raise EncodeError('FindCoordinatorRequest.CoordinatorKeys is not supported in version 1')
    write_string(O, o.key)
    O += _S_b.pack(o.key_type)


def _e_FindCoordinatorRequest_v2(o: FindCoordinatorRequest, O: bytearray) -> None:
    if bool(o.coordinator_keys):
        raise EncodeError('FindCoordinatorRequest.CoordinatorKeys is not supported in version 2')
    write_string(O, o.key)
    O += _S_b.pack(o.key_type)


def _e_FindCoordinatorRequest_v3(o: FindCoordinatorRequest, O: bytearray) -> None:
    if bool(o.coordinator_keys):
        raise EncodeError('FindCoordinatorRequest.CoordinatorKeys is not supported in version 3')
    write_compact_string(O, o.key)
    O += _S_b.pack(o.key_type)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_FindCoordinatorRequest_v4(o: FindCoordinatorRequest, O: bytearray) -> None:
    if o.key != '':
        raise EncodeError('FindCoordinatorRequest.Key is not supported in version 4')
    O += _S_b.pack(o.key_type)
    a1 = o.coordinator_keys
    if a1 is None:
        raise EncodeError('non-nullable array CoordinatorKeys is None')
    write_uvarint(O, len(a1) + 1)
    for e_a1 in a1:
        write_compact_string(O, e_a1)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_FindCoordinatorRequest_v5(o: FindCoordinatorRequest, O: bytearray) -> None:
    if o.key != '':
        raise EncodeError('FindCoordinatorRequest.Key is not supported in version 5')
    O += _S_b.pack(o.key_type)
    a1 = o.coordinator_keys
    if a1 is None:
        raise EncodeError('non-nullable array CoordinatorKeys is None')
    write_uvarint(O, len(a1) + 1)
    for e_a1 in a1:
        write_compact_string(O, e_a1)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_FindCoordinatorRequest_v6(o: FindCoordinatorRequest, O: bytearray) -> None:
    if o.key != '':
        raise EncodeError('FindCoordinatorRequest.Key is not supported in version 6')
    O += _S_b.pack(o.key_type)
    a1 = o.coordinator_keys
    if a1 is None:
        raise EncodeError('non-nullable array CoordinatorKeys is None')
    write_uvarint(O, len(a1) + 1)
    for e_a1 in a1:
        write_compact_string(O, e_a1)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _d_FindCoordinatorResponse_v0(B: memoryview, P: int) -> tuple[FindCoordinatorResponse, int]:
    (f1, f3,) = _S_hi.unpack_from(B, P)
    P += 6
    f4, P = read_string(B, P)
    (f5,) = _S_i.unpack_from(B, P)
    P += 4
    return _C_FindCoordinatorResponse(0, f1, '', f3, f4, f5, [], None), P


def _d_FindCoordinatorResponse_v1(B: memoryview, P: int) -> tuple[FindCoordinatorResponse, int]:
    (f0, f1,) = _S_ih.unpack_from(B, P)
    P += 6
    f2, P = read_nullable_string(B, P)
    (f3,) = _S_i.unpack_from(B, P)
    P += 4
    f4, P = read_string(B, P)
    (f5,) = _S_i.unpack_from(B, P)
    P += 4
    return _C_FindCoordinatorResponse(f0, f1, f2, f3, f4, f5, [], None), P


def _d_FindCoordinatorResponse_v3(B: memoryview, P: int) -> tuple[FindCoordinatorResponse, int]:
    (f0, f1,) = _S_ih.unpack_from(B, P)
    P += 6
    f2, P = read_compact_nullable_string(B, P)
    (f3,) = _S_i.unpack_from(B, P)
    P += 4
    f4, P = read_compact_string(B, P)
    (f5,) = _S_i.unpack_from(B, P)
    P += 4
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_FindCoordinatorResponse(f0, f1, f2, f3, f4, f5, [], tf), P


def _d_FindCoordinatorResponse_Coordinator_v4(B: memoryview, P: int) -> tuple[FindCoordinatorResponse.Coordinator, int]:
    f0, P = read_compact_string(B, P)
    (f1,) = _S_i.unpack_from(B, P)
    P += 4
    f2, P = read_compact_string(B, P)
    (f3, f4,) = _S_ih.unpack_from(B, P)
    P += 6
    f5, P = read_compact_nullable_string(B, P)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_FindCoordinatorResponse_Coordinator(f0, f1, f2, f3, f4, f5, tf), P


def _d_FindCoordinatorResponse_v4(B: memoryview, P: int) -> tuple[FindCoordinatorResponse, int]:
    (f0,) = _S_i.unpack_from(B, P)
    P += 4
    n_f6 = B[P]
    if n_f6 < 0x80:
        P += 1
    else:
        n_f6, P = read_uvarint(B, P)
    n_f6 -= 1
    f6: list[FindCoordinatorResponse.Coordinator]
    if n_f6 < 0:
        raise DecodeError(f'non-nullable array Coordinators has length {n_f6}')
    else:
        if n_f6 > len(B) - P:
            raise DecodeError(f'array length {n_f6} exceeds the buffer')
        f6 = []
        for _ in range(n_f6):
            e_f6, P = _d_FindCoordinatorResponse_Coordinator_v4(B, P)
            f6.append(e_f6)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_FindCoordinatorResponse(f0, 0, '', 0, '', 0, f6, tf), P


def _e_FindCoordinatorResponse_v0(o: FindCoordinatorResponse, O: bytearray) -> None:
    if bool(o.coordinators):
        raise EncodeError('FindCoordinatorResponse.Coordinators is not supported in version 0')
    O += _S_hi.pack(o.error_code, o.node_id)
    write_string(O, o.host)
    O += _S_i.pack(o.port)


def _e_FindCoordinatorResponse_v1(o: FindCoordinatorResponse, O: bytearray) -> None:
    if bool(o.coordinators):
        raise EncodeError('FindCoordinatorResponse.Coordinators is not supported in version 1')
    O += _S_ih.pack(o.throttle_time_ms, o.error_code)
    write_nullable_string(O, o.error_message)
    O += _S_i.pack(o.node_id)
    write_string(O, o.host)
    O += _S_i.pack(o.port)


def _e_FindCoordinatorResponse_v2(o: FindCoordinatorResponse, O: bytearray) -> None:
    if bool(o.coordinators):
        raise EncodeError('FindCoordinatorResponse.Coordinators is not supported in version 2')
    O += _S_ih.pack(o.throttle_time_ms, o.error_code)
    write_nullable_string(O, o.error_message)
    O += _S_i.pack(o.node_id)
    write_string(O, o.host)
    O += _S_i.pack(o.port)


def _e_FindCoordinatorResponse_v3(o: FindCoordinatorResponse, O: bytearray) -> None:
    if bool(o.coordinators):
        raise EncodeError('FindCoordinatorResponse.Coordinators is not supported in version 3')
    O += _S_ih.pack(o.throttle_time_ms, o.error_code)
    write_compact_nullable_string(O, o.error_message)
    O += _S_i.pack(o.node_id)
    write_compact_string(O, o.host)
    O += _S_i.pack(o.port)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_FindCoordinatorResponse_Coordinator_v4(o: FindCoordinatorResponse.Coordinator, O: bytearray) -> None:
    write_compact_string(O, o.key)
    O += _S_i.pack(o.node_id)
    write_compact_string(O, o.host)
    O += _S_ih.pack(o.port, o.error_code)
    write_compact_nullable_string(O, o.error_message)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_FindCoordinatorResponse_v4(o: FindCoordinatorResponse, O: bytearray) -> None:
    if o.error_code != 0:
        raise EncodeError('FindCoordinatorResponse.ErrorCode is not supported in version 4')
    if o.node_id != 0:
        raise EncodeError('FindCoordinatorResponse.NodeId is not supported in version 4')
    if o.host != '':
        raise EncodeError('FindCoordinatorResponse.Host is not supported in version 4')
    if o.port != 0:
        raise EncodeError('FindCoordinatorResponse.Port is not supported in version 4')
    O += _S_i.pack(o.throttle_time_ms)
    a1 = o.coordinators
    if a1 is None:
        raise EncodeError('non-nullable array Coordinators is None')
    write_uvarint(O, len(a1) + 1)
    for e_a1 in a1:
        _e_FindCoordinatorResponse_Coordinator_v4(e_a1, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_FindCoordinatorResponse_v5(o: FindCoordinatorResponse, O: bytearray) -> None:
    if o.error_code != 0:
        raise EncodeError('FindCoordinatorResponse.ErrorCode is not supported in version 5')
    if o.node_id != 0:
        raise EncodeError('FindCoordinatorResponse.NodeId is not supported in version 5')
    if o.host != '':
        raise EncodeError('FindCoordinatorResponse.Host is not supported in version 5')
    if o.port != 0:
        raise EncodeError('FindCoordinatorResponse.Port is not supported in version 5')
    O += _S_i.pack(o.throttle_time_ms)
    a1 = o.coordinators
    if a1 is None:
        raise EncodeError('non-nullable array Coordinators is None')
    write_uvarint(O, len(a1) + 1)
    for e_a1 in a1:
        _e_FindCoordinatorResponse_Coordinator_v4(e_a1, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_FindCoordinatorResponse_v6(o: FindCoordinatorResponse, O: bytearray) -> None:
    if o.error_code != 0:
        raise EncodeError('FindCoordinatorResponse.ErrorCode is not supported in version 6')
    if o.node_id != 0:
        raise EncodeError('FindCoordinatorResponse.NodeId is not supported in version 6')
    if o.host != '':
        raise EncodeError('FindCoordinatorResponse.Host is not supported in version 6')
    if o.port != 0:
        raise EncodeError('FindCoordinatorResponse.Port is not supported in version 6')
    O += _S_i.pack(o.throttle_time_ms)
    a1 = o.coordinators
    if a1 is None:
        raise EncodeError('non-nullable array Coordinators is None')
    write_uvarint(O, len(a1) + 1)
    for e_a1 in a1:
        _e_FindCoordinatorResponse_Coordinator_v4(e_a1, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


_C_FindCoordinatorRequest = FindCoordinatorRequest
_DEC_FindCoordinatorRequest: dict[int, Decoder[FindCoordinatorRequest]] = {
    0: _d_FindCoordinatorRequest_v0,
    1: _d_FindCoordinatorRequest_v1,
    2: _d_FindCoordinatorRequest_v1,
    3: _d_FindCoordinatorRequest_v3,
    4: _d_FindCoordinatorRequest_v4,
    5: _d_FindCoordinatorRequest_v4,
    6: _d_FindCoordinatorRequest_v4,
}
_ENC_FindCoordinatorRequest: dict[int, Encoder[FindCoordinatorRequest]] = {
    0: _e_FindCoordinatorRequest_v0,
    1: _e_FindCoordinatorRequest_v1,
    2: _e_FindCoordinatorRequest_v2,
    3: _e_FindCoordinatorRequest_v3,
    4: _e_FindCoordinatorRequest_v4,
    5: _e_FindCoordinatorRequest_v5,
    6: _e_FindCoordinatorRequest_v6,
}
FindCoordinatorRequest.FIELDS = (
    FieldInfo('Key', 'key', 'string', (0, 3), None, None, None, False, None, None, None),
    FieldInfo('KeyType', 'key_type', 'int8', (1, OPEN), None, None, None, False, None, None, None),
    FieldInfo('CoordinatorKeys', 'coordinator_keys', '[]string', (4, OPEN), None, None, None, False, None, None, None),
)

_C_FindCoordinatorResponse = FindCoordinatorResponse
_C_FindCoordinatorResponse_Coordinator = FindCoordinatorResponse.Coordinator
_DEF_C_FindCoordinatorResponse_Coordinator = _C_FindCoordinatorResponse_Coordinator()
_DEC_FindCoordinatorResponse: dict[int, Decoder[FindCoordinatorResponse]] = {
    0: _d_FindCoordinatorResponse_v0,
    1: _d_FindCoordinatorResponse_v1,
    2: _d_FindCoordinatorResponse_v1,
    3: _d_FindCoordinatorResponse_v3,
    4: _d_FindCoordinatorResponse_v4,
    5: _d_FindCoordinatorResponse_v4,
    6: _d_FindCoordinatorResponse_v4,
}
_ENC_FindCoordinatorResponse: dict[int, Encoder[FindCoordinatorResponse]] = {
    0: _e_FindCoordinatorResponse_v0,
    1: _e_FindCoordinatorResponse_v1,
    2: _e_FindCoordinatorResponse_v2,
    3: _e_FindCoordinatorResponse_v3,
    4: _e_FindCoordinatorResponse_v4,
    5: _e_FindCoordinatorResponse_v5,
    6: _e_FindCoordinatorResponse_v6,
}
FindCoordinatorResponse.FIELDS = (
    FieldInfo('ThrottleTimeMs', 'throttle_time_ms', 'int32', (1, OPEN), None, None, None, True, None, None, None),
    FieldInfo('ErrorCode', 'error_code', 'int16', (0, 3), None, None, None, False, None, None, None),
    FieldInfo('ErrorMessage', 'error_message', 'string', (1, 3), (1, 3), None, None, True, None, None, None),
    FieldInfo('NodeId', 'node_id', 'int32', (0, 3), None, None, None, False, 'brokerId', None, None),
    FieldInfo('Host', 'host', 'string', (0, 3), None, None, None, False, None, None, None),
    FieldInfo('Port', 'port', 'int32', (0, 3), None, None, None, False, None, None, None),
    FieldInfo('Coordinators', 'coordinators', '[]Coordinator', (4, OPEN), None, None, None, False, None, None, _C_FindCoordinatorResponse_Coordinator),
)
FindCoordinatorResponse.Coordinator.FIELDS = (
    FieldInfo('Key', 'key', 'string', (4, OPEN), None, None, None, False, None, None, None),
    FieldInfo('NodeId', 'node_id', 'int32', (4, OPEN), None, None, None, False, 'brokerId', None, None),
    FieldInfo('Host', 'host', 'string', (4, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Port', 'port', 'int32', (4, OPEN), None, None, None, False, None, None, None),
    FieldInfo('ErrorCode', 'error_code', 'int16', (4, OPEN), None, None, None, False, None, None, None),
    FieldInfo('ErrorMessage', 'error_message', 'string', (4, OPEN), (4, OPEN), None, None, True, None, None, None),
)
