"""TransactionMetadata's prepare/complete transitions (Kafka's TransactionMetadataTest)."""

import pytest

from kafkapy.txn.metadata import (
    MAX_PRODUCER_EPOCH,
    NO_PRODUCER_EPOCH,
    NO_PRODUCER_ID,
    TransactionMetadata,
    TransactionVersion,
    TxnTransitMetadata,
)
from kafkapy.txn.state import IllegalStateTransition, TransactionState
from storage.topic_partition import TopicPartition
from wire.errors import ErrorCode

S = TransactionState
TV0, TV2 = TransactionVersion.TV_0, TransactionVersion.TV_2
TP = TopicPartition("t", 0)
NOW = 1_000


def meta(state: S = S.EMPTY, epoch: int = 5, last: int = NO_PRODUCER_EPOCH,
         tv: TransactionVersion = TV0, partitions: frozenset[TopicPartition] = frozenset(),
         start: int = -1) -> TransactionMetadata:
    return TransactionMetadata("t", 100, producer_epoch=epoch, last_producer_epoch=last,
                               state=state, partitions=partitions, txn_start_timestamp=start,
                               txn_last_update_timestamp=0, client_transaction_version=tv)


def apply(m: TransactionMetadata, transit: TxnTransitMetadata | ErrorCode) -> None:
    assert isinstance(transit, TxnTransitMetadata), transit
    m.complete_transition_to(transit)


def test_new_producer_gets_epoch_zero() -> None:
    m = meta(epoch=NO_PRODUCER_EPOCH)
    apply(m, m.prepare_increment_producer_epoch(30_000, None, NOW))
    assert (m.producer_epoch, m.last_producer_epoch, m.txn_timeout_ms) == (0, -1, 30_000)
    assert m.state is S.EMPTY and m.txn_start_timestamp == -1


def test_bump_with_expected_epoch_records_the_last_one() -> None:
    m = meta(epoch=5)
    apply(m, m.prepare_increment_producer_epoch(30_000, 5, NOW))
    assert (m.producer_epoch, m.last_producer_epoch) == (6, 5)


def test_retry_of_a_bump_returns_the_same_epoch() -> None:
    m = meta(epoch=6, last=5)
    transit = m.prepare_increment_producer_epoch(30_000, 5, NOW)
    assert isinstance(transit, TxnTransitMetadata)
    assert (transit.producer_epoch, transit.last_producer_epoch) == (6, 5)
    apply(m, transit)


def test_unknown_expected_epoch_is_fenced() -> None:
    m = meta(epoch=6, last=5)
    assert m.prepare_increment_producer_epoch(30_000, 3, NOW) == ErrorCode.PRODUCER_FENCED
    assert m.pending_state is None


def test_no_bump_once_exhausted() -> None:
    m = meta(epoch=MAX_PRODUCER_EPOCH - 1)
    assert m.is_producer_epoch_exhausted
    with pytest.raises(IllegalStateTransition):
        m.prepare_increment_producer_epoch(30_000, None, NOW)


@pytest.mark.parametrize("record_last", [True, False])
def test_producer_id_rotation(record_last: bool) -> None:
    m = meta(state=S.COMPLETE_COMMIT, epoch=MAX_PRODUCER_EPOCH - 1, start=10)
    apply(m, m.prepare_producer_id_rotation(200, 30_000, NOW, record_last))
    assert (m.producer_id, m.producer_epoch, m.previous_producer_id) == (200, 0, 100)
    assert m.last_producer_epoch == (MAX_PRODUCER_EPOCH - 1 if record_last else -1)


def test_no_rotation_mid_transaction() -> None:
    m = meta(state=S.ONGOING, partitions=frozenset({TP}), start=10)
    with pytest.raises(IllegalStateTransition):
        m.prepare_producer_id_rotation(200, 30_000, NOW, False)


def test_fence_bumps_once_even_after_a_failed_fence() -> None:
    m = meta(state=S.ONGOING, epoch=5, partitions=frozenset({TP}), start=10)
    assert m.prepare_fence_producer_epoch().producer_epoch == 6
    m.pending_state = None
    m.has_failed_epoch_fence = True
    assert m.prepare_fence_producer_epoch().producer_epoch == 5


def test_fence_never_passes_max() -> None:
    m = meta(state=S.ONGOING, epoch=MAX_PRODUCER_EPOCH, partitions=frozenset({TP}), start=10)
    assert m.prepare_fence_producer_epoch().producer_epoch == MAX_PRODUCER_EPOCH


def test_add_partitions_starts_the_clock_of_a_new_transaction() -> None:
    m = meta(state=S.COMPLETE_ABORT, start=10)
    apply(m, m.prepare_add_partitions({TP}, NOW, TV0))
    assert (m.state, m.partitions, m.txn_start_timestamp) == (S.ONGOING, {TP}, NOW)
    tp2 = TopicPartition("t", 1)
    apply(m, m.prepare_add_partitions({tp2}, NOW + 5, TV0))
    assert m.partitions == {TP, tp2} and m.txn_start_timestamp == NOW


