"""API key 41: DescribeDelegationToken.

GENERATED - DO NOT EDIT. Written by ``python -m wire.generator`` from Apache Kafka 4.1.1's
message definitions (DescribeDelegationTokenRequest.json, DescribeDelegationTokenResponse.json).
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
_S_hi = struct.Struct('>hi')
_S_i = struct.Struct('>i')
_S_qqq = struct.Struct('>qqq')


@dataclass(slots=True)
class DescribeDelegationTokenRequest:
    """DescribeDelegationTokenRequest (API key 41, versions 1-3).

    Generated from DescribeDelegationTokenRequest.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = 41
    MIN_VERSION: ClassVar[int] = 1
    MAX_VERSION: ClassVar[int] = 3
    LATEST_VERSION: ClassVar[int] = 3
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
    FLEXIBLE_MIN: ClassVar[int | None] = 2
    #: Who serves this request in Kafka (empty for responses).
    LISTENERS: ClassVar[tuple[str, ...]] = ('broker', 'controller')
    FIELDS: ClassVar[tuple[FieldInfo, ...]]

    @dataclass(slots=True)
    class DescribeDelegationTokenOwner:
        FIELDS: ClassVar[tuple[FieldInfo, ...]]

        #: The owner principal type.
        principal_type: str = ''
        #: The owner principal name.
        principal_name: str = ''
        #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
        unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    #: Each owner that we want to describe delegation tokens for, or null to describe all tokens.
    owners: list[DescribeDelegationTokenRequest.DescribeDelegationTokenOwner] | None = field(default_factory=list)
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> DescribeDelegationTokenRequest:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_DescribeDelegationTokenRequest, data, version, 'DescribeDelegationTokenRequest', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_DescribeDelegationTokenRequest, self, version, 'DescribeDelegationTokenRequest')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_DescribeDelegationTokenRequest, self, version, 'DescribeDelegationTokenRequest')


