"""Produce (key 0): serves versions 3-13; ApiVersions advertises 0-13.

Kafka 4 advertises Produce 0-2 only so that old librdkafka enables v2 batches
(KAFKA-18659) and rejects them otherwise; so do we (the connection closes on them).

Per partition (DESIGN.md §3): the `records` memoryview goes to
`UnifiedLog.append_as_leader`, which validates batch headers (magic 2, CRC-32C, sizes,
`max.message.bytes`), checks idempotent sequences (5-batch window, KIP-98), stamps
offsets and the leader epoch in place and writes them with one write. Errors are
per-partition values (CORRUPT_MESSAGE, MESSAGE_TOO_LARGE, OUT_OF_ORDER_SEQUENCE_NUMBER,
...); a duplicate idempotent batch is answered with its original offset.

Writes (DESIGN.md sections 1 and 3): one `os.write` per partition on the loop. A topic
with `flush.messages` set appends through `Partition.append_async`: when an append
reaches `flush.messages`, its write and fsync run in a worker thread and the response
waits for them, while the loop serves everything else (appends of a partition stay in
request order). Writing large appends in a worker too (`BACKGROUND_APPEND_MIN_BYTES`)
is implemented but off: on this 2-core machine it gave no measurable throughput and cost
~10% more broker CPU per MB (docs/broker.md, "Hot path").

acks: 0 answers nothing (the handler returns None), and closes the connection when a
partition failed, as Kafka does; 1 answers after the write to the page
cache; -1 (all) answers at once on one node (the high watermark is the log end), or
NOT_ENOUGH_REPLICAS when `min.insync.replicas` exceeds the ISR. Other values:
INVALID_REQUIRED_ACKS. LogAppendTime topics report the stamped time (v2+).
v13 addresses topics by id (KIP-516): an unknown id is UNKNOWN_TOPIC_ID.
Client writes to internal topics (`__consumer_offsets`) are INVALID_TOPIC_EXCEPTION.
Transactional produce is refused (TRANSACTIONAL_ID_AUTHORIZATION_FAILED) until
transactions exist: InitProducerId already refuses transactional ids.
"""

from __future__ import annotations

import logging
from typing import Any

from kafkapy.aio import eager_gather
from kafkapy.context import RequestContext, request_logging
from kafkapy.errors import error_code_for
from kafkapy.handlers.registry import register
from storage.log_config import LONG_MAX
from wire.errors import ErrorCode
from wire.messages import ProduceRequest, ProduceResponse

log = logging.getLogger("kafkapy.produce")

# From this many bytes of one partition's records, the write would go to a worker thread
# (None: never, see the module docstring; the write of a due flush always does).
BACKGROUND_APPEND_MIN_BYTES: int | None = None

PartResp = ProduceResponse.TopicProduceResponse.PartitionProduceResponse
TopicResp = ProduceResponse.TopicProduceResponse


def _error(index: int, code: int, message: str | None = None) -> ProduceResponse.TopicProduceResponse.PartitionProduceResponse:
    return PartResp(
        index=index,
        error_code=code,
        base_offset=-1,
        log_append_time_ms=-1,
        log_start_offset=-1,
        error_message=message,
    )


