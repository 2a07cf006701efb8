"""ZooKeeper paths and znode bytes, in Kafka 2.x's layout (`kafka.zk.ZkData`).

Pure: values in, bytes out, and back; no I/O. Decoders raise `ValueError` on bytes that
are not the JSON Kafka writes, so a corrupt znode is one clear error at one place.

| path | content |
|---|---|
| `/cluster/id` | `{"version":"1","id":"<cluster id>"}` |
| `/controller` (ephemeral) | `{"version":1,"brokerid":1,"timestamp":"<ms>"}` |
| `/controller_epoch` | the epoch as decimal text, e.g. `3` |
| `/brokers/ids/<id>` (ephemeral) | `BrokerRegistration` (`BrokerIdZNode` v5) |
| `/brokers/topics/<topic>` | `TopicAssignment` (`TopicZNode` v3: topic id, replicas) |
| `/brokers/topics/<t>/partitions/<p>/state` | `LeaderAndIsr` (`TopicPartitionStateZNode` v1) |
| `/config/topics/<topic>` | `{"version":1,"config":{...}}` |
| `/config/<entity path>` (`users/<u>`, `users/<u>/clients/<c>`, `clients/<c>`, `ips/<ip>`, `brokers/<id>`, `brokers/<default>`) | `{"version":1,"config":{...}}` |
| `/config/changes/config_change_<seq>` (sequential) | `{"version":2,"entity_path":"users/alice"}` |
| `/admin/preferred_replica_election` | `{"version":1,"partitions":[{"topic":..,"partition":..}]}` |
| `/latest_producer_id_block` | `{"version":1,"broker":1,"block_start":"0","block_end":"999"}` |
"""

from __future__ import annotations

import base64
import json
import time
import uuid
from dataclasses import dataclass, field
from typing import Any

CLUSTER_ID_PATH = "/cluster/id"
CONTROLLER_PATH = "/controller"
CONTROLLER_EPOCH_PATH = "/controller_epoch"
BROKER_IDS_PATH = "/brokers/ids"
BROKER_TOPICS_PATH = "/brokers/topics"
CONFIG_TOPICS_PATH = "/config/topics"
CONFIG_CHANGES_PATH = "/config/changes"
CONFIG_CHANGE_PREFIX = "config_change_"
# `/config/<type>` of the entity types other than topics (Kafka's `ConfigType`).
ENTITY_TYPE_PATHS = ("/config/clients", "/config/users", "/config/brokers", "/config/ips")
PREFERRED_ELECTION_PATH = "/admin/preferred_replica_election"
PRODUCER_ID_BLOCK_PATH = "/latest_producer_id_block"
# Paths Kafka's brokers create at start-up (`ZkData.PersistentZkPaths`).
PERSISTENT_PATHS = (
    "/consumers",
    BROKER_IDS_PATH,
    BROKER_TOPICS_PATH,
    CONFIG_TOPICS_PATH,
    CONFIG_CHANGES_PATH,
    *ENTITY_TYPE_PATHS,
    "/admin/delete_topics",
    "/isr_change_notification",
    PRODUCER_ID_BLOCK_PATH,
    "/cluster",
)

NO_LEADER = -1
INITIAL_CONTROLLER_EPOCH = 0


def broker_path(broker_id: int) -> str:
    return f"{BROKER_IDS_PATH}/{broker_id}"


def topic_path(topic: str) -> str:
    return f"{BROKER_TOPICS_PATH}/{topic}"


def partitions_path(topic: str) -> str:
    return f"{BROKER_TOPICS_PATH}/{topic}/partitions"


def partition_state_path(topic: str, partition: int) -> str:
    return f"{BROKER_TOPICS_PATH}/{topic}/partitions/{partition}/state"


def topic_config_path(topic: str) -> str:
    return f"{CONFIG_TOPICS_PATH}/{topic}"


def _json(data: bytes) -> dict[str, Any]:
    try:
        doc = json.loads(data)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ValueError(f"znode is not JSON: {data[:60]!r}") from exc
    if not isinstance(doc, dict):
        raise ValueError(f"znode is not a JSON object: {data[:60]!r}")  # noqa: TRY004
    return doc


def _dump(doc: dict[str, Any]) -> bytes:
    return json.dumps(doc, separators=(",", ":")).encode()


def now_ms_text() -> str:
    return str(int(time.time() * 1000))


# -- /brokers/ids/<id> ------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Endpoint:
    listener: str
    host: str
    port: int
    security_protocol: str = "PLAINTEXT"

    def uri(self) -> str:
        return f"{self.listener}://{self.host}:{self.port}"


