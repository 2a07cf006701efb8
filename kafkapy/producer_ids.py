"""Producer id allocation for InitProducerId (idempotent producers).

Kafka's controller hands out producer ids in blocks (`ProducerIdManager`, KIP-730) and
persists the next block before using it, so an id is never handed out twice, even after
a crash. Same here: `kafkapy-producer-id-block` in the first log dir holds the first id
of the next unallocated block; it is written (temp + fsync + rename) before any id of
the new block is returned. A restart skips the rest of the old block: ids are not
reused, at the cost of a gap.

Owned by the event-loop thread.
"""

from __future__ import annotations

import json
from pathlib import Path

from kafkapy.metadata import atomic_write

BLOCK_FILE = "kafkapy-producer-id-block"
BLOCK_SIZE = 1000  # Kafka's ProducerIdsBlock.PRODUCER_ID_BLOCK_SIZE


class ProducerIdManager:
    def __init__(self, log_dir: Path) -> None:
        self.path = Path(log_dir) / BLOCK_FILE
        self._next_block_start = 0
        if self.path.exists():
            self._next_block_start = int(json.loads(self.path.read_text())["next_block_start"])
        self._next = self._next_block_start
        self._block_end = self._next_block_start  # nothing allocated in this process yet

    def generate(self) -> int:
        """A producer id never returned before by this log dir."""
        if self._next >= self._block_end:
            start = self._next_block_start
            self._next_block_start = start + BLOCK_SIZE
            atomic_write(
                self.path, json.dumps({"next_block_start": self._next_block_start}).encode()
            )
            self._next, self._block_end = start, start + BLOCK_SIZE
        pid = self._next
        self._next += 1
        return pid
