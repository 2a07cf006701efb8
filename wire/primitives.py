"""Kafka's primitive types: fixed-width integers, varints, strings, bytes, uuids, tagged fields.

Two layers:

* module-level functions ``read_x(buf, pos) -> (value, pos)`` and ``write_x(out, value)``, which
  the generated message code calls directly (no object per field, no attribute lookups);
* ``Reader`` / ``Writer``, thin stateful wrappers over the same functions for hand-written code
  (headers, record batches, tests).

Every read checks its bounds, so malformed input raises :class:`DecodeError` and never
IndexError, struct.error, a huge allocation or a hang. Reference: Kafka's protocol guide
(https://kafka.apache.org/protocol.html#protocol_types) and ``ByteUtils.java``.
"""

from __future__ import annotations

import struct
from uuid import UUID

__all__ = [
    "ZERO_UUID",
    "DecodeError",
    "EncodeError",
    "Reader",
    "Writer",
]


class DecodeError(ValueError):
    """The one error raised for bytes that are not a valid Kafka message or frame."""


class EncodeError(ValueError):
    """A value that cannot be encoded at the requested version (wrong type, out of range,
    a non-default value in a non-ignorable field the version lacks)."""


ZERO_UUID = UUID(int=0)

# Precompiled big-endian formats: one Struct per primitive.
INT8 = struct.Struct(">b")
INT16 = struct.Struct(">h")
INT32 = struct.Struct(">i")
INT64 = struct.Struct(">q")
UINT16 = struct.Struct(">H")
UINT32 = struct.Struct(">I")
FLOAT64 = struct.Struct(">d")

# Longest legal encodings (ByteUtils.readUnsignedVarint / readVarlong).
MAX_VARINT_BYTES = 5
MAX_VARLONG_BYTES = 10

Buffer = bytes | bytearray | memoryview


def _truncated(what: str, pos: int, need: int, have: int) -> DecodeError:
    return DecodeError(f"truncated {what} at offset {pos}: need {need} bytes, {have} left")


# -- varints -------------------------------------------------------------------------------


def read_uvarint(buf: Buffer, pos: int) -> tuple[int, int]:
    """An unsigned 32-bit varint (at most 5 bytes), unrolled: this is on every hot path."""
    try:
        b = buf[pos]
        if b < 0x80:
            return b, pos + 1
        value = b & 0x7F
        b = buf[pos + 1]
        value |= (b & 0x7F) << 7
        if b < 0x80:
            return value, pos + 2
        b = buf[pos + 2]
        value |= (b & 0x7F) << 14
        if b < 0x80:
            return value, pos + 3
        b = buf[pos + 3]
        value |= (b & 0x7F) << 21
        if b < 0x80:
            return value, pos + 4
        b = buf[pos + 4]
    except IndexError:
        raise _truncated("varint", pos, 1, len(buf) - pos) from None
    if b >= 0x80:
        raise DecodeError(f"varint at offset {pos} is longer than {MAX_VARINT_BYTES} bytes")
    value |= b << 28
    if value > 0xFFFFFFFF:
        raise DecodeError(f"varint at offset {pos} overflows 32 bits")
    return value, pos + 5


def read_uvarlong(buf: Buffer, pos: int) -> tuple[int, int]:
    """An unsigned 64-bit varint (at most 10 bytes)."""
    end = len(buf)
    value = 0
    shift = 0
    for i in range(MAX_VARLONG_BYTES):
        p = pos + i
        if p >= end:
            raise _truncated("varlong", pos, i + 1, end - pos)
        b = buf[p]
        value |= (b & 0x7F) << shift
        if not b & 0x80:
            if value > 0xFFFFFFFFFFFFFFFF:
                raise DecodeError(f"varlong at offset {pos} overflows 64 bits")
            return value, p + 1
        shift += 7
    raise DecodeError(f"varlong at offset {pos} is longer than {MAX_VARLONG_BYTES} bytes")


def read_varint(buf: Buffer, pos: int) -> tuple[int, int]:
    """A zig-zag signed 32-bit varint."""
    u, pos = read_uvarint(buf, pos)
    return (u >> 1) ^ -(u & 1), pos


