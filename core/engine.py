"""The engine: settings -> store, index and answerer. The CLI and the web UI only call this."""
from __future__ import annotations

import logging
import threading
from pathlib import Path

from core.settings import Settings
from core.store import Store
from core.types import Answer, Document, ParsedDocument
from ingest.audit import Finding, audit
from ingest.pipeline import IngestResult, Ingestor
from retrieval.chunks import make_chunks
from retrieval.embedders import make_embedder
from retrieval.index import HybridRetriever, LexicalIndex, VectorIndex

log = logging.getLogger(__name__)


class Engine:
    """Stores documents and answers questions over them. Safe to share between threads."""

    def __init__(self, settings: Settings, embedder=None, chat_model=None):
        self.settings = settings
        self.chat_model = chat_model          # a LangChain chat model; None = from settings (default: none)
        settings.home.mkdir(parents=True, exist_ok=True)
        self.store = Store(settings.database_url)
        self.embedder = embedder or make_embedder(settings.embedder)
        self.index = VectorIndex(self.embedder, path=settings.chroma_path, url=settings.chroma_url)
        self.ingestor = Ingestor(self.store, self.index, settings.max_file_mb, settings.max_pages)
        self.ingestor.reconcile()
        self.lexical = LexicalIndex()
        self.docs: dict[str, ParsedDocument] = {}
        self._lock = threading.RLock()
        self._answerer = None
        self.refresh()

    def refresh(self) -> None:
        """Load every stored document (and its chunks) into memory."""
        with self._lock:
            for d in self.store.list_documents():
                if d.id not in self.docs:
                    parsed = self.store.load(d.id)
                    self.docs[d.id] = parsed
                    self.lexical.add(make_chunks(parsed))
            self._answerer = None

    def ingest(self, paths: list[Path], progress=None) -> list[IngestResult]:
        results = self.ingestor.ingest_paths(paths, progress)
        self.refresh()
        return results

    def ingest_file(self, path: Path, display_name: str | None = None) -> IngestResult:
        result = self.ingestor.ingest_file(path, display_name)
        self.refresh()
        return result

    def documents(self) -> list[Document]:
        return [p.document for p in sorted(self.docs.values(), key=lambda p: p.document.name)]

    def find_document(self, ref: str) -> ParsedDocument | None:
        """A document by id, id prefix, file name or department name."""
        for p in self.docs.values():
            d = p.document
            if ref in (d.id, d.name) or d.id.startswith(ref) or (d.department and ref in d.department) \
                    or ref in d.name:
                return p
        return None

    def audit(self, ref: str | None = None) -> dict[str, list[Finding]]:
        targets = [self.find_document(ref)] if ref else list(self.docs.values())
        if ref and targets[0] is None:
            raise KeyError(f"no stored document matches {ref!r}")
        return {p.document.name: audit(p) for p in targets}

    def retriever(self, doc_ids: list[str] | None = None, k: int = 10) -> HybridRetriever:
        return HybridRetriever(vector=self.index, lexical=self.lexical, k=k, doc_ids=doc_ids)

    def ask(self, question: str, document: str | None = None) -> Answer:
        from core.answer import Answerer
        with self._lock:
            if self._answerer is None:
                self._answerer = Answerer(self)
            answerer = self._answerer
        return answerer.answer(question, document)
