"""The load generators and their ceiling: the sink's Fetch source against real librdkafka and the
raw Fetch client, the raw client's batch walk on edge cases, the C-driven producer loop, the
profiler's flame graph. No timing assertions: counts and bytes only."""

from __future__ import annotations

import queue
import struct
import subprocess
import sys
import xml.dom.minidom
from collections.abc import Iterator
from pathlib import Path

import pytest

from bench import flamegraph, rawfetch, sink
from bench import loadgen as lg
from bench import workloads as wl
from wire.records.builder import RecordBatchBuilder, build_batch

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def source() -> Iterator[tuple[str, sink.FetchLog, object]]:
    """A sink process serving 4 partitions of 2,500 records (batches of 1,000: the last one
    runs past the end, as the sink serves whole batches)."""
    log = sink.FetchLog(value_size=100, messages=3000, per_batch=1000)
    ready, stop = lg.SPAWN.Queue(), lg.SPAWN.Event()
    proc = lg.SPAWN.Process(target=sink.serve, args=(4, ready, stop, log), daemon=True)
    proc.start()
    counters: dict[str, int] = {}
    try:
        yield f"127.0.0.1:{ready.get(timeout=20)}", log, counters
    finally:
        stop.set()
        try:
            counters.update(ready.get(timeout=10))
        except queue.Empty:
            pass
        proc.join(10)
        if proc.is_alive():
            proc.kill()


def test_librdkafka_consumers_read_the_sinks_log_exactly(source: tuple) -> None:
    bootstrap, log, _ = source
    res = wl.consume_topic(bootstrap, "sink", [log.messages] * 4, consumers=2, budget_s=30)
    assert res["complete"] and res["messages"] == 4 * log.messages
    assert res["bytes"] == 4 * log.messages * log.value_size  # value bytes, from len(Message)


def test_raw_fetch_client_reads_the_sinks_log_and_stops_at_its_end(source: tuple) -> None:
    bootstrap, log, _ = source
    c = rawfetch.RawFetchConsumer(bootstrap, "sink", [0, 1, 2, 3], max_wait_ms=10)
    try:
        while c.records < 4 * log.messages:
            assert c.fetch_once() > 0
        assert c.offsets == dict.fromkeys(range(4), log.messages)
        assert c.fetch_once() == 0  # past the end: an empty long poll, nothing counted
    finally:
        c.close()
    assert c.records == 4 * log.messages
    assert c.batch_bytes == 4 * 3 * len(log.template())


def test_raw_fetch_worker_repeats_the_log_when_asked(source: tuple) -> None:
    bootstrap, log, _ = source
    out: queue.Queue[dict] = queue.Queue()
    spec = lg.ConsumeSpec(bootstrap, "sink", [0, 1], expected=2 * log.messages, duration_s=2,
                          value_size=log.value_size, repeat=True)
    rawfetch.raw_consume_worker(spec, 0, 0.0, out)
    res = out.get_nowait()
    assert res["complete"] and res["messages"] > 2 * log.messages  # read more than once
    assert res["bytes"] == res["messages"] * log.value_size


def _batch(base: int, n: int, control: bool = False) -> bytes:
    b = RecordBatchBuilder(base_offset=base, is_control=control)
    for _ in range(n):
        b.append(b"v" * 10)
    return b.build()


def test_walk_batches_counts_whole_batches_from_the_fetch_offset() -> None:
    data = _batch(0, 10) + _batch(10, 5) + _batch(15, 1, control=True) + _batch(16, 4)[:-7]
    view = memoryview(data)
    records, whole, nxt = rawfetch.walk_batches(view, 0, len(data), fetch_offset=4)
    assert records == 6 + 5  # offsets 4..14; the control batch and the cut batch not counted
    assert nxt == 16  # the partial batch is fetched again from its base offset
    assert whole == len(data) - len(_batch(16, 4)[:-7])


def test_walk_batches_rejects_old_message_formats() -> None:
    data = bytearray(_batch(0, 2))
    data[16] = 1  # magic v1
    with pytest.raises(rawfetch.FetchError):
        rawfetch.walk_batches(memoryview(data), 0, len(data), 0)


def test_fetch_source_respects_partition_and_response_limits() -> None:
    counters = dict.fromkeys(("fetch_requests", "records_out"), 0)
    src = sink.FetchSource(sink.FetchLog(10, 10_000, 100), counters)
    size = len(src.batch)
    req = rawfetch.fetch_request(1, "t", {0: 0, 1: 9_950, 2: 20_000}, 100, 3 * size, 2 * size)
    reader = sink._Reader(memoryview(req), 4 + 8 + 2 + len(b"bench-raw"))
    pieces, total, delay = src.response(reader)
    body = b"".join(pieces)
    assert len(body) == total and delay == 0
    # partition 0: two batches (its limit); 1: one batch (the response's room); 2: out of range
    assert counters["records_out"] == 300
    assert struct.pack(">ih", 2, sink.OFFSET_OUT_OF_RANGE) in body


def test_c_driven_producer_loop_delivers_exactly_what_it_counts() -> None:
    ready, stop = lg.SPAWN.Queue(), lg.SPAWN.Event()
    proc = lg.SPAWN.Process(target=sink.serve, args=(8, ready, stop), daemon=True)
    proc.start()
    try:
        port = ready.get(timeout=20)
        out: queue.Queue[dict] = queue.Queue()
        spec = lg.ProduceSpec(f"127.0.0.1:{port}", "sink", 8, 100, duration_s=30,
                              max_bytes=100 * 25_000, chunk=4_000)
        lg.throughput_worker(spec, 0, 0.0, out)
        res = out.get_nowait()
    finally:
        stop.set()
        counters = ready.get(timeout=10)
        proc.join(10)
    assert res["sent"] == 25_000 and res["errors"] == 0 and res["unflushed"] == 0
    assert res["bytes"] == 25_000 * 100
    assert counters["bytes_in"] > 25_000 * 100  # values plus record framing reached the sink


def test_flamegraph_svg_has_a_box_per_frame_and_is_valid_xml() -> None:
    text = "main (a.py:1);loop (a.py:5);append (b.py:9) 30\nmain (a.py:1);loop (a.py:5) 10\n"
    svg = flamegraph.render_svg(text, "t <&>")
    xml.dom.minidom.parseString(svg)
    assert svg.count("<rect") == 3
    assert "append (b.py:9): 30 samples (75.0%)" in svg


def test_profile_refuses_tansu_and_says_why() -> None:
    out = subprocess.run([sys.executable, "-m", "bench.profile", "--broker", "tansu"], cwd=REPO,
                         capture_output=True, text=True, timeout=60, check=False)
    assert out.returncode == 2 and "Tansu is not profiled" in out.stderr


def test_sink_template_is_a_valid_batch_of_the_logs_records() -> None:
    log = sink.FetchLog(value_size=7, messages=10, per_batch=5)
    tmpl = log.template()
    assert len(tmpl) > len(build_batch([(None, b"x" * 7)]))
    records, whole, nxt = rawfetch.walk_batches(memoryview(tmpl), 0, len(tmpl), 0)
    assert (records, whole, nxt) == (5, len(tmpl), 5)
