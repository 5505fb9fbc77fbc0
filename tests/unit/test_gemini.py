"""The Gemini structurer and embedder: the real google-genai SDK against a local stand-in."""

from __future__ import annotations

import json
import math
from collections.abc import Iterator
from typing import Any

import pytest

from resume_processor.config import Settings
from resume_processor.devstack import free_port
from resume_processor.pipeline.embed_gemini import GeminiEmbedder
from resume_processor.pipeline.errors import PermanentError, TransientError
from resume_processor.pipeline.layout import Box, LayoutDocument, Line, Page
from resume_processor.pipeline.structure.gemini import (
    GeminiStructurer,
    RetryPolicy,
    TokenUsage,
    layout_prompt,
)
from tests.utils.gemini_standin import (
    GeminiStandIn,
    Reply,
    answer_blocked,
    fake_vector,
    invalid_api_key,
    malformed_json_answer,
    prompt_blocked,
    rate_limited,
    resume_answer,
    text_answer,
    unavailable,
)

API_KEY = "test-key-not-a-secret"
FAST = RetryPolicy(retries=3, base_delay_seconds=0.01, max_delay_seconds=0.05)

RESUME: dict[str, Any] = {
    "basics": {
        "name": "Jane Doe",
        "label": "Senior Backend Engineer",
        "email": "jane@example.com",
        "phone": "+1 555 0100",
        "location": {"city": "Lisbon", "countryCode": "PT"},
        "profiles": [
            {"network": "GitHub", "username": "janedoe", "url": "https://github.com/janedoe"}
        ],
    },
    "work": [
        {
            "name": "Acme Corp",
            "position": "Senior Engineer",
            "startDate": "2019-03",
            "highlights": ["Cut p99 latency by 40%", "Led the move to Kubernetes"],
        }
    ],
    "education": [
        {
            "institution": "University of Porto",
            "area": "Computer Science",
            "studyType": "BSc",
            "endDate": "2015",
        }
    ],
    "skills": [{"name": "Backend", "keywords": ["Python", "PostgreSQL"]}],
}


def line(text: str, y: float, *, bold: bool = False, size: float = 10.0) -> Line:
    return Line(text=text, box=Box(50, y, 400, y + size), font_size=size, bold=bold)


@pytest.fixture
def document() -> LayoutDocument:
    lines = [
        line("Jane Doe", 40, size=18),
        line("Senior Backend Engineer · jane@example.com · +1 555 0100", 62),
        line("Experience", 100, bold=True),
        line("Senior Engineer, Acme Corp, March 2019 \u2013 present", 116),
        line("• Cut p99 latency by 40%", 130),
        line("Education", 160, bold=True),
        line("BSc Computer Science, University of Porto, 2015", 176),
    ]
    return LayoutDocument(pages=[Page(number=1, width=595, height=842, lines=lines)], engine="t")


@pytest.fixture
def gemini() -> Iterator[GeminiStandIn]:
    with GeminiStandIn() as standin:
        yield standin


def settings_for(base_url: str, **overrides: Any) -> Settings:
    values: dict[str, Any] = {
        "gemini_api_key": API_KEY,
        "gemini_base_url": base_url,
        "gemini_timeout_seconds": 5.0,
    }
    return Settings(**(values | overrides))


@pytest.fixture
def structurer(gemini: GeminiStandIn) -> GeminiStructurer:
    return GeminiStructurer.from_settings(settings_for(gemini.base_url), retry=FAST)


@pytest.fixture
def embedder(gemini: GeminiStandIn) -> GeminiEmbedder:
    return GeminiEmbedder.from_settings(settings_for(gemini.base_url), retry=FAST)


def norm(vector: list[float]) -> float:
    return math.sqrt(sum(value * value for value in vector))


def embeddings_of_size(dimensions: int) -> Reply:
    return Reply(200, {"embeddings": [{"values": fake_vector("x", dimensions)}]})


def turn_texts(body: dict[str, Any]) -> list[tuple[str, str]]:
    return [
        (turn["role"], "".join(part.get("text", "") for part in turn["parts"]))
        for turn in body["contents"]
    ]


# --- structure -------------------------------------------------------------------------------


def test_good_answer_becomes_json_resume(
    gemini: GeminiStandIn, structurer: GeminiStructurer, document: LayoutDocument
) -> None:
    gemini.script("generateContent", resume_answer(RESUME, prompt=900, output=300, thoughts=50))

    assert structurer.structure(document) == RESUME
    assert structurer.name == "gemini:gemini-2.5-flash"
    assert structurer.last_usage == TokenUsage(
        model="gemini-2.5-flash",
        prompt_tokens=900,
        output_tokens=300,
        thinking_tokens=50,
        total_tokens=1250,
        calls=1,
    )


