"""AlterConfigs (API key 33), versions 0-2 (every version Kafka 4.1 serves): the legacy,
replace-everything form (deprecated by KIP-339 but still used by kafka-python and librdkafka).

Each resource's configs *replace* all of its overrides: a key left out returns to its default.
TOPIC overrides are validated, persisted and applied to the topic's live logs; BROKER "" (cluster
default) and "<node id>" replace that dynamic layer (only keys Kafka can update dynamically;
others are INVALID_CONFIG "Cannot update these configs dynamically"). A null value is
INVALID_REQUEST. `validate_only` checks everything and changes nothing. Each resource succeeds or
fails on its own; a failed resource changes nothing. Semantics live in `kafkapy.config.alter`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kafkapy.config.alter import (
    RESOURCE_BROKER,
    RESOURCE_TOPIC,
    AlterError,
    alter_broker,
    alter_each,
    alter_topic,
)
from kafkapy.context import RequestContext
from kafkapy.handlers.registry import register
from kafkapy.metadata import validate_topic_name
from wire.errors import ErrorCode
from wire.messages.k33_alter_configs import AlterConfigsRequest, AlterConfigsResponse

if TYPE_CHECKING:
    from kafkapy.broker import Broker

Result = AlterConfigsResponse.AlterConfigsResourceResponse


async def _alter(broker: Broker, res: AlterConfigsRequest.AlterConfigsResource,
                 validate_only: bool) -> None:
    new = {c.name: c.value for c in res.configs}
    if len(new) != len(res.configs):
        raise AlterError(ErrorCode.INVALID_REQUEST, "Error due to duplicate config keys")
    if res.resource_type == RESOURCE_TOPIC:
        validate_topic_name(res.resource_name)
        await alter_topic(broker.metadata, res.resource_name, new, validate_only)
    elif res.resource_type == RESOURCE_BROKER:
        await alter_broker(broker.config, broker.metadata, res.resource_name, new, validate_only)
    else:
        raise AlterError(ErrorCode.INVALID_REQUEST,
                         f"Unsupported resource type {res.resource_type} for AlterConfigs")


@register(33, AlterConfigsRequest, AlterConfigsResponse, 0, 2)
async def handle(ctx: RequestContext, request: AlterConfigsRequest) -> AlterConfigsResponse:
    broker: Broker = ctx.broker
    results = await alter_each(request.resources,
                               lambda res: _alter(broker, res, request.validate_only), Result)
    return AlterConfigsResponse(throttle_time_ms=0, responses=results)
