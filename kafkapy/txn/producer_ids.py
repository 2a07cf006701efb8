"""What the transaction coordinator needs to hand out producer ids.

Kafka's `ProducerIdManager.generateProducerId` is synchronous: ids come from a block held in
memory, the next block is fetched in the background, and when none is at hand the call fails
with COORDINATOR_LOAD_IN_PROGRESS (retriable for every client; `RPCProducerIdManager`).
The broker's adapter (over `kafkapy.producer_ids`) keeps that contract: `generate_producer_id`
returns at once or raises `ProducerIdsUnavailable`.
"""

from __future__ import annotations

from typing import Protocol


class ProducerIdsUnavailable(Exception):
    """No producer id at hand now (the next block is being claimed): retry later."""


class ProducerIdGenerator(Protocol):
    def generate_producer_id(self) -> int:
        """A producer id never handed out before; raises ProducerIdsUnavailable."""
        ...


class SequentialProducerIds:
    """Ids from `start` upwards, for tests; `unavailable` makes the next calls fail."""

    def __init__(self, start: int = 1000) -> None:
        self.next_id = start
        self.unavailable = False

    def generate_producer_id(self) -> int:
        if self.unavailable:
            raise ProducerIdsUnavailable("no producer id block at hand")
        pid = self.next_id
        self.next_id += 1
        return pid
