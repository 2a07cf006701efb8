"""Parsing for `kafkapy.config.kafka_config`: `.properties` text, `--override` pairs, typed
values (Kafka's `ConfigDef` rules) and listener lists (`NAME://host:port`). Pure functions;
`ConfigError` is the one error, its `str()` one line naming the key.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from kafkapy.config.defs import (
    INT_MAX,
    INT_MIN,
    LONG_MAX,
    LONG_MIN,
    SHORT_MAX,
    SHORT_MIN,
    ConfigType,
    ConfigValue,
    OneOf,
    Range,
)

SUPPORTED_SECURITY_PROTOCOLS = ("PLAINTEXT",)


class ConfigError(ValueError):
    """A configuration value Kafka would reject; `str()` is one line naming the key."""

    def __init__(self, name: str, message: str) -> None:
        # Kafka's messages usually name the key already ("Invalid value x for configuration k").
        super().__init__(message if name in message else f"{name}: {message}")
        self.name = name
        self.message = message


# ---------------------------------------------------------------------------------------- parsing


def parse_value(name: str, ctype: ConfigType, raw: str | None) -> ConfigValue:
    """Parse `raw` as Kafka's `ConfigDef.parseType` does; None stays None."""
    if raw is None:
        return None
    text = raw.strip()
    bad = f"Invalid value {raw} for configuration {name}"
    if ctype in (ConfigType.INT, ConfigType.SHORT, ConfigType.LONG):
        lo, hi = {
            ConfigType.INT: (INT_MIN, INT_MAX),
            ConfigType.SHORT: (SHORT_MIN, SHORT_MAX),
            ConfigType.LONG: (LONG_MIN, LONG_MAX),
        }[ctype]
        if not re.fullmatch(r"[+-]?[0-9]+", text):
            raise ConfigError(name, f"{bad}: Not a number of type {ctype.name}")
        value = int(text)
        if not lo <= value <= hi:
            raise ConfigError(name, f"{bad}: Not a number of type {ctype.name}")
        return value
    if ctype is ConfigType.BOOLEAN:
        if text.lower() == "true":
            return True
        if text.lower() == "false":
            return False
        raise ConfigError(name, f"{bad}: Expected value to be either true or false")
    if ctype is ConfigType.DOUBLE:
        try:
            return float(text)
        except ValueError:
            raise ConfigError(name, f"{bad}: Not a number of type DOUBLE") from None
    if ctype is ConfigType.LIST:
        return [item.strip() for item in text.split(",")] if text else []
    return text


def to_config_string(ctype: ConfigType, value: ConfigValue) -> str | None:
    """A parsed value as Kafka shows it in DescribeConfigs (`ConfigDef.convertToString`)."""
    if value is None:
        return None
    if ctype is ConfigType.BOOLEAN:
        return "true" if value else "false"
    if ctype is ConfigType.LIST and isinstance(value, list):
        return ",".join(value)
    return str(value)


def check_value(name: str, validator: Range | OneOf | None, value: ConfigValue, raw: str) -> None:
    if validator is None:
        return
    problem = validator.check(value)
    if problem is not None:
        raise ConfigError(name, f"Invalid value {raw} for configuration {name}: {problem}")


def read_properties(text: str) -> dict[str, str]:
    """Parse Java `.properties` text: `#`/`!` comments, `=`, `:` or blank separators,
    backslash line continuations and escapes (`\\t`, `\\n`, `\\uXXXX`)."""
    props: dict[str, str] = {}
    logical: list[str] = []
    pending = ""
    for line in text.splitlines():
        stripped = line.lstrip()
        if not pending and (not stripped or stripped[0] in "#!"):
            continue
        joined = pending + stripped
        trailing = len(joined) - len(joined.rstrip("\\"))
        if trailing % 2 == 1:  # an odd number of backslashes continues the line
            pending = joined[:-1]
            continue
        pending = ""
        logical.append(joined)
    if pending:
        logical.append(pending)
    for entry in logical:
        key, value = _split_property(entry)
        props[_unescape(key)] = _unescape(value)
    return props


