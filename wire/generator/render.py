"""Assemble the generated package: one module per API key, ``data.py``, ``_base.py``, ``__init__``."""

from __future__ import annotations

import re
from pathlib import Path

from wire.generator.base_template import BASE
from wire.generator.emit import MessageEmitter, Module
from wire.generator.spec import Message, load_all, snake

HEADER = '''\
"""{title}

GENERATED - DO NOT EDIT. Written by ``python -m wire.generator`` from Apache Kafka 4.1.1's
message definitions ({sources}).
"""

# ruff: noqa
from __future__ import annotations

import struct
from dataclasses import dataclass, field
from typing import ClassVar
from uuid import UUID

from wire.file_region import FileRegion
from wire.messages._base import (
    OPEN,
    Decoder,
    Encoder,
    FieldInfo,
    RegionEncoder,
    Regions,
    decode_body,
    encode_body,
    encode_plain_chunks,
    encode_region_body,
    encode_region_chunks,
    write_compact_records,
    write_records,
)
from wire.primitives import (
    INT32,
    ZERO_UUID,
    DecodeError,
    EncodeError,
    check_count,
    read_array_len,
    read_bytes,
    read_compact_array_len,
    read_compact_bytes,
    read_compact_nullable_bytes,
    read_compact_nullable_bytes_view,
    read_compact_nullable_string,
    read_compact_string,
    read_nullable_bytes,
    read_nullable_bytes_view,
    read_nullable_string,
    read_string,
    read_tag_header,
    read_uuid,
    read_uvarint,
    skip_tagged_fields,
    write_bytes,
    write_compact_bytes,
    write_compact_nullable_bytes,
    write_compact_nullable_string,
    write_compact_string,
    write_nullable_bytes,
    write_nullable_string,
    write_string,
    write_tagged_fields,
    write_uuid,
    write_uvarint,
)
'''


def render_module(title: str, messages: list[Message]) -> str:
    mod = Module()
    classes: list[str] = []
    tails: list[str] = []
    for m in messages:
        cls, tail = MessageEmitter(m, mod).emit()
        classes += ["", ""] + cls
        tails += [""] + tail
    parts = [HEADER.format(title=title, sources=", ".join(m.source for m in messages))]
    parts.append("\n".join(f"{name} = struct.Struct('>{codes}')" for codes, name in sorted(mod.structs.items())))
    parts.append("\n".join(classes))
    parts.append("\n\n".join(mod.functions))
    parts.append("\n".join(tails))
    text = "\n\n".join(parts) + "\n"
    return re.sub(r"\n{4,}", "\n\n\n", text)


def api_info(req: Message) -> tuple[int, int, int | None, bool, int, tuple[str, ...]]:
    """A request's version metadata, as its generated class attributes carry it."""
    return (req.valid.lo, req.stable_max, req.flexible_min, req.latest_unstable, req.valid.hi,
            tuple(req.listeners))


def module_name(api_key: int, request_name: str) -> str:
    return f"k{api_key:02d}_{snake(request_name.removesuffix('Request'))}"


def generate(spec_dir: Path, out_dir: Path) -> list[Path]:
    """Write the package into ``out_dir``; return the files written."""
    messages = load_all(spec_dir)
    by_key: dict[int, list[Message]] = {}
    data: list[Message] = []
    for m in messages:
        if m.kind in ("request", "response") and m.api_key is not None:
            by_key.setdefault(m.api_key, []).append(m)
        elif m.kind == "data":
            data.append(m)
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []

    def write(name: str, text: str) -> None:
        p = out_dir / name
        p.write_text(text)
        written.append(p)

    write("_base.py", BASE)
    exports: list[tuple[str, list[str]]] = []
    for key in sorted(by_key):
        pair = sorted(by_key[key], key=lambda m: m.kind)  # request before response
        req = next(m for m in pair if m.kind == "request")
        mod_name = module_name(key, req.name)
        write(f"{mod_name}.py", render_module(f"API key {key}: {req.name.removesuffix('Request')}.", pair))
        exports.append((mod_name, [m.name for m in pair]))
    if data:
        write("data.py", render_module("Kafka's non-API data schemas (consumer protocol, markers).", data))
        exports.append(("data", [m.name for m in data]))
    init = [
        '"""Kafka protocol messages, one module per API key, imported on first use.',
        "",
        "GENERATED - DO NOT EDIT. Written by ``python -m wire.generator``; see docs/wire.md.",
        "",
        "``from wire.messages import ProduceRequest`` imports only ``k00_produce`` (PEP 562 module",
        "``__getattr__``): building every message class costs most of a broker's start-up.",
        "``API_VERSIONS`` holds each API's version metadata without importing its module.",
        '"""',
        "",
        "# ruff: noqa",
        "from __future__ import annotations",
        "",
        "import importlib",
        "from typing import TYPE_CHECKING, Any",
        "",
        "if TYPE_CHECKING:",
    ]
    names: list[str] = []
    for mod_name, cls_names in exports:
        init.append(f"    from wire.messages.{mod_name} import {', '.join(cls_names)}")
        names += cls_names
    init.append("")
    init.append("#: class name -> generated module that defines it")
    init.append("MODULE_OF: dict[str, str] = {")
    for mod_name, cls_names in exports:
        init += [f"    {n!r}: {mod_name!r}," for n in cls_names]
    init.append("}")
    init.append("")
    init.append("#: api_key -> (request class name, response class name, min version, max (stable)")
    init.append("#: version, first flexible version, latest version unstable, latest version,")
    init.append("#: listeners): the request class's attributes, known without importing it")
    init.append("API_VERSIONS: dict[int, tuple[str, str, int, int, int | None, bool, int, "
                "tuple[str, ...]]] = {")
    for key in sorted(by_key):
        req = next(m for m in by_key[key] if m.kind == "request")
        resp = next(m for m in by_key[key] if m.kind == "response")
        info = api_info(req)
        init.append(f"    {key}: ({req.name!r}, {resp.name!r}, {', '.join(map(repr, info[:5]))}, "
                    f"{info[5]!r}),")
    init.append("}")
    init.append("")
    init.append("")
    init.append("def __getattr__(name: str) -> Any:")
    init.append("    module = MODULE_OF.get(name)")
    init.append("    if module is None:")
    init.append("        raise AttributeError(f\"module {__name__!r} has no attribute {name!r}\")")
    init.append("    value = getattr(importlib.import_module(f\"{__name__}.{module}\"), name)")
    init.append("    globals()[name] = value  # later look-ups skip __getattr__")
    init.append("    return value")
    init.append("")
    init.append("")
    init.append("def __dir__() -> list[str]:")
    init.append("    return sorted(set(globals()) | set(MODULE_OF))")
    init.append("")
    init.append("")
    init.append("__all__ = [")
    init += [f"    {n!r}," for n in names]
    init.append("]")
    write("__init__.py", "\n".join(init) + "\n")
    return written
