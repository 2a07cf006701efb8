"""Read-side flow control of one connection (the uvicorn/asyncpg shape).

The socket is read only while the broker can take more from this client:
- `queued.max.requests`: at most this many requests of one connection are in the broker
  at once (decoded, not yet answered); further frames wait undecoded in `backlog`, in
  arrival order, and reading pauses until the backlog is decoded.
- `RESPONSE_BUFFER_HIGH`: while the transport holds more unsent response bytes than this
  (asyncio calls `pause_writing`), reading pauses, so a client that stops reading cannot
  make the broker buffer without bound; it resumes below `RESPONSE_BUFFER_LOW`.

`FlowControl` only decides and applies pause/resume; the connection tells it how many
requests are in flight and whether it is closing. Owned by the event-loop thread.
"""

from __future__ import annotations

import asyncio
from collections import deque

RESPONSE_BUFFER_HIGH = 8 * 1024 * 1024
RESPONSE_BUFFER_LOW = 2 * 1024 * 1024


class FlowControl:
    """Whether one transport is read. `reading` mirrors what was last asked of the
    transport; `write_paused` is set between asyncio's `pause_writing` and `resume_writing`."""

    __slots__ = ("backlog", "max_in_flight", "reading", "transport", "write_paused")

    def __init__(self, queued_max_requests: int) -> None:
        self.max_in_flight = max(1, queued_max_requests)
        # Complete frames not yet decoded, waiting for an in-flight slot.
        self.backlog: deque[memoryview] = deque()
        self.transport: asyncio.Transport | None = None
        self.reading = True
        self.write_paused = False

    def attach(self, transport: asyncio.Transport) -> None:
        """Take charge of a new transport and set its write-buffer water marks."""
        self.transport = transport
        transport.set_write_buffer_limits(RESPONSE_BUFFER_HIGH, RESPONSE_BUFFER_LOW)

    def update(self, in_flight: int, closing: bool) -> None:
        """Pause or resume reading to match the current state (no-op once closing began
        on the transport's side)."""
        transport = self.transport
        if transport is None or transport.is_closing():
            return
        want = (
            not closing
            and not self.write_paused
            and in_flight < self.max_in_flight
            and not self.backlog
        )
        if want and not self.reading:
            self.reading = True
            transport.resume_reading()
        elif not want and self.reading:
            self.reading = False
            transport.pause_reading()

    def resync(self) -> None:
        """Re-read the transport's reading state: `loop.sendfile` pauses and resumes
        reading around itself, behind our back."""
        if self.transport is not None:
            self.reading = self.transport.is_reading()

    def stop(self) -> None:
        """Graceful shutdown: drop the undecoded frames and stop reading for good."""
        self.backlog.clear()
        self.update(0, closing=True)
        transport = self.transport
        if transport is not None and transport.is_reading():
            transport.pause_reading()
