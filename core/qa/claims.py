"""A claim quoted to be checked ('有人说…超过1000万元，是真的吗？', 'A blog says … about 5 million yuan.'): what it says
is not what is asked; the questions after it are. It stays, without the claimed figure, where nothing else asks or
a later question reads on from it ('What does the budget give for that item?')."""
from __future__ import annotations

import re

from core.qa.words import CUES, HAN, _any, has_subject

CLAIM = re.compile(CUES["claim_zh"] + "|" + CUES["claim_en"], re.I)
CHECK = re.compile(CUES["claim_check"], re.I)
FIGURE = re.compile(CUES["claim_figure"], re.I)
OFFERED = re.compile(CUES["confirm_offered"])
COUNTED_UNITS = ("辆", "人", "名", "个", "台", "套")
SENTENCE = re.compile(r"(?<=[。？?！!；;])|(?<=[A-Za-z0-9\u4e00-\u9fff）)'\"”’]\.)\s+")
READS_ON = re.compile(r"\b(?:that|this|these|those|the same)\s+(?:item|line|spending|expenditure|amount|figure|budget|fund|"
                      r"costs?|money|sum|total|project|programme|program)s?\b|\b(?:its|their)\s+(?:amount|figure|change|"
                      r"increase|decrease|growth|spending)s?\b|该项|这一?项|这笔|这类|此项|这些", re.I)


def _pairs(text: str) -> set[str]:
    runs = re.findall(r"[\u4e00-\u9fff]+", text)
    return {r[i:i + 2] for r in runs for i in range(len(r) - 1)}


def _asks(sentence: str) -> bool:
    return bool(re.search(r"[?？]", sentence) or _any(CUES["asks"], sentence.lower()))


def _claim_and_question(sentence: str) -> tuple[str, str]:
    """A claim sentence split where its question begins ('有人说…超过3000万元，这份预算表里…是多少？')."""
    clauses = re.split(r"(?<=[，,])", CHECK.sub("", sentence))
    at = next((i for i, c in enumerate(clauses) if i and _asks(c)), len(clauses))
    return "".join(clauses[:at]).strip(" ，,。."), "".join(clauses[at:]).strip()


def without_claims(text: str) -> str:
    """The question without the claims it quotes; a claim kept loses its cue, its check and its figures."""
    english = bool(re.search(r"[a-z]{3,}", text, re.I))
    claims: list[str] = []
    figured: list[str] = []     # the claims that state a figure of their own
    rest: list[str] = []
    for s in (s for s in SENTENCE.split(text) if s and s.strip()):
        claim, question = _claim_and_question(s) if CLAIM.search(s) else ("", s)
        if claim:
            # (a clause left with no name once its figure is gone: '合计不到50万元')
            said = [c for c in re.split(r"[，,]", FIGURE.sub(" ", CLAIM.sub("", claim)))
                    if len(HAN.findall(c)) > 2 or re.search(r"[a-z]{3,}", c, re.I)]
            claims.append(("," if english else "，").join(said).strip(" ，,。."))
            figured += claims[-1:] if FIGURE.search(claim) else []
        if question:
            rest.append(question)
    if not claims:
        return text
    # (kept where what follows reads on from it: 'that item', or no name of its own: '实际预算是多少？')
    if any(_asks(s) for s in rest) and not any(READS_ON.search(s) for s in rest) and any(has_subject(s) for s in rest):
        # (a figure claimed in Chinese of something the questions after it do not name is asked too: '听说光家具就买了
        # 198万？办公设备购置一共多少')
        asked = _pairs(" ".join(rest))
        kept = [c.strip(" ？?") + ("？" if _asks(c.strip(" ？?")) else "多少？") for c in figured
                if not english and len(_pairs(c) - asked) >= 3]
    else:       # the claim alone, or read on from: its subject stays; alone, it is asked
        kept = [c + (". " if english else "。") for c in claims] if rest else \
            [c + (" — how much?" if english else "多少？") for c in claims]
    return (" " if english else "").join(x.strip() for x in kept + rest)


def offered(text: str) -> str:
    """A figure offered to be confirmed asks that figure ('出国的经费是288万多对吧' -> '出国的经费是多少', '编制是1辆吧'
    -> '编制是几辆', '是不是花了快200万' -> '花了多少'): the asker's guess is no figure of the document."""
    def ask(m: re.Match) -> str:
        if not (m.group("before") or m.group("tag")):
            return m.group(0)
        unit = m.group("unit")
        return ("是几" + unit) if unit in COUNTED_UNITS else "是百分之几" if unit == "%" else "是多少"
    return OFFERED.sub(ask, text) if HAN.search(text) else text
