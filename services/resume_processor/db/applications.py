"""Queries and state transitions of applications.

Every transition is one conditional UPDATE (`WHERE status IN (...)`), so two processes racing
on the same row (a redelivered message, the sweeper, a retry) can never both win.
Statements are built here and executed by async (API) or sync (worker) sessions alike.
"""

from __future__ import annotations

import base64
import binascii
import json
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, cast

from sqlalchemy import CursorResult, Result, Select, Update, func, or_, select, tuple_, update
from sqlalchemy.orm import QueryableAttribute, Session

from resume_processor.db.models import Application, ApplicationStatus

S = ApplicationStatus

# target status → the statuses it may be entered from.
TRANSITIONS: dict[ApplicationStatus, frozenset[ApplicationStatus]] = {
    S.PENDING: frozenset(),
    S.QUEUED: frozenset({S.PENDING, S.QUEUED, S.PROCESSING}),
    # PENDING too: the worker may receive the message before the API has marked the row QUEUED.
    S.PROCESSING: frozenset({S.PENDING, S.QUEUED}),
    S.COMPLETED: frozenset({S.PROCESSING}),
    S.FAILED: frozenset({S.PROCESSING}),
}


def can_transition(source: ApplicationStatus, target: ApplicationStatus) -> bool:
    return source in TRANSITIONS[target]


@dataclass(frozen=True, slots=True)
class ApplicationIn:
    id: uuid.UUID
    original_filename: str
    content_type: str
    size_bytes: int
    sha256: str
    s3_path: str
    job_post_id: str | None = None
    email: str | None = None


@dataclass(frozen=True, slots=True)
class ListFilters:
    status: ApplicationStatus | None = None
    job_post_id: str | None = None
    email: str | None = None
    created_after: datetime | None = None
    created_before: datetime | None = None


class InvalidCursor(ValueError):
    """The pagination cursor was not produced by this API."""


def new_application(application_in: ApplicationIn) -> Application:
    return Application(
        id=application_in.id,
        original_filename=application_in.original_filename,
        content_type=application_in.content_type,
        size_bytes=application_in.size_bytes,
        sha256=application_in.sha256,
        s3_path=application_in.s3_path,
        job_post_id=application_in.job_post_id,
        email=application_in.email,
        status=S.PENDING,
        embedded_value=[],
    )


def _affected(result: Result[Any]) -> int:
    """Rows an UPDATE changed (execute() of an UPDATE returns a CursorResult)."""
    return cast(CursorResult[Any], result).rowcount


def _transition(application_id: uuid.UUID, target: ApplicationStatus) -> Update:
    return (
        update(Application)
        .where(Application.id == application_id, Application.status.in_(TRANSITIONS[target]))
        .values(status=target, updated_at=func.now())
    )


def mark_queued_stmt(application_id: uuid.UUID) -> Update:
    """After the message was sent: PENDING → QUEUED (no-op if a worker already claimed it)."""
    return (
        update(Application)
        .where(Application.id == application_id, Application.status == S.PENDING)
        .values(status=S.QUEUED, updated_at=func.now())
    )


def claim(*, session: Session, application_id: uuid.UUID) -> int | None:
    """QUEUED/PENDING → PROCESSING; returns the attempt number, or None if someone else has it."""
    stmt = (
        _transition(application_id, S.PROCESSING)
        .values(
            attempts=Application.attempts + 1,
            started_at=func.now(),
            failed_reason=None,
        )
        .returning(Application.attempts)
    )
    return session.execute(stmt).scalar_one_or_none()


def complete(
    *,
    session: Session,
    application_id: uuid.UUID,
    attempt: int,
    extracted_data: dict[str, Any],
    embedded_value: list[float],
    embedding_model: str,
) -> bool:
    """PROCESSING → COMPLETED, only for the attempt that holds the claim."""
    basics = extracted_data.get("basics", {})
    stmt = (
        _transition(application_id, S.COMPLETED)
        .where(Application.attempts == attempt)
        .values(
            extracted_data=extracted_data,
            embedded_value=embedded_value,
            embedding_model=embedding_model,
            candidate_name=basics.get("name"),
            # The uploader may have given an email; the resume's own fills it in otherwise.
            email=func.coalesce(Application.email, basics.get("email")),
            completed_at=func.now(),
        )
    )
    return _affected(session.execute(stmt)) == 1


def fail(*, session: Session, application_id: uuid.UUID, attempt: int, reason: str) -> bool:
    stmt = (
        _transition(application_id, S.FAILED)
        .where(Application.attempts == attempt)
        .values(failed_reason=reason[:2000], completed_at=func.now())
    )
    return _affected(session.execute(stmt)) == 1


