"""Output: the table (absolute figures and kafkapy/tansu ratios), the JSON file, the PNG plots."""

from __future__ import annotations

import json
import math
import statistics
from collections import defaultdict
from pathlib import Path
from typing import Any

from bench import flamegraph
from bench.machine import LOAD_WARN, flagged
from bench.workloads import RAW_PRODUCE_TAG, RAW_TAG

BROKERS = ("kafkapy", "tansu")


def table_rows(results: dict[str, Any]) -> list[dict[str, Any]]:
    """One line per (workload, case, metric) with each broker's value and the ratio."""
    merged: dict[tuple[str, str, str], dict[str, Any]] = {}
    for r in results["rows"]:
        if r.get("broker") == "sink":
            continue
        key = (r["workload"], r["case"], r["metric"])
        line = merged.setdefault(key, {"workload": key[0], "case": key[1], "metric": key[2],
                                       "better": r["better"]})
        line.setdefault("values", defaultdict(list))[r["broker"]].append(r["value"])
    out = []
    for line in merged.values():
        for broker, values in line["values"].items():
            line[broker] = statistics.median(values)  # several rounds: the median
        line["rounds"] = max(len(v) for v in line.pop("values").values())
        k, t = line.get("kafkapy"), line.get("tansu")
        line["ratio"] = k / t if k is not None and t not in (None, 0) and _finite(k, t) else None
        out.append(line)
    return out


def _finite(*xs: float) -> bool:
    return all(isinstance(x, (int, float)) and math.isfinite(x) for x in xs)


def _fmt(v: Any) -> str:
    if v is None:
        return "-"
    if isinstance(v, float):
        if not math.isfinite(v):
            return "nan"
        return f"{v:,.0f}" if abs(v) >= 100 else f"{v:.3g}"
    return str(v)


def render_table(results: dict[str, Any]) -> str:
    lines = []
    lim = results.get("limits") or {}
    if lim:
        lines.append("Machine limits (same run):")
        lines.append(f"  loopback TCP         {lim['loopback_tcp']['mb_s']:10,.0f} MB/s")
        lines.append(f"  disk append os.write {lim['disk_append']['mb_s']:10,.0f} MB/s "
                     f"(with final fsync: {lim['disk_append']['mb_s_fsync']:,.0f} MB/s)")
        lines.append(f"  sendfile -> loopback {lim['sendfile_loopback']['mb_s']:10,.0f} MB/s")
    ceiling = [r for r in results["rows"] if r.get("broker") == "sink"]
    if ceiling:
        lines.append("Load generator ceiling (sink: discards produce, serves fetch from memory; "
                     "generator CPU in cores):")
        for r in ceiling:
            gen = f"gen {r['generator_cpu']:.2f}" if "generator_cpu" in r else ""
            lines.append(f"  {r['case']:<44} {r['metric']:<16} {_fmt(r['value']):>10} "
                         f"{r['unit']:<5} {gen:<9} {_load_cell(r)}")
    lines.append("")
    head = f"{'workload':<12} {'case':<44} {'metric':<22} {'kafkapy':>10} {'tansu':>10} " \
           f"{'k/t':>6}  better  load"
    lines += [head, "-" * len(head)]
    flags = _case_flags(results)
    for t in table_rows(results):
        lines.append(f"{t['workload']:<12} {t['case'][:44]:<44} {t['metric'][:22]:<22} "
                     f"{_fmt(t.get('kafkapy')):>10} {_fmt(t.get('tansu')):>10} "
                     f"{_fmt(t['ratio']) if t['ratio'] is not None else '-':>6}  "
                     f"{t['better']:<6}  {flags.get((t['workload'], t['case'], t['metric']), '')}")
    if any(flags.values()):
        lines.append(LOAD_NOTE)
    for name, p in (results.get("sendfile_proof") or {}).items():
        sc = ", ".join(f"{k} {v['bytes']:,} B/{v['calls']} calls"
                       for k, v in sorted(p.get("syscalls", {}).items()))
        lines.append(f"strace, {name} consume pass of {p.get('consumed_bytes', 0):,} B: {sc}")
    if results.get("errors"):
        lines.append("")
        lines.append("Errors:")
        for e in results["errors"]:
            lines.append(f"  {e.get('broker')} {e.get('workload', '')}: {e['error'][:200]}")
    lines.append(f"\nload average start {results['load_start']} end {results.get('load_end')}")
    return "\n".join(lines)


