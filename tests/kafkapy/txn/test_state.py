import pytest

from kafkapy.txn.state import (
    VALID_PREVIOUS_STATES,
    IllegalStateTransition,
    TransactionState,
    check_transition,
)

S = TransactionState


@pytest.mark.parametrize("src", list(S))
@pytest.mark.parametrize("dst", list(S))
def test_table_is_the_only_authority(src: TransactionState, dst: TransactionState) -> None:
    if src in VALID_PREVIOUS_STATES[dst]:
        check_transition("t", src, dst)
    else:
        with pytest.raises(IllegalStateTransition):
            check_transition("t", src, dst)


def test_kafka_transitions() -> None:
    """Kafka 4.1's TransactionState.validPreviousStates, entry by entry."""
    assert VALID_PREVIOUS_STATES == {
        S.EMPTY: {S.EMPTY, S.COMPLETE_COMMIT, S.COMPLETE_ABORT},
        S.ONGOING: {S.ONGOING, S.EMPTY, S.COMPLETE_COMMIT, S.COMPLETE_ABORT},
        S.PREPARE_COMMIT: {S.ONGOING},
        S.PREPARE_ABORT: {S.ONGOING, S.PREPARE_EPOCH_FENCE, S.EMPTY, S.COMPLETE_COMMIT,
                          S.COMPLETE_ABORT},
        S.COMPLETE_COMMIT: {S.PREPARE_COMMIT},
        S.COMPLETE_ABORT: {S.PREPARE_ABORT},
        S.DEAD: {S.EMPTY, S.COMPLETE_ABORT, S.COMPLETE_COMMIT},
        S.PREPARE_EPOCH_FENCE: {S.ONGOING},
    }


def test_ids_names_and_expiration_are_kafkas() -> None:
    assert [(s.id, s.state_name) for s in S] == [
        (0, "Empty"), (1, "Ongoing"), (2, "PrepareCommit"), (3, "PrepareAbort"),
        (4, "CompleteCommit"), (5, "CompleteAbort"), (6, "Dead"), (7, "PrepareEpochFence"),
    ]
    assert {s for s in S if s.expiration_allowed} == {S.EMPTY, S.COMPLETE_COMMIT,
                                                      S.COMPLETE_ABORT}
    assert S.from_id(7) is S.PREPARE_EPOCH_FENCE
    with pytest.raises(ValueError):
        S.from_id(8)


def test_from_name_is_exact() -> None:
    assert S.from_name("Ongoing") is S.ONGOING
    assert S.from_name("ongoing") is None
    assert S.from_name("bogus") is None
