"""API key 17: SaslHandshake.

GENERATED - DO NOT EDIT. Written by ``python -m wire.generator`` from Apache Kafka 4.1.1's
message definitions (SaslHandshakeRequest.json, SaslHandshakeResponse.json).
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


@dataclass(slots=True)
class SaslHandshakeRequest:
    """SaslHandshakeRequest (API key 17, versions 0-1).

    Generated from SaslHandshakeRequest.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = 17
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 1
    LATEST_VERSION: ClassVar[int] = 1
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
    FLEXIBLE_MIN: ClassVar[int | None] = None
    #: Who serves this request in Kafka (empty for responses).
    LISTENERS: ClassVar[tuple[str, ...]] = ('broker', 'controller')
    FIELDS: ClassVar[tuple[FieldInfo, ...]]

    #: The SASL mechanism chosen by the client.
    mechanism: str = ''

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> SaslHandshakeRequest:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_SaslHandshakeRequest, data, version, 'SaslHandshakeRequest', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_SaslHandshakeRequest, self, version, 'SaslHandshakeRequest')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_SaslHandshakeRequest, self, version, 'SaslHandshakeRequest')


@dataclass(slots=True)
class SaslHandshakeResponse:
    """SaslHandshakeResponse (API key 17, versions 0-1).

    Generated from SaslHandshakeResponse.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = 17
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 1
    LATEST_VERSION: ClassVar[int] = 1
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
    FLEXIBLE_MIN: ClassVar[int | None] = None
    #: Who serves this request in Kafka (empty for responses).
    LISTENERS: ClassVar[tuple[str, ...]] = ()
    FIELDS: ClassVar[tuple[FieldInfo, ...]]

    #: The error code, or 0 if there was no error.
    error_code: int = 0
    #: The mechanisms enabled in the server.
    mechanisms: list[str] = field(default_factory=list)

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> SaslHandshakeResponse:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_SaslHandshakeResponse, data, version, 'SaslHandshakeResponse', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_SaslHandshakeResponse, self, version, 'SaslHandshakeResponse')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_SaslHandshakeResponse, self, version, 'SaslHandshakeResponse')

def _d_SaslHandshakeRequest_v0(B: memoryview, P: int) -> tuple[SaslHandshakeRequest, int]:
    f0, P = read_string(B, P)
    return _C_SaslHandshakeRequest(f0), P


def _e_SaslHandshakeRequest_v0(o: SaslHandshakeRequest, O: bytearray) -> None:
    write_string(O, o.mechanism)


def _d_SaslHandshakeResponse_v0(B: memoryview, P: int) -> tuple[SaslHandshakeResponse, int]:
    (f0, n_f1,) = _S_hi.unpack_from(B, P)
    P += 6
    f1: list[str]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Mechanisms has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = read_string(B, P)
            f1.append(e_f1)
    return _C_SaslHandshakeResponse(f0, f1), P


def _e_SaslHandshakeResponse_v0(o: SaslHandshakeResponse, O: bytearray) -> None:
    a1 = o.mechanisms
    if a1 is None:
        raise EncodeError('non-nullable array Mechanisms is None')
    O += _S_hi.pack(o.error_code, len(a1))
    for e_a1 in a1:
        write_string(O, e_a1)


_C_SaslHandshakeRequest = SaslHandshakeRequest
_DEC_SaslHandshakeRequest: dict[int, Decoder[SaslHandshakeRequest]] = {
    0: _d_SaslHandshakeRequest_v0,
    1: _d_SaslHandshakeRequest_v0,
}
_ENC_SaslHandshakeRequest: dict[int, Encoder[SaslHandshakeRequest]] = {
    0: _e_SaslHandshakeRequest_v0,
    1: _e_SaslHandshakeRequest_v0,
}
SaslHandshakeRequest.FIELDS = (
    FieldInfo('Mechanism', 'mechanism', 'string', (0, OPEN), None, None, None, False, None, None, None),
)

_C_SaslHandshakeResponse = SaslHandshakeResponse
_DEC_SaslHandshakeResponse: dict[int, Decoder[SaslHandshakeResponse]] = {
    0: _d_SaslHandshakeResponse_v0,
    1: _d_SaslHandshakeResponse_v0,
}
_ENC_SaslHandshakeResponse: dict[int, Encoder[SaslHandshakeResponse]] = {
    0: _e_SaslHandshakeResponse_v0,
    1: _e_SaslHandshakeResponse_v0,
}
SaslHandshakeResponse.FIELDS = (
    FieldInfo('ErrorCode', 'error_code', 'int16', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Mechanisms', 'mechanisms', '[]string', (0, OPEN), None, None, None, False, None, None, None),
)
