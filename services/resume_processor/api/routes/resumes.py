"""Upload resumes and read their records."""

from __future__ import annotations

import logging
import uuid
from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, HTTPException, Query, Request, status
from sqlalchemy.exc import DBAPIError
from starlette.concurrency import run_in_threadpool

from resume_processor import metrics
from resume_processor.api.deps import CeleryDep, RedisDep, SessionDep, SettingsDep, StorageDep
from resume_processor.api.schemas import (
    ErrorMessage,
    ResumeBase,
    ResumePublic,
    ResumesPublic,
    UploadAccepted,
)
from resume_processor.api.upload import ReceivedUpload, receive_upload
from resume_processor.db import applications
from resume_processor.db.models import Application, ApplicationStatus
from resume_processor.events import EventType, publish_async
from resume_processor.pipeline.sniff import UnsupportedDocument, sniff_stream
from resume_processor.storage import StorageError, object_key
from resume_processor.worker.dispatch import BrokerUnavailable, send_process_message

log = logging.getLogger(__name__)

router = APIRouter(prefix="/resumes", tags=["resumes"])

UPLOAD_ERRORS: dict[int | str, dict[str, object]] = {
    413: {"model": ErrorMessage, "description": "The file exceeds MAX_UPLOAD_BYTES"},
    415: {"model": ErrorMessage, "description": "Not a PDF, DOCX, PNG, JPEG, TIFF or text file"},
    422: {"model": ErrorMessage, "description": "Empty, unreadable or malformed upload"},
    503: {"model": ErrorMessage, "description": "Database or storage unavailable"},
}


@router.post(
    "/upload",
    status_code=status.HTTP_202_ACCEPTED,
    responses=UPLOAD_ERRORS,
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {
                "multipart/form-data": {
                    "schema": {
                        "type": "object",
                        "required": ["file"],
                        "properties": {
                            "file": {"type": "string", "format": "binary"},
                            "job_post_id": {"type": "string"},
                            "email": {"type": "string"},
                        },
                    }
                }
            },
        }
    },
)
async def upload_resume(
    request: Request,
    session: SessionDep,
    settings: SettingsDep,
    storage: StorageDep,
    celery: CeleryDep,
    events: RedisDep,
) -> UploadAccepted:
    """Accept one resume; it is processed in the background. Poll `GET /resumes/{id}`."""
    try:
        upload = await receive_upload(request, max_bytes=settings.max_upload_bytes)
    except HTTPException as exc:
        metrics.record_upload_rejected(exc.status_code)
        raise
    with upload.file:
        return await _accept(upload, session, settings, storage, celery, events)


async def _accept(
    upload: ReceivedUpload,
    session: SessionDep,
    settings: SettingsDep,
    storage: StorageDep,
    celery: CeleryDep,
    events: RedisDep,
) -> UploadAccepted:
    try:
        kind = await run_in_threadpool(sniff_stream, upload.file)
    except UnsupportedDocument as exc:
        metrics.record_upload_rejected(415)
        raise HTTPException(status.HTTP_415_UNSUPPORTED_MEDIA_TYPE, str(exc)) from exc

    application_id = uuid.uuid4()
    key = object_key(application_id, upload.filename)
    try:
        await run_in_threadpool(storage.put, key, upload.file, content_type=kind.content_type)
    except (StorageError, OSError) as exc:
        log.error("storage unavailable for upload %s: %s", application_id, exc)
        metrics.record_upload_rejected(503)
        raise HTTPException(
            status.HTTP_503_SERVICE_UNAVAILABLE,
            "document storage is unavailable; try again shortly",
        ) from exc

    application_in = applications.ApplicationIn(
        id=application_id,
        original_filename=(upload.filename or "upload")[:255],
        content_type=kind.content_type,
        size_bytes=upload.size,
        sha256=upload.sha256,
        s3_path=key,
        job_post_id=upload.fields.get("job_post_id"),
        email=upload.fields.get("email"),
    )
    try:
        session.add(applications.new_application(application_in))
        await session.commit()
    except DBAPIError:
        # No row, so nothing will ever look for the object: don't leave it behind.
        await run_in_threadpool(storage.delete, key)
        metrics.record_upload_rejected(503)
        raise

    metrics.UPLOADS_ACCEPTED.inc()
    metrics.UPLOAD_BYTES.inc(upload.size)
    await publish_async(
        events,
        settings,
        EventType.CREATED,
        application_id,
        filename=application_in.original_filename,
    )
    try:
        await run_in_threadpool(send_process_message, celery, settings, application_id)
    except BrokerUnavailable as exc:
        log.warning("upload %s stays PENDING until the broker is back: %s", application_id, exc)
        return UploadAccepted(
            application_id=application_id,
            status=ApplicationStatus.PENDING,
            message="Resume stored; it will be queued for processing as soon as the queue is "
            "reachable again.",
        )
    await session.execute(applications.mark_queued_stmt(application_id))
    await session.commit()
    return UploadAccepted(
        application_id=application_id,
        status=ApplicationStatus.QUEUED,
        message="Resume accepted and queued for processing.",
    )


@router.get("/{resume_id}", responses={404: {"model": ErrorMessage}})
async def get_resume(
    session: SessionDep,
    resume_id: uuid.UUID,
    include_embedding: Annotated[bool, Query(description="Include the embedding vector")] = False,
) -> ResumePublic:
    application = await session.get(Application, resume_id)
    if application is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, f"no resume with id {resume_id}")
    columns = {
        name: getattr(application, name)
        for name in ResumePublic.model_fields
        if hasattr(application, name)
    }
    columns["embedding_dimensions"] = len(application.embedded_value or [])
    columns["embedded_value"] = list(application.embedded_value) if include_embedding else None
    return ResumePublic.model_validate(columns)


@router.get("", responses={422: {"model": ErrorMessage}})
async def list_resumes(
    session: SessionDep,
    status_: Annotated[ApplicationStatus | None, Query(alias="status")] = None,
    job_post_id: str | None = None,
    email: str | None = None,
    created_after: datetime | None = None,
    created_before: datetime | None = None,
    cursor: str | None = None,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
) -> ResumesPublic:
    """Newest first. Pass `next_cursor` back as `cursor` for the next page."""
    filters = applications.ListFilters(
        status=status_,
        job_post_id=job_post_id,
        email=email,
        created_after=created_after,
        created_before=created_before,
    )
    try:
        stmt = applications.list_stmt(filters=filters, cursor=cursor, limit=limit + 1)
    except applications.InvalidCursor as exc:
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_CONTENT, str(exc)) from exc
    rows = list((await session.execute(stmt)).scalars())
    page, more = rows[:limit], len(rows) > limit
    return ResumesPublic(
        data=[ResumeBase.model_validate(row) for row in page],
        count=len(page),
        next_cursor=applications.encode_cursor(page[-1]) if more and page else None,
    )
