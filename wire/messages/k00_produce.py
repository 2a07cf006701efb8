"""API key 0: Produce.

GENERATED - DO NOT EDIT. Written by ``python -m wire.generator`` from Apache Kafka 4.1.1's
message definitions (ProduceRequest.json, ProduceResponse.json).
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


_S_hi = struct.Struct('>hi')
_S_hii = struct.Struct('>hii')
_S_i = struct.Struct('>i')
_S_ihqq = struct.Struct('>ihqq')
_S_ihqqq = struct.Struct('>ihqqq')
_S_ihqqqi = struct.Struct('>ihqqqi')
_S_ii = struct.Struct('>ii')


@dataclass(slots=True)
class ProduceRequest:
    """ProduceRequest (API key 0, versions 3-13).

    Generated from ProduceRequest.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = 0
    MIN_VERSION: ClassVar[int] = 3
    MAX_VERSION: ClassVar[int] = 13
    LATEST_VERSION: ClassVar[int] = 13
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
    FLEXIBLE_MIN: ClassVar[int | None] = 9
    #: Who serves this request in Kafka (empty for responses).
    LISTENERS: ClassVar[tuple[str, ...]] = ('broker',)
    FIELDS: ClassVar[tuple[FieldInfo, ...]]

    @dataclass(slots=True)
    class TopicProduceData:
        FIELDS: ClassVar[tuple[FieldInfo, ...]]

        @dataclass(slots=True)
        class PartitionProduceData:
            FIELDS: ClassVar[tuple[FieldInfo, ...]]

            #: The partition index.
            index: int = 0
            #: The record data to be produced.
            records: bytes | memoryview | FileRegion | None = None
            #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
            unknown_tagged_fields: list[tuple[int, bytes]] | None = None

        #: The topic name.
        name: str = ''
        #: The unique topic ID
        topic_id: UUID = ZERO_UUID
        #: Each partition to produce to.
        partition_data: list[ProduceRequest.TopicProduceData.PartitionProduceData] = field(default_factory=list)
        #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
        unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    PartitionProduceData = TopicProduceData.PartitionProduceData
    #: The transactional ID, or null if the producer is not transactional.
    transactional_id: str | None = None
    #: The number of acknowledgments the producer requires the leader to have received before considering a request complete. Allowed values: 0 for no acknowledgments, 1 for only the leader and -1 for the full ISR.
    acks: int = 0
    #: The timeout to await a response in milliseconds.
    timeout_ms: int = 0
    #: Each topic to produce to.
    topic_data: list[ProduceRequest.TopicProduceData] = field(default_factory=list)
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> ProduceRequest:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_ProduceRequest, data, version, 'ProduceRequest', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_region_body(_ENC_ProduceRequest, self, version, 'ProduceRequest')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_region_chunks(_ENC_ProduceRequest, self, version, 'ProduceRequest')


