"""The per-connection SASL state machine of Kafka's ``SaslServerAuthenticator``, sans-IO.

Before a SASL connection is authenticated only three APIs reach it: ApiVersions (once,
answered by the normal handler), SaslHandshake, then the mechanism's tokens, framed as
SaslAuthenticate requests after SaslHandshake v1 or as raw size-prefixed tokens after v0.

=====================  =====================================================================
state                  on input
=====================  =====================================================================
INITIAL, HANDSHAKE_    ApiVersions (first only): pass to the handler. SaslHandshake with an
OR_VERSIONS, HANDSHAKE enabled mechanism: answer NONE + the enabled list, go to AUTHENTICATE;
                       unknown mechanism: UNSUPPORTED_SASL_MECHANISM + the list, then close.
                       Anything else: close without a response.
AUTHENTICATE           SaslAuthenticate (v1 framing) or a raw token (v0): run the mechanism;
                       success: the next token or COMPLETE with ``session_lifetime_ms``;
                       failure: SASL_AUTHENTICATION_FAILED + message, then close (v0: close).
                       Another API (v1 framing): its error response with ILLEGAL_SASL_STATE,
                       then close.
COMPLETE               Requests go to the handlers. A SaslHandshake starts a re-authentication
                       (KIP-368) when the session has a lifetime and the last one began at
                       least 1 s ago; it must keep the mechanism and the principal. A request
                       after the session expired closes the connection.
FAILED                 Close.
=====================  =====================================================================

Outcomes are :class:`AuthStep` values; the network layer encodes the response with the
request's header, sends it, and closes when asked, after ``connection.failed.authentication
.delay.ms`` when ``failed``. Owned by the connection's event-loop thread.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from enum import Enum

from kafkapy.security.principal import USER_TYPE, KafkaPrincipal
from kafkapy.security.sasl.mechanism import SaslAuthenticationFailed, SaslFailed, SaslServer
from wire.api_keys import ApiKey
from wire.errors import ErrorCode
from wire.messages.k17_sasl_handshake import SaslHandshakeRequest, SaslHandshakeResponse
from wire.messages.k36_sasl_authenticate import SaslAuthenticateRequest, SaslAuthenticateResponse

__all__ = [
    "AuthStep",
    "SaslServerAuthenticator",
    "SaslServerConfig",
    "SaslState",
    "enabled_mechanisms",
]

#: KafkaChannel.MIN_REAUTH_INTERVAL_ONE_SECOND_NANOS
MIN_REAUTH_INTERVAL_MS = 1000


class SaslState(Enum):
    INITIAL = "initial"
    HANDSHAKE_OR_VERSIONS = "handshake-or-versions"
    HANDSHAKE = "handshake"
    AUTHENTICATE = "authenticate"
    COMPLETE = "complete"
    FAILED = "failed"


@dataclass(frozen=True, slots=True)
class SaslServerConfig:
    """The listener's SASL setup: ``sasl.enabled.mechanisms`` (order kept, duplicates
    dropped), a factory per mechanism, and ``connections.max.reauth.ms`` per mechanism
    (``listener.name.<l>.<mech>.connections.max.reauth.ms``; 0 or absent: no limit)."""

    enabled_mechanisms: tuple[str, ...]
    servers: Mapping[str, Callable[[], SaslServer]]
    max_reauth_ms: Mapping[str, int]

    def __post_init__(self) -> None:
        if not self.enabled_mechanisms:
            raise ValueError("No SASL mechanisms are enabled")
        for mechanism in self.enabled_mechanisms:
            if mechanism not in self.servers:
                raise ValueError(f"Callback handler not specified for SASL mechanism {mechanism}")


@dataclass(frozen=True, slots=True)
class AuthStep:
    """What the network layer does with one input.

    ``response``: send this decoded response (with the request's header); ``raw``: send
    these bytes size-prefixed (v0 framing); ``pass_to_handler``: let the normal handler
    answer (ApiVersions); ``error_response``: answer the request with its API's error
    response carrying this code; then ``close`` if set. ``failed`` marks an authentication
    failure (metrics, the failed-authentication delay, one log line with ``reason``);
    ``authenticated`` that the exchange just completed (see ``principal``).
    """

    response: SaslHandshakeResponse | SaslAuthenticateResponse | None = None
    raw: bytes | None = None
    pass_to_handler: bool = False
    error_response: ErrorCode | None = None
    close: bool = False
    failed: bool = False
    authenticated: bool = False
    reason: str = ""


def _close(reason: str, failed: bool = False) -> AuthStep:
    return AuthStep(close=True, failed=failed, reason=reason)


class SaslServerAuthenticator:
    """One connection's SASL authentication and re-authentications.

    ``wall_ms`` is the epoch clock (credential expiry times are epoch ms), ``monotonic_ms``
    the clock session expiry is measured on.
    """

    def __init__(
        self,
        config: SaslServerConfig,
        wall_ms: Callable[[], int] = lambda: int(time.time() * 1000),
        monotonic_ms: Callable[[], int] = lambda: int(time.monotonic() * 1000),
    ) -> None:
        self.config = config
        self._enabled = list(dict.fromkeys(config.enabled_mechanisms))
        self._wall_ms = wall_ms
        self._monotonic_ms = monotonic_ms
        self.state = SaslState.INITIAL
        self.mechanism: str | None = None
        self.principal: KafkaPrincipal | None = None
        self.session_expiry_ms: int | None = None  # monotonic
        self.client_supports_reauthentication = False
        self._server: SaslServer | None = None
        self._raw_tokens = False
        self._reauth_of: tuple[str, KafkaPrincipal] | None = None
        self._last_reauth_start_ms: int | None = None
        self._session_lifetime_ms = 0

    # --- what the network layer asks ---------------------------------------------------------

    @property
    def expects_raw_token(self) -> bool:
        """True after SaslHandshake v0: the next frame is a bare token, not a request."""
        return self.state is SaslState.AUTHENTICATE and self._raw_tokens

    @property
    def complete(self) -> bool:
        return self.state is SaslState.COMPLETE

    def session_expired(self) -> bool:
        """A request (other than a re-authenticating SaslHandshake) must close the connection."""
        expiry = self.session_expiry_ms
        return expiry is not None and self._monotonic_ms() > expiry

    def begin_reauthentication(self) -> bool:
        """A SaslHandshake arrived on an authenticated connection: start re-authenticating?

        False (Kafka then answers the handshake with ILLEGAL_SASL_STATE through the normal
        handler) when the session has no lifetime or the last re-authentication began less
        than a second ago.
        """
        if self.state is not SaslState.COMPLETE or self.session_expiry_ms is None:
            return False
        now = self._monotonic_ms()
        last = self._last_reauth_start_ms
        if last is not None and now - last < MIN_REAUTH_INTERVAL_MS:
            return False
        assert self.mechanism is not None and self.principal is not None
        self._last_reauth_start_ms = now
        self._reauth_of = (self.mechanism, self.principal)
        self.state = SaslState.HANDSHAKE
        return True

    # --- inputs -------------------------------------------------------------------------------

    def receive_request(
        self, api_key: int, api_version: int, request: object, api_versions_ok: bool = True
    ) -> AuthStep:
        """A framed Kafka request during authentication (``request`` decoded for APIs 17/36,
        anything for ApiVersions). ``api_versions_ok`` is false when the ApiVersions request
        was unsupported or invalid: its handler answers the error, the state stays."""
        state = self.state
        if state is SaslState.FAILED:
            return _close("request after a failed authentication")
        if state is SaslState.AUTHENTICATE:
            return self._authenticate_request(api_key, api_version, request)
        if state is SaslState.COMPLETE:
            raise RuntimeError("the connection is authenticated: requests go to the handlers")
        if api_key == ApiKey.API_VERSIONS and self._reauth_of is None:
            if state is SaslState.HANDSHAKE:
                return self._fail_now("Unexpected ApiVersions request received during SASL "
                                      "authentication state HANDSHAKE_REQUEST")
            if api_versions_ok:
                self.state = SaslState.HANDSHAKE
            else:
                self.state = SaslState.HANDSHAKE_OR_VERSIONS
            return AuthStep(pass_to_handler=True)
        if api_key == ApiKey.SASL_HANDSHAKE and isinstance(request, SaslHandshakeRequest):
            return self._handshake(api_version, request.mechanism)
        name = ApiKey(api_key).name if api_key in ApiKey._value2member_map_ else str(api_key)
        return self._fail_now(f"Unexpected Kafka request of type {name} during SASL handshake.")

    def receive_raw_token(self, token: bytes) -> AuthStep:
        """A bare token after SaslHandshake v0."""
        if not self.expects_raw_token:
            return self._fail_now("unexpected raw SASL token")
        try:
            challenge = self._evaluate(token)
        except SaslFailed as e:
            self.state = SaslState.FAILED
            return _close(self._failure_text(e), failed=True)
        return AuthStep(raw=challenge, authenticated=self.complete,
                        reason="" if not self.complete else f"authenticated as {self.principal}")

    # --- internals ----------------------------------------------------------------------------

    def _fail_now(self, reason: str) -> AuthStep:
        self.state = SaslState.FAILED
        return _close(reason)

    def _handshake(self, version: int, mechanism: str) -> AuthStep:
        if mechanism not in self._enabled:
            self.state = SaslState.FAILED
            response = SaslHandshakeResponse(ErrorCode.UNSUPPORTED_SASL_MECHANISM, list(self._enabled))
            return AuthStep(response=response, close=True, failed=True,
                            reason=f"Unsupported SASL mechanism {mechanism}")
        self._raw_tokens = version == 0
        self.mechanism = mechanism
        self._server = self.config.servers[mechanism]()
        self.state = SaslState.AUTHENTICATE
        response = SaslHandshakeResponse(ErrorCode.NONE, list(self._enabled))
        if self._reauth_of is not None and self._reauth_of[0] != mechanism:
            # Kafka answers the handshake, then fails on the next token (REAUTH_BAD_MECHANISM).
            self._server = _BadMechanism(mechanism, self._reauth_of[0])
        return AuthStep(response=response)

    def _authenticate_request(self, api_key: int, version: int, request: object) -> AuthStep:
        if api_key != ApiKey.SASL_AUTHENTICATE or not isinstance(request, SaslAuthenticateRequest):
            name = ApiKey(api_key).name if api_key in ApiKey._value2member_map_ else str(api_key)
            self.state = SaslState.FAILED
            return AuthStep(error_response=ErrorCode.ILLEGAL_SASL_STATE, close=True, failed=True,
                            reason=f"Unexpected Kafka request of type {name} during SASL "
                                   "authentication.")
        if version > 0:
            self.client_supports_reauthentication = True
        try:
            challenge = self._evaluate(bytes(request.auth_bytes))
        except SaslFailed as e:
            self.state = SaslState.FAILED
            message = self._failure_text(e)
            if isinstance(e, _BadMechanismError):
                return _close(message, failed=True)
            response = SaslAuthenticateResponse(ErrorCode.SASL_AUTHENTICATION_FAILED, message)
            return AuthStep(response=response, close=True, failed=True, reason=message)
        lifetime = self._session_lifetime_ms if self.complete else 0
        response = SaslAuthenticateResponse(ErrorCode.NONE, None, challenge, lifetime)
        return AuthStep(response=response, authenticated=self.complete,
                        reason="" if not self.complete else f"authenticated as {self.principal}")

    def _evaluate(self, token: bytes) -> bytes:
        server = self._server
        assert server is not None
        challenge = server.evaluate(token)
        if server.complete:
            self._finish(server)
        return challenge

    def _finish(self, server: SaslServer) -> None:
        principal = KafkaPrincipal(USER_TYPE, server.authorization_id, server.token_authenticated)
        if self._reauth_of is not None and self._reauth_of[1] != principal:
            old = self._reauth_of[1]
            raise SaslAuthenticationFailed(
                f"Cannot change principals during re-authentication from "
                f"{old.principal_type}.{old.name}: {principal.principal_type}.{principal.name}"
            )
        self.principal = principal
        lifetime = self._lifetime(server)
        self.session_expiry_ms = None if lifetime is None else self._monotonic_ms() + lifetime
        self._session_lifetime_ms = lifetime or 0
        self._reauth_of = None
        self.state = SaslState.COMPLETE

    def _lifetime(self, server: SaslServer) -> int | None:
        """``ReauthInfo.calcCompletionTimesAndReturnSessionLifetimeMs``: None = unlimited."""
        assert self.mechanism is not None
        max_reauth = self.config.max_reauth_ms.get(self.mechanism, 0)
        expiry = server.credential_expiry_ms
        if expiry is None and max_reauth <= 0:
            return None
        if expiry is None:
            return max(0, max_reauth)
        remaining = expiry - self._wall_ms()
        return max(0, remaining if max_reauth <= 0 else min(remaining, max_reauth))

    def _failure_text(self, error: SaslFailed) -> str:
        if isinstance(error, SaslAuthenticationFailed):
            return str(error)
        what = "re-authentication" if self._reauth_of is not None else "authentication"
        return (f"Authentication failed during {what} due to invalid credentials with SASL "
                f"mechanism {self.mechanism}")


class _BadMechanismError(SaslAuthenticationFailed):
    pass


class _BadMechanism:
    """Stands in for the mechanism when a re-authentication switches mechanisms."""

    def __init__(self, asked: str, previous: str) -> None:
        self.mechanism = asked
        self._message = (f"SASL mechanism '{asked}' requested by client is not supported for "
                         f"re-authentication of mechanism '{previous}'")

    def evaluate(self, response: bytes) -> bytes:
        raise _BadMechanismError(self._message)

    complete = False
    authorization_id = ""
    credential_expiry_ms = None
    token_authenticated = False


def enabled_mechanisms(value: str | Sequence[str]) -> tuple[str, ...]:
    """``sasl.enabled.mechanisms`` (comma-separated; Kafka's default is GSSAPI)."""
    items = value.split(",") if isinstance(value, str) else value
    return tuple(dict.fromkeys(m.strip() for m in items if m.strip()))
