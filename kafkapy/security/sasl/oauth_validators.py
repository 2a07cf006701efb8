"""OAUTHBEARER token validators: Kafka's unsecured one (development) and a JWKS one.

:class:`UnsecuredJwsValidator` is ``OAuthBearerUnsecuredValidatorCallbackHandler``: an
``alg: none`` JWT with an empty signature, the principal in ``sub`` (or the JAAS option
``unsecuredValidatorPrincipalClaimName``), ``exp`` required and in the future, ``iat`` not
in the future, both within ``unsecuredValidatorAllowableClockSkewMs``, and every scope of
``unsecuredValidatorRequiredScope`` (space-separated) present in ``scope``
(``unsecuredValidatorScopeClaimName``). Not for production, as Kafka says.

:class:`JwksValidator` is the production path (``OAuthBearerValidatorCallbackHandler``):
a signed JWT verified against the keys of a JWK Set file (``sasl.oauthbearer.jwks.endpoint.url``
as a ``file:`` URL), with ``exp`` and ``iat`` required, ``sasl.oauthbearer.expected.issuer``,
``sasl.oauthbearer.expected.audience``, ``sasl.oauthbearer.sub.claim.name``,
``sasl.oauthbearer.scope.claim.name`` and ``sasl.oauthbearer.clock.skew.seconds`` (30).
Every failure is ``invalid_token`` for the client and a reason for the broker's log.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from kafkapy.security.sasl.jws import JwksKeySet, JwsError, decode_unverified, verify
from kafkapy.security.sasl.oauthbearer import OAuthBearerToken, TokenRejected

__all__ = ["JwksValidator", "UnsecuredJwsValidator"]

Clock = Callable[[], float]  # epoch seconds


def _now_ms(clock: Clock) -> int:
    return int(clock() * 1000)


def _number(claims: Mapping[str, Any], name: str) -> float | None:
    value = claims.get(name)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise JwsError(f"The '{name}' claim was not of type Number: {type(value).__name__}")
    return float(value)


def _scope(claims: Mapping[str, Any], claim: str) -> frozenset[str]:
    value = claims.get(claim)
    if isinstance(value, str):
        return frozenset(value.split()) if value.strip() else frozenset()
    if isinstance(value, list):
        return frozenset(str(s).strip() for s in value if str(s).strip())
    return frozenset()


class UnsecuredJwsValidator:
    """Kafka's unsecured validator, configured from the OAuthBearerLoginModule JAAS options."""

    def __init__(self, options: Mapping[str, str], clock: Clock = time.time) -> None:
        self.principal_claim = options.get("unsecuredValidatorPrincipalClaimName", "").strip() or "sub"
        self.scope_claim = options.get("unsecuredValidatorScopeClaimName", "").strip() or "scope"
        self.required_scope = tuple(options.get("unsecuredValidatorRequiredScope", "").split())
        skew = options.get("unsecuredValidatorAllowableClockSkewMs", "").strip() or "0"
        self.clock_skew_ms = int(skew)
        if self.clock_skew_ms < 0:
            raise ValueError(f"Allowable clock skew millis must not be negative: {skew}")
        self._clock = clock

    def __call__(self, token: str) -> OAuthBearerToken | TokenRejected:
        try:
            return self._validate(token)
        except (JwsError, ValueError) as e:
            return TokenRejected(str(e))

    def _validate(self, token: str) -> OAuthBearerToken | TokenRejected:
        if ".." in token:
            return TokenRejected("Malformed compact serialization contains '..'")
        parts = token.split(".")
        if len(parts) != 3:
            return TokenRejected(
                "Unsecured JWS compact serializations must have 3 dot-separated Base64URL-encoded values"
            )
        header, claims, _, signature = decode_unverified(token)
        if header.get("alg") != "none":
            return TokenRejected("Unsecured JWS must have 'none' for an algorithm")
        if signature:
            return TokenRejected("Unsecured JWS must not contain a digital signature")
        exp = _number(claims, "exp")
        if exp is None:
            return TokenRejected("No expiration time in JWT")
        principal = claims.get(self.principal_claim)
        if not isinstance(principal, str) or not principal.strip():
            return TokenRejected(f"No principal name in JWT claim: {self.principal_claim}")
        iat = _number(claims, "iat")
        now, skew = _now_ms(self._clock), self.clock_skew_ms
        if iat is not None and 1000 * iat > now + skew:
            return TokenRejected(f"The Issued At value ({iat} seconds) was after the indicated "
                                 f"time ({now} ms) plus allowable clock skew ({skew} ms)")
        if now - skew >= 1000 * exp:
            return TokenRejected(f"The indicated time ({now} ms) minus allowable clock skew "
                                 f"({skew} ms) was on or after the Expiration Time value "
                                 f"({exp} seconds)")
        if iat is not None and exp <= iat:
            return TokenRejected(f"The Expiration Time time ({exp} seconds) was not after the "
                                 f"Issued At time ({iat} seconds)")
        scope = _scope(claims, self.scope_claim)
        missing = [s for s in self.required_scope if s not in scope]
        if missing:
            return TokenRejected(
                f"The provided scope ({sorted(scope)}) was missing a required scope ({missing[0]})",
                status="insufficient_scope", scope=str(list(self.required_scope)),
            )
        return OAuthBearerToken(token, principal, round(exp * 1000), scope,
                                None if iat is None else round(iat * 1000))


