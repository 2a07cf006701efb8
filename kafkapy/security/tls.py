"""``ssl.SSLContext`` objects from Kafka's ``ssl.*`` configuration (``DefaultSslEngineFactory``).

Key stores: ``ssl.keystore.type=PEM`` with ``ssl.keystore.location`` (private key and
certificate chain in one file) or inline ``ssl.keystore.key`` + ``ssl.keystore.certificate
.chain``; ``ssl.key.password`` for an encrypted key; ``ssl.keystore.type=PKCS12`` with
``ssl.keystore.password``. Trust: ``ssl.truststore.type=PEM`` with ``ssl.truststore.location``
or inline ``ssl.truststore.certificates``, or PKCS12; none means the system CAs, as Java's
default trust store. JKS (Kafka's default type name) is refused with one line naming PEM and
PKCS12. ``ssl.client.auth`` none/requested/required, ``ssl.enabled.protocols``,
``ssl.cipher.suites`` (:mod:`~kafkapy.security.tls_ciphers`) and, for the client side
(inter-broker), ``ssl.endpoint.identification.algorithm`` (``https``: check the host name).

Every ``ssl.*`` key may be overridden per listener with ``listener.name.<listener>.ssl.*``
(:func:`tls_settings`). In-memory keys reach OpenSSL through a private temporary file that
holds them encrypted with a one-time password and is removed at once. Building a context
reads files: do it off the event loop.
"""

from __future__ import annotations

import os
import secrets
import ssl
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.types import PrivateKeyTypes
from cryptography.hazmat.primitives.serialization import pkcs12

from kafkapy.security.listener_config import listener_values
from kafkapy.security.tls_ciphers import resolve_cipher_suites

__all__ = ["TlsSettings", "client_context", "server_context", "tls_settings"]

_PROTOCOLS = {
    "TLSv1": ssl.TLSVersion.TLSv1,
    "TLSv1.1": ssl.TLSVersion.TLSv1_1,
    "TLSv1.2": ssl.TLSVersion.TLSv1_2,
    "TLSv1.3": ssl.TLSVersion.TLSv1_3,
}
_CLIENT_AUTH = {"none": ssl.CERT_NONE, "requested": ssl.CERT_OPTIONAL, "required": ssl.CERT_REQUIRED}
_JKS_REFUSED = ("{key}=JKS is not supported by kafkapy: convert the store to PEM or PKCS12 and "
                "set {key}=PEM or {key}=PKCS12")


def _split(value: str | None, default: str = "") -> tuple[str, ...]:
    return tuple(v.strip() for v in (value if value is not None else default).split(",") if v.strip())


@dataclass(frozen=True, slots=True)
class TlsSettings:
    """One listener's effective ``ssl.*`` settings, Kafka's names and defaults."""

    keystore_type: str = "JKS"
    keystore_location: str | None = None
    keystore_password: str | None = None
    key_password: str | None = None
    keystore_key: str | None = None
    keystore_certificate_chain: str | None = None
    truststore_type: str = "JKS"
    truststore_location: str | None = None
    truststore_password: str | None = None
    truststore_certificates: str | None = None
    client_auth: str = "none"
    enabled_protocols: tuple[str, ...] = ("TLSv1.2", "TLSv1.3")
    cipher_suites: tuple[str, ...] = ()
    endpoint_identification_algorithm: str = "https"
    extra: Mapping[str, str] = field(default_factory=dict)

    @property
    def watched_files(self) -> tuple[Path, ...]:
        """The files a reload watches (key store and trust store)."""
        return tuple(Path(p) for p in (self.keystore_location, self.truststore_location) if p)


