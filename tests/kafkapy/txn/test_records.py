"""`__transaction_state` framing over the generated codecs: golden bytes derived by hand from
Kafka's TransactionLogKey.json / TransactionLogValue.json (layout in docs/transactions.md),
every truncation and trailing byte, and a cross-check against an independent, hand-written
encoder of the same layout."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kafkapy.txn import records as rec
from kafkapy.txn.metadata import TransactionVersion, TxnTransitMetadata
from kafkapy.txn.records import TransactionLogValue
from kafkapy.txn.state import TransactionState
from storage.topic_partition import TopicPartition
from wire.primitives import DecodeError, Writer, write_tagged_fields

P = TransactionLogValue.PartitionsSchema
T0 = 1_700_000_000_000  # 0x0000018bcfe56800


def value(pid: int, epoch: int, timeout: int, status: int,
          parts: list[tuple[str, list[int]]] | None, last: int, start: int,
          prev: int = -1, nxt: int = -1, ctv: int = 0) -> TransactionLogValue:
    return TransactionLogValue(
        producer_id=pid, producer_epoch=epoch, transaction_timeout_ms=timeout,
        transaction_status=status,
        transaction_partitions=None if parts is None else [
            P(topic=t, partition_ids=ids) for t, ids in parts],
        transaction_last_update_timestamp_ms=last, transaction_start_timestamp_ms=start,
        previous_producer_id=prev, next_producer_id=nxt, client_transaction_version=ctv)


ONGOING = value(1000, 2, 60_000, 1, [("t", [0, 1])], T0 + 500, T0)
GOLDEN_V0 = bytes.fromhex(
    "0000"                  # version 0
    "00000000000003e8"      # producer_id 1000
    "0002"                  # producer_epoch 2
    "0000ea60"              # transaction_timeout_ms 60000
    "01"                    # transaction_status 1 (Ongoing)
    "00000001"              # 1 topic
    "0001" "74"             # topic "t"
    "00000002" "00000000" "00000001"  # partitions [0, 1]
    "0000018bcfe569f4"      # last update T0 + 500
    "0000018bcfe56800"      # start T0
)
GOLDEN_V1 = bytes.fromhex(
    "0001" "00000000000003e8" "0002" "0000ea60" "01"
    "02"                    # compact array: 1 topic
    "02" "74"               # compact string "t"
    "03" "00000000" "00000001"  # compact array: partitions [0, 1]
    "00"                    # the topic entry's tagged fields
    "0000018bcfe569f4" "0000018bcfe56800"
    "00"                    # no tagged fields: every tagged value is its default
)
# PrepareCommit at an epoch overflow (TV2): previous and next producer ids and the client's
# transaction version, as tagged fields 0, 1, 2.
OVERFLOW = value(1000, 32767, 60_000, 2, [("t", [0]), ("u", [3])], T0, T0,
                 prev=1000, nxt=1001, ctv=2)
GOLDEN_V1_TAGGED = bytes.fromhex(
    "0001" "00000000000003e8" "7fff" "0000ea60" "02"
    "03"                    # 2 topics
    "0274" "02" "00000000" "00"
    "0275" "02" "00000003" "00"
    "0000018bcfe56800" "0000018bcfe56800"
    "03"                    # 3 tagged fields
    "00" "08" "00000000000003e8"  # tag 0, 8 bytes: previous producer id 1000
    "01" "08" "00000000000003e9"  # tag 1, 8 bytes: next producer id 1001
    "02" "02" "0002"              # tag 2, 2 bytes: client transaction version 2
)
EMPTY = value(1000, 0, 60_000, 0, None, T0, -1)
EMPTY_V0 = bytes.fromhex(
    "0000" "00000000000003e8" "0000" "0000ea60" "00"
    "ffffffff"              # null partitions (Empty)
    "0000018bcfe56800" "ffffffffffffffff"
)


def test_key_golden() -> None:
    assert rec.encode_key("txn") == bytes.fromhex("0000" "0003" "74786e")
    assert rec.decode_key(bytes.fromhex("0000000374786e")) == "txn"
    assert rec.decode_key(bytes.fromhex("0001" "0001" "67")) is None  # not ours: skipped


@pytest.mark.parametrize("v, version, golden", [
    (ONGOING, 0, GOLDEN_V0), (ONGOING, 1, GOLDEN_V1), (OVERFLOW, 1, GOLDEN_V1_TAGGED),
    (EMPTY, 0, EMPTY_V0),
])
def test_value_golden(v: TransactionLogValue, version: int, golden: bytes) -> None:
    assert rec.encode_value(v, version) == golden
    assert rec.decode_value(golden) == v


def test_v0_has_no_tagged_fields() -> None:
    decoded = rec.decode_value(rec.encode_value(OVERFLOW, 0))
    assert (decoded.previous_producer_id, decoded.next_producer_id,
            decoded.client_transaction_version) == (-1, -1, 0)


@pytest.mark.parametrize("data", [GOLDEN_V0, GOLDEN_V1, GOLDEN_V1_TAGGED, EMPTY_V0])
def test_every_truncation_and_trailing_byte_fails(data: bytes) -> None:
    for n in range(len(data)):
        with pytest.raises(DecodeError):
            rec.decode_value(data[:n])
    with pytest.raises(DecodeError):
        rec.decode_value(data + b"\x00")
    with pytest.raises(DecodeError):
        rec.decode_key(rec.encode_key("t") + b"\x00")
    for n in range(4):
        with pytest.raises(DecodeError):
            rec.decode_key(rec.encode_key("tx")[:n])


def test_unknown_value_version_and_hostile_counts() -> None:
    with pytest.raises(DecodeError):
        rec.decode_value(b"\x00\x02" + GOLDEN_V1[2:])
    huge = GOLDEN_V0[:23] + b"\x7f\xff\xff\xff" + GOLDEN_V0[27:]  # 2^31-1 topics
    with pytest.raises(DecodeError):
        rec.decode_value(huge)


def test_unknown_tags_are_kept_aside() -> None:
    decoded = rec.decode_value(GOLDEN_V1[:-1] + bytes.fromhex("02" "05" "03" "616263" "09" "01" "ff"))
    assert decoded.unknown_tagged_fields == [(5, b"abc"), (9, b"\xff")]
    assert replace(decoded, unknown_tagged_fields=None) == ONGOING


def test_metadata_round_trip() -> None:
    partitions = {TopicPartition("u", 3), TopicPartition("t", 1), TopicPartition("t", 0)}
    transit = TxnTransitMetadata(
        1000, 999, 7, 2, 1, 60_000, TransactionState.PREPARE_COMMIT, frozenset(partitions),
        T0, T0 + 1, TransactionVersion.TV_2)
    v = rec.value_from_transit(transit)
    assert [(p.topic, p.partition_ids) for p in v.transaction_partitions or ()] == [
        ("t", [0, 1]), ("u", [3])]
    back = rec.metadata_from_value("txn", rec.decode_value(
        rec.encode_transit(transit, TransactionVersion.TV_2)))
    assert back.partitions == partitions and back.state is TransactionState.PREPARE_COMMIT
    assert (back.producer_id, back.previous_producer_id, back.next_producer_id) == (1000, 999, 7)
    assert back.client_transaction_version is TransactionVersion.TV_2
    assert (back.txn_start_timestamp, back.txn_last_update_timestamp) == (T0, T0 + 1)
    assert back.last_producer_epoch == -1  # not stored
    v0 = rec.metadata_from_value("txn", rec.decode_value(
        rec.encode_transit(transit, TransactionVersion.TV_0)))
    assert (v0.next_producer_id, v0.client_transaction_version) == (-1, TransactionVersion.TV_0)


def test_empty_with_partitions_is_refused() -> None:
    transit = TxnTransitMetadata(1, 1, -1, 0, -1, 1000, TransactionState.EMPTY,
                                 frozenset({TopicPartition("t", 0)}), -1, T0,
                                 TransactionVersion.TV_0)
    with pytest.raises(ValueError):
        rec.value_from_transit(transit)
    empty = rec.value_from_transit(replace(transit, partitions=frozenset()))
    assert empty.transaction_partitions is None


def test_unknown_state_id_is_a_decode_error() -> None:
    with pytest.raises(DecodeError):
        rec.metadata_from_value("t", value(1, 0, 1, 9, None, 0, 0))


# ---------------------------------------------------------------- independent encoder


def reference_encode(v: TransactionLogValue, version: int) -> bytes:
    """The layout of docs/transactions.md written out field by field with `Writer`."""
    flexible = version >= 1
    w = Writer().int16(version).int64(v.producer_id).int16(v.producer_epoch)
    w.int32(v.transaction_timeout_ms).int8(v.transaction_status)
    parts = v.transaction_partitions
    if parts is None:
        w.uvarint(0) if flexible else w.int32(-1)
    else:
        w.uvarint(len(parts) + 1) if flexible else w.int32(len(parts))
        for p in parts:
            if flexible:
                w.compact_string(p.topic).uvarint(len(p.partition_ids) + 1)
            else:
                w.string(p.topic).int32(len(p.partition_ids))
            for i in p.partition_ids:
                w.int32(i)
            if flexible:
                w.uvarint(0)
    w.int64(v.transaction_last_update_timestamp_ms).int64(v.transaction_start_timestamp_ms)
    if flexible:
        tags: list[tuple[int, bytes]] = []
        if v.previous_producer_id != -1:
            tags.append((0, Writer().int64(v.previous_producer_id).getvalue()))
        if v.next_producer_id != -1:
            tags.append((1, Writer().int64(v.next_producer_id).getvalue()))
        if v.client_transaction_version != 0:
            tags.append((2, Writer().int16(v.client_transaction_version).getvalue()))
        write_tagged_fields(w.out, None, tags)
    return w.getvalue()


int16 = st.integers(-(2**15), 2**15 - 1)
int64 = st.integers(-(2**63), 2**63 - 1)
values = st.builds(
    value,
    pid=int64, epoch=int16, timeout=st.integers(-(2**31), 2**31 - 1), status=st.integers(0, 7),
    parts=st.none() | st.lists(st.tuples(st.text(max_size=6),
                                         st.lists(st.integers(0, 2**31 - 1), max_size=4)),
                               max_size=3),
    last=int64, start=int64, prev=int64, nxt=int64, ctv=int16,
)


@settings(max_examples=300, deadline=None)
@given(values, st.sampled_from([0, 1]))
def test_matches_the_reference_encoder(v: TransactionLogValue, version: int) -> None:
    if version == 0:
        v = replace(v, previous_producer_id=-1, next_producer_id=-1, client_transaction_version=0)
    data = rec.encode_value(v, version)
    assert data == reference_encode(v, version)
    assert rec.decode_value(data) == v
