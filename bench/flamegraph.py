"""A flame graph (SVG) from py-spy's collapsed stacks (`--format raw`): one box per frame, width
proportional to samples, callers below callees, the frame and its share in each box's tooltip.

py-spy writes either collapsed stacks or an SVG per recording, not both; the collapsed form is
what the summaries (bench/proofs.py `summarize_collapsed`) read, so the SVG is drawn from it.
"""

from __future__ import annotations

from html import escape
from typing import Any

WIDTH = 1200
ROW = 16
MIN_PX = 0.3  # narrower boxes are not drawn


def parse_collapsed(text: str) -> list[tuple[list[str], int]]:
    stacks = []
    for line in text.splitlines():
        stack, _, count = line.rpartition(" ")
        if stack and count.isdigit():
            stacks.append((stack.split(";"), int(count)))
    return stacks


def _tree(stacks: list[tuple[list[str], int]]) -> dict[str, Any]:
    root: dict[str, Any] = {"n": 0, "kids": {}}
    for frames, count in stacks:
        node = root
        node["n"] += count
        for f in frames:
            node = node["kids"].setdefault(f, {"n": 0, "kids": {}})
            node["n"] += count
    return root


def _color(name: str) -> str:
    h = sum(name.encode()) % 60
    return f"rgb({205 + h // 2},{90 + h * 2},{40 + h // 3})"


def render_svg(text: str, title: str) -> str:
    """The SVG document for the collapsed stacks in `text`."""
    root = _tree(parse_collapsed(text))
    total = root["n"] or 1
    depth = [0]
    boxes: list[str] = []

    def walk(node: dict[str, Any], x: float, level: int) -> None:
        for name, kid in sorted(node["kids"].items()):
            w = kid["n"] / total * WIDTH
            if w >= MIN_PX:
                depth[0] = max(depth[0], level + 1)
                label = escape(name if len(name) * 7 < w else name[: int(w / 7) - 2] + ".."
                               if w > 30 else "")
                tip = escape(f"{name}: {kid['n']} samples ({100 * kid['n'] / total:.1f}%)")
                boxes.append(f'<g><title>{tip}</title><rect x="{x:.1f}" y="{{Y{level}}}" '
                              f'width="{w:.1f}" height="{ROW - 1}" fill="{_color(name)}"/>'
                              f'<text x="{x + 3:.1f}" y="{{T{level}}}">{label}</text></g>')
                walk(kid, x, level + 1)
            x += w

    walk(root, 0.0, 0)
    height = (depth[0] + 3) * ROW
    body = "\n".join(boxes)
    for level in range(depth[0] + 1):  # the root at the bottom, callees above
        y = height - (level + 2) * ROW
        body = body.replace(f"{{Y{level}}}", str(y)).replace(f"{{T{level}}}", str(y + ROW - 4))
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height}" '
            f'font-family="monospace" font-size="11">\n'
            f'<text x="4" y="14" font-size="13">{escape(title)} ({root["n"]} samples)</text>\n'
            f"{body}\n</svg>\n")
