"""A persistent embedding cache: each distinct text is embedded once per model, whatever document prints it.

Most embedded heads repeat across disclosures (工资福利支出, 基本支出, table titles, standard prose), so the
marginal document of a corpus embeds only what is new. Vectors live in one SQLite file keyed by (model,
sha1(text)); it is derived data and may be deleted at any time."""
from __future__ import annotations

import hashlib
import sqlite3
import threading
from array import array
from pathlib import Path

from langchain_core.embeddings import Embeddings


class CachedEmbedder(Embeddings):
    def __init__(self, inner: Embeddings, path: Path, model: str):
        self.inner = inner
        self.model = model
        self._lock = threading.Lock()
        path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(str(path), check_same_thread=False, timeout=30)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("CREATE TABLE IF NOT EXISTS vectors (model TEXT, key TEXT, vec BLOB, PRIMARY KEY (model, key))")
        self._db.commit()
        self.hits = self.misses = 0

    @staticmethod
    def _key(text: str) -> str:
        return hashlib.sha1(text.encode("utf-8")).hexdigest()

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        keys = [self._key(t) for t in texts]
        found: dict[str, list[float]] = {}
        with self._lock:
            for start in range(0, len(keys), 500):
                part = keys[start:start + 500]
                rows = self._db.execute(
                    f"SELECT key, vec FROM vectors WHERE model = ? AND key IN ({','.join('?' * len(part))})",
                    [self.model, *part]).fetchall()
                found.update((k, array("f", v).tolist()) for k, v in rows)
        missing = list(dict.fromkeys(t for t, k in zip(texts, keys) if k not in found))
        self.hits += len(texts) - len(missing)
        self.misses += len(missing)
        if missing:
            vectors = self.inner.embed_documents(missing)
            with self._lock:
                self._db.executemany("INSERT OR REPLACE INTO vectors VALUES (?, ?, ?)",
                                     [(self.model, self._key(t), array("f", v).tobytes())
                                      for t, v in zip(missing, vectors)])
                self._db.commit()
            found.update((self._key(t), list(v)) for t, v in zip(missing, vectors))
        return [found[k] for k in keys]

    def embed_query(self, text: str) -> list[float]:
        return self.inner.embed_query(text)
