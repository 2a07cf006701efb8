"""Kafka's non-API data schemas (consumer protocol, markers).

GENERATED - DO NOT EDIT. Written by ``python -m wire.generator`` from Apache Kafka 4.1.1's
message definitions (ConsumerProtocolAssignment.json, ConsumerProtocolSubscription.json, DefaultPrincipalData.json, EndTxnMarker.json, KRaftVersionRecord.json, LeaderChangeMessage.json, SnapshotFooterRecord.json, SnapshotHeaderRecord.json, VotersRecord.json).
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
_S_H = struct.Struct('>H')
_S_h = struct.Struct('>h')
_S_hh = struct.Struct('>hh')
_S_hi = struct.Struct('>hi')
_S_hq = struct.Struct('>hq')
_S_i = struct.Struct('>i')


@dataclass(slots=True)
class ConsumerProtocolAssignment:
    """ConsumerProtocolAssignment (API key None, versions 0-3).

    Generated from ConsumerProtocolAssignment.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = -1
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 3
    LATEST_VERSION: ClassVar[int] = 3
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
    FLEXIBLE_MIN: ClassVar[int | None] = None
    #: Who serves this request in Kafka (empty for responses).
    LISTENERS: ClassVar[tuple[str, ...]] = ()
    FIELDS: ClassVar[tuple[FieldInfo, ...]]

    @dataclass(slots=True)
    class TopicPartition:
        FIELDS: ClassVar[tuple[FieldInfo, ...]]

        #: The topic name.
        topic: str = ''
        #: The list of partitions assigned to this consumer.
        partitions: list[int] = field(default_factory=list)

    #: The list of topics and partitions assigned to this consumer.
    assigned_partitions: list[ConsumerProtocolAssignment.TopicPartition] = field(default_factory=list)
    #: User data.
    user_data: bytes | memoryview | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> ConsumerProtocolAssignment:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_ConsumerProtocolAssignment, data, version, 'ConsumerProtocolAssignment', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_ConsumerProtocolAssignment, self, version, 'ConsumerProtocolAssignment')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_ConsumerProtocolAssignment, self, version, 'ConsumerProtocolAssignment')


@dataclass(slots=True)
class ConsumerProtocolSubscription:
    """ConsumerProtocolSubscription (API key None, versions 0-3).

    Generated from ConsumerProtocolSubscription.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = -1
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 3
    LATEST_VERSION: ClassVar[int] = 3
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
    FLEXIBLE_MIN: ClassVar[int | None] = None
    #: Who serves this request in Kafka (empty for responses).
    LISTENERS: ClassVar[tuple[str, ...]] = ()
    FIELDS: ClassVar[tuple[FieldInfo, ...]]

    @dataclass(slots=True)
    class TopicPartition:
        FIELDS: ClassVar[tuple[FieldInfo, ...]]

        #: The topic name.
        topic: str = ''
        #: The partition ids.
        partitions: list[int] = field(default_factory=list)

    #: The topics that the member wants to consume.
    topics: list[str] = field(default_factory=list)
    #: User data that will be passed back to the consumer.
    user_data: bytes | memoryview | None = None
    #: The partitions that the member owns.
    owned_partitions: list[ConsumerProtocolSubscription.TopicPartition] = field(default_factory=list)
    #: The generation id of the member.
    generation_id: int = -1
    #: The rack id of the member.
    rack_id: str | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> ConsumerProtocolSubscription:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_ConsumerProtocolSubscription, data, version, 'ConsumerProtocolSubscription', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_ConsumerProtocolSubscription, self, version, 'ConsumerProtocolSubscription')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_ConsumerProtocolSubscription, self, version, 'ConsumerProtocolSubscription')


@dataclass(slots=True)
class DefaultPrincipalData:
    """DefaultPrincipalData (API key None, versions 0-0).

    Generated from DefaultPrincipalData.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = -1
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    LATEST_VERSION: ClassVar[int] = 0
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
    FLEXIBLE_MIN: ClassVar[int | None] = 0
    #: Who serves this request in Kafka (empty for responses).
    LISTENERS: ClassVar[tuple[str, ...]] = ()
    FIELDS: ClassVar[tuple[FieldInfo, ...]]

    #: The principal type.
    type: str = ''
    #: The principal name.
    name: str = ''
    #: Whether the principal was authenticated by a delegation token on the forwarding broker.
    token_authenticated: bool = False
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> DefaultPrincipalData:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_DefaultPrincipalData, data, version, 'DefaultPrincipalData', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_DefaultPrincipalData, self, version, 'DefaultPrincipalData')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_DefaultPrincipalData, self, version, 'DefaultPrincipalData')


@dataclass(slots=True)
class EndTxnMarker:
    """EndTxnMarker (API key None, versions 0-0).

    Generated from EndTxnMarker.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = -1
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    LATEST_VERSION: ClassVar[int] = 0
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
    FLEXIBLE_MIN: ClassVar[int | None] = None
    #: Who serves this request in Kafka (empty for responses).
    LISTENERS: ClassVar[tuple[str, ...]] = ()
    FIELDS: ClassVar[tuple[FieldInfo, ...]]

    #: The coordinator epoch when appending the record
    coordinator_epoch: int = 0

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> EndTxnMarker:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_EndTxnMarker, data, version, 'EndTxnMarker', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_EndTxnMarker, self, version, 'EndTxnMarker')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_EndTxnMarker, self, version, 'EndTxnMarker')


@dataclass(slots=True)
class KRaftVersionRecord:
    """KRaftVersionRecord (API key None, versions 0-0).

    Generated from KRaftVersionRecord.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = -1
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    LATEST_VERSION: ClassVar[int] = 0
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
    FLEXIBLE_MIN: ClassVar[int | None] = 0
    #: Who serves this request in Kafka (empty for responses).
    LISTENERS: ClassVar[tuple[str, ...]] = ()
    FIELDS: ClassVar[tuple[FieldInfo, ...]]

    #: The version of the kraft version record.
    version: int = 0
    #: The kraft protocol version.
    k_raft_version: int = 0
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> KRaftVersionRecord:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_KRaftVersionRecord, data, version, 'KRaftVersionRecord', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_KRaftVersionRecord, self, version, 'KRaftVersionRecord')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_KRaftVersionRecord, self, version, 'KRaftVersionRecord')