def read_varlong(buf: Buffer, pos: int) -> tuple[int, int]:
    """A zig-zag signed 64-bit varint."""
    u, pos = read_uvarlong(buf, pos)
    return (u >> 1) ^ -(u & 1), pos


def encode_uvarint(value: int) -> bytes:
    """Encode an unsigned varint (32 or 64 bit; the caller checks the range)."""
    if value < 0:
        raise EncodeError(f"unsigned varint cannot be negative: {value}")
    if value < 0x80:
        return _SMALL_UVARINTS[value]
    out = bytearray()
    while value >= 0x80:
        out.append((value & 0x7F) | 0x80)
        value >>= 7
    out.append(value)
    return bytes(out)


_SMALL_UVARINTS = [bytes((i,)) for i in range(0x80)]


def write_uvarint(out: bytearray, value: int) -> None:
    if value < 0:
        raise EncodeError(f"unsigned varint cannot be negative: {value}")
    while value >= 0x80:
        out.append((value & 0x7F) | 0x80)
        value >>= 7
    out.append(value)


def write_varint(out: bytearray, value: int) -> None:
    """Zig-zag signed 32-bit varint."""
    if not -0x80000000 <= value <= 0x7FFFFFFF:
        raise EncodeError(f"varint out of range: {value}")
    write_uvarint(out, ((value << 1) ^ (value >> 31)) & 0xFFFFFFFF)


def write_varlong(out: bytearray, value: int) -> None:
    """Zig-zag signed 64-bit varint."""
    if not -0x8000000000000000 <= value <= 0x7FFFFFFFFFFFFFFF:
        raise EncodeError(f"varlong out of range: {value}")
    write_uvarint(out, ((value << 1) ^ (value >> 63)) & 0xFFFFFFFFFFFFFFFF)


# -- bounds ---------------------------------------------------------------------------------


def check_count(n: int, buf: Buffer, pos: int, what: str = "array") -> None:
    """Reject an element count that cannot fit in what is left of the buffer.

    Every element takes at least one byte (or the count itself is bounded by the frame),
    so this keeps a hostile count from driving a long loop or a large allocation.
    """
    if n > len(buf) - pos:
        raise DecodeError(f"{what} length {n} at offset {pos} exceeds the {len(buf) - pos} bytes left")


def _take(buf: Buffer, pos: int, n: int, what: str) -> int:
    end = pos + n
    if end > len(buf):
        raise _truncated(what, pos, n, len(buf) - pos)
    return end


# -- strings --------------------------------------------------------------------------------


def _utf8(buf: Buffer, pos: int, end: int) -> str:
    try:
        return str(buf[pos:end], "utf-8")
    except UnicodeDecodeError as e:
        raise DecodeError(f"invalid UTF-8 in string at offset {pos}") from e


def read_string(buf: Buffer, pos: int) -> tuple[str, int]:
    """STRING: int16 length, then UTF-8 bytes."""
    if pos + 2 > len(buf):
        raise _truncated("string length", pos, 2, len(buf) - pos)
    (n,) = INT16.unpack_from(buf, pos)
    if n < 0:
        raise DecodeError(f"non-nullable string at offset {pos} has length {n}")
    pos += 2
    end = _take(buf, pos, n, "string")
    return _utf8(buf, pos, end), end


def read_nullable_string(buf: Buffer, pos: int) -> tuple[str | None, int]:
    """NULLABLE_STRING: int16 length (-1 is null), then UTF-8 bytes."""
    if pos + 2 > len(buf):
        raise _truncated("string length", pos, 2, len(buf) - pos)
    (n,) = INT16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        if n != -1:
            raise DecodeError(f"negative string length {n} at offset {pos - 2}")
        return None, pos
    end = _take(buf, pos, n, "string")
    return _utf8(buf, pos, end), end


def read_compact_string(buf: Buffer, pos: int) -> tuple[str, int]:
    """COMPACT_STRING: unsigned varint length+1, then UTF-8 bytes."""
    n, pos = read_uvarint(buf, pos)
    if n == 0:
        raise DecodeError(f"non-nullable compact string at offset {pos - 1} is null")
    end = _take(buf, pos, n - 1, "compact string")
    return _utf8(buf, pos, end), end


def read_compact_nullable_string(buf: Buffer, pos: int) -> tuple[str | None, int]:
    n, pos = read_uvarint(buf, pos)
    if n == 0:
        return None, pos
    end = _take(buf, pos, n - 1, "compact string")
    return _utf8(buf, pos, end), end


