"""Random operation sequences against a model: appends (single and multi-batch, compressed),
rolls, truncations, DeleteRecords, retention, clean and unclean reopens, torn tails. After every
step the log must equal the model: same offsets, same values, same bounds."""

from __future__ import annotations

import os
import random

import pytest

from storage import LogConfig, UnifiedLog
from storage.errors import OffsetOutOfRangeError
from wire.records import Compression, iter_batches
from wire.records.builder import RecordBatchBuilder
from wire.records.record import iter_records

CONFIG = LogConfig(segment_bytes=8000, index_interval_bytes=300, retention_bytes=20000,
                   file_delete_delay_ms=0)


class Model:
    def __init__(self) -> None:
        self.values: dict[int, bytes] = {}
        self.start = 0
        self.end = 0


def check(log: UnifiedLog, model: Model, rng: random.Random) -> None:
    assert (log.log_start_offset, log.log_end_offset) == (model.start, model.end)
    offsets = list(range(model.start, model.end))
    for offset in rng.sample(offsets, min(len(offsets), 25)):
        data = log.read_bytes(offset, rng.choice([1, 500, 5000]))
        seen = 0
        for header, batch in iter_batches(data, validate_counts=False):
            if seen == 0:
                assert header.base_offset <= offset <= header.last_offset
            for record in iter_records(batch):
                if record.offset >= model.start:
                    assert record.value == model.values[record.offset]
            seen += 1
        assert seen
    with pytest.raises(OffsetOutOfRangeError):
        log.read(model.end + 1, 100)


def append(log: UnifiedLog, model: Model, rng: random.Random) -> None:
    data = bytearray()
    offset = model.end
    for _ in range(rng.randint(1, 3)):
        b = RecordBatchBuilder(rng.choice(list(Compression)))
        for _ in range(rng.randint(1, 12)):
            value = f"{offset}-".encode() + rng.randbytes(rng.randint(0, 200))
            b.append(value, None, timestamp=offset)
            model.values[offset] = value
            offset += 1
        data += b.build()
    info = log.append_as_leader(data, 0)
    assert (info.first_offset, info.last_offset) == (model.end, offset - 1)
    model.end = offset
    log.update_high_watermark(model.end)


def truncate(log: UnifiedLog, model: Model, rng: random.Random) -> None:
    if model.end == model.start:
        return
    target = rng.randrange(model.start, model.end)
    log.truncate_to(target)
    # the batch holding the target goes whole: the new end is that batch's base offset
    assert log.log_end_offset <= target
    for offset in range(log.log_end_offset, model.end):
        model.values.pop(offset, None)
    model.end = log.log_end_offset
    model.start = min(model.start, model.end)
    log.update_high_watermark(model.end)


def delete_records(log: UnifiedLog, model: Model, rng: random.Random) -> None:
    target = rng.randint(model.start, model.end)
    model.start = log.delete_records_before(target)
    assert model.start == max(target, model.start)


def retention(log: UnifiedLog, model: Model, rng: random.Random) -> None:
    log.delete_old_segments(now_ms=0)
    log.delete_expired_files(now_ms=0)
    first = log.segments.first
    assert first is not None
    model.start = log.log_start_offset
    assert log.size_in_bytes <= 20000 + 8000


def reopen(log: UnifiedLog, model: Model, rng: random.Random) -> UnifiedLog:
    clean = rng.random() < 0.5
    if clean:
        log.flush()
        log.close()
    else:
        log.close_handlers()
        if rng.random() < 0.5:  # a torn write at the end of the active segment
            path = log.active_segment.log_path
            with open(path, "ab") as f:
                f.write(rng.randbytes(rng.randint(1, 80)))
    reopened = UnifiedLog.open(
        log.dir, CONFIG, had_clean_shutdown=clean,
        recovery_point=log.recovery_point if clean else 0,
        log_start_offset=model.start, high_watermark=model.end,
    )
    return reopened


@pytest.mark.parametrize("seed", range(int(os.environ.get("MODEL_SEEDS", "6"))))
def test_random_operations_match_the_model(tmp_path: object, seed: int) -> None:
    rng = random.Random(seed)
    log = UnifiedLog.open(os.path.join(str(tmp_path), f"model-{seed}"), CONFIG)
    model = Model()
    for _ in range(120):
        op = rng.choices(["append", "truncate", "delete", "retention", "reopen", "roll"],
                         weights=[12, 1, 1, 1, 2, 1])[0]
        if op == "append":
            append(log, model, rng)
        elif op == "truncate":
            truncate(log, model, rng)
        elif op == "delete":
            delete_records(log, model, rng)
        elif op == "retention":
            retention(log, model, rng)
        elif op == "reopen":
            log = reopen(log, model, rng)
        else:
            log.roll()
        check(log, model, rng)
    log.close()
