"""SCRAM arithmetic and credentials (RFC 5802), as Kafka's ``ScramFormatter`` and
``ScramCredentialUtils`` do it.

The broker never stores a password: a :class:`ScramCredential` is the salt, the iteration
count, ``StoredKey = H(HMAC(SaltedPassword, "Client Key"))`` and
``ServerKey = HMAC(SaltedPassword, "Server Key")``. Kafka salts the UTF-8 bytes of the
password as is (no SASLprep), and so does this module, so credentials move between the two.
ZooKeeper keeps a credential as ``salt=<b64>,stored_key=<b64>,server_key=<b64>,iterations=<n>``
under the mechanism's name in ``/config/users/<user>``.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from dataclasses import dataclass

__all__ = [
    "MAX_ITERATIONS",
    "SCRAM_MECHANISMS",
    "SCRAM_SHA_256",
    "SCRAM_SHA_512",
    "ScramCredential",
    "ScramMechanism",
    "credential_from_salted_password",
    "generate_credential",
    "salted_password",
    "sasl_name",
    "secure_random_string",
    "username",
]

#: Upper bound on iterations AlterUserScramCredentials accepts (``ScramControlManager``).
MAX_ITERATIONS = 16384


@dataclass(frozen=True, slots=True)
class ScramMechanism:
    """``SCRAM-SHA-256`` or ``SCRAM-SHA-512``; ``type_code`` is the wire code (api 50/51)."""

    name: str
    hash_name: str
    type_code: int
    min_iterations: int = 4096

    def hmac(self, key: bytes, message: bytes) -> bytes:
        return hmac.new(key, message, self.hash_name).digest()

    def hash(self, data: bytes) -> bytes:
        return hashlib.new(self.hash_name, data).digest()

    def __str__(self) -> str:
        return self.name


SCRAM_SHA_256 = ScramMechanism("SCRAM-SHA-256", "sha256", 1)
SCRAM_SHA_512 = ScramMechanism("SCRAM-SHA-512", "sha512", 2)
#: By mechanism name.
SCRAM_MECHANISMS = {m.name: m for m in (SCRAM_SHA_256, SCRAM_SHA_512)}


@dataclass(frozen=True, slots=True)
class ScramCredential:
    salt: bytes
    stored_key: bytes
    server_key: bytes
    iterations: int

    def __repr__(self) -> str:
        return f"ScramCredential(salt=[hidden], iterations={self.iterations})"

    def to_string(self) -> str:
        """Kafka's ``ScramCredentialUtils.credentialToString``."""
        b64 = base64.b64encode
        return (
            f"salt={b64(self.salt).decode()},stored_key={b64(self.stored_key).decode()},"
            f"server_key={b64(self.server_key).decode()},iterations={self.iterations}"
        )

    @classmethod
    def from_string(cls, text: str) -> ScramCredential:
        """Inverse of :meth:`to_string`; ``ValueError("Credentials not valid: ...")``."""
        props: dict[str, str] = {}
        for token in text.split(","):
            key, sep, value = token.partition("=")
            if not key or not sep:
                raise ValueError(f"Credentials not valid: {text}")
            props[key] = value
        if set(props) != {"salt", "stored_key", "server_key", "iterations"}:
            raise ValueError(f"Credentials not valid: {text}")
        try:
            return cls(
                base64.b64decode(props["salt"], validate=True),
                base64.b64decode(props["stored_key"], validate=True),
                base64.b64decode(props["server_key"], validate=True),
                int(props["iterations"]),
            )
        except ValueError as e:
            raise ValueError(f"Credentials not valid: {text}") from e


def salted_password(mechanism: ScramMechanism, password: str, salt: bytes, iterations: int) -> bytes:
    """``Hi(password, salt, i)``: PBKDF2 with the mechanism's HMAC."""
    return hashlib.pbkdf2_hmac(mechanism.hash_name, password.encode(), salt, iterations)


def credential_from_salted_password(
    mechanism: ScramMechanism, salted: bytes, salt: bytes, iterations: int
) -> ScramCredential:
    """What AlterUserScramCredentials stores for an upsertion (``finishUpsertion``)."""
    client_key = mechanism.hmac(salted, b"Client Key")
    return ScramCredential(
        salt, mechanism.hash(client_key), mechanism.hmac(salted, b"Server Key"), iterations
    )


def generate_credential(
    mechanism: ScramMechanism, password: str, iterations: int, salt: bytes | None = None
) -> ScramCredential:
    salt = salt if salt is not None else secure_random_string().encode()
    salted = salted_password(mechanism, password, salt, iterations)
    return credential_from_salted_password(mechanism, salted, salt, iterations)


def secure_random_string() -> str:
    """130 random bits in base 36, as Kafka's nonces and salts (``secureRandomString``)."""
    n = secrets.randbits(130)
    digits = []
    while n:
        n, d = divmod(n, 36)
        digits.append("0123456789abcdefghijklmnopqrstuvwxyz"[d])
    return "".join(reversed(digits)) or "0"


def username(name: str) -> str:
    """The SCRAM ``saslname`` decoded (``=2C`` is ``,``, ``=3D`` is ``=``)."""
    return name.replace("=2C", ",").replace("=3D", "=")


def sasl_name(user: str) -> str:
    return user.replace("=", "=3D").replace(",", "=2C")
