"""API key 60: DescribeCluster.

GENERATED - DO NOT EDIT. Written by ``python -m wire.generator`` from Apache Kafka 4.1.1's
message definitions (DescribeClusterRequest.json, DescribeClusterResponse.json).
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
_S_ob = struct.Struct('>?b')
_S_obo = struct.Struct('>?b?')
_S_b = struct.Struct('>b')
_S_i = struct.Struct('>i')
_S_ih = struct.Struct('>ih')


@dataclass(slots=True)
class DescribeClusterRequest:
    """DescribeClusterRequest (API key 60, versions 0-2).

    Generated from DescribeClusterRequest.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = 60
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 2
    LATEST_VERSION: ClassVar[int] = 2
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
    FLEXIBLE_MIN: ClassVar[int | None] = 0
    #: Who serves this request in Kafka (empty for responses).
    LISTENERS: ClassVar[tuple[str, ...]] = ('broker', 'controller')
    FIELDS: ClassVar[tuple[FieldInfo, ...]]

    #: Whether to include cluster authorized operations.
    include_cluster_authorized_operations: bool = False
    #: The endpoint type to describe. 1=brokers, 2=controllers.
    endpoint_type: int = 1
    #: Whether to include fenced brokers when listing brokers.
    include_fenced_brokers: bool = False
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> DescribeClusterRequest:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_DescribeClusterRequest, data, version, 'DescribeClusterRequest', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_DescribeClusterRequest, self, version, 'DescribeClusterRequest')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_DescribeClusterRequest, self, version, 'DescribeClusterRequest')


