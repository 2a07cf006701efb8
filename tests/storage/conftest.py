"""Helpers for the storage tests: batches built with ``wire.records``' builder."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from storage import LogConfig, UnifiedLog
from wire.records import Compression, RecordBatchHeader, iter_batches
from wire.records.builder import RecordBatchBuilder


def make_batch(
    count: int = 1,
    *,
    timestamp: int = 1_000,
    value_size: int = 10,
    compression: Compression = Compression.NONE,
    producer_id: int = -1,
    producer_epoch: int = -1,
    base_sequence: int = -1,
    tag: int = 0,
) -> bytearray:
    """A batch of ``count`` records; record ``i`` has timestamp ``timestamp + i`` and a value
    that starts with ``tag`` and ``i`` (so tests can tell batches apart)."""
    builder = RecordBatchBuilder(
        compression, producer_id=producer_id, producer_epoch=producer_epoch,
        base_sequence=base_sequence,
    )
    for i in range(count):
        prefix = f"{tag}:{i}:".encode()
        value = (prefix + b"x" * value_size)[: max(value_size, len(prefix))]
        builder.append(value, b"key%d" % i, timestamp=timestamp + i)
    return bytearray(builder.build())


def headers_of(data: bytes | bytearray | memoryview) -> list[RecordBatchHeader]:
    return [h for h, _ in iter_batches(data, validate_counts=False)]


def log_headers(log: UnifiedLog) -> list[RecordBatchHeader]:
    """Every batch header of the log, via reads of whole segments."""
    result = []
    for segment in log.segments:
        data = os.pread(segment.fd, segment.size, 0)
        result.extend(headers_of(data))
    return result


@pytest.fixture
def log_dir(tmp_path: object) -> Iterator[str]:
    path = os.path.join(str(tmp_path), "topic-0")
    yield path


def open_log(path: str, config: LogConfig | None = None, **kwargs: object) -> UnifiedLog:
    return UnifiedLog.open(path, config or LogConfig(), **kwargs)  # type: ignore[arg-type]
