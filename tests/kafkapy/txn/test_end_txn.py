"""EndTxn with transaction versions 0/1 and 2 (KIP-890 part 2), retries and fencing."""

from __future__ import annotations

import pytest

from kafkapy.txn.metadata import MAX_PRODUCER_EPOCH, TransactionResult, TransactionVersion
from kafkapy.txn.state import TransactionState
from wire.errors import ErrorCode

from .harness import TP0, TP1, Box, Harness

S = TransactionState
TV0, TV2 = TransactionVersion.TV_0, TransactionVersion.TV_2
COMMIT, ABORT = TransactionResult.COMMIT, TransactionResult.ABORT


def ongoing(h: Harness, version: TransactionVersion = TV0) -> tuple[int, int]:
    p = h.start()
    assert h.add(p.producer_id, p.producer_epoch, [TP0, TP1], version=version) == ErrorCode.NONE
    return p.producer_id, p.producer_epoch


@pytest.mark.parametrize("commit", [True, False])
def test_v1_end_writes_prepare_markers_then_complete(commit: bool) -> None:
    h = Harness()
    pid, epoch = ongoing(h)
    r = h.end(pid, epoch, commit)
    assert (r.error, r.producer_id, r.producer_epoch) == (ErrorCode.NONE, -1, -1)
    word = "Commit" if commit else "Abort"
    assert h.states() == ["Empty", "Ongoing", f"Prepare{word}", f"Complete{word}"]
    [call] = h.writer.calls
    assert (call.producer_id, call.producer_epoch, call.result, call.partitions) == (
        pid, epoch, COMMIT if commit else ABORT, [TP0, TP1])
    assert call.log_length == 3  # markers only after PrepareX is in the log
    m = h.meta()
    assert (m.state, m.producer_epoch, m.partitions) == (
        S.COMPLETE_COMMIT if commit else S.COMPLETE_ABORT, epoch, set())


def test_answer_precedes_the_markers_and_markers_precede_complete() -> None:
    h = Harness()
    pid, epoch = ongoing(h)
    h.writer.defer = True
    assert h.end(pid, epoch, True).error == ErrorCode.NONE  # answered before markers
    assert h.meta().state is S.PREPARE_COMMIT and h.meta().pending_state is S.COMPLETE_COMMIT
    h.writer.complete_deferred()
    assert h.meta().state is S.COMPLETE_COMMIT


def test_v1_retries_and_wrong_results() -> None:
    h = Harness()
    pid, epoch = ongoing(h)
    assert h.end(pid, epoch, True).error == ErrorCode.NONE
    assert h.end(pid, epoch, True).error == ErrorCode.NONE  # a retry
    assert h.end(pid, epoch, False).error == ErrorCode.INVALID_TXN_STATE
    assert h.end(pid, epoch + 1, True).error == ErrorCode.PRODUCER_FENCED
    assert h.end(pid + 1, epoch, True).error == ErrorCode.INVALID_PRODUCER_ID_MAPPING
    assert h.end(pid, epoch, True, txn="nope").error == ErrorCode.INVALID_PRODUCER_ID_MAPPING
    assert h.end(pid, epoch, True, txn="").error == ErrorCode.INVALID_REQUEST


def test_v1_empty_is_invalid_txn_state() -> None:
    h = Harness()
    p = h.start()
    assert h.end(p.producer_id, 0, True).error == ErrorCode.INVALID_TXN_STATE
    assert h.end(p.producer_id, 0, False).error == ErrorCode.INVALID_TXN_STATE


def test_v1_while_completing() -> None:
    h = Harness()
    pid, epoch = ongoing(h)
    h.writer.defer = True
    h.end(pid, epoch, True)
    assert h.end(pid, epoch, True).error == ErrorCode.CONCURRENT_TRANSACTIONS
    assert h.end(pid, epoch, False).error == ErrorCode.CONCURRENT_TRANSACTIONS  # pending first


