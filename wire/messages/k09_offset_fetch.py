"""API key 9: OffsetFetch.

GENERATED - DO NOT EDIT. Written by ``python -m wire.generator`` from Apache Kafka 4.1.1's
message definitions (OffsetFetchRequest.json, OffsetFetchResponse.json).
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


_S_o = struct.Struct('>?')
_S_h = struct.Struct('>h')
_S_i = struct.Struct('>i')
_S_ii = struct.Struct('>ii')
_S_iq = struct.Struct('>iq')
_S_iqi = struct.Struct('>iqi')


@dataclass(slots=True)
class OffsetFetchRequest:
    """OffsetFetchRequest (API key 9, versions 1-10).

    Generated from OffsetFetchRequest.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = 9
    MIN_VERSION: ClassVar[int] = 1
    MAX_VERSION: ClassVar[int] = 9
    LATEST_VERSION: ClassVar[int] = 10
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = True
    FLEXIBLE_MIN: ClassVar[int | None] = 6
    #: Who serves this request in Kafka (empty for responses).
    LISTENERS: ClassVar[tuple[str, ...]] = ('broker',)
    FIELDS: ClassVar[tuple[FieldInfo, ...]]

    @dataclass(slots=True)
    class OffsetFetchRequestTopic:
        FIELDS: ClassVar[tuple[FieldInfo, ...]]

        #: The topic name.
        name: str = ''
        #: The partition indexes we would like to fetch offsets for.
        partition_indexes: list[int] = field(default_factory=list)
        #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
        unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @dataclass(slots=True)
    class OffsetFetchRequestGroup:
        FIELDS: ClassVar[tuple[FieldInfo, ...]]

        @dataclass(slots=True)
        class OffsetFetchRequestTopics:
            FIELDS: ClassVar[tuple[FieldInfo, ...]]

            #: The topic name.
            name: str = ''
            #: The topic ID.
            topic_id: UUID = ZERO_UUID
            #: The partition indexes we would like to fetch offsets for.
            partition_indexes: list[int] = field(default_factory=list)
            #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
            unknown_tagged_fields: list[tuple[int, bytes]] | None = None

        #: The group ID.
        group_id: str = ''
        #: The member id.
        member_id: str | None = None
        #: The member epoch if using the new consumer protocol (KIP-848).
        member_epoch: int = -1
        #: Each topic we would like to fetch offsets for, or null to fetch offsets for all topics.
        topics: list[OffsetFetchRequest.OffsetFetchRequestGroup.OffsetFetchRequestTopics] | None = field(default_factory=list)
        #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
        unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    OffsetFetchRequestTopics = OffsetFetchRequestGroup.OffsetFetchRequestTopics
    #: The group to fetch offsets for.
    group_id: str = ''
    #: Each topic we would like to fetch offsets for, or null to fetch offsets for all topics.
    topics: list[OffsetFetchRequest.OffsetFetchRequestTopic] | None = field(default_factory=list)
    #: Each group we would like to fetch offsets for.
    groups: list[OffsetFetchRequest.OffsetFetchRequestGroup] = field(default_factory=list)
    #: Whether broker should hold on returning unstable offsets but set a retriable error code for the partitions.
    require_stable: bool = False
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> OffsetFetchRequest:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_OffsetFetchRequest, data, version, 'OffsetFetchRequest', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_OffsetFetchRequest, self, version, 'OffsetFetchRequest')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_OffsetFetchRequest, self, version, 'OffsetFetchRequest')


