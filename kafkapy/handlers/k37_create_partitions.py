"""CreatePartitions (API key 37), versions 0-3 (every version Kafka 4.1 serves).

Grows each named topic to `count` partitions (KIP-195). Per topic: named twice -> INVALID_REQUEST;
unknown -> UNKNOWN_TOPIC_OR_PARTITION; `count` not above the current count -> INVALID_PARTITIONS;
explicit assignments of the wrong number or naming unknown brokers -> INVALID_REPLICA_ASSIGNMENT
(checked by `ClusterMetadata.add_partitions`). More than 10,000 new partitions in one request:
POLICY_VIOLATION for every topic (KAFKA-19673, the CreateTopics limit of KAFKA-17870).
`validate_only` checks and changes nothing. New partitions are created synchronously (the
metadata listeners create their logs), so `timeout_ms` never expires on one node.

Cluster mode (`zookeeper.connect`), as Kafka 2.x: the answer comes after the ZooKeeper write
(a failed write is the topic's error); with `timeout_ms` > 0 it also waits, up to
`timeout_ms`, until every new partition has a leader, else REQUEST_TIMED_OUT.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from kafkapy.handlers.registry import register
from kafkapy.metadata import MetadataError
from wire.errors import ErrorCode
from wire.messages.k37_create_partitions import CreatePartitionsRequest, CreatePartitionsResponse

log = logging.getLogger("kafkapy.admin")

Result = CreatePartitionsResponse.CreatePartitionsTopicResult
MAX_NEW_PARTITIONS_PER_REQUEST = 10_000


def _new_partitions(broker: Any, request: CreatePartitionsRequest) -> int:
    total = 0
    for topic in request.topics:
        existing = broker.metadata.get(topic.name)
        total += max(topic.count - (existing.num_partitions if existing else 0), 0)
    return total


def _grow(broker: Any, topic: CreatePartitionsRequest.CreatePartitionsTopic,
          validate_only: bool) -> Result:
    assignments = (
        [list(a.broker_ids) for a in topic.assignments] if topic.assignments else None
    )
    try:
        broker.metadata.add_partitions(topic.name, topic.count, assignments, validate_only)
    except MetadataError as exc:
        return Result(name=topic.name, error_code=exc.error_code, error_message=exc.message)
    if not validate_only:
        log.info("partitions added", extra={"topic": topic.name, "partitions": topic.count})
    return Result(name=topic.name, error_code=ErrorCode.NONE, error_message=None)


@register(37, CreatePartitionsRequest, CreatePartitionsResponse, 0, 3)
async def handle(ctx: Any, request: CreatePartitionsRequest) -> CreatePartitionsResponse:
    names = [t.name for t in request.topics]
    if _new_partitions(ctx.broker, request) > MAX_NEW_PARTITIONS_PER_REQUEST:
        return CreatePartitionsResponse(throttle_time_ms=0, results=[
            Result(name=n, error_code=ErrorCode.POLICY_VIOLATION,
                   error_message="Excessively large number of partitions per request.")
            for n in names])
    results: list[Result] = []
    cluster = ctx.broker.metadata.cluster
    writes: list[tuple[int, Any, int]] = []  # cluster mode: (result index, write, count)
    for topic in request.topics:
        if names.count(topic.name) > 1:
            results.append(Result(name=topic.name, error_code=ErrorCode.INVALID_REQUEST,
                                  error_message="Duplicate topic in request."))
            continue
        result = _grow(ctx.broker, topic, request.validate_only)
        if (cluster is not None and result.error_code == ErrorCode.NONE
                and not request.validate_only):
            writes.append((len(results), cluster.write_task("grow", topic.name), topic.count))
        results.append(result)
    if writes:
        await _settle(cluster, results, writes, request.timeout_ms)
    return CreatePartitionsResponse(throttle_time_ms=0, results=results)


async def _settle(cluster: Any, results: list[Result], writes: list[tuple[int, Any, int]],
                  timeout_ms: int) -> None:
    """Cluster mode: each ZooKeeper write, then (timeout_ms > 0) the new partitions' leaders."""
    outcomes = await asyncio.gather(*(cluster.write_result(task) for _, task, _ in writes),
                                    return_exceptions=True)
    written: list[tuple[int, int]] = []
    for (i, _, count), outcome in zip(writes, outcomes, strict=True):
        if isinstance(outcome, MetadataError):
            results[i] = Result(name=results[i].name, error_code=outcome.error_code,
                                error_message=outcome.message)
        elif isinstance(outcome, BaseException):
            raise outcome
        else:
            written.append((i, count))
    if timeout_ms <= 0 or not written:
        return

    def ready(i: int, count: int) -> bool:
        return bool(cluster.has_leaders(results[i].name, None, count))

    await cluster.wait_for(lambda: all(ready(i, n) for i, n in written), timeout_ms / 1000)
    for i, count in written:
        if not ready(i, count):
            results[i] = Result(name=results[i].name, error_code=ErrorCode.REQUEST_TIMED_OUT,
                                error_message="Timed out waiting for the new partitions' "
                                              "leaders.")
