"""Broker configuration: `server.properties` + `--override key=value`, Kafka's names and defaults.

Usage::

    cfg = KafkaConfig.load("config/server.properties", ["log.segment.bytes=1048576"])
    cfg.get("log.segment.bytes")     # typed value of any broker key (int here)
    cfg.log_segment_bytes            # the same: dots become underscores (any key in config.defs)
    cfg.node_id, cfg.log_dirs, cfg.listeners, cfg.advertised_listeners
    cfg.log_retention_ms, cfg.log_roll_ms   # Kafka's precedence rules resolved (see below)

Key definitions (types, defaults, validators, docs) live in `kafkapy.config.defs`. Precedence, as in
Kafka's `KafkaConfig`: `log.retention.ms` > `log.retention.minutes` > `log.retention.hours` (a
negative result means "no limit", -1); `log.roll.ms` > `log.roll.hours`; `log.roll.jitter.ms` >
`log.roll.jitter.hours`; `log.flush.interval.ms` > `log.flush.scheduler.interval.ms`; `log.dirs` >
`log.dir`; `node.id` and `broker.id` must agree when both are set, either one names the node, and
the node is 1 when neither is set (Kafka would refuse to start in KRaft mode).

Values come in layers, highest first: dynamic per-broker (AlterConfigs on BROKER "<node id>"),
dynamic cluster default (BROKER ""), static (file + overrides), Kafka's default. The dynamic
layers are entity configs of the metadata store (`brokers/<node id>`, `brokers/<default>`),
set here by `kafkapy.config.alter.DynamicBrokerConfig` when the store loads or changes them.

Unknown keys are logged as a warning (logger `kafkapy.config`) and kept in `unknown_keys`. A bad
value raises `ConfigError` whose `str()` is one line naming the key; the CLI prints it and exits 1.

Topic-level configs (`retention.ms`, `segment.bytes`...) are validated by `validate_topic_configs`,
resolved against the broker defaults by `topic_config_values`, and turned into the storage layer's
`LogConfig` by `build_log_config`. The describing side (sources, synonyms) is
`kafkapy.config.describe`. Parsing (properties, values, listeners) is `kafkapy.config.parse`.

Concurrency: a `KafkaConfig` is owned by the broker's event loop; `set_dynamic` swaps the parsed
values in one step, so a reader never sees half an update.
"""

from __future__ import annotations

import functools
import logging
import os
import socket
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from kafkapy.config.defs import BROKER_KEYS, TOPIC_KEYS, UNIT_MS, ConfigValue
from kafkapy.config.parse import (
    ConfigError,
    Listener,
    check_value,
    parse_listeners,
    parse_overrides,
    parse_protocol_map,
    parse_value,
    read_properties,
)

if TYPE_CHECKING:
    from storage.log_config import LogConfig

__all__ = [
    "KafkaConfig",
    "broker_default_for_topic",
    "build_log_config",
    "topic_config_values",
    "validate_topic_configs",
]

log = logging.getLogger("kafkapy.config")

V = TypeVar("V", int, float, bool, str)


def _as(kind: type[V], name: str, value: ConfigValue) -> V:
    """`value` if it is a `kind` (a config key's parsed type), else TypeError naming the key."""
    if isinstance(value, kind):
        return value
    raise TypeError(f"config {name} is {type(value).__name__}, not {kind.__name__}")


@dataclass(frozen=True, slots=True)
class _Derived:
    """Values resolved from several keys by Kafka's precedence rules (see the module doc)."""

    node_id: int
    log_dirs: tuple[str, ...]
    listeners: tuple[Listener, ...]
    advertised_listeners: tuple[Listener, ...]
    log_retention_ms: int
    log_roll_ms: int
    log_roll_jitter_ms: int
    log_flush_interval_ms: int


# ------------------------------------------------------------------------------------ KafkaConfig


