"""Cluster metadata: the `MetadataStore` contract, its values, and its two implementations
(`local.LocalMetadataStore`, `zookeeper.ZkMetadataStore`; the latter is imported only in
cluster mode). See `store.py` for the contract."""

from kafkapy.metadata.entities import (
    DEFAULT_ENTITY,
    ConfigEntity,
    EntityConfigListener,
    EntityType,
)
from kafkapy.metadata.model import (
    AliveBroker,
    MetadataError,
    MetadataListener,
    NewPartitions,
    NewTopic,
    PartitionInfo,
    TopicInfo,
    validate_topic_name,
)
from kafkapy.metadata.store import MetadataStore, TopicOutcome, create_topic

__all__ = [
    "DEFAULT_ENTITY",
    "AliveBroker",
    "ConfigEntity",
    "EntityConfigListener",
    "EntityType",
    "MetadataError",
    "MetadataListener",
    "MetadataStore",
    "NewPartitions",
    "NewTopic",
    "PartitionInfo",
    "TopicInfo",
    "TopicOutcome",
    "create_topic",
    "validate_topic_name",
]
