"""API key 71: GetTelemetrySubscriptions.

GENERATED - DO NOT EDIT. Written by ``python -m wire.generator`` from Apache Kafka 4.1.1's
message definitions (GetTelemetrySubscriptionsRequest.json, GetTelemetrySubscriptionsResponse.json).
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
_S_iio = struct.Struct('>ii?')


@dataclass(slots=True)
class GetTelemetrySubscriptionsRequest:
    """GetTelemetrySubscriptionsRequest (API key 71, versions 0-0).

    Generated from GetTelemetrySubscriptionsRequest.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = 71
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    LATEST_VERSION: ClassVar[int] = 0
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
    FLEXIBLE_MIN: ClassVar[int | None] = 0
    #: Who serves this request in Kafka (empty for responses).
    LISTENERS: ClassVar[tuple[str, ...]] = ('broker',)
    FIELDS: ClassVar[tuple[FieldInfo, ...]]

    #: Unique id for this client instance, must be set to 0 on the first request.
    client_instance_id: UUID = ZERO_UUID
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> GetTelemetrySubscriptionsRequest:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_GetTelemetrySubscriptionsRequest, data, version, 'GetTelemetrySubscriptionsRequest', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_GetTelemetrySubscriptionsRequest, self, version, 'GetTelemetrySubscriptionsRequest')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_GetTelemetrySubscriptionsRequest, self, version, 'GetTelemetrySubscriptionsRequest')


