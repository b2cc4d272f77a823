"""Where else the document prints a figure an answer states: the same row with the same value in another
table ('住房公积金' in 支出决算表 and in 一般公共预算财政拨款支出决算表), or the sentence of the explanation that
states it. A reader checking the answer finds it in whichever place they look first."""
from __future__ import annotations

import re
from decimal import Decimal

from core.qa.common import TOTAL_ROW, han_bigrams
from core.types import Answer, Citation, ParsedDocument

MORE_TABLES = 2         # extra places per figure: enough to corroborate, few enough to read
MORE_SENTENCES = 1


def _bare(label: str) -> str:
    """'（一）住房公积金（项）' and '住房公积金' name one row."""
    label = re.sub(r"^[（(]?[一二三四五六七八九十\d]+[)）、.．]\s*", "", label)
    return re.sub(r"[（(][类款项][)）]|\s", "", label)


def _same_row(x: str, y: str) -> bool:
    """One row by name, or the total of each table ('合计' / '支出总计')."""
    return _bare(x) == _bare(y) or bool(TOTAL_ROW.fullmatch(_bare(x)) and TOTAL_ROW.fullmatch(_bare(y)))


def _distinctive(value: Decimal) -> bool:
    """A value that two places hardly print by chance (not 0, not a small round count)."""
    return value != 0 and (value != value.to_integral_value() or abs(value) >= 100)


def _in_wan(value: Decimal, unit: str) -> set[tuple[Decimal, str]]:
    forms = {(value, unit)}
    if unit == "元":            # a table in 元, its explanation in 万元
        forms |= {((value / 10000).quantize(Decimal(q)), "万元") for q in ("0.01", "0.1")}
    return forms


def corroborate(a: Answer, docs: list[ParsedDocument], cite_fact) -> None:
    """Add to each stated (not computed) fact of `a` the other places the disclosure's files print it."""
    holder = {t.id: d for d in docs for t in d.tables}
    facts = [x for d in docs for x in d.facts]
    for f in a.facts:
        if f.formula and f.citations:
            _recomputable(a, f, facts, holder, cite_fact)
        if f.formula or not f.citations or not _distinctive(f.value):
            continue
        first = a.citations[f.citations[0]]
        seen: set[str] = set()
        if first.table_id:
            source = next((x for x in facts if x.table_id == first.table_id and x.value == f.value
                           and x.unit == f.unit), None)
            if source is None:
                continue
            seen.add(source.table_id)
            tables = [x for x in facts if x.value == source.value and x.unit == source.unit
                      and (_bare(x.label) == _bare(source.label) or source.code and x.code == source.code)]
            words = han_bigrams(_bare(source.label))
            forms = _in_wan(source.value, source.unit)
            said = [(d, s) for d in docs for s in d.stated if (s.value, s.unit) in forms
                    and words & han_bigrams(s.context)]
        else:
            words = han_bigrams(f.label)
            tables = [x for x in facts if (f.value, f.unit) in _in_wan(x.value, x.unit) and words & han_bigrams(x.label)]
            said = []
        for x in tables:
            if x.table_id not in seen and len(seen) <= MORE_TABLES and x.table_id in holder:
                seen.add(x.table_id)
                _add(f, cite_fact(a, holder[x.table_id], [x]))
        for d, s in said[:MORE_SENTENCES]:
            passage = next((p for p in d.passages if p.id == s.passage_id), None)
            _add(f, a.cite(Citation(d.document.name, None, passage.section if passage else None,
                                    s.page, [s.sentence[:60]])))


def _recomputable(a: Answer, f, facts, holder, cite_fact) -> None:
    """A figure computed from rows of one table ('城乡社区支出 / 合计'): another table that prints every one of
    those rows with the same values gives the same figure, and is cited too."""
    first = a.citations[f.citations[0]]
    if not first.table_id:
        return
    rows = {_bare(r) for r in first.rows}
    values = [Decimal(v.replace(",", "")) for v in re.findall(r"-?\d[\d,]*(?:\.\d+)?", re.sub(r"×\s*100", "", f.formula.split("=")[0]))]
    operands = []
    for v in values:        # each number of the formula, as the cell of the cited table that prints it
        cells = [x for x in facts if x.table_id == first.table_id and x.value == v]
        cells.sort(key=lambda x: (_bare(" ".join(y for y in (x.code, x.label) if y)) not in rows,
                                  not TOTAL_ROW.fullmatch(_bare(x.label))))
        if not cells:
            return
        operands.append(cells[0])
    others: dict[str, list] = {}
    for x in facts:
        if x.table_id != first.table_id and x.table_id in holder:
            others.setdefault(x.table_id, []).append(x)
    added = 0
    for table_id, cells in others.items():
        same = [next((c for c in cells if c.value == o.value and c.unit == o.unit and _same_row(c.label, o.label)),
                     None) for o in operands]
        if all(same) and added < MORE_TABLES + 1:      # a summary table's figure is printed in many summaries
            added += 1
            _add(f, cite_fact(a, holder[table_id], same))


def _add(fact, index: int) -> None:
    if index not in fact.citations:
        fact.citations.append(index)
