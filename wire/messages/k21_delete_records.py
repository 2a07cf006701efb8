"""API key 21: DeleteRecords.

GENERATED - DO NOT EDIT. Written by ``python -m wire.generator`` from Apache Kafka 4.1.1's
message definitions (DeleteRecordsRequest.json, DeleteRecordsResponse.json).
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
_S_ii = struct.Struct('>ii')
_S_iq = struct.Struct('>iq')
_S_iqh = struct.Struct('>iqh')


@dataclass(slots=True)
class DeleteRecordsRequest:
    """DeleteRecordsRequest (API key 21, versions 0-2).

    Generated from DeleteRecordsRequest.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = 21
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 2
    LATEST_VERSION: ClassVar[int] = 2
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
    FLEXIBLE_MIN: ClassVar[int | None] = 2
    #: Who serves this request in Kafka (empty for responses).
    LISTENERS: ClassVar[tuple[str, ...]] = ('broker',)
    FIELDS: ClassVar[tuple[FieldInfo, ...]]

    @dataclass(slots=True)
    class DeleteRecordsTopic:
        FIELDS: ClassVar[tuple[FieldInfo, ...]]

        @dataclass(slots=True)
        class DeleteRecordsPartition:
            FIELDS: ClassVar[tuple[FieldInfo, ...]]

            #: The partition index.
            partition_index: int = 0
            #: The deletion offset.
            offset: int = 0
            #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
            unknown_tagged_fields: list[tuple[int, bytes]] | None = None

        #: The topic name.
        name: str = ''
        #: Each partition that we want to delete records from.
        partitions: list[DeleteRecordsRequest.DeleteRecordsTopic.DeleteRecordsPartition] = field(default_factory=list)
        #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
        unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    DeleteRecordsPartition = DeleteRecordsTopic.DeleteRecordsPartition
    #: Each topic that we want to delete records from.
    topics: list[DeleteRecordsRequest.DeleteRecordsTopic] = field(default_factory=list)
    #: How long to wait for the deletion to complete, in milliseconds.
    timeout_ms: int = 0
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> DeleteRecordsRequest:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_DeleteRecordsRequest, data, version, 'DeleteRecordsRequest', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_DeleteRecordsRequest, self, version, 'DeleteRecordsRequest')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_DeleteRecordsRequest, self, version, 'DeleteRecordsRequest')


