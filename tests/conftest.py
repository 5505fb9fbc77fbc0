"""Session fixtures: real PostgreSQL and Redis servers started from the machine's binaries.

Outside CI a missing server binary skips the tests that need it; with CI=true it fails them,
so a green CI run always means every integration test ran.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from resume_processor.db.migrate import upgrade
from resume_processor.devstack import PostgresServer, RedisServer, free_port, postgres_bindir

IN_CI = os.environ.get("CI", "").lower() in {"1", "true", "yes"}
SHARED_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"


def require(available: bool, what: str) -> None:
    if available:
        return
    message = f"{what} is not installed; `make test` installs it"
    if IN_CI:
        pytest.fail(message)
    pytest.skip(message)


@pytest.fixture(scope="session", autouse=True)
def _stop_stray_processes() -> Iterator[None]:
    from tests.utils.processes import stop_all

    yield
    stop_all()


@pytest.fixture(scope="session")
def shared_data() -> Path:
    require(SHARED_DATA.is_dir(), f"shared data at {SHARED_DATA}")
    return SHARED_DATA


@pytest.fixture(scope="session")
def tesseract() -> None:
    """Tests that OCR need the Debian `tesseract-ocr` binary (make test installs it)."""
    require(shutil.which("tesseract") is not None, "tesseract-ocr")


@pytest.fixture(scope="session")
def session_dir() -> Iterator[Path]:
    # Not pytest's tmp_path: its parents are private to root, and PostgreSQL runs as `postgres`.
    path = Path(tempfile.mkdtemp(prefix="arp-tests-"))
    path.chmod(0o755)
    yield path
    shutil.rmtree(path, ignore_errors=True)


@pytest.fixture(scope="session")
def postgres(session_dir: Path) -> Iterator[PostgresServer]:
    try:
        postgres_bindir()
        found = True
    except RuntimeError:
        found = False
    require(found, "PostgreSQL server")
    server = PostgresServer(session_dir / "pg", free_port(), fast=True)
    server.start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def redis_server(session_dir: Path) -> Iterator[RedisServer]:
    require(shutil.which("redis-server") is not None, "redis-server")
    server = RedisServer(session_dir / "redis", free_port())
    server.start()
    yield server
    server.stop()


def create_database(postgres: PostgresServer, name: str) -> str:
    with psycopg.connect(
        f"host=127.0.0.1 port={postgres.port} user=resumes dbname=postgres", autocommit=True
    ) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return postgres.url.rsplit("/", 1)[0] + f"/{name}"


@pytest.fixture
def empty_database_url(postgres: PostgresServer) -> str:
    """A brand-new database with no schema."""
    return create_database(postgres, f"t_{uuid.uuid4().hex[:12]}")


@pytest.fixture(scope="session")
def database_url(postgres: PostgresServer) -> str:
    """The session's database, migrated to head."""
    url = create_database(postgres, "resumes_test")
    upgrade("head", database_url=url)
    return url


@pytest.fixture(scope="session")
def helm(pytestconfig: pytest.Config) -> Path:
    """The helm binary of tests/k8s/binaries.py (built once per machine: tests/k8s/building.py)."""
    from tests.k8s import binaries
    from tests.k8s.building import ensure_built

    ensure_built(pytestconfig)
    return binaries.binary("helm")