@dataclass(slots=True)
class ProduceResponse:
    """ProduceResponse (API key 0, versions 3-13).

    Generated from ProduceResponse.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = 0
    MIN_VERSION: ClassVar[int] = 3
    MAX_VERSION: ClassVar[int] = 13
    LATEST_VERSION: ClassVar[int] = 13
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
    FLEXIBLE_MIN: ClassVar[int | None] = 9
    #: Who serves this request in Kafka (empty for responses).
    LISTENERS: ClassVar[tuple[str, ...]] = ()
    FIELDS: ClassVar[tuple[FieldInfo, ...]]

    @dataclass(slots=True)
    class TopicProduceResponse:
        FIELDS: ClassVar[tuple[FieldInfo, ...]]

        @dataclass(slots=True)
        class PartitionProduceResponse:
            FIELDS: ClassVar[tuple[FieldInfo, ...]]

            @dataclass(slots=True)
            class BatchIndexAndErrorMessage:
                FIELDS: ClassVar[tuple[FieldInfo, ...]]

                #: The batch index of the record that caused the batch to be dropped.
                batch_index: int = 0
                #: The error message of the record that caused the batch to be dropped.
                batch_index_error_message: str | None = None
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

            #: The partition index.
            index: int = 0
            #: The error code, or 0 if there was no error.
            error_code: int = 0
            #: The base offset.
            base_offset: int = 0
            #: The timestamp returned by broker after appending the messages. If CreateTime is used for the topic, the timestamp will be -1.  If LogAppendTime is used for the topic, the timestamp will be the broker local time when the messages are appended.
            log_append_time_ms: int = -1
            #: The log start offset.
            log_start_offset: int = -1
            #: The batch indices of records that caused the batch to be dropped.
            record_errors: list[ProduceResponse.TopicProduceResponse.PartitionProduceResponse.BatchIndexAndErrorMessage] = field(default_factory=list)
            #: The global error message summarizing the common root cause of the records that caused the batch to be dropped.
            error_message: str | None = None
            #: The leader broker that the producer should use for future requests.
            current_leader: ProduceResponse.TopicProduceResponse.PartitionProduceResponse.LeaderIdAndEpoch = field(default_factory=lambda: _C_ProduceResponse_TopicProduceResponse_PartitionProduceResponse_LeaderIdAndEpoch())
            #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
            unknown_tagged_fields: list[tuple[int, bytes]] | None = None

        #: The topic name.
        name: str = ''
        #: The unique topic ID
        topic_id: UUID = ZERO_UUID
        #: Each partition that we produced to within the topic.
        partition_responses: list[ProduceResponse.TopicProduceResponse.PartitionProduceResponse] = field(default_factory=list)
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

    BatchIndexAndErrorMessage = TopicProduceResponse.PartitionProduceResponse.BatchIndexAndErrorMessage
    LeaderIdAndEpoch = TopicProduceResponse.PartitionProduceResponse.LeaderIdAndEpoch
    PartitionProduceResponse = TopicProduceResponse.PartitionProduceResponse
    #: Each produce response.
    responses: list[ProduceResponse.TopicProduceResponse] = field(default_factory=list)
    #: The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    throttle_time_ms: int = 0
    #: Endpoints for all current-leaders enumerated in PartitionProduceResponses, with errors NOT_LEADER_OR_FOLLOWER.
    node_endpoints: list[ProduceResponse.NodeEndpoint] = field(default_factory=list)
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> ProduceResponse:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_ProduceResponse, data, version, 'ProduceResponse', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_ProduceResponse, self, version, 'ProduceResponse')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_ProduceResponse, self, version, 'ProduceResponse')

def _d_ProduceRequest_TopicProduceData_PartitionProduceData_v3(B: memoryview, P: int) -> tuple[ProduceRequest.TopicProduceData.PartitionProduceData, int]:
    (f0, n_f1,) = _S_ii.unpack_from(B, P)
    P += 8
    f1: bytes | memoryview | FileRegion | None
    if n_f1 < 0:
        if n_f1 != -1:
            raise DecodeError(f'negative records length {n_f1}')
        f1 = None
    else:
        end = P + n_f1
        if end > len(B):
            raise DecodeError(f'records of {n_f1} bytes exceed the buffer')
        f1 = B[P:end]
        P = end
    return _C_ProduceRequest_TopicProduceData_PartitionProduceData(f0, f1, None), P


def _d_ProduceRequest_TopicProduceData_v3(B: memoryview, P: int) -> tuple[ProduceRequest.TopicProduceData, int]:
    f0, P = read_string(B, P)
    (n_f2,) = _S_i.unpack_from(B, P)
    P += 4
    f2: list[ProduceRequest.TopicProduceData.PartitionProduceData]
    if n_f2 < 0:
        raise DecodeError(f'non-nullable array PartitionData has length {n_f2}')
    else:
        if n_f2 > len(B) - P:
            raise DecodeError(f'array length {n_f2} exceeds the buffer')
        f2 = []
        for _ in range(n_f2):
            e_f2, P = _d_ProduceRequest_TopicProduceData_PartitionProduceData_v3(B, P)
            f2.append(e_f2)
    return _C_ProduceRequest_TopicProduceData(f0, ZERO_UUID, f2, None), P


def _d_ProduceRequest_v3(B: memoryview, P: int) -> tuple[ProduceRequest, int]:
    f0, P = read_nullable_string(B, P)
    (f1, f2, n_f3,) = _S_hii.unpack_from(B, P)
    P += 10
    f3: list[ProduceRequest.TopicProduceData]
    if n_f3 < 0:
        raise DecodeError(f'non-nullable array TopicData has length {n_f3}')
    else:
        if n_f3 > len(B) - P:
            raise DecodeError(f'array length {n_f3} exceeds the buffer')
        f3 = []
        for _ in range(n_f3):
            e_f3, P = _d_ProduceRequest_TopicProduceData_v3(B, P)
            f3.append(e_f3)
    return _C_ProduceRequest(f0, f1, f2, f3, None), P


def _d_ProduceRequest_TopicProduceData_PartitionProduceData_v9(B: memoryview, P: int) -> tuple[ProduceRequest.TopicProduceData.PartitionProduceData, int]:
    (f0,) = _S_i.unpack_from(B, P)
    P += 4
    n_f1 = B[P]
    if n_f1 < 0x80:
        P += 1
    else:
        n_f1, P = read_uvarint(B, P)
    f1: bytes | memoryview | FileRegion | None
    if n_f1 == 0:
        f1 = None
    else:
        end = P + n_f1 - 1
        if end > len(B):
            raise DecodeError(f'records of {n_f1 - 1} bytes exceed the buffer')
        f1 = B[P:end]
        P = end
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_ProduceRequest_TopicProduceData_PartitionProduceData(f0, f1, tf), P


def _d_ProduceRequest_TopicProduceData_v9(B: memoryview, P: int) -> tuple[ProduceRequest.TopicProduceData, int]:
    f0, P = read_compact_string(B, P)
    n_f2 = B[P]
    if n_f2 < 0x80:
        P += 1
    else:
        n_f2, P = read_uvarint(B, P)
    n_f2 -= 1
    f2: list[ProduceRequest.TopicProduceData.PartitionProduceData]
    if n_f2 < 0:
        raise DecodeError(f'non-nullable array PartitionData has length {n_f2}')
    else:
        if n_f2 > len(B) - P:
            raise DecodeError(f'array length {n_f2} exceeds the buffer')
        f2 = []
        for _ in range(n_f2):
            e_f2, P = _d_ProduceRequest_TopicProduceData_PartitionProduceData_v9(B, P)
            f2.append(e_f2)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_ProduceRequest_TopicProduceData(f0, ZERO_UUID, f2, tf), P


def _d_ProduceRequest_v9(B: memoryview, P: int) -> tuple[ProduceRequest, int]:
    f0, P = read_compact_nullable_string(B, P)
    (f1, f2,) = _S_hi.unpack_from(B, P)
    P += 6
    n_f3 = B[P]
    if n_f3 < 0x80:
        P += 1
    else:
        n_f3, P = read_uvarint(B, P)
    n_f3 -= 1
    f3: list[ProduceRequest.TopicProduceData]
    if n_f3 < 0:
        raise DecodeError(f'non-nullable array TopicData has length {n_f3}')
    else:
        if n_f3 > len(B) - P:
            raise DecodeError(f'array length {n_f3} exceeds the buffer')
        f3 = []
        for _ in range(n_f3):
            e_f3, P = _d_ProduceRequest_TopicProduceData_v9(B, P)
            f3.append(e_f3)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_ProduceRequest(f0, f1, f2, f3, tf), P


def _d_ProduceRequest_TopicProduceData_v13(B: memoryview, P: int) -> tuple[ProduceRequest.TopicProduceData, int]:
    f1, P = read_uuid(B, P)
    n_f2 = B[P]
    if n_f2 < 0x80:
        P += 1
    else:
        n_f2, P = read_uvarint(B, P)
    n_f2 -= 1
    f2: list[ProduceRequest.TopicProduceData.PartitionProduceData]
    if n_f2 < 0:
        raise DecodeError(f'non-nullable array PartitionData has length {n_f2}')
    else:
        if n_f2 > len(B) - P:
            raise DecodeError(f'array length {n_f2} exceeds the buffer')
        f2 = []
        for _ in range(n_f2):
            e_f2, P = _d_ProduceRequest_TopicProduceData_PartitionProduceData_v9(B, P)
            f2.append(e_f2)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_ProduceRequest_TopicProduceData('', f1, f2, tf), P


def _d_ProduceRequest_v13(B: memoryview, P: int) -> tuple[ProduceRequest, int]:
    f0, P = read_compact_nullable_string(B, P)
    (f1, f2,) = _S_hi.unpack_from(B, P)
    P += 6
    n_f3 = B[P]
    if n_f3 < 0x80:
        P += 1
    else:
        n_f3, P = read_uvarint(B, P)
    n_f3 -= 1
    f3: list[ProduceRequest.TopicProduceData]
    if n_f3 < 0:
        raise DecodeError(f'non-nullable array TopicData has length {n_f3}')
    else:
        if n_f3 > len(B) - P:
            raise DecodeError(f'array length {n_f3} exceeds the buffer')
        f3 = []
        for _ in range(n_f3):
            e_f3, P = _d_ProduceRequest_TopicProduceData_v13(B, P)
            f3.append(e_f3)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_ProduceRequest(f0, f1, f2, f3, tf), P


def _e_ProduceRequest_TopicProduceData_PartitionProduceData_v3(o: ProduceRequest.TopicProduceData.PartitionProduceData, O: bytearray, rg: Regions | None) -> None:
    O += _S_i.pack(o.index)
    write_records(O, o.records, rg, True)


def _e_ProduceRequest_TopicProduceData_v3(o: ProduceRequest.TopicProduceData, O: bytearray, rg: Regions | None) -> None:
    write_string(O, o.name)
    a1 = o.partition_data
    if a1 is None:
        raise EncodeError('non-nullable array PartitionData is None')
    O += _S_i.pack(len(a1))
    for e_a1 in a1:
        _e_ProduceRequest_TopicProduceData_PartitionProduceData_v3(e_a1, O, rg)


def _e_ProduceRequest_v3(o: ProduceRequest, O: bytearray, rg: Regions | None) -> None:
    write_nullable_string(O, o.transactional_id)
    a3 = o.topic_data
    if a3 is None:
        raise EncodeError('non-nullable array TopicData is None')
    O += _S_hii.pack(o.acks, o.timeout_ms, len(a3))
    for e_a3 in a3:
        _e_ProduceRequest_TopicProduceData_v3(e_a3, O, rg)


def _e_ProduceRequest_TopicProduceData_PartitionProduceData_v9(o: ProduceRequest.TopicProduceData.PartitionProduceData, O: bytearray, rg: Regions | None) -> None:
    O += _S_i.pack(o.index)
    write_compact_records(O, o.records, rg, True)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_ProduceRequest_TopicProduceData_v9(o: ProduceRequest.TopicProduceData, O: bytearray, rg: Regions | None) -> None:
    write_compact_string(O, o.name)
    a1 = o.partition_data
    if a1 is None:
        raise EncodeError('non-nullable array PartitionData is None')
    write_uvarint(O, len(a1) + 1)
    for e_a1 in a1:
        _e_ProduceRequest_TopicProduceData_PartitionProduceData_v9(e_a1, O, rg)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_ProduceRequest_v9(o: ProduceRequest, O: bytearray, rg: Regions | None) -> None:
    write_compact_nullable_string(O, o.transactional_id)
    O += _S_hi.pack(o.acks, o.timeout_ms)
    a3 = o.topic_data
    if a3 is None:
        raise EncodeError('non-nullable array TopicData is None')
    write_uvarint(O, len(a3) + 1)
    for e_a3 in a3:
        _e_ProduceRequest_TopicProduceData_v9(e_a3, O, rg)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_ProduceRequest_TopicProduceData_v13(o: ProduceRequest.TopicProduceData, O: bytearray, rg: Regions | None) -> None:
    write_uuid(O, o.topic_id)
    a1 = o.partition_data
    if a1 is None:
        raise EncodeError('non-nullable array PartitionData is None')
    write_uvarint(O, len(a1) + 1)
    for e_a1 in a1:
        _e_ProduceRequest_TopicProduceData_PartitionProduceData_v9(e_a1, O, rg)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_ProduceRequest_v13(o: ProduceRequest, O: bytearray, rg: Regions | None) -> None:
    write_compact_nullable_string(O, o.transactional_id)
    O += _S_hi.pack(o.acks, o.timeout_ms)
    a3 = o.topic_data
    if a3 is None:
        raise EncodeError('non-nullable array TopicData is None')
    write_uvarint(O, len(a3) + 1)
    for e_a3 in a3:
        _e_ProduceRequest_TopicProduceData_v13(e_a3, O, rg)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _d_ProduceResponse_TopicProduceResponse_PartitionProduceResponse_v3(B: memoryview, P: int) -> tuple[ProduceResponse.TopicProduceResponse.PartitionProduceResponse, int]:
    (f0, f1, f2, f3,) = _S_ihqq.unpack_from(B, P)
    P += 22
    return _C_ProduceResponse_TopicProduceResponse_PartitionProduceResponse(f0, f1, f2, f3, -1, [], None, _C_ProduceResponse_TopicProduceResponse_PartitionProduceResponse_LeaderIdAndEpoch(), None), P


def _d_ProduceResponse_TopicProduceResponse_v3(B: memoryview, P: int) -> tuple[ProduceResponse.TopicProduceResponse, int]:
    f0, P = read_string(B, P)
    (n_f2,) = _S_i.unpack_from(B, P)
    P += 4
    f2: list[ProduceResponse.TopicProduceResponse.PartitionProduceResponse]
    if n_f2 < 0:
        raise DecodeError(f'non-nullable array PartitionResponses has length {n_f2}')
    else:
        if n_f2 > len(B) - P:
            raise DecodeError(f'array length {n_f2} exceeds the buffer')
        f2 = []
        for _ in range(n_f2):
            e_f2, P = _d_ProduceResponse_TopicProduceResponse_PartitionProduceResponse_v3(B, P)
            f2.append(e_f2)
    return _C_ProduceResponse_TopicProduceResponse(f0, ZERO_UUID, f2, None), P


def _d_ProduceResponse_v3(B: memoryview, P: int) -> tuple[ProduceResponse, int]:
    (n_f0,) = _S_i.unpack_from(B, P)
    P += 4
    f0: list[ProduceResponse.TopicProduceResponse]
    if n_f0 < 0:
        raise DecodeError(f'non-nullable array Responses has length {n_f0}')
    else:
        if n_f0 > len(B) - P:
            raise DecodeError(f'array length {n_f0} exceeds the buffer')
        f0 = []
        for _ in range(n_f0):
            e_f0, P = _d_ProduceResponse_TopicProduceResponse_v3(B, P)
            f0.append(e_f0)
    (f1,) = _S_i.unpack_from(B, P)
    P += 4
    return _C_ProduceResponse(f0, f1, [], None), P


def _d_ProduceResponse_TopicProduceResponse_PartitionProduceResponse_v5(B: memoryview, P: int) -> tuple[ProduceResponse.TopicProduceResponse.PartitionProduceResponse, int]:
    (f0, f1, f2, f3, f4,) = _S_ihqqq.unpack_from(B, P)
    P += 30
    return _C_ProduceResponse_TopicProduceResponse_PartitionProduceResponse(f0, f1, f2, f3, f4, [], None, _C_ProduceResponse_TopicProduceResponse_PartitionProduceResponse_LeaderIdAndEpoch(), None), P


def _d_ProduceResponse_TopicProduceResponse_v5(B: memoryview, P: int) -> tuple[ProduceResponse.TopicProduceResponse, int]:
    f0, P = read_string(B, P)
    (n_f2,) = _S_i.unpack_from(B, P)
    P += 4
    f2: list[ProduceResponse.TopicProduceResponse.PartitionProduceResponse]
    if n_f2 < 0:
        raise DecodeError(f'non-nullable array PartitionResponses has length {n_f2}')
    else:
        if n_f2 > len(B) - P:
            raise DecodeError(f'array length {n_f2} exceeds the buffer')
        f2 = []
        for _ in range(n_f2):
            e_f2, P = _d_ProduceResponse_TopicProduceResponse_PartitionProduceResponse_v5(B, P)
            f2.append(e_f2)
    return _C_ProduceResponse_TopicProduceResponse(f0, ZERO_UUID, f2, None), P


def _d_ProduceResponse_v5(B: memoryview, P: int) -> tuple[ProduceResponse, int]:
    (n_f0,) = _S_i.unpack_from(B, P)
    P += 4
    f0: list[ProduceResponse.TopicProduceResponse]
    if n_f0 < 0:
        raise DecodeError(f'non-nullable array Responses has length {n_f0}')
    else:
        if n_f0 > len(B) - P:
            raise DecodeError(f'array length {n_f0} exceeds the buffer')
        f0 = []
        for _ in range(n_f0):
            e_f0, P = _d_ProduceResponse_TopicProduceResponse_v5(B, P)
            f0.append(e_f0)
    (f1,) = _S_i.unpack_from(B, P)
    P += 4
    return _C_ProduceResponse(f0, f1, [], None), P


def _d_ProduceResponse_TopicProduceResponse_PartitionProduceResponse_BatchIndexAndErrorMessage_v8(B: memoryview, P: int) -> tuple[ProduceResponse.TopicProduceResponse.PartitionProduceResponse.BatchIndexAndErrorMessage, int]:
    (f0,) = _S_i.unpack_from(B, P)
    P += 4
    f1, P = read_nullable_string(B, P)
    return _C_ProduceResponse_TopicProduceResponse_PartitionProduceResponse_BatchIndexAndErrorMessage(f0, f1, None), P


def _d_ProduceResponse_TopicProduceResponse_PartitionProduceResponse_v8(B: memoryview, P: int) -> tuple[ProduceResponse.TopicProduceResponse.PartitionProduceResponse, int]:
    (f0, f1, f2, f3, f4, n_f5,) = _S_ihqqqi.unpack_from(B, P)
    P += 34
    f5: list[ProduceResponse.TopicProduceResponse.PartitionProduceResponse.BatchIndexAndErrorMessage]
    if n_f5 < 0:
        raise DecodeError(f'non-nullable array RecordErrors has length {n_f5}')
    else:
        if n_f5 > len(B) - P:
            raise DecodeError(f'array length {n_f5} exceeds the buffer')
        f5 = []
        for _ in range(n_f5):
            e_f5, P = _d_ProduceResponse_TopicProduceResponse_PartitionProduceResponse_BatchIndexAndErrorMessage_v8(B, P)
            f5.append(e_f5)
    f6, P = read_nullable_string(B, P)
    return _C_ProduceResponse_TopicProduceResponse_PartitionProduceResponse(f0, f1, f2, f3, f4, f5, f6, _C_ProduceResponse_TopicProduceResponse_PartitionProduceResponse_LeaderIdAndEpoch(), None), P


def _d_ProduceResponse_TopicProduceResponse_v8(B: memoryview, P: int) -> tuple[ProduceResponse.TopicProduceResponse, int]:
    f0, P = read_string(B, P)
    (n_f2,) = _S_i.unpack_from(B, P)
    P += 4
    f2: list[ProduceResponse.TopicProduceResponse.PartitionProduceResponse]
    if n_f2 < 0:
        raise DecodeError(f'non-nullable array PartitionResponses has length {n_f2}')
    else:
        if n_f2 > len(B) - P:
            raise DecodeError(f'array length {n_f2} exceeds the buffer')
        f2 = []
        for _ in range(n_f2):
            e_f2, P = _d_ProduceResponse_TopicProduceResponse_PartitionProduceResponse_v8(B, P)
            f2.append(e_f2)
    return _C_ProduceResponse_TopicProduceResponse(f0, ZERO_UUID, f2, None), P


def _d_ProduceResponse_v8(B: memoryview, P: int) -> tuple[ProduceResponse, int]:
    (n_f0,) = _S_i.unpack_from(B, P)
    P += 4
    f0: list[ProduceResponse.TopicProduceResponse]
    if n_f0 < 0:
        raise DecodeError(f'non-nullable array Responses has length {n_f0}')
    else:
        if n_f0 > len(B) - P:
            raise DecodeError(f'array length {n_f0} exceeds the buffer')
        f0 = []
        for _ in range(n_f0):
            e_f0, P = _d_ProduceResponse_TopicProduceResponse_v8(B, P)
            f0.append(e_f0)
    (f1,) = _S_i.unpack_from(B, P)
    P += 4
    return _C_ProduceResponse(f0, f1, [], None), P


def _d_ProduceResponse_TopicProduceResponse_PartitionProduceResponse_BatchIndexAndErrorMessage_v9(B: memoryview, P: int) -> tuple[ProduceResponse.TopicProduceResponse.PartitionProduceResponse.BatchIndexAndErrorMessage, int]:
    (f0,) = _S_i.unpack_from(B, P)
    P += 4
    f1, P = read_compact_nullable_string(B, P)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_ProduceResponse_TopicProduceResponse_PartitionProduceResponse_BatchIndexAndErrorMessage(f0, f1, tf), P


def _d_ProduceResponse_TopicProduceResponse_PartitionProduceResponse_v9(B: memoryview, P: int) -> tuple[ProduceResponse.TopicProduceResponse.PartitionProduceResponse, int]:
    (f0, f1, f2, f3, f4,) = _S_ihqqq.unpack_from(B, P)
    P += 30
    n_f5 = B[P]
    if n_f5 < 0x80:
        P += 1
    else:
        n_f5, P = read_uvarint(B, P)
    n_f5 -= 1
    f5: list[ProduceResponse.TopicProduceResponse.PartitionProduceResponse.BatchIndexAndErrorMessage]
    if n_f5 < 0:
        raise DecodeError(f'non-nullable array RecordErrors has length {n_f5}')
    else:
        if n_f5 > len(B) - P:
            raise DecodeError(f'array length {n_f5} exceeds the buffer')
        f5 = []
        for _ in range(n_f5):
            e_f5, P = _d_ProduceResponse_TopicProduceResponse_PartitionProduceResponse_BatchIndexAndErrorMessage_v9(B, P)
            f5.append(e_f5)
    f6, P = read_compact_nullable_string(B, P)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_ProduceResponse_TopicProduceResponse_PartitionProduceResponse(f0, f1, f2, f3, f4, f5, f6, _C_ProduceResponse_TopicProduceResponse_PartitionProduceResponse_LeaderIdAndEpoch(), tf), P


def _d_ProduceResponse_TopicProduceResponse_v9(B: memoryview, P: int) -> tuple[ProduceResponse.TopicProduceResponse, int]:
    f0, P = read_compact_string(B, P)
    n_f2 = B[P]
    if n_f2 < 0x80:
        P += 1
    else:
        n_f2, P = read_uvarint(B, P)
    n_f2 -= 1
    f2: list[ProduceResponse.TopicProduceResponse.PartitionProduceResponse]
    if n_f2 < 0:
        raise DecodeError(f'non-nullable array PartitionResponses has length {n_f2}')
    else:
        if n_f2 > len(B) - P:
            raise DecodeError(f'array length {n_f2} exceeds the buffer')
        f2 = []
        for _ in range(n_f2):
            e_f2, P = _d_ProduceResponse_TopicProduceResponse_PartitionProduceResponse_v9(B, P)
            f2.append(e_f2)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_ProduceResponse_TopicProduceResponse(f0, ZERO_UUID, f2, tf), P


def _d_ProduceResponse_v9(B: memoryview, P: int) -> tuple[ProduceResponse, int]:
    n_f0 = B[P]
    if n_f0 < 0x80:
        P += 1
    else:
        n_f0, P = read_uvarint(B, P)
    n_f0 -= 1
    f0: list[ProduceResponse.TopicProduceResponse]
    if n_f0 < 0:
        raise DecodeError(f'non-nullable array Responses has length {n_f0}')
    else:
        if n_f0 > len(B) - P:
            raise DecodeError(f'array length {n_f0} exceeds the buffer')
        f0 = []
        for _ in range(n_f0):
            e_f0, P = _d_ProduceResponse_TopicProduceResponse_v9(B, P)
            f0.append(e_f0)
    (f1,) = _S_i.unpack_from(B, P)
    P += 4
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_ProduceResponse(f0, f1, [], tf), P


def _d_ProduceResponse_TopicProduceResponse_PartitionProduceResponse_LeaderIdAndEpoch_v10(B: memoryview, P: int) -> tuple[ProduceResponse.TopicProduceResponse.PartitionProduceResponse.LeaderIdAndEpoch, int]:
    (f0, f1,) = _S_ii.unpack_from(B, P)
    P += 8
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_ProduceResponse_TopicProduceResponse_PartitionProduceResponse_LeaderIdAndEpoch(f0, f1, tf), P


def _d_ProduceResponse_TopicProduceResponse_PartitionProduceResponse_v10(B: memoryview, P: int) -> tuple[ProduceResponse.TopicProduceResponse.PartitionProduceResponse, int]:
    (f0, f1, f2, f3, f4,) = _S_ihqqq.unpack_from(B, P)
    P += 30
    n_f5 = B[P]
    if n_f5 < 0x80:
        P += 1
    else:
        n_f5, P = read_uvarint(B, P)
    n_f5 -= 1
    f5: list[ProduceResponse.TopicProduceResponse.PartitionProduceResponse.BatchIndexAndErrorMessage]
    if n_f5 < 0:
        raise DecodeError(f'non-nullable array RecordErrors has length {n_f5}')
    else:
        if n_f5 > len(B) - P:
            raise DecodeError(f'array length {n_f5} exceeds the buffer')
        f5 = []
        for _ in range(n_f5):
            e_f5, P = _d_ProduceResponse_TopicProduceResponse_PartitionProduceResponse_BatchIndexAndErrorMessage_v9(B, P)
            f5.append(e_f5)
    f6, P = read_compact_nullable_string(B, P)
    tf: list[tuple[int, bytes]] | None = None
    f7: ProduceResponse.TopicProduceResponse.PartitionProduceResponse.LeaderIdAndEpoch = _C_ProduceResponse_TopicProduceResponse_PartitionProduceResponse_LeaderIdAndEpoch()
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
                f7, p2 = _d_ProduceResponse_TopicProduceResponse_PartitionProduceResponse_LeaderIdAndEpoch_v10(sb, p2)
                if p2 != end:
                    raise DecodeError('tagged field CurrentLeader has the wrong size')
            else:
                if tf is None:
                    tf = []
                tf.append((tag, bytes(B[P:end])))
            P = end
    return _C_ProduceResponse_TopicProduceResponse_PartitionProduceResponse(f0, f1, f2, f3, f4, f5, f6, f7, tf), P


def _d_ProduceResponse_TopicProduceResponse_v10(B: memoryview, P: int) -> tuple[ProduceResponse.TopicProduceResponse, int]:
    f0, P = read_compact_string(B, P)
    n_f2 = B[P]
    if n_f2 < 0x80:
        P += 1
    else:
        n_f2, P = read_uvarint(B, P)
    n_f2 -= 1
    f2: list[ProduceResponse.TopicProduceResponse.PartitionProduceResponse]
    if n_f2 < 0:
        raise DecodeError(f'non-nullable array PartitionResponses has length {n_f2}')
    else:
        if n_f2 > len(B) - P:
            raise DecodeError(f'array length {n_f2} exceeds the buffer')
        f2 = []
        for _ in range(n_f2):
            e_f2, P = _d_ProduceResponse_TopicProduceResponse_PartitionProduceResponse_v10(B, P)
            f2.append(e_f2)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_ProduceResponse_TopicProduceResponse(f0, ZERO_UUID, f2, tf), P


def _d_ProduceResponse_NodeEndpoint_v10(B: memoryview, P: int) -> tuple[ProduceResponse.NodeEndpoint, int]:
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
    return _C_ProduceResponse_NodeEndpoint(f0, f1, f2, f3, tf), P


def _d_ProduceResponse_v10(B: memoryview, P: int) -> tuple[ProduceResponse, int]:
    n_f0 = B[P]
    if n_f0 < 0x80:
        P += 1
    else:
        n_f0, P = read_uvarint(B, P)
    n_f0 -= 1
    f0: list[ProduceResponse.TopicProduceResponse]
    if n_f0 < 0:
        raise DecodeError(f'non-nullable array Responses has length {n_f0}')
    else:
        if n_f0 > len(B) - P:
            raise DecodeError(f'array length {n_f0} exceeds the buffer')
        f0 = []
        for _ in range(n_f0):
            e_f0, P = _d_ProduceResponse_TopicProduceResponse_v10(B, P)
            f0.append(e_f0)
    (f1,) = _S_i.unpack_from(B, P)
    P += 4
    tf: list[tuple[int, bytes]] | None = None
    f2: list[ProduceResponse.NodeEndpoint] = []
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
                        e_f2, p2 = _d_ProduceResponse_NodeEndpoint_v10(sb, p2)
                        f2.append(e_f2)
                if p2 != end:
                    raise DecodeError('tagged field NodeEndpoints has the wrong size')
            else:
                if tf is None:
                    tf = []
                tf.append((tag, bytes(B[P:end])))
            P = end
    return _C_ProduceResponse(f0, f1, f2, tf), P


def _d_ProduceResponse_TopicProduceResponse_v13(B: memoryview, P: int) -> tuple[ProduceResponse.TopicProduceResponse, int]:
    f1, P = read_uuid(B, P)
    n_f2 = B[P]
    if n_f2 < 0x80:
        P += 1
    else:
        n_f2, P = read_uvarint(B, P)
    n_f2 -= 1
    f2: list[ProduceResponse.TopicProduceResponse.PartitionProduceResponse]
    if n_f2 < 0:
        raise DecodeError(f'non-nullable array PartitionResponses has length {n_f2}')
    else:
        if n_f2 > len(B) - P:
            raise DecodeError(f'array length {n_f2} exceeds the buffer')
        f2 = []
        for _ in range(n_f2):
            e_f2, P = _d_ProduceResponse_TopicProduceResponse_PartitionProduceResponse_v10(B, P)
            f2.append(e_f2)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_ProduceResponse_TopicProduceResponse('', f1, f2, tf), P


def _d_ProduceResponse_v13(B: memoryview, P: int) -> tuple[ProduceResponse, int]:
    n_f0 = B[P]
    if n_f0 < 0x80:
        P += 1
    else:
        n_f0, P = read_uvarint(B, P)
    n_f0 -= 1
    f0: list[ProduceResponse.TopicProduceResponse]
    if n_f0 < 0:
        raise DecodeError(f'non-nullable array Responses has length {n_f0}')
    else:
        if n_f0 > len(B) - P:
            raise DecodeError(f'array length {n_f0} exceeds the buffer')
        f0 = []
        for _ in range(n_f0):
            e_f0, P = _d_ProduceResponse_TopicProduceResponse_v13(B, P)
            f0.append(e_f0)
    (f1,) = _S_i.unpack_from(B, P)
    P += 4
    tf: list[tuple[int, bytes]] | None = None
    f2: list[ProduceResponse.NodeEndpoint] = []
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
                        e_f2, p2 = _d_ProduceResponse_NodeEndpoint_v10(sb, p2)
                        f2.append(e_f2)
                if p2 != end:
                    raise DecodeError('tagged field NodeEndpoints has the wrong size')
            else:
                if tf is None:
                    tf = []
                tf.append((tag, bytes(B[P:end])))
            P = end
    return _C_ProduceResponse(f0, f1, f2, tf), P


def _e_ProduceResponse_TopicProduceResponse_PartitionProduceResponse_v3(o: ProduceResponse.TopicProduceResponse.PartitionProduceResponse, O: bytearray) -> None:
    if ((o.current_leader.leader_id != -1) or (o.current_leader.leader_epoch != -1) or (o.current_leader.unknown_tagged_fields)):
        raise EncodeError('ProduceResponse.CurrentLeader is not supported in version 3')
    O += _S_ihqq.pack(o.index, o.error_code, o.base_offset, o.log_append_time_ms)


def _e_ProduceResponse_TopicProduceResponse_v3(o: ProduceResponse.TopicProduceResponse, O: bytearray) -> None:
    write_string(O, o.name)
    a1 = o.partition_responses
    if a1 is None:
        raise EncodeError('non-nullable array PartitionResponses is None')
    O += _S_i.pack(len(a1))
    for e_a1 in a1:
        _e_ProduceResponse_TopicProduceResponse_PartitionProduceResponse_v3(e_a1, O)


def _e_ProduceResponse_v3(o: ProduceResponse, O: bytearray) -> None:
    if bool(o.node_endpoints):
        raise EncodeError('ProduceResponse.NodeEndpoints is not supported in version 3')
    a0 = o.responses
    if a0 is None:
        raise EncodeError('non-nullable array Responses is None')
    O += _S_i.pack(len(a0))
    for e_a0 in a0:
        _e_ProduceResponse_TopicProduceResponse_v3(e_a0, O)
    O += _S_i.pack(o.throttle_time_ms)


def _e_ProduceResponse_TopicProduceResponse_PartitionProduceResponse_v4(o: ProduceResponse.TopicProduceResponse.PartitionProduceResponse, O: bytearray) -> None:
    if ((o.current_leader.leader_id != -1) or (o.current_leader.leader_epoch != -1) or (o.current_leader.unknown_tagged_fields)):
        raise EncodeError('ProduceResponse.CurrentLeader is not supported in version 4')
    O += _S_ihqq.pack(o.index, o.error_code, o.base_offset, o.log_append_time_ms)


def _e_ProduceResponse_TopicProduceResponse_v4(o: ProduceResponse.TopicProduceResponse, O: bytearray) -> None:
    write_string(O, o.name)
    a1 = o.partition_responses
    if a1 is None:
        raise EncodeError('non-nullable array PartitionResponses is None')
    O += _S_i.pack(len(a1))
    for e_a1 in a1:
        _e_ProduceResponse_TopicProduceResponse_PartitionProduceResponse_v4(e_a1, O)


def _e_ProduceResponse_v4(o: ProduceResponse, O: bytearray) -> None:
    if bool(o.node_endpoints):
        raise EncodeError('ProduceResponse.NodeEndpoints is not supported in version 4')
    a0 = o.responses
    if a0 is None:
        raise EncodeError('non-nullable array Responses is None')
    O += _S_i.pack(len(a0))
    for e_a0 in a0:
        _e_ProduceResponse_TopicProduceResponse_v4(e_a0, O)
    O += _S_i.pack(o.throttle_time_ms)


def _e_ProduceResponse_TopicProduceResponse_PartitionProduceResponse_v5(o: ProduceResponse.TopicProduceResponse.PartitionProduceResponse, O: bytearray) -> None:
    if ((o.current_leader.leader_id != -1) or (o.current_leader.leader_epoch != -1) or (o.current_leader.unknown_tagged_fields)):
        raise EncodeError('ProduceResponse.CurrentLeader is not supported in version 5')
    O += _S_ihqqq.pack(o.index, o.error_code, o.base_offset, o.log_append_time_ms, o.log_start_offset)


def _e_ProduceResponse_TopicProduceResponse_v5(o: ProduceResponse.TopicProduceResponse, O: bytearray) -> None:
    write_string(O, o.name)
    a1 = o.partition_responses
    if a1 is None:
        raise EncodeError('non-nullable array PartitionResponses is None')
    O += _S_i.pack(len(a1))
    for e_a1 in a1:
        _e_ProduceResponse_TopicProduceResponse_PartitionProduceResponse_v5(e_a1, O)


def _e_ProduceResponse_v5(o: ProduceResponse, O: bytearray) -> None:
    if bool(o.node_endpoints):
        raise EncodeError('ProduceResponse.NodeEndpoints is not supported in version 5')
    a0 = o.responses
    if a0 is None:
        raise EncodeError('non-nullable array Responses is None')
    O += _S_i.pack(len(a0))
    for e_a0 in a0:
        _e_ProduceResponse_TopicProduceResponse_v5(e_a0, O)
    O += _S_i.pack(o.throttle_time_ms)


def _e_ProduceResponse_TopicProduceResponse_PartitionProduceResponse_v6(o: ProduceResponse.TopicProduceResponse.PartitionProduceResponse, O: bytearray) -> None:
    if ((o.current_leader.leader_id != -1) or (o.current_leader.leader_epoch != -1) or (o.current_leader.unknown_tagged_fields)):
        raise EncodeError('ProduceResponse.CurrentLeader is not supported in version 6')
    O += _S_ihqqq.pack(o.index, o.error_code, o.base_offset, o.log_append_time_ms, o.log_start_offset)


def _e_ProduceResponse_TopicProduceResponse_v6(o: ProduceResponse.TopicProduceResponse, O: bytearray) -> None:
    write_string(O, o.name)
    a1 = o.partition_responses
    if a1 is None:
        raise EncodeError('non-nullable array PartitionResponses is None')
    O += _S_i.pack(len(a1))
    for e_a1 in a1:
        _e_ProduceResponse_TopicProduceResponse_PartitionProduceResponse_v6(e_a1, O)


def _e_ProduceResponse_v6(o: ProduceResponse, O: bytearray) -> None:
    if bool(o.node_endpoints):
        raise EncodeError('ProduceResponse.NodeEndpoints is not supported in version 6')
    a0 = o.responses
    if a0 is None:
        raise EncodeError('non-nullable array Responses is None')
    O += _S_i.pack(len(a0))
    for e_a0 in a0:
        _e_ProduceResponse_TopicProduceResponse_v6(e_a0, O)
    O += _S_i.pack(o.throttle_time_ms)


def _e_ProduceResponse_TopicProduceResponse_PartitionProduceResponse_v7(o: ProduceResponse.TopicProduceResponse.PartitionProduceResponse, O: bytearray) -> None:
    if ((o.current_leader.leader_id != -1) or (o.current_leader.leader_epoch != -1) or (o.current_leader.unknown_tagged_fields)):
        raise EncodeError('ProduceResponse.CurrentLeader is not supported in version 7')
    O += _S_ihqqq.pack(o.index, o.error_code, o.base_offset, o.log_append_time_ms, o.log_start_offset)


def _e_ProduceResponse_TopicProduceResponse_v7(o: ProduceResponse.TopicProduceResponse, O: bytearray) -> None:
    write_string(O, o.name)
    a1 = o.partition_responses
    if a1 is None:
        raise EncodeError('non-nullable array PartitionResponses is None')
    O += _S_i.pack(len(a1))
    for e_a1 in a1:
        _e_ProduceResponse_TopicProduceResponse_PartitionProduceResponse_v7(e_a1, O)


def _e_ProduceResponse_v7(o: ProduceResponse, O: bytearray) -> None:
    if bool(o.node_endpoints):
        raise EncodeError('ProduceResponse.NodeEndpoints is not supported in version 7')
    a0 = o.responses
    if a0 is None:
        raise EncodeError('non-nullable array Responses is None')
    O += _S_i.pack(len(a0))
    for e_a0 in a0:
        _e_ProduceResponse_TopicProduceResponse_v7(e_a0, O)
    O += _S_i.pack(o.throttle_time_ms)


def _e_ProduceResponse_TopicProduceResponse_PartitionProduceResponse_BatchIndexAndErrorMessage_v8(o: ProduceResponse.TopicProduceResponse.PartitionProduceResponse.BatchIndexAndErrorMessage, O: bytearray) -> None:
    O += _S_i.pack(o.batch_index)
    write_nullable_string(O, o.batch_index_error_message)


def _e_ProduceResponse_TopicProduceResponse_PartitionProduceResponse_v8(o: ProduceResponse.TopicProduceResponse.PartitionProduceResponse, O: bytearray) -> None:
    if ((o.current_leader.leader_id != -1) or (o.current_leader.leader_epoch != -1) or (o.current_leader.unknown_tagged_fields)):
        raise EncodeError('ProduceResponse.CurrentLeader is not supported in version 8')
    a5 = o.record_errors
    if a5 is None:
        raise EncodeError('non-nullable array RecordErrors is None')
    O += _S_ihqqqi.pack(o.index, o.error_code, o.base_offset, o.log_append_time_ms, o.log_start_offset, len(a5))
    for e_a5 in a5:
        _e_ProduceResponse_TopicProduceResponse_PartitionProduceResponse_BatchIndexAndErrorMessage_v8(e_a5, O)
    write_nullable_string(O, o.error_message)


def _e_ProduceResponse_TopicProduceResponse_v8(o: ProduceResponse.TopicProduceResponse, O: bytearray) -> None:
    write_string(O, o.name)
    a1 = o.partition_responses
    if a1 is None:
        raise EncodeError('non-nullable array PartitionResponses is None')
    O += _S_i.pack(len(a1))
    for e_a1 in a1:
        _e_ProduceResponse_TopicProduceResponse_PartitionProduceResponse_v8(e_a1, O)


def _e_ProduceResponse_v8(o: ProduceResponse, O: bytearray) -> None:
    if bool(o.node_endpoints):
        raise EncodeError('ProduceResponse.NodeEndpoints is not supported in version 8')
    a0 = o.responses
    if a0 is None:
        raise EncodeError('non-nullable array Responses is None')
    O += _S_i.pack(len(a0))
    for e_a0 in a0:
        _e_ProduceResponse_TopicProduceResponse_v8(e_a0, O)
    O += _S_i.pack(o.throttle_time_ms)


def _e_ProduceResponse_TopicProduceResponse_PartitionProduceResponse_BatchIndexAndErrorMessage_v9(o: ProduceResponse.TopicProduceResponse.PartitionProduceResponse.BatchIndexAndErrorMessage, O: bytearray) -> None:
    O += _S_i.pack(o.batch_index)
    write_compact_nullable_string(O, o.batch_index_error_message)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_ProduceResponse_TopicProduceResponse_PartitionProduceResponse_v9(o: ProduceResponse.TopicProduceResponse.PartitionProduceResponse, O: bytearray) -> None:
    if ((o.current_leader.leader_id != -1) or (o.current_leader.leader_epoch != -1) or (o.current_leader.unknown_tagged_fields)):
        raise EncodeError('ProduceResponse.CurrentLeader is not supported in version 9')
    O += _S_ihqqq.pack(o.index, o.error_code, o.base_offset, o.log_append_time_ms, o.log_start_offset)
    a5 = o.record_errors
    if a5 is None:
        raise EncodeError('non-nullable array RecordErrors is None')
    write_uvarint(O, len(a5) + 1)
    for e_a5 in a5:
        _e_ProduceResponse_TopicProduceResponse_PartitionProduceResponse_BatchIndexAndErrorMessage_v9(e_a5, O)
    write_compact_nullable_string(O, o.error_message)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_ProduceResponse_TopicProduceResponse_v9(o: ProduceResponse.TopicProduceResponse, O: bytearray) -> None:
    write_compact_string(O, o.name)
    a1 = o.partition_responses
    if a1 is None:
        raise EncodeError('non-nullable array PartitionResponses is None')
    write_uvarint(O, len(a1) + 1)
    for e_a1 in a1:
        _e_ProduceResponse_TopicProduceResponse_PartitionProduceResponse_v9(e_a1, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_ProduceResponse_v9(o: ProduceResponse, O: bytearray) -> None:
    if bool(o.node_endpoints):
        raise EncodeError('ProduceResponse.NodeEndpoints is not supported in version 9')
    a0 = o.responses
    if a0 is None:
        raise EncodeError('non-nullable array Responses is None')
    write_uvarint(O, len(a0) + 1)
    for e_a0 in a0:
        _e_ProduceResponse_TopicProduceResponse_v9(e_a0, O)
    O += _S_i.pack(o.throttle_time_ms)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_ProduceResponse_TopicProduceResponse_PartitionProduceResponse_LeaderIdAndEpoch_v10(o: ProduceResponse.TopicProduceResponse.PartitionProduceResponse.LeaderIdAndEpoch, O: bytearray) -> None:
    O += _S_ii.pack(o.leader_id, o.leader_epoch)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_ProduceResponse_TopicProduceResponse_PartitionProduceResponse_v10(o: ProduceResponse.TopicProduceResponse.PartitionProduceResponse, O: bytearray) -> None:
    O += _S_ihqqq.pack(o.index, o.error_code, o.base_offset, o.log_append_time_ms, o.log_start_offset)
    a5 = o.record_errors
    if a5 is None:
        raise EncodeError('non-nullable array RecordErrors is None')
    write_uvarint(O, len(a5) + 1)
    for e_a5 in a5:
        _e_ProduceResponse_TopicProduceResponse_PartitionProduceResponse_BatchIndexAndErrorMessage_v9(e_a5, O)
    write_compact_nullable_string(O, o.error_message)
    tg: list[tuple[int, bytes | bytearray | memoryview]] | None = None
    t0 = o.current_leader
    if t0 is not None and ((t0.leader_id != -1) or (t0.leader_epoch != -1) or (t0.unknown_tagged_fields)):
        tb = bytearray()
        t0v = t0
        if t0v is None:
            raise EncodeError('non-nullable struct CurrentLeader is None')
        _e_ProduceResponse_TopicProduceResponse_PartitionProduceResponse_LeaderIdAndEpoch_v10(t0v, tb)
        if tg is None:
            tg = []
        tg.append((0, tb))
    if tg is not None or o.unknown_tagged_fields:
        write_tagged_fields(O, tg, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_ProduceResponse_TopicProduceResponse_v10(o: ProduceResponse.TopicProduceResponse, O: bytearray) -> None:
    write_compact_string(O, o.name)
    a1 = o.partition_responses
    if a1 is None:
        raise EncodeError('non-nullable array PartitionResponses is None')
    write_uvarint(O, len(a1) + 1)
    for e_a1 in a1:
        _e_ProduceResponse_TopicProduceResponse_PartitionProduceResponse_v10(e_a1, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_ProduceResponse_NodeEndpoint_v10(o: ProduceResponse.NodeEndpoint, O: bytearray) -> None:
    O += _S_i.pack(o.node_id)
    write_compact_string(O, o.host)
    O += _S_i.pack(o.port)
    write_compact_nullable_string(O, o.rack)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_ProduceResponse_v10(o: ProduceResponse, O: bytearray) -> None:
    a0 = o.responses
    if a0 is None:
        raise EncodeError('non-nullable array Responses is None')
    write_uvarint(O, len(a0) + 1)
    for e_a0 in a0:
        _e_ProduceResponse_TopicProduceResponse_v10(e_a0, O)
    O += _S_i.pack(o.throttle_time_ms)
    tg: list[tuple[int, bytes | bytearray | memoryview]] | None = None
    t0 = o.node_endpoints
    if bool(t0):
        tb = bytearray()
        t0v = t0
        if t0v is None:
            raise EncodeError('non-nullable array NodeEndpoints is None')
        write_uvarint(tb, len(t0v) + 1)
        for e_t0v in t0v:
            _e_ProduceResponse_NodeEndpoint_v10(e_t0v, tb)
        if tg is None:
            tg = []
        tg.append((0, tb))
    if tg is not None or o.unknown_tagged_fields:
        write_tagged_fields(O, tg, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_ProduceResponse_TopicProduceResponse_v13(o: ProduceResponse.TopicProduceResponse, O: bytearray) -> None:
    write_uuid(O, o.topic_id)
    a1 = o.partition_responses
    if a1 is None:
        raise EncodeError('non-nullable array PartitionResponses is None')
    write_uvarint(O, len(a1) + 1)
    for e_a1 in a1:
        _e_ProduceResponse_TopicProduceResponse_PartitionProduceResponse_v10(e_a1, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_ProduceResponse_v13(o: ProduceResponse, O: bytearray) -> None:
    a0 = o.responses
    if a0 is None:
        raise EncodeError('non-nullable array Responses is None')
    write_uvarint(O, len(a0) + 1)
    for e_a0 in a0:
        _e_ProduceResponse_TopicProduceResponse_v13(e_a0, O)
    O += _S_i.pack(o.throttle_time_ms)
    tg: list[tuple[int, bytes | bytearray | memoryview]] | None = None
    t0 = o.node_endpoints
    if bool(t0):
        tb = bytearray()
        t0v = t0
        if t0v is None:
            raise EncodeError('non-nullable array NodeEndpoints is None')
        write_uvarint(tb, len(t0v) + 1)
        for e_t0v in t0v:
            _e_ProduceResponse_NodeEndpoint_v10(e_t0v, tb)
        if tg is None:
            tg = []
        tg.append((0, tb))
    if tg is not None or o.unknown_tagged_fields:
        write_tagged_fields(O, tg, o.unknown_tagged_fields)
    else:
        O.append(0)


_C_ProduceRequest = ProduceRequest
_C_ProduceRequest_TopicProduceData = ProduceRequest.TopicProduceData
_C_ProduceRequest_TopicProduceData_PartitionProduceData = ProduceRequest.TopicProduceData.PartitionProduceData
_DEF_C_ProduceRequest_TopicProduceData = _C_ProduceRequest_TopicProduceData()
_DEF_C_ProduceRequest_TopicProduceData_PartitionProduceData = _C_ProduceRequest_TopicProduceData_PartitionProduceData()
_DEC_ProduceRequest: dict[int, Decoder[ProduceRequest]] = {
    3: _d_ProduceRequest_v3,
    4: _d_ProduceRequest_v3,
    5: _d_ProduceRequest_v3,
    6: _d_ProduceRequest_v3,
    7: _d_ProduceRequest_v3,
    8: _d_ProduceRequest_v3,
    9: _d_ProduceRequest_v9,
    10: _d_ProduceRequest_v9,
    11: _d_ProduceRequest_v9,
    12: _d_ProduceRequest_v9,
    13: _d_ProduceRequest_v13,
}
_ENC_ProduceRequest: dict[int, RegionEncoder[ProduceRequest]] = {
    3: _e_ProduceRequest_v3,
    4: _e_ProduceRequest_v3,
    5: _e_ProduceRequest_v3,
    6: _e_ProduceRequest_v3,
    7: _e_ProduceRequest_v3,
    8: _e_ProduceRequest_v3,
    9: _e_ProduceRequest_v9,
    10: _e_ProduceRequest_v9,
    11: _e_ProduceRequest_v9,
    12: _e_ProduceRequest_v9,
    13: _e_ProduceRequest_v13,
}
ProduceRequest.FIELDS = (
    FieldInfo('TransactionalId', 'transactional_id', 'string', (3, OPEN), (3, OPEN), None, None, False, 'transactionalId', None, None),
    FieldInfo('Acks', 'acks', 'int16', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('TimeoutMs', 'timeout_ms', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('TopicData', 'topic_data', '[]TopicProduceData', (0, OPEN), None, None, None, False, None, None, _C_ProduceRequest_TopicProduceData),
)
ProduceRequest.TopicProduceData.FIELDS = (
    FieldInfo('Name', 'name', 'string', (0, 12), None, None, None, True, 'topicName', None, None),
    FieldInfo('TopicId', 'topic_id', 'uuid', (13, OPEN), None, None, None, True, None, None, None),
    FieldInfo('PartitionData', 'partition_data', '[]PartitionProduceData', (0, OPEN), None, None, None, False, None, None, _C_ProduceRequest_TopicProduceData_PartitionProduceData),
)
ProduceRequest.TopicProduceData.PartitionProduceData.FIELDS = (
    FieldInfo('Index', 'index', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Records', 'records', 'records', (0, OPEN), (0, OPEN), None, None, False, None, None, None),
)

_C_ProduceResponse = ProduceResponse
_C_ProduceResponse_TopicProduceResponse = ProduceResponse.TopicProduceResponse
_C_ProduceResponse_TopicProduceResponse_PartitionProduceResponse = ProduceResponse.TopicProduceResponse.PartitionProduceResponse
_C_ProduceResponse_TopicProduceResponse_PartitionProduceResponse_BatchIndexAndErrorMessage = ProduceResponse.TopicProduceResponse.PartitionProduceResponse.BatchIndexAndErrorMessage
_C_ProduceResponse_TopicProduceResponse_PartitionProduceResponse_LeaderIdAndEpoch = ProduceResponse.TopicProduceResponse.PartitionProduceResponse.LeaderIdAndEpoch
_C_ProduceResponse_NodeEndpoint = ProduceResponse.NodeEndpoint
_DEF_C_ProduceResponse_TopicProduceResponse = _C_ProduceResponse_TopicProduceResponse()
_DEF_C_ProduceResponse_TopicProduceResponse_PartitionProduceResponse = _C_ProduceResponse_TopicProduceResponse_PartitionProduceResponse()
_DEF_C_ProduceResponse_TopicProduceResponse_PartitionProduceResponse_BatchIndexAndErrorMessage = _C_ProduceResponse_TopicProduceResponse_PartitionProduceResponse_BatchIndexAndErrorMessage()
_DEF_C_ProduceResponse_TopicProduceResponse_PartitionProduceResponse_LeaderIdAndEpoch = _C_ProduceResponse_TopicProduceResponse_PartitionProduceResponse_LeaderIdAndEpoch()
_DEF_C_ProduceResponse_NodeEndpoint = _C_ProduceResponse_NodeEndpoint()
_DEC_ProduceResponse: dict[int, Decoder[ProduceResponse]] = {
    3: _d_ProduceResponse_v3,
    4: _d_ProduceResponse_v3,
    5: _d_ProduceResponse_v5,
    6: _d_ProduceResponse_v5,
    7: _d_ProduceResponse_v5,
    8: _d_ProduceResponse_v8,
    9: _d_ProduceResponse_v9,
    10: _d_ProduceResponse_v10,
    11: _d_ProduceResponse_v10,
    12: _d_ProduceResponse_v10,
    13: _d_ProduceResponse_v13,
}
_ENC_ProduceResponse: dict[int, Encoder[ProduceResponse]] = {
    3: _e_ProduceResponse_v3,
    4: _e_ProduceResponse_v4,
    5: _e_ProduceResponse_v5,
    6: _e_ProduceResponse_v6,
    7: _e_ProduceResponse_v7,
    8: _e_ProduceResponse_v8,
    9: _e_ProduceResponse_v9,
    10: _e_ProduceResponse_v10,
    11: _e_ProduceResponse_v10,
    12: _e_ProduceResponse_v10,
    13: _e_ProduceResponse_v13,
}
ProduceResponse.FIELDS = (
    FieldInfo('Responses', 'responses', '[]TopicProduceResponse', (0, OPEN), None, None, None, False, None, None, _C_ProduceResponse_TopicProduceResponse),
    FieldInfo('ThrottleTimeMs', 'throttle_time_ms', 'int32', (1, OPEN), None, None, None, True, None, None, None),
    FieldInfo('NodeEndpoints', 'node_endpoints', '[]NodeEndpoint', (10, OPEN), None, (10, OPEN), 0, False, None, None, _C_ProduceResponse_NodeEndpoint),
)
ProduceResponse.TopicProduceResponse.FIELDS = (
    FieldInfo('Name', 'name', 'string', (0, 12), None, None, None, True, 'topicName', None, None),
    FieldInfo('TopicId', 'topic_id', 'uuid', (13, OPEN), None, None, None, True, None, None, None),
    FieldInfo('PartitionResponses', 'partition_responses', '[]PartitionProduceResponse', (0, OPEN), None, None, None, False, None, None, _C_ProduceResponse_TopicProduceResponse_PartitionProduceResponse),
)
ProduceResponse.TopicProduceResponse.PartitionProduceResponse.FIELDS = (
    FieldInfo('Index', 'index', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('ErrorCode', 'error_code', 'int16', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('BaseOffset', 'base_offset', 'int64', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('LogAppendTimeMs', 'log_append_time_ms', 'int64', (2, OPEN), None, None, None, True, None, None, None),
    FieldInfo('LogStartOffset', 'log_start_offset', 'int64', (5, OPEN), None, None, None, True, None, None, None),
    FieldInfo('RecordErrors', 'record_errors', '[]BatchIndexAndErrorMessage', (8, OPEN), None, None, None, True, None, None, _C_ProduceResponse_TopicProduceResponse_PartitionProduceResponse_BatchIndexAndErrorMessage),
    FieldInfo('ErrorMessage', 'error_message', 'string', (8, OPEN), (8, OPEN), None, None, True, None, None, None),
    FieldInfo('CurrentLeader', 'current_leader', 'LeaderIdAndEpoch', (10, OPEN), None, (10, OPEN), 0, False, None, None, _C_ProduceResponse_TopicProduceResponse_PartitionProduceResponse_LeaderIdAndEpoch),
)
ProduceResponse.TopicProduceResponse.PartitionProduceResponse.BatchIndexAndErrorMessage.FIELDS = (
    FieldInfo('BatchIndex', 'batch_index', 'int32', (8, OPEN), None, None, None, False, None, None, None),
    FieldInfo('BatchIndexErrorMessage', 'batch_index_error_message', 'string', (8, OPEN), (8, OPEN), None, None, False, None, None, None),
)
ProduceResponse.TopicProduceResponse.PartitionProduceResponse.LeaderIdAndEpoch.FIELDS = (
    FieldInfo('LeaderId', 'leader_id', 'int32', (10, OPEN), None, None, None, False, 'brokerId', None, None),
    FieldInfo('LeaderEpoch', 'leader_epoch', 'int32', (10, OPEN), None, None, None, False, None, None, None),
)
ProduceResponse.NodeEndpoint.FIELDS = (
    FieldInfo('NodeId', 'node_id', 'int32', (10, OPEN), None, None, None, False, 'brokerId', None, None),
    FieldInfo('Host', 'host', 'string', (10, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Port', 'port', 'int32', (10, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Rack', 'rack', 'string', (10, OPEN), (10, OPEN), None, None, False, None, None, None),
)
