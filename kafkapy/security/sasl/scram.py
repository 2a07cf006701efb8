"""SCRAM-SHA-256 / SCRAM-SHA-512 server (RFC 5802, RFC 7677) as Kafka's ``ScramSaslServer``.

Two client messages: the client-first (``n,[a=authzid],n=user,r=nonce[,ext=value]*``) gets
``r=<client nonce><server nonce>,s=<salt>,i=<iterations>``; the client-final
(``c=biws,r=<nonce>,p=<proof>``) is checked against the stored key and gets
``v=<server signature>``. Only the ``n`` GS2 header (no channel binding) is accepted, as in
Kafka. The extension ``tokenauth=true`` marks a delegation-token login: the user name is
the token id, the credential is the token's HMAC, and the authenticated name is the token's
owner, with the token's expiry bounding the session.

Messages that do not parse, an unknown user and a wrong proof are :class:`SaslFailed` (the
client sees Kafka's generic message); an authorization id different from the user name is
:class:`SaslAuthenticationFailed` with Kafka's text.
"""

from __future__ import annotations

import base64
import hmac
import re
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

from kafkapy.security.sasl.mechanism import SaslAuthenticationFailed, SaslFailed
from kafkapy.security.sasl.scram_formatter import (
    ScramCredential,
    ScramMechanism,
    secure_random_string,
    username,
)

__all__ = ["TOKEN_AUTH", "DelegationTokenCredential", "ScramSaslServer"]

TOKEN_AUTH = "tokenauth"

# RFC 5802 grammar, as Kafka's ScramMessages spells it.
_VALUE = r"[\x01-\x2b\x2d-\x7f]+"  # any ASCII but NUL and ","
_PRINTABLE = r"[\x21-\x2b\x2d-\x7e]+"
_SASLNAME = r"(?:[\x01-\x2b\x2d-\x3c\x3e-\x7f]|=2C|=3D)+"
_B64 = r"(?:[A-Za-z0-9/+]{4})*(?:[A-Za-z0-9/+]{3}=|[A-Za-z0-9/+]{2}==)?"
_EXTENSIONS = rf"(?:,[A-Za-z]+={_VALUE})*"
_CLIENT_FIRST = re.compile(
    rf"n,(?:a=(?P<authzid>{_SASLNAME}))?,(?P<bare>(?:m={_VALUE},)?n=(?P<saslname>{_SASLNAME}),"
    rf"r=(?P<nonce>{_PRINTABLE})(?P<extensions>{_EXTENSIONS}))"
)
_CLIENT_FINAL = re.compile(
    rf"(?P<without_proof>c=(?P<channel>{_B64}),r=(?P<nonce>{_PRINTABLE}){_EXTENSIONS}),"
    rf"p=(?P<proof>{_B64})"
)


@dataclass(frozen=True, slots=True)
class DelegationTokenCredential:
    """A delegation token as the SCRAM server sees it (``DelegationTokenCredentialCallback``)."""

    owner: str
    credential: ScramCredential
    expiry_ms: int


CredentialLookup = Callable[[str], ScramCredential | None]
TokenLookup = Callable[[str], DelegationTokenCredential | None]


class _State(Enum):
    CLIENT_FIRST = "client-first"
    CLIENT_FINAL = "client-final"
    COMPLETE = "complete"
    FAILED = "failed"


def _parse_extensions(text: str) -> dict[str, str]:
    pairs = (item.partition("=") for item in text.split(",") if item)
    return {k: v for k, _, v in pairs}


