"""API key 1: Fetch.

GENERATED - DO NOT EDIT. Written by ``python -m wire.generator`` from Apache Kafka 4.1.1's
message definitions (FetchRequest.json, FetchResponse.json).
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
_S_ihi = struct.Struct('>ihi')
_S_ihii = struct.Struct('>ihii')
_S_ihqq = struct.Struct('>ihqq')
_S_ihqqi = struct.Struct('>ihqqi')
_S_ihqqq = struct.Struct('>ihqqq')
_S_ihqqqi = struct.Struct('>ihqqqi')
_S_ii = struct.Struct('>ii')
_S_iiibii = struct.Struct('>iiibii')
_S_iiiibi = struct.Struct('>iiiibi')
_S_iiiibii = struct.Struct('>iiiibii')
_S_iiiibiii = struct.Struct('>iiiibiii')
_S_iiqiqi = struct.Struct('>iiqiqi')
_S_iiqqi = struct.Struct('>iiqqi')
_S_iq = struct.Struct('>iq')
_S_iqi = struct.Struct('>iqi')
_S_iqqi = struct.Struct('>iqqi')
_S_q = struct.Struct('>q')
_S_qi = struct.Struct('>qi')
_S_qq = struct.Struct('>qq')


@dataclass(slots=True)
class FetchRequest:
    """FetchRequest (API key 1, versions 4-18).

    Generated from FetchRequest.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = 1
    MIN_VERSION: ClassVar[int] = 4
    MAX_VERSION: ClassVar[int] = 18
    LATEST_VERSION: ClassVar[int] = 18
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
    FLEXIBLE_MIN: ClassVar[int | None] = 12
    #: Who serves this request in Kafka (empty for responses).
    LISTENERS: ClassVar[tuple[str, ...]] = ('broker', 'controller')
    FIELDS: ClassVar[tuple[FieldInfo, ...]]

    @dataclass(slots=True)
    class ReplicaState:
        FIELDS: ClassVar[tuple[FieldInfo, ...]]

        #: The replica ID of the follower, or -1 if this request is from a consumer.
        replica_id: int = -1
        #: The epoch of this follower, or -1 if not available.
        replica_epoch: int = -1
        #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
        unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @dataclass(slots=True)
    class FetchTopic:
        FIELDS: ClassVar[tuple[FieldInfo, ...]]

        @dataclass(slots=True)
        class FetchPartition:
            FIELDS: ClassVar[tuple[FieldInfo, ...]]

            #: The partition index.
            partition: int = 0
            #: The current leader epoch of the partition.
            current_leader_epoch: int = -1
            #: The message offset.
            fetch_offset: int = 0
            #: The epoch of the last fetched record or -1 if there is none.
            last_fetched_epoch: int = -1
            #: The earliest available offset of the follower replica.  The field is only used when the request is sent by the follower.
            log_start_offset: int = -1
            #: The maximum bytes to fetch from this partition.  See KIP-74 for cases where this limit may not be honored.
            partition_max_bytes: int = 0
            #: The directory id of the follower fetching.
            replica_directory_id: UUID = ZERO_UUID
            #: The high-watermark known by the replica. -1 if the high-watermark is not known and 9223372036854775807 if the feature is not supported.
            high_watermark: int = 9223372036854775807
            #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
            unknown_tagged_fields: list[tuple[int, bytes]] | None = None

        #: The name of the topic to fetch.
        topic: str = ''
        #: The unique topic ID.
        topic_id: UUID = ZERO_UUID
        #: The partitions to fetch.
        partitions: list[FetchRequest.FetchTopic.FetchPartition] = field(default_factory=list)
        #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
        unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @dataclass(slots=True)
    class ForgottenTopic:
        FIELDS: ClassVar[tuple[FieldInfo, ...]]

        #: The topic name.
        topic: str = ''
        #: The unique topic ID.
        topic_id: UUID = ZERO_UUID
        #: The partitions indexes to forget.
        partitions: list[int] = field(default_factory=list)
        #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
        unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    FetchPartition = FetchTopic.FetchPartition
    #: The clusterId if known. This is used to validate metadata fetches prior to broker registration.
    cluster_id: str | None = None
    #: The broker ID of the follower, of -1 if this request is from a consumer.
    replica_id: int = -1
    #: The state of the replica in the follower.
    replica_state: FetchRequest.ReplicaState = field(default_factory=lambda: _C_FetchRequest_ReplicaState())
    #: The maximum time in milliseconds to wait for the response.
    max_wait_ms: int = 0
    #: The minimum bytes to accumulate in the response.
    min_bytes: int = 0
    #: The maximum bytes to fetch.  See KIP-74 for cases where this limit may not be honored.
    max_bytes: int = 2147483647
    #: This setting controls the visibility of transactional records. Using READ_UNCOMMITTED (isolation_level = 0) makes all records visible. With READ_COMMITTED (isolation_level = 1), non-transactional and COMMITTED transactional records are visible. To be more concrete, READ_COMMITTED returns all data from offsets smaller than the current LSO (last stable offset), and enables the inclusion of the list of aborted transactions in the result, which allows consumers to discard ABORTED transactional records.
    isolation_level: int = 0
    #: The fetch session ID.
    session_id: int = 0
    #: The fetch session epoch, which is used for ordering requests in a session.
    session_epoch: int = -1
    #: The topics to fetch.
    topics: list[FetchRequest.FetchTopic] = field(default_factory=list)
    #: In an incremental fetch request, the partitions to remove.
    forgotten_topics_data: list[FetchRequest.ForgottenTopic] = field(default_factory=list)
    #: Rack ID of the consumer making this request.
    rack_id: str = ''
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> FetchRequest:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_FetchRequest, data, version, 'FetchRequest', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_FetchRequest, self, version, 'FetchRequest')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_FetchRequest, self, version, 'FetchRequest')


