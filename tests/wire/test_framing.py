"""FrameReader: arbitrary chunking, limits checked before buffering, misbehaving peers."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wire.file_region import FileRegion
from wire.framing import FrameReader, FrameTooLarge, frame_chunks
from wire.primitives import DecodeError


def framed(*bodies: bytes) -> bytes:
    return b"".join(len(b).to_bytes(4, "big") + b for b in bodies)


BODIES = [b"", b"a", b"hello world", bytes(range(256)) * 40]


def feed_all(reader: FrameReader, data: bytes, cuts: list[int]) -> list[bytes]:
    out: list[bytes] = []
    prev = 0
    for c in [*sorted(set(cuts)), len(data)]:
        out += [bytes(f) for f in reader.feed(data[prev:c])]
        prev = c
    return out


def test_whole_byte_at_a_time_and_trailing() -> None:
    data = framed(*BODIES)
    assert [bytes(f) for f in FrameReader().feed(data)] == BODIES
    r = FrameReader()
    assert [bytes(f) for i in range(len(data)) for f in r.feed(data[i : i + 1])] == BODIES
    # trailing partial frame stays buffered, not returned
    r = FrameReader()
    assert [bytes(f) for f in r.feed(data + b"\x00\x00\x00\x05ab")] == BODIES
    assert r.buffered == 4 + 2
    assert [bytes(f) for f in r.feed(b"cde")] == [b"abcde"]
    assert r.buffered == 0


@settings(max_examples=200, deadline=None)
@given(
    bodies=st.lists(st.binary(max_size=64), max_size=5),
    cuts=st.lists(st.integers(0, 400), max_size=12),
)
def test_any_split(bodies: list[bytes], cuts: list[int]) -> None:
    data = framed(*bodies)
    cuts = [c for c in cuts if c <= len(data)]
    assert feed_all(FrameReader(), data, cuts) == bodies


def test_frame_in_one_chunk_is_a_view_of_it() -> None:
    data = framed(b"x" * 1000)
    frame = FrameReader().feed(data)[0]
    assert frame.obj is data  # zero copy


def test_size_above_limit_rejected_before_buffering() -> None:
    r = FrameReader(max_frame_size=100)
    with pytest.raises(FrameTooLarge):
        r.feed((101).to_bytes(4, "big"))
    assert r.buffered == 0
    # a hostile size arrives alone: nothing is allocated for it
    r = FrameReader(max_frame_size=100)
    with pytest.raises(FrameTooLarge):
        r.feed(b"\x7f\xff\xff\xff" + b"x" * 10)
    with pytest.raises(DecodeError):  # unusable afterwards
        r.feed(b"\x00")


def test_limit_is_inclusive_and_split_prefix_checked() -> None:
    r = FrameReader(max_frame_size=3)
    assert [bytes(f) for f in r.feed(framed(b"abc"))] == [b"abc"]
    r = FrameReader(max_frame_size=3)
    assert r.feed(b"\x00\x00") == []
    with pytest.raises(FrameTooLarge):
        r.feed(b"\x00\x04")


def test_negative_size_rejected() -> None:
    with pytest.raises(FrameTooLarge):
        FrameReader().feed(b"\xff\xff\xff\xfe")
    r = FrameReader()
    r.feed(b"\xff")
    with pytest.raises(FrameTooLarge):
        r.feed(b"\xff\xff\xff")


def test_frame_chunks_prefixes_size() -> None:
    region = FileRegion(3, 10, 100)
    chunks = frame_chunks(b"HDR", [b"body", region, b"tail"])
    assert chunks[0] == (3 + 4 + 100 + 4).to_bytes(4, "big") + b"HDRbody"
    assert chunks[1:] == [region, b"tail"]
    chunks = frame_chunks(b"HDR", [region])
    assert chunks == [(103).to_bytes(4, "big") + b"HDR", region]
