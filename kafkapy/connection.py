"""One client connection: framing, dispatch, responses in request order, backpressure.

Concurrency: everything runs on the broker's event-loop thread. Each request becomes a
`_Slot` in `_pending` (request order); its handler's first step runs at once and becomes
a Task only if it suspends (eager start); a slot's response leaves only when every earlier
slot's response has left, so a Metadata answered while a Fetch long-polls waits behind
it, as Kafka's clients require (`max.in.flight`). Responses finished in one loop turn
leave in one `transport.write`.

Limits (the uvicorn/asyncpg shape):
- `socket.request.max.bytes`: a larger size prefix closes the connection before any
  buffering (FrameTooLarge).
- `queued.max.requests`: at most this many requests of one connection are in the broker
  at once (decoded, not yet answered); further frames wait undecoded and reading pauses.
- `RESPONSE_BUFFER_HIGH`: while the transport holds more unsent response bytes than this,
  reading pauses (a client that stops reading cannot make the broker buffer without bound).
- `connections.max.idle.ms`: enforced by `Server`'s idle reaper via `idle_since`.

Responses are chunk lists: bytes go through `transport.write`; `FileRegion`s (Fetch
records) of at least `SENDFILE_MIN_BYTES` are written with `os.sendfile` straight to the
socket when the transport holds no unsent bytes (order is kept), call after call until
the region is sent or the socket is full (EAGAIN); then the rest goes through
`loop.sendfile`, which waits for writability (and, on the default selector loop, calls
`os.sendfile` too). Each region is first "pinned" by opening a private descriptor on the
segment file (`/proc/self/fd/N`), in the same loop step as the storage read: retention
may close the segment before the response leaves, and asyncio's sendfile moves the
descriptor's file offset, which must not be the segment's.

A misbehaving client (bad frame, undecodable header or body, unknown key or version)
gets one warning log line and its connection closed; no other connection is touched.
"""

from __future__ import annotations

import asyncio
import logging
import os
import struct
import time
from collections import deque
from typing import TYPE_CHECKING, Any

from kafkapy.context import RequestContext
from kafkapy.handlers.registry import REGISTRY, Registration
from kafkapy.protocol import (
    API_NAMES,
    FileRegion,
    FrameError,
    FrameReader,
    RequestHeader,
    decode_request,
    parse_request_header,
)

if TYPE_CHECKING:
    from kafkapy.server import Server

log = logging.getLogger("kafkapy.connection")
request_log = logging.getLogger("kafkapy.request")

RESPONSE_BUFFER_HIGH = 8 * 1024 * 1024
RESPONSE_BUFFER_LOW = 2 * 1024 * 1024
# Regions smaller than this are read with one pread and written with the response
# bytes: cheaper than a sendfile round trip for a tailing consumer's small fetch.
SENDFILE_MIN_BYTES = 16 * 1024
API_VERSIONS_KEY = 18
# How much of an undecodable request the warning shows (hex), to diagnose clients.
BAD_FRAME_LOG_BYTES = 256

