"""``python -m wire.generator --spec ../shared/kafka-protocol/message --out wire/messages``."""

from __future__ import annotations

import argparse
import shutil
from pathlib import Path

from wire.generator.render import generate

REPO = Path(__file__).resolve().parents[2]
DEFAULT_SPEC = REPO.parent / "shared" / "kafka-protocol" / "message"
DEFAULT_OUT = REPO / "wire" / "messages"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m wire.generator", description=__doc__)
    ap.add_argument("--spec", type=Path, default=DEFAULT_SPEC, help="Kafka's message/*.json dir")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT, help="package directory to write")
    args = ap.parse_args(argv)
    out: Path = args.out
    if out.exists():
        # Stale modules of removed APIs must not survive a regeneration.
        for p in out.glob("*.py"):
            p.unlink()
        shutil.rmtree(out / "__pycache__", ignore_errors=True)
    written = generate(args.spec, out)
    print(f"wrote {len(written)} files to {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
