"""API key 62: BrokerRegistration.

GENERATED - DO NOT EDIT. Written by ``python -m wire.generator`` from Apache Kafka 4.1.1's
message definitions (BrokerRegistrationRequest.json, BrokerRegistrationResponse.json).
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
_S_Hh = struct.Struct('>Hh')
_S_hh = struct.Struct('>hh')
_S_i = struct.Struct('>i')
_S_ihq = struct.Struct('>ihq')
_S_q = struct.Struct('>q')


@dataclass(slots=True)
class BrokerRegistrationRequest:
    """BrokerRegistrationRequest (API key 62, versions 0-4).

    Generated from BrokerRegistrationRequest.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = 62
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 4
    LATEST_VERSION: ClassVar[int] = 4
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
    FLEXIBLE_MIN: ClassVar[int | None] = 0
    #: Who serves this request in Kafka (empty for responses).
    LISTENERS: ClassVar[tuple[str, ...]] = ('controller',)
    FIELDS: ClassVar[tuple[FieldInfo, ...]]

    @dataclass(slots=True)
    class Listener:
        FIELDS: ClassVar[tuple[FieldInfo, ...]]

        #: The name of the endpoint.
        name: str = ''
        #: The hostname.
        host: str = ''
        #: The port.
        port: int = 0
        #: The security protocol.
        security_protocol: int = 0
        #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
        unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @dataclass(slots=True)
    class Feature:
        FIELDS: ClassVar[tuple[FieldInfo, ...]]

        #: The feature name.
        name: str = ''
        #: The minimum supported feature level.
        min_supported_version: int = 0
        #: The maximum supported feature level.
        max_supported_version: int = 0
        #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
        unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    #: The broker ID.
    broker_id: int = 0
    #: The cluster id of the broker process.
    cluster_id: str = ''
    #: The incarnation id of the broker process.
    incarnation_id: UUID = ZERO_UUID
    #: The listeners of this broker.
    listeners: list[BrokerRegistrationRequest.Listener] = field(default_factory=list)
    #: The features on this broker. Note: in v0-v3, features with MinSupportedVersion = 0 are omitted.
    features: list[BrokerRegistrationRequest.Feature] = field(default_factory=list)
    #: The rack which this broker is in.
    rack: str | None = ''
    #: If the required configurations for ZK migration are present, this value is set to true.
    is_migrating_zk_broker: bool = False
    #: Log directories configured in this broker which are available.
    log_dirs: list[UUID] = field(default_factory=list)
    #: The epoch before a clean shutdown.
    previous_broker_epoch: int = -1
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> BrokerRegistrationRequest:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_BrokerRegistrationRequest, data, version, 'BrokerRegistrationRequest', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_BrokerRegistrationRequest, self, version, 'BrokerRegistrationRequest')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_BrokerRegistrationRequest, self, version, 'BrokerRegistrationRequest')


