"""`CoordinatorLog` over one `__consumer_offsets` partition of the broker (its
`kafkapy.partition.Partition` and the `storage.UnifiedLog` behind it).

Append: the records become one v2 batch (Kafka's coordinator writes one batch per
operation), appended as leader like any Produce; with one node the high watermark is the
log end, so the append itself is the acknowledgement point. In a cluster (an ISR of more
than one) the append is acknowledged when the high watermark passes it, as Kafka's
coordinator appends with acks=all: NOT_LEADER_OR_FOLLOWER if the leadership moved
meanwhile, REQUEST_TIMED_OUT after `offsets.commit.timeout.ms` (the coordinator maps both). Replay: read the log from its
start in chunks, batch by batch, skipping control batches.
"""

from __future__ import annotations

import asyncio
import logging
import os
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from kafkapy.errors import error_code_for
from kafkapy.group.log import Record
from storage.errors import StorageError
from wire.errors import ErrorCode
from wire.records import RecordError, iter_batches, iter_records
from wire.records.builder import build_batch

log = logging.getLogger("kafkapy.group")

REPLAY_CHUNK_BYTES = 5 * 1024 * 1024  # offsets.load.buffer.size
COMMIT_TIMEOUT_S = 5.0  # offsets.commit.timeout.ms (Kafka's default)
_KNOWN = {int(e) for e in ErrorCode}


class PartitionCoordinatorLog:
    def __init__(self, partition: Any, now_ms: Callable[[], int],
                 commit_timeout_s: float = COMMIT_TIMEOUT_S) -> None:
        self.partition = partition
        self._now_ms = now_ms
        self.commit_timeout_s = commit_timeout_s
        # The loop keeps only weak references to tasks: hold the replication waits.
        self._waits: set[asyncio.Task[None]] = set()

    def append(self, records: Sequence[Record], done: Callable[[ErrorCode], None]) -> None:
        batch = bytearray(build_batch(records, timestamp=self._now_ms()))
        try:
            info = self.partition.append(memoryview(batch))
        except (StorageError, RecordError, OSError) as exc:  # -> a coordinator error code
            log.error("append to __consumer_offsets-%s failed: %s", self.partition.index, exc)
            code = error_code_for(exc)  # the broker's one exception -> code boundary
            done(ErrorCode(code) if code in _KNOWN else ErrorCode.KAFKA_STORAGE_ERROR)
            return
        required = info.last_offset + 1
        pinfo = getattr(self.partition, "info", None)  # None: a bare log (tests)
        if (pinfo is None or len(pinfo.isr) <= 1
                or self.partition.log.high_watermark >= required):
            done(ErrorCode.NONE)
            return
        task = asyncio.get_running_loop().create_task(self._await_replication(required, done))
        self._waits.add(task)
        task.add_done_callback(self._waits.discard)

    async def _await_replication(self, required: int, done: Callable[[ErrorCode], None]) -> None:
        partition = self.partition
        info = partition.info
        leader, epoch = info.leader, info.leader_epoch
        code = await partition.wait_for_high_watermark(
            required, self.commit_timeout_s,
            still_leader=lambda: (info.leader == leader and info.leader_epoch == epoch
                                  and not partition.deleted))
        done(ErrorCode(code))

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
