"""One client connection: dispatch, responses in request order, pipelining, closing.

Concurrency: everything runs on the broker's event-loop thread. Each request becomes a
`_Slot` in `_pending` (request order); its handler's first step runs at once and becomes
a Task only if it suspends (`kafkapy.aio.start_eager`); a slot's response leaves only
when every earlier slot's response has left, so a Metadata answered while a Fetch
long-polls waits behind it, as Kafka's clients require (`max.in.flight`). Responses
finished in one loop turn leave in one `transport.write`.

The connection's helpers, one concern each:
- `framing`: frames (`socket.request.max.bytes`: a larger size prefix closes the
  connection before any buffering), request headers, request decoding, response headers.
- `flow`: when the socket is read (`queued.max.requests`, response-buffer high water).
- `sendfile`: writing responses that carry `FileRegion`s (Fetch records).
- `connections.max.idle.ms` is enforced by `Server`'s idle reaper via `idle_since`.

A misbehaving client (bad frame, undecodable header or body, unknown key or version)
gets one warning log line and its connection closed; no other connection is touched.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import deque
from collections.abc import Callable
from typing import Protocol

from kafkapy.aio import start_eager
from kafkapy.context import ClientConnection, RequestContext
from kafkapy.handlers.registry import (
    API_NAMES,
    REGISTRY,
    Registration,
    unsupported_version_response,
)
from kafkapy.metrics import Metrics
from kafkapy.net.flow import FlowControl
from kafkapy.net.framing import (
    API_VERSIONS_KEY,
    FrameError,
    FrameReader,
    RequestHeader,
    decode_request,
    parse_request_header,
    response_prefix,
)
from kafkapy.net.limits import ServerLimits
from kafkapy.net.sendfile import close_fds, pin, write_chunks
from wire.api_keys import ApiKey
from wire.file_region import FileRegion

log = logging.getLogger("kafkapy.connection")
request_log = logging.getLogger("kafkapy.request")

# How much of an undecodable request the warning shows (hex), to diagnose clients.
BAD_FRAME_LOG_BYTES = 256
_FETCH_KEY = int(ApiKey.FETCH)

# Builds the context of one request: (header, connection, perf_counter at receipt). The
# broker supplies it, so the network layer never names the broker.
ContextFactory = Callable[[RequestHeader, ClientConnection, float], RequestContext]


class ResponseMessage(Protocol):
    """A generated response class's instance, as the connection encodes it."""

    def encode(self, version: int) -> bytes: ...

    def encode_chunks(self, version: int) -> list[bytes | FileRegion]: ...


class _Slot:
    """One request's place in the response order."""

    __slots__ = ("chunks", "done", "header", "pinned", "size", "task")

    def __init__(self, header: RequestHeader) -> None:
        self.header = header
        self.done = False
        # None: no response (acks=0 Produce); else bytes and FileRegions, framed.
        self.chunks: list[bytes | FileRegion] | None = None
        self.size = 0
        self.pinned: list[int] = []
        self.task: asyncio.Task[None] | None = None


