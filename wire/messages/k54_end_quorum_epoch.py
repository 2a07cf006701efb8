"""API key 54: EndQuorumEpoch.

GENERATED - DO NOT EDIT. Written by ``python -m wire.generator`` from Apache Kafka 4.1.1's
message definitions (EndQuorumEpochRequest.json, EndQuorumEpochResponse.json).
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
_S_iii = struct.Struct('>iii')
_S_iiii = struct.Struct('>iiii')


@dataclass(slots=True)
class EndQuorumEpochRequest:
    """EndQuorumEpochRequest (API key 54, versions 0-1).

    Generated from EndQuorumEpochRequest.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = 54
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

            @dataclass(slots=True)
            class ReplicaInfo:
                FIELDS: ClassVar[tuple[FieldInfo, ...]]

                #: The ID of the candidate replica.
                candidate_id: int = 0
                #: The directory ID of the candidate replica.
                candidate_directory_id: UUID = ZERO_UUID
                #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
                unknown_tagged_fields: list[tuple[int, bytes]] | None = None

            #: The partition index.
            partition_index: int = 0
            #: The current leader ID that is resigning.
            leader_id: int = 0
            #: The current epoch.
            leader_epoch: int = 0
            #: A sorted list of preferred successors to start the election.
            preferred_successors: list[int] = field(default_factory=list)
            #: A sorted list of preferred candidates to start the election.
            preferred_candidates: list[EndQuorumEpochRequest.TopicData.PartitionData.ReplicaInfo] = field(default_factory=list)
            #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
            unknown_tagged_fields: list[tuple[int, bytes]] | None = None

        #: The topic name.
        topic_name: str = ''
        #: The partitions.
        partitions: list[EndQuorumEpochRequest.TopicData.PartitionData] = field(default_factory=list)
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

    ReplicaInfo = TopicData.PartitionData.ReplicaInfo
    PartitionData = TopicData.PartitionData
    #: The cluster id.
    cluster_id: str | None = None
    #: The topics.
    topics: list[EndQuorumEpochRequest.TopicData] = field(default_factory=list)
    #: Endpoints for the leader.
    leader_endpoints: list[EndQuorumEpochRequest.LeaderEndpoint] = field(default_factory=list)
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> EndQuorumEpochRequest:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_EndQuorumEpochRequest, data, version, 'EndQuorumEpochRequest', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_EndQuorumEpochRequest, self, version, 'EndQuorumEpochRequest')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_EndQuorumEpochRequest, self, version, 'EndQuorumEpochRequest')