def _encode_str(value: str | None, what: str) -> bytes:
    if not isinstance(value, str):
        raise EncodeError(f"{what} must be str, got {type(value).__name__}")
    return value.encode("utf-8")


def write_string(out: bytearray, value: str | None) -> None:
    b = _encode_str(value, "string")
    if len(b) > 0x7FFF:
        raise EncodeError(f"string of {len(b)} bytes is longer than 32767")
    out += INT16.pack(len(b))
    out += b


def write_nullable_string(out: bytearray, value: str | None) -> None:
    if value is None:
        out += b"\xff\xff"
    else:
        write_string(out, value)


def write_compact_string(out: bytearray, value: str | None) -> None:
    b = _encode_str(value, "compact string")
    write_uvarint(out, len(b) + 1)
    out += b


def write_compact_nullable_string(out: bytearray, value: str | None) -> None:
    if value is None:
        out.append(0)
    else:
        write_compact_string(out, value)


# -- bytes ----------------------------------------------------------------------------------


def read_bytes(buf: Buffer, pos: int) -> tuple[bytes, int]:
    """BYTES: int32 length, then the bytes (copied: bytes fields are small)."""
    v, pos = read_nullable_bytes_view(buf, pos)
    if v is None:
        raise DecodeError(f"non-nullable bytes at offset {pos - 4} is null")
    return bytes(v), pos


def read_nullable_bytes(buf: Buffer, pos: int) -> tuple[bytes | None, int]:
    v, pos = read_nullable_bytes_view(buf, pos)
    return (None if v is None else bytes(v)), pos


def read_compact_bytes(buf: Buffer, pos: int) -> tuple[bytes, int]:
    v, pos = read_compact_nullable_bytes_view(buf, pos)
    if v is None:
        raise DecodeError(f"non-nullable compact bytes at offset {pos - 1} is null")
    return bytes(v), pos


def read_compact_nullable_bytes(buf: Buffer, pos: int) -> tuple[bytes | None, int]:
    v, pos = read_compact_nullable_bytes_view(buf, pos)
    return (None if v is None else bytes(v)), pos


def read_nullable_bytes_view(buf: Buffer, pos: int) -> tuple[memoryview | None, int]:
    """int32 length (-1 is null), then a zero-copy view of the bytes (``records``)."""
    if pos + 4 > len(buf):
        raise _truncated("bytes length", pos, 4, len(buf) - pos)
    (n,) = INT32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        if n != -1:
            raise DecodeError(f"negative bytes length {n} at offset {pos - 4}")
        return None, pos
    end = _take(buf, pos, n, "bytes")
    return memoryview(buf)[pos:end], end


def read_compact_nullable_bytes_view(buf: Buffer, pos: int) -> tuple[memoryview | None, int]:
    n, pos = read_uvarint(buf, pos)
    if n == 0:
        return None, pos
    end = _take(buf, pos, n - 1, "compact bytes")
    return memoryview(buf)[pos:end], end


def _check_bytes(value: object, what: str) -> None:
    if not isinstance(value, (bytes, bytearray, memoryview)):
        raise EncodeError(f"{what} must be bytes-like, got {type(value).__name__}")


def write_bytes(out: bytearray, value: Buffer | None) -> None:
    if value is None:
        raise EncodeError("non-nullable bytes is None")
    _check_bytes(value, "bytes")
    out += INT32.pack(len(value))
    out += value


def write_nullable_bytes(out: bytearray, value: Buffer | None) -> None:
    if value is None:
        out += b"\xff\xff\xff\xff"
    else:
        write_bytes(out, value)


def write_compact_bytes(out: bytearray, value: Buffer | None) -> None:
    if value is None:
        raise EncodeError("non-nullable compact bytes is None")
    _check_bytes(value, "compact bytes")
    write_uvarint(out, len(value) + 1)
    out += value


def write_compact_nullable_bytes(out: bytearray, value: Buffer | None) -> None:
    if value is None:
        out.append(0)
    else:
        write_compact_bytes(out, value)


# -- uuid -----------------------------------------------------------------------------------


