"""API key 79: ShareAcknowledge.

GENERATED - DO NOT EDIT. Written by ``python -m wire.generator`` from Apache Kafka 4.1.1's
message definitions (ShareAcknowledgeRequest.json, ShareAcknowledgeResponse.json).
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
_S_qq = struct.Struct('>qq')


@dataclass(slots=True)
class ShareAcknowledgeRequest:
    """ShareAcknowledgeRequest (API key 79, versions 1-1).

    Generated from ShareAcknowledgeRequest.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = 79
    MIN_VERSION: ClassVar[int] = 1
    MAX_VERSION: ClassVar[int] = 1
    LATEST_VERSION: ClassVar[int] = 1
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
    FLEXIBLE_MIN: ClassVar[int | None] = 1
    #: Who serves this request in Kafka (empty for responses).
    LISTENERS: ClassVar[tuple[str, ...]] = ('broker',)
    FIELDS: ClassVar[tuple[FieldInfo, ...]]

    @dataclass(slots=True)
    class AcknowledgeTopic:
        FIELDS: ClassVar[tuple[FieldInfo, ...]]

        @dataclass(slots=True)
        class AcknowledgePartition:
            FIELDS: ClassVar[tuple[FieldInfo, ...]]

            @dataclass(slots=True)
            class AcknowledgementBatch:
                FIELDS: ClassVar[tuple[FieldInfo, ...]]

                #: First offset of batch of records to acknowledge.
                first_offset: int = 0
                #: Last offset (inclusive) of batch of records to acknowledge.
                last_offset: int = 0
                #: Array of acknowledge types - 0:Gap,1:Accept,2:Release,3:Reject.
                acknowledge_types: list[int] = field(default_factory=list)
                #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
                unknown_tagged_fields: list[tuple[int, bytes]] | None = None

            #: The partition index.
            partition_index: int = 0
            #: Record batches to acknowledge.
            acknowledgement_batches: list[ShareAcknowledgeRequest.AcknowledgeTopic.AcknowledgePartition.AcknowledgementBatch] = field(default_factory=list)
            #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
            unknown_tagged_fields: list[tuple[int, bytes]] | None = None

        #: The unique topic ID.
        topic_id: UUID = ZERO_UUID
        #: The partitions containing records to acknowledge.
        partitions: list[ShareAcknowledgeRequest.AcknowledgeTopic.AcknowledgePartition] = field(default_factory=list)
        #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
        unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    AcknowledgementBatch = AcknowledgeTopic.AcknowledgePartition.AcknowledgementBatch
    AcknowledgePartition = AcknowledgeTopic.AcknowledgePartition
    #: The group identifier.
    group_id: str | None = None
    #: The member ID.
    member_id: str | None = ''
    #: The current share session epoch: 0 to open a share session; -1 to close it; otherwise increments for consecutive requests.
    share_session_epoch: int = 0
    #: The topics containing records to acknowledge.
    topics: list[ShareAcknowledgeRequest.AcknowledgeTopic] = field(default_factory=list)
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> ShareAcknowledgeRequest:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_ShareAcknowledgeRequest, data, version, 'ShareAcknowledgeRequest', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_ShareAcknowledgeRequest, self, version, 'ShareAcknowledgeRequest')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_ShareAcknowledgeRequest, self, version, 'ShareAcknowledgeRequest')


