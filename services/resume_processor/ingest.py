"""Ingest a document that is already stored somewhere, not uploaded over HTTP: the `spec.source`
of a ResumeJob a user applies (`s3://bucket/key`, or a key in the configured storage).

The steps are the upload's (`api/routes/resumes.py`), in the same order and with the same
pieces: type sniffed from the bytes, the document stored under `resumes/{id}_{name}`, the row
committed before the `created` event and the Celery message, PENDING kept when the broker is
down (the sweeper re-sends it). The caller chooses the application id; a second call with the
same id finds the row and does nothing, so retrying an ingestion never makes two jobs.

Errors: `SourceRejected` for a source that can never be ingested (missing, too large, not a
resume format; the caller reports it and stops), anything else (storage or database down) is
transient and may be retried.
"""

from __future__ import annotations

import hashlib
import io
import uuid
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import TYPE_CHECKING

from sqlalchemy.exc import IntegrityError

from resume_processor.config import Settings
from resume_processor.db import applications
from resume_processor.db.models import Application, ApplicationStatus
from resume_processor.events import EventType, publish
from resume_processor.pipeline.sniff import UnsupportedDocument, sniff_bytes
from resume_processor.storage import ObjectNotFound, Storage, make_s3_client, object_key
from resume_processor.worker.dispatch import BrokerUnavailable, send_process_message

if TYPE_CHECKING:
    import redis
    from celery import Celery
    from sqlalchemy.orm import Session, sessionmaker

S3_SCHEME = "s3://"


class SourceRejected(Exception):
    """The source can never be ingested; `reason` is a short CamelCase class for status/metrics."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason
        self.message = message


@dataclass(frozen=True, slots=True)
class Source:
    key: str
    bucket: str | None = None
    """Set for `s3://bucket/key`; None for a key in the configured storage."""

    @classmethod
    def parse(cls, text: str) -> Source:
        text = text.strip()
        if text.startswith(S3_SCHEME):
            bucket, _, key = text[len(S3_SCHEME) :].partition("/")
            if not bucket or not key:
                raise SourceRejected("InvalidSource", f"{text!r} is not s3://bucket/key")
            return cls(key=key, bucket=bucket)
        if "://" in text:
            raise SourceRejected(
                "InvalidSource", f"{text!r}: only s3://bucket/key or a storage key is supported"
            )
        key = text.lstrip("/")
        if not key or ".." in PurePosixPath(key).parts:
            raise SourceRejected("InvalidSource", f"{text!r} is not a storage key")
        return cls(key=key)

    @property
    def filename(self) -> str:
        return PurePosixPath(self.key).name or "document"

    def __str__(self) -> str:
        return f"{S3_SCHEME}{self.bucket}/{self.key}" if self.bucket else self.key


def bucket_allowed(bucket: str, settings: Settings) -> bool:
    """Whoever may create a ResumeJob may make the operator read this bucket with the service's
    credentials: the storage bucket, and only the others listed in INGEST_S3_BUCKETS."""
    allowed = {name.strip() for name in settings.ingest_s3_buckets.split(",") if name.strip()}
    return bucket == settings.aws_s3_bucket_name or "*" in allowed or bucket in allowed


def read_source(source: Source, settings: Settings, storage: Storage) -> bytes:
    """The document's bytes, refused beyond MAX_UPLOAD_BYTES without reading it whole."""
    limit = settings.max_upload_bytes
    if source.bucket is None:
        try:
            data = storage.get(source.key)
        except ObjectNotFound as exc:
            raise SourceRejected("SourceNotFound", f"{source} does not exist: {exc}") from exc
        except ValueError as exc:  # a key escaping the local storage directory
            raise SourceRejected("InvalidSource", str(exc)) from exc
        if len(data) > limit:
            raise SourceRejected("TooLarge", f"{source} is {len(data)} bytes; limit {limit}")
        return data

    if not bucket_allowed(source.bucket, settings):
        raise SourceRejected(
            "BucketNotAllowed",
            f"{source}: bucket {source.bucket} is not AWS_S3_BUCKET_NAME nor in INGEST_S3_BUCKETS",
        )
    from botocore.exceptions import ClientError

    client = make_s3_client(settings)
    try:
        head = client.head_object(Bucket=source.bucket, Key=source.key)
        if head["ContentLength"] > limit:
            raise SourceRejected(
                "TooLarge", f"{source} is {head['ContentLength']} bytes; limit {limit}"
            )
        body: bytes = client.get_object(Bucket=source.bucket, Key=source.key)["Body"].read()
    except ClientError as exc:
        code = str(exc.response.get("Error", {}).get("Code", ""))
        if code in {"404", "NoSuchKey", "NotFound", "NoSuchBucket"}:
            raise SourceRejected("SourceNotFound", f"{source} does not exist") from exc
        if code in {"403", "AccessDenied"}:
            raise SourceRejected("AccessDenied", f"{source}: access denied") from exc
        raise
    return body


def ingest_document(
    data: bytes,
    filename: str,
    application_id: uuid.UUID,
    *,
    settings: Settings,
    storage: Storage,
    celery: Celery,
    events: redis.Redis,
    sessions: sessionmaker[Session],
) -> ApplicationStatus:
    """Store `data` and queue it as job `application_id` (a no-op if that job exists)."""
    with sessions() as session:
        existing = session.get(Application, application_id)
        if existing is not None:
            return existing.status
    try:
        kind = sniff_bytes(data)
    except UnsupportedDocument as exc:
        raise SourceRejected("UnsupportedDocument", str(exc)) from exc

    key = object_key(application_id, filename)
    storage.put(key, io.BytesIO(data), content_type=kind.content_type)
    application_in = applications.ApplicationIn(
        id=application_id,
        original_filename=filename[:255],
        content_type=kind.content_type,
        size_bytes=len(data),
        sha256=hashlib.sha256(data).hexdigest(),
        s3_path=key,
    )
    try:
        with sessions.begin() as session:
            session.add(applications.new_application(application_in))
    except IntegrityError:  # a concurrent ingestion of the same id committed first
        return ApplicationStatus.PENDING

    filename = application_in.original_filename
    publish(events, settings, EventType.CREATED, application_id, filename=filename)
    try:
        send_process_message(celery, settings, application_id)
    except BrokerUnavailable:
        return ApplicationStatus.PENDING  # the sweeper sends it once the broker is back
    with sessions.begin() as session:
        session.execute(applications.mark_queued_stmt(application_id))
    return ApplicationStatus.QUEUED
