"""SASL/PLAIN server (RFC 4616) with Kafka's ``PlainSaslServer`` rules and messages.

The client sends ``authzid NUL authcid NUL password``; the authorization id must be empty
or equal to the user name (kafka-python sends it equal, librdkafka empty). Passwords are
checked by a callback, by default against the JAAS ``user_<name>="password"`` options of
``PlainLoginModule`` (``PlainServerCallbackHandler``), compared in constant time.
"""

from __future__ import annotations

import hmac
from collections.abc import Callable, Mapping

from kafkapy.security.sasl.mechanism import SaslAuthenticationFailed, SaslFailed

__all__ = ["PLAIN", "PlainSaslServer", "jaas_password_check"]

PLAIN = "PLAIN"

#: (username, password) -> authenticated?
PasswordCheck = Callable[[str, str], bool]


def jaas_password_check(options: Mapping[str, str]) -> PasswordCheck:
    """Check passwords against ``user_<name>`` JAAS options (``PlainServerCallbackHandler``)."""

    def check(username: str, password: str) -> bool:
        expected = options.get("user_" + username)
        if expected is None:
            return False
        return hmac.compare_digest(expected.encode(), password.encode())

    return check


class PlainSaslServer:
    mechanism = PLAIN

    def __init__(self, check: PasswordCheck) -> None:
        self._check = check
        self._authorization_id: str | None = None

    def evaluate(self, response: bytes) -> bytes:
        if self._authorization_id is not None:
            raise SaslFailed("SASL/PLAIN exchange already complete")
        try:
            text = response.decode("utf-8")
        except UnicodeDecodeError as e:
            raise SaslFailed("Invalid SASL/PLAIN response: not UTF-8") from e
        tokens = text.split("\x00", 3)
        if len(tokens) != 3:
            raise SaslFailed(f"Invalid SASL/PLAIN response: expected 3 tokens, got {len(tokens)}")
        authzid, username, password = tokens
        if not username:
            raise SaslAuthenticationFailed("Authentication failed: username not specified")
        if not password:
            raise SaslAuthenticationFailed("Authentication failed: password not specified")
        if not self._check(username, password):
            raise SaslAuthenticationFailed("Authentication failed: Invalid username or password")
        if authzid and authzid != username:
            raise SaslAuthenticationFailed(
                "Authentication failed: Client requested an authorization id that is different "
                "from username"
            )
        self._authorization_id = username
        return b""

    @property
    def complete(self) -> bool:
        return self._authorization_id is not None

    @property
    def authorization_id(self) -> str:
        if self._authorization_id is None:
            raise RuntimeError("Authentication exchange has not completed")
        return self._authorization_id

    @property
    def credential_expiry_ms(self) -> int | None:
        return None

    @property
    def token_authenticated(self) -> bool:
        return False
