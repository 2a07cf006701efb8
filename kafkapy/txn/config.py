"""Transaction coordinator settings, with Kafka's broker config names and defaults
(`TransactionStateManagerConfig`, `TransactionLogConfig`)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields

TRANSACTION_STATE_TOPIC = "__transaction_state"


@dataclass(frozen=True, slots=True)
class TransactionConfig:
    transactional_id_expiration_ms: int = 604_800_000  # 7 days
    transaction_max_timeout_ms: int = 900_000  # 15 minutes
    transaction_abort_timed_out_transaction_cleanup_interval_ms: int = 10_000
    transaction_remove_expired_transaction_cleanup_interval_ms: int = 3_600_000
    transaction_state_log_num_partitions: int = 50
    transaction_state_log_replication_factor: int = 3
    transaction_state_log_min_isr: int = 2
    transaction_state_log_segment_bytes: int = 100 * 1024 * 1024
    transaction_state_log_load_buffer_size: int = 5 * 1024 * 1024
    transaction_partition_verification_enable: bool = True
    # The largest batch of tombstones one expiry pass writes (Kafka: the partition's
    # max.message.bytes, whose default is the broker's message.max.bytes).
    message_max_bytes: int = 1_048_588

    @classmethod
    def from_properties(cls, props: Mapping[str, object]) -> TransactionConfig:
        """Build from `server.properties`-style keys (`transaction.max.timeout.ms`)."""
        values: dict[str, int | bool] = {}
        for f in fields(cls):
            raw = props.get(f.name.replace("_", "."))
            if raw is None:
                continue
            if f.type in (bool, "bool"):
                values[f.name] = raw if isinstance(raw, bool) else str(raw).lower() == "true"
            else:
                values[f.name] = int(str(raw))
        return cls(**values)  # type: ignore[arg-type]
