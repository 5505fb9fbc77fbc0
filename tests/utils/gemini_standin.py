"""A local HTTP stand-in for the Gemini Developer API, for tests through the real google-genai SDK.

It serves `POST /{version}/models/{model}:{action}` on 127.0.0.1 for the actions
generateContent, embedContent and batchEmbedContents, and answers with the API's real response
shapes. Each action has a queue of scripted replies (builders below: a resume, malformed JSON,
safety blocks, 429, 503) and optionally a reply repeated once the queue is empty; embeddings
default to deterministic vectors. Every request is recorded with its headers and JSON body.

    with GeminiStandIn() as gemini:
        gemini.script("generateContent", rate_limited(), resume_answer(data))
        client = genai.Client(api_key="k", http_options=HttpOptions(base_url=gemini.base_url))
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import threading
import uuid
from collections import defaultdict, deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler
from types import TracebackType
from typing import Any, Self

from tests.utils.http_server import BackgroundHTTPServer

ROUTE = re.compile(r"^/(?P<version>v1(?:alpha|beta)?)/models/(?P<model>[^/:]+):(?P<action>\w+)$")
ACTIONS = frozenset({"generateContent", "embedContent", "batchEmbedContents"})
# gemini-embedding-001's full size, which the API returns when no dimensionality is asked for.
FULL_EMBEDDING_DIMENSIONS = 3072


@dataclass(frozen=True, slots=True)
class Reply:
    status: int
    body: dict[str, Any]


@dataclass(frozen=True, slots=True)
class RecordedRequest:
    path: str
    model: str
    action: str
    headers: dict[str, str]
    body: dict[str, Any]


def usage(prompt: int = 812, output: int = 240, thoughts: int = 0) -> dict[str, Any]:
    """`usageMetadata` as generateContent reports it."""
    metadata: dict[str, Any] = {
        "promptTokenCount": prompt,
        "candidatesTokenCount": output,
        "totalTokenCount": prompt + output + thoughts,
        "promptTokensDetails": [{"modality": "TEXT", "tokenCount": prompt}],
    }
    if thoughts:
        metadata["thoughtsTokenCount"] = thoughts
    return metadata


def text_answer(
    text: str,
    *,
    finish_reason: str = "STOP",
    model: str = "gemini-2.5-flash",
    prompt: int = 812,
    output: int = 240,
    thoughts: int = 0,
) -> Reply:
    """A 200 generateContent answer whose single candidate holds `text`."""
    return Reply(
        200,
        {
            "candidates": [
                {
                    "content": {"parts": [{"text": text}], "role": "model"},
                    "finishReason": finish_reason,
                    "index": 0,
                }
            ],
            "usageMetadata": usage(prompt, output, thoughts),
            "modelVersion": model,
            "responseId": uuid.uuid4().hex[:22],
        },
    )


def resume_answer(
    data: dict[str, Any], *, prompt: int = 812, output: int = 240, thoughts: int = 0
) -> Reply:
    return text_answer(json.dumps(data, indent=2), prompt=prompt, output=output, thoughts=thoughts)


def malformed_json_answer(*, prompt: int = 812, output: int = 20) -> Reply:
    """JSON cut off mid-object, as a model that lost its way produces."""
    broken = '{\n  "basics": {\n    "name": "Jane Doe",\n    "email": "jane@'
    return text_answer(broken, prompt=prompt, output=output)


def prompt_blocked() -> Reply:
    """The prompt itself was blocked: no candidates, only `promptFeedback.blockReason`."""
    return Reply(
        200,
        {
            "promptFeedback": {
                "blockReason": "SAFETY",
                "safetyRatings": [
                    {"category": "HARM_CATEGORY_SEXUALLY_EXPLICIT", "probability": "NEGLIGIBLE"},
                    {"category": "HARM_CATEGORY_HATE_SPEECH", "probability": "NEGLIGIBLE"},
                    {"category": "HARM_CATEGORY_HARASSMENT", "probability": "NEGLIGIBLE"},
                    {"category": "HARM_CATEGORY_DANGEROUS_CONTENT", "probability": "HIGH"},
                ],
            },
            "usageMetadata": {"promptTokenCount": 812, "totalTokenCount": 812},
            "modelVersion": "gemini-2.5-flash",
            "responseId": uuid.uuid4().hex[:22],
        },
    )


def answer_blocked(finish_reason: str = "SAFETY") -> Reply:
    """The answer was stopped by a filter: a candidate without content and a blocking reason."""
    return Reply(
        200,
        {
            "candidates": [
                {
                    "finishReason": finish_reason,
                    "index": 0,
                    "safetyRatings": [
                        {
                            "category": "HARM_CATEGORY_DANGEROUS_CONTENT",
                            "probability": "HIGH",
                            "blocked": True,
                        }
                    ],
                }
            ],
            "usageMetadata": {"promptTokenCount": 812, "totalTokenCount": 812},
            "modelVersion": "gemini-2.5-flash",
            "responseId": uuid.uuid4().hex[:22],
        },
    )


def api_error(code: int, status: str, message: str, details: list[Any] | None = None) -> Reply:
    """A google.rpc.Status error body, as every Google API returns on failure."""
    error: dict[str, Any] = {"code": code, "message": message, "status": status}
    if details:
        error["details"] = details
    return Reply(code, {"error": error})


def rate_limited(retry_delay: str | None = "0s") -> Reply:
    details: list[Any] = [
        {
            "@type": "type.googleapis.com/google.rpc.QuotaFailure",
            "violations": [
                {
                    "quotaMetric": "generativelanguage.googleapis.com/"
                    "generate_content_free_tier_requests",
                    "quotaId": "GenerateRequestsPerMinutePerProjectPerModel-FreeTier",
                    "quotaDimensions": {"location": "global", "model": "gemini-2.5-flash"},
                    "quotaValue": "10",
                }
            ],
        },
        {
            "@type": "type.googleapis.com/google.rpc.Help",
            "links": [
                {
                    "description": "Learn more about Gemini API quotas",
                    "url": "https://ai.google.dev/gemini-api/docs/rate-limits",
                }
            ],
        },
    ]
    if retry_delay is not None:
        details.append(
            {"@type": "type.googleapis.com/google.rpc.RetryInfo", "retryDelay": retry_delay}
        )
    return api_error(
        429,
        "RESOURCE_EXHAUSTED",
        "You exceeded your current quota, please check your plan and billing details. For more "
        "information on this error, head to: https://ai.google.dev/gemini-api/docs/rate-limits.",
        details,
    )


def unavailable() -> Reply:
    return api_error(503, "UNAVAILABLE", "The model is overloaded. Please try again later.")


def invalid_api_key() -> Reply:
    return api_error(
        400,
        "INVALID_ARGUMENT",
        "API key not valid. Please pass a valid API key.",
        [
            {
                "@type": "type.googleapis.com/google.rpc.ErrorInfo",
                "reason": "API_KEY_INVALID",
                "domain": "googleapis.com",
                "metadata": {"service": "generativelanguage.googleapis.com"},
            }
        ],
    )


def fake_vector(text: str, dimensions: int) -> list[float]:
    """Deterministic, deliberately not unit length (like truncated Gemini embeddings)."""
    rng = random.Random(hashlib.sha256(text.encode()).digest())
    return [round(rng.uniform(-0.1, 0.1), 6) for _ in range(dimensions)]


def _content_text(content: dict[str, Any]) -> str:
    return "".join(part.get("text", "") for part in content.get("parts", []))


@dataclass
class GeminiStandIn:
    """Context manager serving the stand-in on a free port; `base_url` is set while it runs."""

    base_url: str = ""
    requests: list[RecordedRequest] = field(default_factory=list)
    _queues: dict[str, deque[Reply]] = field(default_factory=lambda: defaultdict(deque))
    _repeat: dict[str, Reply] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _server: BackgroundHTTPServer | None = None

    def script(self, action: str, *replies: Reply, then: Reply | None = None) -> None:
        """Queue replies for `action`; `then` answers every request after the queue runs out."""
        if action not in ACTIONS:
            raise ValueError(f"unknown action {action!r}; expected one of {sorted(ACTIONS)}")
        with self._lock:
            self._queues[action].extend(replies)
            if then is not None:
                self._repeat[action] = then

    def calls(self, action: str) -> list[RecordedRequest]:
        with self._lock:
            return [request for request in self.requests if request.action == action]

    def __enter__(self) -> Self:
        self._server = BackgroundHTTPServer(_handler_for(self), owner=self, name="gemini-standin")
        self.base_url = self._server.url
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if self._server is not None:
            self._server.stop()
            self._server = None

    def answer(self, request: RecordedRequest) -> Reply:
        with self._lock:
            self.requests.append(request)
            queue = self._queues[request.action]
            scripted = queue.popleft() if queue else self._repeat.get(request.action)
        if scripted is not None:
            return scripted
        if request.action == "batchEmbedContents":
            return Reply(
                200, {"embeddings": [_embedding(item) for item in request.body["requests"]]}
            )
        if request.action == "embedContent":
            return Reply(200, {"embedding": _embedding(request.body)})
        return api_error(
            501, "UNIMPLEMENTED", f"stand-in: no scripted reply left for {request.action}"
        )


def _embedding(request: dict[str, Any]) -> dict[str, Any]:
    dimensions = int(request.get("outputDimensionality", FULL_EMBEDDING_DIMENSIONS))
    return {"values": fake_vector(_content_text(request.get("content", {})), dimensions)}


def _handler_for(standin: GeminiStandIn) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        # HTTP/1.1 keep-alive, as httpx expects from Google's front ends.
        protocol_version = "HTTP/1.1"

        def do_POST(self) -> None:
            path = self.path.split("?", 1)[0]
            length = int(self.headers.get("Content-Length", "0"))
            raw = self.rfile.read(length) if length else b"{}"
            match = ROUTE.match(path)
            if match is None or match["action"] not in ACTIONS:
                self._send(api_error(404, "NOT_FOUND", f"stand-in: no route for {path}"))
                return
            request = RecordedRequest(
                path=path,
                model=match["model"],
                action=match["action"],
                headers={key.lower(): value for key, value in self.headers.items()},
                body=json.loads(raw),
            )
            self._send(standin.answer(request))

        def _send(self, reply: Reply) -> None:
            payload = json.dumps(reply.body).encode()
            self.send_response(reply.status)
            self.send_header("Content-Type", "application/json; charset=UTF-8")
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

        def log_message(self, format: str, *args: Any) -> None:
            """Quiet: the recorded requests are the log."""

    return Handler
