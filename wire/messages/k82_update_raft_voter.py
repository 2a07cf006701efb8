"""API key 82: UpdateRaftVoter.

GENERATED - DO NOT EDIT. Written by ``python -m wire.generator`` from Apache Kafka 4.1.1's
message definitions (UpdateRaftVoterRequest.json, UpdateRaftVoterResponse.json).
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


_S_H = struct.Struct('>H')
_S_hh = struct.Struct('>hh')
_S_i = struct.Struct('>i')
_S_ih = struct.Struct('>ih')
_S_ii = struct.Struct('>ii')


@dataclass(slots=True)
class UpdateRaftVoterRequest:
    """UpdateRaftVoterRequest (API key 82, versions 0-0).

    Generated from UpdateRaftVoterRequest.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = 82
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
        #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
        unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @dataclass(slots=True)
    class KRaftVersionFeature:
        FIELDS: ClassVar[tuple[FieldInfo, ...]]

        #: The minimum supported KRaft protocol version.
        min_supported_version: int = 0
        #: The maximum supported KRaft protocol version.
        max_supported_version: int = 0
        #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
        unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    #: The cluster id.
    cluster_id: str | None = ''
    #: The current leader epoch of the partition, -1 for unknown leader epoch.
    current_leader_epoch: int = 0
    #: The replica id of the voter getting updated in the topic partition.
    voter_id: int = 0
    #: The directory id of the voter getting updated in the topic partition.
    voter_directory_id: UUID = ZERO_UUID
    #: The endpoint that can be used to communicate with the leader.
    listeners: list[UpdateRaftVoterRequest.Listener] = field(default_factory=list)
    #: The range of versions of the protocol that the replica supports.
    k_raft_version_feature: UpdateRaftVoterRequest.KRaftVersionFeature = field(default_factory=lambda: _C_UpdateRaftVoterRequest_KRaftVersionFeature())
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> UpdateRaftVoterRequest:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_UpdateRaftVoterRequest, data, version, 'UpdateRaftVoterRequest', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_UpdateRaftVoterRequest, self, version, 'UpdateRaftVoterRequest')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_UpdateRaftVoterRequest, self, version, 'UpdateRaftVoterRequest')