def test_v2_end_bumps_the_epoch_and_returns_it() -> None:
    h = Harness()
    pid, epoch = ongoing(h, TV2)
    r = h.end(pid, epoch, True, version=TV2)
    assert (r.error, r.producer_id, r.producer_epoch) == (ErrorCode.NONE, pid, epoch + 1)
    assert h.writer.calls[0].producer_epoch == epoch + 1  # markers carry the new epoch
    assert (h.meta().producer_epoch, h.meta().last_producer_epoch) == (epoch + 1, epoch)
    # the next transaction uses the new epoch; the old one is fenced
    assert h.add(pid, epoch, [TP0], version=TV2) == ErrorCode.PRODUCER_FENCED
    assert h.add(pid, epoch + 1, [TP0], version=TV2) == ErrorCode.NONE


# (state, result, retry?) -> expected, Kafka's table for transaction version 2
V2_TABLE = [
    ("Empty", ABORT, True, ErrorCode.PRODUCER_FENCED),
    ("Empty", ABORT, False, "bump"),
    ("Empty", COMMIT, True, ErrorCode.PRODUCER_FENCED),
    ("Empty", COMMIT, False, ErrorCode.INVALID_TXN_STATE),
    ("CompleteAbort", ABORT, True, ErrorCode.NONE),
    ("CompleteAbort", ABORT, False, "bump"),
    ("CompleteAbort", COMMIT, True, ErrorCode.INVALID_TXN_STATE),
    ("CompleteAbort", COMMIT, False, ErrorCode.INVALID_TXN_STATE),
    ("CompleteCommit", ABORT, True, ErrorCode.INVALID_TXN_STATE),
    ("CompleteCommit", ABORT, False, "bump"),
    ("CompleteCommit", COMMIT, True, ErrorCode.NONE),
    ("CompleteCommit", COMMIT, False, ErrorCode.INVALID_TXN_STATE),
]


@pytest.mark.parametrize("state, result, retry, expected", V2_TABLE)
def test_v2_table(state: str, result: TransactionResult, retry: bool,
                  expected: ErrorCode | str) -> None:
    h = Harness()
    p = h.start()
    pid = p.producer_id
    if state == "Empty":
        h.init()  # epoch 1, Empty; "retry" = epoch 0
    else:
        h.add(pid, 0, [TP0], version=TV2)
        h.end(pid, 0, state == "CompleteCommit", version=TV2)  # epoch 1
    assert h.meta().state.state_name == state and h.meta().producer_epoch == 1
    before = len(h.log.records)
    r = h.end(pid, 0 if retry else 1, result is COMMIT, version=TV2)
    if expected == "bump":
        assert (r.error, r.producer_epoch) == (ErrorCode.NONE, 2)
        assert h.meta().state is S.COMPLETE_ABORT
        assert h.states()[-2:] == ["PrepareAbort", "CompleteAbort"]
    else:
        assert r.error == expected
        assert len(h.log.records) == before
        if expected == ErrorCode.NONE:  # a retry answers the current producer id and epoch
            assert (r.producer_id, r.producer_epoch) == (pid, 1)


def test_v2_empty_abort_writes_no_markers() -> None:
    h = Harness()
    p = h.start()
    r = h.end(p.producer_id, 0, False, version=TV2)
    assert r.error == ErrorCode.NONE and not h.writer.calls
    assert h.meta().txn_start_timestamp == h.clock.now_ms()


def test_v2_retry_while_completing_and_fenced_epochs() -> None:
    h = Harness()
    pid, epoch = ongoing(h, TV2)
    h.writer.defer = True
    assert h.end(pid, epoch, True, version=TV2).error == ErrorCode.NONE
    assert h.end(pid, epoch, True, version=TV2).error == ErrorCode.CONCURRENT_TRANSACTIONS
    assert h.end(pid, epoch, False, version=TV2).error == ErrorCode.CONCURRENT_TRANSACTIONS
    assert h.end(pid, epoch + 1, True, version=TV2).error == ErrorCode.PRODUCER_FENCED
    h.writer.complete_deferred()
    assert h.end(pid, epoch, True, version=TV2).error == ErrorCode.NONE


