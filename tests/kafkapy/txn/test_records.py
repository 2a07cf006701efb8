"""`__transaction_state` codec: golden bytes derived by hand from Kafka's
TransactionLogKey.json / TransactionLogValue.json (layout in docs/transactions.md), every
truncation and trailing byte, and a cross-check against an independent codec: the project's
message generator run on the same schema."""

from __future__ import annotations

import importlib.util
import json
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kafkapy.txn import records as rec
from kafkapy.txn.metadata import TransactionVersion, TxnTransitMetadata
from kafkapy.txn.state import TransactionState
from storage.topic_partition import TopicPartition
from wire.generator.render import render_module
from wire.generator.spec import load_message

T0 = 1_700_000_000_000  # 0x0000018bcfe56800
ONGOING = rec.TransactionLogValue(
    producer_id=1000, producer_epoch=2, transaction_timeout_ms=60_000, transaction_status=1,
    transaction_partitions=(("t", (0, 1)),), transaction_last_update_timestamp_ms=T0 + 500,
    transaction_start_timestamp_ms=T0,
)
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
# PrepareCommit with an overflow (TV2): previous and next producer ids and the client's
# transaction version, as tagged fields 0, 1, 2.
OVERFLOW = rec.TransactionLogValue(
    1000, 32767, 60_000, 2, (("t", (0,)), ("u", (3,))), T0, T0,
    previous_producer_id=1000, next_producer_id=1001, client_transaction_version=2,
)
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
EMPTY_V0 = bytes.fromhex(
    "0000" "00000000000003e8" "0000" "0000ea60" "00"
    "ffffffff"              # null partitions (Empty)
    "0000018bcfe56800" "ffffffffffffffff"
)


def test_key_golden() -> None:
    assert rec.encode_key("txn") == bytes.fromhex("0000" "0003" "74786e")
    assert rec.decode_key(bytes.fromhex("0000000374786e")) == "txn"
    assert rec.decode_key(bytes.fromhex("0001" "0001" "67")) is None  # not ours: skipped


@pytest.mark.parametrize("value, version, golden", [
    (ONGOING, 0, GOLDEN_V0), (ONGOING, 1, GOLDEN_V1), (OVERFLOW, 1, GOLDEN_V1_TAGGED),
    (rec.TransactionLogValue(1000, 0, 60_000, 0, None, T0, -1), 0, EMPTY_V0),
])
def test_value_golden(value: rec.TransactionLogValue, version: int, golden: bytes) -> None:
    assert rec.encode_value(value, version) == golden
    assert rec.decode_value(golden) == value


def test_v0_drops_tagged_fields() -> None:
    decoded = rec.decode_value(rec.encode_value(OVERFLOW, 0))
    assert (decoded.previous_producer_id, decoded.next_producer_id,
            decoded.client_transaction_version) == (-1, -1, 0)


@pytest.mark.parametrize("data", [GOLDEN_V0, GOLDEN_V1, GOLDEN_V1_TAGGED, EMPTY_V0])
def test_every_truncation_and_trailing_byte_fails(data: bytes) -> None:
    for n in range(len(data)):
        with pytest.raises(rec.TxnRecordError):
            rec.decode_value(data[:n])
    with pytest.raises(rec.TxnRecordError):
        rec.decode_value(data + b"\x00")
    with pytest.raises(rec.TxnRecordError):
        rec.decode_key(rec.encode_key("t") + b"\x00")
    for n in range(4):
        with pytest.raises(rec.TxnRecordError):
            rec.decode_key(rec.encode_key("tx")[:n])


def test_unknown_value_version_and_hostile_counts() -> None:
    with pytest.raises(rec.TxnRecordError, match="version 2"):
        rec.decode_value(b"\x00\x02" + GOLDEN_V1[2:])
    huge = GOLDEN_V0[:23] + b"\x7f\xff\xff\xff" + GOLDEN_V0[27:]  # 2^31-1 topics
    with pytest.raises(rec.TxnRecordError):
        rec.decode_value(huge)


def test_unknown_tags_are_skipped() -> None:
    data = GOLDEN_V1[:-1] + bytes.fromhex("02" "05" "03" "616263" "09" "01" "ff")
    assert rec.decode_value(data) == ONGOING


def test_known_tag_of_wrong_size_is_rejected() -> None:
    with pytest.raises(rec.TxnRecordError):
        rec.decode_value(GOLDEN_V1[:-1] + bytes.fromhex("01" "00" "04" "00000001"))


def test_metadata_round_trip() -> None:
    partitions = {TopicPartition("u", 3), TopicPartition("t", 1), TopicPartition("t", 0)}
    transit = TxnTransitMetadata(
        1000, 999, 7, 2, 1, 60_000, TransactionState.PREPARE_COMMIT, frozenset(partitions),
        T0, T0 + 1, TransactionVersion.TV_2)
    value = rec.value_from_transit(transit)
    assert value.transaction_partitions == (("t", (0, 1)), ("u", (3,)))
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
    assert rec.value_from_transit(replace(transit, partitions=frozenset())).transaction_partitions is None


