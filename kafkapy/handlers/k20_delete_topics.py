"""DeleteTopics (API key 20), versions 1-6 (every version Kafka 4.1 serves).

v1-5 name topics in `topic_names`; v6 in `topics`, each by name or by topic id (KIP-516).
Per topic: `delete.topic.enable=false` -> TOPIC_DELETION_DISABLED; the same topic twice in one
request -> INVALID_REQUEST; an unknown name -> UNKNOWN_TOPIC_OR_PARTITION, an unknown id ->
UNKNOWN_TOPIC_ID; an internal topic (`__consumer_offsets`) -> INVALID_REQUEST (kafkapy refuses to
lose every committed offset). The metadata forgets the topic at once (its results carry both
name and id in v6); its partition logs are renamed and their files removed asynchronously by the
broker's metadata listener and storage's LogManager (`file.delete.delay.ms`), as in Kafka.

Cluster mode (`zookeeper.connect`), as Kafka 2.x: the deletion request is written to
ZooKeeper (`/admin/delete_topics/<t>`) before the answer (a failed write is the topic's
error); with `timeout_ms` > 0 the answer also waits, up to `timeout_ms`, until the controller
has deleted the topic and this broker has seen it go, else REQUEST_TIMED_OUT.
"""

from __future__ import annotations

import asyncio
import logging
import uuid
from typing import Any

from kafkapy.handlers.registry import register
from kafkapy.metadata import MetadataError
from wire.errors import ErrorCode
from wire.messages.k20_delete_topics import DeleteTopicsRequest, DeleteTopicsResponse
from wire.primitives import ZERO_UUID

log = logging.getLogger("kafkapy.admin")

Result = DeleteTopicsResponse.DeletableTopicResult


def _requested(request: DeleteTopicsRequest, version: int) -> list[tuple[str | None, uuid.UUID]]:
    if version >= 6:
        return [(t.name, t.topic_id) for t in request.topics]
    return [(name, ZERO_UUID) for name in request.topic_names]


def _delete_one(broker: Any, name: str | None, topic_id: uuid.UUID, seen: set[Any]) -> Result:
    metadata = broker.metadata
    if name is not None and topic_id != ZERO_UUID:
        return Result(name=name, topic_id=topic_id, error_code=ErrorCode.INVALID_REQUEST,
                      error_message="Topic name and topic id must not both be set.")
    if name is None:
        if topic_id == ZERO_UUID:
            return Result(name=None, topic_id=topic_id, error_code=ErrorCode.INVALID_REQUEST,
                          error_message="Neither topic name nor id were specified.")
        topic = metadata.get_by_id(topic_id)
        if topic is None:
            return Result(name=None, topic_id=topic_id, error_code=ErrorCode.UNKNOWN_TOPIC_ID,
                          error_message="This server does not host this topic ID.")
    else:
        topic = metadata.get(name)
        if topic is None:
            return Result(name=name, topic_id=topic_id,
                          error_code=ErrorCode.UNKNOWN_TOPIC_OR_PARTITION,
                          error_message="This server does not host this topic-partition.")
    if topic.name in seen:
        return Result(name=name, topic_id=topic_id, error_code=ErrorCode.INVALID_REQUEST,
                      error_message=f"Duplicate topic in request: {topic.name}")
    seen.add(topic.name)
    if not broker.config.get("delete.topic.enable"):
        return Result(name=topic.name, topic_id=topic.topic_id,
                      error_code=ErrorCode.TOPIC_DELETION_DISABLED,
                      error_message="Topic deletion is disabled.")
    if topic.internal:
        return Result(name=topic.name, topic_id=topic.topic_id,
                      error_code=ErrorCode.INVALID_REQUEST,
                      error_message=f"Cannot delete internal topic {topic.name}.")
    try:
        metadata.delete_topic(topic.name)
    except MetadataError as exc:
        return Result(name=topic.name, topic_id=topic.topic_id, error_code=exc.error_code,
                      error_message=exc.message)
    log.info("topic deleted", extra={"topic": topic.name, "topic_id": str(topic.topic_id)})
    return Result(name=topic.name, topic_id=topic.topic_id, error_code=ErrorCode.NONE,
                  error_message=None)


@register(20, DeleteTopicsRequest, DeleteTopicsResponse, 1, 6)
async def handle(ctx: Any, request: DeleteTopicsRequest) -> DeleteTopicsResponse:
    seen: set[Any] = set()
    cluster = ctx.broker.metadata.cluster
    results: list[Result] = []
    writes: list[tuple[int, Any]] = []  # cluster mode: (result index, ZooKeeper write)
    for name, topic_id in _requested(request, ctx.api_version):
        result = _delete_one(ctx.broker, name, topic_id, seen)
        if cluster is not None and result.error_code == ErrorCode.NONE:
            writes.append((len(results), cluster.write_task("delete", result.name)))
        results.append(result)
    if writes:
        await _settle(cluster, results, writes, request.timeout_ms)
    return DeleteTopicsResponse(throttle_time_ms=0, responses=results)


async def _settle(cluster: Any, results: list[Result], writes: list[tuple[int, Any]],
                  timeout_ms: int) -> None:
    """Cluster mode: each ZooKeeper write, then (timeout_ms > 0) the topics' removal."""
    outcomes = await asyncio.gather(*(cluster.write_result(task) for _, task in writes),
                                    return_exceptions=True)
    written: list[int] = []
    for (i, _), outcome in zip(writes, outcomes, strict=True):
        r = results[i]
        if isinstance(outcome, MetadataError):
            results[i] = Result(name=r.name, topic_id=r.topic_id, error_code=outcome.error_code,
                                error_message=outcome.message)
        elif isinstance(outcome, BaseException):
            raise outcome
        else:
            written.append(i)
    if timeout_ms <= 0 or not written:
        return

    def gone(i: int) -> bool:
        return bool(cluster.is_gone(results[i].name, results[i].topic_id))

    await cluster.wait_for(lambda: all(gone(i) for i in written), timeout_ms / 1000)
    for i in written:
        if not gone(i):
            r = results[i]
            results[i] = Result(name=r.name, topic_id=r.topic_id,
                                error_code=ErrorCode.REQUEST_TIMED_OUT,
                                error_message="Timed out waiting for the topic's deletion.")
