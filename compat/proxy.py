"""A TCP proxy between clients and the broker that can lose responses on purpose.

`drop_next_response()`: the next Produce request any client sends is forwarded, but the
broker's next bytes on that connection are not: the connection is closed instead. The
broker has written the batch, the producer never hears back: it must retry, and an
idempotent producer's retry is a duplicate the broker must recognise.
"""

from __future__ import annotations

import socket
import struct
import threading

PRODUCE = 0


class DroppingProxy:
    def __init__(self) -> None:
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.target_port = 0
        self._drop = threading.Event()
        self.drops = 0
        self._conns: list[socket.socket] = []
        self._lock = threading.Lock()
        self._closed = False
        threading.Thread(target=self._accept, daemon=True).start()

    def drop_next_response(self) -> None:
        self._drop.set()

    def _accept(self) -> None:
        while not self._closed:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            try:
                upstream = socket.create_connection(("127.0.0.1", self.target_port))
            except OSError:
                client.close()
                continue
            with self._lock:
                self._conns += [client, upstream]
            doomed = threading.Event()
            threading.Thread(target=self._pump, args=(client, upstream, False, doomed), daemon=True).start()
            threading.Thread(target=self._pump, args=(upstream, client, True, doomed), daemon=True).start()

    def _pump(self, src: socket.socket, dst: socket.socket, responses: bool, doomed: threading.Event) -> None:
        try:
            while True:
                data = src.recv(65536)
                if not data:
                    break
                if responses and doomed.is_set():
                    self.drops += 1
                    break
                if (
                    not responses
                    and self._drop.is_set()
                    and len(data) >= 6
                    and struct.unpack_from(">h", data, 4)[0] == PRODUCE
                ):
                    self._drop.clear()
                    doomed.set()
                dst.sendall(data)
        except OSError:
            pass
        finally:
            for s in (src, dst):
                try:
                    s.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass
                s.close()

    def close(self) -> None:
        self._closed = True
        self.listener.close()
        with self._lock:
            for s in self._conns:
                try:
                    s.close()
                except OSError:
                    pass
