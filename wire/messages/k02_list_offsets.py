"""API key 2: ListOffsets.

GENERATED - DO NOT EDIT. Written by ``python -m wire.generator`` from Apache Kafka 4.1.1's
message definitions (ListOffsetsRequest.json, ListOffsetsResponse.json).
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
_S_ib = struct.Struct('>ib')
_S_ibi = struct.Struct('>ibi')
_S_ihqq = struct.Struct('>ihqq')
_S_ihqqi = struct.Struct('>ihqqi')
_S_ii = struct.Struct('>ii')
_S_iiq = struct.Struct('>iiq')
_S_iq = struct.Struct('>iq')


@dataclass(slots=True)
class ListOffsetsRequest:
    """ListOffsetsRequest (API key 2, versions 1-10).

    Generated from ListOffsetsRequest.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = 2
    MIN_VERSION: ClassVar[int] = 1
    MAX_VERSION: ClassVar[int] = 10
    LATEST_VERSION: ClassVar[int] = 10
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
    FLEXIBLE_MIN: ClassVar[int | None] = 6
    #: Who serves this request in Kafka (empty for responses).
    LISTENERS: ClassVar[tuple[str, ...]] = ('broker',)
    FIELDS: ClassVar[tuple[FieldInfo, ...]]

    @dataclass(slots=True)
    class ListOffsetsTopic:
        FIELDS: ClassVar[tuple[FieldInfo, ...]]

        @dataclass(slots=True)
        class ListOffsetsPartition:
            FIELDS: ClassVar[tuple[FieldInfo, ...]]

            #: The partition index.
            partition_index: int = 0
            #: The current leader epoch.
            current_leader_epoch: int = -1
            #: The current timestamp.
            timestamp: int = 0
            #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
            unknown_tagged_fields: list[tuple[int, bytes]] | None = None

        #: The topic name.
        name: str = ''
        #: Each partition in the request.
        partitions: list[ListOffsetsRequest.ListOffsetsTopic.ListOffsetsPartition] = field(default_factory=list)
        #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
        unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    ListOffsetsPartition = ListOffsetsTopic.ListOffsetsPartition
    #: The broker ID of the requester, or -1 if this request is being made by a normal consumer.
    replica_id: int = 0
    #: This setting controls the visibility of transactional records. Using READ_UNCOMMITTED (isolation_level = 0) makes all records visible. With READ_COMMITTED (isolation_level = 1), non-transactional and COMMITTED transactional records are visible. To be more concrete, READ_COMMITTED returns all data from offsets smaller than the current LSO (last stable offset), and enables the inclusion of the list of aborted transactions in the result, which allows consumers to discard ABORTED transactional records.
    isolation_level: int = 0
    #: Each topic in the request.
    topics: list[ListOffsetsRequest.ListOffsetsTopic] = field(default_factory=list)
    #: The timeout to await a response in milliseconds for requests that require reading from remote storage for topics enabled with tiered storage.
    timeout_ms: int = 0
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> ListOffsetsRequest:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_ListOffsetsRequest, data, version, 'ListOffsetsRequest', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_ListOffsetsRequest, self, version, 'ListOffsetsRequest')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_ListOffsetsRequest, self, version, 'ListOffsetsRequest')


