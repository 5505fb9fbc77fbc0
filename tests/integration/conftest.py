"""A running API + Celery worker pair on the session's PostgreSQL and Redis."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from resume_processor.devstack import RedisServer
from tests.utils.processes import StackConfig, start_api, start_worker

API_MAX_UPLOAD_BYTES = 2 * 1024 * 1024


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
