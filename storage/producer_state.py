"""Idempotent-producer state of one partition (Kafka's ``ProducerStateManager``).

Per producer id: its latest epoch and the metadata of its last five batches
(``first_seq``, ``last_seq``, ``first_offset``, ``last_offset``, ``timestamp``), enough to
acknowledge a retried batch with its original offsets (the producer keeps at most five batches
in flight, ``max.in.flight.requests.per.connection <= 5``), to reject a sequence gap
(OUT_OF_ORDER_SEQUENCE_NUMBER) and to fence an older epoch (INVALID_PRODUCER_EPOCH).

Snapshots: ``<log dir>/<20-digit offset>.snapshot`` holds the state of every producer after
all batches below ``offset`` (written when a segment is rolled and on clean shutdown, as Kafka
does). The format is kafkapy's own (Kafka's snapshot keeps only the last batch per producer; this
one keeps all five so deduplication survives a restart). Big-endian::

    int16  version (101: kafkapy's; Kafka's own snapshots are version 1)
    uint32 crc     CRC-32C of everything after this field
    int32  producer count, then per producer:
      int64 producer_id, int16 epoch, int32 coordinator_epoch,
      int64 current_txn_first_offset (-1: none), int64 last_timestamp,
      int8  batch count, then per batch (oldest first):
        int32 first_seq, int32 last_seq, int64 first_offset, int64 last_offset,
        int64 timestamp

A snapshot that is missing or fails its CRC is ignored and the state is rebuilt by replaying
the batch headers of the log from an older snapshot or from the log start offset.

Not thread-safe: owned by its ``UnifiedLog``.
"""

from __future__ import annotations

import contextlib
import logging
import os
import struct
from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass, field

from crc32c import crc32c

from storage.errors import InvalidProducerEpochError, OutOfOrderSequenceError
from wire.records import NO_PRODUCER_EPOCH, NO_SEQUENCE, RecordBatchHeader

logger = logging.getLogger("storage.producer_state")

SNAPSHOT_SUFFIX = ".snapshot"
SNAPSHOT_VERSION = 101
#: snapshots kept (the newest ones): enough to reload after a truncation near the log end;
#: older state is rebuilt from the log.
SNAPSHOTS_TO_RETAIN = 3
#: Kafka's ``ProducerStateEntry.NUM_BATCHES_TO_RETAIN``.
NUM_BATCHES_TO_RETAIN = 5
INT32_MAX = 0x7FFFFFFF

_HEAD = struct.Struct(">hI")
_COUNT = struct.Struct(">i")
_PRODUCER = struct.Struct(">qhiqqb")
_BATCH = struct.Struct(">iiqqq")


@dataclass(slots=True, frozen=True)
class BatchMetadata:
    first_seq: int
    last_seq: int
    first_offset: int
    last_offset: int
    timestamp: int


@dataclass(slots=True)
class ProducerStateEntry:
    producer_id: int
    producer_epoch: int = NO_PRODUCER_EPOCH
    coordinator_epoch: int = -1
    current_txn_first_offset: int = -1
    last_timestamp: int = -1
    batches: deque[BatchMetadata] = field(
        default_factory=lambda: deque(maxlen=NUM_BATCHES_TO_RETAIN)
    )

    @property
    def last_seq(self) -> int:
        return self.batches[-1].last_seq if self.batches else NO_SEQUENCE

    def find_duplicate(self, header: RecordBatchHeader) -> BatchMetadata | None:
        """Kafka's ``findDuplicateBatch``: same epoch and same sequence range."""
        if header.producer_epoch != self.producer_epoch:
            return None
        last_seq = header.last_sequence
        for batch in self.batches:
            if batch.first_seq == header.base_sequence and batch.last_seq == last_seq:
                return batch
        return None


def in_sequence(last_seq: int, next_seq: int) -> bool:
    """``next_seq`` follows ``last_seq``; sequences wrap from int32 max to 0."""
    return next_seq == last_seq + 1 or (next_seq == 0 and last_seq == INT32_MAX)


def snapshot_path(log_dir: str, offset: int) -> str:
    return os.path.join(log_dir, f"{offset:020d}{SNAPSHOT_SUFFIX}")


