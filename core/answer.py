"""Answers computed from stored facts: every number is a stored fact or a sum/ratio/count of them,
with its formula and citation. Prose comes from templates in prompts/ (or a checked language model)."""
from __future__ import annotations

import difflib
import json
import re
from decimal import Decimal
from functools import lru_cache
from pathlib import Path

from core.numbers import cny, round2
from core.qa.plan import normalise_codes
from core.types import Answer, AnswerFact, AnswerItem, Citation, Fact, ParsedDocument, format_decimal

ROOT = Path(__file__).resolve().parent.parent
TERMS = {k: v for k, v in json.loads((ROOT / "retrieval" / "terms.json").read_text(encoding="utf-8")).items()
         if not k.startswith("_")}
CUES = json.loads((ROOT / "retrieval" / "cues.json").read_text(encoding="utf-8"))
ENGLISH: dict[str, str] = {}
for _en, _zh in sorted(TERMS.items(), key=lambda kv: len(kv[0])):
    ENGLISH.setdefault(_zh, _en)      # the shortest English phrase the term map gives a Chinese term
TEMPLATES = json.loads((ROOT / "prompts" / "templates.json").read_text(encoding="utf-8"))
TABLE_PREFERENCE = ["expenditure", "general_budget", "income", "three_public", "operating", "basic_economic",
                    "project_list", "fiscal_overview", "overview", "procurement", "gov_fund", "state_capital",
                    "generic"]
STOP = set("的是多少少有哪些什么请问一下元万元预算年度及和与在中其为了吗呢本部门单位这个那个")
HAN = re.compile(r"[\u4e00-\u9fff]")
TOTAL_ROW = re.compile(r"(本年)?(收入|支出)?(合计|总计)")
CHANGE_EXECUTED = re.compile(r"20\d\d年当年预算执行数为(?P<prior>\d[\d,]*(?:\.\d+)?)\s*(?P<unit>万元|元)[,，]\s*"
                             r"20\d\d年预算安排(?P<current>\d[\d,]*(?:\.\d+)?)\s*(?:万元|元)[,，]\s*比20\d\d年预算执行数"
                             r"(?:(?P<same>持平)|(?P<direction>增加|减少)\s*(?P<pct>\d+(?:\.\d+)?)\s*%)")
CHANGE = re.compile(r"(?P<current>\d[\d,]*(?:\.\d+)?)\s*(?P<unit>万元|元)[,，]?\s*(?:与|比)(?:上年|20\d\d年)(?:预算|决算)?数?"
                    r"(?:(?P<prior>\d[\d,]*(?:\.\d+)?)\s*(?:万元|元))?\s*(?:(?P<same>相同|持平)|"
                    r"(?P<direction>增加|减少|增长|下降)\s*(?P<amount>\d[\d,]*(?:\.\d+)?)?\s*(?:万元|元)?"
                    r"(?:[,，]\s*(?:增长|下降)\s*(?P<pct>\d+(?:\.\d+)?)%)?)")


def template(name: str, lang: str, **values) -> str:
    return TEMPLATES[name][lang].format(**values)


def language_of(question: str) -> str:
    return "zh" if HAN.search(question) else "en"


# one pass over the question; at each place the longest phrase wins
TERM_PATTERN = re.compile(r"\b(?:" + "|".join(re.escape(p) for p in sorted(TERMS, key=len, reverse=True)) + r")\b")


COLLOQUIAL = {k: v for k, v in json.loads((ROOT / "retrieval" / "colloquial.json").read_text(encoding="utf-8")).items()
              if not k.startswith("_") and k != v}
COLLOQUIAL_PATTERN = re.compile("|".join(re.escape(p) for p in sorted(COLLOQUIAL, key=len, reverse=True)))


DEPARTMENT_WORDS = re.compile(r"\b(?:the\s+)?(?:" + "|".join(
    re.escape(en) for en in sorted(CUES["departments"], key=len, reverse=True)
    if re.match(r"[a-z]", en) and re.search(r"[院局厅委会办处部]|街道|政协|人大", CUES["departments"][en]))
    + r")(?:'s)?\b(?:\s+(?:general\s+)?(?:office|bureau|committee))?", re.I)


