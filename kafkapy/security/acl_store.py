"""Where ACLs live durably, and the CreateAcls / DeleteAcls planning over them.

:class:`AclStore` is the extension point the metadata store implements (a local file in
single-node mode, ZooKeeper's ``/kafka-acl`` tree in cluster mode, see
:mod:`kafkapy.security.acl_zk`). Changes are announced per resource pattern as the pattern's
complete new ACL set (:class:`AclChange`), which is what a ZooKeeper change notification
lets a broker re-read; the authorizer applies them with
:meth:`StandardAuthorizer.replace_resource`, so every broker converges whoever wrote.

:func:`plan_create` and :func:`plan_delete` are Kafka's ``AclControlManager`` rules as pure
functions: validation errors per entry, duplicates ignored, a filter deleting what matches.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol

from kafkapy.security.acl import (
    AccessControlEntry,
    AclBinding,
    AclBindingFilter,
    AclError,
    ResourcePattern,
    validate_filter,
    validate_new_acl,
)

__all__ = [
    "AclChange",
    "AclStore",
    "DeleteResult",
    "InMemoryAclStore",
    "group_by_pattern",
    "plan_create",
    "plan_delete",
]


@dataclass(frozen=True, slots=True)
class AclChange:
    """One resource pattern's complete ACL set after a change (empty: all removed)."""

    pattern: ResourcePattern
    entries: frozenset[AccessControlEntry]


AclListener = Callable[[AclChange], None]


class AclStore(Protocol):
    """Durable ACLs. ``add``/``remove`` return once the change is durable; they may block
    (disk, ZooKeeper) so callers run them off the event loop. Listeners are called for every
    change, including other brokers' in cluster mode, on the thread the store documents."""

    def load(self) -> list[AclBinding]: ...

    def add(self, bindings: Sequence[AclBinding]) -> None: ...

    def remove(self, bindings: Sequence[AclBinding]) -> None: ...

    def subscribe(self, listener: AclListener) -> None: ...


def group_by_pattern(
    bindings: Iterable[AclBinding],
) -> dict[ResourcePattern, set[AccessControlEntry]]:
    grouped: dict[ResourcePattern, set[AccessControlEntry]] = defaultdict(set)
    for b in bindings:
        grouped[b.pattern].add(b.entry)
    return grouped


class InMemoryAclStore:
    """A reference :class:`AclStore` (tests, and the shape a file-backed store takes)."""

    def __init__(self, bindings: Iterable[AclBinding] = ()) -> None:
        self._acls = group_by_pattern(bindings)
        self._listeners: list[AclListener] = []

    def load(self) -> list[AclBinding]:
        return [AclBinding(p, e) for p, entries in self._acls.items() for e in entries]

    def add(self, bindings: Sequence[AclBinding]) -> None:
        self._change(bindings, add=True)

    def remove(self, bindings: Sequence[AclBinding]) -> None:
        self._change(bindings, add=False)

    def subscribe(self, listener: AclListener) -> None:
        self._listeners.append(listener)

    def _change(self, bindings: Sequence[AclBinding], add: bool) -> None:
        for pattern, entries in group_by_pattern(bindings).items():
            current = self._acls.setdefault(pattern, set())
            if add:
                current |= entries
            else:
                current -= entries
            if not current:
                del self._acls[pattern]
            change = AclChange(pattern, frozenset(current))
            for listener in self._listeners:
                listener(change)


def plan_create(
    bindings: Sequence[AclBinding], existing: Iterable[AclBinding]
) -> tuple[list[AclError | None], list[AclBinding]]:
    """Per-binding result (None = success) and the new bindings to store, in order.

    An ACL that already exists, or appears twice in the request, succeeds without being
    stored again (``AclControlManager.createAcls``).
    """
    seen = set(existing)
    results: list[AclError | None] = []
    to_add: list[AclBinding] = []
    for binding in bindings:
        error = validate_new_acl(binding)
        results.append(error)
        if error is None and binding not in seen:
            seen.add(binding)
            to_add.append(binding)
    return results, to_add


@dataclass(frozen=True, slots=True)
class DeleteResult:
    """One DeleteAcls filter's outcome: an error, or the bindings it matched."""

    error: AclError | None
    matched: tuple[AclBinding, ...] = ()


def plan_delete(
    filters: Sequence[AclBindingFilter], existing: Iterable[AclBinding]
) -> tuple[list[DeleteResult], list[AclBinding]]:
    """Per-filter results and every binding to remove (each once, even if two filters match)."""
    current = list(existing)
    results: list[DeleteResult] = []
    to_remove: dict[AclBinding, None] = {}
    for binding_filter in filters:
        error = validate_filter(binding_filter)
        if error is not None:
            results.append(DeleteResult(error))
            continue
        matched = tuple(b for b in current if binding_filter.matches(b))
        to_remove.update(dict.fromkeys(matched))
        results.append(DeleteResult(None, matched))
    return results, list(to_remove)
