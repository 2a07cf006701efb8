"""Start-up and recovery of one partition's log (Kafka's ``LogLoader``).

1. Remove what a crash or an interrupted operation leaves behind: ``*.tmp`` (checkpoints,
   rebuilt indexes, snapshots), ``*.deleted`` (segments whose delayed removal was pending),
   ``*.cleaned``/``*.swap`` (compaction outputs) and index files without their ``.log``
   (orphans). Unknown files are logged and left alone.
2. Open every ``<20-digit base offset>.log``.
3. After a clean shutdown (marker present) each segment's indexes are sanity-checked and
   trusted; a missing or implausible index makes that segment be recovered.
   Without the marker, every segment from the one holding the recovery point on is recovered:
   each batch re-validated (length, magic, CRC-32C, offsets), indexes rebuilt, the file cut at
   the first invalid byte and every later segment deleted. Every cut is logged.
4. Producer state: the newest usable snapshot, then the batch headers after it are replayed.
"""

from __future__ import annotations

import contextlib
import logging
import os
from dataclasses import dataclass

from storage.leader_epoch_cache import FILE_NAME as EPOCH_FILE_NAME
from storage.log_config import LogConfig
from storage.log_segment import (
    DELETED_SUFFIX,
    INDEX_SUFFIX,
    LOG_SUFFIX,
    TIME_INDEX_SUFFIX,
    LogSegment,
)
from storage.log_segments import LogSegments
from storage.producer_state import SNAPSHOT_SUFFIX, ProducerStateManager

logger = logging.getLogger("storage.log_loader")

CLEANED_SUFFIX = ".cleaned"
SWAP_SUFFIX = ".swap"
TEMP_SUFFIX = ".tmp"
_KNOWN_FILES = {EPOCH_FILE_NAME, "partition.metadata"}


@dataclass(frozen=True, slots=True)
class LoadedLogOffsets:
    log_start_offset: int
    recovery_point: int
    next_offset: int


