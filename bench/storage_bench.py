"""Storage micro-benchmarks (``python -m bench.storage_bench [--quick] [--dir DIR]``).

1. Append throughput: 1 MiB of record batches per ``UnifiedLog.append_as_leader`` call, against
   raw ``os.write`` of the same bytes to a file in the same directory, interleaved call by call
   in the same run; the median call of each is reported (robust on a shared machine).
2. Locate: time of ``UnifiedLog.read`` at a random offset of a log of many segments.
3. Recovery: time to re-validate a log without a clean-shutdown marker, per GB.

Prints one line per figure; ``--json`` prints them as JSON too. Runs in well under 2 minutes.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import tempfile
import time

from storage import LogConfig, UnifiedLog
from wire.records import Compression, iter_batches
from wire.records.builder import RecordBatchBuilder

MIB = 1 << 20


def make_chunk(batch_size: int, compression: Compression = Compression.NONE) -> bytes:
    """About 1 MiB of whole batches of ``batch_size`` bytes (records of ~1 KiB)."""
    rng = random.Random(batch_size)
    batches = bytearray()
    while True:
        b = RecordBatchBuilder(compression, producer_id=-1)
        size = 61
        while size < batch_size - 1100 or len(b) == 0:
            value = rng.randbytes(min(1000, batch_size - 100))
            b.append(value, None, timestamp=1_700_000_000_000)
            size += len(value) + 12
        batch = b.build()
        if len(batches) + len(batch) > MIB:
            return bytes(batches)
        batches += batch


def bench_append(work_dir: str, total_mib: int, batch_size: int, rounds: int,
                 sync: bool = False) -> dict[str, float]:
    """Raw ``os.write`` and ``append_as_leader`` of the same 1 MiB chunks, interleaved call
    by call (so both see the same machine load); the median call time of each is reported.
    With ``sync``, every raw call is followed by ``fdatasync`` and the log runs with
    ``flush.messages=1``: the disk, not the page cache, is measured."""
    chunk = make_chunk(batch_size)
    batches = sum(1 for _ in iter_batches(chunk))
    raw_times: list[float] = []
    log_times: list[float] = []
    raw_cpu: list[float] = []
    log_cpu: list[float] = []
    for _ in range(rounds):
        raw_buffers = [bytearray(chunk) for _ in range(total_mib)]
        log_buffers = [bytearray(chunk) for _ in range(total_mib)]
        path = os.path.join(work_dir, "raw.bin")
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND | os.O_TRUNC, 0o644)
        log_dir = os.path.join(work_dir, "bench-0")
        log = UnifiedLog.open(log_dir, LogConfig(flush_messages=1) if sync else LogConfig())
        perf, cpu = time.perf_counter, time.thread_time
        for raw_buf, log_buf in zip(raw_buffers, log_buffers):
            start, cpu_start = perf(), cpu()
            os.write(fd, raw_buf)
            if sync:
                os.fdatasync(fd)
            middle, cpu_middle = perf(), cpu()
            log.append_as_leader(memoryview(log_buf), 0)
            end, cpu_end = perf(), cpu()
            raw_times.append(middle - start)
            log_times.append(end - middle)
            raw_cpu.append(cpu_middle - cpu_start)
            log_cpu.append(cpu_end - cpu_middle)
        os.close(fd)
        os.unlink(path)
        log.close()
        shutil.rmtree(log_dir)
    raw, logged = statistics.median(raw_times), statistics.median(log_times)
    return {
        "batch_bytes": batch_size,
        "raw_mib_s": len(chunk) / raw / MIB,
        "log_mib_s": len(chunk) / logged / MIB,
        "raw_us_per_call": raw * 1e6,
        "log_us_per_call": logged * 1e6,
        "ratio": raw / logged,
        "batches_per_call": batches,
        # CPU time (user + system) of this thread: less sensitive to other processes
        "raw_cpu_us_per_call": statistics.median(raw_cpu) * 1e6,
        "log_cpu_us_per_call": statistics.median(log_cpu) * 1e6,
        "cpu_us_per_batch": (statistics.median(log_cpu) - statistics.median(raw_cpu))
        / batches * 1e6,
    }


def bench_locate(work_dir: str, segments: int, lookups: int) -> dict[str, float]:
    log_dir = os.path.join(work_dir, "locate-0")
    config = LogConfig(segment_bytes=MIB)
    log = UnifiedLog.open(log_dir, config)
    chunk = make_chunk(4096)
    while len(log.segments) < segments:
        log.append_as_leader(bytearray(chunk), 0)
    log.close()
    log = UnifiedLog.open(log_dir, config, had_clean_shutdown=True,
                          recovery_point=10**12)
    end = log.log_end_offset
    rng = random.Random(1)
    offsets = [rng.randrange(end) for _ in range(lookups)]
    times = []
    for offset in offsets:
        start = time.perf_counter()
        log.read(offset, MIB)
        times.append(time.perf_counter() - start)
    times.sort()
    result = {
        "segments": len(log.segments),
        "offsets": end,
        "median_us": statistics.median(times) * 1e6,
        "p99_us": times[int(len(times) * 0.99)] * 1e6,
    }
    log.close()
    shutil.rmtree(log_dir)
    return result


def bench_recovery(work_dir: str, total_mib: int) -> dict[str, float]:
    log_dir = os.path.join(work_dir, "recover-0")
    config = LogConfig(segment_bytes=128 * MIB)
    log = UnifiedLog.open(log_dir, config)
    chunks = [make_chunk(16384), make_chunk(1024), make_chunk(16384, Compression.LZ4)]
    for i in range(total_mib):
        log.append_as_leader(bytearray(chunks[i % 3]), 0)
    size = log.size_in_bytes
    log.close_handlers()  # no marker, no snapshot: a crash
    for name in os.listdir(log_dir):
        if name.endswith(".snapshot"):
            os.unlink(os.path.join(log_dir, name))
    start = time.perf_counter()
    log = UnifiedLog.open(log_dir, config, recovery_point=0)
    elapsed = time.perf_counter() - start
    log.close()
    shutil.rmtree(log_dir)
    return {"bytes": size, "seconds": elapsed, "s_per_gb": elapsed * (1 << 30) / size}


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(prog="python -m bench.storage_bench", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--quick", action="store_true")
    p.add_argument("--dir", default=None, help="directory on the disk to measure (default: tmp)")
    p.add_argument("--json", action="store_true")
    args = p.parse_args(argv)
    work_dir = tempfile.mkdtemp(prefix="storage-bench-", dir=args.dir)
    append_mib, rounds = (32, 2) if args.quick else (64, 5)
    results: dict[str, object] = {}
    try:
        for batch_size in (16384, 1024, 262144):
            r = bench_append(work_dir, append_mib, batch_size, rounds)
            results[f"append_{batch_size}"] = r
            print(f"append 1 MiB/call, {batch_size:>6}-byte batches: log {r['log_mib_s']:6.0f} "
                  f"MiB/s ({r['log_us_per_call']:.0f} us/call), raw os.write "
                  f"{r['raw_mib_s']:6.0f} MiB/s ({r['raw_us_per_call']:.0f} us/call), "
                  f"ratio {r['ratio']:.2f}; CPU {r['log_cpu_us_per_call']:.0f} vs "
                  f"{r['raw_cpu_us_per_call']:.0f} us/call = "
                  f"{r['cpu_us_per_batch']:.1f} us more per batch")
        r = bench_append(work_dir, 16 if args.quick else 32, 16384, 2, sync=True)
        results["append_16384_fsync"] = r
        print(f"append 1 MiB/call + fsync each call (flush.messages=1), 16384-byte batches: "
              f"log {r['log_mib_s']:6.0f} MiB/s, raw write+fdatasync {r['raw_mib_s']:6.0f} "
              f"MiB/s, ratio {r['ratio']:.2f}")
        r = bench_locate(work_dir, 50 if args.quick else 200, 2000 if args.quick else 20000)
        results["locate"] = r
        print(f"locate random offset: {r['segments']} segments, {r['offsets']} offsets: "
              f"median {r['median_us']:.1f} us, p99 {r['p99_us']:.1f} us")
        r = bench_recovery(work_dir, 64 if args.quick else 256)
        results["recovery"] = r
        print(f"recovery: {r['bytes'] / MIB:.0f} MiB in {r['seconds']:.2f} s = "
              f"{r['s_per_gb']:.2f} s/GB")
    finally:
        shutil.rmtree(work_dir, ignore_errors=True)
    if args.json:
        print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
