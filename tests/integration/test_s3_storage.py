"""S3 storage through boto3 against a real S3-compatible server (moto in server mode)."""

from __future__ import annotations

import io
import os
import uuid
from pathlib import Path

import boto3
import httpx
import pytest

from resume_processor.config import Settings
from resume_processor.devstack import free_port
from resume_processor.pipeline.sniff import DocumentKind
from resume_processor.samples import SAMPLES
from resume_processor.storage import ObjectNotFound, S3Storage, StorageError, make_storage
from tests.integration.conftest import BUCKET, CREDENTIALS
from tests.utils.processes import StackConfig, running, start_api, start_worker, wait_for_status


def s3_settings(endpoint: str, **overrides: str) -> Settings:
    values = {
        "storage_backend": "s3",
        "s3_endpoint_url": endpoint,
        "aws_s3_bucket_name": BUCKET,
        "aws_access_key_id": "testing",
        "aws_secret_access_key": "testing",
        **overrides,
    }
    return Settings(_env_file=None, **values)  # type: ignore[arg-type]


def test_round_trip_with_prefix_and_multipart(s3_endpoint: str) -> None:
    storage = make_storage(s3_settings(s3_endpoint, s3_prefix="tenant-a/"))
    assert isinstance(storage, S3Storage)
    storage.ping()
    key = f"resumes/{uuid.uuid4()}_cv.pdf"
    # Larger than boto3's 8 MiB threshold, so it goes up as a multipart upload.
    payload = os.urandom(9 * 1024 * 1024)
    storage.put(key, io.BytesIO(payload), content_type="application/pdf")
    assert storage.exists(key)
    assert storage.get(key) == payload
    head = storage.client.head_object(Bucket=BUCKET, Key=f"tenant-a/{key}")
    assert head["ContentType"] == "application/pdf"
    storage.delete(key)
    assert not storage.exists(key)
    with pytest.raises(ObjectNotFound):
        storage.get(key)


def test_unreachable_store_raises_storage_error(s3_endpoint: str) -> None:
    storage = make_storage(s3_settings(f"http://127.0.0.1:{free_port()}"))
    with pytest.raises(StorageError, match="not reachable"):
        storage.ping()
    missing_bucket = make_storage(s3_settings(s3_endpoint, aws_s3_bucket_name="no-such-bucket"))
    with pytest.raises(StorageError):
        missing_bucket.put("k", io.BytesIO(b"x"), content_type="text/plain")


def test_upload_is_stored_in_s3_and_processed(
    s3_endpoint: str, database_url: str, stack_config: StackConfig, session_dir: Path
) -> None:
    extra = {"STORAGE_BACKEND": "s3", "S3_ENDPOINT_URL": s3_endpoint, "AWS_S3_BUCKET_NAME": BUCKET,
             "S3_PREFIX": "e2e", **CREDENTIALS}  # fmt: skip
    config = StackConfig(database_url, stack_config.redis_url, session_dir / "s3", extra=extra)
    api, url = start_api(config)
    worker = start_worker(config)
    with running(api, worker), httpx.Client(base_url=url, timeout=30) as client:
        document = SAMPLES[1].render(DocumentKind.DOCX)
        response = client.post("/resumes/upload", files={"file": ("../rahul.docx", document)})
        assert response.status_code == 202, response.text
        record = wait_for_status(client, response.json()["application_id"], {"COMPLETED", "FAILED"})
        assert record["status"] == "COMPLETED", record["failed_reason"]
        assert record["s3_path"] == f"resumes/{record['id']}_rahul.docx"
        s3 = boto3.client("s3", endpoint_url=s3_endpoint, region_name="us-east-1",
                          aws_access_key_id="testing", aws_secret_access_key="testing")  # fmt: skip
        stored = s3.get_object(Bucket=BUCKET, Key=f"e2e/{record['s3_path']}")["Body"].read()
        assert stored == document
        assert client.get("/readyz").json()["checks"]["storage"] == "ok"


def test_storage_down_at_upload_is_503(
    database_url: str, stack_config: StackConfig, session_dir: Path
) -> None:
    extra = {"STORAGE_BACKEND": "s3", "S3_ENDPOINT_URL": f"http://127.0.0.1:{free_port()}",
             "AWS_S3_BUCKET_NAME": BUCKET, **CREDENTIALS}  # fmt: skip
    config = StackConfig(database_url, stack_config.redis_url, session_dir / "s3-down", extra=extra)
    api, url = start_api(config)
    with running(api), httpx.Client(base_url=url, timeout=60) as client:
        response = client.post("/resumes/upload", files={"file": ("cv.txt", b"Jane Roe\n")})
        assert response.status_code == 503
        assert "storage is unavailable" in response.json()["detail"]
        assert client.get("/readyz").status_code == 503
