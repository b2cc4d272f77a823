"""Figures a part reads from what the parts before it read: a count in the prose the part names, the numbered
items of the section a figure came from, the part's figure further on in the paragraph quoted before."""
from __future__ import annotations

import re

from core.qa.common import CUES, unscoped, without_own_department
from core.qa.merge import focus_of, quoted_sentence
from core.qa.numbers import bigrams, sentence_facts
from core.qa.plan import Part
from core.qa.sections import section_breakdown
from core.types import Answer, ParsedDocument


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
