"""Bad input over TCP against a real `kafkapy serve` process.

Hostile frames (huge or negative size prefixes, truncated headers, unknown keys and versions,
fields lying about their lengths, corrupt batches in Produce) and hypothesis-generated random
and mutated frames. After each: the broker process is alive; a connection opened before the
abuse still answers ApiVersions and Metadata; a real client (kafka-python) still produces and
consumes; nothing but the exact valid records reaches the log (consumed back with CRC checks);
every deterministic bad case leaves exactly one warning line naming the offending peer, and no
handler ever fails (no ERROR line) on input it could decode.

Every exchange ends with a sentinel ApiVersions request on the same connection: the broker must
answer it (responses leave in request order) or close the connection, so no case depends on a
timer. Sockets have a 15 s timeout only so that a hang fails instead of blocking the suite.
"""

from __future__ import annotations

import random
import socket
import struct
import time
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from compat.conftest import BrokerProcess
from wire.errors import ErrorCode
from wire.headers import RequestHeader, ResponseHeader, response_header_version
from wire.messages.k00_produce import ProduceRequest, ProduceResponse
from wire.messages.k03_metadata import MetadataRequest, MetadataResponse
from wire.messages.k18_api_versions import ApiVersionsRequest, ApiVersionsResponse
from wire.messages.k19_create_topics import CreateTopicsRequest, CreateTopicsResponse
from wire.records import build_batch

SOCKET_TIMEOUT_S = 15.0
SENTINEL_CORRELATION_ID = 0x5EA1
FUZZ_TOPIC = "fuzz"
GOOD_VALUES = [b"good-%d" % i for i in range(3)]
# ApiVersions v3+ must name the client software (Kafka answers INVALID_REQUEST otherwise).
API_VERSIONS = ApiVersionsRequest(client_software_name="fuzz", client_software_version="1")


class RawClient:
    """A bare Kafka connection: frames in, frames out, no retries, no interpretation."""

    def __init__(self, port: int) -> None:
        self.sock = socket.create_connection(("127.0.0.1", port), timeout=SOCKET_TIMEOUT_S)
        self.correlation_id = 0

    @property
    def peer_name(self) -> str:
        """How the broker names this connection in its logs ("127.0.0.1:PORT")."""
        host, port = self.sock.getsockname()[:2]
        return f"{host}:{port}"

    def close(self) -> None:
        self.sock.close()

    def send_raw(self, data: bytes) -> None:
        self.sock.sendall(data)

    def frame(self, request: Any, version: int, correlation_id: int | None = None,
              client_id: str = "fuzz") -> bytes:
        if correlation_id is None:
            self.correlation_id += 1
            correlation_id = self.correlation_id
        header = RequestHeader(type(request).API_KEY, version, correlation_id, client_id)
        body = header.encode() + request.encode(version)
        return struct.pack(">i", len(body)) + body

    def recv_frame(self) -> bytes | None:
        """One response frame, or None when the broker closed the connection."""
        size = self._recv_exact(4)
        if size is None:
            return None
        return self._recv_exact(struct.unpack(">i", size)[0])

    def _recv_exact(self, n: int) -> bytes | None:
        buf = bytearray()
        while len(buf) < n:
            try:
                chunk = self.sock.recv(n - len(buf))
            except ConnectionResetError:
                return None
            if not chunk:
                return None
            buf += chunk
        return bytes(buf)

    def request(self, request: Any, version: int, response_cls: type) -> Any:
        self.send_raw(self.frame(request, version))
        data = self.recv_frame()
        assert data is not None, "the broker closed a connection that sent a valid request"
        header, pos = ResponseHeader.decode(
            data, response_header_version(type(request).API_KEY, version))
        assert header.correlation_id == self.correlation_id
        return response_cls.decode(memoryview(data)[pos:], version)  # type: ignore[attr-defined]

    def send_then_sentinel(self, data: bytes, eof: bool = False) -> str:
        """Send `data`, then a valid ApiVersions. 'answered' if the sentinel's answer comes
        back (in order, after whatever `data` earned), 'closed' if the broker hung up.
        With `eof` the write side is shut after the sentinel: unframed bytes may swallow the
        sentinel into a frame that never completes, and the broker must then close on EOF."""
        try:
            self.send_raw(data + self.frame(API_VERSIONS, 3, SENTINEL_CORRELATION_ID))
            if eof:
                self.sock.shutdown(socket.SHUT_WR)
        except (BrokenPipeError, ConnectionResetError):
            return "closed"
        while True:
            frame = self.recv_frame()
            if frame is None:
                return "closed"
            if len(frame) >= 4 and struct.unpack_from(">i", frame)[0] == SENTINEL_CORRELATION_ID:
                return "answered"


