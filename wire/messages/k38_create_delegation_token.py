"""API key 38: CreateDelegationToken.

GENERATED - DO NOT EDIT. Written by ``python -m wire.generator`` from Apache Kafka 4.1.1's
message definitions (CreateDelegationTokenRequest.json, CreateDelegationTokenResponse.json).
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
_S_q = struct.Struct('>q')
_S_qqq = struct.Struct('>qqq')


@dataclass(slots=True)
class CreateDelegationTokenRequest:
    """CreateDelegationTokenRequest (API key 38, versions 1-3).

    Generated from CreateDelegationTokenRequest.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = 38
    MIN_VERSION: ClassVar[int] = 1
    MAX_VERSION: ClassVar[int] = 3
    LATEST_VERSION: ClassVar[int] = 3
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
    FLEXIBLE_MIN: ClassVar[int | None] = 2
    #: Who serves this request in Kafka (empty for responses).
    LISTENERS: ClassVar[tuple[str, ...]] = ('broker', 'controller')
    FIELDS: ClassVar[tuple[FieldInfo, ...]]

    @dataclass(slots=True)
    class CreatableRenewers:
        FIELDS: ClassVar[tuple[FieldInfo, ...]]

        #: The type of the Kafka principal.
        principal_type: str = ''
        #: The name of the Kafka principal.
        principal_name: str = ''
        #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
        unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    #: The principal type of the owner of the token. If it's null it defaults to the token request principal.
    owner_principal_type: str | None = ''
    #: The principal name of the owner of the token. If it's null it defaults to the token request principal.
    owner_principal_name: str | None = ''
    #: A list of those who are allowed to renew this token before it expires.
    renewers: list[CreateDelegationTokenRequest.CreatableRenewers] = field(default_factory=list)
    #: The maximum lifetime of the token in milliseconds, or -1 to use the server side default.
    max_lifetime_ms: int = 0
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> CreateDelegationTokenRequest:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_CreateDelegationTokenRequest, data, version, 'CreateDelegationTokenRequest', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_CreateDelegationTokenRequest, self, version, 'CreateDelegationTokenRequest')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_CreateDelegationTokenRequest, self, version, 'CreateDelegationTokenRequest')


