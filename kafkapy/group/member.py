"""One member of a classic group (Kafka's `ClassicGroupMember`, formerly MemberMetadata)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from kafkapy.group.results import JoinResult, SyncResult


@dataclass(slots=True, eq=False)
class Member:
    member_id: str
    group_instance_id: str | None
    client_id: str
    client_host: str
    rebalance_timeout_ms: int
    session_timeout_ms: int
    protocol_type: str
    # (name, metadata) in the member's order of preference; metadata is opaque bytes.
    protocols: list[tuple[str, bytes]]
    assignment: bytes = b""
    # Set while a JoinGroup / SyncGroup of this member waits for the rebalance.
    await_join: Callable[[JoinResult], None] | None = None
    await_sync: Callable[[SyncResult], None] | None = None
    last_heartbeat_ms: int = 0
    is_new: bool = False  # joined during the current rebalance (Kafka's isNew)
    session_timer: object | None = field(default=None, repr=False)

    @property
    def is_static(self) -> bool:
        return self.group_instance_id is not None

    @property
    def protocol_names(self) -> list[str]:
        return [name for name, _ in self.protocols]

    def metadata(self, protocol: str) -> bytes:
        for name, data in self.protocols:
            if name == protocol:
                return data
        raise KeyError(protocol)

    def matches(self, protocols: list[tuple[str, bytes]]) -> bool:
        """Same protocols, same order, same metadata: a rejoin that changes nothing."""
        return self.protocols == protocols

    def vote(self, candidates: set[str]) -> str:
        """The member's most preferred protocol among those every member supports."""
        for name, _ in self.protocols:
            if name in candidates:
                return name
        raise ValueError("member supports none of the candidate protocols")
