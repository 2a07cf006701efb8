"""`LogStore`: the broker's one door to `storage` (open, create, delete, close logs).

Uses `storage.log_manager.LogManager` / `storage.unified_log.UnifiedLog` when they exist;
until then a minimal single-segment `InterimLog` with the same surface lets the server
run end to end (no idempotence window, no retention, no crash recovery).
"""

from __future__ import annotations

import logging
import os
import shutil
import time
import uuid
from pathlib import Path
from typing import Any, NamedTuple

from storage.topic_partition import TopicPartition
from wire.file_region import FileRegion
from wire.records import iter_batches, stamp

log = logging.getLogger("kafkapy.storage")

try:  # pragma: no cover - depends on the storage package's progress
    from storage.log_manager import LogManager  # type: ignore[import-not-found]
except ImportError:  # pragma: no cover
    LogManager = None


class LogStore:
    def __init__(self, config: Any, log_dirs: list[Path]) -> None:
        self.config = config
        self.log_dirs = log_dirs
        self.logs: dict[TopicPartition, Any] = {}

    def load(self) -> None:
        pass

    def get_or_create(self, tp: TopicPartition, log_config: Any, topic_id: uuid.UUID) -> Any:
        ulog = self.logs.get(tp)
        if ulog is None:
            ulog = InterimLog(self.log_dirs[0] / tp.dir_name, log_config)
            self.logs[tp] = ulog
        return ulog

    def delete(self, tp: TopicPartition) -> None:
        ulog = self.logs.pop(tp, None)
        if ulog is not None:
            ulog.close()
            shutil.rmtree(ulog.dir, ignore_errors=True)

    def update_config(self, ulog: Any, log_config: Any) -> None:
        ulog.config = log_config

    def shutdown(self) -> None:
        for ulog in self.logs.values():
            ulog.close()


class LogAppendInfo(NamedTuple):
    first_offset: int
    last_offset: int
    log_append_time_ms: int
    duplicate: bool = False


class FetchDataInfo(NamedTuple):
    regions: list[FileRegion]


class InterimLog:
    """One `.log` file; batch positions indexed in memory, rebuilt from the file on open."""

    def __init__(self, path: Path, config: Any) -> None:
        self.dir = path
        self.config = config
        path.mkdir(parents=True, exist_ok=True)
        self.file = path / "00000000000000000000.log"
        self.fd = os.open(self.file, os.O_RDWR | os.O_CREAT | os.O_APPEND, 0o644)
        self.positions: list[tuple[int, int, int, int]] = []  # base, last, pos, size
        self.size = 0
        self.log_start_offset = 0
        self.log_end_offset = 0
        self._recover()

    def _recover(self) -> None:
        data = bytearray(os.pread(self.fd, os.fstat(self.fd).st_size, 0))
        pos = 0
        try:
            for header, batch in iter_batches(data, verify_crcs=False, validate_counts=False):
                self.positions.append((header.base_offset, header.last_offset, pos, len(batch)))
                pos += len(batch)
        except ValueError:
            os.ftruncate(self.fd, pos)
        self.size = pos
        if self.positions:
            self.log_end_offset = self.positions[-1][1] + 1

    @property
    def high_watermark(self) -> int:
        return self.log_end_offset

    def append_as_leader(self, records: memoryview, leader_epoch: int) -> LogAppendInfo:
        batches = list(iter_batches(records))
        if not batches:
            from wire.records import CorruptRecordError

            raise CorruptRecordError("empty records", 0)
        first = self.log_end_offset
        offset = first
        pos = self.size
        for header, batch in batches:
            stamp(batch, offset, leader_epoch)
            self.positions.append((offset, offset + header.last_offset_delta, pos, len(batch)))
            pos += len(batch)
            offset += header.last_offset_delta + 1
        os.write(self.fd, records)
        self.size = pos
        self.log_end_offset = offset
        return LogAppendInfo(first, offset - 1, -1)

    def read(
        self, fetch_offset: int, max_bytes: int, max_offset: int, min_one_message: bool = True
    ) -> FetchDataInfo:
        from storage.errors import OffsetOutOfRangeError

        if fetch_offset < self.log_start_offset or fetch_offset > self.log_end_offset:
            raise OffsetOutOfRangeError(fetch_offset, self.log_start_offset, self.log_end_offset)
        import bisect

        i = bisect.bisect_right([p[1] for p in self.positions], fetch_offset - 1)
        start = None
        length = 0
        for base, _last, pos, size in self.positions[i:]:
            if base >= max_offset:
                break
            if length + size > max_bytes and not (min_one_message and length == 0):
                break
            if start is None:
                start = pos
            length += size
        if start is None:
            return FetchDataInfo([])
        return FetchDataInfo([FileRegion(self.fd, start, length)])

    def fetch_offset_by_timestamp(self, ts: int) -> tuple[int, int] | None:
        return None

    def close(self) -> None:
        try:
            os.close(self.fd)
        except OSError:
            pass


_ = time
