"""API key 35: DescribeLogDirs.

GENERATED - DO NOT EDIT. Written by ``python -m wire.generator`` from Apache Kafka 4.1.1's
message definitions (DescribeLogDirsRequest.json, DescribeLogDirsResponse.json).
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
_S_ih = struct.Struct('>ih')
_S_ii = struct.Struct('>ii')
_S_iqqo = struct.Struct('>iqq?')
_S_qq = struct.Struct('>qq')


@dataclass(slots=True)
class DescribeLogDirsRequest:
    """DescribeLogDirsRequest (API key 35, versions 1-4).

    Generated from DescribeLogDirsRequest.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = 35
    MIN_VERSION: ClassVar[int] = 1
    MAX_VERSION: ClassVar[int] = 4
    LATEST_VERSION: ClassVar[int] = 4
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
    FLEXIBLE_MIN: ClassVar[int | None] = 2
    #: Who serves this request in Kafka (empty for responses).
    LISTENERS: ClassVar[tuple[str, ...]] = ('broker',)
    FIELDS: ClassVar[tuple[FieldInfo, ...]]

    @dataclass(slots=True)
    class DescribableLogDirTopic:
        FIELDS: ClassVar[tuple[FieldInfo, ...]]

        #: The topic name.
        topic: str = ''
        #: The partition indexes.
        partitions: list[int] = field(default_factory=list)
        #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
        unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    #: Each topic that we want to describe log directories for, or null for all topics.
    topics: list[DescribeLogDirsRequest.DescribableLogDirTopic] | None = field(default_factory=list)
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> DescribeLogDirsRequest:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_DescribeLogDirsRequest, data, version, 'DescribeLogDirsRequest', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_DescribeLogDirsRequest, self, version, 'DescribeLogDirsRequest')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_DescribeLogDirsRequest, self, version, 'DescribeLogDirsRequest')


