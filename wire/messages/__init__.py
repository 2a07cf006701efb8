"""Kafka protocol messages, one module per API key, imported on first use.

GENERATED - DO NOT EDIT. Written by ``python -m wire.generator``; see docs/wire.md.

``from wire.messages import ProduceRequest`` imports only ``k00_produce`` (PEP 562 module
``__getattr__``): building every message class costs most of a broker's start-up.
``API_VERSIONS`` holds each API's version metadata without importing its module.
"""

# ruff: noqa
from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from wire.messages.k00_produce import ProduceRequest, ProduceResponse
    from wire.messages.k01_fetch import FetchRequest, FetchResponse
    from wire.messages.k02_list_offsets import ListOffsetsRequest, ListOffsetsResponse
    from wire.messages.k03_metadata import MetadataRequest, MetadataResponse
    from wire.messages.k08_offset_commit import OffsetCommitRequest, OffsetCommitResponse
    from wire.messages.k09_offset_fetch import OffsetFetchRequest, OffsetFetchResponse
    from wire.messages.k10_find_coordinator import FindCoordinatorRequest, FindCoordinatorResponse
    from wire.messages.k11_join_group import JoinGroupRequest, JoinGroupResponse
    from wire.messages.k12_heartbeat import HeartbeatRequest, HeartbeatResponse
    from wire.messages.k13_leave_group import LeaveGroupRequest, LeaveGroupResponse
    from wire.messages.k14_sync_group import SyncGroupRequest, SyncGroupResponse
    from wire.messages.k15_describe_groups import DescribeGroupsRequest, DescribeGroupsResponse
    from wire.messages.k16_list_groups import ListGroupsRequest, ListGroupsResponse
    from wire.messages.k17_sasl_handshake import SaslHandshakeRequest, SaslHandshakeResponse
    from wire.messages.k18_api_versions import ApiVersionsRequest, ApiVersionsResponse
    from wire.messages.k19_create_topics import CreateTopicsRequest, CreateTopicsResponse
    from wire.messages.k20_delete_topics import DeleteTopicsRequest, DeleteTopicsResponse
    from wire.messages.k21_delete_records import DeleteRecordsRequest, DeleteRecordsResponse
    from wire.messages.k22_init_producer_id import InitProducerIdRequest, InitProducerIdResponse
    from wire.messages.k23_offset_for_leader_epoch import OffsetForLeaderEpochRequest, OffsetForLeaderEpochResponse
    from wire.messages.k24_add_partitions_to_txn import AddPartitionsToTxnRequest, AddPartitionsToTxnResponse
    from wire.messages.k25_add_offsets_to_txn import AddOffsetsToTxnRequest, AddOffsetsToTxnResponse
    from wire.messages.k26_end_txn import EndTxnRequest, EndTxnResponse
    from wire.messages.k27_write_txn_markers import WriteTxnMarkersRequest, WriteTxnMarkersResponse
    from wire.messages.k28_txn_offset_commit import TxnOffsetCommitRequest, TxnOffsetCommitResponse
    from wire.messages.k29_describe_acls import DescribeAclsRequest, DescribeAclsResponse
    from wire.messages.k30_create_acls import CreateAclsRequest, CreateAclsResponse
    from wire.messages.k31_delete_acls import DeleteAclsRequest, DeleteAclsResponse
    from wire.messages.k32_describe_configs import DescribeConfigsRequest, DescribeConfigsResponse
    from wire.messages.k33_alter_configs import AlterConfigsRequest, AlterConfigsResponse
    from wire.messages.k34_alter_replica_log_dirs import AlterReplicaLogDirsRequest, AlterReplicaLogDirsResponse
    from wire.messages.k35_describe_log_dirs import DescribeLogDirsRequest, DescribeLogDirsResponse
    from wire.messages.k36_sasl_authenticate import SaslAuthenticateRequest, SaslAuthenticateResponse
    from wire.messages.k37_create_partitions import CreatePartitionsRequest, CreatePartitionsResponse
    from wire.messages.k38_create_delegation_token import CreateDelegationTokenRequest, CreateDelegationTokenResponse
    from wire.messages.k39_renew_delegation_token import RenewDelegationTokenRequest, RenewDelegationTokenResponse
    from wire.messages.k40_expire_delegation_token import ExpireDelegationTokenRequest, ExpireDelegationTokenResponse
    from wire.messages.k41_describe_delegation_token import DescribeDelegationTokenRequest, DescribeDelegationTokenResponse
    from wire.messages.k42_delete_groups import DeleteGroupsRequest, DeleteGroupsResponse
    from wire.messages.k43_elect_leaders import ElectLeadersRequest, ElectLeadersResponse
    from wire.messages.k44_incremental_alter_configs import IncrementalAlterConfigsRequest, IncrementalAlterConfigsResponse
    from wire.messages.k45_alter_partition_reassignments import AlterPartitionReassignmentsRequest, AlterPartitionReassignmentsResponse
    from wire.messages.k46_list_partition_reassignments import ListPartitionReassignmentsRequest, ListPartitionReassignmentsResponse
    from wire.messages.k47_offset_delete import OffsetDeleteRequest, OffsetDeleteResponse
    from wire.messages.k48_describe_client_quotas import DescribeClientQuotasRequest, DescribeClientQuotasResponse
    from wire.messages.k49_alter_client_quotas import AlterClientQuotasRequest, AlterClientQuotasResponse
    from wire.messages.k50_describe_user_scram_credentials import DescribeUserScramCredentialsRequest, DescribeUserScramCredentialsResponse
    from wire.messages.k51_alter_user_scram_credentials import AlterUserScramCredentialsRequest, AlterUserScramCredentialsResponse
    from wire.messages.k52_vote import VoteRequest, VoteResponse
    from wire.messages.k53_begin_quorum_epoch import BeginQuorumEpochRequest, BeginQuorumEpochResponse
    from wire.messages.k54_end_quorum_epoch import EndQuorumEpochRequest, EndQuorumEpochResponse
    from wire.messages.k55_describe_quorum import DescribeQuorumRequest, DescribeQuorumResponse
    from wire.messages.k56_alter_partition import AlterPartitionRequest, AlterPartitionResponse
    from wire.messages.k57_update_features import UpdateFeaturesRequest, UpdateFeaturesResponse
    from wire.messages.k58_envelope import EnvelopeRequest, EnvelopeResponse
    from wire.messages.k59_fetch_snapshot import FetchSnapshotRequest, FetchSnapshotResponse
    from wire.messages.k60_describe_cluster import DescribeClusterRequest, DescribeClusterResponse
    from wire.messages.k61_describe_producers import DescribeProducersRequest, DescribeProducersResponse
    from wire.messages.k62_broker_registration import BrokerRegistrationRequest, BrokerRegistrationResponse
    from wire.messages.k63_broker_heartbeat import BrokerHeartbeatRequest, BrokerHeartbeatResponse
    from wire.messages.k64_unregister_broker import UnregisterBrokerRequest, UnregisterBrokerResponse
    from wire.messages.k65_describe_transactions import DescribeTransactionsRequest, DescribeTransactionsResponse
    from wire.messages.k66_list_transactions import ListTransactionsRequest, ListTransactionsResponse
    from wire.messages.k67_allocate_producer_ids import AllocateProducerIdsRequest, AllocateProducerIdsResponse
    from wire.messages.k68_consumer_group_heartbeat import ConsumerGroupHeartbeatRequest, ConsumerGroupHeartbeatResponse
    from wire.messages.k69_consumer_group_describe import ConsumerGroupDescribeRequest, ConsumerGroupDescribeResponse
    from wire.messages.k70_controller_registration import ControllerRegistrationRequest, ControllerRegistrationResponse
    from wire.messages.k71_get_telemetry_subscriptions import GetTelemetrySubscriptionsRequest, GetTelemetrySubscriptionsResponse
    from wire.messages.k72_push_telemetry import PushTelemetryRequest, PushTelemetryResponse
    from wire.messages.k73_assign_replicas_to_dirs import AssignReplicasToDirsRequest, AssignReplicasToDirsResponse
    from wire.messages.k74_list_config_resources import ListConfigResourcesRequest, ListConfigResourcesResponse
    from wire.messages.k75_describe_topic_partitions import DescribeTopicPartitionsRequest, DescribeTopicPartitionsResponse
    from wire.messages.k76_share_group_heartbeat import ShareGroupHeartbeatRequest, ShareGroupHeartbeatResponse
    from wire.messages.k77_share_group_describe import ShareGroupDescribeRequest, ShareGroupDescribeResponse
    from wire.messages.k78_share_fetch import ShareFetchRequest, ShareFetchResponse
    from wire.messages.k79_share_acknowledge import ShareAcknowledgeRequest, ShareAcknowledgeResponse
    from wire.messages.k80_add_raft_voter import AddRaftVoterRequest, AddRaftVoterResponse
    from wire.messages.k81_remove_raft_voter import RemoveRaftVoterRequest, RemoveRaftVoterResponse
    from wire.messages.k82_update_raft_voter import UpdateRaftVoterRequest, UpdateRaftVoterResponse
    from wire.messages.k83_initialize_share_group_state import InitializeShareGroupStateRequest, InitializeShareGroupStateResponse
    from wire.messages.k84_read_share_group_state import ReadShareGroupStateRequest, ReadShareGroupStateResponse
    from wire.messages.k85_write_share_group_state import WriteShareGroupStateRequest, WriteShareGroupStateResponse
    from wire.messages.k86_delete_share_group_state import DeleteShareGroupStateRequest, DeleteShareGroupStateResponse
    from wire.messages.k87_read_share_group_state_summary import ReadShareGroupStateSummaryRequest, ReadShareGroupStateSummaryResponse
    from wire.messages.k88_streams_group_heartbeat import StreamsGroupHeartbeatRequest, StreamsGroupHeartbeatResponse
    from wire.messages.k89_streams_group_describe import StreamsGroupDescribeRequest, StreamsGroupDescribeResponse
    from wire.messages.k90_describe_share_group_offsets import DescribeShareGroupOffsetsRequest, DescribeShareGroupOffsetsResponse
    from wire.messages.k91_alter_share_group_offsets import AlterShareGroupOffsetsRequest, AlterShareGroupOffsetsResponse
    from wire.messages.k92_delete_share_group_offsets import DeleteShareGroupOffsetsRequest, DeleteShareGroupOffsetsResponse
    from wire.messages.data import ConsumerProtocolAssignment, ConsumerProtocolSubscription, DefaultPrincipalData, EndTxnMarker, KRaftVersionRecord, LeaderChangeMessage, SnapshotFooterRecord, SnapshotHeaderRecord, VotersRecord

