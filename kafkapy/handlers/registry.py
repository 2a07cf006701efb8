"""Handler registry: each handler module registers its API key and version range.

The ApiVersions response is built from these registrations, so it can never
advertise a key or version that no handler serves (the kfake model).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

# A handler receives the request context and the decoded request, and returns
# the response message, or None when no response is sent (acks=0 Produce).
Handler = Callable[[Any, Any], Awaitable[Any]]


@dataclass(frozen=True, slots=True)
class Registration:
    api_key: int
    min_version: int
    max_version: int
    request_cls: type
    response_cls: type
    handler: Handler


REGISTRY: dict[int, Registration] = {}


def register(
    api_key: int,
    request_cls: type,
    response_cls: type,
    min_version: int,
    max_version: int,
) -> Callable[[Handler], Handler]:
    """Decorator: `@register(3, MetadataRequest, MetadataResponse, 0, 13)`."""

    def wrap(fn: Handler) -> Handler:
        if api_key in REGISTRY:
            raise RuntimeError(f"api key {api_key} registered twice")
        REGISTRY[api_key] = Registration(
            api_key, min_version, max_version, request_cls, response_cls, fn
        )
        return fn

    return wrap