@dataclass(slots=True)
class DeleteRecordsResponse:
    """DeleteRecordsResponse (API key 21, versions 0-2).

    Generated from DeleteRecordsResponse.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = 21
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 2
    LATEST_VERSION: ClassVar[int] = 2
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
    FLEXIBLE_MIN: ClassVar[int | None] = 2
    #: Who serves this request in Kafka (empty for responses).
    LISTENERS: ClassVar[tuple[str, ...]] = ()
    FIELDS: ClassVar[tuple[FieldInfo, ...]]

    @dataclass(slots=True)
    class DeleteRecordsTopicResult:
        FIELDS: ClassVar[tuple[FieldInfo, ...]]

        @dataclass(slots=True)
        class DeleteRecordsPartitionResult:
            FIELDS: ClassVar[tuple[FieldInfo, ...]]

            #: The partition index.
            partition_index: int = 0
            #: The partition low water mark.
            low_watermark: int = 0
            #: The deletion error code, or 0 if the deletion succeeded.
            error_code: int = 0
            #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
            unknown_tagged_fields: list[tuple[int, bytes]] | None = None

        #: The topic name.
        name: str = ''
        #: Each partition that we wanted to delete records from.
        partitions: list[DeleteRecordsResponse.DeleteRecordsTopicResult.DeleteRecordsPartitionResult] = field(default_factory=list)
        #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
        unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    DeleteRecordsPartitionResult = DeleteRecordsTopicResult.DeleteRecordsPartitionResult
    #: The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    throttle_time_ms: int = 0
    #: Each topic that we wanted to delete records from.
    topics: list[DeleteRecordsResponse.DeleteRecordsTopicResult] = field(default_factory=list)
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> DeleteRecordsResponse:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_DeleteRecordsResponse, data, version, 'DeleteRecordsResponse', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_DeleteRecordsResponse, self, version, 'DeleteRecordsResponse')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_DeleteRecordsResponse, self, version, 'DeleteRecordsResponse')

def _d_DeleteRecordsRequest_DeleteRecordsTopic_DeleteRecordsPartition_v0(B: memoryview, P: int) -> tuple[DeleteRecordsRequest.DeleteRecordsTopic.DeleteRecordsPartition, int]:
    (f0, f1,) = _S_iq.unpack_from(B, P)
    P += 12
    return _C_DeleteRecordsRequest_DeleteRecordsTopic_DeleteRecordsPartition(f0, f1, None), P


def _d_DeleteRecordsRequest_DeleteRecordsTopic_v0(B: memoryview, P: int) -> tuple[DeleteRecordsRequest.DeleteRecordsTopic, int]:
    f0, P = read_string(B, P)
    (n_f1,) = _S_i.unpack_from(B, P)
    P += 4
    f1: list[DeleteRecordsRequest.DeleteRecordsTopic.DeleteRecordsPartition]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Partitions has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_DeleteRecordsRequest_DeleteRecordsTopic_DeleteRecordsPartition_v0(B, P)
            f1.append(e_f1)
    return _C_DeleteRecordsRequest_DeleteRecordsTopic(f0, f1, None), P


def _d_DeleteRecordsRequest_v0(B: memoryview, P: int) -> tuple[DeleteRecordsRequest, int]:
    (n_f0,) = _S_i.unpack_from(B, P)
    P += 4
    f0: list[DeleteRecordsRequest.DeleteRecordsTopic]
    if n_f0 < 0:
        raise DecodeError(f'non-nullable array Topics has length {n_f0}')
    else:
        if n_f0 > len(B) - P:
            raise DecodeError(f'array length {n_f0} exceeds the buffer')
        f0 = []
        for _ in range(n_f0):
            e_f0, P = _d_DeleteRecordsRequest_DeleteRecordsTopic_v0(B, P)
            f0.append(e_f0)
    (f1,) = _S_i.unpack_from(B, P)
    P += 4
    return _C_DeleteRecordsRequest(f0, f1, None), P


def _d_DeleteRecordsRequest_DeleteRecordsTopic_DeleteRecordsPartition_v2(B: memoryview, P: int) -> tuple[DeleteRecordsRequest.DeleteRecordsTopic.DeleteRecordsPartition, int]:
    (f0, f1,) = _S_iq.unpack_from(B, P)
    P += 12
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_DeleteRecordsRequest_DeleteRecordsTopic_DeleteRecordsPartition(f0, f1, tf), P


def _d_DeleteRecordsRequest_DeleteRecordsTopic_v2(B: memoryview, P: int) -> tuple[DeleteRecordsRequest.DeleteRecordsTopic, int]:
    f0, P = read_compact_string(B, P)
    n_f1 = B[P]
    if n_f1 < 0x80:
        P += 1
    else:
        n_f1, P = read_uvarint(B, P)
    n_f1 -= 1
    f1: list[DeleteRecordsRequest.DeleteRecordsTopic.DeleteRecordsPartition]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Partitions has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_DeleteRecordsRequest_DeleteRecordsTopic_DeleteRecordsPartition_v2(B, P)
            f1.append(e_f1)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_DeleteRecordsRequest_DeleteRecordsTopic(f0, f1, tf), P


def _d_DeleteRecordsRequest_v2(B: memoryview, P: int) -> tuple[DeleteRecordsRequest, int]:
    n_f0 = B[P]
    if n_f0 < 0x80:
        P += 1
    else:
        n_f0, P = read_uvarint(B, P)
    n_f0 -= 1
    f0: list[DeleteRecordsRequest.DeleteRecordsTopic]
    if n_f0 < 0:
        raise DecodeError(f'non-nullable array Topics has length {n_f0}')
    else:
        if n_f0 > len(B) - P:
            raise DecodeError(f'array length {n_f0} exceeds the buffer')
        f0 = []
        for _ in range(n_f0):
            e_f0, P = _d_DeleteRecordsRequest_DeleteRecordsTopic_v2(B, P)
            f0.append(e_f0)
    (f1,) = _S_i.unpack_from(B, P)
    P += 4
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_DeleteRecordsRequest(f0, f1, tf), P


def _e_DeleteRecordsRequest_DeleteRecordsTopic_DeleteRecordsPartition_v0(o: DeleteRecordsRequest.DeleteRecordsTopic.DeleteRecordsPartition, O: bytearray) -> None:
    O += _S_iq.pack(o.partition_index, o.offset)


def _e_DeleteRecordsRequest_DeleteRecordsTopic_v0(o: DeleteRecordsRequest.DeleteRecordsTopic, O: bytearray) -> None:
    write_string(O, o.name)
    a1 = o.partitions
    if a1 is None:
        raise EncodeError('non-nullable array Partitions is None')
    O += _S_i.pack(len(a1))
    for e_a1 in a1:
        _e_DeleteRecordsRequest_DeleteRecordsTopic_DeleteRecordsPartition_v0(e_a1, O)


def _e_DeleteRecordsRequest_v0(o: DeleteRecordsRequest, O: bytearray) -> None:
    a0 = o.topics
    if a0 is None:
        raise EncodeError('non-nullable array Topics is None')
    O += _S_i.pack(len(a0))
    for e_a0 in a0:
        _e_DeleteRecordsRequest_DeleteRecordsTopic_v0(e_a0, O)
    O += _S_i.pack(o.timeout_ms)


def _e_DeleteRecordsRequest_DeleteRecordsTopic_DeleteRecordsPartition_v2(o: DeleteRecordsRequest.DeleteRecordsTopic.DeleteRecordsPartition, O: bytearray) -> None:
    O += _S_iq.pack(o.partition_index, o.offset)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_DeleteRecordsRequest_DeleteRecordsTopic_v2(o: DeleteRecordsRequest.DeleteRecordsTopic, O: bytearray) -> None:
    write_compact_string(O, o.name)
    a1 = o.partitions
    if a1 is None:
        raise EncodeError('non-nullable array Partitions is None')
    write_uvarint(O, len(a1) + 1)
    for e_a1 in a1:
        _e_DeleteRecordsRequest_DeleteRecordsTopic_DeleteRecordsPartition_v2(e_a1, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_DeleteRecordsRequest_v2(o: DeleteRecordsRequest, O: bytearray) -> None:
    a0 = o.topics
    if a0 is None:
        raise EncodeError('non-nullable array Topics is None')
    write_uvarint(O, len(a0) + 1)
    for e_a0 in a0:
        _e_DeleteRecordsRequest_DeleteRecordsTopic_v2(e_a0, O)
    O += _S_i.pack(o.timeout_ms)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _d_DeleteRecordsResponse_DeleteRecordsTopicResult_DeleteRecordsPartitionResult_v0(B: memoryview, P: int) -> tuple[DeleteRecordsResponse.DeleteRecordsTopicResult.DeleteRecordsPartitionResult, int]:
    (f0, f1, f2,) = _S_iqh.unpack_from(B, P)
    P += 14
    return _C_DeleteRecordsResponse_DeleteRecordsTopicResult_DeleteRecordsPartitionResult(f0, f1, f2, None), P


def _d_DeleteRecordsResponse_DeleteRecordsTopicResult_v0(B: memoryview, P: int) -> tuple[DeleteRecordsResponse.DeleteRecordsTopicResult, int]:
    f0, P = read_string(B, P)
    (n_f1,) = _S_i.unpack_from(B, P)
    P += 4
    f1: list[DeleteRecordsResponse.DeleteRecordsTopicResult.DeleteRecordsPartitionResult]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Partitions has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_DeleteRecordsResponse_DeleteRecordsTopicResult_DeleteRecordsPartitionResult_v0(B, P)
            f1.append(e_f1)
    return _C_DeleteRecordsResponse_DeleteRecordsTopicResult(f0, f1, None), P


def _d_DeleteRecordsResponse_v0(B: memoryview, P: int) -> tuple[DeleteRecordsResponse, int]:
    (f0, n_f1,) = _S_ii.unpack_from(B, P)
    P += 8
    f1: list[DeleteRecordsResponse.DeleteRecordsTopicResult]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Topics has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_DeleteRecordsResponse_DeleteRecordsTopicResult_v0(B, P)
            f1.append(e_f1)
    return _C_DeleteRecordsResponse(f0, f1, None), P


def _d_DeleteRecordsResponse_DeleteRecordsTopicResult_DeleteRecordsPartitionResult_v2(B: memoryview, P: int) -> tuple[DeleteRecordsResponse.DeleteRecordsTopicResult.DeleteRecordsPartitionResult, int]:
    (f0, f1, f2,) = _S_iqh.unpack_from(B, P)
    P += 14
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_DeleteRecordsResponse_DeleteRecordsTopicResult_DeleteRecordsPartitionResult(f0, f1, f2, tf), P


def _d_DeleteRecordsResponse_DeleteRecordsTopicResult_v2(B: memoryview, P: int) -> tuple[DeleteRecordsResponse.DeleteRecordsTopicResult, int]:
    f0, P = read_compact_string(B, P)
    n_f1 = B[P]
    if n_f1 < 0x80:
        P += 1
    else:
        n_f1, P = read_uvarint(B, P)
    n_f1 -= 1
    f1: list[DeleteRecordsResponse.DeleteRecordsTopicResult.DeleteRecordsPartitionResult]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Partitions has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_DeleteRecordsResponse_DeleteRecordsTopicResult_DeleteRecordsPartitionResult_v2(B, P)
            f1.append(e_f1)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_DeleteRecordsResponse_DeleteRecordsTopicResult(f0, f1, tf), P


def _d_DeleteRecordsResponse_v2(B: memoryview, P: int) -> tuple[DeleteRecordsResponse, int]:
    (f0,) = _S_i.unpack_from(B, P)
    P += 4
    n_f1 = B[P]
    if n_f1 < 0x80:
        P += 1
    else:
        n_f1, P = read_uvarint(B, P)
    n_f1 -= 1
    f1: list[DeleteRecordsResponse.DeleteRecordsTopicResult]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Topics has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_DeleteRecordsResponse_DeleteRecordsTopicResult_v2(B, P)
            f1.append(e_f1)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_DeleteRecordsResponse(f0, f1, tf), P


def _e_DeleteRecordsResponse_DeleteRecordsTopicResult_DeleteRecordsPartitionResult_v0(o: DeleteRecordsResponse.DeleteRecordsTopicResult.DeleteRecordsPartitionResult, O: bytearray) -> None:
    O += _S_iqh.pack(o.partition_index, o.low_watermark, o.error_code)


def _e_DeleteRecordsResponse_DeleteRecordsTopicResult_v0(o: DeleteRecordsResponse.DeleteRecordsTopicResult, O: bytearray) -> None:
    write_string(O, o.name)
    a1 = o.partitions
    if a1 is None:
        raise EncodeError('non-nullable array Partitions is None')
    O += _S_i.pack(len(a1))
    for e_a1 in a1:
        _e_DeleteRecordsResponse_DeleteRecordsTopicResult_DeleteRecordsPartitionResult_v0(e_a1, O)


def _e_DeleteRecordsResponse_v0(o: DeleteRecordsResponse, O: bytearray) -> None:
    a1 = o.topics
    if a1 is None:
        raise EncodeError('non-nullable array Topics is None')
    O += _S_ii.pack(o.throttle_time_ms, len(a1))
    for e_a1 in a1:
        _e_DeleteRecordsResponse_DeleteRecordsTopicResult_v0(e_a1, O)


def _e_DeleteRecordsResponse_DeleteRecordsTopicResult_DeleteRecordsPartitionResult_v2(o: DeleteRecordsResponse.DeleteRecordsTopicResult.DeleteRecordsPartitionResult, O: bytearray) -> None:
    O += _S_iqh.pack(o.partition_index, o.low_watermark, o.error_code)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_DeleteRecordsResponse_DeleteRecordsTopicResult_v2(o: DeleteRecordsResponse.DeleteRecordsTopicResult, O: bytearray) -> None:
    write_compact_string(O, o.name)
    a1 = o.partitions
    if a1 is None:
        raise EncodeError('non-nullable array Partitions is None')
    write_uvarint(O, len(a1) + 1)
    for e_a1 in a1:
        _e_DeleteRecordsResponse_DeleteRecordsTopicResult_DeleteRecordsPartitionResult_v2(e_a1, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_DeleteRecordsResponse_v2(o: DeleteRecordsResponse, O: bytearray) -> None:
    O += _S_i.pack(o.throttle_time_ms)
    a1 = o.topics
    if a1 is None:
        raise EncodeError('non-nullable array Topics is None')
    write_uvarint(O, len(a1) + 1)
    for e_a1 in a1:
        _e_DeleteRecordsResponse_DeleteRecordsTopicResult_v2(e_a1, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


_C_DeleteRecordsRequest = DeleteRecordsRequest
_C_DeleteRecordsRequest_DeleteRecordsTopic = DeleteRecordsRequest.DeleteRecordsTopic
_C_DeleteRecordsRequest_DeleteRecordsTopic_DeleteRecordsPartition = DeleteRecordsRequest.DeleteRecordsTopic.DeleteRecordsPartition
_DEF_C_DeleteRecordsRequest_DeleteRecordsTopic = _C_DeleteRecordsRequest_DeleteRecordsTopic()
_DEF_C_DeleteRecordsRequest_DeleteRecordsTopic_DeleteRecordsPartition = _C_DeleteRecordsRequest_DeleteRecordsTopic_DeleteRecordsPartition()
_DEC_DeleteRecordsRequest: dict[int, Decoder[DeleteRecordsRequest]] = {
    0: _d_DeleteRecordsRequest_v0,
    1: _d_DeleteRecordsRequest_v0,
    2: _d_DeleteRecordsRequest_v2,
}
_ENC_DeleteRecordsRequest: dict[int, Encoder[DeleteRecordsRequest]] = {
    0: _e_DeleteRecordsRequest_v0,
    1: _e_DeleteRecordsRequest_v0,
    2: _e_DeleteRecordsRequest_v2,
}
DeleteRecordsRequest.FIELDS = (
    FieldInfo('Topics', 'topics', '[]DeleteRecordsTopic', (0, OPEN), None, None, None, False, None, None, _C_DeleteRecordsRequest_DeleteRecordsTopic),
    FieldInfo('TimeoutMs', 'timeout_ms', 'int32', (0, OPEN), None, None, None, False, None, None, None),
)
DeleteRecordsRequest.DeleteRecordsTopic.FIELDS = (
    FieldInfo('Name', 'name', 'string', (0, OPEN), None, None, None, False, 'topicName', None, None),
    FieldInfo('Partitions', 'partitions', '[]DeleteRecordsPartition', (0, OPEN), None, None, None, False, None, None, _C_DeleteRecordsRequest_DeleteRecordsTopic_DeleteRecordsPartition),
)
DeleteRecordsRequest.DeleteRecordsTopic.DeleteRecordsPartition.FIELDS = (
    FieldInfo('PartitionIndex', 'partition_index', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Offset', 'offset', 'int64', (0, OPEN), None, None, None, False, None, None, None),
)

_C_DeleteRecordsResponse = DeleteRecordsResponse
_C_DeleteRecordsResponse_DeleteRecordsTopicResult = DeleteRecordsResponse.DeleteRecordsTopicResult
_C_DeleteRecordsResponse_DeleteRecordsTopicResult_DeleteRecordsPartitionResult = DeleteRecordsResponse.DeleteRecordsTopicResult.DeleteRecordsPartitionResult
_DEF_C_DeleteRecordsResponse_DeleteRecordsTopicResult = _C_DeleteRecordsResponse_DeleteRecordsTopicResult()
_DEF_C_DeleteRecordsResponse_DeleteRecordsTopicResult_DeleteRecordsPartitionResult = _C_DeleteRecordsResponse_DeleteRecordsTopicResult_DeleteRecordsPartitionResult()
_DEC_DeleteRecordsResponse: dict[int, Decoder[DeleteRecordsResponse]] = {
    0: _d_DeleteRecordsResponse_v0,
    1: _d_DeleteRecordsResponse_v0,
    2: _d_DeleteRecordsResponse_v2,
}
_ENC_DeleteRecordsResponse: dict[int, Encoder[DeleteRecordsResponse]] = {
    0: _e_DeleteRecordsResponse_v0,
    1: _e_DeleteRecordsResponse_v0,
    2: _e_DeleteRecordsResponse_v2,
}
DeleteRecordsResponse.FIELDS = (
    FieldInfo('ThrottleTimeMs', 'throttle_time_ms', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Topics', 'topics', '[]DeleteRecordsTopicResult', (0, OPEN), None, None, None, False, None, None, _C_DeleteRecordsResponse_DeleteRecordsTopicResult),
)
DeleteRecordsResponse.DeleteRecordsTopicResult.FIELDS = (
    FieldInfo('Name', 'name', 'string', (0, OPEN), None, None, None, False, 'topicName', None, None),
    FieldInfo('Partitions', 'partitions', '[]DeleteRecordsPartitionResult', (0, OPEN), None, None, None, False, None, None, _C_DeleteRecordsResponse_DeleteRecordsTopicResult_DeleteRecordsPartitionResult),
)
DeleteRecordsResponse.DeleteRecordsTopicResult.DeleteRecordsPartitionResult.FIELDS = (
    FieldInfo('PartitionIndex', 'partition_index', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('LowWatermark', 'low_watermark', 'int64', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('ErrorCode', 'error_code', 'int16', (0, OPEN), None, None, None, False, None, None, None),
)
