"""API key 24: AddPartitionsToTxn.

GENERATED - DO NOT EDIT. Written by ``python -m wire.generator`` from Apache Kafka 4.1.1's
message definitions (AddPartitionsToTxnRequest.json, AddPartitionsToTxnResponse.json).
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
_S_ii = struct.Struct('>ii')
_S_qh = struct.Struct('>qh')
_S_qho = struct.Struct('>qh?')
_S_qhi = struct.Struct('>qhi')


@dataclass(slots=True)
class AddPartitionsToTxnRequest:
    """AddPartitionsToTxnRequest (API key 24, versions 0-5).

    Generated from AddPartitionsToTxnRequest.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = 24
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 5
    LATEST_VERSION: ClassVar[int] = 5
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
    FLEXIBLE_MIN: ClassVar[int | None] = 3
    #: Who serves this request in Kafka (empty for responses).
    LISTENERS: ClassVar[tuple[str, ...]] = ('broker',)
    FIELDS: ClassVar[tuple[FieldInfo, ...]]

    @dataclass(slots=True)
    class AddPartitionsToTxnTopic:
        FIELDS: ClassVar[tuple[FieldInfo, ...]]

        #: The name of the topic.
        name: str = ''
        #: The partition indexes to add to the transaction.
        partitions: list[int] = field(default_factory=list)
        #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
        unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @dataclass(slots=True)
    class AddPartitionsToTxnTransaction:
        FIELDS: ClassVar[tuple[FieldInfo, ...]]

        #: The transactional id corresponding to the transaction.
        transactional_id: str = ''
        #: Current producer id in use by the transactional id.
        producer_id: int = 0
        #: Current epoch associated with the producer id.
        producer_epoch: int = 0
        #: Boolean to signify if we want to check if the partition is in the transaction rather than add it.
        verify_only: bool = False
        #: The partitions to add to the transaction.
        topics: list[AddPartitionsToTxnRequest.AddPartitionsToTxnTopic] = field(default_factory=list)
        #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
        unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    #: List of transactions to add partitions to.
    transactions: list[AddPartitionsToTxnRequest.AddPartitionsToTxnTransaction] = field(default_factory=list)
    #: The transactional id corresponding to the transaction.
    v3_and_below_transactional_id: str = ''
    #: Current producer id in use by the transactional id.
    v3_and_below_producer_id: int = 0
    #: Current epoch associated with the producer id.
    v3_and_below_producer_epoch: int = 0
    #: The partitions to add to the transaction.
    v3_and_below_topics: list[AddPartitionsToTxnRequest.AddPartitionsToTxnTopic] = field(default_factory=list)
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> AddPartitionsToTxnRequest:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_AddPartitionsToTxnRequest, data, version, 'AddPartitionsToTxnRequest', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_AddPartitionsToTxnRequest, self, version, 'AddPartitionsToTxnRequest')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_AddPartitionsToTxnRequest, self, version, 'AddPartitionsToTxnRequest')


