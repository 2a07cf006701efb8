"""A minimal Prometheus endpoint: `GET /metrics` over HTTP/1.0 on `--metrics-port`.

Counters come from `Metrics`; gauges (open connections, partitions, each partition's log
end offset and high watermark) are read from the broker when scraped. Any other path is
404. Runs on the broker's event loop; one scrape is one short connection.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from typing import Any

log = logging.getLogger("kafkapy.metrics")

MAX_REQUEST_HEAD = 8192


def render(broker: Any) -> str:
    lines = [broker.metrics.render().rstrip("\n")]
    server = broker.server
    lines += [
        "# TYPE kafkapy_connections gauge",
        f"kafkapy_connections {len(server.connections) if server is not None else 0}",
        "# TYPE kafkapy_partitions gauge",
        f"kafkapy_partitions {len(broker.partitions)}",
        "# TYPE kafkapy_log_end_offset gauge",
    ]
    for (topic, index), p in broker.partitions.items():
        lines.append(f'kafkapy_log_end_offset{{topic="{topic}",partition="{index}"}} {p.log.log_end_offset}')
    lines.append("# TYPE kafkapy_high_watermark gauge")
    for (topic, index), p in broker.partitions.items():
        lines.append(f'kafkapy_high_watermark{{topic="{topic}",partition="{index}"}} {p.log.high_watermark}')
    return "\n".join(lines) + "\n"


class MetricsServer:
    def __init__(self, broker: Any, host: str, port: int) -> None:
        self.broker = broker
        self.host, self.port = host, port
        self._server: asyncio.Server | None = None

    async def start(self) -> int:
        self._server = await asyncio.start_server(self._serve, self.host, self.port)
        self.port = self._server.sockets[0].getsockname()[1]
        log.info("metrics endpoint listening", extra={"host": self.host, "port": self.port})
        return self.port

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), 5)
            if len(head) > MAX_REQUEST_HEAD:
                return
            parts = head.split(b" ", 2)
            if len(parts) >= 2 and parts[0] == b"GET" and parts[1].split(b"?")[0] == b"/metrics":
                body = render(self.broker).encode()
                status = b"200 OK"
            else:
                body, status = b"not found\n", b"404 Not Found"
            writer.write(
                b"HTTP/1.0 " + status + b"\r\nContent-Type: text/plain; version=0.0.4\r\n"
                b"Content-Length: " + str(len(body)).encode() + b"\r\n\r\n" + body
            )
            await writer.drain()
        except (asyncio.IncompleteReadError, asyncio.LimitOverrunError, TimeoutError, ConnectionError):
            pass
        finally:
            writer.close()
            with contextlib.suppress(Exception):
                await writer.wait_closed()

    async def stop(self) -> None:
        if self._server is not None:
            self._server.close()
            with contextlib.suppress(Exception):
                await asyncio.wait_for(self._server.wait_closed(), 1)