@dataclass(slots=True)
class ListOffsetsResponse:
    """ListOffsetsResponse (API key 2, versions 1-10).

    Generated from ListOffsetsResponse.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = 2
    MIN_VERSION: ClassVar[int] = 1
    MAX_VERSION: ClassVar[int] = 10
    LATEST_VERSION: ClassVar[int] = 10
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
    FLEXIBLE_MIN: ClassVar[int | None] = 6
    #: Who serves this request in Kafka (empty for responses).
    LISTENERS: ClassVar[tuple[str, ...]] = ()
    FIELDS: ClassVar[tuple[FieldInfo, ...]]

    @dataclass(slots=True)
    class ListOffsetsTopicResponse:
        FIELDS: ClassVar[tuple[FieldInfo, ...]]

        @dataclass(slots=True)
        class ListOffsetsPartitionResponse:
            FIELDS: ClassVar[tuple[FieldInfo, ...]]

            #: The partition index.
            partition_index: int = 0
            #: The partition error code, or 0 if there was no error.
            error_code: int = 0
            #: The timestamp associated with the returned offset.
            timestamp: int = -1
            #: The returned offset.
            offset: int = -1
            #: The leader epoch associated with the returned offset.
            leader_epoch: int = -1
            #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
            unknown_tagged_fields: list[tuple[int, bytes]] | None = None

        #: The topic name.
        name: str = ''
        #: Each partition in the response.
        partitions: list[ListOffsetsResponse.ListOffsetsTopicResponse.ListOffsetsPartitionResponse] = field(default_factory=list)
        #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
        unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    ListOffsetsPartitionResponse = ListOffsetsTopicResponse.ListOffsetsPartitionResponse
    #: The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    throttle_time_ms: int = 0
    #: Each topic in the response.
    topics: list[ListOffsetsResponse.ListOffsetsTopicResponse] = field(default_factory=list)
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> ListOffsetsResponse:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_ListOffsetsResponse, data, version, 'ListOffsetsResponse', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_ListOffsetsResponse, self, version, 'ListOffsetsResponse')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_ListOffsetsResponse, self, version, 'ListOffsetsResponse')

def _d_ListOffsetsRequest_ListOffsetsTopic_ListOffsetsPartition_v1(B: memoryview, P: int) -> tuple[ListOffsetsRequest.ListOffsetsTopic.ListOffsetsPartition, int]:
    (f0, f2,) = _S_iq.unpack_from(B, P)
    P += 12
    return _C_ListOffsetsRequest_ListOffsetsTopic_ListOffsetsPartition(f0, -1, f2, None), P


def _d_ListOffsetsRequest_ListOffsetsTopic_v1(B: memoryview, P: int) -> tuple[ListOffsetsRequest.ListOffsetsTopic, int]:
    f0, P = read_string(B, P)
    (n_f1,) = _S_i.unpack_from(B, P)
    P += 4
    f1: list[ListOffsetsRequest.ListOffsetsTopic.ListOffsetsPartition]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Partitions has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_ListOffsetsRequest_ListOffsetsTopic_ListOffsetsPartition_v1(B, P)
            f1.append(e_f1)
    return _C_ListOffsetsRequest_ListOffsetsTopic(f0, f1, None), P


def _d_ListOffsetsRequest_v1(B: memoryview, P: int) -> tuple[ListOffsetsRequest, int]:
    (f0, n_f2,) = _S_ii.unpack_from(B, P)
    P += 8
    f2: list[ListOffsetsRequest.ListOffsetsTopic]
    if n_f2 < 0:
        raise DecodeError(f'non-nullable array Topics has length {n_f2}')
    else:
        if n_f2 > len(B) - P:
            raise DecodeError(f'array length {n_f2} exceeds the buffer')
        f2 = []
        for _ in range(n_f2):
            e_f2, P = _d_ListOffsetsRequest_ListOffsetsTopic_v1(B, P)
            f2.append(e_f2)
    return _C_ListOffsetsRequest(f0, 0, f2, 0, None), P


def _d_ListOffsetsRequest_v2(B: memoryview, P: int) -> tuple[ListOffsetsRequest, int]:
    (f0, f1, n_f2,) = _S_ibi.unpack_from(B, P)
    P += 9
    f2: list[ListOffsetsRequest.ListOffsetsTopic]
    if n_f2 < 0:
        raise DecodeError(f'non-nullable array Topics has length {n_f2}')
    else:
        if n_f2 > len(B) - P:
            raise DecodeError(f'array length {n_f2} exceeds the buffer')
        f2 = []
        for _ in range(n_f2):
            e_f2, P = _d_ListOffsetsRequest_ListOffsetsTopic_v1(B, P)
            f2.append(e_f2)
    return _C_ListOffsetsRequest(f0, f1, f2, 0, None), P


def _d_ListOffsetsRequest_ListOffsetsTopic_ListOffsetsPartition_v4(B: memoryview, P: int) -> tuple[ListOffsetsRequest.ListOffsetsTopic.ListOffsetsPartition, int]:
    (f0, f1, f2,) = _S_iiq.unpack_from(B, P)
    P += 16
    return _C_ListOffsetsRequest_ListOffsetsTopic_ListOffsetsPartition(f0, f1, f2, None), P


def _d_ListOffsetsRequest_ListOffsetsTopic_v4(B: memoryview, P: int) -> tuple[ListOffsetsRequest.ListOffsetsTopic, int]:
    f0, P = read_string(B, P)
    (n_f1,) = _S_i.unpack_from(B, P)
    P += 4
    f1: list[ListOffsetsRequest.ListOffsetsTopic.ListOffsetsPartition]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Partitions has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_ListOffsetsRequest_ListOffsetsTopic_ListOffsetsPartition_v4(B, P)
            f1.append(e_f1)
    return _C_ListOffsetsRequest_ListOffsetsTopic(f0, f1, None), P


def _d_ListOffsetsRequest_v4(B: memoryview, P: int) -> tuple[ListOffsetsRequest, int]:
    (f0, f1, n_f2,) = _S_ibi.unpack_from(B, P)
    P += 9
    f2: list[ListOffsetsRequest.ListOffsetsTopic]
    if n_f2 < 0:
        raise DecodeError(f'non-nullable array Topics has length {n_f2}')
    else:
        if n_f2 > len(B) - P:
            raise DecodeError(f'array length {n_f2} exceeds the buffer')
        f2 = []
        for _ in range(n_f2):
            e_f2, P = _d_ListOffsetsRequest_ListOffsetsTopic_v4(B, P)
            f2.append(e_f2)
    return _C_ListOffsetsRequest(f0, f1, f2, 0, None), P


def _d_ListOffsetsRequest_ListOffsetsTopic_ListOffsetsPartition_v6(B: memoryview, P: int) -> tuple[ListOffsetsRequest.ListOffsetsTopic.ListOffsetsPartition, int]:
    (f0, f1, f2,) = _S_iiq.unpack_from(B, P)
    P += 16
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_ListOffsetsRequest_ListOffsetsTopic_ListOffsetsPartition(f0, f1, f2, tf), P


def _d_ListOffsetsRequest_ListOffsetsTopic_v6(B: memoryview, P: int) -> tuple[ListOffsetsRequest.ListOffsetsTopic, int]:
    f0, P = read_compact_string(B, P)
    n_f1 = B[P]
    if n_f1 < 0x80:
        P += 1
    else:
        n_f1, P = read_uvarint(B, P)
    n_f1 -= 1
    f1: list[ListOffsetsRequest.ListOffsetsTopic.ListOffsetsPartition]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Partitions has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_ListOffsetsRequest_ListOffsetsTopic_ListOffsetsPartition_v6(B, P)
            f1.append(e_f1)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_ListOffsetsRequest_ListOffsetsTopic(f0, f1, tf), P


def _d_ListOffsetsRequest_v6(B: memoryview, P: int) -> tuple[ListOffsetsRequest, int]:
    (f0, f1,) = _S_ib.unpack_from(B, P)
    P += 5
    n_f2 = B[P]
    if n_f2 < 0x80:
        P += 1
    else:
        n_f2, P = read_uvarint(B, P)
    n_f2 -= 1
    f2: list[ListOffsetsRequest.ListOffsetsTopic]
    if n_f2 < 0:
        raise DecodeError(f'non-nullable array Topics has length {n_f2}')
    else:
        if n_f2 > len(B) - P:
            raise DecodeError(f'array length {n_f2} exceeds the buffer')
        f2 = []
        for _ in range(n_f2):
            e_f2, P = _d_ListOffsetsRequest_ListOffsetsTopic_v6(B, P)
            f2.append(e_f2)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_ListOffsetsRequest(f0, f1, f2, 0, tf), P


def _d_ListOffsetsRequest_v10(B: memoryview, P: int) -> tuple[ListOffsetsRequest, int]:
    (f0, f1,) = _S_ib.unpack_from(B, P)
    P += 5
    n_f2 = B[P]
    if n_f2 < 0x80:
        P += 1
    else:
        n_f2, P = read_uvarint(B, P)
    n_f2 -= 1
    f2: list[ListOffsetsRequest.ListOffsetsTopic]
    if n_f2 < 0:
        raise DecodeError(f'non-nullable array Topics has length {n_f2}')
    else:
        if n_f2 > len(B) - P:
            raise DecodeError(f'array length {n_f2} exceeds the buffer')
        f2 = []
        for _ in range(n_f2):
            e_f2, P = _d_ListOffsetsRequest_ListOffsetsTopic_v6(B, P)
            f2.append(e_f2)
    (f3,) = _S_i.unpack_from(B, P)
    P += 4
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_ListOffsetsRequest(f0, f1, f2, f3, tf), P


def _e_ListOffsetsRequest_ListOffsetsTopic_ListOffsetsPartition_v1(o: ListOffsetsRequest.ListOffsetsTopic.ListOffsetsPartition, O: bytearray) -> None:
    O += _S_iq.pack(o.partition_index, o.timestamp)


def _e_ListOffsetsRequest_ListOffsetsTopic_v1(o: ListOffsetsRequest.ListOffsetsTopic, O: bytearray) -> None:
    write_string(O, o.name)
    a1 = o.partitions
    if a1 is None:
        raise EncodeError('non-nullable array Partitions is None')
    O += _S_i.pack(len(a1))
    for e_a1 in a1:
        _e_ListOffsetsRequest_ListOffsetsTopic_ListOffsetsPartition_v1(e_a1, O)


def _e_ListOffsetsRequest_v1(o: ListOffsetsRequest, O: bytearray) -> None:
    if o.isolation_level != 0:
        raise EncodeError('ListOffsetsRequest.IsolationLevel is not supported in version 1')
    a1 = o.topics
    if a1 is None:
        raise EncodeError('non-nullable array Topics is None')
    O += _S_ii.pack(o.replica_id, len(a1))
    for e_a1 in a1:
        _e_ListOffsetsRequest_ListOffsetsTopic_v1(e_a1, O)


def _e_ListOffsetsRequest_v2(o: ListOffsetsRequest, O: bytearray) -> None:
    a2 = o.topics
    if a2 is None:
        raise EncodeError('non-nullable array Topics is None')
    O += _S_ibi.pack(o.replica_id, o.isolation_level, len(a2))
    for e_a2 in a2:
        _e_ListOffsetsRequest_ListOffsetsTopic_v1(e_a2, O)


def _e_ListOffsetsRequest_ListOffsetsTopic_ListOffsetsPartition_v4(o: ListOffsetsRequest.ListOffsetsTopic.ListOffsetsPartition, O: bytearray) -> None:
    O += _S_iiq.pack(o.partition_index, o.current_leader_epoch, o.timestamp)


def _e_ListOffsetsRequest_ListOffsetsTopic_v4(o: ListOffsetsRequest.ListOffsetsTopic, O: bytearray) -> None:
    write_string(O, o.name)
    a1 = o.partitions
    if a1 is None:
        raise EncodeError('non-nullable array Partitions is None')
    O += _S_i.pack(len(a1))
    for e_a1 in a1:
        _e_ListOffsetsRequest_ListOffsetsTopic_ListOffsetsPartition_v4(e_a1, O)


def _e_ListOffsetsRequest_v4(o: ListOffsetsRequest, O: bytearray) -> None:
    a2 = o.topics
    if a2 is None:
        raise EncodeError('non-nullable array Topics is None')
    O += _S_ibi.pack(o.replica_id, o.isolation_level, len(a2))
    for e_a2 in a2:
        _e_ListOffsetsRequest_ListOffsetsTopic_v4(e_a2, O)


def _e_ListOffsetsRequest_ListOffsetsTopic_ListOffsetsPartition_v6(o: ListOffsetsRequest.ListOffsetsTopic.ListOffsetsPartition, O: bytearray) -> None:
    O += _S_iiq.pack(o.partition_index, o.current_leader_epoch, o.timestamp)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_ListOffsetsRequest_ListOffsetsTopic_v6(o: ListOffsetsRequest.ListOffsetsTopic, O: bytearray) -> None:
    write_compact_string(O, o.name)
    a1 = o.partitions
    if a1 is None:
        raise EncodeError('non-nullable array Partitions is None')
    write_uvarint(O, len(a1) + 1)
    for e_a1 in a1:
        _e_ListOffsetsRequest_ListOffsetsTopic_ListOffsetsPartition_v6(e_a1, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_ListOffsetsRequest_v6(o: ListOffsetsRequest, O: bytearray) -> None:
    O += _S_ib.pack(o.replica_id, o.isolation_level)
    a2 = o.topics
    if a2 is None:
        raise EncodeError('non-nullable array Topics is None')
    write_uvarint(O, len(a2) + 1)
    for e_a2 in a2:
        _e_ListOffsetsRequest_ListOffsetsTopic_v6(e_a2, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_ListOffsetsRequest_v10(o: ListOffsetsRequest, O: bytearray) -> None:
    O += _S_ib.pack(o.replica_id, o.isolation_level)
    a2 = o.topics
    if a2 is None:
        raise EncodeError('non-nullable array Topics is None')
    write_uvarint(O, len(a2) + 1)
    for e_a2 in a2:
        _e_ListOffsetsRequest_ListOffsetsTopic_v6(e_a2, O)
    O += _S_i.pack(o.timeout_ms)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _d_ListOffsetsResponse_ListOffsetsTopicResponse_ListOffsetsPartitionResponse_v1(B: memoryview, P: int) -> tuple[ListOffsetsResponse.ListOffsetsTopicResponse.ListOffsetsPartitionResponse, int]:
    (f0, f1, f2, f3,) = _S_ihqq.unpack_from(B, P)
    P += 22
    return _C_ListOffsetsResponse_ListOffsetsTopicResponse_ListOffsetsPartitionResponse(f0, f1, f2, f3, -1, None), P


def _d_ListOffsetsResponse_ListOffsetsTopicResponse_v1(B: memoryview, P: int) -> tuple[ListOffsetsResponse.ListOffsetsTopicResponse, int]:
    f0, P = read_string(B, P)
    (n_f1,) = _S_i.unpack_from(B, P)
    P += 4
    f1: list[ListOffsetsResponse.ListOffsetsTopicResponse.ListOffsetsPartitionResponse]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Partitions has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_ListOffsetsResponse_ListOffsetsTopicResponse_ListOffsetsPartitionResponse_v1(B, P)
            f1.append(e_f1)
    return _C_ListOffsetsResponse_ListOffsetsTopicResponse(f0, f1, None), P


def _d_ListOffsetsResponse_v1(B: memoryview, P: int) -> tuple[ListOffsetsResponse, int]:
    (n_f1,) = _S_i.unpack_from(B, P)
    P += 4
    f1: list[ListOffsetsResponse.ListOffsetsTopicResponse]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Topics has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_ListOffsetsResponse_ListOffsetsTopicResponse_v1(B, P)
            f1.append(e_f1)
    return _C_ListOffsetsResponse(0, f1, None), P


def _d_ListOffsetsResponse_v2(B: memoryview, P: int) -> tuple[ListOffsetsResponse, int]:
    (f0, n_f1,) = _S_ii.unpack_from(B, P)
    P += 8
    f1: list[ListOffsetsResponse.ListOffsetsTopicResponse]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Topics has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_ListOffsetsResponse_ListOffsetsTopicResponse_v1(B, P)
            f1.append(e_f1)
    return _C_ListOffsetsResponse(f0, f1, None), P


def _d_ListOffsetsResponse_ListOffsetsTopicResponse_ListOffsetsPartitionResponse_v4(B: memoryview, P: int) -> tuple[ListOffsetsResponse.ListOffsetsTopicResponse.ListOffsetsPartitionResponse, int]:
    (f0, f1, f2, f3, f4,) = _S_ihqqi.unpack_from(B, P)
    P += 26
    return _C_ListOffsetsResponse_ListOffsetsTopicResponse_ListOffsetsPartitionResponse(f0, f1, f2, f3, f4, None), P


def _d_ListOffsetsResponse_ListOffsetsTopicResponse_v4(B: memoryview, P: int) -> tuple[ListOffsetsResponse.ListOffsetsTopicResponse, int]:
    f0, P = read_string(B, P)
    (n_f1,) = _S_i.unpack_from(B, P)
    P += 4
    f1: list[ListOffsetsResponse.ListOffsetsTopicResponse.ListOffsetsPartitionResponse]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Partitions has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_ListOffsetsResponse_ListOffsetsTopicResponse_ListOffsetsPartitionResponse_v4(B, P)
            f1.append(e_f1)
    return _C_ListOffsetsResponse_ListOffsetsTopicResponse(f0, f1, None), P


def _d_ListOffsetsResponse_v4(B: memoryview, P: int) -> tuple[ListOffsetsResponse, int]:
    (f0, n_f1,) = _S_ii.unpack_from(B, P)
    P += 8
    f1: list[ListOffsetsResponse.ListOffsetsTopicResponse]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Topics has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_ListOffsetsResponse_ListOffsetsTopicResponse_v4(B, P)
            f1.append(e_f1)
    return _C_ListOffsetsResponse(f0, f1, None), P


def _d_ListOffsetsResponse_ListOffsetsTopicResponse_ListOffsetsPartitionResponse_v6(B: memoryview, P: int) -> tuple[ListOffsetsResponse.ListOffsetsTopicResponse.ListOffsetsPartitionResponse, int]:
    (f0, f1, f2, f3, f4,) = _S_ihqqi.unpack_from(B, P)
    P += 26
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_ListOffsetsResponse_ListOffsetsTopicResponse_ListOffsetsPartitionResponse(f0, f1, f2, f3, f4, tf), P


def _d_ListOffsetsResponse_ListOffsetsTopicResponse_v6(B: memoryview, P: int) -> tuple[ListOffsetsResponse.ListOffsetsTopicResponse, int]:
    f0, P = read_compact_string(B, P)
    n_f1 = B[P]
    if n_f1 < 0x80:
        P += 1
    else:
        n_f1, P = read_uvarint(B, P)
    n_f1 -= 1
    f1: list[ListOffsetsResponse.ListOffsetsTopicResponse.ListOffsetsPartitionResponse]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Partitions has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_ListOffsetsResponse_ListOffsetsTopicResponse_ListOffsetsPartitionResponse_v6(B, P)
            f1.append(e_f1)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_ListOffsetsResponse_ListOffsetsTopicResponse(f0, f1, tf), P


def _d_ListOffsetsResponse_v6(B: memoryview, P: int) -> tuple[ListOffsetsResponse, int]:
    (f0,) = _S_i.unpack_from(B, P)
    P += 4
    n_f1 = B[P]
    if n_f1 < 0x80:
        P += 1
    else:
        n_f1, P = read_uvarint(B, P)
    n_f1 -= 1
    f1: list[ListOffsetsResponse.ListOffsetsTopicResponse]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Topics has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_ListOffsetsResponse_ListOffsetsTopicResponse_v6(B, P)
            f1.append(e_f1)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_ListOffsetsResponse(f0, f1, tf), P


def _e_ListOffsetsResponse_ListOffsetsTopicResponse_ListOffsetsPartitionResponse_v1(o: ListOffsetsResponse.ListOffsetsTopicResponse.ListOffsetsPartitionResponse, O: bytearray) -> None:
    if o.leader_epoch != -1:
        raise EncodeError('ListOffsetsResponse.LeaderEpoch is not supported in version 1')
    O += _S_ihqq.pack(o.partition_index, o.error_code, o.timestamp, o.offset)


def _e_ListOffsetsResponse_ListOffsetsTopicResponse_v1(o: ListOffsetsResponse.ListOffsetsTopicResponse, O: bytearray) -> None:
    write_string(O, o.name)
    a1 = o.partitions
    if a1 is None:
        raise EncodeError('non-nullable array Partitions is None')
    O += _S_i.pack(len(a1))
    for e_a1 in a1:
        _e_ListOffsetsResponse_ListOffsetsTopicResponse_ListOffsetsPartitionResponse_v1(e_a1, O)


def _e_ListOffsetsResponse_v1(o: ListOffsetsResponse, O: bytearray) -> None:
    a0 = o.topics
    if a0 is None:
        raise EncodeError('non-nullable array Topics is None')
    O += _S_i.pack(len(a0))
    for e_a0 in a0:
        _e_ListOffsetsResponse_ListOffsetsTopicResponse_v1(e_a0, O)


def _e_ListOffsetsResponse_ListOffsetsTopicResponse_ListOffsetsPartitionResponse_v2(o: ListOffsetsResponse.ListOffsetsTopicResponse.ListOffsetsPartitionResponse, O: bytearray) -> None:
    if o.leader_epoch != -1:
        raise EncodeError('ListOffsetsResponse.LeaderEpoch is not supported in version 2')
    O += _S_ihqq.pack(o.partition_index, o.error_code, o.timestamp, o.offset)


def _e_ListOffsetsResponse_ListOffsetsTopicResponse_v2(o: ListOffsetsResponse.ListOffsetsTopicResponse, O: bytearray) -> None:
    write_string(O, o.name)
    a1 = o.partitions
    if a1 is None:
        raise EncodeError('non-nullable array Partitions is None')
    O += _S_i.pack(len(a1))
    for e_a1 in a1:
        _e_ListOffsetsResponse_ListOffsetsTopicResponse_ListOffsetsPartitionResponse_v2(e_a1, O)


def _e_ListOffsetsResponse_v2(o: ListOffsetsResponse, O: bytearray) -> None:
    a1 = o.topics
    if a1 is None:
        raise EncodeError('non-nullable array Topics is None')
    O += _S_ii.pack(o.throttle_time_ms, len(a1))
    for e_a1 in a1:
        _e_ListOffsetsResponse_ListOffsetsTopicResponse_v2(e_a1, O)


def _e_ListOffsetsResponse_ListOffsetsTopicResponse_ListOffsetsPartitionResponse_v3(o: ListOffsetsResponse.ListOffsetsTopicResponse.ListOffsetsPartitionResponse, O: bytearray) -> None:
    if o.leader_epoch != -1:
        raise EncodeError('ListOffsetsResponse.LeaderEpoch is not supported in version 3')
    O += _S_ihqq.pack(o.partition_index, o.error_code, o.timestamp, o.offset)


def _e_ListOffsetsResponse_ListOffsetsTopicResponse_v3(o: ListOffsetsResponse.ListOffsetsTopicResponse, O: bytearray) -> None:
    write_string(O, o.name)
    a1 = o.partitions
    if a1 is None:
        raise EncodeError('non-nullable array Partitions is None')
    O += _S_i.pack(len(a1))
    for e_a1 in a1:
        _e_ListOffsetsResponse_ListOffsetsTopicResponse_ListOffsetsPartitionResponse_v3(e_a1, O)


def _e_ListOffsetsResponse_v3(o: ListOffsetsResponse, O: bytearray) -> None:
    a1 = o.topics
    if a1 is None:
        raise EncodeError('non-nullable array Topics is None')
    O += _S_ii.pack(o.throttle_time_ms, len(a1))
    for e_a1 in a1:
        _e_ListOffsetsResponse_ListOffsetsTopicResponse_v3(e_a1, O)


def _e_ListOffsetsResponse_ListOffsetsTopicResponse_ListOffsetsPartitionResponse_v4(o: ListOffsetsResponse.ListOffsetsTopicResponse.ListOffsetsPartitionResponse, O: bytearray) -> None:
    O += _S_ihqqi.pack(o.partition_index, o.error_code, o.timestamp, o.offset, o.leader_epoch)


def _e_ListOffsetsResponse_ListOffsetsTopicResponse_v4(o: ListOffsetsResponse.ListOffsetsTopicResponse, O: bytearray) -> None:
    write_string(O, o.name)
    a1 = o.partitions
    if a1 is None:
        raise EncodeError('non-nullable array Partitions is None')
    O += _S_i.pack(len(a1))
    for e_a1 in a1:
        _e_ListOffsetsResponse_ListOffsetsTopicResponse_ListOffsetsPartitionResponse_v4(e_a1, O)


def _e_ListOffsetsResponse_v4(o: ListOffsetsResponse, O: bytearray) -> None:
    a1 = o.topics
    if a1 is None:
        raise EncodeError('non-nullable array Topics is None')
    O += _S_ii.pack(o.throttle_time_ms, len(a1))
    for e_a1 in a1:
        _e_ListOffsetsResponse_ListOffsetsTopicResponse_v4(e_a1, O)


def _e_ListOffsetsResponse_ListOffsetsTopicResponse_ListOffsetsPartitionResponse_v6(o: ListOffsetsResponse.ListOffsetsTopicResponse.ListOffsetsPartitionResponse, O: bytearray) -> None:
    O += _S_ihqqi.pack(o.partition_index, o.error_code, o.timestamp, o.offset, o.leader_epoch)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_ListOffsetsResponse_ListOffsetsTopicResponse_v6(o: ListOffsetsResponse.ListOffsetsTopicResponse, O: bytearray) -> None:
    write_compact_string(O, o.name)
    a1 = o.partitions
    if a1 is None:
        raise EncodeError('non-nullable array Partitions is None')
    write_uvarint(O, len(a1) + 1)
    for e_a1 in a1:
        _e_ListOffsetsResponse_ListOffsetsTopicResponse_ListOffsetsPartitionResponse_v6(e_a1, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_ListOffsetsResponse_v6(o: ListOffsetsResponse, O: bytearray) -> None:
    O += _S_i.pack(o.throttle_time_ms)
    a1 = o.topics
    if a1 is None:
        raise EncodeError('non-nullable array Topics is None')
    write_uvarint(O, len(a1) + 1)
    for e_a1 in a1:
        _e_ListOffsetsResponse_ListOffsetsTopicResponse_v6(e_a1, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


_C_ListOffsetsRequest = ListOffsetsRequest
_C_ListOffsetsRequest_ListOffsetsTopic = ListOffsetsRequest.ListOffsetsTopic
_C_ListOffsetsRequest_ListOffsetsTopic_ListOffsetsPartition = ListOffsetsRequest.ListOffsetsTopic.ListOffsetsPartition
_DEF_C_ListOffsetsRequest_ListOffsetsTopic = _C_ListOffsetsRequest_ListOffsetsTopic()
_DEF_C_ListOffsetsRequest_ListOffsetsTopic_ListOffsetsPartition = _C_ListOffsetsRequest_ListOffsetsTopic_ListOffsetsPartition()
_DEC_ListOffsetsRequest: dict[int, Decoder[ListOffsetsRequest]] = {
    1: _d_ListOffsetsRequest_v1,
    2: _d_ListOffsetsRequest_v2,
    3: _d_ListOffsetsRequest_v2,
    4: _d_ListOffsetsRequest_v4,
    5: _d_ListOffsetsRequest_v4,
    6: _d_ListOffsetsRequest_v6,
    7: _d_ListOffsetsRequest_v6,
    8: _d_ListOffsetsRequest_v6,
    9: _d_ListOffsetsRequest_v6,
    10: _d_ListOffsetsRequest_v10,
}
_ENC_ListOffsetsRequest: dict[int, Encoder[ListOffsetsRequest]] = {
    1: _e_ListOffsetsRequest_v1,
    2: _e_ListOffsetsRequest_v2,
    3: _e_ListOffsetsRequest_v2,
    4: _e_ListOffsetsRequest_v4,
    5: _e_ListOffsetsRequest_v4,
    6: _e_ListOffsetsRequest_v6,
    7: _e_ListOffsetsRequest_v6,
    8: _e_ListOffsetsRequest_v6,
    9: _e_ListOffsetsRequest_v6,
    10: _e_ListOffsetsRequest_v10,
}
ListOffsetsRequest.FIELDS = (
    FieldInfo('ReplicaId', 'replica_id', 'int32', (0, OPEN), None, None, None, False, 'brokerId', None, None),
    FieldInfo('IsolationLevel', 'isolation_level', 'int8', (2, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Topics', 'topics', '[]ListOffsetsTopic', (0, OPEN), None, None, None, False, None, None, _C_ListOffsetsRequest_ListOffsetsTopic),
    FieldInfo('TimeoutMs', 'timeout_ms', 'int32', (10, OPEN), None, None, None, True, None, None, None),
)
ListOffsetsRequest.ListOffsetsTopic.FIELDS = (
    FieldInfo('Name', 'name', 'string', (0, OPEN), None, None, None, False, 'topicName', None, None),
    FieldInfo('Partitions', 'partitions', '[]ListOffsetsPartition', (0, OPEN), None, None, None, False, None, None, _C_ListOffsetsRequest_ListOffsetsTopic_ListOffsetsPartition),
)
ListOffsetsRequest.ListOffsetsTopic.ListOffsetsPartition.FIELDS = (
    FieldInfo('PartitionIndex', 'partition_index', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('CurrentLeaderEpoch', 'current_leader_epoch', 'int32', (4, OPEN), None, None, None, True, None, None, None),
    FieldInfo('Timestamp', 'timestamp', 'int64', (0, OPEN), None, None, None, False, None, None, None),
)

_C_ListOffsetsResponse = ListOffsetsResponse
_C_ListOffsetsResponse_ListOffsetsTopicResponse = ListOffsetsResponse.ListOffsetsTopicResponse
_C_ListOffsetsResponse_ListOffsetsTopicResponse_ListOffsetsPartitionResponse = ListOffsetsResponse.ListOffsetsTopicResponse.ListOffsetsPartitionResponse
_DEF_C_ListOffsetsResponse_ListOffsetsTopicResponse = _C_ListOffsetsResponse_ListOffsetsTopicResponse()
_DEF_C_ListOffsetsResponse_ListOffsetsTopicResponse_ListOffsetsPartitionResponse = _C_ListOffsetsResponse_ListOffsetsTopicResponse_ListOffsetsPartitionResponse()
_DEC_ListOffsetsResponse: dict[int, Decoder[ListOffsetsResponse]] = {
    1: _d_ListOffsetsResponse_v1,
    2: _d_ListOffsetsResponse_v2,
    3: _d_ListOffsetsResponse_v2,
    4: _d_ListOffsetsResponse_v4,
    5: _d_ListOffsetsResponse_v4,
    6: _d_ListOffsetsResponse_v6,
    7: _d_ListOffsetsResponse_v6,
    8: _d_ListOffsetsResponse_v6,
    9: _d_ListOffsetsResponse_v6,
    10: _d_ListOffsetsResponse_v6,
}
_ENC_ListOffsetsResponse: dict[int, Encoder[ListOffsetsResponse]] = {
    1: _e_ListOffsetsResponse_v1,
    2: _e_ListOffsetsResponse_v2,
    3: _e_ListOffsetsResponse_v3,
    4: _e_ListOffsetsResponse_v4,
    5: _e_ListOffsetsResponse_v4,
    6: _e_ListOffsetsResponse_v6,
    7: _e_ListOffsetsResponse_v6,
    8: _e_ListOffsetsResponse_v6,
    9: _e_ListOffsetsResponse_v6,
    10: _e_ListOffsetsResponse_v6,
}
ListOffsetsResponse.FIELDS = (
    FieldInfo('ThrottleTimeMs', 'throttle_time_ms', 'int32', (2, OPEN), None, None, None, True, None, None, None),
    FieldInfo('Topics', 'topics', '[]ListOffsetsTopicResponse', (0, OPEN), None, None, None, False, None, None, _C_ListOffsetsResponse_ListOffsetsTopicResponse),
)
ListOffsetsResponse.ListOffsetsTopicResponse.FIELDS = (
    FieldInfo('Name', 'name', 'string', (0, OPEN), None, None, None, False, 'topicName', None, None),
    FieldInfo('Partitions', 'partitions', '[]ListOffsetsPartitionResponse', (0, OPEN), None, None, None, False, None, None, _C_ListOffsetsResponse_ListOffsetsTopicResponse_ListOffsetsPartitionResponse),
)
ListOffsetsResponse.ListOffsetsTopicResponse.ListOffsetsPartitionResponse.FIELDS = (
    FieldInfo('PartitionIndex', 'partition_index', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('ErrorCode', 'error_code', 'int16', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Timestamp', 'timestamp', 'int64', (1, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Offset', 'offset', 'int64', (1, OPEN), None, None, None, False, None, None, None),
    FieldInfo('LeaderEpoch', 'leader_epoch', 'int32', (4, OPEN), None, None, None, False, None, None, None),
)
