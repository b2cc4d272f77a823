"""How much of its budget a line used ('全年预算多少、实际花了多少、完成了百分之几'): a final-accounts explanation
states, per line, '全年预算为 18.12 万元，支出决算为 17.70 万元，完成全年预算数的 97.68%'. The rate is quoted
where printed and computed from the two stated amounts where not."""
from __future__ import annotations

import re
from decimal import Decimal

from core.numbers import round2
from core.qa.common import CUES, han_bigrams
from core.qa.gloss import explained, leftover_words
from core.qa.words import ENGLISH_FILLER, FILLER, GENERIC, MEASURE, _any
from core.qa.prose import REASON
from core.types import Answer, AnswerFact, Citation, ParsedDocument

AMOUNT = r"\s*为?\s*([\d,]+(?:\.\d+)?)\s*(万元|元)"
ENGLISH_BASE = {"full year": "全年", "full-year": "全年", "start": "年初", "original": "年初", "adjusted": "调整后"}
BUDGETED = re.compile(r"(全年|年初|调整后)预算(?:数)?" + AMOUNT)
SPENT = re.compile(r"(?:支出)?决算(?:数)?" + AMOUNT)
ASKED = re.compile("|".join(map(re.escape, sorted(CUES["execution"] + CUES["execution_gap"] + ["用掉", "执行"],
                                                   key=len, reverse=True))))
# English an execution question asks with, naming no line (nor the department's English name: 'Putuo district')
EXECUTION_EN = set(CUES["execution_words_en"]) | {w for name in CUES["departments"] for w in re.findall(r"[a-z]{3,}", name)}
NOISE = re.compile("|".join(map(re.escape, CUES["execution_noise"])))      # ('两者相差', '说明中列示的')
RATE = re.compile(r"完成(?:全年|年初)?预算(?:数)?的?\s*([\d.]+)\s*%")


def _paragraphs(doc: ParsedDocument):
    """Each explanation paragraph with the text before it in its section (a line's name is often printed on the
    line above: '7、卫生健康支出（类）…事业单位医疗（项）。主要用于：…全年预算为…')."""
    previous = ""
    for p in doc.passages:
        if p.kind == "paragraph":
            yield p, previous + p.text
            previous = p.text[-80:]


def _line(q: str, doc: ParsedDocument):
    """The explanation paragraph of the line the question names; with no line named (only the department, or
    the fund), the first one: the total comes first."""
    named = set(doc.document.department or "")
    q = re.sub(CUES["inherited_tail"].rstrip("$"), "", q)      # '事业运行这一项全年预算': 这一项 names nothing
    # the words left when the asking and measure words are gone ('全年预算是多少，实际支出多少' leaves none)
    bare = FILLER.sub(" ", MEASURE.sub(" ", ASKED.sub(" ", NOISE.sub(" ", q))))
    wanted = {b for b in han_bigrams(bare) if not set(b) <= named} - han_bigrams(CUES["execution_words"])
    english = [w for w in re.findall(r"[a-z]{3,}", q) if w not in ENGLISH_FILLER | GENERIC | EXECUTION_EN]
    # a line described in English by what it pays for ('outside firms doing audits and performance evaluations'):
    # the dictionary glosses of its name and of its '主要用于' explanation
    words = leftover_words(q) if english and not wanted else set()
    best, best_key = None, (False, 0, 0.0, 0)
    for p, text in _paragraphs(doc):
        budgeted, spent = BUDGETED.search(p.text), SPENT.search(p.text)
        if not (budgeted and spent and budgeted.start() < spent.start()):
            continue
        if not wanted and not english:
            return p, budgeted, spent
        # the line's name: the sentences just before its budget figure
        head = "".join(re.split(r"(?<=。)", text[:len(text) - len(p.text) + budgeted.start()])[-3:])
        shared = len(wanted & han_bigrams(head))
        # the line named exactly ('…（款）事业单位医疗（项）') before one that only contains the words (行政事业单位医疗)
        items = re.findall(r"([\u4e00-\u9fff]+)（项）", head)
        key = (bool(items) and items[-1] in q, shared, shared / len(wanted) if wanted else 0.0,
               len(explained(head, words)) if words else 0)
        if key > best_key:
            best, best_key = (p, budgeted, spent), key
    if best is not None and wanted:
        return best if best_key[2] >= 0.5 else None
    return best if best is not None and best_key[3] >= 3 else None