def frame_bytes(payload: bytes) -> bytes:
    return struct.pack(">i", len(payload)) + payload


def header_bytes(api_key: int, version: int, correlation_id: int = 7) -> bytes:
    try:
        return RequestHeader(api_key, version, correlation_id, "fuzz").encode()
    except ValueError:  # DecodeError: a key wire/ does not know; header v1 by hand
        return struct.pack(">hhih", api_key, version, correlation_id, 4) + b"fuzz"


def produce_request(records: bytes, topic: str = FUZZ_TOPIC, acks: int = 1) -> ProduceRequest:
    P = ProduceRequest
    return P(acks=acks, timeout_ms=5000, topic_data=[P.TopicProduceData(
        name=topic, partition_data=[P.PartitionProduceData(index=0, records=records)])])


def good_batch() -> bytes:
    return build_batch([(b"k", v) for v in GOOD_VALUES], timestamp=int(time.time() * 1000))


def warnings_for(broker: BrokerProcess, peer: str) -> list[dict[str, Any]]:
    return [r for r in broker.log_lines()
            if r.get("peer") == peer and r.get("level") in ("WARNING", "ERROR", "CRITICAL")]


def wait_for_log(broker: BrokerProcess, peer: str) -> list[dict[str, Any]]:
    """The broker writes its log line when it closes; poll the file until it is there."""
    for _ in range(200):
        lines = warnings_for(broker, peer)
        if lines:
            return lines
        time.sleep(0.05)
    return []


@pytest.fixture
def fuzz_broker(broker: BrokerProcess) -> Iterator[BrokerProcess]:
    """A broker with the fuzz topic holding exactly GOOD_VALUES, and a bystander connection
    opened before any abuse, checked after the test."""
    admin = RawClient(broker.port)
    created = admin.request(CreateTopicsRequest(topics=[CreateTopicsRequest.CreatableTopic(
        name=FUZZ_TOPIC, num_partitions=1, replication_factor=1)]), 7, CreateTopicsResponse)
    assert created.topics[0].error_code == 0
    resp = admin.request(produce_request(good_batch()), 9, ProduceResponse)
    assert resp.responses[0].partition_responses[0].error_code == 0
    yield broker
    assert broker.running, "the broker died"
    check_bystander(admin)
    admin.close()
    check_real_client(broker)
    errors = [r for r in broker.log_lines() if r.get("level") in ("ERROR", "CRITICAL")]
    assert errors == [], f"a handler failed on hostile input: {errors[:3]}"


def check_bystander(client: RawClient) -> None:
    versions = client.request(API_VERSIONS, 3, ApiVersionsResponse)
    assert versions.error_code == 0 and versions.api_keys
    meta = client.request(MetadataRequest(topics=None), 12, MetadataResponse)
    assert FUZZ_TOPIC in {t.name for t in meta.topics}


def check_real_client(broker: BrokerProcess) -> None:
    """A real client produces one more record, then every record of the topic is read back
    (CRC-checked by the client) and must be exactly what valid producers sent."""
    from kafka import KafkaConsumer, KafkaProducer, TopicPartition

    producer = KafkaProducer(bootstrap_servers=broker.bootstrap, acks="all")
    producer.send(FUZZ_TOPIC, key=b"k", value=b"after-fuzz").get(timeout=30)
    producer.close()
    consumer = KafkaConsumer(bootstrap_servers=broker.bootstrap, consumer_timeout_ms=5000,
                             check_crcs=True)
    tp = TopicPartition(FUZZ_TOPIC, 0)
    consumer.assign([tp])
    consumer.seek_to_beginning(tp)
    end = consumer.end_offsets([tp])[tp]
    values = []
    for message in consumer:
        values.append(message.value)
        if message.offset + 1 >= end:
            break
    consumer.close()
    extra = [v for v in values if v not in GOOD_VALUES and v != b"after-fuzz"]
    assert extra == [], f"records no valid producer sent reached the log: {extra[:5]}"
    assert values[: len(GOOD_VALUES)] == GOOD_VALUES and values[-1] == b"after-fuzz"


# ---------------------------------------------------------------------------- fixed bad cases

