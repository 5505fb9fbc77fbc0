"""The processing task: claim the row, run the pipeline, write the result exactly once."""

from __future__ import annotations

import logging
import uuid
from functools import lru_cache
from typing import Any

from celery import Task, signals
from celery.exceptions import SoftTimeLimitExceeded
from sqlalchemy import select

from resume_processor import metrics
from resume_processor.config import get_settings
from resume_processor.db import applications
from resume_processor.db.models import Application
from resume_processor.db.session import reset_sync_engine, session_scope
from resume_processor.events import EventType, publish
from resume_processor.pipeline.errors import PermanentError
from resume_processor.pipeline.run import Engines, build_engines, run_pipeline
from resume_processor.pipeline.sniff import UnsupportedDocument, sniff_bytes
from resume_processor.storage import ObjectNotFound, Storage, make_storage
from resume_processor.worker.celery_app import PROCESS_TASK, app
from resume_processor.worker.dispatch import redis_client
from resume_processor.worker.retry import is_transient, retry_delay

log = logging.getLogger(__name__)


@lru_cache
def engines() -> Engines:
    return build_engines(get_settings())


@lru_cache
def storage() -> Storage:
    return make_storage(get_settings())


@signals.worker_process_init.connect
def _init_worker_process(**_: Any) -> None:
    # Connection pools must not cross a fork; the model is loaded once per worker process.
    reset_sync_engine()
    redis_client.cache_clear()
    engines().embedder.embed("warm up")


def _publish(event: EventType, application_id: uuid.UUID, **details: str | int | None) -> None:
    settings = get_settings()
    publish(redis_client(settings.redis_url), settings, event, application_id, **details)


@app.task(bind=True, name=PROCESS_TASK, max_retries=None)
def process_application(self: Task[Any, Any], application_id: str) -> str:
    settings = get_settings()
    app_id = uuid.UUID(application_id)
    try:
        with session_scope() as session:
            attempt = applications.claim(session=session, application_id=app_id)
            row = session.execute(
                select(Application.s3_path, Application.original_filename).where(
                    Application.id == app_id
                )
            ).one_or_none()
    except Exception as exc:
        if not is_transient(exc):
            raise
        # Nothing is claimed yet: just try again later.
        delay = retry_delay(
            self.request.retries + 1,
            base=settings.retry_backoff_base_seconds,
            cap=settings.retry_backoff_max_seconds,
        )
        log.warning("database unavailable for %s, retrying in %.1fs: %s", app_id, delay, exc)
        raise self.retry(countdown=delay, exc=exc) from exc

    if attempt is None or row is None:
        log.info("application %s is not waiting to be processed; skipping duplicate", app_id)
        metrics.TASKS.labels(outcome="skipped").inc()
        return "skipped"

    _publish(EventType.STARTED, app_id, attempt=attempt, filename=row.original_filename)
    try:
        content = storage().get(row.s3_path)
        kind = sniff_bytes(content)
        result = run_pipeline(content, kind, engines())
    except SoftTimeLimitExceeded:
        return _fail(
            app_id,
            attempt,
            f"processing took longer than {settings.task_soft_time_limit_seconds}s; the document "
            "may be too large or too complex",
        )
    except (PermanentError, UnsupportedDocument) as exc:
        reason = exc.reason if isinstance(exc, PermanentError) else str(exc)
        return _fail(app_id, attempt, reason)
    except ObjectNotFound:
        return _fail(app_id, attempt, "the uploaded file is missing from storage; upload it again")
    except Exception as exc:
        if not is_transient(exc):
            log.exception("unexpected error processing %s", app_id)
            return _fail(app_id, attempt, f"internal error ({type(exc).__name__}): {exc}")
        if attempt > settings.task_max_retries:
            return _fail(app_id, attempt, f"gave up after {attempt} attempts: {exc}")
        delay = retry_delay(
            attempt,
            base=settings.retry_backoff_base_seconds,
            cap=settings.retry_backoff_max_seconds,
        )
        with session_scope() as session:
            applications.release_for_retry(
                session=session, application_id=app_id, attempt=attempt, reason=str(exc)
            )
        _publish(EventType.RETRYING, app_id, attempt=attempt, reason=str(exc)[:500])
        metrics.TASKS.labels(outcome="retried").inc()
        log.warning(
            "transient error on %s (attempt %d), retry in %.1fs: %s", app_id, attempt, delay, exc
        )
        raise self.retry(countdown=delay, exc=exc) from exc

    with session_scope() as session:
        won = applications.complete(
            session=session,
            application_id=app_id,
            attempt=attempt,
            extracted_data=result.extracted_data,
            embedded_value=result.embedding,
            embedding_model=result.embedding_model,
        )
    if not won:
        log.warning(
            "application %s was re-claimed while attempt %d ran; result dropped", app_id, attempt
        )
        metrics.TASKS.labels(outcome="superseded").inc()
        return "superseded"
    for stage, seconds in result.stage_seconds.items():
        metrics.STAGE_SECONDS.labels(stage=stage).observe(seconds)
    metrics.TASKS.labels(outcome="completed").inc()
    name = result.extracted_data.get("basics", {}).get("name")
    _publish(EventType.COMPLETED, app_id, attempt=attempt, candidate=name)
    return "completed"


def _fail(application_id: uuid.UUID, attempt: int, reason: str) -> str:
    with session_scope() as session:
        won = applications.fail(
            session=session, application_id=application_id, attempt=attempt, reason=reason
        )
    if won:
        metrics.TASKS.labels(outcome="failed").inc()
        _publish(EventType.FAILED, application_id, attempt=attempt, reason=reason[:500])
    log.info("application %s failed: %s", application_id, reason)
    return "failed"
