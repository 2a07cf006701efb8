"""FileRegion writes: small regions copied, large ones pinned (they outlive the segment's own
descriptor), os.sendfile until the socket is full, loop.sendfile for the rest, order kept
behind bytes the transport still holds, and a file shorter than its region detected."""

from __future__ import annotations

import asyncio
import os
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from kafkapy.metrics import Metrics
from kafkapy.net.sendfile import (
    SENDFILE_MIN_BYTES,
    close_fds,
    pin,
    sendfile_now,
    write_chunks,
)
from wire.file_region import FileRegion

BIG = 4 * 1024 * 1024


@pytest.fixture
def segment(tmp_path: Path) -> Iterator[tuple[int, bytes]]:
    data = os.urandom(BIG)
    path = tmp_path / "00000000000000000000.log"
    path.write_bytes(data)
    fd = os.open(path, os.O_RDONLY)
    yield fd, data
    try:
        os.close(fd)
    except OSError:
        pass


def test_a_small_region_is_read_now_and_pins_nothing(segment: tuple[int, bytes]) -> None:
    fd, data = segment
    metrics, pinned = Metrics(), []
    got = pin(FileRegion(fd, 100, SENDFILE_MIN_BYTES - 1), pinned, metrics)
    assert got == data[100 : 100 + SENDFILE_MIN_BYTES - 1]
    assert pinned == [] and metrics.copied_region_bytes == SENDFILE_MIN_BYTES - 1


def test_a_pinned_region_outlives_the_segment_descriptor(segment: tuple[int, bytes]) -> None:
    fd, data = segment
    metrics, pinned = Metrics(), []
    region = pin(FileRegion(fd, 10, SENDFILE_MIN_BYTES), pinned, metrics)
    assert isinstance(region, FileRegion) and pinned == [region.fd] and region.fd != fd
    os.close(fd)  # retention deletes the segment before the response leaves
    assert os.pread(region.fd, region.length, region.position) == data[10 : 10 + SENDFILE_MIN_BYTES]
    assert metrics.copied_region_bytes == 0
    close_fds(pinned)
    close_fds(pinned)  # closing twice is harmless
    with pytest.raises(OSError):
        os.fstat(region.fd)


def _socketpair() -> tuple[socket.socket, socket.socket]:
    a, b = socket.socketpair()
    a.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, 64 * 1024)
    a.setblocking(False)
    b.setblocking(False)
    return a, b


def test_sendfile_now_stops_when_the_socket_is_full(segment: tuple[int, bytes]) -> None:
    fd, data = segment
    a, b = _socketpair()
    metrics = Metrics()
    try:
        sent = sendfile_now(a.fileno(), fd, 0, BIG, metrics)
        assert 0 < sent < BIG
        assert metrics.sendfile_bytes == sent and metrics.sendfile_calls >= 1
        assert os.lseek(fd, 0, os.SEEK_CUR) == 0  # explicit offsets: the fd's own is untouched
        received = b""
        while len(received) < sent:
            received += b.recv(sent - len(received))
        assert received == data[:sent]
    finally:
        a.close()
        b.close()


def test_sendfile_now_detects_a_file_shorter_than_the_region(segment: tuple[int, bytes]) -> None:
    fd, _ = segment
    a, b = _socketpair()
    try:
        with pytest.raises(ConnectionError, match="ended"):
            sendfile_now(a.fileno(), fd, BIG - 10, 100, Metrics())
    finally:
        a.close()
        b.close()


async def _receive(sock: socket.socket, n: int) -> bytes:
    loop = asyncio.get_running_loop()
    out = bytearray()
    while len(out) < n:
        chunk = await loop.sock_recv(sock, n - len(out))
        if not chunk:
            break
        out += chunk
    return bytes(out)


@pytest.mark.parametrize("head_size", [5, BIG], ids=["small-head", "head-fills-the-socket"])
def test_write_chunks_keeps_order_and_waits_in_loop_sendfile(
    segment: tuple[int, bytes], head_size: int
) -> None:
    fd, data = segment
    head, tail = b"h" * head_size, b"tail"

    async def go() -> None:
        loop = asyncio.get_running_loop()
        a, b = _socketpair()
        transport, _ = await loop.connect_accepted_socket(asyncio.Protocol, a)
        waits: list[int] = []
        metrics = Metrics()
        try:
            chunks: list[bytes | FileRegion] = [head, FileRegion(fd, 0, BIG), tail]
            writer = asyncio.ensure_future(
                write_chunks(loop, transport, chunks, metrics, lambda: waits.append(1))
            )
            received = await _receive(b, len(head) + BIG + len(tail))
            await writer
        finally:
            transport.close()
            b.close()
        assert received == head + data + tail
        assert waits == [1]  # the socket filled: the rest went through loop.sendfile
        assert metrics.sendfile_bytes == BIG

    asyncio.run(asyncio.wait_for(go(), 60))
