"""transaction.timeout.ms (the periodic abort with an epoch fence) and
transactional.id.expiration.ms (tombstones), on a manual clock."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from kafkapy.group.log import MemoryCoordinatorLog, Record
from kafkapy.txn import records as rec
from kafkapy.txn.state import TransactionState
from wire.errors import ErrorCode

from .harness import TIMEOUT, TP0, Harness

S = TransactionState


class BatchCountingLog(MemoryCoordinatorLog):
    def __init__(self) -> None:
        super().__init__()
        self.batches: list[int] = []

    def append(self, records: Sequence[Record], done: Callable[[ErrorCode], None]) -> None:
        self.batches.append(len(records))
        super().append(records, done)

ABORT_INTERVAL = 10_000
EXPIRE_INTERVAL = 3_600_000
WEEK = 604_800_000


def test_a_silent_producer_is_fenced_and_its_transaction_aborted() -> None:
    h = Harness()
    p = h.start()
    h.add(p.producer_id, 0, [TP0])
    h.clock.advance(TIMEOUT)  # not yet: start + timeout < now is required
    assert h.meta().state is S.ONGOING
    h.clock.advance(ABORT_INTERVAL)
    m = h.meta()
    assert m.state is S.COMPLETE_ABORT and m.producer_epoch == 2  # fence + TV2 abort bump
    assert [c.result.name for c in h.writer.calls] == ["ABORT"]
    # the producer wakes up: fenced
    assert h.add(p.producer_id, 0, [TP0]) == ErrorCode.PRODUCER_FENCED
    assert h.end(p.producer_id, 0, True).error == ErrorCode.PRODUCER_FENCED


def test_timeout_abort_uses_the_transactions_own_timeout() -> None:
    h = Harness()
    p = h.init(timeout=25_000)
    h.add(p.producer_id, 0, [TP0])
    h.clock.advance(20_000)
    assert h.meta().state is S.ONGOING
    h.clock.advance(10_000)
    assert h.meta().state is S.COMPLETE_ABORT


def test_pending_transactions_are_not_aborted() -> None:
    h = Harness()
    p = h.start()
    h.add(p.producer_id, 0, [TP0])
    h.log.defer = True
    box = h.add_box(p.producer_id, 0, [TP0.__class__("t", 9)])
    h.clock.advance(TIMEOUT + ABORT_INTERVAL)
    assert h.meta().state is S.ONGOING and not h.writer.calls
    h.log.complete_deferred()
    assert box.value == ErrorCode.NONE
    h.log.defer = False
    h.clock.advance(ABORT_INTERVAL)
    assert h.meta().state is S.COMPLETE_ABORT


def test_failed_timeout_abort_is_retried_without_a_second_bump() -> None:
    h = Harness()
    p = h.start()
    h.add(p.producer_id, 0, [TP0])
    h.log.fail_with = ErrorCode.NOT_ENOUGH_REPLICAS
    h.clock.advance(TIMEOUT + ABORT_INTERVAL)
    assert h.meta().state is S.ONGOING and h.meta().producer_epoch == 1
    h.log.fail_with = None
    h.clock.advance(ABORT_INTERVAL)
    assert h.meta().state is S.COMPLETE_ABORT and h.meta().producer_epoch == 2


def test_idle_transactional_ids_expire_with_tombstones() -> None:
    h = Harness()
    h.start("a")
    pb = h.start("b")
    h.clock.advance(WEEK - EXPIRE_INTERVAL)
    h.add(pb.producer_id, 0, [TP0], txn="b")  # b was used since (then timed out)
    h.clock.advance(EXPIRE_INTERVAL)
    assert h.coord.state.get("a") is None
    assert h.records()[-1] == ("a", None)
    assert h.meta("b").state is S.COMPLETE_ABORT
    assert h.coord.describe_transaction("a").error == ErrorCode.TRANSACTIONAL_ID_NOT_FOUND
    # an expired id starts over with a new producer id
    again = h.start("a")
    assert again.producer_id not in (1000, pb.producer_id) and again.producer_epoch == 0


def test_ongoing_transactions_never_expire() -> None:
    h = Harness(transaction_max_timeout_ms=2**31 - 1)
    p = h.init(timeout=2**31 - 1)  # about 3.5 weeks
    h.add(p.producer_id, 0, [TP0])
    h.clock.advance(2 * WEEK)
    assert h.meta().state is S.ONGOING


def test_failed_tombstone_keeps_the_id() -> None:
    h = Harness()
    h.start("a")
    h.log.fail_with = ErrorCode.NOT_ENOUGH_REPLICAS
    h.clock.advance(WEEK + EXPIRE_INTERVAL)
    m = h.meta("a")
    assert m.state is S.EMPTY and m.pending_state is None
    h.log.fail_with = None
    h.clock.advance(EXPIRE_INTERVAL)
    assert h.coord.state.get("a") is None


def test_id_touched_while_its_tombstone_is_written_stays() -> None:
    h = Harness(transaction_remove_expired_transaction_cleanup_interval_ms=10 * WEEK)
    h.start("a")
    h.clock.advance(WEEK)
    h.log.defer = True
    assert h.coord.state.remove_expired_transactional_ids() == 1
    assert h.meta("a").pending_state is S.DEAD
    assert h.init("a").error == ErrorCode.CONCURRENT_TRANSACTIONS
    assert h.coord.describe_transaction("a").error == ErrorCode.NONE
    h.meta("a").producer_epoch = 5  # changed meanwhile (cannot happen through requests)
    h.log.complete_deferred()
    assert h.meta("a").pending_state is None


def test_tombstones_are_batched_by_message_max_bytes() -> None:
    log = BatchCountingLog()
    h = Harness(log, message_max_bytes=200,
                transaction_remove_expired_transaction_cleanup_interval_ms=10 * WEEK)
    for i in range(10):
        h.start(f"id-{i}")
    h.clock.advance(WEEK)
    log.batches.clear()
    assert h.coord.state.remove_expired_transactional_ids() == 10
    batches = log.batches
    assert len(batches) > 1 and sum(batches) == 10
    key = len(rec.encode_key("id-0"))
    assert max(batches) <= (200 - 61) // (key + 21)
    assert not h.coord.state.transactions
