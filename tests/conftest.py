"""Shared fixtures: paths of the repository, and one statistical pipeline for the whole session."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

# Property tests check behaviour, not speed: no per-example time limit, which a shared or loaded CI machine
# would turn into random failures (speed is measured by benchmarks/throughput.py).
settings.register_profile("quotes", deadline=None)
settings.load_profile("quotes")

# Under ``uv run`` Ray otherwise packages the working directory and has every worker build its own
# environment with uv (over a minute per start on a loaded 2-core machine). ``import_ray`` sets the same
# default, but a test module's ``importorskip("ray")`` imports Ray before it, and Ray reads the variable
# once, at import.
os.environ.setdefault("RAY_ENABLE_UV_RUN_RUNTIME_ENV", "0")

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return SEEDS


@pytest.fixture(scope="session")
def seed_texts() -> dict[str, str]:
    """The seed articles by document id (file stem), read exactly as stored."""
    return {path.stem: path.read_bytes().decode("utf-8") for path in sorted(SEEDS.glob("*.txt"))}


@pytest.fixture(scope="session")
def nlp():
    """The default pipeline with the quote attribution component, loaded once per test session."""
    from quotes.parse import nlp as nlp_module

    return nlp_module.load()
