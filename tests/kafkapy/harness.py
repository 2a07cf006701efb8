"""In-process broker and a raw protocol client for handler and server tests.

`broker_running(tmp_path, **overrides)` starts a `Broker` on 127.0.0.1 port 0 inside the
running event loop; `RawClient` speaks the protocol with the generated message classes
(request header from `wire.headers`), so each test picks the exact API version.
"""

from __future__ import annotations

import asyncio
import contextlib
import struct
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

from kafkapy.broker import Broker
from kafkapy.config.kafka_config import KafkaConfig
from kafkapy.handlers.registry import REGISTRY, load_all
from kafkapy.metadata import MetadataError, NewTopic, TopicInfo, create_topic
from wire.headers import RequestHeader
from wire.records.builder import build_batch

load_all()


@contextlib.asynccontextmanager
async def broker_running(tmp_path: Path, **overrides: str) -> AsyncIterator[Broker]:
    settings = {
        "listeners": "PLAINTEXT://127.0.0.1:0",
        "log.dirs": str(tmp_path / "data"),
        "num.partitions": "1",
        **{k.replace("_", "."): v for k, v in overrides.items()},
    }
    config = KafkaConfig.load(None, [f"{k}={v}" for k, v in settings.items()])
    broker = Broker(config)
    await broker.start()
    try:
        yield broker
    finally:
        await broker.stop()


async def new_topic(broker: Broker, name: str, partitions: int,
                    configs: dict[str, str] | None = None, internal: bool = False) -> TopicInfo:
    """Create a topic through the broker's metadata store (raises its MetadataError)."""
    return await create_topic(broker.metadata, NewTopic(name, partitions,
                                                        configs=dict(configs or {}),
                                                        internal=internal))


async def delete_topic(broker: Broker, name: str) -> TopicInfo:
    [outcome] = await broker.metadata.delete_topics([name])
    if isinstance(outcome, MetadataError):
        raise outcome
    return outcome


class RawClient:
    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.reader, self.writer = reader, writer
        self.correlation_id = 0

    @classmethod
    async def connect(cls, broker: Broker) -> RawClient:
        port = broker.advertised[0].port
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        return cls(reader, writer)

    def frame(self, api_key: int, version: int, request: Any, client_id: str | None = "test") -> tuple[int, bytes]:
        self.correlation_id += 1
        header = RequestHeader(api_key, version, self.correlation_id, client_id).encode()
        body = header + request.encode(version)
        return self.correlation_id, struct.pack(">i", len(body)) + body

    async def send(self, api_key: int, version: int, request: Any) -> int:
        cid, data = self.frame(api_key, version, request)
        self.writer.write(data)
        await self.writer.drain()
        return cid

    async def read_response(self, api_key: int, version: int) -> tuple[int, Any]:
        size = struct.unpack(">i", await self.reader.readexactly(4))[0]
        data = await self.reader.readexactly(size)
        cid = struct.unpack_from(">i", data)[0]
        resp_cls = REGISTRY[api_key].response_cls
        flexible = api_key != 18 and resp_cls.FLEXIBLE_MIN is not None and version >= resp_cls.FLEXIBLE_MIN
        pos = 4
        if flexible:
            assert data[4] == 0, "no response header tagged fields expected"
            pos = 5
        return cid, resp_cls.decode(data[pos:], version)

    async def call(self, api_key: int, version: int, request: Any) -> Any:
        cid = await self.send(api_key, version, request)
        got, response = await asyncio.wait_for(self.read_response(api_key, version), 10)
        assert got == cid
        return response

    async def close(self) -> None:
        self.writer.close()
        with contextlib.suppress(Exception):
            await self.writer.wait_closed()


def batch(n: int = 3, prefix: bytes = b"v", timestamp: int = 1_700_000_000_000, **options: Any) -> bytes:
    return build_batch(
        [(b"k%d" % i, prefix + b"%d" % i) for i in range(n)], timestamp=timestamp, **options
    )
