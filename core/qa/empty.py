"""'公开10表有内容吗', 'does table 10 list any items': whether a table the question names holds any figure, answered
from what the table prints (its lines) and the note printed with it ('注：本部门无该项目')."""
from __future__ import annotations

import re
from decimal import Decimal

from core.qa.checks import named_tables
from core.qa.common import template
from core.qa.numbered import asked_numbers, number_of
from core.qa.words import CUES
from core.types import Answer, AnswerFact, Citation, ParsedDocument

ASKED = re.compile(CUES["empty_asked"], re.I)
NOTE = re.compile(CUES["empty_note"])


def empty_table(question: str, q: str, lang: str, doc: ParsedDocument, label: str) -> Answer | None:
    if not ASKED.search(q):
        return None
    numbers, titles = asked_numbers(q), named_tables(q, [doc])
    tables = [t for t in doc.tables if numbers and number_of(t) in numbers
              or not numbers and any(n in re.sub(r"20\d\d年度?|\s", "", t.title) for n in titles)]
    if len(tables) != 1:
        return None
    table = tables[0]
    held = [f for f in doc.facts if f.table_id == table.id and f.value]
    note = table.empty_note or next((m.group(0) for p in doc.passages if p.page in (table.page, table.page_end)
                                     for m in [NOTE.search(p.text)] if m), None)
    a = Answer(question, lang, "text", "", document=doc.document.name)
    idx = a.cite(Citation(doc.document.name, table.display_title, None, table.page, [note or table.title], table_id=table.id))
    if held:
        a.answer = template("table_not_empty", lang, doc=label, table=table.display_title, n=len(held))
        return a
    a.facts.append(AnswerFact(table.display_title, Decimal(0), table.unit or "万元", None, [idx]))
    said = (("：" if lang == "zh" else ": ") + note) if note else ("。" if lang == "zh" else ".")
    a.answer = template("table_empty", lang, doc=label, table=table.display_title, note=said)
    return a
