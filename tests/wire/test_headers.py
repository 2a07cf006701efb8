"""Request/response headers: versions by API, ClientId never compact, tagged fields."""

from __future__ import annotations

import pytest

from wire.api_keys import API_REGISTRY, ApiKey
from wire.headers import (
    RequestHeader,
    ResponseHeader,
    request_header_version,
    response_header_version,
)
from wire.primitives import DecodeError


def test_header_versions_follow_flexible_versions() -> None:
    assert request_header_version(ApiKey.PRODUCE, 8) == 1
    assert request_header_version(ApiKey.PRODUCE, 9) == 2
    assert response_header_version(ApiKey.PRODUCE, 8) == 0
    assert response_header_version(ApiKey.PRODUCE, 9) == 1
    assert request_header_version(ApiKey.METADATA, 13) == 2
    for key, spec in API_REGISTRY.items():
        for v in range(spec.min_version, spec.latest_version + 1):
            flexible = spec.flexible_min is not None and v >= spec.flexible_min
            assert request_header_version(key, v) == (2 if flexible else 1)


def test_api_versions_response_header_is_always_v0() -> None:
    for v in range(10):  # including versions newer than we know (KIP-511)
        assert response_header_version(ApiKey.API_VERSIONS, v) == 0
    assert request_header_version(ApiKey.API_VERSIONS, 3) == 2
    assert request_header_version(ApiKey.API_VERSIONS, 99) == 2  # still parses


def test_request_header_v2_client_id_not_compact() -> None:
    h = RequestHeader(ApiKey.FETCH, 12, 7, "me")
    raw = h.encode()
    assert raw == b"\x00\x01\x00\x0c\x00\x00\x00\x07\x00\x02me\x00"
    assert RequestHeader.decode(raw + b"BODY") == (h, len(raw))


def test_request_header_v1_null_client_id() -> None:
    h = RequestHeader(ApiKey.FETCH, 11, -1, None)
    raw = h.encode()
    assert raw == b"\x00\x01\x00\x0b\xff\xff\xff\xff\xff\xff"
    assert RequestHeader.decode(raw) == (h, len(raw))


def test_unknown_header_tags_survive() -> None:
    h = RequestHeader(ApiKey.METADATA, 12, 1, "c", [(5, b"xy")])
    assert RequestHeader.decode(h.encode())[0] == h
    r = ResponseHeader(9, [(1, b"z")])
    assert ResponseHeader.decode(r.encode(1), 1) == (r, len(r.encode(1)))


def test_response_header_encodings() -> None:
    assert ResponseHeader(5).encode(0) == b"\x00\x00\x00\x05"
    assert ResponseHeader(5).encode(1) == b"\x00\x00\x00\x05\x00"
    hdr, v = ResponseHeader.for_request(RequestHeader(ApiKey.API_VERSIONS, 3, 5, "x"))
    assert (hdr.correlation_id, v) == (5, 0)


@pytest.mark.parametrize(
    "raw",
    [
        b"",
        b"\x00\x12\x00",
        b"\x03\xe7\x00\x00\x00\x00\x00\x01\x00\x00",  # unknown API key 999
        b"\x00\x04\x00\x00\x00\x00\x00\x01\x00\x00",  # LeaderAndIsr: removed in Kafka 4.0
        b"\x00\x12\x00\x03\x00\x00\x00\x01\x00\x09ab",  # client id truncated
        b"\x00\x12\x00\x03\x00\x00\x00\x01\xff\xfe",  # negative client id length
        b"\x00\x12\x00\x03\x00\x00\x00\x01\xff\xff\xff\xff\xff\xff\xff\x0f",  # varint overflow
    ],
)
def test_bad_request_headers(raw: bytes) -> None:
    with pytest.raises(DecodeError):
        RequestHeader.decode(raw)
