"""Model test: three producers share one transactional id (fencing each other), each on
transaction version 0 or 2, with timeouts, failing and slow `__transaction_state` writes,
failing and slow markers, and coordinator crashes (a new coordinator replays the log).

Checked after every step and at the end:
- the coordinator never raises (no illegal transition) and answers each request once;
- fencing: an AddPartitions or a commit answered NONE came from the producer that last
  completed InitProducerId (the owner), except a transaction-version-2 retry answered from
  the cache (Kafka's rule), which writes nothing — a fenced producer never commits;
- atomicity: every marker carries the result of the latest Prepare* record of its
  transaction (written before it), and a Complete* record is written only after every
  partition of its Prepare* record got a marker of that result;
- replay: a new coordinator holds exactly what the log says; a PrepareCommit / PrepareAbort
  found at load completes; in the end no transaction is left half-completed."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kafkapy.group.clock import ManualScheduler
from kafkapy.group.log import MemoryCoordinatorLog, Record
from kafkapy.txn import records as rec
from kafkapy.txn.config import TransactionConfig
from kafkapy.txn.coordinator import TransactionCoordinator
from kafkapy.txn.metadata import TransactionResult, TransactionVersion
from kafkapy.txn.producer_ids import SequentialProducerIds
from kafkapy.txn.results import EndTxnResult, InitProducerIdResult
from kafkapy.txn.state import TransactionState
from storage.topic_partition import TopicPartition
from wire.errors import ErrorCode

from .harness import TIMEOUT, TXN, Box, FakeMarkerWriter

S = TransactionState
PARTITIONS = [TopicPartition("t", i) for i in range(3)]
PREPARE = {S.PREPARE_COMMIT.id: TransactionResult.COMMIT,
           S.PREPARE_ABORT.id: TransactionResult.ABORT}
COMPLETE = {S.COMPLETE_COMMIT.id: TransactionResult.COMMIT,
            S.COMPLETE_ABORT.id: TransactionResult.ABORT}


def partitions_of(value: rec.TransactionLogValue) -> set[TopicPartition]:
    return {TopicPartition(entry.topic, p) for entry in value.transaction_partitions or ()
            for p in entry.partition_ids}


class FaultyLog(MemoryCoordinatorLog):
    """The in-memory log, remembering refused writes, and able to lose those in flight."""

    def __init__(self) -> None:
        super().__init__()
        self.failed: list[tuple[int, Record]] = []  # (log length then, record) refused

    def append(self, records: Sequence[Record], done: Callable[[ErrorCode], None]) -> None:
        if self.fail_with is not None:
            self.failed.extend((len(self.records), r) for r in records)
        super().append(records, done)

    def crash(self) -> None:
        """The leader dies: writes in flight are lost (never acknowledged)."""
        deferred, self._deferred = self._deferred, []
        for _, done in deferred:
            done(ErrorCode.NOT_LEADER_OR_FOLLOWER)


@dataclass
class Client:
    version: TransactionVersion
    producer_id: int = -1
    epoch: int = -1
    generation: int = -1  # order of its last successful InitProducerId
    boxes: list[Box] = field(default_factory=list)


class Model:
    def __init__(self, versions: list[TransactionVersion]) -> None:
        self.clock = ManualScheduler()
        self.log = FaultyLog()
        self.ids = SequentialProducerIds()
        self.writer = FakeMarkerWriter(self.log.records)
        self.config = TransactionConfig()
        self.epoch = 0
        self.coord = self._coordinator()
        self.coord.load()
        self.clients = [Client(v) for v in versions]
        self.generations = 0
        self.owner = -1

    def _coordinator(self) -> TransactionCoordinator:
        return TransactionCoordinator(0, self.epoch, self.config, self.clock, self.log,
                                      self.ids, self.writer)

    # ---------------------------------------------------------------- operations

    def init(self, i: int, with_expected: bool) -> None:
        c = self.clients[i]
        box = Box()
        expected = (c.producer_id, c.epoch) if with_expected and c.producer_id >= 0 else None

        def answered(r: InitProducerIdResult) -> None:
            box(r)
            if r.error == ErrorCode.NONE:
                c.producer_id, c.epoch = r.producer_id, r.producer_epoch
                self.generations += 1
                c.generation = self.generations
                self.owner = i

        self.coord.init_producer_id(TXN, TIMEOUT, expected, answered)
        c.boxes.append(box)

    def add(self, i: int, k: int) -> None:
        c = self.clients[i]
        box = Box()

        def answered(error: ErrorCode) -> None:
            box(error)
            if error == ErrorCode.NONE:
                assert i == self.owner, f"client {i} added partitions while {self.owner} owns"

        version = (TransactionVersion.TV_2 if c.version.supports_epoch_bump
                   else TransactionVersion.TV_0)
        self.coord.add_partitions_to_txn(TXN, c.producer_id, c.epoch, PARTITIONS[:k + 1],
                                         version, answered)
        c.boxes.append(box)

    def end(self, i: int, commit: bool) -> None:
        c = self.clients[i]
        box = Box()
        calling = True
        written = len(self.log.records)

        def answered(r: EndTxnResult) -> None:
            box(r)
            if r.error == ErrorCode.NONE:
                if commit and i != self.owner:
                    # Kafka's TV2 retry rule: an epoch one below a completed commit's is a
                    # retry, answered from the cache; it must decide nothing.
                    assert calling and len(self.log.records) == written, (
                        f"client {i} committed while {self.owner} owns")
                if c.version.supports_epoch_bump:
                    c.producer_id, c.epoch = r.producer_id, r.producer_epoch

        result = TransactionResult.COMMIT if commit else TransactionResult.ABORT
        self.coord.end_txn(TXN, c.producer_id, c.epoch, result, c.version, answered)
        calling = False
        c.boxes.append(box)

    def crash(self) -> None:
        """The coordinator's broker dies; another replays the partition."""
        self.log.crash()
        self.coord.unload()
        self.writer.complete_deferred()  # late answers to the dead coordinator: dropped
        self.epoch += 1
        self.coord = self._coordinator()
        self.coord.load()
        self.check_replayed()

    # ---------------------------------------------------------------- invariants

    def decoded(self, upto: int | None = None) -> list[tuple[int, rec.TransactionLogValue]]:
        out = []
        for index, (key, value) in enumerate(self.log.records[:upto]):
            if rec.decode_key(key) == TXN and value is not None:
                out.append((index, rec.decode_value(value)))
        return out

    def check_markers(self) -> None:
        for call in self.writer.calls:
            ends = [v for _, v in self.decoded(call.log_length)
                    if v.transaction_status in PREPARE or v.transaction_status in COMPLETE]
            assert ends, call
            last = ends[-1]
            assert PREPARE.get(last.transaction_status) is call.result, (call, last)
            prepared = partitions_of(last)
            assert set(call.partitions) <= prepared
            assert (call.producer_id, call.producer_epoch) == (last.producer_id,
                                                              last.producer_epoch)
        decoded = self.decoded()
        for n, (index, value) in enumerate(decoded):
            result = COMPLETE.get(value.transaction_status)
            if result is None:
                continue
            p_index, prepare = next((j, v) for j, v in reversed(decoded[:n])
                                    if v.transaction_status in PREPARE)
            assert PREPARE[prepare.transaction_status] is result
            needed = partitions_of(prepare)
            marked = {tp for c in self.writer.calls if p_index < c.log_length <= index
                      and c.result is result for tp, e in c.results.items()
                      if e == ErrorCode.NONE}
            assert needed <= marked, (needed, marked)

    def check_replayed(self) -> None:
        decoded = self.decoded()
        m = self.coord.state.get(TXN)
        if not decoded:  # or an id cached by an InitProducerId whose write failed
            assert m is None or (m.state is S.EMPTY and m.producer_epoch == -1), m
            return
        last = decoded[-1][1]
        assert m is not None
        written = S.from_id(last.transaction_status)
        if written in (S.PREPARE_COMMIT, S.PREPARE_ABORT):
            assert m.state in (written, S.COMPLETE_COMMIT if written is S.PREPARE_COMMIT
                               else S.COMPLETE_ABORT)
        else:
            assert (m.state, m.producer_id, m.producer_epoch) == (
                written, last.producer_id, last.producer_epoch)

    def check_answers(self, final: bool) -> None:
        for c in self.clients:
            for box in c.boxes:
                assert len(box.values) == (1 if final else len(box.values[:1]))


