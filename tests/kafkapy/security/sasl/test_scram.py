"""SCRAM server: RFC 7677 / RFC 5802 vectors, Kafka's credential format and error texts,
and kafka-python's and aiokafka's SCRAM clients talking to it."""

from __future__ import annotations

import base64

import pytest
from aiokafka.conn import ScramAuthenticator
from kafka.net.sasl.scram import ScramClient

from kafkapy.security.sasl.mechanism import SaslAuthenticationFailed, SaslFailed
from kafkapy.security.sasl.scram import DelegationTokenCredential, ScramSaslServer
from kafkapy.security.sasl.scram_formatter import (
    SCRAM_SHA_256,
    SCRAM_SHA_512,
    ScramCredential,
    ScramMechanism,
    generate_credential,
    sasl_name,
    username,
)

SCRAM_SHA_1 = ScramMechanism("SCRAM-SHA-1", "sha1", 0)  # RFC 5802's example only


def run_vector(mech: ScramMechanism, salt_b64: str, cnonce: str, snonce: str,
               proof: str, verifier: str) -> None:
    cred = generate_credential(mech, "pencil", 4096, base64.b64decode(salt_b64))
    s = ScramSaslServer(mech, {"user": cred}.get, nonce=lambda: snonce)
    first = s.evaluate(f"n,,n=user,r={cnonce}".encode())
    assert first == f"r={cnonce}{snonce},s={salt_b64},i=4096".encode()
    final = s.evaluate(f"c=biws,r={cnonce}{snonce},p={proof}".encode())
    assert final == f"v={verifier}".encode()
    assert s.complete and s.authorization_id == "user"


def test_rfc7677_scram_sha_256_exchange() -> None:
    run_vector(SCRAM_SHA_256, "W22ZaJ0SNY7soEsUEjb6gQ==", "rOprNGfwEbeRWgbNEkqO",
               "%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0",
               "dHzbZapWIk4jUhN+Ute9ytag9zjfMHgsqmmiz7AndVQ=",
               "6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4=")


def test_rfc5802_scram_sha_1_exchange() -> None:
    run_vector(SCRAM_SHA_1, "QSXCR+Q6sek8bf92", "fyko+d2lbbFgONRv9qkxdawL", "3rfcNHYJY1ZVvWVs7j",
               "v0X8v3Bz2T0CJGbJQyF0X+HI4Ts=", "rmF9pqV8S7suAoZWja4dJRkFsKQ=")


@pytest.mark.parametrize("mech", [SCRAM_SHA_256, SCRAM_SHA_512])
def test_kafka_python_client(mech: ScramMechanism) -> None:
    store = {"alice": generate_credential(mech, "alice-secret", 4096)}
    client = ScramClient("alice", "alice-secret", mech.name)
    s = ScramSaslServer(mech, store.get)
    client.process_server_first_message(s.evaluate(client.first_message()))
    client.process_server_final_message(s.evaluate(client.final_message()))  # checks v=
    assert s.authorization_id == "alice" and not s.token_authenticated


@pytest.mark.parametrize("mech", [SCRAM_SHA_256, SCRAM_SHA_512])
def test_aiokafka_client_with_escaped_name(mech: ScramMechanism) -> None:
    store = {"a,b=c": generate_credential(mech, "pw", 8192)}
    client = ScramAuthenticator(loop=None, sasl_plain_password="pw", sasl_plain_username="a,b=c",
                                sasl_mechanism=mech.name)
    s = ScramSaslServer(mech, store.get)
    token, _ = client._step(None)
    assert b"n=a=2Cb=3Dc," in token
    token, _ = client._step(s.evaluate(token))
    assert client._step(s.evaluate(token)) is None  # verified the server signature
    assert s.authorization_id == "a,b=c"


def test_wrong_password_and_unknown_user_are_log_only() -> None:
    store = {"alice": generate_credential(SCRAM_SHA_256, "right", 4096)}
    client = ScramClient("alice", "wrong", "SCRAM-SHA-256")
    s = ScramSaslServer(SCRAM_SHA_256, store.get)
    client.process_server_first_message(s.evaluate(client.first_message()))
    with pytest.raises(SaslFailed, match="Invalid client credentials") as e:
        s.evaluate(client.final_message())
    assert not isinstance(e.value, SaslAuthenticationFailed)
    with pytest.raises(SaslFailed, match="Invalid user credentials"):
        ScramSaslServer(SCRAM_SHA_256, store.get).evaluate(b"n,,n=nobody,r=abc")


