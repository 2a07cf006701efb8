"""API key 27: WriteTxnMarkers.

GENERATED - DO NOT EDIT. Written by ``python -m wire.generator`` from Apache Kafka 4.1.1's
message definitions (WriteTxnMarkersRequest.json, WriteTxnMarkersResponse.json).
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
_S_q = struct.Struct('>q')
_S_qho = struct.Struct('>qh?')


@dataclass(slots=True)
class WriteTxnMarkersRequest:
    """WriteTxnMarkersRequest (API key 27, versions 1-1).

    Generated from WriteTxnMarkersRequest.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = 27
    MIN_VERSION: ClassVar[int] = 1
    MAX_VERSION: ClassVar[int] = 1
    LATEST_VERSION: ClassVar[int] = 1
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
    FLEXIBLE_MIN: ClassVar[int | None] = 1
    #: Who serves this request in Kafka (empty for responses).
    LISTENERS: ClassVar[tuple[str, ...]] = ('broker',)
    FIELDS: ClassVar[tuple[FieldInfo, ...]]

    @dataclass(slots=True)
    class WritableTxnMarker:
        FIELDS: ClassVar[tuple[FieldInfo, ...]]

        @dataclass(slots=True)
        class WritableTxnMarkerTopic:
            FIELDS: ClassVar[tuple[FieldInfo, ...]]

            #: The topic name.
            name: str = ''
            #: The indexes of the partitions to write transaction markers for.
            partition_indexes: list[int] = field(default_factory=list)
            #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
            unknown_tagged_fields: list[tuple[int, bytes]] | None = None

        #: The current producer ID.
        producer_id: int = 0
        #: The current epoch associated with the producer ID.
        producer_epoch: int = 0
        #: The result of the transaction to write to the partitions (false = ABORT, true = COMMIT).
        transaction_result: bool = False
        #: Each topic that we want to write transaction marker(s) for.
        topics: list[WriteTxnMarkersRequest.WritableTxnMarker.WritableTxnMarkerTopic] = field(default_factory=list)
        #: Epoch associated with the transaction state partition hosted by this transaction coordinator.
        coordinator_epoch: int = 0
        #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
        unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    WritableTxnMarkerTopic = WritableTxnMarker.WritableTxnMarkerTopic
    #: The transaction markers to be written.
    markers: list[WriteTxnMarkersRequest.WritableTxnMarker] = field(default_factory=list)
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> WriteTxnMarkersRequest:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_WriteTxnMarkersRequest, data, version, 'WriteTxnMarkersRequest', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_WriteTxnMarkersRequest, self, version, 'WriteTxnMarkersRequest')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_WriteTxnMarkersRequest, self, version, 'WriteTxnMarkersRequest')