@dataclass(slots=True)
class LeaderChangeMessage:
    """LeaderChangeMessage (API key None, versions 0-1).

    Generated from LeaderChangeMessage.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = -1
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 1
    LATEST_VERSION: ClassVar[int] = 1
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
    FLEXIBLE_MIN: ClassVar[int | None] = 0
    #: Who serves this request in Kafka (empty for responses).
    LISTENERS: ClassVar[tuple[str, ...]] = ()
    FIELDS: ClassVar[tuple[FieldInfo, ...]]

    @dataclass(slots=True)
    class Voter:
        FIELDS: ClassVar[tuple[FieldInfo, ...]]

        #: The ID of the voter.
        voter_id: int = 0
        #: The directory id of the voter.
        voter_directory_id: UUID = ZERO_UUID
        #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
        unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    #: The version of the leader change message.
    version: int = 0
    #: The ID of the newly elected leader.
    leader_id: int = 0
    #: The set of voters in the quorum for this epoch.
    voters: list[LeaderChangeMessage.Voter] = field(default_factory=list)
    #: The voters who voted for the leader at the time of election.
    granting_voters: list[LeaderChangeMessage.Voter] = field(default_factory=list)
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> LeaderChangeMessage:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_LeaderChangeMessage, data, version, 'LeaderChangeMessage', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_LeaderChangeMessage, self, version, 'LeaderChangeMessage')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_LeaderChangeMessage, self, version, 'LeaderChangeMessage')


@dataclass(slots=True)
class SnapshotFooterRecord:
    """SnapshotFooterRecord (API key None, versions 0-0).

    Generated from SnapshotFooterRecord.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = -1
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    LATEST_VERSION: ClassVar[int] = 0
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
    FLEXIBLE_MIN: ClassVar[int | None] = 0
    #: Who serves this request in Kafka (empty for responses).
    LISTENERS: ClassVar[tuple[str, ...]] = ()
    FIELDS: ClassVar[tuple[FieldInfo, ...]]

    #: The version of the snapshot footer record.
    version: int = 0
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> SnapshotFooterRecord:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_SnapshotFooterRecord, data, version, 'SnapshotFooterRecord', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_SnapshotFooterRecord, self, version, 'SnapshotFooterRecord')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_SnapshotFooterRecord, self, version, 'SnapshotFooterRecord')


@dataclass(slots=True)
class SnapshotHeaderRecord:
    """SnapshotHeaderRecord (API key None, versions 0-0).

    Generated from SnapshotHeaderRecord.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = -1
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    LATEST_VERSION: ClassVar[int] = 0
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
    FLEXIBLE_MIN: ClassVar[int | None] = 0
    #: Who serves this request in Kafka (empty for responses).
    LISTENERS: ClassVar[tuple[str, ...]] = ()
    FIELDS: ClassVar[tuple[FieldInfo, ...]]

    #: The version of the snapshot header record.
    version: int = 0
    #: The append time of the last record from the log contained in this snapshot.
    last_contained_log_timestamp: int = 0
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> SnapshotHeaderRecord:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_SnapshotHeaderRecord, data, version, 'SnapshotHeaderRecord', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_SnapshotHeaderRecord, self, version, 'SnapshotHeaderRecord')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_SnapshotHeaderRecord, self, version, 'SnapshotHeaderRecord')


@dataclass(slots=True)
class VotersRecord:
    """VotersRecord (API key None, versions 0-0).

    Generated from VotersRecord.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = -1
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    LATEST_VERSION: ClassVar[int] = 0
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
    FLEXIBLE_MIN: ClassVar[int | None] = 0
    #: Who serves this request in Kafka (empty for responses).
    LISTENERS: ClassVar[tuple[str, ...]] = ()
    FIELDS: ClassVar[tuple[FieldInfo, ...]]

    @dataclass(slots=True)
    class Voter:
        FIELDS: ClassVar[tuple[FieldInfo, ...]]

        @dataclass(slots=True)
        class Endpoint:
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

        #: The replica id of the voter in the topic partition.
        voter_id: int = 0
        #: The directory id of the voter in the topic partition.
        voter_directory_id: UUID = ZERO_UUID
        #: The endpoint that can be used to communicate with the voter.
        endpoints: list[VotersRecord.Voter.Endpoint] = field(default_factory=list)
        #: The range of versions of the protocol that the replica supports.
        k_raft_version_feature: VotersRecord.Voter.KRaftVersionFeature = field(default_factory=lambda: _C_VotersRecord_Voter_KRaftVersionFeature())
        #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
        unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    Endpoint = Voter.Endpoint
    KRaftVersionFeature = Voter.KRaftVersionFeature
    #: The version of the voters record.
    version: int = 0
    #: The set of voters in the quorum for this epoch.
    voters: list[VotersRecord.Voter] = field(default_factory=list)
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> VotersRecord:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_VotersRecord, data, version, 'VotersRecord', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_VotersRecord, self, version, 'VotersRecord')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_VotersRecord, self, version, 'VotersRecord')

