"""Independent cross-check against kafka-python 3's protocol classes.

For every (message, version) that both sides implement, values drawn by hypothesis are
encoded by one side and decoded by the other, in both directions, and compared field by
field. Both kafka-python implementations take part: the JSON-driven ``ApiMessage`` classes
and the hand-written ``kafka.protocol.old`` Struct classes (positional schemas).

Fields the other side does not know at a version (tagged fields added after its schema copy)
are left at their defaults; a pair whose untagged layout differs is reported, not hidden.
"""

from __future__ import annotations

import uuid
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.wire.kafka_python_side import (
    in_range,
    json_classes,
    norm_scalar,
    old_classes,
)
from tests.wire.strategies import message_strategy
from wire import messages
from wire.message_base import FieldInfo

KP_JSON = json_classes()
KP_OLD = old_classes()
SETTINGS = settings(max_examples=6, deadline=None, suppress_health_check=list(HealthCheck))


def ours_versions(cls: Any) -> range:
    return range(cls.MIN_VERSION, cls.LATEST_VERSION + 1)


# -- JSON-driven kafka-python classes ------------------------------------------------------


_PAIRING: dict[int, dict[str, Any]] = {}


def kp_field(kp_struct: Any, fi: FieldInfo) -> Any:
    """kafka-python's field for ``fi``: by JSON name, else by position among the unmatched
    (kafka-python renames a few patched fields, e.g. ``authorized_operations`` bitfields)."""
    pairing = _PAIRING.get(id(kp_struct))
    if pairing is None or fi.name not in pairing:
        theirs = list(kp_struct.fields.values())
        owner = _OWNER_OF[id(kp_struct)]
        ours = [f.name for f in owner.FIELDS]
        pairing = {f._name: f for f in theirs if f._name in ours}
        rest_ours = [n for n in ours if n not in pairing]
        rest_theirs = [f for f in theirs if f._name not in ours]
        pairing.update(zip(rest_ours, rest_theirs, strict=False))
        _PAIRING[id(kp_struct)] = pairing
    return pairing.get(fi.name)


_OWNER_OF: dict[int, Any] = {}  # id(kafka-python struct field) -> our struct class


def struct_map(cls: Any, kp_struct: Any, out: dict[Any, Any]) -> dict[Any, Any]:
    """Our struct class -> kafka-python struct field (the first, when a common struct is
    used twice). Deterministic, so hypothesis sees the same strategy on every run."""
    out.setdefault(cls, kp_struct)
    _OWNER_OF[id(kp_struct)] = cls
    for fi in cls.FIELDS:
        if fi.struct is not None:
            kf = kp_field(kp_struct, fi)
            if kf is not None and getattr(kf, "fields", None):
                struct_map(fi.struct, kf, out)
    return out


_MAPS: dict[str, dict[Any, Any]] = {}


def message_map(name: str) -> dict[Any, Any]:
    if name not in _MAPS:
        _MAPS[name] = struct_map(getattr(messages, name), KP_JSON[name]._struct, {})
    return _MAPS[name]


def json_keep(mapping: dict[Any, Any], v: int) -> Any:
    def keep(cls: Any, fi: FieldInfo) -> bool:
        kp = mapping.get(cls)
        kf = kp_field(kp, fi) if kp is not None else None
        if kf is None or not kf.for_version_q(v):
            return False
        if bool(kf.tagged_field_q(v)) != in_range(fi.tagged_versions, v):
            return False
        return not in_range(fi.nullable_versions, v) or bool(kf.nullable_for_version_q(v))

    return keep


def json_layout_matches(cls: Any, mapping: dict[Any, Any], v: int) -> bool:
    """Both sides put the same untagged fields on the wire at ``v`` (recursively)."""
    for c, kp in mapping.items():
        ours = [
            fi.name
            for fi in c.FIELDS
            if in_range(fi.versions, v) and not in_range(fi.tagged_versions, v)
        ]
        theirs = [
            fi.name
            for fi in c.FIELDS
            if (f := kp_field(kp, fi)) is not None and f.for_version_q(v) and not f.tagged_field_q(v)
        ]
        theirs_all = [f for f in kp.fields.values() if f.for_version_q(v) and not f.tagged_field_q(v)]
        if len(theirs_all) != len(theirs):
            return False
        if ours != theirs:
            return False
    return True


def compare(ours: Any, theirs: Any, cls: Any, kp: Any, v: int, keep: Any, path: str) -> None:
    for fi in cls.FIELDS:
        if not in_range(fi.versions, v) or not keep(cls, fi):
            continue
        kf = kp_field(kp, fi)
        a, b = getattr(ours, fi.attr), getattr(theirs, kf.name)
        where = f"{path}.{fi.attr}"
        is_array = fi.type.startswith("[]")
        if fi.struct is not None and not is_array:
            if b is None:
                assert a is None or a == fi.struct(), where
            else:
                compare(a, b, fi.struct, kf, v, keep, where)
        elif is_array:
            if a is None or b is None:
                assert a == b or (not a and not b), where
                continue
            assert len(a) == len(b), where
            for i, (x, y) in enumerate(zip(a, b, strict=True)):
                if fi.struct is not None:
                    compare(x, y, fi.struct, kf, v, keep, f"{where}[{i}]")
                else:
                    x2, y2 = norm_scalar(x, y)
                    assert x2 == y2, f"{where}[{i}]: {x2!r} != {y2!r}"
        else:
            a2, b2 = norm_scalar(a, b)
            assert a2 == b2, f"{where}: ours {a2!r} != kafka-python {b2!r}"


JSON_PAIRS = [
    (name, v)
    for name in messages.__all__
    if name in KP_JSON
    for v in ours_versions(getattr(messages, name))
    if v <= KP_JSON[name].max_version
]


