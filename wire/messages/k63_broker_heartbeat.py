"""API key 63: BrokerHeartbeat.

GENERATED - DO NOT EDIT. Written by ``python -m wire.generator`` from Apache Kafka 4.1.1's
message definitions (BrokerHeartbeatRequest.json, BrokerHeartbeatResponse.json).
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


_S_ihooo = struct.Struct('>ih???')
_S_iqqoo = struct.Struct('>iqq??')


@dataclass(slots=True)
class BrokerHeartbeatRequest:
    """BrokerHeartbeatRequest (API key 63, versions 0-1).

    Generated from BrokerHeartbeatRequest.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = 63
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 1
    LATEST_VERSION: ClassVar[int] = 1
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
    FLEXIBLE_MIN: ClassVar[int | None] = 0
    #: Who serves this request in Kafka (empty for responses).
    LISTENERS: ClassVar[tuple[str, ...]] = ('controller',)
    FIELDS: ClassVar[tuple[FieldInfo, ...]]

    #: The broker ID.
    broker_id: int = 0
    #: The broker epoch.
    broker_epoch: int = -1
    #: The highest metadata offset which the broker has reached.
    current_metadata_offset: int = 0
    #: True if the broker wants to be fenced, false otherwise.
    want_fence: bool = False
    #: True if the broker wants to be shut down, false otherwise.
    want_shut_down: bool = False
    #: Log directories that failed and went offline.
    offline_log_dirs: list[UUID] = field(default_factory=list)
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> BrokerHeartbeatRequest:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_BrokerHeartbeatRequest, data, version, 'BrokerHeartbeatRequest', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_BrokerHeartbeatRequest, self, version, 'BrokerHeartbeatRequest')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_BrokerHeartbeatRequest, self, version, 'BrokerHeartbeatRequest')


