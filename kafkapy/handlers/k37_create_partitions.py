"""CreatePartitions (API key 37), versions 0-3 (every version Kafka 4.1 serves).

Grows each named topic to `count` partitions (KIP-195). Per topic: named twice -> INVALID_REQUEST;
unknown -> UNKNOWN_TOPIC_OR_PARTITION; `count` not above the current count -> INVALID_PARTITIONS;
explicit assignments of the wrong number or naming unknown brokers -> INVALID_REPLICA_ASSIGNMENT
(checked by the metadata store). More than 10,000 new partitions in one request:
POLICY_VIOLATION for every topic (KAFKA-19673, the CreateTopics limit of KAFKA-17870).
`validate_only` checks and changes nothing (`MetadataStore.check_new_partitions`).

The topics that pass grow together (`MetadataStore.create_partitions`): the answer comes once
the change is durable (a failed write is that topic's error) and, with `timeout_ms` > 0, once
every new partition has a leader, else REQUEST_TIMED_OUT, as Kafka 2.x answered.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from kafkapy.context import RequestContext
from kafkapy.handlers.registry import register
from kafkapy.metadata import MetadataError, MetadataStore, NewPartitions
from wire.errors import ErrorCode
from wire.messages.k37_create_partitions import CreatePartitionsRequest, CreatePartitionsResponse

if TYPE_CHECKING:
    from kafkapy.broker import Broker

log = logging.getLogger("kafkapy.admin")

Result = CreatePartitionsResponse.CreatePartitionsTopicResult
MAX_NEW_PARTITIONS_PER_REQUEST = 10_000


def _new_partitions(store: MetadataStore, request: CreatePartitionsRequest) -> int:
    total = 0
    for topic in request.topics:
        existing = store.get(topic.name)
        total += max(topic.count - (existing.num_partitions if existing else 0), 0)
    return total


def _result(name: str, error: MetadataError | None = None) -> Result:
    if error is None:
        return Result(name=name, error_code=ErrorCode.NONE, error_message=None)
    return Result(name=name, error_code=error.error_code, error_message=error.message)


@register(37, CreatePartitionsRequest, CreatePartitionsResponse, 0, 3)
async def handle(ctx: RequestContext, request: CreatePartitionsRequest) -> CreatePartitionsResponse:
    broker: Broker = ctx.broker
    store = broker.metadata
    names = [t.name for t in request.topics]
    if _new_partitions(store, request) > MAX_NEW_PARTITIONS_PER_REQUEST:
        return CreatePartitionsResponse(throttle_time_ms=0, results=[
            Result(name=n, error_code=ErrorCode.POLICY_VIOLATION,
                   error_message="Excessively large number of partitions per request.")
            for n in names])
    results: list[Result] = []
    growing: list[tuple[int, NewPartitions]] = []  # (result index, change)
    for topic in request.topics:
        if names.count(topic.name) > 1:
            results.append(Result(name=topic.name, error_code=ErrorCode.INVALID_REQUEST,
                                  error_message="Duplicate topic in request."))
            continue
        assignments = (
            [list(a.broker_ids) for a in topic.assignments] if topic.assignments else None
        )
        change = NewPartitions(topic.name, topic.count, assignments)
        try:
            store.check_new_partitions(change)
        except MetadataError as exc:
            results.append(_result(topic.name, exc))
            continue
        if not request.validate_only:
            growing.append((len(results), change))
        results.append(_result(topic.name))
    outcomes = await store.create_partitions([c for _, c in growing], request.timeout_ms)
    for (i, change), outcome in zip(growing, outcomes, strict=True):
        if isinstance(outcome, MetadataError):
            results[i] = _result(change.name, outcome)
        else:
            log.info("partitions added", extra={"topic": change.name,
                                                "partitions": change.total})
    return CreatePartitionsResponse(throttle_time_ms=0, results=results)