@dataclass(slots=True)
class DescribeClusterResponse:
    """DescribeClusterResponse (API key 60, versions 0-2).

    Generated from DescribeClusterResponse.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = 60
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 2
    LATEST_VERSION: ClassVar[int] = 2
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
    FLEXIBLE_MIN: ClassVar[int | None] = 0
    #: Who serves this request in Kafka (empty for responses).
    LISTENERS: ClassVar[tuple[str, ...]] = ()
    FIELDS: ClassVar[tuple[FieldInfo, ...]]

    @dataclass(slots=True)
    class DescribeClusterBroker:
        FIELDS: ClassVar[tuple[FieldInfo, ...]]

        #: The broker ID.
        broker_id: int = 0
        #: The broker hostname.
        host: str = ''
        #: The broker port.
        port: int = 0
        #: The rack of the broker, or null if it has not been assigned to a rack.
        rack: str | None = None
        #: Whether the broker is fenced
        is_fenced: bool = False
        #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
        unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    #: The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    throttle_time_ms: int = 0
    #: The top-level error code, or 0 if there was no error.
    error_code: int = 0
    #: The top-level error message, or null if there was no error.
    error_message: str | None = None
    #: The endpoint type that was described. 1=brokers, 2=controllers.
    endpoint_type: int = 1
    #: The cluster ID that responding broker belongs to.
    cluster_id: str = ''
    #: The ID of the controller broker.
    controller_id: int = -1
    #: Each broker in the response.
    brokers: list[DescribeClusterResponse.DescribeClusterBroker] = field(default_factory=list)
    #: 32-bit bitfield to represent authorized operations for this cluster.
    cluster_authorized_operations: int = -2147483648
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> DescribeClusterResponse:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_DescribeClusterResponse, data, version, 'DescribeClusterResponse', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_DescribeClusterResponse, self, version, 'DescribeClusterResponse')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_DescribeClusterResponse, self, version, 'DescribeClusterResponse')

def _d_DescribeClusterRequest_v0(B: memoryview, P: int) -> tuple[DescribeClusterRequest, int]:
    (f0,) = _S_o.unpack_from(B, P)
    P += 1
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_DescribeClusterRequest(f0, 1, False, tf), P


def _d_DescribeClusterRequest_v1(B: memoryview, P: int) -> tuple[DescribeClusterRequest, int]:
    (f0, f1,) = _S_ob.unpack_from(B, P)
    P += 2
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_DescribeClusterRequest(f0, f1, False, tf), P


def _d_DescribeClusterRequest_v2(B: memoryview, P: int) -> tuple[DescribeClusterRequest, int]:
    (f0, f1, f2,) = _S_obo.unpack_from(B, P)
    P += 3
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_DescribeClusterRequest(f0, f1, f2, tf), P


def _e_DescribeClusterRequest_v0(o: DescribeClusterRequest, O: bytearray) -> None:
    if o.endpoint_type != 1:
        raise EncodeError('DescribeClusterRequest.EndpointType is not supported in version 0')
    if o.include_fenced_brokers != False:
        raise EncodeError('DescribeClusterRequest.IncludeFencedBrokers is not supported in version 0')
    O += _S_o.pack(o.include_cluster_authorized_operations)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_DescribeClusterRequest_v1(o: DescribeClusterRequest, O: bytearray) -> None:
    if o.include_fenced_brokers != False:
        raise EncodeError('DescribeClusterRequest.IncludeFencedBrokers is not supported in version 1')
    O += _S_ob.pack(o.include_cluster_authorized_operations, o.endpoint_type)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_DescribeClusterRequest_v2(o: DescribeClusterRequest, O: bytearray) -> None:
    O += _S_obo.pack(o.include_cluster_authorized_operations, o.endpoint_type, o.include_fenced_brokers)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _d_DescribeClusterResponse_DescribeClusterBroker_v0(B: memoryview, P: int) -> tuple[DescribeClusterResponse.DescribeClusterBroker, int]:
    (f0,) = _S_i.unpack_from(B, P)
    P += 4
    f1, P = read_compact_string(B, P)
    (f2,) = _S_i.unpack_from(B, P)
    P += 4
    f3, P = read_compact_nullable_string(B, P)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_DescribeClusterResponse_DescribeClusterBroker(f0, f1, f2, f3, False, tf), P


def _d_DescribeClusterResponse_v0(B: memoryview, P: int) -> tuple[DescribeClusterResponse, int]:
    (f0, f1,) = _S_ih.unpack_from(B, P)
    P += 6
    f2, P = read_compact_nullable_string(B, P)
    f4, P = read_compact_string(B, P)
    (f5,) = _S_i.unpack_from(B, P)
    P += 4
    n_f6 = B[P]
    if n_f6 < 0x80:
        P += 1
    else:
        n_f6, P = read_uvarint(B, P)
    n_f6 -= 1
    f6: list[DescribeClusterResponse.DescribeClusterBroker]
    if n_f6 < 0:
        raise DecodeError(f'non-nullable array Brokers has length {n_f6}')
    else:
        if n_f6 > len(B) - P:
            raise DecodeError(f'array length {n_f6} exceeds the buffer')
        f6 = []
        for _ in range(n_f6):
            e_f6, P = _d_DescribeClusterResponse_DescribeClusterBroker_v0(B, P)
            f6.append(e_f6)
    (f7,) = _S_i.unpack_from(B, P)
    P += 4
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_DescribeClusterResponse(f0, f1, f2, 1, f4, f5, f6, f7, tf), P


def _d_DescribeClusterResponse_v1(B: memoryview, P: int) -> tuple[DescribeClusterResponse, int]:
    (f0, f1,) = _S_ih.unpack_from(B, P)
    P += 6
    f2, P = read_compact_nullable_string(B, P)
    (f3,) = _S_b.unpack_from(B, P)
    P += 1
    f4, P = read_compact_string(B, P)
    (f5,) = _S_i.unpack_from(B, P)
    P += 4
    n_f6 = B[P]
    if n_f6 < 0x80:
        P += 1
    else:
        n_f6, P = read_uvarint(B, P)
    n_f6 -= 1
    f6: list[DescribeClusterResponse.DescribeClusterBroker]
    if n_f6 < 0:
        raise DecodeError(f'non-nullable array Brokers has length {n_f6}')
    else:
        if n_f6 > len(B) - P:
            raise DecodeError(f'array length {n_f6} exceeds the buffer')
        f6 = []
        for _ in range(n_f6):
            e_f6, P = _d_DescribeClusterResponse_DescribeClusterBroker_v0(B, P)
            f6.append(e_f6)
    (f7,) = _S_i.unpack_from(B, P)
    P += 4
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_DescribeClusterResponse(f0, f1, f2, f3, f4, f5, f6, f7, tf), P


def _d_DescribeClusterResponse_DescribeClusterBroker_v2(B: memoryview, P: int) -> tuple[DescribeClusterResponse.DescribeClusterBroker, int]:
    (f0,) = _S_i.unpack_from(B, P)
    P += 4
    f1, P = read_compact_string(B, P)
    (f2,) = _S_i.unpack_from(B, P)
    P += 4
    f3, P = read_compact_nullable_string(B, P)
    (f4,) = _S_o.unpack_from(B, P)
    P += 1
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_DescribeClusterResponse_DescribeClusterBroker(f0, f1, f2, f3, f4, tf), P


def _d_DescribeClusterResponse_v2(B: memoryview, P: int) -> tuple[DescribeClusterResponse, int]:
    (f0, f1,) = _S_ih.unpack_from(B, P)
    P += 6
    f2, P = read_compact_nullable_string(B, P)
    (f3,) = _S_b.unpack_from(B, P)
    P += 1
    f4, P = read_compact_string(B, P)
    (f5,) = _S_i.unpack_from(B, P)
    P += 4
    n_f6 = B[P]
    if n_f6 < 0x80:
        P += 1
    else:
        n_f6, P = read_uvarint(B, P)
    n_f6 -= 1
    f6: list[DescribeClusterResponse.DescribeClusterBroker]
    if n_f6 < 0:
        raise DecodeError(f'non-nullable array Brokers has length {n_f6}')
    else:
        if n_f6 > len(B) - P:
            raise DecodeError(f'array length {n_f6} exceeds the buffer')
        f6 = []
        for _ in range(n_f6):
            e_f6, P = _d_DescribeClusterResponse_DescribeClusterBroker_v2(B, P)
            f6.append(e_f6)
    (f7,) = _S_i.unpack_from(B, P)
    P += 4
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_DescribeClusterResponse(f0, f1, f2, f3, f4, f5, f6, f7, tf), P


def _e_DescribeClusterResponse_DescribeClusterBroker_v0(o: DescribeClusterResponse.DescribeClusterBroker, O: bytearray) -> None:
    if o.is_fenced != False:
        raise EncodeError('DescribeClusterResponse.IsFenced is not supported in version 0')
    O += _S_i.pack(o.broker_id)
    write_compact_string(O, o.host)
    O += _S_i.pack(o.port)
    write_compact_nullable_string(O, o.rack)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_DescribeClusterResponse_v0(o: DescribeClusterResponse, O: bytearray) -> None:
    if o.endpoint_type != 1:
        raise EncodeError('DescribeClusterResponse.EndpointType is not supported in version 0')
    O += _S_ih.pack(o.throttle_time_ms, o.error_code)
    write_compact_nullable_string(O, o.error_message)
    write_compact_string(O, o.cluster_id)
    O += _S_i.pack(o.controller_id)
    a5 = o.brokers
    if a5 is None:
        raise EncodeError('non-nullable array Brokers is None')
    write_uvarint(O, len(a5) + 1)
    for e_a5 in a5:
        _e_DescribeClusterResponse_DescribeClusterBroker_v0(e_a5, O)
    O += _S_i.pack(o.cluster_authorized_operations)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_DescribeClusterResponse_DescribeClusterBroker_v1(o: DescribeClusterResponse.DescribeClusterBroker, O: bytearray) -> None:
    if o.is_fenced != False:
        raise EncodeError('DescribeClusterResponse.IsFenced is not supported in version 1')
    O += _S_i.pack(o.broker_id)
    write_compact_string(O, o.host)
    O += _S_i.pack(o.port)
    write_compact_nullable_string(O, o.rack)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_DescribeClusterResponse_v1(o: DescribeClusterResponse, O: bytearray) -> None:
    O += _S_ih.pack(o.throttle_time_ms, o.error_code)
    write_compact_nullable_string(O, o.error_message)
    O += _S_b.pack(o.endpoint_type)
    write_compact_string(O, o.cluster_id)
    O += _S_i.pack(o.controller_id)
    a6 = o.brokers
    if a6 is None:
        raise EncodeError('non-nullable array Brokers is None')
    write_uvarint(O, len(a6) + 1)
    for e_a6 in a6:
        _e_DescribeClusterResponse_DescribeClusterBroker_v1(e_a6, O)
    O += _S_i.pack(o.cluster_authorized_operations)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_DescribeClusterResponse_DescribeClusterBroker_v2(o: DescribeClusterResponse.DescribeClusterBroker, O: bytearray) -> None:
    O += _S_i.pack(o.broker_id)
    write_compact_string(O, o.host)
    O += _S_i.pack(o.port)
    write_compact_nullable_string(O, o.rack)
    O += _S_o.pack(o.is_fenced)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_DescribeClusterResponse_v2(o: DescribeClusterResponse, O: bytearray) -> None:
    O += _S_ih.pack(o.throttle_time_ms, o.error_code)
    write_compact_nullable_string(O, o.error_message)
    O += _S_b.pack(o.endpoint_type)
    write_compact_string(O, o.cluster_id)
    O += _S_i.pack(o.controller_id)
    a6 = o.brokers
    if a6 is None:
        raise EncodeError('non-nullable array Brokers is None')
    write_uvarint(O, len(a6) + 1)
    for e_a6 in a6:
        _e_DescribeClusterResponse_DescribeClusterBroker_v2(e_a6, O)
    O += _S_i.pack(o.cluster_authorized_operations)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


_C_DescribeClusterRequest = DescribeClusterRequest
_DEC_DescribeClusterRequest: dict[int, Decoder[DescribeClusterRequest]] = {
    0: _d_DescribeClusterRequest_v0,
    1: _d_DescribeClusterRequest_v1,
    2: _d_DescribeClusterRequest_v2,
}
_ENC_DescribeClusterRequest: dict[int, Encoder[DescribeClusterRequest]] = {
    0: _e_DescribeClusterRequest_v0,
    1: _e_DescribeClusterRequest_v1,
    2: _e_DescribeClusterRequest_v2,
}
DescribeClusterRequest.FIELDS = (
    FieldInfo('IncludeClusterAuthorizedOperations', 'include_cluster_authorized_operations', 'bool', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('EndpointType', 'endpoint_type', 'int8', (1, OPEN), None, None, None, False, None, None, None),
    FieldInfo('IncludeFencedBrokers', 'include_fenced_brokers', 'bool', (2, OPEN), None, None, None, False, None, None, None),
)

_C_DescribeClusterResponse = DescribeClusterResponse
_C_DescribeClusterResponse_DescribeClusterBroker = DescribeClusterResponse.DescribeClusterBroker
_DEF_C_DescribeClusterResponse_DescribeClusterBroker = _C_DescribeClusterResponse_DescribeClusterBroker()
_DEC_DescribeClusterResponse: dict[int, Decoder[DescribeClusterResponse]] = {
    0: _d_DescribeClusterResponse_v0,
    1: _d_DescribeClusterResponse_v1,
    2: _d_DescribeClusterResponse_v2,
}
_ENC_DescribeClusterResponse: dict[int, Encoder[DescribeClusterResponse]] = {
    0: _e_DescribeClusterResponse_v0,
    1: _e_DescribeClusterResponse_v1,
    2: _e_DescribeClusterResponse_v2,
}
DescribeClusterResponse.FIELDS = (
    FieldInfo('ThrottleTimeMs', 'throttle_time_ms', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('ErrorCode', 'error_code', 'int16', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('ErrorMessage', 'error_message', 'string', (0, OPEN), (0, OPEN), None, None, False, None, None, None),
    FieldInfo('EndpointType', 'endpoint_type', 'int8', (1, OPEN), None, None, None, False, None, None, None),
    FieldInfo('ClusterId', 'cluster_id', 'string', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('ControllerId', 'controller_id', 'int32', (0, OPEN), None, None, None, False, 'brokerId', None, None),
    FieldInfo('Brokers', 'brokers', '[]DescribeClusterBroker', (0, OPEN), None, None, None, False, None, None, _C_DescribeClusterResponse_DescribeClusterBroker),
    FieldInfo('ClusterAuthorizedOperations', 'cluster_authorized_operations', 'int32', (0, OPEN), None, None, None, False, None, None, None),
)
DescribeClusterResponse.DescribeClusterBroker.FIELDS = (
    FieldInfo('BrokerId', 'broker_id', 'int32', (0, OPEN), None, None, None, False, 'brokerId', None, None),
    FieldInfo('Host', 'host', 'string', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Port', 'port', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Rack', 'rack', 'string', (0, OPEN), (0, OPEN), None, None, False, None, None, None),
    FieldInfo('IsFenced', 'is_fenced', 'bool', (2, OPEN), None, None, None, False, None, None, None),
)
