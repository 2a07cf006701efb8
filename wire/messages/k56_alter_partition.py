"""API key 56: AlterPartition.

GENERATED - DO NOT EDIT. Written by ``python -m wire.generator`` from Apache Kafka 4.1.1's
message definitions (AlterPartitionRequest.json, AlterPartitionResponse.json).
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


_S_bi = struct.Struct('>bi')
_S_ih = struct.Struct('>ih')
_S_ihii = struct.Struct('>ihii')
_S_ii = struct.Struct('>ii')
_S_iq = struct.Struct('>iq')


@dataclass(slots=True)
class AlterPartitionRequest:
    """AlterPartitionRequest (API key 56, versions 2-3).

    Generated from AlterPartitionRequest.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = 56
    MIN_VERSION: ClassVar[int] = 2
    MAX_VERSION: ClassVar[int] = 3
    LATEST_VERSION: ClassVar[int] = 3
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
    FLEXIBLE_MIN: ClassVar[int | None] = 2
    #: Who serves this request in Kafka (empty for responses).
    LISTENERS: ClassVar[tuple[str, ...]] = ('controller',)
    FIELDS: ClassVar[tuple[FieldInfo, ...]]

    @dataclass(slots=True)
    class TopicData:
        FIELDS: ClassVar[tuple[FieldInfo, ...]]

        @dataclass(slots=True)
        class PartitionData:
            FIELDS: ClassVar[tuple[FieldInfo, ...]]

            @dataclass(slots=True)
            class BrokerState:
                FIELDS: ClassVar[tuple[FieldInfo, ...]]

                #: The ID of the broker.
                broker_id: int = 0
                #: The epoch of the broker. It will be -1 if the epoch check is not supported.
                broker_epoch: int = -1
                #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
                unknown_tagged_fields: list[tuple[int, bytes]] | None = None

            #: The partition index.
            partition_index: int = 0
            #: The leader epoch of this partition.
            leader_epoch: int = 0
            #: The ISR for this partition. Deprecated since version 3.
            new_isr: list[int] = field(default_factory=list)
            #: The ISR for this partition.
            new_isr_with_epochs: list[AlterPartitionRequest.TopicData.PartitionData.BrokerState] = field(default_factory=list)
            #: 1 if the partition is recovering from an unclean leader election; 0 otherwise.
            leader_recovery_state: int = 0
            #: The expected epoch of the partition which is being updated.
            partition_epoch: int = 0
            #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
            unknown_tagged_fields: list[tuple[int, bytes]] | None = None

        #: The ID of the topic to alter ISRs for.
        topic_id: UUID = ZERO_UUID
        #: The partitions to alter ISRs for.
        partitions: list[AlterPartitionRequest.TopicData.PartitionData] = field(default_factory=list)
        #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
        unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    BrokerState = TopicData.PartitionData.BrokerState
    PartitionData = TopicData.PartitionData
    #: The ID of the requesting broker.
    broker_id: int = 0
    #: The epoch of the requesting broker.
    broker_epoch: int = -1
    #: The topics to alter ISRs for.
    topics: list[AlterPartitionRequest.TopicData] = field(default_factory=list)
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> AlterPartitionRequest:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_AlterPartitionRequest, data, version, 'AlterPartitionRequest', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_AlterPartitionRequest, self, version, 'AlterPartitionRequest')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_AlterPartitionRequest, self, version, 'AlterPartitionRequest')


