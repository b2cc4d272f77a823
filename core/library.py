"""The stored documents as the answer path sees them: an index of document metadata read from SQL (department,
region, year, kind), and a bounded cache of loaded documents. Nothing loads the whole corpus: a question's scope
is resolved on the metadata first, and only the documents in scope are read from the store."""
from __future__ import annotations

import threading
from collections import Counter, OrderedDict, defaultdict

from sqlalchemy import select

from core.store import Store, documents as documents_table
from core.types import Document, ParsedDocument
from retrieval.chunks import Chunk, make_chunks
from retrieval.index import LexicalIndex


def pairs(text: str) -> set[str]:
    """Character pairs: a question names a department only if it shares one with the department's name."""
    return {text[i:i + 2] for i in range(len(text) - 1)}


class Library:
    """Document metadata (all of it; a few hundred bytes per document) and up to `cache_size` loaded documents."""

    def __init__(self, store: Store, cache_size: int = 256):
        self.store = store
        self.cache_size = max(1, cache_size)
        self._meta: dict[str, Document] = {}
        self._by_bigram: dict[str, set[str]] = defaultdict(set)      # name bigram -> departments
        self._loaded: OrderedDict[str, tuple[ParsedDocument, list[Chunk], set[str]]] = OrderedDict()
        self._lexical: OrderedDict[tuple, LexicalIndex] = OrderedDict()
        self._lock = threading.RLock()
        self._loading: dict[str, threading.Lock] = {}

    # ---- metadata ------------------------------------------------------------------------------------
    def refresh(self) -> bool:
        """Re-read the document index; True when documents came or went. Only ids are read unless they changed
        (a store of 10,000 documents answers that in milliseconds)."""
        table = documents_table
        with self.store.engine.connect() as conn:
            ids = set(conn.execute(select(table.c.id)).scalars())
            if ids == self._meta.keys():
                return False
            new = sorted(ids - self._meta.keys())
            rows = []
            for start in range(0, len(new), 500):
                rows += conn.execute(select(table).where(table.c.id.in_(new[start:start + 500]))).mappings().all()
        meta = {i: d for i, d in self._meta.items() if i in ids}
        meta.update((r["id"], Document(**dict(r))) for r in rows)
        meta = dict(sorted(meta.items(), key=lambda kv: kv[1].name))
        with self._lock:
            self._meta = meta
            self._by_bigram = defaultdict(set)
            for d in meta.values():
                for pair in pairs(d.department or ""):
                    self._by_bigram[pair].add(d.department)
            for gone in [i for i in self._loaded if i not in meta]:
                del self._loaded[gone]
            self._lexical.clear()
            return True

    def __len__(self) -> int:
        return len(self._meta)

    def documents(self) -> list[Document]:
        return list(self._meta.values())

    def departments_near(self, text: str, most: int = 64) -> set[str]:
        """The departments whose names share the most character pairs with the text (at most `most`): a name the
        question prints shares all of its pairs, a namesake in another region all but the region's."""
        shared: Counter = Counter()
        for pair in pairs(text) & self._by_bigram.keys():
            shared.update(self._by_bigram[pair])
        return {name for name, _ in shared.most_common(most)}

    def find(self, ref: str) -> Document | None:
        """A document by id, id prefix, file name or department name."""
        docs = self._meta.values()
        for test in (lambda d: ref in (d.id, d.name), lambda d: d.id.startswith(ref),
                     lambda d: bool(d.department) and ref in d.department, lambda d: ref in d.name):
            hit = next((d for d in docs if test(d)), None)
            if hit is not None:
                return hit
        return None

    # ---- loaded documents ----------------------------------------------------------------------------
    def _entry(self, doc_id: str):
        with self._lock:
            entry = self._loaded.get(doc_id)
            if entry is not None:
                self._loaded.move_to_end(doc_id)
                return entry
            loading = self._loading.setdefault(doc_id, threading.Lock())
        with loading:           # one read per document however many requests want it at once
            with self._lock:
                entry = self._loaded.get(doc_id)
            if entry is None:
                parsed = self.store.load(doc_id)       # outside the library lock: other documents go on
                entry = (parsed, make_chunks(parsed), {f.label for f in parsed.facts})
                with self._lock:
                    self._loaded[doc_id] = entry
                    while len(self._loaded) > self.cache_size:
                        self._loaded.popitem(last=False)
        with self._lock:
            self._loading.pop(doc_id, None)
        return entry

    def load(self, doc_id: str) -> ParsedDocument:
        return self._entry(doc_id)[0]

    def load_many(self, docs: list[Document]) -> list[ParsedDocument]:
        return [self.load(d.id) for d in docs]

    def labels(self, doc_id: str) -> set[str]:
        return self._entry(doc_id)[2]

    def all(self):
        """Every stored document, loaded one at a time (audits and evals over the whole store)."""
        for d in self.documents():
            yield self.load(d.id)

    def lexical(self, doc_ids: list[str] | None) -> LexicalIndex:
        """A BM25 index over the given documents' chunks (None = every document), the last few kept."""
        ids = tuple(sorted(doc_ids if doc_ids is not None else self._meta))
        with self._lock:
            index = self._lexical.get(ids)
            if index is not None:
                self._lexical.move_to_end(ids)
                return index
        index = LexicalIndex()
        for doc_id in ids:
            if doc_id in self._meta:
                index.add(self._entry(doc_id)[1])
        with self._lock:
            self._lexical[ids] = index
            while len(self._lexical) > 8:
                self._lexical.popitem(last=False)
        return index
