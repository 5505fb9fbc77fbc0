"""Re-sends jobs whose message was never sent (broker down at upload), was lost, or whose
worker died mid-task, so no job is ever stranded."""

from __future__ import annotations

import logging
from datetime import timedelta

from celery import Celery

from resume_processor.config import Settings, get_settings
from resume_processor.db import applications
from resume_processor.db.session import session_scope
from resume_processor.worker.celery_app import SWEEP_TASK, app
from resume_processor.worker.dispatch import BrokerUnavailable, send_process_message

log = logging.getLogger(__name__)


def sweep(celery: Celery, settings: Settings) -> int:
    """Re-send stale rows; returns how many were re-sent."""
    stmt = applications.sweep_candidates_stmt(
        pending_after=timedelta(seconds=settings.sweep_pending_after_seconds),
        queued_after=timedelta(seconds=settings.sweep_queued_after_seconds),
        processing_after=timedelta(seconds=settings.stuck_processing_after_seconds),
        limit=settings.sweep_batch_size,
    )
    resent = 0
    with session_scope() as session:
        # Rows stay locked until commit, so two sweepers never re-send the same row.
        for application_id, status in session.execute(stmt).all():
            try:
                send_process_message(celery, settings, application_id)
            except BrokerUnavailable as exc:
                log.warning("sweeper stopped, broker unavailable: %s", exc)
                break
            session.execute(applications.requeue_stmt(application_id, status))
            resent += 1
            log.info("re-sent %s application %s", status, application_id)
    return resent


@app.task(name=SWEEP_TASK, ignore_result=True)
def sweep_applications() -> int:
    return sweep(app, get_settings())
