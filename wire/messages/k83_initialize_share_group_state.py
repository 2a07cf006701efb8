"""API key 83: InitializeShareGroupState.

GENERATED - DO NOT EDIT. Written by ``python -m wire.generator`` from Apache Kafka 4.1.1's
message definitions (InitializeShareGroupStateRequest.json, InitializeShareGroupStateResponse.json).
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
_S_iiq = struct.Struct('>iiq')


@dataclass(slots=True)
class InitializeShareGroupStateRequest:
    """InitializeShareGroupStateRequest (API key 83, versions 0-0).

    Generated from InitializeShareGroupStateRequest.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = 83
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    LATEST_VERSION: ClassVar[int] = 0
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
    FLEXIBLE_MIN: ClassVar[int | None] = 0
    #: Who serves this request in Kafka (empty for responses).
    LISTENERS: ClassVar[tuple[str, ...]] = ('broker',)
    FIELDS: ClassVar[tuple[FieldInfo, ...]]

    @dataclass(slots=True)
    class InitializeStateData:
        FIELDS: ClassVar[tuple[FieldInfo, ...]]

        @dataclass(slots=True)
        class PartitionData:
            FIELDS: ClassVar[tuple[FieldInfo, ...]]

            #: The partition index.
            partition: int = 0
            #: The state epoch for this share-partition.
            state_epoch: int = 0
            #: The share-partition start offset, or -1 if the start offset is not being initialized.
            start_offset: int = 0
            #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
            unknown_tagged_fields: list[tuple[int, bytes]] | None = None

        #: The topic identifier.
        topic_id: UUID = ZERO_UUID
        #: The data for the partitions.
        partitions: list[InitializeShareGroupStateRequest.InitializeStateData.PartitionData] = field(default_factory=list)
        #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
        unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    PartitionData = InitializeStateData.PartitionData
    #: The group identifier.
    group_id: str = ''
    #: The data for the topics.
    topics: list[InitializeShareGroupStateRequest.InitializeStateData] = field(default_factory=list)
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> InitializeShareGroupStateRequest:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_InitializeShareGroupStateRequest, data, version, 'InitializeShareGroupStateRequest', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_InitializeShareGroupStateRequest, self, version, 'InitializeShareGroupStateRequest')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_InitializeShareGroupStateRequest, self, version, 'InitializeShareGroupStateRequest')


