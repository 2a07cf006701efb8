"""``wire.messages`` imports a generated module on first use (PEP 562); the version table that
``API_REGISTRY`` is built from must agree with the generated classes."""

from __future__ import annotations

import subprocess
import sys

import pytest

from wire import messages
from wire.api_keys import API_REGISTRY


def test_version_table_matches_generated_classes() -> None:
    for key, spec in API_REGISTRY.items():
        req, resp = spec.request_cls, spec.response_cls
        assert (req.API_KEY, resp.API_KEY) == (key, key)
        assert spec == (req.__name__, resp.__name__, req.MIN_VERSION, req.MAX_VERSION,
                        req.FLEXIBLE_MIN, req.LATEST_VERSION_UNSTABLE, req.LATEST_VERSION,
                        req.LISTENERS)


def test_every_exported_name_resolves_to_its_module() -> None:
    for name in messages.__all__:
        cls = getattr(messages, name)
        assert cls.__name__ == name
        assert cls.__module__ == f"wire.messages.{messages.MODULE_OF[name]}"
    assert set(messages.__all__) <= set(dir(messages))


def test_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="NoSuchRequest"):
        messages.NoSuchRequest  # noqa: B018
    with pytest.raises(ImportError):
        from wire.messages import NoSuchRequest  # noqa: F401


def test_importing_one_message_imports_one_module() -> None:
    code = (
        "import sys, wire.headers, wire.api_keys\n"
        "from wire.messages import ProduceRequest\n"
        "mods = sorted(m for m in sys.modules if m.startswith('wire.messages.k'))\n"
        "print(','.join(mods))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True,
                         text=True, timeout=60).stdout.strip()
    assert out == "wire.messages.k00_produce"
