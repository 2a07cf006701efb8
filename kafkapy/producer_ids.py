"""Producer id allocation for InitProducerId (idempotent producers).

Kafka's controller hands out producer ids in blocks (`ProducerIdManager`, KIP-730) and
persists the next block before using it, so an id is never handed out twice, even after
a crash. Same here: `kafkapy-producer-id-block` in the first log dir holds the first id
of the next unallocated block; it is written (temp + fsync + rename) before any id of
the new block is returned. A restart skips the rest of the old block: ids are not
reused, at the cost of a gap.

Cluster mode (`zookeeper.connect`): the log-dir file would let two brokers hand out the
same id, so blocks come from ZooKeeper instead, as Kafka's `ZkProducerIdManager`: the
znode `/latest_producer_id_block` holds the last block claimed by any broker, and a broker
claims the next one by compare-and-set on the znode's version (`ZkProducerIdBlocks`).

Owned by the event-loop thread.
"""

from __future__ import annotations

import asyncio
import json
import logging
from pathlib import Path
from typing import Any

from kafkapy.cluster import zk_data as zd
from kafkapy.metadata.local import atomic_write

BLOCK_FILE = "kafkapy-producer-id-block"
BLOCK_SIZE = 1000  # Kafka's ProducerIdsBlock.PRODUCER_ID_BLOCK_SIZE
MAX_PRODUCER_ID = 2**63 - 1

log = logging.getLogger("kafkapy.producer")


class ProducerIdsUnavailable(Exception):
    """No id can be handed out now (not joined to ZooKeeper yet, ZooKeeper unreachable):
    the client should retry."""


class ProducerIdManager:
    def __init__(self, log_dir: Path) -> None:
        self.path = Path(log_dir) / BLOCK_FILE
        self._next_block_start = 0
        if self.path.exists():
            self._next_block_start = int(json.loads(self.path.read_text())["next_block_start"])
        self._next = self._next_block_start
        self._block_end = self._next_block_start  # nothing allocated in this process yet
        self._zk_blocks: ZkProducerIdBlocks | None = None

    async def next_id(self, broker: Any) -> int:
        """A producer id unique to this log dir, or in cluster mode to the whole cluster."""
        if not broker.cluster_mode:
            return self.generate()
        node = broker.cluster_node
        if node is None:  # listeners are up before the broker joins ZooKeeper
            raise ProducerIdsUnavailable("broker has not joined ZooKeeper yet")
        if self._zk_blocks is None or self._zk_blocks.node is not node:
            self._zk_blocks = ZkProducerIdBlocks(node)
        return await self._zk_blocks.generate()

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


class ZkProducerIdBlocks:
    """Ids from blocks claimed in ZooKeeper; `node` is the broker's `ClusterNode`."""

    def __init__(self, node: Any) -> None:
        self.node = node
        self._next = 0
        self._last = -1  # inclusive end of the current block; none claimed yet
        self._claiming = asyncio.Lock()  # one claim at a time; waiters use its block

    async def generate(self) -> int:
        if self._next > self._last:
            async with self._claiming:
                if self._next > self._last:
                    block = await self._claim_block()
                    self._next, self._last = block.block_start, block.block_end
        pid = self._next
        self._next += 1
        return pid

    async def _claim_block(self) -> zd.ProducerIdBlock:
        from kafkapy.cluster.zk_client import kazoo_exceptions

        try:
            zk = self.node.zk_()
        except AssertionError as exc:  # the node stopped (broker shutting down)
            raise ProducerIdsUnavailable("not connected to ZooKeeper") from exc
        ke = kazoo_exceptions()

        async def attempt() -> zd.ProducerIdBlock:
            # Repeating after a lost connection is safe: the znode is read again, so a
            # claim that did land only costs an unused block, never a shared one.
            while True:
                got = await zk.get_or_none(zd.PRODUCER_ID_BLOCK_PATH)
                start = 0
                if got is not None and got[0]:
                    start = zd.ProducerIdBlock.decode(got[0]).block_end + 1
                if start > MAX_PRODUCER_ID - BLOCK_SIZE:
                    raise ProducerIdsUnavailable("producer ids exhausted")
                block = zd.ProducerIdBlock(self.node.broker_id, start, start + BLOCK_SIZE - 1)
                try:
                    if got is None:
                        await zk.create(zd.PRODUCER_ID_BLOCK_PATH, block.encode())
                    else:
                        await zk.set(zd.PRODUCER_ID_BLOCK_PATH, block.encode(), got[1].version)
                except (ke.BadVersionError, ke.NodeExistsError):
                    continue  # another broker claimed a block first: read its end
                log.info("producer id block claimed",
                         extra={"block_start": block.block_start, "block_end": block.block_end})
                return block

        try:
            return await zk.retry(attempt, self.node.write_timeout_s)
        except ProducerIdsUnavailable:
            raise
        except Exception as exc:
            raise ProducerIdsUnavailable(f"producer id block not claimed: {exc!r}") from exc
