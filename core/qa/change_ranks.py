"""Which line under a heading changed the most ('政协事务（款）中增长最多的是哪一项', 'which of the items under the
court heading had the largest percentage cut', '哪一项比上年减少'): read from the sentences that state each line's
change ('3.政协事务（款）政协会议（项）814.16 万元，与上年相比减少 213.74 万元，下降 20.79%'), each figure a fact
citing its sentence."""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from core.qa.common import CHANGE, CHANGE_EXECUTED
from core.qa.words import CUES
from core.types import Answer, AnswerFact, AnswerItem, Citation, ParsedDocument, Passage

RANKED = re.compile(CUES["change_rank"], re.I)
UP, DOWN = re.compile(CUES["change_up"], re.I), re.compile(CUES["change_down"], re.I)
RATE = re.compile(CUES["change_rate"], re.I)
MOST = re.compile(CUES["extreme_max"] + r"|最", re.I)
RATE_AFTER = re.compile(r"\s*[，,]?\s*(?:增长|下降|减少|增加|上升|降低)\s*(\d+(?:\.\d+)?)\s*%")
NOT_HEADING = {"支出", "经费", "预算", "项目", "上年", "其他"}


@dataclass
class Changed:
    subject: str            # what the sentence names before its figure ('3.政协事务（款）政协会议（项）')
    current: Decimal
    unit: str
    direction: int          # +1 up, -1 down, 0 the same
    amount: Decimal | None  # the change, as stated (or worked out from the year before)
    pct: Decimal | None
    prior: Decimal | None
    passage: Passage
    sentence: str


def _num(text: str | None) -> Decimal | None:
    return Decimal(text.replace(",", "")) if text else None


def changes(doc: ParsedDocument) -> list[Changed]:
    out = []
    for p in doc.passages:
        if p.kind != "paragraph":
            continue
        sentences = re.split(r"(?<=[。；;])", p.text)
        for s in sentences:
            m, executed = CHANGE.search(s), False
            if not m:
                m, executed = CHANGE_EXECUTED.search(s), True
            if not m:
                continue
            g = m.groupdict()
            direction = 0 if g.get("same") else -1 if g["direction"] in ("减少", "下降") else 1
            # a line whose change is stated against last year's spending names itself in its first sentence
            subject = re.sub(r"\d[\d,.]*\s*万?元.*$", "", sentences[0] if executed else s[:m.start()]).strip()
            prior, pct = _num(g.get("prior")), _num(g.get("pct"))
            if pct is None and not executed:
                after = RATE_AFTER.match(s[m.end():])
                pct = _num(after.group(1)) if after else None
            amount = _num(g.get("amount")) if not executed else None
            if amount is None and prior is not None:
                amount = abs(_num(g["current"]) - prior)
            out.append(Changed(subject, _num(g["current"]), g["unit"], direction, amount, pct, prior, p, s.strip()))
    return out


def _heading(q: str, records: list[Changed]) -> str | None:
    """The longest run of the question printed in the subjects of two lines or more, with more after it in each."""
    best = None     # (of every run, not the first run only: '…预算情况说明”所列人大事务各项中' is under 人大事务)
    for run in re.findall(r"[\u4e00-\u9fff（）()]{2,}", q):
        for size in range(len(run), 1 if best is None else len(best), -1):
            for i in range(len(run) - size + 1):
                sub = run[i:i + size]
                if sub in NOT_HEADING or not re.search(r"[\u4e00-\u9fff]{2}", sub):
                    continue
                under = [r for r in records if sub in r.subject
                         and re.search(r"[\u4e00-\u9fff]{2}", r.subject[r.subject.find(sub) + len(sub):])]
                if len(under) >= 2:
                    best = sub
                    break
            if best is not None and len(best) == size:
                break
    return best


def _name(subject: str) -> str:
    """'3.政协事务（款）政协会议（项）' -> 政协会议: the most detailed name the subject prints."""
    names = re.findall(r"([^（）“”\d.．、\s]+)（(?:项|款|类)）", subject)
    return names[-1] if names else re.sub(r"^[\d.．、\s“”]+|[“”]", "", subject)


