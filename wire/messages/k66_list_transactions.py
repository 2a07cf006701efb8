"""API key 66: ListTransactions.

GENERATED - DO NOT EDIT. Written by ``python -m wire.generator`` from Apache Kafka 4.1.1's
message definitions (ListTransactionsRequest.json, ListTransactionsResponse.json).
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
_S_q = struct.Struct('>q')


@dataclass(slots=True)
class ListTransactionsRequest:
    """ListTransactionsRequest (API key 66, versions 0-2).

    Generated from ListTransactionsRequest.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = 66
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 2
    LATEST_VERSION: ClassVar[int] = 2
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
    FLEXIBLE_MIN: ClassVar[int | None] = 0
    #: Who serves this request in Kafka (empty for responses).
    LISTENERS: ClassVar[tuple[str, ...]] = ('broker',)
    FIELDS: ClassVar[tuple[FieldInfo, ...]]

    #: The transaction states to filter by: if empty, all transactions are returned; if non-empty, then only transactions matching one of the filtered states will be returned.
    state_filters: list[str] = field(default_factory=list)
    #: The producerIds to filter by: if empty, all transactions will be returned; if non-empty, only transactions which match one of the filtered producerIds will be returned.
    producer_id_filters: list[int] = field(default_factory=list)
    #: Duration (in millis) to filter by: if < 0, all transactions will be returned; otherwise, only transactions running longer than this duration will be returned.
    duration_filter: int = -1
    #: The transactional ID regular expression pattern to filter by: if it is empty or null, all transactions are returned; Otherwise then only the transactions matching the given regular expression will be returned.
    transactional_id_pattern: str | None = None
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> ListTransactionsRequest:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_ListTransactionsRequest, data, version, 'ListTransactionsRequest', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_ListTransactionsRequest, self, version, 'ListTransactionsRequest')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_ListTransactionsRequest, self, version, 'ListTransactionsRequest')


