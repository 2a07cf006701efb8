"""What ``OffsetIndex`` and ``TimeIndex`` share (Kafka's ``AbstractIndex``): the file.

Kafka memory-maps a preallocated file and trims it on close; here the entries live in arrays in
memory and new entries are appended to the file with one ``write`` per log append. The bytes on
disk are the same as Kafka's trimmed index. Indexes carry no checksum: after an unclean shutdown
they are rebuilt from the log, and on load they are sanity-checked (``load`` returns None when
the file is missing or implausible, and the segment rebuilds it).
"""

from __future__ import annotations

import contextlib
import itertools
import operator
import os
from collections.abc import Sequence

TEMP_SUFFIX = ".tmp"


class IndexFile:
    """Append-only file of fixed-size entries; the subclass keeps the entries."""

    ENTRY_SIZE = 0

    def __init__(self, path: str, base_offset: int, max_index_size: int) -> None:
        self.path = path
        self.base_offset = base_offset
        self.max_entries = max(1, max_index_size // self.ENTRY_SIZE)
        self._flushed = 0  # entries already in the file
        self._fd: int | None = None

    # --- subclass hooks ---

    def __len__(self) -> int:
        raise NotImplementedError

    def _truncate_entries(self, count: int) -> None:
        raise NotImplementedError

    def _bytes_of(self, start: int, end: int) -> bytes:
        """Entries ``[start, end)`` in the file's format."""
        raise NotImplementedError

    # --- shared ---

    @property
    def is_full(self) -> bool:
        return len(self) >= self.max_entries

    @property
    def size_in_bytes(self) -> int:
        return len(self) * self.ENTRY_SIZE

    def _relative(self, offset: int) -> int:
        rel = offset - self.base_offset
        if not 0 <= rel <= 0x7FFFFFFF:
            raise ValueError(f"offset {offset} does not fit index with base {self.base_offset}")
        return rel

    def flush_pending(self) -> None:
        """Write the entries appended since the last call (one ``write``)."""
        count = len(self)
        if self._flushed >= count:
            return
        if self._fd is None:
            self._fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
        data = self._bytes_of(self._flushed, count)
        self._flushed = count
        while data:
            data = data[os.write(self._fd, data) :]

    def truncate_entries(self, count: int) -> None:
        """Keep the first ``count`` entries, in memory and on disk."""
        if count >= len(self):
            return
        self.flush_pending()
        self._truncate_entries(count)
        self._flushed = count
        if os.path.exists(self.path):
            os.truncate(self.path, count * self.ENTRY_SIZE)

    def write_all(self) -> None:
        """Replace the file with the in-memory entries (after a rebuild)."""
        self._flushed = len(self)
        self.close()
        tmp = self.path + TEMP_SUFFIX
        with open(tmp, "wb") as f:
            f.write(self._bytes_of(0, len(self)))
        os.replace(tmp, self.path)

    def fsync(self) -> None:
        self.flush_pending()
        if self._fd is not None:
            os.fsync(self._fd)

    def close(self) -> None:
        """Write pending entries and release the file (the entries stay readable)."""
        self.flush_pending()
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None

    def rename(self, new_path: str) -> None:
        self.close()
        with contextlib.suppress(FileNotFoundError):
            os.replace(self.path, new_path)
        self.path = new_path

    def delete(self) -> None:
        self.close()
        with contextlib.suppress(FileNotFoundError):
            os.unlink(self.path)


def strictly_increasing(values: Sequence[int]) -> bool:
    """Every value above the one before (C-speed iteration: indexes hold 100 000s of entries)."""
    return all(map(operator.lt, values, itertools.islice(values, 1, None)))


def non_decreasing(values: Sequence[int]) -> bool:
    return all(map(operator.le, values, itertools.islice(values, 1, None)))


def read_index_file(path: str, entry_size: int) -> bytes | None:
    """The file's bytes, or None when missing or not a whole number of entries."""
    try:
        with open(path, "rb") as f:
            data = f.read()
    except FileNotFoundError:
        return None
    if len(data) % entry_size:
        return None
    return data
