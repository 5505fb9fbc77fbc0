"""Ingesting a stored document (a user-applied ResumeJob's source) through the service code, on
the session's PostgreSQL and Redis and a real S3-compatible server (moto in server mode)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import boto3
import pytest
import redis
from sqlalchemy.orm import Session, sessionmaker

from resume_processor.config import Settings
from resume_processor.db.models import Application, ApplicationStatus
from resume_processor.db.session import make_sync_engine
from resume_processor.devstack import RedisServer, free_port
from resume_processor.ingest import Source, SourceRejected, ingest_document, read_source
from resume_processor.pipeline.sniff import DocumentKind
from resume_processor.queue_stats import queue_keys
from resume_processor.samples import SAMPLES
from resume_processor.storage import make_storage
from resume_processor.worker.celery_app import make_celery
from tests.integration.conftest import BUCKET, CREDENTIALS

INBOX = "recruiting-inbox"
RESUME = SAMPLES[0].render(DocumentKind.PDF)


@pytest.fixture(scope="module")
def inbox(s3_endpoint: str) -> str:
    client = boto3.client("s3", endpoint_url=s3_endpoint, region_name="us-east-1",
                          aws_access_key_id="testing", aws_secret_access_key="testing")  # fmt: skip
    client.create_bucket(Bucket=INBOX)
    client.put_object(Bucket=INBOX, Key="2026/ada.pdf", Body=RESUME)
    client.put_object(Bucket=INBOX, Key="2026/notes.bin", Body=b"\x00\x01\x02" * 100)
    return INBOX


def settings_for(database_url: str, redis_url: str, s3_endpoint: str, **extra: object) -> Settings:
    values: dict[str, object] = {
        "db_url": database_url,
        "redis_url": redis_url,
        "celery_queue": f"ingest-{uuid.uuid4().hex[:8]}",
        "events_stream": f"events-{uuid.uuid4().hex[:8]}",
        "storage_backend": "s3",
        "s3_endpoint_url": s3_endpoint,
        "aws_s3_bucket_name": BUCKET,
        "aws_access_key_id": CREDENTIALS["AWS_ACCESS_KEY_ID"],
        "aws_secret_access_key": CREDENTIALS["AWS_SECRET_ACCESS_KEY"],
        "ingest_s3_buckets": INBOX,
        **extra,
    }
    return Settings(_env_file=None, **values)  # type: ignore[arg-type]


@pytest.fixture
def sessions(database_url: str) -> Iterator[sessionmaker[Session]]:
    engine = make_sync_engine(Settings(_env_file=None, db_url=database_url))  # type: ignore[call-arg]
    yield sessionmaker(engine, expire_on_commit=False)
    engine.dispose()


def ingest(settings: Settings, sessions: sessionmaker[Session], data: bytes, app_id: uuid.UUID,
           name: str = "ada.pdf") -> ApplicationStatus:  # fmt: skip
    return ingest_document(
        data,
        name,
        app_id,
        settings=settings,
        storage=make_storage(settings),
        celery=make_celery(settings),
        events=redis.Redis.from_url(settings.redis_url),
        sessions=sessions,
    )


def queued(settings: Settings) -> int:
    client = redis.Redis.from_url(settings.redis_url)
    try:
        return sum(int(client.llen(key)) for key in queue_keys(settings.celery_queue))
    finally:
        client.close()


def test_an_s3_source_is_stored_queued_once_and_announced(
    database_url: str, redis_server: RedisServer, s3_endpoint: str, inbox: str,
    sessions: sessionmaker[Session],
) -> None:  # fmt: skip
    settings = settings_for(database_url, redis_server.url, s3_endpoint)
    source = Source.parse(f"s3://{inbox}/2026/ada.pdf")
    data = read_source(source, settings, make_storage(settings))
    assert data == RESUME

    app_id = uuid.uuid4()
    assert ingest(settings, sessions, data, app_id) is ApplicationStatus.QUEUED
    with sessions() as session:
        row = session.get(Application, app_id)
        assert row is not None
        assert (row.status, row.original_filename, row.size_bytes) == (
            ApplicationStatus.QUEUED, "ada.pdf", len(RESUME),
        )  # fmt: skip
        assert row.content_type == "application/pdf"
    # stored in the service's own bucket under its usual key
    assert make_storage(settings).get(row.s3_path) == RESUME
    assert row.s3_path == f"resumes/{app_id}_ada.pdf"
    assert queued(settings) == 1
    events = redis.Redis.from_url(settings.redis_url, decode_responses=True)
    entries = events.xrange(settings.events_stream)
    assert [(e[1]["type"], e[1]["application_id"]) for e in entries] == [("created", str(app_id))]

    # the same id again (a retry, a new leader): nothing new
    assert ingest(settings, sessions, data, app_id) is ApplicationStatus.QUEUED
    assert queued(settings) == 1
    assert len(events.xrange(settings.events_stream)) == 1
    events.close()


def test_a_key_in_the_configured_storage_is_a_source(
    database_url: str, redis_server: RedisServer, session_dir: Path,
    sessions: sessionmaker[Session],
) -> None:  # fmt: skip
    settings = Settings(  # type: ignore[call-arg]
        _env_file=None, db_url=database_url, redis_url=redis_server.url,
        storage_backend="local", local_storage_dir=session_dir / "ingest-local",
        celery_queue=f"ingest-{uuid.uuid4().hex[:8]}",
    )  # fmt: skip
    dropped = settings.local_storage_dir / "dropbox" / "cv.txt"
    dropped.parent.mkdir(parents=True)
    dropped.write_bytes(SAMPLES[1].render(DocumentKind.TEXT))
    data = read_source(Source.parse("dropbox/cv.txt"), settings, make_storage(settings))
    assert ingest(settings, sessions, data, uuid.uuid4(), "cv.txt") is ApplicationStatus.QUEUED
    with pytest.raises(SourceRejected) as missing:
        read_source(Source.parse("dropbox/absent.pdf"), settings, make_storage(settings))
    assert missing.value.reason == "SourceNotFound"


def test_missing_large_and_foreign_sources_are_rejected_and_leave_nothing(
    database_url: str, redis_server: RedisServer, s3_endpoint: str, inbox: str,
    sessions: sessionmaker[Session],
) -> None:  # fmt: skip
    settings = settings_for(database_url, redis_server.url, s3_endpoint, max_upload_bytes=1000)
    storage = make_storage(settings)
    cases = {
        f"s3://{inbox}/2026/absent.pdf": "SourceNotFound",
        f"s3://{BUCKET}/no-such-key.pdf": "SourceNotFound",
        "s3://someone-elses-bucket/ada.pdf": "BucketNotAllowed",  # not in INGEST_S3_BUCKETS
        f"s3://{inbox}/2026/ada.pdf": "TooLarge",  # over the 1000-byte limit set here
    }
    for text, reason in cases.items():
        with pytest.raises(SourceRejected) as caught:
            read_source(Source.parse(text), settings, storage)
        assert caught.value.reason == reason, text
        assert text.split("/")[-1] in caught.value.message

    junk = read_source(Source.parse(f"s3://{inbox}/2026/notes.bin"), settings, storage)
    app_id = uuid.uuid4()
    with pytest.raises(SourceRejected) as caught:
        ingest(settings, sessions, junk, app_id, "notes.bin")
    assert caught.value.reason == "UnsupportedDocument"
    with sessions() as session:
        assert session.get(Application, app_id) is None
    assert queued(settings) == 0


def test_only_the_storage_bucket_and_listed_ones_may_be_read(
    database_url: str, redis_server: RedisServer, s3_endpoint: str, inbox: str
) -> None:
    only_storage = settings_for(database_url, redis_server.url, s3_endpoint, ingest_s3_buckets="")
    with pytest.raises(SourceRejected) as caught:
        read_source(Source.parse(f"s3://{inbox}/2026/ada.pdf"), only_storage,
                    make_storage(only_storage))  # fmt: skip
    assert caught.value.reason == "BucketNotAllowed"
    assert "INGEST_S3_BUCKETS" in caught.value.message
    anywhere = settings_for(database_url, redis_server.url, s3_endpoint, ingest_s3_buckets="*")
    assert read_source(Source.parse(f"s3://{inbox}/2026/ada.pdf"), anywhere,
                       make_storage(anywhere)) == RESUME  # fmt: skip


def test_broker_down_keeps_the_job_pending_for_the_sweeper(
    database_url: str, redis_server: RedisServer, s3_endpoint: str,
    sessions: sessionmaker[Session],
) -> None:  # fmt: skip
    settings = settings_for(database_url, redis_server.url, s3_endpoint)
    down = settings.model_copy(update={"redis_url": f"redis://127.0.0.1:{free_port()}/0"})
    app_id = uuid.uuid4()
    status = ingest_document(
        RESUME, "ada.pdf", app_id, settings=down, storage=make_storage(settings),
        celery=make_celery(down), events=redis.Redis.from_url(down.redis_url),
        sessions=sessions,
    )  # fmt: skip
    assert status is ApplicationStatus.PENDING
    with sessions() as session:
        row = session.get(Application, app_id)
        assert row is not None
        assert row.status is ApplicationStatus.PENDING
