"""API key 81: RemoveRaftVoter.

GENERATED - DO NOT EDIT. Written by ``python -m wire.generator`` from Apache Kafka 4.1.1's
message definitions (RemoveRaftVoterRequest.json, RemoveRaftVoterResponse.json).
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
class RemoveRaftVoterRequest:
    """RemoveRaftVoterRequest (API key 81, versions 0-0).

    Generated from RemoveRaftVoterRequest.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = 81
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    LATEST_VERSION: ClassVar[int] = 0
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
    FLEXIBLE_MIN: ClassVar[int | None] = 0
    #: Who serves this request in Kafka (empty for responses).
    LISTENERS: ClassVar[tuple[str, ...]] = ('controller', 'broker')
    FIELDS: ClassVar[tuple[FieldInfo, ...]]

    #: The cluster id of the request.
    cluster_id: str | None = ''
    #: The replica id of the voter getting removed from the topic partition.
    voter_id: int = 0
    #: The directory id of the voter getting removed from the topic partition.
    voter_directory_id: UUID = ZERO_UUID
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> RemoveRaftVoterRequest:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_RemoveRaftVoterRequest, data, version, 'RemoveRaftVoterRequest', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_RemoveRaftVoterRequest, self, version, 'RemoveRaftVoterRequest')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_RemoveRaftVoterRequest, self, version, 'RemoveRaftVoterRequest')


@dataclass(slots=True)
class RemoveRaftVoterResponse:
    """RemoveRaftVoterResponse (API key 81, versions 0-0).

    Generated from RemoveRaftVoterResponse.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = 81
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    LATEST_VERSION: ClassVar[int] = 0
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
    FLEXIBLE_MIN: ClassVar[int | None] = 0
    #: Who serves this request in Kafka (empty for responses).
    LISTENERS: ClassVar[tuple[str, ...]] = ()
    FIELDS: ClassVar[tuple[FieldInfo, ...]]

    #: The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    throttle_time_ms: int = 0
    #: The error code, or 0 if there was no error.
    error_code: int = 0
    #: The error message, or null if there was no error.
    error_message: str | None = ''
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> RemoveRaftVoterResponse:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_RemoveRaftVoterResponse, data, version, 'RemoveRaftVoterResponse', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_RemoveRaftVoterResponse, self, version, 'RemoveRaftVoterResponse')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_RemoveRaftVoterResponse, self, version, 'RemoveRaftVoterResponse')

def _d_RemoveRaftVoterRequest_v0(B: memoryview, P: int) -> tuple[RemoveRaftVoterRequest, int]:
    f0, P = read_compact_nullable_string(B, P)
    (f1,) = _S_i.unpack_from(B, P)
    P += 4
    f2, P = read_uuid(B, P)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_RemoveRaftVoterRequest(f0, f1, f2, tf), P


def _e_RemoveRaftVoterRequest_v0(o: RemoveRaftVoterRequest, O: bytearray) -> None:
    write_compact_nullable_string(O, o.cluster_id)
    O += _S_i.pack(o.voter_id)
    write_uuid(O, o.voter_directory_id)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _d_RemoveRaftVoterResponse_v0(B: memoryview, P: int) -> tuple[RemoveRaftVoterResponse, int]:
    (f0, f1,) = _S_ih.unpack_from(B, P)
    P += 6
    f2, P = read_compact_nullable_string(B, P)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_RemoveRaftVoterResponse(f0, f1, f2, tf), P


def _e_RemoveRaftVoterResponse_v0(o: RemoveRaftVoterResponse, O: bytearray) -> None:
    O += _S_ih.pack(o.throttle_time_ms, o.error_code)
    write_compact_nullable_string(O, o.error_message)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


_C_RemoveRaftVoterRequest = RemoveRaftVoterRequest
_DEC_RemoveRaftVoterRequest: dict[int, Decoder[RemoveRaftVoterRequest]] = {
    0: _d_RemoveRaftVoterRequest_v0,
}
_ENC_RemoveRaftVoterRequest: dict[int, Encoder[RemoveRaftVoterRequest]] = {
    0: _e_RemoveRaftVoterRequest_v0,
}
RemoveRaftVoterRequest.FIELDS = (
    FieldInfo('ClusterId', 'cluster_id', 'string', (0, OPEN), (0, OPEN), None, None, False, None, None, None),
    FieldInfo('VoterId', 'voter_id', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('VoterDirectoryId', 'voter_directory_id', 'uuid', (0, OPEN), None, None, None, False, None, None, None),
)

_C_RemoveRaftVoterResponse = RemoveRaftVoterResponse
_DEC_RemoveRaftVoterResponse: dict[int, Decoder[RemoveRaftVoterResponse]] = {
    0: _d_RemoveRaftVoterResponse_v0,
}
_ENC_RemoveRaftVoterResponse: dict[int, Encoder[RemoveRaftVoterResponse]] = {
    0: _e_RemoveRaftVoterResponse_v0,
}
RemoveRaftVoterResponse.FIELDS = (
    FieldInfo('ThrottleTimeMs', 'throttle_time_ms', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('ErrorCode', 'error_code', 'int16', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('ErrorMessage', 'error_message', 'string', (0, OPEN), (0, OPEN), None, None, True, None, None, None),
)
