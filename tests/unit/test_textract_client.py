"""The Textract client through real boto3, against a local stand-in serving recorded responses."""

from __future__ import annotations

import json
import math
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import boto3
import pytest
from botocore.config import Config

from resume_processor.config import Settings
from resume_processor.pipeline.errors import PermanentError, TransientError
from resume_processor.pipeline.extract.textract import (
    TextractClient,
    blocks_to_layout,
    next_poll_delay,
)
from tests.utils.textract_standin import TextractStandIn

TEXTRACT_DATA = Path(__file__).resolve().parents[3] / "shared" / "data" / "textract"
BUCKET = "resumes"
THREE_PAGES = "cvs/statement.pdf"
TWO_COLUMNS = "cvs/twocol.pdf"
BLOCKS_PER_RESPONSE = 150
DOCUMENTS = {
    THREE_PAGES: TEXTRACT_DATA / "gib_multi_page_table_merge.json",
    TWO_COLUMNS: TEXTRACT_DATA / "test-twocol-header-footer-response.json",
}


@pytest.fixture(autouse=True)
def _aws_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    # Dummy credentials, and nothing from the developer's own AWS configuration.
    for name, value in {
        "AWS_ACCESS_KEY_ID": "testing",
        "AWS_SECRET_ACCESS_KEY": "testing",
        "AWS_DEFAULT_REGION": "us-east-1",
        "AWS_CONFIG_FILE": str(tmp_path / "aws-config"),
        "AWS_SHARED_CREDENTIALS_FILE": str(tmp_path / "aws-credentials"),
        "AWS_EC2_METADATA_DISABLED": "true",
    }.items():
        monkeypatch.setenv(name, value)
    for name in ("AWS_PROFILE", "AWS_SESSION_TOKEN", "AWS_ENDPOINT_URL"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def standin() -> Iterator[TextractStandIn]:
    server = TextractStandIn(
        DOCUMENTS, in_progress_polls=2, blocks_per_response=BLOCKS_PER_RESPONSE
    )
    with server:
        yield server


def make_client(endpoint_url: str, *, max_attempts: int = 1) -> TextractClient:
    """A client that does not retry, so each stand-in answer reaches the error mapping."""
    client = boto3.client(
        "textract",
        region_name="us-east-1",
        aws_access_key_id="testing",
        aws_secret_access_key="testing",
        endpoint_url=endpoint_url,
        config=Config(
            retries={"mode": "standard", "total_max_attempts": max_attempts},
            connect_timeout=2,
            read_timeout=5,
        ),
    )
    return TextractClient(client)


def recorded_blocks(path: Path) -> list[dict[str, Any]]:
    blocks: list[dict[str, Any]] = json.loads(path.read_text())["Blocks"]
    return blocks


def test_start_poll_and_gather_every_result_page(standin: TextractStandIn) -> None:
    client = make_client(standin.endpoint_url)

    job_id = client.start_analysis(BUCKET, THREE_PAGES)
    first, second = client.fetch_analysis(job_id), client.fetch_analysis(job_id)
    done = client.fetch_analysis(job_id)

    assert (first.status, first.layout, first.finished) == ("IN_PROGRESS", None, False)
    assert (second.status, second.layout) == ("IN_PROGRESS", None)
    assert done.status == "SUCCEEDED"
    assert done.finished
    assert done.pages == 3
    assert done.layout is not None
    assert done.layout.engine == "textract"
    assert [page.number for page in done.layout.pages] == [1, 2, 3]

    blocks = recorded_blocks(DOCUMENTS[THREE_PAGES])
    expected = blocks_to_layout(blocks)
    assert [line.text for line in done.layout.lines] == [line.text for line in expected.lines]
    assert len(done.layout.lines) == sum(1 for b in blocks if b["BlockType"] == "LINE") == 211

    gets = standin.requests_for("GetDocumentAnalysis")
    tokens = [request.body.get("NextToken") for request in gets]
    assert tokens[:3] == [None, None, None]
    assert len(gets) == 3 + math.ceil(len(blocks) / BLOCKS_PER_RESPONSE) - 1
    assert all(token for token in tokens[3:])
    assert len(set(tokens[3:])) == len(tokens) - 3
    assert {request.body["JobId"] for request in gets} == {job_id}


def test_start_sends_the_s3_object_and_layout_forms_features(standin: TextractStandIn) -> None:
    client = make_client(standin.endpoint_url)

    job_id = client.start_analysis(BUCKET, TWO_COLUMNS, client_request_token="application-42")
    again = client.start_analysis(BUCKET, TWO_COLUMNS, client_request_token="application-42")

    assert again == job_id
    assert len(job_id) == 64
    start = standin.requests_for("StartDocumentAnalysis")[0]
    assert start.body["DocumentLocation"] == {"S3Object": {"Bucket": BUCKET, "Name": TWO_COLUMNS}}
    assert start.body["FeatureTypes"] == ["LAYOUT", "FORMS"]
    assert start.body["ClientRequestToken"] == "application-42"
    assert start.headers["X-Amz-Target"] == "Textract.StartDocumentAnalysis"
    assert start.headers["Content-Type"] == "application/x-amz-json-1.1"
    assert start.headers["Authorization"].startswith("AWS4-HMAC-SHA256 Credential=testing/")


def test_a_two_column_job_keeps_the_reading_order(standin: TextractStandIn) -> None:
    client = make_client(standin.endpoint_url)
    job_id = client.start_analysis(BUCKET, TWO_COLUMNS)
    while not (result := client.fetch_analysis(job_id)).finished:
        pass

    assert result.layout is not None
    lines = [line.text for line in result.layout.lines]
    assert lines.index("read the next.") < lines.index(
        "The Amazon Textract Response Parser aims to"
    )
    assert lines[-1] in {"Page of 1", "footer content"}


@pytest.mark.parametrize(
    ("code", "status"),
    [
        ("ThrottlingException", 400),
        ("ProvisionedThroughputExceededException", 400),
        ("LimitExceededException", 400),
        ("InternalServerError", 500),
        ("ServiceUnavailable", 503),
    ],
)
def test_busy_or_broken_service_is_transient(
    standin: TextractStandIn, code: str, status: int
) -> None:
    client = make_client(standin.endpoint_url)
    standin.fail_next(1, code=code, status=status, message="Rate exceeded")

    with pytest.raises(TransientError) as caught:
        client.start_analysis(BUCKET, THREE_PAGES)

    assert code in caught.value.reason
    assert "retry" in caught.value.reason


def test_throttling_while_paging_is_transient_and_a_later_fetch_recovers(
    standin: TextractStandIn,
) -> None:
    client = make_client(standin.endpoint_url)
    job_id = client.start_analysis(BUCKET, THREE_PAGES)
    for _ in range(2):  # past IN_PROGRESS
        client.fetch_analysis(job_id)

    standin.fail_next(1, code="ThrottlingException", after=1)  # the first NextToken call
    with pytest.raises(TransientError, match="ThrottlingException"):
        client.fetch_analysis(job_id)
    assert "NextToken" in standin.requests_for("GetDocumentAnalysis")[-1].body

    result = client.fetch_analysis(job_id)
    assert result.status == "SUCCEEDED"
    assert result.layout is not None
    assert len(result.layout.lines) == 211


def test_retries_configured_from_settings_absorb_a_short_throttle(
    standin: TextractStandIn,
) -> None:
    settings = Settings(
        _env_file=None,
        textract_endpoint_url=standin.endpoint_url,
        aws_access_key_id="testing",
        aws_secret_access_key="testing",
        aws_default_region="us-east-1",
    )
    client = TextractClient.from_settings(settings)
    standin.fail_next(1, code="ThrottlingException")

    job_id = client.start_analysis(BUCKET, TWO_COLUMNS)

    starts = standin.requests_for("StartDocumentAnalysis")
    assert len(job_id) == 64
    assert len(starts) == 2  # refused once, retried by botocore
    assert starts[-1].headers["Authorization"].startswith("AWS4-HMAC-SHA256 Credential=testing/")


class PartialSuccessApi:
    """Textract's answer when some pages could not be analysed (the stand-in never gives one)."""

    def start_document_analysis(self, **kwargs: Any) -> dict[str, Any]:
        return {"JobId": "job"}

    def get_document_analysis(self, **kwargs: Any) -> dict[str, Any]:
        blocks = recorded_blocks(DOCUMENTS[TWO_COLUMNS])
        warning = {"ErrorCode": "PAGE_ANALYSIS_FAILED", "Pages": [2]}
        return {"JobStatus": "PARTIAL_SUCCESS", "Blocks": blocks, "Warnings": [warning]}


def test_partial_success_keeps_the_analysed_pages_and_says_which_failed() -> None:
    result = TextractClient(PartialSuccessApi()).fetch_analysis("job")

    assert result.status == "PARTIAL_SUCCESS"
    assert result.layout is not None
    assert result.pages == 1
    assert result.message == "PAGE_ANALYSIS_FAILED on pages [2]"


def test_failed_job_is_permanent_with_textract_message(standin: TextractStandIn) -> None:
    client = make_client(standin.endpoint_url)
    standin.fail_job(TWO_COLUMNS, "Request has unsupported document format")
    job_id = client.start_analysis(BUCKET, TWO_COLUMNS)
    assert client.fetch_analysis(job_id).status == "IN_PROGRESS"
    client.fetch_analysis(job_id)

    with pytest.raises(PermanentError) as caught:
        client.fetch_analysis(job_id)

    assert "Request has unsupported document format" in caught.value.reason


def test_missing_s3_object_is_permanent(standin: TextractStandIn) -> None:
    client = make_client(standin.endpoint_url)

    with pytest.raises(PermanentError) as caught:
        client.start_analysis(BUCKET, "cvs/never-uploaded.pdf")

    assert "InvalidS3ObjectException" in caught.value.reason
    assert "S3" in caught.value.reason
    assert not isinstance(caught.value, TransientError)


@pytest.mark.parametrize(
    "code",
    [
        "UnsupportedDocumentException",
        "BadDocumentException",
        "DocumentTooLargeException",
        "InvalidParameterException",
    ],
)
def test_document_problems_are_permanent(standin: TextractStandIn, code: str) -> None:
    client = make_client(standin.endpoint_url)
    standin.fail_next(1, code=code, message="The document cannot be processed")

    with pytest.raises(PermanentError) as caught:
        client.start_analysis(BUCKET, TWO_COLUMNS)

    assert code in caught.value.reason


def test_unknown_job_is_permanent(standin: TextractStandIn) -> None:
    with pytest.raises(PermanentError, match="InvalidJobIdException"):
        make_client(standin.endpoint_url).fetch_analysis("0" * 64)


def test_unreachable_endpoint_is_transient() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]  # closed again before the client connects

    with pytest.raises(TransientError, match="could not be reached"):
        make_client(f"http://127.0.0.1:{port}").start_analysis(BUCKET, TWO_COLUMNS)


@pytest.mark.parametrize("attempt", range(0, 80, 3))
def test_next_poll_delay_stays_between_base_and_cap(attempt: int) -> None:
    delay = next_poll_delay(attempt, base=2.0, cap=60.0)
    assert 2.0 <= delay <= 60.0


def test_next_poll_delay_grows_exponentially_then_caps() -> None:
    delays = [next_poll_delay(attempt, base=2.0, cap=60.0) for attempt in range(8)]
    assert delays == [2.0, 4.0, 8.0, 16.0, 32.0, 60.0, 60.0, 60.0]
    assert next_poll_delay(-3, base=2.0, cap=60.0) == 2.0
    assert next_poll_delay(10_000, base=2.0, cap=900.0) == 900.0
