from __future__ import annotations

import pytest
from pydantic import ValidationError

from resume_processor.config import Settings, StorageBackend


def make(**env: str) -> Settings:
    return Settings(_env_file=None, **env)  # type: ignore[call-arg]


def test_seed_names_are_read_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DB_URL", "postgresql://u:p@db:5432/resumes")
    monkeypatch.setenv("REDIS_URL", "redis://redis:6379/1")
    monkeypatch.setenv("AWS_S3_BUCKET_NAME", "cvs")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "s3cr3t")
    monkeypatch.setenv("STORAGE_BACKEND", "s3")
    monkeypatch.setenv("MAX_UPLOAD_BYTES", "1234")
    settings = Settings(_env_file=None)  # type: ignore[call-arg]
    assert settings.db_url == "postgresql://u:p@db:5432/resumes"
    assert settings.redis_url == "redis://redis:6379/1"
    assert settings.aws_s3_bucket_name == "cvs"
    assert settings.storage_backend is StorageBackend.S3
    assert settings.max_upload_bytes == 1234
    assert settings.aws_secret_access_key is not None
    assert "s3cr3t" not in repr(settings)


def test_database_url_alias(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DB_URL", raising=False)
    monkeypatch.setenv("DATABASE_URL", "postgres://u@h/d")
    assert Settings(_env_file=None).db_url == "postgres://u@h/d"  # type: ignore[call-arg]


@pytest.mark.parametrize(
    "url",
    [
        "postgres://u@h/d",
        "postgresql://u@h/d",
        "postgresql+psycopg2://u@h/d",
        "postgresql+asyncpg://u@h/d",
    ],
)
def test_any_postgres_url_is_normalised_to_psycopg(url: str) -> None:
    settings = make(db_url=url)
    assert settings.sync_db_url == "postgresql+psycopg://u@h/d"
    assert settings.async_db_url == "postgresql+psycopg://u@h/d"


def test_soft_limit_must_be_below_hard_limit() -> None:
    with pytest.raises(ValidationError, match="TASK_SOFT_TIME_LIMIT_SECONDS"):
        make(task_soft_time_limit_seconds=300, task_time_limit_seconds=300)


def test_placeholder_secret_refused_outside_development() -> None:
    with pytest.raises(ValidationError, match="placeholder"):
        make(environment="production", gemini_api_key="changeme")
    assert make(environment="development", gemini_api_key="changeme").is_development


def test_stuck_timeout_outlasts_the_hard_time_limit() -> None:
    settings = make(task_soft_time_limit_seconds=10, task_time_limit_seconds=20)
    assert settings.stuck_processing_after_seconds > 20
    assert make(sweep_processing_after_seconds=5).stuck_processing_after_seconds == 5


def test_env_example_lists_every_setting() -> None:
    from pathlib import Path

    example = (Path(__file__).resolve().parents[2] / ".env.example").read_text()
    for name, field in Settings.model_fields.items():
        aliases = getattr(field.validation_alias, "choices", None) or [name]
        assert any(f"{str(alias).upper()}=" in example for alias in aliases), name


def test_env_example_loads_as_the_defaults() -> None:
    from pathlib import Path

    example = Path(__file__).resolve().parents[2] / ".env.example"
    loaded = Settings(_env_file=example)  # type: ignore[call-arg]
    assert loaded.model_dump() == make().model_dump()
