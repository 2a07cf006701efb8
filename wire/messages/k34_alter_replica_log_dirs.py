"""API key 34: AlterReplicaLogDirs.

GENERATED - DO NOT EDIT. Written by ``python -m wire.generator`` from Apache Kafka 4.1.1's
message definitions (AlterReplicaLogDirsRequest.json, AlterReplicaLogDirsResponse.json).
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
_S_ii = struct.Struct('>ii')


@dataclass(slots=True)
class AlterReplicaLogDirsRequest:
    """AlterReplicaLogDirsRequest (API key 34, versions 1-2).

    Generated from AlterReplicaLogDirsRequest.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = 34
    MIN_VERSION: ClassVar[int] = 1
    MAX_VERSION: ClassVar[int] = 2
    LATEST_VERSION: ClassVar[int] = 2
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
    FLEXIBLE_MIN: ClassVar[int | None] = 2
    #: Who serves this request in Kafka (empty for responses).
    LISTENERS: ClassVar[tuple[str, ...]] = ('broker',)
    FIELDS: ClassVar[tuple[FieldInfo, ...]]

    @dataclass(slots=True)
    class AlterReplicaLogDir:
        FIELDS: ClassVar[tuple[FieldInfo, ...]]

        @dataclass(slots=True)
        class AlterReplicaLogDirTopic:
            FIELDS: ClassVar[tuple[FieldInfo, ...]]

            #: The topic name.
            name: str = ''
            #: The partition indexes.
            partitions: list[int] = field(default_factory=list)
            #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
            unknown_tagged_fields: list[tuple[int, bytes]] | None = None

        #: The absolute directory path.
        path: str = ''
        #: The topics to add to the directory.
        topics: list[AlterReplicaLogDirsRequest.AlterReplicaLogDir.AlterReplicaLogDirTopic] = field(default_factory=list)
        #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
        unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    AlterReplicaLogDirTopic = AlterReplicaLogDir.AlterReplicaLogDirTopic
    #: The alterations to make for each directory.
    dirs: list[AlterReplicaLogDirsRequest.AlterReplicaLogDir] = field(default_factory=list)
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> AlterReplicaLogDirsRequest:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_AlterReplicaLogDirsRequest, data, version, 'AlterReplicaLogDirsRequest', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_AlterReplicaLogDirsRequest, self, version, 'AlterReplicaLogDirsRequest')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_AlterReplicaLogDirsRequest, self, version, 'AlterReplicaLogDirsRequest')


