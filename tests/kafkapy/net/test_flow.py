"""FlowControl: reading pauses at queued.max.requests, with a backlog, while the response
buffer is above its high water, and for good once closing; it resumes when all clear."""

from __future__ import annotations

from kafkapy.net.flow import RESPONSE_BUFFER_HIGH, RESPONSE_BUFFER_LOW, FlowControl


class FakeTransport:
    def __init__(self) -> None:
        self.reading = True
        self.closing = False
        self.calls: list[str] = []
        self.limits: tuple[int, int] | None = None

    def set_write_buffer_limits(self, high: int, low: int) -> None:
        self.limits = (high, low)

    def is_closing(self) -> bool:
        return self.closing

    def is_reading(self) -> bool:
        return self.reading

    def pause_reading(self) -> None:
        self.calls.append("pause")
        self.reading = False

    def resume_reading(self) -> None:
        self.calls.append("resume")
        self.reading = True


def attached(queued_max_requests: int = 2) -> tuple[FlowControl, FakeTransport]:
    flow = FlowControl(queued_max_requests)
    transport = FakeTransport()
    flow.attach(transport)  # type: ignore[arg-type]
    return flow, transport


def test_attach_sets_the_response_buffer_water_marks() -> None:
    _, transport = attached()
    assert transport.limits == (RESPONSE_BUFFER_HIGH, RESPONSE_BUFFER_LOW)


def test_pauses_at_queued_max_requests_and_resumes_below() -> None:
    flow, transport = attached(2)
    flow.update(1, closing=False)
    assert transport.calls == []
    flow.update(2, closing=False)
    assert transport.calls == ["pause"] and not flow.reading
    flow.update(2, closing=False)  # already paused: the transport is not asked twice
    flow.update(1, closing=False)
    assert transport.calls == ["pause", "resume"] and flow.reading


def test_zero_or_negative_queued_max_requests_still_admits_one() -> None:
    flow, transport = attached(0)
    assert flow.max_in_flight == 1
    flow.update(0, closing=False)
    assert transport.calls == []


def test_a_backlog_keeps_reading_paused_until_it_is_decoded() -> None:
    flow, transport = attached(10)
    flow.backlog.append(memoryview(b"frame"))
    flow.update(0, closing=False)
    assert transport.calls == ["pause"]
    flow.backlog.clear()
    flow.update(0, closing=False)
    assert transport.calls == ["pause", "resume"]


def test_response_buffer_above_high_water_pauses_reading() -> None:
    flow, transport = attached()
    flow.write_paused = True
    flow.update(0, closing=False)
    assert transport.calls == ["pause"]
    flow.write_paused = False
    flow.update(0, closing=False)
    assert transport.calls == ["pause", "resume"]


def test_closing_pauses_and_a_closing_transport_is_left_alone() -> None:
    flow, transport = attached()
    flow.update(0, closing=True)
    assert transport.calls == ["pause"]
    transport.closing = True
    flow.update(0, closing=False)
    assert transport.calls == ["pause"]


def test_stop_drops_the_backlog_and_pauses_even_if_out_of_step() -> None:
    flow, transport = attached()
    flow.backlog.append(memoryview(b"frame"))
    flow.reading = False  # believed paused, but the transport reads (loop.sendfile resumed it)
    flow.stop()
    assert not flow.backlog and transport.calls == ["pause"] and not transport.reading


def test_resync_reads_the_transport_state_back() -> None:
    flow, transport = attached(1)
    flow.update(1, closing=False)
    transport.reading = True  # loop.sendfile resumed reading behind our back
    flow.resync()
    flow.update(1, closing=False)
    assert transport.calls == ["pause", "pause"]
