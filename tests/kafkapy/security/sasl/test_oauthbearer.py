"""OAUTHBEARER: client message parsing, Kafka's unsecured validator, the JWKS validator, and
kafka-python's and aiokafka's OAUTHBEARER clients against the server."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import pytest
from aiokafka.conn import OAuthAuthenticator
from kafka.net.sasl.oauth import AbstractTokenProvider, SaslMechanismOAuth

from kafkapy.security.sasl.mechanism import SaslAuthenticationFailed, SaslFailed
from kafkapy.security.sasl.oauth_validators import JwksValidator, UnsecuredJwsValidator
from kafkapy.security.sasl.oauthbearer import (
    OAuthBearerSaslServer,
    OAuthBearerToken,
    TokenRejected,
    parse_client_initial_response,
)
from tests.kafkapy.security.sasl.tokens import jwks, signed, unsecured

NOW = 1_800_000_000.0


def clock() -> float:
    return NOW


def unsecured_validator(**options: str) -> UnsecuredJwsValidator:
    return UnsecuredJwsValidator(options, clock=clock)


GOOD = unsecured({"sub": "alice", "iat": NOW - 10, "exp": NOW + 3600, "scope": ["a", "b"]})


class Provider(AbstractTokenProvider):
    def __init__(self, token: str, extensions: dict[str, str] | None = None) -> None:
        self._token, self._extensions = token, extensions or {}

    def token(self) -> str:
        return self._token

    def extensions(self) -> dict[str, str]:
        return self._extensions


def test_parse_client_initial_response() -> None:
    parsed = parse_client_initial_response(b"n,a=alice,\x01auth=Bearer abc.def.\x01traceId=7\x01\x01")
    assert (parsed.token, parsed.authorization_id, parsed.extensions) == ("abc.def.", "alice", {"traceId": "7"})
    assert parse_client_initial_response(b"n,,\x01auth=bearer  tok\x01\x01").token == "tok"
    for bad, message in [
        (b"n,,\x01\x01", "'auth' not specified"),
        (b"n,,\x01auth=Bearer\x01\x01", "invalid 'auth' format"),
        (b"n,,\x01auth=Basic abc\x01\x01", "Invalid scheme"),
        (b"y,,\x01auth=Bearer abc\x01\x01", "Invalid OAUTHBEARER client first message"),
        (b"n,,auth=Bearer abc", "Invalid OAUTHBEARER client first message"),
    ]:
        with pytest.raises(SaslFailed, match=message):
            parse_client_initial_response(bad)


def test_kafka_python_client_success() -> None:
    client = SaslMechanismOAuth(sasl_oauth_token_provider=Provider(GOOD, {"traceId": "7"}))
    s = OAuthBearerSaslServer(unsecured_validator())
    client.receive(s.evaluate(client.auth_bytes()))
    assert client.is_authenticated() and s.complete
    assert s.authorization_id == "alice" and s.credential_expiry_ms == int((NOW + 3600) * 1000)
    assert s.extensions == {"traceId": "7"}


def test_kafka_python_client_rejected_token_round_trip() -> None:
    expired = unsecured({"sub": "alice", "exp": NOW - 1})
    client = SaslMechanismOAuth(sasl_oauth_token_provider=Provider(expired))
    s = OAuthBearerSaslServer(unsecured_validator())
    challenge = s.evaluate(client.auth_bytes())
    assert json.loads(challenge) == {"status": "invalid_token"}
    assert s.rejection is not None and "Expiration Time" in s.rejection.reason
    client.receive(challenge)
    with pytest.raises(SaslAuthenticationFailed) as e:
        s.evaluate(client.auth_bytes())  # the client's \x01
    assert str(e.value) == '{"status":"invalid_token"}'


def test_aiokafka_client() -> None:
    class AsyncProvider:
        async def token(self) -> str:
            return GOOD

    client = OAuthAuthenticator(sasl_oauth_token_provider=AsyncProvider())
    token, _ = asyncio.run(client.step(None))
    s = OAuthBearerSaslServer(unsecured_validator())
    assert s.evaluate(token) == b"" and s.authorization_id == "alice"


def test_authzid_must_be_the_principal() -> None:
    s = OAuthBearerSaslServer(unsecured_validator())
    with pytest.raises(SaslAuthenticationFailed, match=r"authorization id \(bob\) .* \(alice\)"):
        s.evaluate(f"n,a=bob,\x01auth=Bearer {GOOD}\x01\x01".encode())


def check(validator: Any, token: str) -> OAuthBearerToken | TokenRejected:
    return validator(token)  # type: ignore[no-any-return]


@pytest.mark.parametrize(
    ("claims", "reason"),
    [
        ({"sub": "alice"}, "No expiration time in JWT"),
        ({"exp": NOW + 60}, "No principal name in JWT claim: sub"),
        ({"sub": "  ", "exp": NOW + 60}, "No principal name"),
        ({"sub": "alice", "exp": NOW}, "on or after the Expiration Time"),
        ({"sub": "alice", "exp": NOW + 60, "iat": NOW + 1}, "Issued At value"),
        ({"sub": "alice", "exp": "soon"}, "was not of type Number"),
    ],
)
def test_unsecured_validator_failures(claims: dict[str, Any], reason: str) -> None:
    result = check(unsecured_validator(), unsecured(claims))
    assert isinstance(result, TokenRejected) and reason in result.reason
    assert result.json() == '{"status":"invalid_token"}'


def test_unsecured_validator_structure() -> None:
    v = unsecured_validator()
    for token, reason in [
        ("a.b", "3 dot-separated"), ("a..b", "contains '..'"),
        (signed({"sub": "a", "exp": NOW + 9}), "'none' for an algorithm"),
        (unsecured({"sub": "a", "exp": NOW + 9}) + "sig", "must not contain a digital signature"),
        ("!!!.e30.", "malformed"),
    ]:
        result = check(v, token)
        assert isinstance(result, TokenRejected) and reason in result.reason, (token, result)


def test_unsecured_validator_options() -> None:
    token = unsecured({"user": "carol", "exp": NOW + 60, "iat": NOW + 2, "roles": "kafka"})
    v = unsecured_validator(unsecuredValidatorPrincipalClaimName="user",
                            unsecuredValidatorScopeClaimName="roles",
                            unsecuredValidatorRequiredScope="kafka",
                            unsecuredValidatorAllowableClockSkewMs="5000")
    result = check(v, token)
    assert isinstance(result, OAuthBearerToken) and result.principal_name == "carol"
    assert result.scope == {"kafka"}
    strict = unsecured_validator(unsecuredValidatorRequiredScope="admin other")
    missing = check(strict, GOOD)
    assert isinstance(missing, TokenRejected) and missing.status == "insufficient_scope"
    assert missing.json() == """{"status":"insufficient_scope", "scope":"['admin', 'other']"}"""
    with pytest.raises(ValueError, match="must not be negative"):
        unsecured_validator(unsecuredValidatorAllowableClockSkewMs="-1")


@pytest.fixture
def jwks_file(tmp_path: Path) -> Path:
    path = tmp_path / "jwks.json"
    path.write_text(jwks())
    return path


CLAIMS = {"sub": "svc", "iss": "https://idp", "aud": ["kafka"], "iat": NOW - 5, "exp": NOW + 300,
          "scope": "produce consume"}


@pytest.mark.parametrize(("alg", "kid"), [("RS256", "rsa1"), ("ES256", "ec1"), ("PS256", None),
                                          ("ES256", None)])
def test_jwks_validator_accepts(tmp_path: Path, alg: str, kid: str | None) -> None:
    jwks_file = tmp_path / "jwks.json"
    jwks_file.write_text(jwks(rsa_alg=None))  # a key without "alg" serves RS256 and PS256
    v = JwksValidator(jwks_file, "https://idp", ["kafka"], clock=clock)
    result = check(v, signed(CLAIMS, alg, kid))
    assert isinstance(result, OAuthBearerToken), result
    assert result.principal_name == "svc" and result.scope == {"produce", "consume"}


@pytest.mark.parametrize(
    ("claims", "alg", "kid", "reason"),
    [
        ({**CLAIMS, "iss": "https://evil"}, "RS256", "rsa1", "issuer"),
        ({**CLAIMS, "aud": "other"}, "RS256", "rsa1", "audience"),
        ({**CLAIMS, "exp": NOW - 31}, "RS256", "rsa1", "expired"),
        ({**CLAIMS, "iat": NOW + 60}, "RS256", "rsa1", "future"),
        ({k: v for k, v in CLAIMS.items() if k != "iat"}, "RS256", "rsa1", "required"),
        ({**CLAIMS, "sub": ""}, "RS256", "rsa1", "sub claim"),
        (CLAIMS, "RS256", "unknown-kid", "no key"),
        (CLAIMS, "ES256", "rsa1", "no key"),
        (CLAIMS, "PS256", "rsa1", "no key"),  # the JWK pins RS256
    ],
)
def test_jwks_validator_rejects(jwks_file: Path, claims: dict[str, Any], alg: str,
                                kid: str, reason: str) -> None:
    v = JwksValidator(jwks_file, "https://idp", ["kafka"], clock=clock)
    result = check(v, signed(claims, alg, kid))
    assert isinstance(result, TokenRejected) and reason in result.reason, result


def test_jwks_validator_rejects_forgeries(jwks_file: Path) -> None:
    v = JwksValidator(jwks_file, clock=clock)
    good = signed(CLAIMS)
    head, body, sig = good.split(".")
    tampered = f"{head}.{signed({**CLAIMS, 'sub': 'root'}).split('.')[1]}.{sig}"
    for token in (tampered, unsecured(CLAIMS), f"{head}.{body}."):
        result = check(v, token)
        assert isinstance(result, TokenRejected), token
    assert isinstance(check(v, good), OAuthBearerToken)  # no iss/aud configured: not checked


def test_jwks_validator_from_config_and_reload(tmp_path: Path) -> None:
    path = tmp_path / "keys.json"
    path.write_text(jwks(rsa_kid="old"))
    v = JwksValidator.from_config({
        "sasl.oauthbearer.jwks.endpoint.url": f"file://{path}",
        "sasl.oauthbearer.expected.issuer": "https://idp",
        "sasl.oauthbearer.expected.audience": "kafka, other",
        "sasl.oauthbearer.clock.skew.seconds": "0",
    }, clock=clock)
    assert isinstance(check(v, signed(CLAIMS, kid="rsa1")), TokenRejected)
    path.write_text(jwks(rsa_kid="rsa1"))
    v.reload()
    assert isinstance(check(v, signed(CLAIMS, kid="rsa1")), OAuthBearerToken)
    with pytest.raises(ValueError, match="file: URL"):
        JwksValidator.from_config({"sasl.oauthbearer.jwks.endpoint.url": "https://idp/jwks"})
