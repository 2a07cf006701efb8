"""Log compaction (Kafka's ``LogCleaner``, simplified): keep the last record of every key.

For a log whose ``cleanup.policy`` contains ``compact``:

1. The cleanable range is every inactive segment lying wholly below the high watermark, the
   last stable offset and ``min.compaction.lag.ms``; it is cleaned when the bytes written since
   the last cleaning are at least ``min.cleanable.dirty.ratio`` of it.
2. An offset map ``key -> offset of its last record`` is built over that range (records are
   decoded: compaction is the one place where storage reads every record).
3. Each segment is rewritten keeping the records that are the last of their key in the range,
   and tombstones (null values) only while the segment is younger than
   ``delete.retention.ms``. Offsets never change: a rewritten batch keeps its base offset, its
   records their offset deltas (gaps are normal in a compacted log), its producer fields.
   Untouched batches are copied byte for byte; control batches are kept.
4. Swap, crash-safe like Kafka's: the new segment is written to ``<base>.log.cleaned`` and
   fsynced, renamed ``<base>.log.swap``, then the old segment's files are renamed ``.deleted``
   (their descriptor stays open for reads in flight; removed after ``file.delete.delay.ms``) and
   the swap file becomes ``<base>.log``; its indexes are rebuilt. ``LogLoader`` completes a
   swap interrupted by a crash (``.swap`` wins over ``.log``) and removes ``.cleaned`` files.

Simplifications: the map is not bounded by ``log.cleaner.dedupe.buffer.size``, small segments
are not merged, the "cleaned up to" offset lives in memory (after a restart a log is cleaned
once more, which changes nothing), and the cleaning runs in ``run_periodic_tasks`` (the broker's
thread), once per ``log.cleaner.backoff.ms``.
"""

from __future__ import annotations

import itertools
import logging
import os
from collections.abc import Iterator
from dataclasses import dataclass

from storage.checkpoint_file import fsync_dir
from storage.log_segment import DELETED_SUFFIX, LogSegment, log_file_path, write_fully
from storage.unified_log import UnifiedLog
from wire.records import Compression, RecordBatchHeader, set_max_timestamp
from wire.records.batch import CONTROL_FLAG_MASK, TimestampType
from wire.records.builder import RecordBatchBuilder
from wire.records.record import Record, iter_records

logger = logging.getLogger("storage.log_cleaner")

CLEANED_SUFFIX = ".cleaned"
SWAP_SUFFIX = ".swap"
#: bytes of kept batches buffered before a write to the ``.cleaned`` file
WRITE_CHUNK = 1 << 20


@dataclass(frozen=True, slots=True)
class CleanResult:
    segments_rewritten: int
    bytes_before: int
    bytes_after: int
    records_removed: int


class LogCleaner:
    """Compacts logs; remembers per log how far it has cleaned. Not thread-safe."""

    def __init__(self) -> None:
        self._cleaned_to: dict[int, int] = {}  # id(log) -> first dirty offset

    def forget(self, log: UnifiedLog) -> None:
        self._cleaned_to.pop(id(log), None)

    def cleanable_segments(self, log: UnifiedLog, now_ms: int) -> list[LogSegment]:
        """Inactive segments wholly below the high watermark, the last stable offset and the
        compaction lag, oldest first."""
        limit = min(log.high_watermark, log.last_stable_offset)
        segments = log.segments.values()
        result = []
        for segment, nxt in itertools.pairwise(segments):
            if nxt.base_offset > limit:
                break
            if segment.largest_timestamp > now_ms - log.config.min_compaction_lag_ms:
                break
            result.append(segment)
        return result

    def needs_cleaning(self, log: UnifiedLog, now_ms: int) -> bool:
        if not log.config.compact_enabled:
            return False
        segments = self.cleanable_segments(log, now_ms)
        if not segments:
            return False
        first_dirty = self._cleaned_to.get(id(log), 0)
        total = sum(s.size for s in segments)
        dirty = sum(s.size for s in segments if s.base_offset >= first_dirty)
        return dirty > 0 and dirty >= total * log.config.min_cleanable_dirty_ratio

    def maybe_clean(self, log: UnifiedLog, now_ms: int) -> CleanResult | None:
        if not self.needs_cleaning(log, now_ms):
            return None
        return self.clean(log, now_ms)

    def clean(self, log: UnifiedLog, now_ms: int) -> CleanResult:
        """Compact the cleanable range of ``log`` now."""
        segments = self.cleanable_segments(log, now_ms)
        last_offsets = _offset_map(segments)
        horizon = now_ms - log.config.delete_retention_ms
        rewritten = removed = before = after = 0
        for segment in segments:
            keep_tombstones = segment.largest_timestamp >= horizon
            cleaned = log_file_path(log.dir, segment.base_offset, CLEANED_SUFFIX)
            size, dropped = _filter_segment(segment, last_offsets, keep_tombstones, cleaned)
            if not dropped:
                os.unlink(cleaned)
                continue
            before += segment.size
            after += size
            removed += dropped
            rewritten += 1
            _swap_in(log, segment, cleaned, now_ms)
        if segments:
            nxt = log.segments.higher(segments[-1].base_offset)
            self._cleaned_to[id(log)] = nxt.base_offset if nxt else log.log_end_offset
        if rewritten:
            logger.info("%s: compacted %d segments, %d -> %d bytes, %d records removed",
                        log.topic_partition, rewritten, before, after, removed)
        return CleanResult(rewritten, before, after, removed)


