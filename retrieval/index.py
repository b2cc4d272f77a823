"""The Chroma vector index (local folder or a Chroma server) and a character-bigram BM25 ranker,
fused by reciprocal rank behind LangChain's BaseRetriever."""
from __future__ import annotations

import logging
import math
import os
import re
import shutil
import time
from collections import Counter, defaultdict
from contextlib import contextmanager
from pathlib import Path
from typing import Callable

import chromadb
from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document as LCDocument
from langchain_core.embeddings import Embeddings
from langchain_core.retrievers import BaseRetriever
from pydantic import ConfigDict

from retrieval.chunks import Chunk

log = logging.getLogger(__name__)
COLLECTION = "budgetqa"


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return False            # our own marker from before a restart in this process
    try:
        os.kill(pid, 0)                 # PermissionError also means the process exists
    except ProcessLookupError:
        return False
    except PermissionError:
        pass
    return True


class VectorIndex:
    """Chunks in a persistent Chroma collection, embedded by the configured embedder.

    A local Chroma folder is not crash-safe: a process killed while Chroma writes its HNSW files leaves a
    folder that makes every later process segfault. Each write is therefore bracketed by a marker file; a
    marker found at start means a write was cut short, so the folder is dropped and `needs_rebuild` is set
    (the owner re-adds every stored document, then calls `rebuilt()`). Vectors are derived data."""

    def __init__(self, embedder: Embeddings, path: Path | None = None, url: str | None = None,
                 collection: str = COLLECTION):
        self.marker: Path | None = None
        self.needs_rebuild = False
        if url:
            m = re.match(r"https?://([^:/]+):?(\d+)?", url)
            if not m:
                raise ValueError(f"bad Chroma URL {url!r}")
            self.client = chromadb.HttpClient(host=m.group(1), port=int(m.group(2) or 8000))
        elif path is not None:
            self.marker = path.with_name(path.name + ".writing")
            if self._interrupted_write():
                log.warning("the vector index was being written when a process stopped; rebuilding it")
                # this process may hold a cached client of the old folder (its SQLite handle would then point
                # at deleted files: 'attempt to write a readonly database'); a fresh folder needs a fresh client
                from chromadb.api.shared_system_client import SharedSystemClient
                SharedSystemClient.clear_system_cache()
                shutil.rmtree(path, ignore_errors=True)
                self.needs_rebuild = True
            path.mkdir(parents=True, exist_ok=True)
            self.client = chromadb.PersistentClient(path=str(path))
        else:
            raise ValueError("a Chroma path or URL is required")
        self.embedder = embedder
        self.collection = self.client.get_or_create_collection(collection, metadata={"hnsw:space": "cosine"})

    def _interrupted_write(self, wait_seconds: float = 120) -> bool:
        """True if the marker names a process that is gone; a live writer (another process on the same
        home) is waited for instead."""
        deadline = time.monotonic() + wait_seconds
        while self.marker.exists():
            try:
                pid = int(self.marker.read_text() or 0)
            except (OSError, ValueError):
                pid = 0
            if pid <= 0 or not _alive(pid) or time.monotonic() > deadline:
                return True
            time.sleep(0.2)
        return False

    @contextmanager
    def writing(self):
        """Mark the local folder as being written for the duration of the block."""
        if self.marker is None or self.needs_rebuild:      # a rebuild keeps its marker until rebuilt()
            yield
            return
        with open(self.marker, "w") as f:
            f.write(str(os.getpid()))
            f.flush()
            os.fsync(f.fileno())
        try:
            yield
        finally:        # an exception leaves Chroma's files whole; only a killed process tears them
            self.marker.unlink(missing_ok=True)

    def rebuilt(self) -> None:
        self.needs_rebuild = False
        if self.marker is not None:
            self.marker.unlink(missing_ok=True)

    def upsert(self, chunks: list[Chunk]) -> None:
        # the same head (a label printed in several tables) is embedded once
        unique = list(dict.fromkeys(c.embed_text for c in chunks))
        vectors = dict(zip(unique, self.embedder.embed_documents(unique))) if unique else {}
        with self.writing():
            for start in range(0, len(chunks), 256):
                part = chunks[start:start + 256]
                self.collection.upsert(ids=[c.id for c in part], documents=[c.text for c in part],
                                       metadatas=[c.metadata for c in part],
                                       embeddings=[vectors[c.embed_text] for c in part])

    def delete_document(self, doc_id: str) -> None:
        with self.writing():
            self.collection.delete(where={"doc_id": doc_id})

    def document_ids(self) -> set[str]:
        got = self.collection.get(include=["metadatas"])
        return {m["doc_id"] for m in got["metadatas"] or []}

    def search(self, query: str, k: int = 20, doc_ids: list[str] | None = None) -> list[tuple[str, float, str]]:
        """(chunk id, distance, document id) of the nearest chunks."""
        where = None
        if doc_ids:
            where = {"doc_id": doc_ids[0]} if len(doc_ids) == 1 else {"doc_id": {"$in": doc_ids}}
        # Chroma returns fewer than k (or none) when the collection is smaller; no count() round trip
        result = self.collection.query(query_embeddings=[self.embedder.embed_query(query)], n_results=k, where=where,
                                       include=["metadatas", "distances"])
        return [(cid, dist, (meta or {}).get("doc_id", ""))
                for cid, dist, meta in zip(result["ids"][0], result["distances"][0], result["metadatas"][0])]


