"""`__consumer_offsets` key/value bytes: golden bytes from the JSON layouts, every version,
faults (every truncation, trailing bytes, unknown versions)."""

from __future__ import annotations

import pytest

from kafkapy.group import records as rec
from wire.primitives import DecodeError, EncodeError

OFFSET_KEY_GOLDEN = bytes.fromhex("0001" "0001" "67" "0001" "74" "00000002")
GROUP_KEY_GOLDEN = bytes.fromhex("0002" "0002" "6731")
# v3: offset=5, leaderEpoch=7, metadata="m", commitTimestamp=1000
OFFSET_V3_GOLDEN = bytes.fromhex("0003" "0000000000000005" "00000007" "0001" "6d" "00000000000003e8")
# v1: + expireTimestamp=2000, no leader epoch
OFFSET_V1_GOLDEN = bytes.fromhex("0001" "0000000000000005" "0001" "6d" "00000000000003e8"
                                 "00000000000007d0")
# v4 (flexible): compact string "m" = 02 6d, then an empty tagged-field section.
OFFSET_V4_GOLDEN = bytes.fromhex("0004" "0000000000000005" "00000007" "026d" "00000000000003e8" "00")

MEMBER = rec.MemberMetadata(
    member_id="m1", group_instance_id="inst", client_id="cid", client_host="/1.2.3.4",
    rebalance_timeout=30_000, session_timeout=10_000, subscription=b"\x01\x02", assignment=b"\x03",
)
GROUP = rec.GroupMetadataValue("consumer", 3, "range", "m1", 1234, [MEMBER])
GROUP_V3_GOLDEN = bytes.fromhex(
    "0003"
    "0008" + b"consumer".hex() + "00000003" "0005" + b"range".hex() + "0002" + b"m1".hex()
    + "00000000000004d2" "00000001"
    + "0002" + b"m1".hex() + "0004" + b"inst".hex() + "0003" + b"cid".hex()
    + "0008" + b"/1.2.3.4".hex() + "00007530" "00002710" "00000002" "0102" "00000001" "03"
)


def test_offset_key_golden() -> None:
    key = rec.OffsetCommitKey("g", "t", 2)
    assert rec.encode_key(key) == OFFSET_KEY_GOLDEN
    assert rec.decode_key(OFFSET_KEY_GOLDEN) == key
    assert rec.decode_key(b"\x00\x00" + OFFSET_KEY_GOLDEN[2:]) == key  # key v0, same layout


def test_group_key_golden() -> None:
    assert rec.encode_key(rec.GroupMetadataKey("g1")) == GROUP_KEY_GOLDEN
    assert rec.decode_key(GROUP_KEY_GOLDEN) == rec.GroupMetadataKey("g1")


def test_foreign_key_versions_are_skipped() -> None:
    assert rec.decode_key(bytes.fromhex("0003ffff")) is None
    with pytest.raises(DecodeError):
        rec.decode_key(bytes.fromhex("ffff"))


def test_offset_value_goldens() -> None:
    v3 = rec.OffsetCommitValue(offset=5, metadata="m", commit_timestamp=1000, leader_epoch=7)
    assert rec.encode_offset_value(v3) == OFFSET_V3_GOLDEN
    assert rec.decode_offset_value(OFFSET_V3_GOLDEN) == v3
    v1 = rec.OffsetCommitValue(offset=5, metadata="m", commit_timestamp=1000, expire_timestamp=2000)
    assert rec.encode_offset_value(v1) == OFFSET_V1_GOLDEN  # explicit expiry -> v1
    assert rec.decode_offset_value(OFFSET_V1_GOLDEN) == v1
    assert rec.encode_offset_value(v3, version=4) == OFFSET_V4_GOLDEN
    assert rec.decode_offset_value(OFFSET_V4_GOLDEN) == v3


@pytest.mark.parametrize("version", range(5))
def test_offset_value_every_version_round_trips(version: int) -> None:
    value = rec.OffsetCommitValue(
        offset=2**40, metadata="é" * 3, commit_timestamp=99,
        leader_epoch=4 if version >= 3 else -1, expire_timestamp=77 if version == 1 else -1,
    )
    assert rec.decode_offset_value(rec.encode_offset_value(value, version)) == value


