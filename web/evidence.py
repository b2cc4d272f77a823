"""The evidence panel: per citation the cited table cut around the used rows (used cells marked, numbers right
aligned, empty columns dropped), the PDF page zoomed to the boxed rows, or the cited source text."""
from __future__ import annotations

import base64
import html
import logging
import re
from decimal import Decimal, InvalidOperation
from pathlib import Path

from core.types import Citation, ParsedDocument, Table
from web.vocab import doc_title

log = logging.getLogger(__name__)
NUMBER = re.compile(r"^-?[\d,]+(\.\d+)?%?$")
CONTEXT_ROWS = 2
MAX_ROWS = 30


def _doc(engine, name: str) -> ParsedDocument | None:
    return engine.find_document(name)


def _value(cell: str) -> Decimal | None:
    try:
        return Decimal(cell.replace(",", "")) if NUMBER.match(cell.strip()) else None
    except InvalidOperation:
        return None


def hit_rows(table: Table, labels: list[str]) -> list[int]:
    """Rows a citation names: its label printed in the row and, when the label starts with a code, that code."""
    out = []
    for n, row in enumerate(table.rows):
        code = ""
        for x in row:       # code columns (类/款/项) come before the name; amounts after it
            if x and not x.isdigit():
                break
            code += x
        for label in labels:
            parts = label.split(" ")
            name, want = parts[-1], parts[0] if len(parts) > 1 and parts[0].isdigit() else None
            if name in row and (want is None or not code or code == want or want in row):
                out.append(n)
                break
    return out


def _window(hits: list[int], size: int) -> list[int | None]:
    """Row numbers to show: the hits with a little context; None marks a gap."""
    keep = sorted({i for h in hits for i in range(h - CONTEXT_ROWS, h + CONTEXT_ROWS + 1) if 0 <= i < size})
    out: list[int | None] = []
    for i in keep[:MAX_ROWS]:
        if out and out[-1] is not None and i != out[-1] + 1:
            out.append(None)
        out.append(i)
    return out


def header_rows(columns: list[str]) -> str:
    """Flattened column names ('a/b/c') back as stacked header rows, equal neighbours merged."""
    paths = [c.split("/") for c in columns]
    depth = max((len(p) for p in paths), default=1)
    rows = []
    for level in range(depth):
        cells, n = [], 0
        while n < len(paths):
            p = paths[n]
            if level >= len(p):
                n += 1
                continue
            span = 1
            while n + span < len(paths) and len(paths[n + span]) > level and \
                    paths[n + span][:level + 1] == p[:level + 1] and level < len(p) - 1:
                span += 1
            rowspan = depth - level if level == len(p) - 1 else 1
            cells.append(f"<th colspan='{span}' rowspan='{rowspan}'>{html.escape(p[level])}</th>")
            n += span
        rows.append(f"<tr>{''.join(cells)}</tr>")
    return "".join(rows)


def table_html(table: Table, labels: list[str], values: set[Decimal]) -> str:
    hits = hit_rows(table, labels)
    if not hits:    # a wide table cited by its 合计 column: the rows printing the answer's value
        hits = [n for n, row in enumerate(table.rows) if any(_value(x) in values for x in row if _value(x) is not None)]
    shown = _window(hits, len(table.rows)) if hits else list(range(min(len(table.rows), 12)))
    body_rows = [table.rows[i] for i in shown if i is not None]
    width = max([len(table.columns)] + [len(r) for r in body_rows])
    keep = [c for c in range(width) if any(c < len(r) and r[c].strip() for r in body_rows)]
    head = header_rows([table.columns[c] if c < len(table.columns) else "" for c in keep])
    out = []
    for i in shown:
        if i is None:
            out.append(f"<tr class='ev-gap'><td colspan='{len(keep)}'>⋯</td></tr>")
            continue
        row = table.rows[i]
        cells = []
        for c in keep:
            cell = row[c] if c < len(row) else ""
            v = _value(cell)
            cls = ["num"] if v is not None else []
            if i in hits and v is not None and v in values:
                cls.append("ev-cell")
            cells.append(f"<td class='{' '.join(cls)}'>{html.escape(cell)}</td>")
        out.append(f"<tr class='{'ev-hit' if i in hits else ''}'>{''.join(cells)}</tr>")
    return f"<div class='ev-table'><table><thead>{head}</thead><tbody>{''.join(out)}</tbody></table></div>"


