"""The `__consumer_offsets` record formats, byte for byte as Kafka writes them.

The layouts are generated like every other Kafka schema (`wire/messages/coordinator_records.py`,
from `wire/generator/internal_topics/`); this module adds what the schemas leave to Kafka's
coordinator code:

- A key starts with an int16 record type (Kafka's `CoordinatorRecordType`): 0 and 1 are an
  `OffsetCommitKey` (0 is the legacy name of the same layout), 2 a `GroupMetadataKey`. Higher
  types (KIP-848 consumer groups, share and streams groups) are not ours: `decode_key` returns
  None and the replay skips them, as Kafka skips record types it does not know.
- A value starts with an int16 version: `OffsetCommitValue` v0-v4, `GroupMetadataValue` v0-v4;
  v4 is flexible (compact strings, bytes and arrays, tagged fields).
- We write key type 1 and value v3 for offsets (v1 when the commit carries an explicit expire
  timestamp, OffsetCommit v2-v4 `retention_time_ms`), key type 2 and value v3 for groups: what
  Kafka 3.x/4.x writes. A delete is a tombstone: the key with a null value.
- Kafka reads a v0 group member's rebalance timeout as its session timeout.

Every decoder is strict (trailing bytes are an error) and raises only `DecodeError`; encoders
raise `EncodeError`. See docs/groups.md.
"""

from __future__ import annotations

from wire.messages.coordinator_records import (
    GroupMetadataKey,
    GroupMetadataValue,
    OffsetCommitKey,
    OffsetCommitValue,
)
from wire.primitives import INT16, Buffer, DecodeError, Reader

__all__ = [
    "GroupMetadataKey",
    "GroupMetadataValue",
    "MemberMetadata",
    "OffsetCommitKey",
    "OffsetCommitValue",
    "decode_group_value",
    "decode_key",
    "decode_offset_value",
    "encode_group_value",
    "encode_key",
    "encode_offset_value",
]

MemberMetadata = GroupMetadataValue.MemberMetadata

LEGACY_OFFSET_COMMIT_RECORD_TYPE = 0
GROUP_VALUE_VERSION = 3


def _split(data: Buffer) -> tuple[int, memoryview]:
    """The leading int16 (record type or version) and a view of the bytes after it."""
    r = Reader(data)
    prefix = r.int16()
    return prefix, r.buf[r.pos :]


# ---------------------------------------------------------------- keys


def encode_key(key: OffsetCommitKey | GroupMetadataKey) -> bytes:
    body = key.encode(0)
    return INT16.pack(key.RECORD_TYPE) + body


def decode_key(data: Buffer) -> OffsetCommitKey | GroupMetadataKey | None:
    """None for record types that belong to other coordinators (type > 2)."""
    record_type, body = _split(data)
    if record_type in (LEGACY_OFFSET_COMMIT_RECORD_TYPE, OffsetCommitKey.RECORD_TYPE):
        return OffsetCommitKey.decode(body, 0, strict=True)
    if record_type == GroupMetadataKey.RECORD_TYPE:
        return GroupMetadataKey.decode(body, 0, strict=True)
    if record_type > GroupMetadataKey.RECORD_TYPE:
        return None
    raise DecodeError(f"unknown __consumer_offsets record type {record_type}")


# ---------------------------------------------------------------- values


def offset_value_version(value: OffsetCommitValue) -> int:
    """Kafka's choice: v1 (the only one with an expire timestamp) when there is one, else v3."""
    return 1 if value.expire_timestamp != -1 else 3


def encode_offset_value(value: OffsetCommitValue, version: int | None = None) -> bytes:
    v = offset_value_version(value) if version is None else version
    body = value.encode(v)  # an unknown version raises EncodeError here
    return INT16.pack(v) + body


def decode_offset_value(data: Buffer) -> OffsetCommitValue:
    version, body = _split(data)
    return OffsetCommitValue.decode(body, version, strict=True)


def encode_group_value(value: GroupMetadataValue, version: int = GROUP_VALUE_VERSION) -> bytes:
    body = value.encode(version)
    return INT16.pack(version) + body


def decode_group_value(data: Buffer) -> GroupMetadataValue:
    version, body = _split(data)
    value = GroupMetadataValue.decode(body, version, strict=True)
    if version == 0:
        for member in value.members:
            member.rebalance_timeout = member.session_timeout
    return value
