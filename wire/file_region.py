"""A byte range of an open file, sent with ``sendfile`` instead of being read into memory."""

from __future__ import annotations

from typing import NamedTuple

__all__ = ["FileRegion"]


class FileRegion(NamedTuple):
    """``length`` bytes of file descriptor ``fd`` starting at ``position``.

    A pure value: storage owns the open file and keeps it open until the region is sent.
    Message encoders emit it as its own chunk (``encode_chunks``) after writing the length
    prefix of the ``records`` field, so the bytes never pass through Python.
    """

    fd: int
    position: int
    length: int

