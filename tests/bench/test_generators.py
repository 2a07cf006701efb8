"""The load generators and their ceiling: the sink's Fetch source against real librdkafka and the
raw Fetch client, the raw client's batch walk on edge cases, the C-driven producer loop, the
profiler's flame graph. No timing assertions: counts and bytes only."""

from __future__ import annotations

import os
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
    """A sink process serving 4 partitions of 3,000 records of 100 B (batches of 1,000)."""
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
    try:
        size = len(src.batch)
        req = rawfetch.fetch_request(1, "t", {0: 0, 1: 9_950, 2: 20_000}, 100, 3 * size,
                                     2 * size)
        reader = sink._Reader(memoryview(req), 4 + 8 + 2 + len(b"bench-raw"))
        pieces, total, delay = src.response(reader)
        regions = [p for p in pieces if isinstance(p, tuple)]
        buffers = b"".join(p for p in pieces if not isinstance(p, tuple))
        assert delay == 0 and total == len(buffers) + sum(r[2] for r in regions)
        # partition 0: two batches (its limit); 1: the batch holding offset 9,950 (the
        # response's room); 2: out of range
        assert [r[1:] for r in regions] == [(0, 2 * size), (99 * size, size)]
        assert counters["records_out"] == 200 + 50
        assert struct.pack(">ih", 2, sink.OFFSET_OUT_OF_RANGE) in buffers
        # the file holds the log: the batch at 99 x size has base offset 9,900
        assert os.pread(src.fd, 8, 99 * size) == struct.pack(">q", 9_900)
    finally:
        src.close()


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
    assert res["uncounted_chunks"] == 0
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


def test_raw_producer_counts_the_records_the_sink_acknowledged() -> None:
    from bench import rawproduce

    ready, stop = lg.SPAWN.Queue(), lg.SPAWN.Event()
    proc = lg.SPAWN.Process(target=sink.serve, args=(3, ready, stop), daemon=True)
    proc.start()
    try:
        port = ready.get(timeout=20)
        out: queue.Queue[dict] = queue.Queue()
        spec = lg.ProduceSpec(f"127.0.0.1:{port}", "sink", 3, 100, duration_s=30,
                              max_bytes=100 * 50_000)
        rawproduce.raw_produce_worker(spec, 0, 0.0, out)
        res = out.get_nowait()
    finally:
        stop.set()
        counters = ready.get(timeout=10)
        proc.join(10)
    per = res["per_batch"]
    requests = -(-50_000 // per)  # whole batches until the budget is covered
    assert res["first_error"] is None and res["sent"] == requests * per
    assert res["bytes"] == res["sent"] * 100
    assert counters["produce_requests"] == requests
    assert counters["bytes_in"] > requests * per * 100


def test_raw_producer_reads_partition_errors_from_the_response() -> None:
    from bench import rawproduce

    body = struct.pack(">ii", 7, 1) + struct.pack(">h", 1) + b"t" + struct.pack(">i", 2)
    body += struct.pack(">ihqq", 0, 0, 5, -1) + struct.pack(">ihqq", 1, 6, -1, -1)
    body += struct.pack(">i", 0)
    assert rawproduce.parse_response(body) == (7, [(0, 0), (1, 6)])
    head = rawproduce.request_head(3, "t", 2, -1, 1000)
    size, key, version, cid = struct.unpack_from(">ihhi", head, 0)
    assert (key, version, cid) == (0, 3, 3) and size == len(head) - 4 + 1000


def test_sink_answers_in_request_order_behind_a_long_poll(source: tuple) -> None:
    import socket

    bootstrap, log, _ = source
    host, port = bootstrap.rsplit(":", 1)
    with socket.create_connection((host, int(port)), timeout=10) as s:
        # a fetch at the end of the log waits max_wait_ms; the ApiVersions after it must not
        # overtake it
        s.sendall(rawfetch.fetch_request(1, "sink", {0: log.messages}, 200, 1 << 20, 1 << 20))
        api_versions = struct.pack(">hhih", 18, 0, 2, 1) + b"t"
        s.sendall(struct.pack(">i", len(api_versions)) + api_versions)
        ids = []
        for _ in range(2):
            size, correlation_id = struct.unpack(">ii", s.recv(8, socket.MSG_WAITALL))
            ids.append(correlation_id)
            s.recv(size - 4, socket.MSG_WAITALL)
    assert ids == [1, 2]
