"""question -> plan -> scope -> one answer per part and disclosure -> merged answer with the plan attached.

Each part is answered by `Answerer.answer_one` (the single-measure lookups) or, for sum and difference, by two
such lookups and the arithmetic over their facts. A disclosure published as two files answers from whichever
file prints the number."""
from __future__ import annotations

import re
from dataclasses import replace

from core.qa.common import COUNTED, CUES, row_name, without_own_department
from core.qa.changes import BREAKDOWN, ChangeParts
from core.qa.compute import ComputeParts
from core.qa.follow import WHOLE_ASKED, FollowParts
from core.qa.lookups import PURCHASE
from core.qa.procurement import largest_purchase
from core.qa.claims import offered, without_claims
from core.qa.checks import (answers_only_whole, bought, counted_as_money, narrowed_in_table, names_operand, not_an_answer,
                            other_year, own_reason, portion_of, states_change, states_in, year_sibling)
from core.qa.combine import (MONEY, across_years, siblings_out, vacancy_pair, count_of_items, extreme_of_items, larger_of, over_earlier, prior_of_stated_change,
                             share_pair, whole_stated)
from core.qa.corroborate import corroborate
from core.qa.extremes import extreme_asked, extreme_lines, row_of, table_of
from core.qa.refer import Named
from core.qa.gloss import link
from core.qa.merge import CODE_ASKED, absorb, disclosures, focus_of, new_facts, quoted_sentence, with_codes
from core.qa.groups import EACH, group_answer, grouped, members_named, named_group
from core.qa.numbers import (CHANGE_ASKED, NUMBER, amounts_stated, asked_units, bare_count, bigrams, quoted_figures,
                             sentence_facts, with_count)
from core.qa.typos import corrected
from core.qa.plan import OWN_TABLE, make_plan
from core.qa.words import ANAPHOR, asks_meaning
from core.qa.prose import CHANGE_AT, REASON
from core.qa.scope import resolve
from core.qa.wholes import generic, own_table_total, table_whole
from core.types import Answer, AnswerFact, ParsedDocument, Part


YEARS = re.compile(r"(?:从|由)?20\d\d年?度?(?:到|至|和|与|比)?")
COUNTED_BIGRAMS = bigrams(" ".join(COUNTED.values()))
MEASURED = set(CUES["units_named"])       # units a question asks by naming what is measured (面积: 平方米)
OF_THAT = re.compile(r"\bof (?:that|it|this|these|those|them)\b")      # 'how much of that went to services'
BACK = re.compile(r"\b(?:they|their|them|these|those)\b|^(?:涉及|其中?|它们|这些)")
DERIVED = re.compile(r"本年|上年|增加|减少|this year|previous year|year before|increase|decrease|rate|率", re.I)
COUNT_QUESTION = re.compile(r"(?:多少|几)\s*(?:" + "|".join(map(re.escape, CUES["measure_words"])) + ")|how many")


