"""Writing transaction markers and completing transactions (Kafka's
`TransactionMarkerChannelManager` and `TransactionMarkerRequestCompletionHandler`).

After PrepareCommit/PrepareAbort is written, the coordinator writes a COMMIT/ABORT control
batch to every partition of the transaction through the injected `MarkerWriter` (the broker
appends it locally or sends WriteTxnMarkers to the partition's leader). Each partition whose
marker is written leaves the transaction; retriable failures are retried after
`MARKER_RETRY_BACKOFF_MS`; once no partition is left, CompleteCommit/CompleteAbort is
written (again and again while the log answers COORDINATOR_NOT_AVAILABLE).

Per-partition results, as Kafka handles them:
- NONE: written. UNSUPPORTED_FOR_MESSAGE_FORMAT / UNSUPPORTED_VERSION: the producer could not
  have written there either: dropped from the transaction.
- INVALID_PRODUCER_EPOCH / TRANSACTION_COORDINATOR_FENCED: a newer producer or coordinator
  owns the transaction: stop (this coordinator is about to be unloaded).
- anything else (leader moves, NOT_ENOUGH_REPLICAS, timeouts, a partition missing from the
  answer): retried. Kafka treats CORRUPT_MESSAGE, MESSAGE_TOO_LARGE, RECORD_LIST_TOO_LARGE
  and INVALID_REQUIRED_ACKS as fatal and leaves the transaction hanging; here they are
  logged and retried like the rest.

Owned by the event-loop thread; no locks.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from kafkapy.group.clock import Scheduler, TimerHandle
from kafkapy.txn.metadata import TransactionMetadata, TransactionResult, TxnTransitMetadata
from kafkapy.txn.state_manager import TransactionStateManager
from storage.topic_partition import TopicPartition
from wire.errors import ErrorCode

log = logging.getLogger("kafkapy.txn")

MARKER_RETRY_BACKOFF_MS = 100  # retry.backoff.ms' default

MarkerResults = Mapping[TopicPartition, ErrorCode]

_STOP = frozenset({ErrorCode.INVALID_PRODUCER_EPOCH, ErrorCode.TRANSACTION_COORDINATOR_FENCED})
_DROP = frozenset({ErrorCode.UNSUPPORTED_FOR_MESSAGE_FORMAT, ErrorCode.UNSUPPORTED_VERSION})
_UNEXPECTED = frozenset({ErrorCode.CORRUPT_MESSAGE, ErrorCode.MESSAGE_TOO_LARGE,
                         ErrorCode.RECORD_LIST_TOO_LARGE, ErrorCode.INVALID_REQUIRED_ACKS})


class MarkerWriter(Protocol):
    def write_markers(
        self,
        producer_id: int,
        producer_epoch: int,
        result: TransactionResult,
        partitions: Sequence[TopicPartition],
        coordinator_epoch: int,
        done: Callable[[MarkerResults], None],
    ) -> None:
        """Write one marker per partition; call `done` once with an error per partition
        (possibly before returning). A partition missing from the answer is retried."""
        ...


@dataclass(eq=False, slots=True)
class PendingCompleteTxn:
    transactional_id: str
    result: TransactionResult
    metadata: TransactionMetadata
    transit: TxnTransitMetadata  # the Complete* transition, already pending
    producer_id: int
    producer_epoch: int
    timers: list[TimerHandle] = field(default_factory=list)


class TransactionMarkerChannel:
    def __init__(self, state: TransactionStateManager, writer: MarkerWriter,
                 scheduler: Scheduler) -> None:
        self.state = state
        self.writer = writer
        self.scheduler = scheduler
        self.pending: dict[str, PendingCompleteTxn] = {}
        self._completion_retries: dict[str, TimerHandle] = {}

    def add_txn_markers_to_send(self, result: TransactionResult, metadata: TransactionMetadata,
                                transit: TxnTransitMetadata) -> None:
        """Write `result` markers to every partition of `metadata` (in Prepare*), then
        `transit` (Complete*, pending on `metadata`)."""
        entry = PendingCompleteTxn(metadata.transactional_id, result, metadata, transit,
                                   metadata.producer_id, metadata.producer_epoch)
        self.pending[entry.transactional_id] = entry
        self._send(entry, set(metadata.partitions))

    def remove_markers_for(self, transactional_id: str) -> None:
        entry = self.pending.pop(transactional_id, None)
        if entry is not None:
            for timer in entry.timers:
                timer.cancel()

    def shutdown(self) -> None:
        """Unloaded: answers still to come are dropped."""
        for txn_id in list(self.pending):
            self.remove_markers_for(txn_id)
        for timer in self._completion_retries.values():
            timer.cancel()
        self._completion_retries.clear()

    # ---------------------------------------------------------------- markers

    def _send(self, entry: PendingCompleteTxn, partitions: set[TopicPartition]) -> None:
        if not partitions:
            self._maybe_write_completion(entry)
            return
        ordered = sorted(partitions)
        self.writer.write_markers(
            entry.producer_id, entry.producer_epoch, entry.result, ordered,
            self.state.coordinator_epoch, lambda results: self._on_written(entry, ordered, results),
        )

    def _on_written(self, entry: PendingCompleteTxn, sent: list[TopicPartition],
                    results: MarkerResults) -> None:
        if not self.state.active or self.pending.get(entry.transactional_id) is not entry:
            return  # unloaded, or abandoned after a fence
        retry: set[TopicPartition] = set()
        for tp in sent:
            error = results.get(tp, ErrorCode.REQUEST_TIMED_OUT)
            if error == ErrorCode.NONE or error in _DROP:
                entry.metadata.remove_partition(tp)
            elif error in _STOP:
                log.info("markers of %r stopped at %s: %s (a newer producer or coordinator)",
                         entry.transactional_id, tp, error.name)
                self.remove_markers_for(entry.transactional_id)
                return
            else:
                level = logging.ERROR if error in _UNEXPECTED else logging.INFO
                log.log(level, "marker of %r for %s failed: %s; retrying",
                        entry.transactional_id, tp, error.name)
                retry.add(tp)
        if retry:
            timer = self.scheduler.call_later(MARKER_RETRY_BACKOFF_MS,
                                              lambda: self._retry(entry, retry))
            entry.timers.append(timer)
        else:
            self._maybe_write_completion(entry)

    def _retry(self, entry: PendingCompleteTxn, partitions: set[TopicPartition]) -> None:
        if self.state.active and self.pending.get(entry.transactional_id) is entry:
            self._send(entry, partitions)

    # ---------------------------------------------------------------- completion

    def _maybe_write_completion(self, entry: PendingCompleteTxn) -> None:
        if self.pending.get(entry.transactional_id) is not entry or entry.metadata.partitions:
            return
        del self.pending[entry.transactional_id]
        self._write_completion(entry)

    def _write_completion(self, entry: PendingCompleteTxn) -> None:
        self._completion_retries.pop(entry.transactional_id, None)
        if not self.state.active:
            return

        def written(error: ErrorCode) -> None:
            if error == ErrorCode.COORDINATOR_NOT_AVAILABLE and self.state.active:
                self._completion_retries[entry.transactional_id] = self.scheduler.call_later(
                    MARKER_RETRY_BACKOFF_MS, lambda: self._write_completion(entry))
            elif error not in (ErrorCode.NONE, ErrorCode.NOT_COORDINATOR):
                log.error("completing %r failed: %s; it completes when the partition is "
                          "loaded again", entry.transactional_id, error.name)

        self.state.append_transition(
            entry.transactional_id, entry.transit, written,
            retry_on_error=lambda e: e == ErrorCode.COORDINATOR_NOT_AVAILABLE,
        )
