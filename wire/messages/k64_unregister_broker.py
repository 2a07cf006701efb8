"""API key 64: UnregisterBroker.

GENERATED - DO NOT EDIT. Written by ``python -m wire.generator`` from Apache Kafka 4.1.1's
message definitions (UnregisterBrokerRequest.json, UnregisterBrokerResponse.json).
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


_S_i = struct.Struct('>i')
_S_ih = struct.Struct('>ih')


@dataclass(slots=True)
class UnregisterBrokerRequest:
    """UnregisterBrokerRequest (API key 64, versions 0-0).

    Generated from UnregisterBrokerRequest.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = 64
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    LATEST_VERSION: ClassVar[int] = 0
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
    FLEXIBLE_MIN: ClassVar[int | None] = 0
    #: Who serves this request in Kafka (empty for responses).
    LISTENERS: ClassVar[tuple[str, ...]] = ('broker', 'controller')
    FIELDS: ClassVar[tuple[FieldInfo, ...]]

    #: The broker ID to unregister.
    broker_id: int = 0
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> UnregisterBrokerRequest:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_UnregisterBrokerRequest, data, version, 'UnregisterBrokerRequest', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_UnregisterBrokerRequest, self, version, 'UnregisterBrokerRequest')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_UnregisterBrokerRequest, self, version, 'UnregisterBrokerRequest')


@dataclass(slots=True)
class UnregisterBrokerResponse:
    """UnregisterBrokerResponse (API key 64, versions 0-0).

    Generated from UnregisterBrokerResponse.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = 64
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    LATEST_VERSION: ClassVar[int] = 0
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
    FLEXIBLE_MIN: ClassVar[int | None] = 0
    #: Who serves this request in Kafka (empty for responses).
    LISTENERS: ClassVar[tuple[str, ...]] = ()
    FIELDS: ClassVar[tuple[FieldInfo, ...]]

    #: Duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    throttle_time_ms: int = 0
    #: The error code, or 0 if there was no error.
    error_code: int = 0
    #: The top-level error message, or `null` if there was no top-level error.
    error_message: str | None = ''
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> UnregisterBrokerResponse:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_UnregisterBrokerResponse, data, version, 'UnregisterBrokerResponse', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_UnregisterBrokerResponse, self, version, 'UnregisterBrokerResponse')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_UnregisterBrokerResponse, self, version, 'UnregisterBrokerResponse')

def _d_UnregisterBrokerRequest_v0(B: memoryview, P: int) -> tuple[UnregisterBrokerRequest, int]:
    (f0,) = _S_i.unpack_from(B, P)
    P += 4
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_UnregisterBrokerRequest(f0, tf), P


def _e_UnregisterBrokerRequest_v0(o: UnregisterBrokerRequest, O: bytearray) -> None:
    O += _S_i.pack(o.broker_id)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _d_UnregisterBrokerResponse_v0(B: memoryview, P: int) -> tuple[UnregisterBrokerResponse, int]:
    (f0, f1,) = _S_ih.unpack_from(B, P)
    P += 6
    f2, P = read_compact_nullable_string(B, P)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_UnregisterBrokerResponse(f0, f1, f2, tf), P


def _e_UnregisterBrokerResponse_v0(o: UnregisterBrokerResponse, O: bytearray) -> None:
    O += _S_ih.pack(o.throttle_time_ms, o.error_code)
    write_compact_nullable_string(O, o.error_message)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


_C_UnregisterBrokerRequest = UnregisterBrokerRequest
_DEC_UnregisterBrokerRequest: dict[int, Decoder[UnregisterBrokerRequest]] = {
    0: _d_UnregisterBrokerRequest_v0,
}
_ENC_UnregisterBrokerRequest: dict[int, Encoder[UnregisterBrokerRequest]] = {
    0: _e_UnregisterBrokerRequest_v0,
}
UnregisterBrokerRequest.FIELDS = (
    FieldInfo('BrokerId', 'broker_id', 'int32', (0, OPEN), None, None, None, False, 'brokerId', None, None),
)

_C_UnregisterBrokerResponse = UnregisterBrokerResponse
_DEC_UnregisterBrokerResponse: dict[int, Decoder[UnregisterBrokerResponse]] = {
    0: _d_UnregisterBrokerResponse_v0,
}
_ENC_UnregisterBrokerResponse: dict[int, Encoder[UnregisterBrokerResponse]] = {
    0: _e_UnregisterBrokerResponse_v0,
}
UnregisterBrokerResponse.FIELDS = (
    FieldInfo('ThrottleTimeMs', 'throttle_time_ms', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('ErrorCode', 'error_code', 'int16', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('ErrorMessage', 'error_message', 'string', (0, OPEN), (0, OPEN), None, None, False, None, None, None),
)