@dataclass(slots=True)
class AddPartitionsToTxnResponse:
    """AddPartitionsToTxnResponse (API key 24, versions 0-5).

    Generated from AddPartitionsToTxnResponse.json; field docs are Kafka's ``about`` texts.
    """

    API_KEY: ClassVar[int] = 24
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 5
    LATEST_VERSION: ClassVar[int] = 5
    LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
    FLEXIBLE_MIN: ClassVar[int | None] = 3
    #: Who serves this request in Kafka (empty for responses).
    LISTENERS: ClassVar[tuple[str, ...]] = ()
    FIELDS: ClassVar[tuple[FieldInfo, ...]]

    @dataclass(slots=True)
    class AddPartitionsToTxnTopicResult:
        FIELDS: ClassVar[tuple[FieldInfo, ...]]

        #: The topic name.
        name: str = ''
        #: The results for each partition.
        results_by_partition: list[AddPartitionsToTxnResponse.AddPartitionsToTxnPartitionResult] = field(default_factory=list)
        #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
        unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @dataclass(slots=True)
    class AddPartitionsToTxnPartitionResult:
        FIELDS: ClassVar[tuple[FieldInfo, ...]]

        #: The partition indexes.
        partition_index: int = 0
        #: The response error code.
        partition_error_code: int = 0
        #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
        unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @dataclass(slots=True)
    class AddPartitionsToTxnResult:
        FIELDS: ClassVar[tuple[FieldInfo, ...]]

        #: The transactional id corresponding to the transaction.
        transactional_id: str = ''
        #: The results for each topic.
        topic_results: list[AddPartitionsToTxnResponse.AddPartitionsToTxnTopicResult] = field(default_factory=list)
        #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
        unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    #: Duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    throttle_time_ms: int = 0
    #: The response top level error code.
    error_code: int = 0
    #: Results categorized by transactional ID.
    results_by_transaction: list[AddPartitionsToTxnResponse.AddPartitionsToTxnResult] = field(default_factory=list)
    #: The results for each topic.
    results_by_topic_v3_and_below: list[AddPartitionsToTxnResponse.AddPartitionsToTxnTopicResult] = field(default_factory=list)
    #: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(
        cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False
    ) -> AddPartitionsToTxnResponse:
        """Decode the message body (the header already consumed).

        Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.
        Bytes after the last field are ignored, as Kafka does, unless ``strict``.
        """
        return decode_body(_DEC_AddPartitionsToTxnResponse, data, version, 'AddPartitionsToTxnResponse', strict)

    def encode(self, version: int) -> bytes:
        """The message body at ``version``; raises :class:`EncodeError` on bad values."""
        return encode_body(_ENC_AddPartitionsToTxnResponse, self, version, 'AddPartitionsToTxnResponse')

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]:
        """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""
        return encode_plain_chunks(_ENC_AddPartitionsToTxnResponse, self, version, 'AddPartitionsToTxnResponse')

def _d_AddPartitionsToTxnRequest_AddPartitionsToTxnTopic_v0(B: memoryview, P: int) -> tuple[AddPartitionsToTxnRequest.AddPartitionsToTxnTopic, int]:
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
    return _C_AddPartitionsToTxnRequest_AddPartitionsToTxnTopic(f0, f1, None), P


def _d_AddPartitionsToTxnRequest_v0(B: memoryview, P: int) -> tuple[AddPartitionsToTxnRequest, int]:
    f1, P = read_string(B, P)
    (f2, f3, n_f4,) = _S_qhi.unpack_from(B, P)
    P += 14
    f4: list[AddPartitionsToTxnRequest.AddPartitionsToTxnTopic]
    if n_f4 < 0:
        raise DecodeError(f'non-nullable array V3AndBelowTopics has length {n_f4}')
    else:
        if n_f4 > len(B) - P:
            raise DecodeError(f'array length {n_f4} exceeds the buffer')
        f4 = []
        for _ in range(n_f4):
            e_f4, P = _d_AddPartitionsToTxnRequest_AddPartitionsToTxnTopic_v0(B, P)
            f4.append(e_f4)
    return _C_AddPartitionsToTxnRequest([], f1, f2, f3, f4, None), P


def _d_AddPartitionsToTxnRequest_AddPartitionsToTxnTopic_v3(B: memoryview, P: int) -> tuple[AddPartitionsToTxnRequest.AddPartitionsToTxnTopic, int]:
    f0, P = read_compact_string(B, P)
    n_f1 = B[P]
    if n_f1 < 0x80:
        P += 1
    else:
        n_f1, P = read_uvarint(B, P)
    n_f1 -= 1
    f1: list[int]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array Partitions has length {n_f1}')
    else:
        check_count(n_f1, B, P)
        f1 = list(struct.unpack_from('>%di' % n_f1, B, P))
        P += n_f1 * 4
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_AddPartitionsToTxnRequest_AddPartitionsToTxnTopic(f0, f1, tf), P


def _d_AddPartitionsToTxnRequest_v3(B: memoryview, P: int) -> tuple[AddPartitionsToTxnRequest, int]:
    f1, P = read_compact_string(B, P)
    (f2, f3,) = _S_qh.unpack_from(B, P)
    P += 10
    n_f4 = B[P]
    if n_f4 < 0x80:
        P += 1
    else:
        n_f4, P = read_uvarint(B, P)
    n_f4 -= 1
    f4: list[AddPartitionsToTxnRequest.AddPartitionsToTxnTopic]
    if n_f4 < 0:
        raise DecodeError(f'non-nullable array V3AndBelowTopics has length {n_f4}')
    else:
        if n_f4 > len(B) - P:
            raise DecodeError(f'array length {n_f4} exceeds the buffer')
        f4 = []
        for _ in range(n_f4):
            e_f4, P = _d_AddPartitionsToTxnRequest_AddPartitionsToTxnTopic_v3(B, P)
            f4.append(e_f4)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_AddPartitionsToTxnRequest([], f1, f2, f3, f4, tf), P


def _d_AddPartitionsToTxnRequest_AddPartitionsToTxnTransaction_v4(B: memoryview, P: int) -> tuple[AddPartitionsToTxnRequest.AddPartitionsToTxnTransaction, int]:
    f0, P = read_compact_string(B, P)
    (f1, f2, f3,) = _S_qho.unpack_from(B, P)
    P += 11
    n_f4 = B[P]
    if n_f4 < 0x80:
        P += 1
    else:
        n_f4, P = read_uvarint(B, P)
    n_f4 -= 1
    f4: list[AddPartitionsToTxnRequest.AddPartitionsToTxnTopic]
    if n_f4 < 0:
        raise DecodeError(f'non-nullable array Topics has length {n_f4}')
    else:
        if n_f4 > len(B) - P:
            raise DecodeError(f'array length {n_f4} exceeds the buffer')
        f4 = []
        for _ in range(n_f4):
            e_f4, P = _d_AddPartitionsToTxnRequest_AddPartitionsToTxnTopic_v3(B, P)
            f4.append(e_f4)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_AddPartitionsToTxnRequest_AddPartitionsToTxnTransaction(f0, f1, f2, f3, f4, tf), P


def _d_AddPartitionsToTxnRequest_v4(B: memoryview, P: int) -> tuple[AddPartitionsToTxnRequest, int]:
    n_f0 = B[P]
    if n_f0 < 0x80:
        P += 1
    else:
        n_f0, P = read_uvarint(B, P)
    n_f0 -= 1
    f0: list[AddPartitionsToTxnRequest.AddPartitionsToTxnTransaction]
    if n_f0 < 0:
        raise DecodeError(f'non-nullable array Transactions has length {n_f0}')
    else:
        if n_f0 > len(B) - P:
            raise DecodeError(f'array length {n_f0} exceeds the buffer')
        f0 = []
        for _ in range(n_f0):
            e_f0, P = _d_AddPartitionsToTxnRequest_AddPartitionsToTxnTransaction_v4(B, P)
            f0.append(e_f0)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_AddPartitionsToTxnRequest(f0, '', 0, 0, [], tf), P


def _e_AddPartitionsToTxnRequest_AddPartitionsToTxnTopic_v0(o: AddPartitionsToTxnRequest.AddPartitionsToTxnTopic, O: bytearray) -> None:
    write_string(O, o.name)
    a1 = o.partitions
    if a1 is None:
        raise EncodeError('non-nullable array Partitions is None')
    O += _S_i.pack(len(a1))
    O += struct.pack('>%di' % len(a1), *a1)


def _e_AddPartitionsToTxnRequest_v0(o: AddPartitionsToTxnRequest, O: bytearray) -> None:
    if bool(o.transactions):
        raise EncodeError('AddPartitionsToTxnRequest.Transactions is not supported in version 0')
    write_string(O, o.v3_and_below_transactional_id)
    a3 = o.v3_and_below_topics
    if a3 is None:
        raise EncodeError('non-nullable array V3AndBelowTopics is None')
    O += _S_qhi.pack(o.v3_and_below_producer_id, o.v3_and_below_producer_epoch, len(a3))
    for e_a3 in a3:
        _e_AddPartitionsToTxnRequest_AddPartitionsToTxnTopic_v0(e_a3, O)


def _e_AddPartitionsToTxnRequest_v1(o: AddPartitionsToTxnRequest, O: bytearray) -> None:
    if bool(o.transactions):
        raise EncodeError('AddPartitionsToTxnRequest.Transactions is not supported in version 1')
    write_string(O, o.v3_and_below_transactional_id)
    a3 = o.v3_and_below_topics
    if a3 is None:
        raise EncodeError('non-nullable array V3AndBelowTopics is None')
    O += _S_qhi.pack(o.v3_and_below_producer_id, o.v3_and_below_producer_epoch, len(a3))
    for e_a3 in a3:
        _e_AddPartitionsToTxnRequest_AddPartitionsToTxnTopic_v0(e_a3, O)


def _e_AddPartitionsToTxnRequest_v2(o: AddPartitionsToTxnRequest, O: bytearray) -> None:
    if bool(o.transactions):
        raise EncodeError('AddPartitionsToTxnRequest.Transactions is not supported in version 2')
    write_string(O, o.v3_and_below_transactional_id)
    a3 = o.v3_and_below_topics
    if a3 is None:
        raise EncodeError('non-nullable array V3AndBelowTopics is None')
    O += _S_qhi.pack(o.v3_and_below_producer_id, o.v3_and_below_producer_epoch, len(a3))
    for e_a3 in a3:
        _e_AddPartitionsToTxnRequest_AddPartitionsToTxnTopic_v0(e_a3, O)


def _e_AddPartitionsToTxnRequest_AddPartitionsToTxnTopic_v3(o: AddPartitionsToTxnRequest.AddPartitionsToTxnTopic, O: bytearray) -> None:
    write_compact_string(O, o.name)
    a1 = o.partitions
    if a1 is None:
        raise EncodeError('non-nullable array Partitions is None')
    write_uvarint(O, len(a1) + 1)
    O += struct.pack('>%di' % len(a1), *a1)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_AddPartitionsToTxnRequest_v3(o: AddPartitionsToTxnRequest, O: bytearray) -> None:
    if bool(o.transactions):
        raise EncodeError('AddPartitionsToTxnRequest.Transactions is not supported in version 3')
    write_compact_string(O, o.v3_and_below_transactional_id)
    O += _S_qh.pack(o.v3_and_below_producer_id, o.v3_and_below_producer_epoch)
    a3 = o.v3_and_below_topics
    if a3 is None:
        raise EncodeError('non-nullable array V3AndBelowTopics is None')
    write_uvarint(O, len(a3) + 1)
    for e_a3 in a3:
        _e_AddPartitionsToTxnRequest_AddPartitionsToTxnTopic_v3(e_a3, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_AddPartitionsToTxnRequest_AddPartitionsToTxnTransaction_v4(o: AddPartitionsToTxnRequest.AddPartitionsToTxnTransaction, O: bytearray) -> None:
    write_compact_string(O, o.transactional_id)
    O += _S_qho.pack(o.producer_id, o.producer_epoch, o.verify_only)
    a4 = o.topics
    if a4 is None:
        raise EncodeError('non-nullable array Topics is None')
    write_uvarint(O, len(a4) + 1)
    for e_a4 in a4:
        _e_AddPartitionsToTxnRequest_AddPartitionsToTxnTopic_v3(e_a4, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_AddPartitionsToTxnRequest_v4(o: AddPartitionsToTxnRequest, O: bytearray) -> None:
    if o.v3_and_below_transactional_id != '':
        raise EncodeError('AddPartitionsToTxnRequest.V3AndBelowTransactionalId is not supported in version 4')
    if o.v3_and_below_producer_id != 0:
        raise EncodeError('AddPartitionsToTxnRequest.V3AndBelowProducerId is not supported in version 4')
    if o.v3_and_below_producer_epoch != 0:
        raise EncodeError('AddPartitionsToTxnRequest.V3AndBelowProducerEpoch is not supported in version 4')
    if bool(o.v3_and_below_topics):
        raise EncodeError('AddPartitionsToTxnRequest.V3AndBelowTopics is not supported in version 4')
    a0 = o.transactions
    if a0 is None:
        raise EncodeError('non-nullable array Transactions is None')
    write_uvarint(O, len(a0) + 1)
    for e_a0 in a0:
        _e_AddPartitionsToTxnRequest_AddPartitionsToTxnTransaction_v4(e_a0, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_AddPartitionsToTxnRequest_v5(o: AddPartitionsToTxnRequest, O: bytearray) -> None:
    if o.v3_and_below_transactional_id != '':
        raise EncodeError('AddPartitionsToTxnRequest.V3AndBelowTransactionalId is not supported in version 5')
    if o.v3_and_below_producer_id != 0:
        raise EncodeError('AddPartitionsToTxnRequest.V3AndBelowProducerId is not supported in version 5')
    if o.v3_and_below_producer_epoch != 0:
        raise EncodeError('AddPartitionsToTxnRequest.V3AndBelowProducerEpoch is not supported in version 5')
    if bool(o.v3_and_below_topics):
        raise EncodeError('AddPartitionsToTxnRequest.V3AndBelowTopics is not supported in version 5')
    a0 = o.transactions
    if a0 is None:
        raise EncodeError('non-nullable array Transactions is None')
    write_uvarint(O, len(a0) + 1)
    for e_a0 in a0:
        _e_AddPartitionsToTxnRequest_AddPartitionsToTxnTransaction_v4(e_a0, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _d_AddPartitionsToTxnResponse_AddPartitionsToTxnPartitionResult_v0(B: memoryview, P: int) -> tuple[AddPartitionsToTxnResponse.AddPartitionsToTxnPartitionResult, int]:
    (f0, f1,) = _S_ih.unpack_from(B, P)
    P += 6
    return _C_AddPartitionsToTxnResponse_AddPartitionsToTxnPartitionResult(f0, f1, None), P


def _d_AddPartitionsToTxnResponse_AddPartitionsToTxnTopicResult_v0(B: memoryview, P: int) -> tuple[AddPartitionsToTxnResponse.AddPartitionsToTxnTopicResult, int]:
    f0, P = read_string(B, P)
    (n_f1,) = _S_i.unpack_from(B, P)
    P += 4
    f1: list[AddPartitionsToTxnResponse.AddPartitionsToTxnPartitionResult]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array ResultsByPartition has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_AddPartitionsToTxnResponse_AddPartitionsToTxnPartitionResult_v0(B, P)
            f1.append(e_f1)
    return _C_AddPartitionsToTxnResponse_AddPartitionsToTxnTopicResult(f0, f1, None), P


def _d_AddPartitionsToTxnResponse_v0(B: memoryview, P: int) -> tuple[AddPartitionsToTxnResponse, int]:
    (f0, n_f3,) = _S_ii.unpack_from(B, P)
    P += 8
    f3: list[AddPartitionsToTxnResponse.AddPartitionsToTxnTopicResult]
    if n_f3 < 0:
        raise DecodeError(f'non-nullable array ResultsByTopicV3AndBelow has length {n_f3}')
    else:
        if n_f3 > len(B) - P:
            raise DecodeError(f'array length {n_f3} exceeds the buffer')
        f3 = []
        for _ in range(n_f3):
            e_f3, P = _d_AddPartitionsToTxnResponse_AddPartitionsToTxnTopicResult_v0(B, P)
            f3.append(e_f3)
    return _C_AddPartitionsToTxnResponse(f0, 0, [], f3, None), P


def _d_AddPartitionsToTxnResponse_AddPartitionsToTxnPartitionResult_v3(B: memoryview, P: int) -> tuple[AddPartitionsToTxnResponse.AddPartitionsToTxnPartitionResult, int]:
    (f0, f1,) = _S_ih.unpack_from(B, P)
    P += 6
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_AddPartitionsToTxnResponse_AddPartitionsToTxnPartitionResult(f0, f1, tf), P


def _d_AddPartitionsToTxnResponse_AddPartitionsToTxnTopicResult_v3(B: memoryview, P: int) -> tuple[AddPartitionsToTxnResponse.AddPartitionsToTxnTopicResult, int]:
    f0, P = read_compact_string(B, P)
    n_f1 = B[P]
    if n_f1 < 0x80:
        P += 1
    else:
        n_f1, P = read_uvarint(B, P)
    n_f1 -= 1
    f1: list[AddPartitionsToTxnResponse.AddPartitionsToTxnPartitionResult]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array ResultsByPartition has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_AddPartitionsToTxnResponse_AddPartitionsToTxnPartitionResult_v3(B, P)
            f1.append(e_f1)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_AddPartitionsToTxnResponse_AddPartitionsToTxnTopicResult(f0, f1, tf), P


def _d_AddPartitionsToTxnResponse_v3(B: memoryview, P: int) -> tuple[AddPartitionsToTxnResponse, int]:
    (f0,) = _S_i.unpack_from(B, P)
    P += 4
    n_f3 = B[P]
    if n_f3 < 0x80:
        P += 1
    else:
        n_f3, P = read_uvarint(B, P)
    n_f3 -= 1
    f3: list[AddPartitionsToTxnResponse.AddPartitionsToTxnTopicResult]
    if n_f3 < 0:
        raise DecodeError(f'non-nullable array ResultsByTopicV3AndBelow has length {n_f3}')
    else:
        if n_f3 > len(B) - P:
            raise DecodeError(f'array length {n_f3} exceeds the buffer')
        f3 = []
        for _ in range(n_f3):
            e_f3, P = _d_AddPartitionsToTxnResponse_AddPartitionsToTxnTopicResult_v3(B, P)
            f3.append(e_f3)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_AddPartitionsToTxnResponse(f0, 0, [], f3, tf), P


def _d_AddPartitionsToTxnResponse_AddPartitionsToTxnResult_v4(B: memoryview, P: int) -> tuple[AddPartitionsToTxnResponse.AddPartitionsToTxnResult, int]:
    f0, P = read_compact_string(B, P)
    n_f1 = B[P]
    if n_f1 < 0x80:
        P += 1
    else:
        n_f1, P = read_uvarint(B, P)
    n_f1 -= 1
    f1: list[AddPartitionsToTxnResponse.AddPartitionsToTxnTopicResult]
    if n_f1 < 0:
        raise DecodeError(f'non-nullable array TopicResults has length {n_f1}')
    else:
        if n_f1 > len(B) - P:
            raise DecodeError(f'array length {n_f1} exceeds the buffer')
        f1 = []
        for _ in range(n_f1):
            e_f1, P = _d_AddPartitionsToTxnResponse_AddPartitionsToTxnTopicResult_v3(B, P)
            f1.append(e_f1)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_AddPartitionsToTxnResponse_AddPartitionsToTxnResult(f0, f1, tf), P


def _d_AddPartitionsToTxnResponse_v4(B: memoryview, P: int) -> tuple[AddPartitionsToTxnResponse, int]:
    (f0, f1,) = _S_ih.unpack_from(B, P)
    P += 6
    n_f2 = B[P]
    if n_f2 < 0x80:
        P += 1
    else:
        n_f2, P = read_uvarint(B, P)
    n_f2 -= 1
    f2: list[AddPartitionsToTxnResponse.AddPartitionsToTxnResult]
    if n_f2 < 0:
        raise DecodeError(f'non-nullable array ResultsByTransaction has length {n_f2}')
    else:
        if n_f2 > len(B) - P:
            raise DecodeError(f'array length {n_f2} exceeds the buffer')
        f2 = []
        for _ in range(n_f2):
            e_f2, P = _d_AddPartitionsToTxnResponse_AddPartitionsToTxnResult_v4(B, P)
            f2.append(e_f2)
    tf: list[tuple[int, bytes]] | None
    if B[P]:
        tf, P = skip_tagged_fields(B, P)
    else:
        tf = None
        P += 1
    return _C_AddPartitionsToTxnResponse(f0, f1, f2, [], tf), P


def _e_AddPartitionsToTxnResponse_AddPartitionsToTxnPartitionResult_v0(o: AddPartitionsToTxnResponse.AddPartitionsToTxnPartitionResult, O: bytearray) -> None:
    O += _S_ih.pack(o.partition_index, o.partition_error_code)


def _e_AddPartitionsToTxnResponse_AddPartitionsToTxnTopicResult_v0(o: AddPartitionsToTxnResponse.AddPartitionsToTxnTopicResult, O: bytearray) -> None:
    write_string(O, o.name)
    a1 = o.results_by_partition
    if a1 is None:
        raise EncodeError('non-nullable array ResultsByPartition is None')
    O += _S_i.pack(len(a1))
    for e_a1 in a1:
        _e_AddPartitionsToTxnResponse_AddPartitionsToTxnPartitionResult_v0(e_a1, O)


def _e_AddPartitionsToTxnResponse_v0(o: AddPartitionsToTxnResponse, O: bytearray) -> None:
    if bool(o.results_by_transaction):
        raise EncodeError('AddPartitionsToTxnResponse.ResultsByTransaction is not supported in version 0')
    a1 = o.results_by_topic_v3_and_below
    if a1 is None:
        raise EncodeError('non-nullable array ResultsByTopicV3AndBelow is None')
    O += _S_ii.pack(o.throttle_time_ms, len(a1))
    for e_a1 in a1:
        _e_AddPartitionsToTxnResponse_AddPartitionsToTxnTopicResult_v0(e_a1, O)


def _e_AddPartitionsToTxnResponse_v1(o: AddPartitionsToTxnResponse, O: bytearray) -> None:
    if bool(o.results_by_transaction):
        raise EncodeError('AddPartitionsToTxnResponse.ResultsByTransaction is not supported in version 1')
    a1 = o.results_by_topic_v3_and_below
    if a1 is None:
        raise EncodeError('non-nullable array ResultsByTopicV3AndBelow is None')
    O += _S_ii.pack(o.throttle_time_ms, len(a1))
    for e_a1 in a1:
        _e_AddPartitionsToTxnResponse_AddPartitionsToTxnTopicResult_v0(e_a1, O)


def _e_AddPartitionsToTxnResponse_v2(o: AddPartitionsToTxnResponse, O: bytearray) -> None:
    if bool(o.results_by_transaction):
        raise EncodeError('AddPartitionsToTxnResponse.ResultsByTransaction is not supported in version 2')
    a1 = o.results_by_topic_v3_and_below
    if a1 is None:
        raise EncodeError('non-nullable array ResultsByTopicV3AndBelow is None')
    O += _S_ii.pack(o.throttle_time_ms, len(a1))
    for e_a1 in a1:
        _e_AddPartitionsToTxnResponse_AddPartitionsToTxnTopicResult_v0(e_a1, O)


def _e_AddPartitionsToTxnResponse_AddPartitionsToTxnPartitionResult_v3(o: AddPartitionsToTxnResponse.AddPartitionsToTxnPartitionResult, O: bytearray) -> None:
    O += _S_ih.pack(o.partition_index, o.partition_error_code)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_AddPartitionsToTxnResponse_AddPartitionsToTxnTopicResult_v3(o: AddPartitionsToTxnResponse.AddPartitionsToTxnTopicResult, O: bytearray) -> None:
    write_compact_string(O, o.name)
    a1 = o.results_by_partition
    if a1 is None:
        raise EncodeError('non-nullable array ResultsByPartition is None')
    write_uvarint(O, len(a1) + 1)
    for e_a1 in a1:
        _e_AddPartitionsToTxnResponse_AddPartitionsToTxnPartitionResult_v3(e_a1, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_AddPartitionsToTxnResponse_v3(o: AddPartitionsToTxnResponse, O: bytearray) -> None:
    if bool(o.results_by_transaction):
        raise EncodeError('AddPartitionsToTxnResponse.ResultsByTransaction is not supported in version 3')
    O += _S_i.pack(o.throttle_time_ms)
    a1 = o.results_by_topic_v3_and_below
    if a1 is None:
        raise EncodeError('non-nullable array ResultsByTopicV3AndBelow is None')
    write_uvarint(O, len(a1) + 1)
    for e_a1 in a1:
        _e_AddPartitionsToTxnResponse_AddPartitionsToTxnTopicResult_v3(e_a1, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_AddPartitionsToTxnResponse_AddPartitionsToTxnResult_v4(o: AddPartitionsToTxnResponse.AddPartitionsToTxnResult, O: bytearray) -> None:
    write_compact_string(O, o.transactional_id)
    a1 = o.topic_results
    if a1 is None:
        raise EncodeError('non-nullable array TopicResults is None')
    write_uvarint(O, len(a1) + 1)
    for e_a1 in a1:
        _e_AddPartitionsToTxnResponse_AddPartitionsToTxnTopicResult_v3(e_a1, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_AddPartitionsToTxnResponse_v4(o: AddPartitionsToTxnResponse, O: bytearray) -> None:
    if bool(o.results_by_topic_v3_and_below):
        raise EncodeError('AddPartitionsToTxnResponse.ResultsByTopicV3AndBelow is not supported in version 4')
    O += _S_ih.pack(o.throttle_time_ms, o.error_code)
    a2 = o.results_by_transaction
    if a2 is None:
        raise EncodeError('non-nullable array ResultsByTransaction is None')
    write_uvarint(O, len(a2) + 1)
    for e_a2 in a2:
        _e_AddPartitionsToTxnResponse_AddPartitionsToTxnResult_v4(e_a2, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


def _e_AddPartitionsToTxnResponse_v5(o: AddPartitionsToTxnResponse, O: bytearray) -> None:
    if bool(o.results_by_topic_v3_and_below):
        raise EncodeError('AddPartitionsToTxnResponse.ResultsByTopicV3AndBelow is not supported in version 5')
    O += _S_ih.pack(o.throttle_time_ms, o.error_code)
    a2 = o.results_by_transaction
    if a2 is None:
        raise EncodeError('non-nullable array ResultsByTransaction is None')
    write_uvarint(O, len(a2) + 1)
    for e_a2 in a2:
        _e_AddPartitionsToTxnResponse_AddPartitionsToTxnResult_v4(e_a2, O)
    if o.unknown_tagged_fields:
        write_tagged_fields(O, None, o.unknown_tagged_fields)
    else:
        O.append(0)


_C_AddPartitionsToTxnRequest = AddPartitionsToTxnRequest
_C_AddPartitionsToTxnRequest_AddPartitionsToTxnTopic = AddPartitionsToTxnRequest.AddPartitionsToTxnTopic
_C_AddPartitionsToTxnRequest_AddPartitionsToTxnTransaction = AddPartitionsToTxnRequest.AddPartitionsToTxnTransaction
_DEF_C_AddPartitionsToTxnRequest_AddPartitionsToTxnTopic = _C_AddPartitionsToTxnRequest_AddPartitionsToTxnTopic()
_DEF_C_AddPartitionsToTxnRequest_AddPartitionsToTxnTransaction = _C_AddPartitionsToTxnRequest_AddPartitionsToTxnTransaction()
_DEC_AddPartitionsToTxnRequest: dict[int, Decoder[AddPartitionsToTxnRequest]] = {
    0: _d_AddPartitionsToTxnRequest_v0,
    1: _d_AddPartitionsToTxnRequest_v0,
    2: _d_AddPartitionsToTxnRequest_v0,
    3: _d_AddPartitionsToTxnRequest_v3,
    4: _d_AddPartitionsToTxnRequest_v4,
    5: _d_AddPartitionsToTxnRequest_v4,
}
_ENC_AddPartitionsToTxnRequest: dict[int, Encoder[AddPartitionsToTxnRequest]] = {
    0: _e_AddPartitionsToTxnRequest_v0,
    1: _e_AddPartitionsToTxnRequest_v1,
    2: _e_AddPartitionsToTxnRequest_v2,
    3: _e_AddPartitionsToTxnRequest_v3,
    4: _e_AddPartitionsToTxnRequest_v4,
    5: _e_AddPartitionsToTxnRequest_v5,
}
AddPartitionsToTxnRequest.FIELDS = (
    FieldInfo('Transactions', 'transactions', '[]AddPartitionsToTxnTransaction', (4, OPEN), None, None, None, False, None, None, _C_AddPartitionsToTxnRequest_AddPartitionsToTxnTransaction),
    FieldInfo('V3AndBelowTransactionalId', 'v3_and_below_transactional_id', 'string', (0, 3), None, None, None, False, 'transactionalId', None, None),
    FieldInfo('V3AndBelowProducerId', 'v3_and_below_producer_id', 'int64', (0, 3), None, None, None, False, 'producerId', None, None),
    FieldInfo('V3AndBelowProducerEpoch', 'v3_and_below_producer_epoch', 'int16', (0, 3), None, None, None, False, None, None, None),
    FieldInfo('V3AndBelowTopics', 'v3_and_below_topics', '[]AddPartitionsToTxnTopic', (0, 3), None, None, None, False, None, None, _C_AddPartitionsToTxnRequest_AddPartitionsToTxnTopic),
)
AddPartitionsToTxnRequest.AddPartitionsToTxnTopic.FIELDS = (
    FieldInfo('Name', 'name', 'string', (0, OPEN), None, None, None, False, 'topicName', None, None),
    FieldInfo('Partitions', 'partitions', '[]int32', (0, OPEN), None, None, None, False, None, None, None),
)
AddPartitionsToTxnRequest.AddPartitionsToTxnTransaction.FIELDS = (
    FieldInfo('TransactionalId', 'transactional_id', 'string', (4, OPEN), None, None, None, False, 'transactionalId', None, None),
    FieldInfo('ProducerId', 'producer_id', 'int64', (4, OPEN), None, None, None, False, 'producerId', None, None),
    FieldInfo('ProducerEpoch', 'producer_epoch', 'int16', (4, OPEN), None, None, None, False, None, None, None),
    FieldInfo('VerifyOnly', 'verify_only', 'bool', (4, OPEN), None, None, None, False, None, None, None),
    FieldInfo('Topics', 'topics', '[]AddPartitionsToTxnTopic', (4, OPEN), None, None, None, False, None, None, _C_AddPartitionsToTxnRequest_AddPartitionsToTxnTopic),
)

_C_AddPartitionsToTxnResponse = AddPartitionsToTxnResponse
_C_AddPartitionsToTxnResponse_AddPartitionsToTxnTopicResult = AddPartitionsToTxnResponse.AddPartitionsToTxnTopicResult
_C_AddPartitionsToTxnResponse_AddPartitionsToTxnPartitionResult = AddPartitionsToTxnResponse.AddPartitionsToTxnPartitionResult
_C_AddPartitionsToTxnResponse_AddPartitionsToTxnResult = AddPartitionsToTxnResponse.AddPartitionsToTxnResult
_DEF_C_AddPartitionsToTxnResponse_AddPartitionsToTxnTopicResult = _C_AddPartitionsToTxnResponse_AddPartitionsToTxnTopicResult()
_DEF_C_AddPartitionsToTxnResponse_AddPartitionsToTxnPartitionResult = _C_AddPartitionsToTxnResponse_AddPartitionsToTxnPartitionResult()
_DEF_C_AddPartitionsToTxnResponse_AddPartitionsToTxnResult = _C_AddPartitionsToTxnResponse_AddPartitionsToTxnResult()
_DEC_AddPartitionsToTxnResponse: dict[int, Decoder[AddPartitionsToTxnResponse]] = {
    0: _d_AddPartitionsToTxnResponse_v0,
    1: _d_AddPartitionsToTxnResponse_v0,
    2: _d_AddPartitionsToTxnResponse_v0,
    3: _d_AddPartitionsToTxnResponse_v3,
    4: _d_AddPartitionsToTxnResponse_v4,
    5: _d_AddPartitionsToTxnResponse_v4,
}
_ENC_AddPartitionsToTxnResponse: dict[int, Encoder[AddPartitionsToTxnResponse]] = {
    0: _e_AddPartitionsToTxnResponse_v0,
    1: _e_AddPartitionsToTxnResponse_v1,
    2: _e_AddPartitionsToTxnResponse_v2,
    3: _e_AddPartitionsToTxnResponse_v3,
    4: _e_AddPartitionsToTxnResponse_v4,
    5: _e_AddPartitionsToTxnResponse_v5,
}
AddPartitionsToTxnResponse.FIELDS = (
    FieldInfo('ThrottleTimeMs', 'throttle_time_ms', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('ErrorCode', 'error_code', 'int16', (4, OPEN), None, None, None, True, None, None, None),
    FieldInfo('ResultsByTransaction', 'results_by_transaction', '[]AddPartitionsToTxnResult', (4, OPEN), None, None, None, False, None, None, _C_AddPartitionsToTxnResponse_AddPartitionsToTxnResult),
    FieldInfo('ResultsByTopicV3AndBelow', 'results_by_topic_v3_and_below', '[]AddPartitionsToTxnTopicResult', (0, 3), None, None, None, False, None, None, _C_AddPartitionsToTxnResponse_AddPartitionsToTxnTopicResult),
)
AddPartitionsToTxnResponse.AddPartitionsToTxnTopicResult.FIELDS = (
    FieldInfo('Name', 'name', 'string', (0, OPEN), None, None, None, False, 'topicName', None, None),
    FieldInfo('ResultsByPartition', 'results_by_partition', '[]AddPartitionsToTxnPartitionResult', (0, OPEN), None, None, None, False, None, None, _C_AddPartitionsToTxnResponse_AddPartitionsToTxnPartitionResult),
)
AddPartitionsToTxnResponse.AddPartitionsToTxnPartitionResult.FIELDS = (
    FieldInfo('PartitionIndex', 'partition_index', 'int32', (0, OPEN), None, None, None, False, None, None, None),
    FieldInfo('PartitionErrorCode', 'partition_error_code', 'int16', (0, OPEN), None, None, None, False, None, None, None),
)
AddPartitionsToTxnResponse.AddPartitionsToTxnResult.FIELDS = (
    FieldInfo('TransactionalId', 'transactional_id', 'string', (4, OPEN), None, None, None, False, 'transactionalId', None, None),
    FieldInfo('TopicResults', 'topic_results', '[]AddPartitionsToTxnTopicResult', (4, OPEN), None, None, None, False, None, None, _C_AddPartitionsToTxnResponse_AddPartitionsToTxnTopicResult),
)
