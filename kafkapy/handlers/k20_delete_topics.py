"""DeleteTopics (API key 20), versions 1-6 (every version Kafka 4.1 serves).

v1-5 name topics in `topic_names`; v6 in `topics`, each by name or by topic id (KIP-516).
Per topic: `delete.topic.enable=false` -> TOPIC_DELETION_DISABLED; the same topic twice in one
request -> INVALID_REQUEST; an unknown name -> UNKNOWN_TOPIC_OR_PARTITION, an unknown id ->
UNKNOWN_TOPIC_ID; an internal topic (`__consumer_offsets`) -> INVALID_REQUEST (kafkapy refuses to
lose every committed offset). v6 results carry both name and id.

The topics that pass are deleted together by the metadata store (`MetadataStore.delete_topics`):
the answer comes once the deletion is durable (a failed write is that topic's error; in a
cluster it is the request `/admin/delete_topics/<t>` the controller carries out) and, with
`timeout_ms` > 0, once this broker has seen the topic go, else REQUEST_TIMED_OUT, as Kafka 2.x
answered. The partition logs are renamed and their files removed asynchronously by the
store's listeners and storage's LogManager (`file.delete.delay.ms`), as in Kafka.
"""

from __future__ import annotations

import logging
import uuid
from typing import TYPE_CHECKING

from kafkapy.config.kafka_config import KafkaConfig
from kafkapy.context import RequestContext
from kafkapy.handlers.registry import register
from kafkapy.metadata import MetadataError, MetadataStore, TopicInfo
from wire.errors import ErrorCode
from wire.messages.k20_delete_topics import DeleteTopicsRequest, DeleteTopicsResponse
from wire.primitives import ZERO_UUID

if TYPE_CHECKING:
    from kafkapy.broker import Broker

log = logging.getLogger("kafkapy.admin")

Result = DeleteTopicsResponse.DeletableTopicResult


def _requested(request: DeleteTopicsRequest, version: int) -> list[tuple[str | None, uuid.UUID]]:
    if version >= 6:
        return [(t.name, t.topic_id) for t in request.topics]
    return [(name, ZERO_UUID) for name in request.topic_names]


def _check_one(cfg: KafkaConfig, store: MetadataStore, name: str | None, topic_id: uuid.UUID,
               seen: set[str]) -> TopicInfo | Result:
    """The topic to delete, or the result refusing it."""
    if name is not None and topic_id != ZERO_UUID:
        return Result(name=name, topic_id=topic_id, error_code=ErrorCode.INVALID_REQUEST,
                      error_message="Topic name and topic id must not both be set.")
    if name is None:
        if topic_id == ZERO_UUID:
            return Result(name=None, topic_id=topic_id, error_code=ErrorCode.INVALID_REQUEST,
                          error_message="Neither topic name nor id were specified.")
        topic = store.get_by_id(topic_id)
        if topic is None:
            return Result(name=None, topic_id=topic_id, error_code=ErrorCode.UNKNOWN_TOPIC_ID,
                          error_message="This server does not host this topic ID.")
    else:
        topic = store.get(name)
        if topic is None:
            return Result(name=name, topic_id=topic_id,
                          error_code=ErrorCode.UNKNOWN_TOPIC_OR_PARTITION,
                          error_message="This server does not host this topic-partition.")
    if topic.name in seen:
        return Result(name=name, topic_id=topic_id, error_code=ErrorCode.INVALID_REQUEST,
                      error_message=f"Duplicate topic in request: {topic.name}")
    seen.add(topic.name)
    if not cfg.get_bool("delete.topic.enable"):
        return Result(name=topic.name, topic_id=topic.topic_id,
                      error_code=ErrorCode.TOPIC_DELETION_DISABLED,
                      error_message="Topic deletion is disabled.")
    if topic.internal:
        return Result(name=topic.name, topic_id=topic.topic_id,
                      error_code=ErrorCode.INVALID_REQUEST,
                      error_message=f"Cannot delete internal topic {topic.name}.")
    return topic


@register(20, DeleteTopicsRequest, DeleteTopicsResponse, 1, 6)
async def handle(ctx: RequestContext, request: DeleteTopicsRequest) -> DeleteTopicsResponse:
    broker: Broker = ctx.broker
    store = broker.metadata
    seen: set[str] = set()
    results: list[Result] = []
    deleting: list[tuple[int, TopicInfo]] = []  # (result index, topic)
    for name, topic_id in _requested(request, ctx.api_version):
        checked = _check_one(broker.config, store, name, topic_id, seen)
        if isinstance(checked, TopicInfo):
            deleting.append((len(results), checked))
            checked = Result(name=checked.name, topic_id=checked.topic_id,
                             error_code=ErrorCode.NONE, error_message=None)
        results.append(checked)
    outcomes = await store.delete_topics([t.name for _, t in deleting], request.timeout_ms)
    for (i, topic), outcome in zip(deleting, outcomes, strict=True):
        if isinstance(outcome, MetadataError):
            results[i] = Result(name=topic.name, topic_id=topic.topic_id,
                                error_code=outcome.error_code, error_message=outcome.message)
        else:
            log.info("topic deleted", extra={"topic": topic.name,
                                             "topic_id": str(topic.topic_id)})
    return DeleteTopicsResponse(throttle_time_ms=0, responses=results)
