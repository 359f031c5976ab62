"""The CLI's progress line: count, rate, time left; silent when disabled."""

from __future__ import annotations

import io

import pytest

from quotes.progress import REDRAW_SECONDS, ProgressLine, format_duration


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


@pytest.mark.parametrize(
    ("seconds", "expected"),
    [(0, "0:00"), (5.4, "0:05"), (62, "1:02"), (3723, "1:02:03"), (-3, "0:00")],
)
def test_format_duration(seconds: float, expected: str) -> None:
    assert format_duration(seconds) == expected


@pytest.mark.parametrize(
    ("total", "expected"),
    [(100, "10/100 articles  5.0/s  0:18 left"), (None, "10 articles  5.0/s")],
)
def test_rate_and_time_left(total: int | None, expected: str) -> None:
    clock = Clock()
    line = ProgressLine(io.StringIO(), total, clock=clock)
    for _ in range(10):
        line(1)
    assert line.text(clock.now + 2.0) == expected


def test_redraws_are_throttled_and_the_line_is_ended() -> None:
    clock, stream = Clock(), io.StringIO()
    line = ProgressLine(stream, 3, clock=clock)
    line(1)
    line(1)  # same instant: not redrawn
    clock.now += REDRAW_SECONDS
    line(1)
    line.close()
    drawn = stream.getvalue()
    assert drawn.count("\r") == 3  # first, after the pause, and the final count
    assert drawn.endswith("3/3 articles  15.0/s  0:00 left\n")


def test_disabled_line_writes_nothing() -> None:
    stream = io.StringIO()
    line = ProgressLine(stream, 10, enabled=False)
    line(5)
    line.close()
    assert (stream.getvalue(), line.done) == ("", 5)
