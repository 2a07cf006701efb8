"""API key 90: DescribeShareGroupOffsets.

GENERATED - DO NOT EDIT. Written by ``python -m wire.generator`` from Apache Kafka 4.1.1's
message definitions (DescribeShareGroupOffsetsRequest.json, DescribeShareGroupOffsetsResponse.json).
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
_S_iqih = struct.Struct('>iqih')


@dataclass(slots=True)
class DescribeShareGroupOffsetsRequest:
    """DescribeShareGroupOffsetsRequest (API key 90, versions 0-0).

    Generated from DescribeShareGroupOffsetsRequest.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = 90
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    LATEST_VERSION: ClassVar[int] = 0
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
    FLEXIBLE_MIN: ClassVar[int | None] = 0
    #: Who serves this request in Kafka (empty for responses).
    LISTENERS: ClassVar[tuple[str, ...]] = ('broker',)
    FIELDS: ClassVar[tuple[FieldInfo, ...]]

    @dataclass(slots=True)
    class DescribeShareGroupOffsetsRequestGroup:
        FIELDS: ClassVar[tuple[FieldInfo, ...]]

        @dataclass(slots=True)
        class DescribeShareGroupOffsetsRequestTopic:
            FIELDS: ClassVar[tuple[FieldInfo, ...]]

            #: The topic name.
            topic_name: str = ''
            #: The partitions.
            partitions: list[int] = field(default_factory=list)
            #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
            unknown_tagged_fields: list[tuple[int, bytes]] | None = None

        #: The group identifier.
        group_id: str = ''
        #: The topics to describe offsets for, or null for all topic-partitions.
        topics: list[DescribeShareGroupOffsetsRequest.DescribeShareGroupOffsetsRequestGroup.DescribeShareGroupOffsetsRequestTopic] | None = field(default_factory=list)
        #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
        unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    DescribeShareGroupOffsetsRequestTopic = DescribeShareGroupOffsetsRequestGroup.DescribeShareGroupOffsetsRequestTopic
    #: The groups to describe offsets for.
    groups: list[DescribeShareGroupOffsetsRequest.DescribeShareGroupOffsetsRequestGroup] = field(default_factory=list)
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> DescribeShareGroupOffsetsRequest:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_DescribeShareGroupOffsetsRequest, data, version, 'DescribeShareGroupOffsetsRequest', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_DescribeShareGroupOffsetsRequest, self, version, 'DescribeShareGroupOffsetsRequest')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_DescribeShareGroupOffsetsRequest, self, version, 'DescribeShareGroupOffsetsRequest')


