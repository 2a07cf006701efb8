"""Run-time support shared by the generated message modules (``wire/messages/``).

Hand-written; every generated module imports its helpers from here. ``decode_body`` and the
``encode_*`` functions wrap a message's per-version codec table: they pick the version's
function, turn whatever a malformed buffer or a bad value makes the straight-line code raise
into :class:`DecodeError` / :class:`EncodeError`, and, for messages with ``records`` fields,
split the output around :class:`FileRegion` values for ``sendfile``. Pure functions, no state.
"""

from __future__ import annotations

import builtins
import struct
from collections.abc import Callable
from typing import NamedTuple, TypeVar

from wire.file_region import FileRegion
from wire.primitives import (
    INT32,
    Buffer,
    DecodeError,
    EncodeError,
    write_uvarint,
)

T = TypeVar("T")

OPEN = 0x7FFF
Regions = list[tuple[int, FileRegion]]
Decoder = Callable[[memoryview, int], tuple[T, int]]
Encoder = Callable[[T, bytearray], None]
RegionEncoder = Callable[[T, bytearray, Regions | None], None]

# What a malformed buffer can make the straight-line decoders raise; all become DecodeError.
_DECODE_FAILURES = (
    struct.error,
    IndexError,
    ValueError,
    OverflowError,
    TypeError,
    MemoryError,
    RecursionError,
)
_ENCODE_FAILURES = (struct.error, TypeError, AttributeError, OverflowError, ValueError)


class FieldInfo(NamedTuple):
    """One field of a message or struct as the JSON defines it (introspection and tests)."""

    name: str
    attr: str
    type: str
    versions: tuple[int, int]
    nullable_versions: tuple[int, int] | None
    tagged_versions: tuple[int, int] | None
    tag: int | None
    ignorable: bool
    entity_type: str | None
    flexible_versions: tuple[int, int] | None
    struct: builtins.type | None


def decode_body(
    table: dict[int, Decoder[T]], data: Buffer, version: int, name: str, strict: bool
) -> T:
    fn = table.get(version)
    if fn is None:
        raise DecodeError(f"{name} version {version} is not supported")
    buf = data if type(data) is memoryview else memoryview(data)
    try:
        obj, pos = fn(buf, 0)
    except DecodeError:
        raise
    except _DECODE_FAILURES as e:
        raise DecodeError(f"malformed {name} v{version}: {type(e).__name__}: {e}") from e
    if strict and pos != len(buf):
        raise DecodeError(f"{name} v{version}: {len(buf) - pos} unexpected trailing bytes")
    return obj


def _encoder(table: dict[int, T], version: int, name: str) -> T:
    fn = table.get(version)
    if fn is None:
        raise EncodeError(f"{name} version {version} is not supported")
    return fn


def encode_body(table: dict[int, Encoder[T]], obj: T, version: int, name: str) -> bytes:
    fn = _encoder(table, version, name)
    out = bytearray()
    try:
        fn(obj, out)
    except EncodeError:
        raise
    except _ENCODE_FAILURES as e:
        raise EncodeError(f"cannot encode {name} v{version}: {type(e).__name__}: {e}") from e
    return bytes(out)


def encode_plain_chunks(
    table: dict[int, Encoder[T]], obj: T, version: int, name: str
) -> list[bytes | FileRegion]:
    return [encode_body(table, obj, version, name)]


def encode_region_body(table: dict[int, RegionEncoder[T]], obj: T, version: int, name: str) -> bytes:
    fn = _encoder(table, version, name)
    out = bytearray()
    try:
        fn(obj, out, None)
    except EncodeError:
        raise
    except _ENCODE_FAILURES as e:
        raise EncodeError(f"cannot encode {name} v{version}: {type(e).__name__}: {e}") from e
    return bytes(out)


def encode_region_chunks(
    table: dict[int, RegionEncoder[T]], obj: T, version: int, name: str
) -> list[bytes | FileRegion]:
    fn = _encoder(table, version, name)
    out = bytearray()
    regions: Regions = []
    try:
        fn(obj, out, regions)
    except EncodeError:
        raise
    except _ENCODE_FAILURES as e:
        raise EncodeError(f"cannot encode {name} v{version}: {type(e).__name__}: {e}") from e
    if not regions:
        return [bytes(out)]
    chunks: list[bytes | FileRegion] = []
    view = memoryview(out)
    start = 0
    for offset, region in regions:
        if offset > start:
            chunks.append(bytes(view[start:offset]))
        chunks.append(region)
        start = offset
    if start < len(out):
        chunks.append(bytes(view[start:]))
    view.release()
    return chunks


def write_records(out: bytearray, value: object, rg: Regions | None, nullable: bool) -> None:
    """A non-flexible ``records`` field: int32 length, then the bytes or a file region."""
    if value is None:
        if not nullable:
            raise EncodeError("non-nullable records field is None")
        out += b"\xff\xff\xff\xff"
    elif type(value) is FileRegion:
        if rg is None:
            raise EncodeError("a FileRegion records value needs encode_chunks()")
        out += INT32.pack(value.length)
        rg.append((len(out), value))
    elif isinstance(value, (bytes, bytearray, memoryview)):
        out += INT32.pack(len(value))
        out += value
    else:
        raise EncodeError(f"records must be bytes-like or FileRegion, got {type(value).__name__}")


def write_compact_records(
    out: bytearray, value: object, rg: Regions | None, nullable: bool
) -> None:
    """A flexible ``records`` field: unsigned varint length+1 (0 is null)."""
    if value is None:
        if not nullable:
            raise EncodeError("non-nullable records field is None")
        out.append(0)
    elif type(value) is FileRegion:
        if rg is None:
            raise EncodeError("a FileRegion records value needs encode_chunks()")
        write_uvarint(out, value.length + 1)
        rg.append((len(out), value))
    elif isinstance(value, (bytes, bytearray, memoryview)):
        write_uvarint(out, len(value) + 1)
        out += value
    else:
        raise EncodeError(f"records must be bytes-like or FileRegion, got {type(value).__name__}")
