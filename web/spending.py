"""'Where does the money go' questions: when the engine finds no single figure, the card shows the spending by
function class of each document in scope (the engine's overview numbers), cited to the printed table."""
from __future__ import annotations

import re

from core.overview import _main_table
from core.types import Answer, AnswerFact, AnswerItem, Citation
from web.charts import amount

WORDS = re.compile(r"where does (the|its|their) money go|spend(s|ing)? (its|the|their) money|money (is )?spent|"
                   r"spending breakdown|breakdown of spending|钱(都)?花(在|到)(了)?哪|花在哪|支出结构|支出构成|钱用在哪", re.I)


def asks_breakdown(question: str) -> bool:
    return bool(WORDS.search(question))


def breakdown(engine, question: str, lang: str, docs) -> list[Answer]:
    """One list answer per document: its function classes with amounts, citing the expenditure table."""
    out = []
    for d in docs:
        parsed = engine.find_document(d.id)
        rows = engine.overview(d.id).get("function_class", []) if parsed else []
        table = _main_table(parsed) if parsed else None
        if not rows or table is None:
            continue
        a = Answer(question, lang, "list", "", document=d.name)
        n = a.cite(Citation(d.name, table=table.display_title, page=table.page, rows=[r[0] for r in rows],
                            table_id=table.id))
        label = "total spending" if lang == "en" else "支出合计"
        printed = min((f for f in parsed.facts if f.table_id == table.id and f.label in ("合计", "本年支出合计")),
                      key=lambda f: f.col_index, default=None)
        if printed is not None:     # the printed total, not a re-added one that may differ by rounding
            m = a.cite(Citation(d.name, table=table.display_title, page=printed.page or table.page,
                                rows=[printed.label], table_id=table.id))
            a.facts = [AnswerFact(label, printed.value, printed.unit, None, [m])]
        else:
            total = sum(r[1] for r in rows)
            formula = " + ".join(amount(r[1]) for r in rows) + f" = {amount(total)}"
            a.facts = [AnswerFact(label, total, rows[0][2], formula, [n])]
        a.items = [AnswerItem(name.split(" ", 1)[0], name.split(" ", 1)[-1], value, unit, [n])
                   for name, value, unit in rows]
        out.append(a)
    return out
