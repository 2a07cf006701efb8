"""Transaction states and the one table of legal transitions (Kafka's `TransactionState`).

Every transition of a `TransactionMetadata` is checked against `VALID_PREVIOUS_STATES`;
anything else raises `IllegalStateTransition` (a coordinator bug, never a client error).

| to \\ from         | Empty | Ongoing | PrepareCommit | PrepareAbort | CompleteCommit | CompleteAbort | PrepareEpochFence |
|-------------------|-------|---------|---------------|--------------|----------------|---------------|-------------------|
| Empty             | InitProducerId |  |             |              | InitProducerId | InitProducerId |                 |
| Ongoing           | add   | add     |               |              | add            | add           |                   |
| PrepareCommit     |       | EndTxn  |               |              |                |               |                   |
| PrepareAbort      | EndTxn (TV2) | EndTxn, timeout |  |            | EndTxn (TV2)   | EndTxn (TV2)  | fence             |
| CompleteCommit    |       |         | markers written |            |                |               |                   |
| CompleteAbort     |       |         |               | markers written |             |               |                   |
| Dead              | expiry |        |               |              | expiry         | expiry        |                   |
| PrepareEpochFence |       | InitProducerId / timeout on an ongoing transaction | | | |        |                   |

The ids are the `TransactionStatus` byte of `__transaction_state` values; the names are the
strings DescribeTransactions / ListTransactions put on the wire.
"""

from __future__ import annotations

import enum


class TransactionState(enum.Enum):
    EMPTY = (0, "Empty", True)
    ONGOING = (1, "Ongoing", False)
    PREPARE_COMMIT = (2, "PrepareCommit", False)
    PREPARE_ABORT = (3, "PrepareAbort", False)
    COMPLETE_COMMIT = (4, "CompleteCommit", True)
    COMPLETE_ABORT = (5, "CompleteAbort", True)
    DEAD = (6, "Dead", False)
    PREPARE_EPOCH_FENCE = (7, "PrepareEpochFence", False)

    def __init__(self, state_id: int, state_name: str, expiration_allowed: bool) -> None:
        self.id = state_id
        self.state_name = state_name
        # transactional.id.expiration.ms may remove an id only when no transaction is open.
        self.expiration_allowed = expiration_allowed

    @classmethod
    def from_id(cls, state_id: int) -> TransactionState:
        """Raises ValueError for an id Kafka does not define."""
        for state in cls:
            if state.id == state_id:
                return state
        raise ValueError(f"unknown transaction state id {state_id}")

    @classmethod
    def from_name(cls, name: str) -> TransactionState | None:
        """ListTransactions' state filter: exact names, as Kafka's `fromName`."""
        for state in cls:
            if state.state_name == name:
                return state
        return None


_S = TransactionState

# target state -> the states it may be entered from (Kafka's validPreviousStates).
VALID_PREVIOUS_STATES: dict[TransactionState, frozenset[TransactionState]] = {
    _S.EMPTY: frozenset({_S.EMPTY, _S.COMPLETE_COMMIT, _S.COMPLETE_ABORT}),
    _S.ONGOING: frozenset({_S.ONGOING, _S.EMPTY, _S.COMPLETE_COMMIT, _S.COMPLETE_ABORT}),
    _S.PREPARE_COMMIT: frozenset({_S.ONGOING}),
    _S.PREPARE_ABORT: frozenset({
        _S.ONGOING, _S.PREPARE_EPOCH_FENCE, _S.EMPTY, _S.COMPLETE_COMMIT, _S.COMPLETE_ABORT,
    }),
    _S.COMPLETE_COMMIT: frozenset({_S.PREPARE_COMMIT}),
    _S.COMPLETE_ABORT: frozenset({_S.PREPARE_ABORT}),
    _S.DEAD: frozenset({_S.EMPTY, _S.COMPLETE_ABORT, _S.COMPLETE_COMMIT}),
    _S.PREPARE_EPOCH_FENCE: frozenset({_S.ONGOING}),
}


class IllegalStateTransition(RuntimeError):
    """A bug in the coordinator: a transition the table (or the metadata checks) forbid."""


def check_transition(transactional_id: str, current: TransactionState,
                     target: TransactionState) -> None:
    if current not in VALID_PREVIOUS_STATES[target]:
        raise IllegalStateTransition(
            f"transactional id {transactional_id!r}: illegal transition "
            f"{current.state_name} -> {target.state_name}"
        )