def test_unknown_state_id_is_a_record_error() -> None:
    bad = rec.TransactionLogValue(1, 0, 1, 9, None, 0, 0)
    with pytest.raises(rec.TxnRecordError):
        rec.metadata_from_value("t", bad)


# ---------------------------------------------------------------- independent codec

# TransactionLogValue's schema as Kafka's JSON states it (field names, types, versions, tags);
# tagged fields get "versions" because the project's generator requires it.
_SCHEMA: dict[str, Any] = {
    "type": "data", "name": "TransactionLogValue", "validVersions": "0-1",
    "flexibleVersions": "1+",
    "fields": [
        {"name": "ProducerId", "type": "int64", "versions": "0+"},
        {"name": "PreviousProducerId", "type": "int64", "versions": "1+",
         "taggedVersions": "1+", "tag": 0, "default": -1},
        {"name": "NextProducerId", "type": "int64", "versions": "1+", "taggedVersions": "1+",
         "tag": 1, "default": -1},
        {"name": "ProducerEpoch", "type": "int16", "versions": "0+"},
        {"name": "TransactionTimeoutMs", "type": "int32", "versions": "0+"},
        {"name": "TransactionStatus", "type": "int8", "versions": "0+"},
        {"name": "TransactionPartitions", "type": "[]PartitionsSchema", "versions": "0+",
         "nullableVersions": "0+", "fields": [
             {"name": "Topic", "type": "string", "versions": "0+"},
             {"name": "PartitionIds", "type": "[]int32", "versions": "0+"}]},
        {"name": "TransactionLastUpdateTimestampMs", "type": "int64", "versions": "0+"},
        {"name": "TransactionStartTimestampMs", "type": "int64", "versions": "0+"},
        {"name": "ClientTransactionVersion", "type": "int16", "versions": "1+",
         "taggedVersions": "1+", "tag": 2, "default": 0},
    ],
}


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Any:
    directory = Path(tmp_path_factory.mktemp("schema"))
    schema = directory / "TransactionLogValue.json"
    schema.write_text(json.dumps(_SCHEMA))
    message = load_message(schema)
    assert message is not None
    source = directory / "txn_log_value_generated.py"
    source.write_text(render_module("TransactionLogValue", [message]))
    spec = importlib.util.spec_from_file_location(source.stem, source)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[source.stem] = module  # dataclasses look the module up
    spec.loader.exec_module(module)
    return module.TransactionLogValue


int16 = st.integers(-(2**15), 2**15 - 1)
int64 = st.integers(-(2**63), 2**63 - 1)
values = st.builds(
    rec.TransactionLogValue,
    producer_id=int64, producer_epoch=int16, transaction_timeout_ms=st.integers(-(2**31), 2**31 - 1),
    transaction_status=st.integers(0, 7),
    transaction_partitions=st.none() | st.lists(
        st.tuples(st.text(max_size=6), st.lists(st.integers(0, 2**31 - 1), max_size=4).map(tuple)),
        max_size=3).map(tuple),
    transaction_last_update_timestamp_ms=int64, transaction_start_timestamp_ms=int64,
    previous_producer_id=int64, next_producer_id=int64, client_transaction_version=int16,
)


@settings(max_examples=300, deadline=None)
@given(values, st.sampled_from([0, 1]))
def test_matches_the_generated_codec(generated: Any, value: rec.TransactionLogValue,
                                     version: int) -> None:
    if version == 0:  # v0 has no tagged fields
        value = replace(value, previous_producer_id=-1, next_producer_id=-1,
                        client_transaction_version=0)
    parts = None if value.transaction_partitions is None else [
        generated.PartitionsSchema(topic=t, partition_ids=list(ids))
        for t, ids in value.transaction_partitions]
    other = generated(
        producer_id=value.producer_id, producer_epoch=value.producer_epoch,
        transaction_timeout_ms=value.transaction_timeout_ms,
        transaction_status=value.transaction_status, transaction_partitions=parts,
        transaction_last_update_timestamp_ms=value.transaction_last_update_timestamp_ms,
        transaction_start_timestamp_ms=value.transaction_start_timestamp_ms,
        previous_producer_id=value.previous_producer_id,
        next_producer_id=value.next_producer_id,
        client_transaction_version=value.client_transaction_version,
    )
    ours = rec.encode_value(value, version)
    assert ours[2:] == other.encode(version)
    assert rec.decode_value(ours) == value
    theirs = generated.decode(ours[2:], version)
    assert theirs.producer_id == value.producer_id and theirs.next_producer_id == (
        value.next_producer_id)
