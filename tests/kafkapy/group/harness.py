"""A coordinator on a manual clock and an in-memory log, with helpers that collect answers."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from kafkapy.group.clock import ManualScheduler
from kafkapy.group.config import GroupConfig
from kafkapy.group.coordinator import GroupCoordinator
from kafkapy.group.log import MemoryCoordinatorLog
from kafkapy.group.results import JoinResult
from wire.errors import ErrorCode

SESSION = 10_000
REBALANCE = 30_000
DELAY = 100


@dataclass
class Box:
    """Answers delivered to a callback (a JoinGroup answered twice would show up here)."""

    values: list[Any] = field(default_factory=list)

    def __call__(self, value: Any) -> None:
        self.values.append(value)

    @property
    def done(self) -> bool:
        return bool(self.values)

    @property
    def value(self) -> Any:
        assert len(self.values) == 1, self.values
        return self.values[0]


class Harness:
    def __init__(self, log: MemoryCoordinatorLog | None = None, **config: int) -> None:
        config.setdefault("group_initial_rebalance_delay_ms", DELAY)
        self.clock = ManualScheduler()
        self.log = log or MemoryCoordinatorLog()
        self.config = GroupConfig(**config)
        self.coord = GroupCoordinator(0, self.config, self.clock, self.log)
        self.coord.load()

    def join(
        self,
        group: str = "g",
        member_id: str = "",
        instance: str | None = None,
        protocols: list[tuple[str, bytes]] | None = None,
        require_known: bool = True,
        session: int = SESSION,
        rebalance: int = REBALANCE,
        protocol_type: str = "consumer",
        client_id: str = "c",
    ) -> Box:
        box = Box()
        self.coord.join_group(
            group, member_id, instance, require_known, client_id, "/127.0.0.1", rebalance,
            session, protocol_type, protocols if protocols is not None else [("range", b"m")],
            box,
        )
        return box

    def new_member(self, group: str = "g", **kw: Any) -> Box:
        """JoinGroup v4+: MEMBER_ID_REQUIRED, then join again with the id."""
        if kw.get("instance") is None:
            first = self.join(group, **kw).value
            assert first.error == ErrorCode.MEMBER_ID_REQUIRED
            kw["member_id"] = first.member_id
        return self.join(group, **kw)

    def sync(
        self,
        result: JoinResult,
        group: str = "g",
        assignments: dict[str, bytes] | None = None,
        instance: str | None = None,
    ) -> Box:
        box = Box()
        self.coord.sync_group(
            group, result.generation_id, result.member_id, instance, None, None,
            assignments or {}, box,
        )
        return box

    def heartbeat(self, result: JoinResult, group: str = "g", instance: str | None = None) -> ErrorCode:
        return self.coord.heartbeat(group, result.generation_id, result.member_id, instance)

    def commit(
        self, group: str, member_id: str, generation: int, offsets: dict[tuple[str, int], int],
        instance: str | None = None, metadata: str = "",
    ) -> Box:
        box = Box()
        self.coord.commit_offsets(
            group, member_id, instance, generation,
            {tp: (off, -1, metadata) for tp, off in offsets.items()}, box,
        )
        return box

    def stable_group(self, n: int, group: str = "g") -> list[JoinResult]:
        """n members joined and synced; returns their join results (leader first)."""
        boxes = [self.new_member(group, client_id=f"c{i}") for i in range(n)]
        self.settle(boxes)
        results = [b.value for b in boxes]
        assert all(r.error == ErrorCode.NONE for r in results), results
        leader = next(r for r in results if r.leader == r.member_id)
        followers = [r for r in results if r is not leader]
        fboxes = [self.sync(r, group) for r in followers]
        assignment = {r.member_id: r.member_id.encode() for r in results}
        lbox = self.sync(leader, group, assignment)
        assert lbox.value.error == ErrorCode.NONE
        assert all(b.value.error == ErrorCode.NONE for b in fboxes)
        return [leader, *followers]

    def settle(self, boxes: list[Box]) -> None:
        """Advance through the (possibly extended) initial rebalance delay."""
        for _ in range(REBALANCE // DELAY + 1):
            if all(b.done for b in boxes):
                return
            self.clock.advance(DELAY)

    def group(self, group_id: str = "g") -> Any:
        return self.coord.groups[group_id]
