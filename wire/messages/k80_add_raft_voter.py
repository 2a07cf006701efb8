"""API key 80: AddRaftVoter.

GENERATED - DO NOT EDIT. Written by ``python -m wire.generator`` from Apache Kafka 4.1.1's
message definitions (AddRaftVoterRequest.json, AddRaftVoterResponse.json).
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


_S_H = struct.Struct('>H')
_S_ih = struct.Struct('>ih')
_S_ii = struct.Struct('>ii')


@dataclass(slots=True)
class AddRaftVoterRequest:
    """AddRaftVoterRequest (API key 80, versions 0-0).

    Generated from AddRaftVoterRequest.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = 80
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    LATEST_VERSION: ClassVar[int] = 0
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
    FLEXIBLE_MIN: ClassVar[int | None] = 0
    #: Who serves this request in Kafka (empty for responses).
    LISTENERS: ClassVar[tuple[str, ...]] = ('controller', 'broker')
    FIELDS: ClassVar[tuple[FieldInfo, ...]]

    @dataclass(slots=True)
    class Listener:
        FIELDS: ClassVar[tuple[FieldInfo, ...]]

        #: The name of the endpoint.
        name: str = ''
        #: The hostname.
        host: str = ''
        #: The port.
        port: int = 0
        #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
        unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    #: The cluster id.
    cluster_id: str | None = ''
    #: The maximum time to wait for the request to complete before returning.
    timeout_ms: int = 0
    #: The replica id of the voter getting added to the topic partition.
    voter_id: int = 0
    #: The directory id of the voter getting added to the topic partition.
    voter_directory_id: UUID = ZERO_UUID
    #: The endpoints that can be used to communicate with the voter.
    listeners: list[AddRaftVoterRequest.Listener] = field(default_factory=list)
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> AddRaftVoterRequest:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_AddRaftVoterRequest, data, version, 'AddRaftVoterRequest', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_AddRaftVoterRequest, self, version, 'AddRaftVoterRequest')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_AddRaftVoterRequest, self, version, 'AddRaftVoterRequest')