Op = tuple[str, int, int]
ops = st.lists(
    st.tuples(
        st.sampled_from(["init", "init", "init_expected", "add", "add", "add", "add", "commit",
                         "commit", "commit", "abort", "abort", "advance", "advance",
                         "log_fail", "log_defer", "log_release", "marker_fail",
                         "marker_defer", "marker_release", "crash"]),
        st.integers(0, 2),
        st.sampled_from([0, 100, 1_000, 30_000, 70_000]),
    ),
    min_size=5,
    max_size=60,
)


client_ops = st.lists(
    st.tuples(st.sampled_from(["init", "init_expected", "add", "add", "commit", "abort",
                               "advance"]),
              st.integers(0, 2), st.sampled_from([0, 100, 30_000, 70_000])),
    min_size=4,
    max_size=30,
)
versions = st.lists(st.sampled_from([TransactionVersion.TV_0, TransactionVersion.TV_2]),
                    min_size=3, max_size=3)


@settings(max_examples=1000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ops, versions)
def test_random_interleavings(sequence: list[Op], versions: list[TransactionVersion]) -> None:
    run(Model(versions), sequence)


@settings(max_examples=1000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(client_ops, versions)
def test_fencing_without_faults(sequence: list[Op], versions: list[TransactionVersion]) -> None:
    """The same, with only the producers' requests and time: denser in fencing cases."""
    run(Model(versions), sequence)


def run(model: Model, sequence: list[Op]) -> None:
    for op, i, ms in sequence:
        if op in ("init", "init_expected"):
            model.init(i, op == "init_expected")
        elif op == "add":
            model.add(i, ms % 3)
        elif op in ("commit", "abort"):
            model.end(i, op == "commit")
        elif op == "advance":
            model.clock.advance(ms)
        elif op == "log_fail":
            model.log.fail_with = [None, ErrorCode.NOT_ENOUGH_REPLICAS,
                                   ErrorCode.NOT_LEADER_OR_FOLLOWER][i]
        elif op == "log_defer":
            model.log.defer = True
        elif op == "log_release":
            model.log.defer = False
            model.log.complete_deferred()
        elif op == "marker_fail":
            model.writer.errors.setdefault(PARTITIONS[i], []).append(
                ErrorCode.NOT_LEADER_OR_FOLLOWER)
        elif op == "marker_defer":
            model.writer.defer = True
        elif op == "marker_release":
            model.writer.defer = False
            model.writer.complete_deferred()
        else:
            model.crash()
        model.check_answers(final=False)
        model.check_markers()

    # Heal everything and let time pass: every request answered, nothing half-completed.
    model.log.fail_with = None
    model.log.defer = model.writer.defer = False
    model.log.complete_deferred()
    model.writer.complete_deferred()
    model.writer.errors.clear()
    model.clock.advance(10 * TIMEOUT)
    model.check_answers(final=True)
    model.check_markers()
    m = model.coord.state.get(TXN)
    if m is not None and m.state in (S.PREPARE_COMMIT, S.PREPARE_ABORT):
        # Left half-completed only when its Complete write was refused with "not the
        # leader" (the new leader finishes it, as the crash below does).
        last_prepare = max(i for i, v in model.decoded() if v.transaction_status in PREPARE)
        assert any(at > last_prepare and v is not None
                   and rec.decode_value(v).transaction_status in COMPLETE
                   for at, (_, v) in model.log.failed), m
        model.crash()
        model.clock.advance(1_000)
        m = model.coord.state.get(TXN)
        assert m is not None and m.state not in (S.PREPARE_COMMIT, S.PREPARE_ABORT)
    model.check_markers()
    model.check_replayed()