def seconds_since_upload(
    *, session: Session, application_id: uuid.UUID, until: QueryableAttribute[datetime | None]
) -> float | None:
    """Seconds from upload (`created_at`) to `until` (`started_at`, `completed_at`), per the
    database's clock; None when `until` is not set."""
    elapsed = func.extract("epoch", until - Application.created_at)
    value = session.execute(select(elapsed).where(Application.id == application_id)).scalar()
    return None if value is None else float(value)


def oldest_waiting_age_stmt() -> Select[tuple[Any]]:
    """Seconds since the oldest job still waiting for a worker (PENDING or QUEUED) was uploaded,
    by the database's clock; NULL when none is waiting.

    One `min` per status, each answered from the end of `ix_applications_status_created_at`.
    """
    oldest = [
        select(func.min(Application.created_at)).where(Application.status == status)
        for status in (S.PENDING, S.QUEUED)
    ]
    created = func.least(*(query.scalar_subquery() for query in oldest))
    return select(func.extract("epoch", func.now() - created))


def _held_by(application_id: uuid.UUID, attempt: int) -> Update:
    """An UPDATE of the row only while the given attempt still holds it."""
    return update(Application).where(
        Application.id == application_id,
        Application.status == S.PROCESSING,
        Application.attempts == attempt,
    )


def release_for_retry(
    *, session: Session, application_id: uuid.UUID, attempt: int, reason: str
) -> bool:
    """PROCESSING → QUEUED before a retry is scheduled, keeping why the last attempt failed."""
    stmt = _held_by(application_id, attempt).values(
        status=S.QUEUED, failed_reason=reason[:2000], updated_at=func.now()
    )
    return _affected(session.execute(stmt)) == 1


def heartbeat(*, session: Session, application_id: uuid.UUID, attempt: int) -> bool:
    """A long external job (Textract) is still running: keep the sweeper off this row."""
    stmt = _held_by(application_id, attempt).values(updated_at=func.now())
    return _affected(session.execute(stmt)) == 1


def sweep_candidates_stmt(
    *,
    pending_after: timedelta,
    queued_after: timedelta,
    processing_after: timedelta,
    limit: int,
) -> Select[uuid.UUID, ApplicationStatus]:
    """Rows whose message was never sent, was lost, or whose worker died (database clock)."""
    now = func.now()
    return (
        select(Application.id, Application.status)
        .where(
            or_(
                (Application.status == S.PENDING) & (Application.updated_at < now - pending_after),
                (Application.status == S.QUEUED) & (Application.updated_at < now - queued_after),
                (Application.status == S.PROCESSING)
                & (Application.updated_at < now - processing_after),
            )
        )
        .order_by(Application.updated_at)
        .limit(limit)
        .with_for_update(skip_locked=True)
    )


def requeue_stmt(application_id: uuid.UUID, previous: ApplicationStatus) -> Update:
    """Sweeper: a stale row goes (back) to QUEUED, its clock restarted, before it is re-sent."""
    return (
        update(Application)
        .where(Application.id == application_id, Application.status == previous)
        .values(status=S.QUEUED, updated_at=func.now())
    )


def list_stmt(*, filters: ListFilters, cursor: str | None, limit: int) -> Select[Application]:
    """Newest first with keyset pagination on (created_at, id): constant cost at any depth."""
    stmt = select(Application)
    if filters.status is not None:
        stmt = stmt.where(Application.status == filters.status)
    if filters.job_post_id is not None:
        stmt = stmt.where(Application.job_post_id == filters.job_post_id)
    if filters.email is not None:
        stmt = stmt.where(Application.email == filters.email)
    if filters.created_after is not None:
        stmt = stmt.where(Application.created_at >= filters.created_after)
    if filters.created_before is not None:
        stmt = stmt.where(Application.created_at < filters.created_before)
    if cursor is not None:
        created_at, last_id = decode_cursor(cursor)
        stmt = stmt.where(tuple_(Application.created_at, Application.id) < (created_at, last_id))
    return stmt.order_by(Application.created_at.desc(), Application.id.desc()).limit(limit)


def encode_cursor(application: Application) -> str:
    raw = json.dumps([application.created_at.isoformat(), str(application.id)])
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def decode_cursor(cursor: str) -> tuple[datetime, uuid.UUID]:
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        created_at, last_id = json.loads(base64.urlsafe_b64decode(padded))
        return datetime.fromisoformat(created_at), uuid.UUID(last_id)
    except (ValueError, TypeError, binascii.Error) as exc:
        raise InvalidCursor("invalid cursor; pass the next_cursor of a previous page") from exc
