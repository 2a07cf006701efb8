"""TLS contexts from Kafka's ssl.* keys, proven by handshakes between Python sockets on 127.0.0.1."""

from __future__ import annotations

import socket
import ssl
import threading
from pathlib import Path

import pytest
import trustme
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.serialization import pkcs12

from kafkapy.security.principal import SslPrincipalMapper, ssl_principal
from kafkapy.security.tls import TlsSettings, client_context, server_context, tls_settings
from kafkapy.security.tls_ciphers import resolve_cipher_suites
from kafkapy.security.tls_reload import CertificateReloader

CA = trustme.CA(organization_name="kafkapy test CA")
OTHER_CA = trustme.CA(organization_name="someone else")
SERVER = CA.issue_cert("localhost", "127.0.0.1")
CLIENT = CA.issue_cert("alice@example.com", common_name="alice", organization_name="Acme",
                       organization_unit_name="Eng")
STRANGER = OTHER_CA.issue_cert("mallory@example.com", common_name="mallory")


def pem_files(tmp: Path, name: str, cert: trustme.LeafCert) -> Path:
    path = tmp / f"{name}.pem"
    cert.private_key_and_cert_chain_pem.write_to_path(str(path))
    return path


def ca_file(tmp: Path, ca: trustme.CA = CA) -> Path:
    path = tmp / "ca.pem"
    ca.cert_pem.write_to_path(str(path))
    return path


def server_settings(tmp: Path, **kw: str) -> dict[str, str]:
    config = {"ssl.keystore.type": "PEM", "ssl.keystore.location": str(pem_files(tmp, "server", SERVER)),
              "ssl.truststore.type": "PEM", "ssl.truststore.location": str(ca_file(tmp))}
    config.update(kw)
    return config


def client_ctx(tmp: Path, cert: trustme.LeafCert | None = None, **kw: str) -> ssl.SSLContext:
    config = {"ssl.truststore.type": "PEM", "ssl.truststore.location": str(ca_file(tmp))}
    if cert is not None:
        config.update({"ssl.keystore.type": "PEM",
                       "ssl.keystore.location": str(pem_files(tmp, "client", cert))})
    config.update(kw)
    return client_context(tls_settings(config, "CLIENT"))


def handshake(server: ssl.SSLContext, client: ssl.SSLContext,
              host: str = "localhost") -> tuple[bytes | None, BaseException | None, BaseException | None]:
    """(client cert DER seen by the server, server error, client error)."""
    listener = socket.create_server(("127.0.0.1", 0))
    port = listener.getsockname()[1]
    result: dict[str, object] = {}

    def serve() -> None:
        conn, _ = listener.accept()
        conn.settimeout(10)
        try:
            with server.wrap_socket(conn, server_side=True) as tls:
                result["peer"] = tls.getpeercert(binary_form=True)
                tls.sendall(b"ok")
        except (ssl.SSLError, OSError) as e:
            result["server_error"] = e

    thread = threading.Thread(target=serve)
    thread.start()
    client_error: BaseException | None = None
    try:
        with (socket.create_connection(("127.0.0.1", port), timeout=10) as raw,
              client.wrap_socket(raw, server_hostname=host) as tls):
            tls.recv(2)
    except (ssl.SSLError, OSError) as e:
        client_error = e
    finally:
        thread.join(15)
        listener.close()
    peer = result.get("peer")
    server_error = result.get("server_error")
    return (peer if isinstance(peer, bytes) else None,
            server_error if isinstance(server_error, BaseException) else None, client_error)


def test_server_auth_only(tmp_path: Path) -> None:
    srv = server_context(tls_settings(server_settings(tmp_path), "SSL"))
    peer, s_err, c_err = handshake(srv, client_ctx(tmp_path))
    assert (s_err, c_err) == (None, None) and peer is None


def test_mtls_required_gives_the_principal(tmp_path: Path) -> None:
    srv = server_context(tls_settings(server_settings(tmp_path, **{"ssl.client.auth": "required"}), "SSL"))
    peer, s_err, c_err = handshake(srv, client_ctx(tmp_path, CLIENT))
    assert (s_err, c_err) == (None, None)
    assert str(ssl_principal(peer, SslPrincipalMapper())) == "User:CN=alice,OU=Eng,O=Acme"


def test_mtls_required_without_client_cert_fails(tmp_path: Path) -> None:
    srv = server_context(tls_settings(server_settings(tmp_path, **{"ssl.client.auth": "required"}), "SSL"))
    peer, s_err, _ = handshake(srv, client_ctx(tmp_path))
    assert peer is None and isinstance(s_err, ssl.SSLError)


