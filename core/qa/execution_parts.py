"""A budget's execution asked over several parts ('全年预算多少，实际支出多少，差多少、完成了百分之几') is one part;
the parts after one that names a line of its own, or a change on a year, stay parts of their own."""
from __future__ import annotations

import re
from collections.abc import Callable

from core.qa.operation import _execution_question
from core.qa.words import CUES, _any, subject_of
from core.types import Part

PRIOR_YEAR = re.compile(r"20\d\d|上年|去年|\b(?:last|previous) year|year before")


def execution_parts(text: str, language: str, parts: list[Part], names: Callable[[], set[str]] | None) -> list[Part]:
    if not _execution_question(text):
        return parts
    # ('by how much did spending fall short of its initial budget': short of the budget, not a change on a year)
    # (where a later part names a line of its own or a change on a year, only the parts before it ask the execution:
    # 'what was the budget at the start of the year, what percentage of it was spent, how much went on A, and how
    # much did that go up from 2023')
    stray = _stray(parts, language, names) if len(parts) > 1 else None
    if stray is not None:
        # (the frame the parts are read in names what is executed: '一般公共预算财政拨款支出：分别列出年初预算数、…')
        frame = re.sub(r"^(?:请|麻烦)?(?:帮我)?(?:核对|核实|检查|查看|看看|看一下)?", "", parts[0].context).rstrip("：:，, ")
        head = frame + "，" * bool(frame) + "，".join(p.text for p in parts[:stray])
        return [Part(head, "execution", subject_of(head) or head)] + parts[stray:] if _execution_question(head) else parts
    if not all(p.op in ("lookup", "share", "difference", "execution", "change", "reason") for p in parts):
        return parts
    # ('…全年预算、支出决算和完成比例各是多少？其中X的全年预算和支出决算各是多少': the whole's, then X's)
    pieces = [x for x in re.split(r"[？?。；;，,]\s*(?=其中)", text) if x.strip()]
    pieces = pieces if len(pieces) > 1 and all(_execution_question(x) for x in pieces) else [text]
    # ('X主要是干什么用的？全年预算和决算各是多少'): what X pays for is still asked, before its figures
    purposes = [p for p in parts if p.op == "reason" and _any(CUES["purpose_asks"], p.text.lower())]
    return purposes + [Part(x, "execution", subject_of(x) or x, narrows=i > 0) for i, x in enumerate(pieces)]


def _stray(parts: list[Part], language: str, names: Callable[[], set[str]] | None) -> int | None:
    """The first later part that asks beyond a budget's execution: a printed line no part before it named, or a
    change on a year."""
    printed = [n for n in names() if len(n) >= 3] if names else []
    for i, p in enumerate(parts[1:], 1):
        before = " ".join(x.text + x.context for x in parts[:i])
        # (in English, the printed names the term map gave: 'how much was spent on running the offices' -> 机关运行经费)
        runs = re.findall(r"[\u4e00-\u9fff]{3,}", re.sub(CUES["execution_budget"] + "|" + CUES["execution_actual"], " ",
                                                         p.text, flags=re.I)) if language == "en" else []
        # (not where the parts from it on ask an execution of their own: '其中X的年初预算、决算数及差额各是多少')
        if not _execution_question(" ".join(x.text for x in parts[i:])) and (any(n in p.text and n not in before for n in printed + runs)
                                                or p.op == "change" and re.search(PRIOR_YEAR, p.text)):
            return i
    return None
