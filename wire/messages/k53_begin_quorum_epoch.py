"""API key 53: BeginQuorumEpoch.

GENERATED - DO NOT EDIT. Written by ``python -m wire.generator`` from Apache Kafka 4.1.1's
message definitions (BeginQuorumEpochRequest.json, BeginQuorumEpochResponse.json).
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
_S_hi = struct.Struct('>hi')
_S_i = struct.Struct('>i')
_S_ihii = struct.Struct('>ihii')
_S_ii = struct.Struct('>ii')
_S_iii = struct.Struct('>iii')


@dataclass(slots=True)
class BeginQuorumEpochRequest:
    """BeginQuorumEpochRequest (API key 53, versions 0-1).

    Generated from BeginQuorumEpochRequest.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = 53
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 1
    LATEST_VERSION: ClassVar[int] = 1
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
    FLEXIBLE_MIN: ClassVar[int | None] = 1
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
            #: The directory id of the receiving replica.
            voter_directory_id: UUID = ZERO_UUID
            #: The ID of the newly elected leader.
            leader_id: int = 0
            #: The epoch of the newly elected leader.
            leader_epoch: int = 0
            #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
            unknown_tagged_fields: list[tuple[int, bytes]] | None = None

        #: The topic name.
        topic_name: str = ''
        #: The partitions.
        partitions: list[BeginQuorumEpochRequest.TopicData.PartitionData] = field(default_factory=list)
        #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
        unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @dataclass(slots=True)
    class LeaderEndpoint:
        FIELDS: ClassVar[tuple[FieldInfo, ...]]

        #: The name of the endpoint.
        name: str = ''
        #: The node's hostname.
        host: str = ''
        #: The node's port.
        port: int = 0
        #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
        unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    PartitionData = TopicData.PartitionData
    #: The cluster id.
    cluster_id: str | None = None
    #: The replica id of the voter receiving the request.
    voter_id: int = -1
    #: The topics.
    topics: list[BeginQuorumEpochRequest.TopicData] = field(default_factory=list)
    #: Endpoints for the leader.
    leader_endpoints: list[BeginQuorumEpochRequest.LeaderEndpoint] = field(default_factory=list)
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> BeginQuorumEpochRequest:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_BeginQuorumEpochRequest, data, version, 'BeginQuorumEpochRequest', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_BeginQuorumEpochRequest, self, version, 'BeginQuorumEpochRequest')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_BeginQuorumEpochRequest, self, version, 'BeginQuorumEpochRequest')


