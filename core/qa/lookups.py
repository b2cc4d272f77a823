"""Single-measure lookups over table facts: a code, a printed row name, the linked row, a table or column total,
a share of a total. Each puts one fact with its citation into the answer."""
from __future__ import annotations

import difflib
import re
from decimal import Decimal

from core.numbers import cny, round2
from core.qa.common import CUES, ENGLISH, TABLE_PREFERENCE, TOTAL_ROW, han_bigrams, row_name, template
from core.qa.gloss import leftover_words, stem
from core.qa.numbered import ASKED, asked_numbers, in_named_tables, number_of
from core.qa.words import FILLER
from core.types import Answer, AnswerFact, Citation, Fact, ParsedDocument, format_decimal


# English words only as whole words ('is' is not inside 'this')
# a purchase asked as one ('买家具准备花多少钱', 'procurement of furniture'), not a budget line ('公务用车购置')
PURCHASE = re.compile(CUES["purchase_words"], re.I)
GRAND_TOTAL = re.compile("|".join(rf"\b{w}\b" if w.isascii() else w for w in
                                  sorted(CUES["grand_total_words"].split("|"), key=len, reverse=True)))


def _run(a: str, b: str) -> int:
    """The longest run of Chinese characters two texts share."""
    m = difflib.SequenceMatcher(None, a, b, autojunk=False).find_longest_match(0, len(a), 0, len(b))
    return len(re.findall(r"[\u4e00-\u9fff]", a[m.a:m.a + m.size]))


