"""A listener's :class:`SaslServerConfig` built from Kafka's broker configuration.

``sasl.enabled.mechanisms`` (per-listener overridable) picks the mechanisms; each needs its
JAAS entry in ``listener.name.<listener>.<mechanism>.sasl.jaas.config`` as in Kafka:
PlainLoginModule (``user_<name>="password"`` options), ScramLoginModule (credentials come
from the SCRAM credential store), OAuthBearerLoginModule (the unsecured validator's
``unsecuredValidator*`` options, or the JWKS validator when
``listener.name.<l>.oauthbearer.sasl.server.callback.handler.class`` names Kafka's
``OAuthBearerValidatorCallbackHandler``). ``connections.max.reauth.ms`` may be scoped per
listener and mechanism. GSSAPI (Kafka's default) is not supported: say which mechanisms to use.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from kafkapy.security.listener_config import listener_prefix, listener_value, listener_values
from kafkapy.security.sasl.authenticator import SaslServerConfig, enabled_mechanisms
from kafkapy.security.sasl.jaas import (
    OAUTHBEARER_LOGIN_MODULE,
    PLAIN_LOGIN_MODULE,
    SCRAM_LOGIN_MODULE,
    jaas_config_key,
    single_entry_options,
)
from kafkapy.security.sasl.mechanism import SaslServer
from kafkapy.security.sasl.oauth_validators import JwksValidator, UnsecuredJwsValidator
from kafkapy.security.sasl.oauthbearer import OAUTHBEARER, OAuthBearerSaslServer, TokenValidator
from kafkapy.security.sasl.plain import PLAIN, PlainSaslServer, jaas_password_check
from kafkapy.security.sasl.scram import ScramSaslServer, TokenLookup
from kafkapy.security.sasl.scram_formatter import SCRAM_MECHANISMS, ScramCredential, ScramMechanism

__all__ = ["JWKS_HANDLER_CLASSES", "ScramCredentials", "build_sasl_config"]

#: (mechanism, user) -> stored credential, or None.
ScramCredentials = Callable[[ScramMechanism, str], ScramCredential | None]

JWKS_HANDLER_CLASSES = frozenset({
    "org.apache.kafka.common.security.oauthbearer.OAuthBearerValidatorCallbackHandler",
    "org.apache.kafka.common.security.oauthbearer.secured.OAuthBearerValidatorCallbackHandler",
})


def _jaas_options(config: Mapping[str, str], listener: str, mechanism: str,
                  module: str) -> Mapping[str, str]:
    key = jaas_config_key(listener, mechanism)
    text = config.get(key)
    if text is None:
        raise ValueError(f"SASL mechanism {mechanism} on listener {listener} needs {key}")
    return single_entry_options(text, module)


def _oauth_validator(config: Mapping[str, str], listener: str,
                     options: Mapping[str, str]) -> TokenValidator:
    handler_key = f"{listener_prefix(listener)}oauthbearer.sasl.server.callback.handler.class"
    handler = config.get(handler_key)
    if handler is None:
        return UnsecuredJwsValidator(options)
    if handler not in JWKS_HANDLER_CLASSES:
        raise ValueError(f"{handler_key}={handler}: only Kafka's OAuthBearerValidatorCallbackHandler "
                         "(JWKS) or the default unsecured validator are supported")
    return JwksValidator.from_config(listener_values(config, listener, "sasl.oauthbearer."))


def _factory(config: Mapping[str, str], listener: str, mechanism: str,
             scram: ScramCredentials, tokens: TokenLookup | None) -> Callable[[], SaslServer]:
    if mechanism == PLAIN:
        check = jaas_password_check(_jaas_options(config, listener, mechanism, PLAIN_LOGIN_MODULE))
        return lambda: PlainSaslServer(check)
    if mechanism in SCRAM_MECHANISMS:
        _jaas_options(config, listener, mechanism, SCRAM_LOGIN_MODULE)
        mech = SCRAM_MECHANISMS[mechanism]
        return lambda: ScramSaslServer(mech, lambda user: scram(mech, user), tokens)
    if mechanism == OAUTHBEARER:
        options = _jaas_options(config, listener, mechanism, OAUTHBEARER_LOGIN_MODULE)
        validator = _oauth_validator(config, listener, options)
        return lambda: OAuthBearerSaslServer(validator)
    raise ValueError(f"SASL mechanism {mechanism} is not supported (supported: PLAIN, "
                     "SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER)")


def build_sasl_config(
    config: Mapping[str, str],
    listener: str,
    scram: ScramCredentials,
    tokens: TokenLookup | None = None,
) -> SaslServerConfig:
    """The listener's SASL setup; ``ValueError`` naming the key when the config is unusable."""
    mechanisms = enabled_mechanisms(listener_value(config, listener, "sasl.enabled.mechanisms")
                                    or "GSSAPI")
    servers = {m: _factory(config, listener, m, scram, tokens) for m in mechanisms}
    max_reauth = {}
    for m in mechanisms:
        value = (config.get(f"{listener_prefix(listener)}{m.lower()}.connections.max.reauth.ms")
                 or listener_value(config, listener, "connections.max.reauth.ms") or "0")
        max_reauth[m] = int(value)
    return SaslServerConfig(mechanisms, servers, max_reauth)
