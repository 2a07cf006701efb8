"""API key 46: ListPartitionReassignments.

GENERATED - DO NOT EDIT. Written by ``python -m wire.generator`` from Apache Kafka 4.1.1's
message definitions (ListPartitionReassignmentsRequest.json, ListPartitionReassignmentsResponse.json).
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


@dataclass(slots=True)
class ListPartitionReassignmentsRequest:
    """ListPartitionReassignmentsRequest (API key 46, versions 0-0).

    Generated from ListPartitionReassignmentsRequest.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = 46
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    LATEST_VERSION: ClassVar[int] = 0
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
    FLEXIBLE_MIN: ClassVar[int | None] = 0
    #: Who serves this request in Kafka (empty for responses).
    LISTENERS: ClassVar[tuple[str, ...]] = ('broker', 'controller')
    FIELDS: ClassVar[tuple[FieldInfo, ...]]

    @dataclass(slots=True)
    class ListPartitionReassignmentsTopics:
        FIELDS: ClassVar[tuple[FieldInfo, ...]]

        #: The topic name.
        name: str = ''
        #: The partitions to list partition reassignments for.
        partition_indexes: list[int] = field(default_factory=list)
        #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
        unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    #: The time in ms to wait for the request to complete.
    timeout_ms: int = 60000
    #: The topics to list partition reassignments for, or null to list everything.
    topics: list[ListPartitionReassignmentsRequest.ListPartitionReassignmentsTopics] | None = None
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> ListPartitionReassignmentsRequest:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_ListPartitionReassignmentsRequest, data, version, 'ListPartitionReassignmentsRequest', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_ListPartitionReassignmentsRequest, self, version, 'ListPartitionReassignmentsRequest')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_ListPartitionReassignmentsRequest, self, version, 'ListPartitionReassignmentsRequest')