def tls_settings(config: Mapping[str, str], listener: str) -> TlsSettings:
    """The listener's settings: ``listener.name.<listener>.ssl.*`` over ``ssl.*``."""
    ssl_conf = listener_values(config, listener, "ssl.")

    def get(key: str) -> str | None:
        value = ssl_conf.get("ssl." + key)
        return value if value else None

    return TlsSettings(
        keystore_type=(get("keystore.type") or "JKS").upper(),
        keystore_location=get("keystore.location"),
        keystore_password=get("keystore.password"),
        key_password=get("key.password"),
        keystore_key=get("keystore.key"),
        keystore_certificate_chain=get("keystore.certificate.chain"),
        truststore_type=(get("truststore.type") or "JKS").upper(),
        truststore_location=get("truststore.location"),
        truststore_password=get("truststore.password"),
        truststore_certificates=get("truststore.certificates"),
        client_auth=(get("client.auth") or "none").lower(),
        enabled_protocols=_split(ssl_conf.get("ssl.enabled.protocols"), "TLSv1.2,TLSv1.3"),
        cipher_suites=_split(ssl_conf.get("ssl.cipher.suites")),
        endpoint_identification_algorithm=ssl_conf.get(
            "ssl.endpoint.identification.algorithm", "https"),
        extra=ssl_conf,
    )


# --- key and trust material ----------------------------------------------------------------


def _load_chain_from_memory(ctx: ssl.SSLContext, key_pem: bytes, password: bytes | None,
                            chain_pem: bytes) -> None:
    key = serialization.load_pem_private_key(key_pem, password)
    _load_key_and_certs(ctx, key, x509.load_pem_x509_certificates(chain_pem))


def _load_key_and_certs(
    ctx: ssl.SSLContext, key: PrivateKeyTypes, certs: list[x509.Certificate]
) -> None:
    if not certs:
        raise ValueError("the key store holds no certificate")
    one_time = secrets.token_urlsafe(24).encode()
    encrypted = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(one_time),
    )
    chain = b"".join(c.public_bytes(serialization.Encoding.PEM) for c in certs)
    with tempfile.TemporaryDirectory(prefix="kafkapy-tls-") as tmp:
        path = Path(tmp) / "keystore.pem"
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as f:
            f.write(encrypted + chain)
        ctx.load_cert_chain(path, password=one_time)


def _load_keystore(ctx: ssl.SSLContext, s: TlsSettings) -> None:
    password = s.key_password.encode() if s.key_password else None
    if s.keystore_key or s.keystore_certificate_chain:
        if not (s.keystore_key and s.keystore_certificate_chain):
            raise ValueError("ssl.keystore.key and ssl.keystore.certificate.chain go together")
        if s.keystore_type != "PEM" and s.keystore_type != "JKS":
            raise ValueError("ssl.keystore.key needs ssl.keystore.type=PEM")
        _load_chain_from_memory(ctx, s.keystore_key.encode(), password,
                                s.keystore_certificate_chain.encode())
        return
    if not s.keystore_location:
        raise ValueError("a TLS listener needs ssl.keystore.location (or ssl.keystore.key and "
                         "ssl.keystore.certificate.chain)")
    if s.keystore_type == "PEM":
        ctx.load_cert_chain(s.keystore_location, password=password)
    elif s.keystore_type == "PKCS12":
        store_password = s.keystore_password.encode() if s.keystore_password else None
        key, cert, extra = pkcs12.load_key_and_certificates(
            Path(s.keystore_location).read_bytes(), store_password)
        if key is None or cert is None:
            raise ValueError(f"{s.keystore_location}: the PKCS12 key store has no private key entry")
        _load_key_and_certs(ctx, key, [cert, *extra])
    elif s.keystore_type == "JKS":
        raise ValueError(_JKS_REFUSED.format(key="ssl.keystore.type"))
    else:
        raise ValueError(f"ssl.keystore.type={s.keystore_type} is not supported (PEM, PKCS12)")


