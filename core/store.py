"""Relational store of documents, tables, facts, passages, catalogue and performance targets.

SQLAlchemy Core, so an SQLite file (default) or a server database (PostgreSQL) works by URL.
A document is written in one transaction: it is there whole or not at all.
"""
from __future__ import annotations

import logging
import threading
from decimal import Decimal
from pathlib import Path

from sqlalchemy import (JSON, Boolean, Column, Integer, MetaData, String, Table as SqlTable, Text,
                        create_engine, delete, insert, select)

from core.types import (CatalogueEntry, Document, Fact, ParsedDocument, Passage, PerformanceTarget,
                        StatedFact, Table)

log = logging.getLogger(__name__)
metadata = MetaData()

documents = SqlTable(
    "documents", metadata,
    Column("id", String(32), primary_key=True), Column("name", Text), Column("path", Text),
    Column("source_type", String(8)), Column("department", Text), Column("year", Integer),
    Column("kind", String(8)), Column("level", String(8)), Column("region", Text),
    Column("pages", Integer), Column("is_budget", Boolean), Column("warnings", JSON))
tables = SqlTable(
    "tables", metadata,
    Column("id", String(32), primary_key=True), Column("doc_id", String(32), index=True),
    Column("seq", Integer), Column("title", Text), Column("number", Text), Column("kind", String(32)),
    Column("unit", String(8)), Column("page", Integer), Column("page_end", Integer),
    Column("line_start", Integer), Column("line_end", Integer), Column("columns", JSON), Column("rows", JSON),
    Column("row_pages", JSON), Column("row_boxes", JSON), Column("empty_note", Text))
facts = SqlTable(
    "facts", metadata,
    Column("id", String(32), primary_key=True), Column("doc_id", String(32), index=True),
    Column("table_id", String(32)), Column("table_kind", String(32)), Column("row_index", Integer),
    Column("code", String(16)), Column("label", Text), Column("column_name", Text),
    Column("value", String(40)), Column("unit", String(8)), Column("page", Integer),
    Column("col_index", Integer))
passages = SqlTable(
    "passages", metadata,
    Column("id", String(32), primary_key=True), Column("doc_id", String(32), index=True),
    Column("kind", String(16)), Column("section", Text), Column("title", Text), Column("text", Text),
    Column("page", Integer), Column("seq", Integer), Column("meta", JSON))
stated = SqlTable(
    "stated_facts", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True), Column("doc_id", String(32), index=True),
    Column("passage_id", String(32)), Column("value", String(40)), Column("unit", String(16)),
    Column("context", Text), Column("sentence", Text), Column("page", Integer))
catalogue = SqlTable(
    "catalogue", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True), Column("doc_id", String(32), index=True),
    Column("department", Text), Column("code", String(16)), Column("level", Integer), Column("name", Text),
    Column("page", Integer), Column("line", Integer), Column("parent_codes", JSON))
performance = SqlTable(
    "performance", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True), Column("doc_id", String(32), index=True),
    Column("project", Text), Column("printed_name", Text), Column("total_funding", String(40)),
    Column("annual_funding", String(40)), Column("unit", String(8)), Column("fields", JSON),
    Column("indicators", JSON), Column("page", Integer), Column("line_start", Integer),
    Column("line_end", Integer))
CHILD_TABLES = (tables, facts, passages, stated, catalogue, performance)


def _dec(text: str | None) -> Decimal | None:
    return None if text is None else Decimal(text)


