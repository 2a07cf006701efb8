"""InitProducerId, AddPartitionsToTxn (v3 and v4+ verify), AddOffsetsToTxn, DescribeTransactions
on one coordinator (cases of Kafka's TransactionCoordinatorTest)."""

from __future__ import annotations

from kafkapy.group.log import MemoryCoordinatorLog
from kafkapy.txn.metadata import MAX_PRODUCER_EPOCH, TransactionVersion
from kafkapy.txn.state import TransactionState
from storage.topic_partition import TopicPartition
from wire.errors import ErrorCode

from .harness import TIMEOUT, TP0, TP1, TP2, TXN, Box, Harness

S = TransactionState
TV2 = TransactionVersion.TV_2


# ---------------------------------------------------------------- InitProducerId


def test_new_transactional_id_gets_a_producer_id_at_epoch_zero() -> None:
    h = Harness()
    r = h.init()
    assert (r.error, r.producer_id, r.producer_epoch) == (ErrorCode.NONE, 1000, 0)
    assert h.states() == ["Empty"]
    value = h.records()[0][1]
    assert value is not None and value.transaction_timeout_ms == TIMEOUT


def test_reinit_bumps_the_epoch_and_fences_the_old_producer() -> None:
    h = Harness()
    first = h.start()
    second = h.start()
    assert (second.producer_id, second.producer_epoch) == (first.producer_id, 1)
    # the first producer is fenced everywhere
    assert h.add(first.producer_id, 0, [TP0]) == ErrorCode.PRODUCER_FENCED
    assert h.end(first.producer_id, 0, True).error == ErrorCode.PRODUCER_FENCED


def test_timeout_bounds() -> None:
    h = Harness(transaction_max_timeout_ms=1000)
    assert h.init(timeout=1001).error == ErrorCode.INVALID_TRANSACTION_TIMEOUT
    assert h.init(timeout=0).error == ErrorCode.INVALID_TRANSACTION_TIMEOUT
    assert h.init(timeout=1000).error == ErrorCode.NONE
    assert h.init("").error == ErrorCode.INVALID_REQUEST
    assert not h.log.records[1:]


def test_init_over_an_ongoing_transaction_aborts_it_first() -> None:
    h = Harness()
    p = h.start()
    assert h.add(p.producer_id, 0, [TP0, TP1]) == ErrorCode.NONE
    r = h.init()
    assert r.error == ErrorCode.CONCURRENT_TRANSACTIONS
    # fenced (epoch 1) and aborted; TV2 server: the abort bumps once more (epoch 2)
    assert h.writer.calls[0].result.name == "ABORT"
    assert h.writer.calls[0].producer_epoch == 2
    assert h.states() == ["Empty", "Ongoing", "PrepareAbort", "CompleteAbort"]
    assert h.add(p.producer_id, 0, [TP0]) == ErrorCode.PRODUCER_FENCED
    again = h.start()
    assert (again.producer_id, again.producer_epoch) == (p.producer_id, 3)


def test_init_over_an_ongoing_transaction_v1_server() -> None:
    h = Harness(version=TransactionVersion.TV_0)
    p = h.start()
    h.add(p.producer_id, 0, [TP0])
    assert h.init().error == ErrorCode.CONCURRENT_TRANSACTIONS
    assert h.writer.calls[0].producer_epoch == 1
    assert h.start().producer_epoch == 2
    assert h.records()[-1][1] is not None
    assert [v.transaction_status for _, v in h.records() if v is not None] == [0, 1, 3, 5, 0]


def test_init_while_completing_is_concurrent_transactions() -> None:
    h = Harness()
    p = h.start()
    h.add(p.producer_id, 0, [TP0])
    h.writer.defer = True
    assert h.end(p.producer_id, 0, True).error == ErrorCode.NONE
    assert h.meta().state is S.PREPARE_COMMIT
    assert h.init().error == ErrorCode.CONCURRENT_TRANSACTIONS
    h.writer.complete_deferred()
    assert h.meta().state is S.COMPLETE_COMMIT
    assert h.init().error == ErrorCode.NONE


def test_init_while_a_write_is_pending_is_concurrent_transactions() -> None:
    h = Harness()
    p = h.start()
    h.log.defer = True
    box = h.add_box(p.producer_id, 0, [TP0])
    assert not box.done
    assert h.init().error == ErrorCode.CONCURRENT_TRANSACTIONS
    h.log.complete_deferred()
    assert box.value == ErrorCode.NONE