def test_commit_without_epoch_bump_v1() -> None:
    m = meta(state=S.ONGOING, epoch=5, last=4, partitions=frozenset({TP}), start=10)
    apply(m, m.prepare_abort_or_commit(S.PREPARE_COMMIT, TV0, NO_PRODUCER_ID, NOW, False))
    assert (m.state, m.producer_epoch, m.last_producer_epoch) == (S.PREPARE_COMMIT, 5, 4)
    m.remove_partition(TP)
    apply(m, m.prepare_complete(NOW))
    assert (m.state, m.producer_epoch, m.partitions) == (S.COMPLETE_COMMIT, 5, set())


def test_commit_bumps_the_epoch_v2() -> None:
    m = meta(state=S.ONGOING, epoch=5, partitions=frozenset({TP}), start=10)
    apply(m, m.prepare_abort_or_commit(S.PREPARE_COMMIT, TV2, NO_PRODUCER_ID, NOW, False))
    assert (m.producer_epoch, m.last_producer_epoch) == (6, 5)
    apply(m, m.prepare_complete(NOW))
    assert (m.state, m.producer_id, m.producer_epoch) == (S.COMPLETE_COMMIT, 100, 6)


def test_overflow_moves_to_the_next_producer_id_v2() -> None:
    m = meta(state=S.ONGOING, epoch=MAX_PRODUCER_EPOCH - 1, partitions=frozenset({TP}),
             start=10)
    apply(m, m.prepare_abort_or_commit(S.PREPARE_COMMIT, TV2, 200, NOW, False))
    assert (m.producer_epoch, m.next_producer_id) == (MAX_PRODUCER_EPOCH, 200)
    apply(m, m.prepare_complete(NOW))
    assert (m.producer_id, m.producer_epoch, m.previous_producer_id) == (200, 0, 100)
    assert m.last_producer_epoch == MAX_PRODUCER_EPOCH - 1  # what the client saw last
    assert m.next_producer_id == NO_PRODUCER_ID


def test_abort_at_max_epoch_goes_through_v2() -> None:
    m = meta(state=S.ONGOING, epoch=MAX_PRODUCER_EPOCH, partitions=frozenset({TP}), start=10)
    transit = m.prepare_abort_or_commit(S.PREPARE_ABORT, TV2, NO_PRODUCER_ID, NOW, False)
    assert transit.producer_epoch == MAX_PRODUCER_EPOCH


def test_empty_abort_v2_uses_now_as_start() -> None:
    m = meta(state=S.EMPTY, epoch=3)
    apply(m, m.prepare_abort_or_commit(S.PREPARE_ABORT, TV2, NO_PRODUCER_ID, NOW, True))
    assert (m.state, m.txn_start_timestamp, m.producer_epoch) == (S.PREPARE_ABORT, NOW, 4)
    apply(m, m.prepare_complete(NOW + 1))
    assert m.state is S.COMPLETE_ABORT


def test_one_pending_transition_at_a_time() -> None:
    m = meta()
    m.prepare_add_partitions({TP}, NOW, TV0)
    with pytest.raises(IllegalStateTransition):
        m.prepare_add_partitions({TP}, NOW, TV0)


def test_illegal_transitions_raise() -> None:
    m = meta(state=S.EMPTY)
    with pytest.raises(IllegalStateTransition):
        m.prepare_abort_or_commit(S.PREPARE_COMMIT, TV0, NO_PRODUCER_ID, NOW, False)
    with pytest.raises(IllegalStateTransition):
        m.prepare_fence_producer_epoch()
    with pytest.raises(IllegalStateTransition):
        m.remove_partition(TP)


def test_completion_checks_the_transition() -> None:
    m = meta(state=S.ONGOING, epoch=5, partitions=frozenset({TP}), start=10)
    transit = m.prepare_abort_or_commit(S.PREPARE_COMMIT, TV0, NO_PRODUCER_ID, NOW, False)
    m.partitions.add(TopicPartition("x", 9))  # the cache changed behind the pending write
    with pytest.raises(IllegalStateTransition):
        m.complete_transition_to(transit)
    m2 = meta(state=S.EMPTY)
    other = meta(state=S.EMPTY).prepare_dead()
    with pytest.raises(IllegalStateTransition):  # not the pending state
        m2.complete_transition_to(other)


def test_dead_and_fence_are_never_completed() -> None:
    m = meta(state=S.COMPLETE_COMMIT, start=10)
    transit = m.prepare_dead()
    with pytest.raises(IllegalStateTransition):
        m.complete_transition_to(transit)
    m2 = meta(state=S.ONGOING, partitions=frozenset({TP}), start=10)
    fence = m2.prepare_fence_producer_epoch()
    with pytest.raises(IllegalStateTransition):
        m2.complete_transition_to(fence)


def test_transaction_version_of_requests() -> None:
    assert TransactionVersion.for_end_txn(4) is TV0
    assert TransactionVersion.for_end_txn(5) is TV2
    assert TransactionVersion.for_add_partitions_to_txn(3) is TV0
    assert TransactionVersion.for_add_partitions_to_txn(4) is TV2
    assert [TransactionVersion(v).log_value_version for v in range(3)] == [0, 1, 1]
    assert TransactionVersion.from_level(7) is TV2
