"""API key 70: ControllerRegistration.

GENERATED - DO NOT EDIT. Written by ``python -m wire.generator`` from Apache Kafka 4.1.1's
message definitions (ControllerRegistrationRequest.json, ControllerRegistrationResponse.json).
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
_S_ih = struct.Struct('>ih')


@dataclass(slots=True)
class ControllerRegistrationRequest:
    """ControllerRegistrationRequest (API key 70, versions 0-0).

    Generated from ControllerRegistrationRequest.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = 70
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    LATEST_VERSION: ClassVar[int] = 0
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

    #: The ID of the controller to register.
    controller_id: int = 0
    #: The controller incarnation ID, which is unique to each process run.
    incarnation_id: UUID = ZERO_UUID
    #: Set if the required configurations for ZK migration are present.
    zk_migration_ready: bool = False
    #: The listeners of this controller.
    listeners: list[ControllerRegistrationRequest.Listener] = field(default_factory=list)
    #: The features on this controller.
    features: list[ControllerRegistrationRequest.Feature] = field(default_factory=list)
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> ControllerRegistrationRequest:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_ControllerRegistrationRequest, data, version, 'ControllerRegistrationRequest', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_ControllerRegistrationRequest, self, version, 'ControllerRegistrationRequest')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_ControllerRegistrationRequest, self, version, 'ControllerRegistrationRequest')


