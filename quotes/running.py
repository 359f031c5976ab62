"""How the command line runs a long job: how many worker processes, the progress line, skipped
articles, and interrupts that stop a build cleanly.

The click commands in :mod:`quotes.cli` hold the options; this module holds the machinery they
share, so each command stays a thin call into the library.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, TypeVar

import click

_T = TypeVar("_T")


class Workers(click.ParamType):
    """A number of processes (at least 1), or ``auto``: every CPU this process may run on."""

    name = "N|auto"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> int:
        if isinstance(value, int):
            number = value
        elif str(value).strip().lower() == "auto":
            return usable_cpus()
        else:
            try:
                number = int(value)
            except ValueError:
                self.fail(f"{value!r} is not a whole number. Give at least 1, or 'auto'.", param, ctx)
        if number < 1:
            self.fail(f"{number} is not in the range x>=1. Give at least 1, or 'auto'.", param, ctx)
        return number


def usable_cpus() -> int:
    """The CPUs this process may run on: its affinity mask where the platform has one (a container or
    ``taskset`` may allow fewer than the machine has), else the machine's count."""
    import os

    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


def stderr_is_terminal() -> bool:
    import sys

    return sys.stderr.isatty()


class Progress:
    """The CLI's progress line on stderr: only on a terminal and without --quiet."""

    def __init__(self, paths: Sequence[Path], quiet: bool) -> None:
        import sys

        from quotes.progress import ProgressLine
        from quotes.read.articles import count_documents

        enabled = not quiet and stderr_is_terminal()
        total = count_documents(paths) if enabled else None
        self.line = ProgressLine(sys.stderr, total, enabled=enabled)

    def __enter__(self) -> Callable[[int], None] | None:
        return self.line if self.line.enabled else None

    def __exit__(self, *exc: object) -> None:
        self.line.close()


def report_skipped(skipped: Sequence[object]) -> None:
    if skipped:
        click.echo(f"Skipped {len(skipped)} bad article(s):", err=True)
        for article in skipped:
            click.echo(f"  {article}", err=True)


class TerminateAsInterrupt:
    """Turn SIGINT and SIGTERM into KeyboardInterrupt while building, so a stopped build cleans up.

    The handler also remembers the signal, and :meth:`ticker` raises it again after the next
    document: Python drops an exception raised while a finaliser runs, so an interrupt that lands
    there would otherwise be lost and the build would carry on to the end.
    """

    def __enter__(self) -> TerminateAsInterrupt:
        import signal
        import threading

        self.pending = False
        self.previous: dict[int, Any] = {}
        if threading.current_thread() is threading.main_thread():
            for signum in (signal.SIGINT, signal.SIGTERM):
                self.previous[signum] = signal.signal(signum, self._interrupt)
        return self

    def __exit__(self, *exc: object) -> None:
        import signal

        for signum, handler in self.previous.items():
            signal.signal(signum, handler)

    def _interrupt(self, signum: int, frame: object) -> None:
        self.pending = True
        raise KeyboardInterrupt

    def ticker(self, progress: Callable[[int], None] | None) -> Ticker:
        """A per-document callback: raise a remembered interrupt, then report to ``progress``."""
        return Ticker(self, progress)


class Ticker:
    """Called after each document: stops a build whose interrupt was dropped, and feeds the line."""

    def __init__(self, stop: TerminateAsInterrupt, line: Callable[[int], None] | None) -> None:
        self.stop = stop
        self.line = line  # the progress line, or None when it is not shown

    def __call__(self, count: int) -> None:
        if self.stop.pending:
            raise KeyboardInterrupt
        if self.line is not None:
            self.line(count)


def capped_workers(workers: int, no_cap: bool) -> int:
    """``workers``, or the number of CPUs with a warning when it asks for more (each holds a model)."""
    cpus = usable_cpus()
    if no_cap or workers <= cpus:
        return workers
    click.echo(
        f"Warning: --workers {workers} is more than the {cpus} CPUs here; using {cpus} "
        f"(pass --no-cap to start {workers} anyway)",
        err=True,
    )
    return cpus


def some_documents(documents: Iterator[_T], paths: Sequence[Path], skipped: Sequence[object]) -> Iterator[_T]:
    """``documents``, or the error `build` gives when the inputs hold none (read before the model loads)."""
    import itertools

    from quotes.read.articles import no_articles

    first = next(documents, None)
    if first is None:
        raise click.ClickException(no_articles(paths, len(skipped)))
    return itertools.chain([first], documents)


def counted(pairs: Iterable[_T], progress: Callable[[int], None] | None) -> Iterator[_T]:
    """Pass ``pairs`` on, reporting each to ``progress``."""
    for pair in pairs:
        if progress is not None:
            progress(1)
        yield pair