@dataclass(slots=True)
class WriteTxnMarkersResponse:
    """WriteTxnMarkersResponse (API key 27, versions 1-1).

    Generated from WriteTxnMarkersResponse.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = 27
    MIN_VERSION: ClassVar[int] = 1
    MAX_VERSION: ClassVar[int] = 1
    LATEST_VERSION: ClassVar[int] = 1
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
    FLEXIBLE_MIN: ClassVar[int | None] = 1
    #: Who serves this request in Kafka (empty for responses).
    LISTENERS: ClassVar[tuple[str, ...]] = ()
    FIELDS: ClassVar[tuple[FieldInfo, ...]]

    @dataclass(slots=True)
    class WritableTxnMarkerResult:
        FIELDS: ClassVar[tuple[FieldInfo, ...]]

        @dataclass(slots=True)
        class WritableTxnMarkerTopicResult:
            FIELDS: ClassVar[tuple[FieldInfo, ...]]

            @dataclass(slots=True)
            class WritableTxnMarkerPartitionResult:
                FIELDS: ClassVar[tuple[FieldInfo, ...]]

                #: The partition index.
                partition_index: int = 0
                #: The error code, or 0 if there was no error.
                error_code: int = 0
                #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
                unknown_tagged_fields: list[tuple[int, bytes]] | None = None

            #: The topic name.
            name: str = ''
            #: The results by partition.
            partitions: list[WriteTxnMarkersResponse.WritableTxnMarkerResult.WritableTxnMarkerTopicResult.WritableTxnMarkerPartitionResult] = field(default_factory=list)
            #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
            unknown_tagged_fields: list[tuple[int, bytes]] | None = None

        #: The current producer ID in use by the transactional ID.
        producer_id: int = 0
        #: The results by topic.
        topics: list[WriteTxnMarkersResponse.WritableTxnMarkerResult.WritableTxnMarkerTopicResult] = field(default_factory=list)
        #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
        unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    WritableTxnMarkerPartitionResult = WritableTxnMarkerResult.WritableTxnMarkerTopicResult.WritableTxnMarkerPartitionResult
    WritableTxnMarkerTopicResult = WritableTxnMarkerResult.WritableTxnMarkerTopicResult
    #: The results for writing makers.
    markers: list[WriteTxnMarkersResponse.WritableTxnMarkerResult] = field(default_factory=list)
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> WriteTxnMarkersResponse:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_WriteTxnMarkersResponse, data, version, 'WriteTxnMarkersResponse', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_WriteTxnMarkersResponse, self, version, 'WriteTxnMarkersResponse')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_WriteTxnMarkersResponse, self, version, 'WriteTxnMarkersResponse')

def _d_WriteTxnMarkersRequest_WritableTxnMarker_WritableTxnMarkerTopic_v1(B: memoryview, P: int) -> tuple[WriteTxnMarkersRequest.WritableTxnMarker.WritableTxnMarkerTopic, int]:
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
    return _C_WriteTxnMarkersRequest_WritableTxnMarker_WritableTxnMarkerTopic(f0, f1, tf), P


def _d_WriteTxnMarkersRequest_WritableTxnMarker_v1(B: memoryview, P: int) -> tuple[WriteTxnMarkersRequest.WritableTxnMarker, int]:
    (f0, f1, f2,) = _S_qho.unpack_from(B, P)
    P += 11
    n_f3 = B[P]
    if n_f3 < 0x80:
        P += 1
    else:
        n_f3, P = read_uvarint(B, P)
    n_f3 -= 1
    f3: list[WriteTxnMarkersRequest.WritableTxnMarker.WritableTxnMarkerTopic]
    if n_f3 < 0:
        raise DecodeError(f'non-nullable array Topics has length {n_f3}')
    else:
        if n_f3 > len(B) - P:
            raise DecodeError(f'array length {n_f3} exceeds the buffer')
        f3 = []
        for _ in range(n_f3):
            e_f3, P = _d_WriteTxnMarkersRequest_WritableTxnMarker_WritableTxnMarkerTopic_v1(B, P)
            f3.append(e_f3)
    (f4,) = _S_i.unpack_from(B, P)
    P += 4
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_WriteTxnMarkersRequest_WritableTxnMarker(f0, f1, f2, f3, f4, tf), P


def _d_WriteTxnMarkersRequest_v1(B: memoryview, P: int) -> tuple[WriteTxnMarkersRequest, int]:
    n_f0 = B[P]
    if n_f0 < 0x80:
        P += 1
    else:
        n_f0, P = read_uvarint(B, P)
    n_f0 -= 1
    f0: list[WriteTxnMarkersRequest.WritableTxnMarker]
    if n_f0 < 0:
        raise DecodeError(f'non-nullable array Markers has length {n_f0}')
    else:
        if n_f0 > len(B) - P:
            raise DecodeError(f'array length {n_f0} exceeds the buffer')
        f0 = []
        for _ in range(n_f0):
            e_f0, P = _d_WriteTxnMarkersRequest_WritableTxnMarker_v1(B, P)
            f0.append(e_f0)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_WriteTxnMarkersRequest(f0, tf), P


def _e_WriteTxnMarkersRequest_WritableTxnMarker_WritableTxnMarkerTopic_v1(o: WriteTxnMarkersRequest.WritableTxnMarker.WritableTxnMarkerTopic, O: bytearray) -> None:
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


def _e_WriteTxnMarkersRequest_WritableTxnMarker_v1(o: WriteTxnMarkersRequest.WritableTxnMarker, O: bytearray) -> None:
    O += _S_qho.pack(o.producer_id, o.producer_epoch, o.transaction_result)
    a3 = o.topics
    if a3 is None:
        raise EncodeError('non-nullable array Topics is None')
    write_uvarint(O, len(a3) + 1)
    for e_a3 in a3:
        _e_WriteTxnMarkersRequest_WritableTxnMarker_WritableTxnMarkerTopic_v1(e_a3, O)
    O += _S_i.pack(o.coordinator_epoch)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_WriteTxnMarkersRequest_v1(o: WriteTxnMarkersRequest, O: bytearray) -> None:
    a0 = o.markers
    if a0 is None:
        raise EncodeError('non-nullable array Markers is None')
    write_uvarint(O, len(a0) + 1)
    for e_a0 in a0:
        _e_WriteTxnMarkersRequest_WritableTxnMarker_v1(e_a0, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _d_WriteTxnMarkersResponse_WritableTxnMarkerResult_WritableTxnMarkerTopicResult_WritableTxnMarkerPartitionResult_v1(B: memoryview, P: int) -> tuple[WriteTxnMarkersResponse.WritableTxnMarkerResult.WritableTxnMarkerTopicResult.WritableTxnMarkerPartitionResult, int]:
    (f0, f1,) = _S_ih.unpack_from(B, P)
    P += 6
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_WriteTxnMarkersResponse_WritableTxnMarkerResult_WritableTxnMarkerTopicResult_WritableTxnMarkerPartitionResult(f0, f1, tf), P


def _d_WriteTxnMarkersResponse_WritableTxnMarkerResult_WritableTxnMarkerTopicResult_v1(B: memoryview, P: int) -> tuple[WriteTxnMarkersResponse.WritableTxnMarkerResult.WritableTxnMarkerTopicResult, int]:
    f0, P = read_compact_string(B, P)
    n_f1 = B[P]
    if n_f1 < 0x80:
        P += 1
    else:
        n_f1, P = read_uvarint(B, P)
    n_f1 -= 1
    f1: list[WriteTxnMarkersResponse.WritableTxnMarkerResult.WritableTxnMarkerTopicResult.WritableTxnMarkerPartitionResult]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Partitions has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_WriteTxnMarkersResponse_WritableTxnMarkerResult_WritableTxnMarkerTopicResult_WritableTxnMarkerPartitionResult_v1(B, P)
            f1.append(e_f1)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_WriteTxnMarkersResponse_WritableTxnMarkerResult_WritableTxnMarkerTopicResult(f0, f1, tf), P


def _d_WriteTxnMarkersResponse_WritableTxnMarkerResult_v1(B: memoryview, P: int) -> tuple[WriteTxnMarkersResponse.WritableTxnMarkerResult, int]:
    (f0,) = _S_q.unpack_from(B, P)
    P += 8
    n_f1 = B[P]
    if n_f1 < 0x80:
        P += 1
    else:
        n_f1, P = read_uvarint(B, P)
    n_f1 -= 1
    f1: list[WriteTxnMarkersResponse.WritableTxnMarkerResult.WritableTxnMarkerTopicResult]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Topics has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_WriteTxnMarkersResponse_WritableTxnMarkerResult_WritableTxnMarkerTopicResult_v1(B, P)
            f1.append(e_f1)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_WriteTxnMarkersResponse_WritableTxnMarkerResult(f0, f1, tf), P


def _d_WriteTxnMarkersResponse_v1(B: memoryview, P: int) -> tuple[WriteTxnMarkersResponse, int]:
    n_f0 = B[P]
    if n_f0 < 0x80:
        P += 1
    else:
        n_f0, P = read_uvarint(B, P)
    n_f0 -= 1
    f0: list[WriteTxnMarkersResponse.WritableTxnMarkerResult]
    if n_f0 < 0:
        raise DecodeError(f'non-nullable array Markers has length {n_f0}')
    else:
        if n_f0 > len(B) - P:
            raise DecodeError(f'array length {n_f0} exceeds the buffer')
        f0 = []
        for _ in range(n_f0):
            e_f0, P = _d_WriteTxnMarkersResponse_WritableTxnMarkerResult_v1(B, P)
            f0.append(e_f0)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_WriteTxnMarkersResponse(f0, tf), P


def _e_WriteTxnMarkersResponse_WritableTxnMarkerResult_WritableTxnMarkerTopicResult_WritableTxnMarkerPartitionResult_v1(o: WriteTxnMarkersResponse.WritableTxnMarkerResult.WritableTxnMarkerTopicResult.WritableTxnMarkerPartitionResult, O: bytearray) -> None:
    O += _S_ih.pack(o.partition_index, o.error_code)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_WriteTxnMarkersResponse_WritableTxnMarkerResult_WritableTxnMarkerTopicResult_v1(o: WriteTxnMarkersResponse.WritableTxnMarkerResult.WritableTxnMarkerTopicResult, O: bytearray) -> None:
    write_compact_string(O, o.name)
    a1 = o.partitions
    if a1 is None:
        raise EncodeError('non-nullable array Partitions is None')
    write_uvarint(O, len(a1) + 1)
    for e_a1 in a1:
        _e_WriteTxnMarkersResponse_WritableTxnMarkerResult_WritableTxnMarkerTopicResult_WritableTxnMarkerPartitionResult_v1(e_a1, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_WriteTxnMarkersResponse_WritableTxnMarkerResult_v1(o: WriteTxnMarkersResponse.WritableTxnMarkerResult, O: bytearray) -> None:
    O += _S_q.pack(o.producer_id)
    a1 = o.topics
    if a1 is None:
        raise EncodeError('non-nullable array Topics is None')
    write_uvarint(O, len(a1) + 1)
    for e_a1 in a1:
        _e_WriteTxnMarkersResponse_WritableTxnMarkerResult_WritableTxnMarkerTopicResult_v1(e_a1, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_WriteTxnMarkersResponse_v1(o: WriteTxnMarkersResponse, O: bytearray) -> None:
    a0 = o.markers
    if a0 is None:
        raise EncodeError('non-nullable array Markers is None')
    write_uvarint(O, len(a0) + 1)
    for e_a0 in a0:
        _e_WriteTxnMarkersResponse_WritableTxnMarkerResult_v1(e_a0, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


_C_WriteTxnMarkersRequest = WriteTxnMarkersRequest
_C_WriteTxnMarkersRequest_WritableTxnMarker = WriteTxnMarkersRequest.WritableTxnMarker
_C_WriteTxnMarkersRequest_WritableTxnMarker_WritableTxnMarkerTopic = WriteTxnMarkersRequest.WritableTxnMarker.WritableTxnMarkerTopic
_DEF_C_WriteTxnMarkersRequest_WritableTxnMarker = _C_WriteTxnMarkersRequest_WritableTxnMarker()
_DEF_C_WriteTxnMarkersRequest_WritableTxnMarker_WritableTxnMarkerTopic = _C_WriteTxnMarkersRequest_WritableTxnMarker_WritableTxnMarkerTopic()
_DEC_WriteTxnMarkersRequest: dict[int, Decoder[WriteTxnMarkersRequest]] = {
    1: _d_WriteTxnMarkersRequest_v1,
}
_ENC_WriteTxnMarkersRequest: dict[int, Encoder[WriteTxnMarkersRequest]] = {
    1: _e_WriteTxnMarkersRequest_v1,
}
WriteTxnMarkersRequest.FIELDS = (
    FieldInfo('Markers', 'markers', '[]WritableTxnMarker', (0, OPEN), None, None, None, False, None, None, _C_WriteTxnMarkersRequest_WritableTxnMarker),
)
WriteTxnMarkersRequest.WritableTxnMarker.FIELDS = (
    FieldInfo('ProducerId', 'producer_id', 'int64', (0, OPEN), None, None, None, False, 'producerId', None, None),
    FieldInfo('ProducerEpoch', 'producer_epoch', 'int16', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('TransactionResult', 'transaction_result', 'bool', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Topics', 'topics', '[]WritableTxnMarkerTopic', (0, OPEN), None, None, None, False, None, None, _C_WriteTxnMarkersRequest_WritableTxnMarker_WritableTxnMarkerTopic),
    FieldInfo('CoordinatorEpoch', 'coordinator_epoch', 'int32', (0, OPEN), None, None, None, False, None, None, None),
)
WriteTxnMarkersRequest.WritableTxnMarker.WritableTxnMarkerTopic.FIELDS = (
    FieldInfo('Name', 'name', 'string', (0, OPEN), None, None, None, False, 'topicName', None, None),
    FieldInfo('PartitionIndexes', 'partition_indexes', '[]int32', (0, OPEN), None, None, None, False, None, None, None),
)

_C_WriteTxnMarkersResponse = WriteTxnMarkersResponse
_C_WriteTxnMarkersResponse_WritableTxnMarkerResult = WriteTxnMarkersResponse.WritableTxnMarkerResult
_C_WriteTxnMarkersResponse_WritableTxnMarkerResult_WritableTxnMarkerTopicResult = WriteTxnMarkersResponse.WritableTxnMarkerResult.WritableTxnMarkerTopicResult
_C_WriteTxnMarkersResponse_WritableTxnMarkerResult_WritableTxnMarkerTopicResult_WritableTxnMarkerPartitionResult = WriteTxnMarkersResponse.WritableTxnMarkerResult.WritableTxnMarkerTopicResult.WritableTxnMarkerPartitionResult
_DEF_C_WriteTxnMarkersResponse_WritableTxnMarkerResult = _C_WriteTxnMarkersResponse_WritableTxnMarkerResult()
_DEF_C_WriteTxnMarkersResponse_WritableTxnMarkerResult_WritableTxnMarkerTopicResult = _C_WriteTxnMarkersResponse_WritableTxnMarkerResult_WritableTxnMarkerTopicResult()
_DEF_C_WriteTxnMarkersResponse_WritableTxnMarkerResult_WritableTxnMarkerTopicResult_WritableTxnMarkerPartitionResult = _C_WriteTxnMarkersResponse_WritableTxnMarkerResult_WritableTxnMarkerTopicResult_WritableTxnMarkerPartitionResult()
_DEC_WriteTxnMarkersResponse: dict[int, Decoder[WriteTxnMarkersResponse]] = {
    1: _d_WriteTxnMarkersResponse_v1,
}
_ENC_WriteTxnMarkersResponse: dict[int, Encoder[WriteTxnMarkersResponse]] = {
    1: _e_WriteTxnMarkersResponse_v1,
}
WriteTxnMarkersResponse.FIELDS = (
    FieldInfo('Markers', 'markers', '[]WritableTxnMarkerResult', (0, OPEN), None, None, None, False, None, None, _C_WriteTxnMarkersResponse_WritableTxnMarkerResult),
)
WriteTxnMarkersResponse.WritableTxnMarkerResult.FIELDS = (
    FieldInfo('ProducerId', 'producer_id', 'int64', (0, OPEN), None, None, None, False, 'producerId', None, None),
    FieldInfo('Topics', 'topics', '[]WritableTxnMarkerTopicResult', (0, OPEN), None, None, None, False, None, None, _C_WriteTxnMarkersResponse_WritableTxnMarkerResult_WritableTxnMarkerTopicResult),
)
WriteTxnMarkersResponse.WritableTxnMarkerResult.WritableTxnMarkerTopicResult.FIELDS = (
    FieldInfo('Name', 'name', 'string', (0, OPEN), None, None, None, False, 'topicName', None, None),
    FieldInfo('Partitions', 'partitions', '[]WritableTxnMarkerPartitionResult', (0, OPEN), None, None, None, False, None, None, _C_WriteTxnMarkersResponse_WritableTxnMarkerResult_WritableTxnMarkerTopicResult_WritableTxnMarkerPartitionResult),
)
WriteTxnMarkersResponse.WritableTxnMarkerResult.WritableTxnMarkerTopicResult.WritableTxnMarkerPartitionResult.FIELDS = (
    FieldInfo('PartitionIndex', 'partition_index', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('ErrorCode', 'error_code', 'int16', (0, OPEN), None, None, None, False, None, None, None),
)