class KafkaConfig:
    """The broker's configuration. See the module docstring for access and precedence."""

    def __init__(
        self,
        static: Mapping[str, str] | None = None,
        *,
        dynamic_default: Mapping[str, str] | None = None,
        dynamic_broker: Mapping[str, str] | None = None,
    ) -> None:
        self.static: dict[str, str] = dict(static or {})
        self.dynamic_default: dict[str, str] = dict(dynamic_default or {})
        self.dynamic_broker: dict[str, str] = dict(dynamic_broker or {})
        self.unknown_keys: list[str] = sorted(k for k in self.static if k not in BROKER_KEYS)
        for key in self.unknown_keys:
            log.warning("unknown configuration key %s ignored", key, extra={"config": key})
        self._values: dict[str, ConfigValue] = {}
        self._derived: _Derived
        self._recompute()

    # ---- construction

    @classmethod
    def load(
        cls, path: str | os.PathLike[str] | None = None, overrides: Sequence[str] = ()
    ) -> KafkaConfig:
        """Read a properties file (optional) and apply `key=value` overrides. Raises
        ConfigError (also for an unreadable file)."""
        props: dict[str, str] = {}
        if path is not None:
            try:
                props = read_properties(Path(path).read_text(encoding="utf-8"))
            except OSError as exc:
                raise ConfigError(str(path), f"cannot read configuration file: {exc}") from None
        props.update(parse_overrides(overrides))
        return cls(props)

    def _merged_raw(self) -> dict[str, str]:
        return {**self.static, **self.dynamic_default, **self.dynamic_broker}

    def _recompute(self) -> None:
        raw = self._merged_raw()
        values: dict[str, ConfigValue] = {}
        for name, key in BROKER_KEYS.items():
            if name in raw:
                value = parse_value(name, key.type, raw[name])
                check_value(name, key.validator, value, raw[name])
            else:
                value = key.default
            values[name] = value
        derived = _derive(values, raw)
        self._values, self._derived = values, derived

    # ---- access

    def get(self, name: str) -> Any:
        """The effective typed value of a broker key (KeyError if the key is not defined).

        Its type is the key's (`ConfigValue`, by `ConfigType`), which a static checker cannot
        know from the name: typed code uses `get_int`, `get_float`, `get_bool`, `get_str`
        or `get_list` (Kafka's `AbstractConfig.getInt`...), which check it."""
        return self._values[name]

    def get_int(self, name: str) -> int:
        """An INT, SHORT or LONG key's value; TypeError for a key of another type."""
        return _as(int, name, self._values[name])

    def get_float(self, name: str) -> float:
        """A DOUBLE key's value."""
        return _as(float, name, self._values[name])

    def get_bool(self, name: str) -> bool:
        """A BOOLEAN key's value."""
        return _as(bool, name, self._values[name])

    def get_str(self, name: str) -> str | None:
        """A STRING, PASSWORD or CLASS key's value; None when unset with a null default."""
        value = self._values[name]
        return None if value is None else _as(str, name, value)

    def get_list(self, name: str) -> list[str]:
        """A LIST key's value (a copy)."""
        value = self._values[name]
        if not isinstance(value, list):
            raise TypeError(f"config {name} is {type(value).__name__}, not list")
        return list(value)

    def is_set(self, name: str) -> bool:
        """True when the key is set in any layer (not just Kafka's default)."""
        return name in self.static or name in self.dynamic_default or name in self.dynamic_broker

    def raw(self, name: str) -> str | None:
        return self._merged_raw().get(name)

    def __getattr__(self, attr: str) -> Any:
        # Only reached when normal lookup fails: `cfg.log_segment_bytes` -> "log.segment.bytes".
        # Any, as `get`: the type is the key's.
        if attr.startswith("_"):
            raise AttributeError(attr)
        name = attr.replace("_", ".")
        try:
            return self._values[name]
        except KeyError:
            raise AttributeError(f"KafkaConfig has no key {name!r}") from None

    @property
    def node_id(self) -> int:
        return self._derived.node_id

    @property
    def log_dirs(self) -> list[str]:
        return list(self._derived.log_dirs)

    @property
    def listeners(self) -> list[Listener]:
        return list(self._derived.listeners)

    @property
    def advertised_listeners(self) -> list[Listener]:
        """Published endpoints; an empty or unspecified host is replaced by this host's name.
        A listener bound to port 0 is advertised with port 0: the server patches it after bind."""
        return list(self._derived.advertised_listeners)

    @property
    def log_retention_ms(self) -> int:
        return self._derived.log_retention_ms

    @property
    def log_roll_ms(self) -> int:
        return self._derived.log_roll_ms

    @property
    def log_roll_jitter_ms(self) -> int:
        return self._derived.log_roll_jitter_ms

    @property
    def log_flush_interval_ms(self) -> int:
        return self._derived.log_flush_interval_ms

    # ---- dynamic configs (AlterConfigs on BROKER resources)

    def set_dynamic(
        self, default: Mapping[str, str] | None = None, broker: Mapping[str, str] | None = None
    ) -> None:
        """Replace the dynamic layers (None: leave that layer). Every key must exist and be
        dynamic and every value valid, else ConfigError and nothing changes."""
        new_default = dict(self.dynamic_default if default is None else default)
        new_broker = dict(self.dynamic_broker if broker is None else broker)
        for name in (*new_default, *new_broker):
            key = BROKER_KEYS.get(name)
            if key is None:
                raise ConfigError(name, f"Unknown broker config {name}")
            if not key.dynamic:
                raise ConfigError(name, f"Cannot update these configs dynamically: {name}")
        old = (self.dynamic_default, self.dynamic_broker, self._values, self._derived)
        self.dynamic_default, self.dynamic_broker = new_default, new_broker
        try:
            self._recompute()
        except ConfigError:
            self.dynamic_default, self.dynamic_broker, self._values, self._derived = old
            raise


