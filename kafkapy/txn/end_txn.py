"""EndTxn: committing or aborting a transaction (Kafka's `TransactionCoordinator`
`endTransaction` and `endTransactionWithTV1`), also used by the coordinator itself to abort
a transaction it fences (InitProducerId over an ongoing transaction, a timeout).

1. Check the request against the cached state; write PrepareCommit/PrepareAbort.
2. When written, answer the client (NONE; with transaction version 2 the producer id and
   epoch to use next) and hand the markers to the `TransactionMarkerChannel`, which writes
   them and then CompleteCommit/CompleteAbort.

Transaction version 2 (EndTxn v5, KIP-890 part 2) bumps the epoch on every EndTxn, lets an
abort end an Empty or completed transaction (the client may not know), and recognises a
retried EndTxn by its epoch (one below the current one, or the last epoch of a producer id
that overflowed). Retries of a completed EndTxn:

| state \\ request | abort, retry | abort, current epoch | commit, retry | commit, current |
|-----------------|--------------|----------------------|---------------|-----------------|
| Empty           | PRODUCER_FENCED | epoch bump          | PRODUCER_FENCED | INVALID_TXN_STATE |
| CompleteAbort   | NONE         | epoch bump           | INVALID_TXN_STATE | INVALID_TXN_STATE |
| CompleteCommit  | INVALID_TXN_STATE | epoch bump      | NONE          | INVALID_TXN_STATE |

With transaction version 0/1 the epoch must match; a retry of a completed EndTxn of the same
result is NONE, of the other result INVALID_TXN_STATE; Empty is INVALID_TXN_STATE.
"""

from __future__ import annotations

import logging

from kafkapy.group.clock import Scheduler
from kafkapy.txn.markers import TransactionMarkerChannel
from kafkapy.txn.metadata import (
    MAX_PRODUCER_EPOCH,
    NO_PRODUCER_EPOCH,
    NO_PRODUCER_ID,
    TransactionMetadata,
    TransactionResult,
    TransactionVersion,
    TxnTransitMetadata,
)
from kafkapy.txn.producer_ids import ProducerIdGenerator, ProducerIdsUnavailable
from kafkapy.txn.results import EndTxnCallback, EndTxnResult
from kafkapy.txn.state import IllegalStateTransition, TransactionState
from kafkapy.txn.state_manager import TransactionStateManager
from wire.errors import ErrorCode

log = logging.getLogger("kafkapy.txn")

_S = TransactionState
_PREPARE = {TransactionResult.COMMIT: _S.PREPARE_COMMIT, TransactionResult.ABORT: _S.PREPARE_ABORT}
# A completed transaction and the EndTxn result that repeats it.
_REPEATS = {_S.COMPLETE_COMMIT: TransactionResult.COMMIT,
            _S.COMPLETE_ABORT: TransactionResult.ABORT}
# The Prepare* state and the result it is already completing.
_COMPLETING = {_S.PREPARE_COMMIT: TransactionResult.COMMIT,
               _S.PREPARE_ABORT: TransactionResult.ABORT}

Decision = tuple[TxnTransitMetadata, bool] | ErrorCode  # (transition, is an epoch fence)