@register(0, ProduceRequest, ProduceResponse, 3, ProduceRequest.MAX_VERSION, advertised_min_version=0)
async def handle(ctx: RequestContext, request: ProduceRequest) -> ProduceResponse | None:
    broker = ctx.broker
    version = ctx.api_version
    acks = request.acks
    by_id = version >= 13
    responses: list[ProduceResponse.TopicProduceResponse] = []
    waits: list[Any] = []  # coroutines: background writes, acks=all waits (cluster mode)
    slots: list[tuple[list[Any], int] | None] = []  # where each wait's response goes
    background = broker.logs.background if broker.logs is not None else None
    min_bytes = BACKGROUND_APPEND_MIN_BYTES
    for td in request.topic_data:
        if by_id:
            topic = broker.metadata.get_by_id(td.topic_id)
            name = topic.name if topic is not None else None
            missing = ErrorCode.UNKNOWN_TOPIC_ID if topic is None else ErrorCode.UNKNOWN_TOPIC_OR_PARTITION
        else:
            name = td.name
            missing = ErrorCode.UNKNOWN_TOPIC_OR_PARTITION
        parts: list[ProduceResponse.TopicProduceResponse.PartitionProduceResponse] = []
        for pd in td.partition_data:
            if acks not in (-1, 0, 1):
                parts.append(_error(pd.index, ErrorCode.INVALID_REQUIRED_ACKS))
                continue
            if request.transactional_id is not None:
                parts.append(
                    _error(pd.index, ErrorCode.TRANSACTIONAL_ID_AUTHORIZATION_FAILED, "transactions are not supported")
                )
                continue
            partition = broker.partitions.get((name, pd.index)) if name is not None else None
            if partition is None:
                parts.append(_error(pd.index, _not_here(broker, name, pd.index, missing)))
                continue
            refused = _refuse(partition, pd.index, pd.records, acks)
            if refused is not None:
                parts.append(refused)
                continue
            if background is not None and (
                partition.appending
                or partition.log.config.flush_messages != LONG_MAX
                or (min_bytes is not None and len(pd.records) >= min_bytes)
            ):
                # Possibly written by a worker thread (or queued behind one, in order).
                waits.append(_append(broker, partition, pd.index, pd.records, background,
                                     acks, request.timeout_ms))
                slots.append((parts, len(parts)))
                parts.append(None)  # type: ignore[arg-type]  # the response, once written
                continue
            resp, last_offset = _append_now(partition, pd.index, pd.records)
            parts.append(resp)
            if acks == -1 and broker.cluster_mode and resp.error_code == ErrorCode.NONE:
                waits.append(_await_replication(broker, partition, resp, last_offset + 1,
                                                request.timeout_ms))
                slots.append(None)  # the wait updates `resp` in place
        responses.append(TopicResp(name=td.name, topic_id=td.topic_id, partition_responses=parts))
    if waits:
        for slot, result in zip(slots, await eager_gather(waits)):
            if slot is not None:
                slot[0][slot[1]] = result
    if request_logging():
        ctx.log_extra = {
            "topic_partition": ",".join(
                f"{td.name or td.topic_id}-{pd.index}"
                for td in request.topic_data
                for pd in td.partition_data
            ),
            "acks": acks,
        }
    if acks == 0:
        # No response to carry an error: Kafka closes the connection instead, so the
        # producer notices and refreshes its metadata (KafkaApis.handleProduceRequest).
        failed = any(p.error_code for t in responses for p in t.partition_responses)
        if failed and ctx.connection is not None:
            log.info("acks=0 produce failed; closing the connection", extra={"client_id": ctx.client_id})
            ctx.connection.close()
        return None
    return ProduceResponse(responses=responses, throttle_time_ms=0)


def _not_here(broker: Any, name: str | None, index: int, missing: int) -> int:
    """Cluster mode: a partition of a known topic led elsewhere is NOT_LEADER_OR_FOLLOWER."""
    if broker.cluster_mode and name is not None:
        topic = broker.metadata.get(name)
        if topic is not None and 0 <= index < len(topic.partitions):
            return int(ErrorCode.NOT_LEADER_OR_FOLLOWER)
    return missing


async def _await_replication(broker: Any, partition: Any, resp: Any, required: int,
                             timeout_ms: int) -> None:
    """acks=all in cluster mode (Kafka's DelayedProduce): answer when the high watermark
    passes the appended batches. Then NONE, or NOT_ENOUGH_REPLICAS_AFTER_APPEND when the
    ISR shrank below `min.insync.replicas` meanwhile; NOT_LEADER_OR_FOLLOWER when this
    broker lost the leadership; REQUEST_TIMED_OUT after the request's `timeout_ms`."""
    epoch = partition.leader_epoch
    key = (partition.name, partition.index)
    code = await partition.wait_for_high_watermark(
        required, timeout_ms / 1000,
        still_leader=lambda: (broker.partitions.get(key) is partition
                              and partition.leader_epoch == epoch),
        give_up=lambda: bool(broker.stopping))
    if code == ErrorCode.NONE and len(partition.info.isr) < partition.min_insync_replicas:
        code = int(ErrorCode.NOT_ENOUGH_REPLICAS_AFTER_APPEND)
    if code != ErrorCode.NONE:
        _fail(resp, code)


