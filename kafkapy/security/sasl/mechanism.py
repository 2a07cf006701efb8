"""What every SASL server mechanism is: a sans-IO state machine, bytes in, bytes out.

Failures are two exceptions, mirroring Kafka's split: :class:`SaslAuthenticationFailed`
(Kafka's ``SaslAuthenticationException``) carries a message the client may see;
:class:`SaslFailed` (Kafka's ``SaslException``) carries a detail for the broker's log only,
and the client gets the generic "Authentication failed during authentication due to invalid
credentials with SASL mechanism X" so that, e.g., whether a user exists does not leak.
"""

from __future__ import annotations

from typing import Protocol

__all__ = ["SaslAuthenticationFailed", "SaslFailed", "SaslServer"]


class SaslFailed(Exception):
    """Authentication failed; ``str(exc)`` is for the log, not for the client."""


class SaslAuthenticationFailed(SaslFailed):
    """Authentication failed with a message Kafka sends to the client as is."""


class SaslServer(Protocol):
    """One authentication exchange (a fresh object per connection and per re-authentication).

    ``evaluate`` takes the client's next token and returns the server's next token (maybe
    empty); after the last one ``complete`` is true and ``authorization_id`` is the
    authenticated name. ``credential_expiry_ms`` (wall-clock epoch ms) bounds the session
    when the credential itself expires (OAUTHBEARER tokens, delegation tokens).
    """

    mechanism: str

    def evaluate(self, response: bytes) -> bytes: ...

    @property
    def complete(self) -> bool: ...

    @property
    def authorization_id(self) -> str: ...

    @property
    def credential_expiry_ms(self) -> int | None: ...

    @property
    def token_authenticated(self) -> bool: ...
