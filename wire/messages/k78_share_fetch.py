"""API key 78: ShareFetch.

GENERATED - DO NOT EDIT. Written by ``python -m wire.generator`` from Apache Kafka 4.1.1's
message definitions (ShareFetchRequest.json, ShareFetchResponse.json).
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
_S_ih = struct.Struct('>ih')
_S_ii = struct.Struct('>ii')
_S_iiiiii = struct.Struct('>iiiiii')
_S_qq = struct.Struct('>qq')
_S_qqh = struct.Struct('>qqh')


@dataclass(slots=True)
class ShareFetchRequest:
    """ShareFetchRequest (API key 78, versions 1-1).

    Generated from ShareFetchRequest.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = 78
    MIN_VERSION: ClassVar[int] = 1
    MAX_VERSION: ClassVar[int] = 1
    LATEST_VERSION: ClassVar[int] = 1
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
    FLEXIBLE_MIN: ClassVar[int | None] = 1
    #: Who serves this request in Kafka (empty for responses).
    LISTENERS: ClassVar[tuple[str, ...]] = ('broker',)
    FIELDS: ClassVar[tuple[FieldInfo, ...]]

    @dataclass(slots=True)
    class FetchTopic:
        FIELDS: ClassVar[tuple[FieldInfo, ...]]

        @dataclass(slots=True)
        class FetchPartition:
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
            #: The maximum bytes to fetch from this partition. 0 when only acknowledgement with no fetching is required. See KIP-74 for cases where this limit may not be honored.
            partition_max_bytes: int = 0
            #: Record batches to acknowledge.
            acknowledgement_batches: list[ShareFetchRequest.FetchTopic.FetchPartition.AcknowledgementBatch] = field(default_factory=list)
            #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
            unknown_tagged_fields: list[tuple[int, bytes]] | None = None

        #: The unique topic ID.
        topic_id: UUID = ZERO_UUID
        #: The partitions to fetch.
        partitions: list[ShareFetchRequest.FetchTopic.FetchPartition] = field(default_factory=list)
        #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
        unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @dataclass(slots=True)
    class ForgottenTopic:
        FIELDS: ClassVar[tuple[FieldInfo, ...]]

        #: The unique topic ID.
        topic_id: UUID = ZERO_UUID
        #: The partitions indexes to forget.
        partitions: list[int] = field(default_factory=list)
        #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
        unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    AcknowledgementBatch = FetchTopic.FetchPartition.AcknowledgementBatch
    FetchPartition = FetchTopic.FetchPartition
    #: The group identifier.
    group_id: str | None = None
    #: The member ID.
    member_id: str | None = ''
    #: The current share session epoch: 0 to open a share session; -1 to close it; otherwise increments for consecutive requests.
    share_session_epoch: int = 0
    #: The maximum time in milliseconds to wait for the response.
    max_wait_ms: int = 0
    #: The minimum bytes to accumulate in the response.
    min_bytes: int = 0
    #: The maximum bytes to fetch. See KIP-74 for cases where this limit may not be honored.
    max_bytes: int = 2147483647
    #: The maximum number of records to fetch. This limit can be exceeded for alignment of batch boundaries.
    max_records: int = 0
    #: The optimal number of records for batches of acquired records and acknowledgements.
    batch_size: int = 0
    #: The topics to fetch.
    topics: list[ShareFetchRequest.FetchTopic] = field(default_factory=list)
    #: The partitions to remove from this share session.
    forgotten_topics_data: list[ShareFetchRequest.ForgottenTopic] = field(default_factory=list)
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> ShareFetchRequest:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_ShareFetchRequest, data, version, 'ShareFetchRequest', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_ShareFetchRequest, self, version, 'ShareFetchRequest')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_ShareFetchRequest, self, version, 'ShareFetchRequest')


