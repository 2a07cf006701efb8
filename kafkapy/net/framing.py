"""Framing, request headers and response headers as the connection needs them (the hot
path, kept tight).

- `FrameReader`: 4-byte big-endian size prefix; a size above `socket.request.max.bytes`
  (or negative) raises `FrameError` *before* anything is buffered. Complete frames are
  zero-copy views of the received bytes when a read holds whole frames; a frame that
  spans reads is copied once, when it completes.
- `parse_request_header`: request header v1, or v2 (tagged fields) when the request's
  version is flexible (Kafka's rule; `ClientId` is never compact).
- `decode_request`: the body, as Kafka decodes it (trailing bytes ignored).
- `response_prefix`: size prefix and response header v0, or v1 (empty tagged fields) from
  the response's first flexible version -- never for ApiVersions (KIP-511).

Pure functions and a receive buffer: no asyncio, no sockets.
"""

from __future__ import annotations

import struct
from typing import NamedTuple, Protocol

from wire.api_keys import API_REGISTRY, ApiKey
from wire.primitives import skip_tagged_fields

__all__ = [
    "API_VERSIONS_KEY",
    "FrameError",
    "FrameReader",
    "RequestDecoder",
    "RequestHeader",
    "decode_request",
    "parse_request_header",
    "response_prefix",
]

_SIZE = struct.Struct(">i")
READ_SIZE = 256 * 1024
INITIAL_READ_SIZE = 16 * 1024
_HEADER = struct.Struct(">hhih")
_RESPONSE_HEADER_V0 = struct.Struct(">ii")  # size, correlation_id
_RESPONSE_HEADER_V1 = struct.Struct(">iiB")  # size, correlation_id, empty tagged fields
API_VERSIONS_KEY = int(ApiKey.API_VERSIONS)


class FrameError(Exception):
    """The byte stream is not a sequence of acceptable frames; the connection must close."""


