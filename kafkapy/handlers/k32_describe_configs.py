"""DescribeConfigs (API key 32), versions 1-4 (every version Kafka 4.1 serves).

Resources (KIP-133, KIP-226):
- TOPIC (2): every topic-level key (or the named ones; unknown names are left out): the topic's
  override (DYNAMIC_TOPIC_CONFIG) or the broker default it inherits, with its source
  (DYNAMIC_BROKER_CONFIG, DYNAMIC_DEFAULT_BROKER_CONFIG, STATIC_BROKER_CONFIG, DEFAULT_CONFIG).
  Unknown topic: UNKNOWN_TOPIC_OR_PARTITION; illegal name: INVALID_TOPIC_EXCEPTION.
- BROKER (4): name "<node id>" gives every broker key; "" the cluster-wide dynamic defaults; any
  other name INVALID_REQUEST. Read-only = not dynamically updatable; PASSWORD values are null.
- BROKER_LOGGER (8): the Python loggers' levels in Kafka's names (INFO, DEBUG, WARN...).
- anything else: INVALID_REQUEST.
`include_synonyms` (v1+) lists the synonyms in Kafka's precedence order; `include_documentation`
(v3+) adds each key's doc; `config_type` (v3+) is Kafka's ConfigEntry.ConfigType. The rules live in
`kafkapy.config.describe`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kafkapy.config.alter import (
    RESOURCE_BROKER,
    RESOURCE_BROKER_LOGGER,
    RESOURCE_TOPIC,
    AlterError,
    broker_layer,
    describe_loggers,
)
from kafkapy.config.describe import (
    DescribedConfig,
    describe_broker,
    describe_broker_default,
    describe_topic,
)
from kafkapy.config.kafka_config import KafkaConfig
from kafkapy.context import RequestContext
from kafkapy.handlers.registry import register
from kafkapy.metadata import MetadataError, MetadataStore, validate_topic_name
from wire.errors import ErrorCode
from wire.messages.k32_describe_configs import DescribeConfigsRequest, DescribeConfigsResponse

if TYPE_CHECKING:
    from kafkapy.broker import Broker

Result = DescribeConfigsResponse.DescribeConfigsResult
Entry = Result.DescribeConfigsResourceResult
Synonym = Entry.DescribeConfigsSynonym


def _entry(d: DescribedConfig) -> Entry:
    return Entry(
        name=d.name,
        value=d.value,
        read_only=d.read_only,
        config_source=int(d.source),
        is_sensitive=d.sensitive,
        synonyms=[Synonym(name=s.name, value=s.value, source=int(s.source)) for s in d.synonyms],
        config_type=int(d.type),
        documentation=d.documentation,
    )


def describe_resource(
    cfg: KafkaConfig,
    store: MetadataStore,
    resource_type: int,
    resource_name: str,
    keys: list[str] | None,
    include_synonyms: bool,
    include_documentation: bool,
) -> list[DescribedConfig]:
    """The entries of one resource; raises MetadataError/AlterError carrying the error code."""
    opts = {"include_synonyms": include_synonyms, "include_documentation": include_documentation}
    if resource_type == RESOURCE_TOPIC:
        validate_topic_name(resource_name)
        topic = store.get(resource_name)
        if topic is None:
            raise MetadataError(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION,
                                f"Topic {resource_name} does not exist.")
        return describe_topic(cfg, topic.configs, keys, **opts)
    if resource_type == RESOURCE_BROKER:
        if broker_layer(cfg, resource_name) == "default":
            return describe_broker_default(cfg, keys, **opts)
        return describe_broker(cfg, keys, **opts)
    if resource_type == RESOURCE_BROKER_LOGGER:
        if broker_layer(cfg, resource_name) == "default":
            raise AlterError(ErrorCode.INVALID_REQUEST, "BROKER_LOGGER needs a broker id")
        return describe_loggers(keys)
    raise AlterError(ErrorCode.INVALID_REQUEST, f"Unsupported resource type {resource_type}")


@register(32, DescribeConfigsRequest, DescribeConfigsResponse, 1, 4)
async def handle(ctx: RequestContext, request: DescribeConfigsRequest) -> DescribeConfigsResponse:
    broker: Broker = ctx.broker
    results: list[Result] = []
    docs = request.include_documentation and ctx.api_version >= 3
    for res in request.resources:
        result = Result(resource_type=res.resource_type, resource_name=res.resource_name,
                        error_code=ErrorCode.NONE, error_message=None)
        try:
            # Kafka's AdminClient sends null for "every key"; some clients send an empty list
            # meaning the same, so both list every key.
            keys = res.configuration_keys or None
            entries = describe_resource(broker.config, broker.metadata,
                                        res.resource_type, res.resource_name, keys,
                                        request.include_synonyms, docs)
            result.configs = [_entry(e) for e in entries]
        except (MetadataError, AlterError) as exc:
            result.error_code, result.error_message = exc.error_code, exc.message
        results.append(result)
    return DescribeConfigsResponse(throttle_time_ms=0, results=results)
