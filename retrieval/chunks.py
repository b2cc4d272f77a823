"""Retrieval chunks: one per table row (with title, columns and unit), paragraph, glossary term,
catalogue group and performance table. Ids are deterministic."""
from __future__ import annotations

from dataclasses import dataclass

from core.types import ParsedDocument, content_id


EMBED_CHARS = 48     # 1 ms per token; 48 chars retrieve as well as 96 (benchmarks/head_length.py)


@dataclass
class Chunk:
    id: str
    text: str
    metadata: dict
    head: str = ""      # the short text that gets embedded (defaults to the start of text)

    @property
    def embed_text(self) -> str:
        return (self.head or self.text)[:EMBED_CHARS]


def make_chunks(parsed: ParsedDocument) -> list[Chunk]:
    doc_id = parsed.document.id
    chunks: list[Chunk] = []
    for table in parsed.tables:
        if table.kind in ("catalogue", "performance"):
            continue            # covered by catalogue groups and performance summaries
        for i, row in enumerate(table.rows):
            cells = "；".join(f"{col}：{cell}" for col, cell in zip(table.columns, row) if cell)
            text = f"{table.display_title}（单位：{table.unit or '—'}）{cells}"
            page = table.row_pages[i] if i < len(table.row_pages) else table.page
            label = " ".join(c for c in row[:2] if c and not c.replace(".", "").isdigit())
            chunks.append(Chunk(content_id(table.id, "row", i), text,
                                {"doc_id": doc_id, "kind": "row", "table_id": table.id, "row": i,
                                 "page": page or 0}, head=f"{label}（{table.title}）"))
    for p in parsed.passages:
        if p.kind == "contents":        # the contents page answers nothing; the audit reads it
            continue
        text = f"{p.title}：{p.text}" if p.kind == "glossary" else p.text
        chunks.append(Chunk(p.id, text, {"doc_id": doc_id, "kind": p.kind, "passage_id": p.id,
                                         "page": p.page or 0}))
    for i, target in enumerate(parsed.performance):
        goals = "；".join(f"{x['三级指标']} {x['指标值']}" for x in target.indicators)
        text = f"项目支出绩效目标 {target.project} {target.fields.get('总体目标', '')} {goals}"
        chunks.append(Chunk(content_id(doc_id, "performance", i, target.project), text[:1500],
                            {"doc_id": doc_id, "kind": "performance", "project": target.project,
                             "page": target.page or 0}))
    return chunks
