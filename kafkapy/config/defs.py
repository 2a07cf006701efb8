"""Kafka's configuration definitions: broker keys and topic-level keys.

Names, types, defaults and constraints are Apache Kafka 4.1's (`ServerConfigs`, `ServerLogConfigs`,
`SocketServerConfigs`, `GroupCoordinatorConfig`, `TopicConfig`, `LogConfig`). Each broker key says
whether kafkapy *uses* it (`implemented`) or only accepts it so that a Kafka `server.properties`
starts unchanged, and whether it may be altered at run time (`dynamic`, as in Kafka's
`DynamicBrokerConfig`). Each topic key names its broker synonyms in Kafka's precedence order
(`retention.ms` <- `log.retention.ms` <- `log.retention.minutes` <- `log.retention.hours`), which
DescribeConfigs reports and which decide a topic's default.

Values are parsed as Kafka's `ConfigDef` parses them: INT/SHORT/LONG are base-10 integers in range,
BOOLEAN is true/false (any case), LIST is comma separated and trimmed, DOUBLE a float.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum

INT_MAX = 2**31 - 1
INT_MIN = -(2**31)
LONG_MAX = 2**63 - 1
LONG_MIN = -(2**63)
SHORT_MAX = 2**15 - 1
SHORT_MIN = -(2**15)


class ConfigType(IntEnum):
    """DescribeConfigs v3+ `config_type` values (Kafka's `ConfigEntry.ConfigType`)."""

    UNKNOWN = 0
    BOOLEAN = 1
    STRING = 2
    INT = 3
    SHORT = 4
    LONG = 5
    DOUBLE = 6
    LIST = 7
    CLASS = 8
    PASSWORD = 9


# A parsed value, by `ConfigType`: BOOLEAN bool; INT, SHORT, LONG int; DOUBLE float; STRING,
# PASSWORD, CLASS str; LIST list[str]. None when unset and Kafka's default is null.
ConfigValue = bool | int | float | str | list[str] | None


class ConfigSource(IntEnum):
    """DescribeConfigs v1+ `config_source` (Kafka's `DescribeConfigsResponse.ConfigSource`)."""

    UNKNOWN = 0
    DYNAMIC_TOPIC_CONFIG = 1
    DYNAMIC_BROKER_CONFIG = 2
    DYNAMIC_DEFAULT_BROKER_CONFIG = 3
    STATIC_BROKER_CONFIG = 4
    DEFAULT_CONFIG = 5
    DYNAMIC_BROKER_LOGGER_CONFIG = 6


@dataclass(frozen=True, slots=True)
class Range:
    """Inclusive numeric bounds, Kafka's `ConfigDef.Range` (None: unbounded on that side)."""

    low: float | None = None
    high: float | None = None

    def check(self, value: ConfigValue) -> str | None:
        if value is None:
            return None
        if not isinstance(value, (int, float)):
            return "Value must be a number"
        if self.low is not None and value < self.low:
            return f"Value must be at least {_num(self.low)}"
        if self.high is not None and value > self.high:
            return f"Value must be no more than {_num(self.high)}"
        return None

    def describe(self) -> str:
        if self.high is None:
            return f"[{_num(self.low)},...]"
        if self.low is None:
            return f"[...,{_num(self.high)}]"
        return f"[{_num(self.low)},...,{_num(self.high)}]"


@dataclass(frozen=True, slots=True)
class OneOf:
    """Kafka's `ValidString` / `ValidList`: the value (or every list item) is one of `allowed`."""

    allowed: tuple[str, ...]
    case_insensitive: bool = False
    allow_empty_list: bool = True

    def check(self, value: ConfigValue) -> str | None:
        if value is None:
            return None
        items = value if isinstance(value, list) else [str(value)]
        if not items and not self.allow_empty_list:
            return "Value must not be empty"
        allowed = {a.lower() for a in self.allowed} if self.case_insensitive else set(self.allowed)
        for item in items:
            probe = item.lower() if self.case_insensitive else item
            if probe not in allowed:
                return f"String must be one of: {', '.join(self.allowed)}"
        return None

    def describe(self) -> str:
        return "[" + ", ".join(self.allowed) + "]"


Validator = Range | OneOf


def _num(x: float | None) -> str:
    return str(int(x)) if x is not None and float(x).is_integer() else str(x)


@dataclass(frozen=True, slots=True)
class ConfigKey:
    """One broker configuration key."""

    name: str
    type: ConfigType
    default: ConfigValue  # the parsed default; None when Kafka's default is null
    doc: str
    validator: Validator | None = None
    implemented: bool = True  # False: accepted for compatibility, has no effect in kafkapy
    dynamic: bool = False  # alterable with (Incremental)AlterConfigs on a BROKER resource

    @property
    def sensitive(self) -> bool:
        return self.type is ConfigType.PASSWORD


@dataclass(frozen=True, slots=True)
class TopicKey:
    """One topic-level configuration key and its broker synonyms, highest precedence first."""

    name: str
    type: ConfigType
    doc: str
    synonyms: tuple[str, ...]  # broker keys; the topic default is their resolved value
    validator: Validator | None = None
    default: ConfigValue = None  # only for keys without a broker synonym
    implemented: bool = True


_I, _L, _S, _B, _LS, _D, _P, _SH = (
    ConfigType.INT,
    ConfigType.LONG,
    ConfigType.STRING,
    ConfigType.BOOLEAN,
    ConfigType.LIST,
    ConfigType.DOUBLE,
    ConfigType.PASSWORD,
    ConfigType.SHORT,
)
_POS = Range(1)
_NONNEG = Range(0)
_CLEANUP = OneOf(("compact", "delete"))
_TS_TYPE = OneOf(("CreateTime", "LogAppendTime"))
_COMPRESSION = OneOf(("uncompressed", "zstd", "lz4", "snappy", "gzip", "producer"))
_PROTOCOLS = "PLAINTEXT:PLAINTEXT,SSL:SSL,SASL_PLAINTEXT:SASL_PLAINTEXT,SASL_SSL:SASL_SSL"
MIN_SEGMENT_BYTES = 1024 * 1024  # KIP-1030 (Kafka 4.0): segment.bytes is at least 1 MiB

# (name, type, default, doc, validator, implemented, dynamic)
_BROKER: list[tuple[str, ConfigType, ConfigValue, str, Validator | None, bool, bool]] = [
    # --- identity and listeners
    ("node.id", _I, -1, ("The node id of this server. kafkapy uses broker.id when node.id is "
     "unset, and 1 when both are unset."), None, True, False),
    ("broker.id", _I, -1, "The broker id; must equal node.id when both are set.", None, True,
     False),
    ("broker.rack", _S, None, "Rack of the broker, returned in Metadata and DescribeCluster.",
     None, True, False),
    ("listeners", _S, "PLAINTEXT://:9092", ("Comma-separated listener URIs NAME://host:port the "
     "broker binds. An empty host binds every interface; port 0 picks a free port."),
     None, True, False),
    ("advertised.listeners", _S, None, ("Listeners published to clients in Metadata; defaults "
     "to listeners."), None, True, False),
    ("listener.security.protocol.map", _S, _PROTOCOLS, ("Listener name to security protocol "
     "map. kafkapy serves PLAINTEXT only."), None, True, False),
    ("inter.broker.listener.name", _S, None, "Listener used between brokers.", None, True, False),
    ("security.inter.broker.protocol", _S, "PLAINTEXT", "Security protocol between brokers.",
     OneOf(("PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL")), False, False),
    ("process.roles", _LS, [], "KRaft roles (broker, controller); accepted, kafkapy has no KRaft.",
     OneOf(("broker", "controller")), False, False),
    ("controller.listener.names", _S, None, "KRaft controller listeners; accepted, unused.",
     None, False, False),
    ("controller.quorum.voters", _LS, [], "KRaft voters; accepted, unused.", None, False, False),
    ("controller.quorum.bootstrap.servers", _LS, [], "KRaft bootstrap; accepted, unused.",
     None, False, False),
    ("zookeeper.connect", _S, None, ("ZooKeeper connection string; set, it makes the broker a "
     "member of a cluster (kafkapy/cluster)."), None, True, False),
    ("zookeeper.session.timeout.ms", _I, 18000, "ZooKeeper session timeout.", None, True, False),
    ("zookeeper.connection.timeout.ms", _I, None, "ZooKeeper connect timeout.", None, True, False),
    # --- log directories and segments
    ("log.dirs", _S, None, "Comma-separated data directories; log.dir is used when unset.",
     None, True, False),
    ("log.dir", _S, "/tmp/kafka-logs", "The data directory, used when log.dirs is unset.",
     None, True, False),
    ("metadata.log.dir", _S, None, "KRaft metadata log directory; accepted, unused.",
     None, False, False),
    ("log.segment.bytes", _I, 1073741824, "The maximum size of a single log file.",
     Range(MIN_SEGMENT_BYTES), True, True),
    ("log.roll.ms", _L, None, ("Maximum time before a new segment is rolled (ms); "
     "log.roll.hours when unset."), None, True, True),
    ("log.roll.hours", _I, 168, "Maximum time before a new segment is rolled (hours).",
     _POS, True, True),
    ("log.roll.jitter.ms", _L, None, "Maximum jitter subtracted from the roll time (ms).",
     None, True, True),
    ("log.roll.jitter.hours", _I, 0, "Maximum jitter subtracted from the roll time (hours).",
     _NONNEG, True, True),
    ("log.retention.ms", _L, None, ("How long to keep a log segment (ms); -1: no time limit. "
     "log.retention.minutes when unset."), None, True, True),
    ("log.retention.minutes", _I, None, ("How long to keep a log segment (minutes); "
     "log.retention.hours when unset."), None, True, True),
    ("log.retention.hours", _I, 168, "How long to keep a log segment (hours).", None, True, True),
    ("log.retention.bytes", _L, -1, ("Maximum size of a partition's log before old segments "
     "are deleted; -1: no size limit."), None, True, True),
    ("log.retention.check.interval.ms", _L, 300000, ("How often the log manager checks "
     "whether any log is eligible for deletion."), _POS, True, False),
    ("log.cleanup.policy", _LS, ["delete"], ("Default cleanup policy for old segments: delete "
     "and/or compact."), _CLEANUP, True, True),
    ("log.index.interval.bytes", _I, 4096, "Bytes between offset index entries.",
     _NONNEG, True, True),
    ("log.index.size.max.bytes", _I, 10485760, "Maximum size of an offset or time index.",
     Range(4), True, True),
    ("log.flush.interval.messages", _L, LONG_MAX, ("Messages accumulated on a partition "
     "before its log is fsynced."), _POS, True, True),
    ("log.flush.interval.ms", _L, None, ("Maximum time a message stays unflushed (ms); "
     "log.flush.scheduler.interval.ms when unset."), None, True, True),
    ("log.flush.scheduler.interval.ms", _L, LONG_MAX, "How often the flusher checks logs.",
     None, True, False),
    ("log.flush.offset.checkpoint.interval.ms", _I, 60000, ("How often the recovery point "
     "checkpoint is written."), _NONNEG, True, False),
    ("log.flush.start.offset.checkpoint.interval.ms", _I, 60000, ("How often the log start "
     "offset checkpoint is written."), _NONNEG, True, False),
    ("log.segment.delete.delay.ms", _L, 60000, ("Delay before a deleted segment's files are "
     "removed."), _NONNEG, True, True),
    ("log.preallocate", _B, False, "Preallocate segment files.", None, False, True),
    ("log.message.timestamp.type", _S, "CreateTime", ("Message timestamps: CreateTime or "
     "LogAppendTime."), _TS_TYPE, True, True),
    ("log.message.timestamp.before.max.ms", _L, LONG_MAX, ("Largest allowed age of a "
     "message's CreateTime."), _NONNEG, False, True),
    ("log.message.timestamp.after.max.ms", _L, 3600000, ("Largest allowed lead of a "
     "message's CreateTime over the broker clock."), _NONNEG, False, True),
    ("log.cleaner.enable", _B, True, "Run the log cleaner (compaction).", None, False, False),
    ("log.cleaner.threads", _I, 1, "Log cleaner threads.", _NONNEG, False, True),
    ("log.cleaner.backoff.ms", _L, 15000, "Sleep when there is nothing to clean.",
     _NONNEG, False, True),
    ("log.cleaner.dedupe.buffer.size", _L, 134217728, ("Dedupe memory for all cleaner "
     "threads."), None, False, True),
    ("log.cleaner.delete.retention.ms", _L, 86400000, ("How long delete tombstones are kept "
     "in compacted topics."), _NONNEG, False, True),
    ("log.cleaner.min.cleanable.ratio", _D, 0.5, ("Minimum dirty ratio before a log is "
     "compacted."), Range(0, 1), False, True),
    ("log.cleaner.min.compaction.lag.ms", _L, 0, "Minimum time a message stays uncompacted.",
     _NONNEG, False, True),
    ("log.cleaner.max.compaction.lag.ms", _L, LONG_MAX, ("Maximum time a message stays "
     "uncompacted."), _POS, False, True),
    ("num.recovery.threads.per.data.dir", _I, 2, "Threads per data dir for log recovery.",
     _POS, False, True),
    # --- messages and requests
    ("message.max.bytes", _I, 1048588, ("Largest record batch size allowed (after "
     "compression); topic override max.message.bytes."), _NONNEG, True, True),
    ("compression.type", _S, "producer", ("Final compression type of a topic's batches; "
     "kafkapy stores batches as produced."), _COMPRESSION, False, True),
    ("compression.gzip.level", _I, -1, "gzip level when compression.type=gzip.",
     Range(-1, 9), False, True),
    ("compression.lz4.level", _I, 9, "lz4 level when compression.type=lz4.",
     Range(1, 17), False, True),
    ("compression.zstd.level", _I, 3, "zstd level when compression.type=zstd.",
     Range(-131072, 22), False, True),
    ("socket.request.max.bytes", _I, 104857600, "Largest request frame accepted.",
     _POS, True, False),
    ("socket.send.buffer.bytes", _I, 102400, "SO_SNDBUF of sockets; -1: the OS default.",
     None, False, False),
    ("socket.receive.buffer.bytes", _I, 102400, "SO_RCVBUF of sockets; -1: the OS default.",
     None, False, False),
    ("socket.listen.backlog.size", _I, 50, "Listen backlog of server sockets.", _POS,
     False, False),
    ("queued.max.requests", _I, 500, ("Requests a connection may have in flight before the "
     "broker stops reading from it."), _POS, True, False),
    ("queued.max.request.bytes", _L, -1, ("Bytes of queued requests before reading stops; "
     "-1: unlimited."), None, False, False),
    ("connections.max.idle.ms", _L, 600000, "Idle connections are closed after this long.",
     None, True, False),
    ("connections.max.reauth.ms", _L, 0, "SASL re-authentication interval.", None, False, False),
    ("max.connections", _I, INT_MAX, "Maximum connections to the broker.", _NONNEG, False, True),
    ("max.connections.per.ip", _I, INT_MAX, "Maximum connections from one address.",
     _NONNEG, False, True),
    ("fetch.max.bytes", _I, 57671680, "Maximum bytes returned for one Fetch request.",
     Range(1024), False, False),
    ("num.io.threads", _I, 8, "Request handler threads; kafkapy runs one event loop.",
     _POS, False, True),
    ("num.network.threads", _I, 3, "Network threads; kafkapy runs one event loop.",
     _POS, False, True),
    ("background.threads", _I, 10, "Background task threads.", _POS, False, True),
    ("num.replica.fetchers", _I, 1, "Replica fetcher threads.", None, False, True),
    ("request.timeout.ms", _I, 30000, "Accepted for compatibility.", None, False, False),
    # --- topics
    ("num.partitions", _I, 1, "Default number of partitions of a new topic.", _POS, True, True),
    ("default.replication.factor", _I, 1, "Default replication factor of a new topic.",
     None, True, False),
    ("auto.create.topics.enable", _B, True, ("Create unknown topics on Metadata requests that "
     "allow it."), None, True, False),
    ("delete.topic.enable", _B, True, "Allow DeleteTopics.", None, True, False),
    ("min.insync.replicas", _I, 1, "Minimum in-sync replicas for acks=all produce.",
     _POS, True, True),
    ("unclean.leader.election.enable", _B, False, "Allow out-of-ISR leader election.",
     None, True, True),
    ("auto.leader.rebalance.enable", _B, True, "Move leadership back to preferred replicas.",
     None, True, False),
    ("leader.imbalance.check.interval.seconds", _L, 300, "Leader rebalance check interval.",
     _POS, True, False),
    ("leader.imbalance.per.broker.percentage", _I, 10, "Allowed leader imbalance.", None,
     False, False),
    ("controlled.shutdown.enable", _B, True, "Controlled shutdown.", None, False, False),
    # --- replication
    ("replica.lag.time.max.ms", _L, 30000, ("A follower that has not caught up for this long "
     "leaves the ISR."), None, True, False),
    ("replica.fetch.max.bytes", _I, 1048576, "Bytes per partition a follower fetches.",
     _NONNEG, True, False),
    ("replica.fetch.wait.max.ms", _I, 500, "Follower fetch max wait.", None, True, False),
    ("replica.fetch.min.bytes", _I, 1, "Follower fetch min bytes.", None, True, False),
    ("replica.fetch.response.max.bytes", _I, 10485760, "Follower fetch response max bytes.",
     _NONNEG, True, False),
    ("replica.socket.timeout.ms", _I, 30000, "Follower socket timeout.", None, True, False),
    ("replica.fetch.backoff.ms", _I, 1000, "Follower sleep after a fetch error.", _NONNEG, True,
     False),
    ("replica.high.watermark.checkpoint.interval.ms", _L, 5000, ("How often high watermarks "
     "are checkpointed."), None, True, False),
    # --- groups and offsets
    ("offsets.topic.num.partitions", _I, 50, ("Partitions of __consumer_offsets (fixed once "
     "the topic exists)."), _POS, True, False),
    ("offsets.topic.replication.factor", _SH, 3, ("Replication factor of __consumer_offsets; "
     "capped at the live brokers."), Range(1), True, False),
    ("offsets.topic.segment.bytes", _I, 104857600, "Segment size of __consumer_offsets.",
     _POS, True, False),
    ("offsets.topic.compression.codec", _I, 0, "Compression of __consumer_offsets records.",
     None, False, False),
    ("offsets.retention.minutes", _I, 10080, ("Committed offsets of an empty group are kept "
     "this long."), _POS, True, False),
    ("offsets.retention.check.interval.ms", _L, 600000, ("How often stale offsets are "
     "checked."), _POS, True, False),
    ("offset.metadata.max.bytes", _I, 4096, ("Largest metadata string an offset commit "
     "may carry (OFFSET_METADATA_TOO_LARGE above it)."), _NONNEG, True, False),
    ("offsets.commit.timeout.ms", _I, 5000, "Offset commit timeout.", _POS, False, False),
    ("offsets.load.buffer.size", _I, 5242880, "Offsets load batch size.", _POS, False, False),
    ("group.initial.rebalance.delay.ms", _I, 3000, ("Delay before the first rebalance of an "
     "empty group."), None, True, False),
    ("group.min.session.timeout.ms", _I, 6000, ("Smallest session timeout a member may ask "
     "for."), None, True, False),
    ("group.max.session.timeout.ms", _I, 1800000, ("Largest session timeout a member may ask "
     "for."), None, True, False),
    ("group.max.size", _I, INT_MAX, "Maximum members of one group.", _POS, True, False),
    ("group.coordinator.rebalance.protocols", _LS, ["classic", "consumer"], ("Enabled group "
     "protocols; kafkapy implements classic."), OneOf(("classic", "consumer", "share",
                                                      "streams")), False, False),
    # --- producers and transactions
    ("producer.id.expiration.ms", _I, 86400000, "Idle producer ids expire after this long.",
     _NONNEG, True, True),
    ("producer.id.expiration.check.interval.ms", _I, 600000, "Producer id expiration check.",
     _POS, True, False),
    ("transactional.id.expiration.ms", _I, 604800000, "Idle transactional ids expire.",
     _POS, False, False),
    ("transaction.max.timeout.ms", _I, 900000, "Largest transaction timeout.", _POS,
     False, False),
    ("transaction.state.log.num.partitions", _I, 50, "Partitions of __transaction_state.",
     _POS, False, False),
    ("transaction.state.log.replication.factor", _SH, 3, ("Replication of "
     "__transaction_state."), Range(1), False, False),
    ("transaction.state.log.min.isr", _I, 2, "min ISR of __transaction_state.", _POS,
     False, False),
    ("max.incremental.fetch.session.cache.slots", _I, 1000, "Fetch sessions cached.",
     _NONNEG, False, False),
    # --- security (accepted: kafkapy serves PLAINTEXT; PASSWORD values are never described)
    ("ssl.keystore.location", _S, None, "Key store file.", None, False, True),
    ("ssl.keystore.password", _P, None, "Key store password.", None, False, True),
    ("ssl.key.password", _P, None, "Private key password.", None, False, True),
    ("ssl.truststore.location", _S, None, "Trust store file.", None, False, True),
    ("ssl.truststore.password", _P, None, "Trust store password.", None, False, True),
    ("ssl.client.auth", _S, "none", "Client authentication.",
     OneOf(("required", "requested", "none")), False, False),
    ("sasl.enabled.mechanisms", _LS, ["GSSAPI"], "Enabled SASL mechanisms.", None, False, True),
    ("sasl.jaas.config", _P, None, "JAAS login context.", None, False, True),
    ("authorizer.class.name", _S, "", "Authorizer class; kafkapy authorizes everything.", None,
     False, False),
    # --- metrics (accepted)
    ("metric.reporters", _LS, [], "Metric reporter classes; accepted, unused.", None,
     False, True),
    ("metrics.num.samples", _I, 2, "Metric samples.", _POS, False, False),
    ("metrics.sample.window.ms", _L, 30000, "Metric sample window.", _POS, False, False),
]

BROKER_KEYS: dict[str, ConfigKey] = {
    n: ConfigKey(n, t, d, doc, v, impl, dyn) for n, t, d, doc, v, impl, dyn in _BROKER
}

# Topic keys: (name, type, doc, broker synonyms, validator, implemented). Defaults come from the
# broker synonyms, as in Kafka's `LogConfig.TopicConfigSynonyms`.
_TOPIC: list[tuple[str, ConfigType, str, tuple[str, ...], Validator | None, bool]] = [
    ("cleanup.policy", _LS, "delete and/or compact old segments.", ("log.cleanup.policy",),
     _CLEANUP, True),
    ("compression.type", _S, "Final compression of the topic's batches.",
     ("compression.type",), _COMPRESSION, False),
    ("compression.gzip.level", _I, "gzip level.", ("compression.gzip.level",), Range(-1, 9),
     False),
    ("compression.lz4.level", _I, "lz4 level.", ("compression.lz4.level",), Range(1, 17), False),
    ("compression.zstd.level", _I, "zstd level.", ("compression.zstd.level",),
     Range(-131072, 22), False),
    ("delete.retention.ms", _L, "How long tombstones are kept in a compacted topic.",
     ("log.cleaner.delete.retention.ms",), _NONNEG, False),
    ("file.delete.delay.ms", _L, "Delay before a deleted segment's files are removed.",
     ("log.segment.delete.delay.ms",), _NONNEG, True),
    ("flush.messages", _L, "Messages between fsyncs of the log.",
     ("log.flush.interval.messages",), _POS, True),
    ("flush.ms", _L, "Maximum time between fsyncs of the log.",
     ("log.flush.interval.ms", "log.flush.scheduler.interval.ms"), _NONNEG, True),
    ("index.interval.bytes", _I, "Bytes between offset index entries.",
     ("log.index.interval.bytes",), _NONNEG, True),
    ("max.compaction.lag.ms", _L, "Maximum time a message stays uncompacted.",
     ("log.cleaner.max.compaction.lag.ms",), _POS, False),
    ("max.message.bytes", _I, "Largest record batch size allowed (after compression).",
     ("message.max.bytes",), _NONNEG, True),
    ("message.timestamp.type", _S, "CreateTime or LogAppendTime.",
     ("log.message.timestamp.type",), _TS_TYPE, True),
    ("message.timestamp.before.max.ms", _L, "Largest allowed age of a CreateTime.",
     ("log.message.timestamp.before.max.ms",), _NONNEG, False),
    ("message.timestamp.after.max.ms", _L, "Largest allowed lead of a CreateTime.",
     ("log.message.timestamp.after.max.ms",), _NONNEG, False),
    ("min.cleanable.dirty.ratio", _D, "Minimum dirty ratio before compaction.",
     ("log.cleaner.min.cleanable.ratio",), Range(0, 1), False),
    ("min.compaction.lag.ms", _L, "Minimum time a message stays uncompacted.",
     ("log.cleaner.min.compaction.lag.ms",), _NONNEG, False),
    ("min.insync.replicas", _I, "Minimum in-sync replicas for acks=all.",
     ("min.insync.replicas",), _POS, True),
    ("preallocate", _B, "Preallocate segment files.", ("log.preallocate",), None, False),
    ("retention.bytes", _L, ("Maximum partition size before old segments are deleted; -1: "
     "unlimited."), ("log.retention.bytes",), None, True),
    ("retention.ms", _L, "How long segments are kept; -1: unlimited.",
     ("log.retention.ms", "log.retention.minutes", "log.retention.hours"), Range(-1), True),
    ("segment.bytes", _I, "Segment file size.", ("log.segment.bytes",),
     Range(MIN_SEGMENT_BYTES), True),
    ("segment.index.bytes", _I, "Maximum size of a segment's index.",
     ("log.index.size.max.bytes",), Range(4), True),
    ("segment.jitter.ms", _L, "Maximum jitter subtracted from segment.ms.",
     ("log.roll.jitter.ms", "log.roll.jitter.hours"), _NONNEG, True),
    ("segment.ms", _L, "Time after which a segment is rolled.",
     ("log.roll.ms", "log.roll.hours"), _POS, True),
    ("unclean.leader.election.enable", _B, "Allow out-of-ISR leader election.",
     ("unclean.leader.election.enable",), None, True),
    ("leader.replication.throttled.replicas", _LS, "Throttled replicas on the leader.", (),
     None, False),
    ("follower.replication.throttled.replicas", _LS, "Throttled replicas on followers.", (),
     None, False),
    ("remote.storage.enable", _B, "Tiered storage; kafkapy has none (true is rejected).", (),
     None, False),
    ("local.retention.ms", _L, "Local retention with tiered storage (-2: retention.ms).", (),
     Range(-2), False),
    ("local.retention.bytes", _L, "Local retention with tiered storage (-2: retention.bytes).",
     (), Range(-2), False),
]

_TOPIC_DEFAULTS: dict[str, ConfigValue] = {
    "leader.replication.throttled.replicas": [],
    "follower.replication.throttled.replicas": [],
    "remote.storage.enable": False,
    "local.retention.ms": -2,
    "local.retention.bytes": -2,
}

TOPIC_KEYS: dict[str, TopicKey] = {
    n: TopicKey(n, t, doc, syn, v, _TOPIC_DEFAULTS.get(n), impl)
    for n, t, doc, syn, v, impl in _TOPIC
}

# Broker keys that, when expressed in a coarser unit, convert into the first synonym's unit.
UNIT_MS: dict[str, int] = {
    "log.retention.minutes": 60_000,
    "log.retention.hours": 3_600_000,
    "log.roll.hours": 3_600_000,
    "log.roll.jitter.hours": 3_600_000,
}
