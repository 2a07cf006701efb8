"""Glue shared by the group handlers (`kafkapy/handlers/k08..k47`): find the broker's
group coordinator service, await a coordinator callback, the client's host, this
broker's advertised endpoint."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from typing import Any, TypeVar

from kafkapy.group.coordinator import GroupCoordinator
from wire.errors import ErrorCode

T = TypeVar("T")
log = logging.getLogger("kafkapy.group")


def service(ctx: Any) -> Any:
    """The broker's `group_coordinator` service, or None before it exists."""
    return getattr(ctx.broker, "group_coordinator", None)


def coordinator_for(ctx: Any, group_id: str) -> tuple[GroupCoordinator | None, ErrorCode]:
    svc = service(ctx)
    if svc is None:
        return None, ErrorCode.COORDINATOR_NOT_AVAILABLE
    return svc.coordinator_for(group_id)  # type: ignore[no-any-return]


async def answer(register: Callable[[Callable[[T], None]], None]) -> T:
    """Run a callback-style coordinator call and await its answer. A JoinGroup may wait
    for a whole rebalance; if the client goes away meanwhile the late answer is dropped."""
    fut: asyncio.Future[T] = asyncio.get_running_loop().create_future()

    def deliver(value: T) -> None:
        if not fut.done():
            fut.set_result(value)

    register(deliver)
    return await fut


def client_host(ctx: Any) -> str:
    """Kafka reports the member's address as `/ip` (InetAddress.toString)."""
    peer = getattr(ctx.connection, "peer", None) or "?"
    host = peer.rsplit(":", 1)[0] if ":" in peer else peer
    return "/" + host.strip("[]")


def advertised_endpoint(ctx: Any) -> tuple[int, str, int]:
    """(node_id, host, port) of this broker on the listener the request came in on."""
    broker = ctx.broker
    advertised = broker.advertised
    if len(advertised) > 1 and ctx.connection is not None:
        for adv in advertised:
            if adv.name == ctx.connection.listener:
                return broker.node_id, adv.host, adv.port
    return broker.node_id, advertised[0].host, advertised[0].port


def topic_partition_exists(ctx: Any, topic: str, partition: int) -> bool:
    info = ctx.broker.metadata.get(topic)
    return info is not None and 0 <= partition < len(info.partitions)


def log_error(api_name: str, group_id: str, member_id: str, error: ErrorCode) -> None:
    """One DEBUG line per error answer of a membership API, so storms of UNKNOWN_MEMBER_ID
    or ILLEGAL_GENERATION are visible (and countable) in the broker log."""
    if error not in (ErrorCode.NONE, ErrorCode.MEMBER_ID_REQUIRED):
        log.debug(
            "group error",
            extra={"api": api_name, "group_id": group_id, "member_id": member_id,
                   "error": error.name},
        )
