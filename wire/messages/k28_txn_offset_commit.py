"""API key 28: TxnOffsetCommit.

GENERATED - DO NOT EDIT. Written by ``python -m wire.generator`` from Apache Kafka 4.1.1's
message definitions (TxnOffsetCommitRequest.json, TxnOffsetCommitResponse.json).
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
_S_qhi = struct.Struct('>qhi')


@dataclass(slots=True)
class TxnOffsetCommitRequest:
    """TxnOffsetCommitRequest (API key 28, versions 0-5).

    Generated from TxnOffsetCommitRequest.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = 28
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 5
    LATEST_VERSION: ClassVar[int] = 5
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
    FLEXIBLE_MIN: ClassVar[int | None] = 3
    #: Who serves this request in Kafka (empty for responses).
    LISTENERS: ClassVar[tuple[str, ...]] = ('broker',)
    FIELDS: ClassVar[tuple[FieldInfo, ...]]

    @dataclass(slots=True)
    class TxnOffsetCommitRequestTopic:
        FIELDS: ClassVar[tuple[FieldInfo, ...]]

        @dataclass(slots=True)
        class TxnOffsetCommitRequestPartition:
            FIELDS: ClassVar[tuple[FieldInfo, ...]]

            #: The index of the partition within the topic.
            partition_index: int = 0
            #: The message offset to be committed.
            committed_offset: int = 0
            #: The leader epoch of the last consumed record.
            committed_leader_epoch: int = -1
            #: Any associated metadata the client wants to keep.
            committed_metadata: str | None = ''
            #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
            unknown_tagged_fields: list[tuple[int, bytes]] | None = None

        #: The topic name.
        name: str = ''
        #: The partitions inside the topic that we want to commit offsets for.
        partitions: list[TxnOffsetCommitRequest.TxnOffsetCommitRequestTopic.TxnOffsetCommitRequestPartition] = field(default_factory=list)
        #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
        unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    TxnOffsetCommitRequestPartition = TxnOffsetCommitRequestTopic.TxnOffsetCommitRequestPartition
    #: The ID of the transaction.
    transactional_id: str = ''
    #: The ID of the group.
    group_id: str = ''
    #: The current producer ID in use by the transactional ID.
    producer_id: int = 0
    #: The current epoch associated with the producer ID.
    producer_epoch: int = 0
    #: The generation of the consumer.
    generation_id: int = -1
    #: The member ID assigned by the group coordinator.
    member_id: str = ''
    #: The unique identifier of the consumer instance provided by end user.
    group_instance_id: str | None = None
    #: Each topic that we want to commit offsets for.
    topics: list[TxnOffsetCommitRequest.TxnOffsetCommitRequestTopic] = field(default_factory=list)
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> TxnOffsetCommitRequest:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_TxnOffsetCommitRequest, data, version, 'TxnOffsetCommitRequest', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_TxnOffsetCommitRequest, self, version, 'TxnOffsetCommitRequest')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_TxnOffsetCommitRequest, self, version, 'TxnOffsetCommitRequest')


