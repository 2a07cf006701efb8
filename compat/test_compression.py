"""Every compression codec each client supports: produce compressed, read back with the
same client and with another one (the broker stores the batches exactly as sent)."""

from __future__ import annotations

import pytest

from compat import clients
from compat.conftest import BrokerProcess

CODECS = ["gzip", "snappy", "lz4", "zstd"]
MSGS = [(b"k%d" % i, (b"compressible value %d " % i) * 20) for i in range(50)]
EXPECTED = [(i, k, v) for i, (k, v) in enumerate(MSGS)]


@pytest.mark.parametrize("codec", CODECS)
def test_kafka_python(module_broker: BrokerProcess, codec: str) -> None:
    topic = f"kp-{codec}"
    clients.kafka_python_produce(module_broker.bootstrap, topic, MSGS, compression_type=codec, linger_ms=20)
    assert clients.kafka_python_consume(module_broker.bootstrap, topic, len(MSGS)) == EXPECTED
    assert clients.confluent_consume(module_broker.bootstrap, topic, len(MSGS)) == EXPECTED


@pytest.mark.parametrize("codec", CODECS)
def test_aiokafka(module_broker: BrokerProcess, codec: str) -> None:
    topic = f"aio-{codec}"
    clients.aiokafka_produce(module_broker.bootstrap, topic, MSGS, compression_type=codec, linger_ms=20)
    assert clients.aiokafka_consume(module_broker.bootstrap, topic, len(MSGS)) == EXPECTED
    assert clients.kafka_python_consume(module_broker.bootstrap, topic, len(MSGS)) == EXPECTED


@pytest.mark.parametrize("codec", CODECS)
def test_confluent_kafka(module_broker: BrokerProcess, codec: str) -> None:
    topic = f"ck-{codec}"
    clients.confluent_produce(module_broker.bootstrap, topic, MSGS, **{"compression.type": codec, "linger.ms": 20})
    assert clients.confluent_consume(module_broker.bootstrap, topic, len(MSGS)) == EXPECTED
    assert clients.aiokafka_consume(module_broker.bootstrap, topic, len(MSGS)) == EXPECTED


@pytest.mark.parametrize("codec", CODECS)
def test_kcat(module_broker: BrokerProcess, codec: str) -> None:
    topic = f"kcat-{codec}"
    lines = b"".join(b"key-%d|value-%d\n" % (i, i) for i in range(50))
    clients.kcat("-b", module_broker.bootstrap, "-P", "-t", topic, "-K", "|", "-z", codec, data=lines)
    out = clients.kcat("-b", module_broker.bootstrap, "-C", "-t", topic, "-o", "beginning", "-e", "-f", "%k|%s|%o\n")
    assert out.decode().splitlines() == [f"key-{i}|value-{i}|{i}" for i in range(50)]
