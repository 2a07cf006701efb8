"""What DescribeConfigs reports: values, sources, synonyms, read-only and sensitive flags.

Reproduces Kafka's `ConfigHelper` (`createTopicConfigEntry`, `createBrokerConfigEntry`):

- A topic key's synonyms are the topic override (DYNAMIC_TOPIC_CONFIG), then its broker synonyms
  in Kafka's order, *source-major*: every synonym name set per broker (DYNAMIC_BROKER_CONFIG), then
  as cluster default (DYNAMIC_DEFAULT_BROKER_CONFIG), then statically (STATIC_BROKER_CONFIG), then
  those with a default (DEFAULT_CONFIG). The entry's source is its first synonym's source.
- A broker key's synonyms are its group (`log.retention.ms`, `.minutes`, `.hours`...) by the same
  rule; its value is the key's own value (`log.retention.ms` is null unless set), its source the
  first synonym's. Read-only is "not dynamically updatable". PASSWORD values are never shown.

Pure functions over a `KafkaConfig` and a topic's overrides; no I/O.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from kafkapy.config.defs import BROKER_KEYS, TOPIC_KEYS, ConfigSource, ConfigType
from kafkapy.config.kafka_config import KafkaConfig, broker_default_for_topic
from kafkapy.config.parse import ConfigError, parse_value, to_config_string

# Broker keys that are synonyms of one another (Kafka's `DynamicBrokerConfig.brokerConfigSynonyms`).
_GROUPS: tuple[tuple[str, ...], ...] = (
    ("log.retention.ms", "log.retention.minutes", "log.retention.hours"),
    ("log.roll.ms", "log.roll.hours"),
    ("log.roll.jitter.ms", "log.roll.jitter.hours"),
    ("log.flush.interval.ms", "log.flush.scheduler.interval.ms"),
)
BROKER_SYNONYMS: dict[str, tuple[str, ...]] = {n: g for g in _GROUPS for n in g}


@dataclass(frozen=True, slots=True)
class ConfigSynonym:
    name: str
    value: str | None
    source: ConfigSource


@dataclass(frozen=True, slots=True)
class DescribedConfig:
    name: str
    value: str | None
    read_only: bool
    source: ConfigSource
    sensitive: bool
    type: ConfigType
    documentation: str | None
    synonyms: list[ConfigSynonym] = field(default_factory=list)

    @property
    def is_default(self) -> bool:
        """DescribeConfigs v0's `is_default`."""
        return self.source is ConfigSource.DEFAULT_CONFIG


def _shown(name: str, raw: str | None, sensitive: bool) -> str | None:
    return None if sensitive else raw


def _broker_synonyms(cfg: KafkaConfig, names: Iterable[str]) -> list[ConfigSynonym]:
    names = list(names)
    out: list[ConfigSynonym] = []
    layers = (
        (cfg.dynamic_broker, ConfigSource.DYNAMIC_BROKER_CONFIG),
        (cfg.dynamic_default, ConfigSource.DYNAMIC_DEFAULT_BROKER_CONFIG),
        (cfg.static, ConfigSource.STATIC_BROKER_CONFIG),
    )
    for layer, source in layers:
        for name in names:
            if name in layer:
                sensitive = BROKER_KEYS[name].sensitive
                out.append(ConfigSynonym(name, _shown(name, layer[name], sensitive), source))
    for name in names:
        key = BROKER_KEYS[name]
        if key.default is not None:
            value = to_config_string(key.type, key.default)
            out.append(ConfigSynonym(name, _shown(name, value, key.sensitive),
                                     ConfigSource.DEFAULT_CONFIG))
    return out


def describe_broker(
    cfg: KafkaConfig,
    names: Iterable[str] | None = None,
    *,
    include_synonyms: bool = False,
    include_documentation: bool = False,
) -> list[DescribedConfig]:
    """Every (or each named) broker key of this node. Unknown names are left out, as in Kafka."""
    wanted = list(BROKER_KEYS) if names is None else [n for n in names if n in BROKER_KEYS]
    out: list[DescribedConfig] = []
    for name in wanted:
        key = BROKER_KEYS[name]
        synonyms = _broker_synonyms(cfg, BROKER_SYNONYMS.get(name, (name,)))
        source = synonyms[0].source if synonyms else ConfigSource.DEFAULT_CONFIG
        value = to_config_string(key.type, cfg.get(name))
        out.append(DescribedConfig(
            name=name,
            value=_shown(name, value, key.sensitive),
            read_only=not key.dynamic,
            source=source,
            sensitive=key.sensitive,
            type=key.type,
            documentation=key.doc if include_documentation else None,
            synonyms=synonyms if include_synonyms else [],
        ))
    return out


def describe_broker_default(
    cfg: KafkaConfig,
    names: Iterable[str] | None = None,
    *,
    include_synonyms: bool = False,
    include_documentation: bool = False,
) -> list[DescribedConfig]:
    """BROKER resource "" (the cluster-wide dynamic defaults): only keys set in that layer."""
    wanted = [n for n in cfg.dynamic_default if names is None or n in set(names)]
    out: list[DescribedConfig] = []
    for name in sorted(wanted):
        key = BROKER_KEYS[name]
        raw = _shown(name, cfg.dynamic_default[name], key.sensitive)
        syn = ConfigSynonym(name, raw, ConfigSource.DYNAMIC_DEFAULT_BROKER_CONFIG)
        out.append(DescribedConfig(
            name, raw, False, ConfigSource.DYNAMIC_DEFAULT_BROKER_CONFIG, key.sensitive,
            key.type, key.doc if include_documentation else None,
            [syn] if include_synonyms else [],
        ))
    return out


def describe_topic(
    cfg: KafkaConfig,
    overrides: Mapping[str, str],
    names: Iterable[str] | None = None,
    *,
    include_synonyms: bool = False,
    include_documentation: bool = False,
) -> list[DescribedConfig]:
    """Every (or each named) topic key of a topic with these overrides."""
    wanted = list(TOPIC_KEYS) if names is None else [n for n in names if n in TOPIC_KEYS]
    out: list[DescribedConfig] = []
    for name in wanted:
        key = TOPIC_KEYS[name]
        synonyms: list[ConfigSynonym] = []
        if name in overrides:
            try:
                value = to_config_string(key.type, parse_value(name, key.type, overrides[name]))
            except ConfigError:  # stored before validation tightened: show it as stored
                value = overrides[name]
            synonyms.append(ConfigSynonym(name, value, ConfigSource.DYNAMIC_TOPIC_CONFIG))
        else:
            value = to_config_string(key.type, broker_default_for_topic(cfg, name))
        synonyms.extend(_broker_synonyms(cfg, key.synonyms))
        if not key.synonyms and name not in overrides:
            synonyms.append(ConfigSynonym(name, value, ConfigSource.DEFAULT_CONFIG))
        out.append(DescribedConfig(
            name=name,
            value=value,
            read_only=False,
            source=synonyms[0].source if synonyms else ConfigSource.DEFAULT_CONFIG,
            sensitive=False,
            type=key.type,
            documentation=key.doc if include_documentation else None,
            synonyms=synonyms if include_synonyms else [],
        ))
    return out

