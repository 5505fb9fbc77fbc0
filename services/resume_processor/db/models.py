"""The `applications` table: one uploaded resume and where its processing stands."""

from __future__ import annotations

import uuid
from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    REAL,
    BigInteger,
    DateTime,
    Enum,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    func,
    text,
)
from sqlalchemy.dialects.postgresql import ARRAY, JSONB, UUID
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class ApplicationStatus(StrEnum):
    PENDING = "PENDING"  # row written, message not yet sent
    QUEUED = "QUEUED"
    PROCESSING = "PROCESSING"
    COMPLETED = "COMPLETED"
    FAILED = "FAILED"

    @property
    def is_final(self) -> bool:
        return self in {ApplicationStatus.COMPLETED, ApplicationStatus.FAILED}


class Application(Base):
    __tablename__ = "applications"

    id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True), primary_key=True, default=uuid.uuid4)
    original_filename: Mapped[str] = mapped_column(String(255))
    content_type: Mapped[str] = mapped_column(String(127))
    size_bytes: Mapped[int] = mapped_column(BigInteger)
    sha256: Mapped[str] = mapped_column(String(64))
    s3_path: Mapped[str] = mapped_column(String(1024), unique=True)
    status: Mapped[ApplicationStatus] = mapped_column(
        Enum(
            ApplicationStatus,
            name="application_status",
            native_enum=False,
            create_constraint=True,
            length=16,
            validate_strings=True,
        ),
        default=ApplicationStatus.PENDING,
        server_default=ApplicationStatus.PENDING.value,
    )
    email: Mapped[str | None] = mapped_column(String(320))
    candidate_name: Mapped[str | None] = mapped_column(String(255))
    job_post_id: Mapped[str | None] = mapped_column(String(128))
    extracted_data: Mapped[dict[str, Any] | None] = mapped_column(JSONB)
    embedded_value: Mapped[list[float]] = mapped_column(
        ARRAY(REAL), default=list, server_default=text("'{}'::real[]")
    )
    embedding_model: Mapped[str | None] = mapped_column(String(128))
    failed_reason: Mapped[str | None] = mapped_column(Text)
    attempts: Mapped[int] = mapped_column(Integer, default=0, server_default=text("0"))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    updated_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now(), onupdate=func.now()
    )
    started_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    completed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))

    __table_args__ = (
        Index("ix_applications_status", "status"),
        Index("ix_applications_job_post_id", "job_post_id"),
        # INCLUDE status: the dashboard's "count by status since T" reads the index alone.
        Index("ix_applications_created_at", "created_at", postgresql_include=["status"]),
        Index("ix_applications_updated_at", "updated_at"),
        # Trailing (created_at, id) match the API's keyset order: a page is an index range,
        # never a sort of every matching row (measured by tests/bench/bench_queries.py).
        Index("ix_applications_status_created_at", "status", "created_at", "id"),
        Index("ix_applications_job_post_status", "job_post_id", "status", "created_at", "id"),
        Index("ix_applications_email_status", "email", "status", "created_at", "id"),
    )
