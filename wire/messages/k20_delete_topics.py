"""API key 20: DeleteTopics.

GENERATED - DO NOT EDIT. Written by ``python -m wire.generator`` from Apache Kafka 4.1.1's
message definitions (DeleteTopicsRequest.json, DeleteTopicsResponse.json).
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
_S_ii = struct.Struct('>ii')


@dataclass(slots=True)
class DeleteTopicsRequest:
    """DeleteTopicsRequest (API key 20, versions 1-6).

    Generated from DeleteTopicsRequest.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = 20
    MIN_VERSION: ClassVar[int] = 1
    MAX_VERSION: ClassVar[int] = 6
    LATEST_VERSION: ClassVar[int] = 6
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
    FLEXIBLE_MIN: ClassVar[int | None] = 4
    #: Who serves this request in Kafka (empty for responses).
    LISTENERS: ClassVar[tuple[str, ...]] = ('broker', 'controller')
    FIELDS: ClassVar[tuple[FieldInfo, ...]]

    @dataclass(slots=True)
    class DeleteTopicState:
        FIELDS: ClassVar[tuple[FieldInfo, ...]]

        #: The topic name.
        name: str | None = None
        #: The unique topic ID.
        topic_id: UUID = ZERO_UUID
        #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
        unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    #: The name or topic ID of the topic.
    topics: list[DeleteTopicsRequest.DeleteTopicState] = field(default_factory=list)
    #: The names of the topics to delete.
    topic_names: list[str] = field(default_factory=list)
    #: The length of time in milliseconds to wait for the deletions to complete.
    timeout_ms: int = 0
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> DeleteTopicsRequest:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_DeleteTopicsRequest, data, version, 'DeleteTopicsRequest', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_DeleteTopicsRequest, self, version, 'DeleteTopicsRequest')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_DeleteTopicsRequest, self, version, 'DeleteTopicsRequest')


