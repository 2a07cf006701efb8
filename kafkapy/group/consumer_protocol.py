"""The consumer protocol's Subscription as Kafka's `ConsumerProtocol` reads it, for
OffsetDelete's GROUP_SUBSCRIBED_TO_TOPIC check and offset retention (a Stable group keeps the
offsets of the topics it subscribes to). Everything else in a member's metadata stays opaque.

The bytes are an int16 version, then `ConsumerProtocolSubscription` at that version (the
generated class, v0-v3, never flexible). As Kafka's `ConsumerProtocol.deserializeSubscription`
does: a negative version is an error, a version newer than ours is read as our newest (newer
versions only append fields), and bytes after the fields are ignored.
"""

from __future__ import annotations

from wire.messages.data import ConsumerProtocolSubscription
from wire.primitives import Buffer, DecodeError, Reader


def decode_subscription(metadata: Buffer) -> ConsumerProtocolSubscription:
    """Raises DecodeError (a ValueError) on bytes that are not a Subscription."""
    r = Reader(metadata)
    version = r.int16()
    if version < ConsumerProtocolSubscription.MIN_VERSION:
        raise DecodeError(f"unsupported subscription version {version}")
    version = min(version, ConsumerProtocolSubscription.LATEST_VERSION)
    return ConsumerProtocolSubscription.decode(r.buf[r.pos :], version)


def subscription_topics(metadata: Buffer) -> set[str]:
    """The topics a member subscribes to; raises DecodeError as `decode_subscription`."""
    return set(decode_subscription(metadata).topics)
