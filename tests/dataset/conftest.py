"""One local Ray for every test of the Ray engine in the session (a start costs several seconds)."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def local_ray():
    """A local Ray with 2 CPUs, started once for the session and shut down at its end.

    Ray waits a fixed 30 s for its node to register; on a loaded machine that start can take longer,
    which says nothing about the engine under test, so a start that times out is tried again.
    """
    pytest.importorskip("ray", reason="the Ray engine needs the optional dependency quotes[ray]")
    from quotes.dataset.ray_build import import_ray

    ray = import_ray()
    started = not ray.is_initialized()
    for attempt in range(1, 4):
        if ray.is_initialized():
            break
        try:
            ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False, logging_level="WARNING")
        except Exception as error:  # Ray raises a bare Exception for a start-up time-out
            ray.shutdown()
            if attempt == 3 or "timed out during startup" not in str(error):
                raise
    yield ray
    if started:
        ray.shutdown()