def test_mtls_client_cert_from_another_ca_fails(tmp_path: Path) -> None:
    srv = server_context(tls_settings(server_settings(tmp_path, **{"ssl.client.auth": "required"}), "SSL"))
    peer, s_err, _ = handshake(srv, client_ctx(tmp_path, STRANGER))
    assert peer is None and isinstance(s_err, ssl.SSLError)


def test_mtls_requested_accepts_both(tmp_path: Path) -> None:
    srv = server_context(tls_settings(server_settings(tmp_path, **{"ssl.client.auth": "requested"}), "SSL"))
    assert handshake(srv, client_ctx(tmp_path))[1:] == (None, None)
    peer, s_err, _ = handshake(srv, client_ctx(tmp_path, CLIENT))
    assert s_err is None and peer is not None


def test_client_rejects_server_from_wrong_ca_and_wrong_host(tmp_path: Path) -> None:
    srv = server_context(tls_settings(server_settings(tmp_path), "SSL"))
    wrong_ca = client_context(tls_settings({"ssl.truststore.type": "PEM", "ssl.truststore.certificates":
                                            OTHER_CA.cert_pem.bytes().decode()}, "C"))
    assert isinstance(handshake(srv, wrong_ca)[2], ssl.SSLCertVerificationError)
    assert isinstance(handshake(srv, client_ctx(tmp_path), host="kafka.example")[2],
                      ssl.SSLCertVerificationError)
    no_check = client_ctx(tmp_path, **{"ssl.endpoint.identification.algorithm": ""})
    assert handshake(srv, no_check, host="kafka.example")[2] is None


def test_inline_pem_and_encrypted_key(tmp_path: Path) -> None:
    key = serialization.load_pem_private_key(SERVER.private_key_pem.bytes(), None)
    encrypted = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                  serialization.BestAvailableEncryption(b"key-pass")).decode()
    chain = "".join(b.bytes().decode() for b in SERVER.cert_chain_pems)
    inline = {"ssl.keystore.type": "PEM", "ssl.keystore.key": encrypted,
              "ssl.keystore.certificate.chain": chain, "ssl.key.password": "key-pass"}
    srv = server_context(tls_settings(inline, "SSL"))
    assert handshake(srv, client_ctx(tmp_path))[1:] == (None, None)
    encrypted_file = tmp_path / "enc.pem"
    encrypted_file.write_text(encrypted + chain)
    from_file = {"ssl.keystore.type": "PEM", "ssl.keystore.location": str(encrypted_file),
                 "ssl.key.password": "key-pass"}
    assert handshake(server_context(tls_settings(from_file, "SSL")), client_ctx(tmp_path))[1:] == (None, None)
    with pytest.raises(ssl.SSLError):
        server_context(tls_settings({**from_file, "ssl.key.password": "wrong"}, "SSL"))


def test_pkcs12_keystore_and_truststore(tmp_path: Path) -> None:
    key = serialization.load_pem_private_key(SERVER.private_key_pem.bytes(), None)
    from cryptography import x509
    certs = [x509.load_pem_x509_certificate(b.bytes()) for b in SERVER.cert_chain_pems]
    p12 = tmp_path / "server.p12"
    p12.write_bytes(pkcs12.serialize_key_and_certificates(
        b"server", key, certs[0], certs[1:], serialization.BestAvailableEncryption(b"store-pass")))  # type: ignore[arg-type]
    trust = tmp_path / "trust.p12"
    ca_cert = x509.load_pem_x509_certificate(CA.cert_pem.bytes())
    trust.write_bytes(pkcs12.serialize_key_and_certificates(
        None, None, None, [ca_cert], serialization.BestAvailableEncryption(b"trust-pass")))
    config = {"ssl.keystore.type": "PKCS12", "ssl.keystore.location": str(p12),
              "ssl.keystore.password": "store-pass", "ssl.truststore.type": "PKCS12",
              "ssl.truststore.location": str(trust), "ssl.truststore.password": "trust-pass",
              "ssl.client.auth": "required"}
    srv = server_context(tls_settings(config, "SSL"))
    peer, s_err, c_err = handshake(srv, client_ctx(tmp_path, CLIENT))
    assert (s_err, c_err) == (None, None) and peer is not None
    with pytest.raises(ValueError):
        server_context(tls_settings({**config, "ssl.keystore.password": "nope"}, "SSL"))


