"""Where else the document prints a figure an answer states: the same row with the same value in another
table ('住房公积金' in 支出决算表 and in 一般公共预算财政拨款支出决算表), or the sentence of the explanation that
states it. A reader checking the answer finds it in whichever place they look first."""
from __future__ import annotations

import re
from decimal import Decimal

from core.qa.common import han_bigrams
from core.types import Answer, Citation, ParsedDocument

MORE_TABLES = 2         # extra places per figure: enough to corroborate, few enough to read
MORE_SENTENCES = 1


def _bare(label: str) -> str:
    """'（一）住房公积金（项）' and '住房公积金' name one row."""
    label = re.sub(r"^[（(]?[一二三四五六七八九十\d]+[)）、.．]\s*", "", label)
    return re.sub(r"[（(][类款项][)）]|\s", "", label)


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


def _add(fact, index: int) -> None:
    if index not in fact.citations:
        fact.citations.append(index)
