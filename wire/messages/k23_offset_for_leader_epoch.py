"""API key 23: OffsetForLeaderEpoch.

GENERATED - DO NOT EDIT. Written by ``python -m wire.generator`` from Apache Kafka 4.1.1's
message definitions (OffsetForLeaderEpochRequest.json, OffsetForLeaderEpochResponse.json).
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


_S_hiiq = struct.Struct('>hiiq')
_S_i = struct.Struct('>i')
_S_ii = struct.Struct('>ii')
_S_iii = struct.Struct('>iii')


@dataclass(slots=True)
class OffsetForLeaderEpochRequest:
    """OffsetForLeaderEpochRequest (API key 23, versions 2-4).

    Generated from OffsetForLeaderEpochRequest.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = 23
    MIN_VERSION: ClassVar[int] = 2
    MAX_VERSION: ClassVar[int] = 4
    LATEST_VERSION: ClassVar[int] = 4
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
    FLEXIBLE_MIN: ClassVar[int | None] = 4
    #: Who serves this request in Kafka (empty for responses).
    LISTENERS: ClassVar[tuple[str, ...]] = ('broker',)
    FIELDS: ClassVar[tuple[FieldInfo, ...]]

    @dataclass(slots=True)
    class OffsetForLeaderTopic:
        FIELDS: ClassVar[tuple[FieldInfo, ...]]

        @dataclass(slots=True)
        class OffsetForLeaderPartition:
            FIELDS: ClassVar[tuple[FieldInfo, ...]]

            #: The partition index.
            partition: int = 0
            #: An epoch used to fence consumers/replicas with old metadata. If the epoch provided by the client is larger than the current epoch known to the broker, then the UNKNOWN_LEADER_EPOCH error code will be returned. If the provided epoch is smaller, then the FENCED_LEADER_EPOCH error code will be returned.
            current_leader_epoch: int = -1
            #: The epoch to look up an offset for.
            leader_epoch: int = 0
            #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
            unknown_tagged_fields: list[tuple[int, bytes]] | None = None

        #: The topic name.
        topic: str = ''
        #: Each partition to get offsets for.
        partitions: list[OffsetForLeaderEpochRequest.OffsetForLeaderTopic.OffsetForLeaderPartition] = field(default_factory=list)
        #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
        unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    OffsetForLeaderPartition = OffsetForLeaderTopic.OffsetForLeaderPartition
    #: The broker ID of the follower, of -1 if this request is from a consumer.
    replica_id: int = -2
    #: Each topic to get offsets for.
    topics: list[OffsetForLeaderEpochRequest.OffsetForLeaderTopic] = field(default_factory=list)
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> OffsetForLeaderEpochRequest:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_OffsetForLeaderEpochRequest, data, version, 'OffsetForLeaderEpochRequest', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_OffsetForLeaderEpochRequest, self, version, 'OffsetForLeaderEpochRequest')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_OffsetForLeaderEpochRequest, self, version, 'OffsetForLeaderEpochRequest')


