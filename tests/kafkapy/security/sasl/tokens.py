"""JWTs for the OAUTHBEARER tests: unsecured ones as Kafka's OAuthBearerUnsecuredLoginCallbackHandler
makes them, and signed ones (RS256, ES256) with their JWK Set."""

from __future__ import annotations

import base64
import json
from typing import Any

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.hazmat.primitives.asymmetric.utils import decode_dss_signature


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _int(n: int) -> str:
    return b64url(n.to_bytes((n.bit_length() + 7) // 8, "big"))


def unsecured(claims: dict[str, Any]) -> str:
    header = b64url(json.dumps({"alg": "none"}).encode())
    return f"{header}.{b64url(json.dumps(claims).encode())}."


RSA_KEY = rsa.generate_private_key(public_exponent=65537, key_size=2048)
EC_KEY = ec.generate_private_key(ec.SECP256R1())


def jwks(*, rsa_kid: str = "rsa1", ec_kid: str = "ec1", rsa_alg: str | None = "RS256") -> str:
    r = RSA_KEY.public_key().public_numbers()
    e = EC_KEY.public_key().public_numbers()
    rsa_jwk = {"kty": "RSA", "kid": rsa_kid, "use": "sig", "n": _int(r.n), "e": _int(r.e)}
    if rsa_alg is not None:
        rsa_jwk["alg"] = rsa_alg
    return json.dumps({"keys": [
        rsa_jwk,
        {"kty": "EC", "kid": ec_kid, "crv": "P-256", "x": _int(e.x), "y": _int(e.y)},
        {"kty": "oct", "kid": "hmac", "k": "c2VjcmV0"},
    ]})


def signed(claims: dict[str, Any], alg: str = "RS256", kid: str | None = "rsa1") -> str:
    header: dict[str, Any] = {"alg": alg, "typ": "JWT"}
    if kid is not None:
        header["kid"] = kid
    signing_input = f"{b64url(json.dumps(header).encode())}.{b64url(json.dumps(claims).encode())}"
    data = signing_input.encode()
    if alg == "RS256":
        sig = RSA_KEY.sign(data, padding.PKCS1v15(), hashes.SHA256())
    elif alg == "PS256":
        sig = RSA_KEY.sign(data, padding.PSS(padding.MGF1(hashes.SHA256()), 32), hashes.SHA256())
    else:
        r, s = decode_dss_signature(EC_KEY.sign(data, ec.ECDSA(hashes.SHA256())))
        sig = r.to_bytes(32, "big") + s.to_bytes(32, "big")
    return f"{signing_input}.{b64url(sig)}"
