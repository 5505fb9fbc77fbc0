"""The one Celery app: Redis broker, at-least-once delivery, idempotent tasks."""

from __future__ import annotations

import logging
from typing import Any

from celery import Celery, signals

from resume_processor.config import Settings, get_settings

PROCESS_TASK = "resume_processor.process_application"
SWEEP_TASK = "resume_processor.sweep_applications"
POLL_TEXTRACT_TASK = "resume_processor.poll_textract"


def make_celery(settings: Settings) -> Celery:
    app = Celery(
        "resume_processor",
        broker=settings.redis_url,
        include=[
            "resume_processor.worker.tasks",
            "resume_processor.worker.sweeper",
            "resume_processor.worker.monitoring",
            "resume_processor.worker.activity",
        ],
    )
    app.conf.update(
        task_default_queue=settings.celery_queue,
        task_serializer="json",
        result_serializer="json",
        accept_content=["json"],
        # Results live in PostgreSQL; a result backend would only duplicate them.
        task_ignore_result=True,
        task_acks_late=True,
        task_reject_on_worker_lost=True,
        worker_prefetch_multiplier=1,
        task_send_sent_event=True,
        worker_send_task_events=True,
        task_soft_time_limit=settings.task_soft_time_limit_seconds,
        task_time_limit=settings.task_time_limit_seconds,
        task_track_started=True,
        broker_connection_retry_on_startup=True,
        broker_connection_timeout=5,
        # An unacknowledged message is redelivered after this; it must outlast the longest task.
        broker_transport_options={
            "visibility_timeout": settings.task_time_limit_seconds * 2 + 60,
            "queue_order_strategy": "priority",
            "socket_connect_timeout": 5,
            "socket_timeout": 10,
        },
        worker_hijack_root_logger=False,
        worker_cancel_long_running_tasks_on_connection_loss=True,
        beat_schedule={
            "sweep-applications": {
                "task": SWEEP_TASK,
                "schedule": settings.sweep_interval_seconds,
                "options": {"expires": settings.sweep_interval_seconds},
            }
        },
    )
    return app


@signals.setup_logging.connect
def _setup_logging(**_: Any) -> None:
    # The application owns logging, not Celery.
    logging.basicConfig(
        level=get_settings().log_level,
        format="%(asctime)s %(levelname)s %(processName)s %(name)s: %(message)s",
    )


app = make_celery(get_settings())