@pytest.mark.parametrize(("name", "version"), JSON_PAIRS)
@SETTINGS
@given(data=st.data())
def test_json_classes(name: str, version: int, data: Any) -> None:
    cls, kcls = getattr(messages, name), KP_JSON[name]
    mapping = message_map(name)
    if not json_layout_matches(cls, mapping, version):
        pytest.fail(f"{name} v{version}: kafka-python's schema puts different fields on the wire")
    keep = json_keep(mapping, version)
    obj = data.draw(message_strategy(cls, version, keep=keep, unknown=False))
    if name == "ApiVersionsResponse":
        obj.error_code = 0  # kafka-python re-reads error responses as v0 (KIP-511 fallback)
    # ours -> kafka-python
    theirs = kcls.decode(obj.encode(version), version=version)
    compare(obj, theirs, cls, kcls._struct, version, keep, name)
    # kafka-python -> ours (its decoder skips __init__; give the encoder its header slots)
    for slot in ("_header", "_min_version", "_max_version"):
        if not hasattr(theirs, slot):
            setattr(theirs, slot, None)
    back = cls.decode(theirs.encode(version=version), version, strict=True)
    assert back == obj


# -- hand-written kafka.protocol.old Struct classes ----------------------------------------


def our_class(api_key: int, kind: str) -> Any:
    for name in messages.__all__:
        c = getattr(messages, name)
        if c.API_KEY == api_key and name.endswith("Request" if kind == "request" else "Response"):
            return c
    return None


def untagged(cls: Any, v: int) -> list[FieldInfo]:
    return [
        fi
        for fi in cls.FIELDS
        if in_range(fi.versions, v) and not in_range(fi.tagged_versions, v)
    ]


def our_shape(obj: Any, cls: Any, v: int) -> list[Any]:
    """The untagged wire shape: scalars, and lists of element shapes for arrays; non-array
    structs are inlined, so layouts that group fields differently still compare equal."""
    out: list[Any] = []
    for fi in untagged(cls, v):
        val = getattr(obj, fi.attr)
        if fi.type.startswith("[]"):
            if val is None:
                out.append(None)
            elif fi.struct is not None:
                out.append([our_shape(e, fi.struct, v) for e in val])
            else:
                out.append([[e] for e in val])
        elif fi.struct is not None:
            out.extend(our_shape(val, fi.struct, v))
        else:
            out.append(val)
    return out


def old_value_shape(t: Any, val: Any) -> list[Any]:
    """The leaves one kafka.protocol.old field contributes (see our_shape)."""
    inner = getattr(t, "array_of", None)
    if inner is not None:
        if val is None:
            return [None]
        return [[old_value_shape(inner, e) for e in val]]
    if hasattr(t, "names"):
        return old_shape(val, t)
    return [val]


def old_shape(values: Any, schema: Any) -> list[Any]:
    out: list[Any] = []
    for name, t, val in zip(schema.names, schema.fields, values, strict=False):
        if name != "tags":
            out.extend(old_value_shape(t, val))
    return out


def same_shape(a: list[Any], b: list[Any], path: str) -> None:
    assert len(a) == len(b), f"{path}: {len(a)} fields != {len(b)}"
    for i, (x, y) in enumerate(zip(a, b, strict=True)):
        if isinstance(x, list) and isinstance(y, list):
            assert len(x) == len(y), f"{path}[{i}]"
            for j, (xe, ye) in enumerate(zip(x, y, strict=True)):
                same_shape(xe, ye, f"{path}[{i}][{j}]")
        else:
            x2, y2 = norm_scalar(x, y)
            assert x2 == y2, f"{path}[{i}]: ours {x2!r} != kafka-python {y2!r}"


# kafka.protocol.old pairs whose layout is wrong in kafka-python itself (its JSON-driven classes,
# checked above, agree with us): DescribeAcls v2 is flexible in Kafka but old/admin.py reuses
# the v1 (non-flexible) schema.
OLD_KNOWN_BAD = {(29, 2, "request"), (29, 2, "response")}

OLD_PAIRS = sorted(
    (api_key, v, kind)
    for (api_key, v, kind) in KP_OLD
    if (c := our_class(api_key, kind)) is not None
    and v in ours_versions(c)
    and (api_key, v, kind) not in OLD_KNOWN_BAD
)


def _untagged_only(_cls: Any, fi: FieldInfo) -> bool:
    return fi.tagged_versions is None


@pytest.mark.parametrize(("api_key", "version", "kind"), OLD_PAIRS)
@SETTINGS
@given(data=st.data())
def test_old_struct_classes(api_key: int, version: int, kind: str, data: Any) -> None:
    cls, old = our_class(api_key, kind), KP_OLD[(api_key, version, kind)]
    obj = data.draw(message_strategy(cls, version, keep=_untagged_only, unknown=False))
    if api_key == 18 and kind == "response":
        obj.error_code = 0  # kafka-python re-reads error responses as v0 (KIP-511 fallback)
    # ours -> kafka-python
    theirs = old.decode(obj.encode(version))
    values = tuple(getattr(theirs, n) for n in old.SCHEMA.names)
    same_shape(our_shape(obj, cls, version), old_shape(values, old.SCHEMA), cls.__name__)
    # kafka-python -> ours
    assert cls.decode(theirs.encode(), version, strict=True) == obj


def test_coverage_report() -> None:
    """The cross-check covers a real share of the protocol (numbers for docs/wire.md)."""
    print(f"\ncross-check pairs: {len(JSON_PAIRS)} JSON-driven, {len(OLD_PAIRS)} old Struct")
    assert len(JSON_PAIRS) > 300
    assert len(OLD_PAIRS) > 50
    assert uuid  # uuid values are exercised through strategies
