"""API key 55: DescribeQuorum.

GENERATED - DO NOT EDIT. Written by ``python -m wire.generator`` from Apache Kafka 4.1.1's
message definitions (DescribeQuorumRequest.json, DescribeQuorumResponse.json).
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


_S_H = struct.Struct('>H')
_S_h = struct.Struct('>h')
_S_i = struct.Struct('>i')
_S_ih = struct.Struct('>ih')
_S_ihiiq = struct.Struct('>ihiiq')
_S_iiq = struct.Struct('>iiq')
_S_iq = struct.Struct('>iq')
_S_iqqq = struct.Struct('>iqqq')
_S_qqq = struct.Struct('>qqq')


@dataclass(slots=True)
class DescribeQuorumRequest:
    """DescribeQuorumRequest (API key 55, versions 0-2).

    Generated from DescribeQuorumRequest.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = 55
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 2
    LATEST_VERSION: ClassVar[int] = 2
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
    FLEXIBLE_MIN: ClassVar[int | None] = 0
    #: Who serves this request in Kafka (empty for responses).
    LISTENERS: ClassVar[tuple[str, ...]] = ('broker', 'controller')
    FIELDS: ClassVar[tuple[FieldInfo, ...]]

    @dataclass(slots=True)
    class TopicData:
        FIELDS: ClassVar[tuple[FieldInfo, ...]]

        @dataclass(slots=True)
        class PartitionData:
            FIELDS: ClassVar[tuple[FieldInfo, ...]]

            #: The partition index.
            partition_index: int = 0
            #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
            unknown_tagged_fields: list[tuple[int, bytes]] | None = None

        #: The topic name.
        topic_name: str = ''
        #: The partitions to describe.
        partitions: list[DescribeQuorumRequest.TopicData.PartitionData] = field(default_factory=list)
        #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
        unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    PartitionData = TopicData.PartitionData
    #: The topics to describe.
    topics: list[DescribeQuorumRequest.TopicData] = field(default_factory=list)
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> DescribeQuorumRequest:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_DescribeQuorumRequest, data, version, 'DescribeQuorumRequest', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_DescribeQuorumRequest, self, version, 'DescribeQuorumRequest')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_DescribeQuorumRequest, self, version, 'DescribeQuorumRequest')


