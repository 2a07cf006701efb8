"""Codecs: round trips, other libraries' framings, truncation, and decompression bombs."""

from __future__ import annotations

import gzip
import struct

import cramjam
import lz4.frame
import pytest
import snappy
import zstandard
from hypothesis import given, settings
from hypothesis import strategies as st
from kafka import codec as kafka_codec

from wire.records import Compression, DecompressionError, compress, decompress
from wire.records.compression import (
    XERIAL_MAGIC,
    _declared_content_size,
    snappy_xerial_compress,
)

CODECS = [c for c in Compression if c]
LIMIT = 1 << 20


@settings(max_examples=40, deadline=None)
@given(data=st.binary(max_size=200_000), codec=st.sampled_from(CODECS))
def test_round_trip(data: bytes, codec: Compression) -> None:
    assert bytes(decompress(codec, compress(codec, data))) == data


@pytest.mark.parametrize("codec", CODECS, ids=[c.name for c in CODECS])
def test_kafka_python_decodes_ours(codec: Compression) -> None:
    data = b"kafka " * 20_000
    decoders = {
        Compression.GZIP: kafka_codec.gzip_decode,
        Compression.SNAPPY: kafka_codec.snappy_decode,
        Compression.LZ4: kafka_codec.lz4_decode,
        Compression.ZSTD: kafka_codec.zstd_decode,
    }
    assert decoders[codec](compress(codec, data)) == data


def test_snappy_framings_from_other_libraries() -> None:
    data = b"snappy " * 30_000
    assert kafka_codec.snappy_encode(data).startswith(XERIAL_MAGIC)
    assert decompress(Compression.SNAPPY, kafka_codec.snappy_encode(data)) == data  # xerial
    assert decompress(Compression.SNAPPY, snappy.compress(data)) == data  # raw, as librdkafka
    framed = snappy_xerial_compress(data)
    assert framed.startswith(XERIAL_MAGIC)
    assert struct.unpack(">ii", framed[8:16]) == (1, 1)


def test_lz4_frames_from_other_libraries() -> None:
    data = bytes(range(256)) * 2000
    for linked in (False, True):
        for checksum in (False, True):
            frame = lz4.frame.compress(data, block_linked=linked, content_checksum=checksum,
                                       store_size=checksum)
            assert decompress(Compression.LZ4, frame) == data
    ours = compress(Compression.LZ4, data)
    assert ours[4] & 0x20, "we write independent blocks: Java's Lz4BlockInputStream needs them"


def test_zstd_from_zstandard() -> None:
    data = b"zstd " * 50_000
    for write_size in (True, False):
        frame = zstandard.ZstdCompressor(write_content_size=write_size).compress(data)
        assert decompress(Compression.ZSTD, frame) == data


def test_gzip_concatenated_members() -> None:
    data = gzip.compress(b"first ") + gzip.compress(b"second")
    assert decompress(Compression.GZIP, data) == b"first second"


@pytest.mark.parametrize("codec", CODECS, ids=[c.name for c in CODECS])
def test_truncated_and_garbage(codec: Compression) -> None:
    blob = compress(codec, b"payload " * 5000)
    for cut in range(0, len(blob), max(1, len(blob) // 40)):
        try:
            out = decompress(codec, blob[:cut])
        except DecompressionError:
            continue
        # a prefix that decodes must at least not invent data
        assert bytes(out) == (b"payload " * 5000)[: len(out)]
    with pytest.raises(DecompressionError):
        decompress(codec, b"\x00garbage, not compressed at all" * 3)


@pytest.mark.parametrize("codec", CODECS, ids=[c.name for c in CODECS])
def test_bomb_is_refused(codec: Compression) -> None:
    bomb = compress(codec, bytes(32 << 20))  # 32 MiB of zeros
    assert len(bomb) < 2 << 20
    with pytest.raises(DecompressionError, match="limit"):
        decompress(codec, bomb, max_size=LIMIT)
    # exactly at the limit is fine
    assert len(decompress(codec, compress(codec, bytes(LIMIT)), max_size=LIMIT)) == LIMIT


def test_snappy_declared_length_checked_before_allocating() -> None:
    # raw snappy preamble claiming 4 GiB, then nothing
    lie = b"\xff\xff\xff\xff\x0f" + b"\x00" * 8
    with pytest.raises(DecompressionError, match="limit"):
        decompress(Compression.SNAPPY, lie, max_size=LIMIT)
    framed = XERIAL_MAGIC + struct.pack(">ii", 1, 1) + struct.pack(">i", len(lie)) + lie
    with pytest.raises(DecompressionError, match="limit"):
        decompress(Compression.SNAPPY, framed, max_size=LIMIT)
    # many small xerial blocks that together pass the limit
    block = bytes(cramjam.snappy.compress_raw(bytes(LIMIT // 2 + 1)))
    many = XERIAL_MAGIC + struct.pack(">ii", 1, 1) + (struct.pack(">i", len(block)) + block) * 3
    with pytest.raises(DecompressionError, match="limit"):
        decompress(Compression.SNAPPY, many, max_size=LIMIT)


@pytest.mark.parametrize(
    "tail",
    [b"", b"\x00\x00", struct.pack(">i", -1), struct.pack(">i", 1 << 30) + b"abc"],
)
def test_xerial_bad_block_lengths(tail: bytes) -> None:
    framed = XERIAL_MAGIC + (struct.pack(">ii", 1, 1) if tail else b"\x00\x00") + tail
    with pytest.raises(DecompressionError):
        decompress(Compression.SNAPPY, framed)


def test_declared_content_size_above_limit_is_refused_up_front() -> None:
    frame = bytearray(lz4.frame.compress(b"small", store_size=True))
    frame[6:14] = (1 << 40).to_bytes(8, "little")  # the header now claims 1 TiB
    with pytest.raises(DecompressionError, match="limit"):
        decompress(Compression.LZ4, bytes(frame), max_size=LIMIT)
    big = zstandard.ZstdCompressor(write_content_size=True).compress(bytes(LIMIT + 1))
    with pytest.raises(DecompressionError, match="limit"):
        decompress(Compression.ZSTD, big, max_size=LIMIT)


def test_understated_content_size_still_bounded() -> None:
    data = b"z" * 300_000
    frame = bytearray(zstandard.ZstdCompressor(write_content_size=True).compress(data))
    # single segment, 4-byte content size right after the descriptor: claim 10 bytes instead
    assert frame[4] >> 6 == 2 and frame[4] & 0x20
    frame[5:9] = (10).to_bytes(4, "little")
    assert _declared_content_size(bytes(frame)) == 10
    try:
        out = decompress(Compression.ZSTD, bytes(frame), max_size=LIMIT)
    except DecompressionError:
        return
    assert out == data