@dataclass(slots=True)
class ListTransactionsResponse:
    """ListTransactionsResponse (API key 66, versions 0-2).

    Generated from ListTransactionsResponse.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = 66
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 2
    LATEST_VERSION: ClassVar[int] = 2
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
    FLEXIBLE_MIN: ClassVar[int | None] = 0
    #: Who serves this request in Kafka (empty for responses).
    LISTENERS: ClassVar[tuple[str, ...]] = ()
    FIELDS: ClassVar[tuple[FieldInfo, ...]]

    @dataclass(slots=True)
    class TransactionState:
        FIELDS: ClassVar[tuple[FieldInfo, ...]]

        #: The transactional id.
        transactional_id: str = ''
        #: The producer id.
        producer_id: int = 0
        #: The current transaction state of the producer.
        transaction_state: str = ''
        #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
        unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    #: The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    throttle_time_ms: int = 0
    #: The error code, or 0 if there was no error.
    error_code: int = 0
    #: Set of state filters provided in the request which were unknown to the transaction coordinator.
    unknown_state_filters: list[str] = field(default_factory=list)
    #: The current state of the transaction for the transactional id.
    transaction_states: list[ListTransactionsResponse.TransactionState] = field(default_factory=list)
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> ListTransactionsResponse:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_ListTransactionsResponse, data, version, 'ListTransactionsResponse', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_ListTransactionsResponse, self, version, 'ListTransactionsResponse')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_ListTransactionsResponse, self, version, 'ListTransactionsResponse')

def _d_ListTransactionsRequest_v0(B: memoryview, P: int) -> tuple[ListTransactionsRequest, int]:
    n_f0 = B[P]
    if n_f0 < 0x80:
        P += 1
    else:
        n_f0, P = read_uvarint(B, P)
    n_f0 -= 1
    f0: list[str]
    if n_f0 < 0:
        raise DecodeError(f'non-nullable array StateFilters has length {n_f0}')
    else:
        if n_f0 > len(B) - P:
            raise DecodeError(f'array length {n_f0} exceeds the buffer')
        f0 = []
        for _ in range(n_f0):
            e_f0, P = read_compact_string(B, P)
            f0.append(e_f0)
    n_f1 = B[P]
    if n_f1 < 0x80:
        P += 1
    else:
        n_f1, P = read_uvarint(B, P)
    n_f1 -= 1
    f1: list[int]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array ProducerIdFilters has length {n_f1}')
    else:
        check_count(n_f1, B, P)
        f1 = list(struct.unpack_from('>%dq' % n_f1, B, P))
        P += n_f1 * 8
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_ListTransactionsRequest(f0, f1, -1, None, tf), P


def _d_ListTransactionsRequest_v1(B: memoryview, P: int) -> tuple[ListTransactionsRequest, int]:
    n_f0 = B[P]
    if n_f0 < 0x80:
        P += 1
    else:
        n_f0, P = read_uvarint(B, P)
    n_f0 -= 1
    f0: list[str]
    if n_f0 < 0:
        raise DecodeError(f'non-nullable array StateFilters has length {n_f0}')
    else:
        if n_f0 > len(B) - P:
            raise DecodeError(f'array length {n_f0} exceeds the buffer')
        f0 = []
        for _ in range(n_f0):
            e_f0, P = read_compact_string(B, P)
            f0.append(e_f0)
    n_f1 = B[P]
    if n_f1 < 0x80:
        P += 1
    else:
        n_f1, P = read_uvarint(B, P)
    n_f1 -= 1
    f1: list[int]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array ProducerIdFilters has length {n_f1}')
    else:
        check_count(n_f1, B, P)
        f1 = list(struct.unpack_from('>%dq' % n_f1, B, P))
        P += n_f1 * 8
    (f2,) = _S_q.unpack_from(B, P)
    P += 8
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_ListTransactionsRequest(f0, f1, f2, None, tf), P


def _d_ListTransactionsRequest_v2(B: memoryview, P: int) -> tuple[ListTransactionsRequest, int]:
    n_f0 = B[P]
    if n_f0 < 0x80:
        P += 1
    else:
        n_f0, P = read_uvarint(B, P)
    n_f0 -= 1
    f0: list[str]
    if n_f0 < 0:
        raise DecodeError(f'non-nullable array StateFilters has length {n_f0}')
    else:
        if n_f0 > len(B) - P:
            raise DecodeError(f'array length {n_f0} exceeds the buffer')
        f0 = []
        for _ in range(n_f0):
            e_f0, P = read_compact_string(B, P)
            f0.append(e_f0)
    n_f1 = B[P]
    if n_f1 < 0x80:
        P += 1
    else:
        n_f1, P = read_uvarint(B, P)
    n_f1 -= 1
    f1: list[int]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array ProducerIdFilters has length {n_f1}')
    else:
        check_count(n_f1, B, P)
        f1 = list(struct.unpack_from('>%dq' % n_f1, B, P))
        P += n_f1 * 8
    (f2,) = _S_q.unpack_from(B, P)
    P += 8
    f3, P = read_compact_nullable_string(B, P)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_ListTransactionsRequest(f0, f1, f2, f3, tf), P


def _e_ListTransactionsRequest_v0(o: ListTransactionsRequest, O: bytearray) -> None:
    if o.duration_filter != -1:
        raise EncodeError('ListTransactionsRequest.DurationFilter is not supported in version 0')
    if o.transactional_id_pattern is not None:
        raise EncodeError('ListTransactionsRequest.TransactionalIdPattern is not supported in version 0')
    a0 = o.state_filters
    if a0 is None:
        raise EncodeError('non-nullable array StateFilters is None')
    write_uvarint(O, len(a0) + 1)
    for e_a0 in a0:
        write_compact_string(O, e_a0)
    a1 = o.producer_id_filters
    if a1 is None:
        raise EncodeError('non-nullable array ProducerIdFilters is None')
    write_uvarint(O, len(a1) + 1)
    O += struct.pack('>%dq' % len(a1), *a1)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_ListTransactionsRequest_v1(o: ListTransactionsRequest, O: bytearray) -> None:
    if o.transactional_id_pattern is not None:
        raise EncodeError('ListTransactionsRequest.TransactionalIdPattern is not supported in version 1')
    a0 = o.state_filters
    if a0 is None:
        raise EncodeError('non-nullable array StateFilters is None')
    write_uvarint(O, len(a0) + 1)
    for e_a0 in a0:
        write_compact_string(O, e_a0)
    a1 = o.producer_id_filters
    if a1 is None:
        raise EncodeError('non-nullable array ProducerIdFilters is None')
    write_uvarint(O, len(a1) + 1)
    O += struct.pack('>%dq' % len(a1), *a1)
    O += _S_q.pack(o.duration_filter)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_ListTransactionsRequest_v2(o: ListTransactionsRequest, O: bytearray) -> None:
    a0 = o.state_filters
    if a0 is None:
        raise EncodeError('non-nullable array StateFilters is None')
    write_uvarint(O, len(a0) + 1)
    for e_a0 in a0:
        write_compact_string(O, e_a0)
    a1 = o.producer_id_filters
    if a1 is None:
        raise EncodeError('non-nullable array ProducerIdFilters is None')
    write_uvarint(O, len(a1) + 1)
    O += struct.pack('>%dq' % len(a1), *a1)
    O += _S_q.pack(o.duration_filter)
    write_compact_nullable_string(O, o.transactional_id_pattern)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _d_ListTransactionsResponse_TransactionState_v0(B: memoryview, P: int) -> tuple[ListTransactionsResponse.TransactionState, int]:
    f0, P = read_compact_string(B, P)
    (f1,) = _S_q.unpack_from(B, P)
    P += 8
    f2, P = read_compact_string(B, P)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_ListTransactionsResponse_TransactionState(f0, f1, f2, tf), P


def _d_ListTransactionsResponse_v0(B: memoryview, P: int) -> tuple[ListTransactionsResponse, int]:
    (f0, f1,) = _S_ih.unpack_from(B, P)
    P += 6
    n_f2 = B[P]
    if n_f2 < 0x80:
        P += 1
    else:
        n_f2, P = read_uvarint(B, P)
    n_f2 -= 1
    f2: list[str]
    if n_f2 < 0:
        raise DecodeError(f'non-nullable array UnknownStateFilters has length {n_f2}')
    else:
        if n_f2 > len(B) - P:
            raise DecodeError(f'array length {n_f2} exceeds the buffer')
        f2 = []
        for _ in range(n_f2):
            e_f2, P = read_compact_string(B, P)
            f2.append(e_f2)
    n_f3 = B[P]
    if n_f3 < 0x80:
        P += 1
    else:
        n_f3, P = read_uvarint(B, P)
    n_f3 -= 1
    f3: list[ListTransactionsResponse.TransactionState]
    if n_f3 < 0:
        raise DecodeError(f'non-nullable array TransactionStates has length {n_f3}')
    else:
        if n_f3 > len(B) - P:
            raise DecodeError(f'array length {n_f3} exceeds the buffer')
        f3 = []
        for _ in range(n_f3):
            e_f3, P = _d_ListTransactionsResponse_TransactionState_v0(B, P)
            f3.append(e_f3)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_ListTransactionsResponse(f0, f1, f2, f3, tf), P


def _e_ListTransactionsResponse_TransactionState_v0(o: ListTransactionsResponse.TransactionState, O: bytearray) -> None:
    write_compact_string(O, o.transactional_id)
    O += _S_q.pack(o.producer_id)
    write_compact_string(O, o.transaction_state)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_ListTransactionsResponse_v0(o: ListTransactionsResponse, O: bytearray) -> None:
    O += _S_ih.pack(o.throttle_time_ms, o.error_code)
    a2 = o.unknown_state_filters
    if a2 is None:
        raise EncodeError('non-nullable array UnknownStateFilters is None')
    write_uvarint(O, len(a2) + 1)
    for e_a2 in a2:
        write_compact_string(O, e_a2)
    a3 = o.transaction_states
    if a3 is None:
        raise EncodeError('non-nullable array TransactionStates is None')
    write_uvarint(O, len(a3) + 1)
    for e_a3 in a3:
        _e_ListTransactionsResponse_TransactionState_v0(e_a3, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


_C_ListTransactionsRequest = ListTransactionsRequest
_DEC_ListTransactionsRequest: dict[int, Decoder[ListTransactionsRequest]] = {
    0: _d_ListTransactionsRequest_v0,
    1: _d_ListTransactionsRequest_v1,
    2: _d_ListTransactionsRequest_v2,
}
_ENC_ListTransactionsRequest: dict[int, Encoder[ListTransactionsRequest]] = {
    0: _e_ListTransactionsRequest_v0,
    1: _e_ListTransactionsRequest_v1,
    2: _e_ListTransactionsRequest_v2,
}
ListTransactionsRequest.FIELDS = (
    FieldInfo('StateFilters', 'state_filters', '[]string', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('ProducerIdFilters', 'producer_id_filters', '[]int64', (0, OPEN), None, None, None, False, 'producerId', None, None),
    FieldInfo('DurationFilter', 'duration_filter', 'int64', (1, OPEN), None, None, None, False, None, None, None),
    FieldInfo('TransactionalIdPattern', 'transactional_id_pattern', 'string', (2, OPEN), (2, OPEN), None, None, False, None, None, None),
)

_C_ListTransactionsResponse = ListTransactionsResponse
_C_ListTransactionsResponse_TransactionState = ListTransactionsResponse.TransactionState
_DEF_C_ListTransactionsResponse_TransactionState = _C_ListTransactionsResponse_TransactionState()
_DEC_ListTransactionsResponse: dict[int, Decoder[ListTransactionsResponse]] = {
    0: _d_ListTransactionsResponse_v0,
    1: _d_ListTransactionsResponse_v0,
    2: _d_ListTransactionsResponse_v0,
}
_ENC_ListTransactionsResponse: dict[int, Encoder[ListTransactionsResponse]] = {
    0: _e_ListTransactionsResponse_v0,
    1: _e_ListTransactionsResponse_v0,
    2: _e_ListTransactionsResponse_v0,
}
ListTransactionsResponse.FIELDS = (
    FieldInfo('ThrottleTimeMs', 'throttle_time_ms', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('ErrorCode', 'error_code', 'int16', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('UnknownStateFilters', 'unknown_state_filters', '[]string', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('TransactionStates', 'transaction_states', '[]TransactionState', (0, OPEN), None, None, None, False, None, None, _C_ListTransactionsResponse_TransactionState),
)
ListTransactionsResponse.TransactionState.FIELDS = (
    FieldInfo('TransactionalId', 'transactional_id', 'string', (0, OPEN), None, None, None, False, 'transactionalId', None, None),
    FieldInfo('ProducerId', 'producer_id', 'int64', (0, OPEN), None, None, None, False, 'producerId', None, None),
    FieldInfo('TransactionState', 'transaction_state', 'string', (0, OPEN), None, None, None, False, None, None, None),
)
