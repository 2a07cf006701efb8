"""API key 50: DescribeUserScramCredentials.

GENERATED - DO NOT EDIT. Written by ``python -m wire.generator`` from Apache Kafka 4.1.1's
message definitions (DescribeUserScramCredentialsRequest.json, DescribeUserScramCredentialsResponse.json).
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


_S_bi = struct.Struct('>bi')
_S_h = struct.Struct('>h')
_S_ih = struct.Struct('>ih')


@dataclass(slots=True)
class DescribeUserScramCredentialsRequest:
    """DescribeUserScramCredentialsRequest (API key 50, versions 0-0).

    Generated from DescribeUserScramCredentialsRequest.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = 50
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    LATEST_VERSION: ClassVar[int] = 0
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
    FLEXIBLE_MIN: ClassVar[int | None] = 0
    #: Who serves this request in Kafka (empty for responses).
    LISTENERS: ClassVar[tuple[str, ...]] = ('broker', 'controller')
    FIELDS: ClassVar[tuple[FieldInfo, ...]]

    @dataclass(slots=True)
    class UserName:
        FIELDS: ClassVar[tuple[FieldInfo, ...]]

        #: The user name.
        name: str = ''
        #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
        unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    #: The users to describe, or null/empty to describe all users.
    users: list[DescribeUserScramCredentialsRequest.UserName] | None = field(default_factory=list)
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> DescribeUserScramCredentialsRequest:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_DescribeUserScramCredentialsRequest, data, version, 'DescribeUserScramCredentialsRequest', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_DescribeUserScramCredentialsRequest, self, version, 'DescribeUserScramCredentialsRequest')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_DescribeUserScramCredentialsRequest, self, version, 'DescribeUserScramCredentialsRequest')


