"""SaslServerAuthenticator: the handshake/authenticate state machine, failures, KIP-368."""

from __future__ import annotations

import pytest
from kafka.net.sasl.scram import ScramClient

from kafkapy.security.principal import KafkaPrincipal
from kafkapy.security.sasl.authenticator import (
    SaslServerAuthenticator,
    SaslServerConfig,
    SaslState,
    enabled_mechanisms,
)
from kafkapy.security.sasl.oauth_validators import UnsecuredJwsValidator
from kafkapy.security.sasl.oauthbearer import OAuthBearerSaslServer
from kafkapy.security.sasl.plain import PlainSaslServer, jaas_password_check
from kafkapy.security.sasl.scram import ScramSaslServer
from kafkapy.security.sasl.scram_formatter import SCRAM_SHA_256, generate_credential
from tests.kafkapy.security.sasl.tokens import unsecured
from wire.errors import ErrorCode
from wire.messages.k17_sasl_handshake import SaslHandshakeRequest
from wire.messages.k36_sasl_authenticate import SaslAuthenticateRequest

USERS = {"user_alice": "pw", "user_bob": "pw"}
SCRAM = {"alice": generate_credential(SCRAM_SHA_256, "pw", 4096)}


class Clock:
    def __init__(self) -> None:
        self.wall = 1_800_000_000_000
        self.mono = 5_000

    def advance(self, ms: int) -> None:
        self.wall += ms
        self.mono += ms


def make(max_reauth_ms: int = 0, clock: Clock | None = None) -> tuple[SaslServerAuthenticator, Clock]:
    clock = clock or Clock()
    config = SaslServerConfig(
        ("PLAIN", "SCRAM-SHA-256", "OAUTHBEARER"),
        {
            "PLAIN": lambda: PlainSaslServer(jaas_password_check(USERS)),
            "SCRAM-SHA-256": lambda: ScramSaslServer(SCRAM_SHA_256, SCRAM.get),
            "OAUTHBEARER": lambda: OAuthBearerSaslServer(
                UnsecuredJwsValidator({}, clock=lambda: clock.wall / 1000)),
        },
        {"PLAIN": max_reauth_ms, "OAUTHBEARER": max_reauth_ms},
    )
    return SaslServerAuthenticator(config, lambda: clock.wall, lambda: clock.mono), clock


def handshake(a: SaslServerAuthenticator, mechanism: str, version: int = 1):  # type: ignore[no-untyped-def]
    return a.receive_request(17, version, SaslHandshakeRequest(mechanism))


def authenticate(a: SaslServerAuthenticator, data: bytes, version: int = 2):  # type: ignore[no-untyped-def]
    return a.receive_request(36, version, SaslAuthenticateRequest(data))


def test_plain_v1_flow_with_api_versions_first() -> None:
    a, _ = make()
    assert a.receive_request(18, 3, object()).pass_to_handler
    step = handshake(a, "PLAIN")
    assert step.response is not None and step.response.error_code == 0
    assert step.response.mechanisms == ["PLAIN", "SCRAM-SHA-256", "OAUTHBEARER"]
    step = authenticate(a, b"\x00alice\x00pw")
    assert step.authenticated and not step.close and step.response is not None
    assert step.response.error_code == 0 and step.response.session_lifetime_ms == 0
    assert a.complete and a.principal == KafkaPrincipal("User", "alice")
    assert a.session_expiry_ms is None and not a.session_expired()
    with pytest.raises(RuntimeError):
        a.receive_request(0, 9, object())  # authenticated requests belong to the handlers


def test_scram_multi_round() -> None:
    a, _ = make()
    handshake(a, "SCRAM-SHA-256")
    client = ScramClient("alice", "pw", "SCRAM-SHA-256")
    step = authenticate(a, client.first_message())
    assert not step.authenticated and step.response is not None
    client.process_server_first_message(bytes(step.response.auth_bytes))
    step = authenticate(a, client.final_message())
    assert step.authenticated and step.response is not None
    client.process_server_final_message(bytes(step.response.auth_bytes))
    assert a.principal == KafkaPrincipal("User", "alice")


def test_v0_handshake_uses_raw_tokens() -> None:
    a, _ = make()
    handshake(a, "PLAIN", version=0)
    assert a.expects_raw_token
    step = a.receive_raw_token(b"\x00alice\x00pw")
    assert step.raw == b"" and step.authenticated and a.complete


def test_v0_failure_closes_without_a_response() -> None:
    a, _ = make()
    handshake(a, "PLAIN", version=0)
    step = a.receive_raw_token(b"\x00alice\x00bad")
    assert step.close and step.failed and step.response is None and step.raw is None
    assert a.state is SaslState.FAILED


def test_unsupported_mechanism() -> None:
    a, _ = make()
    step = handshake(a, "GSSAPI")
    assert step.response is not None
    assert step.response.error_code == ErrorCode.UNSUPPORTED_SASL_MECHANISM
    assert step.response.mechanisms == ["PLAIN", "SCRAM-SHA-256", "OAUTHBEARER"]
    assert step.close and step.failed


