"""Micro-benchmark of the batch-header hot path (not a test: no timing assertions).

    .venv/bin/python tests/wire/records/bench_hot_path.py

Prints microseconds per call for walking (with and without CRC) and stamping ~1 MiB of records,
as one big batch and as ~1.1 KiB batches.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from wire.records import RecordBatchHeader, build_batch, iter_batches, stamp


def bench(name: str, fn: Callable[[], object], n: int, per: int = 1) -> float:
    fn()
    start = time.perf_counter()
    for _ in range(n):
        fn()
    seconds = (time.perf_counter() - start) / n
    print(f"{name:48s} {seconds * 1e6:10.1f} us" + (f"  ({seconds / per * 1e6:.2f} us per batch)"
                                                     if per > 1 else ""))
    return seconds


def main() -> None:
    big = build_batch([(b"k%d" % i, b"x" * 1000) for i in range(1000)], timestamp=0)
    small = build_batch([(b"k%d" % i, b"x" * 100) for i in range(10)], timestamp=0)
    count = len(big) // len(small)
    many = bytearray(small * count)

    seconds = bench(f"iter_batches: 1 batch of {len(big)} B, CRC", lambda: list(iter_batches(big)),
                    300)
    print(f"{'':48s} {len(big) / seconds / 1e9:10.2f} GB/s")
    bench(f"iter_batches: {count} batches of {len(small)} B, CRC",
          lambda: list(iter_batches(many)), 100, count)
    bench(f"iter_batches: {count} batches, no CRC",
          lambda: list(iter_batches(many, verify_crcs=False)), 100, count)

    def walk_and_stamp() -> None:
        for _, batch in iter_batches(many):
            stamp(batch, 1, 1)

    bench(f"iter_batches + stamp: {count} batches", walk_and_stamp, 100, count)
    bench("RecordBatchHeader.parse", lambda: RecordBatchHeader.parse(small), 100_000)


if __name__ == "__main__":
    main()
