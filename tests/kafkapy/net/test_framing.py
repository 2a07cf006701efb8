"""FrameReader and request-header parsing: whole, byte by byte, trailing data, hostile sizes."""

from __future__ import annotations

import struct

import pytest

from kafkapy.net.framing import FrameError, FrameReader, parse_request_header
from wire.headers import RequestHeader


def _frames(*bodies: bytes) -> bytes:
    return b"".join(struct.pack(">i", len(b)) + b for b in bodies)


BODIES = [b"a" * 10, b"", b"xyz" * 1000, b"q"]


def test_whole_byte_by_byte_and_chunked() -> None:
    data = _frames(*BODIES)
    assert [bytes(f) for f in FrameReader(1 << 20).feed(data)] == BODIES
    r = FrameReader(1 << 20, read_size=64)
    got = [bytes(f) for i in range(len(data)) for f in r.feed(data[i : i + 1])]
    assert got == BODIES
    r = FrameReader(1 << 20, read_size=100)
    got = [bytes(f) for i in range(0, len(data), 7) for f in r.feed(data[i : i + 7])]
    assert got == BODIES


def test_trailing_partial_frame_waits() -> None:
    r = FrameReader(1 << 20)
    data = _frames(b"one", b"two")
    assert [bytes(f) for f in r.feed(data[:-1])] == [b"one"]
    assert [bytes(f) for f in r.feed(data[-1:])] == [b"two"]


def test_frames_are_writable_and_stable() -> None:
    r = FrameReader(1 << 20, read_size=32)
    (first,) = r.feed(_frames(b"A" * 20))
    first[0] = ord("B")  # produce stamps offsets in place
    later = [bytes(f) for f in r.feed(_frames(*(b"C" * 20 for _ in range(10))))]
    assert bytes(first) == b"B" + b"A" * 19 and later == [b"C" * 20] * 10


def test_big_frame_gets_its_own_buffer() -> None:
    r = FrameReader(1 << 24, read_size=1024)
    body = bytes(range(256)) * 4096
    data = _frames(body)
    frames = []
    for i in range(0, len(data), 5000):
        frames += r.feed(data[i : i + 5000])
    assert [bytes(f) for f in frames] == [body]


@pytest.mark.parametrize("size", [-1, -(2**31), 101, 2**31 - 1])
def test_hostile_size_prefix(size: int) -> None:
    r = FrameReader(100)
    with pytest.raises(FrameError):
        r.feed(struct.pack(">i", size) + b"x")


def test_parse_request_header_v1_v2_and_truncated() -> None:
    for key, version in ((3, 4), (3, 12), (18, 3), (18, 99)):
        raw = RequestHeader(key, version, 77, "client-é").encode() + b"BODY"
        header, pos = parse_request_header(memoryview(raw))
        assert (header.api_key, header.api_version, header.correlation_id) == (key, version, 77)
        assert header.client_id == "client-é" and raw[pos:] == b"BODY"
    null_id = RequestHeader(3, 1, 5, None).encode()
    assert parse_request_header(memoryview(null_id))[0].client_id is None
    good = RequestHeader(3, 12, 1, "abc").encode()
    for cut in range(len(good) - 1):
        with pytest.raises(ValueError):
            parse_request_header(memoryview(good[:cut]))
    with pytest.raises(ValueError):
        parse_request_header(memoryview(struct.pack(">hhih", 3, 1, 1, -5)))


def test_buffer_reused_only_when_no_frame_is_alive() -> None:
    r = FrameReader(1 << 20, read_size=64)
    held = r.feed(_frames(b"H" * 30))  # kept alive, like a handler still using it
    first = r._buf
    frames = r.feed(_frames(b"a" * 30, b"b" * 30))
    assert r._buf is not first  # the held frame pinned the old buffer
    assert bytes(held[0]) == b"H" * 30 and [bytes(f) for f in frames] == [b"a" * 30, b"b" * 30]
    del frames, held
    second = r._buf
    out = []
    for i in range(20):
        out += [bytes(f) for f in r.feed(_frames(b"%02d" % i * 20))]  # views dropped at once
    assert out == [b"%02d" % i * 20 for i in range(20)]
    assert r._buf is second  # nothing held: the same buffer went round again