class KafkaConnection(asyncio.BufferedProtocol):
    """One accepted client socket of listener `listener`. Adds itself to `connections`
    when the socket is up and removes itself when it is lost."""

    def __init__(
        self,
        new_context: ContextFactory,
        limits: ServerLimits,
        metrics: Metrics,
        loop: asyncio.AbstractEventLoop,
        connections: set[KafkaConnection],
        listener: str,
    ) -> None:
        self._new_context = new_context
        self.loop = loop
        self.metrics = metrics
        self._connections = connections
        self.listener = listener
        self.transport: asyncio.Transport | None = None
        self.peer = "?"
        self._framer = FrameReader(limits.socket_request_max_bytes)
        self._flow = FlowControl(limits.queued_max_requests)
        self._pending: deque[_Slot] = deque()
        self._closing = False  # no more reading; what was read is still answered
        self._aborted = False  # nothing more is answered (closed, bad request, lost)
        self._writer: asyncio.Task[None] | None = None
        self._flush_scheduled = False
        self._drained: asyncio.Future[None] | None = None
        self.idle_since = self.loop.time()

    @property
    def in_flight(self) -> int:
        """Requests read and not yet answered (or, for acks=0 Produce, not yet done)."""
        return len(self._pending)

    # -- asyncio.BufferedProtocol ----------------------------------------------------------
    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport
        self._flow.attach(transport)
        peer = transport.get_extra_info("peername")
        self.peer = f"{peer[0]}:{peer[1]}" if peer else "?"
        self.metrics.connections_accepted += 1
        self._connections.add(self)

    def get_buffer(self, sizehint: int) -> memoryview:
        return self._framer.get_buffer(sizehint)

    def buffer_updated(self, nbytes: int) -> None:
        if self._closing:
            return
        self.metrics.bytes_in += nbytes
        try:
            frames = self._framer.buffer_updated(nbytes)
        except FrameError as exc:
            self._bad_request(f"invalid frame: {exc}")
            return
        if frames:
            self._flow.backlog.extend(frames)
            self._drain_backlog()

    def eof_received(self) -> bool:
        # The client closed its side: finish what is in flight, then close.
        self._closing = True
        self._maybe_finish()
        return True

    def connection_lost(self, exc: Exception | None) -> None:
        self._closing = self._aborted = True
        self._connections.discard(self)
        for slot in self._pending:
            if slot.task is not None and not slot.task.done():
                slot.task.cancel()
            close_fds(slot.pinned)
        self._pending.clear()
        self._flow.backlog.clear()
        if self._writer is not None and not self._writer.done():
            self._writer.cancel()
        if self._drained is not None and not self._drained.done():
            self._drained.set_result(None)

    def pause_writing(self) -> None:
        self._flow.write_paused = True
        self._update_reading()

    def resume_writing(self) -> None:
        self._flow.write_paused = False
        self._update_reading()

    # -- requests --------------------------------------------------------------------
    def _drain_backlog(self) -> None:
        """Decode waiting frames while the broker admits more of this client's requests."""
        backlog, pending, limit = self._flow.backlog, self._pending, self._flow.max_in_flight
        while backlog and len(pending) < limit and not self._aborted:
            self._on_frame(backlog.popleft())
        self._update_reading()

    def _on_frame(self, frame: memoryview) -> None:
        self.idle_since = self.loop.time()
        try:
            header, body_offset = parse_request_header(frame)
        except Exception as exc:  # noqa: BLE001 - any failure on a hostile header
            self._bad_request(f"unparseable request header: {exc}")
            return
        reg = REGISTRY.get(header.api_key)
        if reg is None:
            self._bad_request(f"unknown api key {header.api_key}", header)
            return
        if not reg.min_version <= header.api_version <= reg.max_version:
            if header.api_key == API_VERSIONS_KEY:
                self._answer_unsupported_api_versions(header)
            else:
                self._bad_request(
                    f"unsupported version {header.api_version} of {API_NAMES[header.api_key]}",
                    header,
                )
            return
        try:
            request = decode_request(reg.request_cls, frame[body_offset:], header.api_version)
        except Exception as exc:  # noqa: BLE001 - DecodeError, or a decoder bug
            self._bad_request(
                f"undecodable request body: {exc}", header, bytes(frame[:BAD_FRAME_LOG_BYTES])
            )
            return
        slot = _Slot(header)
        self._pending.append(slot)
        ctx = self._new_context(header, self, time.perf_counter())
        slot.task = start_eager(self.loop, self._run(slot, reg, ctx, request))

    async def _run(
        self, slot: _Slot, reg: Registration, ctx: RequestContext, request: object
    ) -> None:
        header = slot.header
        try:
            response = await reg.handler(ctx, request)
            if response is not None:
                self._encode(slot, response, reg)
        except asyncio.CancelledError:
            raise
        except Exception:
            log.exception(
                "handler failed; closing the connection",
                extra=self._ctx(header),
            )
            self._close()
            return
        latency = time.perf_counter() - ctx.received_at
        api = API_NAMES[header.api_key]
        self.metrics.observe_request(api, latency)
        if request_log.isEnabledFor(logging.DEBUG):
            extra = {**self._ctx(header), "latency_ms": round(latency * 1000, 3)}
            if ctx.log_extra:
                extra.update(ctx.log_extra)
            request_log.debug("request", extra=extra)
        slot.done = True
        self._flush()

    def _encode(self, slot: _Slot, response: ResponseMessage | bytes, reg: Registration) -> None:
        header = slot.header
        version = header.api_version
        chunks: list[bytes | FileRegion]
        if header.api_key == _FETCH_KEY:  # records may be FileRegions
            assert not isinstance(response, bytes)
            chunks = []
            size = 0
            for chunk in response.encode_chunks(version):
                if isinstance(chunk, FileRegion):
                    chunk = pin(chunk, slot.pinned, self.metrics)
                    size += chunk.length if isinstance(chunk, FileRegion) else len(chunk)
                else:
                    size += len(chunk)
                chunks.append(chunk)
        else:
            # A handler may return an already encoded body (ApiVersions caches its own).
            body = response if isinstance(response, bytes) else response.encode(version)
            chunks = [body]
            size = len(body)
        prefix = response_prefix(header, reg.response_cls.FLEXIBLE_MIN, size)
        chunks.insert(0, prefix)
        slot.chunks = chunks
        slot.size = size + len(prefix)

    def _answer_unsupported_api_versions(self, header: RequestHeader) -> None:
        # Kafka answers at v0 with UNSUPPORTED_VERSION and the list, so clients fall back.
        body = unsupported_version_response().encode(0)
        slot = _Slot(header)
        prefix = response_prefix(header, None, len(body))
        slot.chunks = [prefix, body]
        slot.size = len(body) + len(prefix)
        slot.done = True
        self._pending.append(slot)
        log.info(
            "ApiVersions version unsupported; answered UNSUPPORTED_VERSION at v0",
            extra=self._ctx(header),
        )
        self._flush()

    # -- responses -----------------------------------------------------------------
    def _flush(self) -> None:
        """Schedule one write of every finished response for the end of this loop turn:
        responses finished in the same turn (pipelined requests) leave in one send."""
        if not self._flush_scheduled:
            self._flush_scheduled = True
            self.loop.call_soon(self._flush_now)

    def _flush_now(self) -> None:
        """Write every finished response at the head of the queue, in request order."""
        self._flush_scheduled = False
        transport = self.transport
        if transport is None or self._writer is not None:
            return
        pending = self._pending
        out: list[bytes] = []
        while pending and pending[0].done:
            slot = pending.popleft()
            chunks = slot.chunks
            if chunks is None:
                continue
            self.metrics.bytes_out += slot.size
            if len(chunks) == 1 or all(isinstance(c, bytes) for c in chunks):
                out.extend(chunks)  # type: ignore[arg-type]  # all bytes, checked above
                continue
            if out:
                transport.write(b"".join(out))
                out = []
            self._writer = self.loop.create_task(self._write_regions(slot))
            break
        if out:
            transport.write(out[0] if len(out) == 1 else b"".join(out))
        self.idle_since = self.loop.time()
        if self._flow.backlog:
            self._drain_backlog()
        else:
            self._update_reading()
        self._maybe_finish()

    async def _write_regions(self, slot: _Slot) -> None:
        transport = self.transport
        assert transport is not None and slot.chunks is not None
        try:
            await write_chunks(
                self.loop, transport, slot.chunks, self.metrics, self._after_sendfile_wait
            )
        except (ConnectionError, RuntimeError, OSError) as exc:
            log.info("client went away during sendfile: %s", exc, extra={"peer": self.peer})
            self._close()
        finally:
            close_fds(slot.pinned)
            slot.pinned = []
        self._writer = None
        if not self._closing or self._pending:
            self._flush_now()
        else:
            self._maybe_finish()

    def _after_sendfile_wait(self) -> None:
        # loop.sendfile paused reading around itself; re-apply our own state.
        self._flow.resync()
        self._update_reading()

    # -- flow control and closing --------------------------------------------------
    def _update_reading(self) -> None:
        self._flow.update(len(self._pending), self._closing)

    def _maybe_finish(self) -> None:
        if (
            self._closing
            and not self._pending
            and not self._flow.backlog
            and self._writer is None
        ):
            if self.transport is not None and not self.transport.is_closing():
                self.transport.close()
            if self._drained is not None and not self._drained.done():
                self._drained.set_result(None)

    async def shutdown(self) -> None:
        """Stop reading, let in-flight requests answer, then close (graceful shutdown)."""
        self._closing = True
        self._flow.stop()
        self._drained = self.loop.create_future()
        self._maybe_finish()
        await self._drained

    def abort(self) -> None:
        if self.transport is not None:
            self.transport.abort()

    def close(self) -> None:
        """Close after the bytes already written; responses not yet written are dropped."""
        self._close()

    def _close(self) -> None:
        self._closing = self._aborted = True
        if self.transport is not None:
            self.transport.close()

    def _bad_request(
        self, reason: str, header: RequestHeader | None = None, head: bytes | None = None
    ) -> None:
        self.metrics.connections_closed_bad_request += 1
        extra = self._ctx(header) if header is not None else {"peer": self.peer}
        if head is not None:
            extra["frame_head_hex"] = head.hex()
        log.warning("closing connection: %s", reason, extra=extra)
        self._flow.backlog.clear()
        self._closing = self._aborted = True
        if self.transport is not None:
            # Drop queued responses too: the stream is no longer trustworthy.
            self.transport.abort()

    def _ctx(self, header: RequestHeader) -> dict[str, object]:
        return {
            "peer": self.peer,
            "client_id": header.client_id,
            "api": API_NAMES[header.api_key],
            "version": header.api_version,
            "correlation_id": header.correlation_id,
        }
