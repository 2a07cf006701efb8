"""SASL/PLAIN server: Kafka's rules, fed by kafka-python's and aiokafka's PLAIN clients."""

from __future__ import annotations

import pytest
from aiokafka.conn import SaslPlainAuthenticator
from kafka.net.sasl.plain import SaslMechanismPlain

from kafkapy.security.sasl.mechanism import SaslAuthenticationFailed, SaslFailed
from kafkapy.security.sasl.plain import PlainSaslServer, jaas_password_check

USERS = {"user_alice": "alice-secret", "user_bob": "b"}


def server() -> PlainSaslServer:
    return PlainSaslServer(jaas_password_check(USERS))


def test_kafka_python_client() -> None:
    client = SaslMechanismPlain(sasl_plain_username="alice", sasl_plain_password="alice-secret")
    s = server()
    reply = s.evaluate(client.auth_bytes())  # authzid == authcid, as kafka-python sends
    client.receive(reply)
    assert client.is_authenticated() and s.complete and s.authorization_id == "alice"


def test_aiokafka_client() -> None:
    client = SaslPlainAuthenticator(loop=None, sasl_plain_username="bob", sasl_plain_password="b")
    token, _ = client._step(None)
    s = server()
    assert s.evaluate(token) == b""
    assert client._step(b"") is None  # the client accepts the empty final reply
    assert s.authorization_id == "bob"


def test_librdkafka_style_empty_authzid() -> None:
    s = server()
    s.evaluate(b"\x00alice\x00alice-secret")
    assert s.authorization_id == "alice"


@pytest.mark.parametrize(
    ("message", "error"),
    [
        (b"\x00alice\x00wrong", "Authentication failed: Invalid username or password"),
        (b"\x00nobody\x00x", "Authentication failed: Invalid username or password"),
        (b"\x00\x00x", "Authentication failed: username not specified"),
        (b"\x00alice\x00", "Authentication failed: password not specified"),
        (b"bob\x00alice\x00alice-secret",
         "Authentication failed: Client requested an authorization id that is different from username"),
    ],
)
def test_client_visible_failures(message: bytes, error: str) -> None:
    with pytest.raises(SaslAuthenticationFailed) as e:
        server().evaluate(message)
    assert str(e.value) == error


@pytest.mark.parametrize("message", [b"alice\x00secret", b"a\x00b\x00c\x00d", b"\xff\x00\x00"])
def test_malformed_is_a_log_only_failure(message: bytes) -> None:
    with pytest.raises(SaslFailed) as e:
        server().evaluate(message)
    assert not isinstance(e.value, SaslAuthenticationFailed)


def test_no_second_round() -> None:
    s = server()
    s.evaluate(b"\x00alice\x00alice-secret")
    with pytest.raises(SaslFailed):
        s.evaluate(b"\x00alice\x00alice-secret")
    with pytest.raises(RuntimeError):
        _ = server().authorization_id