@dataclass(slots=True)
class OffsetFetchResponse:
    """OffsetFetchResponse (API key 9, versions 1-10).

    Generated from OffsetFetchResponse.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = 9
    MIN_VERSION: ClassVar[int] = 1
    MAX_VERSION: ClassVar[int] = 10
    LATEST_VERSION: ClassVar[int] = 10
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
    FLEXIBLE_MIN: ClassVar[int | None] = 6
    #: Who serves this request in Kafka (empty for responses).
    LISTENERS: ClassVar[tuple[str, ...]] = ()
    FIELDS: ClassVar[tuple[FieldInfo, ...]]

    @dataclass(slots=True)
    class OffsetFetchResponseTopic:
        FIELDS: ClassVar[tuple[FieldInfo, ...]]

        @dataclass(slots=True)
        class OffsetFetchResponsePartition:
            FIELDS: ClassVar[tuple[FieldInfo, ...]]

            #: The partition index.
            partition_index: int = 0
            #: The committed message offset.
            committed_offset: int = 0
            #: The leader epoch.
            committed_leader_epoch: int = -1
            #: The partition metadata.
            metadata: str | None = ''
            #: The error code, or 0 if there was no error.
            error_code: int = 0
            #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
            unknown_tagged_fields: list[tuple[int, bytes]] | None = None

        #: The topic name.
        name: str = ''
        #: The responses per partition.
        partitions: list[OffsetFetchResponse.OffsetFetchResponseTopic.OffsetFetchResponsePartition] = field(default_factory=list)
        #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
        unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @dataclass(slots=True)
    class OffsetFetchResponseGroup:
        FIELDS: ClassVar[tuple[FieldInfo, ...]]

        @dataclass(slots=True)
        class OffsetFetchResponseTopics:
            FIELDS: ClassVar[tuple[FieldInfo, ...]]

            @dataclass(slots=True)
            class OffsetFetchResponsePartitions:
                FIELDS: ClassVar[tuple[FieldInfo, ...]]

                #: The partition index.
                partition_index: int = 0
                #: The committed message offset.
                committed_offset: int = 0
                #: The leader epoch.
                committed_leader_epoch: int = -1
                #: The partition metadata.
                metadata: str | None = ''
                #: The partition-level error code, or 0 if there was no error.
                error_code: int = 0
                #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
                unknown_tagged_fields: list[tuple[int, bytes]] | None = None

            #: The topic name.
            name: str = ''
            #: The topic ID.
            topic_id: UUID = ZERO_UUID
            #: The responses per partition.
            partitions: list[OffsetFetchResponse.OffsetFetchResponseGroup.OffsetFetchResponseTopics.OffsetFetchResponsePartitions] = field(default_factory=list)
            #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
            unknown_tagged_fields: list[tuple[int, bytes]] | None = None

        #: The group ID.
        group_id: str = ''
        #: The responses per topic.
        topics: list[OffsetFetchResponse.OffsetFetchResponseGroup.OffsetFetchResponseTopics] = field(default_factory=list)
        #: The group-level error code, or 0 if there was no error.
        error_code: int = 0
        #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
        unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    OffsetFetchResponsePartition = OffsetFetchResponseTopic.OffsetFetchResponsePartition
    OffsetFetchResponsePartitions = OffsetFetchResponseGroup.OffsetFetchResponseTopics.OffsetFetchResponsePartitions
    OffsetFetchResponseTopics = OffsetFetchResponseGroup.OffsetFetchResponseTopics
    #: The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    throttle_time_ms: int = 0
    #: The responses per topic.
    topics: list[OffsetFetchResponse.OffsetFetchResponseTopic] = field(default_factory=list)
    #: The top-level error code, or 0 if there was no error.
    error_code: int = 0
    #: The responses per group id.
    groups: list[OffsetFetchResponse.OffsetFetchResponseGroup] = field(default_factory=list)
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> OffsetFetchResponse:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_OffsetFetchResponse, data, version, 'OffsetFetchResponse', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_OffsetFetchResponse, self, version, 'OffsetFetchResponse')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_OffsetFetchResponse, self, version, 'OffsetFetchResponse')

def _d_OffsetFetchRequest_OffsetFetchRequestTopic_v1(B: memoryview, P: int) -> tuple[OffsetFetchRequest.OffsetFetchRequestTopic, int]:
    f0, P = read_string(B, P)
    (n_f1,) = _S_i.unpack_from(B, P)
    P += 4
    f1: list[int]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array PartitionIndexes has length {n_f1}')
    else:
        check_count(n_f1, B, P)
        f1 = list(struct.unpack_from('>%di' % n_f1, B, P))
        P += n_f1 * 4
    return _C_OffsetFetchRequest_OffsetFetchRequestTopic(f0, f1, None), P


def _d_OffsetFetchRequest_v1(B: memoryview, P: int) -> tuple[OffsetFetchRequest, int]:
    f0, P = read_string(B, P)
    (n_f1,) = _S_i.unpack_from(B, P)
    P += 4
    f1: list[OffsetFetchRequest.OffsetFetchRequestTopic] | None
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Topics has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_OffsetFetchRequest_OffsetFetchRequestTopic_v1(B, P)
            f1.append(e_f1)
    return _C_OffsetFetchRequest(f0, f1, [], False, None), P


def _d_OffsetFetchRequest_v2(B: memoryview, P: int) -> tuple[OffsetFetchRequest, int]:
    f0, P = read_string(B, P)
    (n_f1,) = _S_i.unpack_from(B, P)
    P += 4
    f1: list[OffsetFetchRequest.OffsetFetchRequestTopic] | None
    if n_f1 < 0:
        if n_f1 != -1:
            raise DecodeError(f'negative array length {n_f1}')
        f1 = None
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_OffsetFetchRequest_OffsetFetchRequestTopic_v1(B, P)
            f1.append(e_f1)
    return _C_OffsetFetchRequest(f0, f1, [], False, None), P


def _d_OffsetFetchRequest_OffsetFetchRequestTopic_v6(B: memoryview, P: int) -> tuple[OffsetFetchRequest.OffsetFetchRequestTopic, int]:
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
    return _C_OffsetFetchRequest_OffsetFetchRequestTopic(f0, f1, tf), P


def _d_OffsetFetchRequest_v6(B: memoryview, P: int) -> tuple[OffsetFetchRequest, int]:
    f0, P = read_compact_string(B, P)
    n_f1 = B[P]
    if n_f1 < 0x80:
        P += 1
    else:
        n_f1, P = read_uvarint(B, P)
    n_f1 -= 1
    f1: list[OffsetFetchRequest.OffsetFetchRequestTopic] | None
    if n_f1 < 0:
        if n_f1 != -1:
            raise DecodeError(f'negative array length {n_f1}')
        f1 = None
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_OffsetFetchRequest_OffsetFetchRequestTopic_v6(B, P)
            f1.append(e_f1)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_OffsetFetchRequest(f0, f1, [], False, tf), P


def _d_OffsetFetchRequest_v7(B: memoryview, P: int) -> tuple[OffsetFetchRequest, int]:
    f0, P = read_compact_string(B, P)
    n_f1 = B[P]
    if n_f1 < 0x80:
        P += 1
    else:
        n_f1, P = read_uvarint(B, P)
    n_f1 -= 1
    f1: list[OffsetFetchRequest.OffsetFetchRequestTopic] | None
    if n_f1 < 0:
        if n_f1 != -1:
            raise DecodeError(f'negative array length {n_f1}')
        f1 = None
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_OffsetFetchRequest_OffsetFetchRequestTopic_v6(B, P)
            f1.append(e_f1)
    (f3,) = _S_o.unpack_from(B, P)
    P += 1
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_OffsetFetchRequest(f0, f1, [], f3, tf), P


def _d_OffsetFetchRequest_OffsetFetchRequestGroup_OffsetFetchRequestTopics_v8(B: memoryview, P: int) -> tuple[OffsetFetchRequest.OffsetFetchRequestGroup.OffsetFetchRequestTopics, int]:
    f0, P = read_compact_string(B, P)
    n_f2 = B[P]
    if n_f2 < 0x80:
        P += 1
    else:
        n_f2, P = read_uvarint(B, P)
    n_f2 -= 1
    f2: list[int]
    if n_f2 < 0:
        raise DecodeError(f'non-nullable array PartitionIndexes has length {n_f2}')
    else:
        check_count(n_f2, B, P)
        f2 = list(struct.unpack_from('>%di' % n_f2, B, P))
        P += n_f2 * 4
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_OffsetFetchRequest_OffsetFetchRequestGroup_OffsetFetchRequestTopics(f0, ZERO_UUID, f2, tf), P


def _d_OffsetFetchRequest_OffsetFetchRequestGroup_v8(B: memoryview, P: int) -> tuple[OffsetFetchRequest.OffsetFetchRequestGroup, int]:
    f0, P = read_compact_string(B, P)
    n_f3 = B[P]
    if n_f3 < 0x80:
        P += 1
    else:
        n_f3, P = read_uvarint(B, P)
    n_f3 -= 1
    f3: list[OffsetFetchRequest.OffsetFetchRequestGroup.OffsetFetchRequestTopics] | None
    if n_f3 < 0:
        if n_f3 != -1:
            raise DecodeError(f'negative array length {n_f3}')
        f3 = None
    else:
        if n_f3 > len(B) - P:
            raise DecodeError(f'array length {n_f3} exceeds the buffer')
        f3 = []
        for _ in range(n_f3):
            e_f3, P = _d_OffsetFetchRequest_OffsetFetchRequestGroup_OffsetFetchRequestTopics_v8(B, P)
            f3.append(e_f3)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_OffsetFetchRequest_OffsetFetchRequestGroup(f0, None, -1, f3, tf), P


def _d_OffsetFetchRequest_v8(B: memoryview, P: int) -> tuple[OffsetFetchRequest, int]:
    n_f2 = B[P]
    if n_f2 < 0x80:
        P += 1
    else:
        n_f2, P = read_uvarint(B, P)
    n_f2 -= 1
    f2: list[OffsetFetchRequest.OffsetFetchRequestGroup]
    if n_f2 < 0:
        raise DecodeError(f'non-nullable array Groups has length {n_f2}')
    else:
        if n_f2 > len(B) - P:
            raise DecodeError(f'array length {n_f2} exceeds the buffer')
        f2 = []
        for _ in range(n_f2):
            e_f2, P = _d_OffsetFetchRequest_OffsetFetchRequestGroup_v8(B, P)
            f2.append(e_f2)
    (f3,) = _S_o.unpack_from(B, P)
    P += 1
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_OffsetFetchRequest('', [], f2, f3, tf), P


def _d_OffsetFetchRequest_OffsetFetchRequestGroup_v9(B: memoryview, P: int) -> tuple[OffsetFetchRequest.OffsetFetchRequestGroup, int]:
    f0, P = read_compact_string(B, P)
    f1, P = read_compact_nullable_string(B, P)
    (f2,) = _S_i.unpack_from(B, P)
    P += 4
    n_f3 = B[P]
    if n_f3 < 0x80:
        P += 1
    else:
        n_f3, P = read_uvarint(B, P)
    n_f3 -= 1
    f3: list[OffsetFetchRequest.OffsetFetchRequestGroup.OffsetFetchRequestTopics] | None
    if n_f3 < 0:
        if n_f3 != -1:
            raise DecodeError(f'negative array length {n_f3}')
        f3 = None
    else:
        if n_f3 > len(B) - P:
            raise DecodeError(f'array length {n_f3} exceeds the buffer')
        f3 = []
        for _ in range(n_f3):
            e_f3, P = _d_OffsetFetchRequest_OffsetFetchRequestGroup_OffsetFetchRequestTopics_v8(B, P)
            f3.append(e_f3)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_OffsetFetchRequest_OffsetFetchRequestGroup(f0, f1, f2, f3, tf), P


def _d_OffsetFetchRequest_v9(B: memoryview, P: int) -> tuple[OffsetFetchRequest, int]:
    n_f2 = B[P]
    if n_f2 < 0x80:
        P += 1
    else:
        n_f2, P = read_uvarint(B, P)
    n_f2 -= 1
    f2: list[OffsetFetchRequest.OffsetFetchRequestGroup]
    if n_f2 < 0:
        raise DecodeError(f'non-nullable array Groups has length {n_f2}')
    else:
        if n_f2 > len(B) - P:
            raise DecodeError(f'array length {n_f2} exceeds the buffer')
        f2 = []
        for _ in range(n_f2):
            e_f2, P = _d_OffsetFetchRequest_OffsetFetchRequestGroup_v9(B, P)
            f2.append(e_f2)
    (f3,) = _S_o.unpack_from(B, P)
    P += 1
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_OffsetFetchRequest('', [], f2, f3, tf), P


def _d_OffsetFetchRequest_OffsetFetchRequestGroup_OffsetFetchRequestTopics_v10(B: memoryview, P: int) -> tuple[OffsetFetchRequest.OffsetFetchRequestGroup.OffsetFetchRequestTopics, int]:
    f1, P = read_uuid(B, P)
    n_f2 = B[P]
    if n_f2 < 0x80:
        P += 1
    else:
        n_f2, P = read_uvarint(B, P)
    n_f2 -= 1
    f2: list[int]
    if n_f2 < 0:
        raise DecodeError(f'non-nullable array PartitionIndexes has length {n_f2}')
    else:
        check_count(n_f2, B, P)
        f2 = list(struct.unpack_from('>%di' % n_f2, B, P))
        P += n_f2 * 4
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_OffsetFetchRequest_OffsetFetchRequestGroup_OffsetFetchRequestTopics('', f1, f2, tf), P


def _d_OffsetFetchRequest_OffsetFetchRequestGroup_v10(B: memoryview, P: int) -> tuple[OffsetFetchRequest.OffsetFetchRequestGroup, int]:
    f0, P = read_compact_string(B, P)
    f1, P = read_compact_nullable_string(B, P)
    (f2,) = _S_i.unpack_from(B, P)
    P += 4
    n_f3 = B[P]
    if n_f3 < 0x80:
        P += 1
    else:
        n_f3, P = read_uvarint(B, P)
    n_f3 -= 1
    f3: list[OffsetFetchRequest.OffsetFetchRequestGroup.OffsetFetchRequestTopics] | None
    if n_f3 < 0:
        if n_f3 != -1:
            raise DecodeError(f'negative array length {n_f3}')
        f3 = None
    else:
        if n_f3 > len(B) - P:
            raise DecodeError(f'array length {n_f3} exceeds the buffer')
        f3 = []
        for _ in range(n_f3):
            e_f3, P = _d_OffsetFetchRequest_OffsetFetchRequestGroup_OffsetFetchRequestTopics_v10(B, P)
            f3.append(e_f3)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_OffsetFetchRequest_OffsetFetchRequestGroup(f0, f1, f2, f3, tf), P


def _d_OffsetFetchRequest_v10(B: memoryview, P: int) -> tuple[OffsetFetchRequest, int]:
    n_f2 = B[P]
    if n_f2 < 0x80:
        P += 1
    else:
        n_f2, P = read_uvarint(B, P)
    n_f2 -= 1
    f2: list[OffsetFetchRequest.OffsetFetchRequestGroup]
    if n_f2 < 0:
        raise DecodeError(f'non-nullable array Groups has length {n_f2}')
    else:
        if n_f2 > len(B) - P:
            raise DecodeError(f'array length {n_f2} exceeds the buffer')
        f2 = []
        for _ in range(n_f2):
            e_f2, P = _d_OffsetFetchRequest_OffsetFetchRequestGroup_v10(B, P)
            f2.append(e_f2)
    (f3,) = _S_o.unpack_from(B, P)
    P += 1
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_OffsetFetchRequest('', [], f2, f3, tf), P


def _e_OffsetFetchRequest_OffsetFetchRequestTopic_v1(o: OffsetFetchRequest.OffsetFetchRequestTopic, O: bytearray) -> None:
    write_string(O, o.name)
    a1 = o.partition_indexes
    if a1 is None:
        raise EncodeError('non-nullable array PartitionIndexes is None')
    O += _S_i.pack(len(a1))
    O += struct.pack('>%di' % len(a1), *a1)


def _e_OffsetFetchRequest_v1(o: OffsetFetchRequest, O: bytearray) -> None:
    if bool(o.groups):
        raise EncodeError('OffsetFetchRequest.Groups is not supported in version 1')
    if o.require_stable != False:
        raise EncodeError('OffsetFetchRequest.RequireStable is not supported in version 1')
    write_string(O, o.group_id)
    a1 = o.topics
    if a1 is None:
        raise EncodeError('non-nullable array Topics is None')
    O += _S_i.pack(len(a1))
    for e_a1 in a1:
        _e_OffsetFetchRequest_OffsetFetchRequestTopic_v1(e_a1, O)


def _e_OffsetFetchRequest_v2(o: OffsetFetchRequest, O: bytearray) -> None:
    if bool(o.groups):
        raise EncodeError('OffsetFetchRequest.Groups is not supported in version 2')
    if o.require_stable != False:
        raise EncodeError('OffsetFetchRequest.RequireStable is not supported in version 2')
    write_string(O, o.group_id)
    a1 = o.topics
    if a1 is None:
        O += b'\xff\xff\xff\xff'
    else:
        O += INT32.pack(len(a1))
        for e_a1 in a1:
            _e_OffsetFetchRequest_OffsetFetchRequestTopic_v1(e_a1, O)


def _e_OffsetFetchRequest_v3(o: OffsetFetchRequest, O: bytearray) -> None:
    if bool(o.groups):
        raise EncodeError('OffsetFetchRequest.Groups is not supported in version 3')
    if o.require_stable != False:
        raise EncodeError('OffsetFetchRequest.RequireStable is not supported in version 3')
    write_string(O, o.group_id)
    a1 = o.topics
    if a1 is None:
        O += b'\xff\xff\xff\xff'
    else:
        O += INT32.pack(len(a1))
        for e_a1 in a1:
            _e_OffsetFetchRequest_OffsetFetchRequestTopic_v1(e_a1, O)


def _e_OffsetFetchRequest_v4(o: OffsetFetchRequest, O: bytearray) -> None:
    if bool(o.groups):
        raise EncodeError('OffsetFetchRequest.Groups is not supported in version 4')
    if o.require_stable != False:
        raise EncodeError('OffsetFetchRequest.RequireStable is not supported in version 4')
    write_string(O, o.group_id)
    a1 = o.topics
    if a1 is None:
        O += b'\xff\xff\xff\xff'
    else:
        O += INT32.pack(len(a1))
        for e_a1 in a1:
            _e_OffsetFetchRequest_OffsetFetchRequestTopic_v1(e_a1, O)


def _e_OffsetFetchRequest_v5(o: OffsetFetchRequest, O: bytearray) -> None:
    if bool(o.groups):
        raise EncodeError('OffsetFetchRequest.Groups is not supported in version 5')
    if o.require_stable != False:
        raise EncodeError('OffsetFetchRequest.RequireStable is not supported in version 5')
    write_string(O, o.group_id)
    a1 = o.topics
    if a1 is None:
        O += b'\xff\xff\xff\xff'
    else:
        O += INT32.pack(len(a1))
        for e_a1 in a1:
            _e_OffsetFetchRequest_OffsetFetchRequestTopic_v1(e_a1, O)


def _e_OffsetFetchRequest_OffsetFetchRequestTopic_v6(o: OffsetFetchRequest.OffsetFetchRequestTopic, O: bytearray) -> None:
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


def _e_OffsetFetchRequest_v6(o: OffsetFetchRequest, O: bytearray) -> None:
    if bool(o.groups):
        raise EncodeError('OffsetFetchRequest.Groups is not supported in version 6')
    if o.require_stable != False:
        raise EncodeError('OffsetFetchRequest.RequireStable is not supported in version 6')
    write_compact_string(O, o.group_id)
    a1 = o.topics
    if a1 is None:
        O.append(0)
    else:
        write_uvarint(O, len(a1) + 1)
        for e_a1 in a1:
            _e_OffsetFetchRequest_OffsetFetchRequestTopic_v6(e_a1, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_OffsetFetchRequest_v7(o: OffsetFetchRequest, O: bytearray) -> None:
    if bool(o.groups):
        raise EncodeError('OffsetFetchRequest.Groups is not supported in version 7')
    write_compact_string(O, o.group_id)
    a1 = o.topics
    if a1 is None:
        O.append(0)
    else:
        write_uvarint(O, len(a1) + 1)
        for e_a1 in a1:
            _e_OffsetFetchRequest_OffsetFetchRequestTopic_v6(e_a1, O)
    O += _S_o.pack(o.require_stable)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_OffsetFetchRequest_OffsetFetchRequestGroup_OffsetFetchRequestTopics_v8(o: OffsetFetchRequest.OffsetFetchRequestGroup.OffsetFetchRequestTopics, O: bytearray) -> None:
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


def _e_OffsetFetchRequest_OffsetFetchRequestGroup_v8(o: OffsetFetchRequest.OffsetFetchRequestGroup, O: bytearray) -> None:
    write_compact_string(O, o.group_id)
    a1 = o.topics
    if a1 is None:
        O.append(0)
    else:
        write_uvarint(O, len(a1) + 1)
        for e_a1 in a1:
            _e_OffsetFetchRequest_OffsetFetchRequestGroup_OffsetFetchRequestTopics_v8(e_a1, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_OffsetFetchRequest_v8(o: OffsetFetchRequest, O: bytearray) -> None:
    if o.group_id != '':
        raise EncodeError('OffsetFetchRequest.GroupId is not supported in version 8')
    if bool(o.topics):
        raise EncodeError('OffsetFetchRequest.Topics is not supported in version 8')
    a0 = o.groups
    if a0 is None:
        raise EncodeError('non-nullable array Groups is None')
    write_uvarint(O, len(a0) + 1)
    for e_a0 in a0:
        _e_OffsetFetchRequest_OffsetFetchRequestGroup_v8(e_a0, O)
    O += _S_o.pack(o.require_stable)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_OffsetFetchRequest_OffsetFetchRequestGroup_v9(o: OffsetFetchRequest.OffsetFetchRequestGroup, O: bytearray) -> None:
    write_compact_string(O, o.group_id)
    write_compact_nullable_string(O, o.member_id)
    O += _S_i.pack(o.member_epoch)
    a3 = o.topics
    if a3 is None:
        O.append(0)
    else:
        write_uvarint(O, len(a3) + 1)
        for e_a3 in a3:
            _e_OffsetFetchRequest_OffsetFetchRequestGroup_OffsetFetchRequestTopics_v8(e_a3, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_OffsetFetchRequest_v9(o: OffsetFetchRequest, O: bytearray) -> None:
    if o.group_id != '':
        raise EncodeError('OffsetFetchRequest.GroupId is not supported in version 9')
    if bool(o.topics):
        raise EncodeError('OffsetFetchRequest.Topics is not supported in version 9')
    a0 = o.groups
    if a0 is None:
        raise EncodeError('non-nullable array Groups is None')
    write_uvarint(O, len(a0) + 1)
    for e_a0 in a0:
        _e_OffsetFetchRequest_OffsetFetchRequestGroup_v9(e_a0, O)
    O += _S_o.pack(o.require_stable)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_OffsetFetchRequest_OffsetFetchRequestGroup_OffsetFetchRequestTopics_v10(o: OffsetFetchRequest.OffsetFetchRequestGroup.OffsetFetchRequestTopics, O: bytearray) -> None:
    write_uuid(O, o.topic_id)
    a1 = o.partition_indexes
    if a1 is None:
        raise EncodeError('non-nullable array PartitionIndexes is None')
    write_uvarint(O, len(a1) + 1)
    O += struct.pack('>%di' % len(a1), *a1)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_OffsetFetchRequest_OffsetFetchRequestGroup_v10(o: OffsetFetchRequest.OffsetFetchRequestGroup, O: bytearray) -> None:
    write_compact_string(O, o.group_id)
    write_compact_nullable_string(O, o.member_id)
    O += _S_i.pack(o.member_epoch)
    a3 = o.topics
    if a3 is None:
        O.append(0)
    else:
        write_uvarint(O, len(a3) + 1)
        for e_a3 in a3:
            _e_OffsetFetchRequest_OffsetFetchRequestGroup_OffsetFetchRequestTopics_v10(e_a3, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_OffsetFetchRequest_v10(o: OffsetFetchRequest, O: bytearray) -> None:
    if o.group_id != '':
        raise EncodeError('OffsetFetchRequest.GroupId is not supported in version 10')
    if bool(o.topics):
        raise EncodeError('OffsetFetchRequest.Topics is not supported in version 10')
    a0 = o.groups
    if a0 is None:
        raise EncodeError('non-nullable array Groups is None')
    write_uvarint(O, len(a0) + 1)
    for e_a0 in a0:
        _e_OffsetFetchRequest_OffsetFetchRequestGroup_v10(e_a0, O)
    O += _S_o.pack(o.require_stable)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _d_OffsetFetchResponse_OffsetFetchResponseTopic_OffsetFetchResponsePartition_v1(B: memoryview, P: int) -> tuple[OffsetFetchResponse.OffsetFetchResponseTopic.OffsetFetchResponsePartition, int]:
    (f0, f1,) = _S_iq.unpack_from(B, P)
    P += 12
    f3, P = read_nullable_string(B, P)
    (f4,) = _S_h.unpack_from(B, P)
    P += 2
    return _C_OffsetFetchResponse_OffsetFetchResponseTopic_OffsetFetchResponsePartition(f0, f1, -1, f3, f4, None), P


def _d_OffsetFetchResponse_OffsetFetchResponseTopic_v1(B: memoryview, P: int) -> tuple[OffsetFetchResponse.OffsetFetchResponseTopic, int]:
    f0, P = read_string(B, P)
    (n_f1,) = _S_i.unpack_from(B, P)
    P += 4
    f1: list[OffsetFetchResponse.OffsetFetchResponseTopic.OffsetFetchResponsePartition]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Partitions has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_OffsetFetchResponse_OffsetFetchResponseTopic_OffsetFetchResponsePartition_v1(B, P)
            f1.append(e_f1)
    return _C_OffsetFetchResponse_OffsetFetchResponseTopic(f0, f1, None), P


def _d_OffsetFetchResponse_v1(B: memoryview, P: int) -> tuple[OffsetFetchResponse, int]:
    (n_f1,) = _S_i.unpack_from(B, P)
    P += 4
    f1: list[OffsetFetchResponse.OffsetFetchResponseTopic]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Topics has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_OffsetFetchResponse_OffsetFetchResponseTopic_v1(B, P)
            f1.append(e_f1)
    return _C_OffsetFetchResponse(0, f1, 0, [], None), P


def _d_OffsetFetchResponse_v2(B: memoryview, P: int) -> tuple[OffsetFetchResponse, int]:
    (n_f1,) = _S_i.unpack_from(B, P)
    P += 4
    f1: list[OffsetFetchResponse.OffsetFetchResponseTopic]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Topics has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_OffsetFetchResponse_OffsetFetchResponseTopic_v1(B, P)
            f1.append(e_f1)
    (f2,) = _S_h.unpack_from(B, P)
    P += 2
    return _C_OffsetFetchResponse(0, f1, f2, [], None), P


def _d_OffsetFetchResponse_v3(B: memoryview, P: int) -> tuple[OffsetFetchResponse, int]:
    (f0, n_f1,) = _S_ii.unpack_from(B, P)
    P += 8
    f1: list[OffsetFetchResponse.OffsetFetchResponseTopic]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Topics has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_OffsetFetchResponse_OffsetFetchResponseTopic_v1(B, P)
            f1.append(e_f1)
    (f2,) = _S_h.unpack_from(B, P)
    P += 2
    return _C_OffsetFetchResponse(f0, f1, f2, [], None), P


def _d_OffsetFetchResponse_OffsetFetchResponseTopic_OffsetFetchResponsePartition_v5(B: memoryview, P: int) -> tuple[OffsetFetchResponse.OffsetFetchResponseTopic.OffsetFetchResponsePartition, int]:
    (f0, f1, f2,) = _S_iqi.unpack_from(B, P)
    P += 16
    f3, P = read_nullable_string(B, P)
    (f4,) = _S_h.unpack_from(B, P)
    P += 2
    return _C_OffsetFetchResponse_OffsetFetchResponseTopic_OffsetFetchResponsePartition(f0, f1, f2, f3, f4, None), P


def _d_OffsetFetchResponse_OffsetFetchResponseTopic_v5(B: memoryview, P: int) -> tuple[OffsetFetchResponse.OffsetFetchResponseTopic, int]:
    f0, P = read_string(B, P)
    (n_f1,) = _S_i.unpack_from(B, P)
    P += 4
    f1: list[OffsetFetchResponse.OffsetFetchResponseTopic.OffsetFetchResponsePartition]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Partitions has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_OffsetFetchResponse_OffsetFetchResponseTopic_OffsetFetchResponsePartition_v5(B, P)
            f1.append(e_f1)
    return _C_OffsetFetchResponse_OffsetFetchResponseTopic(f0, f1, None), P


def _d_OffsetFetchResponse_v5(B: memoryview, P: int) -> tuple[OffsetFetchResponse, int]:
    (f0, n_f1,) = _S_ii.unpack_from(B, P)
    P += 8
    f1: list[OffsetFetchResponse.OffsetFetchResponseTopic]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Topics has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_OffsetFetchResponse_OffsetFetchResponseTopic_v5(B, P)
            f1.append(e_f1)
    (f2,) = _S_h.unpack_from(B, P)
    P += 2
    return _C_OffsetFetchResponse(f0, f1, f2, [], None), P


def _d_OffsetFetchResponse_OffsetFetchResponseTopic_OffsetFetchResponsePartition_v6(B: memoryview, P: int) -> tuple[OffsetFetchResponse.OffsetFetchResponseTopic.OffsetFetchResponsePartition, int]:
    (f0, f1, f2,) = _S_iqi.unpack_from(B, P)
    P += 16
    f3, P = read_compact_nullable_string(B, P)
    (f4,) = _S_h.unpack_from(B, P)
    P += 2
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_OffsetFetchResponse_OffsetFetchResponseTopic_OffsetFetchResponsePartition(f0, f1, f2, f3, f4, tf), P


def _d_OffsetFetchResponse_OffsetFetchResponseTopic_v6(B: memoryview, P: int) -> tuple[OffsetFetchResponse.OffsetFetchResponseTopic, int]:
    f0, P = read_compact_string(B, P)
    n_f1 = B[P]
    if n_f1 < 0x80:
        P += 1
    else:
        n_f1, P = read_uvarint(B, P)
    n_f1 -= 1
    f1: list[OffsetFetchResponse.OffsetFetchResponseTopic.OffsetFetchResponsePartition]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Partitions has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_OffsetFetchResponse_OffsetFetchResponseTopic_OffsetFetchResponsePartition_v6(B, P)
            f1.append(e_f1)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_OffsetFetchResponse_OffsetFetchResponseTopic(f0, f1, tf), P


def _d_OffsetFetchResponse_v6(B: memoryview, P: int) -> tuple[OffsetFetchResponse, int]:
    (f0,) = _S_i.unpack_from(B, P)
    P += 4
    n_f1 = B[P]
    if n_f1 < 0x80:
        P += 1
    else:
        n_f1, P = read_uvarint(B, P)
    n_f1 -= 1
    f1: list[OffsetFetchResponse.OffsetFetchResponseTopic]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Topics has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_OffsetFetchResponse_OffsetFetchResponseTopic_v6(B, P)
            f1.append(e_f1)
    (f2,) = _S_h.unpack_from(B, P)
    P += 2
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_OffsetFetchResponse(f0, f1, f2, [], tf), P


def _d_OffsetFetchResponse_OffsetFetchResponseGroup_OffsetFetchResponseTopics_OffsetFetchResponsePartitions_v8(B: memoryview, P: int) -> tuple[OffsetFetchResponse.OffsetFetchResponseGroup.OffsetFetchResponseTopics.OffsetFetchResponsePartitions, int]:
    (f0, f1, f2,) = _S_iqi.unpack_from(B, P)
    P += 16
    f3, P = read_compact_nullable_string(B, P)
    (f4,) = _S_h.unpack_from(B, P)
    P += 2
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_OffsetFetchResponse_OffsetFetchResponseGroup_OffsetFetchResponseTopics_OffsetFetchResponsePartitions(f0, f1, f2, f3, f4, tf), P


def _d_OffsetFetchResponse_OffsetFetchResponseGroup_OffsetFetchResponseTopics_v8(B: memoryview, P: int) -> tuple[OffsetFetchResponse.OffsetFetchResponseGroup.OffsetFetchResponseTopics, int]:
    f0, P = read_compact_string(B, P)
    n_f2 = B[P]
    if n_f2 < 0x80:
        P += 1
    else:
        n_f2, P = read_uvarint(B, P)
    n_f2 -= 1
    f2: list[OffsetFetchResponse.OffsetFetchResponseGroup.OffsetFetchResponseTopics.OffsetFetchResponsePartitions]
    if n_f2 < 0:
        raise DecodeError(f'non-nullable array Partitions has length {n_f2}')
    else:
        if n_f2 > len(B) - P:
            raise DecodeError(f'array length {n_f2} exceeds the buffer')
        f2 = []
        for _ in range(n_f2):
            e_f2, P = _d_OffsetFetchResponse_OffsetFetchResponseGroup_OffsetFetchResponseTopics_OffsetFetchResponsePartitions_v8(B, P)
            f2.append(e_f2)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_OffsetFetchResponse_OffsetFetchResponseGroup_OffsetFetchResponseTopics(f0, ZERO_UUID, f2, tf), P


def _d_OffsetFetchResponse_OffsetFetchResponseGroup_v8(B: memoryview, P: int) -> tuple[OffsetFetchResponse.OffsetFetchResponseGroup, int]:
    f0, P = read_compact_string(B, P)
    n_f1 = B[P]
    if n_f1 < 0x80:
        P += 1
    else:
        n_f1, P = read_uvarint(B, P)
    n_f1 -= 1
    f1: list[OffsetFetchResponse.OffsetFetchResponseGroup.OffsetFetchResponseTopics]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Topics has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_OffsetFetchResponse_OffsetFetchResponseGroup_OffsetFetchResponseTopics_v8(B, P)
            f1.append(e_f1)
    (f2,) = _S_h.unpack_from(B, P)
    P += 2
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_OffsetFetchResponse_OffsetFetchResponseGroup(f0, f1, f2, tf), P


def _d_OffsetFetchResponse_v8(B: memoryview, P: int) -> tuple[OffsetFetchResponse, int]:
    (f0,) = _S_i.unpack_from(B, P)
    P += 4
    n_f3 = B[P]
    if n_f3 < 0x80:
        P += 1
    else:
        n_f3, P = read_uvarint(B, P)
    n_f3 -= 1
    f3: list[OffsetFetchResponse.OffsetFetchResponseGroup]
    if n_f3 < 0:
        raise DecodeError(f'non-nullable array Groups has length {n_f3}')
    else:
        if n_f3 > len(B) - P:
            raise DecodeError(f'array length {n_f3} exceeds the buffer')
        f3 = []
        for _ in range(n_f3):
            e_f3, P = _d_OffsetFetchResponse_OffsetFetchResponseGroup_v8(B, P)
            f3.append(e_f3)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_OffsetFetchResponse(f0, [], 0, f3, tf), P


def _d_OffsetFetchResponse_OffsetFetchResponseGroup_OffsetFetchResponseTopics_v10(B: memoryview, P: int) -> tuple[OffsetFetchResponse.OffsetFetchResponseGroup.OffsetFetchResponseTopics, int]:
    f1, P = read_uuid(B, P)
    n_f2 = B[P]
    if n_f2 < 0x80:
        P += 1
    else:
        n_f2, P = read_uvarint(B, P)
    n_f2 -= 1
    f2: list[OffsetFetchResponse.OffsetFetchResponseGroup.OffsetFetchResponseTopics.OffsetFetchResponsePartitions]
    if n_f2 < 0:
        raise DecodeError(f'non-nullable array Partitions has length {n_f2}')
    else:
        if n_f2 > len(B) - P:
            raise DecodeError(f'array length {n_f2} exceeds the buffer')
        f2 = []
        for _ in range(n_f2):
            e_f2, P = _d_OffsetFetchResponse_OffsetFetchResponseGroup_OffsetFetchResponseTopics_OffsetFetchResponsePartitions_v8(B, P)
            f2.append(e_f2)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_OffsetFetchResponse_OffsetFetchResponseGroup_OffsetFetchResponseTopics('', f1, f2, tf), P


def _d_OffsetFetchResponse_OffsetFetchResponseGroup_v10(B: memoryview, P: int) -> tuple[OffsetFetchResponse.OffsetFetchResponseGroup, int]:
    f0, P = read_compact_string(B, P)
    n_f1 = B[P]
    if n_f1 < 0x80:
        P += 1
    else:
        n_f1, P = read_uvarint(B, P)
    n_f1 -= 1
    f1: list[OffsetFetchResponse.OffsetFetchResponseGroup.OffsetFetchResponseTopics]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Topics has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_OffsetFetchResponse_OffsetFetchResponseGroup_OffsetFetchResponseTopics_v10(B, P)
            f1.append(e_f1)
    (f2,) = _S_h.unpack_from(B, P)
    P += 2
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_OffsetFetchResponse_OffsetFetchResponseGroup(f0, f1, f2, tf), P


def _d_OffsetFetchResponse_v10(B: memoryview, P: int) -> tuple[OffsetFetchResponse, int]:
    (f0,) = _S_i.unpack_from(B, P)
    P += 4
    n_f3 = B[P]
    if n_f3 < 0x80:
        P += 1
    else:
        n_f3, P = read_uvarint(B, P)
    n_f3 -= 1
    f3: list[OffsetFetchResponse.OffsetFetchResponseGroup]
    if n_f3 < 0:
        raise DecodeError(f'non-nullable array Groups has length {n_f3}')
    else:
        if n_f3 > len(B) - P:
            raise DecodeError(f'array length {n_f3} exceeds the buffer')
        f3 = []
        for _ in range(n_f3):
            e_f3, P = _d_OffsetFetchResponse_OffsetFetchResponseGroup_v10(B, P)
            f3.append(e_f3)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_OffsetFetchResponse(f0, [], 0, f3, tf), P


def _e_OffsetFetchResponse_OffsetFetchResponseTopic_OffsetFetchResponsePartition_v1(o: OffsetFetchResponse.OffsetFetchResponseTopic.OffsetFetchResponsePartition, O: bytearray) -> None:
    O += _S_iq.pack(o.partition_index, o.committed_offset)
    write_nullable_string(O, o.metadata)
    O += _S_h.pack(o.error_code)


def _e_OffsetFetchResponse_OffsetFetchResponseTopic_v1(o: OffsetFetchResponse.OffsetFetchResponseTopic, O: bytearray) -> None:
    write_string(O, o.name)
    a1 = o.partitions
    if a1 is None:
        raise EncodeError('non-nullable array Partitions is None')
    O += _S_i.pack(len(a1))
    for e_a1 in a1:
        _e_OffsetFetchResponse_OffsetFetchResponseTopic_OffsetFetchResponsePartition_v1(e_a1, O)


def _e_OffsetFetchResponse_v1(o: OffsetFetchResponse, O: bytearray) -> None:
    if bool(o.groups):
        raise EncodeError('OffsetFetchResponse.Groups is not supported in version 1')
    a0 = o.topics
    if a0 is None:
        raise EncodeError('non-nullable array Topics is None')
    O += _S_i.pack(len(a0))
    for e_a0 in a0:
        _e_OffsetFetchResponse_OffsetFetchResponseTopic_v1(e_a0, O)


def _e_OffsetFetchResponse_v2(o: OffsetFetchResponse, O: bytearray) -> None:
    if bool(o.groups):
        raise EncodeError('OffsetFetchResponse.Groups is not supported in version 2')
    a0 = o.topics
    if a0 is None:
        raise EncodeError('non-nullable array Topics is None')
    O += _S_i.pack(len(a0))
    for e_a0 in a0:
        _e_OffsetFetchResponse_OffsetFetchResponseTopic_v1(e_a0, O)
    O += _S_h.pack(o.error_code)


def _e_OffsetFetchResponse_v3(o: OffsetFetchResponse, O: bytearray) -> None:
    if bool(o.groups):
        raise EncodeError('OffsetFetchResponse.Groups is not supported in version 3')
    a1 = o.topics
    if a1 is None:
        raise EncodeError('non-nullable array Topics is None')
    O += _S_ii.pack(o.throttle_time_ms, len(a1))
    for e_a1 in a1:
        _e_OffsetFetchResponse_OffsetFetchResponseTopic_v1(e_a1, O)
    O += _S_h.pack(o.error_code)


def _e_OffsetFetchResponse_v4(o: OffsetFetchResponse, O: bytearray) -> None:
    if bool(o.groups):
        raise EncodeError('OffsetFetchResponse.Groups is not supported in version 4')
    a1 = o.topics
    if a1 is None:
        raise EncodeError('non-nullable array Topics is None')
    O += _S_ii.pack(o.throttle_time_ms, len(a1))
    for e_a1 in a1:
        _e_OffsetFetchResponse_OffsetFetchResponseTopic_v1(e_a1, O)
    O += _S_h.pack(o.error_code)


def _e_OffsetFetchResponse_OffsetFetchResponseTopic_OffsetFetchResponsePartition_v5(o: OffsetFetchResponse.OffsetFetchResponseTopic.OffsetFetchResponsePartition, O: bytearray) -> None:
    O += _S_iqi.pack(o.partition_index, o.committed_offset, o.committed_leader_epoch)
    write_nullable_string(O, o.metadata)
    O += _S_h.pack(o.error_code)


def _e_OffsetFetchResponse_OffsetFetchResponseTopic_v5(o: OffsetFetchResponse.OffsetFetchResponseTopic, O: bytearray) -> None:
    write_string(O, o.name)
    a1 = o.partitions
    if a1 is None:
        raise EncodeError('non-nullable array Partitions is None')
    O += _S_i.pack(len(a1))
    for e_a1 in a1:
        _e_OffsetFetchResponse_OffsetFetchResponseTopic_OffsetFetchResponsePartition_v5(e_a1, O)


def _e_OffsetFetchResponse_v5(o: OffsetFetchResponse, O: bytearray) -> None:
    if bool(o.groups):
        raise EncodeError('OffsetFetchResponse.Groups is not supported in version 5')
    a1 = o.topics
    if a1 is None:
        raise EncodeError('non-nullable array Topics is None')
    O += _S_ii.pack(o.throttle_time_ms, len(a1))
    for e_a1 in a1:
        _e_OffsetFetchResponse_OffsetFetchResponseTopic_v5(e_a1, O)
    O += _S_h.pack(o.error_code)


def _e_OffsetFetchResponse_OffsetFetchResponseTopic_OffsetFetchResponsePartition_v6(o: OffsetFetchResponse.OffsetFetchResponseTopic.OffsetFetchResponsePartition, O: bytearray) -> None:
    O += _S_iqi.pack(o.partition_index, o.committed_offset, o.committed_leader_epoch)
    write_compact_nullable_string(O, o.metadata)
    O += _S_h.pack(o.error_code)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_OffsetFetchResponse_OffsetFetchResponseTopic_v6(o: OffsetFetchResponse.OffsetFetchResponseTopic, O: bytearray) -> None:
    write_compact_string(O, o.name)
    a1 = o.partitions
    if a1 is None:
        raise EncodeError('non-nullable array Partitions is None')
    write_uvarint(O, len(a1) + 1)
    for e_a1 in a1:
        _e_OffsetFetchResponse_OffsetFetchResponseTopic_OffsetFetchResponsePartition_v6(e_a1, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_OffsetFetchResponse_v6(o: OffsetFetchResponse, O: bytearray) -> None:
    if bool(o.groups):
        raise EncodeError('OffsetFetchResponse.Groups is not supported in version 6')
    O += _S_i.pack(o.throttle_time_ms)
    a1 = o.topics
    if a1 is None:
        raise EncodeError('non-nullable array Topics is None')
    write_uvarint(O, len(a1) + 1)
    for e_a1 in a1:
        _e_OffsetFetchResponse_OffsetFetchResponseTopic_v6(e_a1, O)
    O += _S_h.pack(o.error_code)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_OffsetFetchResponse_v7(o: OffsetFetchResponse, O: bytearray) -> None:
    if bool(o.groups):
        raise EncodeError('OffsetFetchResponse.Groups is not supported in version 7')
    O += _S_i.pack(o.throttle_time_ms)
    a1 = o.topics
    if a1 is None:
        raise EncodeError('non-nullable array Topics is None')
    write_uvarint(O, len(a1) + 1)
    for e_a1 in a1:
        _e_OffsetFetchResponse_OffsetFetchResponseTopic_v6(e_a1, O)
    O += _S_h.pack(o.error_code)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_OffsetFetchResponse_OffsetFetchResponseGroup_OffsetFetchResponseTopics_OffsetFetchResponsePartitions_v8(o: OffsetFetchResponse.OffsetFetchResponseGroup.OffsetFetchResponseTopics.OffsetFetchResponsePartitions, O: bytearray) -> None:
    O += _S_iqi.pack(o.partition_index, o.committed_offset, o.committed_leader_epoch)
    write_compact_nullable_string(O, o.metadata)
    O += _S_h.pack(o.error_code)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_OffsetFetchResponse_OffsetFetchResponseGroup_OffsetFetchResponseTopics_v8(o: OffsetFetchResponse.OffsetFetchResponseGroup.OffsetFetchResponseTopics, O: bytearray) -> None:
    write_compact_string(O, o.name)
    a1 = o.partitions
    if a1 is None:
        raise EncodeError('non-nullable array Partitions is None')
    write_uvarint(O, len(a1) + 1)
    for e_a1 in a1:
        _e_OffsetFetchResponse_OffsetFetchResponseGroup_OffsetFetchResponseTopics_OffsetFetchResponsePartitions_v8(e_a1, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_OffsetFetchResponse_OffsetFetchResponseGroup_v8(o: OffsetFetchResponse.OffsetFetchResponseGroup, O: bytearray) -> None:
    write_compact_string(O, o.group_id)
    a1 = o.topics
    if a1 is None:
        raise EncodeError('non-nullable array Topics is None')
    write_uvarint(O, len(a1) + 1)
    for e_a1 in a1:
        _e_OffsetFetchResponse_OffsetFetchResponseGroup_OffsetFetchResponseTopics_v8(e_a1, O)
    O += _S_h.pack(o.error_code)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_OffsetFetchResponse_v8(o: OffsetFetchResponse, O: bytearray) -> None:
    if bool(o.topics):
        raise EncodeError('OffsetFetchResponse.Topics is not supported in version 8')
    O += _S_i.pack(o.throttle_time_ms)
    a1 = o.groups
    if a1 is None:
        raise EncodeError('non-nullable array Groups is None')
    write_uvarint(O, len(a1) + 1)
    for e_a1 in a1:
        _e_OffsetFetchResponse_OffsetFetchResponseGroup_v8(e_a1, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_OffsetFetchResponse_v9(o: OffsetFetchResponse, O: bytearray) -> None:
    if bool(o.topics):
        raise EncodeError('OffsetFetchResponse.Topics is not supported in version 9')
    O += _S_i.pack(o.throttle_time_ms)
    a1 = o.groups
    if a1 is None:
        raise EncodeError('non-nullable array Groups is None')
    write_uvarint(O, len(a1) + 1)
    for e_a1 in a1:
        _e_OffsetFetchResponse_OffsetFetchResponseGroup_v8(e_a1, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_OffsetFetchResponse_OffsetFetchResponseGroup_OffsetFetchResponseTopics_v10(o: OffsetFetchResponse.OffsetFetchResponseGroup.OffsetFetchResponseTopics, O: bytearray) -> None:
    write_uuid(O, o.topic_id)
    a1 = o.partitions
    if a1 is None:
        raise EncodeError('non-nullable array Partitions is None')
    write_uvarint(O, len(a1) + 1)
    for e_a1 in a1:
        _e_OffsetFetchResponse_OffsetFetchResponseGroup_OffsetFetchResponseTopics_OffsetFetchResponsePartitions_v8(e_a1, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_OffsetFetchResponse_OffsetFetchResponseGroup_v10(o: OffsetFetchResponse.OffsetFetchResponseGroup, O: bytearray) -> None:
    write_compact_string(O, o.group_id)
    a1 = o.topics
    if a1 is None:
        raise EncodeError('non-nullable array Topics is None')
    write_uvarint(O, len(a1) + 1)
    for e_a1 in a1:
        _e_OffsetFetchResponse_OffsetFetchResponseGroup_OffsetFetchResponseTopics_v10(e_a1, O)
    O += _S_h.pack(o.error_code)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_OffsetFetchResponse_v10(o: OffsetFetchResponse, O: bytearray) -> None:
    if bool(o.topics):
        raise EncodeError('OffsetFetchResponse.Topics is not supported in version 10')
    O += _S_i.pack(o.throttle_time_ms)
    a1 = o.groups
    if a1 is None:
        raise EncodeError('non-nullable array Groups is None')
    write_uvarint(O, len(a1) + 1)
    for e_a1 in a1:
        _e_OffsetFetchResponse_OffsetFetchResponseGroup_v10(e_a1, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


_C_OffsetFetchRequest = OffsetFetchRequest
_C_OffsetFetchRequest_OffsetFetchRequestTopic = OffsetFetchRequest.OffsetFetchRequestTopic
_C_OffsetFetchRequest_OffsetFetchRequestGroup = OffsetFetchRequest.OffsetFetchRequestGroup
_C_OffsetFetchRequest_OffsetFetchRequestGroup_OffsetFetchRequestTopics = OffsetFetchRequest.OffsetFetchRequestGroup.OffsetFetchRequestTopics
_DEF_C_OffsetFetchRequest_OffsetFetchRequestTopic = _C_OffsetFetchRequest_OffsetFetchRequestTopic()
_DEF_C_OffsetFetchRequest_OffsetFetchRequestGroup = _C_OffsetFetchRequest_OffsetFetchRequestGroup()
_DEF_C_OffsetFetchRequest_OffsetFetchRequestGroup_OffsetFetchRequestTopics = _C_OffsetFetchRequest_OffsetFetchRequestGroup_OffsetFetchRequestTopics()
_DEC_OffsetFetchRequest: dict[int, Decoder[OffsetFetchRequest]] = {
    1: _d_OffsetFetchRequest_v1,
    2: _d_OffsetFetchRequest_v2,
    3: _d_OffsetFetchRequest_v2,
    4: _d_OffsetFetchRequest_v2,
    5: _d_OffsetFetchRequest_v2,
    6: _d_OffsetFetchRequest_v6,
    7: _d_OffsetFetchRequest_v7,
    8: _d_OffsetFetchRequest_v8,
    9: _d_OffsetFetchRequest_v9,
    10: _d_OffsetFetchRequest_v10,
}
_ENC_OffsetFetchRequest: dict[int, Encoder[OffsetFetchRequest]] = {
    1: _e_OffsetFetchRequest_v1,
    2: _e_OffsetFetchRequest_v2,
    3: _e_OffsetFetchRequest_v3,
    4: _e_OffsetFetchRequest_v4,
    5: _e_OffsetFetchRequest_v5,
    6: _e_OffsetFetchRequest_v6,
    7: _e_OffsetFetchRequest_v7,
    8: _e_OffsetFetchRequest_v8,
    9: _e_OffsetFetchRequest_v9,
    10: _e_OffsetFetchRequest_v10,
}
OffsetFetchRequest.FIELDS = (
    FieldInfo('GroupId', 'group_id', 'string', (0, 7), None, None, None, False, 'groupId', None, None),
    FieldInfo('Topics', 'topics', '[]OffsetFetchRequestTopic', (0, 7), (2, 7), None, None, False, None, None, _C_OffsetFetchRequest_OffsetFetchRequestTopic),
    FieldInfo('Groups', 'groups', '[]OffsetFetchRequestGroup', (8, OPEN), None, None, None, False, None, None, _C_OffsetFetchRequest_OffsetFetchRequestGroup),
    FieldInfo('RequireStable', 'require_stable', 'bool', (7, OPEN), None, None, None, False, None, None, None),
)
OffsetFetchRequest.OffsetFetchRequestTopic.FIELDS = (
    FieldInfo('Name', 'name', 'string', (0, 7), None, None, None, False, 'topicName', None, None),
    FieldInfo('PartitionIndexes', 'partition_indexes', '[]int32', (0, 7), None, None, None, False, None, None, None),
)
OffsetFetchRequest.OffsetFetchRequestGroup.FIELDS = (
    FieldInfo('GroupId', 'group_id', 'string', (8, OPEN), None, None, None, False, 'groupId', None, None),
    FieldInfo('MemberId', 'member_id', 'string', (9, OPEN), (9, OPEN), None, None, True, None, None, None),
    FieldInfo('MemberEpoch', 'member_epoch', 'int32', (9, OPEN), None, None, None, True, None, None, None),
    FieldInfo('Topics', 'topics', '[]OffsetFetchRequestTopics', (8, OPEN), (8, OPEN), None, None, False, None, None, _C_OffsetFetchRequest_OffsetFetchRequestGroup_OffsetFetchRequestTopics),
)
OffsetFetchRequest.OffsetFetchRequestGroup.OffsetFetchRequestTopics.FIELDS = (
    FieldInfo('Name', 'name', 'string', (8, 9), None, None, None, True, 'topicName', None, None),
    FieldInfo('TopicId', 'topic_id', 'uuid', (10, OPEN), None, None, None, True, None, None, None),
    FieldInfo('PartitionIndexes', 'partition_indexes', '[]int32', (8, OPEN), None, None, None, False, None, None, None),
)

_C_OffsetFetchResponse = OffsetFetchResponse
_C_OffsetFetchResponse_OffsetFetchResponseTopic = OffsetFetchResponse.OffsetFetchResponseTopic
_C_OffsetFetchResponse_OffsetFetchResponseTopic_OffsetFetchResponsePartition = OffsetFetchResponse.OffsetFetchResponseTopic.OffsetFetchResponsePartition
_C_OffsetFetchResponse_OffsetFetchResponseGroup = OffsetFetchResponse.OffsetFetchResponseGroup
_C_OffsetFetchResponse_OffsetFetchResponseGroup_OffsetFetchResponseTopics = OffsetFetchResponse.OffsetFetchResponseGroup.OffsetFetchResponseTopics
_C_OffsetFetchResponse_OffsetFetchResponseGroup_OffsetFetchResponseTopics_OffsetFetchResponsePartitions = OffsetFetchResponse.OffsetFetchResponseGroup.OffsetFetchResponseTopics.OffsetFetchResponsePartitions
_DEF_C_OffsetFetchResponse_OffsetFetchResponseTopic = _C_OffsetFetchResponse_OffsetFetchResponseTopic()
_DEF_C_OffsetFetchResponse_OffsetFetchResponseTopic_OffsetFetchResponsePartition = _C_OffsetFetchResponse_OffsetFetchResponseTopic_OffsetFetchResponsePartition()
_DEF_C_OffsetFetchResponse_OffsetFetchResponseGroup = _C_OffsetFetchResponse_OffsetFetchResponseGroup()
_DEF_C_OffsetFetchResponse_OffsetFetchResponseGroup_OffsetFetchResponseTopics = _C_OffsetFetchResponse_OffsetFetchResponseGroup_OffsetFetchResponseTopics()
_DEF_C_OffsetFetchResponse_OffsetFetchResponseGroup_OffsetFetchResponseTopics_OffsetFetchResponsePartitions = _C_OffsetFetchResponse_OffsetFetchResponseGroup_OffsetFetchResponseTopics_OffsetFetchResponsePartitions()
_DEC_OffsetFetchResponse: dict[int, Decoder[OffsetFetchResponse]] = {
    1: _d_OffsetFetchResponse_v1,
    2: _d_OffsetFetchResponse_v2,
    3: _d_OffsetFetchResponse_v3,
    4: _d_OffsetFetchResponse_v3,
    5: _d_OffsetFetchResponse_v5,
    6: _d_OffsetFetchResponse_v6,
    7: _d_OffsetFetchResponse_v6,
    8: _d_OffsetFetchResponse_v8,
    9: _d_OffsetFetchResponse_v8,
    10: _d_OffsetFetchResponse_v10,
}
_ENC_OffsetFetchResponse: dict[int, Encoder[OffsetFetchResponse]] = {
    1: _e_OffsetFetchResponse_v1,
    2: _e_OffsetFetchResponse_v2,
    3: _e_OffsetFetchResponse_v3,
    4: _e_OffsetFetchResponse_v4,
    5: _e_OffsetFetchResponse_v5,
    6: _e_OffsetFetchResponse_v6,
    7: _e_OffsetFetchResponse_v7,
    8: _e_OffsetFetchResponse_v8,
    9: _e_OffsetFetchResponse_v9,
    10: _e_OffsetFetchResponse_v10,
}
OffsetFetchResponse.FIELDS = (
    FieldInfo('ThrottleTimeMs', 'throttle_time_ms', 'int32', (3, OPEN), None, None, None, True, None, None, None),
    FieldInfo('Topics', 'topics', '[]OffsetFetchResponseTopic', (0, 7), None, None, None, False, None, None, _C_OffsetFetchResponse_OffsetFetchResponseTopic),
    FieldInfo('ErrorCode', 'error_code', 'int16', (2, 7), None, None, None, True, None, None, None),
    FieldInfo('Groups', 'groups', '[]OffsetFetchResponseGroup', (8, OPEN), None, None, None, False, None, None, _C_OffsetFetchResponse_OffsetFetchResponseGroup),
)
OffsetFetchResponse.OffsetFetchResponseTopic.FIELDS = (
    FieldInfo('Name', 'name', 'string', (0, 7), None, None, None, False, 'topicName', None, None),
    FieldInfo('Partitions', 'partitions', '[]OffsetFetchResponsePartition', (0, 7), None, None, None, False, None, None, _C_OffsetFetchResponse_OffsetFetchResponseTopic_OffsetFetchResponsePartition),
)
OffsetFetchResponse.OffsetFetchResponseTopic.OffsetFetchResponsePartition.FIELDS = (
    FieldInfo('PartitionIndex', 'partition_index', 'int32', (0, 7), None, None, None, False, None, None, None),
    FieldInfo('CommittedOffset', 'committed_offset', 'int64', (0, 7), None, None, None, False, None, None, None),
    FieldInfo('CommittedLeaderEpoch', 'committed_leader_epoch', 'int32', (5, 7), None, None, None, True, None, None, None),
    FieldInfo('Metadata', 'metadata', 'string', (0, 7), (0, 7), None, None, False, None, None, None),
    FieldInfo('ErrorCode', 'error_code', 'int16', (0, 7), None, None, None, False, None, None, None),
)
OffsetFetchResponse.OffsetFetchResponseGroup.FIELDS = (
    FieldInfo('GroupId', 'group_id', 'string', (8, OPEN), None, None, None, False, 'groupId', None, None),
    FieldInfo('Topics', 'topics', '[]OffsetFetchResponseTopics', (8, OPEN), None, None, None, False, None, None, _C_OffsetFetchResponse_OffsetFetchResponseGroup_OffsetFetchResponseTopics),
    FieldInfo('ErrorCode', 'error_code', 'int16', (8, OPEN), None, None, None, False, None, None, None),
)
OffsetFetchResponse.OffsetFetchResponseGroup.OffsetFetchResponseTopics.FIELDS = (
    FieldInfo('Name', 'name', 'string', (8, 9), None, None, None, True, 'topicName', None, None),
    FieldInfo('TopicId', 'topic_id', 'uuid', (10, OPEN), None, None, None, True, None, None, None),
    FieldInfo('Partitions', 'partitions', '[]OffsetFetchResponsePartitions', (8, OPEN), None, None, None, False, None, None, _C_OffsetFetchResponse_OffsetFetchResponseGroup_OffsetFetchResponseTopics_OffsetFetchResponsePartitions),
)
OffsetFetchResponse.OffsetFetchResponseGroup.OffsetFetchResponseTopics.OffsetFetchResponsePartitions.FIELDS = (
    FieldInfo('PartitionIndex', 'partition_index', 'int32', (8, OPEN), None, None, None, False, None, None, None),
    FieldInfo('CommittedOffset', 'committed_offset', 'int64', (8, OPEN), None, None, None, False, None, None, None),
    FieldInfo('CommittedLeaderEpoch', 'committed_leader_epoch', 'int32', (8, OPEN), None, None, None, True, None, None, None),
    FieldInfo('Metadata', 'metadata', 'string', (8, OPEN), (8, OPEN), None, None, False, None, None, None),
    FieldInfo('ErrorCode', 'error_code', 'int16', (8, OPEN), None, None, None, False, None, None, None),
)