class ScramSaslServer:
    """One SCRAM exchange; ``credentials(user)`` and ``tokens(token_id)`` look secrets up."""

    def __init__(
        self,
        mechanism: ScramMechanism,
        credentials: CredentialLookup,
        tokens: TokenLookup | None = None,
        nonce: Callable[[], str] = secure_random_string,
    ) -> None:
        self.mechanism = mechanism.name
        self._mech = mechanism
        self._credentials = credentials
        self._tokens = tokens
        self._nonce = nonce
        self._state = _State.CLIENT_FIRST
        self._client_first_bare = ""
        self._server_first = ""
        self._nonce_full = ""
        self._credential: ScramCredential | None = None
        self._authorization_id = ""
        self._expiry_ms: int | None = None
        self._token_authenticated = False

    def evaluate(self, response: bytes) -> bytes:
        try:
            if self._state is _State.CLIENT_FIRST:
                return self._client_first(response)
            if self._state is _State.CLIENT_FINAL:
                return self._client_final(response)
            raise SaslFailed(f"Unexpected challenge in Sasl server state {self._state.value}")
        except SaslFailed:
            self._state = _State.FAILED
            self._credential = None
            raise

    def _client_first(self, response: bytes) -> bytes:
        text = response.decode("utf-8", errors="replace")
        m = _CLIENT_FIRST.fullmatch(text)
        if m is None:
            raise SaslFailed(f"Invalid SCRAM client first message format: {text}")
        user = username(m["saslname"])
        extensions = _parse_extensions(m["extensions"])
        if extensions.get(TOKEN_AUTH, "").lower() == "true":
            token = self._tokens(user) if self._tokens is not None else None
            if token is None:
                raise SaslFailed(f"Token Authentication failed: Invalid tokenId : {user}")
            credential: ScramCredential | None = token.credential
            self._authorization_id, self._expiry_ms = token.owner, token.expiry_ms
            self._token_authenticated = True
        else:
            credential = self._credentials(user)
            self._authorization_id = user
        if credential is None:
            raise SaslFailed("Authentication failed: Invalid user credentials")
        authzid = m["authzid"] or ""
        if authzid and authzid != user:
            raise SaslAuthenticationFailed(
                "Authentication failed: Client requested an authorization id that is different "
                "from username"
            )
        if credential.iterations < self._mech.min_iterations:
            raise SaslFailed(
                f"Iterations {credential.iterations} is less than the minimum "
                f"{self._mech.min_iterations} for {self._mech}"
            )
        self._credential = credential
        self._client_first_bare = m["bare"]
        self._nonce_full = m["nonce"] + self._nonce()
        salt = base64.b64encode(credential.salt).decode()
        self._server_first = f"r={self._nonce_full},s={salt},i={credential.iterations}"
        self._state = _State.CLIENT_FINAL
        return self._server_first.encode()

    def _client_final(self, response: bytes) -> bytes:
        text = response.decode("utf-8", errors="replace")
        m = _CLIENT_FINAL.fullmatch(text)
        if m is None:
            raise SaslFailed(f"Invalid SCRAM client final message format: {text}")
        if m["nonce"] != self._nonce_full:
            raise SaslFailed("Invalid client nonce in the final client message.")
        credential = self._credential
        assert credential is not None
        auth_message = ",".join(
            (self._client_first_bare, self._server_first, m["without_proof"])
        ).encode()
        mech = self._mech
        client_signature = mech.hmac(credential.stored_key, auth_message)
        proof = base64.b64decode(m["proof"])
        if len(proof) != len(client_signature):
            raise SaslFailed("Invalid client credentials")
        client_key = bytes(a ^ b for a, b in zip(client_signature, proof, strict=True))
        if not hmac.compare_digest(mech.hash(client_key), credential.stored_key):
            raise SaslFailed("Invalid client credentials")
        server_signature = mech.hmac(credential.server_key, auth_message)
        self._credential = None
        self._state = _State.COMPLETE
        return b"v=" + base64.b64encode(server_signature)

    @property
    def complete(self) -> bool:
        return self._state is _State.COMPLETE

    @property
    def authorization_id(self) -> str:
        if not self.complete:
            raise RuntimeError("Authentication exchange has not completed")
        return self._authorization_id

    @property
    def credential_expiry_ms(self) -> int | None:
        return self._expiry_ms

    @property
    def token_authenticated(self) -> bool:
        return self._token_authenticated
