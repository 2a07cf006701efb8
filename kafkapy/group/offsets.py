"""Committed offsets, group deletion, description, replay and retention for one
coordinator (Kafka's `GroupMetadataManager` and `OffsetMetadataManager`, classic groups).

Every change is a record appended to the coordinator's `__consumer_offsets` partition;
the in-memory state changes and the client is answered only in the append's completion
("a commit is acknowledged only after its append").
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING

from kafkapy.group import records as rec
from kafkapy.group.group import ClassicGroup, OffsetAndMetadata
from kafkapy.group.log import append_error
from kafkapy.group.member import Member
from kafkapy.group.results import (
    CommittedOffset,
    GroupDescription,
    GroupListing,
    JoinResult,
    MemberDescription,
    SyncResult,
)
from kafkapy.group.state import GroupState
from wire.errors import ErrorCode
from wire.primitives import DecodeError

if TYPE_CHECKING:
    from kafkapy.group.clock import Scheduler, TimerHandle
    from kafkapy.group.config import GroupConfig
    from kafkapy.group.log import CoordinatorLog, Record

log = logging.getLogger("kafkapy.group")

TopicPartition = tuple[str, int]
# (offset, leader_epoch, metadata) as the client sent it
OffsetCommit = tuple[int, int, str | None]


class OffsetsMixin:
    groups: dict[str, ClassicGroup]
    config: GroupConfig
    scheduler: Scheduler
    log: CoordinatorLog
    partition: int
    loaded: bool
    _join_timers: dict[str, TimerHandle]
    _sync_timers: dict[str, TimerHandle]
    _initial_delay: set[str]
    _retention_timer: TimerHandle | None

    def _heartbeat_ok(self, group: ClassicGroup, member: Member) -> None: ...

    # ================================================================ group records

    def _group_record(
        self, group: ClassicGroup, assignments: Mapping[str, bytes] | None = None
    ) -> Record:
        members = []
        if group.protocol_name is not None:
            for m in group.members.values():
                assignment = m.assignment if assignments is None else assignments.get(
                    m.member_id, b""
                )
                members.append(rec.MemberMetadata(
                    member_id=m.member_id, group_instance_id=m.group_instance_id,
                    client_id=m.client_id, client_host=m.client_host,
                    rebalance_timeout=m.rebalance_timeout_ms, session_timeout=m.session_timeout_ms,
                    subscription=m.metadata(group.protocol_name), assignment=assignment,
                ))
        value = rec.GroupMetadataValue(
            protocol_type=group.protocol_type or "", generation=group.generation_id,
            protocol=group.protocol_name, leader=group.leader_id if group.members else None,
            current_state_timestamp=group.state_timestamp_ms, members=members,
        )
        return (
            rec.encode_key(rec.GroupMetadataKey(group.group_id)),
            rec.encode_group_value(value),
        )

    def _store_group(
        self,
        group: ClassicGroup,
        done: Callable[[ErrorCode], None],
        assignments: Mapping[str, bytes] | None = None,
    ) -> None:
        self.log.append([self._group_record(group, assignments)], done)

    # ================================================================ OffsetCommit

    def commit_offsets(
        self,
        group_id: str,
        member_id: str,
        group_instance_id: str | None,
        generation_id: int,
        offsets: Mapping[TopicPartition, OffsetCommit],
        respond: Callable[[dict[TopicPartition, ErrorCode]], None],
        expire_timestamp: int = -1,
    ) -> None:
        """Validate (Kafka's validateOffsetCommit), append, then answer per partition."""

        def all_(error: ErrorCode) -> None:
            respond({tp: error for tp in offsets})

        group = self.groups.get(group_id)
        if group is None:
            if generation_id >= 0:
                # A member of a group this coordinator does not know: make it rejoin.
                return all_(ErrorCode.ILLEGAL_GENERATION)
            group = self.groups[group_id] = ClassicGroup(group_id, self.scheduler.now_ms())
        error = self._validate_commit(group, member_id, group_instance_id, generation_id)
        if error != ErrorCode.NONE:
            return all_(error)
        now = self.scheduler.now_ms()
        results: dict[TopicPartition, ErrorCode] = {}
        accepted: dict[TopicPartition, OffsetAndMetadata] = {}
        records: list[Record] = []
        for tp, (offset, leader_epoch, metadata) in offsets.items():
            metadata = metadata or ""
            if len(metadata.encode()) > self.config.offset_metadata_max_bytes:
                results[tp] = ErrorCode.OFFSET_METADATA_TOO_LARGE
                continue
            oam = OffsetAndMetadata(offset, leader_epoch, metadata, now, expire_timestamp)
            accepted[tp] = oam
            records.append(_offset_record(group_id, tp, oam))
        if not records:
            return respond(results)

        def appended(append_error_: ErrorCode) -> None:
            if append_error_ == ErrorCode.NONE and self.groups.get(group_id) is group:
                group.offsets.update(accepted)
                outcome = ErrorCode.NONE
            else:
                outcome = append_error(append_error_, commit=True)
            for tp in accepted:
                results[tp] = outcome
            respond(results)

        self.log.append(records, appended)

    def _validate_commit(
        self, group: ClassicGroup, member_id: str, instance_id: str | None, generation_id: int
    ) -> ErrorCode:
        if group.is_in(GroupState.DEAD):
            return ErrorCode.COORDINATOR_NOT_AVAILABLE
        if generation_id < 0 and group.is_in(GroupState.EMPTY):
            return ErrorCode.NONE  # a simple consumer: Kafka only stores its offsets
        static_id = group.static_member_id(instance_id)
        if static_id is not None and static_id != member_id:
            return ErrorCode.FENCED_INSTANCE_ID
        if group.is_in(GroupState.COMPLETING_REBALANCE):
            return ErrorCode.REBALANCE_IN_PROGRESS
        member = group.members.get(member_id)
        if member is None:
            return ErrorCode.UNKNOWN_MEMBER_ID
        if generation_id != group.generation_id:
            return ErrorCode.ILLEGAL_GENERATION
        self._heartbeat_ok(group, member)
        return ErrorCode.NONE

    # ================================================================ OffsetFetch

    def fetch_offsets(
        self, group_id: str, partitions: Iterable[TopicPartition] | None
    ) -> dict[TopicPartition, CommittedOffset]:
        """`partitions` None means every partition the group has committed."""
        group = self.groups.get(group_id)
        stored = group.offsets if group is not None else {}
        if partitions is None:
            partitions = sorted(stored)
        out = {}
        for tp in partitions:
            oam = stored.get(tp)
            if oam is None:
                out[tp] = CommittedOffset(-1, -1, "")
            else:
                out[tp] = CommittedOffset(oam.offset, oam.leader_epoch, oam.metadata)
        return out

    # ================================================================ Describe / List

    def describe_group(self, group_id: str) -> GroupDescription:
        group = self.groups.get(group_id)
        if group is None:
            return GroupDescription(ErrorCode.NONE, group_id, GroupState.DEAD.value, "", "")
        stable = group.is_in(GroupState.STABLE)
        members = tuple(
            MemberDescription(
                m.member_id, m.group_instance_id, m.client_id, m.client_host,
                m.metadata(group.protocol_name) if stable and group.protocol_name else b"",
                m.assignment if stable else b"",
            )
            for m in group.members.values()
        )
        return GroupDescription(
            ErrorCode.NONE, group_id, group.state.value, group.protocol_type or "",
            (group.protocol_name or "") if stable else "", members,
        )

    def list_groups(
        self, states: set[GroupState] | None = None, types: set[str] | None = None
    ) -> list[GroupListing]:
        out = []
        for group in self.groups.values():
            if group.is_in(GroupState.DEAD):
                continue
            if states and group.state not in states:
                continue
            if types and "classic" not in types:
                continue
            out.append(GroupListing(group.group_id, group.protocol_type or "", group.state.value))
        return out

    # ================================================================ DeleteGroups

    def delete_groups(
        self, group_ids: Iterable[str], respond: Callable[[dict[str, ErrorCode]], None]
    ) -> None:
        results: dict[str, ErrorCode] = {}
        doomed: list[ClassicGroup] = []
        records: list[Record] = []
        for gid in group_ids:
            group = self.groups.get(gid)
            if group is None or group.is_in(GroupState.DEAD):
                results[gid] = ErrorCode.GROUP_ID_NOT_FOUND
            elif not group.is_in(GroupState.EMPTY):
                results[gid] = ErrorCode.NON_EMPTY_GROUP
            else:
                doomed.append(group)
                records.extend(_tombstones(group, group.offsets))
                records.append((rec.encode_key(rec.GroupMetadataKey(gid)), None))
        if not records:
            return respond(results)

        def appended(error: ErrorCode) -> None:
            for group in doomed:
                if error == ErrorCode.NONE:
                    self._drop_group(group)
                    results[group.group_id] = ErrorCode.NONE
                else:
                    results[group.group_id] = append_error(error, commit=True)
            respond(results)

        self.log.append(records, appended)

    def _drop_group(self, group: ClassicGroup) -> None:
        if self.groups.get(group.group_id) is group:
            group.transition_to(GroupState.DEAD, self.scheduler.now_ms())
            del self.groups[group.group_id]

    # ================================================================ OffsetDelete

    def delete_offsets(
        self,
        group_id: str,
        partitions: Iterable[TopicPartition],
        respond: Callable[[ErrorCode, dict[TopicPartition, ErrorCode]], None],
    ) -> None:
        """KIP-496: delete committed offsets of topics the group does not consume."""
        group = self.groups.get(group_id)
        partitions = list(partitions)
        if group is None or group.is_in(GroupState.DEAD):
            return respond(ErrorCode.GROUP_ID_NOT_FOUND, {})
        subscribed: set[str] = set()
        if not group.is_in(GroupState.EMPTY):
            topics = group.subscribed_topics()
            if topics is None:
                return respond(ErrorCode.NON_EMPTY_GROUP, {})
            subscribed = topics
        results: dict[TopicPartition, ErrorCode] = {}
        deletable: list[TopicPartition] = []
        for tp in partitions:
            if tp[0] in subscribed:
                results[tp] = ErrorCode.GROUP_SUBSCRIBED_TO_TOPIC
            else:
                results[tp] = ErrorCode.NONE
                if tp in group.offsets:
                    deletable.append(tp)
        if not deletable:
            return respond(ErrorCode.NONE, results)

        def appended(error: ErrorCode) -> None:
            if error != ErrorCode.NONE:
                return respond(append_error(error, commit=True), {})
            for tp in deletable:
                group.offsets.pop(tp, None)
            respond(ErrorCode.NONE, results)

        self.log.append(_tombstones(group, deletable), appended)

    # ================================================================ retention (KIP-211)

    def expire_offsets(self) -> None:
        """Kafka's removeExpiredOffsets (KIP-211), every `offsets.retention.check.interval.ms`:
        an Empty group's offsets expire `offsets.retention.minutes` after it became empty; a
        simple consumer's (no protocol type) that long after their commit; a Stable consumer
        group's only for topics it no longer subscribes to, that long after their commit. An
        explicit expire timestamp (OffsetCommit v2-v4) replaces the rule. An Empty group left
        with no offsets is removed."""
        now = self.scheduler.now_ms()
        records: list[Record] = []
        changes: list[tuple[ClassicGroup, list[TopicPartition], bool]] = []
        for group in list(self.groups.values()):
            expired = self._expired_offsets(group, now)
            # Kafka removes an Empty group once it has no offsets left; one that handed out
            # member ids (MEMBER_ID_REQUIRED) still waits for those members.
            drop = group.is_in(GroupState.EMPTY) and len(expired) == len(group.offsets) \
                and not group.pending_members
            if not expired and not drop:
                continue
            records.extend(_tombstones(group, expired))
            if drop:
                records.append((rec.encode_key(rec.GroupMetadataKey(group.group_id)), None))
            changes.append((group, expired, drop))
        if not records:
            return

        def appended(error: ErrorCode) -> None:
            if error != ErrorCode.NONE:
                return
            for group, expired, drop in changes:
                for tp in expired:
                    group.offsets.pop(tp, None)
                if drop and group.is_in(GroupState.EMPTY) and not group.offsets:
                    self._drop_group(group)
            log.info("expired offsets of %d groups", len(changes))

        self.log.append(records, appended)

    def _expired_offsets(self, group: ClassicGroup, now: int) -> list[TopicPartition]:
        retention = self.config.offsets_retention_ms
        keep: set[str] = set()
        if group.protocol_type is None:  # offsets only
            def base(oam: OffsetAndMetadata) -> int:
                return oam.commit_timestamp
        elif group.is_in(GroupState.EMPTY):
            def base(oam: OffsetAndMetadata) -> int:
                return group.state_timestamp_ms
        elif group.is_in(GroupState.STABLE) and (topics := group.subscribed_topics()) is not None:
            keep = topics

            def base(oam: OffsetAndMetadata) -> int:
                return oam.commit_timestamp
        else:
            return []
        expired = []
        for tp, oam in group.offsets.items():
            if tp[0] in keep:
                continue
            deadline = oam.expire_timestamp if oam.expire_timestamp != -1 else base(oam) + retention
            if now >= deadline:
                expired.append(tp)
        return expired

    def _schedule_retention(self) -> None:
        def tick() -> None:
            if not self.loaded:
                return
            self.expire_offsets()
            self._schedule_retention()

        self._retention_timer = self.scheduler.call_later(
            self.config.offsets_retention_check_interval_ms, tick
        )

    # ================================================================ load / unload

    def load(self) -> None:
        """Replay the partition: the last record per key wins; then start the session
        timers of the members that were stable when the broker stopped."""
        self.replay_records(self.log.replay())
        self.finish_load()

    def replay_records(self, records: Iterable[Record]) -> None:
        """Apply records read from the partition, in offset order (a load may feed them in
        slices, yielding to the event loop in between: see `service.py`)."""
        for key_bytes, value_bytes in records:
            try:
                key = rec.decode_key(key_bytes)
                if key is None:
                    continue
                if isinstance(key, rec.OffsetCommitKey):
                    self._replay_offset(key, value_bytes)
                else:
                    self._replay_group(key, value_bytes)
            except DecodeError as exc:
                log.warning("skipping a bad __consumer_offsets-%d record: %s", self.partition, exc)

    def finish_load(self) -> None:
        """Every record applied: serve (until now requests got COORDINATOR_LOAD_IN_PROGRESS)."""
        for group in self.groups.values():
            for member in group.members.values():
                self._heartbeat_ok(group, member)
        self.loaded = True
        self._schedule_retention()
        log.info("loaded %d groups from __consumer_offsets-%d", len(self.groups), self.partition)

    def _replay_offset(self, key: rec.OffsetCommitKey, value_bytes: bytes | None) -> None:
        tp = (key.topic, key.partition)
        group = self.groups.get(key.group)
        if value_bytes is None:
            if group is not None:
                group.offsets.pop(tp, None)
            return
        value = rec.decode_offset_value(value_bytes)
        if group is None:
            group = self.groups[key.group] = ClassicGroup(key.group, value.commit_timestamp)
        group.offsets[tp] = OffsetAndMetadata(
            value.offset, value.leader_epoch, value.metadata, value.commit_timestamp,
            value.expire_timestamp,
        )

    def _replay_group(self, key: rec.GroupMetadataKey, value_bytes: bytes | None) -> None:
        if value_bytes is None:
            self.groups.pop(key.group, None)
            return
        value = rec.decode_group_value(value_bytes)
        group = self.groups.get(key.group)
        if group is None:
            group = self.groups[key.group] = ClassicGroup(key.group, value.current_state_timestamp)
        group.members.clear()
        group.static_members.clear()
        group.generation_id = value.generation
        group.protocol_type = value.protocol_type or None
        group.protocol_name = value.protocol
        group.leader_id = value.leader
        if value.current_state_timestamp != -1:
            group.state_timestamp_ms = value.current_state_timestamp
        for m in value.members:
            # Decoded bytes fields are bytes already (bytes() returns them as they are); the
            # generated type also admits the memoryview an encoder accepts.
            member = Member(
                m.member_id, m.group_instance_id, m.client_id, m.client_host,
                m.rebalance_timeout, m.session_timeout, value.protocol_type,
                [(value.protocol or "", bytes(m.subscription))], assignment=bytes(m.assignment),
            )
            group.members[m.member_id] = member
            if m.group_instance_id is not None:
                group.static_members[m.group_instance_id] = m.member_id
        # Loading sets the state directly: a replayed group is Stable (it had members
        # and an assignment) or Empty, never mid-rebalance (Kafka's loadGroup).
        group.state = GroupState.STABLE if group.members else GroupState.EMPTY

    def unload(self) -> None:
        """Leadership of the partition moved: answer everything pending with
        NOT_COORDINATOR (clients look the coordinator up again) and forget the state."""
        self.loaded = False
        if self._retention_timer is not None:
            self._retention_timer.cancel()
        for timers in (self._join_timers, self._sync_timers):
            for timer in timers.values():
                timer.cancel()
            timers.clear()
        self._initial_delay.clear()
        for group in self.groups.values():
            for member in group.members.values():
                if member.session_timer is not None:
                    member.session_timer.cancel()  # type: ignore[attr-defined]
                    member.session_timer = None
                if member.await_join is not None:
                    cb, member.await_join = member.await_join, None
                    cb(JoinResult(ErrorCode.NOT_COORDINATOR, member_id=member.member_id))
                if member.await_sync is not None:
                    cb2, member.await_sync = member.await_sync, None
                    cb2(SyncResult(ErrorCode.NOT_COORDINATOR))
            group.transition_to(GroupState.DEAD, self.scheduler.now_ms())
        self.groups.clear()


def _offset_record(group_id: str, tp: TopicPartition, oam: OffsetAndMetadata) -> Record:
    key = rec.encode_key(rec.OffsetCommitKey(group_id, tp[0], tp[1]))
    value = rec.encode_offset_value(rec.OffsetCommitValue(
        offset=oam.offset, leader_epoch=oam.leader_epoch, metadata=oam.metadata,
        commit_timestamp=oam.commit_timestamp, expire_timestamp=oam.expire_timestamp,
    ))
    return key, value


def _tombstones(group: ClassicGroup, partitions: Iterable[TopicPartition]) -> list[Record]:
    return [
        (rec.encode_key(rec.OffsetCommitKey(group.group_id, t, p)), None)
        for t, p in partitions
    ]

