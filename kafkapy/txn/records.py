"""The `__transaction_state` record formats, byte for byte as Kafka writes them
(`TransactionLogKey.json`, `TransactionLogValue.json`, Kafka's `TransactionLog`).

Key (one version): int16 0 (the `CoordinatorRecordType` of transaction records), then the
transactional id as an int16-length string. A key of another version is not ours and is
skipped on replay, as Kafka does.

Value: int16 version, then
- v0: producer_id int64, producer_epoch int16, transaction_timeout_ms int32,
  transaction_status int8 (`TransactionState.id`), transaction_partitions (int32 count, -1 =
  null; each: topic int16-length string, partition ids int32 count + int32s),
  transaction_last_update_timestamp_ms int64, transaction_start_timestamp_ms int64;
- v1 (flexible): the same fields with compact strings/arrays (unsigned varint length+1, 0 =
  null), an (empty) tagged-field section after each partitions entry, and the value's tagged
  fields at the end: tag 0 previous_producer_id int64, tag 1 next_producer_id int64 (both
  written only when not -1), tag 2 client_transaction_version int16 (only when not 0).
  Unknown tags are skipped.

Kafka writes v1 when the cluster's `transaction.version` is 1 or more, v0 below. An Empty
transaction has null partitions. Partitions are grouped by topic; we write topics and
partitions sorted (Kafka's order is a hash map's). The producer's last epoch is not stored:
a loaded transaction has none. A tombstone (null value) removes the transactional id.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import groupby

from kafkapy.txn.metadata import (
    TransactionMetadata,
    TransactionVersion,
    TxnTransitMetadata,
)
from kafkapy.txn.state import TransactionState
from storage.topic_partition import TopicPartition
from wire.primitives import (
    Buffer,
    DecodeError,
    Reader,
    Writer,
    read_array_len,
    read_compact_array_len,
    write_tagged_fields,
)

KEY_VERSION = 0  # CoordinatorRecordType.TRANSACTION_LOG
VALUE_VERSIONS = (0, 1)
FLEXIBLE_VALUE_VERSION = 1
TAG_PREVIOUS_PRODUCER_ID = 0
TAG_NEXT_PRODUCER_ID = 1
TAG_CLIENT_TRANSACTION_VERSION = 2

TopicPartitions = tuple[str, tuple[int, ...]]


class TxnRecordError(ValueError):
    """Truncated, trailing or unknown-version bytes in a `__transaction_state` record."""


@dataclass(frozen=True, slots=True)
class TransactionLogValue:
    producer_id: int
    producer_epoch: int
    transaction_timeout_ms: int
    transaction_status: int
    transaction_partitions: tuple[TopicPartitions, ...] | None
    transaction_last_update_timestamp_ms: int
    transaction_start_timestamp_ms: int
    previous_producer_id: int = -1  # tagged, v1+
    next_producer_id: int = -1  # tagged, v1+
    client_transaction_version: int = 0  # tagged, v1+


# ---------------------------------------------------------------- keys


def encode_key(transactional_id: str) -> bytes:
    return Writer().int16(KEY_VERSION).string(transactional_id).getvalue()


def decode_key(data: bytes | memoryview) -> str | None:
    """The transactional id; None for a key version that is not a transaction record."""
    try:
        r = Reader(data)
        if r.int16() != KEY_VERSION:
            return None
        transactional_id = r.string()
    except DecodeError as exc:
        raise TxnRecordError(f"bad __transaction_state key: {exc}") from None
    _no_trailing(r, "key")
    return transactional_id


# ---------------------------------------------------------------- values


def encode_value(value: TransactionLogValue, version: int) -> bytes:
    if version not in VALUE_VERSIONS:
        raise ValueError(f"__transaction_state value version {version} is not 0 or 1")
    flexible = version >= FLEXIBLE_VALUE_VERSION
    w = Writer().int16(version).int64(value.producer_id).int16(value.producer_epoch)
    w.int32(value.transaction_timeout_ms).int8(value.transaction_status)
    parts = value.transaction_partitions
    if parts is None:
        w.uvarint(0) if flexible else w.int32(-1)
    else:
        w.uvarint(len(parts) + 1) if flexible else w.int32(len(parts))
        for topic, ids in parts:
            if flexible:
                w.compact_string(topic).uvarint(len(ids) + 1)
            else:
                w.string(topic).int32(len(ids))
            for pid in ids:
                w.int32(pid)
            if flexible:
                w.uvarint(0)  # the entry's tagged fields
    w.int64(value.transaction_last_update_timestamp_ms)
    w.int64(value.transaction_start_timestamp_ms)
    if flexible:
        write_tagged_fields(w.out, _known_tags(value), None)
    return w.getvalue()


def _known_tags(value: TransactionLogValue) -> list[tuple[int, Buffer]]:
    """Tagged fields are written only when they differ from their defaults."""
    tags: list[tuple[int, Buffer]] = []
    if value.previous_producer_id != -1:
        tags.append((TAG_PREVIOUS_PRODUCER_ID, Writer().int64(value.previous_producer_id).out))
    if value.next_producer_id != -1:
        tags.append((TAG_NEXT_PRODUCER_ID, Writer().int64(value.next_producer_id).out))
    if value.client_transaction_version != 0:
        tags.append((TAG_CLIENT_TRANSACTION_VERSION,
                     Writer().int16(value.client_transaction_version).out))
    return tags


def decode_value(data: bytes | memoryview) -> TransactionLogValue:
    try:
        r = Reader(data)
        version = r.int16()
        if version not in VALUE_VERSIONS:
            raise TxnRecordError(f"unknown __transaction_state value version {version}")
        value = _decode_value_body(r, version >= FLEXIBLE_VALUE_VERSION)
    except DecodeError as exc:
        raise TxnRecordError(f"bad __transaction_state value: {exc}") from None
    _no_trailing(r, "value")
    return value


def _decode_value_body(r: Reader, flexible: bool) -> TransactionLogValue:
    producer_id, epoch, timeout, status = r.int64(), r.int16(), r.int32(), r.int8()
    parts: list[TopicPartitions] | None = None
    count = _array_len(r, flexible)
    if count >= 0:
        parts = []
        for _ in range(count):
            topic = r.compact_string() if flexible else r.string()
            ids = tuple(r.int32() for _ in range(_array_len(r, flexible, nullable=False)))
            if flexible:
                r.tagged_fields()
            parts.append((topic, ids))
    last_update, start = r.int64(), r.int64()
    tagged = {"previous_producer_id": -1, "next_producer_id": -1,
              "client_transaction_version": 0}
    if flexible:
        for tag, raw in r.tagged_fields() or []:
            if tag in (TAG_PREVIOUS_PRODUCER_ID, TAG_NEXT_PRODUCER_ID):
                name = ("previous_producer_id" if tag == TAG_PREVIOUS_PRODUCER_ID
                        else "next_producer_id")
                tagged[name] = _exact(raw, 8, tag).int64()
            elif tag == TAG_CLIENT_TRANSACTION_VERSION:
                tagged["client_transaction_version"] = _exact(raw, 2, tag).int16()
    return TransactionLogValue(
        producer_id, epoch, timeout, status, None if parts is None else tuple(parts),
        last_update, start, **tagged,
    )


def _array_len(r: Reader, flexible: bool, nullable: bool = True) -> int:
    if flexible:
        n, r.pos = read_compact_array_len(r.buf, r.pos)
    else:
        n, r.pos = read_array_len(r.buf, r.pos)
    if n < 0 and not nullable:
        raise TxnRecordError("null in a non-nullable array")
    return n


def _exact(raw: bytes, size: int, tag: int) -> Reader:
    if len(raw) != size:
        raise TxnRecordError(f"tagged field {tag} holds {len(raw)} bytes, expected {size}")
    return Reader(raw)


def _no_trailing(r: Reader, what: str) -> None:
    if r.remaining:
        raise TxnRecordError(f"{r.remaining} trailing bytes after a __transaction_state {what}")


# ---------------------------------------------------------------- metadata <-> value


def value_from_transit(transit: TxnTransitMetadata) -> TransactionLogValue:
    """Kafka's valueToBytes: an Empty transaction must have no partitions (null)."""
    if transit.state is TransactionState.EMPTY and transit.partitions:
        raise ValueError(f"an Empty transaction with partitions: {transit!r}")
    parts: tuple[TopicPartitions, ...] | None = None
    if transit.state is not TransactionState.EMPTY:
        ordered = sorted(transit.partitions)
        parts = tuple((topic, tuple(tp.partition for tp in group))
                      for topic, group in groupby(ordered, key=lambda tp: tp.topic))
    return TransactionLogValue(
        transit.producer_id, transit.producer_epoch, transit.txn_timeout_ms, transit.state.id,
        parts, transit.txn_last_update_timestamp, transit.txn_start_timestamp,
        transit.previous_producer_id, transit.next_producer_id,
        int(transit.client_transaction_version),
    )


