"""Per-listener security settings: ``listener.name.<listener>.<key>`` overrides ``<key>``.

Kafka lets every security setting (``ssl.*``, ``sasl.*``, ``connections.max.reauth.ms``,
mechanism-scoped ``<mechanism>.sasl.jaas.config``) be given per listener, the listener name
lower-cased in the prefix. These functions resolve a listener's effective values from the
broker's flat ``key -> value`` config.
"""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["listener_prefix", "listener_value", "listener_values"]


def listener_prefix(listener: str) -> str:
    return f"listener.name.{listener.lower()}."


def listener_value(config: Mapping[str, str], listener: str, key: str) -> str | None:
    """The listener's value for ``key``: its override if set, else the broker-wide value."""
    override = config.get(listener_prefix(listener) + key)
    return override if override is not None else config.get(key)


def listener_values(config: Mapping[str, str], listener: str, prefix: str) -> dict[str, str]:
    """Every ``prefix*`` key's effective value for the listener (e.g. ``ssl.``)."""
    scoped = listener_prefix(listener)
    values = {k: v for k, v in config.items() if k.startswith(prefix)}
    values.update(
        {k[len(scoped):]: v for k, v in config.items()
         if k.startswith(scoped + prefix)}
    )
    return values