@dataclass(slots=True)
class DescribeLogDirsResponse:
    """DescribeLogDirsResponse (API key 35, versions 1-4).

    Generated from DescribeLogDirsResponse.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = 35
    MIN_VERSION: ClassVar[int] = 1
    MAX_VERSION: ClassVar[int] = 4
    LATEST_VERSION: ClassVar[int] = 4
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
    FLEXIBLE_MIN: ClassVar[int | None] = 2
    #: Who serves this request in Kafka (empty for responses).
    LISTENERS: ClassVar[tuple[str, ...]] = ()
    FIELDS: ClassVar[tuple[FieldInfo, ...]]

    @dataclass(slots=True)
    class DescribeLogDirsResult:
        FIELDS: ClassVar[tuple[FieldInfo, ...]]

        @dataclass(slots=True)
        class DescribeLogDirsTopic:
            FIELDS: ClassVar[tuple[FieldInfo, ...]]

            @dataclass(slots=True)
            class DescribeLogDirsPartition:
                FIELDS: ClassVar[tuple[FieldInfo, ...]]

                #: The partition index.
                partition_index: int = 0
                #: The size of the log segments in this partition in bytes.
                partition_size: int = 0
                #: The lag of the log's LEO w.r.t. partition's HW (if it is the current log for the partition) or current replica's LEO (if it is the future log for the partition).
                offset_lag: int = 0
                #: True if this log is created by AlterReplicaLogDirsRequest and will replace the current log of the replica in the future.
                is_future_key: bool = False
                #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
                unknown_tagged_fields: list[tuple[int, bytes]] | None = None

            #: The topic name.
            name: str = ''
            #: The partitions.
            partitions: list[DescribeLogDirsResponse.DescribeLogDirsResult.DescribeLogDirsTopic.DescribeLogDirsPartition] = field(default_factory=list)
            #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
            unknown_tagged_fields: list[tuple[int, bytes]] | None = None

        #: The error code, or 0 if there was no error.
        error_code: int = 0
        #: The absolute log directory path.
        log_dir: str = ''
        #: The topics.
        topics: list[DescribeLogDirsResponse.DescribeLogDirsResult.DescribeLogDirsTopic] = field(default_factory=list)
        #: The total size in bytes of the volume the log directory is in.
        total_bytes: int = -1
        #: The usable size in bytes of the volume the log directory is in.
        usable_bytes: int = -1
        #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
        unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    DescribeLogDirsPartition = DescribeLogDirsResult.DescribeLogDirsTopic.DescribeLogDirsPartition
    DescribeLogDirsTopic = DescribeLogDirsResult.DescribeLogDirsTopic
    #: The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    throttle_time_ms: int = 0
    #: The error code, or 0 if there was no error.
    error_code: int = 0
    #: The log directories.
    results: list[DescribeLogDirsResponse.DescribeLogDirsResult] = field(default_factory=list)
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> DescribeLogDirsResponse:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_DescribeLogDirsResponse, data, version, 'DescribeLogDirsResponse', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_DescribeLogDirsResponse, self, version, 'DescribeLogDirsResponse')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_DescribeLogDirsResponse, self, version, 'DescribeLogDirsResponse')

def _d_DescribeLogDirsRequest_DescribableLogDirTopic_v1(B: memoryview, P: int) -> tuple[DescribeLogDirsRequest.DescribableLogDirTopic, int]:
    f0, P = read_string(B, P)
    (n_f1,) = _S_i.unpack_from(B, P)
    P += 4
    f1: list[int]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Partitions has length {n_f1}')
    else:
        check_count(n_f1, B, P)
        f1 = list(struct.unpack_from('>%di' % n_f1, B, P))
        P += n_f1 * 4
    return _C_DescribeLogDirsRequest_DescribableLogDirTopic(f0, f1, None), P


def _d_DescribeLogDirsRequest_v1(B: memoryview, P: int) -> tuple[DescribeLogDirsRequest, int]:
    (n_f0,) = _S_i.unpack_from(B, P)
    P += 4
    f0: list[DescribeLogDirsRequest.DescribableLogDirTopic] | None
    if n_f0 < 0:
        if n_f0 != -1:
            raise DecodeError(f'negative array length {n_f0}')
        f0 = None
    else:
        if n_f0 > len(B) - P:
            raise DecodeError(f'array length {n_f0} exceeds the buffer')
        f0 = []
        for _ in range(n_f0):
            e_f0, P = _d_DescribeLogDirsRequest_DescribableLogDirTopic_v1(B, P)
            f0.append(e_f0)
    return _C_DescribeLogDirsRequest(f0, None), P


def _d_DescribeLogDirsRequest_DescribableLogDirTopic_v2(B: memoryview, P: int) -> tuple[DescribeLogDirsRequest.DescribableLogDirTopic, int]:
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
    return _C_DescribeLogDirsRequest_DescribableLogDirTopic(f0, f1, tf), P


def _d_DescribeLogDirsRequest_v2(B: memoryview, P: int) -> tuple[DescribeLogDirsRequest, int]:
    n_f0 = B[P]
    if n_f0 < 0x80:
        P += 1
    else:
        n_f0, P = read_uvarint(B, P)
    n_f0 -= 1
    f0: list[DescribeLogDirsRequest.DescribableLogDirTopic] | None
    if n_f0 < 0:
        if n_f0 != -1:
            raise DecodeError(f'negative array length {n_f0}')
        f0 = None
    else:
        if n_f0 > len(B) - P:
            raise DecodeError(f'array length {n_f0} exceeds the buffer')
        f0 = []
        for _ in range(n_f0):
            e_f0, P = _d_DescribeLogDirsRequest_DescribableLogDirTopic_v2(B, P)
            f0.append(e_f0)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_DescribeLogDirsRequest(f0, tf), P


def _e_DescribeLogDirsRequest_DescribableLogDirTopic_v1(o: DescribeLogDirsRequest.DescribableLogDirTopic, O: bytearray) -> None:
    write_string(O, o.topic)
    a1 = o.partitions
    if a1 is None:
        raise EncodeError('non-nullable array Partitions is None')
    O += _S_i.pack(len(a1))
    O += struct.pack('>%di' % len(a1), *a1)


def _e_DescribeLogDirsRequest_v1(o: DescribeLogDirsRequest, O: bytearray) -> None:
    a0 = o.topics
    if a0 is None:
        O += b'\xff\xff\xff\xff'
    else:
        O += INT32.pack(len(a0))
        for e_a0 in a0:
            _e_DescribeLogDirsRequest_DescribableLogDirTopic_v1(e_a0, O)


def _e_DescribeLogDirsRequest_DescribableLogDirTopic_v2(o: DescribeLogDirsRequest.DescribableLogDirTopic, O: bytearray) -> None:
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


def _e_DescribeLogDirsRequest_v2(o: DescribeLogDirsRequest, O: bytearray) -> None:
    a0 = o.topics
    if a0 is None:
        O.append(0)
    else:
        write_uvarint(O, len(a0) + 1)
        for e_a0 in a0:
            _e_DescribeLogDirsRequest_DescribableLogDirTopic_v2(e_a0, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _d_DescribeLogDirsResponse_DescribeLogDirsResult_DescribeLogDirsTopic_DescribeLogDirsPartition_v1(B: memoryview, P: int) -> tuple[DescribeLogDirsResponse.DescribeLogDirsResult.DescribeLogDirsTopic.DescribeLogDirsPartition, int]:
    (f0, f1, f2, f3,) = _S_iqqo.unpack_from(B, P)
    P += 21
    return _C_DescribeLogDirsResponse_DescribeLogDirsResult_DescribeLogDirsTopic_DescribeLogDirsPartition(f0, f1, f2, f3, None), P


def _d_DescribeLogDirsResponse_DescribeLogDirsResult_DescribeLogDirsTopic_v1(B: memoryview, P: int) -> tuple[DescribeLogDirsResponse.DescribeLogDirsResult.DescribeLogDirsTopic, int]:
    f0, P = read_string(B, P)
    (n_f1,) = _S_i.unpack_from(B, P)
    P += 4
    f1: list[DescribeLogDirsResponse.DescribeLogDirsResult.DescribeLogDirsTopic.DescribeLogDirsPartition]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Partitions has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_DescribeLogDirsResponse_DescribeLogDirsResult_DescribeLogDirsTopic_DescribeLogDirsPartition_v1(B, P)
            f1.append(e_f1)
    return _C_DescribeLogDirsResponse_DescribeLogDirsResult_DescribeLogDirsTopic(f0, f1, None), P


def _d_DescribeLogDirsResponse_DescribeLogDirsResult_v1(B: memoryview, P: int) -> tuple[DescribeLogDirsResponse.DescribeLogDirsResult, int]:
    (f0,) = _S_h.unpack_from(B, P)
    P += 2
    f1, P = read_string(B, P)
    (n_f2,) = _S_i.unpack_from(B, P)
    P += 4
    f2: list[DescribeLogDirsResponse.DescribeLogDirsResult.DescribeLogDirsTopic]
    if n_f2 < 0:
        raise DecodeError(f'non-nullable array Topics has length {n_f2}')
    else:
        if n_f2 > len(B) - P:
            raise DecodeError(f'array length {n_f2} exceeds the buffer')
        f2 = []
        for _ in range(n_f2):
            e_f2, P = _d_DescribeLogDirsResponse_DescribeLogDirsResult_DescribeLogDirsTopic_v1(B, P)
            f2.append(e_f2)
    return _C_DescribeLogDirsResponse_DescribeLogDirsResult(f0, f1, f2, -1, -1, None), P


def _d_DescribeLogDirsResponse_v1(B: memoryview, P: int) -> tuple[DescribeLogDirsResponse, int]:
    (f0, n_f2,) = _S_ii.unpack_from(B, P)
    P += 8
    f2: list[DescribeLogDirsResponse.DescribeLogDirsResult]
    if n_f2 < 0:
        raise DecodeError(f'non-nullable array Results has length {n_f2}')
    else:
        if n_f2 > len(B) - P:
            raise DecodeError(f'array length {n_f2} exceeds the buffer')
        f2 = []
        for _ in range(n_f2):
            e_f2, P = _d_DescribeLogDirsResponse_DescribeLogDirsResult_v1(B, P)
            f2.append(e_f2)
    return _C_DescribeLogDirsResponse(f0, 0, f2, None), P


def _d_DescribeLogDirsResponse_DescribeLogDirsResult_DescribeLogDirsTopic_DescribeLogDirsPartition_v2(B: memoryview, P: int) -> tuple[DescribeLogDirsResponse.DescribeLogDirsResult.DescribeLogDirsTopic.DescribeLogDirsPartition, int]:
    (f0, f1, f2, f3,) = _S_iqqo.unpack_from(B, P)
    P += 21
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_DescribeLogDirsResponse_DescribeLogDirsResult_DescribeLogDirsTopic_DescribeLogDirsPartition(f0, f1, f2, f3, tf), P


def _d_DescribeLogDirsResponse_DescribeLogDirsResult_DescribeLogDirsTopic_v2(B: memoryview, P: int) -> tuple[DescribeLogDirsResponse.DescribeLogDirsResult.DescribeLogDirsTopic, int]:
    f0, P = read_compact_string(B, P)
    n_f1 = B[P]
    if n_f1 < 0x80:
        P += 1
    else:
        n_f1, P = read_uvarint(B, P)
    n_f1 -= 1
    f1: list[DescribeLogDirsResponse.DescribeLogDirsResult.DescribeLogDirsTopic.DescribeLogDirsPartition]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Partitions has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_DescribeLogDirsResponse_DescribeLogDirsResult_DescribeLogDirsTopic_DescribeLogDirsPartition_v2(B, P)
            f1.append(e_f1)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_DescribeLogDirsResponse_DescribeLogDirsResult_DescribeLogDirsTopic(f0, f1, tf), P


def _d_DescribeLogDirsResponse_DescribeLogDirsResult_v2(B: memoryview, P: int) -> tuple[DescribeLogDirsResponse.DescribeLogDirsResult, int]:
    (f0,) = _S_h.unpack_from(B, P)
    P += 2
    f1, P = read_compact_string(B, P)
    n_f2 = B[P]
    if n_f2 < 0x80:
        P += 1
    else:
        n_f2, P = read_uvarint(B, P)
    n_f2 -= 1
    f2: list[DescribeLogDirsResponse.DescribeLogDirsResult.DescribeLogDirsTopic]
    if n_f2 < 0:
        raise DecodeError(f'non-nullable array Topics has length {n_f2}')
    else:
        if n_f2 > len(B) - P:
            raise DecodeError(f'array length {n_f2} exceeds the buffer')
        f2 = []
        for _ in range(n_f2):
            e_f2, P = _d_DescribeLogDirsResponse_DescribeLogDirsResult_DescribeLogDirsTopic_v2(B, P)
            f2.append(e_f2)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_DescribeLogDirsResponse_DescribeLogDirsResult(f0, f1, f2, -1, -1, tf), P


def _d_DescribeLogDirsResponse_v2(B: memoryview, P: int) -> tuple[DescribeLogDirsResponse, int]:
    (f0,) = _S_i.unpack_from(B, P)
    P += 4
    n_f2 = B[P]
    if n_f2 < 0x80:
        P += 1
    else:
        n_f2, P = read_uvarint(B, P)
    n_f2 -= 1
    f2: list[DescribeLogDirsResponse.DescribeLogDirsResult]
    if n_f2 < 0:
        raise DecodeError(f'non-nullable array Results has length {n_f2}')
    else:
        if n_f2 > len(B) - P:
            raise DecodeError(f'array length {n_f2} exceeds the buffer')
        f2 = []
        for _ in range(n_f2):
            e_f2, P = _d_DescribeLogDirsResponse_DescribeLogDirsResult_v2(B, P)
            f2.append(e_f2)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_DescribeLogDirsResponse(f0, 0, f2, tf), P


def _d_DescribeLogDirsResponse_v3(B: memoryview, P: int) -> tuple[DescribeLogDirsResponse, int]:
    (f0, f1,) = _S_ih.unpack_from(B, P)
    P += 6
    n_f2 = B[P]
    if n_f2 < 0x80:
        P += 1
    else:
        n_f2, P = read_uvarint(B, P)
    n_f2 -= 1
    f2: list[DescribeLogDirsResponse.DescribeLogDirsResult]
    if n_f2 < 0:
        raise DecodeError(f'non-nullable array Results has length {n_f2}')
    else:
        if n_f2 > len(B) - P:
            raise DecodeError(f'array length {n_f2} exceeds the buffer')
        f2 = []
        for _ in range(n_f2):
            e_f2, P = _d_DescribeLogDirsResponse_DescribeLogDirsResult_v2(B, P)
            f2.append(e_f2)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_DescribeLogDirsResponse(f0, f1, f2, tf), P


def _d_DescribeLogDirsResponse_DescribeLogDirsResult_v4(B: memoryview, P: int) -> tuple[DescribeLogDirsResponse.DescribeLogDirsResult, int]:
    (f0,) = _S_h.unpack_from(B, P)
    P += 2
    f1, P = read_compact_string(B, P)
    n_f2 = B[P]
    if n_f2 < 0x80:
        P += 1
    else:
        n_f2, P = read_uvarint(B, P)
    n_f2 -= 1
    f2: list[DescribeLogDirsResponse.DescribeLogDirsResult.DescribeLogDirsTopic]
    if n_f2 < 0:
        raise DecodeError(f'non-nullable array Topics has length {n_f2}')
    else:
        if n_f2 > len(B) - P:
            raise DecodeError(f'array length {n_f2} exceeds the buffer')
        f2 = []
        for _ in range(n_f2):
            e_f2, P = _d_DescribeLogDirsResponse_DescribeLogDirsResult_DescribeLogDirsTopic_v2(B, P)
            f2.append(e_f2)
    (f3, f4,) = _S_qq.unpack_from(B, P)
    P += 16
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_DescribeLogDirsResponse_DescribeLogDirsResult(f0, f1, f2, f3, f4, tf), P


def _d_DescribeLogDirsResponse_v4(B: memoryview, P: int) -> tuple[DescribeLogDirsResponse, int]:
    (f0, f1,) = _S_ih.unpack_from(B, P)
    P += 6
    n_f2 = B[P]
    if n_f2 < 0x80:
        P += 1
    else:
        n_f2, P = read_uvarint(B, P)
    n_f2 -= 1
    f2: list[DescribeLogDirsResponse.DescribeLogDirsResult]
    if n_f2 < 0:
        raise DecodeError(f'non-nullable array Results has length {n_f2}')
    else:
        if n_f2 > len(B) - P:
            raise DecodeError(f'array length {n_f2} exceeds the buffer')
        f2 = []
        for _ in range(n_f2):
            e_f2, P = _d_DescribeLogDirsResponse_DescribeLogDirsResult_v4(B, P)
            f2.append(e_f2)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_DescribeLogDirsResponse(f0, f1, f2, tf), P


def _e_DescribeLogDirsResponse_DescribeLogDirsResult_DescribeLogDirsTopic_DescribeLogDirsPartition_v1(o: DescribeLogDirsResponse.DescribeLogDirsResult.DescribeLogDirsTopic.DescribeLogDirsPartition, O: bytearray) -> None:
    O += _S_iqqo.pack(o.partition_index, o.partition_size, o.offset_lag, o.is_future_key)


def _e_DescribeLogDirsResponse_DescribeLogDirsResult_DescribeLogDirsTopic_v1(o: DescribeLogDirsResponse.DescribeLogDirsResult.DescribeLogDirsTopic, O: bytearray) -> None:
    write_string(O, o.name)
    a1 = o.partitions
    if a1 is None:
        raise EncodeError('non-nullable array Partitions is None')
    O += _S_i.pack(len(a1))
    for e_a1 in a1:
        _e_DescribeLogDirsResponse_DescribeLogDirsResult_DescribeLogDirsTopic_DescribeLogDirsPartition_v1(e_a1, O)


def _e_DescribeLogDirsResponse_DescribeLogDirsResult_v1(o: DescribeLogDirsResponse.DescribeLogDirsResult, O: bytearray) -> None:
    O += _S_h.pack(o.error_code)
    write_string(O, o.log_dir)
    a2 = o.topics
    if a2 is None:
        raise EncodeError('non-nullable array Topics is None')
    O += _S_i.pack(len(a2))
    for e_a2 in a2:
        _e_DescribeLogDirsResponse_DescribeLogDirsResult_DescribeLogDirsTopic_v1(e_a2, O)


def _e_DescribeLogDirsResponse_v1(o: DescribeLogDirsResponse, O: bytearray) -> None:
    a1 = o.results
    if a1 is None:
        raise EncodeError('non-nullable array Results is None')
    O += _S_ii.pack(o.throttle_time_ms, len(a1))
    for e_a1 in a1:
        _e_DescribeLogDirsResponse_DescribeLogDirsResult_v1(e_a1, O)


def _e_DescribeLogDirsResponse_DescribeLogDirsResult_DescribeLogDirsTopic_DescribeLogDirsPartition_v2(o: DescribeLogDirsResponse.DescribeLogDirsResult.DescribeLogDirsTopic.DescribeLogDirsPartition, O: bytearray) -> None:
    O += _S_iqqo.pack(o.partition_index, o.partition_size, o.offset_lag, o.is_future_key)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_DescribeLogDirsResponse_DescribeLogDirsResult_DescribeLogDirsTopic_v2(o: DescribeLogDirsResponse.DescribeLogDirsResult.DescribeLogDirsTopic, O: bytearray) -> None:
    write_compact_string(O, o.name)
    a1 = o.partitions
    if a1 is None:
        raise EncodeError('non-nullable array Partitions is None')
    write_uvarint(O, len(a1) + 1)
    for e_a1 in a1:
        _e_DescribeLogDirsResponse_DescribeLogDirsResult_DescribeLogDirsTopic_DescribeLogDirsPartition_v2(e_a1, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_DescribeLogDirsResponse_DescribeLogDirsResult_v2(o: DescribeLogDirsResponse.DescribeLogDirsResult, O: bytearray) -> None:
    O += _S_h.pack(o.error_code)
    write_compact_string(O, o.log_dir)
    a2 = o.topics
    if a2 is None:
        raise EncodeError('non-nullable array Topics is None')
    write_uvarint(O, len(a2) + 1)
    for e_a2 in a2:
        _e_DescribeLogDirsResponse_DescribeLogDirsResult_DescribeLogDirsTopic_v2(e_a2, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_DescribeLogDirsResponse_v2(o: DescribeLogDirsResponse, O: bytearray) -> None:
    O += _S_i.pack(o.throttle_time_ms)
    a1 = o.results
    if a1 is None:
        raise EncodeError('non-nullable array Results is None')
    write_uvarint(O, len(a1) + 1)
    for e_a1 in a1:
        _e_DescribeLogDirsResponse_DescribeLogDirsResult_v2(e_a1, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_DescribeLogDirsResponse_v3(o: DescribeLogDirsResponse, O: bytearray) -> None:
    O += _S_ih.pack(o.throttle_time_ms, o.error_code)
    a2 = o.results
    if a2 is None:
        raise EncodeError('non-nullable array Results is None')
    write_uvarint(O, len(a2) + 1)
    for e_a2 in a2:
        _e_DescribeLogDirsResponse_DescribeLogDirsResult_v2(e_a2, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_DescribeLogDirsResponse_DescribeLogDirsResult_v4(o: DescribeLogDirsResponse.DescribeLogDirsResult, O: bytearray) -> None:
    O += _S_h.pack(o.error_code)
    write_compact_string(O, o.log_dir)
    a2 = o.topics
    if a2 is None:
        raise EncodeError('non-nullable array Topics is None')
    write_uvarint(O, len(a2) + 1)
    for e_a2 in a2:
        _e_DescribeLogDirsResponse_DescribeLogDirsResult_DescribeLogDirsTopic_v2(e_a2, O)
    O += _S_qq.pack(o.total_bytes, o.usable_bytes)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_DescribeLogDirsResponse_v4(o: DescribeLogDirsResponse, O: bytearray) -> None:
    O += _S_ih.pack(o.throttle_time_ms, o.error_code)
    a2 = o.results
    if a2 is None:
        raise EncodeError('non-nullable array Results is None')
    write_uvarint(O, len(a2) + 1)
    for e_a2 in a2:
        _e_DescribeLogDirsResponse_DescribeLogDirsResult_v4(e_a2, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


_C_DescribeLogDirsRequest = DescribeLogDirsRequest
_C_DescribeLogDirsRequest_DescribableLogDirTopic = DescribeLogDirsRequest.DescribableLogDirTopic
_DEF_C_DescribeLogDirsRequest_DescribableLogDirTopic = _C_DescribeLogDirsRequest_DescribableLogDirTopic()
_DEC_DescribeLogDirsRequest: dict[int, Decoder[DescribeLogDirsRequest]] = {
    1: _d_DescribeLogDirsRequest_v1,
    2: _d_DescribeLogDirsRequest_v2,
    3: _d_DescribeLogDirsRequest_v2,
    4: _d_DescribeLogDirsRequest_v2,
}
_ENC_DescribeLogDirsRequest: dict[int, Encoder[DescribeLogDirsRequest]] = {
    1: _e_DescribeLogDirsRequest_v1,
    2: _e_DescribeLogDirsRequest_v2,
    3: _e_DescribeLogDirsRequest_v2,
    4: _e_DescribeLogDirsRequest_v2,
}
DescribeLogDirsRequest.FIELDS = (
    FieldInfo('Topics', 'topics', '[]DescribableLogDirTopic', (0, OPEN), (0, OPEN), None, None, False, None, None, _C_DescribeLogDirsRequest_DescribableLogDirTopic),
)
DescribeLogDirsRequest.DescribableLogDirTopic.FIELDS = (
    FieldInfo('Topic', 'topic', 'string', (0, OPEN), None, None, None, False, 'topicName', None, None),
    FieldInfo('Partitions', 'partitions', '[]int32', (0, OPEN), None, None, None, False, None, None, None),
)

_C_DescribeLogDirsResponse = DescribeLogDirsResponse
_C_DescribeLogDirsResponse_DescribeLogDirsResult = DescribeLogDirsResponse.DescribeLogDirsResult
_C_DescribeLogDirsResponse_DescribeLogDirsResult_DescribeLogDirsTopic = DescribeLogDirsResponse.DescribeLogDirsResult.DescribeLogDirsTopic
_C_DescribeLogDirsResponse_DescribeLogDirsResult_DescribeLogDirsTopic_DescribeLogDirsPartition = DescribeLogDirsResponse.DescribeLogDirsResult.DescribeLogDirsTopic.DescribeLogDirsPartition
_DEF_C_DescribeLogDirsResponse_DescribeLogDirsResult = _C_DescribeLogDirsResponse_DescribeLogDirsResult()
_DEF_C_DescribeLogDirsResponse_DescribeLogDirsResult_DescribeLogDirsTopic = _C_DescribeLogDirsResponse_DescribeLogDirsResult_DescribeLogDirsTopic()
_DEF_C_DescribeLogDirsResponse_DescribeLogDirsResult_DescribeLogDirsTopic_DescribeLogDirsPartition = _C_DescribeLogDirsResponse_DescribeLogDirsResult_DescribeLogDirsTopic_DescribeLogDirsPartition()
_DEC_DescribeLogDirsResponse: dict[int, Decoder[DescribeLogDirsResponse]] = {
    1: _d_DescribeLogDirsResponse_v1,
    2: _d_DescribeLogDirsResponse_v2,
    3: _d_DescribeLogDirsResponse_v3,
    4: _d_DescribeLogDirsResponse_v4,
}
_ENC_DescribeLogDirsResponse: dict[int, Encoder[DescribeLogDirsResponse]] = {
    1: _e_DescribeLogDirsResponse_v1,
    2: _e_DescribeLogDirsResponse_v2,
    3: _e_DescribeLogDirsResponse_v3,
    4: _e_DescribeLogDirsResponse_v4,
}
DescribeLogDirsResponse.FIELDS = (
    FieldInfo('ThrottleTimeMs', 'throttle_time_ms', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('ErrorCode', 'error_code', 'int16', (3, OPEN), None, None, None, True, None, None, None),
    FieldInfo('Results', 'results', '[]DescribeLogDirsResult', (0, OPEN), None, None, None, False, None, None, _C_DescribeLogDirsResponse_DescribeLogDirsResult),
)
DescribeLogDirsResponse.DescribeLogDirsResult.FIELDS = (
    FieldInfo('ErrorCode', 'error_code', 'int16', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('LogDir', 'log_dir', 'string', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Topics', 'topics', '[]DescribeLogDirsTopic', (0, OPEN), None, None, None, False, None, None, _C_DescribeLogDirsResponse_DescribeLogDirsResult_DescribeLogDirsTopic),
    FieldInfo('TotalBytes', 'total_bytes', 'int64', (4, OPEN), None, None, None, True, None, None, None),
    FieldInfo('UsableBytes', 'usable_bytes', 'int64', (4, OPEN), None, None, None, True, None, None, None),
)
DescribeLogDirsResponse.DescribeLogDirsResult.DescribeLogDirsTopic.FIELDS = (
    FieldInfo('Name', 'name', 'string', (0, OPEN), None, None, None, False, 'topicName', None, None),
    FieldInfo('Partitions', 'partitions', '[]DescribeLogDirsPartition', (0, OPEN), None, None, None, False, None, None, _C_DescribeLogDirsResponse_DescribeLogDirsResult_DescribeLogDirsTopic_DescribeLogDirsPartition),
)
DescribeLogDirsResponse.DescribeLogDirsResult.DescribeLogDirsTopic.DescribeLogDirsPartition.FIELDS = (
    FieldInfo('PartitionIndex', 'partition_index', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('PartitionSize', 'partition_size', 'int64', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('OffsetLag', 'offset_lag', 'int64', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('IsFutureKey', 'is_future_key', 'bool', (0, OPEN), None, None, None, False, None, None, None),
)
