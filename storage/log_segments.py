"""Base offset -> segment, in order (Kafka's ``LogSegments``): the floor lookup of a read."""

from __future__ import annotations

import bisect
from collections.abc import Iterator

from storage.log_segment import LogSegment


class LogSegments:
    """Sorted segments of one log. Not thread-safe: owned by its ``LocalLog``."""

    def __init__(self) -> None:
        self._bases: list[int] = []
        self._segments: list[LogSegment] = []

    def __len__(self) -> int:
        return len(self._segments)

    def __iter__(self) -> Iterator[LogSegment]:
        return iter(list(self._segments))

    def __bool__(self) -> bool:
        return bool(self._segments)

    def add(self, segment: LogSegment) -> None:
        """Insert (or replace the segment with the same base offset)."""
        i = bisect.bisect_left(self._bases, segment.base_offset)
        if i < len(self._bases) and self._bases[i] == segment.base_offset:
            self._segments[i] = segment
        else:
            self._bases.insert(i, segment.base_offset)
            self._segments.insert(i, segment)

    def remove(self, base_offset: int) -> LogSegment | None:
        i = bisect.bisect_left(self._bases, base_offset)
        if i < len(self._bases) and self._bases[i] == base_offset:
            del self._bases[i]
            return self._segments.pop(i)
        return None

    def clear(self) -> list[LogSegment]:
        removed = self._segments
        self._bases, self._segments = [], []
        return removed

    @property
    def first(self) -> LogSegment | None:
        return self._segments[0] if self._segments else None

    @property
    def last(self) -> LogSegment | None:
        """The active segment."""
        return self._segments[-1] if self._segments else None

    def floor(self, offset: int) -> LogSegment | None:
        """The segment with the largest base offset <= ``offset``."""
        i = bisect.bisect_right(self._bases, offset)
        return self._segments[i - 1] if i else None

    def floor_index(self, offset: int) -> int:
        """Index of ``floor(offset)`` (-1 when none)."""
        return bisect.bisect_right(self._bases, offset) - 1

    def from_index(self, i: int) -> list[LogSegment]:
        return self._segments[max(i, 0):]

    def higher(self, base_offset: int) -> LogSegment | None:
        """The segment after the one based at ``base_offset``."""
        i = bisect.bisect_right(self._bases, base_offset)
        return self._segments[i] if i < len(self._segments) else None

    def values(self) -> list[LogSegment]:
        return list(self._segments)

    @property
    def size_in_bytes(self) -> int:
        return sum(s.size for s in self._segments)