@dataclass(slots=True)
class ShareFetchResponse:
    """ShareFetchResponse (API key 78, versions 1-1).

    Generated from ShareFetchResponse.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = 78
    MIN_VERSION: ClassVar[int] = 1
    MAX_VERSION: ClassVar[int] = 1
    LATEST_VERSION: ClassVar[int] = 1
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
    FLEXIBLE_MIN: ClassVar[int | None] = 1
    #: Who serves this request in Kafka (empty for responses).
    LISTENERS: ClassVar[tuple[str, ...]] = ()
    FIELDS: ClassVar[tuple[FieldInfo, ...]]

    @dataclass(slots=True)
    class ShareFetchableTopicResponse:
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

            @dataclass(slots=True)
            class AcquiredRecords:
                FIELDS: ClassVar[tuple[FieldInfo, ...]]

                #: The earliest offset in this batch of acquired records.
                first_offset: int = 0
                #: The last offset of this batch of acquired records.
                last_offset: int = 0
                #: The delivery count of this batch of acquired records.
                delivery_count: int = 0
                #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
                unknown_tagged_fields: list[tuple[int, bytes]] | None = None

            #: The partition index.
            partition_index: int = 0
            #: The fetch error code, or 0 if there was no fetch error.
            error_code: int = 0
            #: The fetch error message, or null if there was no fetch error.
            error_message: str | None = None
            #: The acknowledge error code, or 0 if there was no acknowledge error.
            acknowledge_error_code: int = 0
            #: The acknowledge error message, or null if there was no acknowledge error.
            acknowledge_error_message: str | None = None
            #: The current leader of the partition.
            current_leader: ShareFetchResponse.ShareFetchableTopicResponse.PartitionData.LeaderIdAndEpoch = field(default_factory=lambda: _C_ShareFetchResponse_ShareFetchableTopicResponse_PartitionData_LeaderIdAndEpoch())
            #: The record data.
            records: bytes | memoryview | FileRegion | None = None
            #: The acquired records.
            acquired_records: list[ShareFetchResponse.ShareFetchableTopicResponse.PartitionData.AcquiredRecords] = field(default_factory=list)
            #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
            unknown_tagged_fields: list[tuple[int, bytes]] | None = None

        #: The unique topic ID.
        topic_id: UUID = ZERO_UUID
        #: The topic partitions.
        partitions: list[ShareFetchResponse.ShareFetchableTopicResponse.PartitionData] = field(default_factory=list)
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

    LeaderIdAndEpoch = ShareFetchableTopicResponse.PartitionData.LeaderIdAndEpoch
    AcquiredRecords = ShareFetchableTopicResponse.PartitionData.AcquiredRecords
    PartitionData = ShareFetchableTopicResponse.PartitionData
    #: The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    throttle_time_ms: int = 0
    #: The top-level response error code.
    error_code: int = 0
    #: The top-level error message, or null if there was no error.
    error_message: str | None = None
    #: The time in milliseconds for which the acquired records are locked.
    acquisition_lock_timeout_ms: int = 0
    #: The response topics.
    responses: list[ShareFetchResponse.ShareFetchableTopicResponse] = field(default_factory=list)
    #: Endpoints for all current leaders enumerated in PartitionData with error NOT_LEADER_OR_FOLLOWER.
    node_endpoints: list[ShareFetchResponse.NodeEndpoint] = field(default_factory=list)
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> ShareFetchResponse:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_ShareFetchResponse, data, version, 'ShareFetchResponse', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_region_body(_ENC_ShareFetchResponse, self, version, 'ShareFetchResponse')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_region_chunks(_ENC_ShareFetchResponse, self, version, 'ShareFetchResponse')

def _d_ShareFetchRequest_FetchTopic_FetchPartition_AcknowledgementBatch_v1(B: memoryview, P: int) -> tuple[ShareFetchRequest.FetchTopic.FetchPartition.AcknowledgementBatch, int]:
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
    return _C_ShareFetchRequest_FetchTopic_FetchPartition_AcknowledgementBatch(f0, f1, f2, tf), P


def _d_ShareFetchRequest_FetchTopic_FetchPartition_v1(B: memoryview, P: int) -> tuple[ShareFetchRequest.FetchTopic.FetchPartition, int]:
    (f0,) = _S_i.unpack_from(B, P)
    P += 4
    n_f2 = B[P]
    if n_f2 < 0x80:
        P += 1
    else:
        n_f2, P = read_uvarint(B, P)
    n_f2 -= 1
    f2: list[ShareFetchRequest.FetchTopic.FetchPartition.AcknowledgementBatch]
    if n_f2 < 0:
        raise DecodeError(f'non-nullable array AcknowledgementBatches has length {n_f2}')
    else:
        if n_f2 > len(B) - P:
            raise DecodeError(f'array length {n_f2} exceeds the buffer')
        f2 = []
        for _ in range(n_f2):
            e_f2, P = _d_ShareFetchRequest_FetchTopic_FetchPartition_AcknowledgementBatch_v1(B, P)
            f2.append(e_f2)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_ShareFetchRequest_FetchTopic_FetchPartition(f0, 0, f2, tf), P


def _d_ShareFetchRequest_FetchTopic_v1(B: memoryview, P: int) -> tuple[ShareFetchRequest.FetchTopic, int]:
    f0, P = read_uuid(B, P)
    n_f1 = B[P]
    if n_f1 < 0x80:
        P += 1
    else:
        n_f1, P = read_uvarint(B, P)
    n_f1 -= 1
    f1: list[ShareFetchRequest.FetchTopic.FetchPartition]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Partitions has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_ShareFetchRequest_FetchTopic_FetchPartition_v1(B, P)
            f1.append(e_f1)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_ShareFetchRequest_FetchTopic(f0, f1, tf), P


def _d_ShareFetchRequest_ForgottenTopic_v1(B: memoryview, P: int) -> tuple[ShareFetchRequest.ForgottenTopic, int]:
    f0, P = read_uuid(B, P)
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
    return _C_ShareFetchRequest_ForgottenTopic(f0, f1, tf), P


def _d_ShareFetchRequest_v1(B: memoryview, P: int) -> tuple[ShareFetchRequest, int]:
    f0, P = read_compact_nullable_string(B, P)
    f1, P = read_compact_nullable_string(B, P)
    (f2, f3, f4, f5, f6, f7,) = _S_iiiiii.unpack_from(B, P)
    P += 24
    n_f8 = B[P]
    if n_f8 < 0x80:
        P += 1
    else:
        n_f8, P = read_uvarint(B, P)
    n_f8 -= 1
    f8: list[ShareFetchRequest.FetchTopic]
    if n_f8 < 0:
        raise DecodeError(f'non-nullable array Topics has length {n_f8}')
    else:
        if n_f8 > len(B) - P:
            raise DecodeError(f'array length {n_f8} exceeds the buffer')
        f8 = []
        for _ in range(n_f8):
            e_f8, P = _d_ShareFetchRequest_FetchTopic_v1(B, P)
            f8.append(e_f8)
    n_f9 = B[P]
    if n_f9 < 0x80:
        P += 1
    else:
        n_f9, P = read_uvarint(B, P)
    n_f9 -= 1
    f9: list[ShareFetchRequest.ForgottenTopic]
    if n_f9 < 0:
        raise DecodeError(f'non-nullable array ForgottenTopicsData has length {n_f9}')
    else:
        if n_f9 > len(B) - P:
            raise DecodeError(f'array length {n_f9} exceeds the buffer')
        f9 = []
        for _ in range(n_f9):
            e_f9, P = _d_ShareFetchRequest_ForgottenTopic_v1(B, P)
            f9.append(e_f9)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_ShareFetchRequest(f0, f1, f2, f3, f4, f5, f6, f7, f8, f9, tf), P


def _e_ShareFetchRequest_FetchTopic_FetchPartition_AcknowledgementBatch_v1(o: ShareFetchRequest.FetchTopic.FetchPartition.AcknowledgementBatch, O: bytearray) -> None:
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


def _e_ShareFetchRequest_FetchTopic_FetchPartition_v1(o: ShareFetchRequest.FetchTopic.FetchPartition, O: bytearray) -> None:
    if o.partition_max_bytes != 0:
        raise EncodeError('ShareFetchRequest.PartitionMaxBytes is not supported in version 1')
    O += _S_i.pack(o.partition_index)
    a1 = o.acknowledgement_batches
    if a1 is None:
        raise EncodeError('non-nullable array AcknowledgementBatches is None')
    write_uvarint(O, len(a1) + 1)
    for e_a1 in a1:
        _e_ShareFetchRequest_FetchTopic_FetchPartition_AcknowledgementBatch_v1(e_a1, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_ShareFetchRequest_FetchTopic_v1(o: ShareFetchRequest.FetchTopic, O: bytearray) -> None:
    write_uuid(O, o.topic_id)
    a1 = o.partitions
    if a1 is None:
        raise EncodeError('non-nullable array Partitions is None')
    write_uvarint(O, len(a1) + 1)
    for e_a1 in a1:
        _e_ShareFetchRequest_FetchTopic_FetchPartition_v1(e_a1, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_ShareFetchRequest_ForgottenTopic_v1(o: ShareFetchRequest.ForgottenTopic, O: bytearray) -> None:
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


def _e_ShareFetchRequest_v1(o: ShareFetchRequest, O: bytearray) -> None:
    write_compact_nullable_string(O, o.group_id)
    write_compact_nullable_string(O, o.member_id)
    O += _S_iiiiii.pack(o.share_session_epoch, o.max_wait_ms, o.min_bytes, o.max_bytes, o.max_records, o.batch_size)
    a8 = o.topics
    if a8 is None:
        raise EncodeError('non-nullable array Topics is None')
    write_uvarint(O, len(a8) + 1)
    for e_a8 in a8:
        _e_ShareFetchRequest_FetchTopic_v1(e_a8, O)
    a9 = o.forgotten_topics_data
    if a9 is None:
        raise EncodeError('non-nullable array ForgottenTopicsData is None')
    write_uvarint(O, len(a9) + 1)
    for e_a9 in a9:
        _e_ShareFetchRequest_ForgottenTopic_v1(e_a9, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _d_ShareFetchResponse_ShareFetchableTopicResponse_PartitionData_LeaderIdAndEpoch_v1(B: memoryview, P: int) -> tuple[ShareFetchResponse.ShareFetchableTopicResponse.PartitionData.LeaderIdAndEpoch, int]:
    (f0, f1,) = _S_ii.unpack_from(B, P)
    P += 8
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_ShareFetchResponse_ShareFetchableTopicResponse_PartitionData_LeaderIdAndEpoch(f0, f1, tf), P


def _d_ShareFetchResponse_ShareFetchableTopicResponse_PartitionData_AcquiredRecords_v1(B: memoryview, P: int) -> tuple[ShareFetchResponse.ShareFetchableTopicResponse.PartitionData.AcquiredRecords, int]:
    (f0, f1, f2,) = _S_qqh.unpack_from(B, P)
    P += 18
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_ShareFetchResponse_ShareFetchableTopicResponse_PartitionData_AcquiredRecords(f0, f1, f2, tf), P


def _d_ShareFetchResponse_ShareFetchableTopicResponse_PartitionData_v1(B: memoryview, P: int) -> tuple[ShareFetchResponse.ShareFetchableTopicResponse.PartitionData, int]:
    (f0, f1,) = _S_ih.unpack_from(B, P)
    P += 6
    f2, P = read_compact_nullable_string(B, P)
    (f3,) = _S_h.unpack_from(B, P)
    P += 2
    f4, P = read_compact_nullable_string(B, P)
    f5, P = _d_ShareFetchResponse_ShareFetchableTopicResponse_PartitionData_LeaderIdAndEpoch_v1(B, P)
    n_f6 = B[P]
    if n_f6 < 0x80:
        P += 1
    else:
        n_f6, P = read_uvarint(B, P)
    f6: bytes | memoryview | FileRegion | None
    if n_f6 == 0:
        raise DecodeError('non-nullable records field Records is null')
    else:
        end = P + n_f6 - 1
        if end > len(B):
            raise DecodeError(f'records of {n_f6 - 1} bytes exceed the buffer')
        f6 = B[P:end]
        P = end
    n_f7 = B[P]
    if n_f7 < 0x80:
        P += 1
    else:
        n_f7, P = read_uvarint(B, P)
    n_f7 -= 1
    f7: list[ShareFetchResponse.ShareFetchableTopicResponse.PartitionData.AcquiredRecords]
    if n_f7 < 0:
        raise DecodeError(f'non-nullable array AcquiredRecords has length {n_f7}')
    else:
        if n_f7 > len(B) - P:
            raise DecodeError(f'array length {n_f7} exceeds the buffer')
        f7 = []
        for _ in range(n_f7):
            e_f7, P = _d_ShareFetchResponse_ShareFetchableTopicResponse_PartitionData_AcquiredRecords_v1(B, P)
            f7.append(e_f7)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_ShareFetchResponse_ShareFetchableTopicResponse_PartitionData(f0, f1, f2, f3, f4, f5, f6, f7, tf), P


def _d_ShareFetchResponse_ShareFetchableTopicResponse_v1(B: memoryview, P: int) -> tuple[ShareFetchResponse.ShareFetchableTopicResponse, int]:
    f0, P = read_uuid(B, P)
    n_f1 = B[P]
    if n_f1 < 0x80:
        P += 1
    else:
        n_f1, P = read_uvarint(B, P)
    n_f1 -= 1
    f1: list[ShareFetchResponse.ShareFetchableTopicResponse.PartitionData]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Partitions has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_ShareFetchResponse_ShareFetchableTopicResponse_PartitionData_v1(B, P)
            f1.append(e_f1)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_ShareFetchResponse_ShareFetchableTopicResponse(f0, f1, tf), P


def _d_ShareFetchResponse_NodeEndpoint_v1(B: memoryview, P: int) -> tuple[ShareFetchResponse.NodeEndpoint, int]:
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
    return _C_ShareFetchResponse_NodeEndpoint(f0, f1, f2, f3, tf), P


def _d_ShareFetchResponse_v1(B: memoryview, P: int) -> tuple[ShareFetchResponse, int]:
    (f0, f1,) = _S_ih.unpack_from(B, P)
    P += 6
    f2, P = read_compact_nullable_string(B, P)
    (f3,) = _S_i.unpack_from(B, P)
    P += 4
    n_f4 = B[P]
    if n_f4 < 0x80:
        P += 1
    else:
        n_f4, P = read_uvarint(B, P)
    n_f4 -= 1
    f4: list[ShareFetchResponse.ShareFetchableTopicResponse]
    if n_f4 < 0:
        raise DecodeError(f'non-nullable array Responses has length {n_f4}')
    else:
        if n_f4 > len(B) - P:
            raise DecodeError(f'array length {n_f4} exceeds the buffer')
        f4 = []
        for _ in range(n_f4):
            e_f4, P = _d_ShareFetchResponse_ShareFetchableTopicResponse_v1(B, P)
            f4.append(e_f4)
    n_f5 = B[P]
    if n_f5 < 0x80:
        P += 1
    else:
        n_f5, P = read_uvarint(B, P)
    n_f5 -= 1
    f5: list[ShareFetchResponse.NodeEndpoint]
    if n_f5 < 0:
        raise DecodeError(f'non-nullable array NodeEndpoints has length {n_f5}')
    else:
        if n_f5 > len(B) - P:
            raise DecodeError(f'array length {n_f5} exceeds the buffer')
        f5 = []
        for _ in range(n_f5):
            e_f5, P = _d_ShareFetchResponse_NodeEndpoint_v1(B, P)
            f5.append(e_f5)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_ShareFetchResponse(f0, f1, f2, f3, f4, f5, tf), P


def _e_ShareFetchResponse_ShareFetchableTopicResponse_PartitionData_LeaderIdAndEpoch_v1(o: ShareFetchResponse.ShareFetchableTopicResponse.PartitionData.LeaderIdAndEpoch, O: bytearray) -> None:
    O += _S_ii.pack(o.leader_id, o.leader_epoch)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_ShareFetchResponse_ShareFetchableTopicResponse_PartitionData_AcquiredRecords_v1(o: ShareFetchResponse.ShareFetchableTopicResponse.PartitionData.AcquiredRecords, O: bytearray) -> None:
    O += _S_qqh.pack(o.first_offset, o.last_offset, o.delivery_count)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_ShareFetchResponse_ShareFetchableTopicResponse_PartitionData_v1(o: ShareFetchResponse.ShareFetchableTopicResponse.PartitionData, O: bytearray, rg: Regions | None) -> None:
    O += _S_ih.pack(o.partition_index, o.error_code)
    write_compact_nullable_string(O, o.error_message)
    O += _S_h.pack(o.acknowledge_error_code)
    write_compact_nullable_string(O, o.acknowledge_error_message)
    a5 = o.current_leader
    if a5 is None:
        raise EncodeError('non-nullable struct CurrentLeader is None')
    _e_ShareFetchResponse_ShareFetchableTopicResponse_PartitionData_LeaderIdAndEpoch_v1(a5, O)
    write_compact_records(O, o.records, rg, False)
    a7 = o.acquired_records
    if a7 is None:
        raise EncodeError('non-nullable array AcquiredRecords is None')
    write_uvarint(O, len(a7) + 1)
    for e_a7 in a7:
        _e_ShareFetchResponse_ShareFetchableTopicResponse_PartitionData_AcquiredRecords_v1(e_a7, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_ShareFetchResponse_ShareFetchableTopicResponse_v1(o: ShareFetchResponse.ShareFetchableTopicResponse, O: bytearray, rg: Regions | None) -> None:
    write_uuid(O, o.topic_id)
    a1 = o.partitions
    if a1 is None:
        raise EncodeError('non-nullable array Partitions is None')
    write_uvarint(O, len(a1) + 1)
    for e_a1 in a1:
        _e_ShareFetchResponse_ShareFetchableTopicResponse_PartitionData_v1(e_a1, O, rg)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_ShareFetchResponse_NodeEndpoint_v1(o: ShareFetchResponse.NodeEndpoint, O: bytearray) -> None:
    O += _S_i.pack(o.node_id)
    write_compact_string(O, o.host)
    O += _S_i.pack(o.port)
    write_compact_nullable_string(O, o.rack)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_ShareFetchResponse_v1(o: ShareFetchResponse, O: bytearray, rg: Regions | None) -> None:
    O += _S_ih.pack(o.throttle_time_ms, o.error_code)
    write_compact_nullable_string(O, o.error_message)
    O += _S_i.pack(o.acquisition_lock_timeout_ms)
    a4 = o.responses
    if a4 is None:
        raise EncodeError('non-nullable array Responses is None')
    write_uvarint(O, len(a4) + 1)
    for e_a4 in a4:
        _e_ShareFetchResponse_ShareFetchableTopicResponse_v1(e_a4, O, rg)
    a5 = o.node_endpoints
    if a5 is None:
        raise EncodeError('non-nullable array NodeEndpoints is None')
    write_uvarint(O, len(a5) + 1)
    for e_a5 in a5:
        _e_ShareFetchResponse_NodeEndpoint_v1(e_a5, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


_C_ShareFetchRequest = ShareFetchRequest
_C_ShareFetchRequest_FetchTopic = ShareFetchRequest.FetchTopic
_C_ShareFetchRequest_FetchTopic_FetchPartition = ShareFetchRequest.FetchTopic.FetchPartition
_C_ShareFetchRequest_FetchTopic_FetchPartition_AcknowledgementBatch = ShareFetchRequest.FetchTopic.FetchPartition.AcknowledgementBatch
_C_ShareFetchRequest_ForgottenTopic = ShareFetchRequest.ForgottenTopic
_DEF_C_ShareFetchRequest_FetchTopic = _C_ShareFetchRequest_FetchTopic()
_DEF_C_ShareFetchRequest_FetchTopic_FetchPartition = _C_ShareFetchRequest_FetchTopic_FetchPartition()
_DEF_C_ShareFetchRequest_FetchTopic_FetchPartition_AcknowledgementBatch = _C_ShareFetchRequest_FetchTopic_FetchPartition_AcknowledgementBatch()
_DEF_C_ShareFetchRequest_ForgottenTopic = _C_ShareFetchRequest_ForgottenTopic()
_DEC_ShareFetchRequest: dict[int, Decoder[ShareFetchRequest]] = {
    1: _d_ShareFetchRequest_v1,
}
_ENC_ShareFetchRequest: dict[int, Encoder[ShareFetchRequest]] = {
    1: _e_ShareFetchRequest_v1,
}
ShareFetchRequest.FIELDS = (
    FieldInfo('GroupId', 'group_id', 'string', (0, OPEN), (0, OPEN), None, None, False, 'groupId', None, None),
    FieldInfo('MemberId', 'member_id', 'string', (0, OPEN), (0, OPEN), None, None, False, None, None, None),
    FieldInfo('ShareSessionEpoch', 'share_session_epoch', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('MaxWaitMs', 'max_wait_ms', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('MinBytes', 'min_bytes', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('MaxBytes', 'max_bytes', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('MaxRecords', 'max_records', 'int32', (1, OPEN), None, None, None, False, None, None, None),
    FieldInfo('BatchSize', 'batch_size', 'int32', (1, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Topics', 'topics', '[]FetchTopic', (0, OPEN), None, None, None, False, None, None, _C_ShareFetchRequest_FetchTopic),
    FieldInfo('ForgottenTopicsData', 'forgotten_topics_data', '[]ForgottenTopic', (0, OPEN), None, None, None, False, None, None, _C_ShareFetchRequest_ForgottenTopic),
)
ShareFetchRequest.FetchTopic.FIELDS = (
    FieldInfo('TopicId', 'topic_id', 'uuid', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Partitions', 'partitions', '[]FetchPartition', (0, OPEN), None, None, None, False, None, None, _C_ShareFetchRequest_FetchTopic_FetchPartition),
)
ShareFetchRequest.FetchTopic.FetchPartition.FIELDS = (
    FieldInfo('PartitionIndex', 'partition_index', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('PartitionMaxBytes', 'partition_max_bytes', 'int32', (0, 0), None, None, None, False, None, None, None),
    FieldInfo('AcknowledgementBatches', 'acknowledgement_batches', '[]AcknowledgementBatch', (0, OPEN), None, None, None, False, None, None, _C_ShareFetchRequest_FetchTopic_FetchPartition_AcknowledgementBatch),
)
ShareFetchRequest.FetchTopic.FetchPartition.AcknowledgementBatch.FIELDS = (
    FieldInfo('FirstOffset', 'first_offset', 'int64', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('LastOffset', 'last_offset', 'int64', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('AcknowledgeTypes', 'acknowledge_types', '[]int8', (0, OPEN), None, None, None, False, None, None, None),
)
ShareFetchRequest.ForgottenTopic.FIELDS = (
    FieldInfo('TopicId', 'topic_id', 'uuid', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Partitions', 'partitions', '[]int32', (0, OPEN), None, None, None, False, None, None, None),
)

_C_ShareFetchResponse = ShareFetchResponse
_C_ShareFetchResponse_ShareFetchableTopicResponse = ShareFetchResponse.ShareFetchableTopicResponse
_C_ShareFetchResponse_ShareFetchableTopicResponse_PartitionData = ShareFetchResponse.ShareFetchableTopicResponse.PartitionData
_C_ShareFetchResponse_ShareFetchableTopicResponse_PartitionData_LeaderIdAndEpoch = ShareFetchResponse.ShareFetchableTopicResponse.PartitionData.LeaderIdAndEpoch
_C_ShareFetchResponse_ShareFetchableTopicResponse_PartitionData_AcquiredRecords = ShareFetchResponse.ShareFetchableTopicResponse.PartitionData.AcquiredRecords
_C_ShareFetchResponse_NodeEndpoint = ShareFetchResponse.NodeEndpoint
_DEF_C_ShareFetchResponse_ShareFetchableTopicResponse = _C_ShareFetchResponse_ShareFetchableTopicResponse()
_DEF_C_ShareFetchResponse_ShareFetchableTopicResponse_PartitionData = _C_ShareFetchResponse_ShareFetchableTopicResponse_PartitionData()
_DEF_C_ShareFetchResponse_ShareFetchableTopicResponse_PartitionData_LeaderIdAndEpoch = _C_ShareFetchResponse_ShareFetchableTopicResponse_PartitionData_LeaderIdAndEpoch()
_DEF_C_ShareFetchResponse_ShareFetchableTopicResponse_PartitionData_AcquiredRecords = _C_ShareFetchResponse_ShareFetchableTopicResponse_PartitionData_AcquiredRecords()
_DEF_C_ShareFetchResponse_NodeEndpoint = _C_ShareFetchResponse_NodeEndpoint()
_DEC_ShareFetchResponse: dict[int, Decoder[ShareFetchResponse]] = {
    1: _d_ShareFetchResponse_v1,
}
_ENC_ShareFetchResponse: dict[int, RegionEncoder[ShareFetchResponse]] = {
    1: _e_ShareFetchResponse_v1,
}
ShareFetchResponse.FIELDS = (
    FieldInfo('ThrottleTimeMs', 'throttle_time_ms', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('ErrorCode', 'error_code', 'int16', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('ErrorMessage', 'error_message', 'string', (0, OPEN), (0, OPEN), None, None, False, None, None, None),
    FieldInfo('AcquisitionLockTimeoutMs', 'acquisition_lock_timeout_ms', 'int32', (1, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Responses', 'responses', '[]ShareFetchableTopicResponse', (0, OPEN), None, None, None, False, None, None, _C_ShareFetchResponse_ShareFetchableTopicResponse),
    FieldInfo('NodeEndpoints', 'node_endpoints', '[]NodeEndpoint', (0, OPEN), None, None, None, False, None, None, _C_ShareFetchResponse_NodeEndpoint),
)
ShareFetchResponse.ShareFetchableTopicResponse.FIELDS = (
    FieldInfo('TopicId', 'topic_id', 'uuid', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Partitions', 'partitions', '[]PartitionData', (0, OPEN), None, None, None, False, None, None, _C_ShareFetchResponse_ShareFetchableTopicResponse_PartitionData),
)
ShareFetchResponse.ShareFetchableTopicResponse.PartitionData.FIELDS = (
    FieldInfo('PartitionIndex', 'partition_index', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('ErrorCode', 'error_code', 'int16', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('ErrorMessage', 'error_message', 'string', (0, OPEN), (0, OPEN), None, None, False, None, None, None),
    FieldInfo('AcknowledgeErrorCode', 'acknowledge_error_code', 'int16', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('AcknowledgeErrorMessage', 'acknowledge_error_message', 'string', (0, OPEN), (0, OPEN), None, None, False, None, None, None),
    FieldInfo('CurrentLeader', 'current_leader', 'LeaderIdAndEpoch', (0, OPEN), None, None, None, False, None, None, _C_ShareFetchResponse_ShareFetchableTopicResponse_PartitionData_LeaderIdAndEpoch),
    FieldInfo('Records', 'records', 'records', (0, OPEN), (0, 0), None, None, False, None, None, None),
    FieldInfo('AcquiredRecords', 'acquired_records', '[]AcquiredRecords', (0, OPEN), None, None, None, False, None, None, _C_ShareFetchResponse_ShareFetchableTopicResponse_PartitionData_AcquiredRecords),
)
ShareFetchResponse.ShareFetchableTopicResponse.PartitionData.LeaderIdAndEpoch.FIELDS = (
    FieldInfo('LeaderId', 'leader_id', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('LeaderEpoch', 'leader_epoch', 'int32', (0, OPEN), None, None, None, False, None, None, None),
)
ShareFetchResponse.ShareFetchableTopicResponse.PartitionData.AcquiredRecords.FIELDS = (
    FieldInfo('FirstOffset', 'first_offset', 'int64', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('LastOffset', 'last_offset', 'int64', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('DeliveryCount', 'delivery_count', 'int16', (0, OPEN), None, None, None, False, None, None, None),
)
ShareFetchResponse.NodeEndpoint.FIELDS = (
    FieldInfo('NodeId', 'node_id', 'int32', (0, OPEN), None, None, None, False, 'brokerId', None, None),
    FieldInfo('Host', 'host', 'string', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Port', 'port', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Rack', 'rack', 'string', (0, OPEN), (0, OPEN), None, None, False, None, None, None),
)
