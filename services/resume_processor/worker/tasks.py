"""The processing tasks: claim the row, run the pipeline, write the result exactly once."""

from __future__ import annotations

import logging
import time
import uuid
from typing import Any

from celery import Task, signals
from celery.exceptions import SoftTimeLimitExceeded
from sqlalchemy import select

from resume_processor import metrics
from resume_processor.config import ExtractorEngine, Settings, get_settings
from resume_processor.db import applications
from resume_processor.db.models import Application
from resume_processor.db.session import reset_sync_engine, session_scope
from resume_processor.events import EventType
from resume_processor.metrics import FailureReason
from resume_processor.pipeline.embed import LocalEmbedder
from resume_processor.pipeline.errors import PermanentError, TransientError
from resume_processor.pipeline.run import finish_pipeline, run_pipeline
from resume_processor.pipeline.sniff import CONTENT_TYPES, UnsupportedDocument, sniff_bytes
from resume_processor.storage import ObjectNotFound, S3Storage
from resume_processor.worker.celery_app import POLL_TEXTRACT_TASK, PROCESS_TASK, app
from resume_processor.worker.dispatch import redis_client
from resume_processor.worker.outcomes import (
    complete_job,
    engines,
    fail_job,
    forget_llm_usage,
    publish_event,
    record_llm_usage,
    storage,
    textract,
)
from resume_processor.worker.retry import is_transient, retry_delay

log = logging.getLogger(__name__)

# What Textract reads; DOCX and plain text are always extracted locally.
TEXTRACT_TYPES = frozenset(
    CONTENT_TYPES[kind] for kind in CONTENT_TYPES if kind.value in {"pdf", "png", "jpeg", "tiff"}
)


@signals.worker_process_init.connect
def _init_worker_process(**_: Any) -> None:
    # Connection pools must not cross a fork; the model is loaded once per worker process.
    reset_sync_engine()
    redis_client.cache_clear()
    embedder = engines().embedder
    # Load the local model now, not on the first task; a cloud embedder needs no warm-up call.
    if isinstance(embedder, LocalEmbedder):
        embedder.load()


def _backoff(settings: Settings, attempt: int) -> float:
    return retry_delay(
        attempt, base=settings.retry_backoff_base_seconds, cap=settings.retry_backoff_max_seconds
    )


@app.task(bind=True, name=PROCESS_TASK, max_retries=None)
def process_application(self: Task[Any, Any], application_id: str) -> str:
    settings = get_settings()
    app_id = uuid.UUID(application_id)
    try:
        with session_scope() as session:
            attempt = applications.claim(session=session, application_id=app_id)
            row = session.execute(
                select(
                    Application.s3_path, Application.original_filename, Application.content_type
                ).where(Application.id == app_id)
            ).one_or_none()
            queue_wait = (
                applications.seconds_since_upload(
                    session=session, application_id=app_id, until=Application.started_at
                )
                if attempt == 1
                else None
            )
    except Exception as exc:
        if not is_transient(exc):
            raise
        # Nothing is claimed yet: just try again later.
        delay = _backoff(settings, self.request.retries + 1)
        log.warning("database unavailable for %s, retrying in %.1fs: %s", app_id, delay, exc)
        raise self.retry(countdown=delay, exc=exc) from exc

    if attempt is None or row is None:
        log.info("application %s is not waiting to be processed; skipping duplicate", app_id)
        metrics.TASKS_SKIPPED.labels(reason="duplicate").inc()
        return "skipped"

    metrics.TASKS_STARTED.inc()
    if queue_wait is not None:
        metrics.QUEUE_WAIT_SECONDS.observe(queue_wait)
    publish_event(EventType.STARTED, app_id, attempt=attempt, filename=row.original_filename)
    try:
        if settings.extractor is ExtractorEngine.TEXTRACT and row.content_type in TEXTRACT_TYPES:
            return _start_textract(app_id, attempt, row.s3_path, settings)
        started = time.perf_counter()
        content = storage().get(row.s3_path)
        store_seconds = time.perf_counter() - started
        forget_llm_usage()
        result = run_pipeline(content, sniff_bytes(content), engines())
        result.stage_seconds["store"] = store_seconds
    except SoftTimeLimitExceeded:
        return fail_job(
            app_id,
            attempt,
            f"processing took longer than {settings.task_soft_time_limit_seconds}s; the document "
            "may be too large or too complex",
            FailureReason.TIMEOUT,
        )
    except (PermanentError, UnsupportedDocument) as exc:
        return fail_job(
            app_id, attempt, exc.reason if isinstance(exc, PermanentError) else str(exc)
        )
    except ObjectNotFound:
        return fail_job(
            app_id, attempt, "the uploaded file is missing from storage; upload it again"
        )
    except Exception as exc:
        if not is_transient(exc):
            log.exception("unexpected error processing %s", app_id)
            return fail_job(
                app_id, attempt, f"internal error ({type(exc).__name__}): {exc}",
                FailureReason.INTERNAL,
            )  # fmt: skip
        if attempt > settings.task_max_retries:
            return fail_job(
                app_id, attempt, f"gave up after {attempt} attempts: {exc}",
                FailureReason.TRANSIENT_EXHAUSTED,
            )  # fmt: skip
        record_llm_usage("retried")
        delay = _backoff(settings, attempt)
        with session_scope() as session:
            applications.release_for_retry(
                session=session, application_id=app_id, attempt=attempt, reason=str(exc)
            )
        publish_event(EventType.RETRYING, app_id, attempt=attempt, reason=str(exc)[:500])
        metrics.TASKS_RETRIED.inc()
        log.warning("transient error on %s (attempt %d), retry in %.1fs: %s", app_id, attempt,
                    delay, exc)  # fmt: skip
        raise self.retry(countdown=delay, exc=exc) from exc
    return complete_job(app_id, attempt, result)


