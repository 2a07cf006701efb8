"""The files are Kafka's: segments parsed by an independent decoder (kafka-python's
``MemoryRecords``), index entries checked against the batches they point to."""

from __future__ import annotations

import os
import struct

from kafka.record import MemoryRecords

from storage import LogConfig
from tests.storage.conftest import make_batch, open_log
from wire.records import Compression


def test_segments_parse_with_kafka_python(log_dir: str) -> None:
    log = open_log(log_dir, LogConfig(segment_bytes=1500, index_interval_bytes=500))
    codecs = list(Compression)
    epochs = [i // 10 for i in range(40)]
    for i in range(40):
        log.append_as_leader(make_batch(1 + i % 7, timestamp=10_000 + i, tag=i, value_size=90,
                                        compression=codecs[i % len(codecs)]), i // 10)
    log.close()
    names = sorted(os.listdir(log_dir))
    logs = [n for n in names if n.endswith(".log")]
    assert len(logs) > 3 and all(len(n) == 24 for n in logs)
    expected_offset = 0
    for name in logs:
        base = int(name[:20])
        assert base == expected_offset
        with open(os.path.join(log_dir, name), "rb") as f:
            data = f.read()
        records = MemoryRecords(data)
        positions = {}
        position = 0
        while records.has_next():
            batch = records.next_batch()
            assert batch.validate_crc()
            assert batch.base_offset == expected_offset
            assert batch.leader_epoch == epochs.pop(0)
            offsets = [r.offset for r in batch]
            assert offsets == list(range(expected_offset, expected_offset + len(offsets)))
            positions[batch.last_offset] = position
            position += batch.size_in_bytes
            expected_offset = batch.last_offset + 1
        assert position == len(data)
        with open(os.path.join(log_dir, name[:20] + ".index"), "rb") as f:
            index = f.read()
        for rel, pos in struct.iter_unpack(">ii", index):
            assert positions[base + rel] == pos  # entry = (batch last offset, batch position)
        with open(os.path.join(log_dir, name[:20] + ".timeindex"), "rb") as f:
            time_index = f.read()
        entries = list(struct.iter_unpack(">qi", time_index))
        assert entries, name
        assert [t for t, _ in entries] == sorted({t for t, _ in entries})
    assert expected_offset == log.log_end_offset and not epochs
