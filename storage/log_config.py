"""Per-log settings, named and defaulted as Kafka's topic-level configs (``LogConfig.java``).

``LogConfig.from_properties(topic_props, defaults)`` reads Kafka's topic-level names;
``LogConfig.from_broker_properties(server_props)`` reads the broker-level ``log.*`` names that
supply the defaults (``log.segment.bytes`` -> ``segment.bytes`` ...), as Kafka does.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass

LONG_MAX = 9223372036854775807

#: topic-level name -> dataclass field
TOPIC_KEYS: dict[str, str] = {
    "segment.bytes": "segment_bytes",
    "segment.ms": "segment_ms",
    "segment.jitter.ms": "segment_jitter_ms",
    "segment.index.bytes": "segment_index_bytes",
    "index.interval.bytes": "index_interval_bytes",
    "retention.ms": "retention_ms",
    "retention.bytes": "retention_bytes",
    "flush.messages": "flush_messages",
    "flush.ms": "flush_ms",
    "file.delete.delay.ms": "file_delete_delay_ms",
    "cleanup.policy": "cleanup_policy",
    "message.timestamp.type": "message_timestamp_type",
    "max.message.bytes": "max_message_bytes",
    "min.insync.replicas": "min_insync_replicas",
    "delete.retention.ms": "delete_retention_ms",
    "min.cleanable.dirty.ratio": "min_cleanable_dirty_ratio",
    "min.compaction.lag.ms": "min_compaction_lag_ms",
}

#: broker-level name -> topic-level name (Kafka's ``ServerTopicConfigSynonyms``); the later
#: entries of one topic key win when several are set (``log.retention.ms`` over ``.hours``).
BROKER_SYNONYMS: list[tuple[str, str, int]] = [
    ("log.segment.bytes", "segment.bytes", 1),
    ("log.roll.hours", "segment.ms", 3_600_000),
    ("log.roll.ms", "segment.ms", 1),
    ("log.roll.jitter.hours", "segment.jitter.ms", 3_600_000),
    ("log.roll.jitter.ms", "segment.jitter.ms", 1),
    ("log.index.size.max.bytes", "segment.index.bytes", 1),
    ("log.index.interval.bytes", "index.interval.bytes", 1),
    ("log.retention.hours", "retention.ms", 3_600_000),
    ("log.retention.minutes", "retention.ms", 60_000),
    ("log.retention.ms", "retention.ms", 1),
    ("log.retention.bytes", "retention.bytes", 1),
    ("log.flush.interval.messages", "flush.messages", 1),
    ("log.flush.interval.ms", "flush.ms", 1),
    ("log.segment.delete.delay.ms", "file.delete.delay.ms", 1),
    ("log.cleanup.policy", "cleanup.policy", 0),
    ("log.message.timestamp.type", "message.timestamp.type", 0),
    ("message.max.bytes", "max.message.bytes", 1),
    ("min.insync.replicas", "min.insync.replicas", 1),
    ("log.cleaner.delete.retention.ms", "delete.retention.ms", 1),
    ("log.cleaner.min.cleanable.ratio", "min.cleanable.dirty.ratio", 0),
    ("log.cleaner.min.compaction.lag.ms", "min.compaction.lag.ms", 1),
]

_TIMESTAMP_TYPES = ("CreateTime", "LogAppendTime")
_CLEANUP_POLICIES = ("delete", "compact")


@dataclass(frozen=True, slots=True)
class LogConfig:
    """Immutable settings of one log; defaults are Kafka's."""

    segment_bytes: int = 1024 * 1024 * 1024
    segment_ms: int = 7 * 24 * 3_600_000
    segment_jitter_ms: int = 0
    segment_index_bytes: int = 10 * 1024 * 1024
    index_interval_bytes: int = 4096
    retention_ms: int = 7 * 24 * 3_600_000
    retention_bytes: int = -1
    flush_messages: int = LONG_MAX
    flush_ms: int = LONG_MAX
    file_delete_delay_ms: int = 60_000
    cleanup_policy: str = "delete"
    message_timestamp_type: str = "CreateTime"
    max_message_bytes: int = 1_048_588
    min_insync_replicas: int = 1
    delete_retention_ms: int = 86_400_000
    min_cleanable_dirty_ratio: float = 0.5
    min_compaction_lag_ms: int = 0

    def __post_init__(self) -> None:
        # Kafka's validators (LogConfig.configDef): reject what would break the log.
        if self.segment_bytes < 14:
            raise ValueError(f"segment.bytes must be >= 14, got {self.segment_bytes}")
        if self.segment_ms < 1:
            raise ValueError(f"segment.ms must be >= 1, got {self.segment_ms}")
        if self.segment_index_bytes < 8:
            raise ValueError(f"segment.index.bytes must be >= 8, got {self.segment_index_bytes}")
        if self.index_interval_bytes < 0:
            raise ValueError("index.interval.bytes must be >= 0")
        if self.flush_messages < 1 or self.flush_ms < 0:
            raise ValueError("flush.messages must be >= 1 and flush.ms >= 0")
        if self.retention_ms < -1:
            raise ValueError("retention.ms must be >= -1")
        if self.message_timestamp_type not in _TIMESTAMP_TYPES:
            raise ValueError(f"message.timestamp.type must be one of {_TIMESTAMP_TYPES}")
        for policy in self.cleanup_policies:
            if policy not in _CLEANUP_POLICIES:
                raise ValueError(f"cleanup.policy must be a list of {_CLEANUP_POLICIES}")
        if self.max_message_bytes < 0:
            raise ValueError("max.message.bytes must be >= 0")
        if not 0 <= self.min_cleanable_dirty_ratio <= 1:
            raise ValueError("min.cleanable.dirty.ratio must be in [0, 1]")

    @property
    def cleanup_policies(self) -> list[str]:
        return [p.strip() for p in self.cleanup_policy.split(",") if p.strip()]

    @property
    def delete_enabled(self) -> bool:
        """Retention deletes old segments (``cleanup.policy`` contains ``delete``)."""
        return "delete" in self.cleanup_policies

    @property
    def compact_enabled(self) -> bool:
        """The log cleaner keeps the last record per key (``cleanup.policy`` has ``compact``)."""
        return "compact" in self.cleanup_policies

    @property
    def log_append_time(self) -> bool:
        return self.message_timestamp_type == "LogAppendTime"

    @property
    def max_index_entries_offset(self) -> int:
        return self.segment_index_bytes // 8

    @property
    def max_index_entries_time(self) -> int:
        return self.segment_index_bytes // 12

    def to_properties(self) -> dict[str, str]:
        """Kafka's topic-level names -> string values (DescribeConfigs)."""
        return {name: str(getattr(self, attr)) for name, attr in TOPIC_KEYS.items()}

    @classmethod
    def from_properties(
        cls, props: Mapping[str, object], defaults: LogConfig | None = None
    ) -> LogConfig:
        """Topic-level overrides over ``defaults``; unknown keys are ignored (they belong to
        the broker or to other layers). Raises ``ValueError`` for a bad value."""
        base = defaults if defaults is not None else cls()
        changes: dict[str, object] = {}
        for name, value in props.items():
            attr = TOPIC_KEYS.get(name)
            if attr is None:
                continue
            changes[attr] = _convert(name, attr, value)
        return dataclasses.replace(base, **changes)  # type: ignore[arg-type]

    @classmethod
    def from_broker_properties(cls, props: Mapping[str, object]) -> LogConfig:
        """Defaults for every log from ``server.properties`` (``log.*`` synonyms)."""
        topic_props: dict[str, object] = {}
        for broker_name, topic_name, scale in BROKER_SYNONYMS:
            if broker_name not in props:
                continue
            value = props[broker_name]
            if scale == 0:
                topic_props[topic_name] = value
            else:
                number = int(str(value).strip())
                # -1 means "unlimited" and is not scaled (log.retention.hours=-1).
                topic_props[topic_name] = number if number < 0 else number * scale
        return cls.from_properties(topic_props)


def _convert(name: str, attr: str, value: object) -> object:
    if attr in ("cleanup_policy", "message_timestamp_type"):
        return str(value).strip()
    if attr == "min_cleanable_dirty_ratio":
        try:
            return float(str(value).strip())
        except ValueError:
            raise ValueError(f"{name} must be a number, got {value!r}") from None
    try:
        return int(str(value).strip())
    except ValueError:
        raise ValueError(f"{name} must be an integer, got {value!r}") from None
