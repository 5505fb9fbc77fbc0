"""Per-process resources of a worker and the two ways a job ends, shared by every task."""

from __future__ import annotations

import logging
import uuid
from functools import lru_cache
from typing import TYPE_CHECKING

from resume_processor import metrics
from resume_processor.config import get_settings
from resume_processor.db import applications
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


def complete_job(application_id: uuid.UUID, attempt: int, result: PipelineResult) -> str:
    with session_scope() as session:
        won = applications.complete(
            session=session,
            application_id=application_id,
            attempt=attempt,
            extracted_data=result.extracted_data,
            embedded_value=result.embedding,
            embedding_model=result.embedding_model,
        )
    if not won:
        log.warning(
            "application %s was re-claimed while attempt %d ran; result dropped",
            application_id,
            attempt,
        )
        metrics.TASKS.labels(outcome="superseded").inc()
        return "superseded"
    for stage, seconds in result.stage_seconds.items():
        metrics.STAGE_SECONDS.labels(stage=stage).observe(seconds)
    metrics.TASKS.labels(outcome="completed").inc()
    name = result.extracted_data.get("basics", {}).get("name")
    publish_event(EventType.COMPLETED, application_id, attempt=attempt, candidate=name)
    return "completed"


def fail_job(application_id: uuid.UUID, attempt: int, reason: str) -> str:
    with session_scope() as session:
        won = applications.fail(
            session=session, application_id=application_id, attempt=attempt, reason=reason
        )
    if won:
        metrics.TASKS.labels(outcome="failed").inc()
        publish_event(EventType.FAILED, application_id, attempt=attempt, reason=reason[:500])
    log.info("application %s failed: %s", application_id, reason)
    return "failed"