def _start_textract(app_id: uuid.UUID, attempt: int, key: str, settings: Settings) -> str:
    """Start the Textract job and hand polling to a task, so no worker slot waits on it."""
    store = storage()
    if not isinstance(store, S3Storage):
        raise PermanentError("EXTRACTOR=textract reads documents from S3; set STORAGE_BACKEND=s3")
    bucket, object_key = store.location(key)
    # The token makes a redelivered start return the same job instead of a second one.
    job_id = textract().start_analysis(
        bucket, object_key, client_request_token=f"{app_id}-{attempt}"
    )
    poll_textract.apply_async(
        args=(str(app_id), job_id, attempt, 0, time.time()),
        countdown=settings.textract_poll_interval_seconds,
    )
    log.info("application %s: Textract job %s started", app_id, job_id)
    return "textract-started"


@app.task(name=POLL_TEXTRACT_TASK, max_retries=None)
def poll_textract(
    application_id: str, job_id: str, attempt: int, polls: int, started_at: float
) -> str:
    settings = get_settings()
    app_id = uuid.UUID(application_id)
    with session_scope() as session:
        if not applications.heartbeat(session=session, application_id=app_id, attempt=attempt):
            return "superseded"
    try:
        analysis = textract().fetch_analysis(job_id)
    except PermanentError as exc:
        return fail_job(app_id, attempt, f"Textract could not analyse the document: {exc.reason}")
    except TransientError as exc:
        log.warning("Textract poll for %s failed, will poll again: %s", app_id, exc.reason)
        analysis = None
    waited = time.time() - started_at
    if analysis is not None and analysis.finished and analysis.layout is not None:
        try:
            result = finish_pipeline(analysis.layout, engines(), {"extract": waited})
        except PermanentError as exc:
            return fail_job(app_id, attempt, exc.reason)
        except TransientError as exc:
            # Textract keeps results for days: fetch them again on the next poll.
            log.warning("structuring %s failed transiently, will retry: %s", app_id, exc.reason)
        else:
            return complete_job(app_id, attempt, result)
    if waited > settings.textract_max_wait_seconds:
        return fail_job(
            app_id, attempt, f"Textract did not finish within {waited:.0f}s", FailureReason.TIMEOUT
        )
    from resume_processor.pipeline.extract.textract import next_poll_delay

    poll_textract.apply_async(
        args=(application_id, job_id, attempt, polls + 1, started_at),
        countdown=next_poll_delay(polls, settings.textract_poll_interval_seconds, 30.0),
    )
    return "textract-waiting"
