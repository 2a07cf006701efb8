"""AlterConfigs and IncrementalAlterConfigs semantics, shared by handlers 33 and 44.

Resources (Kafka's `ConfigResource.Type`): TOPIC (2), BROKER (4; name "" is the cluster-wide
default, name "<node id>" this broker), BROKER_LOGGER (8; Python logger levels).

- Legacy AlterConfigs *replaces* the resource's whole set of overrides (a key left out returns to
  its default); a null value is INVALID_REQUEST.
- IncrementalAlterConfigs applies SET (0), DELETE (1), APPEND (2) and SUBTRACT (3) per key
  (KIP-339); APPEND/SUBTRACT are for LIST keys only, start from the key's current value, and
  APPEND does not add an item twice.
- Topic overrides are validated (`validate_topic_configs`) and written through the metadata
  store (`MetadataStore.alter_topic_configs`), whose listeners apply them to the live logs; the
  answer comes once the store made them durable (in a cluster: ZooKeeper acknowledged them).
- Broker keys must be dynamic in Kafka (`ConfigKey.dynamic`); others are INVALID_CONFIG
  "Cannot update these configs dynamically". Accepted changes are the entity configs of
  `brokers/<default>` or `brokers/<node id>` in the metadata store (cluster-wide in a
  cluster, as Kafka's `/config/brokers/...`); `DynamicBrokerConfig`, an entity config
  listener, applies them to the `KafkaConfig` of every broker they concern.

Errors are `AlterError(error_code, message)`; the handler turns each into one resource's result.
Everything runs on the event-loop thread; a resource is validated completely before anything of
it changes, so a failed resource changes nothing.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Awaitable, Callable, Iterable, Mapping, Sequence
from typing import Protocol, TypeVar

from kafkapy.config.defs import BROKER_KEYS, TOPIC_KEYS, ConfigSource, ConfigType
from kafkapy.config.describe import DescribedConfig
from kafkapy.config.kafka_config import KafkaConfig, validate_topic_configs
from kafkapy.config.parse import ConfigError
from kafkapy.metadata.entities import ConfigEntity
from kafkapy.metadata.model import MetadataError
from kafkapy.metadata.store import MetadataStore
from wire.errors import ErrorCode

RESOURCE_UNKNOWN = 0
RESOURCE_TOPIC = 2
RESOURCE_GROUP = 3
RESOURCE_BROKER = 4
RESOURCE_BROKER_LOGGER = 8

OP_SET, OP_DELETE, OP_APPEND, OP_SUBTRACT = 0, 1, 2, 3

log = logging.getLogger("kafkapy.config")


class AlterError(Exception):
    def __init__(self, error_code: int, message: str) -> None:
        super().__init__(message)
        self.error_code = error_code
        self.message = message


class ConfigResource(Protocol):
    """A request's resource (AlterConfigs or IncrementalAlterConfigs): type and name."""

    @property
    def resource_type(self) -> int: ...

    @property
    def resource_name(self) -> str: ...


class ResourceResult(Protocol):
    """A response's per-resource result, whose error the alteration fills in."""

    error_code: int
    error_message: str | None


ResourceT = TypeVar("ResourceT", bound=ConfigResource)
ResultT = TypeVar("ResultT", bound=ResourceResult)


async def alter_each(resources: Iterable[ResourceT],
                     alter_one: Callable[[ResourceT], Awaitable[None]],
                     result_type: Callable[..., ResultT]) -> list[ResultT]:
    """One result per resource; each succeeds or fails on its own (Kafka's AlterConfigs and
    IncrementalAlterConfigs both answer per resource and never fail the whole request).

    Resources are altered one after the other, in request order (a later one sees the
    earlier ones' changes); each answer comes after its change is durable, with its error,
    as Kafka 2.x answered after `adminZkClient.changeTopicConfig`."""
    results = []
    for res in resources:
        result = result_type(resource_type=res.resource_type, resource_name=res.resource_name,
                             error_code=0, error_message=None)
        try:
            await alter_one(res)
        except (AlterError, MetadataError) as exc:
            result.error_code, result.error_message = exc.error_code, exc.message
        results.append(result)
    return results


# ------------------------------------------------------------------------------- incremental ops


def _current_list(value: str | None) -> list[str]:
    return [x.strip() for x in value.split(",") if x.strip()] if value else []


