"""SASL/OAUTHBEARER server (RFC 7628) as Kafka's ``OAuthBearerSaslServer``.

The client's only message is ``n,[a=authzid],\\x01auth=Bearer <token>\\x01[key=value\\x01]*\\x01``
(``OAuthBearerClientInitialResponse``); key/value pairs other than ``auth`` are SASL
extensions. A validator (:mod:`kafkapy.security.sasl.oauth_validators`) turns the token
into an :class:`OAuthBearerToken` or a :class:`TokenRejected`. A rejected token is answered,
as RFC 7628 says and Kafka does, with the JSON challenge ``{"status":"invalid_token"}``
(plus ``"scope"`` when a scope is missing); the client replies ``\\x01`` and the exchange
fails with that JSON as the error message. The token's ``exp`` bounds the session (KIP-368).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from kafkapy.security.sasl.mechanism import SaslAuthenticationFailed, SaslFailed

__all__ = [
    "OAUTHBEARER",
    "ClientInitialResponse",
    "OAuthBearerSaslServer",
    "OAuthBearerToken",
    "TokenRejected",
    "TokenValidator",
    "parse_client_initial_response",
]

OAUTHBEARER = "OAUTHBEARER"
_SEP = "\x01"
_SASLNAME = r"(?:[\x01-\x2b\x2d-\x3c\x3e-\x7f]|=2C|=3D)+"
_KEY = r"[A-Za-z]+"
_VALUE = r"[\x21-\x7E \t\r\n]+"
_INITIAL = re.compile(
    rf"n,(?:a=(?P<authzid>{_SASLNAME}))?,{_SEP}(?P<kvpairs>(?:{_KEY}={_VALUE}{_SEP})*){_SEP}"
)
_AUTH = re.compile(r"(?P<scheme>\w+) +(?P<token>[-_.a-zA-Z0-9]+)")


@dataclass(frozen=True, slots=True)
class OAuthBearerToken:
    """A validated token: who, what scope, until when (epoch ms)."""

    value: str
    principal_name: str
    lifetime_ms: int
    scope: frozenset[str] = frozenset()
    start_time_ms: int | None = None


@dataclass(frozen=True, slots=True)
class TokenRejected:
    """Why a token was refused: RFC 6750 status for the client, ``reason`` for the log."""

    reason: str
    status: str = "invalid_token"
    scope: str | None = None
    openid_configuration: str | None = None

    def json(self) -> str:
        """The error challenge exactly as Kafka formats it (``jsonErrorResponse``)."""
        text = f'{{"status":"{self.status}"'
        if self.scope is not None:
            text += f', "scope":"{self.scope}"'
        if self.openid_configuration is not None:
            text += f', "openid-configuration":"{self.openid_configuration}"'
        return text + "}"


TokenValidator = Callable[[str], OAuthBearerToken | TokenRejected]


@dataclass(frozen=True, slots=True)
class ClientInitialResponse:
    token: str
    authorization_id: str = ""
    extensions: dict[str, str] = field(default_factory=dict)


def parse_client_initial_response(data: bytes) -> ClientInitialResponse:
    """Parse the client's message; :class:`SaslFailed` with Kafka's text when malformed."""
    text = data.decode("utf-8", errors="replace")
    m = _INITIAL.fullmatch(text)
    if m is None:
        raise SaslFailed("Invalid OAUTHBEARER client first message")
    pairs = dict(kv.split("=", 1) for kv in m["kvpairs"].split(_SEP) if kv)
    auth = pairs.pop("auth", None)
    if auth is None:
        raise SaslFailed("Invalid OAUTHBEARER client first message: 'auth' not specified")
    auth_match = _AUTH.fullmatch(auth)
    if auth_match is None:
        raise SaslFailed("Invalid OAUTHBEARER client first message: invalid 'auth' format")
    if auth_match["scheme"].lower() != "bearer":
        raise SaslFailed(f"Invalid scheme in OAUTHBEARER client first message: {auth_match['scheme']}")
    return ClientInitialResponse(auth_match["token"], m["authzid"] or "", pairs)


class OAuthBearerSaslServer:
    mechanism = OAUTHBEARER

    def __init__(self, validator: TokenValidator) -> None:
        self._validate = validator
        self._token: OAuthBearerToken | None = None
        self._error: str | None = None
        self.extensions: dict[str, str] = {}
        #: Why the last token was rejected, for the broker's log line.
        self.rejection: TokenRejected | None = None

    def evaluate(self, response: bytes) -> bytes:
        if self._token is not None:
            raise SaslFailed("OAUTHBEARER exchange already complete")
        if response == _SEP.encode() and self._error is not None:
            raise SaslAuthenticationFailed(self._error)
        self._error = None
        initial = parse_client_initial_response(response)
        result = self._validate(initial.token)
        if isinstance(result, TokenRejected):
            self.rejection = result
            self._error = result.json()
            return self._error.encode()
        if initial.authorization_id and initial.authorization_id != result.principal_name:
            raise SaslAuthenticationFailed(
                "Authentication failed: Client requested an authorization id "
                f"({initial.authorization_id}) that is different from the token's principal "
                f"name ({result.principal_name})"
            )
        self._token = result
        self.extensions = initial.extensions
        return b""

    @property
    def complete(self) -> bool:
        return self._token is not None

    @property
    def authorization_id(self) -> str:
        if self._token is None:
            raise RuntimeError("Authentication exchange has not completed")
        return self._token.principal_name

    @property
    def credential_expiry_ms(self) -> int | None:
        return self._token.lifetime_ms if self._token is not None else None

    @property
    def token_authenticated(self) -> bool:
        return False
