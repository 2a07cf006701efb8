"""Kafka's small text files, written atomically (temp file, fsync, rename, fsync of the dir).

- ``OffsetCheckpointFile``: ``recovery-point-offset-checkpoint``,
  ``replication-offset-checkpoint``, ``log-start-offset-checkpoint`` (Kafka's
  ``OffsetCheckpointFile``)::

      0               <- version
      2               <- number of entries
      my-topic 0 42   <- topic partition offset
      my-topic 1 17

- ``PartitionMetadataFile``: ``partition.metadata`` (``version: 0`` / ``topic_id: <id>``, the id
  in Kafka's URL-safe base64 without padding).

The leader-epoch checkpoint has the same shape (see ``leader_epoch_cache``).
"""

from __future__ import annotations

import base64
import logging
import os
import uuid

from storage.topic_partition import TopicPartition

logger = logging.getLogger("storage.checkpoint")

TEMP_SUFFIX = ".tmp"


def atomic_write(path: str, data: bytes, durable: bool = True) -> None:
    """Replace ``path`` with ``data`` so a crash leaves the old or the new file, never a mix.
    ``durable=False``: no fsyncs — a crash may then leave the old file, the new one, or an
    empty one (for files the broker can rewrite from elsewhere)."""
    tmp = path + TEMP_SUFFIX
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view) :]
        if durable:
            os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(tmp, path)
    if durable:
        fsync_dir(os.path.dirname(path) or ".")


def fsync_dir(path: str) -> None:
    """Make a rename or a new file durable (the directory entry lives in the directory)."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_checkpoint(path: str, version: int, entries: list[str]) -> None:
    text = f"{version}\n{len(entries)}\n" + "".join(e + "\n" for e in entries)
    atomic_write(path, text.encode())


def read_checkpoint(path: str, version: int) -> list[str] | None:
    """The entry lines, or None when the file is missing; ``ValueError`` when malformed."""
    try:
        with open(path, encoding="utf-8") as f:
            lines = f.read().splitlines()
    except FileNotFoundError:
        return None
    if len(lines) < 2 or lines[0].strip() != str(version):
        raise ValueError(f"{path}: unrecognised version line {lines[:1]!r}")
    count = int(lines[1])
    entries = [line for line in lines[2:] if line.strip()]
    if count != len(entries):
        raise ValueError(f"{path}: expected {count} entries, found {len(entries)}")
    return entries


class OffsetCheckpointFile:
    """``topic partition offset`` lines, version 0."""

    VERSION = 0

    def __init__(self, path: str) -> None:
        self.path = path

    def write(self, offsets: dict[TopicPartition, int]) -> None:
        entries = [f"{tp.topic} {tp.partition} {off}" for tp, off in sorted(offsets.items())]
        write_checkpoint(self.path, self.VERSION, entries)

    def read(self) -> dict[TopicPartition, int]:
        """Missing or malformed -> {} (a malformed file is logged: its offsets are lost and
        the logs it covered are recovered from 0, which is safe)."""
        try:
            entries = read_checkpoint(self.path, self.VERSION)
            if entries is None:
                return {}
            result: dict[TopicPartition, int] = {}
            for entry in entries:
                topic, partition, offset = entry.split(" ")
                result[TopicPartition(topic, int(partition))] = int(offset)
            return result
        except (ValueError, OSError) as e:
            logger.warning("ignoring malformed checkpoint %s: %s", self.path, e)
            return {}


def topic_id_to_str(topic_id: uuid.UUID) -> str:
    """Kafka's ``Uuid.toString``: URL-safe base64 of the 16 bytes, no padding."""
    return base64.urlsafe_b64encode(topic_id.bytes).decode().rstrip("=")


def topic_id_from_str(text: str) -> uuid.UUID:
    return uuid.UUID(bytes=base64.urlsafe_b64decode(text + "=="))


class PartitionMetadataFile:
    """``partition.metadata``: the topic id of the partition's topic (KIP-516)."""

    FILE_NAME = "partition.metadata"
    VERSION = 0

    def __init__(self, log_dir: str) -> None:
        self.path = os.path.join(log_dir, self.FILE_NAME)

    def write(self, topic_id: uuid.UUID, durable: bool = True) -> None:
        text = f"version: {self.VERSION}\ntopic_id: {topic_id_to_str(topic_id)}\n"
        atomic_write(self.path, text.encode(), durable)

    def read(self) -> uuid.UUID | None:
        """None when missing; ``ValueError`` when malformed."""
        try:
            with open(self.path, encoding="utf-8") as f:
                lines = f.read().splitlines()
        except FileNotFoundError:
            return None
        fields = dict(line.split(": ", 1) for line in lines if ": " in line)
        if fields.get("version") != str(self.VERSION) or "topic_id" not in fields:
            raise ValueError(f"{self.path}: malformed partition metadata {lines!r}")
        return topic_id_from_str(fields["topic_id"].strip())
