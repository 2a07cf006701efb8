"""KafkaPrincipal, Java's RFC 2253 printing and ssl.principal.mapping.rules (SslPrincipalMapper)."""

from __future__ import annotations

import pytest
from cryptography import x509
from cryptography.x509.name import _ASN1Type

from kafkapy.security.principal import (
    ANONYMOUS,
    KafkaPrincipal,
    NoMatchingRule,
    SslPrincipalMapper,
    parse_principal,
    principal_names,
    rfc2253_name,
    ssl_principal,
)
from tests.kafkapy.security.certs import NameOID, name, self_signed_der


def test_principal_string_and_equality() -> None:
    alice = KafkaPrincipal("User", "alice")
    assert str(alice) == "User:alice"
    assert parse_principal("User:alice") == alice
    assert parse_principal("User:CN=a,O=b:c").name == "CN=a,O=b:c"  # split at the first colon
    assert KafkaPrincipal("User", "t", token_authenticated=True) == KafkaPrincipal("User", "t")
    assert str(ANONYMOUS) == "User:ANONYMOUS"
    assert principal_names(["User:a", " User:b ", ""]) == {
        KafkaPrincipal("User", "a"),
        KafkaPrincipal("User", "b"),
    }


@pytest.mark.parametrize("bad", ["", "alice", "Useralice"])
def test_parse_principal_needs_a_colon(bad: str) -> None:
    with pytest.raises(ValueError, match="principalType:principalName"):
        parse_principal(bad)


def test_rfc2253_most_specific_first() -> None:
    subject = name(
        (NameOID.COUNTRY_NAME, "US"),
        (NameOID.STATE_OR_PROVINCE_NAME, "CA"),
        (NameOID.LOCALITY_NAME, "San Francisco"),
        (NameOID.ORGANIZATION_NAME, "Acme"),
        (NameOID.ORGANIZATIONAL_UNIT_NAME, "Eng"),
        (NameOID.COMMON_NAME, "alice"),
    )
    assert rfc2253_name(subject) == "CN=alice,OU=Eng,O=Acme,L=San Francisco,ST=CA,C=US"


def test_rfc2253_escaping_as_java() -> None:
    subject = name(
        (NameOID.ORGANIZATION_NAME, "Tkac, Adam"),
        (NameOID.COMMON_NAME, 'a+b=c<d>e#f;g"h\\i'),
        (NameOID.ORGANIZATIONAL_UNIT_NAME, " padded "),
    )
    assert rfc2253_name(subject) == (
        "OU=\\ padded\\ ,CN=a\\+b\\=c\\<d\\>e\\#f\\;g\\\"h\\\\i,O=Tkac\\, Adam"
    )


def test_rfc2253_non_keyword_attribute_is_oid_and_der_hex() -> None:
    # emailAddress has no RFC 2253 keyword: Java prints its OID and the IA5String's DER.
    subject = name(
        (NameOID.COMMON_NAME, "bob"),
        x509.NameAttribute(NameOID.EMAIL_ADDRESS, "a@b.c", _ASN1Type.IA5String),
    )
    assert rfc2253_name(subject) == "1.2.840.113549.1.9.1=#1605614062" + "2e63" + ",CN=bob"


def test_rfc2253_multi_valued_rdn_and_dc_uid() -> None:
    rdns = [
        x509.RelativeDistinguishedName([x509.NameAttribute(NameOID.DOMAIN_COMPONENT, "com")]),
        x509.RelativeDistinguishedName([x509.NameAttribute(NameOID.DOMAIN_COMPONENT, "example")]),
        x509.RelativeDistinguishedName(
            [
                x509.NameAttribute(NameOID.COMMON_NAME, "svc"),
                x509.NameAttribute(NameOID.USER_ID, "42"),
            ]
        ),
    ]
    text = rfc2253_name(x509.Name(rdns))
    assert text in ("CN=svc+UID=42,DC=example,DC=com", "UID=42+CN=svc,DC=example,DC=com")


# Kafka's SslPrincipalMapperTest, case by case.
KAFKA_RULES = (
    "RULE:^CN=(.*?),OU=ServiceUsers.*$/$1/L, "
    "RULE:^CN=(.*?),OU=(.*?),O=(.*?),L=(.*?),ST=(.*?),C=(.*?)$/$1@$2/L, "
    "RULE:^cn=(.*?),ou=(.*?),dc=(.*?),dc=(.*?)$/$1@$2/U, "
    "RULE:^.*[Cc][Nn]=([a-zA-Z0-9.]*).*$/$1/U, "
    "DEFAULT"
)


