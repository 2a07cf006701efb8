"""API key 57: UpdateFeatures.

GENERATED - DO NOT EDIT. Written by ``python -m wire.generator`` from Apache Kafka 4.1.1's
message definitions (UpdateFeaturesRequest.json, UpdateFeaturesResponse.json).
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
_S_h = struct.Struct('>h')
_S_ho = struct.Struct('>h?')
_S_hb = struct.Struct('>hb')
_S_i = struct.Struct('>i')
_S_ih = struct.Struct('>ih')


@dataclass(slots=True)
class UpdateFeaturesRequest:
    """UpdateFeaturesRequest (API key 57, versions 0-2).

    Generated from UpdateFeaturesRequest.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = 57
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 2
    LATEST_VERSION: ClassVar[int] = 2
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
    FLEXIBLE_MIN: ClassVar[int | None] = 0
    #: Who serves this request in Kafka (empty for responses).
    LISTENERS: ClassVar[tuple[str, ...]] = ('broker', 'controller')
    FIELDS: ClassVar[tuple[FieldInfo, ...]]

    @dataclass(slots=True)
    class FeatureUpdateKey:
        FIELDS: ClassVar[tuple[FieldInfo, ...]]

        #: The name of the finalized feature to be updated.
        feature: str = ''
        #: The new maximum version level for the finalized feature. A value >= 1 is valid. A value < 1, is special, and can be used to request the deletion of the finalized feature.
        max_version_level: int = 0
        #: DEPRECATED in version 1 (see DowngradeType). When set to true, the finalized feature version level is allowed to be downgraded/deleted. The downgrade request will fail if the new maximum version level is a value that's not lower than the existing maximum finalized version level.
        allow_downgrade: bool = False
        #: Determine which type of upgrade will be performed: 1 will perform an upgrade only (default), 2 is safe downgrades only (lossless), 3 is unsafe downgrades (lossy).
        upgrade_type: int = 1
        #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
        unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    #: How long to wait in milliseconds before timing out the request.
    timeout_ms: int = 60000
    #: The list of updates to finalized features.
    feature_updates: list[UpdateFeaturesRequest.FeatureUpdateKey] = field(default_factory=list)
    #: True if we should validate the request, but not perform the upgrade or downgrade.
    validate_only: bool = False
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> UpdateFeaturesRequest:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_UpdateFeaturesRequest, data, version, 'UpdateFeaturesRequest', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_UpdateFeaturesRequest, self, version, 'UpdateFeaturesRequest')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_UpdateFeaturesRequest, self, version, 'UpdateFeaturesRequest')


