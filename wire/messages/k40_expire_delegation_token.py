"""API key 40: ExpireDelegationToken.

GENERATED - DO NOT EDIT. Written by ``python -m wire.generator`` from Apache Kafka 4.1.1's
message definitions (ExpireDelegationTokenRequest.json, ExpireDelegationTokenResponse.json).
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


_S_hqi = struct.Struct('>hqi')
_S_q = struct.Struct('>q')


@dataclass(slots=True)
class ExpireDelegationTokenRequest:
    """ExpireDelegationTokenRequest (API key 40, versions 1-2).

    Generated from ExpireDelegationTokenRequest.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = 40
    MIN_VERSION: ClassVar[int] = 1
    MAX_VERSION: ClassVar[int] = 2
    LATEST_VERSION: ClassVar[int] = 2
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
    FLEXIBLE_MIN: ClassVar[int | None] = 2
    #: Who serves this request in Kafka (empty for responses).
    LISTENERS: ClassVar[tuple[str, ...]] = ('broker', 'controller')
    FIELDS: ClassVar[tuple[FieldInfo, ...]]

    #: The HMAC of the delegation token to be expired.
    hmac: bytes | memoryview = b''
    #: The expiry time period in milliseconds.
    expiry_time_period_ms: int = 0
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> ExpireDelegationTokenRequest:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_ExpireDelegationTokenRequest, data, version, 'ExpireDelegationTokenRequest', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_ExpireDelegationTokenRequest, self, version, 'ExpireDelegationTokenRequest')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_ExpireDelegationTokenRequest, self, version, 'ExpireDelegationTokenRequest')


@dataclass(slots=True)
class ExpireDelegationTokenResponse:
    """ExpireDelegationTokenResponse (API key 40, versions 1-2).

    Generated from ExpireDelegationTokenResponse.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = 40
    MIN_VERSION: ClassVar[int] = 1
    MAX_VERSION: ClassVar[int] = 2
    LATEST_VERSION: ClassVar[int] = 2
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
    FLEXIBLE_MIN: ClassVar[int | None] = 2
    #: Who serves this request in Kafka (empty for responses).
    LISTENERS: ClassVar[tuple[str, ...]] = ()
    FIELDS: ClassVar[tuple[FieldInfo, ...]]

    #: The error code, or 0 if there was no error.
    error_code: int = 0
    #: The timestamp in milliseconds at which this token expires.
    expiry_timestamp_ms: int = 0
    #: The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    throttle_time_ms: int = 0
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> ExpireDelegationTokenResponse:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_ExpireDelegationTokenResponse, data, version, 'ExpireDelegationTokenResponse', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_ExpireDelegationTokenResponse, self, version, 'ExpireDelegationTokenResponse')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_ExpireDelegationTokenResponse, self, version, 'ExpireDelegationTokenResponse')

def _d_ExpireDelegationTokenRequest_v1(B: memoryview, P: int) -> tuple[ExpireDelegationTokenRequest, int]:
    f0, P = read_bytes(B, P)
    (f1,) = _S_q.unpack_from(B, P)
    P += 8
    return _C_ExpireDelegationTokenRequest(f0, f1, None), P


def _d_ExpireDelegationTokenRequest_v2(B: memoryview, P: int) -> tuple[ExpireDelegationTokenRequest, int]:
    f0, P = read_compact_bytes(B, P)
    (f1,) = _S_q.unpack_from(B, P)
    P += 8
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_ExpireDelegationTokenRequest(f0, f1, tf), P


def _e_ExpireDelegationTokenRequest_v1(o: ExpireDelegationTokenRequest, O: bytearray) -> None:
    write_bytes(O, o.hmac)
    O += _S_q.pack(o.expiry_time_period_ms)


def _e_ExpireDelegationTokenRequest_v2(o: ExpireDelegationTokenRequest, O: bytearray) -> None:
    write_compact_bytes(O, o.hmac)
    O += _S_q.pack(o.expiry_time_period_ms)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _d_ExpireDelegationTokenResponse_v1(B: memoryview, P: int) -> tuple[ExpireDelegationTokenResponse, int]:
    (f0, f1, f2,) = _S_hqi.unpack_from(B, P)
    P += 14
    return _C_ExpireDelegationTokenResponse(f0, f1, f2, None), P


def _d_ExpireDelegationTokenResponse_v2(B: memoryview, P: int) -> tuple[ExpireDelegationTokenResponse, int]:
    (f0, f1, f2,) = _S_hqi.unpack_from(B, P)
    P += 14
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_ExpireDelegationTokenResponse(f0, f1, f2, tf), P


def _e_ExpireDelegationTokenResponse_v1(o: ExpireDelegationTokenResponse, O: bytearray) -> None:
    O += _S_hqi.pack(o.error_code, o.expiry_timestamp_ms, o.throttle_time_ms)


def _e_ExpireDelegationTokenResponse_v2(o: ExpireDelegationTokenResponse, O: bytearray) -> None:
    O += _S_hqi.pack(o.error_code, o.expiry_timestamp_ms, o.throttle_time_ms)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


_C_ExpireDelegationTokenRequest = ExpireDelegationTokenRequest
_DEC_ExpireDelegationTokenRequest: dict[int, Decoder[ExpireDelegationTokenRequest]] = {
    1: _d_ExpireDelegationTokenRequest_v1,
    2: _d_ExpireDelegationTokenRequest_v2,
}
_ENC_ExpireDelegationTokenRequest: dict[int, Encoder[ExpireDelegationTokenRequest]] = {
    1: _e_ExpireDelegationTokenRequest_v1,
    2: _e_ExpireDelegationTokenRequest_v2,
}
ExpireDelegationTokenRequest.FIELDS = (
    FieldInfo('Hmac', 'hmac', 'bytes', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('ExpiryTimePeriodMs', 'expiry_time_period_ms', 'int64', (0, OPEN), None, None, None, False, None, None, None),
)

_C_ExpireDelegationTokenResponse = ExpireDelegationTokenResponse
_DEC_ExpireDelegationTokenResponse: dict[int, Decoder[ExpireDelegationTokenResponse]] = {
    1: _d_ExpireDelegationTokenResponse_v1,
    2: _d_ExpireDelegationTokenResponse_v2,
}
_ENC_ExpireDelegationTokenResponse: dict[int, Encoder[ExpireDelegationTokenResponse]] = {
    1: _e_ExpireDelegationTokenResponse_v1,
    2: _e_ExpireDelegationTokenResponse_v2,
}
ExpireDelegationTokenResponse.FIELDS = (
    FieldInfo('ErrorCode', 'error_code', 'int16', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('ExpiryTimestampMs', 'expiry_timestamp_ms', 'int64', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('ThrottleTimeMs', 'throttle_time_ms', 'int32', (0, OPEN), None, None, None, False, None, None, None),
)