def _d_ConsumerProtocolAssignment_TopicPartition_v0(B: memoryview, P: int) -> tuple[ConsumerProtocolAssignment.TopicPartition, int]:
    f0, P = read_string(B, P)
    (n_f1,) = _S_i.unpack_from(B, P)
    P += 4
    f1: list[int]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Partitions has length {n_f1}')
    else:
        check_count(n_f1, B, P)
        f1 = list(struct.unpack_from('>%di' % n_f1, B, P))
        P += n_f1 * 4
    return _C_ConsumerProtocolAssignment_TopicPartition(f0, f1), P


def _d_ConsumerProtocolAssignment_v0(B: memoryview, P: int) -> tuple[ConsumerProtocolAssignment, int]:
    (n_f0,) = _S_i.unpack_from(B, P)
    P += 4
    f0: list[ConsumerProtocolAssignment.TopicPartition]
    if n_f0 < 0:
        raise DecodeError(f'non-nullable array AssignedPartitions has length {n_f0}')
    else:
        if n_f0 > len(B) - P:
            raise DecodeError(f'array length {n_f0} exceeds the buffer')
        f0 = []
        for _ in range(n_f0):
            e_f0, P = _d_ConsumerProtocolAssignment_TopicPartition_v0(B, P)
            f0.append(e_f0)
    f1, P = read_nullable_bytes(B, P)
    return _C_ConsumerProtocolAssignment(f0, f1), P


def _e_ConsumerProtocolAssignment_TopicPartition_v0(o: ConsumerProtocolAssignment.TopicPartition, O: bytearray) -> None:
    write_string(O, o.topic)
    a1 = o.partitions
    if a1 is None:
        raise EncodeError('non-nullable array Partitions is None')
    O += _S_i.pack(len(a1))
    O += struct.pack('>%di' % len(a1), *a1)


def _e_ConsumerProtocolAssignment_v0(o: ConsumerProtocolAssignment, O: bytearray) -> None:
    a0 = o.assigned_partitions
    if a0 is None:
        raise EncodeError('non-nullable array AssignedPartitions is None')
    O += _S_i.pack(len(a0))
    for e_a0 in a0:
        _e_ConsumerProtocolAssignment_TopicPartition_v0(e_a0, O)
    write_nullable_bytes(O, o.user_data)


def _d_ConsumerProtocolSubscription_v0(B: memoryview, P: int) -> tuple[ConsumerProtocolSubscription, int]:
    (n_f0,) = _S_i.unpack_from(B, P)
    P += 4
    f0: list[str]
    if n_f0 < 0:
        raise DecodeError(f'non-nullable array Topics has length {n_f0}')
    else:
        if n_f0 > len(B) - P:
            raise DecodeError(f'array length {n_f0} exceeds the buffer')
        f0 = []
        for _ in range(n_f0):
            e_f0, P = read_string(B, P)
            f0.append(e_f0)
    f1, P = read_nullable_bytes(B, P)
    return _C_ConsumerProtocolSubscription(f0, f1, [], -1, None), P


def _d_ConsumerProtocolSubscription_TopicPartition_v1(B: memoryview, P: int) -> tuple[ConsumerProtocolSubscription.TopicPartition, int]:
    f0, P = read_string(B, P)
    (n_f1,) = _S_i.unpack_from(B, P)
    P += 4
    f1: list[int]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Partitions has length {n_f1}')
    else:
        check_count(n_f1, B, P)
        f1 = list(struct.unpack_from('>%di' % n_f1, B, P))
        P += n_f1 * 4
    return _C_ConsumerProtocolSubscription_TopicPartition(f0, f1), P


def _d_ConsumerProtocolSubscription_v1(B: memoryview, P: int) -> tuple[ConsumerProtocolSubscription, int]:
    (n_f0,) = _S_i.unpack_from(B, P)
    P += 4
    f0: list[str]
    if n_f0 < 0:
        raise DecodeError(f'non-nullable array Topics has length {n_f0}')
    else:
        if n_f0 > len(B) - P:
            raise DecodeError(f'array length {n_f0} exceeds the buffer')
        f0 = []
        for _ in range(n_f0):
            e_f0, P = read_string(B, P)
            f0.append(e_f0)
    f1, P = read_nullable_bytes(B, P)
    (n_f2,) = _S_i.unpack_from(B, P)
    P += 4
    f2: list[ConsumerProtocolSubscription.TopicPartition]
    if n_f2 < 0:
        raise DecodeError(f'non-nullable array OwnedPartitions has length {n_f2}')
    else:
        if n_f2 > len(B) - P:
            raise DecodeError(f'array length {n_f2} exceeds the buffer')
        f2 = []
        for _ in range(n_f2):
            e_f2, P = _d_ConsumerProtocolSubscription_TopicPartition_v1(B, P)
            f2.append(e_f2)
    return _C_ConsumerProtocolSubscription(f0, f1, f2, -1, None), P


