"""API key 65: DescribeTransactions.

GENERATED - DO NOT EDIT. Written by ``python -m wire.generator`` from Apache Kafka 4.1.1's
message definitions (DescribeTransactionsRequest.json, DescribeTransactionsResponse.json).
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
_S_i = struct.Struct('>i')
_S_iqqh = struct.Struct('>iqqh')


@dataclass(slots=True)
class DescribeTransactionsRequest:
    """DescribeTransactionsRequest (API key 65, versions 0-0).

    Generated from DescribeTransactionsRequest.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = 65
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    LATEST_VERSION: ClassVar[int] = 0
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
    FLEXIBLE_MIN: ClassVar[int | None] = 0
    #: Who serves this request in Kafka (empty for responses).
    LISTENERS: ClassVar[tuple[str, ...]] = ('broker',)
    FIELDS: ClassVar[tuple[FieldInfo, ...]]

    #: Array of transactionalIds to include in describe results. If empty, then no results will be returned.
    transactional_ids: list[str] = field(default_factory=list)
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> DescribeTransactionsRequest:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_DescribeTransactionsRequest, data, version, 'DescribeTransactionsRequest', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_DescribeTransactionsRequest, self, version, 'DescribeTransactionsRequest')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_DescribeTransactionsRequest, self, version, 'DescribeTransactionsRequest')


