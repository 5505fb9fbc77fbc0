"""The local embedder: the bundled all-MiniLM-L6-v2, offline, on CPU."""

from __future__ import annotations

import math
import os

import pytest

from resume_processor.pipeline.embed import LocalEmbedder


@pytest.fixture(scope="module")
def embedder() -> LocalEmbedder:
    return LocalEmbedder.shared()


def cosine(a: list[float], b: list[float]) -> float:
    return sum(x * y for x, y in zip(a, b, strict=True))


def test_embedding_is_384_unit_norm_floats(embedder: LocalEmbedder) -> None:
    vector = embedder.embed("Senior backend engineer: Python, PostgreSQL, Kubernetes")
    assert len(vector) == embedder.dimensions == 384
    assert all(isinstance(value, float) for value in vector)
    assert math.sqrt(sum(value * value for value in vector)) == pytest.approx(1.0, abs=1e-4)


def test_similar_texts_are_closer_than_unrelated_ones(embedder: LocalEmbedder) -> None:
    query, similar, unrelated = embedder.embed_many(
        [
            "Python backend developer building REST APIs and databases",
            "Software engineer writing server-side Python services with PostgreSQL",
            "Pastry chef who bakes sourdough bread and croissants",
        ]
    )
    assert cosine(query, similar) > cosine(query, unrelated) + 0.2


def test_batch_matches_single_embeddings(embedder: LocalEmbedder) -> None:
    texts = ["Data scientist", "Product designer"]
    batch = embedder.embed_many(texts)
    assert len(batch) == 2
    for text, vector in zip(texts, batch, strict=True):
        assert cosine(vector, embedder.embed(text)) == pytest.approx(1.0, abs=1e-4)
    assert embedder.embed_many([]) == []


def test_shared_returns_one_instance_per_process(embedder: LocalEmbedder) -> None:
    assert LocalEmbedder.shared() is embedder
    assert embedder.name == "all-MiniLM-L6-v2"


def test_hub_access_is_switched_off() -> None:
    assert os.environ["HF_HUB_OFFLINE"] == "1"
    assert os.environ["TRANSFORMERS_OFFLINE"] == "1"
