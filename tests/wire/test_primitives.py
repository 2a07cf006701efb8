"""Primitives through the Reader/Writer wrappers: every type, boundaries, null encodings."""

from __future__ import annotations

import uuid

from hypothesis import given
from hypothesis import strategies as st

from wire.primitives import Reader, Writer, encode_uvarint


@given(
    st.integers(-(2**31), 2**31 - 1),
    st.integers(-(2**63), 2**63 - 1),
    st.integers(0, 2**32 - 1),
    st.text(max_size=20),
    st.none() | st.text(max_size=5),
    st.binary(max_size=20),
    st.uuids(),
    st.floats(allow_nan=False),
)
def test_writer_reader_round_trip(
    i32: int, i64: int, u32: int, s: str, ns: str | None, b: bytes, u: uuid.UUID, f: float
) -> None:
    w = Writer()
    w.int8(-128).int16(-1).int32(i32).int64(i64).uint16(65535).uint32(u32).float64(f)
    w.boolean(True).uvarint(u32).varint(i32).varlong(i64)
    w.string(s).nullable_string(ns).compact_string(s).compact_nullable_string(ns)
    w.bytes_(b).nullable_bytes(None).compact_nullable_bytes(b).uuid(u).tagged_fields([(3, b"x")])
    r = Reader(w.getvalue())
    assert (r.int8(), r.int16(), r.int32(), r.int64()) == (-128, -1, i32, i64)
    assert (r.uint16(), r.uint32(), r.float64(), r.boolean()) == (65535, u32, f, True)
    assert (r.uvarint(), r.varint(), r.varlong()) == (u32, i32, i64)
    assert (r.string(), r.nullable_string()) == (s, ns)
    assert (r.compact_string(), r.compact_nullable_string()) == (s, ns)
    assert r.bytes_() == b and r.nullable_bytes_view() is None
    view = r.compact_nullable_bytes_view()
    assert view is not None and bytes(view) == b
    assert r.uuid() == u
    assert r.tagged_fields() == [(3, b"x")]
    assert r.remaining == 0


def test_known_encodings() -> None:
    # Kafka's protocol guide: zig-zag varints, compact lengths are N+1, null is -1 / 0
    assert Writer().varint(-1).varint(1).varint(-64).getvalue() == b"\x01\x02\x7f"
    assert encode_uvarint(300) == b"\xac\x02"
    assert Writer().nullable_string(None).compact_nullable_string(None).getvalue() == (
        b"\xff\xff\x00"
    )
    assert Writer().compact_string("ab").getvalue() == b"\x03ab"
    assert Writer().uuid(uuid.UUID(int=1)).getvalue() == b"\x00" * 15 + b"\x01"
