"""Command line: `kafkapy serve [server.properties] [--override key=value ...]`."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if not argv or argv[0] != "serve":
        print("usage: kafkapy serve [server.properties] [--override key=value ...]", file=sys.stderr)
        return 2
    print("kafkapy: the broker is not built yet (issue #4)", file=sys.stderr)
    return 1