def _derive(values: Mapping[str, ConfigValue], raw: Mapping[str, str]) -> _Derived:
    """Resolve Kafka's precedence rules and cross-key constraints."""
    node_id = _as(int, "node.id", values["node.id"])
    broker_id = _as(int, "broker.id", values["broker.id"])
    if node_id >= 0 and broker_id >= 0 and node_id != broker_id:
        raise ConfigError("node.id", f"node.id ({node_id}) and broker.id ({broker_id}) differ")
    resolved_id = node_id if node_id >= 0 else broker_id if broker_id >= 0 else 1
    dirs_raw = _as(str, "log.dirs", values["log.dirs"] if values["log.dirs"] is not None
                   else values["log.dir"])
    log_dirs = [d.strip() for d in dirs_raw.split(",") if d.strip()]
    if not log_dirs:
        raise ConfigError("log.dirs", "Invalid value for configuration log.dirs: no directory")
    protocols = parse_protocol_map("listener.security.protocol.map", _as(
        str, "listener.security.protocol.map", values["listener.security.protocol.map"]))
    listeners = parse_listeners("listeners", _as(str, "listeners", values["listeners"]), protocols)
    adv_value = values["advertised.listeners"]
    adv_raw = None if adv_value is None else _as(str, "advertised.listeners", adv_value)
    advertised = (listeners if adv_raw is None
                  else parse_listeners("advertised.listeners", adv_raw, protocols))
    names = {x.name for x in listeners}
    for adv in advertised:
        if adv.name not in names:
            raise ConfigError("advertised.listeners", f"listener {adv.name} is not in listeners")
        if adv_raw is not None and adv.host == "0.0.0.0":
            raise ConfigError("advertised.listeners",
                              "advertised.listeners cannot use the nonroutable meta-address "
                              "0.0.0.0")
    advertised = [_routable(a) for a in advertised]
    inter_value = values["inter.broker.listener.name"]
    if inter_value is not None:
        inter = _as(str, "inter.broker.listener.name", inter_value)
        if "security.inter.broker.protocol" in raw:
            raise ConfigError("inter.broker.listener.name", "Only one of "
                              "inter.broker.listener.name and security.inter.broker.protocol "
                              "should be set.")
        if inter.upper() not in {a.name for a in advertised}:
            raise ConfigError("inter.broker.listener.name", "inter.broker.listener.name must "
                              "be a listener name defined in advertised.listeners")
    if (_as(int, "group.min.session.timeout.ms", values["group.min.session.timeout.ms"])
            > _as(int, "group.max.session.timeout.ms", values["group.max.session.timeout.ms"])):
        raise ConfigError("group.min.session.timeout.ms",
                          "group.min.session.timeout.ms must not exceed "
                          "group.max.session.timeout.ms")
    return _Derived(
        node_id=resolved_id,
        log_dirs=tuple(log_dirs),
        listeners=tuple(listeners),
        advertised_listeners=tuple(advertised),
        log_retention_ms=_no_limit(_first_ms(values, raw, (
            "log.retention.ms", "log.retention.minutes", "log.retention.hours"))),
        log_roll_ms=_first_ms(values, raw, ("log.roll.ms", "log.roll.hours")),
        log_roll_jitter_ms=_first_ms(values, raw, ("log.roll.jitter.ms",
                                                   "log.roll.jitter.hours")),
        log_flush_interval_ms=_first_ms(values, raw, ("log.flush.interval.ms",
                                                      "log.flush.scheduler.interval.ms")),
    )


