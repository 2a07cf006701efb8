"""A transaction coordinator on a manual clock, an in-memory log and a fake marker writer,
with helpers that collect answers."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from kafkapy.group.clock import ManualScheduler
from kafkapy.group.log import MemoryCoordinatorLog, Record
from kafkapy.txn import records as rec
from kafkapy.txn.config import TransactionConfig
from kafkapy.txn.coordinator import TransactionCoordinator
from kafkapy.txn.markers import MarkerResults
from kafkapy.txn.metadata import TransactionMetadata, TransactionResult, TransactionVersion
from kafkapy.txn.producer_ids import SequentialProducerIds
from kafkapy.txn.results import EndTxnResult, InitProducerIdResult
from kafkapy.txn.state import TransactionState
from storage.topic_partition import TopicPartition
from tests.kafkapy.group.harness import Box
from wire.errors import ErrorCode

TXN = "txn"
TIMEOUT = 60_000
TP0 = TopicPartition("t", 0)
TP1 = TopicPartition("t", 1)
TP2 = TopicPartition("u", 0)

__all__ = ["TIMEOUT", "TP0", "TP1", "TP2", "TXN", "Box", "FakeMarkerWriter", "Harness",
           "MarkerCall"]


@dataclass
class MarkerCall:
    producer_id: int
    producer_epoch: int
    result: TransactionResult
    partitions: list[TopicPartition]
    coordinator_epoch: int
    log_length: int  # records in the log when the markers were asked for
    results: dict[TopicPartition, ErrorCode] = field(default_factory=dict)


class FakeMarkerWriter:
    """Records every call. `errors[tp]` queues the answers for `tp` (NONE once empty);
    `defer` holds the answers until `complete_deferred()`."""

    def __init__(self, log_records: list[Record]) -> None:
        self.log_records = log_records
        self.calls: list[MarkerCall] = []
        self.errors: dict[TopicPartition, list[ErrorCode]] = {}
        self.defer = False
        self._deferred: list[tuple[MarkerCall, Callable[[MarkerResults], None]]] = []

    def write_markers(self, producer_id: int, producer_epoch: int, result: TransactionResult,
                      partitions: Sequence[TopicPartition], coordinator_epoch: int,
                      done: Callable[[MarkerResults], None]) -> None:
        call = MarkerCall(producer_id, producer_epoch, result, list(partitions),
                          coordinator_epoch, len(self.log_records))
        for tp in partitions:
            queued = self.errors.get(tp)
            call.results[tp] = queued.pop(0) if queued else ErrorCode.NONE
        self.calls.append(call)
        if self.defer:
            self._deferred.append((call, done))
        else:
            done(call.results)

    def complete_deferred(self) -> None:
        deferred, self._deferred = self._deferred, []
        for call, done in deferred:
            done(call.results)

    def written(self, result: TransactionResult | None = None) -> list[TopicPartition]:
        """Partitions whose marker was written (answered NONE), in order."""
        return [tp for c in self.calls for tp, e in c.results.items()
                if e == ErrorCode.NONE and (result is None or c.result is result)]


class Harness:
    def __init__(self, log: MemoryCoordinatorLog | None = None,
                 version: TransactionVersion = TransactionVersion.TV_2,
                 coordinator_epoch: int = 0, load: bool = True, **config: Any) -> None:
        self.clock = ManualScheduler()
        self.log = log if log is not None else MemoryCoordinatorLog()
        self.config = TransactionConfig(**config)
        self.ids = SequentialProducerIds()
        self.writer = FakeMarkerWriter(self.log.records)
        self.coord = TransactionCoordinator(0, coordinator_epoch, self.config, self.clock,
                                            self.log, self.ids, self.writer, version)
        if load:
            self.coord.load()

    def restart(self, coordinator_epoch: int = 1) -> None:
        """The coordinator moves (or the broker restarts): a new one replays the log."""
        self.coord.unload()
        self.writer = FakeMarkerWriter(self.log.records)
        self.coord = TransactionCoordinator(0, coordinator_epoch, self.config, self.clock,
                                            self.log, self.ids, self.writer,
                                            self.coord.transaction_version)
        self.coord.load()

    # ---------------------------------------------------------------- requests

    def init_box(self, txn: str = TXN, timeout: int = TIMEOUT,
                 expected: tuple[int, int] | None = None) -> Box:
        box = Box()
        self.coord.init_producer_id(txn, timeout, expected, box)
        return box

    def init(self, txn: str = TXN, timeout: int = TIMEOUT,
             expected: tuple[int, int] | None = None) -> InitProducerIdResult:
        result: InitProducerIdResult = self.init_box(txn, timeout, expected).value
        return result

    def start(self, txn: str = TXN) -> InitProducerIdResult:
        result = self.init(txn)
        assert result.error == ErrorCode.NONE, result
        return result

    def add_box(self, pid: int, epoch: int, partitions: list[TopicPartition],
                txn: str = TXN, version: TransactionVersion = TransactionVersion.TV_0) -> Box:
        box = Box()
        self.coord.add_partitions_to_txn(txn, pid, epoch, partitions, version, box)
        return box

    def add(self, pid: int, epoch: int, partitions: list[TopicPartition], txn: str = TXN,
            version: TransactionVersion = TransactionVersion.TV_0) -> ErrorCode:
        error: ErrorCode = self.add_box(pid, epoch, partitions, txn, version).value
        return error

    def end_box(self, pid: int, epoch: int, commit: bool, txn: str = TXN,
                version: TransactionVersion = TransactionVersion.TV_0) -> Box:
        box = Box()
        result = TransactionResult.COMMIT if commit else TransactionResult.ABORT
        self.coord.end_txn(txn, pid, epoch, result, version, box)
        return box

    def end(self, pid: int, epoch: int, commit: bool, txn: str = TXN,
            version: TransactionVersion = TransactionVersion.TV_0) -> EndTxnResult:
        result: EndTxnResult = self.end_box(pid, epoch, commit, txn, version).value
        return result

    # ---------------------------------------------------------------- inspection

    def meta(self, txn: str = TXN) -> TransactionMetadata:
        m = self.coord.state.get(txn)
        assert m is not None, f"{txn} is not cached"
        return m

    def records(self) -> list[tuple[str | None, rec.TransactionLogValue | None]]:
        return [(rec.decode_key(k), None if v is None else rec.decode_value(v))
                for k, v in self.log.records]

    def states(self, txn: str = TXN) -> list[str]:
        """The state names written for `txn`, in log order ("tombstone" for a delete)."""
        return ["tombstone" if v is None
                else TransactionState.from_id(v.transaction_status).state_name
                for k, v in self.records() if k == txn]
