"""`AsyncZk`: kazoo's ZooKeeper client, driven from the broker's asyncio loop.

kazoo runs its own threads (connection, callbacks). Nothing of the broker's state may be
touched there (DESIGN.md §1), so every result and every event crosses to the loop with
`loop.call_soon_threadsafe` at exactly one place in this module:

- requests use kazoo's `*_async` calls; the `IAsyncResult` callback resolves an asyncio
  future on the loop (no thread pool, no blocking call on the loop);
- data and children watches (kazoo's `DataWatch` / `ChildrenWatch` recipes, which re-arm
  themselves and re-read after a reconnect) call their callback on the loop. The recipes'
  constructors read the znode synchronously (retrying for as long as ZooKeeper is
  unreachable), so they are built on one worker thread of this module, in the order asked,
  never on the loop: a ZooKeeper hiccup must not freeze the broker's request handling;
- session state changes (`CONNECTED`, `SUSPENDED`, `LOST`) reach listeners on the loop.

kazoo is imported lazily: only a broker with `zookeeper.connect` needs it.
"""

from __future__ import annotations

import asyncio
import atexit
import logging
import queue
import threading
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, ClassVar, TypeVar

log = logging.getLogger("kafkapy.cluster.zk")
# kazoo logs every ZooKeeper request at DEBUG: far too much next to the broker's own
# request log; its INFO and above still reach the broker's log.
logging.getLogger("kazoo").setLevel(logging.INFO)

CLOSE_TIMEOUT_S = 5.0
# States as kazoo names them (`kazoo.protocol.states.KazooState`).
CONNECTED = "CONNECTED"
SUSPENDED = "SUSPENDED"
LOST = "LOST"
# Pause between attempts of a request that lost its connection (kazoo queues requests made
# while it reconnects, so this only spaces out attempts during a session expiry).
RETRY_PAUSE_S = 0.2

T = TypeVar("T")


def kazoo_exceptions() -> Any:
    from kazoo import exceptions  # type: ignore[import-untyped]

    return exceptions


def is_connection_error(exc: BaseException) -> bool:
    """The request may not have reached ZooKeeper, or its answer was lost: try again."""
    ke = kazoo_exceptions()
    return isinstance(exc, (ke.ConnectionLoss, ke.OperationTimeoutError,
                            ke.SessionExpiredError))


@dataclass(slots=True)
class WatchHandle:
    """Returned by `watch_data` / `watch_children`; `cancel()` stops the callbacks."""

    cancelled: bool = False

    def cancel(self) -> None:
        self.cancelled = True


