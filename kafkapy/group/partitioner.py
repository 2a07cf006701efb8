"""Which `__consumer_offsets` partition owns a group: Kafka's
`Utils.abs(groupId.hashCode) % offsets.topic.num.partitions` (GroupCoordinator.partitionFor).
"""

from __future__ import annotations

OFFSETS_TOPIC = "__consumer_offsets"
DEFAULT_OFFSETS_TOPIC_PARTITIONS = 50  # offsets.topic.num.partitions


def java_string_hash(s: str) -> int:
    """java.lang.String.hashCode: 31-polynomial over UTF-16 code units, int32 overflow."""
    h = 0
    data = s.encode("utf-16-be")
    for i in range(0, len(data), 2):
        h = (31 * h + ((data[i] << 8) | data[i + 1])) & 0xFFFFFFFF
    return h - (1 << 32) if h & 0x80000000 else h


def java_abs(n: int) -> int:
    """Kafka's Utils.abs: Integer.MIN_VALUE maps to 0, not to itself."""
    return 0 if n == -(1 << 31) else abs(n)


def partition_for(group_id: str, num_partitions: int) -> int:
    return java_abs(java_string_hash(group_id)) % num_partitions
