"""Writing responses that carry `FileRegion`s (Fetch records) without copying them.

Regions of at least `SENDFILE_MIN_BYTES` are written with `os.sendfile` straight to the
socket when the transport holds no unsent bytes (order is kept), call after call until
the region is sent or the socket is full (EAGAIN); then the rest goes through
`loop.sendfile`, which waits for writability (and, on the default selector loop, calls
`os.sendfile` too). Smaller regions are read with one `pread` at encode time and leave
with the response bytes: cheaper than a sendfile round trip for a tailing consumer.

Each large region is first "pinned" by opening a private descriptor on the segment file
(`/proc/self/fd/N`), in the same loop step as the storage read: retention may close the
segment before the response leaves, and asyncio's sendfile moves the descriptor's file
offset, which must not be the segment's. The owner of a response closes its pinned
descriptors (`close_fds`) once the response has left or the connection is lost.

Counters (`Metrics`): `sendfile_bytes` (bytes carried by sendfile, either way),
`sendfile_calls` (direct `os.sendfile` calls plus `loop.sendfile` calls),
`copied_region_bytes` (regions read with `pread`). Runs on the event-loop thread.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import Callable, Sequence

from kafkapy.metrics import Metrics
from wire.file_region import FileRegion

# Regions smaller than this are read with one pread and written with the response
# bytes: cheaper than a sendfile round trip for a tailing consumer's small fetch.
SENDFILE_MIN_BYTES = 16 * 1024


def pin(region: FileRegion, pinned: list[int], metrics: Metrics) -> bytes | FileRegion:
    """Small regions become bytes now; large ones get a private descriptor, appended to
    `pinned` (the caller closes it)."""
    if region.length < SENDFILE_MIN_BYTES:
        data = os.pread(region.fd, region.length, region.position)
        metrics.copied_region_bytes += len(data)
        return data
    fd = os.open(f"/proc/self/fd/{region.fd}", os.O_RDONLY | os.O_CLOEXEC)
    pinned.append(fd)
    return FileRegion(fd, region.position, region.length)


def close_fds(fds: list[int]) -> None:
    for fd in fds:
        try:
            os.close(fd)
        except OSError:
            pass


async def write_chunks(
    loop: asyncio.AbstractEventLoop,
    transport: asyncio.Transport,
    chunks: Sequence[bytes | FileRegion],
    metrics: Metrics,
    after_wait: Callable[[], None],
) -> None:
    """Write one response's chunks in order: runs of bytes in one `transport.write`,
    regions with `send_region`. `after_wait` is called after each region that had to wait
    in `loop.sendfile` (it paused and resumed reading around itself).

    Raises ConnectionError, OSError or RuntimeError when the client went away."""
    buf: list[bytes] = []
    for chunk in chunks:
        if isinstance(chunk, FileRegion):
            if buf:
                transport.write(b"".join(buf))
                buf = []
            if await send_region(loop, transport, chunk, metrics):
                after_wait()
        else:
            buf.append(chunk)
    if buf:
        transport.write(b"".join(buf))


async def send_region(
    loop: asyncio.AbstractEventLoop,
    transport: asyncio.Transport,
    region: FileRegion,
    metrics: Metrics,
) -> bool:
    """Send `region` whole; True when part of it went through `loop.sendfile` (a wait)."""
    position, remaining = region.position, region.length
    sock = transport.get_extra_info("socket")
    if sock is not None and transport.get_write_buffer_size() == 0:
        # Nothing of ours is queued before this region: the socket is ours to write.
        sent = sendfile_now(sock.fileno(), region.fd, position, remaining, metrics)
        position += sent
        remaining -= sent
        if not remaining:
            return False
    # The socket is full (or the transport still holds bytes): loop.sendfile waits
    # for the transport to drain and the socket to take more. FileIO over the pinned
    # descriptor: it moves its offset, and falls back to read/write through it if
    # native sendfile is unavailable.
    with os.fdopen(region.fd, "rb", buffering=0, closefd=False) as f:
        sent = await loop.sendfile(transport, f, position, remaining)
    metrics.sendfile_bytes += sent
    metrics.sendfile_calls += 1
    if sent != remaining:
        raise ConnectionError(f"sendfile sent {sent} of {remaining} bytes")
    return True


def sendfile_now(sock_fd: int, fd: int, position: int, count: int, metrics: Metrics) -> int:
    """`os.sendfile` until `count` bytes are sent or the socket would block; returns
    the bytes sent. The explicit offset leaves the descriptor's own offset alone."""
    total = 0
    while total < count:
        try:
            sent = os.sendfile(sock_fd, fd, position + total, count - total)
        except (BlockingIOError, InterruptedError):
            break
        metrics.sendfile_calls += 1
        if sent == 0:
            raise ConnectionError(f"sendfile: the file ended {count - total} bytes early")
        metrics.sendfile_bytes += sent
        total += sent
    return total
