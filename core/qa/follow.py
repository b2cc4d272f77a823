"""Figures a part reads from what the parts before it read: a count in the prose the part names, the numbered
items of the section a figure came from, the part's figure further on in the paragraph quoted before; an item read with
the words before its list ('财政拨款收支预算总表中，A、B各是多少')."""
from __future__ import annotations

import re

from core.qa.checks import bought, named_tables, read_in
from core.qa.common import CUES, unscoped, without_own_department
from core.qa.lookups import PURCHASE
from core.qa.merge import focus_of, quoted_sentence
from core.qa.numbers import bigrams, sentence_facts
from core.qa.sections import section_breakdown
from core.types import Answer, ParsedDocument, Part


WHOLE_ASKED = re.compile(r"\b(?:whole|total|overall|entire)\b|总|合计|全部|整个", re.I)
COMPUTED = {"difference", "sum", "share", "change", "average"}     # what a text without a figure does not answer
FIGURE_ASKED = re.compile(r"多少|几[个项人辆次]|how (?:much|many)|compare|比(?:上年|去年|20\d\d)", re.I)


class FollowParts:
    def _counted(self, part: Part, lang: str, doc: ParsedDocument, question: str, taken: frozenset,
                 units: set[str], text: str) -> Answer | None:
        a = Answer(question, lang, "not_found", "", document=doc.document.name)
        if not self.answerer.prose(a, unscoped(text, doc), lang, doc, doc.document.department or doc.document.name):
            return None
        sentence_facts(a, part.text, *quoted_sentence(a), focus=without_own_department(focus_of(part, text), doc),
                       taken=taken, units=units)
        if not any(f.unit in units for f in a.facts):
            return None
        a.kind = "number"
        return a

    def _breakdown(self, part: Part, out: Answer, lang: str, group: list[ParsedDocument], question: str) -> Answer | None:
        """'…总计多少？分别来自哪些资金来源、各多少': the numbered items of the section the figure before was read in."""
        if not (re.search(CUES["sources_asked"], part.text, re.I) and re.search(CUES["each_pattern"], part.text)):
            return None
        cited = next((c for c in reversed(out.citations) if c.table is None and c.section), None)
        doc = next((d for d in group if cited and d.document.name == cited.document), None)
        return section_breakdown(doc, cited.section, lang, question, doc.document.department or "") if doc else None

    def _continued(self, part: Part, lang: str, group: list[ParsedDocument], question: str, out: Answer,
                   taken: frozenset, units: set[str] | None) -> Answer | None:
        """The part's figure in the paragraph the previous part's sentence was quoted from."""
        cited = next((c for c in reversed(out.citations) if c.table is None and c.section and c.rows), None)
        doc = next((d for d in group if cited and d.document.name == cited.document), None)
        if doc is None:
            return None
        passage = next((p for p in doc.passages if p.kind == "paragraph" and p.section == cited.section
                        and cited.rows[0][:20] in p.text), None)
        if passage is None:
            return None
        a = Answer(question, lang, "number", "", document=doc.document.name)
        self.answerer.quote(a, doc, passage, passage.text, lang, doc.document.department or doc.document.name)
        sentence_facts(a, part.text, passage.text, 0, focus=part.subject, taken=taken, units=units)
        # an amount must be named by the part's own words; a count in the asked measure word is enough
        own = bigrams(part.subject)
        a.facts = [f for f in a.facts if f.unit not in ("万元", "元", "%")
                   or len(bigrams(f.label) & own) >= min(2, len(own))]
        if not a.facts:
            return None
        a.kind = "number"
        return a

    def _in_context(self, part: Part, a: Answer | None, lang: str, group: list[ParsedDocument], taken: frozenset,
                    units: set[str] | None) -> Answer | None:
        """The part read with the words before its list, where alone it named no figure, or not in the table or
        purchasing project those words name."""
        tables = named_tables(part.context, group) if part.context else set()
        # (words before the list that name a purchasing project, not only the table: '政协全委会在政府采购表里，
        # 货物和服务各…')
        thing = bigrams(re.sub(r"在[\u4e00-\u9fff“”]{0,14}?表[里中内]?|^[^在，,]{0,16}表[里中内]?[，,]?$|"
                               r"[里中内][，,]|20\d\d年度?", " ", part.context)) - bigrams(
            " ".join(CUES["linker_noise"] + CUES["procurement_table_words"])) if part.context else set()
        # (a purchase read without the project the words before the list name: '开全委会，订酒店和吃饭…')
        unnamed = bool(thing) and a is not None and bool(a.facts) and bought(a.facts[0], a) \
            and not any(bigrams(f.label) & thing for f in a.facts)
        # (what a line is for, answered from the prose, is not re-read in the table the words before name)
        explained = a is not None and part.op in ("reason", "define") and a.kind in ("text", "definition")
        if part.context and part.op != "count" and not explained and not (a and any(f.formula for f in a.facts)) and (
                a is None or not a.facts or part.op == "list" and not a.items
                             or tables and not read_in(a, tables)
                             or thing and PURCHASE.search(part.context)
                             and not any(bigrams(f.label) & thing for f in a.facts) or unnamed):
            # the item alone did not name a figure, or not in the table the words before the list name
            # ('财政拨款收支预算总表中，基本支出、项目支出各是多少'): read it with them
            framed = Part(part.context + part.text, part.op, part.subject)
            again = self.one(framed, lang, group, framed.text, taken=taken, units=units)
            if unnamed and not PURCHASE.search(part.context) and not (
                    again is not None and any(bigrams(f.label) & thing for f in again.facts)):
                again = None
            if again is not None and (not again.facts and (part.op in COMPUTED or FIGURE_ASKED.search(part.text)) or again.facts
                                      and not tables and not WHOLE_ASKED.search(part.text) and all(
                    bigrams(f.label) and bigrams(f.label) <= bigrams(part.context) - bigrams(part.text)
                    for f in again.facts)):
                again = None    # (the figure of the words before, not of the part: '项目支出' for 'in 2019
                # 项目支出, how much extra for A')
            a = again if again is not None and (not tables or read_in(again, tables) or not a) else a or again
        return a