BY_RATE = re.compile(CUES["change_by_rate"], re.I)


def _at_rate(records: list[Changed], said: re.Match) -> list[Changed]:
    """The lines whose stated rate is the one asked ('减少10%的', 'cut by exactly 10 percent'; '…以上' at least)."""
    rate, bound = Decimal(said.group("rate")), (said.group("bound") or "").strip()
    if bound in ("以上", "及以上", "或以上", "or more"):
        return [r for r in records if r.pct is not None and r.pct >= rate]
    if bound in ("以下", "or less"):
        return [r for r in records if r.pct is not None and r.pct <= rate]
    return [r for r in records if r.pct is not None and r.pct == rate]


def ranked_change(question: str, q: str, lang: str, doc: ParsedDocument, label: str) -> Answer | None:
    by_rate = BY_RATE.search(q)
    if not (RANKED.search(q) or by_rate) or not (UP.search(q) or DOWN.search(q)):
        return None
    department = doc.document.department or ""
    records = [r for r in changes(doc) if r.direction]
    for r in records:
        r.subject = r.subject.replace(department, "")
    heading = _heading(q, records)
    if heading is None:
        return None
    under = [r for r in records if heading in r.subject and r.subject.strip() != heading]
    down = bool(DOWN.search(q)) and not UP.search(q)
    picked = [r for r in under if r.direction == (-1 if down else 1)]
    picked = _at_rate(picked, by_rate) if by_rate else picked
    by_rate = bool(RATE.search(q))
    if MOST.search(q) and not BY_RATE.search(q):
        scored = [r for r in picked if (r.pct if by_rate else r.amount) is not None]
        if not scored:
            return None
        top = max((r.pct if by_rate else r.amount) for r in scored)
        picked = [r for r in scored if (r.pct if by_rate else r.amount) == top]
    if not picked:
        return None
    a = Answer(question, lang, "list", "", document=doc.document.name)
    said = []
    for r in picked:
        idx = a.cite(Citation(doc.document.name, None, r.passage.section, r.passage.page_of(r.sentence), [r.sentence[:60]]))
        name = _name(r.subject)
        a.items.append(AnswerItem(None, name, r.current, r.unit, [idx]))
        a.facts.append(AnswerFact(name, r.current, r.unit, None, [idx]))
        if r.prior is not None:
            a.facts.append(AnswerFact(f"{name}（上年）" if lang == "zh" else f"{name} (year before)", r.prior, r.unit, None,
                                      [idx]))
        word = ("减少" if r.direction < 0 else "增加") if lang == "zh" else ("down" if r.direction < 0 else "up")
        if r.amount is not None:
            a.facts.append(AnswerFact(f"{name} {word}", r.amount, r.unit, None if r.prior is None else
                                      f"{r.current} - {r.prior}", [idx]))
        if r.pct is not None:
            a.facts.append(AnswerFact(f"{name} {word}", r.pct, "%", None, [idx]))
        said.append(r.sentence)
    a.answer = (f"{label}（{heading}）：" if lang == "zh" else f"{label} ({heading}): ") + "\n".join(said)
    if BY_RATE.search(q):       # (the lines a rate picks: how many, and their changes added up)
        a.facts.append(AnswerFact("项数" if lang == "zh" else "lines", Decimal(len(picked)), "个",
                                  f"count of the {len(picked)} lines listed", [0]))
        amounts = [r.amount for r in picked if r.amount is not None]
        if len(amounts) == len(picked) >= 2 and len({r.unit for r in picked}) == 1:
            total = sum(amounts, Decimal(0))
            formula = " + ".join(str(x) for x in amounts) + f" = {total}"
            a.facts.append(AnswerFact("合计" if lang == "zh" else "combined", total, picked[0].unit, formula,
                                      list(range(len(a.citations)))))
            a.answer += f"\n{formula} {picked[0].unit}"
    return a
