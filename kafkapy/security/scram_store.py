"""SCRAM credential administration: AlterUserScramCredentials (api 51) and
DescribeUserScramCredentials (api 50) as pure functions over a credential mapping.

The mapping is ``(user, mechanism name) -> ScramCredential``; the metadata store owns it
(ZooKeeper ``/config/users/<sanitized user>`` in cluster mode, see :func:`user_config_data`).
:func:`alter_credentials` follows Kafka's ``ScramControlManager``: a user named twice in one
request (deletion or upsertion) gets DUPLICATE_RESOURCE for all of them, an unknown mechanism
UNSUPPORTED_SASL_MECHANISM, an empty name or an iteration count outside 4096..16384
UNACCEPTABLE_CREDENTIAL, deleting a missing credential RESOURCE_NOT_FOUND. Upsertions carry
the client-salted password; only StoredKey/ServerKey are kept. :func:`describe_credentials`
answers mechanisms and iteration counts, never secrets.
"""

from __future__ import annotations

import json
import urllib.parse
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from kafkapy.security.sasl.scram_formatter import (
    MAX_ITERATIONS,
    SCRAM_MECHANISMS,
    ScramCredential,
    ScramMechanism,
    credential_from_salted_password,
)
from wire.errors import ErrorCode

__all__ = [
    "CredentialChange",
    "UserResult",
    "alter_credentials",
    "credentials_from_user_config",
    "desanitize",
    "describe_credentials",
    "mechanism_for_code",
    "sanitize",
    "user_config_data",
]

CredentialKey = tuple[str, str]  # (user, mechanism name)
_BY_CODE = {m.type_code: m for m in SCRAM_MECHANISMS.values()}


def mechanism_for_code(code: int) -> ScramMechanism | None:
    """Wire mechanism code (1 = SCRAM-SHA-256, 2 = SCRAM-SHA-512) -> mechanism; else None."""
    return _BY_CODE.get(code)


class Deletion(Protocol):
    name: str
    mechanism: int


class Upsertion(Protocol):
    name: str
    mechanism: int
    iterations: int
    salt: bytes | memoryview
    salted_password: bytes | memoryview


@dataclass(frozen=True, slots=True)
class UserResult:
    """One user's line in the response (``error_message`` None on success)."""

    user: str
    error_code: ErrorCode = ErrorCode.NONE
    error_message: str | None = None
    credential_infos: tuple[tuple[int, int], ...] = field(default=())  # (mechanism, iterations)


@dataclass(frozen=True, slots=True)
class CredentialChange:
    """Store ``credential`` for (user, mechanism); None deletes it."""

    user: str
    mechanism: str
    credential: ScramCredential | None


_DUPLICATE = "A user credential cannot be altered twice in the same request"


def _validate(name: str, mechanism: ScramMechanism | None) -> UserResult | None:
    if not name:
        return UserResult(name, ErrorCode.UNACCEPTABLE_CREDENTIAL, "Username must not be empty")
    if mechanism is None:
        return UserResult(name, ErrorCode.UNSUPPORTED_SASL_MECHANISM, "Unknown SCRAM mechanism")
    return None