@dataclass(slots=True)
class OffsetForLeaderEpochResponse:
    """OffsetForLeaderEpochResponse (API key 23, versions 2-4).

    Generated from OffsetForLeaderEpochResponse.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = 23
    MIN_VERSION: ClassVar[int] = 2
    MAX_VERSION: ClassVar[int] = 4
    LATEST_VERSION: ClassVar[int] = 4
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
    FLEXIBLE_MIN: ClassVar[int | None] = 4
    #: Who serves this request in Kafka (empty for responses).
    LISTENERS: ClassVar[tuple[str, ...]] = ()
    FIELDS: ClassVar[tuple[FieldInfo, ...]]

    @dataclass(slots=True)
    class OffsetForLeaderTopicResult:
        FIELDS: ClassVar[tuple[FieldInfo, ...]]

        @dataclass(slots=True)
        class EpochEndOffset:
            FIELDS: ClassVar[tuple[FieldInfo, ...]]

            #: The error code 0, or if there was no error.
            error_code: int = 0
            #: The partition index.
            partition: int = 0
            #: The leader epoch of the partition.
            leader_epoch: int = -1
            #: The end offset of the epoch.
            end_offset: int = -1
            #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
            unknown_tagged_fields: list[tuple[int, bytes]] | None = None

        #: The topic name.
        topic: str = ''
        #: Each partition in the topic we fetched offsets for.
        partitions: list[OffsetForLeaderEpochResponse.OffsetForLeaderTopicResult.EpochEndOffset] = field(default_factory=list)
        #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
        unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    EpochEndOffset = OffsetForLeaderTopicResult.EpochEndOffset
    #: The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    throttle_time_ms: int = 0
    #: Each topic we fetched offsets for.
    topics: list[OffsetForLeaderEpochResponse.OffsetForLeaderTopicResult] = field(default_factory=list)
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> OffsetForLeaderEpochResponse:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_OffsetForLeaderEpochResponse, data, version, 'OffsetForLeaderEpochResponse', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_OffsetForLeaderEpochResponse, self, version, 'OffsetForLeaderEpochResponse')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_OffsetForLeaderEpochResponse, self, version, 'OffsetForLeaderEpochResponse')

def _d_OffsetForLeaderEpochRequest_OffsetForLeaderTopic_OffsetForLeaderPartition_v2(B: memoryview, P: int) -> tuple[OffsetForLeaderEpochRequest.OffsetForLeaderTopic.OffsetForLeaderPartition, int]:
    (f0, f1, f2,) = _S_iii.unpack_from(B, P)
    P += 12
    return _C_OffsetForLeaderEpochRequest_OffsetForLeaderTopic_OffsetForLeaderPartition(f0, f1, f2, None), P


def _d_OffsetForLeaderEpochRequest_OffsetForLeaderTopic_v2(B: memoryview, P: int) -> tuple[OffsetForLeaderEpochRequest.OffsetForLeaderTopic, int]:
    f0, P = read_string(B, P)
    (n_f1,) = _S_i.unpack_from(B, P)
    P += 4
    f1: list[OffsetForLeaderEpochRequest.OffsetForLeaderTopic.OffsetForLeaderPartition]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Partitions has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_OffsetForLeaderEpochRequest_OffsetForLeaderTopic_OffsetForLeaderPartition_v2(B, P)
            f1.append(e_f1)
    return _C_OffsetForLeaderEpochRequest_OffsetForLeaderTopic(f0, f1, None), P


def _d_OffsetForLeaderEpochRequest_v2(B: memoryview, P: int) -> tuple[OffsetForLeaderEpochRequest, int]:
    (n_f1,) = _S_i.unpack_from(B, P)
    P += 4
    f1: list[OffsetForLeaderEpochRequest.OffsetForLeaderTopic]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Topics has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_OffsetForLeaderEpochRequest_OffsetForLeaderTopic_v2(B, P)
            f1.append(e_f1)
    return _C_OffsetForLeaderEpochRequest(-2, f1, None), P


def _d_OffsetForLeaderEpochRequest_v3(B: memoryview, P: int) -> tuple[OffsetForLeaderEpochRequest, int]:
    (f0, n_f1,) = _S_ii.unpack_from(B, P)
    P += 8
    f1: list[OffsetForLeaderEpochRequest.OffsetForLeaderTopic]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Topics has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_OffsetForLeaderEpochRequest_OffsetForLeaderTopic_v2(B, P)
            f1.append(e_f1)
    return _C_OffsetForLeaderEpochRequest(f0, f1, None), P


def _d_OffsetForLeaderEpochRequest_OffsetForLeaderTopic_OffsetForLeaderPartition_v4(B: memoryview, P: int) -> tuple[OffsetForLeaderEpochRequest.OffsetForLeaderTopic.OffsetForLeaderPartition, int]:
    (f0, f1, f2,) = _S_iii.unpack_from(B, P)
    P += 12
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_OffsetForLeaderEpochRequest_OffsetForLeaderTopic_OffsetForLeaderPartition(f0, f1, f2, tf), P


def _d_OffsetForLeaderEpochRequest_OffsetForLeaderTopic_v4(B: memoryview, P: int) -> tuple[OffsetForLeaderEpochRequest.OffsetForLeaderTopic, int]:
    f0, P = read_compact_string(B, P)
    n_f1 = B[P]
    if n_f1 < 0x80:
        P += 1
    else:
        n_f1, P = read_uvarint(B, P)
    n_f1 -= 1
    f1: list[OffsetForLeaderEpochRequest.OffsetForLeaderTopic.OffsetForLeaderPartition]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Partitions has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_OffsetForLeaderEpochRequest_OffsetForLeaderTopic_OffsetForLeaderPartition_v4(B, P)
            f1.append(e_f1)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_OffsetForLeaderEpochRequest_OffsetForLeaderTopic(f0, f1, tf), P


def _d_OffsetForLeaderEpochRequest_v4(B: memoryview, P: int) -> tuple[OffsetForLeaderEpochRequest, int]:
    (f0,) = _S_i.unpack_from(B, P)
    P += 4
    n_f1 = B[P]
    if n_f1 < 0x80:
        P += 1
    else:
        n_f1, P = read_uvarint(B, P)
    n_f1 -= 1
    f1: list[OffsetForLeaderEpochRequest.OffsetForLeaderTopic]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Topics has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_OffsetForLeaderEpochRequest_OffsetForLeaderTopic_v4(B, P)
            f1.append(e_f1)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_OffsetForLeaderEpochRequest(f0, f1, tf), P


def _e_OffsetForLeaderEpochRequest_OffsetForLeaderTopic_OffsetForLeaderPartition_v2(o: OffsetForLeaderEpochRequest.OffsetForLeaderTopic.OffsetForLeaderPartition, O: bytearray) -> None:
    O += _S_iii.pack(o.partition, o.current_leader_epoch, o.leader_epoch)


def _e_OffsetForLeaderEpochRequest_OffsetForLeaderTopic_v2(o: OffsetForLeaderEpochRequest.OffsetForLeaderTopic, O: bytearray) -> None:
    write_string(O, o.topic)
    a1 = o.partitions
    if a1 is None:
        raise EncodeError('non-nullable array Partitions is None')
    O += _S_i.pack(len(a1))
    for e_a1 in a1:
        _e_OffsetForLeaderEpochRequest_OffsetForLeaderTopic_OffsetForLeaderPartition_v2(e_a1, O)


def _e_OffsetForLeaderEpochRequest_v2(o: OffsetForLeaderEpochRequest, O: bytearray) -> None:
    a0 = o.topics
    if a0 is None:
        raise EncodeError('non-nullable array Topics is None')
    O += _S_i.pack(len(a0))
    for e_a0 in a0:
        _e_OffsetForLeaderEpochRequest_OffsetForLeaderTopic_v2(e_a0, O)


def _e_OffsetForLeaderEpochRequest_v3(o: OffsetForLeaderEpochRequest, O: bytearray) -> None:
    a1 = o.topics
    if a1 is None:
        raise EncodeError('non-nullable array Topics is None')
    O += _S_ii.pack(o.replica_id, len(a1))
    for e_a1 in a1:
        _e_OffsetForLeaderEpochRequest_OffsetForLeaderTopic_v2(e_a1, O)


def _e_OffsetForLeaderEpochRequest_OffsetForLeaderTopic_OffsetForLeaderPartition_v4(o: OffsetForLeaderEpochRequest.OffsetForLeaderTopic.OffsetForLeaderPartition, O: bytearray) -> None:
    O += _S_iii.pack(o.partition, o.current_leader_epoch, o.leader_epoch)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_OffsetForLeaderEpochRequest_OffsetForLeaderTopic_v4(o: OffsetForLeaderEpochRequest.OffsetForLeaderTopic, O: bytearray) -> None:
    write_compact_string(O, o.topic)
    a1 = o.partitions
    if a1 is None:
        raise EncodeError('non-nullable array Partitions is None')
    write_uvarint(O, len(a1) + 1)
    for e_a1 in a1:
        _e_OffsetForLeaderEpochRequest_OffsetForLeaderTopic_OffsetForLeaderPartition_v4(e_a1, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_OffsetForLeaderEpochRequest_v4(o: OffsetForLeaderEpochRequest, O: bytearray) -> None:
    O += _S_i.pack(o.replica_id)
    a1 = o.topics
    if a1 is None:
        raise EncodeError('non-nullable array Topics is None')
    write_uvarint(O, len(a1) + 1)
    for e_a1 in a1:
        _e_OffsetForLeaderEpochRequest_OffsetForLeaderTopic_v4(e_a1, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _d_OffsetForLeaderEpochResponse_OffsetForLeaderTopicResult_EpochEndOffset_v2(B: memoryview, P: int) -> tuple[OffsetForLeaderEpochResponse.OffsetForLeaderTopicResult.EpochEndOffset, int]:
    (f0, f1, f2, f3,) = _S_hiiq.unpack_from(B, P)
    P += 18
    return _C_OffsetForLeaderEpochResponse_OffsetForLeaderTopicResult_EpochEndOffset(f0, f1, f2, f3, None), P


def _d_OffsetForLeaderEpochResponse_OffsetForLeaderTopicResult_v2(B: memoryview, P: int) -> tuple[OffsetForLeaderEpochResponse.OffsetForLeaderTopicResult, int]:
    f0, P = read_string(B, P)
    (n_f1,) = _S_i.unpack_from(B, P)
    P += 4
    f1: list[OffsetForLeaderEpochResponse.OffsetForLeaderTopicResult.EpochEndOffset]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Partitions has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_OffsetForLeaderEpochResponse_OffsetForLeaderTopicResult_EpochEndOffset_v2(B, P)
            f1.append(e_f1)
    return _C_OffsetForLeaderEpochResponse_OffsetForLeaderTopicResult(f0, f1, None), P


def _d_OffsetForLeaderEpochResponse_v2(B: memoryview, P: int) -> tuple[OffsetForLeaderEpochResponse, int]:
    (f0, n_f1,) = _S_ii.unpack_from(B, P)
    P += 8
    f1: list[OffsetForLeaderEpochResponse.OffsetForLeaderTopicResult]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Topics has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_OffsetForLeaderEpochResponse_OffsetForLeaderTopicResult_v2(B, P)
            f1.append(e_f1)
    return _C_OffsetForLeaderEpochResponse(f0, f1, None), P


def _d_OffsetForLeaderEpochResponse_OffsetForLeaderTopicResult_EpochEndOffset_v4(B: memoryview, P: int) -> tuple[OffsetForLeaderEpochResponse.OffsetForLeaderTopicResult.EpochEndOffset, int]:
    (f0, f1, f2, f3,) = _S_hiiq.unpack_from(B, P)
    P += 18
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_OffsetForLeaderEpochResponse_OffsetForLeaderTopicResult_EpochEndOffset(f0, f1, f2, f3, tf), P


def _d_OffsetForLeaderEpochResponse_OffsetForLeaderTopicResult_v4(B: memoryview, P: int) -> tuple[OffsetForLeaderEpochResponse.OffsetForLeaderTopicResult, int]:
    f0, P = read_compact_string(B, P)
    n_f1 = B[P]
    if n_f1 < 0x80:
        P += 1
    else:
        n_f1, P = read_uvarint(B, P)
    n_f1 -= 1
    f1: list[OffsetForLeaderEpochResponse.OffsetForLeaderTopicResult.EpochEndOffset]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Partitions has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_OffsetForLeaderEpochResponse_OffsetForLeaderTopicResult_EpochEndOffset_v4(B, P)
            f1.append(e_f1)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_OffsetForLeaderEpochResponse_OffsetForLeaderTopicResult(f0, f1, tf), P


def _d_OffsetForLeaderEpochResponse_v4(B: memoryview, P: int) -> tuple[OffsetForLeaderEpochResponse, int]:
    (f0,) = _S_i.unpack_from(B, P)
    P += 4
    n_f1 = B[P]
    if n_f1 < 0x80:
        P += 1
    else:
        n_f1, P = read_uvarint(B, P)
    n_f1 -= 1
    f1: list[OffsetForLeaderEpochResponse.OffsetForLeaderTopicResult]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Topics has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_OffsetForLeaderEpochResponse_OffsetForLeaderTopicResult_v4(B, P)
            f1.append(e_f1)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_OffsetForLeaderEpochResponse(f0, f1, tf), P


def _e_OffsetForLeaderEpochResponse_OffsetForLeaderTopicResult_EpochEndOffset_v2(o: OffsetForLeaderEpochResponse.OffsetForLeaderTopicResult.EpochEndOffset, O: bytearray) -> None:
    O += _S_hiiq.pack(o.error_code, o.partition, o.leader_epoch, o.end_offset)


def _e_OffsetForLeaderEpochResponse_OffsetForLeaderTopicResult_v2(o: OffsetForLeaderEpochResponse.OffsetForLeaderTopicResult, O: bytearray) -> None:
    write_string(O, o.topic)
    a1 = o.partitions
    if a1 is None:
        raise EncodeError('non-nullable array Partitions is None')
    O += _S_i.pack(len(a1))
    for e_a1 in a1:
        _e_OffsetForLeaderEpochResponse_OffsetForLeaderTopicResult_EpochEndOffset_v2(e_a1, O)


def _e_OffsetForLeaderEpochResponse_v2(o: OffsetForLeaderEpochResponse, O: bytearray) -> None:
    a1 = o.topics
    if a1 is None:
        raise EncodeError('non-nullable array Topics is None')
    O += _S_ii.pack(o.throttle_time_ms, len(a1))
    for e_a1 in a1:
        _e_OffsetForLeaderEpochResponse_OffsetForLeaderTopicResult_v2(e_a1, O)


def _e_OffsetForLeaderEpochResponse_OffsetForLeaderTopicResult_EpochEndOffset_v4(o: OffsetForLeaderEpochResponse.OffsetForLeaderTopicResult.EpochEndOffset, O: bytearray) -> None:
    O += _S_hiiq.pack(o.error_code, o.partition, o.leader_epoch, o.end_offset)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_OffsetForLeaderEpochResponse_OffsetForLeaderTopicResult_v4(o: OffsetForLeaderEpochResponse.OffsetForLeaderTopicResult, O: bytearray) -> None:
    write_compact_string(O, o.topic)
    a1 = o.partitions
    if a1 is None:
        raise EncodeError('non-nullable array Partitions is None')
    write_uvarint(O, len(a1) + 1)
    for e_a1 in a1:
        _e_OffsetForLeaderEpochResponse_OffsetForLeaderTopicResult_EpochEndOffset_v4(e_a1, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_OffsetForLeaderEpochResponse_v4(o: OffsetForLeaderEpochResponse, O: bytearray) -> None:
    O += _S_i.pack(o.throttle_time_ms)
    a1 = o.topics
    if a1 is None:
        raise EncodeError('non-nullable array Topics is None')
    write_uvarint(O, len(a1) + 1)
    for e_a1 in a1:
        _e_OffsetForLeaderEpochResponse_OffsetForLeaderTopicResult_v4(e_a1, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


_C_OffsetForLeaderEpochRequest = OffsetForLeaderEpochRequest
_C_OffsetForLeaderEpochRequest_OffsetForLeaderTopic = OffsetForLeaderEpochRequest.OffsetForLeaderTopic
_C_OffsetForLeaderEpochRequest_OffsetForLeaderTopic_OffsetForLeaderPartition = OffsetForLeaderEpochRequest.OffsetForLeaderTopic.OffsetForLeaderPartition
_DEF_C_OffsetForLeaderEpochRequest_OffsetForLeaderTopic = _C_OffsetForLeaderEpochRequest_OffsetForLeaderTopic()
_DEF_C_OffsetForLeaderEpochRequest_OffsetForLeaderTopic_OffsetForLeaderPartition = _C_OffsetForLeaderEpochRequest_OffsetForLeaderTopic_OffsetForLeaderPartition()
_DEC_OffsetForLeaderEpochRequest: dict[int, Decoder[OffsetForLeaderEpochRequest]] = {
    2: _d_OffsetForLeaderEpochRequest_v2,
    3: _d_OffsetForLeaderEpochRequest_v3,
    4: _d_OffsetForLeaderEpochRequest_v4,
}
_ENC_OffsetForLeaderEpochRequest: dict[int, Encoder[OffsetForLeaderEpochRequest]] = {
    2: _e_OffsetForLeaderEpochRequest_v2,
    3: _e_OffsetForLeaderEpochRequest_v3,
    4: _e_OffsetForLeaderEpochRequest_v4,
}
OffsetForLeaderEpochRequest.FIELDS = (
    FieldInfo('ReplicaId', 'replica_id', 'int32', (3, OPEN), None, None, None, True, 'brokerId', None, None),
    FieldInfo('Topics', 'topics', '[]OffsetForLeaderTopic', (0, OPEN), None, None, None, False, None, None, _C_OffsetForLeaderEpochRequest_OffsetForLeaderTopic),
)
OffsetForLeaderEpochRequest.OffsetForLeaderTopic.FIELDS = (
    FieldInfo('Topic', 'topic', 'string', (0, OPEN), None, None, None, False, 'topicName', None, None),
    FieldInfo('Partitions', 'partitions', '[]OffsetForLeaderPartition', (0, OPEN), None, None, None, False, None, None, _C_OffsetForLeaderEpochRequest_OffsetForLeaderTopic_OffsetForLeaderPartition),
)
OffsetForLeaderEpochRequest.OffsetForLeaderTopic.OffsetForLeaderPartition.FIELDS = (
    FieldInfo('Partition', 'partition', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('CurrentLeaderEpoch', 'current_leader_epoch', 'int32', (2, OPEN), None, None, None, True, None, None, None),
    FieldInfo('LeaderEpoch', 'leader_epoch', 'int32', (0, OPEN), None, None, None, False, None, None, None),
)

_C_OffsetForLeaderEpochResponse = OffsetForLeaderEpochResponse
_C_OffsetForLeaderEpochResponse_OffsetForLeaderTopicResult = OffsetForLeaderEpochResponse.OffsetForLeaderTopicResult
_C_OffsetForLeaderEpochResponse_OffsetForLeaderTopicResult_EpochEndOffset = OffsetForLeaderEpochResponse.OffsetForLeaderTopicResult.EpochEndOffset
_DEF_C_OffsetForLeaderEpochResponse_OffsetForLeaderTopicResult = _C_OffsetForLeaderEpochResponse_OffsetForLeaderTopicResult()
_DEF_C_OffsetForLeaderEpochResponse_OffsetForLeaderTopicResult_EpochEndOffset = _C_OffsetForLeaderEpochResponse_OffsetForLeaderTopicResult_EpochEndOffset()
_DEC_OffsetForLeaderEpochResponse: dict[int, Decoder[OffsetForLeaderEpochResponse]] = {
    2: _d_OffsetForLeaderEpochResponse_v2,
    3: _d_OffsetForLeaderEpochResponse_v2,
    4: _d_OffsetForLeaderEpochResponse_v4,
}
_ENC_OffsetForLeaderEpochResponse: dict[int, Encoder[OffsetForLeaderEpochResponse]] = {
    2: _e_OffsetForLeaderEpochResponse_v2,
    3: _e_OffsetForLeaderEpochResponse_v2,
    4: _e_OffsetForLeaderEpochResponse_v4,
}
OffsetForLeaderEpochResponse.FIELDS = (
    FieldInfo('ThrottleTimeMs', 'throttle_time_ms', 'int32', (2, OPEN), None, None, None, True, None, None, None),
    FieldInfo('Topics', 'topics', '[]OffsetForLeaderTopicResult', (0, OPEN), None, None, None, False, None, None, _C_OffsetForLeaderEpochResponse_OffsetForLeaderTopicResult),
)
OffsetForLeaderEpochResponse.OffsetForLeaderTopicResult.FIELDS = (
    FieldInfo('Topic', 'topic', 'string', (0, OPEN), None, None, None, False, 'topicName', None, None),
    FieldInfo('Partitions', 'partitions', '[]EpochEndOffset', (0, OPEN), None, None, None, False, None, None, _C_OffsetForLeaderEpochResponse_OffsetForLeaderTopicResult_EpochEndOffset),
)
OffsetForLeaderEpochResponse.OffsetForLeaderTopicResult.EpochEndOffset.FIELDS = (
    FieldInfo('ErrorCode', 'error_code', 'int16', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Partition', 'partition', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('LeaderEpoch', 'leader_epoch', 'int32', (1, OPEN), None, None, None, True, None, None, None),
    FieldInfo('EndOffset', 'end_offset', 'int64', (0, OPEN), None, None, None, False, None, None, None),
)
