"""Security core: principals, ACLs and the authorizer, SASL mechanisms, TLS contexts.

Every module here is pure (no sockets, no asyncio, no disk except the TLS loaders and the
JWKS file read at configuration time): the network layer feeds bytes and decoded requests
in and routes what comes out. See docs/security.md for the architecture.
"""
