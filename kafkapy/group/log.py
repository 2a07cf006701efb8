"""What a coordinator needs from its `__consumer_offsets` partition: append records and
read them all back.

`append` takes a completion callback instead of returning, so that "acknowledged only after
the append" stays true when the append later waits for replication (acks=all): the coordinator
answers the client from `done`. The in-memory log is for unit tests; the broker's adapter
over `storage.UnifiedLog` lives in `kafkapy/group/storage_log.py`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Protocol

from kafkapy.group.errors import Errors

Record = tuple[bytes, bytes | None]  # (key, value); value None is a tombstone


class CoordinatorLog(Protocol):
    def append(self, records: Sequence[Record], done: Callable[[Errors], None]) -> None:
        """Write the records as one batch; call `done(Errors.NONE)` once durable enough
        to acknowledge, or `done(error)`. May call `done` before returning."""
        ...

    def replay(self) -> Iterator[Record]:
        """Every record from the log start, in offset order (control batches skipped)."""
        ...


class MemoryCoordinatorLog:
    """A list of records. `fail_with` makes the next appends fail (fault injection);
    `defer` holds completions until `complete_deferred()` (an in-flight replication)."""

    def __init__(self) -> None:
        self.records: list[Record] = []
        self.fail_with: Errors | None = None
        self.defer = False
        self._deferred: list[tuple[list[Record], Callable[[Errors], None]]] = []

    def append(self, records: Sequence[Record], done: Callable[[Errors], None]) -> None:
        if self.fail_with is not None:
            done(self.fail_with)
            return
        if self.defer:
            self._deferred.append((list(records), done))
            return
        self.records.extend(records)
        done(Errors.NONE)

    def complete_deferred(self) -> None:
        deferred, self._deferred = self._deferred, []
        for records, done in deferred:
            self.records.extend(records)
            done(Errors.NONE)

    def replay(self) -> Iterator[Record]:
        return iter(list(self.records))