def test_request_carries_schema_mime_type_key_and_layout(
    gemini: GeminiStandIn, structurer: GeminiStructurer, document: LayoutDocument
) -> None:
    gemini.script("generateContent", resume_answer(RESUME))
    structurer.structure(document)

    [request] = gemini.calls("generateContent")
    # google-genai 3.x calls the Developer API's v1; older releases called v1beta.
    assert request.path.endswith("/models/gemini-2.5-flash:generateContent")
    assert request.headers["x-goog-api-key"] == API_KEY
    config = request.body["generationConfig"]
    assert config["responseMimeType"] == "application/json"
    assert config["temperature"] == 0
    schema = config["responseJsonSchema"]
    assert {"basics", "work", "education", "skills"} <= set(schema["properties"])
    assert schema["$defs"]["Work"]["additionalProperties"] is False
    assert "default" not in json.dumps(schema)
    assert "JSON Resume" in request.body["systemInstruction"]["parts"][0]["text"]
    [(role, prompt)] = turn_texts(request.body)
    assert role == "user"
    assert prompt.startswith("--- page 1 ---\n## Jane Doe\n")
    assert "\n## Experience\n" in prompt
    assert "\nSenior Engineer, Acme Corp, March 2019 \u2013 present\n" in prompt


def test_malformed_json_gets_one_repair_call(
    gemini: GeminiStandIn, structurer: GeminiStructurer, document: LayoutDocument
) -> None:
    gemini.script(
        "generateContent",
        malformed_json_answer(prompt=800, output=20),
        resume_answer(RESUME, prompt=900, output=300),
    )

    assert structurer.structure(document) == RESUME
    first, repair = gemini.calls("generateContent")
    roles = [role for role, _ in turn_texts(repair.body)]
    assert roles == ["user", "model", "user"]
    _, invalid = turn_texts(repair.body)[1]
    _, request = turn_texts(repair.body)[2]
    assert invalid.startswith('{\n  "basics"')
    assert "Invalid JSON" in request
    assert repair.body["generationConfig"] == first.body["generationConfig"]
    assert structurer.last_usage is not None
    assert (structurer.last_usage.calls, structurer.last_usage.prompt_tokens) == (2, 1700)


def test_schema_violation_is_repaired_too(
    gemini: GeminiStandIn, structurer: GeminiStructurer, document: LayoutDocument
) -> None:
    gemini.script(
        "generateContent",
        text_answer(json.dumps({"basics": {"name": "Jane Doe"}, "work": "Acme Corp"})),
        resume_answer(RESUME),
    )

    assert structurer.structure(document) == RESUME
    _, repair = gemini.calls("generateContent")
    assert "work: Input should be a valid array" in turn_texts(repair.body)[2][1]


def test_invalid_twice_is_permanent(
    gemini: GeminiStandIn, structurer: GeminiStructurer, document: LayoutDocument
) -> None:
    gemini.script("generateContent", malformed_json_answer(), malformed_json_answer())

    with pytest.raises(PermanentError, match="invalid JSON twice") as failure:
        structurer.structure(document)
    assert "EOF while parsing" in failure.value.reason
    assert len(gemini.calls("generateContent")) == 2
    assert structurer.last_usage is not None
    assert structurer.last_usage.calls == 2


def test_truncated_answer_says_so(
    gemini: GeminiStandIn, structurer: GeminiStructurer, document: LayoutDocument
) -> None:
    cut = text_answer('{"basics": {"name": "Jane', finish_reason="MAX_TOKENS")
    gemini.script("generateContent", cut, cut)

    with pytest.raises(PermanentError, match="finish reason MAX_TOKENS"):
        structurer.structure(document)


@pytest.mark.parametrize(
    "reply",
    [prompt_blocked(), answer_blocked("SAFETY"), answer_blocked("PROHIBITED_CONTENT")],
    ids=["prompt-feedback", "finish-safety", "finish-prohibited"],
)
def test_safety_block_is_permanent(
    gemini: GeminiStandIn,
    structurer: GeminiStructurer,
    document: LayoutDocument,
    reply: Reply,
) -> None:
    gemini.script("generateContent", reply)

    with pytest.raises(PermanentError, match="safety") as failure:
        structurer.structure(document)
    assert "STRUCTURER=local" in failure.value.reason
    assert len(gemini.calls("generateContent")) == 1  # a block is not repaired or retried
    assert structurer.last_usage is not None
    assert structurer.last_usage.prompt_tokens == 812


@pytest.mark.parametrize("error", [rate_limited(), unavailable()], ids=["429", "503"])
def test_throttling_and_5xx_are_retried_with_backoff(
    gemini: GeminiStandIn, structurer: GeminiStructurer, document: LayoutDocument, error: Reply
) -> None:
    gemini.script("generateContent", error, error, resume_answer(RESUME))

    assert structurer.structure(document) == RESUME
    assert len(gemini.calls("generateContent")) == 3
    assert structurer.last_usage is not None
    assert structurer.last_usage.calls == 1  # only answers count, not refused attempts


def test_endless_429_becomes_transient(
    gemini: GeminiStandIn, structurer: GeminiStructurer, document: LayoutDocument
) -> None:
    gemini.script("generateContent", then=rate_limited())

    with pytest.raises(TransientError, match="429 RESOURCE_EXHAUSTED") as failure:
        structurer.structure(document)
    assert "retried later" in failure.value.reason
    assert len(gemini.calls("generateContent")) == FAST.retries + 1


