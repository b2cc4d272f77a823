"""Edits of a parsed disclosure, for testing the audit by injected errors: a sentence of the explanation,
a table cell, a table title, a table dropped. Each edit reads the changed part again (facts, stated numbers),
so the audit sees the document as if it had been printed that way. Text is matched ignoring whitespace."""
from __future__ import annotations

import re

from core.types import ParsedDocument
from ingest.prose import stated_numbers
from ingest.tables import facts_from_table


def _bare(text: str) -> str:
    return re.sub(r"\s+", "", text or "")


def table(doc: ParsedDocument, words: str):
    return next(t for t in doc.tables if _bare(words) in _bare(t.display_title))


def refresh(doc: ParsedDocument, t) -> None:
    """Read a changed table's facts again (its id follows its title)."""
    doc.facts = [f for f in doc.facts if f.table_id != t.id] + facts_from_table(t)


def set_cell(doc: ParsedDocument, t, label: str, column: int | None, value: str, old: str | None = None) -> None:
    """Print another figure in one cell of the row labelled `label` (the cell `column`, or the one printing `old`)."""
    row = next(r for r in t.rows if any(_bare(label) == _bare(c) or _bare(c).endswith(_bare(label)) for c in r if c))
    if column is None:
        column = next(i for i, c in enumerate(row) if _bare(c).replace(",", "") == _bare(old).replace(",", ""))
    row[column] = value
    refresh(doc, t)


def set_title(doc: ParsedDocument, t, title: str) -> None:
    doc.facts = [f for f in doc.facts if f.table_id != t.id]
    t.title, t.number = title, None
    doc.facts += facts_from_table(t)


def drop_table(doc: ParsedDocument, t) -> None:
    """The table and any line printing its title are gone."""
    doc.tables.remove(t)
    doc.facts = [f for f in doc.facts if f.table_id != t.id]
    doc.passages = [p for p in doc.passages if _bare(p.text) != _bare(t.title)]


def edit_text(doc: ParsedDocument, old: str, new: str) -> None:
    """Change one run of the explanation; its stated numbers are read again."""
    p = next(p for p in doc.passages if p.kind != "contents" and _bare(old) in _bare(p.text))
    before = p.id
    p.text = p.text.replace(old, new, 1) if old in p.text else _bare(p.text).replace(_bare(old), new, 1)
    doc.stated = [s for s in doc.stated if s.passage_id != before] + stated_numbers(doc.document.id, p)


def apply(doc: ParsedDocument, edit: dict) -> None:
    """One edit as written in eval/audit_heldout/*.json."""
    if edit["op"] == "text":
        edit_text(doc, edit["old"], edit["new"])
    elif edit["op"] == "cell":
        set_cell(doc, table(doc, edit["table"]), edit["row"], None, edit["new"], edit["old"])
    elif edit["op"] == "title":
        set_title(doc, table(doc, edit["table"]), edit["new"])
    elif edit["op"] == "drop_table":
        drop_table(doc, table(doc, edit["table"]))
    else:
        raise ValueError(f"unknown edit {edit['op']!r}")