def _trusted_pem(s: TlsSettings) -> str | None:
    """The trust store as PEM text, or None to use the system CAs."""
    if s.truststore_certificates:
        return s.truststore_certificates
    if not s.truststore_location:
        return None
    if s.truststore_type == "PEM":
        return Path(s.truststore_location).read_text()
    if s.truststore_type == "PKCS12":
        password = s.truststore_password.encode() if s.truststore_password else None
        store = pkcs12.load_pkcs12(Path(s.truststore_location).read_bytes(), password)
        certs = [c.certificate for c in store.additional_certs]
        if store.cert is not None:
            certs.append(store.cert.certificate)
        return "".join(c.public_bytes(serialization.Encoding.PEM).decode() for c in certs)
    if s.truststore_type == "JKS":
        raise ValueError(_JKS_REFUSED.format(key="ssl.truststore.type"))
    raise ValueError(f"ssl.truststore.type={s.truststore_type} is not supported (PEM, PKCS12)")


def _load_trust(ctx: ssl.SSLContext, s: TlsSettings, purpose: ssl.Purpose) -> None:
    pem = _trusted_pem(s)
    if pem is None:
        ctx.load_default_certs(purpose)
    elif "BEGIN CERTIFICATE" not in pem:
        raise ValueError("the trust store holds no certificate")
    else:
        ctx.load_verify_locations(cadata=pem)


# --- protocols and suites -------------------------------------------------------------------


def _apply_protocols(ctx: ssl.SSLContext, s: TlsSettings) -> None:
    unknown = [p for p in s.enabled_protocols if p not in _PROTOCOLS]
    if unknown or not s.enabled_protocols:
        raise ValueError(f"ssl.enabled.protocols: unsupported {unknown or 'empty list'} "
                         f"(supported: {', '.join(_PROTOCOLS)})")
    policy = resolve_cipher_suites(s.cipher_suites)
    enabled = [p for p in s.enabled_protocols
               if (p != "TLSv1.3" or policy.tls13) and (p == "TLSv1.3" or policy.tls12)]
    if not enabled:
        raise ValueError("ssl.cipher.suites leaves no suite for any of ssl.enabled.protocols")
    versions = sorted(_PROTOCOLS[p] for p in enabled)
    ctx.minimum_version, ctx.maximum_version = versions[0], versions[-1]
    gaps = {ssl.TLSVersion.TLSv1_1: ssl.OP_NO_TLSv1_1, ssl.TLSVersion.TLSv1_2: ssl.OP_NO_TLSv1_2}
    for version, option in gaps.items():
        if versions[0] < version < versions[-1] and version not in versions:
            ctx.options |= option
    if policy.openssl is not None:
        ctx.set_ciphers(policy.openssl)


# --- contexts -------------------------------------------------------------------------------


def server_context(s: TlsSettings) -> ssl.SSLContext:
    """The listener's server context; ``ValueError`` naming the key when unusable."""
    if s.client_auth not in _CLIENT_AUTH:
        raise ValueError(f"ssl.client.auth={s.client_auth}: expected none, requested or required")
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    _apply_protocols(ctx, s)
    _load_keystore(ctx, s)
    ctx.verify_mode = _CLIENT_AUTH[s.client_auth]
    if ctx.verify_mode != ssl.CERT_NONE:
        _load_trust(ctx, s, ssl.Purpose.CLIENT_AUTH)
    return ctx


def client_context(s: TlsSettings) -> ssl.SSLContext:
    """A client context (inter-broker): server certificate always verified, host name too
    when ``ssl.endpoint.identification.algorithm=https``; our certificate sent if a key
    store is configured (for listeners requiring client authentication)."""
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    _apply_protocols(ctx, s)
    ctx.check_hostname = s.endpoint_identification_algorithm.lower() == "https"
    ctx.verify_mode = ssl.CERT_REQUIRED
    _load_trust(ctx, s, ssl.Purpose.SERVER_AUTH)
    if s.keystore_location or s.keystore_key:
        _load_keystore(ctx, s)
    return ctx
