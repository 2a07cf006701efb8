"""ApiVersions (key 18), versions 0-4.

The list is built from `REGISTRY`: every key some handler module registered, with the
version range that module serves (the spec's stable range, Kafka 4.1), so the answer can
never advertise what the broker does not serve. Telemetry keys 71/72 are never
registered: librdkafka starts pushing metrics when it sees them.

An ApiVersions version above 4 never reaches `handle`: the connection answers it with
UNSUPPORTED_VERSION and the full list, encoded at v0, so clients retry with a version we
know (KIP-511; aiokafka only ever sends v0). v3+ requests carry the client's software
name and version (KIP-511); Kafka validates them, and so do we (INVALID_REQUEST).
Supported/finalized features (v3+, tagged) are left empty: no feature-gated APIs are served.
"""

from __future__ import annotations

import re

from kafkapy.context import RequestContext
from kafkapy.handlers.registry import REGISTRY, advertised_api_versions, register
from wire.errors import ErrorCode
from wire.messages import ApiVersionsRequest, ApiVersionsResponse

# KIP-511: client software name/version must match this (Kafka's ApiVersionsRequest.isValid).
_SOFTWARE = re.compile(r"^[a-zA-Z0-9](?:[a-zA-Z0-9\-.]*[a-zA-Z0-9])?$")


# Encoded answers per version; rebuilt if a handler registers late (tests).
_cache: dict[int, tuple[int, bytes]] = {}


@register(
    18,
    ApiVersionsRequest,
    ApiVersionsResponse,
    ApiVersionsRequest.MIN_VERSION,
    ApiVersionsRequest.MAX_VERSION,
)
async def handle(ctx: RequestContext, request: ApiVersionsRequest) -> ApiVersionsResponse | bytes:
    if ctx.api_version >= 3 and not (
        _SOFTWARE.match(request.client_software_name or "")
        and _SOFTWARE.match(request.client_software_version or "")
    ):
        return ApiVersionsResponse(error_code=ErrorCode.INVALID_REQUEST, api_keys=[])
    version = ctx.api_version
    cached = _cache.get(version)
    if cached is None or cached[0] != len(REGISTRY):
        body = ApiVersionsResponse(error_code=ErrorCode.NONE, api_keys=advertised_api_versions(), throttle_time_ms=0).encode(version)
        cached = _cache[version] = (len(REGISTRY), body)
    return cached[1]