#: class name -> generated module that defines it
MODULE_OF: dict[str, str] = {
    'ProduceRequest': 'k00_produce',
    'ProduceResponse': 'k00_produce',
    'FetchRequest': 'k01_fetch',
    'FetchResponse': 'k01_fetch',
    'ListOffsetsRequest': 'k02_list_offsets',
    'ListOffsetsResponse': 'k02_list_offsets',
    'MetadataRequest': 'k03_metadata',
    'MetadataResponse': 'k03_metadata',
    'OffsetCommitRequest': 'k08_offset_commit',
    'OffsetCommitResponse': 'k08_offset_commit',
    'OffsetFetchRequest': 'k09_offset_fetch',
    'OffsetFetchResponse': 'k09_offset_fetch',
    'FindCoordinatorRequest': 'k10_find_coordinator',
    'FindCoordinatorResponse': 'k10_find_coordinator',
    'JoinGroupRequest': 'k11_join_group',
    'JoinGroupResponse': 'k11_join_group',
    'HeartbeatRequest': 'k12_heartbeat',
    'HeartbeatResponse': 'k12_heartbeat',
    'LeaveGroupRequest': 'k13_leave_group',
    'LeaveGroupResponse': 'k13_leave_group',
    'SyncGroupRequest': 'k14_sync_group',
    'SyncGroupResponse': 'k14_sync_group',
    'DescribeGroupsRequest': 'k15_describe_groups',
    'DescribeGroupsResponse': 'k15_describe_groups',
    'ListGroupsRequest': 'k16_list_groups',
    'ListGroupsResponse': 'k16_list_groups',
    'SaslHandshakeRequest': 'k17_sasl_handshake',
    'SaslHandshakeResponse': 'k17_sasl_handshake',
    'ApiVersionsRequest': 'k18_api_versions',
    'ApiVersionsResponse': 'k18_api_versions',
    'CreateTopicsRequest': 'k19_create_topics',
    'CreateTopicsResponse': 'k19_create_topics',
    'DeleteTopicsRequest': 'k20_delete_topics',
    'DeleteTopicsResponse': 'k20_delete_topics',
    'DeleteRecordsRequest': 'k21_delete_records',
    'DeleteRecordsResponse': 'k21_delete_records',
    'InitProducerIdRequest': 'k22_init_producer_id',
    'InitProducerIdResponse': 'k22_init_producer_id',
    'OffsetForLeaderEpochRequest': 'k23_offset_for_leader_epoch',
    'OffsetForLeaderEpochResponse': 'k23_offset_for_leader_epoch',
    'AddPartitionsToTxnRequest': 'k24_add_partitions_to_txn',
    'AddPartitionsToTxnResponse': 'k24_add_partitions_to_txn',
    'AddOffsetsToTxnRequest': 'k25_add_offsets_to_txn',
    'AddOffsetsToTxnResponse': 'k25_add_offsets_to_txn',
    'EndTxnRequest': 'k26_end_txn',
    'EndTxnResponse': 'k26_end_txn',
    'WriteTxnMarkersRequest': 'k27_write_txn_markers',
    'WriteTxnMarkersResponse': 'k27_write_txn_markers',
    'TxnOffsetCommitRequest': 'k28_txn_offset_commit',
    'TxnOffsetCommitResponse': 'k28_txn_offset_commit',
    'DescribeAclsRequest': 'k29_describe_acls',
    'DescribeAclsResponse': 'k29_describe_acls',
    'CreateAclsRequest': 'k30_create_acls',
    'CreateAclsResponse': 'k30_create_acls',
    'DeleteAclsRequest': 'k31_delete_acls',
    'DeleteAclsResponse': 'k31_delete_acls',
    'DescribeConfigsRequest': 'k32_describe_configs',
    'DescribeConfigsResponse': 'k32_describe_configs',
    'AlterConfigsRequest': 'k33_alter_configs',
    'AlterConfigsResponse': 'k33_alter_configs',
    'AlterReplicaLogDirsRequest': 'k34_alter_replica_log_dirs',
    'AlterReplicaLogDirsResponse': 'k34_alter_replica_log_dirs',
    'DescribeLogDirsRequest': 'k35_describe_log_dirs',
    'DescribeLogDirsResponse': 'k35_describe_log_dirs',
    'SaslAuthenticateRequest': 'k36_sasl_authenticate',
    'SaslAuthenticateResponse': 'k36_sasl_authenticate',
    'CreatePartitionsRequest': 'k37_create_partitions',
    'CreatePartitionsResponse': 'k37_create_partitions',
    'CreateDelegationTokenRequest': 'k38_create_delegation_token',
    'CreateDelegationTokenResponse': 'k38_create_delegation_token',
    'RenewDelegationTokenRequest': 'k39_renew_delegation_token',
    'RenewDelegationTokenResponse': 'k39_renew_delegation_token',
    'ExpireDelegationTokenRequest': 'k40_expire_delegation_token',
    'ExpireDelegationTokenResponse': 'k40_expire_delegation_token',
    'DescribeDelegationTokenRequest': 'k41_describe_delegation_token',
    'DescribeDelegationTokenResponse': 'k41_describe_delegation_token',
    'DeleteGroupsRequest': 'k42_delete_groups',
    'DeleteGroupsResponse': 'k42_delete_groups',
    'ElectLeadersRequest': 'k43_elect_leaders',
    'ElectLeadersResponse': 'k43_elect_leaders',
    'IncrementalAlterConfigsRequest': 'k44_incremental_alter_configs',
    'IncrementalAlterConfigsResponse': 'k44_incremental_alter_configs',
    'AlterPartitionReassignmentsRequest': 'k45_alter_partition_reassignments',
    'AlterPartitionReassignmentsResponse': 'k45_alter_partition_reassignments',
    'ListPartitionReassignmentsRequest': 'k46_list_partition_reassignments',
    'ListPartitionReassignmentsResponse': 'k46_list_partition_reassignments',
    'OffsetDeleteRequest': 'k47_offset_delete',
    'OffsetDeleteResponse': 'k47_offset_delete',
    'DescribeClientQuotasRequest': 'k48_describe_client_quotas',
    'DescribeClientQuotasResponse': 'k48_describe_client_quotas',
    'AlterClientQuotasRequest': 'k49_alter_client_quotas',
    'AlterClientQuotasResponse': 'k49_alter_client_quotas',
    'DescribeUserScramCredentialsRequest': 'k50_describe_user_scram_credentials',
    'DescribeUserScramCredentialsResponse': 'k50_describe_user_scram_credentials',
    'AlterUserScramCredentialsRequest': 'k51_alter_user_scram_credentials',
    'AlterUserScramCredentialsResponse': 'k51_alter_user_scram_credentials',
    'VoteRequest': 'k52_vote',
    'VoteResponse': 'k52_vote',
    'BeginQuorumEpochRequest': 'k53_begin_quorum_epoch',
    'BeginQuorumEpochResponse': 'k53_begin_quorum_epoch',
    'EndQuorumEpochRequest': 'k54_end_quorum_epoch',
    'EndQuorumEpochResponse': 'k54_end_quorum_epoch',
    'DescribeQuorumRequest': 'k55_describe_quorum',
    'DescribeQuorumResponse': 'k55_describe_quorum',
    'AlterPartitionRequest': 'k56_alter_partition',
    'AlterPartitionResponse': 'k56_alter_partition',
    'UpdateFeaturesRequest': 'k57_update_features',
    'UpdateFeaturesResponse': 'k57_update_features',
    'EnvelopeRequest': 'k58_envelope',
    'EnvelopeResponse': 'k58_envelope',
    'FetchSnapshotRequest': 'k59_fetch_snapshot',
    'FetchSnapshotResponse': 'k59_fetch_snapshot',
    'DescribeClusterRequest': 'k60_describe_cluster',
    'DescribeClusterResponse': 'k60_describe_cluster',
    'DescribeProducersRequest': 'k61_describe_producers',
    'DescribeProducersResponse': 'k61_describe_producers',
    'BrokerRegistrationRequest': 'k62_broker_registration',
    'BrokerRegistrationResponse': 'k62_broker_registration',
    'BrokerHeartbeatRequest': 'k63_broker_heartbeat',
    'BrokerHeartbeatResponse': 'k63_broker_heartbeat',
    'UnregisterBrokerRequest': 'k64_unregister_broker',
    'UnregisterBrokerResponse': 'k64_unregister_broker',
    'DescribeTransactionsRequest': 'k65_describe_transactions',
    'DescribeTransactionsResponse': 'k65_describe_transactions',
    'ListTransactionsRequest': 'k66_list_transactions',
    'ListTransactionsResponse': 'k66_list_transactions',
    'AllocateProducerIdsRequest': 'k67_allocate_producer_ids',
    'AllocateProducerIdsResponse': 'k67_allocate_producer_ids',
    'ConsumerGroupHeartbeatRequest': 'k68_consumer_group_heartbeat',
    'ConsumerGroupHeartbeatResponse': 'k68_consumer_group_heartbeat',
    'ConsumerGroupDescribeRequest': 'k69_consumer_group_describe',
    'ConsumerGroupDescribeResponse': 'k69_consumer_group_describe',
    'ControllerRegistrationRequest': 'k70_controller_registration',
    'ControllerRegistrationResponse': 'k70_controller_registration',
    'GetTelemetrySubscriptionsRequest': 'k71_get_telemetry_subscriptions',
    'GetTelemetrySubscriptionsResponse': 'k71_get_telemetry_subscriptions',
    'PushTelemetryRequest': 'k72_push_telemetry',
    'PushTelemetryResponse': 'k72_push_telemetry',
    'AssignReplicasToDirsRequest': 'k73_assign_replicas_to_dirs',
    'AssignReplicasToDirsResponse': 'k73_assign_replicas_to_dirs',
    'ListConfigResourcesRequest': 'k74_list_config_resources',
    'ListConfigResourcesResponse': 'k74_list_config_resources',
    'DescribeTopicPartitionsRequest': 'k75_describe_topic_partitions',
    'DescribeTopicPartitionsResponse': 'k75_describe_topic_partitions',
    'ShareGroupHeartbeatRequest': 'k76_share_group_heartbeat',
    'ShareGroupHeartbeatResponse': 'k76_share_group_heartbeat',
    'ShareGroupDescribeRequest': 'k77_share_group_describe',
    'ShareGroupDescribeResponse': 'k77_share_group_describe',
    'ShareFetchRequest': 'k78_share_fetch',
    'ShareFetchResponse': 'k78_share_fetch',
    'ShareAcknowledgeRequest': 'k79_share_acknowledge',
    'ShareAcknowledgeResponse': 'k79_share_acknowledge',
    'AddRaftVoterRequest': 'k80_add_raft_voter',
    'AddRaftVoterResponse': 'k80_add_raft_voter',
    'RemoveRaftVoterRequest': 'k81_remove_raft_voter',
    'RemoveRaftVoterResponse': 'k81_remove_raft_voter',
    'UpdateRaftVoterRequest': 'k82_update_raft_voter',
    'UpdateRaftVoterResponse': 'k82_update_raft_voter',
    'InitializeShareGroupStateRequest': 'k83_initialize_share_group_state',
    'InitializeShareGroupStateResponse': 'k83_initialize_share_group_state',
    'ReadShareGroupStateRequest': 'k84_read_share_group_state',
    'ReadShareGroupStateResponse': 'k84_read_share_group_state',
    'WriteShareGroupStateRequest': 'k85_write_share_group_state',
    'WriteShareGroupStateResponse': 'k85_write_share_group_state',
    'DeleteShareGroupStateRequest': 'k86_delete_share_group_state',
    'DeleteShareGroupStateResponse': 'k86_delete_share_group_state',
    'ReadShareGroupStateSummaryRequest': 'k87_read_share_group_state_summary',
    'ReadShareGroupStateSummaryResponse': 'k87_read_share_group_state_summary',
    'StreamsGroupHeartbeatRequest': 'k88_streams_group_heartbeat',
    'StreamsGroupHeartbeatResponse': 'k88_streams_group_heartbeat',
    'StreamsGroupDescribeRequest': 'k89_streams_group_describe',
    'StreamsGroupDescribeResponse': 'k89_streams_group_describe',
    'DescribeShareGroupOffsetsRequest': 'k90_describe_share_group_offsets',
    'DescribeShareGroupOffsetsResponse': 'k90_describe_share_group_offsets',
    'AlterShareGroupOffsetsRequest': 'k91_alter_share_group_offsets',
    'AlterShareGroupOffsetsResponse': 'k91_alter_share_group_offsets',
    'DeleteShareGroupOffsetsRequest': 'k92_delete_share_group_offsets',
    'DeleteShareGroupOffsetsResponse': 'k92_delete_share_group_offsets',
    'ConsumerProtocolAssignment': 'data',
    'ConsumerProtocolSubscription': 'data',
    'DefaultPrincipalData': 'data',
    'EndTxnMarker': 'data',
    'KRaftVersionRecord': 'data',
    'LeaderChangeMessage': 'data',
    'SnapshotFooterRecord': 'data',
    'SnapshotHeaderRecord': 'data',
    'VotersRecord': 'data',
}