def _fail(resp: Any, code: int) -> None:
    resp.error_code = code
    resp.base_offset = -1


def _refuse(partition: object, index: int, records: Any,
            acks: int) -> ProduceResponse.TopicProduceResponse.PartitionProduceResponse | None:
    """The partition's error response when it cannot be appended to, else None."""
    from kafkapy.partition import Partition

    assert isinstance(partition, Partition)
    if partition.deleted:
        return _error(index, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION)
    if partition.topic.internal:
        # Kafka's ReplicaManager refuses client writes to internal topics.
        return _error(index, ErrorCode.INVALID_TOPIC_EXCEPTION, f"Cannot append to internal topic {partition.name}")
    if acks == -1 and partition.min_insync_replicas > len(partition.info.isr):
        return _error(
            index,
            ErrorCode.NOT_ENOUGH_REPLICAS,
            f"The size of the current ISR {len(partition.info.isr)} is insufficient to satisfy "
            f"the min.isr requirement of {partition.min_insync_replicas}",
        )
    if not records:
        # Kafka logs bad input from clients too: the producer sees only the error code.
        log.info(
            "produce rejected: no record batches",
            extra={"topic_partition": f"{partition.name}-{index}", "error_code": ErrorCode.CORRUPT_MESSAGE},
        )
        return _error(index, ErrorCode.CORRUPT_MESSAGE, "no record batches")
    return None


def _append_now(partition: Any, index: int, records: Any,
                ) -> tuple[ProduceResponse.TopicProduceResponse.PartitionProduceResponse, int]:
    """Append inline (on the loop); the response and the last offset (-1 on error)."""
    try:
        info = partition.append(records)
    except Exception as exc:  # noqa: BLE001 - re-raised by _rejected unless a storage error
        return _rejected(partition, index, exc), -1
    return _appended(partition, index, info), info.last_offset


async def _append(broker: Any, partition: Any, index: int, records: Any, background: Any,
                  acks: int, timeout_ms: int) -> ProduceResponse.TopicProduceResponse.PartitionProduceResponse:
    """Append one partition's `records` with the write in a worker thread; then, for
    acks=all in cluster mode, wait for the high watermark."""
    try:
        min_bytes = BACKGROUND_APPEND_MIN_BYTES
        info = await partition.append_async(
            records, background, LONG_MAX if min_bytes is None else min_bytes)
    except Exception as exc:  # noqa: BLE001 - re-raised by _rejected unless a storage error
        return _rejected(partition, index, exc)
    resp = _appended(partition, index, info)
    if acks == -1 and broker.cluster_mode:
        await _await_replication(broker, partition, resp, info.last_offset + 1, timeout_ms)
    return resp


def _rejected(partition: Any, index: int,
              exc: Exception) -> ProduceResponse.TopicProduceResponse.PartitionProduceResponse:
    """A storage error as the partition's error response (anything else propagates)."""
    code = error_code_for(exc)
    if code is None:
        raise exc
    log.info(
        "produce rejected: %s",
        exc,
        extra={"topic_partition": f"{partition.name}-{index}", "error_code": code},
    )
    return _error(index, code, str(exc))


def _appended(partition: Any, index: int,
              info: Any) -> ProduceResponse.TopicProduceResponse.PartitionProduceResponse:
    if info.duplicate:
        log.debug(
            "duplicate idempotent batch acknowledged with its original offset",
            extra={"topic_partition": f"{partition.name}-{index}", "offset": info.first_offset},
        )
    return PartResp(
        index=index,
        error_code=ErrorCode.NONE,
        base_offset=info.first_offset,
        log_append_time_ms=info.log_append_time,
        log_start_offset=info.log_start_offset,
    )