def test_v2_epoch_overflow_moves_to_a_new_producer_id() -> None:
    h = Harness()
    pid, _ = ongoing(h, TV2)
    h.meta().producer_epoch = MAX_PRODUCER_EPOCH - 1  # the client's epoch is exhausted
    last = MAX_PRODUCER_EPOCH - 1
    r = h.end(pid, last, True, version=TV2)
    assert (r.error, r.producer_id, r.producer_epoch) == (ErrorCode.NONE, 1001, 0)
    assert h.writer.calls[0].producer_id == pid  # markers under the old id, epoch MAX
    assert h.writer.calls[0].producer_epoch == MAX_PRODUCER_EPOCH
    m = h.meta()
    assert (m.producer_id, m.producer_epoch, m.previous_producer_id) == (1001, 0, pid)
    # a retry with the old producer id and epoch is recognised
    retry = h.end(pid, last, True, version=TV2)
    assert (retry.error, retry.producer_id, retry.producer_epoch) == (ErrorCode.NONE, 1001, 0)
    assert h.add(1001, 0, [TP0], version=TV2) == ErrorCode.NONE


def test_v2_overflow_without_producer_ids_is_retriable() -> None:
    h = Harness()
    pid, _ = ongoing(h, TV2)
    h.meta().producer_epoch = MAX_PRODUCER_EPOCH - 1
    h.ids.unavailable = True
    r = h.end(pid, MAX_PRODUCER_EPOCH - 1, True, version=TV2)
    assert r.error == ErrorCode.COORDINATOR_LOAD_IN_PROGRESS
    assert h.meta().state is S.ONGOING and h.meta().pending_state is None


def test_failed_prepare_write_keeps_the_transaction_ongoing() -> None:
    h = Harness()
    pid, epoch = ongoing(h)
    h.log.fail_with = ErrorCode.REQUEST_TIMED_OUT
    assert h.end(pid, epoch, True).error == ErrorCode.COORDINATOR_NOT_AVAILABLE
    assert h.meta().state is S.ONGOING and h.meta().pending_state is None
    h.log.fail_with = None
    assert h.end(pid, epoch, True).error == ErrorCode.NONE
    assert h.meta().state is S.COMPLETE_COMMIT


def test_failed_fence_is_not_bumped_twice() -> None:
    h = Harness(version=TV0)
    pid, epoch = ongoing(h)
    h.log.fail_with = ErrorCode.NOT_ENOUGH_REPLICAS
    assert h.init().error == ErrorCode.COORDINATOR_NOT_AVAILABLE
    m = h.meta()
    # the old producer is fenced in memory although the write failed
    assert (m.producer_epoch, m.has_failed_epoch_fence, m.state) == (epoch + 1, True, S.ONGOING)
    assert h.add(pid, epoch, [TP0]) == ErrorCode.PRODUCER_FENCED
    h.log.fail_with = None
    assert h.init().error == ErrorCode.CONCURRENT_TRANSACTIONS
    assert h.writer.calls[-1].producer_epoch == epoch + 1  # not bumped again
    assert h.start().producer_epoch == epoch + 2


def test_markers_for_the_coordinators_own_abort_use_the_fenced_epoch_v1() -> None:
    h = Harness(version=TV0)
    pid, epoch = ongoing(h)
    assert h.init().error == ErrorCode.CONCURRENT_TRANSACTIONS
    [call] = h.writer.calls
    assert (call.producer_id, call.producer_epoch, call.result) == (pid, epoch + 1, ABORT)


def test_a_fence_that_cannot_start_its_abort_does_not_block_the_id() -> None:
    h = Harness()
    pid, _ = ongoing(h)
    fence = h.meta().prepare_fence_producer_epoch()
    answers = Box()
    h.coord._end_transaction("txn", pid + 1, fence.producer_epoch, ABORT, False, TV2, answers)
    assert answers.value.error == ErrorCode.INVALID_PRODUCER_ID_MAPPING
    assert h.meta().pending_state is None
    assert h.end(pid, 0, True).error == ErrorCode.NONE
