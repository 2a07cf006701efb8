"""``sasl.jaas.config`` values, parsed with Kafka's ``JaasConfig`` tokenizer rules.

Grammar: ``<LoginModule class> <flag> (<name>=<value>)* ;`` repeated, where the flag is
required/requisite/sufficient/optional (any case), values are bare words or quoted with
``"`` or ``'`` (Java ``StreamTokenizer`` escapes: ``\\n``, ``\\t``, octal, ``\\"``...), and
``//``, ``/* */`` and a lone ``/`` start comments outside quotes. A broker reads one per
listener and mechanism: ``listener.name.<listener>.<mechanism>.sasl.jaas.config``, both
names lower-cased, e.g. ``listener.name.sasl_ssl.scram-sha-256.sasl.jaas.config``.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field

__all__ = [
    "OAUTHBEARER_LOGIN_MODULE",
    "PLAIN_LOGIN_MODULE",
    "SCRAM_LOGIN_MODULE",
    "JaasEntry",
    "jaas_config_key",
    "parse_jaas_config",
    "single_entry_options",
]

PLAIN_LOGIN_MODULE = "org.apache.kafka.common.security.plain.PlainLoginModule"
SCRAM_LOGIN_MODULE = "org.apache.kafka.common.security.scram.ScramLoginModule"
OAUTHBEARER_LOGIN_MODULE = "org.apache.kafka.common.security.oauthbearer.OAuthBearerLoginModule"

_FLAGS = ("REQUIRED", "REQUISITE", "SUFFICIENT", "OPTIONAL")
_ESCAPES = {"a": "\x07", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\x0b"}


@dataclass(frozen=True, slots=True)
class JaasEntry:
    login_module: str
    control_flag: str  # upper case
    options: dict[str, str] = field(default_factory=dict)


def jaas_config_key(listener: str, mechanism: str) -> str:
    return f"listener.name.{listener.lower()}.{mechanism.lower()}.sasl.jaas.config"


# A token is ("word", text), ("quoted", text) or ("char", ";" / "=").
_Token = tuple[str, str]


def _skip_comment(text: str, i: int) -> int:
    """``text[i]`` is '/': the index after the comment it starts."""
    if text.startswith("/*", i):
        end = text.find("*/", i + 2)
        return len(text) if end < 0 else end + 2
    end = min((p for p in (text.find("\n", i), text.find("\r", i)) if p >= 0), default=len(text))
    return end


def _quoted(text: str, i: int) -> tuple[str, int]:
    """``text[i]`` is a quote: (value, index after it), as ``StreamTokenizer`` reads it."""
    quote, out, i = text[i], [], i + 1
    while i < len(text) and text[i] not in (quote, "\n", "\r"):
        ch = text[i]
        if ch == "\\" and i + 1 < len(text):
            i += 1
            ch = text[i]
            if ch in "01234567":
                digits = ch
                limit = 3 if ch <= "3" else 2
                while len(digits) < limit and i + 1 < len(text) and text[i + 1] in "01234567":
                    i += 1
                    digits += text[i]
                ch = chr(int(digits, 8))
            else:
                ch = _ESCAPES.get(ch, ch)
        out.append(ch)
        i += 1
    return "".join(out), i + 1 if i < len(text) and text[i] == quote else i


def _tokens(text: str) -> Iterator[_Token]:
    i = 0
    while i < len(text):
        ch = text[i]
        if ch <= " ":
            i += 1
        elif ch == "/":
            i = _skip_comment(text, i)
        elif ch in ";=":
            yield "char", ch
            i += 1
        elif ch in "\"'":
            value, i = _quoted(text, i)
            yield "quoted", value
        else:
            start = i
            while i < len(text) and text[i] > " " and text[i] not in ";=\"'/":
                i += 1
            yield "word", text[start:i]


def parse_jaas_config(text: str) -> list[JaasEntry]:
    """Every login module entry; ``ValueError`` with Kafka's message when malformed."""
    tokens = list(_tokens(text))
    entries: list[JaasEntry] = []
    i = 0
    while i < len(tokens):
        kind, module = tokens[i]
        if i + 1 >= len(tokens):
            raise ValueError("Login module control flag not specified in JAAS config")
        flag = tokens[i + 1][1]
        if kind == "char" or flag.upper() not in _FLAGS:
            raise ValueError(f"Invalid login module control flag '{flag}' in JAAS config")
        options: dict[str, str] = {}
        i += 2
        while i < len(tokens) and tokens[i] != ("char", ";"):
            key = tokens[i][1]
            if i + 2 >= len(tokens) or tokens[i + 1] != ("char", "=") or tokens[i + 2][0] == "char":
                raise ValueError(f"Value not specified for key '{key}' in JAAS config")
            options[key] = tokens[i + 2][1]
            i += 3
        if i >= len(tokens):
            raise ValueError("JAAS config entry not terminated by semi-colon")
        entries.append(JaasEntry(module, flag.upper(), options))
        i += 1
    if not entries:
        raise ValueError("Login module not specified in JAAS config")
    return entries


def single_entry_options(text: str, login_module: str) -> Mapping[str, str]:
    """The options of the one entry a mechanism's JAAS config must have (Kafka requires one)."""
    entries = parse_jaas_config(text)
    if len(entries) != 1:
        raise ValueError(f"Must supply exactly 1 non-null JAAS mechanism configuration "
                         f"(size was {len(entries)})")
    if entries[0].login_module != login_module:
        raise ValueError(f"expected {login_module}, got {entries[0].login_module}")
    return entries[0].options
