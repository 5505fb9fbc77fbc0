"""Settings for every process (API, worker, CLI), read from the environment and `.env`."""

from __future__ import annotations

from enum import StrEnum
from functools import lru_cache
from pathlib import Path
from typing import Self

from pydantic import AliasChoices, Field, SecretStr, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

PLACEHOLDER_SECRETS = frozenset({"changeme", "change-me", "changethis", "secret", "password"})


class StorageBackend(StrEnum):
    LOCAL = "local"
    S3 = "s3"


class ExtractorEngine(StrEnum):
    LOCAL = "local"
    TEXTRACT = "textract"


class StructurerEngine(StrEnum):
    LOCAL = "local"
    GEMINI = "gemini"


class EmbedderEngine(StrEnum):
    LOCAL = "local"
    GEMINI = "gemini"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_file=".env", env_file_encoding="utf-8", extra="ignore", populate_by_name=True
    )

    environment: str = Field(default="development", description="development | production")

    # Database: the seed's DB_URL, with DATABASE_URL accepted as an alias.
    db_url: str = Field(
        default="postgresql+psycopg://resumes@127.0.0.1:55432/resumes",
        validation_alias=AliasChoices("DB_URL", "DATABASE_URL"),
    )
    db_pool_size: int = Field(default=10, ge=1)
    db_max_overflow: int = Field(default=10, ge=0)
    db_pool_timeout_seconds: float = Field(default=10.0, gt=0)

    redis_url: str = "redis://127.0.0.1:56379/0"
    celery_queue: str = "resumes"

    # Storage
    storage_backend: StorageBackend = StorageBackend.LOCAL
    local_storage_dir: Path = Path(".run/storage")
    aws_access_key_id: SecretStr | None = None
    aws_secret_access_key: SecretStr | None = None
    aws_default_region: str = "us-east-1"
    aws_s3_bucket_name: str = "resumes"
    s3_prefix: str = ""
    s3_endpoint_url: str | None = None
    ingest_s3_buckets: str = Field(
        default="",
        description="Comma-separated buckets a ResumeJob's s3:// source may name besides "
        "AWS_S3_BUCKET_NAME (`*`: any the credentials can read). Empty: that bucket only.",
    )

    # Engines
    extractor: ExtractorEngine = ExtractorEngine.LOCAL
    structurer: StructurerEngine = StructurerEngine.LOCAL
    embedder: EmbedderEngine = EmbedderEngine.LOCAL
    gemini_api_key: SecretStr | None = None
    gemini_model: str = "gemini-2.5-flash"
    gemini_embedding_model: str = "gemini-embedding-001"
    gemini_base_url: str | None = Field(
        default=None, description="Override the Gemini API endpoint (proxies, tests)"
    )
    gemini_timeout_seconds: float = Field(default=60.0, gt=0)
    textract_endpoint_url: str | None = None
    textract_poll_interval_seconds: float = Field(default=2.0, gt=0)
    textract_max_wait_seconds: float = Field(default=900.0, gt=0)

    # Extraction limits: a resume is short; anything far bigger is refused, not processed.
    max_pdf_pages: int = Field(default=50, ge=1)
    max_image_pixels: int = Field(default=50_000_000, ge=1)
    ocr_language: str = "eng"
    ocr_dpi: int = Field(default=300, ge=72, le=600)
    ocr_timeout_seconds: float = Field(default=60.0, gt=0)

    # Upload limits
    max_upload_bytes: int = Field(default=10 * 1024 * 1024, ge=1)

    # Worker behaviour
    task_soft_time_limit_seconds: int = Field(default=240, ge=1)
    task_time_limit_seconds: int = Field(default=300, ge=2)
    task_max_retries: int = Field(default=5, ge=0)
    retry_backoff_base_seconds: float = Field(default=2.0, gt=0)
    retry_backoff_max_seconds: float = Field(default=300.0, gt=0)
    worker_concurrency: int = Field(default=2, ge=1)

    # Sweeper: re-sends jobs whose message was never sent or was lost.
    sweep_interval_seconds: float = Field(default=30.0, gt=0)
    sweep_pending_after_seconds: float = Field(default=30.0, ge=0)
    sweep_queued_after_seconds: float = Field(default=900.0, gt=0)
    sweep_processing_after_seconds: float | None = Field(
        default=None,
        gt=0,
        description="A PROCESSING row older than this is re-queued; defaults to the hard time "
        "limit plus a margin so a running task is never taken for a stuck one.",
    )
    sweep_batch_size: int = Field(default=500, ge=1)

    # Metrics. The API serves /metrics on its own port; each worker serves it from the Celery
    # main process on WORKER_METRICS_PORT (0: no endpoint).
    worker_metrics_port: int = Field(default=9808, ge=0, le=65535)
    worker_metrics_host: str = "0.0.0.0"  # noqa: S104 (scraped from other hosts/pods)
    prometheus_multiproc_dir: Path | None = Field(
        default=None,
        description="Base directory for multi-process metric files (an emptyDir in Kubernetes); "
        "each API or worker server uses a fresh subdirectory. Unset: the system temp dir.",
    )

    events_stream: str = "resume-events"
    events_stream_maxlen: int = Field(default=100_000, ge=100)

    log_level: str = "INFO"

    @property
    def is_development(self) -> bool:
        return self.environment.lower() in {"development", "dev", "local", "test"}

    @property
    def stuck_processing_after_seconds(self) -> float:
        if self.sweep_processing_after_seconds is not None:
            return self.sweep_processing_after_seconds
        return self.task_time_limit_seconds + 60.0

    @property
    def sync_db_url(self) -> str:
        return _with_driver(self.db_url, "psycopg")

    @property
    def async_db_url(self) -> str:
        # psycopg 3 is async-capable; SQLAlchemy picks its async dialect from the same name.
        return _with_driver(self.db_url, "psycopg")

    @model_validator(mode="after")
    def _check(self) -> Self:
        if self.task_soft_time_limit_seconds >= self.task_time_limit_seconds:
            raise ValueError(
                "TASK_SOFT_TIME_LIMIT_SECONDS must be below TASK_TIME_LIMIT_SECONDS so a task "
                "can clean up before it is killed"
            )
        if not self.is_development:
            for name in ("aws_secret_access_key", "gemini_api_key"):
                value: SecretStr | None = getattr(self, name)
                if value is not None and value.get_secret_value().lower() in PLACEHOLDER_SECRETS:
                    raise ValueError(
                        f"{name.upper()} is a placeholder; set a real secret or unset it "
                        f"(ENVIRONMENT={self.environment})"
                    )
        return self


def _with_driver(url: str, driver: str) -> str:
    """Normalise postgres URLs (`postgres://`, `postgresql://`, other drivers) to one driver."""
    scheme, sep, rest = url.partition("://")
    if not sep:
        raise ValueError(f"DB_URL {url!r} is not a URL like postgresql://user:pass@host:5432/db")
    base = scheme.split("+", 1)[0]
    if base in {"postgres", "postgresql"}:
        return f"postgresql+{driver}://{rest}"
    return url


@lru_cache
def get_settings() -> Settings:
    return Settings()
