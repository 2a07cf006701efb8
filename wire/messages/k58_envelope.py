"""API key 58: Envelope.

GENERATED - DO NOT EDIT. Written by ``python -m wire.generator`` from Apache Kafka 4.1.1's
message definitions (EnvelopeRequest.json, EnvelopeResponse.json).
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


@dataclass(slots=True)
class EnvelopeRequest:
    """EnvelopeRequest (API key 58, versions 0-0).

    Generated from EnvelopeRequest.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = 58
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    LATEST_VERSION: ClassVar[int] = 0
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
    FLEXIBLE_MIN: ClassVar[int | None] = 0
    #: Who serves this request in Kafka (empty for responses).
    LISTENERS: ClassVar[tuple[str, ...]] = ('controller',)
    FIELDS: ClassVar[tuple[FieldInfo, ...]]

    #: The embedded request header and data.
    request_data: bytes | memoryview = b''
    #: Value of the initial client principal when the request is redirected by a broker.
    request_principal: bytes | memoryview | None = b''
    #: The original client's address in bytes.
    client_host_address: bytes | memoryview = b''
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> EnvelopeRequest:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_EnvelopeRequest, data, version, 'EnvelopeRequest', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_EnvelopeRequest, self, version, 'EnvelopeRequest')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_EnvelopeRequest, self, version, 'EnvelopeRequest')


@dataclass(slots=True)
class EnvelopeResponse:
    """EnvelopeResponse (API key 58, versions 0-0).

    Generated from EnvelopeResponse.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = 58
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    LATEST_VERSION: ClassVar[int] = 0
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
    FLEXIBLE_MIN: ClassVar[int | None] = 0
    #: Who serves this request in Kafka (empty for responses).
    LISTENERS: ClassVar[tuple[str, ...]] = ()
    FIELDS: ClassVar[tuple[FieldInfo, ...]]

    #: The embedded response header and data.
    response_data: bytes | memoryview | None = None
    #: The error code, or 0 if there was no error.
    error_code: int = 0
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> EnvelopeResponse:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_EnvelopeResponse, data, version, 'EnvelopeResponse', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_EnvelopeResponse, self, version, 'EnvelopeResponse')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_EnvelopeResponse, self, version, 'EnvelopeResponse')

def _d_EnvelopeRequest_v0(B: memoryview, P: int) -> tuple[EnvelopeRequest, int]:
    f0, P = read_compact_bytes(B, P)
    f1, P = read_compact_nullable_bytes(B, P)
    f2, P = read_compact_bytes(B, P)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_EnvelopeRequest(f0, f1, f2, tf), P


def _e_EnvelopeRequest_v0(o: EnvelopeRequest, O: bytearray) -> None:
    write_compact_bytes(O, o.request_data)
    write_compact_nullable_bytes(O, o.request_principal)
    write_compact_bytes(O, o.client_host_address)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _d_EnvelopeResponse_v0(B: memoryview, P: int) -> tuple[EnvelopeResponse, int]:
    f0, P = read_compact_nullable_bytes(B, P)
    (f1,) = _S_h.unpack_from(B, P)
    P += 2
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_EnvelopeResponse(f0, f1, tf), P


def _e_EnvelopeResponse_v0(o: EnvelopeResponse, O: bytearray) -> None:
    write_compact_nullable_bytes(O, o.response_data)
    O += _S_h.pack(o.error_code)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


_C_EnvelopeRequest = EnvelopeRequest
_DEC_EnvelopeRequest: dict[int, Decoder[EnvelopeRequest]] = {
    0: _d_EnvelopeRequest_v0,
}
_ENC_EnvelopeRequest: dict[int, Encoder[EnvelopeRequest]] = {
    0: _e_EnvelopeRequest_v0,
}
EnvelopeRequest.FIELDS = (
    FieldInfo('RequestData', 'request_data', 'bytes', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('RequestPrincipal', 'request_principal', 'bytes', (0, OPEN), (0, OPEN), None, None, False, None, None, None),
    FieldInfo('ClientHostAddress', 'client_host_address', 'bytes', (0, OPEN), None, None, None, False, None, None, None),
)

_C_EnvelopeResponse = EnvelopeResponse
_DEC_EnvelopeResponse: dict[int, Decoder[EnvelopeResponse]] = {
    0: _d_EnvelopeResponse_v0,
}
_ENC_EnvelopeResponse: dict[int, Encoder[EnvelopeResponse]] = {
    0: _e_EnvelopeResponse_v0,
}
EnvelopeResponse.FIELDS = (
    FieldInfo('ResponseData', 'response_data', 'bytes', (0, OPEN), (0, OPEN), None, None, False, None, None, None),
    FieldInfo('ErrorCode', 'error_code', 'int16', (0, OPEN), None, None, None, False, None, None, None),
)
