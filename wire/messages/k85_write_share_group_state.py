"""API key 85: WriteShareGroupState.

GENERATED - DO NOT EDIT. Written by ``python -m wire.generator`` from Apache Kafka 4.1.1's
message definitions (WriteShareGroupStateRequest.json, WriteShareGroupStateResponse.json).
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
_S_iiiq = struct.Struct('>iiiq')
_S_qqbh = struct.Struct('>qqbh')


@dataclass(slots=True)
class WriteShareGroupStateRequest:
    """WriteShareGroupStateRequest (API key 85, versions 0-0).

    Generated from WriteShareGroupStateRequest.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = 85
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    LATEST_VERSION: ClassVar[int] = 0
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
    FLEXIBLE_MIN: ClassVar[int | None] = 0
    #: Who serves this request in Kafka (empty for responses).
    LISTENERS: ClassVar[tuple[str, ...]] = ('broker',)
    FIELDS: ClassVar[tuple[FieldInfo, ...]]

    @dataclass(slots=True)
    class WriteStateData:
        FIELDS: ClassVar[tuple[FieldInfo, ...]]

        @dataclass(slots=True)
        class PartitionData:
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
            #: The state epoch of the share-partition.
            state_epoch: int = 0
            #: The leader epoch of the share-partition.
            leader_epoch: int = 0
            #: The share-partition start offset, or -1 if the start offset is not being written.
            start_offset: int = 0
            #: The state batches for the share-partition.
            state_batches: list[WriteShareGroupStateRequest.WriteStateData.PartitionData.StateBatch] = field(default_factory=list)
            #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
            unknown_tagged_fields: list[tuple[int, bytes]] | None = None

        #: The topic identifier.
        topic_id: UUID = ZERO_UUID
        #: The data for the partitions.
        partitions: list[WriteShareGroupStateRequest.WriteStateData.PartitionData] = field(default_factory=list)
        #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
        unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    StateBatch = WriteStateData.PartitionData.StateBatch
    PartitionData = WriteStateData.PartitionData
    #: The group identifier.
    group_id: str = ''
    #: The data for the topics.
    topics: list[WriteShareGroupStateRequest.WriteStateData] = field(default_factory=list)
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> WriteShareGroupStateRequest:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_WriteShareGroupStateRequest, data, version, 'WriteShareGroupStateRequest', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_WriteShareGroupStateRequest, self, version, 'WriteShareGroupStateRequest')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_WriteShareGroupStateRequest, self, version, 'WriteShareGroupStateRequest')