@dataclass(slots=True)
class GetTelemetrySubscriptionsResponse:
    """GetTelemetrySubscriptionsResponse (API key 71, versions 0-0).

    Generated from GetTelemetrySubscriptionsResponse.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = 71
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
    #: Assigned client instance id if ClientInstanceId was 0 in the request, else 0.
    client_instance_id: UUID = ZERO_UUID
    #: Unique identifier for the current subscription set for this client instance.
    subscription_id: int = 0
    #: Compression types that broker accepts for the PushTelemetryRequest.
    accepted_compression_types: list[int] = field(default_factory=list)
    #: Configured push interval, which is the lowest configured interval in the current subscription set.
    push_interval_ms: int = 0
    #: The maximum bytes of binary data the broker accepts in PushTelemetryRequest.
    telemetry_max_bytes: int = 0
    #: Flag to indicate monotonic/counter metrics are to be emitted as deltas or cumulative values.
    delta_temporality: bool = False
    #: Requested metrics prefix string match. Empty array: No metrics subscribed, Array[0] empty string: All metrics subscribed.
    requested_metrics: list[str] = field(default_factory=list)
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> GetTelemetrySubscriptionsResponse:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_GetTelemetrySubscriptionsResponse, data, version, 'GetTelemetrySubscriptionsResponse', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_GetTelemetrySubscriptionsResponse, self, version, 'GetTelemetrySubscriptionsResponse')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_GetTelemetrySubscriptionsResponse, self, version, 'GetTelemetrySubscriptionsResponse')

def _d_GetTelemetrySubscriptionsRequest_v0(B: memoryview, P: int) -> tuple[GetTelemetrySubscriptionsRequest, int]:
    f0, P = read_uuid(B, P)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_GetTelemetrySubscriptionsRequest(f0, tf), P


def _e_GetTelemetrySubscriptionsRequest_v0(o: GetTelemetrySubscriptionsRequest, O: bytearray) -> None:
    write_uuid(O, o.client_instance_id)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _d_GetTelemetrySubscriptionsResponse_v0(B: memoryview, P: int) -> tuple[GetTelemetrySubscriptionsResponse, int]:
    (f0, f1,) = _S_ih.unpack_from(B, P)
    P += 6
    f2, P = read_uuid(B, P)
    (f3,) = _S_i.unpack_from(B, P)
    P += 4
    n_f4 = B[P]
    if n_f4 < 0x80:
        P += 1
    else:
        n_f4, P = read_uvarint(B, P)
    n_f4 -= 1
    f4: list[int]
    if n_f4 < 0:
        raise DecodeError(f'non-nullable array AcceptedCompressionTypes has length {n_f4}')
    else:
        check_count(n_f4, B, P)
        f4 = list(struct.unpack_from('>%db' % n_f4, B, P))
        P += n_f4 * 1
    (f5, f6, f7,) = _S_iio.unpack_from(B, P)
    P += 9
    n_f8 = B[P]
    if n_f8 < 0x80:
        P += 1
    else:
        n_f8, P = read_uvarint(B, P)
    n_f8 -= 1
    f8: list[str]
    if n_f8 < 0:
        raise DecodeError(f'non-nullable array RequestedMetrics has length {n_f8}')
    else:
        if n_f8 > len(B) - P:
            raise DecodeError(f'array length {n_f8} exceeds the buffer')
        f8 = []
        for _ in range(n_f8):
            e_f8, P = read_compact_string(B, P)
            f8.append(e_f8)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_GetTelemetrySubscriptionsResponse(f0, f1, f2, f3, f4, f5, f6, f7, f8, tf), P


def _e_GetTelemetrySubscriptionsResponse_v0(o: GetTelemetrySubscriptionsResponse, O: bytearray) -> None:
    O += _S_ih.pack(o.throttle_time_ms, o.error_code)
    write_uuid(O, o.client_instance_id)
    O += _S_i.pack(o.subscription_id)
    a4 = o.accepted_compression_types
    if a4 is None:
        raise EncodeError('non-nullable array AcceptedCompressionTypes is None')
    write_uvarint(O, len(a4) + 1)
    O += struct.pack('>%db' % len(a4), *a4)
    O += _S_iio.pack(o.push_interval_ms, o.telemetry_max_bytes, o.delta_temporality)
    a8 = o.requested_metrics
    if a8 is None:
        raise EncodeError('non-nullable array RequestedMetrics is None')
    write_uvarint(O, len(a8) + 1)
    for e_a8 in a8:
        write_compact_string(O, e_a8)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


_C_GetTelemetrySubscriptionsRequest = GetTelemetrySubscriptionsRequest
_DEC_GetTelemetrySubscriptionsRequest: dict[int, Decoder[GetTelemetrySubscriptionsRequest]] = {
    0: _d_GetTelemetrySubscriptionsRequest_v0,
}
_ENC_GetTelemetrySubscriptionsRequest: dict[int, Encoder[GetTelemetrySubscriptionsRequest]] = {
    0: _e_GetTelemetrySubscriptionsRequest_v0,
}
GetTelemetrySubscriptionsRequest.FIELDS = (
    FieldInfo('ClientInstanceId', 'client_instance_id', 'uuid', (0, OPEN), None, None, None, False, None, None, None),
)

_C_GetTelemetrySubscriptionsResponse = GetTelemetrySubscriptionsResponse
_DEC_GetTelemetrySubscriptionsResponse: dict[int, Decoder[GetTelemetrySubscriptionsResponse]] = {
    0: _d_GetTelemetrySubscriptionsResponse_v0,
}
_ENC_GetTelemetrySubscriptionsResponse: dict[int, Encoder[GetTelemetrySubscriptionsResponse]] = {
    0: _e_GetTelemetrySubscriptionsResponse_v0,
}
GetTelemetrySubscriptionsResponse.FIELDS = (
    FieldInfo('ThrottleTimeMs', 'throttle_time_ms', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('ErrorCode', 'error_code', 'int16', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('ClientInstanceId', 'client_instance_id', 'uuid', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('SubscriptionId', 'subscription_id', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('AcceptedCompressionTypes', 'accepted_compression_types', '[]int8', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('PushIntervalMs', 'push_interval_ms', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('TelemetryMaxBytes', 'telemetry_max_bytes', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('DeltaTemporality', 'delta_temporality', 'bool', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('RequestedMetrics', 'requested_metrics', '[]string', (0, OPEN), None, None, None, False, None, None, None),
)
