"""API key 18: ApiVersions.

GENERATED - DO NOT EDIT. Written by ``python -m wire.generator`` from Apache Kafka 4.1.1's
message definitions (ApiVersionsRequest.json, ApiVersionsResponse.json).
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
_S_hh = struct.Struct('>hh')
_S_hhh = struct.Struct('>hhh')
_S_hi = struct.Struct('>hi')
_S_i = struct.Struct('>i')
_S_q = struct.Struct('>q')


@dataclass(slots=True)
class ApiVersionsRequest:
    """ApiVersionsRequest (API key 18, versions 0-4).

    Generated from ApiVersionsRequest.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = 18
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 4
    LATEST_VERSION: ClassVar[int] = 4
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
    FLEXIBLE_MIN: ClassVar[int | None] = 3
    #: Who serves this request in Kafka (empty for responses).
    LISTENERS: ClassVar[tuple[str, ...]] = ('broker', 'controller')
    FIELDS: ClassVar[tuple[FieldInfo, ...]]

    #: The name of the client.
    client_software_name: str = ''
    #: The version of the client.
    client_software_version: str = ''
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> ApiVersionsRequest:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_ApiVersionsRequest, data, version, 'ApiVersionsRequest', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_ApiVersionsRequest, self, version, 'ApiVersionsRequest')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_ApiVersionsRequest, self, version, 'ApiVersionsRequest')


