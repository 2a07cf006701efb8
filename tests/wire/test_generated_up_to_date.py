"""The committed wire/messages/ is exactly what the generator writes from Kafka's JSON."""

from __future__ import annotations

import filecmp
from pathlib import Path

import pytest

from wire.generator.render import generate

REPO = Path(__file__).resolve().parents[2]
# CI runs from a clone with shared/ beside it; users of the package have no ../shared.
SPEC = REPO.parent / "shared" / "kafka-protocol" / "message"
COMMITTED = REPO / "wire" / "messages"


@pytest.mark.skipif(
    not SPEC.is_dir(),
    reason=f"Kafka's message definitions are not at {SPEC} (../shared is absent)",
)
def test_regenerating_changes_nothing(tmp_path: Path) -> None:
    written = generate(SPEC, tmp_path)
    fresh = sorted(p.name for p in written)
    committed = sorted(p.name for p in COMMITTED.glob("*.py"))
    assert fresh == committed, "modules added or removed: run python -m wire.generator"
    _, mismatch, errors = filecmp.cmpfiles(tmp_path, COMMITTED, fresh, shallow=False)
    assert not mismatch and not errors, f"stale generated modules: {mismatch + errors}"
