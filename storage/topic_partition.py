"""``TopicPartition`` and the partition directory names (Kafka's ``UnifiedLog.logDirName``)."""

from __future__ import annotations

import re
import uuid
from typing import NamedTuple

#: Kafka's suffixes for directories of logs being deleted / moved (``LocalLog``).
DELETE_DIR_SUFFIX = "-delete"
FUTURE_DIR_SUFFIX = "-future"
STRAY_DIR_SUFFIX = "-stray"

_DELETE_DIR = re.compile(r"^(.+)-(\d+)\.([0-9a-f]{32})-delete$")


class TopicPartition(NamedTuple):
    topic: str
    partition: int

    def __str__(self) -> str:
        return f"{self.topic}-{self.partition}"

    @property
    def dir_name(self) -> str:
        """``<topic>-<partition>``, the log's directory under a log dir."""
        return f"{self.topic}-{self.partition}"

    def delete_dir_name(self) -> str:
        """``<topic>-<partition>.<uuid hex>-delete``: a log scheduled for removal."""
        return f"{self.topic}-{self.partition}.{uuid.uuid4().hex}{DELETE_DIR_SUFFIX}"


def parse_dir_name(name: str) -> TopicPartition | None:
    """``<topic>-<partition>`` -> TopicPartition; None for anything else (``-delete`` dirs,
    stray files). Topics may contain ``-``: the partition is after the last one."""
    if "." in name.rpartition("-")[2] or name.endswith(
        (DELETE_DIR_SUFFIX, FUTURE_DIR_SUFFIX, STRAY_DIR_SUFFIX)
    ):
        return None
    topic, sep, partition = name.rpartition("-")
    if not sep or not topic or not partition.isdigit():
        return None
    return TopicPartition(topic, int(partition))


def is_delete_dir(name: str) -> bool:
    return _DELETE_DIR.match(name) is not None
