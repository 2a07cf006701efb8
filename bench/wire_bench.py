"""Microbenchmarks of the protocol codec's hot path: ``python -m bench.wire_bench``.

* Produce request decode: a framed request (header + body) of one topic with 10 partitions
  carrying 1 MiB of records in total, as a broker receives it; includes the request header.
* Fetch response encode: 10 partitions whose records are ``FileRegion``s (the broker's
  sendfile path), header and size prefix included; and the same with in-memory records.

Prints microseconds per request (best of several repeats, so other load on the machine
inflates the figure least). No assertions: figures only.
"""

from __future__ import annotations

import argparse
import os
import timeit
import uuid
from collections.abc import Callable

from wire.file_region import FileRegion
from wire.framing import FrameReader, frame_chunks
from wire.headers import RequestHeader, ResponseHeader, response_header_version
from wire.messages import FetchResponse, ProduceRequest

PARTITIONS = 10
RECORDS_TOTAL = 1 << 20  # 1 MiB


def produce_frame(version: int) -> bytes:
    per = RECORDS_TOTAL // PARTITIONS
    req = ProduceRequest(
        transactional_id=None,
        acks=-1,
        timeout_ms=30000,
        topic_data=[
            ProduceRequest.TopicProduceData(
                name="bench-topic",
                topic_id=uuid.uuid4(),
                partition_data=[
                    ProduceRequest.PartitionProduceData(index=i, records=os.urandom(per))
                    for i in range(PARTITIONS)
                ],
            )
        ],
    )
    header = RequestHeader(0, version, 42, "bench-client").encode()
    body = req.encode(version)
    return len(header + body).to_bytes(4, "big") + header + body


def decode_produce(frame: memoryview) -> ProduceRequest:
    header, offset = RequestHeader.decode(frame)
    return ProduceRequest.decode(frame[offset:], header.api_version)


def fetch_response(records: Callable[[int], object]) -> FetchResponse:
    return FetchResponse(
        throttle_time_ms=0,
        error_code=0,
        session_id=0,
        responses=[
            FetchResponse.FetchableTopicResponse(
                topic="bench-topic",
                topic_id=uuid.UUID(int=7),
                partitions=[
                    FetchResponse.PartitionData(
                        partition_index=i,
                        high_watermark=123456,
                        last_stable_offset=123456,
                        log_start_offset=0,
                        aborted_transactions=None,
                        preferred_read_replica=-1,
                        records=records(i),  # type: ignore[arg-type]
                    )
                    for i in range(PARTITIONS)
                ],
            )
        ],
    )


def encode_fetch(resp: FetchResponse, version: int) -> list[bytes | FileRegion]:
    hv = response_header_version(1, version)
    return frame_chunks(ResponseHeader(42).encode(hv), resp.encode_chunks(version))


def best_us(fn: Callable[[], object], number: int, repeat: int) -> float:
    return min(timeit.repeat(fn, number=number, repeat=repeat)) / number * 1e6


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--number", type=int, default=2000)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args(argv)
    n, r = args.number, args.repeat
    print(f"{'case':58} {'us/request':>10}")
    for v in (7, 9, 11, 13):
        frame = produce_frame(v)
        body = FrameReader().feed(frame)[0]
        decoded = decode_produce(body)
        assert isinstance(decoded.topic_data[0].partition_data[0].records, memoryview)
        us = best_us(lambda body=body: decode_produce(body), n, r)
        print(f"{f'Produce v{v} request decode (10 partitions, 1 MiB, header)':58} {us:10.1f}")
    frame = produce_frame(9)
    us = best_us(lambda: FrameReader().feed(frame), n, r)
    print(f"{'FrameReader.feed of that 1 MiB frame (one chunk)':58} {us:10.1f}")
    per = RECORDS_TOTAL // PARTITIONS
    regions = fetch_response(lambda i: FileRegion(3, i * per, per))
    mem = fetch_response(lambda i: bytes(64))
    for v in (11, 12, 16):
        us = best_us(lambda v=v: encode_fetch(regions, v), n, r)
        print(f"{f'Fetch v{v} response encode (10 x FileRegion, frame)':58} {us:10.1f}")
    us = best_us(lambda: encode_fetch(mem, 16), n, r)
    print(f"{'Fetch v16 response encode (10 x 64 B in memory, frame)':58} {us:10.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