def _d_ConsumerProtocolSubscription_v2(B: memoryview, P: int) -> tuple[ConsumerProtocolSubscription, int]:
    (n_f0,) = _S_i.unpack_from(B, P)
    P += 4
    f0: list[str]
    if n_f0 < 0:
        raise DecodeError(f'non-nullable array Topics has length {n_f0}')
    else:
        if n_f0 > len(B) - P:
            raise DecodeError(f'array length {n_f0} exceeds the buffer')
        f0 = []
        for _ in range(n_f0):
            e_f0, P = read_string(B, P)
            f0.append(e_f0)
    f1, P = read_nullable_bytes(B, P)
    (n_f2,) = _S_i.unpack_from(B, P)
    P += 4
    f2: list[ConsumerProtocolSubscription.TopicPartition]
    if n_f2 < 0:
        raise DecodeError(f'non-nullable array OwnedPartitions has length {n_f2}')
    else:
        if n_f2 > len(B) - P:
            raise DecodeError(f'array length {n_f2} exceeds the buffer')
        f2 = []
        for _ in range(n_f2):
            e_f2, P = _d_ConsumerProtocolSubscription_TopicPartition_v1(B, P)
            f2.append(e_f2)
    (f3,) = _S_i.unpack_from(B, P)
    P += 4
    return _C_ConsumerProtocolSubscription(f0, f1, f2, f3, None), P


def _d_ConsumerProtocolSubscription_v3(B: memoryview, P: int) -> tuple[ConsumerProtocolSubscription, int]:
    (n_f0,) = _S_i.unpack_from(B, P)
    P += 4
    f0: list[str]
    if n_f0 < 0:
        raise DecodeError(f'non-nullable array Topics has length {n_f0}')
    else:
        if n_f0 > len(B) - P:
            raise DecodeError(f'array length {n_f0} exceeds the buffer')
        f0 = []
        for _ in range(n_f0):
            e_f0, P = read_string(B, P)
            f0.append(e_f0)
    f1, P = read_nullable_bytes(B, P)
    (n_f2,) = _S_i.unpack_from(B, P)
    P += 4
    f2: list[ConsumerProtocolSubscription.TopicPartition]
    if n_f2 < 0:
        raise DecodeError(f'non-nullable array OwnedPartitions has length {n_f2}')
    else:
        if n_f2 > len(B) - P:
            raise DecodeError(f'array length {n_f2} exceeds the buffer')
        f2 = []
        for _ in range(n_f2):
            e_f2, P = _d_ConsumerProtocolSubscription_TopicPartition_v1(B, P)
            f2.append(e_f2)
    (f3,) = _S_i.unpack_from(B, P)
    P += 4
    f4, P = read_nullable_string(B, P)
    return _C_ConsumerProtocolSubscription(f0, f1, f2, f3, f4), P


def _e_ConsumerProtocolSubscription_v0(o: ConsumerProtocolSubscription, O: bytearray) -> None:
    a0 = o.topics
    if a0 is None:
        raise EncodeError('non-nullable array Topics is None')
    O += _S_i.pack(len(a0))
    for e_a0 in a0:
        write_string(O, e_a0)
    write_nullable_bytes(O, o.user_data)


def _e_ConsumerProtocolSubscription_TopicPartition_v1(o: ConsumerProtocolSubscription.TopicPartition, O: bytearray) -> None:
    write_string(O, o.topic)
    a1 = o.partitions
    if a1 is None:
        raise EncodeError('non-nullable array Partitions is None')
    O += _S_i.pack(len(a1))
    O += struct.pack('>%di' % len(a1), *a1)


def _e_ConsumerProtocolSubscription_v1(o: ConsumerProtocolSubscription, O: bytearray) -> None:
    a0 = o.topics
    if a0 is None:
        raise EncodeError('non-nullable array Topics is None')
    O += _S_i.pack(len(a0))
    for e_a0 in a0:
        write_string(O, e_a0)
    write_nullable_bytes(O, o.user_data)
    a2 = o.owned_partitions
    if a2 is None:
        raise EncodeError('non-nullable array OwnedPartitions is None')
    O += _S_i.pack(len(a2))
    for e_a2 in a2:
        _e_ConsumerProtocolSubscription_TopicPartition_v1(e_a2, O)


def _e_ConsumerProtocolSubscription_v2(o: ConsumerProtocolSubscription, O: bytearray) -> None:
    a0 = o.topics
    if a0 is None:
        raise EncodeError('non-nullable array Topics is None')
    O += _S_i.pack(len(a0))
    for e_a0 in a0:
        write_string(O, e_a0)
    write_nullable_bytes(O, o.user_data)
    a2 = o.owned_partitions
    if a2 is None:
        raise EncodeError('non-nullable array OwnedPartitions is None')
    O += _S_i.pack(len(a2))
    for e_a2 in a2:
        _e_ConsumerProtocolSubscription_TopicPartition_v1(e_a2, O)
    O += _S_i.pack(o.generation_id)


def _e_ConsumerProtocolSubscription_v3(o: ConsumerProtocolSubscription, O: bytearray) -> None:
    a0 = o.topics
    if a0 is None:
        raise EncodeError('non-nullable array Topics is None')
    O += _S_i.pack(len(a0))
    for e_a0 in a0:
        write_string(O, e_a0)
    write_nullable_bytes(O, o.user_data)
    a2 = o.owned_partitions
    if a2 is None:
        raise EncodeError('non-nullable array OwnedPartitions is None')
    O += _S_i.pack(len(a2))
    for e_a2 in a2:
        _e_ConsumerProtocolSubscription_TopicPartition_v1(e_a2, O)
    O += _S_i.pack(o.generation_id)
    write_nullable_string(O, o.rack_id)


