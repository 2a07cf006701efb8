"""API key 8: OffsetCommit.

GENERATED - DO NOT EDIT. Written by ``python -m wire.generator`` from Apache Kafka 4.1.1's
message definitions (OffsetCommitRequest.json, OffsetCommitResponse.json).
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
_S_iq = struct.Struct('>iq')
_S_iqi = struct.Struct('>iqi')
_S_qi = struct.Struct('>qi')


@dataclass(slots=True)
class OffsetCommitRequest:
    """OffsetCommitRequest (API key 8, versions 2-10).

    Generated from OffsetCommitRequest.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = 8
    MIN_VERSION: ClassVar[int] = 2
    MAX_VERSION: ClassVar[int] = 9
    LATEST_VERSION: ClassVar[int] = 10
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = True
    FLEXIBLE_MIN: ClassVar[int | None] = 8
    #: Who serves this request in Kafka (empty for responses).
    LISTENERS: ClassVar[tuple[str, ...]] = ('broker',)
    FIELDS: ClassVar[tuple[FieldInfo, ...]]

    @dataclass(slots=True)
    class OffsetCommitRequestTopic:
        FIELDS: ClassVar[tuple[FieldInfo, ...]]

        @dataclass(slots=True)
        class OffsetCommitRequestPartition:
            FIELDS: ClassVar[tuple[FieldInfo, ...]]

            #: The partition index.
            partition_index: int = 0
            #: The message offset to be committed.
            committed_offset: int = 0
            #: The leader epoch of this partition.
            committed_leader_epoch: int = -1
            #: Any associated metadata the client wants to keep.
            committed_metadata: str | None = ''
            #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
            unknown_tagged_fields: list[tuple[int, bytes]] | None = None

        #: The topic name.
        name: str = ''
        #: The topic ID.
        topic_id: UUID = ZERO_UUID
        #: Each partition to commit offsets for.
        partitions: list[OffsetCommitRequest.OffsetCommitRequestTopic.OffsetCommitRequestPartition] = field(default_factory=list)
        #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
        unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    OffsetCommitRequestPartition = OffsetCommitRequestTopic.OffsetCommitRequestPartition
    #: The unique group identifier.
    group_id: str = ''
    #: The generation of the group if using the classic group protocol or the member epoch if using the consumer protocol.
    generation_id_or_member_epoch: int = -1
    #: The member ID assigned by the group coordinator.
    member_id: str = ''
    #: The unique identifier of the consumer instance provided by end user.
    group_instance_id: str | None = None
    #: The time period in ms to retain the offset.
    retention_time_ms: int = -1
    #: The topics to commit offsets for.
    topics: list[OffsetCommitRequest.OffsetCommitRequestTopic] = field(default_factory=list)
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> OffsetCommitRequest:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_OffsetCommitRequest, data, version, 'OffsetCommitRequest', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_OffsetCommitRequest, self, version, 'OffsetCommitRequest')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_OffsetCommitRequest, self, version, 'OffsetCommitRequest')