def page_image_html(engine, citation: Citation, folded: bool = False) -> str:
    try:
        path = engine.page_crop(citation)
    except Exception:       # a missing or unreadable stored PDF costs the picture, not the answer
        log.exception("page image failed")
        return ""
    if not path:
        return ""
    data = base64.b64encode(Path(path).read_bytes()).decode()
    img = f"<img class='ev-page' alt='p.{citation.page}' src='data:image/png;base64,{data}'>"
    # a whole page (no row boxes) is small print: offered, not shown
    return f"<details><summary>原文页面 / page {citation.page}</summary>{img}</details>" if folded else img


def _source_lines(doc: ParsedDocument, table: Table | None, labels: list[str]) -> str:
    """For a text source: the printed lines of the cited rows, with their line numbers."""
    if table is None or table.line_start is None:
        return ""
    try:
        lines = Path(doc.document.path).read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return ""
    names = [lab.split(" ")[-1] for lab in labels]
    found = [(n, lines[n - 1]) for n in range(table.line_start, min(table.line_end or table.line_start, len(lines)) + 1)
             if any(name and name in lines[n - 1] for name in names)][:12]
    if not found:
        return ""
    items = "".join(f"<div><span class='ln'>{n}</span>{html.escape(text.strip())}</div>" for n, text in found)
    return f"<div class='ev-lines'><div class='ev-sub'>原文 / source lines</div>{items}</div>"


def _passage_text(doc: ParsedDocument, citation: Citation) -> str:
    """Glossary, catalogue and prose citations: the text they quote, whole."""
    parts = []
    for row in citation.rows:
        glossary = [p for p in doc.passages if p.kind == "glossary" and (p.title == row or row in (p.title or ""))]
        if glossary:
            parts += [f"<p><b>{html.escape(p.title or '')}</b> {html.escape(p.text)}</p>" for p in glossary[:1]]
            continue
        entries = [e for e in doc.catalogue if e.department == row]
        if entries:
            rows = "".join(f"<tr><td>{html.escape(e.code)}</td><td>{html.escape(e.name)}</td><td class='num'>"
                           f"p.{e.page or ''}</td></tr>" for e in entries[:80])
            parts.append(f"<div class='ev-table'><table><thead><tr><th>代码</th><th>{html.escape(row)}</th><th></th>"
                         f"</tr></thead><tbody>{rows}</tbody></table></div>")
            continue
        probe = row.rstrip("… ")[:40]
        prose = next((p for p in doc.passages if probe and probe in p.text), None)
        if prose:
            text = html.escape(prose.text)
            start = text.find(html.escape(probe))
            end = text.find("。", start)
            end = len(text) if end < 0 else end + 1
            parts.append(f"<p class='ev-prose'>{text[:start]}<mark>{text[start:end]}</mark>{text[end:]}</p>")
        else:
            parts.append(f"<p class='ev-prose'>{html.escape(row)}</p>")
    return "".join(parts)


def evidence_item(engine, number: int, citation: Citation, values: set[Decimal], turn: int) -> str:
    doc = _doc(engine, citation.document)
    table = next((t for t in doc.tables if t.id == citation.table_id), None) if doc and citation.table_id else None
    where = html.escape(citation.table or citation.section or "")
    who = html.escape(doc_title(doc.document, "zh")) if doc else html.escape(citation.document)
    unit = f" · 单位 / unit: {html.escape(table.unit)}" if table is not None and table.unit else ""
    head = (f"<div class='ev-head'><span class='ev-n'>[{number + 1}]</span> <b>{where}</b><br>"
            f"<span class='muted'>{who} · p.{citation.page or '—'}{unit}</span></div>")
    body = ""
    if doc is not None:
        if table is not None:
            body = table_html(table, citation.rows, values)
            boxed = bool(hit_rows(table, citation.rows))    # the page image boxes the same rows
            body += page_image_html(engine, citation, folded=not boxed) or _source_lines(doc, table, citation.rows)
        else:
            body = _passage_text(doc, citation) + page_image_html(engine, citation, folded=True)
    return f"<section class='ev-item' id='ev-{turn}-{number}'>{head}{body}</section>"


def evidence_html(engine, turn: int, citations: list[Citation], values: set[Decimal]) -> str:
    if not citations:
        body = "<div class='muted'>此回答没有引用 / This answer cites nothing.</div>"
    else:
        body = "".join(evidence_item(engine, n, c, values, turn) for n, c in enumerate(citations[:12]))
    return f"<div class='ev-turn' data-turn='{turn}'>{body}</div>"
