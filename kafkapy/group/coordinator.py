"""The classic-protocol group coordinator for ONE `__consumer_offsets` partition.

Kafka's `GroupCoordinator`/`GroupMetadataManager` (classic protocol, KIP-345 static
membership, KIP-394 MEMBER_ID_REQUIRED, KIP-134 initial rebalance delay, KIP-211 offset
retention), reduced to a synchronous state machine: every call runs to completion on the
broker's event loop, answers go out through callbacks, timeouts come from an injected
`Scheduler`. A broker holds one instance per `__consumer_offsets` partition it leads
(`GroupCoordinatorManager`), so a coordinator moves with partition leadership: `load()`
replays the partition, `unload()` answers everything pending with NOT_COORDINATOR.

Membership (join/sync/heartbeat/leave) lives here; offsets, deletion, description and
replay in `OffsetsMixin` (offsets.py).
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Sequence

from kafkapy.group.clock import Scheduler, TimerHandle
from kafkapy.group.config import GroupConfig
from kafkapy.group.group import ClassicGroup
from kafkapy.group.log import CoordinatorLog, append_error
from kafkapy.group.member import Member
from kafkapy.group.offsets import OffsetsMixin
from kafkapy.group.results import JoinMember, JoinResult, SyncResult
from kafkapy.group.state import GroupState
from wire.errors import ErrorCode

log = logging.getLogger("kafkapy.group")

UNKNOWN_MEMBER_ID = ""
Protocols = list[tuple[str, bytes]]
JoinCallback = Callable[[JoinResult], None]
SyncCallback = Callable[[SyncResult], None]

E, P, C, S, D = (
    GroupState.EMPTY,
    GroupState.PREPARING_REBALANCE,
    GroupState.COMPLETING_REBALANCE,
    GroupState.STABLE,
    GroupState.DEAD,
)


class GroupCoordinator(OffsetsMixin):
    def __init__(
        self,
        partition: int,
        config: GroupConfig,
        scheduler: Scheduler,
        coordinator_log: CoordinatorLog,
    ) -> None:
        self.partition = partition
        self.config = config
        self.scheduler = scheduler
        self.log = coordinator_log
        self.groups: dict[str, ClassicGroup] = {}
        self.loaded = False
        # Group-level timers: the join (rebalance) deadline and the sync deadline.
        self._join_timers: dict[str, TimerHandle] = {}
        self._sync_timers: dict[str, TimerHandle] = {}
        self._initial_delay: set[str] = set()
        self._retention_timer: TimerHandle | None = None

    # ================================================================ JoinGroup

    def join_group(
        self,
        group_id: str,
        member_id: str,
        group_instance_id: str | None,
        require_known_member_id: bool,
        client_id: str,
        client_host: str,
        rebalance_timeout_ms: int,
        session_timeout_ms: int,
        protocol_type: str,
        protocols: Protocols,
        respond: JoinCallback,
        reason: str | None = None,
    ) -> None:
        """Answer via `respond`, now (errors, MEMBER_ID_REQUIRED, a rejoin that changes
        nothing) or when the rebalance completes."""

        def fail(error: ErrorCode) -> None:
            respond(JoinResult(error, member_id=member_id))

        if reason:  # KIP-800 (JoinGroup v8+)
            log.debug("member %r joins group %s: %s", member_id, group_id, reason)

        if not group_id:
            return fail(ErrorCode.INVALID_GROUP_ID)
        if not (
            self.config.group_min_session_timeout_ms
            <= session_timeout_ms
            <= self.config.group_max_session_timeout_ms
        ):
            return fail(ErrorCode.INVALID_SESSION_TIMEOUT)
        if rebalance_timeout_ms < 0:  # JoinGroup v0 has none: Kafka uses the session timeout
            rebalance_timeout_ms = session_timeout_ms
        group = self.groups.get(group_id)
        if group is None:
            if member_id != UNKNOWN_MEMBER_ID:
                return fail(ErrorCode.UNKNOWN_MEMBER_ID)
            if not protocol_type or not protocols:  # never create a group for a bad join
                return fail(ErrorCode.INCONSISTENT_GROUP_PROTOCOL)
            group = self.groups[group_id] = ClassicGroup(group_id, self.scheduler.now_ms())
        if group.is_in(D):
            return fail(ErrorCode.COORDINATOR_NOT_AVAILABLE)
        if not group.supports_protocols(protocol_type, protocols):
            return fail(ErrorCode.INCONSISTENT_GROUP_PROTOCOL)
        new = member_id == UNKNOWN_MEMBER_ID
        if new and len(group.members) + len(group.pending_members) >= self.config.group_max_size:
            return fail(ErrorCode.GROUP_MAX_SIZE_REACHED)
        args = (client_id, client_host, rebalance_timeout_ms, session_timeout_ms)
        if new:
            self._join_unknown_member(
                group, group_instance_id, require_known_member_id, args, protocol_type,
                protocols, respond,
            )
        else:
            self._join_known_member(
                group, member_id, group_instance_id, args, protocol_type, protocols, respond
            )

    def _join_unknown_member(
        self,
        group: ClassicGroup,
        instance_id: str | None,
        require_known_member_id: bool,
        args: tuple[str, str, int, int],
        protocol_type: str,
        protocols: Protocols,
        respond: JoinCallback,
    ) -> None:
        client_id, _, _, session_timeout_ms = args
        new_id = f"{instance_id if instance_id is not None else client_id}-{uuid.uuid4()}"
        if instance_id is not None:
            old_id = group.static_member_id(instance_id)
            if old_id is not None:
                return self._replace_static_member(
                    group, instance_id, old_id, new_id, args, protocols, respond
                )
        elif require_known_member_id:
            # KIP-394: hand out the id first, count the member only when it comes back.
            group.pending_members.add(new_id)
            self.scheduler.call_later(
                session_timeout_ms, lambda: self._expire_pending_member(group, new_id)
            )
            respond(JoinResult(ErrorCode.MEMBER_ID_REQUIRED, member_id=new_id))
            return
        self._add_member_and_rebalance(
            group, new_id, instance_id, args, protocol_type, protocols, respond
        )

    def _join_known_member(
        self,
        group: ClassicGroup,
        member_id: str,
        instance_id: str | None,
        args: tuple[str, str, int, int],
        protocol_type: str,
        protocols: Protocols,
        respond: JoinCallback,
    ) -> None:
        if member_id in group.pending_members:
            self._add_member_and_rebalance(
                group, member_id, instance_id, args, protocol_type, protocols, respond
            )
            return
        static_id = group.static_member_id(instance_id)
        if static_id is not None and static_id != member_id:
            respond(JoinResult(ErrorCode.FENCED_INSTANCE_ID, member_id=member_id))
            return
        member = group.members.get(member_id)
        if member is None or group.is_in(E, D):
            respond(JoinResult(ErrorCode.UNKNOWN_MEMBER_ID, member_id=member_id))
            return
        if group.is_in(P):
            self._update_member_and_rebalance(group, member, args, protocols, respond)
        elif group.is_in(C):
            if member.matches(protocols):
                # A retried JoinGroup: answer with the generation it already joined.
                respond(self._join_result(group, member))
            else:
                self._update_member_and_rebalance(group, member, args, protocols, respond)
        else:  # Stable
            if group.is_leader(member_id) or not member.matches(protocols):
                self._update_member_and_rebalance(group, member, args, protocols, respond)
            else:
                # A follower that rejoins with nothing new (e.g. a cooperative consumer after
                # its revocation round when its metadata did not change): no rebalance storm.
                self._heartbeat_ok(group, member)
                respond(self._join_result(group, member))

    def _add_member_and_rebalance(
        self,
        group: ClassicGroup,
        member_id: str,
        instance_id: str | None,
        args: tuple[str, str, int, int],
        protocol_type: str,
        protocols: Protocols,
        respond: JoinCallback,
    ) -> None:
        client_id, client_host, rebalance_timeout_ms, session_timeout_ms = args
        member = Member(
            member_id, instance_id, client_id, client_host, rebalance_timeout_ms,
            session_timeout_ms, protocol_type, list(protocols), await_join=respond, is_new=True,
        )
        if group.is_in(P) and group.group_id in self._initial_delay:
            group.new_member_added = True
        group.add(member)
        self._heartbeat_ok(group, member)
        if group.is_in(E, S, C):
            self._prepare_rebalance(group, f"member {member_id} joined")
        else:
            self._maybe_complete_join(group)

    def _update_member_and_rebalance(
        self,
        group: ClassicGroup,
        member: Member,
        args: tuple[str, str, int, int],
        protocols: Protocols,
        respond: JoinCallback,
    ) -> None:
        _, _, member.rebalance_timeout_ms, member.session_timeout_ms = args
        member.protocols = list(protocols)
        if member.await_join is not None:
            # A duplicate JoinGroup: the older request must still get an answer, or the
            # connection's in-order response queue would stall behind it.
            member.await_join(JoinResult(ErrorCode.REBALANCE_IN_PROGRESS, member_id=member.member_id))
        member.await_join = respond
        self._heartbeat_ok(group, member)
        if group.is_in(P):
            self._maybe_complete_join(group)
        else:
            self._prepare_rebalance(group, f"member {member.member_id} rejoined")

    def _replace_static_member(
        self,
        group: ClassicGroup,
        instance_id: str,
        old_id: str,
        new_id: str,
        args: tuple[str, str, int, int],
        protocols: Protocols,
        respond: JoinCallback,
    ) -> None:
        """KIP-345: a static member back within its session timeout takes its old place.
        Requests still pending under the old member id are fenced."""
        old = group.members[old_id]
        if old.await_join is not None:
            old.await_join(JoinResult(ErrorCode.FENCED_INSTANCE_ID, member_id=old_id))
            old.await_join = None
        if old.await_sync is not None:
            old.await_sync(SyncResult(ErrorCode.FENCED_INSTANCE_ID))
            old.await_sync = None
        member = group.replace_static_member(instance_id, old_id, new_id)
        member.client_id, member.client_host, member.rebalance_timeout_ms, member.session_timeout_ms = args
        member.protocols = list(protocols)
        self._heartbeat_ok(group, member)
        if group.is_in(S) and group.protocol_name == group.select_protocol():

            def stored(error: ErrorCode) -> None:
                if error != ErrorCode.NONE:
                    respond(JoinResult(append_error(error), member_id=new_id))
                    return
                respond(self._join_result(group, member, skip_assignment=True))

            log.info("static member %s of %s rejoined as %s without rebalance",
                     instance_id, group.group_id, new_id)
            self._store_group(group, stored)
            return
        member.await_join = respond
        if group.is_in(S, C):
            self._prepare_rebalance(group, f"static member {instance_id} rejoined")
        else:  # PreparingRebalance
            self._maybe_complete_join(group)

    def _join_result(
        self, group: ClassicGroup, member: Member, skip_assignment: bool = False
    ) -> JoinResult:
        leader = group.is_leader(member.member_id)
        members: tuple[JoinMember, ...] = ()
        if leader:
            members = tuple(JoinMember(*m) for m in group.current_member_metadata())
        return JoinResult(
            ErrorCode.NONE,
            member_id=member.member_id,
            generation_id=group.generation_id,
            protocol_type=group.protocol_type,
            protocol_name=group.protocol_name,
            leader=group.leader_id or "",
            members=members,
            skip_assignment=skip_assignment and leader,
        )

    # ================================================================ rebalance

    def _prepare_rebalance(self, group: ClassicGroup, reason: str) -> None:
        if group.is_in(C):
            self._propagate_assignment_error(group, ErrorCode.REBALANCE_IN_PROGRESS)
        self._cancel(self._sync_timers, group.group_id)
        self._cancel(self._join_timers, group.group_id)
        gid = group.group_id
        if group.is_in(E):
            # KIP-134: wait for more members before the first generation.
            delay = self.config.group_initial_rebalance_delay_ms
            remaining = max(group.max_rebalance_timeout_ms() - delay, 0)
            group.new_member_added = False
            self._initial_delay.add(gid)
            self._join_timers[gid] = self.scheduler.call_later(
                delay, lambda: self._initial_delay_expired(group, delay, remaining)
            )
        else:
            self._join_timers[gid] = self.scheduler.call_later(
                group.max_rebalance_timeout_ms(), lambda: self._complete_join(group)
            )
        group.transition_to(P, self.scheduler.now_ms())
        log.info("preparing to rebalance group %s (generation %d): %s",
                 gid, group.generation_id, reason)
        if gid not in self._initial_delay:
            self._maybe_complete_join(group)

    def _initial_delay_expired(self, group: ClassicGroup, delay: int, remaining: int) -> None:
        gid = group.group_id
        if self.groups.get(gid) is not group or not group.is_in(P):
            return
        if group.new_member_added and remaining > 0:
            group.new_member_added = False
            next_delay = min(delay, remaining)
            self._join_timers[gid] = self.scheduler.call_later(
                next_delay,
                lambda: self._initial_delay_expired(group, delay, max(remaining - next_delay, 0)),
            )
            return
        self._initial_delay.discard(gid)
        self._complete_join(group)

    def _maybe_complete_join(self, group: ClassicGroup) -> None:
        if (
            group.is_in(P)
            and group.group_id not in self._initial_delay
            and group.has_all_members_joined()
        ):
            self._complete_join(group)

    def _complete_join(self, group: ClassicGroup) -> None:
        """Kafka's onCompleteJoin: drop dynamic members that did not rejoin, start the
        next generation, answer every waiting JoinGroup."""
        gid = group.group_id
        if self.groups.get(gid) is not group or not group.is_in(P):
            return
        self._cancel(self._join_timers, gid)
        self._initial_delay.discard(gid)
        for member in group.not_yet_rejoined():
            if not member.is_static:
                self._remove_member(group, member, ErrorCode.UNKNOWN_MEMBER_ID)
        if group.members and not self._elect_joined_leader(group):
            # Only static members that have not rejoined remain: wait for them (or for
            # their session timeouts) another rebalance timeout.
            self._join_timers[gid] = self.scheduler.call_later(
                group.max_rebalance_timeout_ms(), lambda: self._complete_join(group)
            )
            return
        now = self.scheduler.now_ms()
        group.init_next_generation(now)
        if group.is_in(E):
            log.info("group %s is empty at generation %d", gid, group.generation_id)
            self._store_group(group, lambda error: None)
            return
        log.info("group %s: generation %d, protocol %s, %d members, leader %s",
                 gid, group.generation_id, group.protocol_name, len(group.members),
                 group.leader_id)
        for member in list(group.members.values()):
            if member.await_join is not None:
                respond, member.await_join = member.await_join, None
                self._heartbeat_ok(group, member)
                respond(self._join_result(group, member))
        generation = group.generation_id
        self._sync_timers[gid] = self.scheduler.call_later(
            group.max_rebalance_timeout_ms(), lambda: self._sync_expired(group, generation)
        )

    def _elect_joined_leader(self, group: ClassicGroup) -> bool:
        leader = group.members.get(group.leader_id or "")
        if leader is not None and leader.await_join is not None:
            return True
        for member in group.members.values():
            if member.await_join is not None:
                group.leader_id = member.member_id
                return True
        return False

    def _sync_expired(self, group: ClassicGroup, generation: int) -> None:
        """KAFKA-13113: members that never sent SyncGroup for this generation are gone."""
        gid = group.group_id
        self._sync_timers.pop(gid, None)
        if self.groups.get(gid) is not group or group.generation_id != generation:
            return
        if not group.is_in(C, S) or not group.pending_sync:
            return
        for member_id in list(group.pending_sync):
            member = group.members.get(member_id)
            if member is not None:
                log.info("member %s of %s did not sync in time", member_id, gid)
                self._remove_member(group, member, ErrorCode.UNKNOWN_MEMBER_ID)
        self._prepare_rebalance(group, "members failed to sync")

    def _propagate_assignment_error(self, group: ClassicGroup, error: ErrorCode) -> None:
        for member in group.members.values():
            if member.await_sync is not None:
                respond, member.await_sync = member.await_sync, None
                respond(SyncResult(error))

    # ================================================================ SyncGroup

    def sync_group(
        self,
        group_id: str,
        generation_id: int,
        member_id: str,
        group_instance_id: str | None,
        protocol_type: str | None,
        protocol_name: str | None,
        assignments: dict[str, bytes],
        respond: SyncCallback,
    ) -> None:
        group = self.groups.get(group_id)
        if not group_id:
            return respond(SyncResult(ErrorCode.INVALID_GROUP_ID))
        if group is None or group.is_in(D):
            return respond(SyncResult(
                ErrorCode.UNKNOWN_MEMBER_ID if group is None else ErrorCode.COORDINATOR_NOT_AVAILABLE
            ))
        error = self._validate_member(group, member_id, group_instance_id, generation_id)
        if error != ErrorCode.NONE:
            return respond(SyncResult(error))
        if (protocol_type and protocol_type != group.protocol_type) or (
            protocol_name and protocol_name != group.protocol_name
        ):
            return respond(SyncResult(ErrorCode.INCONSISTENT_GROUP_PROTOCOL))
        member = group.members[member_id]
        if group.is_in(E):
            return respond(SyncResult(ErrorCode.UNKNOWN_MEMBER_ID))
        if group.is_in(P):
            return respond(SyncResult(ErrorCode.REBALANCE_IN_PROGRESS))
        group.pending_sync.discard(member_id)
        self._heartbeat_ok(group, member)
        if group.is_in(S):
            return respond(self._sync_result(group, member))
        # CompletingRebalance
        if member.await_sync is not None:
            member.await_sync(SyncResult(ErrorCode.REBALANCE_IN_PROGRESS))
        member.await_sync = respond
        if not group.is_leader(member_id):
            return
        generation = group.generation_id

        def stored(error: ErrorCode) -> None:
            # The group may have moved on while the record was being written.
            if self.groups.get(group_id) is not group or not group.is_in(C):
                return
            if group.generation_id != generation:
                return
            if error != ErrorCode.NONE:
                self._propagate_assignment_error(group, append_error(error))
                self._prepare_rebalance(group, f"storing the assignment failed: {error.name}")
                return
            for m in group.members.values():
                m.assignment = assignments.get(m.member_id, b"")
            group.transition_to(S, self.scheduler.now_ms())
            for m in group.members.values():
                if m.await_sync is not None:
                    cb, m.await_sync = m.await_sync, None
                    cb(self._sync_result(group, m))
            log.info("group %s stable at generation %d", group_id, generation)

        self._store_group(group, stored, assignments)

    @staticmethod
    def _sync_result(group: ClassicGroup, member: Member) -> SyncResult:
        return SyncResult(ErrorCode.NONE, group.protocol_type, group.protocol_name, member.assignment)

    def _validate_member(
        self, group: ClassicGroup, member_id: str, instance_id: str | None, generation_id: int
    ) -> ErrorCode:
        static_id = group.static_member_id(instance_id)
        if static_id is not None and static_id != member_id:
            return ErrorCode.FENCED_INSTANCE_ID
        if member_id not in group.members:
            return ErrorCode.UNKNOWN_MEMBER_ID
        if generation_id != group.generation_id:
            return ErrorCode.ILLEGAL_GENERATION
        return ErrorCode.NONE

    # ================================================================ Heartbeat

    def heartbeat(
        self, group_id: str, generation_id: int, member_id: str, group_instance_id: str | None
    ) -> ErrorCode:
        if not group_id:
            return ErrorCode.INVALID_GROUP_ID
        group = self.groups.get(group_id)
        if group is None:
            return ErrorCode.UNKNOWN_MEMBER_ID
        if group.is_in(D):
            return ErrorCode.COORDINATOR_NOT_AVAILABLE
        if group.is_in(E):
            return ErrorCode.UNKNOWN_MEMBER_ID
        error = self._validate_member(group, member_id, group_instance_id, generation_id)
        if error != ErrorCode.NONE:
            return error
        self._heartbeat_ok(group, group.members[member_id])
        if group.is_in(P):
            return ErrorCode.REBALANCE_IN_PROGRESS
        return ErrorCode.NONE

    def _heartbeat_ok(self, group: ClassicGroup, member: Member) -> None:
        """Kafka's completeAndScheduleNextHeartbeatExpiration: one timer per member,
        pushed forward lazily (a heartbeat only stamps the time)."""
        member.last_heartbeat_ms = self.scheduler.now_ms()
        if member.session_timer is None:
            member.session_timer = self.scheduler.call_later(
                member.session_timeout_ms, lambda: self._session_check(group, member)
            )

    def _session_check(self, group: ClassicGroup, member: Member) -> None:
        member.session_timer = None
        if self.groups.get(group.group_id) is not group:
            return
        if group.members.get(member.member_id) is not member:
            return
        now = self.scheduler.now_ms()
        deadline = member.last_heartbeat_ms + member.session_timeout_ms
        # A member parked in JoinGroup/SyncGroup is alive; the rebalance and sync
        # timeouts bound those waits.
        alive = member.await_join is not None or member.await_sync is not None
        if alive or now < deadline:
            delay = member.session_timeout_ms if alive else deadline - now
            member.session_timer = self.scheduler.call_later(
                delay, lambda: self._session_check(group, member)
            )
            return
        log.info("member %s of group %s: session timeout (%d ms) expired",
                 member.member_id, group.group_id, member.session_timeout_ms)
        self._remove_member_and_rebalance(group, member, "session timeout")

    def _expire_pending_member(self, group: ClassicGroup, member_id: str) -> None:
        if member_id in group.pending_members:
            group.pending_members.discard(member_id)
            self._maybe_complete_join(group)

    # ================================================================ LeaveGroup

    def leave_group(
        self, group_id: str, leaving: Sequence[tuple[str, str | None]]
    ) -> tuple[ErrorCode, list[ErrorCode]]:
        """`leaving` is [(member_id, group_instance_id)] (one entry before v3).
        Returns the top-level error and one error per member."""
        if not group_id:
            return ErrorCode.INVALID_GROUP_ID, []
        group = self.groups.get(group_id)
        if group is None:
            return ErrorCode.NONE, [ErrorCode.UNKNOWN_MEMBER_ID for _ in leaving]
        if group.is_in(D):
            return ErrorCode.COORDINATOR_NOT_AVAILABLE, []
        errors = []
        for member_id, instance_id in leaving:
            errors.append(self._leave_one(group, member_id, instance_id))
        return ErrorCode.NONE, errors

    def _leave_one(self, group: ClassicGroup, member_id: str, instance_id: str | None) -> ErrorCode:
        if instance_id is not None:
            static_id = group.static_member_id(instance_id)
            if static_id is None:
                return ErrorCode.UNKNOWN_MEMBER_ID
            if member_id != UNKNOWN_MEMBER_ID and member_id != static_id:
                return ErrorCode.FENCED_INSTANCE_ID
            member_id = static_id
        elif member_id in group.pending_members:
            group.pending_members.discard(member_id)
            self._maybe_complete_join(group)
            return ErrorCode.NONE
        member = group.members.get(member_id)
        if member is None:
            return ErrorCode.UNKNOWN_MEMBER_ID
        self._remove_member_and_rebalance(group, member, "member left")
        return ErrorCode.NONE

    def _remove_member(self, group: ClassicGroup, member: Member, error: ErrorCode) -> None:
        """Remove without rebalancing; pending requests of the member get `error`."""
        if member.session_timer is not None:
            member.session_timer.cancel()  # type: ignore[attr-defined]
            member.session_timer = None
        if member.await_join is not None:
            cb, member.await_join = member.await_join, None
            cb(JoinResult(error, member_id=member.member_id))
        if member.await_sync is not None:
            cb2, member.await_sync = member.await_sync, None
            cb2(SyncResult(error))
        group.remove(member.member_id)

    def _remove_member_and_rebalance(self, group: ClassicGroup, member: Member, reason: str) -> None:
        self._remove_member(group, member, ErrorCode.UNKNOWN_MEMBER_ID)
        if group.is_in(S, C):
            self._prepare_rebalance(group, f"{reason}: {member.member_id}")
        elif group.is_in(P):
            self._maybe_complete_join(group)

    # ================================================================ helpers

    @staticmethod
    def _cancel(timers: dict[str, TimerHandle], group_id: str) -> None:
        timer = timers.pop(group_id, None)
        if timer is not None:
            timer.cancel()

