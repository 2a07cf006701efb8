"""Structured fuzzing of the admin APIs over TCP: well-formed requests with hostile values
(illegal or huge names, extreme partition counts and replication factors, unknown and malformed
configs, unknown operations and resource types, offsets and epochs at the int limits).

Every request must be answered (never a closed connection: the bytes were valid) with an error
code per topic/resource, the broker must stay up, and no handler may fail (no ERROR log line).
Hypothesis runs derandomized with bounded examples, one broker for the module.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from compat.conftest import BrokerProcess
from compat.test_fuzz import RawClient
from kafkapy.config.defs import BROKER_KEYS, TOPIC_KEYS
from wire.messages.k19_create_topics import CreateTopicsRequest, CreateTopicsResponse
from wire.messages.k20_delete_topics import DeleteTopicsRequest, DeleteTopicsResponse
from wire.messages.k21_delete_records import DeleteRecordsRequest, DeleteRecordsResponse
from wire.messages.k23_offset_for_leader_epoch import (
    OffsetForLeaderEpochRequest,
    OffsetForLeaderEpochResponse,
)
from wire.messages.k32_describe_configs import DescribeConfigsRequest, DescribeConfigsResponse
from wire.messages.k33_alter_configs import AlterConfigsRequest, AlterConfigsResponse
from wire.messages.k35_describe_log_dirs import DescribeLogDirsRequest, DescribeLogDirsResponse
from wire.messages.k37_create_partitions import CreatePartitionsRequest, CreatePartitionsResponse
from wire.messages.k44_incremental_alter_configs import (
    IncrementalAlterConfigsRequest,
    IncrementalAlterConfigsResponse,
)
from wire.primitives import ZERO_UUID

INT32 = st.integers(-(2**31), 2**31 - 1)
INT16 = st.integers(-(2**15), 2**15 - 1)
INT64 = st.integers(-(2**63), 2**63 - 1)
SMALL = st.integers(-3, 12)
# Partition counts: small, or beyond the 10,000-per-request limit (rejected at once). Counts in
# between are legal and merely slow (thousands of log directories), which is not what is tested.
COUNTS = st.one_of(SMALL, INT32.filter(lambda n: n < 0 or n > 10_000))
KNOWN_TOPICS = ["fz-a", "fz-b"]
NAMES = st.one_of(
    st.sampled_from(KNOWN_TOPICS),
    st.sampled_from([*KNOWN_TOPICS, "fz-new", "", ".", "..", "a" * 250, "fz.a", "fz_a",
                     "__consumer_offsets", "bad/name", "ünïcode"]),
    st.text(max_size=12),
)
CONFIG_NAMES = st.one_of(st.sampled_from(sorted(TOPIC_KEYS) + sorted(BROKER_KEYS)[:20]),
                         st.text(max_size=10))
CONFIG_VALUES = st.one_of(
    st.none(),
    st.sampled_from(["", "-1", "0", "1", "1048576", "9223372036854775808", "compact,delete",
                     "CreateTime", "true", "nonsense", "1.5"]),
    st.integers(-(2**64), 2**64).map(str),
    st.text(max_size=8),
)
RESOURCE_TYPES = st.one_of(st.sampled_from([0, 2, 3, 4, 8, 16, 32]), st.integers(-128, 127))
RESOURCE_NAMES = st.one_of(NAMES, st.sampled_from(["1", "", "0", "-1", "99999999999"]))
FUZZ = settings(max_examples=40, deadline=None, derandomize=True,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])


@pytest.fixture(scope="module")
def admin_broker(module_broker: BrokerProcess) -> Iterator[tuple[BrokerProcess, RawClient]]:
    client = RawClient(module_broker.port)
    C = CreateTopicsRequest
    resp = client.request(C(topics=[C.CreatableTopic(name=n, num_partitions=2,
                                                     replication_factor=1)
                                    for n in KNOWN_TOPICS]), 7, CreateTopicsResponse)
    assert [t.error_code for t in resp.topics] == [0, 0]
    yield module_broker, client
    client.close()
    assert module_broker.running
    errors = [r for r in module_broker.log_lines() if r.get("level") in ("ERROR", "CRITICAL")]
    assert errors == [], f"a handler failed: {errors[:3]}"


C, D, P = CreateTopicsRequest, DeleteTopicsRequest, CreatePartitionsRequest
create_topics = st.builds(
    C,
    topics=st.lists(st.builds(
        C.CreatableTopic,
        name=NAMES,
        num_partitions=st.one_of(st.integers(1, 3), st.just(-1), COUNTS),
        replication_factor=st.one_of(st.just(1), st.just(-1), SMALL, INT16),
        assignments=st.one_of(st.just([]), st.lists(st.builds(
            C.CreatableReplicaAssignment, partition_index=st.one_of(SMALL, INT32),
            broker_ids=st.lists(st.one_of(st.just(1), SMALL, INT32), max_size=3)),
            max_size=3)),
        configs=st.lists(st.builds(C.CreatableTopicConfig, name=CONFIG_NAMES,
                                   value=CONFIG_VALUES), max_size=3),
    ), max_size=3),
    timeout_ms=INT32,
    validate_only=st.booleans(),
)
create_partitions = st.builds(
    P,
    topics=st.lists(st.builds(
        P.CreatePartitionsTopic, name=NAMES, count=COUNTS,
        assignments=st.one_of(st.none(), st.lists(st.builds(
            P.CreatePartitionsAssignment, broker_ids=st.lists(st.one_of(SMALL, INT32),
                                                              max_size=3)), max_size=3))),
        max_size=3),
    timeout_ms=INT32,
    validate_only=st.booleans(),
)
delete_topics_v6 = st.builds(
    D, topics=st.lists(st.builds(D.DeleteTopicState, name=st.one_of(st.none(), NAMES),
                                 topic_id=st.one_of(st.just(ZERO_UUID), st.uuids())),
                        max_size=3), timeout_ms=INT32)


def _describe_configs() -> st.SearchStrategy[DescribeConfigsRequest]:
    R = DescribeConfigsRequest
    return st.builds(R, resources=st.lists(st.builds(
        R.DescribeConfigsResource, resource_type=RESOURCE_TYPES, resource_name=RESOURCE_NAMES,
        configuration_keys=st.one_of(st.none(), st.lists(CONFIG_NAMES, max_size=3))),
        max_size=3), include_synonyms=st.booleans(), include_documentation=st.booleans())


def _alter_configs() -> st.SearchStrategy[AlterConfigsRequest]:
    A = AlterConfigsRequest
    return st.builds(A, resources=st.lists(st.builds(
        A.AlterConfigsResource, resource_type=RESOURCE_TYPES, resource_name=RESOURCE_NAMES,
        configs=st.lists(st.builds(A.AlterableConfig, name=CONFIG_NAMES, value=CONFIG_VALUES),
                         max_size=3)), max_size=2), validate_only=st.booleans())


def _incremental() -> st.SearchStrategy[IncrementalAlterConfigsRequest]:
    I = IncrementalAlterConfigsRequest
    return st.builds(I, resources=st.lists(st.builds(
        I.AlterConfigsResource, resource_type=RESOURCE_TYPES, resource_name=RESOURCE_NAMES,
        configs=st.lists(st.builds(I.AlterableConfig, name=CONFIG_NAMES,
                                   config_operation=st.integers(-128, 127) | st.integers(0, 3),
                                   value=CONFIG_VALUES), max_size=3)), max_size=2),
        validate_only=st.booleans())


def _delete_records() -> st.SearchStrategy[DeleteRecordsRequest]:
    R = DeleteRecordsRequest
    return st.builds(R, topics=st.lists(st.builds(R.DeleteRecordsTopic, name=NAMES,
        partitions=st.lists(st.builds(R.DeleteRecordsPartition,
                                      partition_index=st.one_of(SMALL, INT32),
                                      offset=st.one_of(SMALL, INT64)), max_size=3)),
        max_size=2), timeout_ms=INT32)


def _epochs() -> st.SearchStrategy[OffsetForLeaderEpochRequest]:
    O = OffsetForLeaderEpochRequest
    return st.builds(O, replica_id=st.one_of(SMALL, INT32), topics=st.lists(st.builds(
        O.OffsetForLeaderTopic, topic=NAMES, partitions=st.lists(st.builds(
            O.OffsetForLeaderPartition, partition=st.one_of(SMALL, INT32),
            current_leader_epoch=st.one_of(SMALL, INT32),
            leader_epoch=st.one_of(SMALL, INT32)), max_size=3)), max_size=2))


def _log_dirs() -> st.SearchStrategy[DescribeLogDirsRequest]:
    L = DescribeLogDirsRequest
    return st.builds(L, topics=st.one_of(st.none(), st.lists(st.builds(
        L.DescribableLogDirTopic, topic=NAMES, partitions=st.lists(st.one_of(SMALL, INT32),
                                                                   max_size=3)), max_size=2)))


CASES = {
    "CreateTopics": (create_topics, 7, CreateTopicsResponse),
    "CreatePartitions": (create_partitions, 3, CreatePartitionsResponse),
    "DescribeConfigs": (_describe_configs(), 4, DescribeConfigsResponse),
    "AlterConfigs": (_alter_configs(), 2, AlterConfigsResponse),
    "IncrementalAlterConfigs": (_incremental(), 1, IncrementalAlterConfigsResponse),
    "DeleteRecords": (_delete_records(), 2, DeleteRecordsResponse),
    "OffsetForLeaderEpoch": (_epochs(), 4, OffsetForLeaderEpochResponse),
    "DescribeLogDirs": (_log_dirs(), 4, DescribeLogDirsResponse),
    "DeleteTopics": (delete_topics_v6, 6, DeleteTopicsResponse),
}


@pytest.mark.parametrize("api", list(CASES))
def test_hostile_values_get_answers(admin_broker: tuple[BrokerProcess, RawClient],
                                    api: str) -> None:
    broker, client = admin_broker
    strategy, version, response_cls = CASES[api]

    @FUZZ
    @given(strategy)
    def run(request: object) -> None:
        client.request(request, version, response_cls)  # asserts the connection stayed open

    run()
    assert broker.running


@pytest.mark.slow
@pytest.mark.parametrize("api", list(CASES))
def test_hostile_values_long_run(admin_broker: tuple[BrokerProcess, RawClient],
                                 api: str) -> None:
    """Ten times the examples, deterministic like the rest (marked slow)."""
    broker, client = admin_broker
    strategy, version, response_cls = CASES[api]

    @settings(max_examples=400, deadline=None, derandomize=True,
              suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
    @given(strategy)
    def run(request: object) -> None:
        client.request(request, version, response_cls)

    run()
    assert broker.running
