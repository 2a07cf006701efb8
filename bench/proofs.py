"""Evidence beside the figures: which syscalls carried fetched bytes (strace), and where the
broker's Python time goes (py-spy).

Both attach to the running broker with ptrace, which slows it down, so they run in passes of
their own and never during a timed measurement.
"""

from __future__ import annotations

import collections
import re
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

SEND_SYSCALLS = ("sendfile", "write", "writev", "sendmsg", "sendto", "sendmmsg")
_DONE = re.compile(r"^(?:\d+\s+)?(\w+)\(.*\)\s+=\s+(-?\d+)")
_RESUMED = re.compile(r"^(?:\d+\s+)?<\.\.\. (\w+) resumed>.*\)\s+=\s+(-?\d+)")


def parse_strace(text: str) -> dict[str, dict[str, int]]:
    """Sum calls and returned byte counts per syscall from `strace -f` output."""
    out: dict[str, dict[str, int]] = collections.defaultdict(lambda: {"calls": 0, "bytes": 0})
    for line in text.splitlines():
        m = _DONE.match(line) or _RESUMED.match(line)
        if not m:
            continue
        name, ret = m.group(1), int(m.group(2))
        out[name]["calls"] += 1
        if ret > 0:
            out[name]["bytes"] += ret
    return dict(out)


def strace_during(pid: int, out_path: Path, action: Callable[[], Any]) -> tuple[Any, dict]:
    """Run `action()` while strace records the send syscalls of every thread of `pid`."""
    strace = shutil.which("strace")
    if strace is None:
        return action(), {"error": "strace not installed (apt-get install -y strace)"}
    proc = subprocess.Popen(
        [strace, "-f", "-qq", "-e", "signal=none", "-e", "trace=" + ",".join(SEND_SYSCALLS),
         "-o", str(out_path), "-p", str(pid)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(1.0)  # attach to every thread before the load starts
    try:
        result = action()
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
    return result, parse_strace(out_path.read_text(errors="replace"))


def pyspy_during(pid: int, out_path: Path, duration_s: float,
                 action: Callable[[], Any]) -> tuple[Any, dict[str, Any]]:
    """Sample `pid` with py-spy while `action()` runs; summarise the hottest frames."""
    pyspy = shutil.which("py-spy") or str(Path(sys.executable).parent / "py-spy")
    if not Path(pyspy).exists():
        return action(), {"error": "py-spy not installed"}
    proc = subprocess.Popen(
        [pyspy, "record", "--pid", str(pid), "--duration", str(int(duration_s)),
         "--rate", "200", "--format", "raw", "--nonblocking", "-o", str(out_path)],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        result = action()
    finally:
        try:
            _, err = proc.communicate(timeout=duration_s + 60)
        except subprocess.TimeoutExpired:
            proc.kill()
            _, err = proc.communicate()
    if not out_path.exists():
        return result, {"error": err.decode(errors="replace")[-500:]}
    return result, summarize_collapsed(out_path.read_text(errors="replace"))


def summarize_collapsed(text: str, top: int = 15) -> dict[str, Any]:
    """Self and inclusive sample shares per frame from py-spy's collapsed-stack output."""
    self_count: collections.Counter[str] = collections.Counter()
    incl_count: collections.Counter[str] = collections.Counter()
    total = 0
    for line in text.splitlines():
        stack, _, count = line.rpartition(" ")
        if not stack or not count.isdigit():
            continue
        n = int(count)
        total += n
        frames = stack.split(";")
        self_count[frames[-1]] += n
        for f in set(frames):
            incl_count[f] += n
    if not total:
        return {"samples": 0, "self": [], "inclusive": []}
    return {
        "samples": total,
        "self": [(f, round(100 * c / total, 1)) for f, c in self_count.most_common(top)],
        "inclusive": [(f, round(100 * c / total, 1)) for f, c in incl_count.most_common(top * 2)],
    }
