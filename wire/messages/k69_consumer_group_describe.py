"""API key 69: ConsumerGroupDescribe.

GENERATED - DO NOT EDIT. Written by ``python -m wire.generator`` from Apache Kafka 4.1.1's
message definitions (ConsumerGroupDescribeRequest.json, ConsumerGroupDescribeResponse.json).
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


_S_o = struct.Struct('>?')
_S_b = struct.Struct('>b')
_S_h = struct.Struct('>h')
_S_i = struct.Struct('>i')
_S_ii = struct.Struct('>ii')


@dataclass(slots=True)
class ConsumerGroupDescribeRequest:
    """ConsumerGroupDescribeRequest (API key 69, versions 0-1).

    Generated from ConsumerGroupDescribeRequest.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = 69
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 1
    LATEST_VERSION: ClassVar[int] = 1
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
    FLEXIBLE_MIN: ClassVar[int | None] = 0
    #: Who serves this request in Kafka (empty for responses).
    LISTENERS: ClassVar[tuple[str, ...]] = ('broker',)
    FIELDS: ClassVar[tuple[FieldInfo, ...]]

    #: The ids of the groups to describe.
    group_ids: list[str] = field(default_factory=list)
    #: Whether to include authorized operations.
    include_authorized_operations: bool = False
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> ConsumerGroupDescribeRequest:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_ConsumerGroupDescribeRequest, data, version, 'ConsumerGroupDescribeRequest', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_ConsumerGroupDescribeRequest, self, version, 'ConsumerGroupDescribeRequest')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_ConsumerGroupDescribeRequest, self, version, 'ConsumerGroupDescribeRequest')