@dataclass(slots=True)
class UpdateFeaturesResponse:
    """UpdateFeaturesResponse (API key 57, versions 0-2).

    Generated from UpdateFeaturesResponse.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = 57
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 2
    LATEST_VERSION: ClassVar[int] = 2
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
    FLEXIBLE_MIN: ClassVar[int | None] = 0
    #: Who serves this request in Kafka (empty for responses).
    LISTENERS: ClassVar[tuple[str, ...]] = ()
    FIELDS: ClassVar[tuple[FieldInfo, ...]]

    @dataclass(slots=True)
    class UpdatableFeatureResult:
        FIELDS: ClassVar[tuple[FieldInfo, ...]]

        #: The name of the finalized feature.
        feature: str = ''
        #: The feature update error code or `0` if the feature update succeeded.
        error_code: int = 0
        #: The feature update error, or `null` if the feature update succeeded.
        error_message: str | None = ''
        #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
        unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    #: The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    throttle_time_ms: int = 0
    #: The top-level error code, or `0` if there was no top-level error.
    error_code: int = 0
    #: The top-level error message, or `null` if there was no top-level error.
    error_message: str | None = ''
    #: Results for each feature update.
    results: list[UpdateFeaturesResponse.UpdatableFeatureResult] = field(default_factory=list)
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> UpdateFeaturesResponse:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_UpdateFeaturesResponse, data, version, 'UpdateFeaturesResponse', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_UpdateFeaturesResponse, self, version, 'UpdateFeaturesResponse')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_UpdateFeaturesResponse, self, version, 'UpdateFeaturesResponse')

def _d_UpdateFeaturesRequest_FeatureUpdateKey_v0(B: memoryview, P: int) -> tuple[UpdateFeaturesRequest.FeatureUpdateKey, int]:
    f0, P = read_compact_string(B, P)
    (f1, f2,) = _S_ho.unpack_from(B, P)
    P += 3
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_UpdateFeaturesRequest_FeatureUpdateKey(f0, f1, f2, 1, tf), P


def _d_UpdateFeaturesRequest_v0(B: memoryview, P: int) -> tuple[UpdateFeaturesRequest, int]:
    (f0,) = _S_i.unpack_from(B, P)
    P += 4
    n_f1 = B[P]
    if n_f1 < 0x80:
        P += 1
    else:
        n_f1, P = read_uvarint(B, P)
    n_f1 -= 1
    f1: list[UpdateFeaturesRequest.FeatureUpdateKey]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array FeatureUpdates has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_UpdateFeaturesRequest_FeatureUpdateKey_v0(B, P)
            f1.append(e_f1)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_UpdateFeaturesRequest(f0, f1, False, tf), P


def _d_UpdateFeaturesRequest_FeatureUpdateKey_v1(B: memoryview, P: int) -> tuple[UpdateFeaturesRequest.FeatureUpdateKey, int]:
    f0, P = read_compact_string(B, P)
    (f1, f3,) = _S_hb.unpack_from(B, P)
    P += 3
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_UpdateFeaturesRequest_FeatureUpdateKey(f0, f1, False, f3, tf), P


def _d_UpdateFeaturesRequest_v1(B: memoryview, P: int) -> tuple[UpdateFeaturesRequest, int]:
    (f0,) = _S_i.unpack_from(B, P)
    P += 4
    n_f1 = B[P]
    if n_f1 < 0x80:
        P += 1
    else:
        n_f1, P = read_uvarint(B, P)
    n_f1 -= 1
    f1: list[UpdateFeaturesRequest.FeatureUpdateKey]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array FeatureUpdates has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_UpdateFeaturesRequest_FeatureUpdateKey_v1(B, P)
            f1.append(e_f1)
    (f2,) = _S_o.unpack_from(B, P)
    P += 1
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_UpdateFeaturesRequest(f0, f1, f2, tf), P


def _e_UpdateFeaturesRequest_FeatureUpdateKey_v0(o: UpdateFeaturesRequest.FeatureUpdateKey, O: bytearray) -> None:
    if o.upgrade_type != 1:
        raise EncodeError('UpdateFeaturesRequest.UpgradeType is not supported in version 0')
    write_compact_string(O, o.feature)
    O += _S_ho.pack(o.max_version_level, o.allow_downgrade)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_UpdateFeaturesRequest_v0(o: UpdateFeaturesRequest, O: bytearray) -> None:
    if o.validate_only != False:
        raise EncodeError('UpdateFeaturesRequest.ValidateOnly is not supported in version 0')
    O += _S_i.pack(o.timeout_ms)
    a1 = o.feature_updates
    if a1 is None:
        raise EncodeError('non-nullable array FeatureUpdates is None')
    write_uvarint(O, len(a1) + 1)
    for e_a1 in a1:
        _e_UpdateFeaturesRequest_FeatureUpdateKey_v0(e_a1, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_UpdateFeaturesRequest_FeatureUpdateKey_v1(o: UpdateFeaturesRequest.FeatureUpdateKey, O: bytearray) -> None:
    if o.allow_downgrade != False:
        raise EncodeError('UpdateFeaturesRequest.AllowDowngrade is not supported in version 1')
    write_compact_string(O, o.feature)
    O += _S_hb.pack(o.max_version_level, o.upgrade_type)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_UpdateFeaturesRequest_v1(o: UpdateFeaturesRequest, O: bytearray) -> None:
    O += _S_i.pack(o.timeout_ms)
    a1 = o.feature_updates
    if a1 is None:
        raise EncodeError('non-nullable array FeatureUpdates is None')
    write_uvarint(O, len(a1) + 1)
    for e_a1 in a1:
        _e_UpdateFeaturesRequest_FeatureUpdateKey_v1(e_a1, O)
    O += _S_o.pack(o.validate_only)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_UpdateFeaturesRequest_FeatureUpdateKey_v2(o: UpdateFeaturesRequest.FeatureUpdateKey, O: bytearray) -> None:
    if o.allow_downgrade != False:
        raise EncodeError('UpdateFeaturesRequest.AllowDowngrade is not supported in version 2')
    write_compact_string(O, o.feature)
    O += _S_hb.pack(o.max_version_level, o.upgrade_type)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_UpdateFeaturesRequest_v2(o: UpdateFeaturesRequest, O: bytearray) -> None:
    O += _S_i.pack(o.timeout_ms)
    a1 = o.feature_updates
    if a1 is None:
        raise EncodeError('non-nullable array FeatureUpdates is None')
    write_uvarint(O, len(a1) + 1)
    for e_a1 in a1:
        _e_UpdateFeaturesRequest_FeatureUpdateKey_v2(e_a1, O)
    O += _S_o.pack(o.validate_only)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _d_UpdateFeaturesResponse_UpdatableFeatureResult_v0(B: memoryview, P: int) -> tuple[UpdateFeaturesResponse.UpdatableFeatureResult, int]:
    f0, P = read_compact_string(B, P)
    (f1,) = _S_h.unpack_from(B, P)
    P += 2
    f2, P = read_compact_nullable_string(B, P)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_UpdateFeaturesResponse_UpdatableFeatureResult(f0, f1, f2, tf), P


def _d_UpdateFeaturesResponse_v0(B: memoryview, P: int) -> tuple[UpdateFeaturesResponse, int]:
    (f0, f1,) = _S_ih.unpack_from(B, P)
    P += 6
    f2, P = read_compact_nullable_string(B, P)
    n_f3 = B[P]
    if n_f3 < 0x80:
        P += 1
    else:
        n_f3, P = read_uvarint(B, P)
    n_f3 -= 1
    f3: list[UpdateFeaturesResponse.UpdatableFeatureResult]
    if n_f3 < 0:
        raise DecodeError(f'non-nullable array Results has length {n_f3}')
    else:
        if n_f3 > len(B) - P:
            raise DecodeError(f'array length {n_f3} exceeds the buffer')
        f3 = []
        for _ in range(n_f3):
            e_f3, P = _d_UpdateFeaturesResponse_UpdatableFeatureResult_v0(B, P)
            f3.append(e_f3)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_UpdateFeaturesResponse(f0, f1, f2, f3, tf), P


def _d_UpdateFeaturesResponse_v2(B: memoryview, P: int) -> tuple[UpdateFeaturesResponse, int]:
    (f0, f1,) = _S_ih.unpack_from(B, P)
    P += 6
    f2, P = read_compact_nullable_string(B, P)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_UpdateFeaturesResponse(f0, f1, f2, [], tf), P


def _e_UpdateFeaturesResponse_UpdatableFeatureResult_v0(o: UpdateFeaturesResponse.UpdatableFeatureResult, O: bytearray) -> None:
    write_compact_string(O, o.feature)
    O += _S_h.pack(o.error_code)
    write_compact_nullable_string(O, o.error_message)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_UpdateFeaturesResponse_v0(o: UpdateFeaturesResponse, O: bytearray) -> None:
    O += _S_ih.pack(o.throttle_time_ms, o.error_code)
    write_compact_nullable_string(O, o.error_message)
    a3 = o.results
    if a3 is None:
        raise EncodeError('non-nullable array Results is None')
    write_uvarint(O, len(a3) + 1)
    for e_a3 in a3:
        _e_UpdateFeaturesResponse_UpdatableFeatureResult_v0(e_a3, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_UpdateFeaturesResponse_v2(o: UpdateFeaturesResponse, O: bytearray) -> None:
    O += _S_ih.pack(o.throttle_time_ms, o.error_code)
    write_compact_nullable_string(O, o.error_message)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


_C_UpdateFeaturesRequest = UpdateFeaturesRequest
_C_UpdateFeaturesRequest_FeatureUpdateKey = UpdateFeaturesRequest.FeatureUpdateKey
_DEF_C_UpdateFeaturesRequest_FeatureUpdateKey = _C_UpdateFeaturesRequest_FeatureUpdateKey()
_DEC_UpdateFeaturesRequest: dict[int, Decoder[UpdateFeaturesRequest]] = {
    0: _d_UpdateFeaturesRequest_v0,
    1: _d_UpdateFeaturesRequest_v1,
    2: _d_UpdateFeaturesRequest_v1,
}
_ENC_UpdateFeaturesRequest: dict[int, Encoder[UpdateFeaturesRequest]] = {
    0: _e_UpdateFeaturesRequest_v0,
    1: _e_UpdateFeaturesRequest_v1,
    2: _e_UpdateFeaturesRequest_v2,
}
UpdateFeaturesRequest.FIELDS = (
    FieldInfo('timeoutMs', 'timeout_ms', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('FeatureUpdates', 'feature_updates', '[]FeatureUpdateKey', (0, OPEN), None, None, None, False, None, None, _C_UpdateFeaturesRequest_FeatureUpdateKey),
    FieldInfo('ValidateOnly', 'validate_only', 'bool', (1, OPEN), None, None, None, False, None, None, None),
)
UpdateFeaturesRequest.FeatureUpdateKey.FIELDS = (
    FieldInfo('Feature', 'feature', 'string', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('MaxVersionLevel', 'max_version_level', 'int16', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('AllowDowngrade', 'allow_downgrade', 'bool', (0, 0), None, None, None, False, None, None, None),
    FieldInfo('UpgradeType', 'upgrade_type', 'int8', (1, OPEN), None, None, None, False, None, None, None),
)

_C_UpdateFeaturesResponse = UpdateFeaturesResponse
_C_UpdateFeaturesResponse_UpdatableFeatureResult = UpdateFeaturesResponse.UpdatableFeatureResult
_DEF_C_UpdateFeaturesResponse_UpdatableFeatureResult = _C_UpdateFeaturesResponse_UpdatableFeatureResult()
_DEC_UpdateFeaturesResponse: dict[int, Decoder[UpdateFeaturesResponse]] = {
    0: _d_UpdateFeaturesResponse_v0,
    1: _d_UpdateFeaturesResponse_v0,
    2: _d_UpdateFeaturesResponse_v2,
}
_ENC_UpdateFeaturesResponse: dict[int, Encoder[UpdateFeaturesResponse]] = {
    0: _e_UpdateFeaturesResponse_v0,
    1: _e_UpdateFeaturesResponse_v0,
    2: _e_UpdateFeaturesResponse_v2,
}
UpdateFeaturesResponse.FIELDS = (
    FieldInfo('ThrottleTimeMs', 'throttle_time_ms', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('ErrorCode', 'error_code', 'int16', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('ErrorMessage', 'error_message', 'string', (0, OPEN), (0, OPEN), None, None, False, None, None, None),
    FieldInfo('Results', 'results', '[]UpdatableFeatureResult', (0, 1), None, None, None, True, None, None, _C_UpdateFeaturesResponse_UpdatableFeatureResult),
)
UpdateFeaturesResponse.UpdatableFeatureResult.FIELDS = (
    FieldInfo('Feature', 'feature', 'string', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('ErrorCode', 'error_code', 'int16', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('ErrorMessage', 'error_message', 'string', (0, OPEN), (0, OPEN), None, None, False, None, None, None),
)