LOAD_NOTE = (f"⚠ = the 1-minute load average was above {LOAD_WARN} before or after the case; "
             "it counts the bench's own broker and generators too, 'other' is the CPU (cores) "
             "that processes outside the bench took meanwhile. Latency percentiles of flagged "
             "cases are not quiet-machine figures.")


def _load_cell(r: dict[str, Any]) -> str:
    """'1.02→2.31 other 0.05' (+ ⚠ when flagged) for one row."""
    lb, la = r.get("load_before"), r.get("load_after")
    if not lb:
        return ""
    cell = f"{lb[0]:.2f}→{la[0]:.2f}" if la else f"{lb[0]:.2f}"
    if "other_cpu" in r:
        cell += f" other {r['other_cpu']:.2f}"
    return cell + (" ⚠" if flagged(r) else "")


def _case_flags(results: dict[str, Any]) -> dict[tuple[str, str, str], str]:
    """Per (workload, case, metric): each broker's load cell, 'k: ... / t: ...'; of several rounds,
    the round with the highest load."""
    worst: dict[tuple[str, str, str], dict[str, dict[str, Any]]] = defaultdict(dict)
    for r in results["rows"]:
        b = r.get("broker")
        key = (r["workload"], r["case"], r["metric"])
        if b in BROKERS and r.get("load_before"):
            seen = worst[key].get(b)
            if seen is None or _peak(r) > _peak(seen):
                worst[key][b] = r
    return {k: " / ".join(f"{b[0]}: {_load_cell(v[b])}" for b in BROKERS if b in v)
            for k, v in worst.items()}


def _peak(r: dict[str, Any]) -> float:
    return max(x[0] for x in (r.get("load_before"), r.get("load_after")) if x)


def write_json(results: dict[str, Any], directory: Path) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    stamp = results["env"]["date_utc"].replace(":", "").replace("-", "")[:15]
    path = directory / f"bench-{stamp}{'-quick' if results['settings']['quick'] else ''}.json"
    text = json.dumps(results, indent=1, default=str)
    path.write_text(text)
    (directory / "latest.json").write_text(text)
    return path


def _by_case(results: dict[str, Any], workload: str, metric: str | None = None,
             ) -> dict[str, dict[str, float]]:
    values: dict[str, dict[str, list[float]]] = defaultdict(lambda: defaultdict(list))
    for r in results["rows"]:
        if r["workload"] == workload and (metric is None or r["metric"] == metric):
            values[r["case"]][r["broker"]].append(r["value"])
    return {c: {b: statistics.median(v) for b, v in per.items()} for c, per in values.items()}


def _ceiling(results: dict[str, Any], prefix: str) -> float | None:
    """The best generator-vs-sink throughput among the ceiling cases starting with `prefix`."""
    xs = [r["value"] for r in results["rows"] if r.get("broker") == "sink"
          and r["case"].startswith(prefix) and r["metric"] == "MB/s"]
    return max(xs) if xs else None


def _bars(ax: Any, data: dict[str, dict[str, float]], series: tuple[str, ...]) -> None:
    import numpy as np

    labels = list(data)
    x = np.arange(len(labels))
    width = 0.8 / max(1, len(series))
    for i, name in enumerate(series):
        vals = [data[c].get(name, 0.0) or 0.0 for c in labels]
        ax.bar(x + i * width - 0.4 + width / 2, vals, width, label=name)
    ax.set_xticks(x)
    ax.set_xticklabels(labels, rotation=30, ha="right", fontsize=8)


