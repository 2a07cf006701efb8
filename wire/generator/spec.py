"""Kafka's JSON message definitions, loaded into a small model the emitter walks.

The schema language is documented in ``kafka-protocol/message/README.md``: version ranges,
nullable, tagged and flexible versions, defaults, common structs.
"""

from __future__ import annotations

import json
import keyword
import re
from dataclasses import dataclass, field
from pathlib import Path

# Upper bound for open-ended version ranges ("3+").
OPEN = 0x7FFF

FIXED_TYPES: dict[str, str] = {
    "bool": "?",
    "int8": "b",
    "int16": "h",
    "uint16": "H",
    "int32": "i",
    "uint32": "I",
    "int64": "q",
    "float64": "d",
}
FIXED_SIZES: dict[str, int] = {"?": 1, "b": 1, "h": 2, "H": 2, "i": 4, "I": 4, "q": 8, "d": 8}
VAR_TYPES = ("string", "bytes", "uuid", "records")
PRIMITIVES = frozenset(FIXED_TYPES) | frozenset(VAR_TYPES)
# Kafka's coordinators' internal-topic records (wire/generator/internal_topics/README.md).
RECORD_KINDS = ("coordinator-key", "coordinator-value")


@dataclass(frozen=True)
class Versions:
    """An inclusive version range; ``lo > hi`` is the empty range ("none")."""

    lo: int
    hi: int

    @staticmethod
    def parse(text: str | None) -> Versions | None:
        if text is None:
            return None
        text = text.strip()
        if text == "none":
            return Versions(1, 0)
        if text.endswith("+"):
            return Versions(int(text[:-1]), OPEN)
        if "-" in text:
            lo, hi = text.split("-")
            return Versions(int(lo), int(hi))
        return Versions(int(text), int(text))

    def __contains__(self, v: object) -> bool:
        return isinstance(v, int) and self.lo <= v <= self.hi

    @property
    def empty(self) -> bool:
        return self.lo > self.hi

    def as_tuple(self) -> tuple[int, int]:
        return (self.lo, self.hi)


