"""Group coordinator settings, with Kafka's broker config names and defaults."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class GroupConfig:
    group_min_session_timeout_ms: int = 6_000
    group_max_session_timeout_ms: int = 1_800_000
    group_initial_rebalance_delay_ms: int = 3_000
    group_max_size: int = 2**31 - 1
    offsets_topic_num_partitions: int = 50
    offsets_topic_replication_factor: int = 3
    offsets_topic_segment_bytes: int = 100 * 1024 * 1024
    offsets_retention_minutes: int = 10_080  # 7 days
    offsets_retention_check_interval_ms: int = 600_000
    offset_metadata_max_bytes: int = 4_096

    @property
    def offsets_retention_ms(self) -> int:
        return self.offsets_retention_minutes * 60_000

    @classmethod
    def from_properties(cls, props: Mapping[str, Any]) -> GroupConfig:
        """Build from `server.properties`-style keys (`group.initial.rebalance.delay.ms`).
        Accepts a mapping or an object with those names as attributes (underscored)."""
        values: dict[str, int] = {}
        for name in cls.__dataclass_fields__:
            dotted = name.replace("_", ".")
            raw = props.get(dotted) if hasattr(props, "get") else None
            if raw is None:
                raw = getattr(props, name, None)
            if raw is not None:
                values[name] = int(raw)
        return cls(**values)
