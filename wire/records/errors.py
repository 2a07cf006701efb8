"""Typed record errors.

They mirror Kafka's two exceptions so the broker can map them to error codes at one boundary:

- ``CorruptRecordError``  -> ``CORRUPT_MESSAGE`` (2): the bytes are damaged (CRC, sizes, truncation,
  unknown magic). Kafka: ``org.apache.kafka.common.errors.CorruptRecordException``.
- ``InvalidRecordError``  -> ``INVALID_RECORD`` (87): the bytes are intact but break a rule
  (record count vs. offset range, unknown codec, legacy message format).
  Kafka: ``org.apache.kafka.common.InvalidRecordException``.

Every error carries ``position``: the byte offset, inside the ``records`` buffer that was walked,
of the batch that failed, so log recovery can truncate a torn tail exactly there.
"""

from __future__ import annotations


class RecordError(ValueError):
    """Base of every error raised by ``wire.records``."""

    def __init__(self, message: str, position: int = 0) -> None:
        super().__init__(message)
        self.position = position


class CorruptRecordError(RecordError):
    """Damaged bytes: maps to CORRUPT_MESSAGE (2)."""


class TruncatedBatchError(CorruptRecordError):
    """The buffer ends inside a batch (a torn write, or a client that sent too few bytes)."""


class CrcMismatchError(CorruptRecordError):
    """The stored CRC-32C does not match the bytes from ``attributes`` to the end of the batch."""

    def __init__(self, message: str, position: int, stored: int, computed: int) -> None:
        super().__init__(message, position)
        self.stored = stored
        self.computed = computed


class InvalidRecordError(RecordError):
    """Intact bytes that break a rule: maps to INVALID_RECORD (87)."""


class UnsupportedMagicError(InvalidRecordError):
    """A legacy message set (magic 0 or 1, Kafka < 0.11): kafkapy speaks only record batch v2.

    Clients that send these are older than every client kafkapy supports; produce with
    ``api.version.request=true`` (librdkafka) or any client from the last seven years.
    """

    def __init__(self, message: str, position: int, magic: int) -> None:
        super().__init__(message, position)
        self.magic = magic


class RecordDecodeError(CorruptRecordError):
    """A record inside a batch cannot be decoded (bad varint, length past the end, ...)."""


class DecompressionError(CorruptRecordError):
    """A compressed records section cannot be decompressed, or exceeds the size limit."""
