"""State transitions are conditional updates: racing processes never both win."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

from resume_processor.db import applications
from resume_processor.db.models import Application, ApplicationStatus


@pytest.fixture
def session(database_url: str) -> Iterator[Session]:
    engine = create_engine(database_url)
    with Session(engine) as session:
        yield session
    engine.dispose()


def new_row(session: Session) -> uuid.UUID:
    application_id = uuid.uuid4()
    session.add(applications.new_application(applications.ApplicationIn(
        id=application_id, original_filename="cv.pdf", content_type="application/pdf",
        size_bytes=10, sha256="0" * 64, s3_path=f"resumes/{application_id}_cv.pdf",
    )))  # fmt: skip
    session.commit()
    return application_id


def status(session: Session, application_id: uuid.UUID) -> ApplicationStatus:
    session.expire_all()
    return session.scalars(select(Application.status).where(Application.id == application_id)).one()


def test_a_row_is_claimed_once(session: Session) -> None:
    application_id = new_row(session)
    assert applications.claim(session=session, application_id=application_id) == 1
    assert applications.claim(session=session, application_id=application_id) is None
    session.commit()
    assert status(session, application_id) is ApplicationStatus.PROCESSING


def test_mark_queued_does_not_undo_a_claim(session: Session) -> None:
    application_id = new_row(session)
    applications.claim(session=session, application_id=application_id)
    session.execute(applications.mark_queued_stmt(application_id))
    session.commit()
    assert status(session, application_id) is ApplicationStatus.PROCESSING


def test_only_the_current_attempt_may_complete(session: Session) -> None:
    application_id = new_row(session)
    first = applications.claim(session=session, application_id=application_id)
    assert first == 1
    # The sweeper decides attempt 1 is stuck and hands the job to someone else.
    session.execute(applications.requeue_stmt(application_id, ApplicationStatus.PROCESSING))
    second = applications.claim(session=session, application_id=application_id)
    assert second == 2
    data = {"basics": {"name": "Ada Lovelace", "email": "ada@example.com"}}
    assert not applications.complete(session=session, application_id=application_id, attempt=1,
                                     extracted_data=data, embedded_value=[0.1],
                                     embedding_model="m")  # fmt: skip
    assert applications.complete(session=session, application_id=application_id, attempt=2,
                                 extracted_data=data, embedded_value=[0.5, 0.25],
                                 embedding_model="m")  # fmt: skip
    assert not applications.fail(session=session, application_id=application_id, attempt=2,
                                 reason="too late")  # fmt: skip
    session.commit()
    row = session.get(Application, application_id)
    assert row is not None
    assert row.status is ApplicationStatus.COMPLETED
    assert row.candidate_name == "Ada Lovelace"
    assert row.email == "ada@example.com"
    assert row.embedded_value == [0.5, 0.25]
    assert row.attempts == 2


def test_retry_release_and_failure(session: Session) -> None:
    application_id = new_row(session)
    attempt = applications.claim(session=session, application_id=application_id)
    assert attempt is not None
    assert applications.release_for_retry(session=session, application_id=application_id,
                                          attempt=attempt, reason="S3 timed out")  # fmt: skip
    assert status(session, application_id) is ApplicationStatus.QUEUED
    attempt = applications.claim(session=session, application_id=application_id)
    assert attempt == 2
    assert applications.fail(session=session, application_id=application_id, attempt=attempt,
                             reason="the PDF is password-protected")  # fmt: skip
    session.commit()
    row = session.get(Application, application_id)
    assert row is not None
    assert row.failed_reason == "the PDF is password-protected"
    assert row.embedded_value == []
