"""Sparse offset index (Kafka's ``OffsetIndex``): ``<base offset>.index``.

Each 8-byte entry is ``(relative_offset: int32, position: int32)``, big-endian: the batch that
starts at byte ``position`` of the ``.log`` ends at offset ``base_offset + relative_offset``
(Kafka indexes a batch by its last offset). One entry per ``index.interval.bytes`` of log.
A lookup gives the largest entry at or below the target; the segment then scans at most one
interval of batch headers.
"""

from __future__ import annotations

import bisect
import logging
import sys
from array import array

from storage.abstract_index import IndexFile, read_index_file, strictly_increasing

logger = logging.getLogger("storage.offset_index")

_SWAP = sys.byteorder == "little"


class OffsetIndex(IndexFile):
    ENTRY_SIZE = 8

    def __init__(self, path: str, base_offset: int, max_index_size: int) -> None:
        super().__init__(path, base_offset, max_index_size)
        self._offsets = array("i")  # relative offsets, strictly increasing
        self._positions = array("i")  # file positions, strictly increasing

    @classmethod
    def load(
        cls, path: str, base_offset: int, max_index_size: int, log_size: int
    ) -> OffsetIndex | None:
        """Read and sanity-check ``path``; None when missing or implausible."""
        data = read_index_file(path, cls.ENTRY_SIZE)
        if data is None:
            return None
        index = cls(path, base_offset, max_index_size)
        both = array("i")
        both.frombytes(data)
        if _SWAP:
            both.byteswap()
        index._offsets = both[0::2]
        index._positions = both[1::2]
        index._flushed = len(index._offsets)
        problem = index._sanity_problem(log_size)
        if problem:
            logger.warning("offset index %s is corrupt (%s): it will be rebuilt", path, problem)
            return None
        return index

    def _sanity_problem(self, log_size: int) -> str | None:
        offsets, positions = self._offsets, self._positions
        if not offsets:
            return None
        if offsets[0] < 0 or positions[0] < 0:
            return "negative entry"
        if positions[-1] >= log_size:
            return f"position {positions[-1]} past the end of the {log_size}-byte log"
        if not strictly_increasing(offsets) or not strictly_increasing(positions):
            return "entries are not increasing"
        return None

    def __len__(self) -> int:
        return len(self._offsets)

    @property
    def last_offset(self) -> int:
        return self.base_offset + self._offsets[-1] if self._offsets else self.base_offset

    def entry(self, i: int) -> tuple[int, int]:
        return self.base_offset + self._offsets[i], self._positions[i]

    def append(self, offset: int, position: int) -> None:
        """Index the batch at ``position`` whose last offset is ``offset``."""
        rel = offset - self.base_offset
        offsets = self._offsets
        if offsets and (rel <= offsets[-1] or position <= self._positions[-1]):
            return  # not past the last entry: Kafka refuses it too (InvalidOffsetException)
        if rel > 0x7FFFFFFF or rel < 0:
            self._relative(offset)  # raises
        offsets.append(rel)
        self._positions.append(position)

    def append_many(self, offsets: list[int], positions: list[int]) -> None:
        """``append`` for entries already strictly increasing (one segment append)."""
        base = self.base_offset
        rels = [o - base for o in offsets]
        if rels[-1] > 0x7FFFFFFF or rels[0] < 0:
            self._relative(offsets[-1] if rels[-1] > 0x7FFFFFFF else offsets[0])  # raises
        if self._offsets and (rels[0] <= self._offsets[-1]
                              or positions[0] <= self._positions[-1]):
            for offset, position in zip(offsets, positions):
                self.append(offset, position)  # the slow path filters what is not past
            return
        self._offsets.extend(rels)
        self._positions.extend(positions)

    def lookup(self, target_offset: int) -> tuple[int, int]:
        """``(offset, position)`` of the largest entry with offset <= target, else
        ``(base_offset, 0)``."""
        i = bisect.bisect_right(self._offsets, target_offset - self.base_offset)
        if i == 0:
            return self.base_offset, 0
        return self.base_offset + self._offsets[i - 1], self._positions[i - 1]

    def lookup_by_position(self, position: int) -> tuple[int, int]:
        """The largest entry whose position is <= ``position``, else ``(base_offset, 0)``."""
        i = bisect.bisect_right(self._positions, position)
        if i == 0:
            return self.base_offset, 0
        return self.base_offset + self._offsets[i - 1], self._positions[i - 1]

    def truncate_to(self, offset: int) -> None:
        """Drop the entries for offsets >= ``offset``."""
        self.truncate_entries(bisect.bisect_left(self._offsets, offset - self.base_offset))

    def truncate_to_position(self, position: int) -> None:
        """Drop the entries for batches at or after byte ``position``."""
        self.truncate_entries(bisect.bisect_left(self._positions, position))

    def _truncate_entries(self, count: int) -> None:
        del self._offsets[count:]
        del self._positions[count:]

    def _bytes_of(self, start: int, end: int) -> bytes:
        both = array("i", bytes(8 * (end - start)))
        both[0::2] = self._offsets[start:end]
        both[1::2] = self._positions[start:end]
        if _SWAP:
            both.byteswap()
        return both.tobytes()
