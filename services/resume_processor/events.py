"""Job lifecycle events on a bounded Redis stream, read by the operator to mirror ResumeJobs.

Publishing is best effort: an event that cannot be written is logged, never allowed to fail an
upload or a task (the database row stays the source of truth).
"""

from __future__ import annotations

import logging
import time
import uuid
from enum import StrEnum
from typing import TYPE_CHECKING

import redis
import redis.asyncio

if TYPE_CHECKING:
    from resume_processor.config import Settings

log = logging.getLogger(__name__)


class EventType(StrEnum):
    CREATED = "created"
    STARTED = "started"
    COMPLETED = "completed"
    FAILED = "failed"
    RETRYING = "retrying"


def event_fields(
    event: EventType, application_id: uuid.UUID, **details: str | int | None
) -> dict[str, str]:
    fields = {
        "type": event.value,
        "application_id": str(application_id),
        "ts": f"{time.time():.3f}",
    }
    fields.update({key: str(value) for key, value in details.items() if value is not None})
    return fields


def publish(
    client: redis.Redis,
    settings: Settings,
    event: EventType,
    application_id: uuid.UUID,
    **details: str | int | None,
) -> None:
    try:
        client.xadd(
            settings.events_stream,
            event_fields(event, application_id, **details),  # type: ignore[arg-type]
            maxlen=settings.events_stream_maxlen,
            approximate=True,
        )
    except redis.RedisError as exc:
        log.warning("could not publish %s event for %s: %s", event, application_id, exc)


async def publish_async(
    client: redis.asyncio.Redis,
    settings: Settings,
    event: EventType,
    application_id: uuid.UUID,
    **details: str | int | None,
) -> None:
    try:
        await client.xadd(
            settings.events_stream,
            event_fields(event, application_id, **details),  # type: ignore[arg-type]
            maxlen=settings.events_stream_maxlen,
            approximate=True,
        )
    except redis.RedisError as exc:
        log.warning("could not publish %s event for %s: %s", event, application_id, exc)
