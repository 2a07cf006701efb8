"""`RequestContext`: what a handler gets besides its decoded request."""

from __future__ import annotations

import logging
from typing import Any, Protocol


class ClientConnection(Protocol):
    """What a handler may do with the connection its request came on (the network layer's
    `KafkaConnection` is one): know the client's address and the listener it connected
    to, and close it (the responses not yet written are dropped)."""

    @property
    def peer(self) -> str:
        """The client's address, `host:port` ("?" when unknown)."""
        ...

    @property
    def listener(self) -> str:
        """Name of the listener that accepted the connection (`PLAINTEXT`...)."""
        ...

    def close(self) -> None: ...


class RequestHeaderFields(Protocol):
    """The request header fields a handler reads (request header v1/v2)."""

    @property
    def api_key(self) -> int: ...

    @property
    def api_version(self) -> int: ...

    @property
    def correlation_id(self) -> int: ...

    @property
    def client_id(self) -> str | None: ...


class RequestContext:
    """One request's context. `broker` owns all state; `connection` is the client's socket.

    `header` is the parsed request header (`api_key`, `api_version`, `correlation_id`,
    `client_id`). Handlers run on the event-loop thread and may await (Fetch long polls).
    """

    __slots__ = ("api_version", "broker", "connection", "header", "log_extra", "received_at")

    def __init__(
        self,
        broker: Any,
        header: RequestHeaderFields,
        connection: ClientConnection | None,
        received_at: float,
    ) -> None:
        self.broker = broker
        self.header = header
        self.connection = connection
        self.api_version: int = header.api_version
        self.received_at = received_at
        # Extra context for this request's debug log line (e.g. topic_partition), set by
        # handlers only when `request_logging()` is true.
        self.log_extra: dict[str, Any] | None = None

    @property
    def client_id(self) -> str | None:
        return self.header.client_id


_REQUEST_LOG = logging.getLogger("kafkapy.request")


def request_logging() -> bool:
    """True when per-request debug lines are written (worth building their context)."""
    return _REQUEST_LOG.isEnabledFor(logging.DEBUG)
