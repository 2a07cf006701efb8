"""Zig-zag varints as records use them (Kafka's ``ByteUtils.readVarint``/``readVarlong``).

Kept here rather than in ``wire.primitives`` so the record path raises ``RecordDecodeError``
(a ``CorruptRecordError``) and bounds every read by the batch, never by the whole frame.
"""

from __future__ import annotations

from wire.records.errors import RecordDecodeError

VARINT_MAX_BYTES = 5
VARLONG_MAX_BYTES = 10

Readable = bytes | bytearray | memoryview


def read_varint(buf: Readable, position: int, end: int) -> tuple[int, int]:
    """Decode a zig-zag int32 at ``position`` (reading before ``end``); return (value, next)."""
    return _read(buf, position, end, VARINT_MAX_BYTES)


def read_varlong(buf: Readable, position: int, end: int) -> tuple[int, int]:
    """Decode a zig-zag int64 at ``position`` (reading before ``end``); return (value, next)."""
    return _read(buf, position, end, VARLONG_MAX_BYTES)


def _read(buf: Readable, position: int, end: int, max_bytes: int) -> tuple[int, int]:
    raw = 0
    shift = 0
    for i in range(max_bytes):
        if position + i >= end:
            raise RecordDecodeError(f"varint truncated at byte {position + i}")
        byte = buf[position + i]
        raw |= (byte & 0x7F) << shift
        if not byte & 0x80:
            # the last byte may only fill the bits left in 32 (varint) or 64 (varlong)
            if i == max_bytes - 1 and byte >> ((32 if max_bytes == VARINT_MAX_BYTES else 64) - shift):
                raise RecordDecodeError(f"varint overflow at byte {position}")
            return (raw >> 1) ^ -(raw & 1), position + i + 1
        shift += 7
    raise RecordDecodeError(f"varint longer than {max_bytes} bytes at byte {position}")


def write_varint(out: bytearray, value: int) -> None:
    """Append the zig-zag varint of ``value`` (int32 or int64 range)."""
    raw = (value << 1) ^ (value >> 63)
    raw &= 0xFFFFFFFFFFFFFFFF
    while raw > 0x7F:
        out.append((raw & 0x7F) | 0x80)
        raw >>= 7
    out.append(raw)


def size_of_varint(value: int) -> int:
    raw = ((value << 1) ^ (value >> 63)) & 0xFFFFFFFFFFFFFFFF
    size = 1
    while raw > 0x7F:
        raw >>= 7
        size += 1
    return size