@dataclass(slots=True)
class DescribeShareGroupOffsetsResponse:
    """DescribeShareGroupOffsetsResponse (API key 90, versions 0-0).

    Generated from DescribeShareGroupOffsetsResponse.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = 90
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    LATEST_VERSION: ClassVar[int] = 0
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
    FLEXIBLE_MIN: ClassVar[int | None] = 0
    #: Who serves this request in Kafka (empty for responses).
    LISTENERS: ClassVar[tuple[str, ...]] = ()
    FIELDS: ClassVar[tuple[FieldInfo, ...]]

    @dataclass(slots=True)
    class DescribeShareGroupOffsetsResponseGroup:
        FIELDS: ClassVar[tuple[FieldInfo, ...]]

        @dataclass(slots=True)
        class DescribeShareGroupOffsetsResponseTopic:
            FIELDS: ClassVar[tuple[FieldInfo, ...]]

            @dataclass(slots=True)
            class DescribeShareGroupOffsetsResponsePartition:
                FIELDS: ClassVar[tuple[FieldInfo, ...]]

                #: The partition index.
                partition_index: int = 0
                #: The share-partition start offset.
                start_offset: int = 0
                #: The leader epoch of the partition.
                leader_epoch: int = 0
                #: The partition-level error code, or 0 if there was no error.
                error_code: int = 0
                #: The partition-level error message, or null if there was no error.
                error_message: str | None = None
                #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
                unknown_tagged_fields: list[tuple[int, bytes]] | None = None

            #: The topic name.
            topic_name: str = ''
            #: The unique topic ID.
            topic_id: UUID = ZERO_UUID
            partitions: list[DescribeShareGroupOffsetsResponse.DescribeShareGroupOffsetsResponseGroup.DescribeShareGroupOffsetsResponseTopic.DescribeShareGroupOffsetsResponsePartition] = field(default_factory=list)
            #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
            unknown_tagged_fields: list[tuple[int, bytes]] | None = None

        #: The group identifier.
        group_id: str = ''
        #: The results for each topic.
        topics: list[DescribeShareGroupOffsetsResponse.DescribeShareGroupOffsetsResponseGroup.DescribeShareGroupOffsetsResponseTopic] = field(default_factory=list)
        #: The group-level error code, or 0 if there was no error.
        error_code: int = 0
        #: The group-level error message, or null if there was no error.
        error_message: str | None = None
        #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
        unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    DescribeShareGroupOffsetsResponsePartition = DescribeShareGroupOffsetsResponseGroup.DescribeShareGroupOffsetsResponseTopic.DescribeShareGroupOffsetsResponsePartition
    DescribeShareGroupOffsetsResponseTopic = DescribeShareGroupOffsetsResponseGroup.DescribeShareGroupOffsetsResponseTopic
    #: The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    throttle_time_ms: int = 0
    #: The results for each group.
    groups: list[DescribeShareGroupOffsetsResponse.DescribeShareGroupOffsetsResponseGroup] = field(default_factory=list)
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> DescribeShareGroupOffsetsResponse:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_DescribeShareGroupOffsetsResponse, data, version, 'DescribeShareGroupOffsetsResponse', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_DescribeShareGroupOffsetsResponse, self, version, 'DescribeShareGroupOffsetsResponse')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_DescribeShareGroupOffsetsResponse, self, version, 'DescribeShareGroupOffsetsResponse')

def _d_DescribeShareGroupOffsetsRequest_DescribeShareGroupOffsetsRequestGroup_DescribeShareGroupOffsetsRequestTopic_v0(B: memoryview, P: int) -> tuple[DescribeShareGroupOffsetsRequest.DescribeShareGroupOffsetsRequestGroup.DescribeShareGroupOffsetsRequestTopic, int]:
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
    return _C_DescribeShareGroupOffsetsRequest_DescribeShareGroupOffsetsRequestGroup_DescribeShareGroupOffsetsRequestTopic(f0, f1, tf), P


def _d_DescribeShareGroupOffsetsRequest_DescribeShareGroupOffsetsRequestGroup_v0(B: memoryview, P: int) -> tuple[DescribeShareGroupOffsetsRequest.DescribeShareGroupOffsetsRequestGroup, int]:
    f0, P = read_compact_string(B, P)
    n_f1 = B[P]
    if n_f1 < 0x80:
        P += 1
    else:
        n_f1, P = read_uvarint(B, P)
    n_f1 -= 1
    f1: list[DescribeShareGroupOffsetsRequest.DescribeShareGroupOffsetsRequestGroup.DescribeShareGroupOffsetsRequestTopic] | None
    if n_f1 < 0:
        if n_f1 != -1:
            raise DecodeError(f'negative array length {n_f1}')
        f1 = None
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_DescribeShareGroupOffsetsRequest_DescribeShareGroupOffsetsRequestGroup_DescribeShareGroupOffsetsRequestTopic_v0(B, P)
            f1.append(e_f1)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_DescribeShareGroupOffsetsRequest_DescribeShareGroupOffsetsRequestGroup(f0, f1, tf), P


def _d_DescribeShareGroupOffsetsRequest_v0(B: memoryview, P: int) -> tuple[DescribeShareGroupOffsetsRequest, int]:
    n_f0 = B[P]
    if n_f0 < 0x80:
        P += 1
    else:
        n_f0, P = read_uvarint(B, P)
    n_f0 -= 1
    f0: list[DescribeShareGroupOffsetsRequest.DescribeShareGroupOffsetsRequestGroup]
    if n_f0 < 0:
        raise DecodeError(f'non-nullable array Groups has length {n_f0}')
    else:
        if n_f0 > len(B) - P:
            raise DecodeError(f'array length {n_f0} exceeds the buffer')
        f0 = []
        for _ in range(n_f0):
            e_f0, P = _d_DescribeShareGroupOffsetsRequest_DescribeShareGroupOffsetsRequestGroup_v0(B, P)
            f0.append(e_f0)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_DescribeShareGroupOffsetsRequest(f0, tf), P


def _e_DescribeShareGroupOffsetsRequest_DescribeShareGroupOffsetsRequestGroup_DescribeShareGroupOffsetsRequestTopic_v0(o: DescribeShareGroupOffsetsRequest.DescribeShareGroupOffsetsRequestGroup.DescribeShareGroupOffsetsRequestTopic, O: bytearray) -> None:
    write_compact_string(O, o.topic_name)
    a1 = o.partitions
    if a1 is None:
        raise EncodeError('non-nullable array Partitions is None')
    write_uvarint(O, len(a1) + 1)
    O += struct.pack('>%di' % len(a1), *a1)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_DescribeShareGroupOffsetsRequest_DescribeShareGroupOffsetsRequestGroup_v0(o: DescribeShareGroupOffsetsRequest.DescribeShareGroupOffsetsRequestGroup, O: bytearray) -> None:
    write_compact_string(O, o.group_id)
    a1 = o.topics
    if a1 is None:
        O.append(0)
    else:
        write_uvarint(O, len(a1) + 1)
        for e_a1 in a1:
            _e_DescribeShareGroupOffsetsRequest_DescribeShareGroupOffsetsRequestGroup_DescribeShareGroupOffsetsRequestTopic_v0(e_a1, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_DescribeShareGroupOffsetsRequest_v0(o: DescribeShareGroupOffsetsRequest, O: bytearray) -> None:
    a0 = o.groups
    if a0 is None:
        raise EncodeError('non-nullable array Groups is None')
    write_uvarint(O, len(a0) + 1)
    for e_a0 in a0:
        _e_DescribeShareGroupOffsetsRequest_DescribeShareGroupOffsetsRequestGroup_v0(e_a0, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _d_DescribeShareGroupOffsetsResponse_DescribeShareGroupOffsetsResponseGroup_DescribeShareGroupOffsetsResponseTopic_DescribeShareGroupOffsetsResponsePartition_v0(B: memoryview, P: int) -> tuple[DescribeShareGroupOffsetsResponse.DescribeShareGroupOffsetsResponseGroup.DescribeShareGroupOffsetsResponseTopic.DescribeShareGroupOffsetsResponsePartition, int]:
    (f0, f1, f2, f3,) = _S_iqih.unpack_from(B, P)
    P += 18
    f4, P = read_compact_nullable_string(B, P)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_DescribeShareGroupOffsetsResponse_DescribeShareGroupOffsetsResponseGroup_DescribeShareGroupOffsetsResponseTopic_DescribeShareGroupOffsetsResponsePartition(f0, f1, f2, f3, f4, tf), P


def _d_DescribeShareGroupOffsetsResponse_DescribeShareGroupOffsetsResponseGroup_DescribeShareGroupOffsetsResponseTopic_v0(B: memoryview, P: int) -> tuple[DescribeShareGroupOffsetsResponse.DescribeShareGroupOffsetsResponseGroup.DescribeShareGroupOffsetsResponseTopic, int]:
    f0, P = read_compact_string(B, P)
    f1, P = read_uuid(B, P)
    n_f2 = B[P]
    if n_f2 < 0x80:
        P += 1
    else:
        n_f2, P = read_uvarint(B, P)
    n_f2 -= 1
    f2: list[DescribeShareGroupOffsetsResponse.DescribeShareGroupOffsetsResponseGroup.DescribeShareGroupOffsetsResponseTopic.DescribeShareGroupOffsetsResponsePartition]
    if n_f2 < 0:
        raise DecodeError(f'non-nullable array Partitions has length {n_f2}')
    else:
        if n_f2 > len(B) - P:
            raise DecodeError(f'array length {n_f2} exceeds the buffer')
        f2 = []
        for _ in range(n_f2):
            e_f2, P = _d_DescribeShareGroupOffsetsResponse_DescribeShareGroupOffsetsResponseGroup_DescribeShareGroupOffsetsResponseTopic_DescribeShareGroupOffsetsResponsePartition_v0(B, P)
            f2.append(e_f2)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_DescribeShareGroupOffsetsResponse_DescribeShareGroupOffsetsResponseGroup_DescribeShareGroupOffsetsResponseTopic(f0, f1, f2, tf), P


def _d_DescribeShareGroupOffsetsResponse_DescribeShareGroupOffsetsResponseGroup_v0(B: memoryview, P: int) -> tuple[DescribeShareGroupOffsetsResponse.DescribeShareGroupOffsetsResponseGroup, int]:
    f0, P = read_compact_string(B, P)
    n_f1 = B[P]
    if n_f1 < 0x80:
        P += 1
    else:
        n_f1, P = read_uvarint(B, P)
    n_f1 -= 1
    f1: list[DescribeShareGroupOffsetsResponse.DescribeShareGroupOffsetsResponseGroup.DescribeShareGroupOffsetsResponseTopic]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Topics has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_DescribeShareGroupOffsetsResponse_DescribeShareGroupOffsetsResponseGroup_DescribeShareGroupOffsetsResponseTopic_v0(B, P)
            f1.append(e_f1)
    (f2,) = _S_h.unpack_from(B, P)
    P += 2
    f3, P = read_compact_nullable_string(B, P)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_DescribeShareGroupOffsetsResponse_DescribeShareGroupOffsetsResponseGroup(f0, f1, f2, f3, tf), P


def _d_DescribeShareGroupOffsetsResponse_v0(B: memoryview, P: int) -> tuple[DescribeShareGroupOffsetsResponse, int]:
    (f0,) = _S_i.unpack_from(B, P)
    P += 4
    n_f1 = B[P]
    if n_f1 < 0x80:
        P += 1
    else:
        n_f1, P = read_uvarint(B, P)
    n_f1 -= 1
    f1: list[DescribeShareGroupOffsetsResponse.DescribeShareGroupOffsetsResponseGroup]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Groups has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_DescribeShareGroupOffsetsResponse_DescribeShareGroupOffsetsResponseGroup_v0(B, P)
            f1.append(e_f1)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_DescribeShareGroupOffsetsResponse(f0, f1, tf), P


def _e_DescribeShareGroupOffsetsResponse_DescribeShareGroupOffsetsResponseGroup_DescribeShareGroupOffsetsResponseTopic_DescribeShareGroupOffsetsResponsePartition_v0(o: DescribeShareGroupOffsetsResponse.DescribeShareGroupOffsetsResponseGroup.DescribeShareGroupOffsetsResponseTopic.DescribeShareGroupOffsetsResponsePartition, O: bytearray) -> None:
    O += _S_iqih.pack(o.partition_index, o.start_offset, o.leader_epoch, o.error_code)
    write_compact_nullable_string(O, o.error_message)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_DescribeShareGroupOffsetsResponse_DescribeShareGroupOffsetsResponseGroup_DescribeShareGroupOffsetsResponseTopic_v0(o: DescribeShareGroupOffsetsResponse.DescribeShareGroupOffsetsResponseGroup.DescribeShareGroupOffsetsResponseTopic, O: bytearray) -> None:
    write_compact_string(O, o.topic_name)
    write_uuid(O, o.topic_id)
    a2 = o.partitions
    if a2 is None:
        raise EncodeError('non-nullable array Partitions is None')
    write_uvarint(O, len(a2) + 1)
    for e_a2 in a2:
        _e_DescribeShareGroupOffsetsResponse_DescribeShareGroupOffsetsResponseGroup_DescribeShareGroupOffsetsResponseTopic_DescribeShareGroupOffsetsResponsePartition_v0(e_a2, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_DescribeShareGroupOffsetsResponse_DescribeShareGroupOffsetsResponseGroup_v0(o: DescribeShareGroupOffsetsResponse.DescribeShareGroupOffsetsResponseGroup, O: bytearray) -> None:
    write_compact_string(O, o.group_id)
    a1 = o.topics
    if a1 is None:
        raise EncodeError('non-nullable array Topics is None')
    write_uvarint(O, len(a1) + 1)
    for e_a1 in a1:
        _e_DescribeShareGroupOffsetsResponse_DescribeShareGroupOffsetsResponseGroup_DescribeShareGroupOffsetsResponseTopic_v0(e_a1, O)
    O += _S_h.pack(o.error_code)
    write_compact_nullable_string(O, o.error_message)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_DescribeShareGroupOffsetsResponse_v0(o: DescribeShareGroupOffsetsResponse, O: bytearray) -> None:
    O += _S_i.pack(o.throttle_time_ms)
    a1 = o.groups
    if a1 is None:
        raise EncodeError('non-nullable array Groups is None')
    write_uvarint(O, len(a1) + 1)
    for e_a1 in a1:
        _e_DescribeShareGroupOffsetsResponse_DescribeShareGroupOffsetsResponseGroup_v0(e_a1, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


_C_DescribeShareGroupOffsetsRequest = DescribeShareGroupOffsetsRequest
_C_DescribeShareGroupOffsetsRequest_DescribeShareGroupOffsetsRequestGroup = DescribeShareGroupOffsetsRequest.DescribeShareGroupOffsetsRequestGroup
_C_DescribeShareGroupOffsetsRequest_DescribeShareGroupOffsetsRequestGroup_DescribeShareGroupOffsetsRequestTopic = DescribeShareGroupOffsetsRequest.DescribeShareGroupOffsetsRequestGroup.DescribeShareGroupOffsetsRequestTopic
_DEF_C_DescribeShareGroupOffsetsRequest_DescribeShareGroupOffsetsRequestGroup = _C_DescribeShareGroupOffsetsRequest_DescribeShareGroupOffsetsRequestGroup()
_DEF_C_DescribeShareGroupOffsetsRequest_DescribeShareGroupOffsetsRequestGroup_DescribeShareGroupOffsetsRequestTopic = _C_DescribeShareGroupOffsetsRequest_DescribeShareGroupOffsetsRequestGroup_DescribeShareGroupOffsetsRequestTopic()
_DEC_DescribeShareGroupOffsetsRequest: dict[int, Decoder[DescribeShareGroupOffsetsRequest]] = {
    0: _d_DescribeShareGroupOffsetsRequest_v0,
}
_ENC_DescribeShareGroupOffsetsRequest: dict[int, Encoder[DescribeShareGroupOffsetsRequest]] = {
    0: _e_DescribeShareGroupOffsetsRequest_v0,
}
DescribeShareGroupOffsetsRequest.FIELDS = (
    FieldInfo('Groups', 'groups', '[]DescribeShareGroupOffsetsRequestGroup', (0, OPEN), None, None, None, False, None, None, _C_DescribeShareGroupOffsetsRequest_DescribeShareGroupOffsetsRequestGroup),
)
DescribeShareGroupOffsetsRequest.DescribeShareGroupOffsetsRequestGroup.FIELDS = (
    FieldInfo('GroupId', 'group_id', 'string', (0, OPEN), None, None, None, False, 'groupId', None, None),
    FieldInfo('Topics', 'topics', '[]DescribeShareGroupOffsetsRequestTopic', (0, OPEN), (0, OPEN), None, None, False, None, None, _C_DescribeShareGroupOffsetsRequest_DescribeShareGroupOffsetsRequestGroup_DescribeShareGroupOffsetsRequestTopic),
)
DescribeShareGroupOffsetsRequest.DescribeShareGroupOffsetsRequestGroup.DescribeShareGroupOffsetsRequestTopic.FIELDS = (
    FieldInfo('TopicName', 'topic_name', 'string', (0, OPEN), None, None, None, False, 'topicName', None, None),
    FieldInfo('Partitions', 'partitions', '[]int32', (0, OPEN), None, None, None, False, None, None, None),
)

_C_DescribeShareGroupOffsetsResponse = DescribeShareGroupOffsetsResponse
_C_DescribeShareGroupOffsetsResponse_DescribeShareGroupOffsetsResponseGroup = DescribeShareGroupOffsetsResponse.DescribeShareGroupOffsetsResponseGroup
_C_DescribeShareGroupOffsetsResponse_DescribeShareGroupOffsetsResponseGroup_DescribeShareGroupOffsetsResponseTopic = DescribeShareGroupOffsetsResponse.DescribeShareGroupOffsetsResponseGroup.DescribeShareGroupOffsetsResponseTopic
_C_DescribeShareGroupOffsetsResponse_DescribeShareGroupOffsetsResponseGroup_DescribeShareGroupOffsetsResponseTopic_DescribeShareGroupOffsetsResponsePartition = DescribeShareGroupOffsetsResponse.DescribeShareGroupOffsetsResponseGroup.DescribeShareGroupOffsetsResponseTopic.DescribeShareGroupOffsetsResponsePartition
_DEF_C_DescribeShareGroupOffsetsResponse_DescribeShareGroupOffsetsResponseGroup = _C_DescribeShareGroupOffsetsResponse_DescribeShareGroupOffsetsResponseGroup()
_DEF_C_DescribeShareGroupOffsetsResponse_DescribeShareGroupOffsetsResponseGroup_DescribeShareGroupOffsetsResponseTopic = _C_DescribeShareGroupOffsetsResponse_DescribeShareGroupOffsetsResponseGroup_DescribeShareGroupOffsetsResponseTopic()
_DEF_C_DescribeShareGroupOffsetsResponse_DescribeShareGroupOffsetsResponseGroup_DescribeShareGroupOffsetsResponseTopic_DescribeShareGroupOffsetsResponsePartition = _C_DescribeShareGroupOffsetsResponse_DescribeShareGroupOffsetsResponseGroup_DescribeShareGroupOffsetsResponseTopic_DescribeShareGroupOffsetsResponsePartition()
_DEC_DescribeShareGroupOffsetsResponse: dict[int, Decoder[DescribeShareGroupOffsetsResponse]] = {
    0: _d_DescribeShareGroupOffsetsResponse_v0,
}
_ENC_DescribeShareGroupOffsetsResponse: dict[int, Encoder[DescribeShareGroupOffsetsResponse]] = {
    0: _e_DescribeShareGroupOffsetsResponse_v0,
}
DescribeShareGroupOffsetsResponse.FIELDS = (
    FieldInfo('ThrottleTimeMs', 'throttle_time_ms', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Groups', 'groups', '[]DescribeShareGroupOffsetsResponseGroup', (0, OPEN), None, None, None, False, None, None, _C_DescribeShareGroupOffsetsResponse_DescribeShareGroupOffsetsResponseGroup),
)
DescribeShareGroupOffsetsResponse.DescribeShareGroupOffsetsResponseGroup.FIELDS = (
    FieldInfo('GroupId', 'group_id', 'string', (0, OPEN), None, None, None, False, 'groupId', None, None),
    FieldInfo('Topics', 'topics', '[]DescribeShareGroupOffsetsResponseTopic', (0, OPEN), None, None, None, False, None, None, _C_DescribeShareGroupOffsetsResponse_DescribeShareGroupOffsetsResponseGroup_DescribeShareGroupOffsetsResponseTopic),
    FieldInfo('ErrorCode', 'error_code', 'int16', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('ErrorMessage', 'error_message', 'string', (0, OPEN), (0, OPEN), None, None, False, None, None, None),
)
DescribeShareGroupOffsetsResponse.DescribeShareGroupOffsetsResponseGroup.DescribeShareGroupOffsetsResponseTopic.FIELDS = (
    FieldInfo('TopicName', 'topic_name', 'string', (0, OPEN), None, None, None, False, 'topicName', None, None),
    FieldInfo('TopicId', 'topic_id', 'uuid', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Partitions', 'partitions', '[]DescribeShareGroupOffsetsResponsePartition', (0, OPEN), None, None, None, False, None, None, _C_DescribeShareGroupOffsetsResponse_DescribeShareGroupOffsetsResponseGroup_DescribeShareGroupOffsetsResponseTopic_DescribeShareGroupOffsetsResponsePartition),
)
DescribeShareGroupOffsetsResponse.DescribeShareGroupOffsetsResponseGroup.DescribeShareGroupOffsetsResponseTopic.DescribeShareGroupOffsetsResponsePartition.FIELDS = (
    FieldInfo('PartitionIndex', 'partition_index', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('StartOffset', 'start_offset', 'int64', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('LeaderEpoch', 'leader_epoch', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('ErrorCode', 'error_code', 'int16', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('ErrorMessage', 'error_message', 'string', (0, OPEN), (0, OPEN), None, None, False, None, None, None),
)
