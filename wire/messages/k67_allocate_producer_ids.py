"""API key 67: AllocateProducerIds.

GENERATED - DO NOT EDIT. Written by ``python -m wire.generator`` from Apache Kafka 4.1.1's
message definitions (AllocateProducerIdsRequest.json, AllocateProducerIdsResponse.json).
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


_S_ihqi = struct.Struct('>ihqi')
_S_iq = struct.Struct('>iq')


@dataclass(slots=True)
class AllocateProducerIdsRequest:
    """AllocateProducerIdsRequest (API key 67, versions 0-0).

    Generated from AllocateProducerIdsRequest.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = 67
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    LATEST_VERSION: ClassVar[int] = 0
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
    FLEXIBLE_MIN: ClassVar[int | None] = 0
    #: Who serves this request in Kafka (empty for responses).
    LISTENERS: ClassVar[tuple[str, ...]] = ('controller',)
    FIELDS: ClassVar[tuple[FieldInfo, ...]]

    #: The ID of the requesting broker.
    broker_id: int = 0
    #: The epoch of the requesting broker.
    broker_epoch: int = -1
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> AllocateProducerIdsRequest:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_AllocateProducerIdsRequest, data, version, 'AllocateProducerIdsRequest', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_AllocateProducerIdsRequest, self, version, 'AllocateProducerIdsRequest')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_AllocateProducerIdsRequest, self, version, 'AllocateProducerIdsRequest')


@dataclass(slots=True)
class AllocateProducerIdsResponse:
    """AllocateProducerIdsResponse (API key 67, versions 0-0).

    Generated from AllocateProducerIdsResponse.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = 67
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
    #: The top level response error code.
    error_code: int = 0
    #: The first producer ID in this range, inclusive.
    producer_id_start: int = 0
    #: The number of producer IDs in this range.
    producer_id_len: int = 0
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> AllocateProducerIdsResponse:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_AllocateProducerIdsResponse, data, version, 'AllocateProducerIdsResponse', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_AllocateProducerIdsResponse, self, version, 'AllocateProducerIdsResponse')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_AllocateProducerIdsResponse, self, version, 'AllocateProducerIdsResponse')

def _d_AllocateProducerIdsRequest_v0(B: memoryview, P: int) -> tuple[AllocateProducerIdsRequest, int]:
    (f0, f1,) = _S_iq.unpack_from(B, P)
    P += 12
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_AllocateProducerIdsRequest(f0, f1, tf), P


def _e_AllocateProducerIdsRequest_v0(o: AllocateProducerIdsRequest, O: bytearray) -> None:
    O += _S_iq.pack(o.broker_id, o.broker_epoch)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _d_AllocateProducerIdsResponse_v0(B: memoryview, P: int) -> tuple[AllocateProducerIdsResponse, int]:
    (f0, f1, f2, f3,) = _S_ihqi.unpack_from(B, P)
    P += 18
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_AllocateProducerIdsResponse(f0, f1, f2, f3, tf), P


def _e_AllocateProducerIdsResponse_v0(o: AllocateProducerIdsResponse, O: bytearray) -> None:
    O += _S_ihqi.pack(o.throttle_time_ms, o.error_code, o.producer_id_start, o.producer_id_len)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


_C_AllocateProducerIdsRequest = AllocateProducerIdsRequest
_DEC_AllocateProducerIdsRequest: dict[int, Decoder[AllocateProducerIdsRequest]] = {
    0: _d_AllocateProducerIdsRequest_v0,
}
_ENC_AllocateProducerIdsRequest: dict[int, Encoder[AllocateProducerIdsRequest]] = {
    0: _e_AllocateProducerIdsRequest_v0,
}
AllocateProducerIdsRequest.FIELDS = (
    FieldInfo('BrokerId', 'broker_id', 'int32', (0, OPEN), None, None, None, False, 'brokerId', None, None),
    FieldInfo('BrokerEpoch', 'broker_epoch', 'int64', (0, OPEN), None, None, None, False, None, None, None),
)

_C_AllocateProducerIdsResponse = AllocateProducerIdsResponse
_DEC_AllocateProducerIdsResponse: dict[int, Decoder[AllocateProducerIdsResponse]] = {
    0: _d_AllocateProducerIdsResponse_v0,
}
_ENC_AllocateProducerIdsResponse: dict[int, Encoder[AllocateProducerIdsResponse]] = {
    0: _e_AllocateProducerIdsResponse_v0,
}
AllocateProducerIdsResponse.FIELDS = (
    FieldInfo('ThrottleTimeMs', 'throttle_time_ms', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('ErrorCode', 'error_code', 'int16', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('ProducerIdStart', 'producer_id_start', 'int64', (0, OPEN), None, None, None, False, 'producerId', None, None),
    FieldInfo('ProducerIdLen', 'producer_id_len', 'int32', (0, OPEN), None, None, None, False, None, None, None),
)
