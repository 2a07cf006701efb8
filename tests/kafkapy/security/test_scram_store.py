"""AlterUserScramCredentials / DescribeUserScramCredentials rules (ScramControlManager, ScramImage)."""

from __future__ import annotations

import json

from kafka.net.sasl.scram import ScramClient

from kafkapy.security.sasl.scram import ScramSaslServer
from kafkapy.security.sasl.scram_formatter import (
    SCRAM_SHA_256,
    SCRAM_SHA_512,
    generate_credential,
    salted_password,
)
from kafkapy.security.scram_store import (
    alter_credentials,
    credentials_from_user_config,
    desanitize,
    describe_credentials,
    sanitize,
    user_config_data,
)
from wire.errors import ErrorCode
from wire.messages.k51_alter_user_scram_credentials import AlterUserScramCredentialsRequest

Del = AlterUserScramCredentialsRequest.ScramCredentialDeletion
Up = AlterUserScramCredentialsRequest.ScramCredentialUpsertion


def upsert(name: str, mechanism: int = 1, iterations: int = 4096, password: str = "pw") -> Up:
    mech = SCRAM_SHA_256 if mechanism == 1 else SCRAM_SHA_512
    salt = b"salty"
    salted = salted_password(mech, password, salt, iterations) if mechanism in (1, 2) else b"x"
    return Up(name, mechanism, iterations, salt, salted)


def test_upsert_stores_keys_a_real_client_can_log_in_with() -> None:
    results, changes = alter_credentials({}, [], [upsert("alice", 2, 8192, "s3cret")])
    assert [(r.user, r.error_code) for r in results] == [("alice", ErrorCode.NONE)]
    (change,) = changes
    assert change.mechanism == "SCRAM-SHA-512" and change.credential is not None
    assert change.credential.iterations == 8192 and change.credential.salt == b"salty"
    store = {("alice", "SCRAM-SHA-512"): change.credential}
    client = ScramClient("alice", "s3cret", "SCRAM-SHA-512")
    server = ScramSaslServer(SCRAM_SHA_512, lambda u: store.get((u, "SCRAM-SHA-512")))
    client.process_server_first_message(server.evaluate(client.first_message()))
    client.process_server_final_message(server.evaluate(client.final_message()))
    assert server.authorization_id == "alice"


def test_errors() -> None:
    existing = {("carol", "SCRAM-SHA-256"): generate_credential(SCRAM_SHA_256, "pw", 4096)}
    results, changes = alter_credentials(
        existing,
        [Del("carol", 1), Del("dave", 1), Del("erin", 9)],
        [upsert("carol"), upsert("few", iterations=4095), upsert("many", iterations=16385),
         upsert(""), upsert("ok", iterations=16384)],
    )
    got = {r.user: (r.error_code, r.error_message) for r in results}
    assert got == {
        "carol": (ErrorCode.DUPLICATE_RESOURCE,
                  "A user credential cannot be altered twice in the same request"),
        "dave": (ErrorCode.RESOURCE_NOT_FOUND,
                 "Attempt to delete a user credential that does not exist"),
        "erin": (ErrorCode.UNSUPPORTED_SASL_MECHANISM, "Unknown SCRAM mechanism"),
        "few": (ErrorCode.UNACCEPTABLE_CREDENTIAL, "Too few iterations"),
        "many": (ErrorCode.UNACCEPTABLE_CREDENTIAL, "Too many iterations"),
        "": (ErrorCode.UNACCEPTABLE_CREDENTIAL, "Username must not be empty"),
        "ok": (ErrorCode.NONE, None),
    }
    assert [(c.user, c.mechanism) for c in changes] == [("ok", "SCRAM-SHA-256")]


def test_same_user_twice_even_with_two_mechanisms_is_a_duplicate() -> None:
    results, changes = alter_credentials({}, [], [upsert("a", 1), upsert("a", 2), upsert("a", 1)])
    assert [(r.user, r.error_code) for r in results] == [("a", ErrorCode.DUPLICATE_RESOURCE)]
    assert changes == []


def test_delete() -> None:
    existing = {("carol", "SCRAM-SHA-256"): generate_credential(SCRAM_SHA_256, "pw", 4096)}
    results, changes = alter_credentials(existing, [Del("carol", 1)], [])
    assert results[0].error_code is ErrorCode.NONE
    assert [(c.user, c.mechanism, c.credential) for c in changes] == [("carol", "SCRAM-SHA-256", None)]


def test_describe() -> None:
    existing = {
        ("alice", "SCRAM-SHA-256"): generate_credential(SCRAM_SHA_256, "pw", 4096),
        ("alice", "SCRAM-SHA-512"): generate_credential(SCRAM_SHA_512, "pw", 8192),
        ("bob", "SCRAM-SHA-512"): generate_credential(SCRAM_SHA_512, "pw", 4096),
    }
    everyone = describe_credentials(existing, None)
    assert [(r.user, r.credential_infos) for r in everyone] == [
        ("alice", ((1, 4096), (2, 8192))), ("bob", ((2, 4096),))]
    assert describe_credentials(existing, []) == everyone
    named = {r.user: r for r in describe_credentials(existing, ["bob", "zed", "alice", "alice"])}
    assert named["bob"].error_code is ErrorCode.NONE
    assert named["zed"].error_code is ErrorCode.RESOURCE_NOT_FOUND
    assert named["zed"].error_message == "Attempt to describe a user credential that does not exist: zed"
    assert named["alice"].error_code is ErrorCode.DUPLICATE_RESOURCE
    assert named["alice"].error_message == (
        "Cannot describe SCRAM credentials for the same user twice in a single request: alice")


def test_zookeeper_user_config() -> None:
    cred = generate_credential(SCRAM_SHA_256, "pw", 4096, b"salt")
    current = b'{"version":1,"config":{"producer_byte_rate":"1024"}}'
    data = user_config_data(current, "SCRAM-SHA-256", cred)
    doc = json.loads(data)
    assert doc["version"] == 1 and doc["config"]["producer_byte_rate"] == "1024"
    assert doc["config"]["SCRAM-SHA-256"].startswith("salt=c2FsdA==,stored_key=")
    assert credentials_from_user_config(data) == {"SCRAM-SHA-256": cred}
    removed = user_config_data(data, "SCRAM-SHA-256", None)
    assert credentials_from_user_config(removed) == {}
    assert json.loads(removed)["config"] == {"producer_byte_rate": "1024"}
    assert sanitize("CN=a b,O=x*") == "CN%3Da%20b%2CO%3Dx%2A"
    assert desanitize(sanitize("CN=a b,O=x*~")) == "CN=a b,O=x*~"
