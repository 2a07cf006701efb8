"""Scale workloads: many partitions, many connections, a large log read from the start."""

from __future__ import annotations

import asyncio
import struct
import time
from typing import Any

from bench.admin import admin, create_topics, delete_topics, wait_led
from bench.brokers import Broker, KafkapyBroker
from bench.settings import GB, MB, Settings
from bench.workloads import consume_throughput, fresh, load, row

CONNECT_CONCURRENCY = 100
CONNECT_TIMEOUT_S = 30.0
RESTART_TIMEOUT_S = 300.0


def many_partitions(b: Broker, s: Settings) -> list[dict[str, Any]]:
    """Create one topic of `s.partitions` partitions; idle CPU, RSS, and the restart time."""
    n = s.partitions
    case = f"{n} partitions"
    b.restart()
    base = b.stat()
    topic = fresh("scale")
    t0 = time.monotonic()
    create_topics(b.bootstrap, {topic: n}, timeout=300)
    create_s = time.monotonic() - t0
    time.sleep(2.0)  # let creation work settle before sampling idle
    st0, t0 = b.stat(), time.monotonic()
    time.sleep(s.idle_s)
    st1 = b.stat()
    idle_cpu = (st1.cpu_s - st0.cpu_s) / (time.monotonic() - t0) * 100
    before = load()
    rows = [
        row("partitions", case, "create topic s", create_s, "s", "lower"),
        row("partitions", case, "idle CPU %", idle_cpu, "%", "lower", load_before=before),
        row("partitions", case, "RSS MB", st1.rss / MB, "MB", "lower",
            rss_anon_mb=st1.rss_anon / MB, rss_before_mb=base.rss / MB),
    ]
    startup = b.restart(timeout=RESTART_TIMEOUT_S)
    survives = True
    t0 = time.monotonic()
    try:
        wait_led(admin(b.bootstrap), {topic: n}, timeout=min(120.0, 10 + create_s * 3))
        ready = startup + time.monotonic() - t0
    except RuntimeError:
        survives, ready = False, startup  # an in-memory broker forgets the topic
    rows.append(row("partitions", case, "restart to ready s", ready, "s", "lower",
                    topic_survived_restart=survives, listener_up_s=startup))
    rows.append(row("partitions", case, "RSS after restart MB", b.stat().rss / MB, "MB", "lower"))
    reset(b)
    return rows


def reset(b: Broker) -> None:
    """Stop, drop the data, start: the next workload starts from an empty broker."""
    b.stop()
    if isinstance(b, KafkapyBroker):
        b.wipe()
    b.start()


async def _conn_loop(port: int, state: dict[str, Any], sem: asyncio.Semaphore) -> None:
    request = struct.pack(">hhih", 18, 0, 0, 5) + b"bench"
    frame = struct.pack(">i", len(request)) + request
    try:
        async with sem:
            reader, writer = await asyncio.wait_for(
                asyncio.open_connection("127.0.0.1", port), CONNECT_TIMEOUT_S)
        state["open"] += 1
        await state["go"].wait()  # every connection is open before the load starts
        lat = state["lat"]
        while time.monotonic() < state["until"]:
            t0 = time.monotonic()
            writer.write(frame)
            size = struct.unpack(">i", await reader.readexactly(4))[0]
            await reader.readexactly(size)
            lat.append(time.monotonic() - t0)
        writer.close()
    except (TimeoutError, OSError, asyncio.IncompleteReadError) as exc:
        state["errors"].append(repr(exc))


async def _connections(port: int, n: int, duration_s: float) -> dict[str, Any]:
    sem = asyncio.Semaphore(CONNECT_CONCURRENCY)
    state: dict[str, Any] = {"open": 0, "errors": [], "lat": [], "go": asyncio.Event(),
                             "until": 0.0}
    t0 = time.monotonic()
    tasks = [asyncio.create_task(_conn_loop(port, state, sem)) for _ in range(n)]
    while state["open"] + len(state["errors"]) < n and time.monotonic() < t0 + CONNECT_TIMEOUT_S:
        await asyncio.sleep(0.01)
    connect_s = time.monotonic() - t0
    connected = state["open"]
    t1 = time.monotonic()
    state["until"] = t1 + duration_s
    state["go"].set()
    await asyncio.gather(*tasks)
    elapsed = time.monotonic() - t1
    errors = state["errors"]
    return {"connected": connected, "connect_s": connect_s, "errors": len(errors),
            "first_error": errors[0] if errors else None,
            "req_s": len(state["lat"]) / elapsed, "lat": state["lat"]}


def many_connections(b: Broker, s: Settings) -> list[dict[str, Any]]:
    """`s.connections` sockets, all open at once, each looping ApiVersions request/response."""
    from bench.loadgen import percentiles

    before = load()
    rss0 = b.stat().rss
    holder: dict[str, Any] = {}

    async def main() -> None:
        task = asyncio.create_task(_connections(b.port, s.connections, s.connections_s))
        peak = rss0
        while not task.done():
            peak = max(peak, b.stat().rss)
            await asyncio.sleep(0.2)
        holder["res"], holder["peak"] = task.result(), peak

    asyncio.run(main())
    res = holder["res"]
    pct = lg_ms(percentiles(res["lat"], (99,)))
    case = f"{s.connections} connections, ApiVersions loop"
    return [
        row("connections", case, "connected", res["connected"], "conns", "higher",
            errors=res["errors"], first_error=res["first_error"], load_before=before,
            connect_s=res["connect_s"]),
        row("connections", case, "requests/s", res["req_s"], "req/s", "higher"),
        row("connections", case, "request p99 ms", pct["p99"], "ms", "lower"),
        row("connections", case, "RSS MB (peak)", holder["peak"] / MB, "MB", "lower",
            rss_before_mb=rss0 / MB),
    ]


def lg_ms(p: dict[str, float]) -> dict[str, float]:
    return {k: v * 1000 for k, v in p.items()}


def big_log(b: Broker, s: Settings) -> list[dict[str, Any]]:
    """Write `s.biglog_bytes` (capped for in-memory Tansu) and read it all from offset 0."""
    nbytes = s.biglog_bytes
    if b.name == "tansu":
        nbytes = min(nbytes, s.tansu_max_bytes)
    rows, topic, _ = consume_throughput(b, s, nbytes, workload="biglog")
    for r in rows:
        r["target_gb"] = s.biglog_bytes / GB
    delete_topics(b.bootstrap, [topic])
    reset(b)
    return rows
