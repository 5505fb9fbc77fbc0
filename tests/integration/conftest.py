"""A running API + Celery worker pair on the session's PostgreSQL and Redis."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import boto3
import httpx
import pytest
from moto.server import ThreadedMotoServer

from resume_processor.devstack import RedisServer, free_port
from tests.utils.processes import StackConfig, start_api, start_worker

API_MAX_UPLOAD_BYTES = 2 * 1024 * 1024
BUCKET = "resumes-test"
CREDENTIALS = {"AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing"}


@pytest.fixture(scope="session")
def s3_endpoint() -> Iterator[str]:
    """A real S3-compatible server (moto in server mode) with the test bucket."""
    port = free_port()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port)
    server.start()
    endpoint = f"http://127.0.0.1:{port}"
    client = boto3.client("s3", endpoint_url=endpoint, region_name="us-east-1",
                          aws_access_key_id="testing", aws_secret_access_key="testing")  # fmt: skip
    client.create_bucket(Bucket=BUCKET)
    yield endpoint
    server.stop()


@pytest.fixture(scope="session")
def stack_config(database_url: str, redis_server: RedisServer, session_dir: Path) -> StackConfig:
    return StackConfig(
        db_url=database_url,
        redis_url=redis_server.url,
        workdir=session_dir / "stack",
        extra={"MAX_UPLOAD_BYTES": str(API_MAX_UPLOAD_BYTES)},
    )


@pytest.fixture(scope="session")
def api_url(stack_config: StackConfig) -> Iterator[str]:
    api, url = start_api(stack_config)
    yield url
    api.stop()


@pytest.fixture(scope="session")
def worker(stack_config: StackConfig) -> Iterator[None]:
    process = start_worker(stack_config, concurrency=2)
    yield
    process.stop()


@pytest.fixture
def client(api_url: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=api_url, timeout=30) as client:
        yield client
