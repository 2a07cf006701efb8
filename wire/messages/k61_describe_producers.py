"""API key 61: DescribeProducers.

GENERATED - DO NOT EDIT. Written by ``python -m wire.generator`` from Apache Kafka 4.1.1's
message definitions (DescribeProducersRequest.json, DescribeProducersResponse.json).
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
_S_qiiqiq = struct.Struct('>qiiqiq')


@dataclass(slots=True)
class DescribeProducersRequest:
    """DescribeProducersRequest (API key 61, versions 0-0).

    Generated from DescribeProducersRequest.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = 61
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    LATEST_VERSION: ClassVar[int] = 0
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
    FLEXIBLE_MIN: ClassVar[int | None] = 0
    #: Who serves this request in Kafka (empty for responses).
    LISTENERS: ClassVar[tuple[str, ...]] = ('broker',)
    FIELDS: ClassVar[tuple[FieldInfo, ...]]

    @dataclass(slots=True)
    class TopicRequest:
        FIELDS: ClassVar[tuple[FieldInfo, ...]]

        #: The topic name.
        name: str = ''
        #: The indexes of the partitions to list producers for.
        partition_indexes: list[int] = field(default_factory=list)
        #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
        unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    #: The topics to list producers for.
    topics: list[DescribeProducersRequest.TopicRequest] = field(default_factory=list)
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> DescribeProducersRequest:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_DescribeProducersRequest, data, version, 'DescribeProducersRequest', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_DescribeProducersRequest, self, version, 'DescribeProducersRequest')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_DescribeProducersRequest, self, version, 'DescribeProducersRequest')