def read_uuid(buf: Buffer, pos: int) -> tuple[UUID, int]:
    end = _take(buf, pos, 16, "uuid")
    return UUID(bytes=bytes(buf[pos:end])), end


def write_uuid(out: bytearray, value: UUID) -> None:
    if not isinstance(value, UUID):
        raise EncodeError(f"uuid must be uuid.UUID, got {type(value).__name__}")
    out += value.bytes


# -- array headers ------------------------------------------------------------------------


def read_array_len(buf: Buffer, pos: int) -> tuple[int, int]:
    """int32 count (-1 is null); a count beyond the buffer is rejected here."""
    if pos + 4 > len(buf):
        raise _truncated("array length", pos, 4, len(buf) - pos)
    (n,) = INT32.unpack_from(buf, pos)
    pos += 4
    if n < -1:
        raise DecodeError(f"negative array length {n} at offset {pos - 4}")
    check_count(n, buf, pos)
    return n, pos


def read_compact_array_len(buf: Buffer, pos: int) -> tuple[int, int]:
    """unsigned varint count+1 (0 is null), returned as count (-1 is null)."""
    n, pos = read_uvarint(buf, pos)
    n -= 1
    check_count(n, buf, pos)
    return n, pos


# -- tagged fields ------------------------------------------------------------------------


def read_tag_header(buf: Buffer, pos: int) -> tuple[int, int, int]:
    """One tagged field's ``(tag, end, pos)``: the value lies in ``buf[pos:end]``."""
    tag, pos = read_uvarint(buf, pos)
    size, pos = read_uvarint(buf, pos)
    end = _take(buf, pos, size, "tagged field")
    return tag, end, pos


def skip_tagged_fields(buf: Buffer, pos: int) -> tuple[list[tuple[int, bytes]] | None, int]:
    """Read a tagged-field section whose tags are all unknown; keep them raw."""
    n, pos = read_uvarint(buf, pos)
    if n == 0:
        return None, pos
    check_count(n, buf, pos, "tagged field count")
    raw: list[tuple[int, bytes]] = []
    for _ in range(n):
        tag, end, pos = read_tag_header(buf, pos)
        raw.append((tag, bytes(buf[pos:end])))
        pos = end
    return raw, pos


def write_tagged_fields(
    out: bytearray,
    known: list[tuple[int, Buffer]] | None,
    unknown: list[tuple[int, bytes]] | None,
) -> None:
    """Write a tagged-field section: known and preserved unknown fields, in tag order."""
    fields: list[tuple[int, Buffer]] = []
    if known:
        fields.extend(known)
    if unknown:
        fields.extend(unknown)
    if len(fields) > 1:
        fields.sort(key=lambda f: f[0])
    write_uvarint(out, len(fields))
    for tag, payload in fields:
        write_uvarint(out, tag)
        write_uvarint(out, len(payload))
        out += payload


# -- stateful wrappers --------------------------------------------------------------------


