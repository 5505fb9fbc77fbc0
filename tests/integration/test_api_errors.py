"""Every error status of the HTTP API, over real HTTP, against real PostgreSQL and Redis."""

from __future__ import annotations

import io
import uuid
import zipfile
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from sqlalchemy import create_engine, text

from resume_processor.devstack import free_port
from tests.integration.conftest import API_MAX_UPLOAD_BYTES
from tests.utils.processes import StackConfig, start_api

TEXT_RESUME = b"Jane Roe\njane.roe@example.com\n+1 415 555 0100\n\nSkills\nPython, SQL\n"


def upload(
    client: httpx.Client, content: bytes, name: str = "cv.txt", **data: str
) -> httpx.Response:
    return client.post("/resumes/upload", files={"file": (name, content)}, data=data)


def test_upload_is_accepted_and_queued(client: httpx.Client, database_url: str) -> None:
    response = upload(client, TEXT_RESUME, job_post_id="job-1")
    assert response.status_code == 202, response.text
    body = response.json()
    assert body["status"] == "QUEUED"
    engine = create_engine(database_url)
    with engine.connect() as conn:
        row = conn.execute(
            text(
                "SELECT status, job_post_id, size_bytes, s3_path FROM applications WHERE id = :id"
            ),
            {"id": body["application_id"]},
        ).one()
    engine.dispose()
    assert row.job_post_id == "job-1"
    assert row.size_bytes == len(TEXT_RESUME)
    assert row.s3_path == f"resumes/{body['application_id']}_cv.txt"


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"\x00\x01\x02binary\x00" * 100, "unrecognised file type"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "legacy Word .doc"),
    ],
)
def test_unsupported_type_is_415(client: httpx.Client, content: bytes, expected: str) -> None:
    # The name claims PDF: the type comes from the bytes.
    response = upload(client, content, name="resume.pdf")
    assert response.status_code == 415
    assert expected in response.json()["detail"]


def test_zip_that_is_not_a_word_document_is_415(client: httpx.Client) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
    response = upload(client, buffer.getvalue(), name="cv.docx")
    assert response.status_code == 415
    assert "not a Word document" in response.json()["detail"]


def test_empty_file_is_422(client: httpx.Client) -> None:
    response = upload(client, b"")
    assert response.status_code == 422
    assert "empty" in response.json()["detail"]


def test_missing_file_field_is_422(client: httpx.Client) -> None:
    response = client.post("/resumes/upload", files={"document": ("cv.txt", TEXT_RESUME)})
    assert response.status_code == 422
    assert "'file'" in response.json()["detail"]


def test_non_multipart_body_is_422(client: httpx.Client) -> None:
    response = client.post("/resumes/upload", json={"file": "nope"})
    assert response.status_code == 422


def test_oversized_upload_is_413(client: httpx.Client) -> None:
    response = upload(client, b"a" * (API_MAX_UPLOAD_BYTES + 1))
    assert response.status_code == 413
    assert "limit" in response.json()["detail"]


def test_oversized_streamed_upload_without_length_is_413(client: httpx.Client) -> None:
    boundary = "testboundary"

    def body() -> Iterator[bytes]:
        yield (
            f'--{boundary}\r\nContent-Disposition: form-data; name="file"; '
            f'filename="big.txt"\r\nContent-Type: text/plain\r\n\r\n'
        ).encode()
        for _ in range(API_MAX_UPLOAD_BYTES // 65536 + 2):
            yield b"a" * 65536
        yield f"\r\n--{boundary}--\r\n".encode()

    response = client.post(
        "/resumes/upload",
        content=body(),
        headers={"Content-Type": f"multipart/form-data; boundary={boundary}"},
    )
    assert response.status_code == 413


def test_unknown_resume_is_404(client: httpx.Client) -> None:
    missing = uuid.uuid4()
    response = client.get(f"/resumes/{missing}")
    assert response.status_code == 404
    assert str(missing) in response.json()["detail"]


def test_malformed_id_is_422(client: httpx.Client) -> None:
    assert client.get("/resumes/not-a-uuid").status_code == 422


def test_list_filters_and_paginates_newest_first(client: httpx.Client) -> None:
    job = f"job-{uuid.uuid4().hex[:8]}"
    ids = [
        upload(client, TEXT_RESUME, name=f"cv{i}.txt", job_post_id=job).json()["application_id"]
        for i in range(5)
    ]
    seen: list[str] = []
    cursor = None
    while True:
        params: dict[str, str | int] = {"job_post_id": job, "limit": 2}
        if cursor:
            params["cursor"] = cursor
        page = client.get("/resumes", params=params).json()
        seen += [row["id"] for row in page["data"]]
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert seen == list(reversed(ids))
    assert client.get("/resumes", params={"job_post_id": "no-such-job"}).json()["count"] == 0
    assert client.get("/resumes", params={"cursor": "garbage"}).status_code == 422
    assert client.get("/resumes", params={"status": "BOGUS"}).status_code == 422


def test_health_and_readiness(client: httpx.Client) -> None:
    assert client.get("/healthz").json() == {"status": "ok"}
    ready = client.get("/readyz")
    assert ready.status_code == 200, ready.text
    assert ready.json()["checks"] == {"database": "ok", "broker": "ok", "storage": "ok"}
    assert "resume_uploads_accepted_total" in client.get("/metrics").text


@pytest.fixture(scope="module")
def api_without_database(redis_server_url: str, session_dir: Path) -> Iterator[str]:
    dead = f"postgresql+psycopg://resumes@127.0.0.1:{free_port()}/resumes"
    api, url = start_api(
        StackConfig(db_url=dead, redis_url=redis_server_url, workdir=session_dir / "no-db")
    )
    yield url
    api.stop()


@pytest.fixture(scope="module")
def redis_server_url(stack_config: StackConfig) -> str:
    return stack_config.redis_url


def test_database_down_is_503_not_500(api_without_database: str) -> None:
    with httpx.Client(base_url=api_without_database, timeout=30) as client:
        response = upload(client, TEXT_RESUME)
        assert response.status_code == 503
        assert "database is unavailable" in response.json()["detail"]
        assert client.get(f"/resumes/{uuid.uuid4()}").status_code == 503
        ready = client.get("/readyz")
        assert ready.status_code == 503
        assert ready.json()["checks"]["database"].startswith("unavailable")
        assert client.get("/healthz").status_code == 200


def test_broker_down_keeps_the_upload_pending(database_url: str, session_dir: Path) -> None:
    config = StackConfig(
        db_url=database_url,
        redis_url=f"redis://127.0.0.1:{free_port()}/0",
        workdir=session_dir / "no-broker",
    )
    api, url = start_api(config)
    try:
        with httpx.Client(base_url=url, timeout=30) as client:
            response = upload(client, TEXT_RESUME)
            assert response.status_code == 202
            assert response.json()["status"] == "PENDING"
            record = client.get(f"/resumes/{response.json()['application_id']}").json()
            assert record["status"] == "PENDING"
            assert client.get("/readyz").json()["checks"]["broker"].startswith("unavailable")
    finally:
        api.stop()