@dataclass(slots=True)
class InitializeShareGroupStateResponse:
    """InitializeShareGroupStateResponse (API key 83, versions 0-0).

    Generated from InitializeShareGroupStateResponse.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = 83
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    LATEST_VERSION: ClassVar[int] = 0
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
    FLEXIBLE_MIN: ClassVar[int | None] = 0
    #: Who serves this request in Kafka (empty for responses).
    LISTENERS: ClassVar[tuple[str, ...]] = ()
    FIELDS: ClassVar[tuple[FieldInfo, ...]]

    @dataclass(slots=True)
    class InitializeStateResult:
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
        partitions: list[InitializeShareGroupStateResponse.InitializeStateResult.PartitionResult] = field(default_factory=list)
        #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
        unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    PartitionResult = InitializeStateResult.PartitionResult
    #: The initialization results.
    results: list[InitializeShareGroupStateResponse.InitializeStateResult] = field(default_factory=list)
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> InitializeShareGroupStateResponse:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_InitializeShareGroupStateResponse, data, version, 'InitializeShareGroupStateResponse', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_InitializeShareGroupStateResponse, self, version, 'InitializeShareGroupStateResponse')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_InitializeShareGroupStateResponse, self, version, 'InitializeShareGroupStateResponse')

def _d_InitializeShareGroupStateRequest_InitializeStateData_PartitionData_v0(B: memoryview, P: int) -> tuple[InitializeShareGroupStateRequest.InitializeStateData.PartitionData, int]:
    (f0, f1, f2,) = _S_iiq.unpack_from(B, P)
    P += 16
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_InitializeShareGroupStateRequest_InitializeStateData_PartitionData(f0, f1, f2, tf), P


def _d_InitializeShareGroupStateRequest_InitializeStateData_v0(B: memoryview, P: int) -> tuple[InitializeShareGroupStateRequest.InitializeStateData, int]:
    f0, P = read_uuid(B, P)
    n_f1 = B[P]
    if n_f1 < 0x80:
        P += 1
    else:
        n_f1, P = read_uvarint(B, P)
    n_f1 -= 1
    f1: list[InitializeShareGroupStateRequest.InitializeStateData.PartitionData]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Partitions has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_InitializeShareGroupStateRequest_InitializeStateData_PartitionData_v0(B, P)
            f1.append(e_f1)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_InitializeShareGroupStateRequest_InitializeStateData(f0, f1, tf), P


def _d_InitializeShareGroupStateRequest_v0(B: memoryview, P: int) -> tuple[InitializeShareGroupStateRequest, int]:
    f0, P = read_compact_string(B, P)
    n_f1 = B[P]
    if n_f1 < 0x80:
        P += 1
    else:
        n_f1, P = read_uvarint(B, P)
    n_f1 -= 1
    f1: list[InitializeShareGroupStateRequest.InitializeStateData]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Topics has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_InitializeShareGroupStateRequest_InitializeStateData_v0(B, P)
            f1.append(e_f1)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_InitializeShareGroupStateRequest(f0, f1, tf), P


def _e_InitializeShareGroupStateRequest_InitializeStateData_PartitionData_v0(o: InitializeShareGroupStateRequest.InitializeStateData.PartitionData, O: bytearray) -> None:
    O += _S_iiq.pack(o.partition, o.state_epoch, o.start_offset)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_InitializeShareGroupStateRequest_InitializeStateData_v0(o: InitializeShareGroupStateRequest.InitializeStateData, O: bytearray) -> None:
    write_uuid(O, o.topic_id)
    a1 = o.partitions
    if a1 is None:
        raise EncodeError('non-nullable array Partitions is None')
    write_uvarint(O, len(a1) + 1)
    for e_a1 in a1:
        _e_InitializeShareGroupStateRequest_InitializeStateData_PartitionData_v0(e_a1, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_InitializeShareGroupStateRequest_v0(o: InitializeShareGroupStateRequest, O: bytearray) -> None:
    write_compact_string(O, o.group_id)
    a1 = o.topics
    if a1 is None:
        raise EncodeError('non-nullable array Topics is None')
    write_uvarint(O, len(a1) + 1)
    for e_a1 in a1:
        _e_InitializeShareGroupStateRequest_InitializeStateData_v0(e_a1, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _d_InitializeShareGroupStateResponse_InitializeStateResult_PartitionResult_v0(B: memoryview, P: int) -> tuple[InitializeShareGroupStateResponse.InitializeStateResult.PartitionResult, int]:
    (f0, f1,) = _S_ih.unpack_from(B, P)
    P += 6
    f2, P = read_compact_nullable_string(B, P)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_InitializeShareGroupStateResponse_InitializeStateResult_PartitionResult(f0, f1, f2, tf), P


def _d_InitializeShareGroupStateResponse_InitializeStateResult_v0(B: memoryview, P: int) -> tuple[InitializeShareGroupStateResponse.InitializeStateResult, int]:
    f0, P = read_uuid(B, P)
    n_f1 = B[P]
    if n_f1 < 0x80:
        P += 1
    else:
        n_f1, P = read_uvarint(B, P)
    n_f1 -= 1
    f1: list[InitializeShareGroupStateResponse.InitializeStateResult.PartitionResult]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Partitions has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_InitializeShareGroupStateResponse_InitializeStateResult_PartitionResult_v0(B, P)
            f1.append(e_f1)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_InitializeShareGroupStateResponse_InitializeStateResult(f0, f1, tf), P


def _d_InitializeShareGroupStateResponse_v0(B: memoryview, P: int) -> tuple[InitializeShareGroupStateResponse, int]:
    n_f0 = B[P]
    if n_f0 < 0x80:
        P += 1
    else:
        n_f0, P = read_uvarint(B, P)
    n_f0 -= 1
    f0: list[InitializeShareGroupStateResponse.InitializeStateResult]
    if n_f0 < 0:
        raise DecodeError(f'non-nullable array Results has length {n_f0}')
    else:
        if n_f0 > len(B) - P:
            raise DecodeError(f'array length {n_f0} exceeds the buffer')
        f0 = []
        for _ in range(n_f0):
            e_f0, P = _d_InitializeShareGroupStateResponse_InitializeStateResult_v0(B, P)
            f0.append(e_f0)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_InitializeShareGroupStateResponse(f0, tf), P


def _e_InitializeShareGroupStateResponse_InitializeStateResult_PartitionResult_v0(o: InitializeShareGroupStateResponse.InitializeStateResult.PartitionResult, O: bytearray) -> None:
    O += _S_ih.pack(o.partition, o.error_code)
    write_compact_nullable_string(O, o.error_message)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_InitializeShareGroupStateResponse_InitializeStateResult_v0(o: InitializeShareGroupStateResponse.InitializeStateResult, O: bytearray) -> None:
    write_uuid(O, o.topic_id)
    a1 = o.partitions
    if a1 is None:
        raise EncodeError('non-nullable array Partitions is None')
    write_uvarint(O, len(a1) + 1)
    for e_a1 in a1:
        _e_InitializeShareGroupStateResponse_InitializeStateResult_PartitionResult_v0(e_a1, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_InitializeShareGroupStateResponse_v0(o: InitializeShareGroupStateResponse, O: bytearray) -> None:
    a0 = o.results
    if a0 is None:
        raise EncodeError('non-nullable array Results is None')
    write_uvarint(O, len(a0) + 1)
    for e_a0 in a0:
        _e_InitializeShareGroupStateResponse_InitializeStateResult_v0(e_a0, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


_C_InitializeShareGroupStateRequest = InitializeShareGroupStateRequest
_C_InitializeShareGroupStateRequest_InitializeStateData = InitializeShareGroupStateRequest.InitializeStateData
_C_InitializeShareGroupStateRequest_InitializeStateData_PartitionData = InitializeShareGroupStateRequest.InitializeStateData.PartitionData
_DEF_C_InitializeShareGroupStateRequest_InitializeStateData = _C_InitializeShareGroupStateRequest_InitializeStateData()
_DEF_C_InitializeShareGroupStateRequest_InitializeStateData_PartitionData = _C_InitializeShareGroupStateRequest_InitializeStateData_PartitionData()
_DEC_InitializeShareGroupStateRequest: dict[int, Decoder[InitializeShareGroupStateRequest]] = {
    0: _d_InitializeShareGroupStateRequest_v0,
}
_ENC_InitializeShareGroupStateRequest: dict[int, Encoder[InitializeShareGroupStateRequest]] = {
    0: _e_InitializeShareGroupStateRequest_v0,
}
InitializeShareGroupStateRequest.FIELDS = (
    FieldInfo('GroupId', 'group_id', 'string', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Topics', 'topics', '[]InitializeStateData', (0, OPEN), None, None, None, False, None, None, _C_InitializeShareGroupStateRequest_InitializeStateData),
)
InitializeShareGroupStateRequest.InitializeStateData.FIELDS = (
    FieldInfo('TopicId', 'topic_id', 'uuid', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Partitions', 'partitions', '[]PartitionData', (0, OPEN), None, None, None, False, None, None, _C_InitializeShareGroupStateRequest_InitializeStateData_PartitionData),
)
InitializeShareGroupStateRequest.InitializeStateData.PartitionData.FIELDS = (
    FieldInfo('Partition', 'partition', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('StateEpoch', 'state_epoch', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('StartOffset', 'start_offset', 'int64', (0, OPEN), None, None, None, False, None, None, None),
)

_C_InitializeShareGroupStateResponse = InitializeShareGroupStateResponse
_C_InitializeShareGroupStateResponse_InitializeStateResult = InitializeShareGroupStateResponse.InitializeStateResult
_C_InitializeShareGroupStateResponse_InitializeStateResult_PartitionResult = InitializeShareGroupStateResponse.InitializeStateResult.PartitionResult
_DEF_C_InitializeShareGroupStateResponse_InitializeStateResult = _C_InitializeShareGroupStateResponse_InitializeStateResult()
_DEF_C_InitializeShareGroupStateResponse_InitializeStateResult_PartitionResult = _C_InitializeShareGroupStateResponse_InitializeStateResult_PartitionResult()
_DEC_InitializeShareGroupStateResponse: dict[int, Decoder[InitializeShareGroupStateResponse]] = {
    0: _d_InitializeShareGroupStateResponse_v0,
}
_ENC_InitializeShareGroupStateResponse: dict[int, Encoder[InitializeShareGroupStateResponse]] = {
    0: _e_InitializeShareGroupStateResponse_v0,
}
InitializeShareGroupStateResponse.FIELDS = (
    FieldInfo('Results', 'results', '[]InitializeStateResult', (0, OPEN), None, None, None, False, None, None, _C_InitializeShareGroupStateResponse_InitializeStateResult),
)
InitializeShareGroupStateResponse.InitializeStateResult.FIELDS = (
    FieldInfo('TopicId', 'topic_id', 'uuid', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Partitions', 'partitions', '[]PartitionResult', (0, OPEN), None, None, None, False, None, None, _C_InitializeShareGroupStateResponse_InitializeStateResult_PartitionResult),
)
InitializeShareGroupStateResponse.InitializeStateResult.PartitionResult.FIELDS = (
    FieldInfo('Partition', 'partition', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('ErrorCode', 'error_code', 'int16', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('ErrorMessage', 'error_message', 'string', (0, OPEN), (0, OPEN), None, None, False, None, None, None),
)