class Reader:
    """A cursor over a buffer for hand-written decoders (headers, tests)."""

    __slots__ = ("buf", "pos")

    def __init__(self, data: Buffer, pos: int = 0) -> None:
        self.buf = data if isinstance(data, memoryview) else memoryview(data)
        self.pos = pos

    @property
    def remaining(self) -> int:
        return len(self.buf) - self.pos

    def _fixed(self, s: struct.Struct, what: str) -> int:
        pos = self.pos
        if pos + s.size > len(self.buf):
            raise _truncated(what, pos, s.size, len(self.buf) - pos)
        self.pos = pos + s.size
        v: int = s.unpack_from(self.buf, pos)[0]
        return v

    def int8(self) -> int:
        return self._fixed(INT8, "int8")

    def int16(self) -> int:
        return self._fixed(INT16, "int16")

    def int32(self) -> int:
        return self._fixed(INT32, "int32")

    def int64(self) -> int:
        return self._fixed(INT64, "int64")

    def uint16(self) -> int:
        return self._fixed(UINT16, "uint16")

    def uint32(self) -> int:
        return self._fixed(UINT32, "uint32")

    def float64(self) -> float:
        pos = self.pos
        if pos + 8 > len(self.buf):
            raise _truncated("float64", pos, 8, len(self.buf) - pos)
        self.pos = pos + 8
        v: float = FLOAT64.unpack_from(self.buf, pos)[0]
        return v

    def boolean(self) -> bool:
        return self._fixed(INT8, "bool") != 0

    def uvarint(self) -> int:
        v, self.pos = read_uvarint(self.buf, self.pos)
        return v

    def varint(self) -> int:
        v, self.pos = read_varint(self.buf, self.pos)
        return v

    def varlong(self) -> int:
        v, self.pos = read_varlong(self.buf, self.pos)
        return v

    def string(self) -> str:
        v, self.pos = read_string(self.buf, self.pos)
        return v

    def nullable_string(self) -> str | None:
        v, self.pos = read_nullable_string(self.buf, self.pos)
        return v

    def compact_string(self) -> str:
        v, self.pos = read_compact_string(self.buf, self.pos)
        return v

    def compact_nullable_string(self) -> str | None:
        v, self.pos = read_compact_nullable_string(self.buf, self.pos)
        return v

    def bytes_(self) -> bytes:
        v, self.pos = read_bytes(self.buf, self.pos)
        return v

    def nullable_bytes_view(self) -> memoryview | None:
        v, self.pos = read_nullable_bytes_view(self.buf, self.pos)
        return v

    def compact_nullable_bytes_view(self) -> memoryview | None:
        v, self.pos = read_compact_nullable_bytes_view(self.buf, self.pos)
        return v

    def uuid(self) -> UUID:
        v, self.pos = read_uuid(self.buf, self.pos)
        return v

    def raw(self, n: int) -> memoryview:
        """The next ``n`` bytes as a zero-copy view."""
        if n < 0:
            raise DecodeError(f"negative length {n}")
        end = _take(self.buf, self.pos, n, "raw bytes")
        v = self.buf[self.pos : end]
        self.pos = end
        return v

    def tagged_fields(self) -> list[tuple[int, bytes]] | None:
        v, self.pos = skip_tagged_fields(self.buf, self.pos)
        return v


class Writer:
    """An append-only buffer for hand-written encoders (headers, tests)."""

    __slots__ = ("out",)

    def __init__(self) -> None:
        self.out = bytearray()

    def getvalue(self) -> bytes:
        return bytes(self.out)

    def int8(self, v: int) -> Writer:
        self.out += INT8.pack(v)
        return self

    def int16(self, v: int) -> Writer:
        self.out += INT16.pack(v)
        return self

    def int32(self, v: int) -> Writer:
        self.out += INT32.pack(v)
        return self

    def int64(self, v: int) -> Writer:
        self.out += INT64.pack(v)
        return self

    def uint16(self, v: int) -> Writer:
        self.out += UINT16.pack(v)
        return self

    def uint32(self, v: int) -> Writer:
        self.out += UINT32.pack(v)
        return self

    def float64(self, v: float) -> Writer:
        self.out += FLOAT64.pack(v)
        return self

    def boolean(self, v: bool) -> Writer:
        self.out.append(1 if v else 0)
        return self

    def uvarint(self, v: int) -> Writer:
        write_uvarint(self.out, v)
        return self

    def varint(self, v: int) -> Writer:
        write_varint(self.out, v)
        return self

    def varlong(self, v: int) -> Writer:
        write_varlong(self.out, v)
        return self

    def string(self, v: str) -> Writer:
        write_string(self.out, v)
        return self

    def nullable_string(self, v: str | None) -> Writer:
        write_nullable_string(self.out, v)
        return self

    def compact_string(self, v: str) -> Writer:
        write_compact_string(self.out, v)
        return self

    def compact_nullable_string(self, v: str | None) -> Writer:
        write_compact_nullable_string(self.out, v)
        return self

    def bytes_(self, v: Buffer) -> Writer:
        write_bytes(self.out, v)
        return self

    def nullable_bytes(self, v: Buffer | None) -> Writer:
        write_nullable_bytes(self.out, v)
        return self

    def compact_nullable_bytes(self, v: Buffer | None) -> Writer:
        write_compact_nullable_bytes(self.out, v)
        return self

    def uuid(self, v: UUID) -> Writer:
        write_uuid(self.out, v)
        return self

    def raw(self, v: Buffer) -> Writer:
        self.out += v
        return self

    def tagged_fields(self, unknown: list[tuple[int, bytes]] | None = None) -> Writer:
        write_tagged_fields(self.out, None, unknown)
        return self