class LogLoader:
    def __init__(
        self,
        log_dir: str,
        config: LogConfig,
        producer_state: ProducerStateManager,
        *,
        recovery_point: int,
        log_start_offset: int,
        had_clean_shutdown: bool,
        now_ms: int,
    ) -> None:
        self.log_dir = log_dir
        self.config = config
        self.producer_state = producer_state
        self.recovery_point = recovery_point
        self.log_start_offset_checkpoint = log_start_offset
        self.had_clean_shutdown = had_clean_shutdown
        self.now_ms = now_ms
        self._producer_state_loaded = False
        self._names: list[str] | None = None

    def load(self) -> tuple[LogSegments, LoadedLogOffsets]:
        bases = self._clean_directory()
        segments = LogSegments()
        for base in bases:
            segments.add(LogSegment.open(self.log_dir, base, self.config))
        if self.had_clean_shutdown:
            self._load_trusted(segments.values(), segments)
        else:
            self._recover(segments)
        if not segments:
            start = max(self.log_start_offset_checkpoint, 0)
            segments.add(LogSegment.create(self.log_dir, start, self.config, self.now_ms))
        last = segments.last
        first = segments.first
        assert last is not None and first is not None
        next_offset = last.next_offset
        log_start = min(max(self.log_start_offset_checkpoint, first.base_offset), next_offset)
        recovery_point = (min(self.recovery_point, next_offset) if self.had_clean_shutdown
                          else next_offset)
        self._load_producer_state(segments, log_start, next_offset)
        return segments, LoadedLogOffsets(log_start, recovery_point, next_offset)

    # --- 1. directory ---

    def _complete_swaps(self, names: list[str]) -> bool:
        """True when a swap was completed (the directory changed). A ``<base>.log.swap`` is a complete cleaned segment (written and fsynced before it
        got that name) whose swap a crash interrupted: in a compacted log it replaces
        ``<base>.log`` (whose indexes are then stale), as in Kafka."""
        completed = False
        for name in names:
            if not name.endswith(LOG_SUFFIX + SWAP_SUFFIX):
                continue
            stem = name[: -len(LOG_SUFFIX + SWAP_SUFFIX)]
            if len(stem) != 20 or not stem.isdigit():
                continue
            log_path = os.path.join(self.log_dir, stem + LOG_SUFFIX)
            if not self.config.compact_enabled and os.path.exists(log_path):
                continue  # only the cleaner writes swaps: removed with the other leftovers
            logger.warning("%s: completing the interrupted swap of %s", self.log_dir, name)
            os.replace(os.path.join(self.log_dir, name), log_path)
            for suffix in (INDEX_SUFFIX, TIME_INDEX_SUFFIX):
                _remove(os.path.join(self.log_dir, stem + suffix))
            completed = True
        return completed

    def _clean_directory(self) -> list[int]:
        # One listing per log at start-up (10,000 logs: each extra listdir costs ~40 ms).
        names = os.listdir(self.log_dir)
        if self._complete_swaps(names):
            names = os.listdir(self.log_dir)
        self._names = names
        logs = {n[: -len(LOG_SUFFIX)] for n in names if n.endswith(LOG_SUFFIX)}
        bases = []
        for name in names:
            path = os.path.join(self.log_dir, name)
            stem, ext = os.path.splitext(name)
            if name.endswith((TEMP_SUFFIX, DELETED_SUFFIX, CLEANED_SUFFIX, SWAP_SUFFIX)):
                logger.info("%s: removing leftover file %s", self.log_dir, name)
                _remove(path)
            elif ext in (INDEX_SUFFIX, TIME_INDEX_SUFFIX) and stem not in logs:
                logger.warning("%s: removing orphaned index file %s", self.log_dir, name)
                _remove(path)
            elif ext == LOG_SUFFIX and len(stem) == 20 and stem.isdigit():
                bases.append(int(stem))
            elif ext in (INDEX_SUFFIX, TIME_INDEX_SUFFIX, SNAPSHOT_SUFFIX) or name in _KNOWN_FILES:
                continue
            else:
                logger.warning("%s: ignoring unknown file %s", self.log_dir, name)
        return sorted(bases)

    # --- 3. segments ---

    def _load_trusted(self, trusted: list[LogSegment], segments: LogSegments) -> None:
        for segment in trusted:
            if segment.base_offset not in {s.base_offset for s in segments}:
                continue  # deleted after an earlier segment was cut
            if not segment.load_indexes():
                logger.warning("%s: rebuilding indexes", segment.log_path)
                if segment.recover():
                    self._delete_after(segment, segments)

    def _recover(self, segments: LogSegments) -> None:
        first_unflushed = max(segments.floor_index(self.recovery_point), 0)
        all_segments = segments.values()
        self._load_trusted(all_segments[:first_unflushed], segments)
        unflushed = all_segments[first_unflushed:]
        if not unflushed:
            return
        # Producer state in the same pass: a snapshot at or below the first recovered segment
        # (later ones may describe batches about to be cut), the trusted batches after it,
        # then each batch as recovery validates it.
        ps = self.producer_state
        recover_from = unflushed[0].base_offset
        first = segments.first
        assert first is not None
        ps.delete_snapshots_before(first.base_offset)
        start = ps.load_latest_snapshot(self.log_start_offset_checkpoint, recover_from)
        replay_batches(segments, ps, start, recover_from)
        self._producer_state_loaded = True
        for segment in unflushed:
            if segments.floor(segment.base_offset) is not segment:
                continue
            logger.info("%s: recovering segment (no clean shutdown)", segment.log_path)
            cut = segment.recover(ps.update)
            if cut:
                self._delete_after(segment, segments)
            segment.flush()  # the recovered data becomes the new recovery point

    def _delete_after(self, segment: LogSegment, segments: LogSegments) -> None:
        """A segment was cut: the segments after it hold offsets past the cut."""
        for later in segments.values():
            if later.base_offset > segment.base_offset:
                logger.warning(
                    "%s: deleting segment %s (%d bytes) after the cut in %s",
                    self.log_dir, os.path.basename(later.log_path), later.size,
                    os.path.basename(segment.log_path),
                )
                segments.remove(later.base_offset)
                later.delete_files()

    # --- 4. producer state ---

    def _load_producer_state(self, segments: LogSegments, log_start: int, end: int) -> None:
        ps = self.producer_state
        if self._producer_state_loaded:
            ps.delete_snapshots_after(end)
            return
        # The start-up listing serves both (a snapshot it names but a delete removed is
        # simply not found by the load).
        ps.delete_snapshots_before(segments.first.base_offset if segments.first else 0,
                                   self._names)
        replay_from = ps.load_latest_snapshot(log_start, end, self._names)
        replay_batches(segments, ps, replay_from, end)


def replay_batches(segments: LogSegments, ps: ProducerStateManager, start: int, end: int) -> None:
    """Apply the batch headers of ``[start, end)`` to ``ps`` (headers only, no CRC)."""
    if start >= end:
        ps.map_end_offset = max(ps.map_end_offset, start)
        return
    for segment in segments.from_index(segments.floor_index(start)):
        found = segment.translate_offset(start)
        if found is None:
            continue
        for bp in segment.iter_headers(found.position, chunk=256 * 1024):
            if bp.header.base_offset >= end:
                return
            ps.update(bp.header)


def _remove(path: str) -> None:
    with contextlib.suppress(FileNotFoundError, IsADirectoryError):
        os.unlink(path)
