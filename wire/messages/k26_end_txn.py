"""API key 26: EndTxn.

GENERATED - DO NOT EDIT. Written by ``python -m wire.generator`` from Apache Kafka 4.1.1's
message definitions (EndTxnRequest.json, EndTxnResponse.json).
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


_S_ih = struct.Struct('>ih')
_S_ihqh = struct.Struct('>ihqh')
_S_qho = struct.Struct('>qh?')


@dataclass(slots=True)
class EndTxnRequest:
    """EndTxnRequest (API key 26, versions 0-5).

    Generated from EndTxnRequest.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = 26
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 5
    LATEST_VERSION: ClassVar[int] = 5
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
    FLEXIBLE_MIN: ClassVar[int | None] = 3
    #: Who serves this request in Kafka (empty for responses).
    LISTENERS: ClassVar[tuple[str, ...]] = ('broker',)
    FIELDS: ClassVar[tuple[FieldInfo, ...]]

    #: The ID of the transaction to end.
    transactional_id: str = ''
    #: The producer ID.
    producer_id: int = 0
    #: The current epoch associated with the producer.
    producer_epoch: int = 0
    #: True if the transaction was committed, false if it was aborted.
    committed: bool = False
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> EndTxnRequest:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_EndTxnRequest, data, version, 'EndTxnRequest', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_EndTxnRequest, self, version, 'EndTxnRequest')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_EndTxnRequest, self, version, 'EndTxnRequest')


@dataclass(slots=True)
class EndTxnResponse:
    """EndTxnResponse (API key 26, versions 0-5).

    Generated from EndTxnResponse.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = 26
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 5
    LATEST_VERSION: ClassVar[int] = 5
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
    FLEXIBLE_MIN: ClassVar[int | None] = 3
    #: Who serves this request in Kafka (empty for responses).
    LISTENERS: ClassVar[tuple[str, ...]] = ()
    FIELDS: ClassVar[tuple[FieldInfo, ...]]

    #: The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    throttle_time_ms: int = 0
    #: The error code, or 0 if there was no error.
    error_code: int = 0
    #: The producer ID.
    producer_id: int = -1
    #: The current epoch associated with the producer.
    producer_epoch: int = -1
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> EndTxnResponse:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_EndTxnResponse, data, version, 'EndTxnResponse', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_EndTxnResponse, self, version, 'EndTxnResponse')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_EndTxnResponse, self, version, 'EndTxnResponse')

def _d_EndTxnRequest_v0(B: memoryview, P: int) -> tuple[EndTxnRequest, int]:
    f0, P = read_string(B, P)
    (f1, f2, f3,) = _S_qho.unpack_from(B, P)
    P += 11
    return _C_EndTxnRequest(f0, f1, f2, f3, None), P


def _d_EndTxnRequest_v3(B: memoryview, P: int) -> tuple[EndTxnRequest, int]:
    f0, P = read_compact_string(B, P)
    (f1, f2, f3,) = _S_qho.unpack_from(B, P)
    P += 11
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_EndTxnRequest(f0, f1, f2, f3, tf), P


def _e_EndTxnRequest_v0(o: EndTxnRequest, O: bytearray) -> None:
    write_string(O, o.transactional_id)
    O += _S_qho.pack(o.producer_id, o.producer_epoch, o.committed)


def _e_EndTxnRequest_v3(o: EndTxnRequest, O: bytearray) -> None:
    write_compact_string(O, o.transactional_id)
    O += _S_qho.pack(o.producer_id, o.producer_epoch, o.committed)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _d_EndTxnResponse_v0(B: memoryview, P: int) -> tuple[EndTxnResponse, int]:
    (f0, f1,) = _S_ih.unpack_from(B, P)
    P += 6
    return _C_EndTxnResponse(f0, f1, -1, -1, None), P


def _d_EndTxnResponse_v3(B: memoryview, P: int) -> tuple[EndTxnResponse, int]:
    (f0, f1,) = _S_ih.unpack_from(B, P)
    P += 6
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_EndTxnResponse(f0, f1, -1, -1, tf), P


def _d_EndTxnResponse_v5(B: memoryview, P: int) -> tuple[EndTxnResponse, int]:
    (f0, f1, f2, f3,) = _S_ihqh.unpack_from(B, P)
    P += 16
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_EndTxnResponse(f0, f1, f2, f3, tf), P


def _e_EndTxnResponse_v0(o: EndTxnResponse, O: bytearray) -> None:
    O += _S_ih.pack(o.throttle_time_ms, o.error_code)


def _e_EndTxnResponse_v3(o: EndTxnResponse, O: bytearray) -> None:
    O += _S_ih.pack(o.throttle_time_ms, o.error_code)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_EndTxnResponse_v5(o: EndTxnResponse, O: bytearray) -> None:
    O += _S_ihqh.pack(o.throttle_time_ms, o.error_code, o.producer_id, o.producer_epoch)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


_C_EndTxnRequest = EndTxnRequest
_DEC_EndTxnRequest: dict[int, Decoder[EndTxnRequest]] = {
    0: _d_EndTxnRequest_v0,
    1: _d_EndTxnRequest_v0,
    2: _d_EndTxnRequest_v0,
    3: _d_EndTxnRequest_v3,
    4: _d_EndTxnRequest_v3,
    5: _d_EndTxnRequest_v3,
}
_ENC_EndTxnRequest: dict[int, Encoder[EndTxnRequest]] = {
    0: _e_EndTxnRequest_v0,
    1: _e_EndTxnRequest_v0,
    2: _e_EndTxnRequest_v0,
    3: _e_EndTxnRequest_v3,
    4: _e_EndTxnRequest_v3,
    5: _e_EndTxnRequest_v3,
}
EndTxnRequest.FIELDS = (
    FieldInfo('TransactionalId', 'transactional_id', 'string', (0, OPEN), None, None, None, False, 'transactionalId', None, None),
    FieldInfo('ProducerId', 'producer_id', 'int64', (0, OPEN), None, None, None, False, 'producerId', None, None),
    FieldInfo('ProducerEpoch', 'producer_epoch', 'int16', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Committed', 'committed', 'bool', (0, OPEN), None, None, None, False, None, None, None),
)

_C_EndTxnResponse = EndTxnResponse
_DEC_EndTxnResponse: dict[int, Decoder[EndTxnResponse]] = {
    0: _d_EndTxnResponse_v0,
    1: _d_EndTxnResponse_v0,
    2: _d_EndTxnResponse_v0,
    3: _d_EndTxnResponse_v3,
    4: _d_EndTxnResponse_v3,
    5: _d_EndTxnResponse_v5,
}
_ENC_EndTxnResponse: dict[int, Encoder[EndTxnResponse]] = {
    0: _e_EndTxnResponse_v0,
    1: _e_EndTxnResponse_v0,
    2: _e_EndTxnResponse_v0,
    3: _e_EndTxnResponse_v3,
    4: _e_EndTxnResponse_v3,
    5: _e_EndTxnResponse_v5,
}
EndTxnResponse.FIELDS = (
    FieldInfo('ThrottleTimeMs', 'throttle_time_ms', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('ErrorCode', 'error_code', 'int16', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('ProducerId', 'producer_id', 'int64', (5, OPEN), None, None, None, True, 'producerId', None, None),
    FieldInfo('ProducerEpoch', 'producer_epoch', 'int16', (5, OPEN), None, None, None, True, None, None, None),
)