@dataclass(slots=True)
class ApiVersionsResponse:
    """ApiVersionsResponse (API key 18, versions 0-4).

    Generated from ApiVersionsResponse.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = 18
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 4
    LATEST_VERSION: ClassVar[int] = 4
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
    FLEXIBLE_MIN: ClassVar[int | None] = 3
    #: Who serves this request in Kafka (empty for responses).
    LISTENERS: ClassVar[tuple[str, ...]] = ()
    FIELDS: ClassVar[tuple[FieldInfo, ...]]

    @dataclass(slots=True)
    class ApiVersion:
        FIELDS: ClassVar[tuple[FieldInfo, ...]]

        #: The API index.
        api_key: int = 0
        #: The minimum supported version, inclusive.
        min_version: int = 0
        #: The maximum supported version, inclusive.
        max_version: int = 0
        #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
        unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @dataclass(slots=True)
    class SupportedFeatureKey:
        FIELDS: ClassVar[tuple[FieldInfo, ...]]

        #: The name of the feature.
        name: str = ''
        #: The minimum supported version for the feature.
        min_version: int = 0
        #: The maximum supported version for the feature.
        max_version: int = 0
        #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
        unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @dataclass(slots=True)
    class FinalizedFeatureKey:
        FIELDS: ClassVar[tuple[FieldInfo, ...]]

        #: The name of the feature.
        name: str = ''
        #: The cluster-wide finalized max version level for the feature.
        max_version_level: int = 0
        #: The cluster-wide finalized min version level for the feature.
        min_version_level: int = 0
        #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
        unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    #: The top-level error code.
    error_code: int = 0
    #: The APIs supported by the broker.
    api_keys: list[ApiVersionsResponse.ApiVersion] = field(default_factory=list)
    #: The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    throttle_time_ms: int = 0
    #: Features supported by the broker. Note: in v0-v3, features with MinSupportedVersion = 0 are omitted.
    supported_features: list[ApiVersionsResponse.SupportedFeatureKey] = field(default_factory=list)
    #: The monotonically increasing epoch for the finalized features information. Valid values are >= 0. A value of -1 is special and represents unknown epoch.
    finalized_features_epoch: int = -1
    #: List of cluster-wide finalized features. The information is valid only if FinalizedFeaturesEpoch >= 0.
    finalized_features: list[ApiVersionsResponse.FinalizedFeatureKey] = field(default_factory=list)
    #: Set by a KRaft controller if the required configurations for ZK migration are present.
    zk_migration_ready: bool = False
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> ApiVersionsResponse:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_ApiVersionsResponse, data, version, 'ApiVersionsResponse', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_ApiVersionsResponse, self, version, 'ApiVersionsResponse')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_ApiVersionsResponse, self, version, 'ApiVersionsResponse')

def _d_ApiVersionsRequest_v0(B: memoryview, P: int) -> tuple[ApiVersionsRequest, int]:
    return _C_ApiVersionsRequest('', '', None), P


def _d_ApiVersionsRequest_v3(B: memoryview, P: int) -> tuple[ApiVersionsRequest, int]:
    f0, P = read_compact_string(B, P)
    f1, P = read_compact_string(B, P)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_ApiVersionsRequest(f0, f1, tf), P


def _e_ApiVersionsRequest_v0(o: ApiVersionsRequest, O: bytearray) -> None:
    pass


def _e_ApiVersionsRequest_v3(o: ApiVersionsRequest, O: bytearray) -> None:
    write_compact_string(O, o.client_software_name)
    write_compact_string(O, o.client_software_version)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _d_ApiVersionsResponse_ApiVersion_v0(B: memoryview, P: int) -> tuple[ApiVersionsResponse.ApiVersion, int]:
    (f0, f1, f2,) = _S_hhh.unpack_from(B, P)
    P += 6
    return _C_ApiVersionsResponse_ApiVersion(f0, f1, f2, None), P


def _d_ApiVersionsResponse_v0(B: memoryview, P: int) -> tuple[ApiVersionsResponse, int]:
    (f0, n_f1,) = _S_hi.unpack_from(B, P)
    P += 6
    f1: list[ApiVersionsResponse.ApiVersion]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array ApiKeys has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_ApiVersionsResponse_ApiVersion_v0(B, P)
            f1.append(e_f1)
    return _C_ApiVersionsResponse(f0, f1, 0, [], -1, [], False, None), P


def _d_ApiVersionsResponse_v1(B: memoryview, P: int) -> tuple[ApiVersionsResponse, int]:
    (f0, n_f1,) = _S_hi.unpack_from(B, P)
    P += 6
    f1: list[ApiVersionsResponse.ApiVersion]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array ApiKeys has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_ApiVersionsResponse_ApiVersion_v0(B, P)
            f1.append(e_f1)
    (f2,) = _S_i.unpack_from(B, P)
    P += 4
    return _C_ApiVersionsResponse(f0, f1, f2, [], -1, [], False, None), P


def _d_ApiVersionsResponse_ApiVersion_v3(B: memoryview, P: int) -> tuple[ApiVersionsResponse.ApiVersion, int]:
    (f0, f1, f2,) = _S_hhh.unpack_from(B, P)
    P += 6
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_ApiVersionsResponse_ApiVersion(f0, f1, f2, tf), P


def _d_ApiVersionsResponse_SupportedFeatureKey_v3(B: memoryview, P: int) -> tuple[ApiVersionsResponse.SupportedFeatureKey, int]:
    f0, P = read_compact_string(B, P)
    (f1, f2,) = _S_hh.unpack_from(B, P)
    P += 4
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_ApiVersionsResponse_SupportedFeatureKey(f0, f1, f2, tf), P


def _d_ApiVersionsResponse_FinalizedFeatureKey_v3(B: memoryview, P: int) -> tuple[ApiVersionsResponse.FinalizedFeatureKey, int]:
    f0, P = read_compact_string(B, P)
    (f1, f2,) = _S_hh.unpack_from(B, P)
    P += 4
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_ApiVersionsResponse_FinalizedFeatureKey(f0, f1, f2, tf), P


def _d_ApiVersionsResponse_v3(B: memoryview, P: int) -> tuple[ApiVersionsResponse, int]:
    (f0,) = _S_h.unpack_from(B, P)
    P += 2
    n_f1 = B[P]
    if n_f1 < 0x80:
        P += 1
    else:
        n_f1, P = read_uvarint(B, P)
    n_f1 -= 1
    f1: list[ApiVersionsResponse.ApiVersion]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array ApiKeys has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_ApiVersionsResponse_ApiVersion_v3(B, P)
            f1.append(e_f1)
    (f2,) = _S_i.unpack_from(B, P)
    P += 4
    tf: list[tuple[int, bytes]] | None = None
    f3: list[ApiVersionsResponse.SupportedFeatureKey] = []
    f4: int = -1
    f5: list[ApiVersionsResponse.FinalizedFeatureKey] = []
    f6: bool = False
    nt = B[P]
    if nt < 0x80:
        P += 1
    else:
        nt, P = read_uvarint(B, P)
    if nt:
        check_count(nt, B, P, 'tagged field count')
        for _ in range(nt):
            tag, end, P = read_tag_header(B, P)
            if tag == 0:
                sb = B[:end]
                p2 = P
                n_f3 = sb[p2]
                if n_f3 < 0x80:
                    p2 += 1
                else:
                    n_f3, p2 = read_uvarint(sb, p2)
                n_f3 -= 1
                if n_f3 < 0:
                    raise DecodeError(f'non-nullable array SupportedFeatures has length {n_f3}')
                else:
                    if n_f3 > len(sb) - p2:
                        raise DecodeError(f'array length {n_f3} exceeds the buffer')
                    f3 = []
                    for _ in range(n_f3):
                        e_f3, p2 = _d_ApiVersionsResponse_SupportedFeatureKey_v3(sb, p2)
                        f3.append(e_f3)
                if p2 != end:
                    raise DecodeError('tagged field SupportedFeatures has the wrong size')
            elif tag == 1:
                sb = B[:end]
                p2 = P
                (f4,) = _S_q.unpack_from(sb, p2)
                p2 += 8
                if p2 != end:
                    raise DecodeError('tagged field FinalizedFeaturesEpoch has the wrong size')
            elif tag == 2:
                sb = B[:end]
                p2 = P
                n_f5 = sb[p2]
                if n_f5 < 0x80:
                    p2 += 1
                else:
                    n_f5, p2 = read_uvarint(sb, p2)
                n_f5 -= 1
                if n_f5 < 0:
                    raise DecodeError(f'non-nullable array FinalizedFeatures has length {n_f5}')
                else:
                    if n_f5 > len(sb) - p2:
                        raise DecodeError(f'array length {n_f5} exceeds the buffer')
                    f5 = []
                    for _ in range(n_f5):
                        e_f5, p2 = _d_ApiVersionsResponse_FinalizedFeatureKey_v3(sb, p2)
                        f5.append(e_f5)
                if p2 != end:
                    raise DecodeError('tagged field FinalizedFeatures has the wrong size')
            elif tag == 3:
                sb = B[:end]
                p2 = P
                (f6,) = _S_o.unpack_from(sb, p2)
                p2 += 1
                if p2 != end:
                    raise DecodeError('tagged field ZkMigrationReady has the wrong size')
            else:
                if tf is None:
                    tf = []
                tf.append((tag, bytes(B[P:end])))
            P = end
    return _C_ApiVersionsResponse(f0, f1, f2, f3, f4, f5, f6, tf), P


def _e_ApiVersionsResponse_ApiVersion_v0(o: ApiVersionsResponse.ApiVersion, O: bytearray) -> None:
    O += _S_hhh.pack(o.api_key, o.min_version, o.max_version)


def _e_ApiVersionsResponse_v0(o: ApiVersionsResponse, O: bytearray) -> None:
    a1 = o.api_keys
    if a1 is None:
        raise EncodeError('non-nullable array ApiKeys is None')
    O += _S_hi.pack(o.error_code, len(a1))
    for e_a1 in a1:
        _e_ApiVersionsResponse_ApiVersion_v0(e_a1, O)


def _e_ApiVersionsResponse_v1(o: ApiVersionsResponse, O: bytearray) -> None:
    a1 = o.api_keys
    if a1 is None:
        raise EncodeError('non-nullable array ApiKeys is None')
    O += _S_hi.pack(o.error_code, len(a1))
    for e_a1 in a1:
        _e_ApiVersionsResponse_ApiVersion_v0(e_a1, O)
    O += _S_i.pack(o.throttle_time_ms)


def _e_ApiVersionsResponse_ApiVersion_v3(o: ApiVersionsResponse.ApiVersion, O: bytearray) -> None:
    O += _S_hhh.pack(o.api_key, o.min_version, o.max_version)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_ApiVersionsResponse_SupportedFeatureKey_v3(o: ApiVersionsResponse.SupportedFeatureKey, O: bytearray) -> None:
    write_compact_string(O, o.name)
    O += _S_hh.pack(o.min_version, o.max_version)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_ApiVersionsResponse_FinalizedFeatureKey_v3(o: ApiVersionsResponse.FinalizedFeatureKey, O: bytearray) -> None:
    write_compact_string(O, o.name)
    O += _S_hh.pack(o.max_version_level, o.min_version_level)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_ApiVersionsResponse_v3(o: ApiVersionsResponse, O: bytearray) -> None:
    O += _S_h.pack(o.error_code)
    a1 = o.api_keys
    if a1 is None:
        raise EncodeError('non-nullable array ApiKeys is None')
    write_uvarint(O, len(a1) + 1)
    for e_a1 in a1:
        _e_ApiVersionsResponse_ApiVersion_v3(e_a1, O)
    O += _S_i.pack(o.throttle_time_ms)
    tg: list[tuple[int, bytes | bytearray | memoryview]] | None = None
    t0 = o.supported_features
    if bool(t0):
        tb = bytearray()
        t0v = t0
        if t0v is None:
            raise EncodeError('non-nullable array SupportedFeatures is None')
        write_uvarint(tb, len(t0v) + 1)
        for e_t0v in t0v:
            _e_ApiVersionsResponse_SupportedFeatureKey_v3(e_t0v, tb)
        if tg is None:
            tg = []
        tg.append((0, tb))
    t1 = o.finalized_features_epoch
    if t1 != -1:
        tb = bytearray()
        tb += _S_q.pack(t1)
        if tg is None:
            tg = []
        tg.append((1, tb))
    t2 = o.finalized_features
    if bool(t2):
        tb = bytearray()
        t2v = t2
        if t2v is None:
            raise EncodeError('non-nullable array FinalizedFeatures is None')
        write_uvarint(tb, len(t2v) + 1)
        for e_t2v in t2v:
            _e_ApiVersionsResponse_FinalizedFeatureKey_v3(e_t2v, tb)
        if tg is None:
            tg = []
        tg.append((2, tb))
    t3 = o.zk_migration_ready
    if t3 != False:
        tb = bytearray()
        tb += _S_o.pack(t3)
        if tg is None:
            tg = []
        tg.append((3, tb))
    if tg is not None or o.unknown_tagged_fields:
        write_tagged_fields(O, tg, o.unknown_tagged_fields)
    else:
        O.append(0)


_C_ApiVersionsRequest = ApiVersionsRequest
_DEC_ApiVersionsRequest: dict[int, Decoder[ApiVersionsRequest]] = {
    0: _d_ApiVersionsRequest_v0,
    1: _d_ApiVersionsRequest_v0,
    2: _d_ApiVersionsRequest_v0,
    3: _d_ApiVersionsRequest_v3,
    4: _d_ApiVersionsRequest_v3,
}
_ENC_ApiVersionsRequest: dict[int, Encoder[ApiVersionsRequest]] = {
    0: _e_ApiVersionsRequest_v0,
    1: _e_ApiVersionsRequest_v0,
    2: _e_ApiVersionsRequest_v0,
    3: _e_ApiVersionsRequest_v3,
    4: _e_ApiVersionsRequest_v3,
}
ApiVersionsRequest.FIELDS = (
    FieldInfo('ClientSoftwareName', 'client_software_name', 'string', (3, OPEN), None, None, None, True, None, None, None),
    FieldInfo('ClientSoftwareVersion', 'client_software_version', 'string', (3, OPEN), None, None, None, True, None, None, None),
)

_C_ApiVersionsResponse = ApiVersionsResponse
_C_ApiVersionsResponse_ApiVersion = ApiVersionsResponse.ApiVersion
_C_ApiVersionsResponse_SupportedFeatureKey = ApiVersionsResponse.SupportedFeatureKey
_C_ApiVersionsResponse_FinalizedFeatureKey = ApiVersionsResponse.FinalizedFeatureKey
_DEF_C_ApiVersionsResponse_ApiVersion = _C_ApiVersionsResponse_ApiVersion()
_DEF_C_ApiVersionsResponse_SupportedFeatureKey = _C_ApiVersionsResponse_SupportedFeatureKey()
_DEF_C_ApiVersionsResponse_FinalizedFeatureKey = _C_ApiVersionsResponse_FinalizedFeatureKey()
_DEC_ApiVersionsResponse: dict[int, Decoder[ApiVersionsResponse]] = {
    0: _d_ApiVersionsResponse_v0,
    1: _d_ApiVersionsResponse_v1,
    2: _d_ApiVersionsResponse_v1,
    3: _d_ApiVersionsResponse_v3,
    4: _d_ApiVersionsResponse_v3,
}
_ENC_ApiVersionsResponse: dict[int, Encoder[ApiVersionsResponse]] = {
    0: _e_ApiVersionsResponse_v0,
    1: _e_ApiVersionsResponse_v1,
    2: _e_ApiVersionsResponse_v1,
    3: _e_ApiVersionsResponse_v3,
    4: _e_ApiVersionsResponse_v3,
}
ApiVersionsResponse.FIELDS = (
    FieldInfo('ErrorCode', 'error_code', 'int16', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('ApiKeys', 'api_keys', '[]ApiVersion', (0, OPEN), None, None, None, False, None, None, _C_ApiVersionsResponse_ApiVersion),
    FieldInfo('ThrottleTimeMs', 'throttle_time_ms', 'int32', (1, OPEN), None, None, None, True, None, None, None),
    FieldInfo('SupportedFeatures', 'supported_features', '[]SupportedFeatureKey', (3, OPEN), None, (3, OPEN), 0, True, None, None, _C_ApiVersionsResponse_SupportedFeatureKey),
    FieldInfo('FinalizedFeaturesEpoch', 'finalized_features_epoch', 'int64', (3, OPEN), None, (3, OPEN), 1, True, None, None, None),
    FieldInfo('FinalizedFeatures', 'finalized_features', '[]FinalizedFeatureKey', (3, OPEN), None, (3, OPEN), 2, True, None, None, _C_ApiVersionsResponse_FinalizedFeatureKey),
    FieldInfo('ZkMigrationReady', 'zk_migration_ready', 'bool', (3, OPEN), None, (3, OPEN), 3, True, None, None, None),
)
ApiVersionsResponse.ApiVersion.FIELDS = (
    FieldInfo('ApiKey', 'api_key', 'int16', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('MinVersion', 'min_version', 'int16', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('MaxVersion', 'max_version', 'int16', (0, OPEN), None, None, None, False, None, None, None),
)
ApiVersionsResponse.SupportedFeatureKey.FIELDS = (
    FieldInfo('Name', 'name', 'string', (3, OPEN), None, None, None, False, None, None, None),
    FieldInfo('MinVersion', 'min_version', 'int16', (3, OPEN), None, None, None, False, None, None, None),
    FieldInfo('MaxVersion', 'max_version', 'int16', (3, OPEN), None, None, None, False, None, None, None),
)
ApiVersionsResponse.FinalizedFeatureKey.FIELDS = (
    FieldInfo('Name', 'name', 'string', (3, OPEN), None, None, None, False, None, None, None),
    FieldInfo('MaxVersionLevel', 'max_version_level', 'int16', (3, OPEN), None, None, None, False, None, None, None),
    FieldInfo('MinVersionLevel', 'min_version_level', 'int16', (3, OPEN), None, None, None, False, None, None, None),
)
