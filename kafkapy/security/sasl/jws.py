"""JWS compact serialization (RFC 7515) verified against a JWK Set (RFC 7517).

What Kafka's OAUTHBEARER validator does through jose4j, with ``cryptography``: split the
token, decode the header and claims, refuse ``alg: none``, pick the key by ``kid`` (or try
every key of the right type when the token names none), and verify RS256/384/512,
PS256/384/512 or ES256/384/512. :class:`JwsError` carries a log-only reason.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.hazmat.primitives.asymmetric.utils import encode_dss_signature

__all__ = ["Jwk", "JwksKeySet", "JwsError", "b64url_decode", "decode_unverified", "verify"]

PublicKey = rsa.RSAPublicKey | ec.EllipticCurvePublicKey
Json = dict[str, Any]

_HASHES: dict[str, type[hashes.SHA256 | hashes.SHA384 | hashes.SHA512]] = {
    "256": hashes.SHA256, "384": hashes.SHA384, "512": hashes.SHA512,
}
_CURVES: dict[str, type[ec.SECP256R1 | ec.SECP384R1 | ec.SECP521R1]] = {
    "P-256": ec.SECP256R1, "P-384": ec.SECP384R1, "P-521": ec.SECP521R1,
}
_CURVE_NAMES = {"P-256": "secp256r1", "P-384": "secp384r1", "P-521": "secp521r1"}
_EC_ALG_CURVE = {"ES256": "P-256", "ES384": "P-384", "ES512": "P-521"}


class JwsError(ValueError):
    """The token is not a valid signed JWT for these keys; the text is for the log."""


def b64url_decode(text: str) -> bytes:
    try:
        return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    except (binascii.Error, ValueError) as e:
        raise JwsError("malformed Base64 URL encoded value") from e


def _json_object(part: str) -> Json:
    try:
        value = json.loads(b64url_decode(part))
    except (UnicodeDecodeError, json.JSONDecodeError) as e:
        raise JwsError("malformed JSON") from e
    if not isinstance(value, dict):
        raise JwsError("malformed JSON: not an object")
    return value


def decode_unverified(token: str) -> tuple[Json, Json, bytes, bytes]:
    """(header, claims, signing input, signature) of a 3-part compact JWS."""
    parts = token.split(".")
    if len(parts) != 3:
        raise JwsError("JWS compact serializations must have 3 dot-separated values")
    header, claims = _json_object(parts[0]), _json_object(parts[1])
    return header, claims, f"{parts[0]}.{parts[1]}".encode(), b64url_decode(parts[2])


def _int(jwk: Mapping[str, Any], name: str) -> int:
    value = jwk.get(name)
    if not isinstance(value, str):
        raise JwsError(f"JWK parameter {name} missing")
    return int.from_bytes(b64url_decode(value), "big")


@dataclass(frozen=True, slots=True)
class Jwk:
    kid: str | None
    alg: str | None
    key: PublicKey

    @classmethod
    def parse(cls, jwk: Mapping[str, Any]) -> Jwk:
        kty = jwk.get("kty")
        key: PublicKey
        if kty == "RSA":
            key = rsa.RSAPublicNumbers(_int(jwk, "e"), _int(jwk, "n")).public_key()
        elif kty == "EC":
            curve = _CURVES.get(str(jwk.get("crv")))
            if curve is None:
                raise JwsError(f"unsupported EC curve {jwk.get('crv')}")
            key = ec.EllipticCurvePublicNumbers(_int(jwk, "x"), _int(jwk, "y"), curve()).public_key()
        else:
            raise JwsError(f"unsupported JWK key type {kty}")
        kid, alg = jwk.get("kid"), jwk.get("alg")
        return cls(kid if isinstance(kid, str) else None, alg if isinstance(alg, str) else None, key)

    def fits(self, alg: str) -> bool:
        if self.alg is not None and self.alg != alg:
            return False
        if alg.startswith(("RS", "PS")):
            return isinstance(self.key, rsa.RSAPublicKey)
        if alg in _EC_ALG_CURVE and isinstance(self.key, ec.EllipticCurvePublicKey):
            return self.key.curve.name == _CURVE_NAMES[_EC_ALG_CURVE[alg]]
        return False


class JwksKeySet:
    """The verification keys of a JWK Set document (``{"keys": [...]}``)."""

    def __init__(self, keys: Sequence[Jwk]) -> None:
        self.keys = tuple(keys)

    @classmethod
    def from_json(cls, document: str | bytes) -> JwksKeySet:
        doc = json.loads(document)
        raw = doc.get("keys") if isinstance(doc, dict) else None
        if not isinstance(raw, list):
            raise JwsError("a JWK Set is an object with a keys array")
        keys = []
        for item in raw:
            if isinstance(item, dict) and item.get("use", "sig") == "sig":
                try:
                    keys.append(Jwk.parse(item))
                except (JwsError, ValueError):
                    continue  # one unusable key (e.g. an unsupported type) does not void the set
        return cls(keys)

    @classmethod
    def from_file(cls, path: str | Path) -> JwksKeySet:
        return cls.from_json(Path(path).read_bytes())

    def candidates(self, header: Mapping[str, Any]) -> list[Jwk]:
        alg, kid = str(header.get("alg")), header.get("kid")
        return [k for k in self.keys if (kid is None or k.kid == kid) and k.fits(alg)]


def _verify_one(key: PublicKey, alg: str, signature: bytes, signing_input: bytes) -> None:
    digest = _HASHES[alg[2:]]()
    if isinstance(key, rsa.RSAPublicKey):
        pad: padding.AsymmetricPadding = (
            padding.PKCS1v15() if alg.startswith("RS")
            else padding.PSS(padding.MGF1(digest), digest.digest_size)
        )
        key.verify(signature, signing_input, pad, digest)
        return
    half = len(signature) // 2
    der = encode_dss_signature(int.from_bytes(signature[:half], "big"),
                               int.from_bytes(signature[half:], "big"))
    key.verify(der, signing_input, ec.ECDSA(digest))


def verify(token: str, keys: JwksKeySet) -> tuple[Json, Json]:
    """(header, claims) of a token whose signature one of ``keys`` verifies; else JwsError."""
    header, claims, signing_input, signature = decode_unverified(token)
    alg = header.get("alg")
    if not isinstance(alg, str) or alg.lower() == "none":
        raise JwsError(f"JWS algorithm {alg!r} is not allowed")
    if alg[:2] not in ("RS", "PS", "ES") or alg[2:] not in _HASHES:
        raise JwsError(f"unsupported JWS algorithm {alg}")
    candidates = keys.candidates(header)
    if not candidates:
        raise JwsError(f"no key in the JWK Set matches kid={header.get('kid')!r} alg={alg}")
    for jwk in candidates:
        try:
            _verify_one(jwk.key, alg, signature, signing_input)
            return header, claims
        except (InvalidSignature, ValueError):
            continue
    raise JwsError("JWS signature verification failed")