def test_rejected_api_key_is_permanent_and_not_retried(
    gemini: GeminiStandIn, structurer: GeminiStructurer, document: LayoutDocument
) -> None:
    gemini.script("generateContent", invalid_api_key())

    with pytest.raises(PermanentError, match=r"API key not valid.*GEMINI_API_KEY"):
        structurer.structure(document)
    assert len(gemini.calls("generateContent")) == 1


def test_unreachable_endpoint_is_transient(document: LayoutDocument) -> None:
    dead = f"http://127.0.0.1:{free_port()}"
    structurer = GeminiStructurer.from_settings(settings_for(dead), retry=FAST)

    with pytest.raises(TransientError, match="ConnectError"):
        structurer.structure(document)


def test_missing_api_key_is_a_clear_error(gemini: GeminiStandIn) -> None:
    settings = settings_for(gemini.base_url, gemini_api_key=None)

    with pytest.raises(PermanentError, match="GEMINI_API_KEY is not set"):
        GeminiStructurer.from_settings(settings)
    with pytest.raises(PermanentError, match="GEMINI_API_KEY is not set"):
        GeminiEmbedder.from_settings(settings)
    assert gemini.requests == []


def test_layout_prompt_marks_bold_and_large_lines(document: LayoutDocument) -> None:
    document.pages.append(Page(number=2, width=595, height=842, lines=[line("Skills", 40)]))
    prompt = layout_prompt(document)

    headings = [text for text in prompt.splitlines() if text.startswith("## ")]
    assert headings == ["## Jane Doe", "## Experience", "## Education"]
    assert "\n\n--- page 2 ---\nSkills" in prompt


def test_backoff_grows_and_honours_the_server_hint_up_to_the_cap() -> None:
    policy = RetryPolicy(retries=3, base_delay_seconds=1.0, max_delay_seconds=8.0)

    assert 0.5 <= policy.delay(0) <= 1.0
    assert 2.0 <= policy.delay(2) <= 4.0
    assert 4.0 <= policy.delay(5) <= 8.0
    assert policy.delay(0, server_hint=6.0) == 6.0
    assert policy.delay(0, server_hint=60.0) == 8.0


# --- embed -----------------------------------------------------------------------------------


def test_embedding_has_configured_dimensions_and_unit_norm(
    gemini: GeminiStandIn, embedder: GeminiEmbedder
) -> None:
    vector = embedder.embed("Senior backend engineer: Python, PostgreSQL")

    assert embedder.name == "gemini:gemini-embedding-001"
    assert len(vector) == embedder.dimensions == 768
    assert norm(vector) == pytest.approx(1.0, abs=1e-9)
    [request] = gemini.calls("batchEmbedContents")
    assert request.path.endswith("/models/gemini-embedding-001:batchEmbedContents")
    assert request.headers["x-goog-api-key"] == API_KEY
    [item] = request.body["requests"]
    assert item["outputDimensionality"] == 768
    assert item["taskType"] == "SEMANTIC_SIMILARITY"
    assert item["content"]["parts"] == [{"text": "Senior backend engineer: Python, PostgreSQL"}]


def test_embed_many_batches_in_order(gemini: GeminiStandIn) -> None:
    embedder = GeminiEmbedder.from_settings(settings_for(gemini.base_url), dimensions=16)
    texts = [f"resume {index}" for index in range(150)]

    vectors = embedder.embed_many(texts)

    assert len(vectors) == 150
    assert all(len(vector) == 16 for vector in vectors)
    assert all(norm(vector) == pytest.approx(1.0) for vector in vectors)
    assert vectors[120] == embedder.embed("resume 120")
    assert vectors[0] != vectors[1]
    sizes = [len(request.body["requests"]) for request in gemini.calls("batchEmbedContents")]
    assert sizes == [100, 50, 1]


def test_embedding_retries_then_gives_up_as_transient(
    gemini: GeminiStandIn, embedder: GeminiEmbedder
) -> None:
    gemini.script("batchEmbedContents", rate_limited())
    assert len(embedder.embed("Python")) == 768

    gemini.script("batchEmbedContents", then=unavailable())
    with pytest.raises(TransientError, match="503 UNAVAILABLE"):
        embedder.embed("Python")
    assert len(gemini.calls("batchEmbedContents")) == 2 + FAST.retries + 1


def test_wrong_embedding_size_is_permanent(gemini: GeminiStandIn) -> None:
    embedder = GeminiEmbedder.from_settings(settings_for(gemini.base_url), dimensions=16)
    gemini.script("batchEmbedContents", then=embeddings_of_size(3072))

    with pytest.raises(PermanentError, match="3072 dimensions, not 16"):
        embedder.embed("Python")


def test_empty_text_is_refused_before_calling(
    gemini: GeminiStandIn, embedder: GeminiEmbedder
) -> None:
    with pytest.raises(PermanentError, match="no text to embed"):
        embedder.embed("  ")
    assert gemini.requests == []
