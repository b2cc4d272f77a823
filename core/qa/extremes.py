"""The largest (or smallest) line: of the lines one level under a line the question names ('人大事务（款）下各项级
科目中最高的'), else of the most detailed lines of the spending table by function ('which single detailed spending
item gets the most money'). Each pick is a fact with the table's citation."""
from __future__ import annotations

import re

from core.qa.lists import _children, _name
from core.qa.words import CUES
from core.types import Answer, AnswerFact, Citation, Fact, ParsedDocument, format_decimal

EXTREME_MAX, EXTREME_MIN = re.compile(CUES["extreme_max"], re.I), re.compile(CUES["extreme_min"], re.I)
LINES_ASKED, DETAILED = re.compile(CUES["lines_asked"], re.I), re.compile(CUES["detailed_asked"], re.I)
BY_FUNCTION = ("expenditure", "general_budget")     # tables whose rows are 功能分类 lines


def named_row(doc: ParsedDocument, q: str) -> Fact | None:
    """The most specific coded line the question prints, of those with lines under them."""
    named = [f for f in doc.facts if f.code and len(_name(f.label)) >= 2 and _name(f.label) in q and _children(doc, f)]
    return max(named, key=lambda f: (len(f.code), len(_name(f.label))), default=None)


def row_of(fact, docs: list[ParsedDocument]) -> tuple[ParsedDocument, Fact] | None:
    """The table line a figure stated before was read from, when lines sit under it."""
    for doc in docs:
        for f in doc.facts:
            if f.value == fact.value and f.unit == fact.unit and _name(f.label) in fact.label and f.code \
                    and _children(doc, f):
                return doc, f
    return None


def _leaves(doc: ParsedDocument) -> list[Fact]:
    """The most detailed lines (项) of the first spending table by function, each once (its first column, 合计)."""
    for kind in BY_FUNCTION:
        table = next((t for t in doc.tables if t.kind == kind and any(f.table_id == t.id and f.code for f in doc.facts)),
                     None)
        if table is None:
            continue
        rows = [f for f in doc.facts if f.table_id == table.id and f.code]
        deepest = max(len(f.code) for f in rows)
        out, seen = [], set()
        for f in rows:
            if len(f.code) == deepest and f.code not in seen:
                seen.add(f.code)
                out.append(f)
        return out
    return []


def extreme_lines(question: str, q: str, lang: str, doc: ParsedDocument, label: str, row: Fact | None = None) -> Answer | None:
    top, low = EXTREME_MAX.search(q), EXTREME_MIN.search(q)
    if not (top or low) or not LINES_ASKED.search(q) or re.search(r"项目|project", q, re.I):
        return None
    row = row or named_row(doc, q)
    if row is None and not DETAILED.search(q):
        return None
    rows = _children(doc, row) if row else _leaves(doc)
    if len(rows) < 2 or len({f.unit for f in rows}) != 1:
        return None
    table = next(t for t in doc.tables if t.id == rows[0].table_id)
    a = Answer(question, lang, "number", "", document=doc.document.name)
    idx = a.cite(Citation(doc.document.name, table.display_title, None, rows[0].page or table.page,
                          [" ".join(x for x in (f.code, _name(f.label)) if x) for f in rows][:20], table_id=table.id))
    what = f"{row.code} {_name(row.label)}" if row else table.display_title
    said = []
    for asked, pick, zh, en in ((top, max, "最高", "the largest"), (low, min, "最低", "the smallest")):
        if asked:
            f = pick(rows, key=lambda x: x.value)
            a.facts.append(AnswerFact(f"{f.code} {_name(f.label)}", f.value, f.unit, None, [idx]))
            said.append(f"{zh}：{f.code} {_name(f.label)} {format_decimal(f.value)} {f.unit}" if lang == "zh" else
                        f"{en}: {_name(f.label)} ({f.code}) {format_decimal(f.value)} {f.unit}")
    a.answer = (f"{label}：{what} 下 {len(rows)} 项中，" + "；".join(said)) if lang == "zh" else \
        (f"{label}: of the {len(rows)} lines under {what}, " + "; ".join(said))
    return a
