"""API key 59: FetchSnapshot.

GENERATED - DO NOT EDIT. Written by ``python -m wire.generator`` from Apache Kafka 4.1.1's
message definitions (FetchSnapshotRequest.json, FetchSnapshotResponse.json).
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
_S_i = struct.Struct('>i')
_S_ih = struct.Struct('>ih')
_S_ii = struct.Struct('>ii')
_S_q = struct.Struct('>q')
_S_qi = struct.Struct('>qi')
_S_qq = struct.Struct('>qq')


@dataclass(slots=True)
class FetchSnapshotRequest:
    """FetchSnapshotRequest (API key 59, versions 0-1).

    Generated from FetchSnapshotRequest.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = 59
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 1
    LATEST_VERSION: ClassVar[int] = 1
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
    FLEXIBLE_MIN: ClassVar[int | None] = 0
    #: Who serves this request in Kafka (empty for responses).
    LISTENERS: ClassVar[tuple[str, ...]] = ('controller',)
    FIELDS: ClassVar[tuple[FieldInfo, ...]]

    @dataclass(slots=True)
    class TopicSnapshot:
        FIELDS: ClassVar[tuple[FieldInfo, ...]]

        @dataclass(slots=True)
        class PartitionSnapshot:
            FIELDS: ClassVar[tuple[FieldInfo, ...]]

            @dataclass(slots=True)
            class SnapshotId:
                FIELDS: ClassVar[tuple[FieldInfo, ...]]

                #: The end offset of the snapshot.
                end_offset: int = 0
                #: The epoch of the snapshot.
                epoch: int = 0
                #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
                unknown_tagged_fields: list[tuple[int, bytes]] | None = None

            #: The partition index.
            partition: int = 0
            #: The current leader epoch of the partition, -1 for unknown leader epoch.
            current_leader_epoch: int = 0
            #: The snapshot endOffset and epoch to fetch.
            snapshot_id: FetchSnapshotRequest.TopicSnapshot.PartitionSnapshot.SnapshotId = field(default_factory=lambda: _C_FetchSnapshotRequest_TopicSnapshot_PartitionSnapshot_SnapshotId())
            #: The byte position within the snapshot to start fetching from.
            position: int = 0
            #: The directory id of the follower fetching.
            replica_directory_id: UUID = ZERO_UUID
            #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
            unknown_tagged_fields: list[tuple[int, bytes]] | None = None

        #: The name of the topic to fetch.
        name: str = ''
        #: The partitions to fetch.
        partitions: list[FetchSnapshotRequest.TopicSnapshot.PartitionSnapshot] = field(default_factory=list)
        #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
        unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    SnapshotId = TopicSnapshot.PartitionSnapshot.SnapshotId
    PartitionSnapshot = TopicSnapshot.PartitionSnapshot
    #: The clusterId if known, this is used to validate metadata fetches prior to broker registration.
    cluster_id: str | None = None
    #: The broker ID of the follower.
    replica_id: int = -1
    #: The maximum bytes to fetch from all of the snapshots.
    max_bytes: int = 2147483647
    #: The topics to fetch.
    topics: list[FetchSnapshotRequest.TopicSnapshot] = field(default_factory=list)
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> FetchSnapshotRequest:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_FetchSnapshotRequest, data, version, 'FetchSnapshotRequest', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_FetchSnapshotRequest, self, version, 'FetchSnapshotRequest')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_FetchSnapshotRequest, self, version, 'FetchSnapshotRequest')