@dataclass(slots=True)
class AlterPartitionResponse:
    """AlterPartitionResponse (API key 56, versions 2-3).

    Generated from AlterPartitionResponse.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = 56
    MIN_VERSION: ClassVar[int] = 2
    MAX_VERSION: ClassVar[int] = 3
    LATEST_VERSION: ClassVar[int] = 3
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
    FLEXIBLE_MIN: ClassVar[int | None] = 2
    #: Who serves this request in Kafka (empty for responses).
    LISTENERS: ClassVar[tuple[str, ...]] = ()
    FIELDS: ClassVar[tuple[FieldInfo, ...]]

    @dataclass(slots=True)
    class TopicData:
        FIELDS: ClassVar[tuple[FieldInfo, ...]]

        @dataclass(slots=True)
        class PartitionData:
            FIELDS: ClassVar[tuple[FieldInfo, ...]]

            #: The partition index.
            partition_index: int = 0
            #: The partition level error code.
            error_code: int = 0
            #: The broker ID of the leader.
            leader_id: int = 0
            #: The leader epoch.
            leader_epoch: int = 0
            #: The in-sync replica IDs.
            isr: list[int] = field(default_factory=list)
            #: 1 if the partition is recovering from an unclean leader election; 0 otherwise.
            leader_recovery_state: int = 0
            #: The current epoch for the partition for KRaft controllers.
            partition_epoch: int = 0
            #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
            unknown_tagged_fields: list[tuple[int, bytes]] | None = None

        #: The ID of the topic.
        topic_id: UUID = ZERO_UUID
        #: The responses for each partition.
        partitions: list[AlterPartitionResponse.TopicData.PartitionData] = field(default_factory=list)
        #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
        unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    PartitionData = TopicData.PartitionData
    #: The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    throttle_time_ms: int = 0
    #: The top level response error code.
    error_code: int = 0
    #: The responses for each topic.
    topics: list[AlterPartitionResponse.TopicData] = field(default_factory=list)
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> AlterPartitionResponse:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_AlterPartitionResponse, data, version, 'AlterPartitionResponse', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_AlterPartitionResponse, self, version, 'AlterPartitionResponse')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_AlterPartitionResponse, self, version, 'AlterPartitionResponse')

def _d_AlterPartitionRequest_TopicData_PartitionData_v2(B: memoryview, P: int) -> tuple[AlterPartitionRequest.TopicData.PartitionData, int]:
    (f0, f1,) = _S_ii.unpack_from(B, P)
    P += 8
    n_f2 = B[P]
    if n_f2 < 0x80:
        P += 1
    else:
        n_f2, P = read_uvarint(B, P)
    n_f2 -= 1
    f2: list[int]
    if n_f2 < 0:
        raise DecodeError(f'non-nullable array NewIsr has length {n_f2}')
    else:
        check_count(n_f2, B, P)
        f2 = list(struct.unpack_from('>%di' % n_f2, B, P))
        P += n_f2 * 4
    (f4, f5,) = _S_bi.unpack_from(B, P)
    P += 5
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_AlterPartitionRequest_TopicData_PartitionData(f0, f1, f2, [], f4, f5, tf), P


def _d_AlterPartitionRequest_TopicData_v2(B: memoryview, P: int) -> tuple[AlterPartitionRequest.TopicData, int]:
    f0, P = read_uuid(B, P)
    n_f1 = B[P]
    if n_f1 < 0x80:
        P += 1
    else:
        n_f1, P = read_uvarint(B, P)
    n_f1 -= 1
    f1: list[AlterPartitionRequest.TopicData.PartitionData]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Partitions has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_AlterPartitionRequest_TopicData_PartitionData_v2(B, P)
            f1.append(e_f1)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_AlterPartitionRequest_TopicData(f0, f1, tf), P


def _d_AlterPartitionRequest_v2(B: memoryview, P: int) -> tuple[AlterPartitionRequest, int]:
    (f0, f1,) = _S_iq.unpack_from(B, P)
    P += 12
    n_f2 = B[P]
    if n_f2 < 0x80:
        P += 1
    else:
        n_f2, P = read_uvarint(B, P)
    n_f2 -= 1
    f2: list[AlterPartitionRequest.TopicData]
    if n_f2 < 0:
        raise DecodeError(f'non-nullable array Topics has length {n_f2}')
    else:
        if n_f2 > len(B) - P:
            raise DecodeError(f'array length {n_f2} exceeds the buffer')
        f2 = []
        for _ in range(n_f2):
            e_f2, P = _d_AlterPartitionRequest_TopicData_v2(B, P)
            f2.append(e_f2)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_AlterPartitionRequest(f0, f1, f2, tf), P


def _d_AlterPartitionRequest_TopicData_PartitionData_BrokerState_v3(B: memoryview, P: int) -> tuple[AlterPartitionRequest.TopicData.PartitionData.BrokerState, int]:
    (f0, f1,) = _S_iq.unpack_from(B, P)
    P += 12
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_AlterPartitionRequest_TopicData_PartitionData_BrokerState(f0, f1, tf), P


def _d_AlterPartitionRequest_TopicData_PartitionData_v3(B: memoryview, P: int) -> tuple[AlterPartitionRequest.TopicData.PartitionData, int]:
    (f0, f1,) = _S_ii.unpack_from(B, P)
    P += 8
    n_f3 = B[P]
    if n_f3 < 0x80:
        P += 1
    else:
        n_f3, P = read_uvarint(B, P)
    n_f3 -= 1
    f3: list[AlterPartitionRequest.TopicData.PartitionData.BrokerState]
    if n_f3 < 0:
        raise DecodeError(f'non-nullable array NewIsrWithEpochs has length {n_f3}')
    else:
        if n_f3 > len(B) - P:
            raise DecodeError(f'array length {n_f3} exceeds the buffer')
        f3 = []
        for _ in range(n_f3):
            e_f3, P = _d_AlterPartitionRequest_TopicData_PartitionData_BrokerState_v3(B, P)
            f3.append(e_f3)
    (f4, f5,) = _S_bi.unpack_from(B, P)
    P += 5
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_AlterPartitionRequest_TopicData_PartitionData(f0, f1, [], f3, f4, f5, tf), P


def _d_AlterPartitionRequest_TopicData_v3(B: memoryview, P: int) -> tuple[AlterPartitionRequest.TopicData, int]:
    f0, P = read_uuid(B, P)
    n_f1 = B[P]
    if n_f1 < 0x80:
        P += 1
    else:
        n_f1, P = read_uvarint(B, P)
    n_f1 -= 1
    f1: list[AlterPartitionRequest.TopicData.PartitionData]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Partitions has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_AlterPartitionRequest_TopicData_PartitionData_v3(B, P)
            f1.append(e_f1)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_AlterPartitionRequest_TopicData(f0, f1, tf), P


def _d_AlterPartitionRequest_v3(B: memoryview, P: int) -> tuple[AlterPartitionRequest, int]:
    (f0, f1,) = _S_iq.unpack_from(B, P)
    P += 12
    n_f2 = B[P]
    if n_f2 < 0x80:
        P += 1
    else:
        n_f2, P = read_uvarint(B, P)
    n_f2 -= 1
    f2: list[AlterPartitionRequest.TopicData]
    if n_f2 < 0:
        raise DecodeError(f'non-nullable array Topics has length {n_f2}')
    else:
        if n_f2 > len(B) - P:
            raise DecodeError(f'array length {n_f2} exceeds the buffer')
        f2 = []
        for _ in range(n_f2):
            e_f2, P = _d_AlterPartitionRequest_TopicData_v3(B, P)
            f2.append(e_f2)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_AlterPartitionRequest(f0, f1, f2, tf), P


def _e_AlterPartitionRequest_TopicData_PartitionData_v2(o: AlterPartitionRequest.TopicData.PartitionData, O: bytearray) -> None:
    if bool(o.new_isr_with_epochs):
        raise EncodeError('AlterPartitionRequest.NewIsrWithEpochs is not supported in version 2')
    O += _S_ii.pack(o.partition_index, o.leader_epoch)
    a2 = o.new_isr
    if a2 is None:
        raise EncodeError('non-nullable array NewIsr is None')
    write_uvarint(O, len(a2) + 1)
    O += struct.pack('>%di' % len(a2), *a2)
    O += _S_bi.pack(o.leader_recovery_state, o.partition_epoch)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_AlterPartitionRequest_TopicData_v2(o: AlterPartitionRequest.TopicData, O: bytearray) -> None:
    write_uuid(O, o.topic_id)
    a1 = o.partitions
    if a1 is None:
        raise EncodeError('non-nullable array Partitions is None')
    write_uvarint(O, len(a1) + 1)
    for e_a1 in a1:
        _e_AlterPartitionRequest_TopicData_PartitionData_v2(e_a1, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_AlterPartitionRequest_v2(o: AlterPartitionRequest, O: bytearray) -> None:
    O += _S_iq.pack(o.broker_id, o.broker_epoch)
    a2 = o.topics
    if a2 is None:
        raise EncodeError('non-nullable array Topics is None')
    write_uvarint(O, len(a2) + 1)
    for e_a2 in a2:
        _e_AlterPartitionRequest_TopicData_v2(e_a2, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_AlterPartitionRequest_TopicData_PartitionData_BrokerState_v3(o: AlterPartitionRequest.TopicData.PartitionData.BrokerState, O: bytearray) -> None:
    O += _S_iq.pack(o.broker_id, o.broker_epoch)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_AlterPartitionRequest_TopicData_PartitionData_v3(o: AlterPartitionRequest.TopicData.PartitionData, O: bytearray) -> None:
    if bool(o.new_isr):
        raise EncodeError('AlterPartitionRequest.NewIsr is not supported in version 3')
    O += _S_ii.pack(o.partition_index, o.leader_epoch)
    a2 = o.new_isr_with_epochs
    if a2 is None:
        raise EncodeError('non-nullable array NewIsrWithEpochs is None')
    write_uvarint(O, len(a2) + 1)
    for e_a2 in a2:
        _e_AlterPartitionRequest_TopicData_PartitionData_BrokerState_v3(e_a2, O)
    O += _S_bi.pack(o.leader_recovery_state, o.partition_epoch)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_AlterPartitionRequest_TopicData_v3(o: AlterPartitionRequest.TopicData, O: bytearray) -> None:
    write_uuid(O, o.topic_id)
    a1 = o.partitions
    if a1 is None:
        raise EncodeError('non-nullable array Partitions is None')
    write_uvarint(O, len(a1) + 1)
    for e_a1 in a1:
        _e_AlterPartitionRequest_TopicData_PartitionData_v3(e_a1, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_AlterPartitionRequest_v3(o: AlterPartitionRequest, O: bytearray) -> None:
    O += _S_iq.pack(o.broker_id, o.broker_epoch)
    a2 = o.topics
    if a2 is None:
        raise EncodeError('non-nullable array Topics is None')
    write_uvarint(O, len(a2) + 1)
    for e_a2 in a2:
        _e_AlterPartitionRequest_TopicData_v3(e_a2, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _d_AlterPartitionResponse_TopicData_PartitionData_v2(B: memoryview, P: int) -> tuple[AlterPartitionResponse.TopicData.PartitionData, int]:
    (f0, f1, f2, f3,) = _S_ihii.unpack_from(B, P)
    P += 14
    n_f4 = B[P]
    if n_f4 < 0x80:
        P += 1
    else:
        n_f4, P = read_uvarint(B, P)
    n_f4 -= 1
    f4: list[int]
    if n_f4 < 0:
        raise DecodeError(f'non-nullable array Isr has length {n_f4}')
    else:
        check_count(n_f4, B, P)
        f4 = list(struct.unpack_from('>%di' % n_f4, B, P))
        P += n_f4 * 4
    (f5, f6,) = _S_bi.unpack_from(B, P)
    P += 5
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_AlterPartitionResponse_TopicData_PartitionData(f0, f1, f2, f3, f4, f5, f6, tf), P


def _d_AlterPartitionResponse_TopicData_v2(B: memoryview, P: int) -> tuple[AlterPartitionResponse.TopicData, int]:
    f0, P = read_uuid(B, P)
    n_f1 = B[P]
    if n_f1 < 0x80:
        P += 1
    else:
        n_f1, P = read_uvarint(B, P)
    n_f1 -= 1
    f1: list[AlterPartitionResponse.TopicData.PartitionData]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Partitions has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_AlterPartitionResponse_TopicData_PartitionData_v2(B, P)
            f1.append(e_f1)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_AlterPartitionResponse_TopicData(f0, f1, tf), P


def _d_AlterPartitionResponse_v2(B: memoryview, P: int) -> tuple[AlterPartitionResponse, int]:
    (f0, f1,) = _S_ih.unpack_from(B, P)
    P += 6
    n_f2 = B[P]
    if n_f2 < 0x80:
        P += 1
    else:
        n_f2, P = read_uvarint(B, P)
    n_f2 -= 1
    f2: list[AlterPartitionResponse.TopicData]
    if n_f2 < 0:
        raise DecodeError(f'non-nullable array Topics has length {n_f2}')
    else:
        if n_f2 > len(B) - P:
            raise DecodeError(f'array length {n_f2} exceeds the buffer')
        f2 = []
        for _ in range(n_f2):
            e_f2, P = _d_AlterPartitionResponse_TopicData_v2(B, P)
            f2.append(e_f2)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_AlterPartitionResponse(f0, f1, f2, tf), P


def _e_AlterPartitionResponse_TopicData_PartitionData_v2(o: AlterPartitionResponse.TopicData.PartitionData, O: bytearray) -> None:
    O += _S_ihii.pack(o.partition_index, o.error_code, o.leader_id, o.leader_epoch)
    a4 = o.isr
    if a4 is None:
        raise EncodeError('non-nullable array Isr is None')
    write_uvarint(O, len(a4) + 1)
    O += struct.pack('>%di' % len(a4), *a4)
    O += _S_bi.pack(o.leader_recovery_state, o.partition_epoch)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_AlterPartitionResponse_TopicData_v2(o: AlterPartitionResponse.TopicData, O: bytearray) -> None:
    write_uuid(O, o.topic_id)
    a1 = o.partitions
    if a1 is None:
        raise EncodeError('non-nullable array Partitions is None')
    write_uvarint(O, len(a1) + 1)
    for e_a1 in a1:
        _e_AlterPartitionResponse_TopicData_PartitionData_v2(e_a1, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_AlterPartitionResponse_v2(o: AlterPartitionResponse, O: bytearray) -> None:
    O += _S_ih.pack(o.throttle_time_ms, o.error_code)
    a2 = o.topics
    if a2 is None:
        raise EncodeError('non-nullable array Topics is None')
    write_uvarint(O, len(a2) + 1)
    for e_a2 in a2:
        _e_AlterPartitionResponse_TopicData_v2(e_a2, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


_C_AlterPartitionRequest = AlterPartitionRequest
_C_AlterPartitionRequest_TopicData = AlterPartitionRequest.TopicData
_C_AlterPartitionRequest_TopicData_PartitionData = AlterPartitionRequest.TopicData.PartitionData
_C_AlterPartitionRequest_TopicData_PartitionData_BrokerState = AlterPartitionRequest.TopicData.PartitionData.BrokerState
_DEF_C_AlterPartitionRequest_TopicData = _C_AlterPartitionRequest_TopicData()
_DEF_C_AlterPartitionRequest_TopicData_PartitionData = _C_AlterPartitionRequest_TopicData_PartitionData()
_DEF_C_AlterPartitionRequest_TopicData_PartitionData_BrokerState = _C_AlterPartitionRequest_TopicData_PartitionData_BrokerState()
_DEC_AlterPartitionRequest: dict[int, Decoder[AlterPartitionRequest]] = {
    2: _d_AlterPartitionRequest_v2,
    3: _d_AlterPartitionRequest_v3,
}
_ENC_AlterPartitionRequest: dict[int, Encoder[AlterPartitionRequest]] = {
    2: _e_AlterPartitionRequest_v2,
    3: _e_AlterPartitionRequest_v3,
}
AlterPartitionRequest.FIELDS = (
    FieldInfo('BrokerId', 'broker_id', 'int32', (0, OPEN), None, None, None, False, 'brokerId', None, None),
    FieldInfo('BrokerEpoch', 'broker_epoch', 'int64', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Topics', 'topics', '[]TopicData', (0, OPEN), None, None, None, False, None, None, _C_AlterPartitionRequest_TopicData),
)
AlterPartitionRequest.TopicData.FIELDS = (
    FieldInfo('TopicId', 'topic_id', 'uuid', (2, OPEN), None, None, None, True, None, None, None),
    FieldInfo('Partitions', 'partitions', '[]PartitionData', (0, OPEN), None, None, None, False, None, None, _C_AlterPartitionRequest_TopicData_PartitionData),
)
AlterPartitionRequest.TopicData.PartitionData.FIELDS = (
    FieldInfo('PartitionIndex', 'partition_index', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('LeaderEpoch', 'leader_epoch', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('NewIsr', 'new_isr', '[]int32', (0, 2), None, None, None, False, 'brokerId', None, None),
    FieldInfo('NewIsrWithEpochs', 'new_isr_with_epochs', '[]BrokerState', (3, OPEN), None, None, None, False, None, None, _C_AlterPartitionRequest_TopicData_PartitionData_BrokerState),
    FieldInfo('LeaderRecoveryState', 'leader_recovery_state', 'int8', (1, OPEN), None, None, None, False, None, None, None),
    FieldInfo('PartitionEpoch', 'partition_epoch', 'int32', (0, OPEN), None, None, None, False, None, None, None),
)
AlterPartitionRequest.TopicData.PartitionData.BrokerState.FIELDS = (
    FieldInfo('BrokerId', 'broker_id', 'int32', (3, OPEN), None, None, None, False, 'brokerId', None, None),
    FieldInfo('BrokerEpoch', 'broker_epoch', 'int64', (3, OPEN), None, None, None, False, None, None, None),
)

_C_AlterPartitionResponse = AlterPartitionResponse
_C_AlterPartitionResponse_TopicData = AlterPartitionResponse.TopicData
_C_AlterPartitionResponse_TopicData_PartitionData = AlterPartitionResponse.TopicData.PartitionData
_DEF_C_AlterPartitionResponse_TopicData = _C_AlterPartitionResponse_TopicData()
_DEF_C_AlterPartitionResponse_TopicData_PartitionData = _C_AlterPartitionResponse_TopicData_PartitionData()
_DEC_AlterPartitionResponse: dict[int, Decoder[AlterPartitionResponse]] = {
    2: _d_AlterPartitionResponse_v2,
    3: _d_AlterPartitionResponse_v2,
}
_ENC_AlterPartitionResponse: dict[int, Encoder[AlterPartitionResponse]] = {
    2: _e_AlterPartitionResponse_v2,
    3: _e_AlterPartitionResponse_v2,
}
AlterPartitionResponse.FIELDS = (
    FieldInfo('ThrottleTimeMs', 'throttle_time_ms', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('ErrorCode', 'error_code', 'int16', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Topics', 'topics', '[]TopicData', (0, OPEN), None, None, None, False, None, None, _C_AlterPartitionResponse_TopicData),
)
AlterPartitionResponse.TopicData.FIELDS = (
    FieldInfo('TopicId', 'topic_id', 'uuid', (2, OPEN), None, None, None, True, None, None, None),
    FieldInfo('Partitions', 'partitions', '[]PartitionData', (0, OPEN), None, None, None, False, None, None, _C_AlterPartitionResponse_TopicData_PartitionData),
)
AlterPartitionResponse.TopicData.PartitionData.FIELDS = (
    FieldInfo('PartitionIndex', 'partition_index', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('ErrorCode', 'error_code', 'int16', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('LeaderId', 'leader_id', 'int32', (0, OPEN), None, None, None, False, 'brokerId', None, None),
    FieldInfo('LeaderEpoch', 'leader_epoch', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Isr', 'isr', '[]int32', (0, OPEN), None, None, None, False, 'brokerId', None, None),
    FieldInfo('LeaderRecoveryState', 'leader_recovery_state', 'int8', (1, OPEN), None, None, None, True, None, None, None),
    FieldInfo('PartitionEpoch', 'partition_epoch', 'int32', (0, OPEN), None, None, None, False, None, None, None),
)
