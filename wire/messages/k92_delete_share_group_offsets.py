"""API key 92: DeleteShareGroupOffsets.

GENERATED - DO NOT EDIT. Written by ``python -m wire.generator`` from Apache Kafka 4.1.1's
message definitions (DeleteShareGroupOffsetsRequest.json, DeleteShareGroupOffsetsResponse.json).
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
_S_ih = struct.Struct('>ih')


@dataclass(slots=True)
class DeleteShareGroupOffsetsRequest:
    """DeleteShareGroupOffsetsRequest (API key 92, versions 0-0).

    Generated from DeleteShareGroupOffsetsRequest.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = 92
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    LATEST_VERSION: ClassVar[int] = 0
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
    FLEXIBLE_MIN: ClassVar[int | None] = 0
    #: Who serves this request in Kafka (empty for responses).
    LISTENERS: ClassVar[tuple[str, ...]] = ('broker',)
    FIELDS: ClassVar[tuple[FieldInfo, ...]]

    @dataclass(slots=True)
    class DeleteShareGroupOffsetsRequestTopic:
        FIELDS: ClassVar[tuple[FieldInfo, ...]]

        #: The topic name.
        topic_name: str = ''
        #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
        unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    #: The group identifier.
    group_id: str = ''
    #: The topics to delete offsets for.
    topics: list[DeleteShareGroupOffsetsRequest.DeleteShareGroupOffsetsRequestTopic] = field(default_factory=list)
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> DeleteShareGroupOffsetsRequest:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_DeleteShareGroupOffsetsRequest, data, version, 'DeleteShareGroupOffsetsRequest', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_DeleteShareGroupOffsetsRequest, self, version, 'DeleteShareGroupOffsetsRequest')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_DeleteShareGroupOffsetsRequest, self, version, 'DeleteShareGroupOffsetsRequest')


