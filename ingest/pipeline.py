"""Ingest files into the relational store and the vector index, all or nothing per document."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from core.store import Store
from core.types import ParsedDocument
from ingest.parse import IngestError, document_id, parse_file
from retrieval.chunks import make_chunks
from retrieval.index import VectorIndex

log = logging.getLogger(__name__)
SUPPORTED = (".pdf", ".txt")


@dataclass
class IngestResult:
    path: Path
    status: str              # stored | unchanged | error
    message: str
    doc_id: str | None = None
    parsed: ParsedDocument | None = None


def expand_paths(paths: list[Path]) -> list[Path]:
    """Files as given, folders expanded to their .pdf/.txt files (sorted)."""
    out = []
    for p in paths:
        if p.is_dir():
            out += sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in SUPPORTED)
        else:
            out.append(p)
    return out


class Ingestor:
    """Stores each file's parsed document: vector chunks first, then the relational rows in one
    transaction; if the second step fails the chunks are removed, so neither store holds half a document."""

    def __init__(self, store: Store, index: VectorIndex, files_dir: Path, max_file_mb: int = 50,
                 max_pages: int = 500, worker=None):
        if max_file_mb <= 0 or max_pages <= 0:
            raise ValueError("limits must be positive")
        self.worker = worker          # a ParseWorker (separate process); None parses in this process
        self.store, self.index, self.files_dir = store, index, files_dir
        files_dir.mkdir(parents=True, exist_ok=True)
        self.max_bytes, self.max_pages = max_file_mb * 1024 * 1024, max_pages

    def ingest_file(self, path: Path, display_name: str | None = None, on_stage=None) -> IngestResult:
        """`on_stage(stage, k, n)`: 'reading' page k of n, then 'indexing' (for a progress bar)."""
        name = display_name or path.name
        try:
            if not path.is_file():
                raise IngestError(f"{name}: no such file")
            size = path.stat().st_size
            if size == 0:
                raise IngestError(f"{name}: the file is empty")
            if size > self.max_bytes:
                raise IngestError(f"{name}: {size / 1048576:.1f} MB is over the limit of "
                                  f"{self.max_bytes // 1048576} MB")
            data = path.read_bytes()
            doc_id = document_id(data)
            if self.store.has(doc_id):
                return IngestResult(path, "unchanged", f"{name}: already stored", doc_id)
            def on_page(k: int, n: int) -> None:
                if on_stage:
                    on_stage("reading", k, n)
            if self.worker is not None:
                parsed = self.worker.parse(name, data, self.max_pages, on_page)
            else:
                parsed = parse_file(Path(name), data, max_pages=self.max_pages, on_page=on_page)
        except IngestError as exc:
            return IngestResult(path, "error", str(exc))
        except Exception as exc:   # a parser bug must not stop the other files
            log.exception("unexpected failure on %s", name)
            return IngestResult(path, "error", f"{name}: could not be read ({type(exc).__name__})")
        if on_stage:
            on_stage("indexing", 0, 0)
        self.commit(parsed, data)
        summary = (f"{name}: {len(parsed.tables)} tables, {len(parsed.facts)} facts, "
                   f"{len(parsed.performance)} performance tables, {len(parsed.catalogue)} catalogue entries")
        for warning in parsed.document.warnings:
            summary += f" (warning: {warning})"
        return IngestResult(path, "stored", summary, parsed.document.id, parsed)

    def commit(self, parsed: ParsedDocument, data: bytes) -> None:
        """Keep a copy of the original (for page images), then chunks, then rows; undo on failure."""
        doc_id = parsed.document.id
        copy = self.files_dir / f"{doc_id}{Path(parsed.document.name).suffix.lower()}"
        parsed.document.path = str(copy)
        try:
            partial = copy.with_suffix(copy.suffix + ".part")
            partial.write_bytes(data)
            os.replace(partial, copy)
            self.index.upsert(make_chunks(parsed))
            self.store.save(parsed)
        except BaseException:
            self.index.delete_document(doc_id)
            copy.unlink(missing_ok=True)
            raise

    def reconcile(self) -> list[str]:
        """Remove index chunks of documents the relational store does not hold (after a crash)."""
        stored = {d.id for d in self.store.list_documents()}
        for f in self.files_dir.iterdir():
            if f.stem.split(".")[0] not in stored:
                f.unlink(missing_ok=True)
        orphans = sorted(self.index.document_ids() - stored)
        for doc_id in orphans:
            self.index.delete_document(doc_id)
        if orphans:
            log.warning("removed index chunks of %d incomplete documents", len(orphans))
        return orphans

    def ingest_paths(self, paths: list[Path], progress: Callable | None = None) -> list[IngestResult]:
        files = expand_paths(paths)
        results = []
        for f in (progress(files) if progress else files):
            results.append(self.ingest_file(f))
        return results
