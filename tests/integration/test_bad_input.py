"""Bad documents end FAILED with a reason a person can act on, and the worker lives on."""

from __future__ import annotations

import httpx
import pytest

from resume_processor.pipeline.sniff import DocumentKind
from resume_processor.samples import SAMPLES
from tests.utils.bad_documents import (
    image_bytes,
    make_blank_scan,
    make_huge_png,
    make_pattern_image,
    make_scanned_pdf,
)
from tests.utils.documents import make_encrypted_pdf, make_pdf, make_zip_bomb_docx
from tests.utils.processes import wait_for_status

pytestmark = pytest.mark.usefixtures("worker")

# name → (builder, any of these phrases must be in the reason)
BAD_DOCUMENTS = {
    "encrypted.pdf": (make_encrypted_pdf, ("password-protected",)),
    "scan-of-nothing.pdf": (lambda: make_scanned_pdf(make_blank_scan()), ("no text",)),
    "zip-bomb.docx": (make_zip_bomb_docx, ("MiB",)),
    "500-pages.pdf": (lambda: make_pdf("Jane Roe", pages=500), ("500 pages",)),
    "huge.png": (make_huge_png, ("20000",)),
    "not-a-resume.png": (
        lambda: image_bytes(make_pattern_image(), "PNG"),
        ("does not look like a resume", "no text was found"),
    ),
}


def test_each_bad_document_fails_with_a_reason(client: httpx.Client) -> None:
    accepted: dict[str, str] = {}
    for name, (build, _) in BAD_DOCUMENTS.items():
        response = client.post("/resumes/upload", files={"file": (name, build())})
        assert response.status_code == 202, (name, response.text)
        accepted[name] = response.json()["application_id"]

    for name, application_id in accepted.items():
        record = wait_for_status(client, application_id, {"COMPLETED", "FAILED"}, timeout=180)
        assert record["status"] == "FAILED", name
        reason = record["failed_reason"]
        assert any(phrase in reason for phrase in BAD_DOCUMENTS[name][1]), (name, reason)

    # The same worker still processes a good resume afterwards.
    good = client.post(
        "/resumes/upload", files={"file": ("ok.pdf", SAMPLES[2].render(DocumentKind.PDF))}
    )
    record = wait_for_status(client, good.json()["application_id"], {"COMPLETED", "FAILED"})
    assert record["status"] == "COMPLETED", record["failed_reason"]