@dataclass(slots=True)
class WriteShareGroupStateResponse:
    """WriteShareGroupStateResponse (API key 85, versions 0-0).

    Generated from WriteShareGroupStateResponse.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = 85
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    LATEST_VERSION: ClassVar[int] = 0
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
    FLEXIBLE_MIN: ClassVar[int | None] = 0
    #: Who serves this request in Kafka (empty for responses).
    LISTENERS: ClassVar[tuple[str, ...]] = ()
    FIELDS: ClassVar[tuple[FieldInfo, ...]]

    @dataclass(slots=True)
    class WriteStateResult:
        FIELDS: ClassVar[tuple[FieldInfo, ...]]

        @dataclass(slots=True)
        class PartitionResult:
            FIELDS: ClassVar[tuple[FieldInfo, ...]]

            #: The partition index.
            partition: int = 0
            #: The error code, or 0 if there was no error.
            error_code: int = 0
            #: The error message, or null if there was no error.
            error_message: str | None = None
            #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
            unknown_tagged_fields: list[tuple[int, bytes]] | None = None

        #: The topic identifier.
        topic_id: UUID = ZERO_UUID
        #: The results for the partitions.
        partitions: list[WriteShareGroupStateResponse.WriteStateResult.PartitionResult] = field(default_factory=list)
        #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
        unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    PartitionResult = WriteStateResult.PartitionResult
    #: The write results.
    results: list[WriteShareGroupStateResponse.WriteStateResult] = field(default_factory=list)
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> WriteShareGroupStateResponse:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_WriteShareGroupStateResponse, data, version, 'WriteShareGroupStateResponse', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_WriteShareGroupStateResponse, self, version, 'WriteShareGroupStateResponse')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_WriteShareGroupStateResponse, self, version, 'WriteShareGroupStateResponse')

def _d_WriteShareGroupStateRequest_WriteStateData_PartitionData_StateBatch_v0(B: memoryview, P: int) -> tuple[WriteShareGroupStateRequest.WriteStateData.PartitionData.StateBatch, int]:
    (f0, f1, f2, f3,) = _S_qqbh.unpack_from(B, P)
    P += 19
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_WriteShareGroupStateRequest_WriteStateData_PartitionData_StateBatch(f0, f1, f2, f3, tf), P


def _d_WriteShareGroupStateRequest_WriteStateData_PartitionData_v0(B: memoryview, P: int) -> tuple[WriteShareGroupStateRequest.WriteStateData.PartitionData, int]:
    (f0, f1, f2, f3,) = _S_iiiq.unpack_from(B, P)
    P += 20
    n_f4 = B[P]
    if n_f4 < 0x80:
        P += 1
    else:
        n_f4, P = read_uvarint(B, P)
    n_f4 -= 1
    f4: list[WriteShareGroupStateRequest.WriteStateData.PartitionData.StateBatch]
    if n_f4 < 0:
        raise DecodeError(f'non-nullable array StateBatches has length {n_f4}')
    else:
        if n_f4 > len(B) - P:
            raise DecodeError(f'array length {n_f4} exceeds the buffer')
        f4 = []
        for _ in range(n_f4):
            e_f4, P = _d_WriteShareGroupStateRequest_WriteStateData_PartitionData_StateBatch_v0(B, P)
            f4.append(e_f4)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_WriteShareGroupStateRequest_WriteStateData_PartitionData(f0, f1, f2, f3, f4, tf), P


def _d_WriteShareGroupStateRequest_WriteStateData_v0(B: memoryview, P: int) -> tuple[WriteShareGroupStateRequest.WriteStateData, int]:
    f0, P = read_uuid(B, P)
    n_f1 = B[P]
    if n_f1 < 0x80:
        P += 1
    else:
        n_f1, P = read_uvarint(B, P)
    n_f1 -= 1
    f1: list[WriteShareGroupStateRequest.WriteStateData.PartitionData]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Partitions has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_WriteShareGroupStateRequest_WriteStateData_PartitionData_v0(B, P)
            f1.append(e_f1)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_WriteShareGroupStateRequest_WriteStateData(f0, f1, tf), P


def _d_WriteShareGroupStateRequest_v0(B: memoryview, P: int) -> tuple[WriteShareGroupStateRequest, int]:
    f0, P = read_compact_string(B, P)
    n_f1 = B[P]
    if n_f1 < 0x80:
        P += 1
    else:
        n_f1, P = read_uvarint(B, P)
    n_f1 -= 1
    f1: list[WriteShareGroupStateRequest.WriteStateData]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Topics has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_WriteShareGroupStateRequest_WriteStateData_v0(B, P)
            f1.append(e_f1)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_WriteShareGroupStateRequest(f0, f1, tf), P


def _e_WriteShareGroupStateRequest_WriteStateData_PartitionData_StateBatch_v0(o: WriteShareGroupStateRequest.WriteStateData.PartitionData.StateBatch, O: bytearray) -> None:
    O += _S_qqbh.pack(o.first_offset, o.last_offset, o.delivery_state, o.delivery_count)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_WriteShareGroupStateRequest_WriteStateData_PartitionData_v0(o: WriteShareGroupStateRequest.WriteStateData.PartitionData, O: bytearray) -> None:
    O += _S_iiiq.pack(o.partition, o.state_epoch, o.leader_epoch, o.start_offset)
    a4 = o.state_batches
    if a4 is None:
        raise EncodeError('non-nullable array StateBatches is None')
    write_uvarint(O, len(a4) + 1)
    for e_a4 in a4:
        _e_WriteShareGroupStateRequest_WriteStateData_PartitionData_StateBatch_v0(e_a4, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_WriteShareGroupStateRequest_WriteStateData_v0(o: WriteShareGroupStateRequest.WriteStateData, O: bytearray) -> None:
    write_uuid(O, o.topic_id)
    a1 = o.partitions
    if a1 is None:
        raise EncodeError('non-nullable array Partitions is None')
    write_uvarint(O, len(a1) + 1)
    for e_a1 in a1:
        _e_WriteShareGroupStateRequest_WriteStateData_PartitionData_v0(e_a1, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_WriteShareGroupStateRequest_v0(o: WriteShareGroupStateRequest, O: bytearray) -> None:
    write_compact_string(O, o.group_id)
    a1 = o.topics
    if a1 is None:
        raise EncodeError('non-nullable array Topics is None')
    write_uvarint(O, len(a1) + 1)
    for e_a1 in a1:
        _e_WriteShareGroupStateRequest_WriteStateData_v0(e_a1, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _d_WriteShareGroupStateResponse_WriteStateResult_PartitionResult_v0(B: memoryview, P: int) -> tuple[WriteShareGroupStateResponse.WriteStateResult.PartitionResult, int]:
    (f0, f1,) = _S_ih.unpack_from(B, P)
    P += 6
    f2, P = read_compact_nullable_string(B, P)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_WriteShareGroupStateResponse_WriteStateResult_PartitionResult(f0, f1, f2, tf), P


def _d_WriteShareGroupStateResponse_WriteStateResult_v0(B: memoryview, P: int) -> tuple[WriteShareGroupStateResponse.WriteStateResult, int]:
    f0, P = read_uuid(B, P)
    n_f1 = B[P]
    if n_f1 < 0x80:
        P += 1
    else:
        n_f1, P = read_uvarint(B, P)
    n_f1 -= 1
    f1: list[WriteShareGroupStateResponse.WriteStateResult.PartitionResult]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Partitions has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_WriteShareGroupStateResponse_WriteStateResult_PartitionResult_v0(B, P)
            f1.append(e_f1)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_WriteShareGroupStateResponse_WriteStateResult(f0, f1, tf), P


def _d_WriteShareGroupStateResponse_v0(B: memoryview, P: int) -> tuple[WriteShareGroupStateResponse, int]:
    n_f0 = B[P]
    if n_f0 < 0x80:
        P += 1
    else:
        n_f0, P = read_uvarint(B, P)
    n_f0 -= 1
    f0: list[WriteShareGroupStateResponse.WriteStateResult]
    if n_f0 < 0:
        raise DecodeError(f'non-nullable array Results has length {n_f0}')
    else:
        if n_f0 > len(B) - P:
            raise DecodeError(f'array length {n_f0} exceeds the buffer')
        f0 = []
        for _ in range(n_f0):
            e_f0, P = _d_WriteShareGroupStateResponse_WriteStateResult_v0(B, P)
            f0.append(e_f0)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_WriteShareGroupStateResponse(f0, tf), P


def _e_WriteShareGroupStateResponse_WriteStateResult_PartitionResult_v0(o: WriteShareGroupStateResponse.WriteStateResult.PartitionResult, O: bytearray) -> None:
    O += _S_ih.pack(o.partition, o.error_code)
    write_compact_nullable_string(O, o.error_message)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_WriteShareGroupStateResponse_WriteStateResult_v0(o: WriteShareGroupStateResponse.WriteStateResult, O: bytearray) -> None:
    write_uuid(O, o.topic_id)
    a1 = o.partitions
    if a1 is None:
        raise EncodeError('non-nullable array Partitions is None')
    write_uvarint(O, len(a1) + 1)
    for e_a1 in a1:
        _e_WriteShareGroupStateResponse_WriteStateResult_PartitionResult_v0(e_a1, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_WriteShareGroupStateResponse_v0(o: WriteShareGroupStateResponse, O: bytearray) -> None:
    a0 = o.results
    if a0 is None:
        raise EncodeError('non-nullable array Results is None')
    write_uvarint(O, len(a0) + 1)
    for e_a0 in a0:
        _e_WriteShareGroupStateResponse_WriteStateResult_v0(e_a0, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


_C_WriteShareGroupStateRequest = WriteShareGroupStateRequest
_C_WriteShareGroupStateRequest_WriteStateData = WriteShareGroupStateRequest.WriteStateData
_C_WriteShareGroupStateRequest_WriteStateData_PartitionData = WriteShareGroupStateRequest.WriteStateData.PartitionData
_C_WriteShareGroupStateRequest_WriteStateData_PartitionData_StateBatch = WriteShareGroupStateRequest.WriteStateData.PartitionData.StateBatch
_DEF_C_WriteShareGroupStateRequest_WriteStateData = _C_WriteShareGroupStateRequest_WriteStateData()
_DEF_C_WriteShareGroupStateRequest_WriteStateData_PartitionData = _C_WriteShareGroupStateRequest_WriteStateData_PartitionData()
_DEF_C_WriteShareGroupStateRequest_WriteStateData_PartitionData_StateBatch = _C_WriteShareGroupStateRequest_WriteStateData_PartitionData_StateBatch()
_DEC_WriteShareGroupStateRequest: dict[int, Decoder[WriteShareGroupStateRequest]] = {
    0: _d_WriteShareGroupStateRequest_v0,
}
_ENC_WriteShareGroupStateRequest: dict[int, Encoder[WriteShareGroupStateRequest]] = {
    0: _e_WriteShareGroupStateRequest_v0,
}
WriteShareGroupStateRequest.FIELDS = (
    FieldInfo('GroupId', 'group_id', 'string', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Topics', 'topics', '[]WriteStateData', (0, OPEN), None, None, None, False, None, None, _C_WriteShareGroupStateRequest_WriteStateData),
)
WriteShareGroupStateRequest.WriteStateData.FIELDS = (
    FieldInfo('TopicId', 'topic_id', 'uuid', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Partitions', 'partitions', '[]PartitionData', (0, OPEN), None, None, None, False, None, None, _C_WriteShareGroupStateRequest_WriteStateData_PartitionData),
)
WriteShareGroupStateRequest.WriteStateData.PartitionData.FIELDS = (
    FieldInfo('Partition', 'partition', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('StateEpoch', 'state_epoch', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('LeaderEpoch', 'leader_epoch', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('StartOffset', 'start_offset', 'int64', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('StateBatches', 'state_batches', '[]StateBatch', (0, OPEN), None, None, None, False, None, None, _C_WriteShareGroupStateRequest_WriteStateData_PartitionData_StateBatch),
)
WriteShareGroupStateRequest.WriteStateData.PartitionData.StateBatch.FIELDS = (
    FieldInfo('FirstOffset', 'first_offset', 'int64', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('LastOffset', 'last_offset', 'int64', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('DeliveryState', 'delivery_state', 'int8', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('DeliveryCount', 'delivery_count', 'int16', (0, OPEN), None, None, None, False, None, None, None),
)

_C_WriteShareGroupStateResponse = WriteShareGroupStateResponse
_C_WriteShareGroupStateResponse_WriteStateResult = WriteShareGroupStateResponse.WriteStateResult
_C_WriteShareGroupStateResponse_WriteStateResult_PartitionResult = WriteShareGroupStateResponse.WriteStateResult.PartitionResult
_DEF_C_WriteShareGroupStateResponse_WriteStateResult = _C_WriteShareGroupStateResponse_WriteStateResult()
_DEF_C_WriteShareGroupStateResponse_WriteStateResult_PartitionResult = _C_WriteShareGroupStateResponse_WriteStateResult_PartitionResult()
_DEC_WriteShareGroupStateResponse: dict[int, Decoder[WriteShareGroupStateResponse]] = {
    0: _d_WriteShareGroupStateResponse_v0,
}
_ENC_WriteShareGroupStateResponse: dict[int, Encoder[WriteShareGroupStateResponse]] = {
    0: _e_WriteShareGroupStateResponse_v0,
}
WriteShareGroupStateResponse.FIELDS = (
    FieldInfo('Results', 'results', '[]WriteStateResult', (0, OPEN), None, None, None, False, None, None, _C_WriteShareGroupStateResponse_WriteStateResult),
)
WriteShareGroupStateResponse.WriteStateResult.FIELDS = (
    FieldInfo('TopicId', 'topic_id', 'uuid', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Partitions', 'partitions', '[]PartitionResult', (0, OPEN), None, None, None, False, None, None, _C_WriteShareGroupStateResponse_WriteStateResult_PartitionResult),
)
WriteShareGroupStateResponse.WriteStateResult.PartitionResult.FIELDS = (
    FieldInfo('Partition', 'partition', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('ErrorCode', 'error_code', 'int16', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('ErrorMessage', 'error_message', 'string', (0, OPEN), (0, OPEN), None, None, False, None, None, None),
)