#: api_key -> (request class name, response class name, min version, max (stable)
#: version, first flexible version, latest version unstable, latest version,
#: listeners): the request class's attributes, known without importing it
API_VERSIONS: dict[int, tuple[str, str, int, int, int | None, bool, int, tuple[str, ...]]] = {
    0: ('ProduceRequest', 'ProduceResponse', 3, 13, 9, False, 13, ('broker',)),
    1: ('FetchRequest', 'FetchResponse', 4, 18, 12, False, 18, ('broker', 'controller')),
    2: ('ListOffsetsRequest', 'ListOffsetsResponse', 1, 10, 6, False, 10, ('broker',)),
    3: ('MetadataRequest', 'MetadataResponse', 0, 13, 9, False, 13, ('broker',)),
    8: ('OffsetCommitRequest', 'OffsetCommitResponse', 2, 9, 8, True, 10, ('broker',)),
    9: ('OffsetFetchRequest', 'OffsetFetchResponse', 1, 9, 6, True, 10, ('broker',)),
    10: ('FindCoordinatorRequest', 'FindCoordinatorResponse', 0, 6, 3, False, 6, ('broker',)),
    11: ('JoinGroupRequest', 'JoinGroupResponse', 0, 9, 6, False, 9, ('broker',)),
    12: ('HeartbeatRequest', 'HeartbeatResponse', 0, 4, 4, False, 4, ('broker',)),
    13: ('LeaveGroupRequest', 'LeaveGroupResponse', 0, 5, 4, False, 5, ('broker',)),
    14: ('SyncGroupRequest', 'SyncGroupResponse', 0, 5, 4, False, 5, ('broker',)),
    15: ('DescribeGroupsRequest', 'DescribeGroupsResponse', 0, 6, 5, False, 6, ('broker',)),
    16: ('ListGroupsRequest', 'ListGroupsResponse', 0, 5, 3, False, 5, ('broker',)),
    17: ('SaslHandshakeRequest', 'SaslHandshakeResponse', 0, 1, None, False, 1, ('broker', 'controller')),
    18: ('ApiVersionsRequest', 'ApiVersionsResponse', 0, 4, 3, False, 4, ('broker', 'controller')),
    19: ('CreateTopicsRequest', 'CreateTopicsResponse', 2, 7, 5, False, 7, ('broker', 'controller')),
    20: ('DeleteTopicsRequest', 'DeleteTopicsResponse', 1, 6, 4, False, 6, ('broker', 'controller')),
    21: ('DeleteRecordsRequest', 'DeleteRecordsResponse', 0, 2, 2, False, 2, ('broker',)),
    22: ('InitProducerIdRequest', 'InitProducerIdResponse', 0, 5, 2, True, 6, ('broker',)),
    23: ('OffsetForLeaderEpochRequest', 'OffsetForLeaderEpochResponse', 2, 4, 4, False, 4, ('broker',)),
    24: ('AddPartitionsToTxnRequest', 'AddPartitionsToTxnResponse', 0, 5, 3, False, 5, ('broker',)),
    25: ('AddOffsetsToTxnRequest', 'AddOffsetsToTxnResponse', 0, 4, 3, False, 4, ('broker',)),
    26: ('EndTxnRequest', 'EndTxnResponse', 0, 5, 3, False, 5, ('broker',)),
    27: ('WriteTxnMarkersRequest', 'WriteTxnMarkersResponse', 1, 1, 1, False, 1, ('broker',)),
    28: ('TxnOffsetCommitRequest', 'TxnOffsetCommitResponse', 0, 5, 3, False, 5, ('broker',)),
    29: ('DescribeAclsRequest', 'DescribeAclsResponse', 1, 3, 2, False, 3, ('broker', 'controller')),
    30: ('CreateAclsRequest', 'CreateAclsResponse', 1, 3, 2, False, 3, ('broker', 'controller')),
    31: ('DeleteAclsRequest', 'DeleteAclsResponse', 1, 3, 2, False, 3, ('broker', 'controller')),
    32: ('DescribeConfigsRequest', 'DescribeConfigsResponse', 1, 4, 4, False, 4, ('broker', 'controller')),
    33: ('AlterConfigsRequest', 'AlterConfigsResponse', 0, 2, 2, False, 2, ('broker', 'controller')),
    34: ('AlterReplicaLogDirsRequest', 'AlterReplicaLogDirsResponse', 1, 2, 2, False, 2, ('broker',)),
    35: ('DescribeLogDirsRequest', 'DescribeLogDirsResponse', 1, 4, 2, False, 4, ('broker',)),
    36: ('SaslAuthenticateRequest', 'SaslAuthenticateResponse', 0, 2, 2, False, 2, ('broker', 'controller')),
    37: ('CreatePartitionsRequest', 'CreatePartitionsResponse', 0, 3, 2, False, 3, ('broker', 'controller')),
    38: ('CreateDelegationTokenRequest', 'CreateDelegationTokenResponse', 1, 3, 2, False, 3, ('broker', 'controller')),
    39: ('RenewDelegationTokenRequest', 'RenewDelegationTokenResponse', 1, 2, 2, False, 2, ('broker', 'controller')),
    40: ('ExpireDelegationTokenRequest', 'ExpireDelegationTokenResponse', 1, 2, 2, False, 2, ('broker', 'controller')),
    41: ('DescribeDelegationTokenRequest', 'DescribeDelegationTokenResponse', 1, 3, 2, False, 3, ('broker', 'controller')),
    42: ('DeleteGroupsRequest', 'DeleteGroupsResponse', 0, 2, 2, False, 2, ('broker',)),
    43: ('ElectLeadersRequest', 'ElectLeadersResponse', 0, 2, 2, False, 2, ('broker', 'controller')),
    44: ('IncrementalAlterConfigsRequest', 'IncrementalAlterConfigsResponse', 0, 1, 1, False, 1, ('broker', 'controller')),
    45: ('AlterPartitionReassignmentsRequest', 'AlterPartitionReassignmentsResponse', 0, 1, 0, False, 1, ('broker', 'controller')),
    46: ('ListPartitionReassignmentsRequest', 'ListPartitionReassignmentsResponse', 0, 0, 0, False, 0, ('broker', 'controller')),
    47: ('OffsetDeleteRequest', 'OffsetDeleteResponse', 0, 0, None, False, 0, ('broker',)),
    48: ('DescribeClientQuotasRequest', 'DescribeClientQuotasResponse', 0, 1, 1, False, 1, ('broker',)),
    49: ('AlterClientQuotasRequest', 'AlterClientQuotasResponse', 0, 1, 1, False, 1, ('broker', 'controller')),
    50: ('DescribeUserScramCredentialsRequest', 'DescribeUserScramCredentialsResponse', 0, 0, 0, False, 0, ('broker', 'controller')),
    51: ('AlterUserScramCredentialsRequest', 'AlterUserScramCredentialsResponse', 0, 0, 0, False, 0, ('broker', 'controller')),
    52: ('VoteRequest', 'VoteResponse', 0, 2, 0, False, 2, ('controller',)),
    53: ('BeginQuorumEpochRequest', 'BeginQuorumEpochResponse', 0, 1, 1, False, 1, ('controller',)),
    54: ('EndQuorumEpochRequest', 'EndQuorumEpochResponse', 0, 1, 1, False, 1, ('controller',)),
    55: ('DescribeQuorumRequest', 'DescribeQuorumResponse', 0, 2, 0, False, 2, ('broker', 'controller')),
    56: ('AlterPartitionRequest', 'AlterPartitionResponse', 2, 3, 2, False, 3, ('controller',)),
    57: ('UpdateFeaturesRequest', 'UpdateFeaturesResponse', 0, 2, 0, False, 2, ('broker', 'controller')),
    58: ('EnvelopeRequest', 'EnvelopeResponse', 0, 0, 0, False, 0, ('controller',)),
    59: ('FetchSnapshotRequest', 'FetchSnapshotResponse', 0, 1, 0, False, 1, ('controller',)),
    60: ('DescribeClusterRequest', 'DescribeClusterResponse', 0, 2, 0, False, 2, ('broker', 'controller')),
    61: ('DescribeProducersRequest', 'DescribeProducersResponse', 0, 0, 0, False, 0, ('broker',)),
    62: ('BrokerRegistrationRequest', 'BrokerRegistrationResponse', 0, 4, 0, False, 4, ('controller',)),
    63: ('BrokerHeartbeatRequest', 'BrokerHeartbeatResponse', 0, 1, 0, False, 1, ('controller',)),
    64: ('UnregisterBrokerRequest', 'UnregisterBrokerResponse', 0, 0, 0, False, 0, ('broker', 'controller')),
    65: ('DescribeTransactionsRequest', 'DescribeTransactionsResponse', 0, 0, 0, False, 0, ('broker',)),
    66: ('ListTransactionsRequest', 'ListTransactionsResponse', 0, 2, 0, False, 2, ('broker',)),
    67: ('AllocateProducerIdsRequest', 'AllocateProducerIdsResponse', 0, 0, 0, False, 0, ('controller',)),
    68: ('ConsumerGroupHeartbeatRequest', 'ConsumerGroupHeartbeatResponse', 0, 1, 0, False, 1, ('broker',)),
    69: ('ConsumerGroupDescribeRequest', 'ConsumerGroupDescribeResponse', 0, 1, 0, False, 1, ('broker',)),
    70: ('ControllerRegistrationRequest', 'ControllerRegistrationResponse', 0, 0, 0, False, 0, ('controller',)),
    71: ('GetTelemetrySubscriptionsRequest', 'GetTelemetrySubscriptionsResponse', 0, 0, 0, False, 0, ('broker',)),
    72: ('PushTelemetryRequest', 'PushTelemetryResponse', 0, 0, 0, False, 0, ('broker',)),
    73: ('AssignReplicasToDirsRequest', 'AssignReplicasToDirsResponse', 0, 0, 0, False, 0, ('controller',)),
    74: ('ListConfigResourcesRequest', 'ListConfigResourcesResponse', 0, 1, 0, False, 1, ('broker',)),
    75: ('DescribeTopicPartitionsRequest', 'DescribeTopicPartitionsResponse', 0, 0, 0, False, 0, ('broker',)),
    76: ('ShareGroupHeartbeatRequest', 'ShareGroupHeartbeatResponse', 1, 1, 1, False, 1, ('broker',)),
    77: ('ShareGroupDescribeRequest', 'ShareGroupDescribeResponse', 1, 1, 1, False, 1, ('broker',)),
    78: ('ShareFetchRequest', 'ShareFetchResponse', 1, 1, 1, False, 1, ('broker',)),
    79: ('ShareAcknowledgeRequest', 'ShareAcknowledgeResponse', 1, 1, 1, False, 1, ('broker',)),
    80: ('AddRaftVoterRequest', 'AddRaftVoterResponse', 0, 0, 0, False, 0, ('controller', 'broker')),
    81: ('RemoveRaftVoterRequest', 'RemoveRaftVoterResponse', 0, 0, 0, False, 0, ('controller', 'broker')),
    82: ('UpdateRaftVoterRequest', 'UpdateRaftVoterResponse', 0, 0, 0, False, 0, ('controller',)),
    83: ('InitializeShareGroupStateRequest', 'InitializeShareGroupStateResponse', 0, 0, 0, False, 0, ('broker',)),
    84: ('ReadShareGroupStateRequest', 'ReadShareGroupStateResponse', 0, 0, 0, False, 0, ('broker',)),
    85: ('WriteShareGroupStateRequest', 'WriteShareGroupStateResponse', 0, 0, 0, False, 0, ('broker',)),
    86: ('DeleteShareGroupStateRequest', 'DeleteShareGroupStateResponse', 0, 0, 0, False, 0, ('broker',)),
    87: ('ReadShareGroupStateSummaryRequest', 'ReadShareGroupStateSummaryResponse', 0, 0, 0, False, 0, ('broker',)),
    88: ('StreamsGroupHeartbeatRequest', 'StreamsGroupHeartbeatResponse', 0, -1, 0, True, 0, ('broker',)),
    89: ('StreamsGroupDescribeRequest', 'StreamsGroupDescribeResponse', 0, -1, 0, True, 0, ('broker',)),
    90: ('DescribeShareGroupOffsetsRequest', 'DescribeShareGroupOffsetsResponse', 0, 0, 0, False, 0, ('broker',)),
    91: ('AlterShareGroupOffsetsRequest', 'AlterShareGroupOffsetsResponse', 0, 0, 0, False, 0, ('broker',)),
    92: ('DeleteShareGroupOffsetsRequest', 'DeleteShareGroupOffsetsResponse', 0, 0, 0, False, 0, ('broker',)),
}


