"""Topic set-up through the Kafka admin API (confluent-kafka AdminClient), as a client would."""

from __future__ import annotations

import time

from confluent_kafka.admin import AdminClient, NewTopic  # type: ignore[import-untyped]

ADMIN_TIMEOUT_S = 60.0


def admin(bootstrap: str, timeout: float = ADMIN_TIMEOUT_S) -> AdminClient:
    # socket.timeout.ms bounds every request, including a CreateTopics of 10,000 partitions.
    return AdminClient({"bootstrap.servers": bootstrap,
                        "socket.timeout.ms": int(max(timeout, 30.0) * 1000)})


def create_topics(bootstrap: str, topics: dict[str, int], timeout: float = ADMIN_TIMEOUT_S) -> None:
    """Create `topics` (name -> partitions) and wait until Metadata shows every partition led."""
    client = admin(bootstrap, timeout)
    futures = client.create_topics(
        [NewTopic(t, num_partitions=n, replication_factor=1) for t, n in topics.items()],
        operation_timeout=timeout, request_timeout=timeout,
    )
    for name, fut in futures.items():
        try:
            fut.result(timeout)
        except Exception as exc:
            if "already exists" not in str(exc).lower() and "TOPIC_ALREADY_EXISTS" not in str(exc):
                raise RuntimeError(f"create {name}: {exc}") from exc
    wait_led(client, topics, timeout)


def wait_led(client: AdminClient, topics: dict[str, int], timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while True:
        md = client.list_topics(timeout=timeout)
        ok = all(
            t in md.topics and md.topics[t].error is None
            and len(md.topics[t].partitions) == n
            and all(p.leader >= 0 for p in md.topics[t].partitions.values())
            for t, n in topics.items()
        )
        if ok:
            return
        if time.monotonic() > deadline:
            raise RuntimeError(f"topics not ready after {timeout}s: {list(topics)}")
        time.sleep(0.1)


def delete_topics(bootstrap: str, names: list[str], timeout: float = ADMIN_TIMEOUT_S) -> None:
    """Best effort: a broker without DeleteTopics only keeps the data longer."""
    try:
        client = admin(bootstrap)  # must outlive the futures
        futures = client.delete_topics(names, operation_timeout=timeout,
                                       request_timeout=timeout)
        for fut in futures.values():
            fut.result(timeout)
    except Exception as exc:  # noqa: BLE001
        print(f"[bench] delete_topics {names}: {exc!r}", flush=True)

