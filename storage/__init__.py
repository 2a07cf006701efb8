"""The segmented commit log: Kafka's on-disk layout, indexes, recovery, retention.

See docs/storage.md.
"""