class Pipeline(ChangeParts, ComputeParts, FollowParts):
    def __init__(self, answerer):
        self.answerer = answerer

    def _joined_labels(self, docs: list[ParsedDocument]) -> set[str]:
        """Row names that contain a joining word ('工资福利和对个人…'): a plan does not split inside them."""
        library = self.answerer.engine.library
        return {label for p in docs for label in library.labels(p.document.id)
                if "和" in label or "与" in label or "及" in label or "、" in label}

    def one(self, part: Part, lang: str, docs: list[ParsedDocument], question: str,
            general: bool = True, taken: frozenset = frozenset(), units: set[str] | None = None,
            members: bool = False) -> Answer | None:
        """The first file of the disclosure that answers the part: the plan's operation first, then (with
        `general`) the general single-measure routing. `taken`: figures earlier parts stated; `units`: what
        the part counts in when it names no unit itself; `members`: a group's total is stated with its members."""
        part = replace(part, text=with_count(part.text, units)) if units else part
        asked = units or asked_units(part.text)
        counts = asked - {"万元", "元", "%"}
        # a group is named for its money ('trips abroad, cars and hospitality'); 'how many vehicles' counts
        # (not 'which of the three is the largest': one of its members)
        name = named_group(part.text) if part.op in ("lookup", "execution") and not counts \
            and not asks_meaning(part.text) and not extreme_asked(part.text) else None
        # (a group's budget against its spending is the sentence that states both, when there is one)
        # (the group by its name, with what is asked of it: '公车、出国、请客吃饭这些“三公”开支，预算…，实际…')
        measured = re.search(r"(?:年初|全年)?预算|实际|决算|budget|spen[dt]|actual", part.text)
        executed = [self.answerer.route("execution", question, f"{name} {part.text[measured.start():] if measured else ''}",
                                        lang, doc) for doc in docs] if name and part.op == "execution" else []
        if any(executed):
            return next(a for a in executed if a)
        if name:
            a = group_answer(self.answerer, name, part.text, lang, docs, question, members)
            if a is not None:
                return a
        routed = part.op in ("share", "change", "list", "reason", "execution", "rank", "define")
        plain = [(doc, True) for doc in docs if routed] + [(doc, False) for doc in docs if general]

        def tries():
            yield from ((doc, by_route, part.text) for doc, by_route in plain)
            if lang == "en":
                # only when nothing answered: English words the term map did not know, read as the printed names
                # they describe (the gloss dictionary loads here, not for every English question)
                linked = {doc.document.id: " ".join(link(part.text, doc) + [part.text]) for doc in docs}
                yield from ((doc, by_route, linked[doc.document.id]) for doc, by_route in plain
                            if linked[doc.document.id] != part.text)
        held = None     # an English part read from a prose sentence: a printed name its words describe may be meant
        for doc, by_route, text in tries():
            if held is not None and text == part.text:
                continue
            if by_route:
                a = self.answerer.route(part.op, question, text, lang, doc)
            else:
                a = self.answerer.answer_one(question, text, lang, doc)
            if a is not None and a.kind != "not_found" and part.op == "change" and not by_route and not states_change(a) \
                    and quoted_sentence(a) is None and CHANGE_ASKED.search(re.sub(CUES["newly"], "", part.text)):
                continue        # 'by how much did the total rise' is not answered by the total's table cell alone
            if a is not None and a.kind != "not_found":
                quoted = quoted_sentence(a)
                if quoted:
                    sentence_facts(a, part.text, *quoted, focus=without_own_department(focus_of(part, text), doc),
                                   taken=taken, units=units)
                    change = CHANGE_AT.search(quoted[0]) if part.op == "reason" else None
                    if change:     # 'why did X rise': X's own amount, printed before its change
                        sentence_facts(a, "多少万元", quoted[0][:change.start()], quoted[1], taken=taken)
                    if part.op == "reason" and REASON.search(quoted[0]):
                        # the figures of the sentence that gives the reason: the line's amount, its change and rate,
                        # and those of the reason itself ('…扶贫经费预算增加 50 万元')
                        amounts_stated(a, quoted[0], quoted[1], ("万元", "元", "%"))
                    if a.kind == "text" and a.facts and part.op != "reason":
                        a.kind = "number"       # the figures asked, each a fact, with the sentence as evidence
                    figures = {("万元" if m.group(2) == "万" else m.group(2)) for m in NUMBER.finditer(quoted[0])}
                    if a.kind == "text" and part.op == "lookup" and asked and not figures & asked and (
                            figures or asked <= {"万元", "元"} and (quoted[0].count("、") >= 3
                                                                   or not re.search(CUES["absence"], quoted[0])
                                                                   and not REASON.search(quoted[0])
                                                                   and not re.search(r"[一二三]是", quoted[0])
                                                                   and any(w in part.text.lower() for w in CUES["asks"]))):
                        continue        # a sentence of figures of another measure (an area for the rent asked), a
                        # list of what something includes where one item's amount is asked ('…会议费、培训费、…'), or
                        # one that states no amount and no absence ('拟订政府采购制度' for the procurement budget)
                if part.op == "lookup" and counts and counts == asked and (COUNT_QUESTION.search(part.text) or units
                                                                           or counts & MEASURED and not states_in(a, counts)) \
                        and not any(f.unit in counts for f in a.facts):
                    # a count ('how many vehicles') or a measure ('办公用房面积是多少') is not answered by an amount or a
                    # bare sentence: the sentence that counts or measures in the asked unit, if any
                    a = self._counted(part, lang, doc, question, taken, units or asked, text)
                    if a is None:
                        continue
                if part.op in ("lookup", "sum", "difference") and counted_as_money(part.text, a) \
                        or part.op == "lookup" and a.kind == "text" and not a.facts and COUNT_QUESTION.search(part.text):
                    continue        # 'how many of them are retirees' is not answered by the 退休费 line's money (nor
                    # 'how many mining licences' by a sentence that counts nothing)
                sibling = year_sibling(a, text, doc) if not quoted else None
                if sibling is not None:
                    a = Answer(question, lang, "not_found", "", document=doc.document.name)
                    self.answerer.number(a, doc, sibling, doc.document.department or doc.document.name, lang)
                if held is not None and quoted and quoted[0][:30] not in held.answer + "".join(i.name for i in held.items):
                    break       # (the same sentence read for the printed names is read again, for their figure)
                corroborate(a, docs, self.answerer.cite_fact)
                if lang == "en" and part.op == "lookup" and quoted and a.kind in ("text", "number") \
                        and text == part.text and held is None \
                        and not any(bigrams(f.label) & (bigrams(part.text) - COUNTED_BIGRAMS) for f in a.facts):
                    # (the noun a count counts, '人员' of 'how many staff', names no figure)
                    held = a        # a sentence whose figures the part's printed words do not name: a printed name
                    continue        # the English words describe first
                return a
        return held

    def answer(self, question: str, q: str, lang: str, document: ParsedDocument | None):
        """(answers per disclosure, the plan as JSON, the scope)."""
        engine = self.answerer.engine
        scope = resolve(q, question, document, engine.library, engine.settings.scope_limit)
        library = self.answerer.engine.library
        # ('公务接侍费' is 公务接待费; a claim quoted to be checked is scope, not what is asked)
        q, question = (offered(without_claims(corrected(x, scope.docs))) for x in (q, question))
        plan = make_plan(question, lang, grouped(q), self._joined_labels(scope.docs), lambda: {
            re.sub(r"[“”\"']", "", row_name(label)) for d in scope.docs for label in library.labels(d.document.id)})
        plan.scope = scope.to_json()
        if scope.missing:
            return [], plan.to_json(), scope
        results = []
        years = {p.document.year for p in scope.docs if p.document.year}
        named = {int(y) for y in re.findall(r"20\d\d", question)}
        across = len(years) >= 2 and len(named & {int(y) for y in years}) >= 2
        asked = list(plan.parts)
        for group in disclosures(scope.docs):
            out = Answer(question, lang, "not_found", "", document=group[0].document.name)
            previous, last_units, firsts, head, looked = None, set(), [], None, []
            answered: list[tuple[str, AnswerFact]] = []     # (what a part asked, the figure it stated)
            pointed = Named()
            plan.parts[:] = asked       # (each disclosure resolves 'which' for itself)
            for part in plan.parts:
                a = None
                at = plan.parts.index(part)
                part = plan.parts[at] = pointed.resolve(part, plan.parts[at - 1] if at else None, answered)
                taken = frozenset((f.value, f.unit) for f in out.facts)
                units = bare_count(part.text, last_units)
                if part.op == "change" and across and not out.facts:
                    # '2019年比2017年多了多少' over the two years' disclosures: each gives its own figure, the
                    # change is computed between them (combine.across_years)
                    a = self.subject_figure(Part(YEARS.sub(" ", part.text), "lookup", YEARS.sub(" ", part.subject)),
                                             lang, group)
                elif part.op in ("lookup", "list", "change") and BREAKDOWN.search(part.text) and (
                        previous is not None or part.op == "list"):
                    # ('…比上年增加了480万元，新增了哪些专项经费', '…which two new funds account for the increase')
                    a = self.change_breakdown((previous or part).subject, lang, group, question)
                elif part.op in ("sum", "difference", "average") and not part.operands:
                    # ('…由哪几项组成？合计多少': over the items the list before gave with their figures)
                    listed = [f for f in out.facts if any((i.value, i.unit) == (f.value, f.unit) for i in out.items)]
                    over = [f for f in (listed if len(listed) >= 2 else firsts) if f.unit]     # (a code is no figure)
                    # ('…A、B各是多少？请核对两项之和…'): the last figures, as many as it counts
                    counted = re.search(r"([两二三四五六七八九十])(?:项|者|笔)|\b(both|two|three|four|five)\b", part.text)
                    n = counted and CUES["count_words"].get((counted.group(1) or counted.group(2)).lower())
                    # (the lines the question listed, not a whole a share part read: '…三项…占“三公”经费的比重，核对三项之和')
                    over = [f for f in looked if f.unit][-n:] if n and len([f for f in looked if f.unit]) >= n else over
                    over = vacancy_pair(part.text, over) or over
                    a = over_earlier(part.op, over[-n:] if n and 2 <= n < len(over) else over, out, lang, question)
                elif part.op == "share" and (not part.operands or EACH.fullmatch(part.operands[0].strip())) \
                        and EACH.search(part.text) \
                        and len([f for f in looked if f.unit in MONEY]) >= 2:
                    # '基本支出和项目支出各多少，各占多少比例': each figure looked up before over its whole
                    a = self.each_share(part, lang, group, question, out, answered,
                                        [f for f in looked if f.unit in MONEY])
                elif part.op == "share" and not part.operands and plan.parts.index(part) > 0 \
                        and plan.parts[plan.parts.index(part) - 1].narrows:
                    # ('…how was it split between goods and services, what percentage was services': services
                    # over the figure the narrowing parts were within)
                    a = over_earlier("share", share_pair(part.subject, head, answered) or firsts, out, lang, question)
                elif part.op in ("sum", "difference") or part.op == "share" and len(part.operands) == 2 \
                        and whole_stated(part.operands, answered):
                    # a whole the question already stated, or pointed back to: computed over it, not a printed share
                    a = self.compute(part, lang, group, question, out, siblings_out(part, plan.parts, answered))
                elif part.op == "share" and not part.operands and len(firsts) >= 2 and WHOLE_ASKED.search(
                        plan.parts[plan.parts.index(part) - 1].text) and firsts[-1].value > firsts[-2].value:
                    # '…花多少？整个预算多少？占多少？': the figure before over the whole asked after it
                    a = over_earlier("share", [firsts[-1], firsts[-2]], out, lang, question)
                elif part.op == "share" and not part.operands and len(firsts) >= 2 and plan.parts.index(part) >= 2 \
                        and WHOLE_ASKED.search(plan.parts[plan.parts.index(part) - 2].text) \
                        and firsts[-2].unit == firsts[-1].unit and firsts[-2].value > firsts[-1].value:
                    # 'what was the total budget, how much was project spending, what share of the total did projects
                    # take': the figure before over the whole asked before it
                    a = over_earlier("share", [firsts[-2], firsts[-1]], out, lang, question)
                elif part.op == "share" and not part.operands and answered:
                    # '“三公”经费多少？因公出国（境）费占百分之几': of the figure before, when its table holds the part
                    a = self.compute(Part(part.text, "share", part.subject, [part.subject, "这"]), lang, group, question,
                                     out, answered, within=True)
                elif part.op == "share" and part.operands:
                    # a share the document states ('占 64.68%') before one computed from two looked-up amounts; a whole
                    # named in words ('基本支出里人员经费占…') is looked up; 'it' is the line stated before, not its change
                    own = [f.label for _, f in answered if not DERIVED.search(f.label)] or [
                        p.context + p.subject for p in plan.parts[:plan.parts.index(part)] if p.subject][-1:] \
                        or [part.operands[0]]
                    named = own[-1] if answered and ANAPHOR.fullmatch(part.operands[0].strip()) else part.operands[0]
                    a = None if not generic(part.operands[1]) or re.search(CUES["grand_whole"], part.operands[1], re.I) \
                        else self.one(part, lang, group, question, general=False)
                    a = a if a is not None and any(f.unit == "%" and not f.formula for f in a.facts) \
                        and names_operand(a.answer, named) else None
                    # (a sentence stating each member's share: the share in the clause naming the figure)
                    asked_of = Part(f"{named} {part.text}", part.op, named, part.operands, part.narrows, part.context) \
                        if named != part.operands[0] else part
                    stated = None if a else self.one(asked_of, lang, group, part.text, taken=taken)
                    if stated is not None and asked_of is not part and any(f.formula for f in stated.facts if f.unit == "%"):
                        stated = self.one(part, lang, group, part.text, taken=taken)     # (printed, not computed)
                    # (a share the document prints, not one the general routing computed of the wrong line)
                    printed = stated is not None and any(f.unit == "%" and not f.formula for f in stated.facts)
                    if stated is not None and any(f.unit == "%" for f in stated.facts) and names_operand(stated.answer, named) \
                            and (generic(part.operands[1]) or names_operand(stated.answer, part.operands[1])) \
                            and printed:
                        # (of a whole named in words, not the table's 合计: '提租补贴占住房保障支出的比例')
                        a = stated
                    a = a or self.compute(part, lang, group, question, out, siblings_out(part, plan.parts, answered)) \
                        or stated
                elif part.op == "count" and out.items:
                    a = count_of_items(part.text, out, lang, question)
                elif part.op in ("lookup", "list") and larger_of(part.text, answered, lang, question, out):
                    a = larger_of(part.text, answered, lang, question, out)       # 'which was larger'
                elif part.op == "reason" and out.facts and own_reason(part, plan.parts) is None:
                    a = self.reason_of_earlier(part, lang, group, question, out)
                elif part.op == "lookup" and (out.facts or out.items):
                    # the largest of the items listed before (unless an earlier part asked it); the year before worked back
                    again = any(extreme_asked(p.text) == extreme_asked(part.text) for p in plan.parts[:plan.parts.index(part)])
                    # (one line named before, the largest, is no list to pick the smallest from: its table is)
                    listed = len({i.name for i in out.items}) >= 2
                    under = next((r for r in (row_of(f, group) for _, f in reversed(answered)) if r), None) \
                        if not listed and not again else None
                    printed = [f for _, f in answered if not f.formula]
                    read = table_of(printed[-1], out, group) if printed and not under and not listed \
                        and not again else None
                    a = (table_whole(self.answerer, answered[-1][1], out, group, lang, question)
                         if answered and own_table_total(part.text) else None) \
                        or (extreme_of_items(part.text, out, lang, question) if listed or again else None) \
                        or (extreme_lines(question, part.text, lang, under[0], under[0].document.department or "",
                                          under[1]) if under else None) \
                        or (largest_purchase(question, f"采购 {answered[-1][0]} {part.text}", lang, read[0])
                            if read and extreme_asked(part.text) and bought(answered[-1][1], out) else None) \
                        or (extreme_lines(question, part.text, lang, read[0], read[0].document.department or "",
                                          table_id=read[1], context=q) if read else None) \
                        or prior_of_stated_change(part.text, group[0].document.year, out, lang, question) \
                        or self._breakdown(part, out, lang, group, question) \
                        or narrowed_in_table(self.answerer, part, answered, head, out, group, lang, question)
                if part.op == "share" and not part.operands and a is not None \
                        and any(f.unit == "%" and f.value > 100 for f in a.facts):
                    a = None        # ('基本支出、项目支出各多少？项目支出占比多少'): a part is not over a smaller figure
                if a is None and out.facts and BACK.search(part.text):
                    # '…how much money do they cover': read on where the figure the part points back to was stated
                    a = self._continued(part, lang, group, question, out, taken, units)
                later = plan.parts[plan.parts.index(part) + 1:]
                if a is None and part.op == "lookup" and later and re.search(CUES["define_first"], part.text, re.I) \
                        and re.search(r"多少|how much|how many", later[0].text):
                    # 'What is the 单位预留机动经费 …, and how much did the court set aside for it': its meaning, then
                    # its amount
                    a = next((x for x in (self.answerer.route("define", question, part.text, lang, d) for d in group)
                              if x is not None), None)
                part_question = question if len(plan.parts) == 1 else part.text
                if a is None and not PURCHASE.search(part.text) and part.op == "lookup" and (
                        any(PURCHASE.search(p.context) for p in plan.parts)
                        or PURCHASE.search(plan.text) and any(bought(f, out) or "采购" in f.label for _, f in answered[-1:])):
                    # ('In the 2017 purchasing plan, how much for A, and how much for B'): each is bought
                    framed = self.one(Part("采购 " + part.text, part.op, part.subject), lang, group, part.text,
                                      taken=taken, units=units)
                    # (in a procurement table, or a sentence that names it so: '工程类政府采购支出预算 0 万元')
                    a = framed if framed is not None and framed.facts and (bought(framed.facts[0], framed) or "采购" in
                                                                            framed.facts[0].label) \
                        and new_facts(framed, out) else None
                # (a group asked as the one figure, '三公一共多少', is stated with its members; not one of a list)
                # ('三公 出国 公车 接待': the group named with its members)
                a = a or self.one(part, lang, group, part_question, taken=taken, units=units,
                                  members=sum(p.op == "lookup" for p in plan.parts) == 1 or members_named(question))
                a = (self.worked_back(part, a, lang, group, question) if part.op == "lookup" and a else None) or a
                a = self._in_context(part, a, lang, group, taken, units)
                repeated = a is not None and a.facts and not new_facts(a, out)
                shared = part.op == "share" and a is not None and any(f.unit == "%" for f in a.facts)
                if previous is not None and not shared and (
                        a is None or part.narrows and (not a.facts or OF_THAT.search(part.text)) or repeated):
                    # '货物、工程、服务分别多少' after '政府采购预算总额多少': each within the subject the list narrows
                    # (a part that only repeats an earlier part's figure did not find its own)
                    within = Part(previous.subject + " " + part.text, part.op, part.subject)
                    again = self.one(within, lang, group, within.text, taken=taken, units=units)
                    own, before = bigrams(part.subject), bigrams(previous.subject)

                    def naming(x: Answer | None) -> tuple:
                        """How well a figure is named: by the part's own words first, then the subject it narrows."""
                        return max(((len(bigrams(f.label) & own), len(bigrams(f.label) & before)) for f in x.facts),
                                   default=(0, 0)) if x else (0, 0)
                    # (named alike, 'how much of it' is the figure read within what it narrows)
                    if again is not None and new_facts(again, out) and (not a or not a.facts or naming(again) > naming(a)
                                                                        or OF_THAT.search(part.text) and naming(again) == naming(a)):
                        a = again
                    else:
                        a = a or again
                if part.op == "change" and not out.facts and (a is None or not a.facts):
                    # '预算比上年缩水多少': the figure the subject names, then the change printed with it
                    base = self.subject_figure(part, lang, group)
                    # (printed with it: in the file the figure was read from, not a companion file's own sentence)
                    changed = self.change_of(base.facts[0], part, lang, [d for d in group if d.document.name == base.document]
                                             or group, question) if base else None
                    if changed is not None:
                        absorb(out, base)
                        a = changed
                if part.op == "change" and out.facts and (a is None or not new_facts(a, out)):
                    # '…总预算多少，比上年增加多少、增长几成': the change of the figure just answered is the one
                    # printed in the sentence that states that figure
                    a = self.change_of(out.facts[0], part, lang, group, question) or a
                if part.op == "change" and a is not None and a.facts and not a.items and out.facts:
                    # '…按说明中的增减额推算，上年该项是多少': the year before, worked back from the change read
                    scratch = replace(out, facts=list(out.facts), citations=list(out.citations), items=list(out.items))
                    absorb(scratch, a)
                    prior = prior_of_stated_change(part.text, group[0].document.year, scratch, lang, question)
                    if prior is not None:
                        absorb(out, a)
                        a = prior
                if out.facts and (a is None or not new_facts(a, out) and not a.items and not OWN_TABLE.search(part.text)):
                    # '…项目有多少个？涉及多少资金？': the paragraph the part before was read from goes on
                    a = self._continued(part, lang, group, question, out, taken, units) or a
                if part.op == "lookup" and a is not None and other_year(part.text, a, group):
                    # '2016年的支出预算' in the 2017 disclosure: not its own year's figure, but one printed for 2016
                    # where the part before was read ('与 2016 年度相比（2016 年度…为8,648.07万元）')
                    a = self._continued(part, lang, group, question, out, taken, units) if out.facts else None
                    a = None if a is None or other_year(part.text, a, group) else a
                if part.op == "change" and a is not None and a.facts:
                    a = self.redirected(part, a, lang, group, question) or a
                rate = self.stated_rate(part, a, out, lang, group, question) if part.op == "change" else None
                if rate is not None:
                    if a is not None:
                        absorb(out, a)     # the part's own figures (the stated change) stay, the rate is added
                    a = rate
                # ('how much of the procurement budget is for SMEs' answered by the whole: the portion asked)
                split = a is not None and answers_only_whole(part.text, a) and portion_of(part.text)[1].strip()
                a = self.one(Part(split, "lookup", split), lang, group, question, taken=taken,
                             units=asked_units(part.text)) if split else a
                a = None if split and a is not None and not a.facts else a     # (a figure, not a sentence)
                a = None if a is not None and not_an_answer(part, a) else a
                if a is not None and CODE_ASKED.search(plan.text):
                    with_codes(a, group, lang, plan.text)
                previous = part if not part.narrows or previous is None else previous
                pointed.heard(part, a)
                if a is not None:
                    last_units = {f.unit for f in a.facts if f.unit} or last_units      # (not a code's)
                    absorb(out, a)
                    # (the figures as the merged answer holds them, their citations counted in it)
                    held = {(f.value, f.unit): f for f in out.facts}
                    # (figures stated beside the part's own, a group's members, are not what later parts point to)
                    new = [held[(f.value, f.unit)] for f in a.facts if (f.value, f.unit) not in taken and not f.quoted]
                    own = held.get((a.facts[0].value, a.facts[0].unit)) if a.facts and not new else None
                    if own is not None and own not in firsts[-1:]:
                        firsts.append(own)      # (a figure an earlier part already stated is still this part's)
                        if extreme_asked(part.text):    # ('which of the three is the largest, what share is it')
                            answered.append((part.subject or part.text, own))
                    new = [f for f in new if f.unit] or new     # (a code stated beside an amount is not its figure)
                    if new:
                        head = head if part.narrows and head is not None else new[0]
                        firsts.append(new[0])       # the figure each part stated, for a later 'A加B' over them
                        looked += new[:1] if part.op == "lookup" else []
                        computed = [f for f in new if f.formula] if part.op in ("sum", "difference", "share") else []
                        if computed or len(new) == 1:
                            answered.append((part.subject or part.text, (computed or new)[-1]))
                        else:       # 'A、B、C各多少': each figure by its own label
                            answered += [(f.label, f) for f in new]
                    out.document = out.document if out.citations else a.document
            if out.kind != "not_found":
                quoted_figures(out)
                out.document = group[0].document.name
                results.append(out)
        across = across_years(results, plan, scope, lang, question)
        return results + ([across] if across else []), plan.to_json(), scope
