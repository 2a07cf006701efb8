"""API key 22: InitProducerId.

GENERATED - DO NOT EDIT. Written by ``python -m wire.generator`` from Apache Kafka 4.1.1's
message definitions (InitProducerIdRequest.json, InitProducerIdResponse.json).
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
_S_ihqh = struct.Struct('>ihqh')
_S_ihqhqh = struct.Struct('>ihqhqh')
_S_iqh = struct.Struct('>iqh')
_S_iqhoo = struct.Struct('>iqh??')


@dataclass(slots=True)
class InitProducerIdRequest:
    """InitProducerIdRequest (API key 22, versions 0-6).

    Generated from InitProducerIdRequest.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = 22
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 5
    LATEST_VERSION: ClassVar[int] = 6
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = True
    FLEXIBLE_MIN: ClassVar[int | None] = 2
    #: Who serves this request in Kafka (empty for responses).
    LISTENERS: ClassVar[tuple[str, ...]] = ('broker',)
    FIELDS: ClassVar[tuple[FieldInfo, ...]]

    #: The transactional id, or null if the producer is not transactional.
    transactional_id: str | None = ''
    #: The time in ms to wait before aborting idle transactions sent by this producer. This is only relevant if a TransactionalId has been defined.
    transaction_timeout_ms: int = 0
    #: The producer id. This is used to disambiguate requests if a transactional id is reused following its expiration.
    producer_id: int = -1
    #: The producer's current epoch. This will be checked against the producer epoch on the broker, and the request will return an error if they do not match.
    producer_epoch: int = -1
    #: True if the client wants to enable two-phase commit (2PC) protocol for transactions.
    enable2_pc: bool = False
    #: True if the client wants to keep the currently ongoing transaction instead of aborting it.
    keep_prepared_txn: bool = False
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> InitProducerIdRequest:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_InitProducerIdRequest, data, version, 'InitProducerIdRequest', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_InitProducerIdRequest, self, version, 'InitProducerIdRequest')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_InitProducerIdRequest, self, version, 'InitProducerIdRequest')


