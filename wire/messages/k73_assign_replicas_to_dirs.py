"""API key 73: AssignReplicasToDirs.

GENERATED - DO NOT EDIT. Written by ``python -m wire.generator`` from Apache Kafka 4.1.1's
message definitions (AssignReplicasToDirsRequest.json, AssignReplicasToDirsResponse.json).
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


_S_i = struct.Struct('>i')
_S_ih = struct.Struct('>ih')
_S_iq = struct.Struct('>iq')


@dataclass(slots=True)
class AssignReplicasToDirsRequest:
    """AssignReplicasToDirsRequest (API key 73, versions 0-0).

    Generated from AssignReplicasToDirsRequest.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = 73
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    LATEST_VERSION: ClassVar[int] = 0
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
    FLEXIBLE_MIN: ClassVar[int | None] = 0
    #: Who serves this request in Kafka (empty for responses).
    LISTENERS: ClassVar[tuple[str, ...]] = ('controller',)
    FIELDS: ClassVar[tuple[FieldInfo, ...]]

    @dataclass(slots=True)
    class DirectoryData:
        FIELDS: ClassVar[tuple[FieldInfo, ...]]

        @dataclass(slots=True)
        class TopicData:
            FIELDS: ClassVar[tuple[FieldInfo, ...]]

            @dataclass(slots=True)
            class PartitionData:
                FIELDS: ClassVar[tuple[FieldInfo, ...]]

                #: The partition index.
                partition_index: int = 0
                #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
                unknown_tagged_fields: list[tuple[int, bytes]] | None = None

            #: The ID of the assigned topic.
            topic_id: UUID = ZERO_UUID
            #: The partitions assigned to the directory.
            partitions: list[AssignReplicasToDirsRequest.DirectoryData.TopicData.PartitionData] = field(default_factory=list)
            #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
            unknown_tagged_fields: list[tuple[int, bytes]] | None = None

        #: The ID of the directory.
        id: UUID = ZERO_UUID
        #: The topics assigned to the directory.
        topics: list[AssignReplicasToDirsRequest.DirectoryData.TopicData] = field(default_factory=list)
        #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
        unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    PartitionData = DirectoryData.TopicData.PartitionData
    TopicData = DirectoryData.TopicData
    #: The ID of the requesting broker.
    broker_id: int = 0
    #: The epoch of the requesting broker.
    broker_epoch: int = -1
    #: The directories to which replicas should be assigned.
    directories: list[AssignReplicasToDirsRequest.DirectoryData] = field(default_factory=list)
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> AssignReplicasToDirsRequest:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_AssignReplicasToDirsRequest, data, version, 'AssignReplicasToDirsRequest', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_AssignReplicasToDirsRequest, self, version, 'AssignReplicasToDirsRequest')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_AssignReplicasToDirsRequest, self, version, 'AssignReplicasToDirsRequest')


