"""``leader-epoch-checkpoint``: which leader epoch began at which offset (Kafka's
``LeaderEpochFileCache``), for OffsetForLeaderEpoch and follower truncation (KIP-101, KIP-279).

File format (Kafka's ``LeaderEpochCheckpointFile``)::

    0          <- version
    2          <- number of entries
    0 0        <- epoch start_offset
    3 1500

Entries are strictly increasing in both epoch and start offset. Every change is written at once
(temp file, fsync, rename): epochs change rarely, and a lost entry would mislead a follower.
"""

from __future__ import annotations

import bisect
import logging
import os
from typing import NamedTuple

from storage.checkpoint_file import read_checkpoint, write_checkpoint

logger = logging.getLogger("storage.leader_epoch_cache")

FILE_NAME = "leader-epoch-checkpoint"
VERSION = 0
UNDEFINED_EPOCH = -1
UNDEFINED_EPOCH_OFFSET = -1


class EpochEntry(NamedTuple):
    epoch: int
    start_offset: int


class LeaderEpochFileCache:
    """One partition's epoch -> start offset map, persisted in ``<log dir>/leader-epoch-checkpoint``.

    Not thread-safe: owned by its ``UnifiedLog``.
    """

    def __init__(self, log_dir: str) -> None:
        self.path = os.path.join(log_dir, FILE_NAME)
        self._entries: list[EpochEntry] = self._read()

    def _read(self) -> list[EpochEntry]:
        try:
            lines = read_checkpoint(self.path, VERSION)
            if lines is None:
                return []
            entries = [EpochEntry(*map(int, line.split())) for line in lines]
        except (ValueError, TypeError, OSError) as e:
            # Kafka fails the log dir here; an empty cache only costs followers a wider
            # truncation search, so start empty and say so.
            logger.warning("ignoring malformed %s: %s", self.path, e)
            return []
        return _monotonic(entries)

    def _flush(self) -> None:
        write_checkpoint(self.path, VERSION, [f"{e.epoch} {e.start_offset}" for e in self._entries])

    @property
    def entries(self) -> list[EpochEntry]:
        return list(self._entries)

    @property
    def latest_epoch(self) -> int | None:
        return self._entries[-1].epoch if self._entries else None

    @property
    def earliest_entry(self) -> EpochEntry | None:
        return self._entries[0] if self._entries else None

    def assign(self, epoch: int, start_offset: int) -> None:
        """Record that ``epoch`` starts at ``start_offset`` (no-op if already known).
        Entries that would break monotonicity (a higher epoch or a later start) are dropped,
        as Kafka's ``maybeTruncateNonMonotonicEntries`` does."""
        if epoch < 0:
            return
        if self._entries:
            last = self._entries[-1]
            if last.epoch == epoch and last.start_offset <= start_offset:
                return
        kept = [e for e in self._entries if e.epoch < epoch and e.start_offset < start_offset]
        if len(kept) != len(self._entries):
            logger.info(
                "%s: epoch %d at %d replaces entries %s",
                self.path, epoch, start_offset, self._entries[len(kept):],
            )
        kept.append(EpochEntry(epoch, start_offset))
        self._entries = kept
        self._flush()

    def epoch_for_offset(self, offset: int) -> int | None:
        """The epoch of the leader that wrote ``offset`` (floor by start offset)."""
        starts = [e.start_offset for e in self._entries]
        i = bisect.bisect_right(starts, offset)
        return self._entries[i - 1].epoch if i else None

    def end_offset_for(self, requested_epoch: int, log_end_offset: int) -> tuple[int, int]:
        """OffsetForLeaderEpoch: ``(largest epoch <= requested, end offset of that epoch)``;
        ``(-1, -1)`` when unknown (Kafka's ``LeaderEpochFileCache.endOffsetFor``)."""
        if requested_epoch == UNDEFINED_EPOCH or not self._entries:
            return UNDEFINED_EPOCH, UNDEFINED_EPOCH_OFFSET
        if self._entries[-1].epoch == requested_epoch:
            return requested_epoch, log_end_offset
        epochs = [e.epoch for e in self._entries]
        higher = bisect.bisect_right(epochs, requested_epoch)
        if higher == len(epochs):
            return UNDEFINED_EPOCH, UNDEFINED_EPOCH_OFFSET
        if higher == 0:
            return requested_epoch, self._entries[0].start_offset
        return self._entries[higher - 1].epoch, self._entries[higher].start_offset

    def truncate_from_end(self, end_offset: int) -> None:
        """Drop entries starting at or after ``end_offset`` (the log was truncated there)."""
        kept = [e for e in self._entries if e.start_offset < end_offset]
        if len(kept) != len(self._entries):
            self._entries = kept
            self._flush()

    def truncate_from_start(self, start_offset: int) -> None:
        """The log now starts at ``start_offset``: earlier entries go, and the last of them is
        moved up to ``start_offset`` so the epoch of the first offset stays known."""
        before = [e for e in self._entries if e.start_offset <= start_offset]
        if not before or (len(before) == 1 and before[0].start_offset == start_offset):
            return
        after = self._entries[len(before):]
        self._entries = [EpochEntry(before[-1].epoch, start_offset), *after]
        self._flush()

    def clear(self) -> None:
        if self._entries or os.path.exists(self.path):
            self._entries = []
            self._flush()


def _monotonic(entries: list[EpochEntry]) -> list[EpochEntry]:
    result: list[EpochEntry] = []
    for e in entries:
        if result and (e.epoch <= result[-1].epoch or e.start_offset < result[-1].start_offset):
            logger.warning("dropping non-monotonic leader epoch entry %s", e)
            continue
        result.append(e)
    return result