def alter_credentials(
    existing: Mapping[CredentialKey, ScramCredential],
    deletions: Sequence[Deletion],
    upsertions: Sequence[Upsertion],
) -> tuple[list[UserResult], list[CredentialChange]]:
    """The response's results and the changes to make durable (all or nothing)."""
    errors: dict[str, UserResult] = {}
    deletes: dict[str, CredentialChange] = {}
    upserts: dict[str, CredentialChange] = {}
    for d in deletions:
        if d.name in errors:
            continue
        if deletes.pop(d.name, None) is not None:
            errors[d.name] = UserResult(d.name, ErrorCode.DUPLICATE_RESOURCE, _DUPLICATE)
            continue
        mech = mechanism_for_code(d.mechanism)
        error = _validate(d.name, mech)
        if error is None and mech is not None and (d.name, mech.name) not in existing:
            error = UserResult(d.name, ErrorCode.RESOURCE_NOT_FOUND,
                               "Attempt to delete a user credential that does not exist")
        if error is not None:
            errors[d.name] = error
        elif mech is not None:
            deletes[d.name] = CredentialChange(d.name, mech.name, None)
    for u in upsertions:
        if u.name in errors:
            continue
        if deletes.pop(u.name, None) is not None or upserts.pop(u.name, None) is not None:
            errors[u.name] = UserResult(u.name, ErrorCode.DUPLICATE_RESOURCE, _DUPLICATE)
            continue
        mech = mechanism_for_code(u.mechanism)
        error = _validate(u.name, mech)
        if error is None and mech is not None:
            if u.iterations < mech.min_iterations:
                error = UserResult(u.name, ErrorCode.UNACCEPTABLE_CREDENTIAL, "Too few iterations")
            elif u.iterations > MAX_ITERATIONS:
                error = UserResult(u.name, ErrorCode.UNACCEPTABLE_CREDENTIAL, "Too many iterations")
        if error is not None:
            errors[u.name] = error
        elif mech is not None:
            credential = credential_from_salted_password(
                mech, bytes(u.salted_password), bytes(u.salt), u.iterations)
            upserts[u.name] = CredentialChange(u.name, mech.name, credential)
    changes = [*deletes.values(), *upserts.values()]
    results = [UserResult(c.user) for c in changes] + list(errors.values())
    return results, changes


def describe_credentials(
    existing: Mapping[CredentialKey, ScramCredential], users: Sequence[str] | None
) -> list[UserResult]:
    """DescribeUserScramCredentials results (``ScramImage.describe``); None/[] = every user."""
    by_user: dict[str, list[tuple[int, int]]] = {}
    for (user, mech_name), credential in existing.items():
        mech = SCRAM_MECHANISMS.get(mech_name)
        if mech is not None:
            by_user.setdefault(user, []).append((mech.type_code, credential.iterations))
    wanted: dict[str, bool] = {}  # user -> named twice
    for user in users or sorted(by_user):
        wanted[user] = user in wanted
    results = []
    for user, duplicate in wanted.items():
        if duplicate:
            results.append(UserResult(
                user, ErrorCode.DUPLICATE_RESOURCE,
                f"Cannot describe SCRAM credentials for the same user twice in a single request: {user}"))
        elif user in by_user:
            results.append(UserResult(user, credential_infos=tuple(sorted(by_user[user]))))
        else:
            results.append(UserResult(
                user, ErrorCode.RESOURCE_NOT_FOUND,
                f"Attempt to describe a user credential that does not exist: {user}"))
    return results


# --- ZooKeeper /config/users/<user> (Kafka 3.x's ZooKeeper mode) ----------------------------


def sanitize(name: str) -> str:
    """Kafka's ``Sanitizer.sanitize``: the znode name of an entity (URL-encoded)."""
    return urllib.parse.quote(name, safe="-_.").replace("~", "%7E")


def desanitize(name: str) -> str:
    return urllib.parse.unquote(name)


def user_config_data(current: bytes | None, mechanism: str, credential: ScramCredential | None) -> bytes:
    """The user's config znode after setting (or deleting) one mechanism's credential.

    Other keys (client quotas live in the same znode) are kept.
    """
    doc = json.loads(current) if current else {}
    config = dict(doc.get("config", {}))
    if credential is None:
        config.pop(mechanism, None)
    else:
        config[mechanism] = credential.to_string()
    return json.dumps({"version": 1, "config": config}, separators=(",", ":")).encode()


def credentials_from_user_config(data: bytes) -> dict[str, ScramCredential]:
    """mechanism name -> credential, from a user's config znode (other keys ignored)."""
    config = json.loads(data).get("config", {}) if data else {}
    return {m: ScramCredential.from_string(v) for m, v in config.items() if m in SCRAM_MECHANISMS}
