"""Parts that ask a change: the figure the change is of, the change printed with a figure, and a rate the prose
did not state, worked out from the stated change and the line's figure."""
from __future__ import annotations

import re
from decimal import Decimal

from dataclasses import replace

from core.qa.combine import CHANGE_WORDS, RATE_ASKED, STATED_CHANGE, prior_of_stated_change, rate_of_stated_change
from core.qa.merge import absorb
from core.qa.numbers import amounts_stated, bigrams, sentence_facts
from core.types import Part
from core.qa.common import CUES, template
from core.qa.words import asks_purpose
from core.qa.prose import CHANGE_AT, PURPOSE, REASON, reason_after, reason_text
from core.qa.execution import ASKED, BUDGETED
from core.qa.wholes import cited_paragraph
from core.types import Answer, AnswerFact, AnswerItem, Citation, ParsedDocument

BREAKDOWN = re.compile(CUES["change_breakdown"], re.I)
PRIOR_FIGURE = re.compile(CUES["prior_figure"], re.I)
DOWN = re.compile(r"减少|下降|降幅|降低|少了|压缩|缩减|\b(?:decrease|fell|fall|drop|down|lower|less|cut)\b", re.I)
UP = re.compile(r"增加|增长|增幅|上升|多了|提高|\b(?:increase|rose|rise|grew|grow|up|higher|more)\b", re.I)


def _direction(text: str) -> str | None:
    down, up = DOWN.search(text), UP.search(text)
    return None if bool(down) == bool(up) else ("down" if down else "up")
AMOUNT = re.compile(r"(\d[\d,]*(?:\.\d+)?)\s*万元?")