def apply_ops(
    current: Mapping[str, str],
    ops: Sequence[tuple[str, int, str | None]],
    types: Mapping[str, ConfigType],
    effective: Mapping[str, str | None],
) -> dict[str, str]:
    """The overrides after IncrementalAlterConfigs `ops` [(name, op, value)] on `current`.

    `types` gives each known key's type (unknown keys are INVALID_CONFIG); `effective` the key's
    value now (override or default), where APPEND/SUBTRACT start when no override exists."""
    names = [name for name, _, _ in ops]
    dupes = sorted({n for n in names if names.count(n) > 1})
    if dupes:
        raise AlterError(ErrorCode.INVALID_REQUEST, f"Error due to duplicate config keys: {dupes}")
    out = dict(current)
    for name, op, value in ops:
        ctype = types.get(name)
        if ctype is None:
            raise AlterError(ErrorCode.INVALID_CONFIG, f"Unknown config name: {name}")
        if op == OP_SET:
            if value is None:
                raise AlterError(ErrorCode.INVALID_REQUEST, f"Null value not supported for : {name}")
            out[name] = value
        elif op == OP_DELETE:
            out.pop(name, None)
        elif op in (OP_APPEND, OP_SUBTRACT):
            if ctype is not ConfigType.LIST:
                verb = "append" if op == OP_APPEND else "subtract"
                raise AlterError(ErrorCode.INVALID_CONFIG,
                                 f"Config value {verb} is not allowed for config key: {name}")
            items = _current_list(out[name] if name in out else effective.get(name))
            given = _current_list(value)
            if op == OP_APPEND:
                items += [x for x in given if x not in items]
            else:
                items = [x for x in items if x not in given]
            out[name] = ",".join(items)
        else:
            raise AlterError(ErrorCode.INVALID_REQUEST, f"Unknown config operation {op} for {name}")
    return out


TOPIC_TYPES: dict[str, ConfigType] = {n: k.type for n, k in TOPIC_KEYS.items()}
BROKER_TYPES: dict[str, ConfigType] = {n: k.type for n, k in BROKER_KEYS.items()}


# ------------------------------------------------------------------------------------- topics


def topic_overrides_checked(new: Mapping[str, str | None]) -> dict[str, str]:
    """Validate a topic's complete new override set; ConfigError -> INVALID_CONFIG."""
    for name, value in new.items():
        if value is None:
            raise AlterError(ErrorCode.INVALID_REQUEST, f"Null value not supported for : {name}")
    try:
        validate_topic_configs(new)
    except ConfigError as exc:
        raise AlterError(ErrorCode.INVALID_CONFIG, exc.message) from None
    return {k: v for k, v in new.items() if v is not None}


async def alter_topic(store: MetadataStore, name: str, new: Mapping[str, str | None],
                      validate_only: bool) -> None:
    """Replace topic `name`'s overrides with `new` (validated first); returns once durable
    (raises `MetadataError` when the write fails)."""
    if store.get(name) is None:
        raise AlterError(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, f"The topic '{name}' does not exist.")
    checked = topic_overrides_checked(new)
    if validate_only:
        return
    await store.alter_topic_configs(name, checked)
    log.info("topic configs altered", extra={"topic": name, "configs": checked})


def topic_effective(cfg: KafkaConfig, overrides: Mapping[str, str]) -> dict[str, str | None]:
    from kafkapy.config.describe import describe_topic

    return {e.name: e.value for e in describe_topic(cfg, overrides)}


# ------------------------------------------------------------------------------------- brokers


def broker_layer(cfg: KafkaConfig, resource_name: str) -> str:
    """'default' for "", 'broker' for this node's id; INVALID_REQUEST otherwise (as Kafka)."""
    if resource_name == "":
        return "default"
    if re.fullmatch(r"[+-]?[0-9]{1,10}", resource_name) and int(resource_name) == cfg.node_id:
        return "broker"
    raise AlterError(
        ErrorCode.INVALID_REQUEST,
        f"Unexpected broker id, expected {cfg.node_id} or empty string, but received "
        f"{resource_name}",
    )


def broker_entity(cfg: KafkaConfig, resource_name: str) -> ConfigEntity:
    """The entity holding a BROKER resource's dynamic configs (INVALID_REQUEST as
    `broker_layer` for a name that is neither "" nor this broker's id)."""
    layer = broker_layer(cfg, resource_name)
    return ConfigEntity.broker(None if layer == "default" else cfg.node_id)


async def alter_broker(cfg: KafkaConfig, store: MetadataStore, resource_name: str,
                       new: Mapping[str, str | None], validate_only: bool) -> None:
    """Replace a dynamic layer of the broker config with `new` (all keys dynamic, all valid):
    checked against `cfg`, written as entity configs; `DynamicBrokerConfig` applies them."""
    layer = broker_layer(cfg, resource_name)
    for name, value in new.items():
        if value is None:
            raise AlterError(ErrorCode.INVALID_REQUEST, f"Null value not supported for : {name}")
    checked = {k: v for k, v in new.items() if v is not None}
    old_default, old_broker = dict(cfg.dynamic_default), dict(cfg.dynamic_broker)
    try:
        cfg.set_dynamic(**{layer: checked})
    except ConfigError as exc:
        raise AlterError(ErrorCode.INVALID_CONFIG, exc.message) from None
    cfg.set_dynamic(old_default, old_broker)  # applied once durable, by the listener
    if validate_only:
        return
    entity = broker_entity(cfg, resource_name)
    current = store.describe_entity_configs(entity)
    await store.alter_entity_configs(entity, checked, [k for k in current if k not in checked])
    log.info("dynamic broker configs altered", extra={"resource": resource_name or "<default>",
                                                      "configs": checked})


