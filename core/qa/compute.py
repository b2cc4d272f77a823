"""Sums, differences and shares over the figures a part names: each operand looked up (or taken from an earlier
part: 'that', a whole already stated), the whole of a share read where its part was, and the arithmetic with its
formula."""
from __future__ import annotations

import re
from decimal import Decimal

from core.numbers import round2
from core.qa.checks import bought
from core.qa.lookups import PURCHASE
from core.qa.combine import earlier_figure, enumerated_whole, share_operands
from core.qa.common import CUES
from core.qa.merge import absorb
from core.qa.numbers import COUNT_ASKED, asked_units
from core.types import Part
from core.qa.words import ANAPHOR, subject_of
from core.qa.wholes import (generic, grand, part_in_sentence, part_in_table, printed_share, stated_whole, table_whole,
                            titled_whole)
from core.types import Answer, AnswerFact, Citation, ParsedDocument, format_decimal


class ComputeParts:
    def _operand(self, operand: str, part: Part, lang: str, docs: list[ParsedDocument], question: str) -> Answer | None:
        """An operand's own figure; in a question about purchases ('In the 2019 purchasing plan, how much for A, how
        much for B, and what is that together') a purchase first."""
        if PURCHASE.search(part.text + " " + question) and not PURCHASE.search(operand):
            framed = self.one(Part("采购 " + operand + "是多少", "lookup", operand), lang, docs, operand)
            cite = framed.citations[framed.facts[0].citations[0]] if framed is not None and framed.facts \
                and framed.facts[0].citations else None
            if cite is not None and (bought(framed.facts[0], framed) or "采购" in (cite.section or "") + "".join(cite.rows)):
                return framed       # (a purchase the prose states: '…政府采购服务预算752.59万元')
        if part.context:        # ('机关运行经费中，差旅费、会议费…合计'): read where the words before the list say
            framed = self.one(Part(part.context + operand + "是多少", "lookup", operand), lang, docs, operand)
            if framed is not None and framed.facts and subject_of(operand) in framed.facts[0].label:
                return framed
        # (a count the part asks, '执法执勤用车和特种专业技术用车合计多少辆', is each operand's count too)
        counts = asked_units(part.text) - {"万元", "元", "%"} if COUNT_ASKED.search(part.text) or "how many" in part.text \
            else set()
        return self.one(Part(operand + "是多少", "lookup", operand), lang, docs, operand, units=counts or None)

    def each_share(self, part: Part, lang: str, docs: list[ParsedDocument], question: str, earlier: Answer,
                   answered: list, figures: list[AnswerFact]) -> Answer | None:
        """'基本支出和项目支出各多少，各占多少比例': the share of each figure looked up before, over its whole."""
        out = None
        for f in figures:
            whole = part.operands[-1] if len(part.operands) == 2 else "合计"
            # (the others are not its whole: each is over the total they share)
            own = [(said, g) for said, g in answered if g is f or g not in figures]
            a = self.compute(Part(part.text, "share", f.label, [f.label, whole]), lang, docs, question, earlier, own)
            if a is not None and out is None:
                out = a
            elif a is not None:
                absorb(out, a)
        return out

    def compute(self, part: Part, lang: str, docs: list[ParsedDocument], question: str,
                earlier: Answer | None = None, answered: list | None = None, within: bool = False) -> Answer | None:
        """sum (of two or more) / difference / share of subjects, each looked up on its own; an operand that
        points back ('what share of the total is that') is the figure the part before answered (`earlier`). A
        share's part is read first in the table its whole, stated before, was read from (only there, `within`)."""
        out = Answer(question, lang, "number", "", document=docs[0].document.name)
        found: list[AnswerFact] = []
        if part.op in ("sum", "difference") and answered:      # (a share stated before is not an amount of them)
            answered = [(said, f) for said, f in answered if f.unit != "%"] or None
        operands = share_operands(part.operands) if part.op == "share" and len(part.operands) == 2 else part.operands
        hint = earlier_figure(operands[1], answered or [], operands[0]) \
            if part.op == "share" and len(operands) == 2 and earlier is not None else None
        holder = earlier        # the answer the hint's citation indexes
        if part.op == "share" and len(operands) == 2 and hint is None and not within and not generic(operands[1]) \
                and not any(ANAPHOR.fullmatch(o.strip(" ，,?？")) for o in operands):
            # a whole the prose states is read first, so its part is read in the breakdown that follows it
            # ('政府采购预算中服务占多少': 其中…服务预算, not the 机关服务 row)
            first = self.one(Part(operands[1] + "是多少", "lookup", operands[1]), lang, docs, operands[1])
            if first is not None and first.facts and first.kind == "number" and first.facts[0].citations \
                    and first.citations[first.facts[0].citations[0]].table is None:
                hint, holder = first.facts[0], first
        for n, operand in enumerate(operands):
            bare = re.sub(r"\s*\([^()]*\)", "", operand)      # an aside that spells out what the name covers
            aside = re.search(r"\(([^()]*[\u4e00-\u9fff][^()]*)\)", operand)
            if aside and not re.search(r"[\u4e00-\u9fff]", bare):
                bare = aside.group(1)       # 'people (人员经费)': the printed name the term map put in the aside
            operand = bare if bare != operand and len(subject_of(bare)) >= 2 else operand
            prior = earlier_figure(operand, answered or [], operands[0] if n == 1 and part.op == "share" else "",
                                   found[0] if found else None) if earlier is not None else None
            listed = enumerated_whole(operand) if part.op == "share" and n == 1 and prior is None else None
            if ANAPHOR.fullmatch(operand.strip(" ，,?？")) and earlier is not None and earlier.facts:
                # 'that' is the figure the part before stated (a sum it computed: '两项合计多少？它们占…')
                # (the part of a share that points back, 'what share of the total does it account for', is the
                # latest figure)
                last = answered[-1][1] if answered and (answered[-1][1].formula or n == 0 and part.op == "share") \
                    else earlier.facts[0]
                a = Answer(question, lang, "number", "", facts=[last], citations=earlier.citations)
            elif prior is not None:     # the figure an earlier part stated for the same thing
                a = Answer(question, lang, "number", "", facts=[prior], citations=earlier.citations)
            elif listed:
                a = self.compute(Part(operand, "sum", operand, listed), lang, docs, question)
            else:
                same = (part_in_table(self.answerer, operand, hint, holder, docs, lang, question)
                        or part_in_sentence(operand, hint, holder, docs)) if n == 0 and hint is not None else None
                if within and same is None:
                    return None
                a = same or self._operand(operand, part, lang, docs, question)
            whole = (stated_whole(found[0], operand, out, docs)
                     or titled_whole(self.answerer, found[0], operand, out, docs, lang, question)) \
                if part.op == "share" and n == 1 and found and prior is None and not listed else None
            a = whole or a
            if part.op == "share" and n == 1 and found and not whole and prior is None and not listed \
                    and (a is None or not a.facts or generic(operand)):
                # '…占预算的百分之多少': its table's total, else (a figure the prose states) the disclosure's total
                # (a whole of every source of money, '…all funding sources combined', is the disclosure's total)
                everything = re.search(CUES["all_sources"], operand + " " + part.text, re.I) \
                    or re.search(CUES["grand_whole"], operand, re.I)
                # (a count's whole is a larger count of the same measure stated before: '共有车辆66辆…其中执法执勤用车')
                counted = next((f for _, f in reversed(answered or []) if f.unit == found[0].unit
                                and f.unit not in ("万元", "元", "%") and f.value > found[0].value), None)
                # ('what are the 三公 subtotal and 公务接待费, what share of the subtotal is 公务接待费'): a total named in
                # no words of its own is the larger figure asked before
                before = next((f for _, f in reversed(answered or []) if f.unit == found[0].unit and f.value > found[0].value
                               and not f.formula), None) if generic(operand) else None
                wholes = ((lambda: Answer(question, lang, "number", "", facts=[counted], citations=earlier.citations)
                           if counted is not None and earlier is not None else None),
                          (lambda: Answer(question, lang, "number", "", facts=[before], citations=earlier.citations)
                           if before is not None and earlier is not None and not everything else None),
                          (lambda: grand(self.answerer, docs, lang, question) if everything else None),
                          lambda: table_whole(self.answerer, found[0], out, docs, lang, question),
                          lambda: grand(self.answerer, docs, lang, question), lambda: a)
                # (not a 'total' that is the part itself: the 合计 of the part's own column)
                a = next((w for w in (f() for f in wholes) if w is not None and w.facts
                          and w.facts[0].value != found[0].value), None)
            if a is None or not a.facts:
                return None
            absorb(out, a)
            first = a.facts[-1] if listed else a.facts[0]      # a listed whole is the sum computed last
            fact = next(f for f in out.facts if (f.value, f.unit) == (first.value, first.unit))
            if fact not in found:       # two words of the question that name one row count it once
                found.append(fact)
        if len({f.unit for f in found}) != 1 or len(found) < 2:
            return None
        unit = found[0].unit
        cited = sorted({i for f in found for i in f.citations})
        if part.op == "share":
            a, b = found[0], found[1]
            if not b.value:
                return None
            value, unit = round2(a.value / b.value * 100), "%"
            formula = f"{format_decimal(a.value)} / {format_decimal(b.value)} × 100 = {format_decimal(value)}"
            printed = printed_share(a, b, value, docs)
            label = " / ".join(f"({x.label})" if " + " in x.label or " - " in x.label else x.label for x in (a, b))
            if printed is not None and printed[0] != value:
                # (the document's own rounding of the same share is stated too, cited where it prints it: a
                # reviewer recomputing it sees both)
                shown, doc, passage, said = printed
                where = out.cite(Citation(doc.document.name, None, passage.section, passage.page_of(said), [said[:40]]))
                out.facts.append(AnswerFact(f"{label}（{'文中所列' if lang == 'zh' else 'as printed'}）", shown, "%",
                                            None, [where]))
                formula += f"（printed {format_decimal(shown)}%）"
        elif part.op == "sum":
            value = sum((f.value for f in found), Decimal(0))
            formula = " + ".join(format_decimal(f.value) for f in found) + f" = {format_decimal(value)}"
            label = " + ".join(f.label for f in found)
        else:
            a, b = sorted(found[:2], key=lambda f: -f.value)
            value = a.value - b.value
            formula = f"{format_decimal(a.value)} - {format_decimal(b.value)} = {format_decimal(value)}"
            label = f"{a.label} - {b.label}"
        out.facts.append(AnswerFact(label, value, unit, formula, cited))
        more = ""
        if part.op == "difference" and value:
            more = f"（{a.label}多）" if lang == "zh" else f" ({a.label} is larger)"
        out.answer += f"\n{label} = {format_decimal(value)} {unit}{more}（{formula}）"
        return out
