"""`CoordinatorLog` over one `__consumer_offsets` partition of the broker (its
`kafkapy.partition.Partition` and the `storage.UnifiedLog` behind it).

Append: the records become one v2 batch (Kafka's coordinator writes one batch per
operation), appended as leader like any Produce; with one node the high watermark is the
log end, so the append itself is the acknowledgement point. Replay: read the log from its
start in chunks, batch by batch, skipping control batches.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from kafkapy.errors import error_code_for
from kafkapy.group.errors import Errors
from kafkapy.group.log import Record
from storage.errors import StorageError
from wire.records import RecordError, iter_batches, iter_records
from wire.records.builder import build_batch

log = logging.getLogger("kafkapy.group")

REPLAY_CHUNK_BYTES = 5 * 1024 * 1024  # offsets.load.buffer.size
_KNOWN = {int(e) for e in Errors}


class PartitionCoordinatorLog:
    def __init__(self, partition: Any, now_ms: Callable[[], int]) -> None:
        self.partition = partition
        self._now_ms = now_ms

    def append(self, records: Sequence[Record], done: Callable[[Errors], None]) -> None:
        batch = bytearray(build_batch(records, timestamp=self._now_ms()))
        try:
            self.partition.append(memoryview(batch))
        except (StorageError, RecordError, OSError) as exc:  # -> a coordinator error code
            log.error("append to __consumer_offsets-%s failed: %s", self.partition.index, exc)
            code = error_code_for(exc)  # the broker's one exception -> code boundary
            done(Errors(code) if code in _KNOWN else Errors.KAFKA_STORAGE_ERROR)
            return
        done(Errors.NONE)

    def replay(self) -> Iterator[Record]:
        ulog = self.partition.log
        offset = ulog.log_start_offset
        end = ulog.log_end_offset
        while offset < end:
            info = ulog.read(offset, REPLAY_CHUNK_BYTES, end)
            data = b"".join(_read_region(r) for r in info.regions)
            if not data:
                break
            next_offset = offset
            for header, batch in iter_batches(data, validate_counts=False):
                next_offset = header.base_offset + header.last_offset_delta + 1
                if header.is_control or header.base_offset + header.last_offset_delta < offset:
                    continue
                for record in iter_records(batch):
                    if record.offset >= offset and record.key is not None:
                        yield record.key, record.value
            if next_offset <= offset:
                break
            offset = next_offset


def _read_region(region: Any) -> bytes:
    if isinstance(region, (bytes, bytearray, memoryview)):
        return bytes(region)
    return os.pread(region.fd, region.length, region.position)
