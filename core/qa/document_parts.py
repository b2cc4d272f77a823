"""Answers from a document's project list, glossary, purchase-of-services catalogue and performance-target
tables."""
from __future__ import annotations

import difflib
import re
from decimal import Decimal

from core.qa.common import HAN, TERMS, han_bigrams, shared_phrases, template, unscoped
from core.qa.words import CUES, EXTREME, ranked_count
from core.types import Answer, AnswerFact, AnswerItem, Citation, format_decimal


# a target printed with its comparison and unit: '≥13459.00(平方米)', '=300.00(场)', '不低于80%', '90%'
TARGET_VALUE = re.compile(r"^\s*(≥|≤|>|<|=|不低于|不少于|不高于|不超过|达到)?\s*(\d[\d,]*(?:\.\d+)?)\s*"
                          r"[（(]?(%|[\u4e00-\u9fff]{1,4})?[)）]?\s*$")


class DocumentParts:
    def project_rows(self, doc):
        table = next((t for t in doc.tables if t.kind == "project_list" and t.rows), None)
        if table is None:
            return None, []
        tid = table.id          # a property that hashes; once, not per fact
        facts = [f for f in doc.facts if f.table_id == tid and (f.col_index == 1 or
                 (f.column.split("/")[-1] in ("合计", "金额") and f.col_index <= 2))]
        seen, rows = set(), []
        for f in facts:
            if f.row_index in seen or f.label.endswith(("局", "合计", "办事处", "院")):
                continue
            seen.add(f.row_index)
            rows.append(f)
        return table, rows

    def concept_sum(self, a, q, lang, doc, label, short_terms: bool = False) -> bool:
        table, rows = self.project_rows(doc)
        if not rows:
            return False
        shortest = 2 if short_terms else 4
        terms = [t for t in set(TERMS.values()) if len(t) >= shortest and t in q and t not in ("项目", "预算", "支出")]
        terms += shared_phrases(q, [f.label for f in rows], shortest)
        # (a phrase inside a longer printed line the question names is that line's: '基本养老保险缴费' is not the
        # project '…职工基本养老保险费用')
        lines = shared_phrases(q, list({f.label for f in doc.facts if f.table_id != (table.id if table else None)}),
                               shortest + 1)
        matched = []
        for term in sorted(terms, key=len, reverse=True):
            if any(term in p and len(p) > len(term) for p in lines):
                continue
            matched = [f for f in rows if term in f.label]
            if matched:
                concept = term
                break
        years = re.findall(r"20\d\d", q)
        same_year = [f for f in matched if any(y in f.label for y in years)]
        if years and same_year:
            matched = same_year          # 'the 2023 land change survey' is one of the yearly rows
        if not matched:
            return False
        if len(matched) == 1:
            self.number(a, doc, matched[0], label, lang)
            return True
        total = sum((f.value for f in matched), Decimal(0))
        formula = " + ".join(format_decimal(f.value) for f in matched) + f" = {format_decimal(total)}"
        idx = self.cite_fact(a, doc, matched)
        a.kind = "number"
        a.facts.append(AnswerFact(f"Σ {concept}", total, matched[0].unit, formula, [idx]))
        # the count the answer states is a fact too ('超层越界检查测绘共 8 个')
        a.facts.append(AnswerFact(f"{concept}（个数）" if lang == "zh" else f"number of {concept}", Decimal(len(matched)),
                                  "个", f"count({table.display_title if table else concept})", [idx]))
        a.items = [AnswerItem(None, f.label, f.value, f.unit, [idx]) for f in matched]
        a.answer = template("sum", lang, doc=label, label=concept, count=len(matched), value=format_decimal(total),
                            unit=matched[0].unit, formula=formula)
        return True

    def count_projects(self, a, lang, doc, label) -> Answer:
        table, rows = self.project_rows(doc)
        if not rows:
            return a
        idx = self.cite_fact(a, doc, rows)
        a.kind = "number"
        n = Decimal(len(rows))
        a.facts.append(AnswerFact("项目个数" if lang == "zh" else "number of projects", n, "个",
                                  f"count({table.display_title})", [idx]))
        a.items = [AnswerItem(None, f.label, f.value, f.unit, [idx]) for f in rows]
        a.answer = template("count", lang, doc=label, label="项目" if lang == "zh" else "projects", value=len(rows))
        return a

    def top_projects(self, a, q, lang, doc, label) -> Answer:
        table, rows = self.project_rows(doc)
        if not rows:
            return a
        superlative = EXTREME.search(q)
        n = ranked_count(q) or (1 if superlative else 5)
        # ('the smallest project'): the low end, when only it is asked
        low = bool(re.search(CUES["extreme_min"], q, re.I)) and not re.search(CUES["extreme_max"], q, re.I)
        top = sorted(rows, key=lambda f: f.value if low else -f.value)[:n]
        ends = bool(re.search(CUES["extreme_pair"], q, re.I))
        if ends:        # 'the largest and the smallest': both ends
            top, n = [top[0], min(rows, key=lambda f: f.value)], 2
        idx = self.cite_fact(a, doc, top)
        a.kind = "list" if n > 1 else "number"
        a.items = [AnswerItem(None, f.label, f.value, f.unit, [idx]) for f in top]
        if n == 1:      # (the one project keeps its name as the item: 'which project gets the most')
            self.number(a, doc, top[0], label, lang)
        else:
            a.facts = [AnswerFact(f.label, f.value, f.unit, None, [idx]) for f in top]
            a.answer = template("ends", lang, doc=label, top=f"{top[0].label} {format_decimal(top[0].value)} "
                                f"{top[0].unit}", low=f"{top[1].label} {format_decimal(top[1].value)} {top[1].unit}") \
                if ends else template("top", lang, doc=label, n=n)
        return a

    def catalogue(self, a, q, lang, doc, label) -> bool:
        if not doc.catalogue:
            return False
        departments = sorted({e.department for e in doc.catalogue if e.department}, key=len, reverse=True)
        dept = next((d for d in departments if d in q), None)
        if dept is None:
            return False
        entries = [e for e in doc.catalogue if e.department == dept]
        table = next(t for t in doc.tables if t.kind == "catalogue")
        idx = a.cite(Citation(doc.document.name, table.display_title, dept, entries[0].page, [dept]))
        a.kind = "list"
        a.items = [AnswerItem(e.code, e.name, None, None, [idx]) for e in entries]
        a.answer = template("catalogue", lang, doc=label, department=dept, count=len(entries))
        return True

    def definition(self, a, q, lang, doc) -> bool:
        terms = [p for p in doc.passages if p.kind == "glossary"]
        plain = q.replace("“", "").replace("”", "").replace('"', "")
        # 'X, as opposed to Y': X is asked, Y only contrasts it
        asked = re.split(r"as opposed to|rather than|instead of|而不是|不同于|区别于", plain)[0]
        hits = [p for p in terms if p.title and p.title.replace("“", "").replace("”", "") in asked] or \
            [p for p in terms if p.title and p.title.replace("“", "").replace("”", "") in plain]
        if not hits:
            # a term described in other words ('money carried over and left at the year end' -> 年末结转和结余):
            # the one entry whose name shares clearly most character pairs with the question
            asked = han_bigrams(plain)
            scored = sorted(((len(han_bigrams(p.title) & asked), p) for p in terms if p.title),
                            key=lambda x: -x[0])
            if not scored or scored[0][0] < 2 or len(scored) > 1 and scored[1][0] == scored[0][0]:
                hits = self._described(plain, terms) if lang == "en" else []
                if not hits:
                    return self.defined_inside(a, plain, lang, doc, terms)
            else:
                hits = [scored[0][1]]
        p = max(hits, key=lambda p: len(p.title))
        idx = a.cite(Citation(doc.document.name, None, p.section, p.page, [p.title]))
        a.kind = "definition"
        a.items = [AnswerItem(None, p.title, None, None, [idx])]
        a.answer = template("definition", lang, term=p.title, definition=p.text)
        return True

    @staticmethod
    def _described(plain: str, terms: list) -> list:
        """An entry described in everyday English ('the reserve units keep back at the start of the year'): the one
        whose name and opening words explain clearly most of the question's leftover words, by dictionary glosses."""
        from core.qa.gloss import explained, glossed, leftover_words
        words = leftover_words(plain)
        asked = han_bigrams(plain)      # words the term map already printed ('收入') count too

        def key(p) -> tuple[int, float]:
            # (as many words explained: the entry whose own name they explain most of, 'unit funds' = 单位资金)
            cut = [w for _, w in glossed(p.title) if w]
            return (len(explained(p.title + p.text[:30], words)) + len(han_bigrams(p.title) & asked),
                    sum(1 for w in cut if w & words) / len(cut) if cut else 0.0)
        scored = sorted(((key(p), p) for p in terms if p.title), key=lambda x: x[0], reverse=True)
        if not scored or scored[0][0][0] < 2 or scored[0][0][0] == 2 and scored[0][0][1] < 1 \
                or len(scored) > 1 and scored[1][0] >= scored[0][0]:
            return []
        return [scored[0][1]]

    @staticmethod
    def defined_inside(a, plain, lang, doc, terms) -> bool:
        """A term explained inside another entry ('因公出国（境）费' within the entry on “三公”经费): the sentence
        of the entry that names it, where the question shares a run of at least four characters with it."""
        def brackets(t: str) -> str:
            return t.replace("（", "(").replace("）", ")")
        asked = brackets(plain)

        def run(p) -> int:
            text = brackets(p.text)
            return difflib.SequenceMatcher(None, asked, text, autojunk=False).find_longest_match(
                0, len(asked), 0, len(text)).size
        best = max(terms, key=run, default=None)
        if best is None or run(best) < 4:
            return False
        m = difflib.SequenceMatcher(None, asked, brackets(best.text), autojunk=False).find_longest_match(
            0, len(asked), 0, len(best.text))
        named = best.text[m.b:m.b + m.size]
        if not HAN.search(named) or len(HAN.findall(named)) < 3:
            return False
        # the sentence that opens with the term ('其中，因公出国（境）费指…') explains it; others only name it
        sentences = [s for s in re.split(r"(?<=[。；;])", best.text) if brackets(named) in brackets(s)] or [best.text]
        sentence = min(sentences, key=lambda s: brackets(re.sub(r"^\s*其中[，,]?", "", s)).find(brackets(named)))
        idx = a.cite(Citation(doc.document.name, None, best.section, best.page, [best.title]))
        a.kind = "definition"
        a.items = [AnswerItem(None, best.title, None, None, [idx])]
        a.answer = template("definition", lang, term=named, definition=sentence.strip())
        return True

    @staticmethod
    def named_target(q, doc):
        """The performance target whose project name shares the longest run (>= 6 characters) with the question."""
        def overlap(t):
            return difflib.SequenceMatcher(None, t.project, q).find_longest_match(0, len(t.project), 0, len(q)).size
        asked = han_bigrams(q)      # a shared run of 6 characters shares 5 bigrams: a cheap filter before difflib
        candidates = [t for t in doc.performance if len(han_bigrams(t.project) & asked) >= min(5, len(t.project) - 1)]
        target = max(candidates, key=overlap, default=None)
        if target and overlap(target) >= min(6, len(target.project)):
            return target
        if re.search(r"[a-z]{3,}(?:\s+[a-z]{3,}){2}", q.lower()):
            # 'the employment assistance base subsidy project': the project its English words describe
            from core.qa.gloss import best_name
            name = best_name(q, [t.project for t in doc.performance], doc)
            return next((t for t in doc.performance if t.project == name), None)
        return None

    def cite_target(self, a, doc, target, rows) -> int:
        ptable = next((t for t in doc.tables if t.kind == "performance" and t.title.endswith(target.project)), None)
        return a.cite(Citation(doc.document.name, ptable.display_title if ptable else "项目支出绩效目标表", None,
                               target.page, rows))

    def indicator(self, a, q, lang, doc, label) -> bool:
        """'新建…中心的规划建筑面积是多少' -> that project's indicator row and its target value."""
        target = self.named_target(q, doc)
        if target is None:
            return False
        m = difflib.SequenceMatcher(None, q, target.project).find_longest_match(0, len(q), 0, len(target.project))
        rest = q[:m.a] + " " + q[m.a + m.size:]          # what the question asks besides naming the project
        # an indicator named in what remains, or one whose name extends the project's ('…后期管护面积')
        def extends_project(name):
            name = unscoped(name, doc).strip()
            return name in q and len(name) > m.size
        asked = han_bigrams(rest)

        def named(x) -> float:
            """Printed in what remains, or most of the name's words there ('开展活动300场' for '开展活动多少场')."""
            name = x["三级指标"]
            if len(name) < 2:
                return 0
            if name in rest or extends_project(name):
                return 2 + len(name) / 100
            words = han_bigrams(re.sub(r"[\d.,，、]+", "", name))
            shared = len(words & asked)
            return shared / len(words) if shared >= 2 and shared * 5 >= len(words) * 3 else 0
        x = max(target.indicators, key=named, default=None)
        if x is None or not named(x):
            return False
        idx = self.cite_target(a, doc, target, [target.project, x["三级指标"]])
        a.kind = "text"
        a.items = [AnswerItem(None, f"{x['一级指标']}/{x['二级指标']}/{x['三级指标']}：{x['指标值']}", None, None, [idx])]
        target_value = TARGET_VALUE.search(x["指标值"])
        if target_value:        # '≥13459.00(平方米)', '=300.00(场)', '不低于80%': the target as a figure
            a.kind = "number"
            a.facts.append(AnswerFact(x["三级指标"], Decimal(target_value.group(2).replace(",", "")),
                                      target_value.group(3) or "", None, [idx]))
        a.answer = template("indicator", lang, doc=label, project=target.project, indicator=x["三级指标"], value=x["指标值"])
        return True

    def target_funding(self, a, q, lang, doc, label) -> bool:
        """'how much money is requested for the project to build the new centre': the year's funding its
        performance target states."""
        target = self.named_target(q, doc)
        if target is None or target.annual_funding is None or any(target.project in f.label for f in doc.facts):
            return False        # (a project the tables list is read there)
        idx = self.cite_target(a, doc, target, [target.project, "年度资金总额"])
        a.kind = "number"
        a.facts.append(AnswerFact(f"{target.project}（年度资金总额）", target.annual_funding, target.unit, None, [idx]))
        a.answer = (f"{label}：{target.project} 年度资金总额 {format_decimal(target.annual_funding)} {target.unit}"
                    if lang == "zh" else f"{label}: {target.project}, funding for the year "
                    f"{format_decimal(target.annual_funding)} {target.unit}")
        return True

    def performance(self, a, q, lang, doc, label) -> bool:
        target = self.named_target(q, doc)
        if target is None:
            return False
        idx = self.cite_target(a, doc, target, [target.project])
        a.kind = "list"
        a.items = [AnswerItem(None, f"{x['一级指标']}/{x['二级指标']}/{x['三级指标']}：{x['指标值']}", None, None, [idx])
                   for x in target.indicators]
        if target.annual_funding is not None:
            a.facts.append(AnswerFact("年度资金总额", target.annual_funding, target.unit, None, [idx]))
        a.answer = template("performance", lang, doc=label, project=target.project,
                            annual=format_decimal(target.annual_funding or Decimal(0)),
                            goal=target.fields.get("总体目标") or target.fields.get("年度总体目标", ""))
        return True
