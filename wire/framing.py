"""Kafka's framing: a 4-byte big-endian size, then that many bytes (one request or response).

:class:`FrameReader` turns arbitrary chunks (whatever ``data_received`` got) into complete
frames. A frame that arrives inside one chunk is returned as a view of that chunk (no copy);
a frame split across chunks is assembled once into a buffer of exactly its size. The size
prefix is checked against ``max_frame_size`` (Kafka's ``socket.request.max.bytes``) before any
byte of the frame is buffered, so a hostile prefix never makes us allocate.
"""

from __future__ import annotations

import struct

from wire.file_region import FileRegion
from wire.primitives import DecodeError

__all__ = ["DEFAULT_MAX_FRAME_SIZE", "FrameReader", "FrameTooLarge", "frame_chunks"]

#: Kafka's default ``socket.request.max.bytes`` (100 MiB).
DEFAULT_MAX_FRAME_SIZE = 104857600

_SIZE = struct.Struct(">i")


class FrameTooLarge(DecodeError):
    """A size prefix above the limit (or negative): the connection must be closed."""


class FrameReader:
    """Reassembles frames from chunks. Not thread-safe: one reader per connection.

    ``feed`` must be given immutable data (``bytes``), or data the caller never mutates
    afterwards, because returned frames may be views of it. After an error the reader is
    unusable: the only sane reaction is to close the connection.
    """

    __slots__ = ("_failed", "_filled", "_frame", "_prefix", "max_frame_size")

    def __init__(self, max_frame_size: int = DEFAULT_MAX_FRAME_SIZE) -> None:
        if max_frame_size < 0:
            raise ValueError("max_frame_size must be >= 0")
        self.max_frame_size = max_frame_size
        self._prefix = bytearray()  # a partial 4-byte size prefix
        self._frame: bytearray | None = None  # the frame being assembled
        self._filled = 0
        self._failed = False

    @property
    def buffered(self) -> int:
        """Bytes held for an incomplete frame (prefix included)."""
        return len(self._prefix) + (self._filled + 4 if self._frame is not None else 0)

    def _check(self, size: int) -> int:
        if size < 0:
            self._failed = True
            raise FrameTooLarge(f"negative frame size {size}")
        if size > self.max_frame_size:
            self._failed = True
            raise FrameTooLarge(
                f"frame size {size} exceeds the limit of {self.max_frame_size} bytes"
            )
        return size

    def feed(self, data: bytes | bytearray | memoryview) -> list[memoryview]:
        """Consume ``data``; return every frame it completes (size prefix stripped)."""
        if self._failed:
            raise DecodeError("frame reader is unusable after an error")
        mv = data if isinstance(data, memoryview) else memoryview(data)
        end = len(mv)
        pos = 0
        frames: list[memoryview] = []
        while pos < end:
            frame = self._frame
            if frame is not None:
                n = min(len(frame) - self._filled, end - pos)
                frame[self._filled : self._filled + n] = mv[pos : pos + n]
                self._filled += n
                pos += n
                if self._filled == len(frame):
                    frames.append(memoryview(frame))
                    self._frame = None
                continue
            if not self._prefix and end - pos >= 4:
                (size,) = _SIZE.unpack_from(mv, pos)
                pos += 4
            else:
                take = min(4 - len(self._prefix), end - pos)
                self._prefix += mv[pos : pos + take]
                pos += take
                if len(self._prefix) < 4:
                    break
                (size,) = _SIZE.unpack_from(self._prefix)
                self._prefix.clear()
            self._check(size)
            if end - pos >= size:
                frames.append(mv[pos : pos + size])
                pos += size
            else:
                self._frame = bytearray(size)
                self._filled = 0
        return frames


def frame_chunks(
    header: bytes, body: list[bytes | FileRegion]
) -> list[bytes | FileRegion]:
    """A complete response frame: size prefix and header merged into the first chunk."""
    size = len(header)
    for c in body:
        size += c.length if isinstance(c, FileRegion) else len(c)
    first = _SIZE.pack(size) + header
    if body and not isinstance(body[0], FileRegion):
        return [first + body[0], *body[1:]]
    return [first, *body]