@dataclass(slots=True)
class InitProducerIdResponse:
    """InitProducerIdResponse (API key 22, versions 0-6).

    Generated from InitProducerIdResponse.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = 22
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 6
    LATEST_VERSION: ClassVar[int] = 6
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
    FLEXIBLE_MIN: ClassVar[int | None] = 2
    #: Who serves this request in Kafka (empty for responses).
    LISTENERS: ClassVar[tuple[str, ...]] = ()
    FIELDS: ClassVar[tuple[FieldInfo, ...]]

    #: The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    throttle_time_ms: int = 0
    #: The error code, or 0 if there was no error.
    error_code: int = 0
    #: The current producer id.
    producer_id: int = -1
    #: The current epoch associated with the producer id.
    producer_epoch: int = 0
    #: The producer id for ongoing transaction when KeepPreparedTxn is used, -1 if there is no transaction ongoing.
    ongoing_txn_producer_id: int = -1
    #: The epoch associated with the  producer id for ongoing transaction when KeepPreparedTxn is used, -1 if there is no transaction ongoing.
    ongoing_txn_producer_epoch: int = -1
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> InitProducerIdResponse:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_InitProducerIdResponse, data, version, 'InitProducerIdResponse', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_InitProducerIdResponse, self, version, 'InitProducerIdResponse')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_InitProducerIdResponse, self, version, 'InitProducerIdResponse')

def _d_InitProducerIdRequest_v0(B: memoryview, P: int) -> tuple[InitProducerIdRequest, int]:
    f0, P = read_nullable_string(B, P)
    (f1,) = _S_i.unpack_from(B, P)
    P += 4
    return _C_InitProducerIdRequest(f0, f1, -1, -1, False, False, None), P


def _d_InitProducerIdRequest_v2(B: memoryview, P: int) -> tuple[InitProducerIdRequest, int]:
    f0, P = read_compact_nullable_string(B, P)
    (f1,) = _S_i.unpack_from(B, P)
    P += 4
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_InitProducerIdRequest(f0, f1, -1, -1, False, False, tf), P


def _d_InitProducerIdRequest_v3(B: memoryview, P: int) -> tuple[InitProducerIdRequest, int]:
    f0, P = read_compact_nullable_string(B, P)
    (f1, f2, f3,) = _S_iqh.unpack_from(B, P)
    P += 14
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_InitProducerIdRequest(f0, f1, f2, f3, False, False, tf), P


def _d_InitProducerIdRequest_v6(B: memoryview, P: int) -> tuple[InitProducerIdRequest, int]:
    f0, P = read_compact_nullable_string(B, P)
    (f1, f2, f3, f4, f5,) = _S_iqhoo.unpack_from(B, P)
    P += 16
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_InitProducerIdRequest(f0, f1, f2, f3, f4, f5, tf), P


def _e_InitProducerIdRequest_v0(o: InitProducerIdRequest, O: bytearray) -> None:
    if o.producer_id != -1:
        raise EncodeError('InitProducerIdRequest.ProducerId is not supported in version 0')
    if o.producer_epoch != -1:
        raise EncodeError('InitProducerIdRequest.ProducerEpoch is not supported in version 0')
    if o.enable2_pc != False:
        raise EncodeError('InitProducerIdRequest.Enable2Pc is not supported in version 0')
    if o.keep_prepared_txn != False:
        raise EncodeError('InitProducerIdRequest.KeepPreparedTxn is not supported in version 0')
    write_nullable_string(O, o.transactional_id)
    O += _S_i.pack(o.transaction_timeout_ms)


def _e_InitProducerIdRequest_v1(o: InitProducerIdRequest, O: bytearray) -> None:
    if o.producer_id != -1:
        raise EncodeError('InitProducerIdRequest.ProducerId is not supported in version 1')
    if o.producer_epoch != -1:
        raise EncodeError('InitProducerIdRequest.ProducerEpoch is not supported in version 1')
    if o.enable2_pc != False:
        raise EncodeError('InitProducerIdRequest.Enable2Pc is not supported in version 1')
    if o.keep_prepared_txn != False:
        raise EncodeError('InitProducerIdRequest.KeepPreparedTxn is not supported in version 1')
    write_nullable_string(O, o.transactional_id)
    O += _S_i.pack(o.transaction_timeout_ms)


def _e_InitProducerIdRequest_v2(o: InitProducerIdRequest, O: bytearray) -> None:
    if o.producer_id != -1:
        raise EncodeError('InitProducerIdRequest.ProducerId is not supported in version 2')
    if o.producer_epoch != -1:
        raise EncodeError('InitProducerIdRequest.ProducerEpoch is not supported in version 2')
    if o.enable2_pc != False:
        raise EncodeError('InitProducerIdRequest.Enable2Pc is not supported in version 2')
    if o.keep_prepared_txn != False:
        raise EncodeError('InitProducerIdRequest.KeepPreparedTxn is not supported in version 2')
    write_compact_nullable_string(O, o.transactional_id)
    O += _S_i.pack(o.transaction_timeout_ms)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_InitProducerIdRequest_v3(o: InitProducerIdRequest, O: bytearray) -> None:
    if o.enable2_pc != False:
        raise EncodeError('InitProducerIdRequest.Enable2Pc is not supported in version 3')
    if o.keep_prepared_txn != False:
        raise EncodeError('InitProducerIdRequest.KeepPreparedTxn is not supported in version 3')
    write_compact_nullable_string(O, o.transactional_id)
    O += _S_iqh.pack(o.transaction_timeout_ms, o.producer_id, o.producer_epoch)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_InitProducerIdRequest_v4(o: InitProducerIdRequest, O: bytearray) -> None:
    if o.enable2_pc != False:
        raise EncodeError('InitProducerIdRequest.Enable2Pc is not supported in version 4')
    if o.keep_prepared_txn != False:
        raise EncodeError('InitProducerIdRequest.KeepPreparedTxn is not supported in version 4')
    write_compact_nullable_string(O, o.transactional_id)
    O += _S_iqh.pack(o.transaction_timeout_ms, o.producer_id, o.producer_epoch)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_InitProducerIdRequest_v5(o: InitProducerIdRequest, O: bytearray) -> None:
    if o.enable2_pc != False:
        raise EncodeError('InitProducerIdRequest.Enable2Pc is not supported in version 5')
    if o.keep_prepared_txn != False:
        raise EncodeError('InitProducerIdRequest.KeepPreparedTxn is not supported in version 5')
    write_compact_nullable_string(O, o.transactional_id)
    O += _S_iqh.pack(o.transaction_timeout_ms, o.producer_id, o.producer_epoch)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_InitProducerIdRequest_v6(o: InitProducerIdRequest, O: bytearray) -> None:
    write_compact_nullable_string(O, o.transactional_id)
    O += _S_iqhoo.pack(o.transaction_timeout_ms, o.producer_id, o.producer_epoch, o.enable2_pc, o.keep_prepared_txn)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _d_InitProducerIdResponse_v0(B: memoryview, P: int) -> tuple[InitProducerIdResponse, int]:
    (f0, f1, f2, f3,) = _S_ihqh.unpack_from(B, P)
    P += 16
    return _C_InitProducerIdResponse(f0, f1, f2, f3, -1, -1, None), P


def _d_InitProducerIdResponse_v2(B: memoryview, P: int) -> tuple[InitProducerIdResponse, int]:
    (f0, f1, f2, f3,) = _S_ihqh.unpack_from(B, P)
    P += 16
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_InitProducerIdResponse(f0, f1, f2, f3, -1, -1, tf), P


def _d_InitProducerIdResponse_v6(B: memoryview, P: int) -> tuple[InitProducerIdResponse, int]:
    (f0, f1, f2, f3, f4, f5,) = _S_ihqhqh.unpack_from(B, P)
    P += 26
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_InitProducerIdResponse(f0, f1, f2, f3, f4, f5, tf), P


def _e_InitProducerIdResponse_v0(o: InitProducerIdResponse, O: bytearray) -> None:
    if o.ongoing_txn_producer_id != -1:
        raise EncodeError('InitProducerIdResponse.OngoingTxnProducerId is not supported in version 0')
    if o.ongoing_txn_producer_epoch != -1:
        raise EncodeError('InitProducerIdResponse.OngoingTxnProducerEpoch is not supported in version 0')
    O += _S_ihqh.pack(o.throttle_time_ms, o.error_code, o.producer_id, o.producer_epoch)


def _e_InitProducerIdResponse_v1(o: InitProducerIdResponse, O: bytearray) -> None:
    if o.ongoing_txn_producer_id != -1:
        raise EncodeError('InitProducerIdResponse.OngoingTxnProducerId is not supported in version 1')
    if o.ongoing_txn_producer_epoch != -1:
        raise EncodeError('InitProducerIdResponse.OngoingTxnProducerEpoch is not supported in version 1')
    O += _S_ihqh.pack(o.throttle_time_ms, o.error_code, o.producer_id, o.producer_epoch)


def _e_InitProducerIdResponse_v2(o: InitProducerIdResponse, O: bytearray) -> None:
    if o.ongoing_txn_producer_id != -1:
        raise EncodeError('InitProducerIdResponse.OngoingTxnProducerId is not supported in version 2')
    if o.ongoing_txn_producer_epoch != -1:
        raise EncodeError('InitProducerIdResponse.OngoingTxnProducerEpoch is not supported in version 2')
    O += _S_ihqh.pack(o.throttle_time_ms, o.error_code, o.producer_id, o.producer_epoch)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_InitProducerIdResponse_v3(o: InitProducerIdResponse, O: bytearray) -> None:
    if o.ongoing_txn_producer_id != -1:
        raise EncodeError('InitProducerIdResponse.OngoingTxnProducerId is not supported in version 3')
    if o.ongoing_txn_producer_epoch != -1:
        raise EncodeError('InitProducerIdResponse.OngoingTxnProducerEpoch is not supported in version 3')
    O += _S_ihqh.pack(o.throttle_time_ms, o.error_code, o.producer_id, o.producer_epoch)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_InitProducerIdResponse_v4(o: InitProducerIdResponse, O: bytearray) -> None:
    if o.ongoing_txn_producer_id != -1:
        raise EncodeError('InitProducerIdResponse.OngoingTxnProducerId is not supported in version 4')
    if o.ongoing_txn_producer_epoch != -1:
        raise EncodeError('InitProducerIdResponse.OngoingTxnProducerEpoch is not supported in version 4')
    O += _S_ihqh.pack(o.throttle_time_ms, o.error_code, o.producer_id, o.producer_epoch)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_InitProducerIdResponse_v5(o: InitProducerIdResponse, O: bytearray) -> None:
    if o.ongoing_txn_producer_id != -1:
        raise EncodeError('InitProducerIdResponse.OngoingTxnProducerId is not supported in version 5')
    if o.ongoing_txn_producer_epoch != -1:
        raise EncodeError('InitProducerIdResponse.OngoingTxnProducerEpoch is not supported in version 5')
    O += _S_ihqh.pack(o.throttle_time_ms, o.error_code, o.producer_id, o.producer_epoch)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_InitProducerIdResponse_v6(o: InitProducerIdResponse, O: bytearray) -> None:
    O += _S_ihqhqh.pack(o.throttle_time_ms, o.error_code, o.producer_id, o.producer_epoch, o.ongoing_txn_producer_id, o.ongoing_txn_producer_epoch)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


_C_InitProducerIdRequest = InitProducerIdRequest
_DEC_InitProducerIdRequest: dict[int, Decoder[InitProducerIdRequest]] = {
    0: _d_InitProducerIdRequest_v0,
    1: _d_InitProducerIdRequest_v0,
    2: _d_InitProducerIdRequest_v2,
    3: _d_InitProducerIdRequest_v3,
    4: _d_InitProducerIdRequest_v3,
    5: _d_InitProducerIdRequest_v3,
    6: _d_InitProducerIdRequest_v6,
}
_ENC_InitProducerIdRequest: dict[int, Encoder[InitProducerIdRequest]] = {
    0: _e_InitProducerIdRequest_v0,
    1: _e_InitProducerIdRequest_v1,
    2: _e_InitProducerIdRequest_v2,
    3: _e_InitProducerIdRequest_v3,
    4: _e_InitProducerIdRequest_v4,
    5: _e_InitProducerIdRequest_v5,
    6: _e_InitProducerIdRequest_v6,
}
InitProducerIdRequest.FIELDS = (
    FieldInfo('TransactionalId', 'transactional_id', 'string', (0, OPEN), (0, OPEN), None, None, False, 'transactionalId', None, None),
    FieldInfo('TransactionTimeoutMs', 'transaction_timeout_ms', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('ProducerId', 'producer_id', 'int64', (3, OPEN), None, None, None, False, 'producerId', None, None),
    FieldInfo('ProducerEpoch', 'producer_epoch', 'int16', (3, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Enable2Pc', 'enable2_pc', 'bool', (6, OPEN), None, None, None, False, None, None, None),
    FieldInfo('KeepPreparedTxn', 'keep_prepared_txn', 'bool', (6, OPEN), None, None, None, False, None, None, None),
)

_C_InitProducerIdResponse = InitProducerIdResponse
_DEC_InitProducerIdResponse: dict[int, Decoder[InitProducerIdResponse]] = {
    0: _d_InitProducerIdResponse_v0,
    1: _d_InitProducerIdResponse_v0,
    2: _d_InitProducerIdResponse_v2,
    3: _d_InitProducerIdResponse_v2,
    4: _d_InitProducerIdResponse_v2,
    5: _d_InitProducerIdResponse_v2,
    6: _d_InitProducerIdResponse_v6,
}
_ENC_InitProducerIdResponse: dict[int, Encoder[InitProducerIdResponse]] = {
    0: _e_InitProducerIdResponse_v0,
    1: _e_InitProducerIdResponse_v1,
    2: _e_InitProducerIdResponse_v2,
    3: _e_InitProducerIdResponse_v3,
    4: _e_InitProducerIdResponse_v4,
    5: _e_InitProducerIdResponse_v5,
    6: _e_InitProducerIdResponse_v6,
}
InitProducerIdResponse.FIELDS = (
    FieldInfo('ThrottleTimeMs', 'throttle_time_ms', 'int32', (0, OPEN), None, None, None, True, None, None, None),
    FieldInfo('ErrorCode', 'error_code', 'int16', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('ProducerId', 'producer_id', 'int64', (0, OPEN), None, None, None, False, 'producerId', None, None),
    FieldInfo('ProducerEpoch', 'producer_epoch', 'int16', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('OngoingTxnProducerId', 'ongoing_txn_producer_id', 'int64', (6, OPEN), None, None, None, False, 'producerId', None, None),
    FieldInfo('OngoingTxnProducerEpoch', 'ongoing_txn_producer_epoch', 'int16', (6, OPEN), None, None, None, False, None, None, None),
)
