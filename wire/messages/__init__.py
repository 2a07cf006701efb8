"""Kafka protocol messages, one module per API key.

GENERATED - DO NOT EDIT. Written by ``python -m wire.generator``; see docs/wire.md.
"""

# ruff: noqa
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