class EndTxnMixin:
    state: TransactionStateManager
    markers: TransactionMarkerChannel
    producer_ids: ProducerIdGenerator
    scheduler: Scheduler

    def end_txn(self, transactional_id: str, producer_id: int, producer_epoch: int,
                result: TransactionResult, client_version: TransactionVersion,
                respond: EndTxnCallback) -> None:
        """A client's EndTxn (`client_version`: `TransactionVersion.for_end_txn(version)`)."""
        self._end_transaction(transactional_id, producer_id, producer_epoch, result, True,
                              client_version, respond)

    def _end_transaction(self, transactional_id: str, producer_id: int, producer_epoch: int,
                         result: TransactionResult, from_client: bool,
                         client_version: TransactionVersion, respond: EndTxnCallback) -> None:
        if not transactional_id:
            respond(EndTxnResult(ErrorCode.INVALID_REQUEST))
            return
        unavailable = self.state.unavailable()
        if unavailable is not None:
            respond(EndTxnResult(unavailable))
            return
        metadata = self.state.get(transactional_id)
        if metadata is None:
            respond(EndTxnResult(ErrorCode.INVALID_PRODUCER_ID_MAPPING))
            return
        tv2 = client_version.supports_epoch_bump
        current = (metadata.producer_id, metadata.producer_epoch)
        if tv2:
            decision = self._decide_v2(metadata, producer_id, producer_epoch, result,
                                       from_client, client_version)
        else:
            decision = self._decide_v1(metadata, producer_id, producer_epoch, result, from_client)
        if isinstance(decision, ErrorCode):
            if metadata.pending_state is _S.PREPARE_EPOCH_FENCE:
                metadata.pending_state = None  # the coordinator's own abort did not start
            if decision == ErrorCode.NONE and tv2:  # a retry of a completed EndTxn
                respond(EndTxnResult(ErrorCode.NONE, *current))
            else:
                respond(EndTxnResult(decision))
            return
        transit, epoch_fence = decision

        def written(error: ErrorCode) -> None:
            if error != ErrorCode.NONE:
                if epoch_fence and self.state.get(transactional_id) is metadata:
                    metadata.has_failed_epoch_fence = True
                    log.warning("fencing %r failed (%s): epoch %d was not returned",
                                transactional_id, error.name, transit.producer_epoch)
                respond(EndTxnResult(error))
                return
            self._send_markers(transactional_id, producer_id, producer_epoch, result, tv2,
                               respond)

        self.state.append_transition(transactional_id, transit, written)

    def _send_markers(self, transactional_id: str, producer_id: int, producer_epoch: int,
                      result: TransactionResult, tv2: bool, respond: EndTxnCallback) -> None:
        """The Prepare* record is written: answer the client and write the markers."""
        metadata = self.state.get(transactional_id)
        if metadata is None:
            respond(EndTxnResult(ErrorCode.NOT_COORDINATOR))
            return
        if metadata.producer_id != producer_id:
            error = ErrorCode.INVALID_PRODUCER_ID_MAPPING
        elif metadata.producer_epoch not in (producer_epoch, producer_epoch + (1 if tv2 else 0)):
            error = ErrorCode.PRODUCER_FENCED
        elif metadata.pending_transition_in_progress:
            error = ErrorCode.CONCURRENT_TRANSACTIONS
        elif _COMPLETING.get(metadata.state) is not result:
            error = ErrorCode.INVALID_TXN_STATE
        else:
            error = ErrorCode.NONE
        if error != ErrorCode.NONE:
            log.info("not sending the markers of %r: %s", transactional_id, error.name)
            respond(EndTxnResult(error))
            return
        complete = metadata.prepare_complete(self.scheduler.now_ms())
        if tv2:  # the producer id and epoch of the next transaction (EndTxn v5)
            respond(EndTxnResult(ErrorCode.NONE, complete.producer_id, complete.producer_epoch))
        else:
            respond(EndTxnResult(ErrorCode.NONE))
        self.markers.add_txn_markers_to_send(result, metadata, complete)

    def _decide_v1(self, m: TransactionMetadata, producer_id: int, producer_epoch: int,
                   result: TransactionResult, from_client: bool) -> Decision:
        if m.producer_id != producer_id:
            return ErrorCode.INVALID_PRODUCER_ID_MAPPING
        # Clients must match the epoch; the coordinator's own abort carries the fenced one.
        if (from_client and producer_epoch != m.producer_epoch) or producer_epoch < m.producer_epoch:
            return ErrorCode.PRODUCER_FENCED
        if m.pending_transition_in_progress and m.pending_state is not _S.PREPARE_EPOCH_FENCE:
            return ErrorCode.CONCURRENT_TRANSACTIONS
        if m.state is _S.ONGOING:
            fence = result is TransactionResult.ABORT and m.pending_state is _S.PREPARE_EPOCH_FENCE
            if fence:
                self._start_fenced_abort(m, producer_epoch)
            return (m.prepare_abort_or_commit(_PREPARE[result], TransactionVersion.TV_0,
                                              NO_PRODUCER_ID, self.scheduler.now_ms(), False),
                    fence)
        return self._already_ended(m, result, retry=True)

    def _decide_v2(self, m: TransactionMetadata, producer_id: int, producer_epoch: int,
                   result: TransactionResult, from_client: bool,
                   client_version: TransactionVersion) -> Decision:
        fence = m.pending_state is _S.PREPARE_EPOCH_FENCE
        retry_on_overflow = (not fence and m.previous_producer_id == producer_id
                             and producer_epoch == MAX_PRODUCER_EPOCH - 1 and m.producer_epoch == 0)
        retry_on_bump = not fence and m.producer_epoch == producer_epoch + 1
        retry = retry_on_bump or retry_on_overflow
        if fence:
            valid_epoch = ((not from_client or producer_epoch == m.producer_epoch)
                           and producer_epoch >= m.producer_epoch)
        elif m.state in (_S.PREPARE_COMMIT, _S.PREPARE_ABORT):
            valid_epoch = retry_on_bump
        elif m.state in (_S.COMPLETE_COMMIT, _S.COMPLETE_ABORT):
            valid_epoch = retry or producer_epoch == m.producer_epoch
        else:  # Ongoing, Empty
            valid_epoch = producer_epoch == m.producer_epoch
        if m.producer_id != producer_id and not retry_on_overflow:
            return ErrorCode.INVALID_PRODUCER_ID_MAPPING
        if not valid_epoch:
            return ErrorCode.PRODUCER_FENCED
        if m.pending_transition_in_progress and not fence:
            return ErrorCode.CONCURRENT_TRANSACTIONS
        if m.state is _S.ONGOING:
            return self._complete_v2(m, _PREPARE[result], client_version, fence, producer_epoch,
                                     no_partition_added=False)
        if m.state in _REPEATS or m.state is _S.EMPTY:
            repeated = _REPEATS.get(m.state)
            if result is TransactionResult.ABORT and not (retry and repeated is result):
                if retry:  # a retried abort of a committed transaction
                    return ErrorCode.INVALID_TXN_STATE
                return self._complete_v2(m, _S.PREPARE_ABORT, client_version, fence,
                                         producer_epoch, no_partition_added=True)
            return ErrorCode.NONE if retry and repeated is result else ErrorCode.INVALID_TXN_STATE
        return self._already_ended(m, result, retry=False)

    def _complete_v2(self, m: TransactionMetadata, target: TransactionState,
                     client_version: TransactionVersion, fence: bool, producer_epoch: int,
                     no_partition_added: bool) -> Decision:
        next_producer_id = NO_PRODUCER_ID
        if not fence and m.is_producer_epoch_exhausted:
            try:
                next_producer_id = self.producer_ids.generate_producer_id()
            except ProducerIdsUnavailable:
                return ErrorCode.COORDINATOR_LOAD_IN_PROGRESS
        if fence and target is _S.PREPARE_ABORT:
            self._start_fenced_abort(m, producer_epoch)
        return (m.prepare_abort_or_commit(target, client_version, next_producer_id,
                                          self.scheduler.now_ms(), no_partition_added), fence)

    @staticmethod
    def _start_fenced_abort(m: TransactionMetadata, fenced_epoch: int) -> None:
        """Kafka clears the PrepareEpochFence and takes the fenced epoch in memory before
        writing PrepareAbort: the old producer is fenced even if that write fails."""
        m.pending_state = None
        m.producer_epoch = fenced_epoch
        m.last_producer_epoch = NO_PRODUCER_EPOCH

    @staticmethod
    def _already_ended(m: TransactionMetadata, result: TransactionResult,
                       retry: bool) -> ErrorCode:
        """Prepare*: the same result is being written (CONCURRENT_TRANSACTIONS); Complete*
        (v1): the same result is a retry (NONE); anything else: INVALID_TXN_STATE."""
        if _COMPLETING.get(m.state) is result:
            return ErrorCode.CONCURRENT_TRANSACTIONS
        if retry and _REPEATS.get(m.state) is result:
            return ErrorCode.NONE
        if m.state in (_S.DEAD, _S.PREPARE_EPOCH_FENCE):
            raise IllegalStateTransition(f"{m!r}: a transaction is never found in this state")
        log.warning("%r: EndTxn %s in state %s", m, result.name, m.state.state_name)
        return ErrorCode.INVALID_TXN_STATE