@dataclass(slots=True)
class BrokerRegistrationResponse:
    """BrokerRegistrationResponse (API key 62, versions 0-4).

    Generated from BrokerRegistrationResponse.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = 62
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 4
    LATEST_VERSION: ClassVar[int] = 4
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
    FLEXIBLE_MIN: ClassVar[int | None] = 0
    #: Who serves this request in Kafka (empty for responses).
    LISTENERS: ClassVar[tuple[str, ...]] = ()
    FIELDS: ClassVar[tuple[FieldInfo, ...]]

    #: Duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    throttle_time_ms: int = 0
    #: The error code, or 0 if there was no error.
    error_code: int = 0
    #: The broker's assigned epoch, or -1 if none was assigned.
    broker_epoch: int = -1
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> BrokerRegistrationResponse:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_BrokerRegistrationResponse, data, version, 'BrokerRegistrationResponse', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_BrokerRegistrationResponse, self, version, 'BrokerRegistrationResponse')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_BrokerRegistrationResponse, self, version, 'BrokerRegistrationResponse')

def _d_BrokerRegistrationRequest_Listener_v0(B: memoryview, P: int) -> tuple[BrokerRegistrationRequest.Listener, int]:
    f0, P = read_compact_string(B, P)
    f1, P = read_compact_string(B, P)
    (f2, f3,) = _S_Hh.unpack_from(B, P)
    P += 4
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_BrokerRegistrationRequest_Listener(f0, f1, f2, f3, tf), P


def _d_BrokerRegistrationRequest_Feature_v0(B: memoryview, P: int) -> tuple[BrokerRegistrationRequest.Feature, int]:
    f0, P = read_compact_string(B, P)
    (f1, f2,) = _S_hh.unpack_from(B, P)
    P += 4
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_BrokerRegistrationRequest_Feature(f0, f1, f2, tf), P


def _d_BrokerRegistrationRequest_v0(B: memoryview, P: int) -> tuple[BrokerRegistrationRequest, int]:
    (f0,) = _S_i.unpack_from(B, P)
    P += 4
    f1, P = read_compact_string(B, P)
    f2, P = read_uuid(B, P)
    n_f3 = B[P]
    if n_f3 < 0x80:
        P += 1
    else:
        n_f3, P = read_uvarint(B, P)
    n_f3 -= 1
    f3: list[BrokerRegistrationRequest.Listener]
    if n_f3 < 0:
        raise DecodeError(f'non-nullable array Listeners has length {n_f3}')
    else:
        if n_f3 > len(B) - P:
            raise DecodeError(f'array length {n_f3} exceeds the buffer')
        f3 = []
        for _ in range(n_f3):
            e_f3, P = _d_BrokerRegistrationRequest_Listener_v0(B, P)
            f3.append(e_f3)
    n_f4 = B[P]
    if n_f4 < 0x80:
        P += 1
    else:
        n_f4, P = read_uvarint(B, P)
    n_f4 -= 1
    f4: list[BrokerRegistrationRequest.Feature]
    if n_f4 < 0:
        raise DecodeError(f'non-nullable array Features has length {n_f4}')
    else:
        if n_f4 > len(B) - P:
            raise DecodeError(f'array length {n_f4} exceeds the buffer')
        f4 = []
        for _ in range(n_f4):
            e_f4, P = _d_BrokerRegistrationRequest_Feature_v0(B, P)
            f4.append(e_f4)
    f5, P = read_compact_nullable_string(B, P)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_BrokerRegistrationRequest(f0, f1, f2, f3, f4, f5, False, [], -1, tf), P


def _d_BrokerRegistrationRequest_v1(B: memoryview, P: int) -> tuple[BrokerRegistrationRequest, int]:
    (f0,) = _S_i.unpack_from(B, P)
    P += 4
    f1, P = read_compact_string(B, P)
    f2, P = read_uuid(B, P)
    n_f3 = B[P]
    if n_f3 < 0x80:
        P += 1
    else:
        n_f3, P = read_uvarint(B, P)
    n_f3 -= 1
    f3: list[BrokerRegistrationRequest.Listener]
    if n_f3 < 0:
        raise DecodeError(f'non-nullable array Listeners has length {n_f3}')
    else:
        if n_f3 > len(B) - P:
            raise DecodeError(f'array length {n_f3} exceeds the buffer')
        f3 = []
        for _ in range(n_f3):
            e_f3, P = _d_BrokerRegistrationRequest_Listener_v0(B, P)
            f3.append(e_f3)
    n_f4 = B[P]
    if n_f4 < 0x80:
        P += 1
    else:
        n_f4, P = read_uvarint(B, P)
    n_f4 -= 1
    f4: list[BrokerRegistrationRequest.Feature]
    if n_f4 < 0:
        raise DecodeError(f'non-nullable array Features has length {n_f4}')
    else:
        if n_f4 > len(B) - P:
            raise DecodeError(f'array length {n_f4} exceeds the buffer')
        f4 = []
        for _ in range(n_f4):
            e_f4, P = _d_BrokerRegistrationRequest_Feature_v0(B, P)
            f4.append(e_f4)
    f5, P = read_compact_nullable_string(B, P)
    (f6,) = _S_o.unpack_from(B, P)
    P += 1
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_BrokerRegistrationRequest(f0, f1, f2, f3, f4, f5, f6, [], -1, tf), P


def _d_BrokerRegistrationRequest_v2(B: memoryview, P: int) -> tuple[BrokerRegistrationRequest, int]:
    (f0,) = _S_i.unpack_from(B, P)
    P += 4
    f1, P = read_compact_string(B, P)
    f2, P = read_uuid(B, P)
    n_f3 = B[P]
    if n_f3 < 0x80:
        P += 1
    else:
        n_f3, P = read_uvarint(B, P)
    n_f3 -= 1
    f3: list[BrokerRegistrationRequest.Listener]
    if n_f3 < 0:
        raise DecodeError(f'non-nullable array Listeners has length {n_f3}')
    else:
        if n_f3 > len(B) - P:
            raise DecodeError(f'array length {n_f3} exceeds the buffer')
        f3 = []
        for _ in range(n_f3):
            e_f3, P = _d_BrokerRegistrationRequest_Listener_v0(B, P)
            f3.append(e_f3)
    n_f4 = B[P]
    if n_f4 < 0x80:
        P += 1
    else:
        n_f4, P = read_uvarint(B, P)
    n_f4 -= 1
    f4: list[BrokerRegistrationRequest.Feature]
    if n_f4 < 0:
        raise DecodeError(f'non-nullable array Features has length {n_f4}')
    else:
        if n_f4 > len(B) - P:
            raise DecodeError(f'array length {n_f4} exceeds the buffer')
        f4 = []
        for _ in range(n_f4):
            e_f4, P = _d_BrokerRegistrationRequest_Feature_v0(B, P)
            f4.append(e_f4)
    f5, P = read_compact_nullable_string(B, P)
    (f6,) = _S_o.unpack_from(B, P)
    P += 1
    n_f7 = B[P]
    if n_f7 < 0x80:
        P += 1
    else:
        n_f7, P = read_uvarint(B, P)
    n_f7 -= 1
    f7: list[UUID]
    if n_f7 < 0:
        raise DecodeError(f'non-nullable array LogDirs has length {n_f7}')
    else:
        if n_f7 > len(B) - P:
            raise DecodeError(f'array length {n_f7} exceeds the buffer')
        f7 = []
        for _ in range(n_f7):
            e_f7, P = read_uuid(B, P)
            f7.append(e_f7)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_BrokerRegistrationRequest(f0, f1, f2, f3, f4, f5, f6, f7, -1, tf), P


def _d_BrokerRegistrationRequest_v3(B: memoryview, P: int) -> tuple[BrokerRegistrationRequest, int]:
    (f0,) = _S_i.unpack_from(B, P)
    P += 4
    f1, P = read_compact_string(B, P)
    f2, P = read_uuid(B, P)
    n_f3 = B[P]
    if n_f3 < 0x80:
        P += 1
    else:
        n_f3, P = read_uvarint(B, P)
    n_f3 -= 1
    f3: list[BrokerRegistrationRequest.Listener]
    if n_f3 < 0:
        raise DecodeError(f'non-nullable array Listeners has length {n_f3}')
    else:
        if n_f3 > len(B) - P:
            raise DecodeError(f'array length {n_f3} exceeds the buffer')
        f3 = []
        for _ in range(n_f3):
            e_f3, P = _d_BrokerRegistrationRequest_Listener_v0(B, P)
            f3.append(e_f3)
    n_f4 = B[P]
    if n_f4 < 0x80:
        P += 1
    else:
        n_f4, P = read_uvarint(B, P)
    n_f4 -= 1
    f4: list[BrokerRegistrationRequest.Feature]
    if n_f4 < 0:
        raise DecodeError(f'non-nullable array Features has length {n_f4}')
    else:
        if n_f4 > len(B) - P:
            raise DecodeError(f'array length {n_f4} exceeds the buffer')
        f4 = []
        for _ in range(n_f4):
            e_f4, P = _d_BrokerRegistrationRequest_Feature_v0(B, P)
            f4.append(e_f4)
    f5, P = read_compact_nullable_string(B, P)
    (f6,) = _S_o.unpack_from(B, P)
    P += 1
    n_f7 = B[P]
    if n_f7 < 0x80:
        P += 1
    else:
        n_f7, P = read_uvarint(B, P)
    n_f7 -= 1
    f7: list[UUID]
    if n_f7 < 0:
        raise DecodeError(f'non-nullable array LogDirs has length {n_f7}')
    else:
        if n_f7 > len(B) - P:
            raise DecodeError(f'array length {n_f7} exceeds the buffer')
        f7 = []
        for _ in range(n_f7):
            e_f7, P = read_uuid(B, P)
            f7.append(e_f7)
    (f8,) = _S_q.unpack_from(B, P)
    P += 8
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_BrokerRegistrationRequest(f0, f1, f2, f3, f4, f5, f6, f7, f8, tf), P


def _e_BrokerRegistrationRequest_Listener_v0(o: BrokerRegistrationRequest.Listener, O: bytearray) -> None:
    write_compact_string(O, o.name)
    write_compact_string(O, o.host)
    O += _S_Hh.pack(o.port, o.security_protocol)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_BrokerRegistrationRequest_Feature_v0(o: BrokerRegistrationRequest.Feature, O: bytearray) -> None:
    write_compact_string(O, o.name)
    O += _S_hh.pack(o.min_supported_version, o.max_supported_version)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_BrokerRegistrationRequest_v0(o: BrokerRegistrationRequest, O: bytearray) -> None:
    if o.is_migrating_zk_broker != False:
        raise EncodeError('BrokerRegistrationRequest.IsMigratingZkBroker is not supported in version 0')
    O += _S_i.pack(o.broker_id)
    write_compact_string(O, o.cluster_id)
    write_uuid(O, o.incarnation_id)
    a3 = o.listeners
    if a3 is None:
        raise EncodeError('non-nullable array Listeners is None')
    write_uvarint(O, len(a3) + 1)
    for e_a3 in a3:
        _e_BrokerRegistrationRequest_Listener_v0(e_a3, O)
    a4 = o.features
    if a4 is None:
        raise EncodeError('non-nullable array Features is None')
    write_uvarint(O, len(a4) + 1)
    for e_a4 in a4:
        _e_BrokerRegistrationRequest_Feature_v0(e_a4, O)
    write_compact_nullable_string(O, o.rack)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_BrokerRegistrationRequest_v1(o: BrokerRegistrationRequest, O: bytearray) -> None:
    O += _S_i.pack(o.broker_id)
    write_compact_string(O, o.cluster_id)
    write_uuid(O, o.incarnation_id)
    a3 = o.listeners
    if a3 is None:
        raise EncodeError('non-nullable array Listeners is None')
    write_uvarint(O, len(a3) + 1)
    for e_a3 in a3:
        _e_BrokerRegistrationRequest_Listener_v0(e_a3, O)
    a4 = o.features
    if a4 is None:
        raise EncodeError('non-nullable array Features is None')
    write_uvarint(O, len(a4) + 1)
    for e_a4 in a4:
        _e_BrokerRegistrationRequest_Feature_v0(e_a4, O)
    write_compact_nullable_string(O, o.rack)
    O += _S_o.pack(o.is_migrating_zk_broker)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_BrokerRegistrationRequest_v2(o: BrokerRegistrationRequest, O: bytearray) -> None:
    O += _S_i.pack(o.broker_id)
    write_compact_string(O, o.cluster_id)
    write_uuid(O, o.incarnation_id)
    a3 = o.listeners
    if a3 is None:
        raise EncodeError('non-nullable array Listeners is None')
    write_uvarint(O, len(a3) + 1)
    for e_a3 in a3:
        _e_BrokerRegistrationRequest_Listener_v0(e_a3, O)
    a4 = o.features
    if a4 is None:
        raise EncodeError('non-nullable array Features is None')
    write_uvarint(O, len(a4) + 1)
    for e_a4 in a4:
        _e_BrokerRegistrationRequest_Feature_v0(e_a4, O)
    write_compact_nullable_string(O, o.rack)
    O += _S_o.pack(o.is_migrating_zk_broker)
    a7 = o.log_dirs
    if a7 is None:
        raise EncodeError('non-nullable array LogDirs is None')
    write_uvarint(O, len(a7) + 1)
    for e_a7 in a7:
        write_uuid(O, e_a7)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_BrokerRegistrationRequest_v3(o: BrokerRegistrationRequest, O: bytearray) -> None:
    O += _S_i.pack(o.broker_id)
    write_compact_string(O, o.cluster_id)
    write_uuid(O, o.incarnation_id)
    a3 = o.listeners
    if a3 is None:
        raise EncodeError('non-nullable array Listeners is None')
    write_uvarint(O, len(a3) + 1)
    for e_a3 in a3:
        _e_BrokerRegistrationRequest_Listener_v0(e_a3, O)
    a4 = o.features
    if a4 is None:
        raise EncodeError('non-nullable array Features is None')
    write_uvarint(O, len(a4) + 1)
    for e_a4 in a4:
        _e_BrokerRegistrationRequest_Feature_v0(e_a4, O)
    write_compact_nullable_string(O, o.rack)
    O += _S_o.pack(o.is_migrating_zk_broker)
    a7 = o.log_dirs
    if a7 is None:
        raise EncodeError('non-nullable array LogDirs is None')
    write_uvarint(O, len(a7) + 1)
    for e_a7 in a7:
        write_uuid(O, e_a7)
    O += _S_q.pack(o.previous_broker_epoch)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _d_BrokerRegistrationResponse_v0(B: memoryview, P: int) -> tuple[BrokerRegistrationResponse, int]:
    (f0, f1, f2,) = _S_ihq.unpack_from(B, P)
    P += 14
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_BrokerRegistrationResponse(f0, f1, f2, tf), P


def _e_BrokerRegistrationResponse_v0(o: BrokerRegistrationResponse, O: bytearray) -> None:
    O += _S_ihq.pack(o.throttle_time_ms, o.error_code, o.broker_epoch)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


_C_BrokerRegistrationRequest = BrokerRegistrationRequest
_C_BrokerRegistrationRequest_Listener = BrokerRegistrationRequest.Listener
_C_BrokerRegistrationRequest_Feature = BrokerRegistrationRequest.Feature
_DEF_C_BrokerRegistrationRequest_Listener = _C_BrokerRegistrationRequest_Listener()
_DEF_C_BrokerRegistrationRequest_Feature = _C_BrokerRegistrationRequest_Feature()
_DEC_BrokerRegistrationRequest: dict[int, Decoder[BrokerRegistrationRequest]] = {
    0: _d_BrokerRegistrationRequest_v0,
    1: _d_BrokerRegistrationRequest_v1,
    2: _d_BrokerRegistrationRequest_v2,
    3: _d_BrokerRegistrationRequest_v3,
    4: _d_BrokerRegistrationRequest_v3,
}
_ENC_BrokerRegistrationRequest: dict[int, Encoder[BrokerRegistrationRequest]] = {
    0: _e_BrokerRegistrationRequest_v0,
    1: _e_BrokerRegistrationRequest_v1,
    2: _e_BrokerRegistrationRequest_v2,
    3: _e_BrokerRegistrationRequest_v3,
    4: _e_BrokerRegistrationRequest_v3,
}
BrokerRegistrationRequest.FIELDS = (
    FieldInfo('BrokerId', 'broker_id', 'int32', (0, OPEN), None, None, None, False, 'brokerId', None, None),
    FieldInfo('ClusterId', 'cluster_id', 'string', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('IncarnationId', 'incarnation_id', 'uuid', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Listeners', 'listeners', '[]Listener', (0, OPEN), None, None, None, False, None, None, _C_BrokerRegistrationRequest_Listener),
    FieldInfo('Features', 'features', '[]Feature', (0, OPEN), None, None, None, False, None, None, _C_BrokerRegistrationRequest_Feature),
    FieldInfo('Rack', 'rack', 'string', (0, OPEN), (0, OPEN), None, None, False, None, None, None),
    FieldInfo('IsMigratingZkBroker', 'is_migrating_zk_broker', 'bool', (1, OPEN), None, None, None, False, None, None, None),
    FieldInfo('LogDirs', 'log_dirs', '[]uuid', (2, OPEN), None, None, None, True, None, None, None),
    FieldInfo('PreviousBrokerEpoch', 'previous_broker_epoch', 'int64', (3, OPEN), None, None, None, True, None, None, None),
)
BrokerRegistrationRequest.Listener.FIELDS = (
    FieldInfo('Name', 'name', 'string', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Host', 'host', 'string', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Port', 'port', 'uint16', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('SecurityProtocol', 'security_protocol', 'int16', (0, OPEN), None, None, None, False, None, None, None),
)
BrokerRegistrationRequest.Feature.FIELDS = (
    FieldInfo('Name', 'name', 'string', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('MinSupportedVersion', 'min_supported_version', 'int16', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('MaxSupportedVersion', 'max_supported_version', 'int16', (0, OPEN), None, None, None, False, None, None, None),
)

_C_BrokerRegistrationResponse = BrokerRegistrationResponse
_DEC_BrokerRegistrationResponse: dict[int, Decoder[BrokerRegistrationResponse]] = {
    0: _d_BrokerRegistrationResponse_v0,
    1: _d_BrokerRegistrationResponse_v0,
    2: _d_BrokerRegistrationResponse_v0,
    3: _d_BrokerRegistrationResponse_v0,
    4: _d_BrokerRegistrationResponse_v0,
}
_ENC_BrokerRegistrationResponse: dict[int, Encoder[BrokerRegistrationResponse]] = {
    0: _e_BrokerRegistrationResponse_v0,
    1: _e_BrokerRegistrationResponse_v0,
    2: _e_BrokerRegistrationResponse_v0,
    3: _e_BrokerRegistrationResponse_v0,
    4: _e_BrokerRegistrationResponse_v0,
}
BrokerRegistrationResponse.FIELDS = (
    FieldInfo('ThrottleTimeMs', 'throttle_time_ms', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('ErrorCode', 'error_code', 'int16', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('BrokerEpoch', 'broker_epoch', 'int64', (0, OPEN), None, None, None, False, None, None, None),
)