class Lookups:
    def cite_fact(self, a: Answer, doc: ParsedDocument, facts: list[Fact]) -> int:
        table = next(t for t in doc.tables if t.id == facts[0].table_id)
        rows = [" ".join(x for x in (f.code, f.label) if x) for f in facts]
        pages = [f.page for f in facts if f.page]
        return a.cite(Citation(doc.document.name, table.display_title, None, pages[0] if pages else table.page,
                               list(dict.fromkeys(rows)), table_id=table.id))

    def pick_fact(self, facts: list[Fact], q: str) -> Fact | None:
        """Among facts of one row label, the table and column the question most likely means."""
        if not facts:
            return None
        if asked_numbers(q) or re.search(r"表|\btable\b", q):      # ('公开09表中…合计'): in the table the question names
            facts = in_named_tables(facts, q, self.engine.library.load(facts[0].doc_id))
        wanted_column = next((c for c in ("基本支出", "项目支出", "人员经费", "公用经费", "一般公共预算")
                              if c in q), None)
        def score(f: Fact):
            kind_rank = TABLE_PREFERENCE.index(f.table_kind) if f.table_kind in TABLE_PREFERENCE else 99
            col = f.column.split("/")[-1]
            col_rank = 0 if (wanted_column and col == wanted_column) else 1 if (
                col in ("金额", "预算数", "决算数", "小计") or col.endswith("合计")
                or col.replace("“", "").replace("”", "") == f.label) else 2
            return (col_rank, kind_rank, f.col_index)
        return sorted(facts, key=score)[0]

    def number(self, a: Answer, doc, fact: Fact, label: str, lang: str, name: str | None = None) -> None:
        idx = self.cite_fact(a, doc, [fact])
        a.kind = "number"
        shown = name or fact.label
        col = fact.column.split("/")[-1]
        if col not in ("合计", "金额", "预算数", "决算数", "小计") and col not in shown and not col.startswith("列"):
            shown = f"{shown}（{col}）"
        a.facts.append(AnswerFact(shown, fact.value, fact.unit, None, [idx]))
        if lang == "en":        # the English name from the term map where it has one, the printed name beside
            english = ENGLISH.get(row_name(fact.label))
            shown = f"{english} ({shown})" if english else shown
        a.answer = template("number", lang, doc=label, label=shown, value=format_decimal(fact.value), unit=fact.unit,
                            cny=cny(fact.value, fact.unit) if lang == "en" else "")

    def by_code(self, a, codes, q, lang, doc, label) -> bool:
        for code in codes:
            facts = [f for f in doc.facts if f.code == code]
            fact = self.pick_fact(facts, q)
            if fact:
                self.number(a, doc, fact, label, lang, f"{code} {fact.label}")
                return True
        return False

    def by_label(self, a, q, lang, doc, label) -> bool:
        """The row the question names. Several names in one question ('基本支出里电费') are ranked: a row whose
        table title or column carries the other names wins over those names as rows; among equals, the table
        whose title shares the longest run with the question."""
        # a procurement row is one purchase inside a project ('案件审判经费 / 维修费 150'), not the budget line
        procurement = PURCHASE.search(q)
        def printed(f) -> str:
            """The part of the row's name the question prints: all of it, or a group without its 小计."""
            name = row_name(f.label)
            if name in q or (len(name) > 2 and name.endswith("合计") and name[:-2] + "总计" in q):
                return name
            plain = re.sub(r"[（(][^（）()]*[)）]$", "", name)      # '台式计算机（20万以下）' asked as 台式计算机
            if len(plain) >= 4 and plain != name and plain in q:
                return plain
            if len(name) > 4 and name.endswith("支出") and name[:-2] in q:
                return name[:-2]        # '其他人大事务' for 其他人大事务支出
            if len(name) > 4 and name.endswith("费") and name[:-1] in q:
                return name[:-1]        # '办公设备购置总额' for 办公设备购置费
            if len(name) > 5 and name.endswith("小计") and name[:-2] + "合计" in q:
                return name[:-2] + "合计"        # a group's 小计 asked as its 合计 ('三公经费合计')
            return name[:-2] if len(name) > 5 and name.endswith("小计") and name[:-2] in q else ""
        titles = {t.id: t.title for t in doc.tables}

        def inside_title(name: str) -> bool:
            """'一般公共预算' inside '一般公共预算机关运行经费': the question names a table, not that row."""
            i = q.find(name)
            longer = q[i:i + len(name) + 2] if i >= 0 else ""
            return len(longer) > len(name) and any(longer in t for t in titles.values()) \
                and not any(longer in f.label for f in doc.facts)
        candidates = [f for f in doc.facts if len(printed(f)) >= 2 and not inside_title(printed(f))]
        if not procurement and any(f.table_kind != "procurement" for f in candidates):
            # a purchase is asked as one when no budget line carries the name ('台式计算机')
            candidates = [f for f in candidates if f.table_kind != "procurement"]
        names = {printed(f) for f in candidates}

        def context(f) -> int:
            name = printed(f)
            where = re.sub(r"[“”\"]", "", titles.get(f.table_id, "") + f.column)
            # another name the question prints, found in this row's table or column ('基本支出里电费'); a longer
            # name holding this one (公务用车购置及运行费 for 运行费) is that row's name, not context
            return sum(len(n) for n in names if n not in name and name not in n and n in where)

        def title_run(f) -> int:
            title = titles.get(f.table_id, "")
            rest = q.replace(printed(f), " ")       # '财政拨款基本支出': 基本支出 in the 财政拨款 table
            run = difflib.SequenceMatcher(None, rest, title).find_longest_match(0, len(rest), 0, len(title)).size
            return run if run >= 4 else 0     # a table named by its title, not a column word (项目支出)
        scored = {id(f): len(printed(f)) + context(f) for f in candidates}
        top = max(scored.values(), default=0)
        best = [f for f in candidates if scored[id(f)] == top]
        best_len = max((len(printed(f)) for f in best), default=0)
        runs = {id(f): title_run(f) for f in best}
        if best and max(runs.values()):
            best = [f for f in best if runs[id(f)] == max(runs.values())]
        if best:        # of two names the question prints, the later one is asked ('…表里培训费是多少'); of
            # names ending at one place, the longer (公务用车购置及运行费, not its 运行费)
            def where(f):
                name = printed(f)
                return (q.rfind(name) + len(name), len(name))
            last = max(where(f) for f in best)
            best = [f for f in best if where(f) == last]
        generic = han_bigrams("合计总计总额一共多少支出收入预算是的年")
        # (only when the question names nothing else, in English either: not 'the total investment for the new centre')
        if not best and re.search(r"合计|总计|总额|一共|total", q) and len(han_bigrams(q) - generic) <= 1 \
                and len(leftover_words(q) - {stem("total")}) <= 1:
            best = [f for f in doc.facts if f.label in ("合计", "支出总计", "本年支出合计")]
        if best_len == 2 and top == 2 and len(han_bigrams(q)) > 4:
            return False        # a two-character label inside a long question is a weak match
        if best:
            # 'X里Y是多少' names X as where Y is: with no row for Y, X is not the answer (the prose may state Y)
            name = printed(best[0])
            within = re.match(r"(?:里面|里|之中|当中|中|内)([\u4e00-\u9fff]+)", q[q.rfind(name) + len(name):])
            if within and len(han_bigrams(FILLER.sub("", within.group(1)))) >= 1:
                return False
        fact = self.pick_fact(best, q)
        if fact is not None:
            # a printed name inside the question can be only the table it is asked in ('基本支出里…退休金'):
            # a row that explains clearly more of the question wins
            linker = self.linker(doc)
            prepared = linker.prepare(q)
            link = linker.best(q, bool(procurement)) if prepared else None
            exact = linker.score(fact, prepared).score if prepared else 0.0
            if link and link.fact.label != fact.label and link.label_cover >= 0.3 and linker.adds(fact.label, link, q) \
                    and link.score >= exact - 0.05 and linker.qualifies(fact.label, link):
                fact = self.pick_fact([f for f in doc.facts if f.table_id == link.fact.table_id
                                       and f.label == link.fact.label], q)
        if fact is None:
            return False
        repeated = [f for f in doc.facts if f.table_id == fact.table_id and f.column == fact.column
                    and f.label == fact.label and f.row_index != fact.row_index]
        if repeated and re.search(r"所有|全部|加起来|合起来|一共|总共|合计|all\b|in total|altogether", q):
            return self.rows_sum(a, doc, [fact] + repeated, label, lang)
        self.number(a, doc, fact, label, lang)
        if fact.label.endswith("总计"):
            # a 总计 includes carry-overs; the year's own 本年收入/支出合计 in the same column is what most mean
            own = next((f for f in doc.facts if f.table_id == fact.table_id and f.column == fact.column
                        and re.fullmatch(r"本年(收入|支出)合计", f.label) and f.value != fact.value), None)
            if own:
                idx = self.cite_fact(a, doc, [own])
                a.facts.append(AnswerFact(own.label, own.value, own.unit, None, [idx]))
                a.answer += template("of_which", lang, label=own.label, value=format_decimal(own.value), unit=own.unit)
        return True

    def rows_sum(self, a, doc, rows, label, lang) -> bool:
        """One name printed on several rows of a table ('住宿服务' under each conference): their sum."""
        rows = sorted(rows, key=lambda f: f.row_index)
        total = sum((f.value for f in rows), Decimal(0))
        formula = " + ".join(format_decimal(f.value) for f in rows) + f" = {format_decimal(total)}"
        idx = self.cite_fact(a, doc, rows)
        a.kind = "number"
        a.facts.append(AnswerFact(f"Σ {rows[0].label}", total, rows[0].unit, formula, [idx]))
        a.answer = template("sum", lang, doc=label, label=rows[0].label, count=len(rows), value=format_decimal(total),
                            unit=rows[0].unit, formula=formula)
        return True

    def linker(self, doc):
        from core.qa.link import Linker
        if doc.document.id not in self._linkers:
            self._linkers[doc.document.id] = Linker(doc)
        return self._linkers[doc.document.id]

    def linked(self, a, q, lang, doc, label, strong: bool = False) -> bool:
        """No row is named as printed: the row that explains most of the question, if it explains enough
        (`strong`: most of the question and most of the row's own name)."""
        linker = self.linker(doc)
        procurement = bool(PURCHASE.search(q))
        link = linker.best(q, procurement)
        # enough of the row's own name, or a row that explains most (or all) of what the question says
        if link is None or not (link.score >= 0.2 and link.label_cover >= 0.45
                                or link.score >= 0.6 and link.label_cover >= 0.3
                                or link.score >= 0.95 and linker.tail_named(link.fact.label, q)):
            return False
        if strong and not (link.score >= 0.6 and link.label_cover >= 0.7):
            return False
        # the same row printed in several tables that explain the question as well: the usual table wins
        prepared = linker.prepare(q)
        fact = self.pick_fact([f for f in doc.facts if f.label == link.fact.label
                               and (procurement or f.table_kind != "procurement")
                               and linker.score(f, prepared).score >= link.score - 0.01], q)
        self.number(a, doc, fact, label, lang)
        return True

    def grand_total(self, a, q, lang, doc, label) -> bool:
        """'省人大常委会办公厅2018年预算一共多少钱' names nothing but the budget: the summary table's grand total
        (收入总计; 支出总计 is printed equal)."""
        names = (doc.document.department or "") + (doc.document.region or "")
        words = [k for k, v in CUES["departments"].items() if k.isascii() and v in names] + CUES["english_filler"] \
            + CUES["organisation_words"]
        bare = re.sub(r"\b(?:" + "|".join(map(re.escape, words)) + r")(?:['’]s)?\b", "", q.lower())   # 'xingxian', "putuo's"
        rest = re.sub(r"['’]s\b|20\d\d|[\s\d？?，,。'’]", "", GRAND_TOTAL.sub("", bare))     # "office's" -> "'s"
        rest = "".join(c for c in rest if c not in (doc.document.department or ""))     # what is left of the name
        if rest or not re.search(r"一共|总共|总额|总计|合计|总|盘子|多大|预算|budget|total|overall|whole|spen[dt]", q.lower()):
            return False        # ('2025年预算是多少' of a department: nothing named but its budget)
        order = ("收入", "支出")
        if re.search(r"支出|spen[dt]", q) and doc.document.kind == "决算":
            # what a year's accounts spent is its 本年支出合计 (支出总计 adds what was carried over)
            spent = [f for f in doc.facts if f.table_kind in ("overview", "expenditure")
                     and re.sub(r"\s", "", f.label) in ("本年支出合计", "支出合计")]
            fact = self.pick_fact(spent, q)
            if fact:
                self.number(a, doc, fact, label, lang)
                return True
        for kind in ("overview", "income", "expenditure", "fiscal_overview"):
            for side in order:
                # '支出总计', or a two-sided table's '总计' in its 支出 columns
                facts = [f for f in doc.facts if f.table_kind == kind and (re.sub(r"\s", "", f.label) == side + "总计"
                         or re.sub(r"\s", "", f.label) == "总计" and f.column.startswith(side))]
                fact = self.pick_fact(facts, q)
                if fact:
                    self.number(a, doc, fact, label, lang)
                    return True
        return False

    def table_total(self, a, q, lang, doc, label) -> bool:
        """'机关运行经费是多少' / '三公经费合计' -> the total of the table (or column) that carries that name."""
        plain = q.replace("“", "").replace("”", "")
        for keyword, kinds in (("机关运行经费", ("operating", "three_public")), ("三公经费", ("three_public",)),
                               ("政府采购", ("procurement",)), ("政府性基金", ("gov_fund",)),
                               ("国有资本经营", ("state_capital",)), ("上年结转", ("project_list",))):
            if keyword not in plain:
                continue
            def plain_text(x):
                return x.replace("“", "").replace("”", "")
            by_label = [f for f in doc.facts if keyword in plain_text(f.label)]
            # a column headed by the name ('“三公”经费/小计'), the shallowest such column
            headed = [f for f in doc.facts if f.label in ("合计", "小计")
                      and any(keyword in plain_text(part) for part in f.column.split("/")[:-1])]
            shallow = min((f.column.count("/") for f in headed), default=0)
            by_column = by_label or [f for f in headed if f.column.count("/") == shallow]
            titles = {t.id: t.title.replace("“", "").replace("”", "") for t in doc.tables}
            in_table = [f for f in doc.facts if f.table_kind in kinds and keyword in titles.get(f.table_id, "")]
            by_table = [f for f in in_table if f.label in ("合计", "部门合计")]
            # '货物类政府采购' -> the row 一、货物A of that table
            rest = plain.replace(keyword, " ")
            named = [f for f in in_table if len(row_name(f.label)) >= 2 and row_name(f.label) in rest
                     and not re.search(r"合计|小计|总计", f.label)]
            if not named:       # a row the question names in other words around its core ('租用江苏法院云平台')
                runs = {id(f): _run(row_name(f.label), rest) for f in in_table if not re.search(r"合计|小计|总计", f.label)}
                top = max(runs.values(), default=0)
                named = [f for f in in_table if top >= 4 and runs.get(id(f)) == top]
            row = self.pick_fact(named, q)
            fact = row or self.pick_fact(by_column or by_table, q)
            if fact:
                self.number(a, doc, fact, label, lang, None if row else keyword)
                return True
        return self.titled_total(a, plain, lang, doc, label)

    def titled_total(self, a, q, lang, doc, label, phrases_only: bool = False) -> bool:
        """The total row of a table the question names by its title: '收入预算合计' (the title's core is in the
        question, longest wins) or, with phrases_only, 'total basic expenditure of the general public budget' /
        '一般公共预算基本支出合计' (every phrase of the question is in the title, 8 characters or more in all)."""
        if not re.search(r"合计|总计|总额|一共|total", q):
            return False
        if phrases_only:
            runs = [r for r in re.findall(r"[\u4e00-\u9fff]+", re.sub(r"合计|总计|总额|一共|是多少|多少|是|的|为", " ", q))
                    if len(r) >= 2]
            if sum(map(len, runs)) < 8:
                return False
            tables = sorted((t for t in doc.tables if all(r in t.title for r in runs)), key=lambda t: len(t.title))
        else:
            cores = {t.id: re.sub(r"^(\d{4}年度?)?(预算单位|部门|单位)?|(总表|表)$", "", t.title.split("：")[-1])
                     for t in doc.tables}
            tables = sorted((t for t in doc.tables if len(cores[t.id]) > 1 and cores[t.id] in q),
                            key=lambda t: -len(cores[t.id]))
        return self._total_of(a, tables, lang, doc, label)

    def numbered_total(self, a, q, lang, doc, label) -> bool:
        """'公开09表的合计是多少', 'Table 12 … and the grand total': the total row of a table named by its number and
        nothing else."""
        rest = re.sub(ASKED.pattern + r"|20\d\d年?度?|合计数?|总计|总额|一共|是多少|多少|[是的中里内为，,？?\s]|\b(?:the|what|is|"
                      r"of|table|total|grand|overall)\b", "", q, flags=re.I)
        if not asked_numbers(q) or not re.search(r"合计|总计|总额|一共|total", q) or len(
                [c for c in rest if "\u4e00" <= c <= "\u9fff" and c not in (doc.document.department or "")]) >= 2:
            return False
        return self._total_of(a, [t for t in doc.tables if number_of(t) in asked_numbers(q)], lang, doc, label)

    def _total_of(self, a, tables, lang, doc, label) -> bool:
        for t in tables:
            tid = t.id
            totals = [f for f in doc.facts if f.table_id == tid and TOTAL_ROW.fullmatch(f.label)]
            if totals:
                fact = min(totals, key=lambda f: (f.label not in ("合计", "总计"), f.col_index))
                self.number(a, doc, fact, label, lang)
                return True
        return False

    def column_total(self, a, q, lang, doc, label) -> bool:
        """'基本支出是多少' -> the 合计 row of the column named 基本支出 (not a row label)."""
        for name in ("基本支出", "项目支出", "人员经费", "公用经费"):
            if name in q and not any(name in f.label for f in doc.facts if len(f.label) <= len(name) + 2):
                totals = [f for f in doc.facts if f.label in ("合计", "本年支出合计")
                          and f.column.split("/")[-1] == name]
                fact = self.pick_fact(totals, name)
                if fact:
                    self.number(a, doc, fact, label, lang, name)
                    return True
        return False

    def share(self, a, q, lang, doc, label) -> bool:
        names = [n for n in ("项目支出", "基本支出", "人员经费", "公用经费") if n in q]
        before = q.split("占")[0] if "占" in q else q
        part = next((n for n in names if n in before), names[0] if names else None)
        if part is not None:        # a column's share of the total: 项目支出 / 合计 on the 合计 row
            totals = [f for f in doc.facts if f.label == "合计" and f.column.split("/")[-1] == part]
            fact = self.pick_fact(totals, q)
            whole = next((f for f in doc.facts if f.table_id == fact.table_id and f.row_index == fact.row_index
                          and f.column.split("/")[-1].endswith("合计")), None) if fact else None     # (决算: 本年支出合计)
        else:                       # a row's share: '社会保障和就业支出占…' over its table's 合计, same column
            rows = [f for f in doc.facts if len(row_name(f.label)) >= 4 and row_name(f.label) in before]
            longest = max((len(row_name(f.label)) for f in rows), default=0)
            fact = self.pick_fact([f for f in rows if len(row_name(f.label)) == longest], q)
            whole = next((f for f in doc.facts if fact and f.table_id == fact.table_id and f.column == fact.column
                          and f.label in ("合计", "总计", "支出合计", "本年支出合计")), None)
            part = row_name(fact.label) if fact else None
        if not fact or not whole or whole.value == 0:
            return False
        pct = round2(fact.value / whole.value * 100)
        idx = self.cite_fact(a, doc, [fact])
        formula = f"{format_decimal(fact.value)} / {format_decimal(whole.value)} × 100 = {format_decimal(pct)}"
        a.kind = "number"
        # both operands the answer prints are facts too, each cited where it is printed
        a.facts += [AnswerFact(part, fact.value, fact.unit, None, [idx]),
                    AnswerFact(whole.label, whole.value, whole.unit, None, [self.cite_fact(a, doc, [whole])])]
        a.facts.append(AnswerFact(f"{part}占比", pct, "%", formula, [idx]))
        after = q.split("占", 1)[1] if "占" in q else ""
        whole_name = next((n for n in ("基本支出", "项目支出", "合计") if n in after), "合计")
        a.answer = template("share", lang, doc=label, part=part, whole=whole_name, value=format_decimal(pct),
                            formula=formula)
        return True
