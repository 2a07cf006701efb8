"""Hypothesis strategies for generated messages, driven by their ``FIELDS`` metadata."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hypothesis import strategies as st

from wire.message_base import FieldInfo

INT_RANGES: dict[str, tuple[int, int]] = {
    "int8": (-(2**7), 2**7 - 1),
    "int16": (-(2**15), 2**15 - 1),
    "uint16": (0, 2**16 - 1),
    "int32": (-(2**31), 2**31 - 1),
    "uint32": (0, 2**32 - 1),
    "int64": (-(2**63), 2**63 - 1),
}

# Tags no Kafka message uses, for "unknown tagged field" values.
UNKNOWN_TAGS = st.lists(st.integers(10_000, 10_050), max_size=2, unique=True).map(sorted)

Keep = Callable[[type, FieldInfo], bool]


def in_range(r: tuple[int, int] | None, v: int) -> bool:
    return r is not None and r[0] <= v <= r[1]


def is_flexible(cls: type, v: int) -> bool:
    fm = cls.FLEXIBLE_MIN  # type: ignore[attr-defined]
    return fm is not None and v >= fm


def _scalar(fi: FieldInfo, elem: str, v: int, flexible: bool, keep: Keep, unknown: bool) -> Any:
    if elem in INT_RANGES:
        lo, hi = INT_RANGES[elem]
        return st.integers(lo, hi)
    if elem == "bool":
        return st.booleans()
    if elem == "float64":
        return st.floats(allow_nan=False)
    if elem == "string":
        return st.text(max_size=8)
    if elem in ("bytes", "records"):
        return st.binary(max_size=12)
    if elem == "uuid":
        return st.uuids()
    assert fi.struct is not None
    return struct_strategy(fi.struct, v, flexible, keep, unknown)


def field_strategy(fi: FieldInfo, v: int, flexible: bool, keep: Keep, unknown: bool) -> Any:
    is_array = fi.type.startswith("[]")
    elem = fi.type[2:] if is_array else fi.type
    base = _scalar(fi, elem, v, flexible, keep, unknown)
    if is_array:
        base = st.lists(base, max_size=3)
    if in_range(fi.nullable_versions, v):
        base = st.none() | base
    return base


def struct_strategy(
    cls: type, v: int, flexible: bool, keep: Keep | None = None, unknown: bool = True
) -> Any:
    """Instances of ``cls`` with every field present at ``v`` drawn (others left default).

    ``keep`` filters fields (the cross-check leaves alone what the other side lacks);
    ``unknown`` adds unknown tagged fields in flexible versions.
    """
    keep_ = keep or (lambda _c, _f: True)
    kwargs: dict[str, Any] = {}
    for fi in cls.FIELDS:  # type: ignore[attr-defined]
        if in_range(fi.versions, v) and keep_(cls, fi):
            kwargs[fi.attr] = field_strategy(fi, v, flexible, keep_, unknown)
    if flexible and unknown and hasattr(cls, "unknown_tagged_fields"):
        kwargs["unknown_tagged_fields"] = UNKNOWN_TAGS.flatmap(
            lambda tags: st.tuples(*[st.tuples(st.just(t), st.binary(max_size=4)) for t in tags])
        ).map(lambda fs: list(fs) or None)
    return st.builds(cls, **kwargs)


def message_strategy(cls: type, v: int, keep: Keep | None = None, unknown: bool = True) -> Any:
    return struct_strategy(cls, v, is_flexible(cls, v), keep, unknown)
