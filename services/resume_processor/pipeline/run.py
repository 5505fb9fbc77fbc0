"""Chooses the engine for each stage and runs extract → structure → embed on one document.

Knows nothing of HTTP, Celery or the database: `resumectl parse` runs it on its own.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any, Protocol

from resume_processor.config import (
    EmbedderEngine,
    ExtractorEngine,
    Settings,
    StructurerEngine,
)
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
    """Pick the configured engine for each stage (local ones need no network)."""
    from resume_processor.pipeline.embed import LocalEmbedder
    from resume_processor.pipeline.extract.local import LocalExtractor
    from resume_processor.pipeline.structure.local import LocalStructurer

    if settings.extractor is not ExtractorEngine.LOCAL:
        raise NotImplementedError(f"EXTRACTOR={settings.extractor} is not available yet; use local")
    if settings.structurer is not StructurerEngine.LOCAL:
        raise NotImplementedError(
            f"STRUCTURER={settings.structurer} is not available yet; use local"
        )
    if settings.embedder is not EmbedderEngine.LOCAL:
        raise NotImplementedError(f"EMBEDDER={settings.embedder} is not available yet; use local")
    return Engines(
        extractor=LocalExtractor(),
        structurer=LocalStructurer(),
        embedder=LocalEmbedder.shared(),
    )


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
    started = time.perf_counter()
    layout = engines.extractor.extract(content, kind)
    return finish_pipeline(layout, engines, {"extract": time.perf_counter() - started})


def finish_pipeline(
    layout: LayoutDocument, engines: Engines, timings: dict[str, float] | None = None
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

    started = time.perf_counter()
    text = embedding_text(data) or layout.text()
    embedding = engines.embedder.embed(text)
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
    return PipelineResult(
        extracted_data=data,
        embedding=embedding,
        embedding_model=engines.embedder.name,
        stage_seconds=timings,
    )