def write_plots(results: dict[str, Any], directory: Path) -> list[Path]:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    directory.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    lim = results.get("limits") or {}
    brokers = tuple(b for b in BROKERS if any(r.get("broker") == b for r in results["rows"]))

    def save(fig: Any, name: str) -> None:
        fig.tight_layout()
        path = directory / name
        fig.savefig(path, dpi=110)
        plt.close(fig)
        written.append(path)

    produce = {f"{c}{tag}": v for m, tag in (("MB/s", ""), ("MB/s" + RAW_PRODUCE_TAG, " (raw)"))
               for c, v in _by_case(results, "produce", m).items()}
    if produce:
        fig, ax = plt.subplots(figsize=(9, 4.5))
        _bars(ax, produce, brokers)
        if lim:
            ax.axhline(lim["disk_append"]["mb_s"], ls="--", c="grey", label="disk append limit")
        for size, style in (("1KiB", ":"), ("100B", "-.")):
            best = _ceiling(results, f"produce {size} p=8 librdkafka")
            if best:
                ax.axhline(best, ls=style, c="black", label=f"librdkafka ceiling {size}")
        ax.set_ylabel("MB/s (values acknowledged)")
        ax.set_title("Produce throughput")
        ax.legend(fontsize=8)
        save(fig, "produce_throughput.png")
    consume = {f"{w} {c}{tag}": v for w in ("consume", "biglog")
               for m, tag in (("MB/s", ""), ("MB/s" + RAW_TAG, " (raw)"))
               for c, v in _by_case(results, w, m).items()}
    if consume:
        fig, ax = plt.subplots(figsize=(7, 4.5))
        _bars(ax, consume, brokers)
        if lim:
            ax.axhline(lim["sendfile_loopback"]["mb_s"], ls="--", c="grey",
                       label="sendfile->loopback limit")
        for prefix, style in (("consume 1KiB p=8 librdkafka", ":"),
                              ("consume 1KiB p=8 raw", "-.")):
            best = _ceiling(results, prefix)
            if best:
                ax.axhline(best, ls=style, c="black",
                           label=f"generator ceiling, {prefix.split()[-1]}")
        ax.set_ylabel("MB/s (values consumed)")
        ax.set_title("Consume throughput from offset 0")
        ax.legend(fontsize=8)
        save(fig, "consume_throughput.png")
    lat = {f"{c} {m.split()[-2]}": v for w in ("latency", "e2e")
           for m in {r["metric"] for r in results["rows"] if r["workload"] == w}
           for c, v in _by_case(results, w, m).items()}
    if lat:
        fig, ax = plt.subplots(figsize=(9, 4.5))
        _bars(ax, dict(sorted(lat.items())), brokers)
        ax.set_yscale("log")
        ax.set_ylabel("ms (log scale)")
        ax.set_title("Produce latency (ack) and end-to-end latency")
        ax.legend(fontsize=8)
        save(fig, "latency.png")
    for phase, prof in (results.get("profiles") or {}).items():
        if prof.get("collapsed"):
            path = directory / f"flame_{phase}.svg"
            path.write_text(flamegraph.render_svg(
                prof["collapsed"], f"kafkapy under {phase}, "
                f"{prof.get('mb_s_under_profiler', 0):.0f} MB/s, {results['env']['date_utc']}"))
            written.append(path)
    scale_metrics = [("partitions", "RSS MB"), ("partitions", "idle CPU %"),
                     ("partitions", "restart to ready s"), ("connections", "requests/s")]
    if any(_by_case(results, w, m) for w, m in scale_metrics):
        fig, axes = plt.subplots(1, 4, figsize=(12, 3.8))
        for ax, (w, m) in zip(axes, scale_metrics):
            data = _by_case(results, w, m)
            if data:
                _bars(ax, data, brokers)
            ax.set_title(m, fontsize=9)
        axes[0].legend(fontsize=8)
        save(fig, "scale.png")
    return written


DOC_BEGIN = "<!-- bench:begin (generated by `python -m bench --write-doc`; edit outside) -->"
DOC_END = "<!-- bench:end -->"


def _md_row(cells: list[Any]) -> str:
    return "| " + " | ".join(str(c) for c in cells) + " |"


