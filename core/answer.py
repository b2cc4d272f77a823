"""The answer engine's entry: question -> plan -> scope -> parts (core/qa) answered by the single-measure
routes below and in core/qa/{lookups,prose_answers,document_parts}.py. Every number is a stored fact or a
computation over stored facts, with its formula and citation."""
from __future__ import annotations

import re
from decimal import Decimal

from core.qa.common import (CUES, language_of, shared_phrases, template, to_chinese, unscoped, without_departments,
                            without_rough_figures)
from core.qa.document_parts import DocumentParts
from core.qa.lookups import Lookups
from core.qa.operation import normalise_codes
from core.qa.merge import counted_list
from core.qa.typos import spelled
from core.qa.words import EXTREME, asks_purpose
from core.qa.procurement import purchase_in_project
from core.qa.prose_answers import ProseAnswers
from core.types import Answer, AnswerFact, AnswerItem, ParsedDocument


class Answerer(Lookups, ProseAnswers, DocumentParts):
    """Routes a question to the computation that answers it, per document in scope."""

    def __init__(self, engine):
        from core.llm import make_chat_model
        self.engine = engine
        settings = engine.settings
        from core.qa.run import Pipeline
        self.pipeline = Pipeline(self)
        self._linkers = {}
        self.llm = engine.chat_model if getattr(engine, "chat_model", None) is not None else make_chat_model(
            settings.llm, settings.llm_base_url, settings.llm_api_key)

    # ---- entry -----------------------------------------------------------------------------------
    def answer(self, question: str, document: str | None = None) -> Answer:
        question = (question or "").strip()
        lang = language_of(question)
        if not question:
            return Answer(question, lang, "not_found", template("not_found", lang))
        asked, question = question, spelled(without_rough_figures(question))
        q = normalise_codes(to_chinese(without_departments(question)))
        chosen = None
        if document:
            chosen = self.engine.find_document(document)
            if chosen is None:
                raise KeyError(f"no stored document matches {document!r}")
        results, plan, scope = self.pipeline.answer(question, q, lang, chosen)
        results = [counted_list(r) for r in results]
        if not results:
            answer = self.not_found(question, q, lang, scope)
        else:
            answer = results[0] if len(results) == 1 else merge(question, lang, results)
        answer.plan, answer.question = plan, asked
        if results and self.llm is not None:
            from core.llm import checked_phrasing
            evidence = [" ".join(c.rows) for c in answer.citations]
            phrased = checked_phrasing(self.llm, answer, evidence)
            if phrased:
                answer.answer = phrased
        return answer

    def answer_one(self, question: str, q: str, lang: str, doc: ParsedDocument) -> Answer:
        ql = question.lower()
        q = unscoped(q, doc)       # naming the department is scope, not content
        a = Answer(question, lang, "not_found", "", document=doc.document.name)
        label = doc.document.department or doc.document.name
        # ('what is the 2025 政府采购 预算': an English part whose 'budget' the term map put in Chinese)
        asks_amount = re.search(r"多少|how much|how (?:large|big)\b|total|amount|budget|金额|预算数|\bc(?:ome|omes|ame) to\b"
                                + (r"|预算(?![\u4e00-\u9fff]{0,4}表)" if lang == "en" else ""), ql + q)
        from core.qa.lists import about_disclosure
        from core.qa.empty import empty_table
        whole = about_disclosure(question, lang, doc, label) or empty_table(question, q, lang, doc, label)
        if whole is not None:
            return whole
        from core.qa.series import series_answer
        from core.qa.thresholds import threshold_answer
        from core.qa.conditions import condition_answer
        stated = series_answer(question, q, lang, doc, label) or threshold_answer(question, q, lang, doc, label) \
            or condition_answer(question, q, lang, doc, label)
        if stated is not None:
            return stated
        # 'what does X mean in this budget': naming the budget does not ask a figure; 'what is the total
        # budget' does
        said = [w for w in CUES["define"] if w in ql + q] or re.findall(r"是啥", q) * bool(re.match(CUES["define_asked"], q))
        meaning = [w for w in said if w not in ("what is", "what are", "what does", "什么是", "是什么")]
        # 'what is 预算 for X', 'what is project spending for 2018' ask a figure
        figure = asks_amount or lang == "en" and ("预算" in q or re.search(r"20\d\d|spen[dt]|\bcosts?\b", ql))
        if said and not (figure and not meaning) and not re.search(r"多少|几|how much|how many|金额|amount", ql + q):
            if self.definition(a, q, lang, doc):
                return a
        if re.search(r"目录|catalog", q + ql):
            if self.catalogue(a, q, lang, doc, label):
                return a
        if self.indicator(a, q, lang, doc, label):
            return a
        if re.search(r"绩效|指标|目标|target|indicator", q + ql):
            if self.performance(a, q, lang, doc, label):
                return a
        if re.search(r"多少个|(?<!哪)几个|how many|number of", q + ql) and "项目" in q and self.project_rows(doc)[1]:
            # 'X的项目有几个': the projects X names, counted with their sum; else all of them
            if self.concept_sum(a, q, lang, doc, label):
                return a
            return self.count_projects(a, lang, doc, label)
        if re.search(r"哪些项目|哪几个项目|项目有哪些|which projects|list (the )?projects|相关|有关|relate", q + ql):
            if self.concept_sum(a, q, lang, doc, label, short_terms=True):
                if re.search(r"哪些|哪几个|which|list", q + ql):
                    a.kind = "list"
                return a
        from core.qa.extremes import extreme_lines
        from core.qa.filters import averaged_lines, filtered_lines
        line = filtered_lines(question, q, lang, doc, label, self.project_rows(doc)[1]) \
            or averaged_lines(question, q, lang, doc, label)
        if line is not None:
            return line
        if re.search(r"采购|procure|purchas", q + ql) and EXTREME.search(q + ql):
            from core.qa.procurement import procurement_list
            from core.qa.words import ranked_count
            ranked = procurement_list(question, q, lang, doc, label)     # the largest purchases, of a project or all
            if ranked is not None and len(ranked.items) <= (ranked_count(q + ql) or 1):
                return ranked
        line = extreme_lines(question, q, lang, doc, label)
        if line is not None:
            return line
        if (EXTREME.search(q + ql) or re.search(r"top\s*\d*", q + ql, re.I)) and "项目" in q:
            return self.top_projects(a, q, lang, doc, label)
        # 上年/去年 alone names a year ('去年买办公用品花了多少' of a 决算); a change is asked against it
        changed = re.search(r"(比|较|与|同)(上年|去年)|(上年|去年)(相比|同期|多|少)|增减|变化|变动|增长|减少|下降|增加|调减|"
                            r"调增|压减|year-on-year|last year|previous year|year before|compared|change|increase|"
                            r"decrease|grow|\bfall\b|\bfell\b|\brise\b|\brose\b",
                            re.sub(CUES["change_nouns"], " ", q.replace("上年结转", "") + ql, flags=re.I))
        # ('by how much did it fall, in money and in percent': the percent of the change, not a share)
        if re.search(r"占比|比例|比重|share|percent|proportion|%", q + ql) and not (
                changed and not re.search(r"占比|比例|比重|share|proportion|percentage of|percent of|%", q + ql)):
            if self.share(a, q, lang, doc, label):
                return a
        if changed:
            if self.change(a, q, lang, doc, label):
                return a
        periods = self.prose_periods(q, doc)
        if asks_amount and periods and self.stated_amount(a, q, lang, doc, label, periods):
            return a        # '年初预算' of a 决算: no table column holds it, the explanation states it
        codes = re.findall(r"(?<!\d)(\d{3}(?:\d{2}){0,2})(?!\d)", q)
        codes = [c for c in codes if not c.startswith("20") or len(c) != 4]
        if codes and self.by_code(a, codes, q, lang, doc, label):
            return a
        # a purchase, or a project, of the procurement table the question names
        # (in English a project and one of its purchases named by their glosses are enough without 'procurement')
        worded = bool(re.search(r"采购|procure|purchas", q + ql))
        bought = purchase_in_project(question, q, lang, doc, label, worded)
        if bought is not None:
            return bought
        if self.numbered_total(a, q, lang, doc, label) or self.grand_total(a, q, lang, doc, label):
            return a
        if self.titled_total(a, q, lang, doc, label, phrases_only=True):
            return a
        if self.by_label(a, q, lang, doc, label):
            return a
        if asks_amount and not re.search(r"一共|合计|总共|加起来|所有|全部|各项|total|all\b", q + ql) \
                and self.linked(a, q, lang, doc, label, strong=True):
            return a        # a row that the question nearly spells out beats a phrase shared with one project
        if self.concept_sum(a, q, lang, doc, label):
            return a
        if self.table_total(a, q, lang, doc, label):
            return a
        if self.column_total(a, q, lang, doc, label):
            return a
        if asks_amount and self.target_funding(a, q, lang, doc, label):
            return a        # a project named only by its performance target ('the project to build the new centre')
        only = prose_only(re.split(r"[中里内][，,]", q)[-1], doc)      # 'X里，Y多少' asks Y
        if asks_amount and only and self.stated_amount(a, q, lang, doc, label):
            return a        # a term no table prints ('机关运行经费' of a 决算 without that table): the prose states it
        if asks_amount and self.linked(a, q, lang, doc, label):
            return a
        if asks_amount and self.stated_amount(a, q, lang, doc, label):
            return a
        if self.prose(a, q, lang, doc, label):
            return a
        return a

    @staticmethod
    def prose_periods(q: str, doc: ParsedDocument) -> tuple[str, ...]:
        """The periods the question asks (年初预算, 调整预算 …) that no table of the document prints."""
        asked = tuple(w for w in CUES["prose_periods"] if w in q)
        return () if any(w in t.title + " ".join(t.columns) for w in asked for t in doc.tables) else asked

    def route(self, op: str, question: str, q: str, lang: str, doc: ParsedDocument) -> Answer | None:
        """The computation the plan named (share, change, list), tried before the general routing."""
        from core.qa.lists import list_answer
        from core.qa.numbers import sentence_facts
        from core.qa.combine import CHANGE_WORDS
        from core.qa.prose import change_sentence
        a = Answer(question, lang, "not_found", "", document=doc.document.name)
        q = unscoped(q, doc)
        label = doc.document.department or doc.document.name
        if op == "list":
            from core.qa.filters import filtered_lines
            return filtered_lines(question, q, lang, doc, label, self.project_rows(doc)[1]) \
                or list_answer(question, q, lang, doc, label)
        if op == "rank":
            from core.qa.change_ranks import ranked_change
            return ranked_change(question, q, lang, doc, label)
        if op == "define":
            return a if self.definition(a, q, lang, doc) else None
        if op == "execution":
            from core.qa.execution import execution
            return execution(a, q, lang, doc, label)
        if op == "reason":
            from core.qa.execution import ASKED, execution
            from core.qa.merge import absorb
            from core.qa.plan import ROUGH
            from core.qa.prose import STATED, purpose_text, reason_of_figure, reason_text
            if ASKED.search(q):     # 'why was the budget not used up': the line's budget, spending and the reason
                spent = execution(a, q, lang, doc, label)
                if spent is not None:
                    return spent
            found = reason_text(doc, q)
            if found is None and asks_purpose(q):
                found = purpose_text(doc, q)        # what a line is used for, where no change is stated
            for m in re.finditer(r"(\d[\d,]*(?:\.\d+)?)\s*(万元|万|元)", q if found is None else ""):
                # ('…为啥比去年少了990万'): the reason printed with the change the question states
                found = found or reason_of_figure(doc, Decimal(m.group(1).replace(",", "")),
                                                  "元" if m.group(2) == "元" else "万元")
            whole = Answer(question, lang, "not_found", "", document=doc.document.name)
            # (a subject of no words but the budget's own, '2025预算咋比上年少了两千多万 啥原因', is the whole budget)
            rest = CHANGE_WORDS.sub("", re.sub(r"[^\u4e00-\u9fff]|预算|支出|收入|总额|总计|部门|单位|为什么|为啥|咋|啥|原因|上年|去年|比",
                                               "", ROUGH.sub("", unscoped(q, doc))))
            if found is None and len(rest) < 2 and self.grand_total(whole, "预算总额", lang, doc, label):
                found = reason_of_figure(doc, whole.facts[0].value, whole.facts[0].unit)     # 'why is the 2025 budget smaller than 2024's'
            if not (found and self.quote(a, doc, found[0], found[1], lang, label)):
                return None
            if CHANGE_WORDS.search(q) and not STATED.search(found[1]):
                # ('财政拨款为什么比上年减少了'): the change itself, then its reason, where the reason states no amount
                change = self.route("change", question, q, lang, doc)
                if change is not None and change.facts:
                    absorb(change, a)
                    change.kind = a.kind        # (still a reason, now with the figures it explains)
                    return change
            return a
        if op == "share" and self.share(a, q, lang, doc, label):
            return a
        if op == "change":
            # a row named by its code ('2040504 案件审判的财政拨款支出'): its change is the row's, whatever table
            # words come with it
            codes = set(re.findall(r"(?<!\d)\d{3,7}(?!\d)", normalise_codes(q)))
            row = next((f.label for f in doc.facts if f.code and f.code in codes), None)
            said = CHANGE_WORDS.search(q) if row else None
            q = f"{row}{q[said.start():]}" if said else q
            # a sentence naming the whole subject beats the table-backed recomputation, which matches looser
            found = change_sentence(doc, q, strict=True)
            if self.change(a, q, lang, doc, label):
                prose = next((i for i, c in enumerate(a.citations) if c.table is None and c.rows), None)
                said = a.citations[prose].rows[0][:20] if prose is not None else ""
                if found is None or (said and found[1].strip().startswith(said)):
                    if found:       # the stated magnitudes too ('减少1.92万元', '下降2.75%')
                        sentence_facts(a, q, found[1], prose)
                    return a
                a = Answer(question, lang, "not_found", "", document=doc.document.name)
            if found and self.quote(a, doc, found[0], found[1], lang, label):
                return a
            found = change_sentence(doc, q)
            if found and self.quote(a, doc, found[0], found[1], lang, label):
                return a
        return None

    # ---- computations ----------------------------------------------------------------------------
    def not_found(self, question, q, lang, scope) -> Answer:
        a = Answer(question, lang, "not_found", template("not_found", lang))
        if scope.missing:
            a.answer += " " + scope.missing
            return a
        try:       # close matches from the documents in scope only
            docs = self.engine.retriever([p.document.id for p in scope.docs] or None, k=3).invoke(q)
            matches = "；".join(d.page_content[:40] for d in docs)
            if matches:
                a.answer += " " + template("close_matches", lang, matches=matches)
        except Exception:       # close matches are a courtesy; never fail the answer for them
            pass
        return a


