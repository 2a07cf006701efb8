"""kafka-python 3's protocol classes, as the independent side of the cross-check.

kafka-python ships two implementations that share no code with ours: the JSON-driven
``ApiMessage`` classes (``kafka.protocol.<area>``) and the older hand-written ``Struct``
classes (``kafka.protocol.old``). This module finds them and converts values for comparison.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import uuid
import warnings
from typing import Any

with warnings.catch_warnings():
    warnings.simplefilter("ignore", DeprecationWarning)
    import kafka.protocol as kp
    import kafka.protocol.old as kp_old
    from kafka.protocol.api_message import ApiMessage
    from kafka.protocol.old.struct import Struct as OldStruct

from wire.message_base import FieldInfo


def json_classes() -> dict[str, Any]:
    """Name -> kafka-python JSON-driven message class (``ProduceRequest`` ...)."""
    found: dict[str, Any] = {}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        for m in pkgutil.walk_packages(kp.__path__, "kafka.protocol."):
            if m.name.startswith("kafka.protocol.old"):
                continue
            mod = importlib.import_module(m.name)
            for c in vars(mod).values():
                if (
                    inspect.isclass(c)
                    and issubclass(c, ApiMessage)
                    and c is not ApiMessage
                    and getattr(c, "_json", None) is not None
                    and c.__name__ == c.name
                ):
                    found[c.name] = c
    return found


def old_classes() -> dict[tuple[int, int, str], Any]:
    """(api_key, version, "request"|"response") -> kafka-python ``Struct`` class."""
    found: dict[tuple[int, int, str], Any] = {}
    for m in pkgutil.iter_modules(kp_old.__path__, "kafka.protocol.old."):
        mod = importlib.import_module(m.name)
        for name, c in vars(mod).items():
            if (
                inspect.isclass(c)
                and issubclass(c, OldStruct)
                and isinstance(getattr(c, "API_KEY", None), int)
                and isinstance(getattr(c, "API_VERSION", None), int)
                and "_v" in name
            ):
                kind = "request" if "Request" in name else "response"
                found[(c.API_KEY, c.API_VERSION, kind)] = c
    return found


def in_range(r: tuple[int, int] | None, v: int) -> bool:
    return r is not None and r[0] <= v <= r[1]


def bitfield_to_int(vals: Any) -> int:
    if vals is None:
        vals = {31}
    n = 0
    for b in vals:
        n |= 1 << b
    return n - (1 << 32) if n >= 1 << 31 else n


def norm_scalar(value: Any, their: Any) -> tuple[Any, Any]:
    """Bring one of our values and one of theirs to a comparable form."""
    if isinstance(value, (memoryview, bytearray)):
        value = bytes(value)
    if isinstance(their, (memoryview, bytearray)):
        their = bytes(their)
    if isinstance(value, uuid.UUID) or isinstance(their, uuid.UUID) or (
        isinstance(their, str) and isinstance(value, uuid.UUID)
    ):
        value = None if value is None or value.int == 0 else value
        if isinstance(their, str):
            their = uuid.UUID(their)
        their = None if their is None or their.int == 0 else their
    if isinstance(value, int) and not isinstance(value, bool) and (
        their is None or isinstance(their, set)
    ):
        their = bitfield_to_int(their)
    return value, their


def elem_type(fi: FieldInfo) -> str:
    return fi.type.removeprefix("[]")