@dataclass(frozen=True, slots=True)
class BrokerRegistration:
    broker_id: int
    endpoints: tuple[Endpoint, ...]
    rack: str | None = None
    timestamp: str = "0"

    def encode(self) -> bytes:
        plaintext = next((e for e in self.endpoints if e.security_protocol == "PLAINTEXT"), None)
        doc: dict[str, Any] = {
            "listener_security_protocol_map": {
                e.listener: e.security_protocol for e in self.endpoints
            },
            "endpoints": [e.uri() for e in self.endpoints],
            "jmx_port": -1,
            "features": {},
            # host/port: the PLAINTEXT endpoint, or null/-1 (Kafka's v2+ convention)
            "host": plaintext.host if plaintext else None,
            "port": plaintext.port if plaintext else -1,
            "timestamp": self.timestamp,
            "version": 5,
        }
        if self.rack is not None:
            doc["rack"] = self.rack
        return _dump(doc)

    @classmethod
    def decode(cls, broker_id: int, data: bytes) -> BrokerRegistration:
        doc = _json(data)
        protocols: dict[str, str] = doc.get("listener_security_protocol_map") or {}
        uris = doc.get("endpoints")
        if not isinstance(uris, list):
            raise ValueError(f"broker {broker_id} registration has no endpoints")  # noqa: TRY004
        endpoints = []
        for uri in uris:
            name, _, hostport = str(uri).partition("://")
            host, _, port = hostport.rpartition(":")
            if not name or not port.lstrip("-").isdigit():
                raise ValueError(f"bad endpoint {uri!r} in broker {broker_id}")
            host = host.strip("[]")
            endpoints.append(Endpoint(name, host, int(port), protocols.get(name, name)))
        return cls(broker_id, tuple(endpoints), doc.get("rack"), str(doc.get("timestamp", "0")))

    def endpoint(self, listener: str) -> Endpoint | None:
        return next((e for e in self.endpoints if e.listener == listener), None)


# -- /controller, /controller_epoch, /cluster/id ----------------------------------------
def encode_controller(broker_id: int) -> bytes:
    return _dump({"version": 1, "brokerid": broker_id, "timestamp": now_ms_text()})


def decode_controller(data: bytes) -> int:
    doc = _json(data)
    try:
        return int(doc["brokerid"])
    except (KeyError, TypeError, ValueError) as exc:
        raise ValueError(f"bad /controller znode: {data[:60]!r}") from exc


def encode_controller_epoch(epoch: int) -> bytes:
    return str(epoch).encode()


def decode_controller_epoch(data: bytes) -> int:
    try:
        return int(data.decode())
    except (UnicodeDecodeError, ValueError) as exc:
        raise ValueError(f"bad /controller_epoch znode: {data[:60]!r}") from exc


def encode_cluster_id(cluster_id: str) -> bytes:
    return _dump({"version": "1", "id": cluster_id})


def decode_cluster_id(data: bytes) -> str:
    return str(_json(data)["id"])


# -- /brokers/topics/<topic> -------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class TopicAssignment:
    """Replica lists per partition; the first replica is the preferred leader."""

    topic_id: uuid.UUID
    partitions: dict[int, list[int]]

    def encode(self) -> bytes:
        return _dump(
            {
                "version": 3,
                "topic_id": kafka_uuid_text(self.topic_id),
                "partitions": {str(p): r for p, r in sorted(self.partitions.items())},
                "adding_replicas": {},
                "removing_replicas": {},
            }
        )

    @classmethod
    def decode(cls, data: bytes) -> TopicAssignment:
        doc = _json(data)
        raw = doc.get("topic_id")
        topic_id = parse_kafka_uuid(raw) if raw else uuid.UUID(int=0)
        try:
            parts = {int(p): [int(b) for b in r] for p, r in doc["partitions"].items()}
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ValueError(f"bad topic znode: {data[:60]!r}") from exc
        return cls(topic_id, parts)


def kafka_uuid_text(u: uuid.UUID) -> str:
    """Kafka's `Uuid.toString()`: URL-safe base64 without padding."""
    return base64.urlsafe_b64encode(u.bytes).decode().rstrip("=")


def parse_kafka_uuid(text: str) -> uuid.UUID:
    try:
        raw = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    except ValueError as exc:
        raise ValueError(f"bad topic id {text!r}") from exc
    if len(raw) != 16:
        raise ValueError(f"bad topic id {text!r}")
    return uuid.UUID(bytes=raw)