@dataclass(slots=True)
class EndQuorumEpochResponse:
    """EndQuorumEpochResponse (API key 54, versions 0-1).

    Generated from EndQuorumEpochResponse.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = 54
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
            #: The partition level error code.
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
        partitions: list[EndQuorumEpochResponse.TopicData.PartitionData] = field(default_factory=list)
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
    topics: list[EndQuorumEpochResponse.TopicData] = field(default_factory=list)
    #: Endpoints for all leaders enumerated in PartitionData.
    node_endpoints: list[EndQuorumEpochResponse.NodeEndpoint] = field(default_factory=list)
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> EndQuorumEpochResponse:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_EndQuorumEpochResponse, data, version, 'EndQuorumEpochResponse', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_EndQuorumEpochResponse, self, version, 'EndQuorumEpochResponse')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_EndQuorumEpochResponse, self, version, 'EndQuorumEpochResponse')

def _d_EndQuorumEpochRequest_TopicData_PartitionData_v0(B: memoryview, P: int) -> tuple[EndQuorumEpochRequest.TopicData.PartitionData, int]:
    (f0, f1, f2, n_f3,) = _S_iiii.unpack_from(B, P)
    P += 16
    f3: list[int]
    if n_f3 < 0:
        raise DecodeError(f'non-nullable array PreferredSuccessors has length {n_f3}')
    else:
        check_count(n_f3, B, P)
        f3 = list(struct.unpack_from('>%di' % n_f3, B, P))
        P += n_f3 * 4
    return _C_EndQuorumEpochRequest_TopicData_PartitionData(f0, f1, f2, f3, [], None), P


def _d_EndQuorumEpochRequest_TopicData_v0(B: memoryview, P: int) -> tuple[EndQuorumEpochRequest.TopicData, int]:
    f0, P = read_string(B, P)
    (n_f1,) = _S_i.unpack_from(B, P)
    P += 4
    f1: list[EndQuorumEpochRequest.TopicData.PartitionData]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Partitions has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_EndQuorumEpochRequest_TopicData_PartitionData_v0(B, P)
            f1.append(e_f1)
    return _C_EndQuorumEpochRequest_TopicData(f0, f1, None), P


def _d_EndQuorumEpochRequest_v0(B: memoryview, P: int) -> tuple[EndQuorumEpochRequest, int]:
    f0, P = read_nullable_string(B, P)
    (n_f1,) = _S_i.unpack_from(B, P)
    P += 4
    f1: list[EndQuorumEpochRequest.TopicData]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Topics has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_EndQuorumEpochRequest_TopicData_v0(B, P)
            f1.append(e_f1)
    return _C_EndQuorumEpochRequest(f0, f1, [], None), P


def _d_EndQuorumEpochRequest_TopicData_PartitionData_ReplicaInfo_v1(B: memoryview, P: int) -> tuple[EndQuorumEpochRequest.TopicData.PartitionData.ReplicaInfo, int]:
    (f0,) = _S_i.unpack_from(B, P)
    P += 4
    f1, P = read_uuid(B, P)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_EndQuorumEpochRequest_TopicData_PartitionData_ReplicaInfo(f0, f1, tf), P


def _d_EndQuorumEpochRequest_TopicData_PartitionData_v1(B: memoryview, P: int) -> tuple[EndQuorumEpochRequest.TopicData.PartitionData, int]:
    (f0, f1, f2,) = _S_iii.unpack_from(B, P)
    P += 12
    n_f4 = B[P]
    if n_f4 < 0x80:
        P += 1
    else:
        n_f4, P = read_uvarint(B, P)
    n_f4 -= 1
    f4: list[EndQuorumEpochRequest.TopicData.PartitionData.ReplicaInfo]
    if n_f4 < 0:
        raise DecodeError(f'non-nullable array PreferredCandidates has length {n_f4}')
    else:
        if n_f4 > len(B) - P:
            raise DecodeError(f'array length {n_f4} exceeds the buffer')
        f4 = []
        for _ in range(n_f4):
            e_f4, P = _d_EndQuorumEpochRequest_TopicData_PartitionData_ReplicaInfo_v1(B, P)
            f4.append(e_f4)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_EndQuorumEpochRequest_TopicData_PartitionData(f0, f1, f2, [], f4, tf), P


def _d_EndQuorumEpochRequest_TopicData_v1(B: memoryview, P: int) -> tuple[EndQuorumEpochRequest.TopicData, int]:
    f0, P = read_compact_string(B, P)
    n_f1 = B[P]
    if n_f1 < 0x80:
        P += 1
    else:
        n_f1, P = read_uvarint(B, P)
    n_f1 -= 1
    f1: list[EndQuorumEpochRequest.TopicData.PartitionData]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Partitions has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_EndQuorumEpochRequest_TopicData_PartitionData_v1(B, P)
            f1.append(e_f1)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_EndQuorumEpochRequest_TopicData(f0, f1, tf), P


def _d_EndQuorumEpochRequest_LeaderEndpoint_v1(B: memoryview, P: int) -> tuple[EndQuorumEpochRequest.LeaderEndpoint, int]:
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
    return _C_EndQuorumEpochRequest_LeaderEndpoint(f0, f1, f2, tf), P


def _d_EndQuorumEpochRequest_v1(B: memoryview, P: int) -> tuple[EndQuorumEpochRequest, int]:
    f0, P = read_compact_nullable_string(B, P)
    n_f1 = B[P]
    if n_f1 < 0x80:
        P += 1
    else:
        n_f1, P = read_uvarint(B, P)
    n_f1 -= 1
    f1: list[EndQuorumEpochRequest.TopicData]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Topics has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_EndQuorumEpochRequest_TopicData_v1(B, P)
            f1.append(e_f1)
    n_f2 = B[P]
    if n_f2 < 0x80:
        P += 1
    else:
        n_f2, P = read_uvarint(B, P)
    n_f2 -= 1
    f2: list[EndQuorumEpochRequest.LeaderEndpoint]
    if n_f2 < 0:
        raise DecodeError(f'non-nullable array LeaderEndpoints has length {n_f2}')
    else:
        if n_f2 > len(B) - P:
            raise DecodeError(f'array length {n_f2} exceeds the buffer')
        f2 = []
        for _ in range(n_f2):
            e_f2, P = _d_EndQuorumEpochRequest_LeaderEndpoint_v1(B, P)
            f2.append(e_f2)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_EndQuorumEpochRequest(f0, f1, f2, tf), P


def _e_EndQuorumEpochRequest_TopicData_PartitionData_v0(o: EndQuorumEpochRequest.TopicData.PartitionData, O: bytearray) -> None:
    a3 = o.preferred_successors
    if a3 is None:
        raise EncodeError('non-nullable array PreferredSuccessors is None')
    O += _S_iiii.pack(o.partition_index, o.leader_id, o.leader_epoch, len(a3))
    O += struct.pack('>%di' % len(a3), *a3)


def _e_EndQuorumEpochRequest_TopicData_v0(o: EndQuorumEpochRequest.TopicData, O: bytearray) -> None:
    write_string(O, o.topic_name)
    a1 = o.partitions
    if a1 is None:
        raise EncodeError('non-nullable array Partitions is None')
    O += _S_i.pack(len(a1))
    for e_a1 in a1:
        _e_EndQuorumEpochRequest_TopicData_PartitionData_v0(e_a1, O)


def _e_EndQuorumEpochRequest_v0(o: EndQuorumEpochRequest, O: bytearray) -> None:
    write_nullable_string(O, o.cluster_id)
    a1 = o.topics
    if a1 is None:
        raise EncodeError('non-nullable array Topics is None')
    O += _S_i.pack(len(a1))
    for e_a1 in a1:
        _e_EndQuorumEpochRequest_TopicData_v0(e_a1, O)


def _e_EndQuorumEpochRequest_TopicData_PartitionData_ReplicaInfo_v1(o: EndQuorumEpochRequest.TopicData.PartitionData.ReplicaInfo, O: bytearray) -> None:
    O += _S_i.pack(o.candidate_id)
    write_uuid(O, o.candidate_directory_id)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_EndQuorumEpochRequest_TopicData_PartitionData_v1(o: EndQuorumEpochRequest.TopicData.PartitionData, O: bytearray) -> None:
    O += _S_iii.pack(o.partition_index, o.leader_id, o.leader_epoch)
    a3 = o.preferred_candidates
    if a3 is None:
        raise EncodeError('non-nullable array PreferredCandidates is None')
    write_uvarint(O, len(a3) + 1)
    for e_a3 in a3:
        _e_EndQuorumEpochRequest_TopicData_PartitionData_ReplicaInfo_v1(e_a3, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_EndQuorumEpochRequest_TopicData_v1(o: EndQuorumEpochRequest.TopicData, O: bytearray) -> None:
    write_compact_string(O, o.topic_name)
    a1 = o.partitions
    if a1 is None:
        raise EncodeError('non-nullable array Partitions is None')
    write_uvarint(O, len(a1) + 1)
    for e_a1 in a1:
        _e_EndQuorumEpochRequest_TopicData_PartitionData_v1(e_a1, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_EndQuorumEpochRequest_LeaderEndpoint_v1(o: EndQuorumEpochRequest.LeaderEndpoint, O: bytearray) -> None:
    write_compact_string(O, o.name)
    write_compact_string(O, o.host)
    O += _S_H.pack(o.port)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_EndQuorumEpochRequest_v1(o: EndQuorumEpochRequest, O: bytearray) -> None:
    write_compact_nullable_string(O, o.cluster_id)
    a1 = o.topics
    if a1 is None:
        raise EncodeError('non-nullable array Topics is None')
    write_uvarint(O, len(a1) + 1)
    for e_a1 in a1:
        _e_EndQuorumEpochRequest_TopicData_v1(e_a1, O)
    a2 = o.leader_endpoints
    if a2 is None:
        raise EncodeError('non-nullable array LeaderEndpoints is None')
    write_uvarint(O, len(a2) + 1)
    for e_a2 in a2:
        _e_EndQuorumEpochRequest_LeaderEndpoint_v1(e_a2, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _d_EndQuorumEpochResponse_TopicData_PartitionData_v0(B: memoryview, P: int) -> tuple[EndQuorumEpochResponse.TopicData.PartitionData, int]:
    (f0, f1, f2, f3,) = _S_ihii.unpack_from(B, P)
    P += 14
    return _C_EndQuorumEpochResponse_TopicData_PartitionData(f0, f1, f2, f3, None), P


def _d_EndQuorumEpochResponse_TopicData_v0(B: memoryview, P: int) -> tuple[EndQuorumEpochResponse.TopicData, int]:
    f0, P = read_string(B, P)
    (n_f1,) = _S_i.unpack_from(B, P)
    P += 4
    f1: list[EndQuorumEpochResponse.TopicData.PartitionData]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Partitions has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_EndQuorumEpochResponse_TopicData_PartitionData_v0(B, P)
            f1.append(e_f1)
    return _C_EndQuorumEpochResponse_TopicData(f0, f1, None), P


def _d_EndQuorumEpochResponse_v0(B: memoryview, P: int) -> tuple[EndQuorumEpochResponse, int]:
    (f0, n_f1,) = _S_hi.unpack_from(B, P)
    P += 6
    f1: list[EndQuorumEpochResponse.TopicData]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Topics has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_EndQuorumEpochResponse_TopicData_v0(B, P)
            f1.append(e_f1)
    return _C_EndQuorumEpochResponse(f0, f1, [], None), P


def _d_EndQuorumEpochResponse_TopicData_PartitionData_v1(B: memoryview, P: int) -> tuple[EndQuorumEpochResponse.TopicData.PartitionData, int]:
    (f0, f1, f2, f3,) = _S_ihii.unpack_from(B, P)
    P += 14
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_EndQuorumEpochResponse_TopicData_PartitionData(f0, f1, f2, f3, tf), P


def _d_EndQuorumEpochResponse_TopicData_v1(B: memoryview, P: int) -> tuple[EndQuorumEpochResponse.TopicData, int]:
    f0, P = read_compact_string(B, P)
    n_f1 = B[P]
    if n_f1 < 0x80:
        P += 1
    else:
        n_f1, P = read_uvarint(B, P)
    n_f1 -= 1
    f1: list[EndQuorumEpochResponse.TopicData.PartitionData]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Partitions has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_EndQuorumEpochResponse_TopicData_PartitionData_v1(B, P)
            f1.append(e_f1)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_EndQuorumEpochResponse_TopicData(f0, f1, tf), P


def _d_EndQuorumEpochResponse_NodeEndpoint_v1(B: memoryview, P: int) -> tuple[EndQuorumEpochResponse.NodeEndpoint, int]:
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
    return _C_EndQuorumEpochResponse_NodeEndpoint(f0, f1, f2, tf), P


def _d_EndQuorumEpochResponse_v1(B: memoryview, P: int) -> tuple[EndQuorumEpochResponse, int]:
    (f0,) = _S_h.unpack_from(B, P)
    P += 2
    n_f1 = B[P]
    if n_f1 < 0x80:
        P += 1
    else:
        n_f1, P = read_uvarint(B, P)
    n_f1 -= 1
    f1: list[EndQuorumEpochResponse.TopicData]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Topics has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_EndQuorumEpochResponse_TopicData_v1(B, P)
            f1.append(e_f1)
    tf: list[tuple[int, bytes]] | None = None
    f2: list[EndQuorumEpochResponse.NodeEndpoint] = []
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
                        e_f2, p2 = _d_EndQuorumEpochResponse_NodeEndpoint_v1(sb, p2)
                        f2.append(e_f2)
                if p2 != end:
                    raise DecodeError('tagged field NodeEndpoints has the wrong size')
            else:
                if tf is None:
                    tf = []
                tf.append((tag, bytes(B[P:end])))
            P = end
    return _C_EndQuorumEpochResponse(f0, f1, f2, tf), P


def _e_EndQuorumEpochResponse_TopicData_PartitionData_v0(o: EndQuorumEpochResponse.TopicData.PartitionData, O: bytearray) -> None:
    O += _S_ihii.pack(o.partition_index, o.error_code, o.leader_id, o.leader_epoch)


def _e_EndQuorumEpochResponse_TopicData_v0(o: EndQuorumEpochResponse.TopicData, O: bytearray) -> None:
    write_string(O, o.topic_name)
    a1 = o.partitions
    if a1 is None:
        raise EncodeError('non-nullable array Partitions is None')
    O += _S_i.pack(len(a1))
    for e_a1 in a1:
        _e_EndQuorumEpochResponse_TopicData_PartitionData_v0(e_a1, O)


def _e_EndQuorumEpochResponse_v0(o: EndQuorumEpochResponse, O: bytearray) -> None:
    if bool(o.node_endpoints):
        raise EncodeError('EndQuorumEpochResponse.NodeEndpoints is not supported in version 0')
    a1 = o.topics
    if a1 is None:
        raise EncodeError('non-nullable array Topics is None')
    O += _S_hi.pack(o.error_code, len(a1))
    for e_a1 in a1:
        _e_EndQuorumEpochResponse_TopicData_v0(e_a1, O)


def _e_EndQuorumEpochResponse_TopicData_PartitionData_v1(o: EndQuorumEpochResponse.TopicData.PartitionData, O: bytearray) -> None:
    O += _S_ihii.pack(o.partition_index, o.error_code, o.leader_id, o.leader_epoch)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_EndQuorumEpochResponse_TopicData_v1(o: EndQuorumEpochResponse.TopicData, O: bytearray) -> None:
    write_compact_string(O, o.topic_name)
    a1 = o.partitions
    if a1 is None:
        raise EncodeError('non-nullable array Partitions is None')
    write_uvarint(O, len(a1) + 1)
    for e_a1 in a1:
        _e_EndQuorumEpochResponse_TopicData_PartitionData_v1(e_a1, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_EndQuorumEpochResponse_NodeEndpoint_v1(o: EndQuorumEpochResponse.NodeEndpoint, O: bytearray) -> None:
    O += _S_i.pack(o.node_id)
    write_compact_string(O, o.host)
    O += _S_H.pack(o.port)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_EndQuorumEpochResponse_v1(o: EndQuorumEpochResponse, O: bytearray) -> None:
    O += _S_h.pack(o.error_code)
    a1 = o.topics
    if a1 is None:
        raise EncodeError('non-nullable array Topics is None')
    write_uvarint(O, len(a1) + 1)
    for e_a1 in a1:
        _e_EndQuorumEpochResponse_TopicData_v1(e_a1, O)
    tg: list[tuple[int, bytes | bytearray | memoryview]] | None = None
    t0 = o.node_endpoints
    if bool(t0):
        tb = bytearray()
        t0v = t0
        if t0v is None:
            raise EncodeError('non-nullable array NodeEndpoints is None')
        write_uvarint(tb, len(t0v) + 1)
        for e_t0v in t0v:
            _e_EndQuorumEpochResponse_NodeEndpoint_v1(e_t0v, tb)
        if tg is None:
            tg = []
        tg.append((0, tb))
    if tg is not None or o.unknown_tagged_fields:
        write_tagged_fields(O, tg, o.unknown_tagged_fields)
    else:
        O.append(0)


_C_EndQuorumEpochRequest = EndQuorumEpochRequest
_C_EndQuorumEpochRequest_TopicData = EndQuorumEpochRequest.TopicData
_C_EndQuorumEpochRequest_TopicData_PartitionData = EndQuorumEpochRequest.TopicData.PartitionData
_C_EndQuorumEpochRequest_TopicData_PartitionData_ReplicaInfo = EndQuorumEpochRequest.TopicData.PartitionData.ReplicaInfo
_C_EndQuorumEpochRequest_LeaderEndpoint = EndQuorumEpochRequest.LeaderEndpoint
_DEF_C_EndQuorumEpochRequest_TopicData = _C_EndQuorumEpochRequest_TopicData()
_DEF_C_EndQuorumEpochRequest_TopicData_PartitionData = _C_EndQuorumEpochRequest_TopicData_PartitionData()
_DEF_C_EndQuorumEpochRequest_TopicData_PartitionData_ReplicaInfo = _C_EndQuorumEpochRequest_TopicData_PartitionData_ReplicaInfo()
_DEF_C_EndQuorumEpochRequest_LeaderEndpoint = _C_EndQuorumEpochRequest_LeaderEndpoint()
_DEC_EndQuorumEpochRequest: dict[int, Decoder[EndQuorumEpochRequest]] = {
    0: _d_EndQuorumEpochRequest_v0,
    1: _d_EndQuorumEpochRequest_v1,
}
_ENC_EndQuorumEpochRequest: dict[int, Encoder[EndQuorumEpochRequest]] = {
    0: _e_EndQuorumEpochRequest_v0,
    1: _e_EndQuorumEpochRequest_v1,
}
EndQuorumEpochRequest.FIELDS = (
    FieldInfo('ClusterId', 'cluster_id', 'string', (0, OPEN), (0, OPEN), None, None, False, None, None, None),
    FieldInfo('Topics', 'topics', '[]TopicData', (0, OPEN), None, None, None, False, None, None, _C_EndQuorumEpochRequest_TopicData),
    FieldInfo('LeaderEndpoints', 'leader_endpoints', '[]LeaderEndpoint', (1, OPEN), None, None, None, True, None, None, _C_EndQuorumEpochRequest_LeaderEndpoint),
)
EndQuorumEpochRequest.TopicData.FIELDS = (
    FieldInfo('TopicName', 'topic_name', 'string', (0, OPEN), None, None, None, False, 'topicName', None, None),
    FieldInfo('Partitions', 'partitions', '[]PartitionData', (0, OPEN), None, None, None, False, None, None, _C_EndQuorumEpochRequest_TopicData_PartitionData),
)
EndQuorumEpochRequest.TopicData.PartitionData.FIELDS = (
    FieldInfo('PartitionIndex', 'partition_index', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('LeaderId', 'leader_id', 'int32', (0, OPEN), None, None, None, False, 'brokerId', None, None),
    FieldInfo('LeaderEpoch', 'leader_epoch', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('PreferredSuccessors', 'preferred_successors', '[]int32', (0, 0), None, None, None, True, None, None, None),
    FieldInfo('PreferredCandidates', 'preferred_candidates', '[]ReplicaInfo', (1, OPEN), None, None, None, True, None, None, _C_EndQuorumEpochRequest_TopicData_PartitionData_ReplicaInfo),
)
EndQuorumEpochRequest.TopicData.PartitionData.ReplicaInfo.FIELDS = (
    FieldInfo('CandidateId', 'candidate_id', 'int32', (1, OPEN), None, None, None, False, 'brokerId', None, None),
    FieldInfo('CandidateDirectoryId', 'candidate_directory_id', 'uuid', (1, OPEN), None, None, None, False, None, None, None),
)
EndQuorumEpochRequest.LeaderEndpoint.FIELDS = (
    FieldInfo('Name', 'name', 'string', (1, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Host', 'host', 'string', (1, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Port', 'port', 'uint16', (1, OPEN), None, None, None, False, None, None, None),
)

_C_EndQuorumEpochResponse = EndQuorumEpochResponse
_C_EndQuorumEpochResponse_TopicData = EndQuorumEpochResponse.TopicData
_C_EndQuorumEpochResponse_TopicData_PartitionData = EndQuorumEpochResponse.TopicData.PartitionData
_C_EndQuorumEpochResponse_NodeEndpoint = EndQuorumEpochResponse.NodeEndpoint
_DEF_C_EndQuorumEpochResponse_TopicData = _C_EndQuorumEpochResponse_TopicData()
_DEF_C_EndQuorumEpochResponse_TopicData_PartitionData = _C_EndQuorumEpochResponse_TopicData_PartitionData()
_DEF_C_EndQuorumEpochResponse_NodeEndpoint = _C_EndQuorumEpochResponse_NodeEndpoint()
_DEC_EndQuorumEpochResponse: dict[int, Decoder[EndQuorumEpochResponse]] = {
    0: _d_EndQuorumEpochResponse_v0,
    1: _d_EndQuorumEpochResponse_v1,
}
_ENC_EndQuorumEpochResponse: dict[int, Encoder[EndQuorumEpochResponse]] = {
    0: _e_EndQuorumEpochResponse_v0,
    1: _e_EndQuorumEpochResponse_v1,
}
EndQuorumEpochResponse.FIELDS = (
    FieldInfo('ErrorCode', 'error_code', 'int16', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Topics', 'topics', '[]TopicData', (0, OPEN), None, None, None, False, None, None, _C_EndQuorumEpochResponse_TopicData),
    FieldInfo('NodeEndpoints', 'node_endpoints', '[]NodeEndpoint', (1, OPEN), None, (1, OPEN), 0, False, None, None, _C_EndQuorumEpochResponse_NodeEndpoint),
)
EndQuorumEpochResponse.TopicData.FIELDS = (
    FieldInfo('TopicName', 'topic_name', 'string', (0, OPEN), None, None, None, False, 'topicName', None, None),
    FieldInfo('Partitions', 'partitions', '[]PartitionData', (0, OPEN), None, None, None, False, None, None, _C_EndQuorumEpochResponse_TopicData_PartitionData),
)
EndQuorumEpochResponse.TopicData.PartitionData.FIELDS = (
    FieldInfo('PartitionIndex', 'partition_index', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('ErrorCode', 'error_code', 'int16', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('LeaderId', 'leader_id', 'int32', (0, OPEN), None, None, None, False, 'brokerId', None, None),
    FieldInfo('LeaderEpoch', 'leader_epoch', 'int32', (0, OPEN), None, None, None, False, None, None, None),
)
EndQuorumEpochResponse.NodeEndpoint.FIELDS = (
    FieldInfo('NodeId', 'node_id', 'int32', (1, OPEN), None, None, None, False, 'brokerId', None, None),
    FieldInfo('Host', 'host', 'string', (1, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Port', 'port', 'uint16', (1, OPEN), None, None, None, False, None, None, None),
)
