"""Generates ``wire/messages/`` from Kafka's JSON message definitions (see docs/wire.md)."""
