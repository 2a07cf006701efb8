"""Malformed bodies raise DecodeError, and only DecodeError: never IndexError, struct.error,
MemoryError, UnicodeDecodeError, or a hang (pytest-timeout bounds every test)."""

from __future__ import annotations

import struct
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.wire.strategies import message_strategy
from wire import messages
from wire.messages import FetchRequest, MetadataRequest, ProduceRequest
from wire.primitives import (
    DecodeError,
    Reader,
    read_compact_string,
    read_uvarint,
    read_uvarlong,
)

ALL = [
    (name, v)
    for name in messages.__all__
    for v in range(
        getattr(messages, name).MIN_VERSION, getattr(messages, name).LATEST_VERSION + 1
    )
]


def decodes_or_decode_error(cls: Any, data: bytes, version: int) -> None:
    try:
        cls.decode(data, version, strict=True)
    except DecodeError:
        pass


@pytest.mark.parametrize(("name", "version"), ALL)
@settings(max_examples=3, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_truncation_and_mutation(name: str, version: int, data: Any) -> None:
    cls = getattr(messages, name)
    raw = data.draw(message_strategy(cls, version)).encode(version)
    # every strict prefix is malformed: the decoder checks for trailing bytes, so a prefix
    # that parses would have had to be the whole message
    for cut in range(len(raw)):
        with pytest.raises(DecodeError):
            cls.decode(raw[:cut], version)
    with pytest.raises(DecodeError):
        cls.decode(raw + b"\x00", version, strict=True)
    # arbitrary corruption: decoded or rejected, nothing else
    if raw:
        pos = data.draw(st.integers(0, len(raw) - 1))
        byte = data.draw(st.integers(0, 255))
        decodes_or_decode_error(cls, raw[:pos] + bytes([byte]) + raw[pos + 1 :], version)


@pytest.mark.parametrize(("name", "version"), ALL)
@settings(max_examples=3, deadline=None, suppress_health_check=list(HealthCheck))
@given(garbage=st.binary(max_size=64))
def test_random_bytes(name: str, version: int, garbage: bytes) -> None:
    decodes_or_decode_error(getattr(messages, name), garbage, version)


def produce_v7(records_len: bytes, records: bytes = b"") -> bytes:
    return (
        b"\xff\xff"  # transactional id: null
        + struct.pack(">hi", 1, 1000)
        + struct.pack(">i", 1)  # one topic
        + b"\x00\x01t"
        + struct.pack(">i", 1)  # one partition
        + struct.pack(">i", 0)
        + records_len
        + records
    )


def test_well_formed_produce_v7_is_zero_copy() -> None:
    raw = produce_v7(struct.pack(">i", 3), b"abc")
    view = memoryview(raw)
    req = ProduceRequest.decode(view, 7)
    records = req.topic_data[0].partition_data[0].records
    assert isinstance(records, memoryview)
    assert records.obj is raw and bytes(records) == b"abc"


@pytest.mark.parametrize(
    "body",
    [
        produce_v7(struct.pack(">i", -5)),  # negative records length
        produce_v7(struct.pack(">i", 4), b"abc"),  # records longer than the frame
        produce_v7(struct.pack(">i", 0x7FFFFFFF)),  # huge records length
        b"\xff\xfe" + produce_v7(b"")[2:],  # negative string length (-2)
        b"\x00\x05ab",  # string longer than the frame
        b"\xff\xff" + struct.pack(">hi", 1, 1) + struct.pack(">i", -7),  # negative array
        b"\xff\xff" + struct.pack(">hi", 1, 1) + struct.pack(">i", 0x7FFFFFFF),  # huge array
        b"\x00\x02\xc3\x28" + produce_v7(b"")[2:],  # invalid UTF-8 in transactional id
    ],
)
def test_malformed_produce(body: bytes) -> None:
    with pytest.raises(DecodeError):
        ProduceRequest.decode(body, 7)


@pytest.mark.parametrize(
    "body",
    [
        b"\xff\xff\xff\xff\xff\x0f",  # topics count: a 6-byte varint
        b"\x80\x80\x80\x80\x10",  # 5 bytes but over 32 bits
        b"\xff\xff\xff\xff\x07",  # count 2^31: far larger than the frame
        b"\x05",  # 4 topics announced, none present
        b"\x01\x01\x00\xff",  # tagged-field count 255 with nothing after it
        b"\x01\x01\x00\x01\x00\x09ab",  # tagged field longer than the frame
    ],
)
def test_malformed_flexible_metadata(body: bytes) -> None:
    with pytest.raises(DecodeError):
        MetadataRequest.decode(body, 12)


def test_array_length_larger_than_frame_does_not_allocate() -> None:
    # a FetchRequest v4 claiming 2^31-1 topics, in a 40-byte frame
    body = struct.pack(">iiiib", -1, 0, 1, 1 << 20, 0) + struct.pack(">i", 0x7FFFFFFF)
    with pytest.raises(DecodeError, match="exceeds"):
        FetchRequest.decode(body, 4)


def test_trailing_bytes_ignored_like_kafka_unless_strict() -> None:
    # Kafka never checks that a request body was consumed (librdkafka relies on it)
    raw = produce_v7(struct.pack(">i", 3), b"abc")
    assert ProduceRequest.decode(raw + b"xyz", 7) == ProduceRequest.decode(raw, 7)
    with pytest.raises(DecodeError, match="trailing"):
        ProduceRequest.decode(raw + b"xyz", 7, strict=True)


def test_unsupported_versions() -> None:
    with pytest.raises(DecodeError):
        ProduceRequest.decode(b"", 2)  # removed in Kafka 4.0
    with pytest.raises(DecodeError):
        ProduceRequest.decode(b"", 99)


def test_primitive_varints() -> None:
    assert read_uvarint(b"\x00", 0) == (0, 1)
    assert read_uvarint(b"\xff\xff\xff\xff\x0f", 0) == (0xFFFFFFFF, 5)
    for bad in (b"", b"\x80", b"\xff\xff\xff\xff\x1f", b"\xff\xff\xff\xff\xff\x01"):
        with pytest.raises(DecodeError):
            read_uvarint(bad, 0)
    assert read_uvarlong(b"\xff" * 9 + b"\x01", 0) == (2**64 - 1, 10)
    with pytest.raises(DecodeError):
        read_uvarlong(b"\xff" * 10 + b"\x01", 0)
    with pytest.raises(DecodeError):
        read_compact_string(b"\x00", 0)  # null where a string is required
    r = Reader(b"\x01\x02")
    with pytest.raises(DecodeError):
        r.int32()
    with pytest.raises(DecodeError):
        r.raw(-1)