def __getattr__(name: str) -> Any:
    module = MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value  # later look-ups skip __getattr__
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(MODULE_OF))


__all__ = [
    'ProduceRequest',
    'ProduceResponse',
    'FetchRequest',
    'FetchResponse',
    'ListOffsetsRequest',
    'ListOffsetsResponse',
    'MetadataRequest',
    'MetadataResponse',
    'OffsetCommitRequest',
    'OffsetCommitResponse',
    'OffsetFetchRequest',
    'OffsetFetchResponse',
    'FindCoordinatorRequest',
    'FindCoordinatorResponse',
    'JoinGroupRequest',
    'JoinGroupResponse',
    'HeartbeatRequest',
    'HeartbeatResponse',
    'LeaveGroupRequest',
    'LeaveGroupResponse',
    'SyncGroupRequest',
    'SyncGroupResponse',
    'DescribeGroupsRequest',
    'DescribeGroupsResponse',
    'ListGroupsRequest',
    'ListGroupsResponse',
    'SaslHandshakeRequest',
    'SaslHandshakeResponse',
    'ApiVersionsRequest',
    'ApiVersionsResponse',
    'CreateTopicsRequest',
    'CreateTopicsResponse',
    'DeleteTopicsRequest',
    'DeleteTopicsResponse',
    'DeleteRecordsRequest',
    'DeleteRecordsResponse',
    'InitProducerIdRequest',
    'InitProducerIdResponse',
    'OffsetForLeaderEpochRequest',
    'OffsetForLeaderEpochResponse',
    'AddPartitionsToTxnRequest',
    'AddPartitionsToTxnResponse',
    'AddOffsetsToTxnRequest',
    'AddOffsetsToTxnResponse',
    'EndTxnRequest',
    'EndTxnResponse',
    'WriteTxnMarkersRequest',
    'WriteTxnMarkersResponse',
    'TxnOffsetCommitRequest',
    'TxnOffsetCommitResponse',
    'DescribeAclsRequest',
    'DescribeAclsResponse',
    'CreateAclsRequest',
    'CreateAclsResponse',
    'DeleteAclsRequest',
    'DeleteAclsResponse',
    'DescribeConfigsRequest',
    'DescribeConfigsResponse',
    'AlterConfigsRequest',
    'AlterConfigsResponse',
    'AlterReplicaLogDirsRequest',
    'AlterReplicaLogDirsResponse',
    'DescribeLogDirsRequest',
    'DescribeLogDirsResponse',
    'SaslAuthenticateRequest',
    'SaslAuthenticateResponse',
    'CreatePartitionsRequest',
    'CreatePartitionsResponse',
    'CreateDelegationTokenRequest',
    'CreateDelegationTokenResponse',
    'RenewDelegationTokenRequest',
    'RenewDelegationTokenResponse',
    'ExpireDelegationTokenRequest',
    'ExpireDelegationTokenResponse',
    'DescribeDelegationTokenRequest',
    'DescribeDelegationTokenResponse',
    'DeleteGroupsRequest',
    'DeleteGroupsResponse',
    'ElectLeadersRequest',
    'ElectLeadersResponse',
    'IncrementalAlterConfigsRequest',
    'IncrementalAlterConfigsResponse',
    'AlterPartitionReassignmentsRequest',
    'AlterPartitionReassignmentsResponse',
    'ListPartitionReassignmentsRequest',
    'ListPartitionReassignmentsResponse',
    'OffsetDeleteRequest',
    'OffsetDeleteResponse',
    'DescribeClientQuotasRequest',
    'DescribeClientQuotasResponse',
    'AlterClientQuotasRequest',
    'AlterClientQuotasResponse',
    'DescribeUserScramCredentialsRequest',
    'DescribeUserScramCredentialsResponse',
    'AlterUserScramCredentialsRequest',
    'AlterUserScramCredentialsResponse',
    'VoteRequest',
    'VoteResponse',
    'BeginQuorumEpochRequest',
    'BeginQuorumEpochResponse',
    'EndQuorumEpochRequest',
    'EndQuorumEpochResponse',
    'DescribeQuorumRequest',
    'DescribeQuorumResponse',
    'AlterPartitionRequest',
    'AlterPartitionResponse',
    'UpdateFeaturesRequest',
    'UpdateFeaturesResponse',
    'EnvelopeRequest',
    'EnvelopeResponse',
    'FetchSnapshotRequest',
    'FetchSnapshotResponse',
    'DescribeClusterRequest',
    'DescribeClusterResponse',
    'DescribeProducersRequest',
    'DescribeProducersResponse',
    'BrokerRegistrationRequest',
    'BrokerRegistrationResponse',
    'BrokerHeartbeatRequest',
    'BrokerHeartbeatResponse',
    'UnregisterBrokerRequest',
    'UnregisterBrokerResponse',
    'DescribeTransactionsRequest',
    'DescribeTransactionsResponse',
    'ListTransactionsRequest',
    'ListTransactionsResponse',
    'AllocateProducerIdsRequest',
    'AllocateProducerIdsResponse',
    'ConsumerGroupHeartbeatRequest',
    'ConsumerGroupHeartbeatResponse',
    'ConsumerGroupDescribeRequest',
    'ConsumerGroupDescribeResponse',
    'ControllerRegistrationRequest',
    'ControllerRegistrationResponse',
    'GetTelemetrySubscriptionsRequest',
    'GetTelemetrySubscriptionsResponse',
    'PushTelemetryRequest',
    'PushTelemetryResponse',
    'AssignReplicasToDirsRequest',
    'AssignReplicasToDirsResponse',
    'ListConfigResourcesRequest',
    'ListConfigResourcesResponse',
    'DescribeTopicPartitionsRequest',
    'DescribeTopicPartitionsResponse',
    'ShareGroupHeartbeatRequest',
    'ShareGroupHeartbeatResponse',
    'ShareGroupDescribeRequest',
    'ShareGroupDescribeResponse',
    'ShareFetchRequest',
    'ShareFetchResponse',
    'ShareAcknowledgeRequest',
    'ShareAcknowledgeResponse',
    'AddRaftVoterRequest',
    'AddRaftVoterResponse',
    'RemoveRaftVoterRequest',
    'RemoveRaftVoterResponse',
    'UpdateRaftVoterRequest',
    'UpdateRaftVoterResponse',
    'InitializeShareGroupStateRequest',
    'InitializeShareGroupStateResponse',
    'ReadShareGroupStateRequest',
    'ReadShareGroupStateResponse',
    'WriteShareGroupStateRequest',
    'WriteShareGroupStateResponse',
    'DeleteShareGroupStateRequest',
    'DeleteShareGroupStateResponse',
    'ReadShareGroupStateSummaryRequest',
    'ReadShareGroupStateSummaryResponse',
    'StreamsGroupHeartbeatRequest',
    'StreamsGroupHeartbeatResponse',
    'StreamsGroupDescribeRequest',
    'StreamsGroupDescribeResponse',
    'DescribeShareGroupOffsetsRequest',
    'DescribeShareGroupOffsetsResponse',
    'AlterShareGroupOffsetsRequest',
    'AlterShareGroupOffsetsResponse',
    'DeleteShareGroupOffsetsRequest',
    'DeleteShareGroupOffsetsResponse',
    'ConsumerProtocolAssignment',
    'ConsumerProtocolSubscription',
    'DefaultPrincipalData',
    'EndTxnMarker',
    'KRaftVersionRecord',
    'LeaderChangeMessage',
    'SnapshotFooterRecord',
    'SnapshotHeaderRecord',
    'VotersRecord',
]
