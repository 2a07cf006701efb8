"""API key 91: AlterShareGroupOffsets.

GENERATED - DO NOT EDIT. Written by ``python -m wire.generator`` from Apache Kafka 4.1.1's
message definitions (AlterShareGroupOffsetsRequest.json, AlterShareGroupOffsetsResponse.json).
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


_S_ih = struct.Struct('>ih')
_S_iq = struct.Struct('>iq')


@dataclass(slots=True)
class AlterShareGroupOffsetsRequest:
    """AlterShareGroupOffsetsRequest (API key 91, versions 0-0).

    Generated from AlterShareGroupOffsetsRequest.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = 91
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    LATEST_VERSION: ClassVar[int] = 0
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
    FLEXIBLE_MIN: ClassVar[int | None] = 0
    #: Who serves this request in Kafka (empty for responses).
    LISTENERS: ClassVar[tuple[str, ...]] = ('broker',)
    FIELDS: ClassVar[tuple[FieldInfo, ...]]

    @dataclass(slots=True)
    class AlterShareGroupOffsetsRequestTopic:
        FIELDS: ClassVar[tuple[FieldInfo, ...]]

        @dataclass(slots=True)
        class AlterShareGroupOffsetsRequestPartition:
            FIELDS: ClassVar[tuple[FieldInfo, ...]]

            #: The partition index.
            partition_index: int = 0
            #: The share-partition start offset.
            start_offset: int = 0
            #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
            unknown_tagged_fields: list[tuple[int, bytes]] | None = None

        #: The topic name.
        topic_name: str = ''
        #: Each partition to alter offsets for.
        partitions: list[AlterShareGroupOffsetsRequest.AlterShareGroupOffsetsRequestTopic.AlterShareGroupOffsetsRequestPartition] = field(default_factory=list)
        #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
        unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    AlterShareGroupOffsetsRequestPartition = AlterShareGroupOffsetsRequestTopic.AlterShareGroupOffsetsRequestPartition
    #: The group identifier.
    group_id: str = ''
    #: The topics to alter offsets for.
    topics: list[AlterShareGroupOffsetsRequest.AlterShareGroupOffsetsRequestTopic] = field(default_factory=list)
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> AlterShareGroupOffsetsRequest:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_AlterShareGroupOffsetsRequest, data, version, 'AlterShareGroupOffsetsRequest', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_AlterShareGroupOffsetsRequest, self, version, 'AlterShareGroupOffsetsRequest')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_AlterShareGroupOffsetsRequest, self, version, 'AlterShareGroupOffsetsRequest')


