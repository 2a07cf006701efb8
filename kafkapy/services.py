"""Broker services registered by other packages (e.g. the group coordinator).

A module that adds a long-lived component to the broker calls
`register_service(name, factory)` at import time; `Broker.start()` calls
`factory(broker)` after the logs and metadata are loaded, stores the result as
`broker.<name>`, awaits its `start()` if it has one, and awaits its `stop()` (if any)
at shutdown, before the logs are closed. Handler modules are imported before the broker
starts, so registering from a handler module (or a module it imports) is enough.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

SERVICES: dict[str, Callable[[Any], Any]] = {}


def register_service(name: str, factory: Callable[[Any], Any]) -> None:
    if name in SERVICES:
        raise RuntimeError(f"service {name} registered twice")
    SERVICES[name] = factory
