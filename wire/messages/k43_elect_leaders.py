"""API key 43: ElectLeaders.

GENERATED - DO NOT EDIT. Written by ``python -m wire.generator`` from Apache Kafka 4.1.1's
message definitions (ElectLeadersRequest.json, ElectLeadersResponse.json).
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


_S_b = struct.Struct('>b')
_S_bi = struct.Struct('>bi')
_S_i = struct.Struct('>i')
_S_ih = struct.Struct('>ih')
_S_ihi = struct.Struct('>ihi')
_S_ii = struct.Struct('>ii')


@dataclass(slots=True)
class ElectLeadersRequest:
    """ElectLeadersRequest (API key 43, versions 0-2).

    Generated from ElectLeadersRequest.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = 43
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 2
    LATEST_VERSION: ClassVar[int] = 2
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
    FLEXIBLE_MIN: ClassVar[int | None] = 2
    #: Who serves this request in Kafka (empty for responses).
    LISTENERS: ClassVar[tuple[str, ...]] = ('broker', 'controller')
    FIELDS: ClassVar[tuple[FieldInfo, ...]]

    @dataclass(slots=True)
    class TopicPartitions:
        FIELDS: ClassVar[tuple[FieldInfo, ...]]

        #: The name of a topic.
        topic: str = ''
        #: The partitions of this topic whose leader should be elected.
        partitions: list[int] = field(default_factory=list)
        #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
        unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    #: Type of elections to conduct for the partition. A value of '0' elects the preferred replica. A value of '1' elects the first live replica if there are no in-sync replica.
    election_type: int = 0
    #: The topic partitions to elect leaders.
    topic_partitions: list[ElectLeadersRequest.TopicPartitions] | None = field(default_factory=list)
    #: The time in ms to wait for the election to complete.
    timeout_ms: int = 60000
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> ElectLeadersRequest:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_ElectLeadersRequest, data, version, 'ElectLeadersRequest', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_ElectLeadersRequest, self, version, 'ElectLeadersRequest')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_ElectLeadersRequest, self, version, 'ElectLeadersRequest')