def render_markdown(results: dict[str, Any]) -> str:
    env, st = results["env"], results["settings"]
    timed = [r for r in results["rows"] if r.get("load_before")]
    n_flagged = sum(1 for r in timed if flagged(r))
    out = [(f"Run of {env['date_utc']} ({'quick' if st['quick'] else 'full'} preset), "
           f"{results.get('elapsed_s', 0) / 60:.0f} min; load average (1/5/15 min) at start "
           f"{results['load_start']}, at end {results.get('load_end')}; {n_flagged} of "
           f"{len(timed)} rows ran at a 1-minute load above {LOAD_WARN}"
           f"{' (⚠)' if n_flagged else ''}. Produce and consume figures are the median of "
            f"{st.get('rounds', 1)} round(s)."), ""]
    out += ["| machine | |", "|---|---|",
            f"| CPU | {env['cpu']}, {env['cpus']} vCPU ({env.get('hypervisor') or 'bare'}) |",
            f"| memory | {env['memory_gb']} GB |",
            f"| disk | {env['disk'].splitlines()[-1] if env['disk'] else '?'} |",
            f"| kernel / Python | {env['kernel']} / {env['python']} |",
            (f"| client | confluent-kafka {env['confluent_kafka']}, librdkafka "
            f"{env['librdkafka']} |"),
            f"| brokers | {'; '.join(f'{k}: {v}' for k, v in results['versions'].items())} |",
            (f"| settings | producers={st['producers']} (keyless values, sticky partitioner, "
             f"C-driven produce() loop), linger.ms=5, batch.size=1000000, compression none, "
             f"idempotence off; consumers: {st['consumers']} librdkafka processes, then "
             f"{st.get('raw_consumers', 0)} raw Fetch clients (batch headers only, see "
             f"bench/rawfetch.py); kafkapy fsync: none (Kafka's default flush.messages); "
             f"Tansu: memory:// |"), ""]
    lim = results.get("limits") or {}
    if lim:
        out += ["| raw limit (same run) | MB/s |", "|---|---:|",
                f"| loopback TCP (sendall 1 MiB / recv_into) | {lim['loopback_tcp']['mb_s']:,.0f} |",
                f"| disk append, os.write 1 MiB, no fsync | {lim['disk_append']['mb_s']:,.0f} |",
                f"| disk append incl. final fsync | {lim['disk_append']['mb_s_fsync']:,.0f} |",
                f"| sendfile page cache -> loopback | {lim['sendfile_loopback']['mb_s']:,.0f} |",
                ""]
    ceiling = [r for r in results["rows"] if r.get("broker") == "sink"]
    if ceiling:
        out += [("| load generator vs sink (discards produce, serves fetch from memory) | "
                 "metric | value | generator CPU (cores) | load before→after, other CPU |"),
                "|---|---|---:|---:|---|"]
        out += [_md_row([r["case"], r["metric"], _fmt(r["value"]),
                         _fmt(r.get("generator_cpu")), _load_cell(r) or "-"]) for r in ceiling]
        out.append("")
    out += ["The issue's targets against this run:", "", render_targets(results), ""]
    flags = _case_flags(results)
    out += [("| workload | case | metric | kafkapy | tansu | kafkapy/tansu | better | "
            "load before→after, other CPU (k: kafkapy, t: tansu) |"),
            "|---|---|---|---:|---:|---:|---|---|"]
    for t in table_rows(results):
        out.append(_md_row([t["workload"], t["case"], t["metric"], _fmt(t.get("kafkapy")),
                            _fmt(t.get("tansu")), _fmt(t["ratio"]), t["better"],
                            flags.get((t["workload"], t["case"], t["metric"]), "-")]))
    if any("⚠" in v for v in flags.values()):
        out += ["", LOAD_NOTE]
    proof = results.get("sendfile_proof") or {}
    if proof:
        out += ["", "| consume pass under strace | bytes consumed | syscall: calls, bytes |",
                "|---|---:|---|"]
        for name, p in proof.items():
            sc = "; ".join(f"{k}: {v['calls']:,}, {v['bytes']:,}"
                           for k, v in sorted(p.get("syscalls", {}).items()))
            out.append(_md_row([name, f"{p.get('consumed_bytes', 0):,}", sc]))
    counters = results.get("kafkapy_counters") or {}
    if counters:
        out += ["", "kafkapy's own counters over the whole run (logged at each graceful shutdown): "
                + ", ".join(f"{k} = {v:,}" for k, v in counters.items())]
    for phase, prof in (results.get("profiles") or {}).items():
        if not prof.get("self"):
            continue
        out += ["", (f"py-spy, kafkapy under {phase} ({prof['samples']} samples, "
                f"{prof.get('mb_s_under_profiler', 0):.0f} MB/s while profiled), self time:"), "",
                "| frame | self % |", "|---|---:|"]
        out += [_md_row([f"`{f}`", pct]) for f, pct in prof["self"][:10]]
        if prof.get("collapsed"):
            out += ["", f"Flame graph: [benchmarks/flame_{phase}.svg](benchmarks/flame_{phase}.svg)"]
    if results.get("errors"):
        out += ["", "Errors in this run:", ""]
        out += [f"- {e.get('broker')} {e.get('workload', '')}: `{e['error'][:160]}`"
                for e in results["errors"]]
    return "\n".join(out)