@pytest.mark.parametrize(
    ("dn", "expected"),
    [
        ("CN=Duke,OU=ServiceUsers,O=Org,C=US", "duke"),
        ("CN=Duke,OU=SME,O=mycp,L=Fulton,ST=MD,C=US", "duke@sme"),
        ("cn=duke,ou=sme,dc=mycp,dc=com", "DUKE@SME"),
        ("cN=duke,OU=JavaSoft,O=Sun Microsystems", "DUKE"),
        ("OU=JavaSoft,O=Sun Microsystems,C=US", "OU=JavaSoft,O=Sun Microsystems,C=US"),
    ],
)
def test_kafka_mapper_cases(dn: str, expected: str) -> None:
    assert SslPrincipalMapper(KAFKA_RULES).name(dn) == expected


def test_comma_with_whitespace() -> None:
    mapper = SslPrincipalMapper("RULE:^CN=((\\\\, *|\\w)+)(,.*|$)/$1/,DEFAULT")
    assert mapper.name("CN=Tkac\\, Adam,OU=ITZ,DC=geodis,DC=cz") == "Tkac\\, Adam"


@pytest.mark.parametrize(
    "rules",
    [
        "DEFAULT",
        "RULE:^CN=(.*?),OU=ServiceUsers.*$/$1/",
        "RULE:^CN=(.*?),OU=ServiceUsers.*$/$1/L, DEFAULT",
        "RULE:^CN=(.*?),OU=(.*?),O=(.*?),L=(.*?),ST=(.*?),C=(.*?)$/$1@$2/",
        "RULE:^cn=(.?),ou=(.?),dc=(.?),dc=(.?)$/$1@$2/U",
        "RULE:^CN=([^,ADEFLTU,]+)(,.*|$)/$1/",
    ],
)
def test_valid_rules(rules: str) -> None:
    SslPrincipalMapper(rules)


@pytest.mark.parametrize(
    "rules",
    [
        "default",
        "DEFAUL",
        "DEFAULT/L",
        "RULE:CN=(.*?),OU=ServiceUsers.*/$1",
        "rule:^CN=(.*?),OU=ServiceUsers.*$/$1/",
        "RULE:^CN=(.*?),OU=ServiceUsers.*$/$1/L/U",
        "RULE:^CN=(.*?),OU=ServiceUsers.*$/L",
        "RULE:^CN=(.*?),OU=ServiceUsers.*$/LU",
    ],
)
def test_invalid_rules(rules: str) -> None:
    with pytest.raises(ValueError, match="Invalid rule"):
        SslPrincipalMapper(rules)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", []),
        ("DEFAULT", ["DEFAULT"]),
        ("RULE://", ["RULE:/"]),
        ("RULE:/.*/L", ["RULE:/.*/L"]),
        ("  RULE:// ,  DEFAULT  ", ["RULE:/", "DEFAULT"]),
        ("  RULE:   /     / ,  DEFAULT  ", ["RULE:   /     ", "DEFAULT"]),
        ("  RULE:([A-Z]*)/$1/U   ,RULE:([a-z]+)/$1/,   DEFAULT  ",
         ["RULE:([A-Z]*)/$1/U", "RULE:([a-z]+)/$1", "DEFAULT"]),
        (",   , , ,      , , ,   ", []),
        (",,RULE://,,,DEFAULT,,", ["RULE:/", "DEFAULT"]),
    ],
)
def test_rules_splitting(text: str, expected: list[str]) -> None:
    assert SslPrincipalMapper(text).rules == expected


def test_back_reference_beyond_groups_is_literal() -> None:
    mapper = SslPrincipalMapper("RULE:^CN=(.*)$/$1@$4/")
    assert mapper.name("CN=x") == "x@$4"
    assert SslPrincipalMapper("RULE:^CN=(.*)$/$12/").name("CN=x") == "x2"


def test_no_matching_rule() -> None:
    with pytest.raises(NoMatchingRule, match="No rules apply to CN=x"):
        SslPrincipalMapper("RULE:^OU=(.*)$/$1/").name("CN=x")


def test_ssl_principal_from_certificate() -> None:
    der = self_signed_der(name((NameOID.ORGANIZATION_NAME, "Acme"), (NameOID.COMMON_NAME, "alice")))
    assert str(ssl_principal(der, SslPrincipalMapper())) == "User:CN=alice,O=Acme"
    mapped = ssl_principal(der, SslPrincipalMapper("RULE:^CN=(.*?),.*$/$1/U"))
    assert mapped == KafkaPrincipal("User", "ALICE")
    assert ssl_principal(None, SslPrincipalMapper()) is ANONYMOUS
