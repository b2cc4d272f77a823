"""One file -> ParsedDocument: the reader gives a Layout; tables, facts, prose, catalogue and
performance targets are built from it the same way for text and PDF."""
from __future__ import annotations

import hashlib
import logging
from pathlib import Path

from core.types import (CatalogueEntry, Document, ParsedDocument, Passage, PerformanceTarget, Table)
from ingest import metadata
from ingest.catalogue import parse_catalogue
import re

from core.numbers import parse_amount
from ingest.layout import TITLE_NUMBER, UNIT, Layout, RawTable

PERF_TITLE = re.compile(r"绩效目标(填报)?表$")
from ingest.performance import parse_performance
from ingest.prose import read_prose
from ingest.tables import build_table, facts_from_table, row_label

log = logging.getLogger(__name__)


class IngestError(ValueError):
    """A file that cannot be ingested; the message names the file and the reason."""


def document_id(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:16]


def parse_file(path: Path, data: bytes, max_pages: int = 500, on_page=None) -> ParsedDocument:
    """Bytes of a .pdf or .txt file -> ParsedDocument. Raises IngestError with one clear sentence.
    `on_page(k, n)`: pages read so far, for progress."""
    kind = detect_type(path.name, data)
    doc_id = document_id(data)
    if kind == "txt":
        from ingest.text_reader import decode, read_text
        try:
            text = decode(data, path.name)
        except ValueError as exc:
            raise IngestError(str(exc)) from None
        if not text.strip():
            raise IngestError(f"{path.name}: the file is empty")
        layout = read_text(text)
        source_type = "txt"
    else:
        from ingest.pdf_reader import read_pdf
        layout = read_pdf(path.name, data, max_pages=max_pages, on_page=on_page)
        source_type = "pdf"
    return build_document(doc_id, path, source_type, layout)


def detect_type(name: str, data: bytes) -> str:
    """'pdf' or 'txt' from the content (a PDF header wins over the name); IngestError otherwise."""
    suffix = Path(name).suffix.lower()
    if b"%PDF-" in data[:1024]:
        return "pdf"
    if suffix == ".pdf":
        raise IngestError(f"{name}: not a PDF file (no %PDF header)")
    if suffix == ".txt":
        return "txt"
    raise IngestError(f"{name}: unsupported file type {suffix or '(none)'}; use .pdf or .txt")


def build_document(doc_id: str, path: Path, source_type: str, layout: Layout) -> ParsedDocument:
    """Layout -> typed tables, facts, passages, catalogue entries and performance targets."""
    tables: list[Table] = []
    catalogue: list[CatalogueEntry] = []
    performance_grids = []
    for raw in split_performance(layout.tables):
        lift_title_cells(raw)
        seq = len(tables)
        if "目录" in raw.title and raw.grid and raw.grid[0] and (raw.grid[0][0] or "").strip() == "代码":
            table = build_table(doc_id, seq, raw.title, None, [], [], line_start=raw.line_start,
                                line_end=raw.line_end)
            table.kind, table.columns = "catalogue", [(c or "").strip() for c in raw.grid[0]]
            table.rows = [[(c or "").strip() for c in r] for r in raw.grid[1:]]
            table.row_pages = list(raw.pages[1:])
            table.page = raw.pages[0] if raw.pages else None
            catalogue += parse_catalogue(doc_id, raw.grid, raw.pages)
        else:
            table = build_table(doc_id, seq, raw.title or "未命名表格", raw.unit, raw.grid, raw.pages,
                                number=raw.number, boxes=raw.boxes, line_start=raw.line_start,
                                line_end=raw.line_end, note=raw.note)
            if table.kind == "performance":
                table.columns = [f"列{i + 1}" for i in range(len(table.columns))]
                table.rows = [[(c or "").strip() for c in r] for r in raw.grid]
                table.row_pages = list(raw.pages)
                performance_grids.append((raw, table))
        tables.append(table)
    inherit_units(tables)
    facts = [f for t in tables for f in facts_from_table(t)]
    project_amounts, project_unit = project_list(tables)
    performance: list[PerformanceTarget] = []
    for raw, table in performance_grids:
        target = parse_performance(doc_id, raw.grid, raw.pages, project_amounts, project_unit,
                                   raw.line_start, raw.line_end)
        if target:
            performance.append(target)
            # the title as printed ('财政项目支出绩效目标填报表'), named by its project
            printed = raw.title if raw.title and "绩效目标" in raw.title else "项目支出绩效目标表"
            table.title = f"{printed}：{target.project}"
    passages, stated = read_prose(doc_id, layout.lines)
    passages += catalogue_passages(doc_id, catalogue, start_seq=len(passages))
    all_text = "\n".join(l.text for l in layout.lines[:400]) + "\n" + "\n".join(
        "\t".join(c or "" for c in r) for t in layout.tables[:3] for r in t.grid[:3]) + \
        "\n".join(" ".join(t.context) for t in layout.tables[:5]) + "\n" + "\n".join(t.title for t in tables)
    meta = metadata.detect([l.text for l in layout.lines[:40]], all_text)
    document = Document(id=doc_id, name=path.name, path=str(path), source_type=source_type,
                        department=meta["department"], year=meta["year"], kind=meta["kind"],
                        level=meta["level"], region=meta["region"], pages=layout.pages,
                        is_budget=meta["is_budget"])
    if not document.is_budget:
        document.warnings.append("not recognised as a budget disclosure; stored as a generic document")
    log.info("%s: %d tables, %d facts, %d passages, %d catalogue entries, %d performance tables",
             path.name, len(tables), len(facts), len(passages), len(catalogue), len(performance))
    return ParsedDocument(document, tables, facts, passages, stated, catalogue, performance)


