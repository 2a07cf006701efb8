"""`__consumer_offsets` key/value bytes: golden bytes from the JSON layouts, every version,
faults (every truncation, trailing bytes, unknown versions)."""

from __future__ import annotations

import pytest

from kafkapy.group import records as rec

OFFSET_KEY_GOLDEN = bytes.fromhex("0001" "0001" "67" "0001" "74" "00000002")
GROUP_KEY_GOLDEN = bytes.fromhex("0002" "0002" "6731")
# v3: offset=5, leaderEpoch=7, metadata="m", commitTimestamp=1000
OFFSET_V3_GOLDEN = bytes.fromhex("0003" "0000000000000005" "00000007" "0001" "6d" "00000000000003e8")
# v1: + expireTimestamp=2000, no leader epoch
OFFSET_V1_GOLDEN = bytes.fromhex("0001" "0000000000000005" "0001" "6d" "00000000000003e8"
                                 "00000000000007d0")
# v4 (flexible): compact string "m" = 02 6d, then an empty tagged-field section.
OFFSET_V4_GOLDEN = bytes.fromhex("0004" "0000000000000005" "00000007" "026d" "00000000000003e8" "00")

MEMBER = rec.MemberMetadataValue("m1", "cid", "/1.2.3.4", 10_000, b"\x01\x02", b"\x03",
                                 30_000, "inst")
GROUP = rec.GroupMetadataValue("consumer", 3, "range", "m1", 1234, (MEMBER,))
GROUP_V3_GOLDEN = bytes.fromhex(
    "0003"
    "0008" + b"consumer".hex() + "00000003" "0005" + b"range".hex() + "0002" + b"m1".hex()
    + "00000000000004d2" "00000001"
    + "0002" + b"m1".hex() + "0004" + b"inst".hex() + "0003" + b"cid".hex()
    + "0008" + b"/1.2.3.4".hex() + "00007530" "00002710" "00000002" "0102" "00000001" "03"
)


def test_offset_key_golden() -> None:
    key = rec.OffsetCommitKey("g", "t", 2)
    assert rec.encode_offset_key(key) == OFFSET_KEY_GOLDEN
    assert rec.decode_key(OFFSET_KEY_GOLDEN) == key
    assert rec.decode_key(b"\x00\x00" + OFFSET_KEY_GOLDEN[2:]) == key  # key v0, same layout


def test_group_key_golden() -> None:
    assert rec.encode_group_key(rec.GroupMetadataKey("g1")) == GROUP_KEY_GOLDEN
    assert rec.decode_key(GROUP_KEY_GOLDEN) == rec.GroupMetadataKey("g1")


def test_foreign_key_versions_are_skipped() -> None:
    assert rec.decode_key(bytes.fromhex("0003ffff")) is None
    with pytest.raises(rec.GroupRecordError):
        rec.decode_key(bytes.fromhex("ffff"))


def test_offset_value_goldens() -> None:
    v3 = rec.OffsetCommitValue(5, "m", 1000, leader_epoch=7)
    assert rec.encode_offset_value(v3) == OFFSET_V3_GOLDEN
    assert rec.decode_offset_value(OFFSET_V3_GOLDEN) == v3
    v1 = rec.OffsetCommitValue(5, "m", 1000, expire_timestamp=2000)
    assert rec.encode_offset_value(v1) == OFFSET_V1_GOLDEN  # explicit expiry -> v1
    assert rec.decode_offset_value(OFFSET_V1_GOLDEN) == v1
    assert rec.encode_offset_value(v3, version=4) == OFFSET_V4_GOLDEN
    assert rec.decode_offset_value(OFFSET_V4_GOLDEN) == v3


@pytest.mark.parametrize("version", range(5))
def test_offset_value_every_version_round_trips(version: int) -> None:
    value = rec.OffsetCommitValue(
        2**40, "é" * 3, 99, leader_epoch=4 if version >= 3 else -1,
        expire_timestamp=77 if version == 1 else -1,
    )
    assert rec.decode_offset_value(rec.encode_offset_value(value, version)) == value


def test_group_value_golden_v3() -> None:
    assert rec.encode_group_value(GROUP) == GROUP_V3_GOLDEN
    assert rec.decode_group_value(GROUP_V3_GOLDEN) == GROUP


@pytest.mark.parametrize("version", range(5))
def test_group_value_every_version_round_trips(version: int) -> None:
    member = rec.MemberMetadataValue(
        "m1", "cid", "/h", 10_000, b"s" * 300, b"",
        30_000 if version >= 1 else 10_000, "inst" if version >= 3 else None,
    )
    value = rec.GroupMetadataValue("consumer", 3, None, None,
                                   1234 if version >= 2 else -1, (member, member))
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
        with pytest.raises(rec.GroupRecordError):
            decode(blob[:cut])
    with pytest.raises(rec.GroupRecordError):
        decode(blob + b"\x00")


def test_unknown_value_versions() -> None:
    with pytest.raises(rec.GroupRecordError):
        rec.decode_offset_value(b"\x00\x05" + OFFSET_V3_GOLDEN[2:])
    with pytest.raises(rec.GroupRecordError):
        rec.decode_group_value(b"\x00\x09" + GROUP_V3_GOLDEN[2:])


def test_hostile_array_count_does_not_allocate() -> None:
    data = bytes.fromhex("0003" "0000" "00000001" "ffff" "ffff" "0000000000000000" "7fffffff")
    with pytest.raises(rec.GroupRecordError):
        rec.decode_group_value(data)