def test_authentication_failure_messages() -> None:
    a, _ = make()
    handshake(a, "PLAIN")
    step = authenticate(a, b"\x00alice\x00bad")
    assert step.close and step.failed and step.response is not None
    assert step.response.error_code == ErrorCode.SASL_AUTHENTICATION_FAILED
    assert step.response.error_message == "Authentication failed: Invalid username or password"
    assert a.receive_request(36, 2, SaslAuthenticateRequest(b"")).close  # FAILED stays closed
    b, _ = make()
    handshake(b, "SCRAM-SHA-256")
    step = authenticate(b, b"n,,n=nobody,r=x")
    assert step.response is not None and step.response.error_message == (
        "Authentication failed during authentication due to invalid credentials with SASL "
        "mechanism SCRAM-SHA-256")


@pytest.mark.parametrize("api_key", [0, 3, 36])
def test_other_requests_before_handshake_close(api_key: int) -> None:
    a, _ = make()
    step = a.receive_request(api_key, 0, object())
    assert step.close and step.response is None and a.state is SaslState.FAILED


def test_second_api_versions_closes() -> None:
    a, _ = make()
    a.receive_request(18, 3, object())
    assert a.receive_request(18, 3, object()).close


def test_unsupported_api_versions_keeps_state() -> None:
    a, _ = make()
    assert a.receive_request(18, 99, object(), api_versions_ok=False).pass_to_handler
    assert a.receive_request(18, 3, object()).pass_to_handler
    assert handshake(a, "PLAIN").response is not None


def test_other_request_while_authenticating_is_illegal_sasl_state() -> None:
    a, _ = make()
    handshake(a, "PLAIN")
    step = a.receive_request(3, 12, object())
    assert step.error_response == ErrorCode.ILLEGAL_SASL_STATE and step.close and step.failed


def test_max_reauth_and_expiry() -> None:
    a, clock = make(max_reauth_ms=60_000)
    handshake(a, "PLAIN")
    step = authenticate(a, b"\x00alice\x00pw")
    assert step.response is not None and step.response.session_lifetime_ms == 60_000
    clock.advance(60_000)
    assert not a.session_expired()
    clock.advance(1)
    assert a.session_expired()


def test_reauthentication() -> None:
    a, clock = make(max_reauth_ms=60_000)
    handshake(a, "PLAIN")
    authenticate(a, b"\x00alice\x00pw")
    clock.advance(30_000)
    assert a.begin_reauthentication()
    assert a.receive_request(18, 3, object()).close is True  # no ApiVersions in re-auth
    a, clock = make(max_reauth_ms=60_000)
    handshake(a, "PLAIN")
    authenticate(a, b"\x00alice\x00pw")
    clock.advance(30_000)
    assert a.begin_reauthentication()
    assert handshake(a, "PLAIN").response is not None
    step = authenticate(a, b"\x00alice\x00pw")
    assert step.authenticated and a.complete and a.session_expiry_ms == clock.mono + 60_000
    clock.advance(500)
    assert not a.begin_reauthentication()  # less than 1 s since the last one began


def test_reauthentication_cannot_change_principal_or_mechanism() -> None:
    a, clock = make(max_reauth_ms=60_000)
    handshake(a, "PLAIN")
    authenticate(a, b"\x00alice\x00pw")
    clock.advance(2000)
    a.begin_reauthentication()
    handshake(a, "PLAIN")
    step = authenticate(a, b"\x00bob\x00pw")
    assert step.close and step.response is not None
    assert step.response.error_message == (
        "Cannot change principals during re-authentication from User.alice: User.bob")
    b, clock = make(max_reauth_ms=60_000)
    handshake(b, "PLAIN")
    authenticate(b, b"\x00alice\x00pw")
    clock.advance(2000)
    b.begin_reauthentication()
    assert handshake(b, "SCRAM-SHA-256").response is not None
    step = authenticate(b, b"n,,n=alice,r=x")
    assert step.close and step.failed and step.response is None
    assert "not supported for re-authentication of mechanism 'PLAIN'" in step.reason


def test_no_reauthentication_without_session_lifetime() -> None:
    a, clock = make()
    handshake(a, "PLAIN")
    authenticate(a, b"\x00alice\x00pw")
    clock.advance(5000)
    assert not a.begin_reauthentication()


def test_oauth_token_expiry_bounds_the_session() -> None:
    clock = Clock()
    a, _ = make(max_reauth_ms=3_600_000, clock=clock)
    token = unsecured({"sub": "alice", "exp": clock.wall / 1000 + 120})
    handshake(a, "OAUTHBEARER")
    step = authenticate(a, f"n,,\x01auth=Bearer {token}\x01\x01".encode())
    assert step.response is not None and step.response.session_lifetime_ms == 120_000
    assert a.client_supports_reauthentication


def test_config_validation() -> None:
    with pytest.raises(ValueError, match="No SASL mechanisms"):
        SaslServerConfig((), {}, {})
    with pytest.raises(ValueError, match="Callback handler not specified for SASL mechanism X"):
        SaslServerConfig(("X",), {}, {})
    assert enabled_mechanisms(" PLAIN, SCRAM-SHA-512 ,PLAIN,") == ("PLAIN", "SCRAM-SHA-512")
