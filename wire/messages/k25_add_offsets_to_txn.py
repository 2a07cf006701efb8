"""API key 25: AddOffsetsToTxn.

GENERATED - DO NOT EDIT. Written by ``python -m wire.generator`` from Apache Kafka 4.1.1's
message definitions (AddOffsetsToTxnRequest.json, AddOffsetsToTxnResponse.json).
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
_S_qh = struct.Struct('>qh')


@dataclass(slots=True)
class AddOffsetsToTxnRequest:
    """AddOffsetsToTxnRequest (API key 25, versions 0-4).

    Generated from AddOffsetsToTxnRequest.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = 25
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 4
    LATEST_VERSION: ClassVar[int] = 4
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
    FLEXIBLE_MIN: ClassVar[int | None] = 3
    #: Who serves this request in Kafka (empty for responses).
    LISTENERS: ClassVar[tuple[str, ...]] = ('broker',)
    FIELDS: ClassVar[tuple[FieldInfo, ...]]

    #: The transactional id corresponding to the transaction.
    transactional_id: str = ''
    #: Current producer id in use by the transactional id.
    producer_id: int = 0
    #: Current epoch associated with the producer id.
    producer_epoch: int = 0
    #: The unique group identifier.
    group_id: str = ''
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> AddOffsetsToTxnRequest:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_AddOffsetsToTxnRequest, data, version, 'AddOffsetsToTxnRequest', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_AddOffsetsToTxnRequest, self, version, 'AddOffsetsToTxnRequest')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_AddOffsetsToTxnRequest, self, version, 'AddOffsetsToTxnRequest')


@dataclass(slots=True)
class AddOffsetsToTxnResponse:
    """AddOffsetsToTxnResponse (API key 25, versions 0-4).

    Generated from AddOffsetsToTxnResponse.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = 25
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 4
    LATEST_VERSION: ClassVar[int] = 4
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
    FLEXIBLE_MIN: ClassVar[int | None] = 3
    #: Who serves this request in Kafka (empty for responses).
    LISTENERS: ClassVar[tuple[str, ...]] = ()
    FIELDS: ClassVar[tuple[FieldInfo, ...]]

    #: Duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    throttle_time_ms: int = 0
    #: The response error code, or 0 if there was no error.
    error_code: int = 0
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> AddOffsetsToTxnResponse:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_AddOffsetsToTxnResponse, data, version, 'AddOffsetsToTxnResponse', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_AddOffsetsToTxnResponse, self, version, 'AddOffsetsToTxnResponse')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_AddOffsetsToTxnResponse, self, version, 'AddOffsetsToTxnResponse')

def _d_AddOffsetsToTxnRequest_v0(B: memoryview, P: int) -> tuple[AddOffsetsToTxnRequest, int]:
    f0, P = read_string(B, P)
    (f1, f2,) = _S_qh.unpack_from(B, P)
    P += 10
    f3, P = read_string(B, P)
    return _C_AddOffsetsToTxnRequest(f0, f1, f2, f3, None), P


def _d_AddOffsetsToTxnRequest_v3(B: memoryview, P: int) -> tuple[AddOffsetsToTxnRequest, int]:
    f0, P = read_compact_string(B, P)
    (f1, f2,) = _S_qh.unpack_from(B, P)
    P += 10
    f3, P = read_compact_string(B, P)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_AddOffsetsToTxnRequest(f0, f1, f2, f3, tf), P


def _e_AddOffsetsToTxnRequest_v0(o: AddOffsetsToTxnRequest, O: bytearray) -> None:
    write_string(O, o.transactional_id)
    O += _S_qh.pack(o.producer_id, o.producer_epoch)
    write_string(O, o.group_id)


def _e_AddOffsetsToTxnRequest_v3(o: AddOffsetsToTxnRequest, O: bytearray) -> None:
    write_compact_string(O, o.transactional_id)
    O += _S_qh.pack(o.producer_id, o.producer_epoch)
    write_compact_string(O, o.group_id)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _d_AddOffsetsToTxnResponse_v0(B: memoryview, P: int) -> tuple[AddOffsetsToTxnResponse, int]:
    (f0, f1,) = _S_ih.unpack_from(B, P)
    P += 6
    return _C_AddOffsetsToTxnResponse(f0, f1, None), P


def _d_AddOffsetsToTxnResponse_v3(B: memoryview, P: int) -> tuple[AddOffsetsToTxnResponse, int]:
    (f0, f1,) = _S_ih.unpack_from(B, P)
    P += 6
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_AddOffsetsToTxnResponse(f0, f1, tf), P


def _e_AddOffsetsToTxnResponse_v0(o: AddOffsetsToTxnResponse, O: bytearray) -> None:
    O += _S_ih.pack(o.throttle_time_ms, o.error_code)


def _e_AddOffsetsToTxnResponse_v3(o: AddOffsetsToTxnResponse, O: bytearray) -> None:
    O += _S_ih.pack(o.throttle_time_ms, o.error_code)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


_C_AddOffsetsToTxnRequest = AddOffsetsToTxnRequest
_DEC_AddOffsetsToTxnRequest: dict[int, Decoder[AddOffsetsToTxnRequest]] = {
    0: _d_AddOffsetsToTxnRequest_v0,
    1: _d_AddOffsetsToTxnRequest_v0,
    2: _d_AddOffsetsToTxnRequest_v0,
    3: _d_AddOffsetsToTxnRequest_v3,
    4: _d_AddOffsetsToTxnRequest_v3,
}
_ENC_AddOffsetsToTxnRequest: dict[int, Encoder[AddOffsetsToTxnRequest]] = {
    0: _e_AddOffsetsToTxnRequest_v0,
    1: _e_AddOffsetsToTxnRequest_v0,
    2: _e_AddOffsetsToTxnRequest_v0,
    3: _e_AddOffsetsToTxnRequest_v3,
    4: _e_AddOffsetsToTxnRequest_v3,
}
AddOffsetsToTxnRequest.FIELDS = (
    FieldInfo('TransactionalId', 'transactional_id', 'string', (0, OPEN), None, None, None, False, 'transactionalId', None, None),
    FieldInfo('ProducerId', 'producer_id', 'int64', (0, OPEN), None, None, None, False, 'producerId', None, None),
    FieldInfo('ProducerEpoch', 'producer_epoch', 'int16', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('GroupId', 'group_id', 'string', (0, OPEN), None, None, None, False, 'groupId', None, None),
)

_C_AddOffsetsToTxnResponse = AddOffsetsToTxnResponse
_DEC_AddOffsetsToTxnResponse: dict[int, Decoder[AddOffsetsToTxnResponse]] = {
    0: _d_AddOffsetsToTxnResponse_v0,
    1: _d_AddOffsetsToTxnResponse_v0,
    2: _d_AddOffsetsToTxnResponse_v0,
    3: _d_AddOffsetsToTxnResponse_v3,
    4: _d_AddOffsetsToTxnResponse_v3,
}
_ENC_AddOffsetsToTxnResponse: dict[int, Encoder[AddOffsetsToTxnResponse]] = {
    0: _e_AddOffsetsToTxnResponse_v0,
    1: _e_AddOffsetsToTxnResponse_v0,
    2: _e_AddOffsetsToTxnResponse_v0,
    3: _e_AddOffsetsToTxnResponse_v3,
    4: _e_AddOffsetsToTxnResponse_v3,
}
AddOffsetsToTxnResponse.FIELDS = (
    FieldInfo('ThrottleTimeMs', 'throttle_time_ms', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('ErrorCode', 'error_code', 'int16', (0, OPEN), None, None, None, False, None, None, None),
)