def write_doc(results: dict[str, Any], doc: Path) -> None:
    """Replace the generated section of docs/benchmarks.md, keeping the prose around it."""
    text = doc.read_text() if doc.exists() else f"# Benchmarks\n\n{DOC_BEGIN}\n{DOC_END}\n"
    if DOC_BEGIN not in text or DOC_END not in text:
        text += f"\n{DOC_BEGIN}\n{DOC_END}\n"
    head, rest = text.split(DOC_BEGIN, 1)
    _, tail = rest.split(DOC_END, 1)
    doc.write_text(f"{head}{DOC_BEGIN}\n{render_markdown(results)}\n{DOC_END}{tail}")


def _val(results: dict[str, Any], workload: str, metric: str, broker: str,
         case_prefix: str = "") -> list[float]:
    return [v.get(broker) for c, v in _by_case(results, workload, metric).items()
            if c.startswith(case_prefix) and v.get(broker) is not None]


def _span(xs: list[float], fmt: str = "{:.2f}") -> str:
    if not xs:
        return "not measured"
    lo, hi = min(xs), max(xs)
    return fmt.format(lo) if lo == hi else f"{fmt.format(lo)}-{fmt.format(hi)}"


def _met(ratios: list[float]) -> bool:
    return bool(ratios) and min(ratios) >= 2


def _verdict(met: bool, by_librdkafka: bool) -> str:
    """The issue asks that the generator not be the bottleneck: where the librdkafka rows sit
    at their own ceiling (see the generator table), the raw clients' rows are the broker's."""
    if not met:
        return "no"
    return "yes" if by_librdkafka else ("yes, with the raw clients (the librdkafka rows are "
                                        "bounded by the generator: compare its ceiling above)")


def _xspan(xs: list[float]) -> str:
    return f"{_span(xs)}x" if xs else "not measured"


