"""Sparse time index (Kafka's ``TimeIndex``): ``<base offset>.timeindex``.

Each 12-byte entry is ``(timestamp: int64, relative_offset: int32)``, big-endian: the largest
timestamp in the segment up to and including offset ``base_offset + relative_offset``.
Timestamps strictly increase from entry to entry. Entries are added with the offset index
entries (every ``index.interval.bytes``) when the maximum timestamp grew, and once more when the
segment is rolled or closed, so the last entry holds the segment's largest timestamp.
"""

from __future__ import annotations

import bisect
import logging
import struct
import sys
from array import array

from storage.abstract_index import (
    IndexFile,
    non_decreasing,
    read_index_file,
    strictly_increasing,
)

logger = logging.getLogger("storage.time_index")

_ENTRY = struct.Struct(">qi")
_SWAP = sys.byteorder == "little"


class TimeIndex(IndexFile):
    ENTRY_SIZE = 12

    def __init__(self, path: str, base_offset: int, max_index_size: int) -> None:
        super().__init__(path, base_offset, max_index_size)
        self._timestamps = array("q")
        self._offsets = array("i")

    @classmethod
    def load(
        cls, path: str, base_offset: int, max_index_size: int, next_offset: int | None = None
    ) -> TimeIndex | None:
        """Read and sanity-check ``path``; None when missing or implausible. With
        ``next_offset``, an entry at or past it (the log was cut below it) is implausible."""
        data = read_index_file(path, cls.ENTRY_SIZE)
        if data is None:
            return None
        index = cls(path, base_offset, max_index_size)
        index._timestamps, index._offsets = _split_entries(data)
        index._flushed = len(index._timestamps)
        problem = index._sanity_problem(next_offset)
        if problem:
            logger.warning("time index %s is corrupt (%s): it will be rebuilt", path, problem)
            return None
        return index

    def _sanity_problem(self, next_offset: int | None) -> str | None:
        ts, offs = self._timestamps, self._offsets
        if not ts:
            return None
        if offs[0] < 0:
            return "negative offset"
        if not strictly_increasing(ts) or not non_decreasing(offs):
            return "entries are not increasing"
        if next_offset is not None and self.base_offset + offs[-1] >= next_offset:
            return f"entry for offset {self.base_offset + offs[-1]} past the log's end"
        return None

    def __len__(self) -> int:
        return len(self._timestamps)

    @property
    def last_entry(self) -> tuple[int, int] | None:
        """``(timestamp, offset)`` of the last entry."""
        if not self._timestamps:
            return None
        return self._timestamps[-1], self.base_offset + self._offsets[-1]

    def maybe_append(self, timestamp: int, offset: int) -> None:
        """Add ``(timestamp, offset)`` if ``timestamp`` is above the last entry's."""
        rel = offset - self.base_offset
        timestamps = self._timestamps
        if timestamps and (timestamp <= timestamps[-1] or rel < self._offsets[-1]):
            return
        if rel > 0x7FFFFFFF or rel < 0:
            self._relative(offset)  # raises
        timestamps.append(timestamp)
        self._offsets.append(rel)

    def append_many(self, timestamps: list[int], offsets: list[int]) -> None:
        """``maybe_append`` for entries already strictly increasing in timestamp."""
        base = self.base_offset
        rels = [o - base for o in offsets]
        if rels[-1] > 0x7FFFFFFF or rels[0] < 0:
            self._relative(offsets[-1] if rels[-1] > 0x7FFFFFFF else offsets[0])  # raises
        if self._timestamps and (timestamps[0] <= self._timestamps[-1]
                                 or rels[0] < self._offsets[-1]):
            for timestamp, offset in zip(timestamps, offsets):
                self.maybe_append(timestamp, offset)
            return
        self._timestamps.extend(timestamps)
        self._offsets.extend(rels)

    def lookup_before(self, target_timestamp: int) -> int:
        """An offset below which every record's timestamp is < target: the offset after the
        last entry with timestamp < target, else ``base_offset``."""
        i = bisect.bisect_left(self._timestamps, target_timestamp)
        if i == 0:
            return self.base_offset
        return self.base_offset + self._offsets[i - 1] + 1

    def truncate_to(self, offset: int) -> None:
        """Drop the entries for offsets >= ``offset``."""
        rel = offset - self.base_offset
        self.truncate_entries(bisect.bisect_left(self._offsets, rel))

    def _truncate_entries(self, count: int) -> None:
        del self._timestamps[count:]
        del self._offsets[count:]

    def _bytes_of(self, start: int, end: int) -> bytes:
        if end - start > 64:
            return _join_entries(self._timestamps[start:end], self._offsets[start:end])
        return b"".join(map(_ENTRY.pack, self._timestamps[start:end], self._offsets[start:end]))


def _split_entries(data: bytes) -> tuple[array[int], array[int]]:
    """12-byte big-endian entries -> (timestamps, relative offsets), with array slicing only:
    a Python loop over a full index (870 000 entries) would take a second."""
    words = array("I", data)  # 3 words per entry; the bytes keep their file order
    count = len(words) // 3
    timestamp_words = array("I", bytes(8 * count))
    timestamp_words[0::2] = words[0::3]
    timestamp_words[1::2] = words[1::3]
    timestamps = array("q", timestamp_words.tobytes())
    offsets = array("i", words[2::3].tobytes())
    if _SWAP:
        timestamps.byteswap()
        offsets.byteswap()
    return timestamps, offsets


def _join_entries(timestamps: array[int], offsets: array[int]) -> bytes:
    """The inverse of ``_split_entries``."""
    ts = array("q", timestamps)
    offs = array("i", offsets)
    if _SWAP:
        ts.byteswap()
        offs.byteswap()
    ts_words = array("I", ts.tobytes())
    words = array("I", bytes(12 * len(offs)))
    words[0::3] = ts_words[0::2]
    words[1::3] = ts_words[1::2]
    words[2::3] = array("I", offs.tobytes())
    return words.tobytes()