@dataclass(slots=True)
class DescribeUserScramCredentialsResponse:
    """DescribeUserScramCredentialsResponse (API key 50, versions 0-0).

    Generated from DescribeUserScramCredentialsResponse.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = 50
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    LATEST_VERSION: ClassVar[int] = 0
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
    FLEXIBLE_MIN: ClassVar[int | None] = 0
    #: Who serves this request in Kafka (empty for responses).
    LISTENERS: ClassVar[tuple[str, ...]] = ()
    FIELDS: ClassVar[tuple[FieldInfo, ...]]

    @dataclass(slots=True)
    class DescribeUserScramCredentialsResult:
        FIELDS: ClassVar[tuple[FieldInfo, ...]]

        @dataclass(slots=True)
        class CredentialInfo:
            FIELDS: ClassVar[tuple[FieldInfo, ...]]

            #: The SCRAM mechanism.
            mechanism: int = 0
            #: The number of iterations used in the SCRAM credential.
            iterations: int = 0
            #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
            unknown_tagged_fields: list[tuple[int, bytes]] | None = None

        #: The user name.
        user: str = ''
        #: The user-level error code.
        error_code: int = 0
        #: The user-level error message, if any.
        error_message: str | None = ''
        #: The mechanism and related information associated with the user's SCRAM credentials.
        credential_infos: list[DescribeUserScramCredentialsResponse.DescribeUserScramCredentialsResult.CredentialInfo] = field(default_factory=list)
        #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
        unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    CredentialInfo = DescribeUserScramCredentialsResult.CredentialInfo
    #: The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    throttle_time_ms: int = 0
    #: The message-level error code, 0 except for user authorization or infrastructure issues.
    error_code: int = 0
    #: The message-level error message, if any.
    error_message: str | None = ''
    #: The results for descriptions, one per user.
    results: list[DescribeUserScramCredentialsResponse.DescribeUserScramCredentialsResult] = field(default_factory=list)
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> DescribeUserScramCredentialsResponse:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_DescribeUserScramCredentialsResponse, data, version, 'DescribeUserScramCredentialsResponse', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_DescribeUserScramCredentialsResponse, self, version, 'DescribeUserScramCredentialsResponse')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_DescribeUserScramCredentialsResponse, self, version, 'DescribeUserScramCredentialsResponse')

def _d_DescribeUserScramCredentialsRequest_UserName_v0(B: memoryview, P: int) -> tuple[DescribeUserScramCredentialsRequest.UserName, int]:
    f0, P = read_compact_string(B, P)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_DescribeUserScramCredentialsRequest_UserName(f0, tf), P


def _d_DescribeUserScramCredentialsRequest_v0(B: memoryview, P: int) -> tuple[DescribeUserScramCredentialsRequest, int]:
    n_f0 = B[P]
    if n_f0 < 0x80:
        P += 1
    else:
        n_f0, P = read_uvarint(B, P)
    n_f0 -= 1
    f0: list[DescribeUserScramCredentialsRequest.UserName] | None
    if n_f0 < 0:
        if n_f0 != -1:
            raise DecodeError(f'negative array length {n_f0}')
        f0 = None
    else:
        if n_f0 > len(B) - P:
            raise DecodeError(f'array length {n_f0} exceeds the buffer')
        f0 = []
        for _ in range(n_f0):
            e_f0, P = _d_DescribeUserScramCredentialsRequest_UserName_v0(B, P)
            f0.append(e_f0)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_DescribeUserScramCredentialsRequest(f0, tf), P


def _e_DescribeUserScramCredentialsRequest_UserName_v0(o: DescribeUserScramCredentialsRequest.UserName, O: bytearray) -> None:
    write_compact_string(O, o.name)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_DescribeUserScramCredentialsRequest_v0(o: DescribeUserScramCredentialsRequest, O: bytearray) -> None:
    a0 = o.users
    if a0 is None:
        O.append(0)
    else:
        write_uvarint(O, len(a0) + 1)
        for e_a0 in a0:
            _e_DescribeUserScramCredentialsRequest_UserName_v0(e_a0, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _d_DescribeUserScramCredentialsResponse_DescribeUserScramCredentialsResult_CredentialInfo_v0(B: memoryview, P: int) -> tuple[DescribeUserScramCredentialsResponse.DescribeUserScramCredentialsResult.CredentialInfo, int]:
    (f0, f1,) = _S_bi.unpack_from(B, P)
    P += 5
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_DescribeUserScramCredentialsResponse_DescribeUserScramCredentialsResult_CredentialInfo(f0, f1, tf), P


def _d_DescribeUserScramCredentialsResponse_DescribeUserScramCredentialsResult_v0(B: memoryview, P: int) -> tuple[DescribeUserScramCredentialsResponse.DescribeUserScramCredentialsResult, int]:
    f0, P = read_compact_string(B, P)
    (f1,) = _S_h.unpack_from(B, P)
    P += 2
    f2, P = read_compact_nullable_string(B, P)
    n_f3 = B[P]
    if n_f3 < 0x80:
        P += 1
    else:
        n_f3, P = read_uvarint(B, P)
    n_f3 -= 1
    f3: list[DescribeUserScramCredentialsResponse.DescribeUserScramCredentialsResult.CredentialInfo]
    if n_f3 < 0:
        raise DecodeError(f'non-nullable array CredentialInfos has length {n_f3}')
    else:
        if n_f3 > len(B) - P:
            raise DecodeError(f'array length {n_f3} exceeds the buffer')
        f3 = []
        for _ in range(n_f3):
            e_f3, P = _d_DescribeUserScramCredentialsResponse_DescribeUserScramCredentialsResult_CredentialInfo_v0(B, P)
            f3.append(e_f3)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_DescribeUserScramCredentialsResponse_DescribeUserScramCredentialsResult(f0, f1, f2, f3, tf), P


def _d_DescribeUserScramCredentialsResponse_v0(B: memoryview, P: int) -> tuple[DescribeUserScramCredentialsResponse, int]:
    (f0, f1,) = _S_ih.unpack_from(B, P)
    P += 6
    f2, P = read_compact_nullable_string(B, P)
    n_f3 = B[P]
    if n_f3 < 0x80:
        P += 1
    else:
        n_f3, P = read_uvarint(B, P)
    n_f3 -= 1
    f3: list[DescribeUserScramCredentialsResponse.DescribeUserScramCredentialsResult]
    if n_f3 < 0:
        raise DecodeError(f'non-nullable array Results has length {n_f3}')
    else:
        if n_f3 > len(B) - P:
            raise DecodeError(f'array length {n_f3} exceeds the buffer')
        f3 = []
        for _ in range(n_f3):
            e_f3, P = _d_DescribeUserScramCredentialsResponse_DescribeUserScramCredentialsResult_v0(B, P)
            f3.append(e_f3)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_DescribeUserScramCredentialsResponse(f0, f1, f2, f3, tf), P


def _e_DescribeUserScramCredentialsResponse_DescribeUserScramCredentialsResult_CredentialInfo_v0(o: DescribeUserScramCredentialsResponse.DescribeUserScramCredentialsResult.CredentialInfo, O: bytearray) -> None:
    O += _S_bi.pack(o.mechanism, o.iterations)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_DescribeUserScramCredentialsResponse_DescribeUserScramCredentialsResult_v0(o: DescribeUserScramCredentialsResponse.DescribeUserScramCredentialsResult, O: bytearray) -> None:
    write_compact_string(O, o.user)
    O += _S_h.pack(o.error_code)
    write_compact_nullable_string(O, o.error_message)
    a3 = o.credential_infos
    if a3 is None:
        raise EncodeError('non-nullable array CredentialInfos is None')
    write_uvarint(O, len(a3) + 1)
    for e_a3 in a3:
        _e_DescribeUserScramCredentialsResponse_DescribeUserScramCredentialsResult_CredentialInfo_v0(e_a3, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_DescribeUserScramCredentialsResponse_v0(o: DescribeUserScramCredentialsResponse, O: bytearray) -> None:
    O += _S_ih.pack(o.throttle_time_ms, o.error_code)
    write_compact_nullable_string(O, o.error_message)
    a3 = o.results
    if a3 is None:
        raise EncodeError('non-nullable array Results is None')
    write_uvarint(O, len(a3) + 1)
    for e_a3 in a3:
        _e_DescribeUserScramCredentialsResponse_DescribeUserScramCredentialsResult_v0(e_a3, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


_C_DescribeUserScramCredentialsRequest = DescribeUserScramCredentialsRequest
_C_DescribeUserScramCredentialsRequest_UserName = DescribeUserScramCredentialsRequest.UserName
_DEF_C_DescribeUserScramCredentialsRequest_UserName = _C_DescribeUserScramCredentialsRequest_UserName()
_DEC_DescribeUserScramCredentialsRequest: dict[int, Decoder[DescribeUserScramCredentialsRequest]] = {
    0: _d_DescribeUserScramCredentialsRequest_v0,
}
_ENC_DescribeUserScramCredentialsRequest: dict[int, Encoder[DescribeUserScramCredentialsRequest]] = {
    0: _e_DescribeUserScramCredentialsRequest_v0,
}
DescribeUserScramCredentialsRequest.FIELDS = (
    FieldInfo('Users', 'users', '[]UserName', (0, OPEN), (0, OPEN), None, None, False, None, None, _C_DescribeUserScramCredentialsRequest_UserName),
)
DescribeUserScramCredentialsRequest.UserName.FIELDS = (
    FieldInfo('Name', 'name', 'string', (0, OPEN), None, None, None, False, None, None, None),
)

_C_DescribeUserScramCredentialsResponse = DescribeUserScramCredentialsResponse
_C_DescribeUserScramCredentialsResponse_DescribeUserScramCredentialsResult = DescribeUserScramCredentialsResponse.DescribeUserScramCredentialsResult
_C_DescribeUserScramCredentialsResponse_DescribeUserScramCredentialsResult_CredentialInfo = DescribeUserScramCredentialsResponse.DescribeUserScramCredentialsResult.CredentialInfo
_DEF_C_DescribeUserScramCredentialsResponse_DescribeUserScramCredentialsResult = _C_DescribeUserScramCredentialsResponse_DescribeUserScramCredentialsResult()
_DEF_C_DescribeUserScramCredentialsResponse_DescribeUserScramCredentialsResult_CredentialInfo = _C_DescribeUserScramCredentialsResponse_DescribeUserScramCredentialsResult_CredentialInfo()
_DEC_DescribeUserScramCredentialsResponse: dict[int, Decoder[DescribeUserScramCredentialsResponse]] = {
    0: _d_DescribeUserScramCredentialsResponse_v0,
}
_ENC_DescribeUserScramCredentialsResponse: dict[int, Encoder[DescribeUserScramCredentialsResponse]] = {
    0: _e_DescribeUserScramCredentialsResponse_v0,
}
DescribeUserScramCredentialsResponse.FIELDS = (
    FieldInfo('ThrottleTimeMs', 'throttle_time_ms', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('ErrorCode', 'error_code', 'int16', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('ErrorMessage', 'error_message', 'string', (0, OPEN), (0, OPEN), None, None, False, None, None, None),
    FieldInfo('Results', 'results', '[]DescribeUserScramCredentialsResult', (0, OPEN), None, None, None, False, None, None, _C_DescribeUserScramCredentialsResponse_DescribeUserScramCredentialsResult),
)
DescribeUserScramCredentialsResponse.DescribeUserScramCredentialsResult.FIELDS = (
    FieldInfo('User', 'user', 'string', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('ErrorCode', 'error_code', 'int16', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('ErrorMessage', 'error_message', 'string', (0, OPEN), (0, OPEN), None, None, False, None, None, None),
    FieldInfo('CredentialInfos', 'credential_infos', '[]CredentialInfo', (0, OPEN), None, None, None, False, None, None, _C_DescribeUserScramCredentialsResponse_DescribeUserScramCredentialsResult_CredentialInfo),
)
DescribeUserScramCredentialsResponse.DescribeUserScramCredentialsResult.CredentialInfo.FIELDS = (
    FieldInfo('Mechanism', 'mechanism', 'int8', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Iterations', 'iterations', 'int32', (0, OPEN), None, None, None, False, None, None, None),
)
