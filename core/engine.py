"""The engine: settings -> store, index and answerer. The CLI and the web UI only call this."""
from __future__ import annotations

import copy
import logging
import threading
import time
from collections import OrderedDict
from pathlib import Path

from core.settings import Settings
from core.store import Store
from core.library import Library
from core.types import Answer, Document, ParsedDocument, content_id
from ingest.audit import Finding, audit
from ingest.pipeline import IngestResult, Ingestor
from retrieval.chunks import make_chunks
from retrieval.embedders import make_embedder
from retrieval.index import HybridRetriever, VectorIndex

log = logging.getLogger(__name__)
SYNC_SECONDS = 2.0


def open_stores(settings: Settings, embedder=None) -> tuple[Store, object, VectorIndex]:
    """The relational store, the embedder and the vector index from settings (the Engine and the ingest
    workers of ingest/jobs.py share this; workers must not load every document as the Engine does)."""
    settings.home.mkdir(parents=True, exist_ok=True)
    store = Store(settings.database_url)
    if embedder is None:
        embedder = make_embedder(settings.embedder)
        if settings.embed_cache and settings.embedder != "hash":
            from retrieval.embed_cache import CachedEmbedder
            embedder = CachedEmbedder(embedder, settings.home / "embeddings.sqlite", settings.embedder)
    return store, embedder, VectorIndex(embedder, path=settings.chroma_path, url=settings.chroma_url)


def make_ingestor(settings: Settings, store: Store, index: VectorIndex) -> Ingestor:
    worker = None
    if settings.isolate_parsing:
        from ingest.isolation import ParseWorker
        worker = ParseWorker(settings.parse_seconds, settings.parse_memory_mb)
    return Ingestor(store, index, settings.home / "files", settings.max_file_mb, settings.max_pages, worker)


