"""The network layer's configured limits, with Kafka's names (`SocketServerConfigs`).

Built once from the broker's `KafkaConfig` (`from_config`); read by the server (idle
reaper) and by each connection (frame size, requests in flight). Immutable.
"""

from __future__ import annotations

from dataclasses import dataclass

from kafkapy.config.kafka_config import KafkaConfig


@dataclass(frozen=True, slots=True)
class ServerLimits:
    """`socket_request_max_bytes`: a larger request size prefix closes the connection
    (`socket.request.max.bytes`). `queued_max_requests`: requests of one connection in the
    broker at once (`queued.max.requests`; Kafka's is broker-wide, ours per connection).
    `connections_max_idle_ms`: an idle connection is closed after this long, 0 or less
    never (`connections.max.idle.ms`)."""

    socket_request_max_bytes: int = 104857600
    queued_max_requests: int = 500
    connections_max_idle_ms: int = 600000

    @classmethod
    def from_config(cls, config: KafkaConfig) -> ServerLimits:
        return cls(
            socket_request_max_bytes=config.get_int("socket.request.max.bytes"),
            queued_max_requests=config.get_int("queued.max.requests"),
            connections_max_idle_ms=config.get_int("connections.max.idle.ms"),
        )
