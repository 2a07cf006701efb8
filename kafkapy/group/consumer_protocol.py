"""Just enough of the consumer protocol's Subscription (ConsumerProtocolSubscription.json,
v0-v3, never flexible) to learn a member's topics, for OffsetDelete's
GROUP_SUBSCRIBED_TO_TOPIC check. Everything else in the metadata stays opaque.
"""

from __future__ import annotations

import struct


def subscription_topics(metadata: bytes) -> set[str]:
    """Raises ValueError on bytes that are not a Subscription."""
    pos = 0

    def take(n: int) -> bytes:
        nonlocal pos
        if n < 0 or pos + n > len(metadata):
            raise ValueError("truncated subscription")
        out = metadata[pos : pos + n]
        pos += n
        return out

    (version,) = struct.unpack(">h", take(2))
    if version < 0:
        raise ValueError(f"bad subscription version {version}")
    (count,) = struct.unpack(">i", take(4))
    if count < 0 or count > len(metadata):
        raise ValueError("bad topic count")
    topics = set()
    for _ in range(count):
        (n,) = struct.unpack(">h", take(2))
        topics.add(take(n).decode())
    return topics