class FrameReader:
    """Receive buffer and frame splitter for an `asyncio.BufferedProtocol`.

    The socket reads straight into `get_buffer()`; `buffer_updated(n)` returns the frames
    completed by those `n` bytes as **writable** memoryviews (Produce stamps offsets into
    them in place). A buffer region is never written again once handed out, so frames stay
    valid for as long as a handler holds them. A frame larger than the free space gets a
    buffer of its own size, into which the socket reads directly: no copy of big requests.

    Buffers start at `INITIAL_READ_SIZE` (a thousand idle connections cost little) and grow
    up to `read_size` while reads keep filling them.
    """

    def __init__(self, max_frame_size: int, read_size: int = READ_SIZE) -> None:
        self.max_frame_size = max_frame_size
        self.read_size = read_size
        self._read_size = min(INITIAL_READ_SIZE, read_size)
        self._buf = bytearray(self._read_size)
        self._view = memoryview(self._buf)
        self._start = 0  # first byte not yet returned in a frame
        self._end = 0  # first free byte
        self._need = 4  # bytes from _start needed for the next step

    def get_buffer(self, sizehint: int = -1) -> memoryview:
        if len(self._buf) - self._start < self._need or self._end == len(self._buf):
            self._grow()
        return self._view[self._end :]

    def _grow(self) -> None:
        pending = self._end - self._start
        size = max(self._read_size, self._need + self._read_size // 4)
        if len(self._buf) >= size and self._reusable():
            # No frame handed out still points into it: move the partial frame to the
            # front and read on (saves a fresh allocation, and its page faults).
            buf = self._buf
            buf[:pending] = buf[self._start : self._end]
            self._view = memoryview(buf)
            self._start, self._end = 0, pending
            return
        buf = bytearray(size)
        buf[:pending] = self._view[self._start : self._end]
        self._buf, self._view = buf, memoryview(buf)
        self._start, self._end = 0, pending

    def _reusable(self) -> bool:
        """True when no frame view of the buffer is alive (a bytearray with live exports
        cannot be resized: that is the test; pop then append stays within the allocation)."""
        self._view.release()
        try:
            last = self._buf.pop()
        except BufferError:
            self._view = memoryview(self._buf)
            return False
        self._buf.append(last)
        return True

    def buffer_updated(self, nbytes: int) -> list[memoryview]:
        if nbytes >= len(self._buf) - self._end and self._read_size < self.read_size:
            # The read filled all it was offered: the client sends faster, read bigger.
            self._read_size = min(self._read_size * 4, self.read_size)
        self._end += nbytes
        frames: list[memoryview] = []
        view, buf = self._view, self._buf
        pos, end = self._start, self._end
        limit = self.max_frame_size
        unpack = _SIZE.unpack_from
        while end - pos >= 4:
            size = unpack(buf, pos)[0]
            if size < 0 or size > limit:
                raise FrameError(
                    f"frame size {size} outside 0..{limit} (socket.request.max.bytes)"
                )
            if end - pos - 4 < size:
                self._start, self._need = pos, size + 4
                return frames
            frames.append(view[pos + 4 : pos + 4 + size])
            pos += 4 + size
        self._start, self._need = pos, 4
        return frames

    def feed(self, data: bytes) -> list[memoryview]:
        """Copy `data` in (tests and non-buffered transports)."""
        frames: list[memoryview] = []
        mv = memoryview(data)
        while mv:
            target = self.get_buffer()
            n = min(len(target), len(mv))
            target[:n] = mv[:n]
            del target  # as asyncio drops its view: the buffer may be reused next time
            frames.extend(self.buffer_updated(n))
            mv = mv[n:]
        return frames


class RequestHeader(NamedTuple):
    api_key: int
    api_version: int
    correlation_id: int
    client_id: str | None


def _flexible_min(api_key: int) -> int | None:
    spec = API_REGISTRY.get(api_key)
    return None if spec is None else spec.flexible_min


def parse_request_header(frame: memoryview) -> tuple[RequestHeader, int]:
    """Return the header and the offset of the request body in `frame`.

    Raises ValueError (or wire's DecodeError, a ValueError) on truncated or invalid bytes.
    """
    if len(frame) < 10:
        raise ValueError(f"request header truncated ({len(frame)} bytes)")
    api_key, api_version, correlation_id, n = _HEADER.unpack_from(frame, 0)
    pos = 10
    client_id: str | None = None
    if n >= 0:
        if pos + n > len(frame):
            raise ValueError("client_id length runs past the frame")
        client_id = bytes(frame[pos : pos + n]).decode("utf-8", "replace")
        pos += n
    elif n != -1:
        raise ValueError(f"client_id length {n}")
    flex = _flexible_min(api_key)
    if flex is not None and api_version >= flex:
        _, pos = skip_tagged_fields(frame, pos)
    elif api_key == API_VERSIONS_KEY and api_version >= 3:
        # An ApiVersions newer than we know is still flexible (v3+).
        _, pos = skip_tagged_fields(frame, pos)
    return RequestHeader(api_key, api_version, correlation_id, client_id), pos


class RequestDecoder(Protocol):
    """A generated request class, as the connection uses it."""

    def decode(self, data: memoryview, version: int) -> object: ...


def decode_request(cls: RequestDecoder, body: memoryview, version: int) -> object:
    """Decode a request body like Kafka does: bytes after the last field are ignored
    (Kafka's `AbstractRequest.parseRequest` never checks that the body was consumed, and
    librdkafka 2.x sends Metadata v13 with three bytes past the end). The generated
    `decode` does exactly that unless asked to be strict."""
    return cls.decode(body, version)


def response_prefix(header: RequestHeader, flexible_min: int | None, body_size: int) -> bytes:
    """Size prefix and response header of the answer to `header`, whose body is
    `body_size` bytes; `flexible_min` is the response's first flexible version (None:
    never flexible). ApiVersions always answers with header v0, so that a client that
    does not know our versions yet can read it (KIP-511)."""
    if (
        header.api_key != API_VERSIONS_KEY
        and flexible_min is not None
        and header.api_version >= flexible_min
    ):
        return _RESPONSE_HEADER_V1.pack(body_size + 5, header.correlation_id, 0)
    return _RESPONSE_HEADER_V0.pack(body_size + 4, header.correlation_id)