def test_kip360_expected_producer_id_and_epoch() -> None:
    h = Harness()
    p = h.start()
    bumped = h.init(expected=(p.producer_id, 0))
    assert (bumped.producer_id, bumped.producer_epoch) == (p.producer_id, 1)
    assert h.meta().last_producer_epoch == 0
    # the response was lost: the retry with the old epoch gets the same epoch again
    retry = h.init(expected=(p.producer_id, 0))
    assert (retry.error, retry.producer_epoch) == (ErrorCode.NONE, 1)
    # another producer id, or an epoch neither current nor last: fenced
    assert h.init(expected=(p.producer_id + 5, 1)).error == ErrorCode.PRODUCER_FENCED
    assert h.init(expected=(p.producer_id, 7)).error == ErrorCode.PRODUCER_FENCED


def test_kip360_fresh_id_accepts_any_expected_producer() -> None:
    h = Harness()
    r = h.init(expected=(42, 3))  # recovering from UNKNOWN_PRODUCER_ID after expiry
    assert (r.error, r.producer_id, r.producer_epoch) == (ErrorCode.NONE, 1000, 0)


def test_epoch_exhaustion_rotates_the_producer_id() -> None:
    h = Harness()
    p = h.start()
    h.meta().producer_epoch = MAX_PRODUCER_EPOCH - 1
    r = h.init(expected=(p.producer_id, MAX_PRODUCER_EPOCH - 1))
    assert (r.producer_id, r.producer_epoch) == (1001, 0)
    assert h.meta().previous_producer_id == p.producer_id
    # a retry with the old producer id at the exhausted epoch is accepted, not fenced
    retry = h.init(expected=(p.producer_id, MAX_PRODUCER_EPOCH - 1))
    assert retry.error == ErrorCode.NONE and retry.producer_id == 1001


def test_producer_ids_unavailable_is_retriable() -> None:
    h = Harness()
    h.ids.unavailable = True
    assert h.init().error == ErrorCode.COORDINATOR_LOAD_IN_PROGRESS
    h.ids.unavailable = False
    assert h.init().error == ErrorCode.NONE


def test_failed_write_leaves_nothing_the_retry_cannot_fix() -> None:
    h = Harness()
    h.log.fail_with = ErrorCode.NOT_ENOUGH_REPLICAS
    assert h.init().error == ErrorCode.COORDINATOR_NOT_AVAILABLE
    assert h.meta().pending_state is None and h.meta().producer_epoch == -1
    h.log.fail_with = ErrorCode.NOT_LEADER_OR_FOLLOWER
    assert h.init().error == ErrorCode.NOT_COORDINATOR
    h.log.fail_with = ErrorCode.MESSAGE_TOO_LARGE
    assert h.init().error == ErrorCode.UNKNOWN_SERVER_ERROR
    h.log.fail_with = None
    r = h.init()
    assert (r.error, r.producer_id, r.producer_epoch) == (ErrorCode.NONE, 1000, 0)


# ---------------------------------------------------------------- AddPartitionsToTxn


def test_add_partitions_errors() -> None:
    h = Harness()
    p = h.start()
    pid = p.producer_id
    assert h.add(pid, 0, [TP0], txn="unknown") == ErrorCode.INVALID_PRODUCER_ID_MAPPING
    assert h.add(pid + 1, 0, [TP0]) == ErrorCode.INVALID_PRODUCER_ID_MAPPING
    assert h.add(pid, 1, [TP0]) == ErrorCode.PRODUCER_FENCED
    assert h.add(pid, 0, [TP0], txn="") == ErrorCode.INVALID_REQUEST
    assert h.add(pid, 0, [TP0]) == ErrorCode.NONE
    h.writer.defer = True
    h.end(pid, 0, True)
    assert h.add(pid, 0, [TP1]) == ErrorCode.CONCURRENT_TRANSACTIONS


def test_add_partitions_writes_only_new_partitions() -> None:
    h = Harness()
    p = h.start()
    assert h.add(p.producer_id, 0, [TP0]) == ErrorCode.NONE
    written = len(h.log.records)
    assert h.add(p.producer_id, 0, [TP0]) == ErrorCode.NONE
    assert len(h.log.records) == written  # already in the transaction: no write
    assert h.add(p.producer_id, 0, [TP0, TP2]) == ErrorCode.NONE
    assert len(h.log.records) == written + 1
    assert h.meta().partitions == {TP0, TP2}
    start = h.meta().txn_start_timestamp
    assert start == h.clock.now_ms()


def test_answer_waits_for_the_write() -> None:
    h = Harness()
    p = h.start()
    h.log.defer = True
    box = h.add_box(p.producer_id, 0, [TP0])
    assert not box.done and h.meta().state is S.EMPTY
    assert h.add(p.producer_id, 0, [TP1]) == ErrorCode.CONCURRENT_TRANSACTIONS
    h.log.complete_deferred()
    assert box.value == ErrorCode.NONE and h.meta().state is S.ONGOING