@dataclass(slots=True)
class AlterShareGroupOffsetsResponse:
    """AlterShareGroupOffsetsResponse (API key 91, versions 0-0).

    Generated from AlterShareGroupOffsetsResponse.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = 91
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    LATEST_VERSION: ClassVar[int] = 0
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
    FLEXIBLE_MIN: ClassVar[int | None] = 0
    #: Who serves this request in Kafka (empty for responses).
    LISTENERS: ClassVar[tuple[str, ...]] = ()
    FIELDS: ClassVar[tuple[FieldInfo, ...]]

    @dataclass(slots=True)
    class AlterShareGroupOffsetsResponseTopic:
        FIELDS: ClassVar[tuple[FieldInfo, ...]]

        @dataclass(slots=True)
        class AlterShareGroupOffsetsResponsePartition:
            FIELDS: ClassVar[tuple[FieldInfo, ...]]

            #: The partition index.
            partition_index: int = 0
            #: The error code, or 0 if there was no error.
            error_code: int = 0
            #: The error message, or null if there was no error.
            error_message: str | None = None
            #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
            unknown_tagged_fields: list[tuple[int, bytes]] | None = None

        #: The topic name.
        topic_name: str = ''
        #: The unique topic ID.
        topic_id: UUID = ZERO_UUID
        partitions: list[AlterShareGroupOffsetsResponse.AlterShareGroupOffsetsResponseTopic.AlterShareGroupOffsetsResponsePartition] = field(default_factory=list)
        #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
        unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    AlterShareGroupOffsetsResponsePartition = AlterShareGroupOffsetsResponseTopic.AlterShareGroupOffsetsResponsePartition
    #: The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    throttle_time_ms: int = 0
    #: The top-level error code, or 0 if there was no error.
    error_code: int = 0
    #: The top-level error message, or null if there was no error.
    error_message: str | None = None
    #: The results for each topic.
    responses: list[AlterShareGroupOffsetsResponse.AlterShareGroupOffsetsResponseTopic] = field(default_factory=list)
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> AlterShareGroupOffsetsResponse:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_AlterShareGroupOffsetsResponse, data, version, 'AlterShareGroupOffsetsResponse', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_AlterShareGroupOffsetsResponse, self, version, 'AlterShareGroupOffsetsResponse')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_AlterShareGroupOffsetsResponse, self, version, 'AlterShareGroupOffsetsResponse')

def _d_AlterShareGroupOffsetsRequest_AlterShareGroupOffsetsRequestTopic_AlterShareGroupOffsetsRequestPartition_v0(B: memoryview, P: int) -> tuple[AlterShareGroupOffsetsRequest.AlterShareGroupOffsetsRequestTopic.AlterShareGroupOffsetsRequestPartition, int]:
    (f0, f1,) = _S_iq.unpack_from(B, P)
    P += 12
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_AlterShareGroupOffsetsRequest_AlterShareGroupOffsetsRequestTopic_AlterShareGroupOffsetsRequestPartition(f0, f1, tf), P


def _d_AlterShareGroupOffsetsRequest_AlterShareGroupOffsetsRequestTopic_v0(B: memoryview, P: int) -> tuple[AlterShareGroupOffsetsRequest.AlterShareGroupOffsetsRequestTopic, int]:
    f0, P = read_compact_string(B, P)
    n_f1 = B[P]
    if n_f1 < 0x80:
        P += 1
    else:
        n_f1, P = read_uvarint(B, P)
    n_f1 -= 1
    f1: list[AlterShareGroupOffsetsRequest.AlterShareGroupOffsetsRequestTopic.AlterShareGroupOffsetsRequestPartition]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Partitions has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_AlterShareGroupOffsetsRequest_AlterShareGroupOffsetsRequestTopic_AlterShareGroupOffsetsRequestPartition_v0(B, P)
            f1.append(e_f1)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_AlterShareGroupOffsetsRequest_AlterShareGroupOffsetsRequestTopic(f0, f1, tf), P


def _d_AlterShareGroupOffsetsRequest_v0(B: memoryview, P: int) -> tuple[AlterShareGroupOffsetsRequest, int]:
    f0, P = read_compact_string(B, P)
    n_f1 = B[P]
    if n_f1 < 0x80:
        P += 1
    else:
        n_f1, P = read_uvarint(B, P)
    n_f1 -= 1
    f1: list[AlterShareGroupOffsetsRequest.AlterShareGroupOffsetsRequestTopic]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Topics has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_AlterShareGroupOffsetsRequest_AlterShareGroupOffsetsRequestTopic_v0(B, P)
            f1.append(e_f1)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_AlterShareGroupOffsetsRequest(f0, f1, tf), P


def _e_AlterShareGroupOffsetsRequest_AlterShareGroupOffsetsRequestTopic_AlterShareGroupOffsetsRequestPartition_v0(o: AlterShareGroupOffsetsRequest.AlterShareGroupOffsetsRequestTopic.AlterShareGroupOffsetsRequestPartition, O: bytearray) -> None:
    O += _S_iq.pack(o.partition_index, o.start_offset)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_AlterShareGroupOffsetsRequest_AlterShareGroupOffsetsRequestTopic_v0(o: AlterShareGroupOffsetsRequest.AlterShareGroupOffsetsRequestTopic, O: bytearray) -> None:
    write_compact_string(O, o.topic_name)
    a1 = o.partitions
    if a1 is None:
        raise EncodeError('non-nullable array Partitions is None')
    write_uvarint(O, len(a1) + 1)
    for e_a1 in a1:
        _e_AlterShareGroupOffsetsRequest_AlterShareGroupOffsetsRequestTopic_AlterShareGroupOffsetsRequestPartition_v0(e_a1, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_AlterShareGroupOffsetsRequest_v0(o: AlterShareGroupOffsetsRequest, O: bytearray) -> None:
    write_compact_string(O, o.group_id)
    a1 = o.topics
    if a1 is None:
        raise EncodeError('non-nullable array Topics is None')
    write_uvarint(O, len(a1) + 1)
    for e_a1 in a1:
        _e_AlterShareGroupOffsetsRequest_AlterShareGroupOffsetsRequestTopic_v0(e_a1, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _d_AlterShareGroupOffsetsResponse_AlterShareGroupOffsetsResponseTopic_AlterShareGroupOffsetsResponsePartition_v0(B: memoryview, P: int) -> tuple[AlterShareGroupOffsetsResponse.AlterShareGroupOffsetsResponseTopic.AlterShareGroupOffsetsResponsePartition, int]:
    (f0, f1,) = _S_ih.unpack_from(B, P)
    P += 6
    f2, P = read_compact_nullable_string(B, P)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_AlterShareGroupOffsetsResponse_AlterShareGroupOffsetsResponseTopic_AlterShareGroupOffsetsResponsePartition(f0, f1, f2, tf), P


def _d_AlterShareGroupOffsetsResponse_AlterShareGroupOffsetsResponseTopic_v0(B: memoryview, P: int) -> tuple[AlterShareGroupOffsetsResponse.AlterShareGroupOffsetsResponseTopic, int]:
    f0, P = read_compact_string(B, P)
    f1, P = read_uuid(B, P)
    n_f2 = B[P]
    if n_f2 < 0x80:
        P += 1
    else:
        n_f2, P = read_uvarint(B, P)
    n_f2 -= 1
    f2: list[AlterShareGroupOffsetsResponse.AlterShareGroupOffsetsResponseTopic.AlterShareGroupOffsetsResponsePartition]
    if n_f2 < 0:
        raise DecodeError(f'non-nullable array Partitions has length {n_f2}')
    else:
        if n_f2 > len(B) - P:
            raise DecodeError(f'array length {n_f2} exceeds the buffer')
        f2 = []
        for _ in range(n_f2):
            e_f2, P = _d_AlterShareGroupOffsetsResponse_AlterShareGroupOffsetsResponseTopic_AlterShareGroupOffsetsResponsePartition_v0(B, P)
            f2.append(e_f2)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_AlterShareGroupOffsetsResponse_AlterShareGroupOffsetsResponseTopic(f0, f1, f2, tf), P


def _d_AlterShareGroupOffsetsResponse_v0(B: memoryview, P: int) -> tuple[AlterShareGroupOffsetsResponse, int]:
    (f0, f1,) = _S_ih.unpack_from(B, P)
    P += 6
    f2, P = read_compact_nullable_string(B, P)
    n_f3 = B[P]
    if n_f3 < 0x80:
        P += 1
    else:
        n_f3, P = read_uvarint(B, P)
    n_f3 -= 1
    f3: list[AlterShareGroupOffsetsResponse.AlterShareGroupOffsetsResponseTopic]
    if n_f3 < 0:
        raise DecodeError(f'non-nullable array Responses has length {n_f3}')
    else:
        if n_f3 > len(B) - P:
            raise DecodeError(f'array length {n_f3} exceeds the buffer')
        f3 = []
        for _ in range(n_f3):
            e_f3, P = _d_AlterShareGroupOffsetsResponse_AlterShareGroupOffsetsResponseTopic_v0(B, P)
            f3.append(e_f3)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_AlterShareGroupOffsetsResponse(f0, f1, f2, f3, tf), P


def _e_AlterShareGroupOffsetsResponse_AlterShareGroupOffsetsResponseTopic_AlterShareGroupOffsetsResponsePartition_v0(o: AlterShareGroupOffsetsResponse.AlterShareGroupOffsetsResponseTopic.AlterShareGroupOffsetsResponsePartition, O: bytearray) -> None:
    O += _S_ih.pack(o.partition_index, o.error_code)
    write_compact_nullable_string(O, o.error_message)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_AlterShareGroupOffsetsResponse_AlterShareGroupOffsetsResponseTopic_v0(o: AlterShareGroupOffsetsResponse.AlterShareGroupOffsetsResponseTopic, O: bytearray) -> None:
    write_compact_string(O, o.topic_name)
    write_uuid(O, o.topic_id)
    a2 = o.partitions
    if a2 is None:
        raise EncodeError('non-nullable array Partitions is None')
    write_uvarint(O, len(a2) + 1)
    for e_a2 in a2:
        _e_AlterShareGroupOffsetsResponse_AlterShareGroupOffsetsResponseTopic_AlterShareGroupOffsetsResponsePartition_v0(e_a2, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_AlterShareGroupOffsetsResponse_v0(o: AlterShareGroupOffsetsResponse, O: bytearray) -> None:
    O += _S_ih.pack(o.throttle_time_ms, o.error_code)
    write_compact_nullable_string(O, o.error_message)
    a3 = o.responses
    if a3 is None:
        raise EncodeError('non-nullable array Responses is None')
    write_uvarint(O, len(a3) + 1)
    for e_a3 in a3:
        _e_AlterShareGroupOffsetsResponse_AlterShareGroupOffsetsResponseTopic_v0(e_a3, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


_C_AlterShareGroupOffsetsRequest = AlterShareGroupOffsetsRequest
_C_AlterShareGroupOffsetsRequest_AlterShareGroupOffsetsRequestTopic = AlterShareGroupOffsetsRequest.AlterShareGroupOffsetsRequestTopic
_C_AlterShareGroupOffsetsRequest_AlterShareGroupOffsetsRequestTopic_AlterShareGroupOffsetsRequestPartition = AlterShareGroupOffsetsRequest.AlterShareGroupOffsetsRequestTopic.AlterShareGroupOffsetsRequestPartition
_DEF_C_AlterShareGroupOffsetsRequest_AlterShareGroupOffsetsRequestTopic = _C_AlterShareGroupOffsetsRequest_AlterShareGroupOffsetsRequestTopic()
_DEF_C_AlterShareGroupOffsetsRequest_AlterShareGroupOffsetsRequestTopic_AlterShareGroupOffsetsRequestPartition = _C_AlterShareGroupOffsetsRequest_AlterShareGroupOffsetsRequestTopic_AlterShareGroupOffsetsRequestPartition()
_DEC_AlterShareGroupOffsetsRequest: dict[int, Decoder[AlterShareGroupOffsetsRequest]] = {
    0: _d_AlterShareGroupOffsetsRequest_v0,
}
_ENC_AlterShareGroupOffsetsRequest: dict[int, Encoder[AlterShareGroupOffsetsRequest]] = {
    0: _e_AlterShareGroupOffsetsRequest_v0,
}
AlterShareGroupOffsetsRequest.FIELDS = (
    FieldInfo('GroupId', 'group_id', 'string', (0, OPEN), None, None, None, False, 'groupId', None, None),
    FieldInfo('Topics', 'topics', '[]AlterShareGroupOffsetsRequestTopic', (0, OPEN), None, None, None, False, None, None, _C_AlterShareGroupOffsetsRequest_AlterShareGroupOffsetsRequestTopic),
)
AlterShareGroupOffsetsRequest.AlterShareGroupOffsetsRequestTopic.FIELDS = (
    FieldInfo('TopicName', 'topic_name', 'string', (0, OPEN), None, None, None, False, 'topicName', None, None),
    FieldInfo('Partitions', 'partitions', '[]AlterShareGroupOffsetsRequestPartition', (0, OPEN), None, None, None, False, None, None, _C_AlterShareGroupOffsetsRequest_AlterShareGroupOffsetsRequestTopic_AlterShareGroupOffsetsRequestPartition),
)
AlterShareGroupOffsetsRequest.AlterShareGroupOffsetsRequestTopic.AlterShareGroupOffsetsRequestPartition.FIELDS = (
    FieldInfo('PartitionIndex', 'partition_index', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('StartOffset', 'start_offset', 'int64', (0, OPEN), None, None, None, False, None, None, None),
)

_C_AlterShareGroupOffsetsResponse = AlterShareGroupOffsetsResponse
_C_AlterShareGroupOffsetsResponse_AlterShareGroupOffsetsResponseTopic = AlterShareGroupOffsetsResponse.AlterShareGroupOffsetsResponseTopic
_C_AlterShareGroupOffsetsResponse_AlterShareGroupOffsetsResponseTopic_AlterShareGroupOffsetsResponsePartition = AlterShareGroupOffsetsResponse.AlterShareGroupOffsetsResponseTopic.AlterShareGroupOffsetsResponsePartition
_DEF_C_AlterShareGroupOffsetsResponse_AlterShareGroupOffsetsResponseTopic = _C_AlterShareGroupOffsetsResponse_AlterShareGroupOffsetsResponseTopic()
_DEF_C_AlterShareGroupOffsetsResponse_AlterShareGroupOffsetsResponseTopic_AlterShareGroupOffsetsResponsePartition = _C_AlterShareGroupOffsetsResponse_AlterShareGroupOffsetsResponseTopic_AlterShareGroupOffsetsResponsePartition()
_DEC_AlterShareGroupOffsetsResponse: dict[int, Decoder[AlterShareGroupOffsetsResponse]] = {
    0: _d_AlterShareGroupOffsetsResponse_v0,
}
_ENC_AlterShareGroupOffsetsResponse: dict[int, Encoder[AlterShareGroupOffsetsResponse]] = {
    0: _e_AlterShareGroupOffsetsResponse_v0,
}
AlterShareGroupOffsetsResponse.FIELDS = (
    FieldInfo('ThrottleTimeMs', 'throttle_time_ms', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('ErrorCode', 'error_code', 'int16', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('ErrorMessage', 'error_message', 'string', (0, OPEN), (0, OPEN), None, None, False, None, None, None),
    FieldInfo('Responses', 'responses', '[]AlterShareGroupOffsetsResponseTopic', (0, OPEN), None, None, None, False, None, None, _C_AlterShareGroupOffsetsResponse_AlterShareGroupOffsetsResponseTopic),
)
AlterShareGroupOffsetsResponse.AlterShareGroupOffsetsResponseTopic.FIELDS = (
    FieldInfo('TopicName', 'topic_name', 'string', (0, OPEN), None, None, None, False, 'topicName', None, None),
    FieldInfo('TopicId', 'topic_id', 'uuid', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Partitions', 'partitions', '[]AlterShareGroupOffsetsResponsePartition', (0, OPEN), None, None, None, False, None, None, _C_AlterShareGroupOffsetsResponse_AlterShareGroupOffsetsResponseTopic_AlterShareGroupOffsetsResponsePartition),
)
AlterShareGroupOffsetsResponse.AlterShareGroupOffsetsResponseTopic.AlterShareGroupOffsetsResponsePartition.FIELDS = (
    FieldInfo('PartitionIndex', 'partition_index', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('ErrorCode', 'error_code', 'int16', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('ErrorMessage', 'error_message', 'string', (0, OPEN), (0, OPEN), None, None, False, None, None, None),
)
