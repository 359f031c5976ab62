"""The staging directory a build writes into, and what a killed build leaves behind.

A build writes into a temporary sibling of its output directory and swaps it in only when every
record has passed validation. The temporary directory is named ``.<out>.build-<pid>-<random>``
and the old dataset, during the swap, ``.<out>.old-<pid>``: a build killed outright (SIGKILL)
leaves them behind, and the next build removes those whose process is gone (restoring the old
dataset if the kill came mid-swap). Only a directory this package wrote (it holds
:data:`MARKER`) or an empty one is ever replaced, and, without ``--force``, only one built from the
same input files (:func:`check_same_inputs`).
"""

from __future__ import annotations

import errno
import fcntl
import json
import os
import shutil
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from quotes.read.articles import DATASET_MARKER

__all__ = ["MARKER", "SUMMARY", "BuildError", "check_out", "check_same_inputs", "out_lock", "staging"]

#: A file in the dataset root that says "this directory was written by ``quotes build``" (the
#: article reader skips such a directory inside an input directory).
MARKER = DATASET_MARKER
#: The build's summary in the dataset root; it records, among other things, the inputs it was built from.
SUMMARY = "build_summary.json"


class BuildError(Exception):
    """The dataset could not be built; the previous output is untouched."""


def check_out(out: Path, *, force: bool = False) -> None:
    """Clean up after killed builds into ``out``, then refuse to replace anything that is not a
    dataset this package wrote (or an empty dir), unless ``force``; a file is never replaced."""
    _recover(out)
    if not out.exists():
        return
    if not out.is_dir():
        raise BuildError(f"{out}: exists and is not a directory; choose another --out")
    if not force and any(out.iterdir()) and not (out / MARKER).is_file():
        raise BuildError(
            f"{out}: exists and was not written by 'quotes build' (no {MARKER} file); "
            "refusing to replace it; choose another --out, remove it, or pass --force"
        )


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's live process
        return True
    return True


def _leftovers(out: Path) -> Iterator[tuple[Path, str]]:
    """Temporary and old-dataset directories of builds into ``out`` whose process has gone."""
    if not out.parent.is_dir():
        return
    for kind in ("build", "old"):
        for path in sorted(out.parent.glob(f".{out.name}.{kind}-*")):
            pid = path.name[len(f".{out.name}.{kind}-") :].split("-", 1)[0]
            if pid.isdigit() and not _pid_alive(int(pid)):
                yield path, kind


def _recover(out: Path) -> None:
    """Clean up after a build that was killed: restore an old dataset caught mid-swap, drop the rest."""
    for path, kind in list(_leftovers(out)):
        if kind == "old" and not out.exists() and (path / MARKER).is_file():
            path.rename(out)
        else:
            shutil.rmtree(path, ignore_errors=True)


@contextmanager
def staging(out: Path, *, force: bool) -> Iterator[Path]:
    """A fresh temporary directory beside ``out``, removed unless the block swapped it in."""
    out = Path(out)
    check_out(out, force=force)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.build-{os.getpid()}-", dir=out.parent))
    try:
        tmp.chmod(0o755)
        yield tmp
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise


def lock_path(out: Path) -> Path:
    """The lock file of builds into ``out``: ``.<out>.lock`` beside it."""
    return out.with_name(f".{out.name}.lock")


@contextmanager
def out_lock(out: Path) -> Iterator[None]:
    """Hold the lock of builds into ``out``, so a second build into it fails at once.

    The lock file holds the builder's process id. The lock itself is an ``flock`` on that file,
    which the kernel releases when the process ends however it ends, so the lock file a killed
    build leaves behind is simply taken over by the next one.

    Raises:
        BuildError: another live build holds the lock (named by its process id), or the directory
            that would hold ``out`` cannot be written.
    """
    out = Path(out)
    lock = lock_path(out)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        fd = _locked_file(lock)
    except PermissionError as error:
        raise unwritable(out, error) from error
    try:
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode("ascii"))
        yield
    finally:
        lock.unlink(missing_ok=True)
        os.close(fd)  # closing releases the flock


def _locked_file(lock: Path) -> int:
    """Open and ``flock`` the lock file; the descriptor, once it is the file at ``lock``."""
    while True:
        fd = os.open(lock, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as error:
            holder = os.read(fd, 32).decode("ascii", "replace").strip() or "unknown"
            os.close(fd)
            if error.errno not in (errno.EAGAIN, errno.EACCES):
                raise
            out = lock.with_name(lock.name[1 : -len(".lock")])
            raise BuildError(
                f"{out}: another 'quotes build' (process {holder}) is writing it; wait for it to "
                f"finish, or choose another --out (lock file {lock})"
            ) from None
        try:
            if os.fstat(fd).st_ino == os.stat(lock).st_ino:
                return fd
        except FileNotFoundError:
            pass
        os.close(fd)  # the previous holder removed the file between our open and flock: again


def unwritable(out: Path, error: OSError) -> BuildError:
    """The error for an ``--out`` whose directory cannot be written, naming the path asked for."""
    reason = error.strerror or str(error)
    return BuildError(
        f"{out}: cannot write there ({reason}); choose an --out in a directory you can write to"
    )


def check_same_inputs(out: Path, inputs: Sequence[Path], *, force: bool) -> None:
    """Refuse, without ``force``, to replace a dataset that was built from other inputs."""
    summary = Path(out) / SUMMARY
    if force or not (Path(out) / MARKER).is_file() or not summary.is_file():
        return
    try:
        previous = [str(path) for path in json.loads(summary.read_text(encoding="utf-8"))["inputs"]]
    except (OSError, ValueError, KeyError, TypeError):
        return  # an unreadable summary says nothing about the inputs
    current = [Path(path).as_posix() for path in inputs]
    if previous and _article_files(previous) != _article_files(current):
        raise BuildError(
            f"{out}: holds a dataset built from {_listed(previous)}, not from {_listed(current)}; "
            "pass --force to replace it, or choose another --out"
        )


def _article_files(paths: Sequence[str]) -> set[Path]:
    """The files the inputs name, directories walked, so `build seeds` and `build seeds/*.txt` agree."""
    from quotes.read.articles import SIDECARS, SUPPORTED_SUFFIXES

    files: set[Path] = set()
    for path in map(Path, paths):
        if not path.is_dir():
            files.add(path.resolve())
            continue
        for file in path.rglob("*"):
            inner = file.relative_to(path).parts
            if file.name.endswith(SUPPORTED_SUFFIXES) and file.name not in SIDECARS and file.is_file():
                if not any(part.startswith(".") for part in inner):
                    files.add(file.resolve())
    return files


def _listed(paths: Sequence[str]) -> str:
    shown = ", ".join(paths[:3])
    return f"{shown} and {len(paths) - 3} more" if len(paths) > 3 else shown
