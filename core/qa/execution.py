"""How much of its budget a line used ('全年预算多少、实际花了多少、完成了百分之几'): a final-accounts explanation
states, per line, '全年预算为 18.12 万元，支出决算为 17.70 万元，完成全年预算数的 97.68%'. The rate is quoted
where printed and computed from the two stated amounts where not."""
from __future__ import annotations

import re
from decimal import Decimal

from core.numbers import round2
from core.qa.common import CUES, han_bigrams
from core.types import Answer, AnswerFact, Citation, ParsedDocument

AMOUNT = r"\s*为?\s*([\d,]+(?:\.\d+)?)\s*(万元|元)"
BUDGETED = re.compile(r"(全年|年初|调整后)预算(?:数)?" + AMOUNT)
SPENT = re.compile(r"(?:支出)?决算(?:数)?" + AMOUNT)
RATE = re.compile(r"完成(?:全年|年初)?预算(?:数)?的?\s*([\d.]+)\s*%")


def _paragraphs(doc: ParsedDocument):
    """Each explanation paragraph with the text before it in its section (a line's name is often printed on the
    line above: '7、卫生健康支出（类）…事业单位医疗（项）。主要用于：…全年预算为…')."""
    previous = ""
    for p in doc.passages:
        if p.kind == "paragraph":
            yield p, previous + p.text
            previous = p.text[-80:]


def execution(a: Answer, q: str, lang: str, doc: ParsedDocument, label: str) -> Answer | None:
    named = set(doc.document.department or "")
    q = re.sub(CUES["inherited_tail"].rstrip("$"), "", q)      # '事业运行这一项全年预算': 这一项 names nothing
    wanted = {b for b in han_bigrams(q) if not set(b) <= named} - han_bigrams(CUES["execution_words"])
    if not wanted:
        return None
    best, best_key = None, (False, 0, 0.0)
    for p, text in _paragraphs(doc):
        budgeted, spent = BUDGETED.search(p.text), SPENT.search(p.text)
        if not (budgeted and spent and budgeted.start() < spent.start()):
            continue
        # the line's name: the sentences just before its budget figure
        head = "".join(re.split(r"(?<=。)", text[:len(text) - len(p.text) + budgeted.start()])[-3:])
        shared = len(wanted & han_bigrams(head))
        # the line named exactly ('…（款）事业单位医疗（项）') before one that only contains the words (行政事业单位医疗)
        items = re.findall(r"([\u4e00-\u9fff]+)（项）", head)
        key = (bool(items) and items[-1] in q, shared, shared / len(wanted))
        if key > best_key:
            best, best_key = (p, budgeted, spent), key
    if best is None or best_key[2] < 0.5:
        return None
    p, budgeted, spent = best
    sentence = p.text[budgeted.start():]
    sentence = sentence[:sentence.find("。") + 1] if "。" in sentence else sentence
    idx = a.cite(Citation(doc.document.name, None, p.section, p.page_of(sentence), [sentence.strip()[:60]]))
    b_value, unit = Decimal(budgeted.group(2).replace(",", "")), budgeted.group(3)
    s_value, s_unit = Decimal(spent.group(1).replace(",", "")), spent.group(2)
    a.facts.append(AnswerFact(f"{budgeted.group(1)}预算", b_value, unit, None, [idx]))
    a.facts.append(AnswerFact("支出决算", s_value, s_unit, None, [idx]))
    stated, rate = RATE.search(sentence), None
    if stated:
        rate = Decimal(stated.group(1))
        a.facts.append(AnswerFact("完成预算", rate, "%", None, [idx]))
    elif b_value and unit == s_unit:
        rate = round2(s_value / b_value * 100)
        a.facts.append(AnswerFact("完成预算（计算）", rate, "%", f"{s_value} / {b_value} × 100 = {rate}", [idx]))
    a.kind = "number"
    rate_text = "—" if rate is None else f"{rate}%"
    a.answer = (f"{label}：{budgeted.group(1)}预算 {b_value} {unit}，支出决算 {s_value} {s_unit}，完成预算 {rate_text}。"
                if lang == "zh" else
                f"{label}: budgeted for the year {b_value} {unit} ({budgeted.group(1)}预算), spent {s_value} {s_unit} "
                f"(决算), {rate_text} of the budget.") + f"（{sentence.strip()}）"
    return a
