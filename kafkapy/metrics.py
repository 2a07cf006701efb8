"""Broker-wide counters, owned by the event-loop thread (plain ints, no locks).

Exposed in Prometheus text format by `render()`; the server logs a summary at shutdown.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field


@dataclass(slots=True)
class Metrics:
    connections_accepted: int = 0
    connections_closed_bad_request: int = 0
    bytes_in: int = 0
    bytes_out: int = 0
    # Records bytes written to sockets by os.sendfile (zero-copy) and, for
    # regions below the sendfile threshold, by an ordinary copy.
    sendfile_bytes: int = 0
    sendfile_calls: int = 0
    copied_region_bytes: int = 0
    requests: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    request_seconds: dict[str, float] = field(default_factory=lambda: defaultdict(float))

    def observe_request(self, api_name: str, seconds: float) -> None:
        self.requests[api_name] += 1
        self.request_seconds[api_name] += seconds

    def render(self) -> str:
        """Prometheus text exposition format 0.0.4."""
        lines = [
            "# TYPE kafkapy_connections_accepted_total counter",
            f"kafkapy_connections_accepted_total {self.connections_accepted}",
            "# TYPE kafkapy_bytes_in_total counter",
            f"kafkapy_bytes_in_total {self.bytes_in}",
            "# TYPE kafkapy_bytes_out_total counter",
            f"kafkapy_bytes_out_total {self.bytes_out}",
            "# TYPE kafkapy_sendfile_bytes_total counter",
            f"kafkapy_sendfile_bytes_total {self.sendfile_bytes}",
            "# TYPE kafkapy_sendfile_calls_total counter",
            f"kafkapy_sendfile_calls_total {self.sendfile_calls}",
            "# TYPE kafkapy_copied_region_bytes_total counter",
            f"kafkapy_copied_region_bytes_total {self.copied_region_bytes}",
            "# TYPE kafkapy_requests_total counter",
        ]
        for api, n in sorted(self.requests.items()):
            lines.append(f'kafkapy_requests_total{{api="{api}"}} {n}')
        lines.append("# TYPE kafkapy_request_seconds_total counter")
        for api, s in sorted(self.request_seconds.items()):
            lines.append(f'kafkapy_request_seconds_total{{api="{api}"}} {s:.6f}')
        return "\n".join(lines) + "\n"
