"""A series the prose states figure by figure ('第一季度用款计划25.88万元，第二季度用款计划180.74万元，…'): asked
for each of its figures ('each quarter') or for their total ('四个季度加起来'), the figures are given one by one and
summed, with the sentence as evidence. Nothing is summed that the document does not print."""
from __future__ import annotations

import re
from decimal import Decimal

from core.qa.common import CUES, han_bigrams, template
from core.types import Answer, AnswerFact, Citation, ParsedDocument, format_decimal

ITEM = re.compile(r"([\u4e00-\u9fff（）“”]{2,14}?)\s*为?\s*([\d,]+(?:\.\d+)?)\s*(万元|元)")
ORDINAL = re.compile(r"第?[一二三四五六七八九十\d]+")
ASKS_ALL = re.compile(CUES["series_asks"], re.I)
GENERIC = han_bigrams(CUES["series_generic"])      # words every amount has: they name no series


def _series(sentence: str) -> list[tuple[str, Decimal, str]]:
    """The figures of a sentence whose labels differ only by an ordinal (第一季度…, 第二季度…), in order."""
    items = [(m.group(1), Decimal(m.group(2).replace(",", "")), m.group(3)) for m in ITEM.finditer(sentence)]
    groups: dict[tuple[str, str], list] = {}
    for label, value, unit in items:
        key = ORDINAL.sub("", label)
        if key != label:
            groups.setdefault((key, unit), []).append((label, value, unit))
    return max(groups.values(), key=len, default=[]) if any(len(g) >= 2 for g in groups.values()) else []


def series_answer(question: str, q: str, lang: str, doc: ParsedDocument, label: str) -> Answer | None:
    """The stated series the part asks about: its words name the series' label, and it asks every figure or
    their total, or names some of them by their ordinal ('第二季度')."""
    every = bool(ASKS_ALL.search(q))
    if not every and not re.search(r"第[一二三四五六七八九十\d]", q):
        return None
    wanted = han_bigrams(q)
    best, best_key = None, (0, 0)
    for p in doc.passages:
        if p.kind != "paragraph":
            continue
        for sentence in re.split(r"(?<=[。；])", p.text):
            found = _series(sentence)
            if len(found) < 2:
                continue
            key = (len(han_bigrams(ORDINAL.sub("", found[0][0])) & wanted - GENERIC),
                   len(han_bigrams(p.section or "") & wanted))
            if key[0] and key > best_key:
                best, best_key = (p, sentence.strip(), found), key
    if best is None:
        return None
    p, sentence, found = best
    named = [x for x in found if ORDINAL.search(x[0]).group(0) in q]     # '第二季度和第三季度': those only
    if named:
        found = named
    elif not every:
        return None
    a = Answer(question, lang, "number", "", document=doc.document.name)
    idx = a.cite(Citation(doc.document.name, None, p.section, p.page_of(sentence), [sentence[:60]]))
    for name, value, unit in found:
        a.facts.append(AnswerFact(name, value, unit, None, [idx]))
    unit = found[0][2]
    if len(found) == 1 or not every:
        a.answer = f"{label}：" + "，".join(f"{n} {format_decimal(v)} {u}" for n, v, u in found) + f"。（{sentence}）"
        return a
    total = sum((v for _, v, _ in found), Decimal(0))
    formula = " + ".join(format_decimal(v) for _, v, _ in found) + f" = {format_decimal(total)}"
    a.facts.append(AnswerFact(f"{ORDINAL.sub('', found[0][0])}合计（计算）", total, unit, formula, [idx]))
    a.answer = template("series", lang, doc=label, items=("，" if lang == "zh" else ", ").join(
        f"{n} {format_decimal(v)} {u}" for n, v, u in found), total=format_decimal(total), unit=unit, formula=formula,
        text=sentence)
    return a