def snake(name: str) -> str:
    """Kafka's CamelCase field names as Python attributes (``TransactionalId`` -> ``transactional_id``)."""
    s = re.sub(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", "_", name).lower()
    return s + "_" if keyword.iskeyword(s) else s


@dataclass
class Field:
    name: str
    attr: str
    type: str  # as written in the JSON: "int32", "[]Foo", "Foo"
    versions: Versions
    nullable: Versions | None
    tagged: Versions | None
    tag: int | None
    ignorable: bool
    default: object
    flexible: Versions | None  # field-level override ("none" for the request header's ClientId)
    entity_type: str | None
    about: str
    struct: Struct | None = None  # element struct of []Foo, or the struct of Foo

    @property
    def is_array(self) -> bool:
        return self.type.startswith("[]")

    @property
    def elem(self) -> str:
        """The element type of an array, else the type itself."""
        return self.type[2:] if self.is_array else self.type

    def present(self, v: int) -> bool:
        return v in self.versions

    def is_tagged(self, v: int) -> bool:
        return self.tag is not None and self.tagged is not None and v in self.tagged

    def is_nullable(self, v: int) -> bool:
        return self.nullable is not None and v in self.nullable

    def ever_nullable(self, msg_versions: Versions) -> bool:
        return any(self.is_nullable(v) for v in range(msg_versions.lo, msg_versions.hi + 1))


@dataclass
class Struct:
    name: str
    fields: list[Field]
    path: tuple[str, ...]  # nested class path below the message class ((): the message itself)
    children: list[Struct] = field(default_factory=list)  # inline structs defined here
    common: bool = False


@dataclass
class Message:
    name: str
    api_key: int | None
    kind: str  # "request", "response", "header", "data", or one of RECORD_KINDS
    valid: Versions
    flexible: Versions
    latest_unstable: bool
    root: Struct
    structs: dict[str, Struct]  # every struct by name (inline and common)
    source: str
    listeners: tuple[str, ...] = ()  # requests: who serves it ("broker", "controller", ...)

    @property
    def is_record(self) -> bool:
        """An internal topic's record key or value: ``api_key`` is its record type."""
        return self.kind in RECORD_KINDS

    def is_flexible(self, v: int) -> bool:
        return v in self.flexible

    @property
    def all_versions(self) -> range:
        return range(self.valid.lo, self.valid.hi + 1)

    @property
    def stable_max(self) -> int:
        return self.valid.hi - 1 if self.latest_unstable else self.valid.hi

    @property
    def flexible_min(self) -> int | None:
        for v in self.all_versions:
            if v in self.flexible:
                return v
        return None


def load_json(path: Path) -> dict[str, object]:
    """Kafka's JSON with ``//`` comment lines (see SOURCE.md)."""
    lines = [ln for ln in path.read_text().splitlines() if not ln.lstrip().startswith("//")]
    data: dict[str, object] = json.loads("\n".join(lines))
    return data


def _parse_default(raw: object) -> object:
    return raw


def _field(d: dict[str, object], msg: str) -> Field:
    name = str(d["name"])
    versions = Versions.parse(str(d["versions"]))
    assert versions is not None
    tagged = Versions.parse(d.get("taggedVersions"))  # type: ignore[arg-type]
    tag = d.get("tag")
    return Field(
        name=name,
        attr=snake(name),
        type=str(d["type"]),
        versions=versions,
        nullable=Versions.parse(d.get("nullableVersions")),  # type: ignore[arg-type]
        tagged=tagged,
        tag=int(tag) if tag is not None else None,  # type: ignore[call-overload]
        ignorable=bool(d.get("ignorable", False)),
        default=_parse_default(d.get("default")),
        flexible=Versions.parse(d.get("flexibleVersions")),  # type: ignore[arg-type]
        entity_type=d.get("entityType"),  # type: ignore[arg-type]
        about=str(d.get("about", "")),
    )


def load_message(path: Path) -> Message | None:
    """Parse one definition; ``None`` for messages with ``validVersions: "none"``."""
    d = load_json(path)
    valid = Versions.parse(str(d["validVersions"]))
    assert valid is not None
    if valid.empty:
        return None
    name = str(d["name"])
    structs: dict[str, Struct] = {}

    def build(name_: str, raw_fields: list[dict[str, object]], path_: tuple[str, ...]) -> Struct:
        st = Struct(name_, [], path_)
        for rf in raw_fields:
            f = _field(rf, name)
            st.fields.append(f)
            if "fields" in rf:
                sub_name = f.elem
                if sub_name in structs:
                    raise ValueError(f"{name}: struct {sub_name} defined twice")
                sub = build(sub_name, rf["fields"], path_ + (sub_name,))  # type: ignore[arg-type]
                structs[sub_name] = sub
                st.children.append(sub)
                f.struct = sub
        return st

    common_raw = d.get("commonStructs", [])
    commons: list[Struct] = []
    for c in common_raw:  # type: ignore[attr-defined]
        cs = build(str(c["name"]), c["fields"], (str(c["name"]),))
        cs.common = True
        structs[cs.name] = cs
        commons.append(cs)
    root = build(name, d.get("fields", []), ())  # type: ignore[arg-type]
    root.children = commons + root.children

    def link(st: Struct) -> None:
        for f in st.fields:
            if f.struct is None and f.elem not in PRIMITIVES:
                if f.elem not in structs:
                    raise ValueError(f"{name}: unknown type {f.type}")
                f.struct = structs[f.elem]
        for ch in st.children:
            link(ch)

    link(root)
    flexible = Versions.parse(str(d.get("flexibleVersions", "none")))
    assert flexible is not None
    api_key = d.get("apiKey")
    return Message(
        name=name,
        api_key=int(api_key) if api_key is not None else None,  # type: ignore[call-overload]
        kind=str(d["type"]),
        valid=valid,
        flexible=flexible,
        latest_unstable=bool(d.get("latestVersionUnstable", False)),
        root=root,
        structs=structs,
        source=path.name,
        listeners=tuple(str(x) for x in d.get("listeners", [])),  # type: ignore[attr-defined]
    )


def load_all(spec_dir: Path) -> list[Message]:
    out = []
    for p in sorted(spec_dir.glob("*.json")):
        m = load_message(p)
        if m is not None:
            out.append(m)
    return out
