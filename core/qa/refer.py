"""A later part that points back at what an earlier part named: the line a 'which' part found, the largest or
smallest line, '该类' (the line named first), a procurement category said alone (the same project's)."""
from __future__ import annotations

import re
from dataclasses import replace

from core.qa.extremes import EXTREME_MAX, EXTREME_MIN, extreme_asked
from core.types import Answer, AnswerFact, Part

WHICH = re.compile(r"哪一|哪个|哪项|哪家|\bwhich\b", re.I)
CATEGORY = re.compile(r"货物|服务|工程|\b(?:goods|services|works)\b", re.I)       # procurement categories
BACK = re.compile(r"[该此这]一?[类项行](?!目)")     # ('该款合计' after a list of a 款's lines is read with the list)


class Named:
    """What the parts so far named, for the parts after them."""

    def __init__(self):
        self.which: tuple[str, str] | None = None      # (the words of a part that asked which line, the line)
        self.ends: dict[str, str] = {}                  # the largest and smallest lines a 'which' part named

    def heard(self, part: Part, a: Answer | None) -> None:
        if a is None or not a.items or not WHICH.search(part.text):
            return
        if len(a.items) == 1 and part.subject:
            self.which = (part.subject, a.items[0].name)
        if extreme_asked(part.text):
            self.ends[extreme_asked(part.text)] = a.items[0].name
            if EXTREME_MIN.search(part.text) and EXTREME_MAX.search(part.text):
                self.ends["min"] = a.items[-1].name

    def resolve(self, part: Part, before: Part | None, answered: list[tuple[str, AnswerFact]]) -> Part:
        """The part with what it points back at written in."""
        if self.which and self.which[0] in part.text:
            # '…中哪一项最多？金额是多少，占…的比例': the later parts ask about the line it named
            old, new = self.which
            answered[:] = [(new if said == old else said, f) for said, f in answered]
            part = Part(part.text.replace(old, new), part.op, part.subject.replace(old, new),
                        [o.replace(old, new) for o in part.operands], part.narrows, part.context)
        swap = CATEGORY.fullmatch(part.subject.strip()) and before is not None and CATEGORY.search(before.subject)
        if swap and swap.group() != part.subject.strip():
            # ('“省政协全委会”的采购货物多少、服务多少'): the category said alone is the same project's
            subject = before.subject.replace(swap.group(), part.subject.strip())
            part = replace(part, text=subject + part.text.replace(part.subject, "", 1), subject=subject)
        back = BACK.search(part.subject) or next((m for m in map(BACK.search, part.operands) if m), None)
        printed = [f for _, f in answered if not f.formula]
        quoted = re.findall(r"“([^”]{2,20})”", before.text) if before is not None else []
        # ('社会保障和就业支出1068.78万元中，A、B、C各是多少？该类支出…'): the class the parts were read in
        frame = re.sub(r"[\d,.]+\s*万?元|[，,：:\s]|(?:中|里面|里)$", "",
                       re.sub(r"^.*?20\d\d年度?", "", before.context if before is not None else "")).rstrip("中里")
        if back and "类" in back.group() and len(re.findall(r"[\u4e00-\u9fff]", frame)) >= 2:
            printed = [AnswerFact(frame, printed[0].value, "", None, [])] if printed else printed
            quoted = quoted or [frame]
        # (after one line, '占这一类支出的比例' is its class, not the line: a class is the first of several named)
        elif back and "类" in back.group() and len(printed) < 2:
            back = None
        if back and (printed or quoted) and part.op in ("lookup", "change", "share"):
            # ('社会保障和就业支出为多少？其下A、B、C各多少…该类支出较上年减少多少'): the line named first; else the
            # term the part before quoted ('“年初结转和结余”是如何定义的？…总表中该项决算数是多少')
            # (a class is the line the others sit under, named first; an item or line the one named last)
            said = (printed[0] if "类" in back.group() else printed[-1]) if printed else None
            name = re.sub(r"^[一二三四五六七八九十]+、", "", said.label) if said else quoted[-1]
            part = replace(part, text=part.text.replace(back.group(), name),
                           subject=part.subject.replace(back.group(), name),
                           operands=[o.replace(back.group(), name) for o in part.operands])
        end = extreme_asked(part.operands[0]) if part.op == "share" and part.operands else None
        if end in self.ends and len(part.operands[0].split()) <= 3:
            # ('which line is the largest and which the smallest …, what share does the largest take')
            part = replace(part, operands=[self.ends[end]] + part.operands[1:])
        return part
