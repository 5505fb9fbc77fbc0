"""Upload over HTTP → Redis → a real Celery worker process → PostgreSQL → read back."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest
import redis

from resume_processor.pipeline.sniff import DocumentKind
from resume_processor.samples import SAMPLES
from tests.utils.processes import StackConfig, wait_for_status

pytestmark = pytest.mark.usefixtures("worker")

EXTENSIONS = {DocumentKind.PDF: "pdf", DocumentKind.DOCX: "docx", DocumentKind.TEXT: "txt"}


@pytest.mark.parametrize("kind", list(EXTENSIONS), ids=lambda k: k.value)
def test_sample_resume_is_processed_with_expected_fields(
    client: httpx.Client, stack_config: StackConfig, kind: DocumentKind
) -> None:
    sample = SAMPLES[0]
    truth = sample.ground_truth["basics"]
    response = client.post(
        "/resumes/upload",
        files={"file": (f"{sample.stem}.{EXTENSIONS[kind]}", sample.render(kind))},
        data={"job_post_id": "e2e"},
    )
    assert response.status_code == 202, response.text
    application_id = response.json()["application_id"]

    record = wait_for_status(client, application_id, {"COMPLETED", "FAILED"})
    assert record["status"] == "COMPLETED", record["failed_reason"]
    basics = record["extracted_data"]["basics"]
    for field in ("name", "email", "phone", "url"):
        assert basics.get(field) == truth.get(field), field
    assert record["candidate_name"] == truth["name"]
    assert record["extracted_data"]["skills"]
    assert record["extracted_data"]["meta"]["engines"]["embed"] == "all-MiniLM-L6-v2"
    assert record["attempts"] == 1
    assert record["completed_at"] is not None

    with_embedding = client.get(
        f"/resumes/{application_id}", params={"include_embedding": True}
    ).json()
    vector = with_embedding["embedded_value"]
    assert len(vector) == 384
    assert all(isinstance(x, float) for x in vector)
    assert abs(sum(x * x for x in vector) - 1.0) < 1e-3

    events = redis.Redis.from_url(stack_config.redis_url).xrange("resume-events")
    types = [e[b"type"] for _, e in events if e[b"application_id"] == application_id.encode()]
    assert types == [b"created", b"started", b"completed"]


def test_real_rendercv_pdfs_are_processed(client: httpx.Client, shared_data: Path) -> None:
    pdfs = sorted((shared_data / "resumes" / "rendercv").glob("*.pdf"))
    assert len(pdfs) == 3
    ids = []
    for pdf in pdfs:
        response = client.post("/resumes/upload", files={"file": (pdf.name, pdf.read_bytes())})
        assert response.status_code == 202
        ids.append(response.json()["application_id"])
    for application_id in ids:
        record = wait_for_status(client, application_id, {"COMPLETED", "FAILED"})
        assert record["status"] == "COMPLETED", record["failed_reason"]
        assert record["candidate_name"] == "John Doe"


def test_corrupt_pdf_fails_with_a_reason_and_the_worker_lives_on(client: httpx.Client) -> None:
    corrupt = b"%PDF-1.7\n" + b"\x00garbage" * 200
    response = client.post("/resumes/upload", files={"file": ("broken.pdf", corrupt)})
    assert response.status_code == 202
    record = wait_for_status(client, response.json()["application_id"], {"COMPLETED", "FAILED"})
    assert record["status"] == "FAILED"
    assert "PDF" in record["failed_reason"]

    good = client.post(
        "/resumes/upload", files={"file": ("ok.txt", SAMPLES[1].render(DocumentKind.TEXT))}
    )
    assert wait_for_status(client, good.json()["application_id"], {"COMPLETED"})
