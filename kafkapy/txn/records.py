"""The `__transaction_state` record formats, byte for byte as Kafka writes them (Kafka's
`TransactionLog`).

The layouts are generated like every other Kafka schema (`TransactionLogKey`,
`TransactionLogValue` in `wire/messages/coordinator_records.py`, from
`wire/generator/internal_topics/`); this module adds what the schemas leave to Kafka's
coordinator code:

- A key starts with an int16 record type (Kafka's `CoordinatorRecordType`, 0 for transaction
  records), then the transactional id. Another record type is not ours: `decode_key` returns
  None and the replay skips it, as Kafka does.
- A value starts with an int16 version: v0, or v1 (flexible, with the tagged fields
  previous_producer_id, next_producer_id and client_transaction_version, written only when
  they differ from -1/-1/0). Kafka writes v1 when the cluster's `transaction.version` is 1 or
  more, v0 below (v0 has no tagged fields: they are left at their defaults).
- An Empty transaction has null partitions; partitions are grouped by topic (we sort topics
  and partitions; Kafka's order is a hash map's). The producer's last epoch is not stored.
- A tombstone (null value) removes the transactional id.

Decoders are strict (trailing bytes are an error) and raise only `DecodeError`; encoders
raise `EncodeError`. See docs/transactions.md.
"""

from __future__ import annotations

from dataclasses import replace
from itertools import groupby

from kafkapy.txn.metadata import TransactionMetadata, TransactionVersion, TxnTransitMetadata
from kafkapy.txn.state import TransactionState
from storage.topic_partition import TopicPartition
from wire.messages.coordinator_records import TransactionLogKey, TransactionLogValue
from wire.primitives import INT16, Buffer, DecodeError, Reader

__all__ = [
    "TransactionLogKey",
    "TransactionLogValue",
    "decode_key",
    "decode_value",
    "encode_key",
    "encode_transit",
    "encode_value",
    "metadata_from_value",
    "value_from_transit",
]

PartitionsSchema = TransactionLogValue.PartitionsSchema
FLEXIBLE_VALUE_VERSION = 1  # TransactionLogValue's first flexible version, the tagged fields'


def _split(data: Buffer) -> tuple[int, memoryview]:
    """The leading int16 (record type or version) and a view of the bytes after it."""
    r = Reader(data)
    prefix = r.int16()
    return prefix, r.buf[r.pos:]


def encode_key(transactional_id: str) -> bytes:
    return (INT16.pack(TransactionLogKey.RECORD_TYPE)
            + TransactionLogKey(transactional_id=transactional_id).encode(0))


def decode_key(data: Buffer) -> str | None:
    """The transactional id; None for a key of another record type (not ours)."""
    record_type, body = _split(data)
    if record_type != TransactionLogKey.RECORD_TYPE:
        return None
    return TransactionLogKey.decode(body, 0, strict=True).transactional_id


def encode_value(value: TransactionLogValue, version: int) -> bytes:
    if version < FLEXIBLE_VALUE_VERSION:
        value = replace(value, previous_producer_id=-1, next_producer_id=-1,
                        client_transaction_version=0)
    return INT16.pack(version) + value.encode(version)


def decode_value(data: Buffer) -> TransactionLogValue:
    version, body = _split(data)
    return TransactionLogValue.decode(body, version, strict=True)


def value_from_transit(transit: TxnTransitMetadata) -> TransactionLogValue:
    """Kafka's valueToBytes: an Empty transaction must have no partitions (null)."""
    if transit.state is TransactionState.EMPTY and transit.partitions:
        raise ValueError(f"an Empty transaction with partitions: {transit!r}")
    parts: list[TransactionLogValue.PartitionsSchema] | None = None
    if transit.state is not TransactionState.EMPTY:
        parts = [PartitionsSchema(topic=topic, partition_ids=[tp.partition for tp in group])
                 for topic, group in groupby(sorted(transit.partitions), key=lambda tp: tp.topic)]
    return TransactionLogValue(
        producer_id=transit.producer_id,
        previous_producer_id=transit.previous_producer_id,
        next_producer_id=transit.next_producer_id,
        producer_epoch=transit.producer_epoch,
        transaction_timeout_ms=transit.txn_timeout_ms,
        transaction_status=transit.state.id,
        transaction_partitions=parts,
        transaction_last_update_timestamp_ms=transit.txn_last_update_timestamp,
        transaction_start_timestamp_ms=transit.txn_start_timestamp,
        client_transaction_version=int(transit.client_transaction_version),
    )


def encode_transit(transit: TxnTransitMetadata, log_level: TransactionVersion) -> bytes:
    """The value bytes for `transit`, at the version the cluster's transaction.version picks."""
    return encode_value(value_from_transit(transit), log_level.log_value_version)


def metadata_from_value(transactional_id: str, value: TransactionLogValue) -> TransactionMetadata:
    """Replay: the cached state a value describes (no last epoch: it is not stored).
    Raises DecodeError for a state id Kafka does not define."""
    try:
        state = TransactionState.from_id(value.transaction_status)
    except ValueError as exc:
        raise DecodeError(str(exc)) from None
    partitions: set[TopicPartition] = set()
    if state is not TransactionState.EMPTY:
        for entry in value.transaction_partitions or ():
            partitions.update(TopicPartition(entry.topic, p) for p in entry.partition_ids)
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