class JwksValidator:
    """Signed-JWT validation against a JWK Set; ``reload()`` re-reads the file."""

    def __init__(
        self,
        jwks_path: str | Path,
        expected_issuer: str | None = None,
        expected_audience: Sequence[str] = (),
        sub_claim: str = "sub",
        scope_claim: str = "scope",
        clock_skew_seconds: int = 30,
        clock: Clock = time.time,
    ) -> None:
        self.jwks_path = Path(jwks_path)
        self.keys = JwksKeySet.from_file(self.jwks_path)
        self.expected_issuer = expected_issuer
        self.expected_audience = tuple(expected_audience)
        self.sub_claim, self.scope_claim = sub_claim, scope_claim
        self.clock_skew_ms = clock_skew_seconds * 1000
        self._clock = clock

    @classmethod
    def from_config(cls, config: Mapping[str, str], clock: Clock = time.time) -> JwksValidator:
        """From Kafka's ``sasl.oauthbearer.*`` keys; the JWKS URL must be a ``file:`` URL."""
        url = config.get("sasl.oauthbearer.jwks.endpoint.url", "")
        if not url.startswith("file:"):
            raise ValueError("sasl.oauthbearer.jwks.endpoint.url must be a file: URL of a JWK Set")
        audience = config.get("sasl.oauthbearer.expected.audience", "")
        return cls(
            url.removeprefix("file://").removeprefix("file:"),
            config.get("sasl.oauthbearer.expected.issuer") or None,
            [a.strip() for a in audience.split(",") if a.strip()],
            config.get("sasl.oauthbearer.sub.claim.name", "sub"),
            config.get("sasl.oauthbearer.scope.claim.name", "scope"),
            int(config.get("sasl.oauthbearer.clock.skew.seconds", "30")),
            clock,
        )

    def reload(self) -> None:
        self.keys = JwksKeySet.from_file(self.jwks_path)

    def __call__(self, token: str) -> OAuthBearerToken | TokenRejected:
        try:
            _, claims = verify(token, self.keys)
            return self._check_claims(token, claims)
        except (JwsError, ValueError) as e:
            return TokenRejected(str(e))

    def _check_claims(self, token: str, claims: Mapping[str, Any]) -> OAuthBearerToken | TokenRejected:
        exp, iat = _number(claims, "exp"), _number(claims, "iat")
        if exp is None or iat is None:
            return TokenRejected("the exp and iat claims are required")
        now, skew = _now_ms(self._clock), self.clock_skew_ms
        if now - skew >= 1000 * exp:
            return TokenRejected(f"the token expired at {exp} (now {now / 1000})")
        if 1000 * iat > now + skew:
            return TokenRejected(f"the token was issued in the future ({iat})")
        nbf = _number(claims, "nbf")
        if nbf is not None and 1000 * nbf > now + skew:
            return TokenRejected(f"the token is not valid before {nbf}")
        if self.expected_issuer is not None and claims.get("iss") != self.expected_issuer:
            return TokenRejected(f"issuer {claims.get('iss')!r} is not {self.expected_issuer!r}")
        if self.expected_audience:
            aud = claims.get("aud")
            audiences = [aud] if isinstance(aud, str) else aud if isinstance(aud, list) else []
            if not set(self.expected_audience) & {str(a) for a in audiences}:
                return TokenRejected(f"audience {aud!r} is none of {list(self.expected_audience)}")
        principal = claims.get(self.sub_claim)
        if not isinstance(principal, str) or not principal.strip():
            return TokenRejected(f"the {self.sub_claim} claim is missing or empty")
        return OAuthBearerToken(token, principal, round(exp * 1000),
                                _scope(claims, self.scope_claim), round(iat * 1000))