def bigrams(text: str) -> list[str]:
    """Lower-cased Latin words and digit runs, plus Chinese characters and character bigrams."""
    text = text.lower()
    tokens = re.findall(r"[a-z]+|\d+", text)
    han = re.findall(r"[\u4e00-\u9fff]+", text)
    for run in han:
        tokens += list(run) + [run[i:i + 2] for i in range(len(run) - 1)]
    return tokens


class LexicalIndex:
    """BM25 over character bigrams, held in memory (rebuilt from the store at start). An inverted index, so a
    search touches only the chunks that share a term with the question."""

    def __init__(self, k1: float = 1.2, b: float = 0.75):
        self.k1, self.b = k1, b
        self.postings: dict[str, dict[str, int]] = defaultdict(dict)     # term -> chunk id -> count
        self.lengths: dict[str, int] = {}
        self.meta: dict[str, dict] = {}
        self.texts: dict[str, str] = {}
        self.total_len = 0

    def add(self, chunks: list[Chunk]) -> None:
        for c in chunks:
            if c.id in self.lengths:
                continue
            counts = Counter(bigrams(c.text))
            for term, tf in counts.items():
                self.postings[term][c.id] = tf
            self.lengths[c.id], self.meta[c.id], self.texts[c.id] = sum(counts.values()), c.metadata, c.text
            self.total_len += self.lengths[c.id]

    def search(self, query: str, k: int = 20, doc_ids: list[str] | None = None) -> list[tuple[str, float]]:
        n = len(self.lengths) or 1
        avg = self.total_len / n
        wanted = set(doc_ids) if doc_ids else None
        scores: dict[str, float] = defaultdict(float)
        for t in set(bigrams(query)):
            chunk_ids = self.postings.get(t)
            if not chunk_ids:
                continue
            idf = math.log(1 + (n - len(chunk_ids) + 0.5) / (len(chunk_ids) + 0.5))
            for cid, tf in chunk_ids.items():
                if wanted is None or self.meta[cid]["doc_id"] in wanted:
                    norm = tf + self.k1 * (1 - self.b + self.b * self.lengths[cid] / avg)
                    scores[cid] += idf * tf * (self.k1 + 1) / norm
        return sorted(scores.items(), key=lambda x: -x[1])[:k]


class HybridRetriever(BaseRetriever):
    """Reciprocal-rank fusion of the vector index and the lexical index, filtered by document. `lexical_for`
    gives the lexical index over a list of document ids (None = all); with `scope_limit` set (a store too large
    to read whole) an unfiltered search reads lexically only the documents of the best vector hits."""
    model_config = ConfigDict(arbitrary_types_allowed=True)
    vector: VectorIndex | None
    lexical_for: Callable[[list[str] | None], LexicalIndex]
    k: int = 10
    doc_ids: list[str] | None = None
    scope_limit: int | None = None

    def _get_relevant_documents(self, query: str, *, run_manager: CallbackManagerForRetrieverRun | None = None
                                ) -> list[LCDocument]:
        fused: dict[str, float] = defaultdict(float)
        vector = self.vector.search(query, 30, self.doc_ids) if self.vector is not None else []
        doc_ids = self.doc_ids
        if doc_ids is None and self.scope_limit:
            doc_ids = list(dict.fromkeys(d for _, _, d in vector))[:self.scope_limit]
        lexical = self.lexical_for(doc_ids)
        for ranking in (lexical.search(query, 30, doc_ids), vector):
            for rank, hit in enumerate(ranking):
                fused[hit[0]] += 1.0 / (60 + rank)
        best = sorted(fused.items(), key=lambda x: -x[1])[:self.k]
        return [LCDocument(page_content=lexical.texts.get(cid, ""), id=cid,
                           metadata={**lexical.meta.get(cid, {}), "score": score, "chunk_id": cid})
                for cid, score in best if cid in lexical.meta]
