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

from wire.errors import ErrorCode

Record = tuple[bytes, bytes | None]  # (key, value); value None is a tombstone


def append_error(error: ErrorCode, commit: bool = False) -> ErrorCode:
    """What a group client is told when the `__consumer_offsets` append failed
    (Kafka's GroupMetadataManager.storeGroup / storeOffsets): errors that mean "look the
    coordinator up again" or "retry later" become NOT_COORDINATOR or
    COORDINATOR_NOT_AVAILABLE; oversized records are UNKNOWN_SERVER_ERROR for a group and
    INVALID_COMMIT_OFFSET_SIZE for a commit."""
    if error in (ErrorCode.NONE, ErrorCode.NOT_COORDINATOR, ErrorCode.COORDINATOR_NOT_AVAILABLE):
        return error
    if error in (ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, ErrorCode.NOT_ENOUGH_REPLICAS,
                 ErrorCode.REQUEST_TIMED_OUT):
        return ErrorCode.COORDINATOR_NOT_AVAILABLE
    if error in (ErrorCode.NOT_LEADER_OR_FOLLOWER, ErrorCode.KAFKA_STORAGE_ERROR):
        return ErrorCode.NOT_COORDINATOR
    if commit and error in (ErrorCode.MESSAGE_TOO_LARGE, ErrorCode.RECORD_LIST_TOO_LARGE):
        return ErrorCode.INVALID_COMMIT_OFFSET_SIZE
    return ErrorCode.UNKNOWN_SERVER_ERROR


class CoordinatorLog(Protocol):
    def append(self, records: Sequence[Record], done: Callable[[ErrorCode], None]) -> None:
        """Write the records as one batch; call `done(NONE)` once durable enough
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
        self.fail_with: ErrorCode | None = None
        self.defer = False
        self._deferred: list[tuple[list[Record], Callable[[ErrorCode], None]]] = []

    def append(self, records: Sequence[Record], done: Callable[[ErrorCode], None]) -> None:
        if self.fail_with is not None:
            done(self.fail_with)
            return
        if self.defer:
            self._deferred.append((list(records), done))
            return
        self.records.extend(records)
        done(ErrorCode.NONE)

    def complete_deferred(self) -> None:
        deferred, self._deferred = self._deferred, []
        for records, done in deferred:
            self.records.extend(records)
            done(ErrorCode.NONE)

    def replay(self) -> Iterator[Record]:
        return iter(list(self.records))
