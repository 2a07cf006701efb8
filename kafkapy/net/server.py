"""The asyncio server: one listening socket per `listeners` entry, and its connections.

`Server.start()` binds every listener (port 0 picks a free port; `bound` records the
real ones so advertised listeners can be patched); `Server.stop()` is the graceful half
of shutdown: close the listeners, let each connection answer what it has in flight
(bounded by `SHUTDOWN_TIMEOUT_S`), then abort what is left.

`connections.max.idle.ms` is enforced by one timer (not a polling loop over data):
every `idle/10` seconds, connections idle longer than the limit with nothing in flight
are closed, as Kafka's `Selector` does.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import socket
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from kafkapy.config.parse import Listener
from kafkapy.metrics import Metrics
from kafkapy.net.connection import ContextFactory, KafkaConnection
from kafkapy.net.limits import ServerLimits

log = logging.getLogger("kafkapy.server")

SHUTDOWN_TIMEOUT_S = 10.0
LISTEN_BACKLOG = 1024


@dataclass(frozen=True, slots=True)
class BoundListener:
    name: str
    host: str
    port: int


class Server:
    """The listeners and connections of one broker. `new_context` builds each request's
    `RequestContext` (the broker binds itself into it). Owned by the event-loop thread."""

    def __init__(
        self,
        new_context: ContextFactory,
        limits: ServerLimits,
        metrics: Metrics,
        loop: asyncio.AbstractEventLoop | None = None,
    ) -> None:
        self.new_context = new_context
        self.limits = limits
        self.metrics = metrics
        self.loop = loop or asyncio.get_running_loop()
        self.connections: set[KafkaConnection] = set()
        self.bound: list[BoundListener] = []
        self._servers: list[asyncio.Server] = []
        self._reaper: asyncio.Task[None] | None = None

    async def start(self, listeners: Sequence[Listener]) -> list[BoundListener]:
        """Bind each `Listener(name, host, port)`; returns the bound endpoints."""
        for listener in listeners:
            server = await self.loop.create_server(
                self._protocol_factory(listener.name),
                host=listener.host or None,
                port=listener.port,
                backlog=LISTEN_BACKLOG,
                reuse_address=True,
            )
            for sock in server.sockets:
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            host, port = server.sockets[0].getsockname()[:2]
            self.bound.append(BoundListener(listener.name, host, port))
            self._servers.append(server)
            log.info(
                "listening",
                extra={"listener": listener.name, "host": host, "port": port},
            )
        if self.limits.connections_max_idle_ms > 0:
            self._reaper = self.loop.create_task(self._reap_idle())
        return self.bound

    def _protocol_factory(self, listener: str) -> Callable[[], KafkaConnection]:
        def accept() -> KafkaConnection:
            return KafkaConnection(
                self.new_context, self.limits, self.metrics, self.loop, self.connections, listener
            )

        return accept

    async def _reap_idle(self) -> None:
        limit = self.limits.connections_max_idle_ms / 1000
        while True:
            await asyncio.sleep(max(limit / 10, 0.05))
            deadline = self.loop.time() - limit
            for conn in list(self.connections):
                if conn.idle_since < deadline and not conn.in_flight:
                    log.info(
                        "closing idle connection",
                        extra={"peer": conn.peer, "connections_max_idle_ms": limit * 1000},
                    )
                    conn.close()

    async def stop(self, timeout: float = SHUTDOWN_TIMEOUT_S) -> None:
        """Close listeners, finish in-flight requests (up to `timeout`), then abort the rest."""
        for server in self._servers:
            server.close()
        if self._reaper is not None:
            self._reaper.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._reaper
        conns = list(self.connections)
        if conns:
            waits = [asyncio.ensure_future(c.shutdown()) for c in conns]
            _, pending = await asyncio.wait(waits, timeout=timeout)
            for fut in pending:
                fut.cancel()
            for c in conns:
                if c.transport is not None and not c.transport.is_closing():
                    c.abort()
        for server in self._servers:
            with contextlib.suppress(Exception):
                await asyncio.wait_for(server.wait_closed(), 1.0)
        log.info(
            "server stopped",
            extra={
                "sendfile_bytes": self.metrics.sendfile_bytes,
                "sendfile_calls": self.metrics.sendfile_calls,
                "copied_region_bytes": self.metrics.copied_region_bytes,
                "bytes_in": self.metrics.bytes_in,
                "bytes_out": self.metrics.bytes_out,
            },
        )