@dataclass(slots=True)
class FetchSnapshotResponse:
    """FetchSnapshotResponse (API key 59, versions 0-1).

    Generated from FetchSnapshotResponse.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = 59
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 1
    LATEST_VERSION: ClassVar[int] = 1
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
    FLEXIBLE_MIN: ClassVar[int | None] = 0
    #: Who serves this request in Kafka (empty for responses).
    LISTENERS: ClassVar[tuple[str, ...]] = ()
    FIELDS: ClassVar[tuple[FieldInfo, ...]]

    @dataclass(slots=True)
    class TopicSnapshot:
        FIELDS: ClassVar[tuple[FieldInfo, ...]]

        @dataclass(slots=True)
        class PartitionSnapshot:
            FIELDS: ClassVar[tuple[FieldInfo, ...]]

            @dataclass(slots=True)
            class SnapshotId:
                FIELDS: ClassVar[tuple[FieldInfo, ...]]

                #: The snapshot end offset.
                end_offset: int = 0
                #: The snapshot epoch.
                epoch: int = 0
                #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
                unknown_tagged_fields: list[tuple[int, bytes]] | None = None

            @dataclass(slots=True)
            class LeaderIdAndEpoch:
                FIELDS: ClassVar[tuple[FieldInfo, ...]]

                #: The ID of the current leader or -1 if the leader is unknown.
                leader_id: int = 0
                #: The latest known leader epoch.
                leader_epoch: int = 0
                #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
                unknown_tagged_fields: list[tuple[int, bytes]] | None = None

            #: The partition index.
            index: int = 0
            #: The error code, or 0 if there was no fetch error.
            error_code: int = 0
            #: The snapshot endOffset and epoch fetched.
            snapshot_id: FetchSnapshotResponse.TopicSnapshot.PartitionSnapshot.SnapshotId = field(default_factory=lambda: _C_FetchSnapshotResponse_TopicSnapshot_PartitionSnapshot_SnapshotId())
            #: The leader of the partition at the time of the snapshot.
            current_leader: FetchSnapshotResponse.TopicSnapshot.PartitionSnapshot.LeaderIdAndEpoch = field(default_factory=lambda: _C_FetchSnapshotResponse_TopicSnapshot_PartitionSnapshot_LeaderIdAndEpoch())
            #: The total size of the snapshot.
            size: int = 0
            #: The starting byte position within the snapshot included in the Bytes field.
            position: int = 0
            #: Snapshot data in records format which may not be aligned on an offset boundary.
            unaligned_records: bytes | memoryview | FileRegion | None = None
            #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
            unknown_tagged_fields: list[tuple[int, bytes]] | None = None

        #: The name of the topic to fetch.
        name: str = ''
        #: The partitions to fetch.
        partitions: list[FetchSnapshotResponse.TopicSnapshot.PartitionSnapshot] = field(default_factory=list)
        #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
        unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @dataclass(slots=True)
    class NodeEndpoint:
        FIELDS: ClassVar[tuple[FieldInfo, ...]]

        #: The ID of the associated node.
        node_id: int = 0
        #: The node's hostname.
        host: str = ''
        #: The node's port.
        port: int = 0
        #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
        unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    SnapshotId = TopicSnapshot.PartitionSnapshot.SnapshotId
    LeaderIdAndEpoch = TopicSnapshot.PartitionSnapshot.LeaderIdAndEpoch
    PartitionSnapshot = TopicSnapshot.PartitionSnapshot
    #: The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    throttle_time_ms: int = 0
    #: The top level response error code.
    error_code: int = 0
    #: The topics to fetch.
    topics: list[FetchSnapshotResponse.TopicSnapshot] = field(default_factory=list)
    #: Endpoints for all current-leaders enumerated in PartitionSnapshot.
    node_endpoints: list[FetchSnapshotResponse.NodeEndpoint] = field(default_factory=list)
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> FetchSnapshotResponse:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_FetchSnapshotResponse, data, version, 'FetchSnapshotResponse', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_region_body(_ENC_FetchSnapshotResponse, self, version, 'FetchSnapshotResponse')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_region_chunks(_ENC_FetchSnapshotResponse, self, version, 'FetchSnapshotResponse')

def _d_FetchSnapshotRequest_TopicSnapshot_PartitionSnapshot_SnapshotId_v0(B: memoryview, P: int) -> tuple[FetchSnapshotRequest.TopicSnapshot.PartitionSnapshot.SnapshotId, int]:
    (f0, f1,) = _S_qi.unpack_from(B, P)
    P += 12
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_FetchSnapshotRequest_TopicSnapshot_PartitionSnapshot_SnapshotId(f0, f1, tf), P


def _d_FetchSnapshotRequest_TopicSnapshot_PartitionSnapshot_v0(B: memoryview, P: int) -> tuple[FetchSnapshotRequest.TopicSnapshot.PartitionSnapshot, int]:
    (f0, f1,) = _S_ii.unpack_from(B, P)
    P += 8
    f2, P = _d_FetchSnapshotRequest_TopicSnapshot_PartitionSnapshot_SnapshotId_v0(B, P)
    (f3,) = _S_q.unpack_from(B, P)
    P += 8
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_FetchSnapshotRequest_TopicSnapshot_PartitionSnapshot(f0, f1, f2, f3, ZERO_UUID, tf), P


def _d_FetchSnapshotRequest_TopicSnapshot_v0(B: memoryview, P: int) -> tuple[FetchSnapshotRequest.TopicSnapshot, int]:
    f0, P = read_compact_string(B, P)
    n_f1 = B[P]
    if n_f1 < 0x80:
        P += 1
    else:
        n_f1, P = read_uvarint(B, P)
    n_f1 -= 1
    f1: list[FetchSnapshotRequest.TopicSnapshot.PartitionSnapshot]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Partitions has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_FetchSnapshotRequest_TopicSnapshot_PartitionSnapshot_v0(B, P)
            f1.append(e_f1)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_FetchSnapshotRequest_TopicSnapshot(f0, f1, tf), P


def _d_FetchSnapshotRequest_v0(B: memoryview, P: int) -> tuple[FetchSnapshotRequest, int]:
    (f1, f2,) = _S_ii.unpack_from(B, P)
    P += 8
    n_f3 = B[P]
    if n_f3 < 0x80:
        P += 1
    else:
        n_f3, P = read_uvarint(B, P)
    n_f3 -= 1
    f3: list[FetchSnapshotRequest.TopicSnapshot]
    if n_f3 < 0:
        raise DecodeError(f'non-nullable array Topics has length {n_f3}')
    else:
        if n_f3 > len(B) - P:
            raise DecodeError(f'array length {n_f3} exceeds the buffer')
        f3 = []
        for _ in range(n_f3):
            e_f3, P = _d_FetchSnapshotRequest_TopicSnapshot_v0(B, P)
            f3.append(e_f3)
    tf: list[tuple[int, bytes]] | None = None
    f0: str | None = None
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
                f0, p2 = read_compact_nullable_string(sb, p2)
                if p2 != end:
                    raise DecodeError('tagged field ClusterId has the wrong size')
            else:
                if tf is None:
                    tf = []
                tf.append((tag, bytes(B[P:end])))
            P = end
    return _C_FetchSnapshotRequest(f0, f1, f2, f3, tf), P


def _d_FetchSnapshotRequest_TopicSnapshot_PartitionSnapshot_v1(B: memoryview, P: int) -> tuple[FetchSnapshotRequest.TopicSnapshot.PartitionSnapshot, int]:
    (f0, f1,) = _S_ii.unpack_from(B, P)
    P += 8
    f2, P = _d_FetchSnapshotRequest_TopicSnapshot_PartitionSnapshot_SnapshotId_v0(B, P)
    (f3,) = _S_q.unpack_from(B, P)
    P += 8
    tf: list[tuple[int, bytes]] | None = None
    f4: UUID = ZERO_UUID
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
                f4, p2 = read_uuid(sb, p2)
                if p2 != end:
                    raise DecodeError('tagged field ReplicaDirectoryId has the wrong size')
            else:
                if tf is None:
                    tf = []
                tf.append((tag, bytes(B[P:end])))
            P = end
    return _C_FetchSnapshotRequest_TopicSnapshot_PartitionSnapshot(f0, f1, f2, f3, f4, tf), P


def _d_FetchSnapshotRequest_TopicSnapshot_v1(B: memoryview, P: int) -> tuple[FetchSnapshotRequest.TopicSnapshot, int]:
    f0, P = read_compact_string(B, P)
    n_f1 = B[P]
    if n_f1 < 0x80:
        P += 1
    else:
        n_f1, P = read_uvarint(B, P)
    n_f1 -= 1
    f1: list[FetchSnapshotRequest.TopicSnapshot.PartitionSnapshot]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Partitions has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_FetchSnapshotRequest_TopicSnapshot_PartitionSnapshot_v1(B, P)
            f1.append(e_f1)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_FetchSnapshotRequest_TopicSnapshot(f0, f1, tf), P


def _d_FetchSnapshotRequest_v1(B: memoryview, P: int) -> tuple[FetchSnapshotRequest, int]:
    (f1, f2,) = _S_ii.unpack_from(B, P)
    P += 8
    n_f3 = B[P]
    if n_f3 < 0x80:
        P += 1
    else:
        n_f3, P = read_uvarint(B, P)
    n_f3 -= 1
    f3: list[FetchSnapshotRequest.TopicSnapshot]
    if n_f3 < 0:
        raise DecodeError(f'non-nullable array Topics has length {n_f3}')
    else:
        if n_f3 > len(B) - P:
            raise DecodeError(f'array length {n_f3} exceeds the buffer')
        f3 = []
        for _ in range(n_f3):
            e_f3, P = _d_FetchSnapshotRequest_TopicSnapshot_v1(B, P)
            f3.append(e_f3)
    tf: list[tuple[int, bytes]] | None = None
    f0: str | None = None
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
                f0, p2 = read_compact_nullable_string(sb, p2)
                if p2 != end:
                    raise DecodeError('tagged field ClusterId has the wrong size')
            else:
                if tf is None:
                    tf = []
                tf.append((tag, bytes(B[P:end])))
            P = end
    return _C_FetchSnapshotRequest(f0, f1, f2, f3, tf), P


def _e_FetchSnapshotRequest_TopicSnapshot_PartitionSnapshot_SnapshotId_v0(o: FetchSnapshotRequest.TopicSnapshot.PartitionSnapshot.SnapshotId, O: bytearray) -> None:
    O += _S_qi.pack(o.end_offset, o.epoch)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_FetchSnapshotRequest_TopicSnapshot_PartitionSnapshot_v0(o: FetchSnapshotRequest.TopicSnapshot.PartitionSnapshot, O: bytearray) -> None:
    O += _S_ii.pack(o.partition, o.current_leader_epoch)
    a2 = o.snapshot_id
    if a2 is None:
        raise EncodeError('non-nullable struct SnapshotId is None')
    _e_FetchSnapshotRequest_TopicSnapshot_PartitionSnapshot_SnapshotId_v0(a2, O)
    O += _S_q.pack(o.position)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_FetchSnapshotRequest_TopicSnapshot_v0(o: FetchSnapshotRequest.TopicSnapshot, O: bytearray) -> None:
    write_compact_string(O, o.name)
    a1 = o.partitions
    if a1 is None:
        raise EncodeError('non-nullable array Partitions is None')
    write_uvarint(O, len(a1) + 1)
    for e_a1 in a1:
        _e_FetchSnapshotRequest_TopicSnapshot_PartitionSnapshot_v0(e_a1, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_FetchSnapshotRequest_v0(o: FetchSnapshotRequest, O: bytearray) -> None:
    O += _S_ii.pack(o.replica_id, o.max_bytes)
    a2 = o.topics
    if a2 is None:
        raise EncodeError('non-nullable array Topics is None')
    write_uvarint(O, len(a2) + 1)
    for e_a2 in a2:
        _e_FetchSnapshotRequest_TopicSnapshot_v0(e_a2, O)
    tg: list[tuple[int, bytes | bytearray | memoryview]] | None = None
    t0 = o.cluster_id
    if t0 is not None:
        tb = bytearray()
        write_compact_nullable_string(tb, t0)
        if tg is None:
            tg = []
        tg.append((0, tb))
    if tg is not None or o.unknown_tagged_fields:
        write_tagged_fields(O, tg, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_FetchSnapshotRequest_TopicSnapshot_PartitionSnapshot_v1(o: FetchSnapshotRequest.TopicSnapshot.PartitionSnapshot, O: bytearray) -> None:
    O += _S_ii.pack(o.partition, o.current_leader_epoch)
    a2 = o.snapshot_id
    if a2 is None:
        raise EncodeError('non-nullable struct SnapshotId is None')
    _e_FetchSnapshotRequest_TopicSnapshot_PartitionSnapshot_SnapshotId_v0(a2, O)
    O += _S_q.pack(o.position)
    tg: list[tuple[int, bytes | bytearray | memoryview]] | None = None
    t0 = o.replica_directory_id
    if t0 != ZERO_UUID:
        tb = bytearray()
        write_uuid(tb, t0)
        if tg is None:
            tg = []
        tg.append((0, tb))
    if tg is not None or o.unknown_tagged_fields:
        write_tagged_fields(O, tg, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_FetchSnapshotRequest_TopicSnapshot_v1(o: FetchSnapshotRequest.TopicSnapshot, O: bytearray) -> None:
    write_compact_string(O, o.name)
    a1 = o.partitions
    if a1 is None:
        raise EncodeError('non-nullable array Partitions is None')
    write_uvarint(O, len(a1) + 1)
    for e_a1 in a1:
        _e_FetchSnapshotRequest_TopicSnapshot_PartitionSnapshot_v1(e_a1, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_FetchSnapshotRequest_v1(o: FetchSnapshotRequest, O: bytearray) -> None:
    O += _S_ii.pack(o.replica_id, o.max_bytes)
    a2 = o.topics
    if a2 is None:
        raise EncodeError('non-nullable array Topics is None')
    write_uvarint(O, len(a2) + 1)
    for e_a2 in a2:
        _e_FetchSnapshotRequest_TopicSnapshot_v1(e_a2, O)
    tg: list[tuple[int, bytes | bytearray | memoryview]] | None = None
    t0 = o.cluster_id
    if t0 is not None:
        tb = bytearray()
        write_compact_nullable_string(tb, t0)
        if tg is None:
            tg = []
        tg.append((0, tb))
    if tg is not None or o.unknown_tagged_fields:
        write_tagged_fields(O, tg, o.unknown_tagged_fields)
    else:
        O.append(0)


def _d_FetchSnapshotResponse_TopicSnapshot_PartitionSnapshot_SnapshotId_v0(B: memoryview, P: int) -> tuple[FetchSnapshotResponse.TopicSnapshot.PartitionSnapshot.SnapshotId, int]:
    (f0, f1,) = _S_qi.unpack_from(B, P)
    P += 12
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_FetchSnapshotResponse_TopicSnapshot_PartitionSnapshot_SnapshotId(f0, f1, tf), P


def _d_FetchSnapshotResponse_TopicSnapshot_PartitionSnapshot_LeaderIdAndEpoch_v0(B: memoryview, P: int) -> tuple[FetchSnapshotResponse.TopicSnapshot.PartitionSnapshot.LeaderIdAndEpoch, int]:
    (f0, f1,) = _S_ii.unpack_from(B, P)
    P += 8
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_FetchSnapshotResponse_TopicSnapshot_PartitionSnapshot_LeaderIdAndEpoch(f0, f1, tf), P


def _d_FetchSnapshotResponse_TopicSnapshot_PartitionSnapshot_v0(B: memoryview, P: int) -> tuple[FetchSnapshotResponse.TopicSnapshot.PartitionSnapshot, int]:
    (f0, f1,) = _S_ih.unpack_from(B, P)
    P += 6
    f2, P = _d_FetchSnapshotResponse_TopicSnapshot_PartitionSnapshot_SnapshotId_v0(B, P)
    (f4, f5,) = _S_qq.unpack_from(B, P)
    P += 16
    n_f6 = B[P]
    if n_f6 < 0x80:
        P += 1
    else:
        n_f6, P = read_uvarint(B, P)
    f6: bytes | memoryview | FileRegion | None
    if n_f6 == 0:
        raise DecodeError('non-nullable records field UnalignedRecords is null')
    else:
        end = P + n_f6 - 1
        if end > len(B):
            raise DecodeError(f'records of {n_f6 - 1} bytes exceed the buffer')
        f6 = B[P:end]
        P = end
    tf: list[tuple[int, bytes]] | None = None
    f3: FetchSnapshotResponse.TopicSnapshot.PartitionSnapshot.LeaderIdAndEpoch = _C_FetchSnapshotResponse_TopicSnapshot_PartitionSnapshot_LeaderIdAndEpoch()
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
                f3, p2 = _d_FetchSnapshotResponse_TopicSnapshot_PartitionSnapshot_LeaderIdAndEpoch_v0(sb, p2)
                if p2 != end:
                    raise DecodeError('tagged field CurrentLeader has the wrong size')
            else:
                if tf is None:
                    tf = []
                tf.append((tag, bytes(B[P:end])))
            P = end
    return _C_FetchSnapshotResponse_TopicSnapshot_PartitionSnapshot(f0, f1, f2, f3, f4, f5, f6, tf), P


def _d_FetchSnapshotResponse_TopicSnapshot_v0(B: memoryview, P: int) -> tuple[FetchSnapshotResponse.TopicSnapshot, int]:
    f0, P = read_compact_string(B, P)
    n_f1 = B[P]
    if n_f1 < 0x80:
        P += 1
    else:
        n_f1, P = read_uvarint(B, P)
    n_f1 -= 1
    f1: list[FetchSnapshotResponse.TopicSnapshot.PartitionSnapshot]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Partitions has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_FetchSnapshotResponse_TopicSnapshot_PartitionSnapshot_v0(B, P)
            f1.append(e_f1)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_FetchSnapshotResponse_TopicSnapshot(f0, f1, tf), P


def _d_FetchSnapshotResponse_v0(B: memoryview, P: int) -> tuple[FetchSnapshotResponse, int]:
    (f0, f1,) = _S_ih.unpack_from(B, P)
    P += 6
    n_f2 = B[P]
    if n_f2 < 0x80:
        P += 1
    else:
        n_f2, P = read_uvarint(B, P)
    n_f2 -= 1
    f2: list[FetchSnapshotResponse.TopicSnapshot]
    if n_f2 < 0:
        raise DecodeError(f'non-nullable array Topics has length {n_f2}')
    else:
        if n_f2 > len(B) - P:
            raise DecodeError(f'array length {n_f2} exceeds the buffer')
        f2 = []
        for _ in range(n_f2):
            e_f2, P = _d_FetchSnapshotResponse_TopicSnapshot_v0(B, P)
            f2.append(e_f2)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_FetchSnapshotResponse(f0, f1, f2, [], tf), P


def _d_FetchSnapshotResponse_NodeEndpoint_v1(B: memoryview, P: int) -> tuple[FetchSnapshotResponse.NodeEndpoint, int]:
    (f0,) = _S_i.unpack_from(B, P)
    P += 4
    f1, P = read_compact_string(B, P)
    (f2,) = _S_H.unpack_from(B, P)
    P += 2
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_FetchSnapshotResponse_NodeEndpoint(f0, f1, f2, tf), P


def _d_FetchSnapshotResponse_v1(B: memoryview, P: int) -> tuple[FetchSnapshotResponse, int]:
    (f0, f1,) = _S_ih.unpack_from(B, P)
    P += 6
    n_f2 = B[P]
    if n_f2 < 0x80:
        P += 1
    else:
        n_f2, P = read_uvarint(B, P)
    n_f2 -= 1
    f2: list[FetchSnapshotResponse.TopicSnapshot]
    if n_f2 < 0:
        raise DecodeError(f'non-nullable array Topics has length {n_f2}')
    else:
        if n_f2 > len(B) - P:
            raise DecodeError(f'array length {n_f2} exceeds the buffer')
        f2 = []
        for _ in range(n_f2):
            e_f2, P = _d_FetchSnapshotResponse_TopicSnapshot_v0(B, P)
            f2.append(e_f2)
    tf: list[tuple[int, bytes]] | None = None
    f3: list[FetchSnapshotResponse.NodeEndpoint] = []
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
                    raise DecodeError(f'non-nullable array NodeEndpoints has length {n_f3}')
                else:
                    if n_f3 > len(sb) - p2:
                        raise DecodeError(f'array length {n_f3} exceeds the buffer')
                    f3 = []
                    for _ in range(n_f3):
                        e_f3, p2 = _d_FetchSnapshotResponse_NodeEndpoint_v1(sb, p2)
                        f3.append(e_f3)
                if p2 != end:
                    raise DecodeError('tagged field NodeEndpoints has the wrong size')
            else:
                if tf is None:
                    tf = []
                tf.append((tag, bytes(B[P:end])))
            P = end
    return _C_FetchSnapshotResponse(f0, f1, f2, f3, tf), P


def _e_FetchSnapshotResponse_TopicSnapshot_PartitionSnapshot_SnapshotId_v0(o: FetchSnapshotResponse.TopicSnapshot.PartitionSnapshot.SnapshotId, O: bytearray) -> None:
    O += _S_qi.pack(o.end_offset, o.epoch)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_FetchSnapshotResponse_TopicSnapshot_PartitionSnapshot_LeaderIdAndEpoch_v0(o: FetchSnapshotResponse.TopicSnapshot.PartitionSnapshot.LeaderIdAndEpoch, O: bytearray) -> None:
    O += _S_ii.pack(o.leader_id, o.leader_epoch)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_FetchSnapshotResponse_TopicSnapshot_PartitionSnapshot_v0(o: FetchSnapshotResponse.TopicSnapshot.PartitionSnapshot, O: bytearray, rg: Regions | None) -> None:
    O += _S_ih.pack(o.index, o.error_code)
    a2 = o.snapshot_id
    if a2 is None:
        raise EncodeError('non-nullable struct SnapshotId is None')
    _e_FetchSnapshotResponse_TopicSnapshot_PartitionSnapshot_SnapshotId_v0(a2, O)
    O += _S_qq.pack(o.size, o.position)
    write_compact_records(O, o.unaligned_records, rg, False)
    tg: list[tuple[int, bytes | bytearray | memoryview]] | None = None
    t0 = o.current_leader
    if t0 is not None and ((t0.leader_id != 0) or (t0.leader_epoch != 0) or (t0.unknown_tagged_fields)):
        tb = bytearray()
        t0v = t0
        if t0v is None:
            raise EncodeError('non-nullable struct CurrentLeader is None')
        _e_FetchSnapshotResponse_TopicSnapshot_PartitionSnapshot_LeaderIdAndEpoch_v0(t0v, tb)
        if tg is None:
            tg = []
        tg.append((0, tb))
    if tg is not None or o.unknown_tagged_fields:
        write_tagged_fields(O, tg, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_FetchSnapshotResponse_TopicSnapshot_v0(o: FetchSnapshotResponse.TopicSnapshot, O: bytearray, rg: Regions | None) -> None:
    write_compact_string(O, o.name)
    a1 = o.partitions
    if a1 is None:
        raise EncodeError('non-nullable array Partitions is None')
    write_uvarint(O, len(a1) + 1)
    for e_a1 in a1:
        _e_FetchSnapshotResponse_TopicSnapshot_PartitionSnapshot_v0(e_a1, O, rg)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_FetchSnapshotResponse_v0(o: FetchSnapshotResponse, O: bytearray, rg: Regions | None) -> None:
    if bool(o.node_endpoints):
        raise EncodeError('FetchSnapshotResponse.NodeEndpoints is not supported in version 0')
    O += _S_ih.pack(o.throttle_time_ms, o.error_code)
    a2 = o.topics
    if a2 is None:
        raise EncodeError('non-nullable array Topics is None')
    write_uvarint(O, len(a2) + 1)
    for e_a2 in a2:
        _e_FetchSnapshotResponse_TopicSnapshot_v0(e_a2, O, rg)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_FetchSnapshotResponse_NodeEndpoint_v1(o: FetchSnapshotResponse.NodeEndpoint, O: bytearray) -> None:
    O += _S_i.pack(o.node_id)
    write_compact_string(O, o.host)
    O += _S_H.pack(o.port)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_FetchSnapshotResponse_v1(o: FetchSnapshotResponse, O: bytearray, rg: Regions | None) -> None:
    O += _S_ih.pack(o.throttle_time_ms, o.error_code)
    a2 = o.topics
    if a2 is None:
        raise EncodeError('non-nullable array Topics is None')
    write_uvarint(O, len(a2) + 1)
    for e_a2 in a2:
        _e_FetchSnapshotResponse_TopicSnapshot_v0(e_a2, O, rg)
    tg: list[tuple[int, bytes | bytearray | memoryview]] | None = None
    t0 = o.node_endpoints
    if bool(t0):
        tb = bytearray()
        t0v = t0
        if t0v is None:
            raise EncodeError('non-nullable array NodeEndpoints is None')
        write_uvarint(tb, len(t0v) + 1)
        for e_t0v in t0v:
            _e_FetchSnapshotResponse_NodeEndpoint_v1(e_t0v, tb)
        if tg is None:
            tg = []
        tg.append((0, tb))
    if tg is not None or o.unknown_tagged_fields:
        write_tagged_fields(O, tg, o.unknown_tagged_fields)
    else:
        O.append(0)


_C_FetchSnapshotRequest = FetchSnapshotRequest
_C_FetchSnapshotRequest_TopicSnapshot = FetchSnapshotRequest.TopicSnapshot
_C_FetchSnapshotRequest_TopicSnapshot_PartitionSnapshot = FetchSnapshotRequest.TopicSnapshot.PartitionSnapshot
_C_FetchSnapshotRequest_TopicSnapshot_PartitionSnapshot_SnapshotId = FetchSnapshotRequest.TopicSnapshot.PartitionSnapshot.SnapshotId
_DEF_C_FetchSnapshotRequest_TopicSnapshot = _C_FetchSnapshotRequest_TopicSnapshot()
_DEF_C_FetchSnapshotRequest_TopicSnapshot_PartitionSnapshot = _C_FetchSnapshotRequest_TopicSnapshot_PartitionSnapshot()
_DEF_C_FetchSnapshotRequest_TopicSnapshot_PartitionSnapshot_SnapshotId = _C_FetchSnapshotRequest_TopicSnapshot_PartitionSnapshot_SnapshotId()
_DEC_FetchSnapshotRequest: dict[int, Decoder[FetchSnapshotRequest]] = {
    0: _d_FetchSnapshotRequest_v0,
    1: _d_FetchSnapshotRequest_v1,
}
_ENC_FetchSnapshotRequest: dict[int, Encoder[FetchSnapshotRequest]] = {
    0: _e_FetchSnapshotRequest_v0,
    1: _e_FetchSnapshotRequest_v1,
}
FetchSnapshotRequest.FIELDS = (
    FieldInfo('ClusterId', 'cluster_id', 'string', (0, OPEN), (0, OPEN), (0, OPEN), 0, False, None, None, None),
    FieldInfo('ReplicaId', 'replica_id', 'int32', (0, OPEN), None, None, None, False, 'brokerId', None, None),
    FieldInfo('MaxBytes', 'max_bytes', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Topics', 'topics', '[]TopicSnapshot', (0, OPEN), None, None, None, False, None, None, _C_FetchSnapshotRequest_TopicSnapshot),
)
FetchSnapshotRequest.TopicSnapshot.FIELDS = (
    FieldInfo('Name', 'name', 'string', (0, OPEN), None, None, None, False, 'topicName', None, None),
    FieldInfo('Partitions', 'partitions', '[]PartitionSnapshot', (0, OPEN), None, None, None, False, None, None, _C_FetchSnapshotRequest_TopicSnapshot_PartitionSnapshot),
)
FetchSnapshotRequest.TopicSnapshot.PartitionSnapshot.FIELDS = (
    FieldInfo('Partition', 'partition', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('CurrentLeaderEpoch', 'current_leader_epoch', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('SnapshotId', 'snapshot_id', 'SnapshotId', (0, OPEN), None, None, None, False, None, None, _C_FetchSnapshotRequest_TopicSnapshot_PartitionSnapshot_SnapshotId),
    FieldInfo('Position', 'position', 'int64', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('ReplicaDirectoryId', 'replica_directory_id', 'uuid', (1, OPEN), None, (1, OPEN), 0, True, None, None, None),
)
FetchSnapshotRequest.TopicSnapshot.PartitionSnapshot.SnapshotId.FIELDS = (
    FieldInfo('EndOffset', 'end_offset', 'int64', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Epoch', 'epoch', 'int32', (0, OPEN), None, None, None, False, None, None, None),
)

_C_FetchSnapshotResponse = FetchSnapshotResponse
_C_FetchSnapshotResponse_TopicSnapshot = FetchSnapshotResponse.TopicSnapshot
_C_FetchSnapshotResponse_TopicSnapshot_PartitionSnapshot = FetchSnapshotResponse.TopicSnapshot.PartitionSnapshot
_C_FetchSnapshotResponse_TopicSnapshot_PartitionSnapshot_SnapshotId = FetchSnapshotResponse.TopicSnapshot.PartitionSnapshot.SnapshotId
_C_FetchSnapshotResponse_TopicSnapshot_PartitionSnapshot_LeaderIdAndEpoch = FetchSnapshotResponse.TopicSnapshot.PartitionSnapshot.LeaderIdAndEpoch
_C_FetchSnapshotResponse_NodeEndpoint = FetchSnapshotResponse.NodeEndpoint
_DEF_C_FetchSnapshotResponse_TopicSnapshot = _C_FetchSnapshotResponse_TopicSnapshot()
_DEF_C_FetchSnapshotResponse_TopicSnapshot_PartitionSnapshot = _C_FetchSnapshotResponse_TopicSnapshot_PartitionSnapshot()
_DEF_C_FetchSnapshotResponse_TopicSnapshot_PartitionSnapshot_SnapshotId = _C_FetchSnapshotResponse_TopicSnapshot_PartitionSnapshot_SnapshotId()
_DEF_C_FetchSnapshotResponse_TopicSnapshot_PartitionSnapshot_LeaderIdAndEpoch = _C_FetchSnapshotResponse_TopicSnapshot_PartitionSnapshot_LeaderIdAndEpoch()
_DEF_C_FetchSnapshotResponse_NodeEndpoint = _C_FetchSnapshotResponse_NodeEndpoint()
_DEC_FetchSnapshotResponse: dict[int, Decoder[FetchSnapshotResponse]] = {
    0: _d_FetchSnapshotResponse_v0,
    1: _d_FetchSnapshotResponse_v1,
}
_ENC_FetchSnapshotResponse: dict[int, RegionEncoder[FetchSnapshotResponse]] = {
    0: _e_FetchSnapshotResponse_v0,
    1: _e_FetchSnapshotResponse_v1,
}
FetchSnapshotResponse.FIELDS = (
    FieldInfo('ThrottleTimeMs', 'throttle_time_ms', 'int32', (0, OPEN), None, None, None, True, None, None, None),
    FieldInfo('ErrorCode', 'error_code', 'int16', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Topics', 'topics', '[]TopicSnapshot', (0, OPEN), None, None, None, False, None, None, _C_FetchSnapshotResponse_TopicSnapshot),
    FieldInfo('NodeEndpoints', 'node_endpoints', '[]NodeEndpoint', (1, OPEN), None, (1, OPEN), 0, False, None, None, _C_FetchSnapshotResponse_NodeEndpoint),
)
FetchSnapshotResponse.TopicSnapshot.FIELDS = (
    FieldInfo('Name', 'name', 'string', (0, OPEN), None, None, None, False, 'topicName', None, None),
    FieldInfo('Partitions', 'partitions', '[]PartitionSnapshot', (0, OPEN), None, None, None, False, None, None, _C_FetchSnapshotResponse_TopicSnapshot_PartitionSnapshot),
)
FetchSnapshotResponse.TopicSnapshot.PartitionSnapshot.FIELDS = (
    FieldInfo('Index', 'index', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('ErrorCode', 'error_code', 'int16', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('SnapshotId', 'snapshot_id', 'SnapshotId', (0, OPEN), None, None, None, False, None, None, _C_FetchSnapshotResponse_TopicSnapshot_PartitionSnapshot_SnapshotId),
    FieldInfo('CurrentLeader', 'current_leader', 'LeaderIdAndEpoch', (0, OPEN), None, (0, OPEN), 0, False, None, None, _C_FetchSnapshotResponse_TopicSnapshot_PartitionSnapshot_LeaderIdAndEpoch),
    FieldInfo('Size', 'size', 'int64', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Position', 'position', 'int64', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('UnalignedRecords', 'unaligned_records', 'records', (0, OPEN), None, None, None, False, None, None, None),
)
FetchSnapshotResponse.TopicSnapshot.PartitionSnapshot.SnapshotId.FIELDS = (
    FieldInfo('EndOffset', 'end_offset', 'int64', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Epoch', 'epoch', 'int32', (0, OPEN), None, None, None, False, None, None, None),
)
FetchSnapshotResponse.TopicSnapshot.PartitionSnapshot.LeaderIdAndEpoch.FIELDS = (
    FieldInfo('LeaderId', 'leader_id', 'int32', (0, OPEN), None, None, None, False, 'brokerId', None, None),
    FieldInfo('LeaderEpoch', 'leader_epoch', 'int32', (0, OPEN), None, None, None, False, None, None, None),
)
FetchSnapshotResponse.NodeEndpoint.FIELDS = (
    FieldInfo('NodeId', 'node_id', 'int32', (1, OPEN), None, None, None, False, 'brokerId', None, None),
    FieldInfo('Host', 'host', 'string', (1, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Port', 'port', 'uint16', (1, OPEN), None, None, None, False, None, None, None),
)