@dataclass(slots=True)
class OffsetCommitResponse:
    """OffsetCommitResponse (API key 8, versions 2-10).

    Generated from OffsetCommitResponse.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = 8
    MIN_VERSION: ClassVar[int] = 2
    MAX_VERSION: ClassVar[int] = 10
    LATEST_VERSION: ClassVar[int] = 10
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
    FLEXIBLE_MIN: ClassVar[int | None] = 8
    #: Who serves this request in Kafka (empty for responses).
    LISTENERS: ClassVar[tuple[str, ...]] = ()
    FIELDS: ClassVar[tuple[FieldInfo, ...]]

    @dataclass(slots=True)
    class OffsetCommitResponseTopic:
        FIELDS: ClassVar[tuple[FieldInfo, ...]]

        @dataclass(slots=True)
        class OffsetCommitResponsePartition:
            FIELDS: ClassVar[tuple[FieldInfo, ...]]

            #: The partition index.
            partition_index: int = 0
            #: The error code, or 0 if there was no error.
            error_code: int = 0
            #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
            unknown_tagged_fields: list[tuple[int, bytes]] | None = None

        #: The topic name.
        name: str = ''
        #: The topic ID.
        topic_id: UUID = ZERO_UUID
        #: The responses for each partition in the topic.
        partitions: list[OffsetCommitResponse.OffsetCommitResponseTopic.OffsetCommitResponsePartition] = field(default_factory=list)
        #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
        unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    OffsetCommitResponsePartition = OffsetCommitResponseTopic.OffsetCommitResponsePartition
    #: The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    throttle_time_ms: int = 0
    #: The responses for each topic.
    topics: list[OffsetCommitResponse.OffsetCommitResponseTopic] = field(default_factory=list)
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> OffsetCommitResponse:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_OffsetCommitResponse, data, version, 'OffsetCommitResponse', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_OffsetCommitResponse, self, version, 'OffsetCommitResponse')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_OffsetCommitResponse, self, version, 'OffsetCommitResponse')

def _d_OffsetCommitRequest_OffsetCommitRequestTopic_OffsetCommitRequestPartition_v2(B: memoryview, P: int) -> tuple[OffsetCommitRequest.OffsetCommitRequestTopic.OffsetCommitRequestPartition, int]:
    (f0, f1,) = _S_iq.unpack_from(B, P)
    P += 12
    f3, P = read_nullable_string(B, P)
    return _C_OffsetCommitRequest_OffsetCommitRequestTopic_OffsetCommitRequestPartition(f0, f1, -1, f3, None), P


def _d_OffsetCommitRequest_OffsetCommitRequestTopic_v2(B: memoryview, P: int) -> tuple[OffsetCommitRequest.OffsetCommitRequestTopic, int]:
    f0, P = read_string(B, P)
    (n_f2,) = _S_i.unpack_from(B, P)
    P += 4
    f2: list[OffsetCommitRequest.OffsetCommitRequestTopic.OffsetCommitRequestPartition]
    if n_f2 < 0:
        raise DecodeError(f'non-nullable array Partitions has length {n_f2}')
    else:
        if n_f2 > len(B) - P:
            raise DecodeError(f'array length {n_f2} exceeds the buffer')
        f2 = []
        for _ in range(n_f2):
            e_f2, P = _d_OffsetCommitRequest_OffsetCommitRequestTopic_OffsetCommitRequestPartition_v2(B, P)
            f2.append(e_f2)
    return _C_OffsetCommitRequest_OffsetCommitRequestTopic(f0, ZERO_UUID, f2, None), P


def _d_OffsetCommitRequest_v2(B: memoryview, P: int) -> tuple[OffsetCommitRequest, int]:
    f0, P = read_string(B, P)
    (f1,) = _S_i.unpack_from(B, P)
    P += 4
    f2, P = read_string(B, P)
    (f4, n_f5,) = _S_qi.unpack_from(B, P)
    P += 12
    f5: list[OffsetCommitRequest.OffsetCommitRequestTopic]
    if n_f5 < 0:
        raise DecodeError(f'non-nullable array Topics has length {n_f5}')
    else:
        if n_f5 > len(B) - P:
            raise DecodeError(f'array length {n_f5} exceeds the buffer')
        f5 = []
        for _ in range(n_f5):
            e_f5, P = _d_OffsetCommitRequest_OffsetCommitRequestTopic_v2(B, P)
            f5.append(e_f5)
    return _C_OffsetCommitRequest(f0, f1, f2, None, f4, f5, None), P


def _d_OffsetCommitRequest_v5(B: memoryview, P: int) -> tuple[OffsetCommitRequest, int]:
    f0, P = read_string(B, P)
    (f1,) = _S_i.unpack_from(B, P)
    P += 4
    f2, P = read_string(B, P)
    (n_f5,) = _S_i.unpack_from(B, P)
    P += 4
    f5: list[OffsetCommitRequest.OffsetCommitRequestTopic]
    if n_f5 < 0:
        raise DecodeError(f'non-nullable array Topics has length {n_f5}')
    else:
        if n_f5 > len(B) - P:
            raise DecodeError(f'array length {n_f5} exceeds the buffer')
        f5 = []
        for _ in range(n_f5):
            e_f5, P = _d_OffsetCommitRequest_OffsetCommitRequestTopic_v2(B, P)
            f5.append(e_f5)
    return _C_OffsetCommitRequest(f0, f1, f2, None, -1, f5, None), P


def _d_OffsetCommitRequest_OffsetCommitRequestTopic_OffsetCommitRequestPartition_v6(B: memoryview, P: int) -> tuple[OffsetCommitRequest.OffsetCommitRequestTopic.OffsetCommitRequestPartition, int]:
    (f0, f1, f2,) = _S_iqi.unpack_from(B, P)
    P += 16
    f3, P = read_nullable_string(B, P)
    return _C_OffsetCommitRequest_OffsetCommitRequestTopic_OffsetCommitRequestPartition(f0, f1, f2, f3, None), P


def _d_OffsetCommitRequest_OffsetCommitRequestTopic_v6(B: memoryview, P: int) -> tuple[OffsetCommitRequest.OffsetCommitRequestTopic, int]:
    f0, P = read_string(B, P)
    (n_f2,) = _S_i.unpack_from(B, P)
    P += 4
    f2: list[OffsetCommitRequest.OffsetCommitRequestTopic.OffsetCommitRequestPartition]
    if n_f2 < 0:
        raise DecodeError(f'non-nullable array Partitions has length {n_f2}')
    else:
        if n_f2 > len(B) - P:
            raise DecodeError(f'array length {n_f2} exceeds the buffer')
        f2 = []
        for _ in range(n_f2):
            e_f2, P = _d_OffsetCommitRequest_OffsetCommitRequestTopic_OffsetCommitRequestPartition_v6(B, P)
            f2.append(e_f2)
    return _C_OffsetCommitRequest_OffsetCommitRequestTopic(f0, ZERO_UUID, f2, None), P


def _d_OffsetCommitRequest_v6(B: memoryview, P: int) -> tuple[OffsetCommitRequest, int]:
    f0, P = read_string(B, P)
    (f1,) = _S_i.unpack_from(B, P)
    P += 4
    f2, P = read_string(B, P)
    (n_f5,) = _S_i.unpack_from(B, P)
    P += 4
    f5: list[OffsetCommitRequest.OffsetCommitRequestTopic]
    if n_f5 < 0:
        raise DecodeError(f'non-nullable array Topics has length {n_f5}')
    else:
        if n_f5 > len(B) - P:
            raise DecodeError(f'array length {n_f5} exceeds the buffer')
        f5 = []
        for _ in range(n_f5):
            e_f5, P = _d_OffsetCommitRequest_OffsetCommitRequestTopic_v6(B, P)
            f5.append(e_f5)
    return _C_OffsetCommitRequest(f0, f1, f2, None, -1, f5, None), P


def _d_OffsetCommitRequest_v7(B: memoryview, P: int) -> tuple[OffsetCommitRequest, int]:
    f0, P = read_string(B, P)
    (f1,) = _S_i.unpack_from(B, P)
    P += 4
    f2, P = read_string(B, P)
    f3, P = read_nullable_string(B, P)
    (n_f5,) = _S_i.unpack_from(B, P)
    P += 4
    f5: list[OffsetCommitRequest.OffsetCommitRequestTopic]
    if n_f5 < 0:
        raise DecodeError(f'non-nullable array Topics has length {n_f5}')
    else:
        if n_f5 > len(B) - P:
            raise DecodeError(f'array length {n_f5} exceeds the buffer')
        f5 = []
        for _ in range(n_f5):
            e_f5, P = _d_OffsetCommitRequest_OffsetCommitRequestTopic_v6(B, P)
            f5.append(e_f5)
    return _C_OffsetCommitRequest(f0, f1, f2, f3, -1, f5, None), P


def _d_OffsetCommitRequest_OffsetCommitRequestTopic_OffsetCommitRequestPartition_v8(B: memoryview, P: int) -> tuple[OffsetCommitRequest.OffsetCommitRequestTopic.OffsetCommitRequestPartition, int]:
    (f0, f1, f2,) = _S_iqi.unpack_from(B, P)
    P += 16
    f3, P = read_compact_nullable_string(B, P)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_OffsetCommitRequest_OffsetCommitRequestTopic_OffsetCommitRequestPartition(f0, f1, f2, f3, tf), P


def _d_OffsetCommitRequest_OffsetCommitRequestTopic_v8(B: memoryview, P: int) -> tuple[OffsetCommitRequest.OffsetCommitRequestTopic, int]:
    f0, P = read_compact_string(B, P)
    n_f2 = B[P]
    if n_f2 < 0x80:
        P += 1
    else:
        n_f2, P = read_uvarint(B, P)
    n_f2 -= 1
    f2: list[OffsetCommitRequest.OffsetCommitRequestTopic.OffsetCommitRequestPartition]
    if n_f2 < 0:
        raise DecodeError(f'non-nullable array Partitions has length {n_f2}')
    else:
        if n_f2 > len(B) - P:
            raise DecodeError(f'array length {n_f2} exceeds the buffer')
        f2 = []
        for _ in range(n_f2):
            e_f2, P = _d_OffsetCommitRequest_OffsetCommitRequestTopic_OffsetCommitRequestPartition_v8(B, P)
            f2.append(e_f2)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_OffsetCommitRequest_OffsetCommitRequestTopic(f0, ZERO_UUID, f2, tf), P


def _d_OffsetCommitRequest_v8(B: memoryview, P: int) -> tuple[OffsetCommitRequest, int]:
    f0, P = read_compact_string(B, P)
    (f1,) = _S_i.unpack_from(B, P)
    P += 4
    f2, P = read_compact_string(B, P)
    f3, P = read_compact_nullable_string(B, P)
    n_f5 = B[P]
    if n_f5 < 0x80:
        P += 1
    else:
        n_f5, P = read_uvarint(B, P)
    n_f5 -= 1
    f5: list[OffsetCommitRequest.OffsetCommitRequestTopic]
    if n_f5 < 0:
        raise DecodeError(f'non-nullable array Topics has length {n_f5}')
    else:
        if n_f5 > len(B) - P:
            raise DecodeError(f'array length {n_f5} exceeds the buffer')
        f5 = []
        for _ in range(n_f5):
            e_f5, P = _d_OffsetCommitRequest_OffsetCommitRequestTopic_v8(B, P)
            f5.append(e_f5)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_OffsetCommitRequest(f0, f1, f2, f3, -1, f5, tf), P


def _d_OffsetCommitRequest_OffsetCommitRequestTopic_v10(B: memoryview, P: int) -> tuple[OffsetCommitRequest.OffsetCommitRequestTopic, int]:
    f1, P = read_uuid(B, P)
    n_f2 = B[P]
    if n_f2 < 0x80:
        P += 1
    else:
        n_f2, P = read_uvarint(B, P)
    n_f2 -= 1
    f2: list[OffsetCommitRequest.OffsetCommitRequestTopic.OffsetCommitRequestPartition]
    if n_f2 < 0:
        raise DecodeError(f'non-nullable array Partitions has length {n_f2}')
    else:
        if n_f2 > len(B) - P:
            raise DecodeError(f'array length {n_f2} exceeds the buffer')
        f2 = []
        for _ in range(n_f2):
            e_f2, P = _d_OffsetCommitRequest_OffsetCommitRequestTopic_OffsetCommitRequestPartition_v8(B, P)
            f2.append(e_f2)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_OffsetCommitRequest_OffsetCommitRequestTopic('', f1, f2, tf), P


def _d_OffsetCommitRequest_v10(B: memoryview, P: int) -> tuple[OffsetCommitRequest, int]:
    f0, P = read_compact_string(B, P)
    (f1,) = _S_i.unpack_from(B, P)
    P += 4
    f2, P = read_compact_string(B, P)
    f3, P = read_compact_nullable_string(B, P)
    n_f5 = B[P]
    if n_f5 < 0x80:
        P += 1
    else:
        n_f5, P = read_uvarint(B, P)
    n_f5 -= 1
    f5: list[OffsetCommitRequest.OffsetCommitRequestTopic]
    if n_f5 < 0:
        raise DecodeError(f'non-nullable array Topics has length {n_f5}')
    else:
        if n_f5 > len(B) - P:
            raise DecodeError(f'array length {n_f5} exceeds the buffer')
        f5 = []
        for _ in range(n_f5):
            e_f5, P = _d_OffsetCommitRequest_OffsetCommitRequestTopic_v10(B, P)
            f5.append(e_f5)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_OffsetCommitRequest(f0, f1, f2, f3, -1, f5, tf), P


def _e_OffsetCommitRequest_OffsetCommitRequestTopic_OffsetCommitRequestPartition_v2(o: OffsetCommitRequest.OffsetCommitRequestTopic.OffsetCommitRequestPartition, O: bytearray) -> None:
    O += _S_iq.pack(o.partition_index, o.committed_offset)
    write_nullable_string(O, o.committed_metadata)


def _e_OffsetCommitRequest_OffsetCommitRequestTopic_v2(o: OffsetCommitRequest.OffsetCommitRequestTopic, O: bytearray) -> None:
    write_string(O, o.name)
    a1 = o.partitions
    if a1 is None:
        raise EncodeError('non-nullable array Partitions is None')
    O += _S_i.pack(len(a1))
    for e_a1 in a1:
        _e_OffsetCommitRequest_OffsetCommitRequestTopic_OffsetCommitRequestPartition_v2(e_a1, O)


def _e_OffsetCommitRequest_v2(o: OffsetCommitRequest, O: bytearray) -> None:
    if o.group_instance_id is not None:
        raise EncodeError('OffsetCommitRequest.GroupInstanceId is not supported in version 2')
    write_string(O, o.group_id)
    O += _S_i.pack(o.generation_id_or_member_epoch)
    write_string(O, o.member_id)
    a4 = o.topics
    if a4 is None:
        raise EncodeError('non-nullable array Topics is None')
    O += _S_qi.pack(o.retention_time_ms, len(a4))
    for e_a4 in a4:
        _e_OffsetCommitRequest_OffsetCommitRequestTopic_v2(e_a4, O)


def _e_OffsetCommitRequest_v3(o: OffsetCommitRequest, O: bytearray) -> None:
    if o.group_instance_id is not None:
        raise EncodeError('OffsetCommitRequest.GroupInstanceId is not supported in version 3')
    write_string(O, o.group_id)
    O += _S_i.pack(o.generation_id_or_member_epoch)
    write_string(O, o.member_id)
    a4 = o.topics
    if a4 is None:
        raise EncodeError('non-nullable array Topics is None')
    O += _S_qi.pack(o.retention_time_ms, len(a4))
    for e_a4 in a4:
        _e_OffsetCommitRequest_OffsetCommitRequestTopic_v2(e_a4, O)


def _e_OffsetCommitRequest_v4(o: OffsetCommitRequest, O: bytearray) -> None:
    if o.group_instance_id is not None:
        raise EncodeError('OffsetCommitRequest.GroupInstanceId is not supported in version 4')
    write_string(O, o.group_id)
    O += _S_i.pack(o.generation_id_or_member_epoch)
    write_string(O, o.member_id)
    a4 = o.topics
    if a4 is None:
        raise EncodeError('non-nullable array Topics is None')
    O += _S_qi.pack(o.retention_time_ms, len(a4))
    for e_a4 in a4:
        _e_OffsetCommitRequest_OffsetCommitRequestTopic_v2(e_a4, O)


def _e_OffsetCommitRequest_v5(o: OffsetCommitRequest, O: bytearray) -> None:
    if o.group_instance_id is not None:
        raise EncodeError('OffsetCommitRequest.GroupInstanceId is not supported in version 5')
    write_string(O, o.group_id)
    O += _S_i.pack(o.generation_id_or_member_epoch)
    write_string(O, o.member_id)
    a3 = o.topics
    if a3 is None:
        raise EncodeError('non-nullable array Topics is None')
    O += _S_i.pack(len(a3))
    for e_a3 in a3:
        _e_OffsetCommitRequest_OffsetCommitRequestTopic_v2(e_a3, O)


def _e_OffsetCommitRequest_OffsetCommitRequestTopic_OffsetCommitRequestPartition_v6(o: OffsetCommitRequest.OffsetCommitRequestTopic.OffsetCommitRequestPartition, O: bytearray) -> None:
    O += _S_iqi.pack(o.partition_index, o.committed_offset, o.committed_leader_epoch)
    write_nullable_string(O, o.committed_metadata)


def _e_OffsetCommitRequest_OffsetCommitRequestTopic_v6(o: OffsetCommitRequest.OffsetCommitRequestTopic, O: bytearray) -> None:
    write_string(O, o.name)
    a1 = o.partitions
    if a1 is None:
        raise EncodeError('non-nullable array Partitions is None')
    O += _S_i.pack(len(a1))
    for e_a1 in a1:
        _e_OffsetCommitRequest_OffsetCommitRequestTopic_OffsetCommitRequestPartition_v6(e_a1, O)


def _e_OffsetCommitRequest_v6(o: OffsetCommitRequest, O: bytearray) -> None:
    if o.group_instance_id is not None:
        raise EncodeError('OffsetCommitRequest.GroupInstanceId is not supported in version 6')
    write_string(O, o.group_id)
    O += _S_i.pack(o.generation_id_or_member_epoch)
    write_string(O, o.member_id)
    a3 = o.topics
    if a3 is None:
        raise EncodeError('non-nullable array Topics is None')
    O += _S_i.pack(len(a3))
    for e_a3 in a3:
        _e_OffsetCommitRequest_OffsetCommitRequestTopic_v6(e_a3, O)


def _e_OffsetCommitRequest_v7(o: OffsetCommitRequest, O: bytearray) -> None:
    write_string(O, o.group_id)
    O += _S_i.pack(o.generation_id_or_member_epoch)
    write_string(O, o.member_id)
    write_nullable_string(O, o.group_instance_id)
    a4 = o.topics
    if a4 is None:
        raise EncodeError('non-nullable array Topics is None')
    O += _S_i.pack(len(a4))
    for e_a4 in a4:
        _e_OffsetCommitRequest_OffsetCommitRequestTopic_v6(e_a4, O)


def _e_OffsetCommitRequest_OffsetCommitRequestTopic_OffsetCommitRequestPartition_v8(o: OffsetCommitRequest.OffsetCommitRequestTopic.OffsetCommitRequestPartition, O: bytearray) -> None:
    O += _S_iqi.pack(o.partition_index, o.committed_offset, o.committed_leader_epoch)
    write_compact_nullable_string(O, o.committed_metadata)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_OffsetCommitRequest_OffsetCommitRequestTopic_v8(o: OffsetCommitRequest.OffsetCommitRequestTopic, O: bytearray) -> None:
    write_compact_string(O, o.name)
    a1 = o.partitions
    if a1 is None:
        raise EncodeError('non-nullable array Partitions is None')
    write_uvarint(O, len(a1) + 1)
    for e_a1 in a1:
        _e_OffsetCommitRequest_OffsetCommitRequestTopic_OffsetCommitRequestPartition_v8(e_a1, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_OffsetCommitRequest_v8(o: OffsetCommitRequest, O: bytearray) -> None:
    write_compact_string(O, o.group_id)
    O += _S_i.pack(o.generation_id_or_member_epoch)
    write_compact_string(O, o.member_id)
    write_compact_nullable_string(O, o.group_instance_id)
    a4 = o.topics
    if a4 is None:
        raise EncodeError('non-nullable array Topics is None')
    write_uvarint(O, len(a4) + 1)
    for e_a4 in a4:
        _e_OffsetCommitRequest_OffsetCommitRequestTopic_v8(e_a4, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_OffsetCommitRequest_OffsetCommitRequestTopic_v10(o: OffsetCommitRequest.OffsetCommitRequestTopic, O: bytearray) -> None:
    write_uuid(O, o.topic_id)
    a1 = o.partitions
    if a1 is None:
        raise EncodeError('non-nullable array Partitions is None')
    write_uvarint(O, len(a1) + 1)
    for e_a1 in a1:
        _e_OffsetCommitRequest_OffsetCommitRequestTopic_OffsetCommitRequestPartition_v8(e_a1, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_OffsetCommitRequest_v10(o: OffsetCommitRequest, O: bytearray) -> None:
    write_compact_string(O, o.group_id)
    O += _S_i.pack(o.generation_id_or_member_epoch)
    write_compact_string(O, o.member_id)
    write_compact_nullable_string(O, o.group_instance_id)
    a4 = o.topics
    if a4 is None:
        raise EncodeError('non-nullable array Topics is None')
    write_uvarint(O, len(a4) + 1)
    for e_a4 in a4:
        _e_OffsetCommitRequest_OffsetCommitRequestTopic_v10(e_a4, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _d_OffsetCommitResponse_OffsetCommitResponseTopic_OffsetCommitResponsePartition_v2(B: memoryview, P: int) -> tuple[OffsetCommitResponse.OffsetCommitResponseTopic.OffsetCommitResponsePartition, int]:
    (f0, f1,) = _S_ih.unpack_from(B, P)
    P += 6
    return _C_OffsetCommitResponse_OffsetCommitResponseTopic_OffsetCommitResponsePartition(f0, f1, None), P


def _d_OffsetCommitResponse_OffsetCommitResponseTopic_v2(B: memoryview, P: int) -> tuple[OffsetCommitResponse.OffsetCommitResponseTopic, int]:
    f0, P = read_string(B, P)
    (n_f2,) = _S_i.unpack_from(B, P)
    P += 4
    f2: list[OffsetCommitResponse.OffsetCommitResponseTopic.OffsetCommitResponsePartition]
    if n_f2 < 0:
        raise DecodeError(f'non-nullable array Partitions has length {n_f2}')
    else:
        if n_f2 > len(B) - P:
            raise DecodeError(f'array length {n_f2} exceeds the buffer')
        f2 = []
        for _ in range(n_f2):
            e_f2, P = _d_OffsetCommitResponse_OffsetCommitResponseTopic_OffsetCommitResponsePartition_v2(B, P)
            f2.append(e_f2)
    return _C_OffsetCommitResponse_OffsetCommitResponseTopic(f0, ZERO_UUID, f2, None), P


def _d_OffsetCommitResponse_v2(B: memoryview, P: int) -> tuple[OffsetCommitResponse, int]:
    (n_f1,) = _S_i.unpack_from(B, P)
    P += 4
    f1: list[OffsetCommitResponse.OffsetCommitResponseTopic]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Topics has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_OffsetCommitResponse_OffsetCommitResponseTopic_v2(B, P)
            f1.append(e_f1)
    return _C_OffsetCommitResponse(0, f1, None), P


def _d_OffsetCommitResponse_v3(B: memoryview, P: int) -> tuple[OffsetCommitResponse, int]:
    (f0, n_f1,) = _S_ii.unpack_from(B, P)
    P += 8
    f1: list[OffsetCommitResponse.OffsetCommitResponseTopic]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Topics has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_OffsetCommitResponse_OffsetCommitResponseTopic_v2(B, P)
            f1.append(e_f1)
    return _C_OffsetCommitResponse(f0, f1, None), P


def _d_OffsetCommitResponse_OffsetCommitResponseTopic_OffsetCommitResponsePartition_v8(B: memoryview, P: int) -> tuple[OffsetCommitResponse.OffsetCommitResponseTopic.OffsetCommitResponsePartition, int]:
    (f0, f1,) = _S_ih.unpack_from(B, P)
    P += 6
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_OffsetCommitResponse_OffsetCommitResponseTopic_OffsetCommitResponsePartition(f0, f1, tf), P


def _d_OffsetCommitResponse_OffsetCommitResponseTopic_v8(B: memoryview, P: int) -> tuple[OffsetCommitResponse.OffsetCommitResponseTopic, int]:
    f0, P = read_compact_string(B, P)
    n_f2 = B[P]
    if n_f2 < 0x80:
        P += 1
    else:
        n_f2, P = read_uvarint(B, P)
    n_f2 -= 1
    f2: list[OffsetCommitResponse.OffsetCommitResponseTopic.OffsetCommitResponsePartition]
    if n_f2 < 0:
        raise DecodeError(f'non-nullable array Partitions has length {n_f2}')
    else:
        if n_f2 > len(B) - P:
            raise DecodeError(f'array length {n_f2} exceeds the buffer')
        f2 = []
        for _ in range(n_f2):
            e_f2, P = _d_OffsetCommitResponse_OffsetCommitResponseTopic_OffsetCommitResponsePartition_v8(B, P)
            f2.append(e_f2)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_OffsetCommitResponse_OffsetCommitResponseTopic(f0, ZERO_UUID, f2, tf), P


def _d_OffsetCommitResponse_v8(B: memoryview, P: int) -> tuple[OffsetCommitResponse, int]:
    (f0,) = _S_i.unpack_from(B, P)
    P += 4
    n_f1 = B[P]
    if n_f1 < 0x80:
        P += 1
    else:
        n_f1, P = read_uvarint(B, P)
    n_f1 -= 1
    f1: list[OffsetCommitResponse.OffsetCommitResponseTopic]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Topics has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_OffsetCommitResponse_OffsetCommitResponseTopic_v8(B, P)
            f1.append(e_f1)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_OffsetCommitResponse(f0, f1, tf), P


def _d_OffsetCommitResponse_OffsetCommitResponseTopic_v10(B: memoryview, P: int) -> tuple[OffsetCommitResponse.OffsetCommitResponseTopic, int]:
    f1, P = read_uuid(B, P)
    n_f2 = B[P]
    if n_f2 < 0x80:
        P += 1
    else:
        n_f2, P = read_uvarint(B, P)
    n_f2 -= 1
    f2: list[OffsetCommitResponse.OffsetCommitResponseTopic.OffsetCommitResponsePartition]
    if n_f2 < 0:
        raise DecodeError(f'non-nullable array Partitions has length {n_f2}')
    else:
        if n_f2 > len(B) - P:
            raise DecodeError(f'array length {n_f2} exceeds the buffer')
        f2 = []
        for _ in range(n_f2):
            e_f2, P = _d_OffsetCommitResponse_OffsetCommitResponseTopic_OffsetCommitResponsePartition_v8(B, P)
            f2.append(e_f2)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_OffsetCommitResponse_OffsetCommitResponseTopic('', f1, f2, tf), P


def _d_OffsetCommitResponse_v10(B: memoryview, P: int) -> tuple[OffsetCommitResponse, int]:
    (f0,) = _S_i.unpack_from(B, P)
    P += 4
    n_f1 = B[P]
    if n_f1 < 0x80:
        P += 1
    else:
        n_f1, P = read_uvarint(B, P)
    n_f1 -= 1
    f1: list[OffsetCommitResponse.OffsetCommitResponseTopic]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Topics has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_OffsetCommitResponse_OffsetCommitResponseTopic_v10(B, P)
            f1.append(e_f1)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_OffsetCommitResponse(f0, f1, tf), P


def _e_OffsetCommitResponse_OffsetCommitResponseTopic_OffsetCommitResponsePartition_v2(o: OffsetCommitResponse.OffsetCommitResponseTopic.OffsetCommitResponsePartition, O: bytearray) -> None:
    O += _S_ih.pack(o.partition_index, o.error_code)


def _e_OffsetCommitResponse_OffsetCommitResponseTopic_v2(o: OffsetCommitResponse.OffsetCommitResponseTopic, O: bytearray) -> None:
    write_string(O, o.name)
    a1 = o.partitions
    if a1 is None:
        raise EncodeError('non-nullable array Partitions is None')
    O += _S_i.pack(len(a1))
    for e_a1 in a1:
        _e_OffsetCommitResponse_OffsetCommitResponseTopic_OffsetCommitResponsePartition_v2(e_a1, O)


def _e_OffsetCommitResponse_v2(o: OffsetCommitResponse, O: bytearray) -> None:
    a0 = o.topics
    if a0 is None:
        raise EncodeError('non-nullable array Topics is None')
    O += _S_i.pack(len(a0))
    for e_a0 in a0:
        _e_OffsetCommitResponse_OffsetCommitResponseTopic_v2(e_a0, O)


def _e_OffsetCommitResponse_v3(o: OffsetCommitResponse, O: bytearray) -> None:
    a1 = o.topics
    if a1 is None:
        raise EncodeError('non-nullable array Topics is None')
    O += _S_ii.pack(o.throttle_time_ms, len(a1))
    for e_a1 in a1:
        _e_OffsetCommitResponse_OffsetCommitResponseTopic_v2(e_a1, O)


def _e_OffsetCommitResponse_OffsetCommitResponseTopic_OffsetCommitResponsePartition_v8(o: OffsetCommitResponse.OffsetCommitResponseTopic.OffsetCommitResponsePartition, O: bytearray) -> None:
    O += _S_ih.pack(o.partition_index, o.error_code)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_OffsetCommitResponse_OffsetCommitResponseTopic_v8(o: OffsetCommitResponse.OffsetCommitResponseTopic, O: bytearray) -> None:
    write_compact_string(O, o.name)
    a1 = o.partitions
    if a1 is None:
        raise EncodeError('non-nullable array Partitions is None')
    write_uvarint(O, len(a1) + 1)
    for e_a1 in a1:
        _e_OffsetCommitResponse_OffsetCommitResponseTopic_OffsetCommitResponsePartition_v8(e_a1, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_OffsetCommitResponse_v8(o: OffsetCommitResponse, O: bytearray) -> None:
    O += _S_i.pack(o.throttle_time_ms)
    a1 = o.topics
    if a1 is None:
        raise EncodeError('non-nullable array Topics is None')
    write_uvarint(O, len(a1) + 1)
    for e_a1 in a1:
        _e_OffsetCommitResponse_OffsetCommitResponseTopic_v8(e_a1, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_OffsetCommitResponse_OffsetCommitResponseTopic_v10(o: OffsetCommitResponse.OffsetCommitResponseTopic, O: bytearray) -> None:
    write_uuid(O, o.topic_id)
    a1 = o.partitions
    if a1 is None:
        raise EncodeError('non-nullable array Partitions is None')
    write_uvarint(O, len(a1) + 1)
    for e_a1 in a1:
        _e_OffsetCommitResponse_OffsetCommitResponseTopic_OffsetCommitResponsePartition_v8(e_a1, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_OffsetCommitResponse_v10(o: OffsetCommitResponse, O: bytearray) -> None:
    O += _S_i.pack(o.throttle_time_ms)
    a1 = o.topics
    if a1 is None:
        raise EncodeError('non-nullable array Topics is None')
    write_uvarint(O, len(a1) + 1)
    for e_a1 in a1:
        _e_OffsetCommitResponse_OffsetCommitResponseTopic_v10(e_a1, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


_C_OffsetCommitRequest = OffsetCommitRequest
_C_OffsetCommitRequest_OffsetCommitRequestTopic = OffsetCommitRequest.OffsetCommitRequestTopic
_C_OffsetCommitRequest_OffsetCommitRequestTopic_OffsetCommitRequestPartition = OffsetCommitRequest.OffsetCommitRequestTopic.OffsetCommitRequestPartition
_DEF_C_OffsetCommitRequest_OffsetCommitRequestTopic = _C_OffsetCommitRequest_OffsetCommitRequestTopic()
_DEF_C_OffsetCommitRequest_OffsetCommitRequestTopic_OffsetCommitRequestPartition = _C_OffsetCommitRequest_OffsetCommitRequestTopic_OffsetCommitRequestPartition()
_DEC_OffsetCommitRequest: dict[int, Decoder[OffsetCommitRequest]] = {
    2: _d_OffsetCommitRequest_v2,
    3: _d_OffsetCommitRequest_v2,
    4: _d_OffsetCommitRequest_v2,
    5: _d_OffsetCommitRequest_v5,
    6: _d_OffsetCommitRequest_v6,
    7: _d_OffsetCommitRequest_v7,
    8: _d_OffsetCommitRequest_v8,
    9: _d_OffsetCommitRequest_v8,
    10: _d_OffsetCommitRequest_v10,
}
_ENC_OffsetCommitRequest: dict[int, Encoder[OffsetCommitRequest]] = {
    2: _e_OffsetCommitRequest_v2,
    3: _e_OffsetCommitRequest_v3,
    4: _e_OffsetCommitRequest_v4,
    5: _e_OffsetCommitRequest_v5,
    6: _e_OffsetCommitRequest_v6,
    7: _e_OffsetCommitRequest_v7,
    8: _e_OffsetCommitRequest_v8,
    9: _e_OffsetCommitRequest_v8,
    10: _e_OffsetCommitRequest_v10,
}
OffsetCommitRequest.FIELDS = (
    FieldInfo('GroupId', 'group_id', 'string', (0, OPEN), None, None, None, False, 'groupId', None, None),
    FieldInfo('GenerationIdOrMemberEpoch', 'generation_id_or_member_epoch', 'int32', (1, OPEN), None, None, None, True, None, None, None),
    FieldInfo('MemberId', 'member_id', 'string', (1, OPEN), None, None, None, True, None, None, None),
    FieldInfo('GroupInstanceId', 'group_instance_id', 'string', (7, OPEN), (7, OPEN), None, None, False, None, None, None),
    FieldInfo('RetentionTimeMs', 'retention_time_ms', 'int64', (2, 4), None, None, None, True, None, None, None),
    FieldInfo('Topics', 'topics', '[]OffsetCommitRequestTopic', (0, OPEN), None, None, None, False, None, None, _C_OffsetCommitRequest_OffsetCommitRequestTopic),
)
OffsetCommitRequest.OffsetCommitRequestTopic.FIELDS = (
    FieldInfo('Name', 'name', 'string', (0, 9), None, None, None, True, 'topicName', None, None),
    FieldInfo('TopicId', 'topic_id', 'uuid', (10, OPEN), None, None, None, True, None, None, None),
    FieldInfo('Partitions', 'partitions', '[]OffsetCommitRequestPartition', (0, OPEN), None, None, None, False, None, None, _C_OffsetCommitRequest_OffsetCommitRequestTopic_OffsetCommitRequestPartition),
)
OffsetCommitRequest.OffsetCommitRequestTopic.OffsetCommitRequestPartition.FIELDS = (
    FieldInfo('PartitionIndex', 'partition_index', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('CommittedOffset', 'committed_offset', 'int64', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('CommittedLeaderEpoch', 'committed_leader_epoch', 'int32', (6, OPEN), None, None, None, True, None, None, None),
    FieldInfo('CommittedMetadata', 'committed_metadata', 'string', (0, OPEN), (0, OPEN), None, None, False, None, None, None),
)

_C_OffsetCommitResponse = OffsetCommitResponse
_C_OffsetCommitResponse_OffsetCommitResponseTopic = OffsetCommitResponse.OffsetCommitResponseTopic
_C_OffsetCommitResponse_OffsetCommitResponseTopic_OffsetCommitResponsePartition = OffsetCommitResponse.OffsetCommitResponseTopic.OffsetCommitResponsePartition
_DEF_C_OffsetCommitResponse_OffsetCommitResponseTopic = _C_OffsetCommitResponse_OffsetCommitResponseTopic()
_DEF_C_OffsetCommitResponse_OffsetCommitResponseTopic_OffsetCommitResponsePartition = _C_OffsetCommitResponse_OffsetCommitResponseTopic_OffsetCommitResponsePartition()
_DEC_OffsetCommitResponse: dict[int, Decoder[OffsetCommitResponse]] = {
    2: _d_OffsetCommitResponse_v2,
    3: _d_OffsetCommitResponse_v3,
    4: _d_OffsetCommitResponse_v3,
    5: _d_OffsetCommitResponse_v3,
    6: _d_OffsetCommitResponse_v3,
    7: _d_OffsetCommitResponse_v3,
    8: _d_OffsetCommitResponse_v8,
    9: _d_OffsetCommitResponse_v8,
    10: _d_OffsetCommitResponse_v10,
}
_ENC_OffsetCommitResponse: dict[int, Encoder[OffsetCommitResponse]] = {
    2: _e_OffsetCommitResponse_v2,
    3: _e_OffsetCommitResponse_v3,
    4: _e_OffsetCommitResponse_v3,
    5: _e_OffsetCommitResponse_v3,
    6: _e_OffsetCommitResponse_v3,
    7: _e_OffsetCommitResponse_v3,
    8: _e_OffsetCommitResponse_v8,
    9: _e_OffsetCommitResponse_v8,
    10: _e_OffsetCommitResponse_v10,
}
OffsetCommitResponse.FIELDS = (
    FieldInfo('ThrottleTimeMs', 'throttle_time_ms', 'int32', (3, OPEN), None, None, None, True, None, None, None),
    FieldInfo('Topics', 'topics', '[]OffsetCommitResponseTopic', (0, OPEN), None, None, None, False, None, None, _C_OffsetCommitResponse_OffsetCommitResponseTopic),
)
OffsetCommitResponse.OffsetCommitResponseTopic.FIELDS = (
    FieldInfo('Name', 'name', 'string', (0, 9), None, None, None, True, 'topicName', None, None),
    FieldInfo('TopicId', 'topic_id', 'uuid', (10, OPEN), None, None, None, True, None, None, None),
    FieldInfo('Partitions', 'partitions', '[]OffsetCommitResponsePartition', (0, OPEN), None, None, None, False, None, None, _C_OffsetCommitResponse_OffsetCommitResponseTopic_OffsetCommitResponsePartition),
)
OffsetCommitResponse.OffsetCommitResponseTopic.OffsetCommitResponsePartition.FIELDS = (
    FieldInfo('PartitionIndex', 'partition_index', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('ErrorCode', 'error_code', 'int16', (0, OPEN), None, None, None, False, None, None, None),
)