@dataclass(slots=True)
class AlterReplicaLogDirsResponse:
    """AlterReplicaLogDirsResponse (API key 34, versions 1-2).

    Generated from AlterReplicaLogDirsResponse.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = 34
    MIN_VERSION: ClassVar[int] = 1
    MAX_VERSION: ClassVar[int] = 2
    LATEST_VERSION: ClassVar[int] = 2
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
    FLEXIBLE_MIN: ClassVar[int | None] = 2
    #: Who serves this request in Kafka (empty for responses).
    LISTENERS: ClassVar[tuple[str, ...]] = ()
    FIELDS: ClassVar[tuple[FieldInfo, ...]]

    @dataclass(slots=True)
    class AlterReplicaLogDirTopicResult:
        FIELDS: ClassVar[tuple[FieldInfo, ...]]

        @dataclass(slots=True)
        class AlterReplicaLogDirPartitionResult:
            FIELDS: ClassVar[tuple[FieldInfo, ...]]

            #: The partition index.
            partition_index: int = 0
            #: The error code, or 0 if there was no error.
            error_code: int = 0
            #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
            unknown_tagged_fields: list[tuple[int, bytes]] | None = None

        #: The name of the topic.
        topic_name: str = ''
        #: The results for each partition.
        partitions: list[AlterReplicaLogDirsResponse.AlterReplicaLogDirTopicResult.AlterReplicaLogDirPartitionResult] = field(default_factory=list)
        #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
        unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    AlterReplicaLogDirPartitionResult = AlterReplicaLogDirTopicResult.AlterReplicaLogDirPartitionResult
    #: Duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    throttle_time_ms: int = 0
    #: The results for each topic.
    results: list[AlterReplicaLogDirsResponse.AlterReplicaLogDirTopicResult] = field(default_factory=list)
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> AlterReplicaLogDirsResponse:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_AlterReplicaLogDirsResponse, data, version, 'AlterReplicaLogDirsResponse', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_AlterReplicaLogDirsResponse, self, version, 'AlterReplicaLogDirsResponse')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_AlterReplicaLogDirsResponse, self, version, 'AlterReplicaLogDirsResponse')

def _d_AlterReplicaLogDirsRequest_AlterReplicaLogDir_AlterReplicaLogDirTopic_v1(B: memoryview, P: int) -> tuple[AlterReplicaLogDirsRequest.AlterReplicaLogDir.AlterReplicaLogDirTopic, int]:
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
    return _C_AlterReplicaLogDirsRequest_AlterReplicaLogDir_AlterReplicaLogDirTopic(f0, f1, None), P


def _d_AlterReplicaLogDirsRequest_AlterReplicaLogDir_v1(B: memoryview, P: int) -> tuple[AlterReplicaLogDirsRequest.AlterReplicaLogDir, int]:
    f0, P = read_string(B, P)
    (n_f1,) = _S_i.unpack_from(B, P)
    P += 4
    f1: list[AlterReplicaLogDirsRequest.AlterReplicaLogDir.AlterReplicaLogDirTopic]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Topics has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_AlterReplicaLogDirsRequest_AlterReplicaLogDir_AlterReplicaLogDirTopic_v1(B, P)
            f1.append(e_f1)
    return _C_AlterReplicaLogDirsRequest_AlterReplicaLogDir(f0, f1, None), P


def _d_AlterReplicaLogDirsRequest_v1(B: memoryview, P: int) -> tuple[AlterReplicaLogDirsRequest, int]:
    (n_f0,) = _S_i.unpack_from(B, P)
    P += 4
    f0: list[AlterReplicaLogDirsRequest.AlterReplicaLogDir]
    if n_f0 < 0:
        raise DecodeError(f'non-nullable array Dirs has length {n_f0}')
    else:
        if n_f0 > len(B) - P:
            raise DecodeError(f'array length {n_f0} exceeds the buffer')
        f0 = []
        for _ in range(n_f0):
            e_f0, P = _d_AlterReplicaLogDirsRequest_AlterReplicaLogDir_v1(B, P)
            f0.append(e_f0)
    return _C_AlterReplicaLogDirsRequest(f0, None), P


def _d_AlterReplicaLogDirsRequest_AlterReplicaLogDir_AlterReplicaLogDirTopic_v2(B: memoryview, P: int) -> tuple[AlterReplicaLogDirsRequest.AlterReplicaLogDir.AlterReplicaLogDirTopic, int]:
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
    return _C_AlterReplicaLogDirsRequest_AlterReplicaLogDir_AlterReplicaLogDirTopic(f0, f1, tf), P


def _d_AlterReplicaLogDirsRequest_AlterReplicaLogDir_v2(B: memoryview, P: int) -> tuple[AlterReplicaLogDirsRequest.AlterReplicaLogDir, int]:
    f0, P = read_compact_string(B, P)
    n_f1 = B[P]
    if n_f1 < 0x80:
        P += 1
    else:
        n_f1, P = read_uvarint(B, P)
    n_f1 -= 1
    f1: list[AlterReplicaLogDirsRequest.AlterReplicaLogDir.AlterReplicaLogDirTopic]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Topics has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_AlterReplicaLogDirsRequest_AlterReplicaLogDir_AlterReplicaLogDirTopic_v2(B, P)
            f1.append(e_f1)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_AlterReplicaLogDirsRequest_AlterReplicaLogDir(f0, f1, tf), P


def _d_AlterReplicaLogDirsRequest_v2(B: memoryview, P: int) -> tuple[AlterReplicaLogDirsRequest, int]:
    n_f0 = B[P]
    if n_f0 < 0x80:
        P += 1
    else:
        n_f0, P = read_uvarint(B, P)
    n_f0 -= 1
    f0: list[AlterReplicaLogDirsRequest.AlterReplicaLogDir]
    if n_f0 < 0:
        raise DecodeError(f'non-nullable array Dirs has length {n_f0}')
    else:
        if n_f0 > len(B) - P:
            raise DecodeError(f'array length {n_f0} exceeds the buffer')
        f0 = []
        for _ in range(n_f0):
            e_f0, P = _d_AlterReplicaLogDirsRequest_AlterReplicaLogDir_v2(B, P)
            f0.append(e_f0)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_AlterReplicaLogDirsRequest(f0, tf), P


def _e_AlterReplicaLogDirsRequest_AlterReplicaLogDir_AlterReplicaLogDirTopic_v1(o: AlterReplicaLogDirsRequest.AlterReplicaLogDir.AlterReplicaLogDirTopic, O: bytearray) -> None:
    write_string(O, o.name)
    a1 = o.partitions
    if a1 is None:
        raise EncodeError('non-nullable array Partitions is None')
    O += _S_i.pack(len(a1))
    O += struct.pack('>%di' % len(a1), *a1)


def _e_AlterReplicaLogDirsRequest_AlterReplicaLogDir_v1(o: AlterReplicaLogDirsRequest.AlterReplicaLogDir, O: bytearray) -> None:
    write_string(O, o.path)
    a1 = o.topics
    if a1 is None:
        raise EncodeError('non-nullable array Topics is None')
    O += _S_i.pack(len(a1))
    for e_a1 in a1:
        _e_AlterReplicaLogDirsRequest_AlterReplicaLogDir_AlterReplicaLogDirTopic_v1(e_a1, O)


def _e_AlterReplicaLogDirsRequest_v1(o: AlterReplicaLogDirsRequest, O: bytearray) -> None:
    a0 = o.dirs
    if a0 is None:
        raise EncodeError('non-nullable array Dirs is None')
    O += _S_i.pack(len(a0))
    for e_a0 in a0:
        _e_AlterReplicaLogDirsRequest_AlterReplicaLogDir_v1(e_a0, O)


def _e_AlterReplicaLogDirsRequest_AlterReplicaLogDir_AlterReplicaLogDirTopic_v2(o: AlterReplicaLogDirsRequest.AlterReplicaLogDir.AlterReplicaLogDirTopic, O: bytearray) -> None:
    write_compact_string(O, o.name)
    a1 = o.partitions
    if a1 is None:
        raise EncodeError('non-nullable array Partitions is None')
    write_uvarint(O, len(a1) + 1)
    O += struct.pack('>%di' % len(a1), *a1)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_AlterReplicaLogDirsRequest_AlterReplicaLogDir_v2(o: AlterReplicaLogDirsRequest.AlterReplicaLogDir, O: bytearray) -> None:
    write_compact_string(O, o.path)
    a1 = o.topics
    if a1 is None:
        raise EncodeError('non-nullable array Topics is None')
    write_uvarint(O, len(a1) + 1)
    for e_a1 in a1:
        _e_AlterReplicaLogDirsRequest_AlterReplicaLogDir_AlterReplicaLogDirTopic_v2(e_a1, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_AlterReplicaLogDirsRequest_v2(o: AlterReplicaLogDirsRequest, O: bytearray) -> None:
    a0 = o.dirs
    if a0 is None:
        raise EncodeError('non-nullable array Dirs is None')
    write_uvarint(O, len(a0) + 1)
    for e_a0 in a0:
        _e_AlterReplicaLogDirsRequest_AlterReplicaLogDir_v2(e_a0, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _d_AlterReplicaLogDirsResponse_AlterReplicaLogDirTopicResult_AlterReplicaLogDirPartitionResult_v1(B: memoryview, P: int) -> tuple[AlterReplicaLogDirsResponse.AlterReplicaLogDirTopicResult.AlterReplicaLogDirPartitionResult, int]:
    (f0, f1,) = _S_ih.unpack_from(B, P)
    P += 6
    return _C_AlterReplicaLogDirsResponse_AlterReplicaLogDirTopicResult_AlterReplicaLogDirPartitionResult(f0, f1, None), P


def _d_AlterReplicaLogDirsResponse_AlterReplicaLogDirTopicResult_v1(B: memoryview, P: int) -> tuple[AlterReplicaLogDirsResponse.AlterReplicaLogDirTopicResult, int]:
    f0, P = read_string(B, P)
    (n_f1,) = _S_i.unpack_from(B, P)
    P += 4
    f1: list[AlterReplicaLogDirsResponse.AlterReplicaLogDirTopicResult.AlterReplicaLogDirPartitionResult]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Partitions has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_AlterReplicaLogDirsResponse_AlterReplicaLogDirTopicResult_AlterReplicaLogDirPartitionResult_v1(B, P)
            f1.append(e_f1)
    return _C_AlterReplicaLogDirsResponse_AlterReplicaLogDirTopicResult(f0, f1, None), P


def _d_AlterReplicaLogDirsResponse_v1(B: memoryview, P: int) -> tuple[AlterReplicaLogDirsResponse, int]:
    (f0, n_f1,) = _S_ii.unpack_from(B, P)
    P += 8
    f1: list[AlterReplicaLogDirsResponse.AlterReplicaLogDirTopicResult]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Results has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_AlterReplicaLogDirsResponse_AlterReplicaLogDirTopicResult_v1(B, P)
            f1.append(e_f1)
    return _C_AlterReplicaLogDirsResponse(f0, f1, None), P


def _d_AlterReplicaLogDirsResponse_AlterReplicaLogDirTopicResult_AlterReplicaLogDirPartitionResult_v2(B: memoryview, P: int) -> tuple[AlterReplicaLogDirsResponse.AlterReplicaLogDirTopicResult.AlterReplicaLogDirPartitionResult, int]:
    (f0, f1,) = _S_ih.unpack_from(B, P)
    P += 6
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_AlterReplicaLogDirsResponse_AlterReplicaLogDirTopicResult_AlterReplicaLogDirPartitionResult(f0, f1, tf), P


def _d_AlterReplicaLogDirsResponse_AlterReplicaLogDirTopicResult_v2(B: memoryview, P: int) -> tuple[AlterReplicaLogDirsResponse.AlterReplicaLogDirTopicResult, int]:
    f0, P = read_compact_string(B, P)
    n_f1 = B[P]
    if n_f1 < 0x80:
        P += 1
    else:
        n_f1, P = read_uvarint(B, P)
    n_f1 -= 1
    f1: list[AlterReplicaLogDirsResponse.AlterReplicaLogDirTopicResult.AlterReplicaLogDirPartitionResult]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Partitions has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_AlterReplicaLogDirsResponse_AlterReplicaLogDirTopicResult_AlterReplicaLogDirPartitionResult_v2(B, P)
            f1.append(e_f1)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_AlterReplicaLogDirsResponse_AlterReplicaLogDirTopicResult(f0, f1, tf), P


def _d_AlterReplicaLogDirsResponse_v2(B: memoryview, P: int) -> tuple[AlterReplicaLogDirsResponse, int]:
    (f0,) = _S_i.unpack_from(B, P)
    P += 4
    n_f1 = B[P]
    if n_f1 < 0x80:
        P += 1
    else:
        n_f1, P = read_uvarint(B, P)
    n_f1 -= 1
    f1: list[AlterReplicaLogDirsResponse.AlterReplicaLogDirTopicResult]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Results has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_AlterReplicaLogDirsResponse_AlterReplicaLogDirTopicResult_v2(B, P)
            f1.append(e_f1)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_AlterReplicaLogDirsResponse(f0, f1, tf), P


def _e_AlterReplicaLogDirsResponse_AlterReplicaLogDirTopicResult_AlterReplicaLogDirPartitionResult_v1(o: AlterReplicaLogDirsResponse.AlterReplicaLogDirTopicResult.AlterReplicaLogDirPartitionResult, O: bytearray) -> None:
    O += _S_ih.pack(o.partition_index, o.error_code)


def _e_AlterReplicaLogDirsResponse_AlterReplicaLogDirTopicResult_v1(o: AlterReplicaLogDirsResponse.AlterReplicaLogDirTopicResult, O: bytearray) -> None:
    write_string(O, o.topic_name)
    a1 = o.partitions
    if a1 is None:
        raise EncodeError('non-nullable array Partitions is None')
    O += _S_i.pack(len(a1))
    for e_a1 in a1:
        _e_AlterReplicaLogDirsResponse_AlterReplicaLogDirTopicResult_AlterReplicaLogDirPartitionResult_v1(e_a1, O)


def _e_AlterReplicaLogDirsResponse_v1(o: AlterReplicaLogDirsResponse, O: bytearray) -> None:
    a1 = o.results
    if a1 is None:
        raise EncodeError('non-nullable array Results is None')
    O += _S_ii.pack(o.throttle_time_ms, len(a1))
    for e_a1 in a1:
        _e_AlterReplicaLogDirsResponse_AlterReplicaLogDirTopicResult_v1(e_a1, O)


def _e_AlterReplicaLogDirsResponse_AlterReplicaLogDirTopicResult_AlterReplicaLogDirPartitionResult_v2(o: AlterReplicaLogDirsResponse.AlterReplicaLogDirTopicResult.AlterReplicaLogDirPartitionResult, O: bytearray) -> None:
    O += _S_ih.pack(o.partition_index, o.error_code)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_AlterReplicaLogDirsResponse_AlterReplicaLogDirTopicResult_v2(o: AlterReplicaLogDirsResponse.AlterReplicaLogDirTopicResult, O: bytearray) -> None:
    write_compact_string(O, o.topic_name)
    a1 = o.partitions
    if a1 is None:
        raise EncodeError('non-nullable array Partitions is None')
    write_uvarint(O, len(a1) + 1)
    for e_a1 in a1:
        _e_AlterReplicaLogDirsResponse_AlterReplicaLogDirTopicResult_AlterReplicaLogDirPartitionResult_v2(e_a1, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_AlterReplicaLogDirsResponse_v2(o: AlterReplicaLogDirsResponse, O: bytearray) -> None:
    O += _S_i.pack(o.throttle_time_ms)
    a1 = o.results
    if a1 is None:
        raise EncodeError('non-nullable array Results is None')
    write_uvarint(O, len(a1) + 1)
    for e_a1 in a1:
        _e_AlterReplicaLogDirsResponse_AlterReplicaLogDirTopicResult_v2(e_a1, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


_C_AlterReplicaLogDirsRequest = AlterReplicaLogDirsRequest
_C_AlterReplicaLogDirsRequest_AlterReplicaLogDir = AlterReplicaLogDirsRequest.AlterReplicaLogDir
_C_AlterReplicaLogDirsRequest_AlterReplicaLogDir_AlterReplicaLogDirTopic = AlterReplicaLogDirsRequest.AlterReplicaLogDir.AlterReplicaLogDirTopic
_DEF_C_AlterReplicaLogDirsRequest_AlterReplicaLogDir = _C_AlterReplicaLogDirsRequest_AlterReplicaLogDir()
_DEF_C_AlterReplicaLogDirsRequest_AlterReplicaLogDir_AlterReplicaLogDirTopic = _C_AlterReplicaLogDirsRequest_AlterReplicaLogDir_AlterReplicaLogDirTopic()
_DEC_AlterReplicaLogDirsRequest: dict[int, Decoder[AlterReplicaLogDirsRequest]] = {
    1: _d_AlterReplicaLogDirsRequest_v1,
    2: _d_AlterReplicaLogDirsRequest_v2,
}
_ENC_AlterReplicaLogDirsRequest: dict[int, Encoder[AlterReplicaLogDirsRequest]] = {
    1: _e_AlterReplicaLogDirsRequest_v1,
    2: _e_AlterReplicaLogDirsRequest_v2,
}
AlterReplicaLogDirsRequest.FIELDS = (
    FieldInfo('Dirs', 'dirs', '[]AlterReplicaLogDir', (0, OPEN), None, None, None, False, None, None, _C_AlterReplicaLogDirsRequest_AlterReplicaLogDir),
)
AlterReplicaLogDirsRequest.AlterReplicaLogDir.FIELDS = (
    FieldInfo('Path', 'path', 'string', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Topics', 'topics', '[]AlterReplicaLogDirTopic', (0, OPEN), None, None, None, False, None, None, _C_AlterReplicaLogDirsRequest_AlterReplicaLogDir_AlterReplicaLogDirTopic),
)
AlterReplicaLogDirsRequest.AlterReplicaLogDir.AlterReplicaLogDirTopic.FIELDS = (
    FieldInfo('Name', 'name', 'string', (0, OPEN), None, None, None, False, 'topicName', None, None),
    FieldInfo('Partitions', 'partitions', '[]int32', (0, OPEN), None, None, None, False, None, None, None),
)

_C_AlterReplicaLogDirsResponse = AlterReplicaLogDirsResponse
_C_AlterReplicaLogDirsResponse_AlterReplicaLogDirTopicResult = AlterReplicaLogDirsResponse.AlterReplicaLogDirTopicResult
_C_AlterReplicaLogDirsResponse_AlterReplicaLogDirTopicResult_AlterReplicaLogDirPartitionResult = AlterReplicaLogDirsResponse.AlterReplicaLogDirTopicResult.AlterReplicaLogDirPartitionResult
_DEF_C_AlterReplicaLogDirsResponse_AlterReplicaLogDirTopicResult = _C_AlterReplicaLogDirsResponse_AlterReplicaLogDirTopicResult()
_DEF_C_AlterReplicaLogDirsResponse_AlterReplicaLogDirTopicResult_AlterReplicaLogDirPartitionResult = _C_AlterReplicaLogDirsResponse_AlterReplicaLogDirTopicResult_AlterReplicaLogDirPartitionResult()
_DEC_AlterReplicaLogDirsResponse: dict[int, Decoder[AlterReplicaLogDirsResponse]] = {
    1: _d_AlterReplicaLogDirsResponse_v1,
    2: _d_AlterReplicaLogDirsResponse_v2,
}
_ENC_AlterReplicaLogDirsResponse: dict[int, Encoder[AlterReplicaLogDirsResponse]] = {
    1: _e_AlterReplicaLogDirsResponse_v1,
    2: _e_AlterReplicaLogDirsResponse_v2,
}
AlterReplicaLogDirsResponse.FIELDS = (
    FieldInfo('ThrottleTimeMs', 'throttle_time_ms', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Results', 'results', '[]AlterReplicaLogDirTopicResult', (0, OPEN), None, None, None, False, None, None, _C_AlterReplicaLogDirsResponse_AlterReplicaLogDirTopicResult),
)
AlterReplicaLogDirsResponse.AlterReplicaLogDirTopicResult.FIELDS = (
    FieldInfo('TopicName', 'topic_name', 'string', (0, OPEN), None, None, None, False, 'topicName', None, None),
    FieldInfo('Partitions', 'partitions', '[]AlterReplicaLogDirPartitionResult', (0, OPEN), None, None, None, False, None, None, _C_AlterReplicaLogDirsResponse_AlterReplicaLogDirTopicResult_AlterReplicaLogDirPartitionResult),
)
AlterReplicaLogDirsResponse.AlterReplicaLogDirTopicResult.AlterReplicaLogDirPartitionResult.FIELDS = (
    FieldInfo('PartitionIndex', 'partition_index', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('ErrorCode', 'error_code', 'int16', (0, OPEN), None, None, None, False, None, None, None),
)
