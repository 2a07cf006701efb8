"""InitProducerId (key 22), versions 0-5 (v6 is unstable in Kafka 4.1: not advertised).

Idempotent producers (KIP-98): a null `transactional_id` gets a fresh producer id (never
reused, even after a restart: `ProducerIdManager` persists its blocks) and epoch 0. A
producer that sends its current id and epoch (v3+, KIP-360) gets the same id with the
epoch bumped, or a fresh id once the epoch would pass 32766 (Kafka's rule), so it can
reset its sequences after an error.

In cluster mode the ids come from blocks claimed in ZooKeeper (unique across brokers); while
none can be claimed (broker not joined yet, ZooKeeper unreachable) the answer is
COORDINATOR_LOAD_IN_PROGRESS, retriable, as Kafka's when its next block is not ready.

Transactional ids are refused with TRANSACTIONAL_ID_AUTHORIZATION_FAILED (non-retriable,
so clients stop at once with a clear error) until transactions exist.
"""

from __future__ import annotations

import logging

from kafkapy.context import RequestContext
from kafkapy.handlers.registry import register
from kafkapy.producer_ids import ProducerIdsUnavailable
from wire.errors import ErrorCode
from wire.messages import InitProducerIdRequest, InitProducerIdResponse

log = logging.getLogger("kafkapy.producer")

MAX_EPOCH = 32766  # Short.MaxValue - 1: Kafka bumps to a new id past this


@register(
    22,
    InitProducerIdRequest,
    InitProducerIdResponse,
    InitProducerIdRequest.MIN_VERSION,
    InitProducerIdRequest.MAX_VERSION,
)
async def handle(ctx: RequestContext, request: InitProducerIdRequest) -> InitProducerIdResponse:
    if request.transactional_id is not None:
        log.info(
            "transactional id refused: transactions are not supported",
            extra={"client_id": ctx.client_id, "transactional_id": request.transactional_id},
        )
        return InitProducerIdResponse(
            throttle_time_ms=0,
            error_code=ErrorCode.TRANSACTIONAL_ID_AUTHORIZATION_FAILED,
            producer_id=-1,
            producer_epoch=-1,
        )
    ids = ctx.broker.producer_ids
    pid, epoch = request.producer_id, request.producer_epoch
    if ctx.api_version >= 3 and pid >= 0 and epoch >= 0 and epoch < MAX_EPOCH:
        return InitProducerIdResponse(
            throttle_time_ms=0, error_code=ErrorCode.NONE, producer_id=pid, producer_epoch=epoch + 1
        )
    try:
        new_pid = await ids.next_id(ctx.broker)
    except ProducerIdsUnavailable as exc:
        log.warning("no producer id available", extra={"error": str(exc)})
        return InitProducerIdResponse(
            throttle_time_ms=0,
            error_code=int(ErrorCode.COORDINATOR_LOAD_IN_PROGRESS),
            producer_id=-1,
            producer_epoch=-1,
        )
    return InitProducerIdResponse(
        throttle_time_ms=0, error_code=ErrorCode.NONE, producer_id=new_pid, producer_epoch=0
    )
