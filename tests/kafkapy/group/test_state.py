import pytest

from kafkapy.group.state import (
    VALID_PREVIOUS_STATES,
    GroupState,
    IllegalStateTransition,
    check_transition,
    parse_state,
)


@pytest.mark.parametrize("src", list(GroupState))
@pytest.mark.parametrize("dst", list(GroupState))
def test_table_is_the_only_authority(src: GroupState, dst: GroupState) -> None:
    if src in VALID_PREVIOUS_STATES[dst]:
        check_transition("g", src, dst)
    else:
        with pytest.raises(IllegalStateTransition):
            check_transition("g", src, dst)


def test_kafka_transitions() -> None:
    E, P, C, S, _D = list(GroupState)
    assert VALID_PREVIOUS_STATES[S] == {C}
    assert VALID_PREVIOUS_STATES[C] == {P}
    assert VALID_PREVIOUS_STATES[E] == {P}
    assert VALID_PREVIOUS_STATES[P] == {E, C, S}


def test_parse_state_is_case_insensitive() -> None:
    assert parse_state("stable") is GroupState.STABLE
    assert parse_state("PreparingRebalance") is GroupState.PREPARING_REBALANCE
    assert parse_state("bogus") is None
