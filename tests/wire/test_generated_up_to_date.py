"""The committed wire/messages/ is exactly what the generator writes from Kafka's JSON."""

from __future__ import annotations

import filecmp
from pathlib import Path

import pytest

from wire.generator.render import MARKER, generate

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


def test_every_generated_module_says_so_on_its_first_line() -> None:
    modules = sorted(COMMITTED.glob("*.py"))
    assert modules
    for p in modules:
        assert p.read_text().splitlines()[0] == MARKER, p.name
    # and the hand-written run-time support they import does not
    assert (REPO / "wire" / "message_base.py").read_text().splitlines()[0] != MARKER


def test_gitattributes_marks_the_package_generated() -> None:
    lines = (REPO / ".gitattributes").read_text().splitlines()
    assert "wire/messages/** linguist-generated=true" in lines
