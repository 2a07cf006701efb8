"""Marker writing: retries, abandon on a newer producer/coordinator, completion retries
(Kafka's TransactionMarkerRequestCompletionHandler / TransactionMarkerChannelManager)."""

from __future__ import annotations

from kafkapy.txn.markers import MARKER_RETRY_BACKOFF_MS
from kafkapy.txn.state import TransactionState
from wire.errors import ErrorCode

from .harness import TP0, TP1, Harness

S = TransactionState


def committing(h: Harness) -> tuple[int, int]:
    p = h.start()
    h.add(p.producer_id, 0, [TP0, TP1])
    return p.producer_id, 0


def test_retriable_errors_are_retried_after_a_backoff() -> None:
    h = Harness()
    pid, epoch = committing(h)
    h.writer.errors[TP1] = [ErrorCode.NOT_LEADER_OR_FOLLOWER, ErrorCode.NOT_ENOUGH_REPLICAS]
    assert h.end(pid, epoch, True).error == ErrorCode.NONE
    assert h.meta().state is S.PREPARE_COMMIT and h.meta().partitions == {TP1}
    h.clock.advance(MARKER_RETRY_BACKOFF_MS - 1)
    assert len(h.writer.calls) == 1
    h.clock.advance(1)
    assert h.writer.calls[1].partitions == [TP1]  # only the partition that failed
    h.clock.advance(MARKER_RETRY_BACKOFF_MS)
    assert h.meta().state is S.COMPLETE_COMMIT
    assert h.writer.written() == [TP0, TP1]


def test_missing_answers_and_unexpected_errors_are_retried() -> None:
    h = Harness()
    pid, epoch = committing(h)
    h.writer.errors[TP0] = [ErrorCode.CORRUPT_MESSAGE]
    h.writer.defer = True
    h.end(pid, epoch, False)
    del h.writer.calls[0].results[TP1]  # the answer leaves TP1 out
    h.writer.defer = False
    h.writer.complete_deferred()
    assert h.meta().partitions == {TP0, TP1}
    h.clock.advance(MARKER_RETRY_BACKOFF_MS)
    assert h.writer.calls[1].partitions == [TP0, TP1]
    assert h.meta().state is S.COMPLETE_ABORT


def test_newer_producer_or_coordinator_stops_the_markers() -> None:
    for error in (ErrorCode.INVALID_PRODUCER_EPOCH, ErrorCode.TRANSACTION_COORDINATOR_FENCED):
        h = Harness()
        pid, epoch = committing(h)
        h.writer.errors[TP0] = [error]
        h.end(pid, epoch, True)
        h.clock.advance(10 * MARKER_RETRY_BACKOFF_MS)
        assert len(h.writer.calls) == 1
        assert h.meta().state is S.PREPARE_COMMIT  # left for the newer coordinator
        assert h.states()[-1] == "PrepareCommit"


def test_unsupported_partitions_are_dropped() -> None:
    h = Harness()
    pid, epoch = committing(h)
    h.writer.errors[TP1] = [ErrorCode.UNSUPPORTED_FOR_MESSAGE_FORMAT]
    h.end(pid, epoch, True)
    assert h.meta().state is S.COMPLETE_COMMIT and len(h.writer.calls) == 1


def test_complete_write_is_retried_while_the_log_is_unavailable() -> None:
    h = Harness()
    pid, epoch = committing(h)
    h.writer.defer = True
    h.end(pid, epoch, True)
    h.log.fail_with = ErrorCode.NOT_ENOUGH_REPLICAS
    h.writer.complete_deferred()
    assert h.meta().state is S.PREPARE_COMMIT
    assert h.meta().pending_state is S.COMPLETE_COMMIT  # kept for the retry
    h.clock.advance(MARKER_RETRY_BACKOFF_MS)
    assert h.meta().state is S.PREPARE_COMMIT
    h.log.fail_with = None
    h.clock.advance(MARKER_RETRY_BACKOFF_MS)
    assert h.meta().state is S.COMPLETE_COMMIT
    assert h.states().count("CompleteCommit") == 1


def test_complete_write_gives_up_when_the_partition_moved() -> None:
    h = Harness()
    pid, epoch = committing(h)
    h.writer.defer = True
    h.end(pid, epoch, True)
    h.log.fail_with = ErrorCode.NOT_LEADER_OR_FOLLOWER
    h.writer.complete_deferred()
    h.clock.advance(10 * MARKER_RETRY_BACKOFF_MS)
    assert h.meta().state is S.PREPARE_COMMIT and h.meta().pending_state is None


def test_answers_after_unload_are_dropped() -> None:
    h = Harness()
    pid, epoch = committing(h)
    h.writer.defer = True
    h.writer.errors[TP0] = [ErrorCode.NOT_LEADER_OR_FOLLOWER]
    h.end(pid, epoch, True)
    h.coord.unload()
    written = len(h.log.records)
    h.writer.complete_deferred()
    h.clock.advance(10 * MARKER_RETRY_BACKOFF_MS)
    assert len(h.log.records) == written and len(h.writer.calls) == 1
    assert h.clock.pending() == 0


def test_markers_carry_the_coordinator_epoch() -> None:
    h = Harness(coordinator_epoch=7)
    pid, epoch = committing(h)
    h.end(pid, epoch, True)
    assert h.writer.calls[0].coordinator_epoch == 7