@dataclass(slots=True)
class ListPartitionReassignmentsResponse:
    """ListPartitionReassignmentsResponse (API key 46, versions 0-0).

    Generated from ListPartitionReassignmentsResponse.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = 46
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    LATEST_VERSION: ClassVar[int] = 0
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
    FLEXIBLE_MIN: ClassVar[int | None] = 0
    #: Who serves this request in Kafka (empty for responses).
    LISTENERS: ClassVar[tuple[str, ...]] = ()
    FIELDS: ClassVar[tuple[FieldInfo, ...]]

    @dataclass(slots=True)
    class OngoingTopicReassignment:
        FIELDS: ClassVar[tuple[FieldInfo, ...]]

        @dataclass(slots=True)
        class OngoingPartitionReassignment:
            FIELDS: ClassVar[tuple[FieldInfo, ...]]

            #: The index of the partition.
            partition_index: int = 0
            #: The current replica set.
            replicas: list[int] = field(default_factory=list)
            #: The set of replicas we are currently adding.
            adding_replicas: list[int] = field(default_factory=list)
            #: The set of replicas we are currently removing.
            removing_replicas: list[int] = field(default_factory=list)
            #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
            unknown_tagged_fields: list[tuple[int, bytes]] | None = None

        #: The topic name.
        name: str = ''
        #: The ongoing reassignments for each partition.
        partitions: list[ListPartitionReassignmentsResponse.OngoingTopicReassignment.OngoingPartitionReassignment] = field(default_factory=list)
        #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
        unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    OngoingPartitionReassignment = OngoingTopicReassignment.OngoingPartitionReassignment
    #: The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    throttle_time_ms: int = 0
    #: The top-level error code, or 0 if there was no error.
    error_code: int = 0
    #: The top-level error message, or null if there was no error.
    error_message: str | None = ''
    #: The ongoing reassignments for each topic.
    topics: list[ListPartitionReassignmentsResponse.OngoingTopicReassignment] = field(default_factory=list)
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> ListPartitionReassignmentsResponse:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_ListPartitionReassignmentsResponse, data, version, 'ListPartitionReassignmentsResponse', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_ListPartitionReassignmentsResponse, self, version, 'ListPartitionReassignmentsResponse')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_ListPartitionReassignmentsResponse, self, version, 'ListPartitionReassignmentsResponse')

def _d_ListPartitionReassignmentsRequest_ListPartitionReassignmentsTopics_v0(B: memoryview, P: int) -> tuple[ListPartitionReassignmentsRequest.ListPartitionReassignmentsTopics, int]:
    f0, P = read_compact_string(B, P)
    n_f1 = B[P]
    if n_f1 < 0x80:
        P += 1
    else:
        n_f1, P = read_uvarint(B, P)
    n_f1 -= 1
    f1: list[int]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array PartitionIndexes has length {n_f1}')
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
    return _C_ListPartitionReassignmentsRequest_ListPartitionReassignmentsTopics(f0, f1, tf), P


def _d_ListPartitionReassignmentsRequest_v0(B: memoryview, P: int) -> tuple[ListPartitionReassignmentsRequest, int]:
    (f0,) = _S_i.unpack_from(B, P)
    P += 4
    n_f1 = B[P]
    if n_f1 < 0x80:
        P += 1
    else:
        n_f1, P = read_uvarint(B, P)
    n_f1 -= 1
    f1: list[ListPartitionReassignmentsRequest.ListPartitionReassignmentsTopics] | None
    if n_f1 < 0:
        if n_f1 != -1:
            raise DecodeError(f'negative array length {n_f1}')
        f1 = None
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_ListPartitionReassignmentsRequest_ListPartitionReassignmentsTopics_v0(B, P)
            f1.append(e_f1)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_ListPartitionReassignmentsRequest(f0, f1, tf), P


def _e_ListPartitionReassignmentsRequest_ListPartitionReassignmentsTopics_v0(o: ListPartitionReassignmentsRequest.ListPartitionReassignmentsTopics, O: bytearray) -> None:
    write_compact_string(O, o.name)
    a1 = o.partition_indexes
    if a1 is None:
        raise EncodeError('non-nullable array PartitionIndexes is None')
    write_uvarint(O, len(a1) + 1)
    O += struct.pack('>%di' % len(a1), *a1)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_ListPartitionReassignmentsRequest_v0(o: ListPartitionReassignmentsRequest, O: bytearray) -> None:
    O += _S_i.pack(o.timeout_ms)
    a1 = o.topics
    if a1 is None:
        O.append(0)
    else:
        write_uvarint(O, len(a1) + 1)
        for e_a1 in a1:
            _e_ListPartitionReassignmentsRequest_ListPartitionReassignmentsTopics_v0(e_a1, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _d_ListPartitionReassignmentsResponse_OngoingTopicReassignment_OngoingPartitionReassignment_v0(B: memoryview, P: int) -> tuple[ListPartitionReassignmentsResponse.OngoingTopicReassignment.OngoingPartitionReassignment, int]:
    (f0,) = _S_i.unpack_from(B, P)
    P += 4
    n_f1 = B[P]
    if n_f1 < 0x80:
        P += 1
    else:
        n_f1, P = read_uvarint(B, P)
    n_f1 -= 1
    f1: list[int]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Replicas has length {n_f1}')
    else:
        check_count(n_f1, B, P)
        f1 = list(struct.unpack_from('>%di' % n_f1, B, P))
        P += n_f1 * 4
    n_f2 = B[P]
    if n_f2 < 0x80:
        P += 1
    else:
        n_f2, P = read_uvarint(B, P)
    n_f2 -= 1
    f2: list[int]
    if n_f2 < 0:
        raise DecodeError(f'non-nullable array AddingReplicas has length {n_f2}')
    else:
        check_count(n_f2, B, P)
        f2 = list(struct.unpack_from('>%di' % n_f2, B, P))
        P += n_f2 * 4
    n_f3 = B[P]
    if n_f3 < 0x80:
        P += 1
    else:
        n_f3, P = read_uvarint(B, P)
    n_f3 -= 1
    f3: list[int]
    if n_f3 < 0:
        raise DecodeError(f'non-nullable array RemovingReplicas has length {n_f3}')
    else:
        check_count(n_f3, B, P)
        f3 = list(struct.unpack_from('>%di' % n_f3, B, P))
        P += n_f3 * 4
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_ListPartitionReassignmentsResponse_OngoingTopicReassignment_OngoingPartitionReassignment(f0, f1, f2, f3, tf), P


def _d_ListPartitionReassignmentsResponse_OngoingTopicReassignment_v0(B: memoryview, P: int) -> tuple[ListPartitionReassignmentsResponse.OngoingTopicReassignment, int]:
    f0, P = read_compact_string(B, P)
    n_f1 = B[P]
    if n_f1 < 0x80:
        P += 1
    else:
        n_f1, P = read_uvarint(B, P)
    n_f1 -= 1
    f1: list[ListPartitionReassignmentsResponse.OngoingTopicReassignment.OngoingPartitionReassignment]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Partitions has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_ListPartitionReassignmentsResponse_OngoingTopicReassignment_OngoingPartitionReassignment_v0(B, P)
            f1.append(e_f1)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_ListPartitionReassignmentsResponse_OngoingTopicReassignment(f0, f1, tf), P


def _d_ListPartitionReassignmentsResponse_v0(B: memoryview, P: int) -> tuple[ListPartitionReassignmentsResponse, int]:
    (f0, f1,) = _S_ih.unpack_from(B, P)
    P += 6
    f2, P = read_compact_nullable_string(B, P)
    n_f3 = B[P]
    if n_f3 < 0x80:
        P += 1
    else:
        n_f3, P = read_uvarint(B, P)
    n_f3 -= 1
    f3: list[ListPartitionReassignmentsResponse.OngoingTopicReassignment]
    if n_f3 < 0:
        raise DecodeError(f'non-nullable array Topics has length {n_f3}')
    else:
        if n_f3 > len(B) - P:
            raise DecodeError(f'array length {n_f3} exceeds the buffer')
        f3 = []
        for _ in range(n_f3):
            e_f3, P = _d_ListPartitionReassignmentsResponse_OngoingTopicReassignment_v0(B, P)
            f3.append(e_f3)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_ListPartitionReassignmentsResponse(f0, f1, f2, f3, tf), P


def _e_ListPartitionReassignmentsResponse_OngoingTopicReassignment_OngoingPartitionReassignment_v0(o: ListPartitionReassignmentsResponse.OngoingTopicReassignment.OngoingPartitionReassignment, O: bytearray) -> None:
    O += _S_i.pack(o.partition_index)
    a1 = o.replicas
    if a1 is None:
        raise EncodeError('non-nullable array Replicas is None')
    write_uvarint(O, len(a1) + 1)
    O += struct.pack('>%di' % len(a1), *a1)
    a2 = o.adding_replicas
    if a2 is None:
        raise EncodeError('non-nullable array AddingReplicas is None')
    write_uvarint(O, len(a2) + 1)
    O += struct.pack('>%di' % len(a2), *a2)
    a3 = o.removing_replicas
    if a3 is None:
        raise EncodeError('non-nullable array RemovingReplicas is None')
    write_uvarint(O, len(a3) + 1)
    O += struct.pack('>%di' % len(a3), *a3)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_ListPartitionReassignmentsResponse_OngoingTopicReassignment_v0(o: ListPartitionReassignmentsResponse.OngoingTopicReassignment, O: bytearray) -> None:
    write_compact_string(O, o.name)
    a1 = o.partitions
    if a1 is None:
        raise EncodeError('non-nullable array Partitions is None')
    write_uvarint(O, len(a1) + 1)
    for e_a1 in a1:
        _e_ListPartitionReassignmentsResponse_OngoingTopicReassignment_OngoingPartitionReassignment_v0(e_a1, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_ListPartitionReassignmentsResponse_v0(o: ListPartitionReassignmentsResponse, O: bytearray) -> None:
    O += _S_ih.pack(o.throttle_time_ms, o.error_code)
    write_compact_nullable_string(O, o.error_message)
    a3 = o.topics
    if a3 is None:
        raise EncodeError('non-nullable array Topics is None')
    write_uvarint(O, len(a3) + 1)
    for e_a3 in a3:
        _e_ListPartitionReassignmentsResponse_OngoingTopicReassignment_v0(e_a3, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


_C_ListPartitionReassignmentsRequest = ListPartitionReassignmentsRequest
_C_ListPartitionReassignmentsRequest_ListPartitionReassignmentsTopics = ListPartitionReassignmentsRequest.ListPartitionReassignmentsTopics
_DEF_C_ListPartitionReassignmentsRequest_ListPartitionReassignmentsTopics = _C_ListPartitionReassignmentsRequest_ListPartitionReassignmentsTopics()
_DEC_ListPartitionReassignmentsRequest: dict[int, Decoder[ListPartitionReassignmentsRequest]] = {
    0: _d_ListPartitionReassignmentsRequest_v0,
}
_ENC_ListPartitionReassignmentsRequest: dict[int, Encoder[ListPartitionReassignmentsRequest]] = {
    0: _e_ListPartitionReassignmentsRequest_v0,
}
ListPartitionReassignmentsRequest.FIELDS = (
    FieldInfo('TimeoutMs', 'timeout_ms', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Topics', 'topics', '[]ListPartitionReassignmentsTopics', (0, OPEN), (0, OPEN), None, None, False, None, None, _C_ListPartitionReassignmentsRequest_ListPartitionReassignmentsTopics),
)
ListPartitionReassignmentsRequest.ListPartitionReassignmentsTopics.FIELDS = (
    FieldInfo('Name', 'name', 'string', (0, OPEN), None, None, None, False, 'topicName', None, None),
    FieldInfo('PartitionIndexes', 'partition_indexes', '[]int32', (0, OPEN), None, None, None, False, None, None, None),
)

_C_ListPartitionReassignmentsResponse = ListPartitionReassignmentsResponse
_C_ListPartitionReassignmentsResponse_OngoingTopicReassignment = ListPartitionReassignmentsResponse.OngoingTopicReassignment
_C_ListPartitionReassignmentsResponse_OngoingTopicReassignment_OngoingPartitionReassignment = ListPartitionReassignmentsResponse.OngoingTopicReassignment.OngoingPartitionReassignment
_DEF_C_ListPartitionReassignmentsResponse_OngoingTopicReassignment = _C_ListPartitionReassignmentsResponse_OngoingTopicReassignment()
_DEF_C_ListPartitionReassignmentsResponse_OngoingTopicReassignment_OngoingPartitionReassignment = _C_ListPartitionReassignmentsResponse_OngoingTopicReassignment_OngoingPartitionReassignment()
_DEC_ListPartitionReassignmentsResponse: dict[int, Decoder[ListPartitionReassignmentsResponse]] = {
    0: _d_ListPartitionReassignmentsResponse_v0,
}
_ENC_ListPartitionReassignmentsResponse: dict[int, Encoder[ListPartitionReassignmentsResponse]] = {
    0: _e_ListPartitionReassignmentsResponse_v0,
}
ListPartitionReassignmentsResponse.FIELDS = (
    FieldInfo('ThrottleTimeMs', 'throttle_time_ms', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('ErrorCode', 'error_code', 'int16', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('ErrorMessage', 'error_message', 'string', (0, OPEN), (0, OPEN), None, None, False, None, None, None),
    FieldInfo('Topics', 'topics', '[]OngoingTopicReassignment', (0, OPEN), None, None, None, False, None, None, _C_ListPartitionReassignmentsResponse_OngoingTopicReassignment),
)
ListPartitionReassignmentsResponse.OngoingTopicReassignment.FIELDS = (
    FieldInfo('Name', 'name', 'string', (0, OPEN), None, None, None, False, 'topicName', None, None),
    FieldInfo('Partitions', 'partitions', '[]OngoingPartitionReassignment', (0, OPEN), None, None, None, False, None, None, _C_ListPartitionReassignmentsResponse_OngoingTopicReassignment_OngoingPartitionReassignment),
)
ListPartitionReassignmentsResponse.OngoingTopicReassignment.OngoingPartitionReassignment.FIELDS = (
    FieldInfo('PartitionIndex', 'partition_index', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Replicas', 'replicas', '[]int32', (0, OPEN), None, None, None, False, 'brokerId', None, None),
    FieldInfo('AddingReplicas', 'adding_replicas', '[]int32', (0, OPEN), None, None, None, False, 'brokerId', None, None),
    FieldInfo('RemovingReplicas', 'removing_replicas', '[]int32', (0, OPEN), None, None, None, False, 'brokerId', None, None),
)