def test_group_value_golden_v3() -> None:
    assert rec.encode_group_value(GROUP) == GROUP_V3_GOLDEN
    assert rec.decode_group_value(GROUP_V3_GOLDEN) == GROUP


@pytest.mark.parametrize("version", range(5))
def test_group_value_every_version_round_trips(version: int) -> None:
    member = rec.MemberMetadata(
        member_id="m1", client_id="cid", client_host="/h", session_timeout=10_000,
        subscription=b"s" * 300, assignment=b"",
        rebalance_timeout=30_000 if version >= 1 else 10_000,
        group_instance_id="inst" if version >= 3 else None,
    )
    value = rec.GroupMetadataValue("consumer", 3, None, None,
                                   1234 if version >= 2 else -1, [member, member])
    assert rec.decode_group_value(rec.encode_group_value(value, version)) == value


def test_tagged_fields_are_skipped_in_v4() -> None:
    # An unknown tag (tag 5, 2 bytes) in the value's tagged section is ignored.
    data = OFFSET_V4_GOLDEN[:-1] + bytes.fromhex("01" "05" "02" "abcd")
    assert rec.decode_offset_value(data).offset == 5


@pytest.mark.parametrize("blob,decode", [
    (OFFSET_KEY_GOLDEN, rec.decode_key),
    (OFFSET_V3_GOLDEN, rec.decode_offset_value),
    (OFFSET_V1_GOLDEN, rec.decode_offset_value),
    (OFFSET_V4_GOLDEN, rec.decode_offset_value),
    (GROUP_V3_GOLDEN, rec.decode_group_value),
    (rec.encode_group_value(GROUP, 4), rec.decode_group_value),
])
def test_every_truncation_and_trailing_byte_is_an_error(blob: bytes, decode: object) -> None:
    assert callable(decode)
    for cut in range(len(blob)):
        with pytest.raises(DecodeError):
            decode(blob[:cut])
    with pytest.raises(DecodeError):
        decode(blob + b"\x00")


def test_unknown_value_versions() -> None:
    with pytest.raises(DecodeError):
        rec.decode_offset_value(b"\x00\x05" + OFFSET_V3_GOLDEN[2:])
    with pytest.raises(DecodeError):
        rec.decode_group_value(b"\x00\x09" + GROUP_V3_GOLDEN[2:])


def test_hostile_array_count_does_not_allocate() -> None:
    data = bytes.fromhex("0003" "0000" "00000001" "ffff" "ffff" "0000000000000000" "7fffffff")
    with pytest.raises(DecodeError):
        rec.decode_group_value(data)


# ---------------------------------------------------------------- every version, by hand
# Each golden is written field by field from the layouts of Kafka 4.1.1's group-coordinator
# schemas (OffsetCommitValue.json, GroupMetadataValue.json), independently of the generator.

CONSUMER = "0008" + b"consumer".hex()
OFFSET_GOLDENS = {
    0: "0000" "0000000000000005" "0001" "6d" "00000000000003e8",
    1: "0001" "0000000000000005" "0001" "6d" "00000000000003e8" "00000000000007d0",
    2: "0002" "0000000000000005" "0001" "6d" "00000000000003e8",
    3: "0003" "0000000000000005" "00000007" "0001" "6d" "00000000000003e8",
    4: "0004" "0000000000000005" "00000007" "026d" "00000000000003e8" "00",
}
# protocolType, generation 2, protocol "range", leader "m1", [v2+ currentStateTimestamp 1000],
# one member: memberId "m1", [v3+ groupInstanceId "i"], clientId "c", clientHost "/h",
# [v1+ rebalanceTimeout 300], sessionTimeout 100, subscription 01, assignment empty.
GROUP_GOLDENS = {
    0: "0000" + CONSUMER + "00000002" "0005" "72616e6765" "0002" "6d31"
    "00000001" "0002" "6d31" "0001" "63" "0002" "2f68" "00000064" "00000001" "01" "00000000",
    1: "0001" + CONSUMER + "00000002" "0005" "72616e6765" "0002" "6d31"
    "00000001" "0002" "6d31" "0001" "63" "0002" "2f68" "0000012c" "00000064" "00000001" "01"
    "00000000",
    2: "0002" + CONSUMER + "00000002" "0005" "72616e6765" "0002" "6d31" "00000000000003e8"
    "00000001" "0002" "6d31" "0001" "63" "0002" "2f68" "0000012c" "00000064" "00000001" "01"
    "00000000",
    3: "0003" + CONSUMER + "00000002" "0005" "72616e6765" "0002" "6d31" "00000000000003e8"
    "00000001" "0002" "6d31" "0001" "69" "0001" "63" "0002" "2f68" "0000012c" "00000064"
    "00000001" "01" "00000000",
    # flexible: compact lengths are length+1, arrays count+1, a tagged section (00) closes
    # every struct
    4: "0004" "09" + b"consumer".hex() + "00000002" "06" "72616e6765" "03" "6d31"
    "00000000000003e8" "02" "03" "6d31" "02" "69" "02" "63" "03" "2f68" "0000012c" "00000064"
    "02" "01" "01" "00" "00",
}