def execution(a: Answer, q: str, lang: str, doc: ParsedDocument, label: str) -> Answer | None:
    found = _line(q, doc)
    if found is None:
        return None
    p, first, spent = found
    sentence = p.text[first.start():]
    sentence = sentence[:sentence.find("。") + 1] if "。" in sentence else sentence
    idx = a.cite(Citation(doc.document.name, None, p.section, p.page_of(sentence), [sentence.strip()[:60]]))
    # every budget the sentence states ('年初预算为 0 万元，全年预算为321.02 万元'); the one the question names
    # is the base of the gap and the rate, else the last stated (the adjusted one)
    budgets = [(m.group(1), Decimal(m.group(2).replace(",", "")), m.group(3))
               for m in BUDGETED.finditer(p.text[first.start():spent.start()])]
    asked = [k for k, v in ENGLISH_BASE.items() if k in q.lower()] + re.findall(r"年初|全年|调整后?", q)
    asked = [ENGLISH_BASE.get(k, k) for k in asked]
    # (the budget the gap is asked against, '决算数比全年预算少多少'; a budget of 0 is no base for a rate)
    against = re.search(r"比(年初|全年|调整后?)预算", q)
    base = next((b for b in budgets if against and b[0] == against.group(1)), None) \
        or next((b for b in budgets if b[0] in asked and b[1]), budgets[-1])
    for kind, value, unit in budgets:
        a.facts.append(AnswerFact(f"{kind}预算", value, unit, None, [idx]))
    _, b_value, unit = base
    s_value, s_unit = Decimal(spent.group(1).replace(",", "")), spent.group(2)
    a.facts.append(AnswerFact("支出决算", s_value, s_unit, None, [idx]))
    stated, rate = RATE.search(sentence), None
    if stated:
        rate = Decimal(stated.group(1))
        a.facts.append(AnswerFact("完成预算", rate, "%", None, [idx]))
    if b_value and unit == s_unit and (rate is None or round2(s_value / b_value * 100) != rate):
        rate = round2(s_value / b_value * 100)
        a.facts.append(AnswerFact(f"完成{base[0]}预算（计算）", rate, "%", f"{s_value} / {b_value} × 100 = {rate}", [idx]))
    gap = ""
    if (_any(CUES["execution_gap"], q.lower()) or re.search(CUES["difference_pattern"], q)) and unit == s_unit:
        # ('决算比预算少了多少万元': the two amounts compared)
        diff = b_value - s_value
        a.facts.append(AnswerFact(f"{base[0]}预算 − 支出决算", diff, unit, f"{b_value} − {s_value} = {diff}", [idx]))
        gap = f"，差 {diff} {unit}" if lang == "zh" else f", {diff} {unit} apart"
    a.kind = "number"
    if _any(CUES["reason"], q.lower()):
        # ('为什么没有把预算用完'): the reason the explanation gives right after the two amounts
        # (past the sub-items the sentence lists with '；', up to the next line's budget)
        rest = p.text[spent.end():]
        following = BUDGETED.search(rest)
        after = re.split(r"(?<=[。；;])", rest[:following.start() if following else len(rest)])
        because = next((s.strip() for s in after if REASON.search(s)), "")
        sentence += because
    rate_text = "—" if rate is None else f"{rate}%"
    a.answer = (f"{label}：{base[0]}预算 {b_value} {unit}，支出决算 {s_value} {s_unit}{gap}，完成预算 {rate_text}。"
                if lang == "zh" else
                f"{label}: budgeted for the year {b_value} {unit} ({base[0]}预算), spent {s_value} {s_unit} "
                f"(决算){gap}, {rate_text} of the budget.") + f"（{sentence.strip()}）"
    return a
