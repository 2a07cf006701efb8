"""API key 47: OffsetDelete.

GENERATED - DO NOT EDIT. Written by ``python -m wire.generator`` from Apache Kafka 4.1.1's
message definitions (OffsetDeleteRequest.json, OffsetDeleteResponse.json).
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


_S_hii = struct.Struct('>hii')
_S_i = struct.Struct('>i')
_S_ih = struct.Struct('>ih')


@dataclass(slots=True)
class OffsetDeleteRequest:
    """OffsetDeleteRequest (API key 47, versions 0-0).

    Generated from OffsetDeleteRequest.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = 47
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    LATEST_VERSION: ClassVar[int] = 0
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
    FLEXIBLE_MIN: ClassVar[int | None] = None
    #: Who serves this request in Kafka (empty for responses).
    LISTENERS: ClassVar[tuple[str, ...]] = ('broker',)
    FIELDS: ClassVar[tuple[FieldInfo, ...]]

    @dataclass(slots=True)
    class OffsetDeleteRequestTopic:
        FIELDS: ClassVar[tuple[FieldInfo, ...]]

        @dataclass(slots=True)
        class OffsetDeleteRequestPartition:
            FIELDS: ClassVar[tuple[FieldInfo, ...]]

            #: The partition index.
            partition_index: int = 0

        #: The topic name.
        name: str = ''
        #: Each partition to delete offsets for.
        partitions: list[OffsetDeleteRequest.OffsetDeleteRequestTopic.OffsetDeleteRequestPartition] = field(default_factory=list)

    OffsetDeleteRequestPartition = OffsetDeleteRequestTopic.OffsetDeleteRequestPartition
    #: The unique group identifier.
    group_id: str = ''
    #: The topics to delete offsets for.
    topics: list[OffsetDeleteRequest.OffsetDeleteRequestTopic] = field(default_factory=list)

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> OffsetDeleteRequest:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_OffsetDeleteRequest, data, version, 'OffsetDeleteRequest', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_OffsetDeleteRequest, self, version, 'OffsetDeleteRequest')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_OffsetDeleteRequest, self, version, 'OffsetDeleteRequest')


