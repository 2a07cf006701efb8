"""IncrementalAlterConfigs (API key 44), versions 0-1 (every version Kafka 4.1 serves; KIP-339).

Per key: SET (0), DELETE (1: back to the default), APPEND (2) and SUBTRACT (3) (LIST keys only,
e.g. `cleanup.policy`; APPEND adds missing items, SUBTRACT removes items; both start from the
current value). A key named twice in one resource is INVALID_REQUEST.
- TOPIC: the resulting overrides are validated, persisted and applied to the live logs.
- BROKER "" / "<node id>": the cluster-default / per-broker dynamic layer; keys Kafka cannot update
  dynamically are INVALID_CONFIG; accepted changes are persisted and applied to every log.
- BROKER_LOGGER "<node id>": SET a logger's level (Kafka's names: DEBUG, INFO, WARN, ERROR...),
  DELETE returns it to its parent's level.
`validate_only` checks everything and changes nothing; each resource succeeds or fails alone.
Semantics live in `kafkapy.config.alter`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kafkapy.config.alter import (
    BROKER_TYPES,
    RESOURCE_BROKER,
    RESOURCE_BROKER_LOGGER,
    RESOURCE_TOPIC,
    TOPIC_TYPES,
    AlterError,
    alter_broker,
    alter_each,
    alter_loggers,
    alter_topic,
    apply_ops,
    broker_entity,
    topic_effective,
)
from kafkapy.config.defs import BROKER_KEYS
from kafkapy.config.parse import to_config_string
from kafkapy.context import RequestContext
from kafkapy.handlers.registry import register
from kafkapy.metadata import validate_topic_name
from wire.errors import ErrorCode
from wire.messages.k44_incremental_alter_configs import (
    IncrementalAlterConfigsRequest,
    IncrementalAlterConfigsResponse,
)

if TYPE_CHECKING:
    from kafkapy.broker import Broker

Result = IncrementalAlterConfigsResponse.AlterConfigsResourceResponse


async def _alter(broker: Broker, res: IncrementalAlterConfigsRequest.AlterConfigsResource,
                 validate_only: bool) -> None:
    ops = [(c.name, c.config_operation, c.value) for c in res.configs]
    cfg, store = broker.config, broker.metadata
    if res.resource_type == RESOURCE_TOPIC:
        validate_topic_name(res.resource_name)
        topic = store.get(res.resource_name)
        if topic is None:
            raise AlterError(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION,
                             f"The topic '{res.resource_name}' does not exist.")
        new = apply_ops(topic.configs, ops, TOPIC_TYPES, topic_effective(cfg, topic.configs))
        await alter_topic(store, res.resource_name, new, validate_only)
    elif res.resource_type == RESOURCE_BROKER:
        current = store.describe_entity_configs(broker_entity(cfg, res.resource_name))
        effective = {n: to_config_string(k.type, cfg.get(n)) for n, k in BROKER_KEYS.items()}
        new = apply_ops(current, ops, BROKER_TYPES, effective)
        await alter_broker(cfg, store, res.resource_name, new, validate_only)
    elif res.resource_type == RESOURCE_BROKER_LOGGER:
        alter_loggers(cfg, res.resource_name, ops, validate_only)
    else:
        raise AlterError(ErrorCode.INVALID_REQUEST,
                         f"Unsupported resource type {res.resource_type} for "
                         "IncrementalAlterConfigs")


@register(44, IncrementalAlterConfigsRequest, IncrementalAlterConfigsResponse, 0, 1)
async def handle(ctx: RequestContext, request: IncrementalAlterConfigsRequest
                 ) -> IncrementalAlterConfigsResponse:
    broker: Broker = ctx.broker
    results = await alter_each(request.resources,
                               lambda res: _alter(broker, res, request.validate_only), Result)
    return IncrementalAlterConfigsResponse(throttle_time_ms=0, responses=results)
