"""One segment of a partition's log (Kafka's ``LogSegment``): ``<base>.log`` plus its
``.index`` and ``.timeindex``.

The ``.log`` holds record batches v2 exactly as on the wire, back to back. The segment keeps
one descriptor open for its lifetime: appends are ``write`` calls on it (``O_APPEND``), reads are
``pread`` of batch headers and ``FileRegion`` values for ``sendfile``.

Not thread-safe: owned by its ``LocalLog``.
"""

from __future__ import annotations

import contextlib
import logging
import os
import struct
import time
from collections.abc import Callable, Iterator
from typing import NamedTuple

from storage.errors import KafkaStorageError
from storage.log_config import LogConfig
from storage.offset_index import OffsetIndex
from storage.time_index import TimeIndex
from wire.records import (
    LOG_OVERHEAD,
    RECORD_BATCH_OVERHEAD,
    CorruptRecordError,
    RecordBatchHeader,
)
from wire.records.batch import check_batch_bounds, verify_crc

logger = logging.getLogger("storage.log_segment")

LOG_SUFFIX = ".log"
INDEX_SUFFIX = ".index"
TIME_INDEX_SUFFIX = ".timeindex"
DELETED_SUFFIX = ".deleted"

#: bytes read per ``pread`` when walking batch headers (one index interval and some).
HEADER_SCAN_CHUNK = 16 * 1024
#: bytes read per ``pread`` when validating a whole segment (recovery).
RECOVERY_CHUNK = 8 * 1024 * 1024

_INT32 = struct.Struct(">i")


def filename_prefix(offset: int) -> str:
    """Kafka's 20-digit zero-padded base offset, so that ``ls`` sorts segments."""
    return f"{offset:020d}"


def log_file_path(log_dir: str, base_offset: int, suffix: str = "") -> str:
    return os.path.join(log_dir, filename_prefix(base_offset) + LOG_SUFFIX + suffix)


def _is_empty_file(path: str) -> bool:
    try:
        return os.stat(path).st_size == 0
    except FileNotFoundError:
        return False


class BatchPosition(NamedTuple):
    position: int
    header: RecordBatchHeader


