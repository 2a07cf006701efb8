"""API key 84: ReadShareGroupState.

GENERATED - DO NOT EDIT. Written by ``python -m wire.generator`` from Apache Kafka 4.1.1's
message definitions (ReadShareGroupStateRequest.json, ReadShareGroupStateResponse.json).
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
_S_ii = struct.Struct('>ii')
_S_iq = struct.Struct('>iq')
_S_qqbh = struct.Struct('>qqbh')


@dataclass(slots=True)
class ReadShareGroupStateRequest:
    """ReadShareGroupStateRequest (API key 84, versions 0-0).

    Generated from ReadShareGroupStateRequest.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = 84
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    LATEST_VERSION: ClassVar[int] = 0
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
    FLEXIBLE_MIN: ClassVar[int | None] = 0
    #: Who serves this request in Kafka (empty for responses).
    LISTENERS: ClassVar[tuple[str, ...]] = ('broker',)
    FIELDS: ClassVar[tuple[FieldInfo, ...]]

    @dataclass(slots=True)
    class ReadStateData:
        FIELDS: ClassVar[tuple[FieldInfo, ...]]

        @dataclass(slots=True)
        class PartitionData:
            FIELDS: ClassVar[tuple[FieldInfo, ...]]

            #: The partition index.
            partition: int = 0
            #: The leader epoch of the share-partition.
            leader_epoch: int = 0
            #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
            unknown_tagged_fields: list[tuple[int, bytes]] | None = None

        #: The topic identifier.
        topic_id: UUID = ZERO_UUID
        #: The data for the partitions.
        partitions: list[ReadShareGroupStateRequest.ReadStateData.PartitionData] = field(default_factory=list)
        #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
        unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    PartitionData = ReadStateData.PartitionData
    #: The group identifier.
    group_id: str = ''
    #: The data for the topics.
    topics: list[ReadShareGroupStateRequest.ReadStateData] = field(default_factory=list)
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> ReadShareGroupStateRequest:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_ReadShareGroupStateRequest, data, version, 'ReadShareGroupStateRequest', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_ReadShareGroupStateRequest, self, version, 'ReadShareGroupStateRequest')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_ReadShareGroupStateRequest, self, version, 'ReadShareGroupStateRequest')


