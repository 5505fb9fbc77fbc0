"""Create the applications table and its indexes.

Revision ID: 0001
Revises:
Create Date: 2026-11-28
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

STATUSES = ("PENDING", "QUEUED", "PROCESSING", "COMPLETED", "FAILED")


def upgrade() -> None:
    op.create_table(
        "applications",
        sa.Column("id", sa.Uuid(), primary_key=True),
        sa.Column("original_filename", sa.String(255), nullable=False),
        sa.Column("content_type", sa.String(127), nullable=False),
        sa.Column("size_bytes", sa.BigInteger(), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("s3_path", sa.String(1024), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                *STATUSES,
                name="application_status",
                native_enum=False,
                length=16,
                create_constraint=True,
            ),
            nullable=False,
            server_default="PENDING",
        ),
        sa.Column("email", sa.String(320), nullable=True),
        sa.Column("candidate_name", sa.String(255), nullable=True),
        sa.Column("job_post_id", sa.String(128), nullable=True),
        sa.Column("extracted_data", postgresql.JSONB(), nullable=True),
        sa.Column(
            "embedded_value",
            postgresql.ARRAY(sa.REAL()),
            nullable=False,
            server_default=sa.text("'{}'::real[]"),
        ),
        sa.Column("embedding_model", sa.String(128), nullable=True),
        sa.Column("failed_reason", sa.Text(), nullable=True),
        sa.Column("attempts", sa.Integer(), nullable=False, server_default=sa.text("0")),
        sa.Column(
            "created_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()
        ),
        sa.Column(
            "updated_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()
        ),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("completed_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_applications"),
        sa.UniqueConstraint("s3_path", name="uq_applications_s3_path"),
    )
    op.create_index("ix_applications_status", "applications", ["status"])
    op.create_index("ix_applications_job_post_id", "applications", ["job_post_id"])
    op.create_index(
        "ix_applications_created_at", "applications", ["created_at"], postgresql_include=["status"]
    )
    op.create_index("ix_applications_updated_at", "applications", ["updated_at"])
    op.create_index(
        "ix_applications_status_created_at", "applications", ["status", "created_at", "id"]
    )
    op.create_index(
        "ix_applications_job_post_status",
        "applications",
        ["job_post_id", "status", "created_at", "id"],
    )
    op.create_index(
        "ix_applications_email_status", "applications", ["email", "status", "created_at", "id"]
    )


def downgrade() -> None:
    op.drop_table("applications")
