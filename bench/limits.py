"""This machine's raw limits, measured in the same run as the brokers.

- loopback TCP: one thread sends 1 MiB buffers with `sendall`, another drains with `recv_into`
  (both release the GIL in the syscall, so the two threads run on two cores);
- disk append: `os.write` of 1 MiB chunks to a file in the data dir's filesystem, reported
  without fsync (what an acks=1 broker without `flush.messages` does: page cache) and with one
  fsync at the end (what the device sustains);
- sendfile: `os.sendfile` from a file already in the page cache to a loopback socket.
"""

from __future__ import annotations

import os
import socket
import threading
import time
from pathlib import Path

CHUNK = 1 << 20


def _drain(conn: socket.socket, counter: list[int]) -> None:
    buf = bytearray(CHUNK)
    view = memoryview(buf)
    while True:
        n = conn.recv_into(view)
        if n == 0:
            return
        counter[0] += n


def _loopback_pair() -> tuple[socket.socket, socket.socket, threading.Thread, list[int]]:
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(1)
    client = socket.create_connection(server.getsockname())
    conn, _ = server.accept()
    server.close()
    counter = [0]
    drainer = threading.Thread(target=_drain, args=(conn, counter), daemon=True)
    drainer.start()
    return client, conn, drainer, counter


def loopback_tcp(duration_s: float) -> dict[str, float]:
    client, conn, drainer, counter = _loopback_pair()
    payload = memoryview(os.urandom(CHUNK))
    t0 = time.monotonic()
    deadline = t0 + duration_s
    while time.monotonic() < deadline:
        client.sendall(payload)
    client.close()
    drainer.join()
    elapsed = time.monotonic() - t0
    conn.close()
    return {"mb_s": counter[0] / elapsed / 1e6, "bytes": counter[0], "elapsed_s": elapsed}


def disk_append(directory: Path, duration_s: float, max_bytes: int) -> dict[str, float]:
    path = directory / "bench-disk-append.tmp"
    chunk = os.urandom(CHUNK)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_APPEND, 0o600)
    written = 0
    try:
        t0 = time.monotonic()
        deadline = t0 + duration_s
        while written < max_bytes and time.monotonic() < deadline:
            written += os.write(fd, chunk)
        t_write = time.monotonic() - t0
        os.fsync(fd)
        t_sync = time.monotonic() - t0
    finally:
        os.close(fd)
        path.unlink(missing_ok=True)
    return {"mb_s": written / t_write / 1e6, "mb_s_fsync": written / t_sync / 1e6,
            "bytes": written, "elapsed_s": t_write, "elapsed_fsync_s": t_sync}


def sendfile_loopback(directory: Path, duration_s: float, file_bytes: int) -> dict[str, float]:
    path = directory / "bench-sendfile.tmp"
    chunk = os.urandom(CHUNK)
    with open(path, "wb") as f:
        f.writelines(chunk for _ in range(max(1, file_bytes // CHUNK)))
    size = path.stat().st_size
    client, conn, drainer, counter = _loopback_pair()
    fd = os.open(path, os.O_RDONLY)
    try:
        while os.read(fd, CHUNK):  # warm the page cache
            pass
        sent = 0
        t0 = time.monotonic()
        deadline = t0 + duration_s
        while time.monotonic() < deadline:
            offset = 0
            while offset < size:
                n = os.sendfile(client.fileno(), fd, offset, size - offset)
                offset += n
                sent += n
        client.close()
        drainer.join()
        elapsed = time.monotonic() - t0
    finally:
        os.close(fd)
        conn.close()
        path.unlink(missing_ok=True)
    return {"mb_s": counter[0] / elapsed / 1e6, "bytes": sent, "elapsed_s": elapsed}


def measure_all(directory: Path, duration_s: float, disk_max_bytes: int) -> dict[str, dict]:
    directory.mkdir(parents=True, exist_ok=True)
    return {
        "loopback_tcp": loopback_tcp(duration_s),
        "disk_append": disk_append(directory, duration_s, disk_max_bytes),
        "sendfile_loopback": sendfile_loopback(directory, duration_s, 256 * CHUNK),
    }