@dataclass(slots=True)
class TxnOffsetCommitResponse:
    """TxnOffsetCommitResponse (API key 28, versions 0-5).

    Generated from TxnOffsetCommitResponse.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = 28
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 5
    LATEST_VERSION: ClassVar[int] = 5
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
    FLEXIBLE_MIN: ClassVar[int | None] = 3
    #: Who serves this request in Kafka (empty for responses).
    LISTENERS: ClassVar[tuple[str, ...]] = ()
    FIELDS: ClassVar[tuple[FieldInfo, ...]]

    @dataclass(slots=True)
    class TxnOffsetCommitResponseTopic:
        FIELDS: ClassVar[tuple[FieldInfo, ...]]

        @dataclass(slots=True)
        class TxnOffsetCommitResponsePartition:
            FIELDS: ClassVar[tuple[FieldInfo, ...]]

            #: The partition index.
            partition_index: int = 0
            #: The error code, or 0 if there was no error.
            error_code: int = 0
            #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
            unknown_tagged_fields: list[tuple[int, bytes]] | None = None

        #: The topic name.
        name: str = ''
        #: The responses for each partition in the topic.
        partitions: list[TxnOffsetCommitResponse.TxnOffsetCommitResponseTopic.TxnOffsetCommitResponsePartition] = field(default_factory=list)
        #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
        unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    TxnOffsetCommitResponsePartition = TxnOffsetCommitResponseTopic.TxnOffsetCommitResponsePartition
    #: The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    throttle_time_ms: int = 0
    #: The responses for each topic.
    topics: list[TxnOffsetCommitResponse.TxnOffsetCommitResponseTopic] = field(default_factory=list)
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> TxnOffsetCommitResponse:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_TxnOffsetCommitResponse, data, version, 'TxnOffsetCommitResponse', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_TxnOffsetCommitResponse, self, version, 'TxnOffsetCommitResponse')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_TxnOffsetCommitResponse, self, version, 'TxnOffsetCommitResponse')

def _d_TxnOffsetCommitRequest_TxnOffsetCommitRequestTopic_TxnOffsetCommitRequestPartition_v0(B: memoryview, P: int) -> tuple[TxnOffsetCommitRequest.TxnOffsetCommitRequestTopic.TxnOffsetCommitRequestPartition, int]:
    (f0, f1,) = _S_iq.unpack_from(B, P)
    P += 12
    f3, P = read_nullable_string(B, P)
    return _C_TxnOffsetCommitRequest_TxnOffsetCommitRequestTopic_TxnOffsetCommitRequestPartition(f0, f1, -1, f3, None), P


def _d_TxnOffsetCommitRequest_TxnOffsetCommitRequestTopic_v0(B: memoryview, P: int) -> tuple[TxnOffsetCommitRequest.TxnOffsetCommitRequestTopic, int]:
    f0, P = read_string(B, P)
    (n_f1,) = _S_i.unpack_from(B, P)
    P += 4
    f1: list[TxnOffsetCommitRequest.TxnOffsetCommitRequestTopic.TxnOffsetCommitRequestPartition]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Partitions has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_TxnOffsetCommitRequest_TxnOffsetCommitRequestTopic_TxnOffsetCommitRequestPartition_v0(B, P)
            f1.append(e_f1)
    return _C_TxnOffsetCommitRequest_TxnOffsetCommitRequestTopic(f0, f1, None), P


def _d_TxnOffsetCommitRequest_v0(B: memoryview, P: int) -> tuple[TxnOffsetCommitRequest, int]:
    f0, P = read_string(B, P)
    f1, P = read_string(B, P)
    (f2, f3, n_f7,) = _S_qhi.unpack_from(B, P)
    P += 14
    f7: list[TxnOffsetCommitRequest.TxnOffsetCommitRequestTopic]
    if n_f7 < 0:
        raise DecodeError(f'non-nullable array Topics has length {n_f7}')
    else:
        if n_f7 > len(B) - P:
            raise DecodeError(f'array length {n_f7} exceeds the buffer')
        f7 = []
        for _ in range(n_f7):
            e_f7, P = _d_TxnOffsetCommitRequest_TxnOffsetCommitRequestTopic_v0(B, P)
            f7.append(e_f7)
    return _C_TxnOffsetCommitRequest(f0, f1, f2, f3, -1, '', None, f7, None), P


def _d_TxnOffsetCommitRequest_TxnOffsetCommitRequestTopic_TxnOffsetCommitRequestPartition_v2(B: memoryview, P: int) -> tuple[TxnOffsetCommitRequest.TxnOffsetCommitRequestTopic.TxnOffsetCommitRequestPartition, int]:
    (f0, f1, f2,) = _S_iqi.unpack_from(B, P)
    P += 16
    f3, P = read_nullable_string(B, P)
    return _C_TxnOffsetCommitRequest_TxnOffsetCommitRequestTopic_TxnOffsetCommitRequestPartition(f0, f1, f2, f3, None), P


def _d_TxnOffsetCommitRequest_TxnOffsetCommitRequestTopic_v2(B: memoryview, P: int) -> tuple[TxnOffsetCommitRequest.TxnOffsetCommitRequestTopic, int]:
    f0, P = read_string(B, P)
    (n_f1,) = _S_i.unpack_from(B, P)
    P += 4
    f1: list[TxnOffsetCommitRequest.TxnOffsetCommitRequestTopic.TxnOffsetCommitRequestPartition]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Partitions has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_TxnOffsetCommitRequest_TxnOffsetCommitRequestTopic_TxnOffsetCommitRequestPartition_v2(B, P)
            f1.append(e_f1)
    return _C_TxnOffsetCommitRequest_TxnOffsetCommitRequestTopic(f0, f1, None), P


def _d_TxnOffsetCommitRequest_v2(B: memoryview, P: int) -> tuple[TxnOffsetCommitRequest, int]:
    f0, P = read_string(B, P)
    f1, P = read_string(B, P)
    (f2, f3, n_f7,) = _S_qhi.unpack_from(B, P)
    P += 14
    f7: list[TxnOffsetCommitRequest.TxnOffsetCommitRequestTopic]
    if n_f7 < 0:
        raise DecodeError(f'non-nullable array Topics has length {n_f7}')
    else:
        if n_f7 > len(B) - P:
            raise DecodeError(f'array length {n_f7} exceeds the buffer')
        f7 = []
        for _ in range(n_f7):
            e_f7, P = _d_TxnOffsetCommitRequest_TxnOffsetCommitRequestTopic_v2(B, P)
            f7.append(e_f7)
    return _C_TxnOffsetCommitRequest(f0, f1, f2, f3, -1, '', None, f7, None), P


def _d_TxnOffsetCommitRequest_TxnOffsetCommitRequestTopic_TxnOffsetCommitRequestPartition_v3(B: memoryview, P: int) -> tuple[TxnOffsetCommitRequest.TxnOffsetCommitRequestTopic.TxnOffsetCommitRequestPartition, int]:
    (f0, f1, f2,) = _S_iqi.unpack_from(B, P)
    P += 16
    f3, P = read_compact_nullable_string(B, P)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_TxnOffsetCommitRequest_TxnOffsetCommitRequestTopic_TxnOffsetCommitRequestPartition(f0, f1, f2, f3, tf), P


def _d_TxnOffsetCommitRequest_TxnOffsetCommitRequestTopic_v3(B: memoryview, P: int) -> tuple[TxnOffsetCommitRequest.TxnOffsetCommitRequestTopic, int]:
    f0, P = read_compact_string(B, P)
    n_f1 = B[P]
    if n_f1 < 0x80:
        P += 1
    else:
        n_f1, P = read_uvarint(B, P)
    n_f1 -= 1
    f1: list[TxnOffsetCommitRequest.TxnOffsetCommitRequestTopic.TxnOffsetCommitRequestPartition]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Partitions has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_TxnOffsetCommitRequest_TxnOffsetCommitRequestTopic_TxnOffsetCommitRequestPartition_v3(B, P)
            f1.append(e_f1)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_TxnOffsetCommitRequest_TxnOffsetCommitRequestTopic(f0, f1, tf), P


def _d_TxnOffsetCommitRequest_v3(B: memoryview, P: int) -> tuple[TxnOffsetCommitRequest, int]:
    f0, P = read_compact_string(B, P)
    f1, P = read_compact_string(B, P)
    (f2, f3, f4,) = _S_qhi.unpack_from(B, P)
    P += 14
    f5, P = read_compact_string(B, P)
    f6, P = read_compact_nullable_string(B, P)
    n_f7 = B[P]
    if n_f7 < 0x80:
        P += 1
    else:
        n_f7, P = read_uvarint(B, P)
    n_f7 -= 1
    f7: list[TxnOffsetCommitRequest.TxnOffsetCommitRequestTopic]
    if n_f7 < 0:
        raise DecodeError(f'non-nullable array Topics has length {n_f7}')
    else:
        if n_f7 > len(B) - P:
            raise DecodeError(f'array length {n_f7} exceeds the buffer')
        f7 = []
        for _ in range(n_f7):
            e_f7, P = _d_TxnOffsetCommitRequest_TxnOffsetCommitRequestTopic_v3(B, P)
            f7.append(e_f7)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_TxnOffsetCommitRequest(f0, f1, f2, f3, f4, f5, f6, f7, tf), P


def _e_TxnOffsetCommitRequest_TxnOffsetCommitRequestTopic_TxnOffsetCommitRequestPartition_v0(o: TxnOffsetCommitRequest.TxnOffsetCommitRequestTopic.TxnOffsetCommitRequestPartition, O: bytearray) -> None:
    O += _S_iq.pack(o.partition_index, o.committed_offset)
    write_nullable_string(O, o.committed_metadata)


def _e_TxnOffsetCommitRequest_TxnOffsetCommitRequestTopic_v0(o: TxnOffsetCommitRequest.TxnOffsetCommitRequestTopic, O: bytearray) -> None:
    write_string(O, o.name)
    a1 = o.partitions
    if a1 is None:
        raise EncodeError('non-nullable array Partitions is None')
    O += _S_i.pack(len(a1))
    for e_a1 in a1:
        _e_TxnOffsetCommitRequest_TxnOffsetCommitRequestTopic_TxnOffsetCommitRequestPartition_v0(e_a1, O)


def _e_TxnOffsetCommitRequest_v0(o: TxnOffsetCommitRequest, O: bytearray) -> None:
    if o.generation_id != -1:
        raise EncodeError('TxnOffsetCommitRequest.GenerationId is not supported in version 0')
    if o.member_id != '':
        raise EncodeError('TxnOffsetCommitRequest.MemberId is not supported in version 0')
    if o.group_instance_id is not None:
        raise EncodeError('TxnOffsetCommitRequest.GroupInstanceId is not supported in version 0')
    write_string(O, o.transactional_id)
    write_string(O, o.group_id)
    a4 = o.topics
    if a4 is None:
        raise EncodeError('non-nullable array Topics is None')
    O += _S_qhi.pack(o.producer_id, o.producer_epoch, len(a4))
    for e_a4 in a4:
        _e_TxnOffsetCommitRequest_TxnOffsetCommitRequestTopic_v0(e_a4, O)


def _e_TxnOffsetCommitRequest_v1(o: TxnOffsetCommitRequest, O: bytearray) -> None:
    if o.generation_id != -1:
        raise EncodeError('TxnOffsetCommitRequest.GenerationId is not supported in version 1')
    if o.member_id != '':
        raise EncodeError('TxnOffsetCommitRequest.MemberId is not supported in version 1')
    if o.group_instance_id is not None:
        raise EncodeError('TxnOffsetCommitRequest.GroupInstanceId is not supported in version 1')
    write_string(O, o.transactional_id)
    write_string(O, o.group_id)
    a4 = o.topics
    if a4 is None:
        raise EncodeError('non-nullable array Topics is None')
    O += _S_qhi.pack(o.producer_id, o.producer_epoch, len(a4))
    for e_a4 in a4:
        _e_TxnOffsetCommitRequest_TxnOffsetCommitRequestTopic_v0(e_a4, O)


def _e_TxnOffsetCommitRequest_TxnOffsetCommitRequestTopic_TxnOffsetCommitRequestPartition_v2(o: TxnOffsetCommitRequest.TxnOffsetCommitRequestTopic.TxnOffsetCommitRequestPartition, O: bytearray) -> None:
    O += _S_iqi.pack(o.partition_index, o.committed_offset, o.committed_leader_epoch)
    write_nullable_string(O, o.committed_metadata)


def _e_TxnOffsetCommitRequest_TxnOffsetCommitRequestTopic_v2(o: TxnOffsetCommitRequest.TxnOffsetCommitRequestTopic, O: bytearray) -> None:
    write_string(O, o.name)
    a1 = o.partitions
    if a1 is None:
        raise EncodeError('non-nullable array Partitions is None')
    O += _S_i.pack(len(a1))
    for e_a1 in a1:
        _e_TxnOffsetCommitRequest_TxnOffsetCommitRequestTopic_TxnOffsetCommitRequestPartition_v2(e_a1, O)


def _e_TxnOffsetCommitRequest_v2(o: TxnOffsetCommitRequest, O: bytearray) -> None:
    if o.generation_id != -1:
        raise EncodeError('TxnOffsetCommitRequest.GenerationId is not supported in version 2')
    if o.member_id != '':
        raise EncodeError('TxnOffsetCommitRequest.MemberId is not supported in version 2')
    if o.group_instance_id is not None:
        raise EncodeError('TxnOffsetCommitRequest.GroupInstanceId is not supported in version 2')
    write_string(O, o.transactional_id)
    write_string(O, o.group_id)
    a4 = o.topics
    if a4 is None:
        raise EncodeError('non-nullable array Topics is None')
    O += _S_qhi.pack(o.producer_id, o.producer_epoch, len(a4))
    for e_a4 in a4:
        _e_TxnOffsetCommitRequest_TxnOffsetCommitRequestTopic_v2(e_a4, O)


def _e_TxnOffsetCommitRequest_TxnOffsetCommitRequestTopic_TxnOffsetCommitRequestPartition_v3(o: TxnOffsetCommitRequest.TxnOffsetCommitRequestTopic.TxnOffsetCommitRequestPartition, O: bytearray) -> None:
    O += _S_iqi.pack(o.partition_index, o.committed_offset, o.committed_leader_epoch)
    write_compact_nullable_string(O, o.committed_metadata)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_TxnOffsetCommitRequest_TxnOffsetCommitRequestTopic_v3(o: TxnOffsetCommitRequest.TxnOffsetCommitRequestTopic, O: bytearray) -> None:
    write_compact_string(O, o.name)
    a1 = o.partitions
    if a1 is None:
        raise EncodeError('non-nullable array Partitions is None')
    write_uvarint(O, len(a1) + 1)
    for e_a1 in a1:
        _e_TxnOffsetCommitRequest_TxnOffsetCommitRequestTopic_TxnOffsetCommitRequestPartition_v3(e_a1, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_TxnOffsetCommitRequest_v3(o: TxnOffsetCommitRequest, O: bytearray) -> None:
    write_compact_string(O, o.transactional_id)
    write_compact_string(O, o.group_id)
    O += _S_qhi.pack(o.producer_id, o.producer_epoch, o.generation_id)
    write_compact_string(O, o.member_id)
    write_compact_nullable_string(O, o.group_instance_id)
    a7 = o.topics
    if a7 is None:
        raise EncodeError('non-nullable array Topics is None')
    write_uvarint(O, len(a7) + 1)
    for e_a7 in a7:
        _e_TxnOffsetCommitRequest_TxnOffsetCommitRequestTopic_v3(e_a7, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _d_TxnOffsetCommitResponse_TxnOffsetCommitResponseTopic_TxnOffsetCommitResponsePartition_v0(B: memoryview, P: int) -> tuple[TxnOffsetCommitResponse.TxnOffsetCommitResponseTopic.TxnOffsetCommitResponsePartition, int]:
    (f0, f1,) = _S_ih.unpack_from(B, P)
    P += 6
    return _C_TxnOffsetCommitResponse_TxnOffsetCommitResponseTopic_TxnOffsetCommitResponsePartition(f0, f1, None), P


def _d_TxnOffsetCommitResponse_TxnOffsetCommitResponseTopic_v0(B: memoryview, P: int) -> tuple[TxnOffsetCommitResponse.TxnOffsetCommitResponseTopic, int]:
    f0, P = read_string(B, P)
    (n_f1,) = _S_i.unpack_from(B, P)
    P += 4
    f1: list[TxnOffsetCommitResponse.TxnOffsetCommitResponseTopic.TxnOffsetCommitResponsePartition]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Partitions has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_TxnOffsetCommitResponse_TxnOffsetCommitResponseTopic_TxnOffsetCommitResponsePartition_v0(B, P)
            f1.append(e_f1)
    return _C_TxnOffsetCommitResponse_TxnOffsetCommitResponseTopic(f0, f1, None), P


def _d_TxnOffsetCommitResponse_v0(B: memoryview, P: int) -> tuple[TxnOffsetCommitResponse, int]:
    (f0, n_f1,) = _S_ii.unpack_from(B, P)
    P += 8
    f1: list[TxnOffsetCommitResponse.TxnOffsetCommitResponseTopic]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Topics has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_TxnOffsetCommitResponse_TxnOffsetCommitResponseTopic_v0(B, P)
            f1.append(e_f1)
    return _C_TxnOffsetCommitResponse(f0, f1, None), P


def _d_TxnOffsetCommitResponse_TxnOffsetCommitResponseTopic_TxnOffsetCommitResponsePartition_v3(B: memoryview, P: int) -> tuple[TxnOffsetCommitResponse.TxnOffsetCommitResponseTopic.TxnOffsetCommitResponsePartition, int]:
    (f0, f1,) = _S_ih.unpack_from(B, P)
    P += 6
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_TxnOffsetCommitResponse_TxnOffsetCommitResponseTopic_TxnOffsetCommitResponsePartition(f0, f1, tf), P


def _d_TxnOffsetCommitResponse_TxnOffsetCommitResponseTopic_v3(B: memoryview, P: int) -> tuple[TxnOffsetCommitResponse.TxnOffsetCommitResponseTopic, int]:
    f0, P = read_compact_string(B, P)
    n_f1 = B[P]
    if n_f1 < 0x80:
        P += 1
    else:
        n_f1, P = read_uvarint(B, P)
    n_f1 -= 1
    f1: list[TxnOffsetCommitResponse.TxnOffsetCommitResponseTopic.TxnOffsetCommitResponsePartition]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Partitions has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_TxnOffsetCommitResponse_TxnOffsetCommitResponseTopic_TxnOffsetCommitResponsePartition_v3(B, P)
            f1.append(e_f1)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_TxnOffsetCommitResponse_TxnOffsetCommitResponseTopic(f0, f1, tf), P


def _d_TxnOffsetCommitResponse_v3(B: memoryview, P: int) -> tuple[TxnOffsetCommitResponse, int]:
    (f0,) = _S_i.unpack_from(B, P)
    P += 4
    n_f1 = B[P]
    if n_f1 < 0x80:
        P += 1
    else:
        n_f1, P = read_uvarint(B, P)
    n_f1 -= 1
    f1: list[TxnOffsetCommitResponse.TxnOffsetCommitResponseTopic]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Topics has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_TxnOffsetCommitResponse_TxnOffsetCommitResponseTopic_v3(B, P)
            f1.append(e_f1)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_TxnOffsetCommitResponse(f0, f1, tf), P


def _e_TxnOffsetCommitResponse_TxnOffsetCommitResponseTopic_TxnOffsetCommitResponsePartition_v0(o: TxnOffsetCommitResponse.TxnOffsetCommitResponseTopic.TxnOffsetCommitResponsePartition, O: bytearray) -> None:
    O += _S_ih.pack(o.partition_index, o.error_code)


def _e_TxnOffsetCommitResponse_TxnOffsetCommitResponseTopic_v0(o: TxnOffsetCommitResponse.TxnOffsetCommitResponseTopic, O: bytearray) -> None:
    write_string(O, o.name)
    a1 = o.partitions
    if a1 is None:
        raise EncodeError('non-nullable array Partitions is None')
    O += _S_i.pack(len(a1))
    for e_a1 in a1:
        _e_TxnOffsetCommitResponse_TxnOffsetCommitResponseTopic_TxnOffsetCommitResponsePartition_v0(e_a1, O)


def _e_TxnOffsetCommitResponse_v0(o: TxnOffsetCommitResponse, O: bytearray) -> None:
    a1 = o.topics
    if a1 is None:
        raise EncodeError('non-nullable array Topics is None')
    O += _S_ii.pack(o.throttle_time_ms, len(a1))
    for e_a1 in a1:
        _e_TxnOffsetCommitResponse_TxnOffsetCommitResponseTopic_v0(e_a1, O)


def _e_TxnOffsetCommitResponse_TxnOffsetCommitResponseTopic_TxnOffsetCommitResponsePartition_v3(o: TxnOffsetCommitResponse.TxnOffsetCommitResponseTopic.TxnOffsetCommitResponsePartition, O: bytearray) -> None:
    O += _S_ih.pack(o.partition_index, o.error_code)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_TxnOffsetCommitResponse_TxnOffsetCommitResponseTopic_v3(o: TxnOffsetCommitResponse.TxnOffsetCommitResponseTopic, O: bytearray) -> None:
    write_compact_string(O, o.name)
    a1 = o.partitions
    if a1 is None:
        raise EncodeError('non-nullable array Partitions is None')
    write_uvarint(O, len(a1) + 1)
    for e_a1 in a1:
        _e_TxnOffsetCommitResponse_TxnOffsetCommitResponseTopic_TxnOffsetCommitResponsePartition_v3(e_a1, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_TxnOffsetCommitResponse_v3(o: TxnOffsetCommitResponse, O: bytearray) -> None:
    O += _S_i.pack(o.throttle_time_ms)
    a1 = o.topics
    if a1 is None:
        raise EncodeError('non-nullable array Topics is None')
    write_uvarint(O, len(a1) + 1)
    for e_a1 in a1:
        _e_TxnOffsetCommitResponse_TxnOffsetCommitResponseTopic_v3(e_a1, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


_C_TxnOffsetCommitRequest = TxnOffsetCommitRequest
_C_TxnOffsetCommitRequest_TxnOffsetCommitRequestTopic = TxnOffsetCommitRequest.TxnOffsetCommitRequestTopic
_C_TxnOffsetCommitRequest_TxnOffsetCommitRequestTopic_TxnOffsetCommitRequestPartition = TxnOffsetCommitRequest.TxnOffsetCommitRequestTopic.TxnOffsetCommitRequestPartition
_DEF_C_TxnOffsetCommitRequest_TxnOffsetCommitRequestTopic = _C_TxnOffsetCommitRequest_TxnOffsetCommitRequestTopic()
_DEF_C_TxnOffsetCommitRequest_TxnOffsetCommitRequestTopic_TxnOffsetCommitRequestPartition = _C_TxnOffsetCommitRequest_TxnOffsetCommitRequestTopic_TxnOffsetCommitRequestPartition()
_DEC_TxnOffsetCommitRequest: dict[int, Decoder[TxnOffsetCommitRequest]] = {
    0: _d_TxnOffsetCommitRequest_v0,
    1: _d_TxnOffsetCommitRequest_v0,
    2: _d_TxnOffsetCommitRequest_v2,
    3: _d_TxnOffsetCommitRequest_v3,
    4: _d_TxnOffsetCommitRequest_v3,
    5: _d_TxnOffsetCommitRequest_v3,
}
_ENC_TxnOffsetCommitRequest: dict[int, Encoder[TxnOffsetCommitRequest]] = {
    0: _e_TxnOffsetCommitRequest_v0,
    1: _e_TxnOffsetCommitRequest_v1,
    2: _e_TxnOffsetCommitRequest_v2,
    3: _e_TxnOffsetCommitRequest_v3,
    4: _e_TxnOffsetCommitRequest_v3,
    5: _e_TxnOffsetCommitRequest_v3,
}
TxnOffsetCommitRequest.FIELDS = (
    FieldInfo('TransactionalId', 'transactional_id', 'string', (0, OPEN), None, None, None, False, 'transactionalId', None, None),
    FieldInfo('GroupId', 'group_id', 'string', (0, OPEN), None, None, None, False, 'groupId', None, None),
    FieldInfo('ProducerId', 'producer_id', 'int64', (0, OPEN), None, None, None, False, 'producerId', None, None),
    FieldInfo('ProducerEpoch', 'producer_epoch', 'int16', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('GenerationId', 'generation_id', 'int32', (3, OPEN), None, None, None, False, None, None, None),
    FieldInfo('MemberId', 'member_id', 'string', (3, OPEN), None, None, None, False, None, None, None),
    FieldInfo('GroupInstanceId', 'group_instance_id', 'string', (3, OPEN), (3, OPEN), None, None, False, None, None, None),
    FieldInfo('Topics', 'topics', '[]TxnOffsetCommitRequestTopic', (0, OPEN), None, None, None, False, None, None, _C_TxnOffsetCommitRequest_TxnOffsetCommitRequestTopic),
)
TxnOffsetCommitRequest.TxnOffsetCommitRequestTopic.FIELDS = (
    FieldInfo('Name', 'name', 'string', (0, OPEN), None, None, None, False, 'topicName', None, None),
    FieldInfo('Partitions', 'partitions', '[]TxnOffsetCommitRequestPartition', (0, OPEN), None, None, None, False, None, None, _C_TxnOffsetCommitRequest_TxnOffsetCommitRequestTopic_TxnOffsetCommitRequestPartition),
)
TxnOffsetCommitRequest.TxnOffsetCommitRequestTopic.TxnOffsetCommitRequestPartition.FIELDS = (
    FieldInfo('PartitionIndex', 'partition_index', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('CommittedOffset', 'committed_offset', 'int64', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('CommittedLeaderEpoch', 'committed_leader_epoch', 'int32', (2, OPEN), None, None, None, True, None, None, None),
    FieldInfo('CommittedMetadata', 'committed_metadata', 'string', (0, OPEN), (0, OPEN), None, None, False, None, None, None),
)

_C_TxnOffsetCommitResponse = TxnOffsetCommitResponse
_C_TxnOffsetCommitResponse_TxnOffsetCommitResponseTopic = TxnOffsetCommitResponse.TxnOffsetCommitResponseTopic
_C_TxnOffsetCommitResponse_TxnOffsetCommitResponseTopic_TxnOffsetCommitResponsePartition = TxnOffsetCommitResponse.TxnOffsetCommitResponseTopic.TxnOffsetCommitResponsePartition
_DEF_C_TxnOffsetCommitResponse_TxnOffsetCommitResponseTopic = _C_TxnOffsetCommitResponse_TxnOffsetCommitResponseTopic()
_DEF_C_TxnOffsetCommitResponse_TxnOffsetCommitResponseTopic_TxnOffsetCommitResponsePartition = _C_TxnOffsetCommitResponse_TxnOffsetCommitResponseTopic_TxnOffsetCommitResponsePartition()
_DEC_TxnOffsetCommitResponse: dict[int, Decoder[TxnOffsetCommitResponse]] = {
    0: _d_TxnOffsetCommitResponse_v0,
    1: _d_TxnOffsetCommitResponse_v0,
    2: _d_TxnOffsetCommitResponse_v0,
    3: _d_TxnOffsetCommitResponse_v3,
    4: _d_TxnOffsetCommitResponse_v3,
    5: _d_TxnOffsetCommitResponse_v3,
}
_ENC_TxnOffsetCommitResponse: dict[int, Encoder[TxnOffsetCommitResponse]] = {
    0: _e_TxnOffsetCommitResponse_v0,
    1: _e_TxnOffsetCommitResponse_v0,
    2: _e_TxnOffsetCommitResponse_v0,
    3: _e_TxnOffsetCommitResponse_v3,
    4: _e_TxnOffsetCommitResponse_v3,
    5: _e_TxnOffsetCommitResponse_v3,
}
TxnOffsetCommitResponse.FIELDS = (
    FieldInfo('ThrottleTimeMs', 'throttle_time_ms', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Topics', 'topics', '[]TxnOffsetCommitResponseTopic', (0, OPEN), None, None, None, False, None, None, _C_TxnOffsetCommitResponse_TxnOffsetCommitResponseTopic),
)
TxnOffsetCommitResponse.TxnOffsetCommitResponseTopic.FIELDS = (
    FieldInfo('Name', 'name', 'string', (0, OPEN), None, None, None, False, 'topicName', None, None),
    FieldInfo('Partitions', 'partitions', '[]TxnOffsetCommitResponsePartition', (0, OPEN), None, None, None, False, None, None, _C_TxnOffsetCommitResponse_TxnOffsetCommitResponseTopic_TxnOffsetCommitResponsePartition),
)
TxnOffsetCommitResponse.TxnOffsetCommitResponseTopic.TxnOffsetCommitResponsePartition.FIELDS = (
    FieldInfo('PartitionIndex', 'partition_index', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('ErrorCode', 'error_code', 'int16', (0, OPEN), None, None, None, False, None, None, None),
)
