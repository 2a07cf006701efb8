"""Classic group states and the one table of legal transitions.

Kafka's `ClassicGroupState` (formerly `GroupState` in GroupMetadata.scala):

| from \\ to            | Empty | PreparingRebalance | CompletingRebalance | Stable | Dead |
|----------------------|-------|--------------------|---------------------|--------|------|
| Empty                |       | join               |                     |        | delete / offsets expired / unload |
| PreparingRebalance   | all members gone at join completion | | join complete | | unload |
| CompletingRebalance  |       | member joins/leaves/times out | |  leader's SyncGroup | unload |
| Stable               |       | member joins/leaves/times out, leader rejoins | | | unload |
| Dead                 |       |                    |                     |        |      |

`Group.transition_to` consults `VALID_PREVIOUS_STATES` and raises `IllegalStateTransition`
for anything else; no code sets `Group.state` directly.
"""

from __future__ import annotations

import enum


class GroupState(enum.Enum):
    """The names are the strings DescribeGroups/ListGroups put on the wire."""

    EMPTY = "Empty"
    PREPARING_REBALANCE = "PreparingRebalance"
    COMPLETING_REBALANCE = "CompletingRebalance"
    STABLE = "Stable"
    DEAD = "Dead"


E, P, C, S, D = (
    GroupState.EMPTY,
    GroupState.PREPARING_REBALANCE,
    GroupState.COMPLETING_REBALANCE,
    GroupState.STABLE,
    GroupState.DEAD,
)

# target state -> the states it may be entered from (Kafka's validPreviousStates).
VALID_PREVIOUS_STATES: dict[GroupState, frozenset[GroupState]] = {
    E: frozenset({P}),
    P: frozenset({E, C, S}),
    C: frozenset({P}),
    S: frozenset({C}),
    D: frozenset({E, P, C, S, D}),
}


class IllegalStateTransition(RuntimeError):
    """A bug in the coordinator: a transition the table does not allow."""


def check_transition(group_id: str, current: GroupState, target: GroupState) -> None:
    if current not in VALID_PREVIOUS_STATES[target]:
        raise IllegalStateTransition(
            f"group {group_id!r}: illegal transition {current.value} -> {target.value}"
        )


def parse_state(name: str) -> GroupState | None:
    """ListGroups' states filter is case-insensitive in Kafka (KIP-518)."""
    for state in GroupState:
        if state.value.lower() == name.lower():
            return state
    return None
