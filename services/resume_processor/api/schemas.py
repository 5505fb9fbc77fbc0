"""Request and response bodies of the HTTP API."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from pydantic import BaseModel, ConfigDict

from resume_processor.db.models import ApplicationStatus


class UploadAccepted(BaseModel):
    application_id: uuid.UUID
    status: ApplicationStatus
    message: str


class ResumeBase(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    original_filename: str
    status: ApplicationStatus
    candidate_name: str | None
    email: str | None
    job_post_id: str | None
    failed_reason: str | None
    created_at: datetime
    updated_at: datetime


class ResumePublic(ResumeBase):
    content_type: str
    size_bytes: int
    sha256: str
    s3_path: str
    attempts: int
    started_at: datetime | None
    completed_at: datetime | None
    extracted_data: dict[str, Any] | None
    embedding_model: str | None
    embedding_dimensions: int
    embedded_value: list[float] | None = None


class ResumesPublic(BaseModel):
    data: list[ResumeBase]
    count: int
    next_cursor: str | None


class ErrorMessage(BaseModel):
    detail: str


class Readiness(BaseModel):
    status: str
    checks: dict[str, str]