@dataclass(slots=True)
class DeleteShareGroupOffsetsResponse:
    """DeleteShareGroupOffsetsResponse (API key 92, versions 0-0).

    Generated from DeleteShareGroupOffsetsResponse.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = 92
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    LATEST_VERSION: ClassVar[int] = 0
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
    FLEXIBLE_MIN: ClassVar[int | None] = 0
    #: Who serves this request in Kafka (empty for responses).
    LISTENERS: ClassVar[tuple[str, ...]] = ()
    FIELDS: ClassVar[tuple[FieldInfo, ...]]

    @dataclass(slots=True)
    class DeleteShareGroupOffsetsResponseTopic:
        FIELDS: ClassVar[tuple[FieldInfo, ...]]

        #: The topic name.
        topic_name: str = ''
        #: The unique topic ID.
        topic_id: UUID = ZERO_UUID
        #: The topic-level error code, or 0 if there was no error.
        error_code: int = 0
        #: The topic-level error message, or null if there was no error.
        error_message: str | None = None
        #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
        unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    #: The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    throttle_time_ms: int = 0
    #: The top-level error code, or 0 if there was no error.
    error_code: int = 0
    #: The top-level error message, or null if there was no error.
    error_message: str | None = None
    #: The results for each topic.
    responses: list[DeleteShareGroupOffsetsResponse.DeleteShareGroupOffsetsResponseTopic] = field(default_factory=list)
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> DeleteShareGroupOffsetsResponse:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_DeleteShareGroupOffsetsResponse, data, version, 'DeleteShareGroupOffsetsResponse', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_DeleteShareGroupOffsetsResponse, self, version, 'DeleteShareGroupOffsetsResponse')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_DeleteShareGroupOffsetsResponse, self, version, 'DeleteShareGroupOffsetsResponse')

def _d_DeleteShareGroupOffsetsRequest_DeleteShareGroupOffsetsRequestTopic_v0(B: memoryview, P: int) -> tuple[DeleteShareGroupOffsetsRequest.DeleteShareGroupOffsetsRequestTopic, int]:
    f0, P = read_compact_string(B, P)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_DeleteShareGroupOffsetsRequest_DeleteShareGroupOffsetsRequestTopic(f0, tf), P


def _d_DeleteShareGroupOffsetsRequest_v0(B: memoryview, P: int) -> tuple[DeleteShareGroupOffsetsRequest, int]:
    f0, P = read_compact_string(B, P)
    n_f1 = B[P]
    if n_f1 < 0x80:
        P += 1
    else:
        n_f1, P = read_uvarint(B, P)
    n_f1 -= 1
    f1: list[DeleteShareGroupOffsetsRequest.DeleteShareGroupOffsetsRequestTopic]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Topics has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_DeleteShareGroupOffsetsRequest_DeleteShareGroupOffsetsRequestTopic_v0(B, P)
            f1.append(e_f1)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_DeleteShareGroupOffsetsRequest(f0, f1, tf), P


def _e_DeleteShareGroupOffsetsRequest_DeleteShareGroupOffsetsRequestTopic_v0(o: DeleteShareGroupOffsetsRequest.DeleteShareGroupOffsetsRequestTopic, O: bytearray) -> None:
    write_compact_string(O, o.topic_name)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_DeleteShareGroupOffsetsRequest_v0(o: DeleteShareGroupOffsetsRequest, O: bytearray) -> None:
    write_compact_string(O, o.group_id)
    a1 = o.topics
    if a1 is None:
        raise EncodeError('non-nullable array Topics is None')
    write_uvarint(O, len(a1) + 1)
    for e_a1 in a1:
        _e_DeleteShareGroupOffsetsRequest_DeleteShareGroupOffsetsRequestTopic_v0(e_a1, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _d_DeleteShareGroupOffsetsResponse_DeleteShareGroupOffsetsResponseTopic_v0(B: memoryview, P: int) -> tuple[DeleteShareGroupOffsetsResponse.DeleteShareGroupOffsetsResponseTopic, int]:
    f0, P = read_compact_string(B, P)
    f1, P = read_uuid(B, P)
    (f2,) = _S_h.unpack_from(B, P)
    P += 2
    f3, P = read_compact_nullable_string(B, P)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_DeleteShareGroupOffsetsResponse_DeleteShareGroupOffsetsResponseTopic(f0, f1, f2, f3, tf), P


def _d_DeleteShareGroupOffsetsResponse_v0(B: memoryview, P: int) -> tuple[DeleteShareGroupOffsetsResponse, int]:
    (f0, f1,) = _S_ih.unpack_from(B, P)
    P += 6
    f2, P = read_compact_nullable_string(B, P)
    n_f3 = B[P]
    if n_f3 < 0x80:
        P += 1
    else:
        n_f3, P = read_uvarint(B, P)
    n_f3 -= 1
    f3: list[DeleteShareGroupOffsetsResponse.DeleteShareGroupOffsetsResponseTopic]
    if n_f3 < 0:
        raise DecodeError(f'non-nullable array Responses has length {n_f3}')
    else:
        if n_f3 > len(B) - P:
            raise DecodeError(f'array length {n_f3} exceeds the buffer')
        f3 = []
        for _ in range(n_f3):
            e_f3, P = _d_DeleteShareGroupOffsetsResponse_DeleteShareGroupOffsetsResponseTopic_v0(B, P)
            f3.append(e_f3)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_DeleteShareGroupOffsetsResponse(f0, f1, f2, f3, tf), P


def _e_DeleteShareGroupOffsetsResponse_DeleteShareGroupOffsetsResponseTopic_v0(o: DeleteShareGroupOffsetsResponse.DeleteShareGroupOffsetsResponseTopic, O: bytearray) -> None:
    write_compact_string(O, o.topic_name)
    write_uuid(O, o.topic_id)
    O += _S_h.pack(o.error_code)
    write_compact_nullable_string(O, o.error_message)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_DeleteShareGroupOffsetsResponse_v0(o: DeleteShareGroupOffsetsResponse, O: bytearray) -> None:
    O += _S_ih.pack(o.throttle_time_ms, o.error_code)
    write_compact_nullable_string(O, o.error_message)
    a3 = o.responses
    if a3 is None:
        raise EncodeError('non-nullable array Responses is None')
    write_uvarint(O, len(a3) + 1)
    for e_a3 in a3:
        _e_DeleteShareGroupOffsetsResponse_DeleteShareGroupOffsetsResponseTopic_v0(e_a3, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


_C_DeleteShareGroupOffsetsRequest = DeleteShareGroupOffsetsRequest
_C_DeleteShareGroupOffsetsRequest_DeleteShareGroupOffsetsRequestTopic = DeleteShareGroupOffsetsRequest.DeleteShareGroupOffsetsRequestTopic
_DEF_C_DeleteShareGroupOffsetsRequest_DeleteShareGroupOffsetsRequestTopic = _C_DeleteShareGroupOffsetsRequest_DeleteShareGroupOffsetsRequestTopic()
_DEC_DeleteShareGroupOffsetsRequest: dict[int, Decoder[DeleteShareGroupOffsetsRequest]] = {
    0: _d_DeleteShareGroupOffsetsRequest_v0,
}
_ENC_DeleteShareGroupOffsetsRequest: dict[int, Encoder[DeleteShareGroupOffsetsRequest]] = {
    0: _e_DeleteShareGroupOffsetsRequest_v0,
}
DeleteShareGroupOffsetsRequest.FIELDS = (
    FieldInfo('GroupId', 'group_id', 'string', (0, OPEN), None, None, None, False, 'groupId', None, None),
    FieldInfo('Topics', 'topics', '[]DeleteShareGroupOffsetsRequestTopic', (0, OPEN), None, None, None, False, None, None, _C_DeleteShareGroupOffsetsRequest_DeleteShareGroupOffsetsRequestTopic),
)
DeleteShareGroupOffsetsRequest.DeleteShareGroupOffsetsRequestTopic.FIELDS = (
    FieldInfo('TopicName', 'topic_name', 'string', (0, OPEN), None, None, None, False, 'topicName', None, None),
)

_C_DeleteShareGroupOffsetsResponse = DeleteShareGroupOffsetsResponse
_C_DeleteShareGroupOffsetsResponse_DeleteShareGroupOffsetsResponseTopic = DeleteShareGroupOffsetsResponse.DeleteShareGroupOffsetsResponseTopic
_DEF_C_DeleteShareGroupOffsetsResponse_DeleteShareGroupOffsetsResponseTopic = _C_DeleteShareGroupOffsetsResponse_DeleteShareGroupOffsetsResponseTopic()
_DEC_DeleteShareGroupOffsetsResponse: dict[int, Decoder[DeleteShareGroupOffsetsResponse]] = {
    0: _d_DeleteShareGroupOffsetsResponse_v0,
}
_ENC_DeleteShareGroupOffsetsResponse: dict[int, Encoder[DeleteShareGroupOffsetsResponse]] = {
    0: _e_DeleteShareGroupOffsetsResponse_v0,
}
DeleteShareGroupOffsetsResponse.FIELDS = (
    FieldInfo('ThrottleTimeMs', 'throttle_time_ms', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('ErrorCode', 'error_code', 'int16', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('ErrorMessage', 'error_message', 'string', (0, OPEN), (0, OPEN), None, None, False, None, None, None),
    FieldInfo('Responses', 'responses', '[]DeleteShareGroupOffsetsResponseTopic', (0, OPEN), None, None, None, False, None, None, _C_DeleteShareGroupOffsetsResponse_DeleteShareGroupOffsetsResponseTopic),
)
DeleteShareGroupOffsetsResponse.DeleteShareGroupOffsetsResponseTopic.FIELDS = (
    FieldInfo('TopicName', 'topic_name', 'string', (0, OPEN), None, None, None, False, 'topicName', None, None),
    FieldInfo('TopicId', 'topic_id', 'uuid', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('ErrorCode', 'error_code', 'int16', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('ErrorMessage', 'error_message', 'string', (0, OPEN), (0, OPEN), None, None, False, None, None, None),
)
