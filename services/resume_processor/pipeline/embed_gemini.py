"""Gemini embeddings through `google-genai`, unit-normalised like the local embedder's.

The Developer API serves `embed_content` as `:batchEmbedContents`, one request per text, so
`embed_many` sends up to `BATCH_SIZE` texts per call. Throttling, 5xx and network errors are
retried with the structurer's backoff, then raised as `TransientError`. The embeddings API
reports no token usage, so none is recorded.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import TYPE_CHECKING, Self

from google import genai
from google.genai import types

from resume_processor.pipeline.errors import PermanentError
from resume_processor.pipeline.structure.gemini import RetryPolicy, call_with_backoff, gemini_client

if TYPE_CHECKING:
    from resume_processor.config import Settings

# The Developer API refuses batches of more than 100 requests.
BATCH_SIZE = 100
DEFAULT_DIMENSIONS = 768
# Symmetric: resumes and search queries go through the same `embed`, so neither side is favoured.
DEFAULT_TASK_TYPE = "SEMANTIC_SIMILARITY"


class GeminiEmbedder:
    """Embeds text with a Gemini embedding model at a fixed, truncated dimensionality."""

    def __init__(
        self,
        client: genai.Client,
        model: str = "gemini-embedding-001",
        *,
        dimensions: int = DEFAULT_DIMENSIONS,
        task_type: str = DEFAULT_TASK_TYPE,
        timeout_seconds: float | None = None,
        retry: RetryPolicy | None = None,
    ) -> None:
        if dimensions < 1:
            raise ValueError(f"dimensions must be positive, not {dimensions}")
        self.client = client
        self.model = model
        self.name = f"gemini:{model}"
        self.dimensions = dimensions
        self.retry = retry or RetryPolicy()
        self._config = types.EmbedContentConfig(
            output_dimensionality=dimensions,
            task_type=task_type,
            http_options=(
                types.HttpOptions(timeout=round(timeout_seconds * 1000))
                if timeout_seconds is not None
                else None
            ),
        )

    @classmethod
    def from_settings(
        cls,
        settings: Settings,
        *,
        dimensions: int = DEFAULT_DIMENSIONS,
        retry: RetryPolicy | None = None,
    ) -> Self:
        return cls(
            gemini_client(settings),
            settings.gemini_embedding_model,
            dimensions=dimensions,
            timeout_seconds=settings.gemini_timeout_seconds,
            retry=retry,
        )

    def embed(self, text: str) -> list[float]:
        return self.embed_many([text])[0]

    def embed_many(self, texts: Sequence[str]) -> list[list[float]]:
        if any(not text.strip() for text in texts):
            raise PermanentError("there is no text to embed; Gemini refuses empty input")
        vectors: list[list[float]] = []
        for start in range(0, len(texts), BATCH_SIZE):
            vectors += self._embed_batch(list(texts[start : start + BATCH_SIZE]))
        return vectors

    def _embed_batch(self, texts: list[str]) -> list[list[float]]:
        contents: list[types.ContentUnion] = [*texts]
        response = call_with_backoff(
            lambda: self.client.models.embed_content(
                model=self.model, contents=contents, config=self._config
            ),
            what=f"Gemini embedding model {self.model}",
            policy=self.retry,
        )
        embeddings = response.embeddings or []
        if len(embeddings) != len(texts):
            raise PermanentError(
                f"Gemini embedding model {self.model} returned {len(embeddings)} embeddings "
                f"for {len(texts)} texts"
            )
        return [self._unit(embedding.values or []) for embedding in embeddings]

    def _unit(self, values: list[float]) -> list[float]:
        if len(values) != self.dimensions:
            raise PermanentError(
                f"Gemini embedding model {self.model} returned {len(values)} dimensions, not "
                f"{self.dimensions}; check that the model supports output_dimensionality"
            )
        norm = math.sqrt(math.fsum(value * value for value in values))
        if norm == 0:
            raise PermanentError(f"Gemini embedding model {self.model} returned a zero vector")
        # Truncated Gemini embeddings are not unit length; cosine search expects they are.
        return [value / norm for value in values]