def render_targets(results: dict[str, Any]) -> str:
    """The issue's targets, each beside this run's figure."""
    rows = {(t["workload"], t["case"], t["metric"]): t for t in table_rows(results)}

    def ratios(workload: str, prefix: str = "", metric: str = "MB/s") -> list[float]:
        return [t["ratio"] for (w, c, m), t in rows.items()
                if w == workload and c.startswith(prefix) and m == metric and t["ratio"]]

    def one(workload: str, metric: str, broker: str = "kafkapy") -> float | None:
        xs = _val(results, workload, metric, broker)
        return xs[0] if xs else None

    lim = results.get("limits") or {}
    out = ["| target | this run | met? |", "|---|---|---|"]
    r1k, r100 = ratios("produce", "1KiB"), ratios("produce", "100B")
    r100raw = ratios("produce", "100B", "MB/s" + RAW_PRODUCE_TAG)
    raw_note = f"; 100 B, raw Produce client: {_xspan(r100raw)}" if r100raw else ""
    out.append(f"| produce MB/s >= 2x Tansu | 1 KiB: {_xspan(r1k)}; 100 B: {_xspan(r100)}"
               f"{raw_note} | {_verdict(_met(r1k) and (_met(r100) or _met(r100raw)), _met(r1k) and _met(r100))} |")
    rc = ratios("consume") + ratios("biglog")
    raw = "MB/s" + RAW_TAG
    rr = ratios("consume", metric=raw) + ratios("biglog", metric=raw)
    cpu_k, cpu_t = ([r["broker_cpu"] for r in results["rows"]
                     if r["workload"] in ("consume", "biglog") and r["metric"] == "MB/s"
                     and r.get("broker") == b and "broker_cpu" in r] for b in BROKERS)
    raw_note = f"; raw Fetch client: {_xspan(rr)}" if rr else ""
    out.append(f"| consume MB/s >= 2x Tansu | librdkafka consumers: {_xspan(rc)} (broker CPU: "
               f"kafkapy {_span(cpu_k)} core, Tansu {_span(cpu_t)} core){raw_note} | "
               f"{_verdict(_met(rc) or _met(rr), _met(rc))} |")
    # acks=all on one node takes the same path as acks=1: the best 1 KiB case of either.
    best = max(_val(results, "produce", "MB/s", "kafkapy", "1KiB"), default=None)
    if best is not None and lim:
        share = best / lim["disk_append"]["mb_s"]
        out.append(f"| produce >= 50% of raw disk append | {best:.0f} of "
                   f"{lim['disk_append']['mb_s']:.0f} MB/s ({share:.1%}) | "
                   f"{'yes' if share >= 0.5 else 'no'} |")
    p99 = [t for (w, c, m), t in rows.items() if w == "latency" and c.startswith("50 MB/s")
           and m == "produce p99 ms"]
    floor = [r["value"] for r in results["rows"] if r.get("broker") == "sink"
             and r["case"].startswith("latency 50") and r["metric"] == "produce p99 ms"]
    if p99:
        k, t = p99[0].get("kafkapy"), p99[0].get("tansu")
        busy = [r for r in results["rows"] if r["workload"] == "latency"
                and r["case"].startswith("50 MB/s") and r.get("broker") == "kafkapy"
                and flagged(r)]
        warn = (f" ⚠ load average {_peak(busy[0]):.1f}, other processes "
                f"{busy[0].get('other_cpu', float('nan')):.2f} cores: not a quiet-machine "
                "figure") if busy else ""
        out.append(f"| p99 produce latency <= 2 ms at 50 MB/s | kafkapy {_fmt(k)} ms, Tansu "
                   f"{_fmt(t)} ms (generator vs sink: {_fmt(floor[0]) if floor else '-'} ms)"
                   f"{warn} | {'yes' if k is not None and k <= 2 else 'no'} |")
    e2e = one("e2e", "end-to-end p99 ms")
    if e2e is not None:
        busy = [r for r in results["rows"] if r["workload"] == "e2e"
                and r.get("broker") == "kafkapy" and flagged(r)]
        warn = f" ⚠ load average {_peak(busy[0]):.1f}" if busy else ""
        out.append(f"| end-to-end p99 <= 5 ms | {e2e:.1f} ms (Tansu "
                   f"{_fmt(one('e2e', 'end-to-end p99 ms', 'tansu'))} ms){warn} | "
                   f"{'yes' if e2e <= 5 else 'no'} |")
    rss, idle = one("partitions", "RSS MB"), one("partitions", "idle CPU %")
    n = results["settings"]["partitions"]
    if rss is not None:
        out.append(f"| RSS <= 150 MB with {n:,} partitions | {rss:.0f} MB | "
                   f"{'yes' if rss <= 150 else 'no'} |")
    if idle is not None:
        out.append(f"| idle CPU < 5% with {n:,} partitions | {idle:.1f}% | "
                   f"{'yes' if idle < 5 else 'no'} |")
    return "\n".join(out)
