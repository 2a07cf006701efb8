"""Aborted-transaction index (Kafka's ``TransactionIndex`` and ``AbortedTxn``):
``<20-digit base offset>.txnindex`` beside each segment.

One 34-byte entry per transaction whose ABORT marker was written in the segment, big-endian::

    int16 version (0), int64 producer_id, int64 first_offset, int64 last_offset,
    int64 last_stable_offset

``first_offset`` is the transaction's first data offset, ``last_offset`` the offset of its
ABORT marker, ``last_stable_offset`` the partition's LSO once the marker was written.
Entries are appended in ``last_offset`` order (a smaller one is a bug: ``ValueError``). The
file is created by the first append, so a segment without aborts has none; a transaction
may span segments, its entry lives with its marker.

A READ_COMMITTED fetch of ``[fetch_offset, upper_bound)`` collects the entries overlapping
it from the segment holding ``fetch_offset`` onwards (``collect_aborted_txns``); the search
can stop at the first entry whose LSO reaches ``upper_bound`` (``is_complete``), since every
later abort had a later LSO.

Like the other indexes the file carries no checksum: after an unclean shutdown the log's
recovery rebuilds it from the segment's batches. ``load`` refuses (``CorruptIndexError``) a
file with a partial entry, an unknown version, or an entry ending before the segment's base
offset (Kafka's ``sanityCheck``; Kafka ignores a partial trailing entry instead). Pure file
format: synchronous, owned by the log's owner thread.
"""

from __future__ import annotations

import os
import struct
from dataclasses import dataclass
from typing import NamedTuple

from storage.errors import StorageError

ENTRY_SIZE = 34
CURRENT_VERSION = 0
SUFFIX = ".txnindex"
_ENTRY = struct.Struct(">hqqqq")


class CorruptIndexError(StorageError):
    """The file is not a transaction index the segment can use: rebuild it."""


@dataclass(frozen=True, slots=True)
class AbortedTxn:
    producer_id: int
    first_offset: int
    last_offset: int
    last_stable_offset: int
    version: int = CURRENT_VERSION

    def encode(self) -> bytes:
        return _ENTRY.pack(self.version, self.producer_id, self.first_offset,
                           self.last_offset, self.last_stable_offset)

    @classmethod
    def decode(cls, data: bytes | memoryview, position: int = 0) -> AbortedTxn:
        if len(data) - position < ENTRY_SIZE:
            raise CorruptIndexError(f"partial aborted-transaction entry at byte {position}")
        version, pid, first, last, lso = _ENTRY.unpack_from(data, position)
        if version > CURRENT_VERSION:
            raise CorruptIndexError(f"aborted-transaction entry version {version} at byte "
                                    f"{position}; {CURRENT_VERSION} is the newest known")
        return cls(pid, first, last, lso, version)


class TxnIndexSearchResult(NamedTuple):
    aborted_transactions: list[AbortedTxn]
    is_complete: bool  # no later segment can hold an overlapping abort


class TransactionIndex:
    def __init__(self, path: str, start_offset: int) -> None:
        """An index with no entries (the file appears with the first append)."""
        self.path = path
        self.start_offset = start_offset
        self._entries: list[AbortedTxn] = []
        self._fd: int | None = None

    @classmethod
    def load(cls, path: str, start_offset: int) -> TransactionIndex:
        """Read ``path`` (missing: empty) and sanity-check it; raises CorruptIndexError."""
        index = cls(path, start_offset)
        try:
            with open(path, "rb") as f:
                data = f.read()
        except FileNotFoundError:
            return index
        if len(data) % ENTRY_SIZE:
            raise CorruptIndexError(f"{path}: {len(data)} bytes is not a whole number of "
                                    f"{ENTRY_SIZE}-byte entries")
        index._entries = [AbortedTxn.decode(data, pos) for pos in range(0, len(data), ENTRY_SIZE)]
        index.sanity_check()
        return index

    def __len__(self) -> int:
        return len(self._entries)

    @property
    def last_offset(self) -> int | None:
        return self._entries[-1].last_offset if self._entries else None

    def all_aborted_txns(self) -> list[AbortedTxn]:
        return list(self._entries)

    def append(self, txn: AbortedTxn) -> None:
        last = self.last_offset
        if last is not None and last >= txn.last_offset:
            raise ValueError(f"{self.path}: the last offset of appended transactions must "
                             f"increase, but {txn.last_offset} follows {last}")
        if self._fd is None:
            self._fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
        data = txn.encode()
        while data:
            data = data[os.write(self._fd, data):]
        self._entries.append(txn)

    def collect_aborted_txns(self, fetch_offset: int, upper_bound_offset: int
                             ) -> TxnIndexSearchResult:
        """The aborted transactions overlapping ``[fetch_offset, upper_bound_offset)``."""
        out = []
        for txn in self._entries:
            if txn.last_offset >= fetch_offset and txn.first_offset < upper_bound_offset:
                out.append(txn)
            if txn.last_stable_offset >= upper_bound_offset:
                return TxnIndexSearchResult(out, True)
        return TxnIndexSearchResult(out, False)

    def truncate_to(self, offset: int) -> None:
        """Drop the entries of aborts at or after ``offset`` (a log truncation)."""
        keep = next((i for i, t in enumerate(self._entries) if t.last_offset >= offset),
                    len(self._entries))
        if keep < len(self._entries):
            del self._entries[keep:]
            if os.path.exists(self.path):
                os.truncate(self.path, keep * ENTRY_SIZE)

    def reset(self) -> None:
        """Remove every entry (the segment is rebuilt)."""
        self._entries.clear()
        if os.path.exists(self.path):
            os.truncate(self.path, 0)

    def sanity_check(self) -> None:
        for txn in self._entries:
            if txn.last_offset < self.start_offset:
                raise CorruptIndexError(
                    f"{self.path}: aborted transaction {txn} ends before the segment's base "
                    f"offset {self.start_offset}")

    def flush(self) -> None:
        if self._fd is not None:
            os.fsync(self._fd)

    def close(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None

    def rename_to(self, path: str) -> None:
        """Move the file (segment deletion renames to ``.deleted``); the descriptor stays."""
        if os.path.exists(self.path):
            os.replace(self.path, path)
        self.path = path

    def delete_if_exists(self) -> bool:
        self.close()
        try:
            os.unlink(self.path)
        except FileNotFoundError:
            return False
        return True
