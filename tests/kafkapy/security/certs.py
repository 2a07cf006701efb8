"""Certificates for the security tests, made with ``cryptography`` (no files unless asked)."""

from __future__ import annotations

import datetime
from collections.abc import Sequence

from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

_KEY = ec.generate_private_key(ec.SECP256R1())


def name(*attrs: tuple[x509.ObjectIdentifier, str] | x509.NameAttribute[str]) -> x509.Name:
    """A Name in DER order (least specific first, as `openssl req -subj /C=../CN=..` writes)."""
    return x509.Name(
        [a if isinstance(a, x509.NameAttribute) else x509.NameAttribute(a[0], a[1]) for a in attrs]
    )


def self_signed_der(subject: x509.Name | Sequence[x509.RelativeDistinguishedName]) -> bytes:
    subj = subject if isinstance(subject, x509.Name) else x509.Name(list(subject))
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(subj)
        .issuer_name(subj)
        .public_key(_KEY.public_key())
        .serial_number(1)
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=1))
        .sign(_KEY, hashes.SHA256())
    )
    from cryptography.hazmat.primitives.serialization import Encoding

    return cert.public_bytes(Encoding.DER)


__all__ = ["NameOID", "name", "self_signed_der"]