def test_jks_is_refused_with_one_clear_line(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match=r"ssl.keystore.type=JKS is not supported.*PEM or PKCS12"):
        server_context(tls_settings({"ssl.keystore.location": str(tmp_path / "ks.jks")}, "SSL"))
    config = server_settings(tmp_path, **{"ssl.truststore.type": "JKS", "ssl.client.auth": "required"})
    with pytest.raises(ValueError, match="ssl.truststore.type=JKS is not supported"):
        server_context(tls_settings(config, "SSL"))


def test_protocols(tmp_path: Path) -> None:
    tls13 = server_context(tls_settings(server_settings(tmp_path, **{"ssl.enabled.protocols": "TLSv1.3"}), "SSL"))
    tls12_client = client_ctx(tmp_path, **{"ssl.enabled.protocols": "TLSv1.2"})
    assert handshake(tls13, tls12_client)[2] is not None
    assert handshake(tls13, client_ctx(tmp_path))[2] is None
    with pytest.raises(ValueError, match="ssl.enabled.protocols"):
        server_context(tls_settings(server_settings(tmp_path, **{"ssl.enabled.protocols": "SSLv3"}), "SSL"))


def test_cipher_suites(tmp_path: Path) -> None:
    policy = resolve_cipher_suites(["TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", "AES256-GCM-SHA384"])
    assert (policy.openssl, policy.tls12, policy.tls13) == (
        "ECDHE-RSA-AES128-GCM-SHA256:AES256-GCM-SHA384", True, False)
    assert resolve_cipher_suites([]).openssl is None
    with pytest.raises(ValueError, match="unknown"):
        resolve_cipher_suites(["TLS_MADE_UP"])
    with pytest.raises(ValueError, match="cannot restrict TLS 1.3"):
        resolve_cipher_suites(["TLS_AES_128_GCM_SHA256"])
    # trustme issues ECDSA keys: an ECDSA suite list forces TLS 1.2 with that suite.
    suite = "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384"
    srv = server_context(tls_settings(server_settings(tmp_path, **{"ssl.cipher.suites": suite}), "SSL"))
    listener = socket.create_server(("127.0.0.1", 0))
    port = listener.getsockname()[1]
    seen: list[tuple[str, str, int] | None] = []

    def serve() -> None:
        conn, _ = listener.accept()
        with srv.wrap_socket(conn, server_side=True) as tls:
            seen.append(tls.cipher())
            tls.sendall(b"ok")

    t = threading.Thread(target=serve)
    t.start()
    with (socket.create_connection(("127.0.0.1", port), timeout=10) as raw,
          client_ctx(tmp_path).wrap_socket(raw, server_hostname="localhost") as tls):
        tls.recv(2)
    t.join(15)
    listener.close()
    assert seen and seen[0] is not None and seen[0][0] == "ECDHE-ECDSA-AES256-GCM-SHA384"
    assert seen[0][1] == "TLSv1.2"


def test_listener_overrides() -> None:
    config = {"ssl.client.auth": "none", "ssl.keystore.type": "PEM",
              "listener.name.internal.ssl.client.auth": "required",
              "listener.name.internal.ssl.keystore.location": "/etc/internal.pem",
              "ssl.keystore.location": "/etc/external.pem"}
    internal, external = tls_settings(config, "INTERNAL"), tls_settings(config, "EXTERNAL")
    assert (internal.client_auth, internal.keystore_location) == ("required", "/etc/internal.pem")
    assert (external.client_auth, external.keystore_location) == ("none", "/etc/external.pem")
    assert TlsSettings().enabled_protocols == ("TLSv1.2", "TLSv1.3")


def test_reload_on_file_change(tmp_path: Path) -> None:
    config = server_settings(tmp_path)
    reloader = CertificateReloader(tls_settings(config, "SSL"))
    first = reloader.context
    assert reloader.check() is None
    renewed = CA.issue_cert("localhost", "127.0.0.1")
    renewed.private_key_and_cert_chain_pem.write_to_path(config["ssl.keystore.location"])
    new = reloader.check()
    assert isinstance(new, ssl.SSLContext) and new is not first and reloader.generation == 1
    assert handshake(new, client_ctx(tmp_path))[1:] == (None, None)
    Path(config["ssl.keystore.location"]).write_text("half-written")
    error = reloader.check()
    assert isinstance(error, Exception) and reloader.context is new  # the old context stays
    assert reloader.check() is None  # reported once per change