def prose_only(q: str, doc: ParsedDocument) -> str:
    """The longest phrase (four characters or more) of the question that names an amount the prose states and
    that no table prints (in a row, a title or a column), nor the department's name."""
    said = shared_phrases(q, [s.context for s in doc.stated if s.unit in ("万元", "元")])
    named = set((doc.document.department or "") + (doc.document.region or ""))
    printed = [f.label for f in doc.facts] + [t.title + " ".join(t.columns) for t in doc.tables]
    said = [p for p in said if not set(re.findall(r"[\u4e00-\u9fff]", p)) - set("年度") <= named]
    return max((p for p in said if not any(p in x for x in printed)), key=len, default="")


def merge(question: str, lang: str, results: list[Answer]) -> Answer:
    """Per-document answers to an unscoped question -> one answer, each part labelled."""
    out = Answer(question, lang, results[0].kind, "")
    texts = []
    for r in results:
        remap = {i: out.cite(c) for i, c in enumerate(r.citations)}
        for f in r.facts:
            out.facts.append(AnswerFact(f"{r.document}: {f.label}", f.value, f.unit, f.formula,
                                        [remap[i] for i in f.citations], f.quoted))
        for it in r.items:
            out.items.append(AnswerItem(it.code, it.name, it.value, it.unit, [remap[i] for i in it.citations]))
        texts.append(r.answer)
    out.answer = "\n".join(texts)
    return out