@dataclass(slots=True)
class DescribeDelegationTokenResponse:
    """DescribeDelegationTokenResponse (API key 41, versions 1-3).

    Generated from DescribeDelegationTokenResponse.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = 41
    MIN_VERSION: ClassVar[int] = 1
    MAX_VERSION: ClassVar[int] = 3
    LATEST_VERSION: ClassVar[int] = 3
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
    FLEXIBLE_MIN: ClassVar[int | None] = 2
    #: Who serves this request in Kafka (empty for responses).
    LISTENERS: ClassVar[tuple[str, ...]] = ()
    FIELDS: ClassVar[tuple[FieldInfo, ...]]

    @dataclass(slots=True)
    class DescribedDelegationToken:
        FIELDS: ClassVar[tuple[FieldInfo, ...]]

        @dataclass(slots=True)
        class DescribedDelegationTokenRenewer:
            FIELDS: ClassVar[tuple[FieldInfo, ...]]

            #: The renewer principal type.
            principal_type: str = ''
            #: The renewer principal name.
            principal_name: str = ''
            #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
            unknown_tagged_fields: list[tuple[int, bytes]] | None = None

        #: The token principal type.
        principal_type: str = ''
        #: The token principal name.
        principal_name: str = ''
        #: The principal type of the requester of the token.
        token_requester_principal_type: str = ''
        #: The principal type of the requester of the token.
        token_requester_principal_name: str = ''
        #: The token issue timestamp in milliseconds.
        issue_timestamp: int = 0
        #: The token expiry timestamp in milliseconds.
        expiry_timestamp: int = 0
        #: The token maximum timestamp length in milliseconds.
        max_timestamp: int = 0
        #: The token ID.
        token_id: str = ''
        #: The token HMAC.
        hmac: bytes | memoryview = b''
        #: Those who are able to renew this token before it expires.
        renewers: list[DescribeDelegationTokenResponse.DescribedDelegationToken.DescribedDelegationTokenRenewer] = field(default_factory=list)
        #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
        unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    DescribedDelegationTokenRenewer = DescribedDelegationToken.DescribedDelegationTokenRenewer
    #: The error code, or 0 if there was no error.
    error_code: int = 0
    #: The tokens.
    tokens: list[DescribeDelegationTokenResponse.DescribedDelegationToken] = field(default_factory=list)
    #: The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    throttle_time_ms: int = 0
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> DescribeDelegationTokenResponse:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_DescribeDelegationTokenResponse, data, version, 'DescribeDelegationTokenResponse', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_DescribeDelegationTokenResponse, self, version, 'DescribeDelegationTokenResponse')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_DescribeDelegationTokenResponse, self, version, 'DescribeDelegationTokenResponse')

def _d_DescribeDelegationTokenRequest_DescribeDelegationTokenOwner_v1(B: memoryview, P: int) -> tuple[DescribeDelegationTokenRequest.DescribeDelegationTokenOwner, int]:
    f0, P = read_string(B, P)
    f1, P = read_string(B, P)
    return _C_DescribeDelegationTokenRequest_DescribeDelegationTokenOwner(f0, f1, None), P


def _d_DescribeDelegationTokenRequest_v1(B: memoryview, P: int) -> tuple[DescribeDelegationTokenRequest, int]:
    (n_f0,) = _S_i.unpack_from(B, P)
    P += 4
    f0: list[DescribeDelegationTokenRequest.DescribeDelegationTokenOwner] | None
    if n_f0 < 0:
        if n_f0 != -1:
            raise DecodeError(f'negative array length {n_f0}')
        f0 = None
    else:
        if n_f0 > len(B) - P:
            raise DecodeError(f'array length {n_f0} exceeds the buffer')
        f0 = []
        for _ in range(n_f0):
            e_f0, P = _d_DescribeDelegationTokenRequest_DescribeDelegationTokenOwner_v1(B, P)
            f0.append(e_f0)
    return _C_DescribeDelegationTokenRequest(f0, None), P


def _d_DescribeDelegationTokenRequest_DescribeDelegationTokenOwner_v2(B: memoryview, P: int) -> tuple[DescribeDelegationTokenRequest.DescribeDelegationTokenOwner, int]:
    f0, P = read_compact_string(B, P)
    f1, P = read_compact_string(B, P)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_DescribeDelegationTokenRequest_DescribeDelegationTokenOwner(f0, f1, tf), P


def _d_DescribeDelegationTokenRequest_v2(B: memoryview, P: int) -> tuple[DescribeDelegationTokenRequest, int]:
    n_f0 = B[P]
    if n_f0 < 0x80:
        P += 1
    else:
        n_f0, P = read_uvarint(B, P)
    n_f0 -= 1
    f0: list[DescribeDelegationTokenRequest.DescribeDelegationTokenOwner] | None
    if n_f0 < 0:
        if n_f0 != -1:
            raise DecodeError(f'negative array length {n_f0}')
        f0 = None
    else:
        if n_f0 > len(B) - P:
            raise DecodeError(f'array length {n_f0} exceeds the buffer')
        f0 = []
        for _ in range(n_f0):
            e_f0, P = _d_DescribeDelegationTokenRequest_DescribeDelegationTokenOwner_v2(B, P)
            f0.append(e_f0)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_DescribeDelegationTokenRequest(f0, tf), P


def _e_DescribeDelegationTokenRequest_DescribeDelegationTokenOwner_v1(o: DescribeDelegationTokenRequest.DescribeDelegationTokenOwner, O: bytearray) -> None:
    write_string(O, o.principal_type)
    write_string(O, o.principal_name)


def _e_DescribeDelegationTokenRequest_v1(o: DescribeDelegationTokenRequest, O: bytearray) -> None:
    a0 = o.owners
    if a0 is None:
        O += b'\xff\xff\xff\xff'
    else:
        O += INT32.pack(len(a0))
        for e_a0 in a0:
            _e_DescribeDelegationTokenRequest_DescribeDelegationTokenOwner_v1(e_a0, O)


def _e_DescribeDelegationTokenRequest_DescribeDelegationTokenOwner_v2(o: DescribeDelegationTokenRequest.DescribeDelegationTokenOwner, O: bytearray) -> None:
    write_compact_string(O, o.principal_type)
    write_compact_string(O, o.principal_name)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_DescribeDelegationTokenRequest_v2(o: DescribeDelegationTokenRequest, O: bytearray) -> None:
    a0 = o.owners
    if a0 is None:
        O.append(0)
    else:
        write_uvarint(O, len(a0) + 1)
        for e_a0 in a0:
            _e_DescribeDelegationTokenRequest_DescribeDelegationTokenOwner_v2(e_a0, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _d_DescribeDelegationTokenResponse_DescribedDelegationToken_DescribedDelegationTokenRenewer_v1(B: memoryview, P: int) -> tuple[DescribeDelegationTokenResponse.DescribedDelegationToken.DescribedDelegationTokenRenewer, int]:
    f0, P = read_string(B, P)
    f1, P = read_string(B, P)
    return _C_DescribeDelegationTokenResponse_DescribedDelegationToken_DescribedDelegationTokenRenewer(f0, f1, None), P


def _d_DescribeDelegationTokenResponse_DescribedDelegationToken_v1(B: memoryview, P: int) -> tuple[DescribeDelegationTokenResponse.DescribedDelegationToken, int]:
    f0, P = read_string(B, P)
    f1, P = read_string(B, P)
    (f4, f5, f6,) = _S_qqq.unpack_from(B, P)
    P += 24
    f7, P = read_string(B, P)
    f8, P = read_bytes(B, P)
    (n_f9,) = _S_i.unpack_from(B, P)
    P += 4
    f9: list[DescribeDelegationTokenResponse.DescribedDelegationToken.DescribedDelegationTokenRenewer]
    if n_f9 < 0:
        raise DecodeError(f'non-nullable array Renewers has length {n_f9}')
    else:
        if n_f9 > len(B) - P:
            raise DecodeError(f'array length {n_f9} exceeds the buffer')
        f9 = []
        for _ in range(n_f9):
            e_f9, P = _d_DescribeDelegationTokenResponse_DescribedDelegationToken_DescribedDelegationTokenRenewer_v1(B, P)
            f9.append(e_f9)
    return _C_DescribeDelegationTokenResponse_DescribedDelegationToken(f0, f1, '', '', f4, f5, f6, f7, f8, f9, None), P


def _d_DescribeDelegationTokenResponse_v1(B: memoryview, P: int) -> tuple[DescribeDelegationTokenResponse, int]:
    (f0, n_f1,) = _S_hi.unpack_from(B, P)
    P += 6
    f1: list[DescribeDelegationTokenResponse.DescribedDelegationToken]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Tokens has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_DescribeDelegationTokenResponse_DescribedDelegationToken_v1(B, P)
            f1.append(e_f1)
    (f2,) = _S_i.unpack_from(B, P)
    P += 4
    return _C_DescribeDelegationTokenResponse(f0, f1, f2, None), P


def _d_DescribeDelegationTokenResponse_DescribedDelegationToken_DescribedDelegationTokenRenewer_v2(B: memoryview, P: int) -> tuple[DescribeDelegationTokenResponse.DescribedDelegationToken.DescribedDelegationTokenRenewer, int]:
    f0, P = read_compact_string(B, P)
    f1, P = read_compact_string(B, P)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_DescribeDelegationTokenResponse_DescribedDelegationToken_DescribedDelegationTokenRenewer(f0, f1, tf), P


def _d_DescribeDelegationTokenResponse_DescribedDelegationToken_v2(B: memoryview, P: int) -> tuple[DescribeDelegationTokenResponse.DescribedDelegationToken, int]:
    f0, P = read_compact_string(B, P)
    f1, P = read_compact_string(B, P)
    (f4, f5, f6,) = _S_qqq.unpack_from(B, P)
    P += 24
    f7, P = read_compact_string(B, P)
    f8, P = read_compact_bytes(B, P)
    n_f9 = B[P]
    if n_f9 < 0x80:
        P += 1
    else:
        n_f9, P = read_uvarint(B, P)
    n_f9 -= 1
    f9: list[DescribeDelegationTokenResponse.DescribedDelegationToken.DescribedDelegationTokenRenewer]
    if n_f9 < 0:
        raise DecodeError(f'non-nullable array Renewers has length {n_f9}')
    else:
        if n_f9 > len(B) - P:
            raise DecodeError(f'array length {n_f9} exceeds the buffer')
        f9 = []
        for _ in range(n_f9):
            e_f9, P = _d_DescribeDelegationTokenResponse_DescribedDelegationToken_DescribedDelegationTokenRenewer_v2(B, P)
            f9.append(e_f9)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_DescribeDelegationTokenResponse_DescribedDelegationToken(f0, f1, '', '', f4, f5, f6, f7, f8, f9, tf), P


def _d_DescribeDelegationTokenResponse_v2(B: memoryview, P: int) -> tuple[DescribeDelegationTokenResponse, int]:
    (f0,) = _S_h.unpack_from(B, P)
    P += 2
    n_f1 = B[P]
    if n_f1 < 0x80:
        P += 1
    else:
        n_f1, P = read_uvarint(B, P)
    n_f1 -= 1
    f1: list[DescribeDelegationTokenResponse.DescribedDelegationToken]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Tokens has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_DescribeDelegationTokenResponse_DescribedDelegationToken_v2(B, P)
            f1.append(e_f1)
    (f2,) = _S_i.unpack_from(B, P)
    P += 4
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_DescribeDelegationTokenResponse(f0, f1, f2, tf), P


def _d_DescribeDelegationTokenResponse_DescribedDelegationToken_v3(B: memoryview, P: int) -> tuple[DescribeDelegationTokenResponse.DescribedDelegationToken, int]:
    f0, P = read_compact_string(B, P)
    f1, P = read_compact_string(B, P)
    f2, P = read_compact_string(B, P)
    f3, P = read_compact_string(B, P)
    (f4, f5, f6,) = _S_qqq.unpack_from(B, P)
    P += 24
    f7, P = read_compact_string(B, P)
    f8, P = read_compact_bytes(B, P)
    n_f9 = B[P]
    if n_f9 < 0x80:
        P += 1
    else:
        n_f9, P = read_uvarint(B, P)
    n_f9 -= 1
    f9: list[DescribeDelegationTokenResponse.DescribedDelegationToken.DescribedDelegationTokenRenewer]
    if n_f9 < 0:
        raise DecodeError(f'non-nullable array Renewers has length {n_f9}')
    else:
        if n_f9 > len(B) - P:
            raise DecodeError(f'array length {n_f9} exceeds the buffer')
        f9 = []
        for _ in range(n_f9):
            e_f9, P = _d_DescribeDelegationTokenResponse_DescribedDelegationToken_DescribedDelegationTokenRenewer_v2(B, P)
            f9.append(e_f9)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_DescribeDelegationTokenResponse_DescribedDelegationToken(f0, f1, f2, f3, f4, f5, f6, f7, f8, f9, tf), P


def _d_DescribeDelegationTokenResponse_v3(B: memoryview, P: int) -> tuple[DescribeDelegationTokenResponse, int]:
    (f0,) = _S_h.unpack_from(B, P)
    P += 2
    n_f1 = B[P]
    if n_f1 < 0x80:
        P += 1
    else:
        n_f1, P = read_uvarint(B, P)
    n_f1 -= 1
    f1: list[DescribeDelegationTokenResponse.DescribedDelegationToken]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Tokens has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_DescribeDelegationTokenResponse_DescribedDelegationToken_v3(B, P)
            f1.append(e_f1)
    (f2,) = _S_i.unpack_from(B, P)
    P += 4
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_DescribeDelegationTokenResponse(f0, f1, f2, tf), P


def _e_DescribeDelegationTokenResponse_DescribedDelegationToken_DescribedDelegationTokenRenewer_v1(o: DescribeDelegationTokenResponse.DescribedDelegationToken.DescribedDelegationTokenRenewer, O: bytearray) -> None:
    write_string(O, o.principal_type)
    write_string(O, o.principal_name)


def _e_DescribeDelegationTokenResponse_DescribedDelegationToken_v1(o: DescribeDelegationTokenResponse.DescribedDelegationToken, O: bytearray) -> None:
    if o.token_requester_principal_type != '':
        raise EncodeError('DescribeDelegationTokenResponse.TokenRequesterPrincipalType is not supported in version 1')
    if o.token_requester_principal_name != '':
        raise EncodeError('DescribeDelegationTokenResponse.TokenRequesterPrincipalName is not supported in version 1')
    write_string(O, o.principal_type)
    write_string(O, o.principal_name)
    O += _S_qqq.pack(o.issue_timestamp, o.expiry_timestamp, o.max_timestamp)
    write_string(O, o.token_id)
    write_bytes(O, o.hmac)
    a7 = o.renewers
    if a7 is None:
        raise EncodeError('non-nullable array Renewers is None')
    O += _S_i.pack(len(a7))
    for e_a7 in a7:
        _e_DescribeDelegationTokenResponse_DescribedDelegationToken_DescribedDelegationTokenRenewer_v1(e_a7, O)


def _e_DescribeDelegationTokenResponse_v1(o: DescribeDelegationTokenResponse, O: bytearray) -> None:
    a1 = o.tokens
    if a1 is None:
        raise EncodeError('non-nullable array Tokens is None')
    O += _S_hi.pack(o.error_code, len(a1))
    for e_a1 in a1:
        _e_DescribeDelegationTokenResponse_DescribedDelegationToken_v1(e_a1, O)
    O += _S_i.pack(o.throttle_time_ms)


def _e_DescribeDelegationTokenResponse_DescribedDelegationToken_DescribedDelegationTokenRenewer_v2(o: DescribeDelegationTokenResponse.DescribedDelegationToken.DescribedDelegationTokenRenewer, O: bytearray) -> None:
    write_compact_string(O, o.principal_type)
    write_compact_string(O, o.principal_name)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_DescribeDelegationTokenResponse_DescribedDelegationToken_v2(o: DescribeDelegationTokenResponse.DescribedDelegationToken, O: bytearray) -> None:
    if o.token_requester_principal_type != '':
        raise EncodeError('DescribeDelegationTokenResponse.TokenRequesterPrincipalType is not supported in version 2')
    if o.token_requester_principal_name != '':
        raise EncodeError('DescribeDelegationTokenResponse.TokenRequesterPrincipalName is not supported in version 2')
    write_compact_string(O, o.principal_type)
    write_compact_string(O, o.principal_name)
    O += _S_qqq.pack(o.issue_timestamp, o.expiry_timestamp, o.max_timestamp)
    write_compact_string(O, o.token_id)
    write_compact_bytes(O, o.hmac)
    a7 = o.renewers
    if a7 is None:
        raise EncodeError('non-nullable array Renewers is None')
    write_uvarint(O, len(a7) + 1)
    for e_a7 in a7:
        _e_DescribeDelegationTokenResponse_DescribedDelegationToken_DescribedDelegationTokenRenewer_v2(e_a7, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_DescribeDelegationTokenResponse_v2(o: DescribeDelegationTokenResponse, O: bytearray) -> None:
    O += _S_h.pack(o.error_code)
    a1 = o.tokens
    if a1 is None:
        raise EncodeError('non-nullable array Tokens is None')
    write_uvarint(O, len(a1) + 1)
    for e_a1 in a1:
        _e_DescribeDelegationTokenResponse_DescribedDelegationToken_v2(e_a1, O)
    O += _S_i.pack(o.throttle_time_ms)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_DescribeDelegationTokenResponse_DescribedDelegationToken_v3(o: DescribeDelegationTokenResponse.DescribedDelegationToken, O: bytearray) -> None:
    write_compact_string(O, o.principal_type)
    write_compact_string(O, o.principal_name)
    write_compact_string(O, o.token_requester_principal_type)
    write_compact_string(O, o.token_requester_principal_name)
    O += _S_qqq.pack(o.issue_timestamp, o.expiry_timestamp, o.max_timestamp)
    write_compact_string(O, o.token_id)
    write_compact_bytes(O, o.hmac)
    a9 = o.renewers
    if a9 is None:
        raise EncodeError('non-nullable array Renewers is None')
    write_uvarint(O, len(a9) + 1)
    for e_a9 in a9:
        _e_DescribeDelegationTokenResponse_DescribedDelegationToken_DescribedDelegationTokenRenewer_v2(e_a9, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_DescribeDelegationTokenResponse_v3(o: DescribeDelegationTokenResponse, O: bytearray) -> None:
    O += _S_h.pack(o.error_code)
    a1 = o.tokens
    if a1 is None:
        raise EncodeError('non-nullable array Tokens is None')
    write_uvarint(O, len(a1) + 1)
    for e_a1 in a1:
        _e_DescribeDelegationTokenResponse_DescribedDelegationToken_v3(e_a1, O)
    O += _S_i.pack(o.throttle_time_ms)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


_C_DescribeDelegationTokenRequest = DescribeDelegationTokenRequest
_C_DescribeDelegationTokenRequest_DescribeDelegationTokenOwner = DescribeDelegationTokenRequest.DescribeDelegationTokenOwner
_DEF_C_DescribeDelegationTokenRequest_DescribeDelegationTokenOwner = _C_DescribeDelegationTokenRequest_DescribeDelegationTokenOwner()
_DEC_DescribeDelegationTokenRequest: dict[int, Decoder[DescribeDelegationTokenRequest]] = {
    1: _d_DescribeDelegationTokenRequest_v1,
    2: _d_DescribeDelegationTokenRequest_v2,
    3: _d_DescribeDelegationTokenRequest_v2,
}
_ENC_DescribeDelegationTokenRequest: dict[int, Encoder[DescribeDelegationTokenRequest]] = {
    1: _e_DescribeDelegationTokenRequest_v1,
    2: _e_DescribeDelegationTokenRequest_v2,
    3: _e_DescribeDelegationTokenRequest_v2,
}
DescribeDelegationTokenRequest.FIELDS = (
    FieldInfo('Owners', 'owners', '[]DescribeDelegationTokenOwner', (0, OPEN), (0, OPEN), None, None, False, None, None, _C_DescribeDelegationTokenRequest_DescribeDelegationTokenOwner),
)
DescribeDelegationTokenRequest.DescribeDelegationTokenOwner.FIELDS = (
    FieldInfo('PrincipalType', 'principal_type', 'string', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('PrincipalName', 'principal_name', 'string', (0, OPEN), None, None, None, False, None, None, None),
)

_C_DescribeDelegationTokenResponse = DescribeDelegationTokenResponse
_C_DescribeDelegationTokenResponse_DescribedDelegationToken = DescribeDelegationTokenResponse.DescribedDelegationToken
_C_DescribeDelegationTokenResponse_DescribedDelegationToken_DescribedDelegationTokenRenewer = DescribeDelegationTokenResponse.DescribedDelegationToken.DescribedDelegationTokenRenewer
_DEF_C_DescribeDelegationTokenResponse_DescribedDelegationToken = _C_DescribeDelegationTokenResponse_DescribedDelegationToken()
_DEF_C_DescribeDelegationTokenResponse_DescribedDelegationToken_DescribedDelegationTokenRenewer = _C_DescribeDelegationTokenResponse_DescribedDelegationToken_DescribedDelegationTokenRenewer()
_DEC_DescribeDelegationTokenResponse: dict[int, Decoder[DescribeDelegationTokenResponse]] = {
    1: _d_DescribeDelegationTokenResponse_v1,
    2: _d_DescribeDelegationTokenResponse_v2,
    3: _d_DescribeDelegationTokenResponse_v3,
}
_ENC_DescribeDelegationTokenResponse: dict[int, Encoder[DescribeDelegationTokenResponse]] = {
    1: _e_DescribeDelegationTokenResponse_v1,
    2: _e_DescribeDelegationTokenResponse_v2,
    3: _e_DescribeDelegationTokenResponse_v3,
}
DescribeDelegationTokenResponse.FIELDS = (
    FieldInfo('ErrorCode', 'error_code', 'int16', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Tokens', 'tokens', '[]DescribedDelegationToken', (0, OPEN), None, None, None, False, None, None, _C_DescribeDelegationTokenResponse_DescribedDelegationToken),
    FieldInfo('ThrottleTimeMs', 'throttle_time_ms', 'int32', (0, OPEN), None, None, None, False, None, None, None),
)
DescribeDelegationTokenResponse.DescribedDelegationToken.FIELDS = (
    FieldInfo('PrincipalType', 'principal_type', 'string', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('PrincipalName', 'principal_name', 'string', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('TokenRequesterPrincipalType', 'token_requester_principal_type', 'string', (3, OPEN), None, None, None, False, None, None, None),
    FieldInfo('TokenRequesterPrincipalName', 'token_requester_principal_name', 'string', (3, OPEN), None, None, None, False, None, None, None),
    FieldInfo('IssueTimestamp', 'issue_timestamp', 'int64', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('ExpiryTimestamp', 'expiry_timestamp', 'int64', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('MaxTimestamp', 'max_timestamp', 'int64', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('TokenId', 'token_id', 'string', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Hmac', 'hmac', 'bytes', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Renewers', 'renewers', '[]DescribedDelegationTokenRenewer', (0, OPEN), None, None, None, False, None, None, _C_DescribeDelegationTokenResponse_DescribedDelegationToken_DescribedDelegationTokenRenewer),
)
DescribeDelegationTokenResponse.DescribedDelegationToken.DescribedDelegationTokenRenewer.FIELDS = (
    FieldInfo('PrincipalType', 'principal_type', 'string', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('PrincipalName', 'principal_name', 'string', (0, OPEN), None, None, None, False, None, None, None),
)
