"""Python source for one message: dataclasses plus straight-line per-version codecs.

For every struct and every version the emitter writes one decode and one encode function in
which each field is a fixed statement: consecutive fixed-width fields (and the int32 length of a
following array or ``records`` field in non-flexible versions) are one precompiled
``struct.Struct`` call. Nothing interprets the schema at run time. Identical per-version
bodies are emitted once and shared.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from wire.generator.spec import FIXED_SIZES, FIXED_TYPES, OPEN, Field, Message, Struct


def _int_default(raw: object) -> int:
    if raw is None:
        return 0
    s = str(raw).strip()
    neg = s.startswith("-")
    body = s[1:] if neg else s
    if body.lower().startswith("0x"):
        v = int(body, 16)
    elif len(body) > 1 and body.startswith("0"):
        v = int(body, 8)
    else:
        v = int(body)
    return -v if neg else v


@dataclass
class Module:
    """Accumulates module-level helpers (Struct formats, functions) while emitting."""

    structs: dict[str, str] = field(default_factory=dict)  # format -> name
    functions: list[str] = field(default_factory=list)
    bodies: dict[str, str] = field(default_factory=dict)  # body text -> function name

    def fmt(self, codes: str) -> str:
        name = self.structs.get(codes)
        if name is None:
            name = f"_S_{codes.replace('?', 'o')}"
            self.structs[codes] = name
        return name

    def function(self, base: str, signature: str, body: list[str]) -> str:
        text = "\n".join(body)
        key = signature + "\n" + text
        existing = self.bodies.get(key)
        if existing is not None:
            return existing
        name = base
        self.bodies[key] = name
        self.functions.append(f"def {name}{signature}\n{text}\n")
        return name


def uvarint_inline(n: str, b: str, p: str, ind: str) -> list[str]:
    """Read an unsigned varint into ``n``: the one-byte case inline, the rest by call."""
    return [
        f"{ind}{n} = {b}[{p}]",
        f"{ind}if {n} < 0x80:",
        f"{ind}    {p} += 1",
        f"{ind}else:",
        f"{ind}    {n}, {p} = read_uvarint({b}, {p})",
    ]


class MessageEmitter:
    def __init__(self, msg: Message, mod: Module) -> None:
        self.msg = msg
        self.mod = mod
        self.has_tags = msg.flexible_min is not None
        self._records: dict[str, bool] = {}
        self._in_tag = False  # decoding a tagged value: its variable is already declared

    # -- names ---------------------------------------------------------------------------

    def cls_path(self, st: Struct) -> str:
        return ".".join((self.msg.name,) + st.path)

    def alias(self, st: Struct) -> str:
        return f"_C_{self.msg.name}" + "".join("_" + p for p in st.path)

    def has_records(self, st: Struct) -> bool:
        key = st.name
        if key not in self._records:
            self._records[key] = False
            self._records[key] = any(
                f.elem == "records" or (f.struct is not None and self.has_records(f.struct))
                for f in st.fields
            )
        return self._records[key]

    # -- types and defaults ---------------------------------------------------------------

    def py_type(self, f: Field) -> str:
        nullable = f.ever_nullable(self.msg.valid) or f.default == "null"
        elem = f.elem
        if elem == "records":
            return "bytes | memoryview | FileRegion | None"
        if elem in FIXED_TYPES:
            base = {"bool": "bool", "float64": "float"}.get(elem, "int")
        elif elem == "string":
            base = "str"
        elif elem == "bytes":
            base = "bytes | memoryview"
        elif elem == "uuid":
            base = "UUID"
        else:
            assert f.struct is not None
            base = self.cls_path(f.struct)
        if f.is_array:
            base = f"list[{base}]"
        return f"{base} | None" if nullable else base

    def default_value(self, f: Field) -> str:
        """An expression for the field's default (fresh objects for lists and structs)."""
        elem = f.elem
        if f.default == "null" or (elem == "records"):
            return "None"
        if f.is_array:
            return "[]"
        if elem in FIXED_TYPES:
            if elem == "bool":
                return "True" if str(f.default).lower() == "true" else "False"
            if elem == "float64":
                return repr(float(str(f.default))) if f.default is not None else "0.0"
            return repr(_int_default(f.default))
        if elem == "string":
            return repr(str(f.default)) if f.default is not None else "''"
        if elem == "bytes":
            return "b''"
        if elem == "uuid":
            return "ZERO_UUID"
        assert f.struct is not None
        return f"{self.alias(f.struct)}()"

    def default_cmp(self, f: Field, expr: str) -> str:
        """A condition that is true when ``expr`` differs from the field's default."""
        elem = f.elem
        d = self.default_value(f)
        if d == "None":
            return f"{expr} is not None"
        if f.is_array or elem == "bytes":
            return f"bool({expr})"
        if f.struct is not None:
            # Field by field rather than dataclass __eq__: this runs per partition.
            parts = [self.default_cmp(sf, f"{expr}.{sf.attr}") for sf in f.struct.fields]
            if self.has_tags:
                parts.append(f"{expr}.unknown_tagged_fields")
            return "(" + " or ".join(f"({c})" for c in parts) + ")"
        return f"{expr} != {d}"

    def dataclass_default(self, f: Field) -> str:
        d = self.default_value(f)
        if d == "[]":
            return "field(default_factory=list)"
        if d.endswith("()"):
            return f"field(default_factory=lambda: {d})"
        return d

    # -- decode ---------------------------------------------------------------------------

    def flex(self, f: Field, v: int) -> bool:
        return self.msg.is_flexible(v) and (f.flexible is None or v in f.flexible)

    def dec_value(self, f: Field, v: int, b: str, p: str, t: str, ind: str) -> list[str]:
        """Statements that read one value of ``f`` at version ``v`` into ``t``."""
        elem, flex, null = f.elem, self.flex(f, v), f.is_nullable(v)
        out: list[str] = []
        if f.is_array:
            n = f"n_{t}"
            if flex:
                out += uvarint_inline(n, b, p, ind)
                out.append(f"{ind}{n} -= 1")
            else:
                out.append(f"{ind}{n}, {p} = read_array_len({b}, {p})")
            out += self.dec_array_body(f, v, b, p, t, n, ind)
            return out
        if elem in FIXED_TYPES:
            code = FIXED_TYPES[elem]
            out.append(f"{ind}({t},) = {self.mod.fmt(code)}.unpack_from({b}, {p})")
            out.append(f"{ind}{p} += {FIXED_SIZES[code]}")
            return out
        if elem in ("string", "bytes"):
            fn = "read_" + ("compact_" if flex else "") + ("nullable_" if null else "") + elem
            return [f"{ind}{t}, {p} = {fn}({b}, {p})"]
        if elem == "records" and flex:
            n = f"n_{t}"
            out += uvarint_inline(n, b, p, ind)
            out.append(f"{ind}{t}: bytes | memoryview | FileRegion | None")
            out.append(f"{ind}if {n} == 0:")
            if null:
                out.append(f"{ind}    {t} = None")
            else:
                out.append(f"{ind}    raise DecodeError('non-nullable records field {f.name} is null')")
            out.append(f"{ind}else:")
            out.append(f"{ind}    end = {p} + {n} - 1")
            out.append(f"{ind}    if end > len({b}):")
            out.append(f"{ind}        raise DecodeError(f'records of {{{n} - 1}} bytes exceed the buffer')")
            out.append(f"{ind}    {t} = {b}[{p}:end]")
            out.append(f"{ind}    {p} = end")
            return out
        if elem == "records":
            out.append(f"{ind}{t}, {p} = read_nullable_bytes_view({b}, {p})")
            if not null:
                out.append(f"{ind}if {t} is None:")
                out.append(f"{ind}    raise DecodeError('non-nullable records field {f.name} is null')")
            return out
        if elem == "uuid":
            return [f"{ind}{t}, {p} = read_uuid({b}, {p})"]
        assert f.struct is not None
        fn = self.decoder(f.struct, v)
        if null:
            out.append(f"{ind}if {b}[{p}] >= 0x80:")
            out.append(f"{ind}    {t} = None")
            out.append(f"{ind}    {p} += 1")
            out.append(f"{ind}else:")
            out.append(f"{ind}    {t}, {p} = {fn}({b}, {p} + 1)")
            return out
        return [f"{ind}{t}, {p} = {fn}({b}, {p})"]

    def dec_array_body(
        self, f: Field, v: int, b: str, p: str, t: str, n: str, ind: str
    ) -> list[str]:
        out = [] if self._in_tag else [f"{ind}{t}: {self.py_type(f)}"]
        out.append(f"{ind}if {n} < 0:")
        if f.is_nullable(v):
            out.append(f"{ind}    if {n} != -1:")
            out.append(f"{ind}        raise DecodeError(f'negative array length {{{n}}}')")
            out.append(f"{ind}    {t} = None")
        else:
            out.append(f"{ind}    raise DecodeError(f'non-nullable array {f.name} has length {{{n}}}')")
        out.append(f"{ind}else:")
        i2 = ind + "    "
        elem = f.elem
        if elem in FIXED_TYPES:
            code = FIXED_TYPES[elem]
            out.append(f"{i2}check_count({n}, {b}, {p})")
            out.append(f"{i2}{t} = list(struct.unpack_from('>%d{code}' % {n}, {b}, {p}))")
            out.append(f"{i2}{p} += {n} * {FIXED_SIZES[code]}")
            return out
        out.append(f"{i2}if {n} > len({b}) - {p}:")
        out.append(f"{i2}    raise DecodeError(f'array length {{{n}}} exceeds the buffer')")
        out.append(f"{i2}{t} = []")
        out.append(f"{i2}for _ in range({n}):")
        sub = Field(**{**f.__dict__, "type": elem, "nullable": None})
        out += self.dec_value(sub, v, b, p, f"e_{t}", i2 + "    ")
        out.append(f"{i2}    {t}.append(e_{t})")
        return out

    def decoder(self, st: Struct, v: int) -> str:
        """The name of the decode function of ``st`` at ``v`` (emitted on first use)."""
        flexible = self.msg.is_flexible(v)
        body: list[str] = []
        ind = "    "
        present = [f for f in st.fields if f.present(v) and not f.is_tagged(v)]
        tagged = sorted(
            (f for f in st.fields if f.present(v) and f.is_tagged(v)), key=lambda f: f.tag or 0
        )
        names = {f.attr: f"f{i}" for i, f in enumerate(st.fields)}
        run: list[tuple[str, str]] = []

        def flush() -> None:
            if not run:
                return
            codes = "".join(c for c, _ in run)
            targets = ", ".join(t for _, t in run)
            body.append(f"{ind}({targets},) = {self.mod.fmt(codes)}.unpack_from(B, P)")
            body.append(f"{ind}P += {sum(FIXED_SIZES[c] for c in codes)}")
            run.clear()

        for f in present:
            t = names[f.attr]
            if f.elem in FIXED_TYPES and not f.is_array:
                run.append((FIXED_TYPES[f.elem], t))
            elif f.is_array and not self.flex(f, v):
                run.append(("i", f"n_{t}"))
                flush()
                body += self.dec_array_body(f, v, "B", "P", t, f"n_{t}", ind)
            elif f.elem == "records" and not self.flex(f, v):
                run.append(("i", f"n_{t}"))
                flush()
                body += self._dec_records_inline(f, v, t, ind)
            else:
                flush()
                body += self.dec_value(f, v, "B", "P", t, ind)
        flush()
        if flexible:
            body += self._dec_tagged(tagged, v, names, ind)
        args = []
        for f in st.fields:
            if f.present(v):
                args.append(names[f.attr])
            else:
                args.append(self.default_value(f))
        if self.has_tags:
            args.append("tf" if flexible else "None")
        body.append(f"{ind}return {self.alias(st)}({', '.join(args)}), P")
        sig = f"(B: memoryview, P: int) -> tuple[{self.cls_path(st)}, int]:"
        return self.mod.function(f"_d{self.alias(st)[2:]}_v{v}", sig, body)

    def _dec_records_inline(self, f: Field, v: int, t: str, ind: str) -> list[str]:
        n = f"n_{t}"
        out = [f"{ind}{t}: bytes | memoryview | FileRegion | None"]
        out.append(f"{ind}if {n} < 0:")
        if f.is_nullable(v):
            out.append(f"{ind}    if {n} != -1:")
            out.append(f"{ind}        raise DecodeError(f'negative records length {{{n}}}')")
            out.append(f"{ind}    {t} = None")
        else:
            out.append(f"{ind}    raise DecodeError(f'non-nullable records {f.name} has length {{{n}}}')")
        out.append(f"{ind}else:")
        out.append(f"{ind}    end = P + {n}")
        out.append(f"{ind}    if end > len(B):")
        out.append(f"{ind}        raise DecodeError(f'records of {{{n}}} bytes exceed the buffer')")
        out.append(f"{ind}    {t} = B[P:end]")
        out.append(f"{ind}    P = end")
        return out

    def _dec_tagged(self, tagged: list[Field], v: int, names: dict[str, str], ind: str) -> list[str]:
        if not tagged:
            # Almost always an empty section: one zero byte.
            return [
                f"{ind}tf: list[tuple[int, bytes]] | None",
                f"{ind}if B[P]:",
                f"{ind}    tf, P = skip_tagged_fields(B, P)",
                f"{ind}else:",
                f"{ind}    tf = None",
                f"{ind}    P += 1",
            ]
        out = [f"{ind}tf: list[tuple[int, bytes]] | None = None"]
        for f in tagged:
            out.append(f"{ind}{names[f.attr]}: {self.py_type(f)} = {self.default_value(f)}")
        out += uvarint_inline("nt", "B", "P", ind)
        out.append(f"{ind}if nt:")
        i2 = ind + "    "
        out.append(f"{i2}check_count(nt, B, P, 'tagged field count')")
        out.append(f"{i2}for _ in range(nt):")
        i3 = i2 + "    "
        out.append(f"{i3}tag, end, P = read_tag_header(B, P)")
        kw = "if"
        for f in tagged:
            out.append(f"{i3}{kw} tag == {f.tag}:")
            i4 = i3 + "    "
            out.append(f"{i4}sb = B[:end]")
            out.append(f"{i4}p2 = P")
            self._in_tag = True
            out += self.dec_value(f, v, "sb", "p2", names[f.attr], i4)
            self._in_tag = False
            out.append(f"{i4}if p2 != end:")
            out.append(f"{i4}    raise DecodeError('tagged field {f.name} has the wrong size')")
            kw = "elif"
        out.append(f"{i3}else:")
        out.append(f"{i3}    if tf is None:")
        out.append(f"{i3}        tf = []")
        out.append(f"{i3}    tf.append((tag, bytes(B[P:end])))")
        out.append(f"{i3}P = end")
        return out

    # -- encode ---------------------------------------------------------------------------

    def enc_value(self, f: Field, v: int, val: str, o: str, ind: str, tmp: str) -> list[str]:
        """Statements that write ``val`` (a simple expression) as field ``f`` at ``v``."""
        elem, flex, null = f.elem, self.flex(f, v), f.is_nullable(v)
        rg = ", rg" if self._needs_rg(f) else ""
        out: list[str] = []
        if f.is_array:
            out.append(f"{ind}{tmp} = {val}")
            if null:
                out.append(f"{ind}if {tmp} is None:")
                out.append(f"{ind}    {o}.append(0)" if flex else f"{ind}    {o} += b'\\xff\\xff\\xff\\xff'")
                out.append(f"{ind}else:")
                i2 = ind + "    "
            else:
                out.append(f"{ind}if {tmp} is None:")
                out.append(f"{ind}    raise EncodeError('non-nullable array {f.name} is None')")
                i2 = ind
            if flex:
                out.append(f"{i2}write_uvarint({o}, len({tmp}) + 1)")
            else:
                out.append(f"{i2}{o} += INT32.pack(len({tmp}))")
            out += self.enc_array_elems(f, v, tmp, o, i2)
            return out
        if elem in FIXED_TYPES:
            return [f"{ind}{o} += {self.mod.fmt(FIXED_TYPES[elem])}.pack({val})"]
        if elem in ("string", "bytes"):
            fn = "write_" + ("compact_" if flex else "") + ("nullable_" if null else "") + elem
            return [f"{ind}{fn}({o}, {val})"]
        if elem == "records":
            fn = "write_compact_records" if flex else "write_records"
            return [f"{ind}{fn}({o}, {val}, rg, {null})"]
        if elem == "uuid":
            return [f"{ind}write_uuid({o}, {val})"]
        assert f.struct is not None
        fn = self.encoder(f.struct, v)
        out.append(f"{ind}{tmp} = {val}")
        out.append(f"{ind}if {tmp} is None:")
        if null:
            out.append(f"{ind}    {o}.append(0xFF)")
            out.append(f"{ind}else:")
            out.append(f"{ind}    {o}.append(1)")
            out.append(f"{ind}    {fn}({tmp}, {o}{rg})")
        else:
            out.append(f"{ind}    raise EncodeError('non-nullable struct {f.name} is None')")
            out.append(f"{ind}{fn}({tmp}, {o}{rg})")
        return out

    def enc_array_elems(self, f: Field, v: int, tmp: str, o: str, ind: str) -> list[str]:
        elem = f.elem
        if elem in FIXED_TYPES:
            code = FIXED_TYPES[elem]
            return [f"{ind}{o} += struct.pack('>%d{code}' % len({tmp}), *{tmp})"]
        e = f"e_{tmp}"
        out = [f"{ind}for {e} in {tmp}:"]
        if f.struct is not None:
            rg = ", rg" if self._needs_rg(f) else ""
            out.append(f"{ind}    {self.encoder(f.struct, v)}({e}, {o}{rg})")
            return out
        sub = Field(**{**f.__dict__, "type": elem, "nullable": None})
        out += self.enc_value(sub, v, e, o, ind + "    ", tmp + "x")
        return out

    def _needs_rg(self, f: Field) -> bool:
        return f.elem == "records" or (f.struct is not None and self.has_records(f.struct))

    def encoder(self, st: Struct, v: int) -> str:
        flexible = self.msg.is_flexible(v)
        rgp = self.has_records(st)
        body: list[str] = []
        ind = "    "
        for f in st.fields:
            if not f.present(v) and not f.ignorable:
                body.append(f"{ind}if {self.default_cmp(f, 'o.' + f.attr)}:")
                body.append(
                    f"{ind}    raise EncodeError('{self.msg.name}.{f.name} "
                    f"is not supported in version {v}')"
                )
        present = [f for f in st.fields if f.present(v) and not f.is_tagged(v)]
        tagged = sorted(
            (f for f in st.fields if f.present(v) and f.is_tagged(v)), key=lambda f: f.tag or 0
        )
        run: list[str] = []
        codes: list[str] = []

        def flush() -> None:
            if run:
                body.append(f"{ind}O += {self.mod.fmt(''.join(codes))}.pack({', '.join(run)})")
                run.clear()
                codes.clear()

        for i, f in enumerate(present):
            if f.elem in FIXED_TYPES and not f.is_array:
                run.append(f"o.{f.attr}")
                codes.append(FIXED_TYPES[f.elem])
            elif f.is_array and not self.flex(f, v) and not f.is_nullable(v):
                t = f"a{i}"
                body.append(f"{ind}{t} = o.{f.attr}")
                body.append(f"{ind}if {t} is None:")
                body.append(f"{ind}    raise EncodeError('non-nullable array {f.name} is None')")
                run.append(f"len({t})")
                codes.append("i")
                flush()
                body += self.enc_array_elems(f, v, t, "O", ind)
            else:
                flush()
                body += self.enc_value(f, v, f"o.{f.attr}", "O", ind, f"a{i}")
        flush()
        if flexible:
            if tagged:
                body.append(f"{ind}tg: list[tuple[int, bytes | bytearray | memoryview]] | None = None")
                for i, f in enumerate(tagged):
                    t = f"t{i}"
                    body.append(f"{ind}{t} = o.{f.attr}")
                    if f.struct is not None and not f.is_array:
                        cond = f"{t} is not None and {self.default_cmp(f, t)}"
                    else:
                        cond = self.default_cmp(f, t)
                    body.append(f"{ind}if {cond}:")
                    body.append(f"{ind}    tb = bytearray()")
                    body += self.enc_value(f, v, t, "tb", ind + "    ", f"{t}v")
                    body.append(f"{ind}    if tg is None:")
                    body.append(f"{ind}        tg = []")
                    body.append(f"{ind}    tg.append(({f.tag}, tb))")
                body.append(f"{ind}if tg is not None or o.unknown_tagged_fields:")
                body.append(f"{ind}    write_tagged_fields(O, tg, o.unknown_tagged_fields)")
            else:
                body.append(f"{ind}if o.unknown_tagged_fields:")
                body.append(f"{ind}    write_tagged_fields(O, None, o.unknown_tagged_fields)")
            body.append(f"{ind}else:")
            body.append(f"{ind}    O.append(0)")
        if not body:
            body.append(f"{ind}pass")
        rg = ", rg: Regions | None" if rgp else ""
        sig = f"(o: {self.cls_path(st)}, O: bytearray{rg}) -> None:"
        return self.mod.function(f"_e{self.alias(st)[2:]}_v{v}", sig, body)

    # -- classes --------------------------------------------------------------------------

    def class_lines(self, st: Struct, ind: str) -> list[str]:
        out = [f"{ind}@dataclass(slots=True)", f"{ind}class {st.path[-1] if st.path else self.msg.name}:"]
        i2 = ind + "    "
        if not st.path:
            out += self.root_header(i2)
        out.append(f"{i2}FIELDS: ClassVar[tuple[FieldInfo, ...]]")
        out.append("")
        for ch in st.children:
            out += self.class_lines(ch, i2)
            out.append("")
        if not st.path:
            for s in self.msg.structs.values():
                if len(s.path) > 1 and s.name not in {c.name for c in st.children}:
                    out.append(f"{i2}{s.name} = {'.'.join(s.path)}")
        for f in st.fields:
            about = f.about.replace("\n", " ").strip()
            if about:
                out.append(f"{i2}#: {about}")
            out.append(f"{i2}{f.attr}: {self.py_type(f)} = {self.dataclass_default(f)}")
        if self.has_tags:
            out.append(f"{i2}#: Tagged fields this codec does not know, kept as raw ``(tag, bytes)``.")
            out.append(f"{i2}unknown_tagged_fields: list[tuple[int, bytes]] | None = None")
        if not st.path:
            out += self.methods(i2)
        return out

    def root_header(self, ind: str) -> list[str]:
        """The message class's docstring and its version metadata attributes."""
        m = self.msg
        if m.is_record:
            what, about = f"record type {m.api_key}, ", "the schema's"
        elif m.api_key is not None:
            what, about = f"API key {m.api_key}, ", "Kafka's"
        else:
            what, about = "", "Kafka's"
        out = [
            f'{ind}"""{m.name} ({what}versions {m.valid.lo}-{m.valid.hi}).',
            "",
            f"{ind}Generated from {m.source}; field docs are {about} ``about`` texts.",
            f'{ind}"""',
            "",
            f"{ind}API_KEY: ClassVar[int] = {-1 if m.api_key is None or m.is_record else m.api_key}",
        ]
        if m.is_record:
            whose = "this key starts with" if m.kind == "coordinator-key" else "its key starts with"
            out.append(f"{ind}#: Kafka's CoordinatorRecordType: the int16 {whose}.")
            out.append(f"{ind}RECORD_TYPE: ClassVar[int] = {m.api_key}")
        out += [
            f"{ind}MIN_VERSION: ClassVar[int] = {m.valid.lo}",
            f"{ind}MAX_VERSION: ClassVar[int] = {m.stable_max}",
            f"{ind}LATEST_VERSION: ClassVar[int] = {m.valid.hi}",
            f"{ind}LATEST_VERSION_UNSTABLE: ClassVar[bool] = {m.latest_unstable}",
            f"{ind}FLEXIBLE_MIN: ClassVar[int | None] = {m.flexible_min}",
            f"{ind}#: Who serves this request in Kafka (empty for responses).",
            f"{ind}LISTENERS: ClassVar[tuple[str, ...]] = {m.listeners!r}",
        ]
        return out

    def methods(self, ind: str) -> list[str]:
        n = self.msg.name
        rg = self.has_records(self.msg.root)
        return [
            "",
            f"{ind}@classmethod",
            f"{ind}def decode(",
            f"{ind}    cls, data: bytes | bytearray | memoryview, version: int, strict: bool = False",
            f"{ind}) -> {n}:",
            f'{ind}    """Decode the message body (the header already consumed).',
            "",
            f"{ind}    Raises only :class:`DecodeError`. ``records`` fields are views of ``data``.",
            f"{ind}    Bytes after the last field are ignored, as Kafka does, unless ``strict``.",
            f'{ind}    """',
            f"{ind}    return decode_body(_DEC_{n}, data, version, {n!r}, strict)",
            "",
            f"{ind}def encode(self, version: int) -> bytes:",
            f'{ind}    """The message body at ``version``; raises :class:`EncodeError` on bad values."""',
            f"{ind}    return {'encode_region_body' if rg else 'encode_body'}(_ENC_{n}, self, version, {n!r})",
            "",
            f"{ind}def encode_chunks(self, version: int) -> list[bytes | FileRegion]:",
            f'{ind}    """Like :meth:`encode`, with every ``FileRegion`` records value as its own chunk."""',
            f"{ind}    return {'encode_region_chunks' if rg else 'encode_plain_chunks'}(_ENC_{n}, self, version, {n!r})",
        ]

    def field_infos(self, st: Struct) -> list[str]:
        out = [f"{self.cls_path(st)}.FIELDS = ("]
        for f in st.fields:
            def vt(x: object) -> str:
                if x is None:
                    return "None"
                lo, hi = x.lo, x.hi  # type: ignore[attr-defined]
                return f"({lo}, {hi if hi != OPEN else 'OPEN'})"

            struct_ref = self.alias(f.struct) if f.struct is not None else "None"
            out.append(
                f"    FieldInfo({f.name!r}, {f.attr!r}, {f.type!r}, {vt(f.versions)}, "
                f"{vt(f.nullable)}, {vt(f.tagged)}, {f.tag!r}, {f.ignorable}, "
                f"{f.entity_type!r}, {vt(f.flexible)}, {struct_ref}),"
            )
        out.append(")")
        for ch in st.children:
            out += self.field_infos(ch)
        return out

    def all_structs(self, st: Struct) -> list[Struct]:
        res = [st]
        for ch in st.children:
            res += self.all_structs(ch)
        return res

    def emit(self) -> tuple[list[str], list[str]]:
        """(class source lines, tail lines: aliases, defaults, codec tables, FIELDS)."""
        cls = self.class_lines(self.msg.root, "")
        tail: list[str] = []
        structs = self.all_structs(self.msg.root)
        for st in structs:
            tail.append(f"{self.alias(st)} = {self.cls_path(st)}")
        for st in structs:
            if st.path:
                tail.append(f"_DEF{self.alias(st)} = {self.alias(st)}()")
        n = self.msg.name
        decs = {v: self.decoder(self.msg.root, v) for v in self.msg.all_versions}
        encs = {v: self.encoder(self.msg.root, v) for v in self.msg.all_versions}
        rg = self.has_records(self.msg.root)
        tail.append(f"_DEC_{n}: dict[int, Decoder[{n}]] = {{")
        tail += [f"    {v}: {fn}," for v, fn in decs.items()]
        tail.append("}")
        etype = f"RegionEncoder[{n}]" if rg else f"Encoder[{n}]"
        tail.append(f"_ENC_{n}: dict[int, {etype}] = {{")
        tail += [f"    {v}: {fn}," for v, fn in encs.items()]
        tail.append("}")
        tail += self.field_infos(self.msg.root)
        return cls, tail