@dataclass(slots=True)
class OffsetDeleteResponse:
    """OffsetDeleteResponse (API key 47, versions 0-0).

    Generated from OffsetDeleteResponse.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = 47
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    LATEST_VERSION: ClassVar[int] = 0
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
    FLEXIBLE_MIN: ClassVar[int | None] = None
    #: Who serves this request in Kafka (empty for responses).
    LISTENERS: ClassVar[tuple[str, ...]] = ()
    FIELDS: ClassVar[tuple[FieldInfo, ...]]

    @dataclass(slots=True)
    class OffsetDeleteResponseTopic:
        FIELDS: ClassVar[tuple[FieldInfo, ...]]

        @dataclass(slots=True)
        class OffsetDeleteResponsePartition:
            FIELDS: ClassVar[tuple[FieldInfo, ...]]

            #: The partition index.
            partition_index: int = 0
            #: The error code, or 0 if there was no error.
            error_code: int = 0

        #: The topic name.
        name: str = ''
        #: The responses for each partition in the topic.
        partitions: list[OffsetDeleteResponse.OffsetDeleteResponseTopic.OffsetDeleteResponsePartition] = field(default_factory=list)

    OffsetDeleteResponsePartition = OffsetDeleteResponseTopic.OffsetDeleteResponsePartition
    #: The top-level error code, or 0 if there was no error.
    error_code: int = 0
    #: The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    throttle_time_ms: int = 0
    #: The responses for each topic.
    topics: list[OffsetDeleteResponse.OffsetDeleteResponseTopic] = field(default_factory=list)

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> OffsetDeleteResponse:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_OffsetDeleteResponse, data, version, 'OffsetDeleteResponse', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_OffsetDeleteResponse, self, version, 'OffsetDeleteResponse')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_OffsetDeleteResponse, self, version, 'OffsetDeleteResponse')

def _d_OffsetDeleteRequest_OffsetDeleteRequestTopic_OffsetDeleteRequestPartition_v0(B: memoryview, P: int) -> tuple[OffsetDeleteRequest.OffsetDeleteRequestTopic.OffsetDeleteRequestPartition, int]:
    (f0,) = _S_i.unpack_from(B, P)
    P += 4
    return _C_OffsetDeleteRequest_OffsetDeleteRequestTopic_OffsetDeleteRequestPartition(f0), P


def _d_OffsetDeleteRequest_OffsetDeleteRequestTopic_v0(B: memoryview, P: int) -> tuple[OffsetDeleteRequest.OffsetDeleteRequestTopic, int]:
    f0, P = read_string(B, P)
    (n_f1,) = _S_i.unpack_from(B, P)
    P += 4
    f1: list[OffsetDeleteRequest.OffsetDeleteRequestTopic.OffsetDeleteRequestPartition]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Partitions has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_OffsetDeleteRequest_OffsetDeleteRequestTopic_OffsetDeleteRequestPartition_v0(B, P)
            f1.append(e_f1)
    return _C_OffsetDeleteRequest_OffsetDeleteRequestTopic(f0, f1), P


def _d_OffsetDeleteRequest_v0(B: memoryview, P: int) -> tuple[OffsetDeleteRequest, int]:
    f0, P = read_string(B, P)
    (n_f1,) = _S_i.unpack_from(B, P)
    P += 4
    f1: list[OffsetDeleteRequest.OffsetDeleteRequestTopic]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Topics has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_OffsetDeleteRequest_OffsetDeleteRequestTopic_v0(B, P)
            f1.append(e_f1)
    return _C_OffsetDeleteRequest(f0, f1), P


def _e_OffsetDeleteRequest_OffsetDeleteRequestTopic_OffsetDeleteRequestPartition_v0(o: OffsetDeleteRequest.OffsetDeleteRequestTopic.OffsetDeleteRequestPartition, O: bytearray) -> None:
    O += _S_i.pack(o.partition_index)


def _e_OffsetDeleteRequest_OffsetDeleteRequestTopic_v0(o: OffsetDeleteRequest.OffsetDeleteRequestTopic, O: bytearray) -> None:
    write_string(O, o.name)
    a1 = o.partitions
    if a1 is None:
        raise EncodeError('non-nullable array Partitions is None')
    O += _S_i.pack(len(a1))
    for e_a1 in a1:
        _e_OffsetDeleteRequest_OffsetDeleteRequestTopic_OffsetDeleteRequestPartition_v0(e_a1, O)


def _e_OffsetDeleteRequest_v0(o: OffsetDeleteRequest, O: bytearray) -> None:
    write_string(O, o.group_id)
    a1 = o.topics
    if a1 is None:
        raise EncodeError('non-nullable array Topics is None')
    O += _S_i.pack(len(a1))
    for e_a1 in a1:
        _e_OffsetDeleteRequest_OffsetDeleteRequestTopic_v0(e_a1, O)


def _d_OffsetDeleteResponse_OffsetDeleteResponseTopic_OffsetDeleteResponsePartition_v0(B: memoryview, P: int) -> tuple[OffsetDeleteResponse.OffsetDeleteResponseTopic.OffsetDeleteResponsePartition, int]:
    (f0, f1,) = _S_ih.unpack_from(B, P)
    P += 6
    return _C_OffsetDeleteResponse_OffsetDeleteResponseTopic_OffsetDeleteResponsePartition(f0, f1), P


def _d_OffsetDeleteResponse_OffsetDeleteResponseTopic_v0(B: memoryview, P: int) -> tuple[OffsetDeleteResponse.OffsetDeleteResponseTopic, int]:
    f0, P = read_string(B, P)
    (n_f1,) = _S_i.unpack_from(B, P)
    P += 4
    f1: list[OffsetDeleteResponse.OffsetDeleteResponseTopic.OffsetDeleteResponsePartition]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Partitions has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_OffsetDeleteResponse_OffsetDeleteResponseTopic_OffsetDeleteResponsePartition_v0(B, P)
            f1.append(e_f1)
    return _C_OffsetDeleteResponse_OffsetDeleteResponseTopic(f0, f1), P


def _d_OffsetDeleteResponse_v0(B: memoryview, P: int) -> tuple[OffsetDeleteResponse, int]:
    (f0, f1, n_f2,) = _S_hii.unpack_from(B, P)
    P += 10
    f2: list[OffsetDeleteResponse.OffsetDeleteResponseTopic]
    if n_f2 < 0:
        raise DecodeError(f'non-nullable array Topics has length {n_f2}')
    else:
        if n_f2 > len(B) - P:
            raise DecodeError(f'array length {n_f2} exceeds the buffer')
        f2 = []
        for _ in range(n_f2):
            e_f2, P = _d_OffsetDeleteResponse_OffsetDeleteResponseTopic_v0(B, P)
            f2.append(e_f2)
    return _C_OffsetDeleteResponse(f0, f1, f2), P


def _e_OffsetDeleteResponse_OffsetDeleteResponseTopic_OffsetDeleteResponsePartition_v0(o: OffsetDeleteResponse.OffsetDeleteResponseTopic.OffsetDeleteResponsePartition, O: bytearray) -> None:
    O += _S_ih.pack(o.partition_index, o.error_code)


def _e_OffsetDeleteResponse_OffsetDeleteResponseTopic_v0(o: OffsetDeleteResponse.OffsetDeleteResponseTopic, O: bytearray) -> None:
    write_string(O, o.name)
    a1 = o.partitions
    if a1 is None:
        raise EncodeError('non-nullable array Partitions is None')
    O += _S_i.pack(len(a1))
    for e_a1 in a1:
        _e_OffsetDeleteResponse_OffsetDeleteResponseTopic_OffsetDeleteResponsePartition_v0(e_a1, O)


def _e_OffsetDeleteResponse_v0(o: OffsetDeleteResponse, O: bytearray) -> None:
    a2 = o.topics
    if a2 is None:
        raise EncodeError('non-nullable array Topics is None')
    O += _S_hii.pack(o.error_code, o.throttle_time_ms, len(a2))
    for e_a2 in a2:
        _e_OffsetDeleteResponse_OffsetDeleteResponseTopic_v0(e_a2, O)


_C_OffsetDeleteRequest = OffsetDeleteRequest
_C_OffsetDeleteRequest_OffsetDeleteRequestTopic = OffsetDeleteRequest.OffsetDeleteRequestTopic
_C_OffsetDeleteRequest_OffsetDeleteRequestTopic_OffsetDeleteRequestPartition = OffsetDeleteRequest.OffsetDeleteRequestTopic.OffsetDeleteRequestPartition
_DEF_C_OffsetDeleteRequest_OffsetDeleteRequestTopic = _C_OffsetDeleteRequest_OffsetDeleteRequestTopic()
_DEF_C_OffsetDeleteRequest_OffsetDeleteRequestTopic_OffsetDeleteRequestPartition = _C_OffsetDeleteRequest_OffsetDeleteRequestTopic_OffsetDeleteRequestPartition()
_DEC_OffsetDeleteRequest: dict[int, Decoder[OffsetDeleteRequest]] = {
    0: _d_OffsetDeleteRequest_v0,
}
_ENC_OffsetDeleteRequest: dict[int, Encoder[OffsetDeleteRequest]] = {
    0: _e_OffsetDeleteRequest_v0,
}
OffsetDeleteRequest.FIELDS = (
    FieldInfo('GroupId', 'group_id', 'string', (0, OPEN), None, None, None, False, 'groupId', None, None),
    FieldInfo('Topics', 'topics', '[]OffsetDeleteRequestTopic', (0, OPEN), None, None, None, False, None, None, _C_OffsetDeleteRequest_OffsetDeleteRequestTopic),
)
OffsetDeleteRequest.OffsetDeleteRequestTopic.FIELDS = (
    FieldInfo('Name', 'name', 'string', (0, OPEN), None, None, None, False, 'topicName', None, None),
    FieldInfo('Partitions', 'partitions', '[]OffsetDeleteRequestPartition', (0, OPEN), None, None, None, False, None, None, _C_OffsetDeleteRequest_OffsetDeleteRequestTopic_OffsetDeleteRequestPartition),
)
OffsetDeleteRequest.OffsetDeleteRequestTopic.OffsetDeleteRequestPartition.FIELDS = (
    FieldInfo('PartitionIndex', 'partition_index', 'int32', (0, OPEN), None, None, None, False, None, None, None),
)

_C_OffsetDeleteResponse = OffsetDeleteResponse
_C_OffsetDeleteResponse_OffsetDeleteResponseTopic = OffsetDeleteResponse.OffsetDeleteResponseTopic
_C_OffsetDeleteResponse_OffsetDeleteResponseTopic_OffsetDeleteResponsePartition = OffsetDeleteResponse.OffsetDeleteResponseTopic.OffsetDeleteResponsePartition
_DEF_C_OffsetDeleteResponse_OffsetDeleteResponseTopic = _C_OffsetDeleteResponse_OffsetDeleteResponseTopic()
_DEF_C_OffsetDeleteResponse_OffsetDeleteResponseTopic_OffsetDeleteResponsePartition = _C_OffsetDeleteResponse_OffsetDeleteResponseTopic_OffsetDeleteResponsePartition()
_DEC_OffsetDeleteResponse: dict[int, Decoder[OffsetDeleteResponse]] = {
    0: _d_OffsetDeleteResponse_v0,
}
_ENC_OffsetDeleteResponse: dict[int, Encoder[OffsetDeleteResponse]] = {
    0: _e_OffsetDeleteResponse_v0,
}
OffsetDeleteResponse.FIELDS = (
    FieldInfo('ErrorCode', 'error_code', 'int16', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('ThrottleTimeMs', 'throttle_time_ms', 'int32', (0, OPEN), None, None, None, True, None, None, None),
    FieldInfo('Topics', 'topics', '[]OffsetDeleteResponseTopic', (0, OPEN), None, None, None, False, None, None, _C_OffsetDeleteResponse_OffsetDeleteResponseTopic),
)
OffsetDeleteResponse.OffsetDeleteResponseTopic.FIELDS = (
    FieldInfo('Name', 'name', 'string', (0, OPEN), None, None, None, False, 'topicName', None, None),
    FieldInfo('Partitions', 'partitions', '[]OffsetDeleteResponsePartition', (0, OPEN), None, None, None, False, None, None, _C_OffsetDeleteResponse_OffsetDeleteResponseTopic_OffsetDeleteResponsePartition),
)
OffsetDeleteResponse.OffsetDeleteResponseTopic.OffsetDeleteResponsePartition.FIELDS = (
    FieldInfo('PartitionIndex', 'partition_index', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('ErrorCode', 'error_code', 'int16', (0, OPEN), None, None, None, False, None, None, None),
)
