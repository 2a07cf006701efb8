"""The four codecs of a v2 batch's records section, with the framing real clients send.

In a v2 batch everything after the 61-byte header is one compressed stream.

- gzip: a gzip member (RFC 1952), as Java's ``GZIPOutputStream`` and librdkafka (zlib) write it.
- snappy: two framings are in the wild and both are read. Java (snappy-java's
  ``SnappyOutputStream``) and kafka-python write the **xerial** framing: the 16-byte header
  ``\\x82SNAPPY\\x00`` + int32 version + int32 compatible version, then blocks of int32 length +
  raw snappy. librdkafka writes **raw** snappy (one block, no framing). We write xerial (what the
  Java broker hands out; every client reads it).
- lz4: the standard LZ4 *frame* format. Kafka's broken frame-descriptor checksum (KAFKA-3160)
  concerns magic 0/1 only, which kafkapy rejects anyway; v2 batches carry a correct one. Java's
  reader cannot follow linked blocks, so we write independent 64 KiB blocks; we read any frame.
- zstd: one zstd frame (content size optional).

Decompression is bounded: ``decompress(..., max_size)`` never produces (nor allocates) more than
``max_size`` bytes and raises ``DecompressionError`` past it, so a tiny "bomb" cannot exhaust
memory. The default is ``DEFAULT_MAX_DECOMPRESSED_SIZE``.
"""

from __future__ import annotations

import gzip
import struct
import zlib

import cramjam

from wire.records.batch import Compression
from wire.records.errors import DecompressionError, InvalidRecordError

#: Upper bound for one decompressed records section, used when the caller gives none.
#: Kafka's default ``message.max.bytes`` is ~1 MiB compressed; 64 MiB decompressed is generous.
DEFAULT_MAX_DECOMPRESSED_SIZE = 64 * 1024 * 1024

XERIAL_MAGIC = b"\x82SNAPPY\x00"
_XERIAL_HEADER = struct.Struct(">8sii")
_XERIAL_VERSION = 1
_XERIAL_COMPATIBLE_VERSION = 1
#: snappy-java's default block size.
XERIAL_BLOCK_SIZE = 32 * 1024
_INT32 = struct.Struct(">i")

#: Java's ``GzipCompression`` default (``Deflater.DEFAULT_COMPRESSION``).
GZIP_LEVEL = 6
ZSTD_LEVEL = 3

# cramjam's message when the output buffer given to ``decompress_into`` is too small.
_CRAMJAM_FULL = "failed to write whole buffer"

Data = bytes | bytearray | memoryview


# --- compress -----------------------------------------------------------------------------------


def compress(codec: Compression, data: Data) -> bytes:
    """Compress a records section with ``codec`` in the framing described above."""
    if codec == Compression.NONE:
        return bytes(data)
    if codec == Compression.GZIP:
        return gzip.compress(bytes(data), compresslevel=GZIP_LEVEL, mtime=0)
    if codec == Compression.SNAPPY:
        return snappy_xerial_compress(data)
    if codec == Compression.LZ4:
        compressor = cramjam.lz4.Compressor(content_checksum=False, block_linked=False)
        compressor.compress(bytes(data))
        return bytes(compressor.finish())
    if codec == Compression.ZSTD:
        return bytes(cramjam.zstd.compress(bytes(data), level=ZSTD_LEVEL))
    raise InvalidRecordError(f"unknown compression codec {codec}")


def snappy_xerial_compress(data: Data, block_size: int = XERIAL_BLOCK_SIZE) -> bytes:
    """snappy-java's ``SnappyOutputStream`` framing (what the Java client sends)."""
    view = memoryview(data).cast("B")
    out = bytearray(_XERIAL_HEADER.pack(XERIAL_MAGIC, _XERIAL_VERSION, _XERIAL_COMPATIBLE_VERSION))
    for start in range(0, len(view), block_size):
        block = bytes(cramjam.snappy.compress_raw(bytes(view[start : start + block_size])))
        out += _INT32.pack(len(block))
        out += block
    return bytes(out)


# --- decompress ---------------------------------------------------------------------------------


def decompress(
    codec: Compression, data: Data, max_size: int = DEFAULT_MAX_DECOMPRESSED_SIZE
) -> bytes | bytearray:
    """Decompress a records section; at most ``max_size`` bytes or ``DecompressionError``."""
    if codec == Compression.NONE:
        return bytes(data)
    try:
        if codec == Compression.GZIP:
            return _gzip_decompress(data, max_size)
        if codec == Compression.SNAPPY:
            return _snappy_decompress(data, max_size)
        if codec in (Compression.LZ4, Compression.ZSTD):
            module = cramjam.lz4 if codec == Compression.LZ4 else cramjam.zstd
            return _cramjam_bounded(module, data, max_size)
    except DecompressionError:
        raise
    except (zlib.error, cramjam.DecompressionError, OSError, ValueError) as exc:
        raise DecompressionError(f"{codec.name.lower()} records cannot be decompressed: {exc}")
    raise InvalidRecordError(f"unknown compression codec {codec}")


