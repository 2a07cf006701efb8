"""docs/configuration.md lists every key kafkapy defines, with the same default and status."""

from __future__ import annotations

from pathlib import Path

from kafkapy.config.defs import BROKER_KEYS, TOPIC_KEYS
from kafkapy.config.parse import to_config_string

DOC = Path(__file__).resolve().parents[3] / "docs" / "configuration.md"


def rows(section: str) -> dict[str, list[str]]:
    """The table rows of one section ("## Broker keys" / "## Topic keys"), by key."""
    text = DOC.read_text().split(section, 1)[1].split("\n## ", 1)[0]
    out: dict[str, list[str]] = {}
    for line in text.splitlines():
        if line.startswith("| `"):
            cells = [c.strip() for c in line.strip("|").split(" | ")]
            out.setdefault(cells[0].strip("`"), cells)
    return out


def test_every_broker_key_documented_with_its_default_and_status() -> None:
    documented = rows("## Broker keys")
    for key in BROKER_KEYS.values():
        cells = documented.get(key.name)
        assert cells is not None, f"{key.name} missing from docs/configuration.md"
        default = to_config_string(key.type, key.default)
        expected = "null" if default is None else f"`{default}`" if default else '`""`'
        assert cells[2] == expected, (key.name, cells[2], expected)
        assert cells[4] == ("used" if key.implemented else "accepted"), key.name
        assert cells[5] == ("yes" if key.dynamic else "no"), key.name


def test_every_topic_key_documented_with_its_synonyms() -> None:
    documented = rows("## Topic keys")
    for key in TOPIC_KEYS.values():
        cells = documented.get(key.name)
        assert cells is not None, f"{key.name} missing from docs/configuration.md"
        assert cells[4] == ("used" if key.implemented else "accepted"), key.name
        text = cells[2]
        for synonym in key.synonyms:
            assert f"`{synonym}`" in text, (key.name, synonym)