def test_verify_only_kip890_part1() -> None:
    h = Harness()
    p = h.start()
    pid = p.producer_id
    h.add(pid, 0, [TP0])
    v = h.coord.verify_partitions_in_txn(TXN, pid, 0, [TP0, TP1])
    assert v == {TP0: ErrorCode.NONE, TP1: ErrorCode.TRANSACTION_ABORTABLE}
    assert h.coord.verify_partitions_in_txn(TXN, pid, 1, [TP0]) == {
        TP0: ErrorCode.PRODUCER_FENCED}
    assert h.coord.verify_partitions_in_txn(TXN, pid + 1, 0, [TP0]) == {
        TP0: ErrorCode.INVALID_PRODUCER_ID_MAPPING}
    assert h.coord.verify_partitions_in_txn("nope", pid, 0, [TP0]) == {
        TP0: ErrorCode.INVALID_PRODUCER_ID_MAPPING}
    h.writer.defer = True
    h.end(pid, 0, True)
    assert h.coord.verify_partitions_in_txn(TXN, pid, 0, [TP0]) == {
        TP0: ErrorCode.CONCURRENT_TRANSACTIONS}


def test_tv2_implicit_add_after_a_completed_transaction() -> None:
    """KIP-890 part 2: the partition leader adds the partition on the producer's behalf
    (AddPartitionsToTxn v5, verify_only false) with the epoch EndTxn v5 returned."""
    h = Harness()
    p = h.start()
    pid = p.producer_id
    assert h.add(pid, 0, [TP0], version=TV2) == ErrorCode.NONE
    end = h.end(pid, 0, True, version=TV2)
    assert (end.error, end.producer_id, end.producer_epoch) == (ErrorCode.NONE, pid, 1)
    assert h.add(pid, 0, [TP1], version=TV2) == ErrorCode.PRODUCER_FENCED
    assert h.add(pid, 1, [TP1], version=TV2) == ErrorCode.NONE
    assert h.meta().client_transaction_version is TV2
    assert h.meta().partitions == {TP1}


def test_add_offsets_adds_the_groups_offsets_partition() -> None:
    h = Harness()
    p = h.start()
    box = Box()
    h.coord.add_offsets_to_txn(TXN, p.producer_id, 0, 7, box)
    assert box.value == ErrorCode.NONE
    assert h.meta().partitions == {TopicPartition("__consumer_offsets", 7)}
    assert h.end(p.producer_id, 0, True).error == ErrorCode.NONE
    assert h.writer.written() == [TopicPartition("__consumer_offsets", 7)]


# ---------------------------------------------------------------- describe / availability


def test_describe() -> None:
    h = Harness()
    p = h.start()
    h.clock.advance(5)
    h.add(p.producer_id, 0, [TP1, TP0, TP2])
    d = h.coord.describe_transaction(TXN)
    assert (d.error, d.state, d.producer_id, d.producer_epoch) == (
        ErrorCode.NONE, "Ongoing", p.producer_id, 0)
    assert d.topics == {"t": [0, 1], "u": [0]}
    assert (d.transaction_timeout_ms, d.transaction_start_time_ms) == (TIMEOUT, h.clock.now_ms())
    assert h.coord.describe_transaction("nope").error == ErrorCode.TRANSACTIONAL_ID_NOT_FOUND
    assert h.coord.describe_transaction("").error == ErrorCode.INVALID_REQUEST


def test_not_loaded_and_unloaded() -> None:
    log = MemoryCoordinatorLog()
    h = Harness(log, load=False)
    assert h.init().error == ErrorCode.COORDINATOR_LOAD_IN_PROGRESS
    assert h.add(1, 0, [TP0]) == ErrorCode.COORDINATOR_LOAD_IN_PROGRESS
    assert h.end(1, 0, True).error == ErrorCode.COORDINATOR_LOAD_IN_PROGRESS
    assert h.coord.describe_transaction(TXN).error == ErrorCode.COORDINATOR_LOAD_IN_PROGRESS
    h.coord.load()
    p = h.start()
    h.coord.unload()
    assert h.init().error == ErrorCode.NOT_COORDINATOR
    assert h.add(p.producer_id, 0, [TP0]) == ErrorCode.NOT_COORDINATOR
    assert h.coord.verify_partitions_in_txn(TXN, p.producer_id, 0, [TP0]) == {
        TP0: ErrorCode.NOT_COORDINATOR}


def test_unload_while_a_write_is_pending_answers_not_coordinator() -> None:
    h = Harness()
    p = h.start()
    h.log.defer = True
    box = h.add_box(p.producer_id, 0, [TP0])
    h.coord.unload()
    h.log.complete_deferred()  # the write lands after the leadership moved
    assert box.value == ErrorCode.NOT_COORDINATOR