def without_departments(question: str) -> str:
    """English department names ('the Jiangsu High Court', 'the CPPCC office') name the scope, not what is asked;
    they are read by the scope stage from the question as typed."""
    return DEPARTMENT_WORDS.sub(" ", question)


def to_chinese(question: str) -> str:
    """English budget phrases replaced by the Chinese terms printed in the documents, and everyday words
    ('公车', '退休金') by the printed ones where the printed word is not already there."""
    text = TERM_PATTERN.sub(lambda m: TERMS[m.group(0)], question.lower())

    def printed(m: re.Match) -> str:
        word = COLLOQUIAL[m.group(0)]
        around = text[max(0, m.start() - len(word)):m.end() + len(word)]
        return m.group(0) if word in around else word
    return COLLOQUIAL_PATTERN.sub(printed, text)


@lru_cache(maxsize=8192)
def han_bigrams(text: str) -> frozenset[str]:
    runs = re.findall(r"[\u4e00-\u9fff]+", text)
    return frozenset(r[i:i + 2] for r in runs for i in range(len(r) - 1) if not (r[i] in STOP and r[i + 1] in STOP))


def shared_phrases(q: str, labels: list[str], shortest: int = 4) -> list[str]:
    """Longest runs of the question (at least `shortest` Chinese characters) printed inside some label."""
    found = []
    for run in re.findall(r"[\u4e00-\u9fff\d“”（）()、-]+", q):
        i = 0
        while i <= len(run) - shortest:
            best = ""
            for j in range(len(run), i + shortest - 1, -1):
                piece = run[i:j]
                if len(HAN.findall(piece)) >= shortest and any(piece in l for l in labels):
                    best = piece
                    break
            if best:
                found.append(best)
                i += len(best)
            else:
                i += 1
    return found


def change_subject(sentence: str, match: re.Match, paragraph: str, scope: tuple = ()) -> str:
    """What a stated change is about: the budget line quoted in the item ('“…（款）统计管理（项）”' -> 统计管理),
    else the words before the amount ('2025年机关运行经费财政拨款预算67.89万元' -> 机关运行经费财政拨款预算)."""
    quoted = re.search(r"“([^”]+)”", paragraph[:paragraph.find(sentence) + match.start()] if sentence in paragraph
                       else sentence[:match.start()])
    if quoted:
        return re.split(r"（[类款项]）", quoted.group(1).rstrip("（项）"))[-1] or quoted.group(1)
    before = re.split(r"[,，。；;：:]|20\d\d年度?", sentence[:match.start()])[-1]
    for name in scope:
        before = before.split(name)[-1] if name else before
    return before.strip()[-20:]


def unscoped(text: str, doc: ParsedDocument) -> str:
    """The text without the document's department and region names."""
    for name in (doc.document.department, doc.document.region):
        text = text.replace(name or "\x00", " ")
    return text


@lru_cache(maxsize=8192)
def row_name(label: str) -> str:
    """A row label without its enumeration: '一、货物A' -> '货物', '2. 政府性基金' -> '政府性基金'."""
    name = re.sub(r"^[一二三四五六七八九十]+、|^\d+[.、．]\s*|^[①②③④⑤]", "", label)
    return re.sub(r"(?<=[\u4e00-\u9fff])[A-C]$", "", name)


def render_text(answer: Answer) -> str:
    """Plain-text rendering for the CLI: answer, facts with formulas, items, citations."""
    lines = [answer.answer]
    for f in answer.facts:
        lines.append(f"  = {f.label}: {format_decimal(f.value)} {f.unit}" + (f"  [{f.formula}]" if f.formula else ""))
    for i in answer.items[:50]:
        value = f" {format_decimal(i.value)} {i.unit}" if i.value is not None else ""
        lines.append(f"  - {(i.code + ' ') if i.code else ''}{i.name}{value}")
    for n, c in enumerate(answer.citations):
        where = c.table or c.section or ""
        rows = ("; rows: " + ", ".join(c.rows[:8]) + (" …" if len(c.rows) > 8 else "")) if c.rows else ""
        lines.append(f"  [{n}] {c.document} · {where} · p.{c.page}{rows}")
    if answer.plan:
        from core.qa.plan import describe
        lines.append("  " + describe(answer.plan))
    return "\n".join(lines)


