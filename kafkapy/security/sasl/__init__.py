"""SASL server mechanisms (sans-IO) and the per-connection authenticator."""