@dataclass(slots=True)
class AssignReplicasToDirsResponse:
    """AssignReplicasToDirsResponse (API key 73, versions 0-0).

    Generated from AssignReplicasToDirsResponse.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = 73
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    LATEST_VERSION: ClassVar[int] = 0
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
    FLEXIBLE_MIN: ClassVar[int | None] = 0
    #: Who serves this request in Kafka (empty for responses).
    LISTENERS: ClassVar[tuple[str, ...]] = ()
    FIELDS: ClassVar[tuple[FieldInfo, ...]]

    @dataclass(slots=True)
    class DirectoryData:
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
                #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
                unknown_tagged_fields: list[tuple[int, bytes]] | None = None

            #: The ID of the assigned topic.
            topic_id: UUID = ZERO_UUID
            #: The list of assigned partitions.
            partitions: list[AssignReplicasToDirsResponse.DirectoryData.TopicData.PartitionData] = field(default_factory=list)
            #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
            unknown_tagged_fields: list[tuple[int, bytes]] | None = None

        #: The ID of the directory.
        id: UUID = ZERO_UUID
        #: The list of topics and their assigned partitions.
        topics: list[AssignReplicasToDirsResponse.DirectoryData.TopicData] = field(default_factory=list)
        #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
        unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    PartitionData = DirectoryData.TopicData.PartitionData
    TopicData = DirectoryData.TopicData
    #: The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    throttle_time_ms: int = 0
    #: The top level response error code.
    error_code: int = 0
    #: The list of directories and their assigned partitions.
    directories: list[AssignReplicasToDirsResponse.DirectoryData] = field(default_factory=list)
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> AssignReplicasToDirsResponse:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_AssignReplicasToDirsResponse, data, version, 'AssignReplicasToDirsResponse', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_AssignReplicasToDirsResponse, self, version, 'AssignReplicasToDirsResponse')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_AssignReplicasToDirsResponse, self, version, 'AssignReplicasToDirsResponse')

def _d_AssignReplicasToDirsRequest_DirectoryData_TopicData_PartitionData_v0(B: memoryview, P: int) -> tuple[AssignReplicasToDirsRequest.DirectoryData.TopicData.PartitionData, int]:
    (f0,) = _S_i.unpack_from(B, P)
    P += 4
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_AssignReplicasToDirsRequest_DirectoryData_TopicData_PartitionData(f0, tf), P


def _d_AssignReplicasToDirsRequest_DirectoryData_TopicData_v0(B: memoryview, P: int) -> tuple[AssignReplicasToDirsRequest.DirectoryData.TopicData, int]:
    f0, P = read_uuid(B, P)
    n_f1 = B[P]
    if n_f1 < 0x80:
        P += 1
    else:
        n_f1, P = read_uvarint(B, P)
    n_f1 -= 1
    f1: list[AssignReplicasToDirsRequest.DirectoryData.TopicData.PartitionData]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Partitions has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_AssignReplicasToDirsRequest_DirectoryData_TopicData_PartitionData_v0(B, P)
            f1.append(e_f1)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_AssignReplicasToDirsRequest_DirectoryData_TopicData(f0, f1, tf), P


def _d_AssignReplicasToDirsRequest_DirectoryData_v0(B: memoryview, P: int) -> tuple[AssignReplicasToDirsRequest.DirectoryData, int]:
    f0, P = read_uuid(B, P)
    n_f1 = B[P]
    if n_f1 < 0x80:
        P += 1
    else:
        n_f1, P = read_uvarint(B, P)
    n_f1 -= 1
    f1: list[AssignReplicasToDirsRequest.DirectoryData.TopicData]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Topics has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_AssignReplicasToDirsRequest_DirectoryData_TopicData_v0(B, P)
            f1.append(e_f1)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_AssignReplicasToDirsRequest_DirectoryData(f0, f1, tf), P


def _d_AssignReplicasToDirsRequest_v0(B: memoryview, P: int) -> tuple[AssignReplicasToDirsRequest, int]:
    (f0, f1,) = _S_iq.unpack_from(B, P)
    P += 12
    n_f2 = B[P]
    if n_f2 < 0x80:
        P += 1
    else:
        n_f2, P = read_uvarint(B, P)
    n_f2 -= 1
    f2: list[AssignReplicasToDirsRequest.DirectoryData]
    if n_f2 < 0:
        raise DecodeError(f'non-nullable array Directories has length {n_f2}')
    else:
        if n_f2 > len(B) - P:
            raise DecodeError(f'array length {n_f2} exceeds the buffer')
        f2 = []
        for _ in range(n_f2):
            e_f2, P = _d_AssignReplicasToDirsRequest_DirectoryData_v0(B, P)
            f2.append(e_f2)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_AssignReplicasToDirsRequest(f0, f1, f2, tf), P


def _e_AssignReplicasToDirsRequest_DirectoryData_TopicData_PartitionData_v0(o: AssignReplicasToDirsRequest.DirectoryData.TopicData.PartitionData, O: bytearray) -> None:
    O += _S_i.pack(o.partition_index)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_AssignReplicasToDirsRequest_DirectoryData_TopicData_v0(o: AssignReplicasToDirsRequest.DirectoryData.TopicData, O: bytearray) -> None:
    write_uuid(O, o.topic_id)
    a1 = o.partitions
    if a1 is None:
        raise EncodeError('non-nullable array Partitions is None')
    write_uvarint(O, len(a1) + 1)
    for e_a1 in a1:
        _e_AssignReplicasToDirsRequest_DirectoryData_TopicData_PartitionData_v0(e_a1, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_AssignReplicasToDirsRequest_DirectoryData_v0(o: AssignReplicasToDirsRequest.DirectoryData, O: bytearray) -> None:
    write_uuid(O, o.id)
    a1 = o.topics
    if a1 is None:
        raise EncodeError('non-nullable array Topics is None')
    write_uvarint(O, len(a1) + 1)
    for e_a1 in a1:
        _e_AssignReplicasToDirsRequest_DirectoryData_TopicData_v0(e_a1, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_AssignReplicasToDirsRequest_v0(o: AssignReplicasToDirsRequest, O: bytearray) -> None:
    O += _S_iq.pack(o.broker_id, o.broker_epoch)
    a2 = o.directories
    if a2 is None:
        raise EncodeError('non-nullable array Directories is None')
    write_uvarint(O, len(a2) + 1)
    for e_a2 in a2:
        _e_AssignReplicasToDirsRequest_DirectoryData_v0(e_a2, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _d_AssignReplicasToDirsResponse_DirectoryData_TopicData_PartitionData_v0(B: memoryview, P: int) -> tuple[AssignReplicasToDirsResponse.DirectoryData.TopicData.PartitionData, int]:
    (f0, f1,) = _S_ih.unpack_from(B, P)
    P += 6
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_AssignReplicasToDirsResponse_DirectoryData_TopicData_PartitionData(f0, f1, tf), P


def _d_AssignReplicasToDirsResponse_DirectoryData_TopicData_v0(B: memoryview, P: int) -> tuple[AssignReplicasToDirsResponse.DirectoryData.TopicData, int]:
    f0, P = read_uuid(B, P)
    n_f1 = B[P]
    if n_f1 < 0x80:
        P += 1
    else:
        n_f1, P = read_uvarint(B, P)
    n_f1 -= 1
    f1: list[AssignReplicasToDirsResponse.DirectoryData.TopicData.PartitionData]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Partitions has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_AssignReplicasToDirsResponse_DirectoryData_TopicData_PartitionData_v0(B, P)
            f1.append(e_f1)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_AssignReplicasToDirsResponse_DirectoryData_TopicData(f0, f1, tf), P


def _d_AssignReplicasToDirsResponse_DirectoryData_v0(B: memoryview, P: int) -> tuple[AssignReplicasToDirsResponse.DirectoryData, int]:
    f0, P = read_uuid(B, P)
    n_f1 = B[P]
    if n_f1 < 0x80:
        P += 1
    else:
        n_f1, P = read_uvarint(B, P)
    n_f1 -= 1
    f1: list[AssignReplicasToDirsResponse.DirectoryData.TopicData]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Topics has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_AssignReplicasToDirsResponse_DirectoryData_TopicData_v0(B, P)
            f1.append(e_f1)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_AssignReplicasToDirsResponse_DirectoryData(f0, f1, tf), P


def _d_AssignReplicasToDirsResponse_v0(B: memoryview, P: int) -> tuple[AssignReplicasToDirsResponse, int]:
    (f0, f1,) = _S_ih.unpack_from(B, P)
    P += 6
    n_f2 = B[P]
    if n_f2 < 0x80:
        P += 1
    else:
        n_f2, P = read_uvarint(B, P)
    n_f2 -= 1
    f2: list[AssignReplicasToDirsResponse.DirectoryData]
    if n_f2 < 0:
        raise DecodeError(f'non-nullable array Directories has length {n_f2}')
    else:
        if n_f2 > len(B) - P:
            raise DecodeError(f'array length {n_f2} exceeds the buffer')
        f2 = []
        for _ in range(n_f2):
            e_f2, P = _d_AssignReplicasToDirsResponse_DirectoryData_v0(B, P)
            f2.append(e_f2)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_AssignReplicasToDirsResponse(f0, f1, f2, tf), P


def _e_AssignReplicasToDirsResponse_DirectoryData_TopicData_PartitionData_v0(o: AssignReplicasToDirsResponse.DirectoryData.TopicData.PartitionData, O: bytearray) -> None:
    O += _S_ih.pack(o.partition_index, o.error_code)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_AssignReplicasToDirsResponse_DirectoryData_TopicData_v0(o: AssignReplicasToDirsResponse.DirectoryData.TopicData, O: bytearray) -> None:
    write_uuid(O, o.topic_id)
    a1 = o.partitions
    if a1 is None:
        raise EncodeError('non-nullable array Partitions is None')
    write_uvarint(O, len(a1) + 1)
    for e_a1 in a1:
        _e_AssignReplicasToDirsResponse_DirectoryData_TopicData_PartitionData_v0(e_a1, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_AssignReplicasToDirsResponse_DirectoryData_v0(o: AssignReplicasToDirsResponse.DirectoryData, O: bytearray) -> None:
    write_uuid(O, o.id)
    a1 = o.topics
    if a1 is None:
        raise EncodeError('non-nullable array Topics is None')
    write_uvarint(O, len(a1) + 1)
    for e_a1 in a1:
        _e_AssignReplicasToDirsResponse_DirectoryData_TopicData_v0(e_a1, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_AssignReplicasToDirsResponse_v0(o: AssignReplicasToDirsResponse, O: bytearray) -> None:
    O += _S_ih.pack(o.throttle_time_ms, o.error_code)
    a2 = o.directories
    if a2 is None:
        raise EncodeError('non-nullable array Directories is None')
    write_uvarint(O, len(a2) + 1)
    for e_a2 in a2:
        _e_AssignReplicasToDirsResponse_DirectoryData_v0(e_a2, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


_C_AssignReplicasToDirsRequest = AssignReplicasToDirsRequest
_C_AssignReplicasToDirsRequest_DirectoryData = AssignReplicasToDirsRequest.DirectoryData
_C_AssignReplicasToDirsRequest_DirectoryData_TopicData = AssignReplicasToDirsRequest.DirectoryData.TopicData
_C_AssignReplicasToDirsRequest_DirectoryData_TopicData_PartitionData = AssignReplicasToDirsRequest.DirectoryData.TopicData.PartitionData
_DEF_C_AssignReplicasToDirsRequest_DirectoryData = _C_AssignReplicasToDirsRequest_DirectoryData()
_DEF_C_AssignReplicasToDirsRequest_DirectoryData_TopicData = _C_AssignReplicasToDirsRequest_DirectoryData_TopicData()
_DEF_C_AssignReplicasToDirsRequest_DirectoryData_TopicData_PartitionData = _C_AssignReplicasToDirsRequest_DirectoryData_TopicData_PartitionData()
_DEC_AssignReplicasToDirsRequest: dict[int, Decoder[AssignReplicasToDirsRequest]] = {
    0: _d_AssignReplicasToDirsRequest_v0,
}
_ENC_AssignReplicasToDirsRequest: dict[int, Encoder[AssignReplicasToDirsRequest]] = {
    0: _e_AssignReplicasToDirsRequest_v0,
}
AssignReplicasToDirsRequest.FIELDS = (
    FieldInfo('BrokerId', 'broker_id', 'int32', (0, OPEN), None, None, None, False, 'brokerId', None, None),
    FieldInfo('BrokerEpoch', 'broker_epoch', 'int64', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Directories', 'directories', '[]DirectoryData', (0, OPEN), None, None, None, False, None, None, _C_AssignReplicasToDirsRequest_DirectoryData),
)
AssignReplicasToDirsRequest.DirectoryData.FIELDS = (
    FieldInfo('Id', 'id', 'uuid', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Topics', 'topics', '[]TopicData', (0, OPEN), None, None, None, False, None, None, _C_AssignReplicasToDirsRequest_DirectoryData_TopicData),
)
AssignReplicasToDirsRequest.DirectoryData.TopicData.FIELDS = (
    FieldInfo('TopicId', 'topic_id', 'uuid', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Partitions', 'partitions', '[]PartitionData', (0, OPEN), None, None, None, False, None, None, _C_AssignReplicasToDirsRequest_DirectoryData_TopicData_PartitionData),
)
AssignReplicasToDirsRequest.DirectoryData.TopicData.PartitionData.FIELDS = (
    FieldInfo('PartitionIndex', 'partition_index', 'int32', (0, OPEN), None, None, None, False, None, None, None),
)

_C_AssignReplicasToDirsResponse = AssignReplicasToDirsResponse
_C_AssignReplicasToDirsResponse_DirectoryData = AssignReplicasToDirsResponse.DirectoryData
_C_AssignReplicasToDirsResponse_DirectoryData_TopicData = AssignReplicasToDirsResponse.DirectoryData.TopicData
_C_AssignReplicasToDirsResponse_DirectoryData_TopicData_PartitionData = AssignReplicasToDirsResponse.DirectoryData.TopicData.PartitionData
_DEF_C_AssignReplicasToDirsResponse_DirectoryData = _C_AssignReplicasToDirsResponse_DirectoryData()
_DEF_C_AssignReplicasToDirsResponse_DirectoryData_TopicData = _C_AssignReplicasToDirsResponse_DirectoryData_TopicData()
_DEF_C_AssignReplicasToDirsResponse_DirectoryData_TopicData_PartitionData = _C_AssignReplicasToDirsResponse_DirectoryData_TopicData_PartitionData()
_DEC_AssignReplicasToDirsResponse: dict[int, Decoder[AssignReplicasToDirsResponse]] = {
    0: _d_AssignReplicasToDirsResponse_v0,
}
_ENC_AssignReplicasToDirsResponse: dict[int, Encoder[AssignReplicasToDirsResponse]] = {
    0: _e_AssignReplicasToDirsResponse_v0,
}
AssignReplicasToDirsResponse.FIELDS = (
    FieldInfo('ThrottleTimeMs', 'throttle_time_ms', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('ErrorCode', 'error_code', 'int16', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Directories', 'directories', '[]DirectoryData', (0, OPEN), None, None, None, False, None, None, _C_AssignReplicasToDirsResponse_DirectoryData),
)
AssignReplicasToDirsResponse.DirectoryData.FIELDS = (
    FieldInfo('Id', 'id', 'uuid', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Topics', 'topics', '[]TopicData', (0, OPEN), None, None, None, False, None, None, _C_AssignReplicasToDirsResponse_DirectoryData_TopicData),
)
AssignReplicasToDirsResponse.DirectoryData.TopicData.FIELDS = (
    FieldInfo('TopicId', 'topic_id', 'uuid', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Partitions', 'partitions', '[]PartitionData', (0, OPEN), None, None, None, False, None, None, _C_AssignReplicasToDirsResponse_DirectoryData_TopicData_PartitionData),
)
AssignReplicasToDirsResponse.DirectoryData.TopicData.PartitionData.FIELDS = (
    FieldInfo('PartitionIndex', 'partition_index', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('ErrorCode', 'error_code', 'int16', (0, OPEN), None, None, None, False, None, None, None),
)
