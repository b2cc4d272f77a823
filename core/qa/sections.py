"""Sections of a disclosure's explanation: the parts a section has ('其他重要事项的情况说明里需要交代哪几块内容') and
the numbered items a section heading's total is made of ('收入预算总计 9,146.79 万元。包括：1.… 2.…')."""
from __future__ import annotations

import difflib
import re
from decimal import Decimal

from core.qa.common import CUES
from core.types import Answer, AnswerFact, AnswerItem, Citation, ParsedDocument, format_decimal

NUMBERED = re.compile(r"^\s*(?:\d+|[一二三四五六七八九十]+)[.、．]\s*")


def _overlap(question: str, title: str) -> int:
    """Length of the longest run of characters a question shares with a table title (or an item)."""
    return difflib.SequenceMatcher(None, question, title).find_longest_match(0, len(question), 0, len(title)).size


HEADING_NUMBER = re.compile(r"^(?:第[一二三四五六七八九十]+部分|[（(]?[一二三四五六七八九十\d]+[）)、.．])\s*")


def section_parts(a: Answer, q: str, doc: ParsedDocument, label: str, lang: str) -> Answer | None:
    """'“其他重要事项的情况说明”里需要交代哪几块内容': the headings one level under the section the question names."""
    if not re.search(CUES["parts_asked"], q, re.I):
        return None
    children: dict[str, list[str]] = {}
    for p in doc.passages:
        path = (p.section or "").split(" > ")
        for depth in range(1, len(path)):
            kids = children.setdefault(" > ".join(path[:depth]), [])
            if path[depth] not in kids:
                kids.append(path[depth])
    best, run = None, 4
    for parent, kids in children.items():
        head = HEADING_NUMBER.sub("", parent.split(" > ")[-1])
        if len(kids) >= 2 and _overlap(q, head) > run:
            best, run = parent, _overlap(q, head)
    if best is None:
        return None
    p = next(x for x in doc.passages if (x.section or "").startswith(best + " > "))
    names = [HEADING_NUMBER.sub("", k) for k in children[best]]
    idx = a.cite(Citation(doc.document.name, None, best, p.page, names[:20]))
    a.items = [AnswerItem(None, n, None, None, [idx]) for n in names]
    a.answer = (f"{label}：{best.split(' > ')[-1]} 包括：" + "；".join(names)) if lang == "zh" else \
        (f"{label}: {best.split(' > ')[-1]} has {len(names)} parts: " + "; ".join(names))
    return a


AMOUNT_IN = re.compile(r"([\d,]+(?:\.\d+)?)\s*(万元|元)")


def section_breakdown(doc: ParsedDocument, section: str, lang: str, question: str, label: str) -> Answer | None:
    """'收入预算总计多少？分别来自哪些资金来源、各多少': the numbered items of the section the figure was read in
    ('（一）收入预算总计 9,146.79 万元。包括：' then '1.财政拨款收入预算总计 9,066.79 万元…' '2.其他资金收入…80 万元'),
    each with the first amount it states, and the total its heading states."""
    paragraphs = sorted((p for p in doc.passages if p.kind == "paragraph" and p.section == section), key=lambda p: p.seq)
    items = []
    for p in paragraphs:
        m = AMOUNT_IN.search(p.text)
        if NUMBERED.match(p.text) and m:
            name = re.sub(r"(?:预算)?(?:总计|合计)?\s*(?:为)?$", "", NUMBERED.sub("", p.text[:m.start()]).strip())
            items.append((p, name, Decimal(m.group(1).replace(",", "")), m.group(2)))
    if len(items) < 2:
        return None
    a = Answer(question, lang, "list", "", document=doc.document.name)
    head = AMOUNT_IN.search(section.split(" > ")[-1])
    if head:
        idx = a.cite(Citation(doc.document.name, None, section, items[0][0].page, [section.split(" > ")[-1][:60]]))
        a.facts.append(AnswerFact(re.sub(r"^[（(][一二三四五六七八九十]+[）)]", "", section.split(" > ")[-1][:head.start()]).strip(),
                                  Decimal(head.group(1).replace(",", "")), head.group(2), None, [idx]))
    for p, name, value, unit in items:
        idx = a.cite(Citation(doc.document.name, None, section, p.page, [p.text.strip()[:60]]))
        a.items.append(AnswerItem(None, name, value, unit, [idx]))
        a.facts.append(AnswerFact(name, value, unit, None, [idx]))
    a.answer = f"{label}：" + "；".join(f"{n} {format_decimal(v)} {u}" for _, n, v, u in items)
    return a