@dataclass(slots=True)
class DescribeTransactionsResponse:
    """DescribeTransactionsResponse (API key 65, versions 0-0).

    Generated from DescribeTransactionsResponse.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = 65
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    LATEST_VERSION: ClassVar[int] = 0
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
    FLEXIBLE_MIN: ClassVar[int | None] = 0
    #: Who serves this request in Kafka (empty for responses).
    LISTENERS: ClassVar[tuple[str, ...]] = ()
    FIELDS: ClassVar[tuple[FieldInfo, ...]]

    @dataclass(slots=True)
    class TransactionState:
        FIELDS: ClassVar[tuple[FieldInfo, ...]]

        @dataclass(slots=True)
        class TopicData:
            FIELDS: ClassVar[tuple[FieldInfo, ...]]

            #: The topic name.
            topic: str = ''
            #: The partition ids included in the current transaction.
            partitions: list[int] = field(default_factory=list)
            #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
            unknown_tagged_fields: list[tuple[int, bytes]] | None = None

        #: The error code.
        error_code: int = 0
        #: The transactional id.
        transactional_id: str = ''
        #: The current transaction state of the producer.
        transaction_state: str = ''
        #: The timeout in milliseconds for the transaction.
        transaction_timeout_ms: int = 0
        #: The start time of the transaction in milliseconds.
        transaction_start_time_ms: int = 0
        #: The current producer id associated with the transaction.
        producer_id: int = 0
        #: The current epoch associated with the producer id.
        producer_epoch: int = 0
        #: The set of partitions included in the current transaction (if active). When a transaction is preparing to commit or abort, this will include only partitions which do not have markers.
        topics: list[DescribeTransactionsResponse.TransactionState.TopicData] = field(default_factory=list)
        #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
        unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    TopicData = TransactionState.TopicData
    #: The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    throttle_time_ms: int = 0
    #: The current state of the transaction.
    transaction_states: list[DescribeTransactionsResponse.TransactionState] = field(default_factory=list)
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> DescribeTransactionsResponse:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_DescribeTransactionsResponse, data, version, 'DescribeTransactionsResponse', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_DescribeTransactionsResponse, self, version, 'DescribeTransactionsResponse')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_DescribeTransactionsResponse, self, version, 'DescribeTransactionsResponse')

def _d_DescribeTransactionsRequest_v0(B: memoryview, P: int) -> tuple[DescribeTransactionsRequest, int]:
    n_f0 = B[P]
    if n_f0 < 0x80:
        P += 1
    else:
        n_f0, P = read_uvarint(B, P)
    n_f0 -= 1
    f0: list[str]
    if n_f0 < 0:
        raise DecodeError(f'non-nullable array TransactionalIds has length {n_f0}')
    else:
        if n_f0 > len(B) - P:
            raise DecodeError(f'array length {n_f0} exceeds the buffer')
        f0 = []
        for _ in range(n_f0):
            e_f0, P = read_compact_string(B, P)
            f0.append(e_f0)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_DescribeTransactionsRequest(f0, tf), P


def _e_DescribeTransactionsRequest_v0(o: DescribeTransactionsRequest, O: bytearray) -> None:
    a0 = o.transactional_ids
    if a0 is None:
        raise EncodeError('non-nullable array TransactionalIds is None')
    write_uvarint(O, len(a0) + 1)
    for e_a0 in a0:
        write_compact_string(O, e_a0)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _d_DescribeTransactionsResponse_TransactionState_TopicData_v0(B: memoryview, P: int) -> tuple[DescribeTransactionsResponse.TransactionState.TopicData, int]:
    f0, P = read_compact_string(B, P)
    n_f1 = B[P]
    if n_f1 < 0x80:
        P += 1
    else:
        n_f1, P = read_uvarint(B, P)
    n_f1 -= 1
    f1: list[int]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Partitions has length {n_f1}')
    else:
        check_count(n_f1, B, P)
        f1 = list(struct.unpack_from('>%di' % n_f1, B, P))
        P += n_f1 * 4
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_DescribeTransactionsResponse_TransactionState_TopicData(f0, f1, tf), P


def _d_DescribeTransactionsResponse_TransactionState_v0(B: memoryview, P: int) -> tuple[DescribeTransactionsResponse.TransactionState, int]:
    (f0,) = _S_h.unpack_from(B, P)
    P += 2
    f1, P = read_compact_string(B, P)
    f2, P = read_compact_string(B, P)
    (f3, f4, f5, f6,) = _S_iqqh.unpack_from(B, P)
    P += 22
    n_f7 = B[P]
    if n_f7 < 0x80:
        P += 1
    else:
        n_f7, P = read_uvarint(B, P)
    n_f7 -= 1
    f7: list[DescribeTransactionsResponse.TransactionState.TopicData]
    if n_f7 < 0:
        raise DecodeError(f'non-nullable array Topics has length {n_f7}')
    else:
        if n_f7 > len(B) - P:
            raise DecodeError(f'array length {n_f7} exceeds the buffer')
        f7 = []
        for _ in range(n_f7):
            e_f7, P = _d_DescribeTransactionsResponse_TransactionState_TopicData_v0(B, P)
            f7.append(e_f7)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_DescribeTransactionsResponse_TransactionState(f0, f1, f2, f3, f4, f5, f6, f7, tf), P


def _d_DescribeTransactionsResponse_v0(B: memoryview, P: int) -> tuple[DescribeTransactionsResponse, int]:
    (f0,) = _S_i.unpack_from(B, P)
    P += 4
    n_f1 = B[P]
    if n_f1 < 0x80:
        P += 1
    else:
        n_f1, P = read_uvarint(B, P)
    n_f1 -= 1
    f1: list[DescribeTransactionsResponse.TransactionState]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array TransactionStates has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_DescribeTransactionsResponse_TransactionState_v0(B, P)
            f1.append(e_f1)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_DescribeTransactionsResponse(f0, f1, tf), P


def _e_DescribeTransactionsResponse_TransactionState_TopicData_v0(o: DescribeTransactionsResponse.TransactionState.TopicData, O: bytearray) -> None:
    write_compact_string(O, o.topic)
    a1 = o.partitions
    if a1 is None:
        raise EncodeError('non-nullable array Partitions is None')
    write_uvarint(O, len(a1) + 1)
    O += struct.pack('>%di' % len(a1), *a1)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_DescribeTransactionsResponse_TransactionState_v0(o: DescribeTransactionsResponse.TransactionState, O: bytearray) -> None:
    O += _S_h.pack(o.error_code)
    write_compact_string(O, o.transactional_id)
    write_compact_string(O, o.transaction_state)
    O += _S_iqqh.pack(o.transaction_timeout_ms, o.transaction_start_time_ms, o.producer_id, o.producer_epoch)
    a7 = o.topics
    if a7 is None:
        raise EncodeError('non-nullable array Topics is None')
    write_uvarint(O, len(a7) + 1)
    for e_a7 in a7:
        _e_DescribeTransactionsResponse_TransactionState_TopicData_v0(e_a7, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_DescribeTransactionsResponse_v0(o: DescribeTransactionsResponse, O: bytearray) -> None:
    O += _S_i.pack(o.throttle_time_ms)
    a1 = o.transaction_states
    if a1 is None:
        raise EncodeError('non-nullable array TransactionStates is None')
    write_uvarint(O, len(a1) + 1)
    for e_a1 in a1:
        _e_DescribeTransactionsResponse_TransactionState_v0(e_a1, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


_C_DescribeTransactionsRequest = DescribeTransactionsRequest
_DEC_DescribeTransactionsRequest: dict[int, Decoder[DescribeTransactionsRequest]] = {
    0: _d_DescribeTransactionsRequest_v0,
}
_ENC_DescribeTransactionsRequest: dict[int, Encoder[DescribeTransactionsRequest]] = {
    0: _e_DescribeTransactionsRequest_v0,
}
DescribeTransactionsRequest.FIELDS = (
    FieldInfo('TransactionalIds', 'transactional_ids', '[]string', (0, OPEN), None, None, None, False, 'transactionalId', None, None),
)

_C_DescribeTransactionsResponse = DescribeTransactionsResponse
_C_DescribeTransactionsResponse_TransactionState = DescribeTransactionsResponse.TransactionState
_C_DescribeTransactionsResponse_TransactionState_TopicData = DescribeTransactionsResponse.TransactionState.TopicData
_DEF_C_DescribeTransactionsResponse_TransactionState = _C_DescribeTransactionsResponse_TransactionState()
_DEF_C_DescribeTransactionsResponse_TransactionState_TopicData = _C_DescribeTransactionsResponse_TransactionState_TopicData()
_DEC_DescribeTransactionsResponse: dict[int, Decoder[DescribeTransactionsResponse]] = {
    0: _d_DescribeTransactionsResponse_v0,
}
_ENC_DescribeTransactionsResponse: dict[int, Encoder[DescribeTransactionsResponse]] = {
    0: _e_DescribeTransactionsResponse_v0,
}
DescribeTransactionsResponse.FIELDS = (
    FieldInfo('ThrottleTimeMs', 'throttle_time_ms', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('TransactionStates', 'transaction_states', '[]TransactionState', (0, OPEN), None, None, None, False, None, None, _C_DescribeTransactionsResponse_TransactionState),
)
DescribeTransactionsResponse.TransactionState.FIELDS = (
    FieldInfo('ErrorCode', 'error_code', 'int16', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('TransactionalId', 'transactional_id', 'string', (0, OPEN), None, None, None, False, 'transactionalId', None, None),
    FieldInfo('TransactionState', 'transaction_state', 'string', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('TransactionTimeoutMs', 'transaction_timeout_ms', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('TransactionStartTimeMs', 'transaction_start_time_ms', 'int64', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('ProducerId', 'producer_id', 'int64', (0, OPEN), None, None, None, False, 'producerId', None, None),
    FieldInfo('ProducerEpoch', 'producer_epoch', 'int16', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Topics', 'topics', '[]TopicData', (0, OPEN), None, None, None, False, None, None, _C_DescribeTransactionsResponse_TransactionState_TopicData),
)
DescribeTransactionsResponse.TransactionState.TopicData.FIELDS = (
    FieldInfo('Topic', 'topic', 'string', (0, OPEN), None, None, None, False, 'topicName', None, None),
    FieldInfo('Partitions', 'partitions', '[]int32', (0, OPEN), None, None, None, False, None, None, None),
)
