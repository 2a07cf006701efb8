"""Request header v1/v2 and response header v0/v1 (RequestHeader.json, ResponseHeader.json).

The header version is not in the JSON; Kafka derives it from the API's flexible versions
(``ApiMessageType.requestHeaderVersion``): request header v2 for flexible API versions, else
v1; response header v1 for flexible versions, else v0 -- except ApiVersionsResponse, always v0,
because a client that does not yet know the broker's versions must be able to read it
(KIP-511). ``ClientId`` is never compact, even in header v2 (``flexibleVersions: "none"``).
Versions above an API's newest are judged by its flexible range too ("3+" covers 5), so an
unsupported ApiVersions request still parses and can be answered with UNSUPPORTED_VERSION.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass

from wire.api_keys import API_REGISTRY, ApiKey
from wire.primitives import (
    DecodeError,
    read_nullable_string,
    skip_tagged_fields,
    write_nullable_string,
    write_tagged_fields,
)

__all__ = [
    "RequestHeader",
    "ResponseHeader",
    "request_header_version",
    "response_header_version",
]

_REQUEST_PREFIX = struct.Struct(">hhi")  # api_key, api_version, correlation_id
_CORRELATION_ID = struct.Struct(">i")


def _flexible(api_key: int, api_version: int) -> bool:
    spec = API_REGISTRY.get(api_key)
    if spec is None:
        raise DecodeError(f"unknown API key {api_key}")
    return spec.flexible_min is not None and api_version >= spec.flexible_min


def request_header_version(api_key: int, api_version: int) -> int:
    """2 for flexible versions of the API, else 1. Raises DecodeError for unknown API keys."""
    return 2 if _flexible(api_key, api_version) else 1


def response_header_version(api_key: int, api_version: int) -> int:
    """1 for flexible versions, else 0; ApiVersions responses always use 0."""
    if api_key == ApiKey.API_VERSIONS:
        return 0
    return 1 if _flexible(api_key, api_version) else 0


@dataclass(slots=True)
class RequestHeader:
    api_key: int
    api_version: int
    correlation_id: int
    client_id: str | None = None
    #: Header v2 tagged fields, raw ``(tag, bytes)`` (Kafka defines none today).
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @property
    def version(self) -> int:
        return request_header_version(self.api_key, self.api_version)

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview) -> tuple[RequestHeader, int]:
        """Parse the header at the start of a request frame; return it and the body offset.

        Raises DecodeError for a truncated header or an unknown API key.
        """
        buf = data if isinstance(data, memoryview) else memoryview(data)
        if len(buf) < 8:
            raise DecodeError(f"request header needs 8 bytes, got {len(buf)}")
        api_key, api_version, correlation_id = _REQUEST_PREFIX.unpack_from(buf, 0)
        flexible = _flexible(api_key, api_version)
        client_id, pos = read_nullable_string(buf, 8)
        tagged = None
        if flexible:
            tagged, pos = skip_tagged_fields(buf, pos)
        return cls(api_key, api_version, correlation_id, client_id, tagged), pos

    def encode(self) -> bytes:
        out = bytearray(_REQUEST_PREFIX.pack(self.api_key, self.api_version, self.correlation_id))
        write_nullable_string(out, self.client_id)
        if _flexible(self.api_key, self.api_version):
            write_tagged_fields(out, None, self.unknown_tagged_fields)
        return bytes(out)


@dataclass(slots=True)
class ResponseHeader:
    correlation_id: int
    unknown_tagged_fields: list[tuple[int, bytes]] | None = None

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> tuple[ResponseHeader, int]:
        """Parse a response header of ``version`` (0 or 1); return it and the body offset."""
        buf = data if isinstance(data, memoryview) else memoryview(data)
        if len(buf) < 4:
            raise DecodeError(f"response header needs 4 bytes, got {len(buf)}")
        (correlation_id,) = _CORRELATION_ID.unpack_from(buf, 0)
        tagged, pos = (None, 4)
        if version >= 1:
            tagged, pos = skip_tagged_fields(buf, 4)
        return cls(correlation_id, tagged), pos

    def encode(self, version: int) -> bytes:
        if version == 0:
            return _CORRELATION_ID.pack(self.correlation_id)
        if not self.unknown_tagged_fields:
            return _CORRELATION_ID.pack(self.correlation_id) + b"\x00"
        out = bytearray(_CORRELATION_ID.pack(self.correlation_id))
        write_tagged_fields(out, None, self.unknown_tagged_fields)
        return bytes(out)

    @classmethod
    def for_request(cls, header: RequestHeader) -> tuple[ResponseHeader, int]:
        """The response header answering ``header``, and its version."""
        return cls(header.correlation_id), response_header_version(
            header.api_key, header.api_version
        )