@dataclass(slots=True)
class DescribeProducersResponse:
    """DescribeProducersResponse (API key 61, versions 0-0).

    Generated from DescribeProducersResponse.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = 61
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    LATEST_VERSION: ClassVar[int] = 0
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
    FLEXIBLE_MIN: ClassVar[int | None] = 0
    #: Who serves this request in Kafka (empty for responses).
    LISTENERS: ClassVar[tuple[str, ...]] = ()
    FIELDS: ClassVar[tuple[FieldInfo, ...]]

    @dataclass(slots=True)
    class TopicResponse:
        FIELDS: ClassVar[tuple[FieldInfo, ...]]

        @dataclass(slots=True)
        class PartitionResponse:
            FIELDS: ClassVar[tuple[FieldInfo, ...]]

            @dataclass(slots=True)
            class ProducerState:
                FIELDS: ClassVar[tuple[FieldInfo, ...]]

                #: The producer id.
                producer_id: int = 0
                #: The producer epoch.
                producer_epoch: int = 0
                #: The last sequence number sent by the producer.
                last_sequence: int = -1
                #: The last timestamp sent by the producer.
                last_timestamp: int = -1
                #: The current epoch of the producer group.
                coordinator_epoch: int = 0
                #: The current transaction start offset of the producer.
                current_txn_start_offset: int = -1
                #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
                unknown_tagged_fields: list[tuple[int, bytes]] | None = None

            #: The partition index.
            partition_index: int = 0
            #: The partition error code, or 0 if there was no error.
            error_code: int = 0
            #: The partition error message, which may be null if no additional details are available.
            error_message: str | None = None
            #: The active producers for the partition.
            active_producers: list[DescribeProducersResponse.TopicResponse.PartitionResponse.ProducerState] = field(default_factory=list)
            #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
            unknown_tagged_fields: list[tuple[int, bytes]] | None = None

        #: The topic name.
        name: str = ''
        #: Each partition in the response.
        partitions: list[DescribeProducersResponse.TopicResponse.PartitionResponse] = field(default_factory=list)
        #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
        unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    ProducerState = TopicResponse.PartitionResponse.ProducerState
    PartitionResponse = TopicResponse.PartitionResponse
    #: The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    throttle_time_ms: int = 0
    #: Each topic in the response.
    topics: list[DescribeProducersResponse.TopicResponse] = field(default_factory=list)
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> DescribeProducersResponse:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_DescribeProducersResponse, data, version, 'DescribeProducersResponse', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_DescribeProducersResponse, self, version, 'DescribeProducersResponse')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_DescribeProducersResponse, self, version, 'DescribeProducersResponse')

def _d_DescribeProducersRequest_TopicRequest_v0(B: memoryview, P: int) -> tuple[DescribeProducersRequest.TopicRequest, int]:
    f0, P = read_compact_string(B, P)
    n_f1 = B[P]
    if n_f1 < 0x80:
        P += 1
    else:
        n_f1, P = read_uvarint(B, P)
    n_f1 -= 1
    f1: list[int]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array PartitionIndexes has length {n_f1}')
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
    return _C_DescribeProducersRequest_TopicRequest(f0, f1, tf), P


def _d_DescribeProducersRequest_v0(B: memoryview, P: int) -> tuple[DescribeProducersRequest, int]:
    n_f0 = B[P]
    if n_f0 < 0x80:
        P += 1
    else:
        n_f0, P = read_uvarint(B, P)
    n_f0 -= 1
    f0: list[DescribeProducersRequest.TopicRequest]
    if n_f0 < 0:
        raise DecodeError(f'non-nullable array Topics has length {n_f0}')
    else:
        if n_f0 > len(B) - P:
            raise DecodeError(f'array length {n_f0} exceeds the buffer')
        f0 = []
        for _ in range(n_f0):
            e_f0, P = _d_DescribeProducersRequest_TopicRequest_v0(B, P)
            f0.append(e_f0)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_DescribeProducersRequest(f0, tf), P


def _e_DescribeProducersRequest_TopicRequest_v0(o: DescribeProducersRequest.TopicRequest, O: bytearray) -> None:
    write_compact_string(O, o.name)
    a1 = o.partition_indexes
    if a1 is None:
        raise EncodeError('non-nullable array PartitionIndexes is None')
    write_uvarint(O, len(a1) + 1)
    O += struct.pack('>%di' % len(a1), *a1)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_DescribeProducersRequest_v0(o: DescribeProducersRequest, O: bytearray) -> None:
    a0 = o.topics
    if a0 is None:
        raise EncodeError('non-nullable array Topics is None')
    write_uvarint(O, len(a0) + 1)
    for e_a0 in a0:
        _e_DescribeProducersRequest_TopicRequest_v0(e_a0, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _d_DescribeProducersResponse_TopicResponse_PartitionResponse_ProducerState_v0(B: memoryview, P: int) -> tuple[DescribeProducersResponse.TopicResponse.PartitionResponse.ProducerState, int]:
    (f0, f1, f2, f3, f4, f5,) = _S_qiiqiq.unpack_from(B, P)
    P += 36
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_DescribeProducersResponse_TopicResponse_PartitionResponse_ProducerState(f0, f1, f2, f3, f4, f5, tf), P


def _d_DescribeProducersResponse_TopicResponse_PartitionResponse_v0(B: memoryview, P: int) -> tuple[DescribeProducersResponse.TopicResponse.PartitionResponse, int]:
    (f0, f1,) = _S_ih.unpack_from(B, P)
    P += 6
    f2, P = read_compact_nullable_string(B, P)
    n_f3 = B[P]
    if n_f3 < 0x80:
        P += 1
    else:
        n_f3, P = read_uvarint(B, P)
    n_f3 -= 1
    f3: list[DescribeProducersResponse.TopicResponse.PartitionResponse.ProducerState]
    if n_f3 < 0:
        raise DecodeError(f'non-nullable array ActiveProducers has length {n_f3}')
    else:
        if n_f3 > len(B) - P:
            raise DecodeError(f'array length {n_f3} exceeds the buffer')
        f3 = []
        for _ in range(n_f3):
            e_f3, P = _d_DescribeProducersResponse_TopicResponse_PartitionResponse_ProducerState_v0(B, P)
            f3.append(e_f3)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_DescribeProducersResponse_TopicResponse_PartitionResponse(f0, f1, f2, f3, tf), P


def _d_DescribeProducersResponse_TopicResponse_v0(B: memoryview, P: int) -> tuple[DescribeProducersResponse.TopicResponse, int]:
    f0, P = read_compact_string(B, P)
    n_f1 = B[P]
    if n_f1 < 0x80:
        P += 1
    else:
        n_f1, P = read_uvarint(B, P)
    n_f1 -= 1
    f1: list[DescribeProducersResponse.TopicResponse.PartitionResponse]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Partitions has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_DescribeProducersResponse_TopicResponse_PartitionResponse_v0(B, P)
            f1.append(e_f1)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_DescribeProducersResponse_TopicResponse(f0, f1, tf), P


def _d_DescribeProducersResponse_v0(B: memoryview, P: int) -> tuple[DescribeProducersResponse, int]:
    (f0,) = _S_i.unpack_from(B, P)
    P += 4
    n_f1 = B[P]
    if n_f1 < 0x80:
        P += 1
    else:
        n_f1, P = read_uvarint(B, P)
    n_f1 -= 1
    f1: list[DescribeProducersResponse.TopicResponse]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Topics has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_DescribeProducersResponse_TopicResponse_v0(B, P)
            f1.append(e_f1)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_DescribeProducersResponse(f0, f1, tf), P


def _e_DescribeProducersResponse_TopicResponse_PartitionResponse_ProducerState_v0(o: DescribeProducersResponse.TopicResponse.PartitionResponse.ProducerState, O: bytearray) -> None:
    O += _S_qiiqiq.pack(o.producer_id, o.producer_epoch, o.last_sequence, o.last_timestamp, o.coordinator_epoch, o.current_txn_start_offset)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_DescribeProducersResponse_TopicResponse_PartitionResponse_v0(o: DescribeProducersResponse.TopicResponse.PartitionResponse, O: bytearray) -> None:
    O += _S_ih.pack(o.partition_index, o.error_code)
    write_compact_nullable_string(O, o.error_message)
    a3 = o.active_producers
    if a3 is None:
        raise EncodeError('non-nullable array ActiveProducers is None')
    write_uvarint(O, len(a3) + 1)
    for e_a3 in a3:
        _e_DescribeProducersResponse_TopicResponse_PartitionResponse_ProducerState_v0(e_a3, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_DescribeProducersResponse_TopicResponse_v0(o: DescribeProducersResponse.TopicResponse, O: bytearray) -> None:
    write_compact_string(O, o.name)
    a1 = o.partitions
    if a1 is None:
        raise EncodeError('non-nullable array Partitions is None')
    write_uvarint(O, len(a1) + 1)
    for e_a1 in a1:
        _e_DescribeProducersResponse_TopicResponse_PartitionResponse_v0(e_a1, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_DescribeProducersResponse_v0(o: DescribeProducersResponse, O: bytearray) -> None:
    O += _S_i.pack(o.throttle_time_ms)
    a1 = o.topics
    if a1 is None:
        raise EncodeError('non-nullable array Topics is None')
    write_uvarint(O, len(a1) + 1)
    for e_a1 in a1:
        _e_DescribeProducersResponse_TopicResponse_v0(e_a1, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


_C_DescribeProducersRequest = DescribeProducersRequest
_C_DescribeProducersRequest_TopicRequest = DescribeProducersRequest.TopicRequest
_DEF_C_DescribeProducersRequest_TopicRequest = _C_DescribeProducersRequest_TopicRequest()
_DEC_DescribeProducersRequest: dict[int, Decoder[DescribeProducersRequest]] = {
    0: _d_DescribeProducersRequest_v0,
}
_ENC_DescribeProducersRequest: dict[int, Encoder[DescribeProducersRequest]] = {
    0: _e_DescribeProducersRequest_v0,
}
DescribeProducersRequest.FIELDS = (
    FieldInfo('Topics', 'topics', '[]TopicRequest', (0, OPEN), None, None, None, False, None, None, _C_DescribeProducersRequest_TopicRequest),
)
DescribeProducersRequest.TopicRequest.FIELDS = (
    FieldInfo('Name', 'name', 'string', (0, OPEN), None, None, None, False, 'topicName', None, None),
    FieldInfo('PartitionIndexes', 'partition_indexes', '[]int32', (0, OPEN), None, None, None, False, None, None, None),
)

_C_DescribeProducersResponse = DescribeProducersResponse
_C_DescribeProducersResponse_TopicResponse = DescribeProducersResponse.TopicResponse
_C_DescribeProducersResponse_TopicResponse_PartitionResponse = DescribeProducersResponse.TopicResponse.PartitionResponse
_C_DescribeProducersResponse_TopicResponse_PartitionResponse_ProducerState = DescribeProducersResponse.TopicResponse.PartitionResponse.ProducerState
_DEF_C_DescribeProducersResponse_TopicResponse = _C_DescribeProducersResponse_TopicResponse()
_DEF_C_DescribeProducersResponse_TopicResponse_PartitionResponse = _C_DescribeProducersResponse_TopicResponse_PartitionResponse()
_DEF_C_DescribeProducersResponse_TopicResponse_PartitionResponse_ProducerState = _C_DescribeProducersResponse_TopicResponse_PartitionResponse_ProducerState()
_DEC_DescribeProducersResponse: dict[int, Decoder[DescribeProducersResponse]] = {
    0: _d_DescribeProducersResponse_v0,
}
_ENC_DescribeProducersResponse: dict[int, Encoder[DescribeProducersResponse]] = {
    0: _e_DescribeProducersResponse_v0,
}
DescribeProducersResponse.FIELDS = (
    FieldInfo('ThrottleTimeMs', 'throttle_time_ms', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Topics', 'topics', '[]TopicResponse', (0, OPEN), None, None, None, False, None, None, _C_DescribeProducersResponse_TopicResponse),
)
DescribeProducersResponse.TopicResponse.FIELDS = (
    FieldInfo('Name', 'name', 'string', (0, OPEN), None, None, None, False, 'topicName', None, None),
    FieldInfo('Partitions', 'partitions', '[]PartitionResponse', (0, OPEN), None, None, None, False, None, None, _C_DescribeProducersResponse_TopicResponse_PartitionResponse),
)
DescribeProducersResponse.TopicResponse.PartitionResponse.FIELDS = (
    FieldInfo('PartitionIndex', 'partition_index', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('ErrorCode', 'error_code', 'int16', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('ErrorMessage', 'error_message', 'string', (0, OPEN), (0, OPEN), None, None, False, None, None, None),
    FieldInfo('ActiveProducers', 'active_producers', '[]ProducerState', (0, OPEN), None, None, None, False, None, None, _C_DescribeProducersResponse_TopicResponse_PartitionResponse_ProducerState),
)
DescribeProducersResponse.TopicResponse.PartitionResponse.ProducerState.FIELDS = (
    FieldInfo('ProducerId', 'producer_id', 'int64', (0, OPEN), None, None, None, False, 'producerId', None, None),
    FieldInfo('ProducerEpoch', 'producer_epoch', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('LastSequence', 'last_sequence', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('LastTimestamp', 'last_timestamp', 'int64', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('CoordinatorEpoch', 'coordinator_epoch', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('CurrentTxnStartOffset', 'current_txn_start_offset', 'int64', (0, OPEN), None, None, None, False, None, None, None),
)
