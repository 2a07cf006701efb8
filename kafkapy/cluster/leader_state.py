"""`FollowerTracker`: what a partition leader knows of its followers (Kafka's `Replica`
state inside `Partition`). Pure: offsets and times in, decisions out.

- A follower's log end offset is the offset it fetches from (it has everything before).
- It is *caught up* at time t when it fetches at or past the leader's log end offset
  as of its previous fetch (Kafka's `lastCaughtUpTimeMs` rule): a follower that fetches
  continuously but never reaches the end is not caught up.
- High watermark = the minimum log end offset over the ISR (leader included); it only
  moves forward.
- ISR shrink: a follower in the ISR not caught up for `replica.lag.time.max.ms`.
- ISR expand: a follower out of the ISR whose log end offset reached the high watermark
  and the start of the current leader epoch (Kafka's `isFollowerInSync`).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(slots=True)
class FollowerState:
    log_end_offset: int = -1
    last_caught_up_ms: int = 0
    last_fetch_ms: int = 0
    last_fetch_leader_leo: int = -1


class FollowerTracker:
    def __init__(self, leader_id: int, followers: list[int], now_ms: int) -> None:
        self.leader_id = leader_id
        # A new leader gives every follower a full lag window (Kafka resets the
        # caught-up time on leader election).
        self.followers = {f: FollowerState(last_caught_up_ms=now_ms) for f in followers
                          if f != leader_id}

    def set_replicas(self, replicas: list[int], now_ms: int) -> None:
        for r in replicas:
            if r != self.leader_id and r not in self.followers:
                self.followers[r] = FollowerState(last_caught_up_ms=now_ms)
        for r in list(self.followers):
            if r not in replicas:
                del self.followers[r]

    def on_fetch(self, replica: int, fetch_offset: int, leader_leo: int, now_ms: int) -> bool:
        """Record a follower fetch; False when `replica` is not a follower of this leader."""
        f = self.followers.get(replica)
        if f is None:
            return False
        if fetch_offset >= leader_leo:
            f.last_caught_up_ms = now_ms
        elif fetch_offset >= f.last_fetch_leader_leo >= 0:
            f.last_caught_up_ms = max(f.last_caught_up_ms, f.last_fetch_ms)
        f.log_end_offset = fetch_offset
        f.last_fetch_ms = now_ms
        f.last_fetch_leader_leo = leader_leo
        return True

    def high_watermark(self, isr: list[int], leader_leo: int) -> int:
        hw = leader_leo
        for r in isr:
            if r == self.leader_id:
                continue
            f = self.followers.get(r)
            hw = min(hw, f.log_end_offset if f is not None else -1)
        return max(hw, 0) if hw >= 0 else 0

    def out_of_sync(self, isr: list[int], now_ms: int, lag_max_ms: int) -> list[int]:
        """ISR members to remove (never the leader)."""
        out = []
        for r in isr:
            f = self.followers.get(r)
            if r != self.leader_id and (f is None or now_ms - f.last_caught_up_ms > lag_max_ms):
                out.append(r)
        return out

    def caught_up(self, isr: list[int], high_watermark: int, epoch_start_offset: int,
                  replica: int | None = None) -> list[int]:
        """Followers outside the ISR that may join it; with `replica`, only that one (the
        follower whose fetch is being handled, as Kafka's `maybeExpandIsr`: a follower
        that stopped fetching must not be re-added on another follower's fetch, else it
        flaps in and out of the ISR once per lag check, each flap a ZooKeeper write)."""
        return [
            r for r, f in self.followers.items()
            if r not in isr and (replica is None or r == replica)
            and f.log_end_offset >= max(high_watermark, epoch_start_offset)
        ]