def _batches(segment: LogSegment) -> Iterator[tuple[RecordBatchHeader, memoryview]]:
    """Every batch of the segment, read one at a time (a segment may be a GiB)."""
    for bp in segment.iter_headers(0, chunk=256 * 1024):
        size = bp.header.size_in_bytes
        yield bp.header, memoryview(os.pread(segment.fd, size, bp.position))


def _offset_map(segments: list[LogSegment]) -> dict[bytes, int]:
    last: dict[bytes, int] = {}
    for segment in segments:
        for header, batch in _batches(segment):
            if header.attributes & CONTROL_FLAG_MASK:
                continue
            for record in iter_records(batch):
                if record.key is not None:
                    last[record.key] = record.offset
    return last


def _filter_segment(segment: LogSegment, last_offsets: dict[bytes, int],
                    keep_tombstones: bool, path: str) -> tuple[int, int]:
    """Write the segment's kept batches to ``path`` (fsynced); return its size and the number
    of records dropped."""
    out = bytearray()
    dropped = written = 0
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    try:
        for header, batch in _batches(segment):
            if header.attributes & CONTROL_FLAG_MASK:
                out += batch
            else:
                records = list(iter_records(batch))
                kept = [
                    r for r in records
                    if r.key is None or (last_offsets.get(r.key) == r.offset
                                         and (r.value is not None or keep_tombstones))
                ]
                dropped += len(records) - len(kept)
                if len(kept) == len(records):
                    out += batch
                elif kept:
                    out += _rebuild(header, kept)
            if len(out) >= WRITE_CHUNK:
                write_fully(fd, out)
                written += len(out)
                out.clear()
        write_fully(fd, out)
        written += len(out)
        os.fsync(fd)
    finally:
        os.close(fd)
    return written, dropped


def _rebuild(header: RecordBatchHeader, kept: list[Record]) -> bytes:
    """A batch of the ``kept`` records with the original batch's offsets and producer fields."""
    builder = RecordBatchBuilder(
        Compression(header.attributes & 0x07),
        base_offset=header.base_offset,
        partition_leader_epoch=header.partition_leader_epoch,
        producer_id=header.producer_id,
        producer_epoch=header.producer_epoch,
        base_sequence=header.base_sequence,
        is_transactional=header.is_transactional,
        timestamp_type=header.timestamp_type,
    )
    for record in kept:
        builder.append(record.value, record.key, timestamp=record.timestamp,
                       headers=record.headers, offset_delta=record.offset - header.base_offset)
    data = builder.build()
    if header.timestamp_type == TimestampType.LOG_APPEND_TIME:
        # the builder took the records' timestamps; LogAppendTime batches carry the batch's
        rebuilt = bytearray(data)
        set_max_timestamp(rebuilt, TimestampType.LOG_APPEND_TIME, header.max_timestamp)
        data = bytes(rebuilt)
    return data


def _swap_in(log: UnifiedLog, old: LogSegment, cleaned: str, now_ms: int) -> None:
    """``cleaned`` (complete, fsynced) -> ``.swap`` -> ``.log``; the old files -> ``.deleted``."""
    base = old.base_offset
    swap = log_file_path(log.dir, base, SWAP_SUFFIX)
    os.replace(cleaned, swap)
    fsync_dir(log.dir)
    old.change_file_suffixes(DELETED_SUFFIX)
    os.replace(swap, log_file_path(log.dir, base))
    fsync_dir(log.dir)
    new = LogSegment.open(log.dir, base, log.config)
    new.recover()
    new.on_become_inactive()
    log.replace_segment(old, new, now_ms)