@dataclass(slots=True)
class DeleteTopicsResponse:
    """DeleteTopicsResponse (API key 20, versions 1-6).

    Generated from DeleteTopicsResponse.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = 20
    MIN_VERSION: ClassVar[int] = 1
    MAX_VERSION: ClassVar[int] = 6
    LATEST_VERSION: ClassVar[int] = 6
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
    FLEXIBLE_MIN: ClassVar[int | None] = 4
    #: Who serves this request in Kafka (empty for responses).
    LISTENERS: ClassVar[tuple[str, ...]] = ()
    FIELDS: ClassVar[tuple[FieldInfo, ...]]

    @dataclass(slots=True)
    class DeletableTopicResult:
        FIELDS: ClassVar[tuple[FieldInfo, ...]]

        #: The topic name.
        name: str | None = ''
        #: The unique topic ID.
        topic_id: UUID = ZERO_UUID
        #: The deletion error, or 0 if the deletion succeeded.
        error_code: int = 0
        #: The error message, or null if there was no error.
        error_message: str | None = None
        #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
        unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    #: The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    throttle_time_ms: int = 0
    #: The results for each topic we tried to delete.
    responses: list[DeleteTopicsResponse.DeletableTopicResult] = field(default_factory=list)
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> DeleteTopicsResponse:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_DeleteTopicsResponse, data, version, 'DeleteTopicsResponse', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_DeleteTopicsResponse, self, version, 'DeleteTopicsResponse')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_DeleteTopicsResponse, self, version, 'DeleteTopicsResponse')

def _d_DeleteTopicsRequest_v1(B: memoryview, P: int) -> tuple[DeleteTopicsRequest, int]:
    (n_f1,) = _S_i.unpack_from(B, P)
    P += 4
    f1: list[str]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array TopicNames has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = read_string(B, P)
            f1.append(e_f1)
    (f2,) = _S_i.unpack_from(B, P)
    P += 4
    return _C_DeleteTopicsRequest([], f1, f2, None), P


def _d_DeleteTopicsRequest_v4(B: memoryview, P: int) -> tuple[DeleteTopicsRequest, int]:
    n_f1 = B[P]
    if n_f1 < 0x80:
        P += 1
    else:
        n_f1, P = read_uvarint(B, P)
    n_f1 -= 1
    f1: list[str]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array TopicNames has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = read_compact_string(B, P)
            f1.append(e_f1)
    (f2,) = _S_i.unpack_from(B, P)
    P += 4
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_DeleteTopicsRequest([], f1, f2, tf), P


def _d_DeleteTopicsRequest_DeleteTopicState_v6(B: memoryview, P: int) -> tuple[DeleteTopicsRequest.DeleteTopicState, int]:
    f0, P = read_compact_nullable_string(B, P)
    f1, P = read_uuid(B, P)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_DeleteTopicsRequest_DeleteTopicState(f0, f1, tf), P


def _d_DeleteTopicsRequest_v6(B: memoryview, P: int) -> tuple[DeleteTopicsRequest, int]:
    n_f0 = B[P]
    if n_f0 < 0x80:
        P += 1
    else:
        n_f0, P = read_uvarint(B, P)
    n_f0 -= 1
    f0: list[DeleteTopicsRequest.DeleteTopicState]
    if n_f0 < 0:
        raise DecodeError(f'non-nullable array Topics has length {n_f0}')
    else:
        if n_f0 > len(B) - P:
            raise DecodeError(f'array length {n_f0} exceeds the buffer')
        f0 = []
        for _ in range(n_f0):
            e_f0, P = _d_DeleteTopicsRequest_DeleteTopicState_v6(B, P)
            f0.append(e_f0)
    (f2,) = _S_i.unpack_from(B, P)
    P += 4
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_DeleteTopicsRequest(f0, [], f2, tf), P


def _e_DeleteTopicsRequest_v1(o: DeleteTopicsRequest, O: bytearray) -> None:
    if bool(o.topics):
        raise EncodeError('DeleteTopicsRequest.Topics is not supported in version 1')
    a0 = o.topic_names
    if a0 is None:
        raise EncodeError('non-nullable array TopicNames is None')
    O += _S_i.pack(len(a0))
    for e_a0 in a0:
        write_string(O, e_a0)
    O += _S_i.pack(o.timeout_ms)


def _e_DeleteTopicsRequest_v2(o: DeleteTopicsRequest, O: bytearray) -> None:
    if bool(o.topics):
        raise EncodeError('DeleteTopicsRequest.Topics is not supported in version 2')
    a0 = o.topic_names
    if a0 is None:
        raise EncodeError('non-nullable array TopicNames is None')
    O += _S_i.pack(len(a0))
    for e_a0 in a0:
        write_string(O, e_a0)
    O += _S_i.pack(o.timeout_ms)


def _e_DeleteTopicsRequest_v3(o: DeleteTopicsRequest, O: bytearray) -> None:
    if bool(o.topics):
        raise EncodeError('DeleteTopicsRequest.Topics is not supported in version 3')
    a0 = o.topic_names
    if a0 is None:
        raise EncodeError('non-nullable array TopicNames is None')
    O += _S_i.pack(len(a0))
    for e_a0 in a0:
        write_string(O, e_a0)
    O += _S_i.pack(o.timeout_ms)


def _e_DeleteTopicsRequest_v4(o: DeleteTopicsRequest, O: bytearray) -> None:
    if bool(o.topics):
        raise EncodeError('DeleteTopicsRequest.Topics is not supported in version 4')
    a0 = o.topic_names
    if a0 is None:
        raise EncodeError('non-nullable array TopicNames is None')
    write_uvarint(O, len(a0) + 1)
    for e_a0 in a0:
        write_compact_string(O, e_a0)
    O += _S_i.pack(o.timeout_ms)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_DeleteTopicsRequest_v5(o: DeleteTopicsRequest, O: bytearray) -> None:
    if bool(o.topics):
        raise EncodeError('DeleteTopicsRequest.Topics is not supported in version 5')
    a0 = o.topic_names
    if a0 is None:
        raise EncodeError('non-nullable array TopicNames is None')
    write_uvarint(O, len(a0) + 1)
    for e_a0 in a0:
        write_compact_string(O, e_a0)
    O += _S_i.pack(o.timeout_ms)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_DeleteTopicsRequest_DeleteTopicState_v6(o: DeleteTopicsRequest.DeleteTopicState, O: bytearray) -> None:
    write_compact_nullable_string(O, o.name)
    write_uuid(O, o.topic_id)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_DeleteTopicsRequest_v6(o: DeleteTopicsRequest, O: bytearray) -> None:
    a0 = o.topics
    if a0 is None:
        raise EncodeError('non-nullable array Topics is None')
    write_uvarint(O, len(a0) + 1)
    for e_a0 in a0:
        _e_DeleteTopicsRequest_DeleteTopicState_v6(e_a0, O)
    O += _S_i.pack(o.timeout_ms)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _d_DeleteTopicsResponse_DeletableTopicResult_v1(B: memoryview, P: int) -> tuple[DeleteTopicsResponse.DeletableTopicResult, int]:
    f0, P = read_string(B, P)
    (f2,) = _S_h.unpack_from(B, P)
    P += 2
    return _C_DeleteTopicsResponse_DeletableTopicResult(f0, ZERO_UUID, f2, None, None), P


def _d_DeleteTopicsResponse_v1(B: memoryview, P: int) -> tuple[DeleteTopicsResponse, int]:
    (f0, n_f1,) = _S_ii.unpack_from(B, P)
    P += 8
    f1: list[DeleteTopicsResponse.DeletableTopicResult]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Responses has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_DeleteTopicsResponse_DeletableTopicResult_v1(B, P)
            f1.append(e_f1)
    return _C_DeleteTopicsResponse(f0, f1, None), P


def _d_DeleteTopicsResponse_DeletableTopicResult_v4(B: memoryview, P: int) -> tuple[DeleteTopicsResponse.DeletableTopicResult, int]:
    f0, P = read_compact_string(B, P)
    (f2,) = _S_h.unpack_from(B, P)
    P += 2
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_DeleteTopicsResponse_DeletableTopicResult(f0, ZERO_UUID, f2, None, tf), P


def _d_DeleteTopicsResponse_v4(B: memoryview, P: int) -> tuple[DeleteTopicsResponse, int]:
    (f0,) = _S_i.unpack_from(B, P)
    P += 4
    n_f1 = B[P]
    if n_f1 < 0x80:
        P += 1
    else:
        n_f1, P = read_uvarint(B, P)
    n_f1 -= 1
    f1: list[DeleteTopicsResponse.DeletableTopicResult]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Responses has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_DeleteTopicsResponse_DeletableTopicResult_v4(B, P)
            f1.append(e_f1)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_DeleteTopicsResponse(f0, f1, tf), P


def _d_DeleteTopicsResponse_DeletableTopicResult_v5(B: memoryview, P: int) -> tuple[DeleteTopicsResponse.DeletableTopicResult, int]:
    f0, P = read_compact_string(B, P)
    (f2,) = _S_h.unpack_from(B, P)
    P += 2
    f3, P = read_compact_nullable_string(B, P)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_DeleteTopicsResponse_DeletableTopicResult(f0, ZERO_UUID, f2, f3, tf), P


def _d_DeleteTopicsResponse_v5(B: memoryview, P: int) -> tuple[DeleteTopicsResponse, int]:
    (f0,) = _S_i.unpack_from(B, P)
    P += 4
    n_f1 = B[P]
    if n_f1 < 0x80:
        P += 1
    else:
        n_f1, P = read_uvarint(B, P)
    n_f1 -= 1
    f1: list[DeleteTopicsResponse.DeletableTopicResult]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Responses has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_DeleteTopicsResponse_DeletableTopicResult_v5(B, P)
            f1.append(e_f1)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_DeleteTopicsResponse(f0, f1, tf), P


def _d_DeleteTopicsResponse_DeletableTopicResult_v6(B: memoryview, P: int) -> tuple[DeleteTopicsResponse.DeletableTopicResult, int]:
    f0, P = read_compact_nullable_string(B, P)
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
    return _C_DeleteTopicsResponse_DeletableTopicResult(f0, f1, f2, f3, tf), P


def _d_DeleteTopicsResponse_v6(B: memoryview, P: int) -> tuple[DeleteTopicsResponse, int]:
    (f0,) = _S_i.unpack_from(B, P)
    P += 4
    n_f1 = B[P]
    if n_f1 < 0x80:
        P += 1
    else:
        n_f1, P = read_uvarint(B, P)
    n_f1 -= 1
    f1: list[DeleteTopicsResponse.DeletableTopicResult]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Responses has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_DeleteTopicsResponse_DeletableTopicResult_v6(B, P)
            f1.append(e_f1)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_DeleteTopicsResponse(f0, f1, tf), P


def _e_DeleteTopicsResponse_DeletableTopicResult_v1(o: DeleteTopicsResponse.DeletableTopicResult, O: bytearray) -> None:
    write_string(O, o.name)
    O += _S_h.pack(o.error_code)


def _e_DeleteTopicsResponse_v1(o: DeleteTopicsResponse, O: bytearray) -> None:
    a1 = o.responses
    if a1 is None:
        raise EncodeError('non-nullable array Responses is None')
    O += _S_ii.pack(o.throttle_time_ms, len(a1))
    for e_a1 in a1:
        _e_DeleteTopicsResponse_DeletableTopicResult_v1(e_a1, O)


def _e_DeleteTopicsResponse_DeletableTopicResult_v4(o: DeleteTopicsResponse.DeletableTopicResult, O: bytearray) -> None:
    write_compact_string(O, o.name)
    O += _S_h.pack(o.error_code)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_DeleteTopicsResponse_v4(o: DeleteTopicsResponse, O: bytearray) -> None:
    O += _S_i.pack(o.throttle_time_ms)
    a1 = o.responses
    if a1 is None:
        raise EncodeError('non-nullable array Responses is None')
    write_uvarint(O, len(a1) + 1)
    for e_a1 in a1:
        _e_DeleteTopicsResponse_DeletableTopicResult_v4(e_a1, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_DeleteTopicsResponse_DeletableTopicResult_v5(o: DeleteTopicsResponse.DeletableTopicResult, O: bytearray) -> None:
    write_compact_string(O, o.name)
    O += _S_h.pack(o.error_code)
    write_compact_nullable_string(O, o.error_message)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_DeleteTopicsResponse_v5(o: DeleteTopicsResponse, O: bytearray) -> None:
    O += _S_i.pack(o.throttle_time_ms)
    a1 = o.responses
    if a1 is None:
        raise EncodeError('non-nullable array Responses is None')
    write_uvarint(O, len(a1) + 1)
    for e_a1 in a1:
        _e_DeleteTopicsResponse_DeletableTopicResult_v5(e_a1, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_DeleteTopicsResponse_DeletableTopicResult_v6(o: DeleteTopicsResponse.DeletableTopicResult, O: bytearray) -> None:
    write_compact_nullable_string(O, o.name)
    write_uuid(O, o.topic_id)
    O += _S_h.pack(o.error_code)
    write_compact_nullable_string(O, o.error_message)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_DeleteTopicsResponse_v6(o: DeleteTopicsResponse, O: bytearray) -> None:
    O += _S_i.pack(o.throttle_time_ms)
    a1 = o.responses
    if a1 is None:
        raise EncodeError('non-nullable array Responses is None')
    write_uvarint(O, len(a1) + 1)
    for e_a1 in a1:
        _e_DeleteTopicsResponse_DeletableTopicResult_v6(e_a1, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


_C_DeleteTopicsRequest = DeleteTopicsRequest
_C_DeleteTopicsRequest_DeleteTopicState = DeleteTopicsRequest.DeleteTopicState
_DEF_C_DeleteTopicsRequest_DeleteTopicState = _C_DeleteTopicsRequest_DeleteTopicState()
_DEC_DeleteTopicsRequest: dict[int, Decoder[DeleteTopicsRequest]] = {
    1: _d_DeleteTopicsRequest_v1,
    2: _d_DeleteTopicsRequest_v1,
    3: _d_DeleteTopicsRequest_v1,
    4: _d_DeleteTopicsRequest_v4,
    5: _d_DeleteTopicsRequest_v4,
    6: _d_DeleteTopicsRequest_v6,
}
_ENC_DeleteTopicsRequest: dict[int, Encoder[DeleteTopicsRequest]] = {
    1: _e_DeleteTopicsRequest_v1,
    2: _e_DeleteTopicsRequest_v2,
    3: _e_DeleteTopicsRequest_v3,
    4: _e_DeleteTopicsRequest_v4,
    5: _e_DeleteTopicsRequest_v5,
    6: _e_DeleteTopicsRequest_v6,
}
DeleteTopicsRequest.FIELDS = (
    FieldInfo('Topics', 'topics', '[]DeleteTopicState', (6, OPEN), None, None, None, False, None, None, _C_DeleteTopicsRequest_DeleteTopicState),
    FieldInfo('TopicNames', 'topic_names', '[]string', (0, 5), None, None, None, True, 'topicName', None, None),
    FieldInfo('TimeoutMs', 'timeout_ms', 'int32', (0, OPEN), None, None, None, False, None, None, None),
)
DeleteTopicsRequest.DeleteTopicState.FIELDS = (
    FieldInfo('Name', 'name', 'string', (6, OPEN), (6, OPEN), None, None, False, 'topicName', None, None),
    FieldInfo('TopicId', 'topic_id', 'uuid', (6, OPEN), None, None, None, False, None, None, None),
)

_C_DeleteTopicsResponse = DeleteTopicsResponse
_C_DeleteTopicsResponse_DeletableTopicResult = DeleteTopicsResponse.DeletableTopicResult
_DEF_C_DeleteTopicsResponse_DeletableTopicResult = _C_DeleteTopicsResponse_DeletableTopicResult()
_DEC_DeleteTopicsResponse: dict[int, Decoder[DeleteTopicsResponse]] = {
    1: _d_DeleteTopicsResponse_v1,
    2: _d_DeleteTopicsResponse_v1,
    3: _d_DeleteTopicsResponse_v1,
    4: _d_DeleteTopicsResponse_v4,
    5: _d_DeleteTopicsResponse_v5,
    6: _d_DeleteTopicsResponse_v6,
}
_ENC_DeleteTopicsResponse: dict[int, Encoder[DeleteTopicsResponse]] = {
    1: _e_DeleteTopicsResponse_v1,
    2: _e_DeleteTopicsResponse_v1,
    3: _e_DeleteTopicsResponse_v1,
    4: _e_DeleteTopicsResponse_v4,
    5: _e_DeleteTopicsResponse_v5,
    6: _e_DeleteTopicsResponse_v6,
}
DeleteTopicsResponse.FIELDS = (
    FieldInfo('ThrottleTimeMs', 'throttle_time_ms', 'int32', (1, OPEN), None, None, None, True, None, None, None),
    FieldInfo('Responses', 'responses', '[]DeletableTopicResult', (0, OPEN), None, None, None, False, None, None, _C_DeleteTopicsResponse_DeletableTopicResult),
)
DeleteTopicsResponse.DeletableTopicResult.FIELDS = (
    FieldInfo('Name', 'name', 'string', (0, OPEN), (6, OPEN), None, None, False, 'topicName', None, None),
    FieldInfo('TopicId', 'topic_id', 'uuid', (6, OPEN), None, None, None, True, None, None, None),
    FieldInfo('ErrorCode', 'error_code', 'int16', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('ErrorMessage', 'error_message', 'string', (5, OPEN), (5, OPEN), None, None, True, None, None, None),
)