class Engine:
    """Stores documents and answers questions over them. Safe to share between threads."""

    def __init__(self, settings: Settings, embedder=None, chat_model=None):
        self.settings = settings
        self.chat_model = chat_model          # a LangChain chat model; None = from settings (default: none)
        self.store, self.embedder, self.index = open_stores(settings, embedder)
        if self.index.needs_rebuild:
            stored = self.store.list_documents()
            for d in stored:
                self.index.upsert(make_chunks(self.store.load(d.id)))
            self.index.rebuilt()
            log.warning("vector index rebuilt from %d stored documents", len(stored))
        self.ingestor = make_ingestor(settings, self.store, self.index)
        if not settings.chroma_url:
            # crash recovery of a folder this machine owns; on a shared Chroma server workers are writing chunks
            # whose rows are not saved yet, and an app process starting must not take them for leftovers
            self.ingestor.reconcile()
        self.library = Library(self.store, settings.doc_cache)
        self._lock = threading.RLock()
        self._syncing = threading.Lock()
        self._answerer = None
        self._answers: OrderedDict[tuple, Answer] = OrderedDict()
        self.refresh()

    def refresh(self) -> None:
        """Re-read the index of stored documents (metadata only; documents load when a question needs them)."""
        self._synced = time.monotonic()
        if self.library.refresh():
            with self._lock:
                self._answers.clear()

    def ingest(self, paths: list[Path], progress=None) -> list[IngestResult]:
        results = self.ingestor.ingest_paths(paths, progress)
        self.refresh()
        return results

    def ingest_file(self, path: Path, display_name: str | None = None, on_stage=None) -> IngestResult:
        result = self.ingestor.ingest_file(path, display_name, on_stage)
        self.refresh()
        return result

    def sync(self) -> None:
        """Pick up documents another process stored in a shared database (checked at most every 2 s, by one
        request at a time; the others go on answering from the index they have)."""
        if time.monotonic() - self._synced < SYNC_SECONDS or not self._syncing.acquire(blocking=False):
            return
        try:
            self.refresh()
        finally:
            self._syncing.release()

    def documents(self) -> list[Document]:
        self.sync()
        return self.library.documents()

    def find_document(self, ref: str) -> ParsedDocument | None:
        """A document by id, id prefix, file name or department name."""
        self.sync()
        d = self.library.find(ref)
        return None if d is None else self.library.load(d.id)

    def all_documents(self):
        """Every stored document, loaded one at a time (whole-store audits and evals)."""
        self.sync()
        return self.library.all()

    def audit(self, ref: str | None = None) -> dict[str, list[Finding]]:
        if ref and self.find_document(ref) is None:
            raise KeyError(f"no stored document matches {ref!r}")
        targets = [self.find_document(ref)] if ref else self.all_documents()
        return {p.document.name: audit(p) for p in targets}

    def overview(self, ref: str) -> dict:
        from core.overview import overview
        doc = self.find_document(ref)
        return overview(doc) if doc else {}

    @staticmethod
    def _cited_boxes(doc: ParsedDocument, citation) -> list:
        """PDF boxes of the cited table rows on the cited page."""
        table = next((t for t in doc.tables if t.id == citation.table_id), None)
        boxes = []
        if table is not None:
            wanted = {r.split(" ")[-1] for r in citation.rows}
            for i, row in enumerate(table.rows):
                box = table.row_boxes[i] if i < len(table.row_boxes) else None
                page = table.row_pages[i] if i < len(table.row_pages) else None
                if box and page == citation.page and wanted & set(row):
                    boxes.append(box)
        return boxes

    def page_image(self, citation, resolution: int = 90) -> Path | None:
        """PNG of the cited PDF page with the cited table rows boxed; None for text sources."""
        doc = self.find_document(citation.document)
        if doc is None or doc.document.source_type != "pdf" or not citation.page:
            return None
        boxes = self._cited_boxes(doc, citation)
        key = content_id(doc.document.id, citation.page, *sorted(map(str, boxes)))
        out = self.settings.home / "cache" / f"{key}.png"
        if not out.exists():
            import pdfplumber
            out.parent.mkdir(parents=True, exist_ok=True)
            with pdfplumber.open(doc.document.path) as pdf:
                image = pdf.pages[citation.page - 1].to_image(resolution=resolution)
                if boxes:
                    image.draw_rects(boxes, stroke=(220, 30, 30), stroke_width=3, fill=(255, 230, 0, 60))
                image.save(out, format="PNG")
        return out

    def page_crop(self, citation, resolution: int = 150, margin: float = 24) -> Path | None:
        """PNG of the cited PDF page cut to the cited rows (boxed) at a readable resolution; the whole page
        when no row box is known; None for text sources. For the web evidence panel."""
        doc = self.find_document(citation.document)
        if doc is None or doc.document.source_type != "pdf" or not citation.page:
            return None
        boxes = self._cited_boxes(doc, citation)
        key = content_id(doc.document.id, citation.page, "crop", resolution, *sorted(map(str, boxes)))
        out = self.settings.home / "cache" / f"{key}.png"
        if not out.exists():
            import pdfplumber
            out.parent.mkdir(parents=True, exist_ok=True)
            with pdfplumber.open(doc.document.path) as pdf:
                page = pdf.pages[citation.page - 1]
                if boxes:
                    top = max(0, min(b[1] for b in boxes) - margin * 3)
                    bottom = min(page.height, max(b[3] for b in boxes) + margin * 3)
                    x0 = max(0, min(b[0] for b in boxes) - margin)
                    x1 = min(page.width, max(b[2] for b in boxes) + margin)
                    page = page.crop((x0, top, x1, bottom))
                image = page.to_image(resolution=resolution)
                if boxes:
                    image.draw_rects(boxes, stroke=(220, 30, 30), stroke_width=3, fill=(255, 230, 0, 60))
                part = out.with_name(f"{out.stem}.{threading.get_ident()}.part")
                image.save(part, format="PNG")
                part.replace(out)       # a reader in another request never sees half a file
        return out

    def retriever(self, doc_ids: list[str] | None = None, k: int = 10) -> HybridRetriever:
        """Vector and lexical search over the given documents. Unscoped over a large store, the vector index
        picks the documents first and the lexical ranker reads only those."""
        return HybridRetriever(vector=self.index, lexical_for=self.library.lexical, k=k, doc_ids=doc_ids,
                               scope_limit=self.settings.scope_limit if len(self.library) > self.settings.scope_limit
                               else None)

    def ask(self, question: str, document: str | None = None) -> Answer:
        """The answer, from the answer cache when the same question about the same documents was answered since
        the store last changed (answers are computed from stored facts only, so they cannot go stale otherwise)."""
        from core.answer import Answerer
        self.sync()
        key = ((question or "").strip(), document or "")
        with self._lock:
            cached = self._answers.get(key)
            if cached is not None:
                self._answers.move_to_end(key)
                return copy.deepcopy(cached)
            if self._answerer is None:
                self._answerer = Answerer(self)
            answerer = self._answerer
        answer = answerer.answer(question, document)
        if self.settings.answer_cache:
            with self._lock:
                self._answers[key] = copy.deepcopy(answer)
                while len(self._answers) > self.settings.answer_cache:
                    self._answers.popitem(last=False)
        return answer