@dataclass(slots=True)
class BeginQuorumEpochResponse:
    """BeginQuorumEpochResponse (API key 53, versions 0-1).

    Generated from BeginQuorumEpochResponse.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = 53
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 1
    LATEST_VERSION: ClassVar[int] = 1
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
    FLEXIBLE_MIN: ClassVar[int | None] = 1
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
            #: The error code for this partition.
            error_code: int = 0
            #: The ID of the current leader or -1 if the leader is unknown.
            leader_id: int = 0
            #: The latest known leader epoch.
            leader_epoch: int = 0
            #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
            unknown_tagged_fields: list[tuple[int, bytes]] | None = None

        #: The topic name.
        topic_name: str = ''
        #: The partition data.
        partitions: list[BeginQuorumEpochResponse.TopicData.PartitionData] = field(default_factory=list)
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
    #: The topic data.
    topics: list[BeginQuorumEpochResponse.TopicData] = field(default_factory=list)
    #: Endpoints for all leaders enumerated in PartitionData.
    node_endpoints: list[BeginQuorumEpochResponse.NodeEndpoint] = field(default_factory=list)
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> BeginQuorumEpochResponse:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_BeginQuorumEpochResponse, data, version, 'BeginQuorumEpochResponse', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_BeginQuorumEpochResponse, self, version, 'BeginQuorumEpochResponse')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_BeginQuorumEpochResponse, self, version, 'BeginQuorumEpochResponse')

def _d_BeginQuorumEpochRequest_TopicData_PartitionData_v0(B: memoryview, P: int) -> tuple[BeginQuorumEpochRequest.TopicData.PartitionData, int]:
    (f0, f2, f3,) = _S_iii.unpack_from(B, P)
    P += 12
    return _C_BeginQuorumEpochRequest_TopicData_PartitionData(f0, ZERO_UUID, f2, f3, None), P


def _d_BeginQuorumEpochRequest_TopicData_v0(B: memoryview, P: int) -> tuple[BeginQuorumEpochRequest.TopicData, int]:
    f0, P = read_string(B, P)
    (n_f1,) = _S_i.unpack_from(B, P)
    P += 4
    f1: list[BeginQuorumEpochRequest.TopicData.PartitionData]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Partitions has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_BeginQuorumEpochRequest_TopicData_PartitionData_v0(B, P)
            f1.append(e_f1)
    return _C_BeginQuorumEpochRequest_TopicData(f0, f1, None), P


def _d_BeginQuorumEpochRequest_v0(B: memoryview, P: int) -> tuple[BeginQuorumEpochRequest, int]:
    f0, P = read_nullable_string(B, P)
    (n_f2,) = _S_i.unpack_from(B, P)
    P += 4
    f2: list[BeginQuorumEpochRequest.TopicData]
    if n_f2 < 0:
        raise DecodeError(f'non-nullable array Topics has length {n_f2}')
    else:
        if n_f2 > len(B) - P:
            raise DecodeError(f'array length {n_f2} exceeds the buffer')
        f2 = []
        for _ in range(n_f2):
            e_f2, P = _d_BeginQuorumEpochRequest_TopicData_v0(B, P)
            f2.append(e_f2)
    return _C_BeginQuorumEpochRequest(f0, -1, f2, [], None), P


def _d_BeginQuorumEpochRequest_TopicData_PartitionData_v1(B: memoryview, P: int) -> tuple[BeginQuorumEpochRequest.TopicData.PartitionData, int]:
    (f0,) = _S_i.unpack_from(B, P)
    P += 4
    f1, P = read_uuid(B, P)
    (f2, f3,) = _S_ii.unpack_from(B, P)
    P += 8
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_BeginQuorumEpochRequest_TopicData_PartitionData(f0, f1, f2, f3, tf), P


def _d_BeginQuorumEpochRequest_TopicData_v1(B: memoryview, P: int) -> tuple[BeginQuorumEpochRequest.TopicData, int]:
    f0, P = read_compact_string(B, P)
    n_f1 = B[P]
    if n_f1 < 0x80:
        P += 1
    else:
        n_f1, P = read_uvarint(B, P)
    n_f1 -= 1
    f1: list[BeginQuorumEpochRequest.TopicData.PartitionData]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Partitions has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_BeginQuorumEpochRequest_TopicData_PartitionData_v1(B, P)
            f1.append(e_f1)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_BeginQuorumEpochRequest_TopicData(f0, f1, tf), P


def _d_BeginQuorumEpochRequest_LeaderEndpoint_v1(B: memoryview, P: int) -> tuple[BeginQuorumEpochRequest.LeaderEndpoint, int]:
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
    return _C_BeginQuorumEpochRequest_LeaderEndpoint(f0, f1, f2, tf), P


def _d_BeginQuorumEpochRequest_v1(B: memoryview, P: int) -> tuple[BeginQuorumEpochRequest, int]:
    f0, P = read_compact_nullable_string(B, P)
    (f1,) = _S_i.unpack_from(B, P)
    P += 4
    n_f2 = B[P]
    if n_f2 < 0x80:
        P += 1
    else:
        n_f2, P = read_uvarint(B, P)
    n_f2 -= 1
    f2: list[BeginQuorumEpochRequest.TopicData]
    if n_f2 < 0:
        raise DecodeError(f'non-nullable array Topics has length {n_f2}')
    else:
        if n_f2 > len(B) - P:
            raise DecodeError(f'array length {n_f2} exceeds the buffer')
        f2 = []
        for _ in range(n_f2):
            e_f2, P = _d_BeginQuorumEpochRequest_TopicData_v1(B, P)
            f2.append(e_f2)
    n_f3 = B[P]
    if n_f3 < 0x80:
        P += 1
    else:
        n_f3, P = read_uvarint(B, P)
    n_f3 -= 1
    f3: list[BeginQuorumEpochRequest.LeaderEndpoint]
    if n_f3 < 0:
        raise DecodeError(f'non-nullable array LeaderEndpoints has length {n_f3}')
    else:
        if n_f3 > len(B) - P:
            raise DecodeError(f'array length {n_f3} exceeds the buffer')
        f3 = []
        for _ in range(n_f3):
            e_f3, P = _d_BeginQuorumEpochRequest_LeaderEndpoint_v1(B, P)
            f3.append(e_f3)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_BeginQuorumEpochRequest(f0, f1, f2, f3, tf), P


def _e_BeginQuorumEpochRequest_TopicData_PartitionData_v0(o: BeginQuorumEpochRequest.TopicData.PartitionData, O: bytearray) -> None:
    O += _S_iii.pack(o.partition_index, o.leader_id, o.leader_epoch)


def _e_BeginQuorumEpochRequest_TopicData_v0(o: BeginQuorumEpochRequest.TopicData, O: bytearray) -> None:
    write_string(O, o.topic_name)
    a1 = o.partitions
    if a1 is None:
        raise EncodeError('non-nullable array Partitions is None')
    O += _S_i.pack(len(a1))
    for e_a1 in a1:
        _e_BeginQuorumEpochRequest_TopicData_PartitionData_v0(e_a1, O)


def _e_BeginQuorumEpochRequest_v0(o: BeginQuorumEpochRequest, O: bytearray) -> None:
    write_nullable_string(O, o.cluster_id)
    a1 = o.topics
    if a1 is None:
        raise EncodeError('non-nullable array Topics is None')
    O += _S_i.pack(len(a1))
    for e_a1 in a1:
        _e_BeginQuorumEpochRequest_TopicData_v0(e_a1, O)


def _e_BeginQuorumEpochRequest_TopicData_PartitionData_v1(o: BeginQuorumEpochRequest.TopicData.PartitionData, O: bytearray) -> None:
    O += _S_i.pack(o.partition_index)
    write_uuid(O, o.voter_directory_id)
    O += _S_ii.pack(o.leader_id, o.leader_epoch)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_BeginQuorumEpochRequest_TopicData_v1(o: BeginQuorumEpochRequest.TopicData, O: bytearray) -> None:
    write_compact_string(O, o.topic_name)
    a1 = o.partitions
    if a1 is None:
        raise EncodeError('non-nullable array Partitions is None')
    write_uvarint(O, len(a1) + 1)
    for e_a1 in a1:
        _e_BeginQuorumEpochRequest_TopicData_PartitionData_v1(e_a1, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_BeginQuorumEpochRequest_LeaderEndpoint_v1(o: BeginQuorumEpochRequest.LeaderEndpoint, O: bytearray) -> None:
    write_compact_string(O, o.name)
    write_compact_string(O, o.host)
    O += _S_H.pack(o.port)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_BeginQuorumEpochRequest_v1(o: BeginQuorumEpochRequest, O: bytearray) -> None:
    write_compact_nullable_string(O, o.cluster_id)
    O += _S_i.pack(o.voter_id)
    a2 = o.topics
    if a2 is None:
        raise EncodeError('non-nullable array Topics is None')
    write_uvarint(O, len(a2) + 1)
    for e_a2 in a2:
        _e_BeginQuorumEpochRequest_TopicData_v1(e_a2, O)
    a3 = o.leader_endpoints
    if a3 is None:
        raise EncodeError('non-nullable array LeaderEndpoints is None')
    write_uvarint(O, len(a3) + 1)
    for e_a3 in a3:
        _e_BeginQuorumEpochRequest_LeaderEndpoint_v1(e_a3, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _d_BeginQuorumEpochResponse_TopicData_PartitionData_v0(B: memoryview, P: int) -> tuple[BeginQuorumEpochResponse.TopicData.PartitionData, int]:
    (f0, f1, f2, f3,) = _S_ihii.unpack_from(B, P)
    P += 14
    return _C_BeginQuorumEpochResponse_TopicData_PartitionData(f0, f1, f2, f3, None), P


def _d_BeginQuorumEpochResponse_TopicData_v0(B: memoryview, P: int) -> tuple[BeginQuorumEpochResponse.TopicData, int]:
    f0, P = read_string(B, P)
    (n_f1,) = _S_i.unpack_from(B, P)
    P += 4
    f1: list[BeginQuorumEpochResponse.TopicData.PartitionData]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Partitions has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_BeginQuorumEpochResponse_TopicData_PartitionData_v0(B, P)
            f1.append(e_f1)
    return _C_BeginQuorumEpochResponse_TopicData(f0, f1, None), P


def _d_BeginQuorumEpochResponse_v0(B: memoryview, P: int) -> tuple[BeginQuorumEpochResponse, int]:
    (f0, n_f1,) = _S_hi.unpack_from(B, P)
    P += 6
    f1: list[BeginQuorumEpochResponse.TopicData]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Topics has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_BeginQuorumEpochResponse_TopicData_v0(B, P)
            f1.append(e_f1)
    return _C_BeginQuorumEpochResponse(f0, f1, [], None), P


def _d_BeginQuorumEpochResponse_TopicData_PartitionData_v1(B: memoryview, P: int) -> tuple[BeginQuorumEpochResponse.TopicData.PartitionData, int]:
    (f0, f1, f2, f3,) = _S_ihii.unpack_from(B, P)
    P += 14
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_BeginQuorumEpochResponse_TopicData_PartitionData(f0, f1, f2, f3, tf), P


def _d_BeginQuorumEpochResponse_TopicData_v1(B: memoryview, P: int) -> tuple[BeginQuorumEpochResponse.TopicData, int]:
    f0, P = read_compact_string(B, P)
    n_f1 = B[P]
    if n_f1 < 0x80:
        P += 1
    else:
        n_f1, P = read_uvarint(B, P)
    n_f1 -= 1
    f1: list[BeginQuorumEpochResponse.TopicData.PartitionData]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Partitions has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_BeginQuorumEpochResponse_TopicData_PartitionData_v1(B, P)
            f1.append(e_f1)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_BeginQuorumEpochResponse_TopicData(f0, f1, tf), P


def _d_BeginQuorumEpochResponse_NodeEndpoint_v1(B: memoryview, P: int) -> tuple[BeginQuorumEpochResponse.NodeEndpoint, int]:
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
    return _C_BeginQuorumEpochResponse_NodeEndpoint(f0, f1, f2, tf), P


def _d_BeginQuorumEpochResponse_v1(B: memoryview, P: int) -> tuple[BeginQuorumEpochResponse, int]:
    (f0,) = _S_h.unpack_from(B, P)
    P += 2
    n_f1 = B[P]
    if n_f1 < 0x80:
        P += 1
    else:
        n_f1, P = read_uvarint(B, P)
    n_f1 -= 1
    f1: list[BeginQuorumEpochResponse.TopicData]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Topics has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_BeginQuorumEpochResponse_TopicData_v1(B, P)
            f1.append(e_f1)
    tf: list[tuple[int, bytes]] | None = None
    f2: list[BeginQuorumEpochResponse.NodeEndpoint] = []
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
                        e_f2, p2 = _d_BeginQuorumEpochResponse_NodeEndpoint_v1(sb, p2)
                        f2.append(e_f2)
                if p2 != end:
                    raise DecodeError('tagged field NodeEndpoints has the wrong size')
            else:
                if tf is None:
                    tf = []
                tf.append((tag, bytes(B[P:end])))
            P = end
    return _C_BeginQuorumEpochResponse(f0, f1, f2, tf), P


def _e_BeginQuorumEpochResponse_TopicData_PartitionData_v0(o: BeginQuorumEpochResponse.TopicData.PartitionData, O: bytearray) -> None:
    O += _S_ihii.pack(o.partition_index, o.error_code, o.leader_id, o.leader_epoch)


def _e_BeginQuorumEpochResponse_TopicData_v0(o: BeginQuorumEpochResponse.TopicData, O: bytearray) -> None:
    write_string(O, o.topic_name)
    a1 = o.partitions
    if a1 is None:
        raise EncodeError('non-nullable array Partitions is None')
    O += _S_i.pack(len(a1))
    for e_a1 in a1:
        _e_BeginQuorumEpochResponse_TopicData_PartitionData_v0(e_a1, O)


def _e_BeginQuorumEpochResponse_v0(o: BeginQuorumEpochResponse, O: bytearray) -> None:
    if bool(o.node_endpoints):
        raise EncodeError('BeginQuorumEpochResponse.NodeEndpoints is not supported in version 0')
    a1 = o.topics
    if a1 is None:
        raise EncodeError('non-nullable array Topics is None')
    O += _S_hi.pack(o.error_code, len(a1))
    for e_a1 in a1:
        _e_BeginQuorumEpochResponse_TopicData_v0(e_a1, O)


def _e_BeginQuorumEpochResponse_TopicData_PartitionData_v1(o: BeginQuorumEpochResponse.TopicData.PartitionData, O: bytearray) -> None:
    O += _S_ihii.pack(o.partition_index, o.error_code, o.leader_id, o.leader_epoch)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_BeginQuorumEpochResponse_TopicData_v1(o: BeginQuorumEpochResponse.TopicData, O: bytearray) -> None:
    write_compact_string(O, o.topic_name)
    a1 = o.partitions
    if a1 is None:
        raise EncodeError('non-nullable array Partitions is None')
    write_uvarint(O, len(a1) + 1)
    for e_a1 in a1:
        _e_BeginQuorumEpochResponse_TopicData_PartitionData_v1(e_a1, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_BeginQuorumEpochResponse_NodeEndpoint_v1(o: BeginQuorumEpochResponse.NodeEndpoint, O: bytearray) -> None:
    O += _S_i.pack(o.node_id)
    write_compact_string(O, o.host)
    O += _S_H.pack(o.port)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_BeginQuorumEpochResponse_v1(o: BeginQuorumEpochResponse, O: bytearray) -> None:
    O += _S_h.pack(o.error_code)
    a1 = o.topics
    if a1 is None:
        raise EncodeError('non-nullable array Topics is None')
    write_uvarint(O, len(a1) + 1)
    for e_a1 in a1:
        _e_BeginQuorumEpochResponse_TopicData_v1(e_a1, O)
    tg: list[tuple[int, bytes | bytearray | memoryview]] | None = None
    t0 = o.node_endpoints
    if bool(t0):
        tb = bytearray()
        t0v = t0
        if t0v is None:
            raise EncodeError('non-nullable array NodeEndpoints is None')
        write_uvarint(tb, len(t0v) + 1)
        for e_t0v in t0v:
            _e_BeginQuorumEpochResponse_NodeEndpoint_v1(e_t0v, tb)
        if tg is None:
            tg = []
        tg.append((0, tb))
    if tg is not None or o.unknown_tagged_fields:
        write_tagged_fields(O, tg, o.unknown_tagged_fields)
    else:
        O.append(0)


_C_BeginQuorumEpochRequest = BeginQuorumEpochRequest
_C_BeginQuorumEpochRequest_TopicData = BeginQuorumEpochRequest.TopicData
_C_BeginQuorumEpochRequest_TopicData_PartitionData = BeginQuorumEpochRequest.TopicData.PartitionData
_C_BeginQuorumEpochRequest_LeaderEndpoint = BeginQuorumEpochRequest.LeaderEndpoint
_DEF_C_BeginQuorumEpochRequest_TopicData = _C_BeginQuorumEpochRequest_TopicData()
_DEF_C_BeginQuorumEpochRequest_TopicData_PartitionData = _C_BeginQuorumEpochRequest_TopicData_PartitionData()
_DEF_C_BeginQuorumEpochRequest_LeaderEndpoint = _C_BeginQuorumEpochRequest_LeaderEndpoint()
_DEC_BeginQuorumEpochRequest: dict[int, Decoder[BeginQuorumEpochRequest]] = {
    0: _d_BeginQuorumEpochRequest_v0,
    1: _d_BeginQuorumEpochRequest_v1,
}
_ENC_BeginQuorumEpochRequest: dict[int, Encoder[BeginQuorumEpochRequest]] = {
    0: _e_BeginQuorumEpochRequest_v0,
    1: _e_BeginQuorumEpochRequest_v1,
}
BeginQuorumEpochRequest.FIELDS = (
    FieldInfo('ClusterId', 'cluster_id', 'string', (0, OPEN), (0, OPEN), None, None, False, None, None, None),
    FieldInfo('VoterId', 'voter_id', 'int32', (1, OPEN), None, None, None, True, 'brokerId', None, None),
    FieldInfo('Topics', 'topics', '[]TopicData', (0, OPEN), None, None, None, False, None, None, _C_BeginQuorumEpochRequest_TopicData),
    FieldInfo('LeaderEndpoints', 'leader_endpoints', '[]LeaderEndpoint', (1, OPEN), None, None, None, True, None, None, _C_BeginQuorumEpochRequest_LeaderEndpoint),
)
BeginQuorumEpochRequest.TopicData.FIELDS = (
    FieldInfo('TopicName', 'topic_name', 'string', (0, OPEN), None, None, None, False, 'topicName', None, None),
    FieldInfo('Partitions', 'partitions', '[]PartitionData', (0, OPEN), None, None, None, False, None, None, _C_BeginQuorumEpochRequest_TopicData_PartitionData),
)
BeginQuorumEpochRequest.TopicData.PartitionData.FIELDS = (
    FieldInfo('PartitionIndex', 'partition_index', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('VoterDirectoryId', 'voter_directory_id', 'uuid', (1, OPEN), None, None, None, True, None, None, None),
    FieldInfo('LeaderId', 'leader_id', 'int32', (0, OPEN), None, None, None, False, 'brokerId', None, None),
    FieldInfo('LeaderEpoch', 'leader_epoch', 'int32', (0, OPEN), None, None, None, False, None, None, None),
)
BeginQuorumEpochRequest.LeaderEndpoint.FIELDS = (
    FieldInfo('Name', 'name', 'string', (1, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Host', 'host', 'string', (1, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Port', 'port', 'uint16', (1, OPEN), None, None, None, False, None, None, None),
)

_C_BeginQuorumEpochResponse = BeginQuorumEpochResponse
_C_BeginQuorumEpochResponse_TopicData = BeginQuorumEpochResponse.TopicData
_C_BeginQuorumEpochResponse_TopicData_PartitionData = BeginQuorumEpochResponse.TopicData.PartitionData
_C_BeginQuorumEpochResponse_NodeEndpoint = BeginQuorumEpochResponse.NodeEndpoint
_DEF_C_BeginQuorumEpochResponse_TopicData = _C_BeginQuorumEpochResponse_TopicData()
_DEF_C_BeginQuorumEpochResponse_TopicData_PartitionData = _C_BeginQuorumEpochResponse_TopicData_PartitionData()
_DEF_C_BeginQuorumEpochResponse_NodeEndpoint = _C_BeginQuorumEpochResponse_NodeEndpoint()
_DEC_BeginQuorumEpochResponse: dict[int, Decoder[BeginQuorumEpochResponse]] = {
    0: _d_BeginQuorumEpochResponse_v0,
    1: _d_BeginQuorumEpochResponse_v1,
}
_ENC_BeginQuorumEpochResponse: dict[int, Encoder[BeginQuorumEpochResponse]] = {
    0: _e_BeginQuorumEpochResponse_v0,
    1: _e_BeginQuorumEpochResponse_v1,
}
BeginQuorumEpochResponse.FIELDS = (
    FieldInfo('ErrorCode', 'error_code', 'int16', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Topics', 'topics', '[]TopicData', (0, OPEN), None, None, None, False, None, None, _C_BeginQuorumEpochResponse_TopicData),
    FieldInfo('NodeEndpoints', 'node_endpoints', '[]NodeEndpoint', (1, OPEN), None, (1, OPEN), 0, False, None, None, _C_BeginQuorumEpochResponse_NodeEndpoint),
)
BeginQuorumEpochResponse.TopicData.FIELDS = (
    FieldInfo('TopicName', 'topic_name', 'string', (0, OPEN), None, None, None, False, 'topicName', None, None),
    FieldInfo('Partitions', 'partitions', '[]PartitionData', (0, OPEN), None, None, None, False, None, None, _C_BeginQuorumEpochResponse_TopicData_PartitionData),
)
BeginQuorumEpochResponse.TopicData.PartitionData.FIELDS = (
    FieldInfo('PartitionIndex', 'partition_index', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('ErrorCode', 'error_code', 'int16', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('LeaderId', 'leader_id', 'int32', (0, OPEN), None, None, None, False, 'brokerId', None, None),
    FieldInfo('LeaderEpoch', 'leader_epoch', 'int32', (0, OPEN), None, None, None, False, None, None, None),
)
BeginQuorumEpochResponse.NodeEndpoint.FIELDS = (
    FieldInfo('NodeId', 'node_id', 'int32', (1, OPEN), None, None, None, False, 'brokerId', None, None),
    FieldInfo('Host', 'host', 'string', (1, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Port', 'port', 'uint16', (1, OPEN), None, None, None, False, None, None, None),
)
