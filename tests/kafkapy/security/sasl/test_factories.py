"""A listener's SASL setup from Kafka's configuration keys."""

from __future__ import annotations

from pathlib import Path

import pytest

from kafkapy.security.sasl.factories import build_sasl_config
from kafkapy.security.sasl.oauth_validators import JwksValidator, UnsecuredJwsValidator
from kafkapy.security.sasl.oauthbearer import OAuthBearerSaslServer
from kafkapy.security.sasl.scram_formatter import SCRAM_SHA_512, ScramMechanism, generate_credential
from tests.kafkapy.security.sasl.tokens import jwks

CRED = generate_credential(SCRAM_SHA_512, "pw", 4096)


def scram(mech: ScramMechanism, user: str):  # type: ignore[no-untyped-def]
    return CRED if (mech, user) == (SCRAM_SHA_512, "alice") else None


BASE = {
    "sasl.enabled.mechanisms": "PLAIN,SCRAM-SHA-512,OAUTHBEARER",
    "listener.name.sasl_plaintext.plain.sasl.jaas.config":
        'org.apache.kafka.common.security.plain.PlainLoginModule required user_alice="pw";',
    "listener.name.sasl_plaintext.scram-sha-512.sasl.jaas.config":
        "org.apache.kafka.common.security.scram.ScramLoginModule required;",
    "listener.name.sasl_plaintext.oauthbearer.sasl.jaas.config":
        "org.apache.kafka.common.security.oauthbearer.OAuthBearerLoginModule required;",
    "connections.max.reauth.ms": "3600000",
    "listener.name.sasl_plaintext.plain.connections.max.reauth.ms": "60000",
}


def test_builds_every_mechanism() -> None:
    config = build_sasl_config(BASE, "SASL_PLAINTEXT", scram)
    assert config.enabled_mechanisms == ("PLAIN", "SCRAM-SHA-512", "OAUTHBEARER")
    assert config.max_reauth_ms == {"PLAIN": 60000, "SCRAM-SHA-512": 3600000, "OAUTHBEARER": 3600000}
    plain = config.servers["PLAIN"]()
    plain.evaluate(b"\x00alice\x00pw")
    assert plain.authorization_id == "alice"
    assert config.servers["SCRAM-SHA-512"]().evaluate(b"n,,n=alice,r=x").startswith(b"r=x")
    oauth = config.servers["OAUTHBEARER"]()
    assert isinstance(oauth, OAuthBearerSaslServer)
    assert isinstance(oauth._validate, UnsecuredJwsValidator)


def test_listener_override_and_jwks(tmp_path: Path) -> None:
    path = tmp_path / "jwks.json"
    path.write_text(jwks())
    config = dict(BASE)
    config["listener.name.sasl_plaintext.sasl.enabled.mechanisms"] = "OAUTHBEARER"
    config["listener.name.sasl_plaintext.oauthbearer.sasl.server.callback.handler.class"] = (
        "org.apache.kafka.common.security.oauthbearer.OAuthBearerValidatorCallbackHandler")
    config["listener.name.sasl_plaintext.sasl.oauthbearer.jwks.endpoint.url"] = f"file:{path}"
    built = build_sasl_config(config, "SASL_PLAINTEXT", scram)
    assert built.enabled_mechanisms == ("OAUTHBEARER",)
    server = built.servers["OAUTHBEARER"]()
    assert isinstance(server, OAuthBearerSaslServer) and isinstance(server._validate, JwksValidator)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"sasl.enabled.mechanisms": "GSSAPI"}, "GSSAPI is not supported"),
        ({"sasl.enabled.mechanisms": None}, "GSSAPI is not supported"),
        ({"listener.name.sasl_plaintext.plain.sasl.jaas.config": None},
         "needs listener.name.sasl_plaintext.plain.sasl.jaas.config"),
        ({"listener.name.sasl_plaintext.oauthbearer.sasl.server.callback.handler.class": "x.Y"},
         "only Kafka's OAuthBearerValidatorCallbackHandler"),
    ],
)
def test_unusable_configs(change: dict[str, str | None], message: str) -> None:
    config = {k: v for k, v in {**BASE, **change}.items() if v is not None}
    with pytest.raises(ValueError, match=message):
        build_sasl_config(config, "SASL_PLAINTEXT", scram)