@dataclass(slots=True)
class BrokerHeartbeatResponse:
    """BrokerHeartbeatResponse (API key 63, versions 0-1).

    Generated from BrokerHeartbeatResponse.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = 63
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 1
    LATEST_VERSION: ClassVar[int] = 1
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
    FLEXIBLE_MIN: ClassVar[int | None] = 0
    #: Who serves this request in Kafka (empty for responses).
    LISTENERS: ClassVar[tuple[str, ...]] = ()
    FIELDS: ClassVar[tuple[FieldInfo, ...]]

    #: Duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    throttle_time_ms: int = 0
    #: The error code, or 0 if there was no error.
    error_code: int = 0
    #: True if the broker has approximately caught up with the latest metadata.
    is_caught_up: bool = False
    #: True if the broker is fenced.
    is_fenced: bool = True
    #: True if the broker should proceed with its shutdown.
    should_shut_down: bool = False
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> BrokerHeartbeatResponse:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_BrokerHeartbeatResponse, data, version, 'BrokerHeartbeatResponse', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_BrokerHeartbeatResponse, self, version, 'BrokerHeartbeatResponse')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_BrokerHeartbeatResponse, self, version, 'BrokerHeartbeatResponse')

def _d_BrokerHeartbeatRequest_v0(B: memoryview, P: int) -> tuple[BrokerHeartbeatRequest, int]:
    (f0, f1, f2, f3, f4,) = _S_iqqoo.unpack_from(B, P)
    P += 22
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_BrokerHeartbeatRequest(f0, f1, f2, f3, f4, [], tf), P


def _d_BrokerHeartbeatRequest_v1(B: memoryview, P: int) -> tuple[BrokerHeartbeatRequest, int]:
    (f0, f1, f2, f3, f4,) = _S_iqqoo.unpack_from(B, P)
    P += 22
    tf: list[tuple[int, bytes]] | None = None
    f5: list[UUID] = []
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
                n_f5 = sb[p2]
                if n_f5 < 0x80:
                    p2 += 1
                else:
                    n_f5, p2 = read_uvarint(sb, p2)
                n_f5 -= 1
                if n_f5 < 0:
                    raise DecodeError(f'non-nullable array OfflineLogDirs has length {n_f5}')
                else:
                    if n_f5 > len(sb) - p2:
                        raise DecodeError(f'array length {n_f5} exceeds the buffer')
                    f5 = []
                    for _ in range(n_f5):
                        e_f5, p2 = read_uuid(sb, p2)
                        f5.append(e_f5)
                if p2 != end:
                    raise DecodeError('tagged field OfflineLogDirs has the wrong size')
            else:
                if tf is None:
                    tf = []
                tf.append((tag, bytes(B[P:end])))
            P = end
    return _C_BrokerHeartbeatRequest(f0, f1, f2, f3, f4, f5, tf), P


def _e_BrokerHeartbeatRequest_v0(o: BrokerHeartbeatRequest, O: bytearray) -> None:
    if bool(o.offline_log_dirs):
        raise EncodeError('BrokerHeartbeatRequest.OfflineLogDirs is not supported in version 0')
    O += _S_iqqoo.pack(o.broker_id, o.broker_epoch, o.current_metadata_offset, o.want_fence, o.want_shut_down)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_BrokerHeartbeatRequest_v1(o: BrokerHeartbeatRequest, O: bytearray) -> None:
    O += _S_iqqoo.pack(o.broker_id, o.broker_epoch, o.current_metadata_offset, o.want_fence, o.want_shut_down)
    tg: list[tuple[int, bytes | bytearray | memoryview]] | None = None
    t0 = o.offline_log_dirs
    if bool(t0):
        tb = bytearray()
        t0v = t0
        if t0v is None:
            raise EncodeError('non-nullable array OfflineLogDirs is None')
        write_uvarint(tb, len(t0v) + 1)
        for e_t0v in t0v:
            write_uuid(tb, e_t0v)
        if tg is None:
            tg = []
        tg.append((0, tb))
    if tg is not None or o.unknown_tagged_fields:
        write_tagged_fields(O, tg, o.unknown_tagged_fields)
    else:
        O.append(0)


def _d_BrokerHeartbeatResponse_v0(B: memoryview, P: int) -> tuple[BrokerHeartbeatResponse, int]:
    (f0, f1, f2, f3, f4,) = _S_ihooo.unpack_from(B, P)
    P += 9
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_BrokerHeartbeatResponse(f0, f1, f2, f3, f4, tf), P


def _e_BrokerHeartbeatResponse_v0(o: BrokerHeartbeatResponse, O: bytearray) -> None:
    O += _S_ihooo.pack(o.throttle_time_ms, o.error_code, o.is_caught_up, o.is_fenced, o.should_shut_down)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


_C_BrokerHeartbeatRequest = BrokerHeartbeatRequest
_DEC_BrokerHeartbeatRequest: dict[int, Decoder[BrokerHeartbeatRequest]] = {
    0: _d_BrokerHeartbeatRequest_v0,
    1: _d_BrokerHeartbeatRequest_v1,
}
_ENC_BrokerHeartbeatRequest: dict[int, Encoder[BrokerHeartbeatRequest]] = {
    0: _e_BrokerHeartbeatRequest_v0,
    1: _e_BrokerHeartbeatRequest_v1,
}
BrokerHeartbeatRequest.FIELDS = (
    FieldInfo('BrokerId', 'broker_id', 'int32', (0, OPEN), None, None, None, False, 'brokerId', None, None),
    FieldInfo('BrokerEpoch', 'broker_epoch', 'int64', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('CurrentMetadataOffset', 'current_metadata_offset', 'int64', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('WantFence', 'want_fence', 'bool', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('WantShutDown', 'want_shut_down', 'bool', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('OfflineLogDirs', 'offline_log_dirs', '[]uuid', (1, OPEN), None, (1, OPEN), 0, False, None, None, None),
)

_C_BrokerHeartbeatResponse = BrokerHeartbeatResponse
_DEC_BrokerHeartbeatResponse: dict[int, Decoder[BrokerHeartbeatResponse]] = {
    0: _d_BrokerHeartbeatResponse_v0,
    1: _d_BrokerHeartbeatResponse_v0,
}
_ENC_BrokerHeartbeatResponse: dict[int, Encoder[BrokerHeartbeatResponse]] = {
    0: _e_BrokerHeartbeatResponse_v0,
    1: _e_BrokerHeartbeatResponse_v0,
}
BrokerHeartbeatResponse.FIELDS = (
    FieldInfo('ThrottleTimeMs', 'throttle_time_ms', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('ErrorCode', 'error_code', 'int16', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('IsCaughtUp', 'is_caught_up', 'bool', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('IsFenced', 'is_fenced', 'bool', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('ShouldShutDown', 'should_shut_down', 'bool', (0, OPEN), None, None, None, False, None, None, None),
)