def test_authzid_must_be_the_user() -> None:
    store = {"alice": generate_credential(SCRAM_SHA_256, "pw", 4096)}
    with pytest.raises(SaslAuthenticationFailed, match="authorization id that is different"):
        ScramSaslServer(SCRAM_SHA_256, store.get).evaluate(b"n,a=bob,n=alice,r=abc")
    s = ScramSaslServer(SCRAM_SHA_256, store.get)
    assert s.evaluate(b"n,a=alice,n=alice,r=abc").startswith(b"r=abc")


def test_too_few_iterations_is_refused() -> None:
    store = {"alice": generate_credential(SCRAM_SHA_256, "pw", 1024)}
    with pytest.raises(SaslFailed, match="Iterations 1024 is less than the minimum 4096 for SCRAM-SHA-256"):
        ScramSaslServer(SCRAM_SHA_256, store.get).evaluate(b"n,,n=alice,r=abc")


@pytest.mark.parametrize(
    "first",
    [b"y,,n=alice,r=abc", b"p=tls-unique,,n=alice,r=abc", b"n,,n=alice", b"n,,r=abc",
     b"n,,n=alice,r=a,b", b"", b"\xff"],
)
def test_malformed_client_first(first: bytes) -> None:
    store = {"alice": generate_credential(SCRAM_SHA_256, "pw", 4096)}
    with pytest.raises(SaslFailed, match="Invalid SCRAM client first message format"):
        ScramSaslServer(SCRAM_SHA_256, store.get).evaluate(first)


def test_bad_client_final() -> None:
    store = {"alice": generate_credential(SCRAM_SHA_256, "pw", 4096)}
    s = ScramSaslServer(SCRAM_SHA_256, store.get, nonce=lambda: "srv")
    s.evaluate(b"n,,n=alice,r=cli")
    with pytest.raises(SaslFailed, match="Invalid client nonce"):
        s.evaluate(b"c=biws,r=cliOTHER,p=AAAA")
    with pytest.raises(SaslFailed, match="Unexpected challenge"):
        s.evaluate(b"c=biws,r=clisrv,p=AAAA")  # failed exchanges stay failed
    s2 = ScramSaslServer(SCRAM_SHA_256, store.get, nonce=lambda: "srv")
    s2.evaluate(b"n,,n=alice,r=cli")
    with pytest.raises(SaslFailed, match="client final message format"):
        s2.evaluate(b"c=biws,r=clisrv")
    s3 = ScramSaslServer(SCRAM_SHA_256, store.get, nonce=lambda: "srv")
    s3.evaluate(b"n,,n=alice,r=cli")
    with pytest.raises(SaslFailed, match="Invalid client credentials"):
        s3.evaluate(b"c=biws,r=clisrv,p=AAAA")  # a proof of the wrong length


def test_delegation_token_extension() -> None:
    hmac_password = "token-hmac-as-base64"
    token = DelegationTokenCredential(
        "alice", generate_credential(SCRAM_SHA_256, hmac_password, 4096), 1_700_000_000_000)
    client = ScramClient("tokenid1", hmac_password, "SCRAM-SHA-256")
    first = client.first_message() + b",tokenauth=true"
    s = ScramSaslServer(SCRAM_SHA_256, {}.get, {"tokenid1": token}.get)
    server_first = s.evaluate(first)
    client.auth_message = first[3:]  # kafka-python signs without extensions; sign what was sent
    client.process_server_first_message(server_first)
    s.evaluate(client.final_message())
    assert s.authorization_id == "alice" and s.token_authenticated
    assert s.credential_expiry_ms == 1_700_000_000_000
    with pytest.raises(SaslFailed, match="Invalid tokenId : nope"):
        ScramSaslServer(SCRAM_SHA_256, {}.get, {}.get).evaluate(b"n,,n=nope,r=x,tokenauth=true")


def test_credential_string_is_kafkas() -> None:
    cred = generate_credential(SCRAM_SHA_512, "pw", 4096, b"salt")
    text = cred.to_string()
    assert text.startswith("salt=c2FsdA==,stored_key=") and text.endswith(",iterations=4096")
    assert ScramCredential.from_string(text) == cred
    for bad in ("salt=c2FsdA==", "salt=x,stored_key=y,server_key=z,iterations=n", "garbage",
                "salt=c2FsdA==,stored_key=AA==,server_key=AA==,iterations=1,extra=1"):
        with pytest.raises(ValueError, match="Credentials not valid"):
            ScramCredential.from_string(bad)
    assert "salt" not in repr(cred).replace("salt=[hidden]", "")


def test_sasl_names() -> None:
    assert sasl_name("a,b=c") == "a=2Cb=3Dc" and username("a=2Cb=3Dc") == "a,b=c"