@dataclass(slots=True)
class UpdateRaftVoterResponse:
    """UpdateRaftVoterResponse (API key 82, versions 0-0).

    Generated from UpdateRaftVoterResponse.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = 82
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    LATEST_VERSION: ClassVar[int] = 0
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
    FLEXIBLE_MIN: ClassVar[int | None] = 0
    #: Who serves this request in Kafka (empty for responses).
    LISTENERS: ClassVar[tuple[str, ...]] = ()
    FIELDS: ClassVar[tuple[FieldInfo, ...]]

    @dataclass(slots=True)
    class CurrentLeader:
        FIELDS: ClassVar[tuple[FieldInfo, ...]]

        #: The replica id of the current leader or -1 if the leader is unknown.
        leader_id: int = -1
        #: The latest known leader epoch.
        leader_epoch: int = -1
        #: The node's hostname.
        host: str = ''
        #: The node's port.
        port: int = 0
        #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
        unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    #: The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    throttle_time_ms: int = 0
    #: The error code, or 0 if there was no error.
    error_code: int = 0
    #: Details of the current Raft cluster leader.
    current_leader: UpdateRaftVoterResponse.CurrentLeader = field(default_factory=lambda: _C_UpdateRaftVoterResponse_CurrentLeader())
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> UpdateRaftVoterResponse:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_UpdateRaftVoterResponse, data, version, 'UpdateRaftVoterResponse', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_UpdateRaftVoterResponse, self, version, 'UpdateRaftVoterResponse')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_UpdateRaftVoterResponse, self, version, 'UpdateRaftVoterResponse')

def _d_UpdateRaftVoterRequest_Listener_v0(B: memoryview, P: int) -> tuple[UpdateRaftVoterRequest.Listener, int]:
    f0, P = read_compact_string(B, P)
    f1, P = read_compact_string(B, P)
    (f2,) = _S_H.unpack_from(B, P)
    P += 2
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_UpdateRaftVoterRequest_Listener(f0, f1, f2, tf), P


def _d_UpdateRaftVoterRequest_KRaftVersionFeature_v0(B: memoryview, P: int) -> tuple[UpdateRaftVoterRequest.KRaftVersionFeature, int]:
    (f0, f1,) = _S_hh.unpack_from(B, P)
    P += 4
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_UpdateRaftVoterRequest_KRaftVersionFeature(f0, f1, tf), P


def _d_UpdateRaftVoterRequest_v0(B: memoryview, P: int) -> tuple[UpdateRaftVoterRequest, int]:
    f0, P = read_compact_nullable_string(B, P)
    (f1, f2,) = _S_ii.unpack_from(B, P)
    P += 8
    f3, P = read_uuid(B, P)
    n_f4 = B[P]
    if n_f4 < 0x80:
        P += 1
    else:
        n_f4, P = read_uvarint(B, P)
    n_f4 -= 1
    f4: list[UpdateRaftVoterRequest.Listener]
    if n_f4 < 0:
        raise DecodeError(f'non-nullable array Listeners has length {n_f4}')
    else:
        if n_f4 > len(B) - P:
            raise DecodeError(f'array length {n_f4} exceeds the buffer')
        f4 = []
        for _ in range(n_f4):
            e_f4, P = _d_UpdateRaftVoterRequest_Listener_v0(B, P)
            f4.append(e_f4)
    f5, P = _d_UpdateRaftVoterRequest_KRaftVersionFeature_v0(B, P)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_UpdateRaftVoterRequest(f0, f1, f2, f3, f4, f5, tf), P


def _e_UpdateRaftVoterRequest_Listener_v0(o: UpdateRaftVoterRequest.Listener, O: bytearray) -> None:
    write_compact_string(O, o.name)
    write_compact_string(O, o.host)
    O += _S_H.pack(o.port)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_UpdateRaftVoterRequest_KRaftVersionFeature_v0(o: UpdateRaftVoterRequest.KRaftVersionFeature, O: bytearray) -> None:
    O += _S_hh.pack(o.min_supported_version, o.max_supported_version)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_UpdateRaftVoterRequest_v0(o: UpdateRaftVoterRequest, O: bytearray) -> None:
    write_compact_nullable_string(O, o.cluster_id)
    O += _S_ii.pack(o.current_leader_epoch, o.voter_id)
    write_uuid(O, o.voter_directory_id)
    a4 = o.listeners
    if a4 is None:
        raise EncodeError('non-nullable array Listeners is None')
    write_uvarint(O, len(a4) + 1)
    for e_a4 in a4:
        _e_UpdateRaftVoterRequest_Listener_v0(e_a4, O)
    a5 = o.k_raft_version_feature
    if a5 is None:
        raise EncodeError('non-nullable struct KRaftVersionFeature is None')
    _e_UpdateRaftVoterRequest_KRaftVersionFeature_v0(a5, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _d_UpdateRaftVoterResponse_CurrentLeader_v0(B: memoryview, P: int) -> tuple[UpdateRaftVoterResponse.CurrentLeader, int]:
    (f0, f1,) = _S_ii.unpack_from(B, P)
    P += 8
    f2, P = read_compact_string(B, P)
    (f3,) = _S_i.unpack_from(B, P)
    P += 4
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_UpdateRaftVoterResponse_CurrentLeader(f0, f1, f2, f3, tf), P


def _d_UpdateRaftVoterResponse_v0(B: memoryview, P: int) -> tuple[UpdateRaftVoterResponse, int]:
    (f0, f1,) = _S_ih.unpack_from(B, P)
    P += 6
    tf: list[tuple[int, bytes]] | None = None
    f2: UpdateRaftVoterResponse.CurrentLeader = _C_UpdateRaftVoterResponse_CurrentLeader()
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
                f2, p2 = _d_UpdateRaftVoterResponse_CurrentLeader_v0(sb, p2)
                if p2 != end:
                    raise DecodeError('tagged field CurrentLeader has the wrong size')
            else:
                if tf is None:
                    tf = []
                tf.append((tag, bytes(B[P:end])))
            P = end
    return _C_UpdateRaftVoterResponse(f0, f1, f2, tf), P


def _e_UpdateRaftVoterResponse_CurrentLeader_v0(o: UpdateRaftVoterResponse.CurrentLeader, O: bytearray) -> None:
    O += _S_ii.pack(o.leader_id, o.leader_epoch)
    write_compact_string(O, o.host)
    O += _S_i.pack(o.port)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_UpdateRaftVoterResponse_v0(o: UpdateRaftVoterResponse, O: bytearray) -> None:
    O += _S_ih.pack(o.throttle_time_ms, o.error_code)
    tg: list[tuple[int, bytes | bytearray | memoryview]] | None = None
    t0 = o.current_leader
    if t0 is not None and ((t0.leader_id != -1) or (t0.leader_epoch != -1) or (t0.host != '') or (t0.port != 0) or (t0.unknown_tagged_fields)):
        tb = bytearray()
        t0v = t0
        if t0v is None:
            raise EncodeError('non-nullable struct CurrentLeader is None')
        _e_UpdateRaftVoterResponse_CurrentLeader_v0(t0v, tb)
        if tg is None:
            tg = []
        tg.append((0, tb))
    if tg is not None or o.unknown_tagged_fields:
        write_tagged_fields(O, tg, o.unknown_tagged_fields)
    else:
        O.append(0)


_C_UpdateRaftVoterRequest = UpdateRaftVoterRequest
_C_UpdateRaftVoterRequest_Listener = UpdateRaftVoterRequest.Listener
_C_UpdateRaftVoterRequest_KRaftVersionFeature = UpdateRaftVoterRequest.KRaftVersionFeature
_DEF_C_UpdateRaftVoterRequest_Listener = _C_UpdateRaftVoterRequest_Listener()
_DEF_C_UpdateRaftVoterRequest_KRaftVersionFeature = _C_UpdateRaftVoterRequest_KRaftVersionFeature()
_DEC_UpdateRaftVoterRequest: dict[int, Decoder[UpdateRaftVoterRequest]] = {
    0: _d_UpdateRaftVoterRequest_v0,
}
_ENC_UpdateRaftVoterRequest: dict[int, Encoder[UpdateRaftVoterRequest]] = {
    0: _e_UpdateRaftVoterRequest_v0,
}
UpdateRaftVoterRequest.FIELDS = (
    FieldInfo('ClusterId', 'cluster_id', 'string', (0, OPEN), (0, OPEN), None, None, False, None, None, None),
    FieldInfo('CurrentLeaderEpoch', 'current_leader_epoch', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('VoterId', 'voter_id', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('VoterDirectoryId', 'voter_directory_id', 'uuid', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Listeners', 'listeners', '[]Listener', (0, OPEN), None, None, None, False, None, None, _C_UpdateRaftVoterRequest_Listener),
    FieldInfo('KRaftVersionFeature', 'k_raft_version_feature', 'KRaftVersionFeature', (0, OPEN), None, None, None, False, None, None, _C_UpdateRaftVoterRequest_KRaftVersionFeature),
)
UpdateRaftVoterRequest.Listener.FIELDS = (
    FieldInfo('Name', 'name', 'string', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Host', 'host', 'string', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Port', 'port', 'uint16', (0, OPEN), None, None, None, False, None, None, None),
)
UpdateRaftVoterRequest.KRaftVersionFeature.FIELDS = (
    FieldInfo('MinSupportedVersion', 'min_supported_version', 'int16', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('MaxSupportedVersion', 'max_supported_version', 'int16', (0, OPEN), None, None, None, False, None, None, None),
)

_C_UpdateRaftVoterResponse = UpdateRaftVoterResponse
_C_UpdateRaftVoterResponse_CurrentLeader = UpdateRaftVoterResponse.CurrentLeader
_DEF_C_UpdateRaftVoterResponse_CurrentLeader = _C_UpdateRaftVoterResponse_CurrentLeader()
_DEC_UpdateRaftVoterResponse: dict[int, Decoder[UpdateRaftVoterResponse]] = {
    0: _d_UpdateRaftVoterResponse_v0,
}
_ENC_UpdateRaftVoterResponse: dict[int, Encoder[UpdateRaftVoterResponse]] = {
    0: _e_UpdateRaftVoterResponse_v0,
}
UpdateRaftVoterResponse.FIELDS = (
    FieldInfo('ThrottleTimeMs', 'throttle_time_ms', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('ErrorCode', 'error_code', 'int16', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('CurrentLeader', 'current_leader', 'CurrentLeader', (0, OPEN), None, (0, OPEN), 0, False, None, None, _C_UpdateRaftVoterResponse_CurrentLeader),
)
UpdateRaftVoterResponse.CurrentLeader.FIELDS = (
    FieldInfo('LeaderId', 'leader_id', 'int32', (0, OPEN), None, None, None, False, 'brokerId', None, None),
    FieldInfo('LeaderEpoch', 'leader_epoch', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Host', 'host', 'string', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Port', 'port', 'int32', (0, OPEN), None, None, None, False, None, None, None),
)
