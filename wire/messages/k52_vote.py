"""API key 52: Vote.

GENERATED - DO NOT EDIT. Written by ``python -m wire.generator`` from Apache Kafka 4.1.1's
message definitions (VoteRequest.json, VoteResponse.json).
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
_S_ihiio = struct.Struct('>ihii?')
_S_iii = struct.Struct('>iii')
_S_iiiiq = struct.Struct('>iiiiq')
_S_iq = struct.Struct('>iq')
_S_iqo = struct.Struct('>iq?')


@dataclass(slots=True)
class VoteRequest:
    """VoteRequest (API key 52, versions 0-2).

    Generated from VoteRequest.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = 52
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 2
    LATEST_VERSION: ClassVar[int] = 2
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
    FLEXIBLE_MIN: ClassVar[int | None] = 0
    #: Who serves this request in Kafka (empty for responses).
    LISTENERS: ClassVar[tuple[str, ...]] = ('controller',)
    FIELDS: ClassVar[tuple[FieldInfo, ...]]

    @dataclass(slots=True)
    class TopicData:
        FIELDS: ClassVar[tuple[FieldInfo, ...]]

        @dataclass(slots=True)
        class PartitionData:
            FIELDS: ClassVar[tuple[FieldInfo, ...]]

            #: The partition index.
            partition_index: int = 0
            #: The epoch of the voter sending the request
            replica_epoch: int = 0
            #: The replica id of the voter sending the request
            replica_id: int = 0
            #: The directory id of the voter sending the request
            replica_directory_id: UUID = ZERO_UUID
            #: The directory id of the voter receiving the request
            voter_directory_id: UUID = ZERO_UUID
            #: The epoch of the last record written to the metadata log.
            last_offset_epoch: int = 0
            #: The log end offset of the metadata log of the voter sending the request.
            last_offset: int = 0
            #: Whether the request is a PreVote request (not persisted) or not.
            pre_vote: bool = False
            #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
            unknown_tagged_fields: list[tuple[int, bytes]] | None = None

        #: The topic name.
        topic_name: str = ''
        #: The partition data.
        partitions: list[VoteRequest.TopicData.PartitionData] = field(default_factory=list)
        #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
        unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    PartitionData = TopicData.PartitionData
    #: The cluster id.
    cluster_id: str | None = None
    #: The replica id of the voter receiving the request.
    voter_id: int = -1
    #: The topic data.
    topics: list[VoteRequest.TopicData] = field(default_factory=list)
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> VoteRequest:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_VoteRequest, data, version, 'VoteRequest', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_VoteRequest, self, version, 'VoteRequest')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_VoteRequest, self, version, 'VoteRequest')