class Store:
    """Documents and everything extracted from them, by SQLAlchemy URL."""

    def __init__(self, url: str):
        if not url:
            raise ValueError("a database URL is required")
        if url.startswith("sqlite:///"):
            Path(url[len("sqlite:///"):]).parent.mkdir(parents=True, exist_ok=True)
        self.url = url
        self.engine = create_engine(url, future=True)
        metadata.create_all(self.engine)
        self._lock = threading.Lock()

    def has(self, doc_id: str) -> bool:
        with self.engine.connect() as conn:
            return conn.execute(select(documents.c.id).where(documents.c.id == doc_id)).first() is not None

    def save(self, parsed: ParsedDocument) -> None:
        """Replace the document and all its rows in one transaction."""
        d = parsed.document
        with self._lock, self.engine.begin() as conn:
            self._delete(conn, d.id)
            conn.execute(insert(documents), [dict(
                id=d.id, name=d.name, path=d.path, source_type=d.source_type, department=d.department,
                year=d.year, kind=d.kind, level=d.level, region=d.region, pages=d.pages,
                is_budget=d.is_budget, warnings=d.warnings)])
            if parsed.tables:
                conn.execute(insert(tables), [dict(
                    id=t.id, doc_id=t.doc_id, seq=t.seq, title=t.title, number=t.number, kind=t.kind,
                    unit=t.unit, page=t.page, page_end=t.page_end, line_start=t.line_start,
                    line_end=t.line_end, columns=t.columns, rows=t.rows, row_pages=t.row_pages,
                    row_boxes=t.row_boxes, empty_note=t.empty_note) for t in parsed.tables])
            if parsed.facts:
                conn.execute(insert(facts), [dict(
                    id=f.id, doc_id=f.doc_id, table_id=f.table_id, table_kind=f.table_kind,
                    row_index=f.row_index, code=f.code, label=f.label, column_name=f.column,
                    value=str(f.value), unit=f.unit, page=f.page, col_index=f.col_index) for f in parsed.facts])
            if parsed.passages:
                conn.execute(insert(passages), [dict(
                    id=p.id, doc_id=p.doc_id, kind=p.kind, section=p.section, title=p.title, text=p.text,
                    page=p.page, seq=p.seq, meta=p.meta) for p in parsed.passages])
            if parsed.stated:
                conn.execute(insert(stated), [dict(
                    doc_id=s.doc_id, passage_id=s.passage_id, value=str(s.value), unit=s.unit,
                    context=s.context, sentence=s.sentence, page=s.page) for s in parsed.stated])
            if parsed.catalogue:
                conn.execute(insert(catalogue), [dict(
                    doc_id=c.doc_id, department=c.department, code=c.code, level=c.level, name=c.name,
                    page=c.page, line=c.line, parent_codes=c.parent_codes) for c in parsed.catalogue])
            if parsed.performance:
                conn.execute(insert(performance), [dict(
                    doc_id=p.doc_id, project=p.project, printed_name=p.printed_name,
                    total_funding=None if p.total_funding is None else str(p.total_funding),
                    annual_funding=None if p.annual_funding is None else str(p.annual_funding),
                    unit=p.unit, fields=p.fields, indicators=p.indicators, page=p.page,
                    line_start=p.line_start, line_end=p.line_end) for p in parsed.performance])

    def delete(self, doc_id: str) -> None:
        with self._lock, self.engine.begin() as conn:
            self._delete(conn, doc_id)

    @staticmethod
    def _delete(conn, doc_id: str) -> None:
        for t in CHILD_TABLES:
            conn.execute(delete(t).where(t.c.doc_id == doc_id))
        conn.execute(delete(documents).where(documents.c.id == doc_id))

    def list_documents(self) -> list[Document]:
        with self.engine.connect() as conn:
            rows = conn.execute(select(documents).order_by(documents.c.name)).mappings().all()
        return [Document(**{k: r[k] for k in r.keys()}) for r in rows]

    def load(self, doc_id: str) -> ParsedDocument:
        """Everything stored for one document, as the dataclasses ingest produced."""
        with self.engine.connect() as conn:
            doc = conn.execute(select(documents).where(documents.c.id == doc_id)).mappings().first()
            if doc is None:
                raise KeyError(doc_id)
            def rows(t, order):
                return conn.execute(select(t).where(t.c.doc_id == doc_id).order_by(order)).mappings().all()
            table_rows = rows(tables, tables.c.seq)
            fact_rows = rows(facts, facts.c.id)
            passage_rows = rows(passages, passages.c.seq)
            stated_rows = rows(stated, stated.c.id)
            catalogue_rows = rows(catalogue, catalogue.c.id)
            performance_rows = rows(performance, performance.c.id)
        document = Document(**dict(doc))
        table_list = [Table(doc_id=r["doc_id"], seq=r["seq"], title=r["title"], kind=r["kind"], unit=r["unit"],
                            page=r["page"], page_end=r["page_end"], columns=r["columns"], rows=r["rows"],
                            line_start=r["line_start"], line_end=r["line_end"], number=r["number"],
                            row_pages=r["row_pages"] or [], row_boxes=r["row_boxes"] or [],
                            empty_note=r["empty_note"]) for r in table_rows]
        fact_list = [Fact(doc_id=r["doc_id"], table_id=r["table_id"], table_kind=r["table_kind"],
                          row_index=r["row_index"], code=r["code"], label=r["label"], column=r["column_name"],
                          value=Decimal(r["value"]), unit=r["unit"], page=r["page"], col_index=r["col_index"] or 0)
                     for r in fact_rows]
        fact_list.sort(key=lambda f: (f.table_id, f.row_index, f.col_index))
        passage_list = [Passage(doc_id=r["doc_id"], kind=r["kind"], section=r["section"], title=r["title"],
                                text=r["text"], page=r["page"], seq=r["seq"], meta=r["meta"] or {})
                        for r in passage_rows]
        stated_list = [StatedFact(doc_id=r["doc_id"], passage_id=r["passage_id"], value=Decimal(r["value"]),
                                  unit=r["unit"], context=r["context"], sentence=r["sentence"], page=r["page"])
                       for r in stated_rows]
        catalogue_list = [CatalogueEntry(doc_id=r["doc_id"], department=r["department"], code=r["code"],
                                         level=r["level"], name=r["name"], page=r["page"], line=r["line"],
                                         parent_codes=r["parent_codes"] or []) for r in catalogue_rows]
        performance_list = [PerformanceTarget(doc_id=r["doc_id"], project=r["project"],
                                              printed_name=r["printed_name"],
                                              total_funding=_dec(r["total_funding"]),
                                              annual_funding=_dec(r["annual_funding"]), unit=r["unit"],
                                              fields=r["fields"] or {}, indicators=r["indicators"] or [],
                                              page=r["page"], line_start=r["line_start"], line_end=r["line_end"])
                            for r in performance_rows]
        return ParsedDocument(document, table_list, fact_list, passage_list, stated_list, catalogue_list,
                              performance_list)
