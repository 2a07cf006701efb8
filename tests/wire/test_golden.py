"""Golden bytes captured from real clients (see fixtures/README.md)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from wire.api_keys import ApiKey
from wire.framing import FrameReader
from wire.headers import RequestHeader, request_header_version
from wire.messages import ApiVersionsRequest, MetadataRequest, ProduceRequest

FIXTURES = Path(__file__).parent / "fixtures"

CASES: list[tuple[str, Any, int, dict[str, Any], dict[str, Any]]] = [
    (
        "librdkafka_api_versions_v3.bin",
        ApiVersionsRequest,
        3,
        {"correlation_id": 1, "client_id": "rdkafka"},
        {
            "client_software_name": "confluent-kafka-python",
            "client_software_version": "2.16.1-rdkafka-2.16.0",
        },
    ),
    (
        "aiokafka_api_versions_v0.bin",
        ApiVersionsRequest,
        0,
        {"correlation_id": 1, "client_id": "aiokafka-0.14.0"},
        {},
    ),
    (
        "librdkafka_metadata_v13.bin",
        MetadataRequest,
        13,
        {"correlation_id": 2, "client_id": "rdkafka"},
        {
            "topics": [],
            "allow_auto_topic_creation": False,
            "include_topic_authorized_operations": False,
        },
    ),
    (
        "kafka_python_metadata_v13.bin",
        MetadataRequest,
        13,
        {"correlation_id": 2, "client_id": "kafka-python-3.0.12"},
        {
            "topics": [],
            "allow_auto_topic_creation": True,
            "include_topic_authorized_operations": False,
        },
    ),
]


def frames_of(raw: bytes, chunk: int) -> list[bytes]:
    reader = FrameReader()
    out: list[bytes] = []
    for i in range(0, len(raw), chunk):
        out += [bytes(f) for f in reader.feed(raw[i : i + chunk])]
    return out


@pytest.mark.parametrize(("fixture", "cls", "version", "header_fields", "body_fields"), CASES)
def test_golden_frame(
    fixture: str,
    cls: Any,
    version: int,
    header_fields: dict[str, Any],
    body_fields: dict[str, Any],
) -> None:
    raw = (FIXTURES / fixture).read_bytes()
    # whole, byte at a time, and followed by a second copy: the same frames every time
    for chunk in (len(raw), 1, 3):
        assert frames_of(raw, chunk) == [raw[4:]]
    assert frames_of(raw + raw, 7) == [raw[4:], raw[4:]]

    frame = FrameReader().feed(raw)[0]
    header, offset = RequestHeader.decode(frame)
    assert header.api_key == cls.API_KEY
    assert header.api_version == version
    for name, value in header_fields.items():
        assert getattr(header, name) == value
    body = cls.decode(frame[offset:], version, strict=True)
    for name, value in body_fields.items():
        assert getattr(body, name) == value
    # byte-exact re-encoding of both parts
    assert header.encode() + body.encode(version) == raw[4:]


def test_librdkafka_header_is_v2_with_non_compact_client_id() -> None:
    raw = (FIXTURES / "librdkafka_api_versions_v3.bin").read_bytes()
    assert request_header_version(ApiKey.API_VERSIONS, 3) == 2
    # int16 length 7 then "rdkafka" (never compact), then the empty tagged-field section
    assert raw[12:14] == b"\x00\x07" and raw[14:21] == b"rdkafka" and raw[21] == 0


RECORDS_FIXTURES = Path(__file__).parent / "records" / "fixtures"
PRODUCE_FRAMES = sorted(RECORDS_FIXTURES.glob("*-produce-*.bin"))


@pytest.mark.skipif(not PRODUCE_FRAMES, reason="tests/wire/records/fixtures has no Produce frames")
@pytest.mark.parametrize("path", PRODUCE_FRAMES, ids=lambda p: p.name)
def test_real_clients_produce_requests(path: Path) -> None:
    """Produce requests of librdkafka (v10), kafka-python (v9) and aiokafka (v7), captured
    for the record-batch tests (size prefix stripped): our codec reads them completely, the
    records field is a view into the frame, and re-encoding gives the same bytes."""
    frame = path.read_bytes()
    view = memoryview(frame)
    header, offset = RequestHeader.decode(view)
    assert header.api_key == ApiKey.PRODUCE
    req = ProduceRequest.decode(view[offset:], header.api_version, strict=True)
    (topic,) = req.topic_data
    assert topic.name.startswith("golden-")
    (partition,) = topic.partition_data
    records = partition.records
    assert isinstance(records, memoryview) and records.obj is frame
    assert records[16] == 2  # magic of record batch v2
    assert header.encode() + req.encode(header.api_version) == frame