def _offset_value(version: int) -> rec.OffsetCommitValue:
    return rec.OffsetCommitValue(
        offset=5, leader_epoch=7 if version >= 3 else -1, metadata="m", commit_timestamp=1000,
        expire_timestamp=2000 if version == 1 else -1,
    )


def _group_value(version: int) -> rec.GroupMetadataValue:
    member = rec.MemberMetadata(
        member_id="m1", group_instance_id="i" if version >= 3 else None, client_id="c",
        client_host="/h", rebalance_timeout=300 if version >= 1 else 100, session_timeout=100,
        subscription=b"\x01", assignment=b"",
    )
    return rec.GroupMetadataValue(
        protocol_type="consumer", generation=2, protocol="range", leader="m1",
        current_state_timestamp=1000 if version >= 2 else -1, members=[member],
    )


@pytest.mark.parametrize("version", sorted(OFFSET_GOLDENS))
def test_offset_value_golden_every_version(version: int) -> None:
    golden = bytes.fromhex(OFFSET_GOLDENS[version])
    assert rec.encode_offset_value(_offset_value(version), version) == golden
    assert rec.decode_offset_value(golden) == _offset_value(version)


@pytest.mark.parametrize("version", sorted(GROUP_GOLDENS))
def test_group_value_golden_every_version(version: int) -> None:
    golden = bytes.fromhex(GROUP_GOLDENS[version])
    assert rec.encode_group_value(_group_value(version), version) == golden
    # v0 has no rebalance timeout: Kafka reads the session timeout (100) in its place
    assert rec.decode_group_value(golden) == _group_value(version)


def test_empty_group_v4_golden() -> None:
    # Null protocol and leader are compact nulls (00); no members is a compact array of 0 (01).
    golden = bytes.fromhex("0004" "09" + b"consumer".hex() + "00000005" "00" "00"
                           "ffffffffffffffff" "01" "00")
    value = rec.GroupMetadataValue("consumer", 5, None, None, -1, [])
    assert rec.encode_group_value(value, 4) == golden
    assert rec.decode_group_value(golden) == value


def test_key_goldens_every_record_type() -> None:
    legacy = bytes.fromhex("0000" "0001" "67" "0001" "74" "00000002")
    assert rec.decode_key(legacy) == rec.OffsetCommitKey("g", "t", 2)
    assert rec.encode_key(rec.OffsetCommitKey("g", "t", 2)) == b"\x00\x01" + legacy[2:]
    assert rec.encode_key(rec.GroupMetadataKey("g1")) == bytes.fromhex("0002" "0002" "6731")
    with pytest.raises(DecodeError):
        rec.decode_key(legacy + b"\x00")  # keys are strict too


def test_unknown_versions_cannot_be_encoded() -> None:
    with pytest.raises(EncodeError):
        rec.encode_offset_value(_offset_value(3), 5)
    with pytest.raises(EncodeError):
        rec.encode_group_value(_group_value(3), 5)
