"""Run settings: every size and duration of a run, with the quick (smoke) and full presets."""

from __future__ import annotations

from dataclasses import dataclass, field

GB = 1_000_000_000
MB = 1_000_000

WORKLOADS = ("limits", "ceiling", "produce", "consume", "latency", "e2e", "partitions",
             "connections", "biglog", "profile")


@dataclass
class Settings:
    quick: bool = False
    brokers: tuple[str, ...] = ("kafkapy", "tansu")
    only: tuple[str, ...] = WORKLOADS
    rounds: int = 2  # repeats of the produce and consume cases (medians reported)
    producers: int = 1  # producer processes per throughput case (2 cores: see docs)
    consumers: int = 4  # librdkafka consumer processes (each 2 of the 8 partitions): see docs
    raw_producers: int = 1  # raw Produce client processes (bench/rawproduce.py); 0: skip
    raw_produce_sizes: tuple[int, ...] = (100,)  # value sizes that get a raw produce pass
    raw_produce_s: float = 5.0
    raw_consumers: int = 4  # raw Fetch client processes, same partition split; 0: skip the pass
    raw_consume_s: float = 5.0  # the raw clients re-read the log from offset 0 this long
    limits_s: float = 3.0
    produce_s: float = 10.0
    produce_max_bytes: int = 3 * GB  # per case, so Tansu's memory store stays bounded
    consume_bytes: int = 1 * GB
    latency_s: float = 15.0
    latency_rates: tuple[float, ...] = (10 * MB, 50 * MB)
    e2e_s: float = 15.0
    e2e_rate: float = 10 * MB
    partitions: int = 10_000
    idle_s: float = 10.0
    connections: int = 1000
    connections_s: float = 5.0
    biglog_bytes: int = 4 * GB
    tansu_max_bytes: int = 4 * GB  # Tansu keeps data in RAM: cap what it is asked to hold
    profile_s: float = 10.0
    strace: bool = True
    tansu_restart_rss: int = 3 * GB
    extra: dict[str, str] = field(default_factory=dict)

    @classmethod
    def quick_preset(cls) -> Settings:
        return cls(quick=True, rounds=1, limits_s=1.0, produce_s=3.0, produce_max_bytes=1 * GB,
                   raw_produce_s=2.0, raw_consume_s=2.0, consume_bytes=200 * MB,
                   latency_s=4.0, e2e_s=4.0, partitions=1000, idle_s=3.0, connections=200,
                   connections_s=2.0, biglog_bytes=1 * GB, profile_s=4.0)