@dataclass(slots=True)
class ControllerRegistrationResponse:
    """ControllerRegistrationResponse (API key 70, versions 0-0).

    Generated from ControllerRegistrationResponse.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = 70
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    LATEST_VERSION: ClassVar[int] = 0
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
    FLEXIBLE_MIN: ClassVar[int | None] = 0
    #: Who serves this request in Kafka (empty for responses).
    LISTENERS: ClassVar[tuple[str, ...]] = ()
    FIELDS: ClassVar[tuple[FieldInfo, ...]]

    #: Duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    throttle_time_ms: int = 0
    #: The response error code.
    error_code: int = 0
    #: The response error message, or null if there was no error.
    error_message: str | None = ''
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> ControllerRegistrationResponse:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_ControllerRegistrationResponse, data, version, 'ControllerRegistrationResponse', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_ControllerRegistrationResponse, self, version, 'ControllerRegistrationResponse')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_ControllerRegistrationResponse, self, version, 'ControllerRegistrationResponse')

def _d_ControllerRegistrationRequest_Listener_v0(B: memoryview, P: int) -> tuple[ControllerRegistrationRequest.Listener, int]:
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
    return _C_ControllerRegistrationRequest_Listener(f0, f1, f2, f3, tf), P


def _d_ControllerRegistrationRequest_Feature_v0(B: memoryview, P: int) -> tuple[ControllerRegistrationRequest.Feature, int]:
    f0, P = read_compact_string(B, P)
    (f1, f2,) = _S_hh.unpack_from(B, P)
    P += 4
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_ControllerRegistrationRequest_Feature(f0, f1, f2, tf), P


def _d_ControllerRegistrationRequest_v0(B: memoryview, P: int) -> tuple[ControllerRegistrationRequest, int]:
    (f0,) = _S_i.unpack_from(B, P)
    P += 4
    f1, P = read_uuid(B, P)
    (f2,) = _S_o.unpack_from(B, P)
    P += 1
    n_f3 = B[P]
    if n_f3 < 0x80:
        P += 1
    else:
        n_f3, P = read_uvarint(B, P)
    n_f3 -= 1
    f3: list[ControllerRegistrationRequest.Listener]
    if n_f3 < 0:
        raise DecodeError(f'non-nullable array Listeners has length {n_f3}')
    else:
        if n_f3 > len(B) - P:
            raise DecodeError(f'array length {n_f3} exceeds the buffer')
        f3 = []
        for _ in range(n_f3):
            e_f3, P = _d_ControllerRegistrationRequest_Listener_v0(B, P)
            f3.append(e_f3)
    n_f4 = B[P]
    if n_f4 < 0x80:
        P += 1
    else:
        n_f4, P = read_uvarint(B, P)
    n_f4 -= 1
    f4: list[ControllerRegistrationRequest.Feature]
    if n_f4 < 0:
        raise DecodeError(f'non-nullable array Features has length {n_f4}')
    else:
        if n_f4 > len(B) - P:
            raise DecodeError(f'array length {n_f4} exceeds the buffer')
        f4 = []
        for _ in range(n_f4):
            e_f4, P = _d_ControllerRegistrationRequest_Feature_v0(B, P)
            f4.append(e_f4)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_ControllerRegistrationRequest(f0, f1, f2, f3, f4, tf), P


def _e_ControllerRegistrationRequest_Listener_v0(o: ControllerRegistrationRequest.Listener, O: bytearray) -> None:
    write_compact_string(O, o.name)
    write_compact_string(O, o.host)
    O += _S_Hh.pack(o.port, o.security_protocol)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_ControllerRegistrationRequest_Feature_v0(o: ControllerRegistrationRequest.Feature, O: bytearray) -> None:
    write_compact_string(O, o.name)
    O += _S_hh.pack(o.min_supported_version, o.max_supported_version)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_ControllerRegistrationRequest_v0(o: ControllerRegistrationRequest, O: bytearray) -> None:
    O += _S_i.pack(o.controller_id)
    write_uuid(O, o.incarnation_id)
    O += _S_o.pack(o.zk_migration_ready)
    a3 = o.listeners
    if a3 is None:
        raise EncodeError('non-nullable array Listeners is None')
    write_uvarint(O, len(a3) + 1)
    for e_a3 in a3:
        _e_ControllerRegistrationRequest_Listener_v0(e_a3, O)
    a4 = o.features
    if a4 is None:
        raise EncodeError('non-nullable array Features is None')
    write_uvarint(O, len(a4) + 1)
    for e_a4 in a4:
        _e_ControllerRegistrationRequest_Feature_v0(e_a4, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _d_ControllerRegistrationResponse_v0(B: memoryview, P: int) -> tuple[ControllerRegistrationResponse, int]:
    (f0, f1,) = _S_ih.unpack_from(B, P)
    P += 6
    f2, P = read_compact_nullable_string(B, P)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_ControllerRegistrationResponse(f0, f1, f2, tf), P


def _e_ControllerRegistrationResponse_v0(o: ControllerRegistrationResponse, O: bytearray) -> None:
    O += _S_ih.pack(o.throttle_time_ms, o.error_code)
    write_compact_nullable_string(O, o.error_message)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


_C_ControllerRegistrationRequest = ControllerRegistrationRequest
_C_ControllerRegistrationRequest_Listener = ControllerRegistrationRequest.Listener
_C_ControllerRegistrationRequest_Feature = ControllerRegistrationRequest.Feature
_DEF_C_ControllerRegistrationRequest_Listener = _C_ControllerRegistrationRequest_Listener()
_DEF_C_ControllerRegistrationRequest_Feature = _C_ControllerRegistrationRequest_Feature()
_DEC_ControllerRegistrationRequest: dict[int, Decoder[ControllerRegistrationRequest]] = {
    0: _d_ControllerRegistrationRequest_v0,
}
_ENC_ControllerRegistrationRequest: dict[int, Encoder[ControllerRegistrationRequest]] = {
    0: _e_ControllerRegistrationRequest_v0,
}
ControllerRegistrationRequest.FIELDS = (
    FieldInfo('ControllerId', 'controller_id', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('IncarnationId', 'incarnation_id', 'uuid', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('ZkMigrationReady', 'zk_migration_ready', 'bool', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Listeners', 'listeners', '[]Listener', (0, OPEN), None, None, None, False, None, None, _C_ControllerRegistrationRequest_Listener),
    FieldInfo('Features', 'features', '[]Feature', (0, OPEN), None, None, None, False, None, None, _C_ControllerRegistrationRequest_Feature),
)
ControllerRegistrationRequest.Listener.FIELDS = (
    FieldInfo('Name', 'name', 'string', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Host', 'host', 'string', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Port', 'port', 'uint16', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('SecurityProtocol', 'security_protocol', 'int16', (0, OPEN), None, None, None, False, None, None, None),
)
ControllerRegistrationRequest.Feature.FIELDS = (
    FieldInfo('Name', 'name', 'string', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('MinSupportedVersion', 'min_supported_version', 'int16', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('MaxSupportedVersion', 'max_supported_version', 'int16', (0, OPEN), None, None, None, False, None, None, None),
)

_C_ControllerRegistrationResponse = ControllerRegistrationResponse
_DEC_ControllerRegistrationResponse: dict[int, Decoder[ControllerRegistrationResponse]] = {
    0: _d_ControllerRegistrationResponse_v0,
}
_ENC_ControllerRegistrationResponse: dict[int, Encoder[ControllerRegistrationResponse]] = {
    0: _e_ControllerRegistrationResponse_v0,
}
ControllerRegistrationResponse.FIELDS = (
    FieldInfo('ThrottleTimeMs', 'throttle_time_ms', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('ErrorCode', 'error_code', 'int16', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('ErrorMessage', 'error_message', 'string', (0, OPEN), (0, OPEN), None, None, False, None, None, None),
)
