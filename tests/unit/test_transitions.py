from __future__ import annotations

import itertools
import random
import uuid
from datetime import UTC, datetime

import pytest

from resume_processor.db.applications import (
    InvalidCursor,
    can_transition,
    decode_cursor,
    encode_cursor,
)
from resume_processor.db.models import Application, ApplicationStatus
from resume_processor.worker.retry import is_transient, retry_delay

S = ApplicationStatus

ALLOWED = {
    (S.PENDING, S.QUEUED),
    (S.QUEUED, S.QUEUED),
    (S.PROCESSING, S.QUEUED),
    (S.PENDING, S.PROCESSING),
    (S.QUEUED, S.PROCESSING),
    (S.PROCESSING, S.COMPLETED),
    (S.PROCESSING, S.FAILED),
}


@pytest.mark.parametrize(("source", "target"), list(itertools.product(S, S)))
def test_transition_table(source: ApplicationStatus, target: ApplicationStatus) -> None:
    assert can_transition(source, target) is ((source, target) in ALLOWED)


def test_final_states_are_final() -> None:
    for final, target in itertools.product([S.COMPLETED, S.FAILED], S):
        assert not can_transition(final, target)
    assert S.COMPLETED.is_final
    assert S.FAILED.is_final
    assert not S.PROCESSING.is_final


def test_cursor_round_trip_and_garbage() -> None:
    row = Application(id=uuid.uuid4(), created_at=datetime(2026, 1, 2, 3, 4, 5, 6, tzinfo=UTC))
    assert decode_cursor(encode_cursor(row)) == (row.created_at, row.id)
    for bad in ("garbage", "", "bm90IGpzb24", encode_cursor(row)[:-3]):
        with pytest.raises(InvalidCursor):
            decode_cursor(bad)


def test_retry_delay_grows_with_jitter_and_is_capped() -> None:
    rng = random.Random(7)
    delays = [retry_delay(n, base=2, cap=60, rng=rng) for n in range(1, 9)]
    for attempt, delay in enumerate(delays, start=1):
        ceiling = min(60, 2 * 2 ** (attempt - 1))
        assert ceiling / 2 <= delay <= ceiling
    assert len({round(d, 6) for d in delays}) == len(delays)


def test_only_transient_errors_are_retried() -> None:
    from sqlalchemy.exc import OperationalError

    from resume_processor.pipeline.errors import PermanentError, TransientError
    from resume_processor.storage import ObjectNotFound, StorageError

    assert is_transient(TransientError("429 from the model"))
    assert is_transient(StorageError("S3 timed out"))
    assert is_transient(OperationalError("SELECT 1", {}, Exception("server closed")))
    assert is_transient(ConnectionResetError())
    assert not is_transient(PermanentError("encrypted"))
    assert not is_transient(ObjectNotFound("gone"))
    assert not is_transient(ValueError("bug"))