@dataclass(slots=True)
class ShareAcknowledgeResponse:
    """ShareAcknowledgeResponse (API key 79, versions 1-1).

    Generated from ShareAcknowledgeResponse.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = 79
    MIN_VERSION: ClassVar[int] = 1
    MAX_VERSION: ClassVar[int] = 1
    LATEST_VERSION: ClassVar[int] = 1
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
    FLEXIBLE_MIN: ClassVar[int | None] = 1
    #: Who serves this request in Kafka (empty for responses).
    LISTENERS: ClassVar[tuple[str, ...]] = ()
    FIELDS: ClassVar[tuple[FieldInfo, ...]]

    @dataclass(slots=True)
    class ShareAcknowledgeTopicResponse:
        FIELDS: ClassVar[tuple[FieldInfo, ...]]

        @dataclass(slots=True)
        class PartitionData:
            FIELDS: ClassVar[tuple[FieldInfo, ...]]

            @dataclass(slots=True)
            class LeaderIdAndEpoch:
                FIELDS: ClassVar[tuple[FieldInfo, ...]]

                #: The ID of the current leader or -1 if the leader is unknown.
                leader_id: int = 0
                #: The latest known leader epoch.
                leader_epoch: int = 0
                #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
                unknown_tagged_fields: list[tuple[int, bytes]] | None = None

            #: The partition index.
            partition_index: int = 0
            #: The error code, or 0 if there was no error.
            error_code: int = 0
            #: The error message, or null if there was no error.
            error_message: str | None = None
            #: The current leader of the partition.
            current_leader: ShareAcknowledgeResponse.ShareAcknowledgeTopicResponse.PartitionData.LeaderIdAndEpoch = field(default_factory=lambda: _C_ShareAcknowledgeResponse_ShareAcknowledgeTopicResponse_PartitionData_LeaderIdAndEpoch())
            #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
            unknown_tagged_fields: list[tuple[int, bytes]] | None = None

        #: The unique topic ID.
        topic_id: UUID = ZERO_UUID
        #: The topic partitions.
        partitions: list[ShareAcknowledgeResponse.ShareAcknowledgeTopicResponse.PartitionData] = field(default_factory=list)
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
        #: The rack of the node, or null if it has not been assigned to a rack.
        rack: str | None = None
        #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
        unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    LeaderIdAndEpoch = ShareAcknowledgeTopicResponse.PartitionData.LeaderIdAndEpoch
    PartitionData = ShareAcknowledgeTopicResponse.PartitionData
    #: The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    throttle_time_ms: int = 0
    #: The top level response error code.
    error_code: int = 0
    #: The top-level error message, or null if there was no error.
    error_message: str | None = None
    #: The response topics.
    responses: list[ShareAcknowledgeResponse.ShareAcknowledgeTopicResponse] = field(default_factory=list)
    #: Endpoints for all current leaders enumerated in PartitionData with error NOT_LEADER_OR_FOLLOWER.
    node_endpoints: list[ShareAcknowledgeResponse.NodeEndpoint] = field(default_factory=list)
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> ShareAcknowledgeResponse:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_ShareAcknowledgeResponse, data, version, 'ShareAcknowledgeResponse', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_ShareAcknowledgeResponse, self, version, 'ShareAcknowledgeResponse')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_ShareAcknowledgeResponse, self, version, 'ShareAcknowledgeResponse')

def _d_ShareAcknowledgeRequest_AcknowledgeTopic_AcknowledgePartition_AcknowledgementBatch_v1(B: memoryview, P: int) -> tuple[ShareAcknowledgeRequest.AcknowledgeTopic.AcknowledgePartition.AcknowledgementBatch, int]:
    (f0, f1,) = _S_qq.unpack_from(B, P)
    P += 16
    n_f2 = B[P]
    if n_f2 < 0x80:
        P += 1
    else:
        n_f2, P = read_uvarint(B, P)
    n_f2 -= 1
    f2: list[int]
    if n_f2 < 0:
        raise DecodeError(f'non-nullable array AcknowledgeTypes has length {n_f2}')
    else:
        check_count(n_f2, B, P)
        f2 = list(struct.unpack_from('>%db' % n_f2, B, P))
        P += n_f2 * 1
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_ShareAcknowledgeRequest_AcknowledgeTopic_AcknowledgePartition_AcknowledgementBatch(f0, f1, f2, tf), P


def _d_ShareAcknowledgeRequest_AcknowledgeTopic_AcknowledgePartition_v1(B: memoryview, P: int) -> tuple[ShareAcknowledgeRequest.AcknowledgeTopic.AcknowledgePartition, int]:
    (f0,) = _S_i.unpack_from(B, P)
    P += 4
    n_f1 = B[P]
    if n_f1 < 0x80:
        P += 1
    else:
        n_f1, P = read_uvarint(B, P)
    n_f1 -= 1
    f1: list[ShareAcknowledgeRequest.AcknowledgeTopic.AcknowledgePartition.AcknowledgementBatch]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array AcknowledgementBatches has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_ShareAcknowledgeRequest_AcknowledgeTopic_AcknowledgePartition_AcknowledgementBatch_v1(B, P)
            f1.append(e_f1)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_ShareAcknowledgeRequest_AcknowledgeTopic_AcknowledgePartition(f0, f1, tf), P


def _d_ShareAcknowledgeRequest_AcknowledgeTopic_v1(B: memoryview, P: int) -> tuple[ShareAcknowledgeRequest.AcknowledgeTopic, int]:
    f0, P = read_uuid(B, P)
    n_f1 = B[P]
    if n_f1 < 0x80:
        P += 1
    else:
        n_f1, P = read_uvarint(B, P)
    n_f1 -= 1
    f1: list[ShareAcknowledgeRequest.AcknowledgeTopic.AcknowledgePartition]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Partitions has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_ShareAcknowledgeRequest_AcknowledgeTopic_AcknowledgePartition_v1(B, P)
            f1.append(e_f1)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_ShareAcknowledgeRequest_AcknowledgeTopic(f0, f1, tf), P


def _d_ShareAcknowledgeRequest_v1(B: memoryview, P: int) -> tuple[ShareAcknowledgeRequest, int]:
    f0, P = read_compact_nullable_string(B, P)
    f1, P = read_compact_nullable_string(B, P)
    (f2,) = _S_i.unpack_from(B, P)
    P += 4
    n_f3 = B[P]
    if n_f3 < 0x80:
        P += 1
    else:
        n_f3, P = read_uvarint(B, P)
    n_f3 -= 1
    f3: list[ShareAcknowledgeRequest.AcknowledgeTopic]
    if n_f3 < 0:
        raise DecodeError(f'non-nullable array Topics has length {n_f3}')
    else:
        if n_f3 > len(B) - P:
            raise DecodeError(f'array length {n_f3} exceeds the buffer')
        f3 = []
        for _ in range(n_f3):
            e_f3, P = _d_ShareAcknowledgeRequest_AcknowledgeTopic_v1(B, P)
            f3.append(e_f3)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_ShareAcknowledgeRequest(f0, f1, f2, f3, tf), P


def _e_ShareAcknowledgeRequest_AcknowledgeTopic_AcknowledgePartition_AcknowledgementBatch_v1(o: ShareAcknowledgeRequest.AcknowledgeTopic.AcknowledgePartition.AcknowledgementBatch, O: bytearray) -> None:
    O += _S_qq.pack(o.first_offset, o.last_offset)
    a2 = o.acknowledge_types
    if a2 is None:
        raise EncodeError('non-nullable array AcknowledgeTypes is None')
    write_uvarint(O, len(a2) + 1)
    O += struct.pack('>%db' % len(a2), *a2)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_ShareAcknowledgeRequest_AcknowledgeTopic_AcknowledgePartition_v1(o: ShareAcknowledgeRequest.AcknowledgeTopic.AcknowledgePartition, O: bytearray) -> None:
    O += _S_i.pack(o.partition_index)
    a1 = o.acknowledgement_batches
    if a1 is None:
        raise EncodeError('non-nullable array AcknowledgementBatches is None')
    write_uvarint(O, len(a1) + 1)
    for e_a1 in a1:
        _e_ShareAcknowledgeRequest_AcknowledgeTopic_AcknowledgePartition_AcknowledgementBatch_v1(e_a1, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_ShareAcknowledgeRequest_AcknowledgeTopic_v1(o: ShareAcknowledgeRequest.AcknowledgeTopic, O: bytearray) -> None:
    write_uuid(O, o.topic_id)
    a1 = o.partitions
    if a1 is None:
        raise EncodeError('non-nullable array Partitions is None')
    write_uvarint(O, len(a1) + 1)
    for e_a1 in a1:
        _e_ShareAcknowledgeRequest_AcknowledgeTopic_AcknowledgePartition_v1(e_a1, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_ShareAcknowledgeRequest_v1(o: ShareAcknowledgeRequest, O: bytearray) -> None:
    write_compact_nullable_string(O, o.group_id)
    write_compact_nullable_string(O, o.member_id)
    O += _S_i.pack(o.share_session_epoch)
    a3 = o.topics
    if a3 is None:
        raise EncodeError('non-nullable array Topics is None')
    write_uvarint(O, len(a3) + 1)
    for e_a3 in a3:
        _e_ShareAcknowledgeRequest_AcknowledgeTopic_v1(e_a3, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _d_ShareAcknowledgeResponse_ShareAcknowledgeTopicResponse_PartitionData_LeaderIdAndEpoch_v1(B: memoryview, P: int) -> tuple[ShareAcknowledgeResponse.ShareAcknowledgeTopicResponse.PartitionData.LeaderIdAndEpoch, int]:
    (f0, f1,) = _S_ii.unpack_from(B, P)
    P += 8
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_ShareAcknowledgeResponse_ShareAcknowledgeTopicResponse_PartitionData_LeaderIdAndEpoch(f0, f1, tf), P


def _d_ShareAcknowledgeResponse_ShareAcknowledgeTopicResponse_PartitionData_v1(B: memoryview, P: int) -> tuple[ShareAcknowledgeResponse.ShareAcknowledgeTopicResponse.PartitionData, int]:
    (f0, f1,) = _S_ih.unpack_from(B, P)
    P += 6
    f2, P = read_compact_nullable_string(B, P)
    f3, P = _d_ShareAcknowledgeResponse_ShareAcknowledgeTopicResponse_PartitionData_LeaderIdAndEpoch_v1(B, P)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_ShareAcknowledgeResponse_ShareAcknowledgeTopicResponse_PartitionData(f0, f1, f2, f3, tf), P


def _d_ShareAcknowledgeResponse_ShareAcknowledgeTopicResponse_v1(B: memoryview, P: int) -> tuple[ShareAcknowledgeResponse.ShareAcknowledgeTopicResponse, int]:
    f0, P = read_uuid(B, P)
    n_f1 = B[P]
    if n_f1 < 0x80:
        P += 1
    else:
        n_f1, P = read_uvarint(B, P)
    n_f1 -= 1
    f1: list[ShareAcknowledgeResponse.ShareAcknowledgeTopicResponse.PartitionData]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Partitions has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_ShareAcknowledgeResponse_ShareAcknowledgeTopicResponse_PartitionData_v1(B, P)
            f1.append(e_f1)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_ShareAcknowledgeResponse_ShareAcknowledgeTopicResponse(f0, f1, tf), P


def _d_ShareAcknowledgeResponse_NodeEndpoint_v1(B: memoryview, P: int) -> tuple[ShareAcknowledgeResponse.NodeEndpoint, int]:
    (f0,) = _S_i.unpack_from(B, P)
    P += 4
    f1, P = read_compact_string(B, P)
    (f2,) = _S_i.unpack_from(B, P)
    P += 4
    f3, P = read_compact_nullable_string(B, P)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_ShareAcknowledgeResponse_NodeEndpoint(f0, f1, f2, f3, tf), P


def _d_ShareAcknowledgeResponse_v1(B: memoryview, P: int) -> tuple[ShareAcknowledgeResponse, int]:
    (f0, f1,) = _S_ih.unpack_from(B, P)
    P += 6
    f2, P = read_compact_nullable_string(B, P)
    n_f3 = B[P]
    if n_f3 < 0x80:
        P += 1
    else:
        n_f3, P = read_uvarint(B, P)
    n_f3 -= 1
    f3: list[ShareAcknowledgeResponse.ShareAcknowledgeTopicResponse]
    if n_f3 < 0:
        raise DecodeError(f'non-nullable array Responses has length {n_f3}')
    else:
        if n_f3 > len(B) - P:
            raise DecodeError(f'array length {n_f3} exceeds the buffer')
        f3 = []
        for _ in range(n_f3):
            e_f3, P = _d_ShareAcknowledgeResponse_ShareAcknowledgeTopicResponse_v1(B, P)
            f3.append(e_f3)
    n_f4 = B[P]
    if n_f4 < 0x80:
        P += 1
    else:
        n_f4, P = read_uvarint(B, P)
    n_f4 -= 1
    f4: list[ShareAcknowledgeResponse.NodeEndpoint]
    if n_f4 < 0:
        raise DecodeError(f'non-nullable array NodeEndpoints has length {n_f4}')
    else:
        if n_f4 > len(B) - P:
            raise DecodeError(f'array length {n_f4} exceeds the buffer')
        f4 = []
        for _ in range(n_f4):
            e_f4, P = _d_ShareAcknowledgeResponse_NodeEndpoint_v1(B, P)
            f4.append(e_f4)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_ShareAcknowledgeResponse(f0, f1, f2, f3, f4, tf), P


def _e_ShareAcknowledgeResponse_ShareAcknowledgeTopicResponse_PartitionData_LeaderIdAndEpoch_v1(o: ShareAcknowledgeResponse.ShareAcknowledgeTopicResponse.PartitionData.LeaderIdAndEpoch, O: bytearray) -> None:
    O += _S_ii.pack(o.leader_id, o.leader_epoch)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_ShareAcknowledgeResponse_ShareAcknowledgeTopicResponse_PartitionData_v1(o: ShareAcknowledgeResponse.ShareAcknowledgeTopicResponse.PartitionData, O: bytearray) -> None:
    O += _S_ih.pack(o.partition_index, o.error_code)
    write_compact_nullable_string(O, o.error_message)
    a3 = o.current_leader
    if a3 is None:
        raise EncodeError('non-nullable struct CurrentLeader is None')
    _e_ShareAcknowledgeResponse_ShareAcknowledgeTopicResponse_PartitionData_LeaderIdAndEpoch_v1(a3, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_ShareAcknowledgeResponse_ShareAcknowledgeTopicResponse_v1(o: ShareAcknowledgeResponse.ShareAcknowledgeTopicResponse, O: bytearray) -> None:
    write_uuid(O, o.topic_id)
    a1 = o.partitions
    if a1 is None:
        raise EncodeError('non-nullable array Partitions is None')
    write_uvarint(O, len(a1) + 1)
    for e_a1 in a1:
        _e_ShareAcknowledgeResponse_ShareAcknowledgeTopicResponse_PartitionData_v1(e_a1, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_ShareAcknowledgeResponse_NodeEndpoint_v1(o: ShareAcknowledgeResponse.NodeEndpoint, O: bytearray) -> None:
    O += _S_i.pack(o.node_id)
    write_compact_string(O, o.host)
    O += _S_i.pack(o.port)
    write_compact_nullable_string(O, o.rack)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_ShareAcknowledgeResponse_v1(o: ShareAcknowledgeResponse, O: bytearray) -> None:
    O += _S_ih.pack(o.throttle_time_ms, o.error_code)
    write_compact_nullable_string(O, o.error_message)
    a3 = o.responses
    if a3 is None:
        raise EncodeError('non-nullable array Responses is None')
    write_uvarint(O, len(a3) + 1)
    for e_a3 in a3:
        _e_ShareAcknowledgeResponse_ShareAcknowledgeTopicResponse_v1(e_a3, O)
    a4 = o.node_endpoints
    if a4 is None:
        raise EncodeError('non-nullable array NodeEndpoints is None')
    write_uvarint(O, len(a4) + 1)
    for e_a4 in a4:
        _e_ShareAcknowledgeResponse_NodeEndpoint_v1(e_a4, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


_C_ShareAcknowledgeRequest = ShareAcknowledgeRequest
_C_ShareAcknowledgeRequest_AcknowledgeTopic = ShareAcknowledgeRequest.AcknowledgeTopic
_C_ShareAcknowledgeRequest_AcknowledgeTopic_AcknowledgePartition = ShareAcknowledgeRequest.AcknowledgeTopic.AcknowledgePartition
_C_ShareAcknowledgeRequest_AcknowledgeTopic_AcknowledgePartition_AcknowledgementBatch = ShareAcknowledgeRequest.AcknowledgeTopic.AcknowledgePartition.AcknowledgementBatch
_DEF_C_ShareAcknowledgeRequest_AcknowledgeTopic = _C_ShareAcknowledgeRequest_AcknowledgeTopic()
_DEF_C_ShareAcknowledgeRequest_AcknowledgeTopic_AcknowledgePartition = _C_ShareAcknowledgeRequest_AcknowledgeTopic_AcknowledgePartition()
_DEF_C_ShareAcknowledgeRequest_AcknowledgeTopic_AcknowledgePartition_AcknowledgementBatch = _C_ShareAcknowledgeRequest_AcknowledgeTopic_AcknowledgePartition_AcknowledgementBatch()
_DEC_ShareAcknowledgeRequest: dict[int, Decoder[ShareAcknowledgeRequest]] = {
    1: _d_ShareAcknowledgeRequest_v1,
}
_ENC_ShareAcknowledgeRequest: dict[int, Encoder[ShareAcknowledgeRequest]] = {
    1: _e_ShareAcknowledgeRequest_v1,
}
ShareAcknowledgeRequest.FIELDS = (
    FieldInfo('GroupId', 'group_id', 'string', (0, OPEN), (0, OPEN), None, None, False, 'groupId', None, None),
    FieldInfo('MemberId', 'member_id', 'string', (0, OPEN), (0, OPEN), None, None, False, None, None, None),
    FieldInfo('ShareSessionEpoch', 'share_session_epoch', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Topics', 'topics', '[]AcknowledgeTopic', (0, OPEN), None, None, None, False, None, None, _C_ShareAcknowledgeRequest_AcknowledgeTopic),
)
ShareAcknowledgeRequest.AcknowledgeTopic.FIELDS = (
    FieldInfo('TopicId', 'topic_id', 'uuid', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Partitions', 'partitions', '[]AcknowledgePartition', (0, OPEN), None, None, None, False, None, None, _C_ShareAcknowledgeRequest_AcknowledgeTopic_AcknowledgePartition),
)
ShareAcknowledgeRequest.AcknowledgeTopic.AcknowledgePartition.FIELDS = (
    FieldInfo('PartitionIndex', 'partition_index', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('AcknowledgementBatches', 'acknowledgement_batches', '[]AcknowledgementBatch', (0, OPEN), None, None, None, False, None, None, _C_ShareAcknowledgeRequest_AcknowledgeTopic_AcknowledgePartition_AcknowledgementBatch),
)
ShareAcknowledgeRequest.AcknowledgeTopic.AcknowledgePartition.AcknowledgementBatch.FIELDS = (
    FieldInfo('FirstOffset', 'first_offset', 'int64', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('LastOffset', 'last_offset', 'int64', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('AcknowledgeTypes', 'acknowledge_types', '[]int8', (0, OPEN), None, None, None, False, None, None, None),
)

_C_ShareAcknowledgeResponse = ShareAcknowledgeResponse
_C_ShareAcknowledgeResponse_ShareAcknowledgeTopicResponse = ShareAcknowledgeResponse.ShareAcknowledgeTopicResponse
_C_ShareAcknowledgeResponse_ShareAcknowledgeTopicResponse_PartitionData = ShareAcknowledgeResponse.ShareAcknowledgeTopicResponse.PartitionData
_C_ShareAcknowledgeResponse_ShareAcknowledgeTopicResponse_PartitionData_LeaderIdAndEpoch = ShareAcknowledgeResponse.ShareAcknowledgeTopicResponse.PartitionData.LeaderIdAndEpoch
_C_ShareAcknowledgeResponse_NodeEndpoint = ShareAcknowledgeResponse.NodeEndpoint
_DEF_C_ShareAcknowledgeResponse_ShareAcknowledgeTopicResponse = _C_ShareAcknowledgeResponse_ShareAcknowledgeTopicResponse()
_DEF_C_ShareAcknowledgeResponse_ShareAcknowledgeTopicResponse_PartitionData = _C_ShareAcknowledgeResponse_ShareAcknowledgeTopicResponse_PartitionData()
_DEF_C_ShareAcknowledgeResponse_ShareAcknowledgeTopicResponse_PartitionData_LeaderIdAndEpoch = _C_ShareAcknowledgeResponse_ShareAcknowledgeTopicResponse_PartitionData_LeaderIdAndEpoch()
_DEF_C_ShareAcknowledgeResponse_NodeEndpoint = _C_ShareAcknowledgeResponse_NodeEndpoint()
_DEC_ShareAcknowledgeResponse: dict[int, Decoder[ShareAcknowledgeResponse]] = {
    1: _d_ShareAcknowledgeResponse_v1,
}
_ENC_ShareAcknowledgeResponse: dict[int, Encoder[ShareAcknowledgeResponse]] = {
    1: _e_ShareAcknowledgeResponse_v1,
}
ShareAcknowledgeResponse.FIELDS = (
    FieldInfo('ThrottleTimeMs', 'throttle_time_ms', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('ErrorCode', 'error_code', 'int16', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('ErrorMessage', 'error_message', 'string', (0, OPEN), (0, OPEN), None, None, False, None, None, None),
    FieldInfo('Responses', 'responses', '[]ShareAcknowledgeTopicResponse', (0, OPEN), None, None, None, False, None, None, _C_ShareAcknowledgeResponse_ShareAcknowledgeTopicResponse),
    FieldInfo('NodeEndpoints', 'node_endpoints', '[]NodeEndpoint', (0, OPEN), None, None, None, False, None, None, _C_ShareAcknowledgeResponse_NodeEndpoint),
)
ShareAcknowledgeResponse.ShareAcknowledgeTopicResponse.FIELDS = (
    FieldInfo('TopicId', 'topic_id', 'uuid', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Partitions', 'partitions', '[]PartitionData', (0, OPEN), None, None, None, False, None, None, _C_ShareAcknowledgeResponse_ShareAcknowledgeTopicResponse_PartitionData),
)
ShareAcknowledgeResponse.ShareAcknowledgeTopicResponse.PartitionData.FIELDS = (
    FieldInfo('PartitionIndex', 'partition_index', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('ErrorCode', 'error_code', 'int16', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('ErrorMessage', 'error_message', 'string', (0, OPEN), (0, OPEN), None, None, False, None, None, None),
    FieldInfo('CurrentLeader', 'current_leader', 'LeaderIdAndEpoch', (0, OPEN), None, None, None, False, None, None, _C_ShareAcknowledgeResponse_ShareAcknowledgeTopicResponse_PartitionData_LeaderIdAndEpoch),
)
ShareAcknowledgeResponse.ShareAcknowledgeTopicResponse.PartitionData.LeaderIdAndEpoch.FIELDS = (
    FieldInfo('LeaderId', 'leader_id', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('LeaderEpoch', 'leader_epoch', 'int32', (0, OPEN), None, None, None, False, None, None, None),
)
ShareAcknowledgeResponse.NodeEndpoint.FIELDS = (
    FieldInfo('NodeId', 'node_id', 'int32', (0, OPEN), None, None, None, False, 'brokerId', None, None),
    FieldInfo('Host', 'host', 'string', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Port', 'port', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Rack', 'rack', 'string', (0, OPEN), (0, OPEN), None, None, False, None, None, None),
)
