"""API key 72: PushTelemetry.

GENERATED - DO NOT EDIT. Written by ``python -m wire.generator`` from Apache Kafka 4.1.1's
message definitions (PushTelemetryRequest.json, PushTelemetryResponse.json).
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


_S_iob = struct.Struct('>i?b')
_S_ih = struct.Struct('>ih')


@dataclass(slots=True)
class PushTelemetryRequest:
    """PushTelemetryRequest (API key 72, versions 0-0).

    Generated from PushTelemetryRequest.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = 72
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    LATEST_VERSION: ClassVar[int] = 0
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
    FLEXIBLE_MIN: ClassVar[int | None] = 0
    #: Who serves this request in Kafka (empty for responses).
    LISTENERS: ClassVar[tuple[str, ...]] = ('broker',)
    FIELDS: ClassVar[tuple[FieldInfo, ...]]

    #: Unique id for this client instance.
    client_instance_id: UUID = ZERO_UUID
    #: Unique identifier for the current subscription.
    subscription_id: int = 0
    #: Client is terminating the connection.
    terminating: bool = False
    #: Compression codec used to compress the metrics.
    compression_type: int = 0
    #: Metrics encoded in OpenTelemetry MetricsData v1 protobuf format.
    metrics: bytes | memoryview = b''
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> PushTelemetryRequest:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_PushTelemetryRequest, data, version, 'PushTelemetryRequest', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_PushTelemetryRequest, self, version, 'PushTelemetryRequest')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_PushTelemetryRequest, self, version, 'PushTelemetryRequest')


@dataclass(slots=True)
class PushTelemetryResponse:
    """PushTelemetryResponse (API key 72, versions 0-0).

    Generated from PushTelemetryResponse.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = 72
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
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> PushTelemetryResponse:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_PushTelemetryResponse, data, version, 'PushTelemetryResponse', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_PushTelemetryResponse, self, version, 'PushTelemetryResponse')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_PushTelemetryResponse, self, version, 'PushTelemetryResponse')

def _d_PushTelemetryRequest_v0(B: memoryview, P: int) -> tuple[PushTelemetryRequest, int]:
    f0, P = read_uuid(B, P)
    (f1, f2, f3,) = _S_iob.unpack_from(B, P)
    P += 6
    f4, P = read_compact_bytes(B, P)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_PushTelemetryRequest(f0, f1, f2, f3, f4, tf), P


def _e_PushTelemetryRequest_v0(o: PushTelemetryRequest, O: bytearray) -> None:
    write_uuid(O, o.client_instance_id)
    O += _S_iob.pack(o.subscription_id, o.terminating, o.compression_type)
    write_compact_bytes(O, o.metrics)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _d_PushTelemetryResponse_v0(B: memoryview, P: int) -> tuple[PushTelemetryResponse, int]:
    (f0, f1,) = _S_ih.unpack_from(B, P)
    P += 6
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_PushTelemetryResponse(f0, f1, tf), P


def _e_PushTelemetryResponse_v0(o: PushTelemetryResponse, O: bytearray) -> None:
    O += _S_ih.pack(o.throttle_time_ms, o.error_code)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


_C_PushTelemetryRequest = PushTelemetryRequest
_DEC_PushTelemetryRequest: dict[int, Decoder[PushTelemetryRequest]] = {
    0: _d_PushTelemetryRequest_v0,
}
_ENC_PushTelemetryRequest: dict[int, Encoder[PushTelemetryRequest]] = {
    0: _e_PushTelemetryRequest_v0,
}
PushTelemetryRequest.FIELDS = (
    FieldInfo('ClientInstanceId', 'client_instance_id', 'uuid', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('SubscriptionId', 'subscription_id', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Terminating', 'terminating', 'bool', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('CompressionType', 'compression_type', 'int8', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Metrics', 'metrics', 'bytes', (0, OPEN), None, None, None, False, None, None, None),
)

_C_PushTelemetryResponse = PushTelemetryResponse
_DEC_PushTelemetryResponse: dict[int, Decoder[PushTelemetryResponse]] = {
    0: _d_PushTelemetryResponse_v0,
}
_ENC_PushTelemetryResponse: dict[int, Encoder[PushTelemetryResponse]] = {
    0: _e_PushTelemetryResponse_v0,
}
PushTelemetryResponse.FIELDS = (
    FieldInfo('ThrottleTimeMs', 'throttle_time_ms', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('ErrorCode', 'error_code', 'int16', (0, OPEN), None, None, None, False, None, None, None),
)
