"""Every generated message, at every version, round-trips its default value."""

from __future__ import annotations

import pytest

from wire import messages
from wire.api_keys import API_REGISTRY

ALL = [
    (name, v)
    for name in messages.__all__
    for v in range(
        getattr(messages, name).MIN_VERSION, getattr(messages, name).LATEST_VERSION + 1
    )
]


@pytest.mark.parametrize(("name", "version"), ALL)
def test_default_round_trip(name: str, version: int) -> None:
    cls = getattr(messages, name)
    data = cls().encode(version)
    decoded = cls.decode(data, version, strict=True)
    assert decoded.encode(version) == data
    assert cls.decode(memoryview(data), version) == decoded


def test_registry_covers_every_api() -> None:
    # Kafka 4.1.1: keys 0-92 minus the four removed in 4.0 (4-7).
    assert sorted(API_REGISTRY) == [k for k in range(93) if k not in (4, 5, 6, 7)]
    for key, spec in API_REGISTRY.items():
        assert spec.request_cls.API_KEY == key == spec.response_cls.API_KEY
        # max_version < min_version: no stable version yet (StreamsGroupHeartbeat v0 only).
        assert spec.min_version <= spec.latest_version
        assert spec.max_version <= spec.latest_version
        assert spec.latest_version_unstable == (spec.max_version < spec.latest_version)
