"""`python -m bench.txn_coordinator`: the CPU cost of the transaction coordinator alone.

The pure `kafkapy.txn` state machine over an in-memory `__transaction_state` log and a
marker writer that acknowledges at once (no I/O, no event loop): what one transaction costs
the broker's Python thread before any disk or network work, and how fast a partition
replays on becoming leader. Prints one line per figure.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable, Mapping, Sequence

from kafkapy.group.clock import ManualScheduler
from kafkapy.group.log import MemoryCoordinatorLog
from kafkapy.txn.config import TransactionConfig
from kafkapy.txn.coordinator import TransactionCoordinator
from kafkapy.txn.metadata import TransactionResult, TransactionVersion
from kafkapy.txn.producer_ids import SequentialProducerIds
from kafkapy.txn.results import EndTxnResult, InitProducerIdResult
from storage.topic_partition import TopicPartition
from wire.errors import ErrorCode


class InstantMarkers:
    def write_markers(self, producer_id: int, producer_epoch: int, result: TransactionResult,
                      partitions: Sequence[TopicPartition], coordinator_epoch: int,
                      done: Callable[[Mapping[TopicPartition, ErrorCode]], None]) -> None:
        done(dict.fromkeys(partitions, ErrorCode.NONE))


def run(ids: int, txns_per_id: int, partitions: int, version: TransactionVersion) -> None:
    log = MemoryCoordinatorLog()
    coordinator = TransactionCoordinator(0, 0, TransactionConfig(), ManualScheduler(), log,
                                         SequentialProducerIds(), InstantMarkers(), version)
    coordinator.load()
    tps = [TopicPartition("t", p) for p in range(partitions)]
    producers: dict[str, tuple[int, int]] = {}

    def inited(txn_id: str) -> Callable[[InitProducerIdResult], None]:
        def done(r: InitProducerIdResult) -> None:
            assert r.error == ErrorCode.NONE, r
            producers[txn_id] = (r.producer_id, r.producer_epoch)
        return done

    def check(error: ErrorCode) -> None:
        assert error == ErrorCode.NONE, error

    def ended(txn_id: str) -> Callable[[EndTxnResult], None]:
        def done(r: EndTxnResult) -> None:
            assert r.error == ErrorCode.NONE, r
            if version.supports_epoch_bump:
                producers[txn_id] = (r.producer_id, r.producer_epoch)
        return done

    names = [f"producer-{i}" for i in range(ids)]
    for name in names:
        coordinator.init_producer_id(name, 60_000, None, inited(name))
    start = time.perf_counter()
    for _ in range(txns_per_id):
        for name in names:
            pid, epoch = producers[name]
            coordinator.add_partitions_to_txn(name, pid, epoch, tps, version, check)
            coordinator.end_txn(name, pid, epoch, TransactionResult.COMMIT, version, ended(name))
    elapsed = time.perf_counter() - start
    count = ids * txns_per_id
    print(f"{version.name}: {count} transactions ({partitions} partitions each): "
          f"{count / elapsed:,.0f} transactions/s, {elapsed / count * 1e6:.1f} us each; "
          f"{len(log.records):,} __transaction_state records")
    replay = TransactionCoordinator(0, 1, TransactionConfig(), ManualScheduler(), log,
                                    SequentialProducerIds(), InstantMarkers(), version)
    start = time.perf_counter()
    replay.load()
    elapsed = time.perf_counter() - start
    print(f"{version.name}: load of {len(log.records):,} records ({ids} ids): "
          f"{len(log.records) / elapsed:,.0f} records/s")


def main() -> None:
    p = argparse.ArgumentParser(prog="python -m bench.txn_coordinator", description=__doc__)
    p.add_argument("--ids", type=int, default=1_000)
    p.add_argument("--txns", type=int, default=20, help="transactions per transactional id")
    p.add_argument("--partitions", type=int, default=3)
    args = p.parse_args()
    for version in (TransactionVersion.TV_0, TransactionVersion.TV_2):
        run(args.ids, args.txns, args.partitions, version)


if __name__ == "__main__":
    main()
