"""Alembic owns the schema: upgrade from empty, downgrade to nothing, and match the models."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, inspect

from resume_processor.db.migrate import downgrade, upgrade
from resume_processor.db.models import Base

EXPECTED_INDEXES = {
    "ix_applications_status": ["status"],
    "ix_applications_job_post_id": ["job_post_id"],
    "ix_applications_created_at": ["created_at"],
    "ix_applications_updated_at": ["updated_at"],
    "ix_applications_status_created_at": ["status", "created_at", "id"],
    "ix_applications_job_post_status": ["job_post_id", "status", "created_at", "id"],
    "ix_applications_email_status": ["email", "status", "created_at", "id"],
}


def test_upgrade_from_empty_creates_table_and_every_index(empty_database_url: str) -> None:
    upgrade("head", database_url=empty_database_url)
    engine = create_engine(empty_database_url)
    try:
        inspector = inspect(engine)
        assert "applications" in inspector.get_table_names()
        indexes = {ix["name"]: ix["column_names"] for ix in inspector.get_indexes("applications")}
        # PostgreSQL backs the unique constraint with an index of the same name.
        assert indexes == {**EXPECTED_INDEXES, "uq_applications_s3_path": ["s3_path"]}
        uniques = inspector.get_unique_constraints("applications")
        assert [u["column_names"] for u in uniques] == [["s3_path"]]
        columns = {c["name"]: c for c in inspector.get_columns("applications")}
        assert set(columns) == set(Base.metadata.tables["applications"].columns.keys())
        assert "'{}'::real[]" in str(columns["embedded_value"]["default"])
    finally:
        engine.dispose()


def test_migrations_match_the_models(empty_database_url: str) -> None:
    upgrade("head", database_url=empty_database_url)
    engine = create_engine(empty_database_url)
    try:
        with engine.connect() as conn:
            diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
        assert diff == []
    finally:
        engine.dispose()


def test_downgrade_base_removes_everything_and_upgrade_again_works(
    empty_database_url: str,
) -> None:
    upgrade("head", database_url=empty_database_url)
    downgrade("base", database_url=empty_database_url)
    engine = create_engine(empty_database_url)
    try:
        assert inspect(engine).get_table_names() == ["alembic_version"]
        upgrade("head", database_url=empty_database_url)
        assert "applications" in inspect(engine).get_table_names()
    finally:
        engine.dispose()
