"""Sub-stage timings (OCR inside extraction) reported to whoever runs the pipeline.

The pipeline knows nothing of metrics: a stage adds its seconds to the collection that the
runner opened, if any, and the runner returns them with the other stage timings.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

_collected: ContextVar[dict[str, float] | None] = ContextVar("stage_timings", default=None)


@contextmanager
def collect() -> Iterator[dict[str, float]]:
    """Collect the seconds `timed` blocks spend inside this block, summed by stage name."""
    timings: dict[str, float] = {}
    token = _collected.set(timings)
    try:
        yield timings
    finally:
        _collected.reset(token)


@contextmanager
def timed(stage: str) -> Iterator[None]:
    started = time.perf_counter()
    try:
        yield
    finally:
        timings = _collected.get()
        if timings is not None:
            timings[stage] = timings.get(stage, 0.0) + time.perf_counter() - started