@dataclass(slots=True)
class ElectLeadersResponse:
    """ElectLeadersResponse (API key 43, versions 0-2).

    Generated from ElectLeadersResponse.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = 43
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 2
    LATEST_VERSION: ClassVar[int] = 2
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
    FLEXIBLE_MIN: ClassVar[int | None] = 2
    #: Who serves this request in Kafka (empty for responses).
    LISTENERS: ClassVar[tuple[str, ...]] = ()
    FIELDS: ClassVar[tuple[FieldInfo, ...]]

    @dataclass(slots=True)
    class ReplicaElectionResult:
        FIELDS: ClassVar[tuple[FieldInfo, ...]]

        @dataclass(slots=True)
        class PartitionResult:
            FIELDS: ClassVar[tuple[FieldInfo, ...]]

            #: The partition id.
            partition_id: int = 0
            #: The result error, or zero if there was no error.
            error_code: int = 0
            #: The result message, or null if there was no error.
            error_message: str | None = ''
            #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
            unknown_tagged_fields: list[tuple[int, bytes]] | None = None

        #: The topic name.
        topic: str = ''
        #: The results for each partition.
        partition_result: list[ElectLeadersResponse.ReplicaElectionResult.PartitionResult] = field(default_factory=list)
        #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
        unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    PartitionResult = ReplicaElectionResult.PartitionResult
    #: The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    throttle_time_ms: int = 0
    #: The top level response error code.
    error_code: int = 0
    #: The election results, or an empty array if the requester did not have permission and the request asks for all partitions.
    replica_election_results: list[ElectLeadersResponse.ReplicaElectionResult] = field(default_factory=list)
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> ElectLeadersResponse:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_ElectLeadersResponse, data, version, 'ElectLeadersResponse', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_ElectLeadersResponse, self, version, 'ElectLeadersResponse')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_ElectLeadersResponse, self, version, 'ElectLeadersResponse')

def _d_ElectLeadersRequest_TopicPartitions_v0(B: memoryview, P: int) -> tuple[ElectLeadersRequest.TopicPartitions, int]:
    f0, P = read_string(B, P)
    (n_f1,) = _S_i.unpack_from(B, P)
    P += 4
    f1: list[int]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Partitions has length {n_f1}')
    else:
        check_count(n_f1, B, P)
        f1 = list(struct.unpack_from('>%di' % n_f1, B, P))
        P += n_f1 * 4
    return _C_ElectLeadersRequest_TopicPartitions(f0, f1, None), P


def _d_ElectLeadersRequest_v0(B: memoryview, P: int) -> tuple[ElectLeadersRequest, int]:
    (n_f1,) = _S_i.unpack_from(B, P)
    P += 4
    f1: list[ElectLeadersRequest.TopicPartitions] | None
    if n_f1 < 0:
        if n_f1 != -1:
            raise DecodeError(f'negative array length {n_f1}')
        f1 = None
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_ElectLeadersRequest_TopicPartitions_v0(B, P)
            f1.append(e_f1)
    (f2,) = _S_i.unpack_from(B, P)
    P += 4
    return _C_ElectLeadersRequest(0, f1, f2, None), P


def _d_ElectLeadersRequest_v1(B: memoryview, P: int) -> tuple[ElectLeadersRequest, int]:
    (f0, n_f1,) = _S_bi.unpack_from(B, P)
    P += 5
    f1: list[ElectLeadersRequest.TopicPartitions] | None
    if n_f1 < 0:
        if n_f1 != -1:
            raise DecodeError(f'negative array length {n_f1}')
        f1 = None
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_ElectLeadersRequest_TopicPartitions_v0(B, P)
            f1.append(e_f1)
    (f2,) = _S_i.unpack_from(B, P)
    P += 4
    return _C_ElectLeadersRequest(f0, f1, f2, None), P


def _d_ElectLeadersRequest_TopicPartitions_v2(B: memoryview, P: int) -> tuple[ElectLeadersRequest.TopicPartitions, int]:
    f0, P = read_compact_string(B, P)
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
    return _C_ElectLeadersRequest_TopicPartitions(f0, f1, tf), P


def _d_ElectLeadersRequest_v2(B: memoryview, P: int) -> tuple[ElectLeadersRequest, int]:
    (f0,) = _S_b.unpack_from(B, P)
    P += 1
    n_f1 = B[P]
    if n_f1 < 0x80:
        P += 1
    else:
        n_f1, P = read_uvarint(B, P)
    n_f1 -= 1
    f1: list[ElectLeadersRequest.TopicPartitions] | None
    if n_f1 < 0:
        if n_f1 != -1:
            raise DecodeError(f'negative array length {n_f1}')
        f1 = None
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_ElectLeadersRequest_TopicPartitions_v2(B, P)
            f1.append(e_f1)
    (f2,) = _S_i.unpack_from(B, P)
    P += 4
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_ElectLeadersRequest(f0, f1, f2, tf), P


def _e_ElectLeadersRequest_TopicPartitions_v0(o: ElectLeadersRequest.TopicPartitions, O: bytearray) -> None:
    write_string(O, o.topic)
    a1 = o.partitions
    if a1 is None:
        raise EncodeError('non-nullable array Partitions is None')
    O += _S_i.pack(len(a1))
    O += struct.pack('>%di' % len(a1), *a1)


def _e_ElectLeadersRequest_v0(o: ElectLeadersRequest, O: bytearray) -> None:
    if o.election_type != 0:
        raise EncodeError('ElectLeadersRequest.ElectionType is not supported in version 0')
    a0 = o.topic_partitions
    if a0 is None:
        O += b'\xff\xff\xff\xff'
    else:
        O += INT32.pack(len(a0))
        for e_a0 in a0:
            _e_ElectLeadersRequest_TopicPartitions_v0(e_a0, O)
    O += _S_i.pack(o.timeout_ms)


def _e_ElectLeadersRequest_v1(o: ElectLeadersRequest, O: bytearray) -> None:
    O += _S_b.pack(o.election_type)
    a1 = o.topic_partitions
    if a1 is None:
        O += b'\xff\xff\xff\xff'
    else:
        O += INT32.pack(len(a1))
        for e_a1 in a1:
            _e_ElectLeadersRequest_TopicPartitions_v0(e_a1, O)
    O += _S_i.pack(o.timeout_ms)


def _e_ElectLeadersRequest_TopicPartitions_v2(o: ElectLeadersRequest.TopicPartitions, O: bytearray) -> None:
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


def _e_ElectLeadersRequest_v2(o: ElectLeadersRequest, O: bytearray) -> None:
    O += _S_b.pack(o.election_type)
    a1 = o.topic_partitions
    if a1 is None:
        O.append(0)
    else:
        write_uvarint(O, len(a1) + 1)
        for e_a1 in a1:
            _e_ElectLeadersRequest_TopicPartitions_v2(e_a1, O)
    O += _S_i.pack(o.timeout_ms)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _d_ElectLeadersResponse_ReplicaElectionResult_PartitionResult_v0(B: memoryview, P: int) -> tuple[ElectLeadersResponse.ReplicaElectionResult.PartitionResult, int]:
    (f0, f1,) = _S_ih.unpack_from(B, P)
    P += 6
    f2, P = read_nullable_string(B, P)
    return _C_ElectLeadersResponse_ReplicaElectionResult_PartitionResult(f0, f1, f2, None), P


def _d_ElectLeadersResponse_ReplicaElectionResult_v0(B: memoryview, P: int) -> tuple[ElectLeadersResponse.ReplicaElectionResult, int]:
    f0, P = read_string(B, P)
    (n_f1,) = _S_i.unpack_from(B, P)
    P += 4
    f1: list[ElectLeadersResponse.ReplicaElectionResult.PartitionResult]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array PartitionResult has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_ElectLeadersResponse_ReplicaElectionResult_PartitionResult_v0(B, P)
            f1.append(e_f1)
    return _C_ElectLeadersResponse_ReplicaElectionResult(f0, f1, None), P


def _d_ElectLeadersResponse_v0(B: memoryview, P: int) -> tuple[ElectLeadersResponse, int]:
    (f0, n_f2,) = _S_ii.unpack_from(B, P)
    P += 8
    f2: list[ElectLeadersResponse.ReplicaElectionResult]
    if n_f2 < 0:
        raise DecodeError(f'non-nullable array ReplicaElectionResults has length {n_f2}')
    else:
        if n_f2 > len(B) - P:
            raise DecodeError(f'array length {n_f2} exceeds the buffer')
        f2 = []
        for _ in range(n_f2):
            e_f2, P = _d_ElectLeadersResponse_ReplicaElectionResult_v0(B, P)
            f2.append(e_f2)
    return _C_ElectLeadersResponse(f0, 0, f2, None), P


def _d_ElectLeadersResponse_v1(B: memoryview, P: int) -> tuple[ElectLeadersResponse, int]:
    (f0, f1, n_f2,) = _S_ihi.unpack_from(B, P)
    P += 10
    f2: list[ElectLeadersResponse.ReplicaElectionResult]
    if n_f2 < 0:
        raise DecodeError(f'non-nullable array ReplicaElectionResults has length {n_f2}')
    else:
        if n_f2 > len(B) - P:
            raise DecodeError(f'array length {n_f2} exceeds the buffer')
        f2 = []
        for _ in range(n_f2):
            e_f2, P = _d_ElectLeadersResponse_ReplicaElectionResult_v0(B, P)
            f2.append(e_f2)
    return _C_ElectLeadersResponse(f0, f1, f2, None), P


def _d_ElectLeadersResponse_ReplicaElectionResult_PartitionResult_v2(B: memoryview, P: int) -> tuple[ElectLeadersResponse.ReplicaElectionResult.PartitionResult, int]:
    (f0, f1,) = _S_ih.unpack_from(B, P)
    P += 6
    f2, P = read_compact_nullable_string(B, P)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_ElectLeadersResponse_ReplicaElectionResult_PartitionResult(f0, f1, f2, tf), P


def _d_ElectLeadersResponse_ReplicaElectionResult_v2(B: memoryview, P: int) -> tuple[ElectLeadersResponse.ReplicaElectionResult, int]:
    f0, P = read_compact_string(B, P)
    n_f1 = B[P]
    if n_f1 < 0x80:
        P += 1
    else:
        n_f1, P = read_uvarint(B, P)
    n_f1 -= 1
    f1: list[ElectLeadersResponse.ReplicaElectionResult.PartitionResult]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array PartitionResult has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_ElectLeadersResponse_ReplicaElectionResult_PartitionResult_v2(B, P)
            f1.append(e_f1)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_ElectLeadersResponse_ReplicaElectionResult(f0, f1, tf), P


def _d_ElectLeadersResponse_v2(B: memoryview, P: int) -> tuple[ElectLeadersResponse, int]:
    (f0, f1,) = _S_ih.unpack_from(B, P)
    P += 6
    n_f2 = B[P]
    if n_f2 < 0x80:
        P += 1
    else:
        n_f2, P = read_uvarint(B, P)
    n_f2 -= 1
    f2: list[ElectLeadersResponse.ReplicaElectionResult]
    if n_f2 < 0:
        raise DecodeError(f'non-nullable array ReplicaElectionResults has length {n_f2}')
    else:
        if n_f2 > len(B) - P:
            raise DecodeError(f'array length {n_f2} exceeds the buffer')
        f2 = []
        for _ in range(n_f2):
            e_f2, P = _d_ElectLeadersResponse_ReplicaElectionResult_v2(B, P)
            f2.append(e_f2)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_ElectLeadersResponse(f0, f1, f2, tf), P


def _e_ElectLeadersResponse_ReplicaElectionResult_PartitionResult_v0(o: ElectLeadersResponse.ReplicaElectionResult.PartitionResult, O: bytearray) -> None:
    O += _S_ih.pack(o.partition_id, o.error_code)
    write_nullable_string(O, o.error_message)


def _e_ElectLeadersResponse_ReplicaElectionResult_v0(o: ElectLeadersResponse.ReplicaElectionResult, O: bytearray) -> None:
    write_string(O, o.topic)
    a1 = o.partition_result
    if a1 is None:
        raise EncodeError('non-nullable array PartitionResult is None')
    O += _S_i.pack(len(a1))
    for e_a1 in a1:
        _e_ElectLeadersResponse_ReplicaElectionResult_PartitionResult_v0(e_a1, O)


def _e_ElectLeadersResponse_v0(o: ElectLeadersResponse, O: bytearray) -> None:
    if o.error_code != 0:
        raise EncodeError('ElectLeadersResponse.ErrorCode is not supported in version 0')
    a1 = o.replica_election_results
    if a1 is None:
        raise EncodeError('non-nullable array ReplicaElectionResults is None')
    O += _S_ii.pack(o.throttle_time_ms, len(a1))
    for e_a1 in a1:
        _e_ElectLeadersResponse_ReplicaElectionResult_v0(e_a1, O)


def _e_ElectLeadersResponse_v1(o: ElectLeadersResponse, O: bytearray) -> None:
    a2 = o.replica_election_results
    if a2 is None:
        raise EncodeError('non-nullable array ReplicaElectionResults is None')
    O += _S_ihi.pack(o.throttle_time_ms, o.error_code, len(a2))
    for e_a2 in a2:
        _e_ElectLeadersResponse_ReplicaElectionResult_v0(e_a2, O)


def _e_ElectLeadersResponse_ReplicaElectionResult_PartitionResult_v2(o: ElectLeadersResponse.ReplicaElectionResult.PartitionResult, O: bytearray) -> None:
    O += _S_ih.pack(o.partition_id, o.error_code)
    write_compact_nullable_string(O, o.error_message)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_ElectLeadersResponse_ReplicaElectionResult_v2(o: ElectLeadersResponse.ReplicaElectionResult, O: bytearray) -> None:
    write_compact_string(O, o.topic)
    a1 = o.partition_result
    if a1 is None:
        raise EncodeError('non-nullable array PartitionResult is None')
    write_uvarint(O, len(a1) + 1)
    for e_a1 in a1:
        _e_ElectLeadersResponse_ReplicaElectionResult_PartitionResult_v2(e_a1, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_ElectLeadersResponse_v2(o: ElectLeadersResponse, O: bytearray) -> None:
    O += _S_ih.pack(o.throttle_time_ms, o.error_code)
    a2 = o.replica_election_results
    if a2 is None:
        raise EncodeError('non-nullable array ReplicaElectionResults is None')
    write_uvarint(O, len(a2) + 1)
    for e_a2 in a2:
        _e_ElectLeadersResponse_ReplicaElectionResult_v2(e_a2, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


_C_ElectLeadersRequest = ElectLeadersRequest
_C_ElectLeadersRequest_TopicPartitions = ElectLeadersRequest.TopicPartitions
_DEF_C_ElectLeadersRequest_TopicPartitions = _C_ElectLeadersRequest_TopicPartitions()
_DEC_ElectLeadersRequest: dict[int, Decoder[ElectLeadersRequest]] = {
    0: _d_ElectLeadersRequest_v0,
    1: _d_ElectLeadersRequest_v1,
    2: _d_ElectLeadersRequest_v2,
}
_ENC_ElectLeadersRequest: dict[int, Encoder[ElectLeadersRequest]] = {
    0: _e_ElectLeadersRequest_v0,
    1: _e_ElectLeadersRequest_v1,
    2: _e_ElectLeadersRequest_v2,
}
ElectLeadersRequest.FIELDS = (
    FieldInfo('ElectionType', 'election_type', 'int8', (1, OPEN), None, None, None, False, None, None, None),
    FieldInfo('TopicPartitions', 'topic_partitions', '[]TopicPartitions', (0, OPEN), (0, OPEN), None, None, False, None, None, _C_ElectLeadersRequest_TopicPartitions),
    FieldInfo('TimeoutMs', 'timeout_ms', 'int32', (0, OPEN), None, None, None, False, None, None, None),
)
ElectLeadersRequest.TopicPartitions.FIELDS = (
    FieldInfo('Topic', 'topic', 'string', (0, OPEN), None, None, None, False, 'topicName', None, None),
    FieldInfo('Partitions', 'partitions', '[]int32', (0, OPEN), None, None, None, False, None, None, None),
)

_C_ElectLeadersResponse = ElectLeadersResponse
_C_ElectLeadersResponse_ReplicaElectionResult = ElectLeadersResponse.ReplicaElectionResult
_C_ElectLeadersResponse_ReplicaElectionResult_PartitionResult = ElectLeadersResponse.ReplicaElectionResult.PartitionResult
_DEF_C_ElectLeadersResponse_ReplicaElectionResult = _C_ElectLeadersResponse_ReplicaElectionResult()
_DEF_C_ElectLeadersResponse_ReplicaElectionResult_PartitionResult = _C_ElectLeadersResponse_ReplicaElectionResult_PartitionResult()
_DEC_ElectLeadersResponse: dict[int, Decoder[ElectLeadersResponse]] = {
    0: _d_ElectLeadersResponse_v0,
    1: _d_ElectLeadersResponse_v1,
    2: _d_ElectLeadersResponse_v2,
}
_ENC_ElectLeadersResponse: dict[int, Encoder[ElectLeadersResponse]] = {
    0: _e_ElectLeadersResponse_v0,
    1: _e_ElectLeadersResponse_v1,
    2: _e_ElectLeadersResponse_v2,
}
ElectLeadersResponse.FIELDS = (
    FieldInfo('ThrottleTimeMs', 'throttle_time_ms', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('ErrorCode', 'error_code', 'int16', (1, OPEN), None, None, None, False, None, None, None),
    FieldInfo('ReplicaElectionResults', 'replica_election_results', '[]ReplicaElectionResult', (0, OPEN), None, None, None, False, None, None, _C_ElectLeadersResponse_ReplicaElectionResult),
)
ElectLeadersResponse.ReplicaElectionResult.FIELDS = (
    FieldInfo('Topic', 'topic', 'string', (0, OPEN), None, None, None, False, 'topicName', None, None),
    FieldInfo('PartitionResult', 'partition_result', '[]PartitionResult', (0, OPEN), None, None, None, False, None, None, _C_ElectLeadersResponse_ReplicaElectionResult_PartitionResult),
)
ElectLeadersResponse.ReplicaElectionResult.PartitionResult.FIELDS = (
    FieldInfo('PartitionId', 'partition_id', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('ErrorCode', 'error_code', 'int16', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('ErrorMessage', 'error_message', 'string', (0, OPEN), (0, OPEN), None, None, False, None, None, None),
)