@dataclass(slots=True)
class FetchResponse:
    """FetchResponse (API key 1, versions 4-18).

    Generated from FetchResponse.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = 1
    MIN_VERSION: ClassVar[int] = 4
    MAX_VERSION: ClassVar[int] = 18
    LATEST_VERSION: ClassVar[int] = 18
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
    FLEXIBLE_MIN: ClassVar[int | None] = 12
    #: Who serves this request in Kafka (empty for responses).
    LISTENERS: ClassVar[tuple[str, ...]] = ()
    FIELDS: ClassVar[tuple[FieldInfo, ...]]

    @dataclass(slots=True)
    class FetchableTopicResponse:
        FIELDS: ClassVar[tuple[FieldInfo, ...]]

        @dataclass(slots=True)
        class PartitionData:
            FIELDS: ClassVar[tuple[FieldInfo, ...]]

            @dataclass(slots=True)
            class EpochEndOffset:
                FIELDS: ClassVar[tuple[FieldInfo, ...]]

                #: The largest epoch.
                epoch: int = -1
                #: The end offset of the epoch.
                end_offset: int = -1
                #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
                unknown_tagged_fields: list[tuple[int, bytes]] | None = None

            @dataclass(slots=True)
            class LeaderIdAndEpoch:
                FIELDS: ClassVar[tuple[FieldInfo, ...]]

                #: The ID of the current leader or -1 if the leader is unknown.
                leader_id: int = -1
                #: The latest known leader epoch.
                leader_epoch: int = -1
                #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
                unknown_tagged_fields: list[tuple[int, bytes]] | None = None

            @dataclass(slots=True)
            class SnapshotId:
                FIELDS: ClassVar[tuple[FieldInfo, ...]]

                #: The end offset of the epoch.
                end_offset: int = -1
                #: The largest epoch.
                epoch: int = -1
                #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
                unknown_tagged_fields: list[tuple[int, bytes]] | None = None

            @dataclass(slots=True)
            class AbortedTransaction:
                FIELDS: ClassVar[tuple[FieldInfo, ...]]

                #: The producer id associated with the aborted transaction.
                producer_id: int = 0
                #: The first offset in the aborted transaction.
                first_offset: int = 0
                #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
                unknown_tagged_fields: list[tuple[int, bytes]] | None = None

            #: The partition index.
            partition_index: int = 0
            #: The error code, or 0 if there was no fetch error.
            error_code: int = 0
            #: The current high water mark.
            high_watermark: int = 0
            #: The last stable offset (or LSO) of the partition. This is the last offset such that the state of all transactional records prior to this offset have been decided (ABORTED or COMMITTED).
            last_stable_offset: int = -1
            #: The current log start offset.
            log_start_offset: int = -1
            #: In case divergence is detected based on the `LastFetchedEpoch` and `FetchOffset` in the request, this field indicates the largest epoch and its end offset such that subsequent records are known to diverge.
            diverging_epoch: FetchResponse.FetchableTopicResponse.PartitionData.EpochEndOffset = field(default_factory=lambda: _C_FetchResponse_FetchableTopicResponse_PartitionData_EpochEndOffset())
            #: The current leader of the partition.
            current_leader: FetchResponse.FetchableTopicResponse.PartitionData.LeaderIdAndEpoch = field(default_factory=lambda: _C_FetchResponse_FetchableTopicResponse_PartitionData_LeaderIdAndEpoch())
            #: In the case of fetching an offset less than the LogStartOffset, this is the end offset and epoch that should be used in the FetchSnapshot request.
            snapshot_id: FetchResponse.FetchableTopicResponse.PartitionData.SnapshotId = field(default_factory=lambda: _C_FetchResponse_FetchableTopicResponse_PartitionData_SnapshotId())
            #: The aborted transactions.
            aborted_transactions: list[FetchResponse.FetchableTopicResponse.PartitionData.AbortedTransaction] | None = field(default_factory=list)
            #: The preferred read replica for the consumer to use on its next fetch request.
            preferred_read_replica: int = -1
            #: The record data.
            records: bytes | memoryview | FileRegion | None = None
            #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
            unknown_tagged_fields: list[tuple[int, bytes]] | None = None

        #: The topic name.
        topic: str = ''
        #: The unique topic ID.
        topic_id: UUID = ZERO_UUID
        #: The topic partitions.
        partitions: list[FetchResponse.FetchableTopicResponse.PartitionData] = field(default_factory=list)
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

    EpochEndOffset = FetchableTopicResponse.PartitionData.EpochEndOffset
    LeaderIdAndEpoch = FetchableTopicResponse.PartitionData.LeaderIdAndEpoch
    SnapshotId = FetchableTopicResponse.PartitionData.SnapshotId
    AbortedTransaction = FetchableTopicResponse.PartitionData.AbortedTransaction
    PartitionData = FetchableTopicResponse.PartitionData
    #: The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    throttle_time_ms: int = 0
    #: The top level response error code.
    error_code: int = 0
    #: The fetch session ID, or 0 if this is not part of a fetch session.
    session_id: int = 0
    #: The response topics.
    responses: list[FetchResponse.FetchableTopicResponse] = field(default_factory=list)
    #: Endpoints for all current-leaders enumerated in PartitionData, with errors NOT_LEADER_OR_FOLLOWER & FENCED_LEADER_EPOCH.
    node_endpoints: list[FetchResponse.NodeEndpoint] = field(default_factory=list)
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> FetchResponse:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_FetchResponse, data, version, 'FetchResponse', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_region_body(_ENC_FetchResponse, self, version, 'FetchResponse')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_region_chunks(_ENC_FetchResponse, self, version, 'FetchResponse')

def _d_FetchRequest_FetchTopic_FetchPartition_v4(B: memoryview, P: int) -> tuple[FetchRequest.FetchTopic.FetchPartition, int]:
    (f0, f2, f5,) = _S_iqi.unpack_from(B, P)
    P += 16
    return _C_FetchRequest_FetchTopic_FetchPartition(f0, -1, f2, -1, -1, f5, ZERO_UUID, 9223372036854775807, None), P


def _d_FetchRequest_FetchTopic_v4(B: memoryview, P: int) -> tuple[FetchRequest.FetchTopic, int]:
    f0, P = read_string(B, P)
    (n_f2,) = _S_i.unpack_from(B, P)
    P += 4
    f2: list[FetchRequest.FetchTopic.FetchPartition]
    if n_f2 < 0:
        raise DecodeError(f'non-nullable array Partitions has length {n_f2}')
    else:
        if n_f2 > len(B) - P:
            raise DecodeError(f'array length {n_f2} exceeds the buffer')
        f2 = []
        for _ in range(n_f2):
            e_f2, P = _d_FetchRequest_FetchTopic_FetchPartition_v4(B, P)
            f2.append(e_f2)
    return _C_FetchRequest_FetchTopic(f0, ZERO_UUID, f2, None), P


def _d_FetchRequest_v4(B: memoryview, P: int) -> tuple[FetchRequest, int]:
    (f1, f3, f4, f5, f6, n_f9,) = _S_iiiibi.unpack_from(B, P)
    P += 21
    f9: list[FetchRequest.FetchTopic]
    if n_f9 < 0:
        raise DecodeError(f'non-nullable array Topics has length {n_f9}')
    else:
        if n_f9 > len(B) - P:
            raise DecodeError(f'array length {n_f9} exceeds the buffer')
        f9 = []
        for _ in range(n_f9):
            e_f9, P = _d_FetchRequest_FetchTopic_v4(B, P)
            f9.append(e_f9)
    return _C_FetchRequest(None, f1, _C_FetchRequest_ReplicaState(), f3, f4, f5, f6, 0, -1, f9, [], '', None), P


def _d_FetchRequest_FetchTopic_FetchPartition_v5(B: memoryview, P: int) -> tuple[FetchRequest.FetchTopic.FetchPartition, int]:
    (f0, f2, f4, f5,) = _S_iqqi.unpack_from(B, P)
    P += 24
    return _C_FetchRequest_FetchTopic_FetchPartition(f0, -1, f2, -1, f4, f5, ZERO_UUID, 9223372036854775807, None), P


def _d_FetchRequest_FetchTopic_v5(B: memoryview, P: int) -> tuple[FetchRequest.FetchTopic, int]:
    f0, P = read_string(B, P)
    (n_f2,) = _S_i.unpack_from(B, P)
    P += 4
    f2: list[FetchRequest.FetchTopic.FetchPartition]
    if n_f2 < 0:
        raise DecodeError(f'non-nullable array Partitions has length {n_f2}')
    else:
        if n_f2 > len(B) - P:
            raise DecodeError(f'array length {n_f2} exceeds the buffer')
        f2 = []
        for _ in range(n_f2):
            e_f2, P = _d_FetchRequest_FetchTopic_FetchPartition_v5(B, P)
            f2.append(e_f2)
    return _C_FetchRequest_FetchTopic(f0, ZERO_UUID, f2, None), P


def _d_FetchRequest_v5(B: memoryview, P: int) -> tuple[FetchRequest, int]:
    (f1, f3, f4, f5, f6, n_f9,) = _S_iiiibi.unpack_from(B, P)
    P += 21
    f9: list[FetchRequest.FetchTopic]
    if n_f9 < 0:
        raise DecodeError(f'non-nullable array Topics has length {n_f9}')
    else:
        if n_f9 > len(B) - P:
            raise DecodeError(f'array length {n_f9} exceeds the buffer')
        f9 = []
        for _ in range(n_f9):
            e_f9, P = _d_FetchRequest_FetchTopic_v5(B, P)
            f9.append(e_f9)
    return _C_FetchRequest(None, f1, _C_FetchRequest_ReplicaState(), f3, f4, f5, f6, 0, -1, f9, [], '', None), P


def _d_FetchRequest_ForgottenTopic_v7(B: memoryview, P: int) -> tuple[FetchRequest.ForgottenTopic, int]:
    f0, P = read_string(B, P)
    (n_f2,) = _S_i.unpack_from(B, P)
    P += 4
    f2: list[int]
    if n_f2 < 0:
        raise DecodeError(f'non-nullable array Partitions has length {n_f2}')
    else:
        check_count(n_f2, B, P)
        f2 = list(struct.unpack_from('>%di' % n_f2, B, P))
        P += n_f2 * 4
    return _C_FetchRequest_ForgottenTopic(f0, ZERO_UUID, f2, None), P


def _d_FetchRequest_v7(B: memoryview, P: int) -> tuple[FetchRequest, int]:
    (f1, f3, f4, f5, f6, f7, f8, n_f9,) = _S_iiiibiii.unpack_from(B, P)
    P += 29
    f9: list[FetchRequest.FetchTopic]
    if n_f9 < 0:
        raise DecodeError(f'non-nullable array Topics has length {n_f9}')
    else:
        if n_f9 > len(B) - P:
            raise DecodeError(f'array length {n_f9} exceeds the buffer')
        f9 = []
        for _ in range(n_f9):
            e_f9, P = _d_FetchRequest_FetchTopic_v5(B, P)
            f9.append(e_f9)
    (n_f10,) = _S_i.unpack_from(B, P)
    P += 4
    f10: list[FetchRequest.ForgottenTopic]
    if n_f10 < 0:
        raise DecodeError(f'non-nullable array ForgottenTopicsData has length {n_f10}')
    else:
        if n_f10 > len(B) - P:
            raise DecodeError(f'array length {n_f10} exceeds the buffer')
        f10 = []
        for _ in range(n_f10):
            e_f10, P = _d_FetchRequest_ForgottenTopic_v7(B, P)
            f10.append(e_f10)
    return _C_FetchRequest(None, f1, _C_FetchRequest_ReplicaState(), f3, f4, f5, f6, f7, f8, f9, f10, '', None), P


def _d_FetchRequest_FetchTopic_FetchPartition_v9(B: memoryview, P: int) -> tuple[FetchRequest.FetchTopic.FetchPartition, int]:
    (f0, f1, f2, f4, f5,) = _S_iiqqi.unpack_from(B, P)
    P += 28
    return _C_FetchRequest_FetchTopic_FetchPartition(f0, f1, f2, -1, f4, f5, ZERO_UUID, 9223372036854775807, None), P


def _d_FetchRequest_FetchTopic_v9(B: memoryview, P: int) -> tuple[FetchRequest.FetchTopic, int]:
    f0, P = read_string(B, P)
    (n_f2,) = _S_i.unpack_from(B, P)
    P += 4
    f2: list[FetchRequest.FetchTopic.FetchPartition]
    if n_f2 < 0:
        raise DecodeError(f'non-nullable array Partitions has length {n_f2}')
    else:
        if n_f2 > len(B) - P:
            raise DecodeError(f'array length {n_f2} exceeds the buffer')
        f2 = []
        for _ in range(n_f2):
            e_f2, P = _d_FetchRequest_FetchTopic_FetchPartition_v9(B, P)
            f2.append(e_f2)
    return _C_FetchRequest_FetchTopic(f0, ZERO_UUID, f2, None), P


def _d_FetchRequest_v9(B: memoryview, P: int) -> tuple[FetchRequest, int]:
    (f1, f3, f4, f5, f6, f7, f8, n_f9,) = _S_iiiibiii.unpack_from(B, P)
    P += 29
    f9: list[FetchRequest.FetchTopic]
    if n_f9 < 0:
        raise DecodeError(f'non-nullable array Topics has length {n_f9}')
    else:
        if n_f9 > len(B) - P:
            raise DecodeError(f'array length {n_f9} exceeds the buffer')
        f9 = []
        for _ in range(n_f9):
            e_f9, P = _d_FetchRequest_FetchTopic_v9(B, P)
            f9.append(e_f9)
    (n_f10,) = _S_i.unpack_from(B, P)
    P += 4
    f10: list[FetchRequest.ForgottenTopic]
    if n_f10 < 0:
        raise DecodeError(f'non-nullable array ForgottenTopicsData has length {n_f10}')
    else:
        if n_f10 > len(B) - P:
            raise DecodeError(f'array length {n_f10} exceeds the buffer')
        f10 = []
        for _ in range(n_f10):
            e_f10, P = _d_FetchRequest_ForgottenTopic_v7(B, P)
            f10.append(e_f10)
    return _C_FetchRequest(None, f1, _C_FetchRequest_ReplicaState(), f3, f4, f5, f6, f7, f8, f9, f10, '', None), P


def _d_FetchRequest_v11(B: memoryview, P: int) -> tuple[FetchRequest, int]:
    (f1, f3, f4, f5, f6, f7, f8, n_f9,) = _S_iiiibiii.unpack_from(B, P)
    P += 29
    f9: list[FetchRequest.FetchTopic]
    if n_f9 < 0:
        raise DecodeError(f'non-nullable array Topics has length {n_f9}')
    else:
        if n_f9 > len(B) - P:
            raise DecodeError(f'array length {n_f9} exceeds the buffer')
        f9 = []
        for _ in range(n_f9):
            e_f9, P = _d_FetchRequest_FetchTopic_v9(B, P)
            f9.append(e_f9)
    (n_f10,) = _S_i.unpack_from(B, P)
    P += 4
    f10: list[FetchRequest.ForgottenTopic]
    if n_f10 < 0:
        raise DecodeError(f'non-nullable array ForgottenTopicsData has length {n_f10}')
    else:
        if n_f10 > len(B) - P:
            raise DecodeError(f'array length {n_f10} exceeds the buffer')
        f10 = []
        for _ in range(n_f10):
            e_f10, P = _d_FetchRequest_ForgottenTopic_v7(B, P)
            f10.append(e_f10)
    f11, P = read_string(B, P)
    return _C_FetchRequest(None, f1, _C_FetchRequest_ReplicaState(), f3, f4, f5, f6, f7, f8, f9, f10, f11, None), P


def _d_FetchRequest_FetchTopic_FetchPartition_v12(B: memoryview, P: int) -> tuple[FetchRequest.FetchTopic.FetchPartition, int]:
    (f0, f1, f2, f3, f4, f5,) = _S_iiqiqi.unpack_from(B, P)
    P += 32
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_FetchRequest_FetchTopic_FetchPartition(f0, f1, f2, f3, f4, f5, ZERO_UUID, 9223372036854775807, tf), P


def _d_FetchRequest_FetchTopic_v12(B: memoryview, P: int) -> tuple[FetchRequest.FetchTopic, int]:
    f0, P = read_compact_string(B, P)
    n_f2 = B[P]
    if n_f2 < 0x80:
        P += 1
    else:
        n_f2, P = read_uvarint(B, P)
    n_f2 -= 1
    f2: list[FetchRequest.FetchTopic.FetchPartition]
    if n_f2 < 0:
        raise DecodeError(f'non-nullable array Partitions has length {n_f2}')
    else:
        if n_f2 > len(B) - P:
            raise DecodeError(f'array length {n_f2} exceeds the buffer')
        f2 = []
        for _ in range(n_f2):
            e_f2, P = _d_FetchRequest_FetchTopic_FetchPartition_v12(B, P)
            f2.append(e_f2)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_FetchRequest_FetchTopic(f0, ZERO_UUID, f2, tf), P


def _d_FetchRequest_ForgottenTopic_v12(B: memoryview, P: int) -> tuple[FetchRequest.ForgottenTopic, int]:
    f0, P = read_compact_string(B, P)
    n_f2 = B[P]
    if n_f2 < 0x80:
        P += 1
    else:
        n_f2, P = read_uvarint(B, P)
    n_f2 -= 1
    f2: list[int]
    if n_f2 < 0:
        raise DecodeError(f'non-nullable array Partitions has length {n_f2}')
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
    return _C_FetchRequest_ForgottenTopic(f0, ZERO_UUID, f2, tf), P


def _d_FetchRequest_v12(B: memoryview, P: int) -> tuple[FetchRequest, int]:
    (f1, f3, f4, f5, f6, f7, f8,) = _S_iiiibii.unpack_from(B, P)
    P += 25
    n_f9 = B[P]
    if n_f9 < 0x80:
        P += 1
    else:
        n_f9, P = read_uvarint(B, P)
    n_f9 -= 1
    f9: list[FetchRequest.FetchTopic]
    if n_f9 < 0:
        raise DecodeError(f'non-nullable array Topics has length {n_f9}')
    else:
        if n_f9 > len(B) - P:
            raise DecodeError(f'array length {n_f9} exceeds the buffer')
        f9 = []
        for _ in range(n_f9):
            e_f9, P = _d_FetchRequest_FetchTopic_v12(B, P)
            f9.append(e_f9)
    n_f10 = B[P]
    if n_f10 < 0x80:
        P += 1
    else:
        n_f10, P = read_uvarint(B, P)
    n_f10 -= 1
    f10: list[FetchRequest.ForgottenTopic]
    if n_f10 < 0:
        raise DecodeError(f'non-nullable array ForgottenTopicsData has length {n_f10}')
    else:
        if n_f10 > len(B) - P:
            raise DecodeError(f'array length {n_f10} exceeds the buffer')
        f10 = []
        for _ in range(n_f10):
            e_f10, P = _d_FetchRequest_ForgottenTopic_v12(B, P)
            f10.append(e_f10)
    f11, P = read_compact_string(B, P)
    tf: list[tuple[int, bytes]] | None = None
    f0: str | None = None
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
                f0, p2 = read_compact_nullable_string(sb, p2)
                if p2 != end:
                    raise DecodeError('tagged field ClusterId has the wrong size')
            else:
                if tf is None:
                    tf = []
                tf.append((tag, bytes(B[P:end])))
            P = end
    return _C_FetchRequest(f0, f1, _C_FetchRequest_ReplicaState(), f3, f4, f5, f6, f7, f8, f9, f10, f11, tf), P


def _d_FetchRequest_FetchTopic_v13(B: memoryview, P: int) -> tuple[FetchRequest.FetchTopic, int]:
    f1, P = read_uuid(B, P)
    n_f2 = B[P]
    if n_f2 < 0x80:
        P += 1
    else:
        n_f2, P = read_uvarint(B, P)
    n_f2 -= 1
    f2: list[FetchRequest.FetchTopic.FetchPartition]
    if n_f2 < 0:
        raise DecodeError(f'non-nullable array Partitions has length {n_f2}')
    else:
        if n_f2 > len(B) - P:
            raise DecodeError(f'array length {n_f2} exceeds the buffer')
        f2 = []
        for _ in range(n_f2):
            e_f2, P = _d_FetchRequest_FetchTopic_FetchPartition_v12(B, P)
            f2.append(e_f2)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_FetchRequest_FetchTopic('', f1, f2, tf), P


def _d_FetchRequest_ForgottenTopic_v13(B: memoryview, P: int) -> tuple[FetchRequest.ForgottenTopic, int]:
    f1, P = read_uuid(B, P)
    n_f2 = B[P]
    if n_f2 < 0x80:
        P += 1
    else:
        n_f2, P = read_uvarint(B, P)
    n_f2 -= 1
    f2: list[int]
    if n_f2 < 0:
        raise DecodeError(f'non-nullable array Partitions has length {n_f2}')
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
    return _C_FetchRequest_ForgottenTopic('', f1, f2, tf), P


def _d_FetchRequest_v13(B: memoryview, P: int) -> tuple[FetchRequest, int]:
    (f1, f3, f4, f5, f6, f7, f8,) = _S_iiiibii.unpack_from(B, P)
    P += 25
    n_f9 = B[P]
    if n_f9 < 0x80:
        P += 1
    else:
        n_f9, P = read_uvarint(B, P)
    n_f9 -= 1
    f9: list[FetchRequest.FetchTopic]
    if n_f9 < 0:
        raise DecodeError(f'non-nullable array Topics has length {n_f9}')
    else:
        if n_f9 > len(B) - P:
            raise DecodeError(f'array length {n_f9} exceeds the buffer')
        f9 = []
        for _ in range(n_f9):
            e_f9, P = _d_FetchRequest_FetchTopic_v13(B, P)
            f9.append(e_f9)
    n_f10 = B[P]
    if n_f10 < 0x80:
        P += 1
    else:
        n_f10, P = read_uvarint(B, P)
    n_f10 -= 1
    f10: list[FetchRequest.ForgottenTopic]
    if n_f10 < 0:
        raise DecodeError(f'non-nullable array ForgottenTopicsData has length {n_f10}')
    else:
        if n_f10 > len(B) - P:
            raise DecodeError(f'array length {n_f10} exceeds the buffer')
        f10 = []
        for _ in range(n_f10):
            e_f10, P = _d_FetchRequest_ForgottenTopic_v13(B, P)
            f10.append(e_f10)
    f11, P = read_compact_string(B, P)
    tf: list[tuple[int, bytes]] | None = None
    f0: str | None = None
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
                f0, p2 = read_compact_nullable_string(sb, p2)
                if p2 != end:
                    raise DecodeError('tagged field ClusterId has the wrong size')
            else:
                if tf is None:
                    tf = []
                tf.append((tag, bytes(B[P:end])))
            P = end
    return _C_FetchRequest(f0, f1, _C_FetchRequest_ReplicaState(), f3, f4, f5, f6, f7, f8, f9, f10, f11, tf), P


def _d_FetchRequest_ReplicaState_v15(B: memoryview, P: int) -> tuple[FetchRequest.ReplicaState, int]:
    (f0, f1,) = _S_iq.unpack_from(B, P)
    P += 12
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_FetchRequest_ReplicaState(f0, f1, tf), P


def _d_FetchRequest_v15(B: memoryview, P: int) -> tuple[FetchRequest, int]:
    (f3, f4, f5, f6, f7, f8,) = _S_iiibii.unpack_from(B, P)
    P += 21
    n_f9 = B[P]
    if n_f9 < 0x80:
        P += 1
    else:
        n_f9, P = read_uvarint(B, P)
    n_f9 -= 1
    f9: list[FetchRequest.FetchTopic]
    if n_f9 < 0:
        raise DecodeError(f'non-nullable array Topics has length {n_f9}')
    else:
        if n_f9 > len(B) - P:
            raise DecodeError(f'array length {n_f9} exceeds the buffer')
        f9 = []
        for _ in range(n_f9):
            e_f9, P = _d_FetchRequest_FetchTopic_v13(B, P)
            f9.append(e_f9)
    n_f10 = B[P]
    if n_f10 < 0x80:
        P += 1
    else:
        n_f10, P = read_uvarint(B, P)
    n_f10 -= 1
    f10: list[FetchRequest.ForgottenTopic]
    if n_f10 < 0:
        raise DecodeError(f'non-nullable array ForgottenTopicsData has length {n_f10}')
    else:
        if n_f10 > len(B) - P:
            raise DecodeError(f'array length {n_f10} exceeds the buffer')
        f10 = []
        for _ in range(n_f10):
            e_f10, P = _d_FetchRequest_ForgottenTopic_v13(B, P)
            f10.append(e_f10)
    f11, P = read_compact_string(B, P)
    tf: list[tuple[int, bytes]] | None = None
    f0: str | None = None
    f2: FetchRequest.ReplicaState = _C_FetchRequest_ReplicaState()
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
                f0, p2 = read_compact_nullable_string(sb, p2)
                if p2 != end:
                    raise DecodeError('tagged field ClusterId has the wrong size')
            elif tag == 1:
                sb = B[:end]
                p2 = P
                f2, p2 = _d_FetchRequest_ReplicaState_v15(sb, p2)
                if p2 != end:
                    raise DecodeError('tagged field ReplicaState has the wrong size')
            else:
                if tf is None:
                    tf = []
                tf.append((tag, bytes(B[P:end])))
            P = end
    return _C_FetchRequest(f0, -1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11, tf), P


def _d_FetchRequest_FetchTopic_FetchPartition_v17(B: memoryview, P: int) -> tuple[FetchRequest.FetchTopic.FetchPartition, int]:
    (f0, f1, f2, f3, f4, f5,) = _S_iiqiqi.unpack_from(B, P)
    P += 32
    tf: list[tuple[int, bytes]] | None = None
    f6: UUID = ZERO_UUID
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
                f6, p2 = read_uuid(sb, p2)
                if p2 != end:
                    raise DecodeError('tagged field ReplicaDirectoryId has the wrong size')
            else:
                if tf is None:
                    tf = []
                tf.append((tag, bytes(B[P:end])))
            P = end
    return _C_FetchRequest_FetchTopic_FetchPartition(f0, f1, f2, f3, f4, f5, f6, 9223372036854775807, tf), P


def _d_FetchRequest_FetchTopic_v17(B: memoryview, P: int) -> tuple[FetchRequest.FetchTopic, int]:
    f1, P = read_uuid(B, P)
    n_f2 = B[P]
    if n_f2 < 0x80:
        P += 1
    else:
        n_f2, P = read_uvarint(B, P)
    n_f2 -= 1
    f2: list[FetchRequest.FetchTopic.FetchPartition]
    if n_f2 < 0:
        raise DecodeError(f'non-nullable array Partitions has length {n_f2}')
    else:
        if n_f2 > len(B) - P:
            raise DecodeError(f'array length {n_f2} exceeds the buffer')
        f2 = []
        for _ in range(n_f2):
            e_f2, P = _d_FetchRequest_FetchTopic_FetchPartition_v17(B, P)
            f2.append(e_f2)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_FetchRequest_FetchTopic('', f1, f2, tf), P


def _d_FetchRequest_v17(B: memoryview, P: int) -> tuple[FetchRequest, int]:
    (f3, f4, f5, f6, f7, f8,) = _S_iiibii.unpack_from(B, P)
    P += 21
    n_f9 = B[P]
    if n_f9 < 0x80:
        P += 1
    else:
        n_f9, P = read_uvarint(B, P)
    n_f9 -= 1
    f9: list[FetchRequest.FetchTopic]
    if n_f9 < 0:
        raise DecodeError(f'non-nullable array Topics has length {n_f9}')
    else:
        if n_f9 > len(B) - P:
            raise DecodeError(f'array length {n_f9} exceeds the buffer')
        f9 = []
        for _ in range(n_f9):
            e_f9, P = _d_FetchRequest_FetchTopic_v17(B, P)
            f9.append(e_f9)
    n_f10 = B[P]
    if n_f10 < 0x80:
        P += 1
    else:
        n_f10, P = read_uvarint(B, P)
    n_f10 -= 1
    f10: list[FetchRequest.ForgottenTopic]
    if n_f10 < 0:
        raise DecodeError(f'non-nullable array ForgottenTopicsData has length {n_f10}')
    else:
        if n_f10 > len(B) - P:
            raise DecodeError(f'array length {n_f10} exceeds the buffer')
        f10 = []
        for _ in range(n_f10):
            e_f10, P = _d_FetchRequest_ForgottenTopic_v13(B, P)
            f10.append(e_f10)
    f11, P = read_compact_string(B, P)
    tf: list[tuple[int, bytes]] | None = None
    f0: str | None = None
    f2: FetchRequest.ReplicaState = _C_FetchRequest_ReplicaState()
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
                f0, p2 = read_compact_nullable_string(sb, p2)
                if p2 != end:
                    raise DecodeError('tagged field ClusterId has the wrong size')
            elif tag == 1:
                sb = B[:end]
                p2 = P
                f2, p2 = _d_FetchRequest_ReplicaState_v15(sb, p2)
                if p2 != end:
                    raise DecodeError('tagged field ReplicaState has the wrong size')
            else:
                if tf is None:
                    tf = []
                tf.append((tag, bytes(B[P:end])))
            P = end
    return _C_FetchRequest(f0, -1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11, tf), P


def _d_FetchRequest_FetchTopic_FetchPartition_v18(B: memoryview, P: int) -> tuple[FetchRequest.FetchTopic.FetchPartition, int]:
    (f0, f1, f2, f3, f4, f5,) = _S_iiqiqi.unpack_from(B, P)
    P += 32
    tf: list[tuple[int, bytes]] | None = None
    f6: UUID = ZERO_UUID
    f7: int = 9223372036854775807
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
                f6, p2 = read_uuid(sb, p2)
                if p2 != end:
                    raise DecodeError('tagged field ReplicaDirectoryId has the wrong size')
            elif tag == 1:
                sb = B[:end]
                p2 = P
                (f7,) = _S_q.unpack_from(sb, p2)
                p2 += 8
                if p2 != end:
                    raise DecodeError('tagged field HighWatermark has the wrong size')
            else:
                if tf is None:
                    tf = []
                tf.append((tag, bytes(B[P:end])))
            P = end
    return _C_FetchRequest_FetchTopic_FetchPartition(f0, f1, f2, f3, f4, f5, f6, f7, tf), P


def _d_FetchRequest_FetchTopic_v18(B: memoryview, P: int) -> tuple[FetchRequest.FetchTopic, int]:
    f1, P = read_uuid(B, P)
    n_f2 = B[P]
    if n_f2 < 0x80:
        P += 1
    else:
        n_f2, P = read_uvarint(B, P)
    n_f2 -= 1
    f2: list[FetchRequest.FetchTopic.FetchPartition]
    if n_f2 < 0:
        raise DecodeError(f'non-nullable array Partitions has length {n_f2}')
    else:
        if n_f2 > len(B) - P:
            raise DecodeError(f'array length {n_f2} exceeds the buffer')
        f2 = []
        for _ in range(n_f2):
            e_f2, P = _d_FetchRequest_FetchTopic_FetchPartition_v18(B, P)
            f2.append(e_f2)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_FetchRequest_FetchTopic('', f1, f2, tf), P


def _d_FetchRequest_v18(B: memoryview, P: int) -> tuple[FetchRequest, int]:
    (f3, f4, f5, f6, f7, f8,) = _S_iiibii.unpack_from(B, P)
    P += 21
    n_f9 = B[P]
    if n_f9 < 0x80:
        P += 1
    else:
        n_f9, P = read_uvarint(B, P)
    n_f9 -= 1
    f9: list[FetchRequest.FetchTopic]
    if n_f9 < 0:
        raise DecodeError(f'non-nullable array Topics has length {n_f9}')
    else:
        if n_f9 > len(B) - P:
            raise DecodeError(f'array length {n_f9} exceeds the buffer')
        f9 = []
        for _ in range(n_f9):
            e_f9, P = _d_FetchRequest_FetchTopic_v18(B, P)
            f9.append(e_f9)
    n_f10 = B[P]
    if n_f10 < 0x80:
        P += 1
    else:
        n_f10, P = read_uvarint(B, P)
    n_f10 -= 1
    f10: list[FetchRequest.ForgottenTopic]
    if n_f10 < 0:
        raise DecodeError(f'non-nullable array ForgottenTopicsData has length {n_f10}')
    else:
        if n_f10 > len(B) - P:
            raise DecodeError(f'array length {n_f10} exceeds the buffer')
        f10 = []
        for _ in range(n_f10):
            e_f10, P = _d_FetchRequest_ForgottenTopic_v13(B, P)
            f10.append(e_f10)
    f11, P = read_compact_string(B, P)
    tf: list[tuple[int, bytes]] | None = None
    f0: str | None = None
    f2: FetchRequest.ReplicaState = _C_FetchRequest_ReplicaState()
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
                f0, p2 = read_compact_nullable_string(sb, p2)
                if p2 != end:
                    raise DecodeError('tagged field ClusterId has the wrong size')
            elif tag == 1:
                sb = B[:end]
                p2 = P
                f2, p2 = _d_FetchRequest_ReplicaState_v15(sb, p2)
                if p2 != end:
                    raise DecodeError('tagged field ReplicaState has the wrong size')
            else:
                if tf is None:
                    tf = []
                tf.append((tag, bytes(B[P:end])))
            P = end
    return _C_FetchRequest(f0, -1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11, tf), P


def _e_FetchRequest_FetchTopic_FetchPartition_v4(o: FetchRequest.FetchTopic.FetchPartition, O: bytearray) -> None:
    if o.last_fetched_epoch != -1:
        raise EncodeError('FetchRequest.LastFetchedEpoch is not supported in version 4')
    O += _S_iqi.pack(o.partition, o.fetch_offset, o.partition_max_bytes)


def _e_FetchRequest_FetchTopic_v4(o: FetchRequest.FetchTopic, O: bytearray) -> None:
    write_string(O, o.topic)
    a1 = o.partitions
    if a1 is None:
        raise EncodeError('non-nullable array Partitions is None')
    O += _S_i.pack(len(a1))
    for e_a1 in a1:
        _e_FetchRequest_FetchTopic_FetchPartition_v4(e_a1, O)


def _e_FetchRequest_v4(o: FetchRequest, O: bytearray) -> None:
    if ((o.replica_state.replica_id != -1) or (o.replica_state.replica_epoch != -1) or (o.replica_state.unknown_tagged_fields)):
        raise EncodeError('FetchRequest.ReplicaState is not supported in version 4')
    if bool(o.forgotten_topics_data):
        raise EncodeError('FetchRequest.ForgottenTopicsData is not supported in version 4')
    a5 = o.topics
    if a5 is None:
        raise EncodeError('non-nullable array Topics is None')
    O += _S_iiiibi.pack(o.replica_id, o.max_wait_ms, o.min_bytes, o.max_bytes, o.isolation_level, len(a5))
    for e_a5 in a5:
        _e_FetchRequest_FetchTopic_v4(e_a5, O)


def _e_FetchRequest_FetchTopic_FetchPartition_v5(o: FetchRequest.FetchTopic.FetchPartition, O: bytearray) -> None:
    if o.last_fetched_epoch != -1:
        raise EncodeError('FetchRequest.LastFetchedEpoch is not supported in version 5')
    O += _S_iqqi.pack(o.partition, o.fetch_offset, o.log_start_offset, o.partition_max_bytes)


def _e_FetchRequest_FetchTopic_v5(o: FetchRequest.FetchTopic, O: bytearray) -> None:
    write_string(O, o.topic)
    a1 = o.partitions
    if a1 is None:
        raise EncodeError('non-nullable array Partitions is None')
    O += _S_i.pack(len(a1))
    for e_a1 in a1:
        _e_FetchRequest_FetchTopic_FetchPartition_v5(e_a1, O)


def _e_FetchRequest_v5(o: FetchRequest, O: bytearray) -> None:
    if ((o.replica_state.replica_id != -1) or (o.replica_state.replica_epoch != -1) or (o.replica_state.unknown_tagged_fields)):
        raise EncodeError('FetchRequest.ReplicaState is not supported in version 5')
    if bool(o.forgotten_topics_data):
        raise EncodeError('FetchRequest.ForgottenTopicsData is not supported in version 5')
    a5 = o.topics
    if a5 is None:
        raise EncodeError('non-nullable array Topics is None')
    O += _S_iiiibi.pack(o.replica_id, o.max_wait_ms, o.min_bytes, o.max_bytes, o.isolation_level, len(a5))
    for e_a5 in a5:
        _e_FetchRequest_FetchTopic_v5(e_a5, O)


def _e_FetchRequest_FetchTopic_FetchPartition_v6(o: FetchRequest.FetchTopic.FetchPartition, O: bytearray) -> None:
    if o.last_fetched_epoch != -1:
        raise EncodeError('FetchRequest.LastFetchedEpoch is not supported in version 6')
    O += _S_iqqi.pack(o.partition, o.fetch_offset, o.log_start_offset, o.partition_max_bytes)


def _e_FetchRequest_FetchTopic_v6(o: FetchRequest.FetchTopic, O: bytearray) -> None:
    write_string(O, o.topic)
    a1 = o.partitions
    if a1 is None:
        raise EncodeError('non-nullable array Partitions is None')
    O += _S_i.pack(len(a1))
    for e_a1 in a1:
        _e_FetchRequest_FetchTopic_FetchPartition_v6(e_a1, O)


def _e_FetchRequest_v6(o: FetchRequest, O: bytearray) -> None:
    if ((o.replica_state.replica_id != -1) or (o.replica_state.replica_epoch != -1) or (o.replica_state.unknown_tagged_fields)):
        raise EncodeError('FetchRequest.ReplicaState is not supported in version 6')
    if bool(o.forgotten_topics_data):
        raise EncodeError('FetchRequest.ForgottenTopicsData is not supported in version 6')
    a5 = o.topics
    if a5 is None:
        raise EncodeError('non-nullable array Topics is None')
    O += _S_iiiibi.pack(o.replica_id, o.max_wait_ms, o.min_bytes, o.max_bytes, o.isolation_level, len(a5))
    for e_a5 in a5:
        _e_FetchRequest_FetchTopic_v6(e_a5, O)


def _e_FetchRequest_FetchTopic_FetchPartition_v7(o: FetchRequest.FetchTopic.FetchPartition, O: bytearray) -> None:
    if o.last_fetched_epoch != -1:
        raise EncodeError('FetchRequest.LastFetchedEpoch is not supported in version 7')
    O += _S_iqqi.pack(o.partition, o.fetch_offset, o.log_start_offset, o.partition_max_bytes)


def _e_FetchRequest_FetchTopic_v7(o: FetchRequest.FetchTopic, O: bytearray) -> None:
    write_string(O, o.topic)
    a1 = o.partitions
    if a1 is None:
        raise EncodeError('non-nullable array Partitions is None')
    O += _S_i.pack(len(a1))
    for e_a1 in a1:
        _e_FetchRequest_FetchTopic_FetchPartition_v7(e_a1, O)


def _e_FetchRequest_ForgottenTopic_v7(o: FetchRequest.ForgottenTopic, O: bytearray) -> None:
    write_string(O, o.topic)
    a1 = o.partitions
    if a1 is None:
        raise EncodeError('non-nullable array Partitions is None')
    O += _S_i.pack(len(a1))
    O += struct.pack('>%di' % len(a1), *a1)


def _e_FetchRequest_v7(o: FetchRequest, O: bytearray) -> None:
    if ((o.replica_state.replica_id != -1) or (o.replica_state.replica_epoch != -1) or (o.replica_state.unknown_tagged_fields)):
        raise EncodeError('FetchRequest.ReplicaState is not supported in version 7')
    a7 = o.topics
    if a7 is None:
        raise EncodeError('non-nullable array Topics is None')
    O += _S_iiiibiii.pack(o.replica_id, o.max_wait_ms, o.min_bytes, o.max_bytes, o.isolation_level, o.session_id, o.session_epoch, len(a7))
    for e_a7 in a7:
        _e_FetchRequest_FetchTopic_v7(e_a7, O)
    a8 = o.forgotten_topics_data
    if a8 is None:
        raise EncodeError('non-nullable array ForgottenTopicsData is None')
    O += _S_i.pack(len(a8))
    for e_a8 in a8:
        _e_FetchRequest_ForgottenTopic_v7(e_a8, O)


def _e_FetchRequest_FetchTopic_FetchPartition_v8(o: FetchRequest.FetchTopic.FetchPartition, O: bytearray) -> None:
    if o.last_fetched_epoch != -1:
        raise EncodeError('FetchRequest.LastFetchedEpoch is not supported in version 8')
    O += _S_iqqi.pack(o.partition, o.fetch_offset, o.log_start_offset, o.partition_max_bytes)


def _e_FetchRequest_FetchTopic_v8(o: FetchRequest.FetchTopic, O: bytearray) -> None:
    write_string(O, o.topic)
    a1 = o.partitions
    if a1 is None:
        raise EncodeError('non-nullable array Partitions is None')
    O += _S_i.pack(len(a1))
    for e_a1 in a1:
        _e_FetchRequest_FetchTopic_FetchPartition_v8(e_a1, O)


def _e_FetchRequest_v8(o: FetchRequest, O: bytearray) -> None:
    if ((o.replica_state.replica_id != -1) or (o.replica_state.replica_epoch != -1) or (o.replica_state.unknown_tagged_fields)):
        raise EncodeError('FetchRequest.ReplicaState is not supported in version 8')
    a7 = o.topics
    if a7 is None:
        raise EncodeError('non-nullable array Topics is None')
    O += _S_iiiibiii.pack(o.replica_id, o.max_wait_ms, o.min_bytes, o.max_bytes, o.isolation_level, o.session_id, o.session_epoch, len(a7))
    for e_a7 in a7:
        _e_FetchRequest_FetchTopic_v8(e_a7, O)
    a8 = o.forgotten_topics_data
    if a8 is None:
        raise EncodeError('non-nullable array ForgottenTopicsData is None')
    O += _S_i.pack(len(a8))
    for e_a8 in a8:
        _e_FetchRequest_ForgottenTopic_v7(e_a8, O)


def _e_FetchRequest_FetchTopic_FetchPartition_v9(o: FetchRequest.FetchTopic.FetchPartition, O: bytearray) -> None:
    if o.last_fetched_epoch != -1:
        raise EncodeError('FetchRequest.LastFetchedEpoch is not supported in version 9')
    O += _S_iiqqi.pack(o.partition, o.current_leader_epoch, o.fetch_offset, o.log_start_offset, o.partition_max_bytes)


def _e_FetchRequest_FetchTopic_v9(o: FetchRequest.FetchTopic, O: bytearray) -> None:
    write_string(O, o.topic)
    a1 = o.partitions
    if a1 is None:
        raise EncodeError('non-nullable array Partitions is None')
    O += _S_i.pack(len(a1))
    for e_a1 in a1:
        _e_FetchRequest_FetchTopic_FetchPartition_v9(e_a1, O)


def _e_FetchRequest_v9(o: FetchRequest, O: bytearray) -> None:
    if ((o.replica_state.replica_id != -1) or (o.replica_state.replica_epoch != -1) or (o.replica_state.unknown_tagged_fields)):
        raise EncodeError('FetchRequest.ReplicaState is not supported in version 9')
    a7 = o.topics
    if a7 is None:
        raise EncodeError('non-nullable array Topics is None')
    O += _S_iiiibiii.pack(o.replica_id, o.max_wait_ms, o.min_bytes, o.max_bytes, o.isolation_level, o.session_id, o.session_epoch, len(a7))
    for e_a7 in a7:
        _e_FetchRequest_FetchTopic_v9(e_a7, O)
    a8 = o.forgotten_topics_data
    if a8 is None:
        raise EncodeError('non-nullable array ForgottenTopicsData is None')
    O += _S_i.pack(len(a8))
    for e_a8 in a8:
        _e_FetchRequest_ForgottenTopic_v7(e_a8, O)


def _e_FetchRequest_FetchTopic_FetchPartition_v10(o: FetchRequest.FetchTopic.FetchPartition, O: bytearray) -> None:
    if o.last_fetched_epoch != -1:
        raise EncodeError('FetchRequest.LastFetchedEpoch is not supported in version 10')
    O += _S_iiqqi.pack(o.partition, o.current_leader_epoch, o.fetch_offset, o.log_start_offset, o.partition_max_bytes)


def _e_FetchRequest_FetchTopic_v10(o: FetchRequest.FetchTopic, O: bytearray) -> None:
    write_string(O, o.topic)
    a1 = o.partitions
    if a1 is None:
        raise EncodeError('non-nullable array Partitions is None')
    O += _S_i.pack(len(a1))
    for e_a1 in a1:
        _e_FetchRequest_FetchTopic_FetchPartition_v10(e_a1, O)


def _e_FetchRequest_v10(o: FetchRequest, O: bytearray) -> None:
    if ((o.replica_state.replica_id != -1) or (o.replica_state.replica_epoch != -1) or (o.replica_state.unknown_tagged_fields)):
        raise EncodeError('FetchRequest.ReplicaState is not supported in version 10')
    a7 = o.topics
    if a7 is None:
        raise EncodeError('non-nullable array Topics is None')
    O += _S_iiiibiii.pack(o.replica_id, o.max_wait_ms, o.min_bytes, o.max_bytes, o.isolation_level, o.session_id, o.session_epoch, len(a7))
    for e_a7 in a7:
        _e_FetchRequest_FetchTopic_v10(e_a7, O)
    a8 = o.forgotten_topics_data
    if a8 is None:
        raise EncodeError('non-nullable array ForgottenTopicsData is None')
    O += _S_i.pack(len(a8))
    for e_a8 in a8:
        _e_FetchRequest_ForgottenTopic_v7(e_a8, O)


def _e_FetchRequest_FetchTopic_FetchPartition_v11(o: FetchRequest.FetchTopic.FetchPartition, O: bytearray) -> None:
    if o.last_fetched_epoch != -1:
        raise EncodeError('FetchRequest.LastFetchedEpoch is not supported in version 11')
    O += _S_iiqqi.pack(o.partition, o.current_leader_epoch, o.fetch_offset, o.log_start_offset, o.partition_max_bytes)


def _e_FetchRequest_FetchTopic_v11(o: FetchRequest.FetchTopic, O: bytearray) -> None:
    write_string(O, o.topic)
    a1 = o.partitions
    if a1 is None:
        raise EncodeError('non-nullable array Partitions is None')
    O += _S_i.pack(len(a1))
    for e_a1 in a1:
        _e_FetchRequest_FetchTopic_FetchPartition_v11(e_a1, O)


def _e_FetchRequest_v11(o: FetchRequest, O: bytearray) -> None:
    if ((o.replica_state.replica_id != -1) or (o.replica_state.replica_epoch != -1) or (o.replica_state.unknown_tagged_fields)):
        raise EncodeError('FetchRequest.ReplicaState is not supported in version 11')
    a7 = o.topics
    if a7 is None:
        raise EncodeError('non-nullable array Topics is None')
    O += _S_iiiibiii.pack(o.replica_id, o.max_wait_ms, o.min_bytes, o.max_bytes, o.isolation_level, o.session_id, o.session_epoch, len(a7))
    for e_a7 in a7:
        _e_FetchRequest_FetchTopic_v11(e_a7, O)
    a8 = o.forgotten_topics_data
    if a8 is None:
        raise EncodeError('non-nullable array ForgottenTopicsData is None')
    O += _S_i.pack(len(a8))
    for e_a8 in a8:
        _e_FetchRequest_ForgottenTopic_v7(e_a8, O)
    write_string(O, o.rack_id)


def _e_FetchRequest_FetchTopic_FetchPartition_v12(o: FetchRequest.FetchTopic.FetchPartition, O: bytearray) -> None:
    O += _S_iiqiqi.pack(o.partition, o.current_leader_epoch, o.fetch_offset, o.last_fetched_epoch, o.log_start_offset, o.partition_max_bytes)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_FetchRequest_FetchTopic_v12(o: FetchRequest.FetchTopic, O: bytearray) -> None:
    write_compact_string(O, o.topic)
    a1 = o.partitions
    if a1 is None:
        raise EncodeError('non-nullable array Partitions is None')
    write_uvarint(O, len(a1) + 1)
    for e_a1 in a1:
        _e_FetchRequest_FetchTopic_FetchPartition_v12(e_a1, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_FetchRequest_ForgottenTopic_v12(o: FetchRequest.ForgottenTopic, O: bytearray) -> None:
    write_compact_string(O, o.topic)
    a1 = o.partitions
    if a1 is None:
        raise EncodeError('non-nullable array Partitions is None')
    write_uvarint(O, len(a1) + 1)
    O += struct.pack('>%di' % len(a1), *a1)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_FetchRequest_v12(o: FetchRequest, O: bytearray) -> None:
    if ((o.replica_state.replica_id != -1) or (o.replica_state.replica_epoch != -1) or (o.replica_state.unknown_tagged_fields)):
        raise EncodeError('FetchRequest.ReplicaState is not supported in version 12')
    O += _S_iiiibii.pack(o.replica_id, o.max_wait_ms, o.min_bytes, o.max_bytes, o.isolation_level, o.session_id, o.session_epoch)
    a7 = o.topics
    if a7 is None:
        raise EncodeError('non-nullable array Topics is None')
    write_uvarint(O, len(a7) + 1)
    for e_a7 in a7:
        _e_FetchRequest_FetchTopic_v12(e_a7, O)
    a8 = o.forgotten_topics_data
    if a8 is None:
        raise EncodeError('non-nullable array ForgottenTopicsData is None')
    write_uvarint(O, len(a8) + 1)
    for e_a8 in a8:
        _e_FetchRequest_ForgottenTopic_v12(e_a8, O)
    write_compact_string(O, o.rack_id)
    tg: list[tuple[int, bytes | bytearray | memoryview]] | None = None
    t0 = o.cluster_id
    if t0 is not None:
        tb = bytearray()
        write_compact_nullable_string(tb, t0)
        if tg is None:
            tg = []
        tg.append((0, tb))
    if tg is not None or o.unknown_tagged_fields:
        write_tagged_fields(O, tg, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_FetchRequest_FetchTopic_v13(o: FetchRequest.FetchTopic, O: bytearray) -> None:
    write_uuid(O, o.topic_id)
    a1 = o.partitions
    if a1 is None:
        raise EncodeError('non-nullable array Partitions is None')
    write_uvarint(O, len(a1) + 1)
    for e_a1 in a1:
        _e_FetchRequest_FetchTopic_FetchPartition_v12(e_a1, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_FetchRequest_ForgottenTopic_v13(o: FetchRequest.ForgottenTopic, O: bytearray) -> None:
    write_uuid(O, o.topic_id)
    a1 = o.partitions
    if a1 is None:
        raise EncodeError('non-nullable array Partitions is None')
    write_uvarint(O, len(a1) + 1)
    O += struct.pack('>%di' % len(a1), *a1)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_FetchRequest_v13(o: FetchRequest, O: bytearray) -> None:
    if ((o.replica_state.replica_id != -1) or (o.replica_state.replica_epoch != -1) or (o.replica_state.unknown_tagged_fields)):
        raise EncodeError('FetchRequest.ReplicaState is not supported in version 13')
    O += _S_iiiibii.pack(o.replica_id, o.max_wait_ms, o.min_bytes, o.max_bytes, o.isolation_level, o.session_id, o.session_epoch)
    a7 = o.topics
    if a7 is None:
        raise EncodeError('non-nullable array Topics is None')
    write_uvarint(O, len(a7) + 1)
    for e_a7 in a7:
        _e_FetchRequest_FetchTopic_v13(e_a7, O)
    a8 = o.forgotten_topics_data
    if a8 is None:
        raise EncodeError('non-nullable array ForgottenTopicsData is None')
    write_uvarint(O, len(a8) + 1)
    for e_a8 in a8:
        _e_FetchRequest_ForgottenTopic_v13(e_a8, O)
    write_compact_string(O, o.rack_id)
    tg: list[tuple[int, bytes | bytearray | memoryview]] | None = None
    t0 = o.cluster_id
    if t0 is not None:
        tb = bytearray()
        write_compact_nullable_string(tb, t0)
        if tg is None:
            tg = []
        tg.append((0, tb))
    if tg is not None or o.unknown_tagged_fields:
        write_tagged_fields(O, tg, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_FetchRequest_v14(o: FetchRequest, O: bytearray) -> None:
    if ((o.replica_state.replica_id != -1) or (o.replica_state.replica_epoch != -1) or (o.replica_state.unknown_tagged_fields)):
        raise EncodeError('FetchRequest.ReplicaState is not supported in version 14')
    O += _S_iiiibii.pack(o.replica_id, o.max_wait_ms, o.min_bytes, o.max_bytes, o.isolation_level, o.session_id, o.session_epoch)
    a7 = o.topics
    if a7 is None:
        raise EncodeError('non-nullable array Topics is None')
    write_uvarint(O, len(a7) + 1)
    for e_a7 in a7:
        _e_FetchRequest_FetchTopic_v13(e_a7, O)
    a8 = o.forgotten_topics_data
    if a8 is None:
        raise EncodeError('non-nullable array ForgottenTopicsData is None')
    write_uvarint(O, len(a8) + 1)
    for e_a8 in a8:
        _e_FetchRequest_ForgottenTopic_v13(e_a8, O)
    write_compact_string(O, o.rack_id)
    tg: list[tuple[int, bytes | bytearray | memoryview]] | None = None
    t0 = o.cluster_id
    if t0 is not None:
        tb = bytearray()
        write_compact_nullable_string(tb, t0)
        if tg is None:
            tg = []
        tg.append((0, tb))
    if tg is not None or o.unknown_tagged_fields:
        write_tagged_fields(O, tg, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_FetchRequest_ReplicaState_v15(o: FetchRequest.ReplicaState, O: bytearray) -> None:
    O += _S_iq.pack(o.replica_id, o.replica_epoch)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_FetchRequest_v15(o: FetchRequest, O: bytearray) -> None:
    if o.replica_id != -1:
        raise EncodeError('FetchRequest.ReplicaId is not supported in version 15')
    O += _S_iiibii.pack(o.max_wait_ms, o.min_bytes, o.max_bytes, o.isolation_level, o.session_id, o.session_epoch)
    a6 = o.topics
    if a6 is None:
        raise EncodeError('non-nullable array Topics is None')
    write_uvarint(O, len(a6) + 1)
    for e_a6 in a6:
        _e_FetchRequest_FetchTopic_v13(e_a6, O)
    a7 = o.forgotten_topics_data
    if a7 is None:
        raise EncodeError('non-nullable array ForgottenTopicsData is None')
    write_uvarint(O, len(a7) + 1)
    for e_a7 in a7:
        _e_FetchRequest_ForgottenTopic_v13(e_a7, O)
    write_compact_string(O, o.rack_id)
    tg: list[tuple[int, bytes | bytearray | memoryview]] | None = None
    t0 = o.cluster_id
    if t0 is not None:
        tb = bytearray()
        write_compact_nullable_string(tb, t0)
        if tg is None:
            tg = []
        tg.append((0, tb))
    t1 = o.replica_state
    if t1 is not None and ((t1.replica_id != -1) or (t1.replica_epoch != -1) or (t1.unknown_tagged_fields)):
        tb = bytearray()
        t1v = t1
        if t1v is None:
            raise EncodeError('non-nullable struct ReplicaState is None')
        _e_FetchRequest_ReplicaState_v15(t1v, tb)
        if tg is None:
            tg = []
        tg.append((1, tb))
    if tg is not None or o.unknown_tagged_fields:
        write_tagged_fields(O, tg, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_FetchRequest_v16(o: FetchRequest, O: bytearray) -> None:
    if o.replica_id != -1:
        raise EncodeError('FetchRequest.ReplicaId is not supported in version 16')
    O += _S_iiibii.pack(o.max_wait_ms, o.min_bytes, o.max_bytes, o.isolation_level, o.session_id, o.session_epoch)
    a6 = o.topics
    if a6 is None:
        raise EncodeError('non-nullable array Topics is None')
    write_uvarint(O, len(a6) + 1)
    for e_a6 in a6:
        _e_FetchRequest_FetchTopic_v13(e_a6, O)
    a7 = o.forgotten_topics_data
    if a7 is None:
        raise EncodeError('non-nullable array ForgottenTopicsData is None')
    write_uvarint(O, len(a7) + 1)
    for e_a7 in a7:
        _e_FetchRequest_ForgottenTopic_v13(e_a7, O)
    write_compact_string(O, o.rack_id)
    tg: list[tuple[int, bytes | bytearray | memoryview]] | None = None
    t0 = o.cluster_id
    if t0 is not None:
        tb = bytearray()
        write_compact_nullable_string(tb, t0)
        if tg is None:
            tg = []
        tg.append((0, tb))
    t1 = o.replica_state
    if t1 is not None and ((t1.replica_id != -1) or (t1.replica_epoch != -1) or (t1.unknown_tagged_fields)):
        tb = bytearray()
        t1v = t1
        if t1v is None:
            raise EncodeError('non-nullable struct ReplicaState is None')
        _e_FetchRequest_ReplicaState_v15(t1v, tb)
        if tg is None:
            tg = []
        tg.append((1, tb))
    if tg is not None or o.unknown_tagged_fields:
        write_tagged_fields(O, tg, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_FetchRequest_FetchTopic_FetchPartition_v17(o: FetchRequest.FetchTopic.FetchPartition, O: bytearray) -> None:
    O += _S_iiqiqi.pack(o.partition, o.current_leader_epoch, o.fetch_offset, o.last_fetched_epoch, o.log_start_offset, o.partition_max_bytes)
    tg: list[tuple[int, bytes | bytearray | memoryview]] | None = None
    t0 = o.replica_directory_id
    if t0 != ZERO_UUID:
        tb = bytearray()
        write_uuid(tb, t0)
        if tg is None:
            tg = []
        tg.append((0, tb))
    if tg is not None or o.unknown_tagged_fields:
        write_tagged_fields(O, tg, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_FetchRequest_FetchTopic_v17(o: FetchRequest.FetchTopic, O: bytearray) -> None:
    write_uuid(O, o.topic_id)
    a1 = o.partitions
    if a1 is None:
        raise EncodeError('non-nullable array Partitions is None')
    write_uvarint(O, len(a1) + 1)
    for e_a1 in a1:
        _e_FetchRequest_FetchTopic_FetchPartition_v17(e_a1, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_FetchRequest_v17(o: FetchRequest, O: bytearray) -> None:
    if o.replica_id != -1:
        raise EncodeError('FetchRequest.ReplicaId is not supported in version 17')
    O += _S_iiibii.pack(o.max_wait_ms, o.min_bytes, o.max_bytes, o.isolation_level, o.session_id, o.session_epoch)
    a6 = o.topics
    if a6 is None:
        raise EncodeError('non-nullable array Topics is None')
    write_uvarint(O, len(a6) + 1)
    for e_a6 in a6:
        _e_FetchRequest_FetchTopic_v17(e_a6, O)
    a7 = o.forgotten_topics_data
    if a7 is None:
        raise EncodeError('non-nullable array ForgottenTopicsData is None')
    write_uvarint(O, len(a7) + 1)
    for e_a7 in a7:
        _e_FetchRequest_ForgottenTopic_v13(e_a7, O)
    write_compact_string(O, o.rack_id)
    tg: list[tuple[int, bytes | bytearray | memoryview]] | None = None
    t0 = o.cluster_id
    if t0 is not None:
        tb = bytearray()
        write_compact_nullable_string(tb, t0)
        if tg is None:
            tg = []
        tg.append((0, tb))
    t1 = o.replica_state
    if t1 is not None and ((t1.replica_id != -1) or (t1.replica_epoch != -1) or (t1.unknown_tagged_fields)):
        tb = bytearray()
        t1v = t1
        if t1v is None:
            raise EncodeError('non-nullable struct ReplicaState is None')
        _e_FetchRequest_ReplicaState_v15(t1v, tb)
        if tg is None:
            tg = []
        tg.append((1, tb))
    if tg is not None or o.unknown_tagged_fields:
        write_tagged_fields(O, tg, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_FetchRequest_FetchTopic_FetchPartition_v18(o: FetchRequest.FetchTopic.FetchPartition, O: bytearray) -> None:
    O += _S_iiqiqi.pack(o.partition, o.current_leader_epoch, o.fetch_offset, o.last_fetched_epoch, o.log_start_offset, o.partition_max_bytes)
    tg: list[tuple[int, bytes | bytearray | memoryview]] | None = None
    t0 = o.replica_directory_id
    if t0 != ZERO_UUID:
        tb = bytearray()
        write_uuid(tb, t0)
        if tg is None:
            tg = []
        tg.append((0, tb))
    t1 = o.high_watermark
    if t1 != 9223372036854775807:
        tb = bytearray()
        tb += _S_q.pack(t1)
        if tg is None:
            tg = []
        tg.append((1, tb))
    if tg is not None or o.unknown_tagged_fields:
        write_tagged_fields(O, tg, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_FetchRequest_FetchTopic_v18(o: FetchRequest.FetchTopic, O: bytearray) -> None:
    write_uuid(O, o.topic_id)
    a1 = o.partitions
    if a1 is None:
        raise EncodeError('non-nullable array Partitions is None')
    write_uvarint(O, len(a1) + 1)
    for e_a1 in a1:
        _e_FetchRequest_FetchTopic_FetchPartition_v18(e_a1, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_FetchRequest_v18(o: FetchRequest, O: bytearray) -> None:
    if o.replica_id != -1:
        raise EncodeError('FetchRequest.ReplicaId is not supported in version 18')
    O += _S_iiibii.pack(o.max_wait_ms, o.min_bytes, o.max_bytes, o.isolation_level, o.session_id, o.session_epoch)
    a6 = o.topics
    if a6 is None:
        raise EncodeError('non-nullable array Topics is None')
    write_uvarint(O, len(a6) + 1)
    for e_a6 in a6:
        _e_FetchRequest_FetchTopic_v18(e_a6, O)
    a7 = o.forgotten_topics_data
    if a7 is None:
        raise EncodeError('non-nullable array ForgottenTopicsData is None')
    write_uvarint(O, len(a7) + 1)
    for e_a7 in a7:
        _e_FetchRequest_ForgottenTopic_v13(e_a7, O)
    write_compact_string(O, o.rack_id)
    tg: list[tuple[int, bytes | bytearray | memoryview]] | None = None
    t0 = o.cluster_id
    if t0 is not None:
        tb = bytearray()
        write_compact_nullable_string(tb, t0)
        if tg is None:
            tg = []
        tg.append((0, tb))
    t1 = o.replica_state
    if t1 is not None and ((t1.replica_id != -1) or (t1.replica_epoch != -1) or (t1.unknown_tagged_fields)):
        tb = bytearray()
        t1v = t1
        if t1v is None:
            raise EncodeError('non-nullable struct ReplicaState is None')
        _e_FetchRequest_ReplicaState_v15(t1v, tb)
        if tg is None:
            tg = []
        tg.append((1, tb))
    if tg is not None or o.unknown_tagged_fields:
        write_tagged_fields(O, tg, o.unknown_tagged_fields)
    else:
        O.append(0)


def _d_FetchResponse_FetchableTopicResponse_PartitionData_AbortedTransaction_v4(B: memoryview, P: int) -> tuple[FetchResponse.FetchableTopicResponse.PartitionData.AbortedTransaction, int]:
    (f0, f1,) = _S_qq.unpack_from(B, P)
    P += 16
    return _C_FetchResponse_FetchableTopicResponse_PartitionData_AbortedTransaction(f0, f1, None), P


def _d_FetchResponse_FetchableTopicResponse_PartitionData_v4(B: memoryview, P: int) -> tuple[FetchResponse.FetchableTopicResponse.PartitionData, int]:
    (f0, f1, f2, f3, n_f8,) = _S_ihqqi.unpack_from(B, P)
    P += 26
    f8: list[FetchResponse.FetchableTopicResponse.PartitionData.AbortedTransaction] | None
    if n_f8 < 0:
        if n_f8 != -1:
            raise DecodeError(f'negative array length {n_f8}')
        f8 = None
    else:
        if n_f8 > len(B) - P:
            raise DecodeError(f'array length {n_f8} exceeds the buffer')
        f8 = []
        for _ in range(n_f8):
            e_f8, P = _d_FetchResponse_FetchableTopicResponse_PartitionData_AbortedTransaction_v4(B, P)
            f8.append(e_f8)
    (n_f10,) = _S_i.unpack_from(B, P)
    P += 4
    f10: bytes | memoryview | FileRegion | None
    if n_f10 < 0:
        if n_f10 != -1:
            raise DecodeError(f'negative records length {n_f10}')
        f10 = None
    else:
        end = P + n_f10
        if end > len(B):
            raise DecodeError(f'records of {n_f10} bytes exceed the buffer')
        f10 = B[P:end]
        P = end
    return _C_FetchResponse_FetchableTopicResponse_PartitionData(f0, f1, f2, f3, -1, _C_FetchResponse_FetchableTopicResponse_PartitionData_EpochEndOffset(), _C_FetchResponse_FetchableTopicResponse_PartitionData_LeaderIdAndEpoch(), _C_FetchResponse_FetchableTopicResponse_PartitionData_SnapshotId(), f8, -1, f10, None), P


def _d_FetchResponse_FetchableTopicResponse_v4(B: memoryview, P: int) -> tuple[FetchResponse.FetchableTopicResponse, int]:
    f0, P = read_string(B, P)
    (n_f2,) = _S_i.unpack_from(B, P)
    P += 4
    f2: list[FetchResponse.FetchableTopicResponse.PartitionData]
    if n_f2 < 0:
        raise DecodeError(f'non-nullable array Partitions has length {n_f2}')
    else:
        if n_f2 > len(B) - P:
            raise DecodeError(f'array length {n_f2} exceeds the buffer')
        f2 = []
        for _ in range(n_f2):
            e_f2, P = _d_FetchResponse_FetchableTopicResponse_PartitionData_v4(B, P)
            f2.append(e_f2)
    return _C_FetchResponse_FetchableTopicResponse(f0, ZERO_UUID, f2, None), P


def _d_FetchResponse_v4(B: memoryview, P: int) -> tuple[FetchResponse, int]:
    (f0, n_f3,) = _S_ii.unpack_from(B, P)
    P += 8
    f3: list[FetchResponse.FetchableTopicResponse]
    if n_f3 < 0:
        raise DecodeError(f'non-nullable array Responses has length {n_f3}')
    else:
        if n_f3 > len(B) - P:
            raise DecodeError(f'array length {n_f3} exceeds the buffer')
        f3 = []
        for _ in range(n_f3):
            e_f3, P = _d_FetchResponse_FetchableTopicResponse_v4(B, P)
            f3.append(e_f3)
    return _C_FetchResponse(f0, 0, 0, f3, [], None), P


def _d_FetchResponse_FetchableTopicResponse_PartitionData_v5(B: memoryview, P: int) -> tuple[FetchResponse.FetchableTopicResponse.PartitionData, int]:
    (f0, f1, f2, f3, f4, n_f8,) = _S_ihqqqi.unpack_from(B, P)
    P += 34
    f8: list[FetchResponse.FetchableTopicResponse.PartitionData.AbortedTransaction] | None
    if n_f8 < 0:
        if n_f8 != -1:
            raise DecodeError(f'negative array length {n_f8}')
        f8 = None
    else:
        if n_f8 > len(B) - P:
            raise DecodeError(f'array length {n_f8} exceeds the buffer')
        f8 = []
        for _ in range(n_f8):
            e_f8, P = _d_FetchResponse_FetchableTopicResponse_PartitionData_AbortedTransaction_v4(B, P)
            f8.append(e_f8)
    (n_f10,) = _S_i.unpack_from(B, P)
    P += 4
    f10: bytes | memoryview | FileRegion | None
    if n_f10 < 0:
        if n_f10 != -1:
            raise DecodeError(f'negative records length {n_f10}')
        f10 = None
    else:
        end = P + n_f10
        if end > len(B):
            raise DecodeError(f'records of {n_f10} bytes exceed the buffer')
        f10 = B[P:end]
        P = end
    return _C_FetchResponse_FetchableTopicResponse_PartitionData(f0, f1, f2, f3, f4, _C_FetchResponse_FetchableTopicResponse_PartitionData_EpochEndOffset(), _C_FetchResponse_FetchableTopicResponse_PartitionData_LeaderIdAndEpoch(), _C_FetchResponse_FetchableTopicResponse_PartitionData_SnapshotId(), f8, -1, f10, None), P


def _d_FetchResponse_FetchableTopicResponse_v5(B: memoryview, P: int) -> tuple[FetchResponse.FetchableTopicResponse, int]:
    f0, P = read_string(B, P)
    (n_f2,) = _S_i.unpack_from(B, P)
    P += 4
    f2: list[FetchResponse.FetchableTopicResponse.PartitionData]
    if n_f2 < 0:
        raise DecodeError(f'non-nullable array Partitions has length {n_f2}')
    else:
        if n_f2 > len(B) - P:
            raise DecodeError(f'array length {n_f2} exceeds the buffer')
        f2 = []
        for _ in range(n_f2):
            e_f2, P = _d_FetchResponse_FetchableTopicResponse_PartitionData_v5(B, P)
            f2.append(e_f2)
    return _C_FetchResponse_FetchableTopicResponse(f0, ZERO_UUID, f2, None), P


def _d_FetchResponse_v5(B: memoryview, P: int) -> tuple[FetchResponse, int]:
    (f0, n_f3,) = _S_ii.unpack_from(B, P)
    P += 8
    f3: list[FetchResponse.FetchableTopicResponse]
    if n_f3 < 0:
        raise DecodeError(f'non-nullable array Responses has length {n_f3}')
    else:
        if n_f3 > len(B) - P:
            raise DecodeError(f'array length {n_f3} exceeds the buffer')
        f3 = []
        for _ in range(n_f3):
            e_f3, P = _d_FetchResponse_FetchableTopicResponse_v5(B, P)
            f3.append(e_f3)
    return _C_FetchResponse(f0, 0, 0, f3, [], None), P


def _d_FetchResponse_v7(B: memoryview, P: int) -> tuple[FetchResponse, int]:
    (f0, f1, f2, n_f3,) = _S_ihii.unpack_from(B, P)
    P += 14
    f3: list[FetchResponse.FetchableTopicResponse]
    if n_f3 < 0:
        raise DecodeError(f'non-nullable array Responses has length {n_f3}')
    else:
        if n_f3 > len(B) - P:
            raise DecodeError(f'array length {n_f3} exceeds the buffer')
        f3 = []
        for _ in range(n_f3):
            e_f3, P = _d_FetchResponse_FetchableTopicResponse_v5(B, P)
            f3.append(e_f3)
    return _C_FetchResponse(f0, f1, f2, f3, [], None), P


def _d_FetchResponse_FetchableTopicResponse_PartitionData_v11(B: memoryview, P: int) -> tuple[FetchResponse.FetchableTopicResponse.PartitionData, int]:
    (f0, f1, f2, f3, f4, n_f8,) = _S_ihqqqi.unpack_from(B, P)
    P += 34
    f8: list[FetchResponse.FetchableTopicResponse.PartitionData.AbortedTransaction] | None
    if n_f8 < 0:
        if n_f8 != -1:
            raise DecodeError(f'negative array length {n_f8}')
        f8 = None
    else:
        if n_f8 > len(B) - P:
            raise DecodeError(f'array length {n_f8} exceeds the buffer')
        f8 = []
        for _ in range(n_f8):
            e_f8, P = _d_FetchResponse_FetchableTopicResponse_PartitionData_AbortedTransaction_v4(B, P)
            f8.append(e_f8)
    (f9, n_f10,) = _S_ii.unpack_from(B, P)
    P += 8
    f10: bytes | memoryview | FileRegion | None
    if n_f10 < 0:
        if n_f10 != -1:
            raise DecodeError(f'negative records length {n_f10}')
        f10 = None
    else:
        end = P + n_f10
        if end > len(B):
            raise DecodeError(f'records of {n_f10} bytes exceed the buffer')
        f10 = B[P:end]
        P = end
    return _C_FetchResponse_FetchableTopicResponse_PartitionData(f0, f1, f2, f3, f4, _C_FetchResponse_FetchableTopicResponse_PartitionData_EpochEndOffset(), _C_FetchResponse_FetchableTopicResponse_PartitionData_LeaderIdAndEpoch(), _C_FetchResponse_FetchableTopicResponse_PartitionData_SnapshotId(), f8, f9, f10, None), P


def _d_FetchResponse_FetchableTopicResponse_v11(B: memoryview, P: int) -> tuple[FetchResponse.FetchableTopicResponse, int]:
    f0, P = read_string(B, P)
    (n_f2,) = _S_i.unpack_from(B, P)
    P += 4
    f2: list[FetchResponse.FetchableTopicResponse.PartitionData]
    if n_f2 < 0:
        raise DecodeError(f'non-nullable array Partitions has length {n_f2}')
    else:
        if n_f2 > len(B) - P:
            raise DecodeError(f'array length {n_f2} exceeds the buffer')
        f2 = []
        for _ in range(n_f2):
            e_f2, P = _d_FetchResponse_FetchableTopicResponse_PartitionData_v11(B, P)
            f2.append(e_f2)
    return _C_FetchResponse_FetchableTopicResponse(f0, ZERO_UUID, f2, None), P


def _d_FetchResponse_v11(B: memoryview, P: int) -> tuple[FetchResponse, int]:
    (f0, f1, f2, n_f3,) = _S_ihii.unpack_from(B, P)
    P += 14
    f3: list[FetchResponse.FetchableTopicResponse]
    if n_f3 < 0:
        raise DecodeError(f'non-nullable array Responses has length {n_f3}')
    else:
        if n_f3 > len(B) - P:
            raise DecodeError(f'array length {n_f3} exceeds the buffer')
        f3 = []
        for _ in range(n_f3):
            e_f3, P = _d_FetchResponse_FetchableTopicResponse_v11(B, P)
            f3.append(e_f3)
    return _C_FetchResponse(f0, f1, f2, f3, [], None), P


def _d_FetchResponse_FetchableTopicResponse_PartitionData_AbortedTransaction_v12(B: memoryview, P: int) -> tuple[FetchResponse.FetchableTopicResponse.PartitionData.AbortedTransaction, int]:
    (f0, f1,) = _S_qq.unpack_from(B, P)
    P += 16
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_FetchResponse_FetchableTopicResponse_PartitionData_AbortedTransaction(f0, f1, tf), P


def _d_FetchResponse_FetchableTopicResponse_PartitionData_EpochEndOffset_v12(B: memoryview, P: int) -> tuple[FetchResponse.FetchableTopicResponse.PartitionData.EpochEndOffset, int]:
    (f0, f1,) = _S_iq.unpack_from(B, P)
    P += 12
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_FetchResponse_FetchableTopicResponse_PartitionData_EpochEndOffset(f0, f1, tf), P


def _d_FetchResponse_FetchableTopicResponse_PartitionData_LeaderIdAndEpoch_v12(B: memoryview, P: int) -> tuple[FetchResponse.FetchableTopicResponse.PartitionData.LeaderIdAndEpoch, int]:
    (f0, f1,) = _S_ii.unpack_from(B, P)
    P += 8
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_FetchResponse_FetchableTopicResponse_PartitionData_LeaderIdAndEpoch(f0, f1, tf), P


def _d_FetchResponse_FetchableTopicResponse_PartitionData_SnapshotId_v12(B: memoryview, P: int) -> tuple[FetchResponse.FetchableTopicResponse.PartitionData.SnapshotId, int]:
    (f0, f1,) = _S_qi.unpack_from(B, P)
    P += 12
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_FetchResponse_FetchableTopicResponse_PartitionData_SnapshotId(f0, f1, tf), P


def _d_FetchResponse_FetchableTopicResponse_PartitionData_v12(B: memoryview, P: int) -> tuple[FetchResponse.FetchableTopicResponse.PartitionData, int]:
    (f0, f1, f2, f3, f4,) = _S_ihqqq.unpack_from(B, P)
    P += 30
    n_f8 = B[P]
    if n_f8 < 0x80:
        P += 1
    else:
        n_f8, P = read_uvarint(B, P)
    n_f8 -= 1
    f8: list[FetchResponse.FetchableTopicResponse.PartitionData.AbortedTransaction] | None
    if n_f8 < 0:
        if n_f8 != -1:
            raise DecodeError(f'negative array length {n_f8}')
        f8 = None
    else:
        if n_f8 > len(B) - P:
            raise DecodeError(f'array length {n_f8} exceeds the buffer')
        f8 = []
        for _ in range(n_f8):
            e_f8, P = _d_FetchResponse_FetchableTopicResponse_PartitionData_AbortedTransaction_v12(B, P)
            f8.append(e_f8)
    (f9,) = _S_i.unpack_from(B, P)
    P += 4
    n_f10 = B[P]
    if n_f10 < 0x80:
        P += 1
    else:
        n_f10, P = read_uvarint(B, P)
    f10: bytes | memoryview | FileRegion | None
    if n_f10 == 0:
        f10 = None
    else:
        end = P + n_f10 - 1
        if end > len(B):
            raise DecodeError(f'records of {n_f10 - 1} bytes exceed the buffer')
        f10 = B[P:end]
        P = end
    tf: list[tuple[int, bytes]] | None = None
    f5: FetchResponse.FetchableTopicResponse.PartitionData.EpochEndOffset = _C_FetchResponse_FetchableTopicResponse_PartitionData_EpochEndOffset()
    f6: FetchResponse.FetchableTopicResponse.PartitionData.LeaderIdAndEpoch = _C_FetchResponse_FetchableTopicResponse_PartitionData_LeaderIdAndEpoch()
    f7: FetchResponse.FetchableTopicResponse.PartitionData.SnapshotId = _C_FetchResponse_FetchableTopicResponse_PartitionData_SnapshotId()
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
                f5, p2 = _d_FetchResponse_FetchableTopicResponse_PartitionData_EpochEndOffset_v12(sb, p2)
                if p2 != end:
                    raise DecodeError('tagged field DivergingEpoch has the wrong size')
            elif tag == 1:
                sb = B[:end]
                p2 = P
                f6, p2 = _d_FetchResponse_FetchableTopicResponse_PartitionData_LeaderIdAndEpoch_v12(sb, p2)
                if p2 != end:
                    raise DecodeError('tagged field CurrentLeader has the wrong size')
            elif tag == 2:
                sb = B[:end]
                p2 = P
                f7, p2 = _d_FetchResponse_FetchableTopicResponse_PartitionData_SnapshotId_v12(sb, p2)
                if p2 != end:
                    raise DecodeError('tagged field SnapshotId has the wrong size')
            else:
                if tf is None:
                    tf = []
                tf.append((tag, bytes(B[P:end])))
            P = end
    return _C_FetchResponse_FetchableTopicResponse_PartitionData(f0, f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, tf), P


def _d_FetchResponse_FetchableTopicResponse_v12(B: memoryview, P: int) -> tuple[FetchResponse.FetchableTopicResponse, int]:
    f0, P = read_compact_string(B, P)
    n_f2 = B[P]
    if n_f2 < 0x80:
        P += 1
    else:
        n_f2, P = read_uvarint(B, P)
    n_f2 -= 1
    f2: list[FetchResponse.FetchableTopicResponse.PartitionData]
    if n_f2 < 0:
        raise DecodeError(f'non-nullable array Partitions has length {n_f2}')
    else:
        if n_f2 > len(B) - P:
            raise DecodeError(f'array length {n_f2} exceeds the buffer')
        f2 = []
        for _ in range(n_f2):
            e_f2, P = _d_FetchResponse_FetchableTopicResponse_PartitionData_v12(B, P)
            f2.append(e_f2)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_FetchResponse_FetchableTopicResponse(f0, ZERO_UUID, f2, tf), P


def _d_FetchResponse_v12(B: memoryview, P: int) -> tuple[FetchResponse, int]:
    (f0, f1, f2,) = _S_ihi.unpack_from(B, P)
    P += 10
    n_f3 = B[P]
    if n_f3 < 0x80:
        P += 1
    else:
        n_f3, P = read_uvarint(B, P)
    n_f3 -= 1
    f3: list[FetchResponse.FetchableTopicResponse]
    if n_f3 < 0:
        raise DecodeError(f'non-nullable array Responses has length {n_f3}')
    else:
        if n_f3 > len(B) - P:
            raise DecodeError(f'array length {n_f3} exceeds the buffer')
        f3 = []
        for _ in range(n_f3):
            e_f3, P = _d_FetchResponse_FetchableTopicResponse_v12(B, P)
            f3.append(e_f3)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_FetchResponse(f0, f1, f2, f3, [], tf), P


def _d_FetchResponse_FetchableTopicResponse_v13(B: memoryview, P: int) -> tuple[FetchResponse.FetchableTopicResponse, int]:
    f1, P = read_uuid(B, P)
    n_f2 = B[P]
    if n_f2 < 0x80:
        P += 1
    else:
        n_f2, P = read_uvarint(B, P)
    n_f2 -= 1
    f2: list[FetchResponse.FetchableTopicResponse.PartitionData]
    if n_f2 < 0:
        raise DecodeError(f'non-nullable array Partitions has length {n_f2}')
    else:
        if n_f2 > len(B) - P:
            raise DecodeError(f'array length {n_f2} exceeds the buffer')
        f2 = []
        for _ in range(n_f2):
            e_f2, P = _d_FetchResponse_FetchableTopicResponse_PartitionData_v12(B, P)
            f2.append(e_f2)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_FetchResponse_FetchableTopicResponse('', f1, f2, tf), P


def _d_FetchResponse_v13(B: memoryview, P: int) -> tuple[FetchResponse, int]:
    (f0, f1, f2,) = _S_ihi.unpack_from(B, P)
    P += 10
    n_f3 = B[P]
    if n_f3 < 0x80:
        P += 1
    else:
        n_f3, P = read_uvarint(B, P)
    n_f3 -= 1
    f3: list[FetchResponse.FetchableTopicResponse]
    if n_f3 < 0:
        raise DecodeError(f'non-nullable array Responses has length {n_f3}')
    else:
        if n_f3 > len(B) - P:
            raise DecodeError(f'array length {n_f3} exceeds the buffer')
        f3 = []
        for _ in range(n_f3):
            e_f3, P = _d_FetchResponse_FetchableTopicResponse_v13(B, P)
            f3.append(e_f3)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_FetchResponse(f0, f1, f2, f3, [], tf), P


def _d_FetchResponse_NodeEndpoint_v16(B: memoryview, P: int) -> tuple[FetchResponse.NodeEndpoint, int]:
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
    return _C_FetchResponse_NodeEndpoint(f0, f1, f2, f3, tf), P


def _d_FetchResponse_v16(B: memoryview, P: int) -> tuple[FetchResponse, int]:
    (f0, f1, f2,) = _S_ihi.unpack_from(B, P)
    P += 10
    n_f3 = B[P]
    if n_f3 < 0x80:
        P += 1
    else:
        n_f3, P = read_uvarint(B, P)
    n_f3 -= 1
    f3: list[FetchResponse.FetchableTopicResponse]
    if n_f3 < 0:
        raise DecodeError(f'non-nullable array Responses has length {n_f3}')
    else:
        if n_f3 > len(B) - P:
            raise DecodeError(f'array length {n_f3} exceeds the buffer')
        f3 = []
        for _ in range(n_f3):
            e_f3, P = _d_FetchResponse_FetchableTopicResponse_v13(B, P)
            f3.append(e_f3)
    tf: list[tuple[int, bytes]] | None = None
    f4: list[FetchResponse.NodeEndpoint] = []
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
                n_f4 = sb[p2]
                if n_f4 < 0x80:
                    p2 += 1
                else:
                    n_f4, p2 = read_uvarint(sb, p2)
                n_f4 -= 1
                if n_f4 < 0:
                    raise DecodeError(f'non-nullable array NodeEndpoints has length {n_f4}')
                else:
                    if n_f4 > len(sb) - p2:
                        raise DecodeError(f'array length {n_f4} exceeds the buffer')
                    f4 = []
                    for _ in range(n_f4):
                        e_f4, p2 = _d_FetchResponse_NodeEndpoint_v16(sb, p2)
                        f4.append(e_f4)
                if p2 != end:
                    raise DecodeError('tagged field NodeEndpoints has the wrong size')
            else:
                if tf is None:
                    tf = []
                tf.append((tag, bytes(B[P:end])))
            P = end
    return _C_FetchResponse(f0, f1, f2, f3, f4, tf), P


def _e_FetchResponse_FetchableTopicResponse_PartitionData_AbortedTransaction_v4(o: FetchResponse.FetchableTopicResponse.PartitionData.AbortedTransaction, O: bytearray) -> None:
    O += _S_qq.pack(o.producer_id, o.first_offset)


def _e_FetchResponse_FetchableTopicResponse_PartitionData_v4(o: FetchResponse.FetchableTopicResponse.PartitionData, O: bytearray, rg: Regions | None) -> None:
    if ((o.diverging_epoch.epoch != -1) or (o.diverging_epoch.end_offset != -1) or (o.diverging_epoch.unknown_tagged_fields)):
        raise EncodeError('FetchResponse.DivergingEpoch is not supported in version 4')
    if ((o.current_leader.leader_id != -1) or (o.current_leader.leader_epoch != -1) or (o.current_leader.unknown_tagged_fields)):
        raise EncodeError('FetchResponse.CurrentLeader is not supported in version 4')
    if ((o.snapshot_id.end_offset != -1) or (o.snapshot_id.epoch != -1) or (o.snapshot_id.unknown_tagged_fields)):
        raise EncodeError('FetchResponse.SnapshotId is not supported in version 4')
    if o.preferred_read_replica != -1:
        raise EncodeError('FetchResponse.PreferredReadReplica is not supported in version 4')
    O += _S_ihqq.pack(o.partition_index, o.error_code, o.high_watermark, o.last_stable_offset)
    a4 = o.aborted_transactions
    if a4 is None:
        O += b'\xff\xff\xff\xff'
    else:
        O += INT32.pack(len(a4))
        for e_a4 in a4:
            _e_FetchResponse_FetchableTopicResponse_PartitionData_AbortedTransaction_v4(e_a4, O)
    write_records(O, o.records, rg, True)


def _e_FetchResponse_FetchableTopicResponse_v4(o: FetchResponse.FetchableTopicResponse, O: bytearray, rg: Regions | None) -> None:
    write_string(O, o.topic)
    a1 = o.partitions
    if a1 is None:
        raise EncodeError('non-nullable array Partitions is None')
    O += _S_i.pack(len(a1))
    for e_a1 in a1:
        _e_FetchResponse_FetchableTopicResponse_PartitionData_v4(e_a1, O, rg)


def _e_FetchResponse_v4(o: FetchResponse, O: bytearray, rg: Regions | None) -> None:
    if o.session_id != 0:
        raise EncodeError('FetchResponse.SessionId is not supported in version 4')
    if bool(o.node_endpoints):
        raise EncodeError('FetchResponse.NodeEndpoints is not supported in version 4')
    a1 = o.responses
    if a1 is None:
        raise EncodeError('non-nullable array Responses is None')
    O += _S_ii.pack(o.throttle_time_ms, len(a1))
    for e_a1 in a1:
        _e_FetchResponse_FetchableTopicResponse_v4(e_a1, O, rg)


def _e_FetchResponse_FetchableTopicResponse_PartitionData_v5(o: FetchResponse.FetchableTopicResponse.PartitionData, O: bytearray, rg: Regions | None) -> None:
    if ((o.diverging_epoch.epoch != -1) or (o.diverging_epoch.end_offset != -1) or (o.diverging_epoch.unknown_tagged_fields)):
        raise EncodeError('FetchResponse.DivergingEpoch is not supported in version 5')
    if ((o.current_leader.leader_id != -1) or (o.current_leader.leader_epoch != -1) or (o.current_leader.unknown_tagged_fields)):
        raise EncodeError('FetchResponse.CurrentLeader is not supported in version 5')
    if ((o.snapshot_id.end_offset != -1) or (o.snapshot_id.epoch != -1) or (o.snapshot_id.unknown_tagged_fields)):
        raise EncodeError('FetchResponse.SnapshotId is not supported in version 5')
    if o.preferred_read_replica != -1:
        raise EncodeError('FetchResponse.PreferredReadReplica is not supported in version 5')
    O += _S_ihqqq.pack(o.partition_index, o.error_code, o.high_watermark, o.last_stable_offset, o.log_start_offset)
    a5 = o.aborted_transactions
    if a5 is None:
        O += b'\xff\xff\xff\xff'
    else:
        O += INT32.pack(len(a5))
        for e_a5 in a5:
            _e_FetchResponse_FetchableTopicResponse_PartitionData_AbortedTransaction_v4(e_a5, O)
    write_records(O, o.records, rg, True)


def _e_FetchResponse_FetchableTopicResponse_v5(o: FetchResponse.FetchableTopicResponse, O: bytearray, rg: Regions | None) -> None:
    write_string(O, o.topic)
    a1 = o.partitions
    if a1 is None:
        raise EncodeError('non-nullable array Partitions is None')
    O += _S_i.pack(len(a1))
    for e_a1 in a1:
        _e_FetchResponse_FetchableTopicResponse_PartitionData_v5(e_a1, O, rg)


def _e_FetchResponse_v5(o: FetchResponse, O: bytearray, rg: Regions | None) -> None:
    if o.session_id != 0:
        raise EncodeError('FetchResponse.SessionId is not supported in version 5')
    if bool(o.node_endpoints):
        raise EncodeError('FetchResponse.NodeEndpoints is not supported in version 5')
    a1 = o.responses
    if a1 is None:
        raise EncodeError('non-nullable array Responses is None')
    O += _S_ii.pack(o.throttle_time_ms, len(a1))
    for e_a1 in a1:
        _e_FetchResponse_FetchableTopicResponse_v5(e_a1, O, rg)


def _e_FetchResponse_FetchableTopicResponse_PartitionData_v6(o: FetchResponse.FetchableTopicResponse.PartitionData, O: bytearray, rg: Regions | None) -> None:
    if ((o.diverging_epoch.epoch != -1) or (o.diverging_epoch.end_offset != -1) or (o.diverging_epoch.unknown_tagged_fields)):
        raise EncodeError('FetchResponse.DivergingEpoch is not supported in version 6')
    if ((o.current_leader.leader_id != -1) or (o.current_leader.leader_epoch != -1) or (o.current_leader.unknown_tagged_fields)):
        raise EncodeError('FetchResponse.CurrentLeader is not supported in version 6')
    if ((o.snapshot_id.end_offset != -1) or (o.snapshot_id.epoch != -1) or (o.snapshot_id.unknown_tagged_fields)):
        raise EncodeError('FetchResponse.SnapshotId is not supported in version 6')
    if o.preferred_read_replica != -1:
        raise EncodeError('FetchResponse.PreferredReadReplica is not supported in version 6')
    O += _S_ihqqq.pack(o.partition_index, o.error_code, o.high_watermark, o.last_stable_offset, o.log_start_offset)
    a5 = o.aborted_transactions
    if a5 is None:
        O += b'\xff\xff\xff\xff'
    else:
        O += INT32.pack(len(a5))
        for e_a5 in a5:
            _e_FetchResponse_FetchableTopicResponse_PartitionData_AbortedTransaction_v4(e_a5, O)
    write_records(O, o.records, rg, True)


def _e_FetchResponse_FetchableTopicResponse_v6(o: FetchResponse.FetchableTopicResponse, O: bytearray, rg: Regions | None) -> None:
    write_string(O, o.topic)
    a1 = o.partitions
    if a1 is None:
        raise EncodeError('non-nullable array Partitions is None')
    O += _S_i.pack(len(a1))
    for e_a1 in a1:
        _e_FetchResponse_FetchableTopicResponse_PartitionData_v6(e_a1, O, rg)


def _e_FetchResponse_v6(o: FetchResponse, O: bytearray, rg: Regions | None) -> None:
    if o.session_id != 0:
        raise EncodeError('FetchResponse.SessionId is not supported in version 6')
    if bool(o.node_endpoints):
        raise EncodeError('FetchResponse.NodeEndpoints is not supported in version 6')
    a1 = o.responses
    if a1 is None:
        raise EncodeError('non-nullable array Responses is None')
    O += _S_ii.pack(o.throttle_time_ms, len(a1))
    for e_a1 in a1:
        _e_FetchResponse_FetchableTopicResponse_v6(e_a1, O, rg)


def _e_FetchResponse_FetchableTopicResponse_PartitionData_v7(o: FetchResponse.FetchableTopicResponse.PartitionData, O: bytearray, rg: Regions | None) -> None:
    if ((o.diverging_epoch.epoch != -1) or (o.diverging_epoch.end_offset != -1) or (o.diverging_epoch.unknown_tagged_fields)):
        raise EncodeError('FetchResponse.DivergingEpoch is not supported in version 7')
    if ((o.current_leader.leader_id != -1) or (o.current_leader.leader_epoch != -1) or (o.current_leader.unknown_tagged_fields)):
        raise EncodeError('FetchResponse.CurrentLeader is not supported in version 7')
    if ((o.snapshot_id.end_offset != -1) or (o.snapshot_id.epoch != -1) or (o.snapshot_id.unknown_tagged_fields)):
        raise EncodeError('FetchResponse.SnapshotId is not supported in version 7')
    if o.preferred_read_replica != -1:
        raise EncodeError('FetchResponse.PreferredReadReplica is not supported in version 7')
    O += _S_ihqqq.pack(o.partition_index, o.error_code, o.high_watermark, o.last_stable_offset, o.log_start_offset)
    a5 = o.aborted_transactions
    if a5 is None:
        O += b'\xff\xff\xff\xff'
    else:
        O += INT32.pack(len(a5))
        for e_a5 in a5:
            _e_FetchResponse_FetchableTopicResponse_PartitionData_AbortedTransaction_v4(e_a5, O)
    write_records(O, o.records, rg, True)


def _e_FetchResponse_FetchableTopicResponse_v7(o: FetchResponse.FetchableTopicResponse, O: bytearray, rg: Regions | None) -> None:
    write_string(O, o.topic)
    a1 = o.partitions
    if a1 is None:
        raise EncodeError('non-nullable array Partitions is None')
    O += _S_i.pack(len(a1))
    for e_a1 in a1:
        _e_FetchResponse_FetchableTopicResponse_PartitionData_v7(e_a1, O, rg)


def _e_FetchResponse_v7(o: FetchResponse, O: bytearray, rg: Regions | None) -> None:
    if bool(o.node_endpoints):
        raise EncodeError('FetchResponse.NodeEndpoints is not supported in version 7')
    a3 = o.responses
    if a3 is None:
        raise EncodeError('non-nullable array Responses is None')
    O += _S_ihii.pack(o.throttle_time_ms, o.error_code, o.session_id, len(a3))
    for e_a3 in a3:
        _e_FetchResponse_FetchableTopicResponse_v7(e_a3, O, rg)


def _e_FetchResponse_FetchableTopicResponse_PartitionData_v8(o: FetchResponse.FetchableTopicResponse.PartitionData, O: bytearray, rg: Regions | None) -> None:
    if ((o.diverging_epoch.epoch != -1) or (o.diverging_epoch.end_offset != -1) or (o.diverging_epoch.unknown_tagged_fields)):
        raise EncodeError('FetchResponse.DivergingEpoch is not supported in version 8')
    if ((o.current_leader.leader_id != -1) or (o.current_leader.leader_epoch != -1) or (o.current_leader.unknown_tagged_fields)):
        raise EncodeError('FetchResponse.CurrentLeader is not supported in version 8')
    if ((o.snapshot_id.end_offset != -1) or (o.snapshot_id.epoch != -1) or (o.snapshot_id.unknown_tagged_fields)):
        raise EncodeError('FetchResponse.SnapshotId is not supported in version 8')
    if o.preferred_read_replica != -1:
        raise EncodeError('FetchResponse.PreferredReadReplica is not supported in version 8')
    O += _S_ihqqq.pack(o.partition_index, o.error_code, o.high_watermark, o.last_stable_offset, o.log_start_offset)
    a5 = o.aborted_transactions
    if a5 is None:
        O += b'\xff\xff\xff\xff'
    else:
        O += INT32.pack(len(a5))
        for e_a5 in a5:
            _e_FetchResponse_FetchableTopicResponse_PartitionData_AbortedTransaction_v4(e_a5, O)
    write_records(O, o.records, rg, True)


def _e_FetchResponse_FetchableTopicResponse_v8(o: FetchResponse.FetchableTopicResponse, O: bytearray, rg: Regions | None) -> None:
    write_string(O, o.topic)
    a1 = o.partitions
    if a1 is None:
        raise EncodeError('non-nullable array Partitions is None')
    O += _S_i.pack(len(a1))
    for e_a1 in a1:
        _e_FetchResponse_FetchableTopicResponse_PartitionData_v8(e_a1, O, rg)


def _e_FetchResponse_v8(o: FetchResponse, O: bytearray, rg: Regions | None) -> None:
    if bool(o.node_endpoints):
        raise EncodeError('FetchResponse.NodeEndpoints is not supported in version 8')
    a3 = o.responses
    if a3 is None:
        raise EncodeError('non-nullable array Responses is None')
    O += _S_ihii.pack(o.throttle_time_ms, o.error_code, o.session_id, len(a3))
    for e_a3 in a3:
        _e_FetchResponse_FetchableTopicResponse_v8(e_a3, O, rg)


def _e_FetchResponse_FetchableTopicResponse_PartitionData_v9(o: FetchResponse.FetchableTopicResponse.PartitionData, O: bytearray, rg: Regions | None) -> None:
    if ((o.diverging_epoch.epoch != -1) or (o.diverging_epoch.end_offset != -1) or (o.diverging_epoch.unknown_tagged_fields)):
        raise EncodeError('FetchResponse.DivergingEpoch is not supported in version 9')
    if ((o.current_leader.leader_id != -1) or (o.current_leader.leader_epoch != -1) or (o.current_leader.unknown_tagged_fields)):
        raise EncodeError('FetchResponse.CurrentLeader is not supported in version 9')
    if ((o.snapshot_id.end_offset != -1) or (o.snapshot_id.epoch != -1) or (o.snapshot_id.unknown_tagged_fields)):
        raise EncodeError('FetchResponse.SnapshotId is not supported in version 9')
    if o.preferred_read_replica != -1:
        raise EncodeError('FetchResponse.PreferredReadReplica is not supported in version 9')
    O += _S_ihqqq.pack(o.partition_index, o.error_code, o.high_watermark, o.last_stable_offset, o.log_start_offset)
    a5 = o.aborted_transactions
    if a5 is None:
        O += b'\xff\xff\xff\xff'
    else:
        O += INT32.pack(len(a5))
        for e_a5 in a5:
            _e_FetchResponse_FetchableTopicResponse_PartitionData_AbortedTransaction_v4(e_a5, O)
    write_records(O, o.records, rg, True)


def _e_FetchResponse_FetchableTopicResponse_v9(o: FetchResponse.FetchableTopicResponse, O: bytearray, rg: Regions | None) -> None:
    write_string(O, o.topic)
    a1 = o.partitions
    if a1 is None:
        raise EncodeError('non-nullable array Partitions is None')
    O += _S_i.pack(len(a1))
    for e_a1 in a1:
        _e_FetchResponse_FetchableTopicResponse_PartitionData_v9(e_a1, O, rg)


def _e_FetchResponse_v9(o: FetchResponse, O: bytearray, rg: Regions | None) -> None:
    if bool(o.node_endpoints):
        raise EncodeError('FetchResponse.NodeEndpoints is not supported in version 9')
    a3 = o.responses
    if a3 is None:
        raise EncodeError('non-nullable array Responses is None')
    O += _S_ihii.pack(o.throttle_time_ms, o.error_code, o.session_id, len(a3))
    for e_a3 in a3:
        _e_FetchResponse_FetchableTopicResponse_v9(e_a3, O, rg)


def _e_FetchResponse_FetchableTopicResponse_PartitionData_v10(o: FetchResponse.FetchableTopicResponse.PartitionData, O: bytearray, rg: Regions | None) -> None:
    if ((o.diverging_epoch.epoch != -1) or (o.diverging_epoch.end_offset != -1) or (o.diverging_epoch.unknown_tagged_fields)):
        raise EncodeError('FetchResponse.DivergingEpoch is not supported in version 10')
    if ((o.current_leader.leader_id != -1) or (o.current_leader.leader_epoch != -1) or (o.current_leader.unknown_tagged_fields)):
        raise EncodeError('FetchResponse.CurrentLeader is not supported in version 10')
    if ((o.snapshot_id.end_offset != -1) or (o.snapshot_id.epoch != -1) or (o.snapshot_id.unknown_tagged_fields)):
        raise EncodeError('FetchResponse.SnapshotId is not supported in version 10')
    if o.preferred_read_replica != -1:
        raise EncodeError('FetchResponse.PreferredReadReplica is not supported in version 10')
    O += _S_ihqqq.pack(o.partition_index, o.error_code, o.high_watermark, o.last_stable_offset, o.log_start_offset)
    a5 = o.aborted_transactions
    if a5 is None:
        O += b'\xff\xff\xff\xff'
    else:
        O += INT32.pack(len(a5))
        for e_a5 in a5:
            _e_FetchResponse_FetchableTopicResponse_PartitionData_AbortedTransaction_v4(e_a5, O)
    write_records(O, o.records, rg, True)


def _e_FetchResponse_FetchableTopicResponse_v10(o: FetchResponse.FetchableTopicResponse, O: bytearray, rg: Regions | None) -> None:
    write_string(O, o.topic)
    a1 = o.partitions
    if a1 is None:
        raise EncodeError('non-nullable array Partitions is None')
    O += _S_i.pack(len(a1))
    for e_a1 in a1:
        _e_FetchResponse_FetchableTopicResponse_PartitionData_v10(e_a1, O, rg)


def _e_FetchResponse_v10(o: FetchResponse, O: bytearray, rg: Regions | None) -> None:
    if bool(o.node_endpoints):
        raise EncodeError('FetchResponse.NodeEndpoints is not supported in version 10')
    a3 = o.responses
    if a3 is None:
        raise EncodeError('non-nullable array Responses is None')
    O += _S_ihii.pack(o.throttle_time_ms, o.error_code, o.session_id, len(a3))
    for e_a3 in a3:
        _e_FetchResponse_FetchableTopicResponse_v10(e_a3, O, rg)


def _e_FetchResponse_FetchableTopicResponse_PartitionData_v11(o: FetchResponse.FetchableTopicResponse.PartitionData, O: bytearray, rg: Regions | None) -> None:
    if ((o.diverging_epoch.epoch != -1) or (o.diverging_epoch.end_offset != -1) or (o.diverging_epoch.unknown_tagged_fields)):
        raise EncodeError('FetchResponse.DivergingEpoch is not supported in version 11')
    if ((o.current_leader.leader_id != -1) or (o.current_leader.leader_epoch != -1) or (o.current_leader.unknown_tagged_fields)):
        raise EncodeError('FetchResponse.CurrentLeader is not supported in version 11')
    if ((o.snapshot_id.end_offset != -1) or (o.snapshot_id.epoch != -1) or (o.snapshot_id.unknown_tagged_fields)):
        raise EncodeError('FetchResponse.SnapshotId is not supported in version 11')
    O += _S_ihqqq.pack(o.partition_index, o.error_code, o.high_watermark, o.last_stable_offset, o.log_start_offset)
    a5 = o.aborted_transactions
    if a5 is None:
        O += b'\xff\xff\xff\xff'
    else:
        O += INT32.pack(len(a5))
        for e_a5 in a5:
            _e_FetchResponse_FetchableTopicResponse_PartitionData_AbortedTransaction_v4(e_a5, O)
    O += _S_i.pack(o.preferred_read_replica)
    write_records(O, o.records, rg, True)


def _e_FetchResponse_FetchableTopicResponse_v11(o: FetchResponse.FetchableTopicResponse, O: bytearray, rg: Regions | None) -> None:
    write_string(O, o.topic)
    a1 = o.partitions
    if a1 is None:
        raise EncodeError('non-nullable array Partitions is None')
    O += _S_i.pack(len(a1))
    for e_a1 in a1:
        _e_FetchResponse_FetchableTopicResponse_PartitionData_v11(e_a1, O, rg)


def _e_FetchResponse_v11(o: FetchResponse, O: bytearray, rg: Regions | None) -> None:
    if bool(o.node_endpoints):
        raise EncodeError('FetchResponse.NodeEndpoints is not supported in version 11')
    a3 = o.responses
    if a3 is None:
        raise EncodeError('non-nullable array Responses is None')
    O += _S_ihii.pack(o.throttle_time_ms, o.error_code, o.session_id, len(a3))
    for e_a3 in a3:
        _e_FetchResponse_FetchableTopicResponse_v11(e_a3, O, rg)


def _e_FetchResponse_FetchableTopicResponse_PartitionData_AbortedTransaction_v12(o: FetchResponse.FetchableTopicResponse.PartitionData.AbortedTransaction, O: bytearray) -> None:
    O += _S_qq.pack(o.producer_id, o.first_offset)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_FetchResponse_FetchableTopicResponse_PartitionData_EpochEndOffset_v12(o: FetchResponse.FetchableTopicResponse.PartitionData.EpochEndOffset, O: bytearray) -> None:
    O += _S_iq.pack(o.epoch, o.end_offset)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_FetchResponse_FetchableTopicResponse_PartitionData_LeaderIdAndEpoch_v12(o: FetchResponse.FetchableTopicResponse.PartitionData.LeaderIdAndEpoch, O: bytearray) -> None:
    O += _S_ii.pack(o.leader_id, o.leader_epoch)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_FetchResponse_FetchableTopicResponse_PartitionData_SnapshotId_v12(o: FetchResponse.FetchableTopicResponse.PartitionData.SnapshotId, O: bytearray) -> None:
    O += _S_qi.pack(o.end_offset, o.epoch)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_FetchResponse_FetchableTopicResponse_PartitionData_v12(o: FetchResponse.FetchableTopicResponse.PartitionData, O: bytearray, rg: Regions | None) -> None:
    O += _S_ihqqq.pack(o.partition_index, o.error_code, o.high_watermark, o.last_stable_offset, o.log_start_offset)
    a5 = o.aborted_transactions
    if a5 is None:
        O.append(0)
    else:
        write_uvarint(O, len(a5) + 1)
        for e_a5 in a5:
            _e_FetchResponse_FetchableTopicResponse_PartitionData_AbortedTransaction_v12(e_a5, O)
    O += _S_i.pack(o.preferred_read_replica)
    write_compact_records(O, o.records, rg, True)
    tg: list[tuple[int, bytes | bytearray | memoryview]] | None = None
    t0 = o.diverging_epoch
    if t0 is not None and ((t0.epoch != -1) or (t0.end_offset != -1) or (t0.unknown_tagged_fields)):
        tb = bytearray()
        t0v = t0
        if t0v is None:
            raise EncodeError('non-nullable struct DivergingEpoch is None')
        _e_FetchResponse_FetchableTopicResponse_PartitionData_EpochEndOffset_v12(t0v, tb)
        if tg is None:
            tg = []
        tg.append((0, tb))
    t1 = o.current_leader
    if t1 is not None and ((t1.leader_id != -1) or (t1.leader_epoch != -1) or (t1.unknown_tagged_fields)):
        tb = bytearray()
        t1v = t1
        if t1v is None:
            raise EncodeError('non-nullable struct CurrentLeader is None')
        _e_FetchResponse_FetchableTopicResponse_PartitionData_LeaderIdAndEpoch_v12(t1v, tb)
        if tg is None:
            tg = []
        tg.append((1, tb))
    t2 = o.snapshot_id
    if t2 is not None and ((t2.end_offset != -1) or (t2.epoch != -1) or (t2.unknown_tagged_fields)):
        tb = bytearray()
        t2v = t2
        if t2v is None:
            raise EncodeError('non-nullable struct SnapshotId is None')
        _e_FetchResponse_FetchableTopicResponse_PartitionData_SnapshotId_v12(t2v, tb)
        if tg is None:
            tg = []
        tg.append((2, tb))
    if tg is not None or o.unknown_tagged_fields:
        write_tagged_fields(O, tg, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_FetchResponse_FetchableTopicResponse_v12(o: FetchResponse.FetchableTopicResponse, O: bytearray, rg: Regions | None) -> None:
    write_compact_string(O, o.topic)
    a1 = o.partitions
    if a1 is None:
        raise EncodeError('non-nullable array Partitions is None')
    write_uvarint(O, len(a1) + 1)
    for e_a1 in a1:
        _e_FetchResponse_FetchableTopicResponse_PartitionData_v12(e_a1, O, rg)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_FetchResponse_v12(o: FetchResponse, O: bytearray, rg: Regions | None) -> None:
    if bool(o.node_endpoints):
        raise EncodeError('FetchResponse.NodeEndpoints is not supported in version 12')
    O += _S_ihi.pack(o.throttle_time_ms, o.error_code, o.session_id)
    a3 = o.responses
    if a3 is None:
        raise EncodeError('non-nullable array Responses is None')
    write_uvarint(O, len(a3) + 1)
    for e_a3 in a3:
        _e_FetchResponse_FetchableTopicResponse_v12(e_a3, O, rg)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_FetchResponse_FetchableTopicResponse_v13(o: FetchResponse.FetchableTopicResponse, O: bytearray, rg: Regions | None) -> None:
    write_uuid(O, o.topic_id)
    a1 = o.partitions
    if a1 is None:
        raise EncodeError('non-nullable array Partitions is None')
    write_uvarint(O, len(a1) + 1)
    for e_a1 in a1:
        _e_FetchResponse_FetchableTopicResponse_PartitionData_v12(e_a1, O, rg)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_FetchResponse_v13(o: FetchResponse, O: bytearray, rg: Regions | None) -> None:
    if bool(o.node_endpoints):
        raise EncodeError('FetchResponse.NodeEndpoints is not supported in version 13')
    O += _S_ihi.pack(o.throttle_time_ms, o.error_code, o.session_id)
    a3 = o.responses
    if a3 is None:
        raise EncodeError('non-nullable array Responses is None')
    write_uvarint(O, len(a3) + 1)
    for e_a3 in a3:
        _e_FetchResponse_FetchableTopicResponse_v13(e_a3, O, rg)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_FetchResponse_v14(o: FetchResponse, O: bytearray, rg: Regions | None) -> None:
    if bool(o.node_endpoints):
        raise EncodeError('FetchResponse.NodeEndpoints is not supported in version 14')
    O += _S_ihi.pack(o.throttle_time_ms, o.error_code, o.session_id)
    a3 = o.responses
    if a3 is None:
        raise EncodeError('non-nullable array Responses is None')
    write_uvarint(O, len(a3) + 1)
    for e_a3 in a3:
        _e_FetchResponse_FetchableTopicResponse_v13(e_a3, O, rg)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_FetchResponse_v15(o: FetchResponse, O: bytearray, rg: Regions | None) -> None:
    if bool(o.node_endpoints):
        raise EncodeError('FetchResponse.NodeEndpoints is not supported in version 15')
    O += _S_ihi.pack(o.throttle_time_ms, o.error_code, o.session_id)
    a3 = o.responses
    if a3 is None:
        raise EncodeError('non-nullable array Responses is None')
    write_uvarint(O, len(a3) + 1)
    for e_a3 in a3:
        _e_FetchResponse_FetchableTopicResponse_v13(e_a3, O, rg)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_FetchResponse_NodeEndpoint_v16(o: FetchResponse.NodeEndpoint, O: bytearray) -> None:
    O += _S_i.pack(o.node_id)
    write_compact_string(O, o.host)
    O += _S_i.pack(o.port)
    write_compact_nullable_string(O, o.rack)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_FetchResponse_v16(o: FetchResponse, O: bytearray, rg: Regions | None) -> None:
    O += _S_ihi.pack(o.throttle_time_ms, o.error_code, o.session_id)
    a3 = o.responses
    if a3 is None:
        raise EncodeError('non-nullable array Responses is None')
    write_uvarint(O, len(a3) + 1)
    for e_a3 in a3:
        _e_FetchResponse_FetchableTopicResponse_v13(e_a3, O, rg)
    tg: list[tuple[int, bytes | bytearray | memoryview]] | None = None
    t0 = o.node_endpoints
    if bool(t0):
        tb = bytearray()
        t0v = t0
        if t0v is None:
            raise EncodeError('non-nullable array NodeEndpoints is None')
        write_uvarint(tb, len(t0v) + 1)
        for e_t0v in t0v:
            _e_FetchResponse_NodeEndpoint_v16(e_t0v, tb)
        if tg is None:
            tg = []
        tg.append((0, tb))
    if tg is not None or o.unknown_tagged_fields:
        write_tagged_fields(O, tg, o.unknown_tagged_fields)
    else:
        O.append(0)


_C_FetchRequest = FetchRequest
_C_FetchRequest_ReplicaState = FetchRequest.ReplicaState
_C_FetchRequest_FetchTopic = FetchRequest.FetchTopic
_C_FetchRequest_FetchTopic_FetchPartition = FetchRequest.FetchTopic.FetchPartition
_C_FetchRequest_ForgottenTopic = FetchRequest.ForgottenTopic
_DEF_C_FetchRequest_ReplicaState = _C_FetchRequest_ReplicaState()
_DEF_C_FetchRequest_FetchTopic = _C_FetchRequest_FetchTopic()
_DEF_C_FetchRequest_FetchTopic_FetchPartition = _C_FetchRequest_FetchTopic_FetchPartition()
_DEF_C_FetchRequest_ForgottenTopic = _C_FetchRequest_ForgottenTopic()
_DEC_FetchRequest: dict[int, Decoder[FetchRequest]] = {
    4: _d_FetchRequest_v4,
    5: _d_FetchRequest_v5,
    6: _d_FetchRequest_v5,
    7: _d_FetchRequest_v7,
    8: _d_FetchRequest_v7,
    9: _d_FetchRequest_v9,
    10: _d_FetchRequest_v9,
    11: _d_FetchRequest_v11,
    12: _d_FetchRequest_v12,
    13: _d_FetchRequest_v13,
    14: _d_FetchRequest_v13,
    15: _d_FetchRequest_v15,
    16: _d_FetchRequest_v15,
    17: _d_FetchRequest_v17,
    18: _d_FetchRequest_v18,
}
_ENC_FetchRequest: dict[int, Encoder[FetchRequest]] = {
    4: _e_FetchRequest_v4,
    5: _e_FetchRequest_v5,
    6: _e_FetchRequest_v6,
    7: _e_FetchRequest_v7,
    8: _e_FetchRequest_v8,
    9: _e_FetchRequest_v9,
    10: _e_FetchRequest_v10,
    11: _e_FetchRequest_v11,
    12: _e_FetchRequest_v12,
    13: _e_FetchRequest_v13,
    14: _e_FetchRequest_v14,
    15: _e_FetchRequest_v15,
    16: _e_FetchRequest_v16,
    17: _e_FetchRequest_v17,
    18: _e_FetchRequest_v18,
}
FetchRequest.FIELDS = (
    FieldInfo('ClusterId', 'cluster_id', 'string', (12, OPEN), (12, OPEN), (12, OPEN), 0, True, None, None, None),
    FieldInfo('ReplicaId', 'replica_id', 'int32', (0, 14), None, None, None, False, 'brokerId', None, None),
    FieldInfo('ReplicaState', 'replica_state', 'ReplicaState', (15, OPEN), None, (15, OPEN), 1, False, None, None, _C_FetchRequest_ReplicaState),
    FieldInfo('MaxWaitMs', 'max_wait_ms', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('MinBytes', 'min_bytes', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('MaxBytes', 'max_bytes', 'int32', (3, OPEN), None, None, None, True, None, None, None),
    FieldInfo('IsolationLevel', 'isolation_level', 'int8', (4, OPEN), None, None, None, True, None, None, None),
    FieldInfo('SessionId', 'session_id', 'int32', (7, OPEN), None, None, None, True, None, None, None),
    FieldInfo('SessionEpoch', 'session_epoch', 'int32', (7, OPEN), None, None, None, True, None, None, None),
    FieldInfo('Topics', 'topics', '[]FetchTopic', (0, OPEN), None, None, None, False, None, None, _C_FetchRequest_FetchTopic),
    FieldInfo('ForgottenTopicsData', 'forgotten_topics_data', '[]ForgottenTopic', (7, OPEN), None, None, None, False, None, None, _C_FetchRequest_ForgottenTopic),
    FieldInfo('RackId', 'rack_id', 'string', (11, OPEN), None, None, None, True, None, None, None),
)
FetchRequest.ReplicaState.FIELDS = (
    FieldInfo('ReplicaId', 'replica_id', 'int32', (15, OPEN), None, None, None, False, 'brokerId', None, None),
    FieldInfo('ReplicaEpoch', 'replica_epoch', 'int64', (15, OPEN), None, None, None, False, None, None, None),
)
FetchRequest.FetchTopic.FIELDS = (
    FieldInfo('Topic', 'topic', 'string', (0, 12), None, None, None, True, 'topicName', None, None),
    FieldInfo('TopicId', 'topic_id', 'uuid', (13, OPEN), None, None, None, True, None, None, None),
    FieldInfo('Partitions', 'partitions', '[]FetchPartition', (0, OPEN), None, None, None, False, None, None, _C_FetchRequest_FetchTopic_FetchPartition),
)
FetchRequest.FetchTopic.FetchPartition.FIELDS = (
    FieldInfo('Partition', 'partition', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('CurrentLeaderEpoch', 'current_leader_epoch', 'int32', (9, OPEN), None, None, None, True, None, None, None),
    FieldInfo('FetchOffset', 'fetch_offset', 'int64', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('LastFetchedEpoch', 'last_fetched_epoch', 'int32', (12, OPEN), None, None, None, False, None, None, None),
    FieldInfo('LogStartOffset', 'log_start_offset', 'int64', (5, OPEN), None, None, None, True, None, None, None),
    FieldInfo('PartitionMaxBytes', 'partition_max_bytes', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('ReplicaDirectoryId', 'replica_directory_id', 'uuid', (17, OPEN), None, (17, OPEN), 0, True, None, None, None),
    FieldInfo('HighWatermark', 'high_watermark', 'int64', (18, OPEN), None, (18, OPEN), 1, True, None, None, None),
)
FetchRequest.ForgottenTopic.FIELDS = (
    FieldInfo('Topic', 'topic', 'string', (7, 12), None, None, None, True, 'topicName', None, None),
    FieldInfo('TopicId', 'topic_id', 'uuid', (13, OPEN), None, None, None, True, None, None, None),
    FieldInfo('Partitions', 'partitions', '[]int32', (7, OPEN), None, None, None, False, None, None, None),
)

_C_FetchResponse = FetchResponse
_C_FetchResponse_FetchableTopicResponse = FetchResponse.FetchableTopicResponse
_C_FetchResponse_FetchableTopicResponse_PartitionData = FetchResponse.FetchableTopicResponse.PartitionData
_C_FetchResponse_FetchableTopicResponse_PartitionData_EpochEndOffset = FetchResponse.FetchableTopicResponse.PartitionData.EpochEndOffset
_C_FetchResponse_FetchableTopicResponse_PartitionData_LeaderIdAndEpoch = FetchResponse.FetchableTopicResponse.PartitionData.LeaderIdAndEpoch
_C_FetchResponse_FetchableTopicResponse_PartitionData_SnapshotId = FetchResponse.FetchableTopicResponse.PartitionData.SnapshotId
_C_FetchResponse_FetchableTopicResponse_PartitionData_AbortedTransaction = FetchResponse.FetchableTopicResponse.PartitionData.AbortedTransaction
_C_FetchResponse_NodeEndpoint = FetchResponse.NodeEndpoint
_DEF_C_FetchResponse_FetchableTopicResponse = _C_FetchResponse_FetchableTopicResponse()
_DEF_C_FetchResponse_FetchableTopicResponse_PartitionData = _C_FetchResponse_FetchableTopicResponse_PartitionData()
_DEF_C_FetchResponse_FetchableTopicResponse_PartitionData_EpochEndOffset = _C_FetchResponse_FetchableTopicResponse_PartitionData_EpochEndOffset()
_DEF_C_FetchResponse_FetchableTopicResponse_PartitionData_LeaderIdAndEpoch = _C_FetchResponse_FetchableTopicResponse_PartitionData_LeaderIdAndEpoch()
_DEF_C_FetchResponse_FetchableTopicResponse_PartitionData_SnapshotId = _C_FetchResponse_FetchableTopicResponse_PartitionData_SnapshotId()
_DEF_C_FetchResponse_FetchableTopicResponse_PartitionData_AbortedTransaction = _C_FetchResponse_FetchableTopicResponse_PartitionData_AbortedTransaction()
_DEF_C_FetchResponse_NodeEndpoint = _C_FetchResponse_NodeEndpoint()
_DEC_FetchResponse: dict[int, Decoder[FetchResponse]] = {
    4: _d_FetchResponse_v4,
    5: _d_FetchResponse_v5,
    6: _d_FetchResponse_v5,
    7: _d_FetchResponse_v7,
    8: _d_FetchResponse_v7,
    9: _d_FetchResponse_v7,
    10: _d_FetchResponse_v7,
    11: _d_FetchResponse_v11,
    12: _d_FetchResponse_v12,
    13: _d_FetchResponse_v13,
    14: _d_FetchResponse_v13,
    15: _d_FetchResponse_v13,
    16: _d_FetchResponse_v16,
    17: _d_FetchResponse_v16,
    18: _d_FetchResponse_v16,
}
_ENC_FetchResponse: dict[int, RegionEncoder[FetchResponse]] = {
    4: _e_FetchResponse_v4,
    5: _e_FetchResponse_v5,
    6: _e_FetchResponse_v6,
    7: _e_FetchResponse_v7,
    8: _e_FetchResponse_v8,
    9: _e_FetchResponse_v9,
    10: _e_FetchResponse_v10,
    11: _e_FetchResponse_v11,
    12: _e_FetchResponse_v12,
    13: _e_FetchResponse_v13,
    14: _e_FetchResponse_v14,
    15: _e_FetchResponse_v15,
    16: _e_FetchResponse_v16,
    17: _e_FetchResponse_v16,
    18: _e_FetchResponse_v16,
}
FetchResponse.FIELDS = (
    FieldInfo('ThrottleTimeMs', 'throttle_time_ms', 'int32', (1, OPEN), None, None, None, True, None, None, None),
    FieldInfo('ErrorCode', 'error_code', 'int16', (7, OPEN), None, None, None, True, None, None, None),
    FieldInfo('SessionId', 'session_id', 'int32', (7, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Responses', 'responses', '[]FetchableTopicResponse', (0, OPEN), None, None, None, False, None, None, _C_FetchResponse_FetchableTopicResponse),
    FieldInfo('NodeEndpoints', 'node_endpoints', '[]NodeEndpoint', (16, OPEN), None, (16, OPEN), 0, False, None, None, _C_FetchResponse_NodeEndpoint),
)
FetchResponse.FetchableTopicResponse.FIELDS = (
    FieldInfo('Topic', 'topic', 'string', (0, 12), None, None, None, True, 'topicName', None, None),
    FieldInfo('TopicId', 'topic_id', 'uuid', (13, OPEN), None, None, None, True, None, None, None),
    FieldInfo('Partitions', 'partitions', '[]PartitionData', (0, OPEN), None, None, None, False, None, None, _C_FetchResponse_FetchableTopicResponse_PartitionData),
)
FetchResponse.FetchableTopicResponse.PartitionData.FIELDS = (
    FieldInfo('PartitionIndex', 'partition_index', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('ErrorCode', 'error_code', 'int16', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('HighWatermark', 'high_watermark', 'int64', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('LastStableOffset', 'last_stable_offset', 'int64', (4, OPEN), None, None, None, True, None, None, None),
    FieldInfo('LogStartOffset', 'log_start_offset', 'int64', (5, OPEN), None, None, None, True, None, None, None),
    FieldInfo('DivergingEpoch', 'diverging_epoch', 'EpochEndOffset', (12, OPEN), None, (12, OPEN), 0, False, None, None, _C_FetchResponse_FetchableTopicResponse_PartitionData_EpochEndOffset),
    FieldInfo('CurrentLeader', 'current_leader', 'LeaderIdAndEpoch', (12, OPEN), None, (12, OPEN), 1, False, None, None, _C_FetchResponse_FetchableTopicResponse_PartitionData_LeaderIdAndEpoch),
    FieldInfo('SnapshotId', 'snapshot_id', 'SnapshotId', (12, OPEN), None, (12, OPEN), 2, False, None, None, _C_FetchResponse_FetchableTopicResponse_PartitionData_SnapshotId),
    FieldInfo('AbortedTransactions', 'aborted_transactions', '[]AbortedTransaction', (4, OPEN), (4, OPEN), None, None, True, None, None, _C_FetchResponse_FetchableTopicResponse_PartitionData_AbortedTransaction),
    FieldInfo('PreferredReadReplica', 'preferred_read_replica', 'int32', (11, OPEN), None, None, None, False, 'brokerId', None, None),
    FieldInfo('Records', 'records', 'records', (0, OPEN), (0, OPEN), None, None, False, None, None, None),
)
FetchResponse.FetchableTopicResponse.PartitionData.EpochEndOffset.FIELDS = (
    FieldInfo('Epoch', 'epoch', 'int32', (12, OPEN), None, None, None, False, None, None, None),
    FieldInfo('EndOffset', 'end_offset', 'int64', (12, OPEN), None, None, None, False, None, None, None),
)
FetchResponse.FetchableTopicResponse.PartitionData.LeaderIdAndEpoch.FIELDS = (
    FieldInfo('LeaderId', 'leader_id', 'int32', (12, OPEN), None, None, None, False, 'brokerId', None, None),
    FieldInfo('LeaderEpoch', 'leader_epoch', 'int32', (12, OPEN), None, None, None, False, None, None, None),
)
FetchResponse.FetchableTopicResponse.PartitionData.SnapshotId.FIELDS = (
    FieldInfo('EndOffset', 'end_offset', 'int64', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Epoch', 'epoch', 'int32', (0, OPEN), None, None, None, False, None, None, None),
)
FetchResponse.FetchableTopicResponse.PartitionData.AbortedTransaction.FIELDS = (
    FieldInfo('ProducerId', 'producer_id', 'int64', (4, OPEN), None, None, None, False, 'producerId', None, None),
    FieldInfo('FirstOffset', 'first_offset', 'int64', (4, OPEN), None, None, None, False, None, None, None),
)
FetchResponse.NodeEndpoint.FIELDS = (
    FieldInfo('NodeId', 'node_id', 'int32', (16, OPEN), None, None, None, False, 'brokerId', None, None),
    FieldInfo('Host', 'host', 'string', (16, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Port', 'port', 'int32', (16, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Rack', 'rack', 'string', (16, OPEN), (16, OPEN), None, None, False, None, None, None),
)
