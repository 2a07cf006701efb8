"""Round trip of every message at every version with generated values.

Values cover every field present at the version: nullable fields (None included), tagged
fields (struct-valued ones too), nested and common structs, arrays of primitives, uuids,
float64, records, and unknown tagged fields, which must survive decode and re-encode.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.wire.strategies import message_strategy
from wire import messages

ALL = [
    (name, v)
    for name in messages.__all__
    for v in range(
        getattr(messages, name).MIN_VERSION, getattr(messages, name).LATEST_VERSION + 1
    )
]


@pytest.mark.parametrize(("name", "version"), ALL)
@settings(max_examples=5, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_round_trip(name: str, version: int, data: Any) -> None:
    cls = getattr(messages, name)
    obj = data.draw(message_strategy(cls, version))
    encoded = obj.encode(version)
    decoded = cls.decode(encoded, version, strict=True)
    assert decoded == obj
    assert decoded.encode(version) == encoded
    assert b"".join(c for c in obj.encode_chunks(version) if isinstance(c, bytes)) == encoded
