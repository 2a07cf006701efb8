"""Handler registry: each handler module registers its API key and version range.

The ApiVersions response is built from these registrations, so it can never
advertise a key or version that no handler serves (the kfake model).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, Protocol

from wire.api_keys import ApiKey
from wire.errors import ErrorCode
from wire.messages import ApiVersionsResponse

# A handler receives the request context and the decoded request, and returns
# the response message, or None when no response is sent (acks=0 Produce).
Handler = Callable[[Any, Any], Awaitable[Any]]


class RequestClass(Protocol):
    """A generated request class (the class itself), as the network layer decodes with it."""

    def decode(self, data: memoryview, version: int) -> object: ...


class ResponseClass(Protocol):
    """A generated response class (the class itself): its first flexible version decides
    the response header version."""

    @property
    def FLEXIBLE_MIN(self) -> int | None: ...


@dataclass(frozen=True, slots=True)
class Registration:
    api_key: int
    min_version: int
    max_version: int
    request_cls: RequestClass
    response_cls: ResponseClass
    handler: Handler
    # The minimum ApiVersions advertises, when below the minimum served (Produce 0-2:
    # Kafka 4 advertises them for old librdkafka, KAFKA-18659, but rejects them).
    advertised_min_version: int


REGISTRY: dict[int, Registration] = {}


def register(
    api_key: int,
    request_cls: RequestClass,
    response_cls: ResponseClass,
    min_version: int,
    max_version: int,
    advertised_min_version: int | None = None,
) -> Callable[[Handler], Handler]:
    """Decorator: `@register(3, MetadataRequest, MetadataResponse, 0, 13)`."""

    def wrap(fn: Handler) -> Handler:
        if api_key in REGISTRY:
            raise RuntimeError(f"api key {api_key} registered twice")
        REGISTRY[api_key] = Registration(
            api_key,
            min_version,
            max_version,
            request_cls,
            response_cls,
            fn,
            min_version if advertised_min_version is None else advertised_min_version,
        )
        return fn

    return wrap


def advertised_api_versions() -> list[ApiVersionsResponse.ApiVersion]:
    """ApiVersions' list: every registered key with its advertised version range."""
    return [
        ApiVersionsResponse.ApiVersion(
            api_key=reg.api_key, min_version=reg.advertised_min_version, max_version=reg.max_version
        )
        for reg in sorted(REGISTRY.values(), key=lambda r: r.api_key)
    ]


def unsupported_version_response() -> ApiVersionsResponse:
    """Kafka's answer to an ApiVersions version it does not serve: UNSUPPORTED_VERSION with
    the full list, which the network layer encodes at v0 so that clients fall back (KIP-511)."""
    return ApiVersionsResponse(
        error_code=ErrorCode.UNSUPPORTED_VERSION, api_keys=advertised_api_versions()
    )


class _ApiNames(dict[int, str]):
    """Kafka's API names (`ApiVersions`, `Produce`...), from wire.api_keys; unknown keys as numbers."""

    def __missing__(self, key: int) -> str:
        try:
            name = "".join(p.capitalize() for p in ApiKey(key).name.split("_"))
        except ValueError:
            name = str(key)
        self[key] = name
        return name


# The name of each API key, for log lines and metrics (registered or not).
API_NAMES = _ApiNames()


def load_all() -> None:
    """Import every `kafkapy.handlers.kNN_*` module, so each registers itself."""
    import importlib
    import pkgutil

    import kafkapy.handlers as pkg

    for info in sorted(pkgutil.iter_modules(pkg.__path__), key=lambda m: m.name):
        if info.name.startswith("k") and info.name[1:3].isdigit():
            importlib.import_module(f"kafkapy.handlers.{info.name}")


def markdown_table() -> str:
    """docs/apis.md's table: every registered key, its served and advertised versions."""
    load_all()
    lines = [
        "| key | API | versions served | advertised | handler |",
        "|---:|---|---|---|---|",
    ]
    for reg in sorted(REGISTRY.values(), key=lambda r: r.api_key):
        served = f"{reg.min_version}-{reg.max_version}"
        advertised = f"{reg.advertised_min_version}-{reg.max_version}"
        module = reg.handler.__module__.rsplit(".", 1)[-1]
        lines.append(f"| {reg.api_key} | {API_NAMES[reg.api_key]} | {served} | {advertised} | `{module}.py` |")
    return "\n".join(lines)


if __name__ == "__main__":
    # Run as a script this module is __main__; handlers register into the real one.
    from kafkapy.handlers import registry  # noqa: PLW0406

    print(registry.markdown_table())