class ProducerStateManager:
    def __init__(self, log_dir: str, producer_id_expiration_ms: int = 86_400_000) -> None:
        self.log_dir = log_dir
        self.producer_id_expiration_ms = producer_id_expiration_ms
        self.producers: dict[int, ProducerStateEntry] = {}
        #: the offset after the last batch applied (the state is "as of" this offset)
        self.map_end_offset = 0
        #: offset of the newest snapshot this manager loaded or wrote (-1: none known)
        self.last_snapshot_offset = -1

    # --- validation (leader appends) ---

    def validate(self, headers: Iterable[RecordBatchHeader]) -> BatchMetadata | None:
        """Check the producer batches of one append, in order, against the state and each
        other. Returns the original metadata of the first duplicate batch (the append is then
        acknowledged with it and not written, as Kafka does), else None. Raises
        ``InvalidProducerEpochError`` or ``OutOfOrderSequenceError``; changes nothing."""
        pending: dict[int, tuple[int, int]] = {}  # producer id -> (epoch, last seq)
        for header in headers:
            pid = header.producer_id
            if pid < 0:
                continue
            entry = self.producers.get(pid)
            if pid in pending:
                epoch, last_seq = pending[pid]
            elif entry is not None:
                duplicate = entry.find_duplicate(header)
                if duplicate is not None:
                    return duplicate
                epoch, last_seq = entry.producer_epoch, entry.last_seq
            else:
                epoch, last_seq = NO_PRODUCER_EPOCH, NO_SEQUENCE
            self._check(header, epoch, last_seq)
            if header.is_control:
                pending[pid] = (header.producer_epoch, last_seq)
            else:
                pending[pid] = (header.producer_epoch, header.last_sequence)
        return None

    @staticmethod
    def _check(header: RecordBatchHeader, epoch: int, last_seq: int) -> None:
        pid = header.producer_id
        if header.producer_epoch < epoch:
            raise InvalidProducerEpochError(
                f"producer {pid}: epoch {header.producer_epoch} is older than the current "
                f"epoch {epoch}"
            )
        if header.is_control:
            return
        first_seq = header.base_sequence
        if header.producer_epoch != epoch:
            # A new epoch must start at sequence 0, unless the producer is unknown (its state
            # expired or was removed with its segments): then any sequence goes.
            if first_seq != 0 and epoch != NO_PRODUCER_EPOCH:
                raise OutOfOrderSequenceError(
                    f"producer {pid}: new epoch {header.producer_epoch} starts at sequence "
                    f"{first_seq}, expected 0"
                )
        elif last_seq != NO_SEQUENCE and not in_sequence(last_seq, first_seq):
            raise OutOfOrderSequenceError(
                f"producer {pid} epoch {epoch}: sequence {first_seq} does not follow {last_seq}"
            )

    # --- updates (after the write, and when replaying the log) ---

    def update(self, header: RecordBatchHeader) -> None:
        """Apply a batch written to the log (its offsets stamped)."""
        self.map_end_offset = max(self.map_end_offset, header.next_offset)
        pid = header.producer_id
        if pid < 0:
            return
        entry = self.producers.get(pid)
        if entry is None:
            entry = self.producers[pid] = ProducerStateEntry(pid)
        if header.producer_epoch != entry.producer_epoch:
            entry.producer_epoch = header.producer_epoch
            entry.batches.clear()
        entry.last_timestamp = max(entry.last_timestamp, header.max_timestamp)
        if header.is_control:
            entry.current_txn_first_offset = -1
            return
        if header.base_sequence != NO_SEQUENCE:
            entry.batches.append(BatchMetadata(
                header.base_sequence, header.last_sequence, header.base_offset,
                header.last_offset, header.max_timestamp,
            ))
        if header.is_transactional and entry.current_txn_first_offset < 0:
            entry.current_txn_first_offset = header.base_offset

    def first_unstable_offset(self) -> int:
        """The first offset of the oldest open transaction, or a huge number when none."""
        first = 2**63 - 1
        for entry in self.producers.values():
            if 0 <= entry.current_txn_first_offset < first:
                first = entry.current_txn_first_offset
        return first

    def remove_expired_producers(self, now_ms: int) -> int:
        """Forget producers idle for ``producer.id.expiration.ms`` with no open transaction."""
        expired = [
            pid for pid, e in self.producers.items()
            if e.current_txn_first_offset < 0
            and now_ms - e.last_timestamp >= self.producer_id_expiration_ms
        ]
        for pid in expired:
            del self.producers[pid]
        return len(expired)

    def reset(self, offset: int) -> None:
        self.producers.clear()
        self.map_end_offset = offset

    # --- snapshots ---

    def snapshot_offsets(self, names: list[str] | None = None) -> list[int]:
        """Offsets of the snapshot files, from ``names`` (a listing of the log directory the
        caller already has) or a fresh listing."""
        offsets = []
        for name in os.listdir(self.log_dir) if names is None else names:
            if name.endswith(SNAPSHOT_SUFFIX):
                stem = name[: -len(SNAPSHOT_SUFFIX)]
                if len(stem) == 20 and stem.isdigit():
                    offsets.append(int(stem))
        return sorted(offsets)

    def take_snapshot(self) -> None:
        """Write the state as of ``map_end_offset`` (temp file, rename; no fsync: a torn or
        lost snapshot fails its CRC or is missing, and the state is rebuilt from the log)."""
        path = snapshot_path(self.log_dir, self.map_end_offset)
        body = bytearray(_COUNT.pack(len(self.producers)))
        for e in self.producers.values():
            body += _PRODUCER.pack(e.producer_id, e.producer_epoch, e.coordinator_epoch,
                                   e.current_txn_first_offset, e.last_timestamp,
                                   len(e.batches))
            for b in e.batches:
                body += _BATCH.pack(b.first_seq, b.last_seq, b.first_offset, b.last_offset,
                                    b.timestamp)
        data = _HEAD.pack(SNAPSHOT_VERSION, crc32c(body)) + body
        tmp = path + ".tmp"
        with open(tmp, "wb") as f:
            f.write(data)
        os.replace(tmp, path)
        self.last_snapshot_offset = self.map_end_offset
        for old in self.snapshot_offsets()[:-SNAPSHOTS_TO_RETAIN]:
            self.delete_snapshot(old)

    def load_snapshot(self, offset: int) -> bool:
        """Replace the state with the snapshot at ``offset``; False (state untouched) when it
        is missing or damaged."""
        path = snapshot_path(self.log_dir, offset)
        try:
            with open(path, "rb") as f:
                data = f.read()
            producers = _parse_snapshot(data)
        except FileNotFoundError:
            return False
        except (ValueError, struct.error) as e:
            logger.warning("ignoring damaged producer snapshot %s: %s", path, e)
            return False
        self.producers = {e.producer_id: e for e in producers}
        self.map_end_offset = offset
        self.last_snapshot_offset = offset
        return True

    def load_latest_snapshot(self, log_start_offset: int, log_end_offset: int,
                             names: list[str] | None = None) -> int:
        """Load the newest usable snapshot in ``[log_start_offset, log_end_offset]``; delete
        those past the log end (they describe truncated data). Returns the offset to replay
        the log from (the snapshot's offset, or ``log_start_offset`` without one)."""
        for offset in reversed(self.snapshot_offsets(names)):
            if offset > log_end_offset:
                self.delete_snapshot(offset)
                continue
            if offset >= log_start_offset and self.load_snapshot(offset):
                return offset
        self.reset(log_start_offset)
        return log_start_offset

    def delete_snapshot(self, offset: int) -> None:
        if offset == self.last_snapshot_offset:
            self.last_snapshot_offset = -1
        with contextlib.suppress(FileNotFoundError):
            os.unlink(snapshot_path(self.log_dir, offset))

    def delete_snapshots_before(self, offset: int, names: list[str] | None = None) -> None:
        for snap in self.snapshot_offsets(names):
            if snap < offset:
                self.delete_snapshot(snap)

    def delete_snapshots_after(self, offset: int) -> None:
        for snap in self.snapshot_offsets():
            if snap > offset:
                self.delete_snapshot(snap)


def _parse_snapshot(data: bytes) -> list[ProducerStateEntry]:
    version, crc = _HEAD.unpack_from(data, 0)
    if version != SNAPSHOT_VERSION:
        raise ValueError(f"unknown snapshot version {version}")
    body = memoryview(data)[_HEAD.size:]
    if crc32c(body) != crc:
        raise ValueError("CRC mismatch")
    (count,) = _COUNT.unpack_from(body, 0)
    position = _COUNT.size
    entries = []
    for _ in range(count):
        pid, epoch, coord, txn, ts, nbatches = _PRODUCER.unpack_from(body, position)
        position += _PRODUCER.size
        entry = ProducerStateEntry(pid, epoch, coord, txn, ts)
        for _ in range(nbatches):
            entry.batches.append(BatchMetadata(*_BATCH.unpack_from(body, position)))
            position += _BATCH.size
        entries.append(entry)
    if position != len(body):
        raise ValueError(f"{len(body) - position} trailing bytes")
    return entries
