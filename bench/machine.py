"""Is the machine quiet? The load average around each case, and the CPU that processes outside
the bench took while it ran.

The 1-minute load average counts every runnable thread, the bench's own broker and generator
processes included (a throughput case alone lifts it to about 2 on 2 cores), so it cannot tell
our load from another engineer's build. `other_cpu` can: the machine's busy CPU time (from
/proc/stat) minus the bench's own (this process and its reaped children, i.e. the generator
processes, plus the brokers' CPU read from /proc), per second of the case.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from bench.brokers import proc_stat

CLK_TCK = os.sysconf("SC_CLK_TCK")
LOAD_WARN = 1.5  # 1-minute load average above which a case is flagged


def load() -> list[float]:
    return [round(x, 2) for x in os.getloadavg()]


def busy_cpu_s() -> float:
    """CPU seconds all cores spent not idle since boot (user, nice, system, irq, softirq,
    steal; not idle or iowait)."""
    fields = Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]
    user, nice, system, _idle, _iowait, irq, softirq, steal = (int(x) for x in fields[:8])
    return (user + nice + system + irq + softirq + steal) / CLK_TCK


def own_cpu_s(pids: Iterable[int]) -> float:
    """CPU seconds of this process, its reaped children and the live processes `pids`."""
    t = os.times()
    total = t.user + t.system + t.children_user + t.children_system
    for pid in pids:
        try:
            total += proc_stat(pid).cpu_s
        except (OSError, ValueError, IndexError):
            pass  # exited: reaped, so counted in children_* once waited for
    return total


@dataclass
class Snapshot:
    at: float
    busy: float
    own: float
    load: list[float]


def snapshot(pids: Iterable[int] = ()) -> Snapshot:
    return Snapshot(time.monotonic(), busy_cpu_s(), own_cpu_s(pids), load())


def quiet_fields(before: Snapshot, pids: Iterable[int] = ()) -> dict[str, object]:
    """The fields every result row carries: load average before/after and the other
    processes' CPU (cores) over the case."""
    after = snapshot(pids)
    elapsed = max(after.at - before.at, 1e-9)
    other = max(0.0, (after.busy - before.busy) - (after.own - before.own)) / elapsed
    return {"load_before": before.load, "load_after": after.load,
            "other_cpu": round(other, 3)}


def flagged(row: dict[str, object]) -> bool:
    """True when the 1-minute load average exceeded LOAD_WARN before or after the row's case."""
    loads = [row.get("load_before"), row.get("load_after")]
    return any(isinstance(x, list) and x and x[0] > LOAD_WARN for x in loads)