BAD_FRAMES: dict[str, bytes] = {
    "huge size prefix": struct.pack(">i", 0x7FFFFFFF) + b"\x00" * 64,
    "negative size prefix": struct.pack(">i", -1) + b"\x00" * 8,
    "size over socket.request.max.bytes": struct.pack(">i", 100 * 1024 * 1024 + 1) + b"\x00",
    "header shorter than its fixed part": frame_bytes(b"\x00\x03\x00"),
    "client id longer than the frame": frame_bytes(
        struct.pack(">hhih", 3, 12, 1, 500) + b"abc"),
    "unknown api key": frame_bytes(header_bytes(999, 0)),
    "negative api key": frame_bytes(header_bytes(-5, 0)),
    "unsupported version": frame_bytes(header_bytes(3, 99)),
    "array count lying (Metadata topics)": frame_bytes(
        header_bytes(3, 12) + b"\x00" * 0 + bytes([0xFF, 0xFF, 0xFF, 0x7F])),
    "string length lying (CreateTopics name)": frame_bytes(
        header_bytes(19, 4) + struct.pack(">ih", 1, 30000) + b"short"),
    "records length lying (Produce v3)": frame_bytes(
        header_bytes(0, 3) + struct.pack(">hhii", -1, 1, 5000, 1)
        + struct.pack(">h", len(FUZZ_TOPIC)) + FUZZ_TOPIC.encode()
        + struct.pack(">iii", 1, 0, 1_000_000) + b"\x00" * 20),
    "truncated body (CreateTopics v7 cut short)": b"",  # built in the test
}


def _truncated_create_topics() -> bytes:
    req = CreateTopicsRequest(topics=[CreateTopicsRequest.CreatableTopic(
        name="never-created", num_partitions=3, replication_factor=1)])
    body = header_bytes(19, 7) + req.encode(7)
    return frame_bytes(body[: len(body) - 6])


def test_bad_frames_close_only_their_connection(fuzz_broker: BrokerProcess) -> None:
    """One broker for every case (each on its own connection): the fixture's bystander
    connection and real client then prove the others were not disturbed."""
    for case, data in BAD_FRAMES.items():
        client = RawClient(fuzz_broker.port)
        peer = client.peer_name
        assert client.send_then_sentinel(data or _truncated_create_topics()) == "closed", case
        client.close()
        lines = wait_for_log(fuzz_broker, peer)
        assert len(lines) == 1, f"{case}: expected one warning line for {peer}, got {lines}"
        assert lines[0]["message"], (case, lines[0])
    meta = RawClient(fuzz_broker.port)
    names = {t.name for t in meta.request(
        MetadataRequest(topics=None), 12, MetadataResponse).topics}
    meta.close()
    assert "never-created" not in names


def test_api_versions_unknown_version_answers_v0(fuzz_broker: BrokerProcess) -> None:
    client = RawClient(fuzz_broker.port)
    client.send_raw(frame_bytes(header_bytes(18, 99, correlation_id=42)))
    data = client.recv_frame()
    assert data is not None
    header, pos = ResponseHeader.decode(data, 0)
    assert header.correlation_id == 42
    resp = ApiVersionsResponse.decode(memoryview(data)[pos:], 0)
    assert resp.error_code == ErrorCode.UNSUPPORTED_VERSION and resp.api_keys
    assert client.send_then_sentinel(b"") == "answered"  # the connection stays usable
    client.close()


