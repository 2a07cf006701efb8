"""deletable_segments: which segments retention deletes, why, and where the walk stops."""

from __future__ import annotations

import os

from storage import LogConfig
from storage.log_retention import deletable_segments
from tests.storage.conftest import make_batch, open_log


def test_reasons_and_stopping_rules(log_dir: str) -> None:
    log = open_log(log_dir, LogConfig(segment_bytes=1000))
    for i in range(8):
        log.append_as_leader(make_batch(1, value_size=300, timestamp=1000 * (i + 1)), 0)
    segments = log.segments.values()
    bases = [s.base_offset for s in segments]
    assert bases == [0, 2, 4, 6]
    end = log.log_end_offset

    def decide(config: LogConfig, now: int = 0, *, retention: bool = True, start: int = 0,
               hw: int = end) -> list[tuple[int, str]]:
        found = deletable_segments(segments, config, now, retention=retention,
                                   log_start_offset=start, high_watermark=hw,
                                   log_end_offset=end)
        return [(s.base_offset, reason.split(" ")[0]) for s, reason in found]

    assert decide(LogConfig()) == []
    # below the log start offset: whole segments only, retention or not
    assert decide(LogConfig(), start=5, retention=False) == [(0, "below"), (2, "below")]
    # retention.ms: segment timestamps are 2000, 4000, 6000, 8000
    assert decide(LogConfig(retention_ms=3000), now=8500) == [(0, "older"), (2, "older")]
    assert decide(LogConfig(retention_ms=3000), now=8500, retention=False) == []
    # nothing at or above the high watermark goes
    assert decide(LogConfig(retention_ms=3000), now=8500, hw=3) == [(0, "older")]
    # retention.bytes: the oldest segments until the log fits
    total = sum(s.size for s in segments)
    size = segments[0].size
    assert all(s.size == size for s in segments)
    assert decide(LogConfig(retention_bytes=total - size)) == [(0, "beyond")]
    # segments deleted for another reason count against retention.bytes (Kafka measures the
    # log after its log-start-offset pass): nothing more goes once the log fits
    assert decide(LogConfig(retention_bytes=total - size), start=5) == \
        [(0, "below"), (2, "below")]
    assert decide(LogConfig(retention_ms=5000, retention_bytes=total - size), now=8500) == \
        [(0, "older")]
    assert decide(LogConfig(retention_bytes=total - 2 * size), start=3) == \
        [(0, "below"), (2, "beyond")]
    # compacted topics: retention does not apply, the log start offset does
    compact = LogConfig(retention_ms=1, cleanup_policy="compact")
    assert decide(compact, now=10**9) == []
    assert decide(compact, now=10**9, start=3) == [(0, "below")]
    # an empty active segment is never deleted
    log.roll()
    segments = log.segments.values()
    assert decide(LogConfig(retention_ms=0), now=10**9) == \
        [(0, "older"), (2, "older"), (4, "older"), (6, "older")]
    assert os.path.exists(segments[-1].log_path)
