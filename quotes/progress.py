"""A small progress line for the command line: articles done, articles per second, time left.

The library reports progress through a callback (``progress(1)`` per article); this is the CLI's
receiver. It redraws one line on its stream at most every :data:`REDRAW_SECONDS`, and says
nothing at all when it is not enabled (stderr not a terminal, or ``--quiet``).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TextIO

#: Seconds between redraws: often enough to look alive, rarely enough to cost nothing.
REDRAW_SECONDS = 0.2


def format_duration(seconds: float) -> str:
    """``"1:02:03"``, ``"2:03"`` or ``"0:05"`` for a number of seconds."""
    whole = max(0, round(seconds))
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


class ProgressLine:
    """Counts articles and redraws ``"120/5000 articles  14.2/s  5:43 left"`` on a stream.

    Args:
        stream: where to draw (the CLI passes stderr).
        total: how many articles there are, or ``None`` when unknown (rate only).
        enabled: draw at all; when false every method does nothing.
        clock: the time source, replaceable in tests.
    """

    def __init__(
        self,
        stream: TextIO,
        total: int | None,
        *,
        enabled: bool = True,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.stream = stream
        self.total = total
        self.enabled = enabled
        self.clock = clock
        self.done = 0
        self.started = clock()
        self.drawn_at: float | None = None
        self.width = 0

    def __call__(self, count: int) -> None:
        """Record ``count`` more articles (the library's progress callback)."""
        self.done += count
        now = self.clock()
        if self.enabled and (self.drawn_at is None or now - self.drawn_at >= REDRAW_SECONDS):
            self._draw(now)

    def text(self, now: float) -> str:
        """The line as it reads at time ``now``."""
        elapsed = now - self.started
        rate = self.done / elapsed if elapsed > 0 else 0.0
        done = f"{self.done}/{self.total}" if self.total is not None else str(self.done)
        line = f"{done} articles  {rate:.1f}/s"
        if self.total is not None and rate > 0 and self.done <= self.total:
            line += f"  {format_duration((self.total - self.done) / rate)} left"
        return line

    def _draw(self, now: float) -> None:
        line = self.text(now)
        self.stream.write("\r" + line.ljust(self.width))
        self.stream.flush()
        self.width = len(line)
        self.drawn_at = now

    def close(self) -> None:
        """Draw the final count and end the line (only if anything was drawn)."""
        if self.enabled and self.drawn_at is not None:
            self._draw(self.clock())
            self.stream.write("\n")
            self.stream.flush()
