"""A helper process for the Arrow and card work of a build, started before the parse.

Writing Parquet and generating the card's YAML need ``pyarrow`` and ``datasets``, about 1.4 s of CPU
to import. Imported in the build's own process they come after the parse or before it, never beside
it; a helper process started when the build starts imports them on the other core while this process
loads spaCy and parses, and then does that work when asked. The calls are made one at a time and
answered before the build goes on, so the staging directory is exactly as it would be with the work
done here, and a build publishes only what the helper has finished writing.

Where no process can be started, or the helper dies, the same functions run in this process: the
helper changes when the work is done, never what it writes.
"""

from __future__ import annotations

import importlib
import signal
import socket
import subprocess
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from multiprocessing.connection import Connection
from pathlib import Path
from types import TracebackType
from typing import Any

#: What a build's helper imports as it starts: the Parquet writer and the card (``pyarrow``, ``datasets``).
BUILD_MODULES: tuple[str, ...] = ("quotes.dataset.parquet", "quotes.dataset.card")
#: The imports a helper spares this process; where they are loaded here already it has no use.
_HEAVY: tuple[str, ...] = ("datasets", "pyarrow")
#: Seconds to wait for the helper to leave once told to, before it is terminated.
STOP_SECONDS = 5.0


class _Failure:
    """An exception raised in the helper, carried back to be raised in the caller."""

    def __init__(self, error: BaseException) -> None:
        self.error = error


#: What the helper's interpreter runs: this package from where the build imported it (not whatever
#: ``quotes`` the working directory holds), then :func:`_serve` on the socket it was handed.
_START = (
    "import sys; sys.path.insert(0, sys.argv[1]); "
    "from quotes.dataset.helper import _main; _main(sys.argv[2:])"
)
#: The folder holding the ``quotes`` package this process runs.
_PACKAGE_ROOT = str(Path(__file__).resolve().parent.parent.parent)


def _main(argv: Sequence[str]) -> None:
    """The helper's entry: ``argv`` is its socket's descriptor, then the modules to import."""
    _serve(Connection(int(argv[0])), argv[1:])


def _serve(connection: Connection, modules: Sequence[str]) -> None:
    """The helper's loop: import ``modules``, then run each ``(module, function, args, kwargs)`` sent,
    answering with its result (or the exception), until ``None`` comes or the build goes away."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # an interrupt is the build's to handle; it stops us
    for name in modules:
        importlib.import_module(name)
    while True:
        try:
            message = connection.recv()
        except (EOFError, OSError):
            return
        if message is None:
            return
        module, function, args, kwargs = message
        try:
            answer: Any = getattr(importlib.import_module(module), function)(*args, **kwargs)
        except Exception as error:  # noqa: BLE001  (every failure goes back to the build, which raises it)
            answer = _Failure(error)
        try:
            connection.send(answer)
        except Exception as error:  # noqa: BLE001  (an answer that cannot be pickled)
            connection.send(_Failure(RuntimeError(f"{module}.{function}: {type(error).__name__}: {error}")))


class Helper:
    """Runs module-level functions, named by module and function, in a helper process if it has one.

    The functions are named rather than passed, so this process never imports their modules while
    the helper answers.
    """

    def __init__(self, modules: Sequence[str] = ()) -> None:
        """Start a helper importing ``modules``; with none, every call runs in this process."""
        self._process: subprocess.Popen[bytes] | None = None
        self._connection: Connection | None = None
        if not modules:
            return
        ours, theirs = socket.socketpair()
        try:
            # A fresh interpreter, not a fork: the helper starts clean of whatever this process holds
            # (threads, a loaded model), and without multiprocessing's spawn machinery (a resource
            # tracker process, the main module imported again), which costs a build as much again.
            process = subprocess.Popen(
                [sys.executable, "-c", _START, _PACKAGE_ROOT, str(theirs.fileno()), *modules],
                pass_fds=[theirs.fileno()],
                stdin=subprocess.DEVNULL,
            )
        except OSError:
            ours.close()
            return  # no helper here: the work is done in this process
        finally:
            theirs.close()  # only the helper holds its end, so its death reads as EOF here
        self._process, self._connection = process, Connection(ours.detach())

    @property
    def running(self) -> bool:
        """Whether calls go to a helper process (else they run in this one)."""
        return self._connection is not None

    def call(self, module: str, function: str, *args: Any, **kwargs: Any) -> Any:
        """Run ``module.function(*args, **kwargs)`` in the helper, or here; return its result.

        Raises:
            whatever the function raised.
        """
        if self._connection is not None:
            try:
                self._connection.send((module, function, args, kwargs))
                answer = self._connection.recv()
            except (EOFError, OSError):
                self._stop()  # the helper died: run the call here, from its start
            except BaseException:
                self._stop(now=True)  # interrupted: stop it before the staging directory goes
                raise
            else:
                if isinstance(answer, _Failure):
                    raise answer.error
                return answer
        return getattr(importlib.import_module(module), function)(*args, **kwargs)

    def _stop(self, *, now: bool = False) -> None:
        connection, process = self._connection, self._process
        self._connection = self._process = None
        if process is None or connection is None:
            return
        if not now:
            try:
                connection.send(None)
                process.wait(STOP_SECONDS)
            except (OSError, ValueError, subprocess.TimeoutExpired):
                pass
        if process.poll() is None:
            process.kill()
            process.wait()
        connection.close()

    def close(self) -> None:
        """Stop the helper process, if there is one; later calls run in this process."""
        self._stop()

    def __enter__(self) -> Helper:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.close()


#: Runs every call in this process: for work done where the heavy modules are loaded anyway.
IN_PROCESS = Helper()


@contextmanager
def build_helper(enabled: bool = True) -> Iterator[Helper]:
    """A helper for one build, importing :data:`BUILD_MODULES`; stopped when the build ends.

    Where this process has imported ``datasets`` and ``pyarrow`` already (a program that builds several
    datasets, a test session), the work runs here: a helper would only import them a second time.

    Args:
        enabled: ``False`` gives a helper that runs everything in this process.
    """
    loaded = all(name in sys.modules for name in _HEAVY)
    helper = Helper(BUILD_MODULES if enabled and not loaded else ())
    try:
        yield helper
    finally:
        helper.close()