class ChangeParts:
    def subject_figure(self, part: Part, lang: str, group: list[ParsedDocument]) -> Answer | None:
        """The figure a change question is about, looked up without its change words."""
        subject = CHANGE_WORDS.sub(" ", part.subject).strip(" ，,")
        if not subject:
            return None
        for doc in group:       # the figure itself, not a change a sentence states of it ('…支出增加 140.96 万元')
            base = self.one(Part(subject + "是多少", "lookup", subject), lang, [doc], subject + "是多少")
            if base is not None and base.facts and base.facts[0].unit in ("万元", "元") \
                    and not STATED_CHANGE.search(base.facts[0].label):
                return base
        return None

    def change_of(self, fact, part: Part, lang: str, group: list[ParsedDocument], question: str) -> Answer | None:
        forms = {format(fact.value, "f")}
        if fact.unit == "元":           # a table in 元, its explanation in 万元
            forms |= {format((fact.value / 10000).quantize(Decimal(q)), "f") for q in ("0.01", "1")}
        for doc in group:
            for p in doc.passages:
                text = p.text.replace(",", "")
                if p.kind != "paragraph" or not any(f in text for f in forms):
                    continue
                sentences = re.split(r"(?<=[。；;])", p.text)
                for i, sentence in enumerate(sentences):
                    after = sentences[i + 1] if i + 1 < len(sentences) else ""
                    if not CHANGE_AT.search(sentence) and re.match(r"\s*(?:与上年相比|比上年|较上年|同比)", after):
                        sentence += after       # '项目支出预算数为 10208.94 万元。与上年相比减少 1134.33 万元…'
                    if any(f in sentence.replace(",", "") for f in forms) and CHANGE_AT.search(sentence):
                        a = Answer(question, lang, "number", "", document=doc.document.name)
                        label = doc.document.department or doc.document.name
                        self.answerer.quote(a, doc, p, sentence, lang, label)
                        sentence_facts(a, part.text, sentence.strip(), 0, focus=part.subject)
                        if a.facts:
                            a.kind = "number"
                            return a
        return None

    def worked_back(self, part: Part, a: Answer, lang: str, group: list[ParsedDocument], question: str) -> Answer | None:
        """'…Working back, what was the 2017 total budget': the figure looked up, the change printed with it, and the
        year before worked out from the two."""
        money = [f for f in a.facts if f.unit in ("万元", "元") and not f.formula]
        # (the cue may stand in a clause of its own: 'Working back, what was the 2017 reserve fund')
        if not money or not PRIOR_FIGURE.search(question) or any(f.formula for f in a.facts):
            return None
        out = replace(a, facts=list(a.facts), citations=list(a.citations), items=list(a.items))
        change = self.change_of(money[0], part, lang, group, question)
        if change is not None:
            absorb(out, change)
        prior = prior_of_stated_change(part.text, group[0].document.year, out, lang, question)
        if prior is None:
            return None
        absorb(out, prior)
        return out

    def redirected(self, part: Part, a: Answer, lang: str, group: list[ParsedDocument], question: str) -> Answer | None:
        """'按和上年一致的统计口径比，…比上年减少了多少': the sentence found states the change the other way
        ('比2016年增加5503.07万元'); the paragraph's sentence that states it the asked way ('按与上年统计口径一致相比，
        本年比上年减少161.96万元，下降了4.39%') answers, the one sharing most of the part's words."""
        asked = _direction(part.text)
        said = {_direction(f.label) for f in a.facts if f.unit in ("万元", "元", "%")} - {None}
        cite = next((c for c in a.citations if c.table is None and c.rows), None)
        if asked is None or not said or asked in said or cite is None:
            return None
        found = cited_paragraph(cite, group)
        if found is None:
            return None
        doc, first = found
        wanted = bigrams(part.text)
        # the paragraph and the one after it in the same section ('…无可比性。' / '按与上年统计口径一致相比，…')
        near = [x for x in doc.passages if x.kind == "paragraph" and x.section == first.section
                and first.seq <= x.seq <= first.seq + 1]
        turned = [(x, s) for x in near for s in re.split(r"(?<=[。；;])", x.text)
                  if CHANGE_AT.search(s) and _direction(s) == asked]
        if not turned:
            return None
        p, sentence = max(turned, key=lambda t: len(bigrams(t[1]) & wanted))
        b = Answer(question, lang, "number", "", document=doc.document.name)
        self.answerer.quote(b, doc, p, sentence, lang, doc.document.department or doc.document.name)
        sentence_facts(b, part.text, sentence.strip(), 0, focus=part.subject)
        if not b.facts:
            return None
        b.kind = "number"
        return b

    def reason_of_earlier(self, part: Part, lang: str, group: list[ParsedDocument], question: str,
                          out: Answer) -> Answer | None:
        """'…比上年增加了多少？主要原因是什么？': the reason printed with the sentence the parts before were read
        from (the latest prose citation), not a reason of another line that shares the subject's words."""
        prose = [c for c in reversed(out.citations) if c.table is None and c.section and c.rows]
        # (of the sentences read before, the latest of those that name what the part asks about: '会议费…为什么' after
        # parts that also read the total)
        wanted = bigrams(part.subject) - bigrams("".join(CUES["reason"]) + "为什么是多少")
        prose.sort(key=lambda c: -len(bigrams(c.rows[0]) & wanted))
        # (a question about a line's budget against its spending asks the reason for that gap, not for a change
        # another sentence states)
        gap = ASKED.search(question) or re.search(CUES["execution_budget"], question) and re.search(
            CUES["execution_actual"], question)
        spent = [c for c in prose if BUDGETED.search(c.rows[0])] if gap else []
        cite = (spent or prose or [None])[0]
        found = cited_paragraph(cite, group, whole=True) if cite else None
        purpose = asks_purpose(part.text)
        if found is None:       # (what a project's money pays for: its performance target's own account)
            return self.project_purpose(lang, group, question, out) if purpose else None
        doc, passage = found
        sentences = re.split(r"(?<=[。；;])", passage.text)
        sentence = next((x for x in sentences if cite.rows[0] in x), None) \
            or next((x for x in sentences if cite.rows[0][:20] in x), None)
        at = sentences.index(sentence) if sentence in sentences else -1
        if at >= 0 and not purpose and not CHANGE_AT.search(sentence) \
                and any(re.search(r"增加|减少|增长|下降", f.label) for f in out.facts):
            # (after a part that read a change, the reason of that change: read from the sentence stating it, not
            # the purpose the amount's own sentence gives — '…823.76 万元，主要用于…。与上年相比减少…。主要是…')
            sentence = next((x for x in sentences[at + 1:at + 3] if CHANGE_AT.search(x)), sentence)
        # (what the money pays for is read where the sentence goes on: '…446 万元。用于单位办公大楼…')
        text = reason_after(doc, passage, sentence, PURPOSE if purpose else REASON) if sentence else None
        if not text:
            return None
        a = Answer(question, lang, "text", "", document=doc.document.name)
        self.answerer.quote(a, doc, passage, text, lang, doc.document.department or doc.document.name)
        sentence_facts(a, part.text, text, 0, focus=part.subject, taken=frozenset((f.value, f.unit) for f in out.facts))
        given = REASON.search(text)
        if given:       # the amounts the reason states ('…扶贫经费预算增加 50 万元')
            amounts_stated(a, text[given.end():], 0)
        return a

    def project_purpose(self, lang: str, group: list[ParsedDocument], question: str, out: Answer) -> Answer | None:
        """'How much is budgeted for project X, and what will the money pay for': the project's own account of
        itself (项目概况, else 总体目标) in its performance target."""
        for doc in group:
            for f in out.facts:
                target = next((t for t in doc.performance if t.project and t.project in f.label), None)
                text = target and (target.fields.get("项目概况") or target.fields.get("总体目标"))
                if text:
                    a = Answer(question, lang, "text", "", document=doc.document.name)
                    idx = self.answerer.cite_target(a, doc, target, [target.project])
                    a.items = [AnswerItem(None, text, None, None, [idx])]
                    a.answer = template("text", lang, doc=doc.document.department or doc.document.name,
                                        section=target.project, text=text)
                    return a
        return None

    def stated_rate(self, part: Part, a: Answer | None, out: Answer, lang: str, group: list[ParsedDocument],
                    question: str) -> Answer | None:
        """'…增加了多少？涨了百分之几？' where the prose stated the change but no rate: worked out from the line's
        figure in the tables."""
        if not RATE_ASKED.search(part.text) or any(f.unit == "%" for f in (a.facts if a else []) + out.facts):
            return None
        changes = [f for f in out.facts + (a.facts if a else []) if STATED_CHANGE.search(f.label)]
        stated = max(reversed(changes), key=lambda f: len(bigrams(f.label) & bigrams(part.subject)),
                     default=None)      # the change of what the part names, else the latest
        return rate_of_stated_change(stated, self.subject_figure(part, lang, group), lang, question) if stated else None

    def change_breakdown(self, subject: str, lang: str, group: list[ParsedDocument], question: str) -> Answer | None:
        """'…比上年多了多少？多出来的钱分别用在哪、各多少？': each amount the reason for the change names ('主要原因是
        新增A专项经费280万元，B专项经费200万元'), labelled by the words printed before it."""
        for doc in group:
            found = reason_text(doc, subject)
            if found is None:
                continue
            passage, text = found
            marker = REASON.search(text)
            clause = text[marker.end():] if marker else ""
            pairs, start = [], 0
            for m in AMOUNT.finditer(clause):
                name = re.sub(r"^[，,、；;。\s]+|(?:预算)?(?:增加|减少|增长|下降)?了?\s*$", "", clause[start:m.start()])
                start = m.end()
                if len(name) >= 2:
                    pairs.append((re.sub(r"^(?:是|为)?(?:增加|新增|减少)?", "", name), Decimal(m.group(1).replace(",", ""))))
            if len(pairs) < 2:
                continue
            a = Answer(question, lang, "number", "", document=doc.document.name)
            idx = a.cite(Citation(doc.document.name, None, passage.section, passage.page_of(text), [clause.strip()[:60]]))
            a.facts = [AnswerFact(name, value, "万元", None, [idx]) for name, value in pairs]
            a.items = [AnswerItem(None, name, value, "万元", [idx]) for name, value in pairs]
            a.answer = "；".join(f"{name} {value} 万元" for name, value in pairs) + f"（{text.strip()}）"
            return a
        return None