@dataclass(slots=True)
class VoteResponse:
    """VoteResponse (API key 52, versions 0-2).

    Generated from VoteResponse.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = 52
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 2
    LATEST_VERSION: ClassVar[int] = 2
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
    FLEXIBLE_MIN: ClassVar[int | None] = 0
    #: Who serves this request in Kafka (empty for responses).
    LISTENERS: ClassVar[tuple[str, ...]] = ()
    FIELDS: ClassVar[tuple[FieldInfo, ...]]

    @dataclass(slots=True)
    class TopicData:
        FIELDS: ClassVar[tuple[FieldInfo, ...]]

        @dataclass(slots=True)
        class PartitionData:
            FIELDS: ClassVar[tuple[FieldInfo, ...]]

            #: The partition index.
            partition_index: int = 0
            #: The partition level error code.
            error_code: int = 0
            #: The ID of the current leader or -1 if the leader is unknown.
            leader_id: int = 0
            #: The latest known leader epoch.
            leader_epoch: int = 0
            #: True if the vote was granted and false otherwise.
            vote_granted: bool = False
            #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
            unknown_tagged_fields: list[tuple[int, bytes]] | None = None

        #: The topic name.
        topic_name: str = ''
        #: The results for each partition.
        partitions: list[VoteResponse.TopicData.PartitionData] = field(default_factory=list)
        #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
        unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @dataclass(slots=True)
    class NodeEndpoint:
        FIELDS: ClassVar[tuple[FieldInfo, ...]]

        #: The ID of the associated node.
        node_id: int = 0
        #: The node's hostname.
        host: str = ''
        #: The node's port.
        port: int = 0
        #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
        unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    PartitionData = TopicData.PartitionData
    #: The top level error code.
    error_code: int = 0
    #: The results for each topic.
    topics: list[VoteResponse.TopicData] = field(default_factory=list)
    #: Endpoints for all current-leaders enumerated in PartitionData.
    node_endpoints: list[VoteResponse.NodeEndpoint] = field(default_factory=list)
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> VoteResponse:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_VoteResponse, data, version, 'VoteResponse', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_VoteResponse, self, version, 'VoteResponse')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_VoteResponse, self, version, 'VoteResponse')

def _d_VoteRequest_TopicData_PartitionData_v0(B: memoryview, P: int) -> tuple[VoteRequest.TopicData.PartitionData, int]:
    (f0, f1, f2, f5, f6,) = _S_iiiiq.unpack_from(B, P)
    P += 24
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_VoteRequest_TopicData_PartitionData(f0, f1, f2, ZERO_UUID, ZERO_UUID, f5, f6, False, tf), P


def _d_VoteRequest_TopicData_v0(B: memoryview, P: int) -> tuple[VoteRequest.TopicData, int]:
    f0, P = read_compact_string(B, P)
    n_f1 = B[P]
    if n_f1 < 0x80:
        P += 1
    else:
        n_f1, P = read_uvarint(B, P)
    n_f1 -= 1
    f1: list[VoteRequest.TopicData.PartitionData]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Partitions has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_VoteRequest_TopicData_PartitionData_v0(B, P)
            f1.append(e_f1)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_VoteRequest_TopicData(f0, f1, tf), P


def _d_VoteRequest_v0(B: memoryview, P: int) -> tuple[VoteRequest, int]:
    f0, P = read_compact_nullable_string(B, P)
    n_f2 = B[P]
    if n_f2 < 0x80:
        P += 1
    else:
        n_f2, P = read_uvarint(B, P)
    n_f2 -= 1
    f2: list[VoteRequest.TopicData]
    if n_f2 < 0:
        raise DecodeError(f'non-nullable array Topics has length {n_f2}')
    else:
        if n_f2 > len(B) - P:
            raise DecodeError(f'array length {n_f2} exceeds the buffer')
        f2 = []
        for _ in range(n_f2):
            e_f2, P = _d_VoteRequest_TopicData_v0(B, P)
            f2.append(e_f2)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_VoteRequest(f0, -1, f2, tf), P


def _d_VoteRequest_TopicData_PartitionData_v1(B: memoryview, P: int) -> tuple[VoteRequest.TopicData.PartitionData, int]:
    (f0, f1, f2,) = _S_iii.unpack_from(B, P)
    P += 12
    f3, P = read_uuid(B, P)
    f4, P = read_uuid(B, P)
    (f5, f6,) = _S_iq.unpack_from(B, P)
    P += 12
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_VoteRequest_TopicData_PartitionData(f0, f1, f2, f3, f4, f5, f6, False, tf), P


def _d_VoteRequest_TopicData_v1(B: memoryview, P: int) -> tuple[VoteRequest.TopicData, int]:
    f0, P = read_compact_string(B, P)
    n_f1 = B[P]
    if n_f1 < 0x80:
        P += 1
    else:
        n_f1, P = read_uvarint(B, P)
    n_f1 -= 1
    f1: list[VoteRequest.TopicData.PartitionData]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Partitions has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_VoteRequest_TopicData_PartitionData_v1(B, P)
            f1.append(e_f1)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_VoteRequest_TopicData(f0, f1, tf), P


def _d_VoteRequest_v1(B: memoryview, P: int) -> tuple[VoteRequest, int]:
    f0, P = read_compact_nullable_string(B, P)
    (f1,) = _S_i.unpack_from(B, P)
    P += 4
    n_f2 = B[P]
    if n_f2 < 0x80:
        P += 1
    else:
        n_f2, P = read_uvarint(B, P)
    n_f2 -= 1
    f2: list[VoteRequest.TopicData]
    if n_f2 < 0:
        raise DecodeError(f'non-nullable array Topics has length {n_f2}')
    else:
        if n_f2 > len(B) - P:
            raise DecodeError(f'array length {n_f2} exceeds the buffer')
        f2 = []
        for _ in range(n_f2):
            e_f2, P = _d_VoteRequest_TopicData_v1(B, P)
            f2.append(e_f2)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_VoteRequest(f0, f1, f2, tf), P


def _d_VoteRequest_TopicData_PartitionData_v2(B: memoryview, P: int) -> tuple[VoteRequest.TopicData.PartitionData, int]:
    (f0, f1, f2,) = _S_iii.unpack_from(B, P)
    P += 12
    f3, P = read_uuid(B, P)
    f4, P = read_uuid(B, P)
    (f5, f6, f7,) = _S_iqo.unpack_from(B, P)
    P += 13
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_VoteRequest_TopicData_PartitionData(f0, f1, f2, f3, f4, f5, f6, f7, tf), P


def _d_VoteRequest_TopicData_v2(B: memoryview, P: int) -> tuple[VoteRequest.TopicData, int]:
    f0, P = read_compact_string(B, P)
    n_f1 = B[P]
    if n_f1 < 0x80:
        P += 1
    else:
        n_f1, P = read_uvarint(B, P)
    n_f1 -= 1
    f1: list[VoteRequest.TopicData.PartitionData]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Partitions has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_VoteRequest_TopicData_PartitionData_v2(B, P)
            f1.append(e_f1)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_VoteRequest_TopicData(f0, f1, tf), P


def _d_VoteRequest_v2(B: memoryview, P: int) -> tuple[VoteRequest, int]:
    f0, P = read_compact_nullable_string(B, P)
    (f1,) = _S_i.unpack_from(B, P)
    P += 4
    n_f2 = B[P]
    if n_f2 < 0x80:
        P += 1
    else:
        n_f2, P = read_uvarint(B, P)
    n_f2 -= 1
    f2: list[VoteRequest.TopicData]
    if n_f2 < 0:
        raise DecodeError(f'non-nullable array Topics has length {n_f2}')
    else:
        if n_f2 > len(B) - P:
            raise DecodeError(f'array length {n_f2} exceeds the buffer')
        f2 = []
        for _ in range(n_f2):
            e_f2, P = _d_VoteRequest_TopicData_v2(B, P)
            f2.append(e_f2)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_VoteRequest(f0, f1, f2, tf), P


def _e_VoteRequest_TopicData_PartitionData_v0(o: VoteRequest.TopicData.PartitionData, O: bytearray) -> None:
    if o.pre_vote != False:
        raise EncodeError('VoteRequest.PreVote is not supported in version 0')
    O += _S_iiiiq.pack(o.partition_index, o.replica_epoch, o.replica_id, o.last_offset_epoch, o.last_offset)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_VoteRequest_TopicData_v0(o: VoteRequest.TopicData, O: bytearray) -> None:
    write_compact_string(O, o.topic_name)
    a1 = o.partitions
    if a1 is None:
        raise EncodeError('non-nullable array Partitions is None')
    write_uvarint(O, len(a1) + 1)
    for e_a1 in a1:
        _e_VoteRequest_TopicData_PartitionData_v0(e_a1, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_VoteRequest_v0(o: VoteRequest, O: bytearray) -> None:
    write_compact_nullable_string(O, o.cluster_id)
    a1 = o.topics
    if a1 is None:
        raise EncodeError('non-nullable array Topics is None')
    write_uvarint(O, len(a1) + 1)
    for e_a1 in a1:
        _e_VoteRequest_TopicData_v0(e_a1, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_VoteRequest_TopicData_PartitionData_v1(o: VoteRequest.TopicData.PartitionData, O: bytearray) -> None:
    if o.pre_vote != False:
        raise EncodeError('VoteRequest.PreVote is not supported in version 1')
    O += _S_iii.pack(o.partition_index, o.replica_epoch, o.replica_id)
    write_uuid(O, o.replica_directory_id)
    write_uuid(O, o.voter_directory_id)
    O += _S_iq.pack(o.last_offset_epoch, o.last_offset)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_VoteRequest_TopicData_v1(o: VoteRequest.TopicData, O: bytearray) -> None:
    write_compact_string(O, o.topic_name)
    a1 = o.partitions
    if a1 is None:
        raise EncodeError('non-nullable array Partitions is None')
    write_uvarint(O, len(a1) + 1)
    for e_a1 in a1:
        _e_VoteRequest_TopicData_PartitionData_v1(e_a1, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_VoteRequest_v1(o: VoteRequest, O: bytearray) -> None:
    write_compact_nullable_string(O, o.cluster_id)
    O += _S_i.pack(o.voter_id)
    a2 = o.topics
    if a2 is None:
        raise EncodeError('non-nullable array Topics is None')
    write_uvarint(O, len(a2) + 1)
    for e_a2 in a2:
        _e_VoteRequest_TopicData_v1(e_a2, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_VoteRequest_TopicData_PartitionData_v2(o: VoteRequest.TopicData.PartitionData, O: bytearray) -> None:
    O += _S_iii.pack(o.partition_index, o.replica_epoch, o.replica_id)
    write_uuid(O, o.replica_directory_id)
    write_uuid(O, o.voter_directory_id)
    O += _S_iqo.pack(o.last_offset_epoch, o.last_offset, o.pre_vote)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_VoteRequest_TopicData_v2(o: VoteRequest.TopicData, O: bytearray) -> None:
    write_compact_string(O, o.topic_name)
    a1 = o.partitions
    if a1 is None:
        raise EncodeError('non-nullable array Partitions is None')
    write_uvarint(O, len(a1) + 1)
    for e_a1 in a1:
        _e_VoteRequest_TopicData_PartitionData_v2(e_a1, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_VoteRequest_v2(o: VoteRequest, O: bytearray) -> None:
    write_compact_nullable_string(O, o.cluster_id)
    O += _S_i.pack(o.voter_id)
    a2 = o.topics
    if a2 is None:
        raise EncodeError('non-nullable array Topics is None')
    write_uvarint(O, len(a2) + 1)
    for e_a2 in a2:
        _e_VoteRequest_TopicData_v2(e_a2, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _d_VoteResponse_TopicData_PartitionData_v0(B: memoryview, P: int) -> tuple[VoteResponse.TopicData.PartitionData, int]:
    (f0, f1, f2, f3, f4,) = _S_ihiio.unpack_from(B, P)
    P += 15
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_VoteResponse_TopicData_PartitionData(f0, f1, f2, f3, f4, tf), P


def _d_VoteResponse_TopicData_v0(B: memoryview, P: int) -> tuple[VoteResponse.TopicData, int]:
    f0, P = read_compact_string(B, P)
    n_f1 = B[P]
    if n_f1 < 0x80:
        P += 1
    else:
        n_f1, P = read_uvarint(B, P)
    n_f1 -= 1
    f1: list[VoteResponse.TopicData.PartitionData]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Partitions has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_VoteResponse_TopicData_PartitionData_v0(B, P)
            f1.append(e_f1)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_VoteResponse_TopicData(f0, f1, tf), P


def _d_VoteResponse_v0(B: memoryview, P: int) -> tuple[VoteResponse, int]:
    (f0,) = _S_h.unpack_from(B, P)
    P += 2
    n_f1 = B[P]
    if n_f1 < 0x80:
        P += 1
    else:
        n_f1, P = read_uvarint(B, P)
    n_f1 -= 1
    f1: list[VoteResponse.TopicData]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Topics has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_VoteResponse_TopicData_v0(B, P)
            f1.append(e_f1)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_VoteResponse(f0, f1, [], tf), P


def _d_VoteResponse_NodeEndpoint_v1(B: memoryview, P: int) -> tuple[VoteResponse.NodeEndpoint, int]:
    (f0,) = _S_i.unpack_from(B, P)
    P += 4
    f1, P = read_compact_string(B, P)
    (f2,) = _S_H.unpack_from(B, P)
    P += 2
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_VoteResponse_NodeEndpoint(f0, f1, f2, tf), P


def _d_VoteResponse_v1(B: memoryview, P: int) -> tuple[VoteResponse, int]:
    (f0,) = _S_h.unpack_from(B, P)
    P += 2
    n_f1 = B[P]
    if n_f1 < 0x80:
        P += 1
    else:
        n_f1, P = read_uvarint(B, P)
    n_f1 -= 1
    f1: list[VoteResponse.TopicData]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Topics has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_VoteResponse_TopicData_v0(B, P)
            f1.append(e_f1)
    tf: list[tuple[int, bytes]] | None = None
    f2: list[VoteResponse.NodeEndpoint] = []
    nt = B[P]
    if nt < 0x80:
        P += 1
    else:
        nt, P = read_uvarint(B, P)
    if nt:
        check_count(nt, B, P, 'tagged field count')
        for _ in range(nt):
            tag, end, P = read_tag_header(B, P)
            if tag == 0:
                sb = B[:end]
                p2 = P
                n_f2 = sb[p2]
                if n_f2 < 0x80:
                    p2 += 1
                else:
                    n_f2, p2 = read_uvarint(sb, p2)
                n_f2 -= 1
                if n_f2 < 0:
                    raise DecodeError(f'non-nullable array NodeEndpoints has length {n_f2}')
                else:
                    if n_f2 > len(sb) - p2:
                        raise DecodeError(f'array length {n_f2} exceeds the buffer')
                    f2 = []
                    for _ in range(n_f2):
                        e_f2, p2 = _d_VoteResponse_NodeEndpoint_v1(sb, p2)
                        f2.append(e_f2)
                if p2 != end:
                    raise DecodeError('tagged field NodeEndpoints has the wrong size')
            else:
                if tf is None:
                    tf = []
                tf.append((tag, bytes(B[P:end])))
            P = end
    return _C_VoteResponse(f0, f1, f2, tf), P


def _e_VoteResponse_TopicData_PartitionData_v0(o: VoteResponse.TopicData.PartitionData, O: bytearray) -> None:
    O += _S_ihiio.pack(o.partition_index, o.error_code, o.leader_id, o.leader_epoch, o.vote_granted)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_VoteResponse_TopicData_v0(o: VoteResponse.TopicData, O: bytearray) -> None:
    write_compact_string(O, o.topic_name)
    a1 = o.partitions
    if a1 is None:
        raise EncodeError('non-nullable array Partitions is None')
    write_uvarint(O, len(a1) + 1)
    for e_a1 in a1:
        _e_VoteResponse_TopicData_PartitionData_v0(e_a1, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_VoteResponse_v0(o: VoteResponse, O: bytearray) -> None:
    if bool(o.node_endpoints):
        raise EncodeError('VoteResponse.NodeEndpoints is not supported in version 0')
    O += _S_h.pack(o.error_code)
    a1 = o.topics
    if a1 is None:
        raise EncodeError('non-nullable array Topics is None')
    write_uvarint(O, len(a1) + 1)
    for e_a1 in a1:
        _e_VoteResponse_TopicData_v0(e_a1, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_VoteResponse_NodeEndpoint_v1(o: VoteResponse.NodeEndpoint, O: bytearray) -> None:
    O += _S_i.pack(o.node_id)
    write_compact_string(O, o.host)
    O += _S_H.pack(o.port)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_VoteResponse_v1(o: VoteResponse, O: bytearray) -> None:
    O += _S_h.pack(o.error_code)
    a1 = o.topics
    if a1 is None:
        raise EncodeError('non-nullable array Topics is None')
    write_uvarint(O, len(a1) + 1)
    for e_a1 in a1:
        _e_VoteResponse_TopicData_v0(e_a1, O)
    tg: list[tuple[int, bytes | bytearray | memoryview]] | None = None
    t0 = o.node_endpoints
    if bool(t0):
        tb = bytearray()
        t0v = t0
        if t0v is None:
            raise EncodeError('non-nullable array NodeEndpoints is None')
        write_uvarint(tb, len(t0v) + 1)
        for e_t0v in t0v:
            _e_VoteResponse_NodeEndpoint_v1(e_t0v, tb)
        if tg is None:
            tg = []
        tg.append((0, tb))
    if tg is not None or o.unknown_tagged_fields:
        write_tagged_fields(O, tg, o.unknown_tagged_fields)
    else:
        O.append(0)


_C_VoteRequest = VoteRequest
_C_VoteRequest_TopicData = VoteRequest.TopicData
_C_VoteRequest_TopicData_PartitionData = VoteRequest.TopicData.PartitionData
_DEF_C_VoteRequest_TopicData = _C_VoteRequest_TopicData()
_DEF_C_VoteRequest_TopicData_PartitionData = _C_VoteRequest_TopicData_PartitionData()
_DEC_VoteRequest: dict[int, Decoder[VoteRequest]] = {
    0: _d_VoteRequest_v0,
    1: _d_VoteRequest_v1,
    2: _d_VoteRequest_v2,
}
_ENC_VoteRequest: dict[int, Encoder[VoteRequest]] = {
    0: _e_VoteRequest_v0,
    1: _e_VoteRequest_v1,
    2: _e_VoteRequest_v2,
}
VoteRequest.FIELDS = (
    FieldInfo('ClusterId', 'cluster_id', 'string', (0, OPEN), (0, OPEN), None, None, False, None, None, None),
    FieldInfo('VoterId', 'voter_id', 'int32', (1, OPEN), None, None, None, True, 'brokerId', None, None),
    FieldInfo('Topics', 'topics', '[]TopicData', (0, OPEN), None, None, None, False, None, None, _C_VoteRequest_TopicData),
)
VoteRequest.TopicData.FIELDS = (
    FieldInfo('TopicName', 'topic_name', 'string', (0, OPEN), None, None, None, False, 'topicName', None, None),
    FieldInfo('Partitions', 'partitions', '[]PartitionData', (0, OPEN), None, None, None, False, None, None, _C_VoteRequest_TopicData_PartitionData),
)
VoteRequest.TopicData.PartitionData.FIELDS = (
    FieldInfo('PartitionIndex', 'partition_index', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('ReplicaEpoch', 'replica_epoch', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('ReplicaId', 'replica_id', 'int32', (0, OPEN), None, None, None, False, 'brokerId', None, None),
    FieldInfo('ReplicaDirectoryId', 'replica_directory_id', 'uuid', (1, OPEN), None, None, None, True, None, None, None),
    FieldInfo('VoterDirectoryId', 'voter_directory_id', 'uuid', (1, OPEN), None, None, None, True, None, None, None),
    FieldInfo('LastOffsetEpoch', 'last_offset_epoch', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('LastOffset', 'last_offset', 'int64', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('PreVote', 'pre_vote', 'bool', (2, OPEN), None, None, None, False, None, None, None),
)

_C_VoteResponse = VoteResponse
_C_VoteResponse_TopicData = VoteResponse.TopicData
_C_VoteResponse_TopicData_PartitionData = VoteResponse.TopicData.PartitionData
_C_VoteResponse_NodeEndpoint = VoteResponse.NodeEndpoint
_DEF_C_VoteResponse_TopicData = _C_VoteResponse_TopicData()
_DEF_C_VoteResponse_TopicData_PartitionData = _C_VoteResponse_TopicData_PartitionData()
_DEF_C_VoteResponse_NodeEndpoint = _C_VoteResponse_NodeEndpoint()
_DEC_VoteResponse: dict[int, Decoder[VoteResponse]] = {
    0: _d_VoteResponse_v0,
    1: _d_VoteResponse_v1,
    2: _d_VoteResponse_v1,
}
_ENC_VoteResponse: dict[int, Encoder[VoteResponse]] = {
    0: _e_VoteResponse_v0,
    1: _e_VoteResponse_v1,
    2: _e_VoteResponse_v1,
}
VoteResponse.FIELDS = (
    FieldInfo('ErrorCode', 'error_code', 'int16', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Topics', 'topics', '[]TopicData', (0, OPEN), None, None, None, False, None, None, _C_VoteResponse_TopicData),
    FieldInfo('NodeEndpoints', 'node_endpoints', '[]NodeEndpoint', (1, OPEN), None, (1, OPEN), 0, False, None, None, _C_VoteResponse_NodeEndpoint),
)
VoteResponse.TopicData.FIELDS = (
    FieldInfo('TopicName', 'topic_name', 'string', (0, OPEN), None, None, None, False, 'topicName', None, None),
    FieldInfo('Partitions', 'partitions', '[]PartitionData', (0, OPEN), None, None, None, False, None, None, _C_VoteResponse_TopicData_PartitionData),
)
VoteResponse.TopicData.PartitionData.FIELDS = (
    FieldInfo('PartitionIndex', 'partition_index', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('ErrorCode', 'error_code', 'int16', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('LeaderId', 'leader_id', 'int32', (0, OPEN), None, None, None, False, 'brokerId', None, None),
    FieldInfo('LeaderEpoch', 'leader_epoch', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('VoteGranted', 'vote_granted', 'bool', (0, OPEN), None, None, None, False, None, None, None),
)
VoteResponse.NodeEndpoint.FIELDS = (
    FieldInfo('NodeId', 'node_id', 'int32', (1, OPEN), None, None, None, False, 'brokerId', None, None),
    FieldInfo('Host', 'host', 'string', (1, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Port', 'port', 'uint16', (1, OPEN), None, None, None, False, None, None, None),
)