_SIZE = struct.Struct(">i")
_HEADER_V0 = struct.Struct(">ii")  # size, correlation_id
_HEADER_V1 = struct.Struct(">iiB")  # size, correlation_id, empty tagged fields


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
    def __init__(self, server: Server) -> None:
        self.server = server
        self.broker = server.broker
        self.loop = server.loop
        self.metrics = server.metrics
        self.transport: asyncio.Transport | None = None
        self.peer = "?"
        self._framer = FrameReader(server.limits.socket_request_max_bytes)
        self._pending: deque[_Slot] = deque()
        self._backlog: deque[memoryview] = deque()
        self._max_inflight = max(1, server.limits.queued_max_requests)
        self._write_paused = False
        self._reading = True
        self._closing = False  # no more reading; what was read is still answered
        self._aborted = False  # nothing more is answered (closed, bad request, lost)
        self._writer: asyncio.Task[None] | None = None
        self._flush_scheduled = False
        self._drained: asyncio.Future[None] | None = None
        self.idle_since = self.loop.time()

    # -- asyncio.BufferedProtocol ----------------------------------------------------------
    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport
        transport.set_write_buffer_limits(RESPONSE_BUFFER_HIGH, RESPONSE_BUFFER_LOW)
        peer = transport.get_extra_info("peername")
        self.peer = f"{peer[0]}:{peer[1]}" if peer else "?"
        self.metrics.connections_accepted += 1
        self.server.connections.add(self)

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
            self._backlog.extend(frames)
            self._drain_backlog()

    def eof_received(self) -> bool:
        # The client closed its side: finish what is in flight, then close.
        self._closing = True
        self._maybe_finish()
        return True

    def connection_lost(self, exc: Exception | None) -> None:
        self._closing = self._aborted = True
        self.server.connections.discard(self)
        for slot in self._pending:
            if slot.task is not None and not slot.task.done():
                slot.task.cancel()
            _close_fds(slot.pinned)
        self._pending.clear()
        self._backlog.clear()
        if self._writer is not None and not self._writer.done():
            self._writer.cancel()
        if self._drained is not None and not self._drained.done():
            self._drained.set_result(None)

    def pause_writing(self) -> None:
        self._write_paused = True
        self._update_reading()

    def resume_writing(self) -> None:
        self._write_paused = False
        self._update_reading()

    # -- requests --------------------------------------------------------------------
    def _drain_backlog(self) -> None:
        while self._backlog and len(self._pending) < self._max_inflight and not self._aborted:
            self._on_frame(self._backlog.popleft())
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
        ctx = RequestContext(self.broker, header, self, time.perf_counter())
        # Eager start (what Python 3.12's eager task factory does): most handlers never
        # wait, so run the coroutine's first step now and make a Task only if it suspends.
        coro = self._run(slot, reg, ctx, request)
        try:
            first = coro.send(None)
        except StopIteration:
            return
        slot.task = self.loop.create_task(_resume(coro, first))

    async def _run(self, slot: _Slot, reg: Registration, ctx: RequestContext, request: Any) -> None:
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

    def _encode(self, slot: _Slot, response: Any, reg: Registration) -> None:
        header = slot.header
        version = header.api_version
        flex_min: int | None = reg.response_cls.FLEXIBLE_MIN  # type: ignore[attr-defined]
        flexible_header = (
            header.api_key != API_VERSIONS_KEY and flex_min is not None and version >= flex_min
        )
        if header.api_key == 1:  # Fetch: records may be FileRegions
            body_chunks = response.encode_chunks(version)
            chunks: list[bytes | FileRegion] = []
            size = 0
            for chunk in body_chunks:
                if isinstance(chunk, FileRegion):
                    chunk = self._pin(slot, chunk)
                    size += chunk.length if isinstance(chunk, FileRegion) else len(chunk)
                else:
                    size += len(chunk)
                chunks.append(chunk)
        else:
            # A handler may return an already encoded body (ApiVersions caches its own).
            body = response if type(response) is bytes else response.encode(version)
            chunks = [body]
            size = len(body)
        if flexible_header:
            prefix = _HEADER_V1.pack(size + 5, header.correlation_id, 0)
        else:
            prefix = _HEADER_V0.pack(size + 4, header.correlation_id)
        chunks.insert(0, prefix)
        slot.chunks = chunks
        slot.size = size + len(prefix)

    def _pin(self, slot: _Slot, region: FileRegion) -> bytes | FileRegion:
        """Small regions become bytes now; large ones get a private descriptor."""
        if region.length < SENDFILE_MIN_BYTES:
            data = os.pread(region.fd, region.length, region.position)
            self.metrics.copied_region_bytes += len(data)
            return data
        fd = os.open(f"/proc/self/fd/{region.fd}", os.O_RDONLY | os.O_CLOEXEC)
        slot.pinned.append(fd)
        return FileRegion(fd, region.position, region.length)

    def _answer_unsupported_api_versions(self, header: RequestHeader) -> None:
        # Kafka answers at v0 with UNSUPPORTED_VERSION and the list, so clients fall back.
        from kafkapy.handlers.k18_api_versions import unsupported_version_response

        body = unsupported_version_response().encode(0)
        slot = _Slot(header)
        slot.chunks = [_HEADER_V0.pack(len(body) + 4, header.correlation_id), body]
        slot.size = len(body) + 8
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
                out.extend(chunks)  # type: ignore[arg-type]
                continue
            if out:
                transport.write(b"".join(out))
                out = []
            self._writer = self.loop.create_task(self._write_regions(slot))
            break
        if out:
            transport.write(out[0] if len(out) == 1 else b"".join(out))
        self.idle_since = self.loop.time()
        if self._backlog:
            self._drain_backlog()
        else:
            self._update_reading()
        self._maybe_finish()

    async def _write_regions(self, slot: _Slot) -> None:
        transport = self.transport
        assert transport is not None and slot.chunks is not None
        try:
            buf: list[bytes] = []
            for chunk in slot.chunks:
                if isinstance(chunk, FileRegion):
                    if buf:
                        transport.write(b"".join(buf))
                        buf = []
                    await self._sendfile(transport, chunk)
                else:
                    buf.append(chunk)
            if buf:
                transport.write(b"".join(buf))
        except (ConnectionError, RuntimeError, OSError) as exc:
            log.info("client went away during sendfile: %s", exc, extra={"peer": self.peer})
            self._close()
        finally:
            _close_fds(slot.pinned)
            slot.pinned = []
        self._writer = None
        if not self._closing or self._pending:
            self._flush_now()
        else:
            self._maybe_finish()

    async def _sendfile(self, transport: asyncio.Transport, region: FileRegion) -> None:
        position, remaining = region.position, region.length
        sock = transport.get_extra_info("socket")
        if sock is not None and transport.get_write_buffer_size() == 0:
            # Nothing of ours is queued before this region: the socket is ours to write.
            sent = self._sendfile_now(sock.fileno(), region.fd, position, remaining)
            position += sent
            remaining -= sent
            if not remaining:
                return
        # The socket is full (or the transport still holds bytes): loop.sendfile waits
        # for the transport to drain and the socket to take more. FileIO over the pinned
        # descriptor: it moves its offset, and falls back to read/write through it if
        # native sendfile is unavailable.
        with os.fdopen(region.fd, "rb", buffering=0, closefd=False) as f:
            sent = await self.loop.sendfile(transport, f, position, remaining)
        self.metrics.sendfile_bytes += sent
        self.metrics.sendfile_calls += 1
        if sent != remaining:
            raise ConnectionError(f"sendfile sent {sent} of {remaining} bytes")
        # sendfile paused reading around itself; re-apply our own state.
        self._reading = transport.is_reading()
        self._update_reading()

    def _sendfile_now(self, sock_fd: int, fd: int, position: int, count: int) -> int:
        """`os.sendfile` until `count` bytes are sent or the socket would block; returns
        the bytes sent. The explicit offset leaves the descriptor's own offset alone."""
        total = 0
        metrics = self.metrics
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

    # -- flow control and closing --------------------------------------------------
    def _update_reading(self) -> None:
        transport = self.transport
        if transport is None or transport.is_closing():
            return
        want = (
            not self._closing
            and not self._write_paused
            and len(self._pending) < self._max_inflight
            and not self._backlog
        )
        if want and not self._reading:
            self._reading = True
            transport.resume_reading()
        elif not want and self._reading:
            self._reading = False
            transport.pause_reading()

    def _maybe_finish(self) -> None:
        if self._closing and not self._pending and not self._backlog and self._writer is None:
            if self.transport is not None and not self.transport.is_closing():
                self.transport.close()
            if self._drained is not None and not self._drained.done():
                self._drained.set_result(None)

    async def shutdown(self) -> None:
        """Stop reading, let in-flight requests answer, then close (graceful shutdown)."""
        self._closing = True
        self._backlog.clear()
        self._update_reading()
        if self.transport is not None and self.transport.is_reading():
            self.transport.pause_reading()
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
        self._backlog.clear()
        self._closing = self._aborted = True
        if self.transport is not None:
            # Drop queued responses too: the stream is no longer trustworthy.
            self.transport.abort()

    def _ctx(self, header: RequestHeader) -> dict[str, Any]:
        return {
            "peer": self.peer,
            "client_id": header.client_id,
            "api": API_NAMES[header.api_key],
            "version": header.api_version,
            "correlation_id": header.correlation_id,
        }


