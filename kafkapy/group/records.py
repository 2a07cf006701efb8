"""The `__consumer_offsets` record formats, byte for byte as Kafka writes them.

Every key and value starts with an int16 version. Key versions name the record type
(Kafka's `CoordinatorRecordType`): 0 and 1 are an `OffsetCommitKey`, 2 a `GroupMetadataKey`;
higher ones (KIP-848 consumer groups, share groups) are not ours and are skipped on replay.
Value layouts follow `OffsetCommitValue.json` (v0-v4) and `GroupMetadataValue.json` (v0-v4);
v4 is flexible (compact strings/bytes/arrays and tagged fields). See docs/groups.md.

We write key v1 and value v3 for offsets (v1 when the commit carries an explicit expire
timestamp, OffsetCommit v2-v4 `retention_time_ms`), key v2 and value v3 for groups: what
Kafka 3.x/4.x writes. A delete is a tombstone: the key with a null value.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field

OFFSET_COMMIT_KEY_VERSIONS = (0, 1)
GROUP_METADATA_KEY_VERSION = 2
OFFSET_VALUE_VERSIONS = range(5)
GROUP_VALUE_VERSIONS = range(5)
FLEXIBLE_VALUE_VERSION = 4


class GroupRecordError(ValueError):
    """Truncated, trailing or unknown-version bytes in a `__consumer_offsets` record."""


@dataclass(frozen=True, slots=True)
class OffsetCommitKey:
    group: str
    topic: str
    partition: int


@dataclass(frozen=True, slots=True)
class GroupMetadataKey:
    group: str


@dataclass(frozen=True, slots=True)
class OffsetCommitValue:
    offset: int
    metadata: str = ""
    commit_timestamp: int = -1
    leader_epoch: int = -1  # v3+
    expire_timestamp: int = -1  # v1 only


@dataclass(frozen=True, slots=True)
class MemberMetadataValue:
    member_id: str
    client_id: str
    client_host: str
    session_timeout: int
    subscription: bytes
    assignment: bytes
    rebalance_timeout: int = -1  # v1+ (Kafka reads v0 as session timeout)
    group_instance_id: str | None = None  # v3+


@dataclass(frozen=True, slots=True)
class GroupMetadataValue:
    protocol_type: str
    generation: int
    protocol: str | None
    leader: str | None
    current_state_timestamp: int = -1  # v2+
    members: tuple[MemberMetadataValue, ...] = field(default_factory=tuple)


# ---------------------------------------------------------------- primitives


class _Writer:
    __slots__ = ("buf", "flexible")

    def __init__(self, flexible: bool = False) -> None:
        self.buf = bytearray()
        self.flexible = flexible

    def int16(self, v: int) -> None:
        self.buf += struct.pack(">h", v)

    def int32(self, v: int) -> None:
        self.buf += struct.pack(">i", v)

    def int64(self, v: int) -> None:
        self.buf += struct.pack(">q", v)

    def uvarint(self, v: int) -> None:
        while v > 0x7F:
            self.buf.append((v & 0x7F) | 0x80)
            v >>= 7
        self.buf.append(v)

    def string(self, s: str | None) -> None:
        if s is None:
            if self.flexible:
                self.uvarint(0)
            else:
                self.int16(-1)
            return
        data = s.encode()
        if self.flexible:
            self.uvarint(len(data) + 1)
        else:
            self.int16(len(data))
        self.buf += data

    def bytes_(self, b: bytes) -> None:
        if self.flexible:
            self.uvarint(len(b) + 1)
        else:
            self.int32(len(b))
        self.buf += b

    def array_len(self, n: int) -> None:
        if self.flexible:
            self.uvarint(n + 1)
        else:
            self.int32(n)

    def tags(self) -> None:
        if self.flexible:
            self.uvarint(0)


class _Reader:
    __slots__ = ("data", "flexible", "pos")

    def __init__(self, data: bytes | memoryview) -> None:
        self.data = bytes(data)
        self.pos = 0
        self.flexible = False

    def _take(self, n: int) -> bytes:
        if n < 0 or self.pos + n > len(self.data):
            raise GroupRecordError(f"truncated: need {n} bytes at {self.pos} of {len(self.data)}")
        out = self.data[self.pos : self.pos + n]
        self.pos += n
        return out

    def int16(self) -> int:
        return int(struct.unpack(">h", self._take(2))[0])

    def int32(self) -> int:
        return int(struct.unpack(">i", self._take(4))[0])

    def int64(self) -> int:
        return int(struct.unpack(">q", self._take(8))[0])

    def uvarint(self) -> int:
        value = shift = 0
        while True:
            b = self._take(1)[0]
            value |= (b & 0x7F) << shift
            if not b & 0x80:
                return value
            shift += 7
            if shift > 28:
                raise GroupRecordError("varint too long")

    def nullable_string(self) -> str | None:
        n = self.uvarint() - 1 if self.flexible else self.int16()
        if n < 0:
            return None
        try:
            return self._take(n).decode()
        except UnicodeDecodeError as exc:
            raise GroupRecordError(f"invalid UTF-8 string: {exc}") from None

    def string(self) -> str:
        s = self.nullable_string()
        if s is None:
            raise GroupRecordError("null in a non-nullable string")
        return s

    def bytes_(self) -> bytes:
        n = self.uvarint() - 1 if self.flexible else self.int32()
        if n < 0:
            raise GroupRecordError("null in non-nullable bytes")
        return self._take(n)

    def array_len(self) -> int:
        n = self.uvarint() - 1 if self.flexible else self.int32()
        if n < 0:
            raise GroupRecordError("null in a non-nullable array")
        if n > len(self.data) - self.pos:  # each element takes at least one byte
            raise GroupRecordError(f"array of {n} cannot fit in the remaining bytes")
        return n

    def skip_tags(self) -> None:
        if not self.flexible:
            return
        for _ in range(self.uvarint()):
            self.uvarint()  # tag
            self._take(self.uvarint())

    def end(self) -> None:
        if self.pos != len(self.data):
            raise GroupRecordError(f"{len(self.data) - self.pos} trailing bytes")


# ---------------------------------------------------------------- keys


def encode_offset_key(key: OffsetCommitKey, version: int = 1) -> bytes:
    w = _Writer()
    w.int16(version)
    w.string(key.group)
    w.string(key.topic)
    w.int32(key.partition)
    return bytes(w.buf)


def encode_group_key(key: GroupMetadataKey) -> bytes:
    w = _Writer()
    w.int16(GROUP_METADATA_KEY_VERSION)
    w.string(key.group)
    return bytes(w.buf)


def decode_key(data: bytes | memoryview) -> OffsetCommitKey | GroupMetadataKey | None:
    """None for record types that belong to other coordinators (key version > 2)."""
    r = _Reader(data)
    version = r.int16()
    if version in OFFSET_COMMIT_KEY_VERSIONS:
        key: OffsetCommitKey | GroupMetadataKey = OffsetCommitKey(r.string(), r.string(), r.int32())
    elif version == GROUP_METADATA_KEY_VERSION:
        key = GroupMetadataKey(r.string())
    elif version > GROUP_METADATA_KEY_VERSION:
        return None
    else:
        raise GroupRecordError(f"unknown key version {version}")
    r.end()
    return key


# ---------------------------------------------------------------- offset values


def offset_value_version(value: OffsetCommitValue) -> int:
    return 1 if value.expire_timestamp != -1 else 3


def encode_offset_value(value: OffsetCommitValue, version: int | None = None) -> bytes:
    v = offset_value_version(value) if version is None else version
    if v not in OFFSET_VALUE_VERSIONS:
        raise GroupRecordError(f"unknown OffsetCommitValue version {v}")
    w = _Writer(flexible=v >= FLEXIBLE_VALUE_VERSION)
    w.int16(v)
    w.int64(value.offset)
    if v >= 3:
        w.int32(value.leader_epoch)
    w.string(value.metadata)
    w.int64(value.commit_timestamp)
    if v == 1:
        w.int64(value.expire_timestamp)
    w.tags()
    return bytes(w.buf)


def decode_offset_value(data: bytes | memoryview) -> OffsetCommitValue:
    r = _Reader(data)
    v = r.int16()
    if v not in OFFSET_VALUE_VERSIONS:
        raise GroupRecordError(f"unknown OffsetCommitValue version {v}")
    r.flexible = v >= FLEXIBLE_VALUE_VERSION
    offset = r.int64()
    leader_epoch = r.int32() if v >= 3 else -1
    metadata = r.string()
    commit_ts = r.int64()
    expire_ts = r.int64() if v == 1 else -1
    r.skip_tags()
    r.end()
    return OffsetCommitValue(offset, metadata, commit_ts, leader_epoch, expire_ts)


# ---------------------------------------------------------------- group values


def encode_group_value(value: GroupMetadataValue, version: int = 3) -> bytes:
    if version not in GROUP_VALUE_VERSIONS:
        raise GroupRecordError(f"unknown GroupMetadataValue version {version}")
    w = _Writer(flexible=version >= FLEXIBLE_VALUE_VERSION)
    w.int16(version)
    w.string(value.protocol_type)
    w.int32(value.generation)
    w.string(value.protocol)
    w.string(value.leader)
    if version >= 2:
        w.int64(value.current_state_timestamp)
    w.array_len(len(value.members))
    for m in value.members:
        w.string(m.member_id)
        if version >= 3:
            w.string(m.group_instance_id)
        w.string(m.client_id)
        w.string(m.client_host)
        if version >= 1:
            w.int32(m.rebalance_timeout)
        w.int32(m.session_timeout)
        w.bytes_(m.subscription)
        w.bytes_(m.assignment)
        w.tags()
    w.tags()
    return bytes(w.buf)


def decode_group_value(data: bytes | memoryview) -> GroupMetadataValue:
    r = _Reader(data)
    v = r.int16()
    if v not in GROUP_VALUE_VERSIONS:
        raise GroupRecordError(f"unknown GroupMetadataValue version {v}")
    r.flexible = v >= FLEXIBLE_VALUE_VERSION
    protocol_type = r.string()
    generation = r.int32()
    protocol = r.nullable_string()
    leader = r.nullable_string()
    state_ts = r.int64() if v >= 2 else -1
    members = []
    for _ in range(r.array_len()):
        member_id = r.string()
        instance_id = r.nullable_string() if v >= 3 else None
        client_id = r.string()
        client_host = r.string()
        rebalance_timeout = r.int32() if v >= 1 else -1
        session_timeout = r.int32()
        subscription = r.bytes_()
        assignment = r.bytes_()
        r.skip_tags()
        if rebalance_timeout == -1:
            rebalance_timeout = session_timeout  # Kafka's v0 reading
        members.append(
            MemberMetadataValue(
                member_id, client_id, client_host, session_timeout, subscription, assignment,
                rebalance_timeout, instance_id,
            )
        )
    r.skip_tags()
    r.end()
    return GroupMetadataValue(protocol_type, generation, protocol, leader, state_ts, tuple(members))