@dataclass(slots=True)
class ReadShareGroupStateResponse:
    """ReadShareGroupStateResponse (API key 84, versions 0-0).

    Generated from ReadShareGroupStateResponse.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = 84
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    LATEST_VERSION: ClassVar[int] = 0
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
    FLEXIBLE_MIN: ClassVar[int | None] = 0
    #: Who serves this request in Kafka (empty for responses).
    LISTENERS: ClassVar[tuple[str, ...]] = ()
    FIELDS: ClassVar[tuple[FieldInfo, ...]]

    @dataclass(slots=True)
    class ReadStateResult:
        FIELDS: ClassVar[tuple[FieldInfo, ...]]

        @dataclass(slots=True)
        class PartitionResult:
            FIELDS: ClassVar[tuple[FieldInfo, ...]]

            @dataclass(slots=True)
            class StateBatch:
                FIELDS: ClassVar[tuple[FieldInfo, ...]]

                #: The first offset of this state batch.
                first_offset: int = 0
                #: The last offset of this state batch.
                last_offset: int = 0
                #: The delivery state - 0:Available,2:Acked,4:Archived.
                delivery_state: int = 0
                #: The delivery count.
                delivery_count: int = 0
                #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
                unknown_tagged_fields: list[tuple[int, bytes]] | None = None

            #: The partition index.
            partition: int = 0
            #: The error code, or 0 if there was no error.
            error_code: int = 0
            #: The error message, or null if there was no error.
            error_message: str | None = None
            #: The state epoch of the share-partition.
            state_epoch: int = 0
            #: The share-partition start offset, which can be -1 if it is not yet initialized.
            start_offset: int = 0
            #: The state batches for this share-partition.
            state_batches: list[ReadShareGroupStateResponse.ReadStateResult.PartitionResult.StateBatch] = field(default_factory=list)
            #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
            unknown_tagged_fields: list[tuple[int, bytes]] | None = None

        #: The topic identifier.
        topic_id: UUID = ZERO_UUID
        #: The results for the partitions.
        partitions: list[ReadShareGroupStateResponse.ReadStateResult.PartitionResult] = field(default_factory=list)
        #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
        unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    StateBatch = ReadStateResult.PartitionResult.StateBatch
    PartitionResult = ReadStateResult.PartitionResult
    #: The read results.
    results: list[ReadShareGroupStateResponse.ReadStateResult] = field(default_factory=list)
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> ReadShareGroupStateResponse:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_ReadShareGroupStateResponse, data, version, 'ReadShareGroupStateResponse', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_ReadShareGroupStateResponse, self, version, 'ReadShareGroupStateResponse')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_ReadShareGroupStateResponse, self, version, 'ReadShareGroupStateResponse')

def _d_ReadShareGroupStateRequest_ReadStateData_PartitionData_v0(B: memoryview, P: int) -> tuple[ReadShareGroupStateRequest.ReadStateData.PartitionData, int]:
    (f0, f1,) = _S_ii.unpack_from(B, P)
    P += 8
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_ReadShareGroupStateRequest_ReadStateData_PartitionData(f0, f1, tf), P


def _d_ReadShareGroupStateRequest_ReadStateData_v0(B: memoryview, P: int) -> tuple[ReadShareGroupStateRequest.ReadStateData, int]:
    f0, P = read_uuid(B, P)
    n_f1 = B[P]
    if n_f1 < 0x80:
        P += 1
    else:
        n_f1, P = read_uvarint(B, P)
    n_f1 -= 1
    f1: list[ReadShareGroupStateRequest.ReadStateData.PartitionData]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Partitions has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_ReadShareGroupStateRequest_ReadStateData_PartitionData_v0(B, P)
            f1.append(e_f1)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_ReadShareGroupStateRequest_ReadStateData(f0, f1, tf), P


def _d_ReadShareGroupStateRequest_v0(B: memoryview, P: int) -> tuple[ReadShareGroupStateRequest, int]:
    f0, P = read_compact_string(B, P)
    n_f1 = B[P]
    if n_f1 < 0x80:
        P += 1
    else:
        n_f1, P = read_uvarint(B, P)
    n_f1 -= 1
    f1: list[ReadShareGroupStateRequest.ReadStateData]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Topics has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_ReadShareGroupStateRequest_ReadStateData_v0(B, P)
            f1.append(e_f1)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_ReadShareGroupStateRequest(f0, f1, tf), P


def _e_ReadShareGroupStateRequest_ReadStateData_PartitionData_v0(o: ReadShareGroupStateRequest.ReadStateData.PartitionData, O: bytearray) -> None:
    O += _S_ii.pack(o.partition, o.leader_epoch)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_ReadShareGroupStateRequest_ReadStateData_v0(o: ReadShareGroupStateRequest.ReadStateData, O: bytearray) -> None:
    write_uuid(O, o.topic_id)
    a1 = o.partitions
    if a1 is None:
        raise EncodeError('non-nullable array Partitions is None')
    write_uvarint(O, len(a1) + 1)
    for e_a1 in a1:
        _e_ReadShareGroupStateRequest_ReadStateData_PartitionData_v0(e_a1, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_ReadShareGroupStateRequest_v0(o: ReadShareGroupStateRequest, O: bytearray) -> None:
    write_compact_string(O, o.group_id)
    a1 = o.topics
    if a1 is None:
        raise EncodeError('non-nullable array Topics is None')
    write_uvarint(O, len(a1) + 1)
    for e_a1 in a1:
        _e_ReadShareGroupStateRequest_ReadStateData_v0(e_a1, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _d_ReadShareGroupStateResponse_ReadStateResult_PartitionResult_StateBatch_v0(B: memoryview, P: int) -> tuple[ReadShareGroupStateResponse.ReadStateResult.PartitionResult.StateBatch, int]:
    (f0, f1, f2, f3,) = _S_qqbh.unpack_from(B, P)
    P += 19
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_ReadShareGroupStateResponse_ReadStateResult_PartitionResult_StateBatch(f0, f1, f2, f3, tf), P


def _d_ReadShareGroupStateResponse_ReadStateResult_PartitionResult_v0(B: memoryview, P: int) -> tuple[ReadShareGroupStateResponse.ReadStateResult.PartitionResult, int]:
    (f0, f1,) = _S_ih.unpack_from(B, P)
    P += 6
    f2, P = read_compact_nullable_string(B, P)
    (f3, f4,) = _S_iq.unpack_from(B, P)
    P += 12
    n_f5 = B[P]
    if n_f5 < 0x80:
        P += 1
    else:
        n_f5, P = read_uvarint(B, P)
    n_f5 -= 1
    f5: list[ReadShareGroupStateResponse.ReadStateResult.PartitionResult.StateBatch]
    if n_f5 < 0:
        raise DecodeError(f'non-nullable array StateBatches has length {n_f5}')
    else:
        if n_f5 > len(B) - P:
            raise DecodeError(f'array length {n_f5} exceeds the buffer')
        f5 = []
        for _ in range(n_f5):
            e_f5, P = _d_ReadShareGroupStateResponse_ReadStateResult_PartitionResult_StateBatch_v0(B, P)
            f5.append(e_f5)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_ReadShareGroupStateResponse_ReadStateResult_PartitionResult(f0, f1, f2, f3, f4, f5, tf), P


def _d_ReadShareGroupStateResponse_ReadStateResult_v0(B: memoryview, P: int) -> tuple[ReadShareGroupStateResponse.ReadStateResult, int]:
    f0, P = read_uuid(B, P)
    n_f1 = B[P]
    if n_f1 < 0x80:
        P += 1
    else:
        n_f1, P = read_uvarint(B, P)
    n_f1 -= 1
    f1: list[ReadShareGroupStateResponse.ReadStateResult.PartitionResult]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Partitions has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_ReadShareGroupStateResponse_ReadStateResult_PartitionResult_v0(B, P)
            f1.append(e_f1)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_ReadShareGroupStateResponse_ReadStateResult(f0, f1, tf), P


def _d_ReadShareGroupStateResponse_v0(B: memoryview, P: int) -> tuple[ReadShareGroupStateResponse, int]:
    n_f0 = B[P]
    if n_f0 < 0x80:
        P += 1
    else:
        n_f0, P = read_uvarint(B, P)
    n_f0 -= 1
    f0: list[ReadShareGroupStateResponse.ReadStateResult]
    if n_f0 < 0:
        raise DecodeError(f'non-nullable array Results has length {n_f0}')
    else:
        if n_f0 > len(B) - P:
            raise DecodeError(f'array length {n_f0} exceeds the buffer')
        f0 = []
        for _ in range(n_f0):
            e_f0, P = _d_ReadShareGroupStateResponse_ReadStateResult_v0(B, P)
            f0.append(e_f0)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_ReadShareGroupStateResponse(f0, tf), P


def _e_ReadShareGroupStateResponse_ReadStateResult_PartitionResult_StateBatch_v0(o: ReadShareGroupStateResponse.ReadStateResult.PartitionResult.StateBatch, O: bytearray) -> None:
    O += _S_qqbh.pack(o.first_offset, o.last_offset, o.delivery_state, o.delivery_count)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_ReadShareGroupStateResponse_ReadStateResult_PartitionResult_v0(o: ReadShareGroupStateResponse.ReadStateResult.PartitionResult, O: bytearray) -> None:
    O += _S_ih.pack(o.partition, o.error_code)
    write_compact_nullable_string(O, o.error_message)
    O += _S_iq.pack(o.state_epoch, o.start_offset)
    a5 = o.state_batches
    if a5 is None:
        raise EncodeError('non-nullable array StateBatches is None')
    write_uvarint(O, len(a5) + 1)
    for e_a5 in a5:
        _e_ReadShareGroupStateResponse_ReadStateResult_PartitionResult_StateBatch_v0(e_a5, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_ReadShareGroupStateResponse_ReadStateResult_v0(o: ReadShareGroupStateResponse.ReadStateResult, O: bytearray) -> None:
    write_uuid(O, o.topic_id)
    a1 = o.partitions
    if a1 is None:
        raise EncodeError('non-nullable array Partitions is None')
    write_uvarint(O, len(a1) + 1)
    for e_a1 in a1:
        _e_ReadShareGroupStateResponse_ReadStateResult_PartitionResult_v0(e_a1, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_ReadShareGroupStateResponse_v0(o: ReadShareGroupStateResponse, O: bytearray) -> None:
    a0 = o.results
    if a0 is None:
        raise EncodeError('non-nullable array Results is None')
    write_uvarint(O, len(a0) + 1)
    for e_a0 in a0:
        _e_ReadShareGroupStateResponse_ReadStateResult_v0(e_a0, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


_C_ReadShareGroupStateRequest = ReadShareGroupStateRequest
_C_ReadShareGroupStateRequest_ReadStateData = ReadShareGroupStateRequest.ReadStateData
_C_ReadShareGroupStateRequest_ReadStateData_PartitionData = ReadShareGroupStateRequest.ReadStateData.PartitionData
_DEF_C_ReadShareGroupStateRequest_ReadStateData = _C_ReadShareGroupStateRequest_ReadStateData()
_DEF_C_ReadShareGroupStateRequest_ReadStateData_PartitionData = _C_ReadShareGroupStateRequest_ReadStateData_PartitionData()
_DEC_ReadShareGroupStateRequest: dict[int, Decoder[ReadShareGroupStateRequest]] = {
    0: _d_ReadShareGroupStateRequest_v0,
}
_ENC_ReadShareGroupStateRequest: dict[int, Encoder[ReadShareGroupStateRequest]] = {
    0: _e_ReadShareGroupStateRequest_v0,
}
ReadShareGroupStateRequest.FIELDS = (
    FieldInfo('GroupId', 'group_id', 'string', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Topics', 'topics', '[]ReadStateData', (0, OPEN), None, None, None, False, None, None, _C_ReadShareGroupStateRequest_ReadStateData),
)
ReadShareGroupStateRequest.ReadStateData.FIELDS = (
    FieldInfo('TopicId', 'topic_id', 'uuid', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Partitions', 'partitions', '[]PartitionData', (0, OPEN), None, None, None, False, None, None, _C_ReadShareGroupStateRequest_ReadStateData_PartitionData),
)
ReadShareGroupStateRequest.ReadStateData.PartitionData.FIELDS = (
    FieldInfo('Partition', 'partition', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('LeaderEpoch', 'leader_epoch', 'int32', (0, OPEN), None, None, None, False, None, None, None),
)

_C_ReadShareGroupStateResponse = ReadShareGroupStateResponse
_C_ReadShareGroupStateResponse_ReadStateResult = ReadShareGroupStateResponse.ReadStateResult
_C_ReadShareGroupStateResponse_ReadStateResult_PartitionResult = ReadShareGroupStateResponse.ReadStateResult.PartitionResult
_C_ReadShareGroupStateResponse_ReadStateResult_PartitionResult_StateBatch = ReadShareGroupStateResponse.ReadStateResult.PartitionResult.StateBatch
_DEF_C_ReadShareGroupStateResponse_ReadStateResult = _C_ReadShareGroupStateResponse_ReadStateResult()
_DEF_C_ReadShareGroupStateResponse_ReadStateResult_PartitionResult = _C_ReadShareGroupStateResponse_ReadStateResult_PartitionResult()
_DEF_C_ReadShareGroupStateResponse_ReadStateResult_PartitionResult_StateBatch = _C_ReadShareGroupStateResponse_ReadStateResult_PartitionResult_StateBatch()
_DEC_ReadShareGroupStateResponse: dict[int, Decoder[ReadShareGroupStateResponse]] = {
    0: _d_ReadShareGroupStateResponse_v0,
}
_ENC_ReadShareGroupStateResponse: dict[int, Encoder[ReadShareGroupStateResponse]] = {
    0: _e_ReadShareGroupStateResponse_v0,
}
ReadShareGroupStateResponse.FIELDS = (
    FieldInfo('Results', 'results', '[]ReadStateResult', (0, OPEN), None, None, None, False, None, None, _C_ReadShareGroupStateResponse_ReadStateResult),
)
ReadShareGroupStateResponse.ReadStateResult.FIELDS = (
    FieldInfo('TopicId', 'topic_id', 'uuid', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Partitions', 'partitions', '[]PartitionResult', (0, OPEN), None, None, None, False, None, None, _C_ReadShareGroupStateResponse_ReadStateResult_PartitionResult),
)
ReadShareGroupStateResponse.ReadStateResult.PartitionResult.FIELDS = (
    FieldInfo('Partition', 'partition', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('ErrorCode', 'error_code', 'int16', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('ErrorMessage', 'error_message', 'string', (0, OPEN), (0, OPEN), None, None, False, None, None, None),
    FieldInfo('StateEpoch', 'state_epoch', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('StartOffset', 'start_offset', 'int64', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('StateBatches', 'state_batches', '[]StateBatch', (0, OPEN), None, None, None, False, None, None, _C_ReadShareGroupStateResponse_ReadStateResult_PartitionResult_StateBatch),
)
ReadShareGroupStateResponse.ReadStateResult.PartitionResult.StateBatch.FIELDS = (
    FieldInfo('FirstOffset', 'first_offset', 'int64', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('LastOffset', 'last_offset', 'int64', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('DeliveryState', 'delivery_state', 'int8', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('DeliveryCount', 'delivery_count', 'int16', (0, OPEN), None, None, None, False, None, None, None),
)
