"""Chooses the engine for each stage and runs extract → structure → embed on one document.

Knows nothing of HTTP, Celery or the database: `resumectl parse` runs it on its own.
"""

from __future__ import annotations

import time
from dataclasses import asdict, dataclass, field, is_dataclass
from typing import Any, Protocol

from resume_processor.config import EmbedderEngine, Settings, StructurerEngine
from resume_processor.pipeline import timing
from resume_processor.pipeline.errors import PermanentError
from resume_processor.pipeline.layout import LayoutDocument
from resume_processor.pipeline.sniff import DocumentKind


class Extractor(Protocol):
    name: str

    def extract(self, content: bytes, kind: DocumentKind) -> LayoutDocument: ...


class Structurer(Protocol):
    name: str

    def structure(self, document: LayoutDocument) -> dict[str, Any]:
        """Return a JSON Resume 1.2.1 document (without `meta`, which the runner adds)."""
        ...


class Embedder(Protocol):
    name: str
    dimensions: int

    def embed(self, text: str) -> list[float]: ...


@dataclass(slots=True)
class Engines:
    extractor: Extractor
    structurer: Structurer
    embedder: Embedder


@dataclass(slots=True)
class PipelineResult:
    extracted_data: dict[str, Any]
    embedding: list[float]
    embedding_model: str
    stage_seconds: dict[str, float] = field(default_factory=dict)


def build_engines(settings: Settings) -> Engines:
    """Pick the configured engine for each stage (local ones need no network).

    Textract is asynchronous (start a job, poll it), so the worker drives it itself; the
    `extractor` here is always the local one, used for everything Textract does not serve.
    """
    from resume_processor.pipeline.extract.local import LocalExtractor

    structurer: Structurer
    if settings.structurer is StructurerEngine.GEMINI:
        from resume_processor.pipeline.structure.gemini import GeminiStructurer

        structurer = GeminiStructurer.from_settings(settings)
    else:
        from resume_processor.pipeline.structure.local import LocalStructurer

        structurer = LocalStructurer()

    embedder: Embedder
    if settings.embedder is EmbedderEngine.GEMINI:
        from resume_processor.pipeline.embed_gemini import GeminiEmbedder

        embedder = GeminiEmbedder.from_settings(settings)
    else:
        from resume_processor.pipeline.embed import LocalEmbedder

        embedder = LocalEmbedder.shared()
    return Engines(extractor=LocalExtractor(settings), structurer=structurer, embedder=embedder)


def embedding_text(data: dict[str, Any]) -> str:
    """The text embedded for semantic search: who the candidate is and what they can do."""
    basics = data.get("basics", {})
    parts: list[str] = [basics.get("name", ""), basics.get("label", ""), basics.get("summary", "")]
    for job in data.get("work", []):
        parts += [job.get("position", ""), job.get("name", ""), *job.get("highlights", [])]
    for school in data.get("education", []):
        parts += [
            school.get("studyType", ""),
            school.get("area", ""),
            school.get("institution", ""),
        ]
    for skill in data.get("skills", []):
        parts += [skill.get("name", ""), *skill.get("keywords", [])]
    return "\n".join(part for part in parts if part)


def run_pipeline(content: bytes, kind: DocumentKind, engines: Engines) -> PipelineResult:
    """Extract, structure and embed; `stage_seconds` has `ocr` too when OCR ran (inside
    `extract`, whose time includes it)."""
    started = time.perf_counter()
    with timing.collect() as sub_stages:
        layout = engines.extractor.extract(content, kind)
    timings = {"extract": time.perf_counter() - started, **sub_stages}
    return finish_pipeline(layout, engines, timings)


def finish_pipeline(
    layout: LayoutDocument,
    engines: Engines,
    timings: dict[str, float] | None = None,
    *,
    embed: bool = True,
) -> PipelineResult:
    """Structure and embed a layout, however it was extracted (locally or by Textract)."""
    timings = dict(timings or {})
    if not layout.text().strip():
        raise PermanentError(
            "no text could be extracted from the document; if it is a scan, upload a clearer "
            "copy or a born-digital PDF"
        )

    started = time.perf_counter()
    data = engines.structurer.structure(layout)
    timings["structure"] = time.perf_counter() - started

    embedding: list[float] = []
    if embed:
        started = time.perf_counter()
        embedding = engines.embedder.embed(embedding_text(data) or layout.text())
        timings["embed"] = time.perf_counter() - started

    data["meta"] = {
        "version": "v1.0.0",
        "engines": {
            "extract": layout.engine,
            "structure": engines.structurer.name,
            "embed": engines.embedder.name,
        },
        "pages": len(layout.pages),
    }
    # Engines report per-call details (field confidence, LLM token use) on the instance.
    confidence = getattr(engines.structurer, "last_confidence", None)
    if confidence:
        data["meta"]["confidence"] = dict(confidence)
    usage = getattr(engines.structurer, "last_usage", None)
    if usage is not None:
        is_record = is_dataclass(usage) and not isinstance(usage, type)
        data["meta"]["usage"] = asdict(usage) if is_record else usage
    return PipelineResult(
        extracted_data=data,
        embedding=embedding,
        embedding_model=engines.embedder.name,
        stage_seconds=timings,
    )
