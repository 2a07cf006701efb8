"""Request/response pairs between librdkafka and Tansu, a Kafka-compatible broker in Rust
(fixtures/capture_tansu.py). The responses come from an independent encoder: we decode them
completely (strict) and re-encode both directions to the identical bytes."""

from __future__ import annotations

from pathlib import Path

import pytest

from wire.api_keys import API_REGISTRY
from wire.headers import RequestHeader, ResponseHeader, response_header_version

TANSU = Path(__file__).parent / "fixtures" / "tansu"

# Tansu writes some tagged fields at their default values; Kafka (and we) omit those, so our
# re-encoding is shorter. The decoded values are the same.
TAGGED_DEFAULTS_WRITTEN = {
    "01_fetch_v16": "NodeEndpoints (tag 0) written as an empty array",
    "18_api_versions_v3": "SupportedFeatures, FinalizedFeaturesEpoch, FinalizedFeatures and "
    "ZkMigrationReady (tags 0-3) written at their defaults",
}
PAIRS = sorted(p.name.removesuffix(".request.bin") for p in TANSU.glob("*.request.bin"))


def test_fixtures_present() -> None:
    assert len(PAIRS) >= 10


@pytest.mark.parametrize("name", PAIRS)
def test_tansu_pair(name: str) -> None:
    req_raw = (TANSU / f"{name}.request.bin").read_bytes()
    resp_raw = (TANSU / f"{name}.response.bin").read_bytes()
    header, offset = RequestHeader.decode(req_raw)
    spec = API_REGISTRY[header.api_key]
    v = header.api_version
    request = spec.request_cls.decode(req_raw[offset:], v, strict=True)
    assert header.encode() + request.encode(v) == req_raw

    hv = response_header_version(header.api_key, v)
    rheader, roffset = ResponseHeader.decode(resp_raw, hv)
    assert rheader.correlation_id == header.correlation_id
    response = spec.response_cls.decode(resp_raw[roffset:], v, strict=True)
    again = rheader.encode(hv) + response.encode(v)
    if name in TAGGED_DEFAULTS_WRITTEN:
        assert spec.response_cls.decode(again[roffset:], v, strict=True) == response
        assert len(again) < len(resp_raw)
    else:
        assert again == resp_raw