class Answerer:
    """Routes a question to the computation that answers it, per document in scope."""

    def __init__(self, engine):
        from core.llm import make_chat_model
        self.engine = engine
        self.docs: list[ParsedDocument] = list(engine.docs.values())
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
        q = normalise_codes(to_chinese(without_departments(question)))
        chosen = None
        if document:
            chosen = self.engine.find_document(document)
            if chosen is None:
                raise KeyError(f"no stored document matches {document!r}")
        results, plan, scope = self.pipeline.answer(question, q, lang, chosen)
        if not results:
            answer = self.not_found(question, q, lang, scope)
        else:
            answer = results[0] if len(results) == 1 else merge(question, lang, results)
        answer.plan = plan
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
        asks_amount = re.search(r"多少|how much|total|amount|budget|金额|预算数", ql + q)
        if any(w in ql + q for w in CUES["define"]) and not asks_amount:
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
        if re.search(r"多少个|几个|how many|number of", q + ql) and "项目" in q and self.project_rows(doc)[1]:
            return self.count_projects(a, lang, doc, label)
        if re.search(r"哪些项目|哪几个项目|项目有哪些|which projects|list (the )?projects|相关|有关|relate", q + ql):
            if self.concept_sum(a, q, lang, doc, label, short_terms=True):
                if re.search(r"哪些|哪几个|which|list", q + ql):
                    a.kind = "list"
                return a
        if re.search(r"最大|最多|最高|largest|biggest|top\s*\d*|highest", q + ql) and "项目" in q:
            return self.top_projects(a, q, lang, doc, label)
        if re.search(r"占比|比例|比重|share|percent|proportion|%", q + ql):
            if self.share(a, q, lang, doc, label):
                return a
        if re.search(r"比上年|上年|去年|增减|变化|变动|增长|减少|下降|增加|year-on-year|last year|previous year|"
                     r"compared|change|increase|decrease|grow", q.replace("上年结转", "") + ql):
            if self.change(a, q, lang, doc, label):
                return a
        codes = re.findall(r"(?<!\d)(\d{3}(?:\d{2}){0,2})(?!\d)", q)
        codes = [c for c in codes if not c.startswith("20") or len(c) != 4]
        if codes and self.by_code(a, codes, q, lang, doc, label):
            return a
        if self.titled_total(a, q, lang, doc, label, phrases_only=True):
            return a
        if self.by_label(a, q, lang, doc, label):
            return a
        if self.concept_sum(a, q, lang, doc, label):
            return a
        if self.table_total(a, q, lang, doc, label):
            return a
        if self.column_total(a, q, lang, doc, label):
            return a
        if asks_amount and self.linked(a, q, lang, doc, label):
            return a
        if asks_amount and self.stated_amount(a, q, lang, doc, label):
            return a
        if self.prose(a, q, lang, doc, label):
            return a
        return a

    def route(self, op: str, question: str, q: str, lang: str, doc: ParsedDocument) -> Answer | None:
        """The computation the plan named (share, change, list), tried before the general routing."""
        from core.qa.lists import list_answer
        from core.qa.numbers import sentence_facts
        from core.qa.prose import change_sentence
        a = Answer(question, lang, "not_found", "", document=doc.document.name)
        q = unscoped(q, doc)
        label = doc.document.department or doc.document.name
        if op == "list":
            return list_answer(question, q, lang, doc, label)
        if op == "share" and self.share(a, q, lang, doc, label):
            return a
        if op == "change":
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
        procurement = re.search(r"采购|procure", q)
        candidates = []
        for f in doc.facts:
            if f.table_kind == "procurement" and not procurement:
                continue
            name = row_name(f.label)
            if len(name) >= 2 and (name in q or (len(name) > 2 and name.endswith("合计") and name[:-2] + "总计" in q)):
                candidates.append(f)
        titles = {t.id: t.title for t in doc.tables}
        names = {row_name(f.label) for f in candidates}

        def context(f) -> int:
            name, where = row_name(f.label), titles.get(f.table_id, "") + f.column
            return sum(len(n) for n in names if n not in name and n in where)

        def title_run(f) -> int:
            title = titles.get(f.table_id, "")
            run = difflib.SequenceMatcher(None, q, title).find_longest_match(0, len(q), 0, len(title)).size
            return run if run >= 5 else 0     # a table named by its title, not a column word (项目支出)
        scored = {id(f): len(row_name(f.label)) + context(f) for f in candidates}
        top = max(scored.values(), default=0)
        best = [f for f in candidates if scored[id(f)] == top]
        best_len = max((len(row_name(f.label)) for f in best), default=0)
        runs = {id(f): title_run(f) for f in best}
        if best and max(runs.values()):
            best = [f for f in best if runs[id(f)] == max(runs.values())]
        generic = han_bigrams("合计总计总额一共多少支出收入预算是的年")
        if not best and re.search(r"合计|总计|总额|一共|total", q) and len(han_bigrams(q) - generic) <= 1:
            best = [f for f in doc.facts if f.label in ("合计", "支出总计", "本年支出合计")]
        if best_len == 2 and top == 2 and len(han_bigrams(q)) > 4:
            return False        # a two-character label inside a long question is a weak match
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

    def linker(self, doc):
        from core.qa.link import Linker
        if doc.document.id not in self._linkers:
            self._linkers[doc.document.id] = Linker(doc)
        return self._linkers[doc.document.id]

    def linked(self, a, q, lang, doc, label) -> bool:
        """No row is named as printed: the row that explains most of the question, if it explains enough."""
        link = self.linker(doc).best(q, bool(re.search(r"采购|procure", q)))
        # enough of the row's own name, or a row that explains most of what the question says
        if link is None or not (link.score >= 0.2 and link.label_cover >= 0.45
                                or link.score >= 0.6 and link.label_cover >= 0.3):
            return False
        fact = self.pick_fact([f for f in doc.facts if f.table_id == link.fact.table_id
                               and f.label == link.fact.label], q)
        self.number(a, doc, fact, label, lang)
        return True

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
            by_column = by_label or [f for f in doc.facts if keyword in plain_text(f.column.split("/")[0])
                                     and f.label in ("合计", "小计")]
            titles = {t.id: t.title.replace("“", "").replace("”", "") for t in doc.tables}
            in_table = [f for f in doc.facts if f.table_kind in kinds and keyword in titles.get(f.table_id, "")]
            by_table = [f for f in in_table if f.label in ("合计", "部门合计")]
            # '货物类政府采购' -> the row 一、货物A of that table
            named = [f for f in in_table if len(row_name(f.label)) >= 2 and row_name(f.label) in plain.replace(keyword, "")
                     and not re.search(r"合计|小计|总计", f.label)]
            fact = self.pick_fact(named, q) or self.pick_fact(by_column or by_table, q)
            if fact:
                self.number(a, doc, fact, label, lang, keyword)
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

    def change(self, a, q, lang, doc, label) -> bool:
        """Year-on-year change: recompute what the prose states (current from the tables where they hold it,
        prior year from the prose) and say so when the prose and the computation disagree."""
        subject = re.sub(r"比上年|与上年|上年|去年|增减|变化|变动|增长|减少|下降|增加|多少|了|是|的|预算|相比", " ", q)
        wanted = han_bigrams(subject)
        best, best_score = None, 0.0
        for p in doc.passages:
            if p.kind != "paragraph":
                continue
            sentences = re.split(r"(?<=[。；;])", p.text)
            for sentence in sentences:
                m = CHANGE.search(sentence) or CHANGE_EXECUTED.search(sentence)
                if not m or sentence[:m.start()].endswith("结转"):
                    continue
                # '1.“…统计管理（项）”2.63万元。2022年当年预算执行数为…': the subject is in the item's first sentence
                subject_text = sentence[:m.end()] if m.re is CHANGE else sentences[0] + sentence[:m.end()]
                score = len(wanted & han_bigrams(subject_text)) / (len(wanted) or 1)
                if score > best_score:
                    best, best_score = (p, sentence, m), score
        if best is None or best_score < 0.5:
            return False
        p, sentence, match = best
        m = match.groupdict()
        current = Decimal(m["current"].replace(",", ""))
        unit = m["unit"]
        stated_amount = Decimal(m["amount"].replace(",", "")) if m.get("amount") else None
        sign = -1 if m["direction"] in ("减少", "下降") else 1
        prose_cite = a.cite(Citation(doc.document.name, None, p.section, p.page, [sentence.strip()[:60]]))
        titles = {t.id: t.title for t in doc.tables}
        table_fact = next((f for f in doc.facts if f.value == current and f.unit == unit
                           and han_bigrams(f.label + titles.get(f.table_id, "")) & wanted), None)
        cur_cite = self.cite_fact(a, doc, [table_fact]) if table_fact else prose_cite
        a.facts.append(AnswerFact("本年" if lang == "zh" else "this year", current, unit, None, [cur_cite]))
        if m["prior"]:
            prior = Decimal(m["prior"].replace(",", ""))
            a.facts.append(AnswerFact("上年" if lang == "zh" else "previous year", prior, unit, None, [prose_cite]))
            diff = current - prior
            a.facts.append(AnswerFact("增减" if lang == "zh" else "change", diff, unit,
                                      f"{format_decimal(current)} - {format_decimal(prior)} = {format_decimal(diff)}",
                                      [cur_cite, prose_cite]))
        elif stated_amount is not None:
            diff = sign * stated_amount
            prior = current - diff
            a.facts.append(AnswerFact("上年（由说明推算）" if lang == "zh" else "previous year (from the stated change)",
                                      prior, unit, f"{format_decimal(current)} - ({format_decimal(diff)}) = "
                                      f"{format_decimal(prior)}", [cur_cite, prose_cite]))
        else:
            diff, prior = Decimal(0), current
        notes = []
        if prior:
            pct = round2(diff / prior * 100)
            a.facts.append(AnswerFact("增减率" if lang == "zh" else "change rate", pct, "%",
                                      f"{format_decimal(diff)} / {format_decimal(prior)} × 100 = {format_decimal(pct)}",
                                      [prose_cite]))
            if m.get("pct") and abs(Decimal(m["pct"]) - abs(pct)) > Decimal("0.01"):
                notes.append(template("disagree", lang, stated=m["pct"], unit="%"))
        if stated_amount is not None and abs(stated_amount - abs(diff)) > Decimal("0.01"):
            notes.append(template("disagree", lang, stated=format_decimal(stated_amount), unit=unit))
        a.kind = "number"
        rate = next((f" ({format_decimal(f.value)}%)" for f in a.facts if f.unit == "%"), "")
        a.answer = template("change", lang, doc=label, subject=change_subject(sentence, match, p.text, (doc.document.department, doc.document.region)),
                            current=format_decimal(current), prior=format_decimal(prior),
                            diff=format_decimal(diff), unit=unit, rate=rate) + "".join(" " + n for n in notes)
        return True

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
        matched = []
        for term in sorted(terms, key=len, reverse=True):
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
        m = re.search(r"(\d+)", q)
        n = int(m.group(1)) if m and int(m.group(1)) < 50 else (1 if re.search(r"最大|largest|biggest|highest", q) and not m else 5)
        top = sorted(rows, key=lambda f: -f.value)[:n]
        idx = self.cite_fact(a, doc, top)
        a.kind = "list" if n > 1 else "number"
        a.items = [AnswerItem(None, f.label, f.value, f.unit, [idx]) for f in top]
        if n == 1:
            self.number(a, doc, top[0], label, lang)
            a.items = []
        else:
            a.answer = template("top", lang, doc=label, n=n)
        return a

    def share(self, a, q, lang, doc, label) -> bool:
        names = [n for n in ("项目支出", "基本支出", "人员经费", "公用经费") if n in q]
        before = q.split("占")[0] if "占" in q else q
        part = next((n for n in names if n in before), names[0] if names else None)
        if part is not None:        # a column's share of the total: 项目支出 / 合计 on the 合计 row
            totals = [f for f in doc.facts if f.label == "合计" and f.column.split("/")[-1] == part]
            fact = self.pick_fact(totals, q)
            whole = next((f for f in doc.facts if f.table_id == fact.table_id and f.row_index == fact.row_index
                          and f.column.split("/")[-1] == "合计"), None) if fact else None
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
        a.facts.append(AnswerFact(f"{part}占比", pct, "%", formula, [idx]))
        after = q.split("占", 1)[1] if "占" in q else ""
        whole_name = next((n for n in ("基本支出", "项目支出", "合计") if n in after), "合计")
        a.answer = template("share", lang, doc=label, part=part, whole=whole_name, value=format_decimal(pct),
                            formula=formula)
        return True

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
        hits = [p for p in terms if p.title and p.title.replace("“", "").replace("”", "") in plain]
        if not hits:
            return False
        p = max(hits, key=lambda p: len(p.title))
        idx = a.cite(Citation(doc.document.name, None, p.section, p.page, [p.title]))
        a.kind = "definition"
        a.items = [AnswerItem(None, p.title, None, None, [idx])]
        a.answer = template("definition", lang, term=p.title, definition=p.text)
        return True

    @staticmethod
    def named_target(q, doc):
        """The performance target whose project name shares the longest run (>= 6 characters) with the question."""
        def overlap(t):
            return difflib.SequenceMatcher(None, t.project, q).find_longest_match(0, len(t.project), 0, len(q)).size
        asked = han_bigrams(q)      # a shared run of 6 characters shares 5 bigrams: a cheap filter before difflib
        candidates = [t for t in doc.performance if len(han_bigrams(t.project) & asked) >= min(5, len(t.project) - 1)]
        target = max(candidates, key=overlap, default=None)
        return target if target and overlap(target) >= min(6, len(target.project)) else None

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
        hits = [x for x in target.indicators if len(x["三级指标"]) >= 2 and (
            x["三级指标"] in rest or extends_project(x["三级指标"]))]
        if not hits:
            return False
        x = max(hits, key=lambda x: len(x["三级指标"]))
        idx = self.cite_target(a, doc, target, [target.project, x["三级指标"]])
        a.kind = "text"
        a.items = [AnswerItem(None, f"{x['一级指标']}/{x['二级指标']}/{x['三级指标']}：{x['指标值']}", None, None, [idx])]
        a.answer = template("indicator", lang, doc=label, project=target.project, indicator=x["三级指标"], value=x["指标值"])
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

    def stated_amount(self, a, q, lang, doc, label) -> bool:
        """An amount no table holds but the prose states: '政府采购预算是多少' -> '…政府采购预算830.00万元'.
        The words right before the number must be mostly in the question (character bigrams, any order, so
        'procurement budget for services' finds 政府采购服务预算)."""
        wanted = han_bigrams(q)
        best, best_key = None, (0.0, 0)
        for s in doc.stated:
            if s.unit not in ("万元", "元"):
                continue            # areas and counts are answered as the sentence that states them
            said = han_bigrams(s.context.rstrip("为是共计约达：:，, ")[-10:])
            shared = len(said & wanted)
            key = (shared / (len(said) or 1), shared)
            if key[0] >= 0.6 and shared > 1 and key > best_key:
                best, best_key = s, key
        if best is None:
            return False
        passage = next((p for p in doc.passages if p.id == best.passage_id), None)
        section = passage.section if passage else None
        idx = a.cite(Citation(doc.document.name, None, section, best.page, [best.sentence.strip()[:60]]))
        a.kind = "number"
        a.facts.append(AnswerFact(best.context, best.value, best.unit, None, [idx]))
        a.answer = template("stated", lang, doc=label, section=(section or "").split(" > ")[-1],
                            value=format_decimal(best.value), unit=best.unit, text=best.sentence.strip())
        return True

    def prose(self, a, q, lang, doc, label) -> bool:
        # part of the department's name ('街道办事处', '万里街道') names the scope, not what is asked
        department = doc.document.department or ""
        while department:
            m = difflib.SequenceMatcher(None, q, department).find_longest_match(0, len(q), 0, len(department))
            if m.size < 3:
                break
            q = q[:m.a] + " " + q[m.a + m.size:]
        wanted = han_bigrams(q)
        if not wanted:
            return False
        best, best_cover = None, 0.0
        wants_number = bool(re.search(r"多少|几|how many|how much|面积|数", q))
        counted = re.compile(r"\d+(\.\d+)?\s*(辆|个|家|人|名|所|平方米|万元|元|%|台)")
        for p in doc.passages:
            if p.kind != "paragraph" or (wants_number and not counted.search(p.text)):
                continue
            have = han_bigrams(p.text)
            cover = len(wanted & have) / len(wanted)
            cover += 0.3 * any(u in q and u in p.text for u in ("辆", "平方米", "编制", "台（套）"))
            if cover > best_cover:
                best, best_cover = p, cover
        # the measure word the question counts in: '有几家预算单位' -> 家, '多少辆车' -> 辆
        asked = re.search(r"(?:几|多少)\s*(个|家|辆|人|名|所|台)", q)
        measure = asked.group(1) if asked else next((u for u in ("辆", "平方米", "台（套）") if u in q), None) \
            or ("平方米" if "面积" in q else None)
        if measure and (best is None or best_cover < 0.6):
            # '有多少辆车': the sentence that counts in that measure word and shares most characters
            chars = {c for c in q if HAN.match(c) and c not in STOP}

            owner = {c for c in q.split("面积")[0] if HAN.match(c) and c not in STOP}

            def named_before(sent: str) -> int:
                """An area belongs to what is printed right before it ('房屋14609.83平方米', '办公用房建筑总
                面积1421.9平方米'): how many characters of what the question asks the area of run up to it."""
                if measure != "平方米" or not owner:
                    return 0
                runs = [0]
                for m in re.finditer(r"\d[\d,.]*\s*平方米", sent):
                    before = re.sub(r"(面积|约为|约|为|共|：|:)+$", "", sent[:m.start()])
                    n = 0
                    while n < len(before) and before[-n - 1] in owner:
                        n += 1
                    runs.append(n)
                return max(runs)
            scored = [((named_before(sent), len(chars & set(sent))), p, sent) for p in doc.passages
                      if p.kind == "paragraph" for sent in re.split(r"(?<=[。；;])", p.text)
                      if re.search(r"\d\s*" + measure, sent)]
            if scored:
                (_, hits), best, sentence = max(scored, key=lambda x: x[0])
                if hits >= 2:
                    return self.quote(a, doc, best, sentence, lang, label)
        if best is None or best_cover < 0.6:
            return False
        sentences = [s for s in re.split(r"(?<=[。；;])", best.text) if s.strip()]
        sentence = max(sentences, key=lambda s: len(wanted & han_bigrams(s))
                       + 2 * any(u in q and u in s for u in ("辆", "平方米", "编制")))
        return self.quote(a, doc, best, sentence, lang, label)

    def quote(self, a, doc, passage, sentence, lang, label) -> bool:
        """A text answer: the document's own sentence, cited to its section and page."""
        idx = a.cite(Citation(doc.document.name, None, passage.section, passage.page, [sentence[:40]]))
        a.kind = "text"
        a.items = [AnswerItem(None, sentence, None, None, [idx])]
        a.answer = template("text", lang, doc=label, section=(passage.section or "").split(" > ")[-1], text=sentence)
        return True

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


def merge(question: str, lang: str, results: list[Answer]) -> Answer:
    """Per-document answers to an unscoped question -> one answer, each part labelled."""
    out = Answer(question, lang, results[0].kind, "")
    texts = []
    for r in results:
        remap = {i: out.cite(c) for i, c in enumerate(r.citations)}
        for f in r.facts:
            out.facts.append(AnswerFact(f"{r.document}: {f.label}", f.value, f.unit, f.formula,
                                        [remap[i] for i in f.citations]))
        for it in r.items:
            out.items.append(AnswerItem(it.code, it.name, it.value, it.unit, [remap[i] for i in it.citations]))
        texts.append(r.answer)
    out.answer = "\n".join(texts)
    return out
