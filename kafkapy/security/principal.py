"""Who a connection is: :class:`KafkaPrincipal` and the TLS principal mapping.

Kafka's ``DefaultKafkaPrincipalBuilder`` builds ``User:ANONYMOUS`` on PLAINTEXT listeners and
on TLS listeners whose client sent no certificate, ``User:<authorization id>`` after SASL, and
``User:<mapped subject>`` after mutual TLS, the subject being the certificate's distinguished
name as Java's ``X500Principal.getName()`` prints it (RFC 2253) passed through
``ssl.principal.mapping.rules`` (``SslPrincipalMapper``). :func:`rfc2253_name` reproduces Java's
printing exactly, because ACLs written by Kafka users name principals by that string.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from cryptography import x509

__all__ = [
    "ANONYMOUS",
    "USER_TYPE",
    "KafkaPrincipal",
    "NoMatchingRule",
    "SslPrincipalMapper",
    "parse_principal",
    "rfc2253_name",
    "ssl_principal",
]

USER_TYPE = "User"


@dataclass(frozen=True, slots=True)
class KafkaPrincipal:
    """``principal_type:name`` (``User:alice``); compared by both fields, as Kafka does.

    ``token_authenticated`` marks a SCRAM login with a delegation token (Kafka refuses
    CreateDelegationToken on such connections); it takes no part in equality.
    """

    principal_type: str
    name: str
    token_authenticated: bool = False

    def __str__(self) -> str:
        return f"{self.principal_type}:{self.name}"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, KafkaPrincipal):
            return NotImplemented
        return self.principal_type == other.principal_type and self.name == other.name

    def __hash__(self) -> int:
        return hash((self.principal_type, self.name))


ANONYMOUS = KafkaPrincipal(USER_TYPE, "ANONYMOUS")


def parse_principal(text: str) -> KafkaPrincipal:
    """``"User:alice"`` -> principal; split at the first colon (``SecurityUtils``).

    Raises ``ValueError`` with Kafka's message when there is no colon.
    """
    principal_type, sep, name = text.partition(":")
    if not text or not sep:
        raise ValueError(
            f"expected a string in format principalType:principalName but got {text}"
        )
    return KafkaPrincipal(principal_type, name)


# --- RFC 2253 as Java's X500Principal.getName() prints it --------------------------------

# Only these attribute types print as keywords; every other one prints as its OID with
# the value as '#' + hex of its DER encoding (so emailAddress prints as
# 1.2.840.113549.1.9.1=#16...), which is what ACLs written against Kafka contain.
_RFC2253_KEYWORDS = {
    "2.5.4.3": "CN",
    "2.5.4.6": "C",
    "2.5.4.7": "L",
    "2.5.4.8": "ST",
    "2.5.4.10": "O",
    "2.5.4.11": "OU",
    "2.5.4.9": "STREET",
    "0.9.2342.19200300.100.1.25": "DC",
    "0.9.2342.19200300.100.1.1": "UID",
}
# DER string tags Java prints as text (AVA.isDerString, non-canonical): UTF8String,
# PrintableString, T61String, IA5String, GeneralString, BMPString.
_TEXT_TAGS = frozenset({12, 19, 20, 22, 27, 30})
_ESCAPED = ',=+<>#;"\\'
_TAG_CODECS = {30: "utf-16-be", 28: "utf-32-be", 12: "utf-8"}


def _der_tlv(tag: int, content: bytes) -> bytes:
    n = len(content)
    if n < 0x80:
        return bytes((tag, n)) + content
    length = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes((tag, 0x80 | len(length))) + length + content


def _attribute_tag_and_bytes(attr: x509.NameAttribute[str | bytes]) -> tuple[int, bytes]:
    value = attr.value
    # cryptography keeps the ASN.1 string type as the tag number it was parsed with.
    tag = int(attr._type.value)
    if isinstance(value, bytes):
        return tag, value
    return tag, value.encode(_TAG_CODECS.get(tag, "latin-1"), errors="replace")


def _escape_value(value: str) -> str:
    out = []
    for ch in value:
        if ch in _ESCAPED:
            out.append("\\" + ch)
        elif ch == "\x00":
            out.append("\\00")
        else:
            out.append(ch)
    text = "".join(out)
    # Leading and trailing blanks (space or CR) are escaped one by one.
    lead = len(text) - len(text.lstrip(" \r"))
    trail = len(text) - len(text.rstrip(" \r"))
    if lead == len(text):
        return "".join("\\" + c for c in text)
    middle = text[lead : len(text) - trail]
    return "".join("\\" + c for c in text[:lead]) + middle + "".join(
        "\\" + c for c in text[len(text) - trail :]
    )


def _ava(attr: x509.NameAttribute[str | bytes]) -> str:
    oid = attr.oid.dotted_string
    keyword = _RFC2253_KEYWORDS.get(oid)
    tag, content = _attribute_tag_and_bytes(attr)
    if keyword is None or tag not in _TEXT_TAGS or isinstance(attr.value, bytes):
        return f"{keyword or oid}=#{_der_tlv(tag, content).hex()}"
    return f"{keyword}={_escape_value(str(attr.value))}"


def rfc2253_name(name: x509.Name) -> str:
    """The distinguished name as ``X500Principal.getName()`` prints it.

    Most specific RDN first (the reverse of the DER order), ``,`` between RDNs and ``+``
    inside a multi-valued RDN, Java's escaping of ``,=+<>#;"\\`` and of leading/trailing
    blanks, OIDs with ``#hex`` DER values for attribute types without an RFC 2253 keyword.
    """
    return ",".join("+".join(_ava(a) for a in rdn) for rdn in reversed(name.rdns))


# --- ssl.principal.mapping.rules (SslPrincipalMapper) -------------------------------------


class NoMatchingRule(ValueError):
    """No rule applies to a distinguished name; Kafka fails the TLS authentication."""


_RULE = r"(DEFAULT)|RULE:((?:\\.|[^\\/])*)/((?:\\.|[^\\/])*)/([LU]?).*?|(.*?)"
_RULE_SPLITTER = re.compile(r"\s*(" + _RULE + r")\s*(?:,\s*|$)")
_RULE_PARSER = re.compile(_RULE)
_BACKREF = re.compile(r"\$(\d+)|\\(.)")


def _java_replacement(replacement: str, groups: int) -> Callable[[re.Match[str]], str]:
    """A ``re.sub`` callable applying a Java ``Matcher.replaceAll`` replacement string.

    ``$n`` is group n; a ``$n`` naming a group that does not exist is shortened digit by
    digit as Kafka's ``escapeLiteralBackReferences`` does, and kept literally when no group
    remains; ``\\x`` is a literal x.
    """

    def expand(m: re.Match[str]) -> str:
        out = []
        pos = 0
        for ref in _BACKREF.finditer(replacement):
            out.append(replacement[pos : ref.start()])
            pos = ref.end()
            if ref.group(2) is not None:
                out.append(ref.group(2))
                continue
            digits = ref.group(1)
            index = int(digits)
            while index > groups and index >= 10:
                index //= 10
                digits = digits[:-1]
            if index > groups:
                out.append("$" + ref.group(1))
                continue
            out.append((m.group(index) or "") + ref.group(1)[len(digits) :])
        out.append(replacement[pos:])
        return "".join(out)

    return expand


@dataclass(frozen=True, slots=True)
class _Rule:
    pattern: re.Pattern[str] | None  # None: DEFAULT
    replacement: str = ""
    case: str = ""  # "L", "U" or ""
    text: str = ""  # the pattern as written, for __str__

    def __str__(self) -> str:
        if self.pattern is None:
            return "DEFAULT"
        return f"RULE:{self.text}/{self.replacement}" + (f"/{self.case}" if self.case else "")

    def apply(self, dn: str) -> str | None:
        if self.pattern is None:
            return dn
        if self.pattern.fullmatch(dn) is None:
            return None
        result = self.pattern.sub(_java_replacement(self.replacement, self.pattern.groups), dn)
        if self.case == "L":
            return result.lower()
        if self.case == "U":
            return result.upper()
        return result


class SslPrincipalMapper:
    """``ssl.principal.mapping.rules``: the first rule that matches names the principal.

    Rules are ``DEFAULT`` (the DN unchanged) or ``RULE:pattern/replacement/`` with an
    optional ``L`` or ``U`` to lower/upper-case the result, separated by commas; a rule
    applies only when its pattern matches the whole DN (Java's ``Matcher.matches``), and
    then every match in the DN is replaced (``replaceAll``). Raises ``ValueError`` on a
    rule that does not parse, as Kafka refuses such a config at start-up.
    """

    def __init__(self, rules: str = "DEFAULT") -> None:
        self._rules = tuple(_parse_rules(rules))

    def name(self, distinguished_name: str) -> str:
        """The principal name for ``distinguished_name``; ``NoMatchingRule`` if none applies."""
        for rule in self._rules:
            result = rule.apply(distinguished_name)
            if result is not None:
                return result
        raise NoMatchingRule(f"No rules apply to {distinguished_name}, rules {self.rules}")

    @property
    def rules(self) -> list[str]:
        """The parsed rules as Kafka's ``SslPrincipalMapper.toString`` lists them."""
        return [str(r) for r in self._rules]


def _parse_rules(text: str) -> list[_Rule]:
    rules = []
    for split in _RULE_SPLITTER.finditer(text.strip()):
        rule = split.group(1)
        m = _RULE_PARSER.match(rule)
        if m is None or m.end() != len(rule):
            unmatched = rule[m.end() :] if m else rule
            raise ValueError(f"Invalid rule: `{rule}`, unmatched substring: `{unmatched}`")
        if m.group(1) is not None:
            rules.append(_Rule(None))
        elif m.group(2) is not None:
            pattern = re.compile(_java_regex(m.group(2)))
            rules.append(_Rule(pattern, m.group(3), m.group(4), m.group(2)))
    return rules


def _java_regex(pattern: str) -> str:
    """Java regex syntax used in Kafka rules that Python spells differently."""
    return pattern.replace("\\/", "/").replace("(?<", "(?P<").replace("(?P<=", "(?<=").replace(
        "(?P<!", "(?<!"
    )


def ssl_principal(
    peer_certificate_der: bytes | None, mapper: SslPrincipalMapper
) -> KafkaPrincipal:
    """The principal of a TLS connection: ANONYMOUS without a client certificate.

    ``peer_certificate_der`` is ``SSLObject.getpeercert(binary_form=True)``.
    Raises :class:`NoMatchingRule` when no mapping rule applies.
    """
    if not peer_certificate_der:
        return ANONYMOUS
    subject = x509.load_der_x509_certificate(peer_certificate_der).subject
    return KafkaPrincipal(USER_TYPE, mapper.name(rfc2253_name(subject)))


def principal_names(principals: Sequence[str]) -> frozenset[KafkaPrincipal]:
    """``super.users`` (``User:a;User:b``, already split) as principals."""
    return frozenset(parse_principal(p.strip()) for p in principals if p.strip())