def inherit_units(tables: list[Table]) -> None:
    """A table printed without its own 单位 line takes the unit of the table before it (units are often printed
    once for a run of tables), else the document's most common unit: never an amount without a unit."""
    units = [t.unit for t in tables if t.unit]
    common = max(set(units), key=units.count) if units else None
    previous = None
    for t in tables:
        if t.unit:
            previous = t.unit
        elif t.kind not in ("performance", "catalogue") and (previous or common):
            t.unit = previous or common


def lift_title_cells(raw: RawTable) -> None:
    """Title, number, department and unit printed inside the ruled grid (first rows) -> the table's own fields.
    A cell may hold several printed lines ('财政拨款支出预算表\n部门：… 单位：万元'): each is read on its own."""
    for row in raw.grid[:3]:
        # '部门：' in one cell and the department's name in the next: both are the table's caption, not a header
        after_label = [i + 1 for i, c in enumerate(row[:-1]) if re.fullmatch(r"\s*(部门|单位|编制部门|部门名称)\s*[:：]\s*", c or "")]
        for i in after_label:
            if (row[i] or "").strip():
                raw.context.append(f"部门：{row[i].strip()}")
                row[i] = None
        for i, cell in enumerate(row):
            kept = []
            printed: list[str] = []
            for text in (cell or "").split("\n"):      # '…支出预算' + '表': a title wrapped before its last word
                if printed and len(text.strip()) <= 2 and text.strip().endswith("表"):
                    printed[-1] += text.strip()
                else:
                    printed.append(text)
            for text in printed:
                text = text.strip()
                m = UNIT.search(text)
                if m:
                    raw.unit = raw.unit or m.group(1)
                elif re.search(r"单位[:：]\s*万$", text):      # '单位：万' with 元 pushed to another cell
                    raw.unit, m = raw.unit or "万元", True
                n = TITLE_NUMBER.fullmatch(re.sub(r"\s+", "", text))
                if n:
                    raw.number = raw.number or n.group(1)
                elif re.match(r"^(部门名称|编制部门|编制单位|预算单位|部门)\s*[:：]", text) or m and len(text) < 12:
                    raw.context.append(text)        # kept for the document's metadata
                elif (not raw.title or raw.title == text) and 2 < len(text) <= 50 and \
                        re.search(r"表$", re.sub(r"[（(][^（()）]*[)）]$", "", text)):
                    raw.title = text
                else:
                    kept.append(text)
            if cell and len(kept) < len(printed):
                row[i] = "\n".join(kept) or None
    kept = [i for i, r in enumerate(raw.grid) if any((c or "").strip() for c in r)]
    if kept and len(kept) < len(raw.grid):      # rows, their pages and their boxes stay aligned
        start = raw.pages[0] if raw.pages else None
        raw.grid = [raw.grid[i] for i in kept]
        raw.pages = [raw.pages[i] for i in kept] if len(raw.pages) > max(kept) else raw.pages
        if raw.pages and not any(parse_amount(c) is not None for c in raw.grid[0]):
            raw.pages[0] = start        # the table starts on the page of its title (a header row, not cited)
        raw.boxes = [raw.boxes[i] for i in kept] if raw.boxes and len(raw.boxes) > max(kept) else raw.boxes


def split_performance(raws: list[RawTable]) -> list[RawTable]:
    """A run of performance-target tables joined across pages -> one RawTable per project."""
    out = []
    for raw in raws:
        starts = [i for i, r in enumerate(raw.grid) if r and PERF_TITLE.search((r[0] or "").replace("\n", ""))]
        if len(starts) <= 1 or starts[0] != 0:
            out.append(raw)
            continue
        for a, b in zip(starts, starts[1:] + [len(raw.grid)]):
            out.append(RawTable(grid=raw.grid[a:b], pages=raw.pages[a:b],
                                boxes=(raw.boxes or [None] * len(raw.grid))[a:b], unit="元"))
    return out


def project_list(tables: list[Table]) -> tuple[dict, str | None]:
    """Project name -> amount of the 项目支出 list (current year), and its unit."""
    for table in tables:
        if table.kind == "project_list" and table.rows:
            amounts = {}
            for row in table.rows:
                code, name, start = row_label(table, row)
                if start < len(row) and name and not name.endswith(("局", "合计", "办事处", "院")):
                    value = parse_amount(row[start])
                    if value is not None:
                        amounts[name] = value
            if amounts:
                return amounts, table.unit
    return {}, None


def catalogue_passages(doc_id: str, entries: list[CatalogueEntry], start_seq: int) -> list[Passage]:
    """One retrieval passage per department section and level-2 group of the catalogue."""
    groups: dict[tuple[str, str], list[CatalogueEntry]] = {}
    for e in entries:
        key = (e.department, e.code[:3] if len(e.code) >= 3 else e.code)
        groups.setdefault(key, []).append(e)
    out = []
    for i, ((department, group), items) in enumerate(groups.items()):
        text = f"{department} 政府购买服务指导性目录 " + "；".join(f"{e.code} {e.name}" for e in items)
        out.append(Passage(doc_id, "catalogue", department, group, text, items[0].page, start_seq + i,
                           {"department": department, "codes": [e.code for e in items]}))
    return out