def encode_transit(transit: TxnTransitMetadata, log_level: TransactionVersion) -> bytes:
    """The value bytes for `transit`, at the version the cluster's transaction.version picks."""
    return encode_value(value_from_transit(transit), log_level.log_value_version)


def metadata_from_value(transactional_id: str, value: TransactionLogValue) -> TransactionMetadata:
    """Replay: the cached state a value describes (no last epoch: it is not stored).
    Raises TxnRecordError for a state id Kafka does not define."""
    try:
        state = TransactionState.from_id(value.transaction_status)
    except ValueError as exc:
        raise TxnRecordError(str(exc)) from None
    partitions: set[TopicPartition] = set()
    if state is not TransactionState.EMPTY:
        for topic, ids in value.transaction_partitions or ():
            partitions.update(TopicPartition(topic, i) for i in ids)
    return TransactionMetadata(
        transactional_id,
        producer_id=value.producer_id,
        previous_producer_id=value.previous_producer_id,
        next_producer_id=value.next_producer_id,
        producer_epoch=value.producer_epoch,
        txn_timeout_ms=value.transaction_timeout_ms,
        state=state,
        partitions=partitions,
        txn_start_timestamp=value.transaction_start_timestamp_ms,
        txn_last_update_timestamp=value.transaction_last_update_timestamp_ms,
        client_transaction_version=TransactionVersion.from_level(
            value.client_transaction_version),
    )
