"""Helpers for the tests that write input files."""

from __future__ import annotations

from pathlib import Path


def write_lines(path: Path, lines: list[str]) -> Path:
    """Write ``lines`` to ``path`` as UTF-8, each ending in a newline, and return ``path``."""
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path