def _too_large(max_size: int) -> DecompressionError:
    return DecompressionError(f"decompressed records exceed the {max_size}-byte limit")


def _gzip_decompress(data: Data, max_size: int) -> bytearray:
    out = bytearray()
    pending = bytes(data)
    while True:
        # 16 + MAX_WBITS: gzip header and trailer (CRC-32, size) are checked by zlib
        inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
        out += inflater.decompress(pending, max_size - len(out) + 1)
        if len(out) > max_size:
            raise _too_large(max_size)
        if not inflater.eof:
            raise DecompressionError("gzip records are truncated")
        # concatenated members are legal gzip (Java's GZIPInputStream reads them too)
        pending = inflater.unused_data
        if not pending:
            return out


def _snappy_decompress(data: Data, max_size: int) -> bytes | bytearray:
    view = memoryview(data).cast("B")
    if bytes(view[:8]) != XERIAL_MAGIC:
        return _snappy_raw_block(view, max_size, max_size)
    if len(view) < _XERIAL_HEADER.size:
        raise DecompressionError("xerial snappy header is truncated")
    out = bytearray()
    position = _XERIAL_HEADER.size
    while position < len(view):
        if len(view) - position < 4:
            raise DecompressionError("xerial snappy block length is truncated")
        length = _INT32.unpack_from(view, position)[0]
        position += 4
        if length < 0 or length > len(view) - position:
            raise DecompressionError(f"xerial snappy block length {length} is out of range")
        out += _snappy_raw_block(view[position : position + length], max_size - len(out), max_size)
        position += length
    return out


def _snappy_raw_block(block: memoryview, room: int, max_size: int) -> bytes:
    # raw snappy starts with the uncompressed length: check it before allocating anything
    declared = int(cramjam.snappy.decompress_raw_len(bytes(block[:10])))
    if declared > room:
        raise _too_large(max_size)
    return bytes(cramjam.snappy.decompress_raw(bytes(block)))


def _cramjam_bounded(module: object, data: Data, max_size: int) -> bytearray:
    """lz4/zstd frames may not state their content size: decompress into a buffer that grows
    (x4 per try) up to ``max_size + 1`` bytes; filling that one means the limit is exceeded.
    A stated content size (kafka-python and aiokafka write one) sizes the first try, and one
    above the limit is refused before any work."""
    source = bytes(data)
    declared = _declared_content_size(source)
    if declared is not None and declared > max_size:
        raise _too_large(max_size)
    guess = declared + 1 if declared is not None else 8 * len(source)
    size = min(max_size + 1, max(64 * 1024, guess))
    while True:
        out = bytearray(size)
        try:
            written = int(module.decompress_into(source, out))  # type: ignore[attr-defined]
        except cramjam.DecompressionError as exc:
            if _CRAMJAM_FULL not in str(exc):
                raise
            written = size
        if written < size:
            del out[written:]
            return out
        if size > max_size:
            raise _too_large(max_size)
        size = min(max_size + 1, size * 4)


_LZ4_MAGIC = b"\x04\x22\x4d\x18"
_ZSTD_MAGIC = b"\x28\xb5\x2f\xfd"


def _declared_content_size(frame: bytes) -> int | None:
    """The content size in an LZ4 or zstd frame header, when the writer stated one.

    Only a hint: a lying header just costs another pass (the buffer still grows to the limit).
    """
    if frame[:4] == _LZ4_MAGIC and len(frame) >= 14 and frame[4] & 0x08:
        return int.from_bytes(frame[6:14], "little")
    if frame[:4] == _ZSTD_MAGIC and len(frame) >= 5:
        descriptor = frame[4]
        size_flag, single_segment = descriptor >> 6, bool(descriptor & 0x20)
        if size_flag == 0 and not single_segment:
            return None
        position = 5 + (0 if single_segment else 1) + (0, 1, 2, 4)[descriptor & 0x03]
        width = (1, 2, 4, 8)[size_flag]
        if len(frame) < position + width:
            return None
        value = int.from_bytes(frame[position : position + width], "little")
        return value + 256 if width == 2 else value
    return None