def _d_DefaultPrincipalData_v0(B: memoryview, P: int) -> tuple[DefaultPrincipalData, int]:
    f0, P = read_compact_string(B, P)
    f1, P = read_compact_string(B, P)
    (f2,) = _S_o.unpack_from(B, P)
    P += 1
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_DefaultPrincipalData(f0, f1, f2, tf), P


def _e_DefaultPrincipalData_v0(o: DefaultPrincipalData, O: bytearray) -> None:
    write_compact_string(O, o.type)
    write_compact_string(O, o.name)
    O += _S_o.pack(o.token_authenticated)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _d_EndTxnMarker_v0(B: memoryview, P: int) -> tuple[EndTxnMarker, int]:
    (f0,) = _S_i.unpack_from(B, P)
    P += 4
    return _C_EndTxnMarker(f0), P


def _e_EndTxnMarker_v0(o: EndTxnMarker, O: bytearray) -> None:
    O += _S_i.pack(o.coordinator_epoch)


def _d_KRaftVersionRecord_v0(B: memoryview, P: int) -> tuple[KRaftVersionRecord, int]:
    (f0, f1,) = _S_hh.unpack_from(B, P)
    P += 4
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_KRaftVersionRecord(f0, f1, tf), P


def _e_KRaftVersionRecord_v0(o: KRaftVersionRecord, O: bytearray) -> None:
    O += _S_hh.pack(o.version, o.k_raft_version)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _d_LeaderChangeMessage_Voter_v0(B: memoryview, P: int) -> tuple[LeaderChangeMessage.Voter, int]:
    (f0,) = _S_i.unpack_from(B, P)
    P += 4
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_LeaderChangeMessage_Voter(f0, ZERO_UUID, tf), P


def _d_LeaderChangeMessage_v0(B: memoryview, P: int) -> tuple[LeaderChangeMessage, int]:
    (f0, f1,) = _S_hi.unpack_from(B, P)
    P += 6
    n_f2 = B[P]
    if n_f2 < 0x80:
        P += 1
    else:
        n_f2, P = read_uvarint(B, P)
    n_f2 -= 1
    f2: list[LeaderChangeMessage.Voter]
    if n_f2 < 0:
        raise DecodeError(f'non-nullable array Voters has length {n_f2}')
    else:
        if n_f2 > len(B) - P:
            raise DecodeError(f'array length {n_f2} exceeds the buffer')
        f2 = []
        for _ in range(n_f2):
            e_f2, P = _d_LeaderChangeMessage_Voter_v0(B, P)
            f2.append(e_f2)
    n_f3 = B[P]
    if n_f3 < 0x80:
        P += 1
    else:
        n_f3, P = read_uvarint(B, P)
    n_f3 -= 1
    f3: list[LeaderChangeMessage.Voter]
    if n_f3 < 0:
        raise DecodeError(f'non-nullable array GrantingVoters has length {n_f3}')
    else:
        if n_f3 > len(B) - P:
            raise DecodeError(f'array length {n_f3} exceeds the buffer')
        f3 = []
        for _ in range(n_f3):
            e_f3, P = _d_LeaderChangeMessage_Voter_v0(B, P)
            f3.append(e_f3)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_LeaderChangeMessage(f0, f1, f2, f3, tf), P


def _d_LeaderChangeMessage_Voter_v1(B: memoryview, P: int) -> tuple[LeaderChangeMessage.Voter, int]:
    (f0,) = _S_i.unpack_from(B, P)
    P += 4
    f1, P = read_uuid(B, P)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_LeaderChangeMessage_Voter(f0, f1, tf), P


def _d_LeaderChangeMessage_v1(B: memoryview, P: int) -> tuple[LeaderChangeMessage, int]:
    (f0, f1,) = _S_hi.unpack_from(B, P)
    P += 6
    n_f2 = B[P]
    if n_f2 < 0x80:
        P += 1
    else:
        n_f2, P = read_uvarint(B, P)
    n_f2 -= 1
    f2: list[LeaderChangeMessage.Voter]
    if n_f2 < 0:
        raise DecodeError(f'non-nullable array Voters has length {n_f2}')
    else:
        if n_f2 > len(B) - P:
            raise DecodeError(f'array length {n_f2} exceeds the buffer')
        f2 = []
        for _ in range(n_f2):
            e_f2, P = _d_LeaderChangeMessage_Voter_v1(B, P)
            f2.append(e_f2)
    n_f3 = B[P]
    if n_f3 < 0x80:
        P += 1
    else:
        n_f3, P = read_uvarint(B, P)
    n_f3 -= 1
    f3: list[LeaderChangeMessage.Voter]
    if n_f3 < 0:
        raise DecodeError(f'non-nullable array GrantingVoters has length {n_f3}')
    else:
        if n_f3 > len(B) - P:
            raise DecodeError(f'array length {n_f3} exceeds the buffer')
        f3 = []
        for _ in range(n_f3):
            e_f3, P = _d_LeaderChangeMessage_Voter_v1(B, P)
            f3.append(e_f3)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_LeaderChangeMessage(f0, f1, f2, f3, tf), P


