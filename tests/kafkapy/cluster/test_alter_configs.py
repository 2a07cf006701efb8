"""AlterConfigs / IncrementalAlterConfigs of TOPIC resources in cluster mode answer after
the ZooKeeper write of `/config/topics/<topic>`, with its error, as Kafka 2.x did. Real
brokers, a real ZooKeeper, requests over TCP.

Fault: the topic's config znode removed behind the broker's back, so the write fails: the
answer is that failure (before the fix it was NONE, sent before the write ran).
"""

from __future__ import annotations

from pathlib import Path

from kafkapy.cluster import zk_data as zd
from tests.kafkapy.cluster.conftest import run
from tests.kafkapy.cluster.test_admin_writes import NONE, brokers, call, create
from wire.messages.k33_alter_configs import AlterConfigsRequest as A
from wire.messages.k44_incremental_alter_configs import IncrementalAlterConfigsRequest as I

TOPIC, OP_SET = 2, 0


def alter(name: str, configs: dict[str, str]) -> A:
    return A(resources=[A.AlterConfigsResource(
        resource_type=TOPIC, resource_name=name,
        configs=[A.AlterableConfig(name=k, value=v) for k, v in configs.items()])],
        validate_only=False)


def incremental(name: str, configs: dict[str, str]) -> I:
    return I(resources=[I.AlterConfigsResource(
        resource_type=TOPIC, resource_name=name,
        configs=[I.AlterableConfig(name=k, config_operation=OP_SET, value=v)
                 for k, v in configs.items()])],
        validate_only=False)


def test_topic_config_answers_after_the_zookeeper_write(tmp_path: Path, zk_connect: str) -> None:
    async def body() -> None:
        async with brokers(tmp_path, zk_connect) as (b1, b2):
            resp = await call(b2, 19, 7, create("t", 1, 20000))
            assert resp.topics[0].error_code == NONE
            zk = b1.cluster_node.zk
            resp = await call(b2, 33, 1, alter("t", {"retention.ms": "12345"}))
            assert resp.responses[0].error_code == NONE, resp.responses[0].error_message
            # Answered: the znode holds it already (read through the other broker's session).
            data, _ = await zk.get(zd.topic_config_path("t"))
            assert zd.decode_topic_config(data) == {"retention.ms": "12345"}
            resp = await call(b2, 44, 1, incremental("t", {"cleanup.policy": "compact"}))
            assert resp.responses[0].error_code == NONE, resp.responses[0].error_message
            data, _ = await zk.get(zd.topic_config_path("t"))
            assert zd.decode_topic_config(data) == {"retention.ms": "12345",
                                                    "cleanup.policy": "compact"}

            # The write fails (its znode is gone): the answer says so, for both APIs.
            await zk.delete(zd.topic_config_path("t"))
            resp = await call(b2, 33, 1, alter("t", {"retention.ms": "1"}))
            assert resp.responses[0].error_code != NONE
            resp = await call(b2, 44, 1, incremental("t", {"retention.ms": "2"}))
            assert resp.responses[0].error_code != NONE
            # An unknown topic is still answered per resource, with no write to wait for.
            resp = await call(b2, 44, 1, incremental("nope", {"retention.ms": "2"}))
            assert resp.responses[0].error_code == 3

    run(body(), 90)