# -- /brokers/topics/<t>/partitions/<p>/state ---------------------------------------------
@dataclass(frozen=True, slots=True)
class LeaderAndIsr:
    """A partition's leadership (Kafka's `LeaderIsrAndControllerEpoch`).

    `zk_version` is the znode version it was read at: every update is a compare-and-set
    against it, so two writers (controller, leader) can never overwrite each other blindly.
    """

    leader: int
    leader_epoch: int
    isr: list[int] = field(default_factory=list)
    controller_epoch: int = 0
    zk_version: int = -1

    def encode(self) -> bytes:
        return _dump(
            {
                "controller_epoch": self.controller_epoch,
                "leader": self.leader,
                "version": 1,
                "leader_epoch": self.leader_epoch,
                "isr": list(self.isr),
            }
        )

    @classmethod
    def decode(cls, data: bytes, zk_version: int = -1) -> LeaderAndIsr:
        doc = _json(data)
        try:
            return cls(
                int(doc["leader"]),
                int(doc["leader_epoch"]),
                [int(b) for b in doc["isr"]],
                int(doc.get("controller_epoch", 0)),
                zk_version,
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise ValueError(f"bad partition state znode: {data[:60]!r}") from exc

    def new_leader(self, leader: int, isr: list[int], controller_epoch: int) -> LeaderAndIsr:
        """A leader election: the epoch always moves on (KIP-101 fences the old leader)."""
        return LeaderAndIsr(leader, self.leader_epoch + 1, isr, controller_epoch, self.zk_version)

    def with_isr(self, isr: list[int]) -> LeaderAndIsr:
        """An ISR change by the leader: same leader and epoch (Kafka 2.x's AlterIsr-less path)."""
        return LeaderAndIsr(self.leader, self.leader_epoch, isr, self.controller_epoch,
                            self.zk_version)


# -- /config/topics/<topic>, /admin/preferred_replica_election -----------------------------
def encode_topic_config(configs: dict[str, str]) -> bytes:
    return _dump({"version": 1, "config": dict(configs)})


def decode_topic_config(data: bytes) -> dict[str, str]:
    doc = _json(data)
    return {str(k): str(v) for k, v in (doc.get("config") or {}).items()}


# -- /config/<entity path>, /config/changes ------------------------------------------------
def entity_config_path(entity_path: str) -> str:
    return f"/config/{entity_path}"


def encode_entity_config(configs: dict[str, str]) -> bytes:
    return encode_topic_config(configs)


def decode_entity_config(data: bytes) -> dict[str, str]:
    """An entity's configs; empty data (a parent znode Kafka created on the way to
    `users/<u>/clients/<c>`) holds none."""
    return decode_topic_config(data) if data else {}


def encode_config_change(entity_path: str) -> bytes:
    return _dump({"version": 2, "entity_path": entity_path})


def decode_config_change(data: bytes) -> str:
    """The entity path a change notification names (version 2; version 1 named the type
    and the name apart)."""
    doc = _json(data)
    try:
        if doc.get("version") == 1:
            return f"{doc['entity_type']}/{doc['entity_name']}"
        return str(doc["entity_path"])
    except KeyError as exc:
        raise ValueError(f"bad config change znode: {data[:80]!r}") from exc


def encode_preferred_election(partitions: list[tuple[str, int]]) -> bytes:
    return _dump(
        {"version": 1, "partitions": [{"topic": t, "partition": p} for t, p in partitions]}
    )


def decode_preferred_election(data: bytes) -> list[tuple[str, int]]:
    doc = _json(data)
    try:
        return [(str(e["topic"]), int(e["partition"])) for e in doc["partitions"]]
    except (KeyError, TypeError, ValueError) as exc:
        raise ValueError(f"bad preferred election znode: {data[:60]!r}") from exc


# -- /latest_producer_id_block -------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class ProducerIdBlock:
    """The last block of producer ids handed to a broker (`ProducerIdBlockZNode`); both
    ends inclusive. Kafka writes the ends as decimal strings (they are longs)."""

    broker: int
    block_start: int
    block_end: int

    def encode(self) -> bytes:
        return _dump({"version": 1, "broker": self.broker,
                      "block_start": str(self.block_start), "block_end": str(self.block_end)})

    @classmethod
    def decode(cls, data: bytes) -> ProducerIdBlock:
        doc = _json(data)
        try:
            block = cls(int(doc["broker"]), int(doc["block_start"]), int(doc["block_end"]))
        except (KeyError, TypeError, ValueError) as exc:
            raise ValueError(f"bad producer id block znode: {data[:80]!r}") from exc
        if block.block_start < 0 or block.block_end < block.block_start:
            raise ValueError(f"bad producer id block range: {data[:80]!r}")
        return block