def _e_LeaderChangeMessage_Voter_v0(o: LeaderChangeMessage.Voter, O: bytearray) -> None:
    if o.voter_directory_id != ZERO_UUID:
        raise EncodeError('LeaderChangeMessage.VoterDirectoryId is not supported in version 0')
    O += _S_i.pack(o.voter_id)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_LeaderChangeMessage_v0(o: LeaderChangeMessage, O: bytearray) -> None:
    O += _S_hi.pack(o.version, o.leader_id)
    a2 = o.voters
    if a2 is None:
        raise EncodeError('non-nullable array Voters is None')
    write_uvarint(O, len(a2) + 1)
    for e_a2 in a2:
        _e_LeaderChangeMessage_Voter_v0(e_a2, O)
    a3 = o.granting_voters
    if a3 is None:
        raise EncodeError('non-nullable array GrantingVoters is None')
    write_uvarint(O, len(a3) + 1)
    for e_a3 in a3:
        _e_LeaderChangeMessage_Voter_v0(e_a3, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_LeaderChangeMessage_Voter_v1(o: LeaderChangeMessage.Voter, O: bytearray) -> None:
    O += _S_i.pack(o.voter_id)
    write_uuid(O, o.voter_directory_id)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_LeaderChangeMessage_v1(o: LeaderChangeMessage, O: bytearray) -> None:
    O += _S_hi.pack(o.version, o.leader_id)
    a2 = o.voters
    if a2 is None:
        raise EncodeError('non-nullable array Voters is None')
    write_uvarint(O, len(a2) + 1)
    for e_a2 in a2:
        _e_LeaderChangeMessage_Voter_v1(e_a2, O)
    a3 = o.granting_voters
    if a3 is None:
        raise EncodeError('non-nullable array GrantingVoters is None')
    write_uvarint(O, len(a3) + 1)
    for e_a3 in a3:
        _e_LeaderChangeMessage_Voter_v1(e_a3, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _d_SnapshotFooterRecord_v0(B: memoryview, P: int) -> tuple[SnapshotFooterRecord, int]:
    (f0,) = _S_h.unpack_from(B, P)
    P += 2
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_SnapshotFooterRecord(f0, tf), P


def _e_SnapshotFooterRecord_v0(o: SnapshotFooterRecord, O: bytearray) -> None:
    O += _S_h.pack(o.version)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _d_SnapshotHeaderRecord_v0(B: memoryview, P: int) -> tuple[SnapshotHeaderRecord, int]:
    (f0, f1,) = _S_hq.unpack_from(B, P)
    P += 10
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_SnapshotHeaderRecord(f0, f1, tf), P


def _e_SnapshotHeaderRecord_v0(o: SnapshotHeaderRecord, O: bytearray) -> None:
    O += _S_hq.pack(o.version, o.last_contained_log_timestamp)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _d_VotersRecord_Voter_Endpoint_v0(B: memoryview, P: int) -> tuple[VotersRecord.Voter.Endpoint, int]:
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
    return _C_VotersRecord_Voter_Endpoint(f0, f1, f2, tf), P


def _d_VotersRecord_Voter_KRaftVersionFeature_v0(B: memoryview, P: int) -> tuple[VotersRecord.Voter.KRaftVersionFeature, int]:
    (f0, f1,) = _S_hh.unpack_from(B, P)
    P += 4
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_VotersRecord_Voter_KRaftVersionFeature(f0, f1, tf), P


def _d_VotersRecord_Voter_v0(B: memoryview, P: int) -> tuple[VotersRecord.Voter, int]:
    (f0,) = _S_i.unpack_from(B, P)
    P += 4
    f1, P = read_uuid(B, P)
    n_f2 = B[P]
    if n_f2 < 0x80:
        P += 1
    else:
        n_f2, P = read_uvarint(B, P)
    n_f2 -= 1
    f2: list[VotersRecord.Voter.Endpoint]
    if n_f2 < 0:
        raise DecodeError(f'non-nullable array Endpoints has length {n_f2}')
    else:
        if n_f2 > len(B) - P:
            raise DecodeError(f'array length {n_f2} exceeds the buffer')
        f2 = []
        for _ in range(n_f2):
            e_f2, P = _d_VotersRecord_Voter_Endpoint_v0(B, P)
            f2.append(e_f2)
    f3, P = _d_VotersRecord_Voter_KRaftVersionFeature_v0(B, P)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_VotersRecord_Voter(f0, f1, f2, f3, tf), P


def _d_VotersRecord_v0(B: memoryview, P: int) -> tuple[VotersRecord, int]:
    (f0,) = _S_h.unpack_from(B, P)
    P += 2
    n_f1 = B[P]
    if n_f1 < 0x80:
        P += 1
    else:
        n_f1, P = read_uvarint(B, P)
    n_f1 -= 1
    f1: list[VotersRecord.Voter]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Voters has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_VotersRecord_Voter_v0(B, P)
            f1.append(e_f1)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_VotersRecord(f0, f1, tf), P


def _e_VotersRecord_Voter_Endpoint_v0(o: VotersRecord.Voter.Endpoint, O: bytearray) -> None:
    write_compact_string(O, o.name)
    write_compact_string(O, o.host)
    O += _S_H.pack(o.port)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_VotersRecord_Voter_KRaftVersionFeature_v0(o: VotersRecord.Voter.KRaftVersionFeature, O: bytearray) -> None:
    O += _S_hh.pack(o.min_supported_version, o.max_supported_version)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_VotersRecord_Voter_v0(o: VotersRecord.Voter, O: bytearray) -> None:
    O += _S_i.pack(o.voter_id)
    write_uuid(O, o.voter_directory_id)
    a2 = o.endpoints
    if a2 is None:
        raise EncodeError('non-nullable array Endpoints is None')
    write_uvarint(O, len(a2) + 1)
    for e_a2 in a2:
        _e_VotersRecord_Voter_Endpoint_v0(e_a2, O)
    a3 = o.k_raft_version_feature
    if a3 is None:
        raise EncodeError('non-nullable struct KRaftVersionFeature is None')
    _e_VotersRecord_Voter_KRaftVersionFeature_v0(a3, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_VotersRecord_v0(o: VotersRecord, O: bytearray) -> None:
    O += _S_h.pack(o.version)
    a1 = o.voters
    if a1 is None:
        raise EncodeError('non-nullable array Voters is None')
    write_uvarint(O, len(a1) + 1)
    for e_a1 in a1:
        _e_VotersRecord_Voter_v0(e_a1, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


_C_ConsumerProtocolAssignment = ConsumerProtocolAssignment
_C_ConsumerProtocolAssignment_TopicPartition = ConsumerProtocolAssignment.TopicPartition
_DEF_C_ConsumerProtocolAssignment_TopicPartition = _C_ConsumerProtocolAssignment_TopicPartition()
_DEC_ConsumerProtocolAssignment: dict[int, Decoder[ConsumerProtocolAssignment]] = {
    0: _d_ConsumerProtocolAssignment_v0,
    1: _d_ConsumerProtocolAssignment_v0,
    2: _d_ConsumerProtocolAssignment_v0,
    3: _d_ConsumerProtocolAssignment_v0,
}
_ENC_ConsumerProtocolAssignment: dict[int, Encoder[ConsumerProtocolAssignment]] = {
    0: _e_ConsumerProtocolAssignment_v0,
    1: _e_ConsumerProtocolAssignment_v0,
    2: _e_ConsumerProtocolAssignment_v0,
    3: _e_ConsumerProtocolAssignment_v0,
}
ConsumerProtocolAssignment.FIELDS = (
    FieldInfo('AssignedPartitions', 'assigned_partitions', '[]TopicPartition', (0, OPEN), None, None, None, False, None, None, _C_ConsumerProtocolAssignment_TopicPartition),
    FieldInfo('UserData', 'user_data', 'bytes', (0, OPEN), (0, OPEN), None, None, False, None, None, None),
)
ConsumerProtocolAssignment.TopicPartition.FIELDS = (
    FieldInfo('Topic', 'topic', 'string', (0, OPEN), None, None, None, False, 'topicName', None, None),
    FieldInfo('Partitions', 'partitions', '[]int32', (0, OPEN), None, None, None, False, None, None, None),
)

_C_ConsumerProtocolSubscription = ConsumerProtocolSubscription
_C_ConsumerProtocolSubscription_TopicPartition = ConsumerProtocolSubscription.TopicPartition
_DEF_C_ConsumerProtocolSubscription_TopicPartition = _C_ConsumerProtocolSubscription_TopicPartition()
_DEC_ConsumerProtocolSubscription: dict[int, Decoder[ConsumerProtocolSubscription]] = {
    0: _d_ConsumerProtocolSubscription_v0,
    1: _d_ConsumerProtocolSubscription_v1,
    2: _d_ConsumerProtocolSubscription_v2,
    3: _d_ConsumerProtocolSubscription_v3,
}
_ENC_ConsumerProtocolSubscription: dict[int, Encoder[ConsumerProtocolSubscription]] = {
    0: _e_ConsumerProtocolSubscription_v0,
    1: _e_ConsumerProtocolSubscription_v1,
    2: _e_ConsumerProtocolSubscription_v2,
    3: _e_ConsumerProtocolSubscription_v3,
}
ConsumerProtocolSubscription.FIELDS = (
    FieldInfo('Topics', 'topics', '[]string', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('UserData', 'user_data', 'bytes', (0, OPEN), (0, OPEN), None, None, False, None, None, None),
    FieldInfo('OwnedPartitions', 'owned_partitions', '[]TopicPartition', (1, OPEN), None, None, None, True, None, None, _C_ConsumerProtocolSubscription_TopicPartition),
    FieldInfo('GenerationId', 'generation_id', 'int32', (2, OPEN), None, None, None, True, None, None, None),
    FieldInfo('RackId', 'rack_id', 'string', (3, OPEN), (3, OPEN), None, None, True, None, None, None),
)
ConsumerProtocolSubscription.TopicPartition.FIELDS = (
    FieldInfo('Topic', 'topic', 'string', (1, OPEN), None, None, None, False, 'topicName', None, None),
    FieldInfo('Partitions', 'partitions', '[]int32', (1, OPEN), None, None, None, False, None, None, None),
)

_C_DefaultPrincipalData = DefaultPrincipalData
_DEC_DefaultPrincipalData: dict[int, Decoder[DefaultPrincipalData]] = {
    0: _d_DefaultPrincipalData_v0,
}
_ENC_DefaultPrincipalData: dict[int, Encoder[DefaultPrincipalData]] = {
    0: _e_DefaultPrincipalData_v0,
}
DefaultPrincipalData.FIELDS = (
    FieldInfo('Type', 'type', 'string', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Name', 'name', 'string', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('TokenAuthenticated', 'token_authenticated', 'bool', (0, OPEN), None, None, None, False, None, None, None),
)

_C_EndTxnMarker = EndTxnMarker
_DEC_EndTxnMarker: dict[int, Decoder[EndTxnMarker]] = {
    0: _d_EndTxnMarker_v0,
}
_ENC_EndTxnMarker: dict[int, Encoder[EndTxnMarker]] = {
    0: _e_EndTxnMarker_v0,
}
EndTxnMarker.FIELDS = (
    FieldInfo('CoordinatorEpoch', 'coordinator_epoch', 'int32', (0, OPEN), None, None, None, False, None, None, None),
)

_C_KRaftVersionRecord = KRaftVersionRecord
_DEC_KRaftVersionRecord: dict[int, Decoder[KRaftVersionRecord]] = {
    0: _d_KRaftVersionRecord_v0,
}
_ENC_KRaftVersionRecord: dict[int, Encoder[KRaftVersionRecord]] = {
    0: _e_KRaftVersionRecord_v0,
}
KRaftVersionRecord.FIELDS = (
    FieldInfo('Version', 'version', 'int16', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('KRaftVersion', 'k_raft_version', 'int16', (0, OPEN), None, None, None, False, None, None, None),
)

_C_LeaderChangeMessage = LeaderChangeMessage
_C_LeaderChangeMessage_Voter = LeaderChangeMessage.Voter
_DEF_C_LeaderChangeMessage_Voter = _C_LeaderChangeMessage_Voter()
_DEC_LeaderChangeMessage: dict[int, Decoder[LeaderChangeMessage]] = {
    0: _d_LeaderChangeMessage_v0,
    1: _d_LeaderChangeMessage_v1,
}
_ENC_LeaderChangeMessage: dict[int, Encoder[LeaderChangeMessage]] = {
    0: _e_LeaderChangeMessage_v0,
    1: _e_LeaderChangeMessage_v1,
}
LeaderChangeMessage.FIELDS = (
    FieldInfo('Version', 'version', 'int16', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('LeaderId', 'leader_id', 'int32', (0, OPEN), None, None, None, False, 'brokerId', None, None),
    FieldInfo('Voters', 'voters', '[]Voter', (0, OPEN), None, None, None, False, None, None, _C_LeaderChangeMessage_Voter),
    FieldInfo('GrantingVoters', 'granting_voters', '[]Voter', (0, OPEN), None, None, None, False, None, None, _C_LeaderChangeMessage_Voter),
)
LeaderChangeMessage.Voter.FIELDS = (
    FieldInfo('VoterId', 'voter_id', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('VoterDirectoryId', 'voter_directory_id', 'uuid', (1, OPEN), None, None, None, False, None, None, None),
)

_C_SnapshotFooterRecord = SnapshotFooterRecord
_DEC_SnapshotFooterRecord: dict[int, Decoder[SnapshotFooterRecord]] = {
    0: _d_SnapshotFooterRecord_v0,
}
_ENC_SnapshotFooterRecord: dict[int, Encoder[SnapshotFooterRecord]] = {
    0: _e_SnapshotFooterRecord_v0,
}
SnapshotFooterRecord.FIELDS = (
    FieldInfo('Version', 'version', 'int16', (0, OPEN), None, None, None, False, None, None, None),
)

_C_SnapshotHeaderRecord = SnapshotHeaderRecord
_DEC_SnapshotHeaderRecord: dict[int, Decoder[SnapshotHeaderRecord]] = {
    0: _d_SnapshotHeaderRecord_v0,
}
_ENC_SnapshotHeaderRecord: dict[int, Encoder[SnapshotHeaderRecord]] = {
    0: _e_SnapshotHeaderRecord_v0,
}
SnapshotHeaderRecord.FIELDS = (
    FieldInfo('Version', 'version', 'int16', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('LastContainedLogTimestamp', 'last_contained_log_timestamp', 'int64', (0, OPEN), None, None, None, False, None, None, None),
)

_C_VotersRecord = VotersRecord
_C_VotersRecord_Voter = VotersRecord.Voter
_C_VotersRecord_Voter_Endpoint = VotersRecord.Voter.Endpoint
_C_VotersRecord_Voter_KRaftVersionFeature = VotersRecord.Voter.KRaftVersionFeature
_DEF_C_VotersRecord_Voter = _C_VotersRecord_Voter()
_DEF_C_VotersRecord_Voter_Endpoint = _C_VotersRecord_Voter_Endpoint()
_DEF_C_VotersRecord_Voter_KRaftVersionFeature = _C_VotersRecord_Voter_KRaftVersionFeature()
_DEC_VotersRecord: dict[int, Decoder[VotersRecord]] = {
    0: _d_VotersRecord_v0,
}
_ENC_VotersRecord: dict[int, Encoder[VotersRecord]] = {
    0: _e_VotersRecord_v0,
}
VotersRecord.FIELDS = (
    FieldInfo('Version', 'version', 'int16', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Voters', 'voters', '[]Voter', (0, OPEN), None, None, None, False, None, None, _C_VotersRecord_Voter),
)
VotersRecord.Voter.FIELDS = (
    FieldInfo('VoterId', 'voter_id', 'int32', (0, OPEN), None, None, None, False, 'brokerId', None, None),
    FieldInfo('VoterDirectoryId', 'voter_directory_id', 'uuid', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Endpoints', 'endpoints', '[]Endpoint', (0, OPEN), None, None, None, False, None, None, _C_VotersRecord_Voter_Endpoint),
    FieldInfo('KRaftVersionFeature', 'k_raft_version_feature', 'KRaftVersionFeature', (0, OPEN), None, None, None, False, None, None, _C_VotersRecord_Voter_KRaftVersionFeature),
)
VotersRecord.Voter.Endpoint.FIELDS = (
    FieldInfo('Name', 'name', 'string', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Host', 'host', 'string', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Port', 'port', 'uint16', (0, OPEN), None, None, None, False, None, None, None),
)
VotersRecord.Voter.KRaftVersionFeature.FIELDS = (
    FieldInfo('MinSupportedVersion', 'min_supported_version', 'int16', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('MaxSupportedVersion', 'max_supported_version', 'int16', (0, OPEN), None, None, None, False, None, None, None),
)
