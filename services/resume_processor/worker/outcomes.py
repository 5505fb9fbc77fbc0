"""Per-process resources of a worker and the two ways a job ends, shared by every task."""

from __future__ import annotations

import logging
import uuid
from functools import lru_cache
from typing import TYPE_CHECKING

from resume_processor import metrics
from resume_processor.config import get_settings
from resume_processor.db import applications
from resume_processor.db.models import Application
from resume_processor.db.session import session_scope
from resume_processor.events import EventType, publish
from resume_processor.pipeline.run import Engines, PipelineResult, build_engines
from resume_processor.storage import Storage, make_storage
from resume_processor.worker.dispatch import redis_client

if TYPE_CHECKING:
    from resume_processor.pipeline.extract.textract import TextractClient

log = logging.getLogger(__name__)


@lru_cache
def engines() -> Engines:
    return build_engines(get_settings())


@lru_cache
def storage() -> Storage:
    return make_storage(get_settings())


@lru_cache
def textract() -> TextractClient:
    from resume_processor.pipeline.extract.textract import TextractClient

    return TextractClient.from_settings(get_settings())


def publish_event(event: EventType, application_id: uuid.UUID, **details: str | int | None) -> None:
    settings = get_settings()
    publish(redis_client(settings.redis_url), settings, event, application_id, **details)


def record_llm_usage(outcome: str) -> None:
    """Count the tokens the structurer spent on the current document, once."""
    structurer = engines().structurer
    usage = getattr(structurer, "last_usage", None)
    if usage is not None:
        metrics.record_llm_usage(usage, outcome)
        structurer.last_usage = None  # type: ignore[attr-defined]


def forget_llm_usage() -> None:
    """Start a document with no usage left over from one whose end was not recorded."""
    if getattr(engines().structurer, "last_usage", None) is not None:
        engines().structurer.last_usage = None  # type: ignore[attr-defined]


def stage_engines(result: PipelineResult) -> dict[str, str]:
    """The engine behind each timed stage, as the result's `meta` names them."""
    named = result.extracted_data.get("meta", {}).get("engines", {})
    found = {stage: str(engine) for stage, engine in named.items()}
    found.setdefault("store", get_settings().storage_backend.value)
    found.setdefault("ocr", "tesseract")
    return found


def complete_job(application_id: uuid.UUID, attempt: int, result: PipelineResult) -> str:
    record_llm_usage("completed")
    with session_scope() as session:
        won = applications.complete(
            session=session,
            application_id=application_id,
            attempt=attempt,
            extracted_data=result.extracted_data,
            embedded_value=result.embedding,
            embedding_model=result.embedding_model,
        )
        elapsed = (
            applications.seconds_since_upload(
                session=session, application_id=application_id, until=Application.completed_at
            )
            if won
            else None
        )
    if not won:
        log.warning(
            "application %s was re-claimed while attempt %d ran; result dropped",
            application_id,
            attempt,
        )
        metrics.TASKS_SKIPPED.labels(reason="superseded").inc()
        return "superseded"
    engines_used = stage_engines(result)
    metrics.record_stages(result.stage_seconds, engines_used)
    pages = result.extracted_data.get("meta", {}).get("pages")
    if isinstance(pages, int):
        metrics.PAGES.labels(engine=engines_used.get("extract", "unknown")).inc(pages)
    if elapsed is not None:
        metrics.JOB_SECONDS.observe(elapsed)
    metrics.TASKS_SUCCEEDED.inc()
    name = result.extracted_data.get("basics", {}).get("name")
    publish_event(EventType.COMPLETED, application_id, attempt=attempt, candidate=name)
    return "completed"


def fail_job(
    application_id: uuid.UUID,
    attempt: int,
    reason: str,
    reason_class: metrics.FailureReason = metrics.FailureReason.PERMANENT,
) -> str:
    record_llm_usage("failed")
    with session_scope() as session:
        won = applications.fail(
            session=session, application_id=application_id, attempt=attempt, reason=reason
        )
    if won:
        metrics.TASKS_FAILED.labels(reason=reason_class.value).inc()
        publish_event(EventType.FAILED, application_id, attempt=attempt, reason=reason[:500])
    log.info("application %s failed: %s", application_id, reason)
    return "failed"