@dataclass(slots=True)
class DescribeQuorumResponse:
    """DescribeQuorumResponse (API key 55, versions 0-2).

    Generated from DescribeQuorumResponse.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = 55
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 2
    LATEST_VERSION: ClassVar[int] = 2
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
    FLEXIBLE_MIN: ClassVar[int | None] = 0
    #: Who serves this request in Kafka (empty for responses).
    LISTENERS: ClassVar[tuple[str, ...]] = ()
    FIELDS: ClassVar[tuple[FieldInfo, ...]]

    @dataclass(slots=True)
    class ReplicaState:
        FIELDS: ClassVar[tuple[FieldInfo, ...]]

        #: The ID of the replica.
        replica_id: int = 0
        #: The replica directory ID of the replica.
        replica_directory_id: UUID = ZERO_UUID
        #: The last known log end offset of the follower or -1 if it is unknown.
        log_end_offset: int = 0
        #: The last known leader wall clock time time when a follower fetched from the leader. This is reported as -1 both for the current leader or if it is unknown for a voter.
        last_fetch_timestamp: int = -1
        #: The leader wall clock append time of the offset for which the follower made the most recent fetch request. This is reported as the current time for the leader and -1 if unknown for a voter.
        last_caught_up_timestamp: int = -1
        #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
        unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @dataclass(slots=True)
    class TopicData:
        FIELDS: ClassVar[tuple[FieldInfo, ...]]

        @dataclass(slots=True)
        class PartitionData:
            FIELDS: ClassVar[tuple[FieldInfo, ...]]

            #: The partition index.
            partition_index: int = 0
            #: The partition error code.
            error_code: int = 0
            #: The error message, or null if there was no error.
            error_message: str | None = ''
            #: The ID of the current leader or -1 if the leader is unknown.
            leader_id: int = 0
            #: The latest known leader epoch.
            leader_epoch: int = 0
            #: The high water mark.
            high_watermark: int = 0
            #: The current voters of the partition.
            current_voters: list[DescribeQuorumResponse.ReplicaState] = field(default_factory=list)
            #: The observers of the partition.
            observers: list[DescribeQuorumResponse.ReplicaState] = field(default_factory=list)
            #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
            unknown_tagged_fields: list[tuple[int, bytes]] | None = None

        #: The topic name.
        topic_name: str = ''
        #: The partition data.
        partitions: list[DescribeQuorumResponse.TopicData.PartitionData] = field(default_factory=list)
        #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
        unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @dataclass(slots=True)
    class Node:
        FIELDS: ClassVar[tuple[FieldInfo, ...]]

        @dataclass(slots=True)
        class Listener:
            FIELDS: ClassVar[tuple[FieldInfo, ...]]

            #: The name of the endpoint.
            name: str = ''
            #: The hostname.
            host: str = ''
            #: The port.
            port: int = 0
            #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
            unknown_tagged_fields: list[tuple[int, bytes]] | None = None

        #: The ID of the associated node.
        node_id: int = 0
        #: The listeners of this controller.
        listeners: list[DescribeQuorumResponse.Node.Listener] = field(default_factory=list)
        #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
        unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    PartitionData = TopicData.PartitionData
    Listener = Node.Listener
    #: The top level error code.
    error_code: int = 0
    #: The error message, or null if there was no error.
    error_message: str | None = ''
    #: The response from the describe quorum API.
    topics: list[DescribeQuorumResponse.TopicData] = field(default_factory=list)
    #: The nodes in the quorum.
    nodes: list[DescribeQuorumResponse.Node] = field(default_factory=list)
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> DescribeQuorumResponse:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_DescribeQuorumResponse, data, version, 'DescribeQuorumResponse', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_DescribeQuorumResponse, self, version, 'DescribeQuorumResponse')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_DescribeQuorumResponse, self, version, 'DescribeQuorumResponse')

def _d_DescribeQuorumRequest_TopicData_PartitionData_v0(B: memoryview, P: int) -> tuple[DescribeQuorumRequest.TopicData.PartitionData, int]:
    (f0,) = _S_i.unpack_from(B, P)
    P += 4
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_DescribeQuorumRequest_TopicData_PartitionData(f0, tf), P


def _d_DescribeQuorumRequest_TopicData_v0(B: memoryview, P: int) -> tuple[DescribeQuorumRequest.TopicData, int]:
    f0, P = read_compact_string(B, P)
    n_f1 = B[P]
    if n_f1 < 0x80:
        P += 1
    else:
        n_f1, P = read_uvarint(B, P)
    n_f1 -= 1
    f1: list[DescribeQuorumRequest.TopicData.PartitionData]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Partitions has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_DescribeQuorumRequest_TopicData_PartitionData_v0(B, P)
            f1.append(e_f1)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_DescribeQuorumRequest_TopicData(f0, f1, tf), P


def _d_DescribeQuorumRequest_v0(B: memoryview, P: int) -> tuple[DescribeQuorumRequest, int]:
    n_f0 = B[P]
    if n_f0 < 0x80:
        P += 1
    else:
        n_f0, P = read_uvarint(B, P)
    n_f0 -= 1
    f0: list[DescribeQuorumRequest.TopicData]
    if n_f0 < 0:
        raise DecodeError(f'non-nullable array Topics has length {n_f0}')
    else:
        if n_f0 > len(B) - P:
            raise DecodeError(f'array length {n_f0} exceeds the buffer')
        f0 = []
        for _ in range(n_f0):
            e_f0, P = _d_DescribeQuorumRequest_TopicData_v0(B, P)
            f0.append(e_f0)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_DescribeQuorumRequest(f0, tf), P


def _e_DescribeQuorumRequest_TopicData_PartitionData_v0(o: DescribeQuorumRequest.TopicData.PartitionData, O: bytearray) -> None:
    O += _S_i.pack(o.partition_index)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_DescribeQuorumRequest_TopicData_v0(o: DescribeQuorumRequest.TopicData, O: bytearray) -> None:
    write_compact_string(O, o.topic_name)
    a1 = o.partitions
    if a1 is None:
        raise EncodeError('non-nullable array Partitions is None')
    write_uvarint(O, len(a1) + 1)
    for e_a1 in a1:
        _e_DescribeQuorumRequest_TopicData_PartitionData_v0(e_a1, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_DescribeQuorumRequest_v0(o: DescribeQuorumRequest, O: bytearray) -> None:
    a0 = o.topics
    if a0 is None:
        raise EncodeError('non-nullable array Topics is None')
    write_uvarint(O, len(a0) + 1)
    for e_a0 in a0:
        _e_DescribeQuorumRequest_TopicData_v0(e_a0, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _d_DescribeQuorumResponse_ReplicaState_v0(B: memoryview, P: int) -> tuple[DescribeQuorumResponse.ReplicaState, int]:
    (f0, f2,) = _S_iq.unpack_from(B, P)
    P += 12
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_DescribeQuorumResponse_ReplicaState(f0, ZERO_UUID, f2, -1, -1, tf), P


def _d_DescribeQuorumResponse_TopicData_PartitionData_v0(B: memoryview, P: int) -> tuple[DescribeQuorumResponse.TopicData.PartitionData, int]:
    (f0, f1, f3, f4, f5,) = _S_ihiiq.unpack_from(B, P)
    P += 22
    n_f6 = B[P]
    if n_f6 < 0x80:
        P += 1
    else:
        n_f6, P = read_uvarint(B, P)
    n_f6 -= 1
    f6: list[DescribeQuorumResponse.ReplicaState]
    if n_f6 < 0:
        raise DecodeError(f'non-nullable array CurrentVoters has length {n_f6}')
    else:
        if n_f6 > len(B) - P:
            raise DecodeError(f'array length {n_f6} exceeds the buffer')
        f6 = []
        for _ in range(n_f6):
            e_f6, P = _d_DescribeQuorumResponse_ReplicaState_v0(B, P)
            f6.append(e_f6)
    n_f7 = B[P]
    if n_f7 < 0x80:
        P += 1
    else:
        n_f7, P = read_uvarint(B, P)
    n_f7 -= 1
    f7: list[DescribeQuorumResponse.ReplicaState]
    if n_f7 < 0:
        raise DecodeError(f'non-nullable array Observers has length {n_f7}')
    else:
        if n_f7 > len(B) - P:
            raise DecodeError(f'array length {n_f7} exceeds the buffer')
        f7 = []
        for _ in range(n_f7):
            e_f7, P = _d_DescribeQuorumResponse_ReplicaState_v0(B, P)
            f7.append(e_f7)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_DescribeQuorumResponse_TopicData_PartitionData(f0, f1, '', f3, f4, f5, f6, f7, tf), P


def _d_DescribeQuorumResponse_TopicData_v0(B: memoryview, P: int) -> tuple[DescribeQuorumResponse.TopicData, int]:
    f0, P = read_compact_string(B, P)
    n_f1 = B[P]
    if n_f1 < 0x80:
        P += 1
    else:
        n_f1, P = read_uvarint(B, P)
    n_f1 -= 1
    f1: list[DescribeQuorumResponse.TopicData.PartitionData]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Partitions has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_DescribeQuorumResponse_TopicData_PartitionData_v0(B, P)
            f1.append(e_f1)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_DescribeQuorumResponse_TopicData(f0, f1, tf), P


def _d_DescribeQuorumResponse_v0(B: memoryview, P: int) -> tuple[DescribeQuorumResponse, int]:
    (f0,) = _S_h.unpack_from(B, P)
    P += 2
    n_f2 = B[P]
    if n_f2 < 0x80:
        P += 1
    else:
        n_f2, P = read_uvarint(B, P)
    n_f2 -= 1
    f2: list[DescribeQuorumResponse.TopicData]
    if n_f2 < 0:
        raise DecodeError(f'non-nullable array Topics has length {n_f2}')
    else:
        if n_f2 > len(B) - P:
            raise DecodeError(f'array length {n_f2} exceeds the buffer')
        f2 = []
        for _ in range(n_f2):
            e_f2, P = _d_DescribeQuorumResponse_TopicData_v0(B, P)
            f2.append(e_f2)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_DescribeQuorumResponse(f0, '', f2, [], tf), P


def _d_DescribeQuorumResponse_ReplicaState_v1(B: memoryview, P: int) -> tuple[DescribeQuorumResponse.ReplicaState, int]:
    (f0, f2, f3, f4,) = _S_iqqq.unpack_from(B, P)
    P += 28
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_DescribeQuorumResponse_ReplicaState(f0, ZERO_UUID, f2, f3, f4, tf), P


def _d_DescribeQuorumResponse_TopicData_PartitionData_v1(B: memoryview, P: int) -> tuple[DescribeQuorumResponse.TopicData.PartitionData, int]:
    (f0, f1, f3, f4, f5,) = _S_ihiiq.unpack_from(B, P)
    P += 22
    n_f6 = B[P]
    if n_f6 < 0x80:
        P += 1
    else:
        n_f6, P = read_uvarint(B, P)
    n_f6 -= 1
    f6: list[DescribeQuorumResponse.ReplicaState]
    if n_f6 < 0:
        raise DecodeError(f'non-nullable array CurrentVoters has length {n_f6}')
    else:
        if n_f6 > len(B) - P:
            raise DecodeError(f'array length {n_f6} exceeds the buffer')
        f6 = []
        for _ in range(n_f6):
            e_f6, P = _d_DescribeQuorumResponse_ReplicaState_v1(B, P)
            f6.append(e_f6)
    n_f7 = B[P]
    if n_f7 < 0x80:
        P += 1
    else:
        n_f7, P = read_uvarint(B, P)
    n_f7 -= 1
    f7: list[DescribeQuorumResponse.ReplicaState]
    if n_f7 < 0:
        raise DecodeError(f'non-nullable array Observers has length {n_f7}')
    else:
        if n_f7 > len(B) - P:
            raise DecodeError(f'array length {n_f7} exceeds the buffer')
        f7 = []
        for _ in range(n_f7):
            e_f7, P = _d_DescribeQuorumResponse_ReplicaState_v1(B, P)
            f7.append(e_f7)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_DescribeQuorumResponse_TopicData_PartitionData(f0, f1, '', f3, f4, f5, f6, f7, tf), P


def _d_DescribeQuorumResponse_TopicData_v1(B: memoryview, P: int) -> tuple[DescribeQuorumResponse.TopicData, int]:
    f0, P = read_compact_string(B, P)
    n_f1 = B[P]
    if n_f1 < 0x80:
        P += 1
    else:
        n_f1, P = read_uvarint(B, P)
    n_f1 -= 1
    f1: list[DescribeQuorumResponse.TopicData.PartitionData]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Partitions has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_DescribeQuorumResponse_TopicData_PartitionData_v1(B, P)
            f1.append(e_f1)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_DescribeQuorumResponse_TopicData(f0, f1, tf), P


def _d_DescribeQuorumResponse_v1(B: memoryview, P: int) -> tuple[DescribeQuorumResponse, int]:
    (f0,) = _S_h.unpack_from(B, P)
    P += 2
    n_f2 = B[P]
    if n_f2 < 0x80:
        P += 1
    else:
        n_f2, P = read_uvarint(B, P)
    n_f2 -= 1
    f2: list[DescribeQuorumResponse.TopicData]
    if n_f2 < 0:
        raise DecodeError(f'non-nullable array Topics has length {n_f2}')
    else:
        if n_f2 > len(B) - P:
            raise DecodeError(f'array length {n_f2} exceeds the buffer')
        f2 = []
        for _ in range(n_f2):
            e_f2, P = _d_DescribeQuorumResponse_TopicData_v1(B, P)
            f2.append(e_f2)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_DescribeQuorumResponse(f0, '', f2, [], tf), P


def _d_DescribeQuorumResponse_ReplicaState_v2(B: memoryview, P: int) -> tuple[DescribeQuorumResponse.ReplicaState, int]:
    (f0,) = _S_i.unpack_from(B, P)
    P += 4
    f1, P = read_uuid(B, P)
    (f2, f3, f4,) = _S_qqq.unpack_from(B, P)
    P += 24
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_DescribeQuorumResponse_ReplicaState(f0, f1, f2, f3, f4, tf), P


def _d_DescribeQuorumResponse_TopicData_PartitionData_v2(B: memoryview, P: int) -> tuple[DescribeQuorumResponse.TopicData.PartitionData, int]:
    (f0, f1,) = _S_ih.unpack_from(B, P)
    P += 6
    f2, P = read_compact_nullable_string(B, P)
    (f3, f4, f5,) = _S_iiq.unpack_from(B, P)
    P += 16
    n_f6 = B[P]
    if n_f6 < 0x80:
        P += 1
    else:
        n_f6, P = read_uvarint(B, P)
    n_f6 -= 1
    f6: list[DescribeQuorumResponse.ReplicaState]
    if n_f6 < 0:
        raise DecodeError(f'non-nullable array CurrentVoters has length {n_f6}')
    else:
        if n_f6 > len(B) - P:
            raise DecodeError(f'array length {n_f6} exceeds the buffer')
        f6 = []
        for _ in range(n_f6):
            e_f6, P = _d_DescribeQuorumResponse_ReplicaState_v2(B, P)
            f6.append(e_f6)
    n_f7 = B[P]
    if n_f7 < 0x80:
        P += 1
    else:
        n_f7, P = read_uvarint(B, P)
    n_f7 -= 1
    f7: list[DescribeQuorumResponse.ReplicaState]
    if n_f7 < 0:
        raise DecodeError(f'non-nullable array Observers has length {n_f7}')
    else:
        if n_f7 > len(B) - P:
            raise DecodeError(f'array length {n_f7} exceeds the buffer')
        f7 = []
        for _ in range(n_f7):
            e_f7, P = _d_DescribeQuorumResponse_ReplicaState_v2(B, P)
            f7.append(e_f7)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_DescribeQuorumResponse_TopicData_PartitionData(f0, f1, f2, f3, f4, f5, f6, f7, tf), P


def _d_DescribeQuorumResponse_TopicData_v2(B: memoryview, P: int) -> tuple[DescribeQuorumResponse.TopicData, int]:
    f0, P = read_compact_string(B, P)
    n_f1 = B[P]
    if n_f1 < 0x80:
        P += 1
    else:
        n_f1, P = read_uvarint(B, P)
    n_f1 -= 1
    f1: list[DescribeQuorumResponse.TopicData.PartitionData]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Partitions has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_DescribeQuorumResponse_TopicData_PartitionData_v2(B, P)
            f1.append(e_f1)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_DescribeQuorumResponse_TopicData(f0, f1, tf), P


def _d_DescribeQuorumResponse_Node_Listener_v2(B: memoryview, P: int) -> tuple[DescribeQuorumResponse.Node.Listener, int]:
    f0, P = read_compact_string(B, P)
    f1, P = read_compact_string(B, P)
    (f2,) = _S_H.unpack_from(B, P)
    P += 2
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_DescribeQuorumResponse_Node_Listener(f0, f1, f2, tf), P


def _d_DescribeQuorumResponse_Node_v2(B: memoryview, P: int) -> tuple[DescribeQuorumResponse.Node, int]:
    (f0,) = _S_i.unpack_from(B, P)
    P += 4
    n_f1 = B[P]
    if n_f1 < 0x80:
        P += 1
    else:
        n_f1, P = read_uvarint(B, P)
    n_f1 -= 1
    f1: list[DescribeQuorumResponse.Node.Listener]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Listeners has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_DescribeQuorumResponse_Node_Listener_v2(B, P)
            f1.append(e_f1)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_DescribeQuorumResponse_Node(f0, f1, tf), P


def _d_DescribeQuorumResponse_v2(B: memoryview, P: int) -> tuple[DescribeQuorumResponse, int]:
    (f0,) = _S_h.unpack_from(B, P)
    P += 2
    f1, P = read_compact_nullable_string(B, P)
    n_f2 = B[P]
    if n_f2 < 0x80:
        P += 1
    else:
        n_f2, P = read_uvarint(B, P)
    n_f2 -= 1
    f2: list[DescribeQuorumResponse.TopicData]
    if n_f2 < 0:
        raise DecodeError(f'non-nullable array Topics has length {n_f2}')
    else:
        if n_f2 > len(B) - P:
            raise DecodeError(f'array length {n_f2} exceeds the buffer')
        f2 = []
        for _ in range(n_f2):
            e_f2, P = _d_DescribeQuorumResponse_TopicData_v2(B, P)
            f2.append(e_f2)
    n_f3 = B[P]
    if n_f3 < 0x80:
        P += 1
    else:
        n_f3, P = read_uvarint(B, P)
    n_f3 -= 1
    f3: list[DescribeQuorumResponse.Node]
    if n_f3 < 0:
        raise DecodeError(f'non-nullable array Nodes has length {n_f3}')
    else:
        if n_f3 > len(B) - P:
            raise DecodeError(f'array length {n_f3} exceeds the buffer')
        f3 = []
        for _ in range(n_f3):
            e_f3, P = _d_DescribeQuorumResponse_Node_v2(B, P)
            f3.append(e_f3)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_DescribeQuorumResponse(f0, f1, f2, f3, tf), P


def _e_DescribeQuorumResponse_ReplicaState_v0(o: DescribeQuorumResponse.ReplicaState, O: bytearray) -> None:
    if o.replica_directory_id != ZERO_UUID:
        raise EncodeError('DescribeQuorumResponse.ReplicaDirectoryId is not supported in version 0')
    O += _S_iq.pack(o.replica_id, o.log_end_offset)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_DescribeQuorumResponse_TopicData_PartitionData_v0(o: DescribeQuorumResponse.TopicData.PartitionData, O: bytearray) -> None:
    O += _S_ihiiq.pack(o.partition_index, o.error_code, o.leader_id, o.leader_epoch, o.high_watermark)
    a5 = o.current_voters
    if a5 is None:
        raise EncodeError('non-nullable array CurrentVoters is None')
    write_uvarint(O, len(a5) + 1)
    for e_a5 in a5:
        _e_DescribeQuorumResponse_ReplicaState_v0(e_a5, O)
    a6 = o.observers
    if a6 is None:
        raise EncodeError('non-nullable array Observers is None')
    write_uvarint(O, len(a6) + 1)
    for e_a6 in a6:
        _e_DescribeQuorumResponse_ReplicaState_v0(e_a6, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_DescribeQuorumResponse_TopicData_v0(o: DescribeQuorumResponse.TopicData, O: bytearray) -> None:
    write_compact_string(O, o.topic_name)
    a1 = o.partitions
    if a1 is None:
        raise EncodeError('non-nullable array Partitions is None')
    write_uvarint(O, len(a1) + 1)
    for e_a1 in a1:
        _e_DescribeQuorumResponse_TopicData_PartitionData_v0(e_a1, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_DescribeQuorumResponse_v0(o: DescribeQuorumResponse, O: bytearray) -> None:
    if bool(o.nodes):
        raise EncodeError('DescribeQuorumResponse.Nodes is not supported in version 0')
    O += _S_h.pack(o.error_code)
    a1 = o.topics
    if a1 is None:
        raise EncodeError('non-nullable array Topics is None')
    write_uvarint(O, len(a1) + 1)
    for e_a1 in a1:
        _e_DescribeQuorumResponse_TopicData_v0(e_a1, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_DescribeQuorumResponse_ReplicaState_v1(o: DescribeQuorumResponse.ReplicaState, O: bytearray) -> None:
    if o.replica_directory_id != ZERO_UUID:
        raise EncodeError('DescribeQuorumResponse.ReplicaDirectoryId is not supported in version 1')
    O += _S_iqqq.pack(o.replica_id, o.log_end_offset, o.last_fetch_timestamp, o.last_caught_up_timestamp)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_DescribeQuorumResponse_TopicData_PartitionData_v1(o: DescribeQuorumResponse.TopicData.PartitionData, O: bytearray) -> None:
    O += _S_ihiiq.pack(o.partition_index, o.error_code, o.leader_id, o.leader_epoch, o.high_watermark)
    a5 = o.current_voters
    if a5 is None:
        raise EncodeError('non-nullable array CurrentVoters is None')
    write_uvarint(O, len(a5) + 1)
    for e_a5 in a5:
        _e_DescribeQuorumResponse_ReplicaState_v1(e_a5, O)
    a6 = o.observers
    if a6 is None:
        raise EncodeError('non-nullable array Observers is None')
    write_uvarint(O, len(a6) + 1)
    for e_a6 in a6:
        _e_DescribeQuorumResponse_ReplicaState_v1(e_a6, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_DescribeQuorumResponse_TopicData_v1(o: DescribeQuorumResponse.TopicData, O: bytearray) -> None:
    write_compact_string(O, o.topic_name)
    a1 = o.partitions
    if a1 is None:
        raise EncodeError('non-nullable array Partitions is None')
    write_uvarint(O, len(a1) + 1)
    for e_a1 in a1:
        _e_DescribeQuorumResponse_TopicData_PartitionData_v1(e_a1, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_DescribeQuorumResponse_v1(o: DescribeQuorumResponse, O: bytearray) -> None:
    if bool(o.nodes):
        raise EncodeError('DescribeQuorumResponse.Nodes is not supported in version 1')
    O += _S_h.pack(o.error_code)
    a1 = o.topics
    if a1 is None:
        raise EncodeError('non-nullable array Topics is None')
    write_uvarint(O, len(a1) + 1)
    for e_a1 in a1:
        _e_DescribeQuorumResponse_TopicData_v1(e_a1, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_DescribeQuorumResponse_ReplicaState_v2(o: DescribeQuorumResponse.ReplicaState, O: bytearray) -> None:
    O += _S_i.pack(o.replica_id)
    write_uuid(O, o.replica_directory_id)
    O += _S_qqq.pack(o.log_end_offset, o.last_fetch_timestamp, o.last_caught_up_timestamp)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_DescribeQuorumResponse_TopicData_PartitionData_v2(o: DescribeQuorumResponse.TopicData.PartitionData, O: bytearray) -> None:
    O += _S_ih.pack(o.partition_index, o.error_code)
    write_compact_nullable_string(O, o.error_message)
    O += _S_iiq.pack(o.leader_id, o.leader_epoch, o.high_watermark)
    a6 = o.current_voters
    if a6 is None:
        raise EncodeError('non-nullable array CurrentVoters is None')
    write_uvarint(O, len(a6) + 1)
    for e_a6 in a6:
        _e_DescribeQuorumResponse_ReplicaState_v2(e_a6, O)
    a7 = o.observers
    if a7 is None:
        raise EncodeError('non-nullable array Observers is None')
    write_uvarint(O, len(a7) + 1)
    for e_a7 in a7:
        _e_DescribeQuorumResponse_ReplicaState_v2(e_a7, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_DescribeQuorumResponse_TopicData_v2(o: DescribeQuorumResponse.TopicData, O: bytearray) -> None:
    write_compact_string(O, o.topic_name)
    a1 = o.partitions
    if a1 is None:
        raise EncodeError('non-nullable array Partitions is None')
    write_uvarint(O, len(a1) + 1)
    for e_a1 in a1:
        _e_DescribeQuorumResponse_TopicData_PartitionData_v2(e_a1, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_DescribeQuorumResponse_Node_Listener_v2(o: DescribeQuorumResponse.Node.Listener, O: bytearray) -> None:
    write_compact_string(O, o.name)
    write_compact_string(O, o.host)
    O += _S_H.pack(o.port)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_DescribeQuorumResponse_Node_v2(o: DescribeQuorumResponse.Node, O: bytearray) -> None:
    O += _S_i.pack(o.node_id)
    a1 = o.listeners
    if a1 is None:
        raise EncodeError('non-nullable array Listeners is None')
    write_uvarint(O, len(a1) + 1)
    for e_a1 in a1:
        _e_DescribeQuorumResponse_Node_Listener_v2(e_a1, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_DescribeQuorumResponse_v2(o: DescribeQuorumResponse, O: bytearray) -> None:
    O += _S_h.pack(o.error_code)
    write_compact_nullable_string(O, o.error_message)
    a2 = o.topics
    if a2 is None:
        raise EncodeError('non-nullable array Topics is None')
    write_uvarint(O, len(a2) + 1)
    for e_a2 in a2:
        _e_DescribeQuorumResponse_TopicData_v2(e_a2, O)
    a3 = o.nodes
    if a3 is None:
        raise EncodeError('non-nullable array Nodes is None')
    write_uvarint(O, len(a3) + 1)
    for e_a3 in a3:
        _e_DescribeQuorumResponse_Node_v2(e_a3, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


_C_DescribeQuorumRequest = DescribeQuorumRequest
_C_DescribeQuorumRequest_TopicData = DescribeQuorumRequest.TopicData
_C_DescribeQuorumRequest_TopicData_PartitionData = DescribeQuorumRequest.TopicData.PartitionData
_DEF_C_DescribeQuorumRequest_TopicData = _C_DescribeQuorumRequest_TopicData()
_DEF_C_DescribeQuorumRequest_TopicData_PartitionData = _C_DescribeQuorumRequest_TopicData_PartitionData()
_DEC_DescribeQuorumRequest: dict[int, Decoder[DescribeQuorumRequest]] = {
    0: _d_DescribeQuorumRequest_v0,
    1: _d_DescribeQuorumRequest_v0,
    2: _d_DescribeQuorumRequest_v0,
}
_ENC_DescribeQuorumRequest: dict[int, Encoder[DescribeQuorumRequest]] = {
    0: _e_DescribeQuorumRequest_v0,
    1: _e_DescribeQuorumRequest_v0,
    2: _e_DescribeQuorumRequest_v0,
}
DescribeQuorumRequest.FIELDS = (
    FieldInfo('Topics', 'topics', '[]TopicData', (0, OPEN), None, None, None, False, None, None, _C_DescribeQuorumRequest_TopicData),
)
DescribeQuorumRequest.TopicData.FIELDS = (
    FieldInfo('TopicName', 'topic_name', 'string', (0, OPEN), None, None, None, False, 'topicName', None, None),
    FieldInfo('Partitions', 'partitions', '[]PartitionData', (0, OPEN), None, None, None, False, None, None, _C_DescribeQuorumRequest_TopicData_PartitionData),
)
DescribeQuorumRequest.TopicData.PartitionData.FIELDS = (
    FieldInfo('PartitionIndex', 'partition_index', 'int32', (0, OPEN), None, None, None, False, None, None, None),
)

_C_DescribeQuorumResponse = DescribeQuorumResponse
_C_DescribeQuorumResponse_ReplicaState = DescribeQuorumResponse.ReplicaState
_C_DescribeQuorumResponse_TopicData = DescribeQuorumResponse.TopicData
_C_DescribeQuorumResponse_TopicData_PartitionData = DescribeQuorumResponse.TopicData.PartitionData
_C_DescribeQuorumResponse_Node = DescribeQuorumResponse.Node
_C_DescribeQuorumResponse_Node_Listener = DescribeQuorumResponse.Node.Listener
_DEF_C_DescribeQuorumResponse_ReplicaState = _C_DescribeQuorumResponse_ReplicaState()
_DEF_C_DescribeQuorumResponse_TopicData = _C_DescribeQuorumResponse_TopicData()
_DEF_C_DescribeQuorumResponse_TopicData_PartitionData = _C_DescribeQuorumResponse_TopicData_PartitionData()
_DEF_C_DescribeQuorumResponse_Node = _C_DescribeQuorumResponse_Node()
_DEF_C_DescribeQuorumResponse_Node_Listener = _C_DescribeQuorumResponse_Node_Listener()
_DEC_DescribeQuorumResponse: dict[int, Decoder[DescribeQuorumResponse]] = {
    0: _d_DescribeQuorumResponse_v0,
    1: _d_DescribeQuorumResponse_v1,
    2: _d_DescribeQuorumResponse_v2,
}
_ENC_DescribeQuorumResponse: dict[int, Encoder[DescribeQuorumResponse]] = {
    0: _e_DescribeQuorumResponse_v0,
    1: _e_DescribeQuorumResponse_v1,
    2: _e_DescribeQuorumResponse_v2,
}
DescribeQuorumResponse.FIELDS = (
    FieldInfo('ErrorCode', 'error_code', 'int16', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('ErrorMessage', 'error_message', 'string', (2, OPEN), (2, OPEN), None, None, True, None, None, None),
    FieldInfo('Topics', 'topics', '[]TopicData', (0, OPEN), None, None, None, False, None, None, _C_DescribeQuorumResponse_TopicData),
    FieldInfo('Nodes', 'nodes', '[]Node', (2, OPEN), None, None, None, False, None, None, _C_DescribeQuorumResponse_Node),
)
DescribeQuorumResponse.ReplicaState.FIELDS = (
    FieldInfo('ReplicaId', 'replica_id', 'int32', (0, OPEN), None, None, None, False, 'brokerId', None, None),
    FieldInfo('ReplicaDirectoryId', 'replica_directory_id', 'uuid', (2, OPEN), None, None, None, False, None, None, None),
    FieldInfo('LogEndOffset', 'log_end_offset', 'int64', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('LastFetchTimestamp', 'last_fetch_timestamp', 'int64', (1, OPEN), None, None, None, True, None, None, None),
    FieldInfo('LastCaughtUpTimestamp', 'last_caught_up_timestamp', 'int64', (1, OPEN), None, None, None, True, None, None, None),
)
DescribeQuorumResponse.TopicData.FIELDS = (
    FieldInfo('TopicName', 'topic_name', 'string', (0, OPEN), None, None, None, False, 'topicName', None, None),
    FieldInfo('Partitions', 'partitions', '[]PartitionData', (0, OPEN), None, None, None, False, None, None, _C_DescribeQuorumResponse_TopicData_PartitionData),
)
DescribeQuorumResponse.TopicData.PartitionData.FIELDS = (
    FieldInfo('PartitionIndex', 'partition_index', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('ErrorCode', 'error_code', 'int16', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('ErrorMessage', 'error_message', 'string', (2, OPEN), (2, OPEN), None, None, True, None, None, None),
    FieldInfo('LeaderId', 'leader_id', 'int32', (0, OPEN), None, None, None, False, 'brokerId', None, None),
    FieldInfo('LeaderEpoch', 'leader_epoch', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('HighWatermark', 'high_watermark', 'int64', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('CurrentVoters', 'current_voters', '[]ReplicaState', (0, OPEN), None, None, None, False, None, None, _C_DescribeQuorumResponse_ReplicaState),
    FieldInfo('Observers', 'observers', '[]ReplicaState', (0, OPEN), None, None, None, False, None, None, _C_DescribeQuorumResponse_ReplicaState),
)
DescribeQuorumResponse.Node.FIELDS = (
    FieldInfo('NodeId', 'node_id', 'int32', (2, OPEN), None, None, None, False, 'brokerId', None, None),
    FieldInfo('Listeners', 'listeners', '[]Listener', (2, OPEN), None, None, None, False, None, None, _C_DescribeQuorumResponse_Node_Listener),
)
DescribeQuorumResponse.Node.Listener.FIELDS = (
    FieldInfo('Name', 'name', 'string', (2, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Host', 'host', 'string', (2, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Port', 'port', 'uint16', (2, OPEN), None, None, None, False, None, None, None),
)
