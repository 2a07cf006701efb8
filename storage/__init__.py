"""The segmented commit log: Kafka's on-disk layout, indexes, recovery, retention.

See docs/storage.md.
"""

from storage.log_config import LogConfig
from storage.log_manager import LogManager, LogManagerConfig
from storage.topic_partition import TopicPartition
from storage.unified_log import (
    EARLIEST_TIMESTAMP,
    LATEST_TIMESTAMP,
    MAX_TIMESTAMP,
    FetchDataInfo,
    LogAppendInfo,
    TimestampAndOffset,
    UnifiedLog,
)

__all__ = [
    "EARLIEST_TIMESTAMP",
    "LATEST_TIMESTAMP",
    "MAX_TIMESTAMP",
    "FetchDataInfo",
    "LogAppendInfo",
    "LogConfig",
    "LogManager",
    "LogManagerConfig",
    "TimestampAndOffset",
    "TopicPartition",
    "UnifiedLog",
]
