"""EXTRACTOR=textract end to end: S3 (moto server), the Textract API (a stand-in answering
recorded responses, reached through boto3), a real worker polling without holding a slot."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.integration.conftest import BUCKET, CREDENTIALS
from tests.utils.processes import StackConfig, running, start_api, start_worker, wait_for_status
from tests.utils.textract_standin import TextractStandIn


@pytest.fixture
def textract() -> Iterator[TextractStandIn]:
    standin = TextractStandIn({}, in_progress_polls=2, blocks_per_response=100)
    with standin:
        yield standin


def textract_config(database_url: str, redis_url: str, workdir: Path, s3: str, textract: str
                    ) -> StackConfig:  # fmt: skip
    return StackConfig(database_url, redis_url, workdir, extra={
        "STORAGE_BACKEND": "s3", "S3_ENDPOINT_URL": s3, "AWS_S3_BUCKET_NAME": BUCKET,
        "S3_PREFIX": "tx", "EXTRACTOR": "textract", "TEXTRACT_ENDPOINT_URL": textract,
        "TEXTRACT_POLL_INTERVAL_SECONDS": "0.2", "AWS_DEFAULT_REGION": "us-east-1", **CREDENTIALS,
    })  # fmt: skip


def test_scanned_form_goes_through_textract(
    database_url: str, stack_config: StackConfig, s3_endpoint: str, shared_data: Path,
    session_dir: Path, textract: TextractStandIn,
) -> None:  # fmt: skip
    config = textract_config(database_url, stack_config.redis_url, session_dir / "textract",
                             s3_endpoint, textract.endpoint_url)  # fmt: skip
    image = shared_data / "textract" / "employmentapp.png"
    api, url = start_api(config)
    with running(api), httpx.Client(base_url=url, timeout=30) as client:
        accepted = client.post("/resumes/upload", files={"file": ("app.png", image.read_bytes())})
        png_id = accepted.json()["application_id"]
        failing = client.post("/resumes/upload", files={"file": ("bad.png", image.read_bytes())})
        bad_id = failing.json()["application_id"]
        text = client.post("/resumes/upload", files={"file": ("cv.txt", b"Jane Roe\njane@x.io\n")})
        # The stand-in answers by S3 key, known once the upload is stored.
        response = shared_data / "textract" / "employment-application.json"
        textract.documents[f"tx/resumes/{png_id}_app.png"] = response
        textract.documents[f"tx/resumes/{bad_id}_bad.png"] = response
        textract.fail_job(f"tx/resumes/{bad_id}_bad.png", "Request has unsupported document format")
        worker = start_worker(config)
        with running(worker):
            record = wait_for_status(client, png_id, {"COMPLETED", "FAILED"})
            failed = wait_for_status(client, bad_id, {"COMPLETED", "FAILED"})
            local = wait_for_status(client, text.json()["application_id"], {"COMPLETED", "FAILED"})

    assert record["status"] == "COMPLETED", record["failed_reason"]
    assert record["extracted_data"]["meta"]["engines"]["extract"] == "textract"
    assert record["extracted_data"]["meta"]["pages"] == 1
    starts = textract.requests_for("StartDocumentAnalysis")
    started = [r.body for r in starts if r.body["DocumentLocation"]["S3Object"]["Name"].endswith(
        f"{png_id}_app.png")]  # fmt: skip
    assert started
    assert started[0]["FeatureTypes"] == ["LAYOUT", "FORMS"]
    assert started[0]["DocumentLocation"]["S3Object"]["Bucket"] == BUCKET
    # Two IN_PROGRESS answers, then every page of results through NextToken.
    assert len(textract.requests_for("GetDocumentAnalysis")) >= 4

    assert failed["status"] == "FAILED"
    assert "unsupported document format" in failed["failed_reason"]

    # Plain text is not something Textract reads: it is extracted locally.
    assert local["status"] == "COMPLETED"
    assert local["extracted_data"]["meta"]["engines"]["extract"] != "textract"
