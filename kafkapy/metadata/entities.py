"""Config entities: what holds configs besides topics (Kafka's `ConfigType`s other than topics).

An entity is named as Kafka names it in ZooKeeper: `/config/<entity path>`, where the path is
`brokers/<id>`, `brokers/<default>`, `users/<user>`, `users/<user>/clients/<client id>`,
`clients/<client id>`, `ips/<ip>` (`<default>`: the default entity of its type). User and
client names are sanitized in paths as Kafka's `Sanitizer` does (URL encoding; `*` and `~`
encoded too), so any principal or client id maps to one path segment and back.

Broker dynamic configs (AlterConfigs on BROKER resources), SCRAM credentials
(`SCRAM-SHA-256` keys of a user) and client quotas (`producer_byte_rate`, ...) are entity
configs. The store holds them as plain string maps and validates nothing: the caller that
owns a kind of config checks it before writing.
"""

from __future__ import annotations

import enum
import urllib.parse
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Protocol

DEFAULT_ENTITY = "<default>"  # Kafka's ConfigEntityName.Default


class EntityType(enum.StrEnum):
    BROKERS = "brokers"
    USERS = "users"
    CLIENTS = "clients"
    IPS = "ips"


def sanitize(name: str) -> str:
    """Kafka's `Sanitizer.sanitize` (Java's URLEncoder with ` ` as `%20` and `*` as `%2A`):
    Python's `quote` differs from it only in leaving `~` as it is."""
    return urllib.parse.quote(name, safe="").replace("~", "%7E")


def desanitize(segment: str) -> str:
    return urllib.parse.unquote(segment)


def _segment(name: str) -> str:
    return name if name == DEFAULT_ENTITY else sanitize(name)


@dataclass(frozen=True, slots=True, order=True)
class ConfigEntity:
    """One holder of entity configs. `client` is only for a user's client id
    (`users/<user>/clients/<client id>`, Kafka's user+client-id quota entity)."""

    type: EntityType
    name: str
    client: str | None = None

    @classmethod
    def broker(cls, node_id: int | None) -> ConfigEntity:
        """This broker's dynamic configs, or (None) the cluster-wide default."""
        return cls(EntityType.BROKERS, DEFAULT_ENTITY if node_id is None else str(node_id))

    @classmethod
    def user(cls, name: str, client: str | None = None) -> ConfigEntity:
        return cls(EntityType.USERS, name, client)

    @property
    def path(self) -> str:
        """The path below `/config/`, as Kafka writes it (also the local file's key)."""
        if self.type in (EntityType.USERS, EntityType.CLIENTS):
            path = f"{self.type}/{_segment(self.name)}"
        else:
            path = f"{self.type}/{self.name}"
        return path if self.client is None else f"{path}/clients/{_segment(self.client)}"

    @classmethod
    def from_path(cls, path: str) -> ConfigEntity:
        """The entity of a path below `/config/`; ValueError if it names none."""
        parts = path.strip("/").split("/")
        try:
            etype = EntityType(parts[0])
        except ValueError:
            raise ValueError(f"not a config entity path: {path!r}") from None
        if len(parts) == 4 and etype is EntityType.USERS and parts[2] == "clients" and parts[3]:
            return cls(etype, desanitize(parts[1]), desanitize(parts[3]))
        if len(parts) != 2 or not parts[1]:
            raise ValueError(f"not a config entity path: {path!r}")
        sanitized = etype in (EntityType.USERS, EntityType.CLIENTS)
        return cls(etype, desanitize(parts[1]) if sanitized else parts[1])


class EntityConfigListener(Protocol):
    """Hears an entity's whole config map (empty: none left) each time it changes, and
    once for every entity when the store starts; on the event-loop thread."""

    def on_entity_configs_changed(self, entity: ConfigEntity,
                                  configs: Mapping[str, str]) -> None: ...
