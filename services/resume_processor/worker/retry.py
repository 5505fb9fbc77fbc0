"""Which failures are worth retrying, and when."""

from __future__ import annotations

import random

from sqlalchemy.exc import DBAPIError, OperationalError

from resume_processor.pipeline.errors import TransientError
from resume_processor.storage import ObjectNotFound, StorageError


def is_transient(exc: BaseException) -> bool:
    """Network, throttling and 5xx failures may pass; a bad document never will."""
    if isinstance(exc, ObjectNotFound):
        return False
    if isinstance(exc, TransientError | StorageError | OperationalError | ConnectionError):
        return True
    return isinstance(exc, DBAPIError) and exc.connection_invalidated


def retry_delay(
    attempt: int, *, base: float, cap: float, rng: random.Random | None = None
) -> float:
    """Exponential backoff with "equal jitter": half the step fixed, half random.

    The fixed half guarantees the delay grows; the random half spreads a burst of failures.
    """
    ceiling: float = min(cap, base * 2.0 ** max(attempt - 1, 0))
    return ceiling / 2 + (rng or random).uniform(0, ceiling / 2)