def _split_property(entry: str) -> tuple[str, str]:
    i = 0
    while i < len(entry):
        ch = entry[i]
        if ch == "\\":
            i += 2
            continue
        if ch in "=: \t\f":
            break
        i += 1
    key = entry[:i]
    rest = entry[i:].lstrip(" \t\f")
    if rest[:1] in ("=", ":") and (i >= len(entry) or entry[i] in " \t\f=:"):
        rest = rest[1:].lstrip(" \t\f")
    return key, rest


_ESCAPES = {"t": "\t", "n": "\n", "r": "\r", "f": "\f"}


def _unescape(text: str) -> str:
    if "\\" not in text:
        return text
    out: list[str] = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch != "\\" or i + 1 >= len(text):
            out.append(ch)
            i += 1
            continue
        nxt = text[i + 1]
        if nxt == "u" and re.fullmatch(r"[0-9a-fA-F]{4}", text[i + 2 : i + 6]):
            out.append(chr(int(text[i + 2 : i + 6], 16)))
            i += 6
            continue
        out.append(_ESCAPES.get(nxt, nxt))
        i += 2
    return "".join(out)


def parse_overrides(pairs: Iterable[str]) -> dict[str, str]:
    """`["key=value", ...]` from `--override`; a pair without `=` is a ConfigError."""
    out: dict[str, str] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise ConfigError(pair, "--override expects key=value")
        out[key.strip()] = value
    return out


# -------------------------------------------------------------------------------------- listeners


@dataclass(frozen=True, slots=True)
class Listener:
    """One `NAME://host:port` entry. `host` "" binds every interface."""

    name: str
    host: str
    port: int
    security_protocol: str

    def __str__(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{self.name}://{host}:{self.port}"


_LISTENER_RE = re.compile(r"^(.*)://\[?([0-9a-zA-Z\-%._:]*)\]?:(-?[0-9]+)$")


def parse_protocol_map(name: str, raw: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for item in filter(None, (x.strip() for x in raw.split(","))):
        listener, sep, proto = item.partition(":")
        if not sep or not listener or not proto:
            raise ConfigError(name, f"Invalid value {raw} for configuration {name}: "
                              f"expected NAME:PROTOCOL entries, got {item!r}")
        out[listener.strip().upper()] = proto.strip().upper()
    return out


def parse_listeners(name: str, raw: str, protocols: Mapping[str, str]) -> list[Listener]:
    """Parse `listeners` / `advertised.listeners` as Kafka's `CoreUtils.listenerListToEndPoints`."""
    out: list[Listener] = []
    for item in filter(None, (x.strip() for x in raw.split(","))):
        m = _LISTENER_RE.match(item)
        if m is None:
            raise ConfigError(name, f"Invalid value {raw} for configuration {name}: "
                              f"{item!r} is not NAME://host:port")
        lname, host, port_text = m.group(1).upper(), m.group(2), m.group(3)
        port = int(port_text)
        if not 0 <= port <= 65535:
            raise ConfigError(name, f"Invalid value {raw} for configuration {name}: "
                              f"port {port} out of range")
        proto = protocols.get(lname)
        if proto is None:
            raise ConfigError(name, f"Invalid value {raw} for configuration {name}: listener "
                              f"{lname} is not in listener.security.protocol.map")
        if proto not in SUPPORTED_SECURITY_PROTOCOLS:
            raise ConfigError(name, f"Invalid value {raw} for configuration {name}: security "
                              f"protocol {proto} of listener {lname} is not supported by kafkapy")
        if any(x.name == lname for x in out):
            raise ConfigError(name, f"Invalid value {raw} for configuration {name}: "
                              f"listener name {lname} is used twice")
        out.append(Listener(lname, host, port, proto))
    if not out:
        raise ConfigError(name, f"Invalid value {raw} for configuration {name}: no listener")
    return out