def _close_fds(fds: list[int]) -> None:
    for fd in fds:
        try:
            os.close(fd)
        except OSError:
            pass


async def eager_gather(coros: list[Any]) -> list[Any]:
    """`asyncio.gather` of coroutines, each started at once (eager, like the handlers): a
    coroutine that finishes without suspending costs no Task. Results in order."""
    results: list[Any] = [None] * len(coros)
    waiting: list[tuple[int, asyncio.Task[Any]]] = []
    loop = asyncio.get_running_loop()
    for i, coro in enumerate(coros):
        try:
            first = coro.send(None)
        except StopIteration as stop:
            results[i] = stop.value
            continue
        except BaseException:
            for later in coros[i + 1:]:
                later.close()
            for _, task in waiting:
                task.cancel()
            raise
        waiting.append((i, loop.create_task(_resume(coro, first))))
    if waiting:
        done = await asyncio.gather(*(task for _, task in waiting))
        for (i, _), value in zip(waiting, done):
            results[i] = value
    return results


async def _resume(coro: Any, first: Any) -> Any:
    """Continue, inside a Task, a coroutine whose first step already ran and yielded `first`."""
    return await _Continue(coro, first)


class _Continue:
    """Awaitable that hands the Task the future the coroutine yielded, then keeps driving
    the coroutine (send/throw) until it returns: the Task protocol, one frame deeper."""

    __slots__ = ("coro", "first")

    def __init__(self, coro: Any, first: Any) -> None:
        self.coro = coro
        self.first = first

    def __await__(self) -> Any:
        coro, fut = self.coro, self.first
        while True:
            try:
                yield fut
            except BaseException as exc:  # noqa: BLE001 - cancellation goes to the coroutine
                try:
                    fut = coro.throw(exc)
                except StopIteration as stop:
                    return stop.value
                continue
            try:
                fut = coro.send(None)
            except StopIteration as stop:
                return stop.value
