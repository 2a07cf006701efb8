"""Kill test: a child process appends in a loop and is SIGKILLed at a random moment, 50 times
per fsync policy. After every kill the log is recovered (no clean-shutdown marker) and must be
a valid prefix holding every append that returned before the kill, with each record's value
naming its own offset; the idempotent producer's state must be rebuilt so that the next child
can continue its sequence.

``flush.messages=1`` fsyncs every append; the default leaves the data in the page cache, which
survives the death of the process (not of the machine).
"""

from __future__ import annotations

import os
import random
import select
import signal
import struct
import time

import pytest

from storage import LogConfig, UnifiedLog
from storage.log_config import LONG_MAX
from wire.records import Compression, iter_batches
from wire.records.builder import RecordBatchBuilder
from wire.records.record import iter_records

KILLS = 50
PRODUCER_ID = 77
_ACK = struct.Struct(">q")


def _append_forever(log_dir: str, config: LogConfig, recovery_point: int, ack_fd: int,
                    seed: int) -> None:
    """The child: open (recovering), then append until killed, acking each append."""
    rng = random.Random(seed)
    log = UnifiedLog.open(log_dir, config, recovery_point=recovery_point)
    entry = log.producer_state.producers.get(PRODUCER_ID)
    sequence = entry.last_seq + 1 if entry is not None else 0
    while True:
        offset = log.log_end_offset
        data = bytearray()
        idempotent = rng.random() < 0.5
        for _ in range(1 if idempotent else rng.randint(1, 3)):
            count = rng.randint(1, 40)
            codec = rng.choice([Compression.NONE, Compression.NONE, Compression.LZ4])
            if idempotent:
                builder = RecordBatchBuilder(codec, producer_id=PRODUCER_ID, producer_epoch=0,
                                             base_sequence=sequence)
                sequence += count
            else:
                builder = RecordBatchBuilder(codec)
            for _ in range(count):
                value = f"{offset}:".encode() + os.urandom(rng.randint(0, 3000))
                builder.append(value, None, timestamp=offset)
                offset += 1
            data += builder.build()
        info = log.append_as_leader(data, 0)
        os.write(ack_fd, _ACK.pack(info.last_offset))


def _append_big_forever(log_dir: str, config: LogConfig, recovery_point: int, ack_fd: int,
                        seed: int) -> None:
    """The child for torn writes: multi-MiB appends of cheap zero-filled records, so that a
    SIGKILL often lands inside the ``write`` (the kernel then stops between pages)."""
    rng = random.Random(seed)
    log = UnifiedLog.open(log_dir, config, recovery_point=recovery_point)
    while True:
        offset = log.log_end_offset
        builder = RecordBatchBuilder()
        for _ in range(rng.randint(20, 80)):
            builder.append(f"{offset}:".encode() + bytes(rng.randint(20_000, 60_000)), None,
                           timestamp=offset)
            offset += 1
        info = log.append_as_leader(bytearray(builder.build()), 0)
        os.write(ack_fd, _ACK.pack(info.last_offset))


def _run_child(log_dir: str, config: LogConfig, recovery_point: int, seed: int,
               big: bool = False) -> int:
    """Fork, let the child append for a random moment, SIGKILL it; the last acked offset."""
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child dies by SIGKILL
        try:
            os.close(read_fd)
            child = _append_big_forever if big else _append_forever
            child(log_dir, config, recovery_point, write_fd, seed)
        finally:
            os._exit(1)
    os.close(write_fd)
    rng = random.Random(seed)
    try:
        if seed % 2:
            # half the rounds: once the child has acked its first append (a loaded machine
            # may take a while to get there), so that every such round kills an append loop
            select.select([read_fd], [], [], 10.0)
        time.sleep(rng.uniform(0.005, 0.06))
    finally:
        os.kill(pid, signal.SIGKILL)
        _, status = os.waitpid(pid, 0)
    acks = b""
    while chunk := os.read(read_fd, 1 << 16):
        acks += chunk
    os.close(read_fd)
    assert os.WIFSIGNALED(status), "the child died before it was killed"
    acked = [_ACK.unpack_from(acks, i)[0] for i in range(0, len(acks) - 7, 8)]
    return max(acked, default=-1)


def _verify_from(log: UnifiedLog, start: int) -> None:
    """Every record from ``start`` to the log end names its own offset."""
    offset = start
    while offset < log.log_end_offset:
        data = log.read_bytes(offset, 1 << 20)
        for header, batch in iter_batches(data, validate_counts=False):
            for record in iter_records(batch):
                assert record.value is not None
                assert record.value.startswith(f"{record.offset}:".encode())
                assert record.timestamp == record.offset
            offset = header.next_offset


@pytest.mark.parametrize("flush_messages", [1, LONG_MAX], ids=["flush.messages=1", "default"])
def test_sigkill_during_appends(tmp_path: object, flush_messages: int) -> None:
    log_dir = os.path.join(str(tmp_path), "kill-0")
    config = LogConfig(segment_bytes=512 * 1024, flush_messages=flush_messages,
                       index_interval_bytes=4096)
    recovery_point = 0
    verified_to = 0
    total_acked = 0
    for round_ in range(KILLS):
        last_acked = _run_child(log_dir, config, recovery_point, seed=round_ * 7919 + 1)
        log = UnifiedLog.open(log_dir, config, recovery_point=recovery_point)
        try:
            assert log.log_end_offset > last_acked, (
                f"round {round_}: acked offset {last_acked} lost "
                f"(log end offset {log.log_end_offset})")
            _verify_from(log, min(verified_to, log.log_end_offset))
            total_acked = max(total_acked, last_acked + 1)
            verified_to = log.log_end_offset
            log.flush()  # what the broker's checkpoint would record
            recovery_point = log.recovery_point
        finally:
            log.close_handlers()
    assert total_acked > KILLS  # the children did append
    # finally the whole log, from scratch: a valid prefix everywhere
    log = UnifiedLog.open(log_dir, config, recovery_point=0)
    _verify_from(log, 0)
    log.close()


def test_sigkill_inside_large_writes(tmp_path: object, caplog: pytest.LogCaptureFixture) -> None:
    """Multi-MiB appends: some kills cut a ``write`` short, leaving a torn batch that recovery
    must cut (how many varies from run to run; the property checked does not)."""
    log_dir = os.path.join(str(tmp_path), "big-0")
    config = LogConfig(segment_bytes=256 << 20, max_message_bytes=64 << 20,
                       file_delete_delay_ms=0)
    recovery_point = 0
    for round_ in range(KILLS):
        last_acked = _run_child(log_dir, config, recovery_point, seed=round_ + 1, big=True)
        log = UnifiedLog.open(log_dir, config, recovery_point=recovery_point)
        try:
            assert log.log_end_offset > last_acked
            _verify_from(log, log.log_start_offset)
            # keep the disk use bounded: the next round starts at this log end offset
            log.truncate_fully_and_start_at(log.log_end_offset)
            log.delete_expired_files(LONG_MAX)
            log.flush()
            recovery_point = log.recovery_point
        finally:
            log.close_handlers()
    cuts = [r for r in caplog.records if "cutting" in r.getMessage()]
    for record in cuts:
        assert "truncated" in record.getMessage() or "invalid length" in record.getMessage()
