"""Entity configs in ZooKeeper, in Kafka 2.x/3.x's layout (`AdminZkClient.changeConfigs`).

`/config/<entity path>` holds `{"version":1,"config":{...}}` (`users/<u>`,
`users/<u>/clients/<c>`, `clients/<c>`, `ips/<ip>`, `brokers/<id>`, `brokers/<default>`);
after each write the writer adds `/config/changes/config_change_<seq>` naming the entity
path, and every broker re-reads that entity (`ChangeNotifications`). At start the broker
reads every entity once. Writes are read-modify-write with a compare-and-set on the znode
version, retried through connection losses (repeating one is harmless).

Kafka also announces topic config changes there (`topics/<t>`); kafkapy brokers follow
topic configs through their data watches, so those notifications are skipped here.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Mapping

from kafkapy.cluster import zk_data as zd
from kafkapy.cluster.change_notifications import ChangeNotifications
from kafkapy.cluster.zk_client import AsyncZk, kazoo_exceptions
from kafkapy.metadata.entities import ConfigEntity, EntityType

log = logging.getLogger("kafkapy.metadata.entities")

Apply = Callable[[ConfigEntity, Mapping[str, str]], None]


class ZkEntityConfigs:
    """`apply(entity, configs)` is called on the loop for every entity at start, at each
    change notification, and after each write of this broker's (read your writes)."""

    def __init__(self, zk: AsyncZk, write_timeout_s: float, apply: Apply) -> None:
        self.zk = zk
        self.write_timeout_s = write_timeout_s
        self.apply = apply
        self.notifications = ChangeNotifications(
            zk, zd.CONFIG_CHANGES_PATH, zd.CONFIG_CHANGE_PREFIX, self._on_change,
            self._load_all)

    def start(self) -> None:
        self.notifications.start()

    async def stop(self) -> None:
        await self.notifications.stop()

    # -- reads ----------------------------------------------------------------------------
    async def _load_all(self) -> None:
        found: dict[ConfigEntity, dict[str, str]] = {}
        for type_path in zd.ENTITY_TYPE_PATHS:
            prefix = type_path.removeprefix("/config/")
            for child in await self.zk.get_children(type_path):
                await self._read_into(f"{prefix}/{child}", found)
                if prefix == EntityType.USERS:
                    for client in await self._children(f"{type_path}/{child}/clients"):
                        await self._read_into(f"{prefix}/{child}/clients/{client}", found)
        for entity, configs in sorted(found.items()):
            self.apply(entity, configs)

    async def _children(self, path: str) -> list[str]:
        try:
            return await self.zk.get_children(path)
        except kazoo_exceptions().NoNodeError:
            return []

    async def _read_into(self, entity_path: str, found: dict[ConfigEntity, dict[str, str]]
                         ) -> None:
        try:
            entity = ConfigEntity.from_path(entity_path)
        except ValueError:
            log.warning("not a config entity", extra={"znode": f"/config/{entity_path}"})
            return
        configs = await self._read(entity_path)
        if configs:
            found[entity] = configs

    async def _read(self, entity_path: str) -> dict[str, str]:
        got = await self.zk.get_or_none(zd.entity_config_path(entity_path))
        if got is None:
            return {}
        try:
            return zd.decode_entity_config(got[0])
        except ValueError:
            log.warning("unreadable entity config", extra={"entity": entity_path})
            return {}

    async def _on_change(self, data: bytes) -> None:
        entity_path = zd.decode_config_change(data)
        if entity_path.startswith("topics/"):
            return  # followed through /config/topics/<t> data watches
        entity = ConfigEntity.from_path(entity_path)
        # Re-read by the path as written: the entity's canonical path is the same one.
        self.apply(entity, await self._read(entity.path))

    # -- writes ---------------------------------------------------------------------------
    async def alter(self, entity: ConfigEntity, updates: Mapping[str, str],
                    deletions: Iterable[str]) -> dict[str, str]:
        """Write the entity's new configs, then the change notification; apply them here."""
        path = zd.entity_config_path(entity.path)
        dropped = set(deletions)
        ke = kazoo_exceptions()

        async def attempt() -> dict[str, str]:
            got = await self.zk.get_or_none(path)
            current = zd.decode_entity_config(got[0]) if got is not None else {}
            new = {k: v for k, v in current.items() if k not in dropped}
            new.update(updates)
            data = zd.encode_entity_config(new)
            try:
                if got is None:
                    await self.zk.create(path, data, makepath=True)
                else:
                    await self.zk.set(path, data, got[1].version)
            except (ke.NodeExistsError, ke.BadVersionError):
                return await attempt()  # another writer got there first: decide again
            return new

        new = await self.zk.retry(attempt, self.write_timeout_s)
        notification = f"{zd.CONFIG_CHANGES_PATH}/{zd.CONFIG_CHANGE_PREFIX}"
        await self.zk.retry(
            lambda: self.zk.create(notification, zd.encode_config_change(entity.path),
                                   sequence=True),
            self.write_timeout_s)
        self.apply(entity, new)
        return new
