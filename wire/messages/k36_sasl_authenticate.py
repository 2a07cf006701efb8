"""API key 36: SaslAuthenticate.

GENERATED - DO NOT EDIT. Written by ``python -m wire.generator`` from Apache Kafka 4.1.1's
message definitions (SaslAuthenticateRequest.json, SaslAuthenticateResponse.json).
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
_S_q = struct.Struct('>q')


@dataclass(slots=True)
class SaslAuthenticateRequest:
    """SaslAuthenticateRequest (API key 36, versions 0-2).

    Generated from SaslAuthenticateRequest.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = 36
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 2
    LATEST_VERSION: ClassVar[int] = 2
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
    FLEXIBLE_MIN: ClassVar[int | None] = 2
    #: Who serves this request in Kafka (empty for responses).
    LISTENERS: ClassVar[tuple[str, ...]] = ('broker', 'controller')
    FIELDS: ClassVar[tuple[FieldInfo, ...]]

    #: The SASL authentication bytes from the client, as defined by the SASL mechanism.
    auth_bytes: bytes | memoryview = b''
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> SaslAuthenticateRequest:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_SaslAuthenticateRequest, data, version, 'SaslAuthenticateRequest', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_SaslAuthenticateRequest, self, version, 'SaslAuthenticateRequest')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_SaslAuthenticateRequest, self, version, 'SaslAuthenticateRequest')


@dataclass(slots=True)
class SaslAuthenticateResponse:
    """SaslAuthenticateResponse (API key 36, versions 0-2).

    Generated from SaslAuthenticateResponse.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = 36
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 2
    LATEST_VERSION: ClassVar[int] = 2
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
    FLEXIBLE_MIN: ClassVar[int | None] = 2
    #: Who serves this request in Kafka (empty for responses).
    LISTENERS: ClassVar[tuple[str, ...]] = ()
    FIELDS: ClassVar[tuple[FieldInfo, ...]]

    #: The error code, or 0 if there was no error.
    error_code: int = 0
    #: The error message, or null if there was no error.
    error_message: str | None = ''
    #: The SASL authentication bytes from the server, as defined by the SASL mechanism.
    auth_bytes: bytes | memoryview = b''
    #: Number of milliseconds after which only re-authentication over the existing connection to create a new session can occur.
    session_lifetime_ms: int = 0
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> SaslAuthenticateResponse:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_SaslAuthenticateResponse, data, version, 'SaslAuthenticateResponse', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_SaslAuthenticateResponse, self, version, 'SaslAuthenticateResponse')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_SaslAuthenticateResponse, self, version, 'SaslAuthenticateResponse')

def _d_SaslAuthenticateRequest_v0(B: memoryview, P: int) -> tuple[SaslAuthenticateRequest, int]:
    f0, P = read_bytes(B, P)
    return _C_SaslAuthenticateRequest(f0, None), P


def _d_SaslAuthenticateRequest_v2(B: memoryview, P: int) -> tuple[SaslAuthenticateRequest, int]:
    f0, P = read_compact_bytes(B, P)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_SaslAuthenticateRequest(f0, tf), P


def _e_SaslAuthenticateRequest_v0(o: SaslAuthenticateRequest, O: bytearray) -> None:
    write_bytes(O, o.auth_bytes)


def _e_SaslAuthenticateRequest_v2(o: SaslAuthenticateRequest, O: bytearray) -> None:
    write_compact_bytes(O, o.auth_bytes)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _d_SaslAuthenticateResponse_v0(B: memoryview, P: int) -> tuple[SaslAuthenticateResponse, int]:
    (f0,) = _S_h.unpack_from(B, P)
    P += 2
    f1, P = read_nullable_string(B, P)
    f2, P = read_bytes(B, P)
    return _C_SaslAuthenticateResponse(f0, f1, f2, 0, None), P


def _d_SaslAuthenticateResponse_v1(B: memoryview, P: int) -> tuple[SaslAuthenticateResponse, int]:
    (f0,) = _S_h.unpack_from(B, P)
    P += 2
    f1, P = read_nullable_string(B, P)
    f2, P = read_bytes(B, P)
    (f3,) = _S_q.unpack_from(B, P)
    P += 8
    return _C_SaslAuthenticateResponse(f0, f1, f2, f3, None), P


def _d_SaslAuthenticateResponse_v2(B: memoryview, P: int) -> tuple[SaslAuthenticateResponse, int]:
    (f0,) = _S_h.unpack_from(B, P)
    P += 2
    f1, P = read_compact_nullable_string(B, P)
    f2, P = read_compact_bytes(B, P)
    (f3,) = _S_q.unpack_from(B, P)
    P += 8
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_SaslAuthenticateResponse(f0, f1, f2, f3, tf), P


def _e_SaslAuthenticateResponse_v0(o: SaslAuthenticateResponse, O: bytearray) -> None:
    O += _S_h.pack(o.error_code)
    write_nullable_string(O, o.error_message)
    write_bytes(O, o.auth_bytes)


def _e_SaslAuthenticateResponse_v1(o: SaslAuthenticateResponse, O: bytearray) -> None:
    O += _S_h.pack(o.error_code)
    write_nullable_string(O, o.error_message)
    write_bytes(O, o.auth_bytes)
    O += _S_q.pack(o.session_lifetime_ms)


def _e_SaslAuthenticateResponse_v2(o: SaslAuthenticateResponse, O: bytearray) -> None:
    O += _S_h.pack(o.error_code)
    write_compact_nullable_string(O, o.error_message)
    write_compact_bytes(O, o.auth_bytes)
    O += _S_q.pack(o.session_lifetime_ms)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


_C_SaslAuthenticateRequest = SaslAuthenticateRequest
_DEC_SaslAuthenticateRequest: dict[int, Decoder[SaslAuthenticateRequest]] = {
    0: _d_SaslAuthenticateRequest_v0,
    1: _d_SaslAuthenticateRequest_v0,
    2: _d_SaslAuthenticateRequest_v2,
}
_ENC_SaslAuthenticateRequest: dict[int, Encoder[SaslAuthenticateRequest]] = {
    0: _e_SaslAuthenticateRequest_v0,
    1: _e_SaslAuthenticateRequest_v0,
    2: _e_SaslAuthenticateRequest_v2,
}
SaslAuthenticateRequest.FIELDS = (
    FieldInfo('AuthBytes', 'auth_bytes', 'bytes', (0, OPEN), None, None, None, False, None, None, None),
)

_C_SaslAuthenticateResponse = SaslAuthenticateResponse
_DEC_SaslAuthenticateResponse: dict[int, Decoder[SaslAuthenticateResponse]] = {
    0: _d_SaslAuthenticateResponse_v0,
    1: _d_SaslAuthenticateResponse_v1,
    2: _d_SaslAuthenticateResponse_v2,
}
_ENC_SaslAuthenticateResponse: dict[int, Encoder[SaslAuthenticateResponse]] = {
    0: _e_SaslAuthenticateResponse_v0,
    1: _e_SaslAuthenticateResponse_v1,
    2: _e_SaslAuthenticateResponse_v2,
}
SaslAuthenticateResponse.FIELDS = (
    FieldInfo('ErrorCode', 'error_code', 'int16', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('ErrorMessage', 'error_message', 'string', (0, OPEN), (0, OPEN), None, None, False, None, None, None),
    FieldInfo('AuthBytes', 'auth_bytes', 'bytes', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('SessionLifetimeMs', 'session_lifetime_ms', 'int64', (1, OPEN), None, None, None, True, None, None, None),
)