@dataclass(slots=True)
class CreateDelegationTokenResponse:
    """CreateDelegationTokenResponse (API key 38, versions 1-3).

    Generated from CreateDelegationTokenResponse.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = 38
    MIN_VERSION: ClassVar[int] = 1
    MAX_VERSION: ClassVar[int] = 3
    LATEST_VERSION: ClassVar[int] = 3
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
    FLEXIBLE_MIN: ClassVar[int | None] = 2
    #: Who serves this request in Kafka (empty for responses).
    LISTENERS: ClassVar[tuple[str, ...]] = ()
    FIELDS: ClassVar[tuple[FieldInfo, ...]]

    #: The top-level error, or zero if there was no error.
    error_code: int = 0
    #: The principal type of the token owner.
    principal_type: str = ''
    #: The name of the token owner.
    principal_name: str = ''
    #: The principal type of the requester of the token.
    token_requester_principal_type: str = ''
    #: The principal type of the requester of the token.
    token_requester_principal_name: str = ''
    #: When this token was generated.
    issue_timestamp_ms: int = 0
    #: When this token expires.
    expiry_timestamp_ms: int = 0
    #: The maximum lifetime of this token.
    max_timestamp_ms: int = 0
    #: The token UUID.
    token_id: str = ''
    #: HMAC of the delegation token.
    hmac: bytes | memoryview = b''
    #: The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    throttle_time_ms: int = 0
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> CreateDelegationTokenResponse:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_CreateDelegationTokenResponse, data, version, 'CreateDelegationTokenResponse', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_CreateDelegationTokenResponse, self, version, 'CreateDelegationTokenResponse')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_CreateDelegationTokenResponse, self, version, 'CreateDelegationTokenResponse')

def _d_CreateDelegationTokenRequest_CreatableRenewers_v1(B: memoryview, P: int) -> tuple[CreateDelegationTokenRequest.CreatableRenewers, int]:
    f0, P = read_string(B, P)
    f1, P = read_string(B, P)
    return _C_CreateDelegationTokenRequest_CreatableRenewers(f0, f1, None), P


def _d_CreateDelegationTokenRequest_v1(B: memoryview, P: int) -> tuple[CreateDelegationTokenRequest, int]:
    (n_f2,) = _S_i.unpack_from(B, P)
    P += 4
    f2: list[CreateDelegationTokenRequest.CreatableRenewers]
    if n_f2 < 0:
        raise DecodeError(f'non-nullable array Renewers has length {n_f2}')
    else:
        if n_f2 > len(B) - P:
            raise DecodeError(f'array length {n_f2} exceeds the buffer')
        f2 = []
        for _ in range(n_f2):
            e_f2, P = _d_CreateDelegationTokenRequest_CreatableRenewers_v1(B, P)
            f2.append(e_f2)
    (f3,) = _S_q.unpack_from(B, P)
    P += 8
    return _C_CreateDelegationTokenRequest('', '', f2, f3, None), P


def _d_CreateDelegationTokenRequest_CreatableRenewers_v2(B: memoryview, P: int) -> tuple[CreateDelegationTokenRequest.CreatableRenewers, int]:
    f0, P = read_compact_string(B, P)
    f1, P = read_compact_string(B, P)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_CreateDelegationTokenRequest_CreatableRenewers(f0, f1, tf), P


def _d_CreateDelegationTokenRequest_v2(B: memoryview, P: int) -> tuple[CreateDelegationTokenRequest, int]:
    n_f2 = B[P]
    if n_f2 < 0x80:
        P += 1
    else:
        n_f2, P = read_uvarint(B, P)
    n_f2 -= 1
    f2: list[CreateDelegationTokenRequest.CreatableRenewers]
    if n_f2 < 0:
        raise DecodeError(f'non-nullable array Renewers has length {n_f2}')
    else:
        if n_f2 > len(B) - P:
            raise DecodeError(f'array length {n_f2} exceeds the buffer')
        f2 = []
        for _ in range(n_f2):
            e_f2, P = _d_CreateDelegationTokenRequest_CreatableRenewers_v2(B, P)
            f2.append(e_f2)
    (f3,) = _S_q.unpack_from(B, P)
    P += 8
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_CreateDelegationTokenRequest('', '', f2, f3, tf), P


def _d_CreateDelegationTokenRequest_v3(B: memoryview, P: int) -> tuple[CreateDelegationTokenRequest, int]:
    f0, P = read_compact_nullable_string(B, P)
    f1, P = read_compact_nullable_string(B, P)
    n_f2 = B[P]
    if n_f2 < 0x80:
        P += 1
    else:
        n_f2, P = read_uvarint(B, P)
    n_f2 -= 1
    f2: list[CreateDelegationTokenRequest.CreatableRenewers]
    if n_f2 < 0:
        raise DecodeError(f'non-nullable array Renewers has length {n_f2}')
    else:
        if n_f2 > len(B) - P:
            raise DecodeError(f'array length {n_f2} exceeds the buffer')
        f2 = []
        for _ in range(n_f2):
            e_f2, P = _d_CreateDelegationTokenRequest_CreatableRenewers_v2(B, P)
            f2.append(e_f2)
    (f3,) = _S_q.unpack_from(B, P)
    P += 8
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_CreateDelegationTokenRequest(f0, f1, f2, f3, tf), P


def _e_CreateDelegationTokenRequest_CreatableRenewers_v1(o: CreateDelegationTokenRequest.CreatableRenewers, O: bytearray) -> None:
    write_string(O, o.principal_type)
    write_string(O, o.principal_name)


def _e_CreateDelegationTokenRequest_v1(o: CreateDelegationTokenRequest, O: bytearray) -> None:
    if o.owner_principal_type != '':
        raise EncodeError('CreateDelegationTokenRequest.OwnerPrincipalType is not supported in version 1')
    if o.owner_principal_name != '':
        raise EncodeError('CreateDelegationTokenRequest.OwnerPrincipalName is not supported in version 1')
    a0 = o.renewers
    if a0 is None:
        raise EncodeError('non-nullable array Renewers is None')
    O += _S_i.pack(len(a0))
    for e_a0 in a0:
        _e_CreateDelegationTokenRequest_CreatableRenewers_v1(e_a0, O)
    O += _S_q.pack(o.max_lifetime_ms)


def _e_CreateDelegationTokenRequest_CreatableRenewers_v2(o: CreateDelegationTokenRequest.CreatableRenewers, O: bytearray) -> None:
    write_compact_string(O, o.principal_type)
    write_compact_string(O, o.principal_name)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_CreateDelegationTokenRequest_v2(o: CreateDelegationTokenRequest, O: bytearray) -> None:
    if o.owner_principal_type != '':
        raise EncodeError('CreateDelegationTokenRequest.OwnerPrincipalType is not supported in version 2')
    if o.owner_principal_name != '':
        raise EncodeError('CreateDelegationTokenRequest.OwnerPrincipalName is not supported in version 2')
    a0 = o.renewers
    if a0 is None:
        raise EncodeError('non-nullable array Renewers is None')
    write_uvarint(O, len(a0) + 1)
    for e_a0 in a0:
        _e_CreateDelegationTokenRequest_CreatableRenewers_v2(e_a0, O)
    O += _S_q.pack(o.max_lifetime_ms)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_CreateDelegationTokenRequest_v3(o: CreateDelegationTokenRequest, O: bytearray) -> None:
    write_compact_nullable_string(O, o.owner_principal_type)
    write_compact_nullable_string(O, o.owner_principal_name)
    a2 = o.renewers
    if a2 is None:
        raise EncodeError('non-nullable array Renewers is None')
    write_uvarint(O, len(a2) + 1)
    for e_a2 in a2:
        _e_CreateDelegationTokenRequest_CreatableRenewers_v2(e_a2, O)
    O += _S_q.pack(o.max_lifetime_ms)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _d_CreateDelegationTokenResponse_v1(B: memoryview, P: int) -> tuple[CreateDelegationTokenResponse, int]:
    (f0,) = _S_h.unpack_from(B, P)
    P += 2
    f1, P = read_string(B, P)
    f2, P = read_string(B, P)
    (f5, f6, f7,) = _S_qqq.unpack_from(B, P)
    P += 24
    f8, P = read_string(B, P)
    f9, P = read_bytes(B, P)
    (f10,) = _S_i.unpack_from(B, P)
    P += 4
    return _C_CreateDelegationTokenResponse(f0, f1, f2, '', '', f5, f6, f7, f8, f9, f10, None), P


def _d_CreateDelegationTokenResponse_v2(B: memoryview, P: int) -> tuple[CreateDelegationTokenResponse, int]:
    (f0,) = _S_h.unpack_from(B, P)
    P += 2
    f1, P = read_compact_string(B, P)
    f2, P = read_compact_string(B, P)
    (f5, f6, f7,) = _S_qqq.unpack_from(B, P)
    P += 24
    f8, P = read_compact_string(B, P)
    f9, P = read_compact_bytes(B, P)
    (f10,) = _S_i.unpack_from(B, P)
    P += 4
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_CreateDelegationTokenResponse(f0, f1, f2, '', '', f5, f6, f7, f8, f9, f10, tf), P


def _d_CreateDelegationTokenResponse_v3(B: memoryview, P: int) -> tuple[CreateDelegationTokenResponse, int]:
    (f0,) = _S_h.unpack_from(B, P)
    P += 2
    f1, P = read_compact_string(B, P)
    f2, P = read_compact_string(B, P)
    f3, P = read_compact_string(B, P)
    f4, P = read_compact_string(B, P)
    (f5, f6, f7,) = _S_qqq.unpack_from(B, P)
    P += 24
    f8, P = read_compact_string(B, P)
    f9, P = read_compact_bytes(B, P)
    (f10,) = _S_i.unpack_from(B, P)
    P += 4
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_CreateDelegationTokenResponse(f0, f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, tf), P


def _e_CreateDelegationTokenResponse_v1(o: CreateDelegationTokenResponse, O: bytearray) -> None:
    if o.token_requester_principal_type != '':
        raise EncodeError('CreateDelegationTokenResponse.TokenRequesterPrincipalType is not supported in version 1')
    if o.token_requester_principal_name != '':
        raise EncodeError('CreateDelegationTokenResponse.TokenRequesterPrincipalName is not supported in version 1')
    O += _S_h.pack(o.error_code)
    write_string(O, o.principal_type)
    write_string(O, o.principal_name)
    O += _S_qqq.pack(o.issue_timestamp_ms, o.expiry_timestamp_ms, o.max_timestamp_ms)
    write_string(O, o.token_id)
    write_bytes(O, o.hmac)
    O += _S_i.pack(o.throttle_time_ms)


def _e_CreateDelegationTokenResponse_v2(o: CreateDelegationTokenResponse, O: bytearray) -> None:
    if o.token_requester_principal_type != '':
        raise EncodeError('CreateDelegationTokenResponse.TokenRequesterPrincipalType is not supported in version 2')
    if o.token_requester_principal_name != '':
        raise EncodeError('CreateDelegationTokenResponse.TokenRequesterPrincipalName is not supported in version 2')
    O += _S_h.pack(o.error_code)
    write_compact_string(O, o.principal_type)
    write_compact_string(O, o.principal_name)
    O += _S_qqq.pack(o.issue_timestamp_ms, o.expiry_timestamp_ms, o.max_timestamp_ms)
    write_compact_string(O, o.token_id)
    write_compact_bytes(O, o.hmac)
    O += _S_i.pack(o.throttle_time_ms)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_CreateDelegationTokenResponse_v3(o: CreateDelegationTokenResponse, O: bytearray) -> None:
    O += _S_h.pack(o.error_code)
    write_compact_string(O, o.principal_type)
    write_compact_string(O, o.principal_name)
    write_compact_string(O, o.token_requester_principal_type)
    write_compact_string(O, o.token_requester_principal_name)
    O += _S_qqq.pack(o.issue_timestamp_ms, o.expiry_timestamp_ms, o.max_timestamp_ms)
    write_compact_string(O, o.token_id)
    write_compact_bytes(O, o.hmac)
    O += _S_i.pack(o.throttle_time_ms)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


_C_CreateDelegationTokenRequest = CreateDelegationTokenRequest
_C_CreateDelegationTokenRequest_CreatableRenewers = CreateDelegationTokenRequest.CreatableRenewers
_DEF_C_CreateDelegationTokenRequest_CreatableRenewers = _C_CreateDelegationTokenRequest_CreatableRenewers()
_DEC_CreateDelegationTokenRequest: dict[int, Decoder[CreateDelegationTokenRequest]] = {
    1: _d_CreateDelegationTokenRequest_v1,
    2: _d_CreateDelegationTokenRequest_v2,
    3: _d_CreateDelegationTokenRequest_v3,
}
_ENC_CreateDelegationTokenRequest: dict[int, Encoder[CreateDelegationTokenRequest]] = {
    1: _e_CreateDelegationTokenRequest_v1,
    2: _e_CreateDelegationTokenRequest_v2,
    3: _e_CreateDelegationTokenRequest_v3,
}
CreateDelegationTokenRequest.FIELDS = (
    FieldInfo('OwnerPrincipalType', 'owner_principal_type', 'string', (3, OPEN), (3, OPEN), None, None, False, None, None, None),
    FieldInfo('OwnerPrincipalName', 'owner_principal_name', 'string', (3, OPEN), (3, OPEN), None, None, False, None, None, None),
    FieldInfo('Renewers', 'renewers', '[]CreatableRenewers', (0, OPEN), None, None, None, False, None, None, _C_CreateDelegationTokenRequest_CreatableRenewers),
    FieldInfo('MaxLifetimeMs', 'max_lifetime_ms', 'int64', (0, OPEN), None, None, None, False, None, None, None),
)
CreateDelegationTokenRequest.CreatableRenewers.FIELDS = (
    FieldInfo('PrincipalType', 'principal_type', 'string', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('PrincipalName', 'principal_name', 'string', (0, OPEN), None, None, None, False, None, None, None),
)

_C_CreateDelegationTokenResponse = CreateDelegationTokenResponse
_DEC_CreateDelegationTokenResponse: dict[int, Decoder[CreateDelegationTokenResponse]] = {
    1: _d_CreateDelegationTokenResponse_v1,
    2: _d_CreateDelegationTokenResponse_v2,
    3: _d_CreateDelegationTokenResponse_v3,
}
_ENC_CreateDelegationTokenResponse: dict[int, Encoder[CreateDelegationTokenResponse]] = {
    1: _e_CreateDelegationTokenResponse_v1,
    2: _e_CreateDelegationTokenResponse_v2,
    3: _e_CreateDelegationTokenResponse_v3,
}
CreateDelegationTokenResponse.FIELDS = (
    FieldInfo('ErrorCode', 'error_code', 'int16', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('PrincipalType', 'principal_type', 'string', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('PrincipalName', 'principal_name', 'string', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('TokenRequesterPrincipalType', 'token_requester_principal_type', 'string', (3, OPEN), None, None, None, False, None, None, None),
    FieldInfo('TokenRequesterPrincipalName', 'token_requester_principal_name', 'string', (3, OPEN), None, None, None, False, None, None, None),
    FieldInfo('IssueTimestampMs', 'issue_timestamp_ms', 'int64', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('ExpiryTimestampMs', 'expiry_timestamp_ms', 'int64', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('MaxTimestampMs', 'max_timestamp_ms', 'int64', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('TokenId', 'token_id', 'string', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Hmac', 'hmac', 'bytes', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('ThrottleTimeMs', 'throttle_time_ms', 'int32', (0, OPEN), None, None, None, False, None, None, None),
)
