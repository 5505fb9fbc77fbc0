"""A local HTTP stand-in for the Amazon Textract API, answering with recorded real responses.

It speaks the AWS JSON 1.1 protocol boto3 uses for Textract (POST /, `X-Amz-Target:
Textract.<Operation>`, `application/x-amz-json-1.1`); signatures are not checked. Usage:

    with TextractStandIn({"cvs/a.pdf": path_to_response_json}) as endpoint_url:
        client = boto3.client("textract", endpoint_url=endpoint_url, ...)
"""

from __future__ import annotations

import base64
import json
import secrets
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from types import TracebackType
from typing import Any, cast

from tests.utils.http_server import BackgroundHTTPServer

JSON_CONTENT_TYPE = "application/x-amz-json-1.1"
TARGET_PREFIX = "Textract."
INVALID_S3_MESSAGE = (
    "Unable to get object metadata from S3. Check object key, region and/or access permissions."
)


@dataclass(frozen=True, slots=True)
class RecordedRequest:
    operation: str
    body: dict[str, Any]
    headers: dict[str, str]


@dataclass(slots=True)
class _Job:
    key: str
    blocks: list[dict[str, Any]]
    pages: int
    failure: str | None
    polls: int = 0


@dataclass(slots=True)
class _Fault:
    code: str
    status: int
    message: str
    remaining: int
    skip: int


@dataclass(slots=True)
class _State:
    jobs: dict[str, _Job] = field(default_factory=dict)
    tokens: dict[str, str] = field(default_factory=dict)  # ClientRequestToken → JobId
    faults: list[_Fault] = field(default_factory=list)
    failed_keys: dict[str, str] = field(default_factory=dict)
    requests: list[RecordedRequest] = field(default_factory=list)


class _ApiError(Exception):
    def __init__(self, code: str, message: str, status: int = 400) -> None:
        super().__init__(message)
        self.code, self.message, self.status = code, message, status


