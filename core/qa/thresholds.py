"""A limit the prose states ('单价 100 万元（含）以上设备（不含车辆）XX 台（套）'), asked for itself: '单价多少万元以上的设备要
单独报告', 'above what unit price must equipment be reported'. The limit is named by the words after it (what it
qualifies) and the words before it (what is measured)."""
from __future__ import annotations

import re
from decimal import Decimal

from core.qa.common import CUES, han_bigrams, template
from core.qa.numbers import NUMBER, asked_units
from core.types import Answer, AnswerFact, Citation, ParsedDocument, format_decimal

ASKS = re.compile(CUES["threshold_asks"], re.I)
MARK = re.compile(CUES["threshold_marks"])
BREAK = re.compile(r"[，,。；;：:、\dA-Za-z]")
MARK_EN = {"以上": "and above", "以下": "and below", "以内": "or less"}


def threshold_answer(question: str, q: str, lang: str, doc: ParsedDocument, label: str) -> Answer | None:
    if not ASKS.search(question) and not ASKS.search(q):
        return None
    wanted = han_bigrams(q)
    best, best_key = None, (0, 0)
    for s in doc.stated:
        at, mark = 0, None
        for m in NUMBER.finditer(s.sentence):
            if Decimal(m.group(1).replace(",", "")) == s.value and MARK.match(s.sentence[m.end():]):
                at, mark = m.end(), MARK.match(s.sentence[m.end():])
                break
        if mark is None:
            continue
        after = BREAK.split(re.sub(r"[（(][^（）()]{0,8}[)）]", "", s.sentence[at + mark.end():]).lstrip("的"))[0][:12].strip()
        named = len(han_bigrams(after) & wanted)
        if not named:
            continue        # the limit of something else ('20万以下' of a computer in a list)
        key = (named, len(han_bigrams(s.context) & wanted))
        if key > best_key:
            best, best_key = (s, mark.group(1), at, after), key
    if best is None:
        return None
    s, mark, at, after = best
    passage = next((p for p in doc.passages if p.id == s.passage_id), None)
    section = (passage.section or "").split(" > ")[-1] if passage else ""
    a = Answer(question, lang, "number", "", document=doc.document.name)
    idx = a.cite(Citation(doc.document.name, None, passage.section if passage else None, s.page, [s.sentence[:60]]))
    a.facts.append(AnswerFact(f"{s.context}{mark}{after}", s.value, s.unit, None, [idx]))
    # ('单价多少万元以上的设备有几台'): the count the sentence states of what the limit qualifies
    counted = asked_units(q) - {"万元", "元", "%"}
    for m in NUMBER.finditer(s.sentence, at):
        if m.group(2) in counted:
            a.facts.append(AnswerFact(after, Decimal(m.group(1).replace(",", "")), m.group(2), None, [idx]))
            break
    a.answer = template("threshold", lang, doc=label, section=section, value=format_decimal(s.value), unit=s.unit,
                        mark=mark if lang == "zh" else MARK_EN[mark], text=s.sentence)
    return a