class AsyncZk:
    """One ZooKeeper session (kazoo re-creates it after expiry; listeners hear `LOST`).

    `AsyncZk.open_clients` holds every client not closed yet (tests check for leaks: a
    kazoo client left running past its server blocks interpreter exit in kazoo's atexit).
    """

    open_clients: ClassVar[set[AsyncZk]] = set()

    def __init__(
        self,
        hosts: str,
        session_timeout_ms: int = 18000,
        connection_timeout_ms: int | None = None,
        loop: asyncio.AbstractEventLoop | None = None,
    ) -> None:
        from kazoo.client import KazooClient  # type: ignore[import-untyped]
        from kazoo.retry import KazooRetry  # type: ignore[import-untyped]

        self.hosts = hosts
        self.loop = loop or asyncio.get_running_loop()
        self.connection_timeout_s = (connection_timeout_ms or session_timeout_ms) / 1000
        # Retry connecting forever: a broker outlives ZooKeeper restarts.
        self.client = KazooClient(
            hosts=hosts,
            timeout=session_timeout_ms / 1000,
            connection_retry=KazooRetry(max_tries=-1, delay=0.1, max_delay=2.0),
        )
        self._listeners: list[Callable[[str], None]] = []
        self.state = LOST
        self.client.add_listener(self._on_state)
        self._recipes: queue.SimpleQueue[Callable[[], Any] | None] = queue.SimpleQueue()
        threading.Thread(target=self._build_recipes, name="zk-watches", daemon=True).start()
        AsyncZk.open_clients.add(self)

    # -- session ------------------------------------------------------------------------
    async def start(self) -> None:
        """Connect; raises `TimeoutError` after `zookeeper.connection.timeout.ms`.
        A chroot (`host:port/kafka`) is created first if missing, as Kafka does."""
        servers, slash, chroot = self.hosts.partition("/")
        if slash and chroot.strip("/"):
            await self.loop.run_in_executor(None, self._create_chroot, servers, "/" + chroot)
        event = self.client.start_async()
        ok = await self.loop.run_in_executor(None, event.wait, self.connection_timeout_s)
        if not ok or not self.client.connected:
            await self.close()
            raise TimeoutError(f"cannot reach ZooKeeper at {self.hosts}")
        self.state = CONNECTED

    def _create_chroot(self, servers: str, chroot: str) -> None:  # executor thread
        from kazoo.client import KazooClient

        plain = KazooClient(hosts=servers)
        try:
            plain.start(timeout=self.connection_timeout_s)
            plain.ensure_path(chroot)
        finally:
            plain.stop()
            plain.close()

    async def close(self) -> None:
        """Close the session (its ephemeral znodes go at once) and kazoo's threads."""
        AsyncZk.open_clients.discard(self)
        # kazoo's stop() joins its callback threads; a recipe watch that fired during the
        # stop can sit in a blocking read forever (its threads are daemons), so the wait
        # is bounded and kazoo's atexit join is dropped.
        done = threading.Event()

        def _close() -> None:
            try:
                self.close_sync()
            finally:
                done.set()

        threading.Thread(target=_close, name="zk-close", daemon=True).start()
        if not await self.loop.run_in_executor(None, done.wait, CLOSE_TIMEOUT_S):
            log.warning("ZooKeeper client did not stop in time", extra={"hosts": self.hosts})

    def close_sync(self) -> None:
        """Blocking close, from any thread but the loop's."""
        AsyncZk.open_clients.discard(self)
        self._recipes.put(None)
        atexit.unregister(self.client.handler.stop)
        self.client.stop()
        self.client.close()

    def add_listener(self, callback: Callable[[str], None]) -> None:
        """`callback(state)` on the loop at each session state change."""
        self._listeners.append(callback)

    def _on_state(self, state: Any) -> None:  # kazoo thread
        name = str(state.value if hasattr(state, "value") else state)
        self._post(self._deliver_state, name)

    def _post(self, fn: Callable[..., None], *args: Any) -> None:  # kazoo thread
        """The one crossing from kazoo's threads to the loop (ignored once it is closed)."""
        try:
            self.loop.call_soon_threadsafe(fn, *args)
        except RuntimeError:
            pass  # the loop is closed: the broker is gone, so is interest in the event

    def _deliver_state(self, name: str) -> None:
        self.state = name
        for cb in list(self._listeners):
            try:
                cb(name)
            except Exception:
                log.exception("ZooKeeper state listener failed")

    @property
    def session_id(self) -> int:
        cid = self.client.client_id
        return int(cid[0]) if cid else 0

    # -- requests ------------------------------------------------------------------------
    async def _call(self, async_result: Any) -> Any:
        fut: asyncio.Future[Any] = self.loop.create_future()

        def _done(result: Any) -> None:  # kazoo thread
            self._post(_settle, result)

        def _settle(result: Any) -> None:
            if fut.done():
                return
            try:
                fut.set_result(result.get_nowait())
            except Exception as exc:  # noqa: BLE001 - kazoo's typed errors, re-raised by await
                fut.set_exception(exc)

        async_result.rawlink(_done)
        return await fut

    async def retry(self, op: Callable[[], Awaitable[T]], timeout_s: float) -> T:
        """`op()`, again after a connection loss or a session expiry, for up to `timeout_s`
        (then the last error is raised). `op` must be safe to repeat: idempotent, or it
        checks whether a lost attempt was applied after all."""
        deadline = time.monotonic() + timeout_s
        while True:
            try:
                return await op()
            except Exception as exc:
                if not is_connection_error(exc) or time.monotonic() >= deadline:
                    raise
                log.info("ZooKeeper request retried", extra={"error": repr(exc)})
            await asyncio.sleep(RETRY_PAUSE_S)

    async def get(self, path: str) -> tuple[bytes, Any]:
        """(data, ZnodeStat); raises kazoo's `NoNodeError`."""
        data, stat = await self._call(self.client.get_async(path))
        return bytes(data or b""), stat

    async def get_or_none(self, path: str) -> tuple[bytes, Any] | None:
        try:
            return await self.get(path)
        except kazoo_exceptions().NoNodeError:
            return None

    async def get_children(self, path: str) -> list[str]:
        return list(await self._call(self.client.get_children_async(path)))

    async def exists(self, path: str) -> Any:
        return await self._call(self.client.exists_async(path))

    async def create(
        self, path: str, value: bytes = b"", ephemeral: bool = False, makepath: bool = False,
        sequence: bool = False,
    ) -> str:
        """Raises `NodeExistsError` when the znode is there already. `sequence`: ZooKeeper
        appends a 10-digit sequence number to `path`; the created path is returned."""
        return str(
            await self._call(
                self.client.create_async(path, value, ephemeral=ephemeral, makepath=makepath,
                                         sequence=sequence)
            )
        )

    async def set(self, path: str, value: bytes, version: int = -1) -> Any:
        """Compare-and-set when `version` >= 0: raises `BadVersionError` if it moved on."""
        return await self._call(self.client.set_async(path, value, version))

    async def delete(self, path: str, version: int = -1, recursive: bool = False) -> None:
        if recursive:
            await self.loop.run_in_executor(None, lambda: self.client.delete(path, -1, True))
            return
        await self._call(self.client.delete_async(path, version))

    async def ensure_path(self, path: str) -> None:
        await self._call(self.client.ensure_path_async(path))

    async def commit(self, build: Callable[[Any], None]) -> list[Any]:
        """A multi-op transaction: `build(tx)` adds `tx.check/create/set_data/delete`.
        Returns kazoo's per-op results; a failed op appears there as an exception."""
        tx = self.client.transaction()
        build(tx)
        return list(await self._call(tx.commit_async()))

    # -- watches -------------------------------------------------------------------------
    def _build_recipes(self) -> None:  # the zk-watches thread
        while True:
            build = self._recipes.get()
            if build is None:
                return
            try:
                build()
            except Exception as exc:  # noqa: BLE001 - closed meanwhile: nobody listens
                log.debug("ZooKeeper watch not set", extra={"error": repr(exc)})

    def watch_data(
        self, path: str, callback: Callable[[bytes | None, Any], None]
    ) -> WatchHandle:
        """`callback(data, stat)` on the loop now and at every change (None, None: gone)."""
        from kazoo.recipe.watchers import DataWatch  # type: ignore[import-untyped]

        handle = WatchHandle()

        def _on_change(data: bytes | None, stat: Any, event: Any = None) -> bool:  # kazoo thread
            if handle.cancelled:
                return False
            self._post(self._deliver_data, handle, callback, data, stat)
            return True

        self._recipes.put(lambda: DataWatch(self.client, path, _on_change))
        return handle

    def _deliver_data(
        self, handle: WatchHandle, cb: Callable[[bytes | None, Any], None], data: Any, stat: Any
    ) -> None:
        if handle.cancelled:
            return
        try:
            cb(None if data is None else bytes(data), stat)
        except Exception:
            log.exception("ZooKeeper data watch callback failed")

    def watch_children(self, path: str, callback: Callable[[list[str]], None]) -> WatchHandle:
        """`callback(children)` on the loop now and at every change; `path` must exist."""
        from kazoo.recipe.watchers import ChildrenWatch

        handle = WatchHandle()

        def _on_change(children: list[str]) -> bool:  # kazoo thread
            if handle.cancelled:
                return False
            self._post(self._deliver_children, handle, callback, children)
            return True

        self._recipes.put(lambda: ChildrenWatch(self.client, path, _on_change))
        return handle

    def _deliver_children(
        self, handle: WatchHandle, cb: Callable[[list[str]], None], children: list[str]
    ) -> None:
        if handle.cancelled:
            return
        try:
            cb(sorted(children))
        except Exception:
            log.exception("ZooKeeper children watch callback failed")