class TextractStandIn:
    """Start/Get DocumentAnalysis over recorded responses, chosen by the S3 key analysed."""

    def __init__(
        self,
        documents: Mapping[str, Path],
        *,
        in_progress_polls: int = 1,
        blocks_per_response: int = 250,
    ) -> None:
        self.documents = dict(documents)
        self.in_progress_polls = in_progress_polls
        self.blocks_per_response = blocks_per_response
        self._state = _State()
        self._lock = threading.Lock()
        self._server: BackgroundHTTPServer | None = None

    # -- lifecycle

    def __enter__(self) -> str:
        self._server = BackgroundHTTPServer(_Handler, owner=self, name="textract-standin")
        return self._server.url

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if self._server is not None:
            self._server.stop()
            self._server = None

    @property
    def endpoint_url(self) -> str:
        if self._server is None:
            raise RuntimeError("the Textract stand-in is not running; use it as a context manager")
        return self._server.url

    # -- behaviour switches for tests

    def fail_next(
        self,
        count: int = 1,
        *,
        code: str = "ThrottlingException",
        status: int = 400,
        message: str = "Rate exceeded",
        after: int = 0,
    ) -> None:
        """Answer `count` calls (any operation), once `after` more have succeeded, with an error."""
        with self._lock:
            self._state.faults.append(_Fault(code, status, message, count, after))

    def fail_job(self, key: str, message: str) -> None:
        """Jobs started on `key` end with JobStatus FAILED and this StatusMessage."""
        with self._lock:
            self._state.failed_keys[key] = message

    @property
    def requests(self) -> list[RecordedRequest]:
        with self._lock:
            return list(self._state.requests)

    def requests_for(self, operation: str) -> list[RecordedRequest]:
        return [request for request in self.requests if request.operation == operation]

    # -- the API

    def handle(self, operation: str, body: dict[str, Any], headers: dict[str, str]) -> Any:
        with self._lock:
            self._state.requests.append(RecordedRequest(operation, body, headers))
            fault = next((f for f in self._state.faults if f.remaining > 0), None)
            if fault is not None and fault.skip > 0:
                fault.skip -= 1
            elif fault is not None:
                fault.remaining -= 1
                raise _ApiError(fault.code, fault.message, fault.status)
            if operation == "StartDocumentAnalysis":
                return self._start(body)
            if operation == "GetDocumentAnalysis":
                return self._get(body)
        raise _ApiError("UnknownOperationException", f"{operation} is not served by the stand-in")

    def _start(self, body: dict[str, Any]) -> dict[str, Any]:
        s3 = body.get("DocumentLocation", {}).get("S3Object", {})
        bucket, key = s3.get("Bucket"), s3.get("Name")
        if not bucket or not key or not body.get("FeatureTypes"):
            raise _ApiError("InvalidParameterException", "Request has invalid parameters")
        token = body.get("ClientRequestToken")
        if token and token in self._state.tokens:
            return {"JobId": self._state.tokens[token]}
        if key not in self.documents:
            raise _ApiError("InvalidS3ObjectException", INVALID_S3_MESSAGE)
        response = json.loads(self.documents[key].read_text())
        blocks = list(response["Blocks"])
        pages = int(
            response.get("DocumentMetadata", {}).get("Pages")
            or sum(1 for b in blocks if b.get("BlockType") == "PAGE")
        )
        job_id = secrets.token_hex(32)  # real JobIds are 64 hex characters
        self._state.jobs[job_id] = _Job(key, blocks, pages, self._state.failed_keys.get(key))
        if token:
            self._state.tokens[token] = job_id
        return {"JobId": job_id}

    def _get(self, body: dict[str, Any]) -> dict[str, Any]:
        job_id = str(body.get("JobId", ""))
        job = self._state.jobs.get(job_id)
        if job is None:
            raise _ApiError("InvalidJobIdException", f"Job {job_id!r} was not found")
        next_token = body.get("NextToken")
        if next_token is None:
            job.polls += 1
            if job.polls <= self.in_progress_polls:
                return {"JobStatus": "IN_PROGRESS", "AnalyzeDocumentModelVersion": "1.0"}
            if job.failure is not None:
                return {"JobStatus": "FAILED", "StatusMessage": job.failure}
        size = min(int(body.get("MaxResults") or 1000), 1000, self.blocks_per_response)
        offset = _decode_token(next_token, job_id) if next_token else 0
        chunk = job.blocks[offset : offset + size]
        response: dict[str, Any] = {
            "DocumentMetadata": {"Pages": job.pages},
            "JobStatus": "SUCCEEDED",
            "Blocks": chunk,
            "AnalyzeDocumentModelVersion": "1.0",
        }
        if offset + size < len(job.blocks):
            response["NextToken"] = _encode_token(job_id, offset + size)
        return response


def _encode_token(job_id: str, offset: int) -> str:
    return base64.urlsafe_b64encode(f"{job_id}:{offset}".encode()).decode()


def _decode_token(token: str, job_id: str) -> int:
    try:
        owner, offset = base64.urlsafe_b64decode(token.encode()).decode().split(":")
        if owner != job_id:
            raise ValueError(owner)
        return int(offset)
    except ValueError as error:
        raise _ApiError("InvalidParameterException", "NextToken is invalid") from error


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as botocore's connection pool expects

    def do_POST(self) -> None:
        standin = cast(TextractStandIn, self.server.owner)  # type: ignore[attr-defined]
        body_bytes = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        target = self.headers.get("X-Amz-Target", "")
        try:
            if not target.startswith(TARGET_PREFIX):
                raise _ApiError("UnknownOperationException", f"bad X-Amz-Target {target!r}")
            body = json.loads(body_bytes or b"{}")
            headers = {name: value for name, value in self.headers.items()}
            result = standin.handle(target.removeprefix(TARGET_PREFIX), body, headers)
            self._reply(200, result)
        except _ApiError as error:
            self._reply(error.status, {"__type": error.code, "message": error.message})
        except json.JSONDecodeError:
            self._reply(400, {"__type": "SerializationException", "message": "body is not JSON"})

    def _reply(self, status: int, payload: Any) -> None:
        data = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", JSON_CONTENT_TYPE)
        self.send_header("Content-Length", str(len(data)))
        self.send_header("x-amzn-RequestId", secrets.token_hex(16))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, format: str, *args: Any) -> None:
        """Silence the per-request log lines."""
