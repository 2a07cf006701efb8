"""The `__consumer_offsets` codec against an independent implementation of Kafka's schema
language: kafka-python 3's JSON-driven `ApiData` codec, which shares no code with ours, reading
the same schema files (wire/generator/internal_topics/). Every key and every value version,
hypothesis values, both directions, byte for byte.

kafka-python's `ApiData` frames a value exactly as `__consumer_offsets` does (an int16 version,
then the fields), so values compare whole; a key's int16 is a record type, not a version, so
keys compare after it. The hand-checked goldens in test_records.py pin the layouts themselves.
"""

from __future__ import annotations

import warnings
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kafkapy.group import records as rec
from tests.wire.strategies import message_strategy

with warnings.catch_warnings():
    warnings.simplefilter("ignore", DeprecationWarning)
    from kafka.protocol.api_data import ApiData

SCHEMAS = "wire.generator.internal_topics"
RECORDS = (rec.OffsetCommitKey, rec.OffsetCommitValue, rec.GroupMetadataKey, rec.GroupMetadataValue)
SETTINGS = settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))


def _as_data(_cls: Any, json: dict[str, Any]) -> dict[str, Any]:
    return {**json, "type": "data"}  # ApiData accepts "data" only; the layout is the same


def kafka_python_class(name: str) -> Any:
    ns = {"json_patch": classmethod(_as_data)}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # its importlib.resources calls
        return type(name, (ApiData,), ns, load_json=SCHEMAS)


THEIRS = {cls.__name__: kafka_python_class(cls.__name__) for cls in RECORDS}


def to_theirs(obj: Any, kcls: Any, version: int) -> Any:
    """Our value as a kafka-python object, built from its fields (not from our bytes)."""
    kwargs: dict[str, Any] = {}
    for fi in type(obj).FIELDS:
        if not fi.versions[0] <= version <= fi.versions[1]:
            continue
        value = getattr(obj, fi.attr)
        if fi.struct is not None:
            sub = getattr(kcls, fi.struct.__name__)
            value = [to_theirs(x, sub, version) for x in value]
        elif isinstance(value, memoryview):
            value = bytes(value)
        kwargs[fi.attr] = value
    return kcls(**kwargs, version=version)


def assert_same(ours: Any, theirs: Any, version: int, path: str) -> None:
    for fi in type(ours).FIELDS:
        if not fi.versions[0] <= version <= fi.versions[1]:
            continue
        a, b = getattr(ours, fi.attr), getattr(theirs, fi.attr)
        where = f"{path}.{fi.attr}"
        if fi.struct is not None:
            assert len(a) == len(b), where
            for i, (x, y) in enumerate(zip(a, b, strict=True)):
                assert_same(x, y, version, f"{where}[{i}]")
        else:
            assert (bytes(a) if isinstance(a, memoryview) else a) == b, where


def ours_bytes(obj: Any, version: int) -> bytes:
    if isinstance(obj, rec.OffsetCommitValue):
        return rec.encode_offset_value(obj, version)
    if isinstance(obj, rec.GroupMetadataValue):
        return rec.encode_group_value(obj, version)
    return rec.encode_key(obj)


PAIRS = [(cls.__name__, v) for cls in RECORDS for v in range(cls.MIN_VERSION, cls.LATEST_VERSION + 1)]


@pytest.mark.parametrize(("name", "version"), PAIRS)
@SETTINGS
@given(data=st.data())
def test_both_codecs_write_the_same_bytes(name: str, version: int, data: Any) -> None:
    cls, kcls = getattr(rec, name), THEIRS[name]
    obj = data.draw(message_strategy(cls, version, unknown=False))
    ours = ours_bytes(obj, version)
    keyed = name.endswith("Key")
    theirs = to_theirs(obj, kcls, version).encode(header=not keyed)
    assert (ours[2:] if keyed else ours) == theirs
    # ours -> kafka-python
    decoded = kcls.decode(theirs, version=version, header=False) if keyed else kcls.decode(ours)
    assert_same(obj, decoded, version, name)
    # kafka-python -> ours, through the functions the coordinator calls
    if keyed:
        assert rec.decode_key(ours[:2] + theirs) == obj
    elif name == "OffsetCommitValue":
        assert rec.decode_offset_value(theirs) == obj
    else:
        back = rec.decode_group_value(theirs)
        if version == 0:  # Kafka's v0 reading: no rebalance timeout, the session timeout
            for member in obj.members:
                member.rebalance_timeout = member.session_timeout
        assert back == obj