@dataclass(slots=True)
class AddRaftVoterResponse:
    """AddRaftVoterResponse (API key 80, versions 0-0).

    Generated from AddRaftVoterResponse.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = 80
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    LATEST_VERSION: ClassVar[int] = 0
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
    FLEXIBLE_MIN: ClassVar[int | None] = 0
    #: Who serves this request in Kafka (empty for responses).
    LISTENERS: ClassVar[tuple[str, ...]] = ()
    FIELDS: ClassVar[tuple[FieldInfo, ...]]

    #: The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    throttle_time_ms: int = 0
    #: The error code, or 0 if there was no error.
    error_code: int = 0
    #: The error message, or null if there was no error.
    error_message: str | None = ''
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> AddRaftVoterResponse:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_AddRaftVoterResponse, data, version, 'AddRaftVoterResponse', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_AddRaftVoterResponse, self, version, 'AddRaftVoterResponse')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_AddRaftVoterResponse, self, version, 'AddRaftVoterResponse')

def _d_AddRaftVoterRequest_Listener_v0(B: memoryview, P: int) -> tuple[AddRaftVoterRequest.Listener, int]:
    f0, P = read_compact_string(B, P)
    f1, P = read_compact_string(B, P)
    (f2,) = _S_H.unpack_from(B, P)
    P += 2
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_AddRaftVoterRequest_Listener(f0, f1, f2, tf), P


def _d_AddRaftVoterRequest_v0(B: memoryview, P: int) -> tuple[AddRaftVoterRequest, int]:
    f0, P = read_compact_nullable_string(B, P)
    (f1, f2,) = _S_ii.unpack_from(B, P)
    P += 8
    f3, P = read_uuid(B, P)
    n_f4 = B[P]
    if n_f4 < 0x80:
        P += 1
    else:
        n_f4, P = read_uvarint(B, P)
    n_f4 -= 1
    f4: list[AddRaftVoterRequest.Listener]
    if n_f4 < 0:
        raise DecodeError(f'non-nullable array Listeners has length {n_f4}')
    else:
        if n_f4 > len(B) - P:
            raise DecodeError(f'array length {n_f4} exceeds the buffer')
        f4 = []
        for _ in range(n_f4):
            e_f4, P = _d_AddRaftVoterRequest_Listener_v0(B, P)
            f4.append(e_f4)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_AddRaftVoterRequest(f0, f1, f2, f3, f4, tf), P


def _e_AddRaftVoterRequest_Listener_v0(o: AddRaftVoterRequest.Listener, O: bytearray) -> None:
    write_compact_string(O, o.name)
    write_compact_string(O, o.host)
    O += _S_H.pack(o.port)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_AddRaftVoterRequest_v0(o: AddRaftVoterRequest, O: bytearray) -> None:
    write_compact_nullable_string(O, o.cluster_id)
    O += _S_ii.pack(o.timeout_ms, o.voter_id)
    write_uuid(O, o.voter_directory_id)
    a4 = o.listeners
    if a4 is None:
        raise EncodeError('non-nullable array Listeners is None')
    write_uvarint(O, len(a4) + 1)
    for e_a4 in a4:
        _e_AddRaftVoterRequest_Listener_v0(e_a4, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _d_AddRaftVoterResponse_v0(B: memoryview, P: int) -> tuple[AddRaftVoterResponse, int]:
    (f0, f1,) = _S_ih.unpack_from(B, P)
    P += 6
    f2, P = read_compact_nullable_string(B, P)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_AddRaftVoterResponse(f0, f1, f2, tf), P


def _e_AddRaftVoterResponse_v0(o: AddRaftVoterResponse, O: bytearray) -> None:
    O += _S_ih.pack(o.throttle_time_ms, o.error_code)
    write_compact_nullable_string(O, o.error_message)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


_C_AddRaftVoterRequest = AddRaftVoterRequest
_C_AddRaftVoterRequest_Listener = AddRaftVoterRequest.Listener
_DEF_C_AddRaftVoterRequest_Listener = _C_AddRaftVoterRequest_Listener()
_DEC_AddRaftVoterRequest: dict[int, Decoder[AddRaftVoterRequest]] = {
    0: _d_AddRaftVoterRequest_v0,
}
_ENC_AddRaftVoterRequest: dict[int, Encoder[AddRaftVoterRequest]] = {
    0: _e_AddRaftVoterRequest_v0,
}
AddRaftVoterRequest.FIELDS = (
    FieldInfo('ClusterId', 'cluster_id', 'string', (0, OPEN), (0, OPEN), None, None, False, None, None, None),
    FieldInfo('TimeoutMs', 'timeout_ms', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('VoterId', 'voter_id', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('VoterDirectoryId', 'voter_directory_id', 'uuid', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Listeners', 'listeners', '[]Listener', (0, OPEN), None, None, None, False, None, None, _C_AddRaftVoterRequest_Listener),
)
AddRaftVoterRequest.Listener.FIELDS = (
    FieldInfo('Name', 'name', 'string', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Host', 'host', 'string', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Port', 'port', 'uint16', (0, OPEN), None, None, None, False, None, None, None),
)

_C_AddRaftVoterResponse = AddRaftVoterResponse
_DEC_AddRaftVoterResponse: dict[int, Decoder[AddRaftVoterResponse]] = {
    0: _d_AddRaftVoterResponse_v0,
}
_ENC_AddRaftVoterResponse: dict[int, Encoder[AddRaftVoterResponse]] = {
    0: _e_AddRaftVoterResponse_v0,
}
AddRaftVoterResponse.FIELDS = (
    FieldInfo('ThrottleTimeMs', 'throttle_time_ms', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('ErrorCode', 'error_code', 'int16', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('ErrorMessage', 'error_message', 'string', (0, OPEN), (0, OPEN), None, None, True, None, None, None),
)