class DynamicBrokerConfig:
    """An `EntityConfigListener` (Kafka's `DynamicBrokerConfig`): the configs of
    `brokers/<default>` and `brokers/<node id>` become `cfg`'s dynamic layers, whoever wrote
    them; then `reconfigure()` re-applies what derives from them (every topic's LogConfig).
    A value this broker cannot apply (written by another version) is logged and skipped."""

    def __init__(self, cfg: KafkaConfig, reconfigure: Callable[[], None]) -> None:
        self.cfg = cfg
        self.reconfigure = reconfigure

    def on_entity_configs_changed(self, entity: ConfigEntity, configs: Mapping[str, str]) -> None:
        if entity == ConfigEntity.broker(None):
            layers = {"default": dict(configs)}
        elif entity == ConfigEntity.broker(self.cfg.node_id):
            layers = {"broker": dict(configs)}
        else:
            return
        try:
            self.cfg.set_dynamic(**layers)
        except ConfigError as exc:
            log.warning("dynamic broker configs not applied",
                        extra={"entity": entity.path, "error": exc.message})
            return
        self.reconfigure()


# ------------------------------------------------------------------------------------- loggers

_LEVELS_TO_KAFKA = {
    logging.CRITICAL: "FATAL",
    logging.ERROR: "ERROR",
    logging.WARNING: "WARN",
    logging.INFO: "INFO",
    logging.DEBUG: "DEBUG",
    logging.NOTSET: "TRACE",
}
_KAFKA_TO_LEVELS = {
    "OFF": logging.CRITICAL + 10,
    "FATAL": logging.CRITICAL,
    "ERROR": logging.ERROR,
    "WARN": logging.WARNING,
    "INFO": logging.INFO,
    "DEBUG": logging.DEBUG,
    "TRACE": logging.DEBUG,
}
ROOT_LOGGER = "root"
_LOGGER_PREFIXES = ("kafkapy", "storage", "wire")


def _level_name(level: int) -> str:
    if level > logging.CRITICAL:
        return "OFF"
    for threshold in sorted(_LEVELS_TO_KAFKA, reverse=True):
        if level >= threshold:
            return _LEVELS_TO_KAFKA[threshold]
    return "TRACE"


def logger_names() -> list[str]:
    names = [n for n in logging.root.manager.loggerDict if n.split(".")[0] in _LOGGER_PREFIXES]
    return [ROOT_LOGGER, *sorted(names)]


def _exists(name: str) -> bool:
    return name == ROOT_LOGGER or name in logging.root.manager.loggerDict


def describe_loggers(names: Sequence[str] | None) -> list[DescribedConfig]:
    """BROKER_LOGGER resource: each logger's effective level, Kafka's level names. Loggers that
    do not exist are left out (asking never creates one)."""
    wanted = logger_names() if names is None else [n for n in names if _exists(n)]
    out = []
    for name in wanted:
        logger = logging.getLogger() if name == ROOT_LOGGER else logging.getLogger(name)
        out.append(DescribedConfig(name, _level_name(logger.getEffectiveLevel()), False,
                                   ConfigSource.DYNAMIC_BROKER_LOGGER_CONFIG, False,
                                   ConfigType.STRING, None, []))
    return out


def alter_loggers(cfg: KafkaConfig, resource_name: str,
                  ops: Sequence[tuple[str, int, str | None]], validate_only: bool) -> None:
    """SET a logger's level or DELETE it (back to the root's level); APPEND/SUBTRACT invalid."""
    if broker_layer(cfg, resource_name) != "broker":
        raise AlterError(ErrorCode.INVALID_REQUEST, "BROKER_LOGGER resources name a broker id")
    changes: list[tuple[logging.Logger, int]] = []
    for name, op, value in ops:
        if not _exists(name):  # as Kafka: altering never creates loggers
            raise AlterError(ErrorCode.INVALID_CONFIG, f"Logger {name} does not exist!")
        logger = logging.getLogger() if name == ROOT_LOGGER else logging.getLogger(name)
        if op == OP_SET:
            level = _KAFKA_TO_LEVELS.get((value or "").upper())
            if level is None:
                raise AlterError(ErrorCode.INVALID_CONFIG, f"Cannot set the log level of {name} to "
                                 f"{value} as it is not a supported log level. Valid log "
                                 f"levels are {', '.join(_KAFKA_TO_LEVELS)}")
            changes.append((logger, level))
        elif op == OP_DELETE:
            if name == ROOT_LOGGER:
                raise AlterError(ErrorCode.INVALID_REQUEST, "Removing the log level of the root logger "
                                 "is not allowed")
            changes.append((logger, logging.NOTSET))
        else:
            raise AlterError(ErrorCode.INVALID_REQUEST, f"Operation {op} is not allowed for loggers")
    if not validate_only:
        for logger, level in changes:
            logger.setLevel(level)
