"""The import graph of kafkapy: no cycle through the network layer, the request context, the
handlers, the asyncio helpers or the configuration.

Every import counts: module level, inside functions, and under `TYPE_CHECKING` (a cycle a
type checker or a reader must follow is still a cycle). `from a.b import c` is an edge to
`a.b.c` when that is a module, else to `a.b`.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GUARDED = ("kafkapy.net", "kafkapy.context", "kafkapy.handlers", "kafkapy.aio", "kafkapy.config")


def module_files(package: str = "kafkapy") -> dict[str, Path]:
    out = {}
    for path in sorted((ROOT / package).rglob("*.py")):
        parts = list(path.relative_to(ROOT).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        out[".".join(parts)] = path
    return out


def imports_of(path: Path, name: str, modules: dict[str, Path]) -> Iterator[str]:
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            for alias in node.names:
                full = f"{base}.{alias.name}"
                yield full if full in modules else base


def import_graph() -> dict[str, set[str]]:
    modules = module_files()
    return {
        name: {dep for dep in imports_of(path, name, modules) if dep in modules and dep != name}
        for name, path in modules.items()
    }


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for root, edges in graph.items():
        if root in index:
            continue
        work = [(root, iter(sorted(edges)))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return found


def guarded(module: str) -> bool:
    return any(module == g or module.startswith(g + ".") for g in GUARDED)


def test_the_cycle_finder_reports_each_cycle_once() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a", "e"}, "e": {"d"}, "f": set()}
    assert sorted(cycles(graph)) == [["a", "b", "c"], ["d", "e"]]


def test_function_level_type_checking_and_relative_imports_are_edges(tmp_path: Path) -> None:
    source = (
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n    from kafkapy.broker import Broker\n"
        "def f() -> None:\n    import kafkapy.metrics\n"
        "from . import flow\n"
        "from .framing import FrameReader\n"
    )
    path = tmp_path / "connection.py"
    path.write_text(source)
    modules = dict.fromkeys(
        ["kafkapy.broker", "kafkapy.metrics", "kafkapy.net.flow", "kafkapy.net.framing"], path
    )
    assert set(imports_of(path, "kafkapy.net.connection", modules)) >= set(modules)


def test_the_graph_sees_function_level_and_type_checking_imports() -> None:
    graph = import_graph()
    # registry.load_all imports the handlers package inside a function.
    assert "kafkapy.handlers" in graph["kafkapy.handlers.registry"]
    assert "kafkapy.net.connection" in graph["kafkapy.net.server"]
    assert "kafkapy.aio" in graph["kafkapy.handlers.k00_produce"]


def test_no_cycle_through_net_context_handlers_aio_or_config() -> None:
    bad = [c for c in cycles(import_graph()) if any(guarded(m) for m in c)]
    assert bad == [], f"import cycles: {bad}"


def test_the_network_layer_never_imports_the_broker() -> None:
    graph = import_graph()
    for module, deps in graph.items():
        if module.startswith("kafkapy.net"):
            assert "kafkapy.broker" not in deps, module
    assert not any(d.startswith("kafkapy.net") for d in graph["kafkapy.context"])