def _routable(listener: Listener) -> Listener:
    if listener.host in ("", "0.0.0.0", "::"):
        return Listener(listener.name, _host_name(), listener.port, listener.security_protocol)
    return listener


@functools.lru_cache(maxsize=1)
def _host_name() -> str:
    # Kafka advertises InetAddress.getLocalHost().getCanonicalHostName(); resolved once, since
    # a slow resolver would otherwise stall every dynamic config change.
    return socket.getfqdn()


def _no_limit(ms: int) -> int:
    return -1 if ms < 0 else ms


def _first_ms(values: Mapping[str, ConfigValue], raw: Mapping[str, str],
              names: Sequence[str]) -> int:
    """The first key of `names` that is set in any layer, else the first with a default, in ms."""
    for name in names:
        if name in raw:
            return _as(int, name, values[name]) * UNIT_MS.get(name, 1)
    for name in names:
        default = BROKER_KEYS[name].default
        if default is not None:
            return _as(int, name, default) * UNIT_MS.get(name, 1)
    return 0


# --------------------------------------------------------------------------------- topic configs


def validate_topic_configs(configs: Mapping[str, str | None]) -> dict[str, ConfigValue]:
    """Validate topic-level overrides (CreateTopics / AlterConfigs). Returns the parsed values.
    A None value means "remove the override" and is accepted for known keys."""
    parsed: dict[str, ConfigValue] = {}
    for name, raw in configs.items():
        key = TOPIC_KEYS.get(name)
        if key is None:
            raise ConfigError(name, f"Unknown topic config name: {name}")
        if raw is None:
            parsed[name] = None
            continue
        value = parse_value(name, key.type, raw)
        check_value(name, key.validator, value, raw)
        if name == "remote.storage.enable" and value:
            raise ConfigError(name, "Tiered Storage functionality is disabled in the broker. "
                              "Topic cannot be configured with remote log storage.")
        parsed[name] = value
    return parsed


def broker_default_for_topic(cfg: KafkaConfig, name: str) -> ConfigValue:
    """A topic key's value when the topic has no override: its broker synonyms resolved."""
    key = TOPIC_KEYS[name]
    if not key.synonyms:
        return key.default
    if name == "retention.ms":
        return cfg.log_retention_ms
    if name == "segment.ms":
        return cfg.log_roll_ms
    if name == "segment.jitter.ms":
        return cfg.log_roll_jitter_ms
    if name == "flush.ms":
        return cfg.log_flush_interval_ms
    value: ConfigValue = cfg.get(key.synonyms[0])
    return value


def topic_config_values(cfg: KafkaConfig, overrides: Mapping[str, str]) -> dict[str, ConfigValue]:
    """Every topic-level key's effective value for a topic with these overrides.

    Overrides were validated when they were set; one that no longer validates (written by an
    older version, or an internal topic's setting derived from a broker key with looser bounds)
    is logged and replaced by the broker default rather than stopping the broker."""
    parsed: dict[str, ConfigValue] = {}
    for name, raw in overrides.items():
        try:
            parsed.update(validate_topic_configs({name: raw}))
        except ConfigError as exc:
            log.warning("ignoring invalid stored topic config: %s", exc, extra={"config": name})
    return {
        name: parsed[name] if parsed.get(name) is not None else broker_default_for_topic(cfg, name)
        for name in TOPIC_KEYS
    }


def build_log_config(cfg: KafkaConfig, overrides: Mapping[str, str]) -> LogConfig:
    """The `storage.log_config.LogConfig` of a topic: broker defaults + topic overrides.

    LogConfig's fields are Kafka's topic-level names in snake_case (`segment_bytes`); each field
    whose dotted name is a topic key is filled, other fields keep LogConfig's defaults."""
    import dataclasses

    from storage.log_config import LogConfig  # the storage package owns the class

    values = topic_config_values(cfg, overrides)
    # Any: each field has its own type, known from the key only at run time.
    kwargs: dict[str, Any] = {}
    for field in dataclasses.fields(LogConfig):
        name = field.name.replace("_", ".")
        if name in values:
            kwargs[field.name] = _for_storage(name, values[name])
    return LogConfig(**kwargs)


def _for_storage(name: str, value: ConfigValue) -> ConfigValue:
    # LogConfig keeps cleanup.policy as Kafka's comma-separated string.
    return ",".join(value) if isinstance(value, list) else value