class LogSegment:
    def __init__(
        self,
        log_dir: str,
        base_offset: int,
        config: LogConfig,
        fd: int,
        size: int,
        created_ms: int,
    ) -> None:
        self.log_dir = log_dir
        self.base_offset = base_offset
        self.config = config
        self.fd = fd
        self.size = size
        self.created_ms = created_ms
        self.suffix = ""
        self.offset_index = OffsetIndex(self._path(INDEX_SUFFIX), base_offset,
                                        config.segment_index_bytes)
        self.time_index = TimeIndex(self._path(TIME_INDEX_SUFFIX), base_offset,
                                    config.segment_index_bytes)
        self.next_offset = base_offset
        self.max_timestamp_so_far = -1
        self.offset_of_max_timestamp = base_offset
        self.bytes_since_last_index_entry = 0
        self._rolling_timestamp: int | None = None

    # --- files ---

    def _path(self, suffix: str) -> str:
        return os.path.join(self.log_dir, filename_prefix(self.base_offset) + suffix + self.suffix)

    @property
    def log_path(self) -> str:
        return self._path(LOG_SUFFIX)

    @classmethod
    def create(cls, log_dir: str, base_offset: int, config: LogConfig,
               now_ms: int | None = None) -> LogSegment:
        """A new empty segment; an existing file of that name is emptied."""
        path = log_file_path(log_dir, base_offset)
        fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_APPEND | os.O_TRUNC, 0o644)
        created = now_ms if now_ms is not None else int(time.time() * 1000)
        segment = cls(log_dir, base_offset, config, fd, 0, created)
        for index in (segment.offset_index, segment.time_index):
            with open(index.path, "wb"):
                pass
        return segment

    @classmethod
    def open(cls, log_dir: str, base_offset: int, config: LogConfig) -> LogSegment:
        """An existing segment; call ``load_indexes`` or ``recover`` next."""
        path = log_file_path(log_dir, base_offset)
        fd = os.open(path, os.O_RDWR | os.O_APPEND)
        st = os.fstat(fd)
        return cls(log_dir, base_offset, config, fd, st.st_size, int(st.st_mtime * 1000))

    def load_indexes(self) -> bool:
        """Load and sanity-check both indexes (trusting the ``.log``); False when either is
        missing or implausible, and then the caller must ``recover`` the segment."""
        if self.size == 0 and _is_empty_file(self._path(INDEX_SUFFIX)) and \
                _is_empty_file(self._path(TIME_INDEX_SUFFIX)):
            return True  # an empty segment (most of 10,000 idle logs): two stats, no reads
        offset_index = OffsetIndex.load(self._path(INDEX_SUFFIX), self.base_offset,
                                        self.config.segment_index_bytes, self.size)
        if offset_index is None:
            return False
        self.offset_index = offset_index
        try:
            self.next_offset = self._read_next_offset()
        except CorruptRecordError as e:
            logger.warning("%s: index does not match the log (%s)", self.log_path, e)
            return False
        time_index = TimeIndex.load(self._path(TIME_INDEX_SUFFIX), self.base_offset,
                                    self.config.segment_index_bytes, self.next_offset)
        if time_index is None:
            return False
        self.time_index = time_index
        last = time_index.last_entry
        if last is not None:
            self.max_timestamp_so_far, self.offset_of_max_timestamp = last
        return True

    def _read_next_offset(self) -> int:
        """Walk the headers from the last offset index entry to the end of the file."""
        if self.size == 0:
            return self.base_offset
        start = 0
        if len(self.offset_index):
            entry_offset, start = self.offset_index.entry(len(self.offset_index) - 1)
            first = self._header_at(start)
            if first is None or first.last_offset != entry_offset:
                raise CorruptRecordError(f"no batch ending at {entry_offset} at byte {start}")
        next_offset = self.base_offset
        end = start
        for bp in self.iter_headers(start):
            next_offset = bp.header.next_offset
            end = bp.position + bp.header.size_in_bytes
        if end != self.size:
            raise CorruptRecordError(f"the log ends inside a batch at byte {end}")
        return next_offset

    # --- headers ---

    def _header_at(self, position: int) -> RecordBatchHeader | None:
        data = os.pread(self.fd, RECORD_BATCH_OVERHEAD, position)
        if len(data) < RECORD_BATCH_OVERHEAD:
            return None
        return RecordBatchHeader.parse(data)

    def iter_headers(self, start: int = 0, end: int | None = None,
                     chunk: int = HEADER_SCAN_CHUNK) -> Iterator[BatchPosition]:
        """Yield the header of each whole batch from byte ``start`` (a batch boundary) to
        ``end`` (default: the end of the file). Trusts the bytes: no CRC check."""
        limit = self.size if end is None else min(end, self.size)
        position = start
        while position < limit:
            buf = os.pread(self.fd, min(chunk, limit - position), position)
            local = 0
            while len(buf) - local >= RECORD_BATCH_OVERHEAD:
                header = RecordBatchHeader.parse(buf, local)
                size = header.batch_length + LOG_OVERHEAD
                if size < RECORD_BATCH_OVERHEAD or position + local + size > limit:
                    return
                yield BatchPosition(position + local, header)
                local += size
            if local == 0:
                return  # a header cut by the end of the file
            position += local

    def translate_offset(self, offset: int, start_position: int = 0) -> BatchPosition | None:
        """The first batch whose last offset is >= ``offset`` (the batch containing it, or the
        next one), or None when the segment has none."""
        _, position = self.offset_index.lookup(offset)
        for bp in self.iter_headers(max(position, start_position)):
            if bp.header.last_offset >= offset:
                return bp
        return None

    def _last_boundary_at_or_before(self, limit: int, start: int) -> int:
        """The largest batch boundary <= ``limit`` at or after ``start`` (a boundary)."""
        _, position = self.offset_index.lookup_by_position(limit)
        boundary = max(position, start)
        for bp in self.iter_headers(boundary, limit):
            boundary = bp.position + bp.header.size_in_bytes
        return boundary

    # --- append ---

    def append(self, largest_offset: int, data: memoryview | bytes, last_offsets: list[int],
               max_timestamps: list[int], sizes: list[int]) -> None:
        """Write ``data`` with one ``write``: whole batches whose last offsets, maximum
        timestamps and sizes are given in order."""
        position = self.size
        self.write_at(position, data)
        self.commit_append(position, largest_offset, len(data), last_offsets, max_timestamps,
                           sizes)

    def write_at(self, position: int, data: memoryview | bytes) -> None:
        """The ``write`` half of ``append``: ``data`` at the end of the file, which is
        ``position`` bytes long; on failure the file is cut back to ``position``. Touches
        only the descriptor, so it may run in a worker thread while the owner waits for it
        before any other change to this segment (``UnifiedLog`` keeps that rule)."""
        try:
            write_fully(self.fd, data)
        except OSError as e:
            with contextlib.suppress(OSError):
                os.ftruncate(self.fd, position)
            raise KafkaStorageError(f"append to {self.log_path} failed: {e}") from e

    def commit_append(self, position: int, largest_offset: int, length: int,
                      last_offsets: list[int], max_timestamps: list[int],
                      sizes: list[int]) -> None:
        """The bookkeeping half of ``append`` (owner thread), once ``write_at`` returned:
        indexes, size and next offset now cover the written batches."""
        if self._rolling_timestamp is None and max_timestamps:
            self._rolling_timestamp = max_timestamps[0]
        self._index_batches(position, last_offsets, max_timestamps, sizes)
        self.size = position + length
        self.next_offset = largest_offset + 1
        self.offset_index.flush_pending()
        self.time_index.flush_pending()

    def _index_batches(self, position: int, last_offsets: list[int],
                       max_timestamps: list[int], sizes: list[int]) -> None:
        """Kafka's ``LogSegment.append`` indexing: an offset index entry for the batch that
        crosses ``index.interval.bytes``, and a time index entry with it when the segment's
        maximum timestamp grew."""
        interval = self.config.index_interval_bytes
        since = self.bytes_since_last_index_entry
        max_ts, offset_of_max = self.max_timestamp_so_far, self.offset_of_max_timestamp
        last_entry = self.time_index.last_entry
        last_indexed_ts = last_entry[0] if last_entry is not None else -(2**63)
        index_offsets: list[int] = []
        index_positions: list[int] = []
        time_timestamps: list[int] = []
        time_offsets: list[int] = []
        for last_offset, max_timestamp, size in zip(last_offsets, max_timestamps, sizes):
            if max_timestamp > max_ts:
                max_ts, offset_of_max = max_timestamp, last_offset
            if since > interval:
                index_offsets.append(last_offset)
                index_positions.append(position)
                if max_ts > last_indexed_ts:
                    time_timestamps.append(max_ts)
                    time_offsets.append(offset_of_max)
                    last_indexed_ts = max_ts
                since = 0
            position += size
            since += size
        if index_offsets:
            self.offset_index.append_many(index_offsets, index_positions)
        if time_timestamps:
            self.time_index.append_many(time_timestamps, time_offsets)
        self.bytes_since_last_index_entry = since
        self.max_timestamp_so_far, self.offset_of_max_timestamp = max_ts, offset_of_max

    def should_roll(self, append_size: int, max_timestamp: int, largest_offset: int,
                    now_ms: int) -> bool:
        """Kafka's ``LogSegment.shouldRoll``: full by size, old by ``segment.ms``, a full
        index, or offsets that would not fit the index's 32-bit relative offsets."""
        if self.size == 0:
            return False
        config = self.config
        if self.size > config.segment_bytes - append_size:
            return True
        if self._time_waited_for_roll(now_ms, max_timestamp) > (
            config.segment_ms - config.segment_jitter_ms
        ):
            return True
        if self.offset_index.is_full or self.time_index.is_full:
            return True
        return largest_offset - self.base_offset > 0x7FFFFFFF

    def _time_waited_for_roll(self, now_ms: int, message_timestamp: int) -> int:
        if self._rolling_timestamp is None and self.size:
            first = self._header_at(0)
            self._rolling_timestamp = first.max_timestamp if first else -1
        if self._rolling_timestamp is not None and self._rolling_timestamp >= 0:
            return message_timestamp - self._rolling_timestamp
        return now_ms - self.created_ms

    def on_become_inactive(self) -> None:
        """The segment was rolled: record its largest timestamp in the time index."""
        if self.max_timestamp_so_far >= 0:
            self.time_index.maybe_append(self.max_timestamp_so_far, self.offset_of_max_timestamp)
        self.offset_index.close()
        self.time_index.close()

    # --- read ---

    def read(self, start_offset: int, max_size: int, max_offset: int,
             min_one_batch: bool) -> tuple[int, int] | None:
        """``(position, length)`` of whole batches from the one containing ``start_offset``,
        at most ``max_size`` bytes (but the first batch whole when ``min_one_batch``, KIP-74),
        only batches whose last offset is < ``max_offset``. None when the segment holds nothing
        at or after ``start_offset``; length 0 when the bounds allow nothing."""
        first = self.translate_offset(start_offset)
        if first is None:
            return None
        start = first.position
        if first.header.last_offset >= max_offset:
            return start, 0
        if max_offset >= self.next_offset:
            max_position = self.size
        else:
            bound = self.translate_offset(max_offset, start)
            max_position = bound.position if bound is not None else self.size
        if max_position - start <= max_size:
            return start, max_position - start
        end = self._last_boundary_at_or_before(start + max_size, start)
        if end == start and min_one_batch:
            end = start + first.header.size_in_bytes
        return start, end - start

    def find_offset_by_timestamp(
        self, timestamp: int, start_offset: int,
        record_offset: Callable[[memoryview, int], tuple[int, int] | None],
    ) -> tuple[int, int] | None:
        """``(timestamp, offset)`` of the first record at or after ``start_offset`` whose
        timestamp is >= ``timestamp``; ``record_offset(batch, timestamp)`` finds it in a batch."""
        from_offset = max(self.time_index.lookup_before(timestamp), start_offset)
        first = self.translate_offset(from_offset)
        if first is None:
            return None
        for bp in self.iter_headers(first.position):
            if bp.header.max_timestamp < timestamp or bp.header.last_offset < start_offset:
                continue
            batch = memoryview(os.pread(self.fd, bp.header.size_in_bytes, bp.position))
            found = record_offset(batch, timestamp)
            if found is not None and found[1] >= start_offset:
                return found
        return None

    # --- recovery ---

    def recover(self, on_batch: Callable[[RecordBatchHeader], None] | None = None) -> int:
        """Re-validate every batch (length, magic, CRC, offsets), rebuild both indexes, cut the
        file at the first invalid byte. Returns the number of bytes cut (Kafka's
        ``LogSegment.recover``)."""
        self.offset_index.truncate_entries(0)
        self.time_index.truncate_entries(0)
        self.max_timestamp_so_far = -1
        self.offset_of_max_timestamp = self.base_offset
        self.bytes_since_last_index_entry = 0
        self.next_offset = self.base_offset
        valid_end, problem = 0, ""
        last_offsets: list[int] = []
        max_timestamps: list[int] = []
        sizes: list[int] = []
        for position, header, problem in self._validated_batches():
            if header is None:
                break
            if on_batch is not None:
                on_batch(header)
            last_offsets.append(header.last_offset)
            max_timestamps.append(header.max_timestamp)
            sizes.append(header.size_in_bytes)
            self.next_offset = header.next_offset
            valid_end = position + header.size_in_bytes
        self._index_batches(0, last_offsets, max_timestamps, sizes)
        if self.max_timestamp_so_far >= 0:
            self.time_index.maybe_append(self.max_timestamp_so_far, self.offset_of_max_timestamp)
        cut = self.size - valid_end
        if cut:
            logger.warning(
                "%s: cutting %d bytes at byte %d (offsets from %d on): %s",
                self.log_path, cut, valid_end, self.next_offset, problem or "invalid batch",
            )
            os.ftruncate(self.fd, valid_end)
            self.size = valid_end
        self.offset_index.write_all()
        self.time_index.write_all()
        self._rolling_timestamp = None
        return cut

    def _validated_batches(self) -> Iterator[tuple[int, RecordBatchHeader | None, str]]:
        """Yield ``(position, header, "")`` for each valid batch, then one
        ``(position, None, reason)`` at the first invalid byte (if any)."""
        position = 0
        expected_min = self.base_offset
        while position < self.size:
            remaining = self.size - position
            want = self._batch_size_at(position)
            if not RECOVERY_CHUNK < want <= remaining:
                want = RECOVERY_CHUNK  # a garbage length must not make us read a huge chunk
            buf = memoryview(os.pread(self.fd, min(want, remaining), position))
            local = 0
            while local < len(buf):
                if len(buf) - local < LOG_OVERHEAD:
                    break
                size = _INT32.unpack_from(buf, local + 8)[0] + LOG_OVERHEAD
                if size > len(buf) - local and position + local + size <= self.size and local:
                    break  # whole in the file, cut by this chunk: read it with the next one
                try:
                    check_batch_bounds(buf, local)
                    batch = buf[local : local + size]
                    header = RecordBatchHeader.parse(batch)
                    verify_crc(header, batch, position + local)
                    header.compression  # noqa: B018 - raises for an unknown codec id
                except CorruptRecordError as e:
                    yield position + local, None, str(e)
                    return
                except ValueError as e:  # InvalidRecordError and others: still unusable
                    yield position + local, None, str(e)
                    return
                if header.base_offset < expected_min or header.last_offset_delta < 0:
                    yield position + local, None, (
                        f"batch offset {header.base_offset} below {expected_min}"
                    )
                    return
                expected_min = header.next_offset
                yield position + local, header, ""
                local += size
            if local == 0:
                yield position, None, "truncated batch at the end of the file"
                return
            position += local

    def _batch_size_at(self, position: int) -> int:
        data = os.pread(self.fd, LOG_OVERHEAD, position)
        if len(data) < LOG_OVERHEAD:
            return 0
        return int(_INT32.unpack_from(data, 8)[0]) + LOG_OVERHEAD

    # --- truncation, flush, close, delete ---

    def truncate_to(self, offset: int) -> int:
        """Remove the batch containing ``offset`` and everything after; return bytes cut."""
        found = self.translate_offset(offset)
        if found is None:
            return 0
        position = found.position
        self.offset_index.truncate_to_position(position)
        self.time_index.truncate_to(found.header.base_offset)
        cut = self.size - position
        os.ftruncate(self.fd, position)
        self.size = position
        self.next_offset = found.header.base_offset if position else self.base_offset
        last = self.time_index.last_entry
        if last is not None:
            self.max_timestamp_so_far, self.offset_of_max_timestamp = last
        else:
            self.max_timestamp_so_far, self.offset_of_max_timestamp = -1, self.base_offset
        self.bytes_since_last_index_entry = 0
        if position == 0:
            self._rolling_timestamp = None
        return cut

    @property
    def largest_timestamp(self) -> int:
        """The largest timestamp in the segment, or -1 (Kafka falls back to the file's
        modification time for retention; so does ``log_retention``)."""
        return self.max_timestamp_so_far

    def last_modified_ms(self) -> int:
        return int(os.fstat(self.fd).st_mtime * 1000)

    def flush(self, indexes: bool = True) -> None:
        """fsync the log (data and size) and, with ``indexes``, both indexes. The active
        segment's indexes need no fsync: after a crash they are rebuilt."""
        try:
            os.fdatasync(self.fd)
            if indexes:
                self.offset_index.fsync()
                self.time_index.fsync()
        except OSError as e:
            raise KafkaStorageError(f"fsync of {self.log_path} failed: {e}") from e

    def close(self) -> None:
        """Clean shutdown: the final time index entry, then release every descriptor."""
        if self.max_timestamp_so_far >= 0 and self.fd >= 0:
            self.time_index.maybe_append(self.max_timestamp_so_far, self.offset_of_max_timestamp)
        self.close_handlers()

    def close_handlers(self) -> None:
        self.offset_index.close()
        self.time_index.close()
        if self.fd >= 0:
            os.close(self.fd)
            self.fd = -1

    def change_file_suffixes(self, new_suffix: str) -> None:
        """Rename the three files (``""`` <-> ``.deleted``); the descriptor stays valid."""
        old_log = self.log_path
        self.suffix = new_suffix
        with contextlib.suppress(FileNotFoundError):
            os.replace(old_log, self.log_path)
        self.offset_index.rename(self._path(INDEX_SUFFIX))
        self.time_index.rename(self._path(TIME_INDEX_SUFFIX))

    def move_to_dir(self, new_dir: str) -> None:
        """The partition directory was renamed: follow it (descriptors stay valid)."""
        self.log_dir = new_dir
        for index in (self.offset_index, self.time_index):
            index.path = os.path.join(new_dir, os.path.basename(index.path))

    def file_paths(self) -> list[str]:
        """The segment's three files (with the current suffix)."""
        return [self.log_path, self.offset_index.path, self.time_index.path]

    def delete_files(self) -> None:
        self.close_handlers()
        with contextlib.suppress(FileNotFoundError):
            os.unlink(self.log_path)
        self.offset_index.delete()
        self.time_index.delete()

    def __repr__(self) -> str:
        return (f"LogSegment({self.log_path!r}, base={self.base_offset}, "
                f"next={self.next_offset}, size={self.size})")


def write_fully(fd: int, data: memoryview | bytes | bytearray) -> None:
    """``os.write`` until all of ``data`` is written (a regular file rarely writes short, but
    may on a full disk: then the next ``write`` raises ENOSPC)."""
    view = data if isinstance(data, memoryview) else memoryview(data)
    written = os.write(fd, view)
    while written < len(view):
        view = view[written:]
        written = os.write(fd, view)