def _damaged(damage: str) -> bytes:
    batch = bytearray(good_batch())
    if damage == "crc":
        batch[-1] ^= 0xFF  # a record byte: the CRC-32C no longer matches
    elif damage == "magic":
        batch[16] = 1
    elif damage == "batch length beyond the data":
        struct.pack_into(">i", batch, 8, len(batch) + 100)
    elif damage == "batch length too short":
        struct.pack_into(">i", batch, 8, 20)
    elif damage == "records count lying":
        struct.pack_into(">i", batch, 57, 1_000_000)
    elif damage == "truncated":
        del batch[len(batch) // 2 :]
    else:
        batch = bytearray(random.Random(1).randbytes(len(batch)))
    return bytes(batch)


def test_corrupt_batches_are_rejected_and_logged(fuzz_broker: BrokerProcess) -> None:
    client = RawClient(fuzz_broker.port)
    for damage in ["crc", "magic", "batch length beyond the data", "batch length too short",
                   "records count lying", "truncated", "garbage"]:
        before = len(fuzz_broker.log_lines())
        resp = client.request(produce_request(_damaged(damage)), 9, ProduceResponse)
        code = resp.responses[0].partition_responses[0].error_code
        assert code in (ErrorCode.CORRUPT_MESSAGE, ErrorCode.INVALID_RECORD), (damage, code)
        assert client.send_then_sentinel(b"") == "answered", damage
        rejected = [r for r in fuzz_broker.log_lines()[before:]
                    if r.get("topic_partition") == f"{FUZZ_TOPIC}-0"
                    and r.get("error_code") == code]
        assert len(rejected) == 1, (damage, rejected)
    client.close()


def test_disconnect_mid_frame_leaves_others_alone(fuzz_broker: BrokerProcess) -> None:
    client = RawClient(fuzz_broker.port)
    client.send_raw(struct.pack(">i", 1000) + b"\x00\x03")
    client.close()
    other = RawClient(fuzz_broker.port)
    assert other.send_then_sentinel(b"") == "answered"
    other.close()


# ------------------------------------------------------------------------------ hypothesis

def _seeds() -> list[bytes]:
    """Valid request frames (header + body, no size prefix) to mutate."""
    out = []
    for request, version in [
        (API_VERSIONS, 3),
        (MetadataRequest(topics=[MetadataRequest.MetadataRequestTopic(name=FUZZ_TOPIC)]), 12),
        (MetadataRequest(topics=None), 1),
        (produce_request(good_batch()), 9),
        (produce_request(good_batch()), 3),
        (CreateTopicsRequest(topics=[CreateTopicsRequest.CreatableTopic(
            name="fz", num_partitions=1, replication_factor=1)]), 7),
    ]:
        header = RequestHeader(type(request).API_KEY, version, 1, "fuzz")
        out.append(header.encode() + request.encode(version))
    return out


SEEDS = _seeds()
FUZZ_SETTINGS = settings(
    max_examples=60,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@st.composite
def mutated_frames(draw: st.DrawFn) -> bytes:
    data = bytearray(draw(st.sampled_from(SEEDS)))
    for _ in range(draw(st.integers(1, 4))):
        kind = draw(st.sampled_from(["flip", "set", "truncate", "insert", "delete"]))
        pos = draw(st.integers(0, max(len(data) - 1, 0)))
        if kind == "flip" and data:
            data[pos] ^= 1 << draw(st.integers(0, 7))
        elif kind == "set" and data:
            data[pos] = draw(st.sampled_from([0x00, 0x7F, 0x80, 0xFF]))
        elif kind == "truncate":
            del data[pos:]
        elif kind == "insert":
            data[pos:pos] = draw(st.binary(min_size=1, max_size=8))
        elif kind == "delete":
            del data[pos : pos + draw(st.integers(1, 8))]
    return frame_bytes(bytes(data))


def _exchange(broker: BrokerProcess, data: bytes, eof: bool = False) -> None:
    client = RawClient(broker.port)
    try:
        outcome = client.send_then_sentinel(data, eof)
    finally:
        client.close()
    assert outcome in ("answered", "closed")
    assert broker.running, "the broker died"


def test_random_frames(fuzz_broker: BrokerProcess) -> None:
    @FUZZ_SETTINGS
    @given(st.binary(min_size=0, max_size=200))
    def run(payload: bytes) -> None:
        _exchange(fuzz_broker, frame_bytes(payload))

    run()


def test_random_bytes_without_framing(fuzz_broker: BrokerProcess) -> None:
    @FUZZ_SETTINGS
    @given(st.binary(min_size=1, max_size=64))
    def run(data: bytes) -> None:
        _exchange(fuzz_broker, data, eof=True)

    run()


def test_mutated_valid_requests(fuzz_broker: BrokerProcess) -> None:
    @FUZZ_SETTINGS
    @given(mutated_frames())
    def run(data: bytes) -> None:
        _exchange(fuzz_broker, data)

    run()


@pytest.mark.slow
def test_mutated_and_random_frames_long_run(fuzz_broker: BrokerProcess) -> None:
    """Thousands of examples instead of a few dozen (deterministic like the rest)."""
    long_run = settings(max_examples=1500, deadline=None, derandomize=True,
                        suppress_health_check=[HealthCheck.function_scoped_fixture,
                                               HealthCheck.too_slow])

    @long_run
    @given(st.one_of(mutated_frames(), st.binary(max_size=300).map(frame_bytes)))
    def run(data: bytes) -> None:
        _exchange(fuzz_broker, data)

    run()