@dataclass(slots=True)
class ConsumerGroupDescribeResponse:
    """ConsumerGroupDescribeResponse (API key 69, versions 0-1).

    Generated from ConsumerGroupDescribeResponse.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = 69
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 1
    LATEST_VERSION: ClassVar[int] = 1
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
    FLEXIBLE_MIN: ClassVar[int | None] = 0
    #: Who serves this request in Kafka (empty for responses).
    LISTENERS: ClassVar[tuple[str, ...]] = ()
    FIELDS: ClassVar[tuple[FieldInfo, ...]]

    @dataclass(slots=True)
    class TopicPartitions:
        FIELDS: ClassVar[tuple[FieldInfo, ...]]

        #: The topic ID.
        topic_id: UUID = ZERO_UUID
        #: The topic name.
        topic_name: str = ''
        #: The partitions.
        partitions: list[int] = field(default_factory=list)
        #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
        unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @dataclass(slots=True)
    class Assignment:
        FIELDS: ClassVar[tuple[FieldInfo, ...]]

        #: The assigned topic-partitions to the member.
        topic_partitions: list[ConsumerGroupDescribeResponse.TopicPartitions] = field(default_factory=list)
        #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
        unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @dataclass(slots=True)
    class DescribedGroup:
        FIELDS: ClassVar[tuple[FieldInfo, ...]]

        @dataclass(slots=True)
        class Member:
            FIELDS: ClassVar[tuple[FieldInfo, ...]]

            #: The member ID.
            member_id: str = ''
            #: The member instance ID.
            instance_id: str | None = None
            #: The member rack ID.
            rack_id: str | None = None
            #: The current member epoch.
            member_epoch: int = 0
            #: The client ID.
            client_id: str = ''
            #: The client host.
            client_host: str = ''
            #: The subscribed topic names.
            subscribed_topic_names: list[str] = field(default_factory=list)
            #: the subscribed topic regex otherwise or null of not provided.
            subscribed_topic_regex: str | None = None
            #: The current assignment.
            assignment: ConsumerGroupDescribeResponse.Assignment = field(default_factory=lambda: _C_ConsumerGroupDescribeResponse_Assignment())
            #: The target assignment.
            target_assignment: ConsumerGroupDescribeResponse.Assignment = field(default_factory=lambda: _C_ConsumerGroupDescribeResponse_Assignment())
            #: -1 for unknown. 0 for classic member. +1 for consumer member.
            member_type: int = -1
            #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
            unknown_tagged_fields: list[tuple[int, bytes]] | None = None

        #: The describe error, or 0 if there was no error.
        error_code: int = 0
        #: The top-level error message, or null if there was no error.
        error_message: str | None = None
        #: The group ID string.
        group_id: str = ''
        #: The group state string, or the empty string.
        group_state: str = ''
        #: The group epoch.
        group_epoch: int = 0
        #: The assignment epoch.
        assignment_epoch: int = 0
        #: The selected assignor.
        assignor_name: str = ''
        #: The members.
        members: list[ConsumerGroupDescribeResponse.DescribedGroup.Member] = field(default_factory=list)
        #: 32-bit bitfield to represent authorized operations for this group.
        authorized_operations: int = -2147483648
        #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
        unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    Member = DescribedGroup.Member
    #: The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    throttle_time_ms: int = 0
    #: Each described group.
    groups: list[ConsumerGroupDescribeResponse.DescribedGroup] = field(default_factory=list)
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> ConsumerGroupDescribeResponse:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_ConsumerGroupDescribeResponse, data, version, 'ConsumerGroupDescribeResponse', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_ConsumerGroupDescribeResponse, self, version, 'ConsumerGroupDescribeResponse')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_ConsumerGroupDescribeResponse, self, version, 'ConsumerGroupDescribeResponse')

def _d_ConsumerGroupDescribeRequest_v0(B: memoryview, P: int) -> tuple[ConsumerGroupDescribeRequest, int]:
    n_f0 = B[P]
    if n_f0 < 0x80:
        P += 1
    else:
        n_f0, P = read_uvarint(B, P)
    n_f0 -= 1
    f0: list[str]
    if n_f0 < 0:
        raise DecodeError(f'non-nullable array GroupIds has length {n_f0}')
    else:
        if n_f0 > len(B) - P:
            raise DecodeError(f'array length {n_f0} exceeds the buffer')
        f0 = []
        for _ in range(n_f0):
            e_f0, P = read_compact_string(B, P)
            f0.append(e_f0)
    (f1,) = _S_o.unpack_from(B, P)
    P += 1
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_ConsumerGroupDescribeRequest(f0, f1, tf), P


def _e_ConsumerGroupDescribeRequest_v0(o: ConsumerGroupDescribeRequest, O: bytearray) -> None:
    a0 = o.group_ids
    if a0 is None:
        raise EncodeError('non-nullable array GroupIds is None')
    write_uvarint(O, len(a0) + 1)
    for e_a0 in a0:
        write_compact_string(O, e_a0)
    O += _S_o.pack(o.include_authorized_operations)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _d_ConsumerGroupDescribeResponse_TopicPartitions_v0(B: memoryview, P: int) -> tuple[ConsumerGroupDescribeResponse.TopicPartitions, int]:
    f0, P = read_uuid(B, P)
    f1, P = read_compact_string(B, P)
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
    return _C_ConsumerGroupDescribeResponse_TopicPartitions(f0, f1, f2, tf), P


def _d_ConsumerGroupDescribeResponse_Assignment_v0(B: memoryview, P: int) -> tuple[ConsumerGroupDescribeResponse.Assignment, int]:
    n_f0 = B[P]
    if n_f0 < 0x80:
        P += 1
    else:
        n_f0, P = read_uvarint(B, P)
    n_f0 -= 1
    f0: list[ConsumerGroupDescribeResponse.TopicPartitions]
    if n_f0 < 0:
        raise DecodeError(f'non-nullable array TopicPartitions has length {n_f0}')
    else:
        if n_f0 > len(B) - P:
            raise DecodeError(f'array length {n_f0} exceeds the buffer')
        f0 = []
        for _ in range(n_f0):
            e_f0, P = _d_ConsumerGroupDescribeResponse_TopicPartitions_v0(B, P)
            f0.append(e_f0)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_ConsumerGroupDescribeResponse_Assignment(f0, tf), P


def _d_ConsumerGroupDescribeResponse_DescribedGroup_Member_v0(B: memoryview, P: int) -> tuple[ConsumerGroupDescribeResponse.DescribedGroup.Member, int]:
    f0, P = read_compact_string(B, P)
    f1, P = read_compact_nullable_string(B, P)
    f2, P = read_compact_nullable_string(B, P)
    (f3,) = _S_i.unpack_from(B, P)
    P += 4
    f4, P = read_compact_string(B, P)
    f5, P = read_compact_string(B, P)
    n_f6 = B[P]
    if n_f6 < 0x80:
        P += 1
    else:
        n_f6, P = read_uvarint(B, P)
    n_f6 -= 1
    f6: list[str]
    if n_f6 < 0:
        raise DecodeError(f'non-nullable array SubscribedTopicNames has length {n_f6}')
    else:
        if n_f6 > len(B) - P:
            raise DecodeError(f'array length {n_f6} exceeds the buffer')
        f6 = []
        for _ in range(n_f6):
            e_f6, P = read_compact_string(B, P)
            f6.append(e_f6)
    f7, P = read_compact_nullable_string(B, P)
    f8, P = _d_ConsumerGroupDescribeResponse_Assignment_v0(B, P)
    f9, P = _d_ConsumerGroupDescribeResponse_Assignment_v0(B, P)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_ConsumerGroupDescribeResponse_DescribedGroup_Member(f0, f1, f2, f3, f4, f5, f6, f7, f8, f9, -1, tf), P


def _d_ConsumerGroupDescribeResponse_DescribedGroup_v0(B: memoryview, P: int) -> tuple[ConsumerGroupDescribeResponse.DescribedGroup, int]:
    (f0,) = _S_h.unpack_from(B, P)
    P += 2
    f1, P = read_compact_nullable_string(B, P)
    f2, P = read_compact_string(B, P)
    f3, P = read_compact_string(B, P)
    (f4, f5,) = _S_ii.unpack_from(B, P)
    P += 8
    f6, P = read_compact_string(B, P)
    n_f7 = B[P]
    if n_f7 < 0x80:
        P += 1
    else:
        n_f7, P = read_uvarint(B, P)
    n_f7 -= 1
    f7: list[ConsumerGroupDescribeResponse.DescribedGroup.Member]
    if n_f7 < 0:
        raise DecodeError(f'non-nullable array Members has length {n_f7}')
    else:
        if n_f7 > len(B) - P:
            raise DecodeError(f'array length {n_f7} exceeds the buffer')
        f7 = []
        for _ in range(n_f7):
            e_f7, P = _d_ConsumerGroupDescribeResponse_DescribedGroup_Member_v0(B, P)
            f7.append(e_f7)
    (f8,) = _S_i.unpack_from(B, P)
    P += 4
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_ConsumerGroupDescribeResponse_DescribedGroup(f0, f1, f2, f3, f4, f5, f6, f7, f8, tf), P


def _d_ConsumerGroupDescribeResponse_v0(B: memoryview, P: int) -> tuple[ConsumerGroupDescribeResponse, int]:
    (f0,) = _S_i.unpack_from(B, P)
    P += 4
    n_f1 = B[P]
    if n_f1 < 0x80:
        P += 1
    else:
        n_f1, P = read_uvarint(B, P)
    n_f1 -= 1
    f1: list[ConsumerGroupDescribeResponse.DescribedGroup]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Groups has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_ConsumerGroupDescribeResponse_DescribedGroup_v0(B, P)
            f1.append(e_f1)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_ConsumerGroupDescribeResponse(f0, f1, tf), P


def _d_ConsumerGroupDescribeResponse_DescribedGroup_Member_v1(B: memoryview, P: int) -> tuple[ConsumerGroupDescribeResponse.DescribedGroup.Member, int]:
    f0, P = read_compact_string(B, P)
    f1, P = read_compact_nullable_string(B, P)
    f2, P = read_compact_nullable_string(B, P)
    (f3,) = _S_i.unpack_from(B, P)
    P += 4
    f4, P = read_compact_string(B, P)
    f5, P = read_compact_string(B, P)
    n_f6 = B[P]
    if n_f6 < 0x80:
        P += 1
    else:
        n_f6, P = read_uvarint(B, P)
    n_f6 -= 1
    f6: list[str]
    if n_f6 < 0:
        raise DecodeError(f'non-nullable array SubscribedTopicNames has length {n_f6}')
    else:
        if n_f6 > len(B) - P:
            raise DecodeError(f'array length {n_f6} exceeds the buffer')
        f6 = []
        for _ in range(n_f6):
            e_f6, P = read_compact_string(B, P)
            f6.append(e_f6)
    f7, P = read_compact_nullable_string(B, P)
    f8, P = _d_ConsumerGroupDescribeResponse_Assignment_v0(B, P)
    f9, P = _d_ConsumerGroupDescribeResponse_Assignment_v0(B, P)
    (f10,) = _S_b.unpack_from(B, P)
    P += 1
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_ConsumerGroupDescribeResponse_DescribedGroup_Member(f0, f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, tf), P


def _d_ConsumerGroupDescribeResponse_DescribedGroup_v1(B: memoryview, P: int) -> tuple[ConsumerGroupDescribeResponse.DescribedGroup, int]:
    (f0,) = _S_h.unpack_from(B, P)
    P += 2
    f1, P = read_compact_nullable_string(B, P)
    f2, P = read_compact_string(B, P)
    f3, P = read_compact_string(B, P)
    (f4, f5,) = _S_ii.unpack_from(B, P)
    P += 8
    f6, P = read_compact_string(B, P)
    n_f7 = B[P]
    if n_f7 < 0x80:
        P += 1
    else:
        n_f7, P = read_uvarint(B, P)
    n_f7 -= 1
    f7: list[ConsumerGroupDescribeResponse.DescribedGroup.Member]
    if n_f7 < 0:
        raise DecodeError(f'non-nullable array Members has length {n_f7}')
    else:
        if n_f7 > len(B) - P:
            raise DecodeError(f'array length {n_f7} exceeds the buffer')
        f7 = []
        for _ in range(n_f7):
            e_f7, P = _d_ConsumerGroupDescribeResponse_DescribedGroup_Member_v1(B, P)
            f7.append(e_f7)
    (f8,) = _S_i.unpack_from(B, P)
    P += 4
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_ConsumerGroupDescribeResponse_DescribedGroup(f0, f1, f2, f3, f4, f5, f6, f7, f8, tf), P


def _d_ConsumerGroupDescribeResponse_v1(B: memoryview, P: int) -> tuple[ConsumerGroupDescribeResponse, int]:
    (f0,) = _S_i.unpack_from(B, P)
    P += 4
    n_f1 = B[P]
    if n_f1 < 0x80:
        P += 1
    else:
        n_f1, P = read_uvarint(B, P)
    n_f1 -= 1
    f1: list[ConsumerGroupDescribeResponse.DescribedGroup]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Groups has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_ConsumerGroupDescribeResponse_DescribedGroup_v1(B, P)
            f1.append(e_f1)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_ConsumerGroupDescribeResponse(f0, f1, tf), P


def _e_ConsumerGroupDescribeResponse_TopicPartitions_v0(o: ConsumerGroupDescribeResponse.TopicPartitions, O: bytearray) -> None:
    write_uuid(O, o.topic_id)
    write_compact_string(O, o.topic_name)
    a2 = o.partitions
    if a2 is None:
        raise EncodeError('non-nullable array Partitions is None')
    write_uvarint(O, len(a2) + 1)
    O += struct.pack('>%di' % len(a2), *a2)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_ConsumerGroupDescribeResponse_Assignment_v0(o: ConsumerGroupDescribeResponse.Assignment, O: bytearray) -> None:
    a0 = o.topic_partitions
    if a0 is None:
        raise EncodeError('non-nullable array TopicPartitions is None')
    write_uvarint(O, len(a0) + 1)
    for e_a0 in a0:
        _e_ConsumerGroupDescribeResponse_TopicPartitions_v0(e_a0, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_ConsumerGroupDescribeResponse_DescribedGroup_Member_v0(o: ConsumerGroupDescribeResponse.DescribedGroup.Member, O: bytearray) -> None:
    write_compact_string(O, o.member_id)
    write_compact_nullable_string(O, o.instance_id)
    write_compact_nullable_string(O, o.rack_id)
    O += _S_i.pack(o.member_epoch)
    write_compact_string(O, o.client_id)
    write_compact_string(O, o.client_host)
    a6 = o.subscribed_topic_names
    if a6 is None:
        raise EncodeError('non-nullable array SubscribedTopicNames is None')
    write_uvarint(O, len(a6) + 1)
    for e_a6 in a6:
        write_compact_string(O, e_a6)
    write_compact_nullable_string(O, o.subscribed_topic_regex)
    a8 = o.assignment
    if a8 is None:
        raise EncodeError('non-nullable struct Assignment is None')
    _e_ConsumerGroupDescribeResponse_Assignment_v0(a8, O)
    a9 = o.target_assignment
    if a9 is None:
        raise EncodeError('non-nullable struct TargetAssignment is None')
    _e_ConsumerGroupDescribeResponse_Assignment_v0(a9, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_ConsumerGroupDescribeResponse_DescribedGroup_v0(o: ConsumerGroupDescribeResponse.DescribedGroup, O: bytearray) -> None:
    O += _S_h.pack(o.error_code)
    write_compact_nullable_string(O, o.error_message)
    write_compact_string(O, o.group_id)
    write_compact_string(O, o.group_state)
    O += _S_ii.pack(o.group_epoch, o.assignment_epoch)
    write_compact_string(O, o.assignor_name)
    a7 = o.members
    if a7 is None:
        raise EncodeError('non-nullable array Members is None')
    write_uvarint(O, len(a7) + 1)
    for e_a7 in a7:
        _e_ConsumerGroupDescribeResponse_DescribedGroup_Member_v0(e_a7, O)
    O += _S_i.pack(o.authorized_operations)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_ConsumerGroupDescribeResponse_v0(o: ConsumerGroupDescribeResponse, O: bytearray) -> None:
    O += _S_i.pack(o.throttle_time_ms)
    a1 = o.groups
    if a1 is None:
        raise EncodeError('non-nullable array Groups is None')
    write_uvarint(O, len(a1) + 1)
    for e_a1 in a1:
        _e_ConsumerGroupDescribeResponse_DescribedGroup_v0(e_a1, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_ConsumerGroupDescribeResponse_DescribedGroup_Member_v1(o: ConsumerGroupDescribeResponse.DescribedGroup.Member, O: bytearray) -> None:
    write_compact_string(O, o.member_id)
    write_compact_nullable_string(O, o.instance_id)
    write_compact_nullable_string(O, o.rack_id)
    O += _S_i.pack(o.member_epoch)
    write_compact_string(O, o.client_id)
    write_compact_string(O, o.client_host)
    a6 = o.subscribed_topic_names
    if a6 is None:
        raise EncodeError('non-nullable array SubscribedTopicNames is None')
    write_uvarint(O, len(a6) + 1)
    for e_a6 in a6:
        write_compact_string(O, e_a6)
    write_compact_nullable_string(O, o.subscribed_topic_regex)
    a8 = o.assignment
    if a8 is None:
        raise EncodeError('non-nullable struct Assignment is None')
    _e_ConsumerGroupDescribeResponse_Assignment_v0(a8, O)
    a9 = o.target_assignment
    if a9 is None:
        raise EncodeError('non-nullable struct TargetAssignment is None')
    _e_ConsumerGroupDescribeResponse_Assignment_v0(a9, O)
    O += _S_b.pack(o.member_type)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_ConsumerGroupDescribeResponse_DescribedGroup_v1(o: ConsumerGroupDescribeResponse.DescribedGroup, O: bytearray) -> None:
    O += _S_h.pack(o.error_code)
    write_compact_nullable_string(O, o.error_message)
    write_compact_string(O, o.group_id)
    write_compact_string(O, o.group_state)
    O += _S_ii.pack(o.group_epoch, o.assignment_epoch)
    write_compact_string(O, o.assignor_name)
    a7 = o.members
    if a7 is None:
        raise EncodeError('non-nullable array Members is None')
    write_uvarint(O, len(a7) + 1)
    for e_a7 in a7:
        _e_ConsumerGroupDescribeResponse_DescribedGroup_Member_v1(e_a7, O)
    O += _S_i.pack(o.authorized_operations)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_ConsumerGroupDescribeResponse_v1(o: ConsumerGroupDescribeResponse, O: bytearray) -> None:
    O += _S_i.pack(o.throttle_time_ms)
    a1 = o.groups
    if a1 is None:
        raise EncodeError('non-nullable array Groups is None')
    write_uvarint(O, len(a1) + 1)
    for e_a1 in a1:
        _e_ConsumerGroupDescribeResponse_DescribedGroup_v1(e_a1, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


_C_ConsumerGroupDescribeRequest = ConsumerGroupDescribeRequest
_DEC_ConsumerGroupDescribeRequest: dict[int, Decoder[ConsumerGroupDescribeRequest]] = {
    0: _d_ConsumerGroupDescribeRequest_v0,
    1: _d_ConsumerGroupDescribeRequest_v0,
}
_ENC_ConsumerGroupDescribeRequest: dict[int, Encoder[ConsumerGroupDescribeRequest]] = {
    0: _e_ConsumerGroupDescribeRequest_v0,
    1: _e_ConsumerGroupDescribeRequest_v0,
}
ConsumerGroupDescribeRequest.FIELDS = (
    FieldInfo('GroupIds', 'group_ids', '[]string', (0, OPEN), None, None, None, False, 'groupId', None, None),
    FieldInfo('IncludeAuthorizedOperations', 'include_authorized_operations', 'bool', (0, OPEN), None, None, None, False, None, None, None),
)

_C_ConsumerGroupDescribeResponse = ConsumerGroupDescribeResponse
_C_ConsumerGroupDescribeResponse_TopicPartitions = ConsumerGroupDescribeResponse.TopicPartitions
_C_ConsumerGroupDescribeResponse_Assignment = ConsumerGroupDescribeResponse.Assignment
_C_ConsumerGroupDescribeResponse_DescribedGroup = ConsumerGroupDescribeResponse.DescribedGroup
_C_ConsumerGroupDescribeResponse_DescribedGroup_Member = ConsumerGroupDescribeResponse.DescribedGroup.Member
_DEF_C_ConsumerGroupDescribeResponse_TopicPartitions = _C_ConsumerGroupDescribeResponse_TopicPartitions()
_DEF_C_ConsumerGroupDescribeResponse_Assignment = _C_ConsumerGroupDescribeResponse_Assignment()
_DEF_C_ConsumerGroupDescribeResponse_DescribedGroup = _C_ConsumerGroupDescribeResponse_DescribedGroup()
_DEF_C_ConsumerGroupDescribeResponse_DescribedGroup_Member = _C_ConsumerGroupDescribeResponse_DescribedGroup_Member()
_DEC_ConsumerGroupDescribeResponse: dict[int, Decoder[ConsumerGroupDescribeResponse]] = {
    0: _d_ConsumerGroupDescribeResponse_v0,
    1: _d_ConsumerGroupDescribeResponse_v1,
}
_ENC_ConsumerGroupDescribeResponse: dict[int, Encoder[ConsumerGroupDescribeResponse]] = {
    0: _e_ConsumerGroupDescribeResponse_v0,
    1: _e_ConsumerGroupDescribeResponse_v1,
}
ConsumerGroupDescribeResponse.FIELDS = (
    FieldInfo('ThrottleTimeMs', 'throttle_time_ms', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Groups', 'groups', '[]DescribedGroup', (0, OPEN), None, None, None, False, None, None, _C_ConsumerGroupDescribeResponse_DescribedGroup),
)
ConsumerGroupDescribeResponse.TopicPartitions.FIELDS = (
    FieldInfo('TopicId', 'topic_id', 'uuid', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('TopicName', 'topic_name', 'string', (0, OPEN), None, None, None, False, 'topicName', None, None),
    FieldInfo('Partitions', 'partitions', '[]int32', (0, OPEN), None, None, None, False, None, None, None),
)
ConsumerGroupDescribeResponse.Assignment.FIELDS = (
    FieldInfo('TopicPartitions', 'topic_partitions', '[]TopicPartitions', (0, OPEN), None, None, None, False, None, None, _C_ConsumerGroupDescribeResponse_TopicPartitions),
)
ConsumerGroupDescribeResponse.DescribedGroup.FIELDS = (
    FieldInfo('ErrorCode', 'error_code', 'int16', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('ErrorMessage', 'error_message', 'string', (0, OPEN), (0, OPEN), None, None, False, None, None, None),
    FieldInfo('GroupId', 'group_id', 'string', (0, OPEN), None, None, None, False, 'groupId', None, None),
    FieldInfo('GroupState', 'group_state', 'string', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('GroupEpoch', 'group_epoch', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('AssignmentEpoch', 'assignment_epoch', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('AssignorName', 'assignor_name', 'string', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Members', 'members', '[]Member', (0, OPEN), None, None, None, False, None, None, _C_ConsumerGroupDescribeResponse_DescribedGroup_Member),
    FieldInfo('AuthorizedOperations', 'authorized_operations', 'int32', (0, OPEN), None, None, None, False, None, None, None),
)
ConsumerGroupDescribeResponse.DescribedGroup.Member.FIELDS = (
    FieldInfo('MemberId', 'member_id', 'string', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('InstanceId', 'instance_id', 'string', (0, OPEN), (0, OPEN), None, None, False, None, None, None),
    FieldInfo('RackId', 'rack_id', 'string', (0, OPEN), (0, OPEN), None, None, False, None, None, None),
    FieldInfo('MemberEpoch', 'member_epoch', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('ClientId', 'client_id', 'string', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('ClientHost', 'client_host', 'string', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('SubscribedTopicNames', 'subscribed_topic_names', '[]string', (0, OPEN), None, None, None, False, 'topicName', None, None),
    FieldInfo('SubscribedTopicRegex', 'subscribed_topic_regex', 'string', (0, OPEN), (0, OPEN), None, None, False, None, None, None),
    FieldInfo('Assignment', 'assignment', 'Assignment', (0, OPEN), None, None, None, False, None, None, _C_ConsumerGroupDescribeResponse_Assignment),
    FieldInfo('TargetAssignment', 'target_assignment', 'Assignment', (0, OPEN), None, None, None, False, None, None, _C_ConsumerGroupDescribeResponse_Assignment),
    FieldInfo('MemberType', 'member_type', 'int8', (1, OPEN), None, None, None, True, None, None, None),
)
