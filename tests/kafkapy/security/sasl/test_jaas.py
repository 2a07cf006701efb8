"""sasl.jaas.config parsing with Kafka's JaasConfig tokenizer rules."""

from __future__ import annotations

import pytest

from kafkapy.security.sasl.jaas import (
    PLAIN_LOGIN_MODULE,
    jaas_config_key,
    parse_jaas_config,
    single_entry_options,
)


def test_kafka_documented_plain_config() -> None:
    text = ('org.apache.kafka.common.security.plain.PlainLoginModule required \n'
            '    username="admin" password="admin-secret" user_admin="admin-secret" '
            'user_alice="alice-secret";')
    (entry,) = parse_jaas_config(text)
    assert entry.login_module == PLAIN_LOGIN_MODULE and entry.control_flag == "REQUIRED"
    assert entry.options == {"username": "admin", "password": "admin-secret",
                             "user_admin": "admin-secret", "user_alice": "alice-secret"}


def test_oauthbearer_options_and_quoting() -> None:
    text = ("org.apache.kafka.common.security.oauthbearer.OAuthBearerLoginModule Required "
            "unsecuredLoginStringClaim_sub='thePrincipalName' "
            "unsecuredLoginListClaim_scope=\",KAFKA_BROKER,LOGIN_TO_KAFKA\" "
            "unsecuredValidatorRequiredScope=LOGIN_TO_KAFKA "
            "unsecuredValidatorAllowableClockSkewMs=\"3000\";")
    (entry,) = parse_jaas_config(text)
    assert entry.options["unsecuredLoginStringClaim_sub"] == "thePrincipalName"
    assert entry.options["unsecuredLoginListClaim_scope"] == ",KAFKA_BROKER,LOGIN_TO_KAFKA"
    assert entry.options["unsecuredValidatorRequiredScope"] == "LOGIN_TO_KAFKA"


def test_escapes_comments_and_several_entries() -> None:
    text = ('a.B sufficient k="q\\"uote\\\\ \\t\\101" // trailing comment\n'
            'x=y; /* block; comment */ c.D optional;')
    first, second = parse_jaas_config(text)
    assert first.options == {"k": 'q"uote\\ \tA', "x": "y"}
    assert (second.login_module, second.control_flag, second.options) == ("c.D", "OPTIONAL", {})


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "Login module not specified"),
        ("a.B", "control flag not specified"),
        ("a.B mandatory;", "Invalid login module control flag 'mandatory'"),
        ("a.B required k;", "Value not specified for key 'k'"),
        ("a.B required k=;", "Value not specified for key 'k'"),
        ('a.B required k="v"', "not terminated by semi-colon"),
    ],
)
def test_errors(text: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        parse_jaas_config(text)


def test_single_entry_and_key() -> None:
    assert jaas_config_key("SASL_SSL", "SCRAM-SHA-256") == (
        "listener.name.sasl_ssl.scram-sha-256.sasl.jaas.config")
    with pytest.raises(ValueError, match="exactly 1"):
        single_entry_options("a.B required; c.D required;", "a.B")
    with pytest.raises(ValueError, match="expected"):
        single_entry_options("a.B required;", PLAIN_LOGIN_MODULE)
