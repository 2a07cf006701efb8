"""Loading `__transaction_state` on becoming leader: replay, resuming half-completed
transactions, bad records, and what clients see across a coordinator move."""

from __future__ import annotations

from kafkapy.group.log import MemoryCoordinatorLog
from kafkapy.txn import records as rec
from kafkapy.txn.metadata import MAX_PRODUCER_EPOCH, TransactionVersion
from kafkapy.txn.state import TransactionState
from wire.errors import ErrorCode

from .harness import TP0, TP1, TP2, Harness

S = TransactionState
TV2 = TransactionVersion.TV_2


def test_replay_restores_every_id_as_written() -> None:
    h = Harness()
    a = h.start("a")
    h.add(a.producer_id, 0, [TP0], txn="a")
    b = h.start("b")
    h.add(b.producer_id, 0, [TP1], txn="b")
    h.end(b.producer_id, 0, True, txn="b", version=TV2)
    h.start("c")
    before = {t: (m.producer_id, m.producer_epoch, m.state, m.partitions, m.txn_timeout_ms,
                  m.txn_start_timestamp)
              for t, m in h.coord.state.transactions.items()}
    h.restart()
    after = {t: (m.producer_id, m.producer_epoch, m.state, m.partitions, m.txn_timeout_ms,
                 m.txn_start_timestamp)
             for t, m in h.coord.state.transactions.items()}
    assert after == before
    assert not h.writer.calls  # nothing half-completed
    assert h.meta("a").last_producer_epoch == -1  # not stored


def test_prepare_commit_found_at_load_completes_its_markers() -> None:
    h = Harness()
    p = h.start()
    h.add(p.producer_id, 0, [TP0, TP1, TP2])
    h.writer.defer = True
    assert h.end(p.producer_id, 0, True).error == ErrorCode.NONE
    h.log.fail_with = ErrorCode.NOT_LEADER_OR_FOLLOWER  # the broker dies before Complete
    h.writer.complete_deferred()
    h.log.fail_with = None
    assert h.states()[-1] == "PrepareCommit"
    h.restart(coordinator_epoch=3)
    [call] = h.writer.calls
    assert (call.result.name, call.partitions, call.coordinator_epoch) == (
        "COMMIT", [TP0, TP1, TP2], 3)
    assert h.meta().state is S.COMPLETE_COMMIT
    assert h.states()[-2:] == ["PrepareCommit", "CompleteCommit"]


def test_prepare_abort_with_overflow_found_at_load() -> None:
    h = Harness()
    p = h.start()
    h.add(p.producer_id, 0, [TP0], version=TV2)
    h.meta().producer_epoch = MAX_PRODUCER_EPOCH - 1
    h.writer.defer = True
    r = h.end(p.producer_id, MAX_PRODUCER_EPOCH - 1, False, version=TV2)
    assert (r.producer_id, r.producer_epoch) == (1001, 0)
    h.restart()
    assert h.writer.calls[0].producer_epoch == MAX_PRODUCER_EPOCH
    m = h.meta()
    assert (m.state, m.producer_id, m.producer_epoch) == (S.COMPLETE_ABORT, 1001, 0)
    # the producer continues with what EndTxn v5 answered
    assert h.add(1001, 0, [TP0], version=TV2) == ErrorCode.NONE


def test_ongoing_transaction_survives_a_move_and_times_out_later() -> None:
    h = Harness()
    p = h.start()
    h.add(p.producer_id, 0, [TP0])
    h.restart()
    assert h.add(p.producer_id, 0, [TP1]) == ErrorCode.NONE
    assert h.end(p.producer_id, 0, True).error == ErrorCode.NONE
    assert h.writer.written() == [TP0, TP1]


def test_tombstones_and_bad_records_on_replay() -> None:
    log = MemoryCoordinatorLog()
    h = Harness(log)
    h.start("a")
    h.start("b")
    log.records.append((rec.encode_key("a"), None))
    log.records.append((rec.encode_key("c"), b"\x00\x07garbage"))  # unknown value version
    log.records.append((rec.encode_key("d"), rec.encode_value(
        rec.TransactionLogValue(producer_id=5, transaction_status=9), 1)))  # unknown state id
    log.records.append((rec.encode_key("e"), rec.encode_value(
        rec.TransactionLogValue(producer_id=5, transaction_status=6), 1)))  # Dead: never written
    log.records.append((b"\x00\x01\x00\x01g", b"\x00\x03"))  # a group record: not ours
    log.records.append((b"\x00", b"\x00\x00"))  # torn key
    h.restart()
    assert set(h.coord.state.transactions) == {"b"}


def test_slices_and_load_in_progress() -> None:
    source = Harness()
    p = source.start()
    source.add(p.producer_id, 0, [TP0])
    h = Harness(source.log, load=False)
    records = list(source.log.replay())
    h.coord.replay_records(records[:1])
    assert h.init().error == ErrorCode.COORDINATOR_LOAD_IN_PROGRESS
    h.coord.replay_records(records[1:])
    h.coord.finish_load()
    assert h.meta().partitions == {TP0}
    assert h.add(p.producer_id, 0, [TP1]) == ErrorCode.NONE


def test_every_completed_transaction_stays_completed() -> None:
    h = Harness()
    results = {}
    for i in range(5):
        txn = f"t{i}"
        p = h.start(txn)
        h.add(p.producer_id, 0, [TP0, TP1], txn=txn)
        h.end(p.producer_id, 0, i % 2 == 0, txn=txn)
        results[txn] = h.meta(txn).state
    h.restart()
    h.restart(coordinator_epoch=2)
    assert {t: h.meta(t).state for t in results} == results
    assert not h.writer.calls
