"""Sending jobs to the queue. The row is always committed before its message is sent."""

from __future__ import annotations

import logging
import uuid
from functools import lru_cache

import redis
from celery import Celery
from kombu.exceptions import OperationalError

from resume_processor.config import Settings

log = logging.getLogger(__name__)

# Broker failures that mean "not sent now, the sweeper will send it later".
BROKER_ERRORS: tuple[type[BaseException], ...] = (OperationalError, redis.RedisError, OSError)


class BrokerUnavailable(Exception):
    """The message could not be handed to the broker."""


def send_process_message(celery: Celery, settings: Settings, application_id: uuid.UUID) -> None:
    from resume_processor.worker.celery_app import PROCESS_TASK

    try:
        celery.send_task(
            PROCESS_TASK,
            args=[str(application_id)],
            queue=settings.celery_queue,
            # Fail fast: the caller keeps the row PENDING and the sweeper re-sends it.
            retry=True,
            retry_policy={"max_retries": 1, "interval_start": 0.2, "interval_step": 0.5},
        )
    except BROKER_ERRORS as exc:
        raise BrokerUnavailable(f"the message broker is unreachable: {exc}") from exc


@lru_cache
def redis_client(url: str) -> redis.Redis:
    """One client (and connection pool) per URL per process, for events and health checks."""
    return redis.Redis.from_url(url, socket_connect_timeout=2, socket_timeout=5)
