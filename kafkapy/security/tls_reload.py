"""Certificate reload without restart: rebuild a listener's context when its files change.

Kafka reloads key and trust stores through a dynamic config update; kafkapy watches the
files instead. :class:`CertificateReloader` fingerprints the watched files (size, mtime and
a content hash, so a same-second rewrite is still seen); :meth:`check` rebuilds the context
when the fingerprint moved and the new files load, and keeps the old context (returning the
error) when they do not, so a half-written certificate never takes a listener down. The
server swaps ``context`` for new connections; live connections keep their session.
``check`` reads files: call it off the event loop (e.g. every few seconds from an executor).
"""

from __future__ import annotations

import hashlib
import ssl
from collections.abc import Callable
from pathlib import Path

from kafkapy.security.tls import TlsSettings, server_context

__all__ = ["CertificateReloader"]

Fingerprint = tuple[tuple[str, int, int, str], ...]


def _fingerprint(paths: tuple[Path, ...]) -> Fingerprint:
    prints = []
    for path in paths:
        try:
            data = path.read_bytes()
            stat = path.stat()
        except OSError:
            prints.append((str(path), -1, -1, ""))
            continue
        prints.append((str(path), stat.st_size, stat.st_mtime_ns, hashlib.sha256(data).hexdigest()))
    return tuple(prints)


class CertificateReloader:
    def __init__(
        self, settings: TlsSettings,
        build: Callable[[TlsSettings], ssl.SSLContext] = server_context,
    ) -> None:
        self.settings = settings
        self._build = build
        self._fingerprint = _fingerprint(settings.watched_files)
        self.context = build(settings)
        self.generation = 0

    def check(self) -> ssl.SSLContext | Exception | None:
        """The new context if the files changed and load; the error if they changed but do
        not load (the old context stays; reported once per change); None otherwise."""
        current = _fingerprint(self.settings.watched_files)
        if current == self._fingerprint:
            return None
        self._fingerprint = current
        try:
            context = self._build(self.settings)
        except (OSError, ValueError, ssl.SSLError) as e:
            return e
        self.context = context
        self.generation += 1
        return context
