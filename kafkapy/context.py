"""`RequestContext`: what a handler gets besides its decoded request."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kafkapy.connection import KafkaConnection


class RequestContext:
    """One request's context. `broker` owns all state; `connection` is the client's socket.

    `header` is the parsed request header (`api_key`, `api_version`, `correlation_id`,
    `client_id`). Handlers run on the event-loop thread and may await (Fetch long polls).
    """

    __slots__ = ("api_version", "broker", "connection", "header", "log_extra", "received_at")

    def __init__(
        self, broker: Any, header: Any, connection: KafkaConnection | None, received_at: float
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
        return self.header.client_id  # type: ignore[no-any-return]


_REQUEST_LOG = logging.getLogger("kafkapy.request")


def request_logging() -> bool:
    """True when per-request debug lines are written (worth building their context)."""
    return _REQUEST_LOG.isEnabledFor(logging.DEBUG)
